/// <reference lib="dom" />
// Where on its PDF page a fact was read: the page drawn as an outline at its own proportions, the article's
// column boxes shaded, and the words the evidence shows marked. Boxes are in PDF points from the page's top-left
// corner, so they go into the SVG as they are, with the page's size as its viewBox.
import type { PagePlace } from '../view-data.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export function pageSketch(place: Omit<PagePlace, 'mark'> & { mark?: number[] }): HTMLElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${place.width} ${place.height}`);
  svg.setAttribute('class', 'page-sketch');
  svg.setAttribute('role', 'img');
  svg.append(rect([0, 0, place.width, place.height], 'page'));
  for (let i = 0; i + 3 < place.article.length; i += 4) svg.append(rect(place.article.slice(i, i + 4), 'article-box'));
  if (place.mark?.length === 4) svg.append(rect(place.mark, 'mark-box'));
  const where = place.mark?.length === 4 ? `at ${place.mark.map((v) => Math.round(v)).join(', ')} pt` : 'the article';
  return el('figure', { class: 'on-page' }, svg as unknown as HTMLElement, el('figcaption', { class: 'muted' }, `PDF page ${place.page} · ${where}`));
}

function rect(b: number[], cls: string): SVGRectElement {
  const r = document.createElementNS(SVG, 'rect');
  const [x0, y0, x1, y1] = b as [number, number, number, number];
  r.setAttribute('x', String(x0));
  r.setAttribute('y', String(y0));
  r.setAttribute('width', String(Math.max(x1 - x0, 1)));
  r.setAttribute('height', String(Math.max(y1 - y0, 1)));
  r.setAttribute('class', cls);
  return r;
}
