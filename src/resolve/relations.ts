// Step 4a: relations read from sentences. Each rule looks at one sentence's mentions (already resolved to entities)
// and the words between them, with a small discourse memory for what the text is about: the company, person
// and programme last named, which a subject left implicit (企业, 公司, 他们) refers to. Every relation
// records the rule that made it and the sentence it was read from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Article } from '../document/types.js';
import { KgError } from '../errors.js';
import type { Sentence } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import { PROGRAMME_KINDS, RELATIONSHIP_TYPES, type RelationshipType } from '../../schema/model.js';
import { clauseSubject, onlyAdjuncts } from './clause-subjects.js';
import { isNamedSite, type EntityRef } from './entities.js';
import { evidenceFor } from './evidence.js';
import { areaPronoun } from './outcomes.js';
import { levelsOf, LEVELS_OF_WORD } from './place-in-view.js';
import type { Entity, Relation } from './types.js';

/** An enumeration's numeral right before 是 (一是, 其二是). */
const ENUMERATION_BEFORE = /[一二三四五六七八九十]$/u;

/** A count right after a title (省级白金宿7家, 示范村3个): how many received it — not 某奖2项, how many of it one received. */
const COUNT_AFTER_TITLE = /^[”"’]?(?:\d+|[一两二三四五六七八九十百几多]+)(?:家|个|所|名|座|处|户|人)/u;
const CueRule = z.object({ $comment: z.string().optional(), id: z.string(), type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]), verbs: z.array(z.string().min(1)), objectKinds: z.array(z.string()), objectEndings: z.array(z.string().min(1)).optional(), ownClause: z.boolean().optional() }).strict();
const CuesFile = z
  .object({
    $comment: z.string().optional(),
    rules: z.array(CueRule),
    helpVerbs: z.array(z.string()),
    pilotSites: z.object({ $comment: z.string().optional(), heads: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }).strict(),
    gains: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), things: z.array(z.string().min(1)), through: z.array(z.string().min(1)), throughVerbs: z.array(z.string().min(1)), describedKinds: z.array(z.string().min(1)).min(1) }).strict(),
    customerWords: z.array(z.string()),
    customerListVerbs: z.array(z.string().min(1)),
    jointWords: z.array(z.string().min(1)),
    hostJointWords: z.array(z.string().min(1)),
    supplyVerbs: z.array(z.string()),
    salesVerbs: z.array(z.string().min(1)),
    tradeVerbs: z.array(z.string()),
    exports: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), importVerbs: z.array(z.string().min(1)), carriers: z.array(z.string().min(1)), collectiveOpeners: z.array(z.string().min(1)), collectiveKinds: z.array(z.string().min(1)) }).strict(),
    locatedVerbs: z.array(z.string()),
    attractVerbs: z.array(z.string().min(1)),
    areaBuildVerbs: z.array(z.string().min(1)),
    foundedPattern: z.string(),
    spinOffWords: z.array(z.string()),
    spinOffVerbs: z.array(z.string()),
    spinOffSplit: z.object({ $comment: z.string().optional(), from: z.array(z.string().min(1)).min(1), verbs: z.array(z.string().min(1)).min(1), sources: z.array(z.string().min(1)) }).strict(),
    pilotPattern: z.string(),
    founderTitles: z.array(z.string()),
    hostVerbs: z.array(z.string().min(1)),
    guideVerbs: z.array(z.string().min(1)),
    conferring: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), towards: z.array(z.string().min(1)), namedAs: z.object({ $comment: z.string().optional(), id: z.string().min(1), verbs: z.array(z.string().min(2)), as: z.string().min(1) }).strict() }).strict(),
    programmeAnaphor: z.object({ $comment: z.string().optional(), determiners: z.array(z.string().min(1)), words: z.array(z.object({ word: z.string().min(1), kinds: z.array(z.string().min(1)), endings: z.array(z.string().min(1)).optional() }).strict()), figures: z.object({ $comment: z.string().optional(), bare: z.array(z.string().min(1)), determined: z.array(z.string().min(1)), notBefore: z.array(z.string().min(1)), since: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }).strict().optional() }).strict() }).strict(),
    carriesOut: z.object({ $comment: z.string().optional(), nationalScopes: z.array(z.string().min(1)), pilotEndings: z.array(z.string().min(1)), hostVerbs: z.array(z.string().min(1)) }).strict(),
    programmeParts: z.object({ $comment: z.string().optional(), copulas: z.array(z.string().min(1)), parts: z.array(z.string().min(1)), intoVerbs: z.array(z.string().min(1)) }).strict(),
    firstIn: z.object({ $comment: z.string().optional(), adverbs: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }).strict(),
    benefitOpenings: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)), helps: z.array(z.string().min(1)) }).strict(),
    designation: z.object({ $comment: z.string().optional(), copulas: z.array(z.string().min(1)), counts: z.array(z.string().min(1)), adverbs: z.array(z.string().min(1)), kindWords: z.array(z.string().min(1)) }).strict(),
    atEventWords: z.array(z.string().min(1)),
    subjects: z.object({ $comment: z.string().optional(), placeQualifies: z.array(z.string().min(1)), destinationVerbs: z.array(z.string().min(1)), marketVerbs: z.object({ $comment: z.string().optional(), id: z.string(), verbs: z.array(z.string().min(1)).min(1) }).strict(), objectOpening: z.object({ $comment: z.string().optional(), id: z.string(), verbs: z.array(z.string().min(1)).min(1) }).strict() }).strict(),
    eventEndings: z.array(z.string().min(1)),
    eventAnaphor: z.object({ $comment: z.string().optional(), determiners: z.array(z.string().min(1)), words: z.array(z.string().min(1)) }).strict(),
    inspection: z.object({ $comment: z.string().optional(), purposes: z.array(z.string().min(1)), visitVerbs: z.array(z.string().min(1)) }).strict(),
    listReceiving: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), notYet: z.array(z.string().min(1)), setOpeners: z.array(z.string().min(1)), maxIntro: z.number().int().positive() }).strict(),
    posts: z
      .object({
        $comment: z.string().optional(),
        endings: z.array(z.string().min(1)),
        notPosts: z.array(z.string().min(1)),
        stopChars: z.string(),
        maxLength: z.number().int().positive(),
        areaHeads: z.object({ $comment: z.string().optional(), levels: z.record(z.string().length(1), z.array(z.enum(['county', 'district', 'city', 'prefecture']))) }).strict(),
        kindWords: z.array(z.string().min(1)),
        villageOrgans: z.array(z.string().min(1)),
        heldBefore: z.array(z.string().min(1)),
        fromWords: z.array(z.string().min(1)),
        afterName: z.array(z.string().min(1)),
        takesPost: z.array(z.string().min(1)),
        unitEndings: z.array(z.string().min(1)),
        asWords: z.array(z.string().min(1)),
        headPosts: z.array(z.string().min(1)),
        appointVerbs: z.array(z.string().min(1)),
        sentPosts: z.array(z.string().min(1)),
        addressVerbs: z.array(z.string().min(2)),
        sentBy: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), posts: z.array(z.string().min(1)) }).strict(),
        firmUnitEndings: z.array(z.string().min(2)),
        listFields: z.array(z.string().min(1)),
        ledBy: z.array(z.string().min(1)),
        ledRanks: z.array(z.string().min(1)),
        residenceWords: z.array(z.string().min(2)),
        organBodyWords: z.array(z.string().length(1)),
        work: z.object({ adverbs: z.array(z.string().min(1)), intoWords: z.array(z.string().min(1)), workVerbs: z.array(z.string().min(1)), atVerbs: z.array(z.string().min(1)), hireVerbs: z.array(z.string().min(1)), joinVerbs: z.array(z.string().min(1)), joinTimes: z.array(z.string().min(1)) }).strict(),
      })
      .strict(),
    located: z.object({ $comment: z.string().optional(), residentWords: z.array(z.string().min(2)), visitorWords: z.array(z.string().min(2)), introWords: z.array(z.string().min(1)), firmWords: z.array(z.string().min(1)), firmQualifiers: z.array(z.string().min(1)), branchWords: z.array(z.string().min(1)), wideFeatures: z.array(z.string().min(1)), nearWords: z.array(z.string().min(1)), parkWords: z.array(z.string().min(2)), zoneWords: z.array(z.string().min(2)), parkPointers: z.array(z.string().min(1)), parkVerbs: z.array(z.string().min(2)), parkTimeWords: z.array(z.string().min(1)), returneeWords: z.array(z.string().min(2)), homeWords: z.array(z.string().min(1)), cameHomeWords: z.array(z.string().min(2)), livesVerbs: z.array(z.string().min(1)), villageBodyEndings: z.array(z.string().min(2)), firmKinds: z.array(z.string().min(1)), sceneOpeners: z.array(z.string().min(1)), sceneOpenerTimeWords: z.array(z.string().min(1)), sceneSubjectNext: z.array(z.string().min(1)), sceneHeadOpeners: z.array(z.string().min(1)), sceneHeadBlockers: z.array(z.string().min(1)), sceneFirmEndings: z.array(z.string().min(1)), residenceWords: z.array(z.string().min(2)), nativeWords: z.array(z.string().min(2)), firmCountWords: z.array(z.string().min(1)), firmListOpeners: z.array(z.string().min(1)), setUpVerbs: z.array(z.string().min(2)) }).strict(),
    partners: z
      .object({
        $comment: z.string().optional(),
        links: z.array(z.string().min(1)),
        verbs: z.array(z.string().min(1)),
        directVerbs: z.array(z.string().min(1)),
        pairings: z.array(z.string().min(1)),
        supplyContracts: z
          .object({
            $comment: z.string().optional(),
            id: z.string().min(1),
            sellerWords: z.array(z.string().min(1)).min(1),
            buyerWords: z.array(z.string().min(1)).min(1),
            twoWayWords: z.array(z.string().min(1)).min(1),
            sellVerbs: z.array(z.string().min(1)).min(1),
            buyVerbs: z.array(z.string().min(1)).min(1),
            producerEndings: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      })
      .strict(),
    groups: z.object({ $comment: z.string().optional(), acquireVerbs: z.array(z.string().min(1)), notAcquired: z.array(z.string().min(1)), projectVerbs: z.array(z.string().min(1)), parentWords: z.array(z.string().min(1)), parentFollowers: z.array(z.string().min(1)), childWords: z.array(z.string().min(1)), copulas: z.array(z.string().min(1)), ownedWords: z.array(z.string().min(1)), unitParentWords: z.array(z.string().min(1)), ownsListOpeners: z.array(z.string().min(1)), ordersFrom: z.array(z.string().min(1)), boughtFromWords: z.array(z.string().min(1)), supplierCarriedOpeners: z.array(z.string().min(1)), belongsVerbs: z.array(z.string().min(1)), supplyVerbs: z.array(z.string().min(1)), purchaseVerbs: z.array(z.string().min(1)), purchaseFromVerbs: z.array(z.string().min(1)), supplierWords: z.array(z.string().min(1)), supplierQualifiers: z.array(z.string().min(1)), notYet: z.array(z.string().min(1)), notSupplies: z.array(z.string().min(1)), pilotVerbs: z.array(z.string().min(1)), eventVerbs: z.array(z.string().min(1)), eventManners: z.array(z.string().min(1)) }).strict(),
    reportMeasures: z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)) }).strict(),
    inView: z.object({ $comment: z.string().optional(), zoneOrgans: z.array(z.string().min(1)), comparedBase: z.object({ $comment: z.string().optional(), id: z.string(), before: z.array(z.string().min(1)), leads: z.array(z.string().min(1)) }).strict(), kindQualifiers: z.object({ $comment: z.string().optional(), id: z.string(), words: z.array(z.string().min(1)) }).strict(), bureauBack: z.object({ $comment: z.string().optional(), id: z.string(), words: z.array(z.string().min(1)), determiners: z.array(z.string().min(1)), notAfter: z.record(z.string(), z.array(z.string().length(1))).optional() }).strict() }).strict(),
    founding: z.object({ $comment: z.string().optional(), verbs: z.array(z.string().min(1)), helpers: z.array(z.string().min(1)), articles: z.array(z.string().min(1)), collectives: z.array(z.string().min(1)), leads: z.array(z.string().min(1)) }).strict(),
  })
  .strict();
export type RelationCues = z.infer<typeof CuesFile>;

let cues: RelationCues | undefined;
export function loadRelationCues(): RelationCues {
  if (cues) return cues;
  const path = fileURLToPath(new URL('./model/relation-cues.json', import.meta.url));
  const parsed = CuesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')), { jitless: true }); // read once: see util/model-file.ts
  if (!parsed.success) throw new KgError('DATA_INVALID', `invalid relation cues: ${parsed.error.issues[0]?.message}`, { subject: path });
  const ids = parsed.data.rules.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new KgError('DATA_INVALID', `rule id "${dup}" is used twice`, { subject: path });
  for (const r of parsed.data.rules) for (const k of r.objectKinds) if (!(PROGRAMME_KINDS as readonly string[]).includes(k) && !/Agency|Organization|Institution/.test(k)) throw new KgError('DATA_INVALID', `rule ${r.id}: unknown kind ${k}`, { subject: path });
  cues = parsed.data;
  return cues;
}

/** A word before a name that makes it the object of its clause (为甲, 给甲, 向甲, 与甲), not its doer. */
const OBJECT_MARKERS = /[为给向与和同跟对把帮替]/u;
const compiled = new WeakMap<RelationCues, { founded: RegExp; supplyTo: RegExp[] }>();

/** The cues' patterns, compiled once for every sentence of every article. */
function cuePatterns(c: RelationCues): { founded: RegExp; supplyTo: RegExp[] } {
  let p = compiled.get(c);
  if (!p) {
    p = { founded: new RegExp(c.foundedPattern.replace('PERSON', '[\\u4e00-\\u9fff·]{2,20}?'), 'u'), supplyTo: c.supplyVerbs.map((verb) => new RegExp(`向(.{2,20}?)${verb}`, 'u')) };
    compiled.set(c, p);
  }
  return p;
}

/** A mention with the entity it resolved to. */
export interface ResolvedMention {
  m: Mention;
  e: Entity;
  /** The place a relative name was made absolute with, or read from the name itself (references.ts). */
  place?: EntityRef;
  placeInName?: boolean;
}

export interface ArticleView {
  article: Article;
  sentences: Sentence[];
  /** Resolved mentions in text order. */
  mentions: ResolvedMention[];
  /** Person key → the key of the organisation they work for, where known. */
  affiliations?: ReadonlyMap<string, string>;
}

interface Focus {
  company?: ResolvedMention;
  person?: ResolvedMention;
  programme?: ResolvedMention;
  place?: ResolvedMention;
}

const COMPANY_KINDS = new Set(['Company', 'Incubator', 'IndustrialPark', 'ResearchInstitute']);
const isCompany = (r: ResolvedMention): boolean => r.e.label === 'Organization' && COMPANY_KINDS.has(r.e.kind ?? '');
const isOrg = (r: ResolvedMention): boolean => r.e.label === 'Organization';
const isListedBrand = (r: ResolvedMention): boolean => r.m.rule.startsWith('org.listed') || r.m.rule.startsWith('org.latin');
const isModule = (r: ResolvedMention): boolean => /模块|板块/.test(r.m.text) || r.m.attrs.module === true;

export function sentenceRelations(view: ArticleView, c: RelationCues = loadRelationCues()): Relation[] {
  const out: Relation[] = [];
  const { article, sentences } = view;
  const patterns = cuePatterns(c);
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const r of view.mentions) {
    const list = bySentence.get(r.m.sentence);
    if (list) list.push(r);
    else bySentence.set(r.m.sentence, [r]);
  }
  const focus: Focus = {};
  const add = (type: RelationshipType, from: ResolvedMention | undefined, to: ResolvedMention | undefined, sentence: Sentence, rule: string, confidence: number, extra: Partial<Relation> = {}): void => {
    if (!from || !to || from.e.key === to.e.key) return;
    out.push({ type, start: from.e.key, end: to.e.key, evidence: evidenceFor(article, sentence, [from.m, to.m], rule, confidence), ...extra });
  };
  // The sentence read, its mentions and its text: the helpers below are made once for the article, not once a sentence.
  let sentence = sentences[0]!;
  let ms: ResolvedMention[] = [];
  let text = '';
  const at = (r: ResolvedMention): number => r.m.start - sentence.start;
  const firstOrgBefore = (pos: number): ResolvedMention | undefined => ms.find((r) => isOrg(r) && at(r) < pos && r.e.kind !== 'GovernmentAgency');
  // The subject a sentence leaves implicit: the company the text is about.
  const subjectCompany = (pos: number): { r?: ResolvedMention; carried: boolean } => {
    const own = ms.find((r) => isCompany(r) && at(r) < pos);
    return own ? { r: own, carried: false } : { r: focus.company, carried: true };
  };
  // 在甲镇乙村(、丙村)率先开展…: the places after 在 in the clause of the verb at `v`, up to it (of a chain, the last;
  // only firstIn adverbs and 已, 也, 还 between) — rel.piloted-in.carries-out.venue.
  const pilotVenueGap = new RegExp(`^(?:${[...c.firstIn.adverbs, '已', '已经', '也', '还', '又'].join('|')})*$`, 'u');
  const pilotVenues = (v: number): ResolvedMention[] => {
    const cs = clauseStart(text, v);
    const zai = text.lastIndexOf('在', v);
    if (zai < cs) return [];
    let pos = zai + 1;
    const sites: ResolvedMention[] = [];
    for (const r of ms.filter((q) => at(q) > zai && at(q) < v)) {
      if (r.e.label !== 'Place' || !/^[、和及]?$/u.test(text.slice(pos, at(r)))) return [];
      if (at(r) === pos && sites.length && sites[sites.length - 1]!.m.end === r.m.start) sites.pop();
      sites.push(r);
      pos = at(r) + r.m.text.length;
    }
    return sites.length && pilotVenueGap.test(text.slice(pos, v)) ? sites : [];
  };
  // A sentence holds only the cue words its article holds: each list is cut to those once, not searched a sentence at a time.
  const held = (words: readonly string[]): string[] => words.filter((w) => article.text.includes(w));
  const ruleVerbs = c.rules.map((rule) => held(rule.verbs));
  const locatedVerbs = held(c.locatedVerbs);
  const settles = held(c.attractVerbs)
    .map((verb) => ({ verb, built: false, what: (r: ResolvedMention): boolean => isOrg(r) || r.e.kind === 'Project' }))
    .concat(held(c.areaBuildVerbs).map((verb) => ({ verb, built: true, what: (r: ResolvedMention): boolean => isNamedSite(r.m) || r.e.kind === 'Project' })));
  const spinOffVerbs = held(c.spinOffVerbs);
  const splitVerbs = held(c.spinOffSplit.verbs);
  const splitSources = held(c.spinOffSplit.sources);
  // rel.spun-off-from.split's patterns, made once for the article (not once an organisation in a sentence).
  const splitFromLead = new RegExp(`(?:${c.spinOffSplit.from.join('|')})(?:原来的|原)?$`, 'u');
  const splitSourceLeads = splitSources.map((w) => new RegExp(`${w}(?:原来的|原)?$`, 'u'));
  const splitVerbAfter = splitVerbs.map((v) => new RegExp(`^(?:中|里|内)?(?:[\u4e00-\u9fff]{0,4}?)${v}`, 'u'));
  const customerWords = held(c.customerWords);
  const customerCues = held(c.customerWords.flatMap((w) => c.customerListVerbs.map((v) => w + v)));
  const salesVerbs = held(c.salesVerbs);
  const supplyTo = patterns.supplyTo.filter((_, i) => article.text.includes(c.supplyVerbs[i]!));
  const tradeVerbs = held(c.tradeVerbs);
  const exportVerbs = held([...c.exports.verbs, ...c.exports.importVerbs]).sort((a, b) => b.length - a.length);
  // 全市纺织企业今年出口额增长12%，产品远销日本: a clause of the sentence before opens with many firms (a guard).
  const collectiveHead = new RegExp(`(?:^|[，,：:“])(?:${c.exports.collectiveOpeners.join('|')})[\\u4e00-\\u9fff]{0,6}?(?:${c.exports.collectiveKinds.join('|')})`, 'u');
  const exportCarrier = new RegExp(`^(?:(?:\\d{4}年(?:\\d{1,2}月)?|今年|去年|目前|如今|近年来|此外|同时|其中)[，,]?)*(?:${c.exports.carriers.join('|')})`, 'u');
  const helpVerbs = held(c.helpVerbs);
  const atEventWords = held(c.atEventWords);
  const isHosted = (r: ResolvedMention): boolean => r.e.label === 'Programme' && (r.e.kind === 'TradeFair' || r.e.kind === 'Campaign' || r.e.kind === 'Project' || r.e.kind === 'Platform');
  const isAtEvent = (r: ResolvedMention): boolean => r.e.label === 'Programme' && (r.e.kind === 'TradeFair' || (r.e.kind === 'Campaign' && c.eventEndings.some((x) => r.e.name.endsWith(x))));
  const event = articleEvent(view);
  // 本届博览会, 展会, 该活动 (the whole phrase given): the fair or campaign of that kind in view before `pos` (in the article).
  const anaphor = new RegExp(`^(?:${c.eventAnaphor.determiners.join('|')})?(${c.eventAnaphor.words.join('|')})$`, 'u');
  // 本届茶文化节 after 第五届某某茶文化节: a determiner, a few characters of the name and its kind word (rel.organized.by.event-in-view).
  const anaphorTail = new RegExp(`^(?:${c.eventAnaphor.determiners.join('|')})([\\u4e00-\\u9fff]{1,3}?(?:${c.eventAnaphor.words.join('|')}))$`, 'u');
  const eventInView = (phrase: string, pos: number): ResolvedMention | undefined => {
    const tail = anaphor.test(phrase) ? undefined : anaphorTail.exec(phrase)?.[1];
    if (tail) return [...view.mentions].reverse().find((r) => r.m.start < pos && (isAtEvent(r) || isHosted(r)) && (r.e.name.endsWith(tail) || r.m.text.endsWith(tail)));
    const word = anaphor.exec(phrase)?.[1];
    if (!word) return undefined;
    const anyFair = word === '展会' || word === '展览会';
    // (“某某杯”创新创业大赛, named by its quoted name alone: the kind word as printed names it too.)
    return [...view.mentions].reverse().find((r) => r.m.start < pos && (isAtEvent(r) || isHosted(r)) && (anyFair ? r.e.kind === 'TradeFair' : r.e.name.endsWith(word) || r.m.text.endsWith(word)));
  };
  // 该项目, 这一平台, 该计划 (the whole phrase given): the programme of that kind in view before `pos` (in the article).
  const programmeWord = new RegExp(`^(?:${c.programmeAnaphor.determiners.join('|')})?(${c.programmeAnaphor.words.map((w) => w.word).join('|')})$`, 'u');
  const programmeInView = (phrase: string, pos: number): ResolvedMention | undefined => {
    const word = programmeWord.exec(phrase)?.[1];
    const entry = c.programmeAnaphor.words.find((w) => w.word === word);
    const kinds = entry?.kinds ?? [];
    const endings = entry?.endings ?? [];
    if (!word) return undefined;
    // (试点工作: the pilot 某某试点.)
    const stem = word.replace(/工作$/u, '');
    return [...view.mentions].reverse().find((r) => r.m.start < pos && r.e.label === 'Programme' && !isModule(r) && (r.e.name.endsWith(stem) || r.m.text.endsWith(word) || kinds.includes(r.e.kind ?? '') || endings.some((x) => r.e.name.endsWith(x))));
  };
  // 项目采用…，由甲负责运营: the programme heading the sentence before `pos` — named first in it, or by its kind alone
  // (项目, 该项目: the one in view).
  const sentenceHead = (pos: number): ResolvedMention | undefined => {
    const first = ms[0];
    if (first && at(first) === 0 && first.e.label === 'Programme' && first.m.start < pos) return first;
    const word = new RegExp(`^(?:(?:${c.programmeAnaphor.determiners.join('|')})?(?:${c.programmeAnaphor.words.map((w) => w.word).join('|')}))`, 'u').exec(text)?.[0];
    return word && !ms.some((r) => at(r) < word.length) ? (eventInView(word, sentence.start) ?? programmeInView(word.replace(/^(?!该|这|此|本)/u, '该'), sentence.start)) : undefined;
  };
  // 由甲、乙联合主办，丙承办 / 由甲牵头、乙运营: the groups of organisations after 由 at `by`, each ending at a verb of
  // hosting or guiding, joined by ， or 、; where the chain ends.
  const hostChain = (by: number): { segments: Array<{ hosts: ResolvedMention[]; guide: boolean }>; end: number } | undefined => {
    const segments: Array<{ hosts: ResolvedMention[]; guide: boolean }> = [];
    let pos = by + 1;
    for (;;) {
      const hosts: ResolvedMention[] = [];
      for (let r = ms.find((q) => at(q) === pos); r && isOrg(r); r = ms.find((q) => at(q) === pos + 1 && /^[、和与及]$/u.test(text[pos]!))) {
        hosts.push(r);
        pos = at(r) + r.m.text.length;
      }
      if (!hosts.length) break;
      const lead = /^(?:联合|共同|携手|会同|负责)?/u.exec(text.slice(pos))![0];
      pos += lead.length;
      // 由甲负责解释和组织实施: after 负责, a duty of two characters joined to a verb of hosting by 和 (or 、) goes with it.
      const duty = lead === '负责' && !longestAt(allHostVerbs, text, pos) ? /^[\u4e00-\u9fff]{2}[和、及]/u.exec(text.slice(pos))?.[0] : undefined;
      if (duty && longestAt(allHostVerbs, text, pos + duty.length)) pos += duty.length;
      const verb = longestAt(allHostVerbs, text, pos);
      if (!verb) break;
      segments.push({ hosts, guide: c.guideVerbs.includes(verb) });
      pos += verb.length;
      if (!/^[，,、]$/u.test(text[pos] ?? '') || !ms.some((q) => at(q) === pos + 1 && isOrg(q))) break;
      pos += 1;
    }
    return segments.some((g) => !g.guide) ? { segments, end: pos } : undefined;
  };
  const allHostVerbs = [...c.hostVerbs, ...c.guideVerbs];
  // An area (a county, a town) or a body of one (its place read from its name or the text in view).
  // (湖北省某县市场监督管理局, 某市商务局: a government or party body whose name a county, a district, a city or a town
  // opens, after its province — not the state's: 国家…, 中央…, 农业农村部.)
  const isLocal = (r: ResolvedMention): boolean => (r.e.label === 'Place' && AREA_SUBJECT_KINDS.has(r.e.kind ?? '')) || (isOrg(r) && ((!!r.place && r.place.label === 'Place' && AREA_SUBJECT_KINDS.has(r.place.kind ?? '')) || ((r.e.kind === 'GovernmentAgency' || r.e.kind === 'PartyOrganization') && LOCAL_BODY.test(r.e.name) && !c.carriesOut.nationalScopes.some((w) => r.e.name.startsWith(w)))));
  const pairingWords = c.partners.pairings;
  // What an area or a local body does with a programme it carries out instead of running it (rel.*.carries-out): a
  // pilot an area takes up is tried there; the state's programme (国家…, 全国…) or pairing aid (东西部协作) it takes part in.
  const carriesOut = (s: ResolvedMention, o: ResolvedMention, verb: string): 'PILOTED_IN' | 'PARTICIPATED_IN' | undefined => {
    // (A county that hosts a national meeting or fair, 某县承办全国某某大会, runs it.)
    if (!isLocal(s) || o.e.label !== 'Programme' || c.carriesOut.hostVerbs.includes(verb)) return undefined;
    const name = o.e.name;
    const printed = o.m.text.replace(/^[“"《]/u, '');
    if (s.e.label === 'Place' && c.carriesOut.pilotEndings.some((w) => name.endsWith(w) || printed.endsWith(w))) return 'PILOTED_IN';
    // (国家“某某工程”: the scope printed right before a quoted name.)
    const before = text.slice(Math.max(0, at(o) - 3), at(o));
    if (c.carriesOut.nationalScopes.some((w) => name.startsWith(w) || printed.startsWith(w) || before.endsWith(w) || before.endsWith(`${w}级`)) || o.m.rule.startsWith('prog.cooperation') || pairingWords.includes(name)) return 'PARTICIPATED_IN';
    return undefined;
  };
  // 我县甲镇乙村、丙乡丁村 from `cs` up to `v`: the areas listed (of a chain printed together, the last), joined by 、 和 及,
  // perhaps after a place named relatively (我县), and nothing else before `v` but 等 and a count.
  const listedAreas = (cs: number, v: number): ResolvedMention[] => {
    const out: ResolvedMention[] = [];
    let pos = cs;
    for (const r of ms.filter((q) => at(q) >= cs && at(q) < v)) {
      if (r.e.label !== 'Place' || !/^[、和及]?$/u.test(text.slice(pos, at(r)))) return [];
      const chained = at(r) === pos && pos > cs;
      if (chained && out.length && out[out.length - 1]!.m.end === r.m.start) out.pop();
      else if (chained && out.length === 0 && r.m.start !== ms.find((q) => at(q) === cs)?.m.end) return [];
      if (!r.m.attrs.ref && AREA_SUBJECT_KINDS.has(r.e.kind ?? '')) out.push(r);
      pos = at(r) + r.m.text.length;
    }
    return /^(?:等(?:\d+|[两二三四五六七八九十]+)?个?(?:乡镇|村|镇|乡|街道|社区)?)?(?:均|都|也|同时|成功|分别|已|已经|还|将|纷纷|积极)*$/u.test(text.slice(pos, v)) ? out : [];
  };
  const gainVerbs = held([...c.gains.verbs, ...c.gains.throughVerbs.filter((w) => !c.gains.verbs.includes(w))]);
  // 甲为乙颁发…, 甲向乙授予…; 甲授予乙…: the bodies or people an award is conferred on at the verb `v` (none: undefined) —
  // those between 为/向/给 and the verb, or, in the active, right after 授予 — and where the giver's part of the clause ends.
  const conferVerbs = held([...c.conferring.verbs, ...c.conferring.namedAs.verbs]);
  const namedAs = c.conferring.namedAs;
  const parkPointerAs = new RegExp(`^(?:${[...c.located.parkPointers].sort((a, b) => b.length - a.length).join('|')})(?:${[...c.located.parkWords, ...c.located.zoneWords, '园'].sort((a, b) => b.length - a.length).join('|')})${namedAs.as}`, 'u');
  const recipientsAt = (v: number, verb: string): { list: ResolvedMention[]; giverEnd: number; rule?: string } | undefined => {
    const cs = clauseStart(text, v);
    if (text.lastIndexOf('被', v) >= cs) return undefined;
    // (某厅命名我县为…: named between the verb and 为, a county the text names relatively is the one named.)
    const as = namedAs.verbs.includes(verb);
    const canReceive = (r: ResolvedMention): boolean => isOrg(r) || r.e.label === 'Person' || (r.e.label === 'Place' && AREA_SUBJECT_KINDS.has(r.e.kind ?? '') && (as || !r.m.attrs.ref));
    const run = (from: number, forward: boolean): ResolvedMention[] => {
      const list: ResolvedMention[] = [];
      let pos = from;
      for (;;) {
        const r = forward ? ms.find((q) => at(q) === pos || (list.length > 0 && at(q) === pos + 1 && /^[、和及与]$/u.test(text[pos]!))) : ms.find((q) => at(q) + q.m.text.length === pos || (list.length > 0 && at(q) + q.m.text.length === pos - 1 && /^[、和及与]$/u.test(text[pos - 1]!)));
        if (!r || !canReceive(r)) return list;
        if (forward) list.push(r);
        else list.unshift(r);
        pos = forward ? at(r) + r.m.text.length : at(r);
      }
    };
    const before = run(v, false);
    const head = before[0];
    const toward = head ? c.conferring.towards.find((w) => text.endsWith(w, at(head))) : undefined;
    if (head && toward && at(head) - toward.length >= cs) return { list: before, giverEnd: at(head) - toward.length };
    // 某厅命名某县为“…”, 某局认定某公司为…: the ones named between the verb and 为 (rel.received.named-as).
    if (as) {
      const named = run(v + verb.length, true);
      const last = named[named.length - 1];
      if (!last) {
        // 某局命名该园为“…”, 认定该产业园为…: a word pointing back at a park (the pointer is no mention) is the park or zone
        // named last before it in the article (rel.received.named-as.park-pointer).
        const pointed = parkPointerAs.exec(text.slice(v + verb.length));
        const park = pointed ? [...view.mentions].reverse().find((q) => q.m.start < sentence.start + v && q.e.label === 'Place' && !q.m.attrs.ref && (isNamedSite(q.m) || q.e.kind === 'DevelopmentZone')) : undefined;
        return park ? { list: [park], giverEnd: v, rule: `${namedAs.id}.park-pointer` } : undefined;
      }
      return text.startsWith(namedAs.as, at(last) + last.m.text.length) ? { list: named, giverEnd: v } : undefined;
    }
    if (verb !== '授予') return undefined;
    const after = run(v + verb.length, true);
    return after.length ? { list: after, giverEnd: v } : undefined;
  };
  for (sentence of sentences) {
    ms = bySentence.get(sentence.index) ?? [];
    text = article.text.slice(sentence.start, sentence.end);

    // Cue-verb rules: subject … verb … programme (荣获, 参加, 开展, 受益).
    for (const [i, rule] of c.rules.entries()) {
      for (const verb of ruleVerbs[i]!) {
        for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + verb.length)) {
          // A longer cue of the same rule starting here is read as that one.
          if (rule.verbs.some((w) => w.length > verb.length && w.includes(verb) && text.startsWith(w, v - w.indexOf(verb)))) continue;
          // 甲为乙颁发…, 甲授予乙…: read below, with the recipients (rel.*.conferred).
          if ((rule.type === 'ORGANIZED' || rule.type === 'RECEIVED') && conferVerbs.includes(verb) && recipientsAt(v, verb)) continue;
          const clauseEnd = nextStop(text, v);
          // (A rule for some programmes of a kind only: 试点 of the projects, 计划 of the policies.)
          // (Not a document's title: 参与制定《某某计划》 is no joining.)
          const fits = (r: ResolvedMention): boolean => rule.objectKinds.includes(r.e.kind ?? '') && (!rule.objectEndings || (!r.m.text.startsWith('《') && rule.objectEndings.some((w) => r.e.name.endsWith(w) || r.m.text.endsWith(w))));
          let objects = ms.filter((r) => fits(r) && at(r) >= v + verb.length && at(r) < clauseEnd);
          if (rule.type === 'BENEFITED_FROM') objects = objects.filter((r) => r.e.label === 'Programme' || r.e.label === 'Organization');
          // 上榜/入选: the list may be named earlier in the sentence (名单公布，我市A、B 2家孵化器上榜).
          let listBefore = false;
          if (objects.length === 0 && /上榜|榜上有名|入选|入围|列入/.test(verb)) {
            objects = ms.filter((r) => fits(r) && at(r) < v).slice(-1);
            listBefore = objects.length > 0;
          }
          // 某某评选结果揭晓，10人获此称号。其中，甲、乙榜上有名: a sentence opening with 其中 is about the set the sentence
          // before counted; the title named there is what its 上榜, 入选 or 榜上有名 is about (rel.received.award.of-set).
          let ofSet = false;
          if (objects.length === 0 && rule.type === 'RECEIVED' && /上榜|榜上有名|入选|入围/.test(verb) && c.listReceiving.setOpeners.some((w) => new RegExp(`^${w}[，,]`, 'u').test(text))) {
            objects = (bySentence.get(sentence.index - 1) ?? []).filter((r) => fits(r));
            ofSet = objects.length > 0;
          }
          // 入驻平台, 参加该活动, 参与该项目: a programme named by its kind alone right after the verb is the one in view.
          if (objects.length === 0 && (rule.type === 'PARTICIPATED_IN' || rule.type === 'BENEFITED_FROM')) {
            // (受益于该试点: after 于, with a determiner only — rel.benefited-from.help.)
            const phrase = /^了?((?:该|这一|这个|这项|此|此项|本)?(?:[\u4e00-\u9fff]{2}))(?=[，,。；;！？]|$)/u.exec(text.slice(v + verb.length, clauseEnd)) ?? (rule.type === 'BENEFITED_FROM' ? /^于((?:该|这一|这个|这项|此项)(?:[\u4e00-\u9fff]{2}))(?=[，,。；;！？]|$)/u.exec(text.slice(v + verb.length, clauseEnd)) : null);
            const inView = phrase ? programmeInView(phrase[1]!, sentence.start + v) : undefined;
            if (inView && fits(inView)) objects = [inView];
          }
          // 某局组织实施该计划, 某局负责推进这一工程: with a determiner, the programme of that kind in view was run by the
          // one heading the clause (rel.organized.*.in-view; a bare 项目 after the verb is any project).
          let objectInView = false;
          if (objects.length === 0 && rule.type === 'ORGANIZED') {
            const phrase = /^了?((?:该|这一|这个|这项|此项)(?:[\u4e00-\u9fff]{2}))(?=[，,。；;！？]|$)/u.exec(text.slice(v + verb.length, clauseEnd));
            const inView = phrase ? programmeInView(phrase[1]!, sentence.start + v) : undefined;
            if (inView && fits(inView)) {
              objects = [inView];
              objectInView = true;
            }
          }
          // “某某贷”是甲联合乙推出的信贷产品: a programme heading the clause before 是, the verb qualifying what it is.
          if (objects.length === 0 && rule.type === 'ORGANIZED' && text[v + verb.length] === '的') {
            const cs = clauseStart(text, v);
            const head = ms.find((r) => at(r) === cs && fits(r));
            if (head && text.startsWith('是', at(head) + head.m.text.length) && ms.some((r) => isOrg(r) && at(r) > at(head) && at(r) < v)) objects = [head];
          }
          // 受益 with no object: what the text was just about (该活动 → the campaign named before).
          let carriedObject = false;
          if (objects.length === 0 && rule.type === 'BENEFITED_FROM' && focus.programme) {
            objects = [focus.programme];
            carriedObject = true;
          }
          if (objects.length === 0) continue;
          // 2家孵化器上榜: a counted group is the subject; unless its members are listed in the clause, which
          // organisations it counts is not said here.
          const cs = clauseStart(text, v);
          // 自开展某某协作以来，…: a clause of time opening with 自 names no one who did it; the body of the clause
          // before is not carried into it (我县自…开展…以来 keeps its own subject, before 自).
          if (rule.type === 'ORGANIZED' && SINCE_FRAME.test(text.slice(cs, v)) && text.slice(v, clauseEnd).includes('以来')) continue;
          // (我县两村获评…: the county is not what was listed, and which villages is not said.)
          if (/\d+\s*家|[两二三四五六七八九十]+家|多家|数家|几家|一批/.test(text.slice(cs, v)) && !ms.some((r) => isOrg(r) && at(r) >= cs && at(r) < v)) continue;
          // (其中获评省级白金宿7家: a count right after the title counts those who received it; no one named did —
          // rel.received.not.counted-after-title.)
          if (rule.type === 'RECEIVED' && objects.every((o) => COUNT_AFTER_TITLE.test(text.slice(at(o) + o.m.text.length, at(o) + o.m.text.length + 8)))) continue;
          if (/(?:\d+|[两二三四五六七八九十]+)个?(?:村|镇|乡|街道|社区)(?![委民])/u.test(text.slice(cs, v)) && !ms.some((r) => (isOrg(r) || (r.e.label === 'Place' && !r.m.attrs.ref && VILLAGE_OR_TOWN.has(r.e.kind ?? ''))) && at(r) >= cs && at(r) < v)) continue;
          // 某县被国务院列为…: the names between 被 and the verb are its agent — the one who listed, not the one listed.
          const passive = text.lastIndexOf('被', v);
          // 甲授予乙…称号: the one who gives heads the clause; only in the passive (乙被甲授予…) is the head the receiver.
          // (So is 命名为: 某部命名某县为… is active, 某县被某部命名为… the receiver's.)
          if (rule.type === 'RECEIVED' && (verb === '授予' || verb === '确定为' || verb === '命名为') && passive < cs) continue;
          const agents = passive >= cs ? ms.filter((r) => at(r) > passive && at(r) < v) : [];
          if (rule.type === 'ORGANIZED' && passive >= cs) {
            for (const a of agents.filter((r) => isOrg(r))) for (const o of objects) add(rule.type, a, o, sentence, `${rule.id}.passive-agent`, 0.8);
            continue;
          }
          // 某县被农业农村部列入某某试点: the pilot's agent ran it, and it is piloted in the place listed.
          const piloted = rule.type === 'PILOTED_IN';
          if (piloted && passive >= cs) for (const a of agents.filter((r) => isOrg(r))) for (const o of objects) add('ORGANIZED', a, o, sentence, `${rule.id}.passive-agent`, 0.8);
          // (Nor the agent after 被 or 由 of an earlier clause: 甲被乙认定为…，今年又入选… — 甲 was listed again, not 乙;
          // 该基地由甲运营，去年被乙认定为… — the base was, not 甲.)
          // A pilot's place or body heads the verb's own clause (记者从县某局获悉，某县被…列入…试点: the county).
          const ownHead = piloted ? ms.find((r) => at(r) === cs + (/^(?:今年|去年|日前|近日|目前|\d{4}年)?/u.exec(text.slice(cs))?.[0].length ?? 0) && (isOrg(r) || (r.e.label === 'Place' && AREA_SUBJECT_KINDS.has(r.e.kind ?? ''))) && !agents.includes(r)) : undefined;
          let subjects = ownHead ? { list: [ownHead], carried: false } as ReturnType<typeof subjectsFor> : subjectsFor(piloted ? 'RECEIVED' : rule.type, ms.filter((r) => !agents.includes(r) && !(/[被由]/u.test(text[at(r) - 1] ?? '') && at(r) < clauseStart(text, v))), at, v, text, focus, article, speakerOrg([...ms, ...(bySentence.get(sentence.index + 1) ?? [])], view), sentence.start, view.mentions);
          // 草沟镇、大庄镇等8个乡镇已报名参加某活动: with no body heading the clause, the villages, towns or counties
          // listed there (and nothing else but 等, a count and adverbs) took part; not the company in view.
          if (rule.type === 'PARTICIPATED_IN' && subjects.carried) {
            const areas = listedAreas(cs, v);
            if (areas.length) subjects = { list: areas, carried: false, via: 'listed-areas' };
          }
          // 前不久公布的某名单, 印发的《某方案》: a verb qualifying its object before 的 names no doer; none is carried.
          if (subjects.carried && text[v + verb.length] === '的') continue;
          // (A rule of the clause's own subject — named, or 他/她 for the person before —: none carried otherwise, and no
          // enumeration's 一是, 二是.)
          if (rule.ownClause && ((subjects.carried && !/[他她]/u.test(text.slice(cs, v))) || ENUMERATION_BEFORE.test(text.slice(Math.max(0, v - 2), v)))) continue;
          // (某某是国家级高新技术企业的负责人: a title before 的 qualifies what the one heading the clause is.)
          if (rule.ownClause) objects = objects.filter((o) => text[at(o) + o.m.end - o.m.start] !== '的');
          // 某县组织20家企业参加某博览会: the body that led others there took part in the fair; it did not run it.
          const delegation = rule.type === 'ORGANIZED' ? objects.filter((o) => /参加|参与|参展|参赛|亮相|出席|走进|赴/u.test(text.slice(v + verb.length, at(o)))) : [];
          // 某厅公布…名单，某县某溪榜上有名: with the list named before the verb, who is on it is named between the two;
          // the one who published the list (the first clause's subject) is not.
          if (listBefore) subjects.list = subjects.list.filter((r) => at(r) > at(objects[0]!));
          // 某厅公布了某名单，我县甲镇乙村、丙乡丁村入选: with no body after the list, the villages or towns listed heading
          // the clause (of a chain, the last) were listed.
          if (listBefore && subjects.list.length === 0) subjects.list = listedAreas(cs, v);
          for (const s of subjects.list) for (const o of delegation) add('PARTICIPATED_IN', s, o, sentence, 'rel.participated-in.delegation', 0.7);
          objects = objects.filter((o) => !delegation.includes(o));
          for (const s of subjects.list) {
            // A pilot is trialled in an area or a body, not in a person.
            if (piloted && s.e.label === 'Person') continue;
            for (const o of objects) {
              const conf = (subjects.carried || carriedObject ? 0.6 : 0.8) + (o.e.kind && rule.objectKinds.indexOf(o.e.kind) === 0 ? 0.05 : 0);
              // 某县开展东西部协作, 某县商务局实施国家某某工程, 某县承担国家某某试点: an area or its body carries out what the
              // state runs — it takes part (the pilot: is tried there); it is not the organiser.
              const carries = rule.type === 'ORGANIZED' ? carriesOut(s, o, verb) : undefined;
              // 县农业农村局在甲村率先开展“某某”试点: a body running a pilot in a place it names after 在 — the pilot is tried
              // there (and the body organises it, below).
              if (rule.type === 'ORGANIZED' && carries === undefined && o.e.label === 'Programme' && /试点[”"]?$/u.test(o.m.text)) for (const site of pilotVenues(v)) add('PILOTED_IN', o, site, sentence, 'rel.piloted-in.carries-out.venue', 0.75);
              if (carries === 'PILOTED_IN') {
                // 某镇在甲村率先开展“某某”试点: the places after 在 right before the verb (of a chain, the last; a
                // firstIn adverb between) are where it is tried, not the one carrying it out (rel.piloted-in.carries-out.venue).
                const venues = pilotVenues(v);
                if (venues.length) for (const site of venues) add('PILOTED_IN', o, site, sentence, 'rel.piloted-in.carries-out.venue', 0.75);
                else if (!subjects.carried) add('PILOTED_IN', o, s, sentence, 'rel.piloted-in.carries-out', 0.7);
                continue;
              }
              if (carries === 'PARTICIPATED_IN') {
                if (!subjects.carried) add('PARTICIPATED_IN', s, o, sentence, 'rel.participated-in.carries-out', 0.7);
                continue;
              }
              if (objectInView && subjects.carried) continue;
              const id = `${rule.id}${ofSet ? '.of-set' : ''}${subjects.via ? `.${subjects.via}` : subjects.carried ? '.carried-subject' : ''}${objectInView ? '.in-view' : ''}`;
              if (ofSet && subjects.carried) continue;
              if (piloted) add(rule.type, o, s, sentence, id, Math.min(conf, 0.9));
              else add(rule.type, s, o, sentence, id, Math.min(conf, 0.9));
            }
          }
        }
      }
    }

    // 甲为乙颁发了“某某奖”, 甲向乙授予…称号, 甲授予乙“某某”称号: 乙 received the award or title named after the verb in its
    // clause; 甲, the one heading the clause before 为 (or before the verb), gave it (ORGANIZED).
    for (const verb of conferVerbs) {
      for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + verb.length)) {
        const recipients = recipientsAt(v, verb);
        if (!recipients) continue;
        const end = nextStop(text, v);
        const awards = ms.filter((r) => (r.e.kind === 'Award' || r.e.kind === 'Recognition') && at(r) > v && at(r) < end && !recipients.list.includes(r));
        if (!awards.length) continue;
        for (const who of recipients.list) for (const a of awards) add('RECEIVED', who, a, sentence, recipients.rule ?? (namedAs.verbs.includes(verb) ? namedAs.id : 'rel.received.conferred'), 0.8);
        const cs = clauseStart(text, v);
        const givers = ms.filter((r) => at(r) >= cs && at(r) < recipients.giverEnd && (isOrg(r) || (r.e.label === 'Place' && AREA_SUBJECT_KINDS.has(r.e.kind ?? '') && !r.m.attrs.ref)));
        const giver = givers[givers.length - 1];
        // (The giver heads its clause, a time word before it at most: 颁奖仪式上，甲为乙颁发….)
        if (giver && at(giver) + giver.m.text.length === recipients.giverEnd - (/(?:还|也|特别|分别|现场|当场|正式)*$/u.exec(text.slice(cs, recipients.giverEnd))![0].length)) for (const a of awards) add('ORGANIZED', giver, a, sentence, 'rel.organized.conferred', 0.8);
      }
    }

    // “某文化节”由甲、乙联合主办，丙承办; 该项目由甲投资建设; 由甲牵头、乙运营的某平台: the organisers named after 由, each
    // group ending at a verb of hosting (`hostVerbs`; one of `guideVerbs`, 由甲指导，乙主办, passes its bodies over and
    // goes on), ran the programme named right after the chain and 的, or else the one heading the clause before 由 —
    // named, or by its kind alone (本届博览会, 该项目: the one in view) — or, 由 opening the clause, the one heading the
    // sentence (项目采用…，由甲负责运营).
    for (let by = text.indexOf('由'); by !== -1; by = text.indexOf('由', by + 1)) {
      const chain = hostChain(by);
      if (!chain) continue;
      const cs = clauseStart(text, by);
      let event: ResolvedMention | undefined;
      let rule = 'rel.organized.by';
      if (text[chain.end] === '的') {
        // 由甲牵头、乙运营的某平台: the programme after 的; anything else after it (由甲主办的乙协会) is not what they ran.
        // (A batch, an edition or a year may come first: 由甲开展的第五批某某认定.)
        const lead = /^(?:(?:第[一二三四五六七八九十\d]{1,3}|首)[批届]|(?:19|20)\d{2}年度?)?/u.exec(text.slice(chain.end + 1))![0].length;
        event = ms.find((r) => r.e.label === 'Programme' && at(r) === chain.end + 1 + lead);
        rule = 'rel.organized.by.before-name';
      } else {
        // Nothing else named in the clause after the chain (由甲主办乙公司承办 is not read).
        if (ms.some((r) => at(r) >= chain.end && at(r) < nextStop(text, chain.end))) continue;
        const named = ms.filter((r) => r.e.label === 'Programme' && !isModule(r) && at(r) >= cs && at(r) < by).pop();
        const opening = text.slice(cs, by).replace(/^(?:今年|去年|\d{4}年)?[，,]?/u, '');
        const kindAlone = named || ms.some((r) => at(r) >= cs && at(r) < by) ? undefined : (eventInView(opening, sentence.start + cs) ?? programmeInView(opening, sentence.start + cs));
        // …发布了某平台，由甲主办: the programme closing the clause before.
        const closing = named || kindAlone || cs !== by || cs === 0 ? undefined : ms.find((r) => r.e.label === 'Programme' && !isModule(r) && at(r) + r.m.text.length === cs - 1);
        const head = named || kindAlone || closing || cs !== by || cs === 0 ? undefined : sentenceHead(sentence.start + cs);
        event = named ?? kindAlone ?? closing ?? head;
        if (!named) rule = kindAlone ? 'rel.organized.by.event-in-view' : closing ? 'rel.organized.by.clause-before' : 'rel.organized.by.sentence-head';
      }
      if (!event) continue;
      for (const [k, seg] of chain.segments.entries()) if (!seg.guide) for (const h of seg.hosts) add('ORGANIZED', h, event, sentence, rule, k === 0 || chain.segments[k - 1]!.guide ? 0.8 : 0.75);
    }
    // 在某博览会上，甲、乙…: the bodies heading the clause after a phrase that sets the sentence at a fair, a forum or a
    // festival (在…上, …期间, …现场) took part in it.
    for (const word of atEventWords) {
      for (let w = text.indexOf(`${word}，`); w !== -1; w = text.indexOf(`${word}，`, w + 1)) {
        const named = ms.find((r) => isAtEvent(r) && at(r) + r.m.text.length === w);
        const cs = clauseStart(text, named ? at(named) : w);
        const opening = text.slice(cs, named ? at(named) : w).replace(/^(?:今年|去年|近日|日前|此前|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?[，,]?/u, '');
        // 在博览会上，甲…, 展会期间，甲…: an event named by its kind alone is the one in view.
        const inView = named || ms.some((r) => at(r) >= cs && at(r) < w) ? undefined : eventInView(opening.replace(/^(?:在|于)/u, ''), sentence.start + cs);
        const event = named ?? inView;
        if (!event) continue;
        if (named && !/^(?:在|于)?$/u.test(opening)) continue;
        const after = w + word.length + 1;
        for (let r = ms.find((q) => at(q) === after), prev: ResolvedMention | undefined; r && isOrg(r); prev = r, r = ms.find((q) => /^[、和与及]$/u.test(text.slice(at(prev!) + prev!.m.text.length, at(q))) && at(q) === at(prev!) + prev!.m.text.length + 1)) {
          if (isSpeakerAt(text, r, at)) break;
          add('PARTICIPATED_IN', r, event, sentence, inView ? 'rel.participated-in.at-event.event-in-view' : 'rel.participated-in.at-event', 0.75);
          prev = r;
        }
      }
    }

    // 某县组织28家企业参展 (no fair named after the verb): the body or area heading the clause took part in the fair in
    // view, as it does in 某县组织企业参加某博览会 (rel.participated-in.delegation).
    for (let v = text.indexOf('组织'); v !== -1; v = text.indexOf('组织', v + 2)) {
      const end = nextStop(text, v);
      if (!/^组织[^，,。；;！？]{0,12}?参展$/u.test(text.slice(v, end)) || ms.some((r) => at(r) > v && at(r) < end)) continue;
      const fair = eventInView('展会', sentence.start + v);
      const head = clauseSubject(article.text, sentence.start, sentence.start + v, ms.filter((r) => at(r) < v && (isOrg(r) || (r.e.label === 'Place' && (AREA_SUBJECT_KINDS.has(r.e.kind ?? '') || r.e.kind === 'Province') && !r.m.attrs.ref))));
      // 江西省赣州市某县组织…: a chain of places printed together is its last.
      let who = head?.subject as ResolvedMention | undefined;
      for (let next = who && ms.find((r) => r.e.label === 'Place' && r.m.start === who!.m.end); next; next = ms.find((r) => r.e.label === 'Place' && r.m.start === who!.m.end)) who = next;
      if (fair && head?.own && who && (isOrg(who) || AREA_SUBJECT_KINDS.has(who.e.kind ?? ''))) add('PARTICIPATED_IN', who, fair, sentence, 'rel.participated-in.delegation.event-in-view', 0.7);
    }

    // 甲、乙等320家企业参展 (no fair named after the verb): the firms the clause lists and nothing else, ending at 参展,
    // took part in the fair in view (rel.participated-in.exhibitors.event-in-view; none named before: nothing).
    for (let v = text.indexOf('参展'); v !== -1; v = text.indexOf('参展', v + 2)) {
      if (!/^(?:$|[，,。；;！？])/u.test(text.slice(v + 2, v + 3))) continue;
      const cs = clauseStart(text, v);
      let listed = ms.filter((r) => at(r) >= cs && at(r) < v);
      // (我县甲、乙等23家丝网企业参展: the places printed before the first firm only say whose firms they are.)
      let from = cs;
      while (listed.length > 1 && listed[0]!.e.label === 'Place' && at(listed[0]!) === from) {
        from = at(listed[0]!) + listed[0]!.m.text.length;
        listed = listed.slice(1);
      }
      if (!listed.length || !listed.every(isOrg) || at(listed[0]!) !== from) continue;
      const joined = listed.every((r, k) => k === 0 || /^[、和与及]$/u.test(text.slice(at(listed[k - 1]!) + listed[k - 1]!.m.text.length, at(r))));
      const last = listed[listed.length - 1]!;
      const rest = text.slice(at(last) + last.m.text.length, v);
      if (!joined || !/^(?:等(?:\d+|[一二两三四五六七八九十百]+)?(?:余|多)?(?:家|个)?(?:[\u4e00-\u9fff]{0,4}?(?:企业|企|公司|单位|厂商|展商|品牌))?)?(?:也|均|都|纷纷|集中|共同|将|已)?$/u.test(rest)) continue;
      const fair = eventInView('展会', sentence.start + cs);
      for (const r of fair ? listed : []) add('PARTICIPATED_IN', r, fair, sentence, 'rel.participated-in.exhibitors.event-in-view', 0.7);
    }

    // 某公司是国家级高新技术企业, 该企业为省级龙头企业, 某村是全国文明村: a recognition right after 是/为/系 (a word of
    // count between) is held by the body or area ending at the copula (adverbs between), or by the company a kind
    // word heading the clause names (该公司是…) — not after 一是/二是, not a person's 是.
    for (const rec of ms) {
      if (rec.e.kind !== 'Recognition') continue;
      const cop = new RegExp(`(?:${c.designation.copulas.join('|')})(?:${c.designation.counts.join('|')})?$`, 'u').exec(text.slice(Math.max(0, at(rec) - 8), at(rec) - (/[“"]/u.test(text[at(rec) - 1] ?? '') ? 1 : 0)));
      // The recognition ends the clause (某公司为某企业提供服务: 为 is a preposition there).
      if (!cop || !/^[”"]?(?:之一)?(?:[，,。；;！？、]|$)/u.test(text.slice(at(rec) + rec.m.text.length, at(rec) + rec.m.text.length + 4))) continue;
      const copAt = at(rec) - (/[“"]/u.test(text[at(rec) - 1] ?? '') ? 1 : 0) - cop[0].length;
      const adverb = new RegExp(`(?:${c.designation.adverbs.join('|')})*$`, 'u').exec(text.slice(Math.max(0, copAt - 6), copAt))![0].length;
      const holder = ms.find((r) => at(r) + r.m.text.length === copAt - adverb);
      const cs = clauseStart(text, copAt);
      const kind = holder ? undefined : new RegExp(`^(?:${c.designation.kindWords.join('|')})$`, 'u').exec(text.slice(cs, copAt - adverb));
      // 某公司成立于2015年，是国家级高新技术企业: a clause opening with the copula goes on about the head of the clause before.
      const chained = !holder && !kind && cs === copAt - adverb && cs > 0 ? clauseSubject(article.text, sentence.start, sentence.start + copAt, ms) : undefined;
      const who = holder ?? (kind ? focus.company : chained && !chained.own ? chained.subject : undefined);
      if (!who || !(isOrg(who) || (who.e.label === 'Place' && AREA_SUBJECT_KINDS.has(who.e.kind ?? '') && !who.m.attrs.ref))) continue;
      // The holder heads its clause (二是某公司为…: 二是 opens it, and is no holder).
      if (holder && text.slice(cs, at(holder)).replace(/^(?:[一二三四五六七八九十]是|其中|目前|如今|现在|同时|此外|\d{4}年)/u, '').length > 0 && !/^[一二三四五六七八九十]是$/u.test(text.slice(cs, at(holder)))) continue;
      add('RECEIVED', who, rec, sentence, holder ? 'rel.received.designation' : kind ? 'rel.received.designation.carried-subject' : 'rel.received.designation.clause-subject', holder ? 0.8 : 0.65);
    }

    // 得益于某行动，某公司…; 在某政策的支持下，某公司…: the body heading the clause after such an opening
    // phrase benefited from the programme or body it names.
    {
      const opening = new RegExp(`^(?:[^，,。]{0,12}[，,])?(?:${c.benefitOpenings.words.join('|')})([^，,。]{2,30}?)(?:的(?:${c.benefitOpenings.helps.join('|')})下)?[，,]`, 'du').exec(text);
      const needsHelp = opening && opening[0].includes('在') && !new RegExp(`的(?:${c.benefitOpenings.helps.join('|')})下[，,]$`, 'u').test(opening[0]);
      if (opening && !needsHelp) {
        const [from, to] = opening.indices![1]!;
        const giver = ms.filter((r) => at(r) >= from && at(r) + r.m.text.length <= to && (r.e.label === 'Programme' || (isOrg(r) && !isCompany(r)))).pop();
        const who = ms.find((r) => at(r) === opening.index + opening[0].length);
        // Only a body benefits (the schema): an area heading the clause is passed over.
        if (giver && who && isOrg(who)) add('BENEFITED_FROM', who, giver, sentence, 'rel.benefited-from.opening', 0.7);
      }
    }

    // Located: 位于/落户 P 的 O, or O … 落户 P. Of a chain of places after the verb (位于湖北武汉洪山区), the last.
    for (const verb of locatedVerbs) {
      for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + 1)) {
        let place = ms.find((r) => r.e.label === 'Place' && at(r) >= v + verb.length && at(r) <= v + verb.length + 1);
        // 某公司在某县某镇落户, 某公司于2019年在某镇扎根: the place after 在 (of a chain, the last), right before the verb
        // or a word of manner, and the body heading the clause before 在 is there.
        if (!place) {
          const manner = /(?:正式|成功|顺利|率先|相继|陆续|先后|纷纷)?$/u.exec(text.slice(Math.max(0, v - 2), v))![0].length;
          const last = ms.find((r) => r.e.label === 'Place' && !r.m.attrs.ref && at(r) + r.m.text.length === v - manner);
          let first = last;
          for (let up = first && ms.find((r) => r.e.label === 'Place' && r.m.end === first!.m.start); up; up = ms.find((r) => r.e.label === 'Place' && r.m.end === first!.m.start)) first = up;
          if (last && first && text[at(first) - 1] === '在') {
            const cs = clauseStart(text, v);
            const settled = (r: ResolvedMention): boolean => isOrg(r) || r.e.label === 'Programme' || isNamedSite(r.m);
            // Only a time word between the body and 在 (某公司于2019年在…; not 某公司的技术员在…, who is not the body).
            const head = ms.filter((r) => settled(r) && at(r) >= cs && at(r) < at(first!) - 1).pop();
            const who = head && /^[\d年月日于去今前已经也还先后最终早就]*$/u.test(text.slice(at(head) + head.m.text.length, at(first) - 1)) ? head : undefined;
            // 在某镇落户的某公司: the body after 的.
            const after = text[v + verb.length] === '的' ? ms.find((r) => settled(r) && at(r) === v + verb.length + 1) : undefined;
            if (who ?? after) add('LOCATED_IN', who ?? after, last, sentence, `rel.located-in.${verb}.at-place`, 0.8);
            continue;
          }
        }
        // 在某开发区，随着甲等新企业落户: no place after the verb — the place the sentence opens with (在…，).
        if (!place && /^(?:$|[，,。；])/u.test(text.slice(v + verb.length, v + verb.length + 1))) {
          const opening = /^在([^，,。]{2,20})[，,]/u.exec(text);
          const there = opening ? ms.find((r) => r.e.label === 'Place' && !r.m.attrs.ref && at(r) + r.m.text.length === 1 + opening[1]!.length) : undefined;
          const who = ms.filter((r) => isOrg(r) && at(r) < v && at(r) >= clauseStart(text, v));
          for (const o of who) add('LOCATED_IN', o, there, sentence, `rel.located-in.${verb}.sentence-place`, 0.75);
          continue;
        }
        if (!place) continue;
        for (let next = ms.find((r) => r.e.label === 'Place' && r.m.start === place!.m.end); next; next = ms.find((r) => r.e.label === 'Place' && r.m.start === place!.m.end)) place = next;
        // 位于杭州湾新区的某公司 with only 杭州湾 read: the place opens the name of a zone no recognizer read — not where.
        if (new RegExp(`^(?:${c.located.zoneWords.join('|')}|${c.located.parkWords.join('|')})`, 'u').test(text.slice(at(place) + place.m.text.length, at(place) + place.m.text.length + 3))) continue;
        // 位于某园区内的某公司: a word of position (内, 里, 中) may come between the place and 的.
        const inside = /^[内里中](?=的)/u.test(text.slice(at(place) + place.m.text.length, at(place) + place.m.text.length + 2)) ? 1 : 0;
        const after = text.slice(at(place) + place.m.text.length + inside, at(place) + place.m.text.length + inside + 1);
        // The subject: what is named after 的, else the organisation or project the clause opens with, else the company in view.
        // A park is a place, and sits somewhere as a body does (某某产业园位于某县).
        // So does a mountain, a lake or a scenic spot the gazetteer lacks that heads the clause (某山坐落于某镇).
        const sits = (r: ResolvedMention): boolean => isOrg(r) || r.e.label === 'Programme' || (isNamedSite(r.m) && r !== place);
        const landmark = (r: ResolvedMention): boolean => r.e.label === 'Place' && r !== place && !r.m.attrs.placeIds?.length && !r.m.attrs.ref && !r.m.attrs.zone && !AREA_SUBJECT_KINDS.has(r.e.kind ?? '');
        const own = ms.filter((r) => (sits(r) || landmark(r)) && at(r) < v && at(r) >= clauseStart(text, v)).pop();
        // 建在某乡的浙能某县某某电站: a firm's short form opening a longer name (a place printed right after it) names
        // its plant or project, not the firm. 某公司某县分公司位于某镇: the branch is there, not the company.
        const opensLonger = (r: ResolvedMention): boolean => {
          const end = at(r) + r.m.text.length;
          const stem = (q: ResolvedMention): string => q.m.text.replace(/(?:县|市|区|乡|镇|村|街道)$/u, '');
          return isCompany(r) && r.m.text !== r.e.name && ms.some((q) => q.e.label === 'Place' && (at(q) === end || (stem(q).length >= 2 && text.startsWith(stem(q), end))));
        };
        const branchAfter = (r: ResolvedMention): boolean => new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${[...c.located.branchWords, '子公司', '分厂'].join('|')})`, 'u').test(text.slice(at(r) + r.m.text.length, v));
        const named = after === '的' ? ms.find((r) => sits(r) && at(r) === at(place!) + place!.m.text.length + inside + 1) : undefined;
        if (named && opensLonger(named)) continue;
        if (after !== '的' && own && isOrg(own) && branchAfter(own)) continue;
        const org = after === '的' ? named : (own ?? subjectCompany(v).r);
        const carried = after !== '的' && !own && !ms.some((r) => isCompany(r) && at(r) < v);
        // 该项目总投资12亿元，落户某开发区: a project named by its kind alone heads the sentence — the project settles
        // there, not the company in view (which may invest from elsewhere).
        if (carried && /(?:该|这个|此|本|这一)项目/u.test(text.slice(0, v))) continue;
        // 已有6家大湾区企业落户某开发区, 一批企业入驻…: firms counted, not named, settle — not the company in view.
        // 甲、乙位于某开发区，另外3家企业位于某镇: the clause counts firms it does not name (carried or not) — not the
        // company in view (rel.located-in.counted-firms).
        if ((carried || (after !== '的' && !own)) && /(?:\d+|[一二两三四五六七八九十百几多数]+)(?:余|多)?[家个批](?:[^，,。；;]{0,8}?)(?:企业|公司|单位|厂商|项目)/u.test(text.slice(clauseStart(text, v), v))) continue;
        add('LOCATED_IN', org, place, sentence, `rel.located-in.${verb}${carried ? '.carried-subject' : ''}`, carried ? 0.65 : 0.85);
        // 甲、乙位于某开发区: the firms listed with the one heading the verb's clause, joined by 、 or 和, are there too
        // (rel.located-in.listed).
        if (after !== '的' && own && isCompany(own)) {
          for (let cur = own, prev = ms.filter((r) => isCompany(r) && at(r) < at(own) && at(r) >= clauseStart(text, v)).pop(); prev; ) {
            if (!/^[、和及]$/u.test(text.slice(at(prev) + prev.m.text.length, at(cur)))) break;
            add('LOCATED_IN', prev, place, sentence, `rel.located-in.${verb}.listed`, 0.8);
            cur = prev;
            prev = ms.filter((r) => isCompany(r) && at(r) < at(cur) && at(r) >= clauseStart(text, v)).pop();
          }
        }
      }
    }

    // 某开发区引进某公司, 某镇引入某项目: a firm or project an area brings in settles there; 某开发区建设某产业园, 某县建成
    // 某项目: a park or project an area builds is there. The area is the last one named before the verb in its clause,
    // with no other name between them; what is brought in or built is named after it (settles, above).
    for (const { verb, built, what } of settles) {
      for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + verb.length)) {
        const cs = clauseStart(text, v);
        // 从某市引进: the place after 从/自 is where it came from. 在某沙地南缘建设某项目: what is built 在 a place,
        // of any kind, is there.
        const where = (r: ResolvedMention): boolean => built && text[at(r) - 1] === '在';
        const areas = ms.filter((r) => r.e.label === 'Place' && !r.m.attrs.ref && (AREA_SUBJECT_KINDS.has(r.e.kind ?? '') || where(r)) && at(r) >= cs && at(r) < v && !/[从自]$/u.test(text.slice(0, at(r))));
        // With none in its clause, the area heading an earlier clause of the sentence (某镇对矿山进行修复，引入某项目).
        const chained = areas.length ? undefined : clauseSubject(article.text, sentence.start, sentence.start + v, ms);
        const area = areas[areas.length - 1] ?? (chained && !chained.own && chained.subject.e.label === 'Place' && AREA_SUBJECT_KINDS.has(chained.subject.e.kind ?? '') ? chained.subject : undefined);
        if (!area || ms.some((r) => at(r) > at(area) && at(r) < v && r.e.label !== 'Place')) continue;
        const end = nextStop(text, v);
        const rule = built ? (where(area) ? 'rel.located-in.built-at' : 'rel.located-in.built-by-area') : 'rel.located-in.brought-in';
        // 某公司在某县投资3200万元建设某繁育中心: a body built 在 a place is there too.
        for (const o of ms.filter((r) => (what(r) || (where(area) && isOrg(r))) && r !== area && at(r) >= v + verb.length && at(r) < end)) add('LOCATED_IN', o, area, sentence, rule, 0.75);
      }
    }

    // Founded: O 由 PERSON(博士)于2017年成立.
    const founded = patterns.founded.exec(text);
    if (founded) {
      // 由某镇农民企业家甲于2003年创办: the founder is the last person before the verb (the words before say who they are).
      const person = ms.filter((r) => r.e.label === 'Person' && at(r) > founded.index && at(r) < founded.index + founded[0].length).pop();
      const org = subjectCompany(founded.index);
      add('FOUNDED', person, org.r, sentence, org.carried ? 'rel.founded.by-person.carried-subject' : 'rel.founded.by-person', org.carried ? 0.65 : 0.85, founded[1] ? { year: Number(founded[1]) } : {});
    }

    // Spun off: A 由 B 的(核心)团队 独立创业.
    const you = text.indexOf('由');
    if (you !== -1 && spinOffVerbs.some((w) => text.includes(w, you))) {
      const parent = ms.find((r) => isOrg(r) && at(r) > you && at(r) <= you + 2);
      if (parent && c.spinOffWords.some((w) => text.slice(at(parent) + parent.m.text.length, at(parent) + parent.m.text.length + 12).includes(w))) {
        const child = subjectCompany(you);
        add('SPUN_OFF_FROM', child.r, parent, sentence, child.carried ? 'rel.spun-off-from.team.carried-subject' : 'rel.spun-off-from.team', child.carried ? 0.65 : 0.85);
      }
    }

    // Split off: A 从 B 分离出来, A 脱胎于 B (rel.spun-off-from.split; relation-cues.json spinOffSplit).
    if (splitVerbs.length || splitSources.length) {
      for (const parent of ms.filter(isOrg)) {
        const lead = text.slice(Math.max(0, at(parent) - 6), at(parent));
        const fromLead = splitFromLead.exec(lead);
        // (脱胎于原某厂: the forebear's old name, 原 between, as after 从.)
        const sourceLead = splitSourceLeads.map((re) => re.exec(lead)?.[0]).find((w) => w !== undefined);
        if (!fromLead && !sourceLead) continue;
        const after = text.slice(at(parent) + parent.m.text.length, nextStop(text, at(parent)));
        if (fromLead && !splitVerbAfter.some((re) => re.test(after))) continue;
        const leadAt = at(parent) - (fromLead?.[0].length ?? sourceLead!.length);
        const child = subjectCompany(leadAt);
        if (!child.r || child.r === parent || child.r.e.key === parent.e.key) continue;
        add('SPUN_OFF_FROM', child.r, parent, sentence, child.carried ? 'rel.spun-off-from.split.carried-subject' : 'rel.spun-off-from.split', child.carried ? 0.65 : 0.8);
      }
    }

    // Customers: A、B等品牌是他们的主要客户 → the company in view supplies A and B.
    for (const word of customerWords) {
      const w = text.indexOf(`是他们的${word}`) !== -1 ? text.indexOf(`是他们的${word}`) : text.indexOf(`是其${word}`);
      if (w === -1) continue;
      // 他们: the sentence's own topic company (嘉兴市创羽服饰有限公司产品…), else the one in view.
      const listed = ms.filter((r) => isOrg(r) && at(r) < w && text[at(r) + r.m.text.length] !== '产' && r.m.rule.startsWith('org.listed'));
      const supplier = ms.find((r) => isCompany(r) && at(r) < w && !listed.includes(r)) ?? focus.company;
      for (const cust of listed.length ? listed : ms.filter((r) => isOrg(r) && at(r) < w && r !== supplier)) add('SUPPLIES', supplier, cust, sentence, 'rel.supplies.customer-of', 0.75);
      break;
    }
    // 客户包括A、B等国际品牌: the customers follow the word.
    const named = customerCues.map((cue) => ({ cue, at: text.indexOf(cue) })).find((x) => x.at !== -1);
    if (named) {
      const clauseEnd = nextStop(text, named.at);
      const customers = ms.filter((r) => isOrg(r) && at(r) > named.at && at(r) < clauseEnd);
      const supplier = ms.find((r) => isCompany(r) && at(r) < named.at && !isListedBrand(r)) ?? focus.company;
      for (const cust of customers) add('SUPPLIES', supplier, cust, sentence, 'rel.supplies.customers-named', 0.75);
    }
    // 产品销往德国博世、美国Tesla等客户: the firms after the verb, in its clause, buy from the company in view.
    for (const verb of salesVerbs) {
      const v = text.indexOf(verb);
      if (v === -1) continue;
      const clauseEnd = nextStop(text, v);
      const seller = ms.find((r) => isCompany(r) && at(r) < v && !isListedBrand(r)) ?? focus.company;
      for (const buyer of ms.filter((r) => isOrg(r) && at(r) > v && at(r) < clauseEnd)) add('SUPPLIES', seller, buyer, sentence, 'rel.supplies.sells-to', 0.75);
    }
    for (const pattern of supplyTo) {
      const m = pattern.exec(text);
      if (!m) continue;
      // 面向乙提供培训, 向乙提供服务、资金: 向 closing another word (面向, 转向) is no buyer's, and help is no sale
      // (the groups' `notSupplies` after the verb: rel.supplies.supplies-to's guard).
      if (/[面方转走趋倾指导志意去流]/u.test(text[m.index - 1] ?? '')) continue;
      const after = text.slice(m.index + m[0].length).replace(/^了?(?:优质)?/u, '');
      if (c.groups.notSupplies.some((w) => after.startsWith(w))) continue;
      let buyer = ms.find((r) => isOrg(r) && at(r) >= m.index + 1 && at(r) < m.index + 1 + m[1]!.length);
      // The seller heads the sentence: not a firm named as the object of an earlier clause (公司为甲配套生产…，还向乙供货:
      // 甲 buys too, it does not sell to 乙), which leaves the company in view.
      const first = firstOrgBefore(m.index);
      const seller = first && !OBJECT_MARKERS.test(text[at(first) - 1] ?? '') ? first : focus.company;
      // 合作社与甲公司建立了合作关系，今年已向该公司供应…: 该公司 after 向 is the one company the sentence named after 与, 和,
      // 同 or 跟 before it — the other party, not the seller (rel.supplies.supplies-to.partner-in-view; two such: nothing).
      let rule = 'rel.supplies.supplies-to';
      if (!buyer && /^(?:该|这家)(?:公司|企业)$/u.test(m[1]!)) {
        const partners = ms.filter((r) => isCompany(r) && at(r) < m.index && /[与和同跟、及]/u.test(text[at(r) - 1] ?? '') && r !== seller);
        if (new Set(partners.map((r) => r.e.key)).size === 1) {
          buyer = partners[0];
          rule = 'rel.supplies.supplies-to.partner-in-view';
        }
      }
      add('SUPPLIES', buyer && rule !== 'rel.supplies.supplies-to' && seller?.e.key === buyer.e.key ? undefined : seller, buyer, sentence, rule, 0.75);
    }

    // Trade partners: 企业此次对接的俄罗斯采购商 IP Veselov.
    for (const verb of tradeVerbs) {
      const v = text.indexOf(`${verb}的`);
      if (v === -1) continue;
      const partner = ms.find((r) => isOrg(r) && at(r) > v && at(r) <= v + verb.length + 12);
      const self = subjectCompany(v);
      add('TRADES_WITH', self.r, partner, sentence, self.carried ? 'rel.trades-with.matched.carried-subject' : 'rel.trades-with.matched', self.carried ? 0.65 : 0.8);
    }

    // Exports: 产品出口到德国、巴西等国家, 某公司首批出口澳大利亚的重卡 → the firm TRADES_WITH each country listed after the verb.
    for (let v = 0; exportVerbs.length && v < text.length; v++) {
      const verb = exportVerbs.find((w) => text.startsWith(w, v));
      if (!verb) continue;
      let pos = v + verb.length + (text[v + verb.length] === '了' ? 1 : 0);
      const countries: ResolvedMention[] = [];
      for (let r = ms.find((q) => at(q) === pos); r && r.e.label === 'Place' && r.e.kind === 'Country' && !/^中国|^我国/u.test(r.e.name); r = /^[、和及与]$/u.test(text[pos] ?? '') ? ms.find((q) => at(q) === pos + 1) : undefined) {
        countries.push(r);
        pos = at(r) + r.m.text.length;
      }
      // 向德国、日本出口咖啡豆: the countries listed between 向 and the verb (rel.trades-with.exports-to, the same seller).
      if (!countries.length && /^出口|^销售|^出售/u.test(verb)) {
        const back: ResolvedMention[] = [];
        for (let end = v, r = ms.find((q) => at(q) + q.m.text.length === end); r && r.e.label === 'Place' && r.e.kind === 'Country' && !/^中国|^我国/u.test(r.e.name); ) {
          back.unshift(r);
          end = at(r) - 1;
          r = /^[、和及与]$/u.test(text[end] ?? '') ? ms.find((q) => at(q) + q.m.text.length === end) : undefined;
        }
        if (back.length && text[at(back[0]!) - 1] === '向' && !/[面方转走趋倾指导志意去流]/u.test(text[at(back[0]!) - 2] ?? '')) countries.push(...back);
      }
      v += verb.length - 1;
      if (!countries.length) continue;
      // The seller: a company heading the sentence before the verb (not one named as the object of 为, 与…), else the
      // company in view where the verb's clause opens with a word for the firm or its products.
      const cs = text.slice(0, at(countries[0]!)).search(/[^，,；;：:]*$/u);
      const own = ms.find((r) => isCompany(r) && at(r) < v && !OBJECT_MARKERS.test(text[at(r) - 1] ?? '') && !isListedBrand(r));
      const collective = !own && collectiveHead.test(text.slice(0, cs));
      const seller = own ?? (!collective && (exportCarrier.test(text.slice(cs)) || exportCarrier.test(text)) ? focus.company : undefined);
      // (公司去年进口越南水果12万吨: a country right after a verb of buying from abroad is a partner too.)
      const rule = c.exports.importVerbs.includes(verb) ? 'rel.trades-with.imports-from' : 'rel.trades-with.exports-to';
      for (const country of countries) add('TRADES_WITH', seller, country, sentence, own ? rule : `${rule}.carried-subject`, own ? 0.75 : 0.65);
    }

    // Help from government: 平湖市政府、平湖经开等相关单位…帮助我们 → the company in view benefited.
    for (const verb of helpVerbs) {
      const v = text.indexOf(verb);
      if (v === -1 || !/我们|他们|企业|公司/.test(text.slice(v, v + verb.length + 4))) continue;
      // 将继续支持企业…: help promised to firms in general is no firm's benefit.
      // (规模2亿元，重点支持企业技术改造, 主要用于支持企业…: what a fund or a policy is for, too — benefit.purpose.)
      if (/(?:将|要|会|继续|进一步|持续|全力|积极|重点|主要|用于|专门)$/u.test(text.slice(Math.max(0, v - 3), v)) && !/^(?:我们|他们)/u.test(text.slice(v + verb.length))) continue;
      // 某局帮助企业解决难题56个, 支持企业参加展会32场次: firms named by their kind alone (企业, 公司, 中小企业) with what
      // was done for them counted in the clause are the body's work for firms in general, not the firm in view's
      // benefit (the guard of rel.benefited-from.helped-by: benefit.counted-for-firms).
      const forFirms = text.slice(v + verb.length, nextStop(text, v));
      if (FIRMS_BY_KIND.test(forFirms) && /\d/u.test(forFirms)) continue;
      const helpers = ms.filter((r) => at(r) < v && ((isOrg(r) && !isCompany(r)) || r.e.kind === 'DevelopmentZone'));
      for (const h of helpers) add('BENEFITED_FROM', focus.company ?? subjectCompany(v).r, h, sentence, 'rel.benefited-from.helped-by', 0.65);
    }

    // Pilots: 平湖作为嘉兴市“浙里网格连心”系统的试点单位.
    const pilot = /作为(.{0,24})试点/u.exec(text);
    if (pilot) {
      const prog = ms.find((r) => r.e.label === 'Programme' && at(r) > pilot.index && at(r) < pilot.index + pilot[0].length);
      const where = [...ms].reverse().find((r) => (r.e.label === 'Place' || isOrg(r)) && at(r) < pilot.index);
      add('PILOTED_IN', prog, where, sentence, 'rel.piloted-in.pilot-unit', 0.8);
    }

    // 首批试点在甲镇乙村、丙村等12个村开展: the pilot in view is trialled in each place listed after 在 (of a chain, the last).
    for (const head of c.pilotSites.heads) {
      // 试点工作在某村开展; 试点工作由甲牵头，在某镇、某镇等5个乡镇开展 (the pilot heading the sentence).
      let h = text.indexOf(`${head}在`);
      let from = h + head.length + 1;
      const heading = h === -1 ? new RegExp(`(?:^|[，,])(?:该|首批|第[一二三四五六七八九十]批|此次|本次)?${head}`, 'u').exec(text) : null;
      if (heading) {
        h = text.slice(heading.index).search(/[，,]在/u);
        if (h !== -1) h += heading.index;
        from = h + 2;
      }
      if (h === -1) continue;
      const end = nextStop(text, from);
      const verb = c.pilotSites.verbs.map((w) => text.indexOf(w, from)).filter((x) => x !== -1 && x <= end).sort((a, b) => a - b)[0];
      if (verb === undefined) continue;
      const listed = ms.filter((r) => at(r) >= from && at(r) < verb && r.e.label !== 'Outcome');
      // Only places, in a row from 在, joined by 、 和 及 or printed together (甲镇乙村), then a count or nothing.
      let pos = from;
      const sites: ResolvedMention[] = [];
      for (const r of listed) {
        if (r.e.label !== 'Place' || !/^[、和及]?$/u.test(text.slice(pos, at(r)))) break;
        if (at(r) === pos && sites.length && sites[sites.length - 1]!.m.end === r.m.start) sites.pop();
        sites.push(r);
        pos = at(r) + r.m.text.length;
      }
      if (!sites.length || pos <= from || !/^(?:等(?:\d+|[一二两三四五六七八九十百]+)?(?:个|家)?(?:村|镇|乡|街道|社区|县|市|区|乡镇|单位|企业)?)?(?:率先|先行|同步|全面)?$/u.test(text.slice(pos, verb))) continue;
      const pilot = [...view.mentions].reverse().find((r) => r.m.start < sentence.start + from && r.e.label === 'Programme' && (r.e.name.endsWith('试点') || /试点(?:工作)?$/u.test(r.m.text)));
      for (const site of sites) add('PILOTED_IN', pilot, site, sentence, 'rel.piloted-in.sites', 0.75);
    }

    // 在甲镇、乙镇开展试点: the pilot in view (the latest programme named whose name ends in 试点) is tried in each place
    // listed after 在 (of a chain, the last), the verb right after them and 试点 its object, ending the clause
    // (rel.piloted-in.sites.object).
    for (let p = text.indexOf('在'); p !== -1; p = text.indexOf('在', p + 1)) {
      let pos = p + 1;
      const sites: ResolvedMention[] = [];
      for (let r = ms.find((q) => at(q) === pos); r && r.e.label === 'Place'; r = ms.find((q) => at(q) === pos || (at(q) === pos + 1 && /^[、和及]$/u.test(text[pos]!)))) {
        if (at(r) === pos && sites.length && sites[sites.length - 1]!.m.end === r.m.start) sites.pop();
        sites.push(r);
        pos = at(r) + r.m.text.length;
      }
      if (!sites.length) continue;
      const tail = new RegExp(`^(?:等(?:\\d+|[一二两三四五六七八九十]+)?个?(?:村|镇|乡|乡镇|街道|社区)?)?(?:${c.pilotSites.verbs.join('|')})了?(?:${c.pilotSites.heads.join('|')})(?=[，,。；;！？]|$)`, 'u');
      if (!tail.test(text.slice(pos))) continue;
      if (ms.some((r) => r.e.label === 'Programme' && at(r) >= clauseStart(text, p) && at(r) < nextStop(text, pos))) continue;
      const pilot = [...view.mentions].reverse().find((r) => r.m.start < sentence.start + p && r.e.label === 'Programme' && (r.e.name.endsWith('试点') || /试点(?:工作)?$/u.test(r.m.text)));
      // (An area heading the clause is one the pilot is tried in already: 某县在甲镇开展试点 — another county's is its own.)
      const area = ms.filter((r) => r.e.label === 'Place' && AREA_SUBJECT_KINDS.has(r.e.kind ?? '') && at(r) >= clauseStart(text, p) && at(r) < p).pop();
      if (!pilot || (area && !out.some((x) => x.type === 'PILOTED_IN' && x.start === pilot.e.key && x.end === area.e.key))) continue;
      for (const site of sites) add('PILOTED_IN', pilot, site, sentence, 'rel.piloted-in.sites.object', 0.7);
    }

    // 甲是乙的一部分, 把甲作为乙的重要内容, 把甲纳入乙, 甲被纳入乙: one programme is a part of another (rel.part-of.programme.*).
    // Both are programmes a body runs (not a list, an award or a fair: 被纳入某名单 is a listing); nothing but quotes and
    // adverbs between them and the words.
    {
      const progs = ms.filter((r) => r.e.label === 'Programme' && PART_KINDS.has(r.e.kind ?? '') && !isModule(r));
      for (const [k, a] of progs.entries()) {
        const b = progs[k + 1];
        if (!b || a.e.key === b.e.key) continue;
        const aEnd = at(a) + a.m.text.length;
        const between = text.slice(aEnd, at(b)).replace(/^[”"]/u, '').replace(/[“"]$/u, '');
        const after = text.slice(at(b) + b.m.text.length).replace(/^[”"]/u, '');
        const ba = /[把将]$/u.test(text.slice(0, at(a)).replace(/[“"]$/u, ''));
        const adverbs = '(?:也|还|均|都|已|已经|正|正式|先后|一并|同步|全面|逐步|被)*';
        const part = new RegExp(`^的?(?:${c.programmeParts.parts.join('|')})`, 'u').test(after);
        const copula = new RegExp(`^${adverbs}(?:${c.programmeParts.copulas.join('|')})$`, 'u').test(between);
        const into = new RegExp(`^${adverbs}(?:${c.programmeParts.intoVerbs.join('|')})了?(?:到)?$`, 'u').test(between);
        // (The one before heads its clause, or follows 把 there: 县里把甲纳入乙.)
        const cs = clauseStart(text, at(a));
        const heads = ba || /^(?:[一二三四五六七八九十]是|今年|去年|目前|如今|同时|此外|其中|\d{4}年)?[“"]?$/u.test(text.slice(cs, at(a)));
        if (!heads) continue;
        if (copula && part) add('PART_OF', a, b, sentence, 'rel.part-of.programme.copula', 0.75);
        else if (into && (!ba || !/^的?(?:重点|范围|名单|名录)/u.test(after))) add('PART_OF', a, b, sentence, 'rel.part-of.programme.into', 0.7);
      }
    }

    // “某某链长制”率先在甲镇推行, 该机制先行在甲村、乙村试行: the programme heading the sentence is tried in each place
    // listed after 在 (of a chain, the last) up to the verb (rel.piloted-in.first-in).
    for (const adverb of c.firstIn.adverbs) {
      for (let a = text.indexOf(`${adverb}在`); a !== -1; a = text.indexOf(`${adverb}在`, a + 1)) {
        const from = a + adverb.length + 1;
        const end = nextStop(text, from);
        const verb = c.firstIn.verbs.map((w) => text.indexOf(w, from)).filter((x) => x !== -1 && x <= end).sort((x, y) => x - y)[0];
        if (verb === undefined) continue;
        let pos = from;
        const sites: ResolvedMention[] = [];
        for (const r of ms.filter((q) => at(q) >= from && at(q) < verb)) {
          if (r.e.label !== 'Place' || !/^[、和及]?$/u.test(text.slice(pos, at(r)))) { sites.length = 0; break; }
          if (at(r) === pos && sites.length && sites[sites.length - 1]!.m.end === r.m.start) sites.pop();
          sites.push(r);
          pos = at(r) + r.m.text.length;
        }
        if (!sites.length || !/^(?:等(?:\d+|[一二两三四五六七八九十百]+)?个?(?:村|镇|乡|街道|社区|乡镇|县|区)?)?(?:进行)?$/u.test(text.slice(pos, verb))) continue;
        // The programme heading the clause (a time word and adverbs between it and 率先), named or by its kind.
        const cs = clauseStart(text, a);
        const lead = /^(?:今年|去年|\d{4}年(?:\d{1,2}月)?|此前|早在)?[，,]?/u.exec(text.slice(cs))![0].length;
        const head = ms.find((r) => at(r) === cs + lead && r.e.label === 'Programme' && PART_KINDS.has(r.e.kind ?? ''));
        const rest = head ? text.slice(at(head) + head.m.text.length, a) : text.slice(cs + lead, a);
        const adv = /^[”"]?(?:已|已经|于\d{4}年(?:\d{1,2}月)?|去年|今年|曾|就|便|也|还)*$/u;
        let prog: ResolvedMention | undefined;
        let via = head ? '' : '.in-view';
        if (head && adv.test(rest)) prog = head;
        else if (!head && !ms.some((r) => at(r) >= cs && at(r) < a)) {
          const phrase = /^((?:该|这一|这项|此项|这个)[\u4e00-\u9fff]{2,4}?)(?:已|已经|去年|今年|曾|就|便|也|还)*$/u.exec(rest)?.[1];
          prog = phrase ? programmeInView(phrase, sentence.start + cs) : undefined;
          // 该行动由甲发起，率先在乙镇推开: a clause opening with the adverb goes on about the programme heading the
          // sentence (named, or by its kind).
          if (!phrase && adv.test(rest) && cs > 0) {
            prog = sentenceHead(sentence.start + cs);
            via = '.sentence-head';
          }
        }
        for (const site of prog ? sites : []) add('PILOTED_IN', prog, site, sentence, `rel.piloted-in.first-in${via}`, 0.75);
      }
    }

    // 某公司获得某某政策补贴, 享受该政策, 通过某平台获得贷款: the body heading the clause benefited from the programme.
    for (const verb of gainVerbs) {
      for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + verb.length)) {
        if (gainVerbs.some((w) => w.length > verb.length && w.includes(verb) && text.startsWith(w, v - w.indexOf(verb)))) continue;
        const cs = clauseStart(text, v);
        const end = nextStop(text, v);
        const after = v + verb.length + (text[v + verb.length] === '了' ? 1 : 0);
        // The programme right after the verb, followed by what it gives (某某政策补贴, “某某”平台贷款); with 享受, the
        // programme alone, or by its kind (享受该政策).
        const named = ms.find((r) => r.e.label === 'Programme' && r.e.kind !== 'Award' && r.e.kind !== 'Recognition' && at(r) === after);
        const gives = named && c.gains.things.some((w) => text.startsWith(w, at(named) + named.m.text.length));
        const kindAlone = !named && verb.startsWith('享受') ? programmeInView(/^(?:该|这一|这项|此项|此)(?:政策|计划|项目|平台)/u.exec(text.slice(after))?.[0] ?? '', sentence.start + after) : undefined;
        const prog = gives || (named && verb.startsWith('享受')) ? named : kindAlone;
        // Through a programme: 通过某平台获得贷款.
        const through = c.gains.through.map((w) => text.lastIndexOf(w, v)).filter((x) => x >= cs).pop();
        const namedVia = through !== undefined ? ms.find((r) => r.e.label === 'Programme' && r.e.kind !== 'Award' && r.e.kind !== 'Recognition' && at(r) > through && at(r) + r.m.text.length <= v) : undefined;
        // 通过该平台获得贷款: a programme named by its kind alone after 通过 is the one in view.
        const throughWord = through === undefined || namedVia ? undefined : c.gains.through.find((w) => text.startsWith(w, through));
        const viaPhrase = throughWord ? /^(?:该|这一|这个|这项|此)(?:平台|项目|计划|政策|行动|活动|工程)/u.exec(text.slice(through! + throughWord.length, v))?.[0] : undefined;
        const viaInView = viaPhrase ? programmeInView(viaPhrase, sentence.start + through!) : undefined;
        const via = namedVia ?? (viaInView && viaInView.e.kind !== 'Award' && viaInView.e.kind !== 'Recognition' ? viaInView : undefined);
        const viaEnd = via === namedVia ? (via ? at(via) + via.m.text.length : 0) : through! + throughWord!.length + viaPhrase!.length;
        // (The verb right after the programme: 通过某平台发布了融资需求 says nothing gained.)
        const close = via && /^(?:成功|顺利|累计|已|共|先后|还|也|就|了)*$/u.test(text.slice(viaEnd, v));
        const what = prog ?? (via && close && c.gains.throughVerbs.includes(verb) ? via : undefined);
        if (!what || at(what) >= end) continue;
        // The body heading the clause, only a time word or adverbs between it and the verb (or 通过…).
        // (宁海县强蛟镇的某公司通过…: the places that say where it is, before 的, are not the head.)
        let headAt = cs;
        for (let p = ms.find((r) => at(r) === headAt && r.e.label === 'Place'); p; p = ms.find((r) => at(r) === headAt && r.e.label === 'Place')) headAt = at(p) + p.m.text.length;
        if (headAt > cs) headAt = text[headAt] === '的' ? headAt + 1 : cs;
        const head = ms.find((r) => at(r) === headAt);
        const who = head && isOrg(head) && !ms.some((r) => at(r) > headAt && at(r) < (through ?? v) && r !== what) ? head : undefined;
        add('BENEFITED_FROM', who, what, sentence, via && what === via ? (via === namedVia ? 'rel.benefited-from.gains.through' : 'rel.benefited-from.gains.through.in-view') : kindAlone ? 'rel.benefited-from.gains.in-view' : 'rel.benefited-from.gains', 0.7);
        // 获得“某某贷”贷款的某合作社, 享受某某补贴的企业有甲、乙等15家: the bodies the gaining clause describes, right after
        // its 的 (a word for their kind and 有 or 包括 between), each of a list joined by 、 or 和
        // (rel.benefited-from.gains.described).
        if (!who && gives && prog === named) {
          const thing = c.gains.things.find((w) => text.startsWith(w, at(named) + named.m.text.length))!;
          const de = at(named) + named.m.text.length + thing.length;
          if (text[de] !== '的') continue;
          let from = de + 1;
          const kindThen = new RegExp(`^(?:${c.gains.describedKinds.join('|')})(?:有|包括|中有)`, 'u').exec(text.slice(from));
          if (kindThen) from += kindThen[0].length;
          for (let body = ms.find((r) => at(r) === from); body && isOrg(body) && at(body) < end; ) {
            add('BENEFITED_FROM', body, named, sentence, 'rel.benefited-from.gains.described', 0.7);
            const next = at(body) + body.m.text.length;
            if (!/^[、和及与]$/u.test(text[next] ?? '')) break;
            body = ms.find((r) => at(r) === next + 1);
          }
        }
      }
    }

    // Taking part in the event the article reports: 企业此次对接的…, 交易会期间，企业参与了9场线上对接.
    if (event && /对接|参展|参与|参加|报名/.test(text)) {
      const subj = ms.find((r) => isCompany(r) && !r.m.rule.startsWith('org.listed') && !r.m.rule.startsWith('org.latin'));
      // Unnamed, the company in view takes part when the sentence is about it (企业此次…, 交易会期间，企业…),
      // not when it speaks of exhibitors in general (对参展企业给予补贴).
      const who = subj ?? (/(?:^|[，,])(?:企业|公司|该企业|该公司|他们)|此次|期间/.test(text) ? focus.company : undefined);
      if (who && who.e.key !== event.e.key) add('PARTICIPATED_IN', who, event, sentence, subj ? 'rel.participated-in.article-event' : 'rel.participated-in.article-event.carried-subject', 0.65);
    }

    // Modules of a platform: “红哨组团”模块 of the 浙里网格连心 platform named in the sentence or just before.
    for (const r of ms) {
      if (r.e.kind !== 'Platform' || !isModule(r)) continue;
      const whole = ms.find((p) => p.e.kind === 'Platform' && !isModule(p)) ?? (focus.programme?.e.kind === 'Platform' ? focus.programme : undefined);
      add('PART_OF', r, whole, sentence, 'rel.part-of.platform-module', 0.75);
    }

    // Update what the text is about: the company that opens a sentence (customers and partners named later
    // in it are objects, not the topic).
    // Brands and buyers known only from the list they stand in (迪卡侬、哥伦比亚等品牌) are objects, never the topic.
    const venues = new Set<ResolvedMention>();
    for (const r of ms) if (r.e.label === 'Place' && (text[at(r) - 1] === '在' || ms.some((q) => venues.has(q) && q.m.end === r.m.start))) venues.add(r);
    // (Nor the places a firm supplies or sells to, listed after the verb — 产品销往甲省、乙省等地: where its buyers are;
    // subject.not.market-place.)
    const markets = new Set<ResolvedMention>();
    for (const r of ms) if (r.e.label === 'Place' && (c.subjects.marketVerbs.verbs.some((w) => text.endsWith(w, at(r))) || ms.some((q) => markets.has(q) && at(q) < at(r) && /^[、和及与]?$/u.test(text.slice(at(q) + q.m.text.length, at(r)))))) markets.add(r);
    for (const r of markets) venues.add(r);
    const isVenue = (r: ResolvedMention): boolean => venues.has(r);
    const topic = ms.find((r) => isOrg(r) && !isListedBrand(r));
    if (topic && isCompany(topic)) focus.company = topic;
    for (const r of ms) {
      if (r.e.label === 'Person') focus.person = r;
      if (r.e.label === 'Programme' && !isModule(r)) focus.programme = r;
      // (Not a venue: 某节在某镇某小镇开幕 — the place after 在, or a chain of places from it, is where, not who.)
      if (r.e.label === 'Place' && !isVenue(r)) focus.place = r;
    }
  }
  listedBelow(view, c, bySentence, add);
  inspectedTown(view, c, bySentence, add);
  return out;
}

const INSPECTED_KINDS: ReadonlySet<string> = new Set(['Town', 'Subdistrict']);

/**
 * 某书记到某镇调研… 首先来到甲公司… 在乙合作社，…: the firms an inspection of one town visits are in that town
 * (rel.located-in.inspected-town; `inspection` in relation-cues.json). The town is set by a verb of going right before
 * it and a word of purpose right after it, the only town of its sentence; the firms are those listed right after a
 * verb of visiting, or the one a sentence opens with after 在, up to the next town the article names. A firm whose
 * name opens with a town or village of its own keeps it.
 */
function inspectedTown(view: ArticleView, c: RelationCues, bySentence: ReadonlyMap<number, ResolvedMention[]>, add: (type: RelationshipType, from: ResolvedMention | undefined, to: ResolvedMention | undefined, sentence: Sentence, rule: string, confidence: number) => void): void {
  const { article, sentences } = view;
  const ic = c.inspection;
  const goVerbs = [...c.subjects.destinationVerbs].sort((a, b) => b.length - a.length);
  const isTown = (r: ResolvedMention): boolean => r.e.label === 'Place' && INSPECTED_KINDS.has(r.e.kind ?? '') && !r.m.attrs.ref;
  const ownPlace = (r: ResolvedMention): boolean => /(?:镇|乡|村|街道|社区)$/u.test(r.m.attrs.place?.text ?? '');
  let town: ResolvedMention | undefined;
  for (const s of sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const text = article.text.slice(s.start, s.end);
    const at = (r: ResolvedMention): number => r.m.start - s.start;
    const towns = ms.filter(isTown);
    if (town && towns.some((t) => t.e.key !== town!.e.key)) town = undefined;
    if (!town) {
      const set = towns.find((t) => goVerbs.some((w) => text.slice(0, at(t)).endsWith(w)) && ic.purposes.some((w) => text.startsWith(w, at(t) + t.m.text.length)));
      if (!set || towns.some((t) => t.e.key !== set.e.key)) continue;
      town = set;
    }
    const visited: ResolvedMention[] = [];
    for (const verb of ic.visitVerbs) {
      for (let v = text.indexOf(verb); v !== -1; v = text.indexOf(verb, v + verb.length)) {
        let pos = v + verb.length;
        for (let r = ms.find((q) => at(q) === pos); r && isCompany(r); r = ms.find((q) => at(q) === pos)) {
          visited.push(r);
          pos = at(r) + r.m.text.length;
          if (!/^[、和及]/u.test(text.slice(pos))) break;
          pos++;
        }
      }
    }
    // 在甲公司，…: the sentence is set at a firm.
    const scene = text.startsWith('在') ? ms.find((q) => at(q) === 1 && isCompany(q)) : undefined;
    if (scene && /^[，,]/u.test(text.slice(at(scene) + scene.m.text.length))) visited.push(scene);
    for (const r of visited) if (!ownPlace(r)) add('LOCATED_IN', r, town, s, 'rel.located-in.inspected-town', 0.6);
  }
}

/**
 * 某厅公布某名单，我县5家企业入选。分别是：/ 1.甲公司 / 2.乙公司; 对10名“某某”进行表彰。名单如下：/ 甲　单位：… : a
 * sentence naming a title or list and a word of receiving or commending (`listReceiving.verbs`), a colon closing it or
 * the short sentence after it, and the list printed one item a line under it (para.list-line): the organisation or
 * person opening each line (an item number before it at most) received the title (rel.received.list-below). The list
 * ends at the first line that is no item (prose with a comma or a stop, or no name opening it). Not a list of those
 * proposed (`notYet`: 拟推荐, 候选, 公示).
 */
function listedBelow(view: ArticleView, c: RelationCues, bySentence: ReadonlyMap<number, ResolvedMention[]>, add: (type: RelationshipType, from: ResolvedMention | undefined, to: ResolvedMention | undefined, sentence: Sentence, rule: string, confidence: number) => void): void {
  const { article, sentences } = view;
  const lc = c.listReceiving;
  const textOf = (s: Sentence): string => article.text.slice(s.start, s.end);
  const isTitle = (r: ResolvedMention): boolean => r.e.label === 'Programme' && (r.e.kind === 'Recognition' || r.e.kind === 'Award');
  // 某县表彰十名“某某” over …予以表彰。名单如下：: the one title the headline names is what a body sentence naming none
  // commends (rel.received.list-below.headline-title); none where the headline names two or more.
  const { titleSpan, bodySpan } = article;
  const inHeadline = new Map(view.mentions.filter((r) => isTitle(r) && r.m.start >= titleSpan.start && r.m.end <= titleSpan.end).map((r) => [r.e.key, r]));
  const headlineTitle = inHeadline.size === 1 ? [...inHeadline.values()] : [];
  // A short sentence introducing the list of the title named before it (部分受表彰人员名单如下：) names no title of its own.
  let intro = -1;
  for (let k = 0; k < sentences.length; k++) {
    const s0 = sentences[k]!;
    if (k === intro) continue;
    const t0 = textOf(s0);
    const named = (bySentence.get(s0.index) ?? []).filter(isTitle);
    const fromHeadline = named.length === 0 && s0.start >= bodySpan.start;
    const titles = fromHeadline ? headlineTitle : named;
    if (titles.length === 0 || !lc.verbs.some((w) => t0.includes(w)) || lc.notYet.some((w) => t0.includes(w))) continue;
    let j = k;
    if (!/[：:]\s*$/u.test(t0)) {
      const s1 = sentences[k + 1];
      if (!s1 || !/[：:]\s*$/u.test(textOf(s1)) || textOf(s1).length > lc.maxIntro || /[，,]/u.test(textOf(s1)) || lc.notYet.some((w) => textOf(s1).includes(w))) continue;
      j = k + 1;
      intro = j;
    }
    for (let i = j + 1; i < sentences.length; i++) {
      const s = sentences[i]!;
      const line = textOf(s);
      // A whole line of its own, with no prose in it.
      if (article.text[s.start - 1] !== '\n' || (s.end < article.text.length && article.text[s.end] !== '\n') || /[，,。；;！？]/u.test(line)) break;
      const marker = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])?\s*/u.exec(line)![0].length;
      const lineMs = bySentence.get(s.index) ?? [];
      let first = lineMs.find((r) => r.m.start === s.start + marker);
      // 1.某镇某村: a line of places alone, the last of the chain (a village or a town) is on the list.
      if (first?.e.label === 'Place') {
        for (let next = lineMs.find((q) => q.e.label === 'Place' && q.m.start === first!.m.end); next; next = lineMs.find((q) => q.e.label === 'Place' && q.m.start === first!.m.end)) first = next;
        if (!VILLAGE_OR_TOWN.has(first.e.kind ?? '') || first.m.attrs.ref || article.text.slice(first.m.end, s.end).trim() !== '') break;
      } else if (!first || !(first.e.label === 'Person' || (first.e.label === 'Organization' && first.e.kind !== 'GovernmentAgency'))) break;
      for (const t of titles) add('RECEIVED', first, t, s, fromHeadline ? 'rel.received.list-below.headline-title' : 'rel.received.list-below', fromHeadline ? 0.7 : 0.75);
    }
  }
}

/** The end of the clause a verb is in: its object is named before the next comma. */
/** The trade fair or campaign an article reports, named in its title or first paragraph. */
function articleEvent(view: ArticleView): ResolvedMention | undefined {
  const firstPara = view.article.paragraphs[0];
  const limit = firstPara ? firstPara.end : view.article.bodySpan.start;
  return view.mentions.find((r) => (r.e.kind === 'TradeFair' || r.e.kind === 'Campaign') && r.m.start < limit);
}

/** The longest of `words` that starts at `pos` of `text`. */
function longestAt(words: readonly string[], text: string, pos: number): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.startsWith(w, pos) && (!best || w.length > best.length)) best = w;
  return best;
}

const CLAUSE_STOPS = new Set([...'，,。；;！？']);

function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (CLAUSE_STOPS.has(text[i]!)) return i + 1;
  return 0;
}

/** The organisation of the person quoted in this sentence (“…”潘俊男说), when the text said where they work. */
export function speakerOrg(ms: ResolvedMention[], view: ArticleView): ResolvedMention | undefined {
  for (const r of ms) {
    if (r.e.label !== 'Person') continue;
    if (!/^(?:说|表示|介绍|指出|说道)/.test(view.article.text.slice(r.m.end, r.m.end + 3))) continue;
    const org = view.affiliations?.get(r.e.key);
    if (org) return view.mentions.find((x) => x.e.key === org);
  }
  return undefined;
}

/** Firms named by their kind alone after a verb of help (企业, 各类企业, 中小企业), not 我们, 他们 or a name. */
const FIRMS_BY_KIND = /^(?:广大|各类|各|全县|全市|全区|辖区|中小|民营|小微|重点|规上|规模以上)?(?:企业|公司)/u;

function nextStop(text: string, from: number): number {
  const m = /[，,。；;！？]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Who did it: the organisations listed right before the verb (我市A、B 2家孵化器上榜), or the first organisation
 * in the sentence before it; 受益的一家企业 / 他们: the company in view. For ORGANIZED a place may act (平湖…开展了).
 */
const AREA_SUBJECT_KINDS = new Set(['Village', 'Community', 'Town', 'Subdistrict', 'District', 'DevelopmentZone', 'County', 'City']);

/** Who may do what a cue verb says: an organisation; an area receives and organises; a person receives. */
function canDo(type: RelationshipType, r: ResolvedMention): boolean {
  if (r.e.label === 'Organization') return true;
  // (A scenic spot, a street or an old town is given titles too: 某街区被评为国家级夜间文化和旅游消费集聚区.)
  if (r.e.label === 'Place') return ((type === 'RECEIVED' || type === 'ORGANIZED') && AREA_SUBJECT_KINDS.has(r.e.kind ?? '')) || (type === 'RECEIVED' && (r.e.kind === 'Landmark' || r.e.kind === 'Region'));
  return r.e.label === 'Person' && type === 'RECEIVED';
}

/** A person introducing what is said (李某说，…; 李某介绍，…) is not the doer of the words after. */
function isSpeakerAt(text: string, r: ResolvedMention, at: (r: ResolvedMention) => number): boolean {
  return /^(?:说|表示|介绍|指出|认为|告诉|坦言|笑着说)/u.test(text.slice(at(r) + r.m.text.length, at(r) + r.m.text.length + 3));
}

const VILLAGE_OR_TOWN = new Set(['Village', 'Community', 'Town', 'Subdistrict']);

/** Programmes a body runs, which may be parts of one another or tried in places (not a list, an award, a fair). */
const PART_KINDS = new Set(['Policy', 'Campaign', 'Project', 'Platform']);

/** A body's name a county, district, banner, city or town opens (its province first, perhaps): 湖北省某县市场监督管理局. */
const LOCAL_BODY = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?[\u4e00-\u9fff]{1,8}?(?<!自治|行政)(?:县|区|旗|市|镇)(?![场级域内外])/u;

/** A clause of time opening with 自 (自开展…以来, 自2020年实施…以来). */
const SINCE_FRAME = /^(?:自从|自)/u;

/** Words before a verb that name no subject of their own: adverbs of manner, order and time. */
const ADVERBS = /成功|顺利|一举|首次|多次|连续|曾经|曾|均|都|正式|再次|再|先后|相继|接连|还|也|已经|已|又|共|累计|将|正|随后|后来|最终|终于|率先|陆续/gu;
/** Words heading a clause that still stand for the company in view: its products, brands, the firm's own kind words. */
const CARRIER_HEADS = /^(?:其|该|这|本|公司|企业|产品|品牌|旗下|集团|工厂)/u;
/** The kind words of programmes that may head a clause (平台, 项目, 活动). */
const PROGRAMME_HEADS = /^(?:平台|项目|工程|活动|行动|计划|试点|展会|博览会|论坛|大赛|基金)$/u;

/**
 * 某村建成了某基地，该基地由甲运营，去年被乙认定为…: a clause between the name heading the sentence and the verb's own
 * clause that opens with a determiner and a kind word (该基地, 这家企业) not ending that name turns to another thing;
 * the clauses after it go on about that one, not the name before.
 */
function otherInView(text: string, from: number, to: number, name: string): boolean {
  for (let k = text.indexOf('，', from); k !== -1 && k < to; k = text.indexOf('，', k + 1)) {
    const word = /^(?:该|这家|这个|这座|这一|这项|此)([\u4e00-\u9fff]{1,3})/u.exec(text.slice(k + 1))?.[1];
    if (word && ![1, 2, 3].some((n) => n <= word.length && name.endsWith(word.slice(0, n)))) return true;
  }
  return false;
}

/** 他/她 as a word of its own in a clause (not 他们, 其他, 他人, 他乡, 吉他). */
const PERSON_PRONOUN = /(?<![其吉利])[他她](?![们人乡国日处方家])/u;
/** How far back (characters) the person 他/她 stands for may be named. */
const PRONOUN_REACH = 300;

function subjectsFor(type: RelationshipType, ms: ResolvedMention[], at: (r: ResolvedMention) => number, v: number, text: string, focus: Focus, article: Article, speaker: ResolvedMention | undefined, sentenceStart: number, mentions: readonly ResolvedMention[]): { list: ResolvedMention[]; carried: boolean; via?: string } {
  // 某镇在某村举办了…: a place after 在 (of a chain, every one) is where it happens, not who does it.
  // 某局组织专家深入甲镇、乙镇开展…: a place after a verb of going there (and those listed with it) is where the doers went,
  // not who did it (guard rel.organized.destination; `subjects.destinationVerbs`).
  const cues = loadRelationCues().subjects;
  const venues = new Set<ResolvedMention>();
  const listedAfterVenue = (r: ResolvedMention): boolean => ms.some((q) => venues.has(q) && (at(q) + q.m.text.length === at(r) || (at(q) + q.m.text.length === at(r) - 1 && /[、和及]/u.test(text[at(r) - 1]!))));
  for (const r of ms) if (r.e.label === 'Place' && (text[at(r) - 1] === '在' || cues.destinationVerbs.some((w) => text.endsWith(w, at(r))) || listedAfterVenue(r))) venues.add(r);
  // 某局表示，县里今年出台了…: a word standing for an area opening the verb's own clause, which names nobody else,
  // is its subject — not a body of an earlier clause (the one that speaks).
  const ownStart = clauseStart(text, v);
  const ownArea = (type === 'ORGANIZED' || type === 'RECEIVED') && !ms.some((r) => at(r) >= ownStart && at(r) < v) ? areaPronoun(text.slice(ownStart, v)) : null;
  if (ownArea && /里$/u.test(ownArea.word)) {
    const levels = LEVELS_OF_WORD[ownArea.word.replace(/里$/u, '')] ?? [];
    const from = sentenceStart + ownStart;
    const place = [...mentions].reverse().find((r) => r.m.start < from && r.e.label === 'Place' && !r.m.attrs.ref && levelsOf(r.e).some((l) => levels.includes(l)));
    return place && canDo(type, place) ? { list: [place], carried: true, via: 'area-word' } : { list: [], carried: true };
  }
  // 某村党支部书记李某说，全村…受益于…: a body in a clause that only introduces a speaker (his post's unit) is not the
  // subject of what is said after it (rel.*: the speaker's unit).
  const speakerUnit = (r: ResolvedMention): boolean => r.e.label === 'Organization' && ms.some((p) => p.e.label === 'Person' && at(p) > at(r) && at(p) < ownStart && clauseStart(text, at(p)) === clauseStart(text, at(r)) && isSpeakerAt(text, p, at) && nextStop(text, at(p)) < ownStart);
  const before = ms.filter((r) => at(r) < v && at(r) >= clauseStart(text, v) - 40 && !venues.has(r) && !speakerUnit(r) && (r.e.label === 'Organization' || (type === 'ORGANIZED' && r.e.label === 'Place') || (type === 'RECEIVED' && r.e.label === 'Person')));
  // 上榜…的嘉创智谷孵化器: the subject follows the object, joined by 的.
  const after = ms.filter((r) => at(r) > v && r.e.label === 'Organization' && text[at(r) - 1] === '的');
  if (before.length === 0 && after.length === 0 && type === 'RECEIVED') {
    // 民合村入选…名单, 新埭镇获评…: with no organisation or person before the verb, a village, town or zone
    // in the clause is what was listed.
    // (A landmark must close the words before the verb: 云雾山|茶入选… is the tea's, a product named after the mountain.)
    const closesBefore = (r: ResolvedMention): boolean => {
      const gap = text.slice(at(r) + r.m.text.length, v).replace(ADVERBS, '');
      return onlyAdjuncts(gap) || /^被/u.test(gap);
    };
    const place = ms.filter((r) => at(r) < v && at(r) >= clauseStart(text, v) && r.e.label === 'Place' && canDo(type, r) && (AREA_SUBJECT_KINDS.has(r.e.kind ?? '') || closesBefore(r))).pop();
    // (某镇茶企入选…, 某市两企业获评…, “某地苹果”入选…: words between the place and the verb that name firms or a brand
    // (`subjects.placeQualifies`) name what was listed, the place only qualifying it — guard
    // rel.received.award.place-qualifies. 某村还被某部授予…, 某县被某部确定为…: the agent after 被 is left out.)
    const gap = place ? text.slice(at(place) + place.m.text.length, v).replace(/被.*$/u, '') : '';
    if (place && !cues.placeQualifies.some((w) => gap.includes(w))) return { list: [place], carried: false };
    if (place) return { list: [], carried: false };
  }
  if (before.length === 0 && after.length === 0 && (type === 'PARTICIPATED_IN' || type === 'ORGANIZED')) {
    // 村民李某申请加入了某计划, 李某牵头发起了某活动: with no body (nor, for ORGANIZED, an area) before the verb, a
    // person heading its clause took part or ran it.
    const cs = clauseStart(text, v);
    const person = ms.filter((r) => at(r) < v && at(r) >= cs && r.e.label === 'Person');
    const others = ms.filter((r) => at(r) < v && at(r) >= cs && r.e.label !== 'Person' && r.e.label !== 'Place');
    if (person.length === 1 && others.length === 0 && !isSpeakerAt(text, person[0]!, at)) return { list: person, carried: false, via: 'person' };
  }
  if (before.length === 0 && after.length === 0) {
    // 如今的某村，产业兴、村风正，先后获得…: a clause naming no subject goes on about the name heading the clause
    // before it in the sentence (承前省略) — when that name can be the subject of this verb.
    const chained = clauseSubject(article.text, sentenceStart, sentenceStart + v, ms);
    if (chained && !chained.own && canDo(type, chained.subject) && !speakerUnit(chained.subject as ResolvedMention) && !otherInView(text, at(chained.subject), clauseStart(text, v), chained.subject.e.name)) return { list: [chained.subject], carried: false, via: 'clause-subject' };
    // “我们组织了…”潘俊男说: 我们 is the speaker's organisation.
    if (speaker && /我们/.test(text.slice(0, v))) return { list: [speaker], carried: true };
    // 2020年，他获得…: 他/她 opening the clause is the last person named before it, never the company in view; a
    // pronoun with no person before it names no subject.
    if (PERSON_PRONOUN.test(text.slice(clauseStart(text, v), v))) {
      const before = sentenceStart + clauseStart(text, v);
      const person = [...mentions].reverse().find((r) => r.m.start < before && before - r.m.start <= PRONOUN_REACH && r.e.label === 'Person');
      // (2019年，她创办了“某某”平台: as a person named heading the clause, 他/她 runs or takes part in a programme —
      // rel.organized.event.person-pronoun, rel.participated-in.event.person-pronoun.)
      const personMay = person && (canDo(type, person) || (person.e.label === 'Person' && (type === 'ORGANIZED' || type === 'PARTICIPATED_IN')));
      return person && personMay ? { list: [person], carried: true, via: 'person-pronoun' } : { list: [], carried: true };
    }
    // 该镇先后荣获…, 村里获评…: a word standing for an area that opens the clause is the subject — the last place of
    // its level named before it — and never the company in view.
    const area = areaPronoun(text.slice(clauseStart(text, v), v));
    if (area) {
      const levels = LEVELS_OF_WORD[area.word.replace(/^[该全]|里$/gu, '')] ?? [];
      const before = sentenceStart + clauseStart(text, v);
      const place = [...mentions].reverse().find((r) => r.m.start < before && r.e.label === 'Place' && levelsOf(r.e).some((l) => levels.includes(l)));
      return place && canDo(type, place) ? { list: [place], carried: true, via: 'area-word' } : { list: [], carried: true };
    }
    // 孵化器举办了…, 该协会组织开展…: a body named by the end of its name heading the clause is the last one named so
    // before it (not the place or the company in view).
    const kind = /^(?:该|这家|这个|此)?([\u4e00-\u9fff]{2,6}?)(?:还|也|已|又|先后|共|累计|再次|相继|今年|每年|已经)*$/u.exec(text.slice(clauseStart(text, v), v))?.[1];
    // (公司, 企业 alone stay the company in view, below.)
    if (kind && !/^(?:公司|企业)$/u.test(kind)) {
      const before = sentenceStart + clauseStart(text, v);
      const body = [...mentions].reverse().find((r) => r.m.start < before && before - r.m.start <= PRONOUN_REACH && r.e.label === 'Organization' && r.e.name.length > kind.length && r.e.name.endsWith(kind));
      if (body && canDo(type, body)) return { list: [body], carried: true, via: 'kind-word' };
    }
    // 平台还举办了…, 该项目获得…: a programme named by its kind heading the clause did it — no body or place in view did.
    if (kind && PROGRAMME_HEADS.test(kind)) return { list: [], carried: true };
    // 某某山茶入选…名录, 这里的草莓获评…: a clause headed by a thing no name stands for (a product, a crop, a dish) is
    // about that thing — no company in view received or did it (rel.carried.own-noun-subject, a guard); 其产品,
    // 公司, adverbs and time words still carry it.
    if (kind && type !== 'ORGANIZED' && !onlyAdjuncts(kind.replace(ADVERBS, '')) && !CARRIER_HEADS.test(kind)) return { list: [], carried: true };
    // An unnamed organiser is the place the text is about (我市…开展); an unnamed winner the company.
    const carried = type === 'ORGANIZED' ? focus.place : focus.company;
    return carried ? { list: [carried], carried: true } : { list: [], carried: true };
  }
  if (before.length === 0) return { list: [after[0]!], carried: false };
  // The last group of organisations before the verb, joined by 、 和 与 or a few words (2家孵化器).
  const last = before[before.length - 1]!;
  // 某局副局长甲、某公司总经理乙、某村党支部书记丙等32人被评为…: people listed with their posts each received it
  // (the bodies of their posts did not).
  if (type === 'RECEIVED' && last.e.label === 'Person') {
    const people = [last];
    let withPosts = false;
    for (let i = before.length - 2; i >= 0; i--) {
      const p = before[i]!;
      if (p.e.label !== 'Person') continue;
      const gap = article.text.slice(p.m.end, people[0]!.m.start);
      const between = before.filter((r) => r.m.start >= p.m.end && r.m.start < people[0]!.m.start);
      if (!/^[、和及与]/u.test(gap) || /[，,。；;：:]/u.test(gap) || gap.length > 40 || between.some((r) => r.e.label === 'Person')) break;
      people.unshift(p);
      withPosts ||= gap.length > 1;
    }
    if (people.length > 1 && withPosts) return { list: people, carried: false, via: 'listed-people' };
  }
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = article.text.slice(before[i]!.m.end, group[0]!.m.start);
    // 甲依托乙开通某平台: for ORGANIZED, a body another works through runs it with it; for any other verb, the body
    // worked through is not the subject (甲依托乙获评…: 甲 won it).
    const through = loadRelationCues().hostJointWords.includes(gap);
    if (through && type !== 'ORGANIZED') return { list: [before[i]!], carried: false };
    if (!/^[、和与及]$/.test(gap) && !loadRelationCues().jointWords.includes(gap) && !through) break;
    group.unshift(before[i]!);
  }
  return { list: group, carried: false };
}
