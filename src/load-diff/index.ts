// Loading an updated graph by what changed. After each load kg keeps, beside the graph.json it loaded, a manifest
// (`.kg-loaded.json`): which database it went to, what that database then held (its counts by label and type), and
// a hash of every node and relationship. The next load of that directory's graph into the same database, when the
// database still holds those counts, sends only the nodes and relationships that are new or changed and deletes
// those the graph no longer has; the database ends as a load of the whole graph into an empty one would leave it.
// Otherwise — no manifest, another database, counts that differ (it was emptied, or another graph was loaded into
// it) — the whole graph is loaded as before, and the reason told. The loader itself (src/store/loader.ts) is
// unchanged: it is given the part of the graph to write.
import { hash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../graph/write.js';
import { primaryLabel, type Graph, type GraphNode } from '../../schema/model.js';
import { graphJsonStats, graphStats, type GraphStats } from '../store/stats.js';
import { loadGraph, type LoadOptions, type LoadResult } from '../store/loader.js';
import { removeNodes, removeRelationships, resetNodes } from '../store/remove.js';
import type { Store } from '../store/store.js';

export const MANIFEST = '.kg-loaded.json';
const FORMAT = 'kg-loaded 1';

interface Manifest {
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

/** Which database a load went to, as the manifest records it. */
export function loadTarget(config: { uri: string; database?: string }): string {
  return `${config.uri} ${config.database ?? ''}`.trim();
}

/** Records that `graph` (of `dir`) now is exactly what the database `target` holds (after a bulk import). */
export async function recordLoad(graph: Graph, dir: string, target: string, manifest: Manifest = manifestOf(graph, target)): Promise<void> {
  await writeAtomic(join(dir, MANIFEST), JSON.stringify(manifest));
}

/** The manifest of `graph` loaded into `target`. */
export function manifestOf(graph: Graph, target: string): Manifest {
  const nodes: Record<string, string> = {};
  for (const n of graph.nodes) nodes[n.id] = `${primaryLabel(n)} ${hashOf(n)}`;
  const relationships: Record<string, string> = {};
  for (const r of graph.relationships) relationships[r.id] = `${r.type} ${hashOf(r)}`;
  return { format: FORMAT, target, stats: graphJsonStats(graph), nodes, relationships };
}

export interface LoadPlan {
  /** The nodes and relationships to write: new and changed ones, with the ends of the relationships. */
  graph: Graph;
  /** Nodes and relationships by label or type, keys to delete; nodes to reset before they are written again. */
  removeNodes: Map<string, string[]>;
  removeRelationships: Map<string, string[]>;
  resetNodes: Map<string, string[]>;
  /** How many nodes and relationships the graph no longer has. */
  removed: { nodes: number; relationships: number };
}

/** What to write and delete to turn a database holding `before` into one holding `graph`. */
export function planChanges(before: Manifest, after: Manifest, graph: Graph): LoadPlan {
  const plan: LoadPlan = { graph: { ...graph, nodes: [], relationships: [] }, removeNodes: new Map(), removeRelationships: new Map(), resetNodes: new Map(), removed: { nodes: 0, relationships: 0 } };
  const add = (to: Map<string, string[]>, group: string, key: string): void => void (to.get(group) ?? to.set(group, []).get(group)!).push(key);
  const write = new Set<string>();
  for (const n of graph.nodes) {
    const was = before.nodes[n.id];
    if (was === after.nodes[n.id]) continue;
    write.add(n.id);
    if (was) add(plan.resetNodes, primaryLabel(n)!, n.id);
  }
  for (const [id, was] of Object.entries(before.nodes)) {
    if (id in after.nodes) continue;
    add(plan.removeNodes, was.split(' ')[0]!, id);
    plan.removed.nodes++;
  }
  for (const r of graph.relationships) {
    const was = before.relationships[r.id];
    if (was === after.relationships[r.id]) continue;
    plan.graph.relationships.push(r);
    write.add(r.start).add(r.end);
    // Written again from scratch: its ends or properties may have changed.
    if (was) add(plan.removeRelationships, was.split(' ')[0]!, r.id);
  }
  for (const [id, was] of Object.entries(before.relationships)) {
    if (id in after.relationships) continue;
    add(plan.removeRelationships, was.split(' ')[0]!, id);
    plan.removed.relationships++;
  }
  plan.graph.nodes = graph.nodes.filter((n: GraphNode) => write.has(n.id));
  return plan;
}

function readManifest(path: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return m.format === FORMAT ? m : undefined;
  } catch {
    return undefined;
  }
}

const sameCounts = (a: GraphStats, b: GraphStats): boolean =>
  JSON.stringify([a.nodes, a.finerLabels, a.relationships]) === JSON.stringify([b.nodes, b.finerLabels, b.relationships]);

/**
 * Loads `graph` (the graph.json of `dir`) into the database of `store`, named `target` (URI and database), by
 * what changed since this directory's last load there when that can be trusted, else whole (see the header).
 */
export async function loadChanges(store: Store, graph: Graph, dir: string, target: string, options: LoadOptions = {}): Promise<ChangeLoadResult> {
  const started = performance.now();
  const path = join(dir, MANIFEST);
  const after = manifestOf(graph, target);
  const before = readManifest(path);
  let reason: string | undefined;
  if (!before) reason = 'no earlier load of this graph';
  else if (before.target !== target) reason = 'the last load of this graph went to another database';
  else if (!sameCounts(await graphStats(store), before.stats)) reason = 'the database no longer holds what the last load of this graph left (emptied, or other graphs loaded)';
  // Until this load has finished, the database is in no state a manifest describes.
  rmSync(path, { force: true });
  let result: ChangeLoadResult;
  if (!before || reason) {
    result = { ...(await loadGraph(store, graph, options)), mode: 'whole', reason: reason!, removed: { nodes: 0, relationships: 0 } };
  } else {
    const plan = planChanges(before, after, graph);
    let batches = 0;
    for (const [type, keys] of plan.removeRelationships) batches += await removeRelationships(store, type, keys);
    for (const [label, keys] of plan.removeNodes) batches += await removeNodes(store, label, keys);
    for (const [label, keys] of plan.resetNodes) batches += await resetNodes(store, label, keys);
    const loaded = await loadGraph(store, plan.graph, options);
    result = { ...loaded, batches: loaded.batches + batches, mode: 'changes', removed: plan.removed };
  }
  await recordLoad(graph, dir, target, after);
  return { ...result, ms: performance.now() - started };
}
