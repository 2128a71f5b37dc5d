// Step 4f: groups, suppliers and pilots, read from one clause at a time (cue words in model/relation-cues.json,
// `groups`):
//   甲集团旗下的乙公司 / 甲集团旗下有乙、丙等企业 / 乙是甲集团旗下企业 / 乙是甲的全资子公司 / 甲的子公司乙 /
//   乙隶属于甲                                                                  PART_OF (乙 → 甲);
//   甲公司为乙公司提供… / 为某项目供货 / 给乙配套                             SUPPLIES (甲 → 乙, a firm or a project);
//   “某行动”在某县试点 / 在某县试点某行动 / 某县试点某行动                    PILOTED_IN (the programme → the place);
//   在某村举办了某活动 / 某博览会在某市开幕                                   LOCATED_IN (the event → where it is held).
// Both ends are named in the clause; the firm that supplies heads it (or, with none named there, heads an earlier
// clause of the sentence that this one goes on from).
import { clauseSubject } from './clause-subjects.js';
import { evidenceFor } from './evidence.js';
import { isNamedSite } from './entities.js';
import { DOMESTIC_AREA_KINDS } from './located.js';
import type { SubjectsInView } from './in-view.js';
import type { ArticleView, RelationCues, ResolvedMention } from './relations.js';
import type { Relation } from './types.js';
import type { RelationshipType } from '../../schema/model.js';

type Cues = RelationCues['groups'];

const STOP = /[，,。；;！？!?：:]/u;
const JOINERS = /^[、和及与]$/u;
/** What a verb's object follows (为甲配套, 向甲供货, 与甲签约, 对甲进行收购). */
const OBJECT_BEFORE = /^[为给向与和同跟对把帮替]$/u;
/** What a group owns and a firm supplies: a firm (not a government body, a school or a bank's customer list). */
const FIRM_KINDS = new Set(['Company', 'IndustrialPark', 'Incubator', 'ResearchInstitute']);
/** A verb of having and a count between a parent and the word for its child (集团还有一家全资子公司乙, 拥有两家子公司). */
const OWNS_COUNT = /(?:还|也|共|目前|现|另)*(?:有|拥有|下设|下辖|控股)(?:[一二两三四五六七八九十\d]+家)?$/u;
const isFirm = (r: ResolvedMention): boolean => r.e.label === 'Organization' && FIRM_KINDS.has(r.e.kind ?? '');
/** A public body that has units of its own (某局下属的某站, 某医院所属的某中心): not a firm. */
const PUBLIC_BODY_KINDS = new Set(['GovernmentAgency', 'PublicInstitution', 'Hospital', 'School', 'Association', 'PartyOrganization', 'SocialOrganization']);
const isPublicBody = (r: ResolvedMention): boolean => r.e.label === 'Organization' && PUBLIC_BODY_KINDS.has(r.e.kind ?? '');
/** A body's unit: an organisation that is no company (a station, a centre, a school, a branch bank). */
const isUnit = (r: ResolvedMention): boolean => r.e.label === 'Organization' && r.e.kind !== 'Company' && !FIRM_KINDS.has(r.e.kind ?? '');
/** Who may buy from a supplier: a firm, a hospital, a school (甲是某医院的定点供应商). */
const BUYER_KINDS = new Set(['Hospital', 'School']);
const isBuyer = (r: ResolvedMention): boolean => isFirm(r) || (r.e.label === 'Organization' && BUYER_KINDS.has(r.e.kind ?? ''));
/** What is held somewhere: a fair, a festival, a campaign's event. */
const EVENT_KINDS = new Set(['TradeFair', 'Campaign']);

export function groupRelations(view: ArticleView, cues: Cues, inView?: SubjectsInView, kindWords: readonly string[] = []): Relation[] {
  const out: Relation[] = [];
  const { article, sentences, mentions: ms } = view;
  const text = article.text;
  const add = (type: RelationshipType, a: ResolvedMention | undefined, b: ResolvedMention | undefined, rule: string, confidence: number): void => {
    if (!a || !b || a.e.key === b.e.key) return;
    out.push({ type, start: a.e.key, end: b.e.key, evidence: evidenceFor(article, sentences[a.m.sentence], [a.m, b.m], rule, confidence) });
  };
  const held = (words: readonly string[]): string[] => words.filter((w) => text.includes(w));
  const parentWords = held(cues.parentWords);
  const childWords = held(cues.childWords);
  const belongsVerbs = held(cues.belongsVerbs);
  const supplyVerbs = held(cues.supplyVerbs);
  const purchaseVerbs = held(cues.purchaseVerbs);
  const purchaseFromVerbs = held(cues.purchaseFromVerbs);
  const pilotVerbs = held(cues.pilotVerbs);
  const acquireVerbs = held(cues.acquireVerbs);
  const ordersFrom = held(cues.ordersFrom);
  const boughtFromWords = held(cues.boughtFromWords);
  const unitWords = held(cues.unitParentWords);
  if (!parentWords.length && !unitWords.length && !ordersFrom.length && !boughtFromWords.length && !childWords.length && !belongsVerbs.length && !supplyVerbs.length && !purchaseVerbs.length && !pilotVerbs.length && !acquireVerbs.length && !text.includes('作为') && !cues.eventVerbs.some((w) => text.includes(w)) && !cues.projectVerbs.some((w) => text.includes(w))) return out;

  const bySentence = new Map<number, ResolvedMention[]>();
  for (const r of ms) {
    const list = bySentence.get(r.m.sentence);
    if (list) list.push(r);
    else bySentence.set(r.m.sentence, [r]);
  }
  const startingAt = new Map(ms.map((r) => [r.m.start, r]));
  const endingAt = new Map(ms.map((r) => [r.m.end, r]));
  /** The names listed from `pos` on (甲、乙和丙), each passing `ok`. */
  const listFrom = (pos: number, ok: (r: ResolvedMention) => boolean): ResolvedMention[] => {
    const list: ResolvedMention[] = [];
    for (let r = startingAt.get(pos); r && ok(r); r = JOINERS.test(text[r.m.end] ?? '') ? startingAt.get(r.m.end + 1) : undefined) list.push(r);
    return list;
  };
  /** The word of `words` printed at `pos`, the longest. */
  const wordAt = (words: readonly string[], pos: number): string | undefined => {
    let best: string | undefined;
    for (const w of words) if (text.startsWith(w, pos) && (!best || w.length > best.length)) best = w;
    return best;
  };

  /** 在 a place (of a chain, the last) and a verb of holding an event right after it (在某村隆重举办): the place and the verb's end. */
  const venueAt = (pos: number): { venue: ResolvedMention; verb: number; project: boolean } | undefined => {
    let venue = startingAt.get(pos);
    if (!venue || venue.e.label !== 'Place' || venue.m.attrs.ref) return undefined;
    for (let next = startingAt.get(venue.m.end); next?.e.label === 'Place'; next = startingAt.get(venue.m.end)) venue = next;
    let v = venue.m.end;
    v += wordAt(cues.eventManners, v)?.length ?? 0;
    const verb = wordAt(cues.eventVerbs, v);
    if (verb) return { venue, verb: v + verb.length, project: false };
    // 某项目在某镇开工建设, 正式投产: where a project is built.
    const works = wordAt(cues.projectVerbs, v);
    return works ? { venue, verb: v + works.length, project: true } : undefined;
  };

  /** A name printed after 为, 给, 向, 与, 和, 对… (or listed after one so printed): the object of a verb, not a topic. */
  const namedAsObject = (q: ResolvedMention): boolean => {
    let first = q;
    // (甲与乙、丙合作: the walk back stops at 与 — the names after it are the partners of the one before; 和 joins
    // names heading a sentence together as often, 甲和乙都…, and is walked over.)
    for (let prev = endingAt.get(first.m.start - 1); prev && JOINERS.test(text[first.m.start - 1] ?? '') && text[first.m.start - 1] !== '与'; prev = endingAt.get(first.m.start - 1)) first = prev;
    return OBJECT_BEFORE.test(text[first.m.start - 1] ?? '');
  };

  /** The firm or group a kind word (公司, 该公司, 集团) right before `pos` and opening its clause stands for: the one in view. */
  // (`selling`: 公司产品主要为乙配套, 公司长期为乙配套 — the firm's products and adverbs may follow the kind word.)
  const parentOfKind = (pos: number, floor: number, selling = false): ResolvedMention | undefined => {
    let before = text.slice(clauseStartOf(text, pos, floor), pos).replace(/的$/u, '');
    // (集团还有一家全资子公司乙: a verb of having and a count between the kind word and the child word.)
    before = before.replace(OWNS_COUNT, '');
    const tail = selling ? '(?:的?产品)?(?:主要|长期|一直|还|也|又|已|已经|今年|目前|专门|常年|率先|先后|开始|同时|每年|每月|常年)*' : '';
    const m = new RegExp(`^(?:(?:\\d{4}年|今年|去年|报告期内|年内|目前|同时|此外|其中)[，,]?)?(?:该|本)?([\\u4e00-\\u9fff]{1,3}?)${tail}$`, 'u').exec(before);
    // (合作社 with `selling`: 合作社为某集团供应原料 — the cooperative of the title, or the only one named before.)
    const word = m && (/^(?:公司|集团|企业)$/u.test(m[1]!) || (selling && m[1] === '合作社')) && kindWords.includes(m[1]!) ? m[1]! : undefined;
    if (!word) return undefined;
    const ofKind = (q: ResolvedMention): boolean => (word === '合作社' ? q.e.label === 'Organization' && q.e.name.endsWith('合作社') : isFirmOrGroup(q));
    // The company the title names (a report's company: 某公司发布年报), else the only one the article names before it;
    // with several named and none in the title, which is meant is not sure (东莹化工成为公司全资子公司。…公司旗下的乙).
    const title = article.titleSpan;
    const titled = [...new Set(ms.filter((q) => q.m.start >= title.start && q.m.end <= title.end && ofKind(q)).map((q) => q.e.key))];
    // (A firm named only as another's buyer, supplier or partner — after 为, 给, 向, 与…, or listed with one so named —
    // is not what the article is about: 公司主要为甲配套。…公司又为乙提供….)
    const named = [...new Set(ms.filter((q) => q.m.end <= pos && ofKind(q) && !namedAsObject(q)).map((q) => q.e.key))];
    const key = titled.length === 1 ? titled[0] : titled.length === 0 && named.length === 1 ? named[0] : undefined;
    const body = key ? inView!.bodyNamed(word, pos, ['Organization']) : undefined;
    const r = body ? ms.find((q) => q.m.id === body.m.id) : undefined;
    return r && r.e.key === key ? r : key ? ms.find((q) => q.e.key === key && q.m.end <= pos) : undefined;
  };

  // Only a position where a cue word may begin is looked at.
  const firstChars = new Set([...parentWords, ...childWords, ...cues.copulas, ...belongsVerbs, ...pilotVerbs, ...acquireVerbs, ...ordersFrom, ...boughtFromWords, '在', '为', '给', '作', '向', '从', '成'].map((w) => w[0]!));
  const supplierWords = held(cues.supplierWords);

  for (const sentence of sentences) {
    const own = bySentence.get(sentence.index) ?? [];
    // (One name is enough where the other end is a kind word in view: 公司控股子公司乙.)
    if (own.length < (inView ? 1 : 2)) continue;
    for (let i = sentence.start; i < sentence.end; i++) {
      if (!firstChars.has(text[i]!)) continue;
      // 甲旗下的乙, 甲下属的乙、丙, 甲旗下有乙等企业; 甲的(全资)子公司乙.
      const parentWord = wordAt(parentWords, i);
      // (甲集团全资子公司乙: the child word right after the parent's name, no 的 between — rel.part-of.subsidiary.glued.)
      const gluedParent = !parentWord && text[i - 1] !== '的' ? endingAt.get(i) : undefined;
      const glued = gluedParent && isFirmOrGroup(gluedParent) ? wordAt(childWords, i) : undefined;
      const childWord = !parentWord && text[i - 1] === '的' ? wordAt(childWords, i) : glued;
      // 公司控股子公司乙, 该集团全资子公司乙: the parent named by its kind alone, opening the clause — the one in view.
      const kindChild = !parentWord && !childWord ? wordAt(childWords, i) : undefined;
      const kindParent = kindChild && inView ? parentOfKind(i, sentence.start) : undefined;
      // (集团拥有三家全资子公司，分别是乙、丙和丁: a word opening the list between the child word and the names.)
      const listAt = kindChild ? i + kindChild.length + (wordAt(cues.ownsListOpeners, i + kindChild.length)?.length ?? 0) : i;
      if (kindParent) for (const child of listFrom(listAt, isFirm)) add('PART_OF', child, kindParent, 'rel.part-of.subsidiary.kind-in-view', 0.75);
      // 某集团还有一家全资子公司乙, 某公司拥有两家子公司乙、丙: the parent heading the clause, a verb of having and a count
      // before the child word (rel.part-of.subsidiary.owns).
      const owns = kindChild && !kindParent ? OWNS_COUNT.exec(text.slice(Math.max(sentence.start, i - 10), i)) : null;
      const owner = owns ? endingAt.get(i - owns[0].length) : undefined;
      if (owner && isFirmOrGroup(owner) && owner.m.start >= clauseStartOf(text, i, sentence.start)) for (const child of listFrom(listAt, isFirm)) add('PART_OF', child, owner, listAt > i + kindChild!.length ? 'rel.part-of.subsidiary.owns.listed' : 'rel.part-of.subsidiary.owns', 0.75);
      if (parentWord || childWord) {
        // (公司旗下的乙: the parent named by its kind alone, the one in view.)
        const parent = endingAt.get(parentWord || glued ? i : i - 1) ?? (parentWord && inView ? parentOfKind(i, sentence.start) : undefined);
        let after = i + (parentWord ?? childWord)!.length;
        if (parentWord) after += wordAt(cues.parentFollowers, after)?.length ?? 0;
        if (parent && isFirmOrGroup(parent)) for (const child of listFrom(after, isFirm)) add('PART_OF', child, parent, parentWord ? 'rel.part-of.group-owns' : glued ? 'rel.part-of.subsidiary.glued' : 'rel.part-of.subsidiary', 0.8);
        // 某局下属的某站, 某医院所属的某中心, 某局直属的某校: a public body's unit, no firm at either end
        // (rel.part-of.unit-of-body; 旗下 is a group's word).
        else if (parent && parentWord && cues.unitParentWords.includes(parentWord) && isPublicBody(parent)) for (const child of listFrom(after, isUnit)) add('PART_OF', child, parent, 'rel.part-of.unit-of-body', 0.75);
      }
      // 乙是甲旗下企业, 乙是甲的全资子公司, 乙为甲下属企业, 乙隶属于甲.
      const copula = wordAt(cues.copulas, i);
      const belongs = copula ? undefined : wordAt(belongsVerbs, i);
      if (copula || belongs) {
        const child = endingAt.get(i);
        const parent = startingAt.get(i + (copula ?? belongs)!.length);
        if (child && parent && isFirm(child) && isFirmOrGroup(parent)) {
          const rest = text.slice(parent.m.end, parent.m.end + 8).replace(/^的/u, '');
          const states = belongs ? !/^[、和与及]/u.test(rest) : cues.ownedWords.some((w) => rest.startsWith(w));
          if (states) add('PART_OF', child, parent, belongs ? 'rel.part-of.belongs-to' : 'rel.part-of.group-member', 0.8);
        } else if (copula && child && parent && isUnit(child) && (isPublicBody(parent) || isFirmOrGroup(parent) || parent.e.kind === 'Bank')) {
          // 某校是某局直属的公办学校, 某分行是某银行股份有限公司的分支机构: a unit of a public body or a bank's branch
          // (rel.part-of.unit-of-body.copula; only the unit's words, `unitParentWords`).
          const rest = text.slice(parent.m.end, parent.m.end + 8).replace(/^的/u, '');
          if (cues.unitParentWords.some((w) => rest.startsWith(w))) add('PART_OF', child, parent, 'rel.part-of.unit-of-body.copula', 0.75);
        } else if (belongs && child && parent && isUnit(child) && isPublicBody(parent) && !/^[、和与及]/u.test(text.slice(parent.m.end, parent.m.end + 1))) {
          // 某村村民委员会隶属于某街道办事处, 某站隶属于某局: a public body's unit (rel.part-of.belongs-to.body).
          add('PART_OF', child, parent, 'rel.part-of.belongs-to.body', 0.75);
        }
      }
      // 甲为乙提供…, 甲给乙供货, 甲为某项目配套 (not 成为, 作为, 认为).
      if ((text[i] === '为' || text[i] === '给') && !/[成作认因称更较最行]/u.test(text[i - 1] ?? '')) {
        const buyers = listFrom(i + 1, (r) => isFirm(r) || (r.e.label === 'Programme' && r.e.kind === 'Project'));
        const last = buyers[buyers.length - 1];
        if (last) {
          // 为甲、乙等车企配套: a word of kind after 等.
          let tail = last.m.end;
          // 为吉利汽车配套: a brand the recognizer read without its trade word (汽车, 集团) before the verb.
          tail += /^(?:汽车|集团|公司)(?=配套|提供|供货|供应)/u.exec(text.slice(tail, tail + 4))?.[0].length ?? 0;
          const etc = /^等[\u4e00-\u9fff]{0,4}?(?=[\u4e00-\u9fff]{2})/u.exec(text.slice(tail, tail + 8));
          if (etc) for (let k = 1; k <= etc[0].length + 4 && !wordAt(supplyVerbs, tail); k++) tail = last.m.end + k;
          const verb = wordAt(supplyVerbs, tail);
          // 提供 with a word of help after it (为乙提供服务、资金): not a sale of goods.
          const after = tail + (verb?.length ?? 0);
          const help = verb !== undefined && cues.notSupplies.some((w) => text.startsWith(w, after) || text.startsWith(`了${w}`, after) || text.startsWith(`优质${w}`, after));
          if (verb && !help) {
            const cs = clauseStartOf(text, i, sentence.start);
            const heads = own.filter((r) => r.m.start >= cs && r.m.end <= i);
            const chained = heads.length ? undefined : clauseSubject(text, sentence.start, i, own);
            // (公司长期为乙配套: a kind word heading the clause, the company of the title or the only one named.)
            const seller = heads.length === 1 ? heads[0] : chained && !chained.own ? chained.subject : heads.length === 0 && inView ? parentOfKind(i, sentence.start, true) : undefined;
            // 为甲配套的乙, 给甲供货的乙: the firm the relative clause describes is the seller (rel.supplies.for.relative).
            const described = text[after] === '的' ? startingAt.get(after + 1) : undefined;
            if (described && isFirm(described) && heads.length === 0) for (const b of buyers) add('SUPPLIES', described, b, 'rel.supplies.for.relative', 0.75);
            else if (seller && isFirm(seller)) for (const b of buyers) add('SUPPLIES', seller, b, 'rel.supplies.for', 0.75);
          }
        }
      }
      // 甲成为乙的定点供应商, 甲是乙最大的供应商, 合作社是乙的原料供应基地: 甲 supplies 乙 (rel.supplies.supplier-of).
      const becomes = supplierWords.length ? /^(?:成为了?|成了|是|系)/u.exec(text.slice(i, i + 3)) : null;
      if (becomes) {
        const named = listFrom(i + becomes[0].length, isBuyer);
        // 甲是公司最大的供应商: the buyer named by its kind (公司, 该公司, 集团) — the one company or group the article
        // named before, other than the seller (rel.supplies.supplier-of.kind-buyer).
        const kindBuyer = named.length ? undefined : /^(?:该|本|这家)?(?:公司|集团)/u.exec(text.slice(i + becomes[0].length, i + becomes[0].length + 4));
        const sellerBefore = kindBuyer ? endingAt.get(i) : undefined;
        const buyerKeys = kindBuyer && sellerBefore ? [...new Set(ms.filter((q) => q.m.end <= i && q.e.key !== sellerBefore.e.key && isFirmOrGroup(q) && /(?:公司|集团)$/u.test(q.e.name) && !namedAsObject(q)).map((q) => q.e.key))] : [];
        const kindBuyerMention = buyerKeys.length === 1 ? [...ms].reverse().find((q) => q.e.key === buyerKeys[0] && q.m.end <= i) : undefined;
        const buyers = kindBuyerMention ? [kindBuyerMention] : named;
        const last = buyers[buyers.length - 1];
        if (last) {
          let tail = kindBuyerMention ? i + becomes[0].length + kindBuyer![0].length : last.m.end;
          tail += text[tail] === '的' ? 1 : 0;
          for (let q = wordAt(cues.supplierQualifiers, tail); q; q = wordAt(cues.supplierQualifiers, tail)) tail += q.length;
          tail += text[tail] === '的' ? 1 : 0;
          const cs = clauseStartOf(text, i, sentence.start);
          const planned = cues.notYet.some((w) => text.slice(cs, i).includes(w));
          if (wordAt(supplierWords, tail) && !planned) {
            // The seller heads the clause, only time words and adverbs before the verb; else a kind word in view.
            const heads = own.filter((r) => r.m.start >= cs && r.m.end <= i);
            const gapOk = heads.length === 1 && /^(?:\d{4}年|今年|去年|目前|如今|已|已经|早已|一直|还|也|逐步|正式|先后|长期|从此|顺利|成功)*$/u.test(text.slice(heads[0]!.m.end, i));
            // (甲是某协会的会员单位，也是乙的定点供应商: a clause opening with 也是 goes on about the sentence's head —
            // rel.supplies.supplier-of.carried.)
            const carried = heads.length === 0 && cues.supplierCarriedOpeners.includes(text.slice(cs, i + becomes[0].length)) ? clauseSubject(text, sentence.start, i, own) : undefined;
            const seller = gapOk ? heads[0] : carried && !carried.own ? carried.subject : heads.length === 0 && inView ? parentOfKind(i, sentence.start, true) : undefined;
            if (seller && isFirm(seller) && (!kindBuyerMention || seller.e.key === sellerBefore!.e.key)) for (const b of buyers) add('SUPPLIES', seller, b, kindBuyerMention ? 'rel.supplies.supplier-of.kind-buyer' : carried && !carried.own && seller === carried.subject ? 'rel.supplies.supplier-of.carried' : 'rel.supplies.supplier-of', kindBuyerMention ? 0.65 : 0.75);
          }
        }
      }
      // 甲的订单主要来自乙 (乙 buys from 甲: rel.supplies.orders-from); 甲的面料采购自乙 (乙 sells to 甲:
      // rel.supplies.bought-from.from-word). The firm heading the clause, or a kind word opening it (公司七成的订单来自乙:
      // the company in view), no other organisation between.
      const orders = ordersFrom.length ? wordAt(ordersFrom, i) : undefined;
      const boughtFrom = !orders && boughtFromWords.length ? wordAt(boughtFromWords, i) : undefined;
      if (orders || boughtFrom) {
        const others = listFrom(i + (orders ?? boughtFrom)!.length, orders ? isBuyer : isFirm);
        const cs = clauseStartOf(text, i, sentence.start);
        const heads = own.filter((r) => r.m.start >= cs && r.m.end <= i);
        const kind = heads.length ? null : /^(?:该|本|这家)?(?:公司|企业|集团)/u.exec(text.slice(cs, i));
        const head = heads.length === 1 && heads[0]!.m.start === cs ? heads[0] : kind && inView ? parentOfKind(cs + kind[0].length, sentence.start, true) : undefined;
        if (head && isFirm(head)) for (const o of others) orders ? add('SUPPLIES', head, o, 'rel.supplies.orders-from', 0.7) : add('SUPPLIES', o, head, 'rel.supplies.bought-from.from-word', 0.7);
      }
      // 甲向乙采购钢材, 公司每年从乙购进原料: 乙 supplies the buyer heading the clause (a kind word: the one in view).
      const purchase = (text[i] === '向' || text[i] === '从') && (purchaseVerbs.length || purchaseFromVerbs.length) ? listFrom(i + 1, isFirm) : [];
      if (purchase.length) {
        const bought = purchase[purchase.length - 1]!.m.end;
        // (公司从某合作社收购脐橙: 收购 after 从 is buying goods, not taking the seller over.)
        const verb = wordAt(purchaseVerbs, bought) ?? (text[i] === '从' ? wordAt(purchaseFromVerbs, bought) : undefined);
        if (verb) {
          const cs = clauseStartOf(text, i, sentence.start);
          const heads = own.filter((r) => r.m.start >= cs && r.m.end <= i);
          const buyer = heads.length === 1 && /^(?:\d{4}年|今年|去年|每年|每月|常年|长期|一直|还|也|又|主要|已|已经|目前)*$/u.test(text.slice(heads[0]!.m.end, i)) ? heads[0] : heads.length === 0 ? parentOfKind(i, sentence.start, true) : undefined;
          if (buyer && isFirm(buyer)) for (const seller of purchase) add('SUPPLIES', seller, buyer, 'rel.supplies.bought-from', 0.75);
        }
      }
      // 在某村举办了某活动, 某博览会在某市开幕: where an event is held.
      const held = text[i] === '在' ? venueAt(i + 1) : undefined;
      if (held) {
        const { venue, verb, project } = held;
        const ce = clauseEndOf(text, verb, sentence.end);
        const cs = clauseStartOf(text, i, sentence.start);
        // The event after the verb may open right at it (举办“某文化节”: its name's mention holds the quotation mark).
        const event = (r: ResolvedMention): boolean => r.e.label === 'Programme' && EVENT_KINDS.has(r.e.kind ?? '');
        if (project) {
          // The project heads the clause before 在 (某项目近日在某镇开工): only a time word between.
          const built = own.filter((r) => r.e.label === 'Programme' && r.e.kind === 'Project' && r.m.start >= cs && r.m.end <= i).pop();
          if (built && /^(?:近日|日前|今年|去年|已|已经|正式|\d{4}年(?:\d{1,2}月)?)*$/u.test(text.slice(built.m.end, i))) add('LOCATED_IN', built, venue, 'rel.located-in.project-site', 0.75);
          // 某公司在某开发区开工建设某项目: a firm heading the clause (only time words between) builds its plant in a zone
          // or a park — the firm is there (rel.located-in.plant-site). Not in a county, a city or a town: a firm from
          // elsewhere may build there.
          const builder = built ? undefined : own.filter((r) => r.m.start >= cs && r.m.end <= i).pop();
          const zone = venue.e.kind === 'DevelopmentZone' || isNamedSite(venue.m);
          if (builder && zone && isFirm(builder) && builder.m.start === own.filter((r) => r.m.start >= cs && r.m.end <= i)[0]!.m.start && /^(?:近日|日前|今年|去年|已|已经|正式|也|还|将|\d{4}年(?:\d{1,2}月)?)*$/u.test(text.slice(builder.m.end, i))) add('LOCATED_IN', builder, venue, 'rel.located-in.plant-site', 0.7);
        } else {
          const events = [...own.filter((r) => event(r) && r.m.start >= cs && r.m.end <= i), ...own.filter((r) => event(r) && r.m.start >= verb && r.m.start < ce)];
          for (const ev of events) add('LOCATED_IN', ev, venue, 'rel.located-in.venue', 0.75);
        }
      }
      // 甲收购了乙, 甲对乙进行收购, 引入甲，对乙进行并购: a firm bought is part of the buyer — the firm heading the clause,
      // else the last firm named before it in the sentence.
      const buys = wordAt(acquireVerbs, i);
      if (buys) {
        const cs = clauseStartOf(text, i, sentence.start);
        const ce = clauseEndOf(text, i, sentence.end);
        const between = (a: number, b: number): string => text.slice(a, b);
        // 对乙进行收购: the firm after 对, right before 进行 and the verb.
        // 完成对乙的并购 / 对乙的收购: the firm after 对 and 的.
        const owed = own.find((r) => isFirm(r) && r.m.start >= cs && text[r.m.start - 1] === '对' && /^(?:(?:进行|实施|完成)了?|的)$/u.test(between(r.m.end, i)));
        // 甲收购(了)乙: the firms right after the verb.
        const direct = owed ? [] : listFrom(i + buys.length + (text[i + buys.length] === '了' ? 1 : 0), isFirm).filter((r) => r.m.start < ce);
        // A deal called off or only planned (终止收购, 拟收购, 放弃对乙的并购) makes no firm part of another.
        const undone = cues.notAcquired.some((w) => between(cs, owed ? owed.m.start : i).includes(w));
        const targets = undone ? [] : owed ? [owed] : direct;
        if (targets.length) {
          const firstTarget = Math.min(...targets.map((r) => r.m.start));
          const heads = own.filter((r) => isFirm(r) && r.m.start >= cs && r.m.end <= (owed ? owed.m.start : i) && !targets.includes(r));
          const before = own.filter((r) => isFirm(r) && r.m.start >= sentence.start && r.m.end <= firstTarget && !targets.includes(r));
          const buyer = heads[0] ?? before[before.length - 1];
          if (buyer) for (const t of targets) add('PART_OF', t, buyer, 'rel.part-of.acquired', 0.75);
        }
      }
      // 作为甲的子公司，乙…: the firm heading the clause after the phrase.
      if (text.startsWith('作为', i)) {
        const parent = startingAt.get(i + 2);
        const rest = parent ? text.slice(parent.m.end, parent.m.end + 10).replace(/^的/u, '') : '';
        const owned = parent && isFirmOrGroup(parent) ? cues.ownedWords.find((w) => rest.startsWith(w)) : undefined;
        if (owned) {
          const comma = parent!.m.end + (text[parent!.m.end] === '的' ? 1 : 0) + owned.length;
          const child = /^(?:企业|公司|之一)?[，,]/u.exec(text.slice(comma, comma + 4));
          const head = child ? startingAt.get(comma + child[0].length) : undefined;
          if (head && isFirm(head)) add('PART_OF', head, parent, 'rel.part-of.as-member', 0.75);
        }
      }
      // “某行动”在某县试点, 在某县试点某行动, 某县试点某行动.
      const pilot = wordAt(pilotVerbs, i);
      if (pilot) {
        const cs = clauseStartOf(text, i, sentence.start);
        const ce = clauseEndOf(text, i, sentence.end);
        const programme = (r: ResolvedMention): boolean => r.e.label === 'Programme' && r.e.kind !== 'Award' && r.e.kind !== 'Recognition';
        // The places a programme is piloted in: an area of any level below the country (or a body, below).
        const place = (r: ResolvedMention): boolean => r.e.label === 'Place' && !r.m.attrs.ref && DOMESTIC_AREA_KINDS.has(r.e.kind ?? '');
        const before = own.filter((r) => r.m.start >= cs && r.m.end <= i);
        const objects = own.filter((r) => programme(r) && r.m.start >= i + pilot.length && r.m.start < ce && /^(?:推行|推广|实施|开展)?$/u.test(text.slice(i + pilot.length, r.m.start).replace(/[“”《》"]/gu, '')));
        const progs = [...before.filter(programme), ...objects];
        // The place: after 在, right before the verb (在某县试点, 在某县率先试点); else heading the clause, before the verb.
        const at = before.filter((r) => place(r) && text[r.m.start - 1] === '在' && /^(?:率先|先行|开展|进行)?$/u.test(text.slice(r.m.end, i)));
        // (该镇龙湾村今年率先试点…, 白土镇龙湾村率先试点…: after 该镇 standing for the town in view, or of a chain of
        // places heading the clause, the last — rel.piloted-in.area-pilots.)
        const opener = /^(?:今年|去年|前年|目前|近年来|近日|日前|\d{4}年(?:\d{1,2}月)?)?(?:该(?:镇|乡|街道|县|区|市)(?=[\u4e00-\u9fff]{2,}?[村镇乡]))?/u.exec(text.slice(cs, cs + 16))![0].length;
        let head = objects.length > 0 ? before.find((r) => place(r) && r.m.start === cs + opener) : undefined;
        for (let next = head && before.find((r) => place(r) && r.m.start === head!.m.end); head && next; next = before.find((r) => place(r) && r.m.start === head!.m.end)) head = next;
        const heading = head ? [head] : [];
        const where = at[0] ?? heading[0];
        // 试点名单, 试点单位: a list or a unit, not the programme piloted.
        if (where && !/^(?:名单|单位|县|市|区|镇|村|工作)/u.test(text.slice(i + pilot.length, i + pilot.length + 2))) {
          for (const p of progs) add('PILOTED_IN', p, where, where === at[0] ? 'rel.piloted-in.at' : 'rel.piloted-in.area-pilots', 0.75);
        }
      }
    }
  }
  return out;
}

/** A firm, or a group that may own one (某集团, 某控股公司, 某公司). */
function isFirmOrGroup(r: ResolvedMention): boolean {
  return r.e.label === 'Organization' && (FIRM_KINDS.has(r.e.kind ?? '') || /集团|控股|公司$/u.test(r.e.name));
}

function clauseStartOf(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && !STOP.test(text[i - 1]!)) i--;
  return i;
}

function clauseEndOf(text: string, pos: number, ceiling: number): number {
  let i = pos;
  while (i < ceiling && !STOP.test(text[i]!)) i++;
  return i;
}
