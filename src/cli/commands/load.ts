// `kg load`: graph.json → Neo4j, idempotently (constraints, then nodes, then relationships, in batches).
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { bulkLoad, type BulkLoadResult } from '../../bulk/index.js';
import { KgError } from '../../errors.js';
import { recoverBuildOutput } from '../../graph/write.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { checkGraphForLoad, DEFAULT_BATCH_SIZE, loadGraph, type LoadOptions, type LoadResult } from '../../store/loader.js';
import { loadChanges, loadTarget, recordLoad, type ChangeLoadResult } from '../../load-diff/index.js';
import type { Graph } from '../../../schema/model.js';
import { positiveInteger } from '../flag-values.js';
import { Output, outputFlags } from '../output.js';

export function register(program: Command): void {
  outputFlags(
    program
      .command('load')
      .description('load a graph.json into the configured Neo4j (idempotent: loading twice changes nothing)')
      .option('-g, --graph <file>', 'the graph to load', 'out/graph.json')
      .option('--batch-size <n>', 'rows per transaction', positiveInteger, DEFAULT_BATCH_SIZE)
      .option('--bulk', 'into an empty database of the local server: stop it, neo4j-admin database import, start it again (much faster for large graphs)'),
  ).action(async (flags: { graph: string; batchSize: number; bulk?: boolean; quiet?: boolean; json?: boolean }) => {
    const out = new Output(flags);
    const graph = await readGraph(flags.graph);
    if (flags.bulk) {
      const config = loadNeo4jConfig();
      const r = await bulkLoad(graph, config, { onProgress: (e) => out.info(`kg: ${e.message}`) });
      await recordLoad(graph, dirname(flags.graph), loadTarget(config));
      out.result(bulkSummary(r, config.uri), { path: 'bulk', uri: config.uri, ...r });
      return;
    }
    const result = await loadIntoNeo4j(graph, flags.batchSize, out, dirname(flags.graph));
    out.result(loadSummary(result.load, result.uri), { path: 'live', uri: result.uri, database: result.database ?? null, ...result.load });
  });
}

export async function readGraph(path: string): Promise<Graph> {
  // A build killed between renaming its outputs is finished first, so graph.json goes with its articles.jsonl.
  recoverBuildOutput(dirname(path));
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KgError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : (e as Error).message, { subject: path, hint: 'build one first with `kg build`' });
  }
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
 * Loads `graph`; given the directory it was built in, only what changed since that directory's last load into the
 * same database (src/load-diff/), else the whole graph.
 */
export async function loadIntoNeo4j(graph: Graph, batchSize: number, out: Output, dir?: string): Promise<{ load: LoadResult | ChangeLoadResult; uri: string; database?: string; startedServer: boolean }> {
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
    const load = dir ? await loadChanges(store, graph, dir, loadTarget(config), options) : await loadGraph(store, graph, options);
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

export function bulkSummary(r: BulkLoadResult, uri: string): string {
  return `Imported ${r.nodes} nodes and ${r.relationships} relationships into ${uri} (database ${r.database}) by the bulk path: the server was stopped, neo4j-admin database import wrote the database (${(r.importMs / 1000).toFixed(1)} s), the server was started again and kg's constraints created (${(r.ms / 1000).toFixed(1)} s in all).`;
}
