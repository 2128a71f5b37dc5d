// Step 1: each mention becomes an entity reference, in text order — places by gazetteer id, relative names
// made absolute (市人社局 on a Pinghu page is 平湖市人社局; 全区 is the zone named before it; 村党委 is the party
// committee of the village in view). People and figures get provisional references, keyed later (people.ts,
// outcomes.ts).
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/index.js';
import { resolveOrganization, resolvePlace, resolveProgramme, type EntityRef, type Home, type NearPlaces } from './entities.js';

/** A mention and the entity it refers to, while resolution decides. */
export interface Pending {
  m: Mention;
  ref: EntityRef;
}

/** One article as resolution works on it: its sentences, its mentions' references, and its paper's home. */
export interface ArticleRefs {
  article: Article;
  sentences: Sentence[];
  pending: Pending[];
  home: Home;
}

/** Entity references for an article's mentions, in text order (全区 needs the zone named before it). */
export function referencesOf(mentions: readonly Mention[], g: Gazetteer, home: Home): Pending[] {
  const out: Pending[] = [];
  let localArea: GazetteerPlace | undefined;
  const near: NearPlaces = {};
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let ref: EntityRef | undefined;
    switch (m.label) {
      case 'Place': {
        ref = resolvePlace(m, g, home, localArea);
        const id = ref.key.startsWith('place:') ? ref.key.slice(6) : '';
        const place = g.get(id);
        if (place && !m.attrs.ref && (place.kind === 'DevelopmentZone' || place.kind === 'District')) localArea = place;
        if (ref.kind === 'Village' && ref.name.endsWith('村')) near.village = ref.name;
        if (ref.kind === 'Town' && ref.name.endsWith('镇')) near.town = ref.name;
        break;
      }
      case 'Organization':
        ref = resolveOrganization(m, home, localArea, near);
        break;
      case 'Programme':
        ref = resolveProgramme(m, home, localArea);
        break;
      case 'Person':
        ref = { key: `person:${m.text}`, label: 'Person', name: m.text, props: {} }; // keyed in assignPeople
        break;
      case 'Outcome':
        ref = { key: `outcome:${m.id}`, label: 'Outcome', name: m.text, props: {} }; // keyed in outcomes()
        break;
      default:
        continue;
    }
    out.push({ m, ref });
  }
  return out;
}

