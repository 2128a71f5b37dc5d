// A page as lines: each line trimmed, with full-width letters and digits made half-width, and every
// character mapped back to its offset in the source file.
import type { SourcePage } from '../document/types.js';
import { isSpace, MappedText, MappedTextBuilder } from '../text/mapped-text.js';
import { normalizeWidth } from '../text/chars.js';

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
  let start = page.start;
  while (start <= page.end) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > page.end) nl = page.end;
    const b = new MappedTextBuilder();
    let indent = 0;
    let leading = true;
    for (let i = start; i < nl; i++) {
      const ch = text[i]!;
      if (ch === '\r') continue;
      const norm = normalizeWidth(ch);
      if (leading && isSpace(norm.charCodeAt(0))) {
        indent++;
        continue;
      }
      leading = false;
      b.push(norm, i);
    }
    lines.push({ no, text: b.build().trim(), indent });
    no++;
    if (nl >= page.end) break;
    start = nl + 1;
  }
  return lines;
}

function lineNumberAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
