// What the text is about at a point: the subject of each sentence (the organisation, programme or place that
// opens it, after any leading phrase such as 在…, 作为…, 随着…), so that a body named by its kind alone (公司,
// 该公司, 基地, 研究院) or a clause without a subject can be tied to the one in view.
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import { isBackground, personStartsIn } from './clause-subjects.js';
import { isNamedSite } from './entities.js';
import type { Pending } from './references.js';

/** Phrases that open a sentence before its subject: the name inside them is not what the sentence is about. */
const LEADING_PHRASE = /^[“"]?(?:作为|在|随着|据|对于|根据|截至|自|从|为了|通过|对|再加上|加上|除了|经|来自|走进|步入|记者在|来到|与|距|离|比)/u;
/**
 * 在 opening a sentence (after a closing quotation mark or a space): the name after it is where the sentence is set;
 * also after a place or a time word and 的 (在保税区内的某公司, 在县城的某公司; 在位于某市某区的某公司), and after a verb of going in
 * (走进某公司，董事长某某…; 来到某厂，…). Not after 在 and a body's name and 的 (在某局的支持下: another name first).
 */
const SCENE_OPENING = /^[”"\s]*(?:(?:记者)?(?:走进|来到|步入|走入)(?:位于[^，,。；]{1,20}的)?|在(?:位于[^，,。；]{1,20}的|[\u4e00-\u9fff]{1,8}?的)?)$/u;
/** A name quoted as a speaker (市委组织部相关负责人说) is not the subject of what is said. */
const SPEAKER_AFTER = /^(?:相关|有关)?(?:负责人)?(?:说|表示|介绍|指出|认为)/u;

/** A group's name, with or without the legal form it is registered under (某某集团, 某某集团有限公司). */
const GROUP_NAME = /集团(?:股份有限公司|有限责任公司|有限公司|公司)?$/u;

export function inLeadingPhrase(text: string, sentence: Sentence, q: Pending): boolean {
  const clause = text.slice(sentence.start, q.m.start).split(/[，,]/).pop() ?? '';
  return LEADING_PHRASE.test(clause);
}

export function isSpeaker(text: string, q: Pending): boolean {
  return SPEAKER_AFTER.test(text.slice(q.m.end, q.m.end + 8));
}

/** The rest of a list after one of its items, up to 等 and the word for its kind (、吉利等整车企业, 等品牌). */
const LIST_REST = /^(?:[、和与及][^，。；：、“”]{1,16}?)*[、]?等{1,2}[^，。；：]{0,6}?(?:企业|公司|品牌|客户|厂商|厂家|车企|单位|机构|集团|商家)/u;

/**
 * 产品配套甲、乙等整车企业: a name listed with others before 等 and the word for their kind is one of a set — an
 * object or a group — never the one body a sentence is about.
 */
export function isListItem(text: string, q: Pending): boolean {
  const before = text[q.m.start - 1];
  const rest = text.slice(q.m.end, q.m.end + 48);
  return LIST_REST.test(rest) && (before === '、' || /^[、和与及]/u.test(rest));
}

/**
 * 公司是某某的供应商, 企业为某某配套: a body named after 是 or 为 and before 的 (a list of them, 、 between) qualifies
 * what the clause's subject is — a customer, a partner — and is not what the text goes on about.
 */
export function isComplement(text: string, q: Pending, pending: readonly Pending[]): boolean {
  let first = q;
  let last = q;
  for (;;) {
    const prev = pending.find((r) => r !== first && r.m.end <= first.m.start && /^[、和与及]$/u.test(text.slice(r.m.end, first.m.start)));
    if (!prev) break;
    first = prev;
  }
  for (;;) {
    const next = pending.find((r) => r !== last && r.m.start >= last.m.end && /^[、和与及]$/u.test(text.slice(last.m.end, r.m.start)));
    if (!next) break;
    last = next;
  }
  return /(?:是|为|成为)$/u.test(text.slice(Math.max(0, first.m.start - 2), first.m.start)) && text[last.m.end] === '的' && KIND_OR_WORD_BEFORE.test(text.slice(Math.max(0, first.m.start - 6), first.m.start));
}

/** 公司是, 企业成为, 该公司为: a kind word for the body in view heads the clause before 是. */
const KIND_OR_WORD_BEFORE = /(?:公司|企业|集团|工厂|合作社|基地|我们|这里|该厂|该社)(?:已经|已|还|也|现在|目前|如今)?(?:是|为|成为)$/u;

/**
 * 学生被甲大学、乙大学录取: a name after 被 (or listed with one right after it) is the agent of a passive, never what
 * the sentence is about nor the body a kind word (学校, 公司) points back to; nor is the school students were admitted
 * to (考入甲大学, 考取乙学院, 升入丙中学).
 */
export function isPassiveAgent(text: string, q: Pending, pending: readonly Pending[]): boolean {
  let first = q;
  for (;;) {
    const prev = pending.find((r) => r !== first && r.m.end <= first.m.start && /^[、和与及]$/u.test(text.slice(r.m.end, first.m.start)));
    if (!prev) break;
    first = prev;
  }
  return PASSIVE_OR_ADMITTED.test(text.slice(Math.max(0, first.m.start - 3), first.m.start));
}

const PASSIVE_OR_ADMITTED = /(?:被|(?:考入|考取|考上|升入|录取到)了?)$/u;

/** The words between a body and a person's name that are a post of that body (副院长, 针灸科主任, 党委书记). */
const POST_BETWEEN = /^[\u4e00-\u9fff]{1,10}(?:长|主任|书记|经理|总监|总裁|主席|负责人|董事|院士|教授|医师|工程师|专家|员)$/u;

/** A verb of speaking after a name: the person speaks for the body of their post. */
const SPEAKS = /^(?:还|也|则|同时)?(?:说|表示|介绍|指出|认为|称|坦言|告诉|透露|强调|解释|回忆)/u;

/** The kinds of mention that can be what a sentence is about. */
function canBeSubject(q: Pending): boolean {
  return q.ref.label === 'Organization' || q.ref.label === 'Programme' || q.ref.label === 'Place';
}

/** A clause of `sentence` opening with 该 or 这家 and `kindWord` (今年3月，该公司研发的…). */
const pointerHeads = (sentence: string, kindWord: string): boolean => sentence.split(/[，,；;]/u).some((clause) => new RegExp(`^[“"]?(?:该|这家)${kindWord}`, 'u').test(clause));

/** The subjects of an article's sentences, in text order, and the one in view at a point. */
export class SubjectsInView {
  private readonly subjects: Array<Pending | undefined>;

  constructor(
    private readonly article: Article,
    private readonly sentences: readonly Sentence[],
    private readonly pending: readonly Pending[],
  ) {
    this.subjects = sentences.map(() => undefined);
    this.personAt = personStartsIn(pending);
    const personAt = this.personAt;
    // (学校与某大学合作…: a sentence a kind word heads is about the body in view, not the partner it names — none of its
    // names is its subject: subject.kind-word-partner.)
    const kindHeaded = new Set<number>();
    for (const q of pending) {
      const s = sentences[q.m.sentence];
      if (!s || this.subjects[q.m.sentence] || kindHeaded.has(q.m.sentence) || !canBeSubject(q)) continue;
      if (isKindWordPartner(article.text, q)) {
        kindHeaded.add(q.m.sentence);
        continue;
      }
      if (inLeadingPhrase(article.text, s, q) || isSpeaker(article.text, q) || isListItem(article.text, q) || isPassiveAgent(article.text, q, pending) || isComplement(article.text, q, pending) || isBackground(article.text, q.m, personAt)) continue;
      // 某县的某公司是…: a place before 的 and a body's name only says where the body is; the body heads the sentence.
      if (q.ref.label === 'Place' && article.text[q.m.end] === '的' && pending.some((r) => r.m.start === q.m.end + 1 && r.ref.label === 'Organization')) continue;
      this.subjects[q.m.sentence] = q;
      // 某医院副院长甲出席仪式: a body printed only as the body of a person's post heads the sentence about the person.
      const person = pending.find((r) => r.ref.label === 'Person' && r.m.start > q.m.end && r.m.start - q.m.end <= 12);
      // (Not one who speaks for the body, 某医院院长甲介绍，…: what follows is the body's.)
      if (person && POST_BETWEEN.test(article.text.slice(q.m.end, person.m.start)) && !SPEAKS.test(article.text.slice(person.m.end, person.m.end + 4))) this.postBodies.add(q.m.sentence);
    }
  }

  /** Whether a person's name starts at a position (a person's past before their name: `isBackground`). */
  private readonly personAt: (pos: number) => boolean;

  /** Sentences whose subject is only the body of the post of the person they are about. */
  private readonly postBodies = new Set<number>();

  /** The subject of a sentence, if it names one. */
  of(sentence: number): Pending | undefined {
    return this.subjects[sentence];
  }

  /**
   * The body in view at `pos` that a kind word names (公司, 企业: a company; 研究院 a body named …研究院; 平台, 工坊 a
   * platform or workshop named so): the latest sentence subject of that kind before it, else the latest named.
   * `inParagraph`: only a subject of the word's own paragraph is preferred to the latest named (a paragraph that
   * opens with 该矿 goes on from the mine the paragraph before named, even in a phrase such as 在某矿的车间里).
   */
  bodyNamed(kindWord: string, pos: number, labels: ReadonlyArray<'Organization' | 'Programme' | 'Site'> = ['Organization', 'Programme'], inParagraph = false, exclude?: (q: Pending) => boolean): Pending | undefined {
    const company = kindWord === '企业' || kindWord === '公司';
    // 学校 (该校): a school of any name (某县第一中学, 某小学), not only one named …学校.
    const school = kindWord === '学校';
    // 集团 (集团董事长): a group registered as a company too (某某集团有限公司, 某某集团股份有限公司).
    const group = kindWord === '集团';
    // 'Site': a place named like a body (园区, 景区: a park or a landmark), never an administrative area.
    // (A development zone is read like a body too: 园区今年已签约项目17个 after 某工业园区.)
    // (A region the recognizers read by its ending, 某某古镇, is such a place too: the name must end in the word.)
    const site = (q: Pending): boolean => labels.includes('Site') && q.ref.label === 'Place' && (isNamedSite(q.m) || q.ref.kind === 'Landmark' || q.ref.kind === 'DevelopmentZone' || q.ref.kind === 'Region');
    // (A title given, 省级某某产业园 after 获评, is no body a kind word stands for.)
    const fits = (q: Pending | undefined): q is Pending =>
      q !== undefined && q.m.start < pos && !exclude?.(q) && ((labels as readonly string[]).includes(q.ref.label) || site(q)) && !isTitleGiven(q) && (company ? q.ref.kind === 'Company' : school ? q.ref.kind === 'School' || q.ref.name.endsWith(kindWord) : group ? GROUP_NAME.test(q.ref.name) : q.ref.name.endsWith(kindWord));
    // 在某公司，…公司负责人: the body the sentence is set at is the one in view in it.
    const scene = this.scene(pos);
    if (fits(scene)) return scene;
    const from = inParagraph ? (this.article.paragraphs.find((g) => pos >= g.start && pos < g.end)?.start ?? 0) : 0;
    // (A sentence about a person whose post's body heads it, 乙医院副院长某某出席仪式, is not about the body: its
    // body is in view in its own sentence only, and a kind word after it names the body an earlier sentence is about
    // — 该院针灸科主任某某说 after it is the hospital the article is about. With none, the latest named, below.)
    const here = this.sentenceAt(pos);
    for (let s = here; s >= 0 && this.sentences[s]!.end > from; s--) {
      // (在县城的某公司，一箱箱酸奶正在装车。公司总经理某某说: a sentence naming no subject, set at a body, is about it.)
      // (Only the sentence right before: further back, the latest named below is the better guess.)
      const q = this.subjects[s] ?? (s === here - 1 ? this.scene(this.sentences[s]!.end - 1) : undefined);
      if (fits(q) && (s === here || !this.postBodies.has(s))) return q;
      // (某县以甲公司为技术支撑…。今年，该公司研发的…: an earlier sentence that heads a clause with 该 or 这家 and the kind
      // word, naming no such body as its subject, points at the latest one named before it — not at the subject of a
      // sentence further back: in-view.pointer-sentence.)
      if (s < here && !fits(q) && pointerHeads(this.article.text.slice(this.sentences[s]!.start, this.sentences[s]!.end), kindWord)) break;
      // (在某煤矿调度中心，…。“……”副矿长甲介绍: a sentence further back set at such a body is where the text is — the
      // latest named, below — not the subject of a sentence before it: in-view.scene-further-back.)
      if (s < here - 1 && !fits(q) && fits(this.scene(this.sentences[s]!.end - 1))) break;
    }
    return [...this.pending].reverse().find((q) => fits(q) && !isListItem(this.article.text, q) && !isPassiveAgent(this.article.text, q, this.pending) && !isComplement(this.article.text, q, this.pending) && !isBackground(this.article.text, q.m, this.personAt) && !isKindWordPartner(this.article.text, q));
  }

  /**
   * The organisation a sentence is set at: 在某研究院，… or 在某公司的车间里，… opening the sentence before `pos` (the
   * phrase ends before it). A sentence sets the scene where its people are and what its kind words name.
   */
  scene(pos: number): Pending | undefined {
    const sentence = this.sentences[this.sentenceAt(pos)]!;
    const text = this.article.text;
    const q = this.pending.find((r) => r.m.start >= sentence.start && r.m.start < pos && r.ref.label === 'Organization' && SCENE_OPENING.test(text.slice(sentence.start, r.m.start)));
    if (!q) return undefined;
    const comma = text.slice(q.m.end, pos).search(/[，,]/u);
    // (在某局的支持下，…: a circumstance, not where the sentence is; its people are not the body's.)
    return comma !== -1 && !/[。；！？]/u.test(text.slice(q.m.end, q.m.end + comma)) && !/下$/u.test(text.slice(q.m.end, q.m.end + comma)) ? q : undefined;
  }

  /** Where sentence `i` starts in the article's text. */
  sentenceStart(i: number): number {
    return this.sentences[i]!.start;
  }

  /** The index of the sentence holding `pos`. */
  sentenceOf(pos: number): number | undefined {
    const i = this.sentences.findIndex((x) => pos >= x.start && pos < x.end);
    return i === -1 ? undefined : i;
  }

  private sentenceAt(pos: number): number {
    const i = this.sentences.findIndex((s) => pos >= s.start && pos < s.end);
    return i === -1 ? this.sentences.length - 1 : i;
  }
}

/** A recognition or an award: a title a body is given, not a body. */
function isTitleGiven(q: Pending): boolean {
  return q.ref.label === 'Programme' && (q.ref.kind === 'Recognition' || q.ref.kind === 'Award');
}

/**
 * 学校与某大学合作…, 公司同某公司签约: a body named as the partner of the one a kind word stands for, the clause before it
 * being the kind word (该校, 这家公司, 合作社) and 与, 和, 同 or 跟, perhaps with an adverb between — not what the sentence is
 * about, nor what the same kind word names later (subject.kind-word-partner).
 */
function isKindWordPartner(text: string, q: Pending): boolean {
  return KIND_WORD_WITH.test(text.slice(Math.max(0, q.m.start - 14), q.m.start));
}
const KIND_WORD_WITH = /(?:^|[，,。；;：:！？\n])(?:近年来，|目前，|去年，|今年，)?(?:(?:该|这家|本)?(?:公司|企业|集团|合作社|学校|医院|基地|协会)|该校|该院|该社|该行)(?:还|也|已|已经|先后|主动|积极|将|则|又)?(?:与|和|同|跟)$/u;
