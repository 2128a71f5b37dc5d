// The layout stage's typed boxes, built bottom-up as pdfminer builds its layout: glyphs → runs (glyphs merged
// on a baseline) → blocks (the leaves of the XY-cut) → lines → elements (lines of one role) → articles. Every
// coordinate is in PDF points with the origin at the page's top-left corner and y growing downwards (the page
// as a reader sees it, its /Rotate applied).
import type { MappedText } from '../text/mapped-text.js';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One printed character. */
export interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  /** Top and bottom of the character's em box. */
  y0: number;
  y1: number;
  baseline: number;
  /** Font size in points (the em box's height). */
  size: number;
  font: string;
}

/** Glyphs merged on one baseline, left to right, with no gap wider than a column gutter could be. */
export interface Run extends Rect {
  glyphs: Glyph[];
  baseline: number;
  size: number;
}

/** A leaf of the XY-cut: the runs of one column piece, and the x-range of the region it was cut from. */
export interface Block extends Rect {
  runs: Run[];
  /** The region's left and right bounds as the cuts set them (gutter middles): the columns it stands over. */
  spanX0: number;
  spanX1: number;
  /** Position in reading order. */
  order: number;
}

/** A printed line: the runs of a block on one baseline. */
export interface Line extends Rect {
  glyphs: Glyph[];
  baseline: number;
  size: number;
  /** The block the line was read from. */
  block: Block;
}

/** How a line reads on its page, by size relative to the body text and by what it says. */
export type LineRole = 'headline' | 'display' | 'body' | 'small';

/** A line placed in the page's extracted text. */
export interface PlacedLine extends Rect {
  /** The line's text as printed, mapped to offsets in the file's extracted text (spaces where the page shows gaps). */
  text: MappedText;
  /** 1-based line number in the file's extracted text. */
  no: number;
  size: number;
  /** Indent from the left edge of its column, in ems of its own size. */
  indent: number;
}

/** Besides the page's running head, masthead, foot and jump lines: the cells of a table, kept out of its article's prose, an advertisement's lines, a front page's 导读 column and a weather box. */
export type FurnitureKind = 'running-head' | 'masthead' | 'footer' | 'jump' | 'table' | 'advert' | 'guide' | 'weather';

/** A piece of an article read from the page, with the role the layout gives each of its lines. */
export interface Piece<L> {
  /** Headline lines above the title (引题), the title (主题), lines below it (副题). */
  kicker: L[][];
  title: L[];
  subtitle: L[][];
  /** Body paragraphs in reading order. */
  paragraphs: L[][];
  /** A photo caption standing for the whole piece (a photo with its credit). */
  photo: boolean;
  /** The boxes the piece is set in (one per column piece), in reading order. */
  boxes: Rect[];
  /** Ids of the layout rules that shaped the piece. */
  rules: string[];
  /**
   * A story continued on another page: `to`, the page its jump line at its foot sends the reader to （下转第3版）;
   * `from`, the page the jump line over it names （上接第1版）. Page numbers as printed, digits.
   */
  jump?: { to?: string; from?: string };
}

/** A piece as the layout hands it on: its lines placed in the page's text. */
export type LaidOutArticle = Piece<PlacedLine>;

/** One page of a PDF as the layout reads it. */
export interface PageLayout {
  /** 1-based page number within the PDF file. */
  pageNumber: number;
  width: number;
  height: number;
  articles: LaidOutArticle[];
  /** `reading`: how a letter-spaced running head reads (its words a space apart), where the printed line misleads. */
  furniture: Array<{ kind: FurnitureKind; line: PlacedLine; rule: string; reading?: string }>;
  /** The body text size of the page, in points. */
  bodySize: number;
  /** Characters the layout left out (rotated or vertical text, glyphs with no Unicode mapping). */
  skipped: number;
  /** Four numbers per character of the page's extracted text (x0, y0, x1, y1; NaN for line breaks). */
  boxes: Float32Array;
}

/** A PDF page's text items as pdfjs gives them, in page coordinates (see Glyph). */
export interface PageItems {
  pageNumber: number;
  width: number;
  height: number;
  items: TextItem[];
  /** The straight rules and boxes drawn on the page (absent where they were not read). */
  rules?: PageRules;
}

/**
 * What a typesetter draws between articles: horizontal and vertical strokes (or hairline-thin filled bars), each
 * as the line it draws (a horizontal one has y0 = y1, a vertical one x0 = x1), and boxes (rectangles stroked
 * round, or filled panels), in page coordinates.
 */
export interface PageRules {
  h: Rect[];
  v: Rect[];
  boxes: Rect[];
  /** Pictures: images the page draws, and boxes with no text in them (read by the layout, not in the XY-cut). */
  pictures?: Rect[];
}

/** One pdfjs text item made upright: its baseline origin, advance width and font size. */
export interface TextItem {
  str: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
  font: string;
  /** Set when the item is not upright horizontal text (rotated, vertical writing): the layout skips it. */
  skew?: boolean;
  /**
   * Upright text in a vertical-writing font (Identity-V, UniGB-UCS2-V): its characters run down from (x, baseline),
   * each centred on x, `height` points in all. The layout reads it only as display type (a vertical title).
   */
  vertical?: { height: number };
}
