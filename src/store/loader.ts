// Loading graph.json into Neo4j the way Neo4j recommends: constraints first, then nodes, then relationships,
// each as `UNWIND $rows …` in batches, each batch a managed (retried) transaction.
// Every statement is idempotent: loading the same graph twice leaves the same database, and a second page
// adds what is new and merges what is shared (list properties such as aliases are unions). The graph is
// checked against the schema before the first write, so a bad graph leaves the database untouched. Labels,
// relationship types and property names in the Cypher text come only from the schema; every value is a parameter.
import { z } from 'zod';
import { constraintStatements } from '../../schema/generate.js';
import {
  ALL_LABELS,
  LABEL_OF_KIND,
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  primaryLabel,
  type Graph,
  type GraphNode,
} from '../../schema/model.js';
import { KgError } from '../errors.js';
import { validateGraph } from '../graph/index.js';
import { schemaName as checkedName } from './schema-name.js';
import type { Store } from './store.js';
import { groupBy } from '../util/group-by.js';

export interface LoadProgress {
  phase: 'constraints' | 'nodes' | 'relationships' | 'counts';
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
}

export interface LoadResult {
  nodes: number;
  relationships: number;
  batches: number;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Properties merged as set unions rather than overwritten, so pages loaded one by one accumulate. */
const UNION_PROPERTIES = ['aliases', 'articleIds', 'roles'] as const;
/** How long to wait for new constraints and indexes to come online; the hinted statements need them. */
const INDEX_WAIT_SECONDS = 300;

/** A label, type or property name is written into Cypher only after the schema's check (schema-name.ts). */
const schemaName = (name: string, allowed: readonly string[]): string => checkedName(name, allowed, 'kg load');

/**
 * Properties the schema declares as (non-integer) numbers. The driver seam sends whole numbers as INTEGER, so
 * without a cast an Outcome of 103项 would store INTEGER 103 beside FLOAT 30.8 in the same property; these are
 * stored as FLOAT whatever their value, and integer properties (offsets, counts) stay INTEGER.
 */
function floatProperties(schema: z.ZodTypeAny): string[] {
  const json = z.toJSONSchema(schema) as { properties?: Record<string, { type?: string }> };
  return Object.entries(json.properties ?? {})
    .filter(([, p]) => p.type === 'number')
    .map(([name]) => name);
}
const FLOATS_OF_LABEL = new Map<string, string[]>(NODE_LABELS.map((l) => [l, floatProperties(NODE_PROPERTIES[l])]));
const FLOATS_OF_TYPE = new Map<string, string[]>(RELATIONSHIP_TYPES.map((t) => [t, floatProperties(RELATIONSHIP_PROPERTIES[t])]));

/** `SET v.p = toFloat(v.p), …` for the schema's float properties; absent properties stay absent (toFloat(null) is null). */
function floatCasts(variable: string, names: readonly string[]): string {
  if (!names.length) return '';
  return `\nSET ${names.map((p) => `${variable}.${schemaName(p, names)} = toFloat(${variable}.${schemaName(p, names)})`).join(', ')}`;
}

export async function applyConstraints(store: Store): Promise<void> {
  await dropPlainRelationshipKeyIndexes(store);
  for (const statement of constraintStatements()) {
    try {
      await store.write(statement);
    } catch (e) {
      throw duplicateKeysError(e) ?? e;
    }
  }
  // A constraint or index created on a database that already holds data is populated in the background; the
  // loader's index hints fail on an index that is not online yet, and a label scan instead would be quadratic.
  await store.write('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS });
}

/**
 * A database loaded by an earlier kg has a plain range index on each relationship type's key, named as the
 * uniqueness constraint that replaces it now: the name is taken, and an index on the same type and property
 * blocks the constraint. Those indexes (and any other plain range index on a kg relationship key) are dropped;
 * the constraint created next brings its own index, which the loader's index seeks use the same way.
 */
async function dropPlainRelationshipKeyIndexes(store: Store): Promise<void> {
  const stale = await store.read<{ name: string }>(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
     WHERE type = $indexType AND entityType = $entityType AND owningConstraint IS NULL
       AND properties = [$property] AND size(labelsOrTypes) = 1 AND labelsOrTypes[0] IN $types
     RETURN name`,
    { indexType: 'RANGE', entityType: 'RELATIONSHIP', property: 'key', types: [...RELATIONSHIP_TYPES] },
  );
  for (const { name } of stale) await store.write('DROP INDEX $name IF EXISTS', { name });
}

/** The failure to create a key constraint on a database that already holds two nodes or relationships with one key. */
function duplicateKeysError(e: unknown): KgError | undefined {
  if (!(e instanceof KgError) || !e.message.includes('Neo.DatabaseError.Schema.ConstraintCreationFailed')) return undefined;
  const schema = /schema=(.+?) \)/.exec(e.message)?.[1] ?? 'a key';
  return new KgError('NEO4J_QUERY', `the database already holds two entries with one key, so the uniqueness constraint on ${schema} cannot be created: ${e.message.split('\n').slice(1).join(' ').trim()}`, {
    subject: 'kg load',
    hint:
      'Older kg versions could write a relationship twice when two loads ran at once. Keep one of each, e.g. ' +
      'MATCH ()-[r:TYPE]->() WITH r.key AS key, collect(r) AS rs WHERE size(rs) > 1 UNWIND tail(rs) AS extra DELETE extra, ' +
      'then load again.',
    cause: e,
  });
}

/**
 * Checks the graph against the schema before anything is written: labels, types, properties and ends
 * (validateGraph), and that no relationship id is used twice (two rows with one key in a batch would both be
 * created, since each row's lookup sees the database as it was before the batch).
 */
export function checkGraphForLoad(graph: unknown): Graph {
  const valid = validateGraph(graph, 'kg load');
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const r of valid.relationships) {
    if (seen.has(r.id)) twice.push(r.id);
    seen.add(r.id);
  }
  if (twice.length) {
    throw new KgError('SCHEMA_VIOLATION', `relationship ids used twice: ${twice.slice(0, 5).join(', ')}${twice.length > 5 ? ` … (${twice.length})` : ''}`, { subject: 'kg load' });
  }
  return valid;
}

export async function loadGraph(store: Store, input: Graph, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  const graph = checkGraphForLoad(input);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new KgError('USAGE', `batch size must be a positive whole number, not ${batchSize}`, { subject: 'kg load' });
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'constraints', done: 0, total: 1 });
  await applyConstraints(store);
  progress({ phase: 'constraints', done: 1, total: 1 });

  const labelOf = new Map<string, string>();
  for (const n of graph.nodes) labelOf.set(n.id, primaryLabel(n)!);
  let batches = 0;

  const nodeGroups = groupBy(graph.nodes, (n) => n.labels.join(':'));
  let done = 0;
  for (const [, nodes] of nodeGroups) {
    const cypher = nodeStatement(nodes[0]!.labels);
    for (const batch of chunks(nodes, batchSize)) {
      await store.write(cypher, { rows: batch.map(nodeRow) });
      batches++;
      done += batch.length;
      progress({ phase: 'nodes', done, total: graph.nodes.length });
    }
  }

  const relGroups = groupBy(graph.relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`);
  done = 0;
  for (const [, rels] of relGroups) {
    const r0 = rels[0]!;
    const cypher = relationshipStatement(r0.type, labelOf.get(r0.start)!, labelOf.get(r0.end)!);
    for (const batch of chunks(rels, batchSize)) {
      await store.write(cypher, { rows: batch.map((r) => ({ key: r.id, start: r.start, end: r.end, props: r.properties })) });
      batches++;
      done += batch.length;
      progress({ phase: 'relationships', done, total: graph.relationships.length });
    }
  }

  // Mention counts come from the MENTIONS relationships in the database, so they add up across pages.
  const counted = graph.nodes.filter((n) => n.labels[0] !== 'Article');
  done = 0;
  for (const [label, nodes] of groupBy(counted, (n) => n.labels[0]!)) {
    const l = schemaName(label, ALL_LABELS);
    const cypher = `UNWIND $keys AS k
MATCH (n:${l} {key: k}) USING INDEX SEEK n:${l}(key)
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, sum(m.count) AS c
SET n.mentionCount = c`;
    for (const batch of chunks(nodes.map((n) => n.id), batchSize)) {
      await store.write(cypher, { keys: batch });
      batches++;
      done += batch.length;
      progress({ phase: 'counts', done, total: counted.length });
    }
  }
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, batches, ms: performance.now() - started };
}

/**
 * One statement per label set. A node keeps one finer label, the one its latest page gives (as its `kind`
 * property does): a company a later page calls an incubator loses :Company, so counting by label stays true.
 */
export function nodeStatement(labels: readonly string[]): string {
  const [primaryName, ...extraNames] = labels;
  const primary = schemaName(primaryName ?? '', NODE_LABELS);
  const extra = extraNames.map((l) => schemaName(l, ALL_LABELS));
  const siblings = Object.entries(LABEL_OF_KIND)
    .filter(([kind, parent]) => parent === primaryName && !extraNames.includes(kind))
    .map(([kind]) => schemaName(kind, ALL_LABELS));
  const setExtra = extra.length ? `${siblings.length ? `\nREMOVE n:${siblings.join(':')}` : ''}\nSET n:${extra.join(':')}` : '';
  const unions = UNION_PROPERTIES.map((p) => `n.${p} = CASE WHEN row.${p} IS NULL THEN n.${p} ELSE [x IN coalesce(n.${p}, []) WHERE NOT x IN row.${p}] + row.${p} END`).join(',\n    ');
  return `UNWIND $rows AS row
MERGE (n:${primary} {key: row.key})
SET n += row.props${setExtra}
SET ${unions}${floatCasts('n', FLOATS_OF_LABEL.get(primaryName ?? '') ?? [])}`;
}

function nodeRow(n: GraphNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const row: Record<string, unknown> = { key: n.id };
  for (const [k, v] of Object.entries(n.properties)) {
    if ((UNION_PROPERTIES as readonly string[]).includes(k)) row[k] = v;
    else if (k !== 'mentionCount') props[k] = v;
  }
  row.props = props;
  return row;
}

/**
 * One statement per (type, start label, end label). Not `MERGE (a)-[r:T {key}]->(b)`: the planner chooses how
 * MERGE finds an existing relationship from the statistics of the moment it plans, and a plan made while a type
 * had few relationships scans the whole relationship-key index for every row, and stays cached. Loading 2,000
 * synthetic articles after 100 took 86 s that way instead of 9 s (bench/load.ts). Index hints force seeks on
 * the node keys and the relationship key (the range index behind the relationship type's key uniqueness
 * constraint); a relationship not found is created. Relationship ids are unique in the graph
 * (checkGraphForLoad), so a batch cannot create one twice. Unlike MERGE this takes no lock on the two ends
 * before looking, so two loads writing the same new relationship at the same moment could both find it missing;
 * the uniqueness constraint then makes the database refuse the second CREATE (ConstraintValidationFailed, a
 * NEO4J_QUERY error that fails that load) instead of storing the relationship twice. Loading is idempotent, so
 * the failed load can simply be run again.
 */
export function relationshipStatement(type: string, from: string, to: string): string {
  const a = schemaName(from, NODE_LABELS);
  const b = schemaName(to, NODE_LABELS);
  const t = schemaName(type, RELATIONSHIP_TYPES);
  const floats = FLOATS_OF_TYPE.get(type) ?? [];
  return `UNWIND $rows AS row
MATCH (a:${a} {key: row.start}) USING INDEX SEEK a:${a}(key)
MATCH (b:${b} {key: row.end}) USING INDEX SEEK b:${b}(key)
OPTIONAL MATCH (a)-[old:${t} {key: row.key}]->(b) USING INDEX SEEK old:${t}(key)
SET old += row.props${floatCasts('old', floats)}
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:${t}]->(b)
  SET r = row.props${floatCasts('r', floats).replace('\nSET', '\n  SET')})`;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
