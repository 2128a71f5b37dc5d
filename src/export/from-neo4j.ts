// The graph as the database holds it, rebuilt in graph.json's shape, so every export works from Neo4j as it does
// from a file (and a database loaded page by page exports as one graph). Reads go through the Store, label by
// label and type by type, in pages ordered by the indexed `key`, so memory and transactions stay bounded. Nodes
// without a schema label or a key are not kg's and are left out, counted, as are relationships touching them.
import { NODE_LABELS, RELATIONSHIP_TYPES, type Graph, type GraphNode, type GraphRelationship, type NodeLabel } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { validateGraph } from '../graph/index.js';
import type { Store } from '../store/store.js';

export interface ReadProgress {
  phase: 'nodes' | 'relationships';
  done: number;
  total: number;
}

export interface ReadOptions {
  /** Rows per read. */
  pageSize?: number;
  onProgress?: (p: ReadProgress) => void;
  /** kg's version, for graph.json's meta. */
  version: string;
}

export interface ReadResult {
  graph: Graph;
  /** What the database holds that graph.json cannot: nodes with no kg label or no key, and relationships touching them. */
  skipped: { nodes: number; relationships: number };
}

const DEFAULT_PAGE_SIZE = 5_000;

export async function readGraphFromStore(store: Store, options: ReadOptions): Promise<ReadResult> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const progress = options.onProgress ?? (() => {});
  const [counts] = await store.read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  const totalNodes = counts?.nodes ?? 0;
  const totalRels = counts?.relationships ?? 0;

  const nodes: GraphNode[] = [];
  progress({ phase: 'nodes', done: 0, total: totalNodes });
  for (const [i, label] of NODE_LABELS.entries()) {
    // A node is read under the first schema label it carries, so one with two (a mistake) is not read twice.
    const earlier = NODE_LABELS.slice(0, i);
    let after = '';
    for (;;) {
      const rows = await store.read<{ key: string; labels: string[]; properties: Record<string, unknown> }>(
        `MATCH (n:${label}) WHERE n.key > $after AND none(l IN labels(n) WHERE l IN $earlier)
         RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY n.key LIMIT $limit`,
        { after, earlier, limit: pageSize },
      );
      for (const row of rows) nodes.push({ id: row.key, labels: orderLabels(row.labels, label), properties: row.properties });
      progress({ phase: 'nodes', done: nodes.length, total: totalNodes });
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]!.key;
    }
  }

  const ids = new Set(nodes.map((n) => n.id));
  const relationships: GraphRelationship[] = [];
  let seen = 0;
  progress({ phase: 'relationships', done: 0, total: totalRels });
  for (const type of RELATIONSHIP_TYPES) {
    let after = '';
    for (;;) {
      const rows = await store.read<{ key: string; start: string | null; end: string | null; properties: Record<string, unknown> }>(
        `MATCH (a)-[r:${type}]->(b) WHERE r.key > $after
         RETURN r.key AS key, a.key AS start, b.key AS end, properties(r) AS properties ORDER BY r.key LIMIT $limit`,
        { after, limit: pageSize },
      );
      seen += rows.length;
      for (const row of rows) {
        if (row.start !== null && row.end !== null && ids.has(row.start) && ids.has(row.end)) {
          relationships.push({ id: row.key, type, start: row.start, end: row.end, properties: row.properties });
        }
      }
      progress({ phase: 'relationships', done: seen, total: totalRels });
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1]!.key;
    }
  }

  const articles = nodes.filter((n) => n.labels[0] === 'Article');
  const graph: Graph = {
    meta: { generator: 'kg-local-news', version: options.version, sources: [...new Set(articles.map((a) => String(a.properties.source)))].sort(), articles: articles.length },
    nodes,
    relationships,
  };
  const where = `${store.uri}${store.database ? ` (database ${store.database})` : ''}`;
  const skipped = { nodes: totalNodes - nodes.length, relationships: totalRels - relationships.length };
  try {
    return { graph: validateGraph(graph, where), skipped };
  } catch (e) {
    if (!(e instanceof KgError)) throw e;
    throw new KgError(e.code, e.message.slice(where.length + 2), {
      subject: where,
      hint: 'the database holds nodes or relationships kg load did not write (or that were edited since); fix or delete them, or export from graph.json with --graph',
    });
  }
}

/** The schema label first, then the finer labels in name order: the order graph.json writes them in. */
function orderLabels(labels: readonly string[], primary: NodeLabel): string[] {
  return [primary, ...labels.filter((l) => l !== primary).sort()];
}
