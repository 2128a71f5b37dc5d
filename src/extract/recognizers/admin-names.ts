// Places named by their administrative ending — 石坪村, 岭桥镇, 梅园社区, 信德省 — where the gazetteer lacks
// them (villages outside the paper's county, renamed divisions, foreign provinces). The name before the ending
// is read from jieba's words: one it does not know or knows as a name, or, in a chain of places
// (甘泉镇柳家河村), whatever word sits between a place and the next ending. A chain is cut at every ending
// (岭桥镇石坪村 is a town and a village), and an ending after a count (两村, 三镇) or inside a common word
// (农村, 城市, 上市) names nothing.
import type { PlaceKind } from '../../../schema/model.js';
import { endsBeforeGluedLocative, endsBeforeGluedVillage, isOrdinaryWord, isTokenEnd, isTokenStart, tokenBefore, type ExtractContext, type Token } from '../context.js';
import type { AdminEnding } from '../lexicon.js';
import { codeTable, isHan, lastCharTable } from '../chars.js';
import { TRANSLITERATION } from './transliteration.js';
import { gluedFunctionChar } from './grow.js';

export interface AdminName {
  start: number;
  end: number;
  kind: PlaceKind;
  /** The name follows a place it belongs to (柳家河村 after 甘泉镇): read with more confidence. */
  chained: boolean;
  /** Another item of a series is read by its ending (林山村 after 石坪村、): read with more confidence. */
  series?: boolean;
  /** The ending's rule id, with `.chained` for a name in a chain, `.series` for one read from its series. */
  rule: string;
  /** The full name, where the text prints the name without its ending (甲 of 甲、乙两村: 甲村). */
  canonical?: string;
}

/** Last characters of the endings in admin-endings.json, by code unit. */
const lastChars = (endings: readonly AdminEnding[]): Uint8Array => lastCharTable(endings, (e) => e.ending);

/**
 * Characters that end a place of a higher level, where a chain of places is cut (云州区|吉家庄乡|小寺沟村). Not 州,
 * which ends the names of towns as well as cities (潮州镇 is no chain of 潮州 and a town).
 */
const CHAIN_ENDS = codeTable('省市县区旗镇乡道');
/** A count or a quantifier before the ending: 两村, 各镇, 全县, 三镇 name no place. */
const COUNTING = codeTable('一二两三四五六七八九十百千几多各全每诸本该此');
const STEM_OPENERS = /^(?:全|本|该|各|我|这|那|每|外|省|市|县|区|乡|镇|村|邻|附近|周边|当地)/u;
const NAME_TAGS = new Set(['ns', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j', 'nt']);
const SINGLE_NAME_TAGS = new Set(['n', 'ng', 'nr', 'ns', 'x', 'j', 'b']);
const MAX_STEM = 6;
/** 那 and a character that makes no word of "that" with it (那些, 那个, 那里): the opening of a southern place name. */
const ZHUANG_NA = /^那(?![些个里边时种样年天位家座片儿么])/u;
/** A verb of going to, staying in or leaving a village, and 村 (驻村, 进村, 返村). */
const VERB_AND_VILLAGE = /^[驻进入回返到在留离包]村$/u;

/** The administrative ending that ends at `end`, if any. */
function endingAt(ctx: ExtractContext, end: number): AdminEnding | undefined {
  if (!lastChars(ctx.res.lex.adminEndings)[ctx.text.charCodeAt(end - 1)]) return undefined;
  for (const e of ctx.res.lex.adminEndings) if (ctx.text.endsWith(e.ending, end)) return e;
  return undefined;
}

/** A town, township or subdistrict the gazetteer knows, from the start of a word, ends at `pos` (inside a word). */
function gazetteerPlaceEndsAt(ctx: ExtractContext, pos: number): boolean {
  return gazetteerTownEndingAt(ctx, pos) !== undefined;
}

function gazetteerTownEndingAt(ctx: ExtractContext, pos: number): AdminName | undefined {
  const g = ctx.res.gazetteer;
  const isTown = (e: { form: string; placeId: string }): boolean => e.form === 'full' && TOWN_KINDS.has(g.get(e.placeId)!.kind);
  const m = ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && pos - at >= 3 && g.lookup(v[0]!).some(isTown));
  if (!m) return undefined;
  const name = m.values[0]!;
  const e = g.lookup(name).find(isTown)!;
  return { start: m.at, end: pos, kind: g.get(e.placeId)!.kind, chained: placeEndsAt(ctx, m.at), rule: 'place.admin.town.glued', canonical: name };
}

const TOWN_KINDS = new Set(['Town', 'Township', 'Subdistrict']);

/** Where a name starts after an administrative ending and a joining character inside `word` (村和仲 → 2), or -1. */
function joinAfterEnding(word: string): number {
  for (let i = 1; i < word.length - 1; i++) if (JOINING_CHARS.has(word[i]!) && PLACE_ENDING_CHARS.has(word[i - 1]!)) return i + 1;
  return -1;
}

const PLACE_ENDING_CHARS = new Set(['村', '镇', '乡', '区', '县', '市']);

/** Characters that join two places in a list (甲村和乙镇, 甲村与乙村, 甲村及乙村). */
const JOINING_CHARS = new Set(['和', '与', '及']);

/** A place the gazetteer knows (not by a one-character abbreviation) ends at `pos`, or an ending closes a word there. */
export function placeEndsAt(ctx: ExtractContext, pos: number): boolean {
  if (pos <= 0) return false;
  if (CHAIN_ENDS[ctx.text.charCodeAt(pos - 1)] && ctx.tokenEndingAt[pos] !== -1) {
    const t = ctx.tokens[ctx.tokenEndingAt[pos]!]!;
    // 麦积区, 甘泉镇, 钟埭街道: a word that is, or ends with, an ending (not 地区 or 城市 as common words).
    if (t.word.length === 1 || !isOrdinaryWord(ctx, t.word, 300)) return true;
  }
  const g = ctx.res.gazetteer;
  return ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - g.maxNameLength), (v, at) => isTokenStart(ctx, at) && g.lookup(v[0]!).some((e) => e.form !== 'abbr' && e.form !== 'distant')) !== undefined;
}

/** The last ending character inside `word` before its end, as an offset into the word (乡小寺 → 0), or -1. */
function lastChainEnd(word: string, before: number): number {
  for (let k = before - 1; k >= 0; k--) if (CHAIN_ENDS[word.charCodeAt(k)]) return k;
  return -1;
}

function isStemToken(ctx: ExtractContext, t: Token): boolean {
  if (!isHan(t.word.charCodeAt(0)) || ctx.res.lex.stopwords.has(t.word) || ctx.res.lex.boundaryChars.has(t.word)) return false;
  if (t.word.length === 1) return SINGLE_NAME_TAGS.has(t.tag);
  return NAME_TAGS.has(t.tag) && !isOrdinaryWord(ctx, t.word, 300);
}

/** The endings of villages and communities, which common naming words (胜利, 幸福) may open. */
const VILLAGE_ENDINGS = new Set(['村', '社区']);

/** A compass part of a place (东部, 西北部, 中南部, 东北角): no word of the name of a place within it. */
const COMPASS_PART = /^[东南西北中]{1,2}(?:部|端|角|侧)$/u;

/** A word that sits between a place and an ending in a chain (柳家 in 甘泉镇柳家河村): any noun that is no function word. */
function isChainStemToken(ctx: ExtractContext, t: Token): boolean {
  if (!isHan(t.word.charCodeAt(0)) || ctx.res.lex.stopwords.has(t.word)) return false;
  // 某国|西南部|某某市: a part of the place before (东部, 西北部, 中部) says where in it the next one lies.
  if (COMPASS_PART.test(t.word)) return false;
  // 某乡|九|摆村: a numeral opens many villages' names (九摆, 三合, 七星); alone before a word of the name, in a chain.
  // (某镇|十一|村: a numeral alone names a village too, right after its town — numeralVillage below.)
  if (t.tag === 'm') return (t.word.length === 1 && CHAIN_NUMERALS.has(t.word)) || NUMERAL_STEM.test(t.word);
  return /^(?:n|ng|nr|nrt|ns|nz|x|j|b|a|an|s|f)$/.test(t.tag) && !isOrdinaryWord(ctx, t.word, 3000);
}

/** Verbs of going somewhere (某镇|赴|某某村): before a place they are the clause's verb. */
const MOTION_CHAR = /^[赴去到回进入至往来离驻返抵迁搬]$/u;

/**
 * A one-character word jieba tags as a verb (驮), right after a place's ending, before a stem of one character that
 * jieba glued to a village's ending (`stemLength` 1: 河村/ns; not 济宁|赴|万州, a city): the first character of the name, not a verb of the clause.
 */
function chainVerbChar(ctx: ExtractContext, t: Token, stemLength: number): boolean {
  return stemLength === 1 && t.word.length === 1 && /^v/u.test(t.tag) && !MOTION_CHAR.test(t.word) && isHan(t.word.charCodeAt(0)) && !ctx.res.lex.stopwords.has(t.word) && !ctx.res.lex.boundaryChars.has(t.word) && placeEndsAt(ctx, t.start);
}

/** Tags of a common word that names a village before a glued locative (某镇桃花|村里, 某镇石门|村边). */
const GLUED_LOCATIVE_STEM_TAGS = /^(?:n|ng|nr|ns|nz|a|s|j)$/;

/** A village named by a numeral alone (一村, 十一村, 二十三村), as in Tibet and Qinghai: read only right after its town. */
const NUMERAL_STEM = /^[一二三四五六七八九十]{1,3}$/u;
/** Numerals that open villages' names in a chain (两, 几, 多 count; these name). */
const CHAIN_NUMERALS = new Set([...'一二三四五六七八九十']);

/**
 * Where a run of words between a place and an ending starts (token `k` the last of the run, `p` the ending's
 * start): every word a chain's stem word (or a character jieba could not place, zg), at most MAX_STEM characters, a place ending right before the run, and
 * one word of it a name's (jieba does not know it, or tags it as a name).
 */
function chainRunStart(ctx: ExtractContext, k: number, p: number): number | undefined {
  let named = false;
  for (let j = k; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (p - t.start > MAX_STEM || !(isChainStemToken(ctx, t) || (t.tag === 'zg' && t.word.length === 1)) || (j < k && t.end !== ctx.tokens[j + 1]!.start)) return undefined;
    // 厦铺|镇西|垅村: a town the gazetteer knows ends inside the word; the run starts after the town's ending.
    const cut = lastChainEnd(t.word, t.word.length);
    if (cut >= 0 && cut < t.word.length - 1 && gazetteerPlaceEndsAt(ctx, t.start + cut + 1)) return p - (t.start + cut + 1) >= 2 ? t.start + cut + 1 : undefined;
    named ||= NAME_TAGS.has(t.tag) || !ctx.res.dictionary.has(t.word);
    if (placeEndsAt(ctx, t.start)) return named ? t.start : undefined;
  }
  return undefined;
}

/**
 * The place named by the administrative ending that ends at `end` (the ending's last character is at end - 1),
 * or undefined. `vouched`: what follows makes it a place (青石社区党委: a body of the community), so the name
 * may be a common noun, as in a chain.
 */
/**
 * Where a natural village's name (one to four Han characters, no function word) starts right after a village read by
 * its ending or known to the gazetteer, its ending at `p` (某村|新灶屯); else undefined.
 */
function hamletAfterVillage(ctx: ExtractContext, p: number): number | undefined {
  const { text } = ctx;
  for (let q = p - 1; q >= Math.max(1, p - 4); q--) {
    if (!isHan(text.charCodeAt(q)) || ctx.res.lex.stopwords.has(text[q]!)) return undefined;
    if (text[q - 1] !== '村') continue;
    const village = adminNameEndingAt(ctx, q);
    if (village?.kind === 'Village' || gazetteerVillageEndsAt(ctx, q)) return q;
  }
  return undefined;
}

/** A stem that ends in 名 or holds a word of a title given to places (admin-endings.json, designationWords). */
function isDesignation(ctx: ExtractContext, start: number, end: number): boolean {
  const words = ctx.res.lex.adminDesignationWords;
  if (end - start >= 2 && words.has(ctx.text[end - 1]!)) return true;
  // (网红|村 in jieba's one word 网红村: the stem alone is a designation word.)
  if (words.has(ctx.text.slice(start, end))) return true;
  for (let k = ctx.tokenAt[start]!; k < ctx.tokens.length && ctx.tokens[k]!.start < end; k++) if (words.has(ctx.tokens[k]!.word)) return true;
  return false;
}

/** A village the gazetteer knows ends at `pos`. */
function gazetteerVillageEndsAt(ctx: ExtractContext, pos: number): boolean {
  const g = ctx.res.gazetteer;
  return ctx.res.placeTrieReverse.longest(ctx.text, pos, Math.max(0, pos - g.maxNameLength), (v) => g.lookup(v[0]!).some((e) => e.form === 'full' && g.get(e.placeId)!.kind === 'Village')) !== undefined;
}

/** Verbs of election or appointment that 为 follows (当选为, 被推选为, 被任命为, 被聘为). */
const ELECTED_BEFORE = /(?:当选|选|任命|推举|聘|聘任)$/u;

export function adminNameEndingAt(ctx: ExtractContext, end: number, vouched = false): AdminName | undefined {
  const { text, tokens } = ctx;
  const ending = endingAt(ctx, end);
  if (!ending) return undefined;
  const p = end - ending.ending.length;
  const ti = ctx.tokenAt[p]!;
  const tok = tokens[ti]!;
  // 某县北关屯|村农民: a 屯 before 村 is part of a village's name (北关屯村), not a natural village of its own.
  if (ending.needsChain && text[end] === '村') return undefined;
  // 某村|弄陇屯: a natural village right after the village it lies in (the village read by its own ending).
  if (ending.needsChain) {
    const after = hamletAfterVillage(ctx, p);
    if (after !== undefined) return { start: after, end, kind: ending.kind, chained: true, rule: `${ending.id}.chained` };
  }
  // 某镇|北|桥头|村, 某镇|北|桥头村 (北/ns or /f, a word of its own): a direction character right after a town, before a
  // stem of two or three characters, opens the village's name — the printed village is 北桥头村, not a 桥头村 elsewhere
  // (place.admin.village.direction; .zg-stem where 村 is a word of its own).
  const direction = villageAfterDirection(ctx, ti, p, end);
  if (direction !== undefined && VILLAGE_ENDINGS.has(ending.ending)) return { start: direction, end, kind: ending.kind, chained: true, rule: tok.start === p ? `${ending.id}.direction.zg-stem` : p - tok.start === 1 ? `${ending.id}.direction.split-stem` : `${ending.id}.direction` };
  let start: number;
  let grow: boolean;
  let glued = false;
  let gluedLocative = false;
  // Growing from a word jieba knows (柳家|河村), only a place before the words read makes them one name.
  let chainOnly = false;
  if (tok.start === p) {
    // The ending is a word of its own (南市屯/村), or jieba glued it to what follows (吉安/村东头; then only
    // in a chain of places, below).
    glued = tok.end !== end;
    // 某镇上游村|村集体: the village's ending and the 村 of the word after it, read as 村村 (admin-endings.json,
    // doubledVillage: place.admin.village.doubled) — the village ends at the first 村, in a chain.
    const doubled = glued && ending.ending === '村' && tok.word === '村村' && ctx.res.lex.adminDoubledVillage.after.some((w) => text.startsWith(w, tok.end));
    // 某镇桃花|村里, 某乡杨柳|村边: the ending glued to a locative after it (admin-endings.json, gluedLocative:
    // place.admin.village.glued-locative) — the village ends at its 村, in a chain only (below).
    gluedLocative = glued && ending.ending === '村' && tok.end === end + 1 && ctx.res.lex.adminGluedLocative.words.has(tok.word);
    if (glued && !doubled && !gluedLocative && !(tok.tag === 'x' && isHan(text.charCodeAt(end)))) return undefined;
    start = p;
    grow = true;
  } else if (tok.end === end && tok.start < p && VILLAGE_ENDINGS.has(ending.ending) && ctx.res.lex.adminNamingWords.has(text.slice(tok.start, p)) && (vouched || placeEndsAt(ctx, tok.start))) {
    // 某镇|团结村 (one word of jieba's): a village named by a common naming word, right after its town.
    return { start: tok.start, end, kind: ending.kind, chained: !vouched || placeEndsAt(ctx, tok.start), rule: `${ending.id}.chained` };
  } else if (tok.end === end && tok.word.length === 2 && VERB_AND_VILLAGE.test(tok.word) && !placeEndsAt(ctx, tok.start)) {
    // 某部|驻村|工作组, 干部|进村|入户: a verb and 村 ("stationed in the village") glued into a word jieba does not
    // know is no village's name, whatever stands before it.
    return undefined;
  } else if (tok.end === end && tok.word === `家${ending.ending}` && ending.ending === '村' && ti > 0 && tokens[ti - 1]!.end === tok.start && tokens[ti - 1]!.word.length === 1 && ctx.res.lex.surnames.single.has(tokens[ti - 1]!.word) && !STEM_OPENERS.test(tokens[ti - 1]!.word)) {
    // 鲁|家村, 石|家村: a surname and jieba's word 家村 — a village named after a family (某家村), as 王家|村 is.
    const from = tokens[ti - 1]!.start;
    const chainedHere = placeEndsAt(ctx, from);
    return { start: from, end, kind: ending.kind, chained: chainedHere, rule: chainedHere ? `${ending.id}.surname-jia.chained` : `${ending.id}.surname-jia` };
  } else if (tok.end === end && ending.ending === '村' && tok.word.length === 2 && ti > 0 && tokens[ti - 1]!.end === tok.start && endsBeforeGluedVillage(ctx, tok.start - 1) && townEndsAt(ctx, tok.start - 1)) {
    // 江平镇|长山村 read 镇长|山村: the town's head's word holds the village's first character (place.admin.village.glued-head).
    return { start: tok.start - 1, end, kind: ending.kind, chained: true, rule: `${ending.id}.glued-head` };
  } else if (tok.end === end && ending.ending === '村' && ctx.res.lex.adminNameOverNoun.nouns.includes(tok.word) && ti > 0 && tokens[ti - 1]!.end === tok.start && tokens[ti - 1]!.word.length === 1 && isHan(tokens[ti - 1]!.word.charCodeAt(0)) && !ctx.res.lex.adminNameOverNoun.describing.includes(tokens[ti - 1]!.word) && !ctx.res.lex.stopwords.has(tokens[ti - 1]!.word) && townEndsAt(ctx, tokens[ti - 1]!.start)) {
    // 某镇高|山村, 某镇茶|山村: one character and jieba's 山村 right after the town is a village named so, the character
    // the name's (place.admin.village.name-over-common-noun); 某镇小山村 is a description.
    return { start: tokens[ti - 1]!.start, end, kind: ending.kind, chained: true, rule: ctx.res.lex.adminNameOverNoun.id };
  } else if (tok.end === end) {
    // The name and its ending are one word (信德省, 涪陵): not a common word (城市, 上市, 农村, 乡镇).
    if (!NAME_TAGS.has(tok.tag) || isOrdinaryWord(ctx, tok.word, 30) || (ctx.res.dictionary.get(tok.word)?.freq ?? 0) >= 1000) return undefined;
    if (CHAIN_ENDS[text.charCodeAt(p - 1)]) return undefined;
    const cut = lastChainEnd(tok.word, p - tok.start);
    start = cut >= 0 ? tok.start + cut + 1 : tok.start;
    // 当选为|云溪村, 被任命为|石桥村…: jieba glued 为 after a verb of election or appointment to the name.
    if (cut < 0 && tok.tag === 'x' && text[start] === '为' && p - start >= 3 && ELECTED_BEFORE.test(text.slice(Math.max(0, start - 3), start))) start++;
    // A name jieba knows (涪陵/ns) is whole; a run it could not segment (乡小寺/沟村), or one character before
    // the ending (柳家/河村), may go on to the left.
    grow = cut < 0 && (tok.tag === 'x' || p - start === 1);
    chainOnly = tok.tag !== 'x';
  } else return undefined;
  // 石栏|村: 村 a word of its own that jieba could not place (zg) after one noun of two characters, not a common one
  // (not 民俗, 试点: a kind of village), is a village's name and its ending (place.admin.village.zg-stem).
  const before = ti > 0 ? tokens[ti - 1]! : undefined;
  const zgStem = ending.ending === '村' && tok.start === p && tok.end === end && tok.tag === 'zg' && before !== undefined && before.end === p && before.word.length === 2 && /^(?:n|ns|nz|ng)$/.test(before.tag) && isHan(before.word.charCodeAt(0)) && !ctx.res.lex.stopwords.has(before.word) && !isOrdinaryWord(ctx, before.word, 300);
  // 下|畈|村, 前|塘|村 (前/f 塘/q 村/zg): a stem of a locative (上下前后东西南北中) and one character of its own (no
  // numeral, measure or determiner: 下个村, 上一村) before 村 jieba could not place is a village's name too
  // (place.admin.village.locative.zg-stem).
  const locative = ti > 1 ? tokens[ti - 2]! : undefined;
  const zgLocative = !zgStem && ending.ending === '村' && tok.start === p && tok.end === end && tok.tag === 'zg' && before !== undefined && before.end === p && before.word.length === 1 && locative !== undefined && locative.end === before.start && locative.word.length === 1 && LOCATIVE_STEM_HEAD.test(locative.word) && locative.tag === 'f' && isHan(before.word.charCodeAt(0)) && !NOT_STEM_SECOND.test(before.word) && !LOCATIVE_STEM_HEAD.test(before.word);
  if (zgStem && !placeEndsAt(ctx, p)) {
    start = before.start;
    grow = false;
  } else if (zgLocative && !placeEndsAt(ctx, locative.start)) {
    start = locative.start;
    grow = false;
  }
  let chained = start < p && placeEndsAt(ctx, start);
  for (let k = ti - 1; grow && !chained && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.end !== start || p - t.start > MAX_STEM + 2) break;
    if (gluedFunctionChar(ctx, start)) break;
    // 东湖|村和仲|山镇: jieba read the ending of the place before, a conjunction and the name's first character as
    // one word; the name starts after the conjunction.
    const joined = joinAfterEnding(t.word);
    if (joined > 0) {
      start = t.start + joined;
      break;
    }
    const cut = lastChainEnd(t.word, t.word.length);
    if (cut >= 0) {
      // 乡小寺: the run holds the ending of the place before; the name starts after it.
      // (镇里|光村: jieba glued the town's ending to the name's first character, a locative of its own.)
      // (厦铺|镇西|垅村: jieba read the town's ending and the village's first character as a word of its own; the town
      // the gazetteer knows ends inside it.)
      if (cut < t.word.length - 1 && (t.tag === 'x' || endsBeforeGluedLocative(ctx, t.start + cut + 1) || gazetteerPlaceEndsAt(ctx, t.start + cut + 1))) {
        start = t.start + cut + 1;
        // 东湖|村和仲|山镇: a conjunction after the place before joins two places; the name starts after it.
        if (JOINING_CHARS.has(text[start]!) && p - start >= 3) start++;
      }
      chained = true;
      break;
    }
    // (某镇桃花|村里: before a glued locative, one common noun of two characters right after the town is the stem too.)
    // (某镇驮|河村/ns: jieba read the name's first character as a verb of its own and the second and the ending as a
    // place word; right after the town, in a chain, the character is the name's — place.admin.village.chained.)
    if (ending.ending === '村' && chainVerbChar(ctx, t, p - start)) start = t.start;
    else if ((!chainOnly && isStemToken(ctx, t)) || ((vouched || placeEndsAt(ctx, t.start)) && (isChainStemToken(ctx, t) || (VILLAGE_ENDINGS.has(ending.ending) && ctx.res.lex.adminNamingWords.has(t.word)) || (gluedLocative && t.word.length === 2 && GLUED_LOCATIVE_STEM_TAGS.test(t.tag) && isHan(t.word.charCodeAt(0)) && !ctx.res.lex.stopwords.has(t.word))))) start = t.start;
    else {
      // 某街道|桑家|营子|社区: two words between a place and the ending, one of them a name's.
      const run = chainRunStart(ctx, k, p);
      if (run !== undefined) {
        start = run;
        chained = true;
      }
      break;
    }
    chained = placeEndsAt(ctx, start);
  }
  if (!chained && start < p && gluedFunctionChar(ctx, start)) start++;
  // (东湖村|和仲山镇: a conjunction and a place named after it, in a list of places, make it a place too.)
  if (glued && !chained && !placeNamedFrom(ctx, end) && !(JOINING_CHARS.has(text[end]!) && placeNamedFrom(ctx, end + 1))) return undefined;
  const stem = text.slice(start, p);
  // 茶叶之乡 ("the home of …") is a title, not a place.
  // 某镇|潘村: a village of one character and its ending, a word jieba does not know, right after the town in a
  // chain, is named as villages are (a surname's); anywhere else one character is too little to make a name.
  const oneCharVillage = stem.length === 1 && chained && ending.ending === '村' && tok.start === start && tok.end === end && tok.tag === 'x' && ctx.res.lex.surnames.single.has(stem);
  // (某乡|那布村: 那 opens many names in the south, "a field" in Zhuang; after the place it lies in it is no pronoun.)
  const southernNa = chained && ZHUANG_NA.test(stem);
  // 某镇十一村 (place.admin.village.numeral): a numeral alone before 村, right after a town the gazetteer knows or the text
  // names by its ending (not 全镇, 各乡: a count) and not before 个 or a measure.
  // (排羊乡三村联动: a numeral and 村 before a verb of acting together count villages; the name stands before
  // punctuation, 的 or a body of its own, or where a body's or a co-op's name vouches for it.)
  const numeralVillage = chained && ending.ending === '村' && NUMERAL_STEM.test(stem) && (vouched || /^(?:[，。、；：！？,;:的]|党|村委|$)/u.test(text.slice(end, end + 2))) && townEndsAt(ctx, start);
  if ((stem.length < 2 && !oneCharVillage && !numeralVillage) || stem.length > MAX_STEM || (STEM_OPENERS.test(stem) && !southernNa) || (COUNTING[stem.charCodeAt(stem.length - 1)] && !numeralVillage) || stem.includes('之')) return undefined;
  for (let i = 0; i < stem.length; i++) if (!isHan(stem.charCodeAt(i))) return undefined;
  // 经济技术开发区, 高新区 alone name no place of their own (zonesOfAreas reads them).
  if (ctx.res.lex.zoneSuffixBySuffix.has(text.slice(start, end))) return undefined;
  // The name must hold a word that is a name, one jieba does not know, or follow a place (a chain).
  let nameLike = chained || vouched || (zgStem && start === before!.start) || (zgLocative && start === locative!.start);
  for (let k = ctx.tokenAt[start]!; k < tokens.length && tokens[k]!.start < p && !nameLike; k++) {
    const t = tokens[k]!;
    nameLike = NAME_TAGS.has(t.tag) || !ctx.res.dictionary.has(t.word);
  }
  if (!nameLike || isOrdinaryWord(ctx, text.slice(start, end), 30)) return undefined;
  // 特色旅游名村, 民主法治示范村: a title given to villages and towns, not one place.
  if (isDesignation(ctx, start, p)) return undefined;
  // 小山村, 古镇, 明年上市: a common noun at the end makes the whole a description.
  // (某镇青山|村: not where a word of the name runs into the noun — jieba's 青山 holds the 山 of 山村 — after the place the
  // village lies in: place.admin.village.name-over-common-noun.)
  const nameOverNoun = (w: string): boolean => chained && end - w.length > start && !isTokenStart(ctx, end - w.length) && ctx.res.lex.adminNameOverNoun.nouns.includes(w);
  let overNoun = false;
  for (const w of ctx.res.lex.adminCommonNouns) {
    if (!text.endsWith(w, end) || end - w.length < start) continue;
    if (!nameOverNoun(w)) return undefined;
    overNoun = true;
  }
  // 某街道|某某屯: a natural village is named so only in a chain, or before a body of its own.
  if (ending.needsChain && !chained && !vouched) return undefined;
  // 加利福尼亚州 is a state; 柳州, 德州 are cities.
  const kind: PlaceKind = ending.ending === '州' && [...stem].every((ch) => TRANSLITERATION.has(ch)) ? 'Province' : ending.kind;
  if (numeralVillage) return { start, end, kind, chained, rule: `${ending.id}.numeral` };
  if (gluedLocative) return chained ? { start, end, kind, chained, rule: ctx.res.lex.adminGluedLocative.id } : undefined;
  if (overNoun) return { start, end, kind, chained, rule: ctx.res.lex.adminNameOverNoun.id };
  // 某镇大力发展|村级集体经济: a verb of developing before 村 and the collective is no village's name
  // (place.not.verb-before-village-collective).
  const collective = ctx.res.lex.adminVerbBeforeCollective;
  if (ending.ending === '村' && collective.verbs.some((v) => stem.endsWith(v)) && collective.after.some((w) => text.startsWith(w, end))) return undefined;
  return { start, end, kind, chained, rule: chained ? `${ending.id}.chained` : zgStem && start === before!.start ? `${ending.id}.zg-stem` : zgLocative && start === locative!.start ? `${ending.id}.locative.zg-stem` : ending.id };
}

/**
 * Where a village's name opens with a direction character printed right after its town (某镇|北|桥头|村, 某镇|北|桥头村):
 * the direction's start, when the stem (one word of two or three Han characters, no common word) and the ending's
 * token `ti` follow it; else undefined.
 */
function villageAfterDirection(ctx: ExtractContext, ti: number, p: number, end: number): number | undefined {
  const { tokens, text } = ctx;
  const tok = tokens[ti]!;
  if (tok.end !== end) return undefined;
  // The stem's word: the ending's own token holding it (桥头村/ns), or the word right before 村 alone (桥头|村/zg).
  const own = tok.start < p;
  const k = own ? ti : ti - 1;
  const stem = k >= 0 && (own || (tok.tag === 'zg' && tokens[k]!.end === p)) ? tokens[k]! : undefined;
  // 罗阳镇|南|岙|下村: the stem cut in two — one character of its own and jieba's word of one character and 村
  // (下村/ns) — after a direction right after a town is the village 南岙下村, not a 下村 of the gazetteer
  // (place.admin.village.direction.split-stem).
  if (stem && own && p - stem.start === 1 && ti > 1) {
    const one = tokens[ti - 1]!;
    const dir = tokens[ti - 2]!;
    if (one.end === tok.start && one.word.length === 1 && isHan(one.word.charCodeAt(0)) && !SPLIT_STEM_NOT.test(one.tag) && !ctx.res.lex.stopwords.has(one.word) && dir.end === one.start && dir.start > 0 && DIRECTION_HEAD.test(dir.word) && dir.word.length === 1 && townEndsAt(ctx, dir.start)) return dir.start;
  }
  if (!stem || p - stem.start < 2 || p - stem.start > 3) return undefined;
  const stemText = text.slice(stem.start, p);
  if (!ALL_HAN_STEM.test(stemText) || ctx.res.lex.stopwords.has(stemText) || isOrdinaryWord(ctx, stemText, 300)) return undefined;
  const dir = k > 0 ? tokens[k - 1]! : undefined;
  if (!dir || dir.end !== stem.start || dir.start === 0) return undefined;
  // (云岭乡|西山头村 cut 乡西|山头村: jieba glued the town's ending to the direction.)
  const at = DIRECTION_HEAD.test(dir.word) ? dir.start : dir.word.length === 2 && dir.tag === 'x' && /^[镇乡]$/u.test(dir.word[0]!) && DIRECTION_HEAD.test(dir.word[1]!) ? dir.start + 1 : -1;
  return at > 0 && townEndsAt(ctx, at) ? at : undefined;
}

const ALL_HAN_STEM = /^[\u4e00-\u9fff]+$/u;
/** jieba's tags of a character that is no part of a village's name: numerals, measures, pronouns, particles, prepositions, adverbs, conjunctions, verbs. */
const SPLIT_STEM_NOT = /^(?:m|q|r|u|uj|ul|uz|ug|ud|p|d|c|v|vn|y|e|o)/u;

/** A village named by a numeral alone spans [start, end) (某镇|十一村). */
export function numeralVillageAt(ctx: ExtractContext, start: number, end: number): boolean {
  return adminNameEndingAt(ctx, end, true)?.start === start && NUMERAL_STEM.test(ctx.text.slice(start, end - 1));
}

/** A town, township or subdistrict ends at `pos`: the gazetteer's, or a name the text ends with 镇, 乡 or 街道. */
function townEndsAt(ctx: ExtractContext, pos: number): boolean {
  if (!/(?:镇|乡|街道)$/u.test(ctx.text.slice(Math.max(0, pos - 2), pos)) || /(?:全|各|每|本|该|乡)(?:镇|乡|街道)$/u.test(ctx.text.slice(Math.max(0, pos - 3), pos))) return false;
  return gazetteerPlaceEndsAt(ctx, pos) || placeEndsAt(ctx, pos);
}

/** Locatives that open a village's name of two characters (下畈村, 前塘村). */
const LOCATIVE_STEM_HEAD = /^[上下前后东西南北中]$/u;
/** A direction character that opens a village's name after its town (某镇东|某某|村). */
const DIRECTION_HEAD = /^[东西南北]$/u;
/** Characters that make locative + character a phrase, not a stem (下个村, 上一村, 前几村, 后面村). */
const NOT_STEM_SECOND = /^[个一二三四五六七八九十两几半全各每本该这那此其面边头里外些的了在是和与]$/u;

/** An administrative name starts at `pos` (岭桥镇|石坪村: the town is the first link of a chain). */
function placeNamedFrom(ctx: ExtractContext, pos: number): boolean {
  for (let e = pos + 3; e <= Math.min(ctx.text.length, pos + MAX_STEM + 2); e++) {
    if (adminNameEndingAt(ctx, e)?.start === pos) return true;
  }
  return false;
}

/** Every place named by an administrative ending in the text, and the others of a series it is in. */
export function adminNames(ctx: ExtractContext): AdminName[] {
  const out: AdminName[] = [];
  const { text } = ctx;
  const last = lastChars(ctx.res.lex.adminEndings);
  for (let i = 1; i <= text.length; i++) {
    if (!last[text.charCodeAt(i - 1)]) continue;
    // (The ending closes a word, or jieba glued it to an unknown word after it: 市场, 城市 are passed over here.)
    const t = ctx.tokens[ctx.tokenAt[i - 1]!]!;
    // (某村|村集体 read as 村村: admin-endings.json, doubledVillage; 某镇桃花|村里: gluedLocative — adminNameEndingAt decides.)
    if (t.end !== i && t.tag !== 'x' && !(t.word === '村村' && t.start === i - 1) && !(t.start === i - 1 && ctx.res.lex.adminGluedLocative.words.has(t.word))) continue;
    const name = adminNameEndingAt(ctx, i);
    if (name) out.push(name);
    // 厦铺|镇西|垅村: the town the gazetteer knows, whose ending jieba read into the village's first word, is a link
    // of the chain too.
    const town = name?.chained && !isTokenStart(ctx, name.start) ? gazetteerTownEndingAt(ctx, name.start) : undefined;
    if (town) out.push(town);
  }
  return [...out, ...seriesNames(ctx, out), ...countedLists(ctx), ...corpsUnits(ctx)];
}

/**
 * 一师十团三连, 农三师五十一团, 十团职工: a production-and-construction corps' farm regiment (after its division or the division's city, before
 * one of its companies or a word of its people or farm) and a company right after its regiment (admin-endings.json,
 * corpsUnits), and the same names wherever the text prints them again. A numeral and 团 or 连 alone (百团大战, 三连冠)
 * name nothing.
 */
function corpsUnits(ctx: ExtractContext): AdminName[] {
  const c = ctx.res.lex.corpsUnits;
  const { text } = ctx;
  if (!text.includes(c.regiment.ending)) return [];
  const n = `[${c.numerals}]{1,4}`;
  // (第四师可克达拉市六十六团: the division's city may stand between the division and its regiment.)
  const re = new RegExp(`(农?${n}${c.division}(?:\\p{Script=Han}{2,5}?市)?)?(${n}${c.regiment.ending})(${n}${c.company.ending})?`, 'gu');
  const out: AdminName[] = [];
  for (const m of text.matchAll(re)) {
    const regiment = m.index + (m[1]?.length ?? 0);
    const end = regiment + m[2]!.length;
    if (!m[1] && !m[3] && !c.after.some((w) => text.startsWith(w, end))) continue;
    out.push({ start: regiment, end, kind: c.regiment.kind, chained: true, rule: c.regiment.id });
    if (m[3]) out.push({ start: end, end: end + m[3].length, kind: c.company.kind, chained: true, rule: c.company.id });
  }
  // (十二团三连…。十二团是…: a regiment or company the text read so is that place wherever it prints the name again.)
  const read = new Map(out.map((u) => [text.slice(u.start, u.end), u]));
  for (const [name, u] of read) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (out.some((o) => o.start <= at && at < o.end) || /[一二三四五六七八九十百零〇]/u.test(text[at - 1] ?? '')) continue;
      out.push({ ...u, start: at, end: at + name.length });
    }
  }
  return out;
}

/** A count of places of one level closing a list of their names (甲、乙、丙三个村; 甲、乙两镇; 甲、乙等5个社区). */
const COUNT_OF_PLACES = /(等)?(\d{1,3}|两|二|三|四|五|六|七|八|九|十)个?(村|社区|镇|乡)/gu;
/** Tags of the word before a list's first item: a particle, a preposition, a conjunction, a verb, an adverb. */
const LIST_OPENER_TAGS = /^(?:u|p|c|v|d|f|r|m|q)/;
const COUNT_VALUE: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Places printed without their ending in a list that a count of their level closes (某镇的甲、乙、丙三个村): as
 * many items as the count says, each of two to four characters of Han script (the first one word of jieba's), none
 * with the ending already (a series reads those) nor opening with a count or a scope word. Each is named with the
 * ending (`canonical`: 甲村).
 */
function countedLists(ctx: ExtractContext): AdminName[] {
  const { text } = ctx;
  const out: AdminName[] = [];
  if (!text.includes('、')) return out;
  COUNT_OF_PLACES.lastIndex = 0;
  for (let m = COUNT_OF_PLACES.exec(text); m; m = COUNT_OF_PLACES.exec(text)) {
    // 甲、乙、丙等5个社区: a list that 等 closes names some of the count, two at least.
    const partial = m[1] !== undefined;
    const want = COUNT_VALUE[m[2]!] ?? Number(m[2]);
    if (!partial && !(m[2]! in COUNT_VALUE)) continue;
    const ending = ctx.res.lex.adminEndings.find((e) => e.ending === m![3]);
    if (!ending || !isTokenEnd(ctx, m.index + m[0].length)) continue;
    const items: Array<[number, number, string]> = [];
    let end = m.index;
    for (;;) {
      // The item before `end`: back to a mark (、 or a conjunction) within four characters, else the word there.
      let start = -1;
      for (let k = end - 2; k >= end - 5 && k >= 0; k--) {
        if (SERIES_MARKS[text.charCodeAt(k)]) {
          start = k + 1;
          break;
        }
      }
      if (start < 0) {
        // The first item: the words before the first mark, up to four characters, back to a place's end, a
        // function word or punctuation (檀溪镇|潘|周家、…: 潘周家, not 周家).
        start = end;
        for (let ti = ctx.tokenAt[end - 1]!; ti >= 0; ti--) {
          const t = ctx.tokens[ti]!;
          if (t.end !== start || end - t.start > SERIES_STEM.max) {
            start = -1;
            break;
          }
          start = t.start;
          const before = ctx.tokens[ti - 1];
          // 在|西|小河、…: a direction of its own after the list's opener opens the first name (西小河).
          const opener = ctx.tokens[ti - 2];
          if (before && before.word.length === 1 && DIRECTION_CHARS.has(before.word) && end - before.start <= SERIES_STEM.max && (!opener || LIST_OPENER_TAGS.test(opener.tag) || !isHan(opener.word.charCodeAt(opener.word.length - 1)))) {
            start = before.start;
            break;
          }
          if (!before || !isHan(before.word.charCodeAt(before.word.length - 1)) || LIST_OPENER_TAGS.test(before.tag) || placeEndsAt(ctx, start)) break;
        }
        if (start < 0) break;
        // 由平岩|、…: a preposition jieba glued to the first name is no part of it.
        const first = ctx.tokens[ctx.tokenAt[start]!]!;
        if (first.start === start && first.tag === 'x' && first.word.length >= 3 && first.word[1] !== '家' && /^[pc]$/.test(ctx.res.tags.get(first.word[0]!) ?? '')) start++;
      }
      // 甲、新村、乙等4个村: a name printed with its ending already is that place, whole.
      const whole = text.endsWith(ending.ending, end) && end - ending.ending.length > start;
      if (end - start < SERIES_STEM.min || !(whole ? isSeriesStem(ctx, start, end - ending.ending.length, 1) : isSeriesStem(ctx, start, end))) break;
      items.unshift([start, end, whole ? text.slice(start, end) : text.slice(start, end) + ending.ending]);
      if (!SERIES_MARKS[text.charCodeAt(start - 1)]) break;
      end = start - 1;
    }
    // Exactly as many names as the count says (after 等, two of them or more and no more than it says).
    if (partial ? items.length < 2 || items.length > want : items.length !== want) continue;
    for (const [s, e, canonical] of items) out.push({ start: s, end: e, kind: ending.kind, chained: false, series: true, rule: `${ending.id}.counted-list`, canonical });
  }
  return out;
}

/** Directions that open names of their own (西小河, 东岙, 南山). */
const DIRECTION_CHARS = new Set('东西南北');

/** Marks between the items of a series (石坪村、岭下村和上塘村). */
const SERIES_MARKS = codeTable('、和与及');
const SERIES_STEM = { min: 2, max: 4 };

/**
 * The other names of a series that a name read by its ending is in (石坪村、岭下村、上塘村): an item of two to four
 * characters with the same ending, between series marks, is a place of that kind too, although its name alone
 * would not be read (上塘村 may be cut 上/塘村, 林山村 ends in the common noun 山村). The ending must close a word
 * (安排村民 is no item), and the stem holds no count or opener (李家两村, 全村).
 */
/** A series item found by seriesNames, unless one starts there already (module level: not a closure per call). */
function addSeriesItem(seen: Set<number>, out: AdminName[], queue: AdminName[], start: number, end: number, ending: AdminEnding, kind: PlaceKind): void {
  if (seen.has(start)) return;
  seen.add(start);
  const n: AdminName = { start, end, kind, chained: false, series: true, rule: `${ending.id}.series` };
  out.push(n);
  queue.push(n);
}

function seriesNames(ctx: ExtractContext, found: readonly AdminName[]): AdminName[] {
  const { text } = ctx;
  const out: AdminName[] = [];
  const seen = new Set(found.map((n) => n.start));
  const queue = [...found];
  while (queue.length) {
    const n = queue.pop()!;
    const ending = endingAt(ctx, n.end);
    if (!ending) continue;
    // The item after: from the mark to the first ending that closes a word.
    if (SERIES_MARKS[text.charCodeAt(n.end)]) {
      const from = n.end + 1;
      for (let stem = SERIES_STEM.min; stem <= SERIES_STEM.max; stem++) {
        const end = from + stem + ending.ending.length;
        if (text.startsWith(ending.ending, from + stem) && isTokenEnd(ctx, end)) {
          if (isSeriesStem(ctx, from, from + stem)) addSeriesItem(seen, out, queue, from, end, ending, n.kind);
          break;
        }
      }
    }
    // The item before: the shortest stem that starts a word.
    const before = n.start - 1;
    if (before > 0 && SERIES_MARKS[text.charCodeAt(before)] && text.endsWith(ending.ending, before)) {
      const stemEnd = before - ending.ending.length;
      for (let stem = SERIES_STEM.min; stem <= SERIES_STEM.max; stem++) {
        if (!isTokenStart(ctx, stemEnd - stem)) continue;
        if (isSeriesStem(ctx, stemEnd - stem, stemEnd)) addSeriesItem(seen, out, queue, stemEnd - stem, before, ending, n.kind);
        break;
      }
    }
  }
  return out;
}

function isSeriesStem(ctx: ExtractContext, start: number, end: number, min = SERIES_STEM.min): boolean {
  const stem = ctx.text.slice(start, end);
  if (stem.length < min) return false;
  for (let i = 0; i < stem.length; i++) if (!isHan(stem.charCodeAt(i)) || (i > 0 && SERIES_MARKS[stem.charCodeAt(i)])) return false;
  return !STEM_OPENERS.test(stem) && !COUNTING[stem.charCodeAt(stem.length - 1)] && !ctx.res.lex.stopwords.has(stem) && !CHAIN_ENDS[stem.charCodeAt(stem.length - 1)];
}
