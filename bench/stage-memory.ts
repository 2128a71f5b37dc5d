// Benchmark: where a large build's memory goes — RSS and V8 heap as each stage of `kg build` starts, and the
// process's peak RSS, for one in-process build (no worker threads, no cache) of a directory of pages.
//   npx tsx bench/stage-memory.ts DIR [--write] [--stream]
//   (DIR: e.g. an archive kept by `npx tsx bench/archive.ts --keep DIR`, its archive-17500/ folder;
//   --write updates the "Build memory by stage" section of bench/RESULTS.md; --stream measures the streamed build,
//   src/pipeline-stream.ts, pass by pass, and only prints)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBuildOutput } from '../src/graph/write.js';
import { buildGraph, type Stage } from '../src/pipeline.js';
import { buildStreamed } from '../src/pipeline-stream.js';
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
  if (process.argv.includes('--stream')) return streamed(input, mark, rows);
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
  const lines = report(`${machineLine()} One in-process build (\`--workers 1\`, no cache) of ${result.pages.length.toLocaleString('en-US')} pages, ${result.articles.length.toLocaleString('en-US')} articles (${result.graph.nodes.length.toLocaleString('en-US')} nodes, ${result.graph.relationships.length.toLocaleString('en-US')} relationships), through the library as \`kg build\` runs it. Run \`npx tsx bench/stage-memory.ts DIR --write\` to refresh.`, rows);
  console.log(lines.join('\n'));
  if (process.argv.includes('--write')) writeSection(SECTION, lines.join('\n'));
}

/** The section's text: what was built, the marks, the process's peak RSS. */
function report(head: string, rows: ReadonlyArray<{ at: string; seconds: number; rssMb: number; heapMb: number }>): string[] {
  return [
    head,
    '',
    '| When | Time (s) | RSS (MB) | V8 heap used (MB) |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.at} | ${r.seconds.toFixed(1)} | ${r.rssMb} | ${r.heapMb} |`),
    '',
    `Peak RSS of the process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  ];
}

/** The streamed build, in-process and without the cache, marked as each pass starts. */
async function streamed(input: string, mark: (at: string) => void, rows: Array<{ at: string; seconds: number; rssMb: number; heapMb: number }>): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'kg-stage-memory-'));
  const PASSES = ['resolution pass 1 (and the archive\'s rereads) starts', 'resolution pass 2 (people) starts', 'resolution pass 3 (entity table) starts', 'resolution pass 4 (relations, rows written) starts'];
  const WHEN: Partial<Record<Stage, string>> = { segment: 'ingest and segmentation start', extract: 'extraction starts' };
  let last = '';
  const at = (what: string): void => {
    if (what !== last) mark(what);
    last = what;
  };
  mark('start');
  try {
    const result = await buildStreamed({
      inputs: [input],
      out,
      cache: false,
      defaults: { homeCity: '平湖市', newspaper: '平湖日报' },
      workers: 1,
      onProgress: ({ stage, done, total }) => {
        if (stage === 'resolve') at(PASSES[Math.min(3, Math.floor(((done - 1) * 4) / total))]!);
        else if (WHEN[stage]) at(WHEN[stage]!);
      },
    });
    mark('graph.jsonl and articles.jsonl written');
    const count = (o: Record<string, number>): number => Object.values(o).reduce((n, x) => n + x, 0);
    console.log(report(`${machineLine()} One streamed in-process build (\`--stream --workers 1 --no-cache\`) of ${result.pages.toLocaleString('en-US')} pages, ${result.articles.toLocaleString('en-US')} articles (${count(result.counts.nodes).toLocaleString('en-US')} nodes, ${count(result.counts.relationships).toLocaleString('en-US')} relationships), through the library.`, rows).join('\n'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await runBenchmark(main);
