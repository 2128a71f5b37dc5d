// A headline group → kicker (引题), main title (主题) and subtitle (副题), and the column tag printed with the title.
// A page prints the kicker above the main title and the subtitle below it; an e-paper crawl of one article
// prints the main title first, with its column tag, and the other lines after it. Either way a kicker leads
// into the title with a dash or a colon (山东某县实施“强村”工程——) and a subtitle may open with a dash
// (——记……), so neither is taken for the main title.
import { MappedTextBuilder, type MappedText } from '../text/mapped-text.js';
import type { SegmentModel } from './model.js';
import { isDashSubtitle, type Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export interface Headlines {
  kicker?: MappedText;
  title?: MappedText;
  subtitle?: MappedText;
  /** The column tag printed with the title (民生观察), left out of it. */
  column?: string;
  rules: string[];
}

/**
 * A page's headline group. The main title is the bold one (PDF extraction doubles bold text); failing that, the
 * one with the fewest phrase breaks, since kickers and subtitles are strings of phrases. Lines above it are the
 * kicker, lines below the subtitle.
 */
export function splitHeadlines(all: Paragraph[], model: SegmentModel): Headlines {
  // A column's name on a line of its own over the headline (【便民】, 〔走基层〕) is the column, not a headline.
  const tagLine = all.length > 1 ? all.findIndex((p) => COLUMN_LINE.test(p.text.text)) : -1;
  const heads = tagLine === -1 ? all : all.filter((_, i) => i !== tagLine);
  if (tagLine !== -1) {
    const h = splitHeadlines(heads, model);
    return h.column ? h : { ...h, column: COLUMN_LINE.exec(all[tagLine]!.text.text)![1]!.trim(), rules: [...h.rules, model.columnTag.id] };
  }
  if (heads.length === 0) return { rules: [] };
  if (heads.length === 1) return withColumn({ title: heads[0]!.text, rules: [] }, model);
  const rules: string[] = [];
  // headline.dash-subtitle-above: ——记某某 read above its title is the subtitle all the same.
  if (isDashSubtitle(heads[0]!.text.text) && !heads.slice(1).some((p) => isDashSubtitle(p.text.text))) {
    const h = splitHeadlines(heads.slice(1), model);
    const subtitle = join([dropDash(heads[0]!.text), ...(h.subtitle ? [h.subtitle] : [])]);
    return { ...h, subtitle, rules: [...h.rules, RULE.dashSubtitleAbove] };
  }
  const breaks = (p: Paragraph): number => (p.text.text.match(/[\s，,、：:]/g) ?? []).length;
  // A dash opens a subtitle (——记……): the main title is above it.
  const dash = heads.findIndex((p, i) => i > 0 && isDashSubtitle(p.text.text));
  let candidates = dash === -1 ? heads : heads.slice(0, dash);
  // A kicker leads into the title with a dash or a colon: the title is below it.
  const leadIns = candidates.filter((p) => model.kickerEnd.regex.test(p.text.text));
  if (leadIns.length && leadIns.length < candidates.length) {
    candidates = candidates.filter((p) => !leadIns.includes(p));
    rules.push(model.kickerEnd.id);
  }
  let main = candidates.findIndex((p) => p.doubled);
  if (main === -1 || candidates.filter((p) => p.doubled).length > 1) {
    main = 0;
    candidates.forEach((p, i) => {
      if (breaks(p) < breaks(candidates[main]!)) main = i;
    });
    // headline.middle-of-three: 引题 / 主题 / 副题 with nothing to tell them apart — the title is the middle one.
    if (main === 0 && candidates.length === 3 && candidates === heads && !candidates.some((p) => p.doubled) && candidates.every((p) => breaks(p) === breaks(candidates[0]!))) {
      main = 1;
      rules.push(RULE.middleOfThree);
    }
  }
  const at = heads.indexOf(candidates[main]!);
  // A kicker read after its title (the kicker's box came out of extraction second) still leads into it: 甜蜜经济—— is
  // the kicker wherever it comes.
  const leadAfter = (p: Paragraph, i: number): boolean => i > at && leadIns.includes(p) && !isDashSubtitle(p.text.text);
  if (heads.some(leadAfter)) rules.push(RULE.kickerAfterTitle);
  const subtitle = join(heads.filter((p, i) => i > at && !leadAfter(p, i)).map((p) => (isDashSubtitle(p.text.text) ? dropDash(p.text) : p.text)));
  const kicker = join(heads.filter((p, i) => i < at || leadAfter(p, i)).map((p) => p.text));
  return withColumn({ kicker, title: heads[at]!.text, subtitle, rules }, model);
}

/** A line that is nothing but a column's name in brackets. */
const COLUMN_LINE = /^\s*[【〔［\[]([^【】〔〕\[\]［］]{2,12})[】〕］\]]\s*$/u;

/**
 * The headline lines of one article as a crawl prints them, in order. The main title is the line that carries
 * the column tag; failing that, the first line that is neither a kicker (ending in a lead-in dash or colon) nor
 * a dash-opened subtitle. The other lines are the kicker (lead-ins, and lines above the title) and the
 * subtitle (the rest).
 */
export function splitArticleHead(lines: MappedText[], model: SegmentModel): Headlines {
  if (lines.length === 0) return { rules: [] };
  const items = lines.map((t) => ({ t, ...columnTagOf(t, model) }));
  const rules: string[] = [RULE.articleHead];
  const leadIn = (t: MappedText): boolean => model.kickerEnd.regex.test(t.text);
  let main = items.findIndex((x) => x.column !== undefined);
  if (main === -1) main = items.findIndex((x) => !leadIn(x.t) && !isDashSubtitle(x.t.text));
  if (main === -1) main = 0;
  if (items.some((x, i) => i !== main && leadIn(x.t))) rules.push(model.kickerEnd.id);
  if (items.some((x, i) => i > main && isDashSubtitle(x.t.text))) rules.push(RULE.dashSubtitle);
  const kicker = items.filter((x, i) => i < main || (i > main && leadIn(x.t))).map((x) => x.t);
  const subtitle = items.filter((x, i) => i > main && !leadIn(x.t)).map((x) => (isDashSubtitle(x.t.text) ? dropDash(x.t) : x.t));
  const { title: t, column } = items[main]!;
  if (column !== undefined) rules.push(model.columnTag.id);
  return { ...(kicker.length ? { kicker: join(kicker) } : {}), title: t, ...(subtitle.length ? { subtitle: join(subtitle) } : {}), ...(column ? { column } : {}), rules };
}

/** The headlines with the column tag taken out of the title (see columnTagOf). */
export function withColumn(h: Headlines, model: SegmentModel): Headlines {
  if (!h.title) return h;
  const { title, column } = columnTagOf(h.title, model);
  return column === undefined ? h : { ...h, title, column, rules: [...h.rules, model.columnTag.id] };
}

/** A headline without the column tag printed at its end (菜价稳下来了（民生观察）) or start (【产业前沿】…), and the tag. */
export function columnTagOf(t: MappedText, model: SegmentModel): { title: MappedText; column?: string } {
  const end = model.columnTag.trailing.exec(t.text);
  const start = end ? null : model.columnTag.leading.exec(t.text);
  const m = end ?? start;
  if (!m) return { title: t };
  const tag = (m.groups!.tag ?? m.groups!.tag2 ?? m.groups!.tag3)!.trim();
  const title = (end ? t.slice(0, m.index) : t.slice(m.index + m[0].length)).trim();
  // A headline that is nothing but brackets is a title, not a tag.
  return title.length === 0 ? { title: t } : { title, column: tag };
}

function join(ps: MappedText[]): MappedText | undefined {
  if (ps.length === 0) return undefined;
  const b = new MappedTextBuilder();
  ps.forEach((p, i) => {
    if (i > 0) b.separator(' ', b.lastOffset() + 1);
    b.append(p);
  });
  return b.build();
}

/** ——记平湖市…… → 记平湖市…… */
function dropDash(t: MappedText): MappedText {
  let i = 0;
  while (i < t.length && /[—\-－\s]/.test(t.text[i]!)) i++;
  return t.slice(i);
}
