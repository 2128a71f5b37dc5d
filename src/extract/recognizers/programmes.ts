// Programmes — campaigns, policies, awards, recognitions, trade fairs, platforms, projects:
//  - a quoted name followed by the word for its type, perhaps after a few modifiers
//    (“千名干部助千企”精准帮扶活动, “浙里网格连心”系统, ‘博士们的故事’活动), or ending in it
//    (“十大百日攻坚行动”);
//  - an unquoted name grown leftwards from a type word that only names things (交易会, 品牌展, 奖, 认定),
//    with its edition or year (第二十三届中国专利优秀奖, 2022浙江平湖出口网上交易会) and a bracketed
//    qualifier after it (（俄罗斯站—羽绒服专场）);
//  - the title of an official document in 《》 (《关于…的若干意见》).
import { isTokenEnd, type ExtractContext } from '../context.js';
import { candidate, type Candidate, type MentionAttrs } from '../mention.js';
import type { ProgrammeType } from '../lexicon.js';
import { growLeft, trimLeadingGeneric } from './grow.js';
import { placeAt } from './organizations.js';

const QUOTED = /[“"‘]([^“”"‘’\n，。！？；：]{2,30})[”"’]/gu;
const MAX_PROGRAMME = 40;

export function recognizeProgrammes(ctx: ExtractContext): Candidate[] {
  return [...quoted(ctx), ...bare(ctx), ...documentTitles(ctx), ...listedModules(ctx)];
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

function quoted(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1]!;
    // A name, not a formula (“1+3+N”, “产业基金+研究院+三方服务平台”) or a list.
    if (!/[\u4e00-\u9fff].*[\u4e00-\u9fff]/u.test(inner) || /[+＋、]/.test(inner)) continue;
    const qStart = m.index;
    const qEnd = m.index + m[0].length;
    // The type word after the closing quote, perhaps after modifiers (精准帮扶活动, 数字应用).
    const after = text.slice(qEnd, qEnd + lex.programmeMaxGap + 4);
    let best: { t: ProgrammeType; end: number } | undefined;
    for (let gap = 0; gap <= lex.programmeMaxGap && gap < after.length; gap++) {
      if (gap > 0 && /[，。、；：！？“”‘’"（）\s的和与及]/.test(after[gap - 1]!)) break;
      for (let len = 4; len >= 1; len--) {
        const t = lex.programmeTypeByWord.get(after.slice(gap, gap + len));
        if (t && t.quoted && isTokenEnd(ctx, qEnd + gap + len)) {
          best = { t, end: qEnd + gap + len };
          break;
        }
      }
      if (best) break;
    }
    const attrs: MentionAttrs = { canonical: inner };
    // A type word inside short quotes (“公示制度”, “十大百日攻坚行动”) says what the name is, unless a
    // more telling one follows the quotes (“…的应用”项目 is a project).
    const inside = inner.length <= 12 ? typeEndingIn(ctx, inner) : undefined;
    if (inside && (!best || best.t.word === '工作')) {
      out.push(candidate('Programme', qStart, qEnd, `${inside.id}.quoted-inside`, 0.85, attrs, inside.kind));
      continue;
    }
    if (best) {
      out.push(candidate('Programme', qStart, best.end, `${best.t.id}.quoted`, 0.9, attrs, best.t.kind));
    }
  }
  return out;
}

function bare(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  for (const tok of ctx.tokens) {
    if (!lex.tries.programmeTypes.mayMatchAt(text, tok.end)) continue;
    const type = lex.tries.programmeTypes.longest(text, tok.end, Math.max(0, tok.end - 5), (v) => v[0]!.bare)?.values[0];
    if (!type) continue;
    const typeStart = tok.end - type.word.length;
    // 夸奖, 获奖, 颁奖: the token is a word of its own, not a name ending in 奖.
    if (type.word.length === 1 && tok.word.length === 2 && lex.awardStopStems.has(tok.word[0]!)) continue;
    if (text[typeStart - 1] === '”' || text[typeStart - 1] === '"') continue; // handled as quoted
    let start = growLeft(ctx, typeStart, { maxLength: MAX_PROGRAMME, allowYear: true });
    start = trimLeadingGeneric(ctx, start, typeStart);
    const stem = text.slice(start, typeStart);
    const edition = lex.editionPattern.exec(stem);
    const year = /^((?:19|20)\d{2})(?:年度?)?/.exec(stem);
    const core = stem.replace(lex.editionPattern, '').replace(/^(?:19|20)\d{2}(?:年度?)?/, '');
    if (core.replace(/[（）()]/g, '').length < 2 || lex.awardStopStems.has(core)) continue;
    if (/^[\d\s]+$/.test(core)) continue;
    // A qualifier in brackets right after the name belongs to it: 交易会（俄罗斯站—羽绒服专场）.
    let end = tok.end;
    const q = /^[（(][^（）()\n。]{1,24}[)）]/.exec(text.slice(end, end + 26));
    if (q) end += q[0].length;
    const attrs: MentionAttrs = {};
    if (edition) attrs.edition = edition[0];
    if (year) {
      attrs.year = Number(year[1]);
      attrs.edition ??= stem.slice(0, year[0].length);
    }
    const coreStart = start + stem.length - core.length;
    const place = placeAt(ctx, coreStart, typeStart);
    if (place) attrs.place = place;
    const level = /^[省市县区]/.exec(core);
    if (level && !place) attrs.ref = level[0] === '省' ? 'home-province' : level[0] === '市' ? 'home-city' : 'local-area';
    attrs.canonical = canonicalProgrammeName(core + type.word, type) + (q ? q[0] : '');
    out.push(candidate('Programme', start, end, `${type.id}.bare`, type.word.length >= 2 ? 0.85 : 0.8, attrs, type.kind));
  }
  return out;
}

/** 孵化器认定名单 names the recognition 孵化器认定; the list is one year's outcome of it. */
function canonicalProgrammeName(name: string, type: ProgrammeType): string {
  if (type.word === '认定名单') return name.slice(0, -2);
  return name;
}

function documentTitles(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { endings, id } = ctx.res.lex.documentTitle;
  const re = /《([^《》\n]{2,60})》/gu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const title = m[1]!;
    if (!endings.some((e) => title.endsWith(e))) continue;
    out.push(candidate('Programme', m.index, m.index + m[0].length, id, 0.85, { canonical: title }, 'Policy'));
  }
  return out;
}
