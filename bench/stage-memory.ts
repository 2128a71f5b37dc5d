// Benchmark: where a large build's memory goes — RSS and V8 heap as each stage of `kg build` starts, and the
// process's peak RSS, for one in-process build (no worker threads, no cache) of a directory of pages.
//   npx tsx bench/stage-memory.ts DIR [--write]
//   (DIR: e.g. an archive kept by `npx tsx bench/archive.ts --keep DIR`, its archive-17500/ folder;
//   --write updates the "Build memory by stage" section of bench/RESULTS.md)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBuildOutput } from '../src/graph/write.js';
import { buildGraph, type Stage } from '../src/pipeline.js';
import { machineLine, runBenchmark, writeSection } from './results.js';

const SECTION = 'Build memory by stage';

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input || input.startsWith('--')) throw new Error('usage: npx tsx bench/stage-memory.ts DIR [--write]');
  const mb = (n: number): number => Math.round(n / 2 ** 20);
  const rows: Array<{ at: string; seconds: number; rssMb: number; heapMb: number }> = [];
  const started = performance.now();
  const mark = (at: string): void => {
    const m = process.memoryUsage();
    rows.push({ at, seconds: (performance.now() - started) / 1000, rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
  };
  // buildGraph tells when ingest and extraction start, when the first page is segmented, and when resolution and
  // the graph are done.
  const WHEN: Record<Stage, string> = { ingest: 'ingest starts', segment: 'first page segmented', extract: 'extraction starts', resolve: 'resolved', graph: 'graph built and checked', analytics: 'analytics computed' };
  let last: Stage | undefined;
  const result = await buildGraph({
    inputs: [input],
    defaults: { homeCity: '平湖市', newspaper: '平湖日报' },
    workers: 1,
    onProgress: ({ stage }) => {
      if (stage !== last) mark(WHEN[stage]);
      last = stage;
    },
  });
  const out = mkdtempSync(join(tmpdir(), 'kg-stage-memory-'));
  try {
    await writeBuildOutput(out, result.graph, result.articles, result.mentions);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  mark('graph.json and articles.jsonl written');
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  const lines = [
    `${machineLine()} One in-process build (\`--workers 1\`, no cache) of ${result.pages.length.toLocaleString('en-US')} pages, ${result.articles.length.toLocaleString('en-US')} articles (${result.graph.nodes.length.toLocaleString('en-US')} nodes, ${result.graph.relationships.length.toLocaleString('en-US')} relationships), through the library as \`kg build\` runs it. Run \`npx tsx bench/stage-memory.ts DIR --write\` to refresh.`,
    '',
    '| When | Time (s) | RSS (MB) | V8 heap used (MB) |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.at} | ${r.seconds.toFixed(1)} | ${r.rssMb} | ${r.heapMb} |`),
    '',
    `Peak RSS of the process: ${peak} MB.`,
  ];
  console.log(lines.join('\n'));
  if (process.argv.includes('--write')) writeSection(SECTION, lines.join('\n'));
}

await runBenchmark(main);
