// The entity network the figures are computed over: people, organisations, places, programmes and industries
// (model/params.json), joined where the graph states a relation between two of them. Articles and the MENTIONS and
// WROTE relationships that join them are provenance, and Outcomes are figures hanging off one subject each:
// counting them would make the entity named most often, or reporting most figures, the most central. The network
// is undirected and simple: the direction of LOCATED_IN or RECEIVED says what a relation means, not who is
// central; several relationships between one pair are one edge weighted by their number. Nodes and edges are added
// in id order, so the figures do not depend on the order the graph lists them in.
import { UndirectedGraph } from 'graphology';
import type { KgGraphology } from '../export/graphology.js';

export type EntityNetwork = UndirectedGraph<Record<string, never>, { weight: number }>;

export function entityNetwork(g: KgGraphology, labels: ReadonlySet<string>): EntityNetwork {
  const net: EntityNetwork = new UndirectedGraph();
  for (const id of g.filterNodes((_id, a) => labels.has(a.category)).sort(byString)) net.addNode(id);
  const weights = new Map<string, number>();
  g.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target || !net.hasNode(source) || !net.hasNode(target)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    weights.set(pair, (weights.get(pair) ?? 0) + 1);
  });
  for (const pair of [...weights.keys()].sort(byString)) {
    const [a, b] = pair.split('\u0000') as [string, string];
    net.addEdge(a, b, { weight: weights.get(pair)! });
  }
  return net;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
