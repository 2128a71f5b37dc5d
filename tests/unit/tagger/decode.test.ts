// The decoder on hand-built scores: Viterbi finds the best well-formed tag sequence (checked against trying every
// sequence), and a span's margin is how much the best sequence loses when the span is read as O.
import { DecodeWork, constrain, spanMargin, viterbi, viterbiLoops } from '../../../src/tagger/decode.js';
import { decodeTags, encodeSpans, tagSet } from '../../../src/tagger/tags.js';
import { seededRandom } from '../../../src/util/random.js';

const bio = tagSet('BIO');
const T = bio.names.length;
const tag = (name: string): number => bio.names.indexOf(name);

/** Emission scores from a table of per-character preferences: { 'B-PER': 3 } … */
function emissions(rows: Array<Record<string, number>>): Float32Array {
  const em = new Float32Array(rows.length * T);
  rows.forEach((r, i) => {
    for (const [name, v] of Object.entries(r)) em[i * T + tag(name)] = v;
  });
  return em;
}

const zeros = () => constrain(bio, new Float32Array(T * T), new Float32Array(T), new Float32Array(T));

/** Every allowed sequence of n tags with its score, best first. */
function allPaths(em: Float32Array, n: number, tr: ReturnType<typeof zeros>): Array<{ tags: number[]; score: number }> {
  const out: Array<{ tags: number[]; score: number }> = [];
  const walk = (tags: number[]): void => {
    if (tags.length === n) {
      let score = tr.start[tags[0]!]! + tr.end[tags[n - 1]!]!;
      tags.forEach((t, i) => (score += em[i * T + t]! + (i ? tr.trans[tags[i - 1]! * T + t]! : 0)));
      if (score > -Infinity) out.push({ tags: [...tags], score });
      return;
    }
    for (let t = 0; t < T; t++) walk([...tags, t]);
  };
  walk([]);
  return out.sort((a, b) => b.score - a.score);
}

describe('Viterbi decoding', () => {
  test('picks the best tag per character when transitions are neutral', () => {
    const em = emissions([{ O: 1 }, { 'B-PER': 2 }, { 'I-PER': 2 }, { O: 1 }]);
    const out = new Uint8Array(4);
    viterbi(em, 4, zeros(), out, new DecodeWork());
    expect(decodeTags(out, bio)).toEqual([{ start: 1, end: 3, type: 'PER' }]);
  });

  test('never returns I after O: a lone I-ORG that scores best alone becomes B-ORG', () => {
    const em = emissions([{ O: 5 }, { 'I-ORG': 3, 'B-ORG': 2 }, { O: 5 }]);
    const out = new Uint8Array(3);
    viterbi(em, 3, zeros(), out, new DecodeWork());
    expect([...out].map((t) => bio.names[t])).toEqual(['O', 'B-ORG', 'O']);
  });

  test('transition scores can outweigh a character\'s own preference', () => {
    const trans = new Float32Array(T * T);
    trans[tag('B-LOC') * T + tag('I-LOC')] = 4;
    const em = emissions([{ 'B-LOC': 3 }, { O: 2, 'I-LOC': 0 }]);
    const out = new Uint8Array(2);
    viterbi(em, 2, constrain(bio, trans, new Float32Array(T), new Float32Array(T)), out, new DecodeWork());
    expect(decodeTags(out, bio)).toEqual([{ start: 0, end: 2, type: 'LOC' }]);
  });

  test('agrees with trying every sequence, and a span\'s margin with the same sequence read without it (random scores)', () => {
    const random = seededRandom(7);
    const work = new DecodeWork();
    const scoreOf = (em: Float32Array, tr: ReturnType<typeof zeros>, tags: ArrayLike<number>): number => {
      const n = tags.length;
      let score = tr.start[tags[0]!]! + tr.end[tags[n - 1]!]!;
      for (let i = 0; i < n; i++) score += em[i * T + tags[i]!]! + (i ? tr.trans[tags[i - 1]! * T + tags[i]!]! : 0);
      return score;
    };
    let spansSeen = 0;
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(random() * 4);
      const em = Float32Array.from({ length: n * T }, () => Math.round(random() * 20 - 10));
      const tr = constrain(bio, Float32Array.from({ length: T * T }, () => Math.round(random() * 6 - 3)), Float32Array.from({ length: T }, () => Math.round(random() * 4 - 2)), Float32Array.from({ length: T }, () => Math.round(random() * 4 - 2)));
      const out = new Uint8Array(n);
      const score = viterbi(em, n, tr, out, work);
      const paths = allPaths(em, n, tr);
      expect(score).toBe(paths[0]!.score);
      expect(scoreOf(em, tr, out)).toBe(score);
      for (const span of decodeTags(out, bio)) {
        const without = Uint8Array.from(out);
        without.fill(0, span.start, span.end);
        const m = spanMargin(em, n, tr, out, span.start, span.end);
        expect(m).toBeCloseTo(score - scoreOf(em, tr, without));
        expect(m).toBeGreaterThanOrEqual(0);
        spansSeen++;
      }
    }
    expect(spansSeen).toBeGreaterThan(10);
  });
});

test('the loops (any tag set; BIOES here) agree with trying every sequence as the BIO fast path does', () => {
  const bioes = tagSet('BIOES');
  const T13 = bioes.names.length;
  const random = seededRandom(19);
  const work = new DecodeWork();
  for (let round = 0; round < 15; round++) {
    const n = 1 + Math.floor(random() * 3);
    const em = Float32Array.from({ length: n * T13 }, () => Math.round(random() * 20 - 10));
    const tr = constrain(bioes, Float32Array.from({ length: T13 * T13 }, () => Math.round(random() * 6 - 3)), new Float32Array(T13), new Float32Array(T13));
    const out = new Uint8Array(n);
    const score = viterbi(em, n, tr, out, work);
    let best = -Infinity;
    const walk = (tags: number[]): void => {
      if (tags.length === n) {
        let sc = tr.start[tags[0]!]! + tr.end[tags[n - 1]!]!;
        tags.forEach((t, i) => (sc += em[i * T13 + t]! + (i ? tr.trans[tags[i - 1]! * T13 + t]! : 0)));
        best = Math.max(best, sc);
        return;
      }
      for (let t = 0; t < T13; t++) walk([...tags, t]);
    };
    walk([]);
    expect(score).toBe(best);
  }
});

test.each(['BIO', 'BIOES'] as const)('%s: the unrolled decoder gives the loops\' tags and score, tie for tie (integer scores, characters that may only be O, alone and in runs)', (scheme) => {
  const ts = tagSet(scheme);
  const n13 = ts.names.length;
  const random = seededRandom(scheme.length);
  const a = new DecodeWork();
  const b = new DecodeWork();
  for (let round = 0; round < 400; round++) {
    const n = 1 + Math.floor(random() * 12);
    const em = Float32Array.from({ length: n * n13 }, () => Math.round(random() * 2 - 1));
    const tr = constrain(ts, Float32Array.from({ length: n13 * n13 }, () => Math.round(random() * 2 - 1)), Float32Array.from({ length: n13 }, () => Math.round(random() * 2 - 1)), Float32Array.from({ length: n13 }, () => Math.round(random() * 2 - 1)));
    // Half the rounds with runs of characters that may only be O (the BIOES decoder takes a shortcut after one).
    const density = round % 2 ? 0.2 : 0.6;
    const onlyO = Uint8Array.from({ length: n }, () => (random() < density ? 1 : 0));
    const fast = new Uint8Array(n);
    const loops = new Uint8Array(n);
    expect(viterbi(em, n, tr, fast, a, onlyO)).toBe(viterbiLoops(em, n, tr, loops, b, onlyO));
    expect([...fast]).toEqual([...loops]);
  }
});

test('a character that may only be O is tagged O, whatever its scores', () => {
  const em = emissions([{ 'B-PER': 5 }, { 'I-PER': 9 }, { 'I-PER': 9, 'B-PER': 4 }]);
  const out = new Uint8Array(3);
  viterbi(em, 3, zeros(), out, new DecodeWork(), Uint8Array.from([0, 1, 0]));
  expect([...out].map((t) => bio.names[t])).toEqual(['B-PER', 'O', 'B-PER']);
});

describe('tag sets', () => {
  test.each(['BIO', 'BIOES'] as const)('%s: spans → tags → the same spans', (scheme) => {
    const ts = tagSet(scheme);
    const spans = [
      { start: 0, end: 1, type: 'LOC' as const },
      { start: 1, end: 4, type: 'ORG' as const },
      { start: 6, end: 8, type: 'PER' as const },
    ];
    const tags = encodeSpans(9, spans, ts);
    expect(decodeTags(tags, ts)).toEqual(spans);
  });

  test('BIOES has 13 tags and forbids E after O; BIO has 7', () => {
    const ts = tagSet('BIOES');
    expect(ts.names.length).toBe(13);
    expect(ts.allowed[ts.names.indexOf('O') * 13 + ts.names.indexOf('E-PER')]).toBe(0);
    expect(ts.allowed[ts.names.indexOf('B-PER') * 13 + ts.names.indexOf('E-PER')]).toBe(1);
    expect(T).toBe(7);
  });

  test('adjacent entities of one type stay apart (B after I starts a new one)', () => {
    const tags = Uint8Array.from(['B-PER', 'I-PER', 'B-PER', 'I-PER'].map(tag));
    expect(decodeTags(tags, bio)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 4, type: 'PER' },
    ]);
  });
});
