// graph.json as a graphology graph: the in-memory form the layout, the GEXF and GraphML writers and the HTML view
// share. A multi graph, because two entities can be joined by several relationships (a company LOCATED_IN and
// PART_OF the same zone). Attributes keep the schema's values as they are; formats that cannot hold a list
// flatten it themselves with `flatValue`.
import { MultiDirectedGraph } from 'graphology';
import { primaryLabel, type Graph } from '../../schema/model.js';

export interface NodeAttributes {
  /** What pictures print on the node: its name. */
  label: string;
  /** The schema label (Organization, Place …), what colour and filters go by. */
  category: string;
  /** All labels, Neo4j-style: Organization;Company. */
  labels: string;
  properties: Record<string, unknown>;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  type: string;
  properties: Record<string, unknown>;
}

export type KgGraphology = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Separator for lists in formats without list values (GraphML, GEXF), the one `kg query --format csv` uses. */
const LIST_SEPARATOR = '; ';

export function toGraphology(graph: Graph): KgGraphology {
  const g: KgGraphology = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of graph.nodes) {
    g.addNode(n.id, {
      label: String(n.properties.name ?? n.id),
      category: primaryLabel(n) ?? n.labels[0]!,
      labels: n.labels.join(';'),
      properties: n.properties,
    });
  }
  for (const r of graph.relationships) g.addDirectedEdgeWithKey(r.id, r.start, r.end, { type: r.type, properties: r.properties });
  return g;
}

/** A property value with lists joined, for formats whose attributes hold one scalar. */
export function flatValue(value: unknown): string | number | boolean {
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
