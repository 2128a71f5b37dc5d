// Is a page's text layer readable? A typesetter's font embedded without a usable ToUnicode map gives, for each
// glyph, whatever code its encoding holds: private-use code points, U+FFFD, control characters, or — a Chinese
// font in a custom one-byte or two-byte encoding (方正 fonts written as simple fonts) — Latin letters and symbols:
// 本报讯 comes out as `±¾±¨Ñ¶` (GBK bytes read as Latin-1) or `1>1(Q6` (GB 2312 row and cell). Building a graph
// from that is building it from garbage. Fonts are judged one at a time, by what their characters are: a font
// whose characters are mostly unmapped, or Latin where a Chinese page has no Latin (Latin-1 letters with no
// ideograph beside them, ASCII thick with symbols no English sets), is unreadable; a page whose text is mostly in
// unreadable fonts is left out; a few unmapped glyphs in good text are dropped and the rest kept.
import type { TextItem } from './types.js';

/** What the text of a font shows, by character class. */
interface FontCounts {
  all: number;
  /** Private use, U+FFFD, control characters. */
  unmapped: number;
  /** Ideographs, kana, full-width forms and CJK punctuation. */
  wide: number;
  /** Latin-1 Supplement and Latin Extended letters and signs (U+00A0–U+024F). */
  latinExt: number;
  /** ASCII printable characters. */
  ascii: number;
  /** ASCII symbols ordinary prose seldom sets (# $ & * + < = > @ [ \ ] ^ _ ` { | } ~). */
  rare: number;
}

export type Verdict = 'readable' | 'unmapped' | 'custom-encoding';

export interface TextLayerCheck {
  /** Non-blank characters of the page's upright text. */
  characters: number;
  /** Characters the page's text cannot use: unmapped ones anywhere, and every character of an unreadable font. */
  unreadable: number;
  /** Of those: characters with no mapping (private use, U+FFFD, controls), and those of custom-encoded fonts. */
  unmappedChars: number;
  customChars: number;
  /** Fonts judged unreadable, with why. */
  fonts: Map<string, Exclude<Verdict, 'readable'>>;
  /** True when the page is to be left out: most of its text is unreadable. */
  pageUnreadable: boolean;
}

/** A font needs this many characters on the page before its own verdict is trusted. */
const MIN_FONT_CHARS = 6;
/** A page whose unreadable share reaches this is left out (a headline font garbled is not a page lost). */
const PAGE_UNREADABLE = 0.4;

export function isUnmapped(c: number): boolean {
  return (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000 || c === 0xfffd || c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

function isWideCode(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3ffff);
}

const RARE = new Set([...'#$&*+<=>@[\\]^_`{|}~']);

function judge(f: FontCounts): Verdict {
  if (f.all < MIN_FONT_CHARS) return f.unmapped > 0.5 * f.all && f.all > 0 ? 'unmapped' : 'readable';
  if (f.unmapped >= 0.5 * f.all) return 'unmapped';
  // A Chinese font's text has ideographs; Latin letters beside none are a custom encoding read as Latin.
  if (f.wide <= 0.1 * f.all && f.latinExt >= 0.3 * f.all) return 'custom-encoding';
  if (f.wide <= 0.1 * f.all && f.ascii >= 0.5 * f.all && f.rare >= 0.08 * f.ascii) return 'custom-encoding';
  return 'readable';
}

/** Judges a page's text items, font by font (rotated and vertical items included: they are the page's text too). */
export function checkTextLayer(items: readonly TextItem[]): TextLayerCheck {
  const byFont = new Map<string, FontCounts>();
  for (const item of items) {
    let f = byFont.get(item.font);
    if (!f) byFont.set(item.font, (f = { all: 0, unmapped: 0, wide: 0, latinExt: 0, ascii: 0, rare: 0 }));
    for (const ch of item.str) {
      const c = ch.codePointAt(0)!;
      if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
      f.all++;
      if (isUnmapped(c)) f.unmapped++;
      else if (isWideCode(c)) f.wide++;
      else if (c >= 0xa1 && c <= 0x24f) f.latinExt++;
      else if (c < 0x7f) {
        f.ascii++;
        if (RARE.has(ch)) f.rare++;
      }
    }
  }
  const fonts = new Map<string, Exclude<Verdict, 'readable'>>();
  let characters = 0;
  let unmappedChars = 0;
  let customChars = 0;
  for (const [font, f] of byFont) {
    characters += f.all;
    const v = judge(f);
    if (v === 'custom-encoding') customChars += f.all;
    else unmappedChars += v === 'unmapped' ? f.all : f.unmapped;
    if (v !== 'readable') fonts.set(font, v);
  }
  const unreadable = unmappedChars + customChars;
  return { characters, unreadable, unmappedChars, customChars, fonts, pageUnreadable: characters > 0 && unreadable >= PAGE_UNREADABLE * characters };
}

/** How a check reads in a warning: what the unreadable characters are. */
export function describe(check: TextLayerCheck): string {
  const parts: string[] = [];
  if (check.unmappedChars > 0) parts.push(`${check.unmappedChars} with no Unicode mapping — private-use, replacement or control characters`);
  if (check.customChars > 0) parts.push(`${check.customChars} in a custom font encoding that reads as Latin letters and signs`);
  return parts.join(', ');
}
