// Step 4e: who works with whom and who set up what, read from one clause at a time:
//   甲与乙合作 / 甲和乙签订战略合作协议 / 甲携手乙 / 甲结对帮扶乙          PARTNER_OF (甲 → 乙);
//   某园由甲出资建成 / 某村由甲和乙携手共建                                FOUNDED by 甲 (and 乙);
//   甲成立了一家某公司 / 甲建设起某产业园                                 FOUNDED by 甲.
// Partners and founders are named in the clause; the body founded may be named by its kind alone (这家公司, 这个
// 文化园): the one in view.
import { DOMESTIC_AREA_KINDS } from './located.js';
import { clauseSubject, isBackground, personStartsIn } from './clause-subjects.js';
import { LEVELS_OF_WORD, levelsOf } from './place-in-view.js';
import { isNamedSite } from './entities.js';
import { evidenceFor } from './evidence.js';
import type { SubjectsInView } from './in-view.js';
import { speakerOrg, type ArticleView, type RelationCues, type ResolvedMention } from './relations.js';
import type { Entity, Relation } from './types.js';
import type { RelationshipType } from '../../schema/model.js';

/** 分别与, 各自和: each of those listed before does it with another (rel.partner-of.with reads that one). */
const EACH_WITH_OTHER = /^(?:分别|各自|均)(?:与|和|同|跟)/u;

type Cues = Pick<RelationCues, 'partners' | 'founding' | 'posts'>;

const STOP = /[，,。；;！？!?：:]/u;
/**
 * What may follow a place that is a party in its own right: a conjunction, an adverb, a time word (某村去年与…), a
 * verb of the clause.
 */
const PARTY_FOLLOWERS = /^(?:[、和及与在于将已也还都就便又共]|(?:今年|去年|前年|近日|日前|近年来|此前|先后|再次|正式)[与和同跟]|等(?![地市省县区])|两[村地县区市镇]|[三四五六七八九十]+[村地县区市镇]|\d|签|达|形成|开展|建立|实现|成立|联合|携手|合作|结对|结成|结为|对接|牵手)/u;
/** A relative, friend or fellow the text does not name, doing it with the founder (与父亲一起, 和妻子共同). */
const COMPANION = /(?:与|和|跟|同)(?:[两二三四五六七八九几]+(?:位|名|个))?(?:大学|高中|中学|儿时的|昔日的|多年的)?(?:父亲|母亲|爸爸|妈妈|父母|妻子|丈夫|爱人|儿子|女儿|哥哥|弟弟|姐姐|妹妹|兄弟|姐妹|家人|朋友|好友|同学|战友|同乡|老乡|伙伴|合伙人)(?:一起|一道|共同|合伙)?/u;
const FOUNDER_ADVERBS = /^(?:又|还|并|便|就|随后|后来|先后|于是|共同|牵头|一手|亲手|毅然)+/u;
/** 并担任会长, 任董事长, 自任总经理 closing the clause after a body founded: the post its founder took there. */
const FOUNDER_TAKES_POST = /^[，,](?:并|还|自己|本人|亲自)?(?:担任|出任|自任|任)([\u4e00-\u9fff]{2,6}?)(?=[。；;，,]|$)/u;
/** Posts a founder takes at the body founded: the heads of firms, co-ops and associations. */
const founderPosts = new Set(['董事长', '总经理', '经理', '理事长', '会长', '社长', '主任', '负责人', '院长', '所长', '总裁', '执行董事', '法人代表', '法定代表人', '秘书长', '厂长', '站长', '场长', '馆长', '队长', '团长', '园长', '主席']);
/** A step to a place before founding: 回到, 来到 (and a year) before the place's name. */
const STEP_TO_PLACE = /^(?:\d{4}年(?:\d{1,2}月)?)?(?:回到|返回|来到|扎根|留在)$/u;
/** Words before a body that make it a person's object: founded, joined, worked at (创办了某公司, 加入某协会, 在某厂). */
const OBJECT_BEFORE = /(?:创办|成立|创建|创立|组建|兴办|加入|进入|入职|在)了?(?:一家|这家|该)?$/u;
/** What may stand between a founder and the verb of a relative clause (甲2016年|一手|创办的…). */
const RELATIVE_GAP = /^(?:于?\d{4}年(?:\d{1,2}月)?|当年|早年|一手|亲手|共同|联合|牵头|回乡|返乡)*$/u;
/** A time in a clause headed by 他 or 她 before the verb (他2016年创办的…). */
const RELATIVE_TIME = /(?:于?\d{4}年(?:\d{1,2}月)?|当年|早年)/gu;
/** 他 or 她 heading a relative clause of founding (他创办的, 她2016年牵头成立的). */
const RELATIVE_PRONOUN = /^(?:他|她)(?!们)(?:于?\d{4}年(?:\d{1,2}月)?|当年|早年|一手|亲手|共同|牵头|回乡|返乡)*$/u;
/** 他 or 她 heading the founding verb's clause, adverbs after it. */
const PRONOUN_HEAD = /^(?:他|她)(?!们)(?:又|还|并|便|就|随后|后来|先后|于是|共同|牵头|一手|亲手|毅然)*$/u;
/** A sentence headed by 他 or 她, perhaps after a time word and its comma (2016年大学毕业后，他回到家乡，…). */
const PRONOUN_SENTENCE = /^(?:[^，,。]{0,14}[，,])?(?:他|她)(?!们)[^，,。]*[，,]$/u;
/** What a pairing programme's word may qualify rather than name the pair (山海协作产业园, 东西部协作资金). */
const PAIRING_THINGS = /^(?:产业|园区|飞地|项目|基金|资金|专项|示范|平台|中心|工作站|园|馆|办|组)/u;
const isParty = (r: ResolvedMention): boolean => r.e.label === 'Organization' || (r.e.label === 'Place' && !r.m.attrs.ref);
/** What may be founded: a body, or a park the text names (某某产业园: a place set up as a body is). */
const canBeFounded = (r: ResolvedMention): boolean => r.e.label === 'Organization' || isNamedSite(r.m);

export function partnerRelations(view: ArticleView, inView: SubjectsInView, cues: Cues): Relation[] {
  const out: Relation[] = [];
  const { article, sentences, mentions: ms } = view;
  const text = article.text;
  const add = (type: RelationshipType, a: ResolvedMention | undefined, b: ResolvedMention | undefined, rule: string, confidence: number): void => {
    if (!a || !b || a.e.key === b.e.key) return;
    out.push({ type, start: a.e.key, end: b.e.key, evidence: evidenceFor(article, sentences[b.m.sentence], [a.m, b.m], rule, confidence) });
  };
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const r of ms) {
    const list = bySentence.get(r.m.sentence);
    if (list) list.push(r);
    else bySentence.set(r.m.sentence, [r]);
  }
  const resolvedOf = (p: { m: { id: string } } | undefined): ResolvedMention | undefined => (p ? ms.find((r) => r.m.id === p.m.id) : undefined);
  const find = nextOccurrence(text);
  // (在深圳打工多年的某某回到家乡，…创办了某合作社: the place of a person's past heads no clause — in-view.ts.)
  const personAt = personStartsIn(ms);
  const links = cues.partners.links.filter((w) => text.includes(w));
  const directVerbs = cues.partners.directVerbs.filter((w) => text.includes(w));
  const foundingVerbs = cues.founding.verbs.filter((w) => text.includes(w));
  const foundingLead = new RegExp(`(?:${[...cues.founding.leads].sort((a, b) => b.length - a.length).join('|')})(?:就|便|又|后)?$`, 'u');

  // The sentence read and its mentions: the helpers below are made once for the article, not once a sentence.
  let sentence = sentences[0]!;
  let own: ResolvedMention[] = [];
  const clauseStart = (pos: number): number => {
    let i = pos;
    while (i > sentence.start && !STOP.test(text[i - 1]!)) i--;
    return i;
  };
  const clauseEnd = (pos: number): number => {
    let i = pos;
    while (i < sentence.end && !STOP.test(text[i]!)) i++;
    return i;
  };
  /** A chain of places as printed (凉山普格县) is the last of them; places printed before a body's name (宜都市红花镇政府), the body. */
  const lastOfChain = (r: ResolvedMention): ResolvedMention => {
    let last = r;
    // (Not into a pairing programme's word read as a place: 乙区 + 山海 of 山海协作.)
    for (let next = own.find((q) => q.e.label === 'Place' && q.m.start === last.m.end && pairedBy(last.m.end) === undefined); next && last.e.label === 'Place'; next = own.find((q) => q.e.label === 'Place' && q.m.start === last.m.end && pairedBy(last.m.end) === undefined)) last = next;
    const body = last.e.label === 'Place' ? own.find((q) => q.e.label === 'Organization' && q.m.start === last.m.end) : undefined;
    return body ?? last;
  };
  /** The names listed from `pos` on (乙、丙和丁), the first within a few modifying words (邻近的乙). */
  const listFrom = (pos: number, kinds: (r: ResolvedMention) => boolean): ResolvedMention[] => {
    const first = own.find((r) => kinds(r) && r.m.start >= pos && r.m.start <= pos + 10 && !STOP.test(text.slice(pos, r.m.start)) && (r.m.start === pos || text[r.m.start - 1] === '的'));
    if (!first) return [];
    const list = [lastOfChain(first)];
    const joined = (r: ResolvedMention): boolean => kinds(r) && /^[、和及与]$/u.test(text.slice(list[list.length - 1]!.m.end, r.m.start));
    for (let next = own.find(joined); next; next = own.find(joined)) list.push(lastOfChain(next));
    return list.filter(standsAlone);
  };
  /** The parties listed before `last` with 、, 和 or 及 (甲、乙 before 乙), nearest first, not `last` itself. */
  const listBefore = (last: ResolvedMention): ResolvedMention[] => {
    const list: ResolvedMention[] = [];
    for (let cur = last, prev = own.filter((r) => isParty(r) && r.m.end <= cur.m.start).pop(); prev && /^[、和及]$/u.test(text.slice(prev.m.end, cur.m.start)) && standsAlone(prev); cur = prev, prev = own.filter((r) => isParty(r) && r.m.end <= cur.m.start).pop()) list.push(prev);
    return list;
  };
  /**
   * Who does it: the last name of the clause before `pos` that stands on its own; else a body named by its kind
   * alone right before it (农业公司与…: the one in view); else, for 我们 in a quotation, the speaker's organisation.
   */
  // How the last actor was found, when not as ever: 'kind-adverb' (公司又与…), 'carried-clause' (…，还与…).
  let actorVia: string | undefined;
  const actorBefore = (pos: number, kinds: (r: ResolvedMention) => boolean, depth = 0): ResolvedMention | undefined => {
    actorVia = undefined;
    const start = clauseStart(pos);
    const named = own.filter((r) => kinds(r) && r.m.end <= pos && r.m.start >= start && standsAlone(r)).pop();
    if (named) return named;
    // (该院还与…, 该公司也和…: adverbs between the kind word, after 该 or 这家, and the link.)
    const printed = text.slice(start, pos);
    const bare = printed.replace(/(?:还|也|又|已|已经|正式|率先|先后|再次|积极|主动|同时|将|曾)+$/u, '');
    // 公司又与乙签约, 集团还和乙合作: a firm's kind word alone (a time word may open the clause), adverbs before the link —
    // the company or group in view, only one whose name ends in that word (not a cooperative the kind 公司 also covers)
    // and not one of several heading a sentence together (rel.partner-of.with.kind-adverb).
    const kindAdverb = bare !== printed ? /^(?:(?:今年|去年|近年来|近年|目前|如今|随后|此后|\d{4}年)[，,]?)?(公司|集团)$/u.exec(bare) : null;
    if (kindAdverb) {
      // (Only where the article named one such firm before, whatever its role: 甲入股了乙。…公司又与丙签约, 甲为乙配套。
      // 公司还与丙… — 甲 or 乙, which is meant is not sure.)
      // (集团 stands for a group registered as a company too: 某某集团有限公司.)
      const ofKind = (name: string): boolean => name.endsWith(kindAdverb[1]!) || (kindAdverb[1] === '集团' && /集团(?:股份)?有限(?:责任)?公司$/u.test(name));
      const firms = new Set(ms.filter((q) => q.m.end <= pos && q.e.label === 'Organization' && ofKind(q.e.name)).map((q) => q.e.key));
      const firm = firms.size === 1 ? resolvedOf(inView.bodyNamed(kindAdverb[1]!, pos, ['Organization'])) : undefined;
      const together = firm && ms.some((q) => q !== firm && q.e.label === 'Organization' && ((q.m.start === firm.m.end + 1 && /[、和与及]/u.test(text[firm.m.end] ?? '')) || (q.m.end === firm.m.start - 1 && /[、和与及]/u.test(text[q.m.end] ?? ''))));
      if (firm && ofKind(firm.e.name) && firms.has(firm.e.key) && !together) {
        actorVia = 'kind-adverb';
        return firm;
      }
      return undefined;
    }
    // 公司与甲签订了协议，还与乙共建了丙: a clause of adverbs alone before the link carries the actor of the clause
    // before it in the sentence, when that clause links its own actor by 与, 和, 同 or 跟 (rel.partner-of.with.carried-clause).
    if (depth === 0 && /^(?:还|也|又|并|同时|另外|此外|并且|而且)+$/u.test(printed) && /[，,]/u.test(text[start - 1] ?? '') && start - 1 > sentence.start) {
      const prevStart = clauseStart(start - 1);
      const link = /[与和同跟]/u.exec(text.slice(prevStart, start - 1));
      const carried = link ? actorBefore(prevStart + link.index, kinds, depth + 1) : undefined;
      actorVia = carried ? 'carried-clause' : undefined;
      return carried;
    }
    // (该院今年还与…: a time word between the determined kind word and the adverbs — rel.partner-of.with.determined-timed.)
    const timed = bare !== printed && /^(?:该|这家|这个)/u.test(bare) ? bare.replace(/(?:今年|去年|近年来|近年|近日|日前|目前|此前|\d{4}年(?:\d{1,2}月)?)$/u, '') : bare;
    const before = bare !== printed && /^(?:该|这家|这个)/u.test(bare) ? timed : printed;
    // (该校还与…: 校 after 该 is 学校, the school in view whatever its name ends in.)
    if (/(?:^|[^\u4e00-\u9fff])该校$|^该校$/u.test(before)) {
      const school = resolvedOf(inView.bodyNamed('学校', pos, ['Organization']));
      if (school) return school;
    }
    // (该行还与…: 行 after 该 is 银行, the bank in view, a branch too — rel.partner-of.with.bank-in-view.)
    if (/^该行$/u.test(before)) {
      const bank = resolvedOf(inView.bodyNamed('银行', pos, ['Organization'])) ?? resolvedOf(inView.bodyNamed('分行', pos, ['Organization'])) ?? resolvedOf(inView.bodyNamed('支行', pos, ['Organization']));
      if (bank && bank.e.kind === 'Bank') {
        actorVia = 'bank-in-view';
        return bank;
      }
    }
    const kind = cues.posts.kindWords.find((w) => before.endsWith(w));
    if (kind) {
      // (促成学院和乙达成合作, 推动企业与乙合作: a verb of bringing about before the kind word is not part of its phrase.)
      const phrase = /(?:该|这家|这个)?[\u4e00-\u9fff]{0,4}$/u.exec(before.slice(0, before.length - kind.length))![0].replace(/^.*(?:促成|推动|推进|帮助|助力|引导|鼓励)/u, '') + kind;
      const inViewOrg = resolvedOf(inView.bodyNamed(kind, pos, ['Organization']));
      // (公司 after a sentence that several firms head together, 甲和乙都…: which of them is meant is not sure.)
      const coHeaded = (r: ResolvedMention): boolean => ms.some((q) => q !== r && q.e.label === 'Organization' && ((q.m.start === r.m.end + 1 && /[、和与及]/u.test(text[r.m.end] ?? '')) || (q.m.end === r.m.start - 1 && /[、和与及]/u.test(text[q.m.end] ?? ''))));
      if (inViewOrg && /^(?:公司|企业)$/u.test(kind) && coHeaded(inViewOrg)) return undefined;
      if (inViewOrg && (inViewOrg.e.name.endsWith(phrase.replace(/^(?:该|这家|这个)/u, '')) || /^(?:该|这家|这个)/u.test(phrase))) return inViewOrg;
    }
    if (/我们/u.test(before)) return speakerOrg([...own, ...(bySentence.get(sentence.index + 1) ?? [])], view);
    // 村里与某公司签订了协议, 该镇和某公司…: a word standing for an area, alone before the link (a time word may open the
    // clause), is the place of its level named last before it (rel.partner-of.area-word, set by the caller's rule).
    const areaWord = /^(?:(?:今年|去年|近年来|目前|\d{4}年)[，,]?)?(村里|该村|镇里|该镇|乡里|该乡|县里|该县)$/u.exec(before);
    // 近年来，当地与某研究所合作: 当地 (本地) is the area named last before it, whatever its level (rel.partner-of.area-word).
    if (!areaWord && /^(?:(?:今年|去年|近年来|近年|目前|如今|\d{4}年)[，,]?)?(?:当地|本地)(?:还|也|又|已|积极|主动)*$/u.test(before)) {
      return [...ms].reverse().find((r) => r.m.start < pos && r.e.label === 'Place' && !r.m.attrs.ref && DOMESTIC_AREA_KINDS.has(r.e.kind ?? ''));
    }
    if (areaWord) {
      const levels = LEVELS_OF_WORD[areaWord[1]!.replace(/^该|里$/gu, '')] ?? [];
      return [...ms].reverse().find((r) => r.m.start < pos && r.e.label === 'Place' && !r.m.attrs.ref && levelsOf(r.e).some((l) => levels.includes(l)));
    }
    return undefined;
  };

  /**
   * A place is a party only where its noun phrase ends (杭州签约, 杭州、苏州两地), not where it qualifies a noun the
   * text did not name (与杭州某交易所, 百色的企业).
   */
  function standsAlone(r: ResolvedMention): boolean {
    if (r.e.label !== 'Place') return true;
    const next = text.slice(r.m.end, r.m.end + 3);
    return next === '' || STOP.test(next[0]!) || !/[\u4e00-\u9fff]/u.test(next[0]!) || PARTY_FOLLOWERS.test(next) || pairedBy(r.m.end) !== undefined;
  }
  /**
   * 甲县与乙区山海协作的第十年, 甲市与乙州东西部协作: a programme pairing places (`partners.pairings`) right after the
   * second place names the pair, not a park, fund or project of the programme (乙区山海协作产业园).
   */
  function pairedBy(at: number): string | undefined {
    const word = cues.partners.pairings.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0];
    return word && !PAIRING_THINGS.test(text.slice(at + word.length, at + word.length + 2)) ? word : undefined;
  }

  /**
   * 甲与乙签订供货协议 (购销合同, 收购协议): who supplies whom in a contract of sale (relation-cues.json
   * partners.supplyContracts, rel.supplies.contract), the contract's word in the clause after the partner `b`.
   */
  function supplyByContract(a: ResolvedMention, b: ResolvedMention, from: number): void {
    if (a.e.label !== 'Organization' || b.e.label !== 'Organization') return;
    const sc = cues.partners.supplyContracts;
    const clause = text.slice(from, clauseEnd(from));
    const at = (words: string[]): { w: string; i: number } | undefined =>
      words.map((w) => ({ w, i: clause.indexOf(w) })).filter((x) => x.i !== -1).sort((x, y) => x.i - y.i || y.w.length - x.w.length)[0];
    const seller = at(sc.sellerWords);
    const buyer = at(sc.buyerWords);
    const twoWay = at(sc.twoWayWords);
    const word = [seller, buyer, twoWay].filter((x) => x !== undefined).sort((x, y) => x!.i - y!.i)[0];
    if (!word || !/(?:签订|签署|签约|签下|订立|达成)/u.test(clause.slice(0, word.i))) return;
    // A verb of the sentence after the contract's word (…，每年供应木耳300吨; …，以保护价收购).
    const after = text.slice(from + word.i + word.w.length, sentence.end);
    const firstOf = (verbs: string[]): number => Math.min(...verbs.map((v) => after.indexOf(v)).filter((i) => i !== -1), Infinity);
    const sells = firstOf(sc.sellVerbs);
    const buys = firstOf(sc.buyVerbs);
    const producer = (r: ResolvedMention): boolean => sc.producerEndings.some((e) => r.e.name.endsWith(e));
    let aSells: boolean | undefined;
    if (sells !== buys) aSells = sells < buys;
    else if (producer(a) !== producer(b)) aSells = producer(a);
    else if (word === seller) aSells = true;
    else if (word === buyer) aSells = false;
    if (aSells === undefined) return;
    add('SUPPLIES', aSells ? a : b, aSells ? b : a, sc.id, 0.7);
  }

  for (sentence of sentences) {
    own = bySentence.get(sentence.index) ?? [];
    // 甲与乙…合作
    for (const link of links) {
      for (let w = find(link, sentence.start); w !== -1 && w < sentence.end; w = find(link, w + link.length)) {
        const partners = listFrom(w + link.length, isParty);
        if (!partners.length) continue;
        const rest = text.slice(partners[partners.length - 1]!.m.end, clauseEnd(partners[partners.length - 1]!.m.end));
        if (!cues.partners.verbs.some((v) => rest.includes(v)) && pairedBy(partners[partners.length - 1]!.m.end) === undefined) continue;
        // (甲和乙分别与丙签订合作协议: each of the two works with 丙, read at 与 — not with each other.)
        if (EACH_WITH_OTHER.test(rest)) continue;
        const a = actorBefore(w, isParty);
        const via = actorVia;
        for (const b of partners) add('PARTNER_OF', a, b, via ? `rel.partner-of.with.${via}` : 'rel.partner-of.with', via ? 0.7 : 0.8);
        if (a && partners.length === 1) supplyByContract(a, partners[0]!, partners[0]!.m.end);
        // 甲、乙分别与丙签订投资协议, 甲、乙、丙3家企业分别与丁…: every party of a list right before 分别 (均, 各自),
        // perhaps counted, does it.
        if (a && /^(?:[\d两二三四五六七八九十]+家(?:企业|公司|单位|机构)?)?(?:分别|均|各自|都)$/u.test(text.slice(a.m.end, w))) for (const l of listBefore(a)) for (const b of partners) add('PARTNER_OF', l, b, 'rel.partner-of.with', 0.8);
      }
    }
    // 甲携手乙, 甲结对帮扶乙
    for (const verb of directVerbs) {
      for (let v = find(verb, sentence.start); v !== -1 && v < sentence.end; v = find(verb, v + verb.length)) {
        const partners = listFrom(v + verb.length, isParty);
        if (!partners.length) continue;
        const a = actorBefore(v, isParty);
        for (const b of partners) add('PARTNER_OF', a, b, 'rel.partner-of.verb', 0.8);
      }
    }

    // 甲、乙、丙三方签订合作协议, 甲和乙双方…合作: parties listed before a word counting them, a verb of working
    // together in the clause — each works with each.
    for (let k = 0; k < own.length; k++) {
      const first = own[k]!;
      if (!isParty(first) || (k > 0 && /^[、和与及]$/u.test(text.slice(own[k - 1]!.m.end, first.m.start)))) continue;
      const list = listFrom(first.m.start, isParty);
      if (list.length < 2 || list.length > 4) continue;
      const after = list[list.length - 1]!.m.end;
      const count = /^(?:双方|三方|四方|多方|两家|三家|四家|[两三四]家单位|等[\d两三四五六七八九十]+家单位)/u.exec(text.slice(after, after + 8));
      if (!count) continue;
      const rest = text.slice(after + count[0].length, clauseEnd(after));
      if (!cues.partners.verbs.some((v) => rest.includes(v))) continue;
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add('PARTNER_OF', list[i], list[j], 'rel.partner-of.listed', 0.75);
    }

    // 某公司是王某于2015年创办的: the founder between 是 and the verb, the body heading the clause.
    for (let y = find('是', sentence.start); y !== -1 && y < sentence.end; y = find('是', y + 1)) {
      const founder = own.find((r) => (r.e.label === 'Person' || isParty(r)) && r.m.start === y + 1);
      if (!founder) continue;
      const tail = new RegExp(`^(?:于?\\d{4}年(?:\\d{1,2}月)?|一手|亲手|共同|联合)*(?:${cues.founding.verbs.join('|')})(?:起来)?的`, 'u').exec(text.slice(founder.m.end, founder.m.end + 16));
      if (!tail) continue;
      const body = own.filter((r) => canBeFounded(r) && r.m.end === y).pop();
      add('FOUNDED', founder, body, 'rel.founded.was-set-up-by', 0.8);
    }

    // 某园由甲(和乙)出资建成
    for (let y = find('由', sentence.start); y !== -1 && y < sentence.end; y = find('由', y + 1)) {
      const founders = listFrom(y + 1, isParty);
      // 某公司由村集体和返乡青年甲共同出资成立: founders named by a word for the area's collective (the place of its level
      // in view) or after a word describing them (rel.founded.by.described).
      if (!founders.length || !new RegExp(`^(?:${cues.founding.helpers.join('|')})*(?:${cues.founding.verbs.join('|')})`, 'u').test(text.slice(founders[founders.length - 1]!.m.end, clauseEnd(y)).replace(/^[（(][^）)]{1,20}[）)]/u, ''))) {
        const described = describedFounders(y + 1);
        const founded = described.length ? foundedBefore(y) : undefined;
        for (const f of founded ? described : []) add('FOUNDED', f, founded, 'rel.founded.by.described', 0.75);
        if (founded) continue;
      }
      if (!founders.length) continue;
      // 由甲和乙（以下简称“乙方”）携手共建: a note in brackets after a founder's name is passed over.
      const after = text.slice(founders[founders.length - 1]!.m.end, clauseEnd(y)).replace(/^[（(][^）)]{1,20}[）)]/u, '');
      if (!new RegExp(`^(?:${cues.founding.helpers.join('|')})*(?:${cues.founding.verbs.join('|')})`, 'u').test(after)) continue;
      const founded = foundedBefore(y);
      for (const f of founders) add('FOUNDED', f, founded, 'rel.founded.by', 0.8);
      for (let i = 1; i < founders.length; i++) add('PARTNER_OF', founders[0], founders[i], 'rel.partner-of.with', 0.75);
    }
    // 甲创办的某公司, 他2016年创办的某合作社: the founder and the verb qualify the body named right after 的 (a time
    // or an adverb may stand between); 他 or 她 is the person named last before it in the paragraph.
    for (const verb of foundingVerbs) {
      for (let v = find(verb, sentence.start); v !== -1 && v < sentence.end; v = find(verb, v + verb.length)) {
        if (text[v + verb.length] !== '的') continue;
        const founded = own.find((r) => canBeFounded(r) && r.m.start === v + verb.length + 1);
        if (!founded) continue;
        const named = own.filter((r) => (r.e.label === 'Person' || isParty(r)) && r.m.end <= v && r.m.start >= clauseStart(v) && RELATIVE_GAP.test(text.slice(r.m.end, v))).pop();
        const lead = text.slice(clauseStart(v), v);
        const pronoun = named ? undefined : RELATIVE_PRONOUN.test(lead) ? pronounFounder(v, lead.replace(RELATIVE_TIME, '')) ?? personBeforeParagraph(clauseStart(v)) : undefined;
        add('FOUNDED', named ?? pronoun, founded, named ? 'rel.founded.relative-clause' : 'rel.founded.relative-clause.pronoun', 0.75);
      }
    }
    // 甲成立了一家某公司
    for (const verb of foundingVerbs) {
      for (let v = find(verb, sentence.start); v !== -1 && v < sentence.end; v = find(verb, v + verb.length)) {
        if (text[v - 1] === '由' || /由.{0,12}$/u.test(text.slice(clauseStart(v), v))) continue; // read above
        const gap = new RegExp(`^(?:了|起)?(?:${cues.founding.articles.join('|')})?`, 'u').exec(text.slice(v + verb.length))![0];
        const at = v + verb.length + gap.length;
        const kindFirst = own.find((r) => canBeFounded(r) && r.m.start === at);
        // 村里成立了强村公司——某某农业发展有限公司: a kind of body followed by a dash (or a colon) and a name is that name
        // (the founder read as below).
        // (强村公司 is a kind the extraction reads as no body at all: its words alone before the dash.)
        const kindEnd = kindFirst?.m.end ?? at + (/^\p{Script=Han}{2,6}?(?=——|：|:)/u.exec(text.slice(at, at + 9))?.[0].length ?? 0);
        const sep = kindEnd > at ? /^(?:——|：|:)/u.exec(text.slice(kindEnd))?.[0] : undefined;
        const dashed = sep ? own.find((r) => canBeFounded(r) && r.e.label === 'Organization' && r.m.start === kindEnd + sep.length && r.e.key !== kindFirst?.e.key) : undefined;
        const founded = dashed ?? kindFirst ?? kindInView(at, gap);
        if (!founded) continue;
        // 王某辞职回乡，成立了某公司: with no founder in its clause, the person or body heading an earlier clause of the
        // sentence (承前省略) set it up.
        const own0 = actorBefore(v, (r) => isParty(r) || r.e.label === 'Person');
        // (与父亲一起成立了…: a relative or friend the text does not name, joined to the founder, is no founder.)
        // (返乡后创办了…, 回乡创办了…: a step the founder took before, `founding.leads`, leaves the clause naming no one.)
        const lead = text.slice(clauseStart(v), v).replace(COMPANION, '').replace(foundingLead, '');
        const chained = own0 || lead.replace(/^(?:\d{4}年(?:\d{1,2}月)?|又|还|并|便|就|随后|后来|先后|于是|共同|牵头)+/u, '') !== '' ? undefined : clauseSubject(text, sentence.start, v, own.filter((r) => !isBackground(text, r.m, personAt)));
        const byChain = chained && !chained.own && (chained.subject.e.label === 'Person' || chained.subject.e.label === 'Organization') && chained.subject !== founded ? chained.subject : undefined;
        // 2021年，村里成立了某公司: a word standing for an area heading the clause (村里, 该村, 镇里, 该镇…) is the place of
        // its level named last before it (rel.founded.set-up.area-word).
        const areaWord = own0 || byChain ? undefined : /^(?:(?:\d{4}年|今年|去年|近年来|随后|后来)[，,]?)?(村里|该村|镇里|该镇|乡里|该乡|县里|该县)(?:又|还|先后|牵头|率先|专门|随即|今年|去年|前年|\d{4}年)*$/u.exec(text.slice(clauseStart(v), v));
        const levels = areaWord ? (LEVELS_OF_WORD[areaWord[1]!.replace(/^该|里$/gu, '')] ?? []) : [];
        // (某村党支部书记甲介绍，村里还成立了…: a place opening a body's name counts too — the village whose branch the
        // speaker leads, not a village named in an earlier sentence.)
        const areaMention = areaWord ? [...ms].reverse().find((r) => r.m.start < v && ((r.e.label === 'Place' && !r.m.attrs.ref && levelsOf(r.e).some((l) => levels.includes(l))) || (r.e.label === 'Organization' && r.placeInName === true && r.place?.label === 'Place' && levelsOf(r.place).some((l) => levels.includes(l))))) : undefined;
        const area = areaMention && areaMention.e.label !== 'Place' ? { ...areaMention, e: areaMention.place as Entity } : areaMention;
        // 他回到家乡，与父亲一起成立了某农场; 2019年，他牵头创办了某合作社: 他 or 她 heading the verb's clause, or the
        // sentence's first clause when the verb's clause names no one, is the person named last before it in the
        // paragraph (rel.founded.set-up.pronoun).
        const pronounHead = own0 || byChain || area ? undefined : pronounFounder(v, lead);
        // 原某公司副总经理甲退休后，创办了某合作社: a person closing the clause before with a step of their own
        // (`founding.leads`), the verb's clause naming no one — the person heading it after a title.
        const prevEnd = clauseStart(v) - 1;
        const stepper = own0 || byChain || area || pronounHead || lead.replace(/^(?:\d{4}年(?:\d{1,2}月)?|又|还|并|便|就|随后|后来)+/u, '') !== '' || prevEnd <= sentence.start ? undefined : own.filter((r) => r.e.label === 'Person' && r.m.end <= prevEnd && r.m.start >= clauseStart(prevEnd)).pop();
        const stepped = stepper && (stepToPlace(stepper.m.end, prevEnd) || new RegExp(`^(?:\\d{4}年(?:\\d{1,2}月)?)?(?:${cues.founding.leads.join('|')})$`, 'u').test(text.slice(stepper.m.end, prevEnd))) ? stepper : undefined;
        const actor = own0 ?? byChain ?? area ?? pronounHead ?? stepped;
        add('FOUNDED', actor, founded, own0 ? 'rel.founded.set-up' : area && actor === area ? 'rel.founded.set-up.area-word' : pronounHead && actor === pronounHead ? 'rel.founded.set-up.pronoun' : stepped && actor === stepped ? 'rel.founded.set-up.after-step' : 'rel.founded.set-up.clause-subject', own0 ? 0.75 : 0.7);
        // 甲创办了某公司，任董事长; 她牵头成立了某协会，并担任会长: the founder takes a post at what was founded, the
        // clause after naming the post alone (rel.works-for.founder-takes-post).
        const takes = actor?.e.label === 'Person' && founded && founded.m.start === at ? FOUNDER_TAKES_POST.exec(text.slice(founded.m.end, founded.m.end + 14)) : null;
        if (takes && actor && founded && founderPosts.has(takes[1]!.replace(/^(?:常务)?副/u, ''))) {
          out.push({ type: 'WORKS_FOR', start: actor.e.key, end: founded.e.key, role: takes[1]!, evidence: evidenceFor(article, sentences[founded.m.sentence], [actor.m, founded.m], 'rel.works-for.founder-takes-post', 0.75) });
        }
        // 甲与乙联合成立了丙: the party joined to the founder by 与 or 和 (a word of working together before the verb) set it up too.
        if (actor && /^(?:联合|共同|携手|合作|一起|一道|共同出资|合资)?$/u.test(text.slice(actor.m.end, v))) {
          const joined = own.filter((r) => (isParty(r) || r.e.label === 'Person') && r.m.end < actor.m.start && r.m.start >= clauseStart(v) && /^[与和同跟、及]$/u.test(text.slice(r.m.end, actor.m.start))).pop();
          if (joined) add('FOUNDED', joined, founded, 'rel.founded.set-up', 0.75);
          // (公司和乙共建了丙: a body named by its kind alone before the link, the one in view.)
          else if (/[与和同跟]$/u.test(text.slice(clauseStart(v), actor.m.start))) {
            const kindJoined = actorBefore(actor.m.start - 1, isParty);
            if (kindJoined && kindJoined !== actor) add('FOUNDED', kindJoined, founded, 'rel.founded.set-up.joined-kind', 0.7);
          }
        }
      }
    }
  }
  /**
   * The person 他 or 她 stands for when it heads the founding verb's clause (`lead`: the clause before the verb, a
   * companion taken out), or the sentence's first clause after a time word with the verb's clause naming no one: the
   * last person named before it in its paragraph, with no body or place named between them that could be the doer.
   */
  /**
   * 她创办的某公司 opening a paragraph: the one person the paragraph before names last, when the pronoun opens this one
   * (the paragraph goes on about her).
   */
  function personBeforeParagraph(at: number): ResolvedMention | undefined {
    const k = article.paragraphs.findIndex((g) => at >= g.start && at < g.end);
    if (k <= 0 || article.paragraphs[k]!.start !== at) return undefined;
    const before = article.paragraphs[k - 1]!;
    return ms.filter((r) => r.e.label === 'Person' && r.m.start >= before.start && r.m.end <= before.end).pop();
  }
  /** 回到某村, 来到某县后 between `from` and `to`: a step to a place the text names (rel.founded.set-up.after-step). */
  function stepToPlace(from: number, to: number): boolean {
    // (A chain of places, 回到山东菏泽曹县某镇: each follows the one before.)
    const places = ms.filter((r) => r.e.label === 'Place' && r.m.start > from && r.m.end <= to).sort((a, b) => a.m.start - b.m.start);
    if (!places.length || !/^后?$/u.test(text.slice(places[places.length - 1]!.m.end, to))) return false;
    for (let i = 1; i < places.length; i++) if (places[i]!.m.start !== places[i - 1]!.m.end) return false;
    return STEP_TO_PLACE.test(text.slice(from, places[0]!.m.start));
  }
  function pronounFounder(v: number, lead: string): ResolvedMention | undefined {
    const head = PRONOUN_HEAD.test(lead) ? clauseStart(v) : lead.replace(FOUNDER_ADVERBS, '') === '' ? PRONOUN_SENTENCE.exec(text.slice(sentence.start, clauseStart(v))) ? sentence.start : -1 : -1;
    if (head < 0) return undefined;
    const at = text.indexOf(/她/u.test(text.slice(head, v)) && !/他/u.test(text.slice(head, v)) ? '她' : '他', head);
    const paragraphStart = article.paragraphs.find((g) => at >= g.start && at < g.end)?.start ?? 0;
    const earlier = ms.filter((r) => r.m.start >= paragraphStart && r.m.end <= at);
    const person = earlier.filter((r) => r.e.label === 'Person').pop();
    if (!person) return undefined;
    // Not past another person or a body named after the person, which 他 might stand for or be part of.
    // (A body the person founded or joined before, 创办了某公司。她还…, is the person's object, not who 她 is.)
    const objectOfPerson = (r: ResolvedMention): boolean => OBJECT_BEFORE.test(text.slice(Math.max(0, r.m.start - 6), r.m.start));
    return earlier.some((r) => r.m.start > person.m.end && r.e.label === 'Organization' && !objectOfPerson(r)) ? undefined : person;
  }
  /**
   * The founders listed from `pos` up to the helpers and the verb of founding (由村集体和返乡青年甲共同出资成立): each item,
   * parted by 、 和 及 与, is a word for an area's collective (`founding.collectives`: 村集体 — the place of its level named
   * last before it) or ends with a person's or a body's name, a few describing characters before it (返乡青年甲); any
   * other item, or none named, gives no founder.
   */
  function describedFounders(pos: number): ResolvedMention[] {
    const verb = new RegExp(`(?:${cues.founding.helpers.join('|')})*(?:${cues.founding.verbs.join('|')})`, 'u').exec(text.slice(pos, clauseEnd(pos)));
    if (!verb || verb.index < 2) return [];
    const end = pos + verb.index;
    const out: ResolvedMention[] = [];
    let from = pos;
    while (from < end) {
      const collective = cues.founding.collectives.find((w) => text.startsWith(w, from) && /^(?:[、和及与]|$)/u.test(text.slice(from + w.length, end).slice(0, 1)));
      if (collective) {
        const levels = LEVELS_OF_WORD[collective[0]!] ?? [];
        const area = [...ms].reverse().find((r) => r.m.start < pos && r.e.label === 'Place' && !r.m.attrs.ref && levelsOf(r.e).some((l) => levels.includes(l)));
        if (!area) return [];
        out.push(area);
        from += collective.length;
      } else {
        const named = own.find((r) => (r.e.label === 'Person' || r.e.label === 'Organization') && r.m.start >= from && r.m.start - from <= 6 && r.m.end <= end && /^[\u4e00-\u9fff]*$/u.test(text.slice(from, r.m.start)) && /^(?:[、和及与]|$)/u.test(text.slice(r.m.end, end).slice(0, 1)));
        if (!named) return [];
        out.push(named);
        from = named.m.end;
      }
      if (from < end) from++;
    }
    return out.some((r) => r.e.label !== 'Place') || out.length > 1 ? out : [];
  }
  /** The body founded: named before 由 in the clause, or by its kind alone (这个文化园) — the one in view. */
  function foundedBefore(pos: number): ResolvedMention | undefined {
    const start = clauseStart(pos);
    const named = own.filter((r) => canBeFounded(r) && r.m.start >= start && r.m.end <= pos).pop();
    if (named) return named;
    const kind = new RegExp(`^(?:${cues.founding.articles.join('|')})(\\S{1,4}?)$`, 'u').exec(text.slice(start, pos));
    return kind ? resolvedOf(inView.bodyNamed(kind[1]!, start, ['Organization'])) : undefined;
  }
  /** 成立这家公司: a body named by its kind alone after a demonstrative is the one in view. */
  function kindInView(at: number, gap: string): ResolvedMention | undefined {
    if (!/[这该此]/u.test(gap)) return undefined;
    const word = /^[\u4e00-\u9fff]{1,4}?(?=[，,。；、的]|$)/u.exec(text.slice(at, at + 5))?.[0];
    return word ? resolvedOf(inView.bodyNamed(word, at, ['Organization'])) : undefined;
  }
  return out;
}

/**
 * `text.indexOf(word, from)`, remembering each word's last answer: asked again from a point between where the last
 * search began and what it found (or anywhere past its start when it found nothing), the answer is the same without
 * searching. Reading sentence by sentence, a word absent from the rest of the article is then searched for once,
 * not once a sentence.
 */
export function nextOccurrence(text: string): (word: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (word, from) => {
    const known = last.get(word);
    if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
    const at = text.indexOf(word, from);
    last.set(word, { from, at });
    return at;
  };
}
