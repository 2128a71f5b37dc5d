// Loading graph.json into Neo4j the way Neo4j recommends: constraints first, then nodes, then relationships,
// each as `UNWIND $rows … MERGE on key … SET +=` in batches, each batch a managed (retried) transaction.
// Every statement is idempotent: loading the same graph twice leaves the same database, and a second page
// adds what is new and merges what is shared (list properties such as aliases are unions). Labels and
// relationship types in the Cypher text come only from the schema; every value is a parameter.
import { constraintStatements } from '../../schema/generate.js';
import { ALL_LABELS, RELATIONSHIP_TYPES, primaryLabel, type Graph, type GraphNode } from '../../schema/model.js';
import { KgError } from '../errors.js';
import type { Store } from './store.js';

export interface LoadProgress {
  phase: 'constraints' | 'nodes' | 'relationships' | 'counts';
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
}

export interface LoadResult {
  nodes: number;
  relationships: number;
  batches: number;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Properties merged as set unions rather than overwritten, so pages loaded one by one accumulate. */
const UNION_PROPERTIES = ['aliases', 'articleIds', 'roles'] as const;

/** A label or type is written into Cypher only after this check: it must be one the schema defines. */
function schemaName(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name) || !/^[A-Z][A-Za-z_]*$/.test(name)) {
    throw new KgError('SCHEMA_VIOLATION', `"${name}" is not a label or relationship type of the schema`, { subject: 'kg load' });
  }
  return `\`${name}\``;
}

export async function applyConstraints(store: Store): Promise<void> {
  for (const statement of constraintStatements()) await store.write(statement);
}

export async function loadGraph(store: Store, graph: Graph, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'constraints', done: 0, total: 1 });
  await applyConstraints(store);
  progress({ phase: 'constraints', done: 1, total: 1 });

  const labelOf = new Map<string, string>();
  for (const n of graph.nodes) labelOf.set(n.id, primaryLabel(n)!);
  let batches = 0;

  const nodeGroups = groupBy(graph.nodes, (n) => n.labels.join(':'));
  let done = 0;
  for (const [, nodes] of nodeGroups) {
    const cypher = nodeStatement(nodes[0]!.labels);
    for (const batch of chunks(nodes, batchSize)) {
      await store.write(cypher, { rows: batch.map(nodeRow) });
      batches++;
      done += batch.length;
      progress({ phase: 'nodes', done, total: graph.nodes.length });
    }
  }

  const relGroups = groupBy(graph.relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`);
  done = 0;
  for (const [, rels] of relGroups) {
    const r0 = rels[0]!;
    const cypher = relationshipStatement(r0.type, labelOf.get(r0.start)!, labelOf.get(r0.end)!);
    for (const batch of chunks(rels, batchSize)) {
      await store.write(cypher, { rows: batch.map((r) => ({ key: r.id, start: r.start, end: r.end, props: r.properties })) });
      batches++;
      done += batch.length;
      progress({ phase: 'relationships', done, total: graph.relationships.length });
    }
  }

  // Mention counts come from the MENTIONS relationships in the database, so they add up across pages.
  const counted = graph.nodes.filter((n) => n.labels[0] !== 'Article');
  done = 0;
  for (const [label, nodes] of groupBy(counted, (n) => n.labels[0]!)) {
    const cypher = `UNWIND $keys AS k
MATCH (n:${schemaName(label, ALL_LABELS)} {key: k})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, sum(m.count) AS c
SET n.mentionCount = c`;
    for (const batch of chunks(nodes.map((n) => n.id), batchSize)) {
      await store.write(cypher, { keys: batch });
      batches++;
      done += batch.length;
      progress({ phase: 'counts', done, total: counted.length });
    }
  }
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, batches, ms: performance.now() - started };
}

function nodeStatement(labels: readonly string[]): string {
  const [primary, ...extra] = labels.map((l) => schemaName(l, ALL_LABELS));
  const setExtra = extra.length ? `\nSET n:${extra.join(':')}` : '';
  const unions = UNION_PROPERTIES.map((p) => `n.${p} = CASE WHEN row.${p} IS NULL THEN n.${p} ELSE [x IN coalesce(n.${p}, []) WHERE NOT x IN row.${p}] + row.${p} END`).join(',\n    ');
  return `UNWIND $rows AS row
MERGE (n:${primary} {key: row.key})
SET n += row.props${setExtra}
SET ${unions}`;
}

function nodeRow(n: GraphNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const row: Record<string, unknown> = { key: n.id };
  for (const [k, v] of Object.entries(n.properties)) {
    if ((UNION_PROPERTIES as readonly string[]).includes(k)) row[k] = v;
    else if (k !== 'mentionCount') props[k] = v;
  }
  row.props = props;
  return row;
}

function relationshipStatement(type: string, from: string, to: string): string {
  return `UNWIND $rows AS row
MATCH (a:${schemaName(from, ALL_LABELS)} {key: row.start})
MATCH (b:${schemaName(to, ALL_LABELS)} {key: row.end})
MERGE (a)-[r:${schemaName(type, RELATIONSHIP_TYPES)} {key: row.key}]->(b)
SET r += row.props`;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
