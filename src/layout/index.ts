// Layout: a PDF's pages read from the glyphs' own positions. This stage sits beside ingest: ingest hands it a
// PDF file's bytes (the one I/O is reading the file), and it returns the file's extracted text — written in
// reading order, an article at a time — with, for each page, the articles laid out with their roles (kicker,
// title, subtitle, paragraphs, photo captions), the furniture kept out of them, and the box of every
// character. The grouping steps, bottom-up, each a pure function over boxes:
//   pdf.ts     a PDF's bytes → each page's text items, and the rules and boxes its drawing holds
//   text-layer.ts each page's fonts judged readable or not (no usable ToUnicode map): unreadable pages left out
//   glyphs.ts  text items → glyphs (radicals folded, positions spread over each item)
//   runs.ts    glyphs → runs on a baseline (overprinted bold copies dropped); the body size
//   xy-cut.ts  runs → blocks in reading order (recursive XY-cut, vertical gutters first; drawn rules are gutters
//              and section gaps whatever their width, a box is cut as one unit)
//   lines.ts   a block's runs → lines, each with its role by size
//   articles.ts lines → headline groups, paragraphs, furniture, captions → articles
//   place.ts   articles → the page's text, every character with its box
import type { PageMeta } from '../document/types.js';
import { KgError } from '../errors.js';
import { parseRunningHead, printedDate } from '../ingest/pages.js';
import { LAYOUT_RULE, toArticles } from './articles.js';
import { stackVertical, toGlyphs } from './glyphs.js';
import { loadLayoutModel, type LayoutModel } from './model.js';
import { readPdfItems } from './pdf.js';
import { checkTextLayer, describe, isUnmapped } from './text-layer.js';
import { placePage } from './place.js';
import { bodySizeOf, toRuns } from './runs.js';
import type { Glyph, PageItems, PageLayout, PageRules, Rect } from './types.js';
import { bodyLineGapOf, xyCut } from './xy-cut.js';

export { isPdf } from './pdf.js';
export type { LaidOutArticle, PageLayout, PlacedLine, Rect } from './types.js';

export interface LaidOutPage {
  layout: PageLayout;
  /** The page's range in the file's text, and the 1-based line it starts on. */
  start: number;
  end: number;
  startLine: number;
  /** Date and page number from the page's running head. */
  meta: Partial<PageMeta>;
  runningHead?: string;
  warnings: string[];
}

export interface PdfText {
  /** The file's extracted text: each page in reading order, pages separated by form feeds. */
  text: string;
  pages: LaidOutPage[];
  warnings: string[];
}

/** Reads a PDF file's bytes into its text and page layouts. `subject` names the file in errors and warnings. */
export async function readPdf(data: Uint8Array, subject: string, model: LayoutModel = loadLayoutModel()): Promise<PdfText> {
  const { pages: items, warnings } = await readPdfItems(data, subject);
  const parts: string[] = [];
  const pages: LaidOutPage[] = [];
  let offset = 0;
  let line = 1;
  let empty = 0;
  const unreadable: number[] = [];
  for (const pageItems of items) {
    // A text layer in fonts with no usable Unicode mapping is garbage: the page is left out, said by its number.
    const check = checkTextLayer(pageItems.items);
    if (check.pageUnreadable) {
      unreadable.push(pageItems.pageNumber);
      warnings.push(`${subject}: page ${pageItems.pageNumber}: the text layer is unreadable — ${check.unreadable} of ${check.characters} characters are not text (${describe(check)}; its fonts have no usable ToUnicode map); the page was left out: OCR it to read it (e.g. ocrmypdf --force-ocr --language chi_sim)`);
      continue;
    }
    const usable = check.fonts.size > 0 ? { ...pageItems, items: pageItems.items.filter((i) => !check.fonts.has(i.font)) } : pageItems;
    // (written after the form feed that parts it from the page before: its offsets count that character)
    const feed = parts.length > 0 ? 1 : 0;
    const laid = layoutPage(usable, { offset: offset + feed, line }, model);
    if (!laid) {
      empty++;
      continue;
    }
    // A few unmapped glyphs (or a font of a few lines) in good text: those are dropped, the rest is read.
    if (check.unreadable > 0) laid.page.warnings.push(`page ${pageItems.pageNumber}: ${check.unreadable} of ${check.characters} characters were left out (${describe(check)}: fonts without a usable ToUnicode map); the rest of the page's text is kept`);
    if (parts.length > 0) {
      parts.push('\f');
      offset++;
    }
    const start = offset;
    parts.push(laid.text);
    offset += laid.text.length;
    pages.push({ ...laid.page, start, end: offset, startLine: line, warnings: laid.page.warnings.map((w) => `${subject}: ${w}`) });
    line += laid.lines;
  }
  if (pages.length === 0 && unreadable.length > 0) {
    throw new KgError('INPUT_ENCODING', `the PDF's text layer is unreadable: ${unreadable.length === 1 ? `page ${unreadable[0]} is` : `pages ${unreadable.join(', ')} are`} set in fonts with no usable Unicode mapping (private-use or control characters, or a custom encoding that reads as Latin letters), and no page has readable text${empty ? ` (${empty} page(s) have none)` : ''}`, {
      subject,
      hint: 'OCR the pages first, replacing the text layer (e.g. ocrmypdf --force-ocr --language chi_sim in.pdf out.pdf), or get the paper\'s text another way',
    });
  }
  if (pages.length === 0) {
    throw new KgError('INPUT_EMPTY', `the PDF has no text layer (${items.length} page(s) of images or vector art only)`, {
      subject,
      hint: 'a scanned paper needs OCR first (e.g. ocrmypdf --language chi_sim in.pdf out.pdf)',
    });
  }
  if (empty > 0) warnings.push(`${subject}: ${empty} page(s) without text (images only) were left out`);
  return { text: parts.join(''), pages, warnings };
}

/**
 * One page's items → its layout and text, written at `base` of the file's text. Null when the page has no text.
 */
export function layoutPage(items: PageItems, base: { offset: number; line: number }, model: LayoutModel = loadLayoutModel()): { page: Omit<LaidOutPage, 'start' | 'end' | 'startLine'>; text: string; lines: number } | null {
  const p = model.params;
  const { glyphs: flat, skipped: skew } = toGlyphs(items.items);
  // A vertical-writing font set large is a vertical title: its characters are stacked as glyphs of their own. Body
  // text set vertically is left out (with rotated text), as before.
  const flatBody = bodySizeOf(flat);
  const stacked = items.items.filter((i) => i.vertical && i.size >= p.display * flatBody).flatMap((i) => stackVertical(i));
  const all = stacked.length ? [...flat, ...stacked] : flat;
  const skipped = skew - stacked.length;
  // Glyphs with no Unicode mapping (private-use code points: a partial ToUnicode map) keep their place on the page,
  // so the lines and columns they stand in keep their shape, and are left out of the text (lines.ts).
  const glyphs = all.filter((g) => g.x1 > 0 && g.x0 < items.width && g.y1 > 0 && g.y0 < items.height);
  const unmapped = glyphs.filter((g) => isPrivateUse(g.ch)).length;
  if (glyphs.length === 0) return null;
  const bodySize = bodySizeOf(glyphs);
  const rules = usefulRules(items, glyphs, bodySize);
  const runs = toRuns(glyphs, p, rules.v);
  const bodyLineGap = bodyLineGapOf(runs, bodySize);
  const blocks = xyCut(runs, { x0: 0, x1: items.width }, { bodySize, bodyLineGap }, p, rules);
  const draft = toArticles(blocks, { width: items.width, height: items.height, bodySize, bodyLineGap, rules }, model);
  const placed = placePage(draft, base, p);
  const warnings: string[] = [];
  const head = placed.furniture.find((f) => f.rule === LAYOUT_RULE.runningHead);
  const meta = head ? (parseRunningHead((head.reading ?? head.line.text.text).replace(/\s+/g, ' ').trim()) ?? {}) : {};
  // A running head without the date (a folio alone, 第3版), or none: the date printed elsewhere in the page's head
  // or foot — under the masthead's title on a front page, beside the folio in the foot — letter-spaced or not.
  if (!meta.date) {
    for (const f of placed.furniture) {
      const date = f.kind !== 'jump' && f.kind !== 'table' ? printedDate((f.reading ?? f.line.text.text).replace(/\s+/g, '')) : undefined;
      if (date) {
        meta.date = date;
        break;
      }
    }
  }
  const layout: PageLayout = {
    pageNumber: items.pageNumber,
    width: items.width,
    height: items.height,
    articles: placed.articles,
    furniture: placed.furniture,
    bodySize,
    skipped: skipped + unmapped,
    boxes: placed.boxes,
  };
  return { page: { layout, meta, ...(head ? { runningHead: head.line.text.text } : {}), warnings }, text: placed.text, lines: placed.lines };
}

/**
 * The page's drawn rules of a useful length (two ems of body text or more: shorter strokes underline a word or
 * make up a logo), and the boxes that frame text, their sides rules too. A box with no text in it is a picture
 * (or its frame): neither a box nor rules for the layout.
 */
const MAX_BOXES = 100;

function usefulRules(items: PageItems, glyphs: readonly Glyph[], bodySize: number): PageRules {
  const r = items.rules;
  if (!r) return { h: [], v: [], boxes: [], pictures: [] };
  const min = 2 * bodySize;
  const h = r.h.filter((s) => s.x1 - s.x0 >= min);
  const v = r.v.filter((s) => s.y1 - s.y0 >= min);
  const holdsText = (b: Rect): boolean => glyphs.some((g) => {
    const cx = (g.x0 + g.x1) / 2;
    const cy = (g.y0 + g.y1) / 2;
    return cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1;
  });
  const framing: Rect[] = [];
  const pictures: Rect[] = (r.pictures ?? []).filter((b) => b.x1 - b.x0 >= min && b.y1 - b.y0 >= min);
  for (const b of r.boxes) {
    if (b.x1 - b.x0 < min || b.y1 - b.y0 < bodySize) continue;
    if (holdsText(b)) framing.push(b);
    else if (b.y1 - b.y0 >= min) pictures.push(b);
  }
  // A page that draws hundreds of boxes round text draws a table's cells (each cut as one unit costs a pass over
  // the region's runs): the largest are the ones that frame pieces.
  const boxes = framing.length <= MAX_BOXES ? framing : [...framing].sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0)).slice(0, MAX_BOXES);
  for (const b of boxes) {
    h.push({ x0: b.x0, x1: b.x1, y0: b.y0, y1: b.y0 }, { x0: b.x0, x1: b.x1, y0: b.y1, y1: b.y1 });
    v.push({ x0: b.x0, x1: b.x0, y0: b.y0, y1: b.y1 }, { x0: b.x1, x1: b.x1, y0: b.y0, y1: b.y1 });
  }
  return { h, v, boxes, pictures };
}

function isPrivateUse(ch: string): boolean {
  return isUnmapped(ch.codePointAt(0)!);
}
