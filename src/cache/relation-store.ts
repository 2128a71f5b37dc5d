// The relation cache's file: `.kg-cache/relations.jsonl` beside the pages, each line an article's id, a tab and its
// entry (resolve/memo.ts: the facts its relations read, and their effects), under a first line naming the format,
// the key the entries hold under (the product's version and the build's extraction resources) and a checksum of
// the rest. A file of another key is not read; a damaged one is not read either, with a note: every article's
// relations are then read again, as in a build without a cache. Entries stay bytes until their article's turn
// (the year's file is about 90 MB), and an entry kept unchanged is written back as the bytes it was read as. When
// the entries read are, in their order and as the same bytes, the first of the entries to write (an archive that
// grew), only the new ones are appended and the first line written again with the checksum carried on from the read.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectory } from '../graph/write.js';
import { onInterrupt } from '../util/on-interrupt.js';

const FORMAT = 'kg-relation-cache 2';
/**
 * The reference cache (resolve/page-memo.ts: each page's references and people, by page id) is a file of the same form
 * beside it, under a format of its own.
 */
export const REFERENCES_FORMAT = 'kg-reference-cache 1';
/** The first line's length: the format, a key of 32 characters and a checksum of 64, three spaces and a line break. */
const headBytes = (format: string): number => format.length + 32 + 64 + 3;

/** The entries of the file at `path` by article id, when it holds entries under `key`; notes say why not when it is damaged. */
/** What a read leaves for a write that appends (see writeRelationFile): the entries read, the hash of the body after them, its size. */
export interface RelationFileRead {
  checksum?: string;
  entries?: ReadonlyMap<string, Buffer>;
  hash?: Hash;
  size?: number;
}

export function readRelationFile(path: string, key: string, notes: string[], read: RelationFileRead = {}, format = FORMAT): Map<string, Buffer> | undefined {
  const HEAD_BYTES = headBytes(format);
  const what = format === FORMAT ? ["relation cache", "every article's relations were read again"] : ['reference cache', "every page's references were worked out again"];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const damaged = (): undefined => {
    notes.push(`the ${what[0]} (${path}) is damaged; ${what[1]}`);
    return undefined;
  };
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, HEAD_BYTES)).split(' ');
  if (bytes.length < HEAD_BYTES || bytes[HEAD_BYTES - 1] !== 0x0a || head.length !== 4 || `${head[0]} ${head[1]}` !== format) return damaged();
  if (head[2] !== key) return undefined;
  const body = bytes.subarray(HEAD_BYTES);
  const sum = createHash('sha256').update(body);
  if (head[3]!.trimEnd() !== sum.copy().digest('hex')) return damaged();
  read.checksum = head[3]!.trimEnd();
  const out = new Map<string, Buffer>();
  for (let at = 0; at < body.length; ) {
    const end = body.indexOf(0x0a, at);
    const tab = body.indexOf(0x09, at);
    if (end === -1 || tab === -1 || tab > end) return damaged();
    out.set(body.toString('latin1', at, tab), body.subarray(tab + 1, end));
    at = end + 1;
  }
  Object.assign(read, { entries: out, hash: sum, size: body.length });
  return out;
}

/**
 * Writes `entries` (article id → entry) under `key`, to a temporary name then renamed: the checksum of what it wrote,
 * or undefined, with a note, when it cannot. With `read` (the file as this build read it, under the same key), when
 * the entries read are the first of `entries` in the same order and as the same bytes, and the file is still that
 * size, only the rest is appended to it and its first line written again (in place: a write cut short leaves a file
 * whose checksum fails, which the next build reads as damaged).
 */
export async function writeRelationFile(path: string, key: string, entries: ReadonlyMap<string, Buffer | string>, notes: string[], format = FORMAT, read?: RelationFileRead): Promise<string | undefined> {
  const HEAD_BYTES = headBytes(format);
  const appended = read?.entries && read.hash && read.size !== undefined ? appendRelationFile(path, key, entries, format, { entries: read.entries, hash: read.hash, size: read.size }) : undefined;
  if (appended) return appended;
  const tmp = `${path}.${process.pid}.tmp`;
  const forget = onInterrupt(() => rmSync(tmp, { force: true }));
  let fd: number | undefined;
  try {
    await makeDirectory(dirname(path));
    fd = openSync(tmp, 'w');
    const sum = createHash('sha256');
    let position = HEAD_BYTES;
    let chunk: Buffer[] = [];
    let size = 0;
    const flush = (): void => {
      const b = Buffer.concat(chunk, size);
      sum.update(b);
      writeSync(fd!, b, 0, b.length, position);
      position += b.length;
      chunk = [];
      size = 0;
    };
    for (const [id, entry] of entries) {
      const line = Buffer.from(`${id}\t`, 'latin1');
      const body = typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry;
      chunk.push(line, body, NEWLINE);
      size += line.length + body.length + 1;
      if (size >= 1 << 20) flush();
    }
    flush();
    const checksum = sum.digest('hex');
    const head = Buffer.from(`${format} ${key} ${checksum}\n`, 'latin1');
    if (head.length !== HEAD_BYTES) throw new Error('relation cache: a key of another length');
    writeSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    return checksum;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    notes.push(format === FORMAT ? `the relation cache could not be written (${(e as Error).message}); the next build into this directory reads every article's relations again` : `the reference cache could not be written (${(e as Error).message}); the next build into this directory works every page's references out again`);
    return undefined;
  } finally {
    forget();
  }
}

const NEWLINE = Buffer.from('\n');

/** The append of writeRelationFile: the checksum, or undefined when the entries or the file are not as read (nothing written then). */
function appendRelationFile(path: string, key: string, entries: ReadonlyMap<string, Buffer | string>, format: string, read: { entries: ReadonlyMap<string, Buffer>; hash: Hash; size: number }): string | undefined {
  if (read.entries.size > entries.size) return undefined;
  const it = entries.entries();
  for (const [id, bytes] of read.entries) {
    const next = it.next();
    if (next.done || next.value[0] !== id || next.value[1] !== bytes) return undefined;
  }
  const HEAD_BYTES = headBytes(format);
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return undefined;
  }
  try {
    if (fstatSync(fd).size !== HEAD_BYTES + read.size) return undefined;
    const sum = read.hash.copy();
    const chunk: Buffer[] = [];
    for (let next = it.next(); !next.done; next = it.next()) {
      const [id, entry] = next.value;
      chunk.push(Buffer.from(`${id}\t`, 'latin1'), typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry, NEWLINE);
    }
    const tail = Buffer.concat(chunk);
    sum.update(tail);
    const checksum = sum.digest('hex');
    const head = Buffer.from(`${format} ${key} ${checksum}\n`, 'latin1');
    if (head.length !== HEAD_BYTES) return undefined;
    writeSync(fd, tail, 0, tail.length, HEAD_BYTES + read.size);
    writeSync(fd, head, 0, head.length, 0);
    return checksum;
  } finally {
    closeSync(fd);
  }
}
