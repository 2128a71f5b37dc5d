// The feature function: what the tagger sees at one character. This is the one place to read. Every feature is
// a string — a template's name and the code units of its value (`c-1c0=平湖`, `wt.B=ns`, `pls=3`) — written to a
// sink. The string sink builds the strings (tests, reading what the model sees) and the weight row of each; the
// hot path, `featureRows` below, finds the same rows from values computed once per text, and is checked against
// the strings character by character in tests.
//
// A feature's row is (line << 3) | slot: the line is a hash of its template's group and its value, the slot its
// template's place in the group. Templates that read one value at neighbouring characters share a group — the
// unigram 平 is c2 at one character, c1 at the next, …, c-2 four characters on; the word 平湖 is w.B then w.E —
// so their weights sit in one cache line of the weight table, fetched once for several characters.
import { hashString, hashUnit, rowOf } from './hash.js';
import type { PreparedText } from './prepare.js';
import { LEXICONS } from './feature-lexicons.js';

/** Before the sentence's first character and after its last. */
export const BOS = '␂'.charCodeAt(0);
export const EOS = '␃'.charCodeAt(0);

export interface Template {
  /** What the feature string starts with. */
  name: string;
  /** The hash of the template's group, where hashing its value starts. */
  seed: number;
  /** The template's place in its group's line (0–7). */
  slot: number;
}

const tpl = (name: string, group: string, slot: number): Template => ({ name, seed: hashString(group), slot });

/** The weight row of a feature whose value hashed (from its template's seed) to `h`, in a table of 2^bits rows. */
export function rowIn(h: number, slot: number, bits: number): number {
  return (rowOf(h, bits - 3) << 3) | slot;
}

export interface FeatureSink {
  open(t: Template): void;
  unit(code: number): void;
  close(): void;
}

const BIAS = tpl('b', 'b', 0);
/**
 * The characters before, at and after i: one group (a character's line serves the three characters around it).
 * A ±2 window, the pairs two characters away and the pair around i scored 0.5 F1 more on the People's Daily dev
 * split and cost a fifth of the tagger's time; they are left out.
 */
const UNIGRAMS = [-1, 0, 1].map((k, slot) => ({ k, template: tpl(`c${k}=`, 'c', slot) }));
/** The pairs before and after i: one group. */
const BIGRAMS = [[-1, 0], [0, 1]].map(([a, b], slot) => ({ a: a!, b: b!, template: tpl(`c${a}c${b}=`, 'cc', slot) }));
const TRIGRAM = tpl('c-1c0c1=', 'ccc', 0);
/** Character classes (Han, numeral, digit, Latin, punctuation, space, other) of i-1, i, i+1. */
const CLASSES = tpl('k-1k0k1=', 'k', 0);
/** Where i sits in jieba's word around it (B, M, E, S for a one-character word). */
const POSITIONS = ['B', 'M', 'E', 'S'] as const;
/** The word's length; its tag; the word itself (2 to 6 characters), each by position. */
const WORD_SHAPE = POSITIONS.map((pos, slot) => tpl(`wp.${pos}=`, 'wp', slot));
const WORD_TAG = POSITIONS.map((pos, slot) => tpl(`wt.${pos}=`, 'wt', slot));
const WORD = POSITIONS.slice(0, 3).map((pos, slot) => tpl(`w.${pos}=`, 'w', slot));
/** At a word's first (last) character: the tag of the word before (after) it, in the tag's line. */
const PREV_TAG = tpl('wtp=', 'wt', 4);
const NEXT_TAG = tpl('wtn=', 'wt', 5);
/** Per lexicon: a match starts here (with its length), ends here (length), ended just before, starts just after. */
const LEX = LEXICONS.map((l) => ({ starts: tpl(`${l.code}s=`, l.code, 0), ends: tpl(`${l.code}e=`, l.code, 1), after: tpl(`${l.code}p`, l.code, 2), before: tpl(`${l.code}n`, l.code, 3) }));

const MAX_WORD_FEATURE = 6;

function codeAt(p: PreparedText, s: number, e: number, j: number): number {
  return j < s ? BOS : j >= e ? EOS : p.codes[j]!;
}

function units(out: FeatureSink, s: string): void {
  for (let k = 0; k < s.length; k++) out.unit(s.charCodeAt(k));
}

/** A length as one digit (9 for nine and more). */
const lengthUnit = (n: number): number => 48 + (n > 9 ? 9 : n);

/** Where character i sits in the word [start, end): 0 B, 1 M, 2 E, or 3 S for a one-character word. */
function positionIn(start: number, end: number, i: number): number {
  return end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1;
}

function one(out: FeatureSink, t: Template, ...codes: number[]): void {
  out.open(t);
  for (const c of codes) out.unit(c);
  out.close();
}

/** The features of character `i` of the sentence [s, e) of a prepared text. */
export function emitFeatures(p: PreparedText, s: number, e: number, i: number, out: FeatureSink): void {
  one(out, BIAS);
  for (const u of UNIGRAMS) one(out, u.template, codeAt(p, s, e, i + u.k));
  for (const g of BIGRAMS) one(out, g.template, codeAt(p, s, e, i + g.a), codeAt(p, s, e, i + g.b));
  one(out, TRIGRAM, codeAt(p, s, e, i - 1), p.codes[i]!, codeAt(p, s, e, i + 1));
  one(out, CLASSES, i > s ? p.classes[i - 1]! : BOS, p.classes[i]!, i + 1 < e ? p.classes[i + 1]! : EOS);

  const w = p.tokenAt[i]!;
  const tok = p.tokens[w]!;
  const len = tok.end - tok.start;
  const pos = positionIn(tok.start, tok.end, i);
  one(out, WORD_SHAPE[pos]!, lengthUnit(len));
  out.open(WORD_TAG[pos]!);
  units(out, tok.tag);
  out.close();
  if (len > 1 && len <= MAX_WORD_FEATURE) {
    out.open(WORD[pos]!);
    for (let k = tok.start; k < tok.end; k++) out.unit(p.codes[k]!);
    out.close();
  }
  if (i === tok.start) {
    out.open(PREV_TAG);
    if (tok.start > s && w > 0) units(out, p.tokens[w - 1]!.tag);
    else out.unit(BOS);
    out.close();
  }
  if (i === tok.end - 1) {
    out.open(NEXT_TAG);
    if (tok.end < e && w + 1 < p.tokens.length) units(out, p.tokens[w + 1]!.tag);
    else out.unit(EOS);
    out.close();
  }

  // Lexicon matches (surnames, places, organisation endings, titles …; see feature-lexicons.ts), for the
  // lexicons with an entry starting or ending at i, ending at i - 1 or starting at i + 1.
  const L = LEX.length;
  const endedBefore = i > s ? p.endMask[i - 1]! : 0;
  const startsAfter = i + 1 < e ? p.startMask[i + 1]! : 0;
  for (let m = p.startMask[i]! | p.endMask[i]! | endedBefore | startsAfter; m !== 0; m &= m - 1) {
    const l = 31 - Math.clz32(m & -m);
    const t = LEX[l]!;
    const starts = p.lexStart[i * L + l]!;
    const ends = p.lexEnd[i * L + l]!;
    if (starts) one(out, t.starts, lengthUnit(starts));
    if (ends && !(ends === 1 && starts === 1)) one(out, t.ends, lengthUnit(ends));
    if (endedBefore & (1 << l)) one(out, t.after);
    if (startsAfter & (1 << l)) one(out, t.before);
  }
}

/** Builds the feature strings, and the row of each in a table of 2^bits rows. */
export class StringSink implements FeatureSink {
  readonly features: string[] = [];
  readonly rows: number[] = [];
  private current = '';
  private template: Template = BIAS;
  private h = 0;
  constructor(private readonly bits = 18) {}
  open(t: Template): void {
    this.current = t.name;
    this.template = t;
    this.h = t.seed;
  }
  unit(code: number): void {
    this.current += String.fromCharCode(code);
    this.h = hashUnit(this.h, code);
  }
  close(): void {
    this.features.push(this.current);
    this.rows.push(rowIn(this.h, this.template.slot, this.bits));
  }
}

/** The feature strings of character `i` (sentence [s, e)). */
export function featureStrings(p: PreparedText, s: number, e: number, i: number): string[] {
  const sink = new StringSink();
  emitFeatures(p, s, e, i, sink);
  return sink.features;
}

// ---------------------------------------------------------------------------------------------------------------
// The hot path: the same rows, from lines computed once per text (`featureLines`) — the unigram and bigram lines
// of every position, the shape, tag and word lines of every token — so that most features of a character cost
// no hashing at all.

const U = UNIGRAMS[0]!.template.seed;
const G = BIGRAMS[0]!.template.seed;
const WP = WORD_SHAPE[0]!.seed;
const WT = WORD_TAG[0]!.seed;
const WW = WORD[0]!.seed;

/** Lines of a prepared text in a table of 2^bits rows. */
export interface FeatureLines {
  bits: number;
  /** uni[j]: the line of the character at j; bi[j]: of the pair at j, j + 1 (the text's last: unused). */
  uni: Int32Array;
  bi: Int32Array;
  /** Per token: the lines of its length (shape), its tag, and the word (-1 when not a feature). */
  word: Int32Array;
  /** The rows and lines that depend on nothing but the table's size (see `fixedLines`). */
  fixed: FixedLines;
}

/**
 * Rows and lines of features whose value is fixed or one of a few: the bias's row, the sentence edges' lines, and
 * per lexicon the lines of a match's length (starts, ends: by lengthUnit's digit) and of its neighbours' flags.
 */
interface FixedLines {
  bits: number;
  bias: number;
  uniBos: number;
  uniEos: number;
  tagBos: number;
  tagEos: number;
  /** lexStarts[l * 10 + d], lexEnds[l * 10 + d]: the line of lexicon l's match of length digit d (lengthUnit - 48). */
  lexStarts: Int32Array;
  lexEnds: Int32Array;
  lexAfter: Int32Array;
  lexBefore: Int32Array;
}

function fixedLines(bits: number): FixedLines {
  const L = LEX.length;
  const out: FixedLines = {
    bits,
    bias: rowIn(BIAS.seed, 0, bits),
    uniBos: edgeLine(U, BOS, bits),
    uniEos: edgeLine(U, EOS, bits),
    tagBos: edgeLine(WT, BOS, bits),
    tagEos: edgeLine(WT, EOS, bits),
    lexStarts: new Int32Array(L * 10),
    lexEnds: new Int32Array(L * 10),
    lexAfter: new Int32Array(L),
    lexBefore: new Int32Array(L),
  };
  for (let l = 0; l < L; l++) {
    const t = LEX[l]!;
    for (let d = 0; d < 10; d++) {
      out.lexStarts[l * 10 + d] = line(hashUnit(t.starts.seed, 48 + d), bits);
      out.lexEnds[l * 10 + d] = line(hashUnit(t.ends.seed, 48 + d), bits);
    }
    out.lexAfter[l] = line(t.after.seed, bits);
    out.lexBefore[l] = line(t.before.seed, bits);
  }
  return out;
}

const line = (h: number, bits: number): number => rowOf(h, bits - 3) << 3;

/** The lines of a prepared text, into arrays of `into` when they are large enough (then valid until its next use). */
export function featureLines(p: PreparedText, bits: number, into?: FeatureLines): FeatureLines {
  const { codes, tokens } = p;
  const n = codes.length;
  if (!into || into.uni.length < n || into.word.length < 3 * tokens.length) {
    into = { bits, uni: new Int32Array(2 * n), bi: new Int32Array(2 * n), word: new Int32Array(6 * tokens.length), fixed: into?.fixed.bits === bits ? into.fixed : fixedLines(bits) };
  }
  into.bits = bits;
  if (into.fixed.bits !== bits) into.fixed = fixedLines(bits);
  for (let j = 0; j < n; j++) {
    into.uni[j] = line(hashUnit(U, codes[j]!), bits);
    if (j + 1 < n) into.bi[j] = line(hashUnit(hashUnit(G, codes[j]!), codes[j + 1]!), bits);
  }
  for (let w = 0; w < tokens.length; w++) {
    const tok = tokens[w]!;
    const len = tok.end - tok.start;
    into.word[3 * w] = line(hashUnit(WP, lengthUnit(len)), bits);
    into.word[3 * w + 1] = line(hashString(tok.tag, WT), bits);
    let h = WW;
    for (let k = tok.start; k < tok.end; k++) h = hashUnit(h, codes[k]!);
    into.word[3 * w + 2] = len > 1 && len <= MAX_WORD_FEATURE ? line(h, bits) : -1;
  }
  return into;
}


/** Writes the rows of character `i`'s features into `rows` from `at`, in emitFeatures' order; returns how many. */
export function featureRows(p: PreparedText, f: FeatureLines, s: number, e: number, i: number, rows: Int32Array, at = 0): number {
  const bits = f.bits;
  const fixed = f.fixed;
  const codes = p.codes;
  let n = at;
  rows[n++] = fixed.bias;
  // Unigrams: the character's line, or the edge's; bigrams: the pair's line when both are inside the sentence.
  const cm1 = i - 1 >= s ? codes[i - 1]! : BOS;
  const c1 = i + 1 < e ? codes[i + 1]! : EOS;
  rows[n++] = (i > s ? f.uni[i - 1]! : fixed.uniBos) | 0;
  rows[n++] = f.uni[i]! | 1;
  rows[n++] = (i + 1 < e ? f.uni[i + 1]! : fixed.uniEos) | 2;
  rows[n++] = i > s ? f.bi[i - 1]! : line(hashUnit(hashUnit(G, BOS), codes[i]!), bits);
  rows[n++] = (i + 1 < e ? f.bi[i]! : line(hashUnit(hashUnit(G, codes[i]!), EOS), bits)) | 1;
  rows[n++] = line(hashUnit(hashUnit(hashUnit(TRIGRAM.seed, cm1), codes[i]!), c1), bits);
  const classes = p.classes;
  rows[n++] = line(hashUnit(hashUnit(hashUnit(CLASSES.seed, i > s ? classes[i - 1]! : BOS), classes[i]!), i + 1 < e ? classes[i + 1]! : EOS), bits);

  const w = p.tokenAt[i]!;
  const start = p.tokenStart[w]!;
  const end = p.tokenStart[w + 1]!;
  const pos = positionIn(start, end, i);
  const wl = f.word;
  rows[n++] = wl[3 * w]! | pos;
  rows[n++] = wl[3 * w + 1]! | pos;
  if (wl[3 * w + 2]! >= 0) rows[n++] = wl[3 * w + 2]! | pos;
  if (i === start) rows[n++] = (start > s && w > 0 ? wl[3 * (w - 1) + 1]! : fixed.tagBos) | 4;
  if (i === end - 1) rows[n++] = (end < e && w + 1 < p.tokens.length ? wl[3 * (w + 1) + 1]! : fixed.tagEos) | 5;

  const L = LEX.length;
  const endedBefore = i > s ? p.endMask[i - 1]! : 0;
  const startsAfter = i + 1 < e ? p.startMask[i + 1]! : 0;
  for (let m = p.startMask[i]! | p.endMask[i]! | endedBefore | startsAfter; m !== 0; m &= m - 1) {
    const l = 31 - Math.clz32(m & -m);
    const starts = p.lexStart[i * L + l]!;
    const ends = p.lexEnd[i * L + l]!;
    // (The length's digit as lengthUnit gives it: nine for nine and more.)
    if (starts) rows[n++] = fixed.lexStarts[l * 10 + (starts > 9 ? 9 : starts)]!;
    if (ends && !(ends === 1 && starts === 1)) rows[n++] = fixed.lexEnds[l * 10 + (ends > 9 ? 9 : ends)]! | 1;
    if (endedBefore & (1 << l)) rows[n++] = fixed.lexAfter[l]! | 2;
    if (startsAfter & (1 << l)) rows[n++] = fixed.lexBefore[l]! | 3;
  }
  return n - at;
}

/** The line of a group's feature whose value is a sentence edge alone (no character, no word before or after). */
function edgeLine(seed: number, code: number, bits: number): number {
  return line(hashUnit(seed, code), bits);
}

/**
 * What the features are, as a hash of every template (name, group, slot), the lexicons and the word-length limit:
 * recorded in a model file when it is trained, and checked when it is loaded, so that a model never silently meets
 * features it was not trained on. A change to what a template reads (not only its name) needs a new FEATURES_VERSION.
 */
const FEATURES_VERSION = 2;
export const FEATURE_SIGNATURE = (
  hashString(
    JSON.stringify([
      FEATURES_VERSION,
      MAX_WORD_FEATURE,
      [BIAS, ...UNIGRAMS.map((u) => u.template), ...BIGRAMS.map((g) => g.template), TRIGRAM, CLASSES, ...WORD_SHAPE, ...WORD_TAG, ...WORD, PREV_TAG, NEXT_TAG, ...LEX.flatMap((l) => [l.starts, l.ends, l.after, l.before])].map((t) => [t.name, t.seed, t.slot]),
      LEXICONS.map((l) => [l.code, l.file]),
    ]),
  ) >>> 0
).toString(16);

/** The most features a character can have (featureRows writes at most this many). */
export const MAX_FEATURES = 1 + UNIGRAMS.length + BIGRAMS.length + 1 + 1 + 5 + 4 * LEX.length;
