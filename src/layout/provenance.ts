// Where on the page a span of extracted text was printed. Every character a PDF page's text holds has its box
// (PageLayout.boxes); a span's place is its page number and the union of its characters' boxes, in PDF points
// from the page's top-left corner. An article set in several columns gets one box per column piece.
import type { SourcePage } from '../document/types.js';
import type { PageLayout } from './types.js';

/** [x0, y0, x1, y1] in PDF points, origin at the page's top-left corner. */
export type Box = [number, number, number, number];

export interface Place {
  /** 1-based page number within the PDF. */
  pdfPage: number;
  pageWidth: number;
  pageHeight: number;
}

interface Located {
  start: number;
  end: number;
  layout: PageLayout;
}

/** Finds the page and boxes of source spans of the PDF pages of a build. */
export class PageBoxes {
  private bySource = new Map<string, Located[]>();

  constructor(pages: readonly SourcePage[]) {
    for (const p of pages) {
      if (!p.layout) continue;
      let list = this.bySource.get(p.source);
      if (!list) this.bySource.set(p.source, (list = []));
      list.push({ start: p.start, end: p.end, layout: p.layout });
    }
  }

  get empty(): boolean {
    return this.bySource.size === 0;
  }

  private pageAt(source: string, offset: number): Located | undefined {
    return this.bySource.get(source)?.find((p) => offset >= p.start && offset < p.end);
  }

  /** The page of a source offset, or undefined when the source is not a PDF. */
  place(source: string, offset: number): Place | undefined {
    const p = this.pageAt(source, offset);
    return p && { pdfPage: p.layout.pageNumber, pageWidth: round(p.layout.width), pageHeight: round(p.layout.height) };
  }

  /** The union of the boxes of source span [start, end), on the page of its first character. */
  box(source: string, start: number, end: number): (Place & { bbox: Box }) | undefined {
    const p = this.pageAt(source, start);
    if (!p) return undefined;
    const b = union(p, start, Math.min(end, p.end));
    return b && { pdfPage: p.layout.pageNumber, pageWidth: round(p.layout.width), pageHeight: round(p.layout.height), bbox: b };
  }

  /**
   * The boxes of characters at the given source offsets (an article's text), one per column piece: the boxes of
   * its lines, each joined to the box above it when they share most of their width and nothing stands between.
   */
  columns(source: string, offsets: ArrayLike<number>): (Place & { boxes: Box[] }) | undefined {
    if (offsets.length === 0) return undefined;
    const p = this.pageAt(source, offsets[0]!);
    if (!p) return undefined;
    const b = p.layout.boxes;
    // Line boxes: characters of one printed line share their top.
    const lines: Box[] = [];
    for (let i = 0; i < offsets.length; i++) {
      const o = offsets[i]!;
      if (o < p.start || o >= p.end) continue;
      const k = (o - p.start) * 4;
      if (Number.isNaN(b[k]!)) continue;
      const last = lines[lines.length - 1];
      if (last && Math.abs(b[k + 1]! - last[1]) < 0.5 && b[k]! >= last[0] - 1) {
        last[2] = Math.max(last[2], b[k + 2]!);
        last[3] = Math.max(last[3], b[k + 3]!);
      } else lines.push([b[k]!, b[k + 1]!, b[k + 2]!, b[k + 3]!]);
    }
    // A column piece is set in one size: lines join a box of their own height.
    const boxes: Array<{ box: Box; height: number }> = [];
    for (const l of lines) {
      const c = boxes.find((c) => Math.abs(c.height - (l[3] - l[1])) < 0.5 && overlap(c.box, l) >= 0.5 * Math.min(c.box[2] - c.box[0], l[2] - l[0]) && l[1] >= c.box[1] && l[1] - c.box[3] < 2 * c.height);
      if (c) {
        c.box[0] = Math.min(c.box[0], l[0]);
        c.box[2] = Math.max(c.box[2], l[2]);
        c.box[3] = Math.max(c.box[3], l[3]);
      } else boxes.push({ box: l, height: l[3] - l[1] });
    }
    return { pdfPage: p.layout.pageNumber, pageWidth: round(p.layout.width), pageHeight: round(p.layout.height), boxes: boxes.map((c) => roundBox(c.box)) };
  }
}

const overlap = (a: Box, b: Box): number => Math.min(a[2], b[2]) - Math.max(a[0], b[0]);

function union(p: Located, start: number, end: number): Box | undefined {
  const b = p.layout.boxes;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let o = Math.max(start, p.start); o < end; o++) {
    const k = (o - p.start) * 4;
    if (Number.isNaN(b[k]!)) continue;
    x0 = Math.min(x0, b[k]!);
    y0 = Math.min(y0, b[k + 1]!);
    x1 = Math.max(x1, b[k + 2]!);
    y1 = Math.max(y1, b[k + 3]!);
  }
  return x0 === Infinity ? undefined : roundBox([x0, y0, x1, y1]);
}

const round = (v: number): number => Math.round(v * 10) / 10;
const roundBox = (b: Box): Box => [round(b[0]), round(b[1]), round(b[2]), round(b[3])];
