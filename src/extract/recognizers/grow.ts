// Growing a name leftwards from its ending. Chinese organisation and programme names are built right to
// left — 组织形式 last, then industry words, the trade name, and a place first — so from an ending such as
// 有限公司 or 交易会 we take tokens leftwards until a word that cannot be part of a name: punctuation, a
// function word, a verb that introduces a name (落户, 荣获, 由), a number (unless it is a year or edition).
// A bracketed place inside the name (（嘉兴）) or a bracketed qualifier (首台（套）) is kept.
import { isOrdinaryWord, isTokenEnd, tokenAfter, tokenBefore, type ExtractContext, type Token } from '../context.js';
import { isConjunctionAndLevel } from './places.js';
import { numeralVillageAt } from './admin-names.js';

export interface GrowOptions {
  maxLength: number;
  /** Keep a leading year or edition (2022, 2022年度, 第二十三届) as part of the span. */
  allowYear?: boolean;
  /** Words of the trade (投资, 发展, 服务) before the ending or before one another belong to a company's name. */
  tradeWords?: boolean;
}

// Not zg: jieba gives it to thousands of rare characters, which are name characters more often than not
// (清溪沅); the few common words among them (很, 仍) are stopwords.
const BREAK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'q', 'y', 'e', 'o', 'k']);
const PUNCT = /^[\s，。、；：！？“”‘’"'《》〈〉（）()【】\[\]—…·,.;:!?+＋/|]+$/u;
const YEAR = /(?:19|20)\d{2}(?:年度?)?$/;

/**
 * The start of the name whose ending starts at `end` (the ending itself is not examined). Returns `end` if
 * nothing precedes the ending.
 */
export function growLeft(ctx: ExtractContext, end: number, opts: GrowOptions): number {
  const { text, res } = ctx;
  let pos = end;
  // The ending may start inside a token (水泥厂 → 水泥 + 厂): the token's head belongs to the name.
  if (!isTokenEnd(ctx, pos)) {
    const t = ctx.tokens[ctx.tokenAt[pos]!]!;
    if (t.start < pos && !isBreak(ctx, t)) pos = t.start;
    else return pos;
  }
  while (pos > 0) {
    const tok = tokenBefore(ctx, pos);
    if (!tok) break;
    if (tok.word === '）' || tok.word === ')') {
      const open = bracketStart(text, tok.start);
      if (open !== -1 && end - open <= opts.maxLength && tok.start - open <= 8) {
        pos = open;
        continue;
      }
      break;
    }
    // 投资发展有限公司, 科技服务有限公司: words of the trade run up to the ending, though some are verbs.
    const tradeRun = opts.tradeWords && INDUSTRY_WORDS.has(tok.word) && (pos === end || INDUSTRY_WORDS.has(tokenAfter(ctx, pos)?.word ?? ''));
    // 中国|安|能|建设集团有限公司, 浙江|华|顺|物流有限公司: a two-character trade name jieba cut into two one-character
    // words (verbs, often), right after a place that opens the name and before the words of the trade, is the trade
    // name (grow.split-trade-name).
    const trade = opts.tradeWords && INDUSTRY_WORDS.has(tok.word) ? tokenBefore(ctx, tok.start) : undefined;
    if (trade) {
      const split = splitTradeNameStart(ctx, trade);
      if (split !== undefined && end - split <= opts.maxLength) {
        pos = split;
        continue;
      }
    }
    // 入区企业|某某汽车科技有限公司: a word for firms in general before the name describes it (企业集团 is one name).
    if (opts.tradeWords && pos !== end && CLASS_NOUNS.has(tok.word)) break;
    // 浙江|振兴|电子有限公司, 平湖市|未来|服饰有限公司: between a place and the words of the trade stands the
    // trade name (字号), whatever word it is; not a verb of founding (在某市|成立|…公司) nor a function word.
    if (!tradeRun && opts.tradeWords && pos !== end && isBreak(ctx, tok) && isTradeNameBetween(ctx, tok, end)) {
      pos = tok.start;
      continue;
    }
    // 浦江县|果然鲜|家庭农场: a trade name of two words (an adverb and a noun) between a place and the ending.
    if (!tradeRun && opts.tradeWords && isBreak(ctx, tok)) {
      const run = tradeNameRunStart(ctx, pos, end);
      if (run !== undefined && end - run <= opts.maxLength) {
        pos = run;
        continue;
      }
    }
    // 浙江|三|美化工…, 某省|九|阳…: one numeral's character right after a place opens a firm's trade name (三美, 九阳),
    // not a count: no measure word follows it.
    if (opts.tradeWords && pos !== end && tok.word.length === 1 && /^m/u.test(tok.tag) && ONE_TO_TEN.has(tok.word) && !MEASURE_AFTER_NUMERAL.test(text[pos] ?? '') && isPlaceTokenBefore(ctx, tok.start)) {
      pos = tok.start;
      continue;
    }
    // 某某台|煤矿, 某某口|煤矿: a measure word's character inside a firm's name, right after a word of the name
    // and no number (一台, 这座): the name's, not a count's.
    if (opts.tradeWords && tok.tag === 'q' && tok.word.length === 1 && isNameWordBefore(ctx, tok.start)) {
      pos = tok.start;
      continue;
    }
    if (!tradeRun && isBreak(ctx, tok) && !SEASON_WORDS.has(tok.word)) {
      if (opts.allowYear && /\d/.test(tok.word)) {
        const y = YEAR.exec(text.slice(Math.max(0, pos - 8), pos));
        if (y && pos - y[0].length >= 0 && end - (pos - y[0].length) <= opts.maxLength) pos -= y[0].length;
      }
      break;
    }
    if (end - tok.start > opts.maxLength) break;
    // 从县|行政服务中心, 由村|股份经济合作社: jieba's guess glued a preposition or a conjunction to the level word a
    // name opens with; the name starts after it.
    if (isFunctionCharGlued(ctx, tok)) {
      pos = tok.start + 1;
      break;
    }
    // 某某|和县|医院 after a name: the conjunction 和 and the level word of the next body (isConjunctionAndLevel).
    if (tok.start === pos - 2 && isConjunctionAndLevel(ctx, tok.start, pos)) {
      pos = tok.start + 1;
      break;
    }
    // 合作社|由桐岭|村党支部: the same with a longer unknown word after a noun.
    if (tok.start === pos - tok.word.length && gluedFunctionChar(ctx, tok.start)) {
      pos = tok.start + 1;
      break;
    }
    // 某某物流公司|同绿|塬果业公司, 某某合作社|和顺|达…: a firm's ending, then a conjunction or a preposition jieba glued to
    // the next firm's first character: the next firm's name starts after it (grow.firm-then-glued-conjunction).
    if (opts.tradeWords && pos !== end && isConjunctionGluedAfterFirm(ctx, tok)) {
      pos = tok.start + 1;
      break;
    }
    // A place opens a name (平湖市极地户外服饰有限公司): once we reach one, only another place (or, for
    // programmes, a year: 2023年度浙江省科学技术进步奖) may precede it.
    // A chain of places runs from the larger to the smaller (浙江嘉兴平湖市); a larger place after a smaller one
    // (某某区|山东…公司) starts the name, and the smaller one only says where it is.
    // (浙江|中国小商品城集团, 江苏|中国某某建材城: 中国 after a province is a word of a firm's name, which the province opens.)
    const opening = ctx.tokens[ctx.tokenStartingAt[pos]!]!.word;
    if (opensWithPlace(ctx, pos, end) && (!isPlaceToken(ctx, tok) || (placeRank(ctx, tok.word) > placeRank(ctx, opening) && !(opts.tradeWords && opening === '中国' && placeRank(ctx, tok.word) === RANKS['Province'])))) {
      // 某某集团|包头某某公司: a group's unit named by its own place after the group's name is the group's unit,
      // and its name opens with the group's.
      // (某某有限公司|某县|分公司: a branch named by its company and the place it serves opens with the company's name
      // — grow.branch-of-company.)
      const group = opts.tradeWords ? (groupStartBefore(ctx, pos, end, opts) ?? companyStartBeforeBranch(ctx, pos, end, opts)) : undefined;
      if (group !== undefined) {
        pos = group;
        break;
      }
      // 中车|眉山|车辆有限公司, 华润|五丰|山东|食品有限公司: a parent's brand opening a firm's name before the place of its
      // unit is the name's start (grow.parent-brand-before-place).
      const brand = opts.tradeWords && !isPlaceToken(ctx, tok) ? parentBrandStart(ctx, tok, end, opts) : undefined;
      if (brand !== undefined) {
        pos = brand;
        break;
      }
      // 海南|农垦|五指山茶业集团, 黑龙江|森工|某某林业局: a province's state farms or forest industry (a system of firms
      // named by its province) before a place opening a firm's name is the parent system the firm is named in.
      const system = opts.tradeWords && STATE_SYSTEMS.has(tok.word) ? tokenBefore(ctx, tok.start) : undefined;
      if (system && placeRank(ctx, system.word) === RANKS['Province'] && end - system.start <= opts.maxLength) {
        pos = system.start;
        break;
      }
      if (opts.allowYear) {
        const y = YEAR.exec(text.slice(Math.max(0, pos - 8), pos));
        if (y && end - (pos - y[0].length) <= opts.maxLength) pos -= y[0].length;
      }
      break;
    }
    pos = tok.start;
  }
  if (opts.allowYear) {
    const edition = res.lex.editionPattern.exec(text.slice(Math.max(0, pos - 8), pos));
    if (edition && text.slice(Math.max(0, pos - 8), pos).endsWith(edition[0])) pos -= edition[0].length;
  }
  return pos;
}

/** jieba's tags of a word that may end the word of a name before a measure word's character (布尔|台, 石门|台). */
const NAME_WORD_TAGS = /^(?:x|nr|nrt|nrfg|nz|ns|n)$/;

/** A word of a name, of two characters or more and no numeral, ends at `pos`. */
function isNameWordBefore(ctx: ExtractContext, pos: number): boolean {
  const before = tokenBefore(ctx, pos);
  return before !== undefined && before.end === pos && before.word.length >= 2 && NAME_WORD_TAGS.test(before.tag) && /^[\u4e00-\u9fff]+$/u.test(before.word) && !isBreak(ctx, before) && !NUMERAL.test(before.word);
}

/** A sum's unit after its digits (3000|万元, 5|亿元, 万美元): the figure's, never a word of a name (金丰|元 is one). */
const MONEY = /^[十百千万亿]+(?:元|美元|欧元|港元|日元)$/u;
const CURRENCY = /^(?:元|美元|欧元|港元|日元)$/u;
const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿几半多余第数]+[个只件项家名人次届期批座所条栋幢处位支台辆]?$/u;

/** Level words (市级, 国家级) and ordinals without numerals (首台) sit inside names despite their tags. */
const INSIDE_NAMES = /^(?:级|[省市县区镇]级|国家级|首台|首套|首批|首届|第[一二三四五六七八九十]{1,3})$/u;

function opensWithPlace(ctx: ExtractContext, pos: number, limit: number): boolean {
  const g = ctx.res.gazetteer;
  return (
    ctx.res.placeTrie.longest(ctx.text, pos, Math.min(limit, pos + g.maxNameLength), (v, at) => {
      const entries = g.lookup(v[0]!);
      // (A short form running right up to the ending opens the name, though jieba glued them into one word: 浙江|队.)
      return entries.some((x) => x.form === 'full') || (entries.some((x) => x.form !== 'abbr' && x.form !== 'distant') && (isTokenEnd(ctx, at) || at === limit));
    }) !== undefined
  );
}

const DEMONSTRATIVE = /^(?:这|那|哪|每|各|该|此|其|某)[\u4e00-\u9fff]{0,2}$/u;

// A region (华南, 长三角) is no administrative division and forms no chain: in a firm's name it is a word of the
// name (某市华南某某有限公司), so it has no rank here.
const RANKS: Partial<Record<string, number>> = { Country: 0, Province: 1, City: 2, County: 3, District: 3, DevelopmentZone: 3, Town: 4, Subdistrict: 4, Village: 5, Community: 5 };

/** How small a place the word names: 1 a province … 5 a village (the largest reading when several); 9 if none. */
function placeRank(ctx: ExtractContext, word: string): number {
  let rank = 9;
  for (const e of ctx.res.gazetteer.lookup(word)) if (e.form !== 'abbr') rank = Math.min(rank, RANKS[ctx.res.gazetteer.get(e.placeId)?.kind ?? ''] ?? 9);
  return rank;
}

/** Verbs that put a firm somewhere (在某市成立…公司): never a trade name, though a place precedes them. */
const PLACING_VERBS = new Set(['成立', '注册', '设立', '创办', '创立', '新建', '组建', '引进', '落户', '入驻', '投资', '收购', '兼并', '合资', '独资', '新设', '筹建', '共建', '联合', '携手', '牵手', '对接', '签约', '参观', '走进', '来到', '考察', '调研', '看望', '慰问', '位于', '拥有', '成为', '打造', '培育', '扶持', '支持', '帮助', '服务', '鼓励', '引导', '推动', '带动', '依托', '通过', '利用', '借助', '发展', '建设', '建立', '组织', '举办', '召开', '开展']);

/**
 * `tok` is a trade name between a place and the rest of a company's name: two or three characters of Chinese, a
 * place token right before it, words of the trade or a name after it up to the ending, and no function word, verb
 * of placing a firm or time word.
 */
function isTradeNameBetween(ctx: ExtractContext, tok: Token, end: number): boolean {
  if (tok.word.length < 2 || tok.word.length > 3 || !/^[\u4e00-\u9fff]+$/u.test(tok.word)) return false;
  if (PLACING_VERBS.has(tok.word) || ctx.res.lex.stopwords.has(tok.word) || BREAK_TAGS.has(tok.tag) || /^(?:t|m|f|s)$/.test(tok.tag) && !TIME_NAMES.has(tok.word)) return false;
  const before = tokenBefore(ctx, tok.start);
  if (!before || !isPlaceToken(ctx, before)) return false;
  // Something of the name's own stands between the trade name and the ending (电子, 服饰): not the ending alone.
  return end - tok.end >= 2;
}

/**
 * The start of a trade name of two or three words (果然|鲜, 好|运|来) of up to four characters that ends at `pos`
 * and follows a place: no verb, function word, number or word of the stop list among them (积极|培育 and
 * 大力|发展 hold a verb: the clause's predicate, not a name).
 */
function tradeNameRunStart(ctx: ExtractContext, pos: number, end: number): number | undefined {
  // The name's words already read after `pos`, but for the words of the trade (食品, 开发): with none, the run
  // itself is three or four characters (果然|鲜 before 家庭农场); after some (果真|甜 before 果蔬专业合作社), two will do.
  let named = 0;
  for (let ti = ctx.tokenAt[pos]; ti !== undefined && ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (!INDUSTRY_WORDS.has(ctx.tokens[ti]!.word)) named += ctx.tokens[ti]!.word.length;
  let at = pos;
  for (let k = 0; k < 3; k++) {
    const t = tokenBefore(ctx, at);
    if (!t || !/^[\u4e00-\u9fff]+$/u.test(t.word)) return undefined;
    if (k > 0 && isPlaceToken(ctx, t)) return pos - at + Math.min(named, 1) >= 3 && pos - at <= 4 ? at : undefined;
    if (/^(?:v|vn|vd|p|c|u|uj|ul|uz|ug|uv|ud|r|m|mq|q|f|y|e|o|k)/.test(t.tag) || ctx.res.lex.stopwords.has(t.word) || PLACING_VERBS.has(t.word) || isPlaceToken(ctx, t)) return undefined;
    at = t.start;
  }
  return undefined;
}

/**
 * The start of two one-character words (安|能) ending with `tok` that follow a place token: no function word, number,
 * measure, pronoun, adverb or word of the stop list among them, and not a common word of the dictionary together.
 */
function splitTradeNameStart(ctx: ExtractContext, tok: Token): number | undefined {
  const first = tokenBefore(ctx, tok.start);
  if (!first || tok.word.length !== 1 || first.word.length !== 1 || !/^[\u4e00-\u9fff]{2}$/u.test(first.word + tok.word)) return undefined;
  // (The second may be a verb of the stop list, 能 of 安能; the first opens the clause's predicate if it is one: 浙江要建….)
  for (const t of [first, tok]) if (/^(?:p|c|u|d|r|m|q|f|y|e|o|t|s)/.test(t.tag) || (ctx.res.lex.stopwords.has(t.word) && (t === first || !t.tag.startsWith('v')))) return undefined;
  // (Not a common word together, which jieba would have kept whole; a rare one it split, 安能, may be a name's.)
  if (isOrdinaryWord(ctx, first.word + tok.word)) return undefined;
  const place = tokenBefore(ctx, first.start);
  return place && isPlaceToken(ctx, place) && place.word.length >= 2 ? first.start : undefined;
}

/** A province's systems of state firms, named by the province (海南农垦, 龙江森工) before their firms' names. */
const STATE_SYSTEMS = new Set(['农垦', '森工', '垦区']);

/** Time words that are trade names as often as not (未来, 明天): jieba tags them t. */
const TIME_NAMES = new Set(['未来', '明天', '今天', '新时代', '春天']);

export function isPlaceToken(ctx: ExtractContext, tok: Token): boolean {
  return tok.tag === 'ns' || ctx.res.gazetteer.lookup(tok.word).some((x) => x.form !== 'abbr');
}

/**
 * Words that describe a trade (行业用语) may be verbs and still belong to a company's name
 * (机械制造有限公司, 房地产开发公司); any other common verb or adjective ends a name grown leftwards.
 */
const INDUSTRY_WORDS = new Set(['制造', '开发', '创新', '设计', '研发', '生产', '加工', '销售', '贸易', '投资', '咨询', '管理', '服务', '建设', '发展', '运输', '物流', '装饰', '装修', '印刷', '包装', '养殖', '种植', '培训', '教育', '检测', '维修', '租赁', '经营', '制作', '安装', '营销', '传媒', '置业', '开采', '冶炼', '纺织', '印染', '制药', '研究', '保险', '证券', '信托', '担保', '孵化', '修复', '环保', '节能', '交易', '出口', '进出口', '供应链', '智造', '控制', '驱动', '传动', '照明', '通信', '测控', '控股', '运营', '仓储', '分拣', '配送', '策划', '认证', '造纸', '铸造', '锻造', '酿造', '冶金', '拍卖', '云计算', '开关', '冷链', '电商', '度假', '旅游', '文旅', '康养', '餐饮']);

/** A word of a trade (仓储, 物流, 制造): it says what a body does, never which body it is. */
export function isTradeWord(word: string): boolean {
  return INDUSTRY_WORDS.has(word);
}

/** Every word from `start` to `end` is a word of the trade (发展, 投资发展): an ending cut from its name. */
export function onlyTradeWords(ctx: ExtractContext, start: number, end: number): boolean {
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) {
    // (加工厂: the word before the ending inside jieba's word.)
    const t = ctx.tokens[ti]!;
    if (!INDUSTRY_WORDS.has(t.end > end ? t.word.slice(0, end - t.start) : t.word)) return false;
  }
  return start < end;
}

// Regexes of the per-token tests, compiled once (a literal in a function is a new RegExp object at every call).
const VERB_TAGS = /^(v|vd|vi|vg)$/;
const DIGIT_FIRST = /^\d/;
const YEAR_FIRST = /^(?:19|20)\d{2}/;

function isCommonVerbOrAdjective(ctx: ExtractContext, tok: Token): boolean {
  // Adjectives stay: names are full of them (先进材料, 智能光电); evaluative ones are stopwords.
  if (!VERB_TAGS.test(tok.tag) || INDUSTRY_WORDS.has(tok.word)) return false;
  // One-character words (新 in 新材料, 大 in 大众) are too often part of names to end one. A verb with its
  // complement (办起, 建成) is a verb however rare.
  return tok.word.length >= 2 && ((ctx.res.dictionary.get(tok.word)?.freq ?? 0) >= 300 || (tok.word.length === 2 && VERB_COMPLEMENTS.has(tok.word[1]!)));
}

export function isBreak(ctx: ExtractContext, tok: Token): boolean {
  if (INSIDE_NAMES.test(tok.word)) return false;
  if (isCommonVerbOrAdjective(ctx, tok) || DEMONSTRATIVE.test(tok.word)) return true;
  if (PUNCT.test(tok.word)) return true;
  if (ctx.res.lex.stopwords.has(tok.word)) return true;
  if (BREAK_TAGS.has(tok.tag)) return true;
  // (某镇|十一|村|某某合作社: a village named by a numeral, right after its town, is a word of the name.)
  if (tok.tag === 'm' && ctx.text[tok.end] === '村' && numeralVillageAt(ctx, tok.start, tok.end + 1)) return false;
  // Numbers end a name; words that merely start with a numeral character (零部件, 首台) do not.
  if (DIGIT_FIRST.test(tok.word) || ((tok.tag === 'm' || tok.tag === 'mq') && (NUMERAL.test(tok.word) || MONEY.test(tok.word) || (CURRENCY.test(tok.word) && /\d$/u.test(ctx.text[tok.start - 1] ?? ''))))) return true;
  if (tok.tag === 't' && !YEAR_FIRST.test(tok.word)) return true;
  if (tok.word === '\n') return true;
  // 今年以来, 入冬以来: a span of time ends a name before it as a date does.
  if (tok.word.length >= 3 && tok.word.endsWith('以来')) return true;
  return false;
}

function bracketStart(text: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 10; i--) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') return i;
    if (/[，。；：！？\n（）()]/.test(ch)) return -1;
  }
  return -1;
}

/**
 * Time words that name a kind, not a date (夜间经济样板区, 春季招聘会, 日间照料中心, 中秋晚会): inside a name they
 * are words of it. Words that point to the article's time (今年, 近日, 当前) still end a name.
 */
export const SEASON_WORDS: ReadonlySet<string> = new Set(['夜间', '日间', '晚间', '春季', '夏季', '秋季', '冬季', '周末', '暑期', '暑假', '寒假', '春节', '元宵', '端午', '中秋', '重阳']);

const PREPOSITION_CHARS = new Set('由在对向从与和为被把将让给'.split(''));
/** Words for firms in general (a company's name does not hold them before its trade words). */
const CLASS_NOUNS = new Set(['企业', '厂商', '厂家', '商家', '单位', '客户', '龙头企业']);
/** Directional and resultative complements that follow a verb (建起, 办成, 引进). */
const COMPLEMENT_CHARS = new Set('起成出进到上下好'.split(''));
/** Complements that make a two-character word a verb phrase (办起, 建成, 做好, 搬到). */
const VERB_COMPLEMENTS = new Set('起成到好'.split(''));

/** Drops leading words that qualify rather than name (相关, 有关, 各, 全市, 该, 一家). */
export function trimLeadingGeneric(ctx: ExtractContext, start: number, end: number): number {
  // A preposition jieba glued onto an unknown name (由明途/x): the name starts after it.
  const first = ctx.tokens[ctx.tokenAt[start]!];
  if (first && first.start === start && first.tag === 'x' && first.word.length >= 3 && PREPOSITION_CHARS.has(first.word[0]!)) start += 1;
  // A verb's complement, alone or glued onto an unknown name (建设|起|钙镁…产业园, 办|起锂/电…园): the name
  // starts after it.
  else if (first && first.start === start && (first.tag === 'x' || (first.word.length === 1 && first.tag.startsWith('v'))) && COMPLEMENT_CHARS.has(first.word[0]!) && /^v/.test(tokenBefore(ctx, start)?.tag ?? '')) start += 1;
  const GENERIC = /^(?:相关|有关|各|各级|各类|全市|全县|全区|全省|全国|该|这家|一家|多家|多地|各地|两地|一个|一批|此|本|其|我们|当地|国内外|海内外|国内|优质|知名|重点|龙头|骨干)/u;
  let s = start;
  for (;;) {
    const m = GENERIC.exec(ctx.text.slice(s, end));
    if (!m || !isTokenEnd(ctx, s + m[0].length)) break;
    s += m[0].length;
  }
  return s;
}

const PLURAL_COUNT = /(?:^|[^第\d])(?:\d+|[两二三四五六七八九十百千几多数]+)余?(?:个|家|座|所|处|批|条|类|种)$/u;
const FIRST_OF_KIND = /(?:第一|首)(?:个|家|座|所|批)$/u;

/**
 * 5个物流园区, 3家科技公司, 第一家生物医药公司: what is counted in the plural, or is the first of its kind, is a
 * kind of thing, not a name (一家 may name one).
 */
export function isCountedBefore(ctx: ExtractContext, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 6), start);
  if (FIRST_OF_KIND.test(before)) return true;
  const m = PLURAL_COUNT.exec(before);
  return m !== null && !/^[一1]$/.test(m[0].replace(/[^\d一二两三四五六七八九十百千几多数]/g, ''));
}

/**
 * A word of two characters outside jieba's dictionary (its own guess, tagged x) whose first character is a
 * preposition or a conjunction (从, 由, 在, 和) and whose second opens a name as a level word does (县, 市, 村).
 */
export function isFunctionCharGlued(ctx: ExtractContext, tok: Token): boolean {
  return tok.tag === 'x' && tok.word.length === 2 && GLUED_LEVELS.has(tok.word[1]!) && FUNCTION_TAG.test(ctx.res.tags.get(tok.word[0]!) ?? '');
}

/**
 * The other way round: an unknown pair of jieba's guessing whose second character is a preposition or a
 * conjunction (节在, 会于), so the first character ends the word before it (第三届茶叶|节在|某镇开幕).
 */
export function isGluedToFunctionChar(ctx: ExtractContext, tok: Token): boolean {
  return tok.tag === 'x' && tok.word.length === 2 && FUNCTION_TAG.test(ctx.res.tags.get(tok.word[1]!) ?? '');
}

/**
 * 工坊|由鹤溪|街道妇联, 我们|和石桥|村…: jieba glued a preposition or a conjunction to the first characters of a name it
 * did not know (one unknown token of three characters or more), right after a word that the function word follows
 * (a noun, a pronoun, a verb's object); the name starts after it. (向家坝, 和家庄: a surname's 家 keeps the name whole.)
 */
export function gluedFunctionChar(ctx: ExtractContext, start: number): boolean {
  const t = ctx.tokens[ctx.tokenAt[start]!]!;
  if (t.start !== start || t.tag !== 'x' || t.word.length < 3 || t.word[1] === '家') return false;
  if (!/^[pc]$/.test(ctx.res.tags.get(t.word[0]!) ?? '')) return false;
  const before = tokenBefore(ctx, start);
  return before !== undefined && before.end === start && /^(?:n|ng|nz|r|nr|nrfg|vn)$/.test(before.tag) && /[\u4e00-\u9fff]$/u.test(before.word);
}

/** A firm's ending, closing the word before a glued conjunction (公司|同绿). */
const FIRM_WORD_END = /(?:公司|集团|合作社|联合社|工厂|农场|商行|超市)$/u;

/**
 * `tok` is an unknown word of two or three characters (x) whose first is a conjunction or a preposition of linking
 * (同, 与, 和, 跟, 及), right after a word that closes a firm's name (物流公司, 合作社): the link between two firms, glued to
 * the second one's first character.
 */
function isConjunctionGluedAfterFirm(ctx: ExtractContext, tok: Token): boolean {
  if (tok.tag !== 'x' || tok.word.length < 2 || tok.word.length > 3 || !/^[同与和跟及]/u.test(tok.word)) return false;
  const before = tokenBefore(ctx, tok.start);
  return before !== undefined && before.end === tok.start && FIRM_WORD_END.test(before.word);
}

/** Numerals of one character that open trade names (三美, 五洲, 九阳, 七匹狼). */
const ONE_TO_TEN = new Set(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万']);
/** A measure word or a unit after a numeral makes it a count (三家, 五个, 十年). */
const MEASURE_AFTER_NUMERAL = /^[家个座所名位户年月日天次批项条件台辆吨亩元万亿]/u;

/** The token ending at `pos` is a place's. */
function isPlaceTokenBefore(ctx: ExtractContext, pos: number): boolean {
  const t = tokenBefore(ctx, pos);
  return t !== undefined && isPlaceToken(ctx, t);
}

/** A group's ending (集团, 集团公司…) ending right before a unit's name. */
const GROUP_BEFORE = /(?:集团|集团公司|集团有限公司|集团股份有限公司)$/u;

/**
 * Where the name of a group ending at `pos` starts (远景集团|包头…公司, 中煤集团|榆林…公司), or undefined: the group's
 * own name, grown from its ending as a firm's is, of two characters or more, no place alone (某市集团 is no name),
 * the whole within the longest name. 中 and one character of a trade (中煤, 中铁) name a state group.
 */
function groupStartBefore(ctx: ExtractContext, pos: number, end: number, opts: GrowOptions): number | undefined {
  const m = GROUP_BEFORE.exec(ctx.text.slice(Math.max(0, pos - 7), pos));
  if (!m || !isTokenEnd(ctx, pos - m[0].length)) return undefined;
  const ending = pos - m[0].length;
  let start = growLeft(ctx, ending, { ...opts, maxLength: opts.maxLength - (end - ending) });
  if (ending - start === 1 && ctx.text[start - 1] === '中' && /^f$/.test(ctx.tokens[ctx.tokenAt[start - 1]!]!.tag)) start--;
  if (ending - start < 2 || end - start > opts.maxLength) return undefined;
  if (opensWithPlace(ctx, start, ending) && isPlaceToken(ctx, ctx.tokens[ctx.tokenAt[start]!]!) && ctx.tokens[ctx.tokenAt[start]!]!.end === ending) return undefined;
  return start;
}

/** A company's legal form right before a branch's place, and the branch's ending after it. */
const COMPANY_BEFORE_BRANCH = /(?:股份有限公司|有限责任公司|有限公司)$/u;
const BRANCH_ENDINGS = ['分公司', '支公司', '分厂'];

/**
 * 北方某某新能源有限公司|四子王旗|分公司: where the company's name starts whose legal form ends right before the place
 * at `pos`, when the name ends in a branch's ending at `end` — the branch is named by its company and its place.
 */
function companyStartBeforeBranch(ctx: ExtractContext, pos: number, end: number, opts: GrowOptions): number | undefined {
  if (!BRANCH_ENDINGS.some((b) => ctx.text.startsWith(b, end))) return undefined;
  const m = COMPANY_BEFORE_BRANCH.exec(ctx.text.slice(Math.max(0, pos - 7), pos));
  if (!m || !isTokenEnd(ctx, pos - m[0].length)) return undefined;
  const ending = pos - m[0].length;
  const start = growLeft(ctx, ending, { ...opts, maxLength: opts.maxLength - (end - ending) });
  return ending - start >= 2 && end - start <= opts.maxLength ? start : undefined;
}

/** Tags jieba gives a brand it does not know (x) or knows as a name (nz, nt, j: 华润, 国网). */
const BRAND_TAGS = new Set(['x', 'nz', 'nt', 'j']);
const isBrandWord = (ctx: ExtractContext, t: Token): boolean =>
  BRAND_TAGS.has(t.tag) &&
  /^[\u4e00-\u9fff]{2,4}$/u.test(t.word) &&
  !isPlaceToken(ctx, t) &&
  !PLACING_VERBS.has(t.word) &&
  !ctx.res.lex.stopwords.has(t.word) &&
  !isOrdinaryWord(ctx, t.word) &&
  // (脱胎|于原|某县…厂: a preposition or a conjunction glued to a qualifier or a name's first character is no brand.)
  !/^[pc]$/.test(ctx.res.tags.get(t.word[0]!) ?? '') &&
  !BRAND_NOT_FIRST.has(t.word[0]!);
/** Characters no brand opens with: qualifiers of a name (原 former, 前, 现) and words of linking jieba glues on. */
const BRAND_NOT_FIRST = new Set([...'原前现于与和同跟及在从由对为向把被将']);

/**
 * 中车|眉山车辆有限公司, 华润|五丰|山东食品有限公司: one or two words of a brand (a word jieba does not know, or knows as
 * a name, of two to four characters, no place, no verb of placing a firm, no common word) right before the
 * place opening a firm's unit, the brand itself right after a break (punctuation, a function word, a verb), is the
 * parent's brand the unit is named by: the name starts there (grow.parent-brand-before-place). Returns that start.
 */
function parentBrandStart(ctx: ExtractContext, tok: Token, end: number, opts: GrowOptions): number | undefined {
  if (!isBrandWord(ctx, tok)) return undefined;
  let first = tok;
  const prev = tokenBefore(ctx, tok.start);
  if (prev && prev.end === tok.start && isBrandWord(ctx, prev)) first = prev;
  if (end - first.start > opts.maxLength) return undefined;
  const before = tokenBefore(ctx, first.start);
  if (before && before.end === first.start && !isBreak(ctx, before) && !PLACING_VERBS.has(before.word) && !/^v/u.test(before.tag)) return undefined;
  return first.start;
}

/** Where one or two words of a brand (isBrandWord) starting at `start` end, if any do (中车|, 华润|五丰|). */
export function brandRunEnd(ctx: ExtractContext, start: number): number | undefined {
  const first = ctx.tokens[ctx.tokenStartingAt[start] ?? -1];
  if (!first || !isBrandWord(ctx, first)) return undefined;
  const second = ctx.tokens[ctx.tokenStartingAt[first.end] ?? -1];
  return second && isBrandWord(ctx, second) ? second.end : first.end;
}

const GLUED_LEVELS = new Set(['县', '市', '区', '镇', '乡', '村', '省']);
const FUNCTION_TAG = /^[pc]$/;

/** A count of places (两村, 三个乡镇, 5个社区) inside a name grown to [start, end). */
const COUNTED_PLACES = /[一二两三四五六七八九十\d]+个?(?:村|镇|乡|乡镇|社区|街道|县|区)/gu;

/** Where a name grown from `start` to `end` starts, after the last count of places inside it (if any). */
export function afterCountedPlaces(text: string, start: number, end: number): number {
  COUNTED_PLACES.lastIndex = 0;
  let after = start;
  const stem = text.slice(start, end);
  for (let m = COUNTED_PLACES.exec(stem); m; m = COUNTED_PLACES.exec(stem)) {
    // (某镇十一村: a village named by a numeral right after its town is no count — not after 全镇, 各乡.)
    const before = text.slice(Math.max(0, start + m.index - 3), start + m.index);
    if (/^[一二三四五六七八九十]+村$/u.test(m[0]) && /(?:镇|乡|街道)$/u.test(before) && !/(?:全|各|每|该|本)(?:镇|乡|街道)$/u.test(before)) continue;
    after = start + m.index + m[0].length;
  }
  return after;
}
