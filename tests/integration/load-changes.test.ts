// Loading an updated graph by what changed (src/load-diff/, issue 14): after a grown, edited and trimmed archive is
// rebuilt, kg load sends only new and changed nodes and relationships and deletes what the graph no longer has,
// and the database ends exactly as a load of the new graph into an empty one leaves it. Loading it again sends
// nothing. When the database is not what the last load left (emptied, another database), the whole graph is sent.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphJsonRows } from '../../src/cli/commands/load.js';
import { graphFileRows, graphJsonlLines } from '../../src/graph/jsonl.js';
import { graphJsonChunks } from '../../src/graph/write.js';
import { graphRows, loadChanges, loadTarget, MANIFEST, manifestOf, planLoad, readManifest } from '../../src/load-diff/index.js';
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
  // A whole load hashes the rows as it sends them: its manifest is the one a planning pass gives.
  expect(readManifest(dir)).toEqual(await manifestOf(before, target));
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

/** Small schema-valid graphs: an article mentioning people. */
const article = (id: string): Graph['nodes'][number] => ({
  id,
  labels: ['Article'],
  properties: { key: id, name: '港口新闻', title: '港口新闻', kind: 'news', language: 'zh', pageId: 'p1', ordinal: 1, source: 'p1.txt', sourceStart: 0, sourceEnd: 40, text: '舟山港口今年吞吐量再创新高。' },
});
const person = (id: string, name: string): Graph['nodes'][number] => ({ id, labels: ['Person'], properties: { key: id, name, aliases: [], articleIds: [], mentionCount: 1, roles: [], disambiguator: 'unknown' } });
const mentions = (id: string, start: string, end: string): Graph['relationships'][number] => ({
  id,
  type: 'MENTIONS',
  start,
  end,
  properties: { key: id, articleId: start, count: 1, sourceStarts: [2], sourceEnds: [4], rules: ['person.name'] },
});

test('the plan: new and changed nodes and relationships written (with their ends), changed nodes reset first, gone ones deleted', async () => {
  const g1: Graph = { nodes: [article('a'), person('b', '周海'), person('c', '郑雪')], relationships: [mentions('r1', 'a', 'b'), mentions('r2', 'a', 'c')] };
  const g2: Graph = { nodes: [article('a'), person('b', '周海涛'), person('d', '钱多')], relationships: [mentions('r1', 'a', 'b'), mentions('r3', 'a', 'd')] };
  const plan = await planLoad(graphRows(g2), 't', await manifestOf(g1, 't'));
  const written: string[] = [];
  for await (const row of plan.source.rows()) if (row.kind !== 'meta') written.push(row.kind === 'node' ? row.node.id : row.relationship.id);
  expect(written).toEqual(['a', 'b', 'd', 'r3']);
  expect([plan.source.nodes, plan.source.relationships]).toEqual([3, 1]);
  expect([...plan.resetNodes]).toEqual([['Person', ['b']]]);
  expect([...plan.removeNodes]).toEqual([['Person', ['c']]]);
  expect([...plan.removeRelationships]).toEqual([['MENTIONS', ['r2']]]);
  expect(plan.removed).toEqual({ nodes: 1, relationships: 1 });
  // Mention counts cover the relationships written.
  expect([...plan.source.mentionCounts()]).toEqual([['d', 1]]);
});

test('a relationship id used twice in a streamed graph is refused by the first pass, before anything is planned', async () => {
  const file = join(tempDir(), 'graph.jsonl');
  writeFileSync(file, [...graphJsonlLines({ nodes: [article('a'), person('b', '孙立')], relationships: [mentions('r', 'a', 'b'), mentions('r', 'a', 'b')] })].join(''));
  await expect(planLoad(graphFileRows(file), 't')).rejects.toThrow(/relationship id used twice: r/);
});

test('the same graph as graph.jsonl: read as a stream, it loads (whole, then by what changed) as graph.json does, and its manifest is the same', async () => {
  const json = tempDir();
  const jsonl = tempDir();
  const target = loadTarget(db.config);
  const write = (g: Graph): void => writeFileSync(join(jsonl, 'graph.jsonl'), [...graphJsonlLines(g)].join(''));
  await loadChanges(db.store, before, json, target);
  await loadChanges(db.store, after, json, target);
  const fromJson = await dump(db.store);
  await db.clear();
  write(before);
  const first = await loadChanges(db.store, graphFileRows(join(jsonl, 'graph.jsonl')), jsonl, target);
  expect([first.mode, first.nodes, first.relationships]).toEqual(['whole', before.nodes.length, before.relationships.length]);
  write(after);
  const update = await loadChanges(db.store, graphFileRows(join(jsonl, 'graph.jsonl')), jsonl, target);
  expect(update.mode).toBe('changes');
  expect(update.nodes + update.relationships).toBeLessThan((after.nodes.length + after.relationships.length) / 2);
  expect(await dump(db.store)).toEqual(fromJson);
  expect(readFileSync(join(jsonl, MANIFEST), 'utf8')).toBe(readFileSync(join(json, MANIFEST), 'utf8'));
  // Idempotent: nothing to send the second time.
  const again = await loadChanges(db.store, graphFileRows(join(jsonl, 'graph.jsonl')), jsonl, target);
  expect([again.mode, again.nodes, again.relationships]).toEqual(['changes', 0, 0]);
  expect(await dump(db.store)).toEqual(fromJson);
}, 300_000);

/** Writes `g` as graph.json into `dir` (as kg build does) and returns its path. */
const writeJson = (dir: string, g: Graph): string => {
  const path = join(dir, 'graph.json');
  writeFileSync(path, [...graphJsonChunks(g)].join(''));
  return path;
};

test('graph.json as kg writes it: the update is planned from its bytes, parsing only the rows that changed, and the database is the one a whole load gives', async () => {
  const dir = tempDir();
  const target = loadTarget(db.config);
  expect((await loadChanges(db.store, graphJsonRows(writeJson(dir, before)), dir, target)).mode).toBe('whole');
  expect(readManifest(dir)).toEqual(await manifestOf(before, target));
  const path = writeJson(dir, after);
  // The graph is never parsed whole: its rows are not asked for, only its bytes (raw).
  const rows = graphJsonRows(path);
  let whole = 0;
  let raw = 0;
  const watched = { ...rows, checked: () => (whole++, rows.checked()), again: () => (whole++, rows.again()), raw: () => (raw++, rows.raw!()) };
  const update = await loadChanges(db.store, watched, dir, target);
  expect(update.mode).toBe('changes');
  expect([whole, raw]).toEqual([0, 1]);
  expect(update.nodes + update.relationships).toBeLessThan((after.nodes.length + after.relationships.length) / 2);
  expect(readManifest(dir)).toEqual(await manifestOf(after, target));
  const updated = await dump(db.store);
  const again = await loadChanges(db.store, graphJsonRows(path), dir, target);
  expect([again.mode, again.nodes, again.relationships, again.removed]).toEqual(['changes', 0, 0, { nodes: 0, relationships: 0 }]);
  await db.clear();
  await loadGraph(db.store, after);
  expect(updated).toEqual(await dump(db.store));
}, 300_000);

/** A place node, and an organisation node, both valid for the schema. */
const org = (id: string, name: string): Graph['nodes'][number] => ({ id, labels: ['Organization', 'Company'], properties: { key: id, name, aliases: [], articleIds: [], mentionCount: 1, kind: 'Company' } });

test('a node whose label changed is deleted and written anew with every relationship it has, from graph.json and from memory', async () => {
  const g1: Graph = { nodes: [article('a'), person('x', '温州港'), person('y', '吴晓'), article('b')], relationships: [mentions('r1', 'a', 'x'), mentions('r2', 'a', 'y'), mentions('r3', 'b', 'x')] };
  const g2: Graph = { nodes: [article('a'), org('x', '温州港'), person('y', '吴晓'), article('b')], relationships: g1.relationships };
  await loadGraph(db.store, g2);
  const want = await dump(db.store);
  for (const asJson of [true, false]) {
    await db.clear();
    const dir = tempDir();
    const target = loadTarget(db.config);
    await loadChanges(db.store, asJson ? graphJsonRows(writeJson(dir, g1)) : g1, dir, target);
    const update = await loadChanges(db.store, asJson ? graphJsonRows(writeJson(dir, g2)) : g2, dir, target);
    expect([update.mode, update.nodes, update.relationships]).toEqual(['changes', 3, 2]);
    expect(await dump(db.store)).toEqual(want);
  }
});

test('graph.json whose unchanged rows no longer fit: a relationship to a node gone, a changed row the schema refuses — refused before anything is written', async () => {
  const g1: Graph = { nodes: [article('a'), person('b', '孔明远'), person('c', '冯雨')], relationships: [mentions('r1', 'a', 'b'), mentions('r2', 'a', 'c')] };
  const dir = tempDir();
  const target = loadTarget(db.config);
  await loadChanges(db.store, graphJsonRows(writeJson(dir, g1)), dir, target);
  const loaded = await dump(db.store);
  // r2 is the row loaded before, byte for byte, but its end is gone.
  const gone: Graph = { nodes: [article('a'), person('b', '孔明远')], relationships: g1.relationships };
  await expect(loadChanges(db.store, graphJsonRows(writeJson(dir, gone)), dir, target)).rejects.toThrow(/relationship r2 \(MENTIONS\): end c is not a node/);
  const wrong = { nodes: [article('a'), { ...person('b', '孔明远'), properties: { ...person('b', '孔明远').properties, mentionCount: 'two' } }, person('c', '冯雨')], relationships: g1.relationships };
  await expect(loadChanges(db.store, graphJsonRows(writeJson(dir, wrong as Graph)), dir, target)).rejects.toThrow(/node b \(Person\): mentionCount/);
  expect(await dump(db.store)).toEqual(loaded);
});

test('a graph.json in another layout, and a manifest of an older kg: read whole, and loaded as before', async () => {
  const g1: Graph = { nodes: [article('a'), person('b', '邵群')], relationships: [mentions('r1', 'a', 'b')] };
  const g2: Graph = { nodes: [article('a'), person('b', '邵群峰')], relationships: [mentions('r1', 'a', 'b')] };
  const dir = tempDir();
  const target = loadTarget(db.config);
  await loadChanges(db.store, graphJsonRows(writeJson(dir, g1)), dir, target);
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(g2));
  const compact = await loadChanges(db.store, graphJsonRows(join(dir, 'graph.json')), dir, target);
  expect([compact.mode, compact.nodes, compact.relationships]).toEqual(['changes', 1, 0]);
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { format: string };
  writeFileSync(join(dir, MANIFEST), JSON.stringify({ ...manifest, format: 'kg-loaded 1' }));
  const older = await loadChanges(db.store, graphJsonRows(join(dir, 'graph.json')), dir, target);
  expect([older.mode, older.reason]).toEqual(['whole', 'the record of its last load is unreadable, or of an older kg']);
});
