/// <reference lib="dom" />
// The date filter: a first and a last date among the dates of the graph's articles. A node stays when an article
// of that range names it (an article, when it is of that range); nodes no dated article names are hidden as soon as
// the range is narrower than all dates.
import { el } from './dom.js';

export interface DateRange {
  from: string;
  to: string;
}

export interface DateFilter {
  /** Back to every date. */
  reset(): void;
}

/** `onChange` gets the range chosen, or null for every date. */
export function createDateFilter(root: HTMLElement, dates: readonly string[], onChange: (range: DateRange | null) => void): DateFilter {
  root.append(el('h2', {}, 'Dates'));
  if (dates.length === 0) {
    root.append(el('p', { class: 'muted' }, 'No dated articles.'));
    return { reset() {} };
  }
  const select = (id: string, selected: string): HTMLSelectElement => {
    const s = el('select', { id, 'aria-label': id === 'date-from' ? 'First date' : 'Last date' });
    for (const d of dates) s.append(el('option', { value: d }, d));
    s.value = selected;
    s.addEventListener('change', changed);
    return s;
  };
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const from = select('date-from', first);
  const to = select('date-to', last);
  function changed(): void {
    if (from.value > to.value) [from.value, to.value] = [to.value, from.value];
    onChange(from.value === first && to.value === last ? null : { from: from.value, to: to.value });
  }
  const all = el('button', { type: 'button' }, 'all');
  const reset = (): void => {
    from.value = first;
    to.value = last;
    changed();
  };
  all.addEventListener('click', reset);
  root.append(el('div', { class: 'date-filter' }, el('label', {}, 'from ', from), el('label', {}, 'to ', to), all));
  return { reset };
}

/** Whether a node named on `dates` is seen in `range`. */
export function seenIn(dates: readonly string[], range: DateRange): boolean {
  return dates.some((d) => d >= range.from && d <= range.to);
}
