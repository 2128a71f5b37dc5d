// Benchmark: NER quality and speed on a human-annotated corpus (default: the People's Daily 1998 dev split in
// ../shared/corpora), for each engine — the rules alone, the statistical tagger alone, and the two together (the
// default) — beside raw jieba POS tagging (nr→PER, ns→LOC, nt→ORG) in the same run.
//   npx tsx bench/ner.ts [corpus.jsonl] [--write]     (--write updates the "NER" section of bench/RESULTS.md)
import { readFileSync } from 'node:fs';
import { ENGINES, EXTRACT_BATCH_CHARS, loadExtractResources, type Engine } from '../src/extract/index.js';
import { plainJieba } from '../src/extract/jieba.js';
import { recognizeRecords, type NerLabel, type NerRecord } from '../src/ner/index.js';
import { formatPRF, scoreNer, type NerScore, type PRF } from '../src/ner/score.js';
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

const labels = new Set<NerLabel>(LABELS);
// Records in batches, as `kg ner` reads them.
const batches = batchBySize(gold, (g) => g.text.length, EXTRACT_BATCH_CHARS);
const predictWith = (engine: Engine) => {
  const res = loadExtractResources({ engine });
  return (): Span[][] => {
    const out: NerRecord[] = [];
    for (const b of batches) out.push(...recognizeRecords(b.map((g) => ({ id: g.id, text: g.text })), out.length, res, labels));
    return out.map((r) => r.entities);
  };
};

// Speed: warm-up passes of each (the JIT needs a few), then RUNS rounds, each timing jieba then every engine after
// a full collection; medians, and each engine's ratio to the jieba pass of its round.
const RUNS = 7;
const WARM_UP = 3;
const systems: Array<{ name: string; engine?: Engine; predict: () => Span[][]; times: number[]; pred: Span[][] }> = [
  { name: 'raw jieba tag (nr/ns/nt)', predict: jiebaPredict, times: [], pred: [] },
  ...ENGINES.map((engine) => ({ name: `kg, engine ${engine}${engine === 'hybrid' ? ' (default)' : ''}`, engine, predict: predictWith(engine), times: [] as number[], pred: [] as Span[][] })),
];
for (let k = 0; k < WARM_UP; k++) for (const s of systems) s.pred = s.predict();
for (let r = 0; r < RUNS; r++) {
  for (const s of systems) {
    const [pred, ms] = timed(s.predict);
    s.pred = pred;
    s.times.push(ms);
  }
}
const base = systems[0]!;
const scores = new Map(systems.map((s) => [s.name, scoreNer(gold.map((g) => g.entities), s.pred, LABELS)]));
const cell = (x: PRF) => formatPRF(x).replace(/ \/ ([\d.]+)$/, ' / **$1**');
const ratioOf = (s: (typeof systems)[number]) => median(s.times.map((t, i) => base.times[i]! / t));
const rows = [
  '| system | PER P / R / F1 | LOC P / R / F1 | ORG P / R / F1 | micro P / R / F1 | chars/s | speed ÷ jieba |',
  '|---|---|---|---|---|---:|---:|',
  ...systems.map((s) => {
    const sc = scores.get(s.name) as NerScore;
    return `| ${s.name} | ${LABELS.map((l) => cell(sc.per[l]!)).join(' | ')} | ${cell(sc.micro)} | ${Math.round(chars / (median(s.times) / 1000)).toLocaleString('en')} | ${s === base ? '1' : `${ratioOf(s).toFixed(2)}×`} |`;
  }),
];
const f1 = (engine: Engine) => (100 * scores.get(systems.find((s) => s.engine === engine)!.name)!.micro.f1).toFixed(1);
const summary = [
  `Corpus: \`${corpusPath.replace(/^.*\/shared\//, '../shared/')}\`, ${gold.length} sentences, ${chars.toLocaleString('en')} characters; exact span + label match.`,
  '',
  ...rows,
  '',
  `Micro F1: rules ${f1('rules')}, model ${f1('model')}, hybrid ${f1('hybrid')}. Speed: ${RUNS} rounds after ${WARM_UP} warm-up passes, records in batches as \`kg ner\` reads them; "speed ÷ jieba" is the median of each round's ratio to the jieba pass of that round. "Extraction speed" above is the measurement the speed target is judged on.`,
];
console.log(summary.join('\n'));
const conventions = [
  "Where the corpus and the product differ (counted as errors above, not bent to): the corpus tags `中国政府` as the place 中国 where kg keeps the government as an organisation; it splits a site from the place it is named after (`上海|虹口体育馆`) where kg reads the site whole, as the real-article gold does (chains of administrative places, `江西|安义县`, both split); it tags one-character abbreviations (中, 美, 京) as places wherever they stand, kg only where a neighbour or the tagger shows them to be places; and kg also finds PROGRAMME and OUTCOME spans, which this corpus does not annotate (not scored). The model engine is the tagger's raw output, trained on this corpus's conventions; the hybrid keeps the rules' conventions and takes the tagger's spans alone only when it is sure, or fairly sure where the rules' data types them or they have their type's shape (see README, \"The statistical tagger and the rules\"). `npx tsx bench/ner-diagnose.ts` buckets what the hybrid loses against the model alone by the policy step that lost it, and tables every step with how many of the tagger's spans it decided are gold. Classified by hand when measured (issue 12, ner13): of the 336 gold names the model finds and the hybrid misses (ORG 62, PER 68, LOC 206; 372 before issue 12's fourth round), 219 are these conventions (127 one-character abbreviations and surnames, 37 places before 政府, 16 places and sites read whole, 10 names holding quotes or title marks, 8 names inside a programme or an award, 6 中华 of 中华民族, 5 countries tagged as teams, 4 bare endings), 97 the bars the tagger's spans alone must pass on purpose (a person's or an organisation's shape, the score bar, common words: ORG 34, PER 38, LOC 25), 14 a veto or a rule wrong on the sentence (names jieba's dictionary, built from this paper, holds as common nouns; people listed among posts) and 6 the rules' span kept where the tagger's longer one was right (ORG 5, LOC 1); of the hybrid's 149 false positives the model does not make, 121 are conventions (54 governments: 中国政府, 市政府).",
];
if (args.includes('--write')) writeSection("NER (People's Daily 1998 dev)", [machineLine(), '', ...summary, '', ...conventions].join('\n'));
