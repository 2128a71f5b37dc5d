// The bulk path (kg load --bulk) on a second local server of its own (a temporary home and free ports, sharing the
// jars of .neo4j/), so the tests' server is never stopped: the fixture pages' graph imported by neo4j-admin gives
// the database a load by transactions gives — every node with its labels and properties, every relationship —
// and the constraints kg relies on; a database that holds anything and a server other than the local one are
// refused before anything is stopped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphFileRows, graphJsonlLines } from '../../src/graph/jsonl.js';
import { bulkLoad } from '../../src/bulk/index.js';
import type { Neo4jConfig } from '../../src/config/neo4j-config.js';
import { buildGraph } from '../../src/pipeline.js';
import { startLocalServer } from '../../src/server/local-server.js';
import type { ServerPaths } from '../../src/server/server-paths.js';
import { createStore } from '../../src/store/connection.js';
import { loadGraph } from '../../src/store/loader.js';
import type { Store } from '../../src/store/store.js';
import type { Graph } from '../../schema/model.js';
import { scratchServer, type ScratchServer } from '../helpers/scratch-server.js';

const root = (rel: string): string => fileURLToPath(new URL(`../../${rel}`, import.meta.url));
let server: ScratchServer;
let paths: ServerPaths;
let graph: Graph;
/** Stopping, importing and starting a server takes minutes on a busy two-core machine. */
const BULK_TIMEOUT_MS = 600_000;
const config = (extra: NodeJS.ProcessEnv = {}): Neo4jConfig => server.config(extra);

async function withStore<T>(f: (store: Store) => Promise<T>): Promise<T> {
  const store = createStore(config());
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

/** Everything the database holds, in a stable order. */
function dump(store: Store): Promise<unknown[]> {
  return Promise.all([
    store.read('MATCH (n) RETURN apoc.coll.sort(labels(n)) AS labels, properties(n) AS props ORDER BY n.key'),
    store.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS start, b.key AS end, properties(r) AS props ORDER BY r.key, a.key, b.key'),
  ]);
}

beforeAll(async () => {
  server = await scratchServer('kg-bulk-home-');
  paths = server.paths;
  graph = (await buildGraph({ inputs: [root('seeds'), root('tests/fixtures/pages')], defaults: { homeCity: '平湖市' }, workers: 1 })).graph;
  await startLocalServer(config(), { paths });
}, BULK_TIMEOUT_MS);

afterAll(() => server.remove());

test('a server other than the local one is refused before anything is done', async () => {
  const error = await bulkLoad(graph, config({ NEO4J_URI: 'bolt://db.example.org:7687', NEO4J_PASSWORD: 'whatever1' }), { paths }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'USAGE', message: expect.stringContaining('bolt://db.example.org:7687 is another server') });
});

test('the bulk path gives the database a load by transactions gives, constraints included', async () => {
  // What the importer reads differently from a transaction, present in the graph: a line break inside a value (read
  // in the multi-line mode, for that table only) and an empty list (an empty cell, restored after the import).
  const values = [...graph.nodes, ...graph.relationships].flatMap((item) => Object.values(item.properties));
  expect(values.some((v) => typeof v === 'string' && v.includes('\n'))).toBe(true);
  expect(values.some((v) => Array.isArray(v) && v.length === 0)).toBe(true);
  const steps: string[] = [];
  const result = await bulkLoad(graph, config(), { paths, onProgress: (e) => steps.push(e.message) });
  expect(result).toMatchObject({ nodes: graph.nodes.length, relationships: graph.relationships.length, database: 'neo4j' });
  expect(Object.keys(result.phases)).toEqual(['connect', 'check', 'csv', 'stop', 'import', 'start', 'constraints', 'emptyLists']);
  expect(result.phases.import).toBe(result.importMs);
  expect(steps.join('\n')).toMatch(/Stopping the local Neo4j for neo4j-admin database import[\s\S]*Starting Neo4j/);
  const bulk = await withStore(dump);
  const constraints = await withStore((s) => s.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'));
  expect((bulk[0] as unknown[]).length).toBe(graph.nodes.length);
  expect((bulk[1] as unknown[]).length).toBe(graph.relationships.length);
  expect(constraints.length).toBeGreaterThan(10);

  await withStore((s) => s.write('MATCH (n) DETACH DELETE n'));
  await withStore((s) => loadGraph(s, graph));
  expect(await withStore(dump)).toEqual(bulk);
}, BULK_TIMEOUT_MS);

test('a database that holds anything is refused, and left running and as it was', async () => {
  const before = await withStore(dump);
  const error = await bulkLoad(graph, config(), { paths }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'USAGE', message: expect.stringMatching(/holds [\d,]+ nodes; the bulk path replaces a database's files/) });
  expect(await withStore(dump)).toEqual(before);
});

test('a streamed graph.jsonl: a wrong row is refused before the server is stopped; a good file gives the database graph.json gives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bulk-jsonl-'));
  try {
    await withStore((s) => s.write('MATCH (n) DETACH DELETE n'));
    await withStore((s) => loadGraph(s, graph));
    const fromJson = await withStore(dump);
    await withStore((s) => s.write('MATCH (n) DETACH DELETE n'));

    const lines = [...graphJsonlLines(graph)];
    const bad = join(dir, 'bad.jsonl');
    // The last line's relationship points at a node the file does not have.
    writeFileSync(bad, [...lines.slice(0, -1), lines.at(-1)!.replace(/"end":\{"id":"[^"]+"/, '"end":{"id":"nowhere:1"')].join(''));
    const steps: string[] = [];
    const error = await bulkLoad(graphFileRows(bad), config(), { paths, onProgress: (e) => steps.push(e.message) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SCHEMA_VIOLATION', message: expect.stringMatching(new RegExp(`bad\\.jsonl: line ${lines.length}: [\\s\\S]*nowhere:1`)) });
    expect(steps.join('\n')).not.toMatch(/Stopping/);

    const good = join(dir, 'graph.jsonl');
    writeFileSync(good, lines.join(''));
    const result = await bulkLoad(graphFileRows(good), config(), { paths });
    expect(result).toMatchObject({ nodes: graph.nodes.length, relationships: graph.relationships.length });
    expect(await withStore(dump)).toEqual(fromJson);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, BULK_TIMEOUT_MS);
