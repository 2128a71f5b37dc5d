// Resolve: articles and their mentions → entities with stable keys and typed relations with evidence.
// Order here matters; each step is one file, in this order:
//   1. references.ts      each mention becomes an entity reference (places by gazetteer id, relative names made
//                         absolute; entities.ts holds the per-label rules);
//   2. variants.ts        on each page, short and variant names are tied to the full name they stand for;
//                         across the pages, a firm's full name printed without its place to the one firm
//                         printed with one;
//   3. people.ts          a person's namesakes on the page are one person, kept apart from others by organisation
//                         or home city; titles (主任潘俊男) give WORKS_FOR at the body named before them; across
//                         the pages, one with no organisation is the namesake at an organisation the article names;
//   4. relations.ts       relations read from sentences (cue words in model/relation-cues.json),
//      name-relations.ts  from names (平湖市极地…公司 is in 平湖市),
//      located.ts, partners.ts, groups.ts  where things are, partners and founders, groups, suppliers and pilots,
//      hierarchy.ts       and from the gazetteer (village → town → county → city → province);
//   5. outcomes.ts        each reported figure gets its subject and becomes an Outcome (its period read against
//                         the date of issue by periods.ts);
//   6. mentions.ts        articles link to what they mention;
//   7. bylines.ts         and the people of their bylines to the articles they wrote.
// Every relation carries its evidence (evidence.ts); the same fact read twice by one rule is kept once.
import type { Article } from '../document/types.js';
import { splitSentences } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { bylines } from './bylines.js';
import { homeOf, upsert } from './entities.js';
import { groupRelations } from './groups.js';
import { hierarchy } from './hierarchy.js';
import { locatedRelations } from './located.js';
import { finerThanName, sceneRelations } from './scene.js';
import { mentionsOf } from './mentions.js';
import { nameRelations } from './name-relations.js';
import { partnerRelations } from './partners.js';
import { SubjectsInView } from './in-view.js';
import { outcomes } from './outcomes.js';
import { assignPeople, tiePeopleAcrossPages } from './people.js';
import { referencesOf, type ArticleRefs } from './references.js';
import { loadRelationCues, sentenceRelations, type ResolvedMention } from './relations.js';
import type { RelationMemo } from './memo.js';
import type { PageMemo } from './page-memo.js';
import type { Entity, Relation, Resolved } from './types.js';
import { groupBy } from '../util/group-by.js';
import { tiePlacelessAcrossPages, tieVariantsOnPage } from './variants.js';

/** A person's name with 某 for the given name (陈某, 王某某, 陈某因 read one character long): not a name. */
const ANONYMISED_NAME = /^(?:[\u4e00-\u9fff]|欧阳|司马|诸葛|上官)某/u;

export type { Entity, Relation, Resolved } from './types.js';

export interface ResolveOptions {
  /** Home city for pages whose metadata names none. */
  homeCity?: string;
  /** Mentions below this confidence name no entity (they stay available to `kg ner`). */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

/**
 * `memo`: steps 4 to 7 of the build before, article by article (memo.ts); an article whose inputs and reads are as
 * they were has its effects replayed instead of being read again. `pages`: steps 1 to 3 of the build before, page by
 * page (page-memo.ts), taken when the page's inputs (and for its people, the ties across pages) are as they were.
 * The result is the same either way.
 */
export function resolve(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, g: Gazetteer, options: ResolveOptions = {}, memo?: RelationMemo, pageMemo?: PageMemo): Resolved {
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const mentionEntity = new Map<string, string>();
  const views: ArticleRefs[] = [];

  const pages = [...groupBy(articles, (a) => a.pageId).values()].map((pageArticles) => (pageMemo ? pageMemo.references(pageArticles, mentions, g, options) : referencePage(pageArticles, mentions, g, options)));
  // Firms are tied across pages before people are keyed by the organisation they work for.
  tiePlacelessAcrossPages(pages.flat().flatMap((v) => v.pending), g);
  for (const pageViews of pages) {
    if (pageMemo) pageMemo.people(pageViews, relations, g);
    else assignPeople(pageViews, relations, g);
    views.push(...pageViews);
  }
  tiePeopleAcrossPages(views);

  // Register every entity, then read relations from each article.
  registerEntities(views, entities, mentionEntity);
  const affiliations = affiliationsOf(relations);
  for (const v of views) {
    const found = memo
      ? memo.relationsOf(v, mentions.get(v.article.id) ?? [], entities, mentionEntity, affiliations, (e, k, a) => articleRelations(v, e, k, a, g))
      : articleRelations(v, entities, mentionEntity, affiliations, g);
    relations.push(...found);
  }
  relations.push(...hierarchy(entities, g));
  // WORKS_FOR collected while assigning people pointed at organisation keys; keep only those that resolved.
  return { entities, relations: dedupe(relations.filter((r) => keepsRelation(r, entities))), mentionEntity };
}

/**
 * Steps 1 and 2 on one page's articles: each mention's entity reference, and the variant names on the page tied.
 * A build resolved a page at a time (pipeline-stream.ts) calls this and the steps below for each page in turn.
 */
export function referencePage(pageArticles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, g: Gazetteer, options: ResolveOptions = {}): ArticleRefs[] {
  const pageViews = pageArticles.map((article) => {
    const home = homeOf(g, article.homeCity ?? options.homeCity);
    return { article, sentences: splitSentences(article.text), ...referencesOf(usableMentions(article, mentions, options), g, home, article.text), home };
  });
  tieVariantsOnPage(pageViews.flatMap((v) => v.pending), g);
  return pageViews;
}

/** The mentions of an article that name entities: confident enough, whole, and not an anonymised person. */
export function usableMentions(article: Article, mentions: ReadonlyMap<string, readonly Mention[]>, options: ResolveOptions = {}): Mention[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  // (陈某 read with the word after it, 陈某因: a person the text does not name in full is no node — model/clause-subjects.json.)
  return (mentions.get(article.id) ?? []).filter((m) => m.confidence >= minConfidence && !m.attrs.partial && !(m.label === 'Person' && ANONYMISED_NAME.test(m.text)));
}

/**
 * Every mention's entity, made or filled in (outcomes are registered with their subject, by articleRelations).
 * `count`, when given, is what each entity keeps for a mention in place of the mention itself (a build that streams
 * keeps only how many there were).
 */
export function registerEntities(views: readonly ArticleRefs[], entities: Map<string, Entity>, mentionEntity: Map<string, string>, count?: Mention): void {
  for (const v of views) {
    for (const p of v.pending) {
      if (p.ref.label === 'Outcome') continue; // registered with its subject in outcomes()
      const e = upsert(entities, p.ref);
      e.mentions.push(count ?? p.m);
      e.articleIds.add(v.article.id);
      e.aliases.add(p.m.text);
      mentionEntity.set(p.m.id, p.ref.key);
    }
  }
}

/** Person key → the organisation they work for, from the WORKS_FOR people's posts gave (the last read wins). */
export function affiliationsOf(relations: Iterable<Relation>, into: Map<string, string> = new Map()): Map<string, string> {
  for (const r of relations) if (r.type === 'WORKS_FOR') into.set(r.start, r.end);
  return into;
}

/** Steps 4 to 7 for one article, once every entity of the build is registered. */
export function articleRelations(v: ArticleRefs, entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>, g: Gazetteer): Relation[] {
  const cues = loadRelationCues();
  const relations: Relation[] = [];
  const resolved: ResolvedMention[] = v.pending.filter((p) => p.ref.label !== 'Outcome').map((p) => ({ m: p.m, e: entities.get(p.ref.key)!, ...(p.place ? { place: p.place } : {}), ...(p.placeInName ? { placeInName: true } : {}) }));
  const view = { article: v.article, sentences: v.sentences, mentions: resolved, affiliations };
  relations.push(...sentenceRelations(view));
  relations.push(...nameRelations(v.article, v.sentences, resolved, entities, g, v.home));
  relations.push(...locatedRelations(v.article, v.sentences, resolved, v.places, cues.located, relations));
  relations.push(...sceneRelations(v.article, v.sentences, resolved, g, entities, cues.located, relations));
  const inView = new SubjectsInView(v.article, v.sentences, v.pending);
  relations.push(...partnerRelations(view, inView, cues));
  relations.push(...groupRelations(view, cues.groups, inView, cues.posts.kindWords));
  relations.push(...outcomes(v, entities, mentionEntity, affiliations, cues.posts.kindWords, cues.located.residentWords, cues.reportMeasures.words, cues.programmeAnaphor, cues.rules.find((r) => r.id === 'rel.received.award')?.verbs ?? []));
  relations.push(...mentionsOf(v.article, v.pending));
  relations.push(...bylines(v.article, v.home, entities));
  return finerThanName(relations, g, entities);
}

/** A relation is kept when both its ends are entities of the build (an article's MENTIONS and WROTE start or end at it). */
export function keepsRelation(r: Relation, entities: ReadonlyMap<string, Entity>): boolean {
  return (entities.has(r.start) && entities.has(r.end)) || r.type === 'MENTIONS' || r.type === 'WROTE';
}

/** One relation per (type, ends, role, article, rule): the same fact read twice by one rule is one fact. */
export function dedupe(relations: Relation[]): Relation[] {
  // Each fact's place in `out`: it stays where it was first read, holding the most confident reading.
  const seen = new Map<string, number>();
  const out: Relation[] = [];
  for (const r of relations) {
    // An article's MENTIONS are one per entity it names (mentions.ts), and each article is read once: none repeats.
    if (r.type === 'MENTIONS') {
      out.push(r);
      continue;
    }
    // A fact read from a name (平湖市欣远箱包有限公司 → 平湖市) is stated once per article, at the first mention;
    // a fact read from a sentence keeps one relation per sentence that states it.
    const fromName = r.evidence.rule.includes('.name-');
    const k = `${r.type}|${r.start}|${r.end}|${r.role ?? ''}|${r.evidence.articleId ?? ''}|${fromName ? '' : (r.evidence.sentence ?? '')}`;
    const at = seen.get(k);
    if (at === undefined) seen.set(k, out.push(r) - 1);
    else if (out[at]!.evidence.confidence < r.evidence.confidence) out[at] = r;
  }
  return out;
}
