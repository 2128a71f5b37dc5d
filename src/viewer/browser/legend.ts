/// <reference lib="dom" />
// The legend: one row per label with its colour and count, each a checkbox that shows or hides that label's
// nodes (and the relationships touching them).
import type { ViewLabel } from '../view-data.js';
import { el } from './dom.js';

export interface Legend {
  /** Ticks a label's box again, e.g. when search focuses a node of a hidden label. */
  show(label: string): void;
}

export function createLegend(root: HTMLElement, labels: readonly ViewLabel[], hidden: Set<string>, onChange: () => void): Legend {
  const boxes = new Map<string, HTMLInputElement>();
  const list = el('ul', { class: 'legend-list' });
  for (const l of labels) {
    const box = el('input', { type: 'checkbox', 'data-label': l.label });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(l.label);
      else hidden.add(l.label);
      onChange();
    });
    boxes.set(l.label, box);
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = l.colour;
    list.append(el('li', {}, el('label', {}, box, swatch, el('span', { class: 'legend-name' }, l.label), el('span', { class: 'count' }, l.count))));
  }
  const setAll = (checked: boolean) => () => {
    for (const [label, box] of boxes) {
      box.checked = checked;
      if (checked) hidden.delete(label);
      else hidden.add(label);
    }
    onChange();
  };
  root.append(
    el('h2', {}, 'Labels'),
    list,
    el('div', { class: 'legend-actions' }, button('all', setAll(true)), button('none', setAll(false))),
  );
  return {
    show(label) {
      const box = boxes.get(label);
      if (box && !box.checked) {
        box.checked = true;
        hidden.delete(label);
        onChange();
      }
    },
  };
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button' }, text);
  b.addEventListener('click', onClick);
  return b;
}
