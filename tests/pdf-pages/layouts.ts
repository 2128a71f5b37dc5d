// Newspaper pages of many layouts, typeset from text written for them, each with its truth: every piece's
// title, kicker, subtitle, bylines and paragraphs as printed. `generatePage(layout, seed)` makes one page.
import { action, briefTitle, kicker as kickerText, names, paragraph, person, pick, rng, subtitle as subtitleText, title as titleText, type Rng } from './text.js';
import { Typesetter, type Rect, type Style } from './typeset.js';

export interface TruthByline {
  name: string;
  role: string;
}

export interface TruthArticle {
  title: string;
  kicker?: string;
  subtitle?: string;
  bylines: TruthByline[];
  paragraphs: string[];
  photo?: boolean;
}

export interface PageTruth {
  layout: string;
  seed: number;
  articles: TruthArticle[];
}

const W = 760;
const H = 1080;
const M = 40;
const GUTTER = 13;
const BODY: Style = { font: 'serif', size: 9, pitch: 13.5 };
const SMALL: Style = { font: 'sans', size: 7.5, pitch: 11 };
const TOP = 78;
const BOTTOM = H - 52;

interface Grid {
  n: number;
  colW: number;
  x: (i: number) => number;
  span: (a: number, b: number) => { x: number; w: number };
}

function grid(n: number): Grid {
  const colW = (W - 2 * M - (n - 1) * GUTTER) / n;
  const x = (i: number): number => M + i * (colW + GUTTER);
  return { n, colW, x, span: (a, b) => ({ x: x(a), w: x(b) - x(a) + colW }) };
}

type BylineStyle = 'under' | 'dateline' | 'trailing' | 'none';

interface ArticleOptions {
  cols: [number, number];
  top: number;
  bottom: number;
  titleSize?: number;
  kicker?: boolean;
  subtitle?: boolean;
  byline?: BylineStyle;
  photo?: boolean;
  jump?: boolean;
  /** L-shape: the last column runs on down to this y while the others stop at `bottom`. */
  legBottom?: number;
  brief?: boolean;
}

/** Bylines as printed and as truth: one to three people, reporters and correspondents. */
function bylines(r: Rng): { printed: string; inline: string; truth: TruthByline[] } {
  const reporter = person(r);
  const style = pick(r, ['记者', '本报记者', '记者2'] as const);
  if (style === '本报记者') return { printed: `■本报记者 ${reporter}`, inline: `本报记者 ${reporter}`, truth: [{ name: reporter, role: '本报记者' }] };
  const more = style === '记者2' ? [person(r)] : [];
  const corr = r() < 0.6 ? [person(r)] : [];
  const people = [reporter, ...more];
  const printed = `记者 ${people.join(' ')}${corr.length ? ` 通讯员 ${corr.join(' ')}` : ''}`;
  return {
    printed,
    inline: printed,
    truth: [...people.map((name) => ({ name, role: '记者' })), ...corr.map((name) => ({ name, role: '通讯员' }))],
  };
}

/** Titles used on the page being made: a page never prints one headline twice. */
const usedTitles = new Set<string>();

function article(ts: Typesetter, g: Grid, r: Rng, o: ArticleOptions): { truth: TruthArticle[]; bottom: number } {
  let n = names(r);
  let headline = o.brief ? briefTitle(r, n) : titleText(r, n);
  for (let tries = 0; usedTitles.has(headline) && tries < 50; tries++) {
    n = names(r);
    headline = o.brief ? briefTitle(r, n) : titleText(r, n);
  }
  usedTitles.add(headline);
  const span = g.span(o.cols[0], o.cols[1]);
  const truth: TruthArticle = { title: headline, bylines: [], paragraphs: [] };
  const out: TruthArticle[] = [truth];
  let y = o.top;
  if (o.kicker) {
    truth.kicker = kickerText(r, n);
    ts.centred(truth.kicker, span, y, { font: 'serifBold', size: 12 });
    y += 19;
  }
  let size = o.titleSize ?? (o.brief ? 12 : Math.min(30, 14 + 4 * (o.cols[1] - o.cols[0] + 1)));
  while (size > 12 && ts.measure(truth.title, { font: 'bold', size }) > span.w) size -= 1;
  // A title wider than its column is set on two lines (a brief's title in a narrow column).
  const chars = [...truth.title];
  const lines = ts.measure(truth.title, { font: 'bold', size }) > span.w ? [chars.slice(0, Math.ceil(chars.length / 2)).join(''), chars.slice(Math.ceil(chars.length / 2)).join('')] : [truth.title];
  for (const text of lines) {
    if (o.brief) ts.line(text, span.x, y, { font: 'bold', size });
    else ts.centred(text, span, y, { font: 'bold', size });
    y += size * (lines.length > 1 ? 1.25 : 1.45);
  }
  if (o.subtitle) {
    truth.subtitle = subtitleText(r, n);
    ts.centred(truth.subtitle, span, y, { font: 'sans', size: 11.5 });
    y += 19;
  }
  const style = o.byline ?? 'under';
  const by = bylines(r);
  y += 4;
  if (style === 'under') {
    ts.line(by.printed, span.x, y, { font: 'sans', size: 9 });
    y += BODY.pitch + 4;
  }
  if (style !== 'none') truth.bylines = by.truth;

  const bodyTop = y;
  const columns: Rect[] = [];
  if (o.photo) {
    const pw = g.span(o.cols[0], Math.min(o.cols[0] + 1, o.cols[1]));
    const ph = 120;
    ts.photo({ x: pw.x, y: bodyTop, w: pw.w, h: ph });
    const caption = `图为${n.town}${n.brand}的工人正在${action(r)}。`;
    const photographer = person(r);
    const credit = pick(r, ['记者', '通讯员'] as const);
    const capText = `${caption}（${credit} ${photographer} 摄）`;
    const capLines = ts.flow([capText], [{ x: pw.x, y: bodyTop + ph + 5, w: pw.w, h: 60 }], SMALL, 0)!;
    const below = capLines[0]! + 10;
    out.push({ title: '', bylines: [{ name: photographer, role: '摄影' }], paragraphs: [capText], photo: true });
    for (let c = o.cols[0]; c <= o.cols[1]; c++) {
      const covered = c <= Math.min(o.cols[0] + 1, o.cols[1]);
      columns.push({ x: g.x(c), y: covered ? below : bodyTop, w: g.colW, h: (c === o.cols[1] && o.legBottom ? o.legBottom : o.bottom) - (covered ? below : bodyTop) });
    }
  } else {
    for (let c = o.cols[0]; c <= o.cols[1]; c++) {
      const bottom = c === o.cols[1] && o.legBottom ? o.legBottom : o.bottom;
      columns.push({ x: g.x(c), y: bodyTop, w: g.colW, h: bottom - bodyTop - (o.jump && c === o.cols[1] ? BODY.pitch : 0) });
    }
  }
  // As many paragraphs as fit, at least one.
  const paras: string[] = [];
  for (let k = 0; k < 12; k++) {
    let p = paragraph(r, n, o.brief ? 2 : undefined);
    if (k === 0 && style === 'dateline') p = `本报讯（${by.inline}）${p}`;
    const trial = [...paras, p];
    if (style === 'trailing') trial[trial.length - 1] += `（${by.inline}）`;
    if (!ts.flow(trial, columns, BODY, 2, true)) break;
    paras.push(p);
    if (o.brief && paras.length >= 2) break;
  }
  if (paras.length === 0) paras.push(o.brief ? '会上通报了有关情况。' : paragraph(r, n, 1));
  if (style === 'trailing') paras[paras.length - 1] += `（${by.inline}）`;
  const bottoms = ts.flow(paras, columns, BODY)!;
  truth.paragraphs = paras;
  if (o.jump) {
    const last = columns[columns.length - 1]!;
    const jy = Math.max(bottoms[bottoms.length - 1]!, last.y) + 4.5;
    const jump = `（下转第${1 + Math.floor(r() * 7) + 1}版）`;
    ts.line(jump, last.x + last.w - ts.measure(jump, BODY), jy, BODY);
  }
  return { truth: out, bottom: Math.max(...bottoms, y) };
}

function runningHead(ts: Typesetter, r: Rng, page: number): void {
  const day = 1 + Math.floor(r() * 27);
  const week = pick(r, ['星期一', '星期二', '星期三', '星期四', '星期五']);
  const section = pick(r, ['经济', '综合', '区域', '民生']);
  ts.line(`2024年${1 + Math.floor(r() * 12)}月${day}日 ${week}`, M, 40, { font: 'sans', size: 8 });
  const right = `第${page}版 ${section}`;
  ts.line(right, W - M - ts.measure(right, { font: 'sans', size: 8 }), 40, { font: 'sans', size: 8 });
  ts.rule(M, 54, W - M, 1);
}

function footer(ts: Typesetter, r: Rng): void {
  ts.rule(M, H - 40, W - M, 0.5);
  ts.line(`责任编辑：${person(r)} 美编：${person(r)} 校对：${person(r)}`, M, H - 34, { font: 'sans', size: 7 });
}

function masthead(ts: Typesetter, r: Rng): number {
  ts.line('临湖日报', M, 30, { font: 'serifBold', size: 54 });
  ts.line('国内统一连续出版物号 CN33-0199', W - M - 180, 36, { font: 'sans', size: 8 });
  ts.line(`2024年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 27)}日 星期三 农历甲辰年`, W - M - 180, 50, { font: 'sans', size: 8 });
  ts.line('今日8版 总第12345期', W - M - 180, 64, { font: 'sans', size: 8 });
  ts.rule(M, 102, W - M, 2);
  return 116;
}

type Layout = (ts: Typesetter, r: Rng, page: number) => TruthArticle[];

const SECTION = 22;

export const LAYOUTS: Record<string, Layout> = {
  /** Two columns, two articles side by side, headlines level. */
  'two-side-by-side': (ts, r) => {
    const g = grid(2);
    return [...article(ts, g, r, { cols: [0, 0], top: TOP, bottom: BOTTOM }).truth, ...article(ts, g, r, { cols: [1, 1], top: TOP, bottom: BOTTOM, byline: 'dateline' }).truth];
  },
  /** Three columns: a spanning lead with kicker and subtitle, then two articles. */
  'three-spanning-lead': (ts, r) => {
    const g = grid(3);
    const a = article(ts, g, r, { cols: [0, 2], top: TOP, bottom: 560, kicker: true, subtitle: true });
    const top = a.bottom + SECTION;
    ts.rule(M, top - SECTION / 2, W - M);
    return [...a.truth, ...article(ts, g, r, { cols: [0, 1], top, bottom: BOTTOM, byline: 'trailing' }).truth, ...article(ts, g, r, { cols: [2, 2], top, bottom: BOTTOM, brief: true }).truth];
  },
  /** A front page: masthead, a four-column lead with a photo, two articles, one jumping to another page. */
  'four-front-page': (ts, r) => {
    const g = grid(4);
    const top = masthead(ts, r);
    const a = article(ts, g, r, { cols: [0, 3], top, bottom: 620, photo: true, subtitle: true });
    const t2 = a.bottom + SECTION;
    ts.rule(M, t2 - SECTION / 2, W - M);
    return [...a.truth, ...article(ts, g, r, { cols: [0, 1], top: t2, bottom: BOTTOM, jump: true }).truth, ...article(ts, g, r, { cols: [2, 3], top: t2, bottom: BOTTOM, byline: 'dateline' }).truth];
  },
  /** Five columns: an L-shaped lead (its last column runs to the foot), an article under the L, one beside it. */
  'five-l-shape': (ts, r) => {
    const g = grid(5);
    const a = article(ts, g, r, { cols: [0, 3], top: TOP, bottom: 470, legBottom: BOTTOM });
    const top = 470 + SECTION;
    ts.rule(M, top - SECTION / 2, g.x(3) - GUTTER / 2);
    return [...a.truth, ...article(ts, g, r, { cols: [0, 2], top, bottom: BOTTOM, kicker: true }).truth, ...article(ts, g, r, { cols: [4, 4], top: TOP, bottom: BOTTOM, byline: 'trailing' }).truth];
  },
  /** Six narrow columns: a lead over four, briefs with display titles stacked beside it, three below. */
  'six-briefs': (ts, r) => {
    const g = grid(6);
    const out: TruthArticle[] = [];
    const a = article(ts, g, r, { cols: [0, 3], top: TOP, bottom: 640, subtitle: true });
    out.push(...a.truth);
    for (const c of [4, 5]) {
      let y = TOP;
      for (let k = 0; k < 3; k++) {
        const b = article(ts, g, r, { cols: [c, c], top: y, bottom: y + 175, brief: true, byline: k === 1 ? 'trailing' : 'none' });
        out.push(...b.truth);
        y = b.bottom + SECTION;
      }
    }
    const top = 640 + SECTION;
    ts.rule(M, top - SECTION / 2, W - M);
    for (const [x0, x1] of [[0, 1], [2, 3], [4, 5]] as const) out.push(...article(ts, g, r, { cols: [x0, x1], top, bottom: BOTTOM, brief: x0 === 4, byline: x0 === 2 ? 'dateline' : 'under' }).truth);
    return out;
  },
  /** Photo news across three columns (a title, a large photo, its caption), then two articles. */
  'three-photo-news': (ts, r) => {
    const g = grid(3);
    const span = g.span(0, 2);
    const n = names(r);
    const title = `${n.town}${pick(r, ['金秋时节稻谷飘香', '新厂房封顶迎投产', '夜市经济人气旺'])}`;
    ts.centred(title, span, TOP, { font: 'bold', size: 20 });
    ts.photo({ x: span.x, y: TOP + 34, w: span.w, h: 260 });
    const shooter = person(r);
    const caption = `近日，${n.village}的村民们正在${action(r)}，现场一片繁忙景象。（通讯员 ${shooter} 摄）`;
    const capBottom = ts.flow([caption], [{ x: span.x, y: TOP + 34 + 266, w: span.w, h: 40 }], { font: 'sans', size: 9, pitch: 13 }, 0)!;
    const top = capBottom[0]! + SECTION + 6;
    ts.rule(M, top - SECTION / 2, W - M);
    return [
      { title, bylines: [{ name: shooter, role: '摄影' }], paragraphs: [caption], photo: true },
      ...article(ts, g, r, { cols: [0, 1], top, bottom: BOTTOM, kicker: true, byline: 'dateline' }).truth,
      ...article(ts, g, r, { cols: [2, 2], top, bottom: BOTTOM }).truth,
    ];
  },
  /** Four columns, three byline styles: after the dateline, closing the body, under the title. */
  'four-bylines': (ts, r) => {
    const g = grid(4);
    const a = article(ts, g, r, { cols: [0, 1], top: TOP, bottom: 540, byline: 'dateline' });
    const b = article(ts, g, r, { cols: [2, 3], top: TOP, bottom: 540, byline: 'trailing' });
    const top = 540 + SECTION;
    ts.rule(M, top - SECTION / 2, W - M);
    return [...a.truth, ...b.truth, ...article(ts, g, r, { cols: [0, 3], top, bottom: BOTTOM, subtitle: true }).truth];
  },
  /** Five columns: two articles side by side (two and three columns wide), then a spanning one with a kicker. */
  'five-side-by-side-row': (ts, r) => {
    const g = grid(5);
    const a = article(ts, g, r, { cols: [0, 1], top: TOP, bottom: 520 });
    const b = article(ts, g, r, { cols: [2, 4], top: TOP, bottom: 520, kicker: true, byline: 'dateline' });
    const top = 520 + SECTION;
    ts.rule(M, top - SECTION / 2, W - M);
    return [...a.truth, ...b.truth, ...article(ts, g, r, { cols: [0, 4], top, bottom: BOTTOM, kicker: true, subtitle: true }).truth];
  },
  /** Six columns: a page-wide lead over six, then two articles of three columns each. */
  'six-wide-lead': (ts, r) => {
    const g = grid(6);
    const a = article(ts, g, r, { cols: [0, 5], top: TOP, bottom: 430, titleSize: 30, subtitle: true });
    const top = 430 + SECTION;
    ts.rule(M, top - SECTION / 2, W - M);
    return [...a.truth, ...article(ts, g, r, { cols: [0, 2], top, bottom: BOTTOM, photo: true }).truth, ...article(ts, g, r, { cols: [3, 5], top, bottom: BOTTOM, byline: 'dateline' }).truth];
  },
};

export const LAYOUT_NAMES = Object.keys(LAYOUTS);

/** One generated page: its PDF bytes and its truth. */
export async function generatePage(layout: string, seed: number): Promise<{ pdf: Buffer; truth: PageTruth }> {
  const { pdf, truths } = await generateIssue([layout], seed);
  return { pdf, truth: truths[0]! };
}

/** Several pages in one PDF, one layout each, in order: an issue of the paper. */
export async function generateIssue(layouts: readonly string[], seed: number): Promise<{ pdf: Buffer; truths: PageTruth[] }> {
  const ts = new Typesetter(W, H);
  const truths = layouts.map((layout, i) => {
    const make = LAYOUTS[layout];
    if (!make) throw new Error(`no layout ${layout}`);
    if (i > 0) ts.doc.addPage({ size: [W, H], margin: 0 });
    const r = rng(seed * 7919 + LAYOUT_NAMES.indexOf(layout));
    usedTitles.clear();
    const page = 2 + ((seed + i) % 6);
    if (layout !== 'four-front-page') runningHead(ts, r, page);
    const articles = make(ts, r, page);
    footer(ts, r);
    return { layout, seed, articles };
  });
  return { pdf: await ts.bytes(), truths };
}
