// graph.jsonl: the graph as one record a line, the file contract for a graph too large to be held or written as one
// graph.json. The records are those `kg export --format jsonl` writes (APOC's apoc.export.json shape):
//   {"type":"meta","generator":"kg-local-news","version":"…","sources":[…],"articles":N}     first line; optional
//   {"type":"node","id":…,"labels":[…],"properties":{…}}                                        every node, then
//   {"type":"relationship","id":…,"label":TYPE,"start":{"id":…,"labels":[…]},"end":{…},"properties":{…}}
// Every node comes before the first relationship, so a reader checks and loads the file in one pass holding only
// each node's id and label. Nodes and relationships are checked against the schema as in graph.json.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { KgError } from '../errors.js';
import { GraphSchema, type Graph, type GraphNode, type GraphRelationship } from '../../schema/model.js';
import { GraphRowCheck, hasNodeShape, hasRelationshipShape } from './index.js';
import type { RawGraph } from './json-rows.js';

/** The name of a streamed graph in a build's output directory, beside (instead of) graph.json. */
export const GRAPH_JSONL = 'graph.jsonl';

export type GraphMeta = NonNullable<Graph['meta']>;

interface JsonlMeta extends GraphMeta {
  type: 'meta';
}

interface JsonlNode {
  type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface JsonlRelationship {
  type: 'relationship';
  id: string;
  label: string;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
  properties: Record<string, unknown>;
}

/** One row of a streamed graph, as read. */
export type GraphRow = { kind: 'meta'; meta: GraphMeta } | { kind: 'node'; node: GraphNode } | { kind: 'relationship'; relationship: GraphRelationship };

/** A node's or relationship's row. */
export type ElementRow = Exclude<GraphRow, { kind: 'meta' }>;

/** The meta line (without its line break). */
export function metaLine(meta: GraphMeta): string {
  return JSON.stringify({ type: 'meta', ...meta } satisfies JsonlMeta);
}

export function nodeLine(n: GraphNode): string {
  return JSON.stringify({ type: 'node', id: n.id, labels: n.labels, properties: n.properties } satisfies JsonlNode);
}

/** A relationship's line; its ends carry their nodes' labels, as APOC writes them. */
export function relationshipLine(r: GraphRelationship, startLabels: readonly string[], endLabels: readonly string[]): string {
  const record: JsonlRelationship = { type: 'relationship', id: r.id, label: r.type, start: { id: r.start, labels: [...startLabels] }, end: { id: r.end, labels: [...endLabels] }, properties: r.properties };
  return JSON.stringify(record);
}

/**
 * Parses one line (1-based `line`) of a streamed graph: a blank line is undefined; anything that is not a record
 * of the contract's shape is an INPUT_INVALID error naming `where` and the line.
 */
export function parseGraphLine(text: string, line: number, where: string): GraphRow | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(trimmed) as Record<string, unknown>;
  } catch (e) {
    throw new KgError('INPUT_INVALID', `line ${line} is not JSON (${(e as Error).message})`, { subject: where });
  }
  const bad = (what: string): KgError => new KgError('INPUT_INVALID', `line ${line} is not ${what} record of graph.jsonl`, { subject: where });
  if (record?.type === 'node') {
    const node = { id: record.id, labels: record.labels, properties: record.properties };
    if (!hasNodeShape(node)) throw bad('a node');
    return { kind: 'node', node };
  }
  if (record?.type === 'relationship') {
    const r = record as Partial<JsonlRelationship>;
    const relationship = { id: r.id, type: r.label, start: r.start?.id, end: r.end?.id, properties: r.properties };
    if (!hasRelationshipShape(relationship)) throw bad('a relationship');
    return { kind: 'relationship', relationship };
  }
  if (record?.type === 'meta') {
    const { type: _type, ...meta } = record;
    const parsed = GraphSchema.shape.meta.safeParse(meta);
    if (!parsed.success || !parsed.data) throw bad('a meta');
    return { kind: 'meta', meta: parsed.data };
  }
  throw new KgError('INPUT_INVALID', `line ${line} is neither a node nor a relationship record`, { subject: where });
}

/**
 * Every row of `rows` (lines of a streamed graph), checked as it comes: the shape of each record, the meta line
 * only first, every node before the first relationship, and the schema (GraphRowCheck). Yields each row once it
 * has been checked; a problem throws, naming `where` and the line. The caller that must not act on a bad file
 * reads it twice: once to check (checkGraphJsonl), then to use.
 */
export async function* checkedRows(lines: AsyncIterable<string> | Iterable<string>, where: string): AsyncGenerator<GraphRow> {
  const check = new GraphRowCheck();
  let n = 0;
  let seenRecord = false;
  let seenRelationship = false;
  for await (const text of lines) {
    n++;
    const row = parseGraphLine(text, n, where);
    if (!row) continue;
    if (row.kind === 'meta') {
      if (seenRecord) throw new KgError('INPUT_INVALID', `line ${n}: the meta record must be the first line`, { subject: where });
    } else if (row.kind === 'node') {
      if (seenRelationship) throw new KgError('INPUT_INVALID', `line ${n}: node ${row.node.id} comes after a relationship; graph.jsonl lists every node first`, { subject: where });
      check.node(row.node);
      check.finish(`${where}: line ${n}`);
    } else {
      seenRelationship = true;
      check.relationship(row.relationship);
      check.finish(`${where}: line ${n}`);
    }
    seenRecord = true;
    yield row;
  }
}

/** The lines of a file, read as a stream; an unreadable or missing file is an error naming it. */
export async function* fileLines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KgError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : (e as Error).message, { subject: path, hint: 'build one first with `kg build`' });
  }
  yield* createInterface({ input: stream, crlfDelay: Infinity });
}

/** The rows of a graph.jsonl file, each checked as it is read (see checkedRows). */
export function readGraphRows(path: string): AsyncGenerator<GraphRow> {
  return checkedRows(fileLines(path), path);
}

/** A graph read as rows, twice: first checked as they come, then again to be used. */
export interface GraphRows {
  /** The file the rows come from, for errors. */
  where?: string;
  checked(): AsyncIterable<GraphRow> | Iterable<GraphRow>;
  /** The same rows again, without checking them again. */
  again(): AsyncIterable<GraphRow> | Iterable<GraphRow>;
  /**
   * A graph.json's rows as bytes, unparsed and unchecked (json-rows.ts), for a load by what changed; undefined
   * when the file is not in kg's layout. Absent for other graphs.
   */
  raw?(): Promise<RawGraph | undefined>;
}

/** A graph in memory as rows: its nodes, then its relationships. */
export function* rowsOfGraph(graph: Graph): Generator<ElementRow> {
  for (const node of graph.nodes) yield { kind: 'node', node };
  for (const relationship of graph.relationships) yield { kind: 'relationship', relationship };
}

/**
 * A graph.jsonl as rows, read from the file each time: checked (readGraphRows) the first time; read again as
 * they are (about half the time: no schema check), once the file is known to be the same (its size and mtime).
 */
export function graphFileRows(path: string): GraphRows {
  let seen: string | undefined;
  const version = (): string => {
    const s = statSync(path);
    return `${s.size} ${s.mtimeMs}`;
  };
  return {
    where: path,
    async *checked() {
      const at = existsAndVersion(path, version);
      yield* readGraphRows(path);
      seen = at;
    },
    async *again() {
      if (seen === undefined || version() !== seen) throw new KgError('INPUT_INVALID', 'changed while it was being read', { subject: path, hint: 'run the command again once the file is written' });
      let n = 0;
      for await (const text of fileLines(path)) {
        const row = parseGraphLine(text, ++n, path);
        if (row) yield row;
      }
    },
  };
}

/** The file's version, or undefined when it cannot be read (fileLines then says why). */
function existsAndVersion(path: string, version: () => string): string | undefined {
  try {
    return version();
  } catch {
    return undefined;
  }
}

/** Reads a whole graph.jsonl and checks it; what it holds, counted. Nothing is kept but each node's id and label. */
export async function checkGraphJsonl(path: string): Promise<{ meta?: GraphMeta; nodes: number; relationships: number }> {
  let meta: GraphMeta | undefined;
  let nodes = 0;
  let relationships = 0;
  for await (const row of readGraphRows(path)) {
    if (row.kind === 'meta') meta = row.meta;
    else if (row.kind === 'node') nodes++;
    else relationships++;
  }
  return { ...(meta ? { meta } : {}), nodes, relationships };
}

/** A streamed graph gathered into one Graph in memory, checked (for small graphs and exports that need it whole). */
export async function collectGraph(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>): Promise<Graph> {
  let meta: GraphMeta | undefined;
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for await (const row of rows) {
    if (row.kind === 'meta') meta = row.meta;
    else if (row.kind === 'node') nodes.push(row.node);
    else relationships.push(row.relationship);
  }
  return { ...(meta ? { meta } : {}), nodes, relationships };
}

/** The text of a graph as graph.jsonl: its meta line (when it has one), its nodes, then its relationships. */
export function* graphJsonlLines(graph: Graph): Generator<string> {
  if (graph.meta) yield metaLine(graph.meta) + '\n';
  const labelsOf = new Map<string, string[]>(graph.nodes.map((n) => [n.id, n.labels]));
  for (const n of graph.nodes) yield nodeLine(n) + '\n';
  for (const r of graph.relationships) yield relationshipLine(r, labelsOf.get(r.start) ?? [], labelsOf.get(r.end) ?? []) + '\n';
}
