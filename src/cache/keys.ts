// The keys of a cached page. A page's articles are cached under what segmentation reads of it (its text, where it
// sits in its file, its metadata, a PDF page's layout, a JSONL record's fields) and the product's version; its
// mentions under that and what extraction loads for the whole build (the engine, the home areas whose villages are
// read); its second reading with the archive's short names (extract/archive.ts) under that and the short names
// printed on it. A key that differs is a page read again, so a cached result is only ever the one a clean build
// would compute.
import { createHash, type Hash } from 'node:crypto';
import type { SourcePage } from '../document/types.js';
import type { OrgAlias } from '../extract/consistency.js';

const digest = (hash: Hash): string => hash.digest('hex').slice(0, 32);

/** Typed arrays (a layout's boxes, a record's offsets) as their bytes, so they hash as they are. */
function canonical(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') : value;
}

export function segmentKey(page: SourcePage, version: string): string {
  const { source, index, start, end, startLine, meta, ownMeta, shape, rules, runningHead, layout, record } = page;
  return digest(
    createHash('sha256')
      .update(JSON.stringify({ version, source, index, start, end, startLine, meta, ownMeta, shape, rules, runningHead }))
      .update('\u0000')
      .update(page.text.slice(start, end))
      .update('\u0000')
      .update(layout || record ? JSON.stringify({ layout, record }, canonical) : ''),
  );
}

/** What extraction loads for a whole build, as a string: its engine and the home areas of all its pages. */
export function resourcesKey(engine: string, homeAreas: readonly string[]): string {
  return JSON.stringify([engine, [...homeAreas].sort()]);
}

export function extractKey(segmentKey: string, resources: string): string {
  return digest(createHash('sha256').update(`${segmentKey}\u0000${resources}`));
}

/** The archive's short names that matter to a page: those printed in its articles, with what they stand for. */
export function archiveKey(extractKey: string, texts: readonly string[], known: ReadonlyMap<string, OrgAlias>): string {
  const printed = [...known].filter(([alias]) => texts.some((t) => t.includes(alias))).sort(([a], [b]) => (a < b ? -1 : 1));
  return digest(createHash('sha256').update(`${extractKey}\u0000${JSON.stringify(printed)}`));
}
