// Page furniture among a page's lines: the page's staff (责任编辑：某某 美编：某某), jump lines (（下转第4版）), an
// e-paper's navigation (版面导航, 扫码阅读), its buttons and breadcrumbs (【字体：大 中 小】, 首页 > 本地要闻), a crawl's
// line of fields (来源：某某日报　作者：某某　发布时间：…), a closing source note (（稿件来源：…）), a table of contents
// (导读 over its items), a special page's sponsor head (某某银行专版, 广告) and a column's heading over briefs (短讯,
// 图片新闻) belong to no article. A furniture line is dropped as a blank line (it breaks the text as one), and a
// jump mark closing a paragraph's last line is cut off it. The rules are data (model/patterns.json `furniture`).
import type { Byline } from '../document/types.js';
import { displayWidth } from '../text/chars.js';
import type { MappedText } from '../text/mapped-text.js';
import { authorsOnly, parseRoleNames, type ParsedByline } from './bylines.js';
import type { Line } from './lines.js';
import { RULE } from './rule-ids.js';
import type { SegmentModel } from './model.js';

export interface Furniture {
  lines: Line[];
  rules: string[];
  /** Line numbers of the first line after a jump-in line (（上接第1版）): the text there is carried over. */
  continued: Set<number>;
  /** Line numbers of a column's heading over briefs (短讯, 简讯, 图片新闻　短讯). */
  columnHeads: Set<number>;
  /** What a crawl's field lines say: the authors, and the paper a source field names. */
  crawl?: ParsedByline;
  /** The date of each crawl field line that gives one, by its line number: on a page, each dates its own piece. */
  crawlDates: Map<number, string>;
  /** What each crawl field line that gives a date or an author says, by its line number: on a page, for its own piece. */
  crawlFields: Map<number, { date?: string; bylines: Byline[] }>;
  /** The line numbers of every crawl field line dropped. */
  crawlLines: Set<number>;
  /**
   * On a page, the outlet each source line that names no paper gives (a crawl's field line, 来源：某某县融媒体中心, or a
   * closing source note), by its line number, for its own piece (segment.outlet-of-piece); `closing` when the line is
   * a source note, which closes the piece above it.
   */
  pieceOutlets: Map<number, { outlet: string; rule: string; closing: boolean }>;
}

export function dropFurniture(lines: readonly Line[], model: SegmentModel, article = false): Furniture {
  const rules = new Set<string>();
  const continued = new Set<number>();
  const columnHeads = new Set<number>();
  const crawled: Byline[] = [];
  const crawlDates = new Map<number, string>();
  const crawlFields = new Map<number, { date?: string; bylines: Byline[] }>();
  const crawlLines = new Set<number>();
  const pieceOutlets = new Map<number, { outlet: string; rule: string; closing: boolean }>();
  let paper: string | undefined;
  let outlet: { outlet: string; rule: string } | undefined;
  let date: string | undefined;
  let dateRule: string = model.crawlMeta.dateId;
  let inToc = false;
  // furniture.recommend-list: under 往期推荐 (and the like), the other pieces' titles, each a line of no sentence.
  let inRecommend = false;
  let jumpIn = false;
  const out = lines.map((line, at): Line => {
    const text = line.text.text;
    const drop = (id: string): Line => {
      rules.add(id);
      return { ...line, text: line.text.slice(0, 0), indent: 0, width: 0 };
    };
    if (text.length === 0) {
      inToc = false;
      // A one-article text's list of other pieces runs to its end, a line or a blank line apart; a page's ends at a blank line.
      if (!article) inRecommend = false;
      return line;
    }
    if (text.length <= MAX_FURNITURE_LINE) {
      // 导读 over ·某某镇… lines: the items of a table of contents, up to the blank line that ends it.
      if (inToc && model.tocItem.regex.test(text)) return drop(model.tocItem.id);
      inToc = false;
      // A one-article text keeps its credit lines (制图：某某, 版式设计：某某: credits of the piece); only a web page's
      // editors and reviewers (编辑：某某　审核：某某) are dropped from it.
      const rule = model.furnitureLines.find((r) => !(article && r.id === PAGE_STAFF) && r.regex.test(text));
      if (rule) {
        if (rule.id === TOC_HEAD) inToc = true;
        if (rule.id === RECOMMEND_HEAD) inRecommend = true;
        if (rule.id === COLUMN_HEAD) columnHeads.add(line.no);
        // （来源：某某日报）: the source note names the article's paper, as a crawl's source field does.
        if (rule.id === SOURCE_NOTE) {
          const value = text.replace(/^[^：:]*[：:]\s*/u, '').replace(/[)）】\]]\s*$/u, '').trim();
          const named = model.crawlMeta.paper.exec(value)?.groups?.paper;
          paper ??= named;
          // article.outlet-from-source: a source that names no paper (来源：某某县融媒体中心) is the outlet.
          const own = named ? undefined : outletOf(value, RULE.outletFromSource);
          if (own) pieceOutlets.set(line.no, { ...own, closing: true });
          outlet ??= own;
        }
        if (model.jumpIn.regex.test(text)) jumpIn = true;
        return drop(rule.id);
      }
      if (inRecommend && !/[。！？；]/u.test(text) && displayWidth(text) <= MAX_RECOMMENDED_TITLE) return drop(RECOMMEND_HEAD);
      // 某某发布 2025-09-03 08:30 浙江: a public account's name and date line; its date is the article's.
      const account = model.accountLine.regex.exec(text);
      if (account) {
        const day = crawlDate(`${account.groups!.year}-${account.groups!.month}-${account.groups!.day}`, model);
        if (day) {
          if (date === undefined) dateRule = model.accountLine.dateId;
          // The line dates the article as a whole; it opens no piece (a public account's post is one article).
          date ??= day;
          rules.add(model.accountLine.dateId);
        }
        // article.outlet-from-account: the account's name, the last name before the date (原创 某某 某某发布 2025年…).
        const names = text.slice(0, account.index + account[0].search(/\d{4}\s*[-/.年]/u)).replace(/^\s*原创\s*/u, '').trim().split(/\s+/u);
        if (names.length && names[names.length - 1]) outlet ??= outletOf(names[names.length - 1]!, RULE.outletFromAccount);
        return drop(model.accountLine.id);
      }
      const meta = parseCrawlMeta(line.text, model) ?? datedAlone(lines, at, model);
      if (meta) {
        crawled.push(...meta.bylines.filter((b) => !crawled.some((c) => c.name === b.name)));
        paper ??= meta.newspaper;
        const own = meta.source && !meta.newspaper ? outletOf(meta.source, RULE.outletFromSource) : undefined;
        if (own) pieceOutlets.set(line.no, { ...own, closing: false });
        outlet ??= own;
        date ??= meta.date;
        if (meta.date) crawlDates.set(line.no, meta.date);
        if (meta.date || meta.bylines.length) crawlFields.set(line.no, { ...(meta.date ? { date: meta.date } : {}), bylines: meta.bylines });
        crawlLines.add(line.no);
        if (meta.datedAuthor) rules.add(RULE.crawlDatedAuthor);
        if (meta.datedAlone) rules.add(RULE.crawlDatedAlone);
        return drop(model.crawlMeta.id);
      }
    }
    if (jumpIn) {
      continued.add(line.no);
      jumpIn = false;
    }
    const jump = text.includes('版') ? model.jumpMark.regex.exec(text) : null;
    if (jump && jump.index > 0) {
      rules.add(model.jumpMark.id);
      const kept = line.text.slice(0, jump.index);
      return { ...line, text: kept, width: displayWidth(kept.text) };
    }
    return line;
  });
  const crawl: ParsedByline | undefined =
    crawled.length || paper || date || outlet
      ? {
          bylines: crawled,
          rules: [model.crawlMeta.id, ...(date ? [model.crawlMeta.dateId] : [])],
          signature: false,
          marked: false,
          ...(paper ? { printed: { newspaper: paper, rule: model.crawlMeta.id } } : {}),
          ...(date ? { published: { date, rule: dateRule } } : {}),
          ...(outlet && !paper ? { copiedFrom: outlet } : {}),
        }
      : undefined;
  return { lines: out, rules: [...rules], continued, columnHeads, crawlDates, crawlFields, crawlLines, pieceOutlets, ...(crawl ? { crawl } : {}) };
}

/**
 * furniture.crawl-dated-alone: a plain 时间 or 日期 field holding a whole date and nothing else (perhaps a time of day:
 * 时间：2025-09-24, 日期：2025年9月24日 10:05) on the line right under a headline-shaped line, with no field of a
 * notice under it (地点：…): a web page's list prints it under each headline. A notice's 时间：2025年9月5日上午9时, or
 * one under 一、会议时间 or after a line of prose, stays its text.
 */
function datedAlone(lines: readonly Line[], at: number, model: SegmentModel): CrawlFields | null {
  const m = DATED_ALONE.exec(lines[at]!.text.text);
  if (!m) return null;
  const date = crawlDate(m.groups!.date!, model);
  const above = lines[at - 1]?.text.text.trim() ?? '';
  const below = lines[at + 1]?.text.text.trim() ?? '';
  if (!date || above.length === 0 || /[。！？；，,：:]/u.test(above) || displayWidth(above) > 40) return null;
  if (model.subheads.some((r) => r.regex.test(above)) || /^[\u4e00-\u9fff]{1,6}\s*[：:]/u.test(below)) return null;
  return { bylines: [], date, datedAlone: true };
}

const DATED_ALONE = /^(?:时间|日期)\s*[：:]\s*(?<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;

/**
 * An outlet's name as a source field or an account line prints it: a name of no sentence, two to twenty characters
 * (某某县融媒体中心, 仙居发布, 某某县人民政府网); a source of several (人民网、新华网) or with a role is no one outlet.
 */
function outletOf(value: string, rule: string): { outlet: string; rule: string } | undefined {
  const v = value.trim();
  if (!/^[\u4e00-\u9fffA-Za-z0-9·]{2,20}$/u.test(v) || /^(?:本报|本站|本网|网络|网友|原创|综合|转载|记者|通讯员)/u.test(v)) return undefined;
  return { outlet: v, rule };
}

const RECOMMEND_HEAD = 'furniture.recommend-list';

/** A recommended piece's title is one line of a headline's width. */
const MAX_RECOMMENDED_TITLE = 48;

/** No furniture line is longer than this; longer lines skip the regexes. */
const MAX_FURNITURE_LINE = 80;

const TOC_HEAD = 'furniture.toc-head';
const COLUMN_HEAD = 'furniture.column-head';
const PAGE_STAFF = 'furniture.page-staff';
const SOURCE_NOTE = 'furniture.source-note';

/** What a crawl's field line says. */
export interface CrawlFields {
  bylines: Byline[];
  newspaper?: string;
  /** The source field's value (来源：…), whatever it names. */
  source?: string;
  date?: string;
  /** Read by furniture.crawl-dated-author. */
  datedAuthor?: boolean;
  /** Read by furniture.crawl-dated-alone. */
  datedAlone?: boolean;
}

/** A crawl's field value is short and no sentence. */
const MAX_FIELD_VALUE = 40;

/**
 * A crawl's line of fields (来源：某某日报　作者：某某　发布时间：2025-06-12 08:30), or null when the line is
 * anything else: every part of it must be a field of a known label (after perhaps a date and time), one of them
 * a crawl's own. The authors' names (作者：某某) are read as a byline's; a source naming a paper gives the paper.
 */
export function parseCrawlMeta(t: MappedText, model: SegmentModel): CrawlFields | null {
  if (!/[：:]/.test(t.text)) return null;
  // 【来源：某某新闻网】【作者：某某】: fields in brackets read as fields set apart (same length, same offsets).
  const text = t.text.replace(/[【】〔〕\[\]]/gu, ' ');
  const cm = model.crawlMeta;
  const lead = cm.leadingTime.exec(text);
  const from = lead ? lead[0].length : 0;
  const fields: { label: string; at: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(cm.label)) {
    if (m.index! < from) continue;
    if (fields.length === 0 && text.slice(from, m.index!).trim() !== '') return null;
    if (fields.length) fields[fields.length - 1]!.end = m.index!;
    fields.push({ label: m.groups!.label!, at: m.index!, start: m.index! + m[0].length, end: text.length });
  }
  if (fields.length === 0) return null;
  // A crawl's own label (来源, 发布时间, 浏览次数), or furniture.crawl-dated-author: a plain 时间 or 日期 field whose
  // value is a whole date (year, month and day) beside an author's field (时间：2025年8月12日 10:05　作者：某某) — a
  // notice's 时间：3月5日上午9时 names no author.
  const valueOf = (f: { start: number; end: number }): string => text.slice(f.start, f.end).trim();
  const own = fields.some((f) => cm.crawlLabel.test(f.label));
  if (!own && !(fields.some((f) => cm.authorLabel.test(f.label)) && fields.some((f) => cm.dateLabel.test(f.label) && crawlDate(valueOf(f), model) !== undefined))) return null;
  const bylines: Byline[] = [];
  let newspaper: string | undefined;
  let source: string | undefined;
  // 2025-06-12 08:30 来源：…: the date the line opens with, else a date field's.
  let date = lead ? crawlDate(lead[0], model) : undefined;
  for (const f of fields) {
    const value = text.slice(f.start, f.end).trim();
    if (value.length > MAX_FIELD_VALUE || /[。！？；]/.test(value)) return null;
    if (value.length === 0) continue;
    if (cm.authorLabel.test(f.label)) {
      let s = f.start;
      let e = f.end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      const names = t.slice(s, e);
      // 记者：某某, 通讯员：某某, 摄影：某某 keep their roles; 作者：某某 names the authors.
      const parsed = (cm.roleLabel.test(f.label) ? parseRoleNames(t.slice(f.at, e), model) : null) ?? parseRoleNames(names, model) ?? authorsOnly(names, cm.id);
      if (parsed) bylines.push(...parsed.bylines.map((b) => ({ ...b, rule: cm.id })));
    } else if (cm.crawlLabel.test(f.label) && /来源/.test(f.label)) {
      newspaper ??= cm.paper.exec(value)?.groups?.paper;
      source ??= value;
    }
    else if (cm.dateLabel.test(f.label)) date ??= crawlDate(value, model);
  }
  return { bylines, ...(newspaper ? { newspaper } : {}), ...(source ? { source } : {}), ...(date ? { date } : {}), ...(own ? {} : { datedAuthor: true }) };
}

/** 2025-06-12 08:30, 2025年6月12日, 2025/07/26 → YYYY-MM-DD, when it is a real date. */
function crawlDate(value: string, model: SegmentModel): string | undefined {
  const g = model.crawlMeta.date.exec(value.trim())?.groups;
  if (!g) return undefined;
  const [y, mo, d] = [Number(g.year), Number(g.month), Number(g.day)];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
