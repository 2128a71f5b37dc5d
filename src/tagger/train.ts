// Training: annotated sentences → feature ids (computed once) → epochs of the averaged perceptron in an order
// shuffled with a fixed seed → the averaged weights, quantised into a model file. The same records, settings
// and resources give the same bytes.
import type { BuiltJieba } from '../extract/jieba.js';
import { fallbackTag, splitSentences } from '../extract/context.js';
import type { FeatureLexicons } from './feature-lexicons.js';
import { MAX_FEATURES, featureLines, featureRows, type FeatureLines } from './features.js';
import { encodeModel } from './model-file.js';
import { seededRandom } from '../util/random.js';
import { Perceptron, type TrainingSentence } from './perceptron.js';
import { PrepareBuffers, foldCode, prepareText, type TaggerText } from './prepare.js';
import { ENTITY_TYPES, encodeSpans, tagSet, type EntityType, type Scheme, type TypedSpan } from './tags.js';

export interface TrainSettings {
  /** Recorded on every mention the model finds. */
  id: string;
  scheme: Scheme;
  /** The weight table has 2^bits rows. */
  bits: number;
  epochs: number;
  /** Seed of the shuffle before each epoch. */
  seed: number;
  /**
   * Characters seen at least minCount times in training and inside a name at most maxRate of them are read as
   * outside every name without scoring (a fifth of running text: punctuation, 的, 了, 在 …).
   */
  outside: { minCount: number; maxRate: number };
}

export interface AnnotatedRecord {
  text: string;
  entities: ReadonlyArray<{ start: number; end: number; label: string }>;
}

export interface Segmented extends TaggerText {
  sentences: Array<{ start: number; end: number }>;
}

/** jieba's words and tags and the sentences of each text, as the extraction stage's contexts hold them. */
export function segment(texts: readonly string[], jieba: BuiltJieba): Segmented[] {
  return texts.map((text) => {
    const words = jieba.tagger.cut(text, true);
    const tokens: Array<{ start: number; end: number; tag: string }> = [];
    const tokenAt = new Int32Array(text.length);
    let pos = 0;
    for (const word of words) {
      tokenAt.fill(tokens.length, pos, pos + word.length);
      tokens.push({ start: pos, end: pos + word.length, tag: jieba.tags.get(word) ?? fallbackTag(word) });
      pos += word.length;
    }
    return { text, tokens, tokenAt, sentences: splitSentences(text) };
  });
}

/** The training instances of records: one per sentence, with every character's feature ids. */
export function trainingSentences(records: readonly AnnotatedRecord[], jieba: BuiltJieba, lexicons: FeatureLexicons, settings: TrainSettings): TrainingSentence[] {
  const ts = tagSet(settings.scheme);
  const ids = new Int32Array(MAX_FEATURES);
  const out: TrainingSentence[] = [];
  const segmented = segment(records.map((r) => r.text), jieba);
  const buffers = new PrepareBuffers();
  let lines: FeatureLines | undefined;
  records.forEach((r, k) => {
    const seg = segmented[k]!;
    const spans: TypedSpan[] = r.entities.filter((e) => (ENTITY_TYPES as readonly string[]).includes(e.label)).map((e) => ({ start: e.start, end: e.end, type: e.label as EntityType }));
    const gold = encodeSpans(r.text.length, spans, ts);
    const p = prepareText(seg, lexicons, buffers);
    lines = featureLines(p, settings.bits, lines);
    for (const s of seg.sentences) {
      const n = s.end - s.start;
      if (n <= 0) continue;
      const offsets = new Int32Array(n + 1);
      const sentence = new Int32Array(n * MAX_FEATURES);
      for (let i = 0; i < n; i++) {
        const count = featureRows(p, lines, s.start, s.end, s.start + i, ids);
        sentence.set(ids.subarray(0, count), offsets[i]!);
        offsets[i + 1] = offsets[i]! + count;
      }
      out.push({ ids: sentence.slice(0, offsets[n]!), offsets, gold: gold.slice(s.start, s.end) });
    }
  });
  return out;
}

export interface EpochReport {
  epoch: number;
  /** Characters tagged wrongly during the epoch (before the update). */
  wrong: number;
  chars: number;
}

/** The characters (folded, in code order) the records show inside a name too rarely to score (settings.outside). */
export function outsideChars(records: readonly AnnotatedRecord[], settings: TrainSettings['outside']): string {
  const seen = new Uint32Array(0x10000);
  const inside = new Uint32Array(0x10000);
  for (const r of records) {
    const named = new Uint8Array(r.text.length);
    for (const e of r.entities) named.fill(1, e.start, e.end);
    for (let i = 0; i < r.text.length; i++) {
      const c = foldCode(r.text.charCodeAt(i));
      seen[c]!++;
      if (named[i]) inside[c]!++;
    }
  }
  let out = '';
  for (let c = 0; c < 0x10000; c++) if (seen[c]! >= settings.minCount && inside[c]! <= settings.maxRate * seen[c]!) out += String.fromCharCode(c);
  return out;
}

/**
 * Trains on the instances; `outside` goes into the model (outsideChars); `afterEpoch` sees the averaged weights so
 * far (for choosing the number of epochs).
 */
export function train(instances: readonly TrainingSentence[], settings: TrainSettings, outside: string, afterEpoch?: (report: EpochReport, model: () => Buffer) => void): Buffer {
  const ts = tagSet(settings.scheme);
  const learner = new Perceptron(ts, 1 << settings.bits);
  const random = seededRandom(settings.seed);
  const order = instances.map((_, k) => k);
  const chars = instances.reduce((n, s) => n + s.gold.length, 0);
  const encode = (): Buffer => {
    const a = learner.averaged();
    return encodeModel({ id: settings.id, scheme: settings.scheme, bits: settings.bits, outside }, a.weights, a.trans, a.start, a.end);
  };
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let wrong = 0;
    for (const k of order) wrong += learner.learn(instances[k]!);
    afterEpoch?.({ epoch, wrong, chars }, encode);
  }
  return encode();
}

export interface Calibration {
  /** score = 1 / (1 + exp(-(a · log2(1 + margin) + b))). */
  a: number;
  b: number;
}

/**
 * Fits the logistic curve from a span's margin to the chance that the span is right, on spans whose rightness is
 * known (Newton's method on the log-likelihood, from a fixed start: deterministic).
 */
export function calibrate(spans: ReadonlyArray<{ margin: number; correct: boolean }>): Calibration {
  let a = 0;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0; // prettier-ignore
    for (const s of spans) {
      const x = Math.log2(1 + s.margin);
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const err = (s.correct ? 1 : 0) - p;
      const w = p * (1 - p) + 1e-9;
      ga += err * x;
      gb += err;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (det === 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
