// Rows of the build before, reused as the bytes it wrote (issue 14: the year's rebuild after one issue). A rebuild
// from the cache makes most of its rows again exactly as the build before made them: the nodes of articles whose
// page was read as it was, and the relationships of articles whose relations were replayed from the relation cache
// (resolve/memo.ts). Those rows are taken from the build before's graph.json by id — its bytes, found by
// json-rows.ts's scan, never parsed unless someone reads their properties — instead of being made, checked against
// the schema and stringified again; graph.json is written with their bytes copied (write.ts), a run of rows that were
// neighbours in the old file as one piece. Which rows may be reused is decided by the cache (cache/index.ts: the
// previous outputs are only trusted when its record of them, written after they were, matches the files and the
// relation cache) and by the pipeline (only a build without PDF pages, whose rows carry no boxes).
import { readFileSync } from 'node:fs';
import type { GraphNode, GraphRelationship } from '../../schema/model.js';
import type { RawGraph } from './json-rows.js';

/** Where a reused row's bytes are: row `i` of a previous graph. */
export interface RawRowAt {
  src: RawGraph;
  i: number;
}

/**
 * A row of the previous graph: its id (and a relationship's type and ends) as fields, its properties parsed from its
 * bytes when they are first asked for (a build rarely asks). JSON.stringify gives the row as it was (toJSON).
 */
abstract class ReusedRow {
  readonly #at: RawRowAt;
  #properties: Record<string, unknown> | undefined;

  constructor(at: RawRowAt) {
    this.#at = at;
  }

  get rawAt(): RawRowAt {
    return this.#at;
  }

  get properties(): Record<string, unknown> {
    const at = this.#at;
    return (this.#properties ??= (JSON.parse(at.src.bytes.toString('utf8', at.src.from[at.i], at.src.to[at.i])) as { properties: Record<string, unknown> }).properties);
  }

  set properties(value: Record<string, unknown>) {
    this.#properties = value;
  }
}

class ReusedNode extends ReusedRow {
  constructor(
    readonly id: string,
    readonly labels: string[],
    at: RawRowAt,
  ) {
    super(at);
  }

  toJSON(): GraphNode {
    return { id: this.id, labels: this.labels, properties: this.properties };
  }
}

class ReusedRelationship extends ReusedRow {
  constructor(
    readonly id: string,
    readonly type: string,
    readonly start: string,
    readonly end: string,
    at: RawRowAt,
  ) {
    super(at);
  }

  toJSON(): GraphRelationship {
    return { id: this.id, type: this.type, start: this.start, end: this.end, properties: this.properties } as GraphRelationship;
  }
}

/** The previous graph's row a reused row is, or undefined for a row made in this build. */
export const rawRowOf = (row: object): RawRowAt | undefined => (row instanceof ReusedRow ? row.rawAt : undefined);

export class PreviousGraph {
  /** Row index by id; ids the file holds twice are not reused. */
  private readonly index = new Map<string, number>();

  private constructor(readonly raw: RawGraph) {
    const twice = new Set<string>();
    for (let i = 0; i < raw.ids.length; i++) {
      const id = raw.ids[i]!;
      if (id === '') continue;
      if (this.index.has(id)) twice.add(id);
      else this.index.set(id, i);
    }
    for (const id of twice) this.index.delete(id);
  }

  /** The graph.json at `path` as rows, or undefined when it cannot be read or is not in kg's layout. */
  static read(path: string): PreviousGraph | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    const raw = rowsOf(bytes);
    return raw ? new PreviousGraph(raw) : undefined;
  }

  /** Rows of the previous graph taken so far. */
  taken = 0;

  /** The previous graph's node `id` (with `labels`, which the caller knows it had), or undefined. */
  node(id: string, labels: string[]): GraphNode | undefined {
    const i = this.index.get(id);
    if (i === undefined || i >= this.raw.nodes) return undefined;
    this.taken++;
    return new ReusedNode(id, labels, { src: this.raw, i }) as unknown as GraphNode;
  }

  /** The previous graph's relationship `id` (of `type` from `start` to `end`, as its id says), or undefined. */
  relationship(id: string, type: string, start: string, end: string): GraphRelationship | undefined {
    const i = this.index.get(id);
    if (i === undefined || i < this.raw.nodes) return undefined;
    this.taken++;
    return new ReusedRelationship(id, type, start, end, { src: this.raw, i }) as unknown as GraphRelationship;
  }
}

const NODES = Buffer.from('\n "nodes": [');
const RELATIONSHIPS = Buffer.from('\n "relationships": [');
const ROW_START = Buffer.from('\n  {\n   "id": "');
const ROW_END = Buffer.from('\n  }');

/**
 * The rows of a graph.json kg wrote (the file the cache's record names: graph/write.ts's layout), found with a few
 * searches a row: a row opens with a line `  {` and its id, and closes with a line `  }` (JSON puts no line break in a
 * string, so nothing else in the file can look like either). Lighter than json-rows.ts's scan, which also reads each
 * relationship's ends (a load needs them; here they are the relation's own). Undefined when the file is not laid
 * out so. An id printed with an escape is not indexed (its row is made again).
 */
function rowsOf(bytes: Buffer): RawGraph | undefined {
  const raw: RawGraph = { bytes, head: {}, nodes: 0, ids: [], from: [], to: [] };
  const section = (name: Buffer): boolean => {
    const open = bytes.indexOf(name);
    if (open < 0) return false;
    let at = open + name.length;
    if (bytes[at] === 0x5d) return true; // []
    for (;;) {
      if (bytes.compare(ROW_START, 0, ROW_START.length, at, at + ROW_START.length) !== 0) return false;
      const from = at + 3;
      const idFrom = at + ROW_START.length;
      const q = bytes.indexOf(0x22, idFrom);
      const close = bytes.indexOf(ROW_END, idFrom);
      if (q < 0 || close < 0 || q > close) return false;
      const id = bytes.toString('utf8', idFrom, q);
      raw.ids.push(id.includes('\\') ? '' : id);
      raw.from.push(from);
      raw.to.push((at = close + ROW_END.length));
      if (bytes[at] !== 0x2c) return bytes[at] === 0x0a && bytes[at + 1] === 0x20 && bytes[at + 2] === 0x5d;
      at++;
    }
  };
  if (!section(NODES)) return undefined;
  raw.nodes = raw.ids.length;
  return section(RELATIONSHIPS) ? raw : undefined;
}

/** The bytes of a reused row, as the previous graph.json held them. */
export function rawRowBytes(at: RawRowAt): Buffer {
  return at.src.bytes.subarray(at.src.from[at.i], at.src.to[at.i]);
}
