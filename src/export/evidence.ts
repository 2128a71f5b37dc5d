// The evidence behind each node, for the HTML view's side panel: the sentence every relationship was read from,
// and for every mention the page text around its source offsets, with the page's line breaks undone the way
// cleaning undoes them (segment/clean.ts) and the mention marked. Without the page file a mention falls back to
// the sentence of the article's clean text that names the node, flagged as approximate.
import { joinLines, tidySpaces } from '../segment/clean.js';
import { forEachLine } from '../text/line-breaks.js';
import { MappedText } from '../text/mapped-text.js';
import type { Graph, GraphNode, GraphRelationship } from '../../schema/model.js';
import type { PagePlace, ViewEvidence } from '../viewer/view-data.js';

/** Characters of page text read on either side of a mention before trimming to the sentence. */
const WINDOW = 90;
/** At most this much context is kept on either side once trimmed. */
const CONTEXT = 60;
const SENTENCE_END = /[。！？!?；;]/;
/** ■ opens a byline or a photo credit: a new piece of the page starts there. */
const PIECE_MARK = '■';

interface ArticleInfo {
  title: string;
  text: string;
  source: string;
  start: number;
  end: number;
  /** Read from a PDF: its page, the page's size and its boxes. */
  page?: Omit<PagePlace, 'mark'>;
}

export function nodeEvidence(graph: Graph, pageTexts: ReadonlyMap<string, string>): Map<string, ViewEvidence[]> {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const articles = new Map<string, ArticleInfo>();
  for (const n of graph.nodes) {
    if (n.labels[0] !== 'Article') continue;
    const p = n.properties;
    const page = typeof p.pdfPage === 'number' ? { page: p.pdfPage, width: Number(p.pageWidth), height: Number(p.pageHeight), article: Array.isArray(p.boxes) ? p.boxes.map(Number) : [] } : undefined;
    articles.set(String(p.key).replace(/^article:/, ''), { title: String(p.title || p.name), text: String(p.text ?? ''), source: String(p.source), start: Number(p.sourceStart), end: Number(p.sourceEnd), ...(page ? { page } : {}) });
  }
  const evidence = new Map<string, ViewEvidence[]>(graph.nodes.map((n) => [n.id, []]));
  const add = (id: string, e: ViewEvidence): void => void evidence.get(id)?.push(e);

  for (const r of graph.relationships) {
    const p = r.properties;
    const article = typeof p.articleId === 'string' ? articles.get(p.articleId) : undefined;
    if (r.type === 'MENTIONS') {
      const entity = nodes.get(r.end);
      if (!entity || !article) continue;
      for (const e of mentionEvidence(r, entity, article, pageTexts.get(article.source))) add(r.end, e);
      continue;
    }
    for (const [self, other, outgoing] of [[r.start, r.end, true], [r.end, r.start, false]] as const) {
      const base: ViewEvidence = { type: r.type, other, outgoing, text: '', ...(article ? { article: article.title } : {}), ...facts(p), ...onPage(article, p.bbox) };
      if (typeof p.sentence === 'string') {
        add(self, { ...base, text: p.sentence, ...markOf(p.sentence, nodes.get(self)) });
      } else if (typeof p.sourceStart === 'number' && typeof p.sourceEnd === 'number' && pageTexts.has(String(p.source))) {
        // A byline (WROTE) has offsets but no sentence: show the page text it was read from.
        const around = pageContext(pageTexts.get(String(p.source))!, p.sourceStart, p.sourceEnd, article);
        add(self, { ...base, ...around, at: `${p.source}:${p.sourceStart}–${p.sourceEnd}` });
      } else {
        add(self, { ...base, text: `from ${String(p.source)}` });
      }
    }
  }
  return evidence;
}

/** Where on its PDF page a fact was read, when its article came from a PDF and the fact has a box. */
function onPage(article: ArticleInfo | undefined, box: unknown): Pick<ViewEvidence, 'onPage'> {
  if (!article?.page || !Array.isArray(box) || box.length !== 4) return {};
  return { onPage: { ...article.page, mark: box.map(Number) } };
}

function facts(p: Record<string, unknown>): Pick<ViewEvidence, 'rule' | 'confidence' | 'role'> {
  return {
    ...(typeof p.rule === 'string' ? { rule: p.rule } : {}),
    ...(typeof p.confidence === 'number' ? { confidence: p.confidence } : {}),
    ...(typeof p.role === 'string' && p.role ? { role: p.role } : {}),
  };
}

function mentionEvidence(r: GraphRelationship, entity: GraphNode, article: ArticleInfo, page: string | undefined): ViewEvidence[] {
  const starts = r.properties.sourceStarts as number[];
  const ends = r.properties.sourceEnds as number[];
  const rules = r.properties.rules as string[];
  const boxes = Array.isArray(r.properties.bboxes) ? (r.properties.bboxes as number[]) : [];
  const base = { type: 'MENTIONS', article: article.title, rule: rules.join(', ') };
  if (page) {
    return starts.map((start, i) => ({ ...base, ...pageContext(page, start, ends[i]!, article), at: `${article.source}:${start}–${ends[i]}`, ...onPage(article, boxes.slice(4 * i, 4 * i + 4)) }));
  }
  return sentencesNaming(article.text, namesOf(entity), starts.length).map((s) => ({ ...base, ...s, approximate: true }));
}

/** The page text around source span [start, end), inside the article's span, trimmed to the sentence. */
export function pageContext(page: string, start: number, end: number, article?: Pick<ArticleInfo, 'start' | 'end'>): Pick<ViewEvidence, 'text' | 'mark'> {
  const lo = Math.max(article?.start ?? 0, start - WINDOW, 0);
  const hi = Math.min(article?.end ?? page.length, end + WINDOW, page.length);
  const lines: MappedText[] = [];
  forEachLine(page, Math.min(lo, start), Math.max(hi, end), (line) => void lines.push(MappedText.identity(page.slice(line.start, line.end), line.start)));
  const clean = tidySpaces(joinLines(lines.filter((l) => l.length > 0)));
  let first = -1;
  let last = -1;
  for (let i = 0; i < clean.length; i++) {
    const at = clean.offsets[i]!;
    if (at >= start && at < end) {
      if (first === -1) first = i;
      last = i;
    }
  }
  if (first === -1) return { text: clean.text.trim() };
  const text = clean.text;
  let from = first;
  while (from > 0 && first - from < CONTEXT && !SENTENCE_END.test(text[from - 1]!) && text[from] !== PIECE_MARK) from--;
  let to = last + 1;
  while (to < text.length && to - last < CONTEXT && !SENTENCE_END.test(text[to - 1]!) && text[to] !== PIECE_MARK) to++;
  return { text: text.slice(from, to), mark: [first - from, last + 1 - from] };
}

function namesOf(n: GraphNode): string[] {
  const p = n.properties;
  // An outcome is named in the text by its figure as printed (103项), which its `text` property holds.
  const printed = n.labels[0] === 'Outcome' ? [p.text] : [];
  const names = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : []), p.shortName, ...printed].filter((x): x is string => typeof x === 'string' && x.length > 0);
  // Longest first, so 盈智热管理科技（嘉兴）有限公司 is marked whole rather than its short name 盈智.
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

function markOf(sentence: string, node: GraphNode | undefined): Pick<ViewEvidence, 'mark'> {
  if (!node) return {};
  for (const name of namesOf(node)) {
    const at = sentence.indexOf(name);
    if (at !== -1) return { mark: [at, at + name.length] };
  }
  return {};
}

/** Up to `limit` sentences of `text` naming one of `names`, each with the name marked. */
function sentencesNaming(text: string, names: string[], limit: number): Array<Pick<ViewEvidence, 'text' | 'mark'>> {
  const out: Array<Pick<ViewEvidence, 'text' | 'mark'>> = [];
  const sentences = text.split(/(?<=[。！？!?\n])/);
  for (const sentence of sentences) {
    for (const name of names) {
      const at = sentence.indexOf(name);
      if (at === -1) continue;
      const lead = sentence.length - sentence.trimStart().length;
      out.push({ text: sentence.trim(), mark: [at - lead, at - lead + name.length] });
      break;
    }
    if (out.length >= limit) break;
  }
  return out;
}
