// The tries' lookups against a plain reading of their entries: a large trie (which ends most walks early by its
// table of first pairs) and a small one must both find every entry that starts or ends at a position, and the
// longest one a caller accepts.
import { Trie } from '../../../src/extract/trie.js';
import { seededRandom } from '../../../src/util/random.js';

const ALPHABET = '江河湖山市县镇村路桥北南东西中大小新';

/** Second and second-to-last characters of the entries: most pairs of characters in a text open no entry. */
const INNER = '市县镇';

function randomWord(random: () => number, min: number, max: number, inner = false): string {
  const n = min + Math.floor(random() * (max - min + 1));
  const w: string[] = [];
  for (let k = 0; k < n; k++) w.push(ALPHABET[Math.floor(random() * ALPHABET.length)]!);
  if (inner && n >= 2) w[1] = w[n - 2] = INNER[Math.floor(random() * INNER.length)]!;
  return w.join('');
}

function build(words: readonly string[], reverse: boolean): Trie<string> {
  const t = new Trie<string>(reverse);
  for (const w of words) t.add(w, w);
  return t;
}

describe('Trie lookups', () => {
  const random = seededRandom(12);
  // Over 4,096 entries of one to seven characters (a few one-character ones), and a 30-entry trie of the same kind.
  const large = [...new Set(Array.from({ length: 12000 }, () => randomWord(random, 1, 7, true)))];
  expect(large.length).toBeGreaterThan(4096);
  const small = large.slice(0, 30);
  const texts = Array.from({ length: 40 }, () => randomWord(random, 1, 60));

  for (const [name, words] of [
    ['large', large],
    ['small', small],
  ] as const) {
    const entries = new Set(words);
    const forward = build(words, false);
    const reverse = build(words, true);

    test(`${name}: endsAt gives every entry starting at each position, shortest first, within the limit`, () => {
      const ends: number[] = [];
      const values: string[][] = [];
      for (const text of texts) {
        for (let pos = 0; pos < text.length; pos++) {
          for (const limit of [text.length, pos + 1, pos + 3]) {
            const expected: number[] = [];
            for (let end = pos + 1; end <= Math.min(limit, text.length); end++) if (entries.has(text.slice(pos, end))) expected.push(end);
            const n = forward.endsAt(text, pos, limit, ends, values);
            expect(ends.slice(0, n)).toEqual(expected);
            expect(values.slice(0, n).map((v) => v[0])).toEqual(expected.map((end) => text.slice(pos, end)));
          }
        }
      }
    });

    test(`${name}: longest, forward and in reverse, with and without a test of the values`, () => {
      const even = (v: string[]) => v[0]!.length % 2 === 0;
      for (const text of texts) {
        for (let pos = 0; pos <= text.length; pos++) {
          for (const accept of [undefined, even]) {
            let after: number | undefined;
            for (let end = pos + 1; end <= text.length; end++) {
              const w = text.slice(pos, end);
              if (entries.has(w) && (!accept || accept([w]))) after = end;
            }
            expect(forward.longest(text, pos, undefined, accept && ((v) => accept(v)))?.at).toBe(after);
            let before: number | undefined;
            for (let start = pos - 1; start >= 0; start--) {
              const w = text.slice(start, pos);
              if (entries.has(w) && (!accept || accept([w]))) before = start;
            }
            expect(reverse.longest(text, pos, undefined, accept && ((v) => accept(v)))?.at).toBe(before);
          }
        }
      }
    });

    test(`${name}: mayMatchAt says whether some entry opens (or, in reverse, closes) with the character read first`, () => {
      const firsts = new Set(words.map((w) => w[0]));
      const lasts = new Set(words.map((w) => w[w.length - 1]));
      for (const text of [...texts, '的了是']) {
        for (let pos = 0; pos <= text.length; pos++) {
          expect(forward.mayMatchAt(text, pos)).toBe(pos < text.length && firsts.has(text[pos]!));
          expect(reverse.mayMatchAt(text, pos)).toBe(pos > 0 && lasts.has(text[pos - 1]!));
        }
      }
    });

    test(`${name}: a limit bounds the walk`, () => {
      for (const text of texts) {
        for (let pos = 0; pos < text.length; pos++) {
          const bound = Math.min(text.length, pos + 1);
          const m = forward.longest(text, pos, bound);
          expect(m === undefined ? undefined : m.at).toBe(entries.has(text.slice(pos, bound)) ? bound : undefined);
          const r = reverse.longest(text, pos + 1, pos);
          expect(r === undefined ? undefined : r.at).toBe(entries.has(text.slice(pos, pos + 1)) ? pos : undefined);
        }
      }
    });
  }
});
