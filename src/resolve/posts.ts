// The posts a person holds, read from the words printed around their name, as papers print them:
//   某某科技有限公司市场拓展部经理王某      the organisation, a unit of it, the post;
//   某市统计局党组成员、市某中心主任张某    several posts, each with its body, joined by 、 (or ，);
//   某村党支部书记李某, 某镇副镇长陈某      a town's or village's own posts: held at the place;
//   公司总经理王某, 该公司副董事长张某      a body named by its kind alone: the one in view;
//   李某（某某集团董事长）                  the post in brackets after the name;
//   时任某局副局长的魏某, 来自某公司的朱某   a post or an employer before 的;
//   某大学李某院士                          the body before the name, the post after it;
//   李某，某大学教授; 李某是某学院的副教授   posts after the name, up to the clause's end.
// Posts that are not a body's (村民, 党员) hold nothing; a post with no body before it holds nothing either.
import type { Article } from '../document/types.js';
import { isHan } from '../extract/chars.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { placeInName, placeRef, type Home } from './entities.js';
import type { SubjectsInView } from './in-view.js';
import type { Pending } from './references.js';
import type { RelationCues } from './relations.js';
import { LEVELS_OF_WORD, levelsOf, type AreaLevel, type PlacesInView } from './place-in-view.js';

export interface Post {
  /** The organisation or place the post is held at. */
  holder: Pending;
  /** The post as held there: the unit and the title (市场拓展部经理, 党支部书记). */
  role: string;
  /** Where the words that state it begin (the holder's name, or the kind word) and, when after the name, end. */
  start: number;
  end?: number;
  rule: string;
}

type PostCues = RelationCues['posts'];

const POST_PLACES = new Set(['Town', 'Subdistrict', 'Village', 'Community']);
/** A post of a town's or village's own, named by the level's word alone (镇长, 副乡长, 村主任, 村支书, 社区党委书记). */
const PLACE_OWN_POST = /^副?(镇|乡|村|街道|社区)(?:党委|党支部|党总支|两委|委会|村委会|居委会|人大|监委会|务监督委员会|监督委员会|纪委)?副?(?:长|主任|支书|书记|委员|会计|文书|干部|专干)$/u;
const OPENING = '（(';
/** A government head's post named by its level's word (县长, 副县长, 常务副县长, 区长, 市长, 旗长): see `areaHeads`. */
const AREA_HEAD = /^(?:常务)?副?(.)长$/u;
/** Places whose head's post is named by their level's word. */
const AREA_PLACES = new Set(['County', 'District', 'City']);
/** Organs named alone that are a town's or village's own after its posts (某镇党委书记、人大主席). */
const BARE_ORGANS = new Set(['人大', '人大主席团', '政府', '人民政府', '纪委', '党委', '村委会', '居委会']);
/** A party organ's ending (某公司党委, 某局党组). */
const PARTY_ORGANS = /(?:党委|党组|党总支|党支部)$/u;
/** A post at a body's party organ printed as the body's (某局党组成员, 某公司党委书记): the organ opens the role. */
const ORGAN_IN_ROLE = /^(?:党组|党委|党总支|党支部)/u;
/** Posts of the party organ itself, not of the body it belongs to. */
const PARTY_POST = /书记|委员|常委|党|纪/u;
const CLOSING = '）)';
/** 他 or 她 and a verb of holding a post now (not 曾任, a post held before). */
/** A clause opening with a verb of holding a post now, its subject the sentence's (…，现任某合作社理事长). */
const LATER_SERVES = /^(?:现任|现为|现担任|目前担任|如今担任|现在担任|目前任|现兼任|并担任|并出任|并兼任)/u;
/** Verbs of being elected or appointed to a post (当选为, 被推选为, 被任命为): the post is held from then on. */
export const ELECTED = '(?:当选为|当选|被选为|被推选为|被推举为|被选举为|被任命为|被聘为|被聘任为)';
/** Recent time words that may come between the holder and a verb of election (去年当选为…; not a year: 2012年当选为…). */
const RECENT = '(?:今年|去年|日前|近日|近期|最近|前不久|不久前|上月|本月|年初)';
/** Posts a town or village holds (书记, 镇长, 村主任, 委员): not a firm's or an office's (顾问, 经理). */
const PLACE_HELD_POST = /(?:书记|支书|镇长|乡长|村长|主任|主席|委员|专干|干事|助理|村官)$/u;
/** Between a person and the town or village they were sent to (被选派到, 到, 被派驻): rel.works-for.sent-to-place. */
const SENT_TO_LEAD = /^(?:被)?(?:选派|派驻|下派|委派|派)?(?:到|至|赴|前往|在)|^(?:被)?(?:派驻|下派)/u;
const PRONOUN_SERVES = new RegExp(`^(?:他|她)(?:还|也|同时|目前|现在|如今|现)*(?:担任|兼任|现任|出任|任|${RECENT}?${ELECTED})`, 'u');
/** A post held at a town or village is the place's own, never a school's, a hospital's or a firm's (城南中学校长). */
const NOT_PLACE_POST = /中学|小学|学校|幼儿园|大学|学院|医院|卫生院|公司|企业|集团|工厂|银行|合作社|合作联社|联社|协会|商会|联合会|农场/u;

/** A profile's clauses after a name (男, 汉族, 1975年生, 中共党员, 大学学历, 浙江义乌人) and 现任 opening the next. */
const PROFILE_THEN_SERVES = /^(?:[，,](?:男|女|汉族|[\u4e00-\u9fff]{1,3}族|\d{4}年(?:\d{1,2}月)?(?:出)?生|中共党员|群众|[\u4e00-\u9fff]{2,6}人|[\u4e00-\u9fff]{0,6}(?:学历|学位)|[\u4e00-\u9fff]{0,8}毕业))+[，,](?:现任|现为|现担任)/u;
/** A firm's head posts, which name the kind of their body (a company) when printed with no body. */
const QUOTED_HEAD_POSTS = /^(?:副|执行)?(?:董事长|总经理|总裁)$/u;
/** A post of a place's level (镇干部, 县领导, 村干部): held at that place, never at a firm or body a sentence is set at. */
const PLACE_LEVEL_POST = /^(?:省|市|县|区|镇|乡|村|社区|街道)(?:级)?(?:干部|领导|机关干部|工作人员|网格员)/u;
/** A body's head posts that open a sentence alone (校长甲说) and the kinds of body that hold them. */
const SPEAKING_HEAD_KINDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^(?:副|执行)?(?:董事长|总经理|总裁)$/u, ['Company']],
  [/^(?:副|常务副)?校长$/u, ['School']],
  [/^(?:副|常务副)?院长$/u, ['Hospital']],
  [/^(?:副)?理事长$/u, ['Association']],
];
/** What stands before a post that opens a sentence: its end, or a paragraph's start. */
const SENTENCE_OPEN = /[。！？\n]/u;
/** A verb of speaking right after a name. */
const SPEAKS_AFTER = /^(?:还|也|则|笑着|介绍|说|表示|告诉|坦言|感慨|透露|指出)/u;

export class PostReader {
  private readonly endingAt = new Map<number, Pending>();
  private readonly stop: ReadonlySet<string>;

  constructor(
    private readonly article: Article,
    private readonly ordered: readonly Pending[],
    private readonly inView: SubjectsInView,
    private readonly cues: PostCues,
    private readonly g: Gazetteer,
    private readonly home: Home,
    /** The places the article names, by level (a town's or village's own post with no place before it: 镇长李某). */
    private readonly places?: PlacesInView,
  ) {
    for (const q of ordered) this.endingAt.set(q.m.end, q);
    this.stop = new Set(cues.stopChars);
  }

  /** The posts a person mention holds, nearest the name first. */
  postsOf(p: Pending): Post[] {
    const text = this.article.text;
    const posts = [...this.chainBefore(p.m.start, 'rel.works-for.title')];
    // 李某（某某集团董事长）
    if (OPENING.includes(text[p.m.end] ?? '')) {
      const close = [...text.slice(p.m.end + 1, p.m.end + 32)].findIndex((ch) => CLOSING.includes(ch));
      if (close > 0) posts.push(...this.chainBefore(p.m.end + 1 + close, 'rel.works-for.title-in-brackets', p.m.end + 1));
    }
    if (text[p.m.start - 1] === '的') posts.push(...this.beforeDe(p));
    // 某大学李某院士; 某小学的李某老师 (rel.works-for.title-after-name, 的 between the body and the name).
    const before = this.endingAt.get(p.m.start) ?? (text[p.m.start - 1] === '的' ? this.endingAt.get(p.m.start - 1) : undefined);
    const after = this.cues.afterName.filter((w) => text.startsWith(w, p.m.end)).sort((a, b) => b.length - a.length)[0];
    if (before?.ref.label === 'Organization' && after) posts.push({ holder: before, role: after, start: before.m.start, rule: 'rel.works-for.title-after-name' });
    // 魏某挂职某委员会副主任: a verb of taking a post, the body and the post after the name.
    const takes = this.cues.takesPost.filter((w) => text.startsWith(w, p.m.end)).sort((a, b) => b.length - a.length)[0];
    const body = takes ? this.ordered.find((q) => q.m.start === p.m.end + takes.length && q.ref.label === 'Organization') : undefined;
    if (body) {
      let e = body.m.end;
      while (e < text.length && e - body.m.end < this.cues.maxLength && isHan(text.charCodeAt(e)) && !this.stop.has(text[e]!)) e++;
      const role = this.postAt(text.slice(body.m.end, e));
      if (role) posts.push({ holder: body, role, start: p.m.start, end: body.m.end + role.length, rule: 'rel.works-for.takes-post' });
    }
    // 某局派驻某村的第一书记李某, 李某是某院派驻某村的第一书记: the body that sent them (rel.works-for.sent-by).
    posts.push(...this.sentBy(p));
    // 合作社理事长由村党支部书记李某兼任: the post before 由, taken by the one named after it.
    posts.push(...this.takenBy(p));
    // 任命李某为某镇党委书记, 选举李某为某协会会长: a verb of appointing before the name and the posts after 为.
    if (posts.length === 0) posts.push(...this.appointed(p));
    // 某镇人民政府副镇长：甲、乙、丙: posts before a colon, each name listed after it.
    if (posts.length === 0) posts.push(...this.listedAfterColon(p));
    // 沈某某 某某有限公司董事长, 何某某　单位：某某合作社: a list's line, the name, the unit and its post.
    if (posts.length === 0) posts.push(...this.listLine(p));
    if (posts.length === 0) posts.push(...this.apposition(p));
    // 公司负责人甲是某村党支部书记, 某所研究员甲也是某公司的技术顾问: posts after 是, besides those printed before the name.
    else if (/^(?:也|还|同时|同时也|现在|目前|如今)?(?:是|系)/u.test(text.slice(p.m.end, p.m.end + 4))) posts.push(...this.apposition(p, true));
    // 某公司董事长甲，也是某协会会长; 某大学教授甲，同时还是某公司的首席科学家: a second post after the comma, opened by a
    // word of "also" (a bare 是 after the comma is often no post: 甲，是村里的致富带头人) — rel.works-for.also-is.
    else if (/^[，,](?:也|还|同时|同时也|同时还|另外还)(?:是|系|担任|兼任)/u.test(text.slice(p.m.end, p.m.end + 7))) posts.push(...this.alsoIs(p));
    if (posts.length === 0) posts.push(...this.workplace(p));
    // 村委会主任甲被推选为某镇人大代表, 某公司董事长甲还担任某协会会长: a post taken after the name, besides those before it.
    else if (posts.every((post) => post.rule !== 'rel.works-for.serves-as')) posts.push(...this.servesAs(p));
    // 作为某公司负责人，李某…: the posts of the phrase that opens the sentence with 作为, the name heading the clause after it.
    if (posts.length === 0 && /[，,]/u.test(text[p.m.start - 1] ?? '')) {
      const clause = text.slice(Math.max(0, p.m.start - 1 - 40), p.m.start - 1);
      const as = Math.max(...this.cues.asWords.map((w) => clause.lastIndexOf(w) + (clause.lastIndexOf(w) >= 0 ? w.length : -Infinity)));
      if (Number.isFinite(as) && !/[，,。；;！？]/u.test(clause.slice(as))) {
        const from = p.m.start - 1 - clause.length + as;
        const chain = this.chainBefore(p.m.start - 1, 'rel.works-for.as', from, true);
        if (chain.start === from) posts.push(...chain.posts.map((post) => ({ ...post, start: from, end: p.m.end })));
      }
    }
    return posts;
  }

  /** 家住某镇某村的…: a chain of places ending with `place`, printed right after a word of living (`residenceWords`). */
  private homeBefore(place: Pending): boolean {
    const text = this.article.text;
    let first = place;
    for (let up = this.endingAt.get(first.m.start); up?.ref.label === 'Place'; up = this.endingAt.get(first.m.start)) first = up;
    return this.cues.residenceWords.some((w) => text.startsWith(w, first.m.start - w.length));
  }

  /**
   * The company 新公司 stands for: the last organisation named before `s`, within 120 characters, a company whose name
   * ends in 公司, printed right after a verb of setting up (成立了, 组建, 注册成立, 分离出来成立了…); else none.
   */
  private newFirmBefore(s: number): Pending | undefined {
    const text = this.article.text;
    const last = [...this.ordered].reverse().find((q) => q.m.end <= s && q.ref.label === 'Organization');
    if (!last || s - last.m.end > 120 || last.ref.kind !== 'Company' || !/公司$/u.test(last.ref.name)) return undefined;
    return /(?:成立|组建|注册|设立|创办|创建|新建|孵化|分拆|分立)(?:了|出|起)?(?:一家)?$/u.test(text.slice(Math.max(0, last.m.start - 8), last.m.start)) ? last : undefined;
  }

  /** 甲，也是某协会会长: the posts of the clause after the name's comma, opened by a word of "also" (rel.works-for.also-is). */
  private alsoIs(p: Pending): Post[] {
    const lead = /^[，,](?:也|还|同时|同时也|同时还|另外还)(?:是|系|担任|兼任)/u.exec(this.article.text.slice(p.m.end, p.m.end + 7));
    return lead ? this.postsFrom(p, p.m.end + lead[0].length).map((post) => ({ ...post, rule: 'rel.works-for.also-is' })) : [];
  }

  /**
   * One sent by a body to a village or town (`sentBy`): 某局派驻某村的第一书记李某, 某院派驻的第一书记李某 (the post right
   * before the name), 李某是某院派驻某村的第一书记 (after 是 or 系) — the post is held at the body that sent them, printed
   * right before the verb (rel.works-for.sent-by). Between the verb and the post only 到/至/驻, places and 的.
   */
  private sentBy(p: Pending): Post[] {
    const text = this.article.text;
    const cue = this.cues.sentBy;
    const longest = (ws: readonly string[], test: (w: string) => boolean): string | undefined => ws.filter(test).sort((a, b) => b.length - a.length)[0];
    // From the verb's end, over 到/至/驻, places and 的, to `to`: true when nothing else stands between.
    const onlyPlaces = (from: number, to: number): boolean => {
      let i = from;
      if (/[到至驻]/u.test(text[i] ?? '') && !this.ordered.some((q) => q.m.start === i)) i++;
      while (i < to) {
        const place = this.ordered.filter((q) => q.m.start === i && q.ref.label === 'Place' && q.m.end <= to).sort((a, b) => b.m.end - a.m.end)[0];
        if (place) i = place.m.end;
        else if (text[i] === '的' && i === to - 1) i++;
        else return false;
      }
      return true;
    };
    const bodyBefore = (verbStart: number): Pending | undefined => {
      const body = this.endingAt.get(verbStart);
      return body?.ref.label === 'Organization' ? body : undefined;
    };
    // Before the name: …派驻某村的第一书记|李某.
    const post = longest(cue.posts, (w) => text.slice(p.m.start - w.length, p.m.start) === w);
    if (post) {
      const postStart = p.m.start - post.length;
      const window = text.slice(Math.max(0, postStart - 24), postStart);
      for (const verb of cue.verbs) {
        const at = window.lastIndexOf(verb);
        if (at < 0) continue;
        const verbStart = postStart - window.length + at;
        const body = bodyBefore(verbStart);
        if (body && onlyPlaces(verbStart + verb.length, postStart)) return [{ holder: body, role: post, start: body.m.start, end: p.m.end, rule: 'rel.works-for.sent-by' }];
      }
    }
    // After the name: 李某是某院派驻某村的第一书记.
    const lead = /^(?:也|还|现在|目前|如今)?(?:是|系)/u.exec(text.slice(p.m.end, p.m.end + 4));
    if (!lead) return [];
    const bodyStart = p.m.end + lead[0].length;
    const body = this.ordered.filter((q) => q.m.start === bodyStart && q.ref.label === 'Organization').sort((a, b) => b.m.end - a.m.end)[0];
    const verb = body ? longest(cue.verbs, (w) => text.startsWith(w, body.m.end)) : undefined;
    if (!body || !verb) return [];
    const rest = text.slice(body.m.end + verb.length, body.m.end + verb.length + 24);
    for (let i = 0; i < rest.length; i++) {
      const after = longest(cue.posts, (w) => rest.startsWith(w, i));
      if (!after) continue;
      const postStart = body.m.end + verb.length + i;
      if (onlyPlaces(body.m.end + verb.length, postStart)) return [{ holder: body, role: after, start: p.m.start, end: postStart + after.length, rule: 'rel.works-for.sent-by' }];
      break;
    }
    return [];
  }

  /**
   * 合作社理事长由村党支部书记李某兼任, 工坊负责人由李某担任: a post (with its body, or a kind word for the body in view)
   * opening the clause, then 由, the name (after posts of its own, read as ever) and a verb of taking a post closing
   * the clause — the person holds that post (rel.works-for.taken-by). Not 由李某负责 (what is done, not a post), nor
   * a post only planned (拟由).
   */
  private takenBy(p: Pending): Post[] {
    const text = this.article.text;
    const verb = /^(?:同志)?(?:兼任|担任|出任|接任)(?=[。；;，,]|$)/u.exec(text.slice(p.m.end, p.m.end + 6));
    if (!verb) return [];
    const clauseStart = Math.max(...[...'。；;，,！？：:\n'].map((c) => text.lastIndexOf(c, p.m.start - 1))) + 1;
    const by = text.lastIndexOf('由', p.m.start - 1);
    if (by <= clauseStart || /拟$/u.test(text.slice(by - 1, by))) return [];
    // (Between 由 and the name, only the person's own posts: 由村党支部书记李某.)
    const own = by + 1 === p.m.start ? { start: p.m.start } : this.chainBefore(p.m.start, '', by + 1, true);
    if (own.start !== by + 1) return [];
    const chain = this.chainBefore(by, 'rel.works-for.taken-by', clauseStart, true);
    if (chain.start !== clauseStart) return [];
    return chain.posts.map((post) => ({ ...post, rule: 'rel.works-for.taken-by', start: clauseStart, end: p.m.end + verb[0].length }));
  }

  /** 任命李某为某镇党委书记 (not 拟任命, 免去): the posts after 为 up to the clause's end. */
  private appointed(p: Pending): Post[] {
    const text = this.article.text;
    const verb = new RegExp(`(?:${this.cues.appointVerbs.join('|')})$`, 'u').exec(text.slice(Math.max(0, p.m.start - 4), p.m.start));
    if (!verb || /(?:拟|建议|免去|不再)$/u.test(text.slice(Math.max(0, p.m.start - verb[0].length - 2), p.m.start - verb[0].length))) return [];
    const as = /^(?:同志)?(?:为|担任|任)/u.exec(text.slice(p.m.end, p.m.end + 5));
    return as ? this.postsFrom(p, p.m.end + as[0].length).map((post) => ({ ...post, rule: 'rel.works-for.appointed' })) : [];
  }

  /**
   * 某镇人民政府副镇长：甲、乙、丙 — posts with their body before a colon, then the names listed after it to the clause's
   * end: each holds them (rel.works-for.colon-list). A post with no body (参会人员：甲、乙) holds nothing.
   */
  private listedAfterColon(p: Pending): Post[] {
    const text = this.article.text;
    let first = p;
    for (let guard = 0; guard < 12 && text[first.m.start - 1] === '、'; guard++) {
      const prev = this.endingAt.get(first.m.start - 1);
      if (prev?.ref.label !== 'Person') return [];
      first = prev;
    }
    if (!/[：:]/u.test(text[first.m.start - 1] ?? '')) return [];
    let last = p;
    for (let guard = 0; guard < 12 && text[last.m.end] === '、'; guard++) {
      const next = this.ordered.find((q) => q.m.start === last.m.end + 1 && q.ref.label === 'Person');
      if (!next) return [];
      last = next;
    }
    // (The names run to the clause's end: 甲、乙、丙。 — not 主持人：甲说…)
    if (!/^(?:等?同志)?(?:[。；;，,]|$)/u.test(text.slice(last.m.end, last.m.end + 4))) return [];
    return this.chainBefore(first.m.start - 1, 'rel.works-for.colon-list').map((post) => ({ ...post, end: p.m.end }));
  }

  /**
   * The posts printed after the name, in an apposition or after 是 (李某，某大学教授; 李某，某公司董事长、某协会会长;
   * 李某是某学院的副教授): the words up to the clause's end are nothing but posts, each with its body.
   */
  private apposition(p: Pending, copulaOnly = false): Post[] {
    const text = this.article.text;
    if (copulaOnly) {
      const lead = /^(?:也|还|同时|同时也|现在|目前|如今)?(?:是|系)/u.exec(text.slice(p.m.end, p.m.end + 4));
      return lead ? this.postsFrom(p, p.m.end + lead[0].length) : [];
    }
    // 李某，她是某公司的总经理: a pronoun opening the clause after the name stands for it.
    // (李某，如今是某公司的销售经理: a word for now may open the clause after the comma.)
    // 李某，男，1975年生，中共党员，现任某公司副总经理: a profile's clauses between the name and 现任.
    const profile = PROFILE_THEN_SERVES.exec(text.slice(p.m.end, p.m.end + 60));
    if (profile) return this.postsFrom(p, p.m.end + profile[0].length).map((post) => ({ ...post, rule: 'rel.works-for.profile' }));
    const lead = /^(?:[，,](?:(?:他|她)(?:现在|目前|如今|现)?(?:是|系|现任|担任))|[，,](?:(?:现在|目前|如今)(?=是|系))?(?:现任|系|是)?|(?:现在|目前|如今|现)?(?:是|系)|既是)/u.exec(text.slice(p.m.end, p.m.end + 6));
    if (!lead) return [];
    const posts = this.postsFrom(p, p.m.end + lead[0].length);
    // 李某既是某公司董事长，也是某协会会长: the posts of the clause after it, opened by 也是 or 还是.
    const more = posts.length ? /^[，,](?:也是|还是|又是|同时也是|同时还是|同时是|还担任|同时担任|兼任)/u.exec(text.slice(posts[0]!.end!, posts[0]!.end! + 8)) : null;
    return more ? [...posts, ...this.postsFrom(p, posts[0]!.end! + more[0].length)] : posts;
  }

  /**
   * Where a person works, said with a verb (`workVerbs`): 李某在某公司担任技术员 (the post after it), 李某在某公司工作,
   * 李某进入某公司工作, 李某就职于某公司; 某公司聘请李某担任技术顾问 (`hireVerbs` before the name).
   */
  private workplace(p: Pending): Post[] {
    const text = this.article.text;
    const w = this.cues.work;
    const org = (at: number): Pending | undefined => this.ordered.find((q) => q.m.start === at && q.ref.label === 'Organization');
    const roleAt = (at: number): string | undefined => {
      let e = at;
      while (e < text.length && e - at < this.cues.maxLength && isHan(text.charCodeAt(e)) && !this.stop.has(text[e]!)) e++;
      return this.postAt(text.slice(at, e));
    };
    // 李某还担任某协会会长, 李某兼任某公司副总经理: a verb of holding a post right after the name, and the posts up to
    // the clause's end (nothing else in it; not 曾任, a post held before).
    // (去年当选为某村党支部书记, 被推选为某镇人大代表: a verb of election or appointment too.)
    const held = this.servesAs(p);
    if (held.length) return held;
    // 李某(目前)在某公司担任技术员 / 工作 / 上班; 李某进入某公司工作.
    const lead = new RegExp(`^(?:${w.adverbs.join('|')})*(?:${w.intoWords.join('|')})`, 'u').exec(text.slice(p.m.end, p.m.end + 12));
    const body = lead ? org(p.m.end + lead[0].length) : undefined;
    if (body) {
      const after = text.slice(body.m.end, body.m.end + 6);
      const takes = [...this.cues.takesPost, '当', '做'].filter((x) => after.startsWith(x)).sort((a, b) => b.length - a.length)[0];
      const role = takes ? roleAt(body.m.end + takes.length) : undefined;
      if (role) return [{ holder: body, role, start: p.m.start, end: body.m.end + takes!.length + role.length, rule: 'rel.works-for.works-at' }];
      // 工作 as a verb, not 工作人员, 工作站 (在某公司工作人员的帮助下).
      const work = w.workVerbs.find((x) => after.startsWith(x) && !/^(?:人员|室|站|组|队|会|者|中|上|的)/u.test(after.slice(x.length)));
      if (work) return [{ holder: body, role: '', start: p.m.start, end: body.m.end + work.length, rule: 'rel.works-for.works-at' }];
    }
    // 李某就职于某公司.
    const at = new RegExp(`^(?:${w.adverbs.join('|')})*(?:${w.atVerbs.join('|')})`, 'u').exec(text.slice(p.m.end, p.m.end + 10));
    const employer = at ? org(p.m.end + at[0].length) : undefined;
    if (employer) return [{ holder: employer, role: '', start: p.m.start, end: employer.m.end, rule: 'rel.works-for.works-at' }];
    // 李某去年加入某公司: joining a firm — not a cooperative, an alliance or an association, whose members are no staff.
    const join = new RegExp(`^(?:${[...w.adverbs, ...w.joinTimes].join('|')}|\\d{4}年(?:\\d{1,2}月)?)*(?:${w.joinVerbs.join('|')})了?`, 'u').exec(text.slice(p.m.end, p.m.end + 16));
    const firm = join ? org(p.m.end + join[0].length) : undefined;
    if (firm && firm.ref.kind === 'Company' && !/(?:合作社|联合社|联盟|协会|商会|联合会)$/u.test(firm.ref.name)) return [{ holder: firm, role: '', start: p.m.start, end: firm.m.end, rule: 'rel.works-for.joined' }];
    // 某公司聘请李某担任技术顾问.
    const hire = w.hireVerbs.find((x) => text.slice(Math.max(0, p.m.start - x.length), p.m.start) === x);
    const hirer = hire ? this.endingAt.get(p.m.start - hire.length) : undefined;
    if (hirer?.ref.label === 'Organization') {
      const as = /^(?:担任|出任|任|为|作为)/u.exec(text.slice(p.m.end, p.m.end + 3));
      const role = as ? roleAt(p.m.end + as[0].length) : undefined;
      if (role) return [{ holder: hirer, role, start: hirer.m.start, end: p.m.end + as![0].length + role.length, rule: 'rel.works-for.hired' }];
    }
    return [];
  }

  /** 李某还担任某协会会长, 李某去年当选为某村党支部书记: a verb of holding a post right after the name and the posts to the clause's end. */
  private servesAs(p: Pending): Post[] {
    const serves = new RegExp(`^(?:还|也|同时|目前|现在|如今|另外)*(?:担任|兼任|现任|出任|任(?![务何职性意])|${RECENT}?${ELECTED})`, 'u').exec(this.article.text.slice(p.m.end, p.m.end + 10));
    if (!serves) return this.sentToPlace(p);
    const posts = this.postsFrom(p, p.m.end + serves[0].length).map((post) => ({ ...post, rule: 'rel.works-for.serves-as' }));
    return posts.length ? posts : this.sameBodyElected(p, p.m.end + serves[0].length);
  }

  /**
   * 甲被选派到某镇某村担任驻村第一书记, 乙到某乡担任挂职副乡长: a person going to a town or village and holding a post
   * there, the post printed with no body — held at the last place named between (rel.works-for.sent-to-place).
   */
  private sentToPlace(p: Pending): Post[] {
    const text = this.article.text;
    const lead = SENT_TO_LEAD.exec(text.slice(p.m.end, p.m.end + 8));
    if (!lead) return [];
    let at = p.m.end + lead[0].length;
    let place: Pending | undefined;
    for (let next = this.ordered.find((q) => q.m.start === at && q.ref.label === 'Place'); next; next = this.ordered.find((q) => q.m.start === at && q.ref.label === 'Place')) {
      place = next;
      at = next.m.end;
    }
    if (!place || !POST_PLACES.has(place.ref.kind ?? '')) return [];
    const verb = /^(?:担任|任(?![务何职性意])|挂任)(?:挂职)?/u.exec(text.slice(at, at + 4));
    if (!verb) return [];
    const from = at + verb[0].length;
    const stop = /[，,。；;！？：:“”"（(、]/u.exec(text.slice(from, from + 16));
    const role = text.slice(from, stop ? from + stop.index : from);
    if (!stop || role.length < 2 || !this.isPost(role) || !PLACE_HELD_POST.test(role) || NOT_PLACE_POST.test(role) || this.ordered.some((q) => q.m.start >= from && q.m.end <= from + role.length)) return [];
    return [{ holder: place, role, start: p.m.start, end: from + role.length, rule: 'rel.works-for.sent-to-place' }];
  }

  /**
   * 甲当选为某协会会长，乙当选为副会长: a bare post (no body printed, nothing else up to the clause's end) taken with a verb
   * of election or appointment, after an earlier clause of the same sentence in which another took a post at a body
   * by such a verb, is held at that body (rel.works-for.serves-as.same-body). Two bodies there, or none: nothing.
   */
  private sameBodyElected(p: Pending, from: number): Post[] {
    const text = this.article.text;
    const stop = /[，,。；;！？：:“”"（(]/u.exec(text.slice(from, from + 12));
    const role = text.slice(from, stop ? from + stop.index : from);
    if (!stop || role.length < 2 || !this.isPost(role) || this.ordered.some((q) => q.m.start >= from && q.m.end <= from + role.length)) return [];
    const sentence = this.inView.sentenceOf(p.m.start);
    const earlier = this.ordered.filter((q) => q.ref.label === 'Person' && q !== p && q.m.end < p.m.start && q.m.sentence === sentence && q.m.sentence === p.m.sentence);
    const bodies = new Map<string, Pending>();
    for (const q of earlier) {
      const verb = new RegExp(`^${ELECTED}`, 'u').exec(text.slice(q.m.end, q.m.end + 6));
      if (!verb) continue;
      for (const post of this.postsFrom(q, q.m.end + verb[0].length)) if (post.holder.ref.label === 'Organization') bodies.set(post.holder.ref.key, post.holder);
    }
    if (bodies.size !== 1) return [];
    const holder = [...bodies.values()][0]!;
    return [{ holder, role, start: p.m.start, end: from + role.length, rule: 'rel.works-for.serves-as.same-body' }];
  }

  /**
   * 他担任合作社理事长, 她现任村党支部书记: 他 or 她 heading a clause (after a time word) with a verb of holding a
   * post, and the posts up to the clause's end — each with its body as printed, a body named by its kind alone (the
   * one in view) or a town's or village's own post (the place in view); a post with no body holds nothing. The person
   * is the only one the paragraph names before the pronoun (`person`, found by the caller).
   */
  pronounPosts(person: Pending, at: number): Post[] {
    const text = this.article.text;
    const m = PRONOUN_SERVES.exec(text.slice(at, at + 12));
    if (!m) return [];
    const opening = text.slice(0, at).split(/[，,。；;！？：:]/u).pop()!;
    if (!/^(?:\d{4}年|今年|去年|如今|目前|现在|此后|后来|之后|随后|同年|次年|\d+月(?:\d+日)?)?$/u.test(opening.replace(/\s+/gu, ''))) return [];
    const from = at + m[0].length;
    return this.postsFrom({ ...person, m: { ...person.m, start: at, end: at + 1 } }, from).filter((post) => !/^(?:村民|党员|居民)$/u.test(post.role)).map((post) => ({ ...post, rule: 'rel.works-for.pronoun' }));
  }

  /**
   * 叶某毕业于某大学，现任某合作社理事长: a later clause of a sentence a person heads (`person`), opening with a verb of
   * holding a post now, and the posts up to the clause's end (rel.works-for.later-clause).
   */
  laterClausePosts(person: Pending, at: number): Post[] {
    const m = LATER_SERVES.exec(this.article.text.slice(at, at + 8));
    if (!m) return [];
    return this.postsFrom({ ...person, m: { ...person.m, start: at, end: at + 1 } }, at + m[0].length).filter((post) => !/^(?:村民|党员|居民)$/u.test(post.role)).map((post) => ({ ...post, rule: 'rel.works-for.later-clause' }));
  }

  /** The posts from `from` to the clause's end, when they are all the clause holds (李某，某大学教授). */
  private postsFrom(p: Pending, from: number): Post[] {
    const text = this.article.text;
    const stop = /[，,。；;！？：:“”"（(]/u.exec(text.slice(from, from + 40));
    const end = stop ? from + stop.index : Math.min(text.length, from + 40);
    if (end - from < 3) return [];
    // 李某是某学院的副教授: the body, 的, and a post (李某是村东头某某民宿的主理人: after a side of the village in view).
    const side = /^[村镇乡](?:东头|西头|南头|北头|东边|西边|南边|北边|口|头)/u.exec(text.slice(from, from + 4))?.[0].length ?? 0;
    const body = this.ordered.find((q) => (q.m.start === from || (side > 0 && q.m.start === from + side)) && q.ref.label === 'Organization');
    if (body && text[body.m.end] === '的') {
      const role = text.slice(body.m.end + 1, end);
      return role.length <= this.cues.maxLength && [...role].every((ch) => isHan(ch.charCodeAt(0)) && !this.stop.has(ch)) && this.isPost(role) ? [{ holder: body, role, start: p.m.start, end, rule: 'rel.works-for.apposition' }] : [];
    }
    const chain = this.chainBefore(end, 'rel.works-for.apposition', from, true);
    // (当选贵州某县某乡|某村党支部书记: the places printed before the body say where it is; the posts start after them.)
    let after = from;
    for (let q = this.ordered.find((x) => x.m.start === after && x.ref.label === 'Place'); q; q = this.ordered.find((x) => x.m.start === after && x.ref.label === 'Place')) after = q.m.end;
    return chain.start === from || chain.start === after ? chain.posts.map((post) => ({ ...post, start: p.m.start, end })) : [];
  }

  /** Posts joined by 、 or ， that end at `end`, each read back to its body. */
  private chainBefore(end: number, rule: string, floor?: number): Post[];
  private chainBefore(end: number, rule: string, floor: number, withStart: true): { posts: Post[]; start: number };
  private chainBefore(end: number, rule: string, floor = 0, withStart = false): Post[] | { posts: Post[]; start: number } {
    const posts: Post[] = [];
    let start = end;
    // 某公司党委书记、董事长李某: a post with no body printed after a post at a body's party organ (党委, 党组, 党总支,
    // 党支部) is held at the body the organ belongs to — not a party post itself (副书记, 委员), and not a government
    // head (县委常委、副县长: the county's government is not printed, and the committee is no body's organ).
    let bare: { role: string; start: number }[] = [];
    for (let e = end, guard = 0; guard < 4; guard++) {
      const segment = this.segmentEndingAt(e, floor);
      if (!segment) break;
      // 甲当选为协会会长，乙公司总经理丙当选为副会长: a post before the comma that does not open its clause (a verb
      // before it, 当选为) is the object of that clause, not a post of the name after the comma (guard
      // rel.works-for.title.clause-object).
      if (e !== end && this.article.text[e] === '，' && !this.opensClause(segment.start, floor)) break;
      posts.push(...segment.posts.map((post) => ({ ...post, rule: post.rule || rule })));
      if (segment.posts.length === 0 && segment.bare) bare.push({ role: segment.bare, start: segment.start });
      else if (segment.posts.length > 0 && bare.length) {
        const parent = this.parentOfOrgan(segment.posts[0]!.holder);
        if (parent) posts.push(...bare.filter((b) => !PARTY_POST.test(b.role)).map((b) => ({ holder: parent, role: b.role, start: segment.start, rule: 'rel.works-for.organ-parent' })));
        // 某局党组成员、副局长李某, 某局党组书记、局长王某: the party post is printed with the body's own name (the organ
        // in the role, not a body of its own); the bare post after it is held at that body too.
        const held = segment.posts[segment.posts.length - 1]!;
        if (!parent && held.holder.ref.label === 'Organization' && ORGAN_IN_ROLE.test(held.role) && !PARTY_ORGANS.test(held.holder.ref.name)) {
          // (The body's own post, nearer the name, comes first: the relation's role is 副局长, not 党组成员.)
          const own = bare.filter((b) => !PARTY_POST.test(b.role)).map((b) => ({ holder: held.holder, role: b.role, start: segment.start, rule: 'rel.works-for.party-post-body' }));
          posts.splice(posts.length - segment.posts.length, 0, ...own);
        }
        bare = [];
      }
      start = segment.start;
      // 某镇党委书记、人大主席李某: a bare organ (人大, 政府, 纪委) after a post held at a town or village is that
      // place's: the post is held at the place, not at a node every town's 人大 would share.
      const placeHeld = segment.posts.find((post) => post.holder.ref.label === 'Place');
      if (placeHeld) {
        for (const [k, post] of posts.entries()) {
          if (post.holder.ref.label === 'Organization' && BARE_ORGANS.has(post.holder.ref.name) && post.holder.m.start > segment.start) posts[k] = { ...post, holder: placeHeld.holder, role: post.holder.ref.name + post.role };
        }
      }
      const sep = this.article.text[segment.start - 1];
      if (sep !== '、' && sep !== '，') break;
      e = segment.start - 1;
    }
    // 某县委常委、副县长李某: the list holds a post at a body (the county's committee) already; the government head's post
    // adds no body of its own (`areaHeads`).
    if (posts.some((post) => post.rule === 'rel.works-for.area-head') && posts.some((post) => post.holder.ref.label === 'Organization')) {
      const kept = posts.filter((post) => post.rule !== 'rel.works-for.area-head');
      return withStart ? { posts: kept, start } : kept;
    }
    return withStart ? { posts, start } : posts;
  }

  /**
   * Whether a post read from `s` opens its clause: the text's start (or `floor`), or a stop before it (，、。；：“ and
   * brackets), or a time word or the name of a place or body right before it that itself opens the clause.
   */
  private opensClause(s: number, floor: number): boolean {
    const text = this.article.text;
    if (s <= floor) return true;
    return /[，,、。；;：:“”"（(）)\n]/u.test(text[s - 1] ?? '\n');
  }

  /** The levels a head's post names (县长, 副区长) when `place` is of one of them. */
  private isAreaHead(role: string, place: { kind?: string | undefined; name: string }): boolean {
    const m = AREA_HEAD.exec(role);
    const levels: readonly AreaLevel[] = m ? (this.cues.areaHeads.levels[m[1]!] ?? []) : [];
    return AREA_PLACES.has(place.kind ?? '') && levelsOf(place as Parameters<typeof levelsOf>[0]).some((l) => levels.includes(l));
  }

  /** A county's, district's or city's head (县长, 副区长) held at the place of that level the article named last before `s`, else the paper's own. */
  private areaHeadInView(span: string, s: number): Post | undefined {
    const m = AREA_HEAD.exec(span);
    const levels = m ? this.cues.areaHeads.levels[m[1]!] : undefined;
    if (!levels || !this.places) return undefined;
    const ref = this.places.latestAt(levels, s);
    // (None named before it: the paper's own place of that level — 县长某某 opening a county paper's report. The
    // relation stands only where the graph holds that place, named or made absolute from 县里, 县某局, 全县.)
    const own = this.home.city ? placeRef(this.g, this.home.city) : undefined;
    const anchor = this.ordered[0];
    const named = ref ? [...this.ordered].reverse().find((q) => q.m.start < s && q.ref.key === ref.key) : own && anchor ? (this.ordered.find((q) => q.ref.key === own.key) ?? { ...anchor, m: { ...anchor.m, start: s, end: s + span.length, text: span }, ref: own }) : undefined;
    return named && this.isAreaHead(span, named.ref) ? { holder: named, role: span, start: s, rule: 'rel.works-for.area-head' } : undefined;
  }

    /** One post, with the unit and the body before it: 某某公司市场拓展部经理, 党支部书记 after a village. */
  private segmentEndingAt(end: number, floor: number): { start: number; posts: Post[]; bare?: string } | undefined {
    const text = this.article.text;
    let e = end;
    // 副县长（挂职）: a note in brackets after the post.
    if (CLOSING.includes(text[e - 1] ?? '')) {
      const open = Math.max(...[...OPENING].map((o) => text.lastIndexOf(o, e - 1)));
      if (open < 0 || e - open > 10) return undefined;
      e = open;
    }
    // 率领交警乙: a rank the recognizer read as a body of that bare name (交警) is the rank after 带领 and its leader.
    const rankBody = this.endingAt.get(e);
    if (rankBody?.ref.label === 'Organization' && rankBody.m.text === rankBody.ref.name && this.cues.ledRanks.includes(rankBody.m.text)) {
      const led = this.cues.ledBy.find((w) => text.slice(rankBody.m.start - w.length, rankBody.m.start) === w);
      const leader = led ? this.endingAt.get(rankBody.m.start - led.length) : undefined;
      const post = leader?.ref.label === 'Person' ? this.ledRank(leader, rankBody.m.text) : undefined;
      return post ? { start: rankBody.m.start, posts: [post] } : undefined;
    }
    let s = e;
    // (所 stops reading back, 所以, but not in 所长, 某派出所副所长, nor closing a kind word: 派出所副所长, 研究所所长.)
    const kindClosing = (at: number): boolean => this.cues.kindWords.some((w) => w.length > 1 && w.endsWith(text[at - 1]!) && text.slice(at - w.length, at) === w);
    while (s > floor && e - s < this.cues.maxLength && isHan(text.charCodeAt(s - 1)) && (!this.stop.has(text[s - 1]!) || (text[s - 1] === '所' && (text[s] === '长' || kindClosing(s)))) && !this.endingAt.has(s)) s--;
    // 该所副所长, 该院院长: 该 or 本 and a body's one-character kind word (所, 院, 校) open the post.
    if (s - 2 >= floor && /^[该本][所院校庭]$/u.test(text.slice(s - 2, s)) && !this.endingAt.has(s - 1)) s -= 2;
    const span = text.slice(s, e);
    if (!this.isPost(span)) return undefined;
    const named = this.endingAt.get(s);
    // 某派出所副所长甲带领民警乙、辅警丙: a rank right after 带领 and the name of one who holds a post at a body is that
    // body's (the ranks in `ledRanks` only: 带领技术人员, 带领村民 say nothing of where those led work).
    if (named?.ref.label === 'Person') {
      const led = this.cues.ledBy.find((w) => span.startsWith(w));
      const rank = led ? span.slice(led.length) : '';
      const post = led && this.cues.ledRanks.includes(rank) ? this.ledRank(named, rank) : undefined;
      if (post) return { start: s + led!.length, posts: [post] };
      // 甲叮嘱公司负责人乙, 甲陪同该公司总经理乙: a verb of addressing someone (`addressVerbs`) after the first
      // person, then a post opening with a body's kind word: the post is the second person's, read from after the verb
      // as a post of its own (the body in view); the first person holds nothing there (rel.works-for.addressed).
      const address = addressPattern(this.cues.addressVerbs).exec(text.slice(named.m.end, e));
      const addressed = address && named.m.end + address[0].length < e ? this.segmentEndingAt(end, named.m.end + address[0].length) : undefined;
      if (addressed?.posts.length) return { ...addressed, posts: addressed.posts.map((p) => ({ ...p, rule: p.rule || 'rel.works-for.addressed' })) };
      return { start: named.m.start, posts: [] };
    }
    // 村务监督委员会主任: a village's organ read as a body of that bare name (every village's would be one node) is the
    // village's own post, held at the village in view.
    const bareOrgan = named?.ref.label === 'Organization' && named.m.text === named.ref.name && /^[村居]/u.test(named.ref.name) ? this.ownPostInView(named.ref.name + span, named.m.start) : undefined;
    if (bareOrgan) return { start: named!.m.start, posts: [bareOrgan] };
    if (named) return { start: named.m.start, posts: this.heldAt(named, span) };
    // 某公司的负责人李某, 某村的党支部书记李某: the body, 的 and the post.
    const owner = text[s - 1] === '的' && s - 1 > floor ? this.endingAt.get(s - 1) : undefined;
    if (owner && (owner.ref.label === 'Organization' || owner.ref.label === 'Place')) {
      // 家住某村的退休教师李某: the place after a word of living (`residenceWords`) is the person's home, not the body
      // of what they are (guard rel.works-for.title-de.home; the home is read in located.ts).
      if (owner.ref.label === 'Place' && this.homeBefore(owner)) return { start: owner.m.start, posts: [] };
      const posts = this.heldAt(owner, span).map((post) => ({ ...post, rule: 'rel.works-for.title-de' }));
      if (posts.length) return { start: owner.m.start, posts };
    }
    // 公司总经理, 该公司副董事长, 基地负责人: the body of that kind in view — when the kind word opens the phrase
    // (云杉集团执行总裁 names a group the text did not recognise, not the group in view).
    const opens = s === floor || !isHan(text.charCodeAt(s - 1)) || this.stop.has(text[s - 1]!);
    // 老年医学科主任 after 某医院老年医学科 was named: a unit the article named right after its body is that body's.
    const unitOf = opens ? this.unitNamedBefore(span, s) : undefined;
    if (unitOf) return { start: s, posts: [{ holder: unitOf, role: span, start: s, rule: 'rel.works-for.unit-named-before' }] };
    // 承办法官甲, 主审法官甲, 办案检察官甲: a judge or prosecutor of a case, the tribunal, court or procuratorate in view.
    const caseOfficer = opens ? /^(?:承办|主审|办案|员额)(法官|检察官)$/u.exec(span) : null;
    if (caseOfficer) {
      const court = caseOfficer[1] === '法官' ? (this.inView.bodyNamed('法庭', s, ['Organization']) ?? this.inView.bodyNamed('法院', s, ['Organization'])) : this.inView.bodyNamed('检察院', s, ['Organization']);
      return { start: s, posts: court ? [{ holder: court, role: span, start: s, rule: 'rel.works-for.case-officer' }] : [] };
    }
    // 新公司总经理甲: 新 and a firm's kind word — the company the text set up just before (rel.works-for.new-firm).
    const newFirm = opens && /^新(?:公司|企业)/u.test(span) && span.length > 3 ? this.newFirmBefore(s) : undefined;
    if (newFirm) return { start: s, posts: [{ holder: newFirm, role: span.slice(3), start: s, rule: 'rel.works-for.new-firm' }] };
    const kind = /^(?:该|这家|这个|本)?/.exec(span)![0].length;
    // 该校校长: 校 after 该 or 本 is 学校.
    const thisSchool = span[kind] === '校' && span.length > kind + 1 && (kind > 0 || /[该本]/u.test(text[s - 1] ?? ''));
    // 副矿长, 副厂长, 副所长: a deputy's head post names its body by the kind word after 副, as 矿长 does
    // (rel.works-for.deputy-head-in-view; the post is the whole, 副矿长).
    const deputy = /^副(?=[\u4e00-\u9fff]{1,3}长$)/u.test(span.slice(kind)) && this.cues.kindWords.some((w) => span.slice(kind + 1) === `${w}长`) ? 1 : 0;
    const word = !opens ? undefined : thisSchool ? '学校' : this.cues.kindWords.filter((w) => span.startsWith(w, kind + deputy) && span.length > kind + deputy + w.length).sort((a, b) => b.length - a.length)[0];
    const wordLength = thisSchool ? 1 : (word?.length ?? 0) + deputy;
    // 该校副校长甲表示，学校将与乙大学合作: the other party the sentence names after 与 (or a unit of it, 乙大学某学院)
    // is not the body the kind word stands for.
    const inView = word ? this.inView.bodyNamed(word, s, ['Organization'], false, (q) => this.partnerInSentence(s).some((other) => q.ref.name.startsWith(other))) : undefined;
    // (院长 after 、 names its body by 院: the post is 院长, not 长.)
    if (inView && word) return { start: s, posts: [{ holder: inView, role: span.length - kind - wordLength >= 2 ? span.slice(kind + wordLength) : span.slice(kind), start: s, rule: deputy ? 'rel.works-for.deputy-head-in-view' : '' }] };
    // 局党组成员、副局长甲 after 某县水务局 was named: a government body's one-character ending (局, 厅, 署) opening a
    // post at its party organ (党组, 党委) names the body of that ending in view (rel.works-for.organ-of-body-in-view).
    const organOf = opens && !word && this.cues.organBodyWords.includes(span[0]!) && ORGAN_IN_ROLE.test(span.slice(1)) ? this.inView.bodyNamed(span[0]!, s, ['Organization']) : undefined;
    if (organOf && organOf.ref.kind === 'GovernmentAgency') return { start: s, posts: [{ holder: organOf, role: span.slice(1), start: s, rule: 'rel.works-for.organ-of-body-in-view' }] };
    // 镇长李某, 村主任王某, 村支书张某: a town's or village's own post with no place printed before it is held at the
    // place of that level in view (the last one the article named before it, none when several stand together).
    const own = opens ? this.ownPostInView(span, s) : undefined;
    if (own) return { start: s, posts: [own] };
    // 县长李某, 副区长王某: a county's, district's or city's head with no place printed before the post is that level's
    // place in view (rel.works-for.area-head).
    const head = opens ? this.areaHeadInView(span, s) : undefined;
    if (head) return { start: s, posts: [head] };
    // 某公司成立于2015年，总经理李某…: a post of a firm's with no body, opening a later clause of a sentence headed by a
    // company — the only organisation named before it in the sentence — is held there.
    if (opens && /[，,]/u.test(text[s - 1] ?? '') && this.cues.headPosts.includes(span.replace(/^副/u, ''))) {
      const sentence = this.inView.sentenceOf(s);
      const head = sentence !== undefined ? this.inView.of(sentence) : undefined;
      const orgs = this.ordered.filter((q) => q.ref.label === 'Organization' && q.m.start < s && sentence !== undefined && q.m.sentence === sentence);
      if (head && head.ref.label === 'Organization' && head.ref.kind === 'Company' && orgs.length === 1 && orgs[0] === head && !this.ordered.some((q) => q.ref.label === 'Person' && q.m.start > head.m.end && q.m.end < s)) {
        return { start: head.m.start, posts: [{ holder: head, role: span, start: head.m.start, rule: 'rel.works-for.sentence-head' }] };
      }
      // 该公司成立于2008年，…，总经理甲…: a sentence a company heads by 该公司 or 这家企业 (no body named in it before the
      // post, no person) — the company in view (rel.works-for.sentence-head.in-view).
      const opening = sentence !== undefined ? /^(?:该|这家)(公司|企业)/u.exec(text.slice(this.inView.sentenceStart(sentence), s)) : null;
      const firm = opening && orgs.length === 0 && !this.ordered.some((q) => q.ref.label === 'Person' && q.m.sentence === sentence && q.m.end < s) ? this.inView.bodyNamed(opening[1]!, s, ['Organization']) : undefined;
      if (firm && firm.ref.kind === 'Company') return { start: s, posts: [{ holder: firm, role: span, start: s, rule: 'rel.works-for.sentence-head.in-view' }] };
    }
    // 在某研究院，科研人员李某…: a post with no body, opening the clause right after the phrase that sets the
    // sentence at an organisation, is held there.
    const scene = opens && /[，,]/u.test(text[s - 1] ?? '') ? this.inView.scene(s) : undefined;
    // (镇干部甲, 县领导乙 at a firm the sentence is set at: a post of a place's level is that place's, not the firm's;
    // guard rel.works-for.scene.place-level-post.)
    if (scene && !PLACE_LEVEL_POST.test(span) && !/[，,]/u.test(text.slice(scene.m.end, s - 1))) return { start: scene.m.start, posts: [{ holder: scene, role: span, start: scene.m.start, rule: 'rel.works-for.scene' }] };
    // “…”董事长李某说: a firm's head post with no body, right after a quotation closes, its holder speaking — the one
    // company its paragraph names before it (走进某公司的车间，…。“…”董事长李某说); with none or several, nothing.
    const quoted = text[s - 1] === '”' && QUOTED_HEAD_POSTS.test(span) ? this.ordered.find((q) => q.m.start === end && q.ref.label === 'Person') : undefined;
    if (quoted && SPEAKS_AFTER.test(text.slice(quoted.m.end, quoted.m.end + 4))) {
      const paragraph = this.article.paragraphs.find((g) => s >= g.start && s < g.end);
      const firms = [...new Map(this.ordered.filter((q) => paragraph && q.m.start >= paragraph.start && q.m.end <= s && q.ref.label === 'Organization' && q.ref.kind === 'Company' && /(?:公司|集团|厂)$/u.test(q.ref.name)).map((q) => [q.ref.key, q])).values()];
      const others = this.ordered.some((q) => paragraph && q.m.start >= paragraph.start && q.m.end <= s && q.ref.label === 'Organization' && q.ref.kind !== 'Company');
      if (firms.length === 1 && !others) return { start: s, posts: [{ holder: firms[0]!, role: span, start: s, rule: 'rel.works-for.quoted-head' }] };
    }
    // 某中学创建于1927年…。校长甲说，…: a body's head post opening a sentence, its holder speaking — the one body of the
    // post's kind the paragraph heads a clause with before it (not a partner after 与, 和, 同 or 跟).
    const spoken = opens && SENTENCE_OPEN.test(text[s - 1] ?? '\n') ? this.speakingHead(span, s, end) : undefined;
    if (spoken) return { start: s, posts: [spoken] };
    return { start: s, posts: [], bare: span };
  }

  /**
   * 校长甲说, 董事长乙介绍 opening a sentence: the paragraph's one body of the post's kind (`SPEAKING_HEAD_KINDS`) named
   * before it as no other party (not after 与, 和, 同, 跟, 为, 向, 帮); none when it names two or none (rel.works-for.speaking-head).
   */
  private speakingHead(span: string, s: number, end: number): Post | undefined {
    const kinds = SPEAKING_HEAD_KINDS.find(([post]) => post.test(span))?.[1];
    if (!kinds) return undefined;
    const holder = this.ordered.find((q) => q.m.start === end && q.ref.label === 'Person');
    if (!holder || !SPEAKS_AFTER.test(this.article.text.slice(holder.m.end, holder.m.end + 4))) return undefined;
    const paragraph = this.article.paragraphs.find((g) => s >= g.start && s < g.end);
    if (!paragraph) return undefined;
    const text = this.article.text;
    const named = this.ordered.filter((q) => q.m.start >= paragraph.start && q.m.end <= s && q.ref.label === 'Organization');
    const partner = (q: Pending): boolean => /[与和同跟为向帮、及]/u.test(text[q.m.start - 1] ?? '');
    const ofKind = named.filter((q) => kinds.includes(q.ref.kind ?? ''));
    const distinct = [...new Map(ofKind.filter((q) => !partner(q)).map((q) => [q.ref.key, q])).values()];
    if (distinct.length !== 1) return undefined;
    // (A partner of the kind named in a sentence with the body chosen — 甲公司与乙公司签约 — leaves whose head speaks a
    // guess; one named in a later sentence, 学校与某大学合作, is the body's partner.)
    const sentences = new Set(ofKind.filter((q) => q.ref.key === distinct[0]!.ref.key).map((q) => q.m.sentence));
    if (ofKind.some((q) => q.ref.key !== distinct[0]!.ref.key && sentences.has(q.m.sentence))) return undefined;
    return { holder: distinct[0]!, role: span, start: s, rule: 'rel.works-for.speaking-head' };
  }

  /** The names of the organisations the sentence holding `pos` names after 与, 和, 同 or 跟 (the other party). */
  private partnerInSentence(pos: number): string[] {
    const sentence = this.inView.sentenceOf(pos);
    if (sentence === undefined) return [];
    const text = this.article.text;
    return this.ordered.filter((q) => q.m.sentence === sentence && q.ref.label === 'Organization' && /[与和同跟]/u.test(text[q.m.start - 1] ?? '')).map((q) => q.ref.name);
  }

  /**
   * The rank led by `leader` (甲带领民警乙) as held at the one body the leader holds a post at — where this mention names
   * the leader's posts, else where the article named the leader before (社区民警甲…。甲带领辅警乙).
   */
  private ledRank(leader: Pending, rank: string): Post | undefined {
    const earlier = [leader, ...this.ordered.filter((q) => q.ref.label === 'Person' && q.m.text === leader.m.text && q.m.end <= leader.m.start).reverse()];
    const bodies = earlier.map((q) => this.postsOf(q).filter((post) => post.holder.ref.label === 'Organization')).find((b) => b.length > 0) ?? [];
    return bodies.length === 1 ? { ...bodies[0]!, role: rank, start: leader.m.start, rule: 'rel.works-for.led-rank' } : undefined;
  }

  /**
   * The body whose unit a post opens with (老年医学科 of 老年医学科主任), when the article printed that unit right after
   * the body's name before `s` (某医院老年医学科正式成立): the latest such body.
   */
  private unitNamedBefore(span: string, s: number): Pending | undefined {
    const text = this.article.text;
    for (let k = span.length - 2; k >= 3; k--) {
      const unit = span.slice(0, k);
      if (!this.cues.unitEndings.some((w) => unit.endsWith(w)) || !this.isPost(span.slice(k))) continue;
      const body = [...this.ordered].reverse().find((q) => q.ref.label === 'Organization' && q.m.end < s && text.startsWith(unit, q.m.end));
      if (body) return body;
    }
    return undefined;
  }

  /** A town's or village's own post (镇长, 村主任, 村监委会主任) held at the place of that level in view at `s`. */
  private ownPostInView(span: string, s: number): Post | undefined {
    const own = PLACE_OWN_POST.exec(span);
    if (!own || !this.places) return undefined;
    const ref = this.places.latestAt(LEVELS_OF_WORD[own[1] === '社区' ? '居' : own[1]!] ?? [], s);
    const named = ref && [...this.ordered].reverse().find((q) => q.m.start < s && q.ref.key === ref.key);
    return named && POST_PLACES.has(named.ref.kind ?? '') ? { holder: named, role: span, start: s, rule: 'rel.works-for.place-in-view' } : undefined;
  }

  /** The body a party organ named after it belongs to (某公司党委 → 某公司; 某局党组 → 某局), as printed before it. */
  private parentOfOrgan(holder: Pending): Pending | undefined {
    if (holder.ref.label !== 'Organization') return undefined;
    const organ = PARTY_ORGANS.exec(holder.ref.name);
    if (!organ) return undefined;
    const scope = holder.ref.name.slice(0, organ.index);
    if (scope.length < 2) return undefined;
    return [...this.ordered].reverse().find((q) => q.ref.label === 'Organization' && q.m.end <= holder.m.start && q.ref.name === scope);
  }

  /**
   * A post after a name: an organisation's; a town's or village's own (党支部书记, 副镇长) after the place's name;
   * and at a town's or village's leading body (某镇党委), the place's too.
   */
  private heldAt(named: Pending, role: string): Post[] {
    // (某村的科技特派员: one sent to the village holds a post at their own body, not at the village.)
    // 某县副县长, 某区区长: a county's, district's or city's head after the place's name (rel.works-for.area-head).
    if (named.ref.label === 'Place' && this.isAreaHead(role, named.ref)) return [{ holder: named, role, start: named.m.start, rule: 'rel.works-for.area-head' }];
    if (named.ref.label === 'Place') return POST_PLACES.has(named.ref.kind ?? '') && !NOT_PLACE_POST.test(role) && !this.cues.sentPosts.some((w) => role.endsWith(w)) ? [{ holder: named, role, start: named.m.start, rule: '' }] : [];
    if (named.ref.label !== 'Organization') return [];
    // 某某仪表技术部部长: a unit read as one name with the short form of a body the article prints on its own; the
    // post is that body's, as 某某仪表有限公司技术部部长 would be, with the unit in the role.
    const parent = this.parentOfUnit(named);
    if (parent) return [{ holder: parent, role: named.ref.name.slice(parent.m.text.length) + role, start: named.m.start, rule: '' }];
    // 某公司技术中心主任, 某某集团全球业务发展中心主任 (a unit read as a body of its own): the post is the company's, the
    // unit in the role — the company printed right before the unit, or named in the article with the name the unit's
    // opens with (rel.works-for.firm-unit).
    const firm = this.firmOfUnit(named);
    if (firm) return [{ holder: firm.holder, role: firm.unit + role, start: named.m.start, rule: 'rel.works-for.firm-unit' }];
    const posts: Post[] = [{ holder: named, role, start: named.m.start, rule: '' }];
    const organ = this.cues.villageOrgans.find((o) => named.ref.name.endsWith(o));
    if (!organ) return posts;
    // The place: named in the text (东方村, for 村党委 read as 东方村党委), or the gazetteer's place the name begins with.
    const scope = named.ref.name.slice(0, -organ.length);
    const inName = placeInName(named.m, this.g, this.home);
    // A place the gazetteer lacks opening the name (上沧村 in 上沧村党支部) was read with it (references.ts).
    const own = named.placeInName ? named.place : undefined;
    const place =
      this.ordered.find((q) => q.ref.label === 'Place' && POST_PLACES.has(q.ref.kind ?? '') && q.ref.name === scope) ??
      (inName && POST_PLACES.has(inName.kind) && inName.name === scope ? { m: named.m, ref: placeRef(this.g, inName) } : undefined) ??
      (own && POST_PLACES.has(own.kind ?? '') && own.name === scope ? { m: named.m, ref: own } : undefined);
    if (place) posts.push({ holder: place, role: organ + role, start: named.m.start, rule: '' });
    return posts;
  }

  /**
   * The company a firm's unit (a body other than a company, ending in `firmUnitEndings`: 技术中心, 研究院) belongs to:
   * the company whose mention ends where the unit's begins (某某有限公司新材料创新中心), else the one company the
   * article names whose name, less its legal form (江苏宗申 of 江苏宗申集团), of four characters or more, the unit's
   * name opens with (江苏宗申全球业务发展中心).
   */
  private firmOfUnit(unit: Pending): { holder: Pending; unit: string } | undefined {
    if (unit.ref.label !== 'Organization' || unit.ref.kind === 'Company' || !this.cues.firmUnitEndings.some((w) => unit.ref.name.endsWith(w))) return undefined;
    const before = this.endingAt.get(unit.m.start);
    if (before && before.ref.label === 'Organization' && before.ref.kind === 'Company' && unit.m.text === unit.ref.name) return { holder: before, unit: unit.ref.name };
    const name = unit.ref.name;
    const firms = [...new Map(this.ordered.filter((q) => q.ref.label === 'Organization' && q.ref.kind === 'Company' && q.ref.key !== unit.ref.key).map((q) => [q.ref.key, q])).values()].filter((q) => {
      const stem = q.ref.name.replace(/(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$|集团$/u, '');
      return stem.length >= 4 && name.startsWith(stem) && name.length > stem.length + 2;
    });
    if (firms.length !== 1) return undefined;
    const stem = firms[0]!.ref.name.replace(/(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$|集团$/u, '');
    return { holder: firms[0]!, unit: name.slice(stem.length) };
  }

  /** The body whose printed name (of three characters or more) a unit's name opens with, the rest a unit's ending. */
  private parentOfUnit(unit: Pending): Pending | undefined {
    const name = unit.ref.name;
    if (!this.cues.unitEndings.some((w) => name.endsWith(w))) return undefined;
    return this.ordered
      .filter((q) => q.ref.label === 'Organization' && q.ref.key !== unit.ref.key && q.m.text.length >= 3 && name.length >= q.m.text.length + 2 && name.startsWith(q.m.text))
      .filter((q) => !/公司|集团/u.test(name.slice(q.m.text.length)))
      .sort((a, b) => b.m.text.length - a.m.text.length)[0];
  }

  /** 时任某局副局长的魏某 (a post), 来自某公司的朱某 (an employer). */
  private beforeDe(p: Pending): Post[] {
    const text = this.article.text;
    const de = p.m.start - 1;
    const clause = text.slice(Math.max(0, de - 40), de).split(/[，。；！？]/).pop()!;
    const employer = this.endingAt.get(de);
    if (employer?.ref.label === 'Organization' && this.cues.fromWords.some((w) => clause.includes(w))) return [{ holder: employer, role: '', start: employer.m.start, rule: 'rel.works-for.from' }];
    if (!this.cues.heldBefore.some((w) => clause.includes(w))) return [];
    return this.chainBefore(de, 'rel.works-for.post-held');
  }

  /**
   * A post printed with no body before the next name of a list (某公司总经理王某、副总经理李某): the words between the
   * two names, after the separator, when they are nothing but a post that names no body or place of its own.
   */
  listedPost(between: string): string | undefined {
    const m = /^[、，,]([\u4e00-\u9fff]{2,8})$/u.exec(between);
    if (!m) return undefined;
    const post = m[1]!;
    if (!this.isPost(post) || [...post].some((ch) => this.stop.has(ch))) return undefined;
    if (/^(?:原|前|驻|副?(?:省|市|县|区|镇|乡|村|社区|街道))/u.test(post) || this.cues.kindWords.some((w) => post.includes(w)) || this.cues.villageOrgans.some((w) => post.includes(w))) return undefined;
    return post;
  }

  /** The longest opening of `words` that is a post (副主任 in 副主任，负责…). */
  /**
   * A list printed one item a line (para.list-line), a person's name opening the line (an item number before it at
   * most), then — set apart by a space or a column label (单位：, `posts.listFields`) — one organisation and the post
   * printed right after it up to the line's end (沈某某 某某有限公司董事长), or the organisation alone (何某某　单位：
   * 某某合作社: the unit, no post): the post is held there (rel.works-for.list-line). Anything else after the
   * organisation (a second unit, prose) says nothing.
   */
  private listLine(p: Pending): Post[] {
    const text = this.article.text;
    const lineStart = text.lastIndexOf('\n', p.m.start - 1) + 1;
    const nl = text.indexOf('\n', p.m.end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (!/^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])?\s*$/u.test(text.slice(lineStart, p.m.start))) return [];
    const gap = new RegExp(`^(?:\\s*(?:${this.cues.listFields.join('|')})\\s*[：:]\\s*|\\s+)`, 'u').exec(text.slice(p.m.end, lineEnd));
    if (!gap) return [];
    const body = this.ordered.find((q) => q.m.start === p.m.end + gap[0].length && q.ref.label === 'Organization');
    if (!body) return [];
    const rest = text.slice(body.m.end, lineEnd).trimEnd();
    const role = rest === '' ? '' : this.postAt(rest);
    if (role !== rest) return [];
    return [{ holder: body, role, start: p.m.start, end: body.m.end + role.length, rule: 'rel.works-for.list-line' }];
  }

  private postAt(words: string): string | undefined {
    for (let n = words.length; n >= 1; n--) if (this.isPost(words.slice(0, n))) return words.slice(0, n);
    return undefined;
  }

  private isPost(span: string): boolean {
    if (this.cues.notPosts.some((w) => span.endsWith(w))) return false;
    return this.cues.endings.some((w) => span.endsWith(w));
  }
}

/** A verb of addressing a few characters after a name (rel.works-for.addressed), compiled once per cue list. */
const addressPatterns = new WeakMap<readonly string[], RegExp>();
function addressPattern(verbs: readonly string[]): RegExp {
  let re = addressPatterns.get(verbs);
  if (!re) addressPatterns.set(verbs, (re = new RegExp(`^[^，,。；;：:]{0,4}?(?:${verbs.join('|')})(?:了|过)?`, 'u')));
  return re;
}
