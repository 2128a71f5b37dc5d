// Counts of nodes per label and relationships per type in the configured database. Labels and types come out of
// the data itself (UNWIND labels(n), type(r)), so no label is ever spliced into Cypher text.
import type { Store } from './store.js';

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphStats(store: Store): Promise<GraphStats> {
  const labels = await store.read<{ label: string; count: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  const types = await store.read<{ type: string; count: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  return {
    nodes: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}
