// People. A Chinese name is a surname (single or double) and one or two given-name characters; a foreign
// name is a run of transliteration characters, often joined by ·. What makes a string a name is a cue a
// style guide would list:
//  - a title or role before it (主任潘俊男, 董事长兼总经理沈舟, 总统克林顿);
//  - a speech verb after it (沈舟说, 潘俊男说道), a title after it (宋永生博士), an age (许志荣今年77岁);
//  - a surname with a form of address (李老师, 唐外长, 胡老, 老于): the surname stands for the person;
//  - jieba knowing the string as a name, or not knowing it at all (an out-of-vocabulary surname+name run).
// Whether a Chinese name has two or three characters is decided by what follows it.
import type { ExtractLexicon } from '../lexicon.js';
import { isIzationWord, isOrdinaryWord, isTokenEnd, isTokenStart, type ExtractContext, type Token } from '../context.js';
import { candidate, type Candidate } from '../mention.js';
import { isCommonSurname, namePartsEnd, type Surnames } from '../../lexicons/index.js';
import { ALL_HAN, charTable, codeTable, ILLNESS_AFTER, isHan, THING_OF_FOREIGN_NAME } from '../chars.js';
import { Trie } from '../trie.js';
import { TRANSLITERATION } from './transliteration.js';
import { TextMemo } from '../scan.js';

const TRANSLITERATION_CODES = charTable(TRANSLITERATION);

/** Every character of `word` is a transliteration character (as [...word].every(…), without the array). */
function allTransliteration(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!TRANSLITERATION_CODES[word.charCodeAt(i)]) return false;
  return true;
}

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
const FUNCTION_WORD_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'f']);
const NOT_GIVEN_NAME_TAGS = new Set(['v', 'p', 'c', 'u', 'uj', 'd', 'f', 'm', 'q', 'r']);

const surnameTables = new WeakMap<Surnames, { single: Uint8Array; doubleFirst: Uint8Array }>();

/**
 * Length of the surname at `at` (2 for 欧阳, 1 for 王), or 0: lexicons' surnameAt, answered from tables by code
 * unit, and a two-character substring cut only when the first character opens a double surname.
 */
function surnameAt(text: string, at: number, s: Surnames): number {
  let t = surnameTables.get(s);
  if (!t) {
    const doubleFirst = new Uint8Array(0x10000);
    for (const d of s.double) doubleFirst[d.charCodeAt(0)] = 1;
    surnameTables.set(s, (t = { single: charTable(s.single), doubleFirst }));
  }
  const c = text.charCodeAt(at);
  if (t.doubleFirst[c] && s.double.has(text.slice(at, at + 2))) return 2;
  return t.single[c] ? 1 : 0;
}

export function recognizePeople(ctx: ExtractContext): Candidate[] {
  const cued = [...afterTitles(ctx), ...beforeCues(ctx), ...bylineNames(ctx)];
  // 春小麦、夏玉米: a name of the dictionary's or of a surname and a word, among things in a list, is a thing (a
  // given name that is a word of the dictionary: 玉米, 花生).
  // 黄桃种植基地, 产黄桃20万斤: a word the page prints as a thing (thingOnPage) is no one's name.
  const shaped = [...knownNames(ctx), ...unknownWords(ctx)].filter((c) => !(c.end - c.start === 3 && ctx.res.dictionary.has(ctx.text.slice(c.start + 1, c.end)) && listedAmongThings(ctx, c.start, c.end)) && !thingOnPage(ctx, ctx.text.slice(c.start, c.end)));
  // 村民覃大妈, 周大爷说: a surname and a word of address (KIN_ADDRESS) is how the paper calls the person, not a name.
  const found = [...cued, ...shaped].filter((c) => !isKinAddress(ctx, c.start, c.end));
  found.push(...dottedNames(ctx), ...formsOfAddress(ctx), ...tibetanNames(ctx));
  return found.some((c) => countedBefore(ctx, c.start)) ? found.filter((c) => !countedBefore(ctx, c.start)) : found;
}

/**
 * 次仁多吉, 格桑德吉, 扎西平措: two or three parts of Tibetan names (tibetan-name-parts.txt) standing together from
 * the start of a word to the end of one make a person's name (a Tibetan name has no surname for the other rules).
 */
export function tibetanNames(ctx: ExtractContext): Candidate[] {
  // 斯琴高娃, 额尔敦布和: Mongolian names are read the same way from their own parts (mongolian-name-parts.txt).
  return [...partNames(ctx, ctx.res.lex.tibetanNameParts, 'person.tibetan-name'), ...partNames(ctx, ctx.res.lex.mongolianNameParts, 'person.mongolian-name')];
}

function partNames(ctx: ExtractContext, parts: ReadonlySet<string>, rule: string): Candidate[] {
  const first = tibetanFirstChars(parts);
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const start = ctx.tokens[ti]!.start;
    if (!first[text.charCodeAt(start)]) continue;
    // One part alone is a name right after a title of office (村党支部书记|旺堆) or before a speech verb.
    const one = namePartsEnd(text, start, parts, 1);
    const cued = one !== undefined && one - start <= 3 && (titleEndsAt(ctx, start) || ctx.res.lex.speechVerbs.some((v) => text.startsWith(v, one)));
    const end = namePartsEnd(text, start, parts) ?? (cued ? one : undefined);
    // (The run ends a word, or ends inside a run jieba could not segment: 措和卓玛/x.)
    if (end === undefined || !(isTokenEnd(ctx, end) || ctx.tokens[ctx.tokenAt[end - 1]!]!.tag === 'x')) continue;
    out.push(candidate('Person', start, end, rule, 0.85));
    while (ti + 1 < ctx.tokens.length && ctx.tokens[ti + 1]!.start < end) ti++;
  }
  return out;
}

/**
 * （记者 吉克阿依 通讯员 沙马拉则）, 本报记者 某某: in a byline a name is all of the run of Han characters (two to four)
 * between the reporter's role and a space, a bracket, a stop or the next role (the page's text is read without the
 * spaces) — names of any nationality, with or without a surname the lexicon knows.
 */
export function bylineNames(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  BYLINE_NAME.lastIndex = 0;
  for (let m = BYLINE_NAME.exec(ctx.text); m; m = BYLINE_NAME.exec(ctx.text)) {
    const start = m.index + m[0].length - m[2]!.length;
    if (!bylineRoleAt(ctx.text, m.index)) continue;
    // (记者 了解到，: a verb, an adverb or a word of the dictionary after the role is the sentence going on.)
    const first = ctx.tokens[ctx.tokenAt[start]!]!;
    if (first.start === start && NOT_NAME_START_TAGS.test(first.tag)) continue;
    if (isOrdinaryWord(ctx, m[2]!)) continue;
    out.push(candidate('Person', start, start + m[2]!.length, 'person.byline-name', 0.85, { role: m[1]! }));
    BYLINE_NAME.lastIndex = start + m[2]!.length;
  }
  return out;
}

/**
 * A byline's role starts at `pos`: at a line's start, after a space, 本报 or an opening bracket, or within a bracket
 * opened just before (（记者某某通讯员…).
 */
function bylineRoleAt(text: string, pos: number): boolean {
  if (pos === 0 || /[（(\s]/u.test(text[pos - 1]!) || text.startsWith('本报', pos - 2)) return true;
  for (let i = pos - 1; i >= 0 && pos - i <= 24; i--) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') return true;
    if (/[）)。！？\n]/u.test(ch)) return false;
  }
  return false;
}

/** jieba's tags of a word no name opens with: verbs, adverbs, prepositions, conjunctions, particles, pronouns, numbers. */
const NOT_NAME_START_TAGS = /^(?:v|vd|vn|d|p|c|u|uj|ul|uz|r|m|q|t|f|y)$/u;

/** [start, end) opens with a word of the clause that ends inside it (祝贺|某某某: a verb, an adverb, a pronoun…). */
export function opensWithClauseWord(ctx: ExtractContext, start: number, end: number): boolean {
  const first = ctx.tokens[ctx.tokenAt[start]!]!;
  return first.start === start && first.end < end && NOT_NAME_START_TAGS.test(first.tag);
}

/** A reporter's role and the name after it (bylineRoleAt says whether the role opens a byline). */
const BYLINE_NAME = /(记者|通讯员|实习生|见习记者|特约记者|首席记者|融媒体记者|全媒体记者|摄影|摄影记者)[ \u3000]*([\u4e00-\u9fff]{2,4}?)(?=[ \u3000）)、，,。]|$|(?:记者|通讯员|实习生|摄影|见习记者|报道|摄|讯))/gmu;

/** A title of office (person-cues.json) ends at `pos`. */
function titleEndsAt(ctx: ExtractContext, pos: number): boolean {
  for (let n = 2; n <= 6 && n <= pos; n++) if (ctx.res.lex.personTitleSet.has(ctx.text.slice(pos - n, pos))) return true;
  return false;
}

/** A title of office (person-cues.json, titles) opens a word at `pos` and ends one (某某|副总理说, 某某|先生). */
export function titleStartsAt(ctx: ExtractContext, pos: number): boolean {
  if (!isTokenStart(ctx, pos)) return false;
  for (let n = 2; n <= 6 && pos + n <= ctx.text.length; n++) if (ctx.res.lex.personTitleSet.has(ctx.text.slice(pos, pos + n)) && isTokenEnd(ctx, pos + n)) return true;
  return false;
}

const tibetanTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

function tibetanFirstChars(parts: ReadonlySet<string>): Uint8Array {
  let t = tibetanTables.get(parts);
  if (!t) tibetanTables.set(parts, (t = charTable(new Set([...parts].map((p) => p[0]!)))));
  return t;
}

/** 一片|柳林, 三亩|葛田, 片片|桑田: a measure word for plants or fields, counted or doubled, right before `start`. */
export function countedBefore(ctx: ExtractContext, start: number): boolean {
  const { classifiers, counters } = ctx.res.lex.countedThings;
  const c = ctx.text[start - 1];
  if (c === undefined || !classifiers.has(c)) return false;
  const before = ctx.text[start - 2];
  return before !== undefined && (before === c || counters.has(before) || (before >= '0' && before <= '9'));
}

interface PeopleTries {
  titles: Trie<string>;
  cuesAfter: Trie<string>;
}

const tries = new WeakMap<ExtractLexicon, PeopleTries>();

function triesFor(lex: ExtractLexicon): PeopleTries {
  let t = tries.get(lex);
  if (!t) {
    const titles = new Trie<string>();
    for (const title of lex.personTitles) titles.add(title, title);
    for (const word of lex.personDescriptors) titles.add(word, word);
    const cuesAfter = new Trie<string>();
    for (const v of lex.speechVerbs) cuesAfter.add(v, 'speech');
    for (const v of lex.titlesAfterName) cuesAfter.add(v, 'title');
    t = { titles, cuesAfter };
    tries.set(lex, t);
  }
  return t;
}


function isNameChar(ctx: ExtractContext, ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && !ctx.res.lex.boundaryChars.has(ch);
}

/** A title of two or more characters (通讯员, 董事长) starts at `pos`. */
function titleAt(ctx: ExtractContext, pos: number): boolean {
  const m = triesFor(ctx.res.lex).titles.longest(ctx.text, pos, Math.min(ctx.text.length, pos + 8));
  return m !== undefined && m.at - pos >= 2;
}

/** A speech verb (说, 表示, 介绍) starts at `pos`. */
function speechAt(ctx: ExtractContext, pos: number): boolean {
  return triesFor(ctx.res.lex).cuesAfter.longest(ctx.text, pos, Math.min(ctx.text.length, pos + 5))?.values[0] === 'speech';
}

/** A cue word (说, 表示, 博士, 今年77岁) starts at `pos`. */
function cueAt(ctx: ExtractContext, pos: number): boolean {
  const { text } = ctx;
  if (text.charCodeAt(pos) === 0x4eca /* 今 */ && text.charCodeAt(pos + 1) === 0x5e74 /* 年 */) return true;
  return triesFor(ctx.res.lex).cuesAfter.longest(text, pos, Math.min(text.length, pos + 5)) !== undefined;
}

/** A common noun of two characters that jieba has seen often (水库/n) is the word at `pos`. */
function commonNounAt(ctx: ExtractContext, pos: number): boolean {
  const t = ctx.tokens[ctx.tokenStartingAt[pos] ?? -1];
  return t !== undefined && t.word.length === 2 && t.tag === 'n' && isOrdinaryWord(ctx, t.word, 100);
}

/** 桂东南, 湘西北, 浙西南: a province's one-character name and a direction is a part of the province, no person. */
export function isProvinceDirection(ctx: ExtractContext, surface: string): boolean {
  return ctx.res.lex.provinceChars.has(surface[0]!) && /^.(?:东南|西南|东北|西北)$/u.test(surface);
}

/**
 * A word of two characters at `pos` that jieba reads as a person's name (明德/nr) or does not know (小燕/x), not a cue
 * or a title: a given name after a surname that is also a preposition (person.preposition-surname.after-title).
 */
function givenNameTokenAt(ctx: ExtractContext, pos: number): boolean {
  const t = ctx.tokens[ctx.tokenStartingAt[pos] ?? -1];
  // (种植户|向|春华/nz|说: a word jieba calls another proper noun is a given name when a verb of speaking follows it —
  // not 向京东供货.)
  const tagged = t !== undefined && (ctx.res.lex.prepositionSurnames.givenTags.has(t.tag) || (t.tag === 'nz' && speechAt(ctx, t.end)));
  return t !== undefined && t.word.length === 2 && tagged && !cueAt(ctx, pos) && !titleAt(ctx, pos);
}

/** A level's word after a preposition (由村, 向镇, 由县): what follows is that level's body or post. */
const LEVEL_AFTER_PREPOSITION = /^[村镇乡县市区省]$/u;

/** At `at`, a character jieba tags as a preposition and a level's word after it (由村, 由县). */
function prepositionAndLevel(ctx: ExtractContext, at: number): boolean {
  return LEVEL_AFTER_PREPOSITION.test(ctx.text[at + 1] ?? '') && /^p/u.test(ctx.res.tags.get(ctx.text[at]!) ?? '');
}

/**
 * The end of a Chinese name starting at `at`, or undefined. With a strong cue (a title before it, a speech
 * verb after it) any character that is not a function word may end a three-character name; without one the
 * given-name characters must be common ones. Names that are ordinary words (南方, 相继, 国家) are refused.
 */
export function chineseNameEnd(ctx: ExtractContext, at: number, strong: boolean): number | undefined {
  const { text } = ctx;
  const { lex } = ctx.res;
  const s = surnameAt(text, at, lex.surnames);
  // 种植大户|向明德|说: right after a title, a surname that is also a preposition (向, 于) before a given name jieba
  // reads as a name is the surname (村民向记者说: 记者 is no given name).
  // (主播|向晓岚|每天…: or jieba's unknown word of three characters opening with it — the name whole.)
  const whole = ctx.tokens[ctx.tokenStartingAt[at] ?? -1];
  const prepositionSurname = strong && s === 1 && lex.prepositionSurnames.surnames.has(text[at]!) && (givenNameTokenAt(ctx, at + 1) || (whole !== undefined && whole.word.length === 3 && lex.prepositionSurnames.givenTags.has(whole.tag) && whole.tag === 'x'));
  if (!s || (charTable(lex.boundaryChars)[text.charCodeAt(at)] && !prepositionSurname)) return undefined;
  // A surname character that jieba reads as a function word of its own (由/p 李明) is that word here.
  const own = ctx.tokens[ctx.tokenAt[at]!];
  if (own && own.start === at && own.end === at + 1 && FUNCTION_WORD_TAGS.has(own.tag) && !prepositionSurname) return undefined;
  // 村民|修|水库, 带领大家|建|学校: a surname character jieba reads as a verb of its own, before a common noun of two
  // characters, is the verb and its object.
  if (own && own.start === at && own.end === at + 1 && own.tag.startsWith('v') && commonNounAt(ctx, at + 1)) return undefined;
  const g1 = text[at + s];
  if (!isNameChar(ctx, g1) || NUMERALS.has(g1!) || cueAt(ctx, at + s)) return undefined;
  // 由村|党支部书记某某兼任, 由县|妇联主席某某担任: a surname that is a preposition (jieba's one-character tag) before a
  // level's word (村, 镇, 县) opens the body or the post that level has; it is no name.
  if (s === 1 && prepositionAndLevel(ctx, at)) return undefined;
  const head = text.slice(at, at + s + 1);
  // 贺电, 周二, 南方: the surname and first given character make a common word.
  if (isOrdinaryWord(ctx, head, strong ? 100 : 30) || ctx.res.dictionary.get(head)?.tag === 't') return undefined;
  let given = 1;
  const g2 = text[at + s + 1];
  // 记者顾佳通讯员沈明 (a byline with its spaces gone): a title starting there ends the name before it; so does a
  // double surname (记者欧阳晓司马婷: 欧阳晓, 司马婷).
  if (isNameChar(ctx, g2) && !NUMERALS.has(g2!) && !cueAt(ctx, at + s + 1) && !titleAt(ctx, at + s + 1) && surnameAt(text, at + s + 1, lex.surnames) !== 2 && (strong || lex.givenNameChars.has(g2!))) given = 2;
  // 会长李德和说: a character that is usually a conjunction is the name's last when the speech verb follows it.
  else if (strong && g2 === '和' && speechAt(ctx, at + s + 2)) given = 2;
  // 村民王强家有三亩地, 牧民巴桑家的牦牛: 家 before what a household has or does is the household, not the name's.
  if (given === 2 && g2 === '家' && householdAfter(text, at + s + 2)) given = 1;
  // 杨健报道: the third character starts a word with what follows, so the name stops before it (unless what
  // follows is the cue itself: 王晓明说, not 王晓 + 明说).
  // (赖国强|作工作报告: 作 opening a report or a speech is the verb after the whole name, not a word with 强.)
  if (given === 2 && isOrdinaryWord(ctx, text.slice(at + s + 1, at + s + 3), 100) && !cueAt(ctx, at + s + 2) && !REPORT_VERB.test(text.slice(at + s + 2, at + s + 6))) given = 1;
  // 经理周峰摘下: the third character opens a verb of jieba's that runs past it.
  if (given === 2 && startsLongerVerb(ctx, at + s + 1) && !REPORT_VERB.test(text.slice(at + s + 2, at + s + 6))) given = 1;
  // Two-character names are fragile: their given character must be a common one (管起 is not a name).
  if (given === 1 && !lex.givenNameChars.has(g1!)) return undefined;
  const end = at + s + given;
  const name = text.slice(at, end);
  if (isInstitutionWord(ctx, name)) return undefined;
  // 技术员常来常往: a word of jieba's dictionary that starts with the name and runs past it (an idiom) is no name.
  const word = ctx.tokens[ctx.tokenAt[at]!]!;
  if (word.start === at && word.end > end && word.tag !== 'x' && ctx.res.dictionary.has(word.word)) return undefined;
  // 渔民|钱袋子, 农民|胡萝卜: a common noun of jieba's (n) that is the whole name is that noun, however rare.
  if (given === 2 && word.start === at && word.end === end && word.tag === 'n' && (ctx.res.dictionary.get(word.word)?.freq ?? 0) >= 5) return undefined;
  if (given === 1 && isOrdinaryWord(ctx, name)) return undefined;
  // 高水平 is not 高 + 水平: a common word as the given name (below a cue, only a very common one).
  if (given === 2 && isOrdinaryWord(ctx, text.slice(at + s, end), strong ? 2000 : 30)) return undefined;
  return end;
}

/** 作 opening what an official does at a meeting (作工作报告, 作重要讲话, 作了, 作出部署). */
const REPORT_VERB = /^作(?:了|出|重要|工作|报告|讲话|动员|说明|总结|批示|部署|指示|发言|表态)/u;

const NUMERALS = new Set('二三四五六七八九十零〇两百千万亿');

/** A verb of jieba's starts at `pos` and runs past it (摘下, 笑道): the character there is no given name's. */
function startsLongerVerb(ctx: ExtractContext, pos: number): boolean {
  const t = ctx.tokens[ctx.tokenAt[pos]!];
  return t !== undefined && t.start === pos && t.word.length >= 2 && t.tag.startsWith('v') && !cueAt(ctx, pos);
}

/** A run of transliteration characters (克林顿, 斯捷帕申), possibly joined by ·, starting at `at`. */
function foreignNameEnd(ctx: ExtractContext, at: number, min = 2): number | undefined {
  let i = at;
  while (i < ctx.text.length && (TRANSLITERATION.has(ctx.text[i]!) || ('·•・'.includes(ctx.text[i]!) && i > at)) && !(i > at && cueAt(ctx, i))) i++;
  while (i > at && '·•・'.includes(ctx.text[i - 1]!)) i--;
  return i - at >= min ? i : undefined;
}

/** Two to four capitalised words of Latin letters, and no Latin letter or digit after them. */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[ ·.]\p{Lu}[\p{Ll}'’-]*){1,3}(?![\p{Script=Latin}\d])/u;

/** Words of a firm's name in Latin letters (Apple Inc, Bosch Group): no person's. */
const LATIN_FIRM_WORD = /\b(?:Inc|Ltd|Co|Corp|Corporation|Group|GmbH|AG|LLC|Company|Limited|Holdings|Technology|Technologies)\b/u;

export function afterTitles(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { titles } = triesFor(ctx.res.lex);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    const m = titles.longest(text, i, Math.min(text.length, i + 8));
    if (!m) continue;
    let end = m.at;
    let role = text.slice(i, end);
    // 董事长兼总经理: two titles joined by 兼 are one role.
    if (text[end] === '兼') {
      const second = titles.longest(text, end + 1, Math.min(text.length, end + 9));
      if (second) {
        role = text.slice(i, second.at);
        end = second.at;
      }
    }
    // 董事长Tom Lee, 首席执行官Anna Müller: a name in Latin letters after a title, two to four capitalised words.
    const latin = LATIN_NAME.exec(text.slice(end, end + 48));
    if (latin && !LATIN_FIRM_WORD.test(latin[0])) {
      out.push(candidate('Person', end, end + latin[0].length, 'person.after-title-latin', 0.8, { role, titleStart: i }));
      i = end - 1;
      continue;
    }
    const chinese = chineseNameEnd(ctx, end, true);
    // 镇党委副书记邵建设出席: a surname and a given name that is a common word, closed by what follows, where the
    // name's own test cut it short or refused it.
    const worded = wordGivenNameEnd(ctx, end);
    if (worded && chinese !== worded) {
      out.push(candidate('Person', end, worded, ctx.res.lex.wordGivenNames.id, 0.85, { role, titleStart: i }));
      i = end - 1;
      continue;
    }
    // 村民阿西木呷说: a name of a minority nationality jieba does not know, between a title and a speech verb.
    const unknown = !chinese ? (unknownNameAfterTitle(ctx, end) ?? surnamedUnknownPair(ctx, end)) : undefined;
    if (unknown) {
      out.push(candidate('Person', end, unknown, 'person.after-title-unknown-word', 0.8, { role, titleStart: i }));
      i = end - 1;
      continue;
    }
    // A foreign name after a title may be short (总理科尔) when nothing name-like follows it.
    const foreign = foreignNameEnd(ctx, end, 2);
    const foreignOk = foreign !== undefined && (foreign - end >= 3 || !isNameChar(ctx, text[foreign]));
    const nameEnd = foreignOk && (!chinese || foreign! > chinese) && surnameAt(text, end, ctx.res.lex.surnames) !== 2 ? foreign : chinese;
    if (nameEnd) {
      out.push(candidate('Person', end, nameEnd, 'person.after-title', 0.85, { role, titleStart: i }));
      // 记者刘正学、果永毅报道: names listed after the first share its title.
      let next = nameEnd;
      while (text[next] === '、') {
        const listed = chineseNameEnd(ctx, next + 1, true);
        if (!listed) break;
        out.push(candidate('Person', next + 1, listed, 'person.listed-after-title', 0.8, { role }));
        next = listed;
      }
    }
    i = end - 1;
  }
  return out;
}

const CLOSING_PUNCTUATION = new Set('，。、；：！？）”');

/**
 * 党委副书记|邵建设|出席, 村主任|王国庆|说: right after a title, a surname of one character and a given name that is a
 * common word (wordGivenNames of person-cues.json), closed by punctuation, a speech verb or a word of `after`.
 */
function wordGivenNameEnd(ctx: ExtractContext, at: number): number | undefined {
  const { text } = ctx;
  const { surnames, wordGivenNames } = ctx.res.lex;
  if (surnameAt(text, at, surnames) !== 1 || !wordGivenNames.names.has(text.slice(at + 1, at + 3))) return undefined;
  const end = at + 3;
  if (end >= text.length || CLOSING_PUNCTUATION.has(text[end]!) || cueAt(ctx, end)) return end;
  return wordGivenNames.after.some((w) => text.startsWith(w, end)) ? end : undefined;
}

/**
 * The end of a name jieba does not know (three to five characters) at `pos`, followed by a speech verb: one
 * unknown word (吉克阿依) or a run of short rare pieces (阿西/木/呷), with no function or common word in it.
 */
function unknownNameAfterTitle(ctx: ExtractContext, pos: number): number | undefined {
  let end = pos;
  for (let t = ctx.tokens[ctx.tokenStartingAt[pos] ?? -1]; t && end - pos < 5; t = ctx.tokens[ctx.tokenStartingAt[end] ?? -1]) {
    if (speechAt(ctx, t.start)) break;
    const rare = t.tag === 'x' || t.word.length === 1 || (ctx.res.dictionary.get(t.word)?.freq ?? 0) < 30;
    // 县长|在讲话中|强调: a fixed phrase of jieba's (tag l or i) is no name, however rare.
    if (!ALL_HAN.test(t.word) || !rare || FIXED_PHRASE_TAGS.has(t.tag) || ctx.res.lex.stopwords.has(t.word) || ctx.res.lex.boundaryChars.has(t.word)) return undefined;
    end = t.end;
  }
  if (end - pos < 3 || end - pos > 5) return undefined;
  return speechAt(ctx, end) ? end : undefined;
}

const FIXED_PHRASE_TAGS = new Set(['l', 'i']);
/** Rank in surnames.txt from which surnames are the rare ones (the south-west's: 者, 字, 刀, 岩 …). */
const RARE_SURNAME_RANK = 400;

/**
 * 茶农|岩温|正在…, 书记|岩罕|介绍: after a title, a pair of characters jieba does not know (one token, tagged x) that
 * opens with a surname (a rare one too: the Dai's 岩, 玉) is a name of two characters whose given one is uncommon.
 */
function surnamedUnknownPair(ctx: ExtractContext, pos: number): number | undefined {
  const t = ctx.tokens[ctx.tokenStartingAt[pos] ?? -1];
  // (Only the rare end of the list: a common surname's pair is read by its given character, chineseNameEnd — 管起 is none.)
  if (!t || t.tag !== 'x' || t.word.length !== 2 || !ALL_HAN.test(t.word) || surnameAt(ctx.text, pos, ctx.res.lex.surnames) !== 1 || (ctx.res.lex.surnames.rank.get(t.word[0]!) ?? 0) < RARE_SURNAME_RANK) return undefined;
  // (王某, 李总, 刘副: a surname and a word of address or of rank is read by the rules of address.)
  if (ctx.res.lex.stopwords.has(t.word) || ctx.res.lex.boundaryChars.has(t.word[1]!) || NUMERALS.has(t.word[1]!) || ADDRESS_FIRST[t.word.charCodeAt(1)]) return undefined;
  // (由村|党支部书记: a preposition and a level's word.)
  if (prepositionAndLevel(ctx, pos)) return undefined;
  return t.end;
}

/**
 * Where a Yi name of a clan name and a given name of two characters ending at `v` begins, or undefined: the clan name
 * opens a word (a boundary before it), and the given name is two characters that are no numeral, no boundary character
 * and no word of address (沙马|主任: no).
 */
function yiNameBefore(ctx: ExtractContext, v: number): number | undefined {
  const start = v - 4;
  if (start < 0 || !ctx.res.lex.yiClanNames.has(ctx.text.slice(start, start + 2)) || !leftBoundaryOk(ctx, start)) return undefined;
  const given = ctx.text.slice(start + 2, v);
  if (!ALL_HAN.test(given) || [...given].some((ch) => ctx.res.lex.boundaryChars.has(ch) || NUMERALS.has(ch))) return undefined;
  if (ctx.res.lex.stopwords.has(given) || ctx.res.lex.personTitleSet.has(given) || isInstitutionWord(ctx, given)) return undefined;
  return start;
}

/** NAME + speech verb / title / age: look back from the cue for a name ending right before it. */
export function beforeCues(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { cuesAfter } = triesFor(ctx.res.lex);
  for (let v = 1; v < text.length; v++) {
    // Cues are words of their own: only token starts are tried, except 说 glued to a name's last character.
    if (ctx.tokenStartingAt[v] === -1) {
      const glued = gluedSpeechName(ctx, v);
      if (glued !== undefined) out.push(candidate('Person', glued, v, 'person.before-glued-speech', 0.8));
      continue;
    }
    const c = text.charCodeAt(v);
    const m = c > 0x7f ? cuesAfter.longest(text, v, Math.min(text.length, v + 5)) : undefined;
    const age = !m && (c === 0x4eca || (c >= 0x30 && c <= 0x39)) && /^(?:今年)?\d{1,3}岁/.test(text.slice(v, v + 6));
    if (!m && !age) continue;
    // The cue must be a word of its own (说 in 说道, not 问 in 问题).
    if (m && (!isTokenStart(ctx, v) || !isTokenEnd(ctx, m.at))) continue;
    const rule = age ? 'person.before-age' : m!.values[0] === 'speech' ? 'person.before-speech' : 'person.before-title';
    const conf = rule === 'person.before-title' ? 0.75 : 0.82;
    let found = false;
    // 沙马某某介绍, 书记吉克某某: a Yi clan name and two characters before the cue are one four-character name, not a
    // Han surname inside it (沙|马某某 → 马某某) (person.yi-name-before-cue; yi-clan-names.txt).
    const yi = yiNameBefore(ctx, v);
    if (yi !== undefined) {
      out.push(candidate('Person', yi, v, 'person.yi-name-before-cue', conf));
      found = true;
    }
    for (const len of found ? [] : [3, 2, 4]) {
      const start = v - len;
      if (start < 0 || !leftBoundaryOk(ctx, start)) continue;
      // 在贺电中指出, 在贺信中表示: what 在 opens and a position word closes before the verb is where it was said.
      if (inSaidFrame(text, start, v)) continue;
      if (chineseNameEnd(ctx, start, true) === v) {
        out.push(candidate('Person', start, v, rule, conf));
        found = true;
        break;
      }
    }
    if (!found && rule !== 'person.before-age') {
      // 叶利钦说, 拉特纳亚克议长: a foreign name ends at the cue; walk back over transliteration characters.
      let start = v;
      while (start > 0 && (TRANSLITERATION.has(text[start - 1]!) || '·•・'.includes(text[start - 1]!))) start--;
      if (v - start >= 3 && leftBoundaryOk(ctx, start)) out.push(candidate('Person', start, v, 'person.foreign-before-speech', 0.72));
    }
  }
  return out;
}

/** 在…中, 在…里, 在…上 around [start, end): the frame of where something was said (在贺信中指出), not a name. */
function inSaidFrame(text: string, start: number, end: number): boolean {
  return text[start - 1] === '在' && SAID_FRAME_END.has(text[end - 1]!);
}
const SAID_FRAME_END = new Set(['中', '里', '上']);

/**
 * 李明说 is segmented 李 / 明说 (明说, "to say outright"): a one-character speech verb that jieba joined to the
 * character before it, in a verb of two characters, after a surname. The start of the two-character name ending
 * at `v`, or undefined.
 */
function gluedSpeechName(ctx: ExtractContext, v: number): number | undefined {
  const { text } = ctx;
  const c = text.charCodeAt(v);
  if (v < 2 || (c !== 0x8bf4 /* 说 */ && c !== 0x9053) /* 道 */) return undefined;
  const tok = ctx.tokens[ctx.tokenAt[v]!]!;
  if (tok.start !== v - 1 || tok.end !== v + 1 || !tok.tag.startsWith('v')) return undefined;
  // A quotation or a pause follows (李明说：, 李明说，“…”), or the sentence ends after a quotation (“…”李明说。).
  const start = v - 2;
  const after = text[v + 1] ?? '';
  if (!SPEECH_FOLLOW.has(after) && !(after === '。' && text[start - 1] === '”')) return undefined;
  if (!leftBoundaryOk(ctx, start) || (start > 0 && ctx.tokenEndingAt[start] === -1)) return undefined;
  return chineseNameEnd(ctx, start, true) === v ? start : undefined;
}

const SPEECH_FOLLOW = new Set(['：', ':', '，', ',', '“', '"']);

/** The character before a name must not glue onto it: the name starts a word, a clause, or follows a function word. */
function leftBoundaryOk(ctx: ExtractContext, start: number): boolean {
  const prev = ctx.text[start - 1];
  return prev === undefined || !isHan(prev.charCodeAt(0)) || isTokenStart(ctx, start) || ctx.res.lex.boundaryChars.has(prev);
}

/** 党委, 市委, 团委: words that name bodies, not people, even when they open with a surname character. */
function isInstitutionWord(ctx: ExtractContext, w: string): boolean {
  const { lex } = ctx.res;
  return lex.govBodies.has(w) || lex.govStandalone.has(w) || lex.orgSuffixBySuffix.has(w) || lex.personTitleSet.has(w);
}

/** Words after a place that say where along or around it (畔, 沿岸): what precedes is a river or a place. */
const PLACE_POSITION_AFTER = /^(?:畔|沿岸|两岸|沿线|流域|上游|下游|之滨)/u;

/** Some place of the page prints `word` between a text matching `before` (at its end) and one matching `after` (at its start). */
function printedOnPage(text: string, word: string, before: RegExp | undefined, after: RegExp): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (after.test(text.slice(i + word.length, i + word.length + 6)) || (before !== undefined && before.test(text.slice(Math.max(0, i - 2), i)))) return true;
  }
  return false;
}

/** The word stands before a position word (畔, 沿岸) somewhere in the text: it names a river or a place there. */
export function beforePositionOnPage(ctx: ExtractContext, word: string): boolean {
  return positionMemo.get(ctx, word, () => printedOnPage(ctx.text, word, undefined, PLACE_POSITION_AFTER));
}

// (Kept per long text: each answer scans the whole text, and the hybrid asks for every name the tagger reads.)
const positionMemo = new TextMemo();
const thingMemo = new TextMemo();

/**
 * 杨梅节, 优质杨梅, 杨梅大丰收: a word the page also prints as a thing — before a festival, a trade, a variety or a
 * harvest word, after a word of growing, picking, tasting or quality — is that thing wherever the page prints it
 * (jieba's dictionary calls some fruits and plants names: 杨梅/nr).
 */
export function thingOnPage(ctx: ExtractContext, word: string): boolean {
  return thingMemo.get(ctx, word, () => printedOnPage(ctx.text, word, THING_BEFORE, THING_AFTER));
}

const THING_AFTER = /^(?:节|产业|基地|机器人|手术机器人|品种|种苗|大丰收|丰收|成熟|上市|价格|种植(?:面积|基地|园|户|大户|区|示范|技术)|之乡|品质|产量|推介|果园|采摘园|苗木|罐头|加工厂|加工车间|深加工|烘干厂|烘干中心|冷库)/u;
const THING_BEFORE = /(?:种植|采摘|优质|新鲜|品尝|展销|鲜果|产|收购|种了)$/u;

const NOUN_ENDINGS = new Set('性证车杯赛树镇词顶诗章塔传乐球庙原卡丁城堡馆院场站厂店街路桥村庄寺观阁楼园林湖河山岛湾港礼节法学论术式型制业品物器机仪表感度率量力'.split(''));

const COMPOUND_AFTER_NAME = ['理论', '思想', '主义', '同志', '文选', '选集', '时代', '故居', '纪念馆', '著作', '旗帜'];

/** The word is three characters and one of COMPOUND_AFTER_NAME (邓小平理论, 毛泽东思想). */
function endsCompoundAfterName(word: string): boolean {
  for (const w of COMPOUND_AFTER_NAME) if (word.length === 3 + w.length && word.endsWith(w)) return true;
  return false;
}

/** A dictionary word of a common noun's tag (葡萄/n), not of a name's (nr, ns, nt, nz) nor one jieba does not know (x). */
const isThing = (ctx: ExtractContext, t: { word: string; tag: string }, minFreq = 30): boolean => /^n/u.test(t.tag) && !/^n[rstz]/u.test(t.tag) && isOrdinaryWord(ctx, t.word, minFreq);

/** jieba's tags of the words of a list's item (nouns, time and distinguishing words, adjectives). */
const NOMINAL_TAGS = /^(?:n|ng|nr|nz|t|b|a|x)$/u;

/** What ends an item of a list (、 和 及 与 等 and punctuation). */
const ITEM_END = /^(?:、|和|及|与|等|以及|，|。|；|：|\n)$/u;

/**
 * The item of a list beside a span is a thing: its last word is a common noun of the dictionary (早稻), or a word
 * jieba reads as a name that is a season's or a kind's character and a common noun (春小麦/nr: 春 + 小麦).
 */
function isThingItem(ctx: ExtractContext, last: { word: string; tag: string }): boolean {
  if (isThing(ctx, last, 10)) return true;
  if (last.word.length < 3) return false;
  const tail = ctx.res.dictionary.get(last.word.slice(1));
  return tail !== undefined && /^n/u.test(tail.tag) && !/^n[rstz]/u.test(tail.tag) && tail.freq >= 30;
}

/**
 * The span is an item of a list set apart by 、 whose items beside it are things — common nouns of the dictionary — and
 * none a name or a word jieba does not know (王刚、某某 is a list of people): 春小麦、夏玉米、秋荞麦 is a list of crops.
 * 和 and 与 join people and their kind too (女王和某某, 企业家和某某), so they say nothing.
 */
export function listedAmongThings(ctx: ExtractContext, start: number, end: number): boolean {
  const neighbours: Array<{ word: string; tag: string }> = [];
  const joinBefore = ctx.tokenEndingAt[start]!;
  if (joinBefore > 0 && ctx.tokens[joinBefore]!.word === '、') neighbours.push(ctx.tokens[joinBefore - 1]!);
  const joinAfter = end < ctx.text.length ? ctx.tokenStartingAt[end]! : -1;
  if (joinAfter >= 0 && joinAfter + 1 < ctx.tokens.length && ctx.tokens[joinAfter]!.word === '、') {
    // The next item's last word (秋|荞麦: a season's word before the crop).
    let k = joinAfter + 1;
    while (k + 1 < ctx.tokens.length && k - joinAfter < 3 && NOMINAL_TAGS.test(ctx.tokens[k + 1]!.tag) && !ITEM_END.test(ctx.tokens[k + 1]!.word)) k++;
    neighbours.push(ctx.tokens[k]!);
  }
  return neighbours.length > 0 && neighbours.every((t) => isThingItem(ctx, t));
}

/** Names jieba's dictionary knows (邓小平, 克林顿); two-character ones only with a common surname. */
export function knownNames(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { lex } = ctx.res;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const tok = ctx.tokens[ti]!;
    // Foreign names jieba does not know (基里延科/x) or knows as names (琼斯/nr).
    if ((tok.tag === 'x' && tok.word.length >= 3) || (tok.tag === 'nr' && tok.word.length === 2)) {
      if (allTransliteration(tok.word) && !surnameAt(tok.word, 0, lex.surnames)) {
        out.push(candidate('Person', tok.start, tok.end, 'person.foreign-word', 0.58));
        continue;
      }
    }
    // 邓小平理论, 毛泽东思想: a compound opening with a name jieba knows.
    if (tok.word.length >= 4) {
      // (The ending first: it needs no substring.)
      const head = endsCompoundAfterName(tok.word) ? ctx.res.dictionary.get(tok.word.slice(0, 3)) : undefined;
      if (head && NAME_TAGS.has(head.tag)) {
        out.push(candidate('Person', tok.start, tok.start + 3, 'person.known-name-in-compound', 0.72));
      }
      continue;
    }
    // 江/nr 宏伟/a: jieba reads a surname here; a one- or two-character word after it is the given name.
    if (tok.word.length === 1 && tok.tag === 'nr' && lex.surnames.single.has(tok.word) && !lex.boundaryChars.has(tok.word) && leftBoundaryOk(ctx, tok.start)) {
      const next = ctx.tokens[ti + 1];
      if (next && next.word.length <= 2 && [...next.word].every((ch) => lex.givenNameChars.has(ch) && !lex.boundaryChars.has(ch)) && !NOT_GIVEN_NAME_TAGS.has(next.tag) && !cueAt(ctx, next.start) && !isProvinceDirection(ctx, tok.word + next.word)) {
        out.push(candidate('Person', tok.start, next.end, 'person.surname-token', 0.6));
      }
      continue;
    }
    if (!NAME_TAGS.has(tok.tag) || tok.word.length < 2) continue;
    // 智能化; 湘江畔, 清水河沿岸: a river or a place before a position word.
    // (Anywhere on the page: 湘江畔 … 湘江风光带 is the river both times.)
    if (isIzationWord(ctx, tok.word) || PLACE_POSITION_AFTER.test(ctx.text.slice(tok.end, tok.end + 2)) || beforePositionOnPage(ctx, tok.word)) continue;
    const foreign = allTransliteration(tok.word);
    // 杜洛克|猪: a foreign name before a kind of animal or thing names a breed or a product.
    if (foreign && THING_OF_FOREIGN_NAME[ctx.text.charCodeAt(tok.end)]) continue;
    if (foreign && tok.word.length >= 3 && !ILLNESS_AFTER.test(ctx.text.slice(tok.end, tok.end + 3))) {
      // jieba's foreign names include brands and nicotine (尼古丁): a weak reading that any other wins over.
      out.push(candidate('Person', tok.start, tok.end, 'person.known-foreign-name', 0.6));
      continue;
    }
    const s = surnameAt(tok.word, 0, lex.surnames);
    if (!s || tok.word.length - s > 2 || tok.word.length === s) continue;
    const given = tok.word.slice(s);
    if (![...given].every((ch) => isNameChar(ctx, ch))) continue;
    // Three-character names only: jieba tags too many two-character words nr (卢布, 顾客, 高潮), and some
    // three-character nouns too (纪念章, 吉普车, 安全性): a name does not end in a noun-forming character.
    if (tok.word.length - s === 2 && !isOrdinaryWord(ctx, given) && !NOUN_ENDINGS.has(given[1]!) && [...given].some((ch) => lex.givenNameChars.has(ch))) {
      out.push(candidate('Person', tok.start, tok.end, 'person.known-name', 0.76));
    }
  }
  return out;
}

/** A run jieba could not segment — one out-of-vocabulary token, or single characters — shaped like a name. */
export function unknownWords(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = ctx;
  const { lex } = ctx.res;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    // Cheap tests first: names are short unknown words or runs of single characters.
    if (tok.word.length > 3 || (tok.tag !== 'x' && tok.word.length > 1)) continue;
    const s = surnameAt(text, tok.start, lex.surnames);
    if (!s || (s === 1 && !isCommonSurname(text[tok.start]!, lex.surnames))) continue;
    if (!leftBoundaryOk(ctx, tok.start)) continue;
    let end = chineseNameEnd(ctx, tok.start, false);
    if (!end || !isTokenEnd(ctx, end)) continue;
    // 张洁/x 清/…: jieba split a three-character name after its second character.
    const after = text[end];
    if (end - tok.start === s + 1 && after && lex.givenNameChars.has(after) && !lex.boundaryChars.has(after) && ctx.tokens[ctx.tokenStartingAt[end]!]?.word.length === 1) end++;
    if (end - tok.start === 2 && (lex.surnames.rank.get(text[tok.start]!) ?? Infinity) >= 60) continue;
    // Every token inside must be unknown to jieba or a single character.
    let unknown = true;
    for (let k = ti; k < tokens.length && tokens[k]!.start < end; k++) {
      const t = tokens[k]!;
      if (!(t.tag === 'x' || t.word.length === 1)) unknown = false;
    }
    if (!unknown) continue;
    // 赵斌乐了: a three-character run before 了 whose last character is a verb or an adjective of its own
    // (乐, 笑, 急) is a two-character name and that word.
    const cutBeforeWord = end - tok.start === s + 2 && tok.end === end && tok.tag === 'x' && text[end] === '了' && /^[av]/.test(ctx.res.tags.get(text[end - 1]!) ?? '') && lex.givenNameChars.has(text[end - 2]!);
    if (cutBeforeWord) end--;
    const whole = (tok.end === end && tok.tag === 'x') || cutBeforeWord;
    // All single characters (张/三) is weak evidence; a whole unknown token (许志荣/x) is better.
    if (!whole && end - tok.start - s === 1) continue;
    // 依托黄桃产业: an unknown word that a common noun follows directly modifies it; a name would not.
    const next = ctx.tokens[ctx.tokenStartingAt[end]!];
    if (next && next.tag === 'n' && next.word.length >= 2 && !titleAt(ctx, end) && !cueAt(ctx, end) && isOrdinaryWord(ctx, next.word, 1000)) continue;
    out.push(candidate('Person', tok.start, end, whole ? 'person.unknown-word' : 'person.single-characters', whole ? 0.66 : 0.55));
  }
  return out;
}

/**
 * 迈克尔·托马肖, 古丽娜·艾买提: parts joined by a middle dot are a person's name (foreign, or of a
 * minority nationality) when one part is written in transliteration characters. A part is a word jieba does not
 * know, knows as a name, or knows as a rare word; never a title, a function word or a common word.
 */
export function dottedNames(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (let i = text.search(/[·•・]/); i !== -1 && i < text.length; i++) {
    if (!isDot(text[i])) continue;
    let start = i;
    for (let t = tokenEndingAt(ctx, start); t && isNamePart(ctx, t) && i - t.start <= 8; t = tokenEndingAt(ctx, start)) start = t.start;
    // A dot inside a token (jieba's run 曼·卡): transliteration characters before it.
    if (start === i) while (start > 0 && TRANSLITERATION.has(text[start - 1]!)) start--;
    // 马/可/·罗西: jieba cut the part before the dot into single characters, one of them an everyday morpheme (可);
    // two or three of them are the first part where the part after the dot is transliterated.
    let split = false;
    if (start === i) {
      start = singleCharacterRunBefore(ctx, i);
      split = start < i;
    }
    if (start === i) continue;
    // Parts after the dot: one word each (吐尔逊, 艾买提), or a run of transliteration characters.
    let end = i;
    let transliterated = allTransliteration(text.slice(start, i));
    while (isDot(text[end])) {
      // A run of transliteration characters (托马/肖说), else one word (艾买提).
      let partEnd = end + 1;
      while (partEnd < text.length && TRANSLITERATION.has(text[partEnd]!) && !cueAt(ctx, partEnd)) partEnd++;
      const t = ctx.tokens[ctx.tokenStartingAt[end + 1] ?? -1];
      if (partEnd - end < 3 && t && isNamePart(ctx, t)) partEnd = t.end;
      if (partEnd - end < 2) break;
      transliterated ||= allTransliteration(text.slice(end + 1, partEnd));
      end = partEnd;
    }
    // Names of minority nationalities (伊力哈木·吐尔逊) need not be in transliteration characters where a title
    // before them or a speech verb after them says they are a person's.
    const cued = titleBefore(ctx, start) || speechAt(ctx, end);
    if (end - i < 2 || !(transliterated || cued)) continue;
    if (split && !allTransliteration(text.slice(i + 1, end).replace(/[·•・]/gu, ''))) continue;
    // 巴桑·次仁家有牦牛: the household's 家 is no part of the name.
    if (text[end - 1] === '家' && end - i > 3 && householdAfter(text, end)) end--;
    out.push(candidate('Person', start, end, 'person.dotted-foreign-name', 0.8));
    i = end;
  }
  return out;
}

/** Where a run of two or three one-character words of Han characters (no function word by its tag) ending at `pos` starts, or `pos`. */
function singleCharacterRunBefore(ctx: ExtractContext, pos: number): number {
  let start = pos;
  for (let t = tokenEndingAt(ctx, start); t && t.word.length === 1 && isHan(t.word.charCodeAt(0)) && !SINGLE_FUNCTION_TAGS.test(t.tag) && pos - t.start <= 3; t = tokenEndingAt(ctx, start)) start = t.start;
  return pos - start >= 2 ? start : pos;
}
const SINGLE_FUNCTION_TAGS = /^(?:u|uj|ul|uz|ug|ud|p|c|r|m|q|d|f|y|e|o)$/u;

/** A title of two characters or more ends at `pos` (负责人|古丽娜·艾买提). */
function titleBefore(ctx: ExtractContext, pos: number): boolean {
  for (let k = Math.max(0, pos - 6); k <= pos - 2; k++) {
    const m = triesFor(ctx.res.lex).titles.longest(ctx.text, k, pos);
    if (m?.at === pos) return true;
  }
  return false;
}

function isDot(ch: string | undefined): boolean {
  return ch !== undefined && '·•・'.includes(ch);
}

function tokenEndingAt(ctx: ExtractContext, pos: number): Token | undefined {
  const k = ctx.tokenEndingAt[pos] ?? -1;
  return k >= 0 ? ctx.tokens[k] : undefined;
}

/**
 * A word that can be a part of a name joined by dots: transliterated, or short (three characters at most) and
 * unknown to jieba, a name, or a rare word. Longer unknown runs (前商务部长芭芭拉) hold more than a name, and a
 * word for a people (荷兰人) describes the person.
 */
function isNamePart(ctx: ExtractContext, t: Token): boolean {
  const { lex } = ctx.res;
  if (!ALL_HAN.test(t.word) || lex.stopwords.has(t.word) || lex.boundaryChars.has(t.word) || titleAt(ctx, t.start) || cueAt(ctx, t.start)) return false;
  if (allTransliteration(t.word)) return true;
  if (t.word.length > 3 || t.word.endsWith('人')) return false;
  // 铜匠|吐尔逊·库尔班, 牧民|巴桑·次仁: a word of the dictionary ending as a trade or a walk of life does is who
  // the person is, not a part of the name.
  if (t.word.length >= 2 && OCCUPATION_LAST.has(t.word[t.word.length - 1]!) && ctx.res.dictionary.has(t.word)) return false;
  return t.tag === 'x' || NAME_TAGS.has(t.tag) || (t.word.length >= 2 && (ctx.res.dictionary.get(t.word)?.freq ?? 0) < 10);
}

/** What follows a household's 家 (某某家有, 家的, 家里, 家门口, 家养的, 家今年): 家 after a name there is the household. */
const HOUSEHOLD_NEXT = new Set('有的里中门院养种今去承经开办房屋旁前后楼');
export function householdAfter(text: string, pos: number): boolean {
  const c = text[pos];
  return c !== undefined && HOUSEHOLD_NEXT.has(c);
}

/** Last characters of words for a trade or a walk of life (铜匠, 瓦工, 厨师, 牧民, 果农, 菜商, 摊贩, 歌手). */
const OCCUPATION_LAST = new Set('匠工师员农户民商贩手');

/** Words of address a surname takes in place of a given name (大妈, 大爷, 阿姨): no given name. */
const KIN_ADDRESS = /^(?:大妈|大娘|大爷|大婶|大叔|大伯|大姐|大哥|阿姨|阿婆|阿公|奶奶|爷爷|婆婆|老汉|老伯|师傅|嫂子)$/u;
/** The span is a surname of one character and a word of address (KIN_ADDRESS). */
export function isKinAddress(ctx: ExtractContext, start: number, end: number): boolean {
  return end - start === 3 && KIN_ADDRESS.test(ctx.text.slice(start + 1, end)) && surnameAt(ctx.text, start, ctx.res.lex.surnames) === 1;
}

const ADDRESS_AFTER = /^(?:老师|老汉|老|某|先生|女士|小姐|大娘|大爷|大妈|大婶|阿姨|师傅|主席|总理|总统|外长|副总理|部长|副部长|局长|副局长|市长|副市长|省长|副省长|县长|副县长|书记|主任|院长|校长|经理|教授|厂长|总)/u;
/**
 * What makes a form of address part of a body's name (余|总工会, 某|书记处, 某|总部): refused only where jieba reads the
 * address into a longer word — 王局长|在会上 and 李书记|处理 are the person.
 */
const BODY_AFTER_ADDRESS = /^[\u4e00-\u9fff]?(?:会|部|处|室)/u;

const ADDRESS_FIRST = codeTable('老某先女小大阿师主总外副部局市省县书院校经教厂');

const addressables = new WeakMap<ExtractLexicon, Uint8Array>();

/** Common single surnames that are not boundary characters, by code unit: those that forms of address take. */
function addressableSurnames(lex: ExtractLexicon): Uint8Array {
  let t = addressables.get(lex);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const ch of lex.surnames.single) {
      const code = ch.charCodeAt(0);
      if (code < 0x4e00 || code > 0x9fff || lex.boundaryChars.has(ch) || !isCommonSurname(ch, lex.surnames)) continue;
      t[code] = 1;
    }
    addressables.set(lex, t);
  }
  return t;
}

/** 李老师, 唐外长, 胡老说, 郑某, 老于: the surname alone stands for the person; the span is the surname. */
export function formsOfAddress(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  const addressable = addressableSurnames(lex);
  for (let i = 0; i < text.length; i++) {
    if (!addressable[text.charCodeAt(i)]) continue;
    const prev = text.charCodeAt(i - 1);
    const old = prev === 0x8001 /* 老 */ || prev === 0x5c0f /* 小 */;
    if (old) {
      const after = text[i + 1];
      if ((after && isNameChar(ctx, after)) || !leftBoundaryOk(ctx, i - 1)) continue;
      out.push(candidate('Person', i, i + 1, 'person.surname-address', 0.6, { partial: true }));
      continue;
    }
    // Strictly at the start of a word: 就任总理 is a verb and a title, not 任 the person.
    if (i > 0 && isHan(text.charCodeAt(i - 1)) && !isTokenStart(ctx, i)) continue;
    // (Every form of address opens with one of ADDRESS_FIRST: the regex is tried only then.)
    const m = ADDRESS_FIRST[text.charCodeAt(i + 1)] ? ADDRESS_AFTER.exec(text.slice(i + 1, i + 6)) : null;
    if (!m) continue;
    const after = i + 1 + m[0].length;
    if (BODY_AFTER_ADDRESS.test(text.slice(after, after + 2)) && !isTokenEnd(ctx, after)) continue;
    // 高老, 王总 are fine; 师傅 after 老 is not a name. A word of jieba's that is the surname and a whole title of
    // office (江主席, 毛主席/n) is the form of address itself.
    const word = text.slice(i, i + 1 + Math.min(2, m[0].length));
    if (isOrdinaryWord(ctx, word) && !(m[0].length >= 2 && word.length === m[0].length + 1)) continue;
    out.push(candidate('Person', i, i + 1, 'person.surname-address', 0.62, { partial: true, role: m[0] }));
  }
  return out;
}
