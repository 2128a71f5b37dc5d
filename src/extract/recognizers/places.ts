// Places: gazetteer names matched longest-first at jieba token boundaries; country abbreviations in pairs
// (中俄, 中美); the home city as papers write it (我市, 本市, 全市, 市区); water and roads named before a
// position word (六里塘北侧); and jieba's own place tags for what the gazetteer lacks (foreign cities).
import type { PlaceKind } from '../../../schema/model.js';
import type { NameEntry } from '../../gazetteer/index.js';
import { isTokenEnd, type ExtractContext } from '../context.js';
import { candidate, type Candidate } from '../mention.js';

const HOME_REFS: Record<string, 'home-city' | 'home-province' | 'local-area'> = {
  我市: 'home-city',
  本市: 'home-city',
  全市: 'home-city',
  市区: 'home-city',
  市内: 'home-city',
  该市: 'home-city',
  我省: 'home-province',
  本省: 'home-province',
  全省: 'home-province',
  全区: 'local-area',
  我区: 'local-area',
  本区: 'local-area',
  区内: 'local-area',
};

const LANDMARK = /^[\u4e00-\u9fff]{1,4}?(?:塘|河|湖|江|港|浜|溪|泾|荡|漾|山|岛|桥|路|街|大道|公园|广场|码头)/u;
const POSITION_AFTER = /^(?:北侧|南侧|东侧|西侧|沿岸|两岸|沿线|一带|附近|畔|边上|周边)/u;

export function recognizePlaces(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens, res } = ctx;
  const g = res.gazetteer;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    const ref = HOME_REFS[tok.word];
    if (ref) {
      out.push(candidate('Place', tok.start, tok.end, `place.ref.${ref}`, 0.9, { ref }));
      continue;
    }
    const matches = res.placeTrie.matchesAt(text, tok.start, Math.min(text.length, tok.start + g.maxNameLength));
    let matched = false;
    for (const m of matches) {
      if (!isTokenEnd(ctx, m.end)) continue;
      const entries = g.lookup(text.slice(tok.start, m.end));
      const usable = entries.filter((e) => usableName(ctx, e, tok.start, m.end));
      if (usable.length === 0) continue;
      const place = g.get(usable[0]!.placeId)!;
      const form = usable[0]!.form;
      const conf = form === 'full' ? 0.9 : form === 'alias' ? 0.88 : 0.8;
      out.push(candidate('Place', tok.start, m.end, `place.gazetteer.${form}`, conf, { placeIds: [...new Set(usable.map((e) => e.placeId))] }, place.kind));
      matched = true;
      break;
    }
    if (matched) continue;
    const pair = countryPairAt(ctx, tok.word, tok.tag);
    if (pair) {
      for (let i = 0; i < pair; i++) {
        const id = g.lookup(tok.word[i]!).find((e) => e.form === 'abbr')!.placeId;
        out.push(candidate('Place', tok.start + i, tok.start + i + 1, 'place.country-pair', 0.85, { placeIds: [id] }, g.get(id)!.kind));
      }
      continue;
    }
    if ((tok.tag === 'ns' || tok.tag === 'nsf') && tok.word.length >= 2 && /^[\u4e00-\u9fff]+$/.test(tok.word)) {
      const evidence = nsEvidence(ctx, ti);
      if (evidence) out.push(candidate('Place', tok.start, tok.end, `place.jieba-ns.${evidence}`, evidence === 'transliterated' ? 0.7 : 0.65, {}, kindBySuffix(tok.word)));
      continue;
    }
    const lm = LANDMARK.exec(text.slice(tok.start, tok.start + 8));
    if (lm && tok.tag !== 'v' && !res.lex.stopwords.has(tok.word)) {
      const end = tok.start + lm[0].length;
      if (POSITION_AFTER.test(text.slice(end, end + 3))) out.push(candidate('Place', tok.start, end, 'place.landmark-positional', 0.7, {}, 'Landmark'));
    }
  }
  return out;
}

/**
 * Short forms are words too (平湖 is a lake, 和平 is peace): a short form counts when jieba reads it as a
 * name, or when it is a town of the paper's own county. Full names and aliases always count.
 */
function usableName(ctx: ExtractContext, e: NameEntry, start: number, end: number): boolean {
  if (e.form === 'abbr') return false;
  if (e.form === 'full' || e.form === 'alias') return true;
  const t = ctx.tokens[ctx.tokenStartingAt[start]!]!;
  const wholeToken = t.end === end;
  if (!wholeToken) return true; // spans several tokens: a name jieba did not know
  return /^(ns|nsf|nr|nrt|nz|nt|j|x|ng)$/.test(t.tag) || t.word.length >= 3;
}

// Characters that transliterate foreign names (巴黎, 莫斯科, 阿布贾): a jieba place made only of them is foreign.
const TRANSLITERATION = new Set('阿埃艾爱安昂奥澳巴拜班邦包保贝本比彼毕宾波伯博布查达戴丹道德的迪蒂丁东杜顿多厄恩尔法凡菲费芬丰弗夫福富盖甘冈戈格贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡开凯坎康科克肯库夸奎拉莱兰朗劳勒雷黎里利连列林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙孟米密明摩莫姆穆纳奈南内尼涅纽努诺欧帕潘庞佩彭皮普奇契乔切琼丘萨塞桑森沙莎舍什圣施斯松苏索塔泰坦汤唐特图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因印英尤于约泽扎詹芝兹佐'.split(''));

const LOCATIVE_BEFORE = /(?:在|到|赴|往|去|从|自|来自|位于|地处|前往|抵达|访问|离开|飞往|途经|经|至|回|返回|出访|访)$/u;
const LOCATIVE_AFTER = /^(?:市|省|县|地区|一带|境内|以东|以西|以南|以北|东部|西部|南部|北部|中部|沿海|当地|人民|政府|方面|举行|召开|举办|访问)/u;

/** jieba tags some ordinary words ns (台风, 宜居): its guess needs support from the words around it. */
function nsEvidence(ctx: ExtractContext, ti: number): string | undefined {
  const tok = ctx.tokens[ti]!;
  if ([...tok.word].every((ch) => TRANSLITERATION.has(ch)) && tok.word.length >= 2) return 'transliterated';
  const before = ctx.text.slice(Math.max(0, tok.start - 4), tok.start);
  const after = ctx.text.slice(tok.end, tok.end + 4);
  if (LOCATIVE_BEFORE.test(before) || LOCATIVE_AFTER.test(after)) return 'locative';
  const prev = ctx.tokens[ti - 1];
  const next = ctx.tokens[ti + 1];
  if ((prev?.word === '、' && ctx.tokens[ti - 2]?.tag === 'ns') || (next?.word === '、' && ctx.tokens[ti + 2]?.tag === 'ns')) return 'listed';
  return undefined;
}

/**
 * 中俄, 中美, 中日韩: one-character country abbreviations standing together, as a whole word or at the start
 * of a word jieba did not know (中俄供采 → 中俄供/x). Returns how many characters are countries (0 if none).
 */
function countryPairAt(ctx: ExtractContext, word: string, tag: string): number {
  let n = 0;
  while (n < Math.min(word.length, 4) && ctx.res.gazetteer.lookup(word[n]!).some((e) => e.form === 'abbr')) n++;
  if (n < 2 || new Set(word.slice(0, n)).size !== n) return 0;
  return n === word.length || tag === 'x' ? n : 0;
}

function kindBySuffix(name: string): PlaceKind {
  if (name.endsWith('省')) return 'Province';
  if (name.endsWith('县')) return 'County';
  if (name.endsWith('区')) return 'District';
  if (name.endsWith('镇') || name.endsWith('乡')) return 'Town';
  if (name.endsWith('村')) return 'Village';
  if (name.endsWith('社区')) return 'Community';
  if (name.endsWith('街道')) return 'Subdistrict';
  if (name.endsWith('市')) return 'City';
  return 'Region';
}
