// The loader's statements as they were before issue 14 (src/store/loader.ts at that time), kept as the baseline
// bench/load.ts measures the tuned loader against: one statement per label combination and per (type, start
// label, end label), rows sent as maps, every node MERGEd and every relationship looked for before it is
// created, one batch in flight. Constraints, the schema check and the mentionCount pass are the product's own.
import { z } from 'zod';
import { applyConstraints, checkGraphForLoad } from '../src/store/loader.js';
import { schemaName as checkedName } from '../src/store/schema-name.js';
import type { Store } from '../src/store/store.js';
import { groupBy } from '../src/util/group-by.js';
import { ALL_LABELS, LABEL_OF_KIND, NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES, primaryLabel, type Graph, type GraphNode, type NodeLabel, type RelationshipType } from '../schema/model.js';

const UNION_PROPERTIES = ['aliases', 'articleIds', 'roles'];
/** The schema's (non-integer) number properties, stored as FLOAT. */
function floatProperties(schema: z.ZodTypeAny): string[] {
  const json = z.toJSONSchema(schema) as { properties?: Record<string, { type?: string }> };
  return Object.entries(json.properties ?? {}).filter(([, p]) => p.type === 'number').map(([name]) => name);
}
const schemaName = (name: string, allowed: readonly string[]): string => checkedName(name, allowed, 'bench/baseline-loader');
const casts = (v: string, names: readonly string[]): string => (names.length ? `\nSET ${names.map((p) => `${v}.\`${p}\` = toFloat(${v}.\`${p}\`)`).join(', ')}` : '');

function nodeStatement(labels: readonly string[]): string {
  const [primaryName, ...extraNames] = labels;
  const primary = schemaName(primaryName ?? '', NODE_LABELS);
  const extra = extraNames.map((l) => schemaName(l, ALL_LABELS));
  const siblings = Object.entries(LABEL_OF_KIND)
    .filter(([kind, parent]) => parent === primaryName && !extraNames.includes(kind))
    .map(([kind]) => schemaName(kind, ALL_LABELS));
  const setExtra = extra.length ? `${siblings.length ? `\nREMOVE n:${siblings.join(':')}` : ''}\nSET n:${extra.join(':')}` : '';
  const unions = UNION_PROPERTIES.map((p) => `n.${p} = CASE WHEN row.${p} IS NULL THEN n.${p} ELSE [x IN coalesce(n.${p}, []) WHERE NOT x IN row.${p}] + row.${p} END`).join(',\n    ');
  return `UNWIND $rows AS row\nMERGE (n:${primary} {key: row.key})\nSET n += row.props${setExtra}\nSET ${unions}${casts('n', floatProperties(NODE_PROPERTIES[primaryName as NodeLabel]))}`;
}

function relationshipStatement(type: string, from: string, to: string): string {
  const a = schemaName(from, NODE_LABELS);
  const b = schemaName(to, NODE_LABELS);
  const t = schemaName(type, RELATIONSHIP_TYPES);
  return `UNWIND $rows AS row
MATCH (a:${a} {key: row.start}) USING INDEX SEEK a:${a}(key)
MATCH (b:${b} {key: row.end}) USING INDEX SEEK b:${b}(key)
OPTIONAL MATCH (a)-[old:${t} {key: row.key}]->(b) USING INDEX SEEK old:${t}(key)
SET old += row.props${casts('old', floatProperties(RELATIONSHIP_PROPERTIES[type as RelationshipType]))}
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:${t}]->(b)
  SET r = row.props${casts('r', floatProperties(RELATIONSHIP_PROPERTIES[type as RelationshipType])).replace('\nSET', '\n  SET')})`;
}

function nodeRow(n: GraphNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const row: Record<string, unknown> = { key: n.id };
  for (const [k, v] of Object.entries(n.properties)) {
    if (UNION_PROPERTIES.includes(k)) row[k] = v;
    else if (k !== 'mentionCount') props[k] = v;
  }
  row.props = props;
  return row;
}

/** Loads `input` the way kg did before issue 14; returns the number of transactions. */
export async function baselineLoad(store: Store, input: Graph, batchSize: number): Promise<number> {
  const graph = checkGraphForLoad(input);
  await applyConstraints(store);
  const labelOf = new Map(graph.nodes.map((n) => [n.id, primaryLabel(n)!]));
  let batches = 0;
  for (const [, nodes] of groupBy(graph.nodes, (n) => n.labels.join(':'))) {
    const cypher = nodeStatement(nodes[0]!.labels);
    for (let i = 0; i < nodes.length; i += batchSize, batches++) await store.write(cypher, { rows: nodes.slice(i, i + batchSize).map(nodeRow) });
  }
  for (const [, rels] of groupBy(graph.relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`)) {
    const r0 = rels[0]!;
    const cypher = relationshipStatement(r0.type, labelOf.get(r0.start)!, labelOf.get(r0.end)!);
    for (let i = 0; i < rels.length; i += batchSize, batches++) {
      await store.write(cypher, { rows: rels.slice(i, i + batchSize).map((r) => ({ key: r.id, start: r.start, end: r.end, props: r.properties })) });
    }
  }
  const counted = graph.nodes.filter((n) => n.labels[0] !== 'Article');
  for (const [label, nodes] of groupBy(counted, (n) => n.labels[0]!)) {
    const l = schemaName(label, ALL_LABELS);
    const cypher = `UNWIND $keys AS k\nMATCH (n:${l} {key: k}) USING INDEX SEEK n:${l}(key)\nOPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)\nWITH n, sum(m.count) AS c\nSET n.mentionCount = c`;
    for (let i = 0; i < nodes.length; i += batchSize, batches++) await store.write(cypher, { keys: nodes.slice(i, i + batchSize).map((n) => n.id) });
  }
  return batches;
}
