// Statements that take out of the database what a graph no longer holds, for loads that send only what changed
// (src/load-diff/): nodes and relationships removed by key, and nodes about to be written again reset to their
// key, so they end as a load into an empty database would leave them. Labels and types come from the schema only.
import { LABEL_OF_KIND, NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model.js';
import { schemaName as checkedName } from './schema-name.js';
import type { Store } from './store.js';

const schemaName = (name: string, allowed: readonly string[]): string => checkedName(name, allowed, 'kg load');
const BATCH = 5000;

async function inBatches(store: Store, cypher: string, keys: readonly string[]): Promise<number> {
  let batches = 0;
  for (let i = 0; i < keys.length; i += BATCH, batches++) await store.write(cypher, { keys: keys.slice(i, i + BATCH) });
  return batches;
}

/** Deletes the relationships of `type` with these keys (those not there are skipped). */
export function removeRelationships(store: Store, type: string, keys: readonly string[]): Promise<number> {
  const t = schemaName(type, RELATIONSHIP_TYPES);
  return inBatches(store, `UNWIND $keys AS k MATCH ()-[r:${t} {key: k}]->() DELETE r`, keys);
}

/** Deletes the nodes of `label` with these keys, with their relationships. */
export function removeNodes(store: Store, label: string, keys: readonly string[]): Promise<number> {
  const l = schemaName(label, NODE_LABELS);
  return inBatches(store, `UNWIND $keys AS k MATCH (n:${l} {key: k}) DETACH DELETE n`, keys);
}

/** Leaves the nodes of `label` with these keys with their key alone: no other property, no finer label. */
export function resetNodes(store: Store, label: string, keys: readonly string[]): Promise<number> {
  const l = schemaName(label, NODE_LABELS);
  const finer = Object.entries(LABEL_OF_KIND).filter(([, parent]) => parent === label).map(([kind]) => schemaName(kind, Object.keys(LABEL_OF_KIND)));
  return inBatches(store, `UNWIND $keys AS k MATCH (n:${l} {key: k}) SET n = {key: k}${finer.length ? ` REMOVE n:${finer.join(':')}` : ''}`, keys);
}
