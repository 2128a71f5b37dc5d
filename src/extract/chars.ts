// Sets of single characters as tables by UTF-16 code unit, so a hot loop can ask whether text[i] is in a set
// with text.charCodeAt(i) — text[i] would allocate a one-character string for every CJK character.

const tables = new WeakMap<object, Uint8Array>();

/** 1 at the code unit of every one-character member of `set` (longer members are ignored); built once per set. */
export function charTable(set: ReadonlySet<string> | ReadonlyMap<string, unknown>): Uint8Array {
  let t = tables.get(set);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const k of set.keys()) if (k.length === 1) t[k.charCodeAt(0)] = 1;
    tables.set(set, t);
  }
  return t;
}

/** A CJK unified ideograph of the basic block (U+4E00–U+9FFF), the range the recognizers read names in. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** A string of basic-block CJK ideographs only (compiled once: a regex literal in a function is a new object per call). */
export const ALL_HAN = /^[\u4e00-\u9fff]+$/;

/** A table of the characters of a string literal. */
export function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

const lastCharTables = new WeakMap<object, Uint8Array>();

/** 1 at the code unit of the last character of each item's ending, built once per list (by identity). */
export function lastCharTable<T>(items: readonly T[], endingOf: (item: T) => string): Uint8Array {
  let t = lastCharTables.get(items);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const item of items) {
      const w = endingOf(item);
      if (w.length) t[w.charCodeAt(w.length - 1)] = 1;
    }
    lastCharTables.set(items, t);
  }
  return t;
}

/**
 * A table of bytes by character position, reused from call to call: a typed array made per text (and per sentence,
 * as `kg ner` reads) was a visible cost. `take` gives the table, all zero, at least `n` long; its user sets what
 * it needs and clears exactly that again before it returns (in a `finally`), so the next user finds it zero.
 */
export class ByteScratch {
  private table = new Uint8Array(4096);
  take(n: number): Uint8Array {
    if (this.table.length < n) this.table = new Uint8Array(Math.max(n, 2 * this.table.length));
    return this.table;
  }
}

const lastCodeTables = new WeakMap<object, Uint8Array>();

/** 1 at the code unit of the last character of each word of `set`, built once per set (by identity). */
export function lastCharsOf(set: ReadonlySet<string>): Uint8Array {
  let t = lastCodeTables.get(set);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const w of set) if (w.length) t[w.charCodeAt(w.length - 1)] = 1;
    lastCodeTables.set(set, t);
  }
  return t;
}

/** A word for an illness right after a name (阿尔茨海默|病, 帕金森|综合征) makes it the illness's; not 病例, 病人, 病房 … */
/** A kind of animal or thing after a foreign name makes a breed or a product of it (西门塔尔牛, 杜洛克猪), not a person. */
export const THING_OF_FOREIGN_NAME = codeTable('牛羊猪鸡鸭鹅犬狗兔鱼车船酒茶');

export const ILLNESS_AFTER = /^(?:病(?![例人房区院友患床号毒情])|症(?![状])|综合征)/u;
