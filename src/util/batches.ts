// Consecutive runs of items whose sizes add up to about a budget: extraction reads texts a batch at a time, each
// stage over the whole batch, and `kg ner` gathers records into batches as they arrive.
export function batchBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let total = 0;
  for (const item of items) {
    batch.push(item);
    total += size(item);
    if (total >= budget) {
      out.push(batch);
      batch = [];
      total = 0;
    }
  }
  if (batch.length) out.push(batch);
  return out;
}
