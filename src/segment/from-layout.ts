// A PDF page's laid-out articles → pieces for toArticle. The layout reader has already found each article's
// headline group (kicker, title, subtitle by size), its paragraphs in reading order and its photo captions; what
// is left is what the text says: which short lines under the headline (or closing the body) are bylines, which
// paragraph opens with a dateline, and who took a caption's photo. The text path's own parsers decide them, so
// both paths read a byline or a dateline the same way.
import type { LaidOutArticle, PageLayout, PlacedLine } from '../layout/index.js';
import { loadLayoutModel } from '../layout/model.js';
import { surnameAt } from '../lexicons/index.js';
import { displayWidth, FULL_WIDTH_FULL_STOP, isAsciiDigit, normalizeWidth } from '../text/chars.js';
import { type MappedText, MappedTextBuilder } from '../text/mapped-text.js';
import type { Piece, Segment } from './assemble.js';
import { parseBylineParagraph, splitNames } from './bylines.js';
import { cleanHeadline, joinLines, tidySpaces } from './clean.js';
import type { Line } from './lines.js';
import type { SegmentModel } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export function piecesFromLayout(layout: PageLayout, model: SegmentModel): Piece[] {
  const pieces: Piece[] = [];
  for (const a of layout.articles) {
    const piece = toPiece(a, model);
    if (piece) pieces.push(piece);
  }
  return pieces;
}

function toPiece(a: LaidOutArticle, model: SegmentModel): Piece | null {
  const heads: Paragraph[] = [];
  for (const k of a.kicker) heads.push(headline(k, false));
  if (a.title.length) heads.push(headline(a.title, true));
  for (const s of a.subtitle) heads.push(headline(s, false));

  // Bylines are short lines of their own: up to three under the headline, one closing the body.
  const paras = a.paragraphs.map((p) => p.map(toLine));
  const bylines: Paragraph[] = [];
  const maxLead = loadLayoutModel().params.maxLeadLines;
  const rules = [...a.rules];
  while (bylines.length < maxLead && paras.length > 1 && paras[0]!.length === 1) {
    let b = bylineOf(paras[0]!, model);
    if (!b) break;
    // 通讯员 欧阳 / 秋雨: a name broken over the line end; the line of its rest, alone, is read with it.
    const rest = paras.length > 2 && paras[1]!.length === 1 ? nameOverLines(b, paras[1]![0]!) : null;
    if (rest) {
      b = rest;
      paras.shift();
    }
    bylines.push(b);
    paras.shift();
  }
  // A byline set on two lines or three apart from its text (本报记者 某某 / 通讯员 某某) comes as one paragraph of
  // lines no wider than themselves: when every line alone is a byline, each is one, as the text path reads a byline
  // line that cannot continue a paragraph (para.byline-line).
  if (bylines.length === 0 && paras.length > 1 && paras[0]!.length > 1 && paras[0]!.length <= maxLead) {
    const each = paras[0]!.map((l) => bylineOf([l], model));
    if (each.every((b): b is Paragraph => b !== null)) {
      bylines.push(...each);
      paras.shift();
      rules.push(RULE.layoutBylineLines);
    }
  }
  const last = paras[paras.length - 1];
  if (last && paras.length > 1 && last.length === 1) {
    const b = bylineOf(last, model) ?? bracketedBylineOf(last, model);
    if (b) {
      bylines.push(b);
      paras.pop();
    }
  }
  if (a.photo) {
    const credit = photoCredit(paras.flat());
    if (credit) bylines.push(credit);
  }
  if (paras.length === 0) return null;
  const body = paras.map((lines) => prose(lines, model));
  const before: Segment[] = [];
  if (heads.length) before.push({ kind: 'T', paragraphs: heads });
  if (bylines.length) before.push({ kind: 'B', paragraphs: bylines });
  return { before, body: { kind: 'D', paragraphs: body }, after: [], rules };
}

function toLine(l: PlacedLine): Line {
  const text = halfWidth(l.text);
  return { no: l.no, text, indent: Math.round(l.indent), width: displayWidth(text.text) };
}

/**
 * Full-width letters and digits (１２项, ＡＢＣ) as the text path reads every line of a page (segment/lines.ts): in
 * half width, each character mapped to the glyph it was printed as; a full-width full stop between digits is a
 * decimal point.
 */
function halfWidth(t: MappedText): MappedText {
  const s = t.text;
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff) || (normalizeWidth(s[i]!) === s[i] && c !== FULL_WIDTH_FULL_STOP);
  }
  if (plain) return t;
  const b = new MappedTextBuilder(s.length);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    let norm = normalizeWidth(ch);
    if (ch.charCodeAt(0) === FULL_WIDTH_FULL_STOP && isAsciiDigit(b.lastChar().charCodeAt(0)) && i + 1 < s.length && isAsciiDigit(normalizeWidth(s[i + 1]!).charCodeAt(0))) norm = '.';
    b.push(norm, t.offsets[i]!);
  }
  return b.build();
}

/** A headline paragraph; the title is marked as the group's main line (toArticle's splitHeadlines reads `doubled`). */
function headline(lines: readonly PlacedLine[], main: boolean): Paragraph {
  const ls = lines.map(toLine);
  return { kind: 'title', lines: ls, text: cleanHeadline(ls.map((l) => l.text)), doubled: main, rules: [] };
}

/**
 * para.byline-over-lines on a PDF page: a byline line whose last name is one or two characters (通讯员 欧阳) and a line
 * of one or two characters alone after it (秋雨) are one byline, the name broken over the line end.
 */
/** Words that close a byline's line and finish no name: 摄, 报道, 整理. */
const NOT_A_NAME_REST = /^(?:摄影?|报道|整理|采写|执笔|文|图|供图|制图)$/u;

function nameOverLines(b: Paragraph, next: Line): Paragraph | null {
  const last = b.byline?.bylines.at(-1);
  const rest = next.text.trim();
  if (!b.byline || !last || last.name.length > 2 || !/^[\u4e00-\u9fff]{1,2}$/u.test(rest.text) || NOT_A_NAME_REST.test(rest.text)) return null;
  // (a name of four characters only after a two-character surname, 欧阳 / 秋雨: 记者 王强 / 李明 are two names)
  if (last.name.length + rest.length > 3 && !(last.name.length === 2 && surnameAt(last.name, 0) === 2)) return null;
  // (the parser reads a line break between names as two names: the name is made of both parts here)
  const name = { ...last, name: last.name + rest.text, end: rest.sourceSpan(0, rest.length).end };
  const rules = [...b.rules, RULE.bylineOverLines];
  return { ...b, lines: [...b.lines, next], text: joinLines([b.text, rest]), byline: { ...b.byline, bylines: [...b.byline.bylines.slice(0, -1), name], rules: [...b.byline.rules, RULE.bylineOverLines] }, rules };
}

function bylineOf(lines: Line[], model: SegmentModel): Paragraph | null {
  const text = joinLines(lines.map((l) => l.text)).trim();
  const parsed = parseBylineParagraph(text, model);
  if (!parsed || parsed.bylines.length === 0) return null;
  return { kind: 'byline', lines, text, byline: parsed, rules: parsed.rules };
}

/**
 * A closing byline set in brackets on a line of its own, flush right under the last paragraph: （记者 苏禾）. The
 * text path reads such a credit at the end of a paragraph; the layout gives it a line, read here without its
 * brackets. A role is needed: （完） and （苏禾） alone are no byline.
 */
function bracketedBylineOf(lines: Line[], model: SegmentModel): Paragraph | null {
  const text = joinLines(lines.map((l) => l.text)).trim();
  const m = /^[（(]\s*([^（）()]+?)\s*[)）]$/.exec(text.text);
  if (!m) return null;
  const at = text.text.indexOf(m[1]!, 1);
  const inner = text.slice(at, at + m[1]!.length);
  const parsed = parseBylineParagraph(inner, model);
  if (!parsed || parsed.bylines.length === 0 || parsed.signature) return null;
  return { kind: 'byline', lines, text: inner, byline: parsed, rules: parsed.rules };
}

function prose(lines: Line[], model: SegmentModel): Paragraph {
  const text = tidySpaces(joinLines(unwrapLatin(lines.map((l) => l.text))));
  const dateline = model.datelines.find((r) => r.regex.test(text.text));
  if (dateline) return { kind: 'dateline', lines, text, dateline: dateline.regex.exec(text.text)![0], rules: [dateline.id] };
  return { kind: 'body', lines, text, rules: [] };
}

/**
 * A Latin word or a figure that a Chinese line ends inside, wrapped without a hyphen as Chinese compositors wrap
 * it (…由Bl|ueHarbor集团…, 县道X|205线, 3|.2亿元), is one word again: the line and the next are joined with no space. The text path
 * joins two Latin lines with a space, as English wraps between words; set among Chinese characters, a Latin
 * word has no space before it on the line either.
 */
function unwrapLatin(lines: MappedText[]): MappedText[] {
  const out: MappedText[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && LATIN_END.test(prev.text) && LATIN_START.test(line.text)) out[out.length - 1] = new MappedTextBuilder(prev.length + line.length).append(prev).append(line).build();
    else out.push(line);
  }
  return out;
}
const LATIN_END = /[\u3400-\u9fff\uff00-\uffef“”‘’，。、：；（）][A-Za-z0-9][A-Za-z0-9.,]*$/u;
const LATIN_START = /^[A-Za-z0-9.]/;

/** The photographer named at the end of a caption: …（记者 王强 摄）. */
function photoCredit(lines: Line[]): Paragraph | null {
  const rule = loadLayoutModel().caption;
  const text: MappedText = joinLines(lines.map((l) => l.text)).trim();
  const m = rule.regex.exec(text.text);
  const names = m?.groups?.names;
  if (!m || !names) return null;
  const at = m.index + m[0].lastIndexOf(names);
  const span = text.slice(at, at + names.length);
  const found = splitNames(span);
  if (!found || found.length === 0) return null;
  const bylines = found.map((n) => ({ name: n.text, role: '摄影' as const, ...span.sourceSpan(n.start, n.end), rule: rule.id }));
  return { kind: 'byline', lines: [], text: span, byline: { bylines, rules: [rule.id], signature: false, marked: false }, rules: [rule.id] };
}
