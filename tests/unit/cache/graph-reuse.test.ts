// Rows of the build before reused (issue 14; src/graph/reuse.ts, BuildCache.previousGraph/keepOutputs): a rebuild
// into the same output directory takes the nodes of articles read as they were, and the relationships of articles
// whose relations were replayed, from the graph.json the build before wrote there, as its bytes. What any page added
// or removed changes must still be made again: the graph is the clean build's, byte for byte. Pages written for
// these tests.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildCache, CACHE_DIR, openPageStore } from '../../../src/cache/index.js';
import { OUTPUTS_FILE, RELATIONS_FILE } from '../../../src/cache/page-store.js';
import { decodeRowIndex, encodeRowIndex, rawRowOf, type RowIndex } from '../../../src/graph/reuse.js';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph, type BuildResult } from '../../../src/pipeline.js';
import { tempDirs, writePages as writePagesOf, type Pages } from '../../helpers/page-dirs.js';

const tempDir = tempDirs('kg-graph-reuse-');
const writePages = (dir: string, pages: Pages): void => writePagesOf(dir, pages, { newspaper: '海宁日报', homeCity: '海宁市' });

function removePages(dir: string, names: readonly string[]): void {
  for (const name of names) {
    rmSync(join(dir, `${name}.txt`));
    rmSync(join(dir, `${name}.meta.json`));
  }
}

interface Built {
  result: BuildResult;
  graph: string;
  articles: string;
  /** Ids of the rows taken from the build before. */
  reused: Set<string>;
  /** Where the writer says it put each row (written with the cache only). */
  index?: RowIndex;
}

/** A build as `kg build` runs it: into `out`, with the cache there (none: a clean build elsewhere). */
async function build(input: string, out?: string): Promise<Built> {
  const cache = out ? new BuildCache(openPageStore(out)) : undefined;
  const result = await buildGraph({ inputs: [input], workers: 1, ...(cache ? { cache } : {}) });
  const files = await writeBuildOutput(out ?? tempDir(), result.graph, result.articles, result.mentions, result.articleLines, !!cache);
  await cache?.keepOutputs(files);
  const reused = new Set([...result.graph.nodes, ...result.graph.relationships].filter((r) => rawRowOf(r)).map((r) => r.id));
  return { result, graph: readFileSync(files.graph, 'utf8'), articles: readFileSync(files.articles, 'utf8'), reused, ...(files.index ? { index: files.index } : {}) };
}

type Row = { id: string; labels?: string[]; type?: string; start?: string; end?: string; properties: Record<string, unknown> };
const rowsOf = (graph: string): { nodes: Row[]; relationships: Row[] } => JSON.parse(graph) as { nodes: Row[]; relationships: Row[] };

/** The id of the article whose text holds `words`. */
function articleId(graph: string, words: string): string {
  const a = rowsOf(graph).nodes.find((n) => n.labels?.includes('Article') && String(n.properties.text).includes(words));
  if (!a) throw new Error(`no article with ${words}`);
  return String(a.properties.key).replace(/^article:/, '');
}

/** The ids of an article's node and of the relationships read from it. */
function rowsOfArticle(graph: string, id: string): string[] {
  const g = rowsOf(graph);
  return [`article:${id}`, ...g.relationships.filter((r) => r.properties.articleId === id).map((r) => r.id)];
}

const CLINIC = { f0: { date: '2024-03-05', text: '医院开展义诊活动\n本报讯 3月5日，海宁市中医院在硖石街道开展义诊活动，服务居民600余人。\n' } };
const MILL = { f1: { date: '2024-04-02', text: '禾丰纺织扩建投产\n本报讯 4月2日，浙江禾丰纺织有限公司在许村镇举行扩建项目投产仪式，新增产能3万吨。\n' } };
const MILL_AGAIN = { f2: { date: '2024-05-20', text: '禾丰纺织获评绿色工厂\n本报讯 5月20日，浙江禾丰纺织有限公司获评省级绿色工厂，全年节能1200吨标准煤。\n' } };
const QUOTE = { f3: { date: '2024-04-10', text: '安澜智造新产线启用\n本报讯 4月10日，浙江安澜智能装备有限公司在长安镇启用新产线。\n“今年我们的产值将突破8亿元。”沈立群说。\n' } };
const POST = { f4: { date: '2024-06-01', text: '安澜智造发布新品\n本报讯 6月1日，浙江安澜智能装备有限公司总经理沈立群在发布会上介绍了新一代机器人。\n' } };

test('built again unchanged: every article node and relationship is the build before\'s bytes, and the graph is the same', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL });
  const first = await build(input, out);
  expect(first.reused.size).toBe(0);
  const again = await build(input, out);
  expect(again.graph).toBe(first.graph);
  expect(again.articles).toBe(first.articles);
  const g = rowsOf(again.graph);
  expect(g.relationships.length).toBeGreaterThan(0);
  // Those read from articles; those of the gazetteer's hierarchy (no article) are made every time.
  for (const r of g.relationships) expect(`${r.type} ${String(r.properties.rule)} ${again.reused.has(r.id)}`).toBe(`${r.type} ${String(r.properties.rule)} ${r.properties.articleId !== undefined}`);
  for (const n of g.nodes) expect(again.reused.has(n.id)).toBe(n.labels!.includes('Article'));
  // Every line of articles.jsonl too.
  expect(again.result.articleLines?.size).toBe(again.result.articles.length);
  // The rows' properties are there for whoever reads them, as the file holds them.
  expect(again.result.graph.relationships.map((r) => r.properties)).toEqual(g.relationships.map((r) => r.properties));
});

test('an entity of an old article named on a new page: its node is made again, the old article\'s rows are reused, the graph is the clean build\'s', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL });
  const first = await build(input, out);
  writePages(input, MILL_AGAIN);
  const rebuilt = await build(input, out);
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.articles).toBe(clean.articles);
  const firm = (graph: string): Row => rowsOf(graph).nodes.find((n) => n.properties.name === '浙江禾丰纺织有限公司')!;
  expect(firm(first.graph).properties.articleIds).toHaveLength(1);
  expect(firm(rebuilt.graph).properties.articleIds).toHaveLength(2);
  expect(rebuilt.reused.has(firm(rebuilt.graph).id)).toBe(false);
  const old = articleId(rebuilt.graph, '禾丰纺织扩建投产');
  for (const id of rowsOfArticle(rebuilt.graph, old)) expect(rebuilt.reused.has(id)).toBe(true);
  const added = articleId(rebuilt.graph, '获评省级绿色工厂');
  for (const id of rowsOfArticle(rebuilt.graph, added)) expect(rebuilt.reused.has(id)).toBe(false);
  expect(rebuilt.result.articleLines?.has(old)).toBe(true);
  expect(rebuilt.result.articleLines?.has(added)).toBe(false);
});

test('a person\'s post named on a new page: the old article\'s relations change, its rows are made again', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...QUOTE });
  const first = await build(input, out);
  writePages(input, POST);
  const rebuilt = await build(input, out);
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  const old = articleId(rebuilt.graph, '安澜智造新产线启用');
  const relations = rowsOfArticle(rebuilt.graph, old).slice(1);
  expect(relations.sort()).not.toEqual(rowsOfArticle(first.graph, old).slice(1).sort());
  for (const id of relations) expect(rebuilt.reused.has(id)).toBe(false);
  // The page no other page touches is taken whole.
  for (const id of rowsOfArticle(rebuilt.graph, articleId(rebuilt.graph, '开展义诊活动'))) expect(rebuilt.reused.has(id)).toBe(true);
});

test('a page removed: its rows are gone, the rest reused, the graph is the clean build\'s', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL, ...MILL_AGAIN });
  const first = await build(input, out);
  const gone = articleId(first.graph, '获评省级绿色工厂');
  removePages(input, ['f2']);
  const rebuilt = await build(input, out);
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.articles).toBe(clean.articles);
  expect(rebuilt.graph).not.toContain(gone);
  expect(rebuilt.reused.size).toBeGreaterThan(0);
});

test('nothing is reused from a file that is not the one the record names, or when the relation cache is not the one beside it', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL });
  const first = await build(input, out);
  // graph.json written again by someone else (another time, the same bytes).
  const graphFile = join(out, 'graph.json');
  await new Promise((r) => setTimeout(r, 20));
  writeFileSync(graphFile, readFileSync(graphFile));
  const touched = await build(input, out);
  expect(touched.reused.size).toBe(0);
  // Its articles.jsonl is still the one written: its lines are taken.
  expect(touched.result.articleLines?.size).toBe(first.result.articles.length);
  expect(touched.graph).toBe(first.graph);
  expect((await build(input, out)).reused.size).toBeGreaterThan(0);
  // articles.jsonl written again: its lines are not taken, the graph's rows still are.
  const articlesFile = join(out, 'articles.jsonl');
  await new Promise((r) => setTimeout(r, 20));
  writeFileSync(articlesFile, readFileSync(articlesFile));
  const lines = await build(input, out);
  expect(lines.result.articleLines).toBeUndefined();
  expect(lines.reused.size).toBeGreaterThan(0);
  expect(lines.articles).toBe(first.articles);
  // The record of another relation cache.
  const record = join(out, CACHE_DIR, OUTPUTS_FILE);
  writeFileSync(record, readFileSync(record, 'latin1').replace(/"relations":"[0-9a-f]/, '"relations":"x'), 'latin1');
  expect((await build(input, out)).reused.size).toBe(0);
  // No relation cache: no record.
  rmSync(join(out, CACHE_DIR, RELATIONS_FILE));
  const bare = await build(input, out);
  expect(bare.reused.size).toBe(0);
  expect(bare.graph).toBe(first.graph);
});

test('KG_MEMO_CHECK=1 makes every reused row again and finds it byte for byte the same', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL, ...QUOTE });
  await build(input, out);
  writePages(input, { ...MILL_AGAIN, ...POST });
  process.env.KG_MEMO_CHECK = '1';
  try {
    const rebuilt = await build(input, out);
    expect(rebuilt.reused.size).toBeGreaterThan(0);
    expect(rebuilt.graph).toBe((await build(input)).graph);
  } finally {
    delete process.env.KG_MEMO_CHECK;
  }
});

/** Every span of the index, checked against the files written: the bytes there are that row, or that line, whole. */
function expectIndexOf(built: Built): void {
  const index = built.index!;
  const graph = Buffer.from(built.graph, 'utf8');
  const lines = Buffer.from(built.articles, 'utf8');
  const text = (b: Buffer, from: number, to: number): string => b.toString('utf8', from, to);
  const g = rowsOf(built.graph);
  const articles = g.nodes.filter((n) => n.labels!.includes('Article'));
  expect(index.articleNodes.ids).toEqual(articles.map((n) => n.id));
  index.articleNodes.ids.forEach((id, i) => expect((JSON.parse(text(graph, index.articleNodes.from[i]!, index.articleNodes.to[i]!)) as Row).id).toBe(id));
  expect(index.relationships.hi.length).toBe(g.relationships.length);
  for (let i = 0; i < index.relationships.hi.length; i++) {
    const id = `r${index.relationships.hi[i]!.toString(16).padStart(8, '0')}${index.relationships.lo[i]!.toString(16).padStart(8, '0')}`;
    expect((JSON.parse(text(graph, index.relationships.from[i]!, index.relationships.to[i]!)) as Row).id).toBe(id);
    expect(id).toBe(g.relationships[i]!.id);
  }
  const ids = built.articles.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
  expect(index.lines.ids).toEqual(ids);
  index.lines.ids.forEach((id, i) => {
    const line = text(lines, index.lines.from[i]!, index.lines.to[i]!);
    expect(line.endsWith('\n') && (JSON.parse(line) as { id: string }).id === id).toBe(true);
  });
}

test('the index the writer records gives every article node, relationship and line where it is, written fresh or copied from the build before; it reads back as written', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL, ...QUOTE });
  const first = await build(input, out);
  expectIndexOf(first);
  expect(decodeRowIndex(encodeRowIndex(first.index!))).toEqual({
    articleNodes: { ids: first.index!.articleNodes.ids, from: Float64Array.from(first.index!.articleNodes.from), to: Float64Array.from(first.index!.articleNodes.to) },
    relationships: { hi: Uint32Array.from(first.index!.relationships.hi), lo: Uint32Array.from(first.index!.relationships.lo), from: Float64Array.from(first.index!.relationships.from), to: Float64Array.from(first.index!.relationships.to) },
    lines: { ids: first.index!.lines.ids, from: Float64Array.from(first.index!.lines.from), to: Float64Array.from(first.index!.lines.to) },
  });
  // Pages added before and after the old ones: the copied runs move, the index follows them.
  writePages(input, { ...MILL_AGAIN, ...POST, a0: { date: '2024-01-02', text: '新春走访慰问困难群众\n本报讯 1月2日，海宁市民政局走访慰问困难群众120户。\n' } });
  const rebuilt = await build(input, out);
  expect(rebuilt.reused.size).toBeGreaterThan(0);
  expectIndexOf(rebuilt);
  // And the build after that reuses through the index the rebuild wrote.
  removePages(input, ['f1']);
  const again = await build(input, out);
  expect(again.reused.size).toBeGreaterThan(0);
  expect(again.graph).toBe((await build(input)).graph);
  expectIndexOf(again);
});

test('a damaged index is not used: nothing is reused, the graph is the same', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...CLINIC, ...MILL });
  const first = await build(input, out);
  const record = join(out, CACHE_DIR, OUTPUTS_FILE);
  const bytes = readFileSync(record);
  // A byte of the numbers changed (the last relationship's id).
  bytes[bytes.length - 1]! ^= 0x01;
  writeFileSync(record, bytes);
  const again = await build(input, out);
  expect(again.reused.size).toBe(0);
  expect(again.result.articleLines).toBeUndefined();
  expect(again.graph).toBe(first.graph);
  expect(again.articles).toBe(first.articles);
  // Cut short.
  writeFileSync(record, readFileSync(record).subarray(0, 100));
  expect((await build(input, out)).reused.size).toBe(0);
  expect(decodeRowIndex(Buffer.from('{"nodes":[],"lines":[],"relationships":3}\n'))).toBeUndefined();
});
