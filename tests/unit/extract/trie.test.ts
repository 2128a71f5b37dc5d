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

/** The trie read back from what `save` gave, as the derived-data cache would (values as indices in `words`). */
function restored(t: Trie<string>, words: readonly string[]): Trie<string> {
  const index = new Map(words.map((w, i) => [w, i]));
  const saved = t.save((w) => index.get(w)!);
  // Copies, as a file read back would give: the arrays and the meta through JSON.
  const arrays = Object.fromEntries(Object.entries(saved.arrays).map(([k, a]) => [k, a.slice()]));
  return Trie.restore({ meta: JSON.parse(JSON.stringify(saved.meta)), arrays }, (i) => words[i]!);
}

describe('Trie lookups', () => {
  const random = seededRandom(12);
  // Over 4,096 entries of one to seven characters (a few one-character ones), and a 30-entry trie of the same kind.
  const large = [...new Set(Array.from({ length: 12000 }, () => randomWord(random, 1, 7, true)))];
  expect(large.length).toBeGreaterThan(4096);
  const small = large.slice(0, 30);
  const texts = Array.from({ length: 40 }, () => randomWord(random, 1, 60));

  // Each trie as built, and as saved and restored (the derived-data cache's copy): the same answers.
  for (const [name, words, saved] of [
    ['large', large, false],
    ['small', small, false],
    ['large, saved and restored', large, true],
    ['small, saved and restored', small, true],
  ] as const) {
    const entries = new Set(words);
    const forward = saved ? restored(build(words, false), words) : build(words, false);
    const reverse = saved ? restored(build(words, true), words) : build(words, true);

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

test("a restored trie makes a node's values when first reached, the same list each time, and saves as the original did", () => {
  const words = ['大理', '大理市', '洱源县', '喜洲镇', '中'];
  const made: number[] = [];
  const original = build(words, false);
  const index = new Map(words.map((w, i) => [w, i]));
  const saved = original.save((w) => index.get(w)!);
  const read = Trie.restore(saved, (i) => (made.push(i), words[i]!));
  expect(made).toEqual([]);
  const first = read.longest('去大理市', 1);
  expect(first).toEqual({ at: 4, values: ['大理市'] });
  expect(read.longest('去大理市', 1)!.values).toBe(first!.values);
  expect([...made].sort()).toEqual([0, 1]);
  const again = read.save((w) => index.get(w)!);
  for (const [k, a] of Object.entries(saved.arrays)) expect([...again.arrays[k]!]).toEqual([...a]);
});

// The character trie answers every lookup as a plain scan of its entries would: forward and reverse, longest,
// every match, ends, values in the order they were added, and entries added after a lookup.

const ENTRIES: Array<[string, string]> = [
  ['绍兴', 'city'], ['绍兴市', 'city-full'], ['绍兴市越城区', 'district'], ['越城区', 'district-short'],
  ['柯桥', 'town'], ['柯桥区', 'district'], ['绍兴', 'also'], ['区', 'one-char'], ['黄酒', 'product'],
  ['会稽山', 'mountain'], ['𠀀字', 'astral'],
];
const TEXT = '今年绍兴市越城区和柯桥区的黄酒企业在会稽山下举办节庆，𠀀字不常见。';

/** Every entry that starts at `pos` (forward) or ends at `pos` (reverse), by a scan: [end or start, values]. */
function scan(reverse: boolean, text: string, pos: number, limit?: number): Array<[number, string[]]> {
  const byWord = new Map<string, string[]>();
  for (const [w, v] of ENTRIES) byWord.set(w, [...(byWord.get(w) ?? []), v]);
  const out: Array<[number, string[]]> = [];
  for (const [w, values] of byWord) {
    if (reverse) {
      const start = pos - w.length;
      if (start >= Math.max(limit ?? 0, 0) && text.slice(start, pos) === w) out.push([start, values]);
    } else if (pos + w.length <= Math.min(limit ?? text.length, text.length) && text.startsWith(w, pos)) out.push([pos + w.length, values]);
  }
  // Shortest first.
  return out.sort((a, b) => (reverse ? b[0] - a[0] : a[0] - b[0]));
}

function trie(reverse: boolean): Trie<string> {
  const t = new Trie<string>(reverse);
  for (const [w, v] of ENTRIES) t.add(w, v);
  return t;
}

test.each([false, true])('reverse %s: walk, longest, endsAt and mayMatchAt agree with a scan at every position and limit', (reverse) => {
  const t = trie(reverse);
  for (let pos = 0; pos <= TEXT.length; pos++) {
    for (const limit of [undefined, reverse ? pos - 2 : pos + 2]) {
      const expected = scan(reverse, TEXT, pos, limit);
      const walked: Array<[number, string[]]> = [];
      t.walk(TEXT, pos, limit, (values, at) => walked.push([at, values]) > 0);
      expect(walked).toEqual(expected);
      const longest = t.longest(TEXT, pos, limit);
      expect(longest ? [longest.at, longest.values] : undefined).toEqual(expected.at(-1));
      if (!reverse) {
        const ends: number[] = [];
        const values: string[][] = [];
        const n = t.endsAt(TEXT, pos, limit ?? TEXT.length, ends, values);
        expect(ends.slice(0, n)).toEqual(expected.map(([at]) => at));
        expect(values.slice(0, n)).toEqual(expected.map(([, v]) => v));
        expect(t.matchesAt(TEXT, pos, limit).map((m) => [m.end, m.values])).toEqual([...expected].reverse());
      }
      if (limit === undefined && expected.length) expect(t.mayMatchAt(TEXT, pos)).toBe(true);
    }
  }
  expect(t.size).toBe(ENTRIES.length);
});

test('a key added twice keeps both values in the order they were added', () => {
  expect(trie(false).longest('绍兴', 0)?.values).toEqual(['city', 'also']);
  expect(trie(true).longest('绍兴', 2)?.values).toEqual(['city', 'also']);
});

test('longest keeps the longest entry whose values pass the test', () => {
  const t = trie(false);
  expect(t.longest(TEXT, 2)?.values).toEqual(['district']);
  expect(t.longest(TEXT, 2, undefined, (values) => !values.includes('district'))).toEqual({ at: 5, values: ['city-full'] });
});

test('an entry added after a lookup is found by the next lookup', () => {
  const t = trie(false);
  expect(t.longest('上虞区', 0)).toBeUndefined();
  expect(t.mayMatchAt('上虞区', 0)).toBe(false);
  t.add('上虞', 'district-short');
  expect(t.longest('上虞区', 0)).toEqual({ at: 2, values: ['district-short'] });
});

test('an empty trie finds nothing', () => {
  const t = new Trie<number>();
  expect(t.longest(TEXT, 0)).toBeUndefined();
  expect(t.endsAt(TEXT, 0, TEXT.length, [])).toBe(0);
});

test('a restored trie keeps every value of a key, in order, and cannot be added to', () => {
  const t = new Trie<string>();
  t.add('桐乡', 'a');
  t.add('桐乡', 'b');
  t.add('乌镇', 'c');
  const values = ['a', 'b', 'c'];
  const r = Trie.restore(t.save((v) => values.indexOf(v)), (i) => values[i]!);
  expect(r.longest('去桐乡', 1)?.values).toEqual(['a', 'b']);
  expect(r.size).toBe(3);
  expect(() => r.add('嘉兴', 'd')).toThrow(/cannot be added to/);
});
