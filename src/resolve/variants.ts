// Step 2: on each page, short and variant names are tied to the full name they stand for; across the pages, a
// firm's full name printed without its place is the firm printed with one.
import { z } from 'zod';
import type { Gazetteer } from '../gazetteer/index.js';
import { readModelJson } from '../util/model-file.js';
import { loadExtractLexicon } from '../extract/lexicon.js';
import { companyBody as companyBodyOf, isCharBagOf, isNamedSite, isSubsequence } from './entities.js';
import type { EntityRef } from './entities.js';
import type { Pending } from './references.js';

/**
 * Variants on one page are one entity. Company names that share trade name, region and legal form
 * and differ by words left out (盈智热管理（嘉兴）有限公司 → 盈智热管理科技（嘉兴）有限公司); programme names
 * whose characters all appear in a fuller one of the same kind (嘉兴市级认定 → 嘉兴市级科技企业孵化器认定).
 * Awards are kept apart: 中国专利奖 is not its 优秀奖 grade.
 */
/** A pairing park's name with its second place in brackets: 北仑（遂昌）产业园 → 北仑, 遂昌, 产业园. */
const BRACKETED_PAIR = /^([\u4e00-\u9fff]{2,8})[（(]([\u4e00-\u9fff]{2,8})[)）]([\u4e00-\u9fff]{2,10})$/u;

export function tieVariantsOnPage(pending: Pending[], g: Gazetteer): void {
  const rename = new Map<string, EntityRef>();
  // Each name's body once, not once for every pair of names.
  const bodies = new Map<string, ReturnType<typeof companyBodyOf>>();
  const companyBody = (name: string): ReturnType<typeof companyBodyOf> => {
    let b = bodies.get(name);
    if (!b) bodies.set(name, (b = companyBodyOf(name, g)));
    return b;
  };
  const companies = [...new Map(pending.filter((p) => p.ref.label === 'Organization' && p.ref.kind === 'Company').map((p) => [p.ref.key, p.ref])).values()];
  for (const a of companies) {
    const ba = companyBody(a.name);
    for (const b of companies) {
      if (a === b || b.name.length <= a.name.length) continue;
      const bb = companyBody(b.name);
      if (ba.form && ba.form === bb.form && ba.body.length >= 2 && (ba.region ?? bb.region) === (bb.region ?? ba.region) && ba.body.slice(0, 2) === bb.body.slice(0, 2) && isSubsequence(ba.body, bb.body) && samePlace(ba.places, bb.places, g)) rename.set(a.key, b);
      // 某某集团 and 某某集团有限公司 (集团公司, 集团股份有限公司): a group named without its legal form.
      else if (a.name.endsWith('集团') && GROUP_LEGAL_FORM.exec(b.name)?.index === a.name.length && b.name.startsWith(a.name)) rename.set(a.key, b);
    }
  }
  // Short forms (盈智, 信易电热) name the full company whose name, after its place, begins with them; when two
  // do (盈智热管理… and 上海盈智汽车…), the one the page names most.
  const counts = new Map<string, number>();
  for (const p of pending) counts.set(p.ref.key, (counts.get(p.ref.key) ?? 0) + 1);
  for (const a of companies) {
    if (companyBody(a.name).form) continue; // a full name, not a short form
    const fuller = companies.filter((b) => b !== a && companyBody(b.name).form && companyBody(b.name).body.startsWith(a.name));
    const best = fuller.sort((x, y) => (counts.get(y.key) ?? 0) - (counts.get(x.key) ?? 0))[0];
    if (best && !rename.has(a.key)) rename.set(a.key, best);
  }
  // 鑫诚公司 after 河北鑫诚精密铸造有限公司 on one page: a firm called by the start of its trade name and 公司 alone (no
  // place, no other word) is the one firm of the page whose trade name begins so (variant.trade-name-company).
  for (const a of companies) {
    const ba = companyBody(a.name);
    if (rename.has(a.key) || ba.form !== '公司' || ba.places || ba.region || ba.body.length < 2 || ba.body.length > 4) continue;
    const fuller = companies.filter((b) => b !== a && b.name.length > a.name.length && companyBody(b.name).form !== '' && companyBody(b.name).form !== '公司' && companyBody(b.name).body.startsWith(ba.body));
    if (fuller.length === 1) rename.set(a.key, fuller[0]!);
  }
  // 沈鼓集团 and 沈阳鼓风机集团股份有限公司, 浙能集团 and 浙江省能源集团有限公司 on one page: a group by its abbreviation
  // (two or three characters, the first the full name's first, all of them in order in the full name before 集团) is
  // the one group on the page whose name holds them so.
  for (const a of companies) {
    const abbr = GROUP_ABBREVIATION.exec(a.name);
    if (!abbr || rename.has(a.key)) continue;
    const fuller = companies.filter((b) => {
      if (b === a || b.name.length <= a.name.length + 2 || b.name[0] !== a.name[0]) return false;
      const at = b.name.indexOf('集团');
      return at > abbr[1]!.length && isSubsequence(abbr[1]!, b.name.slice(0, at)) && !b.name.startsWith(abbr[1]!);
    });
    if (fuller.length === 1) rename.set(a.key, renamedTo(rename, fuller[0]!));
  }
  // 某某农商银行 and 浙江某某农村商业银行股份有限公司 on one page: a bank by its short name and its registered name,
  // opened by places of one chain, is one bank, under the registered name.
  const banks = [...new Map(pending.filter((p) => p.ref.label === 'Organization' && p.ref.kind === 'Bank').map((p) => [p.ref.key, p.ref])).values()];
  for (const b of banks) {
    const bb = companyBody(bankName(b.name));
    if (!bb.places) continue;
    for (const a of banks) {
      if (a === b || b.name.length <= a.name.length || rename.has(a.key)) continue;
      const ba = companyBody(bankName(a.name));
      if (ba.places && ba.body === bb.body && ba.body.length >= 2 && samePlace(ba.places, bb.places, g)) rename.set(a.key, b);
    }
  }
  // 浦江法院, 浦江县法院 and 浦江县人民法院 on one page: a court or a procuratorate goes by its place (or the place's
  // short form) without 人民.
  const publicBodies = [...new Map(pending.filter((p) => p.ref.label === 'Organization' && p.ref.kind !== 'Company').map((p) => [p.ref.key, p.ref])).values()];
  for (const b of publicBodies) {
    // 某市中院 and 某市中级人民法院: an intermediate court by its short name.
    const intermediate = INTERMEDIATE_COURT.exec(b.name);
    if (intermediate) {
      const short = intermediate[1]!.replace(/市$/u, '');
      const forms = new Set([intermediate[1] + '中院', intermediate[1] + '中级法院', ...(short.length >= 2 ? [short + '中院'] : [])]);
      for (const a of publicBodies) if (a !== b && forms.has(a.name) && !rename.has(a.key)) rename.set(a.key, b);
      continue;
    }
    const full = PEOPLES_BODY.exec(b.name);
    if (!full) continue;
    const [, place, ending] = full;
    const short = place!.replace(/[县市区]$/u, '');
    const forms = new Set([place + ending!, ...(short.length >= 2 ? [short + ending!, short + '人民' + ending!] : [])]);
    for (const a of publicBodies) if (a !== b && forms.has(a.name) && !rename.has(a.key)) rename.set(a.key, b);
  }
  // 县人民医院 in a headline, 某市人民医院 in the text (a county-level city's): a body named by its level alone that the
  // page could not place is the one of its name the page prints after a place of that level — when exactly one is.
  for (const a of publicBodies) {
    const bare = BARE_LEVEL_BODY.exec(a.name);
    if (!bare || rename.has(a.key)) continue;
    const levels = bare[1] === '县' ? COUNTY_LEVEL_KINDS : bare[1] === '市' ? CITY_LEVEL_KINDS : DISTRICT_LEVEL_KINDS;
    const fuller = publicBodies.filter((b) => b !== a && b.kind === a.kind && b.name.length > a.name.length && b.name.endsWith(bare[2]!) && g.lookup(b.name.slice(0, b.name.length - bare[2]!.length)).some((e) => e.form === 'full' && levels.has(g.get(e.placeId)?.kind ?? '')));
    if (fuller.length === 1) rename.set(a.key, fuller[0]!);
  }
  // 某县公安局某某派出所 and 某某派出所, 某市卫健委某某中心 and 某某中心 on one page: a public body's unit printed after its
  // parent and on its own is one body, under the fuller name.
  for (const b of publicBodies) {
    for (const a of publicBodies) {
      if (a === b || rename.has(a.key) || rename.has(b.key) || a.name.length < 4 || b.name.length < a.name.length + 3 || !b.name.endsWith(a.name)) continue;
      if (PARENT_BODY_END.test(b.name.slice(0, b.name.length - a.name.length))) rename.set(a.key, b);
    }
  }
  // 某集团某公司石门煤矿 and 石门煤矿, 某集团某公司洗煤厂 and 洗煤厂, 某集团某某分公司 and 某某分公司 on one page: a group's or a company's unit printed
  // after its parent's name and on its own is one unit, under the fuller name — where one unit of the page ends so.
  for (const a of companies) {
    if (rename.has(a.key) || a.name.length < 3 || !UNIT_FORMS.has(companyBody(a.name).form)) continue;
    const fuller = companies.filter((b) => b !== a && b.name.length >= a.name.length + 4 && b.name.endsWith(a.name) && PARENT_FIRM_END.test(b.name.slice(0, b.name.length - a.name.length)));
    if (fuller.length === 1) rename.set(a.key, fuller[0]!);
  }
  // 浦江县仙华山景区 and 仙华山景区 on one page: a site printed with the place it is in and without it is one; so is a
  // public body (浙江省龙游中学 and 龙游中学).
  // (A park named by its own name, 某县某某创新园 and 某某创新园, likewise.)
  const sites = [...new Map(pending.filter((p) => (p.ref.label === 'Place' && (p.ref.kind === 'Landmark' || isNamedSite(p.m))) || (p.ref.label === 'Organization' && p.ref.kind !== 'Company')).map((p) => [p.ref.key, p.ref])).values()];
  for (const b of sites) {
    for (const a of sites) {
      if (a === b || a.label !== b.label || rename.has(a.key) || b.name.length < a.name.length + 2 || a.name.length < 3 || !b.name.endsWith(a.name)) continue;
      // (库车市老城|热斯坦街区: the place's old town or downtown after it is still where the site is.)
      const opening = b.name.slice(0, b.name.length - a.name.length).replace(TOWN_QUARTER_END, '');
      if (g.lookup(opening).some((e) => e.form !== 'abbr' && ADMIN_SITE_PLACES.has(g.get(e.placeId)?.kind ?? '')) || isPlaceChain(opening, g)) rename.set(a.key, b);
    }
  }
  // 某县农业技术推广站 and 推广站, 某镇卫生院 and 卫生院 on one page: a public body printed by the last words of its
  // name alone (three characters or more, no place before them) is the one body of the page whose name ends so, of its
  // kind or of none (variant.body-tail). Two bodies ending so: which one is not said.
  for (const a of publicBodies) {
    if (rename.has(a.key) || a.name.length < 3 || a.name.length > 6 || g.lookup(a.name.slice(0, 2)).some((e) => e.form !== 'distant')) continue;
    const fuller = publicBodies.filter((b) => b !== a && b.name.length >= a.name.length + 2 && b.name.endsWith(a.name) && (a.kind === undefined || b.kind === undefined || a.kind === b.kind));
    const fullest = fuller.map((b) => renamedTo(rename, b)).filter((b, i, all) => all.findIndex((x) => x.key === b.key) === i);
    if (fullest.length === 1) rename.set(a.key, fullest[0]!);
  }
  // 婺源篁岭景区 and 婺源县篁岭景区 on one page: a site opened by two names of one place (its short and its full name) is
  // one site, under the longer name (variant.site-place-forms).
  for (const b of sites) {
    for (const a of sites) {
      if (a === b || a.label !== 'Place' || b.label !== 'Place' || rename.has(a.key) || rename.has(b.key) || b.name.length <= a.name.length) continue;
      if (openingsOfOnePlace(a.name, b.name, g)) rename.set(a.key, b);
    }
  }
  // 北仑—遂昌产业园 and 北仑（遂昌）产业园 on one page: a pairing park printed with a dash between its two places and
  // with the second in brackets is one park, under the bracketed name (variant.dash-pair-park).
  for (const b of sites) {
    const bracketed = BRACKETED_PAIR.exec(b.name);
    if (!bracketed) continue;
    const [, first, second, rest] = bracketed;
    const forms = new Set(['—', '——', '－', '-', '–'].map((dash) => `${first}${dash}${second}${rest}`));
    for (const a of sites) if (a !== b && a.label === b.label && forms.has(a.name) && !rename.has(a.key)) rename.set(a.key, b);
  }
  // 浙大一院 and 浙江大学医学院附属第一医院 on one page: a university's numbered hospital by its short name (the
  // university's short name, a subsequence of its full one from its first character, and the number) is the hospital.
  for (const a of publicBodies) {
    const short = SHORT_UNIVERSITY_HOSPITAL.exec(a.name);
    if (!short || a.kind !== 'Hospital' || rename.has(a.key)) continue;
    for (const b of publicBodies) {
      const full = FULL_UNIVERSITY_HOSPITAL.exec(b.name);
      if (b === a || b.kind !== 'Hospital' || !full || full[2] !== short[2] || full[1]![0] !== short[1]![0] || !isSubsequence(short[1]!, full[1]!)) continue;
      rename.set(a.key, b);
      break;
    }
  }
  // 某某经开区管委会 and 某某经济技术开发区管委会 on one page: a zone's body named with a short and a long ending of one
  // type of zone (zone-suffixes.json), the same name before it and the same organ after it, is one body, under the
  // longer name — as the zone itself is one place.
  for (const b of publicBodies) {
    const long = zoneEndingIn(b.name);
    if (!long) continue;
    for (const a of publicBodies) {
      if (a === b || a.kind !== b.kind || rename.has(a.key) || rename.has(b.key) || a.name.length >= b.name.length) continue;
      const short = zoneEndingIn(a.name);
      if (short && short.type === long.type && short.before === long.before && short.after === long.after) rename.set(a.key, b);
    }
  }
  // 某县人大常委会 and 某县人民代表大会常务委员会 on one page: a body by its usual short name is the body, under its
  // full name.
  for (const b of publicBodies) {
    for (const [short, full] of bodyShortNames()) {
      const at = b.name.lastIndexOf(full);
      if (at < 0) continue;
      const name = b.name.slice(0, at) + short + b.name.slice(at + full.length);
      for (const a of publicBodies) if (a !== b && a.name === name && !rename.has(a.key) && !rename.has(b.key)) rename.set(a.key, b);
    }
  }
  // 科协为…, 残联将… after 某市科学技术协会 or 某市科协: a body by its short or full name alone is the one body of that
  // name the page printed with its place; 团市委 is the Youth League's committee of the city the page named.
  for (const a of publicBodies) {
    if (rename.has(a.key)) continue;
    const pair = bodyShortNames().find(([short, full]) => a.name === short || a.name === full);
    const league = LEAGUE_SHORT.exec(a.name);
    const fuller = pair
      ? publicBodies.filter((b) => b !== a && b.kind === a.kind && b.name.length > a.name.length && (b.name.endsWith(pair[0]) || b.name.endsWith(pair[1])))
      : league
        ? publicBodies.filter((b) => b !== a && LEAGUE_FULL.exec(b.name)?.[1] === league[1])
        : [];
    // (Two places' bodies: which one is not said.)
    const fullest = fuller.map((b) => renamedTo(rename, b)).filter((b, i, all) => all.findIndex((x) => x.key === b.key) === i);
    if (fullest.length === 1) rename.set(a.key, fullest[0]!);
  }
  // 融水县老年大学 and 融水苗族自治县老年大学 (县老年大学 made absolute) on one page: a body opened by two names of one
  // place is one body, under the longer name.
  for (const b of publicBodies) {
    for (const a of publicBodies) {
      if (a === b || a.kind !== b.kind || rename.has(a.key) || rename.has(b.key) || b.name.length <= a.name.length) continue;
      const opened = openingsOfOnePlace(a.name, b.name, g);
      if (opened) rename.set(a.key, b);
    }
  }
  const programmes = [...new Map(pending.filter((p) => p.ref.label === 'Programme' && p.ref.kind !== 'Award').map((p) => [p.ref.key, p.ref])).values()];
  for (const a of programmes) {
    const fuller = programmes.filter((b) => b !== a && b.kind === a.kind && b.name.length > a.name.length && a.name.length >= 3 && isCharBagOf(a.name, b.name));
    // Several fuller names are fine when they are all forms of the fullest (网上交易会 ⊂ 羽绒服专场网上交易会 ⊂ …).
    const fullest = fuller.sort((x, y) => y.name.length - x.name.length)[0];
    if (fullest && fuller.every((b) => b === fullest || isCharBagOf(b.name, fullest.name))) rename.set(a.key, fullest);
  }
  const renamed = (key: string): EntityRef | undefined => {
    const target = rename.get(key);
    return target && renamedTo(rename, target);
  };
  for (const p of pending) {
    const target = renamed(p.ref.key);
    if (target) p.ref = { ...target, props: { ...target.props, ...p.ref.props, ...target.props } };
    // (The place a body was read with is the one node too: 科技城管理局 read as the park in view's.)
    const place = p.place && renamed(p.place.key);
    if (place) p.place = place;
  }
}

/**
 * Two names that end alike and open with two different names of one gazetteer place (融水县 and 融水苗族自治县,
 * 平湖 and 平湖市), the rest at least two characters.
 */
function openingsOfOnePlace(a: string, b: string, g: Gazetteer): boolean {
  let common = 0;
  while (common < a.length && a[a.length - 1 - common] === b[b.length - 1 - common]) common++;
  // (The shared end may begin inside the places' names: 融水|县 and 融水苗族自治|县.)
  for (let k = common; k >= 2; k--) {
    const oa = a.slice(0, a.length - k);
    const ob = b.slice(0, b.length - k);
    if (oa.length < 2 || ob.length < 2) continue;
    const ids = new Set(g.lookup(oa).filter((e) => e.form !== 'abbr').map((e) => e.placeId));
    if (ids.size > 0 && g.lookup(ob).some((e) => e.form !== 'abbr' && ids.has(e.placeId))) return true;
  }
  return false;
}

/** A body named by a level word alone and its own name (县人民医院, 市第一中学, 区图书馆). */
const BARE_LEVEL_BODY = /^([县市区])([\u4e00-\u9fff]{2,12})$/u;
/** The kinds of place a level word stands for: 县 a county or a county-level city, 市 a city, 区 a district. */
const COUNTY_LEVEL_KINDS = new Set(['County']);
const CITY_LEVEL_KINDS = new Set(['City', 'County']);
const DISTRICT_LEVEL_KINDS = new Set(['District']);

/** A place's quarter printed between it and a site's name (某市老城|某某街区, 某县县城|某某广场). */
const TOWN_QUARTER_END = /(?:老城区|老城|古城|新城|城区|县城)$/u;

/** The forms a unit's own name may end with (煤矿 has none; 洗煤厂 a factory's; 某某分公司 a branch's). */
const UNIT_FORMS = new Set(['', '厂', '分公司']);
/** A parent firm's name before its unit's (某集团|…, 某集团某矿业公司|…, 某集团某煤业|…). */
const PARENT_FIRM_END = /(?:集团|公司)[\u4e00-\u9fff]{0,4}$/u;

/**
 * 山东潍坊安丘市: a chain of places printed before a body's name, each a gazetteer name (not a one-character
 * abbreviation) within the one before, down to a county-level place or a town.
 */
function isPlaceChain(opening: string, g: Gazetteer): boolean {
  let outer: string[] | undefined;
  let rest = opening;
  let links = 0;
  while (rest.length > 0) {
    let step = 0;
    for (let n = Math.min(8, rest.length); n >= 2 && step === 0; n--) {
      const ids = g.lookup(rest.slice(0, n)).filter((e) => e.form !== 'abbr').map((e) => e.placeId);
      const inside = outer ? ids.filter((id) => outer!.some((o) => id !== o && g.within(id, o))) : ids;
      if (inside.length) {
        outer = inside;
        step = n;
      }
    }
    if (step === 0) return false;
    rest = rest.slice(step);
    links++;
  }
  return links >= 2 && outer!.some((id) => ADMIN_SITE_PLACES.has(g.get(id)?.kind ?? ''));
}

/**
 * The zone's ending inside a body's name (某某|经开区|管委会): the name before it (two characters or more), the ending's
 * type and the organ after it (not empty).
 */
function zoneEndingIn(name: string): { before: string; type: string; after: string } | undefined {
  let best: { before: string; type: string; after: string; length: number } | undefined;
  for (const [ending, suffix] of loadExtractLexicon().zoneSuffixBySuffix) {
    const at = name.indexOf(ending);
    if (at < 2 || at + ending.length >= name.length) continue;
    if (!best || ending.length > best.length) best = { before: name.slice(0, at), type: suffix.type, after: name.slice(at + ending.length), length: ending.length };
  }
  return best;
}

/** Public bodies' usual short names and the full names they stand for. */
let shortNames: ReadonlyArray<readonly [string, string]> | undefined;
/** Public bodies' short names and their full names (model/body-names.json), read once. */
function bodyShortNames(): ReadonlyArray<readonly [string, string]> {
  shortNames ??= readModelJson(new URL('./model/body-names.json', import.meta.url), BodyNamesFile, 'body names').shortNames;
  return shortNames;
}
const BodyNamesFile = z.object({ $comment: z.string().optional(), shortNames: z.array(z.tuple([z.string().min(2), z.string().min(2)])).min(1) }).strict();
/** 团市委, 团县委 and 共青团某市委员会: the Youth League's committee of the place, by its short name and its full one. */
const LEAGUE_SHORT = /^团([市县区])委$/u;
const LEAGUE_FULL = /^共青团.{1,10}([市县区])委员会$/u;

/** Where `ref` is renamed to so far (itself if nowhere). */
function renamedTo(rename: ReadonlyMap<string, EntityRef>, ref: EntityRef): EntityRef {
  let target = ref;
  for (let hops = 0; rename.has(target.key) && hops < 4; hops++) target = rename.get(target.key)!;
  return target;
}

/** A bank's name as its short name prints it: no legal form, 农村商业银行 as 农商银行, 农村合作银行 as 农合银行. */
function bankName(name: string): string {
  return name.replace(/(?:股份有限公司|有限责任公司|有限公司)$/u, '').replace('农村商业银行', '农商银行').replace('农村合作银行', '农合银行');
}

/** A group by an abbreviation of two or three characters (沈鼓集团, 浙能集团). */
const GROUP_ABBREVIATION = /^([\u4e00-\u9fff]{2,3})集团$/u;

/** A group's legal form after 集团 (某某集团|有限公司). */
const GROUP_LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|公司)$/u;

/** What a parent body's name ends with, before a unit's name (某县公安局|某某派出所, 某市委|宣传部). */
const PARENT_BODY_END = /(?:局|委|厅|院|政府|委员会|管委会)$/u;

/** The places a site's name may open with, naming where it is (浦江县|仙华山景区, 杭州|西湖风景区). */
const ADMIN_SITE_PLACES = new Set(['Province', 'City', 'County', 'District', 'Town', 'Subdistrict']);

/** An intermediate court's full name: its city and 中级人民法院. */
const INTERMEDIATE_COURT = /^(.{2,8}?[市州盟])中级人民法院$/u;

/** A court's or a procuratorate's full name: its place, 人民, and the body (某县人民法院, 某市人民检察院). */
const PEOPLES_BODY = /^(.{2,8}?[县市区])人民(法院|检察院)$/u;

/**
 * Two firms' printed places agree when either printed none or one lies within the other (浙江 and 浙江湖州 agree;
 * 江苏 and 浙江湖州 name two firms).
 */
function samePlace(a: readonly string[] | undefined, b: readonly string[] | undefined, g: Gazetteer): boolean {
  return !a || !b || a.some((x) => b.some((y) => g.within(x, y) || g.within(y, x)));
}

/** The rule of a firm's full name printed without its place, tied to the one firm printed with a place. */
export const ARCHIVE_PLACELESS = 'org.placeless.archive';
/** The rule of a firm's full name printed without its place where the build prints it with several. */
export const AMBIGUOUS_PLACELESS = 'org.placeless.ambiguous';

/**
 * Across the archive: a firm's full name printed without the place that opens it elsewhere (恒丰精工机械有限公司
 * one day, 浙江恒丰精工机械有限公司 another) is that firm when the build prints its trade name, legal form and
 * region with exactly one place. Printed with two places (浙江…, 江苏…), two firms share a trade name: the bare
 * name stays apart and records which firms it could be (`ambiguousWith`). Names that differ otherwise are not
 * tied across pages. Order-independent: the decision depends only on the set of names in the build.
 */
export function tiePlacelessAcrossPages(pending: Pending[], g: Gazetteer): void {
  const firms: FirmNames = new Map();
  noteFirmNames(pending, firms);
  applyPlacelessTies(pending, placelessTies(firms, g));
}

/** The build's company names by key, in the order first printed (the last reference read for each): all the cross-page tie reads. */
export type FirmNames = Map<string, EntityRef>;

/** Adds the companies `pending` names to `firms`; pages are noted in build order. */
export function noteFirmNames(pending: readonly Pending[], firms: FirmNames): void {
  for (const p of pending) if (p.ref.label === 'Organization' && p.ref.kind === 'Company') firms.set(p.ref.key, p.ref);
}

/** What tiePlacelessAcrossPages decided for the whole build: bare names tied to one firm, and those that could be several. */
export interface PlacelessTies {
  rename: Map<string, EntityRef>;
  ambiguous: Map<string, string[]>;
}

export function placelessTies(names: FirmNames, g: Gazetteer): PlacelessTies {
  const firms = new Map<string, { placed: Map<string, EntityRef>; bare: EntityRef[] }>();
  for (const ref of names.values()) {
    const c = companyBodyOf(ref.name, g);
    if (!c.form || c.body.length < 2) continue;
    const k = `${c.body}|${c.form}|${c.region ?? ''}`;
    const group = firms.get(k) ?? { placed: new Map<string, EntityRef>(), bare: [] };
    const printedPlace = ref.name.replace(/[（(][^）)]*[)）]/gu, '').length - c.body.length - c.form.length > 0;
    if (printedPlace) group.placed.set(ref.key, ref);
    else group.bare.push(ref);
    firms.set(k, group);
  }
  const rename = new Map<string, EntityRef>();
  const ambiguous = new Map<string, string[]>();
  for (const { placed, bare } of firms.values()) {
    const could = [...placed.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const ref of bare) {
      if (could.length === 1) rename.set(ref.key, could[0]!);
      else if (could.length > 1) ambiguous.set(ref.key, could.map((c) => c.name));
    }
  }
  return { rename, ambiguous };
}

/** Applies the build's placeless ties to one page's (or the whole build's) references. */
export function applyPlacelessTies(pending: readonly Pending[], { rename, ambiguous }: PlacelessTies): void {
  for (const p of pending) {
    const target = rename.get(p.ref.key);
    const couldBe = ambiguous.get(p.ref.key);
    if (target) {
      p.ref = { ...target, props: { ...p.ref.props, ...target.props } };
      p.m = { ...p.m, rule: `${p.m.rule}+${ARCHIVE_PLACELESS}` };
    } else if (couldBe) {
      p.ref = { ...p.ref, props: { ...p.ref.props, ambiguousWith: couldBe } };
      p.m = { ...p.m, rule: `${p.m.rule}+${AMBIGUOUS_PLACELESS}` };
    }
  }
}

/** A university's numbered hospital by short names (浙大一院): the university's short name and the number. */
const SHORT_UNIVERSITY_HOSPITAL = /^([\u4e00-\u9fff]{2,3})(?:附属?)?([一二三四五六七八九])院$/u;
/** A university's numbered hospital by its full name (某某大学医学院附属第一医院): the university and the number. */
const FULL_UNIVERSITY_HOSPITAL = /^([\u4e00-\u9fff]{2,8}?大学).*附属第([一二三四五六七八九])医院$/u;
