// `kg load`: graph.json or graph.jsonl → Neo4j, idempotently (constraints, then nodes, then relationships, in
// batches). A graph.jsonl is read as a stream, twice (checked first, then loaded), never held whole.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { bulkLoad, type BulkLoadResult } from '../../bulk/index.js';
import { KgError } from '../../errors.js';
import { scanGraphJson } from '../../graph/json-rows.js';
import { graphFileRows, GRAPH_JSONL, rowsOfGraph, type GraphRows } from '../../graph/jsonl.js';
import { recoverBuildOutput } from '../../graph/write.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { checkGraphForLoad, DEFAULT_BATCH_SIZE, type LoadOptions, type LoadResult } from '../../store/loader.js';
import { loadChanges, loadTarget, recordLoad, type ChangeLoadResult } from '../../load-diff/index.js';
import { DEFAULT_OUT_DIR } from '../../config/defaults.js';
import type { Graph } from '../../../schema/model.js';
import { positiveInteger } from '../flag-values.js';
import { Output, outputFlags } from '../output.js';

export function register(program: Command): void {
  outputFlags(
    program
      .command('load')
      .description('load a graph.json or graph.jsonl into the configured Neo4j (idempotent: loading twice changes nothing)')
      .option('-g, --graph <file>', `the graph to load: graph.json, or a streamed graph.jsonl (read in bounded memory) (default: ${join(DEFAULT_OUT_DIR, 'graph.json')}, or ${join(DEFAULT_OUT_DIR, GRAPH_JSONL)} when that is what ${DEFAULT_OUT_DIR}/ holds, the newer when it holds both)`)
      .option('--batch-size <n>', 'rows per transaction', positiveInteger, DEFAULT_BATCH_SIZE)
      .option('--bulk', 'into an empty database of the local server: stop it, neo4j-admin database import, start it again (much faster for large graphs)'),
  ).action(async (flags: { graph?: string; batchSize: number; bulk?: boolean; quiet?: boolean; json?: boolean }) => {
    const out = new Output(flags);
    const path = flags.graph ?? defaultGraphPath(DEFAULT_OUT_DIR);
    if (flags.bulk) {
      const config = loadNeo4jConfig();
      const { manifest, ...r } = await bulkLoad(await readGraphFile(path), config, { onProgress: (e) => out.info(`kg: ${e.message}`) });
      await recordLoad(dirname(path), manifest);
      out.result(bulkSummary(r, config.uri), { path: 'bulk', uri: config.uri, graph: path, ...r });
      return;
    }
    const result = await loadGraphFile(path, flags.batchSize, out);
    out.result(loadSummary(result.load, result.uri), { path: 'live', uri: result.uri, database: result.database ?? null, graph: path, ...result.load });
  });
}

/**
 * The graph a build wrote in `dir`: graph.json, or graph.jsonl when that is the one there (a large build streams
 * it); when both are there, the one written last.
 */
export function defaultGraphPath(dir: string): string {
  const json = join(dir, 'graph.json');
  const jsonl = join(dir, GRAPH_JSONL);
  if (!existsSync(jsonl)) return json;
  if (!existsSync(json)) return jsonl;
  return statSync(jsonl).mtimeMs > statSync(json).mtimeMs ? jsonl : json;
}

/** A graph file to load: graph.json read whole and checked, or a graph.jsonl as rows read from the file. */
export async function readGraphFile(path: string): Promise<Graph | GraphRows> {
  if (!path.endsWith('.jsonl')) return readGraph(path);
  recoverBuildOutput(dirname(path));
  return graphFileRows(path);
}

/**
 * Loads the graph file at `path` (graph.json or graph.jsonl) into the configured Neo4j, by what changed since the
 * last load of its directory there (src/load-diff/), starting the local server if need be. `kg run` calls this
 * when its build wrote graph.jsonl.
 */
export async function loadGraphFile(path: string, batchSize: number, out: Output): Promise<LoadedGraph> {
  return loadIntoNeo4j(path.endsWith('.jsonl') ? await readGraphFile(path) : graphJsonRows(path), batchSize, out, dirname(path));
}

/**
 * graph.json as rows, read once: parsed whole and checked (readGraph) for a whole load; for a load by what changed,
 * its bytes (src/graph/json-rows.ts), so that only the rows that changed are parsed and checked.
 */
export function graphJsonRows(path: string): GraphRows {
  let bytes: Buffer | undefined;
  let graph: Graph | undefined;
  const read = async (): Promise<Buffer> => (bytes ??= await readGraphBytes(path));
  const whole = async (): Promise<Graph> => {
    if (graph) return graph;
    const text = textOf(await read(), path);
    bytes = undefined;
    return (graph = parseGraph(text, path));
  };
  return {
    where: path,
    async *checked() {
      yield* rowsOfGraph(await whole());
    },
    async *again() {
      yield* rowsOfGraph(await whole());
    },
    raw: async () => scanGraphJson(await read()),
  };
}

type LoadedGraph = { load: LoadResult | ChangeLoadResult; uri: string; database?: string; startedServer: boolean };

export async function readGraph(path: string): Promise<Graph> {
  return parseGraph(textOf(await readGraphBytes(path), path), path);
}

/** The bytes of graph.json; a build killed between renaming its outputs is finished first, so graph.json goes with its articles.jsonl. */
async function readGraphBytes(path: string): Promise<Buffer> {
  recoverBuildOutput(dirname(path));
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KgError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : (e as Error).message, { subject: path, hint: 'build one first with `kg build`' });
  }
}

/** The text of graph.json's bytes (the bytes are not needed after: a caller keeps no reference to them). */
function textOf(bytes: Buffer, path: string): string {
  try {
    return bytes.toString('utf8');
  } catch (e) {
    throw new KgError('INPUT_UNREADABLE', (e as Error).message, { subject: path });
  }
}

/** graph.json's text parsed and checked against the schema. */
function parseGraph(text: string, path: string): Graph {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new KgError('INPUT_INVALID', `not valid JSON (${(e as Error).message})`, { subject: path });
  }
  // Checked here, naming the file; the loader does not check the same graph again.
  return checkGraphForLoad(json, path);
}

/**
 * Loads `graph`, built in `dir`: only what changed since that directory's last load into the same database
 * (src/load-diff/), else the whole graph.
 */
export async function loadIntoNeo4j(graph: Graph | GraphRows, batchSize: number, out: Output, dir: string): Promise<LoadedGraph> {
  const { config, startedServer } = await ensureNeo4j(loadNeo4jConfig(), (e) => out.info(`kg: ${e.message}`));
  const store = createStore(config);
  const bars = new Map<string, ReturnType<Output['progress']>>();
  try {
    const options: LoadOptions = {
      batchSize,
      onProgress: ({ phase, done, total }) => {
        let bar = bars.get(phase);
        if (!bar) bars.set(phase, (bar = out.progress(phase)));
        bar.update(done, total);
      },
    };
    const load = await loadChanges(store, graph, dir, loadTarget(config), options);
    return { load, uri: config.uri, ...(config.database ? { database: config.database } : {}), startedServer };
  } finally {
    for (const bar of bars.values()) bar.stop();
    await store.close();
  }
}

export function loadSummary(r: LoadResult | ChangeLoadResult, uri: string): string {
  if ('mode' in r && r.mode === 'changes') {
    return `Loaded what changed since this graph's last load into ${uri}: ${r.nodes} nodes and ${r.relationships} relationships written, ${r.removed.nodes} nodes and ${r.removed.relationships} relationships deleted, in ${r.batches} batches (${(r.ms / 1000).toFixed(1)} s; transactions, UNWIND batches).`;
  }
  const whole = 'mode' in r && r.reason ? ` The whole graph was sent: ${r.reason}.` : '';
  return `Loaded ${r.nodes} nodes and ${r.relationships} relationships into ${uri} in ${r.batches} batches (${(r.ms / 1000).toFixed(1)} s; transactions, UNWIND batches).${whole}`;
}

export function bulkSummary(r: Omit<BulkLoadResult, 'manifest'>, uri: string): string {
  return `Imported ${r.nodes} nodes and ${r.relationships} relationships into ${uri} (database ${r.database}) by the bulk path: the server was stopped, neo4j-admin database import wrote the database (${(r.importMs / 1000).toFixed(1)} s), the server was started again and kg's constraints created (${(r.ms / 1000).toFixed(1)} s in all).`;
}
