// The relation cache's file: `.kg-cache/relations.jsonl` beside the pages, each line an article's id, a tab and its
// entry (resolve/memo.ts: the facts its relations read, and their effects), under a first line naming the format,
// the key the entries hold under (the product's version and the build's extraction resources) and a checksum of
// the rest. A file of another key is not read; a damaged one is not read either, with a note: every article's
// relations are then read again, as in a build without a cache.
import { hash } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { makeDirectory } from '../graph/write.js';
import { onInterrupt } from '../util/on-interrupt.js';

const FORMAT = 'kg-relation-cache 1';

const checksum = (body: string | Buffer): string => hash('sha256', body, 'hex');

/** The entries of the file at `path` by article id, when it holds entries under `key`; notes say why not when it is damaged. */
export function readRelationFile(path: string, key: string, notes: string[]): Map<string, string> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  const head = (newline === -1 ? bytes : bytes.subarray(0, newline)).toString('latin1').split(' ');
  const damaged = (): undefined => {
    notes.push(`the relation cache (${path}) is damaged; every article's relations were read again`);
    return undefined;
  };
  if (newline === -1 || head.length !== 4 || `${head[0]} ${head[1]}` !== FORMAT) return damaged();
  if (head[2] !== key) return undefined;
  const body = bytes.subarray(newline + 1);
  if (head[3] !== checksum(body)) return damaged();
  const out = new Map<string, string>();
  const text = body.toString('utf8');
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    if (end === -1 || tab === -1 || tab > end) return damaged();
    out.set(text.slice(at, tab), text.slice(tab + 1, end));
    at = end + 1;
  }
  return out;
}

/** Writes `entries` (article id → entry) under `key`, to a temporary name then renamed; false, with a note, when it cannot. */
export async function writeRelationFile(path: string, key: string, entries: ReadonlyMap<string, string>, notes: string[]): Promise<boolean> {
  const parts: string[] = [];
  for (const [id, entry] of entries) parts.push(id, '\t', entry, '\n');
  const body = Buffer.from(parts.join(''), 'utf8');
  const tmp = `${path}.${process.pid}.tmp`;
  const forget = onInterrupt(() => rmSync(tmp, { force: true }));
  try {
    await makeDirectory(dirname(path));
    await writeFile(tmp, Buffer.concat([Buffer.from(`${FORMAT} ${key} ${checksum(body)}\n`, 'latin1'), body]));
    renameSync(tmp, path);
    return true;
  } catch (e) {
    rmSync(tmp, { force: true });
    notes.push(`the relation cache could not be written (${(e as Error).message}); the next build into this directory reads every article's relations again`);
    return false;
  } finally {
    forget();
  }
}
