// Benchmark: NER quality and speed on a human-annotated corpus (default: the People's Daily 1998 dev split in
// ../shared/corpora), beside raw jieba POS tagging (nr→PER, ns→LOC, nt→ORG) in the same run.
//   npx tsx bench/ner.ts [corpus.jsonl] [--write]     (--write updates the "NER" section of bench/RESULTS.md)
import { readFileSync } from 'node:fs';
import { EXTRACT_BATCH_CHARS, loadExtractResources } from '../src/extract/index.js';
import { plainJieba } from '../src/extract/jieba.js';
import { recognizeRecords, type NerLabel, type NerRecord } from '../src/ner/index.js';
import { batchBySize } from '../src/util/batches.js';
import { machineLine, median, timed, writeSection } from './results.js';

interface Gold {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; label: string }>;
}

const args = process.argv.slice(2);
const corpusPath = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpora/peoples-daily-1998/dev.jsonl', import.meta.url).pathname;
const gold: Gold[] = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
const LABELS = ['PER', 'LOC', 'ORG'] as const;
const chars = gold.reduce((n, g) => n + g.text.length, 0);

type Span = { start: number; end: number; label: string };
function score(pred: Span[][]) {
  const per: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const l of LABELS) per[l] = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    const key = (s: Span) => `${s.start}:${s.end}:${s.label}`;
    const gs = new Set(g.entities.filter((e) => (LABELS as readonly string[]).includes(e.label)).map(key));
    const ps = new Set(pred[i]!.filter((e) => (LABELS as readonly string[]).includes(e.label)).map(key));
    for (const k of ps) per[k.split(':')[2]!]![gs.has(k) ? 'tp' : 'fp']++;
    for (const k of gs) if (!ps.has(k)) per[k.split(':')[2]!]!.fn++;
  });
  const f = (c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const micro = Object.values(per).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { per: Object.fromEntries(LABELS.map((l) => [l, f(per[l]!)])), micro: f(micro) };
}

// Baseline: raw jieba tagging, default dictionary.
const jieba = plainJieba();
const TAG: Record<string, string> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };
const jiebaPredict = (): Span[][] =>
  gold.map((g) => {
    let pos = 0;
    const out: Span[] = [];
    for (const t of jieba.tag(g.text, true)) {
      const label = TAG[t.tag];
      if (label) out.push({ start: pos, end: pos + t.word.length, label });
      pos += t.word.length;
    }
    return out;
  });

const res = loadExtractResources();
const labels = new Set<NerLabel>(LABELS);
// Records in batches, as `kg ner` reads them.
const batches = batchBySize(gold, (g) => g.text.length, EXTRACT_BATCH_CHARS);
const kgPredict = (): Span[][] => {
  const out: NerRecord[] = [];
  for (const b of batches) out.push(...recognizeRecords(b.map((g) => ({ id: g.id, text: g.text })), out.length, res, labels));
  return out.map((r) => r.entities);
};

// Speed: warm-up passes of each (the JIT needs a few), then RUNS passes alternating, each after a full
// collection; medians.
const RUNS = 7;
const WARM_UP = 3;
let basePred = jiebaPredict();
let ourPred = kgPredict();
for (let k = 1; k < WARM_UP; k++) {
  jiebaPredict();
  kgPredict();
}
const baseTimes: number[] = [];
const ourTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  let ms: number;
  [basePred, ms] = timed(jiebaPredict);
  baseTimes.push(ms);
  [ourPred, ms] = timed(kgPredict);
  ourTimes.push(ms);
}
const baseMs = median(baseTimes);
const ourMs = median(ourTimes);
const pairRatios = baseTimes.map((b, i) => b / ourTimes[i]!);

const base = score(basePred);
const ours = score(ourPred);
const pct = (x: number) => (100 * x).toFixed(1);
const rows = [
  '| system | PER P/R/F1 | LOC P/R/F1 | ORG P/R/F1 | micro P/R/F1 | chars/s |',
  '|---|---|---|---|---|---|',
  ...[
    ['raw jieba tag (nr/ns/nt)', base, baseMs],
    ['kg extractor', ours, ourMs],
  ].map(([name, s, ms]) => {
    const sc = s as ReturnType<typeof score>;
    const cell = (x: { p: number; r: number; f1: number }) => `${pct(x.p)} / ${pct(x.r)} / **${pct(x.f1)}**`;
    return `| ${name} | ${LABELS.map((l) => cell(sc.per[l]!)).join(' | ')} | ${cell(sc.micro)} | ${Math.round(chars / ((ms as number) / 1000)).toLocaleString('en')} |`;
  }),
];
const summary = [
  `Corpus: \`${corpusPath.replace(/^.*\/shared\//, '../shared/')}\`, ${gold.length} sentences, ${chars.toLocaleString('en')} characters; exact span + label match.`,
  '',
  ...rows,
  '',
  `Micro F1: ${pct(ours.micro.f1)} vs ${pct(base.micro.f1)} for raw jieba (+${pct(ours.micro.f1 - base.micro.f1)} points). ` +
    `Speed, ${RUNS} alternating passes of each (records in batches, as \`kg ner\` reads them): the extractor runs at ${median(pairRatios).toFixed(2)}× raw jieba tagging on the same text (median of the paired ratios; range ${Math.min(...pairRatios).toFixed(2)}–${Math.max(...pairRatios).toFixed(2)}; jieba ${Math.round(chars / (baseMs / 1000)).toLocaleString('en')} chars/s). This harness runs the corpus alone, with less warm-up than \`bench/extract.ts\`, and reads lower on this machine (0.43–0.53× in five runs on 2026-11-27); "Extraction speed" above is the measurement the target is judged on.`,
];
console.log(summary.join('\n'));
const conventions = [
  'Where the corpus and the product differ (counted as errors above, not bent to): the corpus tags `中国政府` as the place 中国 where kg keeps the government as an organisation; it splits nested places (`江西|安义县`) where kg reads the longest name; it tags one-character abbreviations (中, 美, 京) as places wherever they stand, kg only where a neighbour makes them places (中美两国, 访华); and kg also finds PROGRAMME and OUTCOME spans, which this corpus does not annotate (not scored).',
];
if (args.includes('--write')) writeSection('NER (People\'s Daily 1998 dev)', [machineLine(), '', ...summary, '', ...conventions].join('\n'));
