// A cache of tables derived at start-up from data files (jieba's edited dictionary): built once, written as typed
// arrays to a file named by a sha256 of everything they are derived from — the data and the source of the code
// that derives them — and read back by later processes in a few milliseconds instead of being derived again. A
// changed input is a different key, so a cached file is never stale; a missing, unreadable or malformed one is
// derived again. Writing is best effort (temporary file and rename, so readers never see half a file): a
// read-only checkout only loses the speed. A table may come in variants that are all in use (a home area's
// dictionary beside the one without); writing a table evicts the files of its name and variant under other keys,
// which are stale (their data or code has changed since), and keeps at most KEEP files of the name in all.
//
// The directory is `.cache/` in the checkout (gitignored), or $KG_CACHE_DIR; KG_CACHE_DIR=off disables the cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR_ENV = 'KG_CACHE_DIR';
const FORMAT = 'kg-derived-1';
/** Files kept per name, over all its variants (one file per variant); the least recently written go. */
const KEEP = 8;

type Section = Uint8Array | Uint16Array | Int32Array | Float64Array;
const TYPES = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array, f64: Float64Array } as const;
type TypeName = keyof typeof TYPES;

export interface Derived {
  /** Plain JSON values beside the arrays. */
  meta: unknown;
  arrays: Record<string, Section>;
}

/** Several tables in one file: each one's arrays under its name and a dot, its meta under its name. */
export function combineDerived(parts: Record<string, Derived>): Derived {
  const meta: Record<string, unknown> = {};
  const arrays: Record<string, Section> = {};
  for (const [name, part] of Object.entries(parts)) {
    meta[name] = part.meta;
    for (const [k, a] of Object.entries(part.arrays)) arrays[`${name}.${k}`] = a;
  }
  return { meta, arrays };
}

/** The table `combineDerived` stored under `name`. */
export function derivedPart(combined: Derived, name: string): Derived {
  const prefix = `${name}.`;
  const arrays: Record<string, Section> = {};
  for (const [k, a] of Object.entries(combined.arrays)) if (k.startsWith(prefix)) arrays[k.slice(prefix.length)] = a;
  return { meta: (combined.meta as Record<string, unknown>)[name], arrays };
}

/** The cache's directory, or undefined when it is turned off. */
export function derivedCacheDir(): string | undefined {
  const env = process.env[CACHE_DIR_ENV];
  if (env === 'off') return undefined;
  return env || fileURLToPath(new URL('../../.cache/', import.meta.url));
}

/** A key for the inputs, in order: sha256 over each part and its length. */
export function derivedKey(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256').update(FORMAT);
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`\n${bytes.length}\n`).update(bytes);
  }
  return h.digest('hex');
}

/** A name and variant as a file name's stem: the variant as a short hash (it may be long, or any characters). */
function stemOf(name: string, variant: string): string {
  return variant ? `${name}@${createHash('sha256').update(variant).digest('hex').slice(0, 12)}` : name;
}

const fileOf = (dir: string, stem: string, key: string): string => join(dir, `${stem}-${key.slice(0, 32)}.bin`);

function typeOf(a: Section): TypeName {
  return a instanceof Uint8Array ? 'u8' : a instanceof Uint16Array ? 'u16' : a instanceof Int32Array ? 'i32' : 'f64';
}

/**
 * The tables of `name` (in its `variant`) for `key`: read from the cache when it holds them, else made by
 * `derive` and written there. The arrays read back are views of one buffer, aligned to 8 bytes. A file whose
 * tables `usable` refuses (it returns false or throws) is derived again and replaced.
 */
export function cachedDerived(name: string, key: string, derive: () => Derived, dir = derivedCacheDir(), variant = '', usable?: (tables: Derived) => boolean): Derived {
  if (!dir) return derive();
  const stem = stemOf(name, variant);
  const path = fileOf(dir, stem, key);
  const hit = readDerived(path, key);
  if (hit && (!usable || accepts(usable, hit))) return hit;
  const made = derive();
  writeDerived(dir, name, stem, path, key, made);
  return made;
}

function accepts(usable: (tables: Derived) => boolean, tables: Derived): boolean {
  try {
    return usable(tables);
  } catch {
    return false;
  }
}

/** The file's tables when it is a complete file of this format for this key; undefined otherwise. */
export function readDerived(path: string, key: string): Derived | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const nl = bytes.indexOf(10);
    if (nl < 0) return undefined;
    const header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as { format: string; key: string; meta: unknown; sections: [string, TypeName, number][] };
    if (header.format !== FORMAT || header.key !== key) return undefined;
    // The sections start at the first multiple of 8 after the header, in the buffer's own memory.
    let at = align(nl + 1);
    const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
    const arrays: Record<string, Section> = {};
    for (const [section, type, length] of header.sections) {
      const Type = TYPES[type];
      if (!Type) return undefined;
      const byteLength = length * Type.BYTES_PER_ELEMENT;
      if (at + byteLength > buffer.length) return undefined;
      arrays[section] = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + at, length);
      at = align(at + byteLength);
    }
    // A file cut short, or with bytes after its last section, is not one this code wrote.
    return at === buffer.length ? { meta: header.meta, arrays } : undefined;
  } catch {
    return undefined;
  }
}

const align = (n: number): number => Math.ceil(n / 8) * 8;

function writeDerived(dir: string, name: string, stem: string, path: string, key: string, made: Derived): void {
  const sections = Object.entries(made.arrays);
  const header = `${JSON.stringify({ format: FORMAT, key, meta: made.meta, sections: sections.map(([s, a]) => [s, typeOf(a), a.length]) })}\n`;
  let end = align(Buffer.byteLength(header));
  for (const [, a] of sections) end = align(end + a.byteLength);
  const out = Buffer.alloc(end);
  let at = out.write(header, 0, 'utf8');
  for (const [, a] of sections) {
    at = align(at);
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, out);
    renameSync(tmp, path);
    prune(dir, name, stem, path);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

const KEY_FILE = /^(.*)-[0-9a-f]{32}\.bin$/;

/**
 * Removes the files of `stem` (the name in this variant) other than `keep`, which were written under other keys,
 * and keeps the KEEP most recently written files of `name` over all its variants.
 */
function prune(dir: string, name: string, stem: string, keep: string): void {
  const files = readdirSync(dir)
    .map((f) => ({ f, stem: KEY_FILE.exec(f)?.[1] }))
    .filter((x): x is { f: string; stem: string } => x.stem === name || (x.stem?.startsWith(`${name}@`) ?? false))
    .map((x) => ({ path: join(dir, x.f), stale: x.stem === stem }))
    .filter((x) => x.path !== keep);
  for (const x of files) if (x.stale) rmSync(x.path, { force: true });
  const others = files
    .filter((x) => !x.stale)
    .map((x) => ({ path: x.path, t: statSync(x.path, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.t - a.t);
  for (const { path } of others.slice(KEEP - 1)) rmSync(path, { force: true });
}
