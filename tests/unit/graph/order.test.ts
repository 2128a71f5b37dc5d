// sortById: the order of graph.json's rows is the comparator sort's (UTF-16 order, stable), whatever path it takes.
import { sortById } from '../../../src/graph/order.js';

const byComparator = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A fixed sequence of pseudo-random numbers, so a failure can be replayed. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}
const hex = (n: number, digits: number): string => n.toString(16).padStart(digits, '0').slice(-digits);

test('relationship ids sort as the comparator sorts them, runs that share their first eight digits included', () => {
  const next = numbers(7);
  const rows: { id: string; n: number }[] = [];
  for (let n = 0; n < 5000; n++) {
    // One id in four shares its first eight digits with one of a few others; one in fifty repeats an earlier id.
    const first = n % 4 === 0 ? hex(next() % 3, 8) : hex(next(), 8);
    const id = n % 50 === 49 ? rows[next() % rows.length]!.id : `r${first}${hex(next(), 8)}`;
    rows.push({ id, n });
  }
  const want = byComparator(rows);
  const got = sortById([...rows]);
  expect(got.map((r) => r.n)).toEqual(want.map((r) => r.n));
  // Equal ids stay in the order they came.
  const repeated = got.filter((r, i) => got[i + 1]?.id === r.id);
  expect(repeated.length).toBeGreaterThan(0);
  for (const r of repeated) expect(r.n).toBeLessThan(got[got.indexOf(r) + 1]!.n);
});

test('digits at the top of the range and ids of other shapes sort as the comparator sorts them', () => {
  const rows = ['rffffffffffffffff', 'r0000000000000000', 'rfffffffe00000001', 'r8000000000000000', 'r7fffffffffffffff'].map((id, n) => ({ id, n }));
  expect(sortById([...rows]).map((r) => r.id)).toEqual(['r0000000000000000', 'r7fffffffffffffff', 'r8000000000000000', 'rfffffffe00000001', 'rffffffffffffffff']);
  // Node ids and an upper-case or short id are not relationship ids: the comparator's order, equal ids as they came.
  const mixed = ['person:乙', 'article:b', 'rABCDEF0123456789', 'r12', 'article:a', 'person:乙', 'r0123456789abcdef', 'Place:x'].map((id, n) => ({ id, n }));
  expect(sortById([...mixed]).map((r) => r.n)).toEqual(byComparator(mixed).map((r) => r.n));
});

test('the rows are sorted in place', () => {
  const rows = [{ id: 'r00000000000000b2' }, { id: 'r00000000000000a1' }];
  const same = sortById(rows);
  expect(same).toBe(rows);
  expect(rows.map((r) => r.id)).toEqual(['r00000000000000a1', 'r00000000000000b2']);
});
