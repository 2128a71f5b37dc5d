// Shared helpers for benchmarks: a line describing this machine and run, and writing one section of
// bench/RESULTS.md without disturbing the others.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isKgError } from '../src/errors.js';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}.`;
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

let gc: (() => void) | undefined;

/** A full collection, so a reading of memory counts what is held, not garbage not yet collected. */
export function fullGc(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * Runs `f` after a full collection, so one side of an alternating comparison does not pay for the other's
 * garbage; returns its result and its time in ms.
 */
export function timed<T>(f: () => T): [T, number] {
  fullGc();
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

export function writeSection(title: string, body: string): void {
  const heading = `## ${title}`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n\nEach section is written by the benchmark named in it; rerun it to refresh the figures.\n';
  const start = text.indexOf(heading);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + heading.length);
    text = text.slice(0, start) + section + (next === -1 ? '' : `\n${text.slice(next + 1)}`);
  }
  writeFileSync(`${RESULTS}.tmp`, text);
  renameSync(`${RESULTS}.tmp`, RESULTS);
}

/** mulberry32, seeded: the same data on every machine (src/util/random.ts). */
export { seededRandom } from '../src/util/random.js';

/** Runs a benchmark's main function; a failure is printed (a kg error as its code, message and hint) and sets exit code 1. */
export async function runBenchmark(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    console.error(isKgError(e) ? `${e.code}: ${e.message}${e.hint ? `\n${e.hint}` : ''}` : (e as Error).stack);
    process.exitCode = 1;
  }
}
