// Benchmark: how long `kg` takes to start and how much memory it holds, on the two smallest real jobs — `kg ner` on
// one sentence and `kg build` of the one sample page — each as a user runs it (node bin/kg.js …, a fresh process:
// the bundle in dist/ when it is fresh, else tsx compiling the sources as they load), wall time, CPU time (user +
// system, every thread; less disturbed than wall time by other work on the machine) and peak RSS, median of --runs
// runs. With --baseline DIR the same commands run from another checkout of kg (e.g. a tree of main before this
// change) in the same rounds, alternating, so both see the same machine.
//   npx tsx bench/startup.ts [--runs 5] [--baseline /path/to/other/checkout [--baseline-commit SHA]] [--write]
//   (--write updates the "## Start-up" section of bench/RESULTS.md)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../bin/bundle.js';
import { machineLine, median, runBenchmark, writeSection } from './results.js';

const SECTION = 'Start-up';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SENTENCE = '{"text":"平湖市钟埭街道的信易电热机械有限公司获评省级专精特新企业。"}\n';
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

interface Job {
  what: string;
  argv: (out: string) => string[];
  input?: string;
}

const JOBS: Job[] = [
  { what: '`kg ner` on one sentence (stdin)', argv: () => ['ner'], input: SENTENCE },
  { what: '`kg build` of the sample page (seeds/)', argv: (out) => ['build', join(ROOT, 'seeds'), '-o', out, '-q'] },
  { what: '`kg --version` (the CLI alone)', argv: () => ['--version'] },
];

/** The commit of a checkout: --baseline-commit when given (a tree from `git archive` has no .git), else git's answer. */
function commitOf(root: string): string {
  const given = flag('--baseline-commit');
  if (given) return given;
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown: not a git checkout; give --baseline-commit';
  }
}

/** Whether `kg` in this checkout runs its bundle (bin/bundle.js) or the sources through tsx. */
function bundleNote(root: string): string {
  const stale = staleReason(root, join(root, 'dist'));
  return stale === undefined ? 'its precompiled bundle (dist/, fresh)' : `the TypeScript sources through tsx (${stale})`;
}

/** One run of `node bin/kg.js …` in `root`: wall seconds and the process's peak RSS in MB. */
function run(root: string, job: Job): { seconds: number; cpu: number; rssMb: number } {
  const tmp = mkdtempSync(join(tmpdir(), 'kg-startup-'));
  const rssFile = join(tmp, 'rss');
  const preload = join(tmp, 'rss.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, (({ maxRSS, userCPUTime, systemCPUTime }) => maxRSS + ' ' + (userCPUTime + systemCPUTime))(process.resourceUsage())));\n`);
  try {
    const started = performance.now();
    execFileSync(process.execPath, ['--require', preload, join(root, 'bin', 'kg.js'), ...job.argv(join(tmp, 'out'))], { cwd: root, input: job.input ?? '', stdio: ['pipe', 'ignore', 'inherit'] });
    const seconds = (performance.now() - started) / 1000;
    const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    return { seconds, cpu: cpu! / 1e6, rssMb: Math.round(rss! / 1024) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = Number(flag('--runs') ?? 5);
  const baseline = flag('--baseline');
  const roots: Array<[string, string]> = [['this checkout', ROOT], ...(baseline ? ([['baseline', baseline]] as Array<[string, string]>) : [])];
  const before = loadavg();
  const results = new Map<string, { seconds: number[]; cpu: number[]; rss: number[] }>();
  // One warm-up of each, so tsx's compile cache is filled for both checkouts.
  for (const [, root] of roots) for (const job of JOBS) run(root, job);
  for (let i = 0; i < runs; i++) {
    for (const job of JOBS) {
      for (const [name, root] of roots) {
        const r = run(root, job);
        const key = `${job.what}|${name}`;
        const acc = results.get(key) ?? { seconds: [], cpu: [], rss: [] };
        acc.seconds.push(r.seconds);
        acc.cpu.push(r.cpu);
        acc.rss.push(r.rssMb);
        results.set(key, acc);
        console.log(`${job.what}, ${name}: ${r.seconds.toFixed(2)} s, CPU ${r.cpu.toFixed(2)} s, ${r.rssMb} MB`);
      }
    }
  }
  const lines = [
    `${machineLine()} Load average (1/5/15 min) ${before.map((x) => x.toFixed(1)).join('/')} before, ${loadavg().map((x) => x.toFixed(1)).join('/')} after; other work shared the two cores, so the ratio within a row means more than the times.`,
    '',
    `Each figure is the median of ${runs} runs of \`node bin/kg.js …\` in a fresh process (after one warm-up run each), the runs of both checkouts alternating; peak RSS is the process's own. ${baseline ? `Baseline: the checkout at \`${baseline}\` (commit ${commitOf(baseline)}).` : ''} This checkout ran ${bundleNote(ROOT)}. Run \`npx tsx bench/startup.ts --baseline DIR --write\` to refresh.`,
    '',
    `| Command | ${roots.map(([n]) => `${n}: time · CPU · peak RSS`).join(' | ')} |${baseline ? ' time · CPU ÷ baseline |' : ''}`,
    `|---|${roots.map(() => '---:').join('|')}|${baseline ? '---:|' : ''}`,
  ];
  for (const job of JOBS) {
    const cells = roots.map(([name]) => results.get(`${job.what}|${name}`)!);
    const ratio = baseline ? ` ${(median(cells[0]!.seconds) / median(cells[1]!.seconds)).toFixed(2)}× · ${(median(cells[0]!.cpu) / median(cells[1]!.cpu)).toFixed(2)}× |` : '';
    lines.push(`| ${job.what} | ${cells.map((c) => `${median(c.seconds).toFixed(2)} s · ${median(c.cpu).toFixed(2)} s · ${median(c.rss)} MB`).join(' | ')} |${ratio}`);
  }
  const report = lines.join('\n');
  console.log(report);
  if (args.includes('--write')) writeSection(SECTION, report);
}

await runBenchmark(main);
