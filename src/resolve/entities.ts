// Mentions → entities. Each mention gets a stable key: places by gazetteer id (the paper's home city for
// 我市/本市/市区, the development zone or district in view for 全区), organisations by canonical name (市人社局
// → 平湖市人社局 on a Pinghu page), programmes by kind and canonical name, people by name and what keeps
// namesakes apart (their organisation, else the paper's home city).
import type { Gazetteer, GazetteerPlace, NameEntry } from '../gazetteer/index.js';
import { displayName } from '../gazetteer/index.js';
import type { Mention } from '../extract/mention.js';
import type { EntityKind } from '../../schema/model.js';
import { isZoneEnding, levelWord, PREFECTURE_NAME, zoneEndings, zoneInGazetteer, zoneOf, type PlacesInView } from './place-in-view.js';
import { placeLevel } from './place-levels.js';
import type { Entity, EntityLabel } from './types.js';
import { entityChanged, KIND } from './entity-state.js';

export interface Home {
  /** The county-level city or county the paper serves (平湖市). */
  city?: GazetteerPlace;
  /** Its prefecture city (嘉兴市) and province (浙江省). */
  prefecture?: GazetteerPlace;
  province?: GazetteerPlace;
}

/** A county's name (安吉县, 某某旗), not a county-level city's (平湖市). */
const COUNTY_NAME = /[县旗]$/u;

/**
 * The city of a body named with 市 (市公安局): the county-level city the paper serves (平湖市), or — for a county's
 * paper (安吉县, where 县公安局 is the county's) — the prefecture city the county belongs to (湖州市). (我市 and 全市
 * stay the home city, as the home city is defined.)
 */
export function homeCityLevel(home: Home): GazetteerPlace | undefined {
  return home.city && COUNTY_NAME.test(home.city.name) ? (home.prefecture ?? home.city) : home.city;
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

/** Kinds of place whose short form a town within them may share (五常市, 五常镇). */
const SHORT_FORM_OVER_TOWN = new Set(['City', 'County', 'District']);

/**
 * Places by gazetteer id: of the places a name may be, the one nearest what the article names, then the paper's
 * home (likeliest); a township none of whose namesakes is nearer than another is kept as printed. A place the gazetteer lacks (a village,
 * a landmark) is scoped to the place it hangs from — the one printed right before it, else the one a level up in view
 * (place-in-view.ts), else the paper's city — so that two villages of one name in two towns stay apart.
 */
export function resolvePlace(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView, printedBefore?: EntityRef): EntityRef | undefined {
  if (m.attrs.ref) return resolveArea(m, g, home, inView);
  const candidates = (m.attrs.placeIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => p !== undefined);
  // 涪陵区龙潭镇: of the places a name may be, the one within the place printed right before it.
  const printedId = printedBefore?.key.startsWith('place:') && g.get(printedBefore.key.slice(6)) ? printedBefore.key.slice(6) : undefined;
  const within = printedId ? candidates.filter((p) => p.id !== printedId && g.within(p.id, printedId)) : [];
  // 双河镇 after 某县双河镇 (a town the gazetteer lists only elsewhere): the one the article named.
  const again = !within.length && candidates.length && LOCAL_LEVELS.has(candidates[0]!.kind) ? inView.namedBefore(m.attrs.canonical ?? m.text, m.start) : undefined;
  if (again && !candidates.some((p) => `place:${p.id}` === again.key)) return again;
  // 竹山乡 printed where the paper's county (or the county the article names) has 竹山镇 and the gazetteer's 竹山乡 is
  // far away: the same township, renamed with its level (撤乡设镇, 撤镇设街道, 撤村建居).
  const renamed = within.length ? undefined : renamedLevel(g, m.attrs.canonical ?? m.text, candidates, home, inView.namedIds(), printedId);
  // (A village printed where the gazetteer has a community of its name, or the other way, keeps the name and level as
  // printed — the paper's, and what a reader searches for —, tied to the gazetteer's place by its key and code:
  // place.renamed-level.printed-name. A town renamed with its level goes by the gazetteer's name, the printed one an
  // alias; its bare bodies follow the print: place.in-view.printed-level.)
  if (renamed) {
    const printed = m.attrs.canonical ?? m.text;
    const ref = placeRef(g, renamed);
    const kind = PRINTED_LEVEL_KIND.find(([ending]) => printed.endsWith(ending))?.[1];
    return kind ? { ...ref, name: printed, kind } : ref;
  }
  // 天堂镇司空村, 该镇司空村: a village printed right after a town (or 该镇 standing for one) none of whose villages the
  // gazetteer names so is a village of that town the gazetteer lacks (merged or renamed since), not a namesake in
  // another town of the county (place.village-under-printed-town): it is scoped to the town, below.
  const printedTown = printedId ? g.get(printedId) : undefined;
  const underPrintedTown = !within.length && !renamed && candidates.length > 0 && (printedTown?.kind === 'Town' || printedTown?.kind === 'Subdistrict') && candidates.every((p) => (p.kind === 'Village' || p.kind === 'Community') && !g.within(p.id, printedTown.id));
  if (candidates.length && !underPrintedTown) {
    // 五常将… on a page of 五常市 and its town 五常镇: a short form both a county or city and a town within it bear is
    // the county or city's — towns are rarely called without their ending (place.short.area-over-its-town).
    const areaOverTown = !within.length ? candidates.filter((c) => SHORT_FORM_OVER_TOWN.has(c.kind) && candidates.some((t) => (t.kind === 'Town' || t.kind === 'Subdistrict') && g.within(t.id, c.id))) : [];
    const pool = within.length ? within : areaOverTown.length === 1 ? areaOverTown : candidates;
    const chosen = pool.length === 1 ? pool[0] : likeliest(g, pool, home, inView.namedIds());
    if (chosen) return placeRef(g, chosen);
  }
  // 昆山高新区: the zone of its type in that county or city, wherever it is named and however.
  const areas = (m.attrs.zone?.areaIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => p !== undefined);
  if (m.attrs.zone && areas.length) {
    const area = nearestToHome(g, areas, home);
    const listed = zoneInGazetteer(g, area.id, area.name, m.attrs.zone.type);
    if (listed) return listed;
    return { key: `place:zone:${area.id}:${m.attrs.zone.type}`, label: 'Place', kind: 'DevelopmentZone', name: m.attrs.canonical ?? m.text, props: { parentKey: `place:${area.id}` } };
  }
  const kind = (m.kind ?? 'Region') as EntityKind;
  // (甲、乙两村: a name printed without its ending is named with it.)
  const name = m.attrs.canonical ?? m.text;
  // 澜沧|县 (jieba's two words, read by the county's ending): the gazetteer's county of that name or alias
  // (澜沧县 for 澜沧拉祜族自治县), as if it had been read from the gazetteer.
  if (AREA_KINDS.has(kind)) {
    const named = g.lookup(name).filter((e) => e.form === 'full' || e.form === 'alias').map((e) => g.get(e.placeId)!).filter((p) => p && p.kind === kind);
    const chosen = named.length === 1 ? named[0] : named.length > 1 ? likeliest(g, named, home, inView.namedIds()) : undefined;
    if (chosen) return placeRef(g, chosen);
  }
  // 某市义和庄镇 … 在义和庄镇北章村: a town or village the article named before (read then from the gazetteer) is
  // that one, however it is read again.
  const before = LOCAL_LEVELS.has(kind) ? inView.namedBefore(name, m.start) : undefined;
  if (before && before.kind === kind && before.key.startsWith('place:') && g.get(before.key.slice(6))) return before;
  const ref: EntityRef = { key: `place:${kind}:${name}`, label: 'Place', kind, name, props: {} };
  if (!(kind === 'Landmark' || kind === 'Village' || kind === 'Community' || kind === 'Town')) return ref;
  const printed = printedBefore && (placeLevel(printedBefore.kind, printedBefore.name) ?? 9) < (placeLevel(kind, name) ?? 0) ? printedBefore : undefined;
  // 下渚湖景区 on a page naming 下渚湖街道 and, later, a village of it: a site named after a town the article names
  // lies in that town, not in the village in view.
  const namedAfter = printed || kind !== 'Landmark' ? undefined : namedAfterPlaceInView(g, name, inView.namedIds());
  const inViewParent = printed ? undefined : namedAfter ?? inView.parentAt(ref, m.start, m.sentence);
  // 中国美术馆, 北京动物园: a site named after a country, a province or a city lies there, not in the village or town
  // in view unless that lies within it.
  const parent = printed ?? (inViewParent && kind === 'Landmark' && namedAfterElsewhere(g, m.text, inViewParent) ? undefined : inViewParent);
  // 六里塘 on a Pinghu page is one river; a village under the town named before it is that town's. With neither
  // printed nor in view, the paper's city keeps the name apart, but says nothing about where the place is.
  // 景宁畲族自治县大均乡 read by its ending in a chain, 大均乡 again elsewhere from the gazetteer: a town or village under
  // a parent the gazetteer knows, of a name and kind the gazetteer holds there, is the gazetteer's one place
  // (place.known-under-parent), not a second node.
  const parentId = parent?.key.startsWith('place:') ? parent.key.slice('place:'.length) : undefined;
  if (parentId && g.get(parentId)) {
    const known = g.lookup(name).filter((e) => e.form === 'full').map((e) => g.get(e.placeId)).filter((p): p is GazetteerPlace => p !== undefined && p.kind === kind && p.id !== parentId && g.within(p.id, parentId));
    if (known.length === 1) return placeRef(g, known[0]!);
  }
  const scope = parent ?? (home.city ? placeRef(g, home.city) : undefined);
  if (!scope) return ref;
  return { ...ref, key: `${ref.key}@${scope.key.slice('place:'.length)}`, props: parent ? { parentKey: parent.key } : {} };
}

/**
 * A place the gazetteer lacks that opens an organisation's name, as the recognizer marks it (attrs.place with a kind
 * and no ids): a zone named by its city or county (宜昌高新区 in 宜昌高新区党工委) is that area's zone, keyed as a zone
 * named on its own is; a village, community or town named by its ending (梅溪村 in 梅溪村党总支) hangs from the place
 * printed before the name, else the one a level up in view, as it would named alone.
 */
export function placeOpeningName(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView, printedBefore?: EntityRef): EntityRef | undefined {
  const place = m.attrs.place;
  if (!place?.kind || place.placeIds.length || place.start !== m.start) return undefined;
  if (place.kind === 'DevelopmentZone') {
    const ending = [...zoneEndings()].filter((z) => place.text.endsWith(z) && place.text.length > z.length).sort((a, b) => b.length - a.length)[0];
    if (!ending) return undefined;
    const areas = g
      .lookup(place.text.slice(0, -ending.length))
      .filter((e) => e.form !== 'abbr')
      .map((e) => g.get(e.placeId))
      .filter((p): p is GazetteerPlace => p !== undefined && (p.kind === 'City' || p.kind === 'County' || p.kind === 'District'));
    return areas.length ? zoneOf(g, placeRef(g, nearestToHome(g, areas, home)), ending) : undefined;
  }
  const named: Mention = { ...m, label: 'Place', kind: place.kind, start: place.start, end: place.end, text: place.text, attrs: {} };
  return resolvePlace(named, g, home, inView, printedBefore);
}

/**
 * A site the text names by its own name and an ending (某某产业园, 某某工业园区: the recognizer reads industrial parks
 * as places), not a place of the gazetteer's nor a zone named by its county: like an organisation, it may be named
 * after the place it is in, sit somewhere, be set up and report figures.
 */
export function isNamedSite(m: Mention): boolean {
  return m.label === 'Place' && m.kind === 'DevelopmentZone' && !m.attrs.placeIds?.length && !m.attrs.zone && !m.attrs.ref && !m.attrs.canonical;
}

/**
 * 全市, 全区, 全省 (and 该市, 市区…): the place of that level in view, else the paper's own; 我市, 本市, 我省: the
 * paper's own, else the place in view. Neither known: the word names nothing (no guess).
 */
function resolveArea(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView): EntityRef | undefined {
  // 全县, 我县: a county's word (the paper's own county, or the county in view); 全区, 我区: a district's.
  // 全州, 州里, 全盟, 全地区: an autonomous prefecture's, a league's or a prefecture's word.
  const level = m.attrs.ref === 'home-province' ? 'province' : m.attrs.ref === 'local-area' ? (/[县旗]$/u.test(m.text) ? 'county' : 'district') : /[州盟]|地区/u.test(m.text) ? 'prefecture' : 'city';
  // (On a county's paper, 全市 is the city the county belongs to, not the county: homeCityLevel; 我市, 本市 stay the
  // paper's own place.)
  const own = /^[我本]/.test(m.text);
  const paper = m.attrs.ref === 'home-province' ? home.province : level === 'prefecture' ? homePrefecture(home) : level === 'city' && !own ? homeCityLevel(home) : home.city;
  return inView.referent(level, m.start, paper ? placeRef(g, paper) : undefined, own);
}

/** The paper's autonomous prefecture, league or prefecture, if its home is one or lies in one. */
function homePrefecture(home: Home): GazetteerPlace | undefined {
  return [home.city, home.prefecture].find((p) => p?.kind === 'City' && PREFECTURE_NAME.test(p.name));
}

/**
 * The town or subdistrict of the article (`named`) whose name or stem a site's name opens with, perhaps after its
 * county's (德清县|下渚湖…公园 → 下渚湖街道); else the county or district it opens with.
 */
function namedAfterPlaceInView(g: Gazetteer, name: string, named: readonly string[]): EntityRef | undefined {
  const places = named.map((id) => g.get(id)).filter((p): p is GazetteerPlace => p !== undefined);
  const opening = (p: GazetteerPlace, text: string): number => {
    const stem = p.name.replace(/(?:街道|镇|乡|县|区)$/u, '');
    const n = text.startsWith(p.name) ? p.name.length : stem.length >= 2 && text.startsWith(stem) ? stem.length : 0;
    return n < text.length ? n : 0;
  };
  const county = places.find((p) => (p.kind === 'County' || p.kind === 'District') && opening(p, name) > 0);
  const rest = county ? name.slice(opening(county, name)) : name;
  const town = places.find((p) => (p.kind === 'Town' || p.kind === 'Subdistrict') && (opening(p, rest) > 0 || opening(p, name) > 0));
  const p = town ?? county;
  return p ? placeRef(g, p) : undefined;
}

/** A site's name opens with a country, province or city (full or short name) that does not hold `parent`. */
function namedAfterElsewhere(g: Gazetteer, name: string, parent: EntityRef): boolean {
  const parentId = parent.key.startsWith('place:') && g.get(parent.key.slice(6)) ? parent.key.slice(6) : (parent.props.parentKey as string | undefined)?.slice(6);
  for (let n = Math.min(name.length - 2, 6); n >= 2; n--) {
    const wide = g.lookup(name.slice(0, n)).filter((e) => e.form !== 'abbr' && WIDE_KINDS.has(g.get(e.placeId)?.kind ?? ''));
    if (wide.length) return !parentId || !wide.some((e) => e.placeId === parentId || g.within(parentId, e.placeId));
  }
  return false;
}

const WIDE_KINDS = new Set(['Country', 'Province', 'City']);

export function placeRef(g: Gazetteer, p: GazetteerPlace): EntityRef {
  const props: Record<string, unknown> = {};
  if (p.code) props.code = p.code;
  if (p.parent && g.get(p.parent)) props.parentKey = `place:${p.parent}`;
  return { key: `place:${p.id}`, label: 'Place', kind: p.kind, name: displayName(g, p), props };
}

/**
 * Of the places a name may be (保和乡: a township in three counties), the one the article means: the one the article
 * names itself or lies nearest to a place it names (in the county it names, else its city, else its province:
 * 北湖区…保和乡 is 北湖区's), then the one nearest the paper's home. A township, village or community whose namesakes
 * are all equally far from what the article names and from the home is none of them (undefined): the name is kept
 * as printed rather than tied to a county far away.
 */
export function likeliest(g: Gazetteer, candidates: readonly GazetteerPlace[], home: Home, named: readonly string[] = []): GazetteerPlace | undefined {
  if (candidates.length === 1) return candidates[0];
  const near = candidates.map((p) => nearness(g, p, named));
  const best = Math.max(...near);
  const nearest = candidates.filter((_, i) => near[i] === best);
  const chosen = nearestToHome(g, nearest, home);
  if (nearest.length === 1 || !LOCAL_LEVELS.has(chosen.kind)) return chosen;
  const score = homeScore(g, chosen, home);
  return nearest.filter((p) => homeScore(g, p, home) === score).length > 1 ? undefined : chosen;
}

/** The kind a level's ending prints (a place renamed with its level keeps the printed one: place.renamed-level.printed-name). */
const PRINTED_LEVEL_KIND: ReadonlyArray<readonly [string, EntityKind]> = [['社区', 'Community'], ['村', 'Village']];

/** The endings of townships, towns, subdistricts, villages and communities, which a place changes when its level does. */
const LEVEL_ENDING = /(?:乡|镇|街道|村|社区)$/u;
const LEVEL_VARIANTS: Readonly<Record<string, readonly string[]>> = { 乡: ['镇', '街道'], 镇: ['乡', '街道'], 街道: ['镇', '乡'], 村: ['社区'], 社区: ['村'] };

/**
 * 竹山乡 printed where the paper's county (or a county the article names) has 竹山镇 and the gazetteer's 竹山乡 (its
 * `candidates`) lie elsewhere: the same township, renamed with its level (撤乡设镇, 撤镇设街道, 撤村建居).
 */
export function renamedLevel(g: Gazetteer, name: string, candidates: readonly GazetteerPlace[], home: Home, named: readonly string[], printedId?: string): GazetteerPlace | undefined {
  if (!LEVEL_ENDING.test(name)) return undefined;
  // (The article's places but for this name's own readings: a name is not near itself.)
  const others = named.filter((id) => !candidates.some((p) => p.id === id));
  if (candidates.some((p) => isNear(g, p, home, others))) return undefined;
  const variant = levelVariant(g, name, home, others);
  // A village or community renamed is one of the town printed right before it (某乡|某某村), and only then: a county
  // holds too many villages for a name alone to say which.
  if (variant && (variant.kind === 'Village' || variant.kind === 'Community')) return printedId && g.within(variant.id, printedId) ? variant : undefined;
  return variant && (!printedId || g.within(variant.id, printedId)) ? variant : undefined;
}

/** The place lies in the paper's own county or city, or in a county the article names. */
function isNear(g: Gazetteer, p: GazetteerPlace, home: Home, named: readonly string[]): boolean {
  return homeScore(g, p, home) === 4 || nearness(g, p, named) >= 3;
}

/**
 * The one place of the gazetteer's with the same name under another level's ending (竹山乡 → 竹山镇, 城关镇 → 城关街道,
 * 某某村 → 某某社区) that lies in the paper's county or a county the article names: a place renamed when its level
 * changed, printed by its old or new name. Undefined when none or several do.
 */
function levelVariant(g: Gazetteer, name: string, home: Home, named: readonly string[]): GazetteerPlace | undefined {
  const ending = /(?:街道|社区)$/u.test(name) ? name.slice(-2) : name.slice(-1);
  const stem = name.slice(0, -ending.length);
  if (stem.length < 2) return undefined;
  const found = new Map<string, GazetteerPlace>();
  for (const other of LEVEL_VARIANTS[ending] ?? []) {
    for (const e of g.lookup(stem + other)) {
      const p = e.form === 'full' || e.form === 'alias' ? g.get(e.placeId) : undefined;
      if (p && LOCAL_LEVELS.has(p.kind) && isNear(g, p, home, named)) found.set(p.id, p);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Kinds of place a county's, city's or province's ending names. */
const AREA_KINDS: ReadonlySet<string> = new Set(['Province', 'City', 'County', 'District']);

/** Kinds of place whose namesakes are many and none better known than the others. */
const LOCAL_LEVELS = new Set(['Town', 'Subdistrict', 'Village', 'Community']);

/**
 * How near a place lies to the places an article names: the depth of the lowest place of the gazetteer that holds
 * both it and one of them (1 a province, 2 a city, 3 a county, 4 a town), 0 when none does.
 */
function nearness(g: Gazetteer, p: GazetteerPlace, named: readonly string[]): number {
  const line = g.lineage(p.id);
  let best = 0;
  for (const id of named) {
    const theirs = new Set(g.lineage(id).map((x) => x.id));
    const common = line.findIndex((x) => theirs.has(x.id));
    if (common !== -1 && line[common]!.kind !== 'Country') best = Math.max(best, line.length - common);
  }
  return best;
}

function homeScore(g: Gazetteer, p: GazetteerPlace, home: Home): number {
  if (home.city && g.within(p.id, home.city.id)) return 4;
  if (home.prefecture && g.within(p.id, home.prefecture.id)) return 3;
  if (home.province && g.within(p.id, home.province.id)) return 2;
  return 0;
}

function nearestToHome(g: Gazetteer, candidates: readonly GazetteerPlace[], home: Home): GazetteerPlace {
  const score = (p: GazetteerPlace): number => {
    const s = homeScore(g, p, home);
    // Bigger places are what a bare name usually means (吉林 the province before 吉林 the city).
    const rank: Record<string, number> = { Country: 0.9, Province: 0.8, City: 0.6, County: 0.4, DevelopmentZone: 0.5, District: 0.3 };
    return s + (rank[p.kind] ?? 0);
  };
  return [...candidates].sort((a, b) => score(b) - score(a))[0]!;
}

/** A name made absolute (市人社局 → 平湖市人社局), and the place it was made absolute with. */
export interface Absolute {
  name: string;
  place?: EntityRef;
}

/**
 * Relative names: a body or programme named with a level word (市人社局, 县农业农村局, 镇党委, 村委会, 社区党委,
 * 高新区党工委, 省…认定) is the one of the place of that level in view; a city's or province's, with none in view,
 * the paper's own.
 */
export function expandRelative(m: Mention, name: string, g: Gazetteer, home: Home, inView: PlacesInView): Absolute {
  const zoneNamed = m.attrs.place !== undefined && m.attrs.place.start === m.start && isZoneEnding(m.attrs.place.text);
  if (!m.attrs.ref && !zoneNamed) return { name };
  const relative = levelWord(name);
  if (!relative) return { name };
  const paper =
    relative.level === 'city'
      ? homeCityLevel(home)
      : relative.level === 'prefecture'
        ? homePrefecture(home)
      : relative.level === 'province'
        ? home.province
        : (m.attrs.ref === 'local-area' && relative.level === 'district' && home.city?.name.endsWith('区')) || (relative.level === 'county' && home.city && COUNTY_NAME.test(home.city.name))
          ? home.city
          : undefined;
  const place = inView.referent(relative.level, m.start, paper ? placeRef(g, paper) : undefined, false);
  // (镇党委 after 妙高镇 printed for the gazetteer's 妙高街道: 妙高镇党委, as printed in full.)
  return place ? { name: (inView.printedAt(relative.level, m.start) ?? place.name) + name.slice(relative.word.length), place } : { name };
}

export function resolveOrganization(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView): { ref: EntityRef; place?: EntityRef } {
  const absolute = m.attrs.aliasOf ? { name: m.attrs.aliasOf } : expandRelative(m, m.text, g, home, inView);
  const props: Record<string, unknown> = {};
  // 某县第十七届人大常委会: a public body's term is when it sits, not another body.
  const term = m.kind === 'GovernmentAgency' || m.kind === 'PartyOrganization' ? BODY_TERM.exec(absolute.name) : null;
  if (term && term.index > 0 && term.index + term[0].length < absolute.name.length) {
    absolute.name = absolute.name.slice(0, term.index) + absolute.name.slice(term.index + term[0].length);
  }
  // 政协某县委员会 (its term left out above) is the body papers call 某县政协: one name for it across the archive.
  const cppcc = CPPCC_FULL.exec(absolute.name);
  if (cppcc && (m.kind === 'GovernmentAgency' || m.kind === undefined)) absolute.name = `${cppcc[1]!}政协`;
  if (m.attrs.core) props.shortName = m.attrs.core;
  if (m.attrs.foreign) props.foreign = true;
  if (m.attrs.brand) props.brand = true;
  if (m.attrs.ambiguousWith) props.ambiguousWith = m.attrs.ambiguousWith;
  const ref: EntityRef = { key: `org:${absolute.name}`, label: 'Organization', ...(m.kind ? { kind: m.kind } : {}), name: absolute.name, props };
  return absolute.place ? { ref, place: absolute.place } : { ref };
}

/** The full name of a local committee of the CPPCC (政协某县委员会, 中国人民政治协商会议某市委员会): the place. */
const CPPCC_FULL = /^(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{1,12}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区))委员会$/u;

/** A body's term inside its name (第十七届, 十九届). */
const BODY_TERM = /第?[一二三四五六七八九十]{1,4}届/u;

export function resolveProgramme(m: Mention, g: Gazetteer, home: Home, inView: PlacesInView): EntityRef {
  const { name } = expandRelative(m, m.attrs.canonical ?? m.text, g, home, inView);
  const kind = (m.kind ?? 'Campaign') as EntityKind;
  const props: Record<string, unknown> = {};
  if (m.attrs.edition) props.edition = m.attrs.edition;
  return { key: `programme:${kind}:${name}`, label: 'Programme', kind, name, props };
}

/**
 * A company's name reduced to what identifies it: place, brackets and legal form removed; `places` are the
 * gazetteer's readings of the last place printed before it (the nearest to the firm).
 */
export function companyBody(name: string, g: Gazetteer): { body: string; region?: string; form: string; places?: string[] } {
  // (A co-op's kind stands where a firm's legal form does: 某县某某农机专业合作社 and 某某农机专业合作社 are one co-op.)
  const form = /(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|总公司|分公司|公司|厂|股份经济合作社|经济合作社|专业合作社|合作联社|联合社|合作社)$/.exec(name)?.[1] ?? '';
  let rest = name.slice(0, name.length - form.length);
  const region = /[（(]([^）)]+)[)）]/.exec(rest)?.[1];
  rest = rest.replace(/[（(][^）)]*[)）]/g, '');
  // The place opening the name, and any place within it written right after (浙江湖州, 宁夏吴忠): a chain of places
  // down to the firm's own.
  let within: readonly NameEntry[] | undefined;
  for (let again = true; again; ) {
    again = false;
    for (let n = Math.min(6, rest.length - 2); n >= 2; n--) {
      const places = g.lookup(rest.slice(0, n));
      if (places.length && (!within || places.some((p) => within!.some((w) => p.placeId !== w.placeId && g.within(p.placeId, w.placeId))))) {
        rest = rest.slice(n);
        within = places;
        again = true;
        break;
      }
    }
  }
  return { body: rest, ...(region ? { region } : {}), form, ...(within ? { places: within.map((w) => w.placeId) } : {}) };
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
    for (const k in ref.props) {
      if (e.props[k] !== undefined) continue;
      e.props[k] = ref.props[k];
      entityChanged(e, k);
    }
    if (!e.kind && ref.kind) {
      e.kind = ref.kind;
      entityChanged(e, KIND);
    }
  }
  return e;
}

/**
 * The gazetteer place an organisation's or programme's name begins with, the one nearest the paper's home; of a
 * chain of places opening the name (重庆涪陵区某某委员会), the last: a city, county or district within the one
 * before it, or a town by its full name.
 */
export function placeInName(m: Mention, g: Gazetteer, home: Home, named: readonly string[] = []): GazetteerPlace | undefined {
  return placeChainInName(m, g, home, named)?.place;
}

/** Not in the paper's county or city, nor in a county the article names (see placeChainInName). */
function isFarNamesake(g: Gazetteer, p: GazetteerPlace, home: Home, named: readonly string[]): boolean {
  return homeScore(g, p, home) < 3 && nearness(g, p, named) < 3;
}

/** A character of the compass. */
const COMPASS = /^[东西南北]$/u;

/**
 * The place a name opens with (placeInName) and the rest of the name after the chain of places. Of several places
 * so named, the one in the paper's city, else its province, else the one nearest the places the article names
 * (`named`: 双河镇党委 in an article about 金寨县 is 金寨县's 双河镇).
 */
export function placeChainInName(m: Mention, g: Gazetteer, home: Home, named: readonly string[] = []): { place: GazetteerPlace; rest: string } | undefined {
  const candidates = (m.attrs.place?.placeIds ?? []).map((id) => g.get(id)).filter((p): p is GazetteerPlace => !!p);
  let best =
    candidates.find((p) => home.city && g.within(p.id, home.city.id)) ??
    candidates.find((p) => home.province && g.within(p.id, home.province.id)) ??
    (candidates.length > 1 && named.length ? likeliest(g, candidates, home, named) : undefined) ??
    candidates[0];
  if (!best || !m.attrs.place) return undefined;
  // 某镇卫生院 where the paper's county has no such town and the article names nothing near one of its namesakes: of a
  // township's or village's many namesakes, one in another city (the nearest in the province, or the first listed)
  // is a guess — the body is left where its name says nothing the gazetteer can place (place.in-name.far-namesake).
  if (candidates.length > 1 && LOCAL_LEVELS.has(best.kind) && isFarNamesake(g, best, home, named)) return undefined;
  best = renamedLevel(g, m.attrs.place.text, candidates, home, named) ?? best;
  let rest = m.text.slice(m.attrs.place.end - m.start);
  for (let guard = 0; guard < 3; guard++) {
    const parent: GazetteerPlace = best;
    let found: { place: GazetteerPlace; length: number } | undefined;
    for (let n = Math.min(8, rest.length - 2); n >= 2 && !found; n--) {
      const surface = rest.slice(0, n);
      // 湖南|湘西北…: a short form ending in a compass character that a second one follows (湘西 + 北) is the
      // province's part in that direction (湘 + 西北), not the place.
      if (COMPASS.test(surface[n - 1]!) && COMPASS.test(rest[n] ?? '')) continue;
      // 吉林|长白|山…: a place's short form before a mountain's or a lake's ending is the landmark's name (长白山).
      if (LANDMARK_END.test(rest[n] ?? '')) continue;
      // (河南|中原…: a city's district by its short form right after the province, its city skipped, is a word of the
      // firm's name — 中原, a region — not the district: a district is printed with its city.)
      const place = g.lookup(surface).map((e) => g.get(e.placeId)!).find((p) => p.id !== parent.id && g.within(p.id, parent.id) && (CHAIN_KINDS.has(p.kind) || p.name === surface) && !(parent.kind === 'Province' && p.kind === 'District' && p.name !== surface && !MUNICIPALITIES.test(parent.name)));
      if (place) found = { place, length: n };
    }
    if (!found) break;
    best = found.place;
    rest = rest.slice(found.length);
  }
  return { place: best, rest };
}

const CHAIN_KINDS = new Set(['City', 'County', 'District']);
/** The municipalities, whose districts sit right below them (重庆涪陵). */
const MUNICIPALITIES = /^(?:北京|上海|天津|重庆)/u;
/** A mountain's, a lake's or a river's ending (山, 湖, 河…) after a place's short form inside a name. */
const LANDMARK_END = /^[山岭峰湖河江溪岛]/u;
