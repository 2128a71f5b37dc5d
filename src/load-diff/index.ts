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
import { hash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { writeAtomic } from '../graph/write.js';
import { rowsOfGraph, type GraphRow, type GraphRows } from '../graph/jsonl.js';
import { primaryLabel, type Graph } from '../../schema/model.js';
import { countStats, graphStats, type GraphStats } from '../store/stats.js';
import { addMention, checkGraphForLoad, fullCollection, loadRows, ROWS_PER_COLLECTION, type LoadOptions, type LoadResult, type LoadSource } from '../store/loader.js';
import { removeNodes, removeRelationships, resetNodes } from '../store/remove.js';
import type { Store } from '../store/store.js';

export const MANIFEST = '.kg-loaded.json';
const FORMAT = 'kg-loaded 1';

export interface Manifest {
  format: string;
  target: string;
  stats: GraphStats;
  /** Node id → `label hash`; relationship id → `type hash`. */
  nodes: Record<string, string>;
  relationships: Record<string, string>;
}

export interface ChangeLoadResult extends LoadResult {
  /** `changes` when only what changed was sent; `whole` otherwise. */
  mode: 'changes' | 'whole';
  /** Why the whole graph was sent, when it was. */
  reason?: string;
  removed: { nodes: number; relationships: number };
}

// crypto.hash, one call per row: half the time of a createHash object per row on the year's 364k rows (1.2 s, not 2.2 s).
const hashOf = (x: unknown): string => hash('sha1', JSON.stringify(x), 'base64url').slice(0, 16);

/**
 * A manifest entry, `kind hash`, made as one flat string. Joined and sliced strings are kept by V8 as chains of
 * pieces, not one short string: on 2.2 M rows the first pass held 560 MB after a full collection that way, 350 MB so.
 */
const entry = (kind: string, x: unknown): string => Buffer.from(`${kind} ${hashOf(x)}`, 'latin1').toString('latin1');

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
  await writeAtomic(join(dir, MANIFEST), JSON.stringify(manifest));
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
 * `target`: the whole graph, or — given the manifest of the database's last load of it — what changed since.
 */
export async function planLoad(graph: GraphRows, target: string, before?: Manifest, options: { hashWhileLoading?: boolean } = {}): Promise<LoadPlan> {
  // A whole load needs no hash before it writes: they are taken as the loader reads the rows (source.rows()), while
  // the server works, instead of in the first pass that every write waits for (on the year's 364k rows, ≈ 2 s of
  // kg's CPU). The manifest is complete once the loader has read them all.
  const hashLater = !before && options.hashWhileLoading === true;
  const nodes: Record<string, string> = {};
  const relationships: Record<string, string> = {};
  const labelSets = new Map<string, number>();
  const types = new Map<string, number>();
  const labelOf = new Map<string, string>();
  const counts = new Map<string, number>();
  const add = (to: Map<string, string[]>, group: string, key: string): void => void (to.get(group) ?? to.set(group, []).get(group)!).push(key);
  const plan: Omit<LoadPlan, 'manifest' | 'source'> = { removeNodes: new Map(), removeRelationships: new Map(), resetNodes: new Map(), removed: { nodes: 0, relationships: 0 } };
  // With a manifest: the nodes and relationships to write (a changed relationship's ends are written too).
  const write = new Set<string>();
  const writeRelationship = new Set<string>();
  const subject = graph.where ?? 'kg load';
  let read = 0;
  for await (const row of graph.checked()) {
    if (++read % ROWS_PER_COLLECTION === 0) fullCollection();
    if (row.kind === 'node') {
      const n = row.node;
      const label = primaryLabel(n)!;
      const h = hashLater ? label : entry(label, n);
      nodes[n.id] = h;
      labelOf.set(n.id, label);
      const labels = n.labels.join(':');
      labelSets.set(labels, (labelSets.get(labels) ?? 0) + 1);
      if (!before) continue;
      const was = before.nodes[n.id];
      if (was === h) continue;
      write.add(n.id);
      if (was) add(plan.resetNodes, label, n.id);
    } else if (row.kind === 'relationship') {
      const r = row.relationship;
      if (r.id in relationships) throw new KgError('SCHEMA_VIOLATION', `relationship id used twice: ${r.id}`, { subject });
      const h = hashLater ? r.type : entry(r.type, r);
      relationships[r.id] = h;
      types.set(r.type, (types.get(r.type) ?? 0) + 1);
      if (before) {
        const was = before.relationships[r.id];
        if (was === h) continue;
        writeRelationship.add(r.id);
        write.add(r.start).add(r.end);
        // Written again from scratch: its ends or properties may have changed.
        if (was) add(plan.removeRelationships, was.split(' ')[0]!, r.id);
      }
      addMention(counts, r);
    }
  }
  if (before) {
    for (const [id, was] of Object.entries(before.nodes)) {
      if (id in nodes) continue;
      add(plan.removeNodes, was.split(' ')[0]!, id);
      plan.removed.nodes++;
    }
    for (const [id, was] of Object.entries(before.relationships)) {
      if (id in relationships) continue;
      add(plan.removeRelationships, was.split(' ')[0]!, id);
      plan.removed.relationships++;
    }
  }
  const stats = countStats(
    [...labelSets].map(([labels, count]) => ({ labels: labels.split(':'), count })),
    [...types].map(([type, count]) => ({ type, count })),
  );
  const manifest: Manifest = { format: FORMAT, target, stats, nodes, relationships };
  const source: LoadSource = before
    ? {
        nodes: write.size,
        relationships: writeRelationship.size,
        labelOf,
        mentionCounts: () => counts,
        rows: () => filterRows(graph.again(), (row) => (row.kind === 'node' ? write.has(row.node.id) : row.kind === 'relationship' && writeRelationship.has(row.relationship.id))),
      }
    : { nodes: labelOf.size, relationships: Object.keys(relationships).length, labelOf, mentionCounts: () => counts, rows: () => (hashLater ? hashing(graph.again(), manifest) : graph.again()) };
  return { manifest, source, ...plan };
}

/** The rows, each hashed into the manifest as it passes. */
async function* hashing(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, manifest: Manifest): AsyncGenerator<GraphRow> {
  for await (const row of rows) {
    if (row.kind === 'node') manifest.nodes[row.node.id] = entry(manifest.nodes[row.node.id]!, row.node);
    else if (row.kind === 'relationship') manifest.relationships[row.relationship.id] = entry(row.relationship.type, row.relationship);
    yield row;
  }
}

async function* filterRows(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, keep: (row: GraphRow) => boolean): AsyncGenerator<GraphRow> {
  for await (const row of rows) if (keep(row)) yield row;
}

export function readManifest(dir: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    return m.format === FORMAT ? m : undefined;
  } catch {
    return undefined;
  }
}

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
  let reason: string | undefined;
  if (!before) reason = 'no earlier load of this graph';
  else if (before.target !== target) reason = 'the last load of this graph went to another database';
  else if (!sameCounts(await graphStats(store), before.stats)) reason = 'the database no longer holds what the last load of this graph left (emptied, or other graphs loaded)';
  const plan = await planLoad(rows, target, reason ? undefined : before, { hashWhileLoading: true });
  // Until this load has finished, the database is in no state a manifest describes.
  rmSync(join(dir, MANIFEST), { force: true });
  let result: ChangeLoadResult;
  if (reason) {
    result = { ...(await loadRows(store, plan.source, options)), mode: 'whole', reason, removed: { nodes: 0, relationships: 0 } };
  } else {
    let batches = 0;
    for (const [type, keys] of plan.removeRelationships) batches += await removeRelationships(store, type, keys);
    for (const [label, keys] of plan.removeNodes) batches += await removeNodes(store, label, keys);
    for (const [label, keys] of plan.resetNodes) batches += await resetNodes(store, label, keys);
    const loaded = await loadRows(store, plan.source, options);
    result = { ...loaded, batches: loaded.batches + batches, mode: 'changes', removed: plan.removed };
  }
  await recordLoad(dir, plan.manifest);
  return { ...result, ms: performance.now() - started };
}
