// Text items → glyphs. pdfjs gives runs of characters with one origin and one advance width; a run is split
// into characters, each placed by its share of the width (ideographs one em, Latin letters and digits about
// half), so every character of the extracted text has a box on the page. Spaces in an item are not glyphs:
// pdfjs writes them where it sees a gap (also between the letter-spaced characters of a Chinese line), so
// they only move the glyphs after them, and lines get their spaces again from the glyphs' positions. Radical code points that some fonts map
// ideographs to are folded back (⻓ → 长, ⼈ → 人).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';
import { isWide } from '../text/chars.js';
import type { Glyph, TextItem } from './types.js';

/** Share of the em above the baseline: the em box of a CJK font runs from 0.88 em above to 0.12 em below. */
const ASCENT = 0.88;

export interface Glyphs {
  glyphs: Glyph[];
  /** Characters left out: rotated or vertical text. */
  skipped: number;
}

export function toGlyphs(items: readonly TextItem[], radicals: ReadonlyMap<string, string> = loadRadicals()): Glyphs {
  const glyphs: Glyph[] = [];
  let skipped = 0;
  for (const item of items) {
    const chars = [...item.str];
    if (item.skew) {
      skipped += chars.filter((c) => c.trim() !== '').length;
      continue;
    }
    if (!(item.size > 0) || !Number.isFinite(item.x) || !Number.isFinite(item.baseline)) continue;
    // pdfjs writes a space for any gap it sees, also between the letter-spaced characters of a justified line, so
    // a space gets what width the item leaves over its characters, up to a real space's; the rest (letter-spacing,
    // justification) is spread evenly over every character.
    const glyphWidth = chars.reduce((w, c) => w + (isBlank(c) ? 0 : advanceOf(c)), 0);
    const blanks = chars.filter(isBlank).length;
    const width = Math.max(item.width / item.size, 0);
    const space = blanks ? Math.min(SPACE, Math.max(0, (width - glyphWidth) / blanks)) : 0;
    const natural = chars.map((c) => (isBlank(c) ? space : advanceOf(c)));
    const track = chars.length === 0 ? 0 : (width - glyphWidth - space * blanks) / chars.length;
    let x = item.x;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const adv = (natural[i]! + track) * item.size;
      if (!isBlank(ch) && !isControl(ch)) {
        const w = Math.max(natural[i]! * item.size, 0.05 * item.size);
        glyphs.push({
          ch: fold(ch, radicals),
          x0: x,
          x1: x + Math.min(w, Math.max(adv, 0.05 * item.size)),
          y0: item.baseline - ASCENT * item.size,
          y1: item.baseline + (1 - ASCENT) * item.size,
          baseline: item.baseline,
          size: item.size,
          font: item.font,
        });
      }
      x += adv;
    }
  }
  return { glyphs, skipped };
}

/**
 * Upright glyphs of a vertical-writing item, one under the other: in vertical writing a glyph's origin is the top
 * centre of its em box (PDF's default vertical metrics), so each character is placed centred on the item's x, its
 * box starting where the one above ends. Stacked so, a vertical title reads as lines of one character each.
 */
export function stackVertical(item: TextItem, radicals: ReadonlyMap<string, string> = loadRadicals()): Glyph[] {
  const chars = [...item.str];
  if (!item.vertical || chars.length === 0 || !(item.size > 0)) return [];
  const step = item.vertical.height > 0 ? item.vertical.height / chars.length : item.size;
  const glyphs: Glyph[] = [];
  chars.forEach((ch, i) => {
    if (isBlank(ch) || isControl(ch)) return;
    const top = item.baseline + i * step;
    glyphs.push({ ch: fold(ch, radicals), x0: item.x - item.size / 2, x1: item.x + item.size / 2, y0: top, y1: top + item.size, baseline: top + ASCENT * item.size, size: item.size, font: item.font });
  });
  return glyphs;
}

/**
 * Closing punctuation: set flush against what it closes, and the one mark a compositor may hang past a column's
 * right edge (。，」 in the margin).
 */
export const CLOSING = new Set([...'，。、；：？！”’）》」』〉】…,.;:?!)']);

/** A space's advance in ems, as CJK fonts set it (about a third of the em). */
const SPACE = 0.3;

/** Natural advance of a character in ems: wide characters one em, the rest about half. */
export function advanceOf(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c > 0xffff || isWide(c) || c >= 0x2e80) return 1;
  if (c >= 0x41 && c <= 0x5a) return 0.65; // capitals
  if (c === 0x69 || c === 0x6a || c === 0x6c || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x27) return 0.28;
  if (c === 0x6d || c === 0x77) return 0.8;
  return 0.52;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00a0' || ch === '\t';
}

function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f || c === 0xfffd || c === 0xad;
}

/** Kangxi radicals by Unicode's compatibility mapping, CJK Radicals Supplement by the table. */
export function fold(ch: string, radicals: ReadonlyMap<string, string>): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x2f00 && c <= 0x2fd5) return ch.normalize('NFKC');
  if (c >= 0x2e80 && c <= 0x2eff) return radicals.get(ch) ?? ch;
  if (c >= 0xf900 && c <= 0xfaff) return ch.normalize('NFKC'); // CJK compatibility ideographs
  return ch;
}

let radicalTable: Map<string, string> | undefined;

export function loadRadicals(): Map<string, string> {
  if (radicalTable) return radicalTable;
  const path = fileURLToPath(new URL('./model/radicals.tsv', import.meta.url));
  const table = new Map<string, string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const [radical, ideograph, extra] = line.split('\t');
      const ok = radical && ideograph && extra === undefined && [...radical].length === 1 && [...ideograph].length === 1;
      if (!ok || table.has(radical)) throw new KgError('DATA_INVALID', `line ${i + 1}: expected a radical and its ideograph, once each, separated by a tab`, { subject: path });
      table.set(radical, ideograph);
    });
  return (radicalTable = table);
}
