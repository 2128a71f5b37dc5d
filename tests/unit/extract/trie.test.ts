// The character trie answers every lookup as a plain scan of its entries would: forward and reverse, longest,
// every match, ends, values in the order they were added, and entries added after a lookup.
import { Trie } from '../../../src/extract/trie.js';

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
