// Paragraphs → pieces. PDF extraction scrambles a page's reading order: a headline may come after its body,
// a byline before the body or after the headline. We cut the page into body runs (a dateline such as 本报讯
// always opens a new one) and give every headline group and byline group between two runs to one of them,
// choosing the assignment that gives each piece one headline and one byline, found exactly by dynamic
// programming over the split point in each gap.
import type { Paragraph } from './paragraphs.js';

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
  /** A byline printed straight above a dateline (■记者 X / 本报讯 …) usually belongs to that body. */
  bylineAboveDateline: 0.2,
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

  // best[k][s]: least cost of pieces 0..k-1 given that gap k is split at s (segments < s go to piece k-1).
  const splits = (k: number): number[] => (k === 0 ? [0] : k === n ? [gaps[n]!.length] : range(gaps[k]!.length + 1));
  let best = new Map<number, { cost: number; path: number[] }>([[0, { cost: 0, path: [0] }]]);
  for (let k = 1; k <= n; k++) {
    const next = new Map<number, { cost: number; path: number[] }>();
    for (const s of splits(k)) {
      for (const [sPrev, prev] of best) {
        const before = gaps[k - 1]!.slice(sPrev);
        const after = gaps[k]!.slice(0, s);
        const nextBody = k < n ? segments[bodyIdx[k]!]! : undefined;
        const tookBylineAboveNext = nextBody !== undefined && s === gaps[k]!.length && after[after.length - 1]?.kind === 'B';
        const cost = prev.cost + pieceCost(before, after, titlesFirst) + (tookBylineAboveNext && nextBody.paragraphs[0]!.kind === 'dateline' ? COST.bylineAboveDateline : 0);
        const cur = next.get(s);
        if (!cur || cost < cur.cost) next.set(s, { cost, path: [...prev.path, s] });
      }
    }
    best = next;
  }
  const path = [...best.values()][0]!.path;
  const pieces: Piece[] = [];
  for (let k = 1; k <= n; k++) {
    const before = gaps[k - 1]!.slice(path[k - 1]!);
    const after = gaps[k]!.slice(0, path[k]!);
    const rules = ['segment.assign'];
    if (after.some((s) => s.kind === 'T')) rules.push('segment.title-after-body');
    if (before.some((s) => s.kind === 'T')) rules.push('segment.title-before-body');
    pieces.push({ before, body: segments[bodyIdx[k - 1]!]!, after, rules });
  }
  return pieces;
}

function pieceCost(before: Segment[], after: Segment[], titlesFirst: boolean): number {
  const all = [...before, ...after];
  const titles = all.filter((s) => s.kind === 'T').length;
  const bylines = all.filter((s) => s.kind === 'B').length;
  let cost = 0;
  cost += titles === 0 ? COST.noTitle : (titles - 1) * COST.extraTitle;
  cost += bylines === 0 ? COST.noByline : (bylines - 1) * COST.extraByline;
  if (titles > 0) {
    const titleAfter = after.some((s) => s.kind === 'T');
    if (titleAfter === titlesFirst) cost += COST.againstOrientation;
  }
  return cost;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
