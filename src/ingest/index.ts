// Ingest: the pipeline's first stage and one of the three that touch the outside world. It reads sources,
// decodes them, attaches page metadata and splits files into pages. A file that cannot be read or decoded
// is reported as a failure naming the file; the other files go on.
import { createHash } from 'node:crypto';
import { KgError, isKgError } from '../errors.js';
import type { PageMeta, SourcePage } from '../document/types.js';
import { forEachLine } from '../text/line-breaks.js';
import { decodeText } from './decode.js';
import { readPageMeta } from './metadata.js';
import { splitPages } from './pages.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH, lineTooLong, listSources, readSource } from './sources.js';

export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH } from './sources.js';

export interface IngestOptions {
  /** Metadata for pages without a sidecar (CLI flags). */
  defaults?: PageMeta;
  /** Longest line accepted, in characters; PDF-extracted page lines are far shorter. */
  maxLineLength?: number;
  /** Largest file accepted, in bytes. */
  maxFileBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

export interface IngestResult {
  pages: SourcePage[];
  notes: string[];
  /** Files that could not be ingested, each error naming its file. */
  failures: KgError[];
}

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, notes } = await listSources(inputs);
  const pages: SourcePage[] = [];
  const failures: KgError[] = [];
  const limits = { maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  for (const file of files) {
    try {
      const buf = await readSource(file, options.stdin, limits);
      const meta = await readPageMeta(file, options.defaults ?? {});
      pages.push(...pagesOf(file, buf, meta, options));
    } catch (e) {
      if (!isKgError(e)) throw e;
      failures.push(e);
    }
  }
  return { pages, notes, failures };
}

/**
 * Decodes one file's bytes and splits it into pages: form feeds, rule lines and running heads separate pages
 * (see pages.ts). A page's running head overrides the file's date and page number.
 */
export function pagesOf(source: string, buf: Uint8Array, meta: PageMeta, options: Pick<IngestOptions, 'maxLineLength'> = {}): SourcePage[] {
  const subject = source === '-' ? '<stdin>' : source;
  const decoded = decodeText(buf, subject);
  const text = decoded.text;
  assertLineLengths(text, subject, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  const warnings = decoded.warnings.map((w) => `${subject}: ${w}`);
  return splitPages(text).map((range, index) => ({
    id: pageId(text.slice(range.start, range.end)),
    source,
    index,
    text,
    start: range.start,
    end: range.end,
    encoding: decoded.encoding,
    meta: { ...meta, ...range.meta },
    warnings,
    rules: range.rules,
    ...(range.runningHead ? { runningHead: range.runningHead } : {}),
  }));
}

/** Content-derived id, so re-ingesting the same page (from any path) yields the same page and article ids. */
export function pageId(pageText: string): string {
  const normalised = pageText.replace(/\r\n?/g, '\n').trim();
  return 'p' + createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

function assertLineLengths(text: string, subject: string, max: number): void {
  forEachLine(text, 0, text.length, (line, index) => {
    if (line.end - line.start > max) throw lineTooLong(subject, index + 1, max, line.end - line.start);
  });
}
