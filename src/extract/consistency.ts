// Document-level consistency: a name established in a strong context is a name wherever it recurs on the
// page. Persons confirmed by a cue or a byline are found again without one (许志荣 in 为许志荣送来); a
// company's short forms (信易电热, 疏科纳米, 盈智) are found and tied to the full name they abbreviate; a
// quoted programme name typed once (“浙里网格连心”系统) is the same programme when quoted again alone.
import { isOrdinaryWord, isTokenEnd, isTokenStart, type ExtractContext } from './context.js';
import { candidate, overlaps, type Candidate } from './mention.js';
import { ByteScratch, isHan } from './chars.js';
import { SpanIndex } from './scan.js';

export interface PageAnchors {
  people: Set<string>;
  /** People of three or four characters read anywhere on the page, however surely: a shorter reading of one of them
   * where the page prints it in full (陆文|正正在) is extended to it. */
  fullNames: Set<string>;
  /** Short form → full name. */
  orgAliases: Map<string, OrgAlias>;
  /** Quoted inner text → programme kind. */
  quoted: Map<string, Candidate['kind']>;
  /** Modules named in a list of a platform's modules (连心服务), found again unquoted. */
  modules: Set<string>;
  /**
   * Places read in a chain once (a village after its town; a town the chain tells from its namesakes): name →
   * kind, and the gazetteer ids the chain left (none for a place the gazetteer lacks).
   */
  places: Map<string, { kind: Candidate['kind']; placeIds?: string[] }>;
  /**
   * Villages and towns read on the page by their full name (颜峰村, 二道白河镇), by their name without the ending (颜峰,
   * 二道白河): the stem alone is the place again where nothing else is read there (颜峰的集体收入…).
   */
  villageStems: Map<string, { full: string; kind: Candidate['kind']; placeIds?: string[] }>;
}

/**
 * A short form and the full name it stands for. Short forms the page established carry no rule of their own
 * (org.short-form); those the archive knows (archive.ts) carry theirs, and `ambiguousWith` when they stand for
 * several full names of the archive and so for none.
 */
export interface OrgAlias {
  full: string;
  kind: Candidate['kind'];
  rule?: string;
  ambiguousWith?: string[];
  /** Defined by the text itself (某某有限公司（以下简称“某某”）): found again even where another reading was chosen. */
  defined?: boolean;
}

/** The rule of a firm read by its trade name and trade alone (recognizers/organizations.ts, tradeFirms). */
const TRADE_FIRM = 'org.trade-firm';

/** The rule of a short name the text defines in brackets after the full name. */
export const DEFINED_SHORT_FORM = 'org.short-form.defined';

/**
 * 某某集团有限公司（以下简称“某某集团”）, （简称某某）, （下称“某某”）: the short name a text defines right after an
 * organisation's full name, in brackets, for the rest of the text. Quotation marks are optional; 统称 (a name for a
 * group) is not a short name of one body.
 */
const DEFINITION = /^[（(]\s*(?:以下简称|以下称|下称|简称)[：:为]?\s*[“"‘]?([^“”"‘’（）()，,。；、\s]{2,12})[”"’]?\s*[)）]/u;

/** The short name defined right after a mention ending at `end`, if the text defines one there. */
export function definedShortForm(text: string, end: number): string | undefined {
  return DEFINITION.exec(text.slice(end, end + 24))?.[1];
}

export function emptyAnchors(): PageAnchors {
  return { people: new Set(), fullNames: new Set(), orgAliases: new Map(), quoted: new Map(), modules: new Set(), places: new Map(), villageStems: new Map() };
}

// Companies go by short forms of their names; institutes and parks far less, and their descriptive names
// (新材料研究院) would make ordinary words into aliases.
const ALIAS_KINDS = new Set(['Company']);

/** Collects what this article establishes: strong names, company short forms, typed quoted programmes. */
export function collectAnchors(ctx: ExtractContext, chosen: readonly Candidate[], anchors: PageAnchors, bylineNames: readonly string[] = []): void {
  for (const n of bylineNames) if (n.length >= 2 && n.length <= 4) anchors.people.add(n);
  for (const m of chosen) {
    const surface = ctx.text.slice(m.start, m.end);
    if (m.label === 'Person' && m.confidence >= 0.75 && !m.attrs.partial && surface.length >= 2) anchors.people.add(surface);
    if (m.label === 'Person' && !m.attrs.partial && surface.length >= 3 && surface.length <= 4) anchors.fullNames.add(surface);
    if (m.label === 'Programme' && m.attrs.canonical && /[“"‘]/.test(ctx.text[m.start]!)) anchors.quoted.set(m.attrs.canonical, m.kind);
    if (m.label === 'Programme' && m.attrs.module && surface.length >= 3) anchors.modules.add(surface);
    if (m.label === 'Place' && m.rule.startsWith('place.admin.') && m.rule.endsWith('.chained')) anchors.places.set(surface, { kind: m.kind });
    if (m.label === 'Place' && m.rule.endsWith('.in-chain') && !anchors.places.has(surface)) anchors.places.set(surface, { kind: m.kind, placeIds: m.attrs.placeIds ?? [] });
    // (二道白河镇 … 在二道白河: a town likewise, by its name without 镇 or 乡.)
    if (m.label === 'Place' && ((m.kind === 'Village' && surface.endsWith('村')) || (m.kind === 'Town' && /[镇乡]$/u.test(surface))) && !m.attrs.canonical) {
      const stem = surface.slice(0, -1);
      // (五常镇 in 五常市: a stem that is also the short form of a county or city the text prints in full is that area's
      // name alone, 五常将…: place.stem.not-area-short-form.)
      if (stem.length >= 2 && !VILLAGE_STEM_NOT_ALONE.test(stem) && !anchors.villageStems.has(stem) && !isShortFormOfPrintedArea(ctx, stem)) anchors.villageStems.set(stem, { full: surface, kind: m.kind, ...(m.attrs.placeIds?.length ? { placeIds: m.attrs.placeIds } : {}) });
    }
    // 某乡九摆村党支部书记…九摆村被评为…: a village a body's name opens with is that village again alone.
    const opening = m.label === 'Organization' ? m.attrs.place : undefined;
    if (opening && (opening.kind === 'Village' || opening.kind === 'Community') && opening.text.length >= 3 && !anchors.places.has(opening.text)) anchors.places.set(opening.text, { kind: opening.kind, ...(opening.placeIds.length ? { placeIds: opening.placeIds } : {}) });
    if (m.label === 'Organization' && m.kind && ALIAS_KINDS.has(m.kind) && m.attrs.core) {
      // (A name is no short form of itself: a firm read by its trade name and trade, 某某光电, leaves its name to the
      // full name the archive may know it by.)
      // (关麓旅游开发有限公司 on a page printing 关麓村: a firm named after its village shares the village's stem, which
      // names the village and what else the village names — 关麓人家, a guesthouse — not the firm.)
      // (某县某乡某村股份经济合作社: 某乡某村, a form ending as a place ends, is the place, not the cooperative.)
      // (寿光蔬菜产业集团 on a page printing 寿光市: a firm named after its city goes by the city's short form no more than
      // the city does — 寿光将… is the city's.)
      for (const alias of shortForms(ctx, m)) if (alias !== surface && !anchors.orgAliases.has(alias) && !isPlaceStemIn(ctx.text, alias) && !PLACE_ENDING_LAST.test(alias) && !isShortFormOfPrintedArea(ctx, alias)) anchors.orgAliases.set(alias, { full: surface, kind: m.kind });
    }
    // A short name the text defines is the body's whatever its kind; a relative name (县农业农村局) is left out, its
    // full name being known only once resolved.
    const defined = m.label === 'Organization' && !m.attrs.ref ? definedShortForm(ctx.text, m.end) : undefined;
    if (defined && defined !== surface) anchors.orgAliases.set(defined, { full: surface, kind: m.kind, rule: DEFINED_SHORT_FORM, defined: true });
  }
}

/**
 * A short form is a coined trade name, not vocabulary: a word jieba's dictionary holds with an ordinary tag (a
 * noun, a verb) and at least this frequency (极地, 氢能, 智能制造) is not taken alone for a firm, however long.
 */
const SHORT_FORM_MIN_FREQ = 10;

/**
 * Short forms of a company name: its beginning after any place, cut at a word boundary, from the trade name
 * (盈智) up to everything before the region and ending (盈智热管理科技), leaving out forms that are ordinary words.
 */
function shortForms(ctx: ExtractContext, m: Candidate): string[] {
  let start = m.attrs.place && m.attrs.place.start === m.start ? m.attrs.place.end : m.start;
  // 湖北宜都县|青禾食品有限公司: past the whole chain of places, to the trade name the recognizer found (宜都 is the
  // county, not the firm).
  const core = m.attrs.core ? ctx.text.indexOf(m.attrs.core, start) : -1;
  if (core > start && core < m.end) start = core;
  const full = ctx.text.slice(start, m.end);
  const body = full.replace(/[（(][^）)]*[)）].*$/, '').replace(/(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|孵化器|科技园|产业园|研究院|研究所)$/, '');
  const out: string[] = [];
  for (let end = 2; end <= body.length; end++) {
    const form = body.slice(0, end);
    if (isOrdinaryWord(ctx, form, SHORT_FORM_MIN_FREQ)) continue;
    out.push(form);
  }
  // 浙江交投天衡环保科技公司: a firm named after its parent group (浙江交投) goes by its own trade name (天衡环保):
  // four characters or more of the body, from a word that is no ordinary word.
  for (let i = 2; i <= body.length - 4; i++) {
    const word = ctx.tokens[ctx.tokenStartingAt[start + i] ?? -1];
    if (!word || isOrdinaryWord(ctx, word.word)) continue;
    for (let end = i + 4; end <= body.length; end++) out.push(body.slice(i, end));
  }
  return out;
}

const SHORT_FORM_AREA_KINDS = new Set(['City', 'County', 'District']);

/** `stem` is the short form of a city, county or district whose full name the text prints (五常 of 五常市). */
function isShortFormOfPrintedArea(ctx: ExtractContext, stem: string): boolean {
  const g = ctx.res.gazetteer;
  return g.lookup(stem).some((e) => (e.form === 'abbr' || e.form === 'distant' || e.form === 'short') && SHORT_FORM_AREA_KINDS.has(g.get(e.placeId)?.kind ?? '') && ctx.text.includes(g.get(e.placeId)!.name));
}

/** A form ending as a village, a town or a township ends. */
const PLACE_ENDING_LAST = /(?:村|镇|乡|社区|街道)$/u;

/** Tags of a word that would go on a name (a noun, a name, a word jieba does not know). */
const NOUN_AFTER = /^(?:n|nz|ns|nt|nr|nrt|x|j|vn)$/u;

/** Readings of a place by a short form that a village's name read on the page outweighs. */
const FAR_FORM_RULES = new Set(['place.gazetteer.distant', 'place.gazetteer.short']);

/** Stems of villages that alone are a family, a direction or a count (张家, 新村's 新, 三合…): not read alone. */
const VILLAGE_STEM_NOT_ALONE = /(?:家|[东南西北上下前后中新老大小]|[一二三四五六七八九十])$|^[东南西北上下前后中新老大小]/u;

/** The text prints `stem` before a place's ending somewhere (关麓 in 关麓村). */
function isPlaceStemIn(text: string, stem: string): boolean {
  for (let i = text.indexOf(stem); i !== -1; i = text.indexOf(stem, i + 1)) if (PLACE_ENDING_AFTER.test(text.slice(i + stem.length, i + stem.length + 2))) return true;
  return false;
}

/** A place's ending (a village, a town, a county) right after a short form: the stem is a place's, not the firm's. */
const PLACE_ENDING_AFTER = /^(?:村|镇|乡|县|社区|街道)/u;

/** Candidates for the recurrences of anchored names in this article. */
// Helpers of propagate, at module level: closures made at every call were a visible cost (a function object each).
/** No character of [start, end) is taken. */
function free(taken: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (taken[k]) return false;
  return true;
}

/** Every confident reading that overlaps [start, end) lies inside it and is shorter (or, with orSame, as long). */
function extendsAll(confident: SpanIndex<Candidate>, start: number, end: number, orSame = false): boolean {
  for (const c of confident.overlapping(start, end)) if (!(c.start >= start && c.end <= end && (orSame || c.end - c.start < end - start))) return false;
  return true;
}

export function propagate(ctx: ExtractContext, chosen: readonly Candidate[], anchors: PageAnchors): Candidate[] {
  // A span already chosen confidently keeps its own reading (and rule); consistency fills what was left and
  // overrides guesses (纳米 read as a foreign name inside 疏科纳米).
  // Characters inside a confidently chosen span, as a table (a span is free when none of its characters is),
  // reused from text to text and cleared again here.
  const taken = takenScratch.take(ctx.text.length);
  for (const c of chosen) if (c.confidence >= 0.7) taken.fill(1, c.start, c.end);
  try {
    return propagateOver(ctx, chosen, anchors, taken);
  } finally {
    for (const c of chosen) if (c.confidence >= 0.7) taken.fill(0, c.start, c.end);
  }
}

const takenScratch = new ByteScratch();

function propagateOver(ctx: ExtractContext, chosen: readonly Candidate[], anchors: PageAnchors, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  // A longer name may take over a shorter reading inside it (a firm's 涪陵榨菜 over the place 涪陵, 吉安村 over
  // the city 吉安), never one that reaches outside it or has the same extent.
  // (Indexed: the checks below run at every recurrence of every anchored name, and a scan of all confident
  // readings at each was quadratic on a long article.)
  const confident = new SpanIndex(chosen.filter((c) => c.confidence >= 0.7));
  const people = [...anchors.people];
  for (const name of people) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (!free(taken, i, end)) continue;
      if (i > 0 && isHan(text.charCodeAt(i - 1)) && !isTokenStart(ctx, i) && !ctx.res.lex.boundaryChars.has(text[i - 1]!)) continue;
      // 王强 inside 王强国: a longer anchored name wins.
      if (people.some((other) => other.length > name.length && other.startsWith(name) && text.startsWith(other, i))) continue;
      out.push(candidate('Person', i, end, 'person.page-consistency', 0.8));
    }
  }
  // 陆文|正正在 and 陆文正 elsewhere on the page: a person read shorter where the page prints a longer person's name in
  // full is that person (the doubled character misled the reading).
  for (const c of chosen) {
    if (c.label !== 'Person' || c.end - c.start < 2 || out.some((o) => overlaps(o, c))) continue;
    const surface = text.slice(c.start, c.end);
    let longest: string | undefined;
    for (const name of anchors.fullNames) if (name.length > surface.length && name.startsWith(surface) && text.startsWith(name, c.start) && (!longest || name.length > longest.length)) longest = name;
    if (!longest || !extendsAll(confident, c.start, c.start + longest.length)) continue;
    out.push(candidate('Person', c.start, c.start + longest.length, 'person.page-consistency', Math.max(0.8, c.confidence)));
  }
  // (刘志远 and 某县志远食用菌专业合作社: a firm named after its founder's given name; the short form 志远 does not cut the
  // person read around it, even by a guess — org.not.short-form-in-person.)
  const persons = new SpanIndex(chosen.filter((c) => c.label === 'Person'));
  const aliases = [...anchors.orgAliases.entries()].sort((a, b) => b[0].length - a[0].length);
  for (const [alias, { full, kind, rule, ambiguousWith, defined }] of aliases) {
    for (let i = text.indexOf(alias); i !== -1; i = text.indexOf(alias, i + 1)) {
      const end = i + alias.length;
      // A defined short name is that body wherever it recurs, over any reading chosen inside or on its extent; any
      // short form is taken over a firm read on its extent by its trade name and trade (某某光电董事长): the same
      // firm, tied to its full name.
      const onTradeFirm = confident.overlapping(i, end).some((c) => c.start === i && c.end === end && c.rule.startsWith(TRADE_FIRM));
      if (!extendsAll(confident, i, end, defined || onTradeFirm) || out.some((c) => overlaps(c, { start: i, end }))) continue;
      if (!defined && !isTokenStart(ctx, i) && i > 0 && isHan(text.charCodeAt(i - 1))) continue;
      // 九摆村 after 某县九摆苗绣专业合作社: a firm named after its village shares the village's stem, and the stem
      // before a place's ending is the place.
      if (!defined && PLACE_ENDING_AFTER.test(text.slice(end, end + 2))) continue;
      if (!defined && persons.overlapping(i, end).some((c) => c.start < i || c.end > end)) continue;
      if (!ambiguousWith && text.startsWith(full, i)) continue;
      if (ambiguousWith) out.push(candidate('Organization', i, end, rule ?? 'org.short-form', 0.75, { ambiguousWith }, kind));
      else out.push(candidate('Organization', i, end, rule ?? 'org.short-form', defined ? 0.95 : onTradeFirm ? 0.87 : 0.82, { aliasOf: full }, kind));
    }
  }
  for (const [inner, kind] of anchors.quoted) {
    for (const q of ['“', '"', '‘']) {
      const needle = q + inner;
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
        const end = i + needle.length + 1;
        if (!/[”"’]/.test(text[end - 1] ?? '') || !free(taken, i, end)) continue;
        out.push(candidate('Programme', i, end, 'prog.quoted-consistency', 0.82, { canonical: inner }, kind));
      }
    }
  }
  // 吉安村 read once after its township is the village again alone, over the city's short form inside it; a
  // town read in its chain is that town again, not the gazetteer's namesake elsewhere.
  for (const [name, { kind, placeIds }] of anchors.places) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      const at = confident.overlapping(i, end).filter((c) => c.label === 'Place' && c.start === i && c.end === end);
      if (at.some((c) => c.rule.endsWith('.chained') || c.rule.endsWith('.in-chain'))) continue; // read in its chain here
      const sameExtent = at.length > 0;
      if (!sameExtent && !extendsAll(confident, i, end)) continue;
      out.push(candidate('Place', i, end, 'place.page-consistency', sameExtent ? 0.95 : 0.85, placeIds ? { placeIds } : {}, kind));
    }
  }
  // 颜峰村 … 颜峰的集体收入: a village's (or a town's) name without its ending, where nothing confident is read and no
  // place's ending follows (the full name is read by the places above), at a word's start and end, is that place.
  for (const [stem, { full, kind, placeIds }] of anchors.villageStems) {
    for (let i = text.indexOf(stem); i !== -1; i = text.indexOf(stem, i + 1)) {
      const end = i + stem.length;
      // (以前三河的妇女…: a far county or town by its short form, the same characters, is the village the page names.)
      // (在二道白河: 二道 and 白河 read as far places inside it likewise.)
      const inside = confident.overlapping(i, end);
      const farNamesake = inside.length > 0 && inside.every((c) => c.start >= i && c.end <= end && c.label === 'Place' && (FAR_FORM_RULES.has(c.rule) || c.rule.startsWith('model.')));
      if (PLACE_ENDING_AFTER.test(text.slice(end, end + 2)) || !isTokenStart(ctx, i) || !isTokenEnd(ctx, end) || (!farNamesake && !free(taken, i, end)) || out.some((c) => overlaps(c, { start: i, end }))) continue;
      // (十里 of 十里村 alone is ten li: a stem that is a common word of jieba's is that word.)
      if (isOrdinaryWord(ctx, stem, 30)) continue;
      // (集美镇 … 集美航天城: a town's stem opening a longer name, a noun after it, is that name's.)
      if (kind === 'Town' && isHan(text.charCodeAt(end)) && NOUN_AFTER.test(ctx.tokens[ctx.tokenStartingAt[end] ?? -1]?.tag ?? '')) continue;
      out.push(candidate('Place', i, end, 'place.village-stem', 0.8, { canonical: full, ...(placeIds ? { placeIds } : {}) }, kind));
    }
  }
  for (const name of anchors.modules) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (!isTokenStart(ctx, i) || !isTokenEnd(ctx, end) || !free(taken, i, end)) continue;
      out.push(candidate('Programme', i, end, 'prog.module-consistency', 0.75, { canonical: name, module: true }, 'Platform'));
    }
  }
  return out;
}
