// One article per source: a text file as an e-paper crawl gives it (headline, kicker or subtitle lines, the byline
// as printed, a blank line, the body paragraphs), or a JSONL record with those as fields. Either becomes the same
// parts a page's piece does (headlines, bylines, body paragraphs), so one function makes the Article of all three.
// Inside a one-article body nothing starts another article: short unpunctuated lines between paragraphs are
// subheads, byline lines are credits (制图, a photographer), an editor's note and its sign-off stay in the body.
import { CREDIT_ROLES, type SourcePage } from '../document/types.js';
import { displayWidth, endsSentence } from '../text/chars.js';
import type { MappedText } from '../text/mapped-text.js';
import { authorsOnly, parseBylineParagraph, type ParsedByline } from './bylines.js';
import { cleanHeadline } from './clean.js';
import { dropFurniture } from './furniture.js';
import { splitArticleHead, withColumn, type Headlines } from './headlines.js';
import { mappedLines, type Line } from './lines.js';
import type { SegmentModel } from './model.js';
import { isDashSubtitle, isDateline, MAX_COLUMN_WIDTH, opensNote, toParagraphs, type Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

/** What an article is made of, whatever the layout it was read from. */
export interface ArticleParts {
  head: Headlines;
  /** Bylines printed around the headline, and credit lines inside the body. */
  bylines: ParsedByline[];
  /** Body paragraphs in reading order (subheads among them). */
  body: Paragraph[];
  /** The body paragraphs that are subheads. */
  subheads: ReadonlySet<Paragraph>;
  /** Every piece of text the article was read from, for its source span. */
  sources: MappedText[];
  rules: string[];
}

/** A head holds the headline lines and the byline: a few lines at most. */
const MAX_HEAD_LINES = 8;
/** No headline line is wider than this (in ems); a wider line is prose. */
const MAX_HEADLINE_WIDTH = 50;

/**
 * A source holds one article when its text was never wrapped by a compositor — its lines end where sentences end
 * (a paragraph to a line, as a crawl or a web page gives text), or are wider than any newspaper column (hard-
 * wrapped at 80 characters), where a PDF page wraps lines at its columns' width, mid-sentence — and at most one
 * article opens in it: one byline of reporters or one dateline, or a byline followed by its dateline. A page of
 * pieces, each with its byline or dateline, opens several. Shares are of the text's width, so a short headline
 * line weighs less than a paragraph.
 */
export function isOneArticle(lines: readonly Line[], model: SegmentModel, crawlDated: ReadonlySet<number> = new Set()): boolean {
  let total = 0;
  let ending = 0;
  let wide = 0;
  for (const l of lines) {
    total += l.width;
    if (endsSentence(l.text.text)) ending += l.width;
    if (l.width > MAX_COLUMN_WIDTH) wide += l.width;
  }
  if (total === 0 || (ending < total / 2 && wide < total / 2)) return false;
  let openings = 0;
  let previousOpened = false;
  let above: Line | undefined;
  let beforeAbove: Line | undefined;
  for (const l of lines) {
    // para.headline-over-crawl-field: a dated crawl field line (dropped: empty) right under a headline-shaped line
    // opens a piece as a dateline does — a web page that lists several pieces prints one under each headline.
    if (crawlDated.has(l.no) && above && above.text.length <= HEADLINE_MAX && !endsSentence(above.text.text)) {
      if (!previousOpened) openings++;
      previousOpened = true;
      continue;
    }
    if (l.text.length === 0) continue;
    // para.dash-subtitle-over-body: 一片茶叶富了一方百姓 / ——记某某 after a piece's prose opens the next piece (a profile's head).
    const profile = isDashSubtitle(l.text.text) && above !== undefined && above.text.length <= HEADLINE_MAX && !endsSentence(above.text.text) && beforeAbove !== undefined && endsSentence(beforeAbove.text.text);
    beforeAbove = above;
    above = l;
    const opens = profile || isDateline(l.text.text, model) || reportsByline(parseBylineParagraph(l.text, model));
    if (opens && !previousOpened) openings++;
    previousOpened = opens;
  }
  return openings <= 1;
}

/** The longest line read as a headline over a crawl's field line. */
const HEADLINE_MAX = 40;

function reportsByline(p: ParsedByline | null): boolean {
  return p !== null && (p.signature || p.bylines.some((b) => !CREDIT_ROLES.has(b.role)));
}

/**
 * The parts of a one-article text: its head (the headline lines and the byline lines before the first blank
 * line or the first line of prose, the byline last), then its body. With `given` headlines (a record's fields)
 * the text is all body.
 */
export function articleParts(lines: readonly Line[], model: SegmentModel, layoutRule: string | undefined, given?: Headlines): ArticleParts {
  let i = 0;
  const headlines: MappedText[] = [];
  const bylines: ParsedByline[] = [];
  const sources: MappedText[] = [];
  while (!given && i < lines.length && lines[i]!.text.length === 0) i++;
  // 【编者按】… or 【导读】… over the headline: a paragraph of the body, not the head (the head is read under it).
  const leads: Line[] = [];
  const headAt = !given ? headUnderLeads(lines, i, model) : -1;
  if (headAt > i) {
    leads.push(...lines.slice(i, headAt), { ...lines[i]!, text: lines[i]!.text.slice(0, 0), indent: 0, width: 0 });
    i = headAt;
    while (i < lines.length && lines[i]!.text.length === 0) i++;
  }
  for (; !given && i < lines.length && headlines.length + bylines.length < MAX_HEAD_LINES; i++) {
    const line = lines[i]!.text;
    if (line.length === 0) break;
    // notice.salutation: 各乡镇人民政府，县直有关部门： under a notice's headline opens its body.
    if (headlines.length > 0 && model.salutation.regex.test(line.text.trim())) break;
    const byline = parseBylineParagraph(line, model);
    if (byline) bylines.push(byline);
    else if (bylines.length === 0 && isHeadline(line.text, model)) headlines.push(cleanHeadline([line]));
    else break;
    sources.push(line);
  }
  const body = bodyParts(toParagraphs([...leads, ...lines.slice(i)], model));
  return {
    head: given ?? splitArticleHead(headlines, model),
    bylines: [...bylines, ...body.credits],
    body: body.paragraphs,
    subheads: body.subheads,
    sources: [...sources, ...body.paragraphs.flatMap((p) => p.lines.map((l) => l.text))],
    rules: [...(layoutRule ? [layoutRule] : []), ...body.rules, ...(leads.length ? [RULE.leadAboveHead] : [])],
  };
}

/**
 * Where the head starts under lines that open with a lead or an editor's note (【编者按】…。 or 【导读】…。, up to a
 * blank line or a line of a headline's shape), or -1 when the text does not open with one, or no headline and byline
 * follow it.
 */
function headUnderLeads(lines: readonly Line[], from: number, model: SegmentModel): number {
  if (from >= lines.length || !opensNote(lines[from]!.text.text, model)) return -1;
  let i = from + 1;
  while (i < lines.length && lines[i]!.text.length > 0 && !isHeadline(lines[i]!.text.text, model)) i++;
  const head = i;
  while (i < lines.length && lines[i]!.text.length === 0) i++;
  // A headline line, then (perhaps after more headline lines) a byline or a blank line before the body.
  if (i >= lines.length || !isHeadline(lines[i]!.text.text, model) || parseBylineParagraph(lines[i]!.text, model)) return -1;
  for (let k = i + 1; k < Math.min(lines.length, i + MAX_HEAD_LINES); k++) {
    const t = lines[k]!.text;
    if (t.length === 0 || parseBylineParagraph(t, model)) return head;
    if (!isHeadline(t.text, model)) return -1;
  }
  return -1;
}

/** A headline line: short, and no sentence ends inside it (a question or an exclamation may end it). */
function isHeadline(text: string, model: SegmentModel): boolean {
  return !/[。；;]/.test(text) && displayWidth(text) <= MAX_HEADLINE_WIDTH && !isDateline(text, model);
}

/**
 * The parts of an article read from a JSONL record: its headline fields as they are (the title without its
 * column tag), its byline field read as a byline (names alone are the authors'), its text as the body. A record
 * without headline fields may carry its head in its text, as a one-article file does.
 */
export function recordParts(page: SourcePage, model: SegmentModel): ArticleParts {
  const record = page.record!;
  const field = (t: MappedText | undefined): MappedText | undefined => {
    const lines = t ? mappedLines(t).filter((l) => l.text.length > 0) : [];
    return lines.length ? cleanHeadline(lines.map((l) => l.text)) : undefined;
  };
  const [kicker, title, subtitle] = [field(record.kicker), field(record.title), field(record.subtitle)];
  const given = kicker || title || subtitle ? withColumn({ kicker, title, subtitle, rules: [] }, model) : undefined;
  // A crawl's furniture in the text (来源：…　作者：…, 编辑：某某, （稿件来源：…）) is dropped as a one-article file's is.
  const furniture = dropFurniture(mappedLines(record.text, page.startLine ?? 1), model, true);
  const parts = articleParts(furniture.lines, model, given ? undefined : RULE.recordHeadInText, given);
  parts.rules.push(...furniture.rules);
  if (furniture.crawl) parts.bylines.unshift(furniture.crawl);
  const bylines: ParsedByline[] = [];
  for (const line of record.byline ? mappedLines(record.byline) : []) {
    if (line.text.length === 0) continue;
    const parsed = parseBylineParagraph(line.text, model) ?? authorsOnly(line.text.trim(), RULE.recordBylineNames);
    if (parsed) bylines.push(parsed);
    else parts.rules.push(RULE.recordBylineUnread);
  }
  const fields = [record.title, record.kicker, record.subtitle, record.byline].filter((t): t is MappedText => t !== undefined && t.length > 0);
  return { ...parts, bylines: [...bylines, ...parts.bylines], sources: [...fields, ...parts.sources] };
}

/**
 * A one-article body: headline-shaped paragraphs are its subheads, byline paragraphs its credits (a
 * photographer, 制图, 版式设计), and nothing in it opens another article.
 */
function bodyParts(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; subheads: Set<Paragraph>; credits: ParsedByline[]; rules: string[] } {
  const out: Paragraph[] = [];
  const subheads = new Set<Paragraph>();
  const credits: ParsedByline[] = [];
  const rules = new Set<string>();
  for (const p of paragraphs) {
    if (p.kind === 'byline') {
      credits.push(p.byline!);
      rules.add(RULE.creditLine);
      continue;
    }
    if (p.kind === 'title' || p.kind === 'subhead') {
      const sub: Paragraph = { ...p, kind: 'subhead', rules: [...p.rules, RULE.subhead] };
      subheads.add(sub);
      out.push(sub);
      rules.add(RULE.subhead);
      continue;
    }
    // Only the first paragraph's dateline is the article's; a later one is text.
    out.push(p.kind === 'dateline' && out.length > 0 ? { ...p, kind: 'body' } : p);
  }
  return { paragraphs: out, subheads, credits, rules: [...rules] };
}
