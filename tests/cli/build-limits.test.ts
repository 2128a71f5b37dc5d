// Issue 16.3: large inputs fail cleanly and fast, and a long build tells how far it is even into a log file. A
// 200 MB page file died after minutes with a raw V8 out-of-memory crash; a 50 MB line, let through with
// --max-line-length, ran in silence for hours (relating the mentions of one article grows faster than its length).
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';
import { SAMPLE_PAGE } from '../helpers/sample-graph.js';

const page = readFileSync(SAMPLE_PAGE, 'utf8');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 200 MB page file is refused within seconds, naming its size and the limit (exit 3)', async () => {
  const file = join(dir, 'archive.txt');
  const issue = `${page}\f`;
  const chunk = issue.repeat(Math.ceil((1 << 20) / Buffer.byteLength(issue)));
  writeFileSync(file, '');
  for (let mb = 0; mb < 200; mb++) appendFileSync(file, chunk);
  try {
    const started = Date.now();
    const r = await kg(['build', file, '-o', join(dir, 'out')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/archive\.txt: the input holds 2\d\d\.\d MB, more than the \d+\.\d MB one build can hold in memory/);
    expect(r.stderr).toMatch(/kg: hint: Build it in parts.*--max-old-space-size/);
    expect(Date.now() - started).toBeLessThan(60_000);
  } finally {
    rmSync(file);
  }
});

test('a line of 1.6 million characters let through with --max-line-length is refused as an article too long, in seconds', async () => {
  const file = join(dir, 'one-line.txt');
  const flat = page.replace(/\n/g, '');
  writeFileSync(file, `${flat.repeat(Math.ceil(1_600_000 / flat.length))}\n`);
  const started = Date.now();
  const r = await kg(['build', file, '-o', join(dir, 'out'), '--max-line-length', '5000000']);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/one-line\.txt: the article at line 1 has 1,\d{3},\d{3} characters; articles of up to 200,000 are read/);
  expect(Date.now() - started).toBeLessThan(60_000);
});

test('progress goes to stderr as plain lines when it is not a terminal, and -q silences it', async () => {
  const file = join(dir, 'issues.txt');
  writeFileSync(file, Array.from({ length: 8 }, (_, i) => `${page}\n本报第${i + 1}期\n`).join('\f'));
  const r = await kg(['build', file, '-o', join(dir, 'out')]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/^kg: pages \d+\/8/m);
  expect(r.stderr).toMatch(/^kg: articles \d+\/48/m);
  expect(r.stderr).not.toMatch(/\x1b\[/);
  const quiet = await kg(['build', file, '-o', join(dir, 'out'), '-q']);
  expect(quiet.stderr).not.toMatch(/kg: (pages|articles) /);
});
