// Benchmark: the analytics stage (src/analytics/) — degree, PageRank and Louvain communities written onto the
// entities — on the schema-following synthetic graph of bench/load.ts, the largest graph easily made here.
//   npx tsx bench/analytics.ts [--articles 5500] [--repeat 3] [--write]
//   (--write updates the "## Analytics" section of bench/RESULTS.md)
import { loadavg } from 'node:os';
import { analyse } from '../src/analytics/index.js';
import { syntheticGraph } from './load.js';
import { machineLine, median, runBenchmark, timed, writeSection } from './results.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a positive whole number`);
  return n;
}

async function main(): Promise<void> {
  const articles = option('--articles', 5500);
  const repeat = option('--repeat', 3);
  const graph = syntheticGraph(articles);
  const times: number[] = [];
  let analysed = graph;
  for (let i = 0; i < repeat; i++) {
    const [out, ms] = timed(() => analyse(graph));
    analysed = out;
    times.push(ms);
  }
  const entities = analysed.nodes.filter((n) => n.properties.community !== undefined);
  const communities = new Set(entities.map((n) => n.properties.community)).size;
  const degree = entities.reduce((s, n) => s + (n.properties.degree as number), 0);
  const rss = process.memoryUsage().rss / 2 ** 20;
  const body = [
    machineLine(),
    '',
    `Graph: bench/load.ts's synthetic graph of ${articles.toLocaleString('en')} articles — ${graph.nodes.length.toLocaleString('en')} nodes and ${graph.relationships.length.toLocaleString('en')} relationships, of which ${entities.length.toLocaleString('en')} entities and ${(degree / 2).toLocaleString('en')} entity-to-entity links make the network the figures are computed over. \`analyse\` (the entity network, PageRank, Louvain, the nodes rewritten): **${(median(times) / 1000).toFixed(2)} s** (median of ${repeat}; runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s), ${communities.toLocaleString('en')} communities. RSS of the process at the end ${rss.toFixed(0)} MB; one-minute load average ${loadavg()[0]!.toFixed(1)} (other work shared the 2 cores). Run \`npx tsx bench/analytics.ts --write\` to refresh.`,
  ].join('\n');
  console.log(body);
  if (process.argv.includes('--write')) writeSection('Analytics', body);
}

await runBenchmark(main);
