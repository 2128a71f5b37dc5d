// Parallel extraction changes nothing but speed: the sample page and the fixture pages built with their pages
// read in worker threads give graph.json and articles.jsonl byte for byte as an in-process build does, whether
// every page goes to a worker or the main thread reads some of them too. A small build stays in-process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph, type BuildOptions } from '../../../src/pipeline.js';
import { extractionThreads, pageGroups, PARALLEL_MIN_CHARS } from '../../../src/workers/index.js';

const root = (rel: string): string => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));
const inputs = [root('seeds'), root('tests/fixtures/pages')];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function outputs(options: Partial<BuildOptions>): Promise<{ graph: string; articles: string; threads: number }> {
  const built = await buildGraph({ inputs, defaults: { homeCity: '平湖市' }, ...options });
  const dir = mkdtempSync(join(tmpdir(), 'kg-parallel-'));
  dirs.push(dir);
  const files = await writeBuildOutput(dir, built.graph, built.articles, built.mentions);
  return { graph: readFileSync(files.graph, 'utf8'), articles: readFileSync(files.articles, 'utf8'), threads: built.extractThreads };
}

let inProcess: Awaited<ReturnType<typeof outputs>>;
beforeAll(async () => {
  inProcess = await outputs({ workers: 1 });
});

test('a build of a few pages extracts in-process whatever the number of workers', async () => {
  const built = await outputs({ workers: 4 });
  expect(built.threads).toBe(1);
  expect(built.graph).toBe(inProcess.graph);
  expect(extractionThreads(4, PARALLEL_MIN_CHARS - 1)).toBe(1);
  expect(extractionThreads(4, PARALLEL_MIN_CHARS)).toBe(4);
});

test('every page read in two worker threads: the same graph.json and articles.jsonl', async () => {
  const parallel = await outputs({ workers: 2, parallel: { minChars: 0, groupChars: 1, workersOnly: true } });
  expect(parallel.threads).toBe(2);
  expect(JSON.parse(inProcess.graph).nodes.length).toBeGreaterThan(100);
  expect(parallel.graph).toBe(inProcess.graph);
  expect(parallel.articles).toBe(inProcess.articles);
});

test('pages shared between the main thread and a worker: the same graph.json', async () => {
  const parallel = await outputs({ workers: 2, parallel: { minChars: 0, groupChars: 1 } });
  expect(parallel.threads).toBe(2);
  expect(parallel.graph).toBe(inProcess.graph);
});

test('groups hold whole pages, in order', () => {
  const a = (id: string, pageId: string, chars: number) => ({ id, pageId, text: 'x'.repeat(chars) }) as never;
  const groups = pageGroups([a('1', 'p', 5), a('2', 'p', 5), a('3', 'q', 5), a('4', 'r', 20)], 8);
  expect(groups.map((g) => g.map((x: { id: string }) => x.id))).toEqual([['1', '2'], ['3', '4']]);
});

test('a paper named only in a print line gives a home area the metadata did not: the threads read again with it, and the graph is the same', async () => {
  // No home city from the caller: the pages' metadata names none, and the print line below names a city's paper.
  const dir = mkdtempSync(join(tmpdir(), 'kg-parallel-print-'));
  dirs.push(dir);
  const page = join(dir, 'printed.txt');
  writeFileSync(page, '瓯江两岸新添三座口袋公园\n\n本报记者  林  晓《温州日报》（2023年05月16日第 03 版）\n\n近日，我市鹿城区三座口袋公园建成开放，市民在家门口就能休闲健身。\n');
  const both = { inputs: [...inputs, page], defaults: {} };
  const alone = await buildGraph({ ...both, workers: 1 });
  const shared = await buildGraph({ ...both, workers: 2, parallel: { minChars: 0, groupChars: 1 } });
  expect(alone.articles.some((a) => a.homeCity === '温州市')).toBe(true);
  expect(shared.extractThreads).toBe(2);
  expect(JSON.stringify(shared.graph)).toBe(JSON.stringify(alone.graph));
  expect([...shared.mentions]).toEqual([...alone.mentions]);
});
