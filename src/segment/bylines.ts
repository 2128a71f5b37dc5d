// Bylines: `■记 者 胡佳英`, `通讯员 张 磊 顾思卓`, `本报记者 王强 李明`, `■摄影 王 强`, a columnist's
// `■言成声`, or `（记者 张三）` at the end of a plain article; as e-paper crawls print them, with the outlets
// of the reporters and where the article was printed (`本报记者  周  洁  新华网记者  谭  敏《光明日报》（2024年
// 06月18日第 05 版）`); photo credits after the name (`谢  磊摄`). Names arrive letter-spaced; runs of single
// characters are regrouped into names: in pairs where the printing sets names apart by double spaces (a
// two-character name is printed with a double space inside it), else splitting where a surname starts.
import type { Byline, BylineRole } from '../document/types.js';
import { isCommonSurname, isNamePartsWhole, loadNameParts, loadSurnames, surnameAt, type Surnames } from '../lexicons/index.js';
import { MappedText } from '../text/mapped-text.js';
import { splitOnSpaces } from './clean.js';
import { loadSegmentModel, type SegmentModel } from './model.js';
import { RULE } from './rule-ids.js';

export interface ParsedByline {
  bylines: Byline[];
  /** Rule ids that matched. */
  rules: string[];
  /** A columnist's signature rather than a reporter's byline. */
  signature: boolean;
  /** Opens with a byline mark (■记者 …): a byline of its own, not the second line of another. */
  marked: boolean;
  /** Where the article was printed, from a crawl's print line (《光明日报》（2024年06月18日第 05 版））. */
  printed?: PrintLine;
  /** When a crawl's field line says the article was published (发布时间：2025-06-12 08:30): YYYY-MM-DD. */
  published?: { date: string; rule: string };
  /**
   * The outlet a copy was taken from when it names no paper: a public account's name on its date line (仙居发布),
   * a source field or note that names no paper (来源：某某县融媒体中心). Article.outlet.
   */
  copiedFrom?: { outlet: string; rule: string };
}

export interface PrintLine {
  newspaper: string;
  /** YYYY-MM-DD, when the printed date is a real date. */
  date?: string;
  page?: string;
  rule: string;
}

/** Parses a whole paragraph as a byline, or returns null when it is not one. */
export function parseBylineParagraph(t: MappedText, model: SegmentModel): ParsedByline | null {
  const text = t.text;
  let start = 0;
  while (start < t.length && model.bylineMarks.includes(text[start]!)) start++;
  const marked = start > 0;
  // Cheap tests first: most lines of a page are prose, and a byline opens with its role, ends with where it was
  // printed (》…版）) or is a photo credit (…摄).
  const print = text.includes('》') ? model.printLine.regex.exec(text) : null;
  if (!marked && !print && !opensWithRole(text, model) && !text.includes('摄') && !/[/／]\s*[文图]/.test(text) && !NAMES_WEN.test(text)) return null;
  const printed = print ? printLineOf(print, model.printLine.id) : undefined;
  const body = (print ? t.slice(start, print.index) : t.slice(start)).trim();
  const withPrint = (p: ParsedByline): ParsedByline => (printed ? { ...p, rules: [...p.rules, printed.rule], printed } : p);
  if (body.length === 0) return printed ? withPrint({ bylines: [], rules: [], signature: false, marked }) : null;

  // ■新闻链接 is a sidebar's head, not a columnist's pen name.
  const sig = model.sidebarHead.regex.test(t.text) ? null : model.signature.regex.exec(t.text);
  if (sig && marked && !model.roleRegex.test(body.text)) {
    const name = body.text.replace(/\s+/g, '');
    return {
      bylines: [{ name, role: '作者', ...body.sourceSpan(0, body.length), rule: model.signature.id }],
      rules: [model.signature.id],
      signature: true,
      marked,
    };
  }
  const roles = parseRoleNames(body, model, marked, true);
  if (roles) return withPrint(roles);
  // 本报评论员 on a line of its own signs a commentary with the paper's name: no person, but the piece's signature.
  const unsigned = model.roleByText.get(body.text.replace(/\s/g, ''));
  if (unsigned?.role === '评论员') return withPrint({ bylines: [], rules: [unsigned.id], signature: true, marked });
  const photo = parsePhotoCredit(body, model, true);
  if (photo) return withPrint({ bylines: photo, rules: [model.photoCredit.id], signature: false, marked });
  const credits = slashCredits(body, model);
  if (credits) return withPrint({ bylines: credits, rules: [...new Set(credits.map((c) => c.rule))], signature: false, marked });
  // 汪雪芬　文: names, then 文 set apart — the writers, with no role.
  const wen = NAMES_WEN.exec(body.text);
  if (wen) {
    const authors = authorsOnly(body.slice(0, wen.index + wen[1]!.length), RULE.bylineNamesWen);
    if (authors) return withPrint({ ...authors, marked });
  }
  if (!printed) return null;
  // Before a print line, names without a role are the authors' (a signed commentary: 李某《…》（…）), and a role
  // without names (本报评论员) still tells where the article was printed.
  const authors = authorsOnly(body, printed.rule);
  if (authors) return withPrint({ ...authors, rules: [] });
  return model.roleAtStart.test(body.text) && body.length <= 8 ? withPrint({ bylines: [], rules: [], signature: false, marked }) : null;
}

/** A two-character name letter-spaced, alone (火 旭): byline.letter-spaced-name. */
const LETTER_SPACED_NAME = /^\s*([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])\s*$/u;

/** Names (letter-spaced or not, up to three) and 文 set apart after them: 汪雪芬　文, 李  明 王小川 文. */
const NAMES_WEN = /^([\u4e00-\u9fff·](?:\s{0,2}[\u4e00-\u9fff·]){1,4}(?:\s+[\u4e00-\u9fff·](?:\s{0,2}[\u4e00-\u9fff·]){1,4}){0,2})\s+文$/u;

/** Names without a role (张三 李四): the authors, each opening with a surname; null when `t` holds anything else. */
export function authorsOnly(t: MappedText, rule: string): ParsedByline | null {
  const names = splitNames(t);
  if (!names || names.length === 0 || !names.every((n) => isPlausibleName(n))) return null;
  return {
    bylines: names.map((n) => ({ name: n.text, role: '作者' as const, ...t.sourceSpan(n.start, n.end), rule })),
    rules: names.some((n) => n.latin) ? [rule, RULE.bylineLatinName] : [rule],
    signature: false,
    marked: false,
  };
}

/** The text opens with a role, perhaps after another outlet's name (新华网记者); the outlet is looked for only near a role word. */
function opensWithRole(text: string, model: SegmentModel): boolean {
  if (model.plainRoleAtStart.test(text)) return true;
  for (const word of model.outletRoles) {
    const k = text.indexOf(word);
    if (k > 0 && k <= OUTLET_MAX) return model.roleAtStart.test(text);
  }
  return false;
}

/** The longest outlet name read before a role (the outlets pattern allows 19 characters). */
const OUTLET_MAX = 20;

function printLineOf(m: RegExpExecArray, rule: string): PrintLine {
  const g = m.groups!;
  const y = Number(g.year);
  const mo = Number(g.month);
  const d = Number(g.day);
  const valid = new Date(Date.UTC(y, mo - 1, d));
  const real = valid.getUTCFullYear() === y && valid.getUTCMonth() === mo - 1 && valid.getUTCDate() === d;
  return {
    newspaper: g.paper!,
    ...(real ? { date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` } : {}),
    ...(g.page ? { page: /^\d+$/.test(g.page) ? String(Number(g.page)) : g.page } : {}),
    rule,
  };
}

/**
 * `ROLE names ROLE names …`; every piece must be a role (perhaps after another outlet's name: 新华网记者) followed
 * by one or more plausible names. Names ending in 摄 (本报记者 王强摄) credit a photographer.
 */
/**
 * `spaced`: the text is a credit standing alone (a byline's line, a photographer's credit closing a caption), so a
 * letter-spaced two-character name after the role is a name whatever its surname (byline.letter-spaced-name); inside
 * a dateline's sentence (本报讯 记者 来 到…) it is not read so.
 */
export function parseRoleNames(body: MappedText, model: SegmentModel, marked = false, spaced = false): ParsedByline | null {
  if (!opensWithRole(body.text, model)) return null;
  // 记者 戚晓明 摄影报道: a report in photographs; the names took them.
  const photoReport = /\s*摄影报道$/u.exec(body.text);
  if (photoReport && photoReport.index > 0) {
    const inner = parseRoleNames(body.slice(0, photoReport.index), model, marked, spaced);
    return inner && { ...inner, bylines: inner.bylines.map((b) => ({ ...b, role: '摄影' as const })) };
  }
  const re = new RegExp(model.roleRegex.source, 'gu');
  const matches = [...body.text.matchAll(re)];
  if (matches.length === 0 || matches[0]!.index !== 0) return null;
  const bylines: Byline[] = [];
  const rules: string[] = [];
  let photoNext = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const roleText = m.groups!.role!.replace(/\s/g, '').replace('／', '/');
    const role = model.roleByText.get(roleText);
    if (!role) return null;
    const outlet = m.groups!.outlet;
    let namesStart = m.index! + m[0].length;
    let namesEnd = k + 1 < matches.length ? matches[k + 1]!.index! : body.length;
    while (namesEnd > namesStart && /\s/.test(body.text[namesEnd - 1]!)) namesEnd--;
    // 文/图 本报记者 王强, 本报记者 王强 文/图: a credit of what was written and photographed, before the role or
    // after the names, credits the names of the role beside it.
    // 文字：某某融媒体中心记者 某某, 作者：记者 某某: a label of who wrote it, over the role that names them (byline.label-over-role).
    if (namesEnd === namesStart && k + 1 < matches.length && role.role === '作者' && !roleText.includes('/')) {
      rules.push(RULE.bylineLabelOverRole);
      continue;
    }
    if (namesEnd === namesStart && roleText.includes('/') && (k + 1 < matches.length || k > 0)) {
      // 图/本报通讯员 某某: the names of the role after it took the photographs.
      if (roleText === '图/' && k + 1 < matches.length) photoNext = true;
      continue;
    }
    const shotByCredit = photoNext;
    photoNext = false;
    // 记者 孙悦 报道, 记者王强报道, 记者 王强 文: the last names may end with the verb of reporting, or 文 (wrote it) set
    // apart after a whole name (记者 付  文 is the letter-spaced name 付文).
    // 本报记者 殷  洁 整理, 记者 王强 采写: the verb of who put the piece together closes the names too.
    let closing = k + 1 === matches.length ? /(?:\s*(?:报道|整理|采写|执笔)|(?<=\S{2})\s+文)$/u.exec(body.text.slice(namesStart, namesEnd)) : null;
    // 本报记者 钱  沐 文　通讯员 某某 摄: 文 set apart closes the writers' names when the photographers' role follows.
    if (!closing && k + 1 < matches.length && /摄\s*$/u.test(body.text)) {
      closing = /(?<=\S(?:\s{0,3}\S)+)\s+文$/u.exec(body.text.slice(namesStart, namesEnd));
      if (closing) rules.push(RULE.bylineWenBeforePhoto);
    }
    if (closing) {
      namesEnd -= closing[0].length;
      while (namesEnd > namesStart && /\s/.test(body.text[namesEnd - 1]!)) namesEnd--;
    }
    // 通讯员 何晓东 文 徐杰 摄: 文 set apart closes the writers; the names after it, ending in 摄, took the photographs.
    const wen = /(?<=\S{2})\s+文\s+(?=\S[^]*摄$)/u.exec(body.text.slice(namesStart, namesEnd));
    const shot: Byline[] = [];
    if (wen) {
      const from = namesStart + wen.index + wen[0].length;
      const shooters = splitNames(body.slice(from, namesEnd - 1).trim());
      if (shooters === null || shooters.length === 0 || !shooters.every((n) => isPlausibleName(n))) return null;
      for (const n of shooters) shot.push({ name: n.text, role: '摄影', ...body.sourceSpan(n.start + from, n.end + from), rule: role.id, ...(outlet ? { outlet } : {}) });
      namesEnd = namesStart + wen.index;
    }
    const photo = namesEnd - namesStart > 2 && body.text[namesEnd - 1] === '摄';
    if (photo) namesEnd--;
    const credited = slashCredits(body.slice(namesStart, namesEnd), model);
    if (credited) {
      // 本报记者 王强/文 李明/图: the writer holds the role; the photographer is credited as such.
      for (const c of credited) bylines.push({ ...c, ...(c.role === '作者' ? { role: role.role, rule: role.id } : {}), ...(outlet ? { outlet } : {}) });
      rules.push(role.id);
      continue;
    }
    // 通讯员 钟离嘉禾（县农业农村局） 祁  颂（县水利局）: each name's unit in brackets after it.
    const bracketed = unitsAfterNames(body, namesStart, namesEnd);
    if (bracketed === null) return null;
    if (bracketed) {
      for (const b of bracketed) bylines.push({ ...b, role: photo || shotByCredit ? '摄影' : role.role, rule: role.id, ...(outlet ? { outlet } : {}) });
      bylines.push(...shot);
      rules.push(role.id, RULE.bylineUnitAfterName);
      if (outlet) rules.push(model.outletRuleId);
      continue;
    }
    // 通讯员 县公安局 郑佳宁: a contributor's unit, set apart before the names, is where they work, not a name.
    const unit = unitBefore(body.slice(namesStart, namesEnd));
    if (unit) namesStart += unit.next;
    let names = splitNames(body.slice(namesStart, namesEnd));
    if (names === null || names.length === 0 || !names.every((n) => isPlausibleName(n))) {
      // byline.letter-spaced-name: 记者 火 旭, 作者：占 越 — after a role, two characters set apart by a space and
      // nothing else are a two-character name letter-spaced as papers set it, whatever its surname.
      const spacedName = spaced ? LETTER_SPACED_NAME.exec(body.text.slice(namesStart, namesEnd)) : null;
      if (!spacedName) return null;
      const first = spacedName[0].indexOf(spacedName[1]!);
      const second = spacedName[0].lastIndexOf(spacedName[2]!);
      names = [{ text: spacedName[1]! + spacedName[2]!, start: spacedName.index + first, end: spacedName.index + second + 1 }];
      rules.push(RULE.bylineLetterSpacedName);
    }
    for (const n of names) {
      bylines.push({ name: n.text, role: photo || shotByCredit ? '摄影' : role.role, ...body.sourceSpan(n.start + namesStart, n.end + namesStart), rule: role.id, ...(outlet ? { outlet } : {}), ...(unit ? { unit: unit.name } : {}) });
    }
    bylines.push(...shot);
    rules.push(role.id);
    if (outlet) rules.push(model.outletRuleId);
  }
  if (bylines.length === 0) return null;
  if (bylines.some((b) => /[A-Za-z]/.test(b.name))) rules.push(RULE.bylineLatinName);
  // An unmarked line must look like nothing else: a short list of names after the role.
  if (!marked && bylines.length > 6) return null;
  return { bylines, rules, signature: false, marked };
}

/**
 * Names each followed by their unit in brackets (钟离嘉禾（县农业农村局） 祁  颂（县水利局）; 张三 李四（某某镇）: both of
 * that unit): the names with their units and sources, undefined when the names carry no bracket, or null when a
 * bracket holds no unit's name or a name is no name.
 */
function unitsAfterNames(body: MappedText, from: number, to: number): Omit<Byline, 'role' | 'rule'>[] | null | undefined {
  const text = body.text.slice(from, to);
  if (!/[（(]/u.test(text)) return undefined;
  const out: Omit<Byline, 'role' | 'rule'>[] = [];
  let at = 0;
  for (const m of text.matchAll(/[（(]\s*([\u4e00-\u9fff]{2,16})\s*[)）]/gu)) {
    const unit = m[1]!;
    if (!(unit.length >= 4 ? UNIT_ENDING.test(unit) : SHORT_UNIT_ENDING.test(unit) || /^[\u4e00-\u9fff]{2}(?:镇|乡|村)$/u.test(unit))) return null;
    const part = body.slice(from + at, from + m.index!).trim();
    const names = splitNames(part);
    if (!names || names.length === 0 || !names.every((n) => isPlausibleName(n))) return null;
    const base = from + at + (body.text.slice(from + at, from + m.index!).length - body.text.slice(from + at, from + m.index!).trimStart().length);
    for (const n of names) out.push({ name: n.text, ...body.sourceSpan(n.start + base, n.end + base), unit });
    at = m.index! + m[0].length;
  }
  if (out.length === 0) return null;
  // 尤  佳（感德镇）　Sophie Martin: names after the last unit are of no unit.
  const rest = body.slice(from + at, to);
  if (rest.text.trim() !== '') {
    const lead = rest.text.length - rest.text.trimStart().length;
    const names = splitNames(rest.trim());
    if (!names || names.length === 0 || !names.every((n) => isPlausibleName(n))) return null;
    for (const n of names) out.push({ name: n.text, ...body.sourceSpan(n.start + from + at + lead, n.end + from + at + lead) });
  }
  return out;
}

/** The endings of a unit's name (县公安局, 城关镇人民政府, 平湖市农业农村局, 某某街道); three-character units end in a body's own character. */
const UNIT_ENDING = /(?:局|委|院|所|中心|办|队|公司|集团|政府|镇|街道|乡|村|社区|站|部|厅|会|校|馆|台|处|署|团|行|社)$/u;
const SHORT_UNIT_ENDING = /^[\u4e00-\u9fff]{2}[局委院所办队站厅署处]$/u;

/**
 * A unit's name printed as the first of the words after a role, set apart by a space (or, in clean text, by a gap
 * in its source offsets), with names after it (通讯员 县公安局 郑佳宁 → 县公安局, and where the names start).
 */
function unitBefore(t: MappedText): { name: string; next: number } | undefined {
  let i = 0;
  while (i < t.length && /\s/u.test(t.text[i]!)) i++;
  let j = i;
  while (j < t.length && !/\s/u.test(t.text[j]!) && (j === i || t.offsets[j] === t.offsets[j - 1]! + 1)) j++;
  const word = t.text.slice(i, j);
  if (!/^[\u4e00-\u9fff]{3,16}$/u.test(word)) return undefined;
  let k = j;
  while (k < t.length && /\s/u.test(t.text[k]!)) k++;
  if (k >= t.length) return undefined;
  const isUnit = word.length >= 4 ? UNIT_ENDING.test(word) : SHORT_UNIT_ENDING.test(word);
  return isUnit ? { name: word, next: k } : undefined;
}


/**
 * Names each followed by what they did (王强/文 李明/图, 王强／文): bylines with their sources, the writer's role
 * 作者 and the photographer's 摄影, or null when any piece of `t` is not such a credit of a plausible name.
 */
export function slashCredits(t: MappedText, model: SegmentModel): Byline[] | null {
  if (!/[/／]/.test(t.text)) return null;
  const out: Byline[] = [];
  // Each credit is a name, perhaps letter-spaced (闵  浩/图), a slash and what was done; nothing else between.
  const re = new RegExp(SLASH_CREDIT_SPACED.source, 'gu');
  let at = 0;
  for (const m of t.text.matchAll(re)) {
    if (t.text.slice(at, m.index).trim() !== '') return null;
    at = m.index! + m[0].length;
    const start = m.index! + m[0].indexOf(m[1]!);
    const name: NameSpan = { text: m[1]!.replace(/\s/g, ''), start, end: start + m[1]!.length };
    if (name.text.length < 2 || name.text.length > 6 || !isPlausibleName(name)) return null;
    const role = m[2] === '文' ? model.roleByText.get('文/')! : model.roleByText.get('图/')!;
    out.push({ name: name.text, role: role.role, ...t.sourceSpan(name.start, name.end), rule: role.id });
  }
  if (out.length === 0 || t.text.slice(at).trim() !== '') return null;
  return out;
}

/** `王强/文`, `闵  浩／图` within a line: a name (letter-spaced up to two spaces), a slash, what was done. */
const SLASH_CREDIT_SPACED = /([\u4e00-\u9fff·](?:\s{0,2}[\u4e00-\u9fff·]){1,5})\s*[/／]\s*([文图摄])(?![\u4e00-\u9fff])/u;

/**
 * A photo credit closing `t` (谢  磊摄, 王强/摄, 王强 摄（田野中国）), or the whole of `t` when `whole`: the
 * photographers as bylines, or null. The names must look like names: each two to four characters opening with
 * a surname, so prose ending in 拍摄 or 摄 is not a credit.
 */
export function parsePhotoCredit(t: MappedText, model: SegmentModel, whole = false, s: Surnames = loadSurnames()): Byline[] | null {
  if (!t.text.includes('摄')) return null;
  const m = model.photoCredit.regex.exec(t.text);
  if (!m || (whole && t.text.slice(0, m.index).trim() !== '')) return null;
  const names = creditedNames(t, m, s);
  return names && names.map((n) => ({ name: n.text, role: '摄影' as const, ...t.sourceSpan(n.start, n.end), rule: model.photoCredit.id }));
}

/** Contributors credited in brackets at the end of `t`: （王某参与采写）. */
export function parseContributorCredit(t: MappedText, model: SegmentModel, s: Surnames = loadSurnames()): Byline[] | null {
  if (!t.text.includes('参与')) return null;
  const m = model.contributorCredit.regex.exec(t.text);
  if (!m) return null;
  const names = creditedNames(t, m, s);
  const role = m.groups!.role as BylineRole;
  return names && names.map((n) => ({ name: n.text, role, ...t.sourceSpan(n.start, n.end), rule: model.contributorCredit.id }));
}

/**
 * Authors named alone in brackets closing `t` (…用心用情。（戚  言）): each name two or three characters (four
 * with a double surname) opening with a surname; a run of four or more characters must split into names that
 * open with common surnames, so a place or a word in brackets is no author.
 */
export function parseTrailingNames(t: MappedText, model: SegmentModel, s: Surnames = loadSurnames()): Byline[] | null {
  if (!/[)）]\s*$/.test(t.text)) return null;
  const m = model.trailingNames.regex.exec(t.text);
  if (!m) return null;
  const names = creditedNames(t, m, s);
  const isName = (n: NameSpan): boolean => {
    const sn = surnameAt(n.text, 0, s);
    return sn > 0 && n.text.length > sn && n.text.length <= sn + 2 && (names!.length === 1 || sn === 2 || isCommonSurname(n.text[0]!, s));
  };
  if (!names || !names.every(isName)) return null;
  return names.map((n) => ({ name: n.text, role: '作者' as const, ...t.sourceSpan(n.start, n.end), rule: model.trailingNames.id }));
}

/** A photographer credited by role and name after a caption's last sentence (…蓝莓。　记者 某某 摄), or null. */
export function parseCaptionRoleCredit(t: MappedText, model: SegmentModel): Byline[] | null {
  if (!t.text.endsWith('摄')) return null;
  const m = model.captionRoleCredit.regex.exec(t.text);
  if (!m || m.index === 0) return null;
  const at = m.index + m[0].indexOf(m.groups!.credit!);
  const byRole = parseRoleNames(t.slice(at, at + m.groups!.credit!.length), model, false, true);
  if (!byRole || byRole.bylines.length === 0 || !byRole.bylines.every((b) => b.role === '摄影')) return null;
  return byRole.bylines.map((b) => ({ ...b, rule: model.captionRoleCredit.id }));
}

/** A photographer credited in brackets closing `t` (…。（记者 张三 摄）, （王五 摄）), or null. */
export function parseBracketedPhotoCredit(t: MappedText, model: SegmentModel): Byline[] | null {
  if (!t.text.includes('摄')) return null;
  const m = model.bracketedPhotoCredit.regex.exec(t.text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m.groups!.credit!);
  const credit = t.slice(at, at + m.groups!.credit!.length);
  const byRole = parseRoleNames(credit, model, false, true);
  const bylines = byRole ? byRole.bylines.filter((b) => b.role === '摄影') : parsePhotoCredit(credit, model, true);
  if (!bylines || bylines.length === 0 || (byRole && bylines.length !== byRole.bylines.length)) return null;
  return bylines.map((b) => ({ ...b, rule: model.bracketedPhotoCredit.id }));
}

/** The names of a credit match (its `names` group), each checked as a name; offsets are within `t`. */
function creditedNames(t: MappedText, m: RegExpExecArray, s: Surnames): NameSpan[] | null {
  const raw = m.groups!.names!;
  const lead = raw.length - raw.trimStart().length;
  const at = m.index + m[0].indexOf(raw) + lead;
  const names = splitNames(t.slice(at, at + raw.trim().length), s);
  if (!names || names.length === 0 || names.length > 4) return null;
  if (!names.every((n) => (n.text.length <= 4 || n.text.includes('·')) && isPlausibleName(n, s))) return null;
  return names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
}

/**
 * A byline name opens with a surname (王强, 欧阳晓峰) or is a transliterated name with its dot (买买提·艾力): words
 * of prose that follow a role (记者了解到，今年以来) are not names.
 */
function isPlausibleName(n: NameSpan, s: Surnames = loadSurnames()): boolean {
  if (n.latin) return true;
  if (n.text.includes('·') || surnameAt(n.text, 0, s) > 0) return true;
  // 次仁卓玛, 斯琴高娃: a Tibetan or Mongolian name has no surname; it is made of its people's name parts.
  const parts = loadNameParts();
  if (isNamePartsWhole(n.text, parts.tibetan) || isNamePartsWhole(n.text, parts.mongolian)) return true;
  // 阿依努尔, 古丽米拉: a Uyghur or Kazakh given name printed alone (byline.turkic-name).
  return n.text.length >= 3 && n.text.length <= 4 && /^[\u4e00-\u9fff]+$/u.test(n.text) && loadSegmentModel().turkicNames.openings.has(n.text.slice(0, 2));
}

interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** Written in Latin letters (Emily Carter). */
  latin?: boolean;
}

const NAME_CHARS = /^[\u4e00-\u9fff·•]+$/;

/**
 * Names separated by spaces or 、，; letter-spaced characters regrouped. Returns null if something in the
 * list cannot be a name (a verb, a sentence), so a body line that starts with 记者 is not taken for a byline.
 */
export function splitNames(t: MappedText, s: Surnames = loadSurnames()): NameSpan[] | null {
  return /[A-Za-z]/.test(t.text) ? withLatinNames(t, s) : splitHanNames(t, s);
}

/** A name in Latin letters in a Chinese byline (Emily Carter, David M. Lee): two or three capitalised words. */
const LATIN_NAME = /[A-Z][a-z]+(?:[ \u00a0]+(?:[A-Z]\.|[A-Z][a-z]+)){1,2}/gu;

/** Names among which some are written in Latin letters (陶知远 Emily Carter): each kept whole; null as splitNames. */
function withLatinNames(t: MappedText, s: Surnames): NameSpan[] | null {
  const out: NameSpan[] = [];
  let at = 0;
  const han = (from: number, to: number): boolean => {
    const part = t.slice(from, to);
    if (part.text.trim() === '') return true;
    const names = splitHanNames(part, s);
    if (!names) return false;
    for (const n of names) out.push({ text: n.text, start: n.start + from, end: n.end + from });
    return true;
  };
  for (const m of t.text.matchAll(LATIN_NAME)) {
    if (!han(at, m.index!)) return null;
    out.push({ text: m[0].replace(/\s+/gu, ' '), start: m.index!, end: m.index! + m[0].length, latin: true });
    at = m.index! + m[0].length;
  }
  if (out.length === 0 || !han(at, t.length) || out.some((n) => !n.latin && /[A-Za-z]/.test(n.text))) return null;
  return out;
}

function splitHanNames(t: MappedText, s: Surnames = loadSurnames()): NameSpan[] | null {
  const pairs = doubleSpaced(t.text);
  // Clean-up may have removed the spaces between names (记者欧阳晓司马婷 from 记者 欧阳晓 司马婷): a run of four or
  // more characters is also split where its source characters are not adjacent.
  const tokens = splitOnSpaces(t)
    .flatMap((tok) => splitOn(tok, /[、，,；;]/))
    .flatMap((tok) => (tok.length >= 4 ? splitAtGaps(tok) : [tok]));
  const out: NameSpan[] = [];
  let run: MappedText[] = [];
  const flush = (): boolean => {
    if (run.length === 0) return true;
    const joined = run.map((r) => r.text).join('');
    const groups = (pairs && inPairs(joined, s)) || regroup(joined, s);
    if (!groups) return false;
    let charIndex = 0;
    for (const len of groups) {
      const first = run[charIndex]!;
      const last = run[charIndex + len - 1]!;
      out.push({ text: joined.slice(charIndex, charIndex + len), start: offsetIn(t, first, 0), end: offsetIn(t, last, last.length) });
      charIndex += len;
    }
    run = [];
    return true;
  };
  for (const tok of tokens) {
    if (!NAME_CHARS.test(tok.text)) return null;
    if (tok.length === 1) {
      run.push(tok);
      continue;
    }
    if (!flush()) return null;
    if (tok.length > 5 && !tok.text.includes('·')) {
      // 记者赵思远孙一鸣: a justified line of a PDF keeps no space between names; a run of six or more characters
      // is names run together when it splits into names that each open with a common surname.
      const groups = runTogether(tok.text, s);
      if (!groups) return null;
      let at = 0;
      for (const len of groups) {
        out.push({ text: tok.text.slice(at, at + len), start: offsetIn(t, tok, at), end: offsetIn(t, tok, at + len) });
        at += len;
      }
      continue;
    }
    out.push({ text: tok.text, start: offsetIn(t, tok, 0), end: offsetIn(t, tok, tok.length) });
  }
  if (!flush()) return null;
  return out;
}

/**
 * The printing sets names apart by runs of two or more spaces, and no single space separates two characters
 * (`谭  敏  何家豪`, not `张 磊 顾思卓`): a two-character name is then printed with a double space inside it.
 */
function doubleSpaced(text: string): boolean {
  return /\S[ \t]{2,}\S/.test(text) && !/\S[ \t]\S/.test(text);
}

/**
 * Letter-spaced single characters of a double-spaced byline, two by two (谭|敏|高|原 → 谭敏, 高原); null when the
 * run is odd or a pair is only a double surname (欧|阳|晓|峰 is 欧阳晓峰), which regrouping by surname decides.
 */
function inPairs(chars: string, s: Surnames): number[] | null {
  if (chars.length % 2 !== 0) return null;
  const out: number[] = [];
  for (let i = 0; i < chars.length; i += 2) {
    if (s.double.has(chars.slice(i, i + 2))) return null;
    out.push(2);
  }
  return out;
}

/**
 * Splits a run of letter-spaced single characters into names, each opening with a surname: two or three
 * characters after a single surname (王强, 顾思卓), three or four after a double one (司马光, 欧阳晓峰).
 */
function regroup(chars: string, s: Surnames): number[] | null {
  const n = chars.length;
  if (n === 1) return null;
  if (n <= 3) return [n];
  // Fewest names wins.
  const best: (number[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    const surname = surnameAt(chars, i, s);
    for (const len of surname === 2 ? [4, 3] : surname === 1 ? [3, 2] : []) {
      if (i + len > n) continue;
      const cand = [...prefix, len];
      const cur = best[i + len];
      if (!cur || cand.length < cur.length) best[i + len] = cand;
    }
  }
  return best[n] ?? null;
}

/** 赵思远孙一鸣 → 3, 3: names run together (six to twelve characters), each opening with a commoner surname, or null. */
function runTogether(chars: string, s: Surnames): number[] | null {
  if (chars.length > 12) return null;
  const groups = regroup(chars, s);
  if (!groups || groups.length < 2) return null;
  let at = 0;
  for (const len of groups) {
    if (!(s.double.has(chars.slice(at, at + 2)) || isCommonSurname(chars[at]!, s))) return null;
    at += len;
  }
  return groups;
}

/**
 * Pieces of `t` whose source characters are adjacent: whole names (欧阳晓|司马婷), or letter-spaced single
 * characters to regroup (张|帆|李|明). A mix (a name broken over a line: 欧阳晓|峰) stays whole.
 */
function splitAtGaps(t: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let start = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i === t.length || t.offsets[i]! !== t.offsets[i - 1]! + 1) {
      out.push(t.slice(start, i));
      start = i;
    }
  }
  const singles = out.filter((p) => p.length === 1).length;
  if (singles === 0 || singles === out.length) return out;
  // 喻晓彤 伍|佳琪: a name broken over a line end, its surname alone before the gap; joined with the piece after it.
  const merged: MappedText[] = [];
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    const next = out[k + 1];
    if (p.length === 1 && next && next.length <= 2) {
      merged.push(joinPieces(p, next));
      k++;
    } else merged.push(p);
  }
  return merged.every((p) => p.length > 1) ? merged : [t];
}

/** Two pieces of one MappedText side by side, as one. */
function joinPieces(a: MappedText, b: MappedText): MappedText {
  const offsets = new Int32Array(a.length + b.length);
  offsets.set(a.offsets, 0);
  offsets.set(b.offsets, a.length);
  return new MappedText(a.text + b.text, offsets);
}

function splitOn(t: MappedText, re: RegExp): MappedText[] {
  const out: MappedText[] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || re.test(t.text[i]!)) {
      if (i > start) out.push(t.slice(start, i));
      start = i + 1;
    }
  }
  return out;
}

/** Index in `whole` of position `at` of `part`, a slice of it (matched by source offsets). */
function offsetIn(whole: MappedText, part: MappedText, at: number): number {
  const target = at < part.length ? part.offsets[at]! : part.offsets[part.length - 1]! + 1;
  if (at < part.length) return whole.offsets.indexOf(target);
  return whole.offsets.indexOf(target - 1) + 1;
}

export function roleOf(text: string, model: SegmentModel): BylineRole | undefined {
  return model.roleByText.get(text)?.role;
}
