// nextOccurrence (resolve/partners.ts) remembers each word's last search; its answers must be indexOf's, whatever
// order the positions are asked in.
import { nextOccurrence } from '../../../src/resolve/partners.js';

test('answers as indexOf does, asked forwards, backwards and at random', () => {
  const text = '东湖村与西山村合作。北岭镇携手南河镇，由东湖村和北岭镇共建。合作合作，携手。';
  const words = ['合作', '携手', '由', '村', '镇', '不在', '合作合作'];
  const find = nextOccurrence(text);
  const froms = [...Array(text.length + 2).keys()];
  let seed = 7;
  const random = froms.map(() => (seed = (seed * 48271) % 2147483647) % (text.length + 2));
  let asked = 0;
  for (const order of [froms, [...froms].reverse(), random]) {
    for (const from of order) {
      for (const word of words) {
        expect([word, from, find(word, from)]).toEqual([word, from, text.indexOf(word, from)]);
        asked++;
      }
    }
  }
  expect(asked).toBeGreaterThan(300);
});

test('a sentence-by-sentence walk finds every occurrence in its sentence', () => {
  const text = '甲公司与乙公司合作。丙村由丁村共建。戊公司携手己公司，合作开发。';
  const find = nextOccurrence(text);
  const sentences = [[0, 10], [10, 18], [18, text.length]] as const;
  const found: number[] = [];
  for (const [start, end] of sentences) for (let v = find('合作', start); v !== -1 && v < end; v = find('合作', v + 2)) found.push(v);
  expect(found).toEqual([7, 27]);
});
