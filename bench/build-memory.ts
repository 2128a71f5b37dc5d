// Benchmark: what one build costs in memory and time as its input grows, and the input limit kg derives from it
// (inputBudgetBytes in src/pipeline.ts: what a build refuses before reading a byte, rather than die of V8's
// out-of-memory crash). No baseline here is a competitor: the figures justify the limit, and the ratio that
// matters is heap per byte of input, measured against the smallest build of the same run.
//   npx tsx bench/build-memory.ts [--mb 5,10,25,50] [--heap-mb 8192] [--write]
//   (--write updates the "Build memory" section of bench/RESULTS.md)
//
// The corpus is the sample page and the fixture pages, each copy with its digits permuted and a line numbering
// it (so every page is distinct: its own page id and figures), form-feed separated in one file. Each size is built
// in a fresh Node process with a heap of --heap-mb (enough for the largest), through the library (buildGraph and
// writeBuildOutput, as kg build does), and reports its peak RSS, its peak V8 heap (sampled every 100 ms) and
// graph.json's size.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { writeBuildOutput } from '../src/graph/write.js';
import { buildGraph, inputBudgetBytes } from '../src/pipeline.js';
import { machineLine, writeSection } from './results.js';
import { varyDigits } from './vary-digits.js';

const SECTION = 'Build memory';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Measurement {
  bytes: number;
  pages: number;
  articles: number;
  seconds: { total: number; extract: number; resolve: number };
  peakRssMb: number;
  peakHeapMb: number;
  graphJsonMb: number;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

if (args[0] === '--measure') {
  console.log(JSON.stringify(await measure(args[1]!)));
} else {
  await main();
}

async function main(): Promise<void> {
  const sizes = (flag('--mb') ?? '5,10,25,50').split(',').map(Number);
  const heapMb = Number(flag('--heap-mb') ?? 8192);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-memory-'));
  const results: Measurement[] = [];
  try {
    for (const mb of sizes) {
      const file = join(dir, `corpus-${mb}mb.txt`);
      writeFileSync(file, corpus(mb * 1e6).join('\f'));
      console.log(`building ${mb} MB in a process with a ${heapMb} MB heap …`);
      const out = execFileSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', fileURLToPath(import.meta.url), '--measure', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
      results.push(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
      console.log(results.at(-1));
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const report = reportOf(results, heapMb);
  console.log(report);
  if (args.includes('--write')) writeSection(SECTION, report);
}

/** Pages of the sample and the fixtures, copies varied, up to `bytes` of UTF-8 (form feeds included). */
function corpus(bytes: number): string[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'pages');
  const sources = [join(ROOT, 'seeds', 'pinghu-2022-page.txt'), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f))];
  const pages = sources.flatMap((f) => readFileSync(f, 'utf8').split('\f')).filter((p) => p.trim() !== '');
  const out: string[] = [];
  for (let k = 0, size = 0; ; k++) {
    const page = `${varyDigits(pages[k % pages.length]!, Math.floor(k / pages.length))}\n本报第${k + 1}期合订本\n`;
    size += Buffer.byteLength(page) + 1;
    if (size > bytes) return out;
    out.push(page);
  }
}

async function measure(file: string): Promise<Measurement> {
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  };
  const timer = setInterval(sample, 100);
  const started = performance.now();
  const built = await buildGraph({ inputs: [file], defaults: { homeCity: '平湖市', newspaper: '平湖日报' } });
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-memory-out-'));
  const files = await writeBuildOutput(out, built.graph, built.articles, built.mentions);
  const total = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const graphJsonMb = statSync(files.graph).size / 1e6;
  rmSync(out, { recursive: true, force: true });
  return {
    bytes: statSync(file).size,
    pages: built.pages.length,
    articles: built.articles.length,
    seconds: { total, extract: built.timings.extract / 1000, resolve: built.timings.resolve / 1000 },
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
    peakHeapMb: Math.round(peakHeap / 2 ** 20),
    graphJsonMb,
  };
}

function reportOf(results: Measurement[], heapMb: number): string {
  const [first] = results;
  const perByte = (m: Measurement): string =>
    m === first ? '–' : (((m.peakHeapMb - first!.peakHeapMb) * 2 ** 20) / (m.bytes - first!.bytes)).toFixed(0);
  const rows = results.map(
    (m) =>
      `| ${(m.bytes / 1e6).toFixed(1)} | ${m.pages.toLocaleString('en')} | ${m.articles.toLocaleString('en')} | ${m.seconds.total.toFixed(0)} s (${m.seconds.extract.toFixed(0)} + ${m.seconds.resolve.toFixed(0)}) | ${m.peakRssMb.toLocaleString('en')} MB | ${m.peakHeapMb.toLocaleString('en')} MB | ${perByte(m)} | ${m.graphJsonMb.toFixed(0)} MB |`,
  );
  const budget = inputBudgetBytes();
  return [
    machineLine(),
    '',
    `Each size built in a fresh Node process with a ${heapMb} MB heap, through buildGraph and writeBuildOutput as \`kg build\` does; the corpus is the sample and fixture pages with their digits permuted and a line numbering each copy, so every page is distinct. Run \`npx tsx bench/build-memory.ts --write\` to refresh (about half an hour on two shared cores).`,
    '',
    '| MB of pages | pages | articles | time (extract + resolve) | peak RSS | peak heap | heap bytes per added input byte | graph.json |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `"Heap bytes per added input byte" is the peak heap's growth over the smallest build divided by the input's growth: the marginal cost of a byte of pages, against the ${first ? (first.bytes / 1e6).toFixed(0) : '?'} MB build of the same run as the baseline. \`inputBudgetBytes\` assumes 100 heap bytes per input byte above 1 GiB for resources, capped at 50 MB since graph.json is written as one string (V8's longest is 512 Mi characters): with Node's default heap here (V8's limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB) a build takes at most ${(budget / 1e6).toFixed(1)} MB and refuses more before reading it.`,
  ].join('\n');
}

