/// <reference lib="dom" />
// The side panel for a clicked node: its labels and properties, the evidence behind it (the sentence each fact
// was read from, the page text around each mention, with the node's words marked) and its connections, each of
// which focuses the node at the other end.
import type { ViewEvidence, ViewNode } from '../view-data.js';
import { el, marked } from './dom.js';
import { pageSketch } from './page-sketch.js';

/** Properties shown in the heading or elsewhere in the panel, not in the table. */
const SHOWN_ELSEWHERE = new Set(['name', 'text']);

export interface PanelContext {
  node(id: string): ViewNode | undefined;
  /** Relationships of a node: type, the other end, and whether the node is the start. */
  connections(id: string): Array<{ type: string; other: string; outgoing: boolean }>;
  focus(id: string): void;
}

export function renderPanel(root: HTMLElement, n: ViewNode, ctx: PanelContext): void {
  const chips = n.labels.map((l) => el('span', { class: 'chip' }, l));
  chips[0]?.style.setProperty('background', n.colour);
  const parts = [
    el('h2', { class: 'node-name' }, n.name),
    el('div', { class: 'chips' }, ...chips),
    propertiesTable(n),
    longText(n),
    evidenceSection(n, ctx),
    connectionsSection(n, ctx),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  root.scrollTop = 0;
}

export function renderPlaceholder(root: HTMLElement, note: string | undefined): void {
  root.replaceChildren(el('p', { class: 'muted' }, 'Click a node, or search for one, to see its properties and the evidence behind it.'));
  if (note) root.append(el('p', { class: 'note' }, note));
}

function propertiesTable(n: ViewNode): HTMLElement {
  const rows = Object.entries(n.properties)
    .filter(([k]) => !SHOWN_ELSEWHERE.has(k) || (k === 'text' && n.label === 'Outcome'))
    .map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, Array.isArray(v) ? v.join('; ') || '—' : String(v))));
  return el('table', { class: 'props' }, el('tbody', {}, ...rows));
}

/** An article's full text, folded away: long, and only wanted when reading; and, read from a PDF, where it sits. */
function longText(n: ViewNode): HTMLElement | null {
  const p = n.properties;
  if (n.label !== 'Article' || typeof p.text !== 'string') return null;
  const sketch = typeof p.pdfPage === 'number' && Array.isArray(p.boxes) ? pageSketch({ page: p.pdfPage, width: Number(p.pageWidth), height: Number(p.pageHeight), article: p.boxes.map(Number) }) : null;
  return el('div', {}, sketch, el('details', { class: 'article-text' }, el('summary', {}, `Article text (${p.text.length} characters)`), el('div', {}, p.text)));
}

function evidenceSection(n: ViewNode, ctx: PanelContext): HTMLElement | null {
  if (n.evidence.length === 0) return null;
  return el(
    'section',
    { class: 'evidence' },
    el('h3', {}, `Evidence (${n.evidence.length})`),
    el('ol', {}, ...n.evidence.map((e) => evidenceItem(e, ctx))),
  );
}

function evidenceItem(e: ViewEvidence, ctx: PanelContext): HTMLElement {
  const other = e.other ? ctx.node(e.other) : undefined;
  const head = el(
    'div',
    { class: 'ev-head' },
    el('span', { class: 'rel' }, e.type),
    other ? el('span', { class: 'dir' }, e.outgoing ? ' → ' : ' ← ') : null,
    other ? link(other, ctx) : null,
    e.role ? el('span', { class: 'muted' }, ` (${e.role})`) : null,
  );
  const foot = [e.article ? `《${e.article}》` : '', e.rule ?? '', e.confidence !== undefined ? `confidence ${e.confidence}` : '', e.at ?? '', e.approximate ? 'found by name in the article text' : '']
    .filter(Boolean)
    .join(' · ');
  return el('li', {}, head, el('blockquote', { class: 'ev-text' }, ...marked(e.text, e.mark)), e.onPage ? pageSketch(e.onPage) : null, el('div', { class: 'ev-foot muted' }, foot));
}

function connectionsSection(n: ViewNode, ctx: PanelContext): HTMLElement | null {
  const links = ctx.connections(n.id);
  if (links.length === 0) return null;
  const byType = new Map<string, typeof links>();
  for (const l of links) {
    const key = `${l.outgoing ? '' : '← '}${l.type}${l.outgoing ? ' →' : ''}`;
    byType.set(key, [...(byType.get(key) ?? []), l]);
  }
  return el(
    'section',
    { class: 'connections' },
    el('h3', {}, `Connections (${links.length})`),
    ...[...byType].map(([type, ls]) =>
      el('div', { class: 'conn' }, el('span', { class: 'rel' }, type), ' ', ...ls.flatMap((l, i) => {
        const other = ctx.node(l.other);
        return other ? [i ? ', ' : '', link(other, ctx)] : [];
      })),
    ),
  );
}

function link(n: ViewNode, ctx: PanelContext): HTMLElement {
  const a = el('a', { href: '#', 'data-id': n.id }, n.name);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    ctx.focus(n.id);
  });
  return a;
}
