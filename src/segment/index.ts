// Segment: a page → its pieces (news, commentary, photo caption, brief), each a typed Article with a title,
// kicker and subtitle, bylines with roles, a dateline, and clean body text mapped back to the source.
import type { Article, ArticleKind, Byline, SourcePage } from '../document/types.js';
import { FULL_WIDTH_FULL_STOP, isAsciiLetter, isCjk, normalizeWidth } from '../text/chars.js';
import { MappedTextBuilder, type MappedText } from '../text/mapped-text.js';
import { assemble, type Piece } from './assemble.js';
import { parseRoleNames } from './bylines.js';
import { piecesFromLayout } from './from-layout.js';
import { pageLines } from './lines.js';
import { loadSegmentModel, type SegmentModel } from './model.js';
import { isDashSubtitle, toParagraphs, type Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export function segmentPage(page: SourcePage, model: SegmentModel = loadSegmentModel()): Article[] {
  // A PDF page comes laid out by src/layout/ (articles with their roles); page text is assembled here.
  const pieces = page.layout ? piecesFromLayout(page.layout, model) : assemble(toParagraphs(pageLines(page), model));
  return pieces.map((piece, i) => toArticle(page, piece, i + 1, model));
}

function toArticle(page: SourcePage, piece: Piece, ordinal: number, model: SegmentModel): Article {
  const heads = [...piece.before, ...piece.after].filter((s) => s.kind === 'T').flatMap((s) => s.paragraphs);
  const { kicker, title, subtitle } = splitHeadlines(heads);
  const bylineParas = [...piece.before, ...piece.after].filter((s) => s.kind === 'B').flatMap((s) => s.paragraphs);
  const body = piece.body.paragraphs;
  const rules = [...(page.rules ?? []), ...piece.rules, ...new Set([...heads, ...bylineParas, ...body].flatMap((p) => p.rules))];

  const bylines: Byline[] = [];
  // A person is credited once per piece: a name printed in the byline box and again in a trailing
  // （本报记者 陆毅） keeps its first credit.
  for (const b of [...bylineParas.flatMap((p) => p.byline?.bylines ?? []), ...inlineBylines(body, model, rules)]) {
    if (bylines.some((x) => x.name === b.name)) {
      if (!rules.includes(RULE.bylineRepeated)) rules.push(RULE.bylineRepeated);
    } else bylines.push(b);
  }
  const signature = bylineParas.some((p) => p.byline?.signature);

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
  let bodyStart = -1;
  for (const p of body) {
    addLine(p.text);
    if (p.text.length === 0) continue;
    const start = b.length - p.text.length;
    if (bodyStart === -1) bodyStart = start;
    paragraphs.push({ start, end: b.length });
  }
  const clean = b.build();
  if (changedWidth(page.text, clean)) rules.push(RULE.fullWidth);
  const dateline = body[0]?.dateline;
  const all = [...piece.before, piece.body, ...piece.after].flatMap((s) => s.paragraphs);
  const sourceStart = Math.min(...all.flatMap((p) => p.lines.map((l) => l.text.offsets[0] ?? Infinity)));
  const sourceEnd = Math.max(...all.flatMap((p) => p.lines.map((l) => (l.text.length ? l.text.offsets[l.text.length - 1]! + 1 : -Infinity))));
  const bodyText = body.map((p) => p.text.text).join('');
  const { kind, rule: kindRule } = kindOf({ signature, bylines, dateline, bodyText, paragraphs: paragraphs.length });
  rules.push(kindRule);

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
    bylines,
    ...(dateline ? { dateline } : {}),
    text: clean.text,
    offsets: clean.offsets,
    titleSpan: { start: titleStart, end: titleEnd },
    bodySpan: { start: bodyStart === -1 ? clean.length : bodyStart, end: clean.length },
    paragraphs,
    sourceSpan: { start: sourceStart, end: sourceEnd },
    ...(page.meta.newspaper ? { newspaper: page.meta.newspaper } : {}),
    ...(page.meta.date ? { date: page.meta.date } : {}),
    ...(page.meta.page ? { page: page.meta.page } : {}),
    ...(yearOf(page.meta) !== undefined ? { year: yearOf(page.meta) } : {}),
    ...(page.meta.homeCity ? { homeCity: page.meta.homeCity } : {}),
    rules,
  };
}

/**
 * A headline group may hold a kicker (引题) above the main title and a subtitle (副题) below it. The main
 * title is the bold one (PDF extraction doubles bold text); failing that, the one with the fewest phrase
 * breaks, since kickers and subtitles are strings of phrases.
 */
function splitHeadlines(heads: Paragraph[]): { kicker?: MappedText; title?: MappedText; subtitle?: MappedText } {
  if (heads.length === 0) return {};
  if (heads.length === 1) return { title: heads[0]!.text };
  const breaks = (p: Paragraph): number => (p.text.text.match(/[\s，,、：:]/g) ?? []).length;
  // A dash opens a subtitle (——记……): the main title is above it.
  const dash = heads.findIndex((p, i) => i > 0 && isDashSubtitle(p.text.text));
  const candidates = dash === -1 ? heads : heads.slice(0, dash);
  let main = candidates.findIndex((p) => p.doubled);
  if (main === -1 || candidates.filter((p) => p.doubled).length > 1) {
    main = 0;
    candidates.forEach((p, i) => {
      if (breaks(p) < breaks(candidates[main]!)) main = i;
    });
  }
  const join = (ps: Paragraph[]): MappedText | undefined => {
    if (ps.length === 0) return undefined;
    const b = new MappedTextBuilder();
    ps.forEach((p, i) => {
      if (i > 0) b.separator(' ', b.lastOffset() + 1);
      b.append(p.text);
    });
    return b.build();
  };
  const subtitle = join(heads.slice(main + 1).map((p) => (isDashSubtitle(p.text.text) ? { ...p, text: dropDash(p.text) } : p)));
  return { kicker: join(heads.slice(0, main)), title: heads[main]!.text, subtitle };
}

/** Bylines inside the body: `本报讯（记者 张三）` after a dateline, or `（记者 张三 通讯员 李四）` at the end. */
function inlineBylines(body: Paragraph[], model: SegmentModel, rules: string[]): Byline[] {
  const out: Byline[] = [];
  const first = body[0];
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
  const last = body[body.length - 1];
  if (last) {
    const m = model.trailingByline.regex.exec(last.text.text);
    if (m) {
      const at = last.text.text.lastIndexOf(m[1]!);
      const parsed = parseRoleNames(last.text.slice(at, at + m[1]!.length), model);
      if (parsed) {
        out.push(...parsed.bylines);
        rules.push(model.trailingByline.id);
      }
    }
  }
  return out;
}

function yearOf(meta: SourcePage['meta']): number | undefined {
  return meta.date ? Number(meta.date.slice(0, 4)) : meta.year;
}

/** A brief (简讯) is one paragraph of fewer than this many characters, whatever else it has. */
export const BRIEF_MAX_CHARS = 150;
/** A photo caption runs to a few sentences. */
const PHOTO_MAX_CHARS = 300;

function kindOf(p: { signature: boolean; bylines: Byline[]; dateline?: string; bodyText: string; paragraphs: number }): { kind: ArticleKind; rule: string } {
  const roles = new Set(p.bylines.map((b) => b.role));
  if (p.signature) return { kind: 'commentary', rule: RULE.kindCommentarySignature };
  if (roles.has('评论员')) return { kind: 'commentary', rule: RULE.kindCommentaryRole };
  const reporter = [...roles].some((r) => r !== '摄影');
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

/** ——记平湖市…… → 记平湖市…… */
function dropDash(t: MappedText): MappedText {
  let i = 0;
  while (i < t.length && /[—\-－\s]/.test(t.text[i]!)) i++;
  return t.slice(i);
}

export function detectLanguage(text: string): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (isAsciiLetter(c)) latin++;
  }
  // Latin letters are about a fifth as informative as ideographs: a Chinese text with brand names stays zh.
  return latin > cjk * 5 && latin > 20 ? 'en' : 'zh';
}
