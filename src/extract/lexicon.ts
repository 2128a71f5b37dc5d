// The extraction model: every lexicon and pattern file under model/, validated with zod when first used,
// compiled into the lookup structures the recognizers need, with rule ids checked for uniqueness across
// files. Loaded once per process.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KgError } from '../errors.js';
import { readModelJson } from '../util/model-file.js';
import { ORGANIZATION_KINDS, PLACE_KINDS, PROGRAMME_KINDS, type OrganizationKind, type PlaceKind, type ProgrammeKind } from '../../schema/kinds.js';
import { loadNameParts, loadSurnames, readWordList, type Surnames } from '../lexicons/index.js';
import { Trie } from './trie.js';

const modelPath = (name: string): string => fileURLToPath(new URL(`./model/${name}`, import.meta.url));

function readJson<T>(name: string, schema: z.ZodType<T>): T {
  return readModelJson(new URL(`./model/${name}`, import.meta.url), schema, 'lexicon');
}

const comment = { $comment: z.string().optional() };
const OrgKind = z.enum(ORGANIZATION_KINDS);

const OrgSuffixFile = z
  .object({
    ...comment,
    activityTeams: z.object({ ...comment, id: z.string(), ending: z.string().min(1), activities: z.array(z.string().min(1)).min(1) }).strict(),
    qualifiers: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1) }).strict(),
    parentLinks: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    originLinks: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    partyRoles: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    quotedParks: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(2)).min(1), maxField: z.number().int().min(0) }).strict(),
    levelInWord: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    levelStations: z.object({ ...comment, id: z.string(), levels: z.string().min(1) }).strict(),
    shortPlaceTrade: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    firmBeforeFirm: z.object({ ...comment, id: z.string(), forms: z.array(z.string().min(2)).min(1), joiners: z.array(z.string().length(1)).min(1) }).strict(),
    firmIsGroup: z.object({ ...comment, id: z.string(), groupEndings: z.array(z.string().min(2)).min(1), copulas: z.array(z.string().length(1)).min(1) }).strict(),
    havingVerbs: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    datelines: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1), roles: z.array(z.string().min(2)).min(1) }).strict(),
    describedPlants: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    predicates: z.object({ ...comment, id: z.string(), adverbs: z.array(z.string().min(2)).min(1), verbs: z.array(z.string().min(2)).min(1), afterAdverb: z.array(z.string().min(2)).min(1) }).strict(),
    workTeams: z.object({ ...comment, id: z.string(), kind: OrgKind, endings: z.array(z.string().min(1)).min(1), postings: z.array(z.string().min(1)).min(1) }).strict(),
    coopKinds: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(1)).min(1), words: z.array(z.string().min(1)).min(1) }).strict(),
    tradeFirms: z.object({ ...comment, id: z.string(), industries: z.array(z.string().min(2)).min(1), heads: z.array(z.string().min(2)).min(1), doings: z.array(z.string().min(2)).min(1), before: z.array(z.string().min(2)).min(1) }).strict(),
    nationalGroups: z.object({ ...comment, id: z.string(), prefixes: z.array(z.string().min(1)).min(1), endings: z.array(z.string().min(1)).min(1) }).strict(),
    suffixes: z.array(z.object({ id: z.string(), suffix: z.string().min(1), kind: OrgKind, minStem: z.number().int().min(1), needsPlace: z.boolean().optional(), placeNamed: z.boolean().optional(), place: z.enum(PLACE_KINDS).optional(), word: z.boolean().optional(), notAfter: z.string().min(1).optional() }).strict()),
  })
  .strict();
const FacilitiesFile = z
  .object({
    ...comment,
    buildVerbs: z.array(z.string().min(1)).min(1),
    refuse: z.array(z.string().min(1)),
    kinds: z.array(
      z
        .object({ id: z.string(), ending: z.string().min(2), kind: OrgKind, works: z.array(z.string().min(1)).optional(), needsWork: z.boolean().optional(), needsContent: z.boolean().optional(), needsPlace: z.boolean().optional(), keepPlaces: z.boolean().optional(), commonNamed: z.boolean().optional() })
        .strict(),
    ),
  })
  .strict();
const GovFile = z
  .object({
    ...comment,
    levels: z.array(z.string().min(1)),
    bodies: z.array(z.object({ id: z.string(), name: z.string().min(1), kind: OrgKind, full: z.string().optional(), needsLevel: z.boolean().optional(), word: z.literal(false).optional() }).strict()),
    standalone: z.array(z.object({ id: z.string(), name: z.string().min(2), kind: OrgKind }).strict()),
    shortOffices: z.object({ ...comment, id: z.string(), names: z.array(z.object({ name: z.string().min(2), full: z.string().min(3), kind: OrgKind }).strict()).min(1) }).strict(),
    fieldBodies: z
      .object({ maxField: z.number().int().min(2), endings: z.array(z.object({ id: z.string(), ending: z.string().min(1), kind: OrgKind, after: z.enum(['place', 'body']).optional() }).strict()) })
      .strict(),
  })
  .strict();
const PersonCuesFile = z
  .object({
    ...comment,
    titles: z.array(z.string().min(1)),
    descriptors: z.array(z.string().min(2)),
    titlesAfterName: z.array(z.string().min(1)),
    speech: z.array(z.string().min(1)),
    boundaryChars: z.string(),
    ageAfter: z.string(),
    countedThings: z.object({ ...comment, id: z.string(), classifiers: z.string().min(1), counters: z.string().min(1) }).strict(),
    prepositionSurnames: z.object({ ...comment, id: z.string(), surnames: z.array(z.string().length(1)).min(1), givenTags: z.array(z.string().min(1)).min(1) }).strict(),
    wordGivenNames: z.object({ ...comment, id: z.string(), names: z.array(z.string().length(2)).min(1), after: z.array(z.string().min(1)).min(1) }).strict(),
  })
  .strict();
const ProgrammeFile = z
  .object({
    ...comment,
    maxGap: z.number().int().nonnegative(),
    types: z.array(
      z
        .object({ id: z.string(), word: z.string().min(1), kind: z.enum(PROGRAMME_KINDS), quoted: z.boolean(), bare: z.boolean(), minStem: z.number().int().min(1).optional(), needs: z.enum(['place', 'name', 'edition', 'published', 'world']).optional(), dictionary: z.boolean().optional(), trimVerbs: z.boolean().optional(), minInner: z.number().int().min(1).optional(), notInnerEndings: z.array(z.string().min(1)).optional() })
        .strict(),
    ),
    documentTitles: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(1)), notAfter: z.array(z.string().min(1)), notBefore: z.array(z.string().min(1)) }).strict(),
    editionPattern: z.string(),
    awardStopStems: z.array(z.string()),
    genericStems: z.array(z.string().min(1)),
    bodyPlans: z.object({ ...comment, id: z.string(), types: z.array(z.string().min(1)).min(1), bodyEndings: z.array(z.string().min(1)).min(1) }).strict(),
    peopleLists: z.object({ ...comment, id: z.string(), types: z.array(z.string().min(1)).min(1), stemEndings: z.array(z.string().min(1)).min(1) }).strict(),
    vagueStems: z.array(z.string().min(1)),
    publishedCues: z.array(z.string().min(1)),
    recognitions: z
      .object({
        id: z.string(),
        cues: z.array(z.string().min(1)),
        closers: z.array(z.string().min(1)),
        scopes: z.array(z.string().min(1)),
        maxLength: z.number().int().min(4),
        commended: z.object({ ...comment, id: z.string(), after: z.array(z.string().min(1)).min(1), before: z.array(z.string().min(1)).min(1) }).strict(),
        gluedAfter: z.object({ ...comment, id: z.string(), endings: z.array(z.string().length(1)).min(1) }).strict(),
        splitCues: z.object({ ...comment, id: z.string(), verbs: z.array(z.string().min(2)).min(1), as: z.string().min(1), maxBetween: z.number().int().min(2) }).strict(),
        levelScope: z.object({ ...comment, id: z.string(), levels: z.string().min(1) }).strict(),
      })
      .strict(),
    designations: z
      .object({ ...comment, id: z.string(), scopes: z.array(z.string().min(1)), endings: z.array(z.string().min(1)), before: z.array(z.string().min(1)) })
      .strict(),
    cooperations: z
      .object({ ...comment, id: z.string(), kind: z.enum(PROGRAMME_KINDS), endings: z.array(z.string().min(2)).min(1), stems: z.array(z.string().min(2)), notAfter: z.string() })
      .strict(),
    financialProducts: z
      .object({ ...comment, id: z.string(), kind: z.enum(PROGRAMME_KINDS), endings: z.array(z.string().min(1)).min(1), cues: z.array(z.string().min(1)).min(1), minInner: z.number().int().min(2), maxInner: z.number().int().min(2), selfCued: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(1)).min(1) }).strict(), latin: z.object({ ...comment, id: z.string(), minHan: z.number().int().min(1) }).strict() })
      .strict(),
    quotedSubsidies: z
      .object({ ...comment, id: z.string(), kind: z.enum(PROGRAMME_KINDS), endings: z.array(z.string().min(1)).min(1), cues: z.array(z.string().min(1)).min(1), minInner: z.number().int().min(2), maxInner: z.number().int().min(2) })
      .strict(),
    quotedOwnEndings: z
      .object({ ...comment, id: z.string(), minInner: z.number().int().min(2), maxInner: z.number().int().min(2), entries: z.array(z.object({ ending: z.string().min(1), kind: z.enum(PROGRAMME_KINDS), notEndings: z.array(z.string().min(1)), needs: z.array(z.string().min(1)) }).strict()).min(1) })
      .strict(),
    personalTitles: z
      .object({ ...comment, id: z.string(), endings: z.array(z.string().min(2)).min(1), marks: z.array(z.string().min(2)).min(1), stops: z.array(z.string().min(1)), anywhereStops: z.string(), heritageWords: z.array(z.string().min(2)), maxLength: z.number().int().min(4) })
      .strict(),
  })
  .strict();
const ZoneSuffixFile = z
  .object({
    ...comment,
    graded: z
      .object({
        ...comment,
        grades: z.array(z.string().min(1)).min(1),
        maxTheme: z.number().int().nonnegative(),
        endings: z.array(z.object({ id: z.string(), ending: z.string().min(2), kind: z.enum(PLACE_KINDS) }).strict()).min(1),
      })
      .strict(),
    suffixes: z.array(z.object({ id: z.string(), suffix: z.string().min(2), type: z.string().min(1), countyNamed: z.boolean().optional() }).strict()),
  })
  .strict();
const AdminEndingsFile = z
  .object({
    ...comment,
    endings: z.array(z.object({ id: z.string(), ending: z.string().min(1).max(2), kind: z.enum(PLACE_KINDS), needsChain: z.boolean().optional() }).strict()),
    commonNouns: z.array(z.string().min(2)),
    doubledVillage: z.object({ ...comment, id: z.string(), after: z.array(z.string().min(1)).min(1) }).strict(),
    partVillages: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(2)).min(1), after: z.array(z.string().min(1)).min(1) }).strict(),
    gluedLocative: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
    verbBeforeCollective: z.object({ ...comment, id: z.string(), verbs: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }).strict(),
    areaParts: z.object({ ...comment, id: z.string(), endings: z.array(z.string().min(1)).min(1), maxStem: z.number().int().min(2) }).strict(),
    nameOverNoun: z.object({ ...comment, id: z.string(), nouns: z.array(z.string().min(2)).min(1), describing: z.array(z.string().length(1)) }).strict(),
    namingWords: z.array(z.string().min(2)),
    designationWords: z.array(z.string().min(1)),
    corpsUnits: z.object({ ...comment, numerals: z.string().min(1), division: z.string().length(1), regiment: z.object({ id: z.string(), ending: z.string().length(1), kind: z.enum(PLACE_KINDS) }).strict(), company: z.object({ id: z.string(), ending: z.string().length(1), kind: z.enum(PLACE_KINDS) }).strict(), after: z.array(z.string().min(1)) }).strict(),
  })
  .strict();
const AbbreviationsFile = z
  .object({
    ...comment,
    abbreviations: z.array(z.object({ id: z.string(), char: z.string().length(1), place: z.string().min(1), before: z.string(), after: z.string() }).strict()),
    provinceChars: z.object({ ...comment, chars: z.string().min(1) }).strict(),
    pairNamesThing: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1) }).strict(),
  })
  .strict();
const UnitsFile = z
  .object({
    ...comment,
    scales: z.record(z.string(), z.number().positive()),
    units: z.array(z.object({ unit: z.string().min(1), base: z.string().min(1), factor: z.number().positive(), category: z.string() }).strict()),
    excluded: z.array(z.string().min(1)),
    notApproximations: z.array(z.string().min(2)),
    measures: z
      .object({
        ...comment,
        unknownAfterCount: z.object({ ...comment, id: z.string(), classifiers: z.string().min(1), maxLength: z.number().int().min(2) }).strict(),
        unknownAfterQuality: z.object({ ...comment, id: z.string(), qualities: z.array(z.string().min(1)).min(1), maxLength: z.number().int().min(2) }).strict(),
        notPlaceClause: z.object({ ...comment, id: z.string() }).strict(),
        gradeAfterCount: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
        quotedAfterCount: z.object({ ...comment, id: z.string(), maxLength: z.number().int().min(2) }).strict(),
        tradeDestination: z.object({ ...comment, id: z.string(), verbs: z.array(z.string().min(2)).min(1), destinations: z.array(z.string().min(1)).min(1) }).strict(),
        headlineCopy: z.object({ ...comment, id: z.string() }).strict(),
        spaceAfterWord: z.object({ ...comment, id: z.string() }).strict(),
        levelOnly: z.object({ ...comment, id: z.string(), levels: z.array(z.string().min(2)).min(1) }).strict(),
        everyMember: z.object({ ...comment, id: z.string(), each: z.array(z.string().min(1)).min(1), verbs: z.array(z.string().min(1)).min(1) }).strict(),
        groupSize: z.object({ ...comment, id: z.string(), people: z.array(z.string().min(1)).min(1), nouns: z.array(z.string().min(1)).min(1), endings: z.array(z.string().min(1)), maxEnding: z.number().int().min(2) }).strict(),
        classifierGlued: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(2)).min(1) }).strict(),
        reachedLe: z.object({ ...comment, id: z.string(), verbs: z.array(z.string().min(1)).min(1) }).strict(),
        verbalNounCompound: z.object({ ...comment, id: z.string() }).strict(),
        comparedBaseChange: z.object({ ...comment, id: z.string() }).strict(),
        classifierGluedNoun: z.object({ ...comment, id: z.string(), classifiers: z.string().min(1) }).strict(),
        wholeWords: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1) }).strict(),
        gatedUnits: z.object({ ...comment, id: z.string(), units: z.array(z.object({ unit: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict()).min(1) }).strict(),
      })
      .strict(),
    periodCarry: z
      .object({
        ...comment,
        items: z.object({ ...comment, id: z.string() }).strict(),
        among: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1) }).strict(),
        samePeriod: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1), notAfter: z.array(z.string().min(1)) }).strict(),
        reportLead: z.object({ ...comment, id: z.string(), verbs: z.array(z.string().min(2)).min(1) }).strict(),
        wholeYear: z.object({ ...comment, id: z.string(), words: z.array(z.string().min(1)).min(1) }).strict(),
        run: z.object({ ...comment, id: z.string(), stops: z.array(z.string().min(1)) }).strict(),
      })
      .strict(),
  })
  .strict();

export interface ZoneSuffix {
  id: string;
  suffix: string;
  type: string;
  /** The zone's area must be a county or a city, or any area printed in full (寻乌工业园, 某区工业园: 城北工业园 is a park's own name). */
  countyNamed?: boolean;
}

/** Zones named by a place, a grade and a theme (杨凌国家农业高新技术产业示范区): zone-suffixes.json's graded. */
export interface GradedZones {
  grades: ReadonlySet<string>;
  maxTheme: number;
  /** Longest first. */
  endings: readonly { id: string; ending: string; kind: PlaceKind }[];
}

export interface AdminEnding {
  id: string;
  ending: string;
  kind: PlaceKind;
  /** Read only right after the place the named one lies in (某镇某村|某某屯), or before a body of its own. */
  needsChain?: boolean;
}

export interface OrgSuffix {
  id: string;
  suffix: string;
  kind: OrganizationKind;
  minStem: number;
  /** The name must open with a place (美国能源部): the ending alone is too common a character. */
  needsPlace?: boolean;
  /** A place's name alone names it (新仓镇供销社: each town has its one), though its kind is a firm's. */
  placeNamed?: boolean;
  /** The name is a Place of this kind rather than an organisation (an industrial park). */
  place?: PlaceKind;
  /** false: the ending is found in the text as it is, not added to jieba's dictionary as a word (国有|林场 stay two). */
  word?: boolean;
  /** Characters that, right before the ending, make the words a description (新院区, 两个校区): no name. */
  notAfter?: string;
}
export interface GovBody {
  id: string;
  name: string;
  kind: OrganizationKind;
  full?: string;
  needsLevel?: boolean;
  /** false: read from the text only, never made a word of jieba's dictionary (known-organizations.tsv, `word:false`). */
  word?: false;
}
export interface FieldBodyEnding {
  id: string;
  ending: string;
  kind: OrganizationKind;
  /** What the department's name follows: a place (default) or a ministry (司). */
  after?: 'place' | 'body';
}
export interface ProgrammeType {
  id: string;
  word: string;
  kind: ProgrammeKind;
  quoted: boolean;
  bare: boolean;
  /** A bare name's own words need at least this many characters (民生工程 is no name). */
  minStem?: number;
  /** What a bare name's stem must hold: a place opening it, or a place or a name word anywhere. */
  needs?: 'place' | 'name' | 'edition' | 'published' | 'world';
  /** false: not a word of the segmenter's dictionary (its drift from the tagger's snapshot is capped); read on the text. */
  dictionary?: boolean;
  /** A bare name's stem opens after the verbs before it (兑现|汽车以旧换新补贴: what is subsidised is named by nouns). */
  trimVerbs?: boolean;
  /** A quoted name before this word holds at least this many characters (“一对一”服务 is a manner, no name). */
  minInner?: number;
  /** A quoted name before this word ending so is a manner (“保姆式”服务, “精细化”服务), no name. */
  notInnerEndings?: string[];
}
export interface RecognitionCues {
  id: string;
  /** Verbs of receiving a title (荣获, 入选, 被评为), longest first. */
  cues: string[];
  /** Words that close a run of quoted titles (等荣誉, 等称号). */
  closers: string[];
  /** Words an unquoted title opens with (全国, 国家级, 首批). */
  scopes: string[];
  maxLength: number;
  /** A quoted title a commendation or a contest names: the words after the closing quote or before the opening one. */
  commended: { id: string; after: string[]; before: string[] };
  /** One-character endings of a body's name jieba may glue to the verb after it (局确定|为): a cue may open there. */
  gluedAfter: { id: string; endings: string[] };
  splitCues: { id: string; verbs: string[]; as: string; maxBetween: number };
  levelScope: { id: string; levels: string };
}
export interface Unit {
  unit: string;
  base: string;
  factor: number;
  category: string;
}

export interface ExtractLexicon {
  surnames: Surnames;
  givenNameChars: ReadonlySet<string>;
  /** Parts of Tibetan personal names (扎西, 次仁, 多吉): two or three together make a name. */
  tibetanNameParts: ReadonlySet<string>;
  /** Parts of Mongolian personal names (巴特尔, 斯琴, 高娃): read as the Tibetan parts are. */
  mongolianNameParts: ReadonlySet<string>;
  /** Yi clan names (沙马, 吉克): with two characters after them, a four-character name. */
  yiClanNames: ReadonlySet<string>;
  orgSuffixes: OrgSuffix[];
  /** Longest organisation ending first. */
  orgSuffixBySuffix: Map<string, OrgSuffix>;
  maxOrgSuffix: number;
  /** Teams named only by what they do (腰鼓队, 锣鼓队): groups of people, not organisations. Activities longest first. */
  activityTeams: { id: string; ending: string; activities: readonly string[] };
  /** Words that qualify a name before it and are no part of it (前 "former", 所在): whole words only. */
  orgQualifiers: { id: string; words: ReadonlySet<string> };
  /** Words joining a parent firm's name to a child's (全资子公司, 旗下): org-suffixes.json, parentLinks. */
  orgParentLinks: { id: string; words: readonly string[] };
  /** Words telling where a firm came from, between its name and its forebear's (脱胎于, 前身为): org-suffixes.json, originLinks. */
  orgOriginLinks: { id: string; words: readonly string[] };
  /** Words naming a firm's part in a project or a deal, before its name (运营方, 投资方): org-suffixes.json, partyRoles. */
  orgPartyRoles: { id: string; words: readonly string[] };
  /** 某某有限公司和|某某有限公司: a firm's complete legal form inside a name closes it (org-suffixes.json, firmBeforeFirm). */
  orgFirmBeforeFirm: { id: string; forms: readonly string[]; joiners: readonly string[] };
  /** 某某有限公司是|某某集团: a firm's legal form and a copula inside a group's name close the firm (org-suffixes.json, firmIsGroup). */
  orgFirmIsGroup: { id: string; groupEndings: readonly string[]; copulas: readonly string[] };
  /** 在杭州设有|某某分公司: a verb of having inside a grown name closes the words before it (org-suffixes.json, havingVerbs). */
  orgHavingVerbs: { id: string; words: readonly string[] };
  /** 县农机站: a place-named body named by a level's character alone (org-suffixes.json, levelStations). */
  orgLevelStations: { id: string; levels: string };
  /** 金阳科技公司: a place's short form and a trade word a kind of firm uses too (org-suffixes.json, shortPlaceTrade). */
  orgShortPlaceTrade: { id: string; words: readonly string[] };
  /** 市场|服务中心: a level's character opening a word of its own is no level (org-suffixes.json, levelInWord). */
  orgLevelInWord: { id: string; words: readonly string[] };
  /** “某某1972”文化创意产业园: a quoted name before a park's ending and its field (org-suffixes.json, quotedParks). */
  orgQuotedParks: { id: string; endings: readonly string[]; maxField: number };
  /** A dateline and the byline bracketed after it (本报讯（通讯员 某某）): org-suffixes.json, datelines. */
  orgDatelines: { id: string; words: readonly string[]; roles: readonly string[] };
  /** A firm's plant described by its age or its work (新厂, 加工厂): org-suffixes.json, describedPlants. */
  orgDescribedPlants: { id: string; words: readonly string[] };
  /** Words of a predicate before an organisation it is about (org-suffixes.json, predicates). */
  orgPredicates: { id: string; adverbs: ReadonlySet<string>; verbs: ReadonlySet<string>; afterAdverb: ReadonlySet<string>; maxLength: number };
  /** Teams sent by a body to a place on a mission (某市结对帮扶某县工作队): endings, and the words of sending, longest first. */
  workTeams: { id: string; kind: OrganizationKind; endings: readonly string[]; postings: readonly string[] };
  /** 某县农机合作社: a co-op named by its area and its kind alone (org-suffixes.json coopKinds). */
  coopKinds: { id: string; endings: readonly string[]; words: readonly string[] };
  /** Bases, venues and clusters named by an ending that is no firm's (facilities.json). */
  facilities: {
    buildVerbs: ReadonlySet<string>;
    refuse: readonly string[];
    kinds: ReadonlyArray<{ id: string; ending: string; kind: OrganizationKind; works: readonly string[]; needsWork: boolean; needsContent: boolean; needsPlace: boolean; keepPlaces: boolean; commonNamed: boolean }>;
  };
  /** Firms named by a trade name and a trade word alone (某某电器), where the context shows a firm: the trade words, and the cues after (a head or unit, a doing) and before the name, longest first. */
  /** Groups named by the state and their trade (国家某某集团): the state's words and the group endings. */
  nationalGroups: { id: string; prefixes: readonly string[]; endings: ReadonlySet<string> };
  tradeFirms: { id: string; industries: ReadonlySet<string>; heads: readonly string[]; doings: readonly string[]; before: readonly string[] };
  govLevels: string[];
  govBodies: Map<string, GovBody>;
  govStandalone: Map<string, GovBody>;
  /** Short forms of central offices (中办, 国办), read only as words of their own after a break, each with its full name. */
  shortOffices: { id: string; names: readonly { name: string; full: string; kind: OrganizationKind }[] };
  /** Endings of departments named by their field after a place (数据局, 社会事务办), longest first. */
  fieldBodyEndings: FieldBodyEnding[];
  maxBodyField: number;
  personTitles: string[];
  /** Titles and descriptors (person-cues.json): every word that confirms a name after it. */
  personTitleSet: ReadonlySet<string>;
  /** Words for a walk of life before a name that hold no office (返乡青年, 果农): cues, not titles. */
  personDescriptors: string[];
  titlesAfterName: string[];
  speechVerbs: string[];
  boundaryChars: ReadonlySet<string>;
  /** 一片|柳林, 三亩|葛田: measure words for plants and fields, and what counts them (person-cues.json). */
  countedThings: { id: string; classifiers: ReadonlySet<string>; counters: ReadonlySet<string> };
  ageAfter: RegExp;
  /** Surnames that are also prepositions (向, 于), and the tags of the given name after them (person-cues.json). */
  prepositionSurnames: { id: string; surnames: ReadonlySet<string>; givenTags: ReadonlySet<string> };
  /** 镇党委副书记|邵建设: given names that are common words, and what closes such a name after a title (person-cues.json). */
  wordGivenNames: { id: string; names: ReadonlySet<string>; after: string[] };
  programmeTypes: ProgrammeType[];
  programmeTypeByWord: Map<string, ProgrammeType>;
  programmeMaxGap: number;
  documentTitle: { id: string; endings: string[]; notAfter: string[]; notBefore: string[] };
  editionPattern: RegExp;
  awardStopStems: ReadonlySet<string>;
  /** Words that end the stems of common phrases (工作机制, 管理机制): a bare name ending so is none. */
  programmeGenericStems: readonly string[];
  /** A body's name right before a type word that is also a verb (县水利局计划再投入…): programme-types.json, bodyPlans. */
  programmeBodyPlans: { id: string; types: readonly string[]; bodyEndings: readonly string[] };
  /** Lists named by the people on them (受表彰人员名单): no recognition of their own (prog.not.people-list). */
  programmePeopleLists: { id: string; types: readonly string[]; stemEndings: readonly string[] };
  /** Words of scope or manner that, alone before a type word, make a kind of thing, not a name (境外展会, 线上展会). */
  programmeVagueStems: ReadonlySet<string>;
  /** Verbs that publish, list or launch what follows (发布, 列入, 启动): a guide, a list or a pilot is named after one. */
  programmePublishedCues: readonly string[];
  recognitions: RecognitionCues;
  /** Titles of firms conferred by a level of government (国家高新技术企业): scope, ending, and the words around them. */
  designations: { id: string; pattern: RegExp; before: readonly string[] };
  /** Cooperation between two provinces or regions named by their one-character names (programme-types.json, cooperations). */
  cooperations: { id: string; kind: ProgrammeKind; endings: readonly string[]; stems: readonly string[]; notAfter: string };
  /** A bank's or an insurer's product named in quotes by its ending (“某某贷”, “某某保”): programme-types.json, financialProducts. */
  financialProducts: { id: string; kind: ProgrammeKind; endings: readonly string[]; cues: readonly string[]; minInner: number; maxInner: number; selfCued: { id: string; endings: readonly string[] }; latin: { id: string; minHan: number } };
  /** A subsidy scheme named in quotes by its own ending (“稳岗返还”, “某某补贴”): programme-types.json, quotedSubsidies. */
  quotedSubsidies: { id: string; kind: ProgrammeKind; endings: readonly string[]; cues: readonly string[]; minInner: number; maxInner: number };
  /** A county's mechanism or service named in quotes by its own ending (“某某链长制”, “某某企业诊所”): programme-types.json, quotedOwnEndings. */
  quotedOwnEndings: { id: string; minInner: number; maxInner: number; entries: ReadonlyArray<{ ending: string; kind: ProgrammeKind; notEndings: readonly string[]; needs: readonly string[] }> };
  /** Titles conferred on people (某某技艺代表性传承人, 某省工艺美术大师): programme-types.json, personalTitles. */
  personalTitles: { id: string; endings: readonly string[]; marks: readonly string[]; stops: readonly string[]; anywhereStops: string; heritageWords: readonly string[]; maxLength: number };
  units: Map<string, Unit>;
  scales: Map<string, number>;
  excludedUnits: string[];
  /** Words ending in an approximation character that do not approximate the figure after them (签约, 最近). */
  notApproximations: ReadonlySet<string>;
  /** Where a figure's measure is read from (units.json, measures). */
  measures: {
    unknownAfterCount: { id: string; classifiers: string; maxLength: number };
    unknownAfterQuality: { id: string; qualities: readonly string[]; maxLength: number };
    notPlaceClause: { id: string };
    gradeAfterCount: { id: string; words: readonly string[] };
    quotedAfterCount: { id: string; maxLength: number };
    tradeDestination: { id: string; verbs: readonly string[]; destinations: readonly string[] };
    headlineCopy: { id: string };
    spaceAfterWord: { id: string };
    levelOnly: { id: string; levels: readonly string[] };
    everyMember: { id: string; each: readonly string[]; verbs: readonly string[] };
    groupSize: { id: string; people: readonly string[]; nouns: readonly string[]; endings: readonly string[]; maxEnding: number };
    classifierGlued: { id: string; words: readonly string[] };
    reachedLe: { id: string; verbs: readonly string[] };
    verbalNounCompound: { id: string };
    comparedBaseChange: { id: string };
    classifierGluedNoun: { id: string; classifiers: string };
    wholeWords: { id: string; words: readonly string[] };
    gatedUnits: { id: string; units: ReadonlyArray<{ unit: string; words: readonly string[] }> };
  };
  /** Where a figure printing no period of its own takes one printed before it (units.json, periodCarry). */
  periodCarry: { items: { id: string }; among: { id: string; words: readonly string[] }; samePeriod: { id: string; words: readonly string[]; notAfter: readonly string[] }; reportLead: { id: string; verbs: readonly string[] }; wholeYear: { id: string; words: readonly string[] }; run: { id: string; stops: readonly string[] } };
  stopwords: ReadonlySet<string>;
  placeAbbreviations: Map<string, { id: string; place: string; before: string; after: string }>;
  /** The provinces' one-character names (place-abbreviations.json, provinceChars). */
  provinceChars: ReadonlySet<string>;
  /** Words a pair of abbreviations names a thing by (中欧班列: place-abbreviations.json, pairNamesThing). */
  pairThingWords: RegExp;
  /** Administrative endings of places the gazetteer lacks (村, 镇, 社区), longest first. */
  adminEndings: AdminEnding[];
  /** Words that end in an administrative ending but name a kind of place (农村, 小镇, 上市). */
  adminCommonNouns: ReadonlySet<string>;
  /** 某村|村集体: the village's ending and the next word's 村 read as 村村 (admin-endings.json, doubledVillage). */
  adminDoubledVillage: { id: string; after: readonly string[] };
  /** 某镇桃花|村里: a village's ending glued to a locative after it (admin-endings.json, gluedLocative). */
  adminGluedLocative: { id: string; words: ReadonlySet<string> };
  /** 郎德上寨: a village named by a stem and an upper or lower stockade (admin-endings.json, partVillages). */
  adminPartVillages: { id: string; endings: readonly string[]; after: readonly string[] };
  /** 大力发展|村级集体经济: a verb of developing before 村 and the collective (admin-endings.json, verbBeforeCollective). */
  adminVerbBeforeCollective: { id: string; verbs: readonly string[]; after: readonly string[] };
  /** 某镇青山|村: a common noun the name's word runs into is no description (admin-endings.json, nameOverNoun). */
  adminNameOverNoun: { id: string; nouns: readonly string[]; describing: readonly string[] };
  /** 城东片区: a part of a town or zone named by its ending (admin-endings.json, areaParts). */
  adminAreaParts: { id: string; endings: readonly string[]; maxStem: number };
  /** Common words villages and communities are named by (胜利, 幸福): a name right after its town, or before its body. */
  adminNamingWords: ReadonlySet<string>;
  /** Words of a title given to villages and towns (示范, 特色, 文明): a stem holding one as a word is no name. */
  adminDesignationWords: ReadonlySet<string>;
  /** A production-and-construction corps' regiments and companies (admin-endings.json, corpsUnits). */
  corpsUnits: { numerals: string; division: string; regiment: { id: string; ending: string; kind: PlaceKind }; company: { id: string; ending: string; kind: PlaceKind }; after: readonly string[] };
  /** Endings that make a county's name its development zone's (高新区, 经济开发区), by ending. */
  zoneSuffixBySuffix: ReadonlyMap<string, ZoneSuffix>;
  gradedZones: GradedZones;
  /** Lookup tries over the lists above, for scanning text without cutting substrings. */
  tries: {
    /** Forward: zone endings that start at a position. */
    zoneSuffixes: Trie<ZoneSuffix>;
    /** Reverse: zone endings that end at a position. */
    zoneSuffixesBefore: Trie<ZoneSuffix>;
    govStandalone: Trie<GovBody>;
    /** Reverse: bodies named alone (govStandalone) that end at a position. */
    govStandaloneBefore: Trie<GovBody>;
    govBodies: Trie<GovBody>;
    /** Reverse: organisation endings that end at a position. */
    orgSuffixes: Trie<OrgSuffix>;
    /** Reverse: programme type words that end at a position. */
    programmeTypes: Trie<ProgrammeType>;
    /** Forward: programme type words that start at a position. */
    programmeTypesAhead: Trie<ProgrammeType>;
    /** Forward: verbs of receiving a title (荣获, 入选) that start at a position. */
    recognitionCues: Trie<string>;
  };
}

function trieOf<V>(entries: Iterable<[string, V]>, reverse = false): Trie<V> {
  const t = new Trie<V>(reverse);
  for (const [k, v] of entries) t.add(k, v);
  return t;
}

/** known-organizations.tsv: organisations known by name alone, each short form a name of its own. */
function readKnownOrganizations(): GovBody[] {
  const path = modelPath('known-organizations.tsv');
  const out: GovBody[] = [];
  for (const line of readWordList(path)) {
    const [kind, name, aliases, flags] = line.split('\t');
    const parsed = OrgKind.safeParse(kind);
    if (!parsed.success || !name || (flags !== undefined && flags !== 'word:false')) throw new KgError('DATA_INVALID', `bad line "${line}"`, { subject: path });
    for (const n of [name, ...(aliases ?? '').split(',').filter(Boolean)]) out.push({ id: 'org.known', name: n, kind: parsed.data, ...(flags === 'word:false' ? { word: false as const } : {}) });
  }
  return out;
}

let cached: ExtractLexicon | undefined;

export function loadExtractLexicon(): ExtractLexicon {
  if (cached) return cached;
  const orgs = readJson('org-suffixes.json', OrgSuffixFile);
  const gov = readJson('gov-bodies.json', GovFile);
  const person = readJson('person-cues.json', PersonCuesFile);
  const prog = readJson('programme-types.json', ProgrammeFile);
  const units = readJson('units.json', UnitsFile);
  const abbreviations = readJson('place-abbreviations.json', AbbreviationsFile);
  const zones = readJson('zone-suffixes.json', ZoneSuffixFile);
  const admin = readJson('admin-endings.json', AdminEndingsFile);
  const known = readKnownOrganizations();
  const facilities = readJson('facilities.json', FacilitiesFile);

  const ids = [
    person.countedThings.id,
    person.prepositionSurnames.id,
    person.wordGivenNames.id,
    ...orgs.suffixes.map((s) => s.id),
    orgs.activityTeams.id,
    orgs.qualifiers.id,
    orgs.parentLinks.id,
    orgs.originLinks.id,
    orgs.partyRoles.id,
    orgs.firmBeforeFirm.id,
    orgs.firmIsGroup.id,
    orgs.havingVerbs.id,
    orgs.levelInWord.id,
    orgs.levelStations.id,
    orgs.shortPlaceTrade.id,
    orgs.quotedParks.id,
    orgs.datelines.id,
    prog.bodyPlans.id,
    admin.doubledVillage.id,
    admin.gluedLocative.id,
    admin.partVillages.id,
    admin.verbBeforeCollective.id,
    admin.nameOverNoun.id,
    admin.areaParts.id,
    units.measures.unknownAfterCount.id,
    units.measures.unknownAfterQuality.id,
    units.measures.notPlaceClause.id,
    units.measures.gradeAfterCount.id,
    units.measures.quotedAfterCount.id,
    units.measures.tradeDestination.id,
    units.measures.headlineCopy.id,
    units.measures.spaceAfterWord.id,
    units.measures.levelOnly.id,
    units.measures.everyMember.id,
    units.measures.groupSize.id,
    units.measures.classifierGlued.id,
    units.measures.reachedLe.id,
    units.measures.verbalNounCompound.id,
    units.measures.comparedBaseChange.id,
    units.measures.classifierGluedNoun.id,
    units.measures.wholeWords.id,
    units.measures.gatedUnits.id,
    units.periodCarry.items.id,
    units.periodCarry.among.id,
    units.periodCarry.samePeriod.id,
    units.periodCarry.reportLead.id,
    units.periodCarry.wholeYear.id,
    units.periodCarry.run.id,
    orgs.describedPlants.id,
    orgs.predicates.id,
    orgs.workTeams.id,
    orgs.tradeFirms.id,
    orgs.nationalGroups.id,
    ...facilities.kinds.map((k) => k.id),
    ...gov.bodies.map((b) => b.id),
    ...gov.standalone.map((b) => b.id),
    gov.shortOffices.id,
    ...gov.fieldBodies.endings.map((b) => b.id),
    ...prog.types.map((t) => t.id),
    prog.documentTitles.id,
    prog.recognitions.id,
    prog.recognitions.commended.id,
    prog.recognitions.gluedAfter.id,
    prog.recognitions.splitCues.id,
    prog.recognitions.levelScope.id,
    prog.peopleLists.id,
    prog.designations.id,
    prog.cooperations.id,
    prog.financialProducts.id,
    prog.financialProducts.selfCued.id,
    prog.financialProducts.latin.id,
    prog.quotedSubsidies.id,
    prog.quotedOwnEndings.id,
    prog.personalTitles.id,
    ...abbreviations.abbreviations.map((a) => a.id),
    ...zones.suffixes.map((z) => z.id),
    ...zones.graded.endings.map((z) => z.id),
    ...admin.endings.map((a) => a.id),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new KgError('DATA_INVALID', `rule id "${id}" is used twice`, { subject: modelPath('') });
    seen.add(id);
  }
  const given = readWordList(modelPath('given-name-chars.txt')).join('');
  const parts = loadNameParts();
  const stopwords = readWordList(modelPath('stopwords.txt')).flatMap((l) => l.split(/\s+/));
  const sortedTitles = [...new Set(person.titles)].sort((a, b) => b.length - a.length);
  cached = {
    surnames: loadSurnames(),
    givenNameChars: new Set(given),
    tibetanNameParts: parts.tibetan,
    mongolianNameParts: parts.mongolian,
    yiClanNames: parts.yiClans,
    orgSuffixes: orgs.suffixes,
    orgSuffixBySuffix: new Map(orgs.suffixes.map((s) => [s.suffix, s])),
    maxOrgSuffix: Math.max(...orgs.suffixes.map((s) => s.suffix.length)),
    activityTeams: { id: orgs.activityTeams.id, ending: orgs.activityTeams.ending, activities: [...orgs.activityTeams.activities].sort((a, b) => b.length - a.length) },
    orgQualifiers: { id: orgs.qualifiers.id, words: new Set(orgs.qualifiers.words) },
    orgParentLinks: { id: orgs.parentLinks.id, words: [...orgs.parentLinks.words].sort((a, b) => b.length - a.length) },
    orgOriginLinks: { id: orgs.originLinks.id, words: [...orgs.originLinks.words].sort((a, b) => b.length - a.length) },
    orgPartyRoles: { id: orgs.partyRoles.id, words: [...orgs.partyRoles.words].sort((a, b) => b.length - a.length) },
    orgLevelInWord: { id: orgs.levelInWord.id, words: orgs.levelInWord.words },
    orgLevelStations: { id: orgs.levelStations.id, levels: orgs.levelStations.levels },
    orgShortPlaceTrade: { id: orgs.shortPlaceTrade.id, words: orgs.shortPlaceTrade.words },
    orgQuotedParks: { id: orgs.quotedParks.id, endings: orgs.quotedParks.endings, maxField: orgs.quotedParks.maxField },
    orgFirmBeforeFirm: { id: orgs.firmBeforeFirm.id, forms: [...orgs.firmBeforeFirm.forms].sort((a, b) => b.length - a.length), joiners: orgs.firmBeforeFirm.joiners },
    orgFirmIsGroup: { id: orgs.firmIsGroup.id, groupEndings: [...orgs.firmIsGroup.groupEndings].sort((a, b) => b.length - a.length), copulas: orgs.firmIsGroup.copulas },
    orgHavingVerbs: { id: orgs.havingVerbs.id, words: [...orgs.havingVerbs.words].sort((a, b) => b.length - a.length) },
    orgDatelines: { id: orgs.datelines.id, words: orgs.datelines.words, roles: orgs.datelines.roles },
    orgDescribedPlants: { id: orgs.describedPlants.id, words: orgs.describedPlants.words },
    orgPredicates: {
      id: orgs.predicates.id,
      adverbs: new Set(orgs.predicates.adverbs),
      verbs: new Set(orgs.predicates.verbs),
      afterAdverb: new Set(orgs.predicates.afterAdverb),
      maxLength: Math.max(...[...orgs.predicates.adverbs, ...orgs.predicates.verbs, ...orgs.predicates.afterAdverb].map((w) => w.length)),
    },
    workTeams: { ...orgs.workTeams, endings: [...orgs.workTeams.endings], postings: [...orgs.workTeams.postings].sort((a, b) => b.length - a.length) },
    coopKinds: { id: orgs.coopKinds.id, endings: [...orgs.coopKinds.endings].sort((a, b) => b.length - a.length), words: [...orgs.coopKinds.words].sort((a, b) => b.length - a.length) },
    facilities: {
      buildVerbs: new Set(facilities.buildVerbs),
      refuse: facilities.refuse,
      kinds: facilities.kinds.map((k) => ({ id: k.id, ending: k.ending, kind: k.kind, works: [...(k.works ?? [])].sort((a, b) => b.length - a.length), needsWork: k.needsWork ?? false, needsContent: k.needsContent ?? false, needsPlace: k.needsPlace ?? false, keepPlaces: k.keepPlaces ?? false, commonNamed: k.commonNamed ?? false })),
    },
    nationalGroups: { id: orgs.nationalGroups.id, prefixes: orgs.nationalGroups.prefixes, endings: new Set(orgs.nationalGroups.endings) },
    tradeFirms: { id: orgs.tradeFirms.id, industries: new Set(orgs.tradeFirms.industries), heads: [...orgs.tradeFirms.heads].sort((a, b) => b.length - a.length), doings: [...orgs.tradeFirms.doings].sort((a, b) => b.length - a.length), before: [...orgs.tradeFirms.before].sort((a, b) => b.length - a.length) },
    govLevels: [...gov.levels].sort((a, b) => b.length - a.length),
    govBodies: new Map(gov.bodies.map((b) => [b.name, b])),
    govStandalone: new Map([...known, ...gov.standalone].map((b) => [b.name, b])),
    shortOffices: { id: gov.shortOffices.id, names: gov.shortOffices.names },
    fieldBodyEndings: [...gov.fieldBodies.endings].sort((a, b) => b.ending.length - a.ending.length),
    maxBodyField: gov.fieldBodies.maxField,
    personTitles: sortedTitles,
    personTitleSet: new Set([...sortedTitles, ...person.descriptors]),
    personDescriptors: [...person.descriptors].sort((a, b) => b.length - a.length),
    titlesAfterName: [...person.titlesAfterName].sort((a, b) => b.length - a.length),
    speechVerbs: [...person.speech].sort((a, b) => b.length - a.length),
    boundaryChars: new Set(person.boundaryChars),
    countedThings: { id: person.countedThings.id, classifiers: new Set(person.countedThings.classifiers), counters: new Set(person.countedThings.counters) },
    ageAfter: new RegExp(person.ageAfter),
    prepositionSurnames: { id: person.prepositionSurnames.id, surnames: new Set(person.prepositionSurnames.surnames), givenTags: new Set(person.prepositionSurnames.givenTags) },
    wordGivenNames: { id: person.wordGivenNames.id, names: new Set(person.wordGivenNames.names), after: [...person.wordGivenNames.after].sort((a, b) => b.length - a.length) },
    programmeTypes: prog.types,
    programmeTypeByWord: new Map(prog.types.map((t) => [t.word, t])),
    programmeMaxGap: prog.maxGap,
    documentTitle: prog.documentTitles,
    editionPattern: new RegExp(prog.editionPattern),
    awardStopStems: new Set(prog.awardStopStems),
    programmeGenericStems: prog.genericStems,
    programmeBodyPlans: prog.bodyPlans,
    programmePeopleLists: prog.peopleLists,
    programmeVagueStems: new Set(prog.vagueStems),
    programmePublishedCues: [...prog.publishedCues].sort((a, b) => b.length - a.length),
    recognitions: { ...prog.recognitions, cues: [...prog.recognitions.cues].sort((a, b) => b.length - a.length) },
    designations: {
      id: prog.designations.id,
      pattern: new RegExp(`(?:${prog.designations.scopes.join('|')})(?:[\\u4e00-\\u9fff]|“[^“”]{1,8}”){2,16}?(?:${prog.designations.endings.join('|')})`, 'gu'),
      before: prog.designations.before,
    },
    cooperations: { ...prog.cooperations, endings: [...prog.cooperations.endings].sort((a, b) => b.length - a.length) },
    financialProducts: prog.financialProducts,
    quotedSubsidies: prog.quotedSubsidies,
    quotedOwnEndings: prog.quotedOwnEndings,
    personalTitles: { ...prog.personalTitles, stops: [...prog.personalTitles.stops].sort((a, b) => b.length - a.length) },
    units: new Map(units.units.map((u) => [u.unit, u])),
    scales: new Map(Object.entries(units.scales)),
    excludedUnits: units.excluded,
    notApproximations: new Set(units.notApproximations),
    measures: units.measures,
    periodCarry: units.periodCarry,
    stopwords: new Set(stopwords),
    placeAbbreviations: new Map(abbreviations.abbreviations.map((a) => [a.char, a])),
    provinceChars: new Set([...abbreviations.provinceChars.chars]),
    pairThingWords: new RegExp(`^(?:${[...abbreviations.pairNamesThing.words].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
    zoneSuffixBySuffix: new Map(zones.suffixes.map((z) => [z.suffix, z])),
    gradedZones: { grades: new Set(zones.graded.grades), maxTheme: zones.graded.maxTheme, endings: [...zones.graded.endings].sort((a, b) => b.ending.length - a.ending.length) },
    adminEndings: [...admin.endings].sort((a, b) => b.ending.length - a.ending.length),
    adminCommonNouns: new Set(admin.commonNouns),
    adminDoubledVillage: { id: admin.doubledVillage.id, after: [...admin.doubledVillage.after].sort((a, b) => b.length - a.length) },
    adminGluedLocative: { id: admin.gluedLocative.id, words: new Set(admin.gluedLocative.words) },
    adminPartVillages: { id: admin.partVillages.id, endings: admin.partVillages.endings, after: admin.partVillages.after },
    adminVerbBeforeCollective: { id: admin.verbBeforeCollective.id, verbs: admin.verbBeforeCollective.verbs, after: admin.verbBeforeCollective.after },
    adminNameOverNoun: { id: admin.nameOverNoun.id, nouns: admin.nameOverNoun.nouns, describing: admin.nameOverNoun.describing },
    adminAreaParts: { id: admin.areaParts.id, endings: admin.areaParts.endings, maxStem: admin.areaParts.maxStem },
    adminNamingWords: new Set(admin.namingWords),
    adminDesignationWords: new Set(admin.designationWords),
    corpsUnits: admin.corpsUnits,
    tries: {
      zoneSuffixes: trieOf(zones.suffixes.map((z) => [z.suffix, z])),
      zoneSuffixesBefore: trieOf(zones.suffixes.map((z) => [z.suffix, z]), true),
      govStandalone: trieOf([...known, ...gov.standalone].map((b) => [b.name, b])),
      govStandaloneBefore: trieOf([...known, ...gov.standalone].map((b) => [b.name, b]), true),
      govBodies: trieOf(gov.bodies.map((b) => [b.name, b])),
      orgSuffixes: trieOf(orgs.suffixes.map((x) => [x.suffix, x]), true),
      programmeTypes: trieOf(prog.types.map((t) => [t.word, t]), true),
      programmeTypesAhead: trieOf(prog.types.map((t) => [t.word, t])),
      recognitionCues: trieOf(prog.recognitions.cues.map((c) => [c, c])),
    },
  };
  return cached;
}
