// Benchmark: newspaper PDFs read by the layout reader against the text path on pdftotext's output, on the same
// generated pages (tests/pdf-pages/: 9 layouts, 4 seeds each, truth beside every page), in the same run.
//   npx tsx bench/pdf.ts [--seeds 4] [--write]     (--write updates the "PDF pages" section of bench/RESULTS.md)
//
// Quality: the share of articles whose title and every paragraph come out right, in order, and of articles
// whose bylines name the right people in the right roles. Speed: pages per second of reading a PDF into
// articles (pdfjs, layout, segmentation; one file at a time, warm), beside pdftotext's own time on the same
// files (a process per page, as a user runs it), and the text path's reading of pdftotext's output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/document/types.js';
import { pagesOf } from '../src/ingest/index.js';
import { pdfPagesOf } from '../src/ingest/pdf.js';
import { segmentPage } from '../src/segment/index.js';
import { generatePage, LAYOUT_NAMES, type PageTruth } from '../tests/pdf-pages/layouts.js';
import { scorePage, type PageScore } from '../tests/pdf-pages/score.js';
import { machineLine, median, writeSection } from './results.js';

const args = process.argv.slice(2);
const seeds = Number(args[args.indexOf('--seeds') + 1] || 4) || 4;
const write = args.includes('--write');

const loadAtStart = loadavg();
const dir = join(tmpdir(), `kg-bench-pdf-${process.pid}`);
mkdirSync(dir, { recursive: true });
const pages: Array<{ file: string; truth: PageTruth }> = [];
process.stderr.write(`generating ${seeds * LAYOUT_NAMES.length} pages…\n`);
for (let seed = 1; seed <= seeds; seed++) {
  for (const layout of LAYOUT_NAMES) {
    const { pdf, truth } = await generatePage(layout, seed);
    const file = join(dir, `${layout}-${seed}.pdf`);
    writeFileSync(file, pdf);
    pages.push({ file, truth });
  }
}

type Totals = Omit<PageScore, 'problems'> & { problems: string[] };
const empty = (): Totals => ({ articles: 0, right: 0, withBylines: 0, bylinesRight: 0, problems: [] });
const add = (t: Totals, s: PageScore, name: string): void => {
  t.articles += s.articles;
  t.right += s.right;
  t.withBylines += s.withBylines;
  t.bylinesRight += s.bylinesRight;
  t.problems.push(...s.problems.map((p) => `${name}: ${p}`));
};

async function readPdfPage(file: string): Promise<Article[]> {
  const ps = await pdfPagesOf(file, readFileSync(file), {});
  return ps.flatMap((p) => segmentPage(p));
}

function readText(file: string, text: string): Article[] {
  return pagesOf(file, Buffer.from(text), {}).flatMap((p) => segmentPage(p));
}

/** CPU milliseconds this process and its finished children have used (Linux: children from /proc/self/stat). */
function cpuMs(): { self: number; children: number } {
  const u = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const tick = 1000 / 100; // USER_HZ
  return { self: (u.user + u.system) / 1000, children: (Number(fields[13]) + Number(fields[14])) * tick };
}

// Warm-up: load pdfjs, the models, and JIT the layout.
await readPdfPage(pages[0]!.file);

const pdf = empty();
const pdfMs: number[] = [];
let c0 = cpuMs();
for (const { file, truth } of pages) {
  const t = performance.now();
  const articles = await readPdfPage(file);
  pdfMs.push(performance.now() - t);
  add(pdf, scorePage(truth, articles), file.replace(`${dir}/`, ''));
}
const pdfCpu = cpuMs().self - c0.self;

// Pages from other producers, committed with their truth: typeset by reportlab the way typesetting systems write
// PDFs (a text object per glyph, TJ kerning, character spacing, CID fonts; vertical title, table, advert,
// letter-spaced head…; tests/fixtures/pdf-reportlab/, make.py), and set glyph by glyph by pdfkit with articles parted
// by drawn rules and boxes, and a page whose text layer cannot be read (tests/fixtures/pdf-typeset/, make.mjs); what a
// real page prints around its articles — vertical and multi-deck headlines, boxed notes, captions under pictures,
// 导读 and weather boxes, page-foot credits, a ruled table, a story continued across pages
// (tests/fixtures/pdf-newsprint/, make.mjs); articles also built as text (bench/parity.ts), set in five columns with
// hung punctuation, figures in a Latin font, bylines on the title's line and captions across columns
// (tests/fixtures/pdf-parity/, make.mjs); a county paper's pages — a short title over the first of two columns, a
// lead set bold and larger, a three-line table with its title and unit, a boxed list of winners, running heads with
// 责任编辑, a photo page, a story continued on page 2 (tests/fixtures/pdf-county/, make.mjs).
const foreignSets = new Map<string, { totals: Totals; pages: number; extra: number }>();
for (const [label, folder] of [
  ['reportlab', 'pdf-reportlab'],
  ['pdfkit glyph by glyph, rules and boxes', 'pdf-typeset'],
  ['pdfkit, what a real page prints around its articles', 'pdf-newsprint'],
  ['pdfkit, the parity articles set as county papers set them', 'pdf-parity'],
  ['pdfkit, a county paper\'s pages: short titles over two columns, bold leads, three-line tables, boxed lists, photo pages', 'pdf-county'],
] as const) {
  const foreignDir = join(import.meta.dirname, '..', 'tests', 'fixtures', folder);
  const set = { totals: empty(), pages: 0, extra: 0 };
  for (const name of readdirSync(foreignDir).filter((f) => f.endsWith('.truth.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(foreignDir, name), 'utf8')) as PageTruth;
    const articles = await readPdfPage(join(foreignDir, name.replace(/\.truth\.json$/, '.pdf')));
    add(set.totals, scorePage(truth, articles), `${folder} ${name.replace(/\.truth\.json$/, '.pdf')}`);
    set.extra += Math.max(0, articles.length - truth.articles.length);
    set.pages++;
  }
  foreignSets.set(label, set);
}

const modes = [
  { name: 'pdftotext', flags: [] as string[] },
  { name: 'pdftotext -layout', flags: ['-layout'] },
];
const text = new Map<string, Totals>();
const pdftotextMs: number[] = [];
const textPathMs: number[] = [];
c0 = cpuMs();
let pdftotextCpu = 0;
for (const mode of modes) {
  const totals = empty();
  for (const { file, truth } of pages) {
    const t = performance.now();
    const out = execFileSync('pdftotext', [...mode.flags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const t1 = performance.now();
    const articles = readText(file.replace(/\.pdf$/, '.txt'), out);
    if (mode.flags.length === 0) {
      pdftotextMs.push(t1 - t);
      textPathMs.push(performance.now() - t1);
    }
    add(totals, scorePage(truth, articles), file.replace(`${dir}/`, ''));
  }
  text.set(mode.name, totals);
  if (mode.flags.length === 0) pdftotextCpu = cpuMs().children - c0.children;
}
rmSync(dir, { recursive: true, force: true });

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const perSecond = (ms: number[]): number => 1000 / median(ms);
const perCpuSecond = (ms: number): string => ((1000 * pages.length) / ms).toFixed(1);
const rows = [
  `| kg, PDF read by the layout reader | ${pct(pdf.right, pdf.articles)} (${pdf.right}/${pdf.articles}) | ${pct(pdf.bylinesRight, pdf.withBylines)} (${pdf.bylinesRight}/${pdf.withBylines}) | ${perSecond(pdfMs).toFixed(1)} | ${perCpuSecond(pdfCpu)} |`,
  ...[...foreignSets].map(([label, { totals: f, pages: n, extra }]) => `| kg, PDF read by the layout reader: ${n} file(s) from another producer (${label}) | ${pct(f.right, f.articles)} (${f.right}/${f.articles}); ${extra} piece(s) read that are no article | ${pct(f.bylinesRight, f.withBylines)} (${f.bylinesRight}/${f.withBylines}) |  |  |`),
  ...modes.map((m) => {
    const t = text.get(m.name)!;
    const speed = m.flags.length === 0 ? `${perSecond(textPathMs.map((x, i) => x + pdftotextMs[i]!)).toFixed(1)} (pdftotext alone ${perSecond(pdftotextMs).toFixed(1)}) | pdftotext alone ${perCpuSecond(pdftotextCpu)}` : ' | ';
    return `| kg text path on \`${m.name}\` output | ${pct(t.right, t.articles)} (${t.right}/${t.articles}) | ${pct(t.bylinesRight, t.withBylines)} (${t.bylinesRight}/${t.withBylines}) | ${speed} |`;
  }),
];
const body = [
  machineLine(),
  '',
  `${pages.length} generated pages (${LAYOUT_NAMES.length} layouts × ${seeds} seeds: ${LAYOUT_NAMES.join(', ')}), ${pdf.articles} articles, ${pdf.withBylines} with bylines. An article is right when its title and every paragraph come out as printed, in order; its bylines when the same people are credited in the same roles. Speed is the median page, one PDF at a time in one warm process (pdfjs parse, layout, segmentation); pdftotext runs as a process per page, as a user runs it. Targets: ≥ 98% articles, ≥ 95% bylines, ≥ 5 pages/s.`,
  '',
  `Load average at the start of the run: ${loadAtStart.map((l) => l.toFixed(1)).join(', ')} (other work on the machine slows both sides; pages per CPU-second, one core's time, is the figure to compare across runs).`,
  '',
  '| Path | Articles right | Bylines right | Pages/s (median page) | Pages per CPU-second |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  ...[...foreignSets].map(([label, { totals: f }]) => (f.problems.length ? `Misses on the ${label} pages:\n\n${f.problems.map((p) => `- ${p}`).join('\n')}\n` : `The PDF path read every article of the ${label} pages right.`)),
  '',
  pdf.problems.length ? `PDF path misses:\n\n${pdf.problems.slice(0, 12).map((p) => `- ${p}`).join('\n')}${pdf.problems.length > 12 ? `\n- … and ${pdf.problems.length - 12} more` : ''}` : 'The PDF path read every article right.',
].join('\n');
console.log(body);
if (write) writeSection('PDF pages', body);
