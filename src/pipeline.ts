// The pipeline, stage by stage, in the order that matters:
//   ingest (read, decode, split pages) → segment (page → articles) → extract (mentions) →
//   resolve (entities, relations) → graph (graph.json, checked against the schema).
// Only ingest touches the outside world; every other stage is a function of its input. Loading into Neo4j
// and exporting are separate steps over the graph this returns.
import type { Article, PageMeta, SourcePage } from './document/types.js';
import { KgError } from './errors.js';
import { extractArticles, loadExtractResources, type Engine } from './extract/index.js';
import type { Mention } from './extract/mention.js';
import { toGraph } from './graph/index.js';
import { ingest } from './ingest/index.js';
import { resolve, type Resolved } from './resolve/index.js';
import { segmentPage } from './segment/index.js';
import { readPackageVersion } from './cli/version.js';
import { homeCityFromEnv } from './config/defaults.js';
import type { Graph } from '../schema/model.js';

export type Stage = 'ingest' | 'segment' | 'extract' | 'resolve' | 'graph';
export const STAGES: readonly Stage[] = ['ingest', 'segment', 'extract', 'resolve', 'graph'];

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
}

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const timings = {} as Record<Stage, number>;
  const progress = options.onProgress ?? (() => {});
  const homeCity = options.defaults?.homeCity ?? homeCityFromEnv();
  const defaults: PageMeta = { ...options.defaults, homeCity };

  let t = performance.now();
  progress({ stage: 'ingest', done: 0, total: options.inputs.length });
  const ingested = await ingest(options.inputs, { defaults, ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}), ...(options.stdin ? { stdin: options.stdin } : {}) });
  timings.ingest = performance.now() - t;
  if (ingested.pages.length === 0) {
    if (ingested.failures.length === 1) throw ingested.failures[0]!;
    if (ingested.failures.length > 1) {
      throw new KgError('NO_TEXT_INPUT', `no page could be read:\n  ${ingested.failures.map((f) => f.message).join('\n  ')}`, { hint: ingested.failures[0]!.hint });
    }
    throw new KgError('NO_TEXT_INPUT', 'the input holds no page text', { subject: options.inputs.join(', ') });
  }

  t = performance.now();
  const articles: Article[] = [];
  ingested.pages.forEach((page, i) => {
    articles.push(...segmentPage(page));
    progress({ stage: 'segment', done: i + 1, total: ingested.pages.length });
  });
  timings.segment = performance.now() - t;
  if (articles.length === 0) throw new KgError('NO_TEXT_INPUT', 'no article could be found on the pages', { subject: options.inputs.join(', ') });

  t = performance.now();
  progress({ stage: 'extract', done: 0, total: articles.length });
  const homeAreas = [...new Set(articles.map((a) => a.homeCity ?? homeCity))];
  const res = loadExtractResources({ homeAreas, ...(options.engine ? { engine: options.engine } : {}) });
  const mentions = extractArticles(articles, res);
  progress({ stage: 'extract', done: articles.length, total: articles.length });
  timings.extract = performance.now() - t;

  t = performance.now();
  const resolved = resolve(articles, mentions, res.gazetteer, { homeCity });
  progress({ stage: 'resolve', done: 1, total: 1 });
  timings.resolve = performance.now() - t;

  t = performance.now();
  const graph = toGraph(articles, resolved, { version: readPackageVersion(), sources: [...new Set(ingested.pages.map((p) => p.source))] });
  progress({ stage: 'graph', done: 1, total: 1 });
  timings.graph = performance.now() - t;

  const warnings = [...new Set(ingested.pages.flatMap((p) => p.warnings)), ...ingested.failures.map((f) => f.message)];
  return { graph, pages: ingested.pages, articles, mentions, resolved, notes: ingested.notes, warnings, failures: ingested.failures, timings };
}
