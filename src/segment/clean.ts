// Cleaning that keeps the way back: every function here takes and returns MappedText, so each output
// character still knows its source offset. Rules a typesetter would recognise:
//  - a line broken inside a word or number is rejoined without a space (CJK–CJK, digit–digit, CJK–digit,
//    and after a decimal point: 104.|39);
//    two Latin words broken across lines get their space back;
//  - spaces next to Chinese characters are layout, not text (`全 市 各 镇`, `共计 118场次`);
//  - bold headlines come out of PDF extraction doubled (`千名干部助千企千名干部助千企`), per line or per
//    phrase, and sometimes character by character (`千千名名`); the second copy is dropped.
import { isAsciiDigit, isAsciiLetter, isWide } from '../text/chars.js';
import { isSpace, MappedText, MappedTextBuilder } from '../text/mapped-text.js';

export function joinLines(lines: readonly MappedText[]): MappedText {
  if (lines.length === 1) return lines[0]!;
  // Built directly (one string, one offsets array): this runs for every paragraph of every page.
  const parts: string[] = [];
  const seps: number[] = []; // for each part, the offset its separator borrows, or -1 for none
  let size = 0;
  let prevLine: MappedText | undefined;
  for (const line of lines) {
    if (line.length === 0) continue;
    let sep = -1;
    if (prevLine) {
      const prev = prevLine.text.charCodeAt(prevLine.length - 1);
      const next = line.text.charCodeAt(0);
      // 104.|39 and 1,|200 are numbers broken after the decimal point or thousands separator.
      const inNumber = isAsciiDigit(next) && (isAsciiDigit(prev) || ((prev === 0x2e || prev === 0x2c) && isAsciiDigit(prevLine.text.charCodeAt(prevLine.length - 2))));
      // fxwh@163.|com, www.example.|cn: an address broken after its dot runs on with no space.
      const inAddress = prev === 0x2e && isAsciiLetter(next) && /[A-Za-z0-9_-]@[A-Za-z0-9.-]*\.$|www\.(?:[A-Za-z0-9.-]*\.)?$/.test(prevLine.text);
      if (isLatinWordChar(prev) && isLatinWordChar(next) && !inNumber && !inAddress) sep = line.offsets[0]! - 1;
    }
    parts.push(sep === -1 ? line.text : ' ' + line.text);
    seps.push(sep);
    size += line.length + (sep === -1 ? 0 : 1);
    prevLine = line;
  }
  const offsets = new Int32Array(size);
  let at = 0;
  let k = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    if (seps[k]! !== -1) offsets[at++] = seps[k]!;
    offsets.set(line.offsets, at);
    at += line.length;
    k++;
  }
  return new MappedText(parts.join(''), offsets);
}

function isLatinWordChar(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a;
}

const HAS_SPACE = /[ \t\u3000\u00a0\v\f]/;

/** Drops whitespace that touches a wide character and collapses the rest to one space. */
export function tidySpaces(t: MappedText): MappedText {
  return tidy(t, false);
}

/**
 * A list's item line (para.list-line) as printed, its columns kept apart: 沈某某　某某有限公司董事长 keeps one space
 * between the name and the unit (the columns are no letter-spacing), while a two-character name padded to the
 * column's width (王　芳) is closed up — a run of spaces after a single character since the line's start or the last
 * kept space is letter-spacing. Spaces next to narrow characters are tidied as in prose.
 */
export function tidyListSpaces(t: MappedText): MappedText {
  return tidy(t, true);
}

/**
 * Spaces tidied: a run between two narrow characters becomes one space, any other is dropped — unless `columns`, where
 * a run between two wide characters after a word of two or more is kept as one space too (tidyListSpaces).
 */
function tidy(t: MappedText, columns: boolean): MappedText {
  const { text } = t;
  if (!HAS_SPACE.test(text)) return t;
  const b = new MappedTextBuilder(text.length);
  let i = 0;
  let word = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      b.push(text[i]!, t.offsets[i]!);
      word++;
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const after = j < text.length ? text.charCodeAt(j) : -1;
    if (before !== -1 && after !== -1 && ((!isWide(before) && !isWide(after)) || (columns && isWide(before) && isWide(after) && word >= 2))) {
      b.push(' ', t.offsets[i]!);
      word = 0;
    }
    i = j;
  }
  return b.build();
}

/**
 * A headline as printed: doubled copies removed, letter-spacing collapsed, phrase separators kept as one
 * space (`千名干部助千企 稳进提质解难题`).
 */
export function cleanHeadline(lines: readonly MappedText[]): MappedText {
  const joined = joinLines(lines.map(undoDoubling));
  const tokens = splitOnSpaces(joined).map(undoDoubling);
  const halves = undoDoubledSequence(tokens);
  const allSingle = halves.length > 1 && halves.every((t) => t.length === 1);
  const b = new MappedTextBuilder();
  halves.forEach((tok, k) => {
    if (k > 0 && !allSingle) b.separator(' ', tok.offsets[0]! - 1);
    b.append(tok);
  });
  const built = b.build();
  // 西瓜产业带富一方（图）: an e-paper marks a headline whose article has photographs; the mark is not the title.
  const mark = PHOTO_MARK.exec(built.text);
  return mark && mark.index > 0 ? built.slice(0, mark.index) : built;
}

const PHOTO_MARK = /\s*[（(【\[]\s*(?:组图|图|附图|图文|视频)\s*[)）】\]]\s*$/u;

/** `XX` → `X` (whole text repeated) or `xxyyzz` → `xyz` (each character repeated), else unchanged. */
export function undoDoubling(t: MappedText): MappedText {
  const { text } = t;
  const n = text.length;
  if (n >= 4 && n % 2 === 0) {
    const half = n / 2;
    if (text.slice(0, half) === text.slice(half)) return t.slice(0, half);
    let perChar = true;
    for (let i = 0; i < n && perChar; i += 2) perChar = text[i] === text[i + 1];
    if (perChar && new Set(text).size > 1) {
      const b = new MappedTextBuilder();
      for (let i = 0; i < n; i += 2) b.push(text[i]!, t.offsets[i]!);
      return b.build();
    }
  }
  return t;
}

/** Phrases `A B A B` → `A B`: a doubled headline whose copies were separated by spaces. */
function undoDoubledSequence(tokens: MappedText[]): MappedText[] {
  const n = tokens.length;
  if (n >= 2 && n % 2 === 0) {
    const half = n / 2;
    let same = true;
    for (let i = 0; i < half && same; i++) same = tokens[i]!.text === tokens[i + half]!.text;
    if (same) return tokens.slice(0, half);
  }
  return tokens;
}

export function splitOnSpaces(t: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const space = i === t.length || isSpace(t.text.charCodeAt(i));
    if (space && start !== -1) {
      out.push(t.slice(start, i));
      start = -1;
    } else if (!space && start === -1) start = i;
  }
  return out;
}
