// Counts of what a database holds: nodes by their kg label (adding up to the total), finer labels (Company,
// Village, Award …) apart, and relationships per type. Labels and types come out of the data itself (labels(n),
// type(r)), so no label is ever spliced into Cypher text; a node without a kg label is counted under its labels.
import { LABEL_OF_KIND, NODE_LABELS, RELATIONSHIP_TYPES, type Graph } from '../../schema/model.js';
import { schemaName } from './schema-name.js';
import type { Store } from './store.js';

export interface GraphStats {
  totals: { nodes: number; relationships: number };
  /** Each node once, under its kg label (Article, Organization, Place …). */
  nodes: Record<string, number>;
  /** The second labels (Company, Village, Award …), each node under every finer label it carries. */
  finerLabels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphStats(store: Store): Promise<GraphStats> {
  const labelSets = await store.read<{ labels: string[]; count: number }>('MATCH (n) RETURN labels(n) AS labels, count(*) AS count');
  const types = await store.read<{ type: string; count: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count');
  return countStats(labelSets, types);
}

/**
 * The same counts from the database's count store, in one statement and without reading a node or relationship:
 * each of kg's labels, finer labels and types, and all nodes. A node is counted under each label it carries, so
 * this equals graphStats when every node carries one kg label (as kg loads them); nodes without one are counted as
 * `(not a kg label)` (relationships of other types as `(not a kg type)`), so a database holding anything else does
 * not pass for the graph a manifest describes. For loads by what changed
 * (src/load-diff/), which on a year's graph would otherwise read every relationship to count them.
 */
export async function countStoreStats(store: Store): Promise<GraphStats> {
  const finer = Object.keys(LABEL_OF_KIND);
  const labels = [...NODE_LABELS, ...finer];
  const name = (l: string): string => schemaName(l, labels, 'kg load');
  const columns = [
    'COUNT { MATCH (n) } AS total',
    'COUNT { MATCH ()-[]->() } AS links',
    ...labels.map((l, i) => `COUNT { MATCH (:${name(l)}) } AS l${i}`),
    ...RELATIONSHIP_TYPES.map((t, i) => `COUNT { MATCH ()-[:${schemaName(t, RELATIONSHIP_TYPES, 'kg load')}]->() } AS t${i}`),
  ];
  const [row = {}] = await store.read<Record<string, number>>(`RETURN ${columns.join(', ')}`);
  const nodes: Record<string, number> = {};
  const finerLabels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  labels.forEach((l, i) => {
    const n = row[`l${i}`] ?? 0;
    if (n > 0) (i < NODE_LABELS.length ? nodes : finerLabels)[l] = n;
  });
  RELATIONSHIP_TYPES.forEach((t, i) => {
    const n = row[`t${i}`] ?? 0;
    if (n > 0) relationships[t] = n;
  });
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  const other = (row.total ?? 0) - sum(nodes);
  if (other !== 0) nodes['(not a kg label)'] = other;
  const otherLinks = (row.links ?? 0) - sum(relationships);
  if (otherLinks !== 0) relationships['(not a kg type)'] = otherLinks;
  return { totals: { nodes: row.total ?? 0, relationships: row.links ?? 0 }, nodes: sorted(nodes), finerLabels: sorted(finerLabels), relationships: sorted(relationships) };
}

/** The same counts for a graph.json, to compare a database with the graph loaded into it. */
export function graphJsonStats(graph: Graph): GraphStats {
  return countStats(
    graph.nodes.map((n) => ({ labels: n.labels, count: 1 })),
    graph.relationships.map((r) => ({ type: r.type, count: 1 })),
  );
}

/** Counts from label sets and types, each with how many nodes or relationships have it. */
export function countStats(labelSets: ReadonlyArray<{ labels: readonly string[]; count: number }>, types: ReadonlyArray<{ type: string; count: number }>): GraphStats {
  const nodes: Record<string, number> = {};
  const finerLabels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const add = (to: Record<string, number>, key: string, n: number): void => void (to[key] = (to[key] ?? 0) + n);
  for (const { labels, count } of labelSets) {
    const primary = labels.find((l) => (NODE_LABELS as readonly string[]).includes(l));
    if (primary === undefined) add(nodes, [...labels].sort().join(':') || '(no label)', count);
    else {
      add(nodes, primary, count);
      for (const l of labels) if (l !== primary) add(finerLabels, l, count);
    }
  }
  for (const { type, count } of types) add(relationships, type, count);
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  return { totals: { nodes: sum(nodes), relationships: sum(relationships) }, nodes: sorted(nodes), finerLabels: sorted(finerLabels), relationships: sorted(relationships) };
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
