// Issue 16.8: `kg ner` reads what it is given or refuses it clearly — a directory, bytes that are not UTF-8, a
// record with a bad id — and --out keeps, like stdout, the records read before a bad line. One output line per
// input line: a blank line gives an empty record, and a UTF-8 byte-order mark is read as what it is.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-ner-'));
const texts = (jsonl: string): string[] => jsonl.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);

test('a directory given as input is refused with its name, exit code 3', async () => {
  const dir = join(tmp(), 'records');
  mkdirSync(dir);
  const r = await kg(['ner', '-i', dir]);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(`kg: error [INPUT_UNREADABLE]: ${dir}: is a directory`);
  expect(r.stderr).not.toMatch(/EISDIR|node:events/);
});

test('--out keeps the records before a bad line, as stdout does, and names the line', async () => {
  const out = join(tmp(), 'ner.jsonl');
  const r = await kg(['ner', '-o', out], { stdin: '{"text":"张伟在平湖市。"}\n{"text":"李明"}\nnot json\n{"text":"王芳"}\n' });
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/<stdin>:3: not valid JSON/);
  expect(texts(readFileSync(out, 'utf8'))).toEqual(['张伟在平湖市。', '李明']);
});

test('a UTF-8 byte-order mark before the first record is read as one, not as part of the JSON', async () => {
  const file = join(tmp(), 'bom.jsonl');
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"张伟在平湖市。"}\n')]));
  const r = await kg(['ner', '-i', file]);
  expect(r.code).toBe(0);
  expect(texts(r.stdout)).toEqual(['张伟在平湖市。']);
});

test('bytes that are not UTF-8 are an error naming the line, after the records before it', async () => {
  const file = join(tmp(), 'latin1.jsonl');
  writeFileSync(file, Buffer.concat([Buffer.from('{"text":"张伟在平湖市。"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  const r = await kg(['ner', '-i', file]);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(`kg: error [INPUT_ENCODING]: ${file}:2: not valid UTF-8`);
  expect(texts(r.stdout)).toEqual(['张伟在平湖市。']);
  expect(r.stdout).not.toContain('\ufffd');
});

test('every input line gives an output line: a blank line an empty record, numbered by its line', async () => {
  const r = await kg(['ner'], { stdin: '{"text":"张伟"}\n\n   \n{"text":"李明"}\n' });
  expect(r.code).toBe(0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; entities: unknown[] });
  expect(lines.map((l) => [l.id, l.text])).toEqual([
    ['1', '张伟'],
    ['2', ''],
    ['3', ''],
    ['4', '李明'],
  ]);
  expect(lines[1]!.entities).toEqual([]);
});

test.each([
  ['an id that is an object', '{"id":{"n":1},"text":"张伟"}', /<stdin>:1: "id" must be a string or a number/],
  ['a missing text', '{"id":"a"}', /<stdin>:1: each line needs a "text" string/],
  ['a text that is a number', '{"text":5}', /<stdin>:1: "text" must be a string/],
])('%s is blamed on the right field', async (_what, line, message) => {
  const r = await kg(['ner'], { stdin: `${line}\n` });
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(message);
});

test('a missing input file is refused before anything is written', async () => {
  const dir = tmp();
  const r = await kg(['ner', '-i', join(dir, 'none.jsonl'), '-o', join(dir, 'out.jsonl')]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/none\.jsonl: no such file/);
  expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
});
