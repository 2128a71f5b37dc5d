// Benchmark: graph quality on real articles the product was not written for. Builds each batch of an evaluation
// set (default ../shared/eval/realset-dev: real articles with hand-made gold) and the sample page with `kg build`,
// exactly as a user would, scores each graph with the set's own scorer (score.mjs), and prints one table: per
// batch, micro-averaged over the set, and the sample page beside it.
//   npx tsx bench/quality.ts [--set DIR] [--write]     (--write updates the "Quality" section of bench/RESULTS.md)
// DIR holds batch folders (each with articles/ and gold.json) and score.mjs (or its parent does). Run it before
// and after a change; a rise on the dev set that the held-back sets do not share is tuning, not a fix.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, writeSection } from './results.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
// --engine rules|model|hybrid: passed to kg build (default: kg build's own, the hybrid).
const engineArg = args.indexOf('--engine');
const engineArgs = engineArg >= 0 ? ['--engine', args[engineArg + 1]!] : [];
const setArg = args.indexOf('--set');
const setDir = resolve(setArg >= 0 ? args[setArg + 1]! : join(ROOT, '..', 'shared', 'eval', 'realset-dev'));
const scorer = [join(setDir, 'score.mjs'), join(setDir, '..', 'score.mjs')].find(existsSync);
if (!scorer) throw new Error(`bench/quality: no score.mjs in ${setDir} or its parent`);

interface Score {
  entities: Record<string, { predicted: number; falsePositives: number; requiredFound: number; required: number }>;
  relations: { found: number; total: number; typedRecall: number; judged: number; precision: number | null };
  outcomes: { found: number; total: number; attachmentJudged: number; attachmentPrecision: number | null };
  articles: { gold: number; titlesFound: number; authorsAttached: number; authorsTotal: number };
}

/** Counts that add up across batches (the scorer reports ratios for some; they are turned back into counts). */
interface Counts {
  pred: number;
  fp: number;
  reqFound: number;
  req: number;
  byType: Record<string, { pred: number; fp: number; reqFound: number; req: number }>;
  relFound: number;
  relTyped: number;
  relTotal: number;
  relJudged: number;
  relRight: number;
  outFound: number;
  outTotal: number;
  attJudged: number;
  attRight: number;
  titles: number;
  articles: number;
  authors: number;
  authorsTotal: number;
}

const TYPES = ['Person', 'Organization', 'Place', 'Programme'] as const;

function counts(s: Score): Counts {
  const byType: Counts['byType'] = {};
  for (const t of TYPES) {
    const e = s.entities[t]!;
    byType[t] = { pred: e.predicted, fp: e.falsePositives, reqFound: e.requiredFound, req: e.required };
  }
  const sum = (k: 'pred' | 'fp' | 'reqFound' | 'req') => TYPES.reduce((n, t) => n + byType[t]![k], 0);
  return {
    pred: sum('pred'),
    fp: sum('fp'),
    reqFound: sum('reqFound'),
    req: sum('req'),
    byType,
    relFound: s.relations.found,
    relTyped: Math.round(s.relations.typedRecall * s.relations.total),
    relTotal: s.relations.total,
    relJudged: s.relations.judged,
    relRight: Math.round((s.relations.precision ?? 0) * s.relations.judged),
    outFound: s.outcomes.found,
    outTotal: s.outcomes.total,
    attJudged: s.outcomes.attachmentJudged,
    attRight: Math.round((s.outcomes.attachmentPrecision ?? 0) * s.outcomes.attachmentJudged),
    titles: s.articles.titlesFound,
    articles: s.articles.gold,
    authors: s.articles.authorsAttached,
    authorsTotal: s.articles.authorsTotal,
  };
}

function add(a: Counts, b: Counts): Counts {
  const out = { ...a, byType: {} as Counts['byType'] };
  for (const k of Object.keys(a) as (keyof Counts)[]) if (k !== 'byType') (out as unknown as Record<string, number>)[k] = (a[k] as number) + (b[k] as number);
  for (const t of TYPES) {
    const x = a.byType[t]!;
    const y = b.byType[t]!;
    out.byType[t] = { pred: x.pred + y.pred, fp: x.fp + y.fp, reqFound: x.reqFound + y.reqFound, req: x.req + y.req };
  }
  return out;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b ? a / b : 0);
const f3 = (x: number) => x.toFixed(3);

function row(name: string, c: Counts): string {
  const p = ratio(c.pred - c.fp, c.pred);
  const r = ratio(c.reqFound, c.req);
  const typeF1 = TYPES.map((t) => {
    const x = c.byType[t]!;
    return f3(f1(ratio(x.pred - x.fp, x.pred), ratio(x.reqFound, x.req)));
  });
  return [
    name,
    `${f3(p)} / ${f3(r)} / **${f3(f1(p, r))}**`,
    ...typeF1,
    `${c.relFound}/${c.relTotal} (${f3(ratio(c.relFound, c.relTotal))})`,
    `${f3(ratio(c.relRight, c.relJudged))} of ${c.relJudged}`,
    `${c.outFound}/${c.outTotal} (${f3(ratio(c.outFound, c.outTotal))})`,
    `${f3(ratio(c.attRight, c.attJudged))} of ${c.attJudged}`,
    `${c.titles}/${c.articles}`,
    `${c.authors}/${c.authorsTotal}`,
  ].join(' | ');
}

const work = mkdtempSync(join(tmpdir(), 'kg-quality-'));
function buildAndScore(input: string, gold: string, name: string): Counts {
  const out = join(work, name);
  const build = spawnSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'build', input, '-o', out, '-q', ...engineArgs], { encoding: 'utf8', cwd: ROOT });
  if (build.status !== 0) throw new Error(`bench/quality: kg build ${input} failed (exit ${build.status}):\n${build.stderr}`);
  const score = spawnSync(process.execPath, [scorer!, gold, join(out, 'graph.json'), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (score.status !== 0) throw new Error(`bench/quality: scoring ${name} failed:\n${score.stderr}`);
  return counts(JSON.parse(score.stdout) as Score);
}

try {
  const batches = readdirSync(setDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(setDir, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort();
  if (batches.length === 0) throw new Error(`bench/quality: no batch with a gold.json in ${setDir}`);
  const rows: string[] = [];
  let total: Counts | undefined;
  for (const b of batches) {
    const c = buildAndScore(join(setDir, b, 'articles'), join(setDir, b, 'gold.json'), b);
    rows.push(`| ${row(b, c)} |`);
    total = total ? add(total, c) : c;
  }
  rows.push(`| ${row(`**all ${batches.length} batches (micro)**`, total!)} |`);
  const sample = buildAndScore(join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'gold', 'pinghu-2022-page.gold.json'), 'sample');
  rows.push(`| ${row('sample page (seeds/)', sample)} |`);

  const setName = setDir.replace(/^.*\/shared\//, '../shared/');
  const body = [
    `Set: \`${setName}\` (${batches.length} batches), scored by its own \`score.mjs\`; the sample page by \`tests/fixtures/gold/pinghu-2022-page.gold.json\`. Each graph is built with \`kg build DIR\` as a user would. Run \`npx tsx bench/quality.ts --write\` to refresh (\`--set DIR\` for another set).`,
    '',
    '| input | entities P / R / F1 | Person F1 | Organization F1 | Place F1 | Programme F1 | relations found | relation precision | outcomes found | outcome on right subject | titles | bylines |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(body);
  if (args.includes('--write')) writeSection(`Quality (${basename(setDir)})`, `${machineLine()}\n\n${body}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
