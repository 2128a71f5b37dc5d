// Steps 1 to 3 of a page (references and variants, referencePage; its people and their posts, assignPeople) kept from
// the build before, as the relation cache (memo.ts) keeps an article's steps 4 to 7: a page whose inputs are as they
// were takes its references from the entry instead of working them out again, and its people too when what the steps
// between read of the other pages is as it was.
//
// What a page's references are a function of: its articles and their mentions (the page cache's reading of each
// article: its text, metadata and mentions, cache/keys.ts), the home city and least confidence the build reads them
// with, and the rules and the gazetteer (the product's version and the extraction resources: the file's key). Nothing
// of another page is read. What its people are a function of (people.ts, assignPeople reads only the page's own
// articles): those references after the ties across pages (variants.ts, tiePlacelessAcrossPages: a firm printed
// without its place tied to the one printed with it on another page) — so the entry keeps what those ties changed on
// the page when its people were worked out, and its people are taken from it only when the ties change the same
// references the same way now. A page whose references or people cannot be kept as JSON (a value JSON would not give
// back) is worked out every time.
//
// The places each article names (PlacesInView), which only the rules of a page or article worked out again read, are
// worked out again from the article's mentions when first asked for (referencesOf notes them, nothing changes them
// after). KG_MEMO_CHECK=1 works every page out again beside what the entry gave and stops when they differ.
import { createHash } from 'node:crypto';
import type { Article } from '../document/types.js';
import { splitSentences } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { homeOf, type EntityRef } from './entities.js';
import { DEFAULT_MIN_CONFIDENCE, referencePage, usableMentions, type ResolveOptions } from './index.js';
import { assignPeople } from './people.js';
import { referencesOf, type ArticleRefs, type Pending } from './references.js';
import type { Relation } from './types.js';

/**
 * A pending reference as kept: its mention (its index in the article's mentions, or that index and another rule for a
 * copy that differs only by its rule), its ref's and its place's index in the page's table of refs (-1: none), and
 * whether the place was read from the name.
 */
type PendingCode = [number | [number, string], number, number, 0 | 1];
/** The people of a page: what the ties across pages changed before them, the people's refs set (article, pending, ref), the relations. */
type PeopleCode = [string, Array<[number, number, EntityRef]>, unknown[]];
/** A page's entry: its input key, its table of refs, each article's pending references, its people when kept. */
type PageEntry = [string, EntityRef[], PendingCode[][], PeopleCode?];

/** What the memo knows of a page between its references and its people. */
interface PageState {
  pageId: string;
  /** The entry's first three parts as JSON (without the brackets), when the page's references can be kept. */
  refsText: string;
  /** The people kept in the entry read, and its bytes (written back when the page is taken whole). */
  people?: PeopleCode;
  bytes?: Buffer;
  /** Each pending reference's ref and mention before the ties across pages. */
  before: Array<Array<{ ref: EntityRef; m: Mention }>>;
  mentions: ReadonlyMap<string, readonly Mention[]>;
}

/** Whether JSON gives `v` back as it is: strings, finite numbers, booleans, null, arrays and plain objects of them. */
function jsonSafe(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(jsonSafe);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v as Record<string, unknown>) if (!jsonSafe((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** The mention `m` of an article as kept (see PendingCode), or undefined when it is neither one of its mentions nor a copy of one with another rule. */
function mentionCode(m: Mention, index: ReadonlyMap<Mention, number>, list: readonly Mention[]): number | [number, string] | undefined {
  const at = index.get(m);
  if (at !== undefined) return at;
  const i = list.findIndex((x) => x.id === m.id);
  if (i === -1) return undefined;
  const original = list[i]!;
  const keys = Object.keys(m);
  if (keys.length !== Object.keys(original).length || typeof m.rule !== 'string') return undefined;
  for (const k of keys) if (k !== 'rule' && (m as unknown as Record<string, unknown>)[k] !== (original as unknown as Record<string, unknown>)[k]) return undefined;
  return [i, m.rule];
}

/** The page's references as the entry keeps them (its first three parts as JSON, without brackets), or undefined when they cannot be kept. */
function encodeReferences(input: string, views: readonly ArticleRefs[], mentions: ReadonlyMap<string, readonly Mention[]>): string | undefined {
  const table: EntityRef[] = [];
  const at = new Map<EntityRef, number>();
  const refIndex = (r: EntityRef): number => {
    let i = at.get(r);
    if (i === undefined) {
      i = table.push(r) - 1;
      at.set(r, i);
    }
    return i;
  };
  const arts: PendingCode[][] = [];
  for (const v of views) {
    const list = mentions.get(v.article.id) ?? [];
    const index = new Map<Mention, number>(list.map((m, i) => [m, i]));
    const codes: PendingCode[] = [];
    for (const p of v.pending) {
      const m = mentionCode(p.m, index, list);
      if (m === undefined) return undefined;
      for (const k in p) if (k !== 'm' && k !== 'ref' && k !== 'place' && k !== 'placeInName') return undefined;
      codes.push([m, refIndex(p.ref), p.place ? refIndex(p.place) : -1, p.placeInName ? 1 : 0]);
    }
    arts.push(codes);
  }
  if (!jsonSafe(table)) return undefined;
  const text = JSON.stringify([input, table, arts]);
  return text.slice(1, -1);
}

/** The page's articles' views from an entry's references, or undefined when the entry does not fit the page. */
function decodeReferences(entry: PageEntry, pageArticles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, g: Gazetteer, options: ResolveOptions): ArticleRefs[] | undefined {
  const [, table, arts] = entry;
  if (!Array.isArray(table) || !Array.isArray(arts) || arts.length !== pageArticles.length) return undefined;
  const homes = new Map<string | undefined, ReturnType<typeof homeOf>>();
  const views: ArticleRefs[] = [];
  for (let a = 0; a < pageArticles.length; a++) {
    const article = pageArticles[a]!;
    const list = mentions.get(article.id) ?? [];
    const codes = arts[a];
    if (!Array.isArray(codes)) return undefined;
    const pending: Pending[] = [];
    for (const code of codes) {
      const [mc, ri, pi, inName] = code;
      const m = typeof mc === 'number' ? list[mc] : Array.isArray(mc) && list[mc[0]] ? { ...list[mc[0]]!, rule: mc[1] } : undefined;
      const ref = table[ri];
      if (!m || !ref) return undefined;
      if (pi === -1) pending.push({ m, ref });
      else {
        const place = table[pi];
        if (!place) return undefined;
        pending.push(inName ? { m, ref, place, placeInName: true } : { m, ref, place });
      }
    }
    const city = article.homeCity ?? options.homeCity;
    let home = homes.get(city);
    if (!home) homes.set(city, (home = homeOf(g, city)));
    const view = { article, sentences: splitSentences(article.text), pending } as unknown as ArticleRefs;
    // The places in view, worked out again when first asked for (only a rule read again asks).
    let places: ArticleRefs['places'] | undefined;
    const h = home;
    Object.defineProperty(view, 'places', { get: () => (places ??= referencesOf(usableMentions(article, mentions, options), g, h, article.text).places), enumerable: true, configurable: true });
    view.home = home;
    views.push(view);
  }
  return views;
}

/** What the ties across pages changed on the page since its references were made (see PageState.before). */
function tiesOf(views: readonly ArticleRefs[], before: PageState['before']): string | undefined {
  let out = '';
  for (let a = 0; a < views.length; a++) {
    const pending = views[a]!.pending;
    const was = before[a]!;
    if (pending.length !== was.length) return undefined;
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      if (p.ref === was[i]!.ref && p.m === was[i]!.m) continue;
      out += `${a}\u0001${i}\u0001${JSON.stringify(p.ref)}\u0001${JSON.stringify(p.m)}\u0000`;
    }
  }
  return out;
}

/** The page's people as the entry keeps them, or undefined when they cannot be kept. */
function encodePeople(ties: string, views: readonly ArticleRefs[], refsBefore: readonly (readonly EntityRef[])[], relations: readonly Relation[]): PeopleCode | undefined {
  const set: Array<[number, number, EntityRef]> = [];
  for (let a = 0; a < views.length; a++) {
    const pending = views[a]!.pending;
    for (let i = 0; i < pending.length; i++) if (pending[i]!.ref !== refsBefore[a]![i]) set.push([a, i, pending[i]!.ref]);
  }
  const sentencesOf = new Map(views.map((v) => [v.article.id, v.sentences.map((s) => v.article.text.slice(s.start, s.end))]));
  const rels: unknown[] = [];
  for (const r of relations) {
    for (const k in r) if (k !== 'type' && k !== 'start' && k !== 'end' && k !== 'evidence' && k !== 'role' && k !== 'year') return undefined;
    const ev: Record<string, unknown> = { ...r.evidence };
    const sentences = r.evidence.articleId !== undefined ? sentencesOf.get(r.evidence.articleId) : undefined;
    // A sentence of the page's articles as its index (the evidence's article names which).
    if (typeof ev.sentence === 'string' && sentences) {
      const i = sentences.indexOf(ev.sentence);
      if (i !== -1) ev.sentence = i;
    }
    rels.push({ ...r, evidence: ev });
  }
  const code: PeopleCode = [ties, set, rels];
  return jsonSafe(set) && jsonSafe(rels) ? code : undefined;
}

/** The page's people from its entry: the refs set and the relations (the entry's objects, read for this build alone). */
function applyPeople(code: PeopleCode, views: readonly ArticleRefs[], relations: Relation[]): boolean {
  const [, set, rels] = code;
  if (!Array.isArray(set) || !Array.isArray(rels)) return false;
  for (const [a, i, ref] of set) if (!views[a]?.pending[i] || !ref) return false;
  const byId = new Map(views.map((v) => [v.article.id, v]));
  for (const x of rels) {
    const ev = (x as Relation).evidence as unknown as Record<string, unknown> | undefined;
    if (!ev) return false;
    if (typeof ev.sentence === 'number') {
      const v = byId.get(String(ev.articleId));
      const s = v?.sentences[ev.sentence];
      if (!v || !s) return false;
      ev.sentence = v.article.text.slice(s.start, s.end);
    }
  }
  for (const [a, i, ref] of set) views[a]!.pending[i]!.ref = ref;
  relations.push(...(rels as Relation[]));
  return true;
}

/**
 * The memo of a build's steps 1 to 3: the entries read from the cache (by page id, as JSON bytes, parsed at the page's
 * turn) and the entries of this build, to be written.
 */
export class PageMemo {
  /** This build's entries, by page id. */
  readonly next = new Map<string, Buffer | string>();
  /** Pages whose references came from the cache, whose people did too, and pages worked out. */
  readonly counts = { references: 0, people: 0, computed: 0 };
  private readonly states = new WeakMap<readonly ArticleRefs[], PageState>();
  private readonly check = process.env.KG_MEMO_CHECK === '1';

  /** `readings`: each article's page reading as the cache keys it; a page with an article without one is worked out and not kept. */
  constructor(
    private readonly previous: ReadonlyMap<string, Buffer | string> = new Map(),
    private readonly readings: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** What a page's references are a function of, as one key; undefined when an article has no reading. */
  private inputKey(pageArticles: readonly Article[], options: ResolveOptions): string | undefined {
    let text = `${options.minConfidence ?? DEFAULT_MIN_CONFIDENCE}\u0000${options.homeCity ?? ''}`;
    for (const a of pageArticles) {
      const reading = this.readings.get(a.id);
      if (reading === undefined) return undefined;
      text += `\u0000${a.id}\u0000${reading}`;
    }
    return createHash('sha1').update(text).digest('base64');
  }

  /** Steps 1 and 2 of a page (referencePage): from its entry when its inputs are as they were, else worked out. */
  references(pageArticles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, g: Gazetteer, options: ResolveOptions = {}): ArticleRefs[] {
    const pageId = pageArticles[0]!.pageId;
    const input = this.inputKey(pageArticles, options);
    if (input === undefined) {
      this.counts.computed++;
      return referencePage(pageArticles, mentions, g, options);
    }
    const bytes = this.previous.get(pageId);
    let views: ArticleRefs[] | undefined;
    let entry: PageEntry | undefined;
    if (bytes !== undefined) {
      try {
        entry = JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8')) as PageEntry;
        views = Array.isArray(entry) && entry[0] === input ? decodeReferences(entry, pageArticles, mentions, g, options) : undefined;
      } catch {
        views = undefined;
      }
    }
    let refsText: string | undefined;
    if (views) {
      refsText = JSON.stringify(entry!.slice(0, 3)).slice(1, -1);
      if (this.check) {
        const again = encodeReferences(input, referencePage(pageArticles, mentions, g, options), mentions);
        if (again !== refsText) throw new Error(`KG_MEMO_CHECK: the references of page ${pageId} taken from the cache differ from the ones worked out again`);
      }
      this.counts.references++;
    } else {
      views = referencePage(pageArticles, mentions, g, options);
      refsText = encodeReferences(input, views, mentions);
      entry = undefined;
      this.counts.computed++;
    }
    if (refsText !== undefined) {
      const state: PageState = { pageId, refsText, before: views.map((v) => v.pending.map((p) => ({ ref: p.ref, m: p.m }))), mentions };
      const people = entry?.[3];
      if (people) state.people = people;
      if (entry && typeof bytes !== 'string' && bytes) state.bytes = bytes;
      this.states.set(views, state);
    }
    return views;
  }

  /** Step 3 of a page (assignPeople), once the ties across pages are made: from its entry when they changed the page as they did then. */
  people(views: ArticleRefs[], relations: Relation[], g: Gazetteer): void {
    const state = this.states.get(views);
    if (!state) {
      assignPeople(views, relations, g);
      return;
    }
    const ties = tiesOf(views, state.before);
    if (ties !== undefined && state.people && state.people[0] === ties) {
      if (this.check) this.checkPeople(state, views, g);
      const text = state.bytes ?? `[${state.refsText},${JSON.stringify(state.people)}]`;
      if (applyPeople(state.people, views, relations)) {
        this.next.set(state.pageId, text);
        this.counts.people++;
        return;
      }
    }
    const refsBefore = views.map((v) => v.pending.map((p) => p.ref));
    const from = relations.length;
    assignPeople(views, relations, g);
    const people = ties === undefined ? undefined : encodePeople(ties, views, refsBefore, relations.slice(from));
    this.next.set(state.pageId, people ? `[${state.refsText},${JSON.stringify(people)}]` : `[${state.refsText}]`);
  }

  /** KG_MEMO_CHECK=1: the page's people worked out again on a copy of its views must be the ones the entry gives. */
  private checkPeople(state: PageState, views: readonly ArticleRefs[], g: Gazetteer): void {
    const copies = views.map((v) => ({ ...v, pending: v.pending.map((p) => ({ ...p })) }));
    const refsBefore = copies.map((v) => v.pending.map((p) => p.ref));
    const relations: Relation[] = [];
    assignPeople(copies, relations, g);
    const again = encodePeople(state.people![0], copies, refsBefore, relations);
    if (JSON.stringify(again) !== JSON.stringify(state.people)) throw new Error(`KG_MEMO_CHECK: the people of page ${state.pageId} taken from the cache differ from the ones worked out again`);
  }
}
