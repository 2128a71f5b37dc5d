// Finding and reading sources: files, directories (recursively; .txt files are pages or articles, .jsonl
// files articles, other files are skipped with a note) and stdin ('-'). Reading errors become typed errors that name the path. Files are read
// as a stream under two guards, so a file that is not page text fails fast in bounded memory: a line far
// longer than any page's (a minified dump, a binary blob) and a file larger than any batch of pages.
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { KgError } from '../errors.js';

export const STDIN = '-';

export interface SourceList {
  files: string[];
  /** Things the user should know: skipped files, empty directories. */
  notes: string[];
  /** Inputs that cannot be read (missing, a directory without pages …): reported like a file that fails to decode. */
  failures: KgError[];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.ndjson']);
/** Files a directory walk picks up besides page and article text: PDF pages, read by the layout reader. */
const PDF_EXTENSIONS = new Set(['.pdf']);
const SIDECAR = /\.meta\.json$|^page\.meta\.json$/;

export async function listSources(inputs: readonly string[]): Promise<SourceList> {
  if (inputs.length === 0) throw new KgError('USAGE', 'no input given', { hint: 'pass a file, a directory or - for stdin' });
  const files: string[] = [];
  const notes: string[] = [];
  const failures: KgError[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      files.push(STDIN);
      continue;
    }
    try {
      files.push(...(await filesOf(input, notes)));
    } catch (e) {
      if (!(e instanceof KgError)) throw e;
      failures.push(e);
    }
  }
  return { files: [...new Set(files)], notes, failures };
}

/** The page files an input names: itself (whatever its extension: the user asked for it), or a directory's .txt, .jsonl and .pdf files. */
async function filesOf(input: string, notes: string[]): Promise<string[]> {
  if (!(await statOrThrow(input)).isDirectory()) return [input];
  const found = await walk(input, notes);
  if (found.length === 0) throw new KgError('NO_TEXT_INPUT', 'the directory holds no .txt, .jsonl or .pdf files', { subject: input, hint: 'page and article text files must end in .txt, articles as JSON lines in .jsonl, PDF pages in .pdf' });
  return found;
}

async function walk(dir: string, notes: string[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw readError(dir, e);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) out.push(...(await walk(path, notes)));
    else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()) || PDF_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    else if (!SIDECAR.test(entry.name) && entry.name !== 'README.md') notes.push(`${path}: skipped (not a .txt, .jsonl or .pdf file)`);
  }
  return out;
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (await isSymlink(path))) {
      throw new KgError('INPUT_NOT_FOUND', 'is a symbolic link to a file that does not exist', { subject: path, cause: e });
    }
    throw readError(path, e);
  }
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface ReadLimits {
  /** Longest line accepted, in characters. */
  maxLineLength: number;
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
}

/** Page text lines are a few dozen characters; a plain-text article puts a paragraph on a line. */
export const DEFAULT_MAX_LINE_LENGTH = 100_000;
/** A day's paper is a few hundred kilobytes of text; a quarter of a gigabyte is thousands of pages. */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

const DEFAULT_LIMITS: ReadLimits = { maxLineLength: DEFAULT_MAX_LINE_LENGTH, maxFileBytes: DEFAULT_MAX_FILE_BYTES };

export async function readSource(path: string, stdin: NodeJS.ReadableStream = process.stdin, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer> {
  if (path === STDIN) return readGuarded(stdin, '<stdin>', limits);
  const info = await statOrThrow(path);
  if (info.isDirectory()) {
    throw new KgError('INPUT_UNREADABLE', 'is a directory, not a file', { subject: path, hint: 'pass the directory itself to read every .txt file in it' });
  }
  if (!info.isFile()) {
    // Opening a FIFO would wait for a writer forever; a device may never end.
    throw new KgError('INPUT_UNREADABLE', 'is not a regular file (a pipe, socket or device)', { subject: path, hint: 'save the page text to a file, or pipe it to kg with - as the input' });
  }
  if (info.size > limits.maxFileBytes) throw tooLarge(path, limits);
  try {
    // A file no bigger than the longest line the guard allows is read at once (a page is a few kilobytes,
    // and opening a stream costs more than reading it); a bigger one streams, so the guard can stop early.
    if (info.size <= limits.maxLineLength * BYTES_PER_CHAR_MAX) {
      const buf = await readFile(path);
      new LineGuard(path, limits).feed(buf);
      return buf;
    }
    return await readGuarded(createReadStream(path, { highWaterMark: 1 << 16 }), path, limits);
  } catch (e) {
    throw e instanceof KgError ? e : readError(path, e);
  }
}

/** No supported encoding spends more than four bytes on one UTF-16 code unit (GB18030's four-byte forms). */
const BYTES_PER_CHAR_MAX = 4;

/**
 * Counts bytes between LF or CR bytes and fails as soon as a line is certainly longer than the limit. A stray
 * 0x0A inside a UTF-16 character only makes runs shorter, so the guard never fires early; the exact count in
 * characters is made again after decoding.
 */
class LineGuard {
  private run = 0;
  private line = 1;
  private prevCr = false;
  private readonly maxRun: number;

  constructor(
    private readonly subject: string,
    private readonly limits: ReadLimits,
  ) {
    this.maxRun = limits.maxLineLength * BYTES_PER_CHAR_MAX;
  }

  feed(chunk: Uint8Array): void {
    let { run, line, prevCr } = this;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 10) {
        if (!prevCr) line++;
        run = 0;
        prevCr = false;
      } else if (b === 13) {
        line++;
        run = 0;
        prevCr = true;
      } else {
        prevCr = false;
        if (++run > this.maxRun) throw lineTooLong(this.subject, line, this.limits.maxLineLength);
      }
    }
    Object.assign(this, { run, line, prevCr });
  }
}

/** Reads a stream to the end under the line guard and the size limit, stopping as soon as either fails. */
async function readGuarded(stream: NodeJS.ReadableStream, subject: string, limits: ReadLimits): Promise<Buffer> {
  const guard = new LineGuard(subject, limits);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const part of stream) {
    const chunk = typeof part === 'string' ? Buffer.from(part) : (part as Buffer);
    guard.feed(chunk);
    total += chunk.length;
    if (total > limits.maxFileBytes) throw tooLarge(subject, limits);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

export function lineTooLong(subject: string, line: number, max: number, actual?: number): KgError {
  const size = actual === undefined ? `more than ${max.toLocaleString('en')}` : actual.toLocaleString('en');
  return new KgError('INPUT_INVALID', `line ${line} has ${size} characters; a page's text lines are much shorter (limit ${max.toLocaleString('en')})`, {
    subject,
    hint: 'this does not look like extracted page text; if it is, raise the limit with --max-line-length',
  });
}

function tooLarge(subject: string, limits: ReadLimits): KgError {
  return new KgError('INPUT_INVALID', `the file is larger than ${Math.round(limits.maxFileBytes / (1024 * 1024))} MiB; page text files are far smaller`, {
    subject,
    hint: 'split it into several files (one per page or per day)',
  });
}

function readError(path: string, e: unknown): KgError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return new KgError('INPUT_NOT_FOUND', 'no such file or directory', { subject: path, cause: e });
  if (code === 'EACCES' || code === 'EPERM') {
    return new KgError('INPUT_UNREADABLE', 'permission denied', { subject: path, hint: 'check the file permissions', cause: e });
  }
  if (code === 'EISDIR') return new KgError('INPUT_UNREADABLE', 'is a directory', { subject: path, cause: e });
  return new KgError('INPUT_UNREADABLE', `cannot be read (${code ?? (e as Error).message})`, { subject: path, cause: e });
}
