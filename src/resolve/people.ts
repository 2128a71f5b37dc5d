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
    const reader = new PostReader(v.article, v.pending, new SubjectsInView(v.article, v.sentences, v.pending), cues.posts, g, v.home);
    let previous: { p: Pending; posts: Post[] } | undefined;
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      const role = p.m.attrs.role;
      if (role) roles.set(p.m.text, new Set([...(roles.get(p.m.text) ?? []), role]));
      let posts = reader.postsOf(p);
      // 记者刘某、张某 / 来自某公司的朱某、黎某: names listed after one share its posts.
      if (posts.length === 0 && previous?.posts.length && /^(?:、|和|与)$/.test(v.article.text.slice(previous.p.m.end, p.m.start))) posts = previous.posts;
      previous = { p, posts };
      const list = held.get(p.m.text) ?? [];
      for (const post of posts) if (!list.some((h) => h.holder.key === post.holder.ref.key)) list.push({ post, holder: post.holder.ref, m: p.m, article: v.article, sentences: v.sentences });
      held.set(p.m.text, list);
    }
  }
  for (const v of views) {
    const homeName = v.home.city?.name ?? 'unknown';
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      const by = held.get(p.m.text)?.[0]?.holder.name ?? homeName;
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
