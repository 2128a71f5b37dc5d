// Step 1: each mention becomes an entity reference, in text order — places by gazetteer id, relative names
// made absolute (市人社局 on a Pinghu page is 平湖市人社局; 全区 is the zone named before it; 村党委 is the party
// committee of the village in view). People and figures get provisional references, keyed later (people.ts,
// outcomes.ts).
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import { loadExtractLexicon } from '../extract/lexicon.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { loadRelationCues } from './relations.js';
import { placeChainInName, placeOpeningName, placeRef, resolveOrganization, resolvePlace, resolveProgramme, type EntityRef, type Home } from './entities.js';
import { isZoneEnding, PlacesInView, zoneOf } from './place-in-view.js';

/** A mention and the entity it refers to, while resolution decides. */
export interface Pending {
  m: Mention;
  ref: EntityRef;
  /** The place a relative name was made absolute with (村委会 → the village in view): where the body is. */
  place?: EntityRef;
  /** The place was read from the name itself (梅溪村 in 梅溪村党总支), not made absolute with the place in view. */
  placeInName?: boolean;
}

/** One article as resolution works on it: its sentences, its mentions' references, and its paper's home. */
export interface ArticleRefs {
  article: Article;
  sentences: Sentence[];
  pending: Pending[];
  home: Home;
  /** The places the article names, by level, as its text goes. */
  places: PlacesInView;
}

/**
 * Entity references for an article's mentions, in text order: 全区, 县农业农村局 and 村委会 need the place of
 * their level named before them (place-in-view.ts).
 */
export function referencesOf(mentions: readonly Mention[], g: Gazetteer, home: Home, text = ''): { pending: Pending[]; places: PlacesInView } {
  const out: Pending[] = [];
  const inView = new PlacesInView(g, text);
  inView.noteArticle(mentions);
  const scoped = new Map<string, EntityRef>();
  const cues = loadRelationCues().inView;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let ref: EntityRef | undefined;
    let place: EntityRef | undefined;
    let placeInName = false;
    /** A place the gazetteer lacks keeps the scope of its first mention in the article: one village, one node. */
    // (凤阳县小岗村 … 如今，小岗村…: read again with no scope, it is the one read first with its county's.)
    const scopedOnce = (r: EntityRef): EntityRef => {
      const scope = r.key.indexOf('@');
      if (scope === -1) return scoped.get(r.key) ?? r;
      const base = r.key.slice(0, scope);
      const first = scoped.get(base) ?? r;
      scoped.set(base, first);
      return first;
    };
    switch (m.label) {
      case 'Place': {
        const previous = out[out.length - 1];
        // 某市某镇某村 printed as a chain; 某市郊区某村: a city's outskirts (郊区, 城区, 市区) between still chain it.
        const chained = previous?.ref.label === 'Place' && (previous.m.end === m.start || OUTSKIRTS.has(text.slice(previous.m.end, m.start)));
        // 该镇司空村: 该镇 (or 该乡, 该街道) right before a village stands for the town in view, as if printed
        // (place.village-under-printed-town in resolvePlace).
        const standsFor = chained ? undefined : /该(镇|乡|街道)$/u.exec(text.slice(Math.max(0, m.start - 3), m.start));
        const townInView = standsFor && (m.kind === 'Village' || m.kind === 'Community') ? (standsFor[1] === '街道' ? inView.at('subdistrict', m.start) : (inView.at('town', m.start) ?? inView.at('township', m.start))) : undefined;
        ref = resolvePlace(m, g, home, inView, chained ? previous.ref : townInView);
        if (ref) ref = scopedOnce(ref);
        // (增速高于某市0.8个百分点: a place a figure is compared with is not in view — inview.compared-base.)
        if (ref && !m.attrs.ref && !isComparedBase(text, m.start)) inView.note(m, ref);
        break;
      }
      case 'Organization': {
        const previous = out[out.length - 1];
        const adjacent = previous && previous.m.end === m.start && (previous.ref.label === 'Place' || previous.ref.label === 'Organization') ? previous : undefined;
        // 泰安高新区党工委 printed as 泰安 + 高新区党工委: the body of that city's zone.
        const zone = adjacent?.ref.label === 'Place' && m.attrs.place?.start === m.start && isZoneEnding(m.attrs.place.text) ? zoneOf(g, adjacent.ref, m.attrs.place.text) : undefined;
        if (zone) inView.note(adjacent!.m, zone);
        ({ ref, place } = resolveOrganization(m, g, home, inView));
        // 宜昌高新区党工委, 梅溪村党总支: a place the gazetteer lacks opening the name is a place of the article (in
        // view from here on, as if named alone), and the body sits in it.
        const opening = place ? undefined : placeOpeningName(m, g, home, inView, adjacent?.ref.label === 'Place' ? adjacent.ref : undefined);
        if (opening) {
          place = scopedOnce(opening);
          placeInName = true;
          const p = m.attrs.place!;
          inView.note({ ...m, label: 'Place', start: p.start, end: p.end, text: p.text, attrs: {} }, place);
        }
        // 仙华工业园区管委会, 某县某某经济开发区党工委: a zone the recognizer read only inside its organ's name is a place of
        // the article too — the organ sits in it, and 园区 and 管委会 after it are that zone's.
        const organZone = place || opening ? undefined : zoneInOrganName(m, g, home, inView, cues.zoneOrgans);
        if (organZone) {
          place = scopedOnce(organZone.ref);
          placeInName = true;
          inView.note(organZone.m, place);
        }
        // 浙江省丽水市人民政府, 某县公安局: a government or party body named after a place the gazetteer knows puts
        // that place in view (全市, 市农业农村局 after it are that city's), as if named alone — not a firm named after
        // its home city (深圳市某科技有限公司 in an article about another city).
        if (!place && !opening && m.attrs.place?.start === m.start && (m.kind === 'GovernmentAgency' || m.kind === 'PartyOrganization')) {
          const chain = placeChainInName(m, g, home, inView.namedIds());
          if (chain) inView.note({ ...m, label: 'Place', end: m.start + m.text.length - chain.rest.length, text: m.text.slice(0, m.text.length - chain.rest.length), attrs: {} }, placeRef(g, chain.place));
        }
        // 宜昌高新区党工委 printed as 宜昌高新区 + 党工委, 某某中心 + 党委: a bare body is the one of the name printed
        // right before it; 管委会 on its own is the zone in view's.
        // 园区管委会, 开发区党工委: a zone's organ after the word for a zone is the zone in view's, as 管委会 alone is.
        const zoneWord = !m.attrs.place && !m.attrs.ref && !m.attrs.aliasOf ? ZONE_WORDS.find((w) => m.text.startsWith(w) && cues.zoneOrgans.includes(m.text.slice(w.length))) : undefined;
        const zoneInView = zoneWord ? inView.at('zone', m.start) : undefined;
        if (zoneInView && zoneWord) {
          const name = zoneInView.name + m.text.slice(zoneWord.length);
          ref = { ...ref, key: `org:${name}`, name };
          place = zoneInView;
        } else if (isBareBody(m)) {
          const owner = adjacent?.ref ?? (cues.zoneOrgans.includes(m.text) ? inView.at('zone', m.start) : undefined);
          if (owner) {
            const name = owner.name + m.text;
            ref = { ...ref, key: `org:${name}`, name };
            if (owner.label === 'Place') place = owner;
          }
        }
        break;
      }
      case 'Programme':
        ref = resolveProgramme(m, g, home, inView);
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
    if (ref) out.push(place ? { m, ref, place, ...(placeInName ? { placeInName } : {}) } : { m, ref });
  }
  // (A headline's 小岗村, read before the text's 凤阳县小岗村: the one read with its scope, wherever it comes.)
  for (const p of out) {
    if (p.ref.label !== 'Place' || !LOCAL_PLACE_KINDS.has(p.ref.kind ?? '') || p.ref.key.includes('@')) continue;
    const withScope = scoped.get(p.ref.key);
    if (withScope) p.ref = withScope;
  }
  return { pending: out, places: inView };
}

/** A city's outskirts and centre, printed between the city and a village of it (铜陵市郊区某村). */
const OUTSKIRTS: ReadonlySet<string> = new Set(['郊区', '城区', '市区']);
/** Places the gazetteer lacks that one article names once with a scope and once without (a village, a town). */
const LOCAL_PLACE_KINDS = new Set(['Village', 'Community', 'Town']);

/** Words for a zone of any name, before its organ (园区管委会). */
const ZONE_WORDS: readonly string[] = ['园区', '开发区', '高新区', '经开区', '产业园', '工业园', '科技城'];

/** A government or party body named alone, with no place or level word (党委, 党工委, 管委会). */
function isBareBody(m: Mention): boolean {
  return !m.attrs.place && !m.attrs.ref && !m.attrs.aliasOf && loadExtractLexicon().govBodies.has(m.text);
}

/**
 * The zone named inside a zone organ's name (仙华工业园区 in 仙华工业园区管委会, after the places the name opens with
 * in 某县仙华工业园区管委会): a name of its own of two characters or more and a zone's ending, not a place the gazetteer
 * knows, nor a zone named by its county (泰安高新区: the recognizer's) nor a word for zones alone (园区管委会).
 */
function zoneInOrganName(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView, organs: readonly string[]): { m: Mention; ref: EntityRef } | undefined {
  const organ = organs.filter((o) => m.text.endsWith(o)).sort((a, b) => b.length - a.length)[0];
  if (!organ || m.attrs.ref || m.attrs.aliasOf) return undefined;
  const chain = placeChainInName(m, g, home);
  const lead = chain ? m.text.length - chain.rest.length : 0;
  const own = m.text.slice(lead, m.text.length - organ.length);
  const ending = [...loadExtractLexicon().zoneSuffixBySuffix.keys()].filter((z) => own.endsWith(z)).sort((a, b) => b.length - a.length)[0];
  // (A zone named after a county or city, 泰安高新区, is the recognizer's; one named after a town, 某街道's 某某工业园区, is not.)
  const areaNamed = (name: string): boolean => g.lookup(name).some((e) => ['Province', 'City', 'County', 'District'].includes(g.get(e.placeId)?.kind ?? ''));
  if (!ending || own.length < ending.length + 2 || g.lookup(own).length || areaNamed(own.slice(0, -ending.length))) return undefined;
  const zm: Mention = { ...m, label: 'Place', kind: 'DevelopmentZone', start: m.start + lead, end: m.start + lead + own.length, text: own, attrs: {} };
  const ref = resolvePlace(zm, g, home, inView);
  if (!ref) return undefined;
  // (某县仙华工业园区: the place printed before it in the name holds it.)
  return { m: zm, ref: chain ? { ...ref, props: { ...ref.props, parentKey: placeRef(g, chain.place).key } } : ref };
}

let comparedBaseRe: RegExp | undefined;
/**
 * A place named as what a figure is compared with (增速高于某市0.8个百分点, 比全省高, ，较全国快): a comparison's word
 * right before it, opening its clause or after 增速, 均, 分别 (relation-cues.json inView.comparedBase,
 * `inview.compared-base`). Not in view, and not the figure's subject.
 */
export function isComparedBase(text: string, start: number): boolean {
  if (!comparedBaseRe) {
    const { before, leads } = loadRelationCues().inView.comparedBase;
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    comparedBaseRe = new RegExp(`(?:^|${leads.map(esc).join('|')})(?:${before.map(esc).join('|')})$`, 'u');
  }
  return comparedBaseRe.test(text.slice(Math.max(0, start - 6), start));
}

