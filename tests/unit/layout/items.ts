// Hand-placed text items for the layout tests: a string set at a point, at a size, its advance the natural
// width of its characters (ideographs one em) unless given.
import { advanceOf } from '../../../src/layout/glyphs.js';
import type { PageItems, TextItem } from '../../../src/layout/types.js';

export function item(str: string, x: number, baseline: number, size = 9, width?: number): TextItem {
  const natural = [...str].reduce((w, c) => w + (c === ' ' ? 0.3 : advanceOf(c)), 0) * size;
  return { str, x, baseline, size, width: width ?? natural, font: 'f1' };
}

/** Lines of a column: one item per line, `pitch` apart, the first indented by `indent` ems. */
export function column(lines: readonly string[], x: number, top: number, opts: { size?: number; pitch?: number; indents?: number[] } = {}): TextItem[] {
  const size = opts.size ?? 9;
  const pitch = opts.pitch ?? 13.5;
  return lines.map((l, i) => item(l, x + (opts.indents?.includes(i) ? 2 * size : 0), top + i * pitch, size));
}

export function page(items: TextItem[], width = 600, height = 800): PageItems {
  return { pageNumber: 1, width, height, items };
}
