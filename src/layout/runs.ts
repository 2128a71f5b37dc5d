// Glyphs → runs: the glyphs of one baseline, left to right, cut where a gap is wide enough to be a gutter or
// where the size changes. A bold headline printed twice, the second copy a hair to the right (how some
// typesetters fake bold), keeps one copy: the same character again within `overprint` ems is dropped.
import { CLOSING } from './glyphs.js';
import type { LayoutParams } from './model.js';
import type { Glyph, Rect, Run } from './types.js';

export function toRuns(glyphs: readonly Glyph[], p: Pick<LayoutParams, 'lineTolerance' | 'runGap' | 'hangGap' | 'overprint' | 'sameSize'>, vRules: readonly Rect[] = []): Run[] {
  // A vertical rule drawn between two glyphs of a baseline parts them whatever the gap (columns set tight,
  // a rule in the gutter).
  const ruled = (a: Glyph, b: Glyph): boolean => vRules.some((r) => r.x0 >= a.x1 - 0.5 && r.x0 <= b.x0 + 0.5 && r.y0 <= a.baseline && r.y1 >= a.baseline - 0.5 * a.size);
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const runs: Run[] = [];
  let i = 0;
  while (i < sorted.length) {
    // One baseline: every glyph within the tolerance of the first.
    const first = sorted[i]!;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.baseline - first.baseline <= p.lineTolerance * Math.min(first.size, sorted[j]!.size)) j++;
    const row = sorted.slice(i, j).sort((a, b) => a.x0 - b.x0);
    i = j;
    let cur: Glyph[] = [];
    for (const g of row) {
      const last = cur[cur.length - 1];
      if (last && isOverprint(last, g, cur, p.overprint)) continue;
      const gap = last ? g.x0 - last.x1 : 0;
      // Closing punctuation is set flush against what follows it, unless it hangs in a gutter.
      const limit = (last && CLOSING.has(last.ch) ? p.hangGap : p.runGap) * Math.max(g.size, last?.size ?? 0);
      if (last && (gap > limit || !sameSize(g.size, last.size, p.sameSize) || (vRules.length > 0 && ruled(last, g)))) {
        runs.push(toRun(cur));
        cur = [];
      }
      cur.push(g);
    }
    if (cur.length) runs.push(toRun(cur));
  }
  return splitAtColumnStarts(runs);
}

/**
 * Closing punctuation hung in a narrow gutter (、，。 set past a column's edge, 避头尾) stands closer to the next
 * column's first glyph than any gap can tell from the spacing of a justified line, and joined the two columns'
 * lines into one run (which the XY-cut then reads across both columns). A run is cut after a closing mark when the
 * glyph after it starts where three other runs start (a column's left edge) and stands right of the mark's middle.
 * Cut so inside a line that crosses no gutter, the run's two parts are one line again (lines.ts joins a baseline's
 * runs in a block), so the cut costs nothing where it was not needed.
 */
function splitAtColumnStarts(runs: Run[]): Run[] {
  const starts = runs.map((r) => r.x0).sort((a, b) => a - b);
  const startsNear = (x: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < x - 1) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let k = lo; k < starts.length && starts[k]! <= x + 1; k++) n++;
    return n;
  };
  const out: Run[] = [];
  for (const run of runs) {
    let from = 0;
    const g = run.glyphs;
    for (let i = 1; i < g.length; i++) {
      const mark = g[i - 1]!;
      if (!CLOSING.has(mark.ch) || g[i]!.x0 < (mark.x0 + mark.x1) / 2) continue;
      if (startsNear(g[i]!.x0) < 3) continue;
      out.push(toRun(g.slice(from, i)));
      from = i;
    }
    out.push(from === 0 ? run : toRun(g.slice(from)));
  }
  return out;
}

/** The same character at nearly the same place as one of the last few glyphs kept. */
function isOverprint(last: Glyph, g: Glyph, cur: readonly Glyph[], share: number): boolean {
  for (let k = cur.length - 1; k >= 0 && k >= cur.length - 3; k--) {
    const h = cur[k]!;
    if (h.ch === g.ch && Math.abs(h.x0 - g.x0) < share * g.size && Math.abs(h.baseline - g.baseline) < share * g.size) return true;
  }
  return last.ch === g.ch && g.x0 < last.x0 + 0.01;
}

export function sameSize(a: number, b: number, share: number): boolean {
  return Math.abs(a - b) <= share * Math.max(a, b);
}

function toRun(glyphs: Glyph[]): Run {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const sizes = new Map<number, number>();
  for (const g of glyphs) {
    if (g.x0 < x0) x0 = g.x0;
    if (g.x1 > x1) x1 = g.x1;
    if (g.y0 < y0) y0 = g.y0;
    if (g.y1 > y1) y1 = g.y1;
    sizes.set(g.size, (sizes.get(g.size) ?? 0) + 1);
  }
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
  const baseline = glyphs.find((g) => g.size === size)!.baseline;
  return { glyphs, x0, x1, y0, y1, baseline, size };
}

/**
 * The body size: the most common size by characters, to a quarter point. The whole layout measures in it.
 */
export function bodySizeOf(glyphs: readonly Glyph[]): number {
  const counts = new Map<number, number>();
  for (const g of glyphs) {
    if (g.ch.trim() === '') continue;
    const k = Math.round(g.size * 4) / 4;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, n] of counts) if (n > bestCount || (n === bestCount && size < best)) [best, bestCount] = [size, n];
  return best || 10;
}
