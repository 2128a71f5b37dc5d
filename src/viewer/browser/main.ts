/// <reference lib="dom" />
// The offline graph view: reads the graph the export embedded in the page, draws it with sigma.js, and wires the
// legend (label filters), the colouring (by label or community), the date filter, search and the side panel.
// Selecting a node dims everything but it and its neighbours.
// `window.kgView` lets scripts (and the headless-browser test) find a node on screen and focus it.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { ViewData, ViewNode } from '../view-data.js';
import { createColourBy, type ColourBy } from './colour-by.js';
import { createDateFilter, seenIn } from './date-filter.js';
import { el } from './dom.js';
import { createLegend } from './legend.js';
import { renderPanel, renderPlaceholder, type PanelContext } from './panel.js';
import { createSearch } from './search.js';

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  category: string;
}

interface EdgeAttrs {
  color: string;
  size: number;
  label: string;
}

const DIMMED = '#e6e6e6';

const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as ViewData;
const byId = new Map<string, ViewNode>(data.nodes.map((n) => [n.id, n]));
const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
for (const n of data.nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size, color: n.colour, label: n.name, category: n.label });
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { color: data.edgeColour, size: 1, label: e.type });

const hidden = new Set<string>();
/** Nodes no article of the chosen date range names. */
let outOfRange = new Set<string>();
let colourBy: ColourBy = 'label';
let selected: string | null = null;
let neighbours = new Set<string>();

const container = document.getElementById('graph')!;
const panel = document.getElementById('panel')!;
document.getElementById('counts')!.textContent = `${data.nodes.length} nodes · ${data.edges.length} relationships`;

const sigma = drawGraph();
const legend = createLegend(document.getElementById('legend')!, data.labels, hidden, () => sigma.refresh());
createColourBy(document.getElementById('legend')!, data.communities, data.otherCommunityColour, (by) => {
  colourBy = by;
  sigma.refresh();
});
const dateFilter = createDateFilter(document.getElementById('legend')!, data.dates, (range) => {
  outOfRange = new Set(range ? data.nodes.filter((n) => !seenIn(n.dates, range)).map((n) => n.id) : []);
  sigma.refresh();
});

function shown(key: string, category: string): boolean {
  return !hidden.has(category) && !outOfRange.has(key);
}

function drawGraph(): Sigma<NodeAttrs, EdgeAttrs> {
  try {
    return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      settings: { renderEdgeLabels: false, labelDensity: 0.6 },
      nodeReducer: (key, _display, attrs) => {
        if (!shown(key, attrs.category)) return { visibility: 'hidden' };
        const colour = colourBy === 'community' ? { color: byId.get(key)!.communityColour } : {};
        if (!selected) return colour;
        if (key === selected) return { ...colour, highlighted: true, labelVisibility: 'visible', zIndex: 2 };
        if (neighbours.has(key)) return { ...colour, labelVisibility: 'visible', zIndex: 1 };
        return { color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      },
      edgeReducer: (key) => {
        const [s, t] = graph.extremities(key);
        if (!shown(s, graph.getNodeAttribute(s, 'category')) || !shown(t, graph.getNodeAttribute(t, 'category'))) return { visibility: 'hidden' };
        if (!selected) return {};
        return s === selected || t === selected ? { color: '#6f6f6f', size: 2, zIndex: 1 } : { color: '#f0f0f0' };
      },
    });
  } catch (e) {
    // sigma draws with WebGL; say so on the page rather than leave it blank.
    container.append(el('p', { class: 'no-webgl' }, `The graph cannot be drawn: this browser has WebGL turned off or unavailable (${(e as Error).message}).`));
    throw e;
  }
}

const ctx: PanelContext = {
  node: (id) => byId.get(id),
  connections: (id) => [
    ...graph.outEdges(id).map((e) => ({ type: graph.getEdgeAttribute(e, 'label'), other: graph.target(e), outgoing: true })),
    ...graph.inEdges(id).map((e) => ({ type: graph.getEdgeAttribute(e, 'label'), other: graph.source(e), outgoing: false })),
  ],
  focus,
};

/** Selects a node and moves the camera to it, showing its label (and every date) first if a filter hid it. */
function focus(id: string): void {
  const n = byId.get(id);
  if (!n) return;
  legend.show(n.label);
  if (outOfRange.has(id)) dateFilter.reset();
  select(id);
  const shown = sigma.getNodeDisplayData(id);
  if (shown) void sigma.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.5 }, { duration: 500 });
}

function select(id: string | null): void {
  selected = id;
  neighbours = new Set(id ? graph.neighbors(id) : []);
  if (id) renderPanel(panel, byId.get(id)!, ctx);
  else renderPlaceholder(panel, data.evidenceNote);
  sigma.refresh();
}

sigma.on('clickNode', ({ node }) => select(node));
sigma.on('clickStage', () => select(null));
createSearch(document.getElementById('search') as HTMLInputElement, document.getElementById('results')!, data.nodes, focus);
renderPlaceholder(panel, data.evidenceNote);

declare global {
  interface Window {
    kgView: {
      focus(id: string): void;
      selected(): string | null;
      viewportPosition(id: string): { x: number; y: number } | undefined;
      drawn(id: string): { colour: string; hidden: boolean } | undefined;
    };
  }
}

window.kgView = {
  focus,
  selected: () => selected,
  /** Where a node is drawn, in pixels from the graph area's top-left corner. */
  viewportPosition(id) {
    const shown = sigma.getNodeDisplayData(id);
    return shown ? sigma.framedGraphToViewport(shown) : undefined;
  },
  /** How a node is drawn now, after the filters and the colouring. */
  drawn(id) {
    const shown = sigma.getNodeDisplayData(id);
    return shown ? { colour: shown.color, hidden: shown.visibility === 'hidden' } : undefined;
  },
};
