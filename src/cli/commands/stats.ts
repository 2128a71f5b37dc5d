// `kg stats`: how many nodes per label and relationships per type the configured database holds, as JSON for
// scripts or as an aligned table for people.
import { Command, Option } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { graphStats, type GraphStats } from '../../store/stats.js';
import { printServerProgress } from '../print-server-progress.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('count nodes per label and relationships per type in the configured Neo4j database')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { format: 'table' | 'json' }) => {
      const { config } = await ensureNeo4j(loadNeo4jConfig(), printServerProgress);
      const store = createStore(config);
      try {
        const stats = await graphStats(store);
        process.stdout.write(options.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : statsTable(stats));
      } finally {
        await store.close();
      }
    });
}

function statsTable(stats: GraphStats): string {
  const rows: Array<[string, string, string]> = [
    ['KIND', 'NAME', 'COUNT'],
    ...Object.entries(stats.nodes).map(([label, n]): [string, string, string] => ['node', label, String(n)]),
    ...Object.entries(stats.relationships).map(([type, n]): [string, string, string] => ['relationship', type, String(n)]),
  ];
  if (rows.length === 1) return 'The database is empty.\n';
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map(([kind, name, count]) => `${kind.padEnd(widths[0]!)}  ${name.padEnd(widths[1]!)}  ${count.padStart(widths[2]!)}\n`).join('');
}
