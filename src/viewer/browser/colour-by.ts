/// <reference lib="dom" />
// "Colour by": the label (the default, as every other picture of the graph) or the community the analytics stage
// found (src/analytics/). Colouring by community lists the coloured communities with their size and leading
// members; the rest of the nodes, and articles and outcomes, are grey.
import type { ViewCommunity } from '../view-data.js';
import { el } from './dom.js';

export type ColourBy = 'label' | 'community';

export function createColourBy(root: HTMLElement, communities: readonly ViewCommunity[], otherColour: string, onChange: (by: ColourBy) => void): void {
  const list = el('ul', { class: 'legend-list community-list', hidden: '' });
  for (const c of communities) {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = c.colour;
    list.append(el('li', { 'data-community': String(c.community), title: c.leaders.join('、') }, swatch, el('span', { class: 'legend-name' }, `${c.community} · ${c.leaders[0] ?? ''}`), el('span', { class: 'count' }, c.size)));
  }
  const others = el('span', { class: 'swatch' });
  others.style.background = otherColour;
  list.append(el('li', {}, others, el('span', { class: 'legend-name muted' }, 'other')));
  const choices = el('div', { class: 'colour-by' });
  for (const by of ['label', 'community'] as const) {
    const radio = el('input', { type: 'radio', name: 'colour-by', value: by, 'data-colour-by': by });
    radio.checked = by === 'label';
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      list.hidden = by !== 'community';
      onChange(by);
    });
    choices.append(el('label', {}, radio, by));
  }
  root.append(el('h2', {}, 'Colour by'), choices, communities.length ? list : el('p', { class: 'muted' }, 'No communities: the graph holds no analytics.'));
}
