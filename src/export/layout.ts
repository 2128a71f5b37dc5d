// Positions and sizes for pictures of the graph: ForceAtlas2, run at export time so the HTML view opens already
// laid out and Gephi opens the GEXF the same way. Deterministic: nodes start on a spiral in id order, so the same
// graph gives the same picture (and the same file) on every export.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KgGraphology } from './graphology.js';

// The package is CommonJS (module.exports = the layout function) with types that declare an ES default export:
// under Node's ESM loader the default import is the function itself, which TypeScript's NodeNext reading misses.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Sweeps enough for small graphs to settle; Barnes–Hut and fewer sweeps keep large ones to seconds. */
function iterationsFor(order: number): number {
  if (order <= 500) return 600;
  if (order <= 5_000) return 200;
  return 60;
}

/** Node size grows with the square root of the degree, so hubs stand out without swallowing the page. */
function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 28);
}

/** Reports sweeps done out of the total, for a progress bar on large graphs (seconds at ten thousand nodes). */
export type LayoutProgress = (done: number, total: number) => void;

/** Sets x, y and size on every node of `g`. */
export function layOut(g: KgGraphology, onProgress?: LayoutProgress): void {
  const ids = g.nodes().sort();
  const golden = Math.PI * (3 - Math.sqrt(5));
  ids.forEach((id, i) => {
    const r = 10 * Math.sqrt(i + 1);
    g.mergeNodeAttributes(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), size: nodeSize(g.degree(id)) });
  });
  if (g.order < 2) return;
  // Article hubs name dozens of entities; dividing attraction by degree keeps them from pulling everything into one knot.
  const settings = { ...forceAtlas2.inferSettings(g), outboundAttractionDistribution: true, barnesHutOptimize: g.order > 2_000 };
  const total = iterationsFor(g.order);
  // Run in twenty slices so progress can be shown; each slice starts from the positions the last one left.
  const slice = Math.ceil(total / 20);
  for (let done = 0; done < total; done += slice) {
    forceAtlas2.assign(g, { iterations: Math.min(slice, total - done), settings });
    onProgress?.(Math.min(done + slice, total), total);
  }
}
