// Paragraphs → pieces. PDF extraction scrambles a page's reading order: a headline may come after its body,
// a byline before the body or after the headline. We cut the page into body runs (a dateline such as 本报讯
// always opens a new one) and give every headline group and byline group between two runs to one of them,
// choosing the assignment that gives each piece one headline and one byline, found exactly by dynamic
// programming over the split point in each gap.
import type { Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export type SegmentKind = 'D' | 'T' | 'B';

export interface Segment {
  kind: SegmentKind;
  paragraphs: Paragraph[];
}

export interface Piece {
  /** Headline and byline groups printed before the body. */
  before: Segment[];
  body: Segment;
  after: Segment[];
  rules: string[];
}

/** Costs of a piece's shape; a missing headline is worse than a missing byline. */
const COST = {
  noTitle: 3,
  extraTitle: 4,
  noByline: 0.5,
  extraByline: 2.5,
  againstOrientation: 0.3,
  /**
   * Text set in one box comes out of extraction as one block, with no blank line inside: a headline with the
   * byline under it, a byline over the first lines of its body. Cutting a block between two pieces is costly.
   */
  splitBlock: 1,
  /**
   * A byline is set under its headline, so the two usually come out of extraction side by side; a piece whose
   * headline and byline sit on opposite sides of its body is a little less likely (it happens when the
   * headline box is read after the columns).
   */
  bylineApartFromTitle: 0.1,
  /** A byline on the other side of its body than this page's bylines. */
  bylineAgainstOrientation: 0.3,
};

export function toSegments(paragraphs: readonly Paragraph[]): Segment[] {
  const segments: Segment[] = [];
  for (const p of paragraphs) {
    const kind: SegmentKind = p.kind === 'title' ? 'T' : p.kind === 'byline' ? 'B' : 'D';
    const last = segments[segments.length - 1];
    const opensRun = p.kind === 'dateline';
    if (last && last.kind === kind && !(kind === 'D' && opensRun)) last.paragraphs.push(p);
    else segments.push({ kind, paragraphs: [p] });
  }
  return segments;
}

export function assemble(paragraphs: readonly Paragraph[]): Piece[] {
  const segments = toSegments(paragraphs);
  const bodyIdx = segments.flatMap((s, i) => (s.kind === 'D' ? [i] : []));
  if (bodyIdx.length === 0) return [];
  // Which side of its body does a headline sit on, on this page? Decided by how the page opens.
  const titlesFirst = segments[0]!.kind === 'T' || (segments[0]!.kind === 'B' && segments[1]?.kind === 'T');
  const n = bodyIdx.length;
  const gaps: Segment[][] = [];
  for (let k = 0; k <= n; k++) {
    const from = k === 0 ? 0 : bodyIdx[k - 1]! + 1;
    const to = k === n ? segments.length : bodyIdx[k]!;
    gaps.push(segments.slice(from, to));
  }

  // A page is laid out one way throughout: bylines sit either before their bodies or after them. Which way
  // is found by solving for both and keeping the cheaper page.
  const solutions = [true, false].map((bylinesBefore) => solve(segments, bodyIdx, gaps, { titlesFirst, bylinesBefore }));
  const bylinesBefore = solutions[0]!.cost <= solutions[1]!.cost;
  const path = solutions[bylinesBefore ? 0 : 1]!.path;
  const pieces: Piece[] = [];
  for (let k = 1; k <= n; k++) {
    const before = gaps[k - 1]!.slice(path[k - 1]!);
    const after = gaps[k]!.slice(0, path[k]!);
    const rules: string[] = [RULE.assign, bylinesBefore ? RULE.bylinesBeforeBody : RULE.bylinesAfterBody];
    if (after.some((s) => s.kind === 'T')) rules.push(RULE.titleAfterBody);
    if (before.some((s) => s.kind === 'T')) rules.push(RULE.titleBeforeBody);
    pieces.push({ before, body: segments[bodyIdx[k - 1]!]!, after, rules });
  }
  return pieces;
}

interface Orientation {
  titlesFirst: boolean;
  bylinesBefore: boolean;
}

/** Dynamic programme over the split point of each gap between two bodies. */
function solve(segments: Segment[], bodyIdx: number[], gaps: Segment[][], orient: Orientation): { cost: number; path: number[] } {
  const n = bodyIdx.length;
  // best[k][s]: least cost of pieces 0..k-1 given that gap k is split at s (segments < s go to piece k-1).
  const splits = (k: number): number[] => (k === 0 ? [0] : k === n ? [gaps[n]!.length] : range(gaps[k]!.length + 1));
  let best = new Map<number, { cost: number; path: number[] }>([[0, { cost: 0, path: [0] }]]);
  for (let k = 1; k <= n; k++) {
    const next = new Map<number, { cost: number; path: number[] }>();
    for (const s of splits(k)) {
      for (const [sPrev, prev] of best) {
        const before = gaps[k - 1]!.slice(sPrev);
        const after = gaps[k]!.slice(0, s);
        const cost = prev.cost + pieceCost(before, after, orient) + (k < n && cutsBlock(segments, bodyIdx, gaps, k, s) ? COST.splitBlock : 0);
        const cur = next.get(s);
        if (!cur || cost < cur.cost) next.set(s, { cost, path: [...prev.path, s] });
      }
    }
    best = next;
  }
  return [...best.values()][0]!;
}

function pieceCost(before: Segment[], after: Segment[], orient: Orientation): number {
  const all = [...before, ...after];
  const titles = all.filter((s) => s.kind === 'T').length;
  const bylines = all.filter((s) => s.kind === 'B').length;
  let cost = 0;
  cost += titles === 0 ? COST.noTitle : (titles - 1) * COST.extraTitle;
  cost += bylines === 0 ? COST.noByline : (bylines - 1) * COST.extraByline;
  if (titles > 0) {
    const titleAfter = after.some((s) => s.kind === 'T');
    if (titleAfter === orient.titlesFirst) cost += COST.againstOrientation;
  }
  if (bylines > 0) {
    const bylineAfter = after.some((s) => s.kind === 'B');
    if (bylineAfter === orient.bylinesBefore) cost += COST.bylineAgainstOrientation;
  }
  if (titles > 0 && bylines > 0 && !hasAdjacentTitleAndByline(before) && !hasAdjacentTitleAndByline(after)) cost += COST.bylineApartFromTitle;
  return cost;
}

/** Whether splitting gap k at s puts two segments of one block (no blank line between them) in different pieces. */
function cutsBlock(segments: Segment[], bodyIdx: number[], gaps: Segment[][], k: number, s: number): boolean {
  const gap = gaps[k]!;
  const left = s === 0 ? segments[bodyIdx[k - 1]!]! : gap[s - 1]!;
  const right = s === gap.length ? segments[bodyIdx[k]!]! : gap[s]!;
  const lastLine = left.paragraphs[left.paragraphs.length - 1]!.lines;
  const firstLine = right.paragraphs[0]!.lines;
  return lastLine[lastLine.length - 1]!.no + 1 === firstLine[0]!.no;
}

function hasAdjacentTitleAndByline(side: Segment[]): boolean {
  for (let i = 1; i < side.length; i++) {
    const a = side[i - 1]!.kind;
    const b = side[i]!.kind;
    if ((a === 'T' && b === 'B') || (a === 'B' && b === 'T')) return true;
  }
  return false;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
