// The cache's files: one per page under the output directory (`.kg-cache/pages/<page id>.json`), each its page's
// segmented articles and mentions with the keys they were computed under (keys.ts). A file is written to a
// temporary name and renamed, and opens with a checksum of what follows it: a file that is cut short, edited or
// otherwise damaged is not read (the page is read again, with a note), never taken for a page's result.
import { hash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import { isAlive, makeDirectory } from '../graph/write.js';
import { onInterrupt } from '../util/on-interrupt.js';

export const CACHE_DIR = '.kg-cache';
const FORMAT = 'kg-page-cache 2';

/** What the cache holds for a page: mentions are listed article by article, in the articles' order. */
export interface CachedPage {
  segmentKey: string;
  articles: Article[];
  extraction?: { key: string; mentions: Mention[][] };
  archive?: { key: string; mentions: Mention[][] };
}

/** The cache's seam: the pipeline reads and writes pages through this, and never touches files itself. */
export interface PageStore {
  /** The page's entry, or undefined when there is none or it cannot be trusted (then with a note). */
  read(pageId: string): CachedPage | undefined;
  /** Writes `entries` and removes the entries of pages not in `keep` (pages no longer in the build). */
  commit(entries: ReadonlyMap<string, CachedPage>, keep: ReadonlySet<string>): Promise<void>;
  /** Writes `entries` (a build that streams its pages writes each batch as it goes); false when it could not (then with a note). */
  put(entries: ReadonlyMap<string, CachedPage>): Promise<boolean>;
  /** Removes the entries of pages not in `keep`. */
  retain(keep: ReadonlySet<string>): void;
  readonly notes: string[];
  /** Where the relation cache is kept beside the pages (relation-store.ts), for a store of an output directory. */
  readonly relationsFile?: string;
  /** Where the reference cache is kept beside the pages (resolve/page-memo.ts), for a store of an output directory. */
  readonly referencesFile?: string;
  /** Where the record of the outputs written with this cache is kept (cache/index.ts, keepOutputs). */
  readonly outputsFile?: string;
}

/**
 * The page store of an output directory: `<outDir>/.kg-cache/pages/`, made when first written. Temporary files
 * of processes that are gone are removed. A cache that cannot be written is a note, not a failure.
 */
export function openPageStore(outDir: string): PageStore {
  return { ...openPageStoreAt(join(outDir, CACHE_DIR, 'pages')), relationsFile: join(outDir, CACHE_DIR, RELATIONS_FILE), referencesFile: join(outDir, CACHE_DIR, REFERENCES_FILE), outputsFile: join(outDir, CACHE_DIR, OUTPUTS_FILE) };
}

export const RELATIONS_FILE = 'relations.jsonl';
export const REFERENCES_FILE = 'references.jsonl';
export const OUTPUTS_FILE = 'outputs.bin';

/** A page store in `dir` (a build that streams without the cache spills its pages to a temporary one). */
export function openPageStoreAt(dir: string): PageStore {
  const names = (): string[] => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const name of names()) {
    const tmp = /\.(\d+)\.tmp$/.exec(name);
    if (tmp && !isAlive(Number(tmp[1]))) rmSync(join(dir, name), { force: true });
  }
  const notes: string[] = [];
  const file = (pageId: string): string => join(dir, `${pageId}.json`);
  return {
    notes,
    read(pageId) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file(pageId));
      } catch {
        return undefined;
      }
      const entry = decode(bytes);
      if (!entry) notes.push(`the cached reading of page ${pageId} (${file(pageId)}) is damaged; the page was read again`);
      return entry;
    },
    async put(entries) {
      try {
        if (entries.size) await makeDirectory(dir);
        for (const [pageId, entry] of entries) {
          const path = file(pageId);
          const tmp = `${path}.${process.pid}.tmp`;
          const forget = onInterrupt(() => rmSync(tmp, { force: true }));
          try {
            writeFileSync(tmp, encode(entry));
            renameSync(tmp, path);
          } catch (e) {
            rmSync(tmp, { force: true });
            throw e;
          } finally {
            forget();
          }
        }
        return true;
      } catch (e) {
        // The cache only saves time: the build goes on, and the output directory's own errors are told when it is written.
        notes.push(`the build cache could not be written (${(e as Error).message}); the next build into this directory reads its pages again`);
        return false;
      }
    },
    retain(keep) {
      for (const name of names()) if (name.endsWith('.json') && !keep.has(name.slice(0, -'.json'.length))) rmSync(join(dir, name), { force: true });
    },
    async commit(entries, keep) {
      if (await this.put(entries)) this.retain(keep);
    },
  };
}

// One call, no Hash object: a rebuild of the year checks 6,900 files, 112 MB. A string is hashed as its UTF-8 bytes, so
// a file's body is checked as the bytes it holds, before they are decoded (not decoded and encoded again).
const checksum = (body: string | Buffer): string => hash('sha256', body, 'hex');

/**
 * The second reading of a page (with the archive's short names) is most often the first one again, word for word:
 * then the file holds it once, and `archive.mentions` is `"extraction"`.
 */
const SAME_AS_FIRST = 'extraction';

export function encode(entry: CachedPage): string {
  const same = entry.archive && entry.extraction && JSON.stringify(entry.archive.mentions) === JSON.stringify(entry.extraction.mentions);
  const archive = same ? { key: entry.archive!.key, mentions: SAME_AS_FIRST } : entry.archive;
  const body = JSON.stringify({ ...entry, articles: entry.articles.map((a) => ({ ...a, offsets: offsetRuns(a.offsets) })), ...(archive ? { archive } : {}) });
  return `${FORMAT} ${checksum(body)}\n${body}`;
}

/** The entry a file's bytes hold, or undefined when its checksum or its shape is wrong. */
export function decode(bytes: Buffer): CachedPage | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline === -1 || bytes.toString('latin1', 0, newline) !== `${FORMAT} ${checksum(bytes.subarray(newline + 1))}`) return undefined;
  try {
    const entry = JSON.parse(bytes.toString('utf8', newline + 1)) as CachedPage;
    if (typeof entry.segmentKey !== 'string' || !Array.isArray(entry.articles)) return undefined;
    for (const a of entry.articles) {
      // Assigned in place, so the article's keys keep their order.
      a.offsets = fromOffsetRuns(a.offsets as unknown as number[]);
      if (typeof a.text !== 'string' || a.offsets.length !== a.text.length) return undefined;
    }
    if (entry.archive && (entry.archive.mentions as unknown) === SAME_AS_FIRST) {
      if (!entry.extraction) return undefined;
      // The same objects: a build takes one reading of a page or the other, never both.
      entry.archive.mentions = entry.extraction.mentions;
    }
    for (const part of [entry.extraction, entry.archive]) {
      if (part && (typeof part.key !== 'string' || !Array.isArray(part.mentions) || part.mentions.length !== entry.articles.length)) return undefined;
    }
    return entry;
  } catch {
    return undefined;
  }
}

/**
 * Offsets as runs of consecutive source offsets, [first offset, length, …]: clean text follows its source but for
 * the line breaks it rejoins, so a page's offsets take a few hundred numbers instead of one per character.
 */
export function offsetRuns(offsets: Int32Array): number[] {
  const runs: number[] = [];
  for (let i = 0; i < offsets.length; ) {
    let j = i + 1;
    while (j < offsets.length && offsets[j] === offsets[j - 1]! + 1) j++;
    runs.push(offsets[i]!, j - i);
    i = j;
  }
  return runs;
}

export function fromOffsetRuns(runs: readonly number[]): Int32Array {
  if (!Array.isArray(runs) || runs.length % 2) throw new Error('offsets: not runs');
  let n = 0;
  for (let k = 1; k < runs.length; k += 2) n += runs[k]!;
  const out = new Int32Array(n);
  let i = 0;
  for (let k = 0; k < runs.length; k += 2) for (let d = 0; d < runs[k + 1]!; d++) out[i++] = runs[k]! + d;
  return out;
}
