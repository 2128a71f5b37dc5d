// Benchmark: a newspaper's archive, from a month to a year and more — `kg build` and `kg load` as a user runs them,
// each timed with its peak RSS, beside baselines measured in the same run: the build extracting in-process
// (`--workers 1`, the single-pass build kg had before parallel extraction) and the naive per-row loader.
//   npx tsx bench/archive.ts [--articles 1000,17500] [--load-articles 1000,17500] [--naive-rows 3000] [--yes] [--write] [--keep DIR]
//   [--bulk-articles 1000,17500]
//   (--load-articles: the sizes also loaded by transactions, default all; on a busy machine a large load can take many
//   minutes. --bulk-articles: the sizes also loaded by `kg load --bulk`, default all: this stops and restarts the
//   local server, so it runs only when NEO4J_URI is unset)
//   [--build-only] [--stream-articles 17500]
//   (--stream-articles: sizes built and loaded as streamed graphs, as the sizes above the streaming threshold are)
//   (--write updates the "## Archive" section of bench/RESULTS.md; --build-only builds and starts no database)
//
// An archive above the size `kg build` streams at (src/pipeline-stream.ts, STREAM_ABOVE_BYTES of files; 100k
// articles) is built with --stream, beside the in-memory build (--no-stream) as its baseline, which refuses it:
// the refusal is recorded. Below it, a --stream build of the same archive is timed beside the in-memory ones and
// its graph.jsonl checked to be the same graph as their graph.json (bench/same-graph.ts). At a streamed size the
// graph.jsonl is what `kg load` and `kg load --bulk` are timed on (the naive loader's part read from it too); below,
// graph.json.
//
// WARNING: this EMPTIES the configured Neo4j database (NEO4J_URI / NEO4J_DATABASE, default the local server kg
// manages) before each load; it refuses when the database holds any node, unless --yes is given.
//
// The archive is written from the repo's own pages (seeds/ and tests/fixtures/pages/): each copy of a page has
// its digits permuted (figures, dates, page numbers), its surnames rotated (other people) and a line naming its
// issue, so every page is distinct — its own page id, people and figures — while its sentences and layout stay
// those kg reads. Pages go eight to a file, one file an issue, as a paper's day. Both commands run as child
// processes (node bin/kg.js …) with a preload that reports the process's peak RSS (worker threads included).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNeo4jConfig } from '../src/config/neo4j-config.js';
import { ensureNeo4j } from '../src/server/ensure.js';
import { createStore } from '../src/store/connection.js';
import { countStats, graphJsonStats, graphStats, type GraphStats } from '../src/store/stats.js';
import { graphFileRows, type GraphRows } from '../src/graph/jsonl.js';
import type { Store } from '../src/store/store.js';
import type { Graph } from '../schema/model.js';
import { PARALLEL_MIN_CHARS } from '../src/workers/index.js';
import { clear, naiveLoad, subgraph, subgraphOfRows } from './naive-load.js';
import { machineLine, runBenchmark, writeSection } from './results.js';
import { varyDigits } from './vary-digits.js';
import { graphDifferences, readAnyGraph } from './same-graph.js';
import { STREAM_ABOVE_BYTES } from '../src/pipeline-stream.js';

const SECTION = 'Archive';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES_PER_ISSUE = 8;
/** Surnames rotated among themselves, a different rotation for each copy. */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

interface Run {
  what: string;
  seconds: number;
  /** User and system CPU time of the process (its threads included). */
  cpuSeconds: number;
  peakRssMb: number;
  out: Record<string, unknown>;
  /** The error of a command that refused its input (the in-memory build of an archive it cannot hold). */
  refused?: string;
}

interface SizeResult {
  target: number;
  pages: number;
  chars: number;
  articles: number;
  rows: number;
  builds: Run[];
  load?: Run;
  bulk?: Run;
  /** Bytes of graph.jsonl, for an archive built streamed. */
  jsonlBytes?: number;
  /** One issue (eight pages) added, then built again from the cache, and without it; the updated graph loaded. */
  grown?: { rows: number; incremental: Run; clean: Run; load?: Run };
}

/** A page's copy `copy`: digits permuted, surnames rotated, its issue and page named. */
export function varyPage(page: string, copy: number, issue: number, pageNo: number): string {
  if (copy === 0) return `${page}\n本报第${issue}期第${pageNo}版\n`;
  const shift = (copy % (SURNAMES.length - 1)) + 1;
  const names = varyDigits(page, copy).replace(/[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高]/g, (c) => SURNAMES[(SURNAMES.indexOf(c) + shift) % SURNAMES.length]!);
  return `${names}\n本报第${issue}期第${pageNo}版\n`;
}

/** The repo's pages, each with the number of articles kg finds on it. */
function sourcePages(): { text: string; articles: number }[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'pages');
  const files = [join(ROOT, 'seeds', 'pinghu-2022-page.txt'), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f))];
  const pages = files.flatMap((f) => readFileSync(f, 'utf8').split('\f')).filter((p) => p.trim() !== '');
  const tmp = mkdtempSync(join(tmpdir(), 'kg-archive-count-'));
  try {
    return pages.map((text, i) => {
      const file = join(tmp, `p${i}.txt`);
      writeFileSync(file, text);
      const out = execFileSync(process.execPath, ['bin/kg.js', 'build', file, '-o', join(tmp, 'out'), '--json', '-q', '--home-city', '平湖市'], { cwd: ROOT, encoding: 'utf8' });
      return { text, articles: (JSON.parse(out) as { articles: number }).articles };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Writes issues of eight pages into `dir` until about `articles` articles; returns pages, characters and the next
 * issue's number. `from` continues an archive: the issue number and page count to start at.
 */
function writeArchive(dir: string, articles: number, sources: { text: string; articles: number }[], from = { issue: 1, pages: 0 }, issues = Infinity): { pages: number; chars: number; nextIssue: number } {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  let chars = 0;
  let k = from.pages;
  let issue = from.issue;
  for (; count < articles && issue < from.issue + issues; issue++) {
    const pages: string[] = [];
    for (let p = 1; p <= PAGES_PER_ISSUE && count < articles; p++, k++) {
      const source = sources[k % sources.length]!;
      const text = varyPage(source.text, Math.floor(k / sources.length), issue, p);
      pages.push(text);
      count += source.articles;
      chars += text.length;
    }
    writeFileSync(join(dir, `issue-${String(issue).padStart(5, '0')}.txt`), pages.join('\f'));
  }
  return { pages: k - from.pages, chars, nextIssue: issue };
}

/** Runs `node bin/kg.js …` and returns its time, peak RSS and --json result. */
function kg(what: string, argv: string[], mayRefuse = false): Run {
  const rssFile = join(tmpdir(), `kg-archive-rss-${process.pid}`);
  const preload = join(tmpdir(), `kg-archive-rss-${process.pid}.cjs`);
  writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });\n`);
  const started = performance.now();
  let stdout = '{}';
  let refused: string | undefined;
  try {
    stdout = execFileSync(process.execPath, ['--require', preload, 'bin/kg.js', ...argv, '--json', '-q'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', mayRefuse ? 'pipe' : 'inherit'] });
  } catch (e) {
    if (!mayRefuse) throw e;
    refused = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n')[0];
  }
  const seconds = (performance.now() - started) / 1000;
  const [maxRss, cpuMicros] = JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number];
  const peakRssMb = Math.round(maxRss / 1024);
  const cpuSeconds = cpuMicros / 1e6;
  rmSync(rssFile);
  rmSync(preload);
  const run = { what, seconds, cpuSeconds, peakRssMb, out: JSON.parse(stdout) as Record<string, unknown>, ...(refused ? { refused } : {}) };
  console.log(`${what}: ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), peak RSS ${peakRssMb} MB${refused ? ` — refused: ${refused}` : ''}`);
  return run;
}

/** Bytes of the files in `dir`. */
const bytesIn = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

async function assertLoaded(store: Store, graph: Graph): Promise<void> {
  await assertStats(store, graphJsonStats(graph));
}

async function assertStats(store: Store, want: GraphStats): Promise<void> {
  const key = (o: Record<string, number>): string => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const got = await graphStats(store);
  if (key(got.nodes) !== key(want.nodes) || key(got.relationships) !== key(want.relationships)) throw new Error(`the database does not hold the graph: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

/** The counts by label and type of a streamed graph, from a first (checking) read of its rows. */
async function rowsStats(rows: GraphRows): Promise<GraphStats> {
  const labelSets = new Map<string, number>();
  const types = new Map<string, number>();
  for await (const row of rows.checked()) {
    if (row.kind === 'node') labelSets.set(row.node.labels.join(':'), (labelSets.get(row.node.labels.join(':')) ?? 0) + 1);
    else if (row.kind === 'relationship') types.set(row.relationship.type, (types.get(row.relationship.type) ?? 0) + 1);
  }
  return countStats(
    [...labelSets].map(([labels, count]) => ({ labels: labels.split(':'), count })),
    [...types].map(([type, count]) => ({ type, count })),
  );
}

/** The naive loader on a part of a graph, into the emptied database. */
async function timeNaive(store: Store, part: Graph): Promise<{ rows: number; seconds: number }> {
  await clear(store);
  const started = performance.now();
  await naiveLoad(store, part);
  const naive = { rows: part.nodes.length + part.relationships.length, seconds: (performance.now() - started) / 1000 };
  console.log(`naive loader: ${naive.rows} rows in ${naive.seconds.toFixed(1)} s`);
  return naive;
}

async function main(): Promise<void> {
  const sizes = (flag('--articles') ?? '1000,17500').split(',').map(Number);
  const naiveRows = Number(flag('--naive-rows') ?? 3000);
  const loaded = new Set((flag('--load-articles') ?? sizes.join(',')).split(',').map(Number));
  const bulked = new Set((flag('--bulk-articles') ?? sizes.join(',')).split(',').map(Number));
  const keep = flag('--keep');
  const streamedSizes = new Set((flag('--stream-articles') ?? '').split(',').filter(Boolean).map(Number));
  const buildOnly = args.includes('--build-only');
  if (buildOnly) {
    loaded.clear();
    bulked.clear();
  }
  const { config } = buildOnly ? { config: undefined } : await ensureNeo4j(loadNeo4jConfig(), (e) => console.error(`kg: ${e.message}`));
  const store = config ? createStore(config) : undefined;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'kg-archive-'));
  const loadBefore = loadavg();
  const results: SizeResult[] = [];
  let naive: { rows: number; seconds: number } | undefined;
  try {
    const [row] = store ? await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n') : [];
    if ((row?.n ?? 0) > 0 && !args.includes('--yes')) {
      console.error(`Refusing: the database at ${config!.uri} holds ${row!.n} nodes; bench/archive.ts empties it. Run with --yes, or point NEO4J_URI at a server of its own.`);
      process.exitCode = 2;
      return;
    }
    const sources = sourcePages();
    console.log(`${sources.length} source pages, ${sources.reduce((n, s) => n + s.articles, 0)} articles in one copy of each`);
    for (const target of sizes) {
      const input = join(dir, `archive-${target}`);
      const { pages, chars, nextIssue } = writeArchive(input, target, sources);
      console.log(`archive of ~${target} articles: ${pages} pages, ${(chars / 1e6).toFixed(2)} M characters`);
      const outOf = (w: string): string => join(dir, `out-${target}-${w}`);
      const common = ['build', input, '--home-city', '平湖市', '--newspaper', '平湖日报'];
      if (bytesIn(input) > STREAM_ABOVE_BYTES || streamedSizes.has(target)) {
        // Too large to build in memory: the in-memory build's refusal is the baseline, then the streamed build.
        const refusal = kg('build in memory (--no-stream): baseline', [...common, '-o', outOf('memory'), '--no-stream'], true);
        const streamed = kg(`build --stream, default (--workers ${availableParallelism()})`, [...common, '-o', outOf('stream'), '--stream']);
        const jsonl = join(outOf('stream'), 'graph.jsonl');
        const jsonlBytes = statSync(jsonl).size;
        const counts = (o: unknown): number => Object.values(o as Record<string, number>).reduce((n, x) => n + x, 0);
        // graph.jsonl loaded as the graph.json of the smaller sizes is: by transactions, then by the bulk path, each
        // into an empty database and checked against the file's own counts (read here as a stream).
        let load: Run | undefined;
        let bulk: Run | undefined;
        if (store && (loaded.has(target) || bulked.has(target))) {
          const rows = graphFileRows(jsonl);
          const want = await rowsStats(rows);
          if (loaded.has(target)) {
            await clear(store);
            load = kg('load graph.jsonl into an empty database', ['load', '-g', jsonl]);
            await assertStats(store, want);
          }
          if (!naive && load) naive = await timeNaive(store, await subgraphOfRows(rows, naiveRows));
          if (bulked.has(target)) {
            await clear(store);
            bulk = kg('load --bulk graph.jsonl into an empty database', ['load', '--bulk', '-g', jsonl]);
            await assertStats(store, want);
          }
          await clear(store);
        }
        results.push({ target, pages, chars, articles: streamed.out.articles as number, rows: counts(streamed.out.nodes) + counts(streamed.out.relationships), builds: [refusal, streamed], jsonlBytes, ...(load ? { load } : {}), ...(bulk ? { bulk } : {}) });
        if (!keep) rmSync(input, { recursive: true, force: true });
        continue;
      }
      // Baseline first, then the default; each in a fresh process.
      const builds = [kg('build, in-process, no cache (--workers 1 --no-cache): baseline', [...common, '-o', outOf('1'), '--workers', '1', '--no-cache']), kg(`build, default (--workers ${availableParallelism()})`, [...common, '-o', outOf('default')])];
      const graphs = builds.map((_, i) => readFileSync(join(outOf(i === 0 ? '1' : 'default'), 'graph.json'), 'utf8'));
      if (graphs[0] !== graphs[1]) throw new Error(`archive of ${target}: graph.json differs between --workers 1 and the default`);
      const graph = JSON.parse(graphs[1]!) as Graph;
      // The same archive streamed: the same graph, in graph.jsonl.
      builds.push(kg('build --stream, in-process, no cache (--workers 1 --no-cache --stream)', [...common, '-o', outOf('stream'), '--workers', '1', '--no-cache', '--stream']));
      const differences = graphDifferences(graph, await readAnyGraph(join(outOf('stream'), 'graph.jsonl')));
      if (differences.length) throw new Error(`archive of ${target}: the streamed graph differs from the in-memory one:\n  ${differences.join('\n  ')}`);
      if (!store) {
        results.push({ target, pages, chars, articles: builds[1]!.out.articles as number, rows: graph.nodes.length + graph.relationships.length, builds });
        if (!keep) rmSync(input, { recursive: true, force: true });
        continue;
      }
      let load: Run | undefined;
      if (loaded.has(target)) {
        await clear(store);
        load = kg('load into an empty database', ['load', '-g', join(outOf('default'), 'graph.json')]);
        await assertLoaded(store, graph);
      }
      if (!naive && load) naive = await timeNaive(store, subgraph(graph, naiveRows));
      await clear(store);
      let bulk: Run | undefined;
      if (bulked.has(target)) {
        bulk = kg('load --bulk into an empty database', ['load', '--bulk', '-g', join(outOf('default'), 'graph.json')]);
        await assertLoaded(store, graph);
      } else if (load) {
        kg('load into an empty database again, for the update below (not reported)', ['load', '-g', join(outOf('default'), 'graph.json')]);
      }
      // One more issue: built again from the cache of the default build, and without the cache as its baseline (and
      // to check the two agree); the updated graph loaded into the database the load above left.
      writeArchive(input, Infinity, sources, { issue: nextIssue, pages }, 1);
      const incremental = kg('build again after adding one issue (8 pages), from the cache', [...common, '-o', outOf('default')]);
      const clean = kg('build of the grown archive without the cache (--no-cache): baseline', [...common, '-o', outOf('clean'), '--no-cache']);
      const grownText = readFileSync(join(outOf('default'), 'graph.json'), 'utf8');
      if (grownText !== readFileSync(join(outOf('clean'), 'graph.json'), 'utf8')) throw new Error(`archive of ${target}: the incremental build's graph.json differs from the clean build's`);
      const grownGraph = JSON.parse(grownText) as Graph;
      let grownLoad: Run | undefined;
      if (bulk || load) {
        grownLoad = kg('load of the updated graph (what changed)', ['load', '-g', join(outOf('default'), 'graph.json')]);
        await assertLoaded(store, grownGraph);
      }
      await clear(store);
      const grown = { rows: grownGraph.nodes.length + grownGraph.relationships.length, incremental, clean, ...(grownLoad ? { load: grownLoad } : {}) };
      results.push({ target, pages, chars, articles: builds[1]!.out.articles as number, rows: graph.nodes.length + graph.relationships.length, builds, grown, ...(load ? { load } : {}), ...(bulk ? { bulk } : {}) });
      if (!keep) rmSync(input, { recursive: true, force: true });
    }
  } finally {
    await store?.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  const report = reportOf(results, naive, loadBefore, loadavg());
  console.log(report);
  if (args.includes('--write')) writeSection(SECTION, report);
}

function reportOf(results: SizeResult[], naive: { rows: number; seconds: number } | undefined, before: number[], after: number[]): string {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const naiveRate = naive ? naive.rows / naive.seconds : NaN;
  const timed = (r: Run): string => `${r.seconds.toFixed(1)} (${r.cpuSeconds.toFixed(1)} CPU)`;
  const lines = [
    'Written by `bench/archive.ts`: archives generated from the repo\'s pages (digits permuted, surnames rotated, issue and page named; eight pages an issue file), built and loaded by `node bin/kg.js` as child processes; peak RSS is each process\'s own (worker threads included).',
    '',
    `${machineLine()} Load average (1/5/15 min) ${before.map((x) => x.toFixed(1)).join('/')} before, ${after.map((x) => x.toFixed(1)).join('/')} after. One run each: on this shared machine single runs vary by tens of percent, so ratios within a size mean more than times across runs.`,
    '',
    '| Articles | Pages | M chars | Command | Time (s) | Peak RSS (MB) | vs baseline |',
    '|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const r of results) {
    const [base, ...others] = r.builds;
    if (base!.refused) lines.push(`| ${fmt(r.articles)} | ${fmt(r.pages)} | ${(r.chars / 1e6).toFixed(2)} | ${base!.what}: refused ("${base!.refused.replaceAll('|', '/')}") | ${timed(base!)} | ${base!.peakRssMb} | — |`);
    else lines.push(`| ${fmt(r.articles)} | ${fmt(r.pages)} | ${(r.chars / 1e6).toFixed(2)} | ${base!.what} | ${timed(base!)} | ${base!.peakRssMb} | 1× |`);
    for (const b of others) lines.push(`| | | | ${b.what}${r.jsonlBytes ? `: ${fmt(r.rows)} rows, graph.jsonl ${(r.jsonlBytes / 1e6).toFixed(0)} MB` : ''} | ${timed(b)} | ${b.peakRssMb} | ${base!.refused ? 'built' : `${(base!.seconds / b.seconds).toFixed(2)}×`} |`);
    if (r.load) {
      const rate = r.rows / r.load.seconds;
      lines.push(`| | | | kg load, ${fmt(r.rows)} rows into an empty database by transactions: ${fmt(rate)} rows/s (whole command) | ${r.load.seconds.toFixed(1)} | ${r.load.peakRssMb} | ${(rate / naiveRate).toFixed(1)}× naive |`);
    } else if (!r.jsonlBytes) lines.push(`| | | | kg load of its ${fmt(r.rows)} rows by transactions: not run at this size (--load-articles) | | | |`);
    if (r.bulk) {
      const rate = r.rows / r.bulk.seconds;
      const importRate = r.rows / ((r.bulk.out.importMs as number) / 1000);
      const phases = Object.entries((r.bulk.out.phases ?? {}) as Record<string, number>).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)}`).join(', ');
      lines.push(`| | | | kg load --bulk, ${fmt(r.rows)} rows: ${fmt(rate)} rows/s for the whole command (server stopped and started again, constraints created); neo4j-admin import alone ${((r.bulk.out.importMs as number) / 1000).toFixed(1)} s, ${fmt(importRate)} rows/s${phases ? `; steps (s): ${phases}` : ''} | ${r.bulk.seconds.toFixed(1)} | ${r.bulk.peakRssMb} (kg; the importer is a JVM of its own) | ${(rate / naiveRate).toFixed(1)}× naive (import alone ${(importRate / naiveRate).toFixed(0)}×) |`);
    }
  }
  lines.push('', 'Incremental builds: one issue (8 pages) added to each archive, then `kg build` again into the same directory (pages taken from its cache, `.kg-cache/`), beside a build of the grown archive with `--no-cache` in the same run; both wrote byte-identical graph.json (checked). The load of the updated graph sends what changed since the first load (`.kg-loaded.json`).', '', '| Articles | Command | Time (s) | Peak RSS (MB) | vs baseline |', '|---:|---|---:|---:|---:|');
  for (const r of results) {
    const g = r.grown;
    if (!g) continue;
    lines.push(`| ${fmt(r.articles)} + 1 issue | ${g.clean.what} | ${g.clean.seconds.toFixed(1)} | ${g.clean.peakRssMb} | 1× |`);
    lines.push(`| | ${g.incremental.what}: ${g.incremental.out.pagesRead as number} of ${g.incremental.out.pages as number} pages read | ${g.incremental.seconds.toFixed(1)} | ${g.incremental.peakRssMb} | ${(g.clean.seconds / g.incremental.seconds).toFixed(1)}× faster |`);
    const first = r.bulk ?? r.load;
    if (g.load) lines.push(`| | kg load of the updated graph (${fmt(g.rows)} rows) after the first (${r.bulk ? 'bulk' : 'by transactions'}): ${fmt(g.load.out.nodes as number)} nodes and ${fmt(g.load.out.relationships as number)} relationships written (mode ${String(g.load.out.mode)}) | ${g.load.seconds.toFixed(1)} | ${g.load.peakRssMb} | ${first ? `${(first.seconds / g.load.seconds).toFixed(1)}× faster than the first load` : ''} |`);
  }
  lines.push(
    '',
    naive ? `Naive loader (one MERGE per row, one transaction each, bench/naive-load.ts) on a ${fmt(naive.rows)}-row part of the first loaded archive's graph, same run and server: ${naive.seconds.toFixed(1)} s, ${fmt(naiveRate)} rows/s.` : 'No archive was loaded in this run.',
    `Builds extract in-process below ${(PARALLEL_MIN_CHARS / 1e6).toFixed(0)} M characters whatever --workers says (src/workers/index.ts). Both builds of each size wrote byte-identical graph.json (checked). Build time includes Node and tsx start-up and loading the gazetteer and dictionaries; load time the server connection and the constraint statements.`,
  );
  return lines.join('\n');
}

await runBenchmark(main);
