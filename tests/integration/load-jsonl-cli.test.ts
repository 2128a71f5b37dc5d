// `kg load` of a streamed graph.jsonl as a real process on the real Neo4j (issue 14): without -g it takes the
// graph.jsonl a build left in out/; the database it leaves is the one the same graph loaded from graph.json leaves
// (counts, every node's labels and properties, every relationship's ends and properties); a wrong row stops it
// before anything is written, naming the file and the line.
import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphJsonlLines } from '../../src/graph/jsonl.js';
import type { Store } from '../../src/store/store.js';
import type { Graph } from '../../schema/model.js';
import { kg } from '../helpers/kg-process.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';

jest.setTimeout(600_000);
const db = useTestDatabase({ clearBeforeEach: true });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A directory like a build's, its out/ holding the graph as `name`. */
function project(name: 'graph.json' | 'graph.jsonl', text: string): string {
  const cwd = mkdtempSync(join(tmpdir(), 'kg-load-jsonl-'));
  dirs.push(cwd);
  mkdirSync(join(cwd, 'out'));
  writeFileSync(join(cwd, 'out', name), text);
  return cwd;
}

async function dump(store: Store): Promise<unknown> {
  const nodes = await store.read('MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key');
  const relationships = await store.read('MATCH (a)-[r]->(b) RETURN r.key AS key, type(r) AS type, a.key AS start, b.key AS end, properties(r) AS properties ORDER BY key');
  return { nodes, relationships };
}

let sample: Graph;
beforeAll(async () => {
  sample = (await sampleBuild()).graph;
});

test('kg load with no -g takes out/graph.jsonl, and leaves the database graph.json leaves', async () => {
  const json = await kg(['load', '--json', '-q'], { cwd: project('graph.json', JSON.stringify(sample)) });
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout)).toMatchObject({ graph: 'out/graph.json', nodes: sample.nodes.length, relationships: sample.relationships.length });
  const fromJson = await dump(db.store);
  await db.clear();

  const jsonl = await kg(['load', '--json', '-q', '--batch-size', '7'], { cwd: project('graph.jsonl', [...graphJsonlLines(sample)].join('')) });
  expect(jsonl.code).toBe(0);
  expect(JSON.parse(jsonl.stdout)).toMatchObject({ path: 'live', graph: 'out/graph.jsonl', nodes: sample.nodes.length, relationships: sample.relationships.length });
  expect(await dump(db.store)).toEqual(fromJson);
});

test('a wrong row in graph.jsonl: exit 5, the file and line named, nothing written', async () => {
  const lines = [...graphJsonlLines(sample)];
  const last = lines.length;
  // The last relationship ends at a node the file does not have.
  lines[last - 1] = lines[last - 1]!.replace(/"end":\{"id":"[^"]+"/, '"end":{"id":"org:nowhere"');
  const cwd = project('graph.jsonl', lines.join(''));
  const r = await kg(['load'], { cwd });
  expect(r.code).toBe(5);
  expect(r.stderr).toMatch(new RegExp(`out/graph\\.jsonl: line ${last}: the graph does not match the schema:\\n.*end org:nowhere is not a node`));
  const [count] = await db.store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  expect(Number(count!.n)).toBe(0);
});

test('kg run --stream builds graph.jsonl and loads it from the file: the database a build in memory leaves', async () => {
  const seeds = join(process.cwd(), 'seeds');
  const memory = await kg(['run', seeds, '-o', 'out', '--json', '-q', '--no-cache'], { cwd: project('graph.json', '{}') });
  expect(memory.code).toBe(0);
  expect(JSON.parse(memory.stdout).files.graph).toBe('out/graph.json');
  const inMemory = await dump(db.store);
  await db.clear();

  const streamed = await kg(['run', seeds, '-o', 'out', '--json', '-q', '--no-cache', '--stream'], { cwd: project('graph.jsonl', '') });
  expect(streamed.code).toBe(0);
  const { load } = JSON.parse(memory.stdout) as { load: { nodes: number; relationships: number } };
  expect(load.nodes).toBeGreaterThan(0);
  expect(JSON.parse(streamed.stdout)).toMatchObject({ files: { graph: 'out/graph.jsonl' }, load: { nodes: load.nodes, relationships: load.relationships } });
  expect(await dump(db.store)).toEqual(inMemory);
});
