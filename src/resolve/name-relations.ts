// Step 4b: relations read from names (step 4a, relations.ts, reads them from sentences).
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/index.js';
import { placeRef, upsert, type Home } from './entities.js';
import { evidenceFor } from './evidence.js';
import type { ResolvedMention } from './relations.js';
import type { Entity, Relation } from './types.js';

/**
 * What names say. 平湖市极地户外服饰有限公司 is in 平湖市; 盈智…（嘉兴）有限公司 is registered in
 * 嘉兴; 马厩村党委 sits in 马厩村; 市人社局 on a Pinghu page is Pinghu's.
 */
export function nameRelations(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>, g: Gazetteer, home: Home): Relation[] {
  const out: Relation[] = [];
  for (const { m, e } of ms) {
    if (e.label !== 'Organization' && e.label !== 'Programme') continue;
    const sentence = sentences[m.sentence];
    const linkTo = (place: GazetteerPlace | undefined, rule: string, confidence: number): void => {
      if (!place) return;
      const ref = placeRef(g, place);
      upsert(entities, ref);
      const type = e.label === 'Programme' ? 'PILOTED_IN' : 'LOCATED_IN';
      if (type === 'PILOTED_IN') return; // a programme's name says where it is from, not where it was trialled
      out.push({ type, start: e.key, end: ref.key, evidence: evidenceFor(article, sentence, [m], rule, confidence) });
    };
    const placeIds = m.attrs.place?.placeIds ?? [];
    if (placeIds.length) {
      const candidates = placeIds.map((id) => g.get(id)).filter((p): p is GazetteerPlace => !!p);
      const best = candidates.find((p) => home.city && g.within(p.id, home.city.id)) ?? candidates.find((p) => home.province && g.within(p.id, home.province.id)) ?? candidates[0];
      if (best?.kind !== 'Country' || e.props.foreign) linkTo(best, 'rel.located-in.name-place', 0.8);
    } else if (m.attrs.ref === 'home-city') linkTo(home.city, 'rel.located-in.relative-name', 0.8);
    else if (m.attrs.ref === 'home-province') linkTo(home.province, 'rel.located-in.relative-name', 0.75);
    else if (e.label === 'Organization' && /^[村镇]/.test(m.text) && e.name !== m.text) {
      // 村党委 read as 东方村党委: it sits in the village the text named.
      const scope = e.name.slice(0, e.name.length - m.text.length + 1);
      const place = ms.find((r) => r.e.label === 'Place' && r.e.name === scope);
      if (place) out.push({ type: 'LOCATED_IN', start: e.key, end: place.e.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.relative-name', 0.75) });
    }
    if (m.attrs.region) {
      const region = g.findAdministrative(m.attrs.region);
      if (region) linkTo(region, 'rel.located-in.name-region', 0.7);
    }
    if (m.attrs.country) {
      const country = g.get(`country:${m.attrs.country}`);
      if (country) linkTo(country, 'rel.located-in.country-of-origin', 0.75);
    }
  }
  return out;
}

