// Lines → paragraphs, each classified (body, dateline, title, byline, subhead). Column layout is undone here:
// a block that stops mid-sentence at a blank line continues in the next block (the text went on in the
// next column), while a short line that ends a sentence ends its paragraph.
import { displayWidth, endsSentence } from '../text/chars.js';
import type { MappedText } from '../text/mapped-text.js';
import { cleanHeadline, joinLines, tidySpaces, undoDoubling } from './clean.js';
import { parseBylineParagraph, type ParsedByline } from './bylines.js';
import type { Line } from './lines.js';
import type { SegmentModel } from './model.js';

export type ParagraphKind = 'body' | 'dateline' | 'title' | 'byline' | 'subhead';

export interface Paragraph {
  kind: ParagraphKind;
  lines: Line[];
  /** Clean text: joined and tidied for prose, cleaned as a headline for titles. */
  text: MappedText;
  byline?: ParsedByline;
  /** The dateline as printed (本报讯) for dateline paragraphs. */
  dateline?: string;
  /** True when PDF extraction doubled this headline (the bold main title). */
  doubled?: boolean;
  /** Rule ids that decided this paragraph's kind or joined it across a column break. */
  rules: string[];
}

interface Draft {
  lines: Line[];
  byline?: ParsedByline;
  rules: string[];
  /** Column width of the block the paragraph ended in. */
  width: number;
  /** The paragraph opens its block (headlines do; a paragraph after a short last line does not). */
  firstInBlock: boolean;
}

export function toParagraphs(lines: readonly Line[], model: SegmentModel): Paragraph[] {
  const pageWidth = typicalWidth(lines);
  const drafts: Draft[] = [];
  for (const block of toBlocks(lines)) {
    // Short blocks say little about their column; the text they continue is usually in the same one.
    const width = block.length >= 3 ? Math.max(...block.map((l) => displayWidth(l.text.text))) : (drafts[drafts.length - 1]?.width ?? pageWidth);
    const inBlock = splitOnStrongBreaks(block, width, model);
    const first = inBlock[0];
    const prev = drafts[drafts.length - 1];
    if (first && prev && continuesAcrossBlocks(prev, first, inBlock.length === 1, model)) {
      prev.lines.push(...first.lines);
      prev.rules.push('para.column-continuation');
      prev.width = first.width;
      prev.firstInBlock = false;
      inBlock.shift();
    }
    drafts.push(...inBlock);
  }
  return drafts.flatMap((d) => splitHeadings(d, d.width)).map((d) => classify(d, model));
}

function toBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const line of lines) {
    if (line.text.length === 0) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** The width of a full line on this page: a high percentile, robust to headlines and short last lines. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines.map((l) => displayWidth(l.text.text)).filter((w) => w > 0).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.floor(widths.length * 0.8)]!;
}

/** Breaks no prose wrap can produce: byline lines, a dateline, an indent, a short line that ends a sentence. */
function splitOnStrongBreaks(block: Line[], width: number, model: SegmentModel): Draft[] {
  const out: Draft[] = [];
  let cur: Draft | null = null;
  let prevByline = false;
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const byline = parseBylineParagraph(line.text, model);
    const prev = block[i - 1];
    let rule = '';
    if (prev) {
      if (byline || prevByline) rule = byline && prevByline && !byline.signature ? '' : 'para.byline-line';
      else if (isDateline(line.text.text, model)) rule = 'para.dateline-start';
      else if (line.indent > 0) rule = 'para.indent';
      else if (endsSentence(prev.text.text) && displayWidth(prev.text.text) < width * 0.85) rule = 'para.short-last-line';
    }
    if (cur === null || rule) {
      cur = { lines: [line], rules: rule ? [rule] : [], width, byline: byline ?? undefined, firstInBlock: out.length === 0 };
      out.push(cur);
    } else {
      cur.lines.push(line);
      if (byline && cur.byline) cur.byline = mergeBylines(cur.byline, byline);
    }
    prevByline = byline !== null;
  }
  return out;
}

/**
 * Headline lines stand on their own when they are complete headlines: in a short run of unpunctuated lines,
 * a doubled (bold) line, a line of space-separated phrases, or a subtitle with a comma ends its headline.
 * A short unpunctuated first line over a full line of prose is a headline over its body.
 */
function splitHeadings(d: Draft, width: number): Draft[] {
  if (d.byline || d.lines.length < 2) return [d];
  const texts = d.lines.map((l) => l.text.text);
  if (d.lines.length <= 3 && texts.every(headlineShaped)) {
    const out: Draft[] = [];
    d.lines.forEach((line, i) => {
      const prev = d.lines[i - 1];
      const complete = (l: Line): boolean => isDoubled(l) || /\s/.test(l.text.text) || /[，,：:]/.test(l.text.text);
      if (!prev || complete(prev) || complete(line)) out.push({ ...d, lines: [line], rules: i === 0 ? d.rules : ['para.heading-line'] });
      else out[out.length - 1]!.lines.push(line);
    });
    return out;
  }
  const [first, second] = texts as [string, string];
  if (!/[\p{P}]/u.test(first.replace(/[“”"‘’《》]/g, '')) && displayWidth(first) < width * 0.6 && displayWidth(second) >= width * 0.85) {
    return [
      { ...d, lines: [d.lines[0]!] },
      { ...d, lines: d.lines.slice(1), rules: ['para.heading-over-body'] },
    ];
  }
  return [d];
}

function mergeBylines(a: ParsedByline, b: ParsedByline): ParsedByline {
  return { bylines: [...a.bylines, ...b.bylines], rules: [...a.rules, ...b.rules], signature: a.signature && b.signature };
}

function headlineShaped(text: string): boolean {
  return !hasSentencePunct(text) && displayWidth(text) <= 40;
}

function hasSentencePunct(text: string): boolean {
  return /[。！？!?；;]/.test(text);
}

function isDoubled(line: Line): boolean {
  return undoDoubling(line.text) !== line.text;
}

function isDateline(text: string, model: SegmentModel): boolean {
  return model.datelines.some((r) => r.regex.test(text));
}

/** A paragraph cut off by a blank line mid-sentence goes on in the next block (a column or page break). */
function continuesAcrossBlocks(prev: Draft, next: Draft, nextIsWholeBlock: boolean, model: SegmentModel): boolean {
  if (prev.byline || next.byline) return false;
  const last = prev.lines[prev.lines.length - 1]!.text.text;
  if (endsSentence(last)) return false;
  const firstNext = next.lines[0]!;
  if (firstNext.indent > 0 || isDateline(firstNext.text.text, model)) return false;
  const prevText = prev.lines.map((l) => l.text.text).join('');
  if ((prev.firstInBlock && looksLikeTitle(prev.lines)) || (nextIsWholeBlock && looksLikeTitle(next.lines))) return false;
  if (model.subheads.some((r) => r.regex.test(firstNext.text.text))) return false;
  // A full last line (or a run of narrow wrapped lines) means the text was still running.
  return displayWidth(last) >= prev.width * 0.7 || (prev.lines.length >= 2 && prevText.length > 20);
}

/** Short, unpunctuated, one to three lines: the shape of a headline, kicker or subtitle. */
export function looksLikeTitle(lines: readonly Line[]): boolean {
  if (lines.length > 3) return false;
  const text = lines.map((l) => undoDoubling(l.text).text).join('');
  if (text.length === 0 || hasSentencePunct(text) || endsSentence(text)) return false;
  if (/[，,、：:]$/.test(text)) return false;
  // A subtitle may hold a comma or two on its one line; a headline wrapped over lines is bare phrases.
  const commas = (text.match(/[，,、：:]/g) ?? []).length;
  if (lines.length > 1 ? commas > 0 : commas > 2) return false;
  return displayWidth(text) <= 48;
}

function classify(d: Draft, model: SegmentModel): Paragraph {
  const rules = [...d.rules];
  if (d.byline) {
    return { kind: 'byline', lines: d.lines, text: joinLines(d.lines.map((l) => l.text)), byline: d.byline, rules: [...rules, ...d.byline.rules] };
  }
  const firstText = d.lines[0]!.text.text;
  const dateline = model.datelines.find((r) => r.regex.test(firstText));
  if (dateline) {
    const text = tidySpaces(joinLines(d.lines.map((l) => l.text)));
    return { kind: 'dateline', lines: d.lines, text, dateline: dateline.regex.exec(firstText)![0], rules: [...rules, dateline.id] };
  }
  const subhead = model.subheads.find((r) => r.regex.test(firstText));
  if (subhead && d.lines.length <= 2 && !hasSentencePunct(firstText)) {
    return { kind: 'subhead', lines: d.lines, text: tidySpaces(joinLines(d.lines.map((l) => l.text))), rules: [...rules, subhead.id] };
  }
  if (looksLikeTitle(d.lines)) {
    const doubled = d.lines.some(isDoubled) || undoDoubling(joinLines(d.lines.map((l) => l.text))).length < joinLines(d.lines.map((l) => l.text)).length;
    return { kind: 'title', lines: d.lines, text: cleanHeadline(d.lines.map((l) => l.text)), doubled, rules: [...rules, 'para.title-shape'] };
  }
  return { kind: 'body', lines: d.lines, text: tidySpaces(joinLines(d.lines.map((l) => l.text))), rules };
}
