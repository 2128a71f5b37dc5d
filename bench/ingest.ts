// Benchmark: ingest + segment throughput on a generated corpus of newspaper pages, beside a baseline that
// only reads, decodes and splits the same bytes into lines, in the same run.
//   npx tsx bench/ingest.ts [--mb 20] [--write]     (--write updates the "Ingest + segment" section of bench/RESULTS.md)
//
// The corpus is the fixture pages and the sample page, repeated with their digits permuted (a different order per
// copy, so pages differ) until it holds at least --mb megabytes, form-feed separated, in one file; and the
// same pages as one file each in a directory, which adds the per-file costs (stat, sidecar lookups, open).
// Each measurement runs in a fresh Node process, so its peak RSS is its own; the figure is the median of
// three timed runs after a warm-up.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/index.js';
import { decodeText } from '../src/ingest/decode.js';
import { segmentPage } from '../src/segment/index.js';
import { machineLine, writeSection } from './results.js';
import { varyDigits } from './vary-digits.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECTION = 'Ingest + segment';
const REQUIRED_MB_S = 5;

type Mode = 'pipeline' | 'baseline';
interface Measurement {
  mode: Mode;
  bytes: number;
  seconds: number[];
  pages: number;
  articles: number;
  lines: number;
  maxRssMb: number;
}

const args = process.argv.slice(2);
if (args[0] === '--measure') {
  console.log(JSON.stringify(await measure(args[1] as Mode, args[2]!)));
} else {
  await main();
}

async function main(): Promise<void> {
  const mb = Number(args[args.indexOf('--mb') + 1] ?? 20) || 20;
  const dir = join(tmpdir(), 'kg-bench-ingest');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  const corpus = buildCorpus(mb * 1024 * 1024);
  const file = join(dir, 'corpus.txt');
  writeFileSync(file, corpus.join('\f'));
  corpus.forEach((page, i) => writeFileSync(join(dir, 'pages', `${String(i).padStart(6, '0')}.txt`), page));
  const bytes = Buffer.byteLength(corpus.join('\f'));
  console.log(`corpus: ${corpus.length} pages, ${(bytes / 1e6).toFixed(1)} MB (one file, and one file per page)`);

  const run = (mode: Mode, target: string): Measurement =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', mode, target], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 }));
  const base = run('baseline', file);
  const one = run('pipeline', file);
  const many = run('pipeline', join(dir, 'pages'));
  rmSync(dir, { recursive: true, force: true });

  const mbs = (m: Measurement): number => m.bytes / 1e6 / median(m.seconds);
  const rows = [
    ['baseline: read + decode + split lines (one file)', base],
    ['ingest + segment, one file, form-feed separated', one],
    ['ingest + segment, one file per page', many],
  ] as const;
  const table = [
    '| Run | MB | Time (median of 3) | Throughput | Peak RSS | Pages | Articles |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(([name, m]) => `| ${name} | ${(m.bytes / 1e6).toFixed(1)} | ${median(m.seconds).toFixed(2)} s | ${mbs(m).toFixed(1)} MB/s | ${m.maxRssMb} MB | ${m.pages || '–'} | ${m.articles || '–'} |`),
  ].join('\n');
  const worst = Math.min(mbs(one), mbs(many));
  const verdict = `Requirement: ≥ ${REQUIRED_MB_S} MB/s — ${worst >= REQUIRED_MB_S ? 'met' : 'NOT met'} (slowest pipeline run ${worst.toFixed(1)} MB/s). Ingest + segment takes ${(median(one.seconds) / median(base.seconds)).toFixed(1)}× the baseline's time on the same file.`;
  const body = [
    machineLine(),
    '',
    `Corpus: the fixture pages and the sample page, repeated with their digits permuted differently in each copy, ${corpus.length} page texts in all, form-feed separated (a rule line splits some into two printed pages, hence more pages ingested); MB are 10^6 bytes of UTF-8. Run \`npx tsx bench/ingest.ts --write\` to refresh.`,
    '',
    table,
    '',
    verdict,
  ].join('\n');
  console.log(`\n${body}`);
  if (args.includes('--write')) writeSection(SECTION, body);
}

/** Page texts, varied, until their UTF-8 size reaches `target` bytes. */
function buildCorpus(target: number): string[] {
  const sources = [
    join(ROOT, 'seeds/pinghu-2022-page.txt'),
    ...readdirSync(join(ROOT, 'tests/fixtures/pages'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(ROOT, 'tests/fixtures/pages', f)),
  ];
  // Pages as files hold them: a multi-page fixture is split on its form feeds.
  const pages = sources.flatMap((f) => readFileSync(f, 'utf8').split('\f')).filter((p) => p.trim() !== '');
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < target; k++) {
    const page = pages[k % pages.length]!;
    const varied = varyDigits(page, Math.floor(k / pages.length));
    out.push(varied);
    size += Buffer.byteLength(varied) + 1;
  }
  return out;
}

async function measure(mode: Mode, target: string): Promise<Measurement> {
  // Bytes counted before the clock starts.
  const files = target.endsWith('.txt') ? [target] : readdirSync(target).map((f) => join(target, f));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const once = async (): Promise<Omit<Measurement, 'seconds' | 'maxRssMb' | 'mode'>> => {
    if (mode === 'baseline') {
      const buf = readFileSync(target);
      const text = decodeText(buf, target).text;
      return { bytes: buf.length, pages: 0, articles: 0, lines: text.split('\n').length };
    }
    const r = await ingest([target]);
    if (r.failures.length) throw r.failures[0];
    let articles = 0;
    for (const p of r.pages) articles += segmentPage(p).length;
    return { bytes, pages: r.pages.length, articles, lines: 0 };
  };
  await once(); // warm-up: JIT, lexicons and models loaded
  const seconds: number[] = [];
  let last: Omit<Measurement, 'seconds' | 'maxRssMb' | 'mode'> | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    last = await once();
    seconds.push((performance.now() - t0) / 1000);
  }
  return { mode, ...last!, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
