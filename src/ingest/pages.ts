// A decoded file → its printed pages. pdftotext ends each page with a form feed; files stitched together by
// hand separate pages with a rule line (=====); and a page's running head (报眉: `2023年10月9日 星期一 第2版
// 要闻`) opens the page it heads and tells us its date and page number. The rules are data
// (model/page-breaks.json); each page records the ids of the rules that delimited it.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PageMeta } from '../document/types.js';
import { KgError } from '../errors.js';
import { readModelJson } from '../util/model-file.js';
import { loadNewspapers } from '../lexicons/index.js';
import { normalizeWidth, smallNumber } from '../text/chars.js';
import { forEachLine } from '../text/line-breaks.js';

const PageBreaksFile = z
  .object({
    $comment: z.string().optional(),
    formFeed: z.object({ id: z.string().min(1) }).strict(),
    ruleLine: z.object({ id: z.string().min(1), $comment: z.string().optional(), regex: z.string().min(1) }).strict(),
    runningHead: z
      .object({
        id: z.string().min(1),
        $comment: z.string().optional(),
        line: z.string().min(1),
        pageNumber: z.string().min(1),
        date: z.string().min(1),
      })
      .strict(),
    datedHead: z.object({ id: z.string().min(1), $comment: z.string().optional(), regex: z.string().min(1) }).strict(),
    sectionUnderHead: z.object({ id: z.string().min(1), $comment: z.string().optional(), regex: z.string().min(1) }).strict(),
    datedFoot: z.object({ id: z.string().min(1), $comment: z.string().optional() }).strict(),
    masthead: z.object({ id: z.string().min(1), $comment: z.string().optional(), line: z.string().min(1), paper: z.string().min(1), latin: z.string().min(1) }).strict(),
  })
  .strict();

export interface PageBreakModel {
  formFeedId: string;
  ruleLine: { id: string; regex: RegExp };
  runningHead: { id: string; line: RegExp; pageNumber: RegExp; date: RegExp };
  datedHead: { id: string; regex: RegExp };
  sectionUnderHead: { id: string; regex: RegExp };
  datedFootId: string;
  masthead: { id: string; line: RegExp; paper: RegExp; latin: RegExp };
}

let cached: PageBreakModel | undefined;

export function loadPageBreakModel(): PageBreakModel {
  if (cached) return cached;
  const url = new URL('./model/page-breaks.json', import.meta.url);
  const path = fileURLToPath(url);
  const p = readModelJson(url, PageBreaksFile, 'page-break rules');
  const ids = [p.formFeed.id, p.ruleLine.id, p.runningHead.id, p.datedHead.id, p.sectionUnderHead.id, p.datedFoot.id, p.masthead.id];
  if (new Set(ids).size !== ids.length) throw new KgError('DATA_INVALID', 'page-break rule ids must be unique', { subject: path });
  const compile = (id: string, source: string): RegExp => {
    try {
      return new RegExp(source, 'u');
    } catch (e) {
      throw new KgError('DATA_INVALID', `rule ${id}: bad regex (${(e as Error).message})`, { subject: path });
    }
  };
  cached = {
    formFeedId: p.formFeed.id,
    ruleLine: { id: p.ruleLine.id, regex: compile(p.ruleLine.id, p.ruleLine.regex) },
    runningHead: {
      id: p.runningHead.id,
      line: compile(p.runningHead.id, p.runningHead.line),
      pageNumber: compile(p.runningHead.id, p.runningHead.pageNumber),
      date: compile(p.runningHead.id, p.runningHead.date),
    },
    datedHead: { id: p.datedHead.id, regex: compile(p.datedHead.id, p.datedHead.regex) },
    sectionUnderHead: { id: p.sectionUnderHead.id, regex: compile(p.sectionUnderHead.id, p.sectionUnderHead.regex) },
    datedFootId: p.datedFoot.id,
    masthead: { id: p.masthead.id, line: compile(p.masthead.id, p.masthead.line), paper: compile(p.masthead.id, p.masthead.paper), latin: compile(p.masthead.id, p.masthead.latin) },
  };
  return cached;
}

export interface PageRange {
  /** The page's text is text[start, end): running heads and separator lines are left out. */
  start: number;
  end: number;
  /** 1-based line number of `start` in the file (form feeds do not end lines). */
  startLine: number;
  /** Ids of the rules that delimited this page (the break that opened it, a running head). */
  rules: string[];
  /** Metadata printed on the page itself (date, page number from the running head). */
  meta: Partial<PageMeta>;
  /** The running head as printed, when the page has one. */
  runningHead?: string;
}

/**
 * Lines longer than this cannot be a running head or a rule line; they skip the regexes. Generous: pdftotext
 * -layout spreads a running head across the page's width with runs of spaces.
 */
const MAX_MARKER_LINE = 240;

/** Splits text[from, to) into pages; pages holding only whitespace are dropped. */
export function splitPages(text: string, model: PageBreakModel = loadPageBreakModel(), from = 0, to = text.length): PageRange[] {
  const pages: PageRange[] = [];
  let chunkStart = from;
  let line = 1;
  let opened: string[] = [];
  for (;;) {
    const ff = text.indexOf('\f', chunkStart);
    const chunkEnd = ff === -1 || ff >= to ? to : ff;
    // The chunk's last line goes on after the form feed, so the next chunk starts on that same line.
    line += splitChunk(text, chunkStart, chunkEnd, line, opened, model, pages) - 1;
    if (chunkEnd >= to) break;
    chunkStart = chunkEnd + 1;
    opened = [model.formFeedId];
  }
  return pages;
}

/** One form-feed page, which rule lines and running heads may cut further. Returns the number of lines read. */
function splitChunk(text: string, from: number, to: number, firstLine: number, openedBy: string[], model: PageBreakModel, out: PageRange[]): number {
  let cur: PageRange = { start: from, end: to, startLine: firstLine, rules: [...openedBy], meta: {} };
  let lines = 0;
  let hasContent = false;
  const finish = (end: number): void => {
    if (hasContent) out.push({ ...cur, end });
    hasContent = false;
  };
  const attachHead = (page: PageRange, raw: string, meta: Partial<PageMeta>, rule = model.runningHead.id, atTop = false): void => {
    if (!page.rules.includes(rule)) page.rules.push(rule);
    page.meta = { ...page.meta, ...meta };
    // A head printed over two lines at the page's top (the date line, then 第1版) is one running head.
    page.runningHead = atTop && page.runningHead ? `${page.runningHead} ${raw.trim()}` : raw.trim();
  };
  // The index of the last line of a head read at the page's top, and how many lines it took.
  let headEnd = -2;
  let headLines = 0;
  // A paper's name alone at the page's top, held until the line after it shows it is the masthead's.
  let paperLine: { raw: string; paper: string; start: number; startLine: number } | undefined;
  forEachLine(text, from, to, (line, index) => {
    lines = index + 1;
    const nextLine = firstLine + index + 1;
    const len = line.end - line.start;
    if (len === 0) return;
    if (!hasContent && len <= MAX_DATED_HEAD) {
      // 青禾日报 / 中共青禾县委机关报 / 国内统一连续出版物号 CN33-0088 / 今日8版: the masthead is no text of the page.
      const norm = normalizeLine(text.slice(line.start, line.end));
      const item = model.masthead.line.test(norm) || model.masthead.latin.test(norm);
      if (paperLine && (item || parseDatedHead(norm, model))) {
        attachHead(cur, paperLine.raw, { newspaper: paperLine.paper }, model.masthead.id, true);
        paperLine = undefined;
      } else if (paperLine) {
        // Not a masthead after all: the name was the page's first text.
        cur.start = paperLine.start;
        cur.startLine = paperLine.startLine;
        paperLine = undefined;
        hasContent = true;
      }
      // The name is set in large type, often letter-spaced (青 禾 日 报).
      const paper = !hasContent && !cur.rules.includes(model.masthead.id) ? model.masthead.paper.exec(norm.replace(/\s+/gu, ''))?.groups?.paper : undefined;
      if (paper) {
        paperLine = { raw: text.slice(line.start, line.end), paper, start: cur.start, startLine: cur.startLine };
        cur.start = line.next;
        cur.startLine = nextLine;
        return;
      }
      if (item && !hasContent) {
        cur.start = line.next;
        cur.startLine = nextLine;
        attachHead(cur, text.slice(line.start, line.end), {}, model.masthead.id, true);
        headEnd = index;
        return;
      }
    }
    // A head printed over lines (2026年6月3日 星期三 / 第5版 / 国际·国内): the section's name on the line right
    // under it is the head's last item, not a headline.
    if (!hasContent && headEnd === index - 1 && headLines >= 2 && SECTION_LINE.test(text.slice(line.start, line.end))) {
      cur.start = line.next;
      cur.startLine = nextLine;
      cur.runningHead = `${cur.runningHead} ${text.slice(line.start, line.end).trim()}`;
      headEnd = -2;
      return;
    }
    // A one-line head over a section's name (2026年9月3日 星期四 第5版 / 法治·平安): the name of a section's shape only.
    if (!hasContent && headEnd === index - 1 && headLines === 1 && model.sectionUnderHead.regex.test(normalizeLine(text.slice(line.start, line.end)))) {
      cur.start = line.next;
      cur.startLine = nextLine;
      cur.runningHead = `${cur.runningHead} ${text.slice(line.start, line.end).trim()}`;
      if (!cur.rules.includes(model.sectionUnderHead.id)) cur.rules.push(model.sectionUnderHead.id);
      headEnd = -2;
      return;
    }
    // The page's date and weekday alone as its last line (2026年4月16日 星期四): a running foot, no text.
    if (hasContent && len <= MAX_DATED_HEAD && !hasTextBetween(text, line.next, to)) {
      const dated = parseDatedHead(normalizeLine(text.slice(line.start, line.end)), model);
      if (dated?.date && !dated.page) {
        if (!cur.rules.includes(model.datedFootId)) cur.rules.push(model.datedFootId);
        if (!cur.meta.date) cur.meta = { ...cur.meta, date: dated.date };
        finish(line.start);
        cur = { start: line.next, end: to, startLine: nextLine, rules: [], meta: {} };
        return;
      }
    }
    if (len > MAX_MARKER_LINE) {
      hasContent = true;
      return;
    }
    if (!hasContent && len <= MAX_DATED_HEAD) {
      // 2026年5月8日 星期五 over 第1版, or A4 2026年5月8日 星期五 某某晚报: a dated head opening the page.
      const dated = parseDatedHead(normalizeLine(text.slice(line.start, line.end)), model);
      if (dated) {
        cur.start = line.next;
        cur.startLine = nextLine;
        attachHead(cur, text.slice(line.start, line.end), dated, model.datedHead.id, true);
        headEnd = index;
        headLines++;
        return;
      }
    }
    if (!mayBeMarker(text, line.start, line.end)) {
      if (!hasContent && text.slice(line.start, line.end).trim() !== '') hasContent = true;
      return;
    }
    const raw = text.slice(line.start, line.end);
    const norm = normalizeLine(raw);
    if (norm === '') return;
    if (model.ruleLine.regex.test(norm)) {
      finish(line.start);
      cur = { start: line.next, end: to, startLine: nextLine, rules: [model.ruleLine.id], meta: {} };
      return;
    }
    const head = parseRunningHead(norm, model);
    if (!head) {
      hasContent = true;
      return;
    }
    if (!hasContent) {
      // The head of the page we are in: the page's text starts after it.
      cur.start = line.next;
      cur.startLine = nextLine;
      attachHead(cur, raw, head, model.runningHead.id, true);
      headEnd = index;
      headLines++;
    } else if (!hasTextBetween(text, line.next, to)) {
      // A running foot: the last thing on its page describes the page above it.
      attachHead(cur, raw, head);
      finish(line.start);
      cur = { start: line.next, end: to, startLine: nextLine, rules: [], meta: {} };
    } else {
      finish(line.start);
      cur = { start: line.next, end: to, startLine: nextLine, rules: [], meta: {} };
      attachHead(cur, raw, head);
    }
  });
  if (paperLine) {
    cur.start = paperLine.start;
    cur.startLine = paperLine.startLine;
    hasContent = true;
  }
  finish(to);
  return lines;
}

const NON_SPACE = /\S/g;
function hasTextBetween(text: string, from: number, to: number): boolean {
  NON_SPACE.lastIndex = from;
  const m = NON_SPACE.exec(text);
  return m !== null && m.index < to;
}

/**
 * Cheap test before the regexes: a rule line opens with a symbol (not a letter, digit or ideograph), a running
 * head holds 版. Most lines of a page are neither, and skip the width normalisation and the regexes.
 */
function mayBeMarker(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  if (i < end && !/[\p{L}\p{N}]/u.test(text[i]!)) return true;
  for (; i < end; i++) if (text.charCodeAt(i) === BAN) return true;
  return false;
}

const BAN = '版'.charCodeAt(0);

/** Full-width digits and letters made half-width, runs of whitespace made one space, outer whitespace trimmed. */
function normalizeLine(raw: string): string {
  let s = '';
  for (const ch of raw) s += normalizeWidth(ch);
  return s.replace(/\s+/g, ' ').trim();
}

/** 三 → 3, 十二 → 12, 二十 → 20; digits pass through. */
function pageNumberOf(s: string): string {
  const n = smallNumber(s);
  return Number.isNaN(n) ? s : String(n);
}

/** A section's name alone on a line: a few ideographs, perhaps joined by a middle dot (国际·国内). */
const SECTION_LINE = /^\s*[\u4e00-\u9fff][\u4e00-\u9fff·•・\s]{1,9}\s*$/u;

/** No dated head is longer than this (characters of the raw line). */
const MAX_DATED_HEAD = 80;

/** The date and bare folio (A4) of a dated head opening a page, or null (see page-breaks.json `datedHead`). */
export function parseDatedHead(line: string, model: PageBreakModel = loadPageBreakModel()): Partial<PageMeta> | null {
  // A line with 版 is a running head, read as one.
  if (line.includes('版')) return null;
  const m = model.datedHead.regex.exec(line);
  if (!m?.groups) return null;
  const meta: Partial<PageMeta> = {};
  const section = m.groups.section ?? m.groups.section2;
  const sectionPage = m.groups.sectionPage ?? m.groups.sectionPage2;
  if (section && sectionPage) meta.page = `${section}${Number(sectionPage)}`;
  const date = model.runningHead.date.exec(line)?.groups;
  if (date) {
    const y = Number(date.year);
    const mo = Number(date.month);
    const d = Number(date.day);
    const valid = new Date(Date.UTC(y, mo - 1, d));
    if (valid.getUTCFullYear() === y && valid.getUTCMonth() === mo - 1 && valid.getUTCDate() === d) {
      meta.date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  if (!meta.date) return null;
  for (const paper of loadNewspapers().keys()) {
    if (line.includes(paper)) {
      meta.newspaper = paper;
      break;
    }
  }
  return meta;
}

/** The page's staff as a running head prints them (责任编辑：某某, 美编/版式/校对：某某; a two-character name letter-spaced: 冉 静). */
const PAGE_STAFF = /(?:责任编辑|责编|编辑|美编|版式设计|版式|校对|审读|审校|组版|制版|照排)\s*[:：]\s*[\u4e00-\u9fff·](?:[ \u3000]?(?!责任编辑|责编|编辑|美编|版式|校对|审读|审校|组版|制版|照排)[\u4e00-\u9fff·]){1,4}/gu;

/** A real date printed in a line (2025年4月8日) as YYYY-MM-DD, or undefined. */
export function printedDate(line: string, model: PageBreakModel = loadPageBreakModel()): string | undefined {
  const date = model.runningHead.date.exec(line)?.groups;
  if (!date) return undefined;
  const y = Number(date.year);
  const m = Number(date.month);
  const d = Number(date.day);
  const valid = new Date(Date.UTC(y, m - 1, d));
  if (valid.getUTCFullYear() !== y || valid.getUTCMonth() !== m - 1 || valid.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The date, page number and paper a running head prints, or null when the line is not a running head. The paper
 * is read only when it is one of the city papers listed in lexicons/newspapers.tsv (its home city follows).
 */
export function parseRunningHead(line: string, model: PageBreakModel = loadPageBreakModel()): Partial<PageMeta> | null {
  if (!line.includes('版')) return null;
  // 责任编辑：某某, 版式：某某, 校对：某某 — the page's staff, printed in the head, are no sentence.
  const bare = line.replace(PAGE_STAFF, ' ').trim();
  if (!model.runningHead.line.test(bare)) return null;
  const num = model.runningHead.pageNumber.exec(line);
  if (!num?.groups) return null;
  const meta: Partial<PageMeta> = {
    page: num.groups.page !== undefined ? pageNumberOf(num.groups.page) : `${num.groups.section}${Number(num.groups.sectionPage)}`,
  };
  const date = printedDate(line, model);
  if (date) meta.date = date;
  for (const paper of loadNewspapers().keys()) {
    if (line.includes(paper)) {
      meta.newspaper = paper;
      break;
    }
  }
  return meta;
}
