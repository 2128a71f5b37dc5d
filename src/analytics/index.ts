// Analytics: figures about the shape of the built graph, written back onto its nodes so graph.json, Neo4j and every
// export carry them. Over the entity network (entity-network.ts), each node gets its degree (how many other
// entities it has a stated relation with), its PageRank (graphology-metrics; weighted by the relationships
// between a pair) and its Louvain community (communities.ts). Articles and Outcomes get none. A pure function of
// the graph: the same graph gives the same figures, whatever order it lists its nodes and relationships in.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { z } from 'zod';
import { NODE_LABELS, type Graph } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { readModelJson } from '../util/model-file.js';
import { communities } from './communities.js';
import { entityNetwork, type NetworkInput } from './entity-network.js';

// CommonJS with types that declare an ES default export (as graphology-layout-forceatlas2, see export/layout.ts).
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export interface NodeFigures {
  /** Distinct entities this one has a stated relation with. */
  degree: number;
  /** PageRank over the entity network; the network's figures sum to 1. */
  pagerank: number;
  /** Louvain community, 1 the largest. */
  community: number;
}

const Params = z
  .object({
    $comment: z.string().optional(),
    labels: z.array(z.enum(NODE_LABELS)).min(1),
    pagerank: z.object({ alpha: z.number().gt(0).lt(1), maxIterations: z.number().int().positive(), tolerance: z.number().positive() }).strict(),
    louvain: z.object({ resolution: z.number().positive(), seed: z.number().int() }).strict(),
    significantDigits: z.number().int().min(1).max(17),
  })
  .strict();
type Params = z.infer<typeof Params>;

let params: Params | undefined;
function analyticsParams(): Params {
  params ??= readModelJson(new URL('./model/params.json', import.meta.url), Params, 'analytics settings');
  return params;
}

/** Degree, PageRank and community of every node of the entity network, by node id (of a Graph, or its nodes and entity relationships). */
export function nodeFigures(graph: NetworkInput): Map<string, NodeFigures> {
  const p = analyticsParams();
  const net = entityNetwork(graph, new Set(p.labels));
  const figures = new Map<string, NodeFigures>();
  if (net.order === 0) return figures;
  let ranks: Record<string, number>;
  try {
    ranks = pagerank(net, { getEdgeWeight: 'weight', ...p.pagerank });
  } catch (e) {
    throw new KgError('STAGE_FAILED', `PageRank did not settle within ${p.pagerank.maxIterations} iterations (${(e as Error).message})`, {
      subject: 'analytics',
      hint: 'raise pagerank.maxIterations or pagerank.tolerance in src/analytics/model/params.json',
    });
  }
  const community = communities(net, p.louvain);
  net.forEachNode((id) => {
    figures.set(id, { degree: net.degree(id), pagerank: Number(ranks[id]!.toPrecision(p.significantDigits)), community: community.get(id)! });
  });
  return figures;
}

/** The graph with every entity node's figures among its properties; nodes and relationships otherwise as they were. */
export function analyse(graph: Graph): Graph {
  const figures = nodeFigures(graph);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const f = figures.get(n.id);
      return f ? { ...n, properties: { ...n.properties, ...f } } : n;
    }),
  };
}
