// Step 7: bylines — the people of an article's byline wrote it.
import type { Article } from '../document/types.js';
import { upsert, type Home } from './entities.js';
import { entityChanged } from './entity-state.js';
import type { Entity, Relation } from './types.js';

/**
 * A reporter is known by name at their paper (or the paper's city when the paper is not named); they wrote the
 * article in the role printed before their name. A reporter of another outlet (新华网记者) works for that
 * outlet, not for the article's paper; a contributor printed with a unit of their own (通讯员 县公安局 某某) works for
 * neither (the unit is kept on the article's byline as printed).
 */
export function bylines(article: Article, home: Home, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  for (const b of article.bylines) {
    const paper = b.outlet ?? article.newspaper;
    if (paper) upsert(entities, { key: `org:${paper}`, label: 'Organization', kind: 'Media', name: paper, props: {} });
    const by = paper ?? home.city?.name ?? 'unknown';
    const e = upsert(entities, { key: `person:${b.name}@${by}`, label: 'Person', name: b.name, props: { disambiguator: by, roles: [] } });
    e.articleIds.add(article.id);
    const roles = new Set(e.props.roles as string[]);
    roles.add(b.role);
    e.props.roles = [...roles];
    entityChanged(e, 'roles');
    e.aliases.add(b.name);
    const ev = { articleId: article.id, source: article.source, sourceStart: b.start, sourceEnd: b.end, rule: b.rule, confidence: 0.95 };
    out.push({ type: 'WROTE', start: e.key, end: `article:${article.id}`, evidence: ev, role: b.role, byline: { sourceStart: b.start, sourceEnd: b.end } });
    // A contributor printed with a unit of their own (通讯员 县公安局 某某) works there, not at the paper.
    if (paper && !b.unit) out.push({ type: 'WORKS_FOR', start: e.key, end: `org:${paper}`, evidence: { ...ev, rule: `${b.rule}.paper` }, role: b.role });
  }
  return out;
}

