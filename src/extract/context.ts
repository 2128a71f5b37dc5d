// The per-text working state the recognizers share: jieba tokens with offsets, sentence spans, and fast
// lookups from a character position to the token that starts, ends or covers it.
import type { Gazetteer } from '../gazetteer/index.js';
import type { ExtractLexicon } from './lexicon.js';
import type { Dictionary, TagTable, Tagger } from './jieba.js';
import type { Trie } from './trie.js';
import type { Engine } from './hybrid.js';
import type { NerModel } from '../tagger/index.js';
import { codeTable } from './chars.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

export interface ExtractResources {
  lex: ExtractLexicon;
  gazetteer: Gazetteer;
  tagger: Tagger;
  /** jieba's dictionary (as edited): frequency and tag of words of two to four characters. */
  dictionary: Dictionary;
  /** Every dictionary word's tag: with `cut`, the same tokens as jieba's `tag` at a third of its cost. */
  tags: TagTable;
  /** Gazetteer names, for longest-match lookup: forward (names starting at) and reverse (names ending at). */
  placeTrie: Trie<string>;
  placeTrieReverse: Trie<string>;
  /** Characters that abbreviate a place on their own (中, 美, 京, 华). */
  abbreviationChars: ReadonlySet<string>;
  /** County-level codes of the paper's home area: villages and town short forms are recognised there. */
  localCounties: readonly string[];
  /** Who proposes names: the rules, the statistical tagger, or both (hybrid.ts). */
  engine: Engine;
  /** The tagger, unless the engine is the rules alone. */
  model?: NerModel;
}

export interface ExtractContext {
  text: string;
  tokens: Token[];
  /** Index of the token starting at a character position, or -1. */
  tokenStartingAt: Int32Array;
  /** Index of the token ending (exclusively) at a character position, or -1. */
  tokenEndingAt: Int32Array;
  /** Index of the token covering each character. */
  tokenAt: Int32Array;
  /** Where each token starts, and the text's length after the last (tokens.length + 1 entries). */
  tokenStart: Int32Array;
  sentences: Sentence[];
  sentenceAt: Int32Array;
  res: ExtractResources;
}

// Sentence ends (。！？!?；;\n) and the closing quotes and brackets kept with them (”’」』）)"), as tables by code
// unit: testing a regex on text[i] would allocate a string per character.
const SENTENCE_END = codeTable('。！？!?；;\n');
const CLOSERS = codeTable('”’」』）)"');

/**
 * The tags of the words met so far, up to a bound, per dictionary: running text repeats a few thousand words,
 * and a small table answers them from cache where the dictionary's 350,000 entries would not.
 */
const hotTagTables = new WeakMap<TagTable, Map<string, string>>();
const HOT_TAGS = 50_000;
const oneCharTagTables = new WeakMap<TagTable, Array<string | undefined>>();
const pairTagTables = new WeakMap<TagTable, PairTags>();

/**
 * The tags of two-character words met so far (the commonest length of a word), by their two code units: an
 * open-addressing table probed without hashing the word's string (a fresh string from jieba each time).
 */
class PairTags {
  private static readonly BITS = 17;
  /** Filled up to this many entries (of 2^BITS slots), then words of two characters go to the string table. */
  private static readonly MAX = 80_000;
  private readonly keys = new Int32Array(1 << PairTags.BITS);
  private readonly tags = new Array<string | undefined>(1 << PairTags.BITS).fill(undefined);
  private size = 0;
  private static slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - PairTags.BITS);
  }
  get(a: number, b: number): string | undefined {
    const key = (a << 16) | b;
    const mask = (1 << PairTags.BITS) - 1;
    for (let i = PairTags.slot(key); ; i = (i + 1) & mask) {
      const tag = this.tags[i];
      if (tag === undefined || this.keys[i] === key) return tag;
    }
  }
  /** Adds a word's tag; false when the table is full. */
  set(a: number, b: number, tag: string): boolean {
    if (this.size >= PairTags.MAX) return false;
    const key = (a << 16) | b;
    const mask = (1 << PairTags.BITS) - 1;
    let i = PairTags.slot(key);
    while (this.tags[i] !== undefined && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.tags[i] === undefined) this.size++;
    this.keys[i] = key;
    this.tags[i] = tag;
    return true;
  }
}

export function buildContext(text: string, res: ExtractResources): ExtractContext {
  const words = res.tagger.cut(text, true);
  return contextFromWords(text, words, res, new Int32Array(4 * text.length + 3 + words.length + 1));
}

/**
 * Contexts of several texts: jieba segments them all first, then the contexts are built. jieba's dictionary
 * stays in the processor's cache while it segments; interleaved with the recognizers' own tables, the same
 * `cut` calls took twice as long.
 */
export function buildContexts(texts: readonly string[], res: ExtractResources): ExtractContext[] {
  const words = texts.map((t) => res.tagger.cut(t, true));
  // The position tables of the whole batch are views of one buffer: a sentence at a time, as `kg ner` reads,
  // a backing store per text was a visible cost.
  let total = 0;
  for (let i = 0; i < texts.length; i++) total += 4 * texts[i]!.length + 3 + words[i]!.length + 1;
  const buffer = new Int32Array(total);
  let offset = 0;
  return texts.map((t, i) => {
    const size = 4 * t.length + 3 + words[i]!.length + 1;
    const ctx = contextFromWords(t, words[i]!, res, buffer.subarray(offset, offset + size));
    offset += size;
    return ctx;
  });
}

/**
 * The context of a text from jieba's `cut`, tagged from the dictionary exactly as its `tag` does (a dictionary
 * word takes its entry's tag; any other word is m when its ASCII letters and digits are all digits, eng when it
 * has letters, x when it has neither): the same tokens in a third of the time, since `tag` builds an object per
 * word across N-API.
 */
/** `buffer` holds the four position tables and the tokens' starts: 4 × text.length + 3 + words.length + 1 entries. */
function contextFromWords(text: string, words: readonly string[], res: ExtractResources, buffer: Int32Array): ExtractContext {
  let hotTags = hotTagTables.get(res.tags);
  if (!hotTags) hotTagTables.set(res.tags, (hotTags = new Map()));
  let oneCharTags = oneCharTagTables.get(res.tags);
  if (!oneCharTags) oneCharTagTables.set(res.tags, (oneCharTags = new Array<string | undefined>(0x10000).fill(undefined)));
  let pairTags = pairTagTables.get(res.tags);
  if (!pairTags) pairTagTables.set(res.tags, (pairTags = new PairTags()));
  const tokens: Token[] = new Array<Token>(words.length);
  // The four position tables are views of one buffer.
  const n = text.length;
  const tokenStartingAt = buffer.subarray(0, n + 1).fill(-1);
  const tokenEndingAt = buffer.subarray(n + 1, 2 * n + 2).fill(-1);
  const tokenAt = buffer.subarray(2 * n + 2, 3 * n + 2);
  const sentenceAt = buffer.subarray(3 * n + 2, 4 * n + 3);
  const tokenStart = buffer.subarray(4 * n + 3, 4 * n + 3 + words.length + 1);
  let pos = 0;
  for (let idx = 0; idx < words.length; idx++) {
    const word = words[idx]!;
    const start = pos;
    const end = pos + word.length;
    // A word of one or two characters has its tag read from a table by its codes (no string hashing); others
    // from the cache.
    const len = word.length;
    let tag = len === 1 ? oneCharTags[word.charCodeAt(0)] : len === 2 ? pairTags.get(word.charCodeAt(0), word.charCodeAt(1)) : undefined;
    if (tag === undefined && len !== 1) tag = hotTags.get(word);
    if (tag === undefined) {
      tag = res.tags.get(word) ?? fallbackTag(word);
      if (len === 1) oneCharTags[word.charCodeAt(0)] = tag;
      else if ((len !== 2 || !pairTags.set(word.charCodeAt(0), word.charCodeAt(1), tag)) && hotTags.size < HOT_TAGS) hotTags.set(word, tag);
    }
    tokens[idx] = { word, tag, start, end };
    tokenStart[idx] = start;
    tokenStartingAt[start] = idx;
    tokenEndingAt[end] = idx;
    for (let k = start; k < end; k++) tokenAt[k] = idx;
    pos = end;
  }
  if (pos !== text.length) throw new Error(`buildContext: jieba returned ${pos} of ${text.length} characters`);
  tokenStart[words.length] = pos;
  const sentences = splitSentences(text);
  for (const s of sentences) sentenceAt.fill(s.index, s.start, s.end + 1);
  return { text, tokens, tokenStartingAt, tokenEndingAt, tokenAt, tokenStart, sentences, sentenceAt, res };
}

/** jieba's tag for a word outside its dictionary. */
export function fallbackTag(word: string): string {
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters + digits === 0 ? 'x' : letters === 0 ? 'm' : 'eng';
}

/**
 * A local paper's dateline with the byline in brackets opening a body (本报讯（记者 某某 通讯员 某某）, 本报6月3日讯（通讯员
 * 某某）): a sentence of its own, so that what the report says opens its first sentence (在某镇某村，…) and the
 * reporters are no part of it.
 */
export const DATELINE_BYLINE = /^本报[^\s，。（(]{0,12}?讯\s*[（(][^（()）\n，。]{0,12}?(?:记者|通讯员|实习生|特约|撰稿|摄影)[^（()）\n，。]{0,40}[）)]/u;

/** Sentences end at 。！？； or a line break, keeping closing quotes with the sentence they close; a dateline's byline is one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let checked = -1;
  for (let i = 0; i < text.length; i++) {
    if (start !== checked && i === start) {
      checked = start;
      const dateline = text.charCodeAt(start) === 0x672c /* 本 */ ? DATELINE_BYLINE.exec(text.slice(start, start + 80)) : null;
      if (dateline && start + dateline[0].length < text.length && text[start + dateline[0].length] !== '\n') {
        out.push({ index: out.length, start, end: start + dateline[0].length });
        start += dateline[0].length;
        i = start - 1;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (!SENTENCE_END[c]) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS[text.charCodeAt(end)]) end++;
    if (c === 10 /* \n */) end = i;
    if (end > start) out.push({ index: out.length, start, end });
    start = c === 10 ? i + 1 : end;
    i = Math.max(i, end - 1);
  }
  if (start < text.length) out.push({ index: out.length, start, end: text.length });
  return out;
}

/**
 * A word jieba knows, and often, as something other than a name (水平, 国家, 文明 once re-tagged). Rare
 * dictionary entries (锦涛, 3 occurrences) say little.
 */
export function isOrdinaryWord(ctx: ExtractContext, word: string, minFreq = 30): boolean {
  const d = ctx.res.dictionary.get(word);
  return d !== undefined && d.freq >= minFreq && !NAME_TAGS.has(d.tag);
}

const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'ns', 'nt']);
/**
 * 智能化, 数字化: a word of -ization whose stem is a common word of the dictionary (jieba tags some of them nr, and
 * they describe: no person's name, no word of a body's name).
 */
export function isIzationWord(ctx: ExtractContext, word: string): boolean {
  if (word.length < 3 || !word.endsWith('化')) return false;
  const d = ctx.res.dictionary.get(word.slice(0, -1));
  return d !== undefined && !PERSON_NAME_TAGS.has(d.tag);
}

const PERSON_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);

export function isTokenStart(ctx: ExtractContext, pos: number): boolean {
  return pos >= 0 && pos <= ctx.text.length && (pos === ctx.text.length || ctx.tokenStartingAt[pos]! !== -1);
}

export function isTokenEnd(ctx: ExtractContext, pos: number): boolean {
  return pos === 0 || (pos <= ctx.text.length && ctx.tokenEndingAt[pos]! !== -1);
}

/**
 * jieba glues a place's ending to a locative after it (白马镇|里 as 镇里, 村里, 乡上): `pos` falls inside such a word,
 * right after its ending character, so a place's name may end there (白马镇里开展…) and the next name start there
 * (某镇里光村: the village is 里光村, as any name between a town and 村 is).
 */
export function endsBeforeGluedLocative(ctx: ExtractContext, pos: number): boolean {
  if (pos <= 0 || pos >= ctx.text.length) return false;
  const t = ctx.tokens[ctx.tokenAt[pos - 1]!];
  return t !== undefined && t.start === pos - 1 && t.end === pos + 1 && GLUED_ENDING[ctx.text.charCodeAt(pos - 1)] === 1 && GLUED_LOCATIVE[ctx.text.charCodeAt(pos)] === 1;
}

const GLUED_ENDING = codeTable('镇乡村县区');

/**
 * 江平镇|长山村: jieba read a town's ending and the first character of the village after it as the word for the
 * town's head (镇长|山村/ns, 乡长|岭村): the town's name ends at `pos`, inside that word, where the rest of the word and
 * the next one, of two characters ending in 村, make the village's name.
 */
export function endsBeforeGluedVillage(ctx: ExtractContext, pos: number): boolean {
  if (pos <= 0 || pos >= ctx.text.length - 2) return false;
  const t = ctx.tokens[ctx.tokenAt[pos - 1]!];
  if (t === undefined || t.start !== pos - 1 || t.end !== pos + 1 || !HEAD_AFTER_TOWN.has(t.word)) return false;
  const next = ctx.tokens[ctx.tokenStartingAt[pos + 1] ?? -1];
  return next !== undefined && next.word.length === 2 && next.word.endsWith('村') && /^(?:ns|nz|x)$/u.test(next.tag);
}

const HEAD_AFTER_TOWN = new Set(['镇长', '乡长']);
const GLUED_LOCATIVE = codeTable('里上内');

/** The token that ends exactly at `pos`, if any. */
export function tokenBefore(ctx: ExtractContext, pos: number): Token | undefined {
  const i = ctx.tokenEndingAt[pos] ?? -1;
  return i >= 0 ? ctx.tokens[i] : undefined;
}

export function tokenAfter(ctx: ExtractContext, pos: number): Token | undefined {
  const i = ctx.tokenStartingAt[pos] ?? -1;
  return i >= 0 ? ctx.tokens[i] : undefined;
}
