// What the feature function reads, per text: the characters folded to a normal form, their classes, jieba's
// words (from the extraction's segmentation: the tagger does not segment again), and the longest lexicon match
// starting and ending at every character.
import { LEXICONS, pairBit, type FeatureLexicons } from './feature-lexicons.js';

/** A text with jieba's words: an extraction context has this shape. */
export interface TaggerText {
  text: string;
  tokens: readonly { start: number; end: number; tag: string }[];
  /** Index of the token covering each character. */
  tokenAt: Int32Array;
  /** Where each token starts, and the text's length after the last, when the caller has it (an extraction context does). */
  tokenStart?: Int32Array;
}

export interface PreparedText extends TaggerText {
  /** Code units folded: full-width ASCII to ASCII, every digit to 0, the ideographic space to a space. */
  codes: Uint16Array;
  /** Per character one of H (Han), N (numeral), D (digit), L (Latin), P (punctuation), W (space), X (other). */
  classes: Uint8Array;
  /** lexStart[i * L + l]: length of the longest entry of lexicon l (of L) starting at i (0: none), capped at 255. */
  lexStart: Uint8Array;
  /** lexEnd[i * L + l]: length of the longest entry of lexicon l ending at i (i its last character). */
  lexEnd: Uint8Array;
  /** Bit l set when some entry of lexicon l starts (ends) at i. */
  startMask: Uint16Array;
  endMask: Uint16Array;
  /** Where each token starts, and the text's length after the last. */
  tokenStart: Int32Array;
}

const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两');
const CLASS_OF = new Uint8Array(0x10000);
(() => {
  const set = (from: number, to: number, cls: string): void => void CLASS_OF.fill(cls.charCodeAt(0), from, to + 1);
  set(0, 0xffff, 'X');
  set(0x21, 0x7e, 'P');
  set(0x3000, 0x303f, 'P');
  set(0xff01, 0xff5e, 'P');
  set(0x2000, 0x206f, 'P');
  set(0x4e00, 0x9fff, 'H');
  set(0x3400, 0x4dbf, 'H');
  set(0x30, 0x39, 'D');
  set(0x41, 0x5a, 'L');
  set(0x61, 0x7a, 'L');
  for (const w of [0x20, 0x09, 0x0a, 0x0d, 0x3000]) CLASS_OF[w] = 'W'.charCodeAt(0);
  for (const c of NUMERALS) CLASS_OF[c.charCodeAt(0)] = 'N'.charCodeAt(0);
})();

/** The folded code unit of a character (full-width forms to ASCII, digits to 0). */
export function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  return c >= 0x30 && c <= 0x39 ? 0x30 : c;
}

/** Buffers one text's preparation may reuse from the last (its arrays are views of them, valid until the next). */
export class PrepareBuffers {
  private bytes = new Uint8Array(0);
  private words = new Uint16Array(0);
  private ints = new Int32Array(0);
  readonly ends: number[] = [];
  readonly values: number[][] = [];
  take(n: number, L: number): { codes: Uint16Array; startMask: Uint16Array; endMask: Uint16Array; classes: Uint8Array; lexStart: Uint8Array; lexEnd: Uint8Array } {
    if (this.words.length < 3 * n) this.words = new Uint16Array(6 * n);
    if (this.bytes.length < (1 + 2 * L) * n) this.bytes = new Uint8Array(2 * (1 + 2 * L) * n);
    const lexStart = this.bytes.subarray(n, (1 + L) * n);
    const lexEnd = this.bytes.subarray((1 + L) * n, (1 + 2 * L) * n);
    lexStart.fill(0);
    lexEnd.fill(0);
    const startMask = this.words.subarray(n, 2 * n).fill(0);
    const endMask = this.words.subarray(2 * n, 3 * n).fill(0);
    return { codes: this.words.subarray(0, n), startMask, endMask, classes: this.bytes.subarray(0, n), lexStart, lexEnd };
  }
  /** Token starts (tokens + 1). */
  takeTokens(tokens: number): Int32Array {
    if (this.ints.length < tokens + 1) this.ints = new Int32Array(2 * (tokens + 1));
    return this.ints.subarray(0, tokens + 1);
  }
}

/** Prepares a text; with `buffers`, into views of them (no allocation per text). */
export function prepareText(x: TaggerText, lex: FeatureLexicons, buffers = new PrepareBuffers()): PreparedText {
  const { text } = x;
  const n = text.length;
  const L = LEXICONS.length;
  const { codes, classes, lexStart, lexEnd, startMask, endMask } = buffers.take(n, L);
  for (let i = 0; i < n; i++) {
    const c = foldCode(text.charCodeAt(i));
    codes[i] = c;
    classes[i] = CLASS_OF[c]!;
  }
  const { ends, values } = buffers;
  for (let i = 0; i < n; i++) {
    const single = lex.chars[text.charCodeAt(i)]!;
    if (single) {
      startMask[i]! |= single;
      endMask[i]! |= single;
      for (let m = single; m !== 0; m &= m - 1) {
        const l = 31 - Math.clz32(m & -m);
        if (!lexStart[i * L + l]) lexStart[i * L + l] = 1;
        if (!lexEnd[i * L + l]) lexEnd[i * L + l] = 1;
      }
    }
    if (i + 1 >= n) continue;
    const bit = pairBit(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (!(lex.pairs[bit >>> 3]! & (1 << (bit & 7)))) continue;
    const found = lex.trie.endsAt(text, i, n, ends, values);
    for (let k = 0; k < found; k++) {
      const len = Math.min(ends[k]! - i, 255);
      const last = ends[k]! - 1;
      for (const l of values[k]!) {
        if (len > lexStart[i * L + l]!) lexStart[i * L + l] = len;
        if (len > lexEnd[last * L + l]!) lexEnd[last * L + l] = len;
        startMask[i]! |= 1 << l;
        endMask[last]! |= 1 << l;
      }
    }
  }
  let tokenStart = x.tokenStart;
  if (!tokenStart) {
    tokenStart = buffers.takeTokens(x.tokens.length);
    for (let w = 0; w < x.tokens.length; w++) tokenStart[w] = x.tokens[w]!.start;
    tokenStart[x.tokens.length] = n;
  }
  return { text, tokens: x.tokens, tokenAt: x.tokenAt, codes, classes, lexStart, lexEnd, startMask, endMask, tokenStart };
}
