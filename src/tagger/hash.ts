// Feature hashing: a feature is a string (readable, testable), and its weight row is found by a 32-bit hash of
// that string's UTF-16 code units. The hash is computed incrementally — a template's prefix once, then one code
// unit at a time — so the hot path reaches the same row as hashing the built string, without building it.

/** FNV-1a offset basis. */
export const HASH_SEED = 0x811c9dc5;

/** One FNV-1a step over a UTF-16 code unit. */
export function hashUnit(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** The running hash of a whole string, from `h`. */
export function hashString(s: string, h = HASH_SEED): number {
  for (let k = 0; k < s.length; k++) h = hashUnit(h, s.charCodeAt(k));
  return h;
}

/** The row of a running hash in a table of 2^bits rows: its top bits after a multiplication by the golden ratio. */
export function rowOf(h: number, bits: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - bits);
}

/** The row of a feature string in a table of 2^bits rows. */
export function featureRow(feature: string, bits: number): number {
  return rowOf(hashString(feature), bits);
}
