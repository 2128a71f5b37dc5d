// Tag sets for the character tagger: BIO or BIOES over entity types, which tag may follow which (a decoder never
// proposes I-ORG after O), and conversion between spans and one tag per character.

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const SCHEMES = ['BIO', 'BIOES'] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface TagSet {
  scheme: Scheme;
  /** Tag names: O first, then per type its B, I (and E, S). */
  names: readonly string[];
  /** allowed[from * T + to]: 1 when `to` may follow `from`. */
  allowed: Uint8Array;
  /** Tags that may open a sentence, and close one. */
  canStart: Uint8Array;
  canEnd: Uint8Array;
  /** Per tag: its part ('' for O, else B, I, E or S) and its type's index in ENTITY_TYPES (-1 for O). */
  parts: readonly string[];
  types: Int8Array;
}

export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

const PARTS: Record<Scheme, readonly string[]> = { BIO: ['B', 'I'], BIOES: ['B', 'I', 'E', 'S'] };

/** Part (B, I, E, S) and type index of a tag; O is part '' and type -1. */
function parse(names: readonly string[], t: number): { part: string; type: number } {
  if (t === 0) return { part: '', type: -1 };
  const [part, type] = names[t]!.split('-') as [string, EntityType];
  return { part, type: ENTITY_TYPES.indexOf(type) };
}

export function tagSet(scheme: Scheme): TagSet {
  const names = ['O', ...ENTITY_TYPES.flatMap((type) => PARTS[scheme].map((p) => `${p}-${type}`))];
  const T = names.length;
  const allowed = new Uint8Array(T * T);
  const canStart = new Uint8Array(T);
  const canEnd = new Uint8Array(T);
  // Inside an entity: the tags that continue it; outside: the tags that may begin something.
  const opens = (part: string): boolean => part === '' || part === 'B' || part === 'S';
  const closed = (part: string): boolean => (scheme === 'BIO' ? true : part === '' || part === 'E' || part === 'S');
  for (let a = 0; a < T; a++) {
    const pa = parse(names, a);
    canStart[a] = opens(pa.part) ? 1 : 0;
    canEnd[a] = closed(pa.part) ? 1 : 0;
    for (let b = 0; b < T; b++) {
      const pb = parse(names, b);
      const continues = pb.type === pa.type && (pa.part === 'B' || pa.part === 'I') && (pb.part === 'I' || pb.part === 'E');
      allowed[a * T + b] = (closed(pa.part) && opens(pb.part)) || continues ? 1 : 0;
    }
  }
  const parsed = names.map((_, t) => parse(names, t));
  return { scheme, names, allowed, canStart, canEnd, parts: parsed.map((p) => p.part), types: Int8Array.from(parsed, (p) => p.type) };
}

/** One tag per character of a text of `n` characters; spans must not overlap. */
export function encodeSpans(n: number, spans: readonly TypedSpan[], ts: TagSet): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const at = (part: string): number => ts.names.indexOf(`${part}-${s.type}`);
    for (let k = s.start; k < s.end; k++) {
      let part = k === s.start ? 'B' : 'I';
      if (ts.scheme === 'BIOES') part = s.end - s.start === 1 ? 'S' : k === s.start ? 'B' : k === s.end - 1 ? 'E' : 'I';
      tags[k] = at(part);
    }
  }
  return tags;
}

/**
 * Spans of a tag sequence (tags[k] for character offset + k, k < n). A decoder's output is always well formed; a
 * stray I or E (from hand-written tags) opens a span rather than being lost.
 */
export function decodeTags(tags: ArrayLike<number>, ts: TagSet, offset = 0, n = tags.length): TypedSpan[] {
  const out: TypedSpan[] = [];
  let open = -1;
  let openType = -1;
  // Spans are closed inline, not by a helper closure: this runs for every sentence with a name in it.
  for (let k = 0; k < n; k++) {
    const part = ts.parts[tags[k]!]!;
    const type = ts.types[tags[k]!]!;
    if (part === '' || part === 'B' || part === 'S' || type !== openType || open < 0) {
      if (open >= 0) out.push({ start: offset + open, end: offset + k, type: ENTITY_TYPES[openType]! });
      open = part === '' ? -1 : k;
      if (part !== '') openType = type;
    }
    if ((part === 'S' || part === 'E') && open >= 0) {
      out.push({ start: offset + open, end: offset + k + 1, type: ENTITY_TYPES[openType]! });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: offset + open, end: offset + n, type: ENTITY_TYPES[openType]! });
  return out;
}
