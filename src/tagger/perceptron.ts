// The learner: a structured averaged perceptron (Collins 2002). Decode a sentence with the current weights; where
// the guess differs from the truth, add to the truth's features and subtract from the guess's. The returned
// weights are the average over every step (kept lazily: each update also adds step × change to a second table,
// and average = weights − that table ÷ steps), which generalises far better than the last weights.
import { DecodeWork, constrain, viterbi, type Transitions } from './decode.js';
import type { TagSet } from './tags.js';

export interface TrainingSentence {
  /** Feature row ids, position by position: ids[offsets[i] .. offsets[i + 1]). */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

export interface AveragedWeights {
  /** rows × T, row-major. */
  weights: Float32Array;
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

export class Perceptron {
  readonly T: number;
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly tw: Float32Array;
  private readonly tu: Float64Array;
  /** Transitions as the decoder reads them: tw with the tag set's constraints. */
  private readonly tr: Transitions;
  private steps = 1;
  private readonly work = new DecodeWork();
  private em = new Float32Array(0);
  private guess = new Uint8Array(0);

  constructor(readonly tags: TagSet, readonly rows: number) {
    const T = (this.T = tags.names.length);
    this.w = new Float32Array(rows * T);
    this.u = new Float64Array(rows * T);
    this.tw = new Float32Array(T * T + 2 * T);
    this.tu = new Float64Array(T * T + 2 * T);
    this.tr = constrain(tags, this.tw.subarray(0, T * T), this.tw.subarray(T * T, T * T + T), this.tw.subarray(T * T + T));
  }

  /** Emission scores of a sentence under the current weights. */
  private score(s: TrainingSentence, n: number): Float32Array {
    const T = this.T;
    if (this.em.length < n * T) this.em = new Float32Array(n * T * 2);
    const em = this.em;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
        const row = s.ids[k]! * T;
        for (let t = 0; t < T; t++) em[i * T + t]! += this.w[row + t]!;
      }
    }
    return em;
  }

  /** One step on one sentence; returns the number of characters it tagged wrongly. */
  learn(s: TrainingSentence): number {
    const n = s.gold.length;
    const T = this.T;
    if (this.guess.length < n) this.guess = new Uint8Array(n * 2);
    const guess = this.guess;
    const tw = this.tw;
    constrain(this.tags, tw.subarray(0, T * T), tw.subarray(T * T, T * T + T), tw.subarray(T * T + T), this.tr);
    viterbi(this.score(s, n), n, this.tr, guess, this.work);
    let wrong = 0;
    const c = this.steps;
    const bump = (table: Float32Array, sums: Float64Array, at: number, delta: number): void => {
      table[at]! += delta;
      sums[at]! += c * delta;
    };
    for (let i = 0; i < n; i++) {
      const g = s.gold[i]!;
      const p = guess[i]!;
      if (g !== p) {
        wrong++;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const row = s.ids[k]! * T;
          bump(this.w, this.u, row + g, 1);
          bump(this.w, this.u, row + p, -1);
        }
      }
      const gPrev = i === 0 ? -1 : s.gold[i - 1]!;
      const pPrev = i === 0 ? -1 : guess[i - 1]!;
      if (g === p && gPrev === pPrev) continue;
      if (i === 0) {
        bump(this.tw, this.tu, T * T + g, 1);
        bump(this.tw, this.tu, T * T + p, -1);
      } else {
        bump(this.tw, this.tu, gPrev * T + g, 1);
        bump(this.tw, this.tu, pPrev * T + p, -1);
      }
    }
    const gl = s.gold[n - 1]!;
    const pl = guess[n - 1]!;
    if (gl !== pl) {
      bump(this.tw, this.tu, T * T + T + gl, 1);
      bump(this.tw, this.tu, T * T + T + pl, -1);
    }
    this.steps++;
    return wrong;
  }

  /** The averaged weights (the learner itself is unchanged and may go on learning). */
  averaged(): AveragedWeights {
    const avg = (w: Float32Array, u: Float64Array): Float32Array => {
      const out = new Float32Array(w.length);
      for (let k = 0; k < w.length; k++) out[k] = w[k]! - u[k]! / this.steps;
      return out;
    };
    const t = avg(this.tw, this.tu);
    const T = this.T;
    return { weights: avg(this.w, this.u), trans: t.slice(0, T * T), start: t.slice(T * T, T * T + T), end: t.slice(T * T + T) };
  }
}
