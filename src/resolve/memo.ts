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
import { mentionsOf } from './mentions.js';
import { ABSENT, entityChanged, entityState, KIND, watchEntityChanges } from './entity-state.js';

/** An entity made by an article: key, label, kind, name, props, then mentions (ids), article ids and aliases added. */
type Create = ['c', string, string, string | null, string, Record<string, unknown>, string[], string[], string[]];
/** An entity changed: key, kind filled in (or null), props set, mentions, article ids, aliases added. */
type Update = ['u', string, string | null, Record<string, unknown>, string[], string[], string[]];
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
  /** The relations but its MENTIONS, with the article's own id, source, sentences and mentions as markers (encodeRelation). */
  relations: unknown[];
  /**
   * Where among them the article's MENTIONS go (-1: none): they are made again from its references on replay
   * (mentions.ts), a third of what an entry would hold.
   */
  mentionsAt: number;
  /** The references its computation gave another key (an outcome's, outcomes.ts): the reference's index and key. */
  refs: Array<[number, string]>;
}

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

const valueState = (v: string | undefined): string => (v === undefined ? ABSENT : `=${v}`);

/** A string as a part of the input digest: as it is, unless it holds a separator or the marker of the JSON form. */
const part = (s: string): string => (/[\u0000-\u0002]/.test(s) ? `\u0002${JSON.stringify(s)}` : s);

/** Props as a part of the input digest ('' for none). */
function propsPart(props: Record<string, unknown>): string {
  for (const _ in props) return JSON.stringify(props);
  return '';
}

/**
 * What an article is before anything shared is read: its page's reading (the cache's key for the page's text,
 * metadata and the mentions read from it: cache/keys.ts), its id, its mentions' references after the ties across
 * pages (with any mention resolution replaced by a copy), its home and the least confidence read.
 */
export function inputDigest(v: ArticleRefs, reading: string, mentions: readonly Mention[], minConfidence: number): Hash {
  const h = createHash('sha1');
  const extracted = new Set(mentions);
  let text = `${reading}\u0000${v.article.id}\u0000${minConfidence}\u0000${v.home.city?.id ?? ''}\u0000${v.home.prefecture?.id ?? ''}\u0000${v.home.province?.id ?? ''}`;
  const ref = (r: EntityRef | undefined): string => (r ? `${part(r.key)}\u0001${r.label}\u0001${r.kind ?? ''}\u0001${part(r.name)}\u0001${propsPart(r.props)}` : '');
  for (const p of v.pending) text += `\u0000${extracted.has(p.m) ? part(p.m.id) : `\u0002${JSON.stringify(p.m)}`}\u0000${ref(p.ref)}\u0000${ref(p.place)}\u0000${p.placeInName ? '1' : ''}`;
  return h.update(text);
}

interface Snapshot {
  e: Entity;
  mentions: number;
  articleIds: number;
  hadArticle: boolean;
  aliases: number;
  /** The props set (and KIND) while the article ran, as entityChanged told. */
  changed?: Set<string>;
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
  /** The reads and the values they saw, as the fingerprint hashes them. */
  private seen = '';
  /** Entities read, by key: their counts at the first read (null when absent then). */
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
    this.entities = new RecordingMap(realEntities, this, ENTITIES) as unknown as Map<string, Entity>;
    this.mentionEntity = new RecordingMap(realMentionEntity, this, KEYS) as unknown as Map<string, string>;
    this.affiliations = new RecordingMap(realAffiliations as Map<string, string>, this, EMPLOYERS) as unknown as Map<string, string>;
  }

  /** The first access of an entity's key. */
  readEntity(key: string, e: Entity | undefined): void {
    this.reads.push(`e${key}`);
    this.seen += `e${key}\u0000${entityState(e)}\u0000`;
    this.snapshots.set(key, e ? { e, mentions: e.mentions.length, articleIds: e.articleIds.size, hadArticle: e.articleIds.has(this.articleId), aliases: e.aliases.size } : null);
  }

  /** The first access of a key of another table (`prefix`: 'k' or 'a'). */
  readValue(prefix: string, key: string, v: string | undefined): void {
    const id = prefix + key;
    this.reads.push(id);
    this.seen += `${id}\u0000${valueState(v)}\u0000`;
  }

  /** entityChanged while the article runs: which props of an entity it read were set. */
  changed(e: Entity, what: string): void {
    const s = this.snapshots.get(e.key);
    if (s && s.e === e) (s.changed ??= new Set()).add(what);
    else if (s === undefined || this.realEntities.get(e.key) !== e) this.opaque = true; // an entity it did not read through its tables
    // else: made by the article itself (its op holds what it ends as).
  }

  /**
   * The article's entry once it is computed, as JSON (made now: the tables change after), or undefined when it
   * cannot be kept.
   */
  entry(relations: readonly Relation[], pool: MentionPool, v: ArticleRefs, refsBefore: readonly EntityRef[], sentences: readonly string[]): string | undefined {
    if (this.opaque) return undefined;
    const article = v.article;
    // References given another key and nothing else (as outcomes() does), so the MENTIONS can be made again.
    const refs: Array<[number, string]> = [];
    for (let i = 0; i < v.pending.length; i++) {
      const now = v.pending[i]!.ref;
      const was = refsBefore[i]!;
      if (now === was) continue;
      if (now.label !== was.label || now.name !== was.name || now.kind !== was.kind || now.props !== was.props || Object.keys(now).length !== Object.keys(was).length) return undefined;
      refs.push([i, now.key]);
    }
    // The MENTIONS: one block, the one mentions.ts makes of the references as they are now.
    const made = mentionsOf(article, v.pending);
    let mentionsAt = -1;
    for (let i = 0; i < relations.length; i++) if (relations[i]!.type === 'MENTIONS') {
      mentionsAt = i;
      break;
    }
    if (made.length && mentionsAt === -1) return undefined;
    for (let j = 0; j < made.length; j++) {
      const r = relations[mentionsAt + j];
      if (!r || r.type !== 'MENTIONS' || r.end !== made[j]!.end || r.start !== made[j]!.start || !sameList(r.mentions, made[j]!.mentions)) return undefined;
    }
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
      if (e !== before.e) return undefined;
      const set: Record<string, unknown> = {};
      let kind: string | null = null;
      let props = false;
      if (before.changed) {
        for (const k of before.changed) {
          if (k === KIND) {
            if (e.kind === undefined) return undefined;
            kind = e.kind;
          } else {
            if (!(k in e.props)) return undefined;
            set[k] = e.props[k];
            props = true;
          }
        }
      }
      if (e.mentions.length < before.mentions) return undefined;
      const ms = idsOf(e.mentions.slice(before.mentions));
      if (!ms) return undefined;
      const grown = e.articleIds.size - before.articleIds;
      const articleIds = grown === 0 ? [] : grown === 1 && !before.hadArticle && e.articleIds.has(article.id) ? [article.id] : tail(e.articleIds, before.articleIds);
      const aliases = tail(e.aliases, before.aliases);
      if (props || kind !== null || ms.length || articleIds.length || aliases.length) ops.push(['u', key, kind, set, ms, articleIds, aliases]);
    }
    for (const [key, value] of this.keyed) ops.push(['k', key, value]);
    const encoded: unknown[] = [];
    for (const r of relations) {
      if (r.type === 'MENTIONS') {
        if (made.length === 0) return undefined; // not mentions.ts's
        continue;
      }
      const x = encodeRelation(r, article, sentences, idsOf);
      if (!x) return undefined;
      encoded.push(x);
    }
    const entry: MemoEntry = { fp: this.hash.update(this.seen).digest('base64'), reads: this.reads, ops, relations: encoded, mentionsAt: made.length ? mentionsAt : -1, refs };
    return shorten(JSON.stringify(entry), article.id);
  }
}

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean => !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);

const ENTITIES = 'e';
const KEYS = 'k';
const EMPLOYERS = 'a';

/**
 * A table as an article's rules see it: get, has and set record the key's first access; any other method is
 * passed on and marks the article as not kept.
 */
class RecordingMap<V> {
  private readonly seen = new Set<string>();

  constructor(
    private readonly real: Map<string, V>,
    private readonly rec: ArticleRecorder,
    private readonly prefix: string,
  ) {}

  private touch(key: string): void {
    if (this.prefix === ENTITIES) {
      if (!this.rec.snapshots.has(key)) this.rec.readEntity(key, this.real.get(key) as Entity | undefined);
      return;
    }
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rec.readValue(this.prefix, key, this.real.get(key) as string | undefined);
  }

  private opaque(): Map<string, V> {
    this.rec.opaque = true;
    return this.real;
  }

  get(key: string): V | undefined {
    this.touch(key);
    return this.real.get(key);
  }

  has(key: string): boolean {
    this.touch(key);
    return this.real.has(key);
  }

  set(key: string, value: V): this {
    this.touch(key);
    if (this.prefix === ENTITIES) {
      if (!this.real.has(key)) this.rec.created.push(key);
    } else if (this.prefix === KEYS) this.rec.keyed.push([key, value as string]);
    this.real.set(key, value);
    return this;
  }

  get size(): number {
    return this.opaque().size;
  }
  delete(key: string): boolean {
    return this.opaque().delete(key);
  }
  clear(): void {
    this.opaque().clear();
  }
  forEach(f: (v: V, k: string, m: Map<string, V>) => void): void {
    this.opaque().forEach(f);
  }
  keys(): IterableIterator<string> {
    return this.opaque().keys();
  }
  values(): IterableIterator<V> {
    return this.opaque().values();
  }
  entries(): IterableIterator<[string, V]> {
    return this.opaque().entries();
  }
  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.opaque()[Symbol.iterator]();
  }
}

/**
 * Whether an entry's fingerprint holds now: the inputs' hash (from inputDigest) and the values its reads give in
 * the tables as they are at the article's turn.
 */
export function holds(entry: MemoEntry, hash: Hash, entities: ReadonlyMap<string, Entity>, mentionEntity: ReadonlyMap<string, string>, affiliations: ReadonlyMap<string, string>): boolean {
  let seen = '';
  for (const id of entry.reads) {
    const key = id.slice(1);
    const state = id[0] === 'e' ? entityState(entities.get(key)) : id[0] === 'k' ? valueState(mentionEntity.get(key)) : id[0] === 'a' ? valueState(affiliations.get(key)) : undefined;
    if (state === undefined) return false;
    seen += `${id}\u0000${state}\u0000`;
  }
  return hash.update(seen).digest('base64') === entry.fp;
}

/**
 * An entry's effects on the tables, as its article's computation had them, and its relations; undefined, with
 * nothing changed, when the entry names a mention the article does not have.
 */
export function replay(entry: MemoEntry, entities: Map<string, Entity>, mentionEntity: Map<string, string>, pool: MentionPool, v: ArticleRefs, sentences: readonly string[]): Relation[] | undefined {
  const article = v.article;
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
    added = entry.ops.map((op) => (op[0] === 'c' ? op[6].map(mentionOf) : op[0] === 'u' ? op[4].map(mentionOf) : []));
  } catch {
    return undefined;
  }
  if (missing || entry.ops.some((op) => op[0] === 'u' && !entities.has(op[1]))) return undefined;
  if (!Array.isArray(entry.refs) || entry.refs.some(([i]) => !v.pending[i]) || typeof entry.mentionsAt !== 'number' || entry.mentionsAt > relations.length) return undefined;
  for (const [i, key] of entry.refs) v.pending[i]!.ref = { ...v.pending[i]!.ref, key };
  if (entry.mentionsAt >= 0) relations.splice(entry.mentionsAt, 0, ...mentionsOf(article, v.pending));
  entry.ops.forEach((op, i) => {
    if (op[0] === 'c') {
      const [, key, label, kind, name, props, , articleIds, aliases] = op;
      entities.set(key, { key, label: label as Entity['label'], ...(kind !== null ? { kind: kind as Entity['kind'] } : {}), name, aliases: new Set(aliases), props, mentions: added[i]!, articleIds: new Set(articleIds) });
    } else if (op[0] === 'u') {
      const [, key, kind, set, , articleIds, aliases] = op;
      const e = entities.get(key)!;
      if (kind !== null) {
        e.kind = kind as Entity['kind'];
        entityChanged(e, KIND);
      }
      for (const k in set) {
        e.props[k] = set[k];
        entityChanged(e, k);
      }
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

const SLAB_BYTES = 1 << 22;

/**
 * The memo of a build: the entries read from the cache (by article id, as JSON text, parsed when their article's
 * turn comes) and the entries of this build, as text to be written.
 */
export class RelationMemo {
  /** This build's entries, as UTF-8 (the year's are about 90 MB: as strings they would take twice that). */
  readonly next = new Map<string, Buffer>();
  /** Entries are encoded into slabs of this many bytes (one allocation for many entries). */
  private slab = Buffer.allocUnsafe(0);
  private used = 0;

  /** An entry's UTF-8 bytes, in the current slab. */
  private bytes(text: string): Buffer {
    // At most three bytes a UTF-16 unit.
    const most = text.length * 3;
    if (this.slab.length - this.used < most) {
      if (most > SLAB_BYTES / 4) return Buffer.from(text, 'utf8');
      this.slab = Buffer.allocUnsafe(SLAB_BYTES);
      this.used = 0;
    }
    const n = this.slab.write(text, this.used, 'utf8');
    const out = this.slab.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }

  /** Articles replayed, and computed. */
  readonly counts = { replayed: 0, computed: 0 };

  /** The relations replayed, with the article whose entry gave them. */
  private readonly replayedFor = new Map<Relation, string>();

  /**
   * Whether a relation of `relations` (the build's, resolved) is one the build that kept the entries made as it is,
   * so that the row of its id in that build's graph is its row (graph/reuse.ts): replayed for the article its evidence
   * names, and no relation of that article and rule made otherwise in this build. A row's id is a hash of its type,
   * ends, role, article, sentence, rule and start (graph/index.ts), so a relation of the same id is one of the same
   * article and rule; an article's rules are its own (step 3's posts, people.ts, name theirs `rel.works-for.*` and
   * `rel.founded.founder-title`; the gazetteer's hierarchy names no article), so such a relation came from the same
   * entry, the same in both builds, and index.ts's dedupe keeps the same one of them.
   */
  asBefore(relations: readonly Relation[]): (r: Relation) => boolean {
    const made = new Set<string>();
    for (const r of relations) if (!this.replayedFor.has(r) && r.evidence.articleId !== undefined) made.add(`${r.evidence.articleId}\u0001${r.evidence.rule}`);
    return (r) => {
      const id = this.replayedFor.get(r);
      return id !== undefined && id === r.evidence.articleId && !made.has(`${id}\u0001${r.evidence.rule}`);
    };
  }

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
        for (const r of replayed) this.replayedFor.set(r, id);
        this.counts.replayed++;
        return replayed;
      }
    }
    const rec = new ArticleRecorder(input, entities, mentionEntity, affiliations, id);
    const refsBefore = v.pending.map((p) => p.ref);
    const unwatch = watchEntityChanges((e, what) => rec.changed(e, what));
    let relations: Relation[];
    try {
      relations = compute(rec.entities, rec.mentionEntity, rec.affiliations);
    } finally {
      unwatch();
    }
    const entry = rec.entry(relations, pool, v, refsBefore, sentences);
    if (entry !== undefined) this.next.set(id, this.bytes(entry));
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
    return replay(entry, entities, mentionEntity, pool, v, sentences);
  }
}
