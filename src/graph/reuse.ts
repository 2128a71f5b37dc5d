// Rows of the build before, reused as the bytes it wrote (issue 14: the year's rebuild after one issue). A rebuild
// from the cache makes most of its rows again exactly as the build before made them: the nodes of articles whose
// page was read as it was, the relationships of articles whose relations were replayed from the relation cache
// (resolve/memo.ts), and the lines of articles.jsonl of articles read as they were. The writer of the build before
// recorded where each of those rows lies in the file it wrote (RowIndex: the row's id, its first byte and the byte
// after it), and the cache keeps that index beside its record of the files (cache/index.ts); a rebuild looks the rows
// up there — the old files are neither read whole nor scanned — and the writer copies them, a run of rows that were
// neighbours in the old file as one range read through a file handle into one reused buffer (write.ts). A reused
// row's properties are read from the old file (its range, parsed) only if someone asks for them. Which rows may be
// reused is decided by the cache (the index is trusted only when its record matches the files and the relation
// cache) and by the pipeline (only a build without PDF pages, whose rows carry no boxes).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { GraphNode, GraphRelationship } from '../../schema/model.js';

/** The file descriptors of old files no row refers to any more are closed. */
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * A file the build before wrote, held open from before this build writes its outputs (which replace it: the open
 * file stays readable) for as long as a row of it is used.
 */
export class OldFile {
  private constructor(readonly fd: number) {
    closer.register(this, fd);
  }

  /** The file at `path` open for reading, when it is still the one of that size and modification time. */
  static open(path: string, stamp: { size: number; mtimeMs: number }): OldFile | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const s = fstatSync(fd);
      if (s.size === stamp.size && s.mtimeMs === stamp.mtimeMs) return new OldFile(fd);
    } catch {
      // Unreadable: not used.
    }
    closeSync(fd);
    return undefined;
  }

  /** Bytes `from` to `to` of the file, into `into` (at 0) when given; throws when the file is shorter. */
  read(from: number, to: number, into: Buffer = Buffer.allocUnsafe(to - from)): Buffer {
    const length = to - from;
    for (let n = 0; n < length; ) {
      const k = readSync(this.fd, into, n, length - n, from + n);
      if (k === 0) throw new Error('a file of the build before is shorter than the index of its rows');
      n += k;
    }
    return into.subarray(0, length);
  }
}

/** Where a reused row's bytes are: `from` to `to` of an old file. */
export interface RawRowAt {
  file: OldFile;
  from: number;
  to: number;
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
    return (this.#properties ??= (JSON.parse(rawRowBytes(this.#at).toString('utf8')) as { properties: Record<string, unknown> }).properties);
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

/** The bytes of a reused row, as the previous file holds them. */
export function rawRowBytes(at: RawRowAt): Buffer {
  return at.file.read(at.from, at.to);
}

/** Rows at byte ranges of a file, by id: `from[i]` to `to[i]` (to −1: an id the file holds twice, not reused). */
export interface Spans {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

/**
 * Where the rows kg wrote lie in graph.json and articles.jsonl (byte ranges, in file order): the article nodes by id,
 * the relationships by id (kg's ids, `r` and 16 hex digits, as two 32-bit numbers: the file lists them in id order,
 * which is the numbers' order, so one is found by a binary search), and the lines of articles.jsonl by article id.
 */
export interface RowIndex {
  articleNodes: Spans & { ids: string[] };
  relationships: Spans & { hi: ArrayLike<number>; lo: ArrayLike<number> };
  lines: Spans & { ids: string[] };
}

export const RELATIONSHIP_ID = /^r[0-9a-f]{16}$/;

/** The index being recorded by the writer as it writes (write.ts). */
export class RowIndexRecorder {
  readonly index = {
    articleNodes: { ids: [] as string[], from: [] as number[], to: [] as number[] },
    relationships: { hi: [] as number[], lo: [] as number[], from: [] as number[], to: [] as number[] },
    lines: { ids: [] as string[], from: [] as number[], to: [] as number[] },
  } satisfies RowIndex;

  /** A node written at `from`–`to` of graph.json (only article nodes are kept: others are made every time). */
  node(row: { id: string; labels: readonly string[] }, from: number, to: number): void {
    if (row.labels[0] !== 'Article') return;
    const x = this.index.articleNodes;
    x.ids.push(row.id);
    x.from.push(from);
    x.to.push(to);
  }

  /** A relationship written at `from`–`to` of graph.json (one whose id is not kg's is not kept). */
  relationship(id: string, from: number, to: number): void {
    if (!RELATIONSHIP_ID.test(id)) return;
    const x = this.index.relationships;
    const hi = parseInt(id.slice(1, 9), 16);
    const lo = parseInt(id.slice(9, 17), 16);
    const n = x.hi.length;
    // Rows are in id order: an id written twice is next to itself; neither is reused.
    if (n && x.hi[n - 1] === hi && x.lo[n - 1] === lo) {
      x.to[n - 1] = -1;
      to = -1;
    }
    x.hi.push(hi);
    x.lo.push(lo);
    x.from.push(from);
    x.to.push(to);
  }

  /** An article's line written at `from`–`to` of articles.jsonl. */
  line(id: string, from: number, to: number): void {
    const x = this.index.lines;
    x.ids.push(id);
    x.from.push(from);
    x.to.push(to);
  }
}

/** Rows of an old file found by string id (ids held twice are left out). */
class ById {
  private readonly at = new Map<string, number>();

  constructor(private readonly spans: Spans & { ids: string[] }) {
    const twice = new Set<string>();
    spans.ids.forEach((id, i) => {
      if (this.at.has(id)) twice.add(id);
      else this.at.set(id, i);
    });
    for (const id of twice) this.at.delete(id);
  }

  get(id: string): number | undefined {
    return this.at.get(id);
  }
}

export class PreviousGraph {
  private readonly nodes: ById;

  constructor(
    readonly file: OldFile,
    private readonly index: RowIndex,
  ) {
    this.nodes = new ById(index.articleNodes);
  }

  /** Rows of the previous graph taken so far. */
  taken = 0;

  /** The previous graph's article node `id` (with `labels`, which the caller knows it had), or undefined. */
  node(id: string, labels: string[]): GraphNode | undefined {
    const i = this.nodes.get(id);
    if (i === undefined) return undefined;
    const x = this.index.articleNodes;
    this.taken++;
    return new ReusedNode(id, labels, { file: this.file, from: x.from[i]!, to: x.to[i]! }) as unknown as GraphNode;
  }

  /** The previous graph's relationship `id` (of `type` from `start` to `end`, as its id says), or undefined. */
  relationship(id: string, type: string, start: string, end: string): GraphRelationship | undefined {
    if (!RELATIONSHIP_ID.test(id)) return undefined;
    const x = this.index.relationships;
    const hi = parseInt(id.slice(1, 9), 16);
    const lo = parseInt(id.slice(9, 17), 16);
    let a = 0;
    let b = x.hi.length - 1;
    while (a <= b) {
      const m = (a + b) >>> 1;
      const h = x.hi[m]!;
      const l = x.lo[m]!;
      if (h === hi && l === lo) {
        const to = x.to[m]!;
        if (to < 0) return undefined;
        this.taken++;
        return new ReusedRelationship(id, type, start, end, { file: this.file, from: x.from[m]!, to }) as unknown as GraphRelationship;
      }
      if (h < hi || (h === hi && l < lo)) a = m + 1;
      else b = m - 1;
    }
    return undefined;
  }
}

/** Lines of the previous articles.jsonl, by article id. */
export class PreviousLines {
  private readonly ids: ById;

  constructor(
    readonly file: OldFile,
    private readonly index: RowIndex['lines'],
    /** Whether an article's line may be taken (its page and mentions read as they were). */
    private readonly usable: (id: string) => boolean,
  ) {
    this.ids = new ById(index);
  }

  /** Whether article `id`'s line may be taken. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** How many lines may be taken. */
  get size(): number {
    return this.index.ids.filter((id) => this.has(id)).length;
  }

  /** Where article `id`'s line lies, when it may be taken. */
  get(id: string): RawRowAt | undefined {
    const i = this.ids.get(id);
    if (i === undefined || !this.usable(id)) return undefined;
    return { file: this.file, from: this.index.from[i]!, to: this.index.to[i]! };
  }
}

const ALIGN = 8;

/** The index as bytes: a JSON line (the string ids and the counts), then the numbers. */
export function encodeRowIndex(index: RowIndex): Buffer {
  const { articleNodes: n, relationships: r, lines: l } = index;
  const head = Buffer.from(JSON.stringify({ nodes: n.ids, lines: l.ids, relationships: r.hi.length }) + '\n', 'utf8');
  const pad = (ALIGN - (head.length % ALIGN)) % ALIGN;
  const numbers = new Float64Array(2 * (n.ids.length + r.hi.length + l.ids.length));
  let k = 0;
  for (const part of [n.from, n.to, r.from, r.to, l.from, l.to]) {
    numbers.set(part, k);
    k += part.length;
  }
  const halves = new Uint32Array(2 * r.hi.length);
  halves.set(r.hi, 0);
  halves.set(r.lo, r.hi.length);
  return Buffer.concat([head, Buffer.alloc(pad, 0x20), Buffer.from(numbers.buffer), Buffer.from(halves.buffer)]);
}

/** encodeRowIndex's bytes as the index, or undefined when they are not. */
export function decodeRowIndex(bytes: Buffer): RowIndex | undefined {
  try {
    const eol = bytes.indexOf(0x0a);
    const head = JSON.parse(bytes.toString('utf8', 0, eol)) as { nodes: string[]; lines: string[]; relationships: number };
    const n = head.nodes.length;
    const l = head.lines.length;
    const r = head.relationships;
    let at = eol + 1;
    at += (ALIGN - (at % ALIGN)) % ALIGN;
    const count = 2 * (n + r + l);
    if (bytes.length !== at + count * 8 + r * 8) return undefined;
    // Copied out: the bytes a file was read into need not be aligned for typed arrays.
    const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * 8));
    const halves = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at + count * 8, bytes.byteOffset + bytes.length));
    let k = 0;
    const take = (length: number): Float64Array => numbers.subarray(k, (k += length));
    return {
      articleNodes: { ids: head.nodes, from: take(n), to: take(n) },
      relationships: { from: take(r), to: take(r), hi: halves.subarray(0, r), lo: halves.subarray(r) },
      lines: { ids: head.lines, from: take(l), to: take(l) },
    };
  } catch {
    return undefined;
  }
}
