// Ingest: the pipeline's first stage and one of the three that touch the outside world. It reads sources,
// decodes them, attaches page metadata and splits files into pages. A file that cannot be read or decoded
// is reported as a failure naming the file; the other files go on.
import { createHash } from 'node:crypto';
import { KgError, isKgError } from '../errors.js';
import type { PageMeta, SourcePage } from '../document/types.js';
import { decodeText } from './decode.js';
import { readPageMeta } from './metadata.js';
import { listSources, readSource } from './sources.js';

export interface IngestOptions {
  /** Metadata for pages without a sidecar (CLI flags). */
  defaults?: PageMeta;
  /** Longest line accepted, in characters; PDF-extracted page lines are far shorter. */
  maxLineLength?: number;
  stdin?: NodeJS.ReadableStream;
}

export interface IngestResult {
  pages: SourcePage[];
  notes: string[];
  /** Files that could not be ingested, each error naming its file. */
  failures: KgError[];
}

export const DEFAULT_MAX_LINE_LENGTH = 100_000;

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, notes } = await listSources(inputs);
  const pages: SourcePage[] = [];
  const failures: KgError[] = [];
  for (const file of files) {
    try {
      const buf = await readSource(file, options.stdin);
      const meta = await readPageMeta(file, options.defaults ?? {});
      pages.push(...pagesOf(file, buf, meta, options));
    } catch (e) {
      if (!isKgError(e)) throw e;
      failures.push(e);
    }
  }
  return { pages, notes, failures };
}

/** Decodes one file's bytes and splits it into pages (form feeds separate pages in PDF text extraction). */
export function pagesOf(source: string, buf: Uint8Array, meta: PageMeta, options: Pick<IngestOptions, 'maxLineLength'> = {}): SourcePage[] {
  const subject = source === '-' ? '<stdin>' : source;
  const decoded = decodeText(buf, subject);
  const text = decoded.text;
  assertLineLengths(text, subject, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  const pages: SourcePage[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const ff = text.indexOf('\f', start);
    const end = ff === -1 ? text.length : ff;
    const body = text.slice(start, end);
    if (body.trim() !== '') {
      pages.push({
        id: pageId(body),
        source,
        index: index,
        text,
        start,
        end,
        encoding: decoded.encoding,
        meta,
        warnings: decoded.warnings.map((w) => `${subject}: ${w}`),
      });
      index++;
    }
    if (ff === -1) break;
    start = ff + 1;
  }
  return pages;
}

/** Content-derived id, so re-ingesting the same page (from any path) yields the same page and article ids. */
export function pageId(pageText: string): string {
  const normalised = pageText.replace(/\r\n?/g, '\n').trim();
  return 'p' + createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

function assertLineLengths(text: string, subject: string, max: number): void {
  let lineStart = 0;
  let lineNo = 1;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl === -1) nl = text.length;
    if (nl - lineStart > max) {
      throw new KgError('INPUT_INVALID', `line ${lineNo} is ${(nl - lineStart).toLocaleString('en')} characters long; a page's text lines are much shorter (limit ${max.toLocaleString('en')})`, {
        subject,
        hint: 'this does not look like extracted page text; if it is, raise the limit with --max-line-length',
      });
    }
    lineStart = nl + 1;
    lineNo++;
  }
}
