// Steps 4 to 7 of an article (articleRelations) kept from the build before, with the facts they read: an article
// whose inputs and reads are as they were gives what it gave then, without reading its sentences again.
//
// What an article's relations are a function of: the article itself (its text, offsets, metadata), its mentions
// and their references after the ties across pages (pending), its paper's home, the rules and the gazetteer (the
// product's version and the build's extraction resources: the memo's key, memo-store.ts), and whatever it reads of
// the build's shared tables while it runs — entities (label, kind, name, props), mentionEntity and affiliations.
// Those tables are handed to it wrapped (RecordingMap): the first access of each key records the key and its value
// at that moment (before any write of the article's own, which needs an access first). The fingerprint is a hash of
// the inputs and of those values, in the order they were read. On a rebuild, at the article's turn (every earlier
// article replayed or recomputed, in article order, so the tables hold what a clean build's hold there), the same
// keys are read again; when every value is the same the article's computation, which is deterministic, would read
// and do the same again, so its effects are replayed: the entities it made or changed (props set, kind filled in,
// mentions, article ids and aliases added), the mention ids it keyed, and its relations. Anything else done to the
// tables (a method the wrapper does not know) makes the article unkept: it is computed every time.
import { createHash, type Hash } from 'node:crypto';
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import type { EntityRef } from './entities.js';
import type { ArticleRefs } from './references.js';
import type { Entity, Relation } from './types.js';

/** An entity made by an article: key, label, kind, name, props, then mentions (ids), article ids and aliases added. */
type Create = ['c', string, string, string | null, string, Record<string, unknown>, string[], string[], string[]];
/** An entity changed: key, kind filled in (or null), props set, props removed, mentions, article ids, aliases added. */
type Update = ['u', string, string | null, Record<string, unknown>, string[], string[], string[], string[]];
/** mentionEntity.set(mention id, key). */
type Keyed = ['k', string, string];
export type MemoOp = Create | Update | Keyed;

/** What the memo keeps of an article. */
export interface MemoEntry {
  /** The fingerprint: a hash of the inputs and of the values read, in order. */
  fp: string;
  /** The keys read, in order: 'e' (entities), 'k' (mentionEntity), 'a' (affiliations) and the key. */
  reads: string[];
  ops: MemoOp[];
  /** The relations, with the article's own id, source, sentences and mentions as markers (encodeRelation). */
  relations: unknown[];
}

const ABSENT = '\u2205';

/**
 * The mentions an article's relations may hold, by the name the memo keeps them under: the pending mentions by
 * their id (resolution may have replaced one by a copy with another rule, people.ts, variants.ts), an extracted
 * mention no pending one is by `o:` and its id. Undefined when ids repeat (they could not be told apart).
 */
export interface MentionPool {
  nameOf: Map<Mention, string>;
  byName: Map<string, Mention>;
}

export function mentionPool(v: ArticleRefs, mentions: readonly Mention[]): MentionPool | undefined {
  const nameOf = new Map<Mention, string>();
  const byName = new Map<string, Mention>();
  for (const p of v.pending) {
    if (byName.has(p.m.id)) return undefined;
    nameOf.set(p.m, p.m.id);
    byName.set(p.m.id, p.m);
  }
  for (const m of mentions) {
    if (nameOf.has(m)) continue;
    const name = `o:${m.id}`;
    if (byName.has(name)) return undefined;
    nameOf.set(m, name);
    byName.set(name, m);
  }
  return { nameOf, byName };
}

/**
 * An entry's JSON with its article's id written as one character (U+0001, which JSON never holds unescaped): the
 * id is in most of its mentions' ids and keys.
 */
const shorten = (json: string, articleId: string): string => json.replaceAll(articleId, '\u0001');
const lengthen = (text: string, articleId: string): string => text.replaceAll('\u0001', articleId);

/**
 * An entity as the rules may read it: label, kind, name and props (not its mentions, article ids or aliases, which
 * they only add to). Written out by hand: it is made for every entity an article reads, twice a rebuild.
 */
function entityState(e: Entity | undefined): string {
  if (!e) return ABSENT;
  // JSON escapes every control character: the separators cannot occur inside a value.
  let out = `${e.label}\u0001${e.kind ?? ''}\u0001${JSON.stringify(e.name)}`;
  for (const k in e.props) out += `\u0001${k}=${propState(e.props[k])}`;
  return out;
}

const valueState = (v: string | undefined): string => (v === undefined ? ABSENT : `=${v}`);

/**
 * What an article is before anything shared is read: its page's reading (the cache's key for the page's text,
 * metadata and the mentions read from it: cache/keys.ts), its id, its mentions' references after the ties across
 * pages (with any mention resolution replaced by a copy), its home and the least confidence read.
 */
export function inputDigest(v: ArticleRefs, reading: string, mentions: readonly Mention[], minConfidence: number): Hash {
  const h = createHash('sha1');
  const extracted = new Set(mentions);
  const parts: string[] = [reading, v.article.id, String(minConfidence), v.home.city?.id ?? '', v.home.prefecture?.id ?? '', v.home.province?.id ?? ''];
  const ref = (r: EntityRef | undefined): string => (r ? `${JSON.stringify(r.key)}\u0001${r.label}\u0001${r.kind ?? ''}\u0001${JSON.stringify(r.name)}\u0001${JSON.stringify(r.props)}` : '');
  for (const p of v.pending) parts.push(extracted.has(p.m) ? p.m.id : JSON.stringify(p.m), ref(p.ref), ref(p.place), p.placeInName ? '1' : '');
  return h.update(parts.join('\u0000'));
}

interface Snapshot {
  state: string;
  props: Record<string, unknown>;
  kind: string | undefined;
  mentions: number;
  articleIds: number;
  hadArticle: boolean;
  aliases: number;
}

/** The elements of a set added after its first `n`. */
function tail<T>(set: Set<T>, n: number): T[] {
  if (set.size === n) return [];
  const out: T[] = [];
  let i = 0;
  for (const x of set) if (i++ >= n) out.push(x);
  return out;
}

/** The reads of one article being computed: the wrapped tables, and what they saw. */
export class ArticleRecorder {
  readonly reads: string[] = [];
  private readonly parts: string[] = [];
  readonly snapshots = new Map<string, Snapshot | null>();
  readonly created: string[] = [];
  readonly keyed: Array<[string, string]> = [];
  /** Something was done to the tables that is not recorded: the article is not kept. */
  opaque = false;
  readonly entities: Map<string, Entity>;
  readonly mentionEntity: Map<string, string>;
  readonly affiliations: ReadonlyMap<string, string>;

  constructor(
    private readonly hash: Hash,
    private readonly realEntities: Map<string, Entity>,
    realMentionEntity: Map<string, string>,
    realAffiliations: ReadonlyMap<string, string>,
    private readonly articleId: string,
  ) {
    this.entities = recordingMap(realEntities, this, 'e', (key, e) => {
      const state = entityState(e);
      this.snapshots.set(key, e ? { state, props: e.props, kind: e.kind, mentions: e.mentions.length, articleIds: e.articleIds.size, hadArticle: e.articleIds.has(articleId), aliases: e.aliases.size } : null);
      return state;
    }, (key) => this.created.push(key));
    this.mentionEntity = recordingMap(realMentionEntity, this, 'k', (_, v) => valueState(v), undefined, (key, value) => this.keyed.push([key, value]));
    this.affiliations = recordingMap(realAffiliations as Map<string, string>, this, 'a', (_, v) => valueState(v));
  }

  /** The first access of a key: recorded with its value. */
  read(id: string, state: string): void {
    this.reads.push(id);
    this.parts.push(id, state);
  }

  /**
   * The article's entry once it is computed, as JSON (made now: the tables change after), or undefined when it
   * cannot be kept.
   */
  entry(relations: readonly Relation[], pool: MentionPool, article: Article, sentences: readonly string[]): string | undefined {
    if (this.opaque) return undefined;
    const ids = pool.nameOf;
    const idsOf = (list: readonly Mention[]): string[] | undefined => {
      const out: string[] = [];
      for (const m of list) {
        const id = ids.get(m);
        if (id === undefined) return undefined;
        out.push(id);
      }
      return out;
    };
    const ops: MemoOp[] = [];
    const created = new Set(this.created);
    for (const key of this.created) {
      const e = this.realEntities.get(key)!;
      const ms = idsOf(e.mentions);
      if (!ms) return undefined;
      ops.push(['c', key, e.label, e.kind ?? null, e.name, e.props, ms, [...e.articleIds], [...e.aliases]]);
    }
    for (const [key, before] of this.snapshots) {
      if (created.has(key)) continue;
      const e = this.realEntities.get(key);
      if (!e || !before) {
        // Removed, or made without a `set` this wrapper saw: not something this memo knows how to replay.
        if (e || before) return undefined;
        continue;
      }
      const set: Record<string, unknown> = {};
      const removed: string[] = [];
      let kind: string | null = null;
      if (entityState(e) !== before.state) {
        // Changed: which props. `before.props` is the same object when props were only assigned to.
        if (e.props !== before.props) return undefined;
        const was = propsOf(before.state);
        for (const k in e.props) if (was.get(k) !== propState(e.props[k])) set[k] = e.props[k];
        for (const k of was.keys()) if (!(k in e.props)) removed.push(k);
        if (e.kind !== before.kind) {
          if (e.kind === undefined) return undefined;
          kind = e.kind;
        }
      }
      if (e.mentions.length < before.mentions) return undefined;
      const ms = idsOf(e.mentions.slice(before.mentions));
      if (!ms) return undefined;
      const grown = e.articleIds.size - before.articleIds;
      const articleIds = grown === 1 && !before.hadArticle && e.articleIds.has(article.id) ? [article.id] : tail(e.articleIds, before.articleIds);
      const aliases = tail(e.aliases, before.aliases);
      if (Object.keys(set).length || removed.length || kind !== null || ms.length || articleIds.length || aliases.length) ops.push(['u', key, kind, set, removed, ms, articleIds, aliases]);
    }
    for (const [key, value] of this.keyed) ops.push(['k', key, value]);
    const encoded: unknown[] = [];
    for (const r of relations) {
      const x = encodeRelation(r, article, sentences, idsOf);
      if (!x) return undefined;
      encoded.push(x);
    }
    const entry: MemoEntry = { fp: this.hash.update(this.parts.join('\u0000')).digest('hex'), reads: this.reads, ops, relations: encoded };
    return shorten(JSON.stringify(entry), article.id);
  }
}

const propState = (v: unknown): string => (v === undefined ? 'u' : JSON.stringify(v));

/** The props of an entity's state (entityState), each as propState wrote it. */
function propsOf(state: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of state.split('\u0001').slice(3)) {
    const eq = part.indexOf('=');
    out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/**
 * A table as an article's rules see it: get, has and set record the key's first access; any other method is
 * passed on and marks the article as not kept.
 */
function recordingMap<V>(
  real: Map<string, V>,
  rec: ArticleRecorder,
  prefix: string,
  state: (key: string, v: V | undefined) => string,
  onCreate?: (key: string) => void,
  onSet?: (key: string, v: V) => void,
): Map<string, V> {
  const seen = new Set<string>();
  const touch = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    rec.read(prefix + key, state(key, real.get(key)));
  };
  const opaque = <T>(f: () => T): T => {
    rec.opaque = true;
    return f();
  };
  const wrapper = {
    get(key: string): V | undefined {
      touch(key);
      return real.get(key);
    },
    has(key: string): boolean {
      touch(key);
      return real.has(key);
    },
    set(key: string, value: V) {
      touch(key);
      if (!real.has(key)) onCreate?.(key);
      onSet?.(key, value);
      real.set(key, value);
      return wrapper;
    },
    get size() {
      return opaque(() => real.size);
    },
    delete: (key: string) => opaque(() => real.delete(key)),
    clear: () => opaque(() => real.clear()),
    forEach: (f: (v: V, k: string, m: Map<string, V>) => void) => opaque(() => real.forEach(f)),
    keys: () => opaque(() => real.keys()),
    values: () => opaque(() => real.values()),
    entries: () => opaque(() => real.entries()),
    [Symbol.iterator]: () => opaque(() => real[Symbol.iterator]()),
  };
  return wrapper as unknown as Map<string, V>;
}

/**
 * Whether an entry's fingerprint holds now: the inputs' hash (from inputDigest) and the values its reads give in
 * the tables as they are at the article's turn.
 */
export function holds(entry: MemoEntry, hash: Hash, entities: ReadonlyMap<string, Entity>, mentionEntity: ReadonlyMap<string, string>, affiliations: ReadonlyMap<string, string>): boolean {
  const parts: string[] = [];
  for (const id of entry.reads) {
    const key = id.slice(1);
    const state = id[0] === 'e' ? entityState(entities.get(key)) : id[0] === 'k' ? valueState(mentionEntity.get(key)) : id[0] === 'a' ? valueState(affiliations.get(key)) : undefined;
    if (state === undefined) return false;
    parts.push(id, state);
  }
  return hash.update(parts.join('\u0000')).digest('hex') === entry.fp;
}

/**
 * An entry's effects on the tables, as its article's computation had them, and its relations; undefined, with
 * nothing changed, when the entry names a mention the article does not have.
 */
export function replay(entry: MemoEntry, entities: Map<string, Entity>, mentionEntity: Map<string, string>, pool: MentionPool, article: Article, sentences: readonly string[]): Relation[] | undefined {
  const byId = pool.byName;
  let missing = false;
  const mentionOf = (id: string): Mention => {
    const m = byId.get(id);
    if (!m) missing = true;
    return m!;
  };
  // Everything is looked up before anything is changed.
  let relations: Relation[];
  let added: Mention[][];
  try {
    relations = entry.relations.map((x) => decodeRelation(x as Record<string, unknown>, article, sentences, mentionOf));
    added = entry.ops.map((op) => (op[0] === 'c' ? op[6].map(mentionOf) : op[0] === 'u' ? op[5].map(mentionOf) : []));
  } catch {
    return undefined;
  }
  if (missing || entry.ops.some((op) => op[0] === 'u' && !entities.has(op[1]))) return undefined;
  entry.ops.forEach((op, i) => {
    if (op[0] === 'c') {
      const [, key, label, kind, name, props, , articleIds, aliases] = op;
      entities.set(key, { key, label: label as Entity['label'], ...(kind !== null ? { kind: kind as Entity['kind'] } : {}), name, aliases: new Set(aliases), props, mentions: added[i]!, articleIds: new Set(articleIds) });
    } else if (op[0] === 'u') {
      const [, key, kind, set, removed, , articleIds, aliases] = op;
      const e = entities.get(key)!;
      if (kind !== null) e.kind = kind as Entity['kind'];
      for (const k in set) e.props[k] = set[k];
      for (const k of removed) delete e.props[k];
      e.mentions.push(...added[i]!);
      for (const id of articleIds) e.articleIds.add(id);
      for (const a of aliases) e.aliases.add(a);
    } else {
      mentionEntity.set(op[1], op[2]);
    }
  });
  return relations;
}

/**
 * A relation as the memo keeps it: the article's own id and source as 0, a sentence of the article as its index
 * (in `sentences`, the article's sentences' texts), mentions as their ids; every key in its place.
 */
function encodeRelation(r: Relation, article: Article, sentences: readonly string[], idsOf: (ms: readonly Mention[]) => string[] | undefined): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k in r) {
    const v = (r as unknown as Record<string, unknown>)[k];
    if (v === undefined) return undefined; // a key held with no value would not come back from JSON
    if (k === 'mentions') {
      const ids = idsOf(v as Mention[]);
      if (!ids) return undefined;
      out[k] = ids;
    } else if (k === 'evidence') {
      const ev: Record<string, unknown> = {};
      for (const j in r.evidence) {
        const w = (r.evidence as unknown as Record<string, unknown>)[j];
        if (w === undefined) return undefined;
        if ((j === 'articleId' && w === article.id) || (j === 'source' && w === article.source)) ev[j] = 0;
        else if (j === 'sentence') {
          const i = sentences.indexOf(w as string);
          ev[j] = i === -1 ? w : i;
        } else ev[j] = w;
      }
      out[k] = ev;
    } else out[k] = v;
  }
  return out;
}

function decodeRelation(x: Record<string, unknown>, article: Article, sentences: readonly string[], mentionOf: (id: string) => Mention): Relation {
  const ev = x.evidence as Record<string, unknown>;
  for (const j in ev) {
    if (j === 'articleId' && ev[j] === 0) ev[j] = article.id;
    else if (j === 'source' && ev[j] === 0) ev[j] = article.source;
    else if (j === 'sentence' && typeof ev[j] === 'number') ev[j] = sentences[ev[j] as number];
  }
  if (x.mentions) x.mentions = (x.mentions as string[]).map(mentionOf);
  return x as unknown as Relation;
}

/**
 * The memo of a build: the entries read from the cache (by article id, as JSON text, parsed when their article's
 * turn comes) and the entries of this build, as text to be written.
 */
export class RelationMemo {
  /** This build's entries, as UTF-8 (the year's are about 90 MB: as strings they would take twice that). */
  readonly next = new Map<string, Buffer>();
  /** Articles replayed, and computed. */
  readonly counts = { replayed: 0, computed: 0 };

  /**
   * `readings`: each article's page reading as the cache keys it (text, metadata, mentions); an article without one
   * is computed and not kept.
   */
  constructor(
    private readonly previous: ReadonlyMap<string, Buffer | string> = new Map(),
    private readonly readings: ReadonlyMap<string, string> = new Map(),
    private readonly minConfidence = 0,
  ) {}

  /** Steps 4 to 7 of an article: replayed when its entry holds, else computed (and kept). */
  relationsOf(
    v: ArticleRefs,
    mentions: readonly Mention[],
    entities: Map<string, Entity>,
    mentionEntity: Map<string, string>,
    affiliations: ReadonlyMap<string, string>,
    compute: (entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>) => Relation[],
  ): Relation[] {
    const id = v.article.id;
    const reading = this.readings.get(id);
    const pool = reading === undefined ? undefined : mentionPool(v, mentions);
    if (!pool || reading === undefined) {
      this.counts.computed++;
      return compute(entities, mentionEntity, affiliations);
    }
    const input = inputDigest(v, reading, mentions, this.minConfidence);
    const sentences = v.sentences.map((s) => v.article.text.slice(s.start, s.end));
    const text = this.previous.get(id);
    if (text !== undefined) {
      const replayed = this.tryReplay(text, input.copy(), v, pool, entities, mentionEntity, affiliations, sentences);
      if (replayed) {
        this.next.set(id, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
        this.counts.replayed++;
        return replayed;
      }
    }
    const rec = new ArticleRecorder(input, entities, mentionEntity, affiliations, id);
    const relations = compute(rec.entities, rec.mentionEntity, rec.affiliations);
    const entry = rec.entry(relations, pool, v.article, sentences);
    if (entry !== undefined) this.next.set(id, Buffer.from(entry, 'utf8'));
    this.counts.computed++;
    return relations;
  }

  private tryReplay(text: Buffer | string, hash: Hash, v: ArticleRefs, pool: MentionPool, entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>, sentences: readonly string[]): Relation[] | undefined {
    let entry: MemoEntry;
    try {
      entry = JSON.parse(lengthen(typeof text === 'string' ? text : text.toString('utf8'), v.article.id)) as MemoEntry;
      if (!holds(entry, hash, entities, mentionEntity, affiliations)) return undefined;
    } catch {
      return undefined;
    }
    return replay(entry, entities, mentionEntity, pool, v.article, sentences);
  }
}
