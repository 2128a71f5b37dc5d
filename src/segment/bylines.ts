// Bylines: `■记 者 胡佳英`, `通讯员 张 磊 顾思卓`, `本报记者 王强 李明`, `■摄影 王 强`, a columnist's
// `■言成声`, or `（记者 张三）` at the end of a plain article. Names arrive letter-spaced; runs of single
// characters are regrouped into names, splitting where a surname starts.
import type { Byline, BylineRole } from '../document/types.js';
import { loadSurnames, surnameAt, type Surnames } from '../lexicons/index.js';
import type { MappedText } from '../text/mapped-text.js';
import { splitOnSpaces } from './clean.js';
import type { SegmentModel } from './model.js';

export interface ParsedByline {
  bylines: Byline[];
  /** Rule ids that matched. */
  rules: string[];
  /** A columnist's signature rather than a reporter's byline. */
  signature: boolean;
  /** Opens with a byline mark (■记者 …): a byline of its own, not the second line of another. */
  marked: boolean;
}

/** Parses a whole paragraph as a byline, or returns null when it is not one. */
export function parseBylineParagraph(t: MappedText, model: SegmentModel): ParsedByline | null {
  let start = 0;
  while (start < t.length && model.bylineMarks.includes(t.text[start]!)) start++;
  const marked = start > 0;
  // Most lines of a page are prose: without a mark, a byline opens with its role.
  if (!marked && !model.roleAtStart.test(t.text)) return null;
  const body = t.slice(start).trim();
  if (body.length === 0) return null;

  const sig = model.signature.regex.exec(t.text);
  if (sig && marked && !model.roleRegex.test(body.text)) {
    const name = body.text.replace(/\s+/g, '');
    return {
      bylines: [{ name, role: '作者', ...body.sourceSpan(0, body.length), rule: model.signature.id }],
      rules: [model.signature.id],
      signature: true,
      marked,
    };
  }
  return parseRoleNames(body, model, marked);
}

/** `ROLE names ROLE names …`; every piece must be a role followed by one or more plausible names. */
export function parseRoleNames(body: MappedText, model: SegmentModel, marked = false): ParsedByline | null {
  if (!model.roleAtStart.test(body.text)) return null;
  const re = new RegExp(model.roleRegex.source, 'gu');
  const matches = [...body.text.matchAll(re)];
  if (matches.length === 0 || matches[0]!.index !== 0) return null;
  const bylines: Byline[] = [];
  const rules: string[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const roleText = m[0].replace(/[\s：:]/g, '');
    const role = model.roleByText.get(roleText);
    if (!role) return null;
    const namesStart = m.index! + m[0].length;
    const namesEnd = k + 1 < matches.length ? matches[k + 1]!.index! : body.length;
    const names = splitNames(body.slice(namesStart, namesEnd));
    if (names === null || names.length === 0) return null;
    for (const n of names) bylines.push({ name: n.text, role: role.role, ...body.sourceSpan(n.start + namesStart, n.end + namesStart), rule: role.id });
    rules.push(role.id);
  }
  // An unmarked line must look like nothing else: a short list of names after the role.
  if (!marked && bylines.length > 6) return null;
  return { bylines, rules, signature: false, marked };
}

interface NameSpan {
  text: string;
  start: number;
  end: number;
}

const NAME_CHARS = /^[\u4e00-\u9fff·•]+$/;

/**
 * Names separated by spaces or 、，; letter-spaced characters regrouped. Returns null if something in the
 * list cannot be a name (a verb, a sentence), so a body line that starts with 记者 is not taken for a byline.
 */
export function splitNames(t: MappedText, s: Surnames = loadSurnames()): NameSpan[] | null {
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
    const groups = regroup(joined, s);
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
    if (tok.length > 5 && !tok.text.includes('·')) return null;
    out.push({ text: tok.text, start: offsetIn(t, tok, 0), end: offsetIn(t, tok, tok.length) });
  }
  if (!flush()) return null;
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
  return singles === 0 || singles === out.length ? out : [t];
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
