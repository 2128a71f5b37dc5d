// A block's runs → its printed lines, top to bottom; each line's role by its size against the body text; and a
// line's text, with a space wherever the page leaves a gap wider than letter-spacing.
import { CLOSING } from './glyphs.js';
import { isUnmapped } from './text-layer.js';
import type { LayoutParams } from './model.js';
import type { Block, Glyph, Line, LineRole, Rect } from './types.js';

export function blockLines(block: Block, p: Pick<LayoutParams, 'lineTolerance'>): Line[] {
  const lines: Line[] = [];
  let cur: Block['runs'] = [];
  const flush = (): void => {
    if (cur.length === 0) return;
    const glyphs = cur.sort((a, b) => a.x0 - b.x0).flatMap((r) => r.glyphs);
    const big = cur.reduce((a, b) => (b.glyphs.length * b.size > a.glyphs.length * a.size ? b : a));
    lines.push({
      glyphs,
      x0: Math.min(...cur.map((r) => r.x0)),
      x1: Math.max(...cur.map((r) => r.x1)),
      y0: Math.min(...cur.map((r) => r.y0)),
      y1: Math.max(...cur.map((r) => r.y1)),
      baseline: big.baseline,
      size: big.size,
      block,
    });
    cur = [];
  };
  for (const run of block.runs) {
    const head = cur[0];
    if (head && Math.abs(run.baseline - head.baseline) > p.lineTolerance * Math.min(run.size, head.size)) flush();
    cur.push(run);
  }
  flush();
  return lines;
}

export function roleOf(size: number, bodySize: number, p: Pick<LayoutParams, 'headline' | 'display' | 'small'>): LineRole {
  const r = size / bodySize;
  if (r >= p.headline) return 'headline';
  if (r >= p.display) return 'display';
  if (r <= p.small) return 'small';
  return 'body';
}

export interface LineText {
  text: string;
  /** One box per character of `text`; a space's box is the gap it stands for. */
  boxes: Rect[];
}

/** The characters of a line with a space for every gap wider than `spaceGap` ems; unmapped glyphs left out. */
export function lineText(glyphs: readonly Glyph[], p: Pick<LayoutParams, 'spaceGap'>): LineText {
  let text = '';
  const boxes: Rect[] = [];
  let prev: Glyph | undefined;
  for (const g of glyphs) {
    // A glyph with no Unicode mapping holds its place (no gap opens where it stands) and writes nothing.
    if (isUnmapped(g.ch.codePointAt(0)!)) {
      prev = g;
      continue;
    }
    if (prev && g.x0 - prev.x1 > p.spaceGap * Math.max(g.size, prev.size)) {
      text += ' ';
      boxes.push({ x0: prev.x1, y0: Math.min(prev.y0, g.y0), x1: g.x0, y1: Math.max(prev.y1, g.y1) });
    }
    text += g.ch;
    for (let k = 1; k < g.ch.length; k++) boxes.push(g);
    boxes.push(g);
    prev = g;
  }
  return { text, boxes };
}


/**
 * The right end of a line's text as set in its column: a closing mark that ends the line may hang in the margin
 * (one, at most), so it is left out; a full line then ends at the column's edge or one em short of it.
 */
export function coreRight(line: Line): number {
  const n = line.glyphs.length;
  return n > 1 && CLOSING.has(line.glyphs[n - 1]!.ch) ? line.glyphs[n - 2]!.x1 : line.glyphs[n - 1]!.x1;
}
