// Benchmark: extraction throughput against raw jieba POS tagging (`tag`, default dictionary) on the same text, in
// the same process, interleaved run by run so all see the same machine: the default engine (hybrid: the
// statistical tagger and the rules) and, for comparison, the rules alone.
//   npx tsx bench/extract.ts [--runs 7] [--baseline DIR] [--write]
//                                       (--write updates the "Extraction speed" section of RESULTS.md)
// With --baseline DIR (another checkout of kg, e.g. `git archive main | tar -x -C DIR` with node_modules linked),
// that checkout's default engine runs in the same process on the same text, alternating with this one's: the
// ratio of the two is what a speed change gained, whatever else the machine is doing.
//
// Two texts: newspaper articles (the sample page and the fixture pages, segmented by kg, each copy a page of its
// own so page-level consistency runs as it does in a build), and the sentences of the People's Daily 1998 dev
// set in ../shared/corpora (each sentence a document of its own, in batches as `kg ner` reads them; and, for
// comparison, one call per sentence, as a program calling `extractText` for each would).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article } from '../src/document/types.js';
import * as thisExtract from '../src/extract/index.js';
import { plainJieba } from '../src/extract/jieba.js';
import { buildGraph } from '../src/pipeline.js';
import { batchBySize } from '../src/util/batches.js';
import { fullGc, machineLine, median, timed, writeSection } from './results.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 7;
const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));

type ExtractModule = typeof thisExtract;
const { EXTRACT_BATCH_CHARS, loadExtractResources } = thisExtract;

interface Workload {
  name: string;
  chars: number;
  texts: string[];
  /** Runs the workload with one checkout's extraction module and resources. */
  extract: (x: ExtractModule, res: thisExtract.ExtractResources) => void;
  /** Reported, but not a path the product takes: the target is not judged on it. */
  informative?: boolean;
}

// RSS read after a full collection each time: what the resources hold, not the garbage their loading left.
const heldRss = (): number => (fullGc(), process.memoryUsage().rss);
const loadAtStart = loadavg();
const rssBefore = heldRss();
const rules = loadExtractResources({ homeAreas: ['平湖市'], engine: 'rules' });
const rssRules = heldRss();
const hybrid = loadExtractResources({ homeAreas: ['平湖市'] });
const rssHybrid = heldRss();
const jieba = plainJieba();
const baselineDir = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1]! : undefined;
const baseline = baselineDir ? ((await import(pathToFileURL(join(baselineDir, 'src/extract/index.ts')).href)) as ExtractModule) : undefined;
const baselineRes = baseline?.loadExtractResources({ homeAreas: ['平湖市'] });

// Newspaper articles, 40 copies of each page so a run takes long enough to time.
const built = await buildGraph({ inputs: [root('seeds'), root('tests/fixtures/pages')], defaults: { homeCity: '平湖市' } });
const zh = built.articles.filter((a) => a.language === 'zh');
const copies: Article[] = Array.from({ length: 40 }, (_, k) => zh.map((a) => ({ ...a, id: `${a.id}.${k}`, pageId: `${a.pageId}.${k}` }))).flat();
const workloads: Workload[] = [
  {
    name: `newspaper articles (the sample and ${new Set(zh.map((a) => a.source)).size - 1} fixture pages, ${zh.length} articles × 40)`,
    chars: copies.reduce((n, a) => n + a.text.length, 0),
    texts: copies.map((a) => a.text),
    extract: (x, res) => void x.extractArticles(copies, res),
  },
];
const corpus = root('../shared/corpora/peoples-daily-1998/dev.jsonl');
if (existsSync(corpus)) {
  const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const batches = batchBySize(sentences, (s) => s.length, EXTRACT_BATCH_CHARS);
  const pd = { chars: sentences.reduce((n, s) => n + s.length, 0), texts: sentences };
  workloads.push(
    {
      name: `People's Daily 1998 dev sentences (${sentences.length.toLocaleString('en')}, each a document, in batches as \`kg ner\` reads them)`,
      ...pd,
      extract: (x, res) => {
        for (const b of batches) x.extractTexts(b.map((text) => ({ text })), res);
      },
    },
    {
      name: 'the same sentences, one `extractText` call each (not a product path; for comparison)',
      ...pd,
      informative: true,
      extract: (x, res) => {
        for (const s of sentences) x.extractText(s, res);
      },
    },
  );
} else console.error(`note: ${corpus} not found; only the newspaper articles are measured`);

const time = (f: () => void): number => timed(f)[1];

const rows: string[] = [];
const ratios: number[] = [];
let peakRss = process.memoryUsage().rss;
const ratio = (base: number[], ours: number[]): string => {
  // The median of each run's ratio to the jieba run just before it: this machine's speed drifts between runs
  // (shared cores), and a pair sees the same drift.
  const r = base.map((x, i) => x / ours[i]!);
  return `**${median(r).toFixed(2)}×** (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`;
};
for (const w of workloads) {
  const tag = (): void => {
    for (const t of w.texts) jieba.tag(t, true);
  };
  // Warm-up: JIT and caches for all.
  tag();
  w.extract(thisExtract, rules);
  w.extract(thisExtract, hybrid);
  if (baseline) w.extract(baseline, baselineRes!);
  const base: number[] = [];
  const ruleTimes: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < runs; r++) {
    base.push(time(tag));
    ruleTimes.push(time(() => w.extract(thisExtract, rules)));
    ours.push(time(() => w.extract(thisExtract, hybrid)));
    if (baseline) theirs.push(time(() => w.extract(baseline, baselineRes!)));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const b = median(base);
  const perSec = (ms: number): string => `${((w.chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s`;
  if (!w.informative) ratios.push(median(base.map((x, i) => x / ours[i]!)));
  // Against the baseline checkout: the median of each run's time ratio (this checkout's hybrid ÷ the baseline's).
  const vsBaseline = baseline ? ` ${median(theirs).toFixed(0)} ms · **${median(ours.map((x, i) => x / theirs[i]!)).toFixed(2)}** (${Math.min(...ours.map((x, i) => x / theirs[i]!)).toFixed(2)}–${Math.max(...ours.map((x, i) => x / theirs[i]!)).toFixed(2)}) |` : '';
  rows.push(`| ${w.name} | ${w.chars.toLocaleString('en')} | ${b.toFixed(0)} ms (${perSec(b)}) | ${median(ours).toFixed(0)} ms · ${ratio(base, ours)} | ${median(ruleTimes).toFixed(0)} ms · ${ratio(base, ruleTimes)} |${vsBaseline}`);
  console.error(`${w.name}: jieba ${base.map((x) => x.toFixed(0)).join(' ')} ms; hybrid ${ours.map((x) => x.toFixed(0)).join(' ')} ms; rules ${ruleTimes.map((x) => x.toFixed(0)).join(' ')} ms${baseline ? `; baseline hybrid ${theirs.map((x) => x.toFixed(0)).join(' ')} ms` : ''}`);
}

const worst = Math.min(...ratios);
const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
const body = [
  machineLine(),
  '',
  `Load average at the start of the run: ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} (on 2 cores: above 2, other work shares the processor, and the ratios to jieba swing from run to run; the ratio to a baseline checkout in the same run is the steadier figure).`,
  '',
  `Median of ${runs} runs each, jieba, the rules and the hybrid alternating, after one warm-up run of each; a ratio is the median of the ratios of each kg run to the jieba run just before it (range in brackets). "raw jieba tag" is @node-rs/jieba's \`tag\` with its default dictionary; "kg" is the whole extraction stage (segmentation with its edited dictionary, every recognizer, the statistical tagger and the hybrid policy for the default engine, selection, page-level consistency, source offsets), read as \`kg build\` and \`kg ner\` read it: in batches of about ${EXTRACT_BATCH_CHARS.toLocaleString('en')} characters, jieba segmenting a whole batch before the recognizers and the tagger run over it. The target is judged on the default engine on those paths. Run \`npx tsx bench/extract.ts --write\` to refresh.`,
  '',
  ...(baseline ? [`Baseline: the default engine of the checkout at \`${baselineDir}\`${commitOf(baselineDir!)}, in the same process, its runs alternating with these; "time ÷ baseline" is the median of each run's ratio (below 1: this checkout is faster).`, ''] : []),
  `| Text | Characters | raw jieba tag | kg extraction, hybrid (default) · speed ÷ jieba | kg extraction, rules alone · speed ÷ jieba |${baseline ? ' baseline hybrid · time ÷ baseline |' : ''}`,
  `|---|---:|---:|---:|---:|${baseline ? '---:|' : ''}`,
  ...rows,
  '',
  `Memory: the rules' resources took ${mb(rssRules - rssBefore)} MB of RSS to load, the tagger ${mb(rssHybrid - rssRules)} MB more; peak RSS of the process over all runs ${mb(peakRss)} MB${baseline ? ' (the baseline\'s resources loaded too)' : ''}. Target: the default engine ≥ 0.4× — ${worst >= 0.4 ? 'met' : `**not met** (${worst.toFixed(2)}× at worst)`}.`,
];
console.log(body.join('\n'));

/** ` (commit abc1234)` when `dir` is a git checkout. */
function commitOf(dir: string): string {
  try {
    return ` (commit ${execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()})`;
  } catch {
    return '';
  }
}
if (args.includes('--write')) writeSection('Extraction speed', body.join('\n'));
