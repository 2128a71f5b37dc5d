// Loading an updated graph by what changed (src/load-diff/, issue 14): after a grown, edited and trimmed archive is
// rebuilt, kg load sends only new and changed nodes and relationships and deletes what the graph no longer has,
// and the database ends exactly as a load of the new graph into an empty one leaves it. Loading it again sends
// nothing. When the database is not what the last load left (emptied, another database), the whole graph is sent.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadChanges, loadTarget, MANIFEST, planChanges, manifestOf } from '../../src/load-diff/index.js';
import { buildGraph } from '../../src/pipeline.js';
import { loadGraph } from '../../src/store/loader.js';
import type { Store } from '../../src/store/store.js';
import type { Graph } from '../../schema/model.js';
import { useTestDatabase } from '../helpers/neo4j.js';

const ARCHIVE = fileURLToPath(new URL('../fixtures/archive', import.meta.url));
const db = useTestDatabase({ clearBeforeEach: true });
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kg-load-changes-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let before: Graph;
let after: Graph;
beforeAll(async () => {
  const input = tempDir();
  cpSync(ARCHIVE, input, { recursive: true });
  rmSync(join(input, 'README.md'));
  const held = ['2024-03-12-yunfan.txt', '2024-03-12-yunfan.meta.json'].map((f) => [f, readFileSync(join(input, f))] as const);
  for (const [f] of held) rmSync(join(input, f));
  before = (await buildGraph({ inputs: [input], workers: 1 })).graph;
  // A page added (the one that ties a short name across the archive), a page changed, a page removed.
  for (const [f, content] of held) writeFileSync(join(input, f), content);
  const changed = join(input, '2024-11-05-hongyue.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/。/, '。平湖市新增企业三家。'));
  for (const f of readdirSync(input)) if (f.startsWith('2025-03-06-library')) rmSync(join(input, f));
  after = (await buildGraph({ inputs: [input], workers: 1 })).graph;
}, 300_000);

/** Everything in the database, by key, without element ids. */
async function dump(store: Store): Promise<unknown> {
  const nodes = await store.read('MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key');
  const relationships = await store.read('MATCH (a)-[r]->(b) RETURN r.key AS key, type(r) AS type, a.key AS start, b.key AS end, properties(r) AS properties ORDER BY key');
  return { nodes, relationships };
}

test('an updated graph: only what changed is sent, and the database is the one a whole load gives', async () => {
  const dir = tempDir();
  const target = loadTarget(db.config);
  const first = await loadChanges(db.store, before, dir, target);
  expect(first.mode).toBe('whole');
  expect(first.reason).toMatch(/no earlier load/);
  const update = await loadChanges(db.store, after, dir, target);
  expect(update.mode).toBe('changes');
  expect(update.nodes).toBeGreaterThan(0);
  expect(update.nodes + update.relationships).toBeLessThan((after.nodes.length + after.relationships.length) / 2);
  expect(update.removed.nodes).toBeGreaterThan(0);
  expect(update.removed.relationships).toBeGreaterThan(0);
  const updated = await dump(db.store);

  // Loading it again sends nothing and changes nothing.
  const again = await loadChanges(db.store, after, dir, target);
  expect([again.mode, again.nodes, again.relationships, again.removed]).toEqual(['changes', 0, 0, { nodes: 0, relationships: 0 }]);
  expect(await dump(db.store)).toEqual(updated);

  await db.clear();
  await loadGraph(db.store, after);
  expect(updated).toEqual(await dump(db.store));
}, 300_000);

test('a database emptied since, or another database: the whole graph is sent, with the reason', async () => {
  const dir = tempDir();
  const target = loadTarget(db.config);
  await loadChanges(db.store, before, dir, target);
  await db.clear();
  const emptied = await loadChanges(db.store, after, dir, target);
  expect(emptied.mode).toBe('whole');
  expect(emptied.reason).toMatch(/no longer holds what the last load of this graph left/);
  expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).target).toBe(target);
  const elsewhere = await loadChanges(db.store, after, dir, `${target} other`);
  expect(elsewhere.mode).toBe('whole');
  expect(elsewhere.reason).toMatch(/another database/);
}, 300_000);

test('the plan: new and changed nodes and relationships written (with their ends), changed nodes reset first, gone ones deleted', () => {
  const node = (id: string, name: string): Graph['nodes'][number] => ({ id, labels: ['Person'], properties: { key: id, name } });
  const rel = (id: string, start: string, end: string): Graph['relationships'][number] => ({ id, type: 'WORKS_FOR', start, end, properties: { key: id } });
  const g1: Graph = { nodes: [node('a', 'A'), node('b', 'B'), node('c', 'C')], relationships: [rel('r1', 'a', 'b'), rel('r2', 'b', 'c')] };
  const g2: Graph = { nodes: [node('a', 'A'), node('b', 'B2'), node('d', 'D')], relationships: [rel('r1', 'a', 'b'), rel('r3', 'a', 'd')] };
  const plan = planChanges(manifestOf(g1, 't'), manifestOf(g2, 't'), g2);
  expect(plan.graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'd']);
  expect(plan.graph.relationships.map((r) => r.id)).toEqual(['r3']);
  expect([...plan.resetNodes]).toEqual([['Person', ['b']]]);
  expect([...plan.removeNodes]).toEqual([['Person', ['c']]]);
  expect([...plan.removeRelationships]).toEqual([['WORKS_FOR', ['r2']]]);
  expect(plan.removed).toEqual({ nodes: 1, relationships: 1 });
});
