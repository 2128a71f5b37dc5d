// Step 3: people. A person's namesakes on a page are one person, kept apart from others by organisation or home
// city; a title before a name gives WORKS_FOR (and FOUNDED for a founder's title).
import type { Mention } from '../extract/mention.js';
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { EntityRef } from './entities.js';
import { evidenceFor } from './evidence.js';
import type { ArticleRefs, Pending } from './references.js';
import { loadRelationCues } from './relations.js';
import type { Relation } from './types.js';

/** One title and the 、 before another (副书记、), between a body and the title just before a name. */
const TITLE_BEFORE = /^(?:副|常务副)?(?:书记|主任|局长|部长|主席|董事长|总经理|理事长|会长|秘书长|院长|校长|委员|常委|党组书记|市长|县长|区长|镇长|村长|社长|总编辑|行长)、$/u;

/**
 * A title before a name (董事长兼总经理沈舟) is held at the organisation named right before the
 * title; 公司创始人 points at the company the text is about. Namesakes on a page are one person, keyed by
 * name and organisation (or the home city), so different people of one name elsewhere stay apart.
 */
export function assignPeople(views: ArticleRefs[], relations: Relation[]): void {
  const affiliation = new Map<string, { org: EntityRef; role: string; m: Mention; article: Article; sentences: Sentence[] }>();
  const roles = new Map<string, Set<string>>();
  const cues = loadRelationCues();
  for (const v of views) {
    let lastCompany: Pending | undefined;
    for (const p of v.pending) {
      if (p.ref.label === 'Organization' && p.ref.kind === 'Company') lastCompany = p;
      if (p.ref.label !== 'Person') continue;
      const role = p.m.attrs.role;
      if (role) roles.set(p.m.text, new Set([...(roles.get(p.m.text) ?? []), role]));
      const titleStart = p.m.attrs.titleStart;
      if (titleStart === undefined || !role) continue;
      const org = v.pending.find((o) => o.ref.label === 'Organization' && o.m.start < titleStart && o.m.end >= titleStart && o.m.end <= p.m.start);
      // 海宁市委副书记、市长吴建明: the body comes before the first of the titles, and the role held there is that one.
      const chained = org ? undefined : v.pending.find((o) => o.ref.label === 'Organization' && o.m.end < titleStart && TITLE_BEFORE.test(v.article.text.slice(o.m.end, titleStart)));
      const generic = !org && !chained && /(?:公司|企业)$/.test(v.article.text.slice(Math.max(0, titleStart - 2), titleStart)) ? lastCompany : undefined;
      const holder = org ?? chained ?? generic;
      const heldRole = chained ? v.article.text.slice(chained.m.end, titleStart - 1) : role;
      if (holder && !affiliation.has(p.m.text)) affiliation.set(p.m.text, { org: holder.ref, role: heldRole, m: p.m, article: v.article, sentences: v.sentences });
    }
  }
  for (const v of views) {
    const homeName = v.home.city?.name ?? 'unknown';
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      const aff = affiliation.get(p.m.text);
      const by = aff ? aff.org.name : homeName;
      p.ref = { key: `person:${p.m.text}@${by}`, label: 'Person', name: p.m.text, props: { disambiguator: by, roles: [...(roles.get(p.m.text) ?? [])] } };
    }
  }
  for (const [name, aff] of affiliation) {
    const person = views.flatMap((v) => v.pending).find((p) => p.ref.label === 'Person' && p.m.text === name)!;
    const sentence = aff.sentences[aff.m.sentence];
    const ev = evidenceFor(aff.article, sentence, [aff.m, { start: aff.m.attrs.titleStart ?? aff.m.start, end: aff.m.end }], aff.m.attrs.titleStart !== undefined ? 'rel.works-for.title' : 'rel.works-for', 0.85);
    relations.push({ type: 'WORKS_FOR', start: person.ref.key, end: aff.org.key, evidence: ev, role: aff.role });
    if (cues.founderTitles.some((t) => aff.role.includes(t))) relations.push({ type: 'FOUNDED', start: person.ref.key, end: aff.org.key, evidence: { ...ev, rule: 'rel.founded.founder-title', confidence: 0.8 } });
  }
}

