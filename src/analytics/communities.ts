// Communities by Louvain (graphology-communities-louvain), made reproducible: the random walk it takes through the
// nodes draws from a seeded generator, and its arbitrary community numbers are replaced by stable ones — 1 for
// the largest community, then by size, ties broken by the smallest node id in each — so the same graph gives the
// same communities with the same numbers on every build.
import louvainModule from 'graphology-communities-louvain';
import { seededRandom } from '../util/random.js';
import type { EntityNetwork } from './entity-network.js';

// CommonJS with types that declare an ES default export (as graphology-layout-forceatlas2, see export/layout.ts).
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface LouvainSettings {
  resolution: number;
  seed: number;
}

/** Node id → community number, 1 the largest. */
export function communities(net: EntityNetwork, settings: LouvainSettings): Map<string, number> {
  const found = louvain(net, { getEdgeWeight: 'weight', resolution: settings.resolution, rng: seededRandom(settings.seed) });
  const members = new Map<number, string[]>();
  // The network's nodes are in id order, so each member list is too and its first item is its smallest id.
  net.forEachNode((id) => {
    const c = found[id]!;
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  });
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const numbered = new Map<string, number>();
  ordered.forEach((ids, i) => {
    for (const id of ids) numbered.set(id, i + 1);
  });
  return numbered;
}
