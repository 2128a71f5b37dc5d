// The emission scores from packed weights: four tags' weights packed in one integer and summed two lanes at a
// time must give exactly the sums of the 8-bit weights, for both tag sets, at the extremes of the weights' range,
// for a character with more rows than one chunk of lanes holds before they could carry, and from an offset.
import { packWeights, rowSums } from '../../../src/tagger/index.js';
import { seededRandom } from '../../../src/util/random.js';

function plainSums(w: Int8Array, T: number, ids: Int32Array, count: number): number[] {
  const out = new Array<number>(T).fill(0);
  for (let k = 0; k < count; k++) for (let t = 0; t < T; t++) out[t]! += w[ids[k]! * T + t]!;
  return out;
}

describe('rowSums over packed weights', () => {
  for (const T of [7, 13]) {
    const rows = 64;
    const random = seededRandom(T);
    const w = Int8Array.from({ length: rows * T }, () => Math.floor(random() * 256) - 128);
    // Row 0 all at the top of the range, row 1 all at the bottom: the lanes' largest and smallest sums.
    for (let t = 0; t < T; t++) {
      w[t] = 127;
      w[T + t] = -128;
    }
    const packed = packWeights(w, rows, T);

    for (const count of [1, 13, 32, 33, 57, 100, 256, 257, 600]) {
      test(`T = ${T}, ${count} rows`, () => {
        const ids = Int32Array.from({ length: count }, () => Math.floor(random() * rows));
        const em = new Float32Array(3 * T).fill(99);
        rowSums(packed, ids, count, T, em, T);
        expect([...em.subarray(T, 2 * T)]).toEqual(plainSums(w, T, ids, count));
        // Nothing outside the character's scores is written.
        expect([...em.subarray(0, T), ...em.subarray(2 * T)]).toEqual(new Array(2 * T).fill(99));
      });
    }

    test(`T = ${T}: the extremes, rows repeated past a chunk`, () => {
      for (const row of [0, 1]) {
        const ids = new Int32Array(600).fill(row);
        const em = new Float32Array(T);
        rowSums(packed, ids, 600, T, em, 0);
        expect([...em]).toEqual(new Array(T).fill(row === 0 ? 127 * 600 : -128 * 600));
      }
    });
  }

  test('rows read from an offset: the same sums', () => {
    const T = 13;
    const random = seededRandom(5);
    const w = Int8Array.from({ length: 64 * T }, () => Math.floor(random() * 256) - 128);
    const packed = packWeights(w, 64, T);
    const ids = Int32Array.from({ length: 40 }, () => Math.floor(random() * 64));
    const em = new Float32Array(T);
    rowSums(packed, ids, 15, T, em, 0, 20);
    expect([...em]).toEqual(plainSums(w, T, ids.subarray(20), 15));
  });

  test('rows packed from a model file\'s present rows alone pack as the dense rows do', () => {
    const T = 13;
    const rows = 96;
    const random = seededRandom(9);
    const dense = new Int8Array(rows * T);
    const present = new Uint8Array(rows / 8);
    const stored: number[] = [];
    for (let r = 0; r < rows; r++) {
      // A third of the rows absent, and a present row of zeros too (a file may hold one).
      if (r % 3 === 0) continue;
      present[r >> 3]! |= 1 << (r & 7);
      for (let t = 0; t < T; t++) {
        const v = r === 4 ? 0 : Math.floor(random() * 256) - 128;
        dense[r * T + t] = v;
        stored.push(v);
      }
    }
    expect([...packWeights(Int8Array.from(stored), rows, T, present)]).toEqual([...packWeights(dense, rows, T)]);
    const ids = Int32Array.from({ length: 50 }, () => Math.floor(random() * rows));
    const em = new Float32Array(T);
    rowSums(packWeights(Int8Array.from(stored), rows, T, present), ids, 50, T, em, 0);
    expect([...em]).toEqual(plainSums(dense, T, ids, 50));
  });

  test('a tag set wider than the lanes is refused', () => {
    expect(() => packWeights(new Int8Array(17), 1, 17)).toThrow(/17 tags/);
  });
});
