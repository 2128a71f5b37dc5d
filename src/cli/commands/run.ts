// `kg run` (what `npm start` runs): build the graph of the pages (the sample page by default) and load it into
// Neo4j, starting the local server when NEO4J_URI is the default and nothing answers; then say how to look.
import { Command } from 'commander';
import { isManagedLocalServer, loadNeo4jConfig } from '../../config/neo4j-config.js';
import { localServerConfigPaths } from '../run-hints.js';
import { DEFAULT_BATCH_SIZE } from '../../store/loader.js';
import { positiveInteger } from '../flag-values.js';
import { Output, outputFlags } from '../output.js';
import { buildAndWrite, buildOptions, type BuildFlags } from './build.js';
import { loadGraphFile, loadIntoNeo4j, loadSummary } from './load.js';

export function register(program: Command): void {
  outputFlags(buildOptions(program.command('run').description('build the graph of the pages and load it into Neo4j (npm start runs this on seeds/)')))
    .argument('[inputs...]', 'page text files, newspaper PDFs or directories', ['seeds'])
    .option('--batch-size <n>', 'rows per load transaction', positiveInteger, DEFAULT_BATCH_SIZE)
    .action(async (inputs: string[], flags: BuildFlags & { batchSize: number }) => {
      const out = new Output(flags);
      const { text: built, files, graph } = await buildAndWrite(inputs, flags, out);
      out.info(built);
      // A large build streams its graph to graph.jsonl: that is loaded from the file, as a stream, not from memory.
      const loaded = graph ? await loadIntoNeo4j(graph, flags.batchSize, out, flags.out) : await loadGraphFile(files.graph, flags.batchSize, out);
      const config = loadNeo4jConfig();
      const local = isManagedLocalServer(config);
      const hints = localServerConfigPaths(local, config);
      const text = [
        loadSummary(loaded.load, loaded.uri),
        '',
        local ? `Neo4j Browser: ${hints.browser}` : `Open Neo4j Browser for ${loaded.uri} (e.g. via Neo4j Desktop, Aura console or https://browser.neo4j.io).`,
        hints.credentials,
        '',
        'Try in Browser, or with kg:',
        '  MATCH (o:Organization)-[r:RECEIVED]->(p:Programme) RETURN o.name, p.name, r.sentence',
        '  kg query enterprise-programme-outcomes',
        '  kg query --list',
      ].join('\n');
      out.result(text, { files, load: loaded.load, uri: loaded.uri, browser: local ? hints.browser : null });
    });
}
