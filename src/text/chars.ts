// Character classes used by cleaning and segmentation. Chinese text mixes CJK ideographs, full-width
// punctuation, and half-width Latin letters and digits; PDF extraction adds full-width letters and digits.

export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0xf900 && code <= 0xfaff) || // Compatibility Ideographs
    (code >= 0xd840 && code <= 0xd87f) // high surrogates of the supplementary ideograph planes
  );
}

/** CJK punctuation and full-width forms: brackets, quotes, 、，。 and friends. */
export function isCjkPunct(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x2014 || code === 0x2015 || code === 0x2026 || // — ― …
    code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || // “ ” ‘ ’
    code === 0x00b7 || code === 0x30fb || // middle dots
    code === 0x25a0 || code === 0x25cf || code === 0x25c6 || code === 0x2605 // ■ ● ◆ ★
  );
}

/** Characters that are written without spaces around them in Chinese text. */
export function isWide(code: number): boolean {
  return isCjk(code) || isCjkPunct(code);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Full-width ASCII letters, digits and symbols of numbers and formulae (Ａ, ０, ％, ＋, －, ／, ＝ …) and the
 * ideographic space become their half-width forms. Chinese punctuation (，。：；！？（）“” …) stays as it is:
 * it is the normal form in Chinese text, and full-width brackets belong to company names.
 */
export function normalizeWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x3000) return code === 0xa0 ? ' ' : ch;
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || HALF_WIDTH_SYMBOLS.has(code)) {
    return String.fromCharCode(code - 0xfee0);
  }
  if (code === 0x3000) return ' ';
  return ch;
}

/** ＃＄％＆＊＋－／＜＝＞＠＼＾＿｀｜～ */
const HALF_WIDTH_SYMBOLS = new Set([0xff03, 0xff04, 0xff05, 0xff06, 0xff0a, 0xff0b, 0xff0d, 0xff0f, 0xff1c, 0xff1d, 0xff1e, 0xff20, 0xff3c, 0xff3e, 0xff3f, 0xff40, 0xff5c, 0xff5e]);

/** The full-width full stop, a decimal point when it sits between digits (１．５亿元). */
export const FULL_WIDTH_FULL_STOP = 0xff0e;

/**
 * Sentence-final punctuation (。！？…； and their half-width forms; a full stop after a Latin letter or a bracket),
 * possibly followed by closing quotes or brackets. Read backwards from the end: segmentation asks it of every line.
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS_AFTER_END.includes(text[i]!)) i--;
  if (i < 0) return false;
  const c = text[i]!;
  return SENTENCE_ENDERS.includes(c) || (c === '.' && i > 0 && /[A-Za-z)]/.test(text[i - 1]!));
}

const SENTENCE_ENDERS = '。！？!?…；;';
const CLOSERS_AFTER_END = '"”’」』）)';

/**
 * Display width of a line as a compositor sees it: wide characters take one em, half-width letters, digits
 * and spaces half an em. Column widths of a page are measured in these units.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += isWide(c) || c > 0x2e80 ? 1 : 0.5;
  }
  return w;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A small number as printed in page numbers and dates: 3, 03, 三, 十二, 二十, 三十一 (up to 99); NaN otherwise. */
export function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 && s in CHINESE_DIGITS ? CHINESE_DIGITS[s]! : NaN;
  const tens = ten === 0 ? 1 : (CHINESE_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : (CHINESE_DIGITS[rest] ?? NaN);
  return tens * 10 + ones;
}
