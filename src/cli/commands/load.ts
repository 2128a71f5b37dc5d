// `kg load`: graph.json → Neo4j, idempotently (constraints, then nodes, then relationships, in batches).
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { KgError } from '../../errors.js';
import { validateGraph } from '../../graph/index.js';
import { recoverBuildOutput } from '../../graph/write.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { DEFAULT_BATCH_SIZE, loadGraph, type LoadResult } from '../../store/loader.js';
import type { Graph } from '../../../schema/model.js';
import { positiveInteger } from '../flag-values.js';
import { Output, outputFlags } from '../output.js';

export function register(program: Command): void {
  outputFlags(
    program
      .command('load')
      .description('load a graph.json into the configured Neo4j (idempotent: loading twice changes nothing)')
      .option('-g, --graph <file>', 'the graph to load', 'out/graph.json')
      .option('--batch-size <n>', 'rows per transaction', positiveInteger, DEFAULT_BATCH_SIZE),
  ).action(async (flags: { graph: string; batchSize: number; quiet?: boolean; json?: boolean }) => {
    const out = new Output(flags);
    const graph = await readGraph(flags.graph);
    const result = await loadIntoNeo4j(graph, flags.batchSize, out);
    out.result(loadSummary(result.load, result.uri), { uri: result.uri, database: result.database ?? null, ...result.load });
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
  return validateGraph(json, path);
}

export async function loadIntoNeo4j(graph: Graph, batchSize: number, out: Output): Promise<{ load: LoadResult; uri: string; database?: string; startedServer: boolean }> {
  const { config, startedServer } = await ensureNeo4j(loadNeo4jConfig(), (e) => out.info(`kg: ${e.message}`));
  const store = createStore(config);
  const bars = new Map<string, ReturnType<Output['progress']>>();
  try {
    const load = await loadGraph(store, graph, {
      batchSize,
      onProgress: ({ phase, done, total }) => {
        let bar = bars.get(phase);
        if (!bar) bars.set(phase, (bar = out.progress(phase)));
        bar.update(done, total);
      },
    });
    return { load, uri: config.uri, ...(config.database ? { database: config.database } : {}), startedServer };
  } finally {
    for (const bar of bars.values()) bar.stop();
    await store.close();
  }
}

export function loadSummary(r: LoadResult, uri: string): string {
  return `Loaded ${r.nodes} nodes and ${r.relationships} relationships into ${uri} in ${r.batches} batches (${(r.ms / 1000).toFixed(1)} s).`;
}
