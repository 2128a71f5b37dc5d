// `kg build`: newspaper pages → out/graph.json and out/articles.jsonl. No database needed.
import { Command, Option } from 'commander';
import { ENGINES, type Engine } from '../../extract/index.js';
import type { PageMeta } from '../../document/types.js';
import { writeBuildOutput } from '../../graph/write.js';
import { buildGraph, type BuildResult } from '../../pipeline.js';
import { DEFAULT_OUT_DIR } from '../../config/defaults.js';
import { Output, outputFlags } from '../output.js';

export interface BuildFlags {
  out: string;
  homeCity?: string;
  newspaper?: string;
  date?: string;
  page?: string;
  maxLineLength?: string;
  engine?: Engine;
  quiet?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  outputFlags(buildOptions(program.command('build').description('read newspaper pages and write their knowledge graph (graph.json) and clean articles (articles.jsonl)')))
    .argument('[inputs...]', 'page text files, directories of them, or - for stdin', ['seeds'])
    .action(async (inputs: string[], flags: BuildFlags) => {
      const out = new Output(flags);
      const { result, files } = await runBuild(inputs, flags, out);
      out.result(buildSummary(result, files), { files, ...summaryData(result) });
    });
}

export function buildOptions(cmd: Command): Command {
  return cmd
    .option('-o, --out <dir>', 'output directory', DEFAULT_OUT_DIR)
    .option('--home-city <name>', 'the paper\'s home city, what 我市/本市 mean (default: KG_HOME_CITY or 平湖市)')
    .option('--newspaper <name>', 'newspaper name, for pages without a metadata sidecar')
    .option('--date <YYYY-MM-DD>', 'page date, for pages without a metadata sidecar')
    .option('--page <n>', 'page number, for pages without a metadata sidecar')
    .option('--max-line-length <n>', 'longest text line accepted (guards against non-page input)')
    .addOption(engineOption());
}

/** `--engine`: who proposes names (see README, "The statistical tagger and the rules"). */
export function engineOption(): Option {
  return new Option('--engine <name>', 'who proposes person, place and organisation names: the statistical tagger and the rules together, or either alone').choices(ENGINES).default('hybrid');
}

export async function runBuild(inputs: string[], flags: BuildFlags, out: Output): Promise<{ result: BuildResult; files: { graph: string; articles: string } }> {
  const defaults: PageMeta = {};
  if (flags.homeCity) defaults.homeCity = flags.homeCity;
  if (flags.newspaper) defaults.newspaper = flags.newspaper;
  if (flags.date) defaults.date = flags.date;
  if (flags.page) defaults.page = flags.page;
  const bars = new Map<string, ReturnType<Output['progress']>>();
  const result = await buildGraph({
    inputs,
    defaults,
    ...(flags.maxLineLength ? { maxLineLength: Number(flags.maxLineLength) } : {}),
    ...(flags.engine ? { engine: flags.engine } : {}),
    onProgress: ({ stage, done, total }) => {
      if (stage !== 'segment' && stage !== 'extract') return;
      let bar = bars.get(stage);
      if (!bar) bars.set(stage, (bar = out.progress(stage === 'segment' ? 'pages' : 'articles')));
      bar.update(done, total);
    },
  });
  for (const bar of bars.values()) bar.stop();
  for (const note of result.notes) out.info(`kg: ${note}`);
  for (const w of result.warnings) out.warn(w);
  const files = await writeBuildOutput(flags.out, result.graph, result.articles, result.mentions);
  return { result, files };
}

function summaryData(r: BuildResult) {
  const labels: Record<string, number> = {};
  for (const n of r.graph.nodes) labels[n.labels[0]!] = (labels[n.labels[0]!] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const rel of r.graph.relationships) types[rel.type] = (types[rel.type] ?? 0) + 1;
  return { pages: r.pages.length, articles: r.articles.length, nodes: labels, relationships: types, warnings: r.warnings };
}

export function buildSummary(r: BuildResult, files: { graph: string; articles: string }): string {
  const d = summaryData(r);
  const count = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `Read ${d.pages} page(s), ${d.articles} article(s).`,
    `Nodes: ${count(d.nodes)}.`,
    `Relationships: ${count(d.relationships)}.`,
    `Wrote ${files.graph} and ${files.articles}.`,
  ].join('\n');
}
