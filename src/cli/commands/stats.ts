// `kg stats`: how many nodes (by kg label, with finer labels apart) and relationships per type the configured
// database holds, with totals, as JSON for scripts or as an aligned table for people.
import { Command, Option } from 'commander';
import { loadNeo4jConfig } from '../../config/neo4j-config.js';
import { ensureNeo4j } from '../../server/ensure.js';
import { createStore } from '../../store/connection.js';
import { graphStats, type GraphStats } from '../../store/stats.js';
import { printServerProgress } from '../print-server-progress.js';
import { LABEL_OF_KIND } from '../../../schema/model.js';

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
  if (stats.totals.nodes === 0 && stats.totals.relationships === 0) return 'The database is empty.\n';
  const finerOf = (label: string): Array<[string, number]> =>
    Object.entries(stats.finerLabels).filter(([finer]) => (LABEL_OF_KIND as Record<string, string>)[finer] === label);
  const placed = new Set(Object.keys(stats.nodes).flatMap((l) => finerOf(l).map(([f]) => f)));
  const rows: Array<[string, string, string]> = [
    ['KIND', 'NAME', 'COUNT'],
    ...Object.entries(stats.nodes).flatMap(([label, n]): Array<[string, string, string]> => [
      ['node', label, String(n)],
      ...finerOf(label).map(([finer, m]): [string, string, string] => ['  finer', finer, String(m)]),
    ]),
    ...Object.entries(stats.finerLabels).filter(([f]) => !placed.has(f)).map(([finer, m]): [string, string, string] => ['  finer', finer, String(m)]),
    ['node', '(total)', String(stats.totals.nodes)],
    ...Object.entries(stats.relationships).map(([type, n]): [string, string, string] => ['relationship', type, String(n)]),
    ['relationship', '(total)', String(stats.totals.relationships)],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map(([kind, name, count]) => `${kind.padEnd(widths[0]!)}  ${name.padEnd(widths[1]!)}  ${count.padStart(widths[2]!)}\n`).join('');
}
