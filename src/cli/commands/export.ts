// `kg export --format F`: the graph from graph.json or graph.jsonl (no database needed) or from Neo4j (--from
// neo4j) in a format another tool reads, written atomically. From a graph.jsonl, json, jsonl, csv and cypher are
// written as the file is read (it is read twice: checked, then exported), never holding the graph; the other
// formats need the whole graph and read a graph.jsonl of up to WHOLE_GRAPH_MAX_BYTES. `grass` and
// `browser-guide` write the Neo4j Browser style and the guide to the canned queries; they need no graph.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { DEFAULT_OUT_DIR } from '../../config/defaults.js';
import { KgError } from '../../errors.js';
import { toBrowserGuide } from '../../export/browser-guide.js';
import { readGraphFromStore } from '../../export/from-neo4j.js';
import { toGrass } from '../../export/grass.js';
import { EXPORTERS, EXPORT_FORMATS, exportGraph, type ExportArtifact, type ExportFormat } from '../../export/index.js';
import { CSV_IMPORT_SCRIPT, CsvLayout, type CsvOptions } from '../../export/csv.js';
import { STREAMED_FORMATS, writeCsvTables, writeCypherRows, writeJsonlRows, writeJsonRows, type RowsSummary, type Sink, type StreamedFormat } from '../../export/stream.js';
import { collectGraph, graphFileRows, type GraphRows } from '../../graph/jsonl.js';
import { readPageTexts } from '../../export/page-text.js';
import { writeArtifact, writeDirectory, writeFileStreamed, type Written } from '../../export/write-output.js';
import { loadQueries } from '../../queries/index.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import type { Graph } from '../../../schema/model.js';
import { Output, outputFlags } from '../output.js';
import { readPackageVersion } from '../version.js';
import { defaultGraphPath, readGraph } from './load.js';

const BROWSER_FORMATS = { grass: 'browser/style.grass', 'browser-guide': 'browser/guide.html' } as const;
type BrowserFormat = keyof typeof BROWSER_FORMATS;
type Format = ExportFormat | BrowserFormat;

interface ExportFlags {
  format: Format;
  out?: string;
  graph?: string;
  from: 'graph' | 'neo4j';
  sources: string;
  arrayDelimiter: string;
  quiet?: boolean;
  json?: boolean;
}

/** The largest graph.jsonl read whole, for the formats that need the whole graph (GraphML, GEXF, HTML). */
export const WHOLE_GRAPH_MAX_BYTES = 256 * 1024 * 1024;

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
      .option('-g, --graph <file>', `the graph to export: graph.json, or a graph.jsonl (json, jsonl, csv and cypher stream it; the others read up to ${WHOLE_GRAPH_MAX_BYTES / 1024 / 1024} MB of it whole) (default: ${join(DEFAULT_OUT_DIR, 'graph.json')}, or the graph.jsonl a large build wrote there)`)
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
    } else if (flags.from === 'graph' && (flags.graph ?? defaultGraphPath(DEFAULT_OUT_DIR)).endsWith('.jsonl') && isStreamed(flags.format)) {
      const streamed = await exportStreamed(graphFileRows(flags.graph ?? defaultGraphPath(DEFAULT_OUT_DIR)), flags.format, target, { arrayDelimiter: flags.arrayDelimiter });
      counts = { nodes: streamed.nodes, relationships: streamed.relationships };
      written = streamed.written;
    } else {
      const graph = flags.from === 'neo4j' ? await graphFromNeo4j(out) : await readGraphFile(flags.graph ?? defaultGraphPath(DEFAULT_OUT_DIR), flags.format);
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

const isStreamed = (format: Format): format is StreamedFormat => (STREAMED_FORMATS as readonly string[]).includes(format);

/**
 * graph.json, or a graph.jsonl (a build's, or what `--format jsonl` writes) gathered whole, checked; a graph.jsonl
 * larger than WHOLE_GRAPH_MAX_BYTES is refused for the formats that need the whole graph.
 */
async function readGraphFile(path: string, format: Format): Promise<Graph> {
  if (!path.endsWith('.jsonl')) return readGraph(path);
  const size = fileSize(path);
  if (size > WHOLE_GRAPH_MAX_BYTES) {
    throw new KgError('USAGE', `${format} needs the whole graph in memory, and this graph.jsonl (${(size / 1024 / 1024).toFixed(0)} MB) is over the ${WHOLE_GRAPH_MAX_BYTES / 1024 / 1024} MB kg reads whole`, {
      subject: path,
      hint: `export it as ${STREAMED_FORMATS.join(', ')} (written as the file is read), or query the loaded graph in Neo4j`,
    });
  }
  const rows = graphFileRows(path);
  return collectGraph(rows.checked());
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // reading it says why it cannot be read
  }
}

/**
 * A streamed export of a graph.jsonl: a first pass checks every row (nothing is written when one is wrong) and
 * learns what the format needs up front (the counts, the meta line, the CSV columns); a second writes.
 */
async function exportStreamed(rows: GraphRows, format: StreamedFormat, target: string, csv: CsvOptions): Promise<{ written: Written } & RowsSummary> {
  const summary: RowsSummary = { nodes: 0, relationships: 0 };
  const layout = format === 'csv' ? new CsvLayout(csv) : undefined;
  for await (const row of rows.checked()) {
    if (row.kind === 'meta') summary.meta = row.meta;
    else if (row.kind === 'node') summary.nodes++;
    else summary.relationships++;
    layout?.add(row);
  }
  if (layout) {
    if (target === '-') throw new KgError('USAGE', 'this format writes a directory of files and cannot go to stdout', { hint: 'give a directory with --out' });
    return { ...summary, written: await writeDirectory(target, CSV_IMPORT_SCRIPT, (tmp) => writeCsvTables(rows.again(), layout, tmp)) };
  }
  const fill = (sink: Sink): Promise<void> =>
    format === 'json' ? writeJsonRows(rows.again(), summary.meta, sink) : format === 'jsonl' ? writeJsonlRows(rows.again(), sink) : writeCypherRows(rows.again(), summary, sink);
  return { ...summary, written: target === '-' ? await streamToStdout(fill) : await writeFileStreamed(target, fill) };
}

/** `--out -` for a streamed export; a reader that stops early (`| head`) ends it without an error. */
async function streamToStdout(fill: (sink: Sink) => Promise<void>): Promise<Written> {
  let bytes = 0;
  let closed = false;
  const onError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE') closed = true;
  };
  process.stdout.on('error', onError);
  try {
    await fill({
      write: (text) =>
        closed
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              bytes += Buffer.byteLength(text);
              if (process.stdout.write(text)) return resolve();
              const go = (): void => {
                process.stdout.off('drain', go).off('error', go);
                resolve();
              };
              process.stdout.once('drain', go).once('error', go);
            }),
    });
  } finally {
    process.stdout.off('error', onError);
  }
  return { path: '-', files: 1, bytes };
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
