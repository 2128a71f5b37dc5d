// Graph: articles and resolved entities and relations → graph.json, the file contract (DESIGN.md): nodes
// with labels from the schema and their properties, relationships of schema types between node ids, every
// property checked against schema/model.ts before anything is written or loaded.
import { hash } from 'node:crypto';
import type { Article } from '../document/types.js';
import { KgError } from '../errors.js';
import { PageBoxes } from '../layout/provenance.js';
import { checkOf } from './fast-check.js';
import { sortById } from './order.js';
import { rowText } from './json-rows.js';
import { PreviousGraph, rawRowBytes, rawRowOf } from './reuse.js';
import type { Entity, Relation, Resolved } from '../resolve/index.js';
import { GraphSchema, LABEL_OF_KIND, NODE_PROPERTIES, RELATIONSHIP_ENDPOINTS, RELATIONSHIP_PROPERTIES, primaryLabel, type Graph, type GraphNode, type GraphRelationship, type NodeLabel, type RelationshipType } from '../../schema/model.js';

export interface GraphMeta {
  version: string;
  sources: string[];
}

/**
 * `pages`, when some were read from PDFs, gives every article, mention and relation read from them its page
 * number and boxes on the page (src/layout/provenance.ts).
 */
export function toGraph(articles: readonly Article[], resolved: Resolved, meta: GraphMeta, pages: PageBoxes = NO_PAGES, reuse?: GraphReuse): Graph {
  const nodes: GraphNode[] = [];
  // Rows of the build before are reused only where no page has boxes (they would be in the rows).
  const previous = pages.empty ? reuse : undefined;
  const check = process.env.KG_MEMO_CHECK === '1';
  for (const a of articles) {
    const id = `article:${a.id}`;
    const old = previous?.article(a) ? previous.previous.node(id, ['Article']) : undefined;
    if (old && check) sameRow(old, articleNode(a, pages));
    nodes.push(old ?? articleNode(a, pages));
  }
  for (const e of resolved.entities.values()) nodes.push(entityNode(e));
  const relationships = resolved.relations.map((r) => {
    const old = previous?.relation(r) ? previous.previous.relationship(relationshipId(r), r.type, r.start, r.end) : undefined;
    if (old && check) sameRow(old, toRelationship(r, pages));
    return old ?? toRelationship(r, pages);
  });
  const graph: Graph = {
    meta: { generator: 'kg-local-news', version: meta.version, sources: meta.sources, articles: articles.length },
    nodes: sortById(nodes),
    relationships: sortById(relationships),
  };
  // Its rows have the file's shape by construction: only what the schema says of each row is checked (of a row reused
  // from the build before, which checked it, only its id and ends).
  checkRows(graph, 'kg build');
  return graph;
}

/**
 * Rows of the build before a build may take as they were (graph/reuse.ts): an article's node, when `article` says
 * its article is the one that build had; a relation's row, when `relation` says the relation is one that build made.
 */
export interface GraphReuse {
  previous: PreviousGraph;
  article(a: Article): boolean;
  relation(r: Relation): boolean;
}

/** KG_MEMO_CHECK=1: a reused row must be, byte for byte, the row made again. */
function sameRow(old: GraphNode | GraphRelationship, made: GraphNode | GraphRelationship): void {
  const at = rawRowOf(old)!;
  if (rawRowBytes(at).toString('utf8') !== rowText(made)) throw new Error(`graph: the row ${old.id} reused from the build before is not the row made again`);
}

/** An entity's node: its labels (the finer one of its kind too), name, aliases, provenance and properties. */
export function entityNode(e: Entity): GraphNode {
  const labels: string[] = [e.label];
  if (e.kind && LABEL_OF_KIND[e.kind] === e.label) labels.push(e.kind);
  const base = e.label === 'Outcome' ? {} : { aliases: [...e.aliases].filter((x) => x !== e.name).sort() };
  const properties: Record<string, unknown> = {
    key: e.key,
    name: e.name,
    ...base,
    articleIds: [...e.articleIds].sort(),
    mentionCount: e.mentions.length,
    ...(e.kind && (e.label === 'Organization' || e.label === 'Place' || e.label === 'Programme') ? { kind: e.kind } : {}),
    ...clean(e.props),
  };
  if (e.label === 'Person') {
    properties.roles ??= [];
    properties.disambiguator ??= 'unknown';
  }
  return { id: e.key, labels, properties };
}

export function articleNode(a: Article, pages: PageBoxes = NO_PAGES): GraphNode {
  const title = a.title || a.text.slice(a.bodySpan.start, a.bodySpan.start + 20);
  const onPage = pages.columns(a.source, a.offsets);
  return {
    id: `article:${a.id}`,
    labels: ['Article'],
    properties: clean({
      key: `article:${a.id}`,
      name: title,
      title: a.title,
      kicker: a.kicker,
      subtitle: a.subtitle,
      column: a.column,
      kind: a.kind,
      language: a.language,
      pageId: a.pageId,
      ...(a.parts ? { pageIds: a.parts.map((x) => x.pageId) } : {}),
      ordinal: a.ordinal,
      source: a.source,
      sourceStart: a.sourceSpan.start,
      sourceEnd: a.sourceSpan.end,
      text: a.text,
      dateline: a.dateline,
      newspaper: a.newspaper,
      outlet: a.outlet,
      date: a.date,
      dateSource: a.dateSource,
      page: a.page,
      ...(onPage ? { pdfPage: onPage.pdfPage, pageWidth: onPage.pageWidth, pageHeight: onPage.pageHeight, boxes: onPage.boxes.flat() } : {}),
      recordId: a.recordId,
    }),
  };
}

export function toRelationship(r: Relation, pages: PageBoxes = NO_PAGES): GraphRelationship {
  const ev = r.evidence;
  const id = relationshipId(r);
  let properties: Record<string, unknown>;
  if (r.type === 'MENTIONS') {
    const ms = [...(r.mentions ?? [])].sort((a, b) => a.sourceStart - b.sourceStart);
    properties = { key: id, articleId: ev.articleId, count: ms.length, sourceStarts: ms.map((m) => m.sourceStart), sourceEnds: ms.map((m) => m.sourceEnd), rules: [...new Set(ms.map((m) => m.rule))] };
    const boxes = ms.map((m) => pages.box(ev.source, m.sourceStart, m.sourceEnd));
    if (boxes.length > 0 && boxes.every((b) => b !== undefined)) Object.assign(properties, { pdfPage: boxes[0]!.pdfPage, bboxes: boxes.flatMap((b) => b!.bbox) });
  } else if (r.type === 'WROTE') {
    properties = { key: id, role: r.role ?? '', source: ev.source, sourceStart: r.byline?.sourceStart ?? ev.sourceStart ?? 0, sourceEnd: r.byline?.sourceEnd ?? ev.sourceEnd ?? 0, rule: ev.rule };
    Object.assign(properties, onPage(pages, ev.source, properties.sourceStart as number, properties.sourceEnd as number));
  } else {
    properties = clean({ key: id, ...ev, role: r.role, year: r.year, ...onPage(pages, ev.source, ev.sourceStart, ev.sourceEnd) });
  }
  return { id, type: r.type, start: r.start, end: r.end, properties };
}

/** A relation's row id: a hash of its type, ends, role, article, sentence, rule and where it starts. */
export function relationshipId(r: Relation): string {
  const ev = r.evidence;
  // crypto.hash: one call instead of a Hash object per relationship (a year's graph has 300k of them).
  return 'r' + hash('sha1', [r.type, r.start, r.end, r.role ?? '', ev.articleId ?? '', ev.sentence ?? '', ev.rule, ev.sourceStart ?? ''].join('\u0001'), 'hex').slice(0, 16);
}

function onPage(pages: PageBoxes, source: string, start: number | undefined, end: number | undefined): { pdfPage?: number; bbox?: number[] } {
  if (start === undefined || end === undefined) return {};
  const b = pages.box(source, start, end);
  return b ? { pdfPage: b.pdfPage, bbox: b.bbox } : {};
}

const NO_PAGES = new PageBoxes([]);

function clean(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  }
  return out;
}

/**
 * Checks a graph against the schema: the file shape, every node's properties for its label, every
 * relationship's properties for its type, and that its ends exist with labels the type allows.
 * `where` names the stage or file for the error.
 */
export function validateGraph(graph: unknown, where: string): Graph {
  // The file's shape: checked by hand when it is right (a year's graph holds 400k rows, and the schema's parse copies
  // every one of them), by the schema itself when it is not, so a wrong file is told in the schema's own words.
  if (!hasGraphShape(graph)) {
    const shape = GraphSchema.safeParse(graph);
    if (!shape.success) throw violation(where, shape.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return checkRows(graph as Graph, where);
}

/** validateGraph's checks of each row (properties for its label or type, ends, spans) on a graph of the file's shape. */
function checkRows(g: Graph, where: string): Graph {
  const check = new GraphRowCheck();
  for (const n of g.nodes) {
    if (rawRowOf(n)) check.knownNode(n.id, primaryLabel(n)!);
    else check.node(n);
  }
  for (const r of g.relationships) {
    if (rawRowOf(r)) check.knownRelationship(r);
    else check.relationship(r);
  }
  check.finish(where);
  return g;
}

/** What a relationship's ends are checked by: its id, type and the ids of its ends. */
export type RelationshipEnds = { id: string; type: string; start: string; end: string };

/**
 * The schema's checks one row at a time, for a graph read or written as a stream (graph.jsonl): every node before
 * the relationships that join it, as validateGraph takes them. It keeps each node's id and label, nothing else.
 */
export class GraphRowCheck {
  private readonly labelOf = new Map<string, NodeLabel>();
  private readonly problems: string[] = [];
  private count = 0;

  node(n: GraphNode): void {
    const label = primaryLabel(n);
    if (!label) {
      this.problem(`node ${n.id}: first label ${n.labels[0]} is not a node label of the schema`);
      return;
    }
    for (const extra of n.labels.slice(1)) {
      if ((LABEL_OF_KIND as Record<string, string>)[extra] !== label) this.problem(`node ${n.id}: label ${extra} does not refine ${label}`);
    }
    if (this.labelOf.has(n.id)) this.problem(`node ${n.id}: id used twice`);
    this.labelOf.set(n.id, label);
    const props = checkOf(NODE_PROPERTIES[label])(n.properties) ? undefined : NODE_PROPERTIES[label].safeParse(n.properties);
    if (props && !props.success) this.problem(`node ${n.id} (${label}): ${props.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    else if ((n.properties as { key?: string }).key !== n.id) this.problem(`node ${n.id}: key property differs from id`);
    const span = spanProblem(n.properties);
    if (span) this.problem(`node ${n.id}: ${span}`);
  }

  relationship(r: GraphRelationship): void {
    if (!this.ends(r)) return;
    const props = checkOf(RELATIONSHIP_PROPERTIES[r.type])(r.properties) ? undefined : RELATIONSHIP_PROPERTIES[r.type].safeParse(r.properties);
    if (props && !props.success) this.problem(`relationship ${r.id} (${r.type}): ${props.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const span = spanProblem(r.properties);
    if (span) this.problem(`relationship ${r.id} (${r.type}): ${span}`);
  }

  /**
   * A node known to be right as it is (a row a load by what changed has checked and loaded before, byte for byte):
   * only its id is taken, once, with its label for the relationships that join it.
   */
  knownNode(id: string, label: NodeLabel): void {
    if (this.labelOf.has(id)) this.problem(`node ${id}: id used twice`);
    this.labelOf.set(id, label);
  }

  /** The same for a relationship: only its ends are checked, against the nodes of this graph. */
  knownRelationship(r: RelationshipEnds): void {
    this.ends(r);
  }

  /** True when both ends of `r` are nodes of the graph, with labels its type may join. */
  private ends(r: RelationshipEnds): boolean {
    const from = this.labelOf.get(r.start);
    const to = this.labelOf.get(r.end);
    if (!from || !to) {
      this.problem(`relationship ${r.id} (${r.type}): ${!from ? `start ${r.start}` : `end ${r.end}`} is not a node`);
      return false;
    }
    const ends = Object.hasOwn(RELATIONSHIP_ENDPOINTS, r.type) ? RELATIONSHIP_ENDPOINTS[r.type as RelationshipType] : undefined;
    if (!ends) {
      this.problem(`relationship ${r.id}: ${r.type} is not a relationship type of the schema`);
      return false;
    }
    if (!ends.from.includes(from) || !ends.to.includes(to)) this.problem(`relationship ${r.id}: ${r.type} cannot join ${from} to ${to}`);
    return true;
  }

  /** The label of a node checked so far. */
  labelOfNode(id: string): NodeLabel | undefined {
    return this.labelOf.get(id);
  }

  /** Throws SCHEMA_VIOLATION naming `where` and the first problems, when there were any. */
  finish(where: string): void {
    if (this.count) throw violation(where, this.problems, this.count);
  }

  private problem(text: string): void {
    if (this.count++ < SHOWN_PROBLEMS) this.problems.push(text);
  }
}

const NODE_KEYS = new Set(['id', 'labels', 'properties']);
const RELATIONSHIP_KEYS = new Set(['id', 'type', 'start', 'end', 'properties']);
const GRAPH_KEYS = new Set(['$schema', 'meta', 'nodes', 'relationships']);
const GraphHeadSchema = GraphSchema.pick({ $schema: true, meta: true });

/** True when a graph's members besides its rows ($schema, meta) are what the schema asks for. */
export function hasGraphHead(head: Record<string, unknown>): boolean {
  return onlyKeys(head, GRAPH_KEYS) && GraphHeadSchema.safeParse({ $schema: head.$schema, meta: head.meta }).success;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const onlyKeys = (o: Record<string, unknown>, keys: ReadonlySet<string>): boolean => Object.keys(o).every((k) => keys.has(k));

/**
 * True when `graph` has the shape GraphSchema asks for (GraphNodeSchema's and GraphRelationshipSchema's rows; meta
 * by the schema, it is one small object). False tells nothing: the schema then says what is wrong.
 */
function hasGraphShape(graph: unknown): boolean {
  if (!isRecord(graph) || !onlyKeys(graph, GRAPH_KEYS) || !Array.isArray(graph.nodes) || !Array.isArray(graph.relationships)) return false;
  if (!GraphHeadSchema.safeParse({ $schema: graph.$schema, meta: graph.meta }).success) return false;
  return (graph.nodes as unknown[]).every(hasNodeShape) && (graph.relationships as unknown[]).every(hasRelationshipShape);
}

/** True when `n` has GraphNodeSchema's shape (its properties are the schema's per-label check). */
export function hasNodeShape(n: unknown): n is GraphNode {
  if (!isRecord(n) || !onlyKeys(n, NODE_KEYS) || !isName(n.id) || !isRecord(n.properties)) return false;
  return Array.isArray(n.labels) && n.labels.length > 0 && n.labels.every((l) => typeof l === 'string');
}

/** True when `r` has GraphRelationshipSchema's shape, with a relationship type of the schema. */
export function hasRelationshipShape(r: unknown): r is GraphRelationship {
  if (!isRecord(r) || !onlyKeys(r, RELATIONSHIP_KEYS) || !isName(r.id) || !isName(r.start) || !isName(r.end) || !isRecord(r.properties)) return false;
  return Object.hasOwn(RELATIONSHIP_PROPERTIES, r.type as string);
}

const badSpan = (start: unknown, end: unknown): boolean => typeof start === 'number' && (start < 0 || typeof end !== 'number' || end <= start);

/** Source spans must be ranges of the page: start ≥ 0 and end after start, pairwise for MENTIONS' lists. */
function spanProblem(p: Record<string, unknown>): string | undefined {
  if (badSpan(p.sourceStart, p.sourceEnd)) return `source span [${String(p.sourceStart)}, ${String(p.sourceEnd)}) is not a range`;
  const starts = p.sourceStarts;
  const ends = p.sourceEnds;
  if (Array.isArray(starts) || Array.isArray(ends)) {
    if (!Array.isArray(starts) || !Array.isArray(ends) || starts.length !== ends.length) return 'sourceStarts and sourceEnds differ in length';
    const i = starts.findIndex((s, k) => badSpan(s, ends[k]));
    if (i >= 0) return `source span ${i} [${String(starts[i])}, ${String(ends[i])}) is not a range`;
  }
  return undefined;
}

const SHOWN_PROBLEMS = 8;

function violation(where: string, problems: string[], count = problems.length): KgError {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('\n  ');
  const more = count > SHOWN_PROBLEMS ? `\n  … and ${count - SHOWN_PROBLEMS} more` : '';
  return new KgError('SCHEMA_VIOLATION', `the graph does not match the schema:\n  ${shown}${more}`, { subject: where });
}
