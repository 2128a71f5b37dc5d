// Finding and reading sources: files, directories (recursively; .txt files are pages, other files are
// skipped with a note) and stdin ('-'). Reading errors become typed errors that name the path.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { KgError } from '../errors.js';

export const STDIN = '-';

export interface SourceList {
  files: string[];
  /** Things the user should know: skipped files, empty directories. */
  notes: string[];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const SIDECAR = /\.meta\.json$|^page\.meta\.json$/;

export async function listSources(inputs: readonly string[]): Promise<SourceList> {
  if (inputs.length === 0) throw new KgError('USAGE', 'no input given', { hint: 'pass a file, a directory or - for stdin' });
  const files: string[] = [];
  const notes: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      files.push(STDIN);
      continue;
    }
    const info = await statOrThrow(input);
    if (info.isDirectory()) {
      const found = await walk(input, notes);
      if (found.length === 0) {
        throw new KgError('NO_TEXT_INPUT', 'the directory holds no .txt files', {
          subject: input,
          hint: 'page text files must end in .txt',
        });
      }
      files.push(...found);
    } else if (TEXT_EXTENSIONS.has(extname(input).toLowerCase())) {
      files.push(input);
    } else {
      // A file named explicitly is read whatever its extension: the user asked for it.
      files.push(input);
    }
  }
  return { files: [...new Set(files)], notes };
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
    else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    else if (!SIDECAR.test(entry.name) && entry.name !== 'README.md') notes.push(`${path}: skipped (not a .txt file)`);
  }
  return out;
}

async function statOrThrow(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    throw readError(path, e);
  }
}

export async function readSource(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  if (path === STDIN) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (e) {
    throw readError(path, e);
  }
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
