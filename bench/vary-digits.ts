// Varying a page for benchmarks: the same page with its digits permuted, a different order for each copy, so
// copies differ (their figures, their page ids) while their names, sentences and layout stay as they are.

/** The digits 0–9 shuffled, a different order for each copy (a seeded Fisher–Yates shuffle). */
export function permutation(seed: number): string[] {
  const d = [...'0123456789'];
  let x = seed * 2654435761 + 1;
  for (let i = d.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [d[i], d[j]] = [d[j]!, d[i]!];
  }
  return d;
}

/** Copy `copy` of a page: copy 0 is the page itself. */
export function varyDigits(page: string, copy: number): string {
  if (copy === 0) return page;
  const digits = permutation(copy);
  return page.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}
