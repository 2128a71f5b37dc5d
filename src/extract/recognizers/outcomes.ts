// Outcomes: reported figures. A figure is a number (Arabic or Chinese, with 万/亿), perhaps a range
// (800万元至900万元) or approximate (近12万户, 1200多家次, 50万套左右, 90%以上, a round figure reached: 上千人,
// 破亿元), followed by a unit from the unit lexicon. Its value is normalised to the base unit; what was counted
// (the measure) is read from the words around it — the verb and object before it (走访企业 1200多家次), or the
// noun after it (18家优质羽绒服企业); the period from the nearest time expression before it in the sentence.
// Dates, ages, durations, ordinals and product specifications are not outcomes.
import type { ExtractContext, Token } from '../context.js';
import { candidate, type Candidate, type OutcomeValue } from '../mention.js';
import { codeTable, isHan } from '../chars.js';
import { isAsciiDigit } from '../../text/chars.js';

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千二百 → 1200, 十五 → 15, 七八 → 7 (ranges are handled by the caller). */
export function parseChineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
      seen = true;
    } else if (ch in CN_UNITS) {
      total += (digit || 1) * CN_UNITS[ch]!;
      digit = 0;
      seen = true;
    } else return undefined;
  }
  return seen ? total + digit : undefined;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]*几[十百千]?|[零〇一二两三四五六七八九十百千]+|[万亿]`;
const SCALE = '万亿|千万|百万|十万|亿|万|千|百';
const APPROX_BEFORE = /(?:将近|接近|大约|近|约|超过|超|逾|不到|不足)$/u;
const APPROX_WORD = /^(?:将近|接近|大约|近|约|超过|超|逾|不到|不足)$/u;
const APPROX_AFTER = '左右|上下|以上|以下|出头|多|余';
// 上千人, 破亿元, 过万家, 超百万台, 数千名: words before a lone scale that make it a round figure reached.
const THRESHOLD_BEFORE = /(?:上|破|过|超|逾|近|数|突破)$/u;
const DURATION_AFTER = /^(?:月|个月|小时|星期|工作日|年|天|周|分钟)/u;
// A period printed before a figure: a year (2023年, or 今年, 去年… — not 比去年, a comparison) and perhaps a part of
// it (上半年, 前三季度, 1至9月, 10月底), or a part alone (一季度, 截至10月底, 至今). resolve/periods.ts reads it
// against the date of issue.
const MONTH_NUM = '\\s*[0-9一二三四五六七八九十]{1,3}\\s*';
const PART_OF_YEAR = `(?:度|以来|全年|上半年|下半年|前[二两三]个?季度|前${MONTH_NUM}个月|第?[一二三四1-4]季度|${MONTH_NUM}(?:至|到|-|—)${MONTH_NUM}月份?|${MONTH_NUM}月(?:底|末|份)?(?!${MONTH_NUM}[日号])|年?(?:底|末))`;
const PART_ALONE = `上半年|下半年|前[二两三]个?季度|前${MONTH_NUM}个月|第?[一二三四]季度|${MONTH_NUM}(?:至|到|-|—)${MONTH_NUM}月份?|截至${MONTH_NUM}月(?:底|末)|[0-9一二三四五六七八九十]{1,3}月份|截至目前|截至当前|至今|每年|全年|近年来|近\\d+年|近[两三四五六七八九十]年(?:来)?|[“"]?十[一二三四五六]五[”"]?(?:以来|期间)`;
const PERIOD = new RegExp(`(?:截至)?(?<![比较于])(?:(?:19|20)\\d{2}年|今年|去年|明年|前年|本年|上年)(?:${PART_OF_YEAR})?|${PART_ALONE}`, 'gu');
const WEAK_VERBS = /^(?:现有|有望|可望|力争|争取|预期|共|共有|共计|累计|合计|总计|已|已经|达|达到|达至|增至|升至|降至|为|是|有|已有|拥有|保持|维持|实现|完成|约|近|超过|可|可达|能|将|预计|增加|新增|同比增长|增长|突破|高达|多达|超|逾|最高|最多|最低)$/u;

interface FigureMatch {
  start: number;
  end: number;
  value: OutcomeValue;
  parts?: MeasurePart[];
  /** The period printed for the base of a comparison (比2022年的16.2万千瓦): the figure's own, whatever the sentence's. */
  basePeriod?: string;
  /** A figure of a list after 分别 (分别增长5.1%和6.8%): the index among its sentence's figures of the one it changes. */
  distributive?: { from: number; word: string };
  /** An item of a table-like list of places (规上工业产值前三的是：甲镇86.3亿元、乙镇72.1亿元): the list's label. */
  listLabel?: MeasurePart[];
  /** The rule that read it, where not the plain figure's. */
  rule?: string;
}

/** A clause of nothing but a change or a share (增长, 分别下降, 占比): it goes on about the figure before it. */
/** Words before 同比 naming what grew (产值, 营业收入, 税收): two or more characters of a noun ending in what is measured. */
const OWN_GROWTH_NOUN = /[\u4e00-\u9fff]*(?:产值|收入|营收|税收|利润|销售额|增加值|投资|总额|总量|产量|销量|出口额|进口额|交易额|成交额|营业额|规模|客流|人次|人数|面积|存栏量|出栏量|数量)\s*$/u;
const BARE_CHANGE = /^\s*(?:(?:比|较)(?:上年|去年|前年|上一年|上月|上期|年初|(?:19|20)\d{2}年)(?:同期)?|同比|环比)?(分别)?(增长|下降|增加|减少|提高|提升|上升|回落|新增|占比|比重|占)(?:了|为|达|达到)?\s*$/u;
/** A clause opening with the base of a comparison, up to its figure (比2022年的, 较去年同期的): group 1 the base's year. */
const COMPARED_BASE = /^\s*(?:比|较)((?:19|20)\d{2}年(?:底|末)?|去年|上年|前年)?(?:同期)?的\s*$/u;
const COMPARED_BASE_OPEN = /^\s*(?:比|较)(?:(?:19|20)\d{2}年(?:底|末)?|去年|上年|前年)?(?:同期)?的\s*$/u;
/** …the base's figure, then the change: 比2022年的16.2万千瓦增长了. */
const CHANGE_AFTER_BASE = /^\s*(?:比|较)[^，,。；;]{0,12}?的[^，,。；;]{1,16}?(增长|提高|增加|下降|减少|降低|提升)了?\s*$/u;
/** A verb of change right before a rate, perhaps after the base it is compared with (比去年同期增长, 较上年提高): group 1 a base of last year. */
const PLAIN_GROWTH = /(?:(?:比|较)(?:(上年|去年|上一年)|前年|(?:19|20)\d{2}年)(?:同期)?)?(增长|下降|增加|减少|提高|上升|回落)了?\s*$/u;
/** A whole a share is taken from, before its 的 (拿出营收的, 将利润的), and the use it is put to after the share (投入研发). */
const SHARE_SPENT_BEFORE = /(?:拿出|提取|提出|安排|划出|将|把)([\u4e00-\u9fff]{1,6}?)的\s*$/u;
const SHARE_SPENT_AFTER = /^(?:投入|用于|投向|分给|分配给|返还给|返还)[\u4e00-\u9fff]{1,6}?(?=[，,。；;、”"]|$)/u;
/** A clause of nothing but a comparison with an average or another area's level (高于全省平均水平, 比全市平均水平高出). */
const ABOVE_AVERAGE = /^\s*(?:高于|低于|高出|低出|快于|慢于|领先)[^，,。；;\d]{1,12}\s*$/u;
const AVERAGE_ABOVE = /^\s*(?:比|较)[^，,。；;\d]{0,10}?(?:平均水平|平均值|均值|平均|水平)(?:高出|低出|高|低|快|慢)了?\s*$/u;
/** A clause of nothing but the base a multiple is of (，是去年同期的2倍; 为上年的1.5倍; 是十年前的1.5倍). */
const MULTIPLE_OF = /^\s*(?:是|为|相当于)([^，,。；;\d]{1,8}?)的\s*$/u;
/** 从 (由) right before a figure, perhaps with its period and 的 between (从2019年的). */
const FROM_BEFORE = /(?:从|由)(?:[^，,。；;\d]{0,4}|\d{4}年(?:底|末)?)的?\s*$/u;
/** The change to a second end after the first (…增加到, …提高至): 从 before the first is "from" (not 由 of an agent). */
const TO_AFTER = /^[^，,。；;]{0,6}?(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大|缩小|缩短|延长|发展|升|降|增)(?:到|至)/u;
/** 从A增加到, 由A提高至: the words before the second end of a change. */
const FROM_TO_BEFORE = /(?:从|由)[^，,。；;从由]{1,16}?(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大|缩小|缩短|延长|发展|升|降|增)(?:到|至)(?:[^，,。；;\d]{0,4}的)?\s*$/u;

/** A measure's words without the verbs ending it (就诊率提高到 → 就诊率, 上线率为 → 上线率). */
function nounsOf(parts: readonly MeasurePart[]): MeasurePart[] {
  let end = parts.length;
  while (end > 0 && TRAILING_VERB.test(parts[end - 1]!.text)) end--;
  const out = parts.slice(0, end);
  // (上线率为: a verb jieba glued to the noun before it.)
  const tail = out[out.length - 1];
  if (tail && tail.text.length >= 2 && /[为到至达]$/u.test(tail.text)) out[out.length - 1] = { ...tail, text: tail.text.slice(0, -1), end: tail.end - 1 };
  return out;
}
const TRAILING_VERB = /^(?:提高|提升|下降|降低|增长|增加|减少|上升|回落|缩短|扩大|达|达到|为|是|增至|升至|降至|突破|超过|实现|完成)(?:到|至|了)?$|^(?:到|至|为)$/u;

/** The last word of a measure of things counted (入住率, 产值, 销售额): what is measured of them, not what they are. */
const MEASURED_OF = /(?:率|额|量|值|收入|面积|比例|比重|价格|均价|人数|规模|产量)$/u;

/** The figures listed after the first of a list (和6.8%, 、3.1%和4.2%). */
const FIGURES_LISTED = /^(?:[和、及与][\d.]+(?:%|个百分点|万元|亿元|元|倍))+/u;

const figureRegex = new WeakMap<object, RegExp>();

/** One regex per unit lexicon: number, scale, fuzz, unit, an optional range end, an approximation. */
function figureRegexFor(lex: ExtractContext['res']['lex']): RegExp {
  let re = figureRegex.get(lex);
  if (!re) {
    const units = [...lex.units.keys()].sort((a, b) => b.length - a.length).map(escape);
    const unitAlt = units.join('|');
    // A scale is not the first character of a unit (千 of 300万千瓦时, 百 of 2百分点).
    const scaleStarts = new Set(SCALE.split('|').map((x) => x[0]!));
    const unitsAfterScale = units.filter((u) => scaleStarts.has(u[0]!));
    const scale = unitsAfterScale.length ? `(?!${unitsAfterScale.join('|')})(?:${SCALE})` : SCALE;
    re = new RegExp(
      `(${NUM})\\s*(${scale})?\\s*(多|余|来)?\\s*(${scale})?\\s*(${unitAlt})?(?:\\s*(?:至|到|-|—|~|～)\\s*(${NUM})\\s*(${scale})?\\s*(多|余)?\\s*(${unitAlt}))?\\s*(${APPROX_AFTER})?`,
      'uy',
    );
    figureRegex.set(lex, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Characters a figure starts with, as a table by code unit (read at every character of the text). */
const NUMERAL_START = codeTable('0123456789零〇一二两三四五六七八九十百千万亿几');

export function recognizeOutcomes(ctx: ExtractContext): Candidate[] {
  const re = figureRegexFor(ctx.res.lex);
  const out: Candidate[] = [];
  const bySentence = new Map<number, FigureMatch[]>();
  const figures: FigureMatch[] = [];
  const { text } = ctx;
  // Figures start at a numeral: the regex is tried only there (sticky), not scanned over all the text.
  for (let i = 0; i < text.length; i++) {
    if (!NUMERAL_START[text.charCodeAt(i)] || (i > 0 && NUMERAL_START[text.charCodeAt(i - 1)])) continue;
    // 百分之三十, 百分之12.5: a share written out in words is a percentage.
    const inWords = text.charCodeAt(i) === 0x767e ? percentInWords(ctx, i) : text.charCodeAt(i + 1) === 0x5206 || text.charCodeAt(i + 2) === 0x5206 ? fractionInWords(ctx, i) : undefined;
    const ratio = inWords ? undefined : ratioAt(ctx, i);
    let fig: FigureMatch | undefined = inWords ?? ratio;
    if (fig) i = fig.end - 1;
    else {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      i = Math.max(i, m.index + m[0].length - 1);
      fig = toFigure(ctx, m);
    }
    if (!fig) continue;
    const sentence = ctx.sentenceAt[fig.start]!;
    const previous = bySentence.get(sentence) ?? [];
    fig.parts ??= levelTakesListedNoun(ctx, fig, previous, withoutTradeDestination(ctx, measureOf(ctx, fig, previous)));
    fig.value.measure = measureText(fig.parts, ctx.res.lex.notApproximations);
    // 志愿服务时长达3600小时, 培训46期: a gated unit makes a figure only with one of its words in the measure, and not
    // after 第 (outcome.unit.gated).
    const gated = ctx.res.lex.measures.gatedUnits.units.find((g) => g.unit === fig!.value.unit);
    if (gated && (!gated.words.some((w) => fig!.value.measure.includes(w)) || text[fig.start - 1] === '第')) continue;
    const period = fig.basePeriod ?? periodBefore(ctx, fig.start);
    if (period) fig.value.period = period;
    const outlook = outlookBefore(ctx, fig.start);
    if (outlook) fig.value.outlook = outlook;
    previous.push(fig);
    bySentence.set(sentence, previous);
    figures.push(fig);
    out.push(candidate('Outcome', fig.start, fig.end, fig.rule ?? (fig.value.valueMax !== undefined ? 'outcome.range' : fig.value.approximate ? 'outcome.approximate' : 'outcome.figure'), 0.85, { outcome: fig.value, measureParts: fig.parts }));
  }
  carryPeriods(ctx, figures);
  headlineCopies(ctx, figures);
  return out;
}

/**
 * 我县集中签约12个项目 总投资86.5亿元 (the title's line) over …签约项目12个，总投资86.5亿元: a figure of the first line
 * restating exactly one figure of the body takes that figure's measure and period — one fact (outcome.headline-copy).
 */
function headlineCopies(ctx: ExtractContext, figures: readonly FigureMatch[]): void {
  const lineEnd = ctx.text.indexOf('\n');
  if (lineEnd < 0) return;
  for (const f of figures) {
    if (f.start >= lineEnd) break;
    const same = figures.filter((g) => g.start > lineEnd && g.value.value === f.value.value && g.value.valueMax === f.value.valueMax && g.value.unit === f.value.unit && g.value.outlook === f.value.outlook);
    const g = same.length === 1 ? same[0]! : undefined;
    if (!g?.parts?.length || !f.parts) continue;
    // (In place: the candidate holds the array; its measure is read from it again after selection.)
    f.parts.splice(0, f.parts.length, ...g.parts);
    f.value.measure = g.value.measure;
    if (g.value.period && !f.value.period) {
      f.value.period = g.value.period;
      f.value.periodFrom = ctx.res.lex.measures.headlineCopy.id;
    }
  }
}

/**
 * A figure that prints no period in its sentence takes the one its report printed for it (units.json, periodCarry):
 * from the last figure before it in the same sentence joined by ； (period.carried.semicolon); from the figure before
 * a sentence opening with 其中 in its paragraph (period.carried.among); from the figure before 同期 anywhere before it
 * (period.carried.same-period); from a sentence of no figure right before, telling of a report for a period
 * (period.carried.report-lead). Figures are taken in order, so a carried period carries on. Not to a target or a
 * forecast, a comparison's base, or a figure after a word of now in its sentence.
 */
function carryPeriods(ctx: ExtractContext, figures: readonly FigureMatch[]): void {
  const { text, sentences, sentenceAt } = ctx;
  const rules = ctx.res.lex.periodCarry;
  const paragraphStart = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  // The start of the sentence that ；joins this one to (items of one sentence).
  const fullSentenceStart = (si: number): number => {
    let k = si;
    while (k > 0) {
      const prev = sentences[k - 1]!;
      const tail = text.slice(prev.start, prev.end).trimEnd();
      if (!/[；;]$/u.test(tail) || text.slice(prev.end, sentences[k]!.start).includes('\n')) break;
      k--;
    }
    return sentences[k]!.start;
  };
  // A period opening its sentence, set off by a comma, with no figure before it there (上半年，…; 记者获悉，一季度，…).
  const opensRun = (f: FigureMatch, fullStart: number): boolean => {
    const head = text.slice(fullStart, f.start);
    let last: RegExpExecArray | undefined;
    const re = new RegExp(PERIOD.source, 'gu');
    for (let m = re.exec(head); m; m = re.exec(head)) last = m;
    if (!last || last[0].replace(/\s+/g, '') !== f.value.period || !/^[，,]/u.test(head.slice(last.index + last[0].length))) return false;
    return !figures.some((g) => g.start >= fullStart && g.start < fullStart + last!.index);
  };
  // The report's lead: the first sentence of the body (the title's line left aside) printing a period, when it opens the sentence and two figures or more of the
  // sentence are of it — its period runs on into the paragraphs after (period.carried.run).
  const fromLead = new Set<FigureMatch>();
  const firstDated = figures.find((f) => f.value.period && !f.value.outlook && !f.basePeriod);
  if (firstDated && !firstDated.value.periodFrom) {
    const fullStart = fullSentenceStart(sentenceAt[firstDated.start]!);
    const re = new RegExp(PERIOD.source, 'u');
    const same = figures.filter((f) => f.start >= fullStart && fullSentenceStart(sentenceAt[f.start]!) === fullStart && f.value.period === firstDated.value.period && !f.value.outlook);
    if (!re.test(text.slice(text.indexOf('\n') + 1, fullStart)) && opensRun(firstDated, fullStart) && same.length >= 2) for (const f of same) fromLead.add(f);
  }
  // The report's lead paragraph (the first after the title's line printing a period) and the year it prints, set off
  // by a comma (今年以来，…; 2025年，…), for a 全年 alone in a later paragraph — when the lead gives no figure.
  const bodyStart = text.indexOf('\n') + 1;
  const firstPeriod = bodyStart > 0 ? new RegExp(PERIOD.source, 'u').exec(text.slice(bodyStart)) : null;
  const leadParaEnd = firstPeriod ? text.indexOf('\n', bodyStart + firstPeriod.index) : -1;
  const leadParaStart = firstPeriod ? paragraphStart(bodyStart + firstPeriod.index) : -1;
  // (Only a lead that frames the report and counts nothing — 今年以来，县某局围绕…，扎实推进各项工作。 A lead giving a
  // figure of its own, 2024年，全县新建…1.6万亩。, dates that figure, not a 全年 paragraphs on.)
  const framing = leadParaEnd > 0 && !figures.some((f) => f.start >= leadParaStart && f.start < leadParaEnd);
  const leadYear = firstPeriod && framing ? yearBefore(text.slice(leadParaStart, leadParaEnd)) : undefined;
  const lead = leadYear ? { end: leadParaEnd, year: leadYear } : undefined;
  const yearBetween = (from: number, to: number): boolean => {
    const re = new RegExp(PERIOD.source, 'gu');
    const span = text.slice(from, to);
    for (let m = re.exec(span); m; m = re.exec(span)) if (YEAR_OF_PERIOD.test(m[0].replace(/\s+/g, ''))) return true;
    return false;
  };
  for (let i = 0; i < figures.length; i++) {
    const fig = figures[i]!;
    // 全年 alone: the year printed last before it in its paragraph (period.carried.whole-year).
    if (fig.value.period && !fig.basePeriod && rules.wholeYear.words.includes(fig.value.period)) {
      let year = yearBefore(text.slice(paragraphStart(fig.start), fig.start));
      // (Else the year of the report's lead, a paragraph before, with no year printed between: 今年以来，县某局…。 …
      // 全年共开展检查3860家次.)
      if (!year && lead && lead.end <= paragraphStart(fig.start) && !yearBetween(lead.end, fig.start)) year = lead.year;
      if (year) {
        fig.value.period = `${year}${fig.value.period}`;
        fig.value.periodFrom = rules.wholeYear.id;
      }
      continue;
    }
    if (fig.value.period || fig.basePeriod || fig.value.outlook) continue;
    const si = sentenceAt[fig.start]!;
    const own = text.slice(sentences[si]!.start, fig.start);
    if (NOW_WORD.test(own) || QUOTED.test(own)) continue;
    const para = paragraphStart(fig.start);
    const full = fullSentenceStart(si);
    const before = figures.slice(0, i).reverse();
    let carried: { period: string; rule: string; from?: FigureMatch } | undefined;
    // 同期: the figure before it, wherever it is.
    const same = rules.samePeriod.words.find((w) => {
      for (let at = own.indexOf(w); at >= 0; at = own.indexOf(w, at + 1)) if (!rules.samePeriod.notAfter.some((n) => own.slice(0, at).endsWith(n))) return true;
      return false;
    });
    if (same) {
      const from = before.find((f) => f.value.period && !f.value.outlook && !f.basePeriod);
      if (from) carried = { period: from.value.period!, rule: rules.samePeriod.id };
    }
    // ；: the last figure before it in the same sentence.
    if (!carried && full < sentences[si]!.start) {
      const from = before.find((f) => f.start >= full);
      if (from && from.value.period && !from.value.outlook && !from.basePeriod) carried = { period: from.value.period, rule: rules.items.id, from };
    }
    // 其中: the figure before it in its paragraph.
    const opening = text.slice(full, full + 6).replace(/^[\s　]+/u, '');
    if (!carried && rules.among.words.some((w) => opening.startsWith(w))) {
      const from = before.find((f) => f.start < full);
      if (from && from.start >= para && from.value.period && !from.value.outlook && !from.basePeriod) carried = { period: from.value.period, rule: rules.among.id, from };
    }
    // A report's lead: the sentence right before this one's, in its paragraph, with no figure.
    if (!carried && full > para) {
      const leadEnd = full;
      const leadSi = sentenceAt[Math.max(para, leadEnd - 1)]!;
      const leadStart = Math.max(para, fullSentenceStart(leadSi));
      const lead = text.slice(leadStart, leadEnd);
      if (!figures.some((f) => f.start >= leadStart && f.start < leadEnd)) {
        const verb = rules.reportLead.verbs.map((v) => lead.indexOf(v)).filter((x) => x >= 0).sort((a, b) => a - b)[0];
        if (verb !== undefined) {
          PERIOD.lastIndex = 0;
          let last: string | undefined;
          for (let m = PERIOD.exec(lead); m; m = PERIOD.exec(lead)) if (m.index > verb) last = m[0].replace(/\s+/g, '');
          if (last && !NOW_WORD.test(lead)) carried = { period: last, rule: rules.reportLead.id };
        }
      }
    }
    // A period printed once for a run of sentences: the figure right before, in an earlier sentence (period.carried.run).
    const prev = figures[i - 1];
    if (!carried && prev && prev.value.period && !prev.value.outlook && !prev.basePeriod) {
      const prevFull = fullSentenceStart(sentenceAt[prev.start]!);
      const between = text.slice(prev.end, fig.start);
      // (Not a stock's date, 截至11月底: what is counted up to a day is no period of the flows after it.)
      const opens = !/^截至/u.test(prev.value.period) && ([rules.run.id, rules.items.id, rules.among.id, rules.wholeYear.id].includes(prev.value.periodFrom ?? '') || (!prev.value.periodFrom && opensRun(prev, prevFull)));
      const clear = !NOW_WORD.test(between) && !QUOTED.test(between) && !/^[^“「]*[”」]/u.test(between) && !rules.run.stops.some((w) => between.includes(w)) && !new RegExp(PERIOD.source, 'u').test(between);
      // (A figure after one carried so in its own sentence goes on with it: 全县外贸进出口总额12.7亿元，同比增长18.4%.)
      if ((prevFull < full || prev.value.periodFrom === rules.run.id) && opens && clear && (prevFull >= para || fromLead.has(prev))) carried = { period: prev.value.period, rule: rules.run.id, from: prev };
    }
    if (carried) {
      fig.value.period = carried.period;
      fig.value.periodFrom = carried.rule;
      if (carried.from && fromLead.has(carried.from)) fromLead.add(fig);
    }
  }
}

const YEAR_OF_PERIOD = /^(?:截至)?((?:19|20)\d{2}年|今年|去年|明年|前年|本年|上年)/u;

/**
 * The year of the last period printed in `text` that has one (2024年, 去年, the 2024年 of 2024年上半年), for a 全年
 * after it (a 全年 between goes on in it); none when a period of no year (近三年, 每年) comes after it. Only a period set
 * off by a comma (2024年，…); not a comparison's base (比去年, 与去年同期相比) nor the year of an event (2019年成立, 2022年改制).
 */
function yearBefore(text: string): string | undefined {
  let year: string | undefined;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const y = YEAR_OF_PERIOD.exec(m[0].replace(/\s+/g, ''));
    if (!y) {
      if (m[0] !== '全年') year = undefined;
      continue;
    }
    if (/(?:与|和|同|跟|是|为|相当于)$/u.test(text.slice(0, m.index)) || /^(?:同期|的)/u.test(after) || EVENT_AFTER_YEAR.test(after.slice(0, 10))) continue;
    // Only a period set off by a comma, the time of the clauses after it (2024年，全县…); a year inside a clause dates
    // its event (2022年改制, 2019年成立), not what the paragraph goes on to count.
    if (!/^[，,]/u.test(after)) continue;
    year = y[1];
  }
  return year;
}

function toFigure(ctx: ExtractContext, m: RegExpExecArray): FigureMatch | undefined {
  const { lex } = ctx.res;
  // 3000多万元: a scale may follow the 多 as well as precede it.
  const [whole, num1, scaleA, fuzzy1, scaleB, unit1, num2, scale2, fuzzy2, unit2, after] = m as unknown as [string, string, string?, string?, string?, string?, string?, string?, string?, string?, string?];
  if (scaleA && scaleB) return undefined;
  const scale1 = scaleA ?? scaleB;
  const start = m.index;
  let end = start + whole.trimEnd().length;
  // 门急诊人次达到98.6万, 出院人次4.73万; 平均住院日6.8天: a count whose unit is printed before it, in the measure.
  const printedBefore = unit2 ?? unit1 ? undefined : unitBefore(ctx, start, end, !!(scaleA ?? scaleB), !!num2);
  const unitText = unit2 ?? unit1 ?? printedBefore?.text;
  if (!unitText) return undefined;
  const unit = printedBefore?.unit ?? lex.units.get(unitText)!;
  if (printedBefore) end += printedBefore.after;
  const before = ctx.text.slice(Math.max(0, start - 4), start);
  if (/第\s*$/.test(before)) return undefined; // an ordinal: 第四网格
  // 每100公里消耗4.5公斤, 每10万人拥有: the base of a rate after 每 is no figure (the rate after it is).
  if (/每\s*$/u.test(before)) return undefined;
  // 进入全省前10名, 前20位: a rank reached is no amount (nor is 第3位, above); a rank is not kept as a figure.
  if (/前\s*$/u.test(before) && /^(?:名|位|强)$/u.test(unitText)) return undefined;
  if (/[\d.]$/.test(before) || /[A-Za-z]$/.test(before)) return undefined; // inside a code or model number
  const next = ctx.text.slice(end, end + 4);
  if (DURATION_AFTER.test(next) && unit.category === 'count') return undefined; // 3个月, 2个小时
  if (/^[A-Za-z]/.test(next)) return undefined; // 400W, 5G
  // 10亿元以上项目4个, 5000万元以上的企业: a threshold naming a class of things is no figure (the count after it is).
  if ((after === '以上' || after === '以下') && CLASS_AFTER_THRESHOLD.test(ctx.text.slice(end, end + 5))) return undefined;
  // 经营性收入超过50万元的村有126个, 年产值达1亿元的企业共32家: a threshold, with the words reaching it before it,
  // naming the class of things the count after it counts is no figure either (the count is).
  if (THRESHOLD_WORD_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start)) && THRESHOLD_CLASS_COUNTED.test(ctx.text.slice(end + (after && !whole.trimEnd().endsWith(after) ? after.length : 0), end + 14))) return undefined;
  // 全镇5个村集体收入均超过10万元: a limit every member of a set passes is no figure (outcome.not.every-member-threshold).
  if (everyMemberThreshold(ctx, start)) return undefined;
  // 一个8个人的作坊: a group's size is no outcome (outcome.not.group-size).
  if (groupSize(ctx, start, m[0])) return undefined;
  // 3吨至6吨的小型机型, 20吨以上的车型: a range or threshold of sizes naming a class of models is no figure either.
  if ((num2 || after === '以上' || after === '以下') && MODEL_CLASS_AFTER.test(ctx.text.slice(end + (after && !whole.trimEnd().endsWith(after) ? after.length : 0), end + 14))) return undefined;
  // 18号楼3单元502室: an address's parts (单元 is no count of orders), and what follows 号楼, 号院.
  if ((unitText === '单' && next.startsWith('元')) || /(?:号楼|号院|[\dA-Za-z一二三四五六七八九十]+(?:幢|栋))$/u.test(before) || /^\d+单元/u.test(next)) return undefined;
  const cn1 = !/\d/.test(num1!);
  // 千名干部, 百日攻坚, 万众: a lone 十/百/千/万 is rhetoric, not a count — unless a word of reaching a threshold
  // stands before it (上千人, 破亿元, 过万家, 数千名): then it is that round figure, approximate.
  // 十余个, 百余家, 千余名, 万余元, 百多人: a lone 十/百/千/万 with 余 or 多 after it counts (more than a hundred), approximate.
  const loneScale = /^[十百千万亿]$/.test(num1!) && !scale1;
  const threshold = loneScale && (THRESHOLD_BEFORE.test(ctx.text.slice(Math.max(0, start - 2), start)) || fuzzy1 === '余' || fuzzy1 === '多');
  if (loneScale && !threshold) return undefined;
  // 几家, 几栋: 几 alone is "a few", no figure; 十几处, 几十个: the figure is the round number, approximate.
  if (num1 === '几' && !scale1) return undefined;
  let low = threshold ? lex.scales.get(num1!) : cn1 ? parseChineseNumber(num1!.replace(/几/g, '') || '一') : Number(num1!.replace(/,/g, ''));
  if (cn1 && /^几/.test(num1!)) low = parseChineseNumber(num1!.replace(/^几/, '一'));
  if (low === undefined) return undefined;
  let high: number | undefined;
  // 七八个: two adjacent Chinese digits are a range.
  if (cn1 && /^[一二三四五六七八九]{2}$/.test(num1!) && CN_DIGITS[num1![1]!]! === CN_DIGITS[num1![0]!]! + 1) {
    low = CN_DIGITS[num1![0]!]!;
    high = CN_DIGITS[num1![1]!]!;
  }
  // 一辆, 三次: not a reported figure — but 增长了一倍, 两倍 are multiples. (一成多, 三成 as shares were tried: right on
  // the dev articles, but each 60/70/90 % met a gold figure of that value of another subject — bench/RESULTS.md qout5.)
  const share = unitText === '倍';
  if (cn1 && high === undefined && low < 10 && !scale1 && !fuzzy1 && !num1!.includes('几') && !share) return undefined;
  const factor1 = scale1 ? lex.scales.get(scale1)! : 1;
  // The figure as printed, before its scale word and unit are brought to base units (12平方公里 → 12 平方公里;
  // 500至800万元 → 500 万元): the low end, with the scale written for it or, written once, for both ends.
  const printed = low;
  const printedScale = scale1 ?? (num2 ? scale2 : undefined);
  if (num2) {
    const v2 = /\d/.test(num2) ? Number(num2.replace(/,/g, '')) : parseChineseNumber(num2);
    if (v2 === undefined) return undefined;
    high = v2 * (scale2 ? lex.scales.get(scale2)! : 1);
    // 800至900万元: the scale written once applies to both ends.
    low = low * (scale1 ? factor1 : scale2 ? lex.scales.get(scale2)! : 1);
  } else {
    low *= factor1;
    if (high !== undefined) high *= factor1;
  }
  // 约 in 签约, 近 in 最近 say nothing about the figure (but 重约5万吨 is 重 + 约).
  let approxBefore = APPROX_BEFORE.exec(before);
  if (approxBefore && lex.notApproximations.has(ctx.text.slice(start - approxBefore[0].length - 1, start))) approxBefore = null;
  let figStart = start;
  if (approxBefore) figStart = start - approxBefore[0].length;
  else if (threshold) figStart = start - (/(?<!突)(?:上|破|过|数)$/u.exec(before)?.[0].length ?? 0);
  // 数百万元, 上千万元, 数十亿元: a lone 十/百/千 before a scale, after a word of reaching (上, 数): a round figure, approximate.
  const scaledRound = !threshold && !approxBefore && /^[十百千]$/.test(num1!) && !!scale1 && /(?:上|数)$/u.test(before);
  if (scaledRound) figStart = start - 1;
  const approximate = !!(approxBefore || fuzzy1 || fuzzy2 || after || /几/.test(num1!) || threshold || scaledRound);
  if (after && !whole.trimEnd().endsWith(after)) end += after.length;
  const value: OutcomeValue = {
    value: roundFigure(low * unit.factor),
    unit: unit.base,
    measure: '',
    approximate,
  };
  if (high !== undefined) value.valueMax = roundFigure(high * unit.factor);
  if (printedScale || unit.factor !== 1) {
    value.rawValue = printed;
    // (6.8万农民: the unit as printed is the scale alone.)
    value.rawUnit = `${printedScale ?? ''}${printedBefore?.people ? '' : unitText}`;
  }
  return { start: figStart, end, value, ...(printedBefore?.people ? { rule: 'outcome.people-counted' } : {}) };
}

const everyMemberRe = new WeakMap<object, RegExp>();
/** 均超过, 全部突破, 3个村超过 right before `start` (not 人均, 户均, 亩均, 年均, 平均 …: a figure per head is the figure). */
function everyMemberThreshold(ctx: ExtractContext, start: number): boolean {
  const rule = ctx.res.lex.measures.everyMember;
  let re = everyMemberRe.get(rule);
  if (!re) {
    const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');
    // (其中3个村超过50万元: a count of members, their noun and the word of reaching — what each of them passes.)
    re = new RegExp(`(?:(?<![人户亩年平日月床季周])(?:${alt(rule.each)})(?:已|已经|都)?|(?:\\d+|[一二两三四五六七八九十]+)[个家户所座][\\u4e00-\\u9fff]{1,3}?)(?:${alt(rule.verbs)})\\s*$`, 'u');
    everyMemberRe.set(rule, re);
  }
  return re.test(ctx.text.slice(Math.max(0, start - 8), start));
}

/** 8个人的作坊, 十几人的小团队: a count of people (the figure `whole` at `start`) before 的 and a word for a group. */
function groupSize(ctx: ExtractContext, start: number, whole: string): boolean {
  const rule = ctx.res.lex.measures.groupSize;
  const end = start + whole.trimEnd().length;
  const printed = ctx.text.slice(start, end);
  // (8个|人的: the figure may end at 个 with 人 after it.)
  const glued = ctx.text[end] === '人' && printed.endsWith('个') ? 1 : 0;
  if (!rule.people.some((p) => (printed + (glued ? '人' : '')).endsWith(p))) return false;
  const at = end + glued;
  if (ctx.text[at] !== '的') return false;
  if (rule.nouns.some((n) => ctx.text.startsWith(n, at + 1))) return true;
  // (一支8个人的志愿服务队, 十几人的施工队: a word for a team or a crew by its ending — a word jieba reads ending in one
  // of `endings`, within maxEnding characters after 的.)
  for (let ti = ctx.tokenStartingAt[at + 1] ?? -1; ti >= 0 && ti < ctx.tokens.length; ti++) {
    const t = ctx.tokens[ti]!;
    if (t.end > at + 1 + rule.maxEnding || !HAN_ONLY.test(t.word)) break;
    if (t.word.length >= 2 && rule.endings.some((e) => t.word.endsWith(e))) return true;
  }
  return false;
}

/** The class a threshold names: 以上项目, 以上的企业, 以下企业. */
/** Words of reaching a threshold right before a figure (超过, 达到, 在, 突破, 不足). */
const THRESHOLD_WORD_BEFORE = /(?:超过|超|达到|达|在|突破|不足|不到|低于|高于|逾)$/u;
/** A class of things named by a threshold, then counted: 的村有, 以上的企业共, 的农户达. */
const THRESHOLD_CLASS_COUNTED = /^(?:以上|以下)?的(?:行政村|村|乡镇|镇|街道|社区|企业|规上企业|工业企业|农户|家庭|户|项目|合作社|经营主体|主体|单位)(?:有|达|达到|共|共有|已有|增至|占)/u;
// (年出栏500头以上的养殖户, 50亩以上的种植大户, 100万元以上的村: households, farms, co-ops and villages of a size.)
const CLASS_AFTER_THRESHOLD = /^的?(?:项目|企业|工业企业|单位|工程|客户|产业项目|[\u4e00-\u9fff]{0,3}户(?![外口籍型])|家庭农场|农场|合作社|行政村|村(?![民里])|乡镇|经营主体|主体|养殖场|牧场)/u;

/** A class of models a size range names: 的小型机型, 的主流车型, 级别 (up to six words between). */
const MODEL_CLASS_AFTER = /^的?[\u4e00-\u9fff]{0,6}?(?:机型|车型|型号|规格|款式|机种|排量段)/u;

/** People counted, printed right after a scaled number with no unit (6.8万农民, 1.2万余名 is a unit's). */
const PEOPLE_COUNTED_AFTER = /^(?:农民|农户|脱贫户|村民|居民|群众|脱贫群众|脱贫人口|低收入人口|职工|员工|工人|务工人员|劳动力|茶农|果农|菜农|花农|渔民|牧民|市民|游客|学生)/u;

/** Units printed in the measure before a figure with no unit after it (门急诊人次达到98.6万, 参保人数12.6万). */
const UNIT_IN_MEASURE = /(人次|家次|户次|人数|户数)(?:达到|达|为|共|共计|累计|超过|突破|超|逾|约|近)?$/u;
const UNIT_WORD_IN_MEASURE = /^(?:人次|家次|户次|人数|户数)$/u;
const UNIT_OF_MEASURE: Record<string, string> = { 人次: '人次', 家次: '家次', 户次: '户次', 人数: '人', 户数: '户' };
/** 平均住院日6.8天, 优良天数312天: a number of days after a measure of days (not a duration of something done). */
const DAYS_MEASURE = /(?:住院日|天数)(?:达到|达|为|约|仅|缩短至|缩短到|降至|降到|减少到)?$/u;

/**
 * A count whose unit the measure before it prints (人次, 人数; 住院日 for days), the figure carrying a scale word (98.6万)
 * — or, for days, 天 right after it. `after`: the characters after the match that belong to the figure (天).
 */
function unitBefore(ctx: ExtractContext, start: number, end: number, scaled: boolean, range: boolean): { text: string; unit: { base: string; factor: number; category: string }; after: number; people?: boolean } | undefined {
  if (range) return undefined;
  const before = ctx.text.slice(Math.max(0, start - 12), start);
  if (ctx.text[end] === '天' && !/^天[内后前里]/u.test(ctx.text.slice(end, end + 2)) && DAYS_MEASURE.test(before)) return { text: '天', unit: { base: '天', factor: 1, category: 'duration' }, after: 1 };
  // 带动全县6.8万农民人均增收4600元, 吸纳3.2万名…: a scaled count printed right before the people it counts, with no
  // unit of its own, counts people (outcome.people-counted; the noun is the measure, read after it).
  // (1.1万农户: households, counted in 户.)
  const people = PEOPLE_COUNTED_AFTER.exec(ctx.text.slice(end, end + 6));
  const counted = people?.[0].endsWith('户') ? '户' : '人';
  if (scaled && people) return { text: counted, unit: ctx.res.lex.units.get(counted) ?? { base: counted, factor: 1, category: 'count' }, after: 0, people: true };
  if (!scaled || /^[\u4e00-\u9fff]/u.test(ctx.text.slice(end, end + 1)) && !/^[，,。；;、）)]/u.test(ctx.text.slice(end, end + 1))) return undefined;
  const m = UNIT_IN_MEASURE.exec(before);
  if (!m) return undefined;
  const base = UNIT_OF_MEASURE[m[1]!]!;
  return { text: base, unit: ctx.res.lex.units.get(base) ?? { base, factor: 1, category: 'count' }, after: 0 };
}

/**
 * 城乡居民收入比由1.72缩小到1.68, 普职比保持在5.5:4.5, 性别比为105.3: a ratio printed right after a measure ending in 比
 * (perhaps with a verb of keeping or changing between), as a figure of unit 比 — a:b is a÷b, printed as rawValue a and
 * rawUnit :b. Not 同比, 环比, 对比, 相比, 占比 (a share has its %), nor a number with a unit or a year after it.
 */
const RATIO_NUMBER = /(\d+(?:\.\d+)?)(?:\s*[:：]\s*(\d+(?:\.\d+)?))?/uy;
const RATIO_BEFORE = /([\u4e00-\u9fff])比(?:值)?(?:为|是|达到|达|约为|约|保持在|稳定在|控制在|维持在|由|从|缩小到|缩小至|缩小为|下降到|下降至|降至|降到|降低到|扩大到|扩大至|提高到|调整为|优化为|优化到)?$/u;
const RATIO_SECOND = /([\u4e00-\u9fff])比(?:值)?(?:由|从)\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)?(?:缩小|扩大|下降|降低|提高|上升|调整|优化)(?:到|至|为)$/u;
const NOT_RATIO = /^[同环对相占好无类正反排]$/u;
const AFTER_RATIO = /^(?:$|[，,。；;、）)\s”"]|左右|以内|以下|以上|的|缩小|扩大|下降|降低|提高|上升|调整|优化)/u;

function ratioAt(ctx: ExtractContext, start: number): FigureMatch | undefined {
  const { text } = ctx;
  if (!isAsciiDigit(text.charCodeAt(start))) return undefined;
  const clause = text.slice(clauseStartOf(ctx, start), start);
  const at = RATIO_BEFORE.exec(clause) ?? RATIO_SECOND.exec(clause);
  if (!at || NOT_RATIO.test(at[1]!)) return undefined;
  RATIO_NUMBER.lastIndex = start;
  const m = RATIO_NUMBER.exec(text);
  if (!m) return undefined;
  const end = start + m[0].length;
  if (!AFTER_RATIO.test(text.slice(end, end + 2))) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? undefined : Number(m[2]);
  if (b === 0) return undefined;
  const value: OutcomeValue = { value: roundFigure(b === undefined ? a : a / b), unit: '比', measure: '', approximate: false };
  if (b !== undefined) {
    value.rawValue = a;
    value.rawUnit = `:${m[2]}`;
  }
  // The measure: the words up to and with 比 (城乡居民收入比; 性别比, one word).
  const bi = clauseStartOf(ctx, start) + at.index + 1;
  const token = ctx.tokens[ctx.tokenAt[bi]!];
  const words = token && token.end === bi + 1 && token.start < bi ? wordsBefore(ctx, bi + 1, true) : [...wordsBefore(ctx, bi, true), { ...token!, word: '比', start: bi, end: bi + 1 }];
  return { start, end, value, parts: words.length ? parts(words) : [] };
}

/** 三分之一, 四分之三左右: a fraction written out in words, as a percentage. */
const FRACTION_IN_WORDS = /([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)/uy;

function fractionInWords(ctx: ExtractContext, start: number): FigureMatch | undefined {
  FRACTION_IN_WORDS.lastIndex = start;
  const m = FRACTION_IN_WORDS.exec(ctx.text);
  if (!m) return undefined;
  const den = parseChineseNumber(m[1]!);
  const num = parseChineseNumber(m[2]!);
  if (!den || num === undefined || num > den) return undefined;
  const before = ctx.text.slice(Math.max(0, start - 4), start);
  let approxBefore = APPROX_BEFORE.exec(before);
  if (approxBefore && ctx.res.lex.notApproximations.has(ctx.text.slice(start - approxBefore[0].length - 1, start))) approxBefore = null;
  const after = new RegExp(`^(?:${APPROX_AFTER})`, 'u').exec(ctx.text.slice(start + m[0].length, start + m[0].length + 2));
  return {
    start: start - (approxBefore?.[0].length ?? 0),
    end: start + m[0].length + (after?.[0].length ?? 0),
    value: { value: Math.round((num / den) * 10000) / 100, unit: '%', measure: '', approximate: !!(approxBefore || after) || (num * 100) % den !== 0 },
  };
}

const PERCENT_IN_WORDS = /百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)/uy;

/** 百分之三十 (30%), 百分之二十点五 (20.5%), 百分之12: a percentage written in words, at `start`. */
function percentInWords(ctx: ExtractContext, start: number): FigureMatch | undefined {
  PERCENT_IN_WORDS.lastIndex = start;
  const m = PERCENT_IN_WORDS.exec(ctx.text);
  if (!m) return undefined;
  const [whole, digits] = m as unknown as [string, string];
  let value: number | undefined;
  if (/\d/.test(digits)) value = Number(digits);
  else {
    const [int, frac] = digits.split('点') as [string, string?];
    const n = parseChineseNumber(int);
    if (n === undefined) return undefined;
    value = frac ? Number(`${n}.${[...frac].map((c) => CN_DIGITS[c]).join('')}`) : n;
  }
  if (value === undefined || Number.isNaN(value) || value > 100) return undefined;
  const before = ctx.text.slice(Math.max(0, start - 4), start);
  let approxBefore = APPROX_BEFORE.exec(before);
  if (approxBefore && ctx.res.lex.notApproximations.has(ctx.text.slice(start - approxBefore[0].length - 1, start))) approxBefore = null;
  const after = new RegExp(`^(?:${APPROX_AFTER})`, 'u').exec(ctx.text.slice(start + whole.length, start + whole.length + 2));
  return {
    start: start - (approxBefore?.[0].length ?? 0),
    end: start + whole.length + (after?.[0].length ?? 0),
    value: { value: roundFigure(value), unit: '%', measure: '', approximate: !!(approxBefore || after) },
  };
}

/** A figure to six decimals and fifteen significant digits, as a value is stored. */
export function roundFigure(n: number): number {
  const r = Math.round(n * 1e6) / 1e6;
  // A whole number below 10^15 is its own 15 significant digits (and -0 prints as 0): no string made.
  if (Number.isInteger(r) && Math.abs(r) < 1e15) return r === 0 ? 0 : r;
  // (15 significant digits too: 156.3亿 is 15630000000, not 15630000000.000002.)
  return Number.parseFloat(r.toPrecision(15));
}

/** A word of the measure, with its span, so parts that turn out to name an entity can be dropped later. */
export interface MeasurePart {
  start: number;
  end: number;
  text: string;
}

/**
 * What the figure counts: content words before it in its clause (走访企业, 受理诉求, 产值), or the noun
 * phrase after it (18家优质羽绒服企业 → 优质羽绒服企业), or both (上报8458个问题 → 上报问题). A figure with
 * nothing around it takes the end of the previous clause (精准贸易对接，共计118场次) or, for a second
 * figure of the same unit, the measure before it (产值2000万元，…可达6亿元); a growth rate takes the
 * measure of the figure it grows (产值…同比增长30.8% → 产值同比增长).
 */
/** Tokens as the parts of a measure (a module-level function: a closure made per figure was a visible cost). */
function parts(tokens: Token[]): MeasurePart[] {
  return tokens.map((t) => ({ start: t.start, end: t.end, text: t.word }));
}

/**
 * 省级文明村42个、市级115个: a measure of nothing but a level, the figure before in its sentence measured at another
 * level and only 、 or ， between, is that measure at this level (outcome.measure.level-takes-listed-noun).
 */
function levelTakesListedNoun(ctx: ExtractContext, fig: FigureMatch, previous: readonly FigureMatch[], parts: MeasurePart[]): MeasurePart[] {
  const levels = ctx.res.lex.measures.levelOnly.levels;
  const last = previous[previous.length - 1];
  if (parts.length !== 1 || !levels.includes(parts[0]!.text) || !last?.parts?.length) return parts;
  if (!/^[、，,]$/u.test(ctx.text.slice(last.end, parts[0]!.start))) return parts;
  const lastText = measureText(last.parts);
  const level = levels.find((l) => lastText.startsWith(l));
  if (!level || lastText.length <= level.length || level === parts[0]!.text) return parts;
  const first = last.parts[0]!;
  const rest = first.text.length > level.length ? [{ start: first.start + level.length, end: first.end, text: first.text.slice(level.length) }, ...last.parts.slice(1)] : last.parts.slice(1);
  return [parts[0]!, ...rest];
}

function measureOf(ctx: ExtractContext, fig: FigureMatch, previous: FigureMatch[]): MeasurePart[] {
  const last = previous[previous.length - 1];
  // 86支代表队共1200余名村民: the words before a figure stop at the figure before it and what it counted (its unit
  // and its noun are no words of this one).
  let floor = last?.end ?? 0;
  for (const p of last?.parts ?? []) if (p.end > floor && p.end <= fig.start) floor = p.end;
  const before = wordsBefore(ctx, fig.start, true, floor);
  const after = wordsAfter(ctx, fig.end);
  // 全县127家民宿平均入住率达92%, 12家企业产值达3亿元: the words after a count, ending in what is measured of the
  // things counted, are the next figure's measure; the count counts the first of them.
  // (8600余户农民人均增收1.5万元: so are 人均, 户均 and the income word after them — 增收 — the words before the
  // count staying the count's: 带动420户农户户均增收6000元.)
  // (带动420户农户户均增收6000元: the words before the count stay the count's.)
  const lastWord = last?.parts?.[last.parts.length - 1];
  const countedAfter = last?.parts?.filter((w) => w.start >= last.end) ?? [];
  const perHead = lastWord && countedAfter.length >= 2 && /^(?:人均|户均)$/u.test(lastWord.text) && last!.value.unit !== fig.value.unit ? /^(增收|年增收|收入|年收入|纯收入|可支配收入)(?:达到|达|超过|突破|约|近)?$/u.exec(ctx.text.slice(lastWord.end, fig.start)) : null;
  if (perHead) {
    const kept = last!.parts!.filter((w) => w.start < last!.end);
    const all = [...countedAfter, { start: lastWord!.end, end: lastWord!.end + perHead[1]!.length, text: perHead[1]! }];
    // (In place, as below.)
    last!.parts!.splice(0, last!.parts!.length, ...kept, countedAfter[0]!);
    last!.value.measure = measureText(last!.parts!, ctx.res.lex.notApproximations);
    return all;
  }
  if (before.length === 0 && last?.parts && last.parts.length >= 2 && last.parts[0]!.start >= last.end && last.value.unit !== fig.value.unit) {
    const words = last.parts;
    const between = ctx.text.slice(words[words.length - 1]!.end, fig.start);
    if (MEASURED_OF.test(words[words.length - 1]!.text) && /^\s*(?:达到|达|为|是|有|超过|突破|约|近|共|实现|完成|增至|升至|保持|保持在|稳定在|维持在)?\s*$/u.test(between)) {
      const all = [...words];
      // (In place: the count's candidate holds this array, and its measure is read from it again after selection.)
      words.splice(1);
      last.value.measure = measureText(words, ctx.res.lex.notApproximations);
      return all;
    }
  }
  // 产值排名前列的是：甲镇86.3亿元、乙镇72.1亿元: an item of a list that is only a place's name measures what the
  // label before the colon names (not the place), and so does each item after it.
  const label = listItemLabel(ctx, fig, last, floor);
  if (label) {
    fig.listLabel = label;
    return label;
  }
  // 甲公司和乙公司的产值分别达到3亿元和2亿元: the words before 分别 (and a verb of reaching) are the measure.
  const each = RESPECTIVELY_BEFORE.exec(ctx.text.slice(clauseStartOf(ctx, fig.start), fig.start));
  if (each && before.length === 0) {
    const words = wordsBefore(ctx, clauseStartOf(ctx, fig.start) + each.index, true, floor);
    if (words.length) return parts(words);
  }
  // 去年销售额是5600万元，今年有信心突破7000万元: a clause of nothing but a hope or forecast of reaching a figure goes
  // on about the measure of the figure before it (not 信心).
  if (last && last.value.unit === fig.value.unit && BARE_HOPE.test(ctx.text.slice(clauseStartOf(ctx, fig.start), fig.start))) return nounsOf(last.parts ?? []);
  const beforeText = before.map((t) => t.word).join('');
  const clauseText = ctx.text.slice(clauseStartOf(ctx, fig.start), fig.start);
  // 杨官村集体经济收入达86万元，龙口村52万元，石马村38万元: a clause of nothing but a place's name before the figure
  // measures what the figure before it in its sentence measured, in the same unit (the item's measure left out).
  if (last && last.value.unit === fig.value.unit && last.parts?.length && ELIDED_ITEM.test(clauseText.replace(/^[\s　]+/u, '')) && onlyNames(ctx, clauseStartOf(ctx, fig.start), fig.start)) return [...last.parts];
  // 果农人均年收入从1.8万元增加到2.6万元, 亩均税收从2019年的18万元提高到去年的36万元: both ends measure what is
  // before 从 (or 由).
  const from = (TO_AFTER.test(ctx.text.slice(fig.end, fig.end + 12)) ? FROM_BEFORE.exec(clauseText) : null) ?? FROM_TO_BEFORE.exec(clauseText);
  if (from) {
    const at = clauseStartOf(ctx, fig.start) + from.index;
    // (The figure before, its first end, is after 从: the floor is the figure before that.)
    const words = wordsBefore(ctx, at, true, Math.max(0, ...previous.filter((f) => f.end <= at).map((f) => f.end)));
    if (words.length) return parts(words);
  }
  const growth = /(同比|环比)(增长|下降|增加|减少|提高|上升|回落)?\s*$/u.exec(clauseText);
  // 固定资产投资：同比增长12.3%: a label before a colon, the figure's clause holding nothing but a change, is the measure.
  const labelEnd = clauseStartOf(ctx, fig.start) - 1;
  if ((growth?.index === 0 || BARE_CHANGE.test(clauseText)) && /[：:]/u.test(ctx.text[labelEnd] ?? '')) {
    const label = wordsBefore(ctx, labelEnd, true, floor);
    if (label.length) return [...parts(label), { start: fig.start, end: fig.start, text: (growth?.[0] ?? BARE_CHANGE.exec(clauseText)![2]!).trim() }];
  }
  // 规上工业增加值增长8.1%, 春茶产量比去年同期增长12%: a rate after a verb of change with no 同比, right after what
  // grew (and perhaps the base it is compared with), measures that and the change (规上工业增加值增长, 春茶产量同比增长).
  // (农民收入比去年增加了60万元: an amount of change after the base it is compared with measures the same — a figure
  // in any unit once a base (比, 较) is printed: outcome.measure.compared-base-absolute-change.)
  const anyGrowth = growth ? null : PLAIN_GROWTH.exec(clauseText);
  const plainGrowth = anyGrowth && (fig.value.unit === '%' || /^[比较]/u.test(anyGrowth[0])) ? anyGrowth : null;
  if (plainGrowth && OWN_GROWTH_NOUN.test(clauseText.slice(0, plainGrowth.index))) {
    const at = clauseStartOf(ctx, fig.start) + plainGrowth.index;
    // (春茶|产量比|去年同期: jieba glued 比 to the noun; the noun's part before it is a word of the measure.)
    const glued = ctx.tokens[ctx.tokenAt[at - 1]!];
    const inside = glued && glued.start < at && glued.end > at ? glued : undefined;
    const words = [...parts(wordsBefore(ctx, inside ? inside.start : at, true, floor)), ...(inside ? [{ start: inside.start, end: at, text: ctx.text.slice(inside.start, at) }] : [])];
    if (words.length) return [...words, { start: fig.start, end: fig.start, text: (plainGrowth[1] ? '同比' : '') + plainGrowth[2]! }];
  }
  // (…140余家，规上工业产值同比增长15.3%: a clause naming what grew before 同比 measures that, read below.)
  const ownGrowth = growth !== null && OWN_GROWTH_NOUN.test(clauseText.slice(0, growth.index));
  if (growth && last && !ownGrowth) return [...(last.parts ?? []), { start: fig.start, end: fig.start, text: growth[0].trim() }];
  if (growth && ownGrowth) {
    const words = wordsBefore(ctx, clauseStartOf(ctx, fig.start) + growth.index, true, floor);
    if (words.length) return [...parts(words), { start: fig.start, end: fig.start, text: growth[0].trim() }];
  }
  // 第一产业增加值12.3亿元，增长3.2%; 税收收入28.1亿元，占比81.2%: a clause of nothing but a change or a share
  // goes on about the figure before it; 城镇…52360元，农村…31870元，分别增长5.1%和6.8%: each figure after 分别 is
  // the change of the figure before it in the same order.
  // 达到38.5万千瓦，比2022年的16.2万千瓦增长了一倍多: the base of a comparison measures what the figure before it
  // measures, of the year printed for it; the change after the base is that measure's change.
  const base = COMPARED_BASE.exec(clauseText);
  if (base && last && last.value.unit === fig.value.unit) {
    if (base[1]) fig.basePeriod = base[1];
    return nounsOf(last.parts ?? []);
  }
  const changeOfBase = previous.length >= 2 ? CHANGE_AFTER_BASE.exec(clauseText) : null;
  const measured = changeOfBase ? previous[previous.length - 2]! : undefined;
  if (changeOfBase && measured && ctx.text.slice(clauseStartOf(ctx, fig.start), last!.start).match(COMPARED_BASE_OPEN)) return [...nounsOf(measured.parts ?? []), { start: fig.start, end: fig.start, text: changeOfBase[1]! }];
  // 接待游客21.5万人次，是去年同期的2倍: the multiple is of the figure before it, as the clause says.
  const multiple = fig.value.unit === '倍' ? MULTIPLE_OF.exec(clauseText) : null;
  if (multiple && last && ctx.sentenceAt[last.start] === ctx.sentenceAt[fig.start]) return [...nounsOf(last.parts ?? []), { start: fig.start, end: fig.start, text: clauseText.trim() }];
  // 每年拿出营收的8%投入研发, 将利润的15%分给入股农户: a share of a whole put to a use measures the whole and the use
  // (营收投入研发), not the verb of taking.
  const spentOf = fig.value.unit === '%' ? SHARE_SPENT_BEFORE.exec(clauseText) : null;
  const spentOn = spentOf ? SHARE_SPENT_AFTER.exec(ctx.text.slice(fig.end, fig.end + 12)) : null;
  if (spentOf && spentOn) return [{ start: fig.start, end: fig.start, text: spentOf[1]! }, { start: fig.end, end: fig.end + spentOn[0].length, text: spentOn[0] }];
  // 亩均税收达到42万元，高于全县平均水平6.5万元: a clause of nothing but a comparison with an average measures how far
  // the figure before it is above (below) it — 亩均税收高于全县平均水平, not 平均水平.
  const above = ABOVE_AVERAGE.exec(clauseText) ?? AVERAGE_ABOVE.exec(clauseText);
  // (…，比全市平均水平高出9万元 after another comparison: still of the figure compared, not of the comparison.)
  const compared = last?.parts?.filter((q) => q.start !== q.end || !(ABOVE_AVERAGE.test(q.text) || AVERAGE_ABOVE.test(q.text)));
  if (above && last && ctx.sentenceAt[last.start] === ctx.sentenceAt[fig.start] && compared?.length) return [...compared, { start: fig.start, end: fig.start, text: clauseText.trim() }];
  const change = BARE_CHANGE.exec(clauseText);
  if (change && last && previous.length) {
    const word = { start: fig.start, end: fig.start, text: change[2]! };
    if (!change[1]) return [...nounsOf(last.parts ?? []), word];
    const count = 1 + (ctx.text.slice(fig.end).match(FIGURES_LISTED)?.[0].match(/[和、及与]/gu)?.length ?? 0);
    const of = previous[previous.length - count];
    if (of) fig.distributive = { from: previous.length - count, word: change[2]! };
    return of ? [...nounsOf(of.parts ?? []), word] : [];
  }
  // (the second, third… figure of 分别增长5.1%和6.8%)
  if (last?.distributive && /^[和、及与]$/u.test(ctx.text.slice(last.end, fig.start))) {
    const k = last.distributive.from + 1;
    fig.distributive = { from: k, word: last.distributive.word };
    const of = previous[k];
    return of && !of.distributive ? [...nounsOf(of.parts ?? []), { start: fig.start, end: fig.start, text: last.distributive.word }] : [];
  }
  if (before.length === 0 && after.length === 0) {
    if (last && last.value.unit === fig.value.unit) return last.parts ?? [];
    // (公司负责人说：“…增长了18%: the words before a quotation opening the clause say who speaks, not what is measured.)
    if (/^[“"]/u.test(clauseText)) return [];
    // (在某县某镇某村，十几名…: a clause before of nothing but places' names is where, not what —
    // outcome.measure.not-place-clause.)
    const prior = wordsBefore(ctx, clauseStartOf(ctx, fig.start) - 1, false);
    if (prior.length && prior.every((t) => /^ns/u.test(t.tag) || PLACE_ITEM.test(t.word) || t.word === '在')) return [];
    return parts(prior);
  }
  // 给予最高200万元的补助: after a verb of giving, what the figure is of follows its 的.
  if (before.length && after.length && before[before.length - 1]!.tag === 'v' && ctx.text[fig.end] === '的') return parts(after);
  // 投入3000多万元进行改造: a verb after the figure starts the next action; the measure is before it.
  if (before.length && after[0]?.tag.startsWith('v')) return parts(before);
  // 总投资3.5亿元的新厂房, 全长约46公里的环城绿道: the name after the 的 is what has the figure, not what it counts
  // (but a share's noun after its 的 is what it is a share of: 集聚着全县95%以上的民宿).
  if (before.length && ctx.text[fig.end] === '的' && fig.value.unit !== '%') return parts(before);
  return [...parts(before), ...parts(after)];
}

/** A place's name alone (甲镇, 乙街道, 丙村: three or more characters, no verb). */
const PLACE_ITEM = /^[\u4e00-\u9fff]{2,7}(?:省|镇|乡|街道|村|县|区|市|社区|园区|开发区)$/u;
/** The words between a list's label and its colon (排名前列的是, 分别为, 依次是, 如下). */
const LABEL_TAIL = /(?:排名(?:前列|靠前|居前|前[三四五六十])?的?|位居前[三四五六十]的?|前[三四五六十](?:位|名)?的?|较高的|分别|依次)?(?:是|为|如下)?$/u;

/**
 * 规上工业产值排名前列的是：甲镇86.3亿元、乙镇72.1亿元、丙镇58.9亿元: a figure whose words before it, back to a colon
 * or to the 、 after the figure of the item before, are only a place's name is an item of a table-like list; its
 * measure is the label before the colon (its tail — 排名前列的是, 分别为 — dropped), or the item before's.
 */
function listItemLabel(ctx: ExtractContext, fig: FigureMatch, last: FigureMatch | undefined, floor: number): MeasurePart[] | undefined {
  const { text } = ctx;
  let at = fig.start - 1;
  while (at >= 0 && /[\u4e00-\u9fff]/u.test(text[at]!)) at--;
  const name = text.slice(at + 1, fig.start);
  // (全国共有3671家企业上榜，其中某省412家: a place's part of the figure before measures what that figure does.)
  const part = /^其中(.+)$/u.exec(name) ?? (/其中[，,]$/u.test(text.slice(Math.max(0, at - 2), at + 1)) ? [name, name] : null);
  if (part) return PLACE_ITEM.test(part[1]!) && last?.parts?.length && ctx.sentenceAt[last.start] === ctx.sentenceAt[fig.start] && last.value.unit === fig.value.unit ? (last.listLabel ?? last.parts) : undefined;
  if (at < 0 || !PLACE_ITEM.test(name)) return undefined;
  if (text[at] === '、' || text[at] === '，') {
    if (!last || last.end !== at) return undefined;
    if (last.listLabel) return last.listLabel;
    // (其中，甲镇新增企业26家、乙镇9家: an item after 、 naming only its place counts what the item before counted.)
    const own = text[at] === '、' ? (last.parts ?? []).filter((w) => w.end <= last.start && !PLACE_ITEM.test(w.text)) : [];
    return own.length && last.value.unit === fig.value.unit && PLACE_ITEM.test(text.slice(clauseStartOf(ctx, last.start), last.start).replace(/^其中[，,]?/u, '').slice(0, 8).match(/^[\u4e00-\u9fff]*?(?:镇|乡|街道|村|县|区|市)/u)?.[0] ?? '') ? own : undefined;
  }
  if (text[at] !== '：' && text[at] !== ':') return undefined;
  // (The list goes on after the figure, or the item before it was one.)
  if (!/^[、，,]/u.test(text.slice(fig.end, fig.end + 1))) return undefined;
  const head = text.slice(clauseStartOf(ctx, at), at);
  const tail = LABEL_TAIL.exec(head)![0];
  // (各乡镇粮食产量分别为：…: the words naming every place, 各乡镇, are no part of the measure.)
  const words = wordsBefore(ctx, at - tail.length, true, floor).filter((t, k) => k > 0 || !/^各/u.test(t.word));
  return words.length ? parts(words) : undefined;
}

/** What was counted, from the measure's words; `keep` lists words whose last character is not to be dropped (节约). */
export function measureText(parts: readonly MeasurePart[], keep: ReadonlySet<string> = new Set()): string {
  const text = parts
    .map((p) => p.text)
    .join('')
    .replace(/^(?:以上|以下|其中|[一二三四五六七八九十]是|首先|其次)/u, '');
  const last = parts[parts.length - 1]?.text ?? '';
  // (占全市比重提高到18.2%: the level reached is of the measure before the verb; 药占比降至24.6%: jieba's 比降.)
  const level = text.replace(/(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|缩短|回落|降|升|增)(?:到|至)$/u, '').replace(/([比率])[降升]$/u, '$1').replace(/([率比价])跃$/u, '$1');
  return keep.has(last.slice(-2)) ? level : level.replace(/(?:达到|达|为|是|约|近|共|已)$/, '');
}

const YMD = codeTable('年月日');
const CHANGE_VERBS = /^(?:提高|提升|下降|降低|增长|增加|减少|上升|回落|缩短|扩大|缩小|翻番)$/u;
const CLAUSE_END = codeTable('，,。；;：:！？\n');

function clauseStartOf(ctx: ExtractContext, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !CLAUSE_END[ctx.text.charCodeAt(i)]) i--;
  return i + 1;
}

// Regexes of the per-token tests below, compiled once (a regex literal in a function is a new object per call).
const MEASURE_PUNCTUATION = /[，,。；;：:！？\n、“”（）()《》「」—…]/;
const FUNCTION_WORD_TAGS = /^(?:p|c|u|uj|ul|uz|ug|uv|ud|r|d|m|mq|q|t|f|y|e|o)$/;
const HAS_DIGIT = /\d/;
const SPACES = /^ +$/;
const CLAUSE_PUNCTUATION = /[，,。；;：:！？\n、“”（）]/;
const QUOTE_BREAK = /[，,。；;！？\n]/;
const MEASURE_TAGS = /^(n|vn|nz|a|b|an|l|i|j|s|v)/;
const SERVICE_VERBS = /^(?:对接|服务|走访|培训|咨询)$/;
const IDIOM_TAGS = /^[il]/;
const LATIN_FIRST = /^[A-Za-z]/;

/** Words that end a measure: punctuation, function words, numbers, times, directions (2小时后). */
function isMeasureBreak(ctx: ExtractContext, t: Token): boolean {
  // (门急诊人次达到98.6万: the unit printed in the measure is a word of it.)
  if (UNIT_WORD_IN_MEASURE.test(t.word)) return false;
  if (MEASURE_PUNCTUATION.test(t.word)) return true;
  if (FUNCTION_WORD_TAGS.test(t.tag)) return true;
  if (HAS_DIGIT.test(t.word) || PERIOD_WORD.test(t.word)) return true;
  return ctx.res.lex.stopwords.has(t.word) && !t.tag.startsWith('v') && !t.tag.startsWith('n');
}

function wordsBefore(ctx: ExtractContext, pos: number, stopAtClause: boolean, floor = 0): Token[] {
  const out: Token[] = [];
  if (pos <= 0) return out;
  let chars = 0;
  for (let ti = ctx.tokenAt[pos - 1]!; ti >= 0 && out.length < 4; ti--) {
    let t = ctx.tokens[ti]!;
    // 全长约46公里: a word jieba glued to the approximation the figure starts with (全长约) gives its part before it.
    if (t.end > pos && t.start < pos && out.length === 0 && APPROX_BEFORE.test(t.word.slice(pos - t.start)) && pos - t.start >= 2) t = { ...t, word: t.word.slice(0, pos - t.start), end: pos };
    if (t.end > pos) continue;
    if (t.start < floor) break;
    if (SPACES.test(t.word)) continue;
    // 巡河不少于1次, 不低于90%: a comparison (不少|于) right before the figure is no word of the measure.
    if (out.length === 0 && t.word === '于' && ti > 0 && COMPARED_BY.test(ctx.tokens[ti - 1]!.word)) {
      ti--;
      continue;
    }
    // 稳定在12.5万亩, 控制在5%以内: a verb of keeping and 在 before the figure; the measure is before them.
    if (out.length === 0 && t.word === '在' && ti > 0 && KEPT_AT.test(ctx.tokens[ti - 1]!.word)) {
      ti--;
      continue;
    }
    // 降至26.1%, 下降到: the level reached is of the measure before the verb (jieba may glue 降 to it: 药占|比降|至).
    if (out.length === 0 && t.end === pos && /^(?:至|到)$/u.test(t.word) && ti > 0 && /[降升增]$|^(?:提高|提升|下降|降低|增加|减少|上升|回落|缩短|扩大|缩小)$/u.test(ctx.tokens[ti - 1]!.word)) {
      const verb = ctx.tokens[ti - 1]!;
      ti--;
      if (!/^(?:[降升增]|提高|提升|下降|降低|增加|减少|上升|回落|缩短|扩大|缩小)$/u.test(verb.word)) {
        out.unshift({ ...verb, word: verb.word.slice(0, -1), end: verb.end - 1 });
        chars += verb.word.length - 1;
      }
      continue;
    }
    if (out.length === 0 && COMPARISON.test(t.word)) {
      if (ti > 0 && ctx.tokens[ti - 1]!.word === '不') ti--;
      continue;
    }
    // 两镇|11个行政村: a count jieba glued to its classifier (两镇, 三村) is another figure, not a word of this one.
    if (isGluedCount(t)) break;
    // 培育省级“未来工厂”1家: a quoted name right before the figure is what was counted.
    if (out.length === 0 && t.end === pos && CLOSING_QUOTE.test(t.word)) return quotedBefore(ctx, ti);
    // 占销售收入的5%: what the share is of comes before the 的; 生产效率提高了30%: the change before the 了.
    if (t.word === '的' && out.length === 0 && t.end === pos) continue;
    if (t.word === '了' && out.length === 0 && t.end === pos && ti > 0 && CHANGE_VERBS.test(ctx.tokens[ti - 1]!.word)) continue;
    // 加工率达到了68%: a verb of reaching before the 了; the measure is before the verb (outcome.measure.reach-verb-le).
    if (t.word === '了' && out.length === 0 && t.end === pos && ti > 0 && ctx.res.lex.measures.reachedLe.verbs.includes(ctx.tokens[ti - 1]!.word)) {
      ti--;
      continue;
    }
    // 光春茶就收入了18万元: 收入 before its 了 is the measure (not the figure before's, for want of words).
    if (t.word === '了' && out.length === 0 && t.end === pos && ti > 0 && MEASURE_BEFORE_LE.test(ctx.tokens[ti - 1]!.word)) continue;
    // 全县PM2.5年均浓度: a pollutant's code (PM2.5, PM10) is a word of the measure, and the 年 after it no year's.
    if (POLLUTANT.test(t.word)) {
      chars += t.word.length;
      if (chars > 14) break;
      out.unshift(t);
      continue;
    }
    // 到2025年家纺产业产值: the 年 of a year ends the measure, as the year does (jieba may glue it to the next
    // word: 年家纺).
    if (YMD[t.word.charCodeAt(0)] && t.start > 0 && isAsciiDigit(ctx.text.charCodeAt(t.start - 1)) && !POLLUTANT_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 6), t.start))) {
      if (t.word.length > 1 && chars + t.word.length - 1 <= 10) out.unshift({ ...t, word: t.word.slice(1), start: t.start + 1 });
      break;
    }
    if (CLAUSE_PUNCTUATION.test(t.word) && !stopAtClause && out.length === 0) continue;
    // 计划用3年时间改造老屋300栋: the time a plan takes (用3年时间) is no word of what it does.
    if (out.length > 0 && t.word === '时间' && DURATION_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 4), t.start))) break;
    // 改造完成企业61家: 完成 right after a verb says the verb's work is done — a word of the measure, not a verb before it.
    if (out.length > 0 && t.word === '完成' && ti > 0 && ctx.tokens[ti - 1]!.end === t.start && ctx.tokens[ti - 1]!.tag.startsWith('v') && !WEAK_VERBS.test(ctx.tokens[ti - 1]!.word)) {
      chars += t.word.length;
      if (chars > 10) break;
      out.unshift(t);
      continue;
    }
    if (WEAK_VERBS.test(t.word) || APPROX_WORD.test(t.word)) {
      if (out.length > 0) break;
      continue;
    }
    // 规上企业产值全部12家, 新建项目全部8个: a word of the whole (全部, 均) between the measure and the figure is no word of
    // the measure (outcome.measure.whole-word-skipped).
    if (out.length === 0 && ctx.res.lex.measures.wholeWords.words.includes(t.word)) continue;
    // 护理型床位占比达到62%: jieba's 占|比, one word of the measure.
    if (t.word === '比' && ti > 0 && ctx.tokens[ti - 1]!.word === '占' && ctx.tokens[ti - 1]!.end === t.start) {
      chars += 2;
      if (chars > 10) break;
      out.unshift({ ...t, word: '占比', start: ctx.tokens[ti - 1]!.start });
      ti--;
      continue;
    }
    // 全县花木种植面积目前稳定在60万亩: a word of now between the measure and its verb is no end of the measure.
    if (out.length === 0 && /^(?:目前|当前|现在|如今|至今)$/u.test(t.word) && ti > 0 && ctx.tokens[ti - 1]!.tag.startsWith('n')) continue;
    // (营业收入首次突破5亿元, 产值再次突破: nor is a word of the first or another time between the measure and its verb.)
    if (out.length === 0 && /^(?:首次|首度|再次|再度|一举)$/u.test(t.word) && ti > 0 && (ctx.tokens[ti - 1]!.tag.startsWith('n') || MEASURED_OF.test(ctx.tokens[ti - 1]!.word)) && ctx.tokens[ti - 1]!.end === t.start) continue;
    // (我们的出口额去年增长了18%: nor is a year's word between them — 去年, 今年 — when no words were read yet.)
    if (out.length === 0 && /^(?:去年|今年|前年|上年|全年)$/u.test(t.word) && ti > 0 && ctx.tokens[ti - 1]!.tag.startsWith('n') && ctx.tokens[ti - 1]!.end === t.start) continue;
    // 工艺品类54个, 日用品类68个: a noun and the 类 (型) jieba tags a classifier, one word naming a category.
    if (out.length === 0 && t.end === pos && /^[类型]$/u.test(t.word) && ti > 0 && ctx.tokens[ti - 1]!.tag.startsWith('n') && ctx.tokens[ti - 1]!.end === t.start) {
      const noun = ctx.tokens[ti - 1]!;
      chars += noun.word.length + 1;
      out.unshift({ ...t, word: `${noun.word}${t.word}`, start: noun.start });
      ti--;
      continue;
    }
    // 亩均单产, 户均增收: a classifier and 均, two words to the reader, are one word of the measure.
    if (t.word === '均' && ti > 0 && PER_HEAD.test(ctx.tokens[ti - 1]!.word) && ctx.tokens[ti - 1]!.end === t.start) {
      chars += 2;
      if (chars > 10) break;
      out.unshift({ ...t, word: `${ctx.tokens[ti - 1]!.word}均`, start: ctx.tokens[ti - 1]!.start });
      ti--;
      continue;
    }
    // 四级手术, 一段线上线人数: a grade written with a numeral, inside the measure (not the figure's own number).
    if (out.length > 0 && t.tag === 'm' && GRADE_WORD.test(t.word)) {
      chars += t.word.length;
      if (chars > 10) break;
      out.unshift(t);
      continue;
    }
    // 村级快递|点|120个, 服务|点: jieba's 点 tagged a numeral (三点五) after a word that is none is the noun (a point of
    // service), a word of the measure.
    if (t.word === '点' && t.tag === 'm' && ti > 0 && ctx.tokens[ti - 1]!.end === t.start && ctx.tokens[ti - 1]!.tag !== 'm' && isHan(ctx.tokens[ti - 1]!.word.charCodeAt(0))) {
      chars += 1;
      out.unshift({ ...t, tag: 'n' });
      continue;
    }
    if (isMeasureBreak(ctx, t)) break;
    chars += t.word.length;
    if (chars > 10) break;
    out.unshift(t);
  }
  return out;
}

/** A pollutant's code printed in a measure (PM2.5, PM10), and the text ending in one before a 年 (PM2.5年均浓度). */
const POLLUTANT = /^(?:PM2\.5|PM10|pm2\.5|pm10)$/u;
/** A duration right before 时间 (用3年时间, 花两个月时间). */
const DURATION_BEFORE = /(?:\d|[一二两三四五六七八九十半])(?:年|个月|个多月|天|周|个星期)$/u;
const POLLUTANT_BEFORE = /(?:PM|pm)(?:2\.5|10)$/u;
/** Nouns of what is earned or spent that jieba tags as verbs, before 了 and a figure (收入了18万元). */
const MEASURE_BEFORE_LE = /^(?:收入|增收|营收|创收|盈利|获利|纯收入|分红|投资|投入)$/u;
/** What 均 follows in a figure per unit (亩均, 户均, 人均 when the reader splits it). */
const PER_HEAD = /^[亩户人床]$/u;
/** A grade or level written with a numeral (四级手术, 一段线, 二本). */
const GRADE_WORD = /^(?:[一二三四五六七八九]级|[一二三]段|[一二三]本)$/u;

/** The first words of a comparison with 于 before a figure (不少于, 不低于, 高于, 多于). */
const COMPARED_BY = /^(?:不少|不低|不高|不超|不多|不大|少|多|高|低|大|小|等|相当)$/u;
/** Verbs of keeping a figure at a level, before 在 (稳定在, 保持在, 控制在). */
const KEPT_AT = /^(?:稳定|保持|控制|维持|稳|定|落|集中)$/u;
/** A comparison jieba reads as one word (低于, 高于), perhaps after 不. */
const COMPARISON = /^(?:低于|高于|少于|多于|大于|小于|等于)$/u;
/** A number word and a classifier or a level word as one token outside jieba's dictionary (两镇, 三村, 五家). */
const GLUED_COUNT = /^[一二两三四五六七八九十几][镇村乡县区市省家个所座条户名项批期届次]$/u;

function isGluedCount(t: Token): boolean {
  return t.tag === 'x' && t.word.length === 2 && GLUED_COUNT.test(t.word);
}

const CLOSING_QUOTE = /^[”"’》」』]$/u;
const OPENING_QUOTE = /^[“"‘《「『]$/u;

/** The words between the closing quote at token `close` and its opening quote, if they are few (up to 10 characters). */
function quotedBefore(ctx: ExtractContext, close: number): Token[] {
  const out: Token[] = [];
  let chars = 0;
  for (let ti = close - 1; ti >= 0; ti--) {
    const t = ctx.tokens[ti]!;
    if (OPENING_QUOTE.test(t.word)) return out;
    chars += t.word.length;
    if (chars > 10 || QUOTE_BREAK.test(t.word)) return [];
    out.unshift(t);
  }
  return [];
}

const CLOSING_QUOTE_CHAR = /[”"’》」』]/u;

/**
 * 对“一带一路”沿线国家出口五金产品1.2亿元, 向东南亚市场出口茶叶: where goods go (a destination word or a place's name
 * after 对 or 向 in the clause) before a verb of trade is no part of the measure; it starts at the verb
 * (outcome.measure.trade-destination, units.json).
 */
function withoutTradeDestination(ctx: ExtractContext, parts: MeasurePart[]): MeasurePart[] {
  const rule = ctx.res.lex.measures.tradeDestination;
  const k = parts.findIndex((p, i) => i > 0 && rule.verbs.some((v) => p.text.startsWith(v)));
  if (k <= 0) return parts;
  const where = parts[k - 1]!;
  if (where.end !== parts[k]!.start || where.start === where.end) return parts;
  const destination = rule.destinations.some((w) => where.text.endsWith(w)) || ctx.res.gazetteer.lookup(where.text).length > 0;
  if (!destination) return parts;
  const clause = ctx.text.slice(clauseStartOf(ctx, where.start), where.start);
  return /[对向][^，,。；;]*$/u.test(clause) ? parts.slice(k) : parts;
}

/** The noun left of a token glued to the figure's classifier (个村, 家店): a place or body counted. */
const GLUED_NOUN = /^[村镇乡户店厂园社校院]$/u;

const PERIOD_WORD = /^(?:今年|去年|明年|目前|截至|至今|每年|全年|以来|当前|近年来|全市|全区|全县|全镇|全村|我市|本市|其中|同期|去年同期|上年同期)$/u;

const HAN_ONLY = /^[\u4e00-\u9fff]+$/u;
/** The last word of a compound counted whose middle is a verb (种植基地, 加工企业, 养殖大户). */
const COMPOUND_HEAD = /(?:基地|企业|大户|专业户|园区|园|场|厂|合作社|车间|示范区|示范点)$/u;

const NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万亿几半多余数双]/u;

function wordsAfter(ctx: ExtractContext, pos: number): Token[] {
  const out: Token[] = [];
  // The figure may end inside a token jieba glued to the next word (7处安全): start from the next whole one.
  let ti = ctx.tokenStartingAt[pos] ?? -1;
  let chars = 0;
  if (ti < 0) {
    const inside = ctx.tokens[ctx.tokenAt[pos] ?? -1];
    if (!inside) return out;
    ti = ctx.tokenAt[pos]! + 1;
    // 8个村流转土地: a count jieba glued to its classifier and noun (个村) — the noun is what was counted.
    const rest = inside.word.slice(pos - inside.start);
    // 养了30只羊, 存栏50头牛: a classifier jieba glued to the noun counted into a word it does not know (只羊) — the
    // rest of that word is what was counted (outcome.measure.classifier-glued-unknown).
    const glued = ctx.res.lex.measures.classifierGluedNoun;
    if ((inside.tag === 'x' || (inside.tag === 'n' && rest.length === 1)) && inside.start === pos - 1 && glued.classifiers.includes(inside.word[0]!) && rest.length >= 1 && rest.length <= 2 && HAN_ONLY.test(rest) && !NUMERAL_CHAR.test(rest)) {
      out.push({ ...inside, word: rest, start: pos, tag: 'n' });
      chars += rest.length;
    }
    // (8个人获奖: jieba's 个人 — the count's classifier glued to the people counted; outcome.measure.classifier-glued-noun.)
    if ((inside.tag === 'x' && GLUED_NOUN.test(rest)) || (rest.length > 0 && ctx.res.lex.measures.classifierGlued.words.includes(inside.word) && inside.start === pos - (inside.word.length - rest.length))) {
      out.push({ ...inside, word: rest, start: pos, tag: 'n' });
      chars += rest.length;
    }
  }
  // 全县183个“共享法庭”实现…: a quoted name right after the count is what was counted
  // (outcome.measure.quoted-after-count).
  if (OPENING_QUOTE.test(ctx.text[pos] ?? '')) {
    const close = ctx.text.slice(pos + 1, pos + 2 + ctx.res.lex.measures.quotedAfterCount.maxLength).search(CLOSING_QUOTE_CHAR);
    const inner = close > 0 ? ctx.text.slice(pos + 1, pos + 1 + close) : '';
    if (inner && HAN_ONLY.test(inner)) {
      // (12家“共富工坊”示范点: the words of its kind after the closing mark go on, as after any counted noun.)
      out.push({ word: inner, tag: 'n', start: pos + 1, end: pos + 1 + close });
      chars += inner.length;
      ti = ctx.tokenStartingAt[pos + 2 + close] ?? ctx.tokens.length;
    }
  }
  // 在全县20家|规上|企业设立站点 (jieba: 家规|上): a grade of firms right after the count opens what was counted, even
  // where jieba glued the classifier to its first character (outcome.measure.grade-after-count).
  const grade = out.length === 0 ? ctx.res.lex.measures.gradeAfterCount.words.find((w) => ctx.text.startsWith(w, pos)) : undefined;
  if (grade && out.length === 0) {
    const gradeEnd = pos + grade.length;
    out.push({ word: grade, tag: 'b', start: pos, end: gradeEnd });
    chars += grade.length;
    ti = ctx.tokenAt[gradeEnd] ?? ctx.tokens.length;
    const straddling = ctx.tokens[ti];
    // (A word jieba read across the grade's end, 上企|业: its part after the grade.)
    if (straddling && straddling.start < gradeEnd) {
      const rest = straddling.word.slice(gradeEnd - straddling.start);
      if (HAN_ONLY.test(rest)) out.push({ ...straddling, word: rest, start: gradeEnd, tag: 'n' });
      ti++;
    }
  }
  // 最高10万元的补贴: what the figure is of follows its 的.
  if (ctx.tokens[ti]?.word === '的') ti++;
  const unknown = ctx.res.lex.measures.unknownAfterCount;
  for (; ti < ctx.tokens.length && out.length < 3; ti++) {
    // (186家|大米/m|加工企业: a word jieba tags a numeral that holds no numeral — 大米 — is a noun:
    // outcome.measure.numeral-tag-noun.)
    const token = ctx.tokens[ti]!;
    const t = token.tag === 'm' && HAN_ONLY.test(token.word) && !NUMERAL_CHAR.test(token.word) ? { ...token, tag: 'n' } : token;
    // (12个项目 总投资…: a space after a word read ends the measure — outcome.measure.space-ends-after.)
    if (SPACES.test(t.word) && out.length > 0) break;
    if (SPACES.test(t.word)) continue;
    // 十几名|绣娘|赶制: a word jieba does not know right after a count's classifier is what was counted
    // (outcome.measure.unknown-noun-after-count); not one a few characters or none before 、 or 的 (引进52个质态佳、带动强的项目, 45个质态|优的项目: a quality).
    if (out.length === 0 && t.start === pos && t.tag === 'x' && t.word.length >= 2 && t.word.length <= unknown.maxLength && HAN_ONLY.test(t.word) && unknown.classifiers.includes(ctx.text[pos - 1] ?? '') && !ctx.res.lex.stopwords.has(t.word) && !/^[^，,。；;、！？\n]{0,3}[、的]/u.test(ctx.text.slice(t.end, t.end + 6))) {
      chars += t.word.length;
      out.push({ ...t, tag: 'n' });
      continue;
    }
    // 培育出300万株|优质|茶苗: a word jieba does not know right after a word of quality read after the count is the
    // noun counted (outcome.measure.unknown-after-quality).
    const quality = ctx.res.lex.measures.unknownAfterQuality;
    const prev = out[out.length - 1];
    if (out.length === 1 && prev && prev.end === t.start && t.tag === 'x' && t.word.length >= 2 && t.word.length <= quality.maxLength && HAN_ONLY.test(t.word) && !ctx.res.lex.stopwords.has(t.word) && (quality.qualities.includes(prev.word) || /^[ab]$/u.test(prev.tag))) {
      chars += t.word.length;
      out.push({ ...t, tag: 'n' });
      continue;
    }
    if (isMeasureBreak(ctx, t) || !MEASURE_TAGS.test(t.tag)) break;
    // 186家大米加工企业: a verbal noun between the first word counted and a noun right after it is the compound's middle
    // (outcome.measure.verbal-noun-compound).
    const nextNoun = ctx.tokens[ti + 1];
    // (Only before a noun of a place or body of work — 基地, 企业, 合作社 —: 12家企业|生产|口罩 is a verb and its object.)
    const compound = /^vn?$/u.test(t.tag) && t.word.length === 2 && COMPOUND_HEAD.test(nextNoun?.word ?? '') && out.length === 1 && out[0]!.end === t.start && nextNoun && nextNoun.start === t.end && /^n/u.test(nextNoun.tag) && !/^n[rs]/u.test(nextNoun.tag);
    if (t.tag.startsWith('v') && out.length > 0 && !SERVICE_VERBS.test(t.word) && !compound) break;
    // An idiom after the noun is what happened to it, not what was counted (12家企业榜上有名).
    if (IDIOM_TAGS.test(t.tag) && out.length > 0) break;
    if (LATIN_FIRST.test(t.word)) break;
    chars += t.word.length;
    if (chars > 12) break;
    out.push(t);
  }
  return out;
}

/** After 从 and a period: 的, the start's figure, a verb of change and 到 or 至, up to the figure changed to. */
const CHANGED_TO_AFTER_START = /^的[^，,。；;]{0,12}?[\d.]+[^，,。；;\d]{0,4}?(?:提高|增加|增长|提升|上升|扩大|下降|减少|降低|降|升|增)?(?:到|至)了?[^，,。；;\d]{0,3}$/u;

function periodBefore(ctx: ExtractContext, pos: number): string | undefined {
  const sentence = ctx.sentences[ctx.sentenceAt[pos]!]!;
  const text = ctx.text.slice(sentence.start, pos);
  let last: string | undefined;
  let lastEnd = 0;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    // 是去年同期的2倍, 为上年的1.5倍: the period a multiple is compared with is not the figure's.
    if (/(?:是|为|相当于)$/u.test(text.slice(0, m.index)) && /^(?:同期)?的\s*$/u.test(text.slice(m.index + m[0].length))) continue;
    // 这个度假村2019年开业，占地面积320亩: the year of an event (开业, 成立, 建成) dates the event, not the figures
    // after it.
    if (EVENT_AFTER_YEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    // 从去年的480元提高到560元: the period after 从 dates the change's start, not the figure it changed to
    // (outcome.period.change-start).
    if (/从$/u.test(text.slice(0, m.index)) && CHANGED_TO_AFTER_START.test(text.slice(m.index + m[0].length))) continue;
    last = m[0].replace(/\s+/g, '');
    lastEnd = m.index + m[0].length;
  }
  // 2021年，某某创办了某公司，目前拥有客房46间; 公司每年投入…，目前拥有专利86项: a word of now after the period
  // printed earlier in the sentence says the figure is as it stands at the issue, not of that period.
  const now = NOW_WORD.exec(text.slice(lastEnd));
  return now ? undefined : last;
}

/**
 * 力争明年产值突破5亿元, 计划投资1.5亿元，新建厂房3万平方米; 预计全年达到500亿元, 有望突破: a figure after a word of
 * planning or forecasting in its sentence, with no word of what is done or now between (已, 目前, 去年, 截至, 以来), is
 * a target or a forecast, not a result.
 */
function outlookBefore(ctx: ExtractContext, pos: number): 'planned' | 'expected' | undefined {
  const sentence = ctx.sentences[ctx.sentenceAt[pos]!]!;
  const text = ctx.text.slice(sentence.start, pos);
  let found: RegExpExecArray | undefined;
  OUTLOOK.lastIndex = 0;
  // (The figure's first character is read too, so that 将 right before it — 今年将3000亩土地流转给… — is 把.)
  const upTo = ctx.text.slice(sentence.start, pos + 1);
  for (let m = OUTLOOK.exec(upTo); m; m = OUTLOOK.exec(upTo)) if (m.index + m[0].length <= text.length) found = m;
  if (!found || DONE_SINCE.test(text.slice(found.index + found[0].length))) return undefined;
  // (预计今年产值将达…: 将 after a word of forecasting goes on with the forecast.)
  if (found[1] && /将$/u.test(found[1]) && /(?:预计|有望|预期|可望|有信心|有把握)/u.test(text.slice(0, found.index + found[0].length))) return 'expected';
  return found[1] ? 'planned' : 'expected';
}

/**
 * Words of planning (group 1: also 明年将, 下一步将, 今年将, 到2027年…将 — what is to be done; not 将 before a number, 将至) and of forecasting (group 2) — not a plan named as a thing (加入了某某计划，, 计划的),
 * a purpose (为确保…), nor 拟 of 模拟, (按照计划，试点用3年时间改造…: a plan's lead, 按照计划 and its comma, is one too; so is 将 after
 * a programme's time, 试点期间将新建…) nor an area laid out (规划面积12平方公里: the size a park is laid out with). (某县要在2027年实现…的目标: 要在 and a time ahead is a target.)
 * (项目建成后年产值可达2亿元, 投产后将新增就业300人: what a plant not yet built or run will do is a forecast —
 * outcome.outlook.after-completion — unless a word of what is done or now follows: 投产后，去年产值达….)
 */
const OUTLOOK = /((?:按照|根据|依照|按)(?:计划|规划)(?=[，,])|(?:计划|规划)(?![，,。；;、”"的书表单]|面积|用地|总面积|建设用地|占地)|(?:明年|下一步|今后|接下来|下阶段|期间)[，,]?[^，,。；;\d“”]{0,8}?将(?![至近])|(?:今年|年内|全年|(?:到|至)\d{4}年(?:底|末)?)[，,]?[^，,。；;\d“”]{0,16}?将(?![至近要\d一二两三四五六七八九十])|力争|争取(?!到|上级|中央|省级|省里|市级|国家|资金|专项|补助|债券|政策)|(?<![模虚草比])拟|(?<!为|为了)确保|目标是|目标为|(?<![需只还])要在(?=\d{4}年|今年|明年|年内|年底|未来|[一二两三四五]年内)|(?:今年|明年|年内|全年)[，,]?[^，,。；;\d“”]{0,16}?(?<![需只还不])要(?=增长|达到|达|实现|突破|完成|超过|提高|提升|保持|控制在))|(预计|有望|预期|可望|有信心|有把握|(?:建成|投产|达产|投用|投运|完工|竣工)(?:投产|投运|投用|运营|使用)?(?:后|以后)[，,]?[^，,。；;\d“”]{0,12}?(?:可达|可实现|可(?![以是见谓观靠信视持])|能(?=[达实新增带提])|将(?![至近])))/gu;
/** 分别 and a verb of reaching right before a figure (分别达到, 分别为, 分别实现). */
const RESPECTIVELY_BEFORE = /分别(?:达到|达|为|是|实现|完成|有|超过|突破)?\s*$/u;
/** What is said (：“…, or a quotation opened and not closed), not a name in quotation marks (“美丽庭院”创建工作…). */
const QUOTED = /[：:]\s*[“"「]|[“"「][^”"」]*$|[“"「][^”"」]{16,}/u;
/** A clause of nothing but a place's name (龙口村, 某某镇, 某某社区), before a figure whose measure is left out. */
const ELIDED_ITEM = /^[\u4e00-\u9fff]{1,6}(?:村|镇|乡|社区|街道|县)$/u;
/** The words from `from` to `to` hold no verb, preposition or adverb (龙口村; not 改造示范村): a name only. */
function onlyNames(ctx: ExtractContext, from: number, to: number): boolean {
  for (let ti = ctx.tokenAt[Math.max(0, to - 1)]!; ti >= 0 && ctx.tokens[ti]!.end > from; ti--) {
    const t = ctx.tokens[ti]!;
    if (SPACES.test(t.word) || CLAUSE_PUNCTUATION.test(t.word)) continue;
    if (/^[vpd]/u.test(t.tag)) return false;
  }
  return true;
}
/** A clause of nothing but a hope or forecast of reaching a figure: 今年有信心突破, 明年有望达到, 力争突破. */
const BARE_HOPE = /^[“"]?(?:今年|明年|年内|全年|下半年|未来三年)?(?:我们)?(?:有信心|有把握|有望|力争|争取)(?:能)?(?:突破|达到|达|实现|超过|超|冲刺)?$/u;
/** Words of what is done or stands now, after which a figure is a result again. */
const DONE_SINCE = /(?:已经|已|目前|现在|如今|去年|上年|截至|以来|实际(?!利用|使用)|累计)/u;

/** An event dated by the year before it (2019年开业, 2016年5月正式成立, 2020年建成投产, 2015年上任). */
const EVENT_AFTER_YEAR = /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:正式|建成)?(?:开业|成立|建成|投产|落户|创办|创建|开工|始建|注册|挂牌|开园|开馆|开放|组建|上任|任职|就任|当选|返乡|回村|回乡|毕业|退伍|入党)/u;

/** Words of now (目前, 现在, 如今): the figure after them is as it stands at the date of issue. */
const NOW_WORD = /(?:目前|现在|如今|眼下|当前|现已)/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
