// The reference cache (issue 14; src/resolve/page-memo.ts, `.kg-cache/references.jsonl`): a page whose inputs are as
// they were takes its references (steps 1–2) from the cache, and its people (step 3) too when the ties across pages
// change it as they did; any other page is worked out again. A page added that ties a firm an old page prints without
// its place, a page changed or removed, a damaged cache: the graph a clean build gives, byte for byte. Pages written
// for these tests.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BuildCache, CACHE_DIR, openPageStore } from '../../../src/cache/index.js';
import { REFERENCES_FILE, RELATIONS_FILE } from '../../../src/cache/page-store.js';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph, type BuildResult } from '../../../src/pipeline.js';
import { tempDirs, writePages as writePagesOf, type Pages } from '../../helpers/page-dirs.js';

const tempDir = tempDirs('kg-reference-memo-');
const writePages = (dir: string, pages: Pages): void => writePagesOf(dir, pages, { newspaper: '德清日报', homeCity: '德清县' });

async function build(input: string, cache?: BuildCache): Promise<{ result: BuildResult; graph: string; articles: string }> {
  const result = await buildGraph({ inputs: [input], workers: 1, ...(cache ? { cache } : {}) });
  const out = tempDir();
  const files = await writeBuildOutput(out, result.graph, result.articles, result.mentions);
  return { result, graph: readFileSync(files.graph, 'utf8'), articles: readFileSync(files.articles, 'utf8') };
}

const cacheIn = (out: string): BuildCache => new BuildCache(openPageStore(out), 'reference-memo-test');

/** An old page: a firm printed without its place, its manager's post at it, and a village under a town. */
const OLD: Pages = {
  e1: { date: '2024-03-02', text: '织造企业扩产\n本报讯 3月1日，宏屿织造有限公司新建的智能车间投产。宏屿织造有限公司总经理邵立帆介绍，车间年产能可达800万米。\n' },
  e2: { date: '2024-03-05', text: '新市镇举办油菜花节\n本报讯 3月4日，新市镇蔡界村举办油菜花节，村党总支书记沈雨桐介绍，今年花海面积达600亩。\n' },
};
/** A later page printing the firm with its place: the old page's firm is tied to it. */
const PLACED: Pages = {
  e3: { date: '2024-04-10', text: '宏屿织造获评示范企业\n本报讯 4月9日，德清县宏屿织造有限公司获评省级智能制造示范企业。\n' },
};
/** A page no other page touches. */
const APART: Pages = {
  e4: { date: '2024-04-12', text: '图书馆开展阅读活动\n本报讯 4月11日，湖州市图书馆启动春季阅读月活动，计划举办讲座20场。\n' },
};

/** The WORKS_FOR relationships of a graph, as start → end. */
function worksFor(graphText: string): string[] {
  const graph = JSON.parse(graphText) as { relationships: Array<{ type: string; start: string; end: string }> };
  return graph.relationships.filter((r) => r.type === 'WORKS_FOR').map((r) => `${r.start} → ${r.end}`).sort();
}

test('built again unchanged: every page\'s references and people are taken from the cache, and the file is not written again', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD, ...APART });
  const first = await build(input, cacheIn(out));
  expect(first.result.pagesReferenced).toEqual({ references: 0, people: 0, computed: 3 });
  const file = join(out, CACHE_DIR, REFERENCES_FILE);
  const written = statSync(file).mtimeMs;
  const again = await build(input, cacheIn(out));
  expect(again.result.pagesReferenced).toEqual({ references: 3, people: 3, computed: 0 });
  expect(again.graph).toBe(first.graph);
  expect(again.articles).toBe(first.articles);
  expect(statSync(file).mtimeMs).toBe(written);
});

test('a later page ties a firm an old page printed without its place: the old page\'s people are worked out again, its post now at the placed firm', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD, ...APART });
  const first = await build(input, cacheIn(out));
  writePages(input, PLACED);
  const rebuilt = await build(input, cacheIn(out));
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.articles).toBe(clean.articles);
  // The three old pages' references taken; the new one worked out; the tied page's people worked out again.
  expect(rebuilt.result.pagesReferenced).toEqual({ references: 3, people: 2, computed: 1 });
  expect(worksFor(first.graph)).toContain('person:邵立帆@宏屿织造有限公司 → org:宏屿织造有限公司');
  expect(worksFor(clean.graph).join('\n')).toContain('→ org:德清县宏屿织造有限公司');
  expect(worksFor(clean.graph).join('\n')).not.toContain('→ org:宏屿织造有限公司');
  // And the tie undone when the page goes: the old page's people as the first build had them.
  rmSync(join(input, 'e3.txt'));
  rmSync(join(input, 'e3.meta.json'));
  const back = await build(input, cacheIn(out));
  expect(back.graph).toBe(first.graph);
  expect(back.result.pagesReferenced).toEqual({ references: 3, people: 2, computed: 0 });
});

test('a page changed is worked out again, a page removed leaves the file', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD, ...APART, ...PLACED });
  await build(input, cacheIn(out));
  writePages(input, { e2: { date: '2024-03-05', text: OLD.e2!.text.replace('沈雨桐', '钱若溪') } });
  rmSync(join(input, 'e4.txt'));
  rmSync(join(input, 'e4.meta.json'));
  const rebuilt = await build(input, cacheIn(out));
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.result.pagesReferenced).toEqual({ references: 2, people: 2, computed: 1 });
  const ids = readFileSync(join(out, CACHE_DIR, REFERENCES_FILE), 'utf8').split('\n').slice(1, -1).map((line) => line.slice(0, line.indexOf('\t')));
  expect(ids).toHaveLength(3);
  expect(ids.some((id) => id.includes('e4'))).toBe(false);
});

/** Rewrites the reference cache with `edit` applied to its entries and a checksum that holds. */
function tamper(file: string, edit: (body: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const eol = text.indexOf('\n');
  const [format, version, key] = text.slice(0, eol).split(' ');
  const body = edit(text.slice(eol + 1));
  writeFileSync(file, `${format} ${version} ${key} ${createHash('sha256').update(body).digest('hex')}\n${body}`);
}

test('a damaged reference cache is not read, with a note; every page is worked out again', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD, ...APART });
  const first = await build(input, cacheIn(out));
  const file = join(out, CACHE_DIR, REFERENCES_FILE);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('邵立帆', '邵立明'));
  const rebuilt = await build(input, cacheIn(out));
  expect(rebuilt.result.notes.join('\n')).toContain(`the reference cache (${file}) is damaged`);
  expect(rebuilt.result.pagesReferenced).toEqual({ references: 0, people: 0, computed: 3 });
  expect(rebuilt.graph).toBe(first.graph);
  // An entry that does not fit its page (an index past its mentions) is worked out again.
  tamper(file, (body) => body.replace(/\[\[\[\d+,/u, '[[[999,'));
  const misfit = await build(input, cacheIn(out));
  expect(misfit.result.pagesReferenced.computed).toBe(1);
  expect(misfit.graph).toBe(first.graph);
});

test('KG_MEMO_CHECK=1 works every page out again and stops when the cache gives something else', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD, ...APART });
  const first = await build(input, cacheIn(out));
  const file = join(out, CACHE_DIR, REFERENCES_FILE);
  const kept = readFileSync(file);
  // A post's holder changed in the file, its checksum made to hold: unchecked, the build takes what the file says
  // (which is why the check exists).
  tamper(file, (body) => body.replace('"end":"org:宏屿织造有限公司"', '"end":"org:别的织造有限公司"'));
  const was = process.env.KG_MEMO_CHECK;
  delete process.env.KG_MEMO_CHECK;
  const taken = await build(input, cacheIn(out));
  expect(taken.graph).not.toBe(first.graph);
  expect(worksFor(taken.graph).join('\n')).not.toContain('→ org:宏屿织造有限公司');
  process.env.KG_MEMO_CHECK = '1';
  try {
    await expect(build(input, cacheIn(out))).rejects.toThrow(/KG_MEMO_CHECK: the people of page .* differ/u);
    // A reference's name changed: caught too.
    writeFileSync(file, kept);
    tamper(file, (body) => body.replace('"name":"蔡界村"', '"name":"蔡界桥村"'));
    await expect(build(input, cacheIn(out))).rejects.toThrow(/KG_MEMO_CHECK: the references of page .* differ/u);
    // The file as written: every page taken, and found the same as worked out again.
    writeFileSync(file, kept);
    const checked = await build(input, cacheIn(out));
    expect(checked.graph).toBe(first.graph);
    expect(checked.result.pagesReferenced).toEqual({ references: 3, people: 3, computed: 0 });
  } finally {
    if (was === undefined) delete process.env.KG_MEMO_CHECK;
    else process.env.KG_MEMO_CHECK = was;
  }
});

test('an archive grown by a page: both caches appended to (the same file), byte for byte what a build of the grown archive writes', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...OLD });
  await build(input, cacheIn(out));
  const files = [join(out, CACHE_DIR, REFERENCES_FILE), join(out, CACHE_DIR, RELATIONS_FILE)];
  const inodes = files.map((f) => statSync(f).ino);
  // A page whose name sorts after the others: its articles come last, the old entries stay first and as they were.
  writePages(input, { z9: APART.e4! });
  const grown = await build(input, cacheIn(out));
  expect(files.map((f) => statSync(f).ino)).toEqual(inodes);
  const fresh = tempDir();
  const cold = await build(input, cacheIn(fresh));
  expect(grown.graph).toBe(cold.graph);
  for (const name of [REFERENCES_FILE, RELATIONS_FILE]) expect(readFileSync(join(out, CACHE_DIR, name))).toEqual(readFileSync(join(fresh, CACHE_DIR, name)));
  // The appended files read back whole: every page and article taken from them.
  const again = await build(input, cacheIn(out));
  expect(again.result.pagesReferenced).toEqual({ references: 3, people: 3, computed: 0 });
  expect(again.result.relationsReplayed).toBe(again.result.articles.length);
  // A page changed in the middle: written again whole (another file), and still what a fresh build writes.
  writePages(input, { e2: { date: '2024-03-05', text: OLD.e2!.text.replace('600亩', '650亩') } });
  await build(input, cacheIn(out));
  expect(statSync(files[1]!).ino).not.toBe(inodes[1]);
  const fresh2 = tempDir();
  await build(input, cacheIn(fresh2));
  for (const name of [REFERENCES_FILE, RELATIONS_FILE]) expect(readFileSync(join(out, CACHE_DIR, name))).toEqual(readFileSync(join(fresh2, CACHE_DIR, name)));
});
