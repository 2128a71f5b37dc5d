// Benchmark: the same articles as text and set on newspaper pages give the same graph. Builds
// tests/fixtures/pdf-parity/text/ (one article a file, as an e-paper crawl gives them) and the fixture's PDF pages
// with `kg build` (dist/: run `npm run build` first), and compares the two graphs fact by fact:
//   titles     an article's title
//   bylines    a credited name and its role
//   entities   a node's finest label and its name (Person, Organization, Place, Programme)
//   relations  a relationship's type, its two ends' names and its role (MENTIONS and REPORTED left out)
//   outcomes   a figure's measure, value and unit
//   attached   who reported a figure: the REPORTED relationship's subject with the figure's value and unit
// Parity is, per kind, the facts found in both builds over the facts in the text build; the PDF build's facts the
// text build lacks are listed too.
//   npx tsx bench/parity.ts [--verbose] [--keep DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;
const root = join(import.meta.dirname, '..');
const fixture = join(root, 'tests', 'fixtures', 'pdf-parity');
const HOME = ['--home-city', '遂昌县'];

interface Node {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface Rel {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

function build(inputs: string[], out: string, extra: string[] = []): void {
  execFileSync(process.execPath, [join(root, 'bin', 'kg.js'), 'build', ...inputs, '-o', out, '-q', '--no-cache', ...HOME, ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
}

type Facts = Map<string, Set<string>>;

function factsOf(out: string): Facts {
  const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: Node[]; relationships: Rel[] };
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const name = (id: string): string => String(byId.get(id)?.properties.name ?? id);
  const label = (n: Node): string => n.labels[n.labels.length - 1]!;
  const f: Facts = new Map(['titles', 'bylines', 'entities', 'relations', 'outcomes', 'attached'].map((k) => [k, new Set<string>()]));
  const figure = (n: Node): string => `${n.properties.value}${n.properties.unit ?? ''}`;
  for (const n of g.nodes) {
    if (n.labels.includes('Article')) continue;
    if (n.labels.includes('Outcome')) f.get('outcomes')!.add(`${n.properties.measure ?? ''}|${figure(n)}`);
    else f.get('entities')!.add(`${label(n)}:${n.properties.name}`);
  }
  for (const r of g.relationships) {
    if (r.type === 'MENTIONS') continue;
    if (r.type === 'REPORTED') {
      f.get('attached')!.add(`${name(r.start)} → ${figure(byId.get(r.end)!)}`);
      continue;
    }
    if (r.type === 'WROTE') continue; // (the bylines, below)
    f.get('relations')!.add(`${name(r.start)} -${r.type}${r.properties.role ? `(${r.properties.role})` : ''}→ ${name(r.end)}`);
  }
  for (const line of readFileSync(join(out, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { title?: string; bylines?: Array<{ name: string; role: string }> };
    if (a.title) f.get('titles')!.add(a.title);
    for (const b of a.bylines ?? []) f.get('bylines')!.add(`${b.name}|${b.role}`);
  }
  return f;
}

const dir = keep ?? mkdtempSync(join(tmpdir(), 'kg-parity-'));
const pdfs = readdirSync(fixture).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(fixture, f));
const t0 = performance.now();
build([join(fixture, 'text')], join(dir, 'text'), ['--date', '2026-10-30']);
build(pdfs, join(dir, 'pdf'));
const text = factsOf(join(dir, 'text'));
const pdf = factsOf(join(dir, 'pdf'));
if (!keep) rmSync(dir, { recursive: true, force: true });

const rows: string[] = [];
let equal = 0;
let total = 0;
const lines: string[] = [];
for (const [kind, want] of text) {
  const got = pdf.get(kind)!;
  const same = [...want].filter((x) => got.has(x));
  equal += same.length;
  total += want.size;
  const extra = [...got].filter((x) => !want.has(x));
  rows.push(`| ${kind} | ${same.length}/${want.size} | ${extra.length} |`);
  for (const x of want) if (!got.has(x)) lines.push(`${kind}: missing in the PDF build: ${x}`);
  for (const x of extra) lines.push(`${kind}: only in the PDF build: ${x}`);
}
console.log(`Parity of ${pdfs.length} PDF page(s) with the same articles as text (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
console.log('| Facts | equal / in the text build | only in the PDF build |\n|---|---|---|');
console.log(rows.join('\n'));
console.log(`| all | ${equal}/${total} (${((100 * equal) / total).toFixed(1)}%) | |`);
if (verbose) console.log(`\n${lines.join('\n')}`);
