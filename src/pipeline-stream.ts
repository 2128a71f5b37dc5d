// The streamed build: the pipeline of pipeline.ts over an archive too large to hold, in memory that does not grow
// with its text. The same stages run on the same pages in the same order, so the graph is the one buildGraph would
// make (as a set of nodes and relationships, property for property); it is written as graph.jsonl. Passes:
//   S  ingest a batch of files → pages (the same page twice read once) → segment; each page's articles go to the
//      page store (the build cache's, or a temporary one in the output directory with --no-cache); text dropped;
//   E  extract the pages not extracted under today's resources, a batch at a time (in the worker pool as today);
//      the archive's short names gathered (extract/archive.ts's ArchiveNames);
//   A  pages printing an archive short name where no mention stands read again with them (as buildGraph does);
//      resolution pass 1 (resolve/by-page.ts); then passes 2, 3 and 4, a page at a time from the store: pass 4
//      writes the article nodes, articles.jsonl's lines and the relationships to the output's working files;
//   end  the places' hierarchy, the entities' nodes with their analytics (over the entity links spooled), and the
//      commit of graph.jsonl and articles.jsonl (graph/stream-write.ts).
// What stays in memory between pages: the entity table (no mention objects), the cross-page tables of resolution,
// the archive's short names, each page's id and keys, and each node's id and label while graph.jsonl is checked.
// PDF pages keep their layouts (where each character was printed) for the whole build: a PDF archive's memory
// grows with its pages.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, PageMeta, SourcePage } from './document/types.js';
import { KgError } from './errors.js';
import { ArchiveNames, printsUnread } from './extract/archive.js';
import { EXTRACT_BATCH_CHARS, extractArticles, loadExtractResources, type ExtractResources } from './extract/index.js';
import type { Mention } from './extract/mention.js';
import { nodeFigures } from './analytics/index.js';
import { openPageStore, openPageStoreAt, type CachedPage, type PageStore } from './cache/index.js';
import { archiveKey, extractKey, resourcesKey, segmentKey } from './cache/keys.js';
import { productVersion } from './cache/version.js';
import { articleNode, entityNode, toRelationship } from './graph/index.js';
import { GraphStreamWriter, type StreamedGraphCounts } from './graph/stream-write.js';
import { ingest } from './ingest/index.js';
import { listSources, STDIN } from './ingest/sources.js';
import { PageBoxes } from './layout/provenance.js';
import { ResolutionByPage } from './resolve/by-page.js';
import { segmentPage } from './segment/index.js';
import { defaultWorkers, ExtractPool, extractionThreads, pageGroups } from './workers/index.js';
import { readPackageVersion } from './cli/version.js';
import { homeCityFromEnv } from './config/defaults.js';
import { articleTooLong, checkHomeCities, inputBudgetBytes, MAX_ARTICLE_CHARS, pageWhere, type BuildOptions, type Stage } from './pipeline.js';

/**
 * Above this many bytes of input files `kg build` streams (src/cli/commands/build.ts). The in-memory build takes
 * about 250 MB plus 125 MB per million characters of pages (bench/RESULTS.md: the year, 6.08 M characters in
 * 16.5 MB of files, at 1.0 GB); 20 MB of files, about 7.4 M characters, is where it would pass 1.2 GB.
 */
export const STREAM_ABOVE_BYTES = 20_000_000;

/** Files ingested together, about this many bytes of them. */
const FILE_BATCH_BYTES = 4_000_000;
/** Pages extracted together (handed to the threads, then their mentions kept), about this many characters. */
const EXTRACT_PASS_CHARS = 10 * EXTRACT_BATCH_CHARS;

export interface StreamBuildOptions extends Omit<BuildOptions, 'cache'> {
  /** The output directory: graph.jsonl and articles.jsonl are written there. */
  out: string;
  /** Keep each page's reading in the build cache (OUT/.kg-cache) and take unchanged pages from it (default true). */
  cache?: boolean;
}

export interface StreamBuildResult {
  files: { graph: string; articles: string };
  counts: StreamedGraphCounts;
  /** Pages read (once each), and those segmented and extracted in this build (the rest came from the cache). */
  pages: number;
  pagesRead: number;
  articles: number;
  /** Each page's metadata, in page order (for the notes on flags the pages overrode). */
  pageMetas: PageMeta[];
  notes: string[];
  warnings: string[];
  failures: KgError[];
  timings: Partial<Record<Stage, number>>;
  extractThreads: number;
}

/** What the build keeps of a page between passes. */
interface PageRef {
  id: string;
  chars: number;
  segmentKey: string;
  /** The key its cached first reading was made under, if any. */
  extractionKey?: string;
}

/** Bytes of the files `inputs` name (stdin counts nothing): what decides whether `kg build` streams. */
export async function inputBytes(inputs: readonly string[]): Promise<number> {
  const { files } = await listSources(inputs);
  let total = 0;
  for (const f of files) if (f !== STDIN) total += statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

export async function buildStreamed(options: StreamBuildOptions): Promise<StreamBuildResult> {
  const timings: Partial<Record<Stage, number>> = {};
  const progress = options.onProgress ?? (() => {});
  const homeCity = options.defaults?.homeCity ?? homeCityFromEnv();
  const defaults: PageMeta = { ...options.defaults, ...(homeCity ? { homeCity } : {}) };
  const engine = options.engine ?? 'hybrid';
  const writer = await GraphStreamWriter.open(options.out);
  const store = options.cache === false ? openPageStoreAt(join(writer.work, 'pages')) : openPageStore(options.out);
  const version = productVersion();
  const put = async (entries: ReadonlyMap<string, CachedPage>): Promise<void> => {
    if (!(await store.put(entries))) throw new KgError('EXPORT_FAILED', `cannot keep the pages read (${store.notes.at(-1)})`, { subject: options.out, hint: 'a streamed build keeps every page it reads under the output directory until it ends: check that it is writable and has room' });
  };
  const read = (id: string): CachedPage => {
    const entry = store.read(id);
    if (!entry) throw new KgError('STAGE_FAILED', `page ${id} kept by this build could not be read back (${store.notes.at(-1) ?? 'missing'})`, { subject: options.out });
    return entry;
  };
  let pool: ExtractPool | undefined;
  try {
    // S: ingest and segment, a batch of files at a time.
    let t = performance.now();
    const { files, notes, failures } = await listSources(options.inputs);
    const pages: PageRef[] = [];
    const pageMetas: PageMeta[] = [];
    const warnings = new Set<string>();
    const sources = new Set<string>();
    const seen = new Map<string, string>();
    const pdfPages: SourcePage[] = [];
    const homeSources: Array<{ homeCity?: string; source: string }> = [];
    const homeSeen = new Set<string>();
    const homeAreas = new Set<string>();
    let articleCount = 0;
    let filesDone = 0;
    let ingestedPages = 0;
    for (const batch of fileBatches(files)) {
      // A file is read whole, so one larger than an in-memory build could hold is refused as that build refuses it.
      const ingested = await ingest(batch, { defaults, maxTotalBytes: inputBudgetBytes(), ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}), ...(options.stdin ? { stdin: options.stdin } : {}) });
      notes.push(...ingested.notes);
      failures.push(...ingested.failures);
      const written = new Map<string, CachedPage>();
      for (const page of ingested.pages) {
        ingestedPages++;
        for (const w of page.warnings) warnings.add(w);
        const earlier = seen.get(page.id);
        if (earlier) {
          notes.push(`${pageWhere(page)} is the same page as ${earlier}; read once`);
          continue;
        }
        seen.set(page.id, pageWhere(page));
        sources.add(page.source);
        pageMetas.push(page.meta);
        if (page.layout) pdfPages.push(page);
        const key = segmentKey(page, version);
        const cached = store.read(page.id);
        let entry = cached?.segmentKey === key ? cached : undefined;
        if (!entry) written.set(page.id, (entry = { segmentKey: key, articles: segmentPage(page) }));
        let chars = 0;
        for (const a of entry.articles) {
          if (a.text.length > MAX_ARTICLE_CHARS) {
            failures.push(articleTooLong(a, page));
            continue;
          }
          articleCount++;
          chars += a.text.length;
          if (a.homeCity) homeAreas.add(a.homeCity);
          const home = `${a.homeCity ?? ''}\u0000${a.source}`;
          if (!homeSeen.has(home)) {
            homeSeen.add(home);
            homeSources.push({ ...(a.homeCity ? { homeCity: a.homeCity } : {}), source: a.source });
          }
        }
        pages.push({ id: page.id, chars, segmentKey: key, ...(entry.extraction ? { extractionKey: entry.extraction.key } : {}) });
      }
      await put(written);
      progress({ stage: 'segment', done: (filesDone += batch.length), total: files.length });
    }
    timings.segment = performance.now() - t;
    if (ingestedPages === 0) {
      if (failures.length === 1) throw failures[0]!;
      if (failures.length > 1) throw new KgError('NO_TEXT_INPUT', `no page could be read:\n  ${failures.map((f) => f.message).join('\n  ')}`, { hint: failures[0]!.hint });
      throw new KgError('NO_TEXT_INPUT', 'the input holds no page text', { subject: options.inputs.join(', ') });
    }
    if (articleCount === 0) {
      const why = failures.length ? `:\n  ${failures.map((f) => f.message).join('\n  ')}` : '';
      throw new KgError('NO_TEXT_INPUT', `no article could be found on the pages${why}`, { subject: options.inputs.join(', '), hint: failures[0]?.hint });
    }
    const boxes = new PageBoxes(pdfPages);

    // E: extract what the store does not hold under today's resources; gather the archive's short names.
    t = performance.now();
    const areas = [...homeAreas];
    const setup = { homeAreas: areas, ...(options.engine ? { engine: options.engine } : {}) };
    const resources = resourcesKey(engine, areas);
    const toRead = pages.filter((p) => p.extractionKey !== extractKey(p.segmentKey, resources));
    const threads = extractionThreads(options.workers ?? defaultWorkers(), toRead.reduce((n, p) => n + p.chars, 0), options.parallel);
    pool = threads > 1 ? new ExtractPool(threads, setup, options.parallel) : undefined;
    const res = loadExtractResources(setup);
    checkHomeCities(homeSources, homeCity, options.defaults?.homeCity === undefined, res.gazetteer);
    const names = new ArchiveNames();
    let extracted = 0;
    progress({ stage: 'extract', done: 0, total: articleCount });
    for (const batch of pageBatches(pages)) {
      const entries = new Map(batch.map((p) => [p.id, read(p.id)]));
      const unread = batch.filter((p) => p.extractionKey !== extractKey(p.segmentKey, resources)).flatMap((p) => readable(entries.get(p.id)!.articles));
      extracted += batch.reduce((n, p) => n + readable(entries.get(p.id)!.articles).length, 0) - unread.length;
      const found = await extract(unread, res, pool, options, (n) => progress({ stage: 'extract', done: (extracted += n), total: articleCount }));
      const written = new Map<string, CachedPage>();
      for (const p of batch) {
        const entry = entries.get(p.id)!;
        if (p.extractionKey !== extractKey(p.segmentKey, resources)) {
          entry.extraction = { key: extractKey(p.segmentKey, resources), mentions: entry.articles.map((a) => found.get(a.id) ?? []) };
          delete entry.archive;
          written.set(p.id, entry);
        }
        for (const list of entry.extraction!.mentions) names.add(list);
      }
      await put(written);
    }
    await pool?.close();
    pool = undefined;
    timings.extract = performance.now() - t;

    // A: the archive's short names read where printed; resolution, pass 1.
    t = performance.now();
    const known = names.known();
    const reread = new Set<string>();
    const resolution = new ResolutionByPage(res.gazetteer, homeCity ? { homeCity } : {});
    const total = 4 * pages.length;
    let done = 0;
    for (const p of pages) {
      const entry = read(p.id);
      const articles = readable(entry.articles);
      const first = mentionsOf(entry, false);
      if (known.size && articles.some((a) => printsUnread(a, first.get(a.id) ?? [], known))) {
        reread.add(p.id);
        const key = archiveKey(entry.extraction!.key, entry.articles.map((a) => a.text), known);
        if (entry.archive?.key !== key) {
          const found = extractArticles(articles, res, known);
          entry.archive = { key, mentions: entry.articles.map((a) => found.get(a.id) ?? []) };
          await put(new Map([[p.id, entry]]));
        }
      }
      resolution.notePage(articles, mentionsOf(entry, reread.has(p.id)));
      progress({ stage: 'resolve', done: ++done, total });
    }
    resolution.settleFirms();
    // Passes 2 and 3: people, then the entity table.
    for (const p of pages) {
      const entry = read(p.id);
      resolution.notePeople(readable(entry.articles), mentionsOf(entry, reread.has(p.id)));
      progress({ stage: 'resolve', done: ++done, total });
    }
    for (const p of pages) {
      const entry = read(p.id);
      resolution.registerPage(readable(entry.articles), mentionsOf(entry, reread.has(p.id)));
      progress({ stage: 'resolve', done: ++done, total });
    }
    timings.resolve = performance.now() - t;
    // Pass 4: relations, and the pages' rows written.
    t = performance.now();
    for (const p of pages) {
      const entry = read(p.id);
      const articles = readable(entry.articles);
      const mentions = mentionsOf(entry, reread.has(p.id));
      const relations = resolution.relatePage(articles, mentions);
      writer.addArticles(articles, mentions, articles.map((a) => articleNode(a, boxes)));
      writer.addRelationships(relations.map((r) => toRelationship(r, boxes)));
      progress({ stage: 'resolve', done: ++done, total });
    }
    writer.addRelationships(resolution.finish().map((r) => toRelationship(r, boxes)));
    if (options.cache !== false) store.retain(new Set(pages.map((p) => p.id)));
    timings.graph = performance.now() - t;

    // The entities, their figures over the links between them, and the commit.
    t = performance.now();
    const keeps = (r: { type: string; start: string; end: string }): boolean => resolution.keeps(r as Parameters<ResolutionByPage['keeps']>[0]);
    const entities = resolution.entities;
    const links = await writer.entityLinks(keeps);
    const figures = nodeFigures({ nodes: (function* () {
      for (const e of entities.values()) yield { id: e.key, labels: [e.label] };
    })(), relationships: links });
    links.length = 0;
    timings.analytics = performance.now() - t;
    const entityNodes = function* () {
      for (const e of entities.values()) {
        const n = entityNode(e);
        const f = figures.get(n.id);
        yield f ? { ...n, properties: { ...n.properties, ...f } } : n;
      }
    };
    const meta = { generator: 'kg-local-news', version: readPackageVersion(), sources: [...sources], articles: articleCount };
    const { files: written, counts } = await writer.commit(meta, entityNodes(), keeps);
    return {
      files: written,
      counts,
      pages: pages.length,
      pagesRead: toRead.length,
      articles: articleCount,
      pageMetas,
      notes: [...notes, ...store.notes],
      warnings: [...warnings, ...failures.map((f) => f.message)],
      failures,
      timings,
      extractThreads: threads,
    };
  } finally {
    await pool?.close();
    writer.discard();
  }
}

/** A page's articles that are read: those not too long (pipeline.ts's MAX_ARTICLE_CHARS; the build told which). */
const readable = (articles: readonly Article[]): Article[] => articles.filter((a) => a.text.length <= MAX_ARTICLE_CHARS);

/** A page's mentions as resolution takes them: the second reading with the archive's short names, when it was read again. */
function mentionsOf(entry: CachedPage, reread: boolean): Map<string, Mention[]> {
  const lists = (reread ? entry.archive : entry.extraction)!.mentions;
  return new Map(entry.articles.map((a, i) => [a.id, lists[i]!]));
}

/** Mentions of `articles`, in the pool's threads when there is one, else in this one, a group at a time. */
async function extract(articles: readonly Article[], res: ExtractResources, pool: ExtractPool | undefined, options: StreamBuildOptions, onGroup: (n: number) => void): Promise<Map<string, Mention[]>> {
  if (articles.length === 0) return new Map();
  if (pool) {
    for (const g of pageGroups(articles, options.parallel?.groupChars ?? EXTRACT_BATCH_CHARS)) pool.submit(g);
    return pool.drain(res, onGroup);
  }
  const found = new Map<string, Mention[]>();
  for (const group of pageGroups(articles, EXTRACT_BATCH_CHARS)) {
    for (const [id, list] of extractArticles(group, res)) found.set(id, list);
    onGroup(group.length);
  }
  return found;
}

/** Files in consecutive batches of about FILE_BATCH_BYTES (a larger file alone). */
function* fileBatches(files: readonly string[]): Generator<string[]> {
  let batch: string[] = [];
  let bytes = 0;
  for (const f of files) {
    batch.push(f);
    bytes += f === STDIN ? 0 : (statSync(f, { throwIfNoEntry: false })?.size ?? 0);
    if (bytes >= FILE_BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

/** Pages in consecutive batches of about EXTRACT_PASS_CHARS characters. */
function* pageBatches(pages: readonly PageRef[]): Generator<PageRef[]> {
  let batch: PageRef[] = [];
  let chars = 0;
  for (const p of pages) {
    batch.push(p);
    chars += p.chars;
    if (chars >= EXTRACT_PASS_CHARS) {
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) yield batch;
}

