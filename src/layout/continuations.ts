// A story continued across pages, read as one article. A PDF's page sends a story on with a jump line at the foot
// of its last column （下转第2版）, and the page it names prints the rest under （上接第1版） and a short repeat of
// the title: the layout marks both pieces (LaidOutArticle.jump), and here, once the pages are segmented, the rest
// is joined to the start — the joined article takes the start's page id, ordinal, headline and bylines, and an id
// of its own (the start's id and the rest's, `<start>-<rest>`: a reading of both pages, not of one); the rest's
// paragraphs follow the start's, its repeated title is left out, and its bylines are added. Every character keeps its offset in
// the file's text, so each part's offsets stay exact in its own page's range; `parts` records the page id and the
// article-text span of each part, in reading order.
//
// Parts are joined only within one source file (a whole issue in one PDF, or pages of one file): an article's
// offsets, and the evidence read from it, point into one file's text. Parts in two files stay two articles.
import type { Article, SourcePage } from '../document/types.js';
import type { LaidOutArticle } from './types.js';

export const CONTINUATION_RULE = 'layout.continuation';

interface Jump {
  page: SourcePage;
  piece: LaidOutArticle;
  article: Article;
}

/** The articles of one build with every continued story's parts joined (the rest's article dropped). */
export function joinContinuations(articles: readonly Article[], pages: readonly SourcePage[]): Article[] {
  const outs: Jump[] = [];
  const ins: Jump[] = [];
  const byPage = new Map<string, Article[]>();
  for (const a of articles) {
    let list = byPage.get(a.pageId);
    if (!list) byPage.set(a.pageId, (list = []));
    list.push(a);
  }
  for (const page of pages) {
    const layout = page.layout;
    if (!layout) continue;
    for (const piece of layout.articles) {
      if (!piece.jump) continue;
      const article = articleOf(piece, byPage.get(page.id) ?? []);
      if (!article) continue;
      if (piece.jump.to !== undefined) outs.push({ page, piece, article });
      if (piece.jump.from !== undefined) ins.push({ page, piece, article });
    }
  }
  if (outs.length === 0 || ins.length === 0) return [...articles];

  const joined = new Map<string, Article>();
  const dropped = new Set<string>();
  for (const out of outs) {
    // The rest: on the page the jump names, in the same file, coming from this page, its repeated title most like
    // this title (a piece with no title only when it is the one candidate).
    const candidates = ins.filter(
      (i) => !dropped.has(i.article.id) && i.article.id !== out.article.id && i.page.source === out.page.source && i.page.meta.page === out.piece.jump!.to && i.piece.jump!.from === out.page.meta.page,
    );
    const scored = candidates.map((i) => ({ i, score: titleLikeness(i.article.title, out.article.title) })).filter((c) => c.score >= MIN_LIKENESS || (candidates.length === 1 && c.i.article.title === ''));
    scored.sort((a, b) => b.score - a.score);
    const rest = scored[0]?.i;
    if (!rest) continue;
    const start = joined.get(out.article.id) ?? out.article;
    joined.set(out.article.id, join(start, rest.article));
    dropped.add(rest.article.id);
  }
  return articles.filter((a) => !dropped.has(a.id)).map((a) => joined.get(a.id) ?? a);
}

/** Share of a repeated title's characters (punctuation aside) that the full title prints: 农机合作社抱团闯市场 in 青浦湾十二家农机合作社抱团闯市场. */
const MIN_LIKENESS = 0.6;

function titleLikeness(repeat: string, full: string): number {
  const chars = [...repeat].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length === 0) return 0;
  const have = new Set(full);
  return chars.filter((c) => have.has(c)).length / chars.length;
}

/** The segmented article a laid-out piece became: the one whose source range holds the piece's first line. */
function articleOf(piece: LaidOutArticle, articles: readonly Article[]): Article | undefined {
  const first = piece.title[0] ?? piece.paragraphs[0]?.[0];
  if (!first || first.text.length === 0) return undefined;
  const at = first.text.offsets[0]!;
  return articles.find((a) => a.sourceSpan.start <= at && at < a.sourceSpan.end);
}

/** The start's article with the rest's body after its own: text, offsets, paragraphs and bylines. */
function join(start: Article, rest: Article): Article {
  const body = rest.text.slice(rest.bodySpan.start);
  const restOffsets = rest.offsets.subarray(rest.bodySpan.start);
  if (body.length === 0) return start;
  const sep = start.text.length;
  const shift = sep + 1 - rest.bodySpan.start;
  const text = `${start.text}\n${body}`;
  const offsets = new Int32Array(text.length);
  offsets.set(start.offsets, 0);
  // The line break between the parts maps where a separator does in one part: just past the character before it.
  offsets[sep] = sep > 0 ? start.offsets[sep - 1]! + 1 : restOffsets[0]!;
  offsets.set(restOffsets, sep + 1);
  const moved = (s: { start: number; end: number }): { start: number; end: number } => ({ start: s.start + shift, end: s.end + shift });
  const paragraphs = [...start.paragraphs, ...rest.paragraphs.filter((p) => p.start >= rest.bodySpan.start).map(moved)];
  const subheads = [...(start.subheads ?? []), ...(rest.subheads ?? []).filter((p) => p.start >= rest.bodySpan.start).map(moved)];
  const names = new Set(start.bylines.map((b) => b.name));
  const parts = start.parts ?? [{ pageId: start.pageId, ...(start.page !== undefined ? { page: start.page } : {}), start: 0, end: start.text.length }];
  return {
    ...start,
    id: `${start.id}-${rest.id}`,
    text,
    offsets,
    bodySpan: { start: start.paragraphs.length ? start.bodySpan.start : sep + 1, end: text.length },
    paragraphs,
    ...(subheads.length ? { subheads } : {}),
    bylines: [...start.bylines, ...rest.bylines.filter((b) => !names.has(b.name))],
    sourceSpan: { start: Math.min(start.sourceSpan.start, rest.sourceSpan.start), end: Math.max(start.sourceSpan.end, rest.sourceSpan.end) },
    parts: [...parts, { pageId: rest.pageId, ...(rest.page !== undefined ? { page: rest.page } : {}), start: sep + 1, end: text.length }],
    rules: [...new Set([...start.rules, CONTINUATION_RULE])],
  };
}
