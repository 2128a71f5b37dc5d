// The streamed build (issue 14 item 1): `kg build --stream` writes graph.jsonl a page at a time in bounded memory,
// and its graph is the in-memory build's as a set of nodes and relationships, property for property — with the
// ties that cross pages (a firm's short name printed alone, its full name printed without its place, a person quoted
// without his firm), the same page twice, parallel extraction, and the build cache before and after a page is added.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphDifferences, readAnyGraph } from '../../../bench/same-graph.js';
import { checkGraphJsonl } from '../../../src/graph/jsonl.js';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph } from '../../../src/pipeline.js';
import { buildStreamed, type StreamBuildOptions } from '../../../src/pipeline-stream.js';
import type { Graph } from '../../../schema/model.js';

const FIXTURE_ARCHIVE = fileURLToPath(new URL('../../fixtures/archive', import.meta.url));
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kg-stream-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const META = (date: string): string => JSON.stringify({ newspaper: '德清日报', date, homeCity: '德清县' });

/**
 * Issues of a county paper written for this test: the first prints a firm's full name with its province and its
 * short name beside it, and its chairman's post; the second prints the full name without the province and quotes
 * the chairman without a post; the third prints the short name alone beside another firm. The first page is
 * also saved a second time under another name.
 */
const PAGES: Record<string, string> = {
  '2023-05-10-mingyuan': [
    '明远新材获评省级专精特新企业',
    '本报讯（记者 任海波 通讯员 沈佳雯）近日，浙江明远新材料科技有限公司入选2023年度浙江省专精特新中小企业名单。',
    '今年一季度，明远新材实现销售收入1.8亿元，同比增长15%。公司董事长顾振宇介绍，企业将在新市镇建设第二工厂。',
  ].join('\n'),
  '2023-08-02-export': [
    '新材料企业出口增长两成',
    '本报讯（记者 任海波）上半年，明远新材料科技有限公司出口额达到6200万元，同比增长20%。',
    '顾振宇表示，明远新材料科技有限公司下半年将新增两条生产线，研发投入占比将超过5%。',
  ].join('\n'),
  '2023-11-20-forum': [
    '智能制造论坛在新市镇举行',
    '本报讯（记者 任海波）11月18日，全县智能制造论坛在新市镇举行。湖州恒泰电梯部件有限公司、明远新材等12家企业参加。',
    '恒泰电梯部件总经理邱文斌说，今年前三季度，恒泰电梯部件实现产值3.4亿元。',
  ].join('\n'),
};
const ADDED = {
  name: '2024-01-16-review',
  text: ['去年全县规上工业产值增长一成', '本报讯（记者 任海波）去年，全县规上工业总产值达到1260亿元，同比增长10%。明远新材去年实现销售收入7.5亿元。'].join('\n'),
  date: '2024-01-16',
};

function writePages(dir: string, pages: Record<string, string>, twice?: string): string {
  for (const [name, text] of Object.entries(pages)) {
    writeFileSync(join(dir, `${name}.txt`), text + '\n');
    writeFileSync(join(dir, `${name}.meta.json`), META(name.slice(0, 10)));
  }
  if (twice) {
    writeFileSync(join(dir, `${twice}-copy.txt`), pages[twice]! + '\n');
    writeFileSync(join(dir, `${twice}-copy.meta.json`), META(twice.slice(0, 10)));
  }
  return dir;
}

async function inMemory(input: string): Promise<{ graph: Graph; articles: string; notes: string[] }> {
  const result = await buildGraph({ inputs: [input], workers: 1 });
  const files = await writeBuildOutput(tempDir(), result.graph, result.articles, result.mentions);
  return { graph: result.graph, articles: readFileSync(files.articles, 'utf8'), notes: result.notes };
}

async function streamed(input: string, options: Partial<StreamBuildOptions> = {}) {
  const out = options.out ?? tempDir();
  const result = await buildStreamed({ inputs: [input], workers: 1, cache: false, ...options, out });
  return { result, out, graph: await readAnyGraph(result.files.graph), articles: readFileSync(result.files.articles, 'utf8') };
}

const rulesOf = (g: Graph): Set<string> => new Set(g.relationships.flatMap((r) => (r.properties.rules as string[] | undefined) ?? []));

test('a streamed build writes the in-memory build\'s graph, with the ties across pages and a page saved twice', async () => {
  const input = writePages(tempDir(), PAGES, '2023-05-10-mingyuan');
  const memory = await inMemory(input);
  const s = await streamed(input);
  expect(graphDifferences(memory.graph, s.graph)).toEqual([]);
  expect(s.articles).toBe(memory.articles);
  // The ties that need every page fired: the short name alone, the full name without its place, the chairman.
  expect([...rulesOf(s.graph)]).toEqual(expect.arrayContaining(['org.short-form.archive', expect.stringContaining('+org.placeless.archive'), expect.stringContaining('+person.same-organisation')]));
  expect(s.graph.nodes.filter((n) => n.properties.name === '顾振宇')).toHaveLength(1);
  // The page saved twice is read once, with the note the in-memory build gives.
  expect(s.result.pages).toBe(3);
  expect(s.result.notes).toEqual(memory.notes);
  expect(s.result.notes.join('\n')).toContain('is the same page as');
  // One graph in the directory, no working files left, and no cache with cache: false.
  expect(readdirSync(s.out).sort()).toEqual(['articles.jsonl', 'graph.jsonl']);
});

test('graph.jsonl keeps the file contract: meta first, every node before the relationships, every row of the schema', async () => {
  const s = await streamed(writePages(tempDir(), PAGES));
  const checked = await checkGraphJsonl(s.result.files.graph);
  expect(checked.nodes).toBe(s.graph.nodes.length);
  expect(checked.relationships).toBe(s.graph.relationships.length);
  expect(checked.meta).toEqual({ generator: 'kg-local-news', version: expect.any(String), sources: expect.any(Array), articles: 3 });
  const lines = readFileSync(s.result.files.graph, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type);
  expect(lines[0]).toBe('meta');
  expect(lines.lastIndexOf('node')).toBeLessThan(lines.indexOf('relationship'));
});

test('the fixture archive streamed is its in-memory graph, the two firms of one trade name kept apart', async () => {
  const input = tempDir();
  cpSync(FIXTURE_ARCHIVE, input, { recursive: true });
  rmSync(join(input, 'README.md'));
  const memory = await inMemory(input);
  const s = await streamed(input);
  expect(graphDifferences(memory.graph, s.graph)).toEqual([]);
  expect(s.articles).toBe(memory.articles);
  expect(s.graph.nodes.some((n) => Array.isArray(n.properties.ambiguousWith))).toBe(true);
});

test('extraction in a worker thread streams the same graph as in-process', async () => {
  const input = writePages(tempDir(), PAGES, '2023-05-10-mingyuan');
  const one = await streamed(input);
  const two = await streamed(input, { workers: 2, parallel: { minChars: 0, groupChars: 100, workersOnly: true } });
  expect(two.result.extractThreads).toBe(2);
  expect(graphDifferences(one.graph, two.graph)).toEqual([]);
  expect(two.articles).toBe(one.articles);
});

test('with the cache: built twice, then a page added — only new pages are read, and the graph is the clean build\'s', async () => {
  const input = writePages(tempDir(), PAGES);
  const out = tempDir();
  const first = await streamed(input, { out, cache: true });
  expect(first.result.pagesRead).toBe(3);
  expect(existsSync(join(out, '.kg-cache', 'pages'))).toBe(true);
  const again = await streamed(input, { out, cache: true });
  expect(again.result.pagesRead).toBe(0);
  expect(graphDifferences(first.graph, again.graph)).toEqual([]);
  writePages(input, { [ADDED.name]: ADDED.text });
  const grown = await streamed(input, { out, cache: true });
  expect(grown.result.pagesRead).toBe(1);
  const clean = await inMemory(input);
  expect(graphDifferences(clean.graph, grown.graph)).toEqual([]);
  expect(grown.articles).toBe(clean.articles);
  expect(readdirSync(join(out, '.kg-cache', 'pages'))).toHaveLength(4);
});

test('a directory holds one graph: a streamed build removes an earlier graph.json, an in-memory one an earlier graph.jsonl', async () => {
  const input = writePages(tempDir(), PAGES);
  const out = tempDir();
  const memory = await buildGraph({ inputs: [input], workers: 1 });
  await writeBuildOutput(out, memory.graph, memory.articles, memory.mentions);
  expect(existsSync(join(out, 'graph.json'))).toBe(true);
  await streamed(input, { out });
  expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'graph.jsonl']);
  await writeBuildOutput(out, memory.graph, memory.articles, memory.mentions);
  expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'graph.json']);
});

test('input with no page text is refused as the in-memory build refuses it, and nothing is written', async () => {
  const input = tempDir();
  writeFileSync(join(input, 'empty.txt'), '\n\n');
  const out = tempDir();
  const refusal = await buildGraph({ inputs: [input], workers: 1 }).catch((e: Error) => e);
  expect(refusal).toMatchObject({ code: 'INPUT_EMPTY' });
  await expect(buildStreamed({ inputs: [input], out, workers: 1, cache: false })).rejects.toMatchObject({ code: 'INPUT_EMPTY', message: (refusal as Error).message });
  expect(readdirSync(out)).toEqual([]);
});
