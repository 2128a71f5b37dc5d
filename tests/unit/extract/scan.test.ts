// The bounded scans and indexes of src/extract/scan.ts against the plain readings they replace (lastIndexOf over
// the whole text, a search of every span, a scan per question), on random texts and spans, and the whole-number
// path of an outcome's rounding against its string path.
import { lastIndexWithin, MEMO_FROM_CHARS, OverlapIndex, SpanIndex, TextMemo } from '../../../src/extract/scan.js';
import { roundFigure } from '../../../src/extract/recognizers/outcomes.js';
import { wordEndingAt } from '../../../src/extract/recognizers/organizations.js';
import { seededRandom } from '../../../src/util/random.js';

const CHARS = '了子公司旗下某县村镇厂';

function randomText(random: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += CHARS[Math.floor(random() * CHARS.length)];
  return s;
}

function randomSpans(random: () => number, n: number, length: number): Array<{ start: number; end: number; id: number }> {
  return Array.from({ length: n }, (_, id) => {
    const start = Math.floor(random() * length);
    return { start, end: start + 1 + Math.floor(random() * 8), id };
  });
}

describe('lastIndexWithin', () => {
  it('is lastIndexOf wherever that falls at or after the lower bound, -1 otherwise', () => {
    const random = seededRandom(7);
    let differ = 0;
    for (let round = 0; round < 120; round++) {
      const text = randomText(random, 1 + Math.floor(random() * 40));
      const word = ['了', '子公司', '旗下', '村镇', '某县村', ''][round % 6]!;
      for (let from = -8; from < text.length + 3; from++) {
        for (const lowest of [0, 1, 2, Math.floor(from / 2), from - 3, from, from + 1]) {
          if (lowest < 0) continue;
          const whole = text.lastIndexOf(word, from);
          if (lastIndexWithin(text, word, from, lowest) !== (whole >= lowest ? whole : -1)) differ++;
        }
      }
    }
    expect(differ).toBe(0);
  });

  it('finds a word inside the span of a name and not one before it', () => {
    // 某某集团全资子公司 | 青禾食品有限公司: the link inside the span is found; the same link earlier in the article is not.
    const text = '该集团旗下企业众多。某某集团全资子公司青禾食品有限公司';
    const start = text.indexOf('某某');
    expect(lastIndexWithin(text, '全资子公司', text.length - 7, start)).toBe(text.indexOf('全资子公司'));
    expect(lastIndexWithin(text, '旗下', text.length - 4, start)).toBe(-1);
    expect(text.lastIndexOf('旗下', text.length - 4)).toBe(3);
  });
});

describe('OverlapIndex and SpanIndex', () => {
  it('answer as a search of every span does, for few spans and many', () => {
    const random = seededRandom(11);
    for (const n of [0, 1, 5, 23, 24, 60, 300]) {
      const spans = randomSpans(random, n, 200);
      const overlap = new OverlapIndex(spans);
      const index = new SpanIndex(spans);
      for (let q = 0; q < 400; q++) {
        const start = Math.floor(random() * 210) - 5;
        const end = start + 1 + Math.floor(random() * 10);
        const plain = spans.filter((s) => s.start < end && start < s.end);
        expect(overlap.overlaps(start, end)).toBe(plain.length > 0);
        expect(index.overlapping(start, end).map((s) => s.id).sort((a, b) => a - b)).toEqual(plain.map((s) => s.id).sort((a, b) => a - b));
      }
    }
  });

  it('finds a long span that starts well before the range, past short ones that end before it', () => {
    const spans = [{ start: 0, end: 100 }, ...Array.from({ length: 40 }, (_, i) => ({ start: 1 + 2 * i, end: 2 + 2 * i }))];
    expect(new SpanIndex(spans).overlapping(90, 95)).toEqual([{ start: 0, end: 100 }]);
    expect(new OverlapIndex(spans).overlaps(100, 120)).toBe(false);
  });
});

describe('TextMemo', () => {
  it('asks again on a short text and once per key on a long one', () => {
    const memo = new TextMemo();
    let asked = 0;
    const short = { text: '县城'.repeat(10) };
    memo.get(short, '县城', () => (asked++, true));
    memo.get(short, '县城', () => (asked++, true));
    expect(asked).toBe(2);
    const long = { text: '县城'.repeat(MEMO_FROM_CHARS) };
    expect(memo.get(long, '县城', () => (asked++, true))).toBe(true);
    expect(memo.get(long, '县城', () => (asked++, false))).toBe(true);
    expect(memo.get(long, '村镇', () => (asked++, false))).toBe(false);
    expect(asked).toBe(4);
    // Another text of the same length keeps answers of its own.
    expect(memo.get({ text: long.text }, '县城', () => (asked++, false))).toBe(false);
  });
});

describe('roundFigure', () => {
  const stringPath = (n: number): number => Number.parseFloat((Math.round(n * 1e6) / 1e6).toPrecision(15));
  it('equals the string path on whole numbers, fractions, negatives, zero and large figures', () => {
    const random = seededRandom(3);
    const values = [0, -0, 1, -1, 156.3 * 1e8, 0.1 + 0.2, 2.5, -2.5, 1e15, 1e15 + 2, 9.99e14, 123456789012345.6, 1e-7, -1e-7, 12.3456789, NaN, Infinity];
    for (let i = 0; i < 2000; i++) values.push((random() - 0.3) * 10 ** Math.floor(random() * 18), Math.floor(random() * 1e6) * 10 ** Math.floor(random() * 10));
    for (const v of values) {
      const fast = roundFigure(v);
      const slow = stringPath(v);
      expect(Number.isNaN(fast) ? 'NaN' : JSON.stringify(fast)).toBe(Number.isNaN(slow) ? 'NaN' : JSON.stringify(slow));
      expect(Object.is(fast, slow) || (Number.isNaN(fast) && Number.isNaN(slow))).toBe(true);
    }
  });
});

describe('wordEndingAt', () => {
  const links = ['全资子公司', '控股子公司', '子公司', '旗下'];
  it('gives the first word of the list with that ending that the text prints ending there', () => {
    // 某某集团全资子公司: the longer link, listed first, where both end at the ending.
    const text = '禾丰集团全资子公司青禾公司';
    const end = text.indexOf('青禾');
    expect(wordEndingAt(links, '公司', text, end)).toBe('全资子公司');
    expect(wordEndingAt(links, '公司', '禾丰集团子公司', 7)).toBe('子公司');
  });
  it('gives nothing where no word with the ending ends there', () => {
    expect(wordEndingAt(links, '公司', '禾丰集团旗下', 6)).toBeUndefined();
    expect(wordEndingAt(links, '公司', '青禾食品有限公司', 8)).toBeUndefined();
    expect(wordEndingAt(links, '集团', '禾丰集团全资子公司', 4)).toBeUndefined();
  });
});
