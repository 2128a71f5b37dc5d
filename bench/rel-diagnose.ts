// Diagnosis: buckets the relations and outcomes a graph misses against a gold file by cause, to show which sentence
// shapes the relation rules do not read and which figures lose their subject. Reads a graph.json written by
// `kg build` and the gold it is scored by (the eval set's format, see ../shared/eval/README.md); matches names as the
// set's scorer does (NFKC, quotes and spaces ignored).
//   npx tsx bench/rel-diagnose.ts GOLD.json GRAPH.json [--articles DIR]
// Buckets: a relation with an end the graph lacks, or with both ends found (by gold type, with the sentence the two
// names share when --articles is given); an outcome whose subject the graph lacks, whose value no figure carries,
// or whose figure went to another subject (or none).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface GraphNode { id: string; labels: string[]; properties: Record<string, unknown> }
interface GraphRel { type: string; start: string; end: string; properties: Record<string, unknown> }
interface Gold {
  entities: { type: string; name: string; aliases?: string[] }[];
  relations: { s: string; o: string; kind: string }[];
  outcomes: { about: string; value: number; unit: string; text: string }[];
}

const [goldPath, graphPath, ...rest] = process.argv.slice(2);
if (!goldPath || !graphPath) throw new Error('usage: npx tsx bench/rel-diagnose.ts GOLD.json GRAPH.json [--articles DIR]');
const articlesArg = rest.indexOf('--articles');
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as { nodes: GraphNode[]; relationships: GraphRel[] };
const texts = articlesArg >= 0 ? readdirSync(rest[articlesArg + 1]!).map((f) => readFileSync(join(rest[articlesArg + 1]!, f), 'utf8')) : [];

const norm = (s: unknown): string => String(s ?? '').normalize('NFKC').replace(/[\s“”"'‘’「」『』《》]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/—|–|－/g, '-').toLowerCase();
const namesOf = (n: GraphNode): string[] => [n.properties.name, n.properties.title, ...((n.properties.aliases as string[] | undefined) ?? [])].filter(Boolean).map(norm);
const formsOf = (goldName: string): string[] => {
  const g = gold.entities.find((e) => e.name === goldName);
  return g ? [g.name, ...(g.aliases ?? [])] : [goldName];
};
const nodesFor = (goldName: string): string[] => {
  const keys = new Set(formsOf(goldName).map(norm));
  return graph.nodes.filter((n) => namesOf(n).some((k) => keys.has(k))).map((n) => n.id);
};
const adj = new Map<string, Set<string>>();
for (const r of graph.relationships) {
  for (const [a, b] of [[r.start, r.end], [r.end, r.start]] as const) {
    if (!adj.has(a)) adj.set(a, new Set());
    adj.get(a)!.add(b);
  }
}
const linked = (xs: string[], ys: string[]): boolean => xs.some((x) => ys.some((y) => adj.get(x)?.has(y)));

/** The shortest sentence of the articles that prints a form of each name (none when they never share one). */
const sharedSentence = (a: string, b: string): string | undefined => {
  const sentences = texts.flatMap((t) => t.split(/(?<=[。！？\n])/));
  const has = (s: string, name: string): boolean => formsOf(name).some((f) => s.includes(f));
  return sentences.filter((s) => has(s, a) && has(s, b)).sort((x, y) => x.length - y.length)[0]?.trim();
};

const lacking: string[] = [];
const bothFound = new Map<string, string[]>();
for (const r of gold.relations) {
  const xs = nodesFor(r.s);
  const ys = nodesFor(r.o);
  if (linked(xs, ys)) continue;
  if (!xs.length || !ys.length) {
    lacking.push(`${r.s} -${r.kind}- ${r.o} (lacks ${[!xs.length ? r.s : '', !ys.length ? r.o : ''].filter(Boolean).join(', ')})`);
    continue;
  }
  const s = texts.length ? sharedSentence(r.s, r.o) : undefined;
  const line = `${r.s} -${r.kind}- ${r.o}${texts.length ? `\n      ${s ?? '(no sentence prints both)'}` : ''}`;
  bothFound.set(r.kind, [...(bothFound.get(r.kind) ?? []), line]);
}

const outcomes = graph.nodes.filter((n) => n.labels.includes('Outcome'));
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const subjectsOf = (id: string): string[] => graph.relationships.filter((r) => r.type === 'REPORTED' && r.end === id).map((r) => graph.nodes.find((n) => n.id === r.start)?.properties.name as string);
const noSubject: string[] = [];
const noFigure: string[] = [];
const elsewhere: string[] = [];
for (const o of gold.outcomes) {
  const subj = nodesFor(o.about);
  const figures = outcomes.filter((n) => [o.value, o.value * 1e4, o.value * 1e8].some((c) => close(Number(n.properties.value), c)));
  if (figures.some((n) => subj.some((s) => adj.get(n.id)?.has(s)))) continue;
  const line = `${o.about}: ${o.text} (${o.value}${o.unit})`;
  if (!figures.length) noFigure.push(line);
  else if (!subj.length) noSubject.push(`${line} → ${figures.map((f) => subjectsOf(f.id).join('/') || '(none)').join('; ')}`);
  else elsewhere.push(`${line} → ${figures.map((f) => `${f.properties.name}: ${subjectsOf(f.id).join('/') || '(none)'}`).join('; ')}`);
}

const section = (title: string, lines: string[]): void => {
  console.log(`\n${title}: ${lines.length}`);
  for (const l of lines) console.log(`  ${l}`);
};
section('relations with an end the graph lacks', lacking);
for (const [kind, lines] of [...bothFound].sort((a, b) => b[1].length - a[1].length)) section(`relations with both ends found, ${kind}`, lines);
section('outcomes whose value no figure carries', noFigure);
section('outcomes whose subject the graph lacks', noSubject);
section('outcomes whose figure went to another subject (or none)', elsewhere);
