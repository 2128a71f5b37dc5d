// Benchmark: loading a streamed graph.jsonl (issue 14) — `kg load` by transactions and `kg load --bulk`, each as a
// user runs it (a child process, timed with its peak RSS), on a graph far larger than the year, beside the year's
// graph.json and graph.jsonl loaded the same way and the naive per-row loader, all in the same run.
//   npx tsx bench/load-jsonl.ts --year DIR/graph.json [--copies 6] [--naive-rows 3000] [--no-bulk] [--yes] [--write]
//   (--year: the year's graph.json, e.g. from bench/archive.ts --articles 17500 --keep DIR; --write updates the
//   "## Streamed load" section of bench/RESULTS.md)
//
// The large input is made here, outside the repo: the year's graph as graph.jsonl (meta line first), copied
// --copies times with every id and key suffixed per copy (`~2`, and the ids in articleIds), nodes of every copy
// before the relationships of any, as the file contract wants. Rates are rows per second of the whole command
// (start-up, both passes over the file, constraints, counts). WARNING: this EMPTIES the configured Neo4j database
// before each load, and the bulk path stops and restarts the local server; it refuses when the database holds any
// node, unless --yes is given.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadNeo4jConfig } from '../src/config/neo4j-config.js';
import { graphJsonlLines, metaLine } from '../src/graph/jsonl.js';
import { ensureNeo4j } from '../src/server/ensure.js';
import { createStore } from '../src/store/connection.js';
import { graphStats } from '../src/store/stats.js';
import type { Store } from '../src/store/store.js';
import type { Graph } from '../schema/model.js';
import { clear, naiveLoad, subgraph } from './naive-load.js';
import { machineLine, writeSection } from './results.js';

const SECTION = 'Streamed load';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

interface Run {
  what: string;
  rows: number;
  seconds: number;
  peakRssMb: number;
}

/** Runs `node bin/kg.js …` and returns its time and peak RSS. */
function kg(what: string, rows: number, argv: string[]): Run {
  const rssFile = join(tmpdir(), `kg-load-jsonl-rss-${process.pid}`);
  const preload = `${rssFile}.cjs`;
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const started = performance.now();
  execFileSync(process.execPath, ['--require', preload, 'bin/kg.js', ...argv, '--json', '-q'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
  rmSync(rssFile);
  rmSync(preload);
  console.log(`${what}: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), peak RSS ${peakRssMb} MB`);
  return { what, rows, seconds, peakRssMb };
}

/** The year's graph copied `copies` times into one graph.jsonl, ids suffixed per copy; its row count. */
async function multiply(year: string, meta: Graph['meta'], copies: number, out: string): Promise<number> {
  const w = createWriteStream(out);
  const write = async (s: string): Promise<void> => void (w.write(s) || (await once(w, 'drain')));
  let rows = 0;
  if (meta) await write(`${metaLine(meta)}\n`);
  for (const kind of ['node', 'relationship']) {
    for (let c = 0; c < copies; c++) {
      const id = (s: string): string => (c === 0 ? s : `${s}~${c + 1}`);
      for await (const line of createInterface({ input: createReadStream(year), crlfDelay: Infinity })) {
        if (!line.startsWith(`{"type":"${kind}"`)) continue;
        const r = JSON.parse(line);
        r.id = id(r.id);
        r.properties.key = id(r.properties.key);
        if (Array.isArray(r.properties.articleIds)) r.properties.articleIds = r.properties.articleIds.map(id);
        if (kind === 'relationship') {
          r.start.id = id(r.start.id);
          r.end.id = id(r.end.id);
        }
        await write(`${JSON.stringify(r)}\n`);
        rows++;
      }
    }
  }
  w.end();
  await once(w, 'finish');
  return rows;
}

async function expectRows(store: Store, rows: number): Promise<void> {
  const { totals } = await graphStats(store);
  if (totals.nodes + totals.relationships !== rows) throw new Error(`the database holds ${totals.nodes + totals.relationships} rows, not ${rows}`);
}

async function main(): Promise<void> {
  const yearJson = flag('--year');
  if (!yearJson) throw new Error('give the year\'s graph.json with --year (bench/archive.ts --articles 17500 --keep DIR makes one)');
  const copies = Number(flag('--copies') ?? 6);
  const naiveRows = Number(flag('--naive-rows') ?? 3000);
  const bulk = !args.includes('--no-bulk');
  const { config } = await ensureNeo4j(loadNeo4jConfig(), (e) => console.error(`kg: ${e.message}`));
  let store = createStore(config);
  const [held] = await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  if ((held?.n ?? 0) > 0 && !args.includes('--yes')) {
    console.error(`Refusing: the database at ${config.uri} holds ${held!.n} nodes; this benchmark empties it. Run with --yes.`);
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kg-load-jsonl-'));
  const loadBefore = loadavg();
  const runs: Run[] = [];
  let naive: { rows: number; seconds: number };
  try {
    const graph = JSON.parse(readFileSync(yearJson, 'utf8')) as Graph;
    const yearRows = graph.nodes.length + graph.relationships.length;
    for (const d of ['json', 'jsonl', 'big']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'json', 'graph.json'), readFileSync(yearJson));
    writeFileSync(join(dir, 'jsonl', 'graph.jsonl'), [...graphJsonlLines(graph)].join(''));
    const bigRows = await multiply(join(dir, 'jsonl', 'graph.jsonl'), graph.meta, copies, join(dir, 'big', 'graph.jsonl'));
    console.log(`year: ${yearRows} rows; ${copies} copies: ${bigRows} rows`);

    const fresh = async (): Promise<void> => {
      // Relationships first: 5,000 nodes with all their relationships outgrew the transaction memory limit.
      while (Number((await store.write<{ n: number }>('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n'))[0]?.n ?? 0) > 0);
      await clear(store);
      for (const d of ['json', 'jsonl', 'big']) rmSync(join(dir, d, '.kg-loaded.json'), { force: true });
    };
    const load = async (what: string, rows: number, argv: string[]): Promise<void> => {
      await fresh();
      runs.push(kg(what, rows, argv));
      if (argv.includes('--bulk')) {
        // The bulk path restarted the server: a new connection.
        await store.close();
        store = createStore(config);
      }
      await expectRows(store, rows);
    };
    await load('year graph.json, by transactions', yearRows, ['load', '-g', join(dir, 'json', 'graph.json')]);
    await load('year graph.jsonl, by transactions', yearRows, ['load', '-g', join(dir, 'jsonl', 'graph.jsonl')]);
    await load(`${copies} × year graph.jsonl, by transactions`, bigRows, ['load', '-g', join(dir, 'big', 'graph.jsonl')]);
    if (bulk) {
      await load(`${copies} × year graph.jsonl, --bulk`, bigRows, ['load', '--bulk', '-g', join(dir, 'big', 'graph.jsonl')]);
    }
    await fresh();
    const part = subgraph(graph, naiveRows);
    const started = performance.now();
    await naiveLoad(store, part);
    naive = { rows: part.nodes.length + part.relationships.length, seconds: (performance.now() - started) / 1000 };
    console.log(`naive loader: ${naive.rows} rows in ${naive.seconds.toFixed(1)} s`);
    await fresh();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const naiveRate = naive.rows / naive.seconds;
  const fmt = (n: number): string => Math.round(n).toLocaleString('en');
  const lines = [
    `Written by \`npx tsx bench/load-jsonl.ts --year … --copies ${copies}\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC). ${machineLine()}`,
    `Load average (1/5/15 min) ${loadBefore.map((x) => x.toFixed(1)).join(' / ')} before, ${loadavg().map((x) => x.toFixed(1)).join(' / ')} after: a shared machine, so times are noisy.`,
    'Each load is the whole `node bin/kg.js load …` command into an emptied database (start-up, the checking pass and the loading pass over the file, constraints, counts); peak RSS is the kg process\'s.',
    `The large graph is the year's graph.jsonl copied ${copies} times with ids suffixed per copy. The naive loader (one MERGE per row, one transaction each; bench/naive-load.ts) ran on ${fmt(naive.rows)} rows of the year in the same run.`,
    '',
    '| load | rows | seconds | rows/s | × naive | peak RSS of kg |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((r) => `| ${r.what} | ${fmt(r.rows)} | ${r.seconds.toFixed(1)} | ${fmt(r.rows / r.seconds)} | ${(r.rows / r.seconds / naiveRate).toFixed(1)}× | ${fmt(r.peakRssMb)} MB |`),
    `| naive loader (bench/naive-load.ts) | ${fmt(naive.rows)} | ${naive.seconds.toFixed(1)} | ${fmt(naiveRate)} | 1.0× | |`,
  ];
  const report = lines.join('\n');
  console.log(`\n${report}`);
  if (args.includes('--write')) writeSection(SECTION, report);
}

await main();
