// Runs → blocks in reading order, by recursive XY-cut: a region is cut at every vertical gutter that runs its
// whole height (columns are read left to right), or, when it has none, at every horizontal gap wider than the
// space between two lines of body text (sections are read top to bottom); each part is cut again until no
// gutter or gap is left. Vertical gutters come first: the lines of neighbouring columns sit on the same
// baselines, so a horizontal cut through them would read the page line by line across its columns. Closing
// punctuation hanging past a column's edge (。，」 set in the gutter) is left out when gutters are looked for.
import { CLOSING } from './glyphs.js';
import type { LayoutParams } from './model.js';
import type { Block, Rect, Run } from './types.js';

export interface CutMeasures {
  bodySize: number;
  /** Space between two lines of body text, from the bottom of one em box to the top of the next. */
  bodyLineGap: number;
}

/** Rules and boxes the page draws, as the XY-cut uses them (see PageRules). */
export interface CutRules {
  h: readonly Rect[];
  v: readonly Rect[];
  boxes: readonly Rect[];
  /** Pictures (images, empty boxes): no runs of their own, but no horizontal cut passes through one. */
  pictures?: readonly Rect[];
}

/** Id of the XY-cut's rule that keeps a picture's column whole (no code path records rules on blocks; named for README and tests). */
export const CUT_PICTURE_RULE = 'layout.cut.picture';

const NO_RULES: CutRules = { h: [], v: [], boxes: [] };

export function xyCut(runs: readonly Run[], bounds: { x0: number; x1: number }, m: CutMeasures, p: Pick<LayoutParams, 'gutter' | 'sectionGap' | 'minSectionGap' | 'display' | 'displaySpacing'>, rules: CutRules = NO_RULES): Block[] {
  const blocks: Block[] = [];
  const minGutter = p.gutter * m.bodySize;
  const minGap = Math.max(p.sectionGap * m.bodyLineGap, p.minSectionGap * m.bodySize);
  const cores = new Map<Run, [number, number] | null>(runs.map((r) => [r, coreX(r)]));
  // Display type is often letter-spaced, its glyphs or words set apart by up to an em of their size: such a gap
  // between two runs of one display line is no gutter.
  // (`letterSpaced(r, r)` tells whether r is display type at all.)
  const letterSpaced = (a: Run, b: Run): boolean =>
    a.size >= p.display * m.bodySize && Math.abs(a.size - b.size) < 0.1 * a.size && Math.abs(a.baseline - b.baseline) < 0.3 * a.size && b.x0 - a.x1 < p.displaySpacing * a.size;
  const centre = (r: Run): number => {
    const c = cores.get(r);
    return c ? (c[0] + c[1]) / 2 : r.x0;
  };
  // A box drawn round a piece stands for the piece: inside a region it is cut as one unit (an atom, its runs
  // behind it), and what it holds is cut on its own. A box that holds every run of its region says nothing there.
  const atoms = new Map<Run, Run[]>();
  const atomBox = new Map<Run, Rect>();
  const atomOf = (box: Rect, inside: Run[]): Run => {
    const atom: Run = { glyphs: [], x0: box.x0, x1: box.x1, y0: box.y0, y1: box.y1, baseline: box.y1, size: 0 };
    cores.set(atom, [box.x0, box.x1]);
    atoms.set(atom, inside);
    atomBox.set(atom, box);
    return atom;
  };
  const expand = (items: readonly Run[]): Run[] => items.flatMap((r) => atoms.get(r) ?? [r]);
  const visit = (region: Run[], x0: number, x1: number, used: ReadonlySet<Rect>): void => {
    if (region.length === 0) return;
    let items = region;
    const boxed: Rect[] = [];
    if (region.length > 1 && rules.boxes.length > 0) {
      const open = rules.boxes.filter((b) => !used.has(b));
      const within = new Map<Rect, Run[]>();
      for (const b of open) {
        const inside = region.filter((r) => inBox(r, b));
        if (inside.length > 0 && inside.length < region.length) within.set(b, inside);
      }
      // The outermost boxes only (a box in a box is cut when its outer box is).
      const outer = [...within.keys()].filter((b) => ![...within.keys()].some((o) => o !== b && contains(o, b) && within.get(o)!.length > within.get(b)!.length));
      const taken = new Set<Run>();
      const units: Run[] = [];
      for (const b of outer) {
        const inside = within.get(b)!.filter((r) => !taken.has(r));
        if (inside.length === 0) continue;
        inside.forEach((r) => taken.add(r));
        units.push(atomOf(b, inside));
        boxed.push(b);
      }
      if (units.length > 0) items = [...region.filter((r) => !taken.has(r)), ...units];
    }
    if (items.length > 1) {
      const columns = verticalCuts(items, cores, minGutter, minGutter / 2, letterSpaced, rules.v);
      let parts: Run[][] | undefined;
      let edges: number[] | undefined;
      if (columns.length > 0) {
        parts = partition(items, columns, centre);
        edges = [x0, ...columns, x1];
      } else {
        let rows = horizontalCuts(items, minGap, false, rules.h);
        // No gap is wide enough, but runs sit side by side across a gutter (columns under a spanning line
        // with too little space around it): the widest gap is the best guess of where the sections part.
        if (rows.length === 0 && sideBySide(items, minGutter, rules.v)) rows = horizontalCuts(items, 0, true);
        // (a picture inside a column holds the text over it and under it together: a gap beside the picture, where
        // the next column's text has ended, is no section's end — layout.cut.picture)
        if (rows.length > 0 && rules.pictures?.length) rows = rows.filter((y) => !rules.pictures!.some((pic) => inColumn(y, pic, items, m.bodySize)));
        if (rows.length > 0) parts = partition(items, rows, (r) => (r.y0 + r.y1) / 2);
      }
      if (parts) {
        parts.forEach((part, k) => {
          const px0 = edges ? edges[k]! : x0;
          const px1 = edges ? edges[k + 1]! : x1;
          const atom = part.length === 1 ? atoms.get(part[0]!) : undefined;
          if (atom) {
            // A box alone: its own runs, cut within its sides.
            const box = atomBox.get(part[0]!)!;
            visit(atom, box.x0, box.x1, new Set([...used, box]));
          } else visit(expand(part), px0, px1, used);
        });
        return;
      }
      // Nothing parts the units: the boxes are no help here, and the region is cut as if none were drawn.
      if (boxed.length > 0) {
        visit(region, x0, x1, new Set([...used, ...boxed]));
        return;
      }
    }
    const box = boundsOf(region);
    blocks.push({ ...box, runs: [...region].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0), spanX0: x0, spanX1: x1, order: blocks.length });
  };
  visit([...runs], bounds.x0, bounds.x1, new Set());
  return blocks;
}

/** Ems of body text: the most space under a picture, its caption included, to the text of its column that goes on. */
const UNDER_PICTURE = 5;

/**
 * A picture set inside a column, level with the text of the columns beside it, with its column's text going on under
 * it (and its caption): a horizontal gap through it, or under it before its column goes on, is no section's end —
 * the columns beside it ended there, its own did not (layout.cut.picture).
 */
function inColumn(y: number, pic: Rect, items: readonly Run[], bodySize: number): boolean {
  const across = (r: Rect): boolean => r.x0 < pic.x1 && pic.x0 < r.x1;
  if (!items.some((r) => !across(r) && r.y0 < pic.y1 && pic.y0 < r.y1)) return false;
  const below = items.filter((r) => across(r) && r.y0 >= y);
  if (below.length === 0) return false;
  if (pic.y0 + 1 < y && y < pic.y1 - 1) return true;
  return pic.y1 <= y && Math.min(...below.map((r) => r.y0)) - pic.y1 <= UNDER_PICTURE * bodySize;
}

/** The run's centre lies inside the box. */
function inBox(r: Rect, b: Rect): boolean {
  const cx = (r.x0 + r.x1) / 2;
  const cy = (r.y0 + r.y1) / 2;
  return cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1;
}

function contains(o: Rect, b: Rect): boolean {
  return o.x0 <= b.x0 + 0.5 && o.x1 >= b.x1 - 0.5 && o.y0 <= b.y0 + 0.5 && o.y1 >= b.y1 - 0.5;
}

/**
 * A run's x-range without the closing punctuation that may hang at its end; null for a run of nothing but
 * closing punctuation (a mark hung in the gutter, drawn on its own), which no gutter is looked for around.
 */
function coreX(r: Run): [number, number] | null {
  let end = r.glyphs.length;
  while (end > 0 && CLOSING.has(r.glyphs[end - 1]!.ch)) end--;
  if (end === 0) return null;
  if (end === r.glyphs.length) return [r.x0, r.x1];
  return [r.x0, r.glyphs[end - 1]!.x1];
}

/**
 * Middles of the gaps of at least `min` in the runs' projection on the x-axis, hanging punctuation left out. Where
 * the punctuation fills the gap (narrower than `minReal` with it in), the gap is a gutter only between columns of
 * two lines or more on each side: a comma inside one loosely set line is no gutter.
 */
function verticalCuts(region: readonly Run[], cores: Map<Run, [number, number] | null>, min: number, minReal: number, spaced: (a: Run, b: Run) => boolean, vRules: readonly Rect[] = []): number[] {
  // Gaps inside a letter-spaced display line (single characters, or three runs or more set evenly apart): no cut
  // goes through them. Two headlines side by side are two long runs, and the gap between them may be a gutter.
  const display = region.filter((r) => spaced(r, r)).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const joined: Array<[number, number]> = [];
  for (let i = 0; i < display.length; ) {
    let j = i + 1;
    while (j < display.length && spaced(display[j - 1]!, display[j]!)) j++;
    const row = display.slice(i, j);
    const gaps = row.slice(1).map((r, k) => r.x0 - row[k]!.x1);
    const even = gaps.length >= 2 && Math.max(...gaps) <= 1.5 * Math.min(...gaps) + 0.5;
    if (gaps.length > 0 && (even || row.every((r) => r.glyphs.length <= 2))) for (let k = 1; k < row.length; k++) joined.push([row[k - 1]!.x1, row[k]!.x0]);
    i = j;
  }
  const splitsLine = (x: number): boolean => joined.some(([a, b]) => a <= x && x <= b);
  const spans = region
    .map((r) => ({ core: cores.get(r), x1: r.x1 }))
    .filter((s): s is { core: [number, number]; x1: number } => s.core != null)
    .sort((a, b) => a.core[0] - b.core[0]);
  if (spans.length < 2) return [];
  const cuts: number[] = [];
  // A vertical rule drawn in a gap of any width, beside at least half the region's height, is a gutter: columns
  // set tight with a rule between them.
  let top = Infinity;
  let foot = -Infinity;
  for (const r of region) {
    top = Math.min(top, r.y0);
    foot = Math.max(foot, r.y1);
  }
  const ruleIn = (a: number, b: number): number | undefined => vRules.find((v) => v.x0 >= a - 0.5 && v.x0 <= b + 0.5 && Math.min(v.y1, foot) - Math.max(v.y0, top) >= 0.5 * (foot - top))?.x0;
  let reach = spans[0]!.core[1];
  let reachReal = spans[0]!.x1;
  for (const { core, x1 } of spans.slice(1)) {
    const ruled = vRules.length > 0 && core[0] > reach ? ruleIn(reach, core[0]) : undefined;
    if (ruled !== undefined && !splitsLine(ruled)) {
      cuts.push(ruled);
      reach = Math.max(reach, core[1]);
      reachReal = Math.max(reachReal, x1);
      continue;
    }
    const cut = (core[0] + reach) / 2;
    if (core[0] - reach >= min && !splitsLine(cut)) {
      if (core[0] - reachReal >= minReal || (rowsOn(region, cores, cut, -1) >= 2 && rowsOn(region, cores, cut, 1) >= 2)) cuts.push(cut);
    }
    reach = Math.max(reach, core[1]);
    reachReal = Math.max(reachReal, x1);
  }
  return cuts;
}

/** How many lines (distinct baselines) the runs on one side of x hold. */
function rowsOn(region: readonly Run[], cores: Map<Run, [number, number] | null>, x: number, side: -1 | 1): number {
  const rows = new Set<number>();
  for (const r of region) {
    const c = cores.get(r);
    if (c && (side < 0 ? c[1] <= x : c[0] >= x)) rows.add(Math.round(r.baseline));
  }
  return rows.size;
}

function horizontalCuts(region: readonly Run[], min: number, widestOnly = false, hRules: readonly Rect[] = []): number[] {
  const spans = region.map((r) => [r.y0, r.y1] as [number, number]).sort((a, b) => a[0] - b[0]);
  if (!widestOnly && hRules.length > 0) {
    // A horizontal rule drawn across most of the region's width in a gap of any height parts it there: pieces
    // stacked in a column with a rule and little space between them.
    const { x0, x1 } = boundsOf(region);
    const across = hRules.filter((h) => Math.min(h.x1, x1) - Math.max(h.x0, x0) >= 0.6 * (x1 - x0));
    const cuts: number[] = [];
    let reach = spans[0]![1];
    for (const [a, b] of spans.slice(1)) {
      if (a - reach >= min && a > reach) cuts.push((a + reach) / 2);
      else if (a > reach - 0.5) {
        const rule = across.find((h) => h.y0 >= reach - 0.5 && h.y0 <= a + 0.5);
        if (rule) cuts.push(rule.y0);
      }
      reach = Math.max(reach, b);
    }
    return cuts;
  }
  if (!widestOnly) return gapsOf(spans, min);
  let best: number | undefined;
  let width = 0;
  let reach = spans[0]![1];
  for (const [a, b] of spans.slice(1)) {
    if (a - reach > width) [best, width] = [(a + reach) / 2, a - reach];
    reach = Math.max(reach, b);
  }
  return best === undefined ? [] : [best];
}

function gapsOf(sorted: readonly [number, number][], min: number): number[] {
  const cuts: number[] = [];
  let reach = sorted[0]![1];
  for (const [a, b] of sorted.slice(1)) {
    if (a - reach >= min && a > reach) cuts.push((a + reach) / 2);
    reach = Math.max(reach, b);
  }
  return cuts;
}

/** Runs of the region that share a height stand a gutter apart (nothing between them), or a drawn rule apart. */
function sideBySide(region: readonly Run[], minGutter: number, vRules: readonly Rect[] = []): boolean {
  const sorted = [...region].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const row = [a];
    for (let j = i + 1; j < sorted.length && sorted[j]!.y0 < a.y1; j++) if (sorted[j]!.y1 > a.y0) row.push(sorted[j]!);
    if (row.length < 2) continue;
    row.sort((x, y) => x.x0 - y.x0);
    let reach = row[0]!.x1;
    for (const r of row.slice(1)) {
      if (r.x0 - reach >= minGutter) return true;
      if (r.x0 > reach && vRules.some((v) => v.x0 >= reach - 0.5 && v.x0 <= r.x0 + 0.5 && v.y0 <= r.y1 && v.y1 >= r.y0)) return true;
      reach = Math.max(reach, r.x1);
    }
  }
  return false;
}

/** Items split at sorted cut positions by a coordinate. */
function partition<T>(items: readonly T[], cuts: readonly number[], at: (t: T) => number): T[][] {
  const parts: T[][] = cuts.map(() => []);
  parts.push([]);
  for (const t of items) {
    const v = at(t);
    let k = 0;
    while (k < cuts.length && v > cuts[k]!) k++;
    parts[k]!.push(t);
  }
  return parts.filter((part) => part.length > 0);
}

export function boundsOf(rects: readonly { x0: number; y0: number; x1: number; y1: number }[]): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    if (r.x0 < x0) x0 = r.x0;
    if (r.y0 < y0) y0 = r.y0;
    if (r.x1 > x1) x1 = r.x1;
    if (r.y1 > y1) y1 = r.y1;
  }
  return { x0, y0, x1, y1 };
}

/**
 * The space between two lines of body text: the most common distance between the baselines of body-size runs
 * set one above the other in one column, less the em. A page with no such pair gets half an em.
 */
export function bodyLineGapOf(runs: readonly Run[], bodySize: number): number {
  const body = runs.filter((r) => Math.abs(r.size - bodySize) < 0.1 * bodySize).sort((a, b) => a.x0 - b.x0 || a.baseline - b.baseline);
  const counts = new Map<number, number>();
  const byColumn = new Map<number, Run[]>();
  for (const r of body) {
    const key = Math.round(r.x0 / bodySize);
    let list = byColumn.get(key);
    if (!list) byColumn.set(key, (list = []));
    list.push(r);
  }
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.baseline - b.baseline);
    for (let i = 1; i < list.length; i++) {
      const pitch = list[i]!.baseline - list[i - 1]!.baseline;
      if (pitch < bodySize || pitch > 2.5 * bodySize) continue;
      const k = Math.round((pitch / bodySize) * 20) / 20;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  let best = 1.5;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return (best - 1) * bodySize;
}
