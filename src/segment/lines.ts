// A page as lines: each line trimmed, with full-width letters, digits and number symbols made half-width (a
// full-width full stop between digits is a decimal point: １．５ → 1.5), and every character mapped back to
// its offset in the source file.
import type { SourcePage } from '../document/types.js';
import { isSpace, MappedText, MappedTextBuilder } from '../text/mapped-text.js';
import { FULL_WIDTH_FULL_STOP, isAsciiDigit, normalizeWidth } from '../text/chars.js';
import { forEachLine } from '../text/line-breaks.js';

export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  text: MappedText;
  /** Leading whitespace before trimming; PDF extraction marks some paragraph starts this way. */
  indent: number;
}

export function pageLines(page: SourcePage): Line[] {
  const { text } = page;
  const lines: Line[] = [];
  let no = lineNumberAt(text, page.start);
  forEachLine(text, page.start, page.end, (range) => {
    const b = new MappedTextBuilder();
    let indent = 0;
    let leading = true;
    for (let i = range.start; i < range.end; i++) {
      const ch = text[i]!;
      let norm = normalizeWidth(ch);
      if (ch.charCodeAt(0) === FULL_WIDTH_FULL_STOP && isAsciiDigit(b.lastChar().charCodeAt(0)) && i + 1 < range.end && isAsciiDigit(normalizeWidth(text[i + 1]!).charCodeAt(0))) {
        norm = '.';
      }
      if (leading && isSpace(norm.charCodeAt(0))) {
        indent++;
        continue;
      }
      leading = false;
      b.push(norm, i);
    }
    lines.push({ no, text: b.build().trim(), indent });
    no++;
  });
  return lines;
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
