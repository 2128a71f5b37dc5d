// Ingest end to end on real files: sources (files, directories, stdin), line endings, metadata sidecars and
// what goes wrong with bad input. Each bad input must fail with a typed error that names the file, without
// stopping the other files.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { KgError } from '../../../src/errors.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const SAMPLE = join(ROOT, 'seeds/pinghu-2022-page.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the suite's temp dir, with the given files. */
function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const PAGE_A = readFileSync(join(FIXTURES, 'headline-first-16.txt'), 'utf8');
const PAGE_B = readFileSync(join(FIXTURES, 'byline-first-12.txt'), 'utf8');

describe('sources: files, directories and stdin', () => {
  test('a directory is read recursively in name order; other files are skipped with a note, sidecars silently', async () => {
    const root = tree('walk', {
      'b.txt': PAGE_B,
      'a.txt': PAGE_A,
      'sub/c.TXT': PAGE_A.replace('海宁', '桐乡'),
      'sub/page.meta.json': '{"newspaper":"桐乡日报"}',
      'a.meta.json': '{"page":3}',
      'scan.png': 'PNG',
      '.hidden.txt': PAGE_A,
    });
    const r = await ingest([root]);
    expect(r.pages.map((p) => p.source)).toEqual([join(root, 'a.txt'), join(root, 'b.txt'), join(root, 'sub/c.TXT')]);
    expect(r.notes).toEqual([`${join(root, 'scan.png')}: skipped (not a .txt, .jsonl or .pdf file)`]);
    expect(r.failures).toEqual([]);
  });

  test('stdin (-) is a source like a file, named <stdin> in messages', async () => {
    const r = await ingest(['-'], { stdin: Readable.from([Buffer.from(PAGE_A.slice(0, 40)), Buffer.from(PAGE_A.slice(40))]) });
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]!.source).toBe('-');
    expect(r.pages[0]!.text).toBe(PAGE_A);
    const bad = await ingest(['-'], { stdin: Readable.from([Buffer.alloc(0)]) });
    expect(bad.failures[0]!.message).toBe('<stdin>: the file is empty');
  });

  test('a file named explicitly is read whatever its extension', async () => {
    const root = tree('explicit', { 'page.text.bak': PAGE_A });
    const r = await ingest([join(root, 'page.text.bak')]);
    expect(r.pages).toHaveLength(1);
  });
});

describe('line endings and stable ids', () => {
  const segmentsOf = async (text: string, name: string): Promise<string[]> => {
    const root = tree(`eol-${name}`, { 'p.txt': text });
    const r = await ingest([join(root, 'p.txt')]);
    return r.pages.flatMap((p) => segmentPage(p)).map((a) => `${a.id} ${a.title} ${a.bylines.map((b) => b.name).join(',')} ${a.text.length}`);
  };

  test('CRLF, lone CR and LF files give the same pages, articles and ids', async () => {
    const lf = await segmentsOf(PAGE_A, 'lf');
    expect(lf).toHaveLength(3);
    expect(await segmentsOf(PAGE_A.replace(/\n/g, '\r\n'), 'crlf')).toEqual(lf);
    expect(await segmentsOf(PAGE_A.replace(/\n/g, '\r'), 'cr')).toEqual(lf);
  });

  test('the same page from another path, or in UTF-16, has the same page and article ids', async () => {
    const root = tree('ids', {
      'one/p.txt': PAGE_B,
      'two/renamed.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE_B, 'utf16le')]),
    });
    const ids = async (p: string): Promise<string[]> => (await ingest([p])).pages.flatMap((pg) => segmentPage(pg).map((a) => a.id));
    const first = await ids(join(root, 'one/p.txt'));
    expect(first).toHaveLength(3);
    expect(await ids(join(root, 'two/renamed.txt'))).toEqual(first);
    expect(await ids(join(root, 'one/p.txt'))).toEqual(first);
    // Different pages get different ids.
    expect((await ids(join(FIXTURES, 'headline-first-16.txt')))[0]).not.toBe(first[0]);
  });
});

describe('metadata sidecars', () => {
  test('own sidecar over directory sidecar over defaults', async () => {
    const root = tree('meta', {
      'page.meta.json': '{"newspaper":"海宁日报","homeCity":"海宁市","date":"2023-09-21"}',
      'a.txt': PAGE_A,
      'a.meta.json': '\ufeff{"page":"2","date":"2023-09-22"}',
      'b.txt': PAGE_B,
    });
    const r = await ingest([root], { defaults: { homeCity: '平湖市', language: 'zh' } });
    const [a, b] = r.pages;
    expect(a!.meta).toEqual({ homeCity: '海宁市', language: 'zh', newspaper: '海宁日报', date: '2023-09-22', page: '2' });
    expect(b!.meta).toEqual({ homeCity: '海宁市', language: 'zh', newspaper: '海宁日报', date: '2023-09-21' });
    const article = segmentPage(a!)[0]!;
    expect([article.newspaper, article.date, article.page, article.year, article.homeCity]).toEqual(['海宁日报', '2023-09-22', '2', 2023, '海宁市']);
  });

  test('the sample page has its sidecar: paper, year and home city, and no invented date or page', async () => {
    const r = await ingest([SAMPLE]);
    expect(r.pages[0]!.meta).toEqual({ newspaper: '平湖日报', year: 2022, homeCity: '平湖市', language: 'zh' });
    const a = segmentPage(r.pages[0]!)[0]!;
    expect(a.date).toBeUndefined();
    expect(a.page).toBeUndefined();
    expect(a.year).toBe(2022);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"newspaper": "海宁日报",}', /the metadata sidecar is not valid JSON/],
    ['an unknown key', '{"paper": "海宁日报"}', /the metadata sidecar is invalid: .*paper/],
    ['a malformed date', '{"date": "2023/9/21"}', /date: date must be YYYY-MM-DD/],
  ];
  test.each(bad)('a sidecar with %s fails its page with an error naming the sidecar', async (name, json, message) => {
    const root = tree(`badmeta-${name.replace(/\W/g, '')}`, { 'a.txt': PAGE_A, 'a.meta.json': json, 'b.txt': PAGE_B });
    const r = await ingest([root]);
    expect(r.pages.map((p) => p.source)).toEqual([join(root, 'b.txt')]);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.code).toBe('INPUT_INVALID');
    expect(r.failures[0]!.message.startsWith(`${join(root, 'a.meta.json')}: `)).toBe(true);
    expect(r.failures[0]!.message).toMatch(message);
  });
});

describe('bad input: a typed error naming the file; the other files go on', () => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  // One rule for every input that gives no page — missing, a directory without pages, empty, binary (#16.10): it is
  // a failure naming it, and the other inputs go on.
  test('a directory without .txt or .pdf files, beside a page that can be read', async () => {
    const root = tree('notext', { 'scan.tiff': 'II*', 'photo.jpg': 'JFIF' });
    const page = tree('notext-page', { 'ok.txt': PAGE_A });
    const r = await ingest([root, page]);
    expect(r.pages).toHaveLength(1);
    expect(r.failures).toEqual([expect.objectContaining({ code: 'NO_TEXT_INPUT', message: `${root}: the directory holds no .txt, .jsonl or .pdf files` })]);
  });

  test('a path that does not exist, and a dangling symbolic link', async () => {
    const root = tree('missing', { 'ok.txt': PAGE_A });
    symlinkSync(join(root, 'gone.txt'), join(root, 'link.txt'));
    const named = await ingest([join(root, 'nope.txt'), join(root, 'link.txt'), join(root, 'ok.txt')]);
    expect(named.pages.map((p) => p.source)).toEqual([join(root, 'ok.txt')]);
    expect(named.failures).toEqual([
      expect.objectContaining({ code: 'INPUT_NOT_FOUND', message: `${join(root, 'nope.txt')}: no such file or directory` }),
      expect.objectContaining({ code: 'INPUT_NOT_FOUND', message: expect.stringMatching(/link\.txt: is a symbolic link to a file that does not exist/) }),
    ]);
    // Inside a directory the dangling link is one failure among the pages that could be read.
    const r = await ingest([root]);
    expect(r.pages).toHaveLength(1);
    expect(r.failures.map((f) => f.code)).toEqual(['INPUT_NOT_FOUND']);
  });

  // Root reads files whatever their mode, so as root the permission path is checked with things that cannot
  // be read as a page whoever asks: a pipe named like a page (opening it would wait for a writer forever).
  test(`unreadable files (${isRoot ? 'running as root: a FIFO named .txt' : 'chmod 000'})`, async () => {
    const root = tree('unreadable', { 'ok.txt': PAGE_A, 'locked.txt': PAGE_B });
    if (isRoot) {
      rmSync(join(root, 'locked.txt'));
      execFileSync('mkfifo', [join(root, 'locked.txt')]);
    } else {
      chmodSync(join(root, 'locked.txt'), 0o000);
    }
    const r = await ingest([root]);
    expect(r.pages.map((p) => p.source)).toEqual([join(root, 'ok.txt')]);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.code).toBe('INPUT_UNREADABLE');
    expect(r.failures[0]!.message).toMatch(isRoot ? /locked\.txt: is not a regular file/ : /locked\.txt: permission denied/);
    chmodSync(join(root, 'ok.txt'), 0o644);
  });

  test('a directory where a file is expected (a folder named like a page, read as a file)', async () => {
    const root = tree('dirfile', { 'ok.txt': PAGE_A });
    mkdirSync(join(root, 'folder.txt'));
    const { readSource } = await import('../../../src/ingest/sources.js');
    await expect(readSource(join(root, 'folder.txt'))).rejects.toMatchObject({ code: 'INPUT_UNREADABLE', message: `${join(root, 'folder.txt')}: is a directory, not a file` });
  });

  test('empty, whitespace-only and binary files among good ones', async () => {
    const root = tree('mixed', {
      '1-empty.txt': '',
      '2-blank.txt': '\n \n\t\n',
      '3-png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      '4-good.txt': PAGE_A,
      '5-cut.txt': Buffer.concat([Buffer.from('标题\n\n本报讯 近日，我市', 'utf8'), Buffer.from([0xe4, 0xb8])]),
    });
    const r = await ingest([root]);
    expect(r.failures.map((f) => [f.code, f.subject])).toEqual([
      ['INPUT_EMPTY', join(root, '1-empty.txt')],
      ['INPUT_EMPTY', join(root, '2-blank.txt')],
      ['INPUT_BINARY', join(root, '3-png.txt')],
    ]);
    expect(r.pages.map((p) => p.source)).toEqual([join(root, '4-good.txt'), join(root, '5-cut.txt')]);
    // The truncated file decodes, with a warning that names it.
    expect(r.pages[1]!.warnings).toEqual([`${join(root, '5-cut.txt')}: the file ends inside a multibyte UTF-8 character (byte 33); the incomplete character was dropped`]);
  });

  test('a line longer than the limit names the file and the line', async () => {
    const root = tree('longline', { 'p.txt': `标题\n\n正文第一行\n${'长'.repeat(120)}\n` });
    const r = await ingest([root], { maxLineLength: 100 });
    expect(r.failures.map((f) => f.message)).toEqual([`${join(root, 'p.txt')}: line 4 has 120 characters; a page's text lines are much shorter (limit 100)`]);
  });

  test('a file larger than the limit is refused before it is read', async () => {
    const root = tree('big', { 'p.txt': PAGE_A });
    const r = await ingest([root], { maxFileBytes: 100 });
    expect(r.failures[0]!.code).toBe('INPUT_INVALID');
    expect(r.failures[0]!.message).toMatch(/p\.txt: the file is larger than/);
  });

  test('a 50 MB single line fails fast, in bounded memory, naming file and line', () => {
    const big = join(dir, 'fifty-mb.txt');
    writeFileSync(big, Buffer.concat([Buffer.from('标题\n\n'), Buffer.alloc(50 * 1024 * 1024, 'a')]));
    const small = join(dir, 'small.txt');
    writeFileSync(small, '标题\n\n本报讯 近日，我市举行了活动。\n');
    // Each run in a fresh process, so its peak memory is its own.
    const probe = join(dir, 'probe.mts');
    writeFileSync(probe, `
      import { ingest } from ${JSON.stringify(join(ROOT, 'src/ingest/index.ts'))};
      const t0 = performance.now();
      const r = await ingest([process.argv[2]]);
      const ms = performance.now() - t0;
      console.log(JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, failures: r.failures.map((f) => [f.code, f.message]) }));
    `);
    const run = (file: string): { ms: number; rssKb: number; failures: [string, string][] } =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', probe, file], { cwd: ROOT, encoding: 'utf8' }));
    const base = run(small);
    const res = run(big);
    expect(res.failures).toEqual([['INPUT_INVALID', `${big}: line 3 has more than 100,000 characters; a page's text lines are much shorter (limit 100,000)`]]);
    expect(res.ms).toBeLessThan(2000);
    // Reading the whole file would take 50 MB for the bytes and as much again for the string.
    expect(res.rssKb - base.rssKb).toBeLessThan(32 * 1024);
  });

  test('every failure is a KgError with an exit code for the CLI', async () => {
    const root = tree('codes', { 'e.txt': '' });
    const r = await ingest([root]);
    expect(r.failures[0]).toBeInstanceOf(KgError);
    expect(r.failures[0]!.exitCode).toBe(3);
  });
});
