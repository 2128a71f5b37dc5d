// Whether two built graphs are the same set of nodes and relationships, property for property, whatever order
// their files list them in: a graph.json (the in-memory build) against a graph.jsonl (the streamed build), or any
// two of either. The meta line is compared too.
//   npx tsx bench/same-graph.ts A B        (exit 1, naming the first differences, when they differ)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectGraph, readGraphRows } from '../src/graph/jsonl.js';
import type { Graph } from '../schema/model.js';

/** A graph file, read whole: graph.jsonl by its rows (checked), anything else as graph.json. */
export async function readAnyGraph(path: string): Promise<Graph> {
  return path.endsWith('.jsonl') ? collectGraph(readGraphRows(path)) : (JSON.parse(readFileSync(path, 'utf8')) as Graph);
}

/** JSON with every object's keys sorted, so two rows that differ only in key order have one text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/** The differences between two graphs as sets (up to `max` of them); none when they are the same. */
export function graphDifferences(a: Graph, b: Graph, max = 10): string[] {
  const out: string[] = [];
  if (canonical(a.meta ?? null) !== canonical(b.meta ?? null)) out.push(`meta: ${canonical(a.meta ?? null)} ≠ ${canonical(b.meta ?? null)}`);
  for (const [what, left, right] of [
    ['node', a.nodes, b.nodes],
    ['relationship', a.relationships, b.relationships],
  ] as const) {
    const rows = (list: ReadonlyArray<{ id: string }>): Map<string, string> => new Map(list.map((r) => [r.id, canonical(r)]));
    const l = rows(left);
    const r = rows(right);
    if (l.size !== left.length) out.push(`${what}s: ids repeat in the first graph`);
    if (r.size !== right.length) out.push(`${what}s: ids repeat in the second graph`);
    for (const [id, text] of l) {
      if (!r.has(id)) out.push(`${what} ${id}: only in the first graph`);
      else if (r.get(id) !== text) out.push(`${what} ${id}: ${text.slice(0, 300)} ≠ ${r.get(id)!.slice(0, 300)}`);
      if (out.length >= max) return out;
    }
    for (const id of r.keys()) {
      if (!l.has(id)) out.push(`${what} ${id}: only in the second graph`);
      if (out.length >= max) return out;
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (!first || !second) {
    console.error('usage: npx tsx bench/same-graph.ts GRAPH GRAPH');
    process.exit(2);
  }
  const [a, b] = [await readAnyGraph(first), await readAnyGraph(second)];
  const diffs = graphDifferences(a, b);
  console.log(`${first}: ${a.nodes.length} nodes, ${a.relationships.length} relationships; ${second}: ${b.nodes.length} nodes, ${b.relationships.length} relationships`);
  console.log(diffs.length ? `DIFFERENT:\n  ${diffs.join('\n  ')}` : 'the same graph (as sets of nodes and relationships, property for property)');
  process.exit(diffs.length ? 1 : 0);
}
