// JSON exports. `json` is graph.json itself, the file contract. `jsonl` is one record per line in the shape
// APOC's apoc.export.json writes and apoc.import.json reads ({"type":"node",…} / {"type":"relationship",…}),
// so a line-oriented tool (jq, a stream parser, APOC) can take the graph one element at a time.
import { validateGraph } from '../graph/index.js';
import { graphJsonlLines, parseGraphLine } from '../graph/jsonl.js';
import type { Graph, GraphNode, GraphRelationship } from '../../schema/model.js';

export function toJson(graph: Graph): string {
  return `${JSON.stringify(graph, null, 1)}\n`;
}

/** The graph's nodes, then its relationships, one record a line (graph.jsonl's records, without its meta line). */
export function toJsonl(graph: Graph): string {
  return [...graphJsonlLines({ nodes: graph.nodes, relationships: graph.relationships })].join('');
}

/** Reads JSONL written by toJsonl (or a build's graph.jsonl) back into a graph, checked against the schema. `where` names the file. */
export function fromJsonl(text: string, where: string): Graph {
  let meta: Graph['meta'];
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const row = parseGraphLine(lines[i]!, i + 1, where);
    if (row?.kind === 'meta') meta = row.meta;
    else if (row?.kind === 'node') nodes.push(row.node);
    else if (row) relationships.push(row.relationship);
  }
  return validateGraph({ ...(meta ? { meta } : {}), nodes, relationships }, where);
}
