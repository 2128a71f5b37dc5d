// Incremental builds (issue 14): a build that takes unchanged pages from the cache of the build before it writes
// graph.json and articles.jsonl byte for byte as a clean build of the same pages does — after pages are added
// (one of them the page that ties a short name printed alone elsewhere to its firm), changed or removed, after the
// product's version changes, and when a cache file is damaged (then read again, with a note).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildCache, CACHE_DIR, openPageStore } from '../../../src/cache/index.js';
import { decode, encode, fromOffsetRuns, offsetRuns, type CachedPage } from '../../../src/cache/page-store.js';
import type { Article } from '../../../src/document/types.js';
import type { Mention } from '../../../src/extract/mention.js';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph, type BuildResult } from '../../../src/pipeline.js';

const ARCHIVE = fileURLToPath(new URL('../../fixtures/archive', import.meta.url));
/** The issue whose page prints 云帆智能 beside its full name; a later issue prints the short name alone. */
const TIES_SHORT_NAME = '2024-03-12-yunfan';
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kg-incremental-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture archive, without the issues named. */
function archive(without: readonly string[] = []): string {
  const dir = tempDir();
  cpSync(ARCHIVE, dir, { recursive: true });
  for (const f of readdirSync(dir)) if (without.some((w) => f.startsWith(w)) || f === 'README.md') rmSync(join(dir, f));
  return dir;
}

async function build(input: string, cache?: BuildCache): Promise<{ result: BuildResult; graph: string; articles: string }> {
  const result = await buildGraph({ inputs: [input], workers: 1, ...(cache ? { cache } : {}) });
  const out = tempDir();
  const files = await writeBuildOutput(out, result.graph, result.articles, result.mentions);
  return { result, graph: readFileSync(files.graph, 'utf8'), articles: readFileSync(files.articles, 'utf8') };
}

const cacheIn = (out: string, version?: string): BuildCache => new BuildCache(openPageStore(out), version);

/** Builds `input` into `out` from its cache, checks it read `pagesRead` pages and wrote what a clean build writes. */
async function rebuildAsClean(input: string, out: string, pagesRead: number): Promise<string> {
  const rebuilt = await build(input, cacheIn(out));
  expect(rebuilt.result.pagesRead).toBe(pagesRead);
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.articles).toBe(clean.articles);
  return clean.graph;
}

test('pages added: only they are read, and the graph is the clean build\'s, short names tied across the archive included', async () => {
  const input = archive([TIES_SHORT_NAME]);
  const out = tempDir();
  const first = await build(input, cacheIn(out));
  expect(first.result.pagesRead).toBe(first.result.pages.length);
  cpSync(join(ARCHIVE, `${TIES_SHORT_NAME}.txt`), join(input, `${TIES_SHORT_NAME}.txt`));
  cpSync(join(ARCHIVE, `${TIES_SHORT_NAME}.meta.json`), join(input, `${TIES_SHORT_NAME}.meta.json`));
  const clean = await rebuildAsClean(input, out, 1);
  // The added page ties 云帆智能, printed alone on a page read from the cache, to its firm.
  expect(clean).toContain('org.short-form.archive');
  // Built again unchanged: nothing is read.
  await rebuildAsClean(input, out, 0);
});

test('a page changed and a page removed: the changed one is read again, the removed one leaves the graph and the cache', async () => {
  const input = archive();
  const out = tempDir();
  await build(input, cacheIn(out));
  const pagesBefore = readdirSync(join(out, CACHE_DIR, 'pages')).length;
  const changed = join(input, '2024-11-05-hongyue.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/。/, '。平湖市新增企业三家。'));
  rmSync(join(input, '2025-03-06-library.txt'));
  rmSync(join(input, '2025-03-06-library.meta.json'));
  expect(await rebuildAsClean(input, out, 1)).toContain('平湖市新增企业三家');
  expect(readdirSync(join(out, CACHE_DIR, 'pages'))).toHaveLength(pagesBefore - 1);
});

test('another version of the product reads every page again', async () => {
  const input = archive();
  const out = tempDir();
  const first = await build(input, cacheIn(out, 'version-a'));
  expect((await build(input, cacheIn(out, 'version-a'))).result.pagesRead).toBe(0);
  const other = await build(input, cacheIn(out, 'version-b'));
  expect(other.result.pagesRead).toBe(first.result.pages.length);
  expect(other.graph).toBe(first.graph);
});

test('a damaged cache file: its page is read again, with a note naming it, and the graph is the clean build\'s', async () => {
  const input = archive();
  const out = tempDir();
  const first = await build(input, cacheIn(out));
  const files = readdirSync(join(out, CACHE_DIR, 'pages')).sort();
  const [cut, edited] = [join(out, CACHE_DIR, 'pages', files[0]!), join(out, CACHE_DIR, 'pages', files[1]!)];
  writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 500));
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('"text":"', '"text":"X'));
  const rebuilt = await build(input, cacheIn(out));
  expect(rebuilt.result.pagesRead).toBe(2);
  expect(rebuilt.result.notes.filter((n) => n.includes('is damaged; the page was read again'))).toHaveLength(2);
  expect(rebuilt.result.notes.join('\n')).toContain(files[0]!.replace('.json', ''));
  expect(rebuilt.graph).toBe(first.graph);
  // Repaired: the next build reads nothing.
  expect((await build(input, cacheIn(out))).result.pagesRead).toBe(0);
});

test('offsets are kept as runs of consecutive offsets and come back as they were', () => {
  const offsets = Int32Array.from([5, 6, 7, 20, 21, 3, 40]);
  expect(offsetRuns(offsets)).toEqual([5, 3, 20, 2, 3, 1, 40, 1]);
  expect(fromOffsetRuns(offsetRuns(offsets))).toEqual(offsets);
  expect(fromOffsetRuns([])).toEqual(new Int32Array(0));
});

test('an entry whose checksum does not match, or that is not an entry, is not read', () => {
  const entry = { segmentKey: 'k', articles: [] };
  const bytes = (text: string): Buffer => Buffer.from(text);
  expect(decode(bytes(encode(entry)))).toEqual(entry);
  expect(decode(bytes(encode(entry).replace('"k"', '"j"')))).toBeUndefined();
  expect(decode(bytes('{"segmentKey":"k","articles":[]}'))).toBeUndefined();
  expect(decode(bytes(''))).toBeUndefined();
  // The checksum is of the file's bytes: a character cut in half, or one byte of it changed, is a damaged entry.
  const named = bytes(encode({ segmentKey: '桐乡市', articles: [] }));
  const at = named.indexOf(bytes('桐'));
  expect(decode(named)).toEqual({ segmentKey: '桐乡市', articles: [] });
  expect(decode(Buffer.concat([named.subarray(0, at + 1), named.subarray(at + 3)]))).toBeUndefined();
  const flipped = Buffer.from(named);
  flipped[at + 2] = 0xff;
  expect(decode(flipped)).toBeUndefined();
});

test('a second reading word for word the first is kept once in the file and comes back as both; a different one is kept whole', () => {
  const article = { id: 'p1-a1', text: '嘉善县新建码头', offsets: Int32Array.from([0, 1, 2, 3, 4, 5, 6]) } as unknown as Article;
  const found = [[{ id: 'p1-a1#m1', label: 'Place', text: '嘉善县', start: 0, end: 3 }]] as unknown as Mention[][];
  const entry: CachedPage = { segmentKey: 'k', articles: [article], extraction: { key: 'x', mentions: found }, archive: { key: 'y', mentions: structuredClone(found) } };
  const text = encode(entry);
  expect(text.split('嘉善县').length - 1).toBe(2); // the article's text and one reading
  const back = decode(Buffer.from(text))!;
  expect(back.archive).toEqual({ key: 'y', mentions: found });
  expect(back.extraction).toEqual({ key: 'x', mentions: found });
  const other = [[{ ...found[0]![0]!, label: 'Organization' }]] as unknown as Mention[][];
  const differs = decode(Buffer.from(encode({ ...entry, archive: { key: 'y', mentions: other } })))!;
  expect(differs.archive!.mentions).toEqual(other);
  expect(differs.extraction!.mentions).toEqual(found);
  // The marker without a first reading to stand for is a damaged entry.
  expect(decode(Buffer.from(encode({ segmentKey: 'k', articles: [article], archive: { key: 'y', mentions: 'extraction' as unknown as Mention[][] } })))).toBeUndefined();
});
