// Step 4d: where people and things are, read from the words around their names (LOCATED_IN):
//   某村三组村民李某, 村民李某 (the village in view), 家住某村的李某, 某社区的李某   a resident;
//   广东游客李某                                                                    where a visitor is from;
//   镇里的某某产业园, 村里的某某合作社                                              the town or village in view;
//   在某镇，一座某某产业园…; 在某县的某某公司                                       introduced there;
//   在某县某镇，某某有限公司…; 某县的某某有限公司                                   set there (a firm, a park, a project);
//   某银行某县支行                                                                  a branch, in the place it is named after.
import type { Article } from '../document/types.js';
import { DATELINE_BYLINE, type Sentence } from '../extract/context.js';
import { isNamedSite } from './entities.js';
import { evidenceFor } from './evidence.js';
import { LEVELS_OF_WORD, type AreaLevel, type PlacesInView } from './place-in-view.js';
import type { RelationCues, ResolvedMention } from './relations.js';
import type { Relation } from './types.js';

type Cues = RelationCues['located'];

/**
 * The areas of the country's administrative hierarchy below the country, and zones: the places whose firm a firm may
 * be said to be (某公司是某县的龙头企业), and a programme piloted in (groups.ts).
 */
export const DOMESTIC_AREA_KINDS: ReadonlySet<string> = new Set(['Province', 'City', 'County', 'District', 'DevelopmentZone', 'Town', 'Subdistrict', 'Village', 'Community']);
/** Places a sentence may be set in, for the firms that head its clause after 在…，: a county, a town, a zone, a village. */
const SCENE_PLACES = new Set(['County', 'District', 'DevelopmentZone', 'Town', 'Subdistrict', 'Village', 'Community']);
/**
 * A zone: a development zone, or a 新区 the recognizers read as a region (某某新区 may span counties, but a firm in it
 * is in it as in any zone).
 */
const isZoneLike = (e: { kind?: string | undefined; name: string }): boolean => e.kind === 'DevelopmentZone' || (e.kind === 'Region' && /新区$/u.test(e.name));
/** A place a sentence may be set in (SCENE_PLACES), a 新区 read as a region included. */
const isScenePlace = (e: { kind?: string | undefined; name: string }): boolean => SCENE_PLACES.has(e.kind ?? '') || isZoneLike(e);
/**
 * Where a farmer named by trade (种植户, 果农, 种粮大户: a word whose first character names no level) with no place
 * printed lives: the village in view, else the town (在某县某镇，果园里… 果农某某).
 */
const FARMER_LEVELS: readonly AreaLevel[] = ['village', 'community', 'town', 'township'];
/** Where a resident named with 的 lives (某村的种植户李某): a village, a town, a community. */
const RESIDENT_PLACES = new Set(['Town', 'Subdistrict', 'Village', 'Community']);
/**
 * 在某县某镇，: the phrase setting a sentence in a place, up to the clause a firm heads — with, before the firm's name,
 * a figure of its size or investment and 的 (在某开发区，总投资32亿元的某公司某项目…).
 */
const SCENE_BEFORE = /^在(.{2,16}?)[，,](?:(?:计划)?(?:总投资|投资|占地(?:面积)?|总面积)(?:约|达|超)?[\d.]+(?:万|亿)?(?:美元|元|亩|平方米)(?:以上|多)?的)?$/u;

/** Bodies a village or town holds, named by their kind alone after the place and 的 (某村的联合党委, 某镇的便民服务中心). */
const PLACE_BODY_KINDS = new Set(['PartyOrganization', 'GovernmentAgency', 'PublicInstitution']);
/**
 * A firm's name as printed in full, or a short form with its firm word (某某公司): a short form read back to a firm
 * (在某县，金银花变成… with 金银花 a firm's trade name) may name the trade, not the firm.
 */
const printedAsFirm = (r: ResolvedMention): boolean => r.m.text === r.e.name || /(?:公司|合作社|厂|集团|产业园|园区|项目)$/u.test(r.m.text);
/** What is said to be where a sentence is set: a firm, a cooperative, a park, a project. */
const settledKind = (r: ResolvedMention): boolean => (r.e.label === 'Organization' && (r.e.kind === 'Company' || r.e.kind === 'IndustrialPark' || r.e.kind === 'Incubator')) || (r.e.label === 'Programme' && r.e.kind === 'Project') || isNamedSite(r.m);

export function locatedRelations(article: Article, sentences: Sentence[], ms: ResolvedMention[], places: PlacesInView, cues: Cues, earlier: readonly Relation[] = []): Relation[] {
  const out: Relation[] = [];
  const text = article.text;
  const endingAt = new Map(ms.map((r) => [r.m.end, r]));
  const add = (who: ResolvedMention, where: { key: string } | undefined, rule: string, confidence: number, from = who.m.start): void => {
    if (!where || where.key === who.e.key) return;
    out.push({ type: 'LOCATED_IN', start: who.e.key, end: where.key, evidence: evidenceFor(article, sentences[who.m.sentence], [{ start: from, end: who.m.end }], rule, confidence) });
  };
  // The places the article names: on their own, or opening a body's name (上沧村 in 上沧村党支部).
  const inView = (levels: readonly AreaLevel[], pos: number): { key: string } | undefined => {
    for (const l of levels) {
      const ref = places.at(l, pos);
      const e = ref && (ms.find((r) => r.e.key === ref.key)?.e ?? ms.find((r) => r.placeInName && r.place?.key === ref.key)?.place);
      if (e) return e;
    }
    return undefined;
  };
  const firmBefore = new RegExp(`(${cues.firmQualifiers.join('|')})?(?:${cues.firmWords.join('|')})$`, 'u');
  // A place read there, or the stem of a place the article names printed there (浙能遂昌… after 遂昌县).
  const placeStartingAt = (pos: number): ResolvedMention | undefined =>
    ms.find((q) => q.e.label === 'Place' && (q.m.start === pos || (q.m.text.replace(/(?:县|市|区|乡|镇|村|街道)$/u, '').length >= 2 && text.startsWith(q.m.text.replace(/(?:县|市|区|乡|镇|村|街道)$/u, ''), pos))));
  const placeEndingAt = (pos: number): ResolvedMention | undefined => {
    const r = endingAt.get(pos);
    return r?.e.label === 'Place' ? r : undefined;
  };

  // The firms read as set in the place a sentence opens with, by where their names end: the next one listed after
  // 、 or 和 is set there too.
  const sceneFirms = new Map<number, RegExpExecArray>();
  const datelineFirms = new Map<number, ResolvedMention>();
  // 某工业园的甲公司、乙公司、丙公司入选…: the firms listed with 、 after the one a place and 的 placed are there too.
  // (某产业园内，甲公司、乙公司等12家企业…: so are those listed after the first a park and 内 placed, rel.located-in.park.listed.)
  const placeDeFirms = new Map<number, { place: ResolvedMention; first: ResolvedMention; rule?: string }>();
  const listedAfterScene = (r: ResolvedMention): RegExpExecArray | undefined => {
    const joined = /[、和与及]$/u.exec(text.slice(r.m.start - 1, r.m.start));
    return joined ? sceneFirms.get(r.m.start - 1) : undefined;
  };

  // A park the article named (one the gazetteer lacks, or a zone), the latest before `pos`: what 园区 stands for.
  const isPark = (q: ResolvedMention): boolean => q.e.label === 'Place' && !q.m.attrs.ref && (isNamedSite(q.m) || isZoneLike(q.e));
  // (A zone named only inside its organ's name, 仙华工业园区管委会, is a park named too: the organ's place.)
  // With `zoneOnly` (开发区, 新区 and the like), the zone named last, not a park within it.
  const parkInView = (pos: number, zoneOnly = false): { e: { key: string } } | undefined => {
    let last: { e: { key: string } } | undefined;
    for (const q of ms) {
      if (q.m.start >= pos) break;
      if (isPark(q) && (!zoneOnly || (isZoneLike(q.e) && cues.zoneWords.some((w) => q.e.name.endsWith(w))))) last = q;
      else if (q.e.label === 'Organization' && q.placeInName && q.place?.kind === 'DevelopmentZone') last = { e: q.place };
      // A park read as a body (某镇的某某小微企业园) is the park 园区 stands for after it, and no node to be in: nothing.
      else if (!zoneOnly && q.e.label === 'Organization' && q.e.kind === 'IndustrialPark') last = undefined;
    }
    return last;
  };
  // 入驻园区的某公司, 落户开发区的某公司; 某公司去年入驻园区: a verb of settling and a bare word for a park or a zone.
  const parkWordAlt = [...cues.zoneWords, ...cues.parkWords].sort((a, b) => b.length - a.length).join('|');
  const settleAlt = [...cues.parkVerbs].sort((a, b) => b.length - a.length).join('|');
  // (入驻该产业园, 入驻该园: a word pointing back at the park named before, then a park word or a bare 园: the park in view,
  // rel.located-in.park-word.pointer.)
  const pointerAlt = [...cues.parkPointers].sort((a, b) => b.length - a.length).join('|');
  const parkOrPointed = `(?:${pointerAlt})?(${parkWordAlt})|(?:${pointerAlt})(园)`;
  const settledBefore = new RegExp(`(?:${settleAlt})(?:${parkOrPointed})(?:内|里)?的[“"]?$`, 'u');
  const settledAfter = new RegExp(`^[”"]?(?:${cues.parkTimeWords.join('|')})*(?:${settleAlt})(?:了|到|进)?(?:${parkOrPointed})(?=[，,。；;、！？]|后|以来|$)`, 'u');
  const clauseHead = (r: ResolvedMention): boolean => {
    const opening = text.slice(sentences[r.m.sentence]!.start, r.m.start - (/[“"]/u.test(text[r.m.start - 1] ?? '') ? 1 : 0)).split(/[，,；;：:]/u).pop()!;
    return new RegExp(`^(?:${cues.parkTimeWords.join('|')})*$`, 'u').test(opening);
  };

  const startingAt = new Map(ms.map((r) => [r.m.start, r]));

  for (const r of ms) {
    const joined = placeDeFirms.get(r.m.start - 1);
    const deListed = text[r.m.start - 1] === '、' || (/[和及]/u.test(text[r.m.start - 1] ?? '') && joined?.rule) ? joined : undefined;
    if (deListed && settledKind(r) && printedAsFirm(r)) {
      add(r, deListed.place.e, deListed.rule ?? 'rel.located-in.place-de.listed', 0.7, deListed.first.m.start);
      placeDeFirms.set(r.m.end, deListed);
      continue;
    }
    // 珠三角城市东莞, 长三角的嘉兴: a city or county printed right after a region (a word for its cities or 的 between)
    // is in it.
    if (r.e.label === 'Place' && r.e.kind === 'Region' && !isZoneLike(r.e) && !r.m.attrs.ref) {
      const link = /^(?:的|城市|地区的?|重要城市|各城市中的)?/u.exec(text.slice(r.m.end, r.m.end + 6))![0];
      // (a municipality, 上海市, is a province-level place; the cities listed after the first with 、 are members too).
      const isMember = (q: ResolvedMention | undefined): q is ResolvedMention => q !== undefined && q.e.label === 'Place' && !q.m.attrs.ref && (/^(?:City|County|District)$/u.test(q.e.kind ?? '') || (q.e.kind === 'Province' && /市$/u.test(q.e.name)));
      for (let member = startingAt.get(r.m.end + link.length); isMember(member); member = text[member.m.end] === '、' ? startingAt.get(member.m.end + 1) : undefined) add(member, r.e, 'rel.located-in.region-member', 0.7, r.m.start);
      continue;
    }
    if (r.e.label === 'Person') {
      const before = text.slice(Math.max(0, r.m.start - 8), r.m.start);
      // 某村三组村民李某, 村民李某, 昆仑镇村民杜某.
      const word = cues.residentWords.filter((w) => before.endsWith(w)).sort((a, b) => b.length - a.length)[0];
      if (word) {
        let p = r.m.start - word.length;
        const group = /[一二三四五六七八九十\d]+[组队]$/u.exec(text.slice(Math.max(0, p - 4), p));
        if (group) p -= group[0].length;
        // (某村的种植户李某, 某村的竹农李某: a village, a town or a community before 的 is printed too.)
        const beforeDe = text[p - 1] === '的' ? placeEndingAt(p - 1) : undefined;
        const printed = placeEndingAt(p) ?? (beforeDe && RESIDENT_PLACES.has(beforeDe.e.kind ?? '') ? beforeDe : undefined);
        // 某某村村民 with the village not recognised: not the village in view.
        const unnamedPlace = !printed && /[村镇乡屯寨]$|社区$/u.test(text.slice(Math.max(0, p - 2), p));
        const where = printed?.e ?? (unnamedPlace ? undefined : inView(LEVELS_OF_WORD[word[0]!] ?? FARMER_LEVELS, r.m.start));
        add(r, where, printed ? 'rel.located-in.resident' : 'rel.located-in.resident.place-in-view', printed ? 0.8 : 0.65, printed?.m.start ?? p);
        continue;
      }
      // 返乡创业的李某, 某村返乡青年李某: one who came home lives in the village or town printed before the word, else
      // the one the sentence is set in (在某村，2018年返乡创业的李某…), else the one printed after 在老家, 回到家乡… right
      // after the name (返乡创业的李某在老家某村开起了民宿). No place of the sort: nothing (not the place in view).
      const wide = text.slice(Math.max(0, r.m.start - 10), r.m.start);
      const returnee = cues.returneeWords.filter((w) => wide.endsWith(w)).sort((a, b) => b.length - a.length)[0];
      if (returnee) {
        const p = r.m.start - returnee.length;
        const homeKind = (q: ResolvedMention | undefined): q is ResolvedMention => q !== undefined && !q.m.attrs.ref && /^(?:County|District|Town|Subdistrict|Village|Community)$/u.test(q.e.kind ?? '');
        const printed = placeEndingAt(p);
        const sentenceStart = sentences[r.m.sentence]!.start;
        const scene = new RegExp(`^在(.{2,20}?)[，,](?:${cues.parkTimeWords.join('|')})*$`, 'u').exec(text.slice(sentenceStart, p));
        const set = scene ? placeEndingAt(sentenceStart + 1 + scene[1]!.length) : undefined;
        const home = new RegExp(`^(?:${cues.homeWords.join('|')})`, 'u').exec(text.slice(r.m.end, r.m.end + 5));
        let back = home ? startingAt.get(r.m.end + home[0].length) : undefined;
        for (let next = back && startingAt.get(back.m.end); back && next?.e.label === 'Place'; next = startingAt.get(back.m.end)) back = next;
        const where = homeKind(printed) ? printed : homeKind(set) ? set : homeKind(back) ? back : undefined;
        if (where) {
          add(r, where.e, 'rel.located-in.returnee', 0.7, where.m.start < r.m.start ? where.m.start : r.m.start);
          continue;
        }
      }
      // 李某2020年从杭州回到家乡某村: one who went home to a village or town printed right after the words lives there
      // (no other person and no punctuation between the name and the words).
      const cameHome = new RegExp(`^[^，,。；;！？：:“”"]{0,14}?(?:${cues.cameHomeWords.join('|')})`, 'u').exec(text.slice(r.m.end, r.m.end + 24));
      if (cameHome && !ms.some((q) => q.e.label === 'Person' && q.m.start > r.m.start && q.m.start < r.m.end + cameHome[0].length)) {
        let home = startingAt.get(r.m.end + cameHome[0].length);
        for (let next = home && startingAt.get(home.m.end); home && next?.e.label === 'Place'; next = startingAt.get(home.m.end)) home = next;
        if (home && home.e.label === 'Place' && !home.m.attrs.ref && /^(?:County|District|Town|Subdistrict|Village|Community)$/u.test(home.e.kind ?? '')) {
          add(r, home.e, 'rel.located-in.came-home', 0.7);
          continue;
        }
      }
      // 广东游客李某, 上海客商王某: where a visitor comes from, as printed before the word (no place in view: a
      // visitor is not from where the text is).
      const visitor = cues.visitorWords.find((w) => before.endsWith(w));
      const from = visitor ? placeEndingAt(r.m.start - visitor.length) : undefined;
      if (from && !from.m.attrs.ref) {
        add(r, from.e, 'rel.located-in.visitor-from', 0.75, from.m.start);
        continue;
      }
      // 在某村经营民宿的李某, 在某镇开办农场的李某: one who runs a business, farms or lives in a village, a town or a
      // county (a verb of `livesVerbs` right after the place) lives there — not one who visits or inspects it
      // (在某村调研的某局局长: no such verb).
      const lives = new RegExp(`在([^，,。；;：:“”"]{2,16}?)(?:${cues.livesVerbs.join('|')})[^，,。；;：:“”"、]{0,12}的$`, 'u').exec(text.slice(Math.max(0, r.m.start - 34), r.m.start));
      const livesAt = lives ? placeEndingAt(r.m.start - lives[0].length + 1 + lives[1]!.length) : undefined;
      if (livesAt && !livesAt.m.attrs.ref && (RESIDENT_PLACES.has(livesAt.e.kind ?? '') || /^(?:County|District)$/u.test(livesAt.e.kind ?? ''))) {
        add(r, livesAt.e, 'rel.located-in.lives-at', 0.7, livesAt.m.start);
        continue;
      }
      // 土生土长的某村人李某, 某镇人王某; 李某是土生土长的某村人: the person is of that place (rel.located-in.native).
      const nativeOf = (q: ResolvedMention | undefined): q is ResolvedMention => q !== undefined && q.e.label === 'Place' && !q.m.attrs.ref && (RESIDENT_PLACES.has(q.e.kind ?? '') || /^(?:County|District)$/u.test(q.e.kind ?? ''));
      const nativeBefore = text[r.m.start - 1] === '人' ? placeEndingAt(r.m.start - 1) : undefined;
      const nativeAfter = new RegExp(`^是(?:${cues.nativeWords.join('|')})?`, 'u').exec(text.slice(r.m.end, r.m.end + 8));
      let nativePlace = nativeAfter ? startingAt.get(r.m.end + nativeAfter[0].length) : undefined;
      for (let next = nativePlace && startingAt.get(nativePlace.m.end); nativePlace && next?.e.label === 'Place'; next = startingAt.get(nativePlace.m.end)) nativePlace = next;
      const after = nativePlace && /^人(?:[，,。；;！!]|$)/u.test(text.slice(nativePlace.m.end, nativePlace.m.end + 2)) ? nativePlace : undefined;
      if (nativeOf(nativeBefore) || nativeOf(after)) {
        const where = nativeOf(nativeBefore) ? nativeBefore : after!;
        add(r, where.e, 'rel.located-in.native', 0.7, Math.min(where.m.start, r.m.start));
        continue;
      }
      // 家住某村的李某, 某社区的李某.
      if (text[r.m.start - 1] === '的') {
        const place = placeEndingAt(r.m.start - 1);
        if (place && !place.m.attrs.ref) add(r, place.e, 'rel.located-in.resident', 0.7, place.m.start);
        continue;
      }
      // 家住某村的退休教师李某, 住在某社区的志愿者李某: a word of living (`residenceWords`), a village, a town or a community,
      // 的, a few words of what the person is (no punctuation, no other name) and the name (rel.located-in.resident.home).
      const home = /的([^的，,。；;：:、“”"（）()\s]{1,8})$/u.exec(text.slice(Math.max(0, r.m.start - 10), r.m.start));
      const homePlace = home ? placeEndingAt(r.m.start - home[1]!.length - 1) : undefined;
      if (homePlace && !homePlace.m.attrs.ref && RESIDENT_PLACES.has(homePlace.e.kind ?? '') && !ms.some((q) => q.m.start >= homePlace.m.end && q.m.start < r.m.start)) {
        let first = homePlace;
        for (let up = placeEndingAt(first.m.start); up; up = placeEndingAt(up.m.start)) first = up;
        if (cues.residenceWords.some((w) => text.startsWith(w, first.m.start - w.length))) add(r, homePlace.e, 'rel.located-in.resident.home', 0.7, first.m.start - 2);
      }
      continue;
    }
    // Organisations, programmes, and parks (places named like bodies: 镇里的某某产业园).
    if (r.e.label !== 'Organization' && r.e.label !== 'Programme' && !isNamedSite(r.m)) continue;
    // 俄罗斯采购商某某, 德国企业某某: a country and the kind of firm before its name; 苏州国资企业某某, 某新区入区企业某某:
    // a place, what kind of firm of that place (firmQualifiers) and the firm word.
    const kindBefore = firmBefore.exec(text.slice(Math.max(0, r.m.start - 8), r.m.start));
    // (A zone the article names elsewhere, printed here where no recognizer read it: 某某新区入区企业某某.)
    const printedZone = (pos: number): ResolvedMention | undefined => {
      const q = ms.find((q) => q.e.label === 'Place' && isZoneLike(q.e) && !q.m.attrs.ref && q.m.text.length >= 3 && text.startsWith(q.m.text, pos - q.m.text.length));
      return q && { ...q, m: { ...q.m, start: pos - q.m.text.length, end: pos } };
    };
    const where = kindBefore ? placeEndingAt(r.m.start - kindBefore[0].length) ?? (kindBefore[1] ? printedZone(r.m.start - kindBefore[0].length) : undefined) : undefined;
    if (where && (where.e.kind === 'Country' || where.e.kind === 'Region') && !kindBefore![1]) add(r, where.e, 'rel.located-in.country-of-firm', 0.75, where.m.start);
    else if (where && !where.m.attrs.ref && kindBefore![1] && r.e.label === 'Organization' && (/^(?:Country|Region|Province|City|County|District|DevelopmentZone|Town|Subdistrict)$/u.test(where.e.kind ?? '') || isZoneLike(where.e))) add(r, where.e, 'rel.located-in.place-of-firm', 0.75, where.m.start);
    // 某银行某县支行, 某保险公司某市分公司: a branch named after a place the article names is in that place.
    const branch = r.e.label === 'Organization' ? cues.branchWords.find((w) => r.e.name.endsWith(w)) : undefined;
    if (branch) {
      const stem = r.e.name.slice(0, -branch.length);
      const place = ms.find((q) => q.e.label === 'Place' && !q.m.attrs.ref && /^(?:City|County|District|Town|Subdistrict)$/u.test(q.e.kind ?? '') && stem.endsWith(q.e.name) && stem.length > q.e.name.length);
      if (place) add(r, place.e, 'rel.located-in.branch-place', 0.8);
    }
    // 某公司是某县的一家茶企, 某合作社系某镇的龙头企业: a firm said to be a place's firm is there.
    if (r.e.label === 'Organization' && settledKind(r)) {
      const copula = /^(?:是|系|为)/u.exec(text.slice(r.m.end, r.m.end + 1));
      const place = copula ? startingAt.get(r.m.end + 1) : undefined;
      if (place && place.e.label === 'Place' && !place.m.attrs.ref && DOMESTIC_AREA_KINDS.has(place.e.kind ?? '')) {
        let last = place;
        for (let next = startingAt.get(last.m.end); next?.e.label === 'Place'; next = startingAt.get(last.m.end)) last = next;
        const kind = new RegExp(`^的(?:[一首第][家个批])?[\\u4e00-\\u9fff]{0,8}?(?:${cues.firmKinds.join('|')})(?=[，,。；;、！？]|$)`, 'u').exec(text.slice(last.m.end, last.m.end + 16));
        if (kind) add(r, last.e, 'rel.located-in.firm-of-place', 0.75);
      }
    }
    // 入驻园区的某公司, 落户开发区的某公司, 某公司去年入驻园区: the park (or, for 开发区, 新区…, the zone) the article named
    // last before the firm; none named: nothing.
    if (r.e.label === 'Organization' && settledKind(r) && printedAsFirm(r)) {
      const pre = settledBefore.exec(text.slice(Math.max(0, r.m.start - 12), r.m.start));
      const post = pre ? undefined : clauseHead(r) ? settledAfter.exec(text.slice(r.m.end, r.m.end + 20)) : null;
      const match = pre ?? post;
      const word = match?.[1] ?? match?.[2];
      const park = word ? parkInView(r.m.start, cues.zoneWords.includes(word)) : undefined;
      if (park) {
        const byPointer = new RegExp(`(?:${pointerAlt})(?:园|${parkWordAlt})`, 'u').test(match![0]);
        add(r, park.e, byPointer ? 'rel.located-in.park-word.pointer' : 'rel.located-in.park-word', 0.7);
        continue;
      }
    }
    // Firms in a park: 某产业园内的某公司, 某产业园里，某公司…; the word 园区 (产业园, 工业园) for the park in view — 园区内的某公司,
    // 园区里，某公司…, 入园企业某公司 — when the article named one before (a park the gazetteer lacks, or a zone).
    if (r.e.label === 'Organization' && settledKind(r) && printedAsFirm(r)) {
      const sentenceStart = sentences[r.m.sentence]!.start;
      const pos = r.m.start - (/[“"]/u.test(text[r.m.start - 1] ?? '') ? 1 : 0);
      const opening = text.slice(sentenceStart, pos);
      const shape = /[内里中]的$/u.test(opening) ? 2 : /^在?[^，,。；]{2,24}[内里][，,]$/u.test(opening) ? 2 : 0;
      const qualifier = !shape && !where && kindBefore && cues.parkWords.some((w) => kindBefore[1] === w || kindBefore[1] === `入${w[0]}`) ? kindBefore[0].length : 0;
      if (shape || qualifier) {
        const end = pos - (shape || qualifier);
        const named = placeEndingAt(end);
        const word = cues.parkWords.find((w) => text.startsWith(w, end - w.length) && (end - w.length === sentenceStart || !/[\u4e00-\u9fff]/u.test(text[end - w.length - 1] ?? '') || text[end - w.length - 1] === '在'));
        const park = named && isPark(named) ? named : !named && (word || qualifier) ? parkInView(r.m.start) : undefined;
        if (park) {
          add(r, park.e, named ? 'rel.located-in.park' : 'rel.located-in.park-in-view', 0.75, named ? named.m.start : end - (word?.length ?? 0));
          if (named && shape && text[r.m.start - 1] !== '的') placeDeFirms.set(r.m.end, { place: named, first: named, rule: 'rel.located-in.park.listed' });
          continue;
        }
      }
    }
    // 镇里的某某产业园: the town in view.
    const area = /([村镇乡县市])里的$/u.exec(text.slice(Math.max(0, r.m.start - 3), r.m.start));
    if (area) {
      add(r, inView(LEVELS_OF_WORD[area[1]!]!, r.m.start), 'rel.located-in.area-in-view', 0.7, r.m.start - 3);
      continue;
    }
    // 村东头的某某民宿, 是村口某某合作社的主理人: a firm printed right after a side or the entrance of a village or a town
    // (no place named before the word) is in the one in view (rel.located-in.area-side-in-view).
    const side = settledKind(r) && printedAsFirm(r) ? /([村镇乡])(?:东头|西头|南头|北头|东边|西边|南边|北边|口|头)的?[“"]?$/u.exec(text.slice(Math.max(0, r.m.start - 5), r.m.start)) : null;
    // (The word bare: 村 opens it after punctuation or a function word, not closing a place's name, 王家村口.)
    const beforeSide = side ? (text[r.m.start - side[0].length - 1] ?? '') : '';
    if (side && (!/[\u4e00-\u9fff]/u.test(beforeSide) || /[是在的到了]/u.test(beforeSide))) {
      const where = inView(LEVELS_OF_WORD[side[1]!]!, r.m.start);
      if (where) {
        add(r, where, 'rel.located-in.area-side-in-view', 0.65, r.m.start - side[0].length);
        continue;
      }
    }
    // 某公司所在的某镇: the place the body is in, printed after it.
    if (r.e.label === 'Organization' && settledKind(r) && printedAsFirm(r)) {
      const where = /^(?:的)?所在(?:的|地)?/u.exec(text.slice(r.m.end, r.m.end + 5));
      const place = where ? startingAt.get(r.m.end + where[0].length) : undefined;
      if (place && place.e.label === 'Place' && !place.m.attrs.ref && DOMESTIC_AREA_KINDS.has(place.e.kind ?? '')) {
        let last = place;
        for (let next = startingAt.get(last.m.end); next?.e.label === 'Place'; next = startingAt.get(last.m.end)) last = next;
        add(r, last.e, 'rel.located-in.where-it-is', 0.75);
      }
    }
    // 某镇上的某公司, 某县境内的某公司, 某区辖区内的某公司: a place, a word of being within it, 的 and a firm's name.
    const within = /(?:境内|辖区内|辖区|区域内|域内|上|内)的[“"]?$/u.exec(text.slice(Math.max(0, r.m.start - 5), r.m.start));
    const withinPlace = within && settledKind(r) && printedAsFirm(r) ? placeEndingAt(r.m.start - within[0].length) : undefined;
    if (withinPlace && !withinPlace.m.attrs.ref && isScenePlace(withinPlace.e)) {
      add(r, withinPlace.e, 'rel.located-in.within', 0.75, withinPlace.m.start);
      continue;
    }
    // 某镇有一家某公司: a place heading its clause that has a firm.
    const has = /有(?:一家|一个|一座|家|个)?[“"]?$/u.exec(text.slice(Math.max(0, r.m.start - 4), r.m.start));
    const holder = has && settledKind(r) && printedAsFirm(r) ? placeEndingAt(r.m.start - has[0].length) : undefined;
    if (holder && !holder.m.attrs.ref && isScenePlace(holder.e)) {
      let first = holder;
      for (let up = placeEndingAt(first.m.start); up; up = placeEndingAt(up.m.start)) first = up;
      const opening = text.slice(sentences[r.m.sentence]!.start, first.m.start).split(/[，,]/u).pop()!;
      if (/^(?:如今|目前|现在|在|今天)?$/u.test(opening)) {
        add(r, holder.e, 'rel.located-in.has-firm', 0.75, first.m.start);
        continue;
      }
    }
    // 在某县的某某公司 (and 位于…的, read with the located verbs): a place before 的 and the name.
    const quoted = /[“"]/u.test(text[r.m.start - 1] ?? '') ? 1 : 0;
    if (text[r.m.start - 1 - quoted] === '的' && !SCENE_BEFORE.test(text.slice(sentences[r.m.sentence]!.start, r.m.start))) {
      // 建在某乡的浙能某县某某电站: a firm's short form opening a longer name (a place printed right after it) names the
      // firm's plant or project, which is there; the firm may not be.
      if (r.e.label === 'Organization' && r.m.text !== r.e.name && placeStartingAt(r.m.end)) continue;
      const place = placeEndingAt(r.m.start - 1 - quoted);
      // 在浙江丽水缙云县的某公司: 在 before the chain the place ends.
      let first = place;
      for (let up = first && placeEndingAt(first.m.start); up; up = placeEndingAt(up.m.start)) first = up;
      const opens = first !== undefined && /在$/u.test(text.slice(Math.max(0, first.m.start - 2), first.m.start));
      // 某区某镇的“某某”: a chain of places down to a town before 的 and the name says where it is.
      const chained = first !== undefined && first !== place && /^(?:Town|Subdistrict|Village|Community)$/u.test(place!.e.kind ?? '');
      if (place && !place.m.attrs.ref && (r.e.label === 'Organization' || isNamedSite(r.m)) && (opens || chained)) add(r, place.e, 'rel.located-in.there', 0.75, first!.m.start);
      // 某县的某某有限公司, 某镇的某某产业园: a county, a town or a zone before 的 and a firm's name (not a body of another
      // kind: 某市的某大学; not a city or province, whose 的 qualifies as often as it locates).
      else if (place && !place.m.attrs.ref && settledKind(r) && printedAsFirm(r) && isScenePlace(place.e)) {
        add(r, place.e, 'rel.located-in.place-de', 0.7, first!.m.start);
        placeDeFirms.set(r.m.end, { place, first: first! });
      }
      // 某村的联合党委, 某镇的便民服务中心: a body named by its kind alone (no place in its name) after a village or a town
      // and 的 is that place's.
      else if (place && !place.m.attrs.ref && r.e.label === 'Organization' && PLACE_BODY_KINDS.has(r.e.kind ?? '') && !r.placeInName && !r.place && r.m.text === r.e.name && /^(?:Town|Subdistrict|Village|Community)$/u.test(place.e.kind ?? '')) add(r, place.e, 'rel.located-in.body-of-place', 0.7, place.m.start);
      continue;
    }
    // 在某镇，一座某某产业园…: introduced in the place the sentence opens with.
    const sentenceStart = sentences[r.m.sentence]!.start;
    const intro = new RegExp(`^在(.{2,16}?)[，,](?:${cues.introWords.join('|')})$`, 'u').exec(text.slice(sentenceStart, r.m.start));
    if (intro) {
      const place = placeEndingAt(sentenceStart + 1 + intro[1]!.length);
      if (place && !place.m.attrs.ref) add(r, place.e, 'rel.located-in.there', 0.75, place.m.start);
      continue;
    }
    // 湖北宜都红花镇，某某有限公司的车间里…: a clause of nothing but places, printed as a dateline sets the scene
    // (opening the sentence, or after ……), and the firm heading the clause after its comma is there.
    const listedAfter = /[、和与及]/u.test(text[r.m.start - 1] ?? '') ? datelineFirms.get(r.m.start - 1) : undefined;
    if (settledKind(r) && printedAsFirm(r) && (listedAfter || /[，,]/u.test(text[r.m.start - 1] ?? ''))) {
      const place = listedAfter ?? placeEndingAt(r.m.start - 1);
      let first = place;
      for (let up = first && placeEndingAt(first.m.start); up; up = placeEndingAt(up.m.start)) first = up;
      const opens = first !== undefined && (listedAfter !== undefined || first.m.start === sentenceStart || /(?:……|——|…)$/u.test(text.slice(sentenceStart, first.m.start)));
      if (place && opens && !place.m.attrs.ref && isScenePlace(place.e)) {
        add(r, place.e, 'rel.located-in.dateline', 0.75, first!.m.start);
        datelineFirms.set(r.m.end, place);
        continue;
      }
    }
    // 在某县某镇，某某有限公司新建了…: a firm (or a park, a project) heading the clause after the phrase that sets the
    // sentence in a county, a town or a zone is there — also the firms listed with it (在某县，甲、乙两家公司…).
    // Not a body of another kind (在某市，某大学的专家…: the university is not said to be there).
    // 在某镇某村，村民甲2019年返乡创办了某合作社: a firm set up (`setUpVerbs`) in a sentence opening with 在 and a
    // county, a town or a village before its comma, no other place between, is there (rel.located-in.scene.set-up-there).
    const setUp = settledKind(r) && printedAsFirm(r) ? new RegExp(`^在([^，,。；]{2,16}?)[，,]([^。；;！？]*?)(?:${cues.setUpVerbs.join('|')})(?:了|起)?(?:一家|一个|一座|这家)?[“"]?$`, 'u').exec(text.slice(sentenceStart, r.m.start)) : null;
    const setUpPlace = setUp ? placeEndingAt(sentenceStart + 1 + setUp[1]!.length) : undefined;
    if (setUpPlace && !setUpPlace.m.attrs.ref && isScenePlace(setUpPlace.e) && !ms.some((q) => q.e.label === 'Place' && q.m.start > setUpPlace.m.end && q.m.start < r.m.start)) {
      add(r, setUpPlace.e, 'rel.located-in.scene.set-up-there', 0.7, setUpPlace.m.start);
      continue;
    }
    const scene = SCENE_BEFORE.exec(text.slice(sentenceStart, r.m.start)) ?? listedAfterScene(r);
    if (scene && settledKind(r) && printedAsFirm(r)) {
      const place = placeEndingAt(sentenceStart + 1 + scene[1]!.length);
      if (place && !place.m.attrs.ref && isScenePlace(place.e)) {
        add(r, place.e, 'rel.located-in.scene', 0.75, place.m.start);
        sceneFirms.set(r.m.end, scene);
      }
    }
  }
  // 在永康，小农机企业忙出海。¶星月集团研发…: a paragraph opening with 在 and a county, a district or a zone (the
  // place alone before the comma) sets the scene for the firms heading the later sentences of that paragraph and the
  // first sentence of the two paragraphs after it, until a paragraph sets another scene (rel.located-in.scene-paragraph).
  // Only firms whose name places them nowhere below a province (星月集团, 福建某某有限公司), printed as firms.
  const paragraphs = article.paragraphs;
  for (let gi = 0; gi < paragraphs.length; gi++) {
    const g = paragraphs[gi]!;
    // (本报讯（记者 某某）在某镇某村，…: a local paper's dateline and byline before it.)
    const opening = g.start + (DATELINE_BYLINE.exec(text.slice(g.start, Math.min(g.end, g.start + 80)))?.[0].length ?? 0);
    const open = /^在([^，,。；]{2,10}?)[，,]/u.exec(text.slice(opening, g.end));
    if (!open) continue;
    const place = placeEndingAt(opening + 1 + open[1]!.length);
    if (!place || place.m.start !== opening + 1 || place.m.attrs.ref || !isScenePlace(place.e)) continue;
    const firstSentence = sentences.find((x) => x.start <= opening && x.end > opening);
    const heads: Array<{ from: number; to: number }> = [];
    for (const x of sentences) if (x.start >= opening && x.end <= g.end && x !== firstSentence) heads.push({ from: x.start, to: x.end });
    // (A town's or a village's scene stays in its paragraph: the next paragraphs may be about the county again.)
    const carried = /^(?:Town|Subdistrict|Village|Community)$/u.test(place.e.kind ?? '') ? [] : paragraphs.slice(gi + 1, gi + 3);
    for (const h of carried) {
      if (/^在[^，,。；]{2,10}?[，,]/u.test(text.slice(h.start, h.end))) break;
      const x = sentences.find((y) => y.start <= h.start && y.end > h.start);
      if (x) heads.push({ from: h.start, to: x.end });
    }
    for (const { from, to } of heads) {
      const head = ms.find((r) => r.m.start >= from && r.m.start < to);
      if (!head || !/^(?:(?:\d{4}年(?:\d{1,2}月)?|今年|去年|近年来|目前|如今|同时|此外)[，,]?)*$/u.test(text.slice(from, head.m.start))) continue;
      // (A firm placed by its own name or words — 丽水某某有限公司 → 丽水市 — stays there; a province alone is no place.)
      const placed = (r: Relation): boolean => r.type === 'LOCATED_IN' && r.start === head.e.key && !/^(?:Province|Country)$/u.test(ms.find((q) => q.e.key === r.end)?.e.kind ?? (r.end.includes('省') ? 'Province' : ''));
      // (A zone's or park's scene is finer than the county a name gives: 在某产业园，某县某公司… is in the park.)
      if (!isZoneLike(place.e) && (earlier.some(placed) || out.some(placed))) continue;
      // (某集团的项目也在附近海域开工建设: near the place, not in it.)
      const near = cues.nearWords.some((w) => text.slice(head.m.end, to).includes(w));
      if (settledKind(head) && head.e.label === 'Organization' && printedAsFirm(head) && !near && !/[、和与及]/u.test(text[head.m.end] ?? '')) add(head, place.e, 'rel.located-in.scene-paragraph', 0.65, head.m.start);
    }
  }
  listedFirmsOfPlace(text, sentences, ms, cues, add);
  return out;
}

/**
 * 某镇现有规模以上企业6家，包括甲、乙等; 在某镇，红枣加工企业已发展到23家。其中，甲、乙、丙…: a place heading its sentence
 * (after 在 or words of time; a chain, the last) that is said to have a count of firms (a `firmCountWords` word and a
 * count of 家 after a verb of having or growing, `FIRM_COUNT_VERBS`), and the firms listed after it — after a
 * `firmListOpeners` word in the same sentence, or opening the next one after 其中 — are there
 * (rel.located-in.place-firms-listed). Not when the place deals with the firms (与…签约, 对接, 帮助: `FIRM_DEALS`).
 */
const FIRM_COUNT_VERBS = /(?:现有|共有|拥有|已有|有|发展到|发展至|达到|达|聚集|集聚|集聚了|聚集了|培育|培育了|新增|入驻|落户|建成)/u;
const FIRM_DEALS = /(?:与|同|跟|向|帮助|帮扶|对接|签约|签订|服务|走访|联系|招引)/u;
function listedFirmsOfPlace(text: string, sentences: Sentence[], ms: ResolvedMention[], cues: Cues, add: (who: ResolvedMention, where: { key: string } | undefined, rule: string, confidence: number, from?: number) => void): void {
  const wordAlt = [...cues.firmCountWords].sort((a, b) => b.length - a.length).join('|');
  const openerAlt = [...cues.firmListOpeners].sort((a, b) => b.length - a.length).join('|');
  const count = new RegExp(`^(.*?)(?:(?:${wordAlt})[^，,。；;：:]{0,10}?(?:\\d+|[一二三四五六七八九十两百]+)(?:余|多)?家|(?:\\d+|[一二三四五六七八九十两百]+)(?:余|多)?家[^，,。；;：:]{0,8}?(?:${wordAlt}))`, 'u');
  const settled = (r: ResolvedMention | undefined): r is ResolvedMention => r !== undefined && settledKind(r) && printedAsFirm(r) && r.e.label === 'Organization';
  const startingAt = new Map(ms.map((r) => [r.m.start, r]));
  // The place a sentence opens with (在, words of time, a chain: the last), said to count firms: its mention.
  const countingPlace = (s: Sentence): { place: ResolvedMention; countEnd: number } | undefined => {
    const lead = /^(?:(?:今年|去年|目前|如今|截至目前|近年来|\d{4}年(?:底|末)?)[，,]?)*在?/u.exec(text.slice(s.start, s.end))![0];
    let place = startingAt.get(s.start + lead.length);
    if (place?.e.label !== 'Place') return undefined;
    for (let next = startingAt.get(place.m.end); next?.e.label === 'Place'; next = startingAt.get(place.m.end)) place = next;
    if (place.m.attrs.ref || !isScenePlace(place.e)) return undefined;
    const rest = text.slice(place.m.end, s.end);
    const c = count.exec(rest);
    if (!c || !FIRM_COUNT_VERBS.test(c[0]) || FIRM_DEALS.test(c[0])) return undefined;
    return { place, countEnd: place.m.end + c[0].length };
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const here = countingPlace(s);
    let listStart: number | undefined;
    if (here) {
      const opener = new RegExp(`^[^。；;]{0,12}?[，,：:](?:其中[，,]?)?(?:${openerAlt})?[：:]?`, 'u').exec(text.slice(here.countEnd, s.end));
      if (opener) listStart = here.countEnd + opener[0].length;
    }
    const before = i > 0 ? countingPlace(sentences[i - 1]!) : undefined;
    const next = before ? /^其中[，,]?(?:有|包括)?[：:]?/u.exec(text.slice(s.start, s.end)) : null;
    const where = listStart !== undefined ? here : next ? before : undefined;
    const at = listStart ?? (next ? s.start + next[0].length : undefined);
    if (!where || at === undefined) continue;
    let member = startingAt.get(at + (/[“"]/u.test(text[at] ?? '') ? 1 : 0));
    if (!settled(member) || !/^[”"]?[、和及]/u.test(text.slice(member.m.end, member.m.end + 2))) continue; // a list: two firms at least
    while (settled(member)) {
      add(member, where.place.e, 'rel.located-in.place-firms-listed', 0.7, here === where ? where.place.m.start : member.m.start);
      const sep = /^[”"]?[、和及][“"]?/u.exec(text.slice(member.m.end, member.m.end + 3));
      member = sep ? startingAt.get(member.m.end + sep[0].length) : undefined;
    }
  }
}
