// jieba, with its dictionary edited before loading: our place names, organisation endings, titles and
// programme words are added as words (so segmentation keeps 钟埭街道 or 人社局 whole) and a few of
// jieba's own tags are corrected (嘉兴 is a place, not a person). @node-rs/jieba cannot re-tag a word after
// loading, so the edits are made to the dictionary text itself.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import { KgError } from '../errors.js';
import { shortName, type Gazetteer } from '../gazetteer/index.js';
import type { ExtractLexicon } from './lexicon.js';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };

export type Tagger = JiebaType;

/** The unmodified dictionary, for baselines. */
export function plainJieba(): Tagger {
  return Jieba.withDict(dict);
}

export interface DictionaryEdit {
  word: string;
  freq: number;
  tag: string;
}

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

/** Words the lexicons contribute: places (ns), organisations (nt), endings and titles (n). */
export function lexiconWords(lex: ExtractLexicon, gazetteer: Gazetteer, localCounties: readonly string[]): DictionaryEdit[] {
  const out: DictionaryEdit[] = [];
  const add = (word: string, freq: number, tag: string): void => {
    if (word.length >= 2) out.push({ word, freq, tag });
  };
  for (const s of lex.orgSuffixes) add(s.suffix, 2000, 'n');
  for (const b of lex.govBodies.values()) add(b.name, 500, 'nt');
  for (const b of lex.govStandalone.values()) add(b.name, 500, 'nt');
  for (const t of lex.personTitles) add(t, 500, 'n');
  for (const t of lex.programmeTypes) add(t.word, 1000, 'n');
  const local = new Set(localCounties);
  for (const surface of gazetteer.surfaces()) {
    if (gazetteer.lookup(surface).some((e) => e.form === 'alias' && gazetteer.get(e.placeId)?.kind === 'DevelopmentZone')) add(surface, 300, 'ns');
  }
  for (const p of gazetteer.places.values()) {
    const big = p.kind === 'Province' || p.kind === 'City' || p.kind === 'County' || p.kind === 'Country' || p.kind === 'DevelopmentZone';
    const isLocal = p.code !== undefined && [...local].some((c) => p.code!.startsWith(c));
    if (!big && !isLocal) continue;
    add(p.name, 300, 'ns');
    if (p.kind !== 'Village' && p.kind !== 'Community') {
      const short = shortName(p.name) ?? p.name.replace(/(街道|镇|乡)$/, '');
      if (short !== p.name && (p.kind === 'Province' || isLocal)) add(short, 300, 'ns');
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

/**
 * Both tables over one map from word to a number packing its frequency and its tag's index: 350,000 words as
 * {freq, tag} objects in two maps were the largest part of `kg ner`'s start-up (1.8 of 5 s profiled on a busy
 * machine, and much of the garbage collector's 0.7 s), where one number a word allocates nothing.
 */
class PackedDictionary {
  private readonly words = new Map<string, number>();
  private readonly tagNames: string[] = [];
  private readonly tagIndex = new Map<string, number>();

  set(word: string, freq: number, tag: string): void {
    let t = this.tagIndex.get(tag);
    if (t === undefined) this.tagIndex.set(tag, (t = this.tagNames.push(tag) - 1));
    this.words.set(word, freq * TAG_SLOTS + t);
  }

  readonly tags: TagTable = {
    get: (word) => {
      const v = this.words.get(word);
      return v === undefined ? undefined : this.tagNames[v % TAG_SLOTS];
    },
    has: (word) => this.words.has(word),
  };

  readonly dictionary: Dictionary = {
    get: (word) => {
      const v = word.length >= 2 && word.length <= 4 ? this.words.get(word) : undefined;
      return v === undefined ? undefined : { freq: Math.floor(v / TAG_SLOTS), tag: this.tagNames[v % TAG_SLOTS]! };
    },
    has: (word) => word.length >= 2 && word.length <= 4 && this.words.has(word),
  };
}
/** More than jieba's tag set (about 60) and ours need. */
const TAG_SLOTS = 256;

export interface BuiltJieba {
  tagger: Tagger;
  dictionary: Dictionary;
  tags: TagTable;
}

const cache = new Map<string, BuiltJieba>();

/**
 * Dictionary words that glue an organisation's ending to a title (商会会长, 银行行长, 公司总裁): segmented whole,
 * they hide where the organisation's name ends (平湖市服装商会 / 会长). Titles that are words of their own
 * (党委书记) stay.
 */
export function gluedOrgTitle(lex: ExtractLexicon): (word: string) => boolean {
  const endings = new Set(lex.orgSuffixes.map((s) => s.suffix));
  return (word) => {
    if (word.length < 3 || lex.personTitleSet.has(word)) return false;
    for (let k = 1; k < word.length; k++) if (endings.has(word.slice(0, k)) && lex.personTitleSet.has(word.slice(k))) return true;
    return false;
  };
}

export function buildJieba(edits: readonly DictionaryEdit[], cacheKey: string, drop: (word: string) => boolean = () => false): BuiltJieba {
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const packed = new PackedDictionary();
  const text = Buffer.from(dict).toString('utf8');
  const byWord = new Map<string, DictionaryEdit>();
  for (const e of edits) byWord.set(e.word, e);
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    const word = line.slice(0, a);
    if (drop(word)) continue;
    const edit = byWord.get(word);
    if (edit) {
      const freq = Math.max(Number(line.slice(a + 1, b)), edit.freq);
      kept.push(`${word} ${freq} ${edit.tag}`);
      packed.set(word, freq, edit.tag);
      byWord.delete(word);
    } else {
      kept.push(line);
      packed.set(word, Number(line.slice(a + 1, b)), line.slice(b + 1).trim());
    }
  }
  for (const e of byWord.values()) {
    kept.push(`${e.word} ${e.freq} ${e.tag}`);
    packed.set(e.word, e.freq, e.tag);
  }
  const tagger = Jieba.withDict(Buffer.from(kept.join('\n') + '\n', 'utf8'));
  const built = { tagger, dictionary: packed.dictionary, tags: packed.tags };
  cache.set(cacheKey, built);
  return built;
}
