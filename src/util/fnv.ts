// FNV-1a over UTF-16 code units, for the open-addressing hash tables kept in typed arrays (jieba's dictionary,
// the gazetteer's columns): a word is a span of a larger text, hashed where it lies without slicing it out.

/** FNV-1a of s[from, from + n). */
export function fnv1a(s: string, from: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ s.charCodeAt(from + k), 0x01000193);
  return h;
}
