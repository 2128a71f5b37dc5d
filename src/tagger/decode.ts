// Viterbi decoding over a sentence: per-character tag scores (from the features' weights) plus tag-to-tag
// transition scores, constrained so that only well-formed tag sequences come out (no I-ORG after O). A span's
// margin — how much the best tagging loses when the span is read as no name — is the evidence for it.
import type { TagSet } from './tags.js';

/** Scores between tags, with -Infinity where the tag set forbids the step (see `constrain`). */
export interface Transitions {
  /** Number of tags. */
  T: number;
  /** trans[from * T + to]. */
  trans: Float32Array;
  /** Scores of opening and closing a sentence with a tag. */
  start: Float32Array;
  end: Float32Array;
}

/** Learned transition scores with the tag set's constraints applied: a forbidden step scores -Infinity. */
export function constrain(tags: TagSet, trans: ArrayLike<number>, start: ArrayLike<number>, end: ArrayLike<number>, into?: Transitions): Transitions {
  const T = tags.names.length;
  const out = into ?? { T, trans: new Float32Array(T * T), start: new Float32Array(T), end: new Float32Array(T) };
  for (let k = 0; k < T * T; k++) out.trans[k] = tags.allowed[k] ? trans[k]! : -Infinity;
  for (let t = 0; t < T; t++) {
    out.start[t] = tags.canStart[t] ? start[t]! : -Infinity;
    out.end[t] = tags.canEnd[t] ? end[t]! : -Infinity;
  }
  return out;
}

/** Scratch arrays reused from sentence to sentence; grown as needed. */
export class DecodeWork {
  fwd = new Float64Array(0);
  back = new Uint8Array(0);
  ensure(n: number, T: number): void {
    if (this.fwd.length < n * T) {
      this.fwd = new Float64Array(n * T * 2);
      this.back = new Uint8Array(n * T * 2);
    }
  }
}

/**
 * The best tag sequence for `n` characters with emission scores em[i * T + t]; writes it to `out` and returns its
 * score.
 */
export function viterbi(em: ArrayLike<number>, n: number, tr: Transitions, out: Uint8Array, work: DecodeWork): number {
  const T = tr.T;
  work.ensure(n, T);
  const { fwd, back } = work;
  for (let t = 0; t < T; t++) fwd[t] = tr.start[t]! + em[t]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < T; f++) {
        const s = fwd[prev + f]! + tr.trans[f * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      fwd[cur + t] = best + em[cur + t]!;
      back[cur + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    const s = fwd[last + t]! + tr.end[t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return best;
}

/**
 * How much better the best tagging `best` scores than the same tagging with characters [a, b) tagged O instead
 * (tag 0): the evidence for a span the decoder found there. Never negative, since `best` is the best.
 */
export function spanMargin(em: ArrayLike<number>, n: number, tr: Transitions, best: ArrayLike<number>, a: number, b: number): number {
  const T = tr.T;
  let d = 0;
  for (let i = a; i < b; i++) d += em[i * T + best[i]!]! - em[i * T]!;
  d += a > 0 ? tr.trans[best[a - 1]! * T + best[a]!]! - tr.trans[best[a - 1]! * T]! : tr.start[best[a]!]! - tr.start[0]!;
  for (let i = a + 1; i < b; i++) d += tr.trans[best[i - 1]! * T + best[i]!]! - tr.trans[0]!;
  d += b < n ? tr.trans[best[b - 1]! * T + best[b]!]! - tr.trans[best[b]!]! : tr.end[best[b - 1]!]! - tr.end[0]!;
  return d;
}
