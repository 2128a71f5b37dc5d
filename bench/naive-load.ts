// The baseline loader of the load benchmarks (bench/load.ts, bench/archive.ts): one MERGE per row, each in its
// own transaction; the part of a graph it is timed on; and emptying the benchmark's database between runs.
import type { GraphRows } from '../src/graph/jsonl.js';
import type { Store } from '../src/store/store.js';
import { ALL_LABELS, RELATIONSHIP_TYPES, type Graph, type GraphNode, type GraphRelationship } from '../schema/model.js';

/** A connected part of the graph with about `rows` rows: relationships from the front, with their end nodes. */
export function subgraph(graph: Graph, rows: number): Graph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, GraphNode>();
  const relationships: GraphRelationship[] = [];
  // Every 7th relationship, so all types appear, not only the place hierarchy generated first.
  for (let i = 0; i < graph.relationships.length && nodes.size + relationships.length < rows; i += 7) {
    const r = graph.relationships[i]!;
    relationships.push(r);
    nodes.set(r.start, byId.get(r.start)!);
    nodes.set(r.end, byId.get(r.end)!);
  }
  return { nodes: [...nodes.values()], relationships };
}

export async function naiveLoad(store: Store, graph: Graph): Promise<void> {
  const checked = (name: string, allowed: readonly string[]): string => {
    if (!allowed.includes(name)) throw new Error(`${name} is not in the schema`);
    return `\`${name}\``;
  };
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.labels[0]!]));
  for (const n of graph.nodes) {
    const [primary, ...extra] = n.labels.map((l) => checked(l, ALL_LABELS));
    const setExtra = extra.length ? ` SET n:${extra.join(':')}` : '';
    await store.write(`MERGE (n:${primary} {key: $key}) SET n += $props${setExtra}`, { key: n.id, props: n.properties });
  }
  for (const r of graph.relationships) {
    await store.write(
      `MATCH (a:${checked(labelOf.get(r.start)!, ALL_LABELS)} {key: $start}) MATCH (b:${checked(labelOf.get(r.end)!, ALL_LABELS)} {key: $end})
MERGE (a)-[r:${checked(r.type, RELATIONSHIP_TYPES)} {key: $key}]->(b) SET r += $props`,
      { key: r.id, start: r.start, end: r.end, props: r.properties },
    );
  }
}

/**
 * Empties the database: relationships first, 20,000 a transaction, then nodes 5,000 a transaction (20,000 nodes at a
 * time, with their relationships, outgrew a 1 GB heap; and a node that 100k articles mention has so many that
 * deleting it with them outgrew the server's transaction memory).
 */
export async function clear(store: Store): Promise<void> {
  for (;;) {
    const [row] = await store.write<{ deleted: number }>('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted');
    if ((row?.deleted ?? 0) === 0) break;
  }
  for (;;) {
    const [row] = await store.write<{ deleted: number }>('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted');
    if ((row?.deleted ?? 0) === 0) return;
  }
}

/**
 * subgraph() of a streamed graph.jsonl too large to hold: the same relationships (every 7th from the front) from a
 * first read of the file, their end nodes from a second.
 */
export async function subgraphOfRows(rows: GraphRows, size: number): Promise<Graph> {
  const relationships: GraphRelationship[] = [];
  const ends = new Set<string>();
  let i = 0;
  for await (const row of rows.again()) {
    if (row.kind !== 'relationship' || ends.size + relationships.length >= size) continue;
    if (i++ % 7) continue;
    relationships.push(row.relationship);
    ends.add(row.relationship.start).add(row.relationship.end);
  }
  const nodes: GraphNode[] = [];
  for await (const row of rows.again()) if (row.kind === 'node' && ends.has(row.node.id)) nodes.push(row.node);
  return { nodes, relationships };
}
