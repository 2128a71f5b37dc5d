// Step 3: people. The posts printed around a name (posts.ts) give WORKS_FOR, and FOUNDED for a founder's
// title; a person's namesakes on a page are one person, keyed by name and the body of their first post (or the
// home city), so that people of one name elsewhere stay apart.
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { EntityRef } from './entities.js';
import { evidenceFor } from './evidence.js';
import { SubjectsInView } from './in-view.js';
import { PostReader, type Post } from './posts.js';
import type { ArticleRefs, Pending } from './references.js';
import { loadRelationCues } from './relations.js';
import type { Relation } from './types.js';

interface HeldPost {
  post: Post;
  /** The holder's reference as it stands once the person is read (variants already tied). */
  holder: EntityRef;
  m: Mention;
  article: Article;
  sentences: Sentence[];
}

export function assignPeople(views: ArticleRefs[], relations: Relation[], g: Gazetteer): void {
  const held = new Map<string, HeldPost[]>();
  const roles = new Map<string, Set<string>>();
  const cues = loadRelationCues();
  for (const v of views) {
    const reader = new PostReader(v.article, v.pending, new SubjectsInView(v.article, v.sentences, v.pending), cues.posts, g, v.home, v.places);
    let previous: { p: Pending; posts: Post[] } | undefined;
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      const role = p.m.attrs.role;
      if (role) roles.set(p.m.text, new Set([...(roles.get(p.m.text) ?? []), role]));
      let posts = reader.postsOf(p);
      // 记者刘某、张某 / 来自某公司的朱某、黎某: names listed after one share its posts.
      if (posts.length === 0 && previous?.posts.length && /^(?:、|和|与)$/.test(v.article.text.slice(previous.p.m.end, p.m.start))) posts = previous.posts;
      // 某公司总经理王某、副总经理李某: a post with no body of its own, listed after one who holds posts, is held at the
      // same bodies.
      // (After ranks led by a body's officer, only another of its ranks: 带领民警甲、辅警乙, not 网格员丙 — a community's.)
      const afterLed = previous?.posts.some((post) => post.rule === 'rel.works-for.led-rank');
      const listed = posts.length === 0 && previous?.posts.length ? reader.listedPost(v.article.text.slice(previous.p.m.end, p.m.start)) : undefined;
      if (listed && !(afterLed && !cues.posts.ledRanks.includes(listed))) posts = previous!.posts.filter((post) => post.holder.ref.label === 'Organization').map((post) => ({ ...post, role: listed, start: previous!.p.m.end + 1, end: p.m.end, rule: 'rel.works-for.listed-post' }));
      previous = { p, posts };
      const list = held.get(p.m.text) ?? [];
      for (const post of posts) if (!list.some((h) => h.holder.key === post.holder.ref.key)) list.push({ post, holder: post.holder.ref, m: p.m, article: v.article, sentences: v.sentences });
      held.set(p.m.text, list);
    }
    // 他担任合作社理事长: a pronoun heading a clause with a verb of holding a post is the one person the paragraph
    // names before it (rel.works-for.pronoun); with two people named, or none, nothing is read.
    const text = v.article.text;
    /** The one person a 他 or 她 at `at` stands for: the only one its paragraph names before it (see above). */
    const referent = (at: number): Pending | undefined => {
      const paragraph = v.article.paragraphs.find((g) => at >= g.start && at < g.end);
      if (!paragraph) return undefined;
      // (A pronoun opening its paragraph: the one person the body names before it, the paragraph before naming them
      // too — not a speaker quoted in between, 村民某某说。/ 他还担任….)
      const opensParagraph = at === paragraph.start;
      const previousParagraph = opensParagraph ? [...v.article.paragraphs].reverse().find((g) => g.end <= paragraph.start) : undefined;
      if (previousParagraph && !v.pending.some((q) => q.ref.label === 'Person' && q.m.start >= previousParagraph.start && q.m.end <= at)) return undefined;
      const from = previousParagraph ? v.article.bodySpan.start : paragraph.start;
      const people = v.pending.filter((q) => q.ref.label === 'Person' && q.m.start >= from && q.m.end <= at);
      if (people.length === 0 || new Set(people.map((q) => q.m.text)).size !== 1) return undefined;
      return people[people.length - 1]!;
    };
    for (const found of text.matchAll(/[他她]/gu)) {
      const at = found.index!;
      const person = referent(at);
      if (!person) continue;
      const posts = reader.pronounPosts(person, at);
      if (posts.length === 0) continue;
      const sentence = v.sentences.find((x) => at >= x.start && at < x.end);
      const list = held.get(person.m.text) ?? [];
      for (const post of posts) if (!list.some((h) => h.holder.key === post.holder.ref.key)) list.push({ post, holder: post.holder.ref, m: { ...person.m, start: at, end: at + 1, sentence: sentence?.index ?? person.m.sentence }, article: v.article, sentences: v.sentences });
      held.set(person.m.text, list);
    }
    // 叶某毕业于某大学，现任某合作社理事长: a later clause opening with 现任 goes on about the person heading the
    // sentence (after a time word), when the sentence names no one else before it.
    for (const found of text.matchAll(/[，,](?=现任|现为|现担任|目前担任|如今担任|现在担任|目前任|现兼任|并担任|并出任|并兼任)/gu)) {
      const at = found.index! + 1;
      const sentence = v.sentences.find((x) => at >= x.start && at < x.end);
      if (!sentence) continue;
      const opener = /^(?:(?:\d{4}年|今年|去年|如今|目前|现在|此后|后来|之后|随后|同年|次年)[，,]?)?/u.exec(text.slice(sentence.start, at))![0].length;
      const named = v.pending.filter((q) => q.ref.label === 'Person' && q.m.start >= sentence.start && q.m.end <= at);
      // 他牵头成立了某合作社，现任合作社理事长: a sentence 他 or 她 heads (no one else named in it) goes on about the
      // one person the pronoun stands for (rel.works-for.later-clause).
      const pronoun = named.length === 0 && /^[他她]/u.test(text.slice(sentence.start + opener, sentence.start + opener + 1)) ? referent(sentence.start + opener) : undefined;
      const head = pronoun ?? named[0];
      // (村党支部书记徐某牵头成立了…，并担任…: the person's own posts may come before the name.)
      const titled = head && !pronoun && /^[\u4e00-\u9fff]{1,14}(?:书记|主任|长|经理|董事|员)$/u.test(text.slice(sentence.start + opener, head.m.start));
      if (!head || (!pronoun && ((head.m.start !== sentence.start + opener && !titled) || named.some((q) => q.m.text !== head.m.text)))) continue;
      // (甲和乙牵头成立了…，并担任…: the person heads the sentence with another, named or not recognised.)
      if (!pronoun && /^[和与、及同跟]/u.test(text.slice(head.m.end, head.m.end + 1))) continue;
      const posts = reader.laterClausePosts(head, at);
      const list = held.get(head.m.text) ?? [];
      for (const post of posts) if (!list.some((h) => h.holder.key === post.holder.ref.key)) list.push({ post, holder: post.holder.ref, m: pronoun ? { ...head.m, start: sentence.start + opener, end: at + 2, sentence: sentence.index } : { ...head.m, end: at + 2 }, article: v.article, sentences: v.sentences });
      held.set(head.m.text, list);
    }
  }
  for (const v of views) {
    const homeName = v.home.city?.name ?? 'unknown';
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      // A reporter named in the text of their own byline is the reporter of bylines.ts: known at their paper.
      const byline = v.article.bylines.find((b) => b.name === p.m.text);
      const paper = byline ? (byline.outlet ?? v.article.newspaper) : undefined;
      const by = held.get(p.m.text)?.[0]?.holder.name ?? paper ?? homeName;
      p.ref = { key: `person:${p.m.text}@${by}`, label: 'Person', name: p.m.text, props: { disambiguator: by, roles: [...(roles.get(p.m.text) ?? [])] } };
    }
  }
  for (const [name, posts] of held) {
    const person = views.flatMap((v) => v.pending).find((p) => p.ref.label === 'Person' && p.m.text === name)!;
    for (const { post, holder, m, article, sentences } of posts) {
      const ev = evidenceFor(article, sentences[m.sentence], [m, { start: post.start, end: post.end ?? m.end }], post.rule, 0.85);
      relations.push({ type: 'WORKS_FOR', start: person.ref.key, end: holder.key, evidence: ev, ...(post.role ? { role: post.role } : {}) });
      if (holder.label === 'Organization' && cues.founderTitles.some((t) => post.role.includes(t))) relations.push({ type: 'FOUNDED', start: person.ref.key, end: holder.key, evidence: { ...ev, rule: 'rel.founded.founder-title', confidence: 0.8 } });
    }
  }
}

/** The rule of a person tied across pages to the namesake who works for an organisation the article names. */
export const SAME_ORGANISATION = 'person.same-organisation';

/**
 * Across the archive: a person an article names with no organisation of their own (keyed by the home city) is
 * the namesake who, on another page, works for an organisation this article names — when exactly one such
 * namesake exists (董事长沈某 quoted in an article about 某公司, whose chairman 沈某 another page named). Namesakes
 * at organisations the article does not name stay apart, and so does everyone when two could be meant. The
 * mention records the rule that tied it.
 */
export function tiePeopleAcrossPages(views: readonly ArticleRefs[]): void {
  const known: PeopleAtOrganisations = new Map();
  notePeopleAtOrganisations(views, known);
  applyPeopleTies(views, known);
}

/** Person name → organisation name → the person keyed at it, as the build's articles name them together. */
export type PeopleAtOrganisations = Map<string, Map<string, EntityRef>>;

/** Adds the people `views` name beside the organisation they work for; articles are noted in build order. */
export function notePeopleAtOrganisations(views: readonly ArticleRefs[], atOrganisation: PeopleAtOrganisations): void {
  for (const v of views) {
    const organisations = new Set(v.pending.filter((p) => p.ref.label === 'Organization').map((p) => p.ref.name));
    for (const p of v.pending) {
      const by = p.ref.props.disambiguator;
      if (p.ref.label !== 'Person' || typeof by !== 'string' || !organisations.has(by)) continue;
      const known = atOrganisation.get(p.ref.name) ?? new Map<string, EntityRef>();
      known.set(by, p.ref);
      atOrganisation.set(p.ref.name, known);
    }
  }
}

/** Ties the people of `views` known only by their home city to the one namesake at an organisation the article names. */
export function applyPeopleTies(views: readonly ArticleRefs[], atOrganisation: PeopleAtOrganisations): void {
  const homeName = (v: ArticleRefs): string => v.home.city?.name ?? 'unknown';
  for (const v of views) {
    const named = new Set(v.pending.filter((p) => p.ref.label === 'Organization').map((p) => p.ref.name));
    for (const p of v.pending) {
      if (p.ref.label !== 'Person' || p.ref.props.disambiguator !== homeName(v)) continue;
      const candidates = [...(atOrganisation.get(p.ref.name) ?? new Map<string, EntityRef>()).entries()].filter(([org]) => named.has(org));
      if (candidates.length !== 1) continue;
      p.ref = candidates[0]![1];
      p.m = { ...p.m, rule: `${p.m.rule}+${SAME_ORGANISATION}` };
    }
  }
}
