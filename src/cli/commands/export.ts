// `kg export --format F`: the graph from graph.json (no database needed) or from Neo4j (--from neo4j) in a format
// another tool reads, written atomically. `grass` and `browser-guide` write the Neo4j Browser style and the guide
// to the canned queries; they need no graph.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { DEFAULT_OUT_DIR } from '../../config/defaults.js';
import { KgError } from '../../errors.js';
import { toBrowserGuide } from '../../export/browser-guide.js';
import { readGraphFromStore } from '../../export/from-neo4j.js';
import { toGrass } from '../../export/grass.js';
import { EXPORTERS, EXPORT_FORMATS, exportGraph, type ExportArtifact, type ExportFormat } from '../../export/index.js';
import { fromJsonl } from '../../export/json.js';
import { readPageTexts } from '../../export/page-text.js';
import { writeArtifact, type Written } from '../../export/write-output.js';
import { loadQueries } from '../../queries/index.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import type { Graph } from '../../../schema/model.js';
import { Output, outputFlags } from '../output.js';
import { readPackageVersion } from '../version.js';
import { readGraph } from './load.js';

const BROWSER_FORMATS = { grass: 'browser/style.grass', 'browser-guide': 'browser/guide.html' } as const;
type BrowserFormat = keyof typeof BROWSER_FORMATS;
type Format = ExportFormat | BrowserFormat;

interface ExportFlags {
  format: Format;
  out?: string;
  graph: string;
  from: 'graph' | 'neo4j';
  sources: string;
  arrayDelimiter: string;
  quiet?: boolean;
  json?: boolean;
}

const DEFAULT_GRAPH = join(DEFAULT_OUT_DIR, 'graph.json');

export function register(program: Command): void {
  const formats = [
    ...EXPORT_FORMATS.map((f) => `  ${f.padEnd(14)} ${EXPORTERS[f].description} → ${defaultOut(f)}`),
    `  ${'grass'.padEnd(14)} the Neo4j Browser style: colours per label, captions by name → ${BROWSER_FORMATS.grass}`,
    `  ${'browser-guide'.padEnd(14)} a Neo4j Browser guide to the canned queries in cypher/ → ${BROWSER_FORMATS['browser-guide']}`,
  ].join('\n');
  outputFlags(
    program
      .command('export')
      .description('write the graph for other tools: JSON, JSONL, GraphML, GEXF, neo4j-admin CSV, a Cypher script or an offline HTML view')
      .addOption(new Option('-f, --format <format>', 'what to write (see below)').choices([...EXPORT_FORMATS, ...Object.keys(BROWSER_FORMATS)]).makeOptionMandatory())
      .option('-o, --out <path>', 'where to write: a file, a directory for csv, or - for stdout')
      .option('-g, --graph <file>', 'the graph to export: graph.json, or a .jsonl export', DEFAULT_GRAPH)
      .addOption(new Option('--from <source>', 'read the graph from graph.json or from the configured Neo4j').choices(['graph', 'neo4j']).default('graph'))
      .option('--sources <dir>', 'where the page files named in the graph are (html: page text around mentions)', '.')
      .option('--array-delimiter <char>', 'csv: list separator inside a field (pass the same to neo4j-admin)', ';')
      .addHelpText('after', `\nFormats:\n${formats}\n\nExamples:\n  kg export --format gexf                      # out/export/graph.gexf, for Gephi\n  kg export --format html --out graph.html     # open graph.html in a browser, offline\n  kg export --format csv --from neo4j          # the database as neo4j-admin import files\n  kg export --format jsonl --out - | jq .      # one record per line to stdout`),
  ).action(async (flags: ExportFlags, cmd: Command) => {
    const out = new Output(flags);
    if (flags.from === 'neo4j' && cmd.getOptionValueSource('graph') === 'cli') {
      throw new KgError('USAGE', '--graph and --from neo4j name two different sources', { hint: 'use one of them' });
    }
    const started = performance.now();
    const target = flags.out ?? defaultOut(flags.format);
    let written: Written;
    let counts: { nodes: number; relationships: number } | undefined;
    if (isBrowserFormat(flags.format)) {
      const artifact = browserArtifact(flags.format);
      written = target === '-' ? await toStdout(artifact) : await writeArtifact(artifact, target);
    } else {
      const graph = flags.from === 'neo4j' ? await graphFromNeo4j(out) : await readGraphFile(flags.graph);
      counts = { nodes: graph.nodes.length, relationships: graph.relationships.length };
      const layout = out.progress('layout');
      const artifact = await exportGraph(graph, flags.format, {
        html: await htmlOptions(flags, graph, out),
        csv: { arrayDelimiter: flags.arrayDelimiter },
        onLayout: (done, total) => layout.update(done, total),
      }).finally(() => layout.stop());
      written = target === '-' ? await toStdout(artifact) : await writeArtifact(artifact, target);
    }
    const ms = Math.round(performance.now() - started);
    const what = counts ? `${counts.nodes} nodes, ${counts.relationships} relationships` : flags.format;
    const where = written.path === '-' ? 'stdout' : written.files > 1 ? `${written.path}/ (${written.files} files)` : written.path;
    // With --out - the export itself is stdout, so the summary goes to stderr (and --quiet silences it).
    if (written.path === '-') out.info(`kg: wrote ${what} as ${flags.format} to stdout (${kb(written.bytes)}, ${duration(ms)})`);
    else out.result(`Wrote ${where}: ${what}, ${kb(written.bytes)}, in ${duration(ms)}.`, { format: flags.format, from: isBrowserFormat(flags.format) ? null : flags.from, ...written, ...counts, ms });
  });
}

/** `--out -`: the export on stdout. A reader that stops early (`| head`) is not an error. */
async function toStdout(artifact: ExportArtifact): Promise<Written> {
  if (artifact.kind !== 'file') throw new KgError('USAGE', 'this format writes a directory of files and cannot go to stdout', { hint: 'give a directory with --out' });
  await new Promise<void>((resolve, reject) => {
    process.stdout.once('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? resolve() : reject(e)));
    process.stdout.write(artifact.text, () => resolve());
  });
  return { path: '-', files: 1, bytes: Buffer.byteLength(artifact.text) };
}

function defaultOut(format: Format): string {
  return isBrowserFormat(format) ? BROWSER_FORMATS[format] : join(DEFAULT_OUT_DIR, 'export', EXPORTERS[format].defaultName);
}

function isBrowserFormat(format: Format): format is BrowserFormat {
  return format in BROWSER_FORMATS;
}

function browserArtifact(format: BrowserFormat): ExportArtifact {
  return { kind: 'file', text: format === 'grass' ? toGrass() : toBrowserGuide(loadQueries()) };
}

/** graph.json, or JSONL as `--format jsonl` writes it, so an export converts to another format without the database. */
async function readGraphFile(path: string): Promise<Graph> {
  if (!path.endsWith('.jsonl')) return readGraph(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new KgError(missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', missing ? 'no such file' : (e as Error).message, { subject: path, hint: 'write one with `kg export --format jsonl`' });
  }
  return fromJsonl(text, path);
}

async function graphFromNeo4j(out: Output): Promise<Graph> {
  const { config } = await ensureNeo4j(loadNeo4jConfig(), (e) => out.info(`kg: ${e.message}`));
  const store = createStore(config);
  const bars = new Map<string, ReturnType<Output['progress']>>();
  try {
    const { graph, skipped } = await readGraphFromStore(store, {
      version: readPackageVersion(),
      onProgress: ({ phase, done, total }) => {
        let bar = bars.get(phase);
        if (!bar) bars.set(phase, (bar = out.progress(`reading ${phase}`)));
        bar.update(done, total);
      },
    });
    if (skipped.nodes || skipped.relationships) {
      out.warn(`left out ${skipped.nodes} node(s) and ${skipped.relationships} relationship(s) that have no kg label, type or key (not written by kg load)`);
    }
    return graph;
  } finally {
    for (const bar of bars.values()) bar.stop();
    await store.close();
  }
}

async function htmlOptions(flags: ExportFlags, graph: Graph, out: Output) {
  const generatedBy = `kg-local-news ${readPackageVersion()}`;
  if (flags.format !== 'html') return { generatedBy };
  const pages = await readPageTexts(graph, flags.sources);
  for (const m of pages.missing) out.warn(`page file ${m}: mentions will show the article sentence naming the node instead (point --sources at the directory kg build ran in)`);
  return { generatedBy, pageTexts: pages.texts, missingPages: pages.missing };
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
