// Drafts → the page's extracted text. The page is written as a reader reads it: the running head, then each
// article — kicker, title, subtitle, then its paragraphs — with a blank line between headline and body, between
// paragraphs and between articles, then the rest of the furniture. Each printed line is one line of text, with
// spaces where the page shows gaps; every character keeps its box on the page, so any span of the text maps
// back to the place it was printed.
import { MappedText } from '../text/mapped-text.js';
import type { ArticleDraft, FurnitureDraft, PageDraft } from './articles.js';
import { lineText } from './lines.js';
import type { LayoutParams } from './model.js';
import type { LaidOutArticle, Line, PageLayout, PlacedLine } from './types.js';

export interface PlacedPage {
  /** The page's text, to be written at `base.offset` of the file's text. */
  text: string;
  /** Four numbers per character of `text` (x0, y0, x1, y1), NaN for line breaks. */
  boxes: Float32Array;
  articles: LaidOutArticle[];
  furniture: PageLayout['furniture'];
  /** Line breaks written. */
  lines: number;
}

export function placePage(draft: PageDraft, base: { offset: number; line: number }, p: Pick<LayoutParams, 'spaceGap'>): PlacedPage {
  const parts: string[] = [];
  const boxes: number[] = [];
  let length = 0;
  let lineNo = base.line;
  const newline = (): void => {
    parts.push('\n');
    boxes.push(NaN, NaN, NaN, NaN);
    length++;
    lineNo++;
  };
  const place = (line: Line): PlacedLine => {
    const { text, boxes: b } = lineText(line.glyphs, p);
    if (length > 0 && !endsWithNewline(parts)) newline();
    const start = base.offset + length;
    parts.push(text);
    for (const r of b) boxes.push(r.x0, r.y0, r.x1, r.y1);
    length += text.length;
    const placed: PlacedLine = { x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1, size: line.size, no: lineNo, indent: 0, text: MappedText.identity(text, start) };
    placed.indent = (line.x0 - line.block.x0) / line.size;
    return placed;
  };
  const gap = (): void => {
    if (length === 0) return;
    if (!endsWithNewline(parts)) newline();
    if (!(parts.length >= 2 && parts[parts.length - 2] === '\n')) newline();
  };
  const heads = draft.furniture.filter((f) => f.kind === 'running-head' || f.kind === 'masthead');
  const feet = draft.furniture.filter((f) => !heads.includes(f));
  const furniture: PageLayout['furniture'] = [];
  const placeFurniture = (list: FurnitureDraft[]): void => {
    for (const f of [...list].sort((a, b) => a.line.y0 - b.line.y0 || a.line.x0 - b.line.x0)) furniture.push({ kind: f.kind, rule: f.rule, line: place(f.line), ...(f.reading ? { reading: f.reading } : {}) });
  };
  placeFurniture(heads);
  const articles = draft.articles.map((a: ArticleDraft): LaidOutArticle => {
    gap();
    const group = (lines: Line[]): PlacedLine[] => lines.map(place);
    const kicker = a.kicker.map(group);
    const title = group(a.title);
    const subtitle = a.subtitle.map(group);
    const paragraphs: PlacedLine[][] = [];
    a.paragraphs.forEach((para) => {
      gap();
      paragraphs.push(group(para));
    });
    return { kicker, title, subtitle, paragraphs, photo: a.photo, boxes: a.boxes, rules: a.rules, ...(a.jump ? { jump: a.jump } : {}) };
  });
  gap();
  placeFurniture(feet);
  if (!endsWithNewline(parts)) newline();
  return { text: parts.join(''), boxes: Float32Array.from(boxes), articles, furniture, lines: lineNo - base.line };
}

function endsWithNewline(parts: readonly string[]): boolean {
  return parts.length === 0 || parts[parts.length - 1] === '\n';
}
