// Lays paragraphs out as PDF extraction returns a newspaper column, for tests that vary the layout of the same
// articles: lines of a given width in ems (a CJK character one em, a digit or Latin letter half), the first
// line of a paragraph two ems short (its indent is lost in extraction), closing punctuation never at the
// start of a line (it hangs past the edge, or pulls the last character down with it), and a blank line at
// every column break.
import { displayWidth } from '../../../src/text/chars.js';

const CLOSERS = '，。、；：？！”’）》」』…,.;:?!)%';

export function wrapParagraph(p: string, width: number, indent = 2): string[] {
  const out: string[] = [];
  let cur = '';
  let limit = width - indent;
  for (const ch of p) {
    const closer = CLOSERS.includes(ch);
    if (cur && displayWidth(cur + ch) > limit && !(closer && displayWidth(cur) <= limit)) {
      const keep = [...cur];
      let carry = '';
      if (closer) {
        while (keep.length > 1 && CLOSERS.includes(keep[keep.length - 1]!)) carry = keep.pop()! + carry;
        carry = keep.pop()! + carry;
      }
      out.push(keep.join(''));
      cur = carry;
      limit = width;
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Paragraphs set in a column `width` ems wide, `height` lines tall (a blank line at each column break). */
export function column(paragraphs: readonly string[], width: number, height: number): string[] {
  const out: string[] = [];
  paragraphs.flatMap((p) => wrapParagraph(p, width)).forEach((line, i) => {
    if (i > 0 && i % height === 0) out.push('');
    out.push(line);
  });
  return out;
}

/** Blocks of lines → page text, blocks separated by blank lines. */
export function page(blocks: readonly (readonly string[])[]): string {
  return blocks.filter((b) => b.length > 0).map((b) => b.join('\n')).join('\n\n') + '\n';
}
