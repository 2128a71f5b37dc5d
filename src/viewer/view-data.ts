// The data the offline HTML view carries: the graph laid out, coloured and with the evidence behind every node
// worked out at export time, so the page needs no server, no database and no network. Written by
// src/export/html.ts into the page as JSON; read by src/viewer/browser/.

/** One piece of evidence for a node: the sentence a fact was read from, or the page text around a mention. */
export interface ViewEvidence {
  /** The relationship it backs: RECEIVED, LOCATED_IN … or MENTIONS / WROTE. */
  type: string;
  /** The node at the relationship's other end (absent for MENTIONS: the article is named in `article`). */
  other?: string;
  /** True when this node is the relationship's start. */
  outgoing?: boolean;
  /** Title of the article the text comes from. */
  article?: string;
  /** The sentence, or the page text around the mention with line breaks undone. */
  text: string;
  /** [start, end) in `text` of the words this node is named by, to highlight. */
  mark?: [number, number];
  rule?: string;
  confidence?: number;
  role?: string;
  /** Where on the page, e.g. seeds/page.txt:4555–4560. */
  at?: string;
  /** Found by the node's name in the article's clean text, because the page file was not available. */
  approximate?: boolean;
  /** Read from a PDF: where on its page, to draw over the page's outline. */
  onPage?: PagePlace;
}

/** A place on a PDF page, in PDF points from the page's top-left corner. */
export interface PagePlace {
  /** 1-based page number within the PDF. */
  page: number;
  width: number;
  height: number;
  /** The box of the words the evidence shows: [x0, y0, x1, y1]. */
  mark: number[];
  /** The boxes of the article they belong to, 4 numbers each. */
  article: number[];
}

export interface ViewNode {
  id: string;
  name: string;
  /** The schema label: colour, legend and filters go by it. */
  label: string;
  labels: string[];
  /** Other names the node is known by (aliases, short name), for search. */
  aliases: string[];
  x: number;
  y: number;
  size: number;
  colour: string;
  properties: Record<string, unknown>;
  evidence: ViewEvidence[];
  /** The colour of its community (src/analytics/) when the view colours by community. */
  communityColour: string;
  /** Dates of the articles that name it (an article's own date), sorted: what the date filter goes by. */
  dates: string[];
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface ViewLabel {
  label: string;
  colour: string;
  count: number;
}

/** A community the view colours apart: its number, colour, size and its most central members. */
export interface ViewCommunity {
  community: number;
  colour: string;
  size: number;
  leaders: string[];
}

export interface ViewData {
  title: string;
  /** kg version and the time of export. */
  generatedBy: string;
  sources: string[];
  labels: ViewLabel[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  edgeColour: string;
  /** The communities coloured apart, largest first; the rest share `otherCommunityColour`. */
  communities: ViewCommunity[];
  otherCommunityColour: string;
  /** Every date of an article in the graph, sorted: the steps of the date filter. */
  dates: string[];
  /** Set when evidence had to fall back to article text; says why. */
  evidenceNote?: string;
}
