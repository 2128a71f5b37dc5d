// The model file: a small JSON header (tag set, hash size, weight scale) and the weights, quantised to 8-bit
// integers (on the People's Daily dev split, ±127 levels score as the unrounded weights do). Rows whose weights
// all round to 0 are left out: a bitmap says which of the 2^bits rows are present, then their weights follow in
// row order. Written and read byte for byte the same on every machine (little-endian throughout), so the same
// training gives the same file.
import { KgError } from '../errors.js';
import { SCHEMES, tagSet, type Scheme, type TagSet } from './tags.js';
import { FEATURE_SIGNATURE } from './features.js';

const MAGIC = 'KGNERAP2';
/** Weights are stored as integers in [-LEVELS, LEVELS]. */
const LEVELS = 127;

export interface ModelHeader {
  /** The model's id, recorded on every mention it finds. */
  id: string;
  scheme: Scheme;
  /** The weight table has 2^bits rows (feature hashing). */
  bits: number;
  /** A stored integer weight times `scale` is the learned weight. */
  scale: number;
  /** Characters (folded) read as outside every name without scoring them: the training data never shows them inside one. */
  outside: string;
  /** The features the model was trained on (features.ts, FEATURE_SIGNATURE). */
  features: string;
}

export interface ModelWeights {
  header: ModelHeader;
  tags: TagSet;
  /** The rows of the 2^bits × T integer weights that are present (a bit each), and their T weights each, in row order (absent rows are zero). */
  present: Uint8Array;
  stored: Int8Array;
  /** Transition, opening and closing scores, in the same units as `weights` (learned ÷ scale). */
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/** All 2^bits × T weights, absent rows as zeros. */
export function denseWeights(m: ModelWeights): Int8Array {
  const T = m.tags.names.length;
  const weights = new Int8Array((1 << m.header.bits) * T);
  for (let r = 0, from = 0; r < 1 << m.header.bits; r++) {
    if (!(m.present[r >> 3]! & (1 << (r & 7)))) continue;
    weights.set(m.stored.subarray(from, from + T), r * T);
    from += T;
  }
  return weights;
}

/** Quantises averaged weights to 8 bits; a row is kept when some weight in it rounds to a non-zero value. */
export function encodeModel(header: Omit<ModelHeader, 'scale' | 'features'>, weights: Float32Array, trans: Float32Array, start: Float32Array, end: Float32Array): Buffer {
  const T = tagSet(header.scheme).names.length;
  const rows = 1 << header.bits;
  let max = 0;
  for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]!));
  const scale = max > 0 ? max / LEVELS : 1;
  const present = new Uint8Array(rows / 8);
  const q = new Int8Array(weights.length);
  let kept = 0;
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      const v = Math.round(weights[r * T + t]! / scale);
      q[r * T + t] = v;
      if (v !== 0) any = true;
    }
    if (any) {
      present[r >> 3]! |= 1 << (r & 7);
      kept++;
    }
  }
  const json = Buffer.from(JSON.stringify({ ...header, scale, features: FEATURE_SIGNATURE }), 'utf8');
  const headerLength = Math.ceil((json.length + 1) / 4) * 4;
  const size = 8 + 4 + headerLength + 4 * (T * T + 2 * T) + present.length + kept * T;
  const buf = Buffer.alloc(size);
  let at = buf.write(MAGIC, 0, 'latin1');
  at = buf.writeUInt32LE(headerLength, at);
  json.copy(buf, at);
  buf.fill(0x20, at + json.length, at + headerLength);
  at += headerLength;
  for (const table of [trans, start, end]) for (let k = 0; k < table.length; k++) at = buf.writeFloatLE(table[k]! / scale, at);
  Buffer.from(present.buffer).copy(buf, at);
  at += present.length;
  for (let r = 0; r < rows; r++) {
    if (!(present[r >> 3]! & (1 << (r & 7)))) continue;
    for (let t = 0; t < T; t++) at = buf.writeInt8(q[r * T + t]!, at);
  }
  return buf;
}

export function decodeModel(buf: Buffer, where: string): ModelWeights {
  const bad = (what: string): KgError => new KgError('DATA_INVALID', `not a tagger model: ${what}`, { subject: where, hint: 'run `npm run train` to write it again' });
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw bad('wrong magic bytes');
  const headerLength = buf.readUInt32LE(8);
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as ModelHeader;
  } catch {
    throw bad('unreadable header');
  }
  if (!(SCHEMES as readonly string[]).includes(header.scheme) || !(header.bits >= 8 && header.bits <= 26) || !(header.scale > 0) || typeof header.outside !== 'string') throw bad('unknown settings in the header');
  if (header.features !== FEATURE_SIGNATURE) throw new KgError('DATA_INVALID', `the model was trained on other features (${header.features}) than this code computes (${FEATURE_SIGNATURE})`, { subject: where, hint: 'run `npm run train` to train it on these features' });
  const tags = tagSet(header.scheme);
  const T = tags.names.length;
  const rows = 1 << header.bits;
  let at = 12 + headerLength;
  const floats = (n: number): Float32Array => {
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++, at += 4) out[k] = buf.readFloatLE(at);
    return out;
  };
  if (buf.length < at + 4 * (T * T + 2 * T) + rows / 8) throw bad('truncated');
  const trans = floats(T * T);
  const start = floats(T);
  const end = floats(T);
  const present = buf.subarray(at, at + rows / 8);
  at += rows / 8;
  let stored = 0;
  for (let k = 0; k < present.length; k++) for (let bits = present[k]!; bits; bits &= bits - 1) stored++;
  if (buf.length !== at + stored * T) throw bad(`expected ${stored} weight rows`);
  // Views of the file's bytes: the rows are packed for the tagger straight from them (tagger/index.ts), without a
  // dense copy of all 2^bits rows between.
  return { header, tags, present, stored: new Int8Array(buf.buffer, buf.byteOffset + at, stored * T), trans, start, end };
}
