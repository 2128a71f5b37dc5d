// Exact-match NER scoring: a predicted span counts when its start, end and label all equal a gold span's.
// Precision, recall and F1 per label and micro-averaged over the labels scored.

export interface ScoredSpan {
  start: number;
  end: number;
  label: string;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface NerScore {
  per: Record<string, PRF>;
  micro: PRF;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** Scores predictions against gold, record by record (`pred[i]` for `gold[i]`), on `labels` only. */
export function scoreNer(gold: readonly (readonly ScoredSpan[])[], pred: readonly (readonly ScoredSpan[])[], labels: readonly string[]): NerScore {
  const counts = new Map(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: ScoredSpan): string => `${s.start}:${s.end}:${s.label}`;
  gold.forEach((g, i) => {
    const gs = new Set(g.filter((e) => counts.has(e.label)).map(key));
    const ps = new Set((pred[i] ?? []).filter((e) => counts.has(e.label)).map(key));
    for (const k of ps) counts.get(k.slice(k.lastIndexOf(':') + 1))![gs.has(k) ? 'tp' : 'fp']++;
    for (const k of gs) if (!ps.has(k)) counts.get(k.slice(k.lastIndexOf(':') + 1))!.fn++;
  });
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { per: Object.fromEntries([...counts].map(([l, c]) => [l, prf(c.tp, c.fp, c.fn)])), micro: prf(all.tp, all.fp, all.fn) };
}

/** `P / R / F1` as percentages with one decimal. */
export function formatPRF(x: PRF): string {
  const pct = (v: number): string => (100 * v).toFixed(1);
  return `${pct(x.p)} / ${pct(x.r)} / ${pct(x.f1)}`;
}
