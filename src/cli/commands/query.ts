// `kg query NAME`: run a canned query from cypher/ against the configured Neo4j; `kg query --list` lists them.
import { Command, Option } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { KgError } from '../../errors.js';
import { writeAtomic } from '../../util/write-atomic.js';
import { findQuery, loadQueries, paramsFor, statementOf, toCsv, toTable } from '../../queries/index.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { secondsOrNone } from '../flag-values.js';
import { Output } from '../output.js';

/** Long enough for any canned query on a large archive; a runaway query is stopped instead of running for ever. */
export const DEFAULT_QUERY_TIMEOUT_S = 60;

export function register(program: Command): void {
  program
    .command('query')
    .description('run a canned Cypher query (see `kg query --list`) against the configured Neo4j')
    .argument('[name]', 'query name, as listed by --list')
    .option('-l, --list', 'list the canned queries with their parameters')
    .option('-p, --param <name=value>', 'set a parameter (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('-o, --out <file>', 'write the result to a file instead of stdout')
    .option('-t, --timeout <seconds>', 'stop the query when it runs longer (0: no limit)', secondsOrNone, DEFAULT_QUERY_TIMEOUT_S)
    .option('-q, --quiet', 'print only the result (and errors)')
    .action(async (name: string | undefined, flags: { list?: boolean; param: string[]; format: 'table' | 'json' | 'csv'; out?: string; timeout: number; quiet?: boolean }) => {
      const out = new Output(flags);
      const queries = loadQueries();
      if (flags.list || !name) {
        if (!flags.list && !name) throw new KgError('USAGE', 'name a query, or use --list to see them');
        const listing = queries.map((q) => `${q.name}\n  ${q.description}\n${q.params.map((p) => `  --param ${p.name}=${p.default}  (${p.description})`).join('\n')}`).join('\n\n');
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(queries.map(({ cypher: _c, ...q }) => q), null, 2)}\n` : `${listing}\n`);
        return;
      }
      const q = findQuery(name, queries);
      const params = paramsFor(q, flags.param);
      const { config } = await ensureNeo4j(loadNeo4jConfig(), (e) => out.info(`kg: ${e.message}`));
      const store = createStore(config);
      try {
        const rows = await store.read(statementOf(q), params, flags.timeout > 0 ? { timeoutMs: flags.timeout * 1000 } : {});
        const text = flags.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : flags.format === 'csv' ? toCsv(rows) : toTable(rows);
        if (flags.out) {
          await writeAtomic(flags.out, text);
          out.info(`kg: wrote ${rows.length} row(s) to ${flags.out}`);
        } else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
