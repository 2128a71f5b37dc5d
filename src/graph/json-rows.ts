// graph.json's rows found in its bytes, without parsing them. kg writes graph.json as `JSON.stringify(graph, null, 1)`
// (write.ts): each node and relationship is an object at depth 2, from a line `  {` to a line `  }`, and its first
// members are its id (and a relationship's type, start and end) on lines of their own. JSON puts no line break inside
// a string, so a line break followed by exactly two spaces and `}` can only close a row. A load by what changed
// (src/load-diff/) hashes each row's bytes as they are and parses only the rows whose hash it has not loaded before;
// a file in any other layout (written by hand, compacted, reordered) is not scanned (`undefined`), and is read whole.
import { hash } from 'node:crypto';

/**
 * graph.json as rows of bytes: its nodes (in the file's order), then its relationships, row `i` lying from `from[i]`
 * to `to[i]` (its `{` to its `}`). Arrays, not an object a row: a year's graph has 364k rows.
 */
export interface RawGraph {
  bytes: Buffer;
  /** The members besides the rows ($schema, meta), parsed. */
  head: Record<string, unknown>;
  /** How many of the rows are nodes (the first ones). */
  nodes: number;
  ids: string[];
  from: number[];
  to: number[];
}

const ROW_START_TEXT = '\n  {';
const ROW_END = Buffer.from('\n  }');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The rows of a graph.json in kg's layout, or undefined when the file is laid out otherwise (then nothing is
 * known of it: the caller reads it whole, and a file that is wrong is told so by the full check).
 */
export function scanGraphJson(bytes: Buffer): RawGraph | undefined {
  const raw: RawGraph = { bytes, head: {}, nodes: 0, ids: [], from: [], to: [] };
  let at = 0;
  const expect = (text: string): boolean => {
    if (!startsAt(bytes, at, text)) return false;
    at += text.length;
    return true;
  };
  if (!expect('{')) return undefined;
  const seen = new Set<string>();
  const { head } = raw;
  for (let first = true; ; first = false) {
    if (!first && !expect(',')) break;
    if (!expect('\n "')) return undefined;
    const q = bytes.indexOf(QUOTE, at);
    if (q < 0) return undefined;
    const key = bytes.toString('latin1', at, q);
    at = q;
    if (!expect('": ')) return undefined;
    if (key === 'nodes' || key === 'relationships') {
      // Nodes come first: a relationship's ends must be known when it is read.
      if (seen.has(key) || (key === 'nodes' && seen.has('relationships'))) return undefined;
      seen.add(key);
      if (key === 'relationships') raw.nodes = raw.ids.length;
      const kind = key === 'nodes' ? 'node' : 'relationship';
      if (expect('[]')) continue;
      if (!expect('[')) return undefined;
      for (let row = true; row; ) {
        if (!startsAt(bytes, at, ROW_START_TEXT)) return undefined;
        const from = at + ROW_START_TEXT.length - 1;
        const close = bytes.indexOf(ROW_END, from);
        if (close < 0) return undefined;
        const to = close + ROW_END.length;
        // Its id, and for a relationship that its type and ends follow (read when they are needed: rawEnds).
        const id = member(bytes, from + 1, 'id');
        if (!id || id[1] >= to || (kind === 'relationship' && !endsAt(bytes, id[1], to))) return undefined;
        raw.ids.push(id[0]);
        raw.from.push(from);
        raw.to.push(to);
        at = to;
        row = expect(',');
      }
      if (!expect('\n ]')) return undefined;
    } else {
      // The head ($schema, meta): a member at depth 1 ends where the next begins, or where the object closes.
      if ((key !== 'meta' && key !== '$schema') || key in head) return undefined;
      const next = bytes.indexOf(',\n "', at);
      const end = next >= 0 ? next : bytes.indexOf('\n}', at);
      if (end < 0) return undefined;
      try {
        head[key] = JSON.parse(bytes.toString('utf8', at, end));
      } catch {
        return undefined;
      }
      at = end;
    }
  }
  if (!seen.has('nodes') || !seen.has('relationships') || !expect('\n}')) return undefined;
  if (bytes.toString('latin1', at).trim() !== '') return undefined;
  return raw;
}

/** The hash of a row's text as graph.json holds it (see rowText). */
export function rowHash(text: Buffer | string): string {
  return hash('sha1', text, 'base64url').slice(0, 16);
}

/** A row's text as graph.json holds it: `JSON.stringify(row, null, 1)` at depth 2, two more spaces a line. */
export function rowText(row: unknown): string {
  return JSON.stringify(row, null, 1).replaceAll('\n', '\n  ');
}

/** Parses row `i`'s text. */
export function parseRawRow(graph: RawGraph, i: number): unknown {
  return JSON.parse(graph.bytes.toString('utf8', graph.from[i], graph.to[i]));
}

/** Row `i`'s bytes. */
export function rawRowBytes(graph: RawGraph, i: number): Buffer {
  return graph.bytes.subarray(graph.from[i], graph.to[i]);
}

/** True when the bytes at `at` are `text` (ASCII). */
function startsAt(bytes: Buffer, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

type Slice = (start: number, end: number) => string;

/**
 * A member `"name": "value",` at depth 3 of a row, at `at`: where its value lies, and whether it is ASCII. A value
 * with an escape in it is not read here (it would need JSON's decoding): the file is then not scanned.
 */
function memberAt(bytes: Buffer, at: number, name: string): [from: number, to: number, ascii: boolean] | undefined {
  if (!startsAt(bytes, at, MEMBER_HEAD) || !startsAt(bytes, at + MEMBER_HEAD.length, name) || !startsAt(bytes, at + MEMBER_HEAD.length + name.length, '": "')) return undefined;
  const from = at + MEMBER_HEAD.length + name.length + 4;
  let ascii = true;
  let q = from;
  for (; q < bytes.length && bytes[q] !== QUOTE; q++) {
    if (bytes[q] === BACKSLASH) return undefined;
    if (bytes[q]! >= 0x80) ascii = false;
  }
  return bytes[q + 1] === 0x2c ? [from, q, ascii] : undefined;
}

/** The same member's value, and where the member ends (after its comma). */
function member(bytes: Buffer, at: number, name: string): [string, number] | undefined {
  const m = memberAt(bytes, at, name);
  if (!m) return undefined;
  // Buffer's own slices, without toString's checks of its arguments (a year's graph has 364k ids).
  const slice = (m[2] ? (bytes as unknown as { latin1Slice: Slice }).latin1Slice : (bytes as unknown as { utf8Slice: Slice }).utf8Slice).call(bytes, m[0], m[1]);
  return [slice, m[1] + 2];
}

const MEMBER_HEAD = '\n   "';

/** A relationship's type and ends, from `at` (after its id) within its row. */
function ends(bytes: Buffer, at: number, to: number): { type: string; start: string; end: string } | undefined {
  const type = member(bytes, at, 'type');
  const start = type && member(bytes, type[1], 'start');
  const end = start && member(bytes, start[1], 'end');
  return end && end[1] < to ? { type: type[0], start: start[0], end: end[0] } : undefined;
}

/** True when a relationship's type and ends follow at `at`, as ends() reads them (without decoding them). */
function endsAt(bytes: Buffer, at: number, to: number): boolean {
  const type = memberAt(bytes, at, 'type');
  const start = type && memberAt(bytes, type[1] + 2, 'start');
  const end = start && memberAt(bytes, start[1] + 2, 'end');
  return !!end && end[1] + 2 < to;
}

/** Row `i`'s type and the ids of its ends, when it is a relationship. */
export function rawEnds(graph: RawGraph, i: number): { type: string; start: string; end: string } {
  const id = member(graph.bytes, graph.from[i]! + 1, 'id')!;
  return ends(graph.bytes, id[1], graph.to[i]!)!;
}
