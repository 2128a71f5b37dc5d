// Lines → paragraphs, each classified (body, dateline, title, byline, subhead). Column layout is undone here:
// a block that stops mid-sentence at a blank line continues in the next block (the text went on in the
// next column), while a short line that ends a sentence ends its paragraph.
import { displayWidth, endsSentence } from '../text/chars.js';
import type { MappedText } from '../text/mapped-text.js';
import { cleanHeadline, joinLines, tidyListSpaces, tidySpaces, undoDoubling } from './clean.js';
import { authorsOnly, parseBracketedPhotoCredit, parseBylineParagraph, parseCaptionRoleCredit, type ParsedByline } from './bylines.js';
import { isCommonSurname, surnameAt } from '../lexicons/index.js';
import type { Line } from './lines.js';
import type { SegmentModel } from './model.js';
import { RULE } from './rule-ids.js';
import { CREDIT_ROLES } from '../document/types.js';

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
  /** Opens an editor's note (编者按：…) or signs it off (——编 者), or is a lead (【导读】…, 核心提示：…). */
  note?: 'opening' | 'signoff' | 'lead';
  /** A dateline paragraph whose byline follows the dateline in brackets (本报讯（记者 某某）): the piece has its byline. */
  bylineInside?: boolean;
  /** Text carried over from another page, after a jump line (（上接第1版））: it opens a piece that needs no headline. */
  continued?: boolean;
  /** A crawl's field line stood right above it (发布时间：… under a headline): a new piece's text opens here (para.after-crawl-field). */
  afterCrawlField?: boolean;
  /** A photo's caption: a short paragraph opening its block, with the photographer's credit right under it. */
  caption?: boolean;
  /** Rule ids that decided this paragraph's kind or joined it across a column break. */
  rules: string[];
  /** Full-line width of the blocks the paragraph starts and ends in, where a block is long enough to tell. */
  columnStart?: number;
  columnEnd?: number;
}

interface Draft {
  lines: Line[];
  byline?: ParsedByline;
  rules: string[];
  /** Column width of the block the paragraph ended in. */
  width: number;
  /** Width of a full line of that block, hanging punctuation left out (see measure). */
  fullWidth: number;
  /** The same, measured on the first and last blocks of the paragraph when they have three lines or more. */
  columnStart?: number;
  columnEnd?: number;
  /**
   * The paragraph opens its block, or follows a byline in it (headlines do; a paragraph after a short last
   * line does not).
   */
  firstInBlock: boolean;
  /** A line of a headline group split into its lines (see splitHeadings). */
  headGroup?: boolean;
  /** An item of a list printed one a line (para.list-line): a body paragraph, never a headline. */
  listItem?: boolean;
}

export function toParagraphs(lines: readonly Line[], model: SegmentModel): Paragraph[] {
  const pageWidth = typicalWidth(lines);
  const drafts: Draft[] = [];
  for (const block of toBlocks(lines)) {
    // Short blocks say little about their column; the text they continue is usually in the same one.
    const last = drafts[drafts.length - 1];
    // (名单如下： / [blank] / 甲 / 乙: a list set apart under the line that announces it, its lines short in that column)
    const prevLast = last?.lines[last.lines.length - 1]?.text.text.trimEnd();
    const underColon = last !== undefined && prevLast !== undefined && /[：:]$/u.test(prevLast) && Math.max(...block.map((l) => l.width)) < 0.6 * last.width;
    const width = block.length >= 3 && !underColon ? Math.max(...block.map((l) => l.width)) : (last?.width ?? pageWidth);
    const fullWidth = block.length >= 3 && !underColon ? fullLineWidth(block) : (last?.fullWidth ?? pageWidth);
    const inBlock = splitOnStrongBreaks(block, width, fullWidth, model, pageWidth > MAX_COLUMN_WIDTH, underColon);
    if (block.length >= 3) for (const d of inBlock) d.columnStart = d.columnEnd = fullWidth;
    const first = inBlock[0];
    const prev = drafts[drafts.length - 1];
    const joined = first && prev ? continuesAcrossBlocks(prev, first, inBlock.length === 1, model) : null;
    if (first && prev && joined) {
      prev.lines.push(...first.lines);
      prev.rules.push(joined);
      prev.width = first.width;
      prev.fullWidth = first.fullWidth;
      prev.columnEnd = first.columnEnd;
      prev.firstInBlock = false;
      inBlock.shift();
    }
    drafts.push(...inBlock);
  }
  const out = drafts
    .flatMap((d) => splitHeadings(d, d.width, model, pageWidth > MAX_COLUMN_WIDTH))
    .map((d) => ({ ...classify(d, model), ...(d.columnStart !== undefined ? { columnStart: d.columnStart } : {}), ...(d.columnEnd !== undefined ? { columnEnd: d.columnEnd } : {}) }));
  // An editor's note comes before the report it introduces: the dateline after its sign-off opens no new piece.
  for (let i = 1; i < out.length; i++) if (out[i]!.kind === 'dateline' && out[i - 1]!.note === 'signoff') out[i] = { ...out[i]!, kind: 'body' };
  // ■青岚县举办首届农民篮球赛 over one paragraph, the two alone in their block: a brief's title, not a subhead.
  for (let i = 0; i + 1 < out.length; i++) {
    const p = out[i]!;
    const next = out[i + 1]!;
    const after = out[i + 2];
    if (p.kind !== 'subhead' || !p.rules.includes(MARKED_SUBHEAD) || !opensBlock(out[i - 1], p)) continue;
    // ■新闻链接, ■延伸阅读: a sidebar of the article above, not a brief.
    if (model.sidebarHead.regex.test(p.text.text)) continue;
    if ((next.kind === 'body' || next.kind === 'dateline') && adjacent(p, next) && (!after || !adjacent(next, after))) {
      const text = cleanHeadline(p.lines.map((l) => l.text));
      let mark = 0;
      while (mark < text.length && /[■●◆▲□\s]/.test(text.text[mark]!)) mark++;
      out[i] = { ...p, kind: 'title', text: text.slice(mark), rules: [...p.rules, RULE.markedBriefTitle] };
    }
  }
  // 记者 某某 / 盛夏时节，…。 / 科技赋能提品质 / 产业园引进…: a short unmarked line inside a feature's prose is its subhead.
  for (let i = 1; i + 1 < out.length; i++) {
    if (isFeatureSubhead(out, i, model)) out[i] = { ...out[i]!, kind: 'subhead', text: tidySpaces(out[i]!.text), rules: [...out[i]!.rules, RULE.featureSubhead, model.unmarkedSubhead.id] };
    else if (isSubheadAfterBlank(out, i, model)) out[i] = { ...out[i]!, kind: 'subhead', text: tidySpaces(out[i]!.text), rules: [...out[i]!.rules, RULE.subheadAfterBlank, model.unmarkedSubhead.id] };
  }
  // 殷晓梅 under a title, or closing a piece: a name alone on its line is the piece's author, not a headline.
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (p.kind !== 'title' || p.lines.length !== 1 || !prev) continue;
    const underTitle = prev.kind === 'title' && (next?.kind === 'body' || next?.kind === 'dateline');
    const closing = prev.kind === 'body' && (!next || next.kind === 'title');
    if (!underTitle && !closing) continue;
    const authors = namesAlone(p.text);
    if (authors) out[i] = { ...p, kind: 'byline', byline: authors, rules: [...p.rules, RULE.bylineNamesAlone] };
  }
  // 图为…。 / 记者 田思远 摄: a short paragraph opening its block over a photographer's credit is a caption, and
  // opens a piece of its own (a photo), as a dateline opens a report.
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    const credit = out[i + 1];
    if (p.kind !== 'body' || p.text.length > CAPTION_MAX_CHARS || !opensBlock(out[i - 1], p)) continue;
    // para.caption-closing-credit: 8月19日，…测量血压。　通讯员 某某 摄 — a block of one short paragraph closing with its
    // photographer's role, name and 摄 is a caption, and opens a photo piece, as one over a credit line does.
    if (!credit || !adjacent(p, credit)) {
      if (!p.caption && p.lines.length <= CAPTION_MAX_LINES && parseCaptionRoleCredit(p.text, model)) out[i] = { ...p, caption: true, rules: [...p.rules, RULE.captionClosingCredit] };
      continue;
    }
    if (credit.kind === 'byline' && credit.byline!.bylines.length > 0 && credit.byline!.bylines.every((b) => b.role === '摄影')) {
      out[i] = { ...p, caption: true, rules: [...p.rules, RULE.captionOverCredit] };
    } else if (credit.kind === 'body' && credit.lines.length === 1 && /^[（(]/.test(credit.text.text)) {
      // 图为…。 / （记者 某某 摄）: the credit in brackets on a line of its own is the photographer's, as unbracketed.
      // The line as printed, its letter-spacing kept (（记者 火 旭 摄）: byline.letter-spaced-name).
      const photo = parseBracketedPhotoCredit(credit.text, model) ?? parseBracketedPhotoCredit(credit.lines[0]!.text.trim(), model);
      if (!photo) continue;
      out[i] = { ...p, caption: true, rules: [...p.rules, RULE.captionOverCredit] };
      out[i + 1] = { ...credit, kind: 'byline', byline: { bylines: photo, rules: [model.bracketedPhotoCredit.id], signature: false, marked: false }, rules: [...credit.rules, RULE.captionOverBracketedCredit, model.bracketedPhotoCredit.id] };
    }
  }
  return out;
}

/** One to three names alone (殷晓梅, 程  雪 韦一鸣), each opening with a common surname: the authors, or null. */
function namesAlone(t: MappedText): ParsedByline | null {
  if (t.text.replace(/\s/g, '').length > 12) return null;
  const parsed = authorsOnly(t, RULE.bylineNamesAlone);
  if (!parsed || parsed.bylines.length > 3) return null;
  const ok = parsed.bylines.every((b) => {
    const sn = surnameAt(b.name, 0);
    return sn > 0 && b.name.length > sn && b.name.length <= sn + 2 && (sn === 2 || isCommonSurname(b.name[0]!));
  });
  return ok ? parsed : null;
}

/**
 * Printed one paragraph a line, a feature's unmarked subhead (产业兴 百姓富, line k) stands between a line that ends
 * a sentence (or the block's start) and a whole paragraph: a line wider than any column that ends a sentence, or,
 * on a page whose lines run wider than any column (never wrapped), any line that ends a sentence (a short
 * paragraph). It is a paragraph of its own, neither the end of the paragraph above nor the start of the sentence
 * under it.
 */
function subheadOverParagraph(block: readonly Line[], k: number, model: SegmentModel, unwrapped: boolean): boolean {
  const sub = block[k];
  const line = block[k + 1];
  const above = block[k - 1];
  if (!sub || !line || (line.width <= MAX_COLUMN_WIDTH && !unwrapped) || !endsSentence(line.text.text)) return false;
  if (above && !endsSentence(above.text.text)) return false;
  return model.unmarkedSubhead.regex.test(sub.text.text);
}

/**
 * Wrapped at a column, a paragraph's lines are full but its last: a short line of a subhead's shape (line k) after
 * a line that ends a sentence and over a full line opens a paragraph of its own (a subhead, or a headline), even
 * when the sentence above filled its line (no short last line to break on).
 */
function subheadOverFullLine(block: readonly Line[], k: number, width: number, model: SegmentModel): boolean {
  const sub = block[k]!;
  const line = block[k + 1];
  if (!line || sub.width >= width * 0.6 || line.width < width * 0.85 || endsSentence(line.text.text)) return false;
  return model.unmarkedSubhead.regex.test(sub.text.text);
}

/**
 * Paragraph i, headline-shaped, one line of an unmarked subhead's shape, sits inside a feature's prose: no blank
 * line parts it from a paragraph above that ends a sentence nor from the prose under it, and that prose runs up,
 * through body paragraphs and subheads alone, to a reporter's byline under a headline (a feature opens with its
 * byline, not a dateline). A brief's title after a closing credit, a caption, a dateline's report, or a
 * headline set apart by a blank line still opens a piece.
 */
function isFeatureSubhead(out: readonly Paragraph[], i: number, model: SegmentModel): boolean {
  const p = out[i]!;
  const prev = out[i - 1]!;
  const next = out[i + 1]!;
  if (p.kind !== 'title' || p.lines.length !== 1 || !model.unmarkedSubhead.regex.test(p.text.text)) return false;
  if (prev.kind !== 'body' || prev.caption || prev.note || !adjacent(prev, p) || !endsSentence(prev.lines[prev.lines.length - 1]!.text.text)) return false;
  if (next.kind !== 'body' || next.caption || next.note || !adjacent(p, next)) return false;
  let j = i - 1;
  while (j >= 0 && (out[j]!.kind === 'body' || out[j]!.kind === 'subhead') && !out[j]!.caption && !out[j]!.continued) j--;
  const byline = out[j];
  if (!byline || byline.kind !== 'byline' || byline.byline!.signature || out[j - 1]?.kind !== 'title') return false;
  return byline.byline!.bylines.some((b) => !CREDIT_ROLES.has(b.role));
}

/**
 * Paragraph i, one line of an unmarked subhead's shape, printed after a blank line (the paper's spacing, or a
 * column break) inside a feature: the prose above ends a sentence with no credit closing it and runs up (through
 * body paragraphs and subheads) to a reporter's byline under a headline; under it, with no blank line between,
 * two paragraphs of prose or more that print no dateline, byline or closing credit of their own (a brief under its
 * headline is a paragraph, or prints its credit). It is the feature's subhead, not a new piece's headline.
 */
function isSubheadAfterBlank(out: readonly Paragraph[], i: number, model: SegmentModel): boolean {
  const p = out[i]!;
  const prev = out[i - 1]!;
  const next = out[i + 1]!;
  if (p.kind !== 'title' || p.lines.length !== 1 || !model.unmarkedSubhead.regex.test(p.text.text) || adjacent(prev, p)) return false;
  const lastAbove = prev.lines[prev.lines.length - 1]!.text.text;
  if (prev.kind !== 'body' || prev.caption || prev.note || prev.continued || !endsSentence(lastAbove) || closesWithCredit(lastAbove, model)) return false;
  if (next.kind !== 'body' || next.caption || next.note || next.continued || !adjacent(p, next)) return false;
  let prose = 0;
  let k = i + 1;
  for (; k < out.length && out[k]!.kind === 'body' && !out[k]!.caption && !out[k]!.continued; k++) {
    if (closesWithCredit(out[k]!.lines[out[k]!.lines.length - 1]!.text.text, model)) return false;
    prose++;
  }
  if (prose < 2 || out[k]?.kind === 'byline' || out[k]?.kind === 'dateline') return false;
  let j = i - 1;
  while (j >= 0 && (out[j]!.kind === 'body' || out[j]!.kind === 'subhead') && !out[j]!.caption && !out[j]!.continued) j--;
  const byline = out[j];
  if (!byline || byline.kind !== 'byline' || byline.byline!.signature || out[j - 1]?.kind !== 'title') return false;
  return byline.byline!.bylines.some((b) => !CREDIT_ROLES.has(b.role));
}

/** The label of a lead (note.lead matched the line): 【导读】, 〔提要〕：, 核心提示：. */
const LEAD_LABEL = /^\s*(?:[【〔\[][^】〕\]]{1,6}[】〕\]]\s*[：:]?|[^：:\s]{1,6}\s*[：:])\s*/u;

/** A photo caption's mark on a web copy (▲图为…, △…): the caption stands under its photo, a line of its own. */
const CAPTION_MARK = /^[▲△]\s*\S/u;

/** A caption runs to a few sentences. */
const CAPTION_MAX_CHARS = 200;
/** A caption closing with its credit (para.caption-closing-credit) runs to a few lines of a column. */
const CAPTION_MAX_LINES = 5;

const MARKED_SUBHEAD = 'subhead.marked';

/** No blank line between the two paragraphs. */
function adjacent(a: Paragraph, b: Paragraph): boolean {
  return a.lines[a.lines.length - 1]!.no + 1 === b.lines[0]!.no;
}

function opensBlock(prev: Paragraph | undefined, p: Paragraph): boolean {
  return !prev || !adjacent(prev, p);
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
  const widths = lines.map((l) => l.width).filter((w) => w > 0).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.floor(widths.length * 0.8)]!;
}

/** Breaks no prose wrap can produce: byline lines, a dateline, an indent, a short line that ends a sentence. */
function splitOnStrongBreaks(block: Line[], width: number, fullWidth: number, model: SegmentModel, unwrapped: boolean, underColon = false): Draft[] {
  const out: Draft[] = [];
  let cur: Draft | null = null;
  let prevByline = false;
  const items = listItems(block, width, model, unwrapped, underColon);
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    let byline = parseBylineParagraph(line.text, model);
    // 本报记者 骆永康 通讯员 甄 / 倩倩: a name broken over the line end; the byline takes the short line after it.
    const tail = block[i + 1];
    if (!byline && tail && tail.width <= 3 && /^[\u4e00-\u9fff]{1,2}$/.test(tail.text.text) && model.plainRoleAtStart.test(line.text.text)) {
      byline = parseBylineParagraph(joinLines([line.text, tail.text]), model);
      if (byline) {
        const prev = block[i - 1];
        const rule = prev ? RULE.bylineLine : '';
        cur = { lines: [line, tail], rules: rule ? [rule, RULE.bylineOverLines] : [RULE.bylineOverLines], width, fullWidth, byline: { ...byline, rules: [...byline.rules] }, firstInBlock: out.length === 0 || prevByline };
        out.push(cur);
        prevByline = true;
        i++;
        continue;
      }
    }
    const prev = block[i - 1];
    let rule = '';
    // para.address-over-lines: an e-mail or web address broken after a dot (fxwh@163. / com) goes on on the next line.
    if (prev && cur && !byline && !prevByline && ADDRESS_BROKEN.test(prev.text.text) && ADDRESS_REST.test(line.text.text)) {
      cur.lines.push(line);
      if (!cur.rules.includes(RULE.addressOverLines)) cur.rules.push(RULE.addressOverLines);
      continue;
    }
    // …@163. / com / 联系人：某某: a field line after the address's rest opens its own paragraph, as it would have.
    const afterAddress = prev !== undefined && block[i - 2] !== undefined && ADDRESS_BROKEN.test(block[i - 2]!.text.text) && ADDRESS_REST.test(prev.text.text);
    if (afterAddress && model.fieldLine.regex.test(line.text.text)) rule = RULE.addressOverLines;
    else if (prev) {
      if (byline || prevByline) rule = byline && prevByline && !byline.signature ? '' : RULE.bylineLine;
      else if (isDateline(line.text.text, model)) rule = RULE.datelineStart;
      // 【提要】…。 / 工业经济稳中有进: a lead (or an editor's note) is a paragraph of its own, over or under the headline.
      else if (opensNote(line.text.text, model) || (cur && opensNote(cur.lines[0]!.text.text, model) && endsSentence(prev.text.text) && headlineShaped(line.text.text))) rule = RULE.leadLine;
      // Headline lines set with one indent (a head centred by spaces) are lines of one group, not paragraphs.
      else if (line.indent > 0 && !(line.indent === prev.indent && headlineShaped(line.text.text) && headlineShaped(prev.text.text))) rule = RULE.indent;
      // notice.salutation: 各乡镇人民政府，县直有关部门： is a line of its own over the notice's text.
      else if (model.salutation.regex.test(prev.text.text.trim())) rule = model.salutation.id;
      // para.marked-caption: ▲茶农在茶园采摘春茶 (a web copy's photo caption, its photo lost) is a paragraph of its own.
      else if ((CAPTION_MARK.test(line.text.text) && endsSentence(prev.text.text)) || (CAPTION_MARK.test(prev.text.text) && block[i - 2] !== undefined && endsSentence(block[i - 2]!.text.text) && (endsSentence(prev.text.text) || prev.width < width * 0.85 || prev.width > MAX_COLUMN_WIDTH))) rule = RULE.markedCaption;
      else if (prev.width > MAX_COLUMN_WIDTH && endsSentence(prev.text.text)) rule = RULE.linePerParagraph;
      else if (endsSentence(prev.text.text) && prev.width < width * 0.85) rule = RULE.shortLastLine;
      // …交易额达210万元。（记者 韦宏亮） / 县农商银行发放首笔“乡村振兴贷”: a credit closing a piece ends its paragraph.
      else if (closesWithCredit(prev.text.text, model) || creditBrokenOverLines(block, i - 1, model)) rule = RULE.closingCredit;
      // （记者 某某） / 县职教中心新增两个专业 / 今年秋季，…。: the next piece's headline line stands over its body.
      else if (headlineAfterCredit(block, i, model)) rule = RULE.headlineAfterCredit;
      // …效益良好。 / 县人民医院开通胸痛救治绿色通道 / ■记者 某某: the next piece's headline set with no blank line.
      else if (endsSentence(prev.text.text) && headlineOverOpening(block, i, model)) rule = RULE.headlineOverOpening;
      else if (endsSentence(prev.text.text) && lostIndent(line, fullWidth)) rule = RULE.lostIndent;
      else if (subheadOverParagraph(block, i - 1, model, unwrapped) || (endsSentence(prev.text.text) && subheadOverParagraph(block, i, model, unwrapped))) rule = RULE.unwrappedSubhead;
      else if (endsSentence(prev.text.text) && subheadOverFullLine(block, i, width, model)) rule = RULE.subheadOverFullLine;
      // 1.某某有限公司 / 2.某某有限公司, 名单如下： / 某某　单位：某某合作社: each item of a list is a line of its own.
      else if (items.has(i) || items.has(i - 1)) rule = model.listLine.id;
    }
    if (cur === null || rule) {
      cur = { lines: [line], rules: rule ? [rule] : [], width, fullWidth, byline: byline ?? undefined, firstInBlock: out.length === 0 || prevByline, ...(items.has(i) && !byline ? { listItem: true } : {}) };
      out.push(cur);
    } else {
      cur.lines.push(line);
      if (byline && cur.byline) cur.byline = mergeBylines(cur.byline, byline);
    }
    prevByline = byline !== null;
  }
  return out;
}

/** A line ending in an e-mail or web address broken after a dot or a slash (…@163. , www.example. ). */
const ADDRESS_BROKEN = /(?:[A-Za-z0-9_.+-]+@[A-Za-z0-9.-]*\.|(?:https?:\/\/|www\.)(?:[A-Za-z0-9._/-]*[./])?)$/;
/** The rest of a broken address opening the next line: a domain's part (com, cn, gov.cn) or a path. */
const ADDRESS_REST = /^[A-Za-z][A-Za-z0-9-]*(?:[./][A-Za-z0-9./_-]*)?(?![A-Za-z0-9@])/;

/** The line opens a lead (【提要】…) or an editor's note (【编者按】…). */
export function opensNote(text: string, model: SegmentModel): boolean {
  return model.lead.regex.test(text) || model.editorsNoteOpening.regex.test(text);
}

/** The line closes with a credit in brackets: （记者 某某）, （通讯员 某某 某某）, （某某 摄）, （某某参与采写）. */
function closesWithCredit(text: string, model: SegmentModel): boolean {
  if (!/[)）]\s*$/.test(text)) return false;
  return model.trailingByline.regex.test(text) || model.trailingNames.regex.test(text) || model.contributorCredit.regex.test(text) || model.bracketedPhotoCredit.regex.test(text);
}

/**
 * Line i is prose (it ends a sentence, or closes with a credit) under a headline-shaped line (i - 1) that follows
 * a line closing a piece with its credit: the headline of the next piece stands over its body. Without the credit
 * above (the line after a sentence may be a subhead, or the paragraph may have been wrapped) it is left alone.
 */
function headlineAfterCredit(block: readonly Line[], i: number, model: SegmentModel): boolean {
  const head = block[i - 1];
  const closed = block[i - 2];
  const line = block[i]!;
  if (!head || !closed || !(closesWithCredit(closed.text.text, model) || creditBrokenOverLines(block, i - 2, model))) return false;
  if (!looksLikeTitle([head]) || /[，,、：:]/.test(head.text.text)) return false;
  // Prose: a sentence, a clause of one (a comma: the line was wrapped at the column), or a credit.
  return hasSentencePunct(line.text.text) || /[，、]/.test(line.text.text) || closesWithCredit(line.text.text, model);
}

/**
 * para.headline-over-opening: lines i… (one to three) are headline-shaped and the line after them opens a piece —
 * a byline of its own (■记者 某某) or a dateline (本报讯 …) — so they are the next piece's headline, not the end of
 * the prose above (which ends a sentence), even when no blank line and no short line parts them from it.
 */
function headlineOverOpening(block: readonly Line[], i: number, model: SegmentModel): boolean {
  for (let n = 1; n <= 3 && i + n < block.length; n++) {
    const head = block[i + n - 1]!;
    if (!looksLikeTitle([head]) || /[，,、：:]/.test(head.text.text)) return false;
    const opening = block[i + n]!.text.text;
    if (isDateline(opening, model) || parseBylineParagraph(block[i + n]!.text, model)) return true;
  }
  return false;
}

/** Line k closes a credit opened on the line above (…等比赛。（记 / 者 滑文静）), wrapped at a narrow column. */
function creditBrokenOverLines(block: readonly Line[], k: number, model: SegmentModel): boolean {
  const line = block[k];
  const above = block[k - 1];
  if (!line || !above || !/[)）]\s*$/.test(line.text.text) || /[（(]/.test(line.text.text)) return false;
  const open = Math.max(above.text.text.lastIndexOf('（'), above.text.text.lastIndexOf('('));
  return open >= 0 && closesWithCredit(above.text.text.slice(open) + line.text.text, model);
}

/**
 * The lines of a block that are items of a list printed one a line (para.list-line): short lines of no sentence
 * punctuation that open with an item number while another line of the block does too (1.某某公司 / 2.某某公司,
 * 一、先进集体（3个）… 二、…), carry a column label like their neighbour (某某　单位：某某合作社), follow a line closing
 * with a colon with another such line under them (名单如下：), or go on a list begun above them. A wrapped column's
 * lines are full, so only lines short of the block's width count (any line on a page never wrapped).
 */
function listItems(block: readonly Line[], width: number, model: SegmentModel, unwrapped: boolean, underColon = false): Set<number> {
  const items = new Set<number>();
  if (block.length < 2) return items;
  const L = model.listLine;
  const texts = block.map((l) => l.text.text.trim());
  const shaped = texts.map((t, i) => L.regex.test(t) && !endsSentence(t) && (unwrapped || block[i]!.width < width * 0.85));
  const marked = texts.map((t, i) => shaped[i]! && L.marker.test(t));
  const markedLines = marked.filter(Boolean).length;
  const fielded = texts.map((t, i) => shaped[i]! && L.field.test(t));
  let inList = false;
  for (let i = 0; i < block.length; i++) {
    if (!shaped[i]) {
      inList = false;
      continue;
    }
    // (the block's first line under a paragraph of the block above closing with a colon: para.list-under-colon)
    const afterColon = (i > 0 ? /[：:]$/u.test(texts[i - 1]!) : underColon) && shaped[i + 1] === true;
    if ((marked[i] && markedLines >= 2) || (fielded[i] && (fielded[i - 1] || fielded[i + 1])) || afterColon || inList) {
      items.add(i);
      inList = true;
    }
  }
  return items;
}

/**
 * No newspaper column is wider than this (in ems); a longer line was never wrapped by a compositor, so when it
 * ends a sentence it is a whole paragraph of a plain-text article (web copy, a press release), and its line
 * break is a paragraph break. (A long line that stops mid-sentence was hard-wrapped, as English text files
 * are at 80 or 100 characters.)
 */
export const MAX_COLUMN_WIDTH = 40;

/**
 * A line's width as set in its column: a closing mark at the end of a line may hang past the column edge
 * (。”，） set in the margin), so trailing closing punctuation is left out.
 */
function measure(line: Line): number {
  const text = line.text.text;
  let end = text.length;
  while (end > 0 && CLOSING.includes(text[end - 1]!)) end--;
  return end === text.length ? line.width : displayWidth(text.slice(0, end));
}

const CLOSING = '，。、；：？！”’）》」』…,.;:?!)';

/**
 * The width of a full line in a block: the widest line, hanging punctuation left out (a justified line is
 * never wider than its column otherwise).
 */
function fullLineWidth(block: readonly Line[]): number {
  let max = 0;
  for (const l of block) max = Math.max(max, measure(l));
  return max;
}

/**
 * Indent lost in extraction: a full line falls short of the column by less than one character (the next one
 * did not fit), while a first line whose two-character indent was dropped falls short by about two, and runs
 * on (it does not end a sentence, as a paragraph's short last line would).
 */
function lostIndent(line: Line, fullWidth: number): boolean {
  const w = measure(line);
  return fullWidth >= 8 && w <= fullWidth - 1.75 && w >= fullWidth - 3.5 && !endsSentence(line.text.text);
}

/**
 * Headline lines stand on their own when they are complete headlines: in a short run of unpunctuated lines,
 * a doubled (bold) line, a line of space-separated phrases, or a subtitle with a comma ends its headline.
 * A short unpunctuated first line over a full line of prose is a headline over its body.
 */
function splitHeadings(d: Draft, width: number, model: SegmentModel, unwrapped = false): Draft[] {
  if (d.byline || d.lines.length < 2 || isBracketedCredit(d, model) || d.rules.includes(RULE.addressOverLines)) return [d];
  const texts = d.lines.map((l) => l.text.text);
  // para.dateline-block-prose: a block that opens with a dateline is prose, however short and unpunctuated — a
  // column's first lines cut off mid-sentence (本报讯 4月7日，第六届… / …开幕，剑川县选送的 / …其中格子门、木).
  if (d.lines.length <= 3 && texts.every(headlineShaped) && isDateline(texts[0]!, model)) return [{ ...d, rules: [...d.rules, RULE.datelineBlockProse] }];
  if (d.lines.length <= 3 && texts.every(headlineShaped)) {
    const out: Draft[] = [];
    // para.wider-heading-line: three lines, each wider than the one above (非遗传承 / 南音进校园… / 区文化馆在12所…).
    const widening = d.lines.length === 3 && widerThanWrap(d.lines[0]!, d.lines[1]!) && widerThanWrap(d.lines[1]!, d.lines[2]!);
    d.lines.forEach((line, i) => {
      const prev = d.lines[i - 1];
      // A kicker leads into the title with a dash or a colon (聚焦产业升级——): it ends its line of the group.
      // On a page whose lines were never wrapped (its prose runs wider than any column), each line is whole.
      const complete = (l: Line): boolean =>
        unwrapped || isDoubled(l) || /\s/.test(l.text.text) || /[，,：:]/.test(l.text.text) || model.kickerEnd.regex.test(l.text.text) || model.sectionHead.regex.test(l.text.text);
      if (i > 0 && isDashSubtitle(line.text.text)) out.push({ ...d, lines: [line], rules: [RULE.dashSubtitle], headGroup: true });
      else if (!prev || complete(prev) || complete(line)) out.push({ ...d, lines: [line], rules: i === 0 ? d.rules : [RULE.headingLine], headGroup: true });
      else if (widening) out.push({ ...d, lines: [line], rules: [RULE.widerHeadingLine], headGroup: true });
      else out[out.length - 1]!.lines.push(line);
    });
    return out;
  }
  // One or two short unpunctuated lines (a column tag 【便民】 may be one) over a full line of prose.
  // para.wide-heading-over-body: up to three quarters of the column for a line that is no dateline and holds no space.
  let wide = false;
  let dash = -1;
  const heading = (t: string, i: number): boolean => {
    // para.dash-subtitle-over-body: ——记某某… under the headline is a line of the head, not the body's first.
    if (i > 0 && isDashSubtitle(t) && !/[\p{P}]/u.test(t.replace(/^(?:——|--|—|－－)\s*/u, '').replace(/[“”"‘’《》【】〔〕、·]/g, '')) && displayWidth(t) < width * 0.85) {
      dash = i;
      return true;
    }
    if (/[\p{P}]/u.test(t.replace(/[“”"‘’《》【】〔〕]/g, ''))) return false;
    if (displayWidth(t) < width * 0.6) return true;
    const ok = displayWidth(t) < width * HEADING_MAX_SHARE && !/\s/.test(t) && !isDateline(t, model);
    wide ||= ok;
    return ok;
  };
  let k = 0;
  while (k < Math.min(2, texts.length - 1) && heading(texts[k]!, k)) k++;
  if (k > 0 && displayWidth(texts[k]!) >= width * 0.85) {
    if (wide) d = { ...d, rules: [...d.rules, RULE.wideHeadingOverBody] };
    // para.wrapped-headline-tail: a headline wrapped at a narrow column leaves a few characters on its second line
    // (尚义镇举办农民丰收 / 运动会): one title, not a title and a subtitle — a subtitle is a phrase of its own.
    if (k === 2 && wrappedTail(d.lines[0]!, d.lines[1]!, model)) {
      return [
        { ...d, lines: d.lines.slice(0, 2), rules: [...d.rules, RULE.wrappedHeadlineTail] },
        { ...d, lines: d.lines.slice(2), rules: [RULE.headingOverBody] },
      ];
    }
    return [
      ...d.lines.slice(0, k).map((line, i) => (i === dash ? { ...d, lines: [line], rules: [RULE.dashSubtitle, RULE.dashSubtitleOverBody], headGroup: true } : { ...d, lines: [line], rules: i === 0 ? d.rules : [RULE.headingLine] })),
      { ...d, lines: d.lines.slice(k), rules: [RULE.headingOverBody] },
    ];
  }
  return [d];
}

/**
 * para.wider-heading-line: three headline lines, each three characters or more wider than the one above it and
 * eight or more wide, are three headlines — a short kicker, its title, a subtitle as wide as the column
 * (非遗传承 / 南音进校园“唱”响新学期 / 区文化馆在12所中小学开设南音兴趣班) — not one title wrapped over three lines.
 * Two lines are left alone: a designer breaks a title where its phrases part, the first line shorter
 * (柳溪中学学子 / 在省机器人大赛获佳绩); so is a title broken by design into short lines (茶园里 / 种出 / “共富经”).
 */
function widerThanWrap(prev: Line, line: Line): boolean {
  const w = displayWidth(line.text.text.trim());
  return w >= WIDER_LINE_MIN && w >= displayWidth(prev.text.text.trim()) + WIDER_LINE_MARGIN;
}

/** The narrowest of the wider lines (para.wider-heading-line). */
const WIDER_LINE_MIN = 8;
/** How much wider than the line above it (para.wider-heading-line). */
const WIDER_LINE_MARGIN = 3;

/**
 * The second of two heading lines is the first's wrapped tail: no more than six characters and under half the first
 * line, neither line set apart as a whole one (bold, phrases with spaces, a comma, a kicker's dash or colon).
 */
function wrappedTail(first: Line, second: Line, model: SegmentModel): boolean {
  const whole = (l: Line): boolean => isDoubled(l) || /\s/.test(l.text.text) || /[，,：:]/.test(l.text.text) || model.kickerEnd.regex.test(l.text.text) || isDashSubtitle(l.text.text);
  const tail = nonSpace(second.text.text);
  return tail >= 1 && tail <= WRAPPED_TAIL_MAX && tail * 2 <= nonSpace(first.text.text) && !whole(first) && !whole(second);
}

/**
 * A heading line over a full line of prose is at most this share of the column: a headline set in a larger type
 * in a narrow column (东坪乡新建3座农产品冷库 over 18 characters of prose) fills up to three quarters of it, and a
 * paragraph's first line that lost its indent fills more.
 */
const HEADING_MAX_SHARE = 0.75;

/** The most characters a headline's wrapped tail leaves on its second line. */
const WRAPPED_TAIL_MAX = 6;

/** A subtitle introduced by a dash: ——记平湖市…… */
export function isDashSubtitle(text: string): boolean {
  return /^(?:——|--|—|－－)\s*\S/.test(text);
}

function mergeBylines(a: ParsedByline, b: ParsedByline): ParsedByline {
  return { bylines: [...a.bylines, ...b.bylines], rules: [...a.rules, ...b.rules], signature: a.signature && b.signature, marked: a.marked };
}

function headlineShaped(text: string): boolean {
  return !hasSentencePunct(text) && displayWidth(text) <= 40;
}

function hasSentencePunct(text: string): boolean {
  return /[。！？!?；;]/.test(text);
}

function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) n++;
  return n;
}

function isDoubled(line: Line): boolean {
  return undoDoubling(line.text) !== line.text;
}

export function isDateline(text: string, model: SegmentModel): boolean {
  return model.datelines.some((r) => r.regex.test(text));
}

/**
 * A paragraph cut off mid-sentence by a blank line (a column or page break) goes on in the next block.
 * Returns the id of the rule that joined them, or null. A sentence that ends at a column's foot ends its
 * paragraph: on the sample paper the next column's first line shows no indent either way, and there a new
 * paragraph is the likelier reading.
 */
function continuesAcrossBlocks(prev: Draft, next: Draft, nextIsWholeBlock: boolean, model: SegmentModel): string | null {
  if (prev.byline || next.byline) return null;
  // An item of a list printed one a line is a paragraph of its own: neither the line announcing the list nor the
  // text after the list runs on into it (para.list-line).
  if (prev.listItem || next.listItem) return null;
  const last = prev.lines[prev.lines.length - 1]!.text.text;
  const firstNext = next.lines[0]!;
  if (firstNext.indent > 0 || isDateline(firstNext.text.text, model)) return null;
  const prevText = prev.lines.map((l) => l.text.text).join('');
  if ((prev.firstInBlock && (looksLikeTitle(prev.lines) || isHeadlineBlock(prev.lines))) || (nextIsWholeBlock && looksLikeTitle(next.lines))) return null;
  if (model.subheads.some((r) => r.regex.test(firstNext.text.text))) return null;
  if (endsSentence(last)) return null;
  // …服务。（记者 侯书婷）: a credit in brackets closes its piece.
  if (/[)）]$/.test(last) && (model.trailingByline.regex.test(last) || model.trailingNames.regex.test(last) || model.contributorCredit.regex.test(last))) return null;
  // …等比赛。（记 / 者 吕某）: so does one broken over the last two lines at a narrow column's foot (as para.closing-credit inside a block).
  if (creditBrokenOverLines(prev.lines, prev.lines.length - 1, model)) return null;
  // A full last line (or a run of narrow wrapped lines) means the text was still running.
  return prev.lines[prev.lines.length - 1]!.width >= prev.width * 0.7 || (prev.lines.length >= 2 && prevText.length > 20) ? RULE.columnContinuation : null;
}

/**
 * A block of one to three unpunctuated lines of which one is printed bold (doubled) or as phrases set apart by
 * spaces (聚焦民生实事 提升幸福指数): a headline group (kicker, title, subtitle), which no prose runs on from.
 */
function isHeadlineBlock(lines: readonly Line[]): boolean {
  return lines.length <= 3 && lines.every((l) => headlineShaped(l.text.text)) && lines.some((l) => isDoubled(l) || PHRASES.test(l.text.text));
}

/** Two phrases of Chinese set apart by a space. */
const PHRASES = /[\u4e00-\u9fff”》]{2}\s+[“《\u4e00-\u9fff]{2}/;

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

/** A paragraph that is nothing but a credit in brackets: contributors, a byline, or authors' names alone. */
function isBracketedCredit(d: Draft, model: SegmentModel): boolean {
  const text = joinLines(d.lines.map((l) => l.text)).text;
  if (!/^[（(]/.test(text)) return false;
  return model.contributorCredit.regex.test(text) || model.trailingByline.regex.test(text) || model.trailingNames.regex.test(text) || model.authorNote.regex.test(text);
}

function classify(d: Draft, model: SegmentModel): Paragraph {
  const rules = [...d.rules];
  if (d.byline) {
    return { kind: 'byline', lines: d.lines, text: joinLines(d.lines.map((l) => l.text)), byline: d.byline, rules: [...rules, ...d.byline.rules] };
  }
  const firstText = d.lines[0]!.text.text;
  // The editor's note is part of the article it introduces: its sign-off (——编 者) is no headline.
  const note = model.editorsNoteSignoff.regex.test(firstText) && d.lines.length === 1 ? 'signoff' : model.editorsNoteOpening.regex.test(firstText) ? 'opening' : model.lead.regex.test(firstText) ? 'lead' : undefined;
  if (note) {
    const rule = note === 'signoff' ? model.editorsNoteSignoff.id : note === 'lead' ? model.lead.id : model.editorsNoteOpening.id;
    const text = tidySpaces(joinLines(d.lines.map((l) => l.text)));
    // note.lead-label: 【导读】, 核心提示： label the lead for the eye; the text is the lead's sentences (an editor's note keeps 编者按, which says whose voice it is).
    const label = note === 'lead' ? LEAD_LABEL.exec(text.text) : null;
    if (label && label[0].length < text.length) return { kind: 'body', lines: d.lines, text: text.slice(label[0].length), note, rules: [...rules, rule, RULE.leadLabel] };
    return { kind: 'body', lines: d.lines, text, note, rules: [...rules, rule] };
  }
  const dateline = model.datelines.find((r) => r.regex.test(firstText));
  if (dateline) {
    const text = tidySpaces(joinLines(d.lines.map((l) => l.text)));
    const printed = dateline.regex.exec(firstText)![0];
    const after = text.text.slice(text.text.indexOf(printed) + printed.length).trimStart();
    const bylineInside = /^[（(]/.test(after) && model.plainRoleAtStart.test(after.slice(1).trimStart());
    return { kind: 'dateline', lines: d.lines, text, dateline: printed, rules: [...rules, dateline.id], ...(bylineInside ? { bylineInside } : {}) };
  }
  const subhead = model.sidebarHead.regex.test(firstText) && d.lines.length === 1 ? model.sidebarHead : model.subheads.find((r) => r.regex.test(firstText));
  if (subhead && d.lines.length <= 2 && !hasSentencePunct(firstText)) {
    return { kind: 'subhead', lines: d.lines, text: tidySpaces(joinLines(d.lines.map((l) => l.text))), rules: [...rules, subhead.id] };
  }
  if (d.listItem) return { kind: 'body', lines: d.lines, text: tidyListSpaces(joinLines(d.lines.map((l) => l.text))), rules: [...rules, model.listLine.id] };
  // （王某参与采写）, （记者 张三 通讯员 李四）, （戚  言）: a credit closing the body, short and unpunctuated as a
  // headline is, but no headline.
  // 联系电话：…, 青岚县自然资源局 / 2026年5月6日: a notice's fields and sign-off stay in its body.
  const field = d.lines.some((l) => model.fieldLine.regex.test(l.text.text));
  if (field) rules.push(model.fieldLine.id);
  // 聚焦和美乡村： over the title: a kicker's lead-in colon does not make its line prose.
  const kicker = d.headGroup === true && d.lines.length === 1 && model.kickerEnd.regex.test(firstText) && looksLikeTitle([{ ...d.lines[0]!, text: d.lines[0]!.text.slice(0, -1) }]);
  if (!field && (kicker || looksLikeTitle(d.lines)) && !isBracketedCredit(d, model)) {
    const text = cleanHeadline(d.lines.map((l) => l.text));
    // Cleaning a headline drops characters only when it undoes a doubled (bold) copy.
    const doubled = nonSpace(text.text) < d.lines.reduce((n, l) => n + nonSpace(l.text.text), 0);
    return { kind: 'title', lines: d.lines, text, doubled, rules: [...rules, RULE.titleShape, ...(doubled ? [RULE.doubledHeadline] : [])] };
  }
  return { kind: 'body', lines: d.lines, text: tidySpaces(joinLines(d.lines.map((l) => l.text))), rules };
}
