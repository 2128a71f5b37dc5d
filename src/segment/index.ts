// Segment: a source unit → its articles, each a typed Article with a title, kicker and subtitle, bylines with
// roles, a dateline, and clean body text mapped back to the source. A page is cut into its pieces (news,
// commentary, photo caption, brief); a one-article text (told by its shape, or declared so) and a JSONL record
// are each one article. All three are read into the same parts and made into an Article by one function.
import { CREDIT_ROLES, type Article, type ArticleKind, type Byline, type DateSource, type SourcePage } from '../document/types.js';
import { homeCityOfPaper } from '../lexicons/index.js';
import { FULL_WIDTH_FULL_STOP, normalizeWidth, smallNumber } from '../text/chars.js';
import { detectLanguage } from '../text/language.js';
import { MappedTextBuilder, type MappedText } from '../text/mapped-text.js';
import { articleParts, isOneArticle, recordParts, type ArticleParts } from './article.js';
import { assemble, type Piece } from './assemble.js';
import { briefColumns } from './briefs.js';
import { restoreColumnOrder } from './continuations.js';
import { parseBracketedPhotoCredit, parseCaptionRoleCredit, parseContributorCredit, parsePhotoCredit, parseRoleNames, parseTrailingNames } from './bylines.js';
import { piecesFromLayout } from './from-layout.js';
import { dropFurniture } from './furniture.js';
import { splitHeadlines } from './headlines.js';
import { pageLines } from './lines.js';
import { loadSegmentModel, type SegmentModel } from './model.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export function segmentPage(page: SourcePage, model: SegmentModel = loadSegmentModel()): Article[] {
  if (page.record) return [toArticle(page, recordParts(page, model), 1, model)];
  // A PDF page comes laid out by src/layout/ (articles with their roles); page text is assembled here.
  if (page.layout) return piecesFromLayout(page.layout, model).map((piece, i) => toArticle(page, pieceParts(piece, model), i + 1, model));
  // Furniture (a crawl's field lines and buttons, the page's staff, jump lines) is no text of any article: dropped
  // before the source is judged one article or a page.
  const raw = pageLines(page);
  // A page that opens with a running head (第3版, 2026年5月8日 星期五) is a printed page, whatever its lines' shape.
  const mayBeArticle = page.shape === 'article' || (page.shape === undefined && !page.runningHead);
  const asArticle = mayBeArticle ? dropFurniture(raw, model, true) : undefined;
  if (asArticle && (page.shape === 'article' || isOneArticle(asArticle.lines, model, new Set(asArticle.crawlDates.keys())))) {
    const furniture = asArticle;
    const lines = furniture.lines;
    const parts = articleParts(lines, model, page.shape ? RULE.articleForced : RULE.articleDetected);
    const crawl = furniture.crawl ? [furniture.crawl] : [];
    return [toArticle(page, { ...parts, bylines: [...crawl, ...parts.bylines], rules: [...parts.rules, ...furniture.rules] }, 1, model)];
  }
  const furniture = dropFurniture(raw, model);
  const paragraphs = toParagraphs(furniture.lines, model);
  // （上接第1版） over a text: the text is carried over from another page and opens a piece that needs no headline.
  const carried = furniture.continued.size ? paragraphs.map((p) => (furniture.continued.has(p.lines[0]!.no) ? { ...p, continued: true, rules: [...p.rules, model.jumpIn.id] } : p)) : paragraphs;
  // para.after-crawl-field: the text under a crawl's field line (发布时间：… under each headline) opens a piece's body.
  const underField = linesUnderCrawlFields(furniture.lines, furniture.crawlLines);
  const marked = underField.size ? carried.map((p) => (p.kind === 'body' && underField.has(p.lines[0]!.no) ? { ...p, afterCrawlField: true, rules: [...p.rules, RULE.afterCrawlField] } : p)) : carried;
  // A column of briefs (简讯) is a piece per brief; the text around it is assembled as before.
  const pieces: Piece[] = [];
  let at = 0;
  for (const column of briefColumns(marked, furniture.columnHeads, model)) {
    if (column.from > at) pieces.push(...assemble(marked.slice(at, column.from)));
    pieces.push(...column.pieces);
    at = column.to;
  }
  if (at < marked.length) pieces.push(...assemble(at === 0 ? marked : marked.slice(at)));
  // segment.column-out-of-order: a story's second column printed inside a later piece goes back to its story.
  const ordered = restoreColumnOrder(pieces);
  const fielded = crawlFieldsOfPieces(ordered, furniture.crawlFields);
  const outlets = outletsOfPieces(ordered, furniture.pieceOutlets);
  return ordered.map((piece, i) => {
    const parts = pieceParts(piece, model, furniture.crawlLines);
    const field = fielded.get(i);
    const date = field?.date;
    const outlet = outlets.get(i);
    const fromField = field ? [{ bylines: field.bylines, rules: [RULE.crawlDateOfPiece], signature: false, marked: false, ...(date ? { published: { date, rule: RULE.crawlDateOfPiece } } : {}) }] : [];
    const fromSource = outlet ? [{ bylines: [], rules: [outlet.rule], signature: false, marked: false, copiedFrom: { outlet: outlet.outlet, rule: RULE.outletOfPiece } }] : [];
    const bylines = [...fromSource, ...fromField, ...parts.bylines];
    const byFields = mayBeArticle && date !== undefined ? [RULE.headlineOverCrawlField] : [];
    return toArticle(page, { ...parts, bylines, rules: [...parts.rules, ...furniture.rules, ...byFields, ...(page.runningHead ? [RULE.pageWithRunningHead] : [])] }, i + 1, model);
  });
}

/**
 * para.section-over-crawl-headline: over a headline with a crawl's field line right under it, a short line of one
 * to eight characters set apart by a blank line (县内新闻, 本地要闻) is the web page's section, the piece's column.
 */
function sectionOverCrawlHeadline(heads: readonly Paragraph[], crawlLines: ReadonlySet<number>): Paragraph | undefined {
  if (heads.length !== 2 || crawlLines.size === 0) return undefined;
  const [top, head] = heads as [Paragraph, Paragraph];
  if (head.lines[0]!.no - top.lines[0]!.no < 2) return undefined;
  const headEnd = head.lines[head.lines.length - 1]!.no;
  if (!crawlLines.has(headEnd + 1) || top.lines.length !== 1) return undefined;
  return top.text.length <= 8 && /^[\u4e00-\u9fff]+$/u.test(top.text.text) ? top : undefined;
}

/**
 * headline.section-head: a line of two to six characters ending in a section's word (本地要闻, 乡镇动态), alone over
 * the piece's one headline, set apart by a blank line or not, is the page's section heading — the piece's column.
 */
function sectionHeadOverHeadline(heads: readonly Paragraph[], model: SegmentModel): Paragraph | undefined {
  if (heads.length !== 2) return undefined;
  const [top, head] = heads as [Paragraph, Paragraph];
  if (top.lines.length !== 1 || top.lines[0]!.no >= head.lines[0]!.no || top.doubled || top.rules.includes(RULE.dashSubtitle)) return undefined;
  return model.sectionHead.regex.test(top.text.text.replace(/\s/g, '')) ? top : undefined;
}

/** The number of the first line with text after each crawl field line. */
function linesUnderCrawlFields(lines: readonly { no: number; text: MappedText }[], fields: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  if (fields.size === 0) return out;
  let pending = false;
  for (const line of lines) {
    if (fields.has(line.no)) pending = true;
    else if (pending && line.text.length > 0) {
      out.add(line.no);
      pending = false;
    }
  }
  return out;
}

/**
 * date.crawl-field-of-piece: a crawl's field line on a page (发布时间：…　作者：… under each headline of a web page's
 * list) dates and credits the piece whose lines it stands among, else the first piece that opens after it; a piece
 * keeps the first date.
 */
function crawlFieldsOfPieces(pieces: readonly Piece[], fields: ReadonlyMap<number, { date?: string; bylines: Byline[] }>): Map<number, { date?: string; bylines: Byline[] }> {
  const out = new Map<number, { date?: string; bylines: Byline[] }>();
  if (fields.size === 0) return out;
  const spans = pieces.map((p) => {
    const nos = [...p.before, p.body, ...p.after].flatMap((s) => s.paragraphs.flatMap((q) => q.lines.map((l) => l.no)));
    return nos.length ? { from: Math.min(...nos), to: Math.max(...nos) } : undefined;
  });
  for (const [no, field] of [...fields].sort((a, b) => a[0] - b[0])) {
    let i = spans.findIndex((s) => s !== undefined && s.from <= no && no <= s.to);
    if (i === -1) i = spans.findIndex((s) => s !== undefined && s.from > no);
    if (i === -1) continue;
    const had = out.get(i);
    const bylines = [...(had?.bylines ?? []), ...field.bylines.filter((b) => !had?.bylines.some((x) => x.name === b.name))];
    const date = had?.date ?? field.date;
    out.set(i, { ...(date ? { date } : {}), bylines });
  }
  return out;
}

/** The first and last line numbers of each piece's paragraphs (none for a piece of no lines). */
function pieceSpans(pieces: readonly Piece[]): ({ from: number; to: number } | undefined)[] {
  return pieces.map((p) => {
    const nos = [...p.before, p.body, ...p.after].flatMap((s) => s.paragraphs.flatMap((q) => q.lines.map((l) => l.no)));
    return nos.length ? { from: Math.min(...nos), to: Math.max(...nos) } : undefined;
  });
}

/**
 * segment.outlet-of-piece: a source line on a page that names no paper is the outlet of the piece it stands among;
 * a source note outside every piece (（来源：县农业农村局）, 来源：某某县融媒体中心 alone) closes the piece that ended
 * before it, a crawl's field line opens the piece after it. A piece keeps the first outlet.
 */
function outletsOfPieces(pieces: readonly Piece[], outlets: ReadonlyMap<number, { outlet: string; rule: string; closing: boolean }>): Map<number, { outlet: string; rule: string }> {
  const out = new Map<number, { outlet: string; rule: string }>();
  if (outlets.size === 0) return out;
  const spans = pieceSpans(pieces);
  for (const [no, o] of [...outlets].sort((a, b) => a[0] - b[0])) {
    let i = spans.findIndex((s) => s !== undefined && s.from <= no && no <= s.to);
    if (i === -1 && o.closing) {
      let best = -1;
      spans.forEach((s, j) => {
        if (s !== undefined && s.to < no && (best === -1 || s.to > spans[best]!.to)) best = j;
      });
      i = best;
    }
    if (i === -1) i = spans.findIndex((s) => s !== undefined && s.from > no);
    if (i === -1 || out.has(i)) continue;
    out.set(i, { outlet: o.outlet, rule: o.rule });
  }
  return out;
}

/** A page's piece as article parts: its headline group and byline groups around one body. */
function pieceParts(piece: Piece, model: SegmentModel, crawlLines: ReadonlySet<number> = new Set()): ArticleParts {
  const around = [...piece.before, ...piece.after];
  const allHeads = around.filter((s) => s.kind === 'T').flatMap((s) => s.paragraphs);
  const crawlSection = sectionOverCrawlHeadline(allHeads, crawlLines);
  const section = crawlSection ?? sectionHeadOverHeadline(allHeads, model);
  const sectionRule = crawlSection ? RULE.sectionOverCrawlHeadline : model.sectionHead.id;
  const heads = section ? allHeads.filter((p) => p !== section) : allHeads;
  const bylineParas = around.filter((s) => s.kind === 'B').flatMap((s) => s.paragraphs);
  const all = [...piece.before, piece.body, ...piece.after].flatMap((s) => s.paragraphs);
  const head = splitHeadlines(heads, model);
  return {
    head: section && !head.column ? { ...head, column: section.text.text, rules: [...head.rules, sectionRule] } : head,
    bylines: bylineParas.map((p) => p.byline!),
    body: piece.body.paragraphs,
    subheads: new Set(),
    sources: all.flatMap((p) => p.lines.map((l) => l.text)),
    rules: [...piece.rules, ...new Set([...heads, ...bylineParas].flatMap((p) => p.rules))],
  };
}

/** A page editor's or proofreader's credit in brackets at the very end of a text: （本版编辑 魏然）, （责任编辑：张三 校对：李四）. */
const STAFF_AT_END = /\s*[（(](?:\s*(?:本版编辑|责任编辑|值班编辑|编辑(?![部室组])|责编|美编|校对)\s*[:：]?\s*(?![\u4e00-\u9fff·\s]*(?:供稿|整理|报道|提供|撰稿|采写))[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})+\s*[）)]\s*$/u;

function toArticle(page: SourcePage, parts: ArticleParts, ordinal: number, model: SegmentModel): Article {
  const { kicker, title, subtitle, column } = parts.head;
  const staffAtEnd = parts.body.length > 0 ? STAFF_AT_END.exec(parts.body[parts.body.length - 1]!.text.text) : null;
  // furniture.staff-at-text-end: （本版编辑 魏然） closing a piece's last paragraph is the page's staff, no text of the piece.
  const body = staffAtEnd ? [...parts.body.slice(0, -1), { ...parts.body[parts.body.length - 1]!, text: parts.body[parts.body.length - 1]!.text.slice(0, staffAtEnd.index) }] : parts.body;
  const rules = [...new Set([...(page.rules ?? []), ...parts.rules, ...parts.head.rules, ...parts.bylines.flatMap((p) => p.rules), ...body.flatMap((p) => p.rules)])];

  // The dateline opens the body, or the report after an editor's note.
  // A lead (【提要】…) or a one-paragraph note may stand over the dateline.
  let lead = 0;
  while (lead < body.length - 1 && (body[lead]!.note === 'lead' || (body[lead]!.note === 'opening' && body[lead + 1]!.dateline))) lead++;
  const datelined = body[0]?.dateline ? body[0] : body[lead]?.dateline ? body[lead] : body[body.findIndex((p) => p.note === 'signoff') + 1];
  const dateline = datelined?.dateline;
  const bylines: Byline[] = [];
  // A person is credited once per piece: a name printed in the byline box and again in a trailing
  // （本报记者 陆毅） keeps its first credit.
  for (const b of [...parts.bylines.flatMap((p) => p.bylines), ...inlineBylines(body, datelined, model, rules)]) {
    if (bylines.some((x) => x.name === b.name)) {
      if (!rules.includes(RULE.bylineRepeated)) rules.push(RULE.bylineRepeated);
    } else bylines.push(b);
  }
  // byline.pen-name-beside-author: ■江畔语 over a commentary printing 作者：某某 — the pen name signs the column, the
  // credit names its writer; only the credit is an author.
  if (bylines.some((x) => x.rule === model.signature.id) && bylines.some((x) => x.rule !== model.signature.id && x.role === '作者')) {
    for (let i = bylines.length - 1; i >= 0; i--) if (bylines[i]!.rule === model.signature.id) bylines.splice(i, 1);
    rules.push(RULE.penNameBesideAuthor);
  }
  const credited = withAuthorsUnit(bylines, body, rules);
  const signature = parts.bylines.some((p) => p.signature);
  if (staffAtEnd) rules.push(RULE.staffAtTextEnd);

  let capacity = (kicker?.length ?? 0) + (title?.length ?? 0) + (subtitle?.length ?? 0) + 3;
  for (const p of body) capacity += p.text.length + 1;
  const b = new MappedTextBuilder(capacity);
  const addLine = (t: MappedText | undefined): void => {
    if (!t || t.length === 0) return;
    if (b.length > 0) b.separator('\n', b.lastOffset() + 1);
    b.append(t);
  };
  addLine(kicker);
  const titleStart = b.length + (b.length > 0 ? 1 : 0);
  addLine(title);
  const titleEnd = title && title.length ? b.length : titleStart;
  addLine(subtitle);
  const paragraphs: { start: number; end: number }[] = [];
  const subheads: { start: number; end: number }[] = [];
  let note: { start: number; end: number } | undefined;
  let noteStart = -1;
  let bodyStart = -1;
  for (const p of body) {
    addLine(p.text);
    if (p.text.length === 0) continue;
    const span = { start: b.length - p.text.length, end: b.length };
    if (bodyStart === -1) bodyStart = span.start;
    paragraphs.push(span);
    if (parts.subheads.has(p)) subheads.push(span);
    // The editor's note runs from 编者按 (or the body's start) to its sign-off.
    if (p.note === 'opening' && !note) noteStart = span.start;
    if (p.note === 'signoff' && !note) note = { start: noteStart === -1 ? bodyStart : noteStart, end: span.end };
  }
  const clean = b.build();
  if (changedWidth(page.text, clean)) rules.push(RULE.fullWidth);
  // Each source text (a line, a record's field) runs forwards through the file.
  let sourceStart = Infinity;
  let sourceEnd = -Infinity;
  for (const t of parts.sources) {
    if (t.length === 0) continue;
    sourceStart = Math.min(sourceStart, t.offsets[0]!);
    sourceEnd = Math.max(sourceEnd, t.offsets[t.length - 1]! + 1);
  }
  const bodyText = body.map((p) => p.text.text).join('');
  const { kind, rule: kindRule } = kindOf({ signature, bylines: credited, dateline, bodyText, paragraphs: paragraphs.length });
  rules.push(kindRule);
  const meta = articleMeta(page, parts, dateline, rules);

  return {
    id: `${page.id}-a${ordinal}`,
    pageId: page.id,
    source: page.source,
    ordinal,
    kind,
    language: page.meta.language ?? detectLanguage(clean.text),
    title: title?.text ?? '',
    ...(kicker ? { kicker: kicker.text } : {}),
    ...(subtitle ? { subtitle: subtitle.text } : {}),
    ...(column ? { column } : {}),
    bylines: credited.map((x) => (x.outlet && x.outlet === meta.newspaper ? withoutOutlet(x) : x)),
    ...(dateline ? { dateline } : {}),
    text: clean.text,
    offsets: clean.offsets,
    titleSpan: { start: titleStart, end: titleEnd },
    bodySpan: { start: bodyStart === -1 ? clean.length : bodyStart, end: clean.length },
    paragraphs,
    ...(subheads.length ? { subheads } : {}),
    ...(note ? { editorsNote: note } : {}),
    sourceSpan: { start: sourceStart, end: sourceEnd },
    ...meta,
    ...(page.record?.id !== undefined ? { recordId: page.record.id } : {}),
    rules,
  };
}

function withoutOutlet(b: Byline): Byline {
  const { outlet: _, ...rest } = b;
  return rest;
}

/**
 * The article's paper, date, page and home city. What the source unit itself says (its running head, its JSONL
 * fields) comes first, then the print line of a crawl's byline (《光明日报》（2024年06月18日第 05 版）), then the
 * metadata (sidecar over flags); a date is read last from the dateline with the year of issue. The home city
 * comes from the metadata, else from a paper known to serve one city; otherwise there is none.
 */
function articleMeta(page: SourcePage, parts: ArticleParts, dateline: string | undefined, rules: string[]): Pick<Article, 'newspaper' | 'outlet' | 'date' | 'dateSource' | 'page' | 'year' | 'homeCity'> {
  const own = page.ownMeta ?? {};
  const printed = parts.bylines.find((p) => p.printed)?.printed;
  // A crawl's source field names the paper ahead of a print line, which may still give the date.
  const printedDate = parts.bylines.find((p) => p.printed?.date)?.printed?.date;
  const published = parts.bylines.find((p) => p.published)?.published;
  const newspaper = own.newspaper ?? printed?.newspaper ?? page.meta.newspaper;
  // The outlet a copy names (a public account, a source that is no paper); none when the source names a paper.
  // record.outlet-field: a JSONL record's own outlet key comes first; segment.outlet-of-piece: a page's piece's own
  // source line stands whatever paper printed the page (its running head names the paper, the line the piece's source).
  const ofPiece = printed?.newspaper ? undefined : parts.bylines.find((p) => p.copiedFrom?.rule === RULE.outletOfPiece)?.copiedFrom;
  const copied = page.record?.outlet
    ? { outlet: page.record.outlet, rule: RULE.recordOutlet }
    : (ofPiece ?? (printed?.newspaper || own.newspaper ? undefined : parts.bylines.find((p) => p.copiedFrom)?.copiedFrom));
  if (copied) rules.push(copied.rule);
  const pageNo = own.page ?? printed?.page ?? page.meta.page;
  let date: string | undefined;
  let dateSource: DateSource | undefined;
  if (own.date) [date, dateSource] = [own.date, page.record ? 'record' : 'running-head'];
  else if (printedDate) [date, dateSource] = [printedDate, 'print-line'];
  else if (published) [date, dateSource] = [published.date, 'crawl'];
  else if (page.meta.date) [date, dateSource] = [page.meta.date, 'metadata'];
  else if (dateline && page.meta.year) {
    date = datelineDate(dateline, page.meta.year);
    if (date) {
      dateSource = 'dateline';
      rules.push(RULE.datelineDate);
    }
  }
  const year = date ? Number(date.slice(0, 4)) : page.meta.year;
  let homeCity = page.meta.homeCity;
  if (!homeCity) {
    homeCity = homeCityOfPaper(newspaper);
    if (homeCity) rules.push(RULE.homeCityOfPaper);
  }
  return {
    ...(newspaper ? { newspaper } : {}),
    ...(copied ? { outlet: copied.outlet } : {}),
    ...(date ? { date, dateSource: dateSource! } : {}),
    ...(pageNo ? { page: pageNo } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(homeCity ? { homeCity } : {}),
  };
}

/** 本报南宁1月2日电 with the year of issue → YYYY-MM-DD, when the dateline prints a real month and day. */
function datelineDate(dateline: string, year: number): string | undefined {
  const m = /([0-9〇零一二三四五六七八九十]{1,3})月([0-9〇零一二三四五六七八九十]{1,3})日/.exec(dateline);
  if (!m) return undefined;
  const month = smallNumber(m[1]!);
  const day = smallNumber(m[2]!);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Bylines inside the body: `本报讯（记者 张三）` after a dateline, `本报宁波3月2日电 记者陈立报道：`, and credits
 * closing a paragraph: `（记者 张三 通讯员 李四）`, `（王某参与采写）`, a photo credit after a caption (…。  谢  磊摄).
 */
function inlineBylines(body: Paragraph[], first: Paragraph | undefined, model: SegmentModel, rules: string[]): Byline[] {
  const out: Byline[] = [];
  if (first?.dateline) {
    const m = /^[（(]([^（）()]{2,40})[)）]/.exec(first.text.text.slice(first.dateline.length).trimStart());
    if (m) {
      const at = first.text.text.indexOf(m[1]!, first.dateline.length);
      const parsed = parseRoleNames(first.text.slice(at, at + m[1]!.length), model);
      if (parsed) {
        out.push(...parsed.bylines);
        rules.push(RULE.bylineAfterDateline);
      }
    }
  }
  if (first?.dateline && out.length === 0) {
    // 本报杭州1月4日电 记者刘晓宇报道：……
    const after = first.text.text.slice(first.dateline.length);
    const m = model.reportedByline.regex.exec(after);
    if (m) {
      const at = first.dateline.length + m.index + m[0].indexOf(m[1]!);
      const parsed = parseRoleNames(first.text.slice(at, at + m[1]!.length).trim(), model);
      if (parsed) {
        out.push(...parsed.bylines);
        rules.push(model.reportedByline.id);
      }
    }
  }
  if (first?.dateline && out.length === 0) {
    // 本报讯 记者 张三 5月7日起，…: the byline unbracketed after the dateline, set apart from the report by a space
    // or a line break.
    const parsed = plainBylineAfter(first.text, first.dateline.length, model);
    if (parsed) {
      out.push(...parsed.bylines);
      rules.push(RULE.bylineAfterDatelinePlain);
    }
  }
  for (const p of body) {
    const t = p.text;
    const m = model.trailingByline.regex.exec(t.text);
    // （作者：某某，单位：某某县委党校）: the author's unit after the names is no name (byline.author-unit).
    const inner = m ? authorUnitAfter(m[1]!) : undefined;
    const names = m ? m[1]!.slice(0, inner?.at) : '';
    const parsed = m ? parseRoleNames(t.slice(t.text.lastIndexOf(m[1]!), t.text.lastIndexOf(m[1]!) + names.length), model) : null;
    if (parsed) {
      out.push(...(inner ? parsed.bylines.map((b) => (b.role === '作者' && !b.unit ? { ...b, unit: inner.unit } : b)) : parsed.bylines));
      if (!rules.includes(model.trailingByline.id)) rules.push(model.trailingByline.id);
      if (inner && !rules.includes(RULE.authorUnit)) rules.push(RULE.authorUnit);
      continue;
    }
    const credit =
      parseContributorCredit(t, model) ??
      (p.kind === 'body' ? parsePhotoCredit(t, model) : null) ??
      parseBracketedPhotoCredit(t, model) ??
      parseCaptionRoleCredit(t, model) ??
      (p === body[body.length - 1] ? parseTrailingNames(t, model) : null);
    if (credit) {
      out.push(...credit);
      if (!rules.includes(RULE.paragraphEndCredit)) rules.push(RULE.paragraphEndCredit);
      for (const r of new Set(credit.map((c) => c.rule))) if ((r === model.trailingNames.id || r === model.bracketedPhotoCredit.id || r === model.captionRoleCredit.id) && !rules.includes(r)) rules.push(r);
    }
  }
  return out;
}

/**
 * byline.author-unit: （作者单位：某某县委党校） closing a piece (its last paragraph, or the one before a source note)
 * says where its authors work — every 作者 of its bylines (a credit's name or a pen name) that has no unit yet.
 */
function withAuthorsUnit(bylines: Byline[], body: readonly Paragraph[], rules: string[]): Byline[] {
  if (!bylines.some((b) => b.role === '作者' && !b.unit)) return bylines;
  const note = body.slice(-2).map((p) => AUTHOR_UNIT_NOTE.exec(p.text.text)).find((m) => m !== null);
  if (!note) return bylines;
  rules.push(RULE.authorUnit);
  return bylines.map((b) => (b.role === '作者' && !b.unit ? { ...b, unit: note[1]! } : b));
}

/** （作者单位：某某县委党校）, the whole of a piece's closing note (a unit's name, no sentence). */
const AUTHOR_UNIT_NOTE = /(?:^|(?<=[。！？!?”’」』]))\s*[（(]\s*作者单位\s*[：:]\s*([\u4e00-\u9fff·]{3,30}?)\s*[)）]\s*$/u;

/** 作者：某某，单位：某某县委党校 (or 作者单位：): the unit after a closing credit's names, and where it starts. */
function authorUnitAfter(credit: string): { at: number; unit: string } | undefined {
  const m = /[，,；;、\s]+(?:作者)?单位\s*[：:]\s*([\u4e00-\u9fff·]{3,30})\s*$/u.exec(credit);
  return m && /^作者/u.test(credit) ? { at: m.index, unit: m[1]! } : undefined;
}

/**
 * A byline printed without brackets after the dateline (本报讯 记者 张三 通讯员 李四 5月7日起，…), where the clean
 * text keeps no space: the byline ends at a gap in the source offsets (a space or a line break set it apart). The
 * longest run of words up to such a gap that reads as roles and names is the byline, and prose must follow it.
 */
function plainBylineAfter(t: MappedText, from: number, model: SegmentModel): ReturnType<typeof parseRoleNames> {
  let start = from;
  while (start < t.length && /[\s：:]/.test(t.text[start]!)) start++;
  if (!model.plainRoleAtStart.test(t.text.slice(start, start + 12))) return null;
  const ends: number[] = [];
  for (let i = start + 2; i < Math.min(t.length, start + PLAIN_BYLINE_MAX); i++) if (t.offsets[i] !== t.offsets[i - 1]! + 1) ends.push(i);
  for (const end of ends.reverse()) {
    const rest = t.text.slice(end);
    if (rest.length < 4 || !/^[\p{Script=Han}\d“"‘（(《]/u.test(rest)) continue;
    const parsed = parseRoleNames(t.slice(start, end), model);
    if (parsed && parsed.bylines.length > 0) return parsed;
  }
  return null;
}

/** A byline after a dateline runs to at most this many characters. */
const PLAIN_BYLINE_MAX = 40;

/** A brief (简讯) is one paragraph of fewer than this many characters, whatever else it has. */
export const BRIEF_MAX_CHARS = 150;
/** A photo caption runs to a few sentences. */
const PHOTO_MAX_CHARS = 300;

function kindOf(p: { signature: boolean; bylines: Byline[]; dateline?: string; bodyText: string; paragraphs: number }): { kind: ArticleKind; rule: string } {
  const roles = new Set(p.bylines.map((b) => b.role));
  if (p.signature) return { kind: 'commentary', rule: RULE.kindCommentarySignature };
  if (roles.has('评论员')) return { kind: 'commentary', rule: RULE.kindCommentaryRole };
  const reporter = [...roles].some((r) => !CREDIT_ROLES.has(r));
  if (roles.has('摄影') && !reporter && p.bodyText.length < PHOTO_MAX_CHARS) return { kind: 'photo', rule: RULE.kindPhoto };
  if (p.paragraphs <= 1 && p.bodyText.length < BRIEF_MAX_CHARS) return { kind: 'brief', rule: RULE.kindBrief };
  if (p.dateline || reporter) return { kind: 'news', rule: RULE.kindNews };
  return { kind: 'article', rule: RULE.kindArticle };
}

/** True when some character of the clean text is the half-width form of a different source character. */
function changedWidth(source: string, clean: MappedText): boolean {
  const { text, offsets } = clean;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x21 && c < 0x7f) {
      const src = source.charCodeAt(offsets[i]!);
      if (src !== c && (src === FULL_WIDTH_FULL_STOP || normalizeWidth(String.fromCharCode(src)) === text[i])) return true;
    }
  }
  return false;
}

export { detectLanguage };
