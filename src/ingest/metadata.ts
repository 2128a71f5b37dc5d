// Page metadata — newspaper, date, page number, home city — from a sidecar beside the page
// (`name.meta.json` for one file, `page.meta.json` for every page in its directory) over defaults the
// caller gives (CLI flags). The sidecar is more specific, so it wins.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import { PageMetaSchema, type PageMeta } from '../document/types.js';
import { STDIN } from './sources.js';

export async function readPageMeta(source: string, defaults: PageMeta): Promise<PageMeta> {
  if (source === STDIN) return defaults;
  const own = join(dirname(source), basename(source).replace(/\.[^.]+$/, '') + '.meta.json');
  const shared = join(dirname(source), 'page.meta.json');
  const fromDir = await readSidecar(shared);
  const fromFile = await readSidecar(own);
  return { ...defaults, ...fromDir, ...fromFile };
}

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
      hint: 'allowed keys: newspaper, date (YYYY-MM-DD), page, year, homeCity, language',
    });
  }
  return parsed.data;
}
