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
import { holdsArticleRecords, refusal, sniffFormat } from './sniff.js';
import { readPageMeta, SidecarCache } from './metadata.js';
import { splitPages } from './pages.js';
import { isPdf, namedPdf, notAPdf, pdfPagesOf, readPdfFile, sniffPdf } from './pdf.js';
import { readRecords } from './records.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH, lineTooLong, listSources, readSource, STDIN } from './sources.js';

export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH } from './sources.js';

export interface IngestOptions {
  /** Metadata for pages without a sidecar (CLI flags). */
  defaults?: PageMeta;
  /** Longest line accepted, in characters; PDF-extracted page lines are far shorter. */
  maxLineLength?: number;
  /** Largest file accepted, in bytes. */
  maxFileBytes?: number;
  /** Most bytes accepted from all inputs together (stdin included): what one build can hold in memory. */
  maxTotalBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

export interface IngestResult {
  pages: SourcePage[];
  notes: string[];
  /** Files that could not be ingested, each error naming its file. */
  failures: KgError[];
}

export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { files, notes, failures } = await listSources(inputs);
  const pages: SourcePage[] = [];
  const maxTotalBytes = options.maxTotalBytes ?? Infinity;
  await refuseTooMuch(files, inputs, maxTotalBytes);
  const limits = { maxLineLength: options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH, maxFileBytes: Math.min(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, maxTotalBytes) };
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

/**
 * Refuses, before reading a byte, inputs whose files add up to more than one build can hold (stdin is counted as
 * it is read, under the same limit). A build that ran out of memory died after minutes with a raw V8 crash.
 */
async function refuseTooMuch(files: readonly string[], inputs: readonly string[], maxTotalBytes: number): Promise<void> {
  if (!Number.isFinite(maxTotalBytes)) return;
  let total = 0;
  for (const file of files) {
    const bytes = file === '-' ? 0 : await stat(file).then((s) => s.size, () => 0);
    total += namedPdf(file) ? bytes / PDF_BYTES_PER_TEXT_BYTE : bytes;
  }
  if (total <= maxTotalBytes) return;
  const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
  throw new KgError('INPUT_INVALID', `the input holds ${mb(total)}, more than the ${mb(maxTotalBytes)} one build can hold in memory`, {
    subject: inputs.join(', '),
    hint:
      'Build it in parts and load each (kg load merges them into one graph), or give Node more memory, e.g. ' +
      'NODE_OPTIONS=--max-old-space-size=16384 for about four times as much. See Limits in the README.',
  });
}

/**
 * A PDF holds far more bytes than the text read from it (fonts, images, drawing operators): a newspaper page of
 * 1-3 MB gives 10-30 KB of text. Its size counts at this fraction towards the input limit.
 */
const PDF_BYTES_PER_TEXT_BYTE = 20;

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
 * Decodes one file's bytes and splits it into source units. Page text: form feeds, rule lines and running heads
 * separate pages (see pages.ts); a page's running head overrides the file's date and page number. With
 * `inputKind: article` every page is one article. Articles as JSONL: one unit per record, laid out as an
 * article, whose date, newspaper and page override the file's.
 */
export function pagesOf(source: string, buf: Uint8Array, meta: PageMeta, options: Pick<IngestOptions, 'maxLineLength'> = {}): SourcePage[] {
  const subject = source === '-' ? '<stdin>' : source;
  const sniffed = sniffFormat(buf, source);
  const refused = refusal(sniffed, subject);
  if (refused) throw refused;
  const decoded = decodeText(buf, subject);
  const text = decoded.text;
  assertLineLengths(text, subject, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  const warnings = decoded.warnings.map((w) => `${subject}: ${w}`);
  if (sniffed.format === 'jsonl-articles') {
    const { units, warnings: more } = readRecords(text, subject);
    if (units.length === 0) throw new KgError('INPUT_EMPTY', 'the articles file holds no record', { subject });
    return units.map((u, index) => ({
      id: pageId(text.slice(u.start, u.end)),
      source,
      index,
      text,
      start: u.start,
      end: u.end,
      startLine: u.line,
      encoding: decoded.encoding,
      meta: { ...meta, ...u.meta },
      ownMeta: u.meta,
      warnings: [...warnings, ...more],
      rules: [RECORD_RULE],
      shape: 'article',
      record: u.record,
    }));
  }
  const shape = meta.inputKind === 'article' || meta.inputKind === 'page' ? { shape: meta.inputKind } : {};
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
    ...(Object.keys(range.meta).length ? { ownMeta: range.meta } : {}),
    warnings,
    rules: range.rules,
    ...(range.runningHead ? { runningHead: range.runningHead } : {}),
    ...shape,
  }));
}

/** The rule id every article read from a JSONL record records. */
export const RECORD_RULE = 'input.jsonl-record';

/** The ids of the units ingest makes of a decoded file (for checking that a file has not changed since a build). */
export function sourceUnitIds(source: string, text: string): string[] {
  if (holdsArticleRecords(source, text)) {
    const ids: string[] = [];
    forEachLine(text, 0, text.length, (l) => void (text.slice(l.start, l.end).trim() && ids.push(pageId(text.slice(l.start, l.end)))));
    return ids;
  }
  return splitPages(text).map((r) => pageId(text.slice(r.start, r.end)));
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
