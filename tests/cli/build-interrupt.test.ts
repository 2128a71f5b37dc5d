// Issue 16.4 and 16.10: an interrupted build leaves no temporary files, and the outputs of one build change
// together or not at all; an output directory that cannot be made is refused at once.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { kg } from '../helpers/kg-process.js';
import { SAMPLE_PAGE } from '../helpers/sample-graph.js';
import { deadPid } from '../helpers/dead-pid.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-interrupt-'));
const temporaries = (dir: string): string[] => readdirSync(dir).filter((f) => /\.tmp$/.test(f));

test('-o under /proc (where a directory cannot be made) fails in seconds with exit 9, naming it', async () => {
  const started = Date.now();
  const r = await kg(['build', SAMPLE_PAGE, '-o', '/proc/1/kg-out', '-q']);
  expect(r.code).toBe(9);
  expect(r.stderr).toContain('kg: error [EXPORT_FAILED]: /proc/1/kg-out: cannot create the output directory');
  expect(Date.now() - started).toBeLessThan(60_000);
});

describe.each([['SIGINT'], ['SIGTERM']] as const)('%s while the outputs are being written', (signal) => {
  test('ends kg, killed by that signal (a shell shows 130 or 143), with its temporary files removed and the earlier outputs as they were', async () => {
    const out = tmp();
    writeFileSync(join(out, 'graph.json'), '{"earlier": "graph"}\n');
    writeFileSync(join(out, 'articles.jsonl'), '{"earlier": "articles"}\n');
    // Sixteen issues: articles.jsonl is far larger than a pipe holds.
    const page = readFileSync(SAMPLE_PAGE, 'utf8');
    const input = join(out, 'issues.txt');
    writeFileSync(input, Array.from({ length: 16 }, (_, i) => `${page}\n本报第${i + 1}期\n`).join('\f'));
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.js'), 'build', input, '-o', out, '-q'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('close', (c, s) => resolve(s ?? c)));
    // A pipe that is read one byte at a time stands in for a slow disk: the build's first temporary file (named
    // after its pid) is this pipe, and the build is interrupted while it waits to write more.
    const slowFile = join(out, `articles.jsonl.${child.pid}.tmp`);
    execFileSync('mkfifo', [slowFile]);
    const reader = openSync(slowFile, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const deadline = Date.now() + 60_000;
      while (!readOneByte(reader) && Date.now() < deadline) await sleep(50);
      child.kill(signal);
      expect(await exited).toBe(signal);
    } finally {
      closeSync(reader);
    }
    expect(stderr).toContain('kg: interrupted');
    expect(temporaries(out)).toEqual([]);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('{"earlier": "graph"}\n');
    expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe('{"earlier": "articles"}\n');
  });
});

function readOneByte(fd: number): boolean {
  try {
    return readSync(fd, Buffer.alloc(1), 0, 1, null) === 1;
  } catch {
    return false; // EAGAIN: nothing written yet
  }
}

test('the next build removes the temporary files a killed build left, and writes both outputs', async () => {
  const out = tmp();
  const dead = deadPid();
  for (const f of [`graph.json.${dead}.tmp`, `articles.jsonl.${dead}.tmp`]) writeFileSync(join(out, f), 'half a file');
  writeFileSync(join(out, 'notes.tmp'), 'not ours');
  const r = await kg(['build', SAMPLE_PAGE, '-o', out, '-q']);
  expect(r.code).toBe(0);
  expect(temporaries(out)).toEqual(['notes.tmp']);
  expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes.length).toBeGreaterThan(50);
  expect(existsSync(join(out, 'articles.jsonl'))).toBe(true);
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
