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
import { decodeTags, type EntityType } from './tags.js';
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
  /** The weights, LANES tags to a number (see `packWeights`): row r is packed[4r .. 4r + 4). */
  private readonly packed: Float64Array;
  private readonly bits: number;
  private readonly ids = new Int32Array(MAX_FEATURES);
  private readonly work = new DecodeWork();
  private readonly buffers = new PrepareBuffers();
  private lines: FeatureLines | undefined;
  private em = new Float32Array(0);
  private best = new Uint8Array(0);
  private onlyO = new Uint8Array(0);

  constructor(
    private readonly m: ModelWeights,
    private readonly lexicons: FeatureLexicons,
    private readonly calibration: Calibration = { a: 0, b: 0 },
  ) {
    this.id = m.header.id;
    this.T = m.tags.names.length;
    this.tr = constrain(m.tags, m.trans, m.start, m.end);
    for (let k = 0; k < m.header.outside.length; k++) this.outside[m.header.outside.charCodeAt(k)] = 1;
    this.bits = m.header.bits;
    this.packed = packWeights(m.weights, 1 << m.header.bits, this.T);
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
    const { em, ids, packed } = this;
    const { outside, onlyO } = this;
    const lines = this.lines!;
    for (let i = 0; i < n; i++) {
      const at = i * T;
      if ((onlyO[i] = outside[p.codes[s + i]!]!)) {
        // A character the training data never shows inside a name is read as O without scoring it.
        em[at] = 0;
        for (let t = 1; t < T; t++) em[at + t] = OUT_OF_NAME;
        continue;
      }
      const count = featureRows(p, lines, s, e, s + i, ids);
      rowSums(packed, ids, count, T, em, at);
    }
    viterbi(em, n, this.tr, this.best, this.work, onlyO);
    const { a, b } = this.calibration;
    let named = false;
    for (let i = 0; i < n && !named; i++) if (this.best[i] !== 0) named = true;
    if (!named) return;
    for (const span of decodeTags(this.best, this.m.tags, s, n)) {
      const margin = spanMargin(em, n, this.tr, this.best, span.start - s, span.end - s);
      const score = Math.round(1000 / (1 + Math.exp(-(a * Math.log2(1 + margin) + b)))) / 1000;
      out.push({ start: span.start, end: span.end, type: span.type, margin, score });
    }
  }
}

// A row's weights (8-bit integers) are packed LANES to a number, each lane 13 bits, biased to be non-negative,
// four numbers a row: the sum of up to 32 rows is then four additions of exact integers (below 2^52) a feature,
// not thirteen, and its lanes are the sums of each tag's weights plus the bias times the rows added — the same
// scores. (The table is 32 MB where the 8-bit one was 16; leaving its all-zero rows out behind an index, or
// packing 16-bit lanes in 32-bit integers, measured no faster.)
const LANES = 4;
const LANE = 2 ** 13;
const BIAS = 128;
/** Rows summed before the lanes are read: 32 × 255 < 2^13. */
const CHUNK = 32;

/**
 * em[at + t] = the sum of tag t's weights over the rows ids[0 .. count): four tags at a time in four numbers,
 * CHUNK rows at most before the lanes are read (they could carry after).
 */
export function rowSums(packed: Float64Array, ids: Int32Array, count: number, T: number, em: Float32Array, at: number): void {
  let from = 0;
  do {
    const stop = Math.min(count, from + CHUNK);
    let x0 = 0, x1 = 0, x2 = 0, x3 = 0; // prettier-ignore
    for (let k = from; k < stop; k++) {
      const r = ids[k]! << 2;
      x0 += packed[r]!;
      x1 += packed[r + 1]!;
      x2 += packed[r + 2]!;
      x3 += packed[r + 3]!;
    }
    // The lanes of each number — tags 4j to 4j + 3, those below T — less the bias of the rows summed, written to
    // em (added past the first chunk). Its two halves are below 2^26: integer operations read their lanes. Read
    // here, not in a helper: a call with the sums would box them.
    const bias = BIAS * (stop - from);
    const add = from > 0;
    for (let j = 0; 4 * j < T; j++) {
      const x = j === 0 ? x0 : j === 1 ? x1 : j === 2 ? x2 : x3;
      const hi = Math.floor(x / (LANE * LANE));
      const lo = x - hi * (LANE * LANE);
      const t = 4 * j;
      const k = at + t;
      em[k] = (add ? em[k]! : 0) + (lo & (LANE - 1)) - bias;
      if (t + 1 < T) em[k + 1] = (add ? em[k + 1]! : 0) + (lo >>> 13) - bias;
      if (t + 2 < T) em[k + 2] = (add ? em[k + 2]! : 0) + (hi & (LANE - 1)) - bias;
      if (t + 3 < T) em[k + 3] = (add ? em[k + 3]! : 0) + (hi >>> 13) - bias;
    }
  } while ((from += CHUNK) < count);
}

/** 2^bits rows of T weights (T ≤ 16) packed LANES to a number, four numbers a row (see `rowSums`). */
export function packWeights(from: Int8Array, rows: number, T: number): Float64Array {
  if (T > 4 * LANES) throw new KgError('DATA_INVALID', `a model of ${T} tags (at most ${4 * LANES} are supported)`);
  const packed = new Float64Array(rows * 4);
  // Most rows are all zero (five in six of the shipped model's): each of their numbers is the bias in every lane.
  let zero = 0;
  for (let q = 0; q < LANES; q++) zero = zero * LANE + BIAS;
  for (let r = 0, src = 0; r < rows; r++, src += T) {
    let t = 0;
    while (t < T && from[src + t] === 0) t++;
    if (t === T) {
      packed[4 * r] = packed[4 * r + 1] = packed[4 * r + 2] = packed[4 * r + 3] = zero;
      continue;
    }
    for (let j = 0; j < 4; j++) {
      let x = 0;
      for (let q = LANES - 1; q >= 0; q--) {
        const t = 4 * j + q;
        x = x * LANE + (t < T ? from[src + t]! : 0) + BIAS;
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
