// Ingest: the pipeline's first stage and one of the three that touch the outside world. It reads sources,
// decodes them, attaches page metadata and splits files into pages; a PDF (known by its header bytes) goes to
// the layout reader (src/layout/), which returns its text and its pages already laid out. A file that cannot be read or decoded
// is reported as a failure naming the file; the other files go on.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { KgError, isKgError } from '../errors.js';
import type { PageMeta, SourcePage } from '../document/types.js';
import { forEachLine } from '../text/line-breaks.js';
import { decodeText } from './decode.js';
import { readPageMeta, SidecarCache } from './metadata.js';
import { splitPages } from './pages.js';
import { isPdf, namedPdf, notAPdf, pdfPagesOf, readPdfFile, sniffPdf } from './pdf.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH, lineTooLong, listSources, readSource, STDIN } from './sources.js';

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
  const sidecars = new SidecarCache();
  const load = async (file: string): Promise<Loaded> => {
    try {
      const buf = file !== STDIN && (await sniffPdf(file)) ? await readPdfFile(file, limits.maxFileBytes) : await readSource(file, options.stdin, limits);
      return { buf, meta: await readPageMeta(file, options.defaults ?? {}, sidecars) };
    } catch (e) {
      if (!isKgError(e)) throw e;
      return { error: e };
    }
  };
  // Files are read a few ahead of the one being segmented, so waiting for the disk overlaps with work; small
  // files only, so memory stays bounded. Results are taken in order, so pages keep the order of the files.
  const ahead: Array<Promise<Loaded | null> | undefined> = [];
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    while (next < files.length && next <= i + READ_AHEAD) {
      const file = files[next++]!;
      ahead.push(quiet(isSmall(file, limits).then((small) => (small ? load(file) : null))));
    }
    const loaded = (await ahead[i]!) ?? (await load(files[i]!));
    ahead[i] = undefined;
    if (loaded.error) {
      failures.push(loaded.error);
      continue;
    }
    try {
      if (isPdf(loaded.buf!)) pages.push(...(await pdfPagesOf(files[i]!, loaded.buf!, loaded.meta!)));
      else if (namedPdf(files[i]!)) throw notAPdf(files[i]!);
      else pages.push(...pagesOf(files[i]!, loaded.buf!, loaded.meta!, options));
    } catch (e) {
      if (!isKgError(e)) throw e;
      failures.push(e);
    }
  }
  return { pages, notes, failures };
}

interface Loaded {
  buf?: Buffer;
  meta?: PageMeta;
  error?: KgError;
}

/** How many files are read ahead of the one being segmented. */
const READ_AHEAD = 16;
/** Only files up to this size are read ahead (16 of them at most in memory at once). */
const READ_AHEAD_MAX_BYTES = 1 << 20;

async function isSmall(file: string, limits: { maxFileBytes: number }): Promise<boolean> {
  if (file === '-') return false;
  try {
    const size = (await stat(file)).size;
    return size <= READ_AHEAD_MAX_BYTES && size <= limits.maxFileBytes;
  } catch {
    return false; // read in turn, where the error is reported
  }
}

/** A promise that is awaited later: mark its rejection handled now, so an early exit does not leave it unhandled. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
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
    startLine: range.startLine,
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
