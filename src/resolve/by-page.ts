// Resolution a page at a time, for a build too large to hold (pipeline-stream.ts): the same steps as resolve() in
// the same order, over the pages in the same order, with only what crosses pages kept between them. The build
// hands every page to each pass in turn; each pass reads the pages again from their articles and mentions:
//   1. notePage        references and variants on the page (steps 1–2); the build's company names noted;
//      settleFirms     the placeless firms tied across pages (variants.ts), once every page is noted;
//   2. notePeople      the ties applied, people assigned on the page (step 3); their posts (WORKS_FOR) give the
//                      build's affiliations, and the people named beside their organisation are noted;
//   3. registerPage    people tied across pages; every mention's entity registered in the build's entity table,
//                      which keeps no mention objects, only their count;
//   4. relatePage      the page's relations (steps 4–7), read against the whole entity table as resolve() reads
//                      them, and deduplicated (a relation's key names its article, so duplicates stay on a page);
//      finish          the gazetteer's hierarchy over the table; keeps(r) says which relations resolve() keeps.
// Entities are made and filled in in the order resolve() makes them, so every property comes out the same.
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { hierarchy } from './hierarchy.js';
import { affiliationsOf, articleRelations, dedupe, keepsRelation, referencePage, registerEntities, type ResolveOptions } from './index.js';
import { applyPeopleTies, assignPeople, notePeopleAtOrganisations, type PeopleAtOrganisations } from './people.js';
import type { ArticleRefs } from './references.js';
import type { Entity, Relation } from './types.js';
import { applyPlacelessTies, noteFirmNames, placelessTies, type FirmNames, type PlacelessTies } from './variants.js';

/** What an entity keeps for each of its mentions in a build resolved page by page: one shared stand-in. */
const COUNTED = Object.freeze({}) as Mention;

export class ResolutionByPage {
  private readonly firms: FirmNames = new Map();
  private ties: PlacelessTies | undefined;
  private readonly people: PeopleAtOrganisations = new Map();
  private readonly affiliations = new Map<string, string>();
  readonly entities = new Map<string, Entity>();

  constructor(
    private readonly g: Gazetteer,
    private readonly options: ResolveOptions = {},
  ) {}

  /** Pass 1: a page's company names. */
  notePage(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): void {
    noteFirmNames(referencePage(articles, mentions, this.g, this.options).flatMap((v) => v.pending), this.firms);
  }

  /** After pass 1: the placeless firms' ties, decided on every company name of the build. */
  settleFirms(): void {
    this.ties = placelessTies(this.firms, this.g);
    this.firms.clear();
  }

  /** Pass 2: a page's people and their posts. */
  notePeople(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): void {
    const { views, works } = this.assigned(articles, mentions);
    affiliationsOf(works, this.affiliations);
    notePeopleAtOrganisations(views, this.people);
  }

  /** Pass 3: a page's entities registered. */
  registerPage(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): void {
    const { views } = this.assigned(articles, mentions);
    applyPeopleTies(views, this.people);
    registerEntities(views, this.entities, new Map(), COUNTED);
  }

  /** Pass 4: a page's relations, deduplicated as resolve() does (not yet filtered: see keeps). */
  relatePage(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): Relation[] {
    const { views, works } = this.assigned(articles, mentions);
    applyPeopleTies(views, this.people);
    // Mention ids name their article, so the page's own table answers what resolve()'s table of the build would.
    const mentionEntity = new Map<string, string>();
    for (const v of views) for (const p of v.pending) if (p.ref.label !== 'Outcome') mentionEntity.set(p.m.id, p.ref.key);
    const relations = [...works];
    for (const v of views) relations.push(...articleRelations(v, this.entities, mentionEntity, this.affiliations, this.g));
    // Outcomes keep their mentions' count only, as every other entity does.
    for (const key of new Set(mentionEntity.values())) {
      const e = this.entities.get(key);
      if (e?.label === 'Outcome') e.mentions.fill(COUNTED);
    }
    return dedupe(relations);
  }

  /** After pass 4: the places' hierarchy, read from the whole entity table. */
  finish(): Relation[] {
    return dedupe(hierarchy(this.entities, this.g));
  }

  /** Whether resolve() keeps the relation, once every page is related and finish() has run. */
  keeps(r: Pick<Relation, 'type' | 'start' | 'end'>): boolean {
    return keepsRelation(r as Relation, this.entities);
  }

  /** Steps 1–3 on a page: references, variants, the placeless ties, people assigned (with the WORKS_FOR their posts give). */
  private assigned(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): { views: ArticleRefs[]; works: Relation[] } {
    if (!this.ties) throw new Error('ResolutionByPage: settleFirms() must come after every page is noted');
    const views = referencePage(articles, mentions, this.g, this.options);
    applyPlacelessTies(views.flatMap((v) => v.pending), this.ties);
    const works: Relation[] = [];
    assignPeople(views, works, this.g);
    return { views, works };
  }
}
