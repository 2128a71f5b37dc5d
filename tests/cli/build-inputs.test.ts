// Issues 16.5 and 16.10 through `kg build`: HTML and JSON are refused with a hint (they were read as page text),
// Chinese UTF-16 without a byte-order mark is read (it was called binary), and one rule holds for every input
// that gives no page — missing, empty, binary, HTML: it is reported by name and the other inputs are built.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-inputs-'));
const PAGE = '东测科技新厂房投用\n本报讯 近日，东测科技（嘉兴）有限公司新厂房正式投用，年产值预计超2亿元。\n■记 者 王 强\n';

test.each([
  ['an HTML page', 'article.html', '<!DOCTYPE html><html><body><p>东测科技新厂房投用</p><p>本报讯 近日……</p></body></html>', /article\.html: this is an HTML page, not page text/, /kg: hint: save the text of the article/],
  ['an HTML fragment saved as .txt', 'article.txt', '<div><p>东测科技新厂房投用</p><p>本报讯 近日……</p><p>年产值预计超2亿元。</p></div>', /article\.txt: this is an HTML page/, /kg: hint: save the text/],
  // JSON whose first line is an object with a `text` is articles as JSON lines (records.test.ts); other JSON is refused.
  ['JSON', 'article.json', JSON.stringify({ title: '东测科技新厂房投用', body: '本报讯 近日……' }), /article\.json: this is JSON, not page text/, /kg: hint: kg build reads page text/],
])('%s is refused with a hint (exit 3), not read as page text', async (_what, name, content, message, hint) => {
  const dir = tmp();
  writeFileSync(join(dir, name), content);
  const r = await kg(['build', join(dir, name), '-o', join(dir, 'out')]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(hint);
  expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(false);
});

test('Chinese UTF-16LE without a byte-order mark is read as text, with a note', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'page.txt'), Buffer.from(PAGE, 'utf16le'));
  const r = await kg(['build', join(dir, 'page.txt'), '-o', join(dir, 'out'), '--json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/page\.txt: no byte-order mark; read as UTF-16LE/);
  const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: Array<{ properties: { name: string } }> };
  expect(graph.nodes.map((n) => n.properties.name)).toContain('东测科技（嘉兴）有限公司');
});

test('a missing path, an empty file, a binary file and an HTML file among good pages are each reported, and the rest is built', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'good.txt'), PAGE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'page.html'), '<html><body><p>东测</p></body></html>');
  const inputs = ['good.txt', 'missing.txt', 'empty.txt', 'image.txt', 'page.html'].map((f) => join(dir, f));
  const r = await kg(['build', ...inputs, '-o', join(dir, 'out')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Read 1 page\(s\)/);
  for (const message of [/missing\.txt: no such file or directory/, /empty\.txt: the file is empty/, /image\.txt: this is a PNG image/, /page\.html: this is an HTML page/]) {
    expect(r.stderr).toMatch(message);
  }
  expect(existsSync(join(dir, 'out', 'graph.json'))).toBe(true);
});

test('when no input gives a page, the build fails (exit 3) naming each', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = await kg(['build', join(dir, 'missing.txt'), join(dir, 'empty.txt'), '-o', join(dir, 'out')]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/no page could be read:\n {2}.*missing\.txt: no such file or directory\n {2}.*empty\.txt: the file is empty/);
});

test('the same page twice (a file copied into two folders) is read once, with a note, not refused as a broken graph', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), PAGE);
  writeFileSync(join(dir, 'b.txt'), PAGE);
  const r = await kg(['build', dir, '-o', join(dir, 'out')]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/b\.txt \(page 1\) is the same page as .*a\.txt \(page 1\); read once/);
  expect(r.stdout).toMatch(/Read 1 page\(s\)/);
});
