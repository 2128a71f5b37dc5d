// Diagnosis, not a benchmark: where the hybrid loses what the tagger alone gets right on an annotated corpus
// (default: the People's Daily 1998 dev split). Every gold span the model engine finds and the hybrid misses is
// put in the bucket of the policy step that lost it (src/extract/hybrid.ts: a veto, "unsure", a shape, a rule's
// reading kept over the tagger's span, a label disagreement, …), and every false positive of the hybrid's that the
// model does not make in the bucket of the rule that made it and how it lies against the gold. Counts per bucket
// with a few examples, after a table of every policy step (by type and score band) with how many of the tagger's
// spans it decided are gold.
//   npx tsx bench/ner-diagnose.ts [corpus.jsonl] [--examples N]
import { readFileSync } from 'node:fs';
import { loadExtractResources, RECOGNIZERS } from '../src/extract/index.js';
import { buildContexts } from '../src/extract/context.js';
import { combine } from '../src/extract/hybrid.js';
import type { Candidate } from '../src/extract/mention.js';
import { mergeAdjacentOrganizations } from '../src/extract/recognizers/organizations.js';
import { recognizeRecords, type NerLabel, type NerRecord } from '../src/ner/index.js';
import type { ModelSpan } from '../src/tagger/index.js';
import { batchBySize } from '../src/util/batches.js';
import { EXTRACT_BATCH_CHARS } from '../src/extract/index.js';

interface Span {
  start: number;
  end: number;
  label: string;
}
interface Gold {
  id: string;
  text: string;
  entities: Span[];
}

const args = process.argv.slice(2);
const exArg = args.indexOf('--examples');
const EXAMPLES = exArg >= 0 ? Number(args[exArg + 1]) : 4;
const corpusPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--examples') ?? new URL('../../shared/corpora/peoples-daily-1998/dev.jsonl', import.meta.url).pathname;
const gold: Gold[] = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
const labels = new Set<NerLabel>(['PER', 'LOC', 'ORG']);
const batches = batchBySize(gold, (g) => g.text.length, EXTRACT_BATCH_CHARS);

function run(engine: 'model' | 'hybrid'): Span[][] {
  const res = loadExtractResources({ engine });
  const out: NerRecord[] = [];
  for (const b of batches) out.push(...recognizeRecords(b.map((g) => ({ id: g.id, text: g.text })), out.length, res, labels));
  return out.map((r) => r.entities);
}

// The policy's trace and the rules' candidates, per record, from the hybrid's own combine.
const res = loadExtractResources({ engine: 'hybrid' });
const steps: Array<Map<string, { step: string; score: number }>> = [];
const rulesOf: Candidate[][] = [];
for (const b of batches) {
  const ctxs = buildContexts(b.map((g) => g.text), res);
  const found: Candidate[][] = ctxs.map(() => []);
  for (const recognizer of RECOGNIZERS) ctxs.forEach((ctx, i) => found[i]!.push(...recognizer(ctx)));
  ctxs.forEach((ctx, i) => {
    const rules = [...found[i]!, ...mergeAdjacentOrganizations(ctx, found[i]!)];
    const trace = new Map<string, { step: string; score: number }>();
    combine(ctx, rules, res.model!.tag(ctx, ctx.sentences), res.model!.id, 'hybrid', (s: ModelSpan, step) => trace.set(key(s.start, s.end, s.type), { step, score: s.score }));
    steps.push(trace);
    rulesOf.push(rules);
  });
}

function key(start: number, end: number, label: string): string {
  return `${start}:${end}:${label}`;
}

const model = run('model');
const hybrid = run('hybrid');
const LABEL: Record<string, string> = { Person: 'PER', Place: 'LOC', Organization: 'ORG' };

const buckets = new Map<string, string[]>();
function add(bucket: string, example: string): void {
  const list = buckets.get(bucket) ?? [];
  list.push(example);
  buckets.set(bucket, list);
}
const band = (x: number) => (x >= 0.9 ? '≥0.9' : x >= 0.7 ? '0.7–0.9' : x >= 0.5 ? '0.5–0.7' : '<0.5');

/** How `h` lies against `g`: same span, longer, inside, crossing. */
function relation(g: Span, h: Span): string {
  if (h.start === g.start && h.end === g.end) return 'same span';
  if (h.start <= g.start && g.end <= h.end) return 'longer';
  if (g.start <= h.start && h.end <= g.end) return 'inside';
  return 'crossing';
}

let lost = 0;
let extra = 0;
let won = 0;
gold.forEach((g, i) => {
  const text = g.text;
  const show = (s: Span) => `${text.slice(s.start, s.end)}/${s.label}`;
  const context = (s: Span) => `${text.slice(Math.max(0, s.start - 6), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 6)}`;
  const G = new Set(g.entities.map((e) => key(e.start, e.end, e.label)));
  const M = new Set(model[i]!.map((e) => key(e.start, e.end, e.label)));
  const H = new Set(hybrid[i]!.map((e) => key(e.start, e.end, e.label)));
  for (const e of g.entities) {
    const k = key(e.start, e.end, e.label);
    if (!M.has(k) && H.has(k)) won++;
    if (!M.has(k) || H.has(k)) continue;
    lost++;
    const t = steps[i]!.get(k);
    const over = hybrid[i]!.filter((h) => h.start < e.end && e.start < h.end);
    const rival = over.length ? ` — hybrid ${over.map(show).join(' ')}` : '';
    let bucket: string;
    if (!t) bucket = 'not a raw tagger span (page consistency)';
    else if (['agreement', 'agreement-on-end', 'longer', 'alone', 'alone.crossing-rules'].includes(t.step)) {
      // Taken by the policy, lost in selection (or retyped).
      const r = over[0];
      bucket = r ? `taken (${t.step}), lost to a hybrid reading: ${relation(e, r)}${relation(e, r) === 'same span' ? ` as ${r.label}` : ''}` : `taken (${t.step}), gone after selection`;
    } else if (t.step === 'unsure') bucket = `unsure ${e.label} score ${band(t.score)}${over.length ? ' (a rule reads the place)' : ''}`;
    else bucket = `${t.step} ${e.label}`;
    add(bucket, `${context(e)} ${e.label}${t ? ` ${t.score.toFixed(2)}` : ''}${rival}`);
  }
  for (const h of hybrid[i]!) {
    const k = key(h.start, h.end, h.label);
    if (G.has(k) || M.has(k)) continue;
    extra++;
    const over = g.entities.filter((e) => e.start < h.end && h.start < e.end);
    const rule = rulesOf[i]!.find((c) => c.start === h.start && c.end === h.end && LABEL[c.label] === h.label)?.rule ?? (steps[i]!.has(k) ? 'model' : '?');
    const family = rule.split('.').slice(0, 2).join('.');
    add(`FP ${h.label} by ${family}: ${over.length ? relation(h, over[0]!) === 'same span' ? `gold ${over[0]!.label}` : `gold ${relation(over[0]!, h) === 'longer' ? 'inside it' : relation(over[0]!, h) === 'inside' ? 'around it' : 'crossing'}` : 'no gold'}`, `${context(h)} ${h.label} (${rule})${over.length ? ` — gold ${over.map(show).join(' ')}` : ''}`);
  }
});

const f = (x: number) => (100 * x).toFixed(1);
for (const [name, pred] of [['model', model], ['hybrid', hybrid]] as const) {
  const cells = ['PER', 'LOC', 'ORG', ''].map((label) => {
    let tp = 0;
    let np = 0;
    let ng = 0;
    gold.forEach((g, i) => {
      const G = new Set(g.entities.filter((e) => !label || e.label === label).map((e) => key(e.start, e.end, e.label)));
      const P = pred[i]!.filter((e) => !label || e.label === label);
      ng += G.size;
      np += P.length;
      for (const e of P) if (G.has(key(e.start, e.end, e.label))) tp++;
    });
    const p = tp / np;
    const r = tp / ng;
    return `${label || 'micro'} ${f(p)}/${f(r)}/${f((2 * p * r) / (p + r))} (gold ${ng}, predicted ${np})`;
  });
  console.log(`${name}: ${cells.join('; ')}`);
}
console.log(`Gold spans the model finds and the hybrid misses: ${lost}; the hybrid finds and the model misses: ${won}; hybrid false positives the model does not make: ${extra}.\n`);
// Every step of the policy by type and score band, with how many of the tagger's spans it decided are gold: a step
// that refuses spans the tagger is mostly right on is where the policy, not a convention, loses (issue 12, ner13).
const decided = new Map<string, { n: number; gold: number }>();
gold.forEach((g, i) => {
  const G = new Set(g.entities.map((e) => key(e.start, e.end, e.label)));
  for (const [k, t] of steps[i]!) {
    const label = k.slice(k.lastIndexOf(':') + 1);
    const d = decided.get(`${t.step} ${label} ${band(t.score)}`) ?? { n: 0, gold: 0 };
    d.n++;
    if (G.has(k)) d.gold++;
    decided.set(`${t.step} ${label} ${band(t.score)}`, d);
  }
});
console.log('| policy step, type, score | tagger spans | gold |\n|---|---:|---:|');
for (const [step, d] of [...decided].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${step} | ${d.n} | ${d.gold} (${Math.round((100 * d.gold) / d.n)}%) |`);
console.log('');
const sorted = [...buckets].sort((a, b) => b[1].length - a[1].length);
console.log('| bucket | count | examples |\n|---|---:|---|');
for (const [b, ex] of sorted) console.log(`| ${b} | ${ex.length} | ${ex.slice(0, EXAMPLES).join('; ').replace(/\|/g, '¦').replace(/\n/g, '⏎')} |`);
