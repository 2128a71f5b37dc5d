// The order of graph.json's rows: by id, as JavaScript compares strings (UTF-16 code units), equal ids in the order
// they came. A year's graph has 300k relationships; a sort calling a comparator on each pair of their ids took
// about a second of a rebuild, so relationship ids (toRelationship's `r` and 16 hex digits) are sorted by number.

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const RELATIONSHIP_ID = /^r[0-9a-f]{16}$/;
/** Rows are numbered in the low bits of a key: 32 bits of the id above them keep the key an exact double. */
const INDEX_BITS = 21;
const INDEX_SPAN = 2 ** INDEX_BITS;

/** `rows` sorted in place by id, as `rows.sort(byId)` sorts them (stable), and returned. */
export function sortById<T extends { id: string }>(rows: T[]): T[] {
  if (rows.length >= INDEX_SPAN || !rows.every((r) => RELATIONSHIP_ID.test(r.id))) return rows.sort(byId);
  // Ids of one length in lowercase hex compare as the numbers they spell: first by the number of the first eight
  // digits, with the row's place below it (a plain numeric sort of doubles, no comparator); rows whose first eight
  // digits are the same are then sorted by their whole id.
  const n = rows.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = parseInt(rows[i]!.id.slice(1, 9), 16) * INDEX_SPAN + i;
  keys.sort();
  const sorted = Array.from(keys, (k) => rows[k % INDEX_SPAN]!);
  const head = (i: number): number => Math.floor(keys[i]! / INDEX_SPAN);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && head(j) === head(i)) j++;
    // Within a run the rows are in their first order, so the stable sort keeps equal ids as they came.
    if (j - i > 1) sorted.splice(i, j - i, ...sorted.slice(i, j).sort(byId));
    i = j;
  }
  for (let i = 0; i < n; i++) rows[i] = sorted[i]!;
  return rows;
}
