// `kg build`: newspaper pages and articles → out/graph.json and out/articles.jsonl. No database needed.
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { Engine } from '../../extract/index.js';
import { INPUT_KINDS, type InputKind, type PageMeta } from '../../document/types.js';
import { writeBuildOutput } from '../../graph/write.js';
import { buildGraph, type BuildResult, type Stage } from '../../pipeline.js';
import { buildStreamed, inputBytes, STREAM_ABOVE_BYTES, type StreamBuildResult } from '../../pipeline-stream.js';
import { BuildCache, CACHE_DIR, openPageStore } from '../../cache/index.js';
import { DEFAULT_OUT_DIR } from '../../config/defaults.js';
import { PARALLEL_MIN_CHARS } from '../../workers/index.js';
import { engineOption, isoDate, knownHomeCity, positiveInteger } from '../flag-values.js';
import { Output, outputFlags } from '../output.js';
import type { Graph } from '../../../schema/model.js';

export interface BuildFlags {
  out: string;
  homeCity?: string;
  newspaper?: string;
  date?: string;
  page?: string;
  inputKind?: InputKind;
  maxLineLength?: number;
  workers?: number;
  engine?: Engine;
  /** false with --no-cache. */
  cache?: boolean;
  /** true with --stream (graph.jsonl whatever the input's size), false with --no-stream (in memory, graph.json). */
  stream?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  outputFlags(buildOptions(program.command('build').description('read newspaper pages or articles and write their knowledge graph (graph.json, or graph.jsonl for a large archive) and clean articles (articles.jsonl)')))
    .argument('[inputs...]', 'page or article text files, newspaper PDFs, articles as JSONL, directories of them, or - for stdin', ['seeds'])
    .action(async (inputs: string[], flags: BuildFlags) => {
      const out = new Output(flags);
      const built = await buildAndWrite(inputs, flags, out);
      out.result(built.text, { files: built.files, ...built.data });
    });
}

/**
 * The build `kg build` and `kg run` make: in memory (graph.json, the graph returned), or in a stream (graph.jsonl,
 * no graph returned) with --stream or when the input files hold more than STREAM_ABOVE_BYTES (said on stderr).
 */
export async function buildAndWrite(inputs: string[], flags: BuildFlags, out: Output): Promise<{ text: string; data: ReturnType<typeof summaryData>; files: { graph: string; articles: string }; graph?: Graph }> {
  if (flags.stream || (flags.stream === undefined && !inputs.includes('-') && (await inputBytes(inputs)) > STREAM_ABOVE_BYTES)) {
    if (!flags.stream) out.info(`kg: the input files hold more than ${STREAM_ABOVE_BYTES / 1e6} MB: building in a stream, in bounded memory, to graph.jsonl (--stream)`);
    const { result, data } = await runStreamedBuild(inputs, flags, out);
    return { text: summaryText(result.files, data), data, files: result.files };
  }
  const { result, files } = await runBuild(inputs, flags, out);
  const data = summaryData(result);
  return { text: summaryText(files, data), data, files, graph: result.graph };
}

/** Flags that give page metadata; a page's sidecar (and its running head, for date and page) wins over them. */
const META_FLAGS = { homeCity: '--home-city', newspaper: '--newspaper', date: '--date', page: '--page' } as const;

export function buildOptions(cmd: Command): Command {
  return cmd
    .option('-o, --out <dir>', 'output directory', DEFAULT_OUT_DIR)
    .option('--home-city <name>', 'the paper\'s home city, what 我市/本市 mean, for pages whose metadata does not say (default: KG_HOME_CITY, else none unless the page says)', knownHomeCity)
    .option('--newspaper <name>', 'newspaper name, for pages whose metadata does not say')
    .option('--date <YYYY-MM-DD>', 'page date, for pages whose metadata or running head does not say', isoDate)
    .option('--page <n>', 'page number, for pages whose metadata or running head does not say')
    .addOption(new Option('--input-kind <kind>', 'what a text file holds: a page of pieces, one article, or auto (told by its shape)').choices([...INPUT_KINDS]).default('auto'))
    .option('--max-line-length <n>', 'longest text line accepted, in characters (guards against non-page input)', positiveInteger)
    .option('--workers <n>', `threads that extract, this one included (default: one per core; 1 = in-process); builds under ${(PARALLEL_MIN_CHARS / 1e6).toLocaleString('en')}M characters extract in-process`, positiveInteger)
    .addOption(engineOption())
    .option('--no-cache', `read every page again, neither reading nor writing the build cache (OUT/${CACHE_DIR}, where pages already read are kept)`)
    .option('--stream', `build in bounded memory, a batch of pages at a time, and write graph.jsonl instead of graph.json (the default above ${STREAM_ABOVE_BYTES / 1e6} MB of input files)`)
    .option('--no-stream', 'build in memory and write graph.json whatever the input\'s size (refused above what one build can hold)');
}

async function runBuild(inputs: string[], flags: BuildFlags, out: Output): Promise<{ result: BuildResult; files: { graph: string; articles: string } }> {
  const defaults = pageDefaults(flags);
  const bars = progressBars(out, { segment: 'pages', extract: 'articles' });
  const cache = flags.cache === false ? undefined : new BuildCache(openPageStore(flags.out));
  const result = await buildGraph({
    inputs,
    defaults,
    ...(flags.maxLineLength ? { maxLineLength: flags.maxLineLength } : {}),
    ...(flags.workers ? { workers: flags.workers } : {}),
    ...(flags.engine ? { engine: flags.engine } : {}),
    ...(cache ? { cache } : {}),
    onProgress: bars.update,
  });
  bars.stop();
  tellBuild(out, flags, { ...result, pages: result.pages.length }, overriddenFlags(result.pages.map((p) => p.meta), defaults));
  const files = await writeBuildOutput(flags.out, result.graph, result.articles, result.mentions, result.articleLines, !!cache);
  // The next build into this directory may reuse this graph's rows and these lines (graph/reuse.ts).
  await cache?.keepOutputs(files);
  return { result, files };
}

/** `kg build --stream`: the build in bounded memory (pipeline-stream.ts), writing graph.jsonl. */
async function runStreamedBuild(inputs: string[], flags: BuildFlags, out: Output): Promise<{ result: StreamBuildResult; data: ReturnType<typeof summaryData> }> {
  const defaults = pageDefaults(flags);
  const bars = progressBars(out, { segment: 'files', extract: 'articles', resolve: 'pages ×4' }, { segment: 'files', extract: 'articles', resolve: 'pages' });
  const result = await buildStreamed({
    inputs,
    defaults,
    out: flags.out,
    cache: flags.cache !== false,
    ...(flags.maxLineLength ? { maxLineLength: flags.maxLineLength } : {}),
    ...(flags.workers ? { workers: flags.workers } : {}),
    ...(flags.engine ? { engine: flags.engine } : {}),
    onProgress: bars.update,
  });
  bars.stop();
  tellBuild(out, flags, result, overriddenFlags(result.pageMetas, defaults));
  const data = { pages: result.pages, pagesRead: result.pagesRead, articles: result.articles, nodes: result.counts.nodes, relationships: result.counts.relationships, warnings: result.warnings };
  return { result, data };
}

/** One progress bar per stage named in `labels`, the one before stopped when the next begins. */
function progressBars(out: Output, labels: Partial<Record<Stage, string>>, rates: Partial<Record<Stage, string>> = {}): { update: (e: { stage: Stage; done: number; total: number }) => void; stop: () => void } {
  const bars = new Map<string, ReturnType<Output['progress']>>();
  return {
    update: ({ stage, done, total }) => {
      const label = labels[stage];
      if (!label) return;
      let bar = bars.get(stage);
      if (!bar) {
        for (const earlier of bars.values()) earlier.stop();
        const unit = rates[stage];
        bars.set(stage, (bar = out.progress(label, unit ? { unit } : undefined)));
      }
      bar.update(done, total);
    },
    stop: () => {
      for (const bar of bars.values()) bar.stop();
    },
  };
}

/** What a build tells on stderr once it has read the pages: threads, the cache, notes and warnings. */
function tellBuild(out: Output, flags: BuildFlags, r: { extractThreads: number; pages: number; pagesRead: number; notes: readonly string[]; warnings: readonly string[] }, overridden: string[]): void {
  if (r.extractThreads > 1) out.info(`kg: extracted in ${r.extractThreads} threads`);
  const cachedPages = r.pages - r.pagesRead;
  if (cachedPages > 0 && flags.cache !== false) out.info(`kg: ${cachedPages} of ${r.pages} page(s) unchanged since the last build, taken from ${join(flags.out, CACHE_DIR)}; ${r.pagesRead} read`);
  for (const note of [...r.notes, ...overridden]) out.info(`kg: ${note}`);
  for (const w of r.warnings) out.warn(w);
}

function pageDefaults(flags: BuildFlags): PageMeta {
  const defaults: PageMeta = {};
  for (const key of Object.keys(META_FLAGS) as Array<keyof typeof META_FLAGS>) if (flags[key]) defaults[key] = flags[key];
  if (flags.inputKind && flags.inputKind !== 'auto') defaults.inputKind = flags.inputKind;
  return defaults;
}

/** Says which flags the pages' own metadata overrode, so a flag is never overridden without a word. */
function overriddenFlags(metas: readonly PageMeta[], given: PageMeta): string[] {
  const notes: string[] = [];
  for (const [key, flag] of Object.entries(META_FLAGS) as Array<[keyof typeof META_FLAGS, string]>) {
    if (given[key] === undefined) continue;
    const byValue = new Map<string, number>();
    for (const meta of metas) {
      const value = meta[key];
      if (value !== undefined && String(value) !== given[key]) byValue.set(String(value), (byValue.get(String(value)) ?? 0) + 1);
    }
    for (const [value, n] of byValue) notes.push(`${n} page(s) take ${key === 'homeCity' ? 'home city' : key} "${value}" from their metadata, not ${flag} "${given[key]}"`);
  }
  return notes;
}

function summaryData(r: BuildResult) {
  const labels: Record<string, number> = {};
  for (const n of r.graph.nodes) labels[n.labels[0]!] = (labels[n.labels[0]!] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const rel of r.graph.relationships) types[rel.type] = (types[rel.type] ?? 0) + 1;
  return { pages: r.pages.length, pagesRead: r.pagesRead, articles: r.articles.length, nodes: labels, relationships: types, warnings: r.warnings };
}

function summaryText(files: { graph: string; articles: string }, d: ReturnType<typeof summaryData>): string {
  const count = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `Read ${d.pages} page(s), ${d.articles} article(s).`,
    `Nodes: ${count(d.nodes)}.`,
    `Relationships: ${count(d.relationships)}.`,
    `Wrote ${files.graph} and ${files.articles}.`,
  ].join('\n');
}
