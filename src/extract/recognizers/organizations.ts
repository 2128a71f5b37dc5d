// Organisations, four ways:
//  1. names that stand alone (国务院, 联合国, 新华社);
//  2. government and Party bodies after a level or a place (市人社局, 平湖市委组织部, 马厩村党委,
//     平湖经济技术开发区经发办);
//  3. a suffix grammar: an ending (有限公司, 协会, 研究院, 孵化器 …) grown leftwards into a full name;
//  4. firms and brands known only from their context: the items of a list closed by 等品牌 / 等企业 /
//     等客户, a Latin-script name after 采购商, 客户 or 品牌 (IP Veselov), and a trade name with its trade
//     (某某电器, 某某快递) where a firm's head, unit or doing follows it.
import type { OrganizationKind } from '../../../schema/model.js';
import { isIzationWord, isOrdinaryWord, isTokenEnd, isTokenStart, tokenBefore, type ExtractContext } from '../context.js';
import { candidate, type Candidate, type MentionAttrs } from '../mention.js';
import { afterCountedPlaces, brandRunEnd, growLeft, isBreak, isCountedBefore, isFunctionCharGlued, isPlaceToken, isTradeWord, onlyTradeWords, trimLeadingGeneric } from './grow.js';
import { adminNameEndingAt } from './admin-names.js';
import { thingOnPage } from './people.js';
import { baseWorkBefore } from './facilities.js';
import { areaEndingAt, areaNamesZone, idsInChain, isConjunctionAndLevel, isVerbAndLevel, outsideChain } from './places.js';
import { ALL_HAN, codeTable, isHan, lastCharTable } from '../chars.js';
import { lastIndexWithin } from '../scan.js';
import type { ExtractLexicon } from '../lexicon.js';
import type { Gazetteer, NameEntry } from '../../gazetteer/index.js';

const MAX_ORG = 32;

export function recognizeOrganizations(ctx: ExtractContext): Candidate[] {
  const bodies = governmentBodies(ctx);
  const known = standalone(ctx);
  return [...known, ...universityHospitals(ctx, known), ...shortOffices(ctx), ...bodies, ...fieldBodies(ctx), ...bySuffix(ctx), ...workTeams(ctx, bodies), ...listedFirms(ctx), ...tradeFirms(ctx), ...latinFirms(ctx), ...congresses(ctx), ...jiebaOrganizations(ctx)];
}

/** A university's numbered or affiliated hospital after its short name (浙大|一院, 某大|二院, 某大|附一院, 某大|附院). */
const UNIVERSITY_HOSPITAL = /^(?:附属?)?[一二三四五六七八九]院|^附院/u;

/**
 * 浙大一院, 某大附二院: a university the lexicon knows by its short name, and a numbered or affiliated hospital's
 * word right after it, is the university's hospital (a Hospital, not the university).
 */
function universityHospitals(ctx: ExtractContext, known: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of known) {
    if (c.kind !== 'School' || c.end - c.start > 3) continue;
    const m = UNIVERSITY_HOSPITAL.exec(ctx.text.slice(c.end, c.end + 4));
    if (m) out.push(candidate('Organization', c.start, c.end + m[0].length, 'org.known.university-hospital', 0.9, {}, 'Hospital'));
  }
  return out;
}

/**
 * A team sent on a mission, named by the place it works in and its task (某县乡村振兴工作队), with who sends it and
 * the word of sending before them when printed (某省委驻某县…工作队, 某市某区结对帮扶某县工作队: org-suffixes.json,
 * workTeams). `bodies`: the government and Party bodies found, which may send one.
 */
export function workTeams(ctx: ExtractContext, bodies: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { id, kind, endings, postings } = ctx.res.lex.workTeams;
  for (const ending of endings) {
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (!isTokenEnd(ctx, end) || !isTokenStart(ctx, at)) continue;
      // The task (乡村振兴, 扶贫): nouns and verbs back to the place the team works in.
      let task = at;
      while (task > 0 && !placeBefore(ctx, task)) {
        const tok = tokenBefore(ctx, task);
        if (!tok || at - tok.start > MAX_TASK || !TASK_WORD_TAGS.test(tok.tag) || ctx.res.lex.stopwords.has(tok.word) || !ALL_HAN.test(tok.word)) break;
        task = tok.start;
      }
      // (某省第十批援藏工作队: the team's batch, an ordinal, between the place and the task.)
      const batch = task < at ? TEAM_BATCH.exec(text.slice(Math.max(0, task - 6), task))?.[0].length ?? 0 : 0;
      const target = placeBefore(ctx, task) ?? (batch ? placeBefore(ctx, task - batch) : undefined);
      if (!target) continue;
      // A chain of places (某市某县): the larger before the smaller.
      let start = target.start;
      for (let up = placeBefore(ctx, start); up; up = placeBefore(ctx, start)) start = up.start;
      let from = start;
      const posting = postings.find((w) => text.startsWith(w, start - w.length));
      if (posting) {
        const verb = start - posting.length;
        const body = bodies.find((b) => b.end === verb);
        let sender = body ? body.start : verb;
        if (!body) for (let up = placeBefore(ctx, sender); up; up = placeBefore(ctx, sender)) sender = up.start;
        if (sender < verb && end - sender <= MAX_ORG) from = sender;
      }
      // 某县工作队: a place alone before the ending names no team.
      if (from === start && task === at) continue;
      // (某省援藏工作队, 援疆, 援青: a task of aid to a region names where the team works; the place before is who sends
      // it, not where it is.)
      const aid = text.startsWith('援', task);
      out.push(candidate('Organization', from, end, from < start ? `${id}.sent` : id, 0.88, aid ? {} : { place: target }, kind));
    }
  }
  return out;
}

/** A team's batch (第十批, 第3批), printed before its task. */
const TEAM_BATCH = /第[一二三四五六七八九十\d]{1,3}批$/u;
/** The most characters of a work team's task (乡村振兴, 产业帮扶). */
const MAX_TASK = 8;
/** jieba's tags of the words of a task: nouns and verbs (振兴, 扶贫, 产业). */
const TASK_WORD_TAGS = /^(?:n|v|vn|an|nz|j)$/;

/** Endings of the organisation names jieba's dictionary knows as whole words (英国内政部/nt, 中国足协/nt). */
const NT_ENDINGS = /[部局会院所委办社厂司行队团党组处台报署厅馆校联协盟军]$/u;

/** Organisations jieba's dictionary knows as one word; a weaker reading that the grammar above overrides. */
/**
 * Words jieba's dictionary tags as organisations that end in a common noun of 局 (新格局 a new pattern, 棋局 a
 * game), or name a meeting rather than a body (招商会, 座谈会; 商会 and 工会 are bodies).
 */
const NOT_BODY_ENDINGS = /(?:常委|格局|布局|结局|大局|全局|时局|僵局|开局|骗局|赌局|饭局|棋局|定局|危局|困局|变局|残局|乱局|终局|牌局|对局|(?:招商|推介|座谈|交流|洽谈|博览|展销|发布|运动|见面|对接|培训|动员|表彰|研讨|茶话|联欢|报告|演唱|音乐|订货|交易|展览|恳谈|说明|誓师|推进|观摩|总结|庆祝|纪念|欢迎|晚|年|例|班|酒|舞|庙|盛|大|全)会)$/u;
/** 新格局, 大局, 开局: a word ending in 局 that names no bureau (the tagger's spans too: 某地文旅新格局). */
const NOT_BUREAU = /(?:格|布|结|大|全|时|僵|开|骗|赌|饭|棋|定|危|困|变|残|乱|终|牌|对)局$/u;
export function endsInWordNotBureau(surface: string): boolean {
  return NOT_BUREAU.test(surface);
}

/** 中南部, 西北部: a part of a region by the compass, which jieba sometimes tags nt; no ministry. */
const COMPASS_PART = /^[东南西北中]{2,3}部$/u;

/** Words jieba tags as organisations that name kinds of bodies (高校与科研院所 work together). */
const KINDS_OF_BODY = new Set(['加工厂', '科研院所', '高等院校', '大专院校', '科研单位', '事业单位', '职能部门', '主管部门']);

export function jiebaOrganizations(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const tok of ctx.tokens) {
    if (tok.tag !== 'nt' || tok.word.length < 3 || !NT_ENDINGS.test(tok.word) || NOT_BODY_ENDINGS.test(tok.word) || KINDS_OF_BODY.has(tok.word) || COMPASS_PART.test(tok.word) || isCountedBefore(ctx, tok.start)) continue;
    if (isUnitOfBareBody(ctx, tok.start, tok.word) || isPlaceAndBareEnding(ctx, tok.start, tok.end)) continue;
    // 人民医院, 图书馆, 党支部: a public body that is a name only after its level or place (governmentBodies reads it there).
    if (ctx.res.lex.govBodies.get(tok.word)?.needsLevel) continue;
    const place = placeAt(ctx, tok.start, tok.end);
    out.push(candidate('Organization', tok.start, tok.end, 'org.jieba-nt', 0.72, place ? { place } : {}, lexiconKind(ctx, tok.word) ?? kindOfBody(tok.word)));
  }
  return out;
}

/**
 * 公司|国际部, 集团|财务部: a unit (`name`, at `start`) right after a bare organisation word is a unit of the body in
 * view, not a body named so. Not a name with an organisation ending of its own (第三大银行|某某银行).
 */
export function isUnitOfBareBody(ctx: ExtractContext, start: number, name: string): boolean {
  const { orgSuffixBySuffix, maxOrgSuffix } = ctx.res.lex;
  const before = tokenBefore(ctx, start);
  if (!before || before.end !== start || !orgSuffixBySuffix.has(before.word)) return false;
  for (let k = Math.min(maxOrgSuffix, name.length); k >= 1; k--) if (orgSuffixBySuffix.has(name.slice(-k))) return false;
  return true;
}

/**
 * 农信社 (a county's rural credit union, jieba's nt): a word ending in one of the lexicon's credit-union endings
 * (org-suffixes.json, org.suffix.credit-union.*) is of that ending's kind — a bank, not a press agency by its 社.
 */
function lexiconKind(ctx: ExtractContext, word: string): OrganizationKind | undefined {
  const { orgSuffixBySuffix } = ctx.res.lex;
  for (let k = word.length; k >= 3; k--) {
    const s = orgSuffixBySuffix.get(word.slice(-k));
    if (s && s.id.startsWith('org.suffix.credit-union.')) return s.kind as OrganizationKind;
  }
  return undefined;
}

function kindOfBody(name: string): OrganizationKind {
  if (/(党|委员会|党委|党组)$/.test(name)) return 'PartyOrganization';
  if (/(公司|集团|厂)$/.test(name)) return 'Company';
  if (/(学|校|院)$/.test(name)) return 'School';
  if (/(协会|学会|联合会|联|协)$/.test(name)) return 'Association';
  // 新疆生产建设兵团: a production-and-construction corps is a body of government, not a team.
  if (/兵团$/.test(name)) return 'GovernmentAgency';
  if (/(队|团)$/.test(name)) return 'SportsTeam';
  if (/(报|台|社)$/.test(name)) return 'Media';
  return 'GovernmentAgency';
}

// 十五大 alone, or any numbered congress after 中共 / 党的 (五大 alone is "five big …").
const CONGRESS = /(?:中共|党的)(?:第[一二三四五六七八九十]{1,3}次全国代表大会|[一二三四五六七八九十]{1,3}大)|十[一二三四五六七八九]大(?!学|楼|厦|家|量|型|批|多|概|力|小|部分|都|约|幅|众|会堂|街|道|桥|队|军|师|片|半|事|人|夫)|(?:第[一二三四五六七八九十]{1,3}届)?全国人民代表大会/gu;

/** 十五大, 中共十五大, 第二届全国人民代表大会: the Party's and the state's congresses, as bodies. */
export function congresses(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  CONGRESS.lastIndex = 0;
  for (let m = CONGRESS.exec(ctx.text); m; m = CONGRESS.exec(ctx.text)) {
    if (!isTokenStart(ctx, m.index) && !/^(?:中共|党的|第)/.test(m[0]) && !/[，。、；：“（\s]/.test(ctx.text[m.index - 1] ?? '，')) continue;
    const kind = m[0].includes('全国人民代表大会') ? 'GovernmentAgency' : 'PartyOrganization';
    // 党的十五大: "the Party's" qualifies the congress; 中共十五大 names it.
    const start = m[0].startsWith('党的') ? m.index + 2 : m.index;
    out.push(candidate('Organization', start, m.index + m[0].length, 'org.congress', 0.85, {}, kind));
  }
  return out;
}

/**
 * 国家|能源|集团: the state's word (org-suffixes.json, nationalGroups) opens the name as a whole word, a word of the
 * trade follows it, and the ending is a group's.
 */
function nationalGroupAt(ctx: ExtractContext, start: number, suffixStart: number, ending: string): boolean {
  const { prefixes, endings } = ctx.res.lex.nationalGroups;
  if (!endings.has(ending)) return false;
  const prefix = prefixes.find((p) => ctx.text.startsWith(p, start));
  return prefix !== undefined && isTokenEnd(ctx, start + prefix.length) && suffixStart - start - prefix.length >= 2;
}

/** The ending of a branch (分行, 支行, 分公司, 分院, 分厂), perhaps registered as a company of its own. */
const BRANCH = /(?:分行|支行|分公司|支公司|分院|分厂|分中心)(?:有限公司|有限责任公司)?$/u;

/** A branch's ending right after its place (中国移动平湖|分公司, 国网某县|供电公司). */
const PLACE_BRANCH = /^(?:分公司|支公司|营业部|供电公司|供电分公司)/u;

/** A group's ending, after which a unit's name may follow (某某集团|某某公司某某厂). */
const GROUP_ENDING = /(?:集团|集团公司|集团有限公司|集团股份有限公司)$/u;

const MERGEABLE_PLACES = new Set(['Country', 'Province', 'City', 'County', 'District', 'Region']);

/**
 * An organisation named right after a place or a parent body is one organisation: 美国财政部, 加拿大海军,
 * 联合国安理会, 中共河北省委, 国务院残疾人工作协调委员会. (Firms listed as brands keep their country apart:
 * 法国迪卡侬 is 迪卡侬, from France.)
 */
export function mergeAdjacentOrganizations(ctx: ExtractContext, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (c.label !== 'Organization' || c.rule.startsWith('org.listed')) continue;
    // (Pushed, not copied: a new array per candidate was a visible cost.)
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  for (const a of candidates) {
    // 某某银行|平阳县支行, 某某集团|海东（青海）分院有限公司: a branch named after its parent is one organisation.
    if (a.label === 'Organization' && a.rule.startsWith('org.suffix.')) {
      for (const b of byStart.get(a.end) ?? []) {
        if (b.end - a.start <= MAX_ORG && BRANCH.test(ctx.text.slice(b.start, b.end))) out.push(candidate('Organization', a.start, b.end, `${b.rule}.branch`, Math.max(a.confidence, b.confidence), { ...a.attrs }, b.kind));
        // 某某集团|某某煤业某某煤矿, 某某集团|某某公司: a group's unit named after it (its company, its mine, its plant)
        // is one organisation, part of the group where the article names the group alone.
        else if (b.end - a.start <= MAX_ORG && a.kind === 'Company' && b.kind === 'Company' && b.rule.startsWith('org.suffix.') && GROUP_ENDING.test(ctx.text.slice(a.start, a.end)) && !BRANCH.test(ctx.text.slice(b.start, b.end))) {
          out.push(candidate('Organization', a.start, b.end, `${b.rule}.under-group`, Math.min(a.confidence, b.confidence), { ...a.attrs }, b.kind));
        }
      }
    }
    const isParentOrg = a.label === 'Organization' && (a.rule.startsWith('gov.') || a.rule === 'org.known');
    const isPlace = a.label === 'Place' && !a.attrs.ref && a.kind !== undefined && MERGEABLE_PLACES.has(a.kind) && a.rule.startsWith('place.gazetteer');
    // 中国移动|平湖|分公司, 中国人寿|某县|支公司: a national firm's branch named by its place and a branch's ending
    // alone (a place and a bare ending is no name of its own: 平湖分公司).
    // (Also a group read by its ending, 某某集团|杭州|分公司: org.suffix.*.place-branch.)
    const groupByEnding = a.label === 'Organization' && a.rule.startsWith('org.suffix.') && a.kind === 'Company' && GROUP_ENDING.test(ctx.text.slice(a.start, a.end));
    if (a.label === 'Organization' && ((a.rule === 'org.known' && a.kind === 'Company') || groupByEnding)) {
      for (const p of candidates) {
        if (p.start !== a.end || p.label !== 'Place' || !p.rule.startsWith('place.gazetteer')) continue;
        const ending = PLACE_BRANCH.exec(ctx.text.slice(p.end, p.end + 8));
        if (ending && p.end + ending[0].length - a.start <= MAX_ORG) out.push(candidate('Organization', a.start, p.end + ending[0].length, groupByEnding ? `${a.rule}.place-branch` : 'org.known.branch', a.confidence, { place: { text: ctx.text.slice(p.start, p.end), start: p.start, end: p.end, placeIds: p.attrs.placeIds ?? [] } }, 'Company'));
      }
    }
    if (!isParentOrg && !isPlace) continue;
    for (const b of byStart.get(a.end) ?? []) {
      if (b.end - a.start > MAX_ORG || (isPlace && b.attrs.place)) continue;
      const attrs: MentionAttrs = isPlace ? { ...b.attrs, place: { text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end, placeIds: a.attrs.placeIds ?? [] } } : { ...b.attrs };
      out.push(candidate('Organization', a.start, b.end, `${b.rule}.under-${isPlace ? 'place' : 'parent'}`, Math.min(a.confidence, b.confidence), attrs, b.kind));
    }
  }
  return out;
}

export function standalone(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { tries } = ctx.res.lex;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const start = ctx.tokenStart[ti]!;
    if (!tries.govStandalone.mayMatchAt(ctx.text, start)) continue;
    // Standalone names may span tokens (联合国世界知识产权组织); 财政部长: the head of a body names it too.
    const m = tries.govStandalone.longest(ctx.text, start, start + 14, (_v, at) => isTokenEnd(ctx, at) || ctx.text[at] === '长');
    if (m) out.push(candidate('Organization', start, m.at, m.values[0]!.id, 0.92, {}, m.values[0]!.kind));
  }
  return out;
}

/**
 * 中办、国办印发…: the short forms of central offices (gov-bodies.json, shortOffices), as words of their own after
 * punctuation, a preposition or a conjunction — their characters are ordinary words' elsewhere (工作中|办实事) —
 * each tied to its office's full name.
 */
export function shortOffices(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { id, names } = ctx.res.lex.shortOffices;
  for (const { name, full, kind } of names) {
    for (let at = ctx.text.indexOf(name); at !== -1; at = ctx.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isTokenStart(ctx, at) || !isTokenEnd(ctx, end)) continue;
      const before = tokenBefore(ctx, at);
      if (before && !SHORT_OFFICE_BEFORE.test(before.tag) && !PUNCTUATION_WORD.test(before.word)) continue;
      out.push(candidate('Organization', at, end, id, 0.9, { aliasOf: full }, kind));
    }
  }
  return out;
}

/** jieba's tags of what a short office's name may follow: a preposition or a conjunction (经, 由, 和). */
const SHORT_OFFICE_BEFORE = /^(?:p|c)$/;
const PUNCTUATION_WORD = /^[\s，。、；：！？“”‘’"'《》（）()【】—…]+$/u;

/** Text positions where a government body name (人社局, 党委, 组织部 …) ends, grown left over level and place. */
export function governmentBodies(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, res } = ctx;
  const { lex } = res;
  const maxBody = 10;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    const m = lex.tries.govBodies.longest(text, i, i + maxBody);
    if (!m) continue;
    const body = m.values[0]!;
    const bodyEnd = m.at;
    // The body must end where a word ends, or where a title follows (市委书记 names 市委 and a secretary).
    if (!isTokenEnd(ctx, bodyEnd) && !startsWithTitle(ctx, bodyEnd)) continue;
    let start = i;
    let level: string | undefined;
    // A place right before the body (平湖经济技术开发区经发办) is its scope; only without one is a level
    // word (市人社局) read, so the 区 ending a place name is not taken for a level.
    let place = placeBefore(ctx, start);
    if (!place) {
      for (const l of lex.govLevels) {
        // 全县|实验小学: every school of the kind in the county, not one named by its level.
        if (text.slice(start - l.length, start) === l && !((body.needsLevel || OWN_LEVEL_BODY.test(body.name)) && text[start - l.length - 1] === '全')) {
          level = l;
          start -= l.length;
          break;
        }
      }
      place = placeBefore(ctx, start);
      // 柳家河村党总支, 梅园社区党委: a village or community the gazetteer lacks, named by its ending.
      if (!place && level && ADMIN_LEVELS.has(level)) {
        const named = adminNameEndingAt(ctx, i, true);
        if (named && named.start < start) place = { text: text.slice(named.start, i), start: named.start, end: i, placeIds: [], kind: named.kind };
        // 全村|村委会: the level ends a word of its own, and the body alone is the village's — unless jieba glued a
        // preposition to the level (由村|党支部书记, 由村/x): the level is the body's.
        // (该镇|党委, 本村|党支部: a determiner glued to the level points to the place in view — the body is that place's:
        // org.level.after-determiner.)
        else if (!isTokenStart(ctx, start) && !prepositionGluedBefore(ctx, start) && !/^[该本]$/u.test(text[start - 1] ?? '')) {
          start = i;
          level = undefined;
        }
      }
    }
    if (place) start = place.start;
    if (body.needsLevel && !level && !place) continue;
    if (!level && !place && !isTokenStart(ctx, i)) continue;
    // 各级|党委, 县以上|党委, 各乡镇|党委, 各镇（街道）|党委: after a count, a range or a plural of levels the body is
    // every one of its kind, not the one in view (org.not.level-scope).
    if (!level && !place && LEVEL_SCOPE_BEFORE.test(text.slice(Math.max(0, i - 4), i))) continue;
    // (各镇|党委, 各村|党支部: a level after 各 is every place of that level.)
    if (level && !place && text[start - 1] === '各') continue;
    // 公司|党委书记, 医院|党委: a Party committee after a kind of body is that body's (the one in view), no body named
    // 党委 of its own; the post is read at the body (relations).
    if (!level && !place && body.kind === 'PartyOrganization' && bareKindBefore(ctx, i)) continue;
    // 全县|居委会, 各|村委会: every body of the kind in the area, not the one of the place in view.
    if (!level && !place && OWN_LEVEL_BODY.test(body.name) && /(?:全[省市县区镇乡]|各)$/u.test(text.slice(Math.max(0, i - 2), i))) continue;
    const attrs: MentionAttrs = {};
    if (place) attrs.place = place;
    // 村委会, 村民委员会, 居委会 alone: the body of the village (community) in view, as 镇党委 is the town's.
    else if (!level && OWN_LEVEL_BODY.test(body.name)) attrs.ref = 'local-area';
    const rule = place ? `${body.id}.with-place` : level ? `${body.id}.with-level` : body.id;
    out.push(candidate('Organization', start, bodyEnd, rule, place || level ? 0.88 : 0.8, withLevel(attrs, level, place !== undefined), body.kind));
    i = bodyEnd - 1;
  }
  return out;
}

/** The word jieba made of a preposition or a conjunction and the character at `pos` (由村/x, 和镇/x). */
function prepositionGluedBefore(ctx: ExtractContext, pos: number): boolean {
  const t = ctx.tokens[ctx.tokenAt[pos]!];
  return t !== undefined && t.start === pos - 1 && t.end === pos + 1 && t.tag === 'x' && /^[pc]$/u.test(ctx.res.tags.get(t.word[0]!) ?? '');
}

/** Kinds of body a Party committee may belong to, printed bare before it (公司党委, 医院党委, 学校党委). */
const KIND_BEFORE_COMMITTEE = new Set(['公司', '集团', '医院', '学校', '学院', '大学', '中学', '小学', '农场', '林场', '银行', '协会', '商会', '园区']);
/**
 * A kind of body ends at `pos` as a word of its own that opens its clause (，公司|党委书记, 医院|党委: after punctuation, a
 * function word or a verb), not the end of a name (某某有限公司|党委, 邵逸夫|医院|党委).
 */
function bareKindBefore(ctx: ExtractContext, pos: number): boolean {
  const kind = tokenBefore(ctx, pos);
  if (!kind || !KIND_BEFORE_COMMITTEE.has(kind.word)) return false;
  const before = tokenBefore(ctx, kind.start);
  return !before || !isHan(before.word.charCodeAt(before.word.length - 1)) || /^(?:p|c|u|uj|ul|v|d|r)$/.test(before.tag);
}

/** A body whose own name opens with its level (村委会, 村民委员会, 居委会, 社区居委会, 街道办事处): it is the place in view's. */
const OWN_LEVEL_BODY = /^(?:(?:村|居|社区)(?:委会|民委员会|居委会|居民委员会)|街道办(?:事处)?)$/u;

/** Levels that end the names of villages, communities and towns the gazetteer may lack. */
const ADMIN_LEVELS = new Set(['村', '社区', '镇', '乡', '街道', '嘎查', '苏木']);

// Regexes of per-token tests, compiled once (a literal in a function is a new RegExp object at every call).
const TEAM_NAME_TAGS = /^(x|nt|nz|ns|nr)$/;
const NOT_PARTY_TAGS = /^(v|vn|t|d|a)/;
const HAN_OR_LATIN = /[\u4e00-\u9fffA-Za-z]/;
const NAME_LIKE_TAGS = /^(x|nz|nt|nr|nrt|nrfg|ns|nsf|j|eng)$/;
/** jieba's tags of people's names. */
const PERSON_TAGS = /^(?:nr|nrt|nrfg)$/;
/** A place's ending closing a word (柳林镇). */
const PLACE_WORD_END = /(?:[省市县区镇乡村]|社区|街道)$/u;
/** jieba's tags of common nouns and verbs: a rare word of them is a product or a trade (标准件, 吹塑), not a name. */
const TRADE_WORD_TAGS = /^(?:n|v|vn|vd|a|an|ad|b)$/;
/** Endings of a body before 长 (农林部长, 日报社长), by code unit. */
const BODY_BEFORE_HEAD = codeTable('部局署厅会社');
const FIELD_WORD_TAGS = /^(?:n|nz|nt|ns|vn|v|j|x|b|an|l)$/;
const CONJUNCTIONS = /^(?:和|与|及)$/;
/** Last characters of a body's name (市政府, 科技局, 团县委, 广播电视台): a word tagged nt ending so is a body, not a field. */
const BODY_LAST_CHARS = codeTable('府局委办厅部会院台站所社司处校团队组馆署心室');

/**
 * Departments named by their field and an ending after a place (宁海县数据局, 江南镇社会事务办, 安平市发展改革委,
 * 南岭区经信与商务局): the ending closes a word, and every word between the place and the ending is a noun or
 * a verb of the trade (发展, 统计), with 和/与 allowed between two of them.
 */
export function fieldBodies(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, res } = ctx;
  const { lex } = res;
  const last = lastCharTable(lex.fieldBodyEndings, (x) => x.ending);
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const lastCode = text.charCodeAt(ctx.tokenStart[ti + 1]! - 1);
    const tok = ctx.tokens[ti]!;
    // 林业和草原|局确定|为: jieba's guess glued a body's one-character ending to the verb after it (gov.field.*: the
    // ending alone, the verb left out).
    const gluedVerb = tok.word.length >= 3 && last[tok.word.charCodeAt(0)] === 1 && endingOf(lex.fieldBodyEndings, tok.word[0]!) !== undefined && /^v/u.test(res.dictionary.get(tok.word.slice(1))?.tag ?? '') ? tok.word.length - 1 : 0;
    if (!gluedVerb && !last[lastCode] && lastCode !== 0x957f /* 长 */ && lastCode !== 0x7b49 /* 等 */) continue;
    // 某某局|局长 glued by jieba (局局长, 厅厅长): the body ends before its head; 某某局|等 (局等/x) before 等.
    const head = gluedVerb || (HEAD_AFTER_BODY.test(tok.word) ? 2 : tok.tag === 'x' && tok.word.length >= 2 && lastCode === 0x7b49 && last[text.charCodeAt(tok.end - 2)] ? 1 : 0);
    const word = head ? tok.word.slice(0, -head) : tok.word;
    const end = tok.end - head;
    const ending = endingOf(lex.fieldBodyEndings, word);
    if (!ending) continue;
    const endStart = end - ending.ending.length;
    // 有限公司, 分公司: a company's legal form, not a ministry's department (装备工业司).
    if (ending.ending === '司' && text[endStart - 1] === '公') continue;
    // 格局, 布局, 举办: a word that ends like a body but means something else — whatever jieba tags it (新格局/nt).
    // (A longer word of jieba's dictionary ending in 局 is a bureau: 粮食局, 邮政局.)
    if (!head && tok.word.length > ending.ending.length && (NOT_BODY_ENDINGS.test(tok.word) || (tok.tag !== 'nt' && tok.tag !== 'x' && (tok.word.length <= 2 || ending.ending !== '局') && isOrdinaryWord(ctx, tok.word, 30)))) continue;
    const afterBody = ending.after === 'body';
    let fieldStart = tok.start < endStart ? tok.start : endStart;
    let anchor = afterBody ? bodyEndsAt(ctx, fieldStart) : placeBefore(ctx, fieldStart);
    // 国家|林业|和|草原|局, 国家|乡村振兴|局: 国家 opening the fields names a national body (gov.field.*.national).
    let national = false;
    for (let ti = ctx.tokenAt[fieldStart]! - 1; ti >= 0 && !anchor; ti--) {
      const t = ctx.tokens[ti]!;
      if (endStart - t.start > lex.maxBodyField) break;
      if (!afterBody && t.word === '国家' && t.end === fieldStart && fieldStart < endStart && !CONJUNCTIONS.test(text[fieldStart]!)) {
        national = true;
        fieldStart = t.start;
        break;
      }
      const conj = CONJUNCTIONS.test(t.word) && t.end === fieldStart && fieldStart < endStart;
      // 市|工业和信息化局: a level word of its own (jieba may tag it n) is the level, not a field.
      if (t.word.length === 1 && FIELD_LEVELS.has(t.word)) break;
      // 由县|文化和…局: a level word glued by jieba to a preposition before it is the level too.
      if (t.word.length === 2 && FIELD_LEVELS.has(t.word[1]!) && isFunctionCharGlued(ctx, t)) break;
      // 市科技局|和县|科技局: a body before is another body, not a field.
      // (jieba tags some fields nt — 广播电视 of 文化体育广播电视和旅游局 —: a word not ending as a body does is a field.)
      if ((t.tag === 'nt' && BODY_LAST_CHARS[t.word.charCodeAt(t.word.length - 1)]) || (t.word.length >= 2 && last[t.word.charCodeAt(t.word.length - 1)])) break;
      // 农村|工作|办公室, 老龄|工作|委员会: 工作 (a stopword: 在某公司工作) right before the ending is the field's word
      // where another word of the field stands before it.
      const fieldWork = t.word === FIELD_WORK && t.end === endStart && ti > 0 && isFieldWord(ctx, ctx.tokens[ti - 1]!);
      if (!conj && !fieldWork && (!FIELD_WORD_TAGS.test(t.tag) || lex.stopwords.has(t.word) || !ALL_HAN.test(t.word))) break;
      fieldStart = t.start;
      if (!conj) anchor = afterBody ? bodyEndsAt(ctx, fieldStart) : (placeBefore(ctx, fieldStart) ?? adminPlaceBefore(ctx, fieldStart));
    }
    // 县|文化广电旅游体育局, 由县|农业农村和水利局: a level word alone before the fields names the paper's own area.
    // 县河|长办 (jieba's guess glued the level word to the field's first character): the level, then the field.
    if (national) {
      out.push(candidate('Organization', fieldStart, end, `${ending.id}.national`, 0.86, {}, ending.kind));
      continue;
    }
    const glued = !anchor && !afterBody ? gluedLevelAt(ctx, fieldStart) : undefined;
    if (glued) fieldStart += 1;
    const level = !anchor && !afterBody && endStart - fieldStart >= 2 && !CONJUNCTIONS.test(text[fieldStart]!) ? (glued ?? levelWordBefore(ctx, fieldStart)) : undefined;
    if (level) {
      out.push(candidate('Organization', fieldStart - level.length, end, `${ending.id}.with-level`, 0.84, withLevel({}, level, false), ending.kind));
      continue;
    }
    if (!anchor || endStart - fieldStart < 2 || CONJUNCTIONS.test(text[fieldStart]!)) continue;
    // A department of a ministry is named alone (装备工业司); the ministry before it is joined by
    // mergeAdjacentOrganizations, as a body under its parent.
    if (anchor === true) out.push(candidate('Organization', fieldStart, end, ending.id, 0.86, {}, ending.kind));
    else if (anchor) out.push(candidate('Organization', anchor.start, end, `${ending.id}.with-place`, 0.86, { place: anchor }, ending.kind));
  }
  return out;
}

/** 工作 of 农村工作办公室: a stopword (a verb of the clause) that is a word of a body's field right before its ending. */
const FIELD_WORK = '工作';

/** A word a body's field may hold: a noun or a verb of the trade, not a stopword, a place or a name (嘉兴市|工作 is where one works). */
function isFieldWord(ctx: ExtractContext, t: { word: string; tag: string }): boolean {
  return t.word.length >= 2 && FIELD_WORD_TAGS.test(t.tag) && !/^n[rs]/.test(t.tag) && !ctx.res.lex.stopwords.has(t.word) && ALL_HAN.test(t.word) && !ctx.res.gazetteer.lookup(t.word).length;
}

/**
 * The first of `endings` that `word` ends with. (A loop, not `find` with a closure over the token: a closure over a
 * variable of fieldBodies' loop body made V8 allocate that body's scope at every token of the text.)
 */
function endingOf<T extends { ending: string }>(endings: readonly T[], word: string): T | undefined {
  for (const x of endings) if (word.endsWith(x.ending)) return x;
  return undefined;
}

/**
 * A level word (县, 市, 省, 区) that ends at `pos` as a word of its own — or glued by jieba's guess to a preposition
 * before it (由县) — after no character of a name: the level a department is named by.
 */
function levelWordBefore(ctx: ExtractContext, pos: number): string | undefined {
  const tok = tokenBefore(ctx, pos);
  if (!tok) return undefined;
  const level = tok.word.length === 1 ? tok.word : isFunctionCharGlued(ctx, tok) ? tok.word[1]! : undefined;
  if (!level || !FIELD_LEVELS.has(level)) return undefined;
  if (tok.word.length === 1) {
    const before = tokenBefore(ctx, tok.start);
    if (before && ALL_HAN.test(before.word) && !/^[pcvd]/.test(before.tag)) return undefined;
  }
  return level;
}

/** Level words that name the paper's own area before a department (旗 and 盟 in Inner Mongolia, 州 for a prefecture). */
const FIELD_LEVELS = new Set(['省', '市', '县', '区', '州', '盟', '旗']);

/** A word of jieba's guessing (tag x) at `pos` that opens with a level word, after no character of a name: the level. */
function gluedLevelAt(ctx: ExtractContext, pos: number): string | undefined {
  const t = ctx.tokens[ctx.tokenAt[pos]!];
  if (!t || t.start !== pos || t.tag !== 'x' || t.word.length < 2 || !FIELD_LEVELS.has(t.word[0]!)) return undefined;
  const before = tokenBefore(ctx, pos);
  return before && ALL_HAN.test(before.word) && !/^[pcvd]/.test(before.tag) ? undefined : t.word[0];
}

/** The scope a designation opens with (国家级, 省级…), not a place's name. */
const DESIGNATION_SCOPE = /^(?:国家级?|省级|市级|县级|全国)/u;
/** Teams named by their players' sex or age and their sport alone (女子足球队, 少年篮球队). */
const TEAM_OF_A_KIND = /^(?:[男女]子?|少年|青年|老年|少儿|儿童|青少年)[\u4e00-\u9fff]{1,3}队$/u;
export const isTeamOfAKind = (name: string): boolean => TEAM_OF_A_KIND.test(name);
/** A competition's category after a school word (小学女子组, 中学组). */
const SCHOOL_CATEGORY_AFTER = /^(?:[男女]子)?组/u;
/** Words of a grade given to schools (特色学校, 示范学校, 标准化学校): with no place, no school's name. */
const DESIGNATED_SCHOOL = /(?:特色|示范|标准化|现代化|先进|文明|绿色|平安)$/u;

/** A body's ending and its head's title glued into one word by jieba (局局长, 厅厅长). */
const HEAD_AFTER_BODY = /(?:局局|厅厅)长$/u;

/** A body that stands alone (工业和信息化部, 国务院) ends at `pos`. */
function bodyEndsAt(ctx: ExtractContext, pos: number): boolean {
  // The longest of two to ten characters; if the longest is shorter, none is longer.
  const m = ctx.res.lex.tries.govStandaloneBefore.longest(ctx.text, pos, Math.max(0, pos - 10));
  return m !== undefined && pos - m.at >= 2;
}

/** A town, village or community the gazetteer lacks, named by its ending, that ends at `end`. */
export function adminPlaceBefore(ctx: ExtractContext, end: number): MentionAttrs['place'] {
  const named = adminNameEndingAt(ctx, end);
  return named && named.kind !== 'City' && named.kind !== 'Province' ? { text: ctx.text.slice(named.start, end), start: named.start, end, placeIds: [], kind: named.kind } : undefined;
}

function withLevel(attrs: MentionAttrs, level: string | undefined, hasPlace: boolean): MentionAttrs {
  // A bare level (市人社局, 省装备…) means the paper's own city or province; resolution fills it in.
  // (州 and 盟 are prefecture-level, as 市; 旗 county-level, as 县.)
  if (level && !hasPlace) attrs.ref = level === '省' ? 'home-province' : level === '市' || level === '州' || level === '盟' ? 'home-city' : 'local-area';
  return attrs;
}

function startsWithTitle(ctx: ExtractContext, pos: number): boolean {
  const rest = ctx.text.slice(pos, pos + 6);
  return ctx.res.lex.personTitles.some((t) => rest.startsWith(t)) || /^(?:常委|委员|书记)/.test(rest);
}

/** A gazetteer place (or chain of places: 曹桥街道马厩村) ending exactly at `end`. */
export function placeBefore(ctx: ExtractContext, end: number): MentionAttrs['place'] {
  const g = ctx.res.gazetteer;
  const zone = zoneOfAreaBefore(ctx, end);
  if (zone) return zone;
  const m = ctx.res.placeTrieReverse.longest(ctx.text, end, Math.max(0, end - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && g.lookup(v[0]!).some((e) => e.form !== 'abbr' && e.form !== 'distant'));
  if (!m || isConjunctionAndLevel(ctx, m.at, end) || isFarVerbAndLevel(ctx, m.at, end, m.values[0]!)) return undefined;
  const surface = m.values[0]!;
  const ids = g.lookup(surface).filter((e) => e.form !== 'abbr').map((e) => e.placeId);
  const chained = idsInChain(ctx, m.at, ids);
  // A village the gazetteer lists only elsewhere (白马镇|溪口村, the gazetteer's 溪口村 in another town): another
  // village of that name, of the kind the name says.
  if (chained.length === 0 && ids.length) return { text: surface, start: m.at, end, placeIds: [], kind: g.get(ids[0]!)!.kind };
  return { text: surface, start: m.at, end, placeIds: [...chained] };
}

/**
 * 他们还联合|镇卫生院…, 县疾控中心联合|乡|镇卫生院…: a far town or township whose name is a verb and the level character
 * (`isVerbAndLevel`, places.ts) is the verb and the level word of the body after it — the home area's town-level body,
 * or a kind of body after 乡镇 (org.place.not.verb-and-level). The paper's own towns stay.
 */
function isFarVerbAndLevel(ctx: ExtractContext, start: number, end: number, surface: string): boolean {
  if (!isVerbAndLevel(ctx, start, end)) return false;
  const g = ctx.res.gazetteer;
  return g.lookup(surface).every((e) => {
    const place = g.get(e.placeId);
    return !place?.code || !ctx.res.localCounties.some((c) => place.code!.startsWith(c));
  });
}

/**
 * The first of `words` that ends in `ending` and that the text prints ending at `end`. (A module-level helper: a
 * closure in bySuffix's loop read the loop body's bindings, so V8 made the body's scope at every token.)
 */
export function wordEndingAt(words: readonly string[], ending: string, text: string, end: number): string | undefined {
  for (const w of words) if (w.endsWith(ending) && text.startsWith(w, end - w.length)) return w;
  return undefined;
}

const PAIR_DASH = /^[—–－-]$/u;

/**
 * 北仑—遂昌产业园: the name grown from a park's ending stops at a dash; where what it grew is a place's name alone (遂昌)
 * and a place's name ends right before the dash (北仑), the park is named by both — a pairing park, in the second. The
 * name's new start and its region; undefined otherwise (2023—2025年产业园规划, 甲公司—乙产业园 keep their cut).
 */
function dashPairRegion(ctx: ExtractContext, start: number, sStart: number): { start: number; region: string } | undefined {
  const { text } = ctx;
  if (start >= sStart || !PAIR_DASH.test(text[start - 1] ?? '') || !isTokenStart(ctx, start)) return undefined;
  const g = ctx.res.gazetteer;
  const region = text.slice(start, sStart);
  // (Any form: a county's short name is 'distant' on a page of another home, and the dash and the partner before it say
  // it is a place here.)
  if (!g.lookup(region).length) return undefined;
  const partner = ctx.res.placeTrieReverse.longest(text, start - 1, Math.max(0, start - 1 - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && g.lookup(v[0]!).length > 0);
  if (!partner) return undefined;
  return { start: partner.at, region };
}

/**
 * 宁波高新区 before 党工委: a development zone named by its city or county and an ending (zonesOfAreas reads it as a
 * place), which the gazetteer does not list. Its ids are the area's.
 */
function zoneOfAreaBefore(ctx: ExtractContext, end: number): MentionAttrs['place'] {
  const { text, res } = ctx;
  // The longest zone ending that ends here.
  const suffix = res.lex.tries.zoneSuffixesBefore.longest(text, end);
  if (!suffix) return undefined;
  const g = res.gazetteer;
  const at = suffix.at;
  const m = res.placeTrieReverse.longest(text, at, Math.max(0, at - g.maxNameLength), (v, k) => isTokenStart(ctx, k) && g.lookup(v[0]!).some((e) => e.form !== 'abbr' && e.form !== 'distant' && ZONE_AREA_KINDS.has(g.get(e.placeId)!.kind)));
  if (!m || g.lookup(text.slice(m.at, end)).length) return undefined;
  return { text: text.slice(m.at, end), start: m.at, end, placeIds: [], kind: 'DevelopmentZone' };
}

const ZONE_AREA_KINDS = new Set(['Province', 'City', 'County', 'District']);

export function bySuffix(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, res } = ctx;
  const { lex } = res;
  const starts = ctx.tokenStart;
  const suffixes = lex.tries.orgSuffixes;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    // (Read from the text and the tokens' starts: most tokens end no ending, and need not be read.)
    const tokEnd = starts[ti + 1]!;
    // The head of a body (农林部长, 日报社长) ends its token one character after the body's ending.
    const e = tokEnd - starts[ti]! >= 2 && text.charCodeAt(tokEnd - 1) === 0x957f /* 长 */ && BODY_BEFORE_HEAD[text.charCodeAt(tokEnd - 2)] ? tokEnd - 1 : tokEnd;
    if (!suffixes.mayMatchAt(text, e)) continue;
    const m = suffixes.longest(text, e, Math.max(0, e - lex.maxOrgSuffix));
    if (!m) continue;
    const tok = ctx.tokens[ti]!;
    const suffix = m.values[0]!;
    // The ending's last character must not start a word with what follows (服务队伍, 公司化).
    // (Not a park's ending before 内 or 里 and a comma or 的: 某某产业园内，甲公司…, 某某工业园里的甲公司 — 园内 is a word, but
    // there it says where in the park.)
    const parkWithin = suffix.place !== undefined && /^[内里](?:[，,、]|的)/u.test(text.slice(e, e + 2));
    if (!parkWithin && isOrdinaryWord(ctx, text.slice(e - 1, e + 1), 100)) continue;
    const sStart = e - suffix.suffix.length;
    // 某某集团全资子公司, 某某公司子公司: a child named by its parent and the link alone has no name of its own; the
    // parent is read by its own ending (org-suffixes.json, parentLinks).
    const link = wordEndingAt(lex.orgParentLinks.words, suffix.suffix, text, e);
    if (link && suffixes.longest(text, e - link.length, Math.max(0, e - link.length - lex.maxOrgSuffix))) continue;
    // 某某食品新厂, 企业的老厂, 建了加工厂: a plant described by its age or its work is no firm's name.
    if (wordEndingAt(lex.orgDescribedPlants.words, suffix.suffix, text, e) !== undefined) continue;
    // 队 names a team only as its own word or the end of a name (海牛队, 智利队), not in 团队, 部队, 队伍.
    if (suffix.suffix === '队' && !(tok.word === '队' || TEAM_NAME_TAGS.test(tok.tag) || ctx.res.gazetteer.lookup(tok.word.slice(0, -1)).length > 0)) continue;
    // “精密加工中心J80”: a name followed by a model number names a machine.
    if (/^[A-Z]{1,4}\d/.test(text.slice(e, e + 5))) continue;
    // 学会了, 工会过: an ending a verb's aspect follows is the verb.
    if (suffix.suffix.length === 2 && ASPECT.test(text[e] ?? '')) continue;
    // 出厂, 建厂, 进厂: a one-character ending after a verb in a common word is that word (工厂 may end a name).
    if (suffix.suffix.length === 1 && tok.word.length === 2 && tok.end === e && isOrdinaryWord(ctx, tok.word, 50) && ctx.res.tags.get(tok.word[0]!)?.startsWith('v')) continue;
    let start = growLeft(ctx, sStart, { maxLength: MAX_ORG, tradeWords: suffix.kind === 'Company' });
    // 北仑—遂昌产业园: a park of two places printed with a dash between them, the second alone before the ending, is
    // one name, a pairing park in the second — as 北仑（遂昌）产业园 is with brackets (place.zone.dash-pair).
    const dashRegion = suffix.place ? dashPairRegion(ctx, start, sStart) : undefined;
    if (dashRegion) start = dashRegion.start;
    // “巧手织女”共富工坊, “红妈妈”工作室: a quoted name right before the ending, or before the words of its kind, is the
    // body's name (org.quoted-name): the name takes the quotation marks, and needs no other word of a name.
    const quoted = QUOTED_NAME_KINDS.has(suffix.suffix) && sStart - start <= 4 ? quotedNameBefore(text, start) : undefined;
    if (quoted !== undefined) start = quoted;
    // “红星1972”文化创意产业园: a quoted name before a park's ending and its field (place.park.quoted-name).
    const quotedPark = suffix.place && quoted === undefined && lex.orgQuotedParks.endings.includes(suffix.suffix) ? quotedNameBeforeField(text, sStart, lex.orgQuotedParks.maxField) : undefined;
    start = bridgeConjunction(ctx, start, sStart, suffix.kind);
    start = trimLeadingGeneric(ctx, start, sStart);
    start = trimQualifiers(ctx, start, sStart);
    // 甲、乙两村|联建产业园: a count of places closes the list before the name; the name starts after it.
    start = afterCountedPlaces(text, start, sStart);
    if (quotedPark !== undefined) start = quotedPark;
    // 景|宁县…合作社: jieba split a county's name (景宁县, an alias) so that the name grew only from its last word; the
    // name opens with the whole place.
    start = wholePlaceOpening(ctx, start, sStart);
    // 下|畈|村强村|公司: a name grown from its ending that opens with a village's ending (村, 社区) cut from the
    // village's name, a name jieba does not know, opens with the whole village (org.place.whole-village-opening).
    start = wholeVillageOpening(ctx, start, sStart);
    // 县/zg|农机站, 县植|检站, 和县|农机站: a level's character right before a place-named ending, a word of its own or
    // the first of one jieba glued to the ending, or glued after a conjunction (和县: jieba's county), opens the name
    // (org.level-named-station).
    if (start === sStart && suffix.placeNamed && sStart > 0 && lex.orgLevelStations.levels.includes(text[sStart - 1]!)) {
      const lt = ctx.tokens[ctx.tokenAt[sStart - 1]!]!;
      if (lt.start === sStart - 1 || (lt.start === sStart - 2 && lt.end === sStart && /^[和与及同跟、]$/u.test(text[sStart - 2]!))) start = sStart - 1;
    }
    // 某社区上湾二|股份经济合作社: a village group's share cooperative numbered after the group's name (no measure
    // word after the numeral: 二股份 is no count) — the numeral and the name before it are the cooperative's.
    if (start === sStart - SHARE_COOP_STEM.length && text.startsWith(SHARE_COOP_STEM, start) && GROUP_NUMERAL.test(text[start - 1] ?? '')) {
      const name = tokenBefore(ctx, start - 1);
      // (The group's name: a word of a name, or any word of two characters after its village or community.)
      if (name && name.end === start - 1 && name.word.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(name.word) && !isBreak(ctx, name) && (NAME_LIKE_TAGS.test(name.tag) || adminPlaceBefore(ctx, name.start) !== undefined || placeBefore(ctx, name.start) !== undefined)) start = growLeft(ctx, start - 1, { maxLength: MAX_ORG, tradeWords: true });
    }
    // 腰鼓队, 锣鼓队: a team named only by what it does is a group of people, not an organisation.
    if (suffix.suffix === lex.activityTeams.ending && isActivityTeam(lex, text, start, e)) continue;
    // 某某有限公司实验室, 某某公司信息中心: a unit named after its company is the company's; the unit's own name
    // (if any is left) starts after the company's ending.
    const grown = start;
    if (suffix.kind !== 'Company' && suffix.kind !== 'Bank') start = afterCompany(ctx, start, sStart, suffix.kind === 'Association');
    // (A unit right after its company's ending, 某某有限公司|数字化信息中心, is named by its company: its own words may
    // be common ones.)
    const unitOfCompany = start > grown;
    if (onlyTradeWords(ctx, start, sStart)) continue;
    const stem = text.slice(start, sStart).replace(/[（）()]/g, '');
    // 县农机站: a body each place has one of, named by a level's character alone (org.level-named-station).
    const levelStation = stem.length === 1 && suffix.placeNamed === true && lex.orgLevelStations.levels.includes(stem);
    if (stem.length < suffix.minStem && !levelStation) continue;
    if (/^[\d\s]+$/.test(stem)) continue;
    // 小小工坊, 大大的舞台: a doubled adjective before an ending describes the body; it is no name.
    if (stem.length === 2 && stem[0] === stem[1] && /^[ad]/.test(ctx.res.tags.get(stem[0]!) ?? '')) continue;
    // 银行支行, 公司分公司: an ending alone is no name.
    if (ctx.res.lex.orgSuffixBySuffix.has(stem)) continue;
    // 某某委员会|常务委员会 cut after a term (第十一届): a stem opening with an ending of its own is the unit of a body
    // named before it, not a name.
    const firstWord = ctx.tokens[ctx.tokenAt[start]!]!;
    if (firstWord.start === start && firstWord.end < sStart && lex.orgSuffixBySuffix.has(firstWord.word) && !lex.orgSuffixBySuffix.get(firstWord.word)!.place) continue;
    const category = isCategory(ctx, start, sStart);
    // (金阳科技公司: a place's short form and a trade word is a firm's trade name — org.trade-name.short-place.)
    const shortPlaceFirm = category && suffix.kind === 'Company' && isShortPlaceTradeName(ctx, start, sStart);
    if ((category && !levelStation && !shortPlaceFirm && !isPlacedSchoolOfField(ctx, start, sStart, suffix.kind)) || isCountedBefore(ctx, start)) continue;
    // 女子足球队, 少年篮球队: a team named by its players' sex or age alone is a kind of team (国家女子足球队 is named).
    if (suffix.kind === 'SportsTeam' && isTeamOfAKind(text.slice(start, e))) continue;
    // 某市中小学生足球联赛小学|女子组, 校园足球特色学校 after 命名为: a competition's category or a grade a school is
    // given, no school.
    if (suffix.kind === 'School' && (stem.includes('赛') || SCHOOL_CATEGORY_AFTER.test(text.slice(e, e + 3)) || (!placeAt(ctx, start, sStart) && DESIGNATED_SCHOOL.test(stem)))) continue;
    // 宾馆酒店: a name that is one common noun of jieba's dictionary, ending and all, opening with a common noun, is
    // that noun (古巴队, 某某党 are nouns of the dictionary too, but open with a name).
    if (tok.start === start && tok.end === e && tok.tag === 'n' && ctx.res.dictionary.get(tok.word)?.tag === 'n' && !lex.orgSuffixBySuffix.has(tok.word) && isOrdinaryWord(ctx, text.slice(start, sStart), 30) && ctx.res.dictionary.get(text.slice(start, sStart))?.tag === 'n') continue;
    // 新增电子有限公司, 成立服饰有限公司: a company's ending after one common noun of its trade is a kind of firm.
    if (suffix.kind === 'Company' && isOneCommonNoun(ctx, start, sStart)) continue;
    // 国家某某集团: a group named by the state and its trade has no other word of a name.
    const national = nationalGroupAt(ctx, start, sStart, suffix.suffix);
    if (isGenericFacility(ctx, start, e)) continue;
    if (GENERIC_ENDINGS.has(suffix.suffix) && !national && !unitOfCompany && !hasNameLikeWord(ctx, start, sStart, suffix.kind === 'Company', suffix.suffix === FUNCTION_ENDING) && !(suffix.suffix === '党' && isPartyName(ctx, start, sStart)) && !isFoundedCoopName(ctx, start, sStart) && quoted === undefined && quotedPark === undefined) continue;
    // 建成彝绣工坊36个, 新增农产品加工厂12家: a kind of body counted right after its ending, with no place before it, is
    // the kind (a body with a name is not counted so).
    if (GENERIC_ENDINGS.has(suffix.suffix) && isCountedKind(ctx, start, e)) continue;
    // 北京一家文创公司, 当地一所民办学校: one word before a bare ending after an indefinite count says what kind of
    // body it is (a name after 一家 has more: 一家宏达机械厂, or its legal form: 一家某某有限公司).
    if (GENERIC_ENDINGS.has(suffix.suffix) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && ctx.tokenAt[start] === ctx.tokenAt[sStart - 1]) continue;
    const place = placeAt(ctx, start, sStart) ?? placeAfterGroup(ctx, start, sStart) ?? placeAfterBrand(ctx, start, sStart);
    const placeOnly = place !== undefined && place.end === sStart;
    // 认真学习|党的…, 纪念|党的…: the Party as the object of a verb, not a party named so.
    if (suffix.suffix === PARTY_ENDING && !isPartyWord(ctx, place && !placeOnly ? place.end : start, e)) continue;
    // A base (基地) is named after a place and a word of a name (某县某某农业发展基地, not 某县生产基地); one being
    // built (推进某某基地建设) is a project. The head of a body may follow its ending (农林部长); the ending must
    // otherwise close a word.
    if (suffix.needsPlace) {
      if (!place || placeOnly || !hasNameLikeWord(ctx, place.end, sStart, true) || text.startsWith('建设', e)) continue;
      // 某村某某种植基地: a base named by its product and its work is the facilities recognizer's (facilities.ts).
      if (baseWorkBefore(ctx, sStart)) continue;
      const closes = isTokenEnd(ctx, e) || ctx.text[e] === '长' || tok.word.endsWith(suffix.suffix + '长');
      if (!closes || (tok.word.length > suffix.suffix.length && tok.word !== text.slice(tok.start, e))) continue;
    }
    // 某医院新院区, 两个校区: a character that describes or counts right before an ending that may carry it
    // (org-suffixes.json, notAfter) makes the words a description, no body's name.
    if (suffix.notAfter && sStart > 0 && suffix.notAfter.includes(text[sStart - 1]!)) continue;
    // 平湖公司 is "the Pinghu company", not a name; 平湖创新中心 is a name.
    // (新仓镇供销社: a body each place has one of is named by the place alone.)
    if (!suffix.placeNamed && ((placeOnly && (suffix.kind === 'Company' || suffix.kind === 'PartyOrganization')) || isPlaceAndBareEnding(ctx, start, e))) continue;
    const conf = suffix.suffix.length >= 3 ? 0.9 : suffix.suffix === '队' ? 0.8 : 0.85;
    if (suffix.place) {
      // 江西赣州安远|工业园区, 某县|工业园: a zone named by its county or city alone is the zone of that area (zonesOfAreas
      // reads it, places.ts), not a park of its own named after the chain of places before it.
      const zoneArea = lex.zoneSuffixBySuffix.has(suffix.suffix) ? areaEndingAt(ctx, sStart) : undefined;
      if (!dashRegion && zoneArea && zoneArea.at >= start && !outsideChain(ctx, zoneArea) && areaNamesZone(ctx, zoneArea, sStart)) continue;
      // 国家现代农业产业园, 省级某某示范园: a park named by a scope and no place is a grade a park is given (获评…).
      if (!place && DESIGNATION_SCOPE.test(text.slice(start, sStart))) continue;
      // An industrial park is a place; the place its name opens with (平湖市某某产业园) is where it is — unless a place in
      // brackets follows it (深圳（寻乌）产业园: a pairing park of 深圳's, in 寻乌), which is where it is.
      const parkRegion = dashRegion?.region ?? /[（(]([\u4e00-\u9fff]{2,6})[)）]/u.exec(text.slice(start, sStart))?.[1];
      out.push(candidate('Place', start, e, quotedPark !== undefined && start === quotedPark ? lex.orgQuotedParks.id : suffix.id, conf, { ...(place ? { place } : {}), ...(parkRegion ? { region: parkRegion } : {}) }, suffix.place));
      continue;
    }
    const attrs: MentionAttrs = {};
    if (place) attrs.place = place;
    const region = /[（(]([\u4e00-\u9fff]{2,6})[)）]/.exec(text.slice(start, sStart));
    if (region) attrs.region = region[1];
    // (市场服务中心, 县城供水公司: the level's character opens a word of its own — org.not.level-in-word.)
    const level = lex.orgLevelInWord.words.some((w) => text.startsWith(w, start)) ? null : /^[省市县区镇]/.exec(text.slice(start, sStart));
    if (level && !place) {
      attrs.ref = level[0] === '省' ? 'home-province' : level[0] === '市' ? 'home-city' : 'local-area';
    }
    // (No short form of a national group: 国家某某 alone is the trade's.)
    const core = national ? undefined : tradeName(ctx, start, sStart, place?.end);
    if (core) attrs.core = core;
    out.push(candidate('Organization', start, e, national ? lex.nationalGroups.id : levelStation ? lex.orgLevelStations.id : shortPlaceFirm ? lex.orgShortPlaceTrade.id : suffix.id, conf, attrs, suffix.kind));
  }
  return out;
}

/**
 * A team named by nothing but what it does (腰鼓队, 花鼓锣鼓队, 老年舞蹈队): the words before its ending are all
 * activities of the lexicon's list (org-suffixes.json, activityTeams), read from the ending back.
 */
export function isActivityTeam(lex: ExtractLexicon, text: string, start: number, end: number): boolean {
  const { ending, activities } = lex.activityTeams;
  if (end - start <= ending.length || !text.startsWith(ending, end - ending.length)) return false;
  let at = end - ending.length;
  while (at > start) {
    const word = activities.find((w) => at - w.length >= start && text.startsWith(w, at - w.length));
    if (!word) return false;
    at -= word.length;
  }
  return true;
}

/** A date's unit after its number (1990|年, 5|月): the number ends the name grown leftwards, the unit does not. */
const DATE_UNIT = /^[年月日号]$/u;
/** A rank (第三大, 第1大): with the kind after it (第三大银行) a description; the name, if any, follows it. */
const RANK = /第(?:[一二三四五六七八九十百]+|\d+)大/gu;

/**
 * Drops what opens a name grown from its ending but only says which one it is: a date's unit left by the number
 * (1990年|某某公司), a word of the qualifiers' list (前|某某银行, 所在|代表团: org-suffixes.json, qualifiers), and a
 * rank with the kind it ranks (第三大银行|某某银行: the name starts after the kind; nothing is left when the kind is
 * the ending itself, 第一大银行).
 */
/**
 * Where a name after a complete legal form inside [start, end) starts: after the last such form at least `gap`
 * characters before `end`, past what `after` skips there (a joining character, a copula; undefined: no name there),
 * when two characters or more are left; else `start`.
 */
function afterInnerLegalForm(text: string, forms: readonly string[], start: number, end: number, gap: number, after: (next: number) => number | undefined): number {
  for (const f of forms) {
    const at = lastIndexWithin(text, f, end - f.length - gap, start);
    if (at < start) continue;
    const next = after(at + f.length);
    return next !== undefined && end - next >= 2 ? next : start;
  }
  return start;
}

function trimQualifiers(ctx: ExtractContext, start: number, end: number): number {
  const { text } = ctx;
  start = afterPredicate(ctx, start, end);
  // 村里建了|便民服务中心, 县城建了|加工厂: a verb's aspect (了) is the clause's predicate, never a word of a name, even
  // where jieba glues it to the verb as a word it does not know (建了/x); the name starts after it
  // (org.not.predicate).
  // (Scans bounded by the span: text.lastIndexOf read back to the article's start for every candidate.)
  const aspect = lastIndexWithin(text, '了', end - 3, start);
  if (aspect >= start && isHan(text.charCodeAt(aspect - 1))) start = aspect + 1;
  // 某某集团全资子公司|某某有限公司, 某某控股旗下|某某公司: a word joining a parent's name to a child's closes the
  // parent's; the child's name starts after the last such word (org-suffixes.json, parentLinks).
  for (const w of ctx.res.lex.orgParentLinks.words) {
    const at = lastIndexWithin(text, w, end - w.length - 2, start);
    if (at >= start) start = at + w.length;
  }
  // 园区运营方|某某有限公司, 项目投资方|某某集团: a word of the part a firm plays closes the words before it; the name
  // starts after it, even where jieba glued its last character to the name's first (运营|方山|西…: org-suffixes.json,
  // partyRoles: org.not.party-role).
  for (const w of ctx.res.lex.orgPartyRoles.words) {
    const at = lastIndexWithin(text, w, end - w.length - 2, start);
    if (at >= start) start = at + w.length;
  }
  // 某某农业开发有限公司和顺|达物流有限公司: a complete legal form inside a firm's name closes the firm before it; the next
  // firm's name starts after it and a joining character (org-suffixes.json, firmBeforeFirm: org.not.firm-before-firm).
  const firms = ctx.res.lex.orgFirmBeforeFirm;
  // (`end` is where the ending starts: a legal form there, and one inside the words before it.)
  if (firms.forms.some((f) => text.startsWith(f, end))) start = afterInnerLegalForm(text, firms.forms, start, end, 2, (next) => (firms.joiners.includes(text[next]!) ? next + 1 : next));
  // 某某鞋业有限公司是|鸿星集团: a complete legal form and a copula (jieba's 是鸿/x) inside a group's name close the firm
  // before it; the group's name starts after the copula (org-suffixes.json, firmIsGroup: org.not.firm-is-group).
  const groups = ctx.res.lex.orgFirmIsGroup;
  if (groups.groupEndings.some((g) => text.startsWith(g, end))) start = afterInnerLegalForm(text, firms.forms, start, end, 3, (next) => (groups.copulas.includes(text[next]!) ? next + 1 : undefined));
  // 集团在杭州设有|某某集团杭州分公司: a verb of having or setting up closes the place and words before it; the name
  // starts after it (org-suffixes.json, havingVerbs: org.not.having-verb).
  for (const w of ctx.res.lex.orgHavingVerbs.words) {
    const at = lastIndexWithin(text, w, end - w.length - 2, start);
    if (at >= start && end - at - w.length >= 2) start = at + w.length;
  }
  // 某某公司脱胎于|原某某厂, 某某公司前身为|某某站: a word of where a firm came from closes the firm's name; the
  // forebear's starts after it (org-suffixes.json, originLinks: org.not.origin-link).
  for (const w of ctx.res.lex.orgOriginLinks.words) {
    const at = lastIndexWithin(text, w, end - w.length - 2, start);
    if (at < start) continue;
    start = at + w.length;
    // (脱胎于原某厂: 原, the forebear's old name, which jieba glues to the link's last character, 于原, or prints as
    // its own word; not the first character of a name's word, 原平市.)
    const tok = ctx.tokens[ctx.tokenAt[start]!];
    if (text[start] === '原' && end - start > 3 && tok && (tok.start < start || tok.word === '原')) start += 1;
  }
  // 本报讯（通讯员 某某）某某有限公司: the dateline and the byline bracketed after it close before the name, which
  // starts after the last of them (org-suffixes.json, datelines: org.not.dateline).
  start = afterDateline(ctx, start, end);
  // （通讯员 县农商银行 某某）: a byline's role before a contributor's unit is no word of the unit's name.
  // 他现任|某某公司总经理, 曾任|…: a verb of holding a post, even where jieba glues it to the name (曾任青/nr).
  const role = BYLINE_ROLE.exec(text.slice(start, end)) ?? HOLDING_POST.exec(text.slice(start, end));
  if (role && start + role[0].length < end) start += role[0].length;
  for (;;) {
    const first = ctx.tokens[ctx.tokenAt[start]!];
    if (!first || first.start !== start || first.end > end) break;
    // The unit may be glued to the name's first character (2008|年华|信电器…: jieba's 年华).
    // (2025|年度: the whole word is the date's.)
    if (DATE_UNIT.test(first.word[0]!) && /[\d〇零一二三四五六七八九十]$/u.test(text[start - 1] ?? '')) start += first.word === '年度' ? 2 : 1;
    else if (ctx.res.lex.orgQualifiers.words.has(first.word)) start = first.end;
    else break;
  }
  RANK.lastIndex = 0;
  let after = start;
  const span = text.slice(start, end);
  for (let m = RANK.exec(span); m; m = RANK.exec(span)) {
    const rankEnd = start + m.index + m[0].length;
    const kind = ctx.tokens[ctx.tokenAt[rankEnd]!];
    after = kind && kind.start === rankEnd ? Math.min(kind.end, end) : end;
  }
  return after;
}

/**
 * 不断壮大|某某合作社, 积极培育|家庭农场, 大力发展|农民专业合作社: a run of the predicate's words (adverbs of manner,
 * then a verb of building; 发展/建设 only after an adverb) inside a name grown from its ending is the clause's
 * predicate, and the name starts after it (org-suffixes.json, predicates). A run opening with an adverb is looked for
 * at every word (镇里|持续壮大|某某合作社: what stands before it is the clause's subject); a verb alone only where the
 * name starts (names hold verbs: 某市扶持小微企业发展基金会). The run must end where a word ends and leave something
 * of a name before the ending.
 */
function afterPredicate(ctx: ExtractContext, start: number, end: number): number {
  let s = start;
  for (let pos = start; pos < end - 1; ) {
    const runEnd = predicateRunEnd(ctx, pos, end, pos === s);
    if (runEnd > pos && runEnd <= end && isTokenEnd(ctx, runEnd)) {
      s = runEnd;
      pos = runEnd;
      continue;
    }
    const tok = ctx.tokens[ctx.tokenAt[pos]!]!;
    pos = Math.max(pos + 1, tok.end);
  }
  return s;
}

/** Where a run of the predicate's words starting at `pos` and closed by a verb ends (`pos` if none; a verb alone only if `verbFirst`). */
function predicateRunEnd(ctx: ExtractContext, pos: number, end: number, verbFirst: boolean): number {
  const { text } = ctx;
  const p = ctx.res.lex.orgPredicates;
  if (!isTokenStart(ctx, pos)) return pos;
  const start = pos;
  let adverb = false;
  let verb = false;
  for (;;) {
    let step = 0;
    for (let len = Math.min(p.maxLength, end - pos); len >= 2 && step === 0; len--) {
      const w = text.slice(pos, pos + len);
      if (!verb && p.adverbs.has(w)) {
        step = len;
        adverb = true;
      } else if (!verb && (adverb || verbFirst) && (p.verbs.has(w) || (adverb && p.afterAdverb.has(w)))) {
        step = len;
        verb = true;
      }
    }
    if (step === 0) break;
    pos += step;
  }
  // A verb must close the run: an adverb alone may be a word of the name (某大学继续教育学院).
  return verb ? pos : start;
}

const ASPECT = /^[了着过]$/u;
/** The words of a village's or a group's share cooperative before 合作社 (股份经济合作社). */
const SHARE_COOP_STEM = '股份经济';
/** The number of a village group (上湾|二|股份经济合作社). */
const GROUP_NUMERAL = /^[一二三四五六七八九十]$/u;
/** A byline's role (本报记者, 见习记者, 通讯员, 实习生) opening a name grown from its ending. */
/** The end of the last dateline (本报讯) or bracketed byline (（记者 某某）) in [start, end), or start. */
function afterDateline(ctx: ExtractContext, start: number, end: number): number {
  const { words, roles } = ctx.res.lex.orgDatelines;
  const span = ctx.text.slice(start, end);
  let cut = 0;
  for (const w of words) {
    const at = span.lastIndexOf(w);
    if (at >= 0) cut = Math.max(cut, at + w.length);
  }
  for (let close = span.search(/[）)]/u); close >= 0; close = span.slice(close + 1).search(/[）)]/u) >= 0 ? close + 1 + span.slice(close + 1).search(/[）)]/u) : -1) {
    const open = Math.max(span.lastIndexOf('（', close), span.lastIndexOf('(', close));
    const inside = span.slice(open + 1, close).replace(/\s+/g, '').replace(/^本报/u, '');
    if (open >= 0 && roles.some((r) => inside.startsWith(r))) cut = Math.max(cut, close + 1);
  }
  while (cut < span.length && /\s/.test(span[cut]!)) cut++;
  return cut > 0 && cut < span.length ? start + cut : start;
}

const BYLINE_ROLE = /^(?:本报)?(?:见习|特约|首席|融媒体|全媒体)?(?:记者|通讯员)|^实习生/u;
/** A verb of holding a post opening a name grown from its ending (现任, 曾任, 历任, 兼任, 担任, 出任). */
const HOLDING_POST = /^(?:现|曾|历|原|兼|担|出)任/u;
const COMPANY_ENDING = /(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)/gu;

/** The position after the last company ending (closing a word) in [start, end), or `start`. */
function afterCompany(ctx: ExtractContext, start: number, end: number, association = false): number {
  let out = start;
  const span = ctx.text.slice(start, end);
  COMPANY_ENDING.lastIndex = 0;
  for (let m = COMPANY_ENDING.exec(span); m; m = COMPANY_ENDING.exec(span)) {
    const at = start + m.index + m[0].length;
    // 某市上市公司|协会, 县民营企业|商会: an association of a category of firms (a category word right before the
    // firms' ending, org.category-members) is no company's unit; its name holds the category.
    if (association && CATEGORY_WORDS.has(categoryBefore(ctx.text, start + m.index))) continue;
    if (isTokenEnd(ctx, at) && m.index >= 2) out = at;
  }
  return out;
}

/** The category word (上市, 民营, 外资) that ends at `at`, the longest, or ''. */
function categoryBefore(text: string, at: number): string {
  for (let k = 5; k >= 2; k--) if (CATEGORY_WORDS.has(text.slice(at - k, at))) return text.slice(at - k, at);
  return '';
}

/**
 * 国家级孵化器, 以上孵化器, 科技孵化器 name a category, not an organisation: every word before the ending
 * is a grade, a scope or a generic qualifier.
 */
const CATEGORY_WORDS = new Set(['全省', '全市', '全县', '全区', '全镇', '外国', '境外', '外地', '本土', '国家级', '省级', '市级', '县级', '区级', '级', '以上', '以下', '科技', '高新技术', '高新', '龙头', '重点', '规上', '规模以上', '骨干', '优质', '大型', '中小', '小微', '民营', '国有', '外资', '合资', '本地', '当地', '核心', '专业', '其他', '孵化', '在孵', '新型', '知名', '一流', '创新型', '科技型', '国内', '国外', '海外', '外贸', '出口', '生产', '制造', '上市', '服务', '各类', '所属', '下属', '这', '那', '哪', '某', '乡镇', '基层', '境内外', '境内', '现有', '新增', '共富', '强村']);

/** A stem that counts levels (各级, 一级, 两级, 上级, 本级) or ends in a range of them (县以上, 乡镇以下, 县级及以上). */
const LEVEL_SCOPE = /^[一二两三四五各多上下同本]级$|(?:以上|以下)$/u;

/** The same, closing the text before a bare body's name (各级|党委, 县以上|党委). */
/**
 * 各乡镇|党委, 各街道|党工委, 县以上|党委: a government or Party body named alone after a count, a range or a plural of
 * levels is every one of its kind, no body named (the recognizer above and the hybrid's veto hybrid.veto.level-scope).
 */
export function isEveryBodyOfKind(ctx: ExtractContext, start: number, surface: string): boolean {
  return ctx.res.lex.govBodies.has(surface) && LEVEL_SCOPE_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start));
}

const LEVEL_SCOPE_BEFORE = /(?:[一二两三四五各多上下同本]级|以上|以下|各(?:[省市县区镇乡村]|街道|社区)|乡镇|镇街|街镇|镇乡|[（(](?:街道|社区|园区|场站)[）)])$/u;

/** 全国性, 综合性, 地方性, 非营利性: a word of a kind's scope or nature (某国|全国性|日报 is a national daily, no name). */
const KIND_ADJECTIVE = /^[\u4e00-\u9fff]{2,3}性$/u;

/** [start, end) is one common noun of jieba's dictionary (电子, 服饰, 食品): no trade name with it. */
function isOneCommonNoun(ctx: ExtractContext, start: number, end: number): boolean {
  const tok = ctx.tokens[ctx.tokenAt[start]!];
  if (!tok || tok.start !== start || tok.end !== end || (tok.tag !== 'n' && tok.tag !== 'vn')) return false;
  return isOrdinaryWord(ctx, tok.word, 300);
}

/** [start, end) is a body's ending after a stem of grades and scopes only (乡镇|卫生院, 国家级|孵化器): a kind of body. */
export function isCategoryName(ctx: ExtractContext, start: number, end: number): boolean {
  const surface = ctx.text.slice(start, end);
  for (let k = Math.min(ctx.res.lex.maxOrgSuffix, surface.length - 1); k >= 1; k--) {
    if (ctx.res.lex.orgSuffixBySuffix.has(surface.slice(-k))) return isCategory(ctx, start, end - k);
  }
  return false;
}

/**
 * 金阳科技公司, 青川科技有限公司: a firm's name made of a place's short form (no level ending: 某县科技公司 stays the kind)
 * and one trade word the categories list holds too (科技) is that firm's trade name (org.trade-name.short-place).
 */
function isShortPlaceTradeName(ctx: ExtractContext, start: number, suffixStart: number): boolean {
  const first = ctx.tokens[ctx.tokenAt[start]!]!;
  if (first.start !== start || first.end >= suffixStart || first.word.length < 2 || /[省市县区镇乡村]$/u.test(first.word) || !ctx.res.gazetteer.lookup(first.word).length) return false;
  const rest = ctx.text.slice(first.end, suffixStart);
  return ctx.res.lex.orgShortPlaceTrade.words.includes(rest);
}

function isCategory(ctx: ExtractContext, start: number, suffixStart: number): boolean {
  const stem = ctx.text.slice(start, suffixStart);
  // 省级研发中心, 国家级孵化器: a name opening with a grade is a kind of body, whatever words follow.
  if (/^(?:国家级|省级|市级|县级|区级|镇级|村级)/.test(stem)) return true;
  // 各级党委, 一级党委, 两级工会; 县以上党委, 乡镇以下医院: a count of levels or a range of them names every body of
  // the kind there (whatever stands before the range: 对团以上党委, jieba's 对团), not one.
  if (LEVEL_SCOPE.test(stem)) return true;
  // 中小|学校 inside jieba's one word 中小学校: the stem alone is a category word.
  if (CATEGORY_WORDS.has(ctx.text.slice(start, suffixStart))) return true;
  let graded = false;
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < suffixStart; ti++) {
    // (上市|公司 inside jieba's 上市公司: the part before the ending.)
    const t = ctx.tokens[ti]!;
    const w = t.end > suffixStart ? ctx.text.slice(t.start, suffixStart) : t.word;
    if (CATEGORY_WORDS.has(w) || /^[省市县区]$/.test(w) || KIND_ADJECTIVE.test(w)) graded = true;
    else if (!ctx.res.gazetteer.lookup(w).length) return false; // a place scopes a category (嘉兴市级以上)
  }
  return graded;
}

/**
 * 安徽科技学院, 某省科技大学, 某市职业技术学院: a university or college named by its province or city and a field word
 * the categories list (科技, 服务) is that school; a grade or a scope (省级, 全省) still makes a kind of school. A park
 * likewise (泊头制造产业园, 某县科技产业园: org.park.placed-field): its place and its field name it.
 */
function isPlacedSchoolOfField(ctx: ExtractContext, start: number, suffixStart: number, kind: string): boolean {
  if (kind !== 'School' && kind !== 'IndustrialPark') return false;
  // (A park goes by its county's or city's short form too: 泊头 of 泊头市.)
  const end = placeAt(ctx, start, suffixStart)?.end ?? (kind === 'IndustrialPark' ? areaShortFormEnd(ctx, start) : undefined);
  if (end === undefined || end >= suffixStart) return false;
  return SCHOOL_FIELDS.has(ctx.text.slice(end, suffixStart).replace(/^[省市县]/u, ''));
}

const SHORT_FORM_AREAS = new Set(['Province', 'City', 'County']);

/** Where a word at `start` ends that is the short form of a province, a city or a county (泊头, 平湖). */
function areaShortFormEnd(ctx: ExtractContext, start: number): number | undefined {
  const tok = ctx.tokens[ctx.tokenStartingAt[start] ?? -1];
  const g = ctx.res.gazetteer;
  return tok && g.lookup(tok.word).some((x) => (x.form === 'abbr' || x.form === 'distant') && SHORT_FORM_AREAS.has(g.get(x.placeId)?.kind ?? '')) ? tok.end : undefined;
}

/** Field words a school's or a park's name may hold after its place (科技 of 安徽科技学院). */
const SCHOOL_FIELDS = new Set(['科技', '服务', '生产', '制造', '专业', '高新技术']);

/**
 * Endings that also make common nouns (保险公司, 食品厂, 试点学校, 执政党): a name before them needs a word
 * that is a name — one jieba does not know or knows as a name or place, a rare word, or a known place.
 */
const GENERIC_ENDINGS = new Set(['公司', '总公司', '分公司', '集团', '集团公司', '厂', '煤矿', '学校', '中学', '小学', '医院', '银行', '信用社', '合作社', '队', '党', '办公室', '中心', '大学', '学院', '电视台', '法庭', '工坊']);

const PARTY_ENDING = '党';

/** An ending that names a body by what it does (仓储中心, 研发中心). */
const FUNCTION_ENDING = '中心';

/** A count and its classifier right after a name (36个, 12家, 三所). */
const COUNT_AFTER = /^(?:\d+|[一二两三四五六七八九十百千几]+)(?:个|家|所|座|处|间|支)/u;

/**
 * 建成彝绣工坊36个: a name ending as bodies of a kind end (工坊, 加工厂, 合作社), counted right after, with no place
 * opening it, is the kind being counted (the rules' reading and the tagger's alike).
 */
export function isCountedKind(ctx: ExtractContext, start: number, end: number): boolean {
  if (!COUNT_AFTER.test(ctx.text.slice(end, end + 6))) return false;
  const surface = ctx.text.slice(start, end);
  let generic = false;
  for (const w of GENERIC_ENDINGS) if (surface.length > w.length && surface.endsWith(w)) generic = true;
  return generic && !placeAt(ctx, start, end - 1);
}

/** Endings that a quoted name may stand before (“巧手织女”共富工坊, “老兵”志愿服务队, “幸福里”服务中心). */
const QUOTED_NAME_KINDS = new Set(['工坊', '志愿服务队', '合作社', '家庭农场', '服务中心']);

/** Where a quoted name of two to ten Han characters that closes right at `pos` opens (its opening mark), or undefined. */
function quotedNameBefore(text: string, pos: number): number | undefined {
  const close = text[pos - 1];
  if (close !== '”' && close !== '"') return undefined;
  const open = Math.max(text.lastIndexOf('“', pos - 2), text.lastIndexOf('"', pos - 2));
  if (open < 0 || pos - 1 - open < 3 || pos - 1 - open > 11) return undefined;
  return /^[\u4e00-\u9fff·]+$/u.test(text.slice(open + 1, pos - 1)) ? open : undefined;
}

/**
 * Where a quoted name (2 to 12 Han characters, digits, Latin letters or ·) opens that closes right before `pos` or
 * before up to `maxField` Han characters right before it (“红星1972”|文化创意|产业园); undefined when none does.
 */
function quotedNameBeforeField(text: string, pos: number, maxField: number): number | undefined {
  for (let k = 0; k <= maxField && pos - k > 0; k++) {
    const at = pos - k;
    if (k > 0 && !isHan(text.charCodeAt(at))) return undefined;
    if (text[at - 1] !== '”' && text[at - 1] !== '"') continue;
    const open = Math.max(text.lastIndexOf('“', at - 2), text.lastIndexOf('"', at - 2));
    if (open < 0 || at - 1 - open < 3 || at - 1 - open > 13) return undefined;
    const inner = text.slice(open + 1, at - 1);
    // (“这是好事”: words said, not a name — a function word or a pronoun inside.)
    return /^[\u4e00-\u9fff·0-9A-Za-z]+$/u.test(inner) && !SAID_NOT_NAME.test(inner) ? open : undefined;
  }
  return undefined;
}
/** Characters of words said rather than of a name: a copula, a particle, a pronoun. */
const SAID_NOT_NAME = /[是的了这那我你他她吗呢吧啊要就都也]/u;

/** A verb of founding right before a name (成立了, 组建起, 注册, 领办, 牵头成立). */
const FOUNDED_BEFORE = /(?:成立|组建|注册|创办|领办|创建|新成立)(?:了|起|起了)?$/u;

/**
 * 村里成立了茶香文化旅游专业合作社: a cooperative in its registered form (a stem of three words or more and five
 * characters or more, then 专业合作社) right after a verb of founding is the one founded, named so, though every word of
 * its name is a common one (org.suffix.hezuoshe; 成立了蔬菜种植专业合作社, 大力发展农民专业合作社 name a kind).
 */
function isFoundedCoopName(ctx: ExtractContext, start: number, sStart: number): boolean {
  const { text } = ctx;
  if (!text.startsWith('专业合作社', sStart - 2) || !FOUNDED_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  const stemEnd = sStart - 2;
  if (stemEnd - start < 5) return false;
  let words = 0;
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < stemEnd; ti++) {
    const t = ctx.tokens[ti]!;
    if (!ALL_HAN.test(t.word) || ctx.res.lex.stopwords.has(t.word)) return false;
    words++;
  }
  return words >= 3;
}

/** An indefinite count before a body's name (一家, 一所, 另一家). */
const INDEFINITE_BEFORE = /(?:^|[^\d一二两三四五六七八九十百千万第])一(?:家|所|个|座)$/u;

/**
 * 国民党, 工党, 公明党 (after any place: 某国|人民党): a party's name is a word of jieba's dictionary, or its stem is
 * all names' words (unknown to the dictionary, or tagged as names: a transliteration); 认真学习党, 纪念党, 整顿党 are
 * the Party as the object of a verb.
 */
function isPartyWord(ctx: ExtractContext, start: number, end: number): boolean {
  if (ctx.res.dictionary.has(ctx.text.slice(start, end))) return true;
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end - 1; ti++) {
    const t = ctx.tokens[ti]!;
    const d = ctx.res.dictionary.get(t.word);
    if (d && !NAME_LIKE_TAGS.test(d.tag)) return false;
  }
  return true;
}

/** 自由党, 工党: a party's name is one word that is not a verb or a time (纪念党, 新时期党 are not names). */
function isPartyName(ctx: ExtractContext, start: number, end: number): boolean {
  const t = ctx.tokens[ctx.tokenAt[start]!]!;
  return t.start === start && t.end === end && !NOT_PARTY_TAGS.test(t.tag);
}

/**
 * A word that may be a name between `start` and `end`. For a firm (`firm`), a rare common noun or verb (标准件,
 * 吹塑, 碳素) is what it makes, not its trade name (字号): 一家碳素厂 is a kind of factory, 宏达碳素厂 a named one.
 */
function hasNameLikeWord(ctx: ExtractContext, start: number, end: number, firm: boolean, ofFunction = false): boolean {
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) {
    const t = ctx.tokens[ti]!;
    const w = t.word.slice(0, Math.max(0, end - t.start));
    if (!HAN_OR_LATIN.test(w)) continue;
    // 智能化/nr, 数字化: jieba tags some words of -ization as names; they describe.
    if (isIzationWord(ctx, w)) continue;
    // 分拣|仓储/j|中心: before an ending that names a body by what it does (中心), a word of a trade, whatever jieba
    // tags it (an abbreviation here), names no body (org.not.trade-word-name); a school's may (手拉手环保小学).
    if (ofFunction && isTradeWord(w)) continue;
    // (A token running on into the ending, 加工|厂 in jieba's 加工厂/nt, is tagged as the whole: its tag says nothing of
    // the part before the ending.)
    // 建起了玉米|烘干厂, 木耳|加工厂: a word jieba's dictionary tags a person's name (玉米/nr) that the page prints as a
    // thing (before a trade, a harvest or a plant of its work, after a word of growing: thingOnPage) is that common
    // noun, no word of a name. A name the dictionary does not hold keeps its tag, and so does a place's (柳林镇/nr
    // before 丰收农机专业合作社: a word ending as a place does, or one the gazetteer knows).
    if (t.word === w && PERSON_TAGS.test(t.tag) && PERSON_TAGS.test(ctx.res.dictionary.get(w)?.tag ?? '') && !PLACE_WORD_END.test(w) && ctx.res.gazetteer.lookup(w).length === 0 && thingOnPage(ctx, w)) continue;
    if (t.end <= end && NAME_LIKE_TAGS.test(t.tag)) return true;
    // 齐心|茶叶专业合作社 on a page naming 齐心村: a village's or town's name without its ending names the body.
    if (w.length >= 2 && namesPlaceOnPage(ctx.text, w)) return true;
    // (A place's one-character abbreviation, 新 for 新疆, names nothing here: 公司|新|工厂.)
    if (ctx.res.gazetteer.lookup(w).some((e) => e.form !== 'abbr' || w.length >= 2)) return true;
    const d = ctx.res.dictionary.get(w);
    if (w.length >= 2 && (!d || (d.freq < 50 && !(firm && TRADE_WORD_TAGS.test(d.tag))))) return true;
  }
  return false;
}

/** The text prints `word` with a village's, town's or community's ending after it somewhere (齐心 of 齐心村). */
export function namesPlaceOnPage(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (PLACE_ENDING_AFTER.test(text.slice(i + word.length, i + word.length + 2))) return true;
  }
  return false;
}

const PLACE_ENDING_AFTER = /^(?:村|镇|乡|社区|街道)/u;

/**
 * 公司的智能化仓储中心, 该企业的研发中心: a centre named only by common words of what it does (no place, no word of a
 * name), after 的, is a facility of the body before it, not an organisation of its own.
 */
export function isGenericFacility(ctx: ExtractContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (!text.startsWith(FACILITY_ENDING, end - FACILITY_ENDING.length) || end - start <= FACILITY_ENDING.length || text[start - 1] !== '的') return false;
  // (Its owner a firm, a park or a base — or a verb of building it: 新建的, 投用的.)
  const owner = tokenBefore(ctx, start - 1);
  if (!owner || !(FACILITY_OWNER.test(owner.word) || (owner.tag.startsWith('v') && owner.end === start - 1))) return false;
  const stemEnd = end - FACILITY_ENDING.length;
  if (placeAt(ctx, start, stemEnd)) return false;
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < stemEnd; ti++) {
    const t = ctx.tokens[ti]!;
    if (t.start < start || t.end > stemEnd) return false;
    if (isIzationWord(ctx, t.word)) continue;
    const d = ctx.res.dictionary.get(t.word);
    if (!d || d.freq < 30 || /^(?:x|nz|nt|nr|nrt|nrfg|ns|nsf|eng)$/.test(d.tag) || namesPlaceOnPage(text, t.word)) return false;
  }
  return true;
}

const FACILITY_ENDING = '中心';
const FACILITY_OWNER = /(?:公司|企业|集团|厂|园|园区|基地)$/u;

/** 浙江省生态与环境修复技术协会: a 与/和 inside a society's name, when the part before it opens with a place. */
function bridgeConjunction(ctx: ExtractContext, start: number, suffixStart: number, kind: OrganizationKind): number {
  const conj = tokenBefore(ctx, start);
  if (!conj || !/^(与|和|及)$/.test(conj.word)) return start;
  if (kind === 'Company') return tradeNameWithConjunction(ctx, start, conj);
  if (kind === 'School') return collegeOfFields(ctx, start, suffixStart, conj);
  if (kind !== 'Association' && kind !== 'ResearchInstitute') return start;
  const before = growLeft(ctx, conj.start, { maxLength: 10 });
  if (before === conj.start) return start;
  const place = placeAt(ctx, before, conj.start);
  // 某市|与|某某研究所签约: a place alone before the conjunction is the other party, not the first half of a name;
  // and a name after it that opens with a place or a body of its own (中国农业科学院) is a name of its own.
  if (!place || place.end >= conj.start || opensOwnName(ctx, start)) return start;
  return suffixStart - before <= MAX_ORG ? before : start;
}

/** The text at `start` opens with a place's name or a body's (jieba's nt): the start of a name of its own. */
function opensOwnName(ctx: ExtractContext, start: number): boolean {
  const tok = ctx.tokens[ctx.tokenAt[start]!];
  if (tok && tok.start === start && tok.tag === 'nt') return true;
  return placeAt(ctx, start, start + ctx.res.gazetteer.maxNameLength) !== undefined;
}

/**
 * 某某大学茶与食品科技学院, 某某大学食品与营养学院: a college named by two fields joined by 与/和 under its university —
 * the university's name, one field of a few characters, the conjunction and the college's own words are one name.
 */
function collegeOfFields(ctx: ExtractContext, start: number, suffixStart: number, conj: { start: number; word: string }): number {
  const field = tokenBefore(ctx, conj.start);
  if (!field || field.word.length > 4 || !/^[\u4e00-\u9fff]+$/u.test(field.word) || isBreak(ctx, field)) return start;
  const university = tokenBefore(ctx, field.start);
  if (!university || !/(?:大学|学院)$/u.test(university.word)) return start;
  const before = growLeft(ctx, university.end, { maxLength: 16 });
  return before < university.end && suffixStart - before <= MAX_ORG ? Math.min(before, university.start) : start;
}

/**
 * 如皋市欣和纺织有限公司: jieba reads the 和 of a trade name as a conjunction. A single character between a place
 * and the 和 is no word that could be listed on its own, so the name runs from the place.
 */
function tradeNameWithConjunction(ctx: ExtractContext, start: number, conj: { start: number; word: string }): number {
  if (conj.word !== '和') return start;
  const lone = tokenBefore(ctx, conj.start);
  // One character (欣和), or a word jieba does not know (同舟和光).
  const partOfName = lone && (lone.word.length === 1 || (lone.tag === 'x' && lone.word.length <= 3));
  if (!lone || !partOfName || !/^[\u4e00-\u9fff]+$/.test(lone.word) || ctx.res.lex.stopwords.has(lone.word)) return start;
  const place = tokenBefore(ctx, lone.start);
  if (!place || !placeAt(ctx, place.start, lone.start) || placeAt(ctx, place.start, lone.start)!.end !== lone.start) return start;
  return place.start;
}

/**
 * 平湖公司, 美国公司, 陕西|工厂: a place and a company's or a party body's ending with nothing between, or a place and
 * an ordinary word that ends as a firm does (工厂), is a description ("the Pinghu company", Shaanxi's factories), not
 * a name — whether jieba cuts the place off or reads it all as one word (美国公司/nt). A school or a government
 * named by its place (平湖中学, 平湖市政府) is a name.
 */
export function isPlaceAndBareEnding(ctx: ExtractContext, start: number, end: number): boolean {
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrie.longest(ctx.text, start, end - 1, (v) => g.lookup(v[0]!).some((x) => x.form !== 'abbr' && x.form !== 'distant'));
  // 县农机合作社: the level's character alone stands for the paper's own area.
  if (!m && AREA_LEVEL_CHAR[ctx.text.charCodeAt(start)] && isCoopKind(ctx, start + 1, end)) return true;
  if (!m || VILLAGE_OR_TOWN_ENDING[ctx.text.charCodeAt(m.at)]) return false;
  const rest = ctx.text.slice(m.at, end);
  // (A town's or a village's co-op is its one: 某镇农机合作社 stays.)
  if (!VILLAGE_OR_TOWN_ENDING[ctx.text.charCodeAt(m.at - 1)] && !g.lookup(ctx.text.slice(start, m.at)).some((x) => TOWN_KINDS.has(g.get(x.placeId)?.kind ?? '')) && isCoopKind(ctx, m.at, end)) return true;
  const ending = ctx.res.lex.orgSuffixBySuffix.get(rest);
  if (ending) return !ending.placeNamed && (ending.kind === 'Company' || ending.kind === 'PartyOrganization');
  if (rest.length > 3 || !isOrdinaryWord(ctx, rest, BARE_ENDING_WORD_FREQ)) return false;
  for (let k = 1; k < rest.length; k++) if (ctx.res.lex.orgSuffixBySuffix.get(rest.slice(k))?.kind === 'Company') return true;
  return false;
}

/**
 * 食品有限公司, 农业开发有限公司: a company's legal form after only common words of a trade (no place, no word of a
 * name) is a description, or the tail of a name cut inside its trade name (真好吃|食品有限公司).
 */
export function isTradeAndLegalForm(ctx: ExtractContext, start: number, end: number): boolean {
  const form = LEGAL_FORM_END.exec(ctx.text.slice(start, end));
  if (!form || form.index === 0) return false;
  return !hasNameLikeWord(ctx, start, start + form.index, true);
}

const LEGAL_FORM_END = /(?:股份有限公司|有限责任公司|有限公司)$/u;

/** How common a word ending as a firm does must be to describe one after a place (工厂, not 化纤厂). */
const BARE_ENDING_WORD_FREQ = 1000;

/** By code unit: the endings of a village's, a town's or a township's name. */
const VILLAGE_OR_TOWN_ENDING = codeTable('村镇乡');
const AREA_LEVEL_CHAR = codeTable('省市县区');
const TOWN_KINDS: ReadonlySet<string> = new Set(['Town', 'Township', 'Subdistrict', 'Village', 'Community']);

/**
 * [from, end) is a co-op's ending after words of a kind of co-op only (农机合作社, 农民专业合作社: org-suffixes.json
 * coopKinds, org.not.place-and-coop-kind) — at least one such word, the ending closing the span.
 */
function isCoopKind(ctx: ExtractContext, from: number, end: number): boolean {
  const { endings, words } = ctx.res.lex.coopKinds;
  const rest = ctx.text.slice(from, end);
  const ending = endings.find((e) => rest.endsWith(e));
  if (ending === undefined) return false;
  let stem = rest.slice(0, -ending.length);
  if (stem.length === 0) return false;
  while (stem.length > 0) {
    const w = words.find((x) => stem.startsWith(x));
    if (w === undefined) return false;
    stem = stem.slice(w.length);
  }
  return true;
}

/** The place a name opens with (平湖 in 平湖市极地户外服饰有限公司, 浙江 in 浙江华龙新材料科技园). */
export function placeAt(ctx: ExtractContext, start: number, limit: number): { text: string; start: number; end: number; placeIds: string[] } | undefined {
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrie.longest(ctx.text, start, Math.min(limit, start + g.maxNameLength), (v, at) => isTokenEnd(ctx, at) && g.lookup(v[0]!).some((x) => x.form !== 'abbr' && x.form !== 'distant'));
  // 石家庄|村…: a village's, a town's or a township's ending right after the name (jieba glues it to the next
  // word) makes it that smaller place's name, not the larger place's.
  if (!m || VILLAGE_OR_TOWN_ENDING[ctx.text.charCodeAt(m.at)]) return undefined;
  const surface = m.values[0]!;
  // (天山乳业公司: the name read by its other places — the mountains —, not a far district whose short form it is too;
  // org.place.not-distant-namesake.)
  return { text: surface, start, end: m.at, placeIds: g.lookup(surface).filter((x) => x.form !== 'abbr' && x.form !== 'distant').map((x) => x.placeId) };
}

/**
 * Where a name opening with a place at `start` really starts: at a longer name of the gazetteer's (full or alias)
 * that ends where that place ends and starts at a word's start before `start` (景|宁县 → 景宁县), else `start`.
 */
function wholePlaceOpening(ctx: ExtractContext, start: number, limit: number): number {
  const place = placeAt(ctx, start, limit);
  if (!place || start === 0) return start;
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrieReverse.longest(ctx.text, place.end, Math.max(0, place.end - g.maxNameLength), (v, at) => at < start && isTokenStart(ctx, at) && g.lookup(v[0]!).some((x) => x.form === 'full' || x.form === 'alias'));
  return m && m.at < start ? m.at : start;
}

/**
 * Where a name whose first characters end a village's name (村强村公司 in 下畈村强村公司) really starts: at that
 * village's start, read by its ending (admin-names.ts), else `start`.
 */
function wholeVillageOpening(ctx: ExtractContext, start: number, limit: number): number {
  if (start === 0) return start;
  for (let end = start + 1; end <= Math.min(start + 2, limit - 1); end++) {
    const village = adminNameEndingAt(ctx, end);
    if (village && village.kind === 'Village' && village.start < start) return village.start;
  }
  // (前|垄村/x|农业…: a name opening with one character and 村, jieba's word it does not know, right after a locative
  // character of its own — 上下前后东西南北 — opens with that character: the village 前垄村.)
  const first = ctx.tokens[ctx.tokenAt[start]!];
  const before = tokenBefore(ctx, start);
  if (first && first.start === start && first.tag === 'x' && first.word.length === 2 && first.word[1] === '村' && before && before.end === start && before.tag === 'f' && /^[上下前后东西南北]$/u.test(before.word)) return before.start;
  return start;
}

/**
 * 中车|西安|车辆有限公司, 华润|五丰|山东|食品有限公司: the place a unit is named by, right after its parent's brand opening
 * the name (grow.parent-brand-before-place): where the unit is (org.place.after-brand).
 */
function placeAfterBrand(ctx: ExtractContext, start: number, suffixStart: number): ReturnType<typeof placeAt> {
  const at = brandRunEnd(ctx, start);
  return at !== undefined && at < suffixStart ? placeAt(ctx, at, suffixStart) : undefined;
}

/** 远景集团|包头|风电公司: the place a group's unit is named by, right after the group's ending inside the name. */
function placeAfterGroup(ctx: ExtractContext, start: number, suffixStart: number): ReturnType<typeof placeAt> {
  const m = /(?:集团|集团公司|集团有限公司|集团股份有限公司)/u.exec(ctx.text.slice(start, suffixStart));
  if (!m || m.index < 2) return undefined;
  const at = start + m.index + m[0].length;
  return at < suffixStart ? placeAt(ctx, at, suffixStart) : undefined;
}

/**
 * The trade name (字号): what follows the place and precedes the industry words. We take the first token
 * after the place, widened to two characters at least (极地, 创羽, 疏科, 盈智, 信易).
 */
function tradeName(ctx: ExtractContext, start: number, suffixStart: number, placeEnd?: number): string | undefined {
  let s = placeEnd ?? start;
  if (ctx.text[s] === '市' || ctx.text[s] === '省' || ctx.text[s] === '县') s++;
  // 湖北|宜都|青禾食品…, 湖北省|宜昌市|宜都|青禾…: the places of a chain, each within the one before (by any of its
  // names), all come before the trade name.
  if (placeEnd !== undefined) {
    const g = ctx.res.gazetteer;
    let outer = g.lookup(ctx.text.slice(start, placeEnd)).map((x) => x.placeId);
    for (;;) {
      const within = outer;
      const m = ctx.res.placeTrie.longest(ctx.text, s, Math.min(suffixStart - 2, s + g.maxNameLength), (v, at) => isTokenEnd(ctx, at) && g.lookup(v[0]!).some((x) => x.form !== 'abbr' && within.some((o) => g.within(x.placeId, o))));
      if (!m) break;
      // 云南|金碧|矿业有限公司: a town's name followed by nothing but the trade (矿业) is the firm's trade name, a
      // namesake of the town, not where it was registered.
      let next = m.at;
      if (ctx.text[next] === '市' || ctx.text[next] === '省' || ctx.text[next] === '县') next++;
      if (!hasNameLikeWord(ctx, next, suffixStart, true)) break;
      outer = g.lookup(m.values[0]!).filter((x) => x.form !== 'abbr').map((x) => x.placeId);
      s = next;
    }
  }
  const inner = ctx.text.slice(s, suffixStart).replace(/[（(][^）)]*[)）]/g, '');
  // Trade names are two characters in the great majority of registered names; a province's character and a
  // direction (湘西北, 浙东南) are three.
  if (/^[\u4e00-\u9fff](?:东北|西北|东南|西南)/u.test(inner) && inner.length >= 5) return inner.slice(0, 3);
  return inner.length >= 2 ? inner.slice(0, 2) : undefined;
}

const LIST_CLOSERS = /^等(?:[\u4e00-\u9fff]{0,2}?)(品牌|企业|公司|客户|采购商|厂商|厂家|外资企业|集团|商家|买家|电商|电商平台|平台)/u;

/** The items of a list closed by 等品牌 / 等企业: 法国迪卡侬、哥伦比亚等品牌; 日本电产汽车马达、东测等老企业. */
export function listedFirms(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let i = text.indexOf('等'); i !== -1; i = text.indexOf('等', i + 1)) {
    const closer = LIST_CLOSERS.exec(text.slice(i, i + 8));
    if (!closer) continue;
    const brand = closer[1] === '品牌';
    // Walk back over the items, separated by 、 or 和/与.
    let end = i;
    for (let n = 0; n < 8 && end > 0; n++) {
      // 德国博世（Bosch）: a name given again in brackets; the item is the name before them.
      if (text[end - 1] === '）' || text[end - 1] === ')') {
        const open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        if (open > 0 && end - open <= 24 && !/[、，,。]/.test(text.slice(open, end))) end = open;
      }
      const start = itemStart(ctx, end);
      if (start === end || end - start > 14) break;
      const attrs: MentionAttrs = { brand };
      // 法国迪卡侬: a country before the name says where the firm is from; the name is what follows.
      // Only when the rest is one word (迪卡侬); 日本电产汽车马达 carries the country in its registered name.
      const country = countryPrefix(ctx, start, end);
      let nameStart = start;
      if (country && end - country.end >= 2 && ctx.tokenStartingAt[country.end] !== -1 && ctx.tokens[ctx.tokenStartingAt[country.end]!]!.end === end) {
        attrs.country = country.name;
        attrs.foreign = true;
        nameStart = country.end;
        out.push(candidate('Place', start, country.end, 'place.country-of-origin', 0.9, { placeIds: [country.id] }, 'Country'));
      }
      // A list of 等企业 may hold a place or a generic word; a name of one known place alone is not a firm.
      const place = ctx.res.gazetteer.lookup(text.slice(nameStart, end));
      const isPlaceOnly = place.length > 0 && !brand;
      // 电子、机械、纺织等企业: a trade alone names firms of that trade, not one.
      const tradeOnly = ctx.res.lex.tradeFirms.industries.has(text.slice(nameStart, end)) || isSizedTrade(ctx, nameStart, end);
      // (大|和精工…: one Han character alone, a conjunction after it, is no firm's name.)
      const oneHan = end - nameStart === 1 && /[\u4e00-\u9fff]/u.test(text[nameStart]!);
      if (!isPlaceOnly && !tradeOnly && !oneHan && /[\u4e00-\u9fffA-Za-z]/.test(text.slice(nameStart, end))) {
        out.push(candidate('Organization', nameStart, end, brand ? 'org.listed-brand' : 'org.listed-firm', brand ? 0.93 : 0.86, attrs, 'Company'));
      }
      const sep = text[start - 1];
      if (sep === '、') end = start - 1;
      else if (text.slice(start - 1, start) === '和' || text.slice(start - 1, start) === '与') end = start - 1;
      else break;
    }
  }
  return out;
}

/** jieba's tags of a word that may be a trade name at any frequency: unknown words and names (华泰/nz, 海尔/nt). */
const TRADE_NAME_TAGS = /^(?:x|nz|nr|nrt|nrfg|nt|j)$/;
/** jieba's tags of common words that may be a trade name when rare (远航/v, 飞鸽/n). */
const RARE_TRADE_NAME_TAGS = /^(?:n|v|vn|an)$/;
/** Below this frequency a common noun or verb may be a trade name; 智能, 国产, 家用 and their like are above it. */
const TRADE_NAME_MAX_FREQ = 200;
/** Places a firm is named after (某省钢绳, 某市电器): not a country (中国快递 is the trade in China). */
const FIRM_PLACE_KINDS = new Set(['Province', 'City', 'County', 'District']);
const LIST_JOINERS = /^[、和与及]$/u;
/** An adverb that may stand between a firm's name and its doing (某某电器已投产). */
const FIRM_ADVERB = /^[已还也正将又再均都先]$/u;
const FIRM_ENDING = /(?:有限公司|公司|集团)$/u;

interface TradeFirm {
  start: number;
  end: number;
  /** Where the trade name ends (the trade word follows). */
  nameEnd: number;
  place?: { text: string; start: number; end: number; placeIds: string[] };
}

/**
 * 某某电器董事长, 某某快递负责人, 龙头企业某某纸业: a trade name and its trade word, with no legal form, name a firm
 * where the context shows one (org-suffixes.json, tradeFirms); once shown, the same name is the firm wherever the
 * article prints it. A product or an industry (家电, 智能电器, 电器行业) is none: the trade name must be a name's word,
 * a rare one, or a province's, city's or county's name.
 */
export function tradeFirms(ctx: ExtractContext): Candidate[] {
  const { text } = ctx;
  const { id, industries } = ctx.res.lex.tradeFirms;
  const shapes: TradeFirm[] = [];
  for (let ti = 1; ti < ctx.tokens.length; ti++) {
    const trade = ctx.tokens[ti]!;
    if (!industries.has(trade.word)) continue;
    const name = ctx.tokens[ti - 1]!;
    if (name.end !== trade.start) continue;
    const shape = tradeFirmShape(ctx, name, trade.end) ?? listedTradeFirm(ctx, trade.start, trade.end);
    if (shape) shapes.push(shape);
  }
  if (!shapes.length) return [];
  const cued = new Set<number>();
  const names = new Set<string>();
  shapes.forEach((s, i) => {
    if (!isFirmCued(ctx, s, shapes)) return;
    cued.add(i);
    names.add(text.slice(s.start, s.end));
  });
  const out: Candidate[] = [];
  shapes.forEach((s, i) => {
    if (!names.has(text.slice(s.start, s.end))) return;
    const attrs: MentionAttrs = s.place ? { place: s.place } : { core: text.slice(s.start, s.nameEnd) };
    out.push(candidate('Organization', s.start, s.end, cued.has(i) ? id : `${id}.recurrence`, cued.has(i) ? 0.86 : 0.84, attrs, 'Company'));
  });
  return out;
}

/** The firm a trade name (`name`) and the trade word after it (ending at `end`) would name, if it has the shape. */
function tradeFirmShape(ctx: ExtractContext, name: { start: number; end: number; word: string; tag: string }, end: number): TradeFirm | undefined {
  const w = name.word;
  if (w.length < 2 || w.length > 3 || !ALL_HAN.test(w) || ctx.res.lex.stopwords.has(w) || CATEGORY_WORDS.has(w)) return undefined;
  // The name starts a word of its own: after punctuation, a function word, a verb, a place or a word for firms.
  const prev = tokenBefore(ctx, name.start);
  if (prev && !isBreak(ctx, prev) && !/^v/.test(prev.tag) && !ctx.res.gazetteer.lookup(prev.word).length && !ctx.res.lex.tradeFirms.before.includes(prev.word)) return undefined;
  const g = ctx.res.gazetteer;
  const entries = g.lookup(w).filter((e) => e.form !== 'abbr' && e.form !== 'distant');
  if (entries.length) {
    if (!entries.some((e) => FIRM_PLACE_KINDS.has(g.get(e.placeId)?.kind ?? ''))) return undefined;
    return { start: name.start, end, nameEnd: name.end, place: { text: w, start: name.start, end: name.end, placeIds: entries.map((e) => e.placeId) } };
  }
  const d = ctx.res.dictionary.get(w);
  if (d && !TRADE_NAME_TAGS.test(d.tag) && !(RARE_TRADE_NAME_TAGS.test(d.tag) && d.freq < TRADE_NAME_MAX_FREQ)) return undefined;
  return { start: name.start, end, nameEnd: name.end };
}

/**
 * 、三和钢绳、: an item of a list between two joiners that is two or three characters and a trade word, whatever
 * words jieba cut the characters into (三/m 和/c), where no character is a word of its own that names no firm.
 */
function listedTradeFirm(ctx: ExtractContext, tradeStart: number, end: number): TradeFirm | undefined {
  const { text } = ctx;
  if (text[end] !== '、' && !text.startsWith('等', end)) return undefined;
  for (const k of [2, 3]) {
    const start = tradeStart - k;
    if (start < 1 || text[start - 1] !== '、' || !isTokenStart(ctx, start)) continue;
    const w = text.slice(start, tradeStart);
    if (!ALL_HAN.test(w) || ctx.res.lex.stopwords.has(w) || CATEGORY_WORDS.has(w) || isOrdinaryWord(ctx, w, TRADE_NAME_MAX_FREQ) || ctx.res.gazetteer.lookup(w).length) continue;
    return { start, end, nameEnd: tradeStart };
  }
  return undefined;
}

/** A firm's head, unit or doing after the name, a word for firms before it, or a list with another firm (a firm named by a place: a head or a word for firms only). */
function isFirmCued(ctx: ExtractContext, s: TradeFirm, shapes: readonly TradeFirm[]): boolean {
  const { text } = ctx;
  const { heads, doings, before } = ctx.res.lex.tradeFirms;
  // 某某电器的董事长, 某某纸业今年投产: a 的 or a time word may stand between the name and what it does.
  let at = text[s.end] === '的' ? s.end + 1 : s.end;
  const time = ctx.tokens[ctx.tokenStartingAt[at] ?? -1];
  if (time && time.tag === 't') at = time.end;
  if (heads.some((w) => text.startsWith(w, at))) return true;
  if (before.some((w) => text.startsWith(w, s.start - w.length))) return true;
  // 某省电器出口增长: a place's trade is its industry as often as a firm; only a head or a word for firms shows one.
  if (s.place) return false;
  if (doings.some((w) => text.startsWith(w, at))) return true;
  // 某某快递已在主要产区布设站点: an adverb and a place or time of the doing may stand between.
  let from = FIRM_ADVERB.test(text[at] ?? '') ? at + 1 : at;
  if (from > at && doings.some((w) => text.startsWith(w, from))) return true;
  if (text[from] === '在' || text[from] === '于') {
    from += 1;
    for (let k = from + 1; k <= from + 10 && !/[，。；：！？、\s]/u.test(text[k - 1] ?? '，'); k++) if (doings.some((w) => text.startsWith(w, k))) return true;
  }
  // 作为本地龙头企业，某某纸业…: a clause of apposition before it.
  if (text[s.start - 1] === '，') {
    const clause = text.slice(Math.max(0, s.start - 1 - MAX_ORG), s.start - 1).split(/[，。；：！？\s]/u).pop() ?? '';
    if (clause.startsWith('作为') && before.some((w) => clause.endsWith(w))) return true;
  }
  // 某某电器、某某钢绳等一批企业: an item of a list of firms.
  const rest = /^[^，。；：！？\s]{0,40}?等/u.exec(text.slice(s.end, s.end + 44));
  if (rest && LIST_CLOSERS.test(text.slice(s.end + rest[0].length - 1, s.end + rest[0].length + 8))) return true;
  // 某某电器、某某钢绳, 某某纸业和某某有限公司: an item of a list beside another firm.
  if (LIST_JOINERS.test(text[s.start - 1] ?? '')) {
    if (shapes.some((o) => o.end === s.start - 1)) return true;
    const from = Math.max(0, s.start - 1 - MAX_ORG);
    const item = text.slice(from, s.start - 1).split(/[、，。；：！？\s和与及]/u).pop() ?? '';
    if (FIRM_ENDING.test(item)) return true;
  }
  if (LIST_JOINERS.test(text[s.end] ?? '')) {
    if (shapes.some((o) => o.start === s.end + 1)) return true;
    const item = text.slice(s.end + 1, s.end + 1 + MAX_ORG).split(/[、，。；：！？\s]/u)[0] ?? '';
    if (FIRM_ENDING.test(item)) return true;
  }
  return false;
}

/**
 * 小炼焦、小化工等土小企业: an adjective of one character and a common word of the trade (two words of jieba's, the
 * second a noun or a verb of its dictionary) is a kind of works, not a firm's name (小天鹅 and 小米 are one word).
 */
function isSizedTrade(ctx: ExtractContext, start: number, end: number): boolean {
  const first = ctx.tokens[ctx.tokenAt[start]!];
  if (!first || first.start !== start || first.word.length !== 1 || first.tag !== 'a') return false;
  const rest = ctx.tokens[ctx.tokenAt[first.end]!];
  if (!rest || rest.start !== first.end || rest.end !== end) return false;
  const d = ctx.res.dictionary.get(rest.word);
  return d !== undefined && /^(?:n|vn|v)$/.test(d.tag);
}

/** Verbs that open a list of customers or partners, whatever jieba tags them (销往/vn, 配套/a). */
const LIST_VERBS = /^(?:销往|远销|出口|卖给|供货|供应|包括|涵盖|覆盖|服务|配套|对接|直供|供给)$/u;

function itemStart(ctx: ExtractContext, end: number): number {
  let pos = end;
  // 产品配套|比亚迪: once the item holds a name jieba knows as an organisation's, only a place may open it further
  // (杭州|某某); the words before it are the sentence's.
  let known = false;
  while (pos > 0) {
    const tok = tokenBefore(ctx, pos);
    if (!tok || isBreak(ctx, tok) || tok.word === '、' || LIST_VERBS.test(tok.word) || (tok.tag.startsWith('v') && tok.tag !== 'vn')) break;
    if (end - tok.start > 14) break;
    if (known && tok.tag !== 'ns' && !isPlaceToken(ctx, tok)) break;
    known ||= tok.tag === 'nt';
    pos = tok.start;
  }
  return pos;
}

/** The gazetteer's entry of a country by this name (not an abbreviation). */
function countryOf(g: Gazetteer, surface: string): NameEntry | undefined {
  return g.lookup(surface).find((x) => x.form !== 'abbr' && g.get(x.placeId)?.kind === 'Country');
}

function countryPrefix(ctx: ExtractContext, start: number, end: number): { name: string; id: string; end: number } | undefined {
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrie.longest(ctx.text, start, Math.min(end - 1, start + 6), (v) => countryOf(g, v[0]!) !== undefined);
  if (!m) return undefined;
  const country = countryOf(g, m.values[0]!)!;
  return { name: g.get(country.placeId)!.name, id: country.placeId, end: m.at };
}

const LATIN_CUE = /(采购商|客户|品牌|买家|合作伙伴|公司|集团|企业)\s*$/u;
const LATIN_NAME = /^[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,4}/;

/** A Latin-script name right after a cue (采购商 IP Veselov) or right before 公司/集团. */
export function latinFirms(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const re = /[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,4}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 3);
    const cueBefore = LATIN_CUE.test(before);
    const cueAfter = /^(公司|集团|品牌)/.test(after);
    if (!cueBefore && !cueAfter) continue;
    if (m[0].length < 2 || !LATIN_NAME.test(m[0])) continue;
    out.push(candidate('Organization', start, end, cueBefore ? 'org.latin-after-cue' : 'org.latin-before-suffix', 0.85, { foreign: true }, 'Company'));
  }
  return out;
}
