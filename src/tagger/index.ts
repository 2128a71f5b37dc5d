// The tagger stage: a character-level averaged-perceptron NER model (PER, LOC, ORG) trained by `npm run train`
// on annotated news (see model/README.md). It reads the extraction's jieba segmentation of a text and
// proposes spans, each with a score; src/extract decides, with its rules, what becomes a mention.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';
import { DecodeWork, constrain, spanMargin, viterbi, type Transitions } from './decode.js';
import { loadFeatureLexicons, type FeatureLexicons } from './feature-lexicons.js';
import { MAX_FEATURES, featureLines, featureRows, type FeatureLines } from './features.js';
import { decodeModel, type ModelWeights } from './model-file.js';
import { PrepareBuffers, prepareText, type PreparedText, type TaggerText } from './prepare.js';
import { decodeTags, type EntityType, type TagSet } from './tags.js';
import type { Calibration } from './train.js';

export type { TaggerText } from './prepare.js';
export type { EntityType } from './tags.js';

export const MODEL_DIR = fileURLToPath(new URL('./model/', import.meta.url));

export interface ModelSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The evidence for the span: how much the best tagging loses when the span is read as no name (model units). */
  margin: number;
  /** The chance that the span is right, from its margin (calibrated on the People's Daily dev split; model.json). */
  score: number;
}

/** The score of any tag but O at a character outside every name. */
const OUT_OF_NAME = -1e9;

export class NerModel {
  readonly id: string;
  private readonly tr: Transitions;
  private readonly T: number;
  /** By folded code: 1 for the characters the model reads as outside every name without scoring them. */
  private readonly outside = new Uint8Array(0x10000);
  /** The weights, four tags to an integer (see `packWeights`): row r is packed[4r .. 4r + 4). */
  private readonly packed: Int32Array;
  private readonly bits: number;
  /** The feature rows of a sentence's characters, one after another, and how many each has. */
  private ids = new Int32Array(0);
  private counts = new Uint8Array(0);
  private readonly work = new DecodeWork();
  private readonly buffers = new PrepareBuffers();
  private lines: FeatureLines | undefined;
  private em = new Float32Array(0);
  private best = new Uint8Array(0);
  private onlyO = new Uint8Array(0);

  private readonly tags: TagSet;

  constructor(
    m: ModelWeights,
    private readonly lexicons: FeatureLexicons,
    private readonly calibration: Calibration = { a: 0, b: 0 },
  ) {
    this.id = m.header.id;
    this.tags = m.tags;
    this.T = m.tags.names.length;
    this.tr = constrain(m.tags, m.trans, m.start, m.end);
    for (let k = 0; k < m.header.outside.length; k++) this.outside[m.header.outside.charCodeAt(k)] = 1;
    this.bits = m.header.bits;
    this.packed = packWeights(m.stored, 1 << m.header.bits, this.T, m.present);
  }

  /** The model's spans in the sentences of a text (each sentence is tagged on its own). */
  tag(x: TaggerText, sentences: readonly { start: number; end: number }[]): ModelSpan[] {
    const p = prepareText(x, this.lexicons, this.buffers);
    this.lines = featureLines(p, this.bits, this.lines);
    const out: ModelSpan[] = [];
    for (const s of sentences) if (s.end > s.start) this.tagSentence(p, s.start, s.end, out);
    return out;
  }

  private tagSentence(p: PreparedText, s: number, e: number, out: ModelSpan[]): void {
    const n = e - s;
    const T = this.T;
    if (this.em.length < n * T) {
      this.em = new Float32Array(n * T * 2);
      this.best = new Uint8Array(n * 2);
      this.onlyO = new Uint8Array(n * 2);
    }
    if (this.ids.length < n * MAX_FEATURES) {
      this.ids = new Int32Array(n * MAX_FEATURES * 2);
      this.counts = new Uint8Array(n * 2);
    }
    const { em, ids, counts, packed } = this;
    const { outside, onlyO } = this;
    const lines = this.lines!;
    // The rows of every character first, then their sums: the sums read the weight table at random, and in one
    // loop over the sentence the processor has the reads of one character under way while it waits on those of
    // the last (with the rows worked out between them, it waited on each character's in turn).
    for (let i = 0, k = 0; i < n; i++) {
      counts[i] = (onlyO[i] = outside[p.codes[s + i]!]!) ? 0 : featureRows(p, lines, s, e, s + i, ids, k);
      k += counts[i]!;
    }
    for (let i = 0, k = 0; i < n; i++) {
      const at = i * T;
      if (onlyO[i]) {
        // A character the training data never shows inside a name is read as O without scoring it.
        em[at] = 0;
        for (let t = 1; t < T; t++) em[at + t] = OUT_OF_NAME;
        continue;
      }
      rowSums(packed, ids, counts[i]!, T, em, at, k);
      k += counts[i]!;
    }
    viterbi(em, n, this.tr, this.best, this.work, onlyO);
    const { a, b } = this.calibration;
    let named = false;
    for (let i = 0; i < n && !named; i++) if (this.best[i] !== 0) named = true;
    if (!named) return;
    for (const span of decodeTags(this.best, this.tags, s, n)) {
      const margin = spanMargin(em, n, this.tr, this.best, span.start - s, span.end - s);
      const score = Math.round(1000 / (1 + Math.exp(-(a * Math.log2(1 + margin) + b)))) / 1000;
      out.push({ start: span.start, end: span.end, type: span.type, margin, score });
    }
  }
}

// A row's weights (8-bit integers, biased by 128 to be non-negative) are packed four to a 32-bit integer, four
// integers a row (16 bytes: a row and its neighbours of the same line share a cache line). Summing, each integer
// is split into two with 16-bit lanes (tags 4j and 4j + 2, and 4j + 1 and 4j + 3), so the sum of up to CHUNK rows
// is eight integer additions a row, and its lanes are the sums of each tag's weights plus the bias times the rows
// added — the same scores. The weights were first packed four to a 64-bit float in 13-bit lanes: 32 bytes a row,
// a 32 MB table where this one is 16 MB, and the sums waited on memory (the table's rows are read at random).
/** Rows summed before the lanes are read: 256 × 255 < 2^16. */
const CHUNK = 256;
const BIAS = 128;
const EVEN = 0x00ff00ff;

/**
 * em[at + t] = the sum of tag t's weights over the rows ids[first .. first + count): two tags to an integer in
 * 16-bit lanes, CHUNK rows at most before the lanes are read (they could carry after).
 */
export function rowSums(packed: Int32Array, ids: Int32Array, count: number, T: number, em: Float32Array, at: number, first = 0): void {
  let from = 0;
  do {
    const stop = Math.min(count, from + CHUNK);
    const end = first + stop;
    let a0 = 0, b0 = 0, a1 = 0, b1 = 0, a2 = 0, b2 = 0, a3 = 0, b3 = 0; // prettier-ignore
    for (let k = first + from; k < end; k++) {
      const r = ids[k]! << 2;
      const w0 = packed[r]!;
      const w1 = packed[r + 1]!;
      const w2 = packed[r + 2]!;
      const w3 = packed[r + 3]!;
      a0 = (a0 + (w0 & EVEN)) | 0;
      b0 = (b0 + ((w0 >>> 8) & EVEN)) | 0;
      a1 = (a1 + (w1 & EVEN)) | 0;
      b1 = (b1 + ((w1 >>> 8) & EVEN)) | 0;
      a2 = (a2 + (w2 & EVEN)) | 0;
      b2 = (b2 + ((w2 >>> 8) & EVEN)) | 0;
      a3 = (a3 + (w3 & EVEN)) | 0;
      b3 = (b3 + ((w3 >>> 8) & EVEN)) | 0;
    }
    // The lanes of each pair — tags 4j to 4j + 3, those below T — less the bias of the rows summed, written to em
    // (added past the first chunk). Read here, not in a helper: a call with the sums would box them.
    const bias = BIAS * (stop - from);
    const add = from > 0;
    for (let j = 0; 4 * j < T; j++) {
      const a = j === 0 ? a0 : j === 1 ? a1 : j === 2 ? a2 : a3;
      const b = j === 0 ? b0 : j === 1 ? b1 : j === 2 ? b2 : b3;
      const t = 4 * j;
      const k = at + t;
      em[k] = (add ? em[k]! : 0) + (a & 0xffff) - bias;
      if (t + 1 < T) em[k + 1] = (add ? em[k + 1]! : 0) + (b & 0xffff) - bias;
      if (t + 2 < T) em[k + 2] = (add ? em[k + 2]! : 0) + (a >>> 16) - bias;
      if (t + 3 < T) em[k + 3] = (add ? em[k + 3]! : 0) + (b >>> 16) - bias;
    }
  } while ((from += CHUNK) < count);
}

/**
 * 2^bits rows of T weights (T ≤ 16) packed four to an integer, four integers a row (see `rowSums`): `weights` holds
 * every row's T weights in row order, or, with `present` (a bit per row), only those of the rows present, the
 * others being zero (as a model file stores them).
 */
export function packWeights(weights: Int8Array, rows: number, T: number, present?: Uint8Array): Int32Array {
  if (T > 16) throw new KgError('DATA_INVALID', `a model of ${T} tags (at most 16 are supported)`);
  // Most rows are all zero (five in six of the shipped model's): each of their integers is the bias in every lane.
  const packed = new Int32Array(rows * 4).fill(BIAS * 0x01010101);
  for (let r = 0, src = 0; r < rows; r++) {
    if (present && !(present[r >> 3]! & (1 << (r & 7)))) continue;
    const from = src;
    src += T;
    let t = 0;
    while (t < T && weights[from + t] === 0) t++;
    if (t === T) continue;
    for (let j = 0; j < 4; j++) {
      let x = 0;
      for (let q = 0; q < 4; q++) {
        const t = 4 * j + q;
        x |= ((t < T ? weights[from + t]! : 0) + BIAS) << (8 * q);
      }
      packed[4 * r + j] = x;
    }
  }
  return packed;
}

export function modelFromBytes(bytes: Buffer, lexiconDir: string, where: string, calibration?: Calibration): NerModel {
  return new NerModel(decodeModel(bytes, where), loadFeatureLexicons(lexiconDir), calibration);
}

/** What `npm run train` records beside the model (model.json). */
export interface ModelRecord {
  model: { file: string; bytes: number; sha256: string };
  inputs: Record<string, unknown>;
  checksum: string;
  calibration: Calibration & { corpus: string; sha256: string; spans: number };
}

let shipped: NerModel | undefined;

/** The model that ships in src/tagger/model/, loaded once per process. */
export function loadNerModel(): NerModel {
  if (shipped) return shipped;
  const path = `${MODEL_DIR}ner.model`;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read the NER model (${(e as Error).message})`, { subject: path, hint: 'run `npm run train` to build it' });
  }
  let record: ModelRecord;
  try {
    record = JSON.parse(readFileSync(`${MODEL_DIR}model.json`, 'utf8')) as ModelRecord;
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read the NER model's record (${(e as Error).message})`, { subject: `${MODEL_DIR}model.json`, hint: 'run `npm run train` to build it' });
  }
  shipped = modelFromBytes(bytes, `${MODEL_DIR}feature-lexicons/`, path, record.calibration);
  return shipped;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
