// The feature function: what the tagger sees at one character. This is the one place to read. Every feature is
// a string — a template's name and the code units of its value (`c-1c0=平湖`, `wt=ns.B`, `pls=3`) — written to a
// sink: the string sink builds the strings (tests, reading what the model sees), the hash sink hashes the same
// code units into weight rows without building them. `featureRows` below is the hot path's copy of this function,
// checked against it character by character in tests.
import { hashString, hashUnit, rowOf } from './hash.js';
import type { PreparedText } from './prepare.js';
import { LEXICONS } from './feature-lexicons.js';

/** Before the sentence's first character and after its last. */
export const BOS = '␂'.charCodeAt(0);
export const EOS = '␃'.charCodeAt(0);

export interface Template {
  name: string;
  hash: number;
}

const tpl = (name: string): Template => ({ name, hash: hashString(name) });

export interface FeatureSink {
  open(t: Template): void;
  unit(code: number): void;
  close(): void;
}

const BIAS = tpl('b');
/** Character n-grams by their offsets from i: a ±2 window, neighbouring pairs, the pair around i, the trigram on i. */
const NGRAMS = [[-2], [-1], [0], [1], [2], [-2, -1], [-1, 0], [0, 1], [1, 2], [-1, 1], [-1, 0, 1]].map((offsets) => ({
  offsets,
  template: tpl(`${offsets.map((k) => `c${k}`).join('')}=`),
}));
const CLASSES = tpl('k-1k0k1=');
/** jieba's word around i: its length, its tag, the word itself (2 to 6 characters), each with where i sits in it. */
const WORD_SHAPE = tpl('wp=');
const WORD_TAG = tpl('wt=');
const WORD = tpl('w=');
/** At a word's first (last) character: the tag of the word before (after) it. */
const PREV_TAG = tpl('wtp=');
const NEXT_TAG = tpl('wtn=');
/** Per lexicon: a match starts here (with its length), ends here (length), ended just before, starts just after. */
const LEX = LEXICONS.map((l) => ({ starts: tpl(`${l.code}s=`), ends: tpl(`${l.code}e=`), after: tpl(`${l.code}p`), before: tpl(`${l.code}n`) }));

const MAX_WORD_FEATURE = 6;
const DOT = 46;
const POSITION = { B: 66, M: 77, E: 69, S: 83 } as const;

function codeAt(p: PreparedText, s: number, e: number, j: number): number {
  return j < s ? BOS : j >= e ? EOS : p.codes[j]!;
}

function units(out: FeatureSink, s: string): void {
  for (let k = 0; k < s.length; k++) out.unit(s.charCodeAt(k));
}

/** A length as one digit (9 for nine and more). */
const lengthUnit = (n: number): number => 48 + (n > 9 ? 9 : n);

/** Where character i sits in the word [start, end): B, M, E, or S for a one-character word. */
function positionIn(start: number, end: number, i: number): number {
  return end - start === 1 ? POSITION.S : i === start ? POSITION.B : i === end - 1 ? POSITION.E : POSITION.M;
}

/** The features of character `i` of the sentence [s, e) of a prepared text. */
export function emitFeatures(p: PreparedText, s: number, e: number, i: number, out: FeatureSink): void {
  out.open(BIAS);
  out.close();
  for (const g of NGRAMS) {
    out.open(g.template);
    for (const k of g.offsets) out.unit(codeAt(p, s, e, i + k));
    out.close();
  }
  // Character classes (Han, numeral, digit, Latin, punctuation, space, other) of i-1, i, i+1.
  out.open(CLASSES);
  out.unit(i > s ? p.classes[i - 1]! : BOS);
  out.unit(p.classes[i]!);
  out.unit(i + 1 < e ? p.classes[i + 1]! : EOS);
  out.close();

  const w = p.tokenAt[i]!;
  const tok = p.tokens[w]!;
  const len = tok.end - tok.start;
  const pos = positionIn(tok.start, tok.end, i);
  out.open(WORD_SHAPE);
  out.unit(lengthUnit(len));
  out.unit(pos);
  out.close();
  out.open(WORD_TAG);
  units(out, tok.tag);
  out.unit(DOT);
  out.unit(pos);
  out.close();
  if (len > 1 && len <= MAX_WORD_FEATURE) {
    out.open(WORD);
    for (let k = tok.start; k < tok.end; k++) out.unit(p.codes[k]!);
    out.unit(DOT);
    out.unit(pos);
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
    if (starts) {
      out.open(t.starts);
      out.unit(lengthUnit(starts));
      out.close();
    }
    if (ends && !(ends === 1 && starts === 1)) {
      out.open(t.ends);
      out.unit(lengthUnit(ends));
      out.close();
    }
    if (endedBefore & (1 << l)) {
      out.open(t.after);
      out.close();
    }
    if (startsAfter & (1 << l)) {
      out.open(t.before);
      out.close();
    }
  }
}

/** Builds the feature strings. */
export class StringSink implements FeatureSink {
  readonly features: string[] = [];
  private current = '';
  open(t: Template): void {
    this.current = t.name;
  }
  unit(code: number): void {
    this.current += String.fromCharCode(code);
  }
  close(): void {
    this.features.push(this.current);
  }
}

/** The feature strings of character `i` (sentence [s, e)). */
export function featureStrings(p: PreparedText, s: number, e: number, i: number): string[] {
  const sink = new StringSink();
  emitFeatures(p, s, e, i, sink);
  return sink.features;
}

// ---------------------------------------------------------------------------------------------------------------
// The hot path: the rows of the same features, hashed straight from code units (no sink, no strings). What every
// character of a word shares — the running hash of its length, its tag and the word — is hashed once per word
// (`wordPrefixes`, called when a text is prepared).

const NGRAM_HASH = Int32Array.from(NGRAMS, (g) => g.template.hash);

/** Per token, five running hashes: WORD_SHAPE + length, WORD_TAG + tag + '.', WORD + word + '.' (0 when too long or short), PREV_TAG + tag, NEXT_TAG + tag. */
export function wordPrefixes(p: Pick<PreparedText, 'tokens' | 'codes'>, into: Int32Array): void {
  const tokens = p.tokens;
  for (let w = 0; w < tokens.length; w++) {
    const tok = tokens[w]!;
    const len = tok.end - tok.start;
    into[5 * w] = hashUnit(WORD_SHAPE.hash, lengthUnit(len));
    into[5 * w + 1] = hashUnit(hashString(tok.tag, WORD_TAG.hash), DOT);
    let h = 0;
    if (len > 1 && len <= MAX_WORD_FEATURE) {
      h = WORD.hash;
      for (let k = tok.start; k < tok.end; k++) h = hashUnit(h, p.codes[k]!);
      h = hashUnit(h, DOT);
    }
    into[5 * w + 2] = h;
    into[5 * w + 3] = hashString(tok.tag, PREV_TAG.hash);
    into[5 * w + 4] = hashString(tok.tag, NEXT_TAG.hash);
  }
}

const PREV_NONE = hashUnit(PREV_TAG.hash, BOS);
const NEXT_NONE = hashUnit(NEXT_TAG.hash, EOS);

/** Writes the rows (of 2^bits) of character `i`'s features into `rows` from 0, in emitFeatures' order; returns how many. */
export function featureRows(p: PreparedText, s: number, e: number, i: number, bits: number, rows: Int32Array): number {
  const codes = p.codes;
  const cm2 = i - 2 >= s ? codes[i - 2]! : BOS;
  const cm1 = i - 1 >= s ? codes[i - 1]! : BOS;
  const c0 = codes[i]!;
  const c1 = i + 1 < e ? codes[i + 1]! : EOS;
  const c2 = i + 2 < e ? codes[i + 2]! : EOS;
  const H = NGRAM_HASH;
  let n = 0;
  rows[n++] = rowOf(BIAS.hash, bits);
  rows[n++] = rowOf(hashUnit(H[0]!, cm2), bits);
  rows[n++] = rowOf(hashUnit(H[1]!, cm1), bits);
  rows[n++] = rowOf(hashUnit(H[2]!, c0), bits);
  rows[n++] = rowOf(hashUnit(H[3]!, c1), bits);
  rows[n++] = rowOf(hashUnit(H[4]!, c2), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(H[5]!, cm2), cm1), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(H[6]!, cm1), c0), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(H[7]!, c0), c1), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(H[8]!, c1), c2), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(H[9]!, cm1), c1), bits);
  rows[n++] = rowOf(hashUnit(hashUnit(hashUnit(H[10]!, cm1), c0), c1), bits);
  const classes = p.classes;
  rows[n++] = rowOf(hashUnit(hashUnit(hashUnit(CLASSES.hash, i > s ? classes[i - 1]! : BOS), classes[i]!), i + 1 < e ? classes[i + 1]! : EOS), bits);

  const w = p.tokenAt[i]!;
  const start = p.tokenStart[w]!;
  const end = p.tokenStart[w + 1]!;
  const pos = positionIn(start, end, i);
  const wp = p.wordHashes;
  rows[n++] = rowOf(hashUnit(wp[5 * w]!, pos), bits);
  rows[n++] = rowOf(hashUnit(wp[5 * w + 1]!, pos), bits);
  if (wp[5 * w + 2] !== 0) rows[n++] = rowOf(hashUnit(wp[5 * w + 2]!, pos), bits);
  if (i === start) rows[n++] = rowOf(start > s && w > 0 ? wp[5 * (w - 1) + 3]! : PREV_NONE, bits);
  if (i === end - 1) rows[n++] = rowOf(end < e && w + 1 < p.tokens.length ? wp[5 * (w + 1) + 4]! : NEXT_NONE, bits);

  const L = LEX.length;
  const endedBefore = i > s ? p.endMask[i - 1]! : 0;
  const startsAfter = i + 1 < e ? p.startMask[i + 1]! : 0;
  for (let m = p.startMask[i]! | p.endMask[i]! | endedBefore | startsAfter; m !== 0; m &= m - 1) {
    const l = 31 - Math.clz32(m & -m);
    const t = LEX[l]!;
    const starts = p.lexStart[i * L + l]!;
    const ends = p.lexEnd[i * L + l]!;
    if (starts) rows[n++] = rowOf(hashUnit(t.starts.hash, lengthUnit(starts)), bits);
    if (ends && !(ends === 1 && starts === 1)) rows[n++] = rowOf(hashUnit(t.ends.hash, lengthUnit(ends)), bits);
    if (endedBefore & (1 << l)) rows[n++] = rowOf(t.after.hash, bits);
    if (startsAfter & (1 << l)) rows[n++] = rowOf(t.before.hash, bits);
  }
  return n;
}

/** The most features a character can have (featureRows writes at most this many). */
export const MAX_FEATURES = 1 + NGRAMS.length + 1 + 5 + 4 * LEX.length;
