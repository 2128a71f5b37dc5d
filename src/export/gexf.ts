// GEXF 1.3 for Gephi, through graphology-gexf's writer. Nodes carry the ForceAtlas2 layout, their label's colour
// and a degree-scaled size (viz:*), so the file opens in Gephi looking like the HTML view; every property becomes
// a declared attribute with lists joined by "; ", because Gephi's attribute table holds scalars. Edges carry their
// relationship type as GEXF's `kind`, which lets Gephi keep two relationships between the same pair apart.
import { write } from 'graphology-gexf';
import type { Graph, NodeLabel } from '../../schema/model.js';
import { flatValue, toGraphology, type EdgeAttributes, type NodeAttributes } from './graphology.js';
import { layOut, type LayoutProgress } from './layout.js';
import { LABEL_COLOURS } from './palette.js';

function flatProperties(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, flatValue(v)]));
}

export function toGexf(graph: Graph, onLayout?: LayoutProgress): string {
  const g = toGraphology(graph);
  layOut(g, onLayout);
  g.replaceAttributes({ creator: 'kg-local-news', description: `knowledge graph of ${graph.meta?.sources.join(', ') || 'newspaper pages'}` });
  return write<NodeAttributes, EdgeAttributes>(g, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: LABEL_COLOURS[a.category as NodeLabel]?.fill ?? '#999999', size: a.size, x: a.x, y: a.y },
      attributes: { labels: a.labels, category: a.category, ...flatProperties(a.properties) },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      kind: a.type,
      attributes: { type: a.type, ...flatProperties(a.properties) },
    }),
  });
}
