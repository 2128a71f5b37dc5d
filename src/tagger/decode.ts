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
  /**
   * The allowed steps into each tag, for the decoder's inner loop: the tags that may precede tag t are
   * predFrom[predStart[t] .. predStart[t + 1]), with the step's score in predScore (BIO: 34 of the 49 pairs).
   */
  predStart: Int32Array;
  predFrom: Int32Array;
  predScore: Float64Array;
}

/** Learned transition scores with the tag set's constraints applied: a forbidden step scores -Infinity. */
export function constrain(tags: TagSet, trans: ArrayLike<number>, start: ArrayLike<number>, end: ArrayLike<number>, into?: Transitions): Transitions {
  const T = tags.names.length;
  let allowedPairs = 0;
  for (let k = 0; k < T * T; k++) allowedPairs += tags.allowed[k]!;
  const out = into ?? {
    T,
    trans: new Float32Array(T * T),
    start: new Float32Array(T),
    end: new Float32Array(T),
    predStart: new Int32Array(T + 1),
    predFrom: new Int32Array(allowedPairs),
    predScore: new Float64Array(allowedPairs),
  };
  for (let k = 0; k < T * T; k++) out.trans[k] = tags.allowed[k] ? trans[k]! : -Infinity;
  for (let t = 0; t < T; t++) {
    out.start[t] = tags.canStart[t] ? start[t]! : -Infinity;
    out.end[t] = tags.canEnd[t] ? end[t]! : -Infinity;
  }
  let k = 0;
  for (let t = 0; t < T; t++) {
    out.predStart[t] = k;
    for (let f = 0; f < T; f++) {
      if (!tags.allowed[f * T + t]) continue;
      out.predFrom[k] = f;
      out.predScore[k++] = out.trans[f * T + t]!;
    }
  }
  out.predStart[T] = k;
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
 * score. Where onlyO[i] is 1, character i is tagged O (tag 0) whatever its scores.
 */
export function viterbi(em: Float32Array, n: number, tr: Transitions, out: Uint8Array, work: DecodeWork, onlyO?: Uint8Array): number {
  if (tr.T === 7) return viterbiBIO3(em, n, tr, out, work, onlyO);
  if (tr.T === 13) return viterbiBIOES3(em, n, tr, out, work, onlyO);
  return viterbiLoops(em, n, tr, out, work, onlyO);
}

/** `viterbi` over any tag set, by its allowed steps (exported for tests: the unrolled decoders must agree with it). */
export function viterbiLoops(em: Float32Array, n: number, tr: Transitions, out: Uint8Array, work: DecodeWork, onlyO?: Uint8Array): number {
  const T = tr.T;
  work.ensure(n, T);
  const { fwd, back } = work;
  const { predStart, predFrom, predScore } = tr;
  for (let t = 0; t < T; t++) fwd[t] = tr.start[t]! + em[t]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    // Where only O can be (onlyO[i]), the other tags need no search.
    const tags = onlyO?.[i] ? 1 : T;
    for (let t = tags; t < T; t++) fwd[cur + t] = -Infinity;
    for (let t = 0; t < tags; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = predStart[t]!, stop = predStart[t + 1]!; k < stop; k++) {
        const f = predFrom[k]!;
        const s = fwd[prev + f]! + predScore[k]!;
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
export function spanMargin(em: Float32Array, n: number, tr: Transitions, best: ArrayLike<number>, a: number, b: number): number {
  const T = tr.T;
  let d = 0;
  for (let i = a; i < b; i++) d += em[i * T + best[i]!]! - em[i * T]!;
  d += a > 0 ? tr.trans[best[a - 1]! * T + best[a]!]! - tr.trans[best[a - 1]! * T]! : tr.start[best[a]!]! - tr.start[0]!;
  for (let i = a + 1; i < b; i++) d += tr.trans[best[i - 1]! * T + best[i]!]! - tr.trans[0]!;
  d += b < n ? tr.trans[best[b - 1]! * T + best[b]!]! - tr.trans[best[b]!]! : tr.end[best[b - 1]!]! - tr.end[0]!;
  return d;
}

// prettier-ignore
/**
 * `viterbi` for BIO over three types (T = 7, in tags.ts order: O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG), the
 * shipped scheme, unrolled: the previous column's scores and the 34 allowed steps' scores live in local variables
 * (six times faster than the loops; the same result, tie for tie — ties go to the lower tag, as in the loops).
 */
function viterbiBIO3(em: Float32Array, n: number, tr: Transitions, out: Uint8Array, work: DecodeWork, onlyO?: Uint8Array): number {
  work.ensure(n, 7);
  const { fwd, back } = work;
  const x = tr.trans;
  // x[f * 7 + t]
  const o0 = x[0]!, o1 = x[7]!, o2 = x[14]!, o3 = x[21]!, o4 = x[28]!, o5 = x[35]!, o6 = x[42]!;
  const p0 = x[1]!, p1 = x[8]!, p2 = x[15]!, p3 = x[22]!, p4 = x[29]!, p5 = x[36]!, p6 = x[43]!;
  const l0 = x[3]!, l1 = x[10]!, l2 = x[17]!, l3 = x[24]!, l4 = x[31]!, l5 = x[38]!, l6 = x[45]!;
  const g0 = x[5]!, g1 = x[12]!, g2 = x[19]!, g3 = x[26]!, g4 = x[33]!, g5 = x[40]!, g6 = x[47]!;
  const ip1 = x[1 * 7 + 2]!, ip2 = x[2 * 7 + 2]!, il3 = x[3 * 7 + 4]!, il4 = x[4 * 7 + 4]!, ig5 = x[5 * 7 + 6]!, ig6 = x[6 * 7 + 6]!;
  for (let t = 0; t < 7; t++) fwd[t] = tr.start[t]! + em[t]!;
  let f0 = fwd[0]!, f1 = fwd[1]!, f2 = fwd[2]!, f3 = fwd[3]!, f4 = fwd[4]!, f5 = fwd[5]!, f6 = fwd[6]!;
  for (let i = 1; i < n; i++) {
    const c = i * 7;
    // into O
    let b = f0 + o0, a = 0, v;
    if ((v = f1 + o1) > b) { b = v; a = 1; }
    if ((v = f2 + o2) > b) { b = v; a = 2; }
    if ((v = f3 + o3) > b) { b = v; a = 3; }
    if ((v = f4 + o4) > b) { b = v; a = 4; }
    if ((v = f5 + o5) > b) { b = v; a = 5; }
    if ((v = f6 + o6) > b) { b = v; a = 6; }
    const n0 = b + em[c]!;
    back[c] = a;
    if (onlyO !== undefined && onlyO[i]) {
      f0 = n0; f1 = f2 = f3 = f4 = f5 = f6 = -Infinity;
      continue;
    }
    // into B-PER
    b = f0 + p0; a = 0;
    if ((v = f1 + p1) > b) { b = v; a = 1; }
    if ((v = f2 + p2) > b) { b = v; a = 2; }
    if ((v = f3 + p3) > b) { b = v; a = 3; }
    if ((v = f4 + p4) > b) { b = v; a = 4; }
    if ((v = f5 + p5) > b) { b = v; a = 5; }
    if ((v = f6 + p6) > b) { b = v; a = 6; }
    const n1 = b + em[c + 1]!; back[c + 1] = a;
    // into B-LOC
    b = f0 + l0; a = 0;
    if ((v = f1 + l1) > b) { b = v; a = 1; }
    if ((v = f2 + l2) > b) { b = v; a = 2; }
    if ((v = f3 + l3) > b) { b = v; a = 3; }
    if ((v = f4 + l4) > b) { b = v; a = 4; }
    if ((v = f5 + l5) > b) { b = v; a = 5; }
    if ((v = f6 + l6) > b) { b = v; a = 6; }
    const n3 = b + em[c + 3]!; back[c + 3] = a;
    // into B-ORG
    b = f0 + g0; a = 0;
    if ((v = f1 + g1) > b) { b = v; a = 1; }
    if ((v = f2 + g2) > b) { b = v; a = 2; }
    if ((v = f3 + g3) > b) { b = v; a = 3; }
    if ((v = f4 + g4) > b) { b = v; a = 4; }
    if ((v = f5 + g5) > b) { b = v; a = 5; }
    if ((v = f6 + g6) > b) { b = v; a = 6; }
    const n5 = b + em[c + 5]!; back[c + 5] = a;
    // into I-x: from B-x or I-x
    let n2, n4, n6;
    if (f1 + ip1 >= f2 + ip2) { n2 = f1 + ip1; back[c + 2] = 1; } else { n2 = f2 + ip2; back[c + 2] = 2; }
    if (f3 + il3 >= f4 + il4) { n4 = f3 + il3; back[c + 4] = 3; } else { n4 = f4 + il4; back[c + 4] = 4; }
    if (f5 + ig5 >= f6 + ig6) { n6 = f5 + ig5; back[c + 6] = 5; } else { n6 = f6 + ig6; back[c + 6] = 6; }
    f0 = n0; f1 = n1; f2 = n2 + em[c + 2]!; f3 = n3; f4 = n4 + em[c + 4]!; f5 = n5; f6 = n6 + em[c + 6]!;
  }
  const e = tr.end;
  let best = f0 + e[0]!, arg = 0, v;
  if ((v = f1 + e[1]!) > best) { best = v; arg = 1; }
  if ((v = f2 + e[2]!) > best) { best = v; arg = 2; }
  if ((v = f3 + e[3]!) > best) { best = v; arg = 3; }
  if ((v = f4 + e[4]!) > best) { best = v; arg = 4; }
  if ((v = f5 + e[5]!) > best) { best = v; arg = 5; }
  if ((v = f6 + e[6]!) > best) { best = v; arg = 6; }
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * 7 + arg]!; }
  return best;
}

// prettier-ignore
/**
 * `viterbi` for BIOES over three types (T = 13, in tags.ts order: O, then B, I, E, S of PER, LOC and ORG), unrolled
 * as viterbiBIO3 is: O, B and S follow O, E or S (seven steps each); I and E follow the B or I of their type.
 * The same result as the loops, tie for tie.
 */
function viterbiBIOES3(em: Float32Array, n: number, tr: Transitions, out: Uint8Array, work: DecodeWork, onlyO?: Uint8Array): number {
  work.ensure(n, 13);
  const { fwd, back } = work;
  const x = tr.trans;
  const x0_0 = x[0]!, x3_0 = x[39]!, x4_0 = x[52]!, x7_0 = x[91]!, x8_0 = x[104]!, x11_0 = x[143]!, x12_0 = x[156]!;
  const x0_1 = x[1]!, x3_1 = x[40]!, x4_1 = x[53]!, x7_1 = x[92]!, x8_1 = x[105]!, x11_1 = x[144]!, x12_1 = x[157]!;
  const x0_4 = x[4]!, x3_4 = x[43]!, x4_4 = x[56]!, x7_4 = x[95]!, x8_4 = x[108]!, x11_4 = x[147]!, x12_4 = x[160]!;
  const x0_5 = x[5]!, x3_5 = x[44]!, x4_5 = x[57]!, x7_5 = x[96]!, x8_5 = x[109]!, x11_5 = x[148]!, x12_5 = x[161]!;
  const x0_8 = x[8]!, x3_8 = x[47]!, x4_8 = x[60]!, x7_8 = x[99]!, x8_8 = x[112]!, x11_8 = x[151]!, x12_8 = x[164]!;
  const x0_9 = x[9]!, x3_9 = x[48]!, x4_9 = x[61]!, x7_9 = x[100]!, x8_9 = x[113]!, x11_9 = x[152]!, x12_9 = x[165]!;
  const x0_12 = x[12]!, x3_12 = x[51]!, x4_12 = x[64]!, x7_12 = x[103]!, x8_12 = x[116]!, x11_12 = x[155]!, x12_12 = x[168]!;
  const x1_2 = x[15]!, x2_2 = x[28]!;
  const x1_3 = x[16]!, x2_3 = x[29]!;
  const x5_6 = x[71]!, x6_6 = x[84]!;
  const x5_7 = x[72]!, x6_7 = x[85]!;
  const x9_10 = x[127]!, x10_10 = x[140]!;
  const x9_11 = x[128]!, x10_11 = x[141]!;
  for (let t = 0; t < 13; t++) fwd[t] = tr.start[t]! + em[t]!;
  let f0 = fwd[0]!, f1 = fwd[1]!, f2 = fwd[2]!, f3 = fwd[3]!, f4 = fwd[4]!, f5 = fwd[5]!, f6 = fwd[6]!, f7 = fwd[7]!, f8 = fwd[8]!, f9 = fwd[9]!, f10 = fwd[10]!, f11 = fwd[11]!, f12 = fwd[12]!;
  // After a character read as O only, every tag but O scores -Infinity: each step's best is from O (the searches
  // below would find it, tie for tie, and write the same back-pointers).
  let afterOnlyO = false;
  for (let i = 1; i < n; i++) {
    const c = i * 13;
    if (afterOnlyO) {
      const only = onlyO !== undefined && onlyO[i] === 1;
      const n0 = f0 + x0_0 + em[c]!; back[c] = 0;
      if (only) {
        f0 = n0;
        continue;
      }
      f1 = f0 + x0_1 + em[c + 1]!; back[c + 1] = 0;
      f4 = f0 + x0_4 + em[c + 4]!; back[c + 4] = 0;
      f5 = f0 + x0_5 + em[c + 5]!; back[c + 5] = 0;
      f8 = f0 + x0_8 + em[c + 8]!; back[c + 8] = 0;
      f9 = f0 + x0_9 + em[c + 9]!; back[c + 9] = 0;
      f12 = f0 + x0_12 + em[c + 12]!; back[c + 12] = 0;
      // I and E from a B or I scoring -Infinity: -Infinity, the back-pointer the ties give.
      f2 = f3 = f6 = f7 = f10 = f11 = -Infinity;
      back[c + 2] = 1; back[c + 3] = 1; back[c + 6] = 5; back[c + 7] = 5; back[c + 10] = 9; back[c + 11] = 9;
      f0 = n0;
      afterOnlyO = false;
      continue;
    }
    let b, a, v;
    // into O
    b = f0 + x0_0; a = 0;
    if ((v = f3 + x3_0) > b) { b = v; a = 3; }
    if ((v = f4 + x4_0) > b) { b = v; a = 4; }
    if ((v = f7 + x7_0) > b) { b = v; a = 7; }
    if ((v = f8 + x8_0) > b) { b = v; a = 8; }
    if ((v = f11 + x11_0) > b) { b = v; a = 11; }
    if ((v = f12 + x12_0) > b) { b = v; a = 12; }
    const n0 = b + em[c + 0]!; back[c + 0] = a;
    if (onlyO !== undefined && onlyO[i]) {
      f0 = n0; f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = f9 = f10 = f11 = f12 = -Infinity;
      afterOnlyO = true;
      continue;
    }
    // into B-PER
    b = f0 + x0_1; a = 0;
    if ((v = f3 + x3_1) > b) { b = v; a = 3; }
    if ((v = f4 + x4_1) > b) { b = v; a = 4; }
    if ((v = f7 + x7_1) > b) { b = v; a = 7; }
    if ((v = f8 + x8_1) > b) { b = v; a = 8; }
    if ((v = f11 + x11_1) > b) { b = v; a = 11; }
    if ((v = f12 + x12_1) > b) { b = v; a = 12; }
    const n1 = b + em[c + 1]!; back[c + 1] = a;
    // into S-PER
    b = f0 + x0_4; a = 0;
    if ((v = f3 + x3_4) > b) { b = v; a = 3; }
    if ((v = f4 + x4_4) > b) { b = v; a = 4; }
    if ((v = f7 + x7_4) > b) { b = v; a = 7; }
    if ((v = f8 + x8_4) > b) { b = v; a = 8; }
    if ((v = f11 + x11_4) > b) { b = v; a = 11; }
    if ((v = f12 + x12_4) > b) { b = v; a = 12; }
    const n4 = b + em[c + 4]!; back[c + 4] = a;
    // into B-LOC
    b = f0 + x0_5; a = 0;
    if ((v = f3 + x3_5) > b) { b = v; a = 3; }
    if ((v = f4 + x4_5) > b) { b = v; a = 4; }
    if ((v = f7 + x7_5) > b) { b = v; a = 7; }
    if ((v = f8 + x8_5) > b) { b = v; a = 8; }
    if ((v = f11 + x11_5) > b) { b = v; a = 11; }
    if ((v = f12 + x12_5) > b) { b = v; a = 12; }
    const n5 = b + em[c + 5]!; back[c + 5] = a;
    // into S-LOC
    b = f0 + x0_8; a = 0;
    if ((v = f3 + x3_8) > b) { b = v; a = 3; }
    if ((v = f4 + x4_8) > b) { b = v; a = 4; }
    if ((v = f7 + x7_8) > b) { b = v; a = 7; }
    if ((v = f8 + x8_8) > b) { b = v; a = 8; }
    if ((v = f11 + x11_8) > b) { b = v; a = 11; }
    if ((v = f12 + x12_8) > b) { b = v; a = 12; }
    const n8 = b + em[c + 8]!; back[c + 8] = a;
    // into B-ORG
    b = f0 + x0_9; a = 0;
    if ((v = f3 + x3_9) > b) { b = v; a = 3; }
    if ((v = f4 + x4_9) > b) { b = v; a = 4; }
    if ((v = f7 + x7_9) > b) { b = v; a = 7; }
    if ((v = f8 + x8_9) > b) { b = v; a = 8; }
    if ((v = f11 + x11_9) > b) { b = v; a = 11; }
    if ((v = f12 + x12_9) > b) { b = v; a = 12; }
    const n9 = b + em[c + 9]!; back[c + 9] = a;
    // into S-ORG
    b = f0 + x0_12; a = 0;
    if ((v = f3 + x3_12) > b) { b = v; a = 3; }
    if ((v = f4 + x4_12) > b) { b = v; a = 4; }
    if ((v = f7 + x7_12) > b) { b = v; a = 7; }
    if ((v = f8 + x8_12) > b) { b = v; a = 8; }
    if ((v = f11 + x11_12) > b) { b = v; a = 11; }
    if ((v = f12 + x12_12) > b) { b = v; a = 12; }
    const n12 = b + em[c + 12]!; back[c + 12] = a;
    // into I-x and E-x: from the B or I of their type
    let n2; if (f1 + x1_2 >= f2 + x2_2) { n2 = f1 + x1_2 + em[c + 2]!; back[c + 2] = 1; } else { n2 = f2 + x2_2 + em[c + 2]!; back[c + 2] = 2; }
    let n3; if (f1 + x1_3 >= f2 + x2_3) { n3 = f1 + x1_3 + em[c + 3]!; back[c + 3] = 1; } else { n3 = f2 + x2_3 + em[c + 3]!; back[c + 3] = 2; }
    let n6; if (f5 + x5_6 >= f6 + x6_6) { n6 = f5 + x5_6 + em[c + 6]!; back[c + 6] = 5; } else { n6 = f6 + x6_6 + em[c + 6]!; back[c + 6] = 6; }
    let n7; if (f5 + x5_7 >= f6 + x6_7) { n7 = f5 + x5_7 + em[c + 7]!; back[c + 7] = 5; } else { n7 = f6 + x6_7 + em[c + 7]!; back[c + 7] = 6; }
    let n10; if (f9 + x9_10 >= f10 + x10_10) { n10 = f9 + x9_10 + em[c + 10]!; back[c + 10] = 9; } else { n10 = f10 + x10_10 + em[c + 10]!; back[c + 10] = 10; }
    let n11; if (f9 + x9_11 >= f10 + x10_11) { n11 = f9 + x9_11 + em[c + 11]!; back[c + 11] = 9; } else { n11 = f10 + x10_11 + em[c + 11]!; back[c + 11] = 10; }
    f0 = n0; f1 = n1; f2 = n2; f3 = n3; f4 = n4; f5 = n5; f6 = n6; f7 = n7; f8 = n8; f9 = n9; f10 = n10; f11 = n11; f12 = n12;
  }
  const e = tr.end;
  let best = f0 + e[0]!, arg = 0, v;
  if ((v = f1 + e[1]!) > best) { best = v; arg = 1; }
  if ((v = f2 + e[2]!) > best) { best = v; arg = 2; }
  if ((v = f3 + e[3]!) > best) { best = v; arg = 3; }
  if ((v = f4 + e[4]!) > best) { best = v; arg = 4; }
  if ((v = f5 + e[5]!) > best) { best = v; arg = 5; }
  if ((v = f6 + e[6]!) > best) { best = v; arg = 6; }
  if ((v = f7 + e[7]!) > best) { best = v; arg = 7; }
  if ((v = f8 + e[8]!) > best) { best = v; arg = 8; }
  if ((v = f9 + e[9]!) > best) { best = v; arg = 9; }
  if ((v = f10 + e[10]!) > best) { best = v; arg = 10; }
  if ((v = f11 + e[11]!) > best) { best = v; arg = 11; }
  if ((v = f12 + e[12]!) > best) { best = v; arg = 12; }
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * 13 + arg]!; }
  return best;
}
