// JSON exports. `json` is graph.json itself, the file contract. `jsonl` is one record per line in the shape
// APOC's apoc.export.json writes and apoc.import.json reads ({"type":"node",…} / {"type":"relationship",…}),
// so a line-oriented tool (jq, a stream parser, APOC) can take the graph one element at a time.
import { KgError } from '../errors.js';
import { validateGraph } from '../graph/index.js';
import type { Graph, GraphNode } from '../../schema/model.js';

export function toJson(graph: Graph): string {
  return `${JSON.stringify(graph, null, 1)}\n`;
}

interface JsonlNode {
  type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface JsonlRelationship {
  type: 'relationship';
  id: string;
  label: string;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
  properties: Record<string, unknown>;
}

export function toJsonl(graph: Graph): string {
  const labelsOf = new Map<string, string[]>(graph.nodes.map((n) => [n.id, n.labels]));
  const lines: string[] = [];
  for (const n of graph.nodes) lines.push(JSON.stringify({ type: 'node', id: n.id, labels: n.labels, properties: n.properties } satisfies JsonlNode));
  for (const r of graph.relationships) {
    const record: JsonlRelationship = {
      type: 'relationship',
      id: r.id,
      label: r.type,
      start: { id: r.start, labels: labelsOf.get(r.start) ?? [] },
      end: { id: r.end, labels: labelsOf.get(r.end) ?? [] },
      properties: r.properties,
    };
    lines.push(JSON.stringify(record));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Reads JSONL written by toJsonl back into a graph, checked against the schema. `where` names the file. */
export function fromJsonl(text: string, where: string): Graph {
  const nodes: GraphNode[] = [];
  const relationships: Graph['relationships'] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let record: Partial<JsonlNode> | Partial<JsonlRelationship>;
    try {
      record = JSON.parse(line) as typeof record;
    } catch (e) {
      throw new KgError('INPUT_INVALID', `line ${i + 1} is not JSON (${(e as Error).message})`, { subject: where });
    }
    if (record.type === 'node') {
      const n = record as JsonlNode;
      nodes.push({ id: n.id, labels: n.labels, properties: n.properties });
    } else if (record.type === 'relationship') {
      const r = record as JsonlRelationship;
      relationships.push({ id: r.id, type: r.label as Graph['relationships'][number]['type'], start: r.start?.id, end: r.end?.id, properties: r.properties });
    } else {
      throw new KgError('INPUT_INVALID', `line ${i + 1} is neither a node nor a relationship record`, { subject: where });
    }
  }
  return validateGraph({ nodes, relationships }, where);
}
