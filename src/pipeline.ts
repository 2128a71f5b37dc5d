// The pipeline, stage by stage, in the order that matters:
//   ingest (read, decode, split pages; a PDF is laid out there by src/layout/) → segment (page → articles) →
//   extract (mentions; then the short names the archive knows) → resolve (entities, relations) → graph
//   (graph.json, checked against the schema; facts read from PDFs get their page and boxes) → analytics (degree,
//   PageRank and community written onto the entities).
// Only ingest touches the outside world; every other stage is a function of its input. Loading into Neo4j
// and exporting are separate steps over the graph this returns. An archive too large to hold is built by
// pipeline-stream.ts instead: the same stages, a batch of pages at a time, the graph written as graph.jsonl.
import { getHeapStatistics } from 'node:v8';
import type { Article, PageMeta, SourcePage } from './document/types.js';
import { KgError } from './errors.js';
import { archiveRereads } from './extract/archive.js';
import type { BuildCache } from './cache/index.js';
import { EXTRACT_BATCH_CHARS, extractArticles, loadExtractResources, type Engine } from './extract/index.js';
import type { Mention } from './extract/mention.js';
import { analyse } from './analytics/index.js';
import { toGraph } from './graph/index.js';
import type { PreviousLines } from './graph/reuse.js';
import { ingest } from './ingest/index.js';
import { PageBoxes } from './layout/provenance.js';
import { DEFAULT_MIN_CONFIDENCE, resolve, type Resolved } from './resolve/index.js';
import { segmentPage } from './segment/index.js';
import { joinContinuations } from './layout/continuations.js';
import { defaultWorkers, ExtractPool, extractionThreads, pageGroups, type ParallelTuning } from './workers/index.js';
import type { WorkerSetup } from './workers/messages.js';
import { homeCityOfPaper } from './lexicons/index.js';
import { readPackageVersion } from './cli/version.js';
import { homeCityFromEnv, homeCityProblem } from './config/defaults.js';
import type { Gazetteer } from './gazetteer/index.js';
import type { Graph } from '../schema/model.js';

export type Stage = 'ingest' | 'segment' | 'extract' | 'resolve' | 'graph' | 'analytics';
export const STAGES: readonly Stage[] = ['ingest', 'segment', 'extract', 'resolve', 'graph', 'analytics'];

export interface BuildOptions {
  inputs: readonly string[];
  /** Page metadata for pages without a sidecar. */
  defaults?: PageMeta;
  maxLineLength?: number;
  /** Who proposes names: the statistical tagger and the rules together (hybrid, the default), or either alone. */
  engine?: Engine;
  stdin?: NodeJS.ReadableStream;
  /** Called as stages start and as pages are done, for progress bars; the library itself prints nothing. */
  onProgress?: (event: { stage: Stage; done: number; total: number }) => void;
  /**
   * Threads that extract, the main thread included (default: one per core; 1 = in-process). Builds of fewer
   * than PARALLEL_MIN_CHARS characters extract in-process whatever this says.
   */
  workers?: number;
  parallel?: ParallelTuning;
  /**
   * The cache of earlier builds (src/cache/): pages whose text, metadata and reading are unchanged take their
   * articles and mentions from it instead of being segmented and extracted again; what is read is kept in it.
   */
  cache?: BuildCache;
}

export interface BuildResult {
  graph: Graph;
  pages: SourcePage[];
  articles: Article[];
  mentions: Map<string, Mention[]>;
  resolved: Resolved;
  /** Skipped files and other notes for the user. */
  notes: string[];
  /** Problems that did not stop the build (a truncated character, a file that could not be read). */
  warnings: string[];
  failures: KgError[];
  timings: Record<Stage, number>;
  /** Threads that extracted, the main thread included. */
  extractThreads: number;
  /** Pages whose articles were segmented and extracted in this build (the rest came from the cache). */
  pagesRead: number;
  /** Articles whose relations were replayed from the cache (resolve/memo.ts) instead of being read again. */
  relationsReplayed: number;
  /** Pages whose references (steps 1–2), and whose people (step 3), were taken from the cache (resolve/page-memo.ts), and pages worked out. */
  pagesReferenced: { references: number; people: number; computed: number };
  /** Lines of articles.jsonl the build before wrote, by article id, for articles read as it read them (writeBuildOutput takes them). */
  articleLines?: PreviousLines;
}

/**
 * One build holds its whole input in memory, at about this many bytes of heap for each byte of page text (the
 * text, its clean copy and offset maps, mentions, entities, the graph), on top of what the lexicons, gazetteer and
 * jieba take. Measured in bench/RESULTS.md; `kg build` streams larger inputs (pipeline-stream.ts).
 */
const HEAP_BYTES_PER_INPUT_BYTE = 100;
const RESOURCES_HEAP_BYTES = 1 << 30;
/**
 * Whatever the heap: the largest build measured. 50 MB of pages built (in 4.8 GB) and wrote a graph.json of 503 MB;
 * graph.json was then written as one string, which V8 caps at 512 Mi characters. It is written in pieces
 * now (graph/write.ts), so this cap is what was measured, no longer a hard limit; raise it with a measurement.
 */
const MAX_BUILD_BYTES = 50_000_000;

/** The most page text one build can read within this process's V8 heap (NODE_OPTIONS=--max-old-space-size raises it). */
export function inputBudgetBytes(heapLimit: number = getHeapStatistics().heap_size_limit): number {
  return Math.min(MAX_BUILD_BYTES, Math.max(1 << 20, Math.floor((heapLimit - RESOURCES_HEAP_BYTES) / HEAP_BYTES_PER_INPUT_BYTE)));
}

/**
 * The longest article read. Relating mentions within an article takes time that grows faster than its length (a
 * 50 MB line, one article, ran for hours); a newspaper article is a few thousand characters.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Articles are extracted a page at a time in groups of about this many characters, so progress can be told. */
const EXTRACT_PROGRESS_CHARS = 1_000_000;

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const timings = {} as Record<Stage, number>;
  const progress = options.onProgress ?? (() => {});
  // The home city holds only where something says so (see config/defaults.ts); a page without one has none.
  const homeCity = options.defaults?.homeCity ?? homeCityFromEnv();
  const defaults: PageMeta = { ...options.defaults, ...(homeCity ? { homeCity } : {}) };

  let t = performance.now();
  progress({ stage: 'ingest', done: 0, total: options.inputs.length });
  const ingested = await ingest(options.inputs, {
    defaults,
    maxTotalBytes: inputBudgetBytes(),
    ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  timings.ingest = performance.now() - t;
  if (ingested.pages.length === 0) {
    if (ingested.failures.length === 1) throw ingested.failures[0]!;
    if (ingested.failures.length > 1) {
      throw new KgError('NO_TEXT_INPUT', `no page could be read:\n  ${ingested.failures.map((f) => f.message).join('\n  ')}`, { hint: ingested.failures[0]!.hint });
    }
    throw new KgError('NO_TEXT_INPUT', 'the input holds no page text', { subject: options.inputs.join(', ') });
  }

  const pages = oncePerPage(ingested.pages, ingested.notes);
  const cache = options.cache;
  const engine = options.engine ?? 'hybrid';

  // Extraction threads start before segmentation, with the home areas the pages' metadata give (segmentation may
  // find others, from a paper's print line): they load their resources and read the first pages while the main
  // thread segments the rest. Their work is kept only when segmentation finds the same home areas.
  const expectedAreas = expectedHomeAreas(pages);
  const toExtract = (page: SourcePage): boolean => !cache?.holdsMentions(page, engine, expectedAreas);
  const threads = extractionThreads(options.workers ?? defaultWorkers(), pages.reduce((n, p) => n + (toExtract(p) ? p.end - p.start : 0), 0), options.parallel);
  const workerSetup = (homeAreas: readonly string[]): WorkerSetup => ({ homeAreas, ...(options.engine ? { engine: options.engine } : {}) });
  let pool = threads > 1 ? new ExtractPool(threads, workerSetup(expectedAreas), options.parallel) : undefined;

  t = performance.now();
  const articles: Article[] = [];
  let group: Article[] = [];
  let groupChars = 0;
  // A PDF's pages are held until its file's last page is segmented: a story continued on a later page of the file
  // （下转第2版 … 上接第1版） is read as one article (layout/continuations.ts). Its pages' mentions are not cached.
  let held: { pages: SourcePage[]; articles: Article[] } = { pages: [], articles: [] };
  const continuedPages = new Set<string>();
  const take = (article: Article, page: SourcePage, streamed: boolean): void => {
    if (article.text.length > MAX_ARTICLE_CHARS) {
      ingested.failures.push(articleTooLong(article, page));
      return;
    }
    articles.push(article);
    if (streamed) {
      group.push(article);
      groupChars += article.text.length;
    }
  };
  const release = (): void => {
    if (held.pages.length === 0) return;
    const byId = new Map(held.pages.map((p) => [p.id, p]));
    for (const article of held.pages.length > 1 ? joinContinuations(held.articles, held.pages) : held.articles) {
      const page = byId.get(article.pageId)!;
      if (article.parts) for (const part of article.parts) continuedPages.add(part.pageId);
      // A joined article is no page's own: never in the cache, always read.
      take(article, page, !!pool && (article.parts !== undefined || toExtract(page)));
    }
    held = { pages: [], articles: [] };
  };
  try {
    for (const [i, page] of pages.entries()) {
      if (held.pages.length > 0 && held.pages[0]!.source !== page.source) release();
      const read = cache ? cache.articles(page, segmentPage) : segmentPage(page);
      if (page.layout) {
        held.pages.push(page);
        held.articles.push(...read);
        if (i === pages.length - 1 || pages[i + 1]!.source !== page.source) release();
      } else for (const article of read) take(article, page, !!pool && toExtract(page));
      progress({ stage: 'segment', done: i + 1, total: pages.length });
      if (pool && (groupChars >= (options.parallel?.groupChars ?? EXTRACT_BATCH_CHARS) || i === pages.length - 1)) {
        pool.submit(group);
        group = [];
        groupChars = 0;
        // The workers' answers, and their asking for more, come in between pages.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } catch (e) {
    await pool?.close();
    throw e;
  }
  timings.segment = performance.now() - t;
  if (articles.length === 0) {
    await pool?.close();
    const why = ingested.failures.length ? `:\n  ${ingested.failures.map((f) => f.message).join('\n  ')}` : '';
    throw new KgError('NO_TEXT_INPUT', `no article could be found on the pages${why}`, { subject: options.inputs.join(', '), hint: ingested.failures[0]?.hint });
  }

  t = performance.now();
  progress({ stage: 'extract', done: 0, total: articles.length });
  const homeAreas = [...new Set(articles.flatMap((a) => a.homeCity ?? []))];
  // What the cache holds for these pages under today's resources; the rest is extracted.
  const cached = cache?.mentions(engine, homeAreas) ?? new Map<string, Mention[]>();
  const unread = articles.filter((a) => !cached.has(a.id));
  let fresh = new Map<string, Mention[]>();
  let res: ReturnType<typeof loadExtractResources>;
  try {
    if (pool && !sameAreas(homeAreas, expectedAreas)) {
      // The threads read with other home areas than the pages turned out to have: their work is dropped.
      await pool.close();
      pool = new ExtractPool(threads, workerSetup(homeAreas), options.parallel);
      for (const g of pageGroups(unread, options.parallel?.groupChars ?? EXTRACT_BATCH_CHARS)) pool.submit(g);
    }
    res = loadExtractResources(workerSetup(homeAreas));
    checkHomeCities(articles, homeCity, options.defaults?.homeCity === undefined, res.gazetteer);
    let extracted = articles.length - unread.length;
    progress({ stage: 'extract', done: extracted, total: articles.length });
    if (pool) {
      fresh = await pool.drain(res, (n) => progress({ stage: 'extract', done: (extracted += n), total: articles.length }));
    } else {
      for (const group of pageGroups(unread, EXTRACT_PROGRESS_CHARS)) {
        for (const [id, found] of extractArticles(group, res)) fresh.set(id, found);
        progress({ stage: 'extract', done: (extracted += group.length), total: articles.length });
      }
    }
  } finally {
    await pool?.close();
  }
  // The pages of a continued story are not cached: their own articles were not all read (the joined one is no page's).
  const onContinued = new Set(articles.filter((a) => continuedPages.has(a.pageId)).map((a) => a.id));
  const cacheable = (found: Map<string, Mention[]>): Map<string, Mention[]> => (onContinued.size ? new Map([...found].filter(([id]) => !onContinued.has(id))) : found);
  cache?.keepMentions(cacheable(fresh));
  const mentions = new Map(articles.map((a) => [a.id, cached.get(a.id) ?? fresh.get(a.id)!]));
  // A firm's short name printed alone is the firm another page printed it beside, when the whole build knows one
  // firm it can stand for (extract/archive.ts): those pages are read again with the archive's short names.
  const again = archiveRereads(articles, mentions);
  const reread = cache?.archiveMentions(again.articles, again.known) ?? new Map<string, Mention[]>();
  const rereadNow = extractArticles(again.articles.filter((a) => !reread.has(a.id)), res, again.known);
  cache?.keepArchiveMentions(cacheable(rereadNow), again.known);
  for (const [id, found] of [...reread, ...rereadNow]) mentions.set(id, found);
  await cache?.save();
  timings.extract = performance.now() - t;

  t = performance.now();
  // Each article's relations are replayed from the cache when every fact they read is as it was (resolve/memo.ts).
  const memo = cache?.relationMemo(DEFAULT_MIN_CONFIDENCE);
  // Each page's references and people are taken from the cache when its inputs are as they were (resolve/page-memo.ts).
  const pageMemo = cache?.pageMemo();
  const resolved = resolve(articles, mentions, res.gazetteer, homeCity ? { homeCity } : {}, memo, pageMemo);
  progress({ stage: 'resolve', done: 1, total: 1 });
  timings.resolve = performance.now() - t;

  t = performance.now();
  // The rows of the build before that are made the same again are taken from its graph.json (graph/reuse.ts).
  const previous = memo ? cache!.previousGraph() : undefined;
  const reuse = previous && memo ? { ...previous, relation: memo.asBefore(resolved.relations) } : undefined;
  const built = toGraph(articles, resolved, { version: readPackageVersion(), sources: [...new Set(pages.map((p) => p.source))] }, new PageBoxes(pages), reuse);
  // Kept only once the graph has passed its check (a graph that fails leaves the relation cache as it was); written
  // while the graph's figures are made.
  const memoSaved = memo ? Promise.all([cache!.saveRelations(memo), pageMemo && cache!.saveReferences(pageMemo)]) : undefined;
  progress({ stage: 'graph', done: 1, total: 1 });
  timings.graph = performance.now() - t;

  t = performance.now();
  const graph = analyse(built);
  progress({ stage: 'analytics', done: 1, total: 1 });
  timings.analytics = performance.now() - t;

  await memoSaved;
  const notes = [...ingested.notes, ...(cache?.notes ?? [])];
  const warnings = [...new Set(ingested.pages.flatMap((p) => p.warnings)), ...ingested.failures.map((f) => f.message)];
  const articleLines = memo ? cache!.previousArticleLines() : undefined;
  return { graph, pages, articles, mentions, resolved, notes, warnings, failures: ingested.failures, timings, extractThreads: threads, pagesRead: new Set(unread.map((a) => a.pageId)).size, relationsReplayed: memo?.counts.replayed ?? 0, pagesReferenced: { ...(pageMemo?.counts ?? { references: 0, people: 0, computed: 0 }) }, ...(articleLines ? { articleLines } : {}) };
}

/**
 * Every home city must be a place the gazetteer knows: an unknown one would make 我市, 全市 and 市区 places of
 * their own. The default comes from KG_HOME_CITY unless the caller gave one; any other is a page's metadata.
 */
export function checkHomeCities(articles: ReadonlyArray<Pick<Article, 'homeCity' | 'source'>>, homeCity: string | undefined, fromEnv: boolean, gazetteer: Gazetteer): void {
  for (const area of new Set(articles.flatMap((a) => a.homeCity ?? []))) {
    const problem = homeCityProblem(area, gazetteer);
    if (!problem) continue;
    const hint = 'Name the county or city the paper serves; 我市, 本市 and 市区 are read as that place.';
    if (area === homeCity && fromEnv) throw new KgError('CONFIG_INVALID', problem, { subject: 'KG_HOME_CITY', hint });
    const sources = [...new Set(articles.filter((a) => a.homeCity === area).map((a) => a.source))];
    throw new KgError('INPUT_INVALID', `the home city ${problem}`, { subject: sources.slice(0, 3).join(', ') + (sources.length > 3 ? ' …' : ''), hint: `${hint} It comes from the pages' metadata (homeCity) or the caller's default.` });
  }
}

/**
 * The home areas segmentation will give the pages' articles, as far as their metadata tells (segment/index.ts's
 * articleMeta: the page's home city, else the one of the paper it names); a paper named only in a byline's print
 * line can add another.
 */
function expectedHomeAreas(pages: readonly SourcePage[]): string[] {
  return [...new Set(pages.flatMap((p) => p.meta.homeCity ?? homeCityOfPaper(p.ownMeta?.newspaper ?? p.meta.newspaper) ?? []))];
}

const sameAreas = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export function articleTooLong(article: Article, page: SourcePage): KgError {
  const line = lineOf(page.text, article.sourceSpan.start);
  return new KgError('INPUT_INVALID', `the article at line ${line} has ${article.text.length.toLocaleString('en')} characters; articles of up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} are read, since relating the mentions of one takes time that grows faster than its length`, {
    subject: page.source === '-' ? '<stdin>' : page.source,
    hint: 'this does not look like a newspaper article; split the text into articles (a headline line before each)',
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A page as notes name it: its file (or stdin) and its number in the file. */
export const pageWhere = (p: SourcePage): string => `${p.source === '-' ? '<stdin>' : p.source} (page ${p.index + 1})`;

/**
 * The same page twice (a file copied into two folders, a page repeated in a file) is read once, with a note:
 * page ids are hashes of the text, so its articles would otherwise be two nodes with one id.
 */
function oncePerPage(pages: readonly SourcePage[], notes: string[]): SourcePage[] {
  const first = new Map<string, SourcePage>();
  return pages.filter((p) => {
    const earlier = first.get(p.id);
    if (earlier) notes.push(`${pageWhere(p)} is the same page as ${pageWhere(earlier)}; read once`);
    else first.set(p.id, p);
    return !earlier;
  });
}
