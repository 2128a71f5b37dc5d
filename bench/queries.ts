// Benchmark: the canned queries (cypher/) on databases that hold many issues of the sample page, beside the queries
// as they were before issue 16 (bench/baseline-queries/: chained OPTIONAL MATCHes), in the same run.
//   npx tsx bench/queries.ts [--yes] [--write] [--pages 3200] [--timeout 60]
//   (--write updates the "Canned queries" section of bench/RESULTS.md)
//
// WARNING: this EMPTIES the configured Neo4j database (NEO4J_URI / NEO4J_DATABASE, default the local server kg
// manages) before each scenario and at the end. It refuses to start when the database holds any node, unless
// --yes is given. Point NEO4J_URI at a server used for nothing else.
//
// Scenarios, each built with the real pipeline and loaded with kg's loader into an emptied database:
//   one issue     the sample page: the names each query gives, to compare the others with;
//   16 issues     the sample page 16 times, a closing line apart (the issue's reproduction): every enterprise
//                 is named in 16 articles, with the same figures;
//   N pages       the sample page N times with its digits permuted differently in each copy: every enterprise is
//                 named in N articles, with N sets of figures. Built and loaded in parts of 400 pages.
// Each query runs with its default parameters: one warm-up run, then the median of three. A baseline query that
// runs past --timeout is stopped by the server (its transaction timeout) and reported as "> timeout".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNeo4jConfig } from '../src/config/neo4j-config.js';
import { isKgError } from '../src/errors.js';
import { buildGraph } from '../src/pipeline.js';
import { loadQueries, paramsFor, statementOf, type CannedQuery } from '../src/queries/index.js';
import { ensureNeo4j } from '../src/server/ensure.js';
import { createStore } from '../src/store/connection.js';
import { loadGraph } from '../src/store/loader.js';
import { graphStats } from '../src/store/stats.js';
import type { Store } from '../src/store/store.js';
import { clearDatabase } from '../tests/helpers/neo4j.js';
import { machineLine, median, runBenchmark, writeSection } from './results.js';
import { varyDigits } from './vary-digits.js';

const SECTION = 'Canned queries';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = join(ROOT, 'seeds', 'pinghu-2022-page.txt');
const BASELINE_DIR = join(ROOT, 'bench', 'baseline-queries');
const PART_PAGES = 400;
const RUNS = 3;
/** The issue's targets: under 2 s on 16 issues, under 5 s on 3,000+ pages. */
const TARGET_MS = { issues: 2000, pages: 5000 } as const;
/** Columns that name an enterprise, organisation, programme, person or place (not `other`, which may be a figure). */
const NAME_COLUMNS = ['enterprise', 'alongside', 'programme', 'organisation', 'person', 'place', 'subject', 'from', 'to', 'entity', 'name', 'shorter', 'longer'];

interface Timing {
  rows: number;
  /** Median ms, or undefined when the query ran past the timeout. */
  ms?: number;
  names: string;
}

interface Scenario {
  label: string;
  pages: number;
  nodes: number;
  relationships: number;
  loadS: number;
  current: Map<string, Timing>;
  baseline: Map<string, Timing>;
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const pagesWanted = Number(flag('--pages') ?? 3200);
const timeoutS = Number(flag('--timeout') ?? 60);

async function main(): Promise<void> {
  const { config } = await ensureNeo4j(loadNeo4jConfig());
  const store = createStore(config);
  const started = loadavg()[0]!;
  try {
    const [row] = await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    if ((row?.n ?? 0) > 0 && !args.includes('--yes')) {
      throw new Error(`the database at ${config.uri} holds ${row!.n} nodes; this benchmark empties it (give --yes to go on)`);
    }
    const current = loadQueries();
    const baseline = loadQueries(BASELINE_DIR);
    const page = readFileSync(SAMPLE, 'utf8');
    const scenarios: Scenario[] = [];
    for (const [label, pages, copy] of [
      ['one issue', 1, () => page],
      ['16 issues', 16, (i: number) => `${page}\n本报第${i + 1}期合订本\n`],
      [`${pagesWanted.toLocaleString('en')} pages`, pagesWanted, (i: number) => `${varyDigits(page, i)}\n本报第${i + 1}期合订本\n`],
    ] as const) {
      console.log(`— ${label}: building and loading ${pages} page(s)`);
      scenarios.push(await scenario(store, label, pages, copy, current, label === 'one issue' ? [] : baseline));
    }
    await clearDatabase(store);
    const report = reportOf(scenarios, current, config.uri, [started, loadavg()[0]!]);
    console.log(report);
    if (args.includes('--write')) writeSection(SECTION, report);
  } finally {
    await store.close();
  }
}

async function scenario(store: Store, label: string, pages: number, copy: (i: number) => string, current: CannedQuery[], baseline: CannedQuery[]): Promise<Scenario> {
  await clearDatabase(store);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-queries-'));
  const loadStarted = performance.now();
  try {
    for (let first = 0; first < pages; first += PART_PAGES) {
      const file = join(dir, `part-${first}.txt`);
      writeFileSync(file, Array.from({ length: Math.min(PART_PAGES, pages - first) }, (_, k) => copy(first + k)).join('\f'));
      const built = await buildGraph({ inputs: [file], defaults: { homeCity: '平湖市', newspaper: '平湖日报' } });
      await loadGraph(store, built.graph);
      process.stdout.write(`  ${Math.min(first + PART_PAGES, pages)}/${pages} pages loaded\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadS = (performance.now() - loadStarted) / 1000;
  const stats = await graphStats(store);
  const time = async (queries: CannedQuery[]): Promise<Map<string, Timing>> => {
    const out = new Map<string, Timing>();
    for (const q of queries) {
      const t = await timeQuery(store, q);
      console.log(`  ${baseline.includes(q) ? 'before #16' : 'now       '} ${q.name.padEnd(30)} ${String(t.rows).padStart(6)} rows  ${t.ms === undefined ? `> ${timeoutS} s` : `${t.ms.toFixed(0)} ms`}`);
      out.set(q.name, t);
    }
    return out;
  };
  return { label, pages, nodes: stats.totals.nodes, relationships: stats.totals.relationships, loadS, current: await time(current), baseline: await time(baseline) };
}

/** One warm-up run, then the median of RUNS; a run stopped at the timeout ends the measurement. */
async function timeQuery(store: Store, q: CannedQuery): Promise<Timing> {
  const times: number[] = [];
  let rows: Array<Record<string, unknown>> = [];
  for (let run = 0; run <= RUNS; run++) {
    const t = performance.now();
    try {
      rows = await store.read(statementOf(q), paramsFor(q, []), { timeoutMs: timeoutS * 1000 });
    } catch (e) {
      if (isKgError(e) && e.code === 'NEO4J_TIMEOUT') return { rows: 0, names: '' };
      throw e;
    }
    if (run > 0) times.push(performance.now() - t);
  }
  return { rows: rows.length, ms: median(times), names: namesOf(rows) };
}

function namesOf(rows: Array<Record<string, unknown>>): string {
  const found = new Set<string>();
  for (const row of rows) for (const c of NAME_COLUMNS) if (typeof row[c] === 'string') found.add(`${c}=${row[c] as string}`);
  return [...found].sort().join('\n');
}

function reportOf(scenarios: Scenario[], queries: CannedQuery[], uri: string, load: [number, number]): string {
  const [one, issues, many] = scenarios as [Scenario, Scenario, Scenario];
  // A query added after issue 16 has no "before" (no file in bench/baseline-queries/): shown as —.
  const ms = (t: Timing | undefined): string => (!t ? '—' : t.ms === undefined ? `> ${timeoutS} s` : t.ms < 1000 ? `${t.ms.toFixed(0)} ms` : `${(t.ms / 1000).toFixed(1)} s`);
  const ratio = (now: Timing, before: Timing | undefined): string =>
    !before ? '—' : before.ms === undefined ? `> ${Math.floor((timeoutS * 1000) / Math.max(now.ms ?? 1, 1))}×` : `${(before.ms / Math.max(now.ms ?? 1, 1)).toFixed(1)}×`;
  const same = (s: Scenario, name: string): string => (s.current.get(name)!.names === one.current.get(name)!.names ? 'yes' : 'no');
  const rows = queries.map((q) => {
    const a = issues.current.get(q.name)!;
    const b = many.current.get(q.name)!;
    return `| \`${q.name}\` | ${a.rows} | ${ms(a)} | ${ms(issues.baseline.get(q.name))} | ${ratio(a, issues.baseline.get(q.name))} | ${same(issues, q.name)} | ${b.rows.toLocaleString('en')} | ${ms(b)} | ${ms(many.baseline.get(q.name))} | ${ratio(b, many.baseline.get(q.name))} | ${same(many, q.name)} |`;
  });
  const slowest = (s: Scenario): number => Math.max(...queries.map((q) => s.current.get(q.name)!.ms ?? Infinity));
  const met = (s: Scenario, target: number): string => `${slowest(s) < target ? 'met' : 'NOT met'} (slowest ${(slowest(s) / 1000).toFixed(2)} s)`;
  const timedOut = (s: Scenario): string[] => queries.filter((q) => s.baseline.has(q.name) && s.baseline.get(q.name)!.ms === undefined).map((q) => `\`${q.name}\``);
  const graph = (s: Scenario): string => `${s.nodes.toLocaleString('en')} nodes, ${s.relationships.toLocaleString('en')} relationships (built and loaded in ${s.loadS.toFixed(0)} s)`;
  return [
    machineLine(),
    '',
    `Neo4j at ${uri} on the same machine (one-minute load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end; other work shares its two cores). Run \`npx tsx bench/queries.ts --write\` to refresh; it empties the configured database (see its header).`,
    '',
    `Databases: **16 issues** — the sample page 16 times, a closing line apart, so every enterprise is named in 16 articles with the same figures: ${graph(issues)}. **${many.label}** — the sample page with its digits permuted differently in each copy, so every enterprise is named in ${many.pages.toLocaleString('en')} articles with as many sets of figures: ${graph(many)}. Each query runs with its default parameters, one warm-up run then the median of ${RUNS}; "before" is the same query as it was before issue 16 (\`bench/baseline-queries/\`), in the same run on the same database, stopped by the server after ${timeoutS} s. "Same names" compares the enterprises, programmes, people and places a query names with what it names on one issue.`,
    '',
    `| Query | rows (16) | now (16) | before (16) | speed-up | same names | rows (${many.label}) | now | before | speed-up | same names |`,
    '|---|---:|---:|---:|---:|:-:|---:|---:|---:|---:|:-:|',
    ...rows,
    '',
    ...(queries.some((q) => !issues.baseline.has(q.name)) ? ['Queries added after issue 16 (the time and identity queries) have no earlier form: — in the before columns.', ''] : []),
    `Targets (issue 16): every query under ${TARGET_MS.issues / 1000} s on 16 issues — ${met(issues, TARGET_MS.issues)}; under ${TARGET_MS.pages / 1000} s on ${many.label} — ${met(many, TARGET_MS.pages)}. Before, ${timedOut(issues).length ? `${timedOut(issues).join(', ')} ran past ${timeoutS} s on 16 issues, and ` : ''}${timedOut(many).join(', ') || 'none'} ran past ${timeoutS} s on ${many.label}.`,
    '',
    'Rows grow with the pages where a query lists one row per fact or per article (`fact-provenance`, `articles`) or per distinct figure (`outcomes-by-measure`, `programme-outcomes`: the permuted figures are distinct); the others give as many rows as on one issue. `quality-single-mentions` names nothing on many issues, by design: what one issue names once, many name many times. Times include sending the rows to the benchmark.',
  ].join('\n');
}

await runBenchmark(main);
