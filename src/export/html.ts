// The offline HTML view: the graph laid out with ForceAtlas2, coloured by label (or by community, src/analytics/),
// with each node's evidence and the dates of the articles naming it worked out here, then poured into one
// self-contained page with the bundled viewer (src/viewer/). The page needs no network, server or database: open
// the file in a browser.
import { basename } from 'node:path';
import { NODE_LABELS, type Graph, type NodeLabel } from '../../schema/model.js';
import { viewerBundle } from '../viewer/bundle.js';
import { renderPage } from '../viewer/page.js';
import type { ViewCommunity, ViewData, ViewNode } from '../viewer/view-data.js';
import { nodeEvidence } from './evidence.js';
import { toGraphology } from './graphology.js';
import { layOut, type LayoutProgress } from './layout.js';
import { COMMUNITY_COLOURS, COMMUNITY_OTHER, EDGE_COLOUR, LABEL_COLOURS } from './palette.js';

export interface HtmlOptions {
  /** Decoded page files by source, for the page text around mentions (see page-text.ts). */
  pageTexts?: ReadonlyMap<string, string>;
  /** Sources whose page text was not available, and why; shown on the page so the reader knows. */
  missingPages?: readonly string[];
  /** e.g. "kg-local-news 0.1.0". */
  generatedBy: string;
  onLayout?: LayoutProgress;
}

function viewData(graph: Graph, options: HtmlOptions): ViewData {
  const g = toGraphology(graph);
  layOut(g, options.onLayout);
  const evidence = nodeEvidence(graph, options.pageTexts ?? new Map());
  const communities = colouredCommunities(graph);
  const colourOf = new Map(communities.map((c) => [c.community, c.colour]));
  const dateOf = articleDates(graph);
  const nodes: ViewNode[] = graph.nodes.map((n) => {
    const a = g.getNodeAttributes(n.id);
    const p = n.properties;
    const aliases = [...(Array.isArray(p.aliases) ? p.aliases.map(String) : []), ...(typeof p.shortName === 'string' ? [p.shortName] : [])];
    return {
      id: n.id,
      name: a.label,
      label: a.category,
      labels: n.labels,
      aliases,
      x: round(a.x ?? 0),
      y: round(a.y ?? 0),
      size: round(a.size ?? 4),
      colour: LABEL_COLOURS[a.category as NodeLabel]?.fill ?? '#999999',
      properties: p,
      evidence: evidence.get(n.id) ?? [],
      communityColour: colourOf.get(p.community as number) ?? COMMUNITY_OTHER,
      dates: datesOf(n.labels[0] === 'Article' ? [n.id.slice(ARTICLE_PREFIX.length)] : p.articleIds, dateOf),
    };
  });
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
  const sources = graph.meta?.sources ?? [];
  return {
    title: `Knowledge graph — ${sources.length === 1 ? basename(sources[0]!) : `${sources.length || 'several'} sources`}`,
    generatedBy: options.generatedBy,
    sources,
    labels: NODE_LABELS.filter((l) => counts.has(l)).map((l) => ({ label: l, colour: LABEL_COLOURS[l].fill, count: counts.get(l)! })),
    nodes,
    edges: graph.relationships.map((r) => ({ id: r.id, source: r.start, target: r.end, type: r.type })),
    edgeColour: EDGE_COLOUR,
    communities,
    otherCommunityColour: COMMUNITY_OTHER,
    dates: [...new Set(dateOf.values())].sort(),
    ...(options.missingPages?.length
      ? { evidenceNote: `Page files not available (${options.missingPages.join('; ')}): mentions show the article sentence that names the node instead of the page text at its offsets.` }
      : {}),
  };
}

export async function toHtml(graph: Graph, options: HtmlOptions): Promise<string> {
  return renderPage(viewData(graph, options), await viewerBundle());
}

const ARTICLE_PREFIX = 'article:';

/**
 * The communities the view colours apart: the largest of two or more entities (community numbers go by size), as
 * many as there are colours; each with its three members of highest PageRank.
 */
function colouredCommunities(graph: Graph): ViewCommunity[] {
  const members = new Map<number, Array<{ name: string; pagerank: number }>>();
  for (const n of graph.nodes) {
    const { community, pagerank, name } = n.properties;
    if (typeof community !== 'number') continue;
    const list = members.get(community) ?? [];
    list.push({ name: String(name), pagerank: Number(pagerank ?? 0) });
    members.set(community, list);
  }
  return [...members]
    .filter(([, list]) => list.length > 1)
    .sort(([a], [b]) => a - b)
    .slice(0, COMMUNITY_COLOURS.length)
    .map(([community, list], i) => ({
      community,
      colour: COMMUNITY_COLOURS[i]!,
      size: list.length,
      leaders: list.sort((a, b) => b.pagerank - a.pagerank || (a.name < b.name ? -1 : 1)).slice(0, 3).map((m) => m.name),
    }));
}

/** Article id (as entities' articleIds hold it) → the article's date, for dated articles. */
function articleDates(graph: Graph): Map<string, string> {
  const dates = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.labels[0] === 'Article' && typeof n.properties.date === 'string') dates.set(n.id.slice(ARTICLE_PREFIX.length), n.properties.date);
  }
  return dates;
}

function datesOf(articleIds: unknown, dateOf: ReadonlyMap<string, string>): string[] {
  if (!Array.isArray(articleIds)) return [];
  return [...new Set(articleIds.flatMap((id) => dateOf.get(String(id)) ?? []))].sort();
}

/** Layout coordinates to two decimals: the picture is the same and the file smaller. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
