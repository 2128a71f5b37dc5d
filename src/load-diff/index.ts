// Loading an updated graph by what changed. After each load kg keeps, beside the graph.json (or graph.jsonl) it
// loaded, a manifest (`.kg-loaded.json`): which database it went to, what that database then held (its counts by
// label and type), and a hash of every node and relationship. The next load of that directory's graph into the
// same database, when the database still holds those counts, sends only the nodes and relationships that are new
// or changed and deletes those the graph no longer has; the database ends as a load of the whole graph into an
// empty one would leave it. Otherwise — no manifest, another database, counts that differ (it was emptied, or
// another graph was loaded into it) — the whole graph is loaded as before, and the reason told.
// A graph is read as rows, twice: a first pass checks every row and plans (hashes, each node's label, what to
// write and delete, mention counts); a second sends the rows to write to the loader (src/store/loader.ts) as they
// come (a whole load takes its hashes in this second pass, while the server writes). A graph.jsonl is never held whole: only its ids, labels and hashes are.
// A row's hash is that of its text as graph.json holds it (src/graph/json-rows.ts). So a graph.json that kg wrote is
// not parsed for a load by what changed: each row's bytes are hashed as they lie in the file, and only the rows
// whose hash the manifest lacks are parsed and checked against the schema; the others are the rows loaded before,
// byte for byte, and only their ids and ends are checked (each id once, every relationship joining nodes of the
// graph with labels its type allows).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { writeAtomic } from '../graph/write.js';
import { GraphRowCheck, hasGraphHead, hasNodeShape, hasRelationshipShape } from '../graph/index.js';
import { parseRawRow, rawEnds, rawRowBytes, rowHash, rowText, type RawGraph } from '../graph/json-rows.js';
import { rowsOfGraph, type ElementRow, type GraphRow, type GraphRows } from '../graph/jsonl.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type Graph, type GraphNode, type GraphRelationship, type NodeLabel } from '../../schema/model.js';
import { countStats, countStoreStats, type GraphStats } from '../store/stats.js';
import { addMention, checkGraphForLoad, fullCollection, loadRows, ROWS_PER_COLLECTION, type LoadOptions, type LoadResult, type LoadSource } from '../store/loader.js';
import { removeNodes, removeRelationships, resetNodes } from '../store/remove.js';
import type { Store } from '../store/store.js';

export const MANIFEST = '.kg-loaded.json';
/** 2: hashes of each row's text as graph.json holds it, and a node's every label (1: compact JSON, primary label). */
const FORMAT = 'kg-loaded 2';

export interface Manifest {
  format: string;
  target: string;
  stats: GraphStats;
  /** Node id → `labels hash` (its labels joined by `:`, the primary first); relationship id → `type hash`. */
  nodes: Map<string, string>;
  relationships: Map<string, string>;
}

/** The manifest as its file holds it: each map as one flat list, id and entry after id and entry (quick to read and write). */
interface ManifestFile extends Omit<Manifest, 'nodes' | 'relationships'> {
  nodes: string[];
  relationships: string[];
}

export interface ChangeLoadResult extends LoadResult {
  /** `changes` when only what changed was sent; `whole` otherwise. */
  mode: 'changes' | 'whole';
  /** Why the whole graph was sent, when it was. */
  reason?: string;
  removed: { nodes: number; relationships: number };
}

/**
 * A manifest entry, `kind hash`, made as one flat string. Joined and sliced strings are kept by V8 as chains of
 * pieces, not one short string: on 2.2 M rows the first pass held 560 MB after a full collection that way, 350 MB so.
 * `kind` is a node's labels or a relationship's type, names of the schema (Latin letters).
 */
const entryOf = (kind: string, hash: string): string => Buffer.from(`${kind} ${hash}`, 'latin1').toString('latin1');
const entry = (kind: string, x: unknown): string => entryOf(kind, rowHash(rowText(x)));
/** The first word of an entry: a node's primary label, a relationship's type. */
const kindOf = (entry: string): string => entry.slice(0, entry.search(/[: ]/));

/** Which database a load went to, as the manifest records it. */
export function loadTarget(config: { uri: string; database?: string }): string {
  return `${config.uri} ${config.database ?? ''}`.trim();
}

/** A graph held in memory, as rows (checked for loading first). */
export function graphRows(input: Graph): GraphRows {
  const graph = checkGraphForLoad(input);
  return { checked: () => rowsOfGraph(graph), again: () => rowsOfGraph(graph) };
}

/** Records that the graph of `dir` now is exactly what the database `target` holds (after a bulk import). */
export async function recordLoad(dir: string, manifest: Manifest): Promise<void> {
  const flat = (m: Map<string, string>): string[] => {
    const out: string[] = [];
    for (const [id, entry] of m) out.push(id, entry);
    return out;
  };
  const file: ManifestFile = { ...manifest, nodes: flat(manifest.nodes), relationships: flat(manifest.relationships) };
  await writeAtomic(join(dir, MANIFEST), JSON.stringify(file));
}

/** The manifest of `graph` loaded into `target`. */
export async function manifestOf(graph: Graph | GraphRows, target: string): Promise<Manifest> {
  return (await planLoad('nodes' in graph ? graphRows(graph) : graph, target)).manifest;
}

/** What a first pass over a graph's rows found: what to write and delete, and the loader's source for the writes. */
export interface LoadPlan {
  /** With hashWhileLoading, complete only once source.rows() has been read through. */
  manifest: Manifest;
  /** The rows to write (all, or the new and changed ones with the ends of the relationships), for the loader. */
  source: LoadSource;
  /** Nodes and relationships by label or type, keys to delete; nodes to reset before they are written again. */
  removeNodes: Map<string, string[]>;
  removeRelationships: Map<string, string[]>;
  resetNodes: Map<string, string[]>;
  /** How many nodes and relationships the graph no longer has. */
  removed: { nodes: number; relationships: number };
}

/**
 * Reads the graph's rows once (checking them, and that no relationship id is used twice) and plans its load into
 * `target`: the whole graph, or — given the manifest of the database's last load of it — what changed since. A
 * graph.json in kg's layout (graph.raw) is planned from its bytes, parsing only what changed.
 */
export async function planLoad(graph: GraphRows, target: string, before?: Manifest, options: { hashWhileLoading?: boolean } = {}): Promise<LoadPlan> {
  const raw = before ? await graph.raw?.() : undefined;
  const planner = new Planner(target, before, graph.where ?? 'kg load');
  if (raw && before) return planner.fromBytes(raw, before);
  // A whole load needs no hash before it writes: they are taken as the loader reads the rows (source.rows()), while
  // the server works, instead of in the first pass that every write waits for (on the year's 364k rows, ≈ 2 s of
  // kg's CPU). The manifest is complete once the loader has read them all.
  const hashLater = !before && options.hashWhileLoading === true;
  let read = 0;
  for await (const row of graph.checked()) {
    if (++read % ROWS_PER_COLLECTION === 0) fullCollection();
    if (row.kind === 'node') planner.node(row.node.id, row.node.labels.join(':'), hashLater ? undefined : entry(row.node.labels.join(':'), row.node));
    else if (row.kind === 'relationship') {
      const r = row.relationship;
      planner.relationship(r, hashLater ? undefined : entry(r.type, r), r);
    }
  }
  return planner.plan(() => graph.again(), hashLater);
}

/** What planLoad gathers as it reads the rows, and the plan made of it. */
class Planner {
  readonly nodes = new Map<string, string>();
  readonly relationships = new Map<string, string>();
  private readonly labelSets = new Map<string, number>();
  private readonly types = new Map<string, number>();
  readonly labelOf = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly plan_: Omit<LoadPlan, 'manifest' | 'source'> = { removeNodes: new Map(), removeRelationships: new Map(), resetNodes: new Map(), removed: { nodes: 0, relationships: 0 } };
  // With a manifest: the nodes and relationships to write (a changed relationship's ends are written too).
  readonly write = new Set<string>();
  readonly writeRelationship = new Set<string>();
  /** Nodes whose primary label changed: deleted with their relationships, and written again with all of them. */
  private readonly relabelled = new Set<string>();

  constructor(
    private readonly target: string,
    private readonly before: Manifest | undefined,
    private readonly where: string,
  ) {}

  private add(to: Map<string, string[]>, group: string, key: string): void {
    (to.get(group) ?? to.set(group, []).get(group)!).push(key);
  }

  /** A node: `labels` joined by `:` and its manifest entry (undefined: hashed later). */
  node(id: string, labels: string, h: string | undefined): void {
    const label = kindOf(`${labels} `);
    this.nodes.set(id, h ?? labels);
    this.labelOf.set(id, label);
    this.labelSets.set(labels, (this.labelSets.get(labels) ?? 0) + 1);
    if (!this.before) return;
    const was = this.before.nodes.get(id);
    if (was === h) return;
    this.write.add(id);
    if (!was) return;
    const old = kindOf(was);
    if (old === label) this.add(this.plan_.resetNodes, label, id);
    else {
      // Found under its old label only: deleted (with its relationships, written again below) and created anew.
      this.add(this.plan_.removeNodes, old, id);
      this.relabelled.add(id);
    }
  }

  /** A relationship, its manifest entry (undefined: hashed later), and the relationship when it was parsed. */
  relationship(r: { id: string; type: string; start: string; end: string }, h: string | undefined, parsed?: GraphRelationship): void {
    if (this.relationships.has(r.id)) throw new KgError('SCHEMA_VIOLATION', `relationship id used twice: ${r.id}`, { subject: this.where });
    this.relationships.set(r.id, h ?? r.type);
    this.types.set(r.type, (this.types.get(r.type) ?? 0) + 1);
    if (this.before) {
      const was = this.before.relationships.get(r.id);
      if (was === h && !this.relabelled.has(r.start) && !this.relabelled.has(r.end)) return;
      this.writeRelationship.add(r.id);
      this.write.add(r.start).add(r.end);
      // Written again from scratch: its ends or properties may have changed.
      if (was) this.add(this.plan_.removeRelationships, kindOf(was), r.id);
    }
    if (parsed) addMention(this.counts, parsed);
  }

  /** A graph.json's rows planned from its bytes: only rows not loaded before, byte for byte, are parsed and checked. */
  fromBytes(raw: RawGraph, before: Manifest): LoadPlan {
    const where = this.where;
    if (!hasGraphHead(raw.head)) throw new KgError('SCHEMA_VIOLATION', 'the graph does not match the schema: its meta or $schema', { subject: where });
    const check = new GraphRowCheck();
    const parse = (i: number): unknown => {
      try {
        return parseRawRow(raw, i);
      } catch (e) {
        throw new KgError('INPUT_INVALID', `not valid JSON (${(e as Error).message})`, { subject: where });
      }
    };
    const { ids, nodes } = raw;
    for (let i = 0; i < nodes; i++) {
      const id = ids[i]!;
      const h = rowHash(rawRowBytes(raw, i));
      const was = before.nodes.get(id);
      if (was !== undefined && was.endsWith(h)) {
        // The row loaded last time, byte for byte: its labels are the manifest's.
        check.knownNode(id, kindOf(was) as NodeLabel);
        this.node(id, was.slice(0, -h.length - 1), was);
        continue;
      }
      const node = parse(i);
      if (!hasNodeShape(node) || node.id !== id) throw new KgError('SCHEMA_VIOLATION', `the graph does not match the schema: node ${id} is not a node of graph.json's shape`, { subject: where });
      check.node(node);
      if (!(NODE_LABELS as readonly string[]).includes(node.labels[0]!)) continue; // told by check.finish below
      const labels = node.labels.join(':');
      this.node(id, labels, entryOf(labels, h));
    }
    // An unchanged relationship joined nodes of the graph loaded last time (it was checked then): its ends are read
    // and checked again only when a node of that graph is gone or has another label now.
    let lost = this.relabelled.size > 0;
    for (const id of before.nodes.keys()) lost ||= !this.nodes.has(id);
    for (let i = nodes; i < ids.length; i++) {
      const id = ids[i]!;
      const h = rowHash(rawRowBytes(raw, i));
      const was = before.relationships.get(id);
      if (was !== undefined && was.endsWith(h)) {
        const ends = lost ? { id, ...rawEnds(raw, i) } : { id, type: was.slice(0, -h.length - 1), start: '', end: '' };
        if (lost) check.knownRelationship(ends);
        this.relationship(ends, was);
        continue;
      }
      const r = parse(i);
      if (!hasRelationshipShape(r) || r.id !== id) throw new KgError('SCHEMA_VIOLATION', `the graph does not match the schema: relationship ${id} is not a relationship of graph.json's shape`, { subject: where });
      check.relationship(r);
      this.relationship(r, entryOf(r.type, h), r);
    }
    check.finish(where);
    // The rows to write, parsed again from the bytes (a few: what changed, and the ends of changed relationships).
    const { write, writeRelationship } = this;
    const rows = function* (): Generator<ElementRow> {
      for (let i = 0; i < nodes; i++) if (write.has(ids[i]!)) yield { kind: 'node', node: parse(i) as GraphNode };
      for (let i = nodes; i < ids.length; i++) if (writeRelationship.has(ids[i]!)) yield { kind: 'relationship', relationship: parse(i) as GraphRelationship };
    };
    return this.plan(rows, false);
  }

  /** The plan, once every row has been read: what to delete, and the loader's source for what to write. */
  plan(again: () => AsyncIterable<GraphRow> | Iterable<GraphRow>, hashLater: boolean): LoadPlan {
    const { before, nodes, relationships } = this;
    if (before) {
      for (const [id, was] of before.nodes) {
        if (nodes.has(id)) continue;
        this.add(this.plan_.removeNodes, kindOf(was), id);
        this.plan_.removed.nodes++;
      }
      for (const [id, was] of before.relationships) {
        if (relationships.has(id)) continue;
        this.add(this.plan_.removeRelationships, kindOf(was), id);
        this.plan_.removed.relationships++;
      }
    }
    const stats = countStats(
      [...this.labelSets].map(([labels, count]) => ({ labels: labels.split(':'), count })),
      [...this.types].map(([type, count]) => ({ type, count })),
    );
    const manifest: Manifest = { format: FORMAT, target: this.target, stats, nodes, relationships };
    const { write, writeRelationship, labelOf, counts } = this;
    const source: LoadSource = before
      ? {
          nodes: write.size,
          relationships: writeRelationship.size,
          labelOf,
          mentionCounts: () => counts,
          rows: () => filterRows(again(), (row) => (row.kind === 'node' ? write.has(row.node.id) : row.kind === 'relationship' && writeRelationship.has(row.relationship.id))),
          // New nodes, and nodes deleted for their new label; every relationship written is new or was deleted above.
          absent: (row) => row.kind === 'relationship' || (row.kind === 'node' && (!before.nodes.has(row.node.id) || this.relabelled.has(row.node.id))),
        }
      : { nodes: labelOf.size, relationships: relationships.size, labelOf, mentionCounts: () => counts, rows: () => (hashLater ? hashing(again(), manifest) : again()) };
    return { manifest, source, ...this.plan_ };
  }
}

/** The rows, each hashed into the manifest as it passes. */
async function* hashing(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, manifest: Manifest): AsyncGenerator<GraphRow> {
  for await (const row of rows) {
    if (row.kind === 'node') manifest.nodes.set(row.node.id, entry(manifest.nodes.get(row.node.id)!, row.node));
    else if (row.kind === 'relationship') manifest.relationships.set(row.relationship.id, entry(row.relationship.type, row.relationship));
    yield row;
  }
}

async function* filterRows(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, keep: (row: GraphRow) => boolean): AsyncGenerator<GraphRow> {
  for await (const row of rows) if (keep(row)) yield row;
}

export function readManifest(dir: string): Manifest | undefined {
  let m: ManifestFile;
  try {
    m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as ManifestFile;
  } catch {
    return undefined;
  }
  if (m?.format !== FORMAT || !Array.isArray(m.nodes) || !Array.isArray(m.relationships)) return undefined;
  const map = (flat: string[]): Map<string, string> => {
    const out = new Map<string, string>();
    for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i]!, flat[i + 1]!);
    return out;
  };
  return { ...m, nodes: map(m.nodes), relationships: map(m.relationships) };
}

/** The labels and types the database holds none of, from its counts (taken before anything was deleted: a kind emptied since is merged into, which is right too). */
const emptyOf = (held: GraphStats | undefined): { empty?: ReadonlySet<string> } =>
  held ? { empty: new Set([...NODE_LABELS, ...RELATIONSHIP_TYPES].filter((k) => !held.nodes[k] && !held.relationships[k])) } : {};

const sameCounts = (a: GraphStats, b: GraphStats): boolean =>
  JSON.stringify([a.nodes, a.finerLabels, a.relationships]) === JSON.stringify([b.nodes, b.finerLabels, b.relationships]);

/**
 * Loads `graph` (the graph.json of `dir`, in memory, or its rows, e.g. a graph.jsonl read as a stream) into the
 * database of `store`, named `target` (URI and database), by what changed since this directory's last load there
 * when that can be trusted, else whole (see the header).
 */
export async function loadChanges(store: Store, graph: Graph | GraphRows, dir: string, target: string, options: LoadOptions = {}): Promise<ChangeLoadResult> {
  const started = performance.now();
  const rows = 'nodes' in graph ? graphRows(graph) : graph;
  const before = readManifest(dir);
  // The count store's figures (one statement, no node or relationship read; a cold server scanned the year's 322k
  // relationships for seconds): they also tell the loader which labels and types the database holds none of.
  const held = before?.target === target ? await countStoreStats(store) : undefined;
  let reason: string | undefined;
  if (!before) reason = existsSync(join(dir, MANIFEST)) ? 'the record of its last load is unreadable, or of an older kg' : 'no earlier load of this graph';
  else if (!held) reason = 'the last load of this graph went to another database';
  else if (!sameCounts(held, before.stats)) reason = 'the database no longer holds what the last load of this graph left (emptied, or other graphs loaded)';
  const plan = await planLoad(rows, target, reason ? undefined : before, { hashWhileLoading: true });
  // Until this load has finished, the database is in no state a manifest describes.
  rmSync(join(dir, MANIFEST), { force: true });
  let result: ChangeLoadResult;
  if (reason) {
    result = { ...(await loadRows(store, plan.source, { ...options, ...emptyOf(held) })), mode: 'whole', reason, removed: { nodes: 0, relationships: 0 } };
  } else {
    let batches = 0;
    for (const [type, keys] of plan.removeRelationships) batches += await removeRelationships(store, type, keys);
    for (const [label, keys] of plan.removeNodes) batches += await removeNodes(store, label, keys);
    for (const [label, keys] of plan.resetNodes) batches += await resetNodes(store, label, keys);
    const loaded = await loadRows(store, plan.source, { ...options, ...emptyOf(held) });
    result = { ...loaded, batches: loaded.batches + batches, mode: 'changes', removed: plan.removed };
  }
  await recordLoad(dir, plan.manifest);
  return { ...result, ms: performance.now() - started };
}
