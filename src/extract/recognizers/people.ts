// People. A name is a surname (single or double) and one or two given-name characters; what makes a string
// a name is a cue a style guide would list:
//  - a title or role before it (主任潘俊男, 董事长兼总经理沈舟, 党委书记姚健, 网格长岳晓春);
//  - a speech verb after it (沈舟说, 潘俊男说道), a title after it (宋永生博士), an age (许志荣今年77岁);
//  - jieba not knowing the string (an out-of-vocabulary surname+name run), a weaker cue.
// Whether the name has two or three characters is decided by what follows: a function word or cue ends it.
import { isTokenEnd, isTokenStart, type ExtractContext } from '../context.js';
import { candidate, type Candidate } from '../mention.js';
import { surnameAt } from '../../lexicons/index.js';

export function recognizePeople(ctx: ExtractContext): Candidate[] {
  return [...afterTitles(ctx), ...beforeCues(ctx), ...unknownWords(ctx), ...surnameHonorifics(ctx)];
}

/** Given-name length after a surname at `at`: 2, 1, or 0 if no plausible name starts there. */
export function givenLength(ctx: ExtractContext, at: number, surnameLen: number): number {
  const { text } = ctx;
  const { lex } = ctx.res;
  const g1 = text[at + surnameLen];
  const g2 = text[at + surnameLen + 1];
  if (!g1 || !isNameChar(ctx, g1)) return 0;
  if (!g2 || !isNameChar(ctx, g2)) return lex.givenNameChars.has(g1) ? 1 : 0;
  // A cue or function word right after one given character ends the name there (沈舟说, 姚健为组建).
  const after1 = text.slice(at + surnameLen + 1, at + surnameLen + 4);
  if (lex.speechVerbs.some((v) => after1.startsWith(v)) || lex.titlesAfterName.some((t) => after1.startsWith(t)) || /^今年\d/.test(after1)) return 1;
  if (!lex.givenNameChars.has(g2)) return lex.givenNameChars.has(g1) ? 1 : 0;
  return 2;
}

function isNameChar(ctx: ExtractContext, ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && !ctx.res.lex.boundaryChars.has(ch);
}

function afterTitles(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  for (let i = 0; i < text.length; i++) {
    const first = text.charCodeAt(i);
    if (first < 0x4e00 || first > 0x9fff) continue;
    const title = lex.personTitles.find((t) => text.startsWith(t, i));
    if (!title) continue;
    let end = i + title.length;
    let role = title;
    // 董事长兼总经理: two titles joined by 兼 are one role.
    if (text[end] === '兼') {
      const second = lex.personTitles.find((t) => text.startsWith(t, end + 1));
      if (second) {
        role = `${title}兼${second}`;
        end += 1 + second.length;
      }
    }
    const name = nameAt(ctx, end);
    if (name) {
      out.push(candidate('Person', end, name.end, 'person.after-title', 0.85, { role, titleStart: i }));
    }
    i = end - 1;
  }
  return out;
}

function nameAt(ctx: ExtractContext, at: number): { end: number } | undefined {
  const s = surnameAt(ctx.text, at, ctx.res.lex.surnames);
  if (!s) return undefined;
  const g = givenLength(ctx, at, s);
  if (g === 0) return undefined;
  const end = at + s + g;
  if (isInstitutionWord(ctx, at, end)) return undefined;
  // A dictionary word running past the name (主任高层次…) means this was not a name.
  const tok = ctx.tokens[ctx.tokenAt[end - 1]!]!;
  if (tok.end > end && tok.word.length > 1 && !/^(x|nr|nrt|nrfg)$/.test(tok.tag)) return undefined;
  return { end };
}

/** NAME + speech verb / title / age: look back from the cue for a surname two or three characters earlier. */
function beforeCues(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { lex } = ctx.res;
  const cues: Array<{ re: RegExp; rule: string; conf: number }> = [
    { re: new RegExp(`(?:${lex.speechVerbs.join('|')})`, 'gu'), rule: 'person.before-speech', conf: 0.82 },
    { re: new RegExp(`(?:${lex.titlesAfterName.join('|')})`, 'gu'), rule: 'person.before-title', conf: 0.75 },
    { re: /今年\d{1,3}岁|\d{1,3}岁/gu, rule: 'person.before-age', conf: 0.8 },
  ];
  for (const cue of cues) {
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text)) {
      const v = m.index;
      for (const len of [3, 2, 4]) {
        const start = v - len;
        if (start < 0) continue;
        const s = surnameAt(text, start, lex.surnames);
        if (!s || s + givenLength(ctx, start, s) !== len) continue;
        if (isInstitutionWord(ctx, start, v)) continue;
        if (leftBoundaryOk(ctx, start)) {
          out.push(candidate('Person', start, v, cue.rule, cue.conf));
          break;
        }
      }
    }
  }
  return out;
}

/** 党委, 市委, 团委: words that name bodies, not people, even when they open with a surname character. */
function isInstitutionWord(ctx: ExtractContext, start: number, end: number): boolean {
  const w = ctx.text.slice(start, end);
  const { lex } = ctx.res;
  return lex.govBodies.has(w) || lex.govStandalone.has(w) || lex.orgSuffixBySuffix.has(w) || lex.personTitleSet.has(w);
}

/** The character before a name must not glue onto it: the name starts a word, a clause, or follows a function word. */
function leftBoundaryOk(ctx: ExtractContext, start: number): boolean {
  const prev = ctx.text[start - 1];
  return prev === undefined || !/[\u4e00-\u9fff]/.test(prev) || isTokenStart(ctx, start) || ctx.res.lex.boundaryChars.has(prev);
}

/** Without a cue, only the commoner surnames: rare ones (智, 干, 楼) are ordinary characters far more often. */
const COMMON_SURNAMES = 160;

function isDictionaryWord(ctx: ExtractContext, word: string): boolean {
  const t = ctx.res.tagger.tag(word, false);
  return t.length === 1 && !/^(x|nr|nrt|nrfg|nz)$/.test(t[0]!.tag);
}

/** A run jieba could not segment — one out-of-vocabulary token, or single characters — shaped like a name. */
function unknownWords(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = ctx;
  const { lex } = ctx.res;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    const s = surnameAt(text, tok.start, lex.surnames);
    if (!s || (s === 1 && (lex.surnames.rank.get(text[tok.start]!) ?? Infinity) >= COMMON_SURNAMES)) continue;
    const g = givenLength(ctx, tok.start, s);
    if (g === 0) continue;
    const end = tok.start + s + g;
    if (!isTokenEnd(ctx, end)) continue;
    if (g === 2 && isDictionaryWord(ctx, text.slice(tok.start + s, end))) continue; // 高水平 is not 高 + 水平
    // Every token inside must be unknown to jieba or a single character; the given name must look like one.
    let unknown = true;
    for (let k = ti; k < tokens.length && tokens[k]!.start < end; k++) {
      const t = tokens[k]!;
      if (!(t.tag === 'x' || t.tag === 'nr' || t.tag === 'nrfg' || t.word.length === 1)) unknown = false;
    }
    if (!unknown) continue;
    const given = text.slice(tok.start + s, end);
    if (![...given].every((ch) => lex.givenNameChars.has(ch))) continue;
    // All single characters (张/三) is weak evidence; a whole unknown token (许志荣/x) is better.
    const whole = tok.end === end && (tok.tag === 'x' || tok.tag.startsWith('nr'));
    if (!whole && g === 1) continue;
    out.push(candidate('Person', tok.start, end, whole ? 'person.unknown-word' : 'person.single-characters', whole ? 0.66 : 0.55));
  }
  return out;
}

/** 胡老说, 王总表示: a surname with an honorific stands for a person; the span is the surname alone. */
function surnameHonorifics(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const re = /([\u4e00-\u9fff])(?:老|总|董|工)(?=说|表示|介绍|认为|指出|告诉|笑|坦言|，)/gu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (!ctx.res.lex.surnames.single.has(m[1]!)) continue;
    if (!leftBoundaryOk(ctx, m.index)) continue;
    out.push(candidate('Person', m.index, m.index + 1, 'person.surname-honorific', 0.6, { partial: true }));
  }
  return out;
}
