// Diagnosis, not a benchmark: what the hybrid adds and loses against the rules alone on real articles with gold
// (default ../shared/eval/realset-dev), the real-article counterpart of bench/ner-diagnose.ts. Builds each batch
// with `kg build --engine rules` and `--engine hybrid` as a user would, scores both with the set's score.mjs, and
// prints per batch the entity P/R/F1 of each engine and the hybrid's gains, then every false positive only one
// engine makes and every required name only one finds — each with the rules its MENTIONS record (the tagger alone:
// model.ner-ap-v1; a rule the tagger agreed with keeps the rule's id), so each can be put down to the policy step
// or rule that let it in. The names it prints come from the evaluation articles: read them, never copy them into
// the repository.
//   npx tsx bench/hybrid-diagnose.ts [--set DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const setArg = args.indexOf('--set');
const setDir = resolve(setArg >= 0 ? args[setArg + 1]! : join(ROOT, '..', 'shared', 'eval', 'realset-dev'));
const scorer = [join(setDir, 'score.mjs'), join(setDir, '..', 'score.mjs')].find(existsSync);
if (!scorer) throw new Error(`bench/hybrid-diagnose: no score.mjs in ${setDir} or its parent`);

const ENGINES = ['rules', 'hybrid'] as const;
type Engine = (typeof ENGINES)[number];
type ByType = Record<string, string[]>;
interface Scored {
  fp: ByType;
  missed: ByType;
  overall: { precision: number; recall: number; f1: number };
  /** Entity name → the rules its MENTIONS relationships record. */
  rules: Map<string, string[]>;
}
interface GraphFile {
  nodes: Array<{ id: string; properties: { name?: string } }>;
  relationships: Array<{ type: string; end: string; properties: { rules?: string[] } }>;
}

const work = mkdtempSync(join(tmpdir(), 'kg-hybrid-diagnose-'));

function buildAndScore(batch: string, engine: Engine): Scored {
  const out = join(work, `${batch}-${engine}`);
  const build = spawnSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'build', join(setDir, batch, 'articles'), '-o', out, '-q', '--engine', engine], { encoding: 'utf8', cwd: ROOT });
  if (build.status !== 0) throw new Error(`bench/hybrid-diagnose: kg build ${batch} --engine ${engine} failed (exit ${build.status}):\n${build.stderr}`);
  const graphPath = join(out, 'graph.json');
  const score = spawnSync(process.execPath, [scorer!, join(setDir, batch, 'gold.json'), graphPath, '--json', '--verbose'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (score.status !== 0) throw new Error(`bench/hybrid-diagnose: scoring ${batch} (${engine}) failed:\n${score.stderr}`);
  const s = JSON.parse(score.stdout) as { fp: ByType; missed: ByType; entityOverall: Scored['overall'] };
  const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as GraphFile;
  const nameOf = new Map(graph.nodes.map((n) => [n.id, n.properties.name ?? '']));
  const rules = new Map<string, string[]>();
  for (const r of graph.relationships) {
    if (r.type !== 'MENTIONS') continue;
    const name = nameOf.get(r.end) ?? '';
    rules.set(name, [...new Set([...(rules.get(name) ?? []), ...(r.properties.rules ?? [])])]);
  }
  return { fp: s.fp, missed: s.missed, overall: s.entityOverall, rules };
}

const f3 = (x: number) => x.toFixed(3);
const pts = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;

try {
  const batches = readdirSync(setDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(setDir, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort();
  const table = ['| batch | rules P / R / F1 | hybrid P / R / F1 | hybrid − rules: P, R (points) |', '|---|---|---|---|'];
  const details: string[] = [];
  for (const b of batches) {
    const [rules, hybrid] = ENGINES.map((e) => buildAndScore(b, e)) as [Scored, Scored];
    const o = (s: Scored) => `${f3(s.overall.precision)} / ${f3(s.overall.recall)} / ${f3(s.overall.f1)}`;
    table.push(`| ${b} | ${o(rules)} | ${o(hybrid)} | ${pts(hybrid.overall.precision - rules.overall.precision)}, ${pts(hybrid.overall.recall - rules.overall.recall)} |`);
    const only = (a: ByType, other: ByType) => Object.entries(a).flatMap(([type, names]) => names.filter((n) => !(other[type] ?? []).includes(n)).map((n) => ({ type, n })));
    const show = (list: Array<{ type: string; n: string }>, s: Scored) => (list.length ? list.map(({ type, n }) => `${n} (${type}; ${(s.rules.get(n) ?? ['?']).join(', ')})`).join('; ') : '—');
    details.push(
      `${b}`,
      `  false positives only the hybrid makes: ${show(only(hybrid.fp, rules.fp), hybrid)}`,
      `  false positives only the rules make:   ${show(only(rules.fp, hybrid.fp), rules)}`,
      `  required names only the hybrid finds:  ${only(rules.missed, hybrid.missed).map(({ type, n }) => `${n} (${type})`).join('; ') || '—'}`,
      `  required names only the rules find:    ${only(hybrid.missed, rules.missed).map(({ type, n }) => `${n} (${type})`).join('; ') || '—'}`,
    );
  }
  console.log([...table, '', ...details].join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
