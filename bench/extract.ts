// Benchmark: extraction throughput against raw jieba POS tagging (`tag`, default dictionary) on the same text, in
// the same process, interleaved run by run so both see the same machine.
//   npx tsx bench/extract.ts [--runs 7] [--write]     (--write updates the "Extraction speed" section of RESULTS.md)
//
// Two texts: newspaper articles (the sample page and the fixture pages, segmented by kg, each copy a page of its
// own so page-level consistency runs as it does in a build), and the sentences of the People's Daily 1998 dev
// set in ../shared/corpora (news sentences one by one, as `kg ner` reads them).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/document/types.js';
import { extractArticles, extractText, loadExtractResources } from '../src/extract/index.js';
import { plainJieba } from '../src/extract/jieba.js';
import { buildGraph } from '../src/pipeline.js';
import { machineLine, writeSection } from './results.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 7;
const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));

interface Workload {
  name: string;
  chars: number;
  texts: string[];
  extract: () => void;
}

const res = loadExtractResources({ homeAreas: ['平湖市'] });
const jieba = plainJieba();

// Newspaper articles, 40 copies of each page so a run takes long enough to time.
const built = await buildGraph({ inputs: [root('seeds'), root('tests/fixtures/pages')], defaults: { homeCity: '平湖市' } });
const zh = built.articles.filter((a) => a.language === 'zh');
const copies: Article[] = Array.from({ length: 40 }, (_, k) => zh.map((a) => ({ ...a, id: `${a.id}.${k}`, pageId: `${a.pageId}.${k}` }))).flat();
const workloads: Workload[] = [
  {
    name: `newspaper articles (the sample and ${new Set(zh.map((a) => a.source)).size - 1} fixture pages, ${zh.length} articles × 40)`,
    chars: copies.reduce((n, a) => n + a.text.length, 0),
    texts: copies.map((a) => a.text),
    extract: () => void extractArticles(copies, res),
  },
];
const corpus = root('../shared/corpora/peoples-daily-1998/dev.jsonl');
if (existsSync(corpus)) {
  const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  workloads.push({
    name: `People's Daily 1998 dev sentences (${sentences.length.toLocaleString('en')}, one by one)`,
    chars: sentences.reduce((n, s) => n + s.length, 0),
    texts: sentences,
    extract: () => {
      for (const s of sentences) extractText(s, res);
    },
  });
} else console.error(`note: ${corpus} not found; only the newspaper articles are measured`);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

const rows: string[] = [];
const ratios: number[] = [];
let peakRss = process.memoryUsage().rss;
for (const w of workloads) {
  const tag = (): void => {
    for (const t of w.texts) jieba.tag(t, true);
  };
  tag();
  w.extract(); // warm-up: JIT and caches for both
  const base: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < runs; r++) {
    base.push(time(tag));
    ours.push(time(w.extract));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const b = median(base);
  const o = median(ours);
  const perSec = (ms: number): string => `${((w.chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
  ratios.push(b / o);
  rows.push(`| ${w.name} | ${w.chars.toLocaleString('en')} | ${b.toFixed(0)} ms (${perSec(b)}) | ${o.toFixed(0)} ms (${perSec(o)}) | **${(b / o).toFixed(2)}×** |`);
  console.error(`${w.name}: jieba ${base.map((x) => x.toFixed(0)).join(' ')} ms; kg ${ours.map((x) => x.toFixed(0)).join(' ')} ms`);
}

const worst = Math.min(...ratios);
const body = [
  machineLine(),
  '',
  `Median of ${runs} runs each, jieba and kg alternating, after one warm-up run of each. "raw jieba tag" is @node-rs/jieba's \`tag\` with its default dictionary; "kg" is the whole extraction stage (segmentation with its edited dictionary, every recognizer, selection, page-level consistency, source offsets). Run \`npx tsx bench/extract.ts --write\` to refresh.`,
  '',
  '| Text | Characters | raw jieba tag | kg extraction | kg speed ÷ jieba speed |',
  '|---|---:|---:|---:|---:|',
  ...rows,
  '',
  `Peak RSS of the process: ${Math.round(peakRss / 2 ** 20)} MB. Target: ≥ 0.5× — ${worst >= 0.5 ? 'met' : `**not met** (${worst.toFixed(2)}× at worst)`}.`,
];
console.log(body.join('\n'));
if (args.includes('--write')) writeSection('Extraction speed', body.join('\n'));
