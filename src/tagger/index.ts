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
  private readonly stride: number;
  private readonly weights: Int8Array;
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
    // Rows padded to a power of two (8 for BIO's 7 tags), so no row straddles a cache line.
    this.stride = 1 << Math.ceil(Math.log2(this.T));
    this.weights = new Int8Array((1 << m.header.bits) * this.stride);
    // Byte by byte: a million rows copied as subarrays took a second at load.
    const T = this.T;
    const from = m.weights;
    const to = this.weights;
    for (let r = 0, src = 0, dst = 0, rows = 1 << m.header.bits; r < rows; r++, dst += this.stride) for (let t = 0; t < T; t++) to[dst + t] = from[src++]!;
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
    const { em, ids, stride } = this;
    const w = this.weights;
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
      if (T === 7) {
        // BIO over three types, the shipped scheme: the row's sums in registers.
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0; // prettier-ignore
        for (let k = 0; k < count; k++) {
          const r = ids[k]! << 3;
          a0 += w[r]!;
          a1 += w[r + 1]!;
          a2 += w[r + 2]!;
          a3 += w[r + 3]!;
          a4 += w[r + 4]!;
          a5 += w[r + 5]!;
          a6 += w[r + 6]!;
        }
        em[at] = a0;
        em[at + 1] = a1;
        em[at + 2] = a2;
        em[at + 3] = a3;
        em[at + 4] = a4;
        em[at + 5] = a5;
        em[at + 6] = a6;
      } else if (T === 13) {
        // BIOES over three types: the same, thirteen sums in registers (a loop over the row writing to em costs
        // twice as much).
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0; // prettier-ignore
        for (let k = 0; k < count; k++) {
          const r = ids[k]! << 4;
          a0 += w[r]!;
          a1 += w[r + 1]!;
          a2 += w[r + 2]!;
          a3 += w[r + 3]!;
          a4 += w[r + 4]!;
          a5 += w[r + 5]!;
          a6 += w[r + 6]!;
          a7 += w[r + 7]!;
          a8 += w[r + 8]!;
          a9 += w[r + 9]!;
          a10 += w[r + 10]!;
          a11 += w[r + 11]!;
          a12 += w[r + 12]!;
        }
        em[at] = a0;
        em[at + 1] = a1;
        em[at + 2] = a2;
        em[at + 3] = a3;
        em[at + 4] = a4;
        em[at + 5] = a5;
        em[at + 6] = a6;
        em[at + 7] = a7;
        em[at + 8] = a8;
        em[at + 9] = a9;
        em[at + 10] = a10;
        em[at + 11] = a11;
        em[at + 12] = a12;
      } else {
        em.fill(0, at, at + T);
        for (let k = 0; k < count; k++) {
          const row = ids[k]! * stride;
          for (let t = 0; t < T; t++) em[at + t]! += w[row + t]!;
        }
      }
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
