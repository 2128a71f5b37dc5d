// Directories of pages for cache and rebuild tests: temporary directories removed after the file's tests, and
// pages written as `NAME.txt` with their `NAME.meta.json` (the paper, the date, the home city).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Pages = Record<string, { date: string; text: string }>;

/** A maker of temporary directories named after `prefix`, each removed after the test file's tests. */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}

/** Writes each page and its metadata (the same paper and home city for all) into `dir`. */
export function writePages(dir: string, pages: Pages, paper: { newspaper: string; homeCity: string }): void {
  for (const [name, { date, text }] of Object.entries(pages)) {
    writeFileSync(join(dir, `${name}.txt`), text);
    writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ newspaper: paper.newspaper, date, homeCity: paper.homeCity }));
  }
}
