// `kg build --stream` from the command line (issue 14 item 1): graph.jsonl and articles.jsonl written, progress with
// its rate on stderr (quiet with -q), the summary as the in-memory build gives it; --no-stream keeps graph.json.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';
import { SAMPLE_PAGE } from '../helpers/sample-graph.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-build-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--stream writes graph.jsonl with the summary and counts the in-memory build gives, progress on stderr, quiet with -q', async () => {
  const memory = await kg(['build', SAMPLE_PAGE, '-o', join(dir, 'memory'), '--json', '--no-stream']);
  expect(memory.code).toBe(0);
  expect(existsSync(join(dir, 'memory', 'graph.json'))).toBe(true);
  const streamed = await kg(['build', SAMPLE_PAGE, '-o', join(dir, 'stream'), '--stream']);
  expect(streamed.code).toBe(0);
  expect(streamed.stdout).toMatch(/Wrote .*graph\.jsonl and .*articles\.jsonl\./);
  expect(streamed.stderr).toMatch(/^kg: files 1\/1/m);
  expect(streamed.stderr).toMatch(/^kg: pages ×4 \d+\/\d+/m);
  expect(existsSync(join(dir, 'stream', 'graph.json'))).toBe(false);
  const json = await kg(['build', SAMPLE_PAGE, '-o', join(dir, 'stream'), '--stream', '--json', '-q']);
  expect(json.code).toBe(0);
  expect(json.stderr).not.toMatch(/kg: (files|articles|pages) /);
  const a = JSON.parse(memory.stdout) as Record<string, unknown>;
  const b = JSON.parse(json.stdout) as Record<string, unknown>;
  for (const key of ['pages', 'articles', 'nodes', 'relationships']) expect(b[key]).toEqual(a[key]);
  expect(readFileSync(join(dir, 'stream', 'articles.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'memory', 'articles.jsonl'), 'utf8'));
});
