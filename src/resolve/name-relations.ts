// Step 4b: relations read from names (step 4a, relations.ts, reads them from sentences): the place in an
// organisation's or programme's name, places printed as a chain (云南省红河哈尼族彝族自治州元阳县), a place printed
// right before a name (余杭区浙江恒远机电公司), and a unit named after its parent (中国石化某某分公司).
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/index.js';
import type { RelationshipType } from '../../schema/model.js';
import { isNamedSite, placeChainInName, placeInName, placeRef, upsert, type Home } from './entities.js';
import { zoneEndings, zoneOf } from './place-in-view.js';
import { evidenceFor } from './evidence.js';
import { isRegistrationLevel, placeLevel } from './place-levels.js';
import { loadRelationCues, type ResolvedMention } from './relations.js';
import { loadExtractLexicon } from '../extract/lexicon.js';
import type { Entity, Relation } from './types.js';

/**
 * What names say. 平湖市极地户外服饰有限公司 is in 平湖市; 盈智…（嘉兴）有限公司 is registered in
 * 嘉兴; 马厩村党委 sits in 马厩村; 市人社局 on a Pinghu page is Pinghu's.
 */
export function nameRelations(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>, g: Gazetteer, home: Home): Relation[] {
  const out: Relation[] = [];
  const printed = printedPlaceIds(ms, g);
  const named = placesNamed(ms, g, home, printed);
  for (const { m, e, place, placeInName: ownPlace } of ms) {
    if (e.label !== 'Organization' && e.label !== 'Programme' && !isNamedSite(m)) continue;
    const sentence = sentences[m.sentence];
    const type = placeRelationOf(e);
    const linkTo = (place: GazetteerPlace | undefined, rule: string, confidence: number): void => {
      if (!place || !type) return;
      const ref = placeRef(g, place);
      upsert(entities, ref);
      out.push({ type, start: e.key, end: ref.key, evidence: evidenceFor(article, sentence, [m], rule, confidence) });
    };
    const chain = place ? undefined : placeChainInName(m, g, home, printed);
    const best = chain?.place;
    // 泰安高新区某某中心: a zone's ending after the place the name opens with names that place's zone.
    const ending = chain && [...zoneEndings()].filter((z) => chain.rest.startsWith(z) && chain.rest.length > z.length).sort((a, b) => b.length - a.length)[0];
    const zone = ending ? zoneOf(g, placeRef(g, chain!.place), ending) : undefined;
    if (zone && type) {
      const z = upsert(entities, zone);
      out.push({ type, start: e.key, end: z.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.name-place', 0.8) });
      out.push({ type: 'PART_OF', start: z.key, end: upsert(entities, placeRef(g, chain!.place)).key, evidence: evidenceFor(article, sentence, [m], 'rel.part-of.zone-area', 0.85) });
    } else if (place && type && !m.attrs.region && !(ownPlace && place.kind === 'Landmark' && e.label === 'Organization' && !SITED_KINDS.has(e.kind ?? ''))) {
      // 村委会 read as 东方村村委会, 市人社局 as 平湖市人社局: the body sits in the place it was read with; 梅溪村党总支,
      // 宜昌高新区党工委: in the place its name opens with. (Not a firm named after a mountain or a lake — 天山乳业公司:
      // its brand, as in landmarkInName below; rel.located-in.name-place.not-landmark-brand.)
      const rule = ownPlace ? 'rel.located-in.name-place' : 'rel.located-in.relative-name';
      out.push({ type, start: e.key, end: upsert(entities, place).key, evidence: evidenceFor(article, sentence, [m], rule, ownPlace ? 0.8 : 0.75) });
    } else if (best && branchOrPair(e.name, chain!.rest, best, ms, g)) {
      // 宁波某某公司竹山分公司, 宁波竹山协作产业园: the name's opening place is the parent's or the partner's; a branch
      // is where its own place says (rel.located-in.branch-place), a site named by two places by neither.
      const own = branchPlace(e.name, ms);
      if (own && type) out.push({ type, start: e.key, end: own.e.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.branch-place', 0.8) });
    } else if (best) {
      // A foreign firm's country is where it is from (日本电产); a province is the level a firm's name was
      // registered at, but a government body or party organisation named after its province (某省能源局, 某省委)
      // is that province's own. With a region in brackets (上海某某科技（广西）有限公司) the place before the name is
      // the parent company's, and the bracket says where this one is.
      const provinceBody = best.kind === 'Province' && (e.kind === 'GovernmentAgency' || e.kind === 'PartyOrganization');
      // 天堂镇黄尾村 … 黄尾菌菇专业合作社: a name opening with the stem of a village the article prints (黄尾 of 黄尾村), no
      // level after it, is named after that village, not after a namesake town or county of that stem the article
      // never prints on its own (guard rel.located-in.name-place.village-stem; the village is read by
      // rel.located-in.name-village for a cooperative or a workshop, a firm so named being a brand).
      const form = m.text.slice(0, m.text.length - chain!.rest.length);
      const villageStem =
        /^(?:Town|Subdistrict|County|District)$/u.test(best.kind) &&
        !/(?:县|市|区|镇|乡|街道)$/u.test(form) &&
        ms.some((r) => r.e.label === 'Place' && !r.m.attrs.ref && (r.e.kind === 'Village' || r.e.kind === 'Community') && /(?:村|社区)$/u.test(r.e.name) && r.e.name.replace(/(?:村|社区)$/u, '').length >= 2 && form.endsWith(r.e.name.replace(/(?:村|社区)$/u, ''))) &&
        !ms.some((r) => r.e.label === 'Place' && r.e.key === placeRef(g, best).key);
      const located =
        !villageStem &&
        best &&
        (best.kind === 'Country' ? e.props.foreign === true : (provinceBody || !isRegistrationLevel(best.kind, best.name)) && !m.attrs.region) &&
        (best.kind === 'Country' || named.has(best.id) || [...named].some((id) => g.within(id, best.id))) &&
        !(best.kind === 'Landmark' && e.label === 'Organization' && !SITED_KINDS.has(e.kind ?? ''));
      // 中溪镇石柱村 … 石柱村党支部: a village the article read under its printed town (the gazetteer has none of that name
      // there) is the one a body named after it sits in, not a namesake the gazetteer knows elsewhere in the county; so
      // is a town the article read as the home county's (沙河镇：… 沙河镇某某专业合作社 on a county paper whose county
      // the gazetteer lists no 沙河镇 for), not a namesake in another province.
      const printedVillage = located && (best.kind === 'Village' || best.kind === 'Community' || best.kind === 'Town' || best.kind === 'Subdistrict') ? ms.find((r) => r.e.label === 'Place' && !r.m.attrs.ref && r.e.kind === best.kind && r.e.name === best.name && r.e.key !== placeRef(g, best).key) : undefined;
      if (printedVillage && type) out.push({ type, start: e.key, end: printedVillage.e.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.name-place.printed-village', 0.8) });
      else if (located) linkTo(best, 'rel.located-in.name-place', 0.8);
    } else if (type && !best && m.attrs.place && m.attrs.place.start === m.start && farNamesakeOnly(m, g) && printedLocal(m.attrs.place.text, ms)) {
      // 柳林镇：… 柳林镇某某合作社, a town whose gazetteer namesakes are all far (no place of the name: entities.ts
      // placeChainInName) but which the article prints on its own (read as the page's own town): the body is there.
      out.push({ type, start: e.key, end: printedLocal(m.attrs.place.text, ms)!.e.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.name-place.printed-village', 0.8) });
    } else if (type && !m.attrs.region && !m.attrs.country) {
      // 涪陵榨菜培训中心, 柳州螺蛳粉产业服务中心: named with the short form of a place the article names.
      // A school, hospital, institute or public body named with its city's short form (西陵大学 for 西陵市) is there
      // too; a firm's brand often is not.
      const sited = e.label === 'Organization' && SITED_KINDS.has(e.kind ?? '');
      const named = shortFormPlace(e.name, ms, sited);
      if (named) out.push({ type, start: e.key, end: named.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.name-short-form', 0.75) });
      // 某山民宿培训中心, 某湖景区管理中心: such a body named after a mountain, a lake or a scenic spot the article names on
      // its own (not a river or a desert, which stretch too far to place it) is there.
      const landmark = !named && sited ? landmarkInName(e.name, ms) : undefined;
      if (landmark) out.push({ type, start: e.key, end: landmark.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.name-landmark', 0.75) });
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
  out.push(...printedChains(article, sentences, ms, entities, g, home));
  out.push(...placesReadUnder(article, sentences, ms, entities, g));
  out.push(...namedAfterParent(article, sentences, ms, entities));
  out.push(...ownedProjects(article, sentences, ms));
  out.push(...namedAfterVillage(article, sentences, ms, out, home));
  return out;
}

/**
 * A unit that is a branch (某某有限公司竹山分公司, 某某银行城关支行): the place named between the parent's ending and
 * the branch's, where the article names that place on its own (by its name or its name without the level).
 */
const BRANCH_NAME = /(?:公司|集团|银行|研究院|医院)([\u4e00-\u9fff]{2,8}?)(?:分公司|分厂|分行|支行|分院|分店|营业部|办事处|分中心)$/u;

function branchPlace(name: string, ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  const form = BRANCH_NAME.exec(name)?.[1];
  return form ? placeNamedAs(form, ms) : undefined;
}

/** A place the article names on its own as `form` (竹山县 for 竹山, or 竹山县 itself). */
function placeNamedAs(form: string, ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  return ms.find((r) => r.e.label === 'Place' && !r.m.attrs.ref && (r.e.name === form || (r.e.name.length > form.length && r.e.name.startsWith(form) && LEVEL_AFTER_FORM.test(r.e.name.slice(form.length)))));
}

const LEVEL_AFTER_FORM = /^(?:自治县|自治旗|自治州|市|县|区|旗|州|镇|乡|街道)$/u;

/**
 * The place a name opens with is not where it is: a branch whose own place the article names (the opening place is
 * the parent's), or a site named by two places of the article that lie in neither (宁波竹山协作产业园: a pairing).
 */
function branchOrPair(name: string, rest: string, best: GazetteerPlace, ms: readonly ResolvedMention[], g: Gazetteer): boolean {
  const own = branchPlace(name, ms);
  if (own) return own.e.key !== `place:${best.id}`;
  for (let n = Math.min(4, rest.length - 2); n >= 2; n--) {
    const other = placeNamedAs(rest.slice(0, n), ms);
    const id = other?.e.key.startsWith('place:') ? other.e.key.slice('place:'.length) : undefined;
    if (id && g.get(id) && id !== best.id && !g.within(id, best.id) && !g.within(best.id, id)) return true;
  }
  return false;
}

/**
 * 某村股份经济合作社, 某某共富工坊 after 某某村, 安吉某某黄精专业合作社 after 某某村: a cooperative, a collective economic
 * organisation or a workshop (`located.villageBodyEndings`) whose name opens with a village's or community's name or
 * stem the article names — after the short form or name of its county, city or town (or the paper's own), if any — is in that village
 * (rel.located-in.name-village). A firm so named (某某文旅有限公司) is a brand and says nothing.
 */
function namedAfterVillage(article: Article, sentences: Sentence[], ms: ResolvedMention[], before: readonly Relation[], home?: Home): Relation[] {
  const out: Relation[] = [];
  const { located } = loadRelationCues();
  const villages = ms.filter((r) => r.e.label === 'Place' && (r.e.kind === 'Village' || r.e.kind === 'Community') && !r.m.attrs.ref);
  const areas = ms.filter((r) => r.e.label === 'Place' && /^(?:City|County|District|Town|Subdistrict)$/u.test(r.e.kind ?? '') && !r.m.attrs.ref);
  // (The paper's own county or city counts as named: a county paper prints 长葛市某某合作社 without naming 长葛市 alone.)
  const areaNames = [...areas.map((r) => r.e.name), ...(home?.city ? [home.city.name] : [])];
  const areaForms = new Set(areaNames.flatMap((name) => [name, name.replace(/(?:自治县|自治旗|市|县|区|旗|镇|乡|街道)$/u, '')]).filter((f) => f.length >= 2));
  const seen = new Set<string>();
  for (const r of ms) {
    if (r.e.label !== 'Organization' || seen.has(r.e.key) || !located.villageBodyEndings.some((w) => r.e.name.endsWith(w))) continue;
    for (const v of villages) {
      const stem = v.e.name.replace(/(?:村|社区|居委会)$/u, '');
      if (stem.length < 2 || stem === v.e.name) continue;
      const at = r.e.name.indexOf(stem);
      if (at < 0 || (at > 0 && !areaForms.has(r.e.name.slice(0, at)))) continue;
      // (The name goes on past the stem: 大溪黄精专业合作社, not the stem alone before the ending.)
      if (r.e.name.length - at - stem.length < 2) continue;
      if (before.some((x) => x.type === 'LOCATED_IN' && x.start === r.e.key && x.end === v.e.key)) break;
      seen.add(r.e.key);
      out.push({ type: 'LOCATED_IN', start: r.e.key, end: v.e.key, evidence: evidenceFor(article, sentences[r.m.sentence], [r.m], 'rel.located-in.name-village', 0.75) });
      break;
    }
  }
  return out;
}

/**
 * 某某有限公司|年产5万吨聚氨酯项目: a project printed right after a company's full name (the recognizer starts the
 * project's name after the company's legal form) is the company's own: it runs it.
 */
function ownedProjects(article: Article, sentences: Sentence[], ms: ResolvedMention[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 1; i < ms.length; i++) {
    const project = ms[i]!;
    const owner = ms[i - 1]!;
    if (project.e.label !== 'Programme' || project.e.kind !== 'Project' || owner.e.label !== 'Organization' || owner.e.kind !== 'Company') continue;
    if (owner.m.end !== project.m.start || !owner.m.text.endsWith('公司')) continue;
    out.push({ type: 'ORGANIZED', start: owner.e.key, end: project.e.key, evidence: evidenceFor(article, sentences[project.m.sentence], [owner.m, project.m], 'rel.organized.own-project', 0.8) });
  }
  return out;
}

/**
 * The gazetteer places an article names: those named on their own, and those opening a name in a way that says
 * the name is there (placeSaysWhere). A name opening with a place's short form and nothing more to go on (阿里云公司
 * with 阿里 for 阿里地区, 海西分院 with 海西 for 海西州) says nothing of where it is: such names are brands and
 * homonyms as often as they are places.
 */
function placesNamed(ms: readonly ResolvedMention[], g: Gazetteer, home: Home, printed: readonly string[]): Set<string> {
  const named = new Set<string>(printed);
  for (const { m, e } of ms) {
    if (e.label === 'Organization' || e.label === 'Programme' || isNamedSite(m)) {
      const chain = placeChainInName(m, g, home, printed);
      if (chain && placeSaysWhere(m, chain, g, home)) named.add(chain.place.id);
    }
  }
  return named;
}

/** The name opens with a township or village the gazetteer lists only as namesakes (placeChainInName placed none). */
function farNamesakeOnly(m: ResolvedMention['m'], g: Gazetteer): boolean {
  const ids = m.attrs.place?.placeIds ?? [];
  return ids.length > 1 && ids.every((id) => LOCAL_KINDS.has(g.get(id)?.kind ?? ''));
}
const LOCAL_KINDS = new Set(['Town', 'Subdistrict', 'Village', 'Community']);

/** A township or village the article prints on its own by `name` (not a relative name). */
function printedLocal(name: string, ms: readonly ResolvedMention[]): ResolvedMention | undefined {
  return ms.find((r) => r.e.label === 'Place' && !r.m.attrs.ref && r.e.name === name && LOCAL_KINDS.has(r.e.kind ?? ''));
}

/** The gazetteer places the article prints on their own. */
function printedPlaceIds(ms: readonly ResolvedMention[], g: Gazetteer): string[] {
  const ids = new Set<string>();
  for (const { e } of ms) if (e.label === 'Place' && g.get(e.key.slice('place:'.length))) ids.add(e.key.slice('place:'.length));
  return [...ids];
}

const LEGAL_FORM_END = /(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团股份有限公司|集团公司|集团|总公司|分公司|公司)$/u;

/**
 * Whether the place a name opens with says where the body is, by the name alone: the place printed by its full
 * name (平湖市某某公司, 阿里地区某某局) or an alias, a province, a chain of places (宁夏吴忠…), a place of the
 * paper's own area (its short forms are how the paper writes it), or a name as it is registered: the place, a name
 * of two characters or more, a legal form or the ending of a body (喀什某某电子商务有限公司, 苏州某某职业技术学院).
 * A short form before one character and a legal form (阿里云公司) or before a bare word of kind (海西分院) is not.
 */
function placeSaysWhere(m: ResolvedMention['m'], chain: { place: GazetteerPlace; rest: string }, g: Gazetteer, home: Home): boolean {
  const opening = m.attrs.place;
  if (!opening) return false;
  if (!opening.placeIds.includes(chain.place.id)) return true; // a chain: 宁夏吴忠
  const form = g.lookup(opening.text).find((x) => x.placeId === chain.place.id)?.form;
  if (form === 'full' || form === 'alias' || chain.place.kind === 'Province') return true;
  if ([home.city, home.prefecture, home.province].some((h) => h && g.within(chain.place.id, h.id))) return true;
  const rest = chain.rest.replace(/[（(][^）)]*[)）]/gu, '');
  const ending = LEGAL_FORM_END.exec(rest)?.[0] ?? orgEndings().find((x) => rest.endsWith(x));
  return ending !== undefined && rest.length - ending.length >= 2;
}

let endings: string[] | undefined;
/** The endings of organisations' names (org-suffixes.json), longest first. */
function orgEndings(): string[] {
  return (endings ??= loadExtractLexicon().orgSuffixes.map((x) => x.suffix).sort((a, b) => b.length - a.length));
}

/**
 * What a place in (or printed before) a name says: an organisation is there; a project or platform is there; a
 * policy, a campaign or a pilot named with its place runs there. An award named with its place (浙江省科学技术进步奖) says
 * who gives it, not where anything is.
 */
function placeRelationOf(e: Entity): RelationshipType | undefined {
  // An industrial park (a place named like a body, isNamedSite) lies in the place its name opens with.
  if (e.label === 'Organization' || e.label === 'Place') return 'LOCATED_IN';
  if (e.label !== 'Programme') return undefined;
  // 某区“某某”试点工作: a pilot named with its place is trialled there.
  if (e.kind === 'Project' && [e.name, ...e.aliases].some((n) => /试点(?:工作)?$/u.test(n))) return 'PILOTED_IN';
  if (e.kind === 'Project' || e.kind === 'Platform') return 'LOCATED_IN';
  // 百里洲砂梨采摘节, 某县手工制茶技能大赛: an event (a festival, a contest, a fair: `eventEndings`) named with its
  // place is held there, not piloted there.
  if (e.kind === 'Campaign' && loadRelationCues().eventEndings.some((w) => e.name.endsWith(w))) return 'LOCATED_IN';
  if (e.kind === 'Policy' || e.kind === 'Campaign') return 'PILOTED_IN';
  return undefined;
}

/**
 * Names printed one after the other, with nothing between them, as papers write addresses: a chain of places
 * from the larger down (云南省红河哈尼族彝族自治州元阳县新街镇, with or without the province) makes each place part of
 * the one before it; a place right before an organisation or programme (余杭区浙江恒远机电公司) is where it
 * is. The gazetteer, where it knows both places, must agree.
 */
function printedChains(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>, g: Gazetteer, home: Home): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    // 省级非遗项目某某代表性传承人|某某, 全国劳动模范|某某: a title conferred on people, printed right before a name as a
    // title of office is, is that person's.
    if (a.e.label === 'Programme' && a.e.kind === 'Recognition' && b.e.label === 'Person' && a.m.end === b.m.start) {
      out.push({ type: 'RECEIVED', start: b.e.key, end: a.e.key, evidence: evidenceFor(article, sentences[b.m.sentence], [a.m, b.m], 'rel.received.title-before-name', 0.8) });
      continue;
    }
    // 国家电网某省电力有限公司|某县供电公司: a place's unit of a firm printed right after the firm's full name (its legal
    // form closing it) is part of that firm — one unit, the firm the other node (rel.part-of.unit-after-firm).
    if (a.e.label === 'Organization' && b.e.label === 'Organization' && a.m.end === b.m.start && a.e.key !== b.e.key && a.e.kind === 'Company' && FIRM_CLOSED.test(a.e.name) && UNIT_OF_PLACE.test(b.m.text ?? article.text.slice(b.m.start, b.m.end))) {
      out.push({ type: 'PART_OF', start: b.e.key, end: a.e.key, evidence: evidenceFor(article, sentences[b.m.sentence], [a.m, b.m], 'rel.part-of.unit-after-firm', 0.8) });
      continue;
    }
    if (a.e.label !== 'Place' || a.m.end !== b.m.start || a.e.key === b.e.key) continue;
    const evidence = (rule: string, confidence: number) => evidenceFor(article, sentences[b.m.sentence], [a.m, b.m], rule, confidence);
    if (b.e.label === 'Place') {
      const upper = placeLevel(a.e.kind, a.e.name);
      const lower = placeLevel(b.e.kind, b.e.name);
      if (upper === undefined || lower === undefined || lower <= upper) continue;
      if (knownApart(g, a.e, b.e)) continue;
      // A landmark or a park (秭归县|某某产业园) lies in the place before it; a place of the hierarchy is part of it.
      out.push({ type: b.e.kind === 'Landmark' || isNamedSite(b.m) ? 'LOCATED_IN' : 'PART_OF', start: b.e.key, end: a.e.key, evidence: evidence('rel.part-of.printed-chain', 0.85) });
      continue;
    }
    if (isRegistrationLevel(a.e.kind, a.e.name)) continue;
    const printed = a.e.key.startsWith('place:') ? g.get(a.e.key.slice('place:'.length)) : undefined;
    if (b.m.attrs.place?.start === b.m.start) {
      const own = placeInName(b.m, g, home);
      if (!own) continue;
      const ownLevel = placeLevel(own.kind) ?? 0;
      const printedLevel = placeLevel(a.e.kind) ?? 9;
      // 曹桥街道马厩村党委: the place printed first holds the place the name begins with, not the body itself.
      if (ownLevel > printedLevel && (!printed || g.within(own.id, printed.id))) {
        out.push({ type: 'PART_OF', start: upsert(entities, placeRef(g, own)).key, end: a.e.key, evidence: evidence('rel.part-of.printed-chain', 0.85) });
        continue;
      }
      // 富阳区杭州某某纸业有限公司: a name registered in the city; the district before it is where the firm is.
      if (ownLevel >= printedLevel || (printed && !g.within(printed.id, own.id))) continue;
    }
    // 甲县与乙区“山海协作”工程: a programme pairing places, printed after the second of the pair, is no place's: both
    // places of the pair take part in it (the partners themselves are read in partners.ts).
    if (b.e.label === 'Programme' && loadRelationCues().partners.pairings.some((w) => b.e.name.startsWith(w))) {
      out.push({ type: 'PARTICIPATED_IN', start: a.e.key, end: b.e.key, evidence: evidence('rel.participated-in.pairing', 0.75) });
      let first = i;
      while (first > 0 && ms[first - 1]!.e.label === 'Place' && ms[first - 1]!.m.end === ms[first]!.m.start) first--;
      const at = ms[first]!.m.start - 1;
      const other = /[与和同]/u.test(article.text[at] ?? '') ? ms.find((q) => q.e.label === 'Place' && q.m.end === at && q.m.sentence === b.m.sentence) : undefined;
      if (other && other.e.key !== a.e.key) out.push({ type: 'PARTICIPATED_IN', start: other.e.key, end: b.e.key, evidence: evidenceFor(article, sentences[b.m.sentence], [other.m, b.m], 'rel.participated-in.pairing', 0.75) });
      continue;
    }
    // A platform printed after a place (某市“某某”系统) is that place's, wherever it runs.
    const type = b.e.kind === 'Platform' ? undefined : placeRelationOf(b.e);
    if (type) out.push({ type, start: b.e.key, end: a.e.key, evidence: evidence('rel.located-in.printed-place', 0.8) });
    // 我市甲、乙2家企业: the paper's own area word qualifies the whole list after it.
    if (type && a.m.attrs.ref) {
      for (let j = i + 2, prev = b; j < ms.length && /^[、和及与]$/u.test(article.text.slice(prev.m.end, ms[j]!.m.start)) && ms[j]!.e.label === b.e.label; prev = ms[j]!, j++) {
        out.push({ type, start: ms[j]!.e.key, end: a.e.key, evidence: evidenceFor(article, sentences[ms[j]!.m.sentence], [a.m, ms[j]!.m], 'rel.located-in.printed-place', 0.75) });
      }
    }
  }
  return out;
}

/** Two gazetteer places where the lower is not within the upper: the chain was misread, not a fact. */
function knownApart(g: Gazetteer, upper: Entity, lower: Entity): boolean {
  const u = g.get(upper.key.slice('place:'.length));
  const l = g.get(lower.key.slice('place:'.length));
  return u !== undefined && l !== undefined && !g.within(l.id, u.id);
}

/** A firm's full name closed by its legal form (某某电力有限公司, 某某股份有限公司, 某某集团有限公司). */
const FIRM_CLOSED = /(?:有限公司|有限责任公司|股份公司|集团公司)$/u;
/** A unit named by a place (a county, district, city or town) and a unit's ending (某县供电公司, 某区分公司, 某镇供电所, 某县支行). */
const UNIT_OF_PLACE = /^[\u4e00-\u9fff]{1,8}?[省市县区镇乡州旗][\u4e00-\u9fff]{0,4}(?:公司|分公司|分行|支行|营业部|供电所|营业所|分局|中心)$/u;
const LEGAL_FORM = /^(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团股份有限公司|集团公司|集团|公司|股份公司)$/u;

/**
 * A unit named after its parent organisation (中国石化某某分公司, 某某银行某某支行) is part of it, when the
 * article names the parent on its own too.
 */
function namedAfterParent(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  const orgs = [...new Map(ms.filter((r) => r.e.label === 'Organization').map((r) => [r.e.key, r])).values()];
  for (const child of orgs) {
    // 某某集团 and 某某集团有限公司 are one company under two names, not a unit and its parent.
    const unit = (p: ResolvedMention): boolean => !LEGAL_FORM.test(child.e.name.slice(p.e.name.length));
    const parent = orgs.filter((p) => p !== child && p.e.name.length >= 3 && child.e.name.length >= p.e.name.length + 2 && child.e.name.startsWith(p.e.name) && unit(p)).sort((x, y) => y.e.name.length - x.e.name.length)[0] ?? byShortName(orgs, child);
    if (parent) out.push({ type: 'PART_OF', start: child.e.key, end: parent.e.key, evidence: evidenceFor(article, sentences[child.m.sentence], [child.m], 'rel.part-of.name-parent', 0.8) });
    else {
      // 某某集团神东煤炭布尔台煤矿, 某某集团某矿业公司某煤矿: a group printed only inside its unit's name is a node of its
      // own, and the unit part of it.
      const group = child.e.kind === 'Company' ? GROUP_THEN_UNIT.exec(child.e.name) : null;
      if (group && !UNIT_IS_FORM.test(child.e.name.slice(group[1]!.length))) {
        const g = upsert(entities, { key: `org:${group[1]}`, label: 'Organization', kind: 'Company', name: group[1]!, props: {} });
        out.push({ type: 'PART_OF', start: child.e.key, end: g.key, evidence: evidenceFor(article, sentences[child.m.sentence], [child.m], 'rel.part-of.name-group', 0.75) });
      }
    }
  }
  return out;
}

/** A group's name (two characters or more and 集团) and a unit's after it (three characters or more, no bracket). */
const GROUP_THEN_UNIT = /^([\u4e00-\u9fff]{2,8}?集团)([\u4e00-\u9fff]{3,})$/u;
/** What follows 集团 in a group's own registered name (集团有限公司, 集团股份有限公司, 集团公司), not a unit's. */
const UNIT_IS_FORM = /^(?:有限|股份|公司|控股|总公司)/u;

/**
 * 青山煤矿党委 after 某集团青山煤矿 (the mine printed alone too, so 青山煤矿 is an alias of the mine): a body named
 * after a group's unit by the unit's own name (the alias its full name ends with, after the group's or a company's
 * name; three characters or more) is part of the unit; so is one named after a public body's name without the places
 * it was printed with (某某中心党委 after 某省某市某某中心).
 */
function byShortName(orgs: readonly ResolvedMention[], child: ResolvedMention): ResolvedMention | undefined {
  for (const p of orgs) {
    if (p === child) continue;
    for (const alias of p.e.aliases) {
      if (alias.length >= 3 && alias !== p.e.name && p.e.name.endsWith(alias) && (p.e.kind !== 'Company' || /(?:集团|公司)/u.test(p.e.name.slice(0, -alias.length))) && child.e.name.length >= alias.length + 2 && child.e.name.startsWith(alias) && !LEGAL_FORM.test(child.e.name.slice(alias.length))) return p;
    }
  }
  return undefined;
}

/**
 * A place the gazetteer lacks (a village, a landmark) hangs from the place it was read under (references.ts): the
 * place printed before it, else the one a level up in view, else the paper's city. Stated once per article, at its
 * first mention.
 */
function placesReadUnder(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>, g: Gazetteer): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  const { located } = loadRelationCues();
  // The places of the article: those named, and those a relative name was read with (泰安高新区 for 高新区党工委).
  const read = [...ms.filter((r) => r.e.label === 'Place').map((r) => ({ m: r.m, e: r.e })), ...ms.filter((r) => r.place).map((r) => ({ m: r.m, e: entities.get(r.place!.key) }))];
  for (const { m, e } of read) {
    const parentKey = e?.props.parentKey as string | undefined;
    if (!e || !parentKey || seen.has(e.key) || g.get(e.key.slice('place:'.length))) continue;
    seen.add(e.key);
    const known = g.get(parentKey.slice('place:'.length));
    const parent = known ? upsert(entities, placeRef(g, known)) : entities.get(parentKey);
    // A zone named by its county (昆山高新区) is that county's by its name; anything else by where it was read.
    const named = e.key.startsWith('place:zone:');
    // A desert, a grassland or a river stretches far beyond the town or village in view: it is where the text puts
    // it (a place printed right before its name), not there; and 邻近的某村 is beside the place in view, not in it.
    const printed = ms.some((r) => r.e.label === 'Place' && r.m.end === m.start);
    const wide = e.kind === 'Landmark' && located.wideFeatures.some((w) => e.name.endsWith(w));
    if (!named && !printed && (wide || located.nearWords.some((w) => article.text.slice(Math.max(0, m.start - w.length - 1), m.start).replace(/的$/u, '').endsWith(w)))) continue;
    if (parent) out.push({ type: e.kind === 'Landmark' ? 'LOCATED_IN' : 'PART_OF', start: e.key, end: parent.key, evidence: evidenceFor(article, sentences[m.sentence], [m], named ? 'rel.part-of.zone-area' : 'rel.part-of.read-under', named ? 0.85 : 0.6) });
  }
  return out;
}

/** The kinds of body that are where their name's place is (a firm's name may carry a brand's place instead). */
const SITED_KINDS = new Set(['School', 'Hospital', 'ResearchInstitute', 'PublicInstitution', 'GovernmentAgency', 'Association']);

/**
 * A county-level or lower place of the article whose short form (涪陵 for 涪陵区, 缙云 for 缙云县) begins `name`; with
 * `cities`, a city's too (西安 for 西安市).
 */
function shortFormPlace(name: string, ms: ResolvedMention[], cities = false): Entity | undefined {
  for (const { e } of ms) {
    if (e.label !== 'Place' || e.kind === 'Landmark') continue;
    if ((placeLevel(e.kind) ?? 0) < 3 && !(cities && e.kind === 'City')) continue;
    // (A village's too for such a body, 王庄科技小院 after 王庄村: a firm's name may carry a village's stem as a brand.)
    const village = e.kind === 'Village' || e.kind === 'Community';
    if (village && !cities) continue;
    const short = e.name.replace(/(?:自治县|自治旗|市|县|区|旗|镇|乡|街道|村|社区)$/u, '');
    // (镜泊湖… after 镜泊镇: the short form opens a lake's or a mountain's name, not the town's.)
    // (安平县某某公司 with 安平镇 named: the name opens with another place's full name — the county's — not this one's.)
    if (short.length >= 2 && short !== e.name && name.length > short.length + 1 && name.startsWith(short) && !name.startsWith(e.name) && !NATURAL_FEATURE.test(name[short.length]!) && !OTHER_LEVEL.test(name.slice(short.length))) return e;
  }
  return undefined;
}

/** An administrative ending right after a short form in a name (安平|县): the name opens with that place's full name. */
const OTHER_LEVEL = /^(?:自治县|自治旗|县|市|区|旗|镇|乡|街道)/u;

/** The one-character endings of a lake's, a mountain's or a river's name. */
const NATURAL_FEATURE = /^[湖山江河溪岛湾峡谷峰岭洲海泉]$/u;

/** A landmark the article names on its own (one the gazetteer lacks, not a wide feature) whose full name begins `name`. */
function landmarkInName(name: string, ms: ResolvedMention[]): Entity | undefined {
  const { located } = loadRelationCues();
  for (const { m, e } of ms) {
    if (e.label !== 'Place' || e.kind !== 'Landmark' || m.attrs.placeIds?.length || located.wideFeatures.some((w) => e.name.endsWith(w))) continue;
    if (e.name.length >= 2 && name.length >= e.name.length + 2 && name.startsWith(e.name)) return e;
  }
  return undefined;
}
