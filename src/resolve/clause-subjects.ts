// The grammatical subject of a figure's clause. Chinese news writing states a subject once and lets the clauses
// after it go on about it without repeating it (承前省略: 某公司建成一条生产线，实现产值5亿元): a clause's subject
// is the name that heads it — with nothing before it but time words and connectives (model/clause-subjects.json) —
// and a name after a verb (改造某工程, 拿下某奖3项) is that verb's object, not the subject of the figures after it.
import { z } from 'zod';
import { readModelJson } from '../util/model-file.js';
import { KgError } from '../errors.js';

const AdjunctsFile = z
  .object({
    $comment: z.string().optional(),
    adjuncts: z.array(z.object({ id: z.string().min(1), match: z.string().min(1) }).strict()).min(1),
    takeUpObject: z.object({ id: z.string().min(1), verbs: z.array(z.string().min(1)).min(1) }).strict(),
    apposition: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
    anonymised: z.object({ id: z.string().min(1), $comment: z.string().optional(), roles: z.array(z.string().min(1)).min(1), notAfter: z.string(), groups: z.array(z.string().min(1)) }).strict(),
    founding: z.object({ id: z.string().min(1), $comment: z.string().optional(), verbs: z.array(z.string().min(1)).min(1) }).strict(),
    personWords: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
    peopleFrom: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
    locatedLead: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
    launchedPlan: z.object({ id: z.string().min(1), $comment: z.string().optional(), verbs: z.array(z.string().min(1)).min(1), plans: z.array(z.string().min(1)).min(1) }).strict(),
    publishedList: z.object({ id: z.string().min(1), $comment: z.string().optional(), verbs: z.array(z.string().min(1)).min(1), listWords: z.array(z.string().min(1)).min(1), maxBetween: z.number().int().min(0), entries: z.array(z.string().min(1)).min(1) }).strict(),
    noticeTitles: z.object({ id: z.string().min(1), $comment: z.string().optional(), endings: z.array(z.string().min(2)).min(1) }).strict(),
    villageCollective: z.object({ id: z.string().min(1), $comment: z.string().optional(), words: z.array(z.string().min(1)).min(1) }).strict(),
  })
  .strict();

let loaded: { onlyAdjuncts: RegExp; takesUpObject: RegExp; apposition: RegExp; anonymised: RegExp; founding: RegExp; personWords: RegExp; personWordAt: RegExp; peopleFrom: RegExp; locatedLead: RegExp; launching: RegExp; planOpening: RegExp; publishing: RegExp; listAfter: RegExp; listEnd: RegExp; entriesOpening: RegExp; noticeTitle: RegExp; villageCollective: RegExp } | undefined;

/**
 * `onlyAdjuncts`: text made only of what may stand before a clause's subject (time words, connectives, quotation
 * marks); `takesUpObject`: a clause opening with a verb of effect (吸引).
 */
function rules(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const url = new URL('./model/clause-subjects.json', import.meta.url);
  const { adjuncts, takeUpObject, apposition, anonymised, founding, personWords, peopleFrom, locatedLead, launchedPlan, publishedList, noticeTitles, villageCollective } = readModelJson(url, AdjunctsFile, 'clause-subject rules');
  const ids = [...adjuncts.map((a) => a.id), takeUpObject.id, apposition.id, anonymised.id, founding.id, personWords.id, peopleFrom.id, locatedLead.id, launchedPlan.id, publishedList.id, noticeTitles.id, villageCollective.id];
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new KgError('DATA_INVALID', `rule id "${dup}" is used twice`, { subject: url.pathname });
  for (const a of adjuncts) {
    try {
      new RegExp(a.match, 'u');
    } catch (e) {
      throw new KgError('DATA_INVALID', `rule ${a.id}: ${(e as Error).message}`, { subject: url.pathname });
    }
  }
  const adjunct = adjuncts.map((a) => `(?:${a.match})`).join('|');
  loaded = {
    onlyAdjuncts: new RegExp(`^(?:${adjunct})*$`, 'u'),
    takesUpObject: new RegExp(`^(?:${adjunct})*?(?:${takeUpObject.verbs.join('|')})`, 'u'),
    apposition: new RegExp(`^(?:${[...apposition.words].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    // 被告人王某某, 犯罪嫌疑人张某 (a role word, a surname, 某 or 某某), 王某某 anywhere (a surname and 某某), 该团伙.
    anonymised: new RegExp(`(?:${anonymised.groups.join('|')})|(?:(?:${[...anonymised.roles].sort((a, b) => b.length - a.length).join('|')})(?:[\u4e00-\u9fff]|欧阳|司马|诸葛|上官|慕容)某某?|[\u4e00-\u9fff]某某)(?![某${anonymised.notAfter}])`, 'u'),
    // (村里成立的某合作社，…: the verb may qualify the body, before 的.)
    founding: new RegExp(`(?:${[...founding.verbs].sort((a, b) => b.length - a.length).join('|')})(?:了|起|起了|的)?(?:一家|一个|一座)?[“"]?$`, 'u'),
    personWords: new RegExp(`^(?:${[...personWords.words].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    peopleFrom: new RegExp(`^(?:${[...peopleFrom.words].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
    personWordAt: new RegExp(`^(?:${[...personWords.words].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
    locatedLead: new RegExp(`^(?:${adjunct})*(?:${[...locatedLead.words].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    launching: new RegExp(`(?:${[...launchedPlan.verbs].sort((a, b) => b.length - a.length).join('|')})(?:了)?(?:一个|一项|一批)?[“"]?$`, 'u'),
    planOpening: new RegExp(`^[“"]?(?:${adjunct})*(?:${[...launchedPlan.plans].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
    // 发布第三批“某某好物”推荐名录: a verb of publishing, perhaps a batch or a year, then the list's name.
    publishing: new RegExp(`(?:${[...publishedList.verbs].sort((a, b) => b.length - a.length).join('|')})(?:了)?(?:第[一二三四五六七八九十\\d]+批|首批|新一批|新一轮|\\d{4}年度?|年度)?(?:的)?[“"]?$`, 'u'),
    listAfter: new RegExp(`^[”"’]?[\u4e00-\u9fff]{0,${publishedList.maxBetween}}?(?:${[...publishedList.listWords].sort((a, b) => b.length - a.length).join('|')})$`, 'u'),
    listEnd: new RegExp(`(?:${[...publishedList.listWords].sort((a, b) => b.length - a.length).join('|')})[”"’]?$`, 'u'),
    entriesOpening: new RegExp(`^[“"]?(?:${adjunct})*(?:${[...publishedList.entries].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
    noticeTitle: new RegExp(`(?:${[...noticeTitles.endings].sort((a, b) => b.length - a.length).join('|')})[\\s）)]*$`, 'u'),
    villageCollective: new RegExp(`(?:${[...villageCollective.words].sort((a, b) => b.length - a.length).join('|')})`, 'u'),
  };
  return loaded;
}

/** A piece's title ends in a notice's word (…招商公告, 招聘启事): its figures are terms, no one's results (subject.notice). */
export function isNoticeTitle(title: string): boolean {
  return rules().noticeTitle.test(title.trim());
}

/** The text before a name ends in a verb of founding (创办了, 成立起, 开办了一家): the name is the body founded. */
/** `text` (a clause up to a programme's name) ends in a verb of launching it (某县启动“…, 推出了). */
export function endsInLaunching(text: string): boolean {
  return rules().launching.test(text);
}

/**
 * A list published and what entered it (subject.published-list): `before` (a clause up to a programme's name) ends in
 * a verb of publishing, `after` (the rest of that clause) is at most a few words and a list's word (or `name`, the name as
 * printed, ends in one), and `next` (the
 * clause after it) opens with a word of entering the list.
 */
export function publishedListClause(before: string, name: string, after: string, next: string): boolean {
  const r = rules();
  // (The name as printed may hold the list's word itself: “某某好物”推荐名录 read as one mention.)
  return r.publishing.test(before) && (r.listAfter.test(after) || (r.listEnd.test(name) && /^[”"’]?$/u.test(after))) && r.entriesOpening.test(next);
}

/** A clause opening, after time words, with a word of a plan (计划用3年时间…, 力争到2027年…). */
export function opensWithPlan(text: string): boolean {
  return rules().planOpening.test(text);
}

/** `text` (a figure's measure, or its clause up to it) names a village's collective economy (村集体经济收入, 村级集体经济). */
export function namesVillageCollective(text: string): boolean {
  return rules().villageCollective.test(text);
}

export function endsInFounding(text: string): boolean {
  return rules().founding.test(text);
}

/** A word between a place and a person's name saying who the person is (温州商人某某, 本地种粮大户某某). */
export function isPersonWord(word: string): boolean {
  return rules().personWords.test(word);
}

/** `text` (what follows a place) opens with a word for people who come from there (上海专家, 温州客商). */
export function opensWithPeopleFrom(text: string): boolean {
  return rules().peopleFrom.test(text);
}

/** The length of a word saying who a person is (种粮大户, 商人) that `text` opens with, or 0. */
export function personWordLength(text: string): number {
  return rules().personWordAt.exec(text)?.[0].length ?? 0;
}

/**
 * A person the text does not name in full (被告人王某某, 犯罪嫌疑人张某, 李某某) in `text`: where the name begins (its
 * role word included), or -1. Such a person is no node of the graph, and no subject a figure may be given to.
 */
export function anonymisedPersonIn(text: string): number {
  return rules().anonymised.exec(text)?.index ?? -1;
}

/** The text is a clause's opening up to a place that only says where something is (位于, 今年以来地处). */
export function isLocatedLead(text: string): boolean {
  return rules().locatedLead.test(text);
}

/** The text holds only what may stand before a clause's subject (time words, connectives, quotation marks). */
export function onlyAdjuncts(text: string): boolean {
  return rules().onlyAdjuncts.test(text);
}

/** Where the clauses of a sentence begin, up to `end` (a clause ends at ，or ：; 、 joins items of one clause). */
export function clauseStarts(text: string, sentenceStart: number, end: number): number[] {
  const starts = [sentenceStart];
  for (let i = sentenceStart; i < end; i++) if (/[，,：:]/u.test(text[i]!)) starts.push(i + 1);
  return starts;
}

/**
 * 刚从甲师范学校毕业的某某来到乙小学任教, 毕业于甲大学的某某, 从甲厂退休后, 在深圳打工多年的某某回到家乡: the school
 * a person graduated from, the body they retired or came from, the place they worked before — their past, printed
 * in a phrase before their name — never what the sentence is about nor the body a kind word (学校, 公司) points back
 * to (subject.background).
 */
export function isBackground(text: string, m: { start: number; end: number }, personAt: (pos: number) => boolean): boolean {
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  if (/毕业于$/u.test(before)) return true;
  // (辞去广州的工作回到家乡, 离开深圳回到老家: the place a person left.)
  if (/(?:辞去|辞掉|离开)$/u.test(before) && LEFT_AFTER.test(text.slice(m.end, m.end + 12))) return true;
  if (!/(?:从|自|在)$/u.test(before)) return false;
  const after = text.slice(m.end, m.end + 14);
  if (/(?:从|自)$/u.test(before) && BACKGROUND_AFTER.test(after)) return true;
  // (在某地打工多年的某某: a phrase of the person's past — a verb of working or living elsewhere, then 的 and the name.)
  const de = PAST_PHRASE_BEFORE_NAME.exec(after);
  return de !== null && personAt(m.end + de[0].length);
}

/** Whether a person's name starts at a position, for `isBackground`. */
export function personStartsIn(mentions: ReadonlyArray<{ m: { start: number }; ref?: { label: string }; e?: { label: string } }>): (pos: number) => boolean {
  const starts = new Set(mentions.filter((r) => (r.ref ?? r.e)?.label === 'Person').map((r) => r.m.start));
  return (pos) => starts.has(pos);
}

/** After a place a person left (辞去某地的工作, 离开某地): the job left there, or the coming home after it. */
const LEFT_AFTER = /^(?:的[\u4e00-\u9fff]{0,6}?(?:工作|职务|岗位|公职|高薪)|[，,]?(?:回到|返回|回乡|返乡|回村|来到))/u;
/** 毕业, 退休, 转业: what a person did at the body after 从 (从某学校毕业, 从某厂退休). */
const BACKGROUND_AFTER = /^(?:[\u4e00-\u9fff]{1,4}(?:专业|系))?(?:毕业|肄业|退休|离职|辞职|退役|转业)/u;
/** 打工多年的, 工作了十几年的, 经商的: what a person did somewhere before, up to 的 before their name. */
const PAST_PHRASE_BEFORE_NAME = /^(?:[\u4e00-\u9fff]{0,2})?(?:打工|务工|工作|经商|创业|从事[\u4e00-\u9fff]{1,4}|闯荡|当兵|服役|求学|读书|就读)(?:了)?(?:多年|十多年|十余年|[一二三四五六七八九十几两]+年|过)?的/u;
/** 在深圳打工多年的, 刚从某学校毕业的: a phrase of a person's past opening a clause before their name (`clauseHead`). */
const PAST_OF_PERSON = /^(?:\d{4}年[，,]?)?(?:刚|刚刚|曾|曾经)?(?:从|在|自)[\u4e00-\u9fff·]{1,16}?(?:(?:[\u4e00-\u9fff]{1,4}(?:专业|系))?(?:毕业|肄业|退休|离职|辞职|退役|转业)|(?:打工|务工|工作|经商|创业|闯荡|当兵|服役|求学|读书|就读)(?:了)?(?:多年|十多年|十余年|[一二三四五六七八九十几两]+年)?)的$/u;

/** What a clause's subject may be: a mention of a name, placed by its offsets in the article. */
type Placed = { m: { start: number; end: number } };

/**
 * The name heading the clause [start, end): the first candidate in it with only adjuncts before it. A name
 * written right after it, or after a word describing it (某县龙头企业某公司), is part of one noun phrase whose head is
 * the last (某区某公司 → the company); a name
 * after 的 further on is the head the words before it describe (某区投资2亿元的某项目 → the project).
 */
export function clauseHead<T extends Placed>(text: string, start: number, end: number, candidates: readonly T[]): T | undefined {
  const inside = candidates.filter((q) => q.m.start >= start && q.m.end <= end).sort((a, b) => a.m.start - b.m.start);
  const first = inside[0];
  if (!first) return undefined;
  // 位于某开发区的某产业园规划面积…: a place after 位于 (地处, 坐落于) only says where the name after its 的 is; that
  // name heads the clause (subject.located-lead), and with none the clause has no head.
  const located = rules().locatedLead.test(text.slice(start, first.m.start));
  // (在深圳打工多年的某某回到家乡: the person a phrase of their past describes heads the clause — subject.person-past.)
  if (!located && !rules().onlyAdjuncts.test(text.slice(start, first.m.start)) && !PAST_OF_PERSON.test(text.slice(start, first.m.start))) return undefined;
  let head = first;
  for (const q of inside.slice(1)) {
    // 安吉县龙头企业某某有限公司: a word describing the name after it (subject.apposition) joins them too.
    if (q.m.start !== head.m.end && !rules().apposition.test(text.slice(head.m.end, q.m.start))) break;
    head = q;
  }
  // 某公司投资4亿元的某项目, 某镇的某公司: a name after 的 is what the words before it describe, the head of the
  // phrase.
  const described = inside.find((q) => q.m.start > head.m.end && text[q.m.start - 1] === '的');
  return located ? described : (described ?? head);
}

/**
 * The subject a figure at `pos` has by its clause: the head of its own clause, else — when its clause names no
 * subject — the head of the nearest clause before it in its sentence that has one, passing over clauses whose names
 * are only objects. Undefined when no clause of the sentence up to the figure is headed by a name.
 */
export function clauseSubject<T extends Placed>(text: string, sentenceStart: number, pos: number, candidates: readonly T[]): { subject: T; own: boolean } | undefined {
  const starts = clauseStarts(text, sentenceStart, pos);
  const last = starts.length - 1;
  // 举办了某博览会，吸引采购商300多名: a verb of effect opening a clause without a subject takes up the name the
  // clause before ended on.
  if (last > 0 && !clauseHead(text, starts[last]!, pos, candidates) && rules().takesUpObject.test(text.slice(starts[last], pos))) {
    const ended = candidates.filter((q) => q.m.start >= starts[last - 1]! && q.m.end <= starts[last]! - 1).sort((a, b) => b.m.end - a.m.end)[0];
    if (ended && /^[”"’]?[，,]$/u.test(text.slice(ended.m.end, starts[last]))) return { subject: ended, own: false };
  }
  for (let c = last; c >= 0; c--) {
    const end = c === last ? pos : starts[c + 1]! - 1;
    const head = clauseHead(text, starts[c]!, end, candidates);
    if (head) return { subject: head, own: c === last };
  }
  return undefined;
}
