// A small newspaper typesetter over pdfkit for the generated test pages: text set line by line in columns,
// every full line justified by character spacing (pdfkit's own columns give ragged Chinese lines), paragraphs
// opened by a two-character indent, closing punctuation that does not fit hung in the margin, and no opening
// bracket or quote left at a line's end — the rules a Chinese compositor follows.
import PDFDocument from 'pdfkit';

export const FONTS = {
  serif: { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', name: 'NotoSerifCJKsc-Regular' },
  sans: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  bold: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', name: 'NotoSansCJKsc-Bold' },
  serifBold: { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', name: 'NotoSerifCJKsc-Bold' },
} as const;
export type FontName = keyof typeof FONTS;

export interface Style {
  font: FontName;
  size: number;
  /** Baseline to baseline. */
  pitch: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const CLOSING = '，。、；：？！”’）》…';
const OPENING = '“‘（《';

export class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  private widths = new Map<string, number>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: true, compress: true, info: { Title: 'kg test page', Producer: 'kg tests' } });
  }

  use(s: Pick<Style, 'font' | 'size'>): void {
    this.doc.font(FONTS[s.font].file, FONTS[s.font].name).fontSize(s.size);
  }

  /** Width of a string at the style's size, without character spacing. */
  measure(text: string, s: Pick<Style, 'font' | 'size'>): number {
    let w = 0;
    this.use(s);
    for (const ch of text) {
      const key = `${s.font}${ch}`;
      let cw = this.widths.get(key);
      if (cw === undefined) {
        cw = this.doc.widthOfString(ch) / s.size;
        this.widths.set(key, cw);
      }
      w += cw * s.size;
    }
    return w;
  }

  /** One line with its top at y; `justify` spreads it over `width` by character spacing. */
  line(text: string, x: number, y: number, s: Pick<Style, 'font' | 'size'>, width?: number): void {
    if (!text) return;
    this.use(s);
    const n = [...text].length;
    const natural = this.measure(text, s);
    const spacing = width !== undefined && n > 1 ? (width - natural) / (n - 1) : 0;
    this.doc.text(text, x, y, { lineBreak: false, characterSpacing: spacing });
  }

  centred(text: string, rect: { x: number; w: number }, y: number, s: Pick<Style, 'font' | 'size'>): void {
    const w = this.measure(text, s);
    this.line(text, rect.x + Math.max(0, (rect.w - w) / 2), y, s);
  }

  /** Lines of a paragraph set in `width`: [text, isFull][]. The first line is indented by `indent` ems. */
  breakLines(text: string, width: number, s: Style, indent: number): Array<{ text: string; full: boolean; hang: string; indent: number }> {
    const units = text.match(/[A-Za-z0-9.%]+|./gsu) ?? [];
    const lines: Array<{ text: string; full: boolean; hang: string; indent: number }> = [];
    let cur = '';
    let first = true;
    const avail = (): number => width - (first ? indent * s.size : 0);
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (this.measure(cur + u, s) <= avail() + 0.01) {
        cur += u;
        continue;
      }
      let hang = '';
      if (CLOSING.includes(u)) {
        hang = u;
      } else {
        i--;
      }
      // No opening mark at a line's end: it goes down with the word it opens.
      while (cur.length > 1 && OPENING.includes(cur[cur.length - 1]!) && !hang) {
        cur = cur.slice(0, -1);
        i--;
      }
      lines.push({ text: cur, full: true, hang, indent: first ? indent : 0 });
      cur = '';
      first = false;
    }
    if (cur) lines.push({ text: cur, full: false, hang: '', indent: first ? indent : 0 });
    return lines;
  }

  /**
   * Sets paragraphs into the columns in order, top to bottom, left to right. Returns false (having drawn
   * nothing) when they do not fit; otherwise the y below the last line of each column used.
   */
  flow(paragraphs: readonly string[], columns: readonly Rect[], s: Style, indent = 2, dryRun = false): number[] | null {
    const placed: Array<{ col: number; y: number; x: number; w: number; line: { text: string; full: boolean; hang: string; indent: number } }> = [];
    let col = 0;
    let y = columns[0]!.y;
    for (const p of paragraphs) {
      for (const line of this.breakLines(p, columns[col]!.w, s, indent)) {
        if (y + s.size > columns[col]!.y + columns[col]!.h + 0.01) {
          col++;
          if (col >= columns.length) return null;
          y = columns[col]!.y;
        }
        placed.push({ col, y, x: columns[col]!.x, w: columns[col]!.w, line });
        y += s.pitch;
      }
    }
    const bottoms = columns.map(() => 0);
    for (const pl of placed) bottoms[pl.col] = pl.y + s.size;
    if (dryRun) return bottoms;
    for (const { x, y: top, w, line } of placed) {
      const x0 = x + line.indent * s.size;
      this.line(line.text, x0, top, s, line.full ? w - line.indent * s.size : undefined);
      if (line.hang) this.line(line.hang, x + w, top, s);
    }
    return bottoms;
  }

  rule(x0: number, y: number, x1: number, weight = 0.5): void {
    this.doc.moveTo(x0, y).lineTo(x1, y).lineWidth(weight).stroke('#000000');
  }

  photo(r: Rect): void {
    this.doc.rect(r.x, r.y, r.w, r.h).fill('#c8c8c8');
    this.doc.fillColor('#000000');
  }

  async bytes(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((res) => this.doc.on('end', () => res()));
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
