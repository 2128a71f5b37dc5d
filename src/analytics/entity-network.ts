// The entity network the figures are computed over: people, organisations, places, programmes and industries
// (model/params.json), joined where the graph states a relation between two of them. Articles and the MENTIONS and
// WROTE relationships that join them are provenance, and Outcomes are figures hanging off one subject each:
// counting them would make the entity named most often, or reporting most figures, the most central. The network
// is undirected and simple: the direction of LOCATED_IN or RECEIVED says what a relation means, not who is
// central; several relationships between one pair are one edge weighted by their number. Nodes and edges are added
// in id order, so the figures do not depend on the order the graph lists them in.
// Built from graph.json's arrays rather than from the export's graphology graph (export/graphology.ts): that one
// holds every article and relationship with its properties, and building it took longer than the analytics
// themselves on a graph of 100,000 nodes (bench/RESULTS.md, Analytics).
import { UndirectedGraph } from 'graphology';
import { primaryLabel, type NodeLabel } from '../../schema/model.js';

export type EntityNetwork = UndirectedGraph<Record<string, never>, { weight: number }>;

/**
 * What the network is made of: a graph's nodes (their ids and labels) and its relationships' ends — a Graph, or what
 * a build that streams its graph keeps of it (only the relationships between two entities matter).
 */
export interface NetworkInput {
  nodes: Iterable<{ id: string; labels: string[] }>;
  relationships: Iterable<{ start: string; end: string }>;
}

export function entityNetwork(graph: NetworkInput, labels: ReadonlySet<NodeLabel>): EntityNetwork {
  const net: EntityNetwork = new UndirectedGraph();
  const ids: string[] = [];
  for (const n of graph.nodes) if (labels.has(primaryLabel(n)!)) ids.push(n.id);
  for (const id of ids.sort(byString)) net.addNode(id);
  const weights = new Map<string, number>();
  for (const { start, end } of graph.relationships) {
    if (start === end || !net.hasNode(start) || !net.hasNode(end)) continue;
    const pair = start < end ? `${start}\u0000${end}` : `${end}\u0000${start}`;
    weights.set(pair, (weights.get(pair) ?? 0) + 1);
  }
  for (const pair of [...weights.keys()].sort(byString)) {
    const [a, b] = pair.split('\u0000') as [string, string];
    net.addEdge(a, b, { weight: weights.get(pair)! });
  }
  return net;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
