// The seam between the statistical tagger (src/tagger) and the rules. The tagger proposes PER, LOC and ORG spans,
// each with a score (the chance it is right, calibrated on the People's Daily dev split); here they meet the
// rules' candidates before selection, under one policy (README, "The statistical tagger and the rules"):
//   1. Veto. The rules know what is never a name: a span that opens or closes on punctuation or a space, holds
//      punctuation a name does not (，、“”, a line break) or unpaired brackets, holds a word no name contains
//      (的, 是, 依托; in an organisation's name with an ending, a word of two characters after its first word is
//      its field: 工作|委员会), is a title, a bare organisation ending, a common word taken for a person, a person
//      the page prints before a position word (某某江畔), a person or place right after a counted measure word for
//      plants or fields (一片|柳林), a group
//      of people (研发团队) or a team named only by what it does (腰鼓队), a place and a company ending alone
//      (平湖公司), a unit after a bare 公司 or 集团 (公司|国际部), or a far county's bare short form after a place
//      of another province (…市，江陵|园区; a mountain so named is the landmark: 恒山).
//   2. Agreement. A rule candidate on exactly the span the model found keeps its reading (label, kind, rule,
//      attributes), records the model, and is raised to the confident tier: found by both (a person's name the
//      rule only guessed and the model is unsure of ranks with the model's own readings, below what the page
//      establishes: a firm's trade name printed alone is the firm). Where the rule only guessed (confidence below
//      0.8) and the model types the span otherwise, the model's type is taken, unless the span's own words type it
//      as the rule reads it (a village by its ending).
//   2b. Agreement on the end. A place the rules read back from its ending and started too early, over
//      characters the model reads as no name (一到|青田县), is cut to the model's start.
//   3. A longer name. A span of the model's that contains every rule reading it overlaps (法国 in 法国雇主协会,
//      詹祖 in 詹祖里, 内阁 in 桥本内阁) is taken over them, as sure as a rule's — but not around a company the
//      rules read whole (美国|Tesla, 明远智能装备有限公司|新厂) nor an organisation they already start at a place
//      (练市镇|荻港村党委): the places before it stay apart (a sea or a landmark opening a body is no such place:
//      太平洋舰队). Past an organisation the rules are sure of only to a body named by an ending of its own
//      (某协会|理事会). A place of the model's around a sure place of the rules' only where it opens with it and
//      does not end as an administrative place (温州|植物园 is one name; 青田县|温溪镇 stay apart).
//   4. The model alone. Any other span is taken when the model is sure (score ≥ 0.9), or fairly sure (≥ 0.5)
//      where the rules' data types it too (a gazetteer place, a place's ending, an organisation's shape, a
//      three-character person's name of a surname and a given name); a person or a place no rule reads from 0.7
//      where it reads as a name of its type (two characters of a common surname, not a dictionary word; a foreign,
//      a dictionary (ns) or a natural feature's place name), and no person it is unsure of that the page prints
//      as the start of a longer place or organisation (a village's, a firm's short form); its rule is
//      the model's id, and it ranks below the rules' confident readings and below page consistency. A person or
//      an organisation, here or in 3, has its type's shape (shapedAs: a surname and a given name, an ending; a person
//      the model is sure of before a title of office, 某某|先生, needs none: hybrid.person-beside-title). Not a lone
//      character (one-character places are the rules' call, where a neighbour shows them), nor a common word
//      the rules' data does not type (月亮 as a place; for a place, a frequent word whatever jieba's tag: 华夏),
//      nor a person it is unsure of whose surname the text uses as a word (石 in a report on a quarry). A longer
//      organisation opens with one place at most.
//   5. The model's veto. A rule's guess (below 0.8) at a person, place or organisation where the model reads no
//      name over any of its characters is dropped. The rules' confident readings stand without the model.
//   Selection then keeps one reading per span as it always has (select.ts).
import { z } from 'zod';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../schema/kinds.js';
import { readModelJson } from '../util/model-file.js';
import type { ExtractContext } from './context.js';
import { isOrdinaryWord, isTokenStart } from './context.js';
import { ALL_HAN, ByteScratch, codeTable, ILLNESS_AFTER, THING_OF_FOREIGN_NAME } from './chars.js';
import { candidate, type Candidate, type MentionLabel } from './mention.js';
import { endsInWordNotBureau, isActivityTeam, isCategoryName, isCountedKind, isGenericFacility, isPlaceAndBareEnding, isTeamOfAKind, namesPlaceOnPage, isTradeAndLegalForm, isUnitOfBareBody, isEveryBodyOfKind } from './recognizers/organizations.js';
import { abbreviationRunNamesThing, areaEndingAt, opensTitleOfPlace, isConjunctionAndLevel, isFarStemElsewhere, isUnsupportedFarStem, isFrequentDistrictAfterProvince, isKindOfPlace, isLandmarkNotFarStem, isQuotedMetaphor, isStandardTime, ROAD_AFTER } from './recognizers/places.js';
import { TRANSLITERATION } from './recognizers/transliteration.js';
import { isChinesePeople } from './peoples.js';
import { beforePositionOnPage, countedBefore, householdAfter, isKinAddress, isProvinceDirection, listedAmongThings, opensWithClauseWord, thingOnPage, titleStartsAt } from './recognizers/people.js';
import { isNamePartsWhole, namePartsEnd } from '../lexicons/index.js';
import { isFunctionCharGlued, onlyTradeWords } from './recognizers/grow.js';
import { isCommonSurname, surnameAt } from '../lexicons/index.js';
import type { ModelSpan } from '../tagger/index.js';
import type { EntityKind } from '../../schema/model.js';
import { MEMO_FROM_CHARS } from './scan.js';

export const ENGINES = ['rules', 'model', 'hybrid'] as const;
export type Engine = (typeof ENGINES)[number];

const LABEL: Record<ModelSpan['type'], MentionLabel> = { PER: 'Person', LOC: 'Place', ORG: 'Organization' };

/** A model span agreed by a rule is as sure as the rules' confident readings. */
export const AGREED_CONFIDENCE = 0.9;
/** Rule readings at or above this are confident; below it, guesses. */
export const RULE_CONFIDENT = 0.8;
/**
 * The model's spans it is less sure of than this (its score) are not taken alone, nor over the rules' readings.
 * High, because the score is calibrated on the People's Daily of 1998: on today's local news (other names,
 * other words) the model is right less often than its score says. One bar for every type: 0.7 for people or
 * places lifts the 1998 dev split (+0.4 micro F1 each) but adds false names to today's articles (real-article
 * precision 0.935 → 0.921 and 0.923) — unless they read as names of their type (MODEL_FAIR_SCORE, below); for
 * organisations, which need an organisation's shape, 0.5 with it (below).
 */
export const MODEL_MIN_SCORE = 0.9;
/** … unless the rules' data types the span too (a gazetteer place, a place ending, an organisation's shape): then this. */
export const MODEL_TYPED_SCORE = 0.5;
/**
 * A person or a place the model is fairly sure of (this up to the bar) and that no rule reads is taken alone where
 * it reads as a name of its type (twoCharacterName, placeReadsAsName) and is not the page's short form of a place
 * or a body (pageShortForm). Measured (issue 12): without those guards, 0.7 adds 8 false people and 6 false places
 * to the real articles and the sample page.
 */
export const MODEL_FAIR_SCORE = 0.7;
/**
 * The model's own spans rank between the rules' confident readings (0.8 and up) and their guesses (below 0.6),
 * and below what page-level consistency overrides (0.7): a name the page established beats the model's guess.
 */
export const MODEL_CONFIDENCE = { low: 0.6, high: 0.69 };

/** By code unit: 1 when a punctuation mark, a symbol or a space (Unicode P, S, Z and control characters); filled as met. */
const PUNCTUATION_OR_SPACE = new Int8Array(0x10000);
function isPunctuationOrSpace(code: number): boolean {
  let v = PUNCTUATION_OR_SPACE[code]!;
  if (v === 0) PUNCTUATION_OR_SPACE[code] = v = /[\s\p{P}\p{S}\p{Z}\p{C}]/u.test(String.fromCharCode(code)) ? 1 : -1;
  return v === 1;
}
/** Punctuation a name does not contain (a name may hold ·, brackets around a region, a hyphen, an ampersand). */
const INNER_PUNCTUATION = codeTable('，,。；;：:！!？?、“”"‘’《》〈〉+=|/\n');
const OPENING = codeTable('（(【[');
const CLOSING_OF: Record<number, number> = { 0xff08: 0xff09, 0x28: 0x29, 0x3010: 0x3011, 0x5b: 0x5d };
const CLOSING = codeTable('）)】]');

/** Brackets in a name come in pairs (疏科纳米疏水科技（嘉兴）有限公司, not 嘉兴）有限公司). */
function balanced(text: string, start: number, end: number): boolean {
  let expected = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (OPENING[c]) {
      if (expected) return false;
      expected = CLOSING_OF[c]!;
    } else if (CLOSING[c]) {
      if (c !== expected) return false;
      expected = 0;
    }
  }
  return expected === 0;
}

function hasInnerPunctuation(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (INNER_PUNCTUATION[text.charCodeAt(k)]) return true;
  return false;
}

const WordList = z.object({ id: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict();
const SurnameInUse = z.object({ $comment: z.string().optional(), minUses: z.number().int().min(1), perOwnUse: z.number().min(0) }).strict();
const WordInUse = z.object({ $comment: z.string().optional(), minUses: z.number().int().min(2), maxNameShare: z.number().min(0).max(1) }).strict();
const FrequentWords = z.object({ $comment: z.string().optional(), minFreq: z.number().int().min(1), placeEndings: z.array(z.string().min(1)).min(1) }).strict();
const VetoFile = z
  .object({
    $comment: z.string().optional(),
    groupEndings: WordList,
    frequentWords: FrequentWords,
    surnameInUse: SurnameInUse,
    wordInUse: WordInUse,
    organisationEndings: z.array(z.string().min(1)).min(1),
    endingKinds: z.array(z.tuple([z.string().min(1), z.enum(ORGANIZATION_KINDS)])),
    naturalEndings: z.array(z.string().min(1)).min(1),
    productHeads: z.object({ $comment: z.string().optional(), id: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict(),
    verbAfterBody: z.object({ $comment: z.string().optional(), id: z.string().min(1), bodyEndings: z.array(z.string().min(1)).min(1), verbs: z.array(z.string().min(1)).min(1) }).strict(),
    commonNounBeforeQuality: z
      .object({
        $comment: z.string().optional(),
        id: z.string().min(1),
        nounTags: z.array(z.string().min(1)).min(1),
        predicateTags: z.array(z.string().min(1)).min(1),
        adverbTags: z.array(z.string().min(1)),
        gluedDegree: z.object({ $comment: z.string().optional(), id: z.string().min(1), tags: z.array(z.string().min(1)).min(1), adverbs: z.string().min(1), qualities: z.string().min(1) }).strict(),
      })
      .strict(),
    wordBeforeMeasures: z.object({ $comment: z.string().optional(), id: z.string().min(1), placeTags: z.array(z.string().min(1)).min(1), nouns: z.array(z.string().min(1)).min(1) }).strict(),
    placeBeforeAnnouncing: z.object({ $comment: z.string().optional(), id: z.string().min(1), endings: z.array(z.string().length(1)).min(1), anywhere: z.array(z.string().length(1)), verbs: z.array(z.string().min(1)).min(1) }).strict(),
    personBesideTitle: z.object({ $comment: z.string().optional(), id: z.string().min(1), minScore: z.number().min(0).max(1), maxLength: z.number().int().min(2) }).strict(),
  })
  .strict();

let vetoData:
  | {
      groupId: string;
      groupEndings: readonly string[];
      orgEndings: readonly string[];
      endingKinds: ReadonlyArray<readonly [string, OrganizationKind]>;
      naturalEndings: readonly string[];
      productHeads: ReadonlySet<string>;
      verbAfterBody: RegExp;
      commonNounBeforeQuality: { id: string; nounTags: ReadonlySet<string>; predicateTags: ReadonlySet<string>; adverbTags: ReadonlySet<string>; gluedDegree: { id: string; tags: ReadonlySet<string>; adverbs: string; qualities: string } };
      wordBeforeMeasures: { id: string; placeTags: ReadonlySet<string>; nouns: readonly string[] };
      placeBeforeAnnouncing: { endings: string; anywhere: string; verbs: readonly string[] };
      personBesideTitle: { id: string; minScore: number; maxLength: number };
      frequent: z.infer<typeof FrequentWords>;
      surnameInUse: z.infer<typeof SurnameInUse>;
      wordInUse: z.infer<typeof WordInUse>;
    }
  | undefined;

/** model/hybrid-vetoes.json, validated once per process. */
function loadVetoes(): NonNullable<typeof vetoData> {
  if (vetoData) return vetoData;
  const file = readModelJson(new URL('./model/hybrid-vetoes.json', import.meta.url), VetoFile, "the hybrid's vetoes");
  const longestFirst = (words: readonly string[]) => [...words].sort((x, y) => y.length - x.length);
  vetoData = {
    groupId: file.groupEndings.id,
    groupEndings: longestFirst(file.groupEndings.words),
    orgEndings: longestFirst(file.organisationEndings),
    endingKinds: [...file.endingKinds].sort((x, y) => y[0].length - x[0].length),
    naturalEndings: longestFirst(file.naturalEndings),
    productHeads: new Set(file.productHeads.words),
    verbAfterBody: new RegExp(`(?:${file.verbAfterBody.bodyEndings.join('|')})(?:${file.verbAfterBody.verbs.join('|')})$`, 'u'),
    commonNounBeforeQuality: { id: file.commonNounBeforeQuality.id, nounTags: new Set(file.commonNounBeforeQuality.nounTags), predicateTags: new Set(file.commonNounBeforeQuality.predicateTags), adverbTags: new Set(file.commonNounBeforeQuality.adverbTags), gluedDegree: { ...file.commonNounBeforeQuality.gluedDegree, tags: new Set(file.commonNounBeforeQuality.gluedDegree.tags) } },
    wordBeforeMeasures: { id: file.wordBeforeMeasures.id, placeTags: new Set(file.wordBeforeMeasures.placeTags), nouns: file.wordBeforeMeasures.nouns },
    placeBeforeAnnouncing: { endings: file.placeBeforeAnnouncing.endings.join(''), anywhere: file.placeBeforeAnnouncing.anywhere.join(''), verbs: file.placeBeforeAnnouncing.verbs },
    personBesideTitle: { id: file.personBesideTitle.id, minScore: file.personBesideTitle.minScore, maxLength: file.personBesideTitle.maxLength },
    frequent: file.frequentWords,
    surnameInUse: file.surnameInUse,
    wordInUse: file.wordInUse,
  };
  return vetoData;
}

/** The id of the rule that rejects a span the model proposed, or undefined when none does. */
export function vetoOf(ctx: ExtractContext, span: { start: number; end: number; type: ModelSpan['type']; score?: number }): string | undefined {
  const { text } = ctx;
  const lex = ctx.res.lex;
  if (isPunctuationOrSpace(text.charCodeAt(span.start)) || isPunctuationOrSpace(text.charCodeAt(span.end - 1))) return 'hybrid.veto.edge-punctuation';
  if (!balanced(text, span.start, span.end)) return 'hybrid.veto.unbalanced-brackets';
  if (hasInnerPunctuation(text, span.start, span.end)) return 'hybrid.veto.inner-punctuation';
  const surface = text.slice(span.start, span.end);
  if (lex.stopwords.has(surface)) return 'hybrid.veto.stopword';
  if (lex.personTitleSet.has(surface)) return 'hybrid.veto.title';
  if (lex.orgSuffixBySuffix.has(surface)) return 'hybrid.veto.bare-ending';
  // (桥本|首相: a person the tagger is sure of beside a title of office is no common word: personBesideTitle.)
  if (span.type === 'PER' && isOrdinaryWord(ctx, surface) && !besideTitle(ctx, span)) return 'hybrid.veto.common-word';
  if (span.type === 'PER' && isProvinceDirection(ctx, surface)) return 'hybrid.veto.province-direction';
  // 桂东|南, 湘西|北: two characters ending in a direction's first half, before its second, are the province's part.
  // (陕西|北部: a province's own name stays.)
  if (span.type === 'LOC' && span.end - span.start === 2 && isProvinceDirection(ctx, text.slice(span.start, span.end + 1)) && !ctx.res.gazetteer.lookup(surface).some((e) => ctx.res.gazetteer.get(e.placeId)?.kind === 'Province')) return 'hybrid.veto.province-direction';
  // 横州市|西南|茉莉花交易市场: a direction right after a county's, a city's or a province's name is its part or a word
  // of a name it opens, not the country's region (as the rules read it: place.not.direction-after-area).
  if (span.type === 'LOC' && /^(?:东南|西南|东北|西北)$/u.test(surface) && areaEndingAt(ctx, span.start) !== undefined) return 'hybrid.veto.direction-after-area';
  // “中国|电声之乡”: a country opening a title a place is given names no place there (place.not.title-of-place).
  if (span.type === 'LOC' && ctx.res.gazetteer.lookup(surface).some((e) => e.form === 'full' && ctx.res.gazetteer.get(e.placeId)?.kind === 'Country') && opensTitleOfPlace(ctx, span.end)) return 'hybrid.veto.title-of-place';
  // 张伟|汇报了: a name read into the verb after it, whose first character jieba reads as the verb's.
  if (span.type === 'PER' && endsInsideVerb(ctx, span.start, span.end)) return 'hybrid.veto.name-into-verb';
  // 朝鲜|族, 俄罗斯|族, 哈萨克|族: a people named after a country or a place, no place.
  if (span.type === 'LOC' && isChinesePeople(text, span.start, span.end)) return 'hybrid.veto.ethnic-group';
  // 中川古村|落: a place ending inside a word of jieba's dictionary of three characters or more (古村落) is cut from it.
  if (span.type === 'LOC' && endsInsideLongWord(ctx, span.start, span.end)) return 'hybrid.veto.ends-inside-word';
  // 黑山羊, 巴马香猪: a place's name opening a dictionary word of a breed, a crop or a product, whose rest is the
  // head of that kind (羊, 猪, 茶), is part of the thing's name, not a place (model/hybrid-vetoes.json, productHeads).
  if (span.type === 'LOC' && opensProductWord(ctx, span.start, span.end)) return 'hybrid.veto.place-in-product-word';
  // 鸿星|鞋业, 华泰|纸业: a name the gazetteer does not know and jieba does not either (x, nz, nr), right before a trade
  // word of firms (org-suffixes.json, tradeFirms: industries), is a firm's trade name, not a place
  // (hybrid.veto.trade-name-before-industry).
  if (span.type === 'LOC' && isTradeNameBeforeIndustry(ctx, span.start, span.end)) return 'hybrid.veto.trade-name-before-industry';
  // 某某江畔, 某某河沿岸: what a position word follows, here or elsewhere on the page, is a river or a place.
  if (span.type === 'PER' && beforePositionOnPage(ctx, surface)) return 'hybrid.veto.person-before-position';
  // 杨梅节, 优质杨梅: a word the page prints as a thing is no person anywhere on it.
  if (span.type === 'PER' && thingOnPage(ctx, surface)) return 'hybrid.veto.thing-on-page';
  if (span.type === 'LOC' && isFarStemElsewhere(ctx, span.start, span.end)) return 'hybrid.veto.far-stem';
  // 河南|中原: a district's short form that is a frequent word, right after its province with its city skipped, is
  // the word (a region), as the rules read it.
  if (span.type === 'LOC' && isFrequentDistrictAfterProvince(ctx, span.start, span.end)) return 'hybrid.veto.frequent-district-after-province';
  // 十四师二二四团: a corps' division and its regiment are places the rules read (admin-endings.json corpsUnits: the
  // regiment a township), not one body.
  if (span.type !== 'PER' && isCorpsDivisionAndRegiment(ctx, surface)) return 'hybrid.veto.corps-units';
  // 新市|古镇 on a page naming 新市镇: the town's stem, not a district far away whose short form it also is.
  if (span.type === 'LOC' && townStemOnPage(ctx, surface)) return 'hybrid.veto.town-stem';
  // 沿河巡查, 沿江而下: 沿 and a river's or a road's word before a verb say along what, and name no place.
  if (span.type === 'LOC' && ALONG.test(surface) && /^v/u.test(ctx.tokens[ctx.tokenStartingAt[span.end] ?? -1]?.tag ?? '')) return 'hybrid.veto.along';
  // 北京时间6月6日: China's standard time, not the city.
  if (span.type === 'LOC' && isStandardTime(text, span.start, span.end)) return 'hybrid.veto.standard-time';
  // 龙门|片区, 东湖|组团: a far county's short form the text does not support, before a word for a part of a town or
  // a zone, names that part, not the county (hybrid.veto.far-stem-before-area-part).
  if (span.type === 'LOC' && AREA_PART_AFTER.test(text.slice(span.end, span.end + 2)) && isUnsupportedFarStem(ctx, span.start, span.end)) return 'hybrid.veto.far-stem-before-area-part';
  // 中欧班列, 中老铁路: a run of one-character abbreviations before a word for a thing names the thing, no place.
  if (span.type === 'LOC' && span.end - span.start <= 3 && abbreviationRunNamesThing(ctx, span.start) && ctx.res.lex.pairThingWords.test(text.slice(span.end, span.end + 5))) return 'hybrid.veto.abbr-pair-names-thing';
  // “光伏长城”, “绿色长城”: a landmark's name closing a quoted phrase after words of no place is a metaphor.
  if (span.type === 'LOC' && isQuotedMetaphor(ctx, span.start, span.end)) return 'hybrid.veto.quoted-metaphor';
  // 古镇, 山村, 县城: a word for a kind of place (admin-endings.json, commonNouns) names no one place.
  if (span.type === 'LOC' && isKindOfPlace(ctx, surface)) return 'hybrid.veto.kind-of-place';
  // 网红村, 朝鲜族民俗村, 空心村: a village named by a word of a title or a kind (admin-endings.json, designationWords)
  // before its ending is that kind of village, as the rules read it — unless the gazetteer lists it.
  if (span.type === 'LOC' && isKindOfVillage(ctx, surface)) return 'hybrid.veto.kind-of-village';
  // 某公司中国区总裁, 亚太区: a country or a part of the world and 区, which the gazetteer does not know, is a firm's
  // region of business, not a place.
  if (span.type === 'LOC' && isBusinessRegion(ctx, surface)) return 'hybrid.veto.business-region';
  // 平湖大道, 北京西路: a place's name before a road's ending names the road, not the place (the rules read it so too).
  if (span.type === 'LOC' && (ROAD_AFTER.test(text.slice(span.end, span.end + 3)) || ROAD_AFTER.exec(surface)?.[0] === surface)) return 'hybrid.veto.road-name';
  // 杨梅、葡萄、西瓜等水果: a name listed among things (common nouns, no name beside it) is one of them.
  if (span.type === 'PER' && listedAmongThings(ctx, span.start, span.end)) return 'hybrid.veto.listed-among-things';
  if (span.type !== 'ORG' && countedBefore(ctx, span.start)) return lex.countedThings.id;
  // 阿尔茨海默|病, 帕金森|综合征: a name before a word for an illness names the illness (杭州|病例 is the place's).
  if (span.type !== 'ORG' && ILLNESS_AFTER.test(text.slice(span.end, span.end + 3))) return 'hybrid.veto.illness-name';
  const first = ctx.tokens[ctx.tokenAt[span.start]!]!;
  // 由县|医院: jieba's guess glued a preposition to the level word a name opens with; the span is no name.
  if (span.type === 'ORG' && first.start === span.start && isFunctionCharGlued(ctx, first)) return 'hybrid.veto.preposition-glued';
  // 某某|和县医院: 和 and the level word of a body after a name (isConjunctionAndLevel) open no name.
  if (span.type !== 'PER' && first.start === span.start && first.end === span.start + 2 && isConjunctionAndLevel(ctx, first.start, first.end)) return 'hybrid.veto.conjunction-and-level';
  // (A park's ending opening a body's name, 科技城|管理局, is the park in view's organ: resolution reads it so.)
  if (span.type === 'ORG' && first.start === span.start && first.end < span.end && lex.orgSuffixBySuffix.has(first.word) && !lex.orgSuffixBySuffix.get(first.word)!.place) return 'hybrid.veto.opens-with-ending';
  // 平湖公司, 美国公司, 陕西|工厂: a place and a bare company ending is a description, as the rules read it (平湖中学 is a name).
  if (span.type === 'ORG' && isPlaceAndBareEnding(ctx, span.start, span.end)) return 'hybrid.veto.place-and-ending';
  // 江山市|组织|28家企业参展: a place and 组织 that jieba reads as the verb is a clause (the place leads a delegation).
  if (span.type === 'ORG' && placeThenVerbOrganise(ctx, span.start, span.end)) return 'hybrid.veto.place-then-organise';
  // 食品有限公司: common words of a trade and a legal form, a description or a name cut inside (真好吃|食品有限公司).
  if (span.type === 'ORG' && isTradeAndLegalForm(ctx, span.start, span.end)) return 'hybrid.veto.trade-and-legal-form';
  // 公司|国际部, 集团|财务部: a unit after a bare organisation word is a unit of the one in view, as the rules read it
  // (a body with an ending of its own may follow a description: 第三大银行|某某银行).
  if (span.type === 'ORG' && isUnitOfBareBody(ctx, span.start, surface)) return 'hybrid.veto.unit-of-bare-body';
  // 各街道|党工委, 各乡镇|党委: a body named alone after a plural of levels is every one of its kind, as the rules read it.
  if (span.type === 'ORG' && isEveryBodyOfKind(ctx, span.start, surface)) return 'hybrid.veto.level-scope';
  // 某科学院|共建|联合实验室, 某大学|携手|某公司: a body, a verb of acting together, and what follows are a clause.
  if (span.type === 'ORG' && bodyThenJointVerb(ctx, span.start, span.end)) return 'hybrid.veto.body-then-verb';
  // 乡镇卫生院, 基层医院, 国家级孵化器: a body named only by grades and scopes is a kind of body, as the rules read it.
  if (span.type === 'ORG' && isCategoryName(ctx, span.start, span.end)) return 'hybrid.veto.category';
  // 公司的研发中心, 企业的仓储中心: a centre named by what it does, after its owner, is a facility, as the rules read it.
  if (span.type === 'ORG' && isGenericFacility(ctx, span.start, span.end)) return 'hybrid.veto.generic-facility';
  // 仓储中心, 物流公司: words of a trade alone before an ending name a kind of body, as the rules read it.
  if (span.type === 'ORG' && tradeWordsAndEnding(ctx, span.start, span.end)) return 'hybrid.veto.trade-words-only';
  // 某某委员会|常务委员会: a standing or executive committee right after a name is that body's unit, no body of its own.
  if (span.type === 'ORG' && COMMITTEE_UNIT.test(surface) && isHanAt(text, span.start - 1)) return 'hybrid.veto.unit-of-body-before';
  // 女儿德吉央宗|大学毕业后: a name of a Tibetan's or a Mongolian's parts before 大学 and 毕业 is who graduated.
  if (span.type === 'ORG' && isGraduateName(ctx, span.start, span.end)) return 'hybrid.veto.graduate-name';
  if (span.type === 'ORG') {
    const v = loadVetoes();
    if (v.groupEndings.some((w) => surface.endsWith(w))) return v.groupId;
    if (isActivityTeam(lex, text, span.start, span.end)) return lex.activityTeams.id;
    // 某某食品新厂, 企业的老厂: a plant described by its age or its work, as the rules read it.
    if (lex.orgDescribedPlants.words.some((w) => surface.endsWith(w))) return lex.orgDescribedPlants.id;
    if (isTeamOfAKind(surface)) return 'hybrid.veto.team-of-a-kind';
    // 建成苗绣工坊42个: a kind of body counted right after it.
    if (isCountedKind(ctx, span.start, span.end)) return 'hybrid.veto.counted-kind';
  }
  // Inside an organisation's name with an ending, a word of two characters or more after its first word is the
  // body's field or its ending (残疾人工作|委员会, 艾滋病联合|计划署, 石油输出国|组织), not a verb of the clause.
  const named = span.type === 'ORG' && orgShaped(ctx, surface);
  // A sure person of a surname and two given characters: a stopword's character is the surname where it opens a
  // clause (，和某某还…: a conjunction opens none), or the last given character 之 (某御之).
  const person = span.type === 'PER' && (span.score ?? 0) >= MODEL_MIN_SCORE && surface.length === 3 && ALL_HAN.test(surface);
  for (let k = span.start; k < span.end; ) {
    const t = ctx.tokens[ctx.tokenAt[k]!]!;
    const field = named && t.start > span.start && t.word.length >= 2;
    const given = person && t.word.length === 1 && ((t.start === span.start && opensClause(ctx, span.start) && surnameAt(surface, 0, lex.surnames) === 1) || (t.end === span.end && t.word === '之'));
    if (t.start >= span.start && t.end <= span.end && lex.stopwords.has(t.word) && !field && !given) return 'hybrid.veto.stopword-inside';
    k = t.end;
  }
  return undefined;
}

/** A village's or a town's ending after a stem that ends in a designation word (网红|村, 朝鲜族民俗|村), not a gazetteer place. */
function isKindOfVillage(ctx: ExtractContext, surface: string): boolean {
  const ending = /(?:村|镇|社区)$/u.exec(surface);
  if (!ending || ctx.res.gazetteer.lookup(surface).length) return false;
  const stem = surface.slice(0, ending.index);
  for (const w of ctx.res.lex.adminDesignationWords) if (w.length >= 2 && stem.endsWith(w)) return true;
  return false;
}

/** The token at the span's last character runs past it, a word of the dictionary of three characters or more. */
function endsInsideLongWord(ctx: ExtractContext, start: number, end: number): boolean {
  const t = ctx.tokens[ctx.tokenAt[end - 1]!];
  // (A word opening at the span's last character, 南市屯|村农民, takes only that character: the span's ending.)
  return t !== undefined && t.end > end && t.start > start && t.start < end - 1 && t.word.length >= 3 && ctx.res.dictionary.has(t.word);
}

/**
 * [start, end) opens a dictionary word of jieba's (黑山羊) that goes on past it by a head word of a breed, a crop or a
 * product (羊): the span is the name of the thing's kind, not a place. Not where the place itself is a whole token
 * (黑山|羊肉: jieba keeps the place apart).
 */
function opensProductWord(ctx: ExtractContext, start: number, end: number): boolean {
  const i = ctx.tokenAt[start];
  const t = i === undefined ? undefined : ctx.tokens[i];
  if (t === undefined || t.start !== start || t.end <= end || !ctx.res.dictionary.has(t.word)) return false;
  return loadVetoes().productHeads.has(ctx.text.slice(end, t.end));
}

/**
 * [start, end) is a trade name of two or three characters the gazetteer does not know, one word jieba does not know or
 * tags as a name (x, nz, nr), right before a word of a firm's trade (tradeFirms.industries: 鞋业, 纸业, 服饰).
 */
function isTradeNameBeforeIndustry(ctx: ExtractContext, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || ctx.res.gazetteer.lookup(ctx.text.slice(start, end)).length > 0) return false;
  const i = ctx.tokenAt[start];
  const t = i === undefined ? undefined : ctx.tokens[i];
  if (t === undefined || t.start !== start || t.end !== end || !/^(?:x|nz|nr|nrt)$/.test(t.tag)) return false;
  const next = ctx.tokens[ctx.tokenStartingAt[end] ?? -1];
  return next !== undefined && ctx.res.lex.tradeFirms.industries.has(next.word);
}

/**
 * `surface` is a corps' division and its regiment, numerals before each ending (第十四师二二四团, 农三师五十一团), or ends
 * so after the corps' name (新疆生产建设兵团第四师|六十六团), the division's city between them (第四师可克达拉市六十六团).
 */
function isCorpsDivisionAndRegiment(ctx: ExtractContext, surface: string): boolean {
  const { numerals, division, regiment } = ctx.res.lex.corpsUnits;
  return new RegExp(`^(?:\\p{Script=Han}*兵团)?(?:第|农)?[${numerals}]+${division}(?:\\p{Script=Han}{2,5}市)?[${numerals}]+${regiment.ending}$`, 'u').test(surface);
}

/** Committees named by their role in a body alone (常务委员会, 执行委员会). */
const COMMITTEE_UNIT = /^(?:常务|执行|专门|常设)委员会$/u;
const SCHOOL_WORD = /(?:大学|学院|中学|高中|中专|大专)$/u;
/** A span of a person's name parts, a school word and 毕业 after it (某某大学毕业): the person, no school. */
function isGraduateName(ctx: ExtractContext, start: number, end: number): boolean {
  if (!ctx.text.startsWith('毕业', end)) return false;
  const school = SCHOOL_WORD.exec(ctx.text.slice(start, end));
  return school !== null && end - school[0].length > start && namePartsEnd(ctx.text, start, ctx.res.lex.tibetanNameParts) === end - school[0].length;
}

/** An adverb of time or manner the tagger reads into a name standing right before it (某某正带着, 某某也来了). */
const NAME_THEN_ADVERB = /[正在也还又就都已将便]$/u;
const isHanAt = (text: string, pos: number): boolean => /[\u4e00-\u9fff]/u.test(text[pos] ?? '');

/** [start, end) is an organisation's ending after words of a trade only (仓储|中心). */
function tradeWordsAndEnding(ctx: ExtractContext, start: number, end: number): boolean {
  const m = ctx.res.lex.tries.orgSuffixes.longest(ctx.text, end, Math.max(start, end - ctx.res.lex.maxOrgSuffix));
  if (!m || m.at <= start) return false;
  return isTokenStart(ctx, m.at) && onlyTradeWords(ctx, start, m.at);
}

/** Parts of the world a firm divides its business by (亚太, 华东), besides the countries. */
const WORLD_PARTS = new Set(['亚太', '亚洲', '欧洲', '北美', '南美', '拉美', '中东', '非洲', '大中华', '华东', '华南', '华北', '华中', '西南', '西北', '东北', '全球']);

/** 中国区, 亚太区: a country's or a part of the world's name and 区, a name the gazetteer does not know. */
function isBusinessRegion(ctx: ExtractContext, surface: string): boolean {
  if (surface.length < 3 || !surface.endsWith('区') || ctx.res.gazetteer.lookup(surface).length) return false;
  const stem = surface.slice(0, -1);
  return WORLD_PARTS.has(stem) || ctx.res.gazetteer.lookup(stem).some((e) => ctx.res.gazetteer.get(e.placeId)?.kind === 'Country');
}

/** 沿 and one word of a river, a shore or a road (沿河, 沿江, 沿街). */
const ALONG = /^沿[河江湖海溪岸街路线]$/u;

/** [start, end) is a place (jieba's ns) and 组织 tagged as a verb, before a count or a word of whom (28家企业, 企业). */
function placeThenVerbOrganise(ctx: ExtractContext, start: number, end: number): boolean {
  const last = ctx.tokens[ctx.tokenAt[end - 1]!]!;
  if (last.word !== '组织' || last.end !== end || !last.tag.startsWith('v') || last.start <= start) return false;
  const first = ctx.tokens[ctx.tokenAt[start]!]!;
  return first.start === start && first.end === last.start && first.tag.startsWith('ns') && /^(?:[\d两二三四五六七八九十百多余]|企业|辖区|本地|当地|全[县市区]|[县市区镇]内)/u.test(ctx.text.slice(end, end + 3));
}

/** Verbs of bodies acting together or running something, which no name holds after a body's ending. */
const JOINT_VERBS = new Set(['共建', '携手', '联手', '签约', '开展', '举办', '牵头', '会同', '主办', '承办', '共同', '签署', '签订', '组建', '成立', '设立', '创建', '发起', '联合', '合作']);

/** Inside [start, end), a word of JOINT_VERBS right after text that ends as a body's name does. */
function bodyThenJointVerb(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]! + 1; ti < ctx.tokens.length && ctx.tokens[ti]!.end < end; ti++) {
    const t = ctx.tokens[ti]!;
    if (t.start > start + 1 && JOINT_VERBS.has(t.word) && orgShaped(ctx, ctx.text.slice(start, t.start))) return true;
  }
  return false;
}

/** How often jieba's dictionary must have seen a verb for its reading to outweigh the tagger's name (汇报 1,563). */
const FREQUENT_VERB = 1000;

/** The span's last character opens a frequent verb of two characters or more that jieba reads as a word of its own. */
function endsInsideVerb(ctx: ExtractContext, start: number, end: number): boolean {
  if (end - start < 3 || end >= ctx.text.length) return false;
  const t = ctx.tokens[ctx.tokenAt[end - 1]!]!;
  // (陆新正|正在: the character doubled, the name keeps it and the verb starts after it.)
  return t.start === end - 1 && t.end > end && ctx.text[end] !== ctx.text[end - 1] && /^v/.test(t.tag) && isOrdinaryWord(ctx, t.word, FREQUENT_VERB);
}

/** A name the gazetteer has only as a far place's short form, printed on the page as a town's or village's stem. */
function townStemOnPage(ctx: ExtractContext, surface: string): boolean {
  const entries = ctx.res.gazetteer.lookup(surface);
  return entries.length > 0 && entries.every((e) => e.form === 'distant' || e.form === 'abbr') && namesPlaceOnPage(ctx.text, surface);
}

/** `pos` opens a clause: the text's start, or right after punctuation or a space. */
function opensClause(ctx: ExtractContext, pos: number): boolean {
  return pos === 0 || isPunctuationOrSpace(ctx.text.charCodeAt(pos - 1));
}

/**
 * Endings of the places the gazetteer may lack: villages, towns, communities (it has every province, city and
 * county, so a 省, 市 or 县 it does not know is not one: 省水省 of 省水省肥).
 */
const PLACE_ENDING = /(镇|乡|村|街道|社区)$/;

/**
 * The rules' data agrees with the model's type: a place the gazetteer knows or with a place's ending, an organisation with an organisation's ending, a person's name shaped as the rules know names — a surname and one
 * or two given characters (of Han script), or transliteration characters only (their list, two or more).
 */
function typedByRules(ctx: ExtractContext, s: ModelSpan): boolean {
  const surface = ctx.text.slice(s.start, s.end);
  if (s.type === 'LOC') return ctx.res.gazetteer.lookup(surface).length > 0 || placeByEnding(ctx, surface);
  if (s.type === 'ORG') return orgEndingKind(ctx, surface) !== undefined;
  return personShaped(ctx, surface);
}

/**
 * A village, town or community by its ending, not after a verb (探索|村集体, 建设|乡村): places are named after
 * nouns (大院村, 石桥镇), and a common verb before 村 or 乡 is the start of another word.
 */
function placeByEnding(ctx: ExtractContext, surface: string): boolean {
  const m = surface.length >= 3 ? PLACE_ENDING.exec(surface) : null;
  if (m === null) return false;
  const stem = ctx.res.dictionary.get(surface.slice(0, m.index));
  return !(stem && stem.freq >= ORDINARY_FREQ && stem.tag.startsWith('v'));
}

/**
 * 风沙大、日照足, 日照时间长, 日照不足: a place the model reads alone on one word of jieba's that it tags a common noun,
 * followed by a predicate of quality or quantity (an adjective, perhaps after an adverb), is the common noun the
 * sentence describes, not the place of that name (hybrid-vetoes.json, commonNounBeforeQuality). 从日照出发 (a verb)
 * and 日照绿茶 (a noun) are not touched; nor is a word jieba tags a place's (杭州很美).
 */
function commonNounBeforeQuality(ctx: ExtractContext, s: ModelSpan): boolean {
  const i = ctx.tokenAt[s.start];
  const t = i === undefined ? undefined : ctx.tokens[i];
  if (t === undefined || t.start !== s.start || t.end !== s.end) return false;
  const v = loadVetoes().commonNounBeforeQuality;
  if (!v.nounTags.has(t.tag) || !isOrdinaryWord(ctx, t.word)) return false;
  let next = ctx.tokens[i! + 1];
  // 日照很足 (很足/x): a degree adverb and an adjective glued into one unknown word (gluedDegree).
  const glued = v.gluedDegree;
  if (next && glued.tags.has(next.tag) && next.word.length === 2 && glued.adverbs.includes(next.word[0]!) && glued.qualities.includes(next.word[1]!)) return true;
  if (next && v.adverbTags.has(next.tag)) next = ctx.tokens[i! + 2];
  return next !== undefined && v.predicateTags.has(next.tag);
}

/**
 * 惠农举措, 惠民政策: a place the model reads alone on one word of jieba's dictionary that jieba does not tag a
 * place's (惠农/nr: to benefit farmers), right before a noun of measures, funds or services (举措, 政策, 资金…), is
 * that word qualifying the noun, not the far district of that name (hybrid-vetoes.json, wordBeforeMeasures:
 * hybrid.veto.word-before-measures). 平湖政策 (平湖/ns) and a name jieba does not know are not touched.
 */
function wordBeforeMeasures(ctx: ExtractContext, s: ModelSpan): boolean {
  const i = ctx.tokenAt[s.start];
  const t = i === undefined ? undefined : ctx.tokens[i];
  if (t === undefined || t.start !== s.start || t.end !== s.end) return false;
  const v = loadVetoes().wordBeforeMeasures;
  if (v.placeTags.has(t.tag) || ctx.res.dictionary.get(t.word) === undefined) return false;
  return v.nouns.some((w) => ctx.text.startsWith(w, s.end));
}

/**
 * A common word, for a place or an organisation the model reads alone: a word jieba knows, and often, with an
 * ordinary tag (isOrdinaryWord) — or, for a place, with a name's tag where the word is so frequent that the tag is
 * weak evidence (华夏 and 英雄 are tagged ns), unless the gazetteer knows it or it ends as a place's name
 * does (大别山).
 */
function isCommonWord(ctx: ExtractContext, surface: string, type: ModelSpan['type']): boolean {
  if (isOrdinaryWord(ctx, surface)) return true;
  // An organisation's tag (nt: 联合国) is not weak: it names one body.
  if (type !== 'LOC') return false;
  const { minFreq, placeEndings } = loadVetoes().frequent;
  const d = ctx.res.dictionary.get(surface);
  if (!d || d.freq < minFreq || ctx.res.gazetteer.lookup(surface).length) return false;
  return !placeEndings.some((w) => surface.endsWith(w));
}

/**
 * A person's name the model is unsure of whose surname the text uses as a word of its own (石 in a report on a
 * quarry): the surname occurs often outside the rules' sure people (`people`: their characters) and outside the
 * span's own occurrences (surnameInUse in hybrid-vetoes.json).
 */
function surnameInUse(ctx: ExtractContext, s: ModelSpan, people: Uint8Array): boolean {
  const { text } = ctx;
  const surface = text.slice(s.start, s.end);
  const n = surnameAt(surface, 0, ctx.res.lex.surnames);
  if (n <= 0) return false;
  const surname = surface.slice(0, n);
  const { minUses, perOwnUse } = loadVetoes().surnameInUse;
  let uses = 0;
  let own = 0;
  for (let i = text.indexOf(surname); i !== -1; i = text.indexOf(surname, i + n)) {
    if (text.startsWith(surface, i)) own++;
    else if (!people[i]) uses++;
  }
  return uses >= minUses && uses >= perOwnUse * own;
}

/**
 * A two-character person the tagger reads where no rule reads it, whose text the page prints again and again where
 * neither the tagger nor the rules read a person (苗绣 on a page about a craft: 学习苗绣, 苗绣围巾, 苗绣课堂): a word
 * of the page, not a name (wordInUse in hybrid-vetoes.json: at least minUses occurrences, at most maxNameShare of them
 * read as a person). A person's name is read as one wherever the page prints it.
 */
function wordInUse(ctx: ExtractContext, s: ModelSpan, spans: readonly ModelSpan[], people: Uint8Array, memo?: Map<string, boolean>): boolean {
  if (s.end - s.start !== 2) return false;
  const { text } = ctx;
  const surface = text.slice(s.start, s.end);
  // (The answer depends on the word alone, the spans and the rules' people being those of one call.)
  const known = memo?.get(surface);
  if (known !== undefined) return known;
  const { minUses, maxNameShare } = loadVetoes().wordInUse;
  let all = 0;
  let named = 0;
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + 2)) {
    all++;
    if (people[i] || spans.some((x) => x.type === 'PER' && x.start === i)) named++;
  }
  const inUse = all >= minUses && named <= all * maxNameShare;
  memo?.set(surface, inUse);
  return inUse;
}

/** How often jieba's dictionary must have seen a word for its tag to say what the word is (as isOrdinaryWord). */
const ORDINARY_FREQ = 30;

/**
 * The span's own words say it is a `label`: a place's or an organisation's ending (a place's name alone is not
 * enough: people and villages share names).
 */
function typedAs(ctx: ExtractContext, s: ModelSpan, label: MentionLabel): boolean {
  const surface = ctx.text.slice(s.start, s.end);
  if (label === 'Place') return placeByEnding(ctx, surface) || foreignPlaceByEnding(surface) || placeBeforeAnnouncing(ctx, s.start, s.end);
  return label === 'Organization' && orgEndingKind(ctx, surface) !== undefined;
}

/**
 * 某某县|表彰十名…, 某某市|召开…: a name of three characters or more ending in a county's or a city's ending that opens
 * a line, right before a verb of announcing, awarding or holding, is a place (hybrid-vetoes.json,
 * placeBeforeAnnouncing: hybrid.place-before-announcing); no person's given name ends in 县 before such a verb. A
 * span ending in one of `anywhere` (县: it ends no given name) is a place wherever it stands.
 */
function placeBeforeAnnouncing(ctx: ExtractContext, start: number, end: number): boolean {
  const { endings, anywhere, verbs } = loadVetoes().placeBeforeAnnouncing;
  if (end - start < 3 || !endings.includes(ctx.text[end - 1]!)) return false;
  // (日前，某某县对…: no given name ends in 县 at all.)
  if (anywhere.includes(ctx.text[end - 1]!)) return true;
  if (start > 0 && ctx.text[start - 1] !== '\n') return false;
  return verbs.some((v) => ctx.text.startsWith(v, end));
}

/**
 * A foreign place by its ending: transliteration characters (two or more) and an administrative ending (某某伍德县,
 * 某某斯州): no person's name ends so.
 */
function foreignPlaceByEnding(surface: string): boolean {
  return surface.length >= 3 && FOREIGN_ADMIN_ENDING.test(surface) && transliterated(surface.slice(0, -1), 0);
}
const FOREIGN_ADMIN_ENDING = /[县州省市镇乡村郡]$/u;

/**
 * 清华北大, 北大清华: jieba's dictionary knows two names of its type (or places) run together as one word; each half is
 * a frequent name of its own (NAME_PAIR_FREQ), and the pair names two bodies, not one.
 */
function twoDictionaryNames(ctx: ExtractContext, surface: string, type: 'PER' | 'ORG'): boolean {
  for (let k = 2; k <= surface.length - 2; k++) {
    const left = ctx.res.dictionary.get(surface.slice(0, k));
    const right = ctx.res.dictionary.get(surface.slice(k));
    const named = (d: { tag: string; freq: number } | undefined): boolean => d !== undefined && d.freq >= NAME_PAIR_FREQ && (DICTIONARY_TAGS[type].has(d.tag) || d.tag === 'ns');
    if (named(left) && named(right)) return true;
  }
  return false;
}
const NAME_PAIR_FREQ = 100;

/** jieba's dictionary tags for people's and organisations' names. */
const DICTIONARY_TAGS: Record<'PER' | 'ORG', ReadonlySet<string>> = { PER: new Set(['nr', 'nrfg', 'nrt']), ORG: new Set(['nt']) };

/**
 * A span the model reads alone, or longer than the rules', has the shape the rules' data gives names of its type: a person's
 * name is a surname and one or two given characters (a double surname, then one or two), transliteration
 * characters (four or more may hold one character outside their list, which is conservative: 某斯曼娜), or a
 * dictionary name; an organisation's ends in an organisation's ending or is a dictionary
 * organisation (联合国). Places need no shape: a sure place is read as the model reads it. On today's news the
 * model's sure spans without that shape are mostly words of trade and industry (中国智能|马桶) or a name with the
 * word after it (杨金德|正带领).
 */
function shapedAs(ctx: ExtractContext, s: ModelSpan): boolean {
  const type = s.type;
  if (type === 'LOC') return true;
  const surface = ctx.text.slice(s.start, s.end);
  // 柏大姐, 章大妈: a surname and a word of address stand for a person the text does not name.
  if (type === 'PER' && isKinAddress(ctx, s.start, s.end)) return false;
  // 杜洛克|猪: a foreign name right before a kind of animal or thing names a breed or a product.
  if (type === 'PER' && THING_OF_FOREIGN_NAME[ctx.text.charCodeAt(s.end)] && transliterated(surface, 1)) return false;
  if (DICTIONARY_TAGS[type].has(ctx.res.dictionary.get(surface)?.tag ?? '') && !twoDictionaryNames(ctx, surface, type)) return true;
  // 《某某新闻》: a publication named between title marks, as the body that prints it. A foreign body's or brand's
  // name the model is sure of, of transliteration characters only (four or more, or two names joined by a dash).
  if (type === 'ORG') return orgShaped(ctx, surface) || (ctx.text[s.start - 1] === '《' && ctx.text[s.end] === '》') || (s.score >= MODEL_MIN_SCORE && transliteratedBody(surface));
  // 约翰—格伦: two parts of a foreign name joined by a dash, as by ·.
  const joined = dashJoined(surface);
  if (joined !== undefined) return transliterated(joined, 1);
  if (!ALL_HAN.test(surface)) return surface.includes('·');
  // 某某|副总理说, 某某|先生: a title of office right after a name the tagger is sure of (hybrid.person-beside-title).
  if (besideTitle(ctx, s)) return true;
  const family = surnameAt(surface, 0, ctx.res.lex.surnames);
  if (family > 0 && surface.length - family >= 1 && surface.length - family <= 2) return true;
  // 旺堆, 次旺多吉: parts of Tibetan names only.
  if (isNamePartsWhole(surface, ctx.res.lex.tibetanNameParts) || isNamePartsWhole(surface, ctx.res.lex.mongolianNameParts)) return true;
  // 西门塔尔牛, 杜洛克猪: a foreign name and a kind of animal or thing is a breed or a product, not a person.
  if (THING_OF_FOREIGN_NAME[surface.charCodeAt(surface.length - 1)]) return false;
  return transliterated(surface, 1);
}

/**
 * A person's name the tagger is sure of, of Han characters, with a title of office opening a word right after it
 * (personBesideTitle in hybrid-vetoes.json: hybrid.person-beside-title).
 */
function besideTitle(ctx: ExtractContext, s: { start: number; end: number; type: ModelSpan['type']; score?: number }): boolean {
  const { minScore, maxLength } = loadVetoes().personBesideTitle;
  const length = s.end - s.start;
  if (s.type !== 'PER' || (s.score ?? 0) < minScore || length < 2 || length > maxLength || !ALL_HAN.test(ctx.text.slice(s.start, s.end))) return false;
  // (Not a title before it: 负责人|某某某正带领 — the tagger reads the adverb after a name into it, and a title
  // before says where a name starts, not where it ends.)
  // (祝贺|某某某|先生: nor a span opening with a word of the clause, or holding before the title a name of jieba's
  // of its own (某某某/nrt) with words before it: the title is that name's, not the span's.)
  if (!titleStartsAt(ctx, s.end) || opensWithClauseWord(ctx, s.start, s.end)) return false;
  const last = ctx.tokens[ctx.tokenAt[s.end - 1]!]!;
  return !(last.start > s.start && last.end === s.end && DICTIONARY_TAGS.PER.has(last.tag));
}

/** Transliteration characters only, but for `allowed` others in a name of four or more (某斯曼娜). */
function transliterated(surface: string, allowed: number): boolean {
  let other = 0;
  for (const ch of surface) if (!TRANSLITERATION.has(ch)) other++;
  return other === 0 || (surface.length >= 4 && other <= allowed);
}

/** Two runs of Han characters joined by one dash (约翰—格伦, 道—琼斯): the runs together; else undefined. */
function dashJoined(surface: string): string | undefined {
  const m = DASH_JOINED.exec(surface);
  return m ? m[1]! + m[2]! : undefined;
}
const DASH_JOINED = /^(\p{Script=Han}+)[—－‐-](\p{Script=Han}+)$/u;

/**
 * A foreign body's or brand's name as the model reads it, without an ending: transliteration characters only, four
 * or more (某斯某克), or two such names joined by a dash (某—某斯). Shorter ones are too often words (卡拉).
 */
function transliteratedBody(surface: string): boolean {
  const joined = dashJoined(surface);
  if (joined !== undefined) return joined.length >= 3 && transliterated(joined, 0);
  return surface.length >= 4 && ALL_HAN.test(surface) && transliterated(surface, 0);
}

function personShaped(ctx: ExtractContext, surface: string): boolean {
  if (!ALL_HAN.test(surface)) return false;
  const surnames = ctx.res.lex.surnames;
  const family = surnameAt(surface, 0, surnames);
  // Only the commoner single surnames, as the rules read names without a cue (recognizers/people.ts).
  if (surface.length === 3 && (family === 2 || (family === 1 && isCommonSurname(surface[0]!, surnames)))) return true;
  if (surface.length < 3) return false;
  for (const ch of surface) if (!TRANSLITERATION.has(ch)) return false;
  return true;
}

/** A body's Party or Youth League organ, after the body's name. */
const PARTY_ORGAN = /^(?:党委|党工委|党总支|党支部|党组|团委|团总支|团支部)$/u;

/** A university or a college (not a school of lower grade): what a department (系) belongs to. */
const COLLEGE = /(?:大学|学院)$/u;
/** A college and a department of it after (某大学法律系, 某学院企业管理系). */
const COLLEGE_AND_DEPARTMENT = /(?:大学|学院)(\p{Script=Han}{2,8})$/u;

/**
 * A department of a university or a college: a field of two characters or more and 系 (法律系, 企业管理系), not a
 * common word ending in 系 (关系, 体系, 联系: the field's last character and 系 are no word of jieba's dictionary).
 */
function isDepartment(ctx: ExtractContext, rest: string): boolean {
  return rest.length >= 3 && rest.length <= 8 && rest.endsWith('系') && ALL_HAN.test(rest) && !ctx.res.dictionary.has(rest.slice(-2));
}

/** An organisation's name: it ends in an organisation's ending, a government body's or a standalone body's name. */
function orgShaped(ctx: ExtractContext, surface: string, bare = false): boolean {
  const lex = ctx.res.lex;
  // 某地文旅新格局: 局 of 格局, 布局 ends no bureau's name.
  if (endsInWordNotBureau(surface)) return false;
  // 县林业局组织专家…: a body's ending and a verb that is also an organisation's ending (组织) — the body acts.
  if (loadVetoes().verbAfterBody.test(surface)) return false;
  if (orgEndingKind(ctx, surface) !== undefined || lex.govStandalone.has(surface)) return true;
  // 某大学法律系: a department named after its university or college.
  const dept = COLLEGE_AND_DEPARTMENT.exec(surface);
  if (dept && dept.index > 0 && isDepartment(ctx, dept[1]!)) return true;
  // `bare`: the words after an organisation inside a longer one may be an ending alone (理事会 of 某协会理事会).
  const shorter = bare ? 0 : 1;
  if (bare && lex.orgSuffixBySuffix.has(surface)) return true;
  if (loadVetoes().orgEndings.some((w) => surface.length >= w.length + shorter && surface.endsWith(w))) return true;
  for (let k = shorter; k < surface.length; k++) if (lex.govBodies.has(surface.slice(k))) return true;
  return false;
}

/** The kind of the longest organisation ending a name ends with (shorter than the name). */
function orgEndingKind(ctx: ExtractContext, surface: string): EntityKind | undefined {
  for (let k = Math.min(ctx.res.lex.maxOrgSuffix, surface.length - 1); k >= 1; k--) {
    const kind = ctx.res.lex.orgSuffixBySuffix.get(surface.slice(-k))?.kind;
    if (kind) return kind;
  }
  // 某市某某产业局: a department's ending (gov-bodies.json, fieldBodies) after a field the rules did not read.
  for (const e of ctx.res.lex.fieldBodyEndings) if (surface.length > e.ending.length + 1 && surface.endsWith(e.ending)) return e.kind;
  // 某某律师事务所: the kinds of the tagger's own endings (endingKinds in hybrid-vetoes.json).
  for (const [ending, kind] of loadVetoes().endingKinds) if (surface.length > ending.length + 1 && surface.endsWith(ending)) return kind;
  return undefined;
}

function modelConfidence(score: number): number {
  const x = Math.min(1, Math.max(0, (score - MODEL_TYPED_SCORE) / (1 - MODEL_TYPED_SCORE)));
  return Math.round((MODEL_CONFIDENCE.low + x * (MODEL_CONFIDENCE.high - MODEL_CONFIDENCE.low)) * 1000) / 1000;
}

/**
 * 王家浜村, 石坪镇, 梅园社区 outside the gazetteer: a place's administrative ending says its kind (admin-endings.json),
 * after a stem of two characters or more; a name ending in a common noun (山村, 小镇) says none.
 */
function adminEndingKind(ctx: ExtractContext, surface: string): EntityKind | undefined {
  const { adminEndings, adminCommonNouns } = ctx.res.lex;
  const ending = adminEndings.find((e) => surface.length >= e.ending.length + 2 && surface.endsWith(e.ending));
  if (!ending) return undefined;
  for (const noun of adminCommonNouns) if (surface.endsWith(noun)) return undefined;
  return ending.kind;
}

/** The rules' typing of a span the model found alone: a gazetteer place's ids and kind, an organisation's kind. */
function typed(ctx: ExtractContext, span: ModelSpan, modelId: string): Candidate {
  const label = LABEL[span.type];
  const surface = ctx.text.slice(span.start, span.end);
  const model = modelAttr(span, modelId);
  const conf = modelConfidence(span.score);
  let kind: EntityKind | undefined;
  if (label === 'Place') {
    // A mountain or a river named by a far district's stem is the landmark (恒山), not the district.
    if (isLandmarkNotFarStem(ctx, span.start, span.end)) return candidate(label, span.start, span.end, modelId, conf, { model }, 'Landmark');
    const g = ctx.res.gazetteer;
    const ids = [...new Set(g.lookup(surface).map((e) => e.placeId))];
    if (ids.length) return candidate(label, span.start, span.end, modelId, conf, { placeIds: ids, model }, g.get(ids[0]!)?.kind);
    kind = adminEndingKind(ctx, surface);
  } else if (label === 'Organization') {
    kind = orgEndingKind(ctx, surface);
    // 县苹果产业发展中心, 市农产品质量检测中心: a body the model reads alone whose name opens with a level word that is a
    // word of its own (县/zg, not 市场) is the body of that level's place in view, as the rules' 县农业农村局 is
    // (org.ref.level-word: resolution makes it absolute and PART_OF that place).
    const level = LEVEL_WORD_REF[surface[0]!];
    const first = ctx.tokens[ctx.tokenStartingAt[span.start] ?? -1];
    if (level && first && first.end === span.start + 1 && surface.length >= 4 && (kind === 'PublicInstitution' || kind === 'GovernmentAgency')) return candidate(label, span.start, span.end, modelId, conf, { model, ref: level }, kind);
  }
  return candidate(label, span.start, span.end, modelId, conf, { model }, kind);
}

/** Words for a part of a town or a zone (某某片区, 某某组团, 某某板块). */
const AREA_PART_AFTER = /^(?:片区|组团|板块)/u;

/** A level word opening a body's name and the place it stands for (withLevel in recognizers/organizations.ts). */
const LEVEL_WORD_REF: Record<string, 'home-province' | 'home-city' | 'local-area'> = { 省: 'home-province', 市: 'home-city', 州: 'home-city', 县: 'local-area', 区: 'local-area', 镇: 'local-area', 乡: 'local-area' };

const modelAttr = (s: ModelSpan, id: string): NonNullable<Candidate['attrs']['model']> => ({ id, type: s.type, score: s.score });

/**
 * The candidates of one context under an engine: the rules' alone, the model's alone, or both under the policy
 * above. `rules` are the rule candidates; `spans` the model's. `trace`, when given, hears which step of the policy
 * decided each of the model's spans (bench/ner-diagnose.ts buckets the hybrid's losses by it).
 */
export function combine(ctx: ExtractContext, rules: readonly Candidate[], spans: readonly ModelSpan[], modelId: string, engine: Engine, trace?: (s: ModelSpan, step: string) => void): Candidate[] {
  if (engine === 'rules') return [...rules];
  if (engine === 'model') return spans.map((s) => typed(ctx, s, modelId));
  // Characters inside some span of the model's (a table reused from text to text, cleared again here).
  const named = namedScratch.take(ctx.text.length);
  for (const s of spans) named.fill(1, s.start, s.end);
  try {
    return hybrid(ctx, rules, spans, modelId, named, trace);
  } finally {
    for (const s of spans) named.fill(0, s.start, s.end);
  }
}

const namedScratch = new ByteScratch();

/** The hybrid policy (combine), with `named` marking the characters inside the model's spans. */
function hybrid(ctx: ExtractContext, rules: readonly Candidate[], spans: readonly ModelSpan[], modelId: string, named: Uint8Array, trace?: (s: ModelSpan, step: string) => void): Candidate[] {
  const out: Array<Candidate | undefined> = [...rules];
  // The rules' person, place and organisation readings by start, for finding those a span overlaps.
  const entities = entitiesByStart(rules);
  let longest = 0;
  for (const k of entities) longest = Math.max(longest, rules[k]!.end - rules[k]!.start);
  // The characters of the rules' people, and their places' and organisations' names, when first needed.
  let people: Uint8Array | undefined;
  let longNames: string[] | undefined;
  const overlapping: number[] = [];
  const same: number[] = [];
  const ending: number[] = [];
  // The rules' programmes, when first needed.
  let programmes: Candidate[] | undefined;
  // wordInUse's answers by word on a long text (each scans the whole text; short ones are cheaper to scan again).
  const inUse = ctx.text.length >= MEMO_FROM_CHARS ? new Map<string, boolean>() : undefined;
  let from = 0;
  for (const read of spans) {
    // 阿苏尔古|正带着…: a name of five characters or more ending in an adverb of time (正, 在, 也) before more text is
    // the name and the adverb; the name ends before it.
    // 种植户李建家|的果园: a name ending in 家 before what a household has (householdAfter) is the name and 家.
    const s = read.type === 'PER' && ((read.end - read.start >= 5 && isHanAt(ctx.text, read.end) && NAME_THEN_ADVERB.test(ctx.text.slice(read.start, read.end)) && ALL_HAN.test(ctx.text.slice(read.start, read.end))) || (read.end - read.start >= 3 && ctx.text[read.end - 1] === '家' && householdAfter(ctx.text, read.end))) ? { ...read, end: read.end - 1 } : read;
    overlapping.length = 0;
    same.length = 0;
    ending.length = 0;
    while (from < entities.length && rules[entities[from]!]!.start + longest <= s.start) from++;
    for (let j = from; j < entities.length && rules[entities[j]!]!.start < s.end; j++) {
      const k = entities[j]!;
      const r = rules[k]!;
      if (s.start < r.end) overlapping.push(k);
      if (r.start === s.start && r.end === s.end) same.push(k);
      else if (r.start < s.start && r.end === s.end && r.label === 'Place' && s.type === 'LOC' && !anyMarked(named, r.start, s.start) && !opensWithPlace(ctx, r) && !gazetteerWhole(ctx, r)) ending.push(k);
    }
    // The model's spans that will not be taken (unsure, no rule reading them) need no veto.
    const needed = same.length > 0 || s.score >= MODEL_MIN_SCORE || (s.score >= MODEL_TYPED_SCORE && (ending.length > 0 || typedByRules(ctx, s) || (s.type === 'ORG' && shapedAs(ctx, s))));
    // A person or a place the model is fairly sure of, alone: where no rule reads any of it, with a name's shape.
    const fair = !needed && s.type !== 'ORG' && s.score >= MODEL_FAIR_SCORE && overlapping.length === 0;
    if (!needed && !fair) {
      trace?.(s, 'unsure');
      continue;
    }
    const veto = vetoOf(ctx, s);
    if (veto !== undefined) {
      trace?.(s, veto);
      continue;
    }
    // 学习苗绣, 苗绣围巾: a word the page uses again and again is no person where the tagger reads it as one once.
    if (s.type === 'PER' && !same.length && wordInUse(ctx, s, spans, (people ??= peopleOf(ctx, rules)), inUse)) {
      trace?.(s, 'hybrid.veto.word-in-use');
      continue;
    }
    // 某某推介会, 某某节: the rules keep programmes; an organisation the tagger reads inside one is no other name.
    if (s.type === 'ORG' && insideProgramme((programmes ??= rules.filter((r) => r.label === 'Programme')), s)) {
      trace?.(s, 'hybrid.veto.programme');
      continue;
    }
    const model = modelAttr(s, modelId);
    // 2. Agreement on the span: the rule's reading, found by both (the model's type where the rule guessed).
    if (same.length) {
      for (const k of same) {
        const r = rules[k]!;
        // Not where the rules' data types the span as the rule reads it (尹黄村 a village by its ending, not a person).
        const retyped = r.confidence < RULE_CONFIDENT && r.label !== LABEL[s.type] && !typedAs(ctx, s, r.label);
        const base = retyped ? typed(ctx, s, r.rule) : r;
        // Two weak readings of a person's name (a rule's guess, the model unsure) rank with the model's own, below
        // page consistency (a firm's trade name printed alone after its full name is the firm).
        const agreed = base.label === 'Person' && r.confidence < RULE_CONFIDENT && s.score < MODEL_MIN_SCORE ? MODEL_CONFIDENCE.high : AGREED_CONFIDENCE;
        out[k] = { ...base, confidence: Math.max(r.confidence, agreed), attrs: { ...base.attrs, model } };
      }
      trace?.(s, 'agreement');
      continue;
    }
    // 2b. Agreement on the end: a place the rules read back from its ending (县, 乡, 村) and started too early,
    // over characters the model reads as no name and the rules as no place (一到|青田县): the rule's reading from
    // where the model starts it, found by both. Not an organisation: the words before an organisation's ending
    // are often descriptive (数字技术|创新研究院), read as no name by the model and rightly in by the rules.
    if (ending.length) {
      for (const k of ending) {
        const r = out[k] ?? rules[k]!;
        if (!(r.start < s.start)) continue;
        out[k] = { ...r, start: s.start, confidence: Math.max(r.confidence, AGREED_CONFIDENCE), attrs: { ...withoutOffsets(r.attrs), model } };
      }
      trace?.(s, 'agreement-on-end');
      continue;
    }
    // 3. A longer name around every rule reading it overlaps; an organisation is named after one place at most.
    const inside = overlapping.map((k) => rules[k]!);
    if (inside.length && inside.every((r) => s.start <= r.start && r.end <= s.end)) {
      // Places, not readings: two rules reading the same place (the gazetteer's, an ending's) are one place. A sea,
      // a mountain or a world landmark is a word of a body's name, no place it is named after (某国海军|太平洋|舰队).
      // Only places before the end of the first body the rules read count: a place after it names a branch of it
      // (某研究院|嘉兴|分院, 某银行|湖州|分行), not a place the name opens with.
      const firstBodyEnd = inside.reduce((at, r) => (r.label === 'Organization' ? Math.min(at, r.end) : at), s.end);
      const places = new Set(inside.filter((r) => r.label === 'Place' && r.kind !== 'Landmark' && r.start < firstBodyEnd).map((r) => r.start * 65536 + r.end)).size;
      const step = !inside.every((r) => extendable(ctx, r, s))
        ? 'longer.not-extendable'
        : s.type === 'ORG' && places > 1
          ? 'longer.two-places'
          : s.type === 'ORG' && joinsBodies(ctx, inside)
            ? 'longer.two-bodies'
            : !shapedAs(ctx, s)
              ? 'longer.shape'
              : 'longer';
      if (step === 'longer') out.push(longer(ctx, s, inside, modelId));
      trace?.(s, step);
      continue;
    }
    // 4. The model alone: not a lone character (the rules read a place's abbreviation where a neighbour shows
    // it), not a common word the rules' data does not type (太阳 as a place).
    // Nor a person it is unsure of whose surname the text uses as a word (石 in a report on a quarry).
    const step =
      s.end - s.start === 1
        ? 'alone.one-character'
        : !shapedAs(ctx, s)
          ? 'alone.shape'
          : s.type !== 'PER' && isCommonWord(ctx, ctx.text.slice(s.start, s.end), s.type) && !typedByRules(ctx, s)
            ? 'alone.common-word'
            : s.type === 'LOC' && commonNounBeforeQuality(ctx, s)
              ? 'alone.common-noun-before-quality'
            : s.type === 'LOC' && wordBeforeMeasures(ctx, s)
              ? 'alone.word-before-measures'
            : s.type === 'PER' && s.score < MODEL_MIN_SCORE && surnameInUse(ctx, s, (people ??= peopleOf(ctx, rules)))
              ? 'alone.surname-in-use'
              : fair && s.type === 'LOC' && !placeReadsAsName(ctx, s)
                ? 'alone.fair-place'
                : s.type === 'PER' && s.score < MODEL_MIN_SCORE && (pageShortForm(ctx, s, (longNames ??= longNamesOf(ctx, rules))) || (fair && !twoCharacterName(ctx, s)))
                  ? 'alone.fair-person'
                  : inside.length
                    ? 'alone.crossing-rules'
                    : 'alone';
    if (step === 'alone' || step === 'alone.crossing-rules') out.push(typed(ctx, s, modelId));
    trace?.(s, step);
  }
  // 5. The model's veto of the rules' guesses where it reads no name at all — and of their weakest person where it
  // reads the characters inside a longer name of another type (某地|马拉松 inside the race's name).
  for (const k of entities) {
    const r = rules[k]!;
    if (r.confidence >= RULE_CONFIDENT || out[k] !== r) continue;
    let any = false;
    for (let i = r.start; i < r.end && !any; i++) if (named[i]) any = true;
    if (!any || (r.label === 'Person' && r.confidence <= WEAKEST_PERSON && insideOtherName(spans, r))) out[k] = undefined;
  }
  return out.filter((c): c is Candidate => c !== undefined);
}

/** The rules' weakest readings of a person (jieba's foreign names, brands among them: 0.58–0.6). */
const WEAKEST_PERSON = 0.6;

/** A span of the model's, of a place or an organisation, holds the reading and more. */
function insideOtherName(spans: readonly ModelSpan[], r: Candidate): boolean {
  for (const s of spans) if (s.type !== 'PER' && s.start <= r.start && r.end <= s.end && s.end - s.start > r.end - r.start) return true;
  return false;
}

/** Words that join two bodies acting together (市商务局|联合|市财政局, 县总工会|会同|县妇联). */
const BODY_JOINERS = /^(?:联合|会同|携手|协同|同|和|与|及|、)$/u;

/** Two of the rules' organisations inside the span are joined by a word of acting together: two bodies, not one name. */
function joinsBodies(ctx: ExtractContext, inside: readonly Candidate[]): boolean {
  const bodies = inside.filter((r) => r.label === 'Organization').sort((a, b) => a.start - b.start);
  for (let i = 1; i < bodies.length; i++) if (BODY_JOINERS.test(ctx.text.slice(bodies[i - 1]!.end, bodies[i]!.start))) return true;
  return false;
}

/** The rules' place is a name the gazetteer holds whole (绩溪县, 安吉县): the rules did not start it too early. */
function gazetteerWhole(ctx: ExtractContext, r: Candidate): boolean {
  return ctx.res.gazetteer.lookup(ctx.text.slice(r.start, r.end)).length > 0;
}

/** Some character of [start, end) is marked. */
function anyMarked(marks: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (marks[i]) return true;
  return false;
}

/**
 * A person's name the model is fairly sure of (MODEL_FAIR_SCORE up to the bar) that the rules' data does not type
 * reads as a name where it is three characters or more with a name's shape (shapedAs), or two: one of the commoner
 * surnames and a given name, and no ordinary word of jieba's dictionary (黄酱). A rare surname's character, or two
 * transliteration characters, too often open an ordinary word (卡拉).
 */
function twoCharacterName(ctx: ExtractContext, s: ModelSpan): boolean {
  const surface = ctx.text.slice(s.start, s.end);
  if (surface.length !== 2) return true;
  if (ctx.res.lex.tibetanNameParts.has(surface) || ctx.res.lex.mongolianNameParts.has(surface)) return true;
  return isCommonSurname(surface[0]!, ctx.res.lex.surnames) && !isOrdinaryWord(ctx, surface, 1);
}

/**
 * A place the model is fairly sure of (MODEL_FAIR_SCORE up to the bar) that the rules' data does not type reads as a
 * place's name where it is a foreign name (transliteration characters only), a place in jieba's dictionary (its
 * tag ns; a frequent one is a common word, above) or a natural
 * feature's (naturalEndings in hybrid-vetoes.json: …山, …江, …岛) after a stem that is no ordinary word of jieba's
 * dictionary (垃圾山 is a heap of rubbish, 某某山 a mountain). Not a site or a farm (…公园, …农场) nor a word
 * (a breed of chicken): those the model reads as places on today's news are mostly generic or trade words.
 */
function placeReadsAsName(ctx: ExtractContext, s: ModelSpan): boolean {
  const surface = ctx.text.slice(s.start, s.end);
  let foreign = true;
  for (const ch of surface) if (!TRANSLITERATION.has(ch)) foreign = false;
  if (foreign || ctx.res.dictionary.get(surface)?.tag === 'ns') return true;
  const ending = loadVetoes().naturalEndings.find((w) => surface.length > w.length && surface.endsWith(w));
  return ending !== undefined && !isOrdinaryWord(ctx, surface.slice(0, -ending.length), 1);
}

/**
 * A person's name the model is unsure of that the page prints, or it without its last character, as the start of a
 * longer place or organisation of the rules' (何溪村 … 何溪, 韩达机械厂 … 韩达): there it is the place's or the
 * body's short form, not a person.
 */
function pageShortForm(ctx: ExtractContext, s: ModelSpan, names: readonly string[]): boolean {
  const surface = ctx.text.slice(s.start, s.end);
  const stems = surface.length > 2 ? [surface, surface.slice(0, -1)] : [surface];
  return names.some((name) => stems.some((stem) => name.length > stem.length && name.startsWith(stem)));
}

/** The names of the rules' places and organisations longer than two characters. */
function longNamesOf(ctx: ExtractContext, rules: readonly Candidate[]): string[] {
  const names = new Set<string>();
  for (const r of rules) if ((r.label === 'Place' || r.label === 'Organization') && r.end - r.start > 2) names.add(ctx.text.slice(r.start, r.end));
  return [...names];
}

/** By character: 1 inside a person's name the rules are sure of (their guesses may be the very word). */
function peopleOf(ctx: ExtractContext, rules: readonly Candidate[]): Uint8Array {
  const mask = new Uint8Array(ctx.text.length);
  for (const r of rules) if (r.label === 'Person' && r.confidence >= RULE_CONFIDENT) mask.fill(1, r.start, r.end);
  return mask;
}

/** The model's span around rule readings inside it. */
function longer(ctx: ExtractContext, s: ModelSpan, inside: readonly Candidate[], modelId: string): Candidate {
  const base = typed(ctx, s, modelId);
  const attrs = { ...base.attrs };
  let twin = inside.find((c) => c.label === base.label);
  // 某市|植物园, 某县|皮革城: a site named after the place it opens with is a landmark of its own, not that place
  // under another name — neither its gazetteer ids nor its kind carry over (温溪|镇, 温州|市区 are the place).
  let site = false;
  if (twin && twin.label === 'Place' && !base.attrs.placeIds && !SAME_PLACE_REST.test(ctx.text.slice(twin.end, s.end))) {
    twin = undefined;
    site = true;
  }
  if (twin) {
    for (const [key, value] of Object.entries(twin.attrs)) if (!(key in attrs) && !OFFSET_ATTRS.has(key)) (attrs as Record<string, unknown>)[key] = value;
  }
  const opening = inside.find((c) => c.label === 'Place' && c.start === s.start && c.attrs.placeIds?.length);
  if (base.label === 'Organization' && opening) attrs.place = { text: ctx.text.slice(opening.start, opening.end), start: opening.start, end: opening.end, placeIds: opening.attrs.placeIds! };
  return { ...base, kind: base.kind ?? twin?.kind ?? (site ? 'Landmark' : undefined), confidence: AGREED_CONFIDENCE, attrs } as Candidate;
}

/** What may follow a place's short form in a longer reading of the same place (温溪|镇, 温州|市区). */
const SAME_PLACE_REST = /^(?:省|市|县|区|州|盟|旗|镇|乡|村|街道|社区|市区|城区|县城|新区)?$/;
/**
 * What ends a site's name after the place it is named after (某市|植物园, 某县|皮革城, 某镇|老街); not the kinds
 * of place a region has many of (某国|市场, 某地|农场, 某省|果园, 某地区), which are no name.
 */
const SITE_ENDING = /(?:城|园|馆|街|港|湾|湖|山|岛|桥|塔|楼|寺|庙|宫|谷|峡|滩|岭|峰|湿地|码头|广场|机场|公园|景区|街区|古镇|中心)$/;
const NOT_SITE_ENDING = /(?:果园|菜园|茶园|家园|校园|田园)$/;

/** What follows a place in a longer place of the model's: the same place (镇, 市区) or a site named after it. */
function isSiteAfterPlace(rest: string): boolean {
  return SAME_PLACE_REST.test(rest) || (rest.length >= 2 && SITE_ENDING.test(rest) && !NOT_SITE_ENDING.test(rest));
}

/** Attributes that point at offsets, which a changed span may no longer contain. */
const OFFSET_ATTRS = new Set(['place', 'titleStart', 'measureParts']);

function withoutOffsets(attrs: Candidate['attrs']): Candidate['attrs'] {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) if (!OFFSET_ATTRS.has(key)) kept[key] = value;
  return kept as Candidate['attrs'];
}

/**
 * A rule reading the model may read a longer name around: a place (a body or a firm named after it), a person,
 * a body (内阁 → 桥本内阁, 县委 → 栾城县委), a firm named by its trade alone (某某仪表|技术部). Not a surname standing
 * alone (胡 of 胡老), not a company (the rules read its name whole, from the trade name to the legal form:
 * 美国|Tesla, 明远智能装备有限公司|新厂), not an
 * organisation the rules already start at a place (马厩村党委).
 */
function extendable(ctx: ExtractContext, r: Candidate, s: ModelSpan): boolean {
  if (r.attrs.partial) return false;
  // A place the rules are sure of inside a place of the model's: nested places stay apart (大庙镇|小庙子村) — where
  // the span is a chain of places (it does not open with this place, or what follows it ends as a place does);
  // a site named after the place it opens with is one name (某市|植物园, 某港|展览中心).
  if (r.label === 'Place') {
    // 某市|植物园 is a site named after the place; 某市|铝, 某地|星 are the place and a word the model read on.
    if (s.type === 'LOC' && r.start === s.start && !isSiteAfterPlace(ctx.text.slice(r.end, s.end))) return false;
    return !(s.type === 'LOC' && r.confidence >= RULE_CONFIDENT && (r.start > s.start || ADMIN_ENDING.test(ctx.text.slice(r.end, s.end))));
  }
  if (r.label !== 'Organization') return true;
  // 访|县教育局, 六届|县委, 和|县妇联: a verb, a preposition, an adverb or a conjunction of one character, or an edition, before the level word a
  // body is named by is no part of its name (a place before it is: 栾城|县委; so is the body it belongs to: 团|县委).
  if (r.attrs.ref && s.start < r.start && beforeLevelIsNoName(ctx, ctx.text.slice(s.start, r.start))) return false;
  // (A firm read by its trade name and trade alone, 某某仪表, has no legal form to end it: a unit of it may follow.)
  if (r.kind === 'Company' && !r.rule.startsWith(TRADE_FIRM)) return false;
  // An organisation the rules are sure of ends where its ending ends: not a longer name past it (某大学|研究生),
  // unless what follows is a body of its own, named by an organisation's ending (某日报社|评论部, 某协会|理事会).
  // (A university's or a college's department, 某大学|法律系, is a body of its own too.)
  const rest = ctx.text.slice(r.end, s.end);
  if (r.confidence >= RULE_CONFIDENT && r.end < s.end && !orgShaped(ctx, rest, true) && !(COLLEGE.test(ctx.text.slice(r.start, r.end)) && isDepartment(ctx, rest))) return false;
  // 某医院|党总支, 某局|党组: the body's Party or League organ is read as the body, as the rules read it (its secretary's
  // posts are the body's: 党委书记、院长).
  if (r.confidence >= RULE_CONFIDENT && r.end < s.end && PARTY_ORGAN.test(rest)) return false;
  return !(r.start > s.start && opensWithAdministrativePlace(ctx, r));
}

/** What stands before a level-named body (访, 到, 在, 和; 六届) is no word of a name. */
function beforeLevelIsNoName(ctx: ExtractContext, before: string): boolean {
  if (/届$/u.test(before)) return true;
  return before.length === 1 && /^[vpdc]/.test(ctx.res.tags.get(before) ?? '');
}

/** The rule of a firm named by its trade name and trade (某某电器: org-suffixes.json, tradeFirms). */
const TRADE_FIRM = 'org.trade-firm';

/** The ending of an administrative place, by which a place after another is a link of a chain (…县|…镇). */
const ADMIN_ENDING = /(省|市|县|区|州|盟|旗|镇|乡|村|街道|社区)$/;

/** An organisation whose name opens with a place (the rule read the place in, or the gazetteer knows it). */
function opensWithPlace(ctx: ExtractContext, r: Candidate): boolean {
  return placeOpening(ctx, r) !== undefined;
}

/** The ids of the place an organisation's name opens with (the rule's, or the gazetteer's longest at its start). */
function placeOpening(ctx: ExtractContext, r: Candidate): readonly string[] | undefined {
  const place = r.attrs.place;
  if (place?.start === r.start) return place.placeIds;
  const m = ctx.res.placeTrie.longest(ctx.text, r.start, r.end);
  if (m === undefined || m.at >= r.end) return undefined;
  const entries = ctx.res.gazetteer.lookup(ctx.text.slice(r.start, m.at));
  // 日|报社, 美|术馆: a one-character abbreviation opens many words; it opens a name only where the rules read it
  // there (the rule's own place, above).
  if (m.at - r.start === 1 && entries.every((e) => e.form === 'abbr')) return undefined;
  return entries.map((e) => e.placeId);
}

/**
 * An organisation opening with a place that is not only a sea, a mountain or a world landmark: those name
 * bodies as words of their own (太平洋舰队 in 某国海军太平洋舰队, 地球物理研究所).
 */
function opensWithAdministrativePlace(ctx: ExtractContext, r: Candidate): boolean {
  const ids = placeOpening(ctx, r);
  return ids !== undefined && (ids.length === 0 || ids.some((id) => ctx.res.gazetteer.get(id)?.kind !== 'Landmark'));
}

/**
 * The indexes of the rules' person, place and organisation readings, by start (in their order where starts tie):
 * sorted as numbers (start × 2^21 + index) without a comparator.
 */
/** A programme the rules read holds the span whole (the span ending where the programme does). */
function insideProgramme(programmes: readonly Candidate[], s: ModelSpan): boolean {
  for (const r of programmes) if (r.start <= s.start && r.end === s.end) return true;
  return false;
}

function entitiesByStart(rules: readonly Candidate[]): number[] {
  if (rules.length >= INDEX_SPAN) {
    const all = rules.map((_, k) => k).filter((k) => isEntity(rules[k]!.label));
    return all.sort((x, y) => rules[x]!.start - rules[y]!.start);
  }
  if (entityKeys.length < rules.length) entityKeys = new Float64Array(Math.max(rules.length, 2 * entityKeys.length));
  const keys = entityKeys;
  let n = 0;
  for (let k = 0; k < rules.length; k++) if (isEntity(rules[k]!.label)) keys[n++] = rules[k]!.start * INDEX_SPAN + k;
  const sorted = keys.subarray(0, n).sort();
  const out = new Array<number>(n);
  for (let j = 0; j < n; j++) out[j] = sorted[j]! % INDEX_SPAN;
  return out;
}

/** Above any index of a rule reading (a text's candidates number far fewer). */
const INDEX_SPAN = 2 ** 21;
/** The sort keys' table, reused from text to text. */
let entityKeys = new Float64Array(1024);

function isEntity(label: MentionLabel): boolean {
  return label === 'Person' || label === 'Place' || label === 'Organization';
}
