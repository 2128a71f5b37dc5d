// The word lists the tagger's features consult. They are a snapshot, in model/feature-lexicons/, of the
// extraction's lexicons and gazetteer as they stood when the model was trained (written by `npm run train`,
// hashed into the model's checksum): the extraction's own lists change every week, and a feature whose meaning
// changed under a trained model would quietly make it worse. Retraining takes a new snapshot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';
import { cachedDerived, combineDerived, derivedCacheDir, derivedKey, derivedPart } from '../util/derived-cache.js';
import { PAIR_BITS, Trie, pairBit } from '../extract/trie.js';

export { pairBit } from '../extract/trie.js';

export interface LexiconSpec {
  /** Two letters naming the lexicon in feature strings (`pls=3`: a place name of 3 characters starts here). */
  code: string;
  file: string;
  what: string;
}

/** In feature order; a new lexicon changes every model's features, so it comes with retraining. */
export const LEXICONS: readonly LexiconSpec[] = [
  { code: 'sn', file: 'surnames.txt', what: 'Chinese surnames, one and two characters' },
  { code: 'gn', file: 'given-name-chars.txt', what: 'characters common in given names' },
  { code: 'pl', file: 'places.txt', what: 'gazetteer names of two or more characters: provinces to towns, zones, countries, world places, landmarks' },
  { code: 'pa', file: 'place-abbreviations.txt', what: 'one-character abbreviations of places (京, 沪, 美)' },
  { code: 'oe', file: 'org-endings.txt', what: 'organisation endings (有限公司, 协会, 大学)' },
  { code: 'gb', file: 'gov-bodies.txt', what: 'government and party bodies (人社局, 组织部, 政协)' },
  { code: 'ze', file: 'zone-endings.txt', what: 'development-zone endings (高新区, 经济开发区)' },
  { code: 'ti', file: 'person-titles.txt', what: 'titles before or after a name (董事长, 书记, 博士)' },
  { code: 'sv', file: 'speech-verbs.txt', what: 'verbs of saying after a name (说, 表示)' },
];

export interface FeatureLexicons {
  /** Every lexicon's entries of two or more characters in one forward trie; an entry's values are the indices (in LEXICONS) of the lexicons listing it. */
  trie: Trie<number>;
  /** One-character entries: bit l set at a character's code when lexicon l lists it alone. */
  chars: Uint16Array;
  /** A bit per hashed pair of code units that opens some entry of two or more characters (pairBit): a walk of the trie is skipped where none does. */
  pairs: Uint8Array;
}

/** Entries of one snapshot file: one per line, `#` comments; no spaces inside an entry. */
export function readLexiconFile(path: string): string[] {
  return lexiconEntries(readText(path), path);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read the tagger's feature lexicon (${(e as Error).message})`, { subject: path, hint: 'run `npm run train` to write the snapshot' });
  }
}

function lexiconEntries(text: string, path: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, k) => {
    const entry = line.trim();
    if (!entry || entry.startsWith('#')) return;
    if (/\s/.test(entry)) throw new KgError('DATA_INVALID', `line ${k + 1}: an entry has no spaces ("${entry}")`, { subject: path });
    out.push(entry);
  });
  return out;
}

/** How the lexicons are read and their trie laid out: part of what a cached copy is derived from. */
const SOURCES = [new URL('./feature-lexicons.ts', import.meta.url), new URL('../extract/trie.ts', import.meta.url)].map((u) => fileURLToPath(u));

/**
 * The snapshot in `dir`, as the features read it. Its 50,000 place names made a trie that took a tenth of a
 * start-up to build and compile: the result is kept in the derived-data cache (util/derived-cache.ts) under a key
 * of the files' contents and of this code. A file read from the cache was checked when it was made.
 */
export function loadFeatureLexicons(dir: string, cacheDir = derivedCacheDir()): FeatureLexicons {
  const texts = LEXICONS.map((spec) => readText(join(dir, spec.file)));
  const key = derivedKey([...SOURCES.map((f) => readFileSync(f)), ...texts]);
  const saved = cachedDerived(
    'feature-lexicons',
    key,
    () => {
      const trie = new Trie<number>();
      const chars = new Uint16Array(0x10000);
      const pairs = new Uint8Array((1 << PAIR_BITS) / 8);
      LEXICONS.forEach((spec, l) => {
        for (const entry of lexiconEntries(texts[l]!, join(dir, spec.file))) {
          if (entry.length === 1) chars[entry.charCodeAt(0)]! |= 1 << l;
          else {
            trie.add(entry, l);
            const bit = pairBit(entry.charCodeAt(0), entry.charCodeAt(1));
            pairs[bit >>> 3]! |= 1 << (bit & 7);
          }
        }
      });
      return combineDerived({ trie: trie.save((l) => l), tables: { meta: null, arrays: { chars, pairs } } });
    },
    cacheDir,
    dir,
  );
  const tables = derivedPart(saved, 'tables').arrays as { chars: Uint16Array; pairs: Uint8Array };
  return { trie: Trie.restore(derivedPart(saved, 'trie'), (l) => l), chars: tables.chars, pairs: tables.pairs };
}
