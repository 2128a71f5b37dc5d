// A page as lines: each line trimmed, with full-width letters, digits and number symbols made half-width (a
// full-width full stop between digits is a decimal point: １．５ → 1.5), and every character mapped back to
// its offset in the source file.
import type { SourcePage } from '../document/types.js';
import { isSpace, MappedText, MappedTextBuilder } from '../text/mapped-text.js';
import { displayWidth, FULL_WIDTH_FULL_STOP, isAsciiDigit, normalizeWidth } from '../text/chars.js';
import { forEachLine } from '../text/line-breaks.js';

export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  text: MappedText;
  /** Leading whitespace before trimming; PDF extraction marks some paragraph starts this way. */
  indent: number;
  /** Display width of the trimmed text in ems (see displayWidth), computed once. */
  width: number;
}

export function pageLines(page: SourcePage): Line[] {
  const { text } = page;
  const lines: Line[] = [];
  let no = page.startLine ?? lineNumberAt(text, page.start);
  forEachLine(text, page.start, page.end, (range) => {
    lines.push(lineAt(text, range.start, range.end, no));
    no++;
  });
  return lines;
}

/**
 * The lines of a text that is itself mapped to a source (a JSONL record's body), each character keeping the
 * source offset the text gave it. Numbered from `firstNo`.
 */
export function mappedLines(t: MappedText, firstNo = 1): Line[] {
  const lines: Line[] = [];
  let no = firstNo;
  forEachLine(t.text, 0, t.length, (range) => {
    lines.push(lineAt(t.text, range.start, range.end, no++, t.offsets));
  });
  return lines;
}

/** Line text[start, end); a character's source offset is its index in `text`, or `map[index]` when given. */
function lineAt(text: string, start: number, end: number, no: number, map?: Int32Array): Line {
  // Leading whitespace is the indent; trailing whitespace goes.
  let s = start;
  while (s < end && isSpace(normalizeWidth(text[s]!).charCodeAt(0))) s++;
  let e = end;
  while (e > s && isSpace(normalizeWidth(text[e - 1]!).charCodeAt(0))) e--;
  const indent = s - start;
  // Most lines hold nothing to normalise: their text is a slice of the page, offsets a plain range.
  let plain = true;
  for (let i = s; i < e && plain; i++) {
    const c = text.charCodeAt(i);
    plain = c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff) || (normalizeWidth(text[i]!) === text[i] && c !== FULL_WIDTH_FULL_STOP);
  }
  if (plain && !map) {
    const t = text.slice(s, e);
    return { no, text: MappedText.identity(t, s), indent, width: displayWidth(t) };
  }
  const b = new MappedTextBuilder();
  for (let i = s; i < e; i++) {
    const ch = text[i]!;
    let norm = normalizeWidth(ch);
    if (ch.charCodeAt(0) === FULL_WIDTH_FULL_STOP && isAsciiDigit(b.lastChar().charCodeAt(0)) && i + 1 < e && isAsciiDigit(normalizeWidth(text[i + 1]!).charCodeAt(0))) {
      norm = '.';
    }
    b.push(norm, map ? map[i]! : i);
  }
  const t = b.build();
  return { no, text: t, indent, width: displayWidth(t.text) };
}

/** 1-based number of the line that `offset` falls on (LF, CRLF and lone CR all end a line). */
function lineNumberAt(text: string, offset: number): number {
  if (offset === 0) return 1;
  let n = 0;
  forEachLine(text, 0, offset, () => {
    n++;
  });
  return n;
}
