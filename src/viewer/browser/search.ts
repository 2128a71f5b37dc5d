/// <reference lib="dom" />
// Search by name or alias: typing lists the matching nodes, best first (exact, then prefix, then anywhere; among
// equals the node the articles mention most, then the shorter name); Enter or a click focuses one.
import type { ViewNode } from '../view-data.js';
import { el } from './dom.js';

const MAX_RESULTS = 12;

function findNodes(nodes: readonly ViewNode[], query: string): ViewNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<{ match: number; mentions: number; length: number; node: ViewNode }> = [];
  for (const node of nodes) {
    let match = Infinity;
    for (const name of [node.name, ...node.aliases]) {
      const s = name.toLowerCase();
      const at = s.indexOf(q);
      if (at !== -1) match = Math.min(match, s === q ? 0 : at === 0 ? 1 : 2);
    }
    if (match !== Infinity) scored.push({ match, mentions: Number(node.properties.mentionCount ?? 0), length: node.name.length, node });
  }
  scored.sort((a, b) => a.match - b.match || b.mentions - a.mentions || a.length - b.length);
  return scored.slice(0, MAX_RESULTS).map((s) => s.node);
}

export function createSearch(input: HTMLInputElement, results: HTMLElement, nodes: readonly ViewNode[], onPick: (id: string) => void): void {
  let found: ViewNode[] = [];
  const pick = (n: ViewNode): void => {
    results.replaceChildren();
    input.value = n.name;
    onPick(n.id);
  };
  input.addEventListener('input', () => {
    found = findNodes(nodes, input.value);
    results.replaceChildren(
      ...(input.value.trim() && found.length === 0 ? [el('li', { class: 'empty' }, 'no node has that name')] : []),
      ...found.map((n) => {
        const swatch = el('span', { class: 'swatch' });
        swatch.style.background = n.colour;
        const item = el('li', { 'data-id': n.id, role: 'option' }, swatch, el('span', {}, n.name), el('span', { class: 'muted' }, n.labels.join(':')));
        item.addEventListener('click', () => pick(n));
        return item;
      }),
    );
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && found[0]) pick(found[0]);
    if (e.key === 'Escape') results.replaceChildren();
  });
}
