// Loading graph.json into Neo4j the way Neo4j recommends: constraints first, then nodes, then relationships,
// each as `UNWIND` over a batch of rows, each batch a managed (retried) transaction.
// Guarantees. Each batch is one transaction: it is written whole or not at all. A load that fails part-way leaves
// the batches before the failure written and nothing of the failing one; every statement is idempotent, so
// running the load again completes it, and loading the same graph twice leaves the same database. A second page
// adds what is new and merges what is shared (list properties such as aliases are unions). The graph is checked
// against the schema before the first write, so a bad graph leaves the database untouched. Labels, relationship
// types and property names in the Cypher text come only from the schema; every value is a parameter.
// Speed (bench/RESULTS.md, "Loader"): one statement per label and per (type, end labels), rows sent as columns,
// CREATE for the labels and types the database holds none of, and two transactions in flight.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
  type GraphRelationship,
  type NodeLabel,
  type RelationshipType,
} from '../../schema/model.js';
import { KgError } from '../errors.js';
import { validateGraph } from '../graph/index.js';
import { rowsOfGraph, type GraphRow } from '../graph/jsonl.js';
import { schemaName as checkedName } from './schema-name.js';
import type { Params, Store } from './store.js';

export interface LoadProgress {
  phase: 'constraints' | 'nodes' | 'relationships' | 'counts';
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Transactions running at once (default IN_FLIGHT). */
  inFlight?: number;
  onProgress?: (p: LoadProgress) => void;
  /** The labels and types the database holds none of, when the caller has just counted them (else counted here). */
  empty?: ReadonlySet<string>;
}

export interface LoadResult {
  nodes: number;
  relationships: number;
  batches: number;
  ms: number;
}

/** Rows per transaction: 20,000 was faster than 5,000 in every run measured (1.15× on a generated 1k-article graph
 * on the quiet machine, up to 2× on the year's archive on a busy one; bench/RESULTS.md, Loader). */
export const DEFAULT_BATCH_SIZE = 20_000;
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

export async function applyConstraints(store: Store): Promise<void> {
  const existing = await dropPlainRelationshipKeyIndexes(store);
  // Created one by one (a schema statement each), and only those the database lacks: on a database kg has loaded
  // before, that is none, and the 30 statements that would each be a no-op cost seconds on a busy machine.
  const missing = constraintStatements().filter((s) => !existing.has(/^CREATE (?:CONSTRAINT|INDEX) (\S+)/.exec(s)![1]!));
  for (const statement of missing) {
    try {
      await store.write(statement);
    } catch (e) {
      throw duplicateKeysError(e) ?? e;
    }
  }
  // A constraint or index created on a database that already holds data is populated in the background; the
  // loader's index hints fail on an index that is not online yet, and a label scan instead would be quadratic.
  if (missing.length) await store.write('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS });
}

/**
 * A database loaded by an earlier kg has a plain range index on each relationship type's key, named as the
 * uniqueness constraint that replaces it now: the name is taken, and an index on the same type and property
 * blocks the constraint. Those indexes (and any other plain range index on a kg relationship key) are dropped;
 * the constraint created next brings its own index, which the loader's index seeks use the same way. Returns the
 * names of the indexes kept.
 */
async function dropPlainRelationshipKeyIndexes(store: Store): Promise<Set<string>> {
  const indexes = await store.read<{ name: string; stale: boolean }>(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
     RETURN name, type = $indexType AND entityType = $entityType AND owningConstraint IS NULL
       AND properties = [$property] AND size(labelsOrTypes) = 1 AND labelsOrTypes[0] IN $types AS stale`,
    { indexType: 'RANGE', entityType: 'RELATIONSHIP', property: 'key', types: [...RELATIONSHIP_TYPES] },
  );
  const kept = new Set<string>();
  for (const { name, stale } of indexes) {
    if (stale) await store.write('DROP INDEX $name IF EXISTS', { name });
    else kept.add(name);
  }
  // A constraint's own index carries the constraint's name, so these are the names of the constraints too.
  return kept;
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

/** Graphs checkGraphForLoad passed, so a graph the command read and checked is not checked again by the loader. */
const checked = new WeakSet<object>();

/**
 * Checks the graph against the schema before anything is written: labels, types, properties and ends
 * (validateGraph), and that no relationship id is used twice (two rows with one key in a batch would both be
 * created, since each row's lookup sees the database as it was before the batch). A graph is checked once: the
 * same object given again (the graph `kg load` read, then loaded) is returned as it is.
 */
export function checkGraphForLoad(graph: unknown, where = 'kg load'): Graph {
  if (typeof graph === 'object' && graph !== null && checked.has(graph)) return graph as Graph;
  const valid = validateGraph(graph, where);
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const r of valid.relationships) {
    if (seen.has(r.id)) twice.push(r.id);
    seen.add(r.id);
  }
  if (twice.length) {
    throw new KgError('SCHEMA_VIOLATION', `relationship ids used twice: ${twice.slice(0, 5).join(', ')}${twice.length > 5 ? ` … (${twice.length})` : ''}`, { subject: where });
  }
  checked.add(valid);
  return valid;
}

/**
 * What the loader reads: the rows to write (every node before the first relationship, as graph.json and graph.jsonl
 * hold them), how many there are, the primary label of every node the relationships join, and each node's
 * mention count over the MENTIONS among the rows. A graph in memory gives them at once (graphSource); a streamed
 * graph.jsonl from a first pass over the file (src/load-diff/), and its rows from a second.
 */
export interface LoadSource {
  nodes: number;
  relationships: number;
  labelOf: ReadonlyMap<string, string>;
  /** Called only when the database holds no MENTIONS (see loadRows). */
  mentionCounts(): ReadonlyMap<string, number>;
  /**
   * True for a row the database is known not to hold (a load by what changed knows its new rows, and deletes the
   * relationships it writes again): it is CREATEd, not merged, as rows of a label or type the database holds none of are.
   */
  absent?(row: GraphRow): boolean;
  rows(): AsyncIterable<GraphRow> | Iterable<GraphRow>;
}

/** A checked graph in memory as the loader's source. */
export function graphSource(graph: Graph): LoadSource {
  const labelOf = new Map<string, string>();
  for (const n of graph.nodes) labelOf.set(n.id, primaryLabel(n)!);
  return {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    labelOf,
    mentionCounts: () => mentionCounts(graph.relationships),
    rows: () => rowsOfGraph(graph),
  };
}

export async function loadGraph(store: Store, input: Graph, options: LoadOptions = {}): Promise<LoadResult> {
  return loadRows(store, graphSource(checkGraphForLoad(input)), options);
}

/**
 * Rows waiting for their batch, held at most this many times the batch size across all labels and types: when the
 * buffers hold more, the fullest is sent, so memory stays bounded however many groups a graph has.
 */
const BUFFERED_BATCHES = 3;

/**
 * Rows read between full garbage collections. V8 lets the old generation grow to several times what is live before
 * it collects: loading 2.2 M rows from graph.jsonl peaked at 1.6 GB RSS with about 400 MB live. A full collection
 * every quarter million rows (a few tenths of a second each) keeps the peak near what is live.
 */
export const ROWS_PER_COLLECTION = 250_000;
let collectGarbage: (() => void) | undefined;
export function fullCollection(): void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
}

/**
 * Loads rows as they come (a checked source: the loader does not check them again). Nodes are gathered by primary
 * label and relationships by (type, start label, end label), each group sent as a batch when it holds `batchSize`
 * rows; every node batch has been written before the first relationship batch is sent. Only the buffered rows and
 * the batches in flight are held, besides the source's id → label map and, for the mention-count pass, the keys of
 * the nodes written.
 */
export async function loadRows(store: Store, source: LoadSource, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new KgError('USAGE', `batch size must be a positive whole number, not ${batchSize}`, { subject: 'kg load' });
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'constraints', done: 0, total: 1 });
  await applyConstraints(store);
  const fresh = options.empty ?? (await emptyKinds(store));
  progress({ phase: 'constraints', done: 1, total: 1 });

  const { labelOf } = source;
  // Mention counts come from the MENTIONS relationships in the database, so they add up across pages. When the
  // database holds no MENTIONS, those after the load are these rows': each node's count is summed beforehand and
  // written with the node, and the pass over the database below is needed only if a batch met another writer.
  const counts = fresh.has('MENTIONS') ? source.mentionCounts() : undefined;
  let merged = false;
  let batches = 0;
  let phase: LoadProgress['phase'] = 'nodes';
  let done = 0;
  const sender = new InFlight(options.inFlight ?? IN_FLIGHT);
  const send = (batch: Batch, total: number): Promise<void> =>
    sender.add(async () => {
      if (await writeBatch(store, batch)) merged = true;
      batches++;
      done += batch.rows;
      progress({ phase, done, total });
    });

  // Keys of the nodes written, by label, for the mention-count pass (Articles are not counted).
  const counted = new Map<string, string[]>();
  // A group's name ends in `|new` when its rows are known to be absent (source.absent).
  const absent = (row: GraphRow): string => (source.absent?.(row) ? '|new' : '');
  const nodeBuffers = new Buffers<GraphNode>(batchSize, (group, nodes) => {
    const [label, known] = group.split('|') as [string, string | undefined];
    return send(nodeBatch(label, nodes, fresh.has(label) || known === 'new', counts), source.nodes);
  });
  const relBuffers = new Buffers<GraphRelationship>(batchSize, (group, rels) => {
    const [type, from, to, known] = group.split('|') as [string, string, string, string | undefined];
    return send(relationshipBatch(type, from, to, rels, fresh.has(type) || known === 'new'), source.relationships);
  });
  let relationships = false;
  let read = 0;
  for await (const row of source.rows()) {
    if (++read % ROWS_PER_COLLECTION === 0) fullCollection();
    if (row.kind === 'node') {
      const label = labelOf.get(row.node.id)!;
      if (label !== 'Article') (counted.get(label) ?? counted.set(label, []).get(label)!).push(row.node.id);
      await nodeBuffers.add(label + absent(row), row.node);
    } else if (row.kind === 'relationship') {
      if (!relationships) {
        // Relationships find their ends by key: every node is written first.
        relationships = true;
        await nodeBuffers.flush();
        await sender.drain();
        phase = 'relationships';
        done = 0;
      }
      const r = row.relationship;
      await relBuffers.add(`${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}${absent(row)}`, r);
    }
  }
  await nodeBuffers.flush();
  await relBuffers.flush();
  await sender.drain();

  const result = (): LoadResult => ({ nodes: source.nodes, relationships: source.relationships, batches, ms: performance.now() - started });
  if (counts && !merged) return result();
  phase = 'counts';
  done = 0;
  const total = [...counted.values()].reduce((n, keys) => n + keys.length, 0);
  for (const [label, keys] of counted) {
    const l = schemaName(label, ALL_LABELS);
    const cypher = `UNWIND $key AS k
MATCH (n:${l} {key: k}) USING INDEX SEEK n:${l}(key)
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
WITH n, sum(m.count) AS c
SET n.mentionCount = c`;
    for (const batch of chunks(keys, batchSize)) await send({ cypher, params: { key: batch }, rows: batch.length }, total);
  }
  await sender.drain();
  return result();
}

/** Rows gathered by group; a group is sent when it holds `size` rows, and the fullest when all hold too many. */
class Buffers<T> {
  private readonly groups = new Map<string, T[]>();
  private held = 0;

  constructor(
    private readonly size: number,
    private readonly send: (group: string, rows: T[]) => Promise<void>,
  ) {}

  async add(group: string, row: T): Promise<void> {
    let rows = this.groups.get(group);
    if (!rows) this.groups.set(group, (rows = []));
    rows.push(row);
    this.held++;
    if (rows.length >= this.size) await this.take(group);
    else if (this.held > BUFFERED_BATCHES * this.size) {
      let fullest = group;
      for (const [g, r] of this.groups) if (r.length > this.groups.get(fullest)!.length) fullest = g;
      await this.take(fullest);
    }
  }

  async flush(): Promise<void> {
    for (const group of [...this.groups.keys()]) await this.take(group);
  }

  private take(group: string): Promise<void> {
    const rows = this.groups.get(group)!;
    this.groups.delete(group);
    this.held -= rows.length;
    return this.send(group, rows);
  }
}

/**
 * At most `limit` tasks running at once: add() waits for a free place (so a reader is held back while the
 * database is busy), drain() for all. The first failure is thrown by the next add() or by drain(), once the
 * tasks running have settled.
 */
class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly limit: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) await this.drain();
    const p: Promise<void> = task()
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure.error;
  }
}

/** One transaction's work: a statement, its columns, the rows it carries, and what to run if its CREATE meets a key. */
interface Batch {
  cypher: string;
  params: Params;
  rows: number;
  /** The MERGE form of a CREATE batch, run instead when the database already holds one of its keys. */
  merge?: string;
}

/**
 * Batches in flight at once. Two let the server work on one batch while the next is encoded and sent; on the
 * busy 2-core machine of bench/RESULTS.md that gained nothing measurable (the year's archive took 58 s with two,
 * 60 s with one), and more only queue. Batches of one phase never depend on each other: nodes carry
 * distinct keys, and relationships that share an end node take their locks in turn (a deadlock between two of
 * them is a transient error the driver retries, and every batch is idempotent).
 */
const IN_FLIGHT = 2;

/** Writes a batch; true when its CREATE met a key and it was merged instead. */
async function writeBatch(store: Store, batch: Batch): Promise<boolean> {
  try {
    await store.write(batch.cypher, batch.params);
    return false;
  } catch (e) {
    if (!batch.merge || !(e instanceof KgError && e.message.includes('Neo.ClientError.Schema.ConstraintValidationFailed'))) throw e;
    // Another writer (or an earlier try of this batch whose answer was lost) created one of these keys since the
    // load looked: the batch was rolled back whole, and merging instead gives the same database as if it had not.
    await store.write(batch.merge, batch.params);
    return true;
  }
}

/** Each node's mention count: the sum of the counts of the MENTIONS among `relationships` that end at it. */
export function mentionCounts(relationships: Iterable<GraphRelationship>, counts = new Map<string, number>()): Map<string, number> {
  for (const r of relationships) addMention(counts, r);
  return counts;
}

/** Adds a MENTIONS relationship's count to its end's (other relationships are left out). */
export function addMention(counts: Map<string, number>, r: GraphRelationship): void {
  if (r.type !== 'MENTIONS') return;
  const c = r.properties.count;
  if (typeof c === 'number') counts.set(r.end, (counts.get(r.end) ?? 0) + c);
}

/**
 * The labels and relationship types of the schema that the database holds nothing of (counts come from the
 * count store, at once). Their rows are CREATEd rather than merged: nothing can be found, and the graph's keys
 * are distinct (checkGraphForLoad). A key that appears meanwhile is refused by its uniqueness constraint and
 * the batch is merged instead (writeBatch), so CREATE never writes a key twice.
 */
async function emptyKinds(store: Store): Promise<Set<string>> {
  // All 22 counts in one statement: on a busy machine the round trips cost more than the counting.
  const kinds = [...NODE_LABELS, ...RELATIONSHIP_TYPES];
  const counts = [
    ...NODE_LABELS.map((label, i) => `COUNT { MATCH (:${schemaName(label, NODE_LABELS)}) } AS c${i}`),
    ...RELATIONSHIP_TYPES.map((type, i) => `COUNT { MATCH ()-[:${schemaName(type, RELATIONSHIP_TYPES)}]->() } AS c${NODE_LABELS.length + i}`),
  ];
  const [row] = await store.read<Record<string, number>>(`RETURN ${counts.join(', ')}`);
  return new Set(kinds.filter((_, i) => (row?.[`c${i}`] ?? 0) === 0));
}

/**
 * Columns instead of rows: `$key` is the list of keys, `$p_name` the list of names, one entry per row (null where
 * a row has no such property). The driver encodes a few long lists several times faster than as many small maps,
 * and on two shared cores encoding was a third of a batch's time.
 */
function columnsOf<T>(items: readonly T[], names: readonly string[], value: (item: T, name: string) => unknown): Params {
  const params: Params = {};
  for (const name of names) params[name] = items.map((item) => value(item, name) ?? null);
  return params;
}

/** Property names the rows of a group carry, in schema order (`key` and `mentionCount` apart). */
function carried(items: readonly { properties: Record<string, unknown> }[], schema: z.ZodObject): string[] {
  const present = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.properties)) present.add(k);
  return Object.keys(schema.shape).filter((k) => present.has(k) && k !== 'key' && k !== 'mentionCount');
}

function nodeBatch(label: string, nodes: readonly GraphNode[], create: boolean, counts?: ReadonlyMap<string, number>): Batch {
  const properties = carried(nodes, NODE_PROPERTIES[label as NodeLabel]);
  const params: Params = {
    key: nodes.map((n) => n.id),
    ...columnsOf(nodes, properties.map(param), (n, p) => n.properties[p.slice(2)]),
  };
  if (counts && label !== 'Article') {
    properties.push('mentionCount');
    params[param('mentionCount')] = nodes.map((n) => counts.get(n.id) ?? 0);
  }
  if (kindsOf(label).length) {
    // The finer label travels as a value; it is one of this label's kinds (validateGraph) and checked again here.
    params.finer = nodes.map((n) => (n.labels[1] === undefined ? null : (schemaName(n.labels[1], kindsOf(label)), n.labels[1])));
  }
  const merge = nodeStatement(label, properties, 'merge');
  return { cypher: create ? nodeStatement(label, properties, 'create') : merge, params, rows: nodes.length, ...(create ? { merge } : {}) };
}

function relationshipBatch(type: string, from: string, to: string, rels: readonly GraphRelationship[], create: boolean): Batch {
  const properties = carried(rels, RELATIONSHIP_PROPERTIES[type as RelationshipType]);
  const params: Params = {
    key: rels.map((r) => r.id),
    start: rels.map((r) => r.start),
    end: rels.map((r) => r.end),
    ...columnsOf(rels, properties.map(param), (r, p) => r.properties[p.slice(2)]),
  };
  const merge = relationshipStatement(type, from, to, properties, 'merge');
  return { cypher: create ? relationshipStatement(type, from, to, properties, 'create') : merge, params, rows: rels.length, ...(create ? { merge } : {}) };
}

const param = (property: string): string => `p_${property}`;
const kindsOf = (label: string): string[] => Object.entries(LABEL_OF_KIND).filter(([, parent]) => parent === label).map(([kind]) => kind);

/** `v.p = <value>` for each property, the value cast to FLOAT where the schema says number. */
function assignments(variable: string, names: readonly string[], floats: readonly string[], allowed: readonly string[], value: (column: string, property: string) => string): string {
  return names
    .map((p) => {
      const name = schemaName(p, allowed);
      const v = value(`$${param(p)}[i]`, `${variable}.${name}`);
      return `${variable}.${name} = ${floats.includes(p) ? `toFloat(${v})` : v}`;
    })
    .join(', ');
}

/**
 * One statement per primary label and the properties its rows carry. `merge` finds the node by key and sets each
 * given property, keeping those a row does not give (as `SET n += props` would) and taking list properties such as
 * aliases as set unions, so pages loaded one by one accumulate. `create` is for a label the database holds no node
 * of. A node keeps one finer label, the one its latest page gives (as its `kind` property does): a company a later
 * page calls an incubator loses :Company, so counting by label stays true.
 */
export function nodeStatement(label: string, properties: readonly string[], mode: 'merge' | 'create'): string {
  const l = schemaName(label, NODE_LABELS);
  const allowed = Object.keys(NODE_PROPERTIES[label as NodeLabel].shape);
  const floats = FLOATS_OF_LABEL.get(label) ?? [];
  const plain = properties.filter((p) => !(UNION_PROPERTIES as readonly string[]).includes(p));
  const unions = properties.filter((p) => (UNION_PROPERTIES as readonly string[]).includes(p));
  const kinds = kindsOf(label).map((k) => schemaName(k, ALL_LABELS));
  const lines = ['UNWIND range(0, size($key) - 1) AS i'];
  if (mode === 'create') {
    lines.push(`CREATE (n:${l} {key: $key[i]})`);
    if (properties.length) lines.push(`SET ${assignments('n', properties, floats, allowed, (column) => column)}`);
    if (kinds.length) lines.push('FOREACH (_ IN CASE WHEN $finer[i] IS NULL THEN [] ELSE [1] END | SET n:$($finer[i]))');
  } else {
    lines.push(`MERGE (n:${l} {key: $key[i]})`);
    if (plain.length) lines.push(`SET ${assignments('n', plain, floats, allowed, (column, old) => `coalesce(${column}, ${old})`)}`);
    if (unions.length) lines.push(`SET ${assignments('n', unions, floats, allowed, (column, old) => `CASE WHEN ${column} IS NULL THEN ${old} ELSE [x IN coalesce(${old}, []) WHERE NOT x IN ${column}] + ${column} END`)}`);
    if (kinds.length) lines.push(`FOREACH (_ IN CASE WHEN $finer[i] IS NULL THEN [] ELSE [1] END | REMOVE n:${kinds.join(':')} SET n:$($finer[i]))`);
  }
  return lines.join('\n');
}

/**
 * One statement per (type, start label, end label) and the properties its rows carry. Not `MERGE (a)-[r:T {key}]->(b)`:
 * the planner chooses how MERGE finds an existing relationship from the statistics of the moment it plans, and a
 * plan made while a type had few relationships scans the whole relationship-key index for every row, and stays
 * cached. Loading 2,000 synthetic articles after 100 took 86 s that way instead of 9 s (bench/load.ts). Index hints
 * force seeks on the node keys and the relationship key (the range index behind the relationship type's key
 * uniqueness constraint); a relationship not found is created (`merge`), or created without looking for a type
 * the database holds none of (`create`). Relationship ids are unique in the graph (checkGraphForLoad), so a batch
 * cannot create one twice. Unlike MERGE this takes no lock on the two ends before looking, so two loads writing
 * the same new relationship at the same moment could both find it missing; the uniqueness constraint then makes
 * the database refuse the second CREATE (ConstraintValidationFailed) instead of storing the relationship twice, and
 * that batch is merged again (writeBatch), finding the relationship the other load wrote.
 */
export function relationshipStatement(type: string, from: string, to: string, properties: readonly string[], mode: 'merge' | 'create'): string {
  const a = schemaName(from, NODE_LABELS);
  const b = schemaName(to, NODE_LABELS);
  const t = schemaName(type, RELATIONSHIP_TYPES);
  const allowed = Object.keys(RELATIONSHIP_PROPERTIES[type as RelationshipType].shape);
  const floats = FLOATS_OF_TYPE.get(type) ?? [];
  const create = `CREATE (a)-[r:${t} {key: $key[i]}]->(b)${properties.length ? `\nSET ${assignments('r', properties, floats, allowed, (column) => column)}` : ''}`;
  const lines = [
    'UNWIND range(0, size($key) - 1) AS i',
    `MATCH (a:${a} {key: $start[i]}) USING INDEX SEEK a:${a}(key)`,
    `MATCH (b:${b} {key: $end[i]}) USING INDEX SEEK b:${b}(key)`,
  ];
  if (mode === 'create') return [...lines, create].join('\n');
  lines.push(`OPTIONAL MATCH (a)-[old:${t} {key: $key[i]}]->(b) USING INDEX SEEK old:${t}(key)`);
  if (properties.length) lines.push(`SET ${assignments('old', properties, floats, allowed, (column, old) => `coalesce(${column}, ${old})`)}`);
  lines.push(`FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |\n  ${create.replace('\n', '\n  ')})`);
  return lines.join('\n');
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
