// Mentions → entities. Each mention gets a stable key: places by gazetteer id (the paper's home city for
// 我市/本市/市区, the development zone or district in view for 全区), organisations by canonical name (市人社局
// → 平湖市人社局 on a Pinghu page), programmes by kind and canonical name, people by name and what keeps
// namesakes apart (their organisation, else the paper's home city).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/index.js';
import type { Mention } from '../extract/mention.js';
import type { EntityKind } from '../../schema/model.js';
import type { Entity, EntityLabel } from './types.js';

export interface Home {
  /** The county-level city or county the paper serves (平湖市). */
  city?: GazetteerPlace;
  /** Its prefecture city (嘉兴市) and province (浙江省). */
  prefecture?: GazetteerPlace;
  province?: GazetteerPlace;
}

export function homeOf(g: Gazetteer, homeCity: string | undefined): Home {
  if (!homeCity) return {};
  const city = g.findAdministrative(homeCity);
  if (!city) return {};
  const lineage = g.lineage(city.id);
  return { city, prefecture: lineage.find((p) => p.kind === 'City'), province: lineage.find((p) => p.kind === 'Province') };
}

export interface EntityRef {
  key: string;
  label: EntityLabel;
  kind?: EntityKind;
  name: string;
  props: Record<string, unknown>;
}

/** Places by gazetteer id, preferring the candidate nearest the paper's home. */
export function resolvePlace(m: Mention, g: Gazetteer, home: Home, localArea: GazetteerPlace | undefined): EntityRef {
  if (m.attrs.ref) {
    const target = m.attrs.ref === 'home-province' ? home.province : m.attrs.ref === 'local-area' ? (localArea ?? home.city) : home.city;
    if (target) return placeRef(g, target);
    return { key: `place:Region:${m.text}`, label: 'Place', kind: 'Region', name: m.text, props: {} };
  }
  const candidates = (m.attrs.placeIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => p !== undefined);
  if (candidates.length) return placeRef(g, nearestToHome(g, candidates, home));
  // 昆山高新区: the zone of its type in that county or city, wherever it is named and however.
  const areas = (m.attrs.zone?.areaIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => p !== undefined);
  if (m.attrs.zone && areas.length) {
    const area = nearestToHome(g, areas, home);
    return { key: `place:zone:${area.id}:${m.attrs.zone.type}`, label: 'Place', kind: 'DevelopmentZone', name: m.attrs.canonical ?? m.text, props: { parentKey: `place:${area.id}` } };
  }
  const kind = (m.kind ?? 'Region') as EntityKind;
  // A landmark or village the gazetteer lacks is scoped to the paper's city: 六里塘 there is one river.
  const local = kind === 'Landmark' || kind === 'Village' || kind === 'Community' || kind === 'Town';
  const scope = local && home.city ? `@${home.city.id}` : '';
  return { key: `place:${kind}:${m.text}${scope}`, label: 'Place', kind, name: m.text, props: local && home.city ? { parentKey: `place:${home.city.id}` } : {} };
}

export function placeRef(g: Gazetteer, p: GazetteerPlace): EntityRef {
  const props: Record<string, unknown> = {};
  if (p.code) props.code = p.code;
  if (p.parent && g.get(p.parent)) props.parentKey = `place:${p.parent}`;
  return { key: `place:${p.id}`, label: 'Place', kind: p.kind, name: p.name, props };
}

function nearestToHome(g: Gazetteer, candidates: GazetteerPlace[], home: Home): GazetteerPlace {
  const score = (p: GazetteerPlace): number => {
    let s = 0;
    if (home.city && g.within(p.id, home.city.id)) s += 4;
    else if (home.prefecture && g.within(p.id, home.prefecture.id)) s += 3;
    else if (home.province && g.within(p.id, home.province.id)) s += 2;
    // Bigger places are what a bare name usually means (吉林 the province before 吉林 the city).
    const rank: Record<string, number> = { Country: 0.9, Province: 0.8, City: 0.6, County: 0.4, DevelopmentZone: 0.5, District: 0.3 };
    return s + (rank[p.kind] ?? 0);
  };
  return [...candidates].sort((a, b) => score(b) - score(a))[0]!;
}

/** The village and town the text was last about: 村党委 and 镇政府 there are theirs. */
export interface NearPlaces {
  village?: string;
  town?: string;
}

/** 市人社局 → 平湖市人社局, 省装备…认定 → 浙江省装备…认定, 区经发办 → the zone's 经发办, 村党委 → 东方村党委. */
export function expandRelative(name: string, ref: Mention['attrs']['ref'], home: Home, localArea: GazetteerPlace | undefined, near: NearPlaces = {}): string {
  if (near.village && /^村(?:党委|党总支|党支部|委会|民委员会|股份经济合作社|经济合作社)/.test(name)) return near.village + name.slice(1);
  if (near.town && /^镇(?:党委|政府|人民政府|人大|纪委)/.test(name)) return near.town + name.slice(1);
  if (ref === 'home-city' && home.city && name.startsWith('市')) return home.city.name + name.slice(1);
  if (ref === 'home-province' && home.province && name.startsWith('省')) return home.province.name + name.slice(1);
  if (ref === 'local-area' && name.startsWith('区') && (localArea ?? home.city)) return (localArea ?? home.city)!.name + name.slice(1);
  return name;
}

export function resolveOrganization(m: Mention, home: Home, localArea: GazetteerPlace | undefined, near: NearPlaces = {}): EntityRef {
  const name = m.attrs.aliasOf ?? expandRelative(m.text, m.attrs.ref, home, localArea, near);
  const props: Record<string, unknown> = {};
  if (m.attrs.core) props.shortName = m.attrs.core;
  if (m.attrs.foreign) props.foreign = true;
  if (m.attrs.brand) props.brand = true;
  return { key: `org:${name}`, label: 'Organization', ...(m.kind ? { kind: m.kind } : {}), name, props };
}

export function resolveProgramme(m: Mention, home: Home, localArea: GazetteerPlace | undefined): EntityRef {
  const name = expandRelative(m.attrs.canonical ?? m.text, m.attrs.ref, home, localArea);
  const kind = (m.kind ?? 'Campaign') as EntityKind;
  const props: Record<string, unknown> = {};
  if (m.attrs.edition) props.edition = m.attrs.edition;
  return { key: `programme:${kind}:${name}`, label: 'Programme', kind, name, props };
}

/** A company's name reduced to what identifies it: place, brackets and legal form removed. */
export function companyBody(name: string, g: Gazetteer): { body: string; region?: string; form: string } {
  const form = /(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|总公司|分公司|公司|厂)$/.exec(name)?.[1] ?? '';
  let rest = name.slice(0, name.length - form.length);
  const region = /[（(]([^）)]+)[)）]/.exec(rest)?.[1];
  rest = rest.replace(/[（(][^）)]*[)）]/g, '');
  for (let n = Math.min(6, rest.length - 2); n >= 2; n--) {
    if (g.lookup(rest.slice(0, n)).length) {
      rest = rest.slice(n);
      break;
    }
  }
  return { body: rest, ...(region ? { region } : {}), form };
}

/** Every character of `short` appears in `long`, in order. */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Every character of `short` appears in `long` (as a multiset): 羽绒服专场网上交易会 in 网上交易会（…羽绒服专场）. */
export function isCharBagOf(short: string, long: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of long) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of short) {
    const n = counts.get(ch) ?? 0;
    if (n === 0) return false;
    counts.set(ch, n - 1);
  }
  return true;
}

/** The entity a reference names, made on first sight; later references fill in what it lacks. */
export function upsert(entities: Map<string, Entity>, ref: EntityRef): Entity {
  let e = entities.get(ref.key);
  if (!e) {
    e = { key: ref.key, label: ref.label, ...(ref.kind ? { kind: ref.kind } : {}), name: ref.name, aliases: new Set(), props: { ...ref.props }, mentions: [], articleIds: new Set() };
    entities.set(ref.key, e);
  } else {
    for (const [k, val] of Object.entries(ref.props)) if (e.props[k] === undefined) e.props[k] = val;
    if (!e.kind && ref.kind) e.kind = ref.kind;
  }
  return e;
}

/** The gazetteer place an organisation's or programme's name begins with, the one nearest the paper's home. */
export function placeInName(m: Mention, g: Gazetteer, home: Home): GazetteerPlace | undefined {
  const candidates = (m.attrs.place?.placeIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => !!p);
  return candidates.find((p) => home.city && g.within(p.id, home.city.id)) ?? candidates.find((p) => home.province && g.within(p.id, home.province.id)) ?? candidates[0];
}
