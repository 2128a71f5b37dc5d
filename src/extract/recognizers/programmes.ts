// Programmes — campaigns, policies, awards, recognitions, trade fairs, platforms, projects:
//  - a quoted name followed by the word for its type, perhaps after a few modifiers
//    (“千名干部助千企”精准帮扶活动, “浙里网格连心”系统, ‘博士们的故事’活动), or ending in it
//    (“十大百日攻坚行动”);
//  - an unquoted name grown leftwards from a type word that only names things (交易会, 品牌展, 奖, 认定),
//    with its edition or year (第二十三届中国专利优秀奖, 2022浙江平湖出口网上交易会) and a bracketed
//    qualifier after it (（俄罗斯站—羽绒服专场）);
//  - the title of an official document in 《》 (《关于…的若干意见》).
import { isHan } from '../chars.js';
import { isTokenEnd, isTokenStart, tokenAfter, tokenBefore, type ExtractContext } from '../context.js';
import { candidate, type Candidate, type MentionAttrs } from '../mention.js';
import type { ProgrammeType } from '../lexicon.js';
import type { ProgrammeKind } from '../../../schema/kinds.js';
import { afterCountedPlaces, growLeft, isBreak, isCountedBefore, isGluedToFunctionChar, SEASON_WORDS, trimLeadingGeneric } from './grow.js';
import { placeAt, placeBefore } from './organizations.js';

// A quoted name: “…” (which may hold ‘…’ and, before a type word, 、 or ，), "…" or ‘…’.
const QUOTED = /“([^“”\n。！？；：]{2,30})”|"([^"“”\n。！？；：，]{2,30})"|‘([^‘’“”\n。！？；：，]{2,30})’/gu;
const MAX_PROGRAMME = 40;

export function recognizeProgrammes(ctx: ExtractContext): Candidate[] {
  return [...quoted(ctx), ...bare(ctx), ...documentTitles(ctx), ...listedModules(ctx), ...recognitions(ctx), ...designations(ctx), ...cooperations(ctx), ...personalTitles(ctx)];
}

/**
 * 州级非遗项目某某刺绣代表性传承人, 某省工艺美术大师: a title conferred on a person, read back from its ending over the
 * words before it to a word that says who holds it (是, 被评为) or punctuation; it names a scope or the heritage.
 */
function personalTitles(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { id, endings, marks, stops, anywhereStops, heritageWords, maxLength } = ctx.res.lex.personalTitles;
  if (!text.includes('传承人') && !text.includes('大师')) return out;
  for (const ending of endings) {
    for (let i = text.indexOf(ending); i !== -1; i = text.indexOf(ending, i + ending.length)) {
      const end = i + ending.length;
      let start = i;
      // (A stop ends a word: 已是 ends with 是; 和田 is no 和.)
      while (start > 0 && end - start < maxLength && isHan(text.charCodeAt(start - 1)) && !anywhereStops.includes(text[start - 1]!) && !(isTokenEnd(ctx, start) && stops.some((w) => text.endsWith(w, start)))) start--;
      // (Back to a word's start, unless a stop stands right before: jieba may glue it to the title's first character.)
      if (!anywhereStops.includes(text[start - 1] ?? '')) while (start < i && !isTokenStart(ctx, start)) start++;
      const title = text.slice(start, end);
      // 非遗代表性传承人 alone: the kind of title, not one.
      if (heritageWords.reduce((rest, w) => rest.split(w).join(''), text.slice(start, i)).length === 0) continue;
      // (A province or a city opening the title is its scope: 某省工艺美术大师.)
      if (start === i || !(marks.some((w) => title.includes(w)) || placeAt(ctx, start, i) !== undefined)) continue;
      out.push(candidate('Programme', start, end, id, 0.85, { canonical: title }, 'Recognition'));
    }
  }
  return out;
}

/**
 * 沪滇协作, 粤桂劳务协作, 京津冀协作, 东西部协作: the state's pairing aid between provinces, named by their one-character
 * names (two or three different ones, no more before them) or by a stem of its own, and an ending of cooperation.
 */
function cooperations(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { id, kind, endings, stems, notAfter } = ctx.res.lex.cooperations;
  const provinces = ctx.res.lex.provinceChars;
  for (let i = text.indexOf('协作'); i !== -1; i = text.indexOf('协作', i + 2)) {
    const end = i + 2;
    if (end < text.length && notAfter.includes(text[end]!)) continue;
    const ending = endings.find((e) => text.endsWith(e, end));
    if (!ending) continue;
    const at = end - ending.length;
    let start = -1;
    const stem = stems.find((w) => text.endsWith(w, at));
    if (stem) start = at - stem.length;
    else {
      let k = at;
      while (k > 0 && at - k < 4 && provinces.has(text[k - 1]!)) k--;
      const run = text.slice(k, at);
      if (run.length >= 2 && run.length <= 3 && new Set(run).size === run.length) start = k;
    }
    if (start < 0) continue;
    out.push(candidate('Programme', start, end, id, 0.85, { canonical: text.slice(start, end) }, kind));
  }
  return out;
}

/** A word jieba tags as one of time (今年, 目前, 近年来) inside [start, end). */
function hasTimeWord(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]; ti !== undefined && ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (ctx.tokens[ti]!.tag === 't') return true;
  return false;
}

const FIRM_COUNT = /^(?:\d+|[一二两三四五六七八九十百]+)余?家/u;

/** 培育国家高新技术企业49家, 作为省级专精特新“小巨人”企业, 该公司是省级高新技术企业: a title conferred on firms, where firms are counted or held. */
function designations(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { id, pattern, before } = ctx.res.lex.designations;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // 全国最大的企业: a description (的), not a title.
    if (!isTokenStart(ctx, start) || !isTokenEnd(ctx, end) || /[，。；、的]/.test(m[0])) continue;
    // 国家农业科技园区|今年|新引进企业12家: a word of time (jieba's t) inside closes the subject; what follows is the clause's.
    if (hasTimeWord(ctx, start, end)) continue;
    const held = before.some((w) => text.endsWith(w, start));
    if (!held && !FIRM_COUNT.test(text.slice(end, end + 5))) continue;
    out.push(candidate('Programme', start, end, id, 0.8, { canonical: m[0] }, 'Recognition'));
  }
  return out;
}

const QUOTED_AT = /^(?:“[^“”\n。！？；：，]{2,30}”|‘[^‘’\n。！？；：，]{2,30}’)/u;
/**
 * Where an unquoted title ends: punctuation, a clause, a count (国家发明奖2项), 的, or 等 (not 等次, 等级). A
 * short qualifier in brackets (首台（套）) and a batch (第二批) at the start are part of it.
 */
const TITLE_END = /[，。；：！？、（）()“”‘’\n\s的]|等(?![次级])|[\d０-９]|[一二两三四五六七八九十]+(?:项|个|次|家|批|年)/gu;
const SHORT_QUALIFIER = /^[（(][^（）()]{1,3}[)）]/u;

/**
 * Inside a title: a quoted word between its words (国家级专精特新“小巨人”企业, 省级“专精特新”中小企业: the title goes on
 * after the closing mark) and a grade (3A级景区村庄, 5A级景区).
 */
const INNER_QUOTED = /^“[^“”\n。！？；：，、]{2,8}”(?=[\u4e00-\u9fff])(?![的等])/u;
const GRADE = /^[\d０-９]A{1,2}级/u;

/** The length of the title at the start of `rest`, by TITLE_END. */
function titleLength(rest: string): number {
  TITLE_END.lastIndex = 0;
  for (let m = TITLE_END.exec(rest); m; m = TITLE_END.exec(rest)) {
    const from = rest.slice(m.index);
    const q = SHORT_QUALIFIER.exec(from) ?? (m.index > 0 ? INNER_QUOTED.exec(from) : null) ?? GRADE.exec(from);
    if (!q) return m.index;
    TITLE_END.lastIndex = m.index + q[0].length;
  }
  return rest.length;
}
const BATCH = /^(?:第[一二三四五六七八九十\d]+|首)批/u;

/**
 * 获得全国文明村、省级美丽乡村特色精品村等荣誉: the cue governs the whole list after a title ending at `from`; each
 * further item opens with its own scope (or batch), so a list that goes on with something else (、全村人均收入…)
 * ends there.
 */
function listedTitles(ctx: ExtractContext, r: ExtractContext['res']['lex']['recognitions'], from: number, out: Candidate[]): void {
  const { text } = ctx;
  while (text[from] === '、') {
    const itemStart = from + 1;
    const itemEnd = beforeTimeWord(ctx, itemStart, itemStart + titleLength(text.slice(itemStart, itemStart + r.maxLength + 1)));
    const item = text.slice(itemStart, itemEnd);
    if (item.length < 4 || item.length > r.maxLength || text[itemEnd] === '的' || !isTokenStart(ctx, itemStart) || !isTokenEnd(ctx, itemEnd)) break;
    if (!isScopedTitle(ctx, r.scopes, itemStart, itemEnd)) break;
    out.push(candidate('Programme', itemStart, itemEnd, `${r.id}.after-cue-listed`, 0.8, { canonical: item }, titleKind(item)));
    from = itemEnd;
  }
}

/**
 * 命名某县为…, 认定该企业为…: where the title begins after a verb of conferring at token `ti`, the one it names (a few
 * characters, no stop) and 为 as a word of its own; undefined where the token is no such verb or no 为 follows.
 */
function splitCueEnd(ctx: ExtractContext, s: ExtractContext['res']['lex']['recognitions']['splitCues'], ti: number): number | undefined {
  const verb = ctx.tokens[ti]!.word;
  if (!s.verbs.includes(verb)) return undefined;
  const from = ctx.tokenStart[ti]! + verb.length;
  for (let tj = ti + 1; tj < ctx.tokens.length; tj++) {
    const t = ctx.tokens[tj]!;
    const start = ctx.tokenStart[tj]!;
    if (start - from > s.maxBetween || !/^[\u4e00-\u9fff\d]+$/u.test(t.word)) return undefined;
    if (t.word === s.as) return start > from ? start + t.word.length : undefined;
  }
  return undefined;
}

/** Words of time that close a clause after what it names (之后, 以来, 后). */
const TIME_AFTER = new Set(['之后', '以后', '以来', '之前', '以前', '后', '前', '期间', '之际', '时']);

/** The end of a title read up to `end`, before a word of time that ends it as a word of its own. */
function beforeTimeWord(ctx: ExtractContext, start: number, end: number): number {
  const last = ctx.tokens[ctx.tokenAt[end - 1]!];
  return last && last.end === end && last.start > start && TIME_AFTER.has(last.word) ? last.start : end;
}

/**
 * Titles a body gives, after a verb of receiving: quoted (荣获“省级卫生村”“全国卫生乡镇”等荣誉, 获评“浙江好稻米”),
 * or unquoted when they open with a scope (入选全国乡村旅游示范县, 被列为第二批国家级示范区, 获得国家发明奖); and a
 * run of quoted titles closed by 等荣誉 or 等称号 whatever precedes it.
 */
function recognitions(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const r = ctx.res.lex.recognitions;
  const cues = ctx.res.lex.tries.recognitionCues;
  const glued = new Set(r.gluedAfter.endings);
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const tokenStart = ctx.tokenStart[ti]!;
    const tokenEnd = tokenStart + ctx.tokens[ti]!.word.length;
    // 被国家某某局确定为…: jieba's 局确定|为 — the cue opens after a body's ending glued to it (prog.recognition.after-glued-cue),
    // and reaches the token's end or past it.
    let start = tokenStart;
    let cue = cues.mayMatchAt(text, start) ? cues.longest(text, start, Math.min(text.length, start + 4), (_v, at) => isTokenEnd(ctx, at)) : undefined;
    for (let p = tokenStart + 1; !cue && p < tokenEnd; p++) {
      if (!glued.has(text[p - 1]!) || !cues.mayMatchAt(text, p)) continue;
      const c = cues.longest(text, p, Math.min(text.length, p + 4), (_v, at) => at >= tokenEnd && isTokenEnd(ctx, at));
      if (c) {
        cue = c;
        start = p;
      }
    }
    // 某厅命名某县为“…”: a verb of conferring, the one it names, 为 (prog.recognition.after-split-cue).
    const split = cue ? undefined : splitCueEnd(ctx, r.splitCues, ti);
    if (!cue && split === undefined) continue;
    let at = split ?? cue!.at;
    const afterCue = split !== undefined ? r.splitCues.id : start === tokenStart ? `${r.id}.after-cue` : r.gluedAfter.id;
    if (QUOTED_AT.test(text.slice(at, at + 34))) {
      // A title has a few words (浙江好稻米); a short quoted word is a manner of speaking (获“国字号”荣誉).
      const run = quotedRun(text, at);
      for (const q of run) if (q.end - q.start >= 6) out.push(candidate('Programme', q.start, q.end, `${r.id}.quoted`, 0.85, { canonical: text.slice(q.start + 1, q.end - 1) }, 'Recognition'));
      // 获评“某某之乡”、国家某某产业园: the list goes on unquoted.
      const last = run[run.length - 1]!;
      if (last.end - last.start >= 6) listedTitles(ctx, r, last.end, out);
      continue;
    }
    const batch = BATCH.exec(text.slice(at, at + 6))?.[0].length ?? 0;
    const rest = text.slice(at + batch, at + r.maxLength + 1);
    let end = at + batch + titleLength(rest);
    // 获得某某企业的认可: what is received follows 的; the words before it are whose it is.
    if (text[end] === '的') continue;
    // 授予某村“某某”称号: the words before the quoted title are who receives it.
    if (cue && /^授予/u.test(cue.values[0] ?? '') && /^[“"]/u.test(text[end] ?? '')) continue;
    // 跻身全国十强县行列: the ranks (行列) of the title are the title.
    if (/(?:行列|之列)$/.test(text.slice(at, end))) end -= 2;
    // 获评国家4A级旅游景区和全国农业旅游示范点: two titles joined by 和, the second with a scope of its own.
    const joined = joinedTitle(ctx, r.scopes, at, end);
    if (joined !== undefined) {
      if (joined - at >= 4 && isScopedTitle(ctx, r.scopes, at, joined)) out.push(candidate('Programme', at, joined, afterCue, 0.8, { canonical: text.slice(at, joined) }, titleKind(text.slice(at, joined))));
      at = joined + 1;
    }
    // 获评某某示范村之后, 被评为某某农家乐后: a word of time after the title closes the clause, not the title.
    end = beforeTimeWord(ctx, at, end);
    if (end - at < 4 || end - at > r.maxLength) continue;
    const title = text.slice(at, end);
    // (被评为省乡村振兴示范村: a level's character alone opens a title that ends as a model's — prog.recognition.level-scope.)
    const levelScoped = !isScopedTitle(ctx, r.scopes, at, end) && r.levelScope.levels.includes(title[0]!) && !/^.[委政长会场]/u.test(title) && AREA_TITLE_HEAD.test(title);
    if ((!levelScoped && !isScopedTitle(ctx, r.scopes, at, end)) || !isTokenEnd(ctx, end)) continue;
    out.push(candidate('Programme', at, end, levelScoped ? r.levelScope.id : afterCue, 0.8, { canonical: title }, titleKind(title)));
    listedTitles(ctx, r, end, out);
  }
  // 对10名“某某带头人”进行表彰, 表彰2025年度“某某标兵”, “某某工匠”评选: a quoted title a commendation or a contest names.
  const cm = r.commended;
  for (let open = text.indexOf('“'); open !== -1; open = text.indexOf('“', open + 1)) {
    const q = COMMENDED_QUOTE.exec(text.slice(open, open + 16));
    if (!q) continue;
    const close = open + q[0].length;
    // (表彰十名“某某”, 表彰2025年度20名“某某”: a count of those commended, then a year, may stand between.)
    const lead = text.slice(Math.max(0, open - 16), open).replace(COMMENDED_COUNT, '').replace(COMMENDED_YEAR, '');
    // (After a word of commending, the title ends at the closing quote: 命名“某某”示范点 names a title longer than the quote.)
    if (!startsWithAny(text.slice(close, close + 4), cm.after) && !(cm.before.some((w) => lead.endsWith(w)) && !/^[\u4e00-\u9fff]/u.test(text[close] ?? ''))) continue;
    out.push(candidate('Programme', open, close, cm.id, 0.8, { canonical: q[1]! }, 'Recognition'));
  }
  // “…”“…”等荣誉: a run of quoted titles closed by a word for them.
  for (const closer of r.closers) {
    for (let i = text.indexOf(closer); i !== -1; i = text.indexOf(closer, i + 1)) {
      let start = i;
      while (start > 0 && /[”’]/.test(text[start - 1]!)) {
        const open = text.lastIndexOf(text[start - 1] === '”' ? '“' : '‘', start - 2);
        if (open < 0 || start - open > 32) break;
        start = open;
        if (text[start - 1] === '、') start--;
      }
      for (const q of quotedRun(text, start)) if (q.end <= i) out.push(candidate('Programme', q.start, q.end, `${r.id}.listed`, 0.82, { canonical: text.slice(q.start + 1, q.end - 1) }, 'Recognition'));
    }
  }
  return out;
}

/** A quoted title of a commendation: 2 to 12 characters of no punctuation. */
const COMMENDED_QUOTE = /^“([^“”\n。！？；：，、]{2,12})”/u;
/** A year (2025年度, 2024年) between a word of commending and the quoted title. */
const COMMENDED_YEAR = /(?:\d{4}年度?|年度|第[一二三四五六七八九十\d]+届)$/u;

/** A count of those commended (十名, 20位, 5家, 一批) between a word of commending and the quoted title. */
const COMMENDED_COUNT = /(?:[\d一二三四五六七八九十百两]+[名位个家户]|一批)$/u;

/** Where 和/及 joins two titles inside [start, end): the joining word's offset, where what follows it opens with a scope. */
function joinedTitle(ctx: ExtractContext, scopes: readonly string[], start: number, end: number): number | undefined {
  for (let i = start + 2; i < end - 3; i++) {
    const c = ctx.text[i];
    if ((c === '和' || c === '及') && isTokenStart(ctx, i) && isTokenStart(ctx, i + 1) && startsWithAny(ctx.text.slice(i + 1, end), scopes)) return i;
  }
  return undefined;
}

/** A title opens with a scope (全国, 省级 …), a batch (第二批) or a place. */
function isScopedTitle(ctx: ExtractContext, scopes: readonly string[], start: number, end: number): boolean {
  const title = ctx.text.slice(start, end);
  return startsWithAny(title, scopes) || BATCH.test(title) || placeAt(ctx, start, end) !== undefined || areaOpening(ctx, start, end) || scopeInside(ctx, scopes, start, end) || (AREA_SCOPE.test(title) && AREA_TITLE_HEAD.test(title));
}

const OPENING_AREAS = new Set(['Province', 'City', 'County']);

/**
 * 陕西省|乡村振兴示范村: a province's, city's or county's full name opens the title, though the word after it opens with
 * a village's or township's character (placeAt reads 陕西省乡 as a township's name there: prog.recognition.area-scope).
 */
function areaOpening(ctx: ExtractContext, start: number, end: number): boolean {
  const g = ctx.res.gazetteer;
  const m = ctx.res.placeTrie.longest(ctx.text, start, Math.min(end, start + g.maxNameLength), (v, at) => isTokenEnd(ctx, at) && g.lookup(v[0]!).some((e) => e.form === 'full' && OPENING_AREAS.has(g.get(e.placeId)?.kind ?? '')));
  const next = m ? ctx.tokens[ctx.tokenStartingAt[m.at] ?? -1] : undefined;
  return m !== undefined && next !== undefined && next.word.length >= 2 && m.at < end;
}

/**
 * 被评为全省营商环境建设先进县, 获评全市农村人居环境整治示范村: a province's or city's whole (全省, 全市) opens a title its
 * government confers only where the title ends as such titles do — an area, a unit, a model of its kind (prog.recognition:
 * not 获得全省第一, 获全省表彰).
 */
const AREA_SCOPE = /^全[省市区州盟]/u;
const AREA_TITLE_HEAD = /(?:先进|示范|模范|标兵|优秀|明星|十佳|五好|文明)[\u4e00-\u9fff]{0,3}(?:县|市|区|镇|乡|街道|村|社区|单位|集体|企业|个人|基地|园区|学校|家庭)$/u;

/**
 * 农业产业化国家重点龙头企业: a scope may stand inside a title after its field, as a word of its own (国家, 省级), and
 * not at its end (…全国 is no title).
 */
function scopeInside(ctx: ExtractContext, scopes: readonly string[], start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]! + 1; ti < ctx.tokens.length && ctx.tokens[ti]!.end < end; ti++) {
    const t = ctx.tokens[ti]!;
    if (t.start > start && INSIDE_SCOPES.has(t.word) && scopes.includes(t.word)) return true;
  }
  return false;
}

/** Scopes that make a title where they stand inside it (not 中国, 世界: 中国农业银行, 世界500强 are no grades). */
const INSIDE_SCOPES = new Set(['国家', '国家级', '省级', '全国']);

const titleKind = (title: string): 'Award' | 'Recognition' => (/奖项?$/.test(title) ? 'Award' : 'Recognition');

/**
 * `text` starts with one of `words`. (A loop, not `some` with a closure over the title: a closure over a variable of
 * recognitions' loop body made V8 allocate that body's scope at every token of the text.)
 */
function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w)) return true;
  return false;
}

/** The quoted items in a row from `pos` (“甲”“乙”、“丙”), as spans with their quotes. */
function quotedRun(text: string, pos: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = pos;
  for (let m = QUOTED_AT.exec(text.slice(at, at + 34)); m; m = QUOTED_AT.exec(text.slice(at, at + 34))) {
    out.push({ start: at, end: at + m[0].length });
    at += m[0].length;
    if (text[at] === '、') at++;
  }
  return out;
}

const MODULE_LIST = /(?:分为|包括|包含|设有|设置有|设置了|涵盖)((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)等?(?:[一二三四五六七八九十两\d]+(?:大|个))?(?:板块|模块|子系统)/gu;

/** 系统共分为先锋引领、连心服务、战时集结三大板块: the modules of a platform, listed before the word for them. */
function listedModules(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  MODULE_LIST.lastIndex = 0;
  for (let m = MODULE_LIST.exec(ctx.text); m; m = MODULE_LIST.exec(ctx.text)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const item of m[1]!.split('、')) {
      if (isTokenEnd(ctx, at) && isTokenEnd(ctx, at + item.length)) out.push(candidate('Programme', at, at + item.length, 'prog.listed-module', 0.75, { canonical: item, module: true }, 'Platform'));
      at += item.length + 1;
    }
  }
  return out;
}

function typeEndingIn(ctx: ExtractContext, s: string): ProgrammeType | undefined {
  for (let len = Math.min(6, s.length - 1); len >= 1; len--) {
    const t = ctx.res.lex.programmeTypeByWord.get(s.slice(s.length - len));
    if (t && t.quoted) return t;
  }
  return undefined;
}

/** “一对一”服务, “保姆式”服务: a quoted manner right before a type word that wants a name (minInner, notInnerEndings). */
function isMannerBefore(t: ProgrammeType, inner: string): boolean {
  return (t.minInner !== undefined && [...inner].length < t.minInner) || (t.notInnerEndings ?? []).some((e) => inner.endsWith(e));
}

function quoted(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = (m[1] ?? m[2] ?? m[3])!;
    // A name, not a formula (“1+3+N”, “产业基金+研究院+三方服务平台”).
    if (!/[\u4e00-\u9fff].*[\u4e00-\u9fff]/u.test(inner) || /[+＋]/.test(inner)) continue;
    // A slogan of two parts (“先富带后富、强村带弱村”) names a programme only with a type word after it.
    const twoParts = /[、，,]/.test(inner);
    const qStart = m.index;
    const qEnd = m.index + m[0].length;
    // The type word after the closing quote, perhaps after modifiers (精准帮扶活动, 数字应用).
    const after = text.slice(qEnd, qEnd + lex.programmeMaxGap + 4);
    let best: { t: ProgrammeType; end: number } | undefined;
    for (let gap = 0; gap <= lex.programmeMaxGap && gap < after.length; gap++) {
      if (gap > 0 && /[，。、；：！？“”‘’"（）\s的和与及]/.test(after[gap - 1]!)) break;
      for (let len = 4; len >= 1; len--) {
        const t = lex.programmeTypeByWord.get(after.slice(gap, gap + len));
        if (t && t.quoted && isTokenEnd(ctx, qEnd + gap + len) && !(gap === 0 && isMannerBefore(t, inner))) {
          best = { t, end: qEnd + gap + len };
          break;
        }
      }
      if (best) break;
    }
    const attrs: MentionAttrs = { canonical: inner };
    // A type word inside short quotes (“公示制度”, “十大百日攻坚行动”) says what the name is, unless a
    // more telling one follows the quotes (“…的应用”项目 is a project).
    // (Not words quoted as spoken: after a colon, or holding a pronoun, 是 or a particle — 他说：“这是个好项目”.)
    const inside = inner.length <= 12 && !twoParts && !isSpeech(text, inner, qStart) ? typeEndingIn(ctx, inner) : undefined;
    const financial = !best && !inside && !twoParts ? isFinancialProduct(ctx, inner, qStart, qEnd) : undefined;
    if (financial) {
      out.push(candidate('Programme', qStart, qEnd, financial, 0.8, attrs, lex.financialProducts.kind));
      continue;
    }
    if (!best && !inside && !twoParts && isQuotedSubsidy(ctx, inner, qStart, qEnd)) {
      const q = lex.quotedSubsidies;
      out.push(candidate('Programme', qStart, qEnd, q.id, 0.8, attrs, q.kind));
      continue;
    }
    // “某某链长制”, “某某企业诊所”: a mechanism or a service named by its own ending (quotedOwnEndings).
    const own = !best && !inside && !twoParts ? ownEnding(ctx, inner, qStart) : undefined;
    if (own) {
      out.push(candidate('Programme', qStart, qEnd, lex.quotedOwnEndings.id, 0.8, attrs, own));
      continue;
    }
    // “某某课堂”是某局推出的社区教育项目: a quoted name the sentence defines by a type word after 是…的.
    const defined = !best && !inside && !twoParts && !isSpeech(text, inner, qStart) ? definedType(ctx, qEnd) : undefined;
    if (defined) {
      out.push(candidate('Programme', qStart, qEnd, `${defined.id}.quoted-defined`, 0.8, attrs, defined.kind));
      continue;
    }
    if (!best && !inside) {
      // “…‘…’…”: no name in the outer quotes; the inner ones are read next.
      if (text[m.index] === '“' && inner.includes('‘')) QUOTED.lastIndex = m.index + 1;
      continue;
    }
    if (twoParts && !best) continue;
    if (inside && (!best || best.t.word === '工作')) {
      out.push(candidate('Programme', qStart, qEnd, `${inside.id}.quoted-inside`, 0.85, attrs, inside.kind));
      continue;
    }
    if (best) {
      // 某市制造业数字化“某某”计划: a place and the field's words before the quotes open the name (the quoted words
      // stay its canonical name; the whole is what was printed).
      let opened = placeOpening(ctx, qStart);
      // 入选浙江省“专精特新”中小企业名单: a list is named by the words the quotes qualify and its ending — the quoted
      // words alone are the title it lists (专精特新), not the list —, and a place right before the quotes, after a verb
      // of listing or publishing, is its scope (not a place heading the clause: 某县“某某”名单公布).
      const list = LIST_WORDS.has(best.t.word) && best.end - qEnd > best.t.word.length && hasNoun(ctx, qEnd, best.end - best.t.word.length);
      if (list && !opened) {
        const place = placeBefore(ctx, qStart);
        if (place && place.start > 0 && afterListingVerb(ctx, place.start)) opened = { start: place.start, place };
      }
      if (opened) attrs.place = opened.place;
      if (list) attrs.canonical = text.slice(opened?.start ?? qStart, best.end);
      out.push(candidate('Programme', opened?.start ?? qStart, best.end, `${best.t.id}.quoted${opened ? '.place-opened' : ''}${list ? '.list' : ''}`, 0.9, attrs, best.t.kind));
    }
  }
  return out;
}

/**
 * 是, then a clause of up to 24 characters ending in 的, then up to 6 characters of modifiers and a type word that
 * ends the clause (是某局联合某校推出的社区教育项目，…): what the quoted name before it is.
 */
const DEFINED_BY = /^是(?:由)?[^，。；：！？“”‘’\n]{2,24}?的[^，。；：！？、“”‘’\n的]{0,6}?(?=[，。；！？\n])/u;
/** Type words a quoted name is defined by (not 工作, 模式, 制度: a name's manner or its field, said of anything). */
const DEFINING_KINDS = new Set(['Campaign', 'Project', 'Platform']);
function definedType(ctx: ExtractContext, qEnd: number): ProgrammeType | undefined {
  const m = DEFINED_BY.exec(ctx.text.slice(qEnd, qEnd + 40));
  if (!m) return undefined;
  const end = qEnd + m[0].length;
  for (let len = 4; len >= 2; len--) {
    const t = ctx.res.lex.programmeTypeByWord.get(ctx.text.slice(end - len, end));
    if (t && t.quoted && DEFINING_KINDS.has(t.kind) && t.word !== '工作' && isTokenStart(ctx, end - len)) return t;
  }
  return undefined;
}

/** Words quoted as spoken, not a name: after a colon, or opening with a pronoun, or holding 是 or a particle. */
const SPEECH_WORDS = /^(?:这|那|我|你|他|她|咱|它)|是|[吗呢吧啊呀啦]/u;
function isSpeech(text: string, inner: string, qStart: number): boolean {
  return /[：:]/u.test(text[qStart - 1] ?? '') || SPEECH_WORDS.test(inner);
}

/** The words that end a list's name: the list qualifies what the quotes name. */
const LIST_WORDS = new Set(['名单', '名录', '榜单', '认定名单', '试点名单']);

/**
 * A noun among the words of [start, end) (中小企业, 品牌企业培育: what the quoted title qualifies); not a verbal noun
 * alone (“未来乡村”建设名单: the list of building what the quotes name, which stays their name).
 */
function hasNoun(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (/^(?:n(?!r)|j)/u.test(ctx.tokens[ti]!.tag)) return true;
  return false;
}

/** A verb of listing or publishing (入选, 入围, 列入, 公布了 …) right before `pos`, as a word of its own. */
function afterListingVerb(ctx: ExtractContext, pos: number): boolean {
  const { text } = ctx;
  const at = text[pos - 1] === '了' ? pos - 1 : pos;
  const words = [...ctx.res.lex.recognitions.cues, ...ctx.res.lex.programmePublishedCues, '入围', '上榜'];
  return words.some((w) => text.endsWith(w, at) && isTokenStart(ctx, at - w.length));
}

/** Where a sentence ends (or a paragraph). */
const SENTENCE_END = /[。！？\n]/u;

/**
 * “某某贷”, “某某保”: a bank's or an insurer's product named by its ending alone, in a sentence that speaks of money lent
 * or insured (`financialProducts.cues`); the ending once only (“应贷尽贷” is a slogan), the name of a few characters.
 */
function isFinancialProduct(ctx: ExtractContext, inner: string, qStart: number, qEnd: number): string | undefined {
  const f = ctx.res.lex.financialProducts;
  if (inner.length < f.minInner || inner.length > f.maxInner) return undefined;
  // (“禾乡e贷”: Latin letters beside enough Chinese characters — prog.financial-product.latin-letter.)
  const latin = !/^[\u4e00-\u9fff]+$/u.test(inner);
  if (latin && (!/^[\u4e00-\u9fffA-Za-z]+$/u.test(inner) || (inner.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) < f.latin.minHan + 1 || !/[\u4e00-\u9fff]$/u.test(inner))) return undefined;
  const ending = f.endings.find((e) => inner.endsWith(e));
  if (!ending || inner.indexOf(ending) !== inner.length - ending.length) return undefined;
  const rule = latin ? f.latin.id : f.id;
  // (“创业担保贷”: an ending that says money is lent needs no cue — prog.financial-product.self-cued.)
  if (cuedSentence(ctx, f.cues, qStart, qEnd)) return rule;
  return f.selfCued.endings.includes(ending) ? (latin ? rule : f.selfCued.id) : undefined;
}

/** The sentence around the quotes (the quotes left out) holds one of `cues`. */
function cuedSentence(ctx: ExtractContext, cues: readonly string[], qStart: number, qEnd: number): boolean {
  const { text } = ctx;
  let from = qStart;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = qEnd;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  const sentence = text.slice(from, qStart) + text.slice(qEnd, to);
  return cues.some((w) => sentence.includes(w));
}

/** “稳岗返还”, “一次性扩岗补助”: a subsidy scheme named by its own ending, in a sentence of the money paid (prog.quoted-subsidy). */
function isQuotedSubsidy(ctx: ExtractContext, inner: string, qStart: number, qEnd: number): boolean {
  const q = ctx.res.lex.quotedSubsidies;
  if (inner.length < q.minInner || inner.length > q.maxInner || !/^[\u4e00-\u9fff]+$/u.test(inner) || isSpeech(ctx.text, inner, qStart)) return false;
  const ending = q.endings.find((e) => inner.endsWith(e));
  if (!ending || inner.indexOf(ending) !== inner.length - ending.length) return false;
  return cuedSentence(ctx, q.cues, qStart, qEnd);
}

/**
 * “链长制”, “首问负责制”, “专利诊所”: the kind of a quoted name that ends in a word of its own (`quotedOwnEndings`), of
 * a few Chinese characters, not quoted speech; none for a word of that ending that is no system (体制, 股份制), nor a
 * clinic with no word of business or service in its name.
 */
function ownEnding(ctx: ExtractContext, inner: string, qStart: number): ProgrammeKind | undefined {
  const q = ctx.res.lex.quotedOwnEndings;
  if (inner.length < q.minInner || inner.length > q.maxInner || !/^[\u4e00-\u9fff]+$/u.test(inner) || isSpeech(ctx.text, inner, qStart)) return undefined;
  const e = q.entries.find((x) => inner.endsWith(x.ending) && !x.notEndings.some((w) => inner.endsWith(w)) && (x.needs.length === 0 || x.needs.some((w) => inner.includes(w))));
  return e?.kind;
}

/**
 * 金华市制造业数字化|“某某”计划, 某县农业|“某某”行动: the start of a name a place (named in full, as the gazetteer
 * has it) opens before a quoted name, with only the field's words between (no verb, no punctuation, no 的). A place
 * that is the clause's subject is followed by a verb (某县开展“某某”行动) and opens nothing.
 */
function placeOpening(ctx: ExtractContext, qStart: number): { start: number; place: NonNullable<MentionAttrs['place']> } | undefined {
  const start = growLeft(ctx, qStart, { maxLength: 16, allowYear: false });
  if (start >= qStart || !isTokenStart(ctx, start)) return undefined;
  const place = placeAt(ctx, start, qStart);
  if (!place || place.end >= qStart || /[的之]/u.test(ctx.text.slice(place.end, qStart))) return undefined;
  // 某市某区“某某”工程: a chain of places alone before the quotes is no field (the places may pair up: 甲县与某市乙区).
  let chainEnd = place.end;
  for (let next = placeAt(ctx, chainEnd, qStart); next && next.end > chainEnd; next = placeAt(ctx, chainEnd, qStart)) chainEnd = next.end;
  if (chainEnd >= qStart) return undefined;
  for (let ti = ctx.tokenAt[place.end]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < qStart; ti++) {
    const t = ctx.tokens[ti]!;
    if (t.tag.startsWith('v') && t.tag !== 'vn') return undefined;
  }
  return { start, place };
}

/** A verb of receiving a prize (获, 荣获, 摘得 …), the last one inside a name grown left from a prize's ending. */
const RECEIVING_VERB = /(?:荣获|斩获|获得|摘得|夺得|赢得|捧得|获)(?!得)/gu;
function pastReceivingVerb(text: string, start: number, typeStart: number): number {
  let after = start;
  RECEIVING_VERB.lastIndex = 0;
  const stem = text.slice(start, typeStart);
  for (let m = RECEIVING_VERB.exec(stem); m; m = RECEIVING_VERB.exec(stem)) after = start + m.index + m[0].length;
  return after;
}

/** How an event for many projects is held, between their name and the event's type word (集中签约活动). */
const EVENT_MANNER = /^(?:集中|统一)$/u;

/** The endings of a government body's name (省科技厅, 县农业农村局, 市政府). */
const GOVERNMENT_ENDING = /(?:局|厅|委|办|署|部|政府)$/u;

function bare(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  for (let ti = 0; ti < ctx.tokens.length; ti++) {
    const tok = ctx.tokens[ti]!;
    // 第三届茶叶|节在|某镇开幕: jieba's guess for an unknown pair glued the type word to the preposition after it.
    const glued = isGluedToFunctionChar(ctx, tok);
    const typeEnd = glued ? tok.end - 1 : tok.end;
    if (!lex.tries.programmeTypes.mayMatchAt(text, typeEnd)) continue;
    const type = lex.tries.programmeTypes.longest(text, typeEnd, Math.max(0, typeEnd - 5), (v) => v[0]!.bare)?.values[0];
    if (!type) continue;
    const typeStart = typeEnd - type.word.length;
    // 夸奖, 获奖, 颁奖: the token is a word of its own, not a name ending in 奖.
    if (!glued && type.word.length === 1 && tok.word.length === 2 && lex.awardStopStems.has(tok.word[0]!)) continue;
    if (text[typeStart - 1] === '”' || text[typeStart - 1] === '"') continue; // handled as quoted
    // 被专家组认定为…: the type word is the verb.
    if (text[typeEnd] === '为') continue;
    // The type word closes a word (计划 in 计划书 does not).
    if (type.minStem && !glued && !isTokenEnd(ctx, tok.end)) continue;
    let start = growLeft(ctx, typeStart, { maxLength: MAX_PROGRAMME, allowYear: true });
    // 2026年第一季度重大产业项目|集中|签约活动: a signing or a ground-breaking held for many projects at once names them
    // and says how it is held (集中, 统一) before its type word; the name runs on past that word
    // (prog.type.event.*: the event, not the projects, is named).
    if (start === typeStart && type.id.startsWith('prog.type.event.') && EVENT_MANNER.test(text.slice(typeStart - 2, typeStart))) start = growLeft(ctx, typeStart - 2, { maxLength: MAX_PROGRAMME - 2, allowYear: true });
    // 示范区建设试点名单: a verb of building before a type word (建设试点, 建设项目) is inside the name.
    const verb = tokenBefore(ctx, start);
    // 客商服务|联络员机制, 居民服务|网格员机制: so is a verbal noun after a noun, a noun phrase of the name.
    if (verb && verb.tag === 'vn' && (lex.tries.programmeTypes.longest(text, ctx.tokens[ctx.tokenAt[start]!]!.end, start)?.at === start || tokenBefore(ctx, verb.start)?.tag === 'n')) {
      const further = growLeft(ctx, verb.start, { maxLength: MAX_PROGRAMME - (typeEnd - verb.start), allowYear: true });
      if (further < verb.start) start = further;
    }
    start = trimLeadingGeneric(ctx, start, typeStart);
    // 兑现|汽车以旧换新补贴, 申领|购置补贴: a subsidy is named by what it pays for, nouns; a verb before them is the
    // clause's (trimVerbs: prog.type.subsidy.*).
    if (type.trimVerbs) {
      while (start < typeStart) {
        const t = ctx.tokens[ctx.tokenAt[start]!]!;
        if (t.start !== start || t.end > typeStart || !/^v/u.test(t.tag)) break;
        start = t.end;
      }
    }
    // 在某某大赛中获一等奖 (jieba: 中获/x): a prize's name starts after the verb that receives it (prog.award.after-receiving).
    if (type.kind === 'Award') start = pastReceivingVerb(text, start, typeStart);
    // 省级未来乡村示范村名单: a word of time inside a list's name, after its scope, is part of it (not 今年|…名单).
    if (type.kind === 'Recognition') start = pastInnerTimeWord(ctx, start, typeEnd);
    // 发布第三批某某培育名录, 列入全国某某改革试点, 启动某某试点工作: a guide, a list or a pilot is named where it is
    // published or listed, and its name runs from the verb (a batch and a year after it are not in the name).
    if (type.needs === 'published') {
      const named = publishedStart(ctx, typeStart);
      if (named === undefined || typeStart - named < type.minStem!) continue;
      start = named;
    }
    // 甲、乙两村|联建产业园项目: a count of places closes the list before the name; the name starts after it.
    start = afterCountedPlaces(text, start, typeStart);
    // 衢州市科技成果|转化|平台: a platform's name, as a project's, goes on past the verbs that say what it does to a
    // place that opens it.
    if (type.kind === 'Platform' && type.needs === 'place') start = pastVerbs(ctx, start, typeStart, typeEnd);
    // 第二十届中国（上海）国际文化|创意|产业博览会: a fair's name may hold a verb (jieba's 创意/v), where an edition opens it.
    if (type.kind === 'TradeFair') start = pastVerbToEdition(ctx, start, typeEnd);
    // 中国—东盟博览会, 中国-南亚博览会: a fair of two parties joined by a dash opens with the first (prog.fair.dash-pair).
    if (type.kind === 'TradeFair' && /[—－-]/u.test(text[start - 1] ?? '') && start - 1 > 0) {
      const first = placeBefore(ctx, text[start - 2] === '—' ? start - 2 : start - 1);
      if (first && first.start >= Math.max(0, start - 8)) {
        start = first.start;
        // 第七届中国—东盟博览会: an edition right before the first party opens the name too (prog.fair.dash-pair.edition).
        const edition = new RegExp(`(?:${lex.editionPattern.source})$`, 'u').exec(text.slice(Math.max(0, start - 8), start));
        if (edition) start -= edition[0].length;
      }
    }
    if (type.kind === 'Project') start = afterOwningCompany(text, pastVerbs(ctx, pastCapacity(ctx, start, typeStart, typeEnd), typeStart, typeEnd), typeStart);
    // 开通数据交易平台 … 某市数据交易平台: a platform named without its place where the text names it with one
    // elsewhere is that one (its name is the full one).
    let namedElsewhere: string | undefined;
    if (type.minStem && type.needs !== 'published' && !properStem(ctx, start, typeStart, type)) {
      namedElsewhere = type.needs === 'place' ? placedElsewhere(ctx, start, typeEnd, type) : undefined;
      if (!namedElsewhere) continue;
    }
    // 省科技厅|认定…: a government body's name before a type word that is also a verb is the body acting (not
    // 高新技术企业|认定, the firms' title certified: prog.not.body-plans).
    if (!type.minStem && lex.programmeBodyPlans.types.includes(type.word) && GOVERNMENT_ENDING.test(text.slice(start, typeStart))) continue;
    // 某某国际玩具展等境外展会: after 等 the type word names the kind of what the list before it holds, no one.
    if (LIST_CLOSER.test(text.slice(start, typeEnd))) continue;
    // 某县|第十二届运动会, 某省|第三届…大赛: a place right before the edition opens the name.
    const front = lex.editionPattern.exec(text.slice(start, typeStart))?.index === 0 ? placeBefore(ctx, start) : undefined;
    if (front) start = front.start;
    const stem = text.slice(start, typeStart);
    const edition = lex.editionPattern.exec(stem);
    const year = /^((?:19|20)\d{2})(?:年度?)?/.exec(stem);
    const core = stem.replace(lex.editionPattern, '').replace(/^(?:19|20)\d{2}(?:年度?)?/, '');
    if (core.replace(/[（）()]/g, '').length < 2 || lex.awardStopStems.has(core)) continue;
    // 部分受表彰人员名单: a list named by the people on it is no recognition (prog.not.people-list).
    if (lex.programmePeopleLists.types.includes(type.word) && lex.programmePeopleLists.stemEndings.some((w) => core.endsWith(w))) continue;
    // 境外展会, 线上展会 (三场线上展会): a scope or manner alone, perhaps counted, makes a kind of fair, not one.
    if (lex.programmeVagueStems.has(core.replace(/^(?:\d+|[一二两三四五六七八九十几多数]+)[场次个项]/u, ''))) continue;
    // 春季展销会: a season alone says when, not which.
    if (SEASON_WORDS.has(core)) continue;
    if (/^[\d\s]+$/.test(core)) continue;
    // A qualifier in brackets right after the name belongs to it: 交易会（俄罗斯站—羽绒服专场）.
    let end = typeEnd;
    const q = /^[（(][^（）()\n。]{1,24}[)）]/.exec(text.slice(end, end + 26));
    if (q) end += q[0].length;
    const attrs: MentionAttrs = {};
    if (edition) attrs.edition = edition[0];
    if (year) {
      attrs.year = Number(year[1]);
      attrs.edition ??= stem.slice(0, year[0].length);
    }
    const coreStart = start + stem.length - core.length;
    const place = front ?? placeAt(ctx, coreStart, typeStart);
    if (place) attrs.place = place;
    const level = /^[省市县区]/.exec(core);
    if (level && !place) attrs.ref = level[0] === '省' ? 'home-province' : level[0] === '市' ? 'home-city' : 'local-area';
    attrs.canonical = namedElsewhere ?? canonicalProgrammeName(core + type.word, type) + (q ? q[0] : '');
    out.push(candidate('Programme', start, end, `${type.id}.bare`, type.word.length >= 2 ? 0.85 : 0.8, attrs, type.kind));
  }
  return out;
}

/**
 * 第二十届中国（上海）国际文化|创意|产业博览会: the growth of a fair's name stopped at a verb between nouns; past it, the
 * name goes on where what grows further left opens with an edition (第N届, 首届) or a place and nouns after it — not
 * 上海举办|产业博览会 (a place, then the verb).
 */
function pastVerbToEdition(ctx: ExtractContext, start: number, end: number): number {
  const verb = tokenBefore(ctx, start);
  if (!verb || verb.end !== start || !/^v(?!n)/u.test(verb.tag) || verb.word.length !== 2) return start;
  const noun = tokenBefore(ctx, verb.start);
  if (!noun || !/^n(?!r|s)/u.test(noun.tag)) return start;
  const further = growLeft(ctx, verb.start, { maxLength: MAX_PROGRAMME - (end - verb.start), allowYear: true });
  // (Nouns and places only before the verb: 某公司参加中国国际|进口|博览会 grows past another verb to a firm.)
  if (further >= verb.start || hasVerb(ctx, further, verb.start) || /公司|集团|企业/u.test(ctx.text.slice(further, verb.start))) return start;
  // (An edition right before a place that opens the name counts: 第二十届|中国（上海）…, the place ending the growth.)
  const edition = new RegExp(`(?:${ctx.res.lex.editionPattern.source})$`, 'u').exec(ctx.text.slice(Math.max(0, further - 8), further));
  if (ctx.res.lex.editionPattern.exec(ctx.text.slice(further, verb.start))?.index === 0) return further;
  const place = placeAt(ctx, further, verb.start);
  if (!place) return start;
  // (Or a place with the field's nouns after it: 中国（上海）国际文化|创意|…, not a place then the verb.)
  return edition ? further - edition[0].length : place.end < noun.start ? further : start;
}

/**
 * 全国|现代农业产业园名单, 省级|未来|乡村示范村名单: the growth of a list's name stopped at a word of time (未来, 现代) that a scope opens
 * (省级, 全国, 国家级 …) right before it: the name starts at the scope (and a year before it, as growLeft takes).
 */
function pastInnerTimeWord(ctx: ExtractContext, start: number, end: number): number {
  // (全国|现代农业产业园名单: a scope the growth stopped at opens the list's name too.)
  const own = tokenBefore(ctx, start);
  if (own && own.end === start && ctx.res.lex.recognitions.scopes.includes(own.word) && end - own.start <= MAX_PROGRAMME) return own.start;
  const tw = tokenBefore(ctx, start);
  if (!tw || tw.tag !== 't' || tw.word.length < 2 || TIME_AFTER.has(tw.word) || /[\d年月日]/u.test(tw.word)) return start;
  const scope = tokenBefore(ctx, tw.start);
  if (!scope || !ctx.res.lex.recognitions.scopes.includes(scope.word)) return start;
  const further = growLeft(ctx, scope.start, { maxLength: MAX_PROGRAMME - (end - scope.start), allowYear: true });
  return Math.min(further, scope.start);
}

/**
 * The full name of the platform [start, end) names without its place, where the text prints the same words right
 * after a place elsewhere (开通数据交易平台 … 某市数据交易平台): the place and the words; none, undefined. The
 * words must be a name's own (long enough, not a count, not of common phrases but for the type word's).
 */
function placedElsewhere(ctx: ExtractContext, start: number, end: number, type: ProgrammeType): string | undefined {
  const { text } = ctx;
  const words = text.slice(start, end);
  if (words.length - type.word.length < type.minStem! + 1 || isCountedBefore(ctx, start) || !isTokenStart(ctx, start)) return undefined;
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) {
    if (i === start) continue;
    const place = placeBefore(ctx, i);
    if (place && isTokenStart(ctx, i) && isTokenEnd(ctx, i + words.length)) return place.text + words;
  }
  return undefined;
}

/**
 * 某某有限公司|年产5万吨聚氨酯项目, 某某股份有限公司|二期项目: a company named in full before a project owns it; the
 * company is a name of its own (read from its legal form), and the project's name starts after it — with only a
 * phase or a kind of work left (二期, 扩建), the project has no name.
 */
function afterOwningCompany(text: string, start: number, typeStart: number): number {
  let after = start;
  LEGAL_FORM_IN.lastIndex = 0;
  const stem = text.slice(start, typeStart);
  for (let m = LEGAL_FORM_IN.exec(stem); m; m = LEGAL_FORM_IN.exec(stem)) after = start + m.index + m[0].length;
  return after < typeStart ? after : start;
}

/** 等 closing a list (not of 平等, 高等, 同等 …). */
const LIST_CLOSER = /(?<![平高同初中上次对相均])等(?!级|奖|次)/u;

/** A company's legal form (some informal firm names, 某某公司, stay in a project's name). */
const LEGAL_FORM_IN = /有限(?:责任)?公司/gu;

const CAPACITY_UNIT = /^[万亿]?(?:千瓦|兆瓦|吉瓦|吨)/u;
const CAPACITY_BEFORE = /(?:年产)?\d+(?:\.\d+)?[万亿]?(?:千瓦|兆瓦|吉瓦|吨)$/u;

/**
 * 某县某能源公司30万千瓦海上风电示范项目, 某饲料公司年产10万吨饲料加工项目: a project's capacity is part of
 * its name, and the name goes on leftwards past it to the firm or place that owns it. A name never starts inside
 * the figure (万千瓦…项目); with nothing named before the figure, it starts after it.
 */
function pastCapacity(ctx: ExtractContext, start: number, typeStart: number, end: number): number {
  const { text } = ctx;
  let figStart = start;
  while (figStart > 0 && /[\d.]/.test(text[figStart - 1]!)) figStart--;
  let figEnd = start;
  if (figStart < start) {
    // The growth stopped at the digits: the unit is the start of the span (30|万千瓦).
    const unit = CAPACITY_UNIT.exec(text.slice(start, typeStart));
    if (!unit) return start;
    figEnd = start + unit[0].length;
    if (text.endsWith('年产', figStart)) figStart -= 2;
  } else {
    // The growth stopped before a whole figure (年产10万吨|饲料加工项目).
    const fig = CAPACITY_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    if (!fig) return start;
    figStart = start - fig[0].length;
  }
  const owner = growLeft(ctx, figStart, { maxLength: MAX_PROGRAMME - (end - figStart), allowYear: false });
  return owner < figStart ? trimLeadingGeneric(ctx, owner, figStart) : figEnd;
}

/**
 * 某县某能源公司废弃矿坑回填修复风电示范项目: a project's name says what it does, with verbs (回填, 修复)
 * that stop the growth. Past them the name goes on when a place opens it further left, followed by a name, not
 * by a verb (某县推进…示范项目: the county is the subject, and the project starts after the verb).
 */
function pastVerbs(ctx: ExtractContext, start: number, typeStart: number, end: number): number {
  const { text } = ctx;
  if (placeAt(ctx, start, typeStart)) return start;
  let passedVerb = false;
  for (let pos = start; pos > 0; ) {
    const tok = tokenBefore(ctx, pos);
    if (!tok || end - tok.start > MAX_PROGRAMME) return start;
    const verb = tok.tag.startsWith('v') && !ctx.res.lex.stopwords.has(tok.word);
    const capacity = /^\d/.test(tok.word) && CAPACITY_UNIT.test(text.slice(tok.end, typeStart));
    if (!verb && !capacity && isBreak(ctx, tok)) return start;
    passedVerb ||= verb;
    pos = tok.start;
    const place = placeAt(ctx, pos, typeStart);
    if (!place) continue;
    if (!passedVerb || tokenAfter(ctx, place.end)?.tag.startsWith('v')) return start;
    return growLeft(ctx, pos, { maxLength: MAX_PROGRAMME - (end - pos), allowYear: true });
  }
  return start;
}

/**
 * A bare name's stem for types that end common phrases too (工程, 计划, 机制, 平台, 项目): long enough, not
 * ending in a word of common phrases (长效工作机制), not counted (三个项目), and holding what the type needs
 * (a place for a platform, a place or a name word for a project).
 */
/** A count of editions held right before a name (举办多届, 已连续举办了十届, 成功举办三届). */
const EDITIONS_HELD = /(?:举办|举行|承办|办)了?(?:多|几|数|[一二三四五六七八九十两\d]+)届$/u;
/** The world's scope opening a congress's name (世界杨梅大会, 全球某某大会, 国际某某大会). */
const WORLD_SCOPE = /^(?:世界|全球|国际)/u;

function properStem(ctx: ExtractContext, start: number, end: number, type: ProgrammeType): boolean {
  const { lex } = ctx.res;
  const stem = ctx.text.slice(start, end).replace(/[（）()]/g, '');
  if (stem.length < type.minStem! || isCountedBefore(ctx, start)) return false;
  // 某某市|计划在…建成: a place alone before the type word is the subject of a verb (plans to), no name.
  const place = placeAt(ctx, start, end);
  if (place && place.start === start && place.end === end) return false;
  // 县水利局|计划再投入…, 公司|计划新建…: a body's name before a type word that is also a verb is the body planning
  // (programme-types.json, bodyPlans: prog.not.body-plans).
  if (lex.programmeBodyPlans.types.includes(type.word) && lex.programmeBodyPlans.bodyEndings.some((w) => stem.endsWith(w))) return false;
  // 市重点技改项目, 重点工程: a grade of importance makes a kind of project, not a name.
  if (/^(?:[省市县区镇]级?)?重点/u.test(stem)) return false;
  // 某市工业互联网公共服务平台: a name a place opens, of nouns only, may end in a word of common phrases (not
  // 某局牵头建设平台: a verb says what is done).
  const generic = lex.programmeGenericStems.some((w) => stem.endsWith(w));
  if (type.needs === 'place') return placeAt(ctx, start, end) !== undefined && (!generic || !hasVerb(ctx, start, end));
  if (generic) return false;
  // 首届杨梅节, 2023年西瓜节: a festival named by its product alone is one only with its edition or year.
  // (举办多届杨梅节, 已举办三届某某节: the editions held, printed before the name, name it as its own edition does —
  // prog.type.editions-held-before.)
  if (type.needs === 'edition') return lex.editionPattern.test(stem) || /^(?:19|20)\d{2}/u.test(stem) || EDITIONS_HELD.test(ctx.text.slice(Math.max(0, start - 8), start));
  // 世界杨梅大会, 全球某某大会: a congress named by the world (世界, 全球, 国际) and its subject; 职工代表大会, 表彰大会
  // are meetings (prog.type.dahui.world).
  if (type.needs === 'world') return WORLD_SCOPE.test(stem) && stem.length >= 4 && !/(?:代表|表彰|动员|推进|工作|誓师|总结|部署)$/u.test(stem);
  if (type.needs === 'name') {
    // 第二届农民丰收节, 首届乡村美食文化节: an edition or a year names a festival as well as a place does.
    if (placeAt(ctx, start, end) || lex.editionPattern.test(stem) || /^(?:19|20)\d{2}/u.test(stem)) return true;
    for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) {
      const t = ctx.tokens[ti]!;
      // (Not j: jieba's abbreviations are as often of trades, 技改 and 光伏, as of names.)
      if (t.word.length >= 2 && /^(?:x|nr|nrt|nz|ns)$/.test(t.tag) && /^[\u4e00-\u9fff]+$/.test(t.word)) return true;
    }
    return false;
  }
  return true;
}

/** A verb (not a verbal noun) among the words of [start, end). */
function hasVerb(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (/^v(?!n)/u.test(ctx.tokens[ti]!.tag)) return true;
  return false;
}

/**
 * 孵化器认定名单 names the recognition 孵化器认定; the list is one year's outcome of it. 某某试点工作 is the pilot
 * 某某试点, and so are its units (某某试点县, 某某试点单位: the place or body listed is where it is trialled).
 */
function canonicalProgrammeName(name: string, type: ProgrammeType): string {
  if (type.word === '认定名单' || type.word === '试点工作' || type.word === '试点单位') name = name.slice(0, -2);
  else if (/^试点[县市区镇村]$/u.test(type.word)) name = name.slice(0, -1);
  // 新一轮某某改革试点, 新一批某某名录: the round is when, not which.
  return name.replace(/^((?:全国|全省|全市|全县|国家级|省级|市级)?)新一[轮批]/u, '$1');
}

/** What may stand between a verb of publishing and the name: 了, a year, a batch (发布了2024年度第三批…). */
const AFTER_PUBLISHING = /^[了的]?(?:(?:19|20)\d{2}年度?)?(?:(?:第[一二三四五六七八九十\d]+|首)批)?/u;
/** What a name after such a verb never holds: a clause's end, a list, a description, a count. */
const NOT_IN_PUBLISHED = /[，,。；;：:！？、“”"《》（）()\s的等]|^[\d一二两三四五六七八九十几多数]+[个批项份本类家]|^(?:一系列|一揽子|系列|多项|各项|各类|相关|有关|若干|新的|优惠|扶持|支持|惠企|惠民|配套)/u;

/**
 * Where a guide's, a list's or a pilot's name starts: after the nearest verb of publishing, listing or launching
 * (`publishedCues`) before `typeStart`, as a word of its own, past 了, a year and a batch; none, or words between
 * that no name holds: no name.
 */
function publishedStart(ctx: ExtractContext, typeStart: number): number | undefined {
  const { text } = ctx;
  for (let i = typeStart - 1; i >= Math.max(0, typeStart - 28); i--) {
    if (/[，,。；;：:！？\n]/u.test(text[i]!)) return undefined;
    const cue = ctx.res.lex.programmePublishedCues.find((w) => text.startsWith(w, i));
    if (!cue || !isTokenStart(ctx, i) || !isTokenEnd(ctx, i + cue.length) || i + cue.length >= typeStart) continue;
    const start = i + cue.length + AFTER_PUBLISHING.exec(text.slice(i + cue.length, typeStart))![0].length;
    return start < typeStart && !NOT_IN_PUBLISHED.test(text.slice(start, typeStart)) ? start : undefined;
  }
  return undefined;
}

const DOCUMENT_TITLE = /《([^《》\n]{2,60})》/gu;

function documentTitles(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { endings, id } = ctx.res.lex.documentTitle;
  // Most texts have no title marks: the regex is not run over them.
  if (!ctx.text.includes('《')) return out;
  const re = DOCUMENT_TITLE;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const title = m[1]!;
    // 《…行动方案（2025—2027年）》: the period in brackets follows the word for the document.
    const word = title.replace(/[（(][^（）()]*[)）]$/u, '');
    if (!endings.some((e) => word.endsWith(e))) continue;
    // 他写的《某某指南》一书: a book (or an article) someone wrote, not an official document.
    const { notBefore, notAfter } = ctx.res.lex.documentTitle;
    const end = m.index + m[0].length;
    if (notAfter.some((w) => ctx.text.startsWith(w, end)) || notBefore.some((w) => ctx.text.endsWith(w, m!.index))) continue;
    out.push(candidate('Programme', m.index, m.index + m[0].length, id, 0.85, { canonical: title }, 'Policy'));
  }
  return out;
}
