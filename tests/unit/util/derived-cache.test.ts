// The derived-data cache: tables made once, written under a key of their inputs, read back whole by later runs;
// another key, a damaged file or a directory that cannot be written means deriving again, never a wrong table.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_DIR_ENV, cachedDerived, derivedCacheDir, derivedKey, type Derived } from '../../../src/util/derived-cache.js';

const tables = (): Derived => ({
  meta: { words: ['上游', '下游'], count: 3 },
  arrays: {
    bytes: new Uint8Array([1, 2, 3]),
    codes: new Uint16Array([0x4e0a, 0x6e38, 0xffff]),
    ids: new Int32Array([-1, 7, 1 << 30]),
    values: new Float64Array([0.5, -2, 1e12 + 1]),
  },
});

describe('the derived-data cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-derived-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fileIn = (d: string): string => join(d, readdirSync(d).find((f) => f.endsWith('.bin'))!);

  test('tables made once are read back equal, of the same types, without deriving again', () => {
    const key = derivedKey(['rules v1', new Uint8Array([9, 9])]);
    let made = 0;
    const derive = (): Derived => (made++, tables());
    cachedDerived('sample', key, derive, dir);
    const read = cachedDerived('sample', key, derive, dir);
    expect(made).toBe(1);
    expect(read.meta).toEqual(tables().meta);
    for (const [name, a] of Object.entries(tables().arrays)) {
      expect(read.arrays[name]!.constructor).toBe(a.constructor);
      expect([...read.arrays[name]!]).toEqual([...a]);
    }
    expect(read.arrays.values!.byteOffset % 8).toBe(0);
  });

  test('another key is derived again and replaces the stale file of its name and variant', () => {
    let made = 0;
    const derive = (): Derived => (made++, tables());
    cachedDerived('sample', derivedKey(['a']), derive, dir);
    cachedDerived('sample', derivedKey(['b']), derive, dir);
    expect(readdirSync(dir)).toEqual([`sample-${derivedKey(['b']).slice(0, 32)}.bin`]);
    cachedDerived('sample', derivedKey(['a']), derive, dir);
    expect(made).toBe(3);
    expect(readdirSync(dir)).toEqual([`sample-${derivedKey(['a']).slice(0, 32)}.bin`]);
  });

  test('variants of a name are kept beside one another, each replaced by its own new keys only', () => {
    let made = 0;
    const derive = (): Derived => (made++, tables());
    cachedDerived('sample', derivedKey(['a']), derive, dir);
    cachedDerived('sample', derivedKey(['a', '330482']), derive, dir, '330482');
    cachedDerived('sample', derivedKey(['a', '330421']), derive, dir, '330421');
    // A name that begins like this one is another name.
    cachedDerived('sample-more', derivedKey(['a']), derive, dir);
    expect(readdirSync(dir)).toHaveLength(4);
    cachedDerived('sample', derivedKey(['a']), derive, dir);
    cachedDerived('sample', derivedKey(['a', '330421']), derive, dir, '330421');
    expect(made).toBe(4);
    // The lexicons change: each variant's next key replaces that variant's file alone.
    cachedDerived('sample', derivedKey(['b', '330482']), derive, dir, '330482');
    const files = readdirSync(dir);
    expect(files).toHaveLength(4);
    expect(files.filter((f) => f.startsWith('sample@')).some((f) => f.endsWith(`-${derivedKey(['a', '330482']).slice(0, 32)}.bin`))).toBe(false);
    expect(files.filter((f) => f.startsWith('sample@')).some((f) => f.endsWith(`-${derivedKey(['b', '330482']).slice(0, 32)}.bin`))).toBe(true);
    expect(files).toContain(`sample-${derivedKey(['a']).slice(0, 32)}.bin`);
    expect(files).toContain(`sample-more-${derivedKey(['a']).slice(0, 32)}.bin`);
    expect(made).toBe(5);
  });

  test('keys differ when the parts are split differently', () => {
    expect(derivedKey(['ab', 'c'])).not.toBe(derivedKey(['a', 'bc']));
    expect(derivedKey(['x'])).toBe(derivedKey([new Uint8Array([0x78])]));
  });

  test.each([
    ['that was cut short', (b: Buffer): Buffer => b.subarray(0, b.length - 8)],
    ['that has bytes after its end', (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc(8)])],
    ['whose header is not JSON', (b: Buffer): Buffer => Buffer.concat([Buffer.from('{oops'), b.subarray(b.indexOf(10))])],
    ['that is empty', (): Buffer => Buffer.alloc(0)],
  ])('a file %s is derived again and replaced', (_what, damage) => {
    const key = derivedKey(['k']);
    cachedDerived('sample', key, tables, dir);
    const path = fileIn(dir);
    writeFileSync(path, damage(readFileSync(path)));
    let made = 0;
    const read = cachedDerived('sample', key, () => (made++, tables()), dir);
    expect(made).toBe(1);
    expect([...read.arrays.ids!]).toEqual([-1, 7, 1 << 30]);
    expect(cachedDerived('sample', key, () => { throw new Error('derived a third time'); }, dir).meta).toEqual(tables().meta);
  });

  test('a file written under another key is not taken for this one', () => {
    cachedDerived('sample', derivedKey(['k']), tables, dir);
    const path = fileIn(dir);
    const other = derivedKey(['other']);
    const header = readFileSync(path, 'utf8').split('\n')[0]!;
    // The other key's file name, with the first key's contents.
    writeFileSync(join(dir, `sample-${other.slice(0, 32)}.bin`), readFileSync(path));
    expect(header).toContain(derivedKey(['k']));
    let made = 0;
    cachedDerived('sample', other, () => (made++, tables()), dir);
    expect(made).toBe(1);
  });

  test('a directory that cannot be written still gives the tables, and no temporary file is left', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a path under a file stands for an unwritable directory.
      const file = join(dir, 'a-file');
      writeFileSync(file, '');
      expect(cachedDerived('sample', derivedKey(['k']), tables, join(file, 'cache')).meta).toEqual(tables().meta);
      expect(readdirSync(dir)).toEqual(['a-file']);
    } else {
      chmodSync(dir, 0o500);
      expect(cachedDerived('sample', derivedKey(['k']), tables, dir).meta).toEqual(tables().meta);
      chmodSync(dir, 0o700);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  test('at most eight files of a name are kept, over all its variants', () => {
    for (let i = 0; i < 11; i++) cachedDerived('sample', derivedKey([`v${i}`]), tables, dir, `variant ${i}`);
    cachedDerived('other', derivedKey(['v0']), tables, dir);
    const files = readdirSync(dir);
    expect(files.filter((f) => f.startsWith('sample@'))).toHaveLength(8);
    expect(files.filter((f) => f.startsWith('other-'))).toHaveLength(1);
    // The newest is among them.
    expect(files.some((f) => f.endsWith(`-${derivedKey(['v10']).slice(0, 32)}.bin`))).toBe(true);
  });

  test(`${CACHE_DIR_ENV} moves the cache, and "off" turns it off`, () => {
    const before = process.env[CACHE_DIR_ENV];
    try {
      process.env[CACHE_DIR_ENV] = dir;
      expect(derivedCacheDir()).toBe(dir);
      process.env[CACHE_DIR_ENV] = 'off';
      expect(derivedCacheDir()).toBeUndefined();
      let made = 0;
      cachedDerived('sample', derivedKey(['k']), () => (made++, tables()));
      cachedDerived('sample', derivedKey(['k']), () => (made++, tables()));
      expect(made).toBe(2);
      delete process.env[CACHE_DIR_ENV];
      expect(derivedCacheDir()).toMatch(/\.cache\/?$/);
    } finally {
      if (before === undefined) delete process.env[CACHE_DIR_ENV];
      else process.env[CACHE_DIR_ENV] = before;
    }
  });
});
