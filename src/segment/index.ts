// Segment: a page → its pieces (news, commentary, photo caption, brief), each a typed Article with a title,
// kicker and subtitle, bylines with roles, a dateline, and clean body text mapped back to the source.
import type { Article, ArticleKind, Byline, SourcePage } from '../document/types.js';
import { isAsciiLetter, isCjk } from '../text/chars.js';
import { MappedTextBuilder, type MappedText } from '../text/mapped-text.js';
import { assemble, type Piece } from './assemble.js';
import { parseRoleNames } from './bylines.js';
import { pageLines } from './lines.js';
import { loadSegmentModel, type SegmentModel } from './model.js';
import { toParagraphs, type Paragraph } from './paragraphs.js';

export function segmentPage(page: SourcePage, model: SegmentModel = loadSegmentModel()): Article[] {
  const paragraphs = toParagraphs(pageLines(page), model);
  const pieces = assemble(paragraphs);
  return pieces.map((piece, i) => toArticle(page, piece, i + 1, model));
}

function toArticle(page: SourcePage, piece: Piece, ordinal: number, model: SegmentModel): Article {
  const heads = [...piece.before, ...piece.after].filter((s) => s.kind === 'T').flatMap((s) => s.paragraphs);
  const { kicker, title, subtitle } = splitHeadlines(heads);
  const bylineParas = [...piece.before, ...piece.after].filter((s) => s.kind === 'B').flatMap((s) => s.paragraphs);
  const body = piece.body.paragraphs;
  const rules = [...piece.rules, ...new Set([...heads, ...bylineParas, ...body].flatMap((p) => p.rules))];

  const bylines: Byline[] = bylineParas.flatMap((p) => p.byline?.bylines ?? []);
  bylines.push(...inlineBylines(body, model, rules));
  const signature = bylineParas.some((p) => p.byline?.signature);

  const b = new MappedTextBuilder();
  const addLine = (t: MappedText | undefined): void => {
    if (!t || t.length === 0) return;
    if (b.length > 0) b.separator('\n', t.offsets[0]!);
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
  const dateline = body[0]?.dateline;
  const all = [...piece.before, piece.body, ...piece.after].flatMap((s) => s.paragraphs);
  const sourceStart = Math.min(...all.flatMap((p) => p.lines.map((l) => l.text.offsets[0] ?? Infinity)));
  const sourceEnd = Math.max(...all.flatMap((p) => p.lines.map((l) => (l.text.length ? l.text.offsets[l.text.length - 1]! + 1 : -Infinity))));
  const bodyText = body.map((p) => p.text.text).join('');

  return {
    id: `${page.id}-a${ordinal}`,
    pageId: page.id,
    source: page.source,
    ordinal,
    kind: kindOf({ signature, bylines, dateline, bodyText, hasTitle: !!title }),
    language: detectLanguage(clean.text),
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
  let main = heads.findIndex((p) => p.doubled);
  if (main === -1 || heads.filter((p) => p.doubled).length > 1) {
    main = 0;
    heads.forEach((p, i) => {
      if (breaks(p) < breaks(heads[main]!)) main = i;
    });
  }
  const join = (ps: Paragraph[]): MappedText | undefined => {
    if (ps.length === 0) return undefined;
    const b = new MappedTextBuilder();
    ps.forEach((p, i) => {
      if (i > 0) b.separator(' ', p.text.offsets[0]!);
      b.append(p.text);
    });
    return b.build();
  };
  return { kicker: join(heads.slice(0, main)), title: heads[main]!.text, subtitle: join(heads.slice(main + 1)) };
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
        rules.push('byline.after-dateline');
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

function kindOf(p: { signature: boolean; bylines: Byline[]; dateline?: string; bodyText: string; hasTitle: boolean }): ArticleKind {
  const roles = new Set(p.bylines.map((b) => b.role));
  if (p.signature || roles.has('评论员')) return 'commentary';
  const reporter = [...roles].some((r) => r !== '摄影');
  if (roles.has('摄影') && !reporter && p.bodyText.length < 300) return 'photo';
  if (p.dateline || reporter) return p.bodyText.length < 150 && !p.hasTitle ? 'brief' : 'news';
  return p.bodyText.length < 150 ? 'brief' : 'article';
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
