// Page metadata — newspaper, date, page number, home city — from a sidecar beside the page
// (`name.meta.json` for one file, `page.meta.json` for every page in its directory) over defaults the
// caller gives (CLI flags). The sidecar is more specific, so it wins.
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import { PageMetaSchema, type PageMeta } from '../document/types.js';
import { STDIN } from './sources.js';

/**
 * What one ingest run has learnt about directories: the names in each (so a sidecar that is not there is not
 * looked for file by file) and each directory's parsed page.meta.json.
 */
export class SidecarCache {
  readonly names = new Map<string, Promise<Set<string> | null>>();
  readonly shared = new Map<string, Promise<PageMeta | undefined>>();
}

export async function readPageMeta(source: string, defaults: PageMeta, cache: SidecarCache = new SidecarCache()): Promise<PageMeta> {
  if (source === STDIN) return defaults;
  const dir = dirname(source);
  let names = cache.names.get(dir);
  if (!names) {
    names = readdir(dir).then(
      (list) => new Set(list),
      () => null, // unlistable: look for each sidecar directly
    );
    cache.names.set(dir, names);
  }
  const present = await names;
  const ownName = basename(source).replace(/\.[^.]+$/, '') + '.meta.json';
  let fromDir = cache.shared.get(dir);
  if (!fromDir) {
    fromDir = present && !present.has(SHARED) ? Promise.resolve(undefined) : readSidecar(join(dir, SHARED));
    cache.shared.set(dir, fromDir);
  }
  const fromFile = present && !present.has(ownName) ? undefined : await readSidecar(join(dir, ownName));
  return { ...defaults, ...(await fromDir), ...fromFile };
}

const SHARED = 'page.meta.json';

async function readSidecar(path: string): Promise<PageMeta | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KgError('INPUT_UNREADABLE', `cannot read the metadata sidecar (${(e as Error).message})`, { subject: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new KgError('INPUT_INVALID', `the metadata sidecar is not valid JSON (${(e as Error).message})`, { subject: path });
  }
  const parsed = PageMetaSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new KgError('INPUT_INVALID', `the metadata sidecar is invalid: ${problems}`, {
      subject: path,
      hint: 'allowed keys: newspaper, date (YYYY-MM-DD), page, year, homeCity, language, inputKind (page, article, auto)',
    });
  }
  return parsed.data;
}
