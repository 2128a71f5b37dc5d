// Blocks → articles. The lines of each block are grouped into elements (consecutive lines of one role and
// size); headline and display elements that stand together form a headline group — the largest lines its
// title, those above its kicker, those below its subtitle; every other element belongs to the nearest
// headline group above it that stands over its columns (the headline of an L-shaped article stands over the
// leg too); its lines are cut into paragraphs by indent, by a short last line, and by extra space. Furniture
// (running heads, folios, credits, the masthead, jump lines) is kept out, and a paragraph that ends with a
// photographer's credit is a photo caption: a piece of its own.
import { parseRunningHead } from '../ingest/pages.js';
import { normalizeWidth } from '../text/chars.js';
import type { LayoutModel, LayoutParams } from './model.js';
import { blockLines, coreRight, lineText, roleOf } from './lines.js';
import { sameSize } from './runs.js';
import { isUnmapped } from './text-layer.js';
import { boundsOf } from './xy-cut.js';
import type { Block, FurnitureKind, Line, LineRole, PageRules, Piece, Rect } from './types.js';

/** Ids of the layout rules that live in code rather than in model/furniture.json. */
export const LAYOUT_RULE = {
  article: 'layout.article',
  headline: 'layout.headline-size',
  displayTitle: 'layout.display-title',
  kicker: 'layout.kicker',
  subtitle: 'layout.subtitle',
  owner: 'layout.owner-above',
  ownerBeside: 'layout.owner-beside',
  displayLead: 'layout.display-lead',
  untitled: 'layout.untitled',
  indent: 'layout.para.indent',
  shortLine: 'layout.para.short-line',
  gap: 'layout.para.gap',
  tableBreak: 'layout.para.table',
  runningHead: 'layout.furniture.running-head',
  headRow: 'layout.furniture.head-row',
  table: 'layout.furniture.table',
  tableHead: 'layout.furniture.table-head',
  captionOver: 'layout.caption.over-picture',
  listEntry: 'layout.list.entry',
  briefLeadIn: 'layout.brief-lead-in',
  titleBeside: 'layout.title-beside',
  markBreak: 'layout.para.mark',
  advertBox: 'layout.furniture.advert-box',
} as const;

/** A piece as the grouping finds it, before its lines are placed in the page's text. */
export type ArticleDraft = Piece<Line>;

export interface FurnitureDraft {
  kind: FurnitureKind;
  line: Line;
  rule: string;
  /** How the line reads when its printed spacing misleads (a letter-spaced running head): its words, a space apart. */
  reading?: string;
}

export interface PageDraft {
  articles: ArticleDraft[];
  furniture: FurnitureDraft[];
}

interface Element extends Rect {
  lines: Line[];
  role: LineRole;
  size: number;
  block: Block;
  /** First element of its block. */
  opensBlock: boolean;
}

interface HeadGroup extends Rect {
  elements: Element[];
  spanX0: number;
  spanX1: number;
  owned: Element[];
}

export interface PageGeometry {
  width: number;
  height: number;
  bodySize: number;
  bodyLineGap: number;
  /** The rules and boxes the page draws (see PageRules): a box round a piece closes it. */
  rules?: PageRules;
}

export function toArticles(blocks: readonly Block[], page: PageGeometry, model: LayoutModel): PageDraft {
  const p = model.params;
  const furniture: FurnitureDraft[] = [];
  const elements: Element[] = [];
  const linesOf = new Map(blocks.map((b) => [b, blockLines(b, p)] as const));
  rejoinCredits(linesOf, model);
  const listEntries = new Set<Line>();
  const listRows = joinListRows(linesOf, page, model, listEntries);
  const gridRows = joinGridRows(linesOf, page, model, listRows, listEntries);
  for (const l of gridRows) listRows.add(l);
  // Blocks of a few lines that end with a photographer's credit: a caption set across the columns of a story, between
  // one column's text and the next. Its lines are a paragraph of their own (read as a photo piece), not the text's.
  const captionBlocks = new Set([...linesOf].filter(([, ls]) => ls.length > 0 && ls.length <= 4 && isCaption(ls, model, p)).map(([b]) => b));
  const cells = tableCells(linesOf, page.bodySize, p, listRows, page.rules?.h ?? []);
  const tableHeads = tableHeadLines(linesOf, cells, page);
  const tableLines = [...cells, ...tableHeads];
  const spacedHeads = spacedRunningHeads([...linesOf.values()].flat(), page, p);
  furniture.push(...spacedHeads.heads);
  for (const block of blocks) {
    let opens = true;
    let cur: Element | undefined;
    for (const line of linesOf.get(block)!) {
      if (spacedHeads.taken.has(line)) continue;
      if (cells.has(line)) {
        furniture.push({ kind: 'table', line, rule: LAYOUT_RULE.table });
        continue;
      }
      if (tableHeads.has(line)) {
        furniture.push({ kind: 'table', line, rule: LAYOUT_RULE.tableHead });
        continue;
      }
      const f = furnitureOf(line, page, model);
      if (f) {
        furniture.push(f);
        continue;
      }
      const role = roleOf(line.size, page.bodySize, p);
      if (cur && cur.role === role && sameSize(cur.size, line.size, p.sameSize)) {
        cur.lines.push(line);
        Object.assign(cur, grow(cur, line));
        continue;
      }
      cur = { lines: [line], role, size: line.size, block, opensBlock: opens, x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1 };
      elements.push(cur);
      opens = false;
    }
  }

  // Running text set in display type (a lead paragraph set bold and larger over the story's columns) is body.
  const displayLeads = new Set<Element>();
  for (const e of elements) {
    if (e.role === 'display' && isRunningText(e.lines)) {
      e.role = 'body';
      displayLeads.add(e);
    }
  }
  const notes = noteBoxes(elements, page, model);
  // A note's label set in display type (记者手记 heading its box) heads no piece: it is the note's subhead.
  const groups = verticalDecks(headGroups(elements, p).filter((g) => !g.elements.every((e) => notes.labels.has(e))), page.bodySize);
  const inGroup = new Set(groups.flatMap((g) => g.elements));
  const beside = besideVertical(elements.filter((e) => !inGroup.has(e)), groups.filter(isVertical), page.bodySize);
  const besideTitle = besideSideTitle(elements.filter((e) => !inGroup.has(e) && !beside.has(e)), groups.filter((g) => !isVertical(g)), page.bodySize);
  for (const [e, g] of besideTitle) beside.set(e, g);
  const onTitleLine = bylinesOnTitleLine(elements.filter((e) => !inGroup.has(e) && linesOf.get(e.block)!.length === 1), groups);
  // (only where no headline stands over it: a byline under a centred title, over its columns, is that title's already)
  const unowned = (e: Element): boolean => ownerOf(e, groups.filter((g) => !boxedOff(g, e, page)), page.bodySize, p.ownerOverlap) === undefined;
  const underTitle = bylinesUnderTitle(elements.filter((e) => !inGroup.has(e) && !onTitleLine.has(e) && !beside.has(e) && unowned(e)), groups, model);
  for (const [e, g] of underTitle) onTitleLine.set(e, g);
  const orphans: Element[][] = [];
  let lastOrphan = -2;
  const ownerOfElement = new Map<Element, HeadGroup | undefined>();
  const placed = new Set<Element>();
  for (const e of elements) {
    if (inGroup.has(e)) continue;
    const note = notes.boxOf.get(e);
    const attached = note ? noteOwner(note, groups, page, p) : undefined;
    const fixed = attached ?? beside.get(e) ?? onTitleLine.get(e);
    if (fixed || note) placed.add(e);
    const owner = fixed ?? ownerOf(e, groups.filter((g) => !boxedOff(g, e, page)), page.bodySize, p.ownerOverlap);
    ownerOfElement.set(e, owner);
    // (a note box looks at the text its headline owns so far, above it)
    if (owner) owner.owned.push(e);
  }
  const runOn = runOnColumns(elements.filter((e) => ownerOfElement.has(e) && !placed.has(e)), ownerOfElement, page);
  // A story prints one dateline (本报讯…): a column of text that opens with a second one under the same headline — a
  // brief with no title of its own, beside or under a story — is a piece of its own.
  const dated = new Set<HeadGroup>();
  const firstBody = new Set<Block>();
  const ownDateline = new Set<Element>();
  for (const e of elements) {
    if (inGroup.has(e) || e.role !== 'body' || firstBody.has(e.block)) continue;
    firstBody.add(e.block);
    const g = ownerOfElement.get(e);
    if (!g || placed.has(e) || !model.dispatchOpener.regex.test(plainText(e.lines[0]!))) continue;
    if (!dated.has(g)) dated.add(g);
    else {
      ownerOfElement.set(e, undefined);
      ownDateline.add(e);
    }
  }
  for (const g of groups) g.owned = [];
  elements.forEach((e, i) => {
    if (inGroup.has(e)) return;
    const owner = ownerOfElement.get(e);
    if (owner) owner.owned.push(e);
    else {
      if (lastOrphan !== i - 1 || orphans.length === 0) orphans.push([]);
      orphans[orphans.length - 1]!.push(e);
      lastOrphan = i;
    }
  });
  // A byline set on the title's line is read first, where the headline's byline stands.
  for (const g of groups) if (g.owned.some((e) => onTitleLine.get(e) === g)) g.owned = [...g.owned.filter((e) => onTitleLine.get(e) === g), ...g.owned.filter((e) => onTitleLine.get(e) !== g)];

  const articles: ArticleDraft[] = [];
  const emit = (head: HeadGroup | undefined, owned: Element[]): void => {
    const rules: string[] = [LAYOUT_RULE.article];
    const parts = head ? splitHead(head, rules) : { kicker: [], title: [], subtitle: [] };
    if (head) rules.push(LAYOUT_RULE.owner);
    else rules.push(LAYOUT_RULE.untitled);
    if (!head && owned.some((e) => ownDateline.has(e))) rules.push(model.dispatchOpener.id);
    if (owned.some((e) => runOn.has(e))) rules.push(LAYOUT_RULE.ownerBeside);
    if (owned.some((e) => besideTitle.has(e))) rules.push(LAYOUT_RULE.titleBeside);
    if (owned.some((e) => underTitle.has(e))) rules.push(model.bylineBeside.id);
    if (owned.some((e) => displayLeads.has(e))) rules.push(LAYOUT_RULE.displayLead);
    if (owned.some((e) => e.lines.some((l) => listRows.has(l) && !gridRows.has(l)))) rules.push(model.listBox.id);
    if (owned.some((e) => e.lines.some((l) => gridRows.has(l)))) rules.push(model.listGrid.id);
    if (owned.some((e) => e.lines.some((l) => listEntries.has(l)))) rules.push(LAYOUT_RULE.listEntry);
    const { paragraphs, paraRules } = toParagraphs(owned, page, p, captionBlocks, listRows, tableLines, model.briefsLabel.mark);
    const headLines = head ? head.elements.flatMap((e) => e.lines) : [];
    const boxed = boxFurniture(parts.title, [...headLines, ...paragraphs.flat()], model);
    if (boxed) {
      for (const line of [...headLines, ...owned.flatMap((e) => e.lines)]) furniture.push({ kind: boxed.kind, line, rule: boxed.rule });
      return;
    }
    const captions: Line[][] = [];
    const body: Line[][] = [];
    for (const para of paragraphs) (isCaption(para, model, p) || isPictureCaption(para, elements, page, model, p) ? captions : body).push(para);
    const boxes = [...(head ? head.elements : []), ...owned].map((e) => boundsOf(e.lines));
    if (body.length === 0 && captions.length > 0 && head) {
      // (of two captions or more under a photo title, one set over a picture of its own is that picture's)
      const over = captions.length > 1 ? captions.filter((c) => overPicture(c, page)) : [];
      const own = captions.filter((c) => !over.includes(c));
      if (own.length > 0) {
        articles.push({ ...parts, paragraphs: own, photo: true, boxes, rules: [...rules, model.caption.id] });
        for (const c of over) articles.push({ kicker: [], title: [], subtitle: [], paragraphs: [c], photo: true, boxes: [boundsOf(c)], rules: [LAYOUT_RULE.article, model.caption.id, LAYOUT_RULE.captionOver] });
        return;
      }
      articles.push({ ...parts, paragraphs: captions, photo: true, boxes, rules: [...rules, model.caption.id] });
      return;
    }
    // A story prints one dateline: a paragraph that opens with a second one opens a brief of its own, untitled (a
    // column of briefs set one under the other); a column label over briefs (…简讯) titles none of them.
    const dated = body.map((para, i) => (model.dispatchOpener.regex.test(plainText(para[0]!)) ? i : -1)).filter((i) => i >= 0);
    const labelled = head !== undefined && model.briefsLabel.regex.test(parts.title.map(plainText).join(''));
    // (under a briefs label, a brief may open with a mark, a bracketed source or a run-in lead-in instead: 【某镇】…)
    const opener = (para: readonly Line[]): string | undefined =>
      model.dispatchOpener.regex.test(plainText(para[0]!)) ? model.dispatchOpener.id : model.briefsLabel.opens.test(plainText(para[0]!)) ? model.briefsLabel.id : leadIn(para) ? LAYOUT_RULE.briefLeadIn : undefined;
    const opened = labelled ? body.map((para, i) => (opener(para) ? i : -1)).filter((i) => i >= 0) : [];
    const label = labelled && opened[0] === 0;
    const cuts = label ? opened : dated.slice(1);
    if (cuts.length > 0) {
      if (label) for (const line of headLines) furniture.push({ kind: 'running-head', line, rule: model.briefsLabel.id });
      else articles.push({ ...parts, paragraphs: body.slice(0, cuts[0]), photo: false, boxes, rules: [...rules, ...new Set(paraRules)] });
      cuts.forEach((at, k) => {
        const own = body.slice(at, cuts[k + 1] ?? body.length);
        const why = label ? opener(own[0]!)! : model.dispatchOpener.id;
        articles.push({ kicker: [], title: [], subtitle: [], paragraphs: own, photo: false, boxes: [boundsOf(own.flat())], rules: [...new Set([LAYOUT_RULE.article, LAYOUT_RULE.untitled, why, ...(label ? [model.briefsLabel.id] : [])])] });
      });
    } else if (body.length > 0 || parts.title.length > 0) articles.push({ ...parts, paragraphs: body, photo: false, boxes, rules: [...rules, ...new Set(paraRules)] });
    for (const c of captions) articles.push({ kicker: [], title: [], subtitle: [], paragraphs: [c], photo: true, boxes: [boundsOf(c)], rules: [LAYOUT_RULE.article, model.caption.id] });
  };
  // Pieces in reading order: by their first element's place in the XY-cut order.
  const pieces: Array<{ at: number; emit: () => void }> = [
    ...groups.map((g) => ({ at: Math.min(...[g.elements[0]!, ...(isVertical(g) ? g.owned : [])].map((e) => e.block.order + e.y0 / 1e6)), emit: () => emit(g, g.owned) })),
    ...orphans.map((o) => ({ at: o[0]!.block.order + o[0]!.y0 / 1e6, emit: () => emit(undefined, o) })),
  ];
  pieces.sort((a, b) => a.at - b.at).forEach((x) => x.emit());
  advertBoxes(articles, furniture, page);
  for (const f of furniture) if (f.kind === 'jump') attachJump(f.line, articles, page.bodySize);
  return { articles, furniture };
}

/**
 * An advert boxed across the page sets its lines centred, words two spaces apart: the XY-cut may part the box down a
 * white channel, so that one half, with the hotline, is an advert and the other half a piece of its own (a slogan
 * over an address). A piece with no sentence (。！？) whose lines all stand inside a ruled box that holds an
 * advert's line is that advert's too.
 */
function advertBoxes(articles: ArticleDraft[], furniture: FurnitureDraft[], page: PageGeometry): void {
  const adverts = furniture.filter((f) => f.kind === 'advert');
  if (adverts.length === 0) return;
  for (const box of page.rules?.boxes ?? []) {
    const ad = adverts.find((f) => centreIn(f.line, box));
    if (!ad) continue;
    for (let i = articles.length - 1; i >= 0; i--) {
      const a = articles[i]!;
      const lines = [...a.kicker.flat(), ...a.title, ...a.subtitle.flat(), ...a.paragraphs.flat()];
      if (a.photo || lines.length === 0 || !lines.every((l) => centreIn(l, box)) || lines.some((l) => /[。！？!?]/u.test(plainText(l)))) continue;
      for (const line of lines) furniture.push({ kind: 'advert', line, rule: LAYOUT_RULE.advertBox });
      articles.splice(i, 1);
    }
  }
}

/**
 * A jump line tells where a story goes on or comes from: （下转第3版） under the foot of its last column — the
 * piece whose text ends just above it, in its column — and （上接第1版） over its continuation — the piece that
 * starts just under it.
 */
function attachJump(line: Line, articles: ArticleDraft[], bodySize: number): void {
  const target = jumpTarget(plainText(line));
  if (!target) return;
  const near = 4 * bodySize;
  const across = (b: Rect): boolean => b.x0 < line.x1 && line.x0 < b.x1;
  let best: ArticleDraft | undefined;
  let bestGap = Infinity;
  for (const a of articles) {
    if (a.photo) continue;
    for (const b of a.boxes) {
      if (!across(b)) continue;
      const gap = target.to !== undefined ? line.y0 - b.y1 : Math.min(...a.boxes.map((x) => x.y0)) - line.y1;
      if (gap >= -0.5 * bodySize && gap <= near && gap < bestGap) {
        best = a;
        bestGap = gap;
      }
    }
  }
  if (best) best.jump = { ...best.jump, ...target };
}

const NUMERALS = '〇一二三四五六七八九十';

/** The page a jump line names, and which way: （下转第3版） → to 3, （上接第十二版） → from 12, （转A5版） → to A5. */
export function jumpTarget(text: string): { to?: string; from?: string } | undefined {
  const m = /(下转|转至|转|上接|接上|接)第?([0-9〇一二三四五六七八九十]{1,3}|[A-H][0-9]{1,2})版/u.exec(text);
  if (!m) return undefined;
  let page = m[2]!;
  if (/^[〇一二三四五六七八九十]+$/u.test(page)) {
    const d = [...page].map((c) => NUMERALS.indexOf(c));
    // 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23
    const ten = d.indexOf(10);
    page = String(ten === -1 ? Number(d.join('')) : (ten === 0 ? 1 : d[0]!) * 10 + (ten < d.length - 1 ? d[d.length - 1]! : 0));
  }
  return m[1]!.includes('上') || m[1] === '接' ? { from: page } : { to: page };
}

/** Ems of body text: no newspaper sets running text in a narrower column (city papers set 10–14 characters). */
const NARROWEST_COLUMN = 8;

/**
 * The cells of a table: lines side by side on one baseline, each in a block of its own (the XY-cut parts a table's
 * rows when they stand apart, its columns at their gutters), in two rows or more one under the other, their cells
 * starting (or, figures, ending) at the same places. A cell's block holds that one line, or is a column narrower
 * than any column of running text. Two bylines side by side under level headlines make one such row, never two.
 */
function tableCells(linesOf: ReadonlyMap<Block, Line[]>, bodySize: number, p: LayoutParams, listRows: ReadonlySet<Line> = new Set(), hRules: readonly Rect[] = []): Set<Line> {
  // (the rows of a boxed list, names set in a grid, are the list's entries: no cells)
  // (or a column of a table's row labels: lines of different lengths, none with a mark of running text in it)
  const labels = (lines: readonly Line[]): boolean => lines.length >= 2 && lines.every((l) => !/[。，、；！？：:,;]/u.test(plainText(l))) && new Set(lines.map((l) => Math.round(l.x1 / bodySize))).size === lines.length;
  const short = [...linesOf].flatMap(([b, lines]) => (lines.length === 1 || b.x1 - b.x0 < NARROWEST_COLUMN * bodySize || labels(lines) ? lines.filter((l) => l.size < p.display * bodySize && !listRows.has(l)) : []));
  const rows: Line[][] = [];
  for (const l of short.sort((a, c) => a.baseline - c.baseline || a.x0 - c.x0)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.baseline - l.baseline) <= p.lineTolerance * bodySize) row.push(l);
    else rows.push([l]);
  }
  const wide = rows.map((r) => r.sort((a, c) => a.x0 - c.x0)).filter((r) => new Set(r.map((l) => l.block)).size >= 2);
  // Cells set flush left or flush right (figures) in their column.
  const aligned = (a: Line[], b: Line[]): boolean => a.filter((x) => b.some((y) => Math.abs(x.x0 - y.x0) <= bodySize || Math.abs(x.x1 - y.x1) <= bodySize)).length >= 2;
  const near = (a: Line[], b: Line[]): boolean => b[0]!.baseline - a[0]!.baseline <= 3 * bodySize;
  const cells = new Set<Line>();
  for (let i = 0; i + 1 < wide.length; i++) {
    // (a table holds figures, or is ruled: two rows of words aligned with no rule over, under or between them —
    // bylines of two stories side by side, each of two lines — are no table)
    const pair = [...wide[i]!, ...wide[i + 1]!];
    if (!near(wide[i]!, wide[i + 1]!) || !aligned(wide[i]!, wide[i + 1]!)) continue;
    if (pair.some((l) => /[0-9]/u.test(plainText(l))) || ruledRows(pair, hRules, bodySize)) for (const l of pair) cells.add(l);
  }
  return cells;
}

/** A rule drawn across the lines, within an em and a half over their top or under their foot, or between them. */
function ruledRows(lines: readonly Line[], hRules: readonly Rect[], bodySize: number): boolean {
  const b = boundsOf([...lines]);
  return hRules.some((r) => r.y0 >= b.y0 - 1.5 * bodySize && r.y0 <= b.y1 + 1.5 * bodySize && Math.min(r.x1, b.x1) - Math.max(r.x0, b.x0) >= 0.5 * (b.x1 - b.x0));
}

/** Ems of body text: the most white between a table's title or unit line and what stands under it. */
const TABLE_HEAD_GAP = 2.5;

/**
 * What a table prints over its rows: its title (2026年1—5月全县主要经济指标) and its unit (单位：亿元), each a line of
 * a block of its own just over the table's first row, or over the other, within the table's width (its cells', or
 * the rules drawn over and under it: a unit is set flush right to the rule), alone in its block or centred over the
 * table (the last line of the story's block over it). A line that reads as a sentence or a clause (。，！？；, or a
 * colon other than 单位's) is the article's text, not the table's. And the table's note under its last row.
 */
function tableHeadLines(linesOf: ReadonlyMap<Block, Line[]>, cells: ReadonlySet<Line>, page: PageGeometry): Set<Line> {
  const heads = new Set<Line>();
  if (cells.size === 0) return heads;
  const body = page.bodySize;
  // (a block's last line: alone in its block, or — its block the story's text over it — centred over the table)
  const alone = new Set<Line>();
  const candidates = [...linesOf.values()]
    .filter((ls) => ls.length > 0 && !cells.has(ls[ls.length - 1]!))
    .map((ls) => {
      if (ls.length === 1) alone.add(ls[0]!);
      return ls[ls.length - 1]!;
    })
    .filter((l) => {
      const t = plainText(l);
      return t.length > 0 && t.length <= 40 && !/[。，！？；]/u.test(t) && (!/[：:]/u.test(t) || /^单位[：:]/u.test(t));
    })
    .sort((a, b) => b.y0 - a.y0);
  const cellList = [...cells];
  for (const l of candidates) {
    // What stands just under it: a cell of the table's first row, or a head line already taken.
    const under = [...cellList, ...heads].filter((c) => c.y0 >= l.y1 - 0.5 && c.y0 - l.y1 <= TABLE_HEAD_GAP * body);
    if (under.length === 0) continue;
    const top = Math.min(...under.map((c) => c.y0));
    const row = cellList.filter((c) => c.y0 >= top - 0.5 && c.y0 <= top + TABLE_HEAD_GAP * body * 2);
    let x0 = Math.min(...[...under, ...row].map((c) => c.x0));
    let x1 = Math.max(...[...under, ...row].map((c) => c.x1));
    for (const r of page.rules?.h ?? []) if (r.y0 >= l.y1 - 0.5 && r.y0 <= top + 0.5 && r.x0 < x1 && x0 < r.x1) [x0, x1] = [Math.min(x0, r.x0), Math.max(x1, r.x1)];
    const centred = Math.abs((l.x0 + l.x1) / 2 - (x0 + x1) / 2) <= 2 * body;
    if (l.x0 >= x0 - body && l.x1 <= x1 + body && (alone.has(l) || centred)) heads.add(l);
  }
  // Under the table's last row: its note (注：…, 资料来源：…), the first lines of a block up to the note's stop.
  const foot = Math.max(...cellList.map((c) => c.y1));
  const x0 = Math.min(...cellList.map((c) => c.x0));
  const x1 = Math.max(...cellList.map((c) => c.x1));
  for (const ls of linesOf.values()) {
    const first = ls[0];
    if (!first || first.y0 < foot - 0.5 || first.y0 - foot > TABLE_HEAD_GAP * body || first.x1 < x0 || first.x0 > x1) continue;
    if (!TABLE_NOTE.test(plainText(first))) continue;
    for (const l of ls) {
      heads.add(l);
      if (/[。）)]$/u.test(plainText(l))) break;
    }
  }
  return heads;
}

/** A table's note under its rows: 注：…, 说明：…, 资料来源：…, 数据来源：…. */
const TABLE_NOTE = /^[（(]?(?:注|备注|说明|资料来源|数据来源|来源)[：:]/u;

function grow(r: Rect, s: Rect): Rect {
  return { x0: Math.min(r.x0, s.x0), y0: Math.min(r.y0, s.y0), x1: Math.max(r.x1, s.x1), y1: Math.max(r.y1, s.y1) };
}

/**
 * The lines of a running head's baseline in the head or foot band. Beside a line that is the running head alone
 * (第6版), the other short lines of the page head are furniture too (the paper's name and section between date and
 * folio). A running head set
 * letter-spaced across the page head (岚 溪 日 报 … 第 5 版), its characters so far apart that
 * the XY-cut parts them into blocks of a character or two: the lines of one baseline in the head or foot band, with
 * two such fragments or more, read together, are the running head when together they read as one.
 */
function spacedRunningHeads(lines: readonly Line[], page: PageGeometry, p: LayoutParams): { heads: FurnitureDraft[]; taken: Set<Line> } {
  const band = p.furnitureBand * page.height;
  const inBand = lines.filter((l) => (l.y1 <= band || l.y0 >= page.height - band) && l.size < p.headline * page.bodySize).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const heads: FurnitureDraft[] = [];
  const taken = new Set<Line>();
  // Each fragment read without its letter-spacing, the fragments a space apart: 临 江 日 报 2026年5月6日 第4版.
  const reading = (row: readonly Line[]): string => row.map(plainText).join(' ');
  for (let i = 0; i < inBand.length; ) {
    let j = i + 1;
    while (j < inBand.length && Math.abs(inBand[j]!.baseline - inBand[i]!.baseline) <= p.lineTolerance * inBand[i]!.size) j++;
    const row = inBand.slice(i, j).sort((a, b) => a.x0 - b.x0);
    i = j;
    if (row.length < 2) continue;
    // Beside a running head, on its baseline: the rest of the page's head (the paper's name and section, centred
    // between date and folio) is furniture too, when it is no sentence.
    const alone = row.filter((l) => parseRunningHead(lineText(l.glyphs, p).text.replace(/\s+/g, ' ').trim()) !== null);
    if (alone.length > 0) {
      // (in the head band only: in the foot, a column's last line may share a folio's baseline)
      for (const l of row) if (!alone.includes(l) && l.y1 <= band && plainText(l).length <= 20 && !/[。，！？；：]/.test(plainText(l))) {
        heads.push({ kind: 'running-head', line: l, rule: LAYOUT_RULE.headRow });
        taken.add(l);
      }
      continue;
    }
    if (row.filter((l) => l.glyphs.length <= 2).length < 2) continue;
    const glyphs = row.flatMap((l) => l.glyphs);
    const text = reading(row);
    if (!parseRunningHead(text)) continue;
    const line: Line = { glyphs, x0: row[0]!.x0, x1: Math.max(...row.map((l) => l.x1)), y0: Math.min(...row.map((l) => l.y0)), y1: Math.max(...row.map((l) => l.y1)), baseline: row[0]!.baseline, size: row[0]!.size, block: row[0]!.block };
    heads.push({ kind: 'running-head', line, rule: LAYOUT_RULE.runningHead, reading: text });
    for (const l of row) taken.add(l);
  }
  return { heads, taken };
}

/**
 * A photographer's credit set after a caption on its line, a space or two away (…生产线上调试设备。  记者 王强 摄):
 * the caption's closing stop hangs in that white, so the XY-cut took it for a gutter and read the credit as a block
 * of its own — a photo piece of the credit alone, the caption left in the story. A block that is one line of a bare
 * credit, with the last line of another block ending just left of it on its baseline (three ems or less), is that
 * line's end again.
 */
function rejoinCredits(linesOf: Map<Block, Line[]>, model: LayoutModel): void {
  const p = model.params;
  const lasts = [...linesOf.values()].filter((ls) => ls.length > 0).map((ls) => ls[ls.length - 1]!);
  for (const [block, lines] of linesOf) {
    if (lines.length !== 1) continue;
    const credit = lines[0]!;
    const m = model.caption.regex.exec(plainText(credit));
    if (!m || m.index !== 0 || !m.groups?.names) continue;
    const left = lasts.find((l) => l.block !== block && l !== credit && Math.abs(l.baseline - credit.baseline) <= p.lineTolerance * credit.size && l.x1 <= credit.x0 + 0.5 && credit.x0 - l.x1 <= 3 * credit.size && (linesOf.get(l.block)?.length ?? 0) > 0);
    if (!left) continue;
    const joined: Line = { ...left, glyphs: [...left.glyphs, ...credit.glyphs], x1: credit.x1, y0: Math.min(left.y0, credit.y0), y1: Math.max(left.y1, credit.y1) };
    const own = linesOf.get(left.block)!;
    own[own.indexOf(left)] = joined;
    lasts[lasts.indexOf(left)] = joined;
    linesOf.set(block, []);
  }
}

/**
 * A boxed list (获奖名单: the box's first line opens with the label) sets its entries in rows, a space or two apart,
 * often aligned from row to row: the XY-cut took the white between entries for a gutter and read the list in columns
 * (the second entry of every row after the first of every row). The box's lines of every block are read row by row
 * again: the lines of one baseline, left to right, are one line, in the block that opens the box, and each row is
 * an entry of its own (a paragraph). A row of names alone (every piece an entry's shape: `listGrid.entry`) is read
 * one name a line (`layout.list.entry`): joined, the names would run together with nothing between them, and the
 * text's readers see a list one entry a line (rel.received.list-below). Returns the rows.
 */
function joinListRows(linesOf: Map<Block, Line[]>, page: PageGeometry, model: LayoutModel, entries: Set<Line>): Set<Line> {
  const out = new Set<Line>();
  const tol = model.params.lineTolerance;
  for (const box of page.rules?.boxes ?? []) {
    const inside = [...linesOf].flatMap(([b, ls]) => ls.filter((l) => centreIn(l, box)).map((l) => ({ b, l })));
    if (inside.length < 2) continue;
    const first = inside.reduce((a, x) => (x.l.y0 < a.l.y0 - 0.1 || (Math.abs(x.l.y0 - a.l.y0) <= 0.1 && x.l.x0 < a.l.x0) ? x : a));
    if (!model.listBox.regex.test(plainText(first.l))) continue;
    const blocks = new Set(inside.map((x) => x.b));
    if (blocks.size < 2) continue;
    const rows: Line[][] = [];
    for (const { l } of [...inside].sort((a, c) => a.l.baseline - c.l.baseline || a.l.x0 - c.l.x0)) {
      const row = rows[rows.length - 1];
      if (row && Math.abs(row[0]!.baseline - l.baseline) <= tol * Math.min(row[0]!.size, l.size)) row.push(l);
      else rows.push([l]);
    }
    const joined = rows.flatMap((row): Line[] => {
      // (a row of names alone: each name an entry of its own, a line of the list, as a list is typed)
      if (row.length > 1 && row.every((l) => model.listGrid.entry.test(plainText(l)))) {
        const each = row.map((l) => ({ ...l, block: first.b }));
        for (const l of each) entries.add(l);
        return each;
      }
      return [row.length === 1 ? row[0]! : { ...row[0]!, glyphs: row.flatMap((l) => l.glyphs), x1: Math.max(...row.map((l) => l.x1)), y0: Math.min(...row.map((l) => l.y0)), y1: Math.max(...row.map((l) => l.y1)), block: first.b }];
    });
    for (const b of blocks) linesOf.set(b, linesOf.get(b)!.filter((l) => !centreIn(l, box)));
    const own = linesOf.get(first.b)!;
    linesOf.set(first.b, [...own.filter((l) => l.y0 < first.l.y0), ...joined, ...own.filter((l) => l.y0 >= first.l.y0)]);
    for (const l of joined) out.add(l);
  }
  return out;
}

/**
 * A list set in a grid with no box round it (winners' names three or four to a row, in columns) under the line of its
 * story that introduces it (…的是：) or under its label (获奖名单): the XY-cut took the white between the columns of
 * names for gutters, so the names read column by column, or as a table's cells. Entries — short names, no figures —
 * three or more on one baseline, in rows a line or two apart, just under such a line and within its story's width,
 * are read row by row, left to right, in the introducing line's block after it, each name a line and a paragraph
 * of its own (`layout.list.entry`: a list one entry a line, as the text's readers see a list of winners).
 */
function joinGridRows(linesOf: Map<Block, Line[]>, page: PageGeometry, model: LayoutModel, taken: ReadonlySet<Line>, listed: Set<Line>): Set<Line> {
  const out = new Set<Line>();
  const body = page.bodySize;
  const p = model.params;
  const all = [...linesOf].flatMap(([b, ls]) => ls.map((l) => ({ b, l })));
  const entries = all.filter(({ l }) => !taken.has(l) && l.size < p.display * body && model.listGrid.entry.test(plainText(l)));
  const rows: Array<typeof entries> = [];
  for (const x of [...entries].sort((a, c) => a.l.baseline - c.l.baseline || a.l.x0 - c.l.x0)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.l.baseline - x.l.baseline) <= p.lineTolerance * body) row.push(x);
    else rows.push([x]);
  }
  const wide = rows.filter((r) => r.length >= 3);
  const used = new Set<Line>();
  const ruled = (x0: number, x1: number, y0: number, y1: number): boolean => (page.rules?.h ?? []).some((r) => r.y0 >= y0 && r.y0 <= y1 && r.x0 < x1 && x0 < r.x1);
  for (let i = 0; i < wide.length; i++) {
    if (used.has(wide[i]![0]!.l)) continue;
    // (the grid: rows a line or two apart, their entries starting at the same places)
    const grid = [wide[i]!];
    for (let k = i + 1; k < wide.length; k++) {
      const last = grid[grid.length - 1]!;
      const next = wide[k]!;
      if (next[0]!.l.baseline - last[0]!.l.baseline > 2.5 * body) break;
      if (next.filter((x) => last.some((y) => Math.abs(x.l.x0 - y.l.x0) <= body)).length < 2) break;
      grid.push(next);
    }
    const flat = grid.flat();
    const x0 = Math.min(...flat.map((x) => x.l.x0));
    const x1 = Math.max(...flat.map((x) => x.l.x1));
    const top = Math.min(...grid[0]!.map((x) => x.l.y0));
    // (two rows or more; a table's rows, even of words only, are ruled: a list of names is not)
    if (grid.length < 2 || ruled(x0, x1, top - 0.5 * body, Math.max(...flat.map((x) => x.l.y1)) + 0.5 * body)) continue;
    // (the line that introduces it: just over its first row, across it, ending with a colon, or the list's label)
    const intro = all
      .filter(({ l }) => !flat.some((x) => x.l === l) && l.y1 <= top + 0.5 && top - l.y1 <= 2.5 * body && l.x0 < x1 && x0 < l.x1 && l.x0 <= x0 + body)
      .sort((a, c) => c.l.y1 - a.l.y1)[0];
    if (!intro || !model.listGrid.regex.test(plainText(intro.l))) continue;
    // (row by row, left to right, each name a line of its own: the list as a list is typed, one entry a line)
    const joined = grid.flatMap((row): Line[] => row.map((x) => x.l).sort((a, c) => a.x0 - c.x0).map((l) => ({ ...l, block: intro.b })));
    for (const l of joined) listed.add(l);
    const gone = new Set(flat.map((x) => x.l));
    for (const x of flat) used.add(x.l);
    for (const b of new Set(flat.map((x) => x.b))) linesOf.set(b, linesOf.get(b)!.filter((l) => !gone.has(l)));
    const own = linesOf.get(intro.b)!;
    const at = own.indexOf(intro.l) + 1;
    linesOf.set(intro.b, [...own.slice(0, at), ...joined, ...own.slice(at)]);
    for (const l of joined) out.add(l);
    // (a list's label is an entry of its own too: a paragraph, not the end of the one over it)
    if (!/[：:]$/u.test(plainText(intro.l))) out.add(intro.l);
  }
  return out;
}

/**
 * A paragraph that opens with a lead-in set in a font of its own (a brief's run-in title in bold or hei, then its text
 * in the body's font): two to sixteen characters at the start of its first line in one font, the rest of the
 * paragraph (two characters or more) in another.
 */
function leadIn(para: readonly Line[]): boolean {
  const glyphs = para.flatMap((l) => l.glyphs).filter((g) => g.ch.trim() !== '');
  const font = glyphs[0]?.font;
  if (font === undefined) return false;
  let k = 0;
  while (k < glyphs.length && glyphs[k]!.font === font) k++;
  if (k < 2 || k > 16 || k >= para[0]!.glyphs.length) return false;
  const rest = glyphs.slice(k);
  return rest.length >= 2 && rest.every((g) => g.font !== font);
}

/** Normalised text of a line for the furniture rules: no spaces, half-width digits and letters. */
function plainText(line: Line): string {
  let s = '';
  for (const g of line.glyphs) if (g.ch.trim() !== '' && !isUnmapped(g.ch.codePointAt(0)!)) s += normalizeWidth(g.ch);
  return s;
}

function furnitureOf(line: Line, page: PageGeometry, model: LayoutModel): FurnitureDraft | undefined {
  const p = model.params;
  const text = plainText(line);
  if (text === '') return undefined;
  const ratio = line.size / page.bodySize;
  const band = p.furnitureBand * page.height;
  const inBand = line.y1 <= band || line.y0 >= page.height - band;
  const spaced = lineText(line.glyphs, p).text;
  if (ratio < p.display && model.jumpLine.regex.test(text)) return { kind: 'jump', line, rule: model.jumpLine.id };
  if (inBand && ratio < p.headline) {
    if (parseRunningHead(spaced.replace(/\s+/g, ' ').trim())) return { kind: 'running-head', line, rule: LAYOUT_RULE.runningHead };
    if (model.staffCredit.regex.test(text)) return { kind: 'footer', line, rule: model.staffCredit.id };
    if (model.pageNumber.regex.test(text)) return { kind: line.y0 >= page.height - band ? 'footer' : 'running-head', line, rule: model.pageNumber.id };
  }
  if (inBand && ratio < model.mastheadTitle.minSize && model.sectionFlag.regex.test(text)) {
    const latin = /[A-Z]{4}/.test(text);
    if (latin || (line.y1 <= band && ratio >= p.display)) return { kind: line.y0 >= page.height - band ? 'footer' : 'running-head', line, rule: model.sectionFlag.id };
  }
  const top = line.y1 <= 0.3 * page.height;
  // (a line that ends a sentence is running text, whatever it names: …再也不用看天气了。)
  if (top && ratio < p.headline && model.mastheadText.regex.test(text) && !/[。！？!?][”’」）)]?$/u.test(text)) return { kind: 'masthead', line, rule: model.mastheadText.id };
  if (top && ratio >= model.mastheadTitle.minSize && model.mastheadTitle.regex.test(text)) return { kind: 'masthead', line, rule: model.mastheadTitle.id };
  return undefined;
}

/**
 * Headline and display elements standing together, one over the other, make a group. A group is a headline
 * group when it holds a headline-size line, or when it opens its block (a brief's title set in display type);
 * display type inside running text is a subhead, which stays with its body.
 */
function headGroups(elements: readonly Element[], p: LayoutParams): HeadGroup[] {
  const groups: HeadGroup[] = [];
  let cur: HeadGroup | undefined;
  // Text read between two display elements in the XY-cut's order that stands lower than the second (a byline set
  // flush left under a centred title, cut off from it by the white beside it) does not part a kicker from its title.
  let between: Element[] = [];
  for (const e of elements) {
    const display = e.role === 'headline' || e.role === 'display';
    if (!display) {
      between.push(e);
      continue;
    }
    const last = cur?.elements[cur.elements.length - 1];
    const apart = between.some((b) => b.y0 < e.y0);
    between = [];
    const joins = cur && last && !apart && e.y0 - cur.y1 <= p.headGroupGap * Math.max(e.size, last.size) && e.x0 < cur.x1 && cur.x0 < e.x1;
    if (cur && joins) {
      cur.elements.push(e);
      Object.assign(cur, grow(cur, e));
      cur.spanX0 = Math.min(cur.spanX0, e.block.spanX0);
      cur.spanX1 = Math.max(cur.spanX1, e.block.spanX1);
    } else {
      cur = { elements: [e], x0: e.x0, y0: e.y0, x1: e.x1, y1: e.y1, spanX0: e.block.spanX0, spanX1: e.block.spanX1, owned: [] };
      groups.push(cur);
    }
  }
  return groups.filter((g) => g.elements.some((e) => e.role === 'headline') || g.elements[0]!.opensBlock);
}

/** Ems of the byline's size: the most white between a title and a byline set on its line, flush right. */
const BESIDE_TITLE = 20;

/**
 * A line of body type that is a block of its own on a headline's last line, right of it (a byline printed flush
 * right on the title's line): the XY-cut parts it from the title by the white between them, and, level with the
 * title, no headline stands over it. It belongs to that headline, whose span reaches over its columns too.
 */
function bylinesOnTitleLine(elements: readonly Element[], groups: readonly HeadGroup[]): Map<Element, HeadGroup> {
  const out = new Map<Element, HeadGroup>();
  for (const e of elements) {
    // (a byline under a headline of its own, level with a longer title beside it, is that headline's)
    if (groups.some((o) => o.y1 <= e.y0 && o.x0 < e.x1 && e.x0 < o.x1)) continue;
    if (e.lines.length !== 1 || e.role === 'headline' || e.role === 'display') continue;
    const mid = (e.y0 + e.y1) / 2;
    for (const g of groups) {
      const title = g.elements.filter((x) => x.role === 'headline' || x.role === 'display').at(-1)?.lines.at(-1);
      if (!title || mid < title.y0 || mid > title.y1 || e.x0 < title.x1 - 0.5 || e.x0 - title.x1 > BESIDE_TITLE * e.size) continue;
      // (the white between them parted the headline's region from the byline's: the headline heads both)
      out.set(e, g);
      g.spanX0 = Math.min(g.spanX0, e.block.spanX0);
      g.spanX1 = Math.max(g.spanX1, e.block.spanX1);
      break;
    }
  }
  return out;
}

/** Ems of the byline's size: the most white between a title's last line and the top of a byline set under its end. */
const UNDER_TITLE = 1.5;

/**
 * layout.byline-under-title: a byline of one to three lines set flush right under a short title (本报记者 某某 /
 * 通讯员 某某), a block of its own — the white between the title's end and the byline parts them, and no headline
 * stands over it. Each line opens with a role (the last may be the rest of a name broken over the line end); its
 * top is within UNDER_TITLE ems under the title's last line, right of the title's end and at most BESIDE_TITLE ems
 * from it. It belongs to that headline, whose span reaches over its block too.
 */
function bylinesUnderTitle(elements: readonly Element[], groups: readonly HeadGroup[], model: LayoutModel): Map<Element, HeadGroup> {
  const out = new Map<Element, HeadGroup>();
  for (const e of elements) {
    if (e.role === 'headline' || e.role === 'display' || e.lines.length > 3) continue;
    const texts = e.lines.map(plainText);
    const rest = texts.length > 1 && model.bylineBeside.rest.test(texts[texts.length - 1]!);
    if (!(rest ? texts.slice(0, -1) : texts).every((t) => model.bylineBeside.regex.test(t))) continue;
    if (groups.some((o) => o.y1 <= e.y0 && o.x0 < e.x1 && e.x0 < o.x1)) continue;
    for (const g of groups) {
      const title = g.elements.filter((x) => x.role === 'headline' || x.role === 'display').at(-1)?.lines.at(-1);
      if (!title || e.y0 < title.y1 - 0.5 * e.size || e.y0 - title.y1 > UNDER_TITLE * e.size) continue;
      if (e.x0 < title.x1 - 0.5 || e.x0 - title.x1 > BESIDE_TITLE * e.size) continue;
      out.set(e, g);
      g.spanX0 = Math.min(g.spanX0, e.block.spanX0);
      g.spanX1 = Math.max(g.spanX1, e.block.spanX1);
      break;
    }
  }
  return out;
}

/**
 * A title set vertically (竖排): its characters stacked one under the other, a line of one glyph each, the column
 * it stands in far taller than wide.
 */
function isVertical(g: HeadGroup): boolean {
  const lines = g.elements.flatMap((e) => e.lines);
  return lines.length >= 3 && lines.every((l) => l.glyphs.length <= 2) && g.y1 - g.y0 > 3 * (g.x1 - g.x0);
}

/**
 * A vertical headline in decks: the title's column and, beside it, its kicker's (to its right, read first, as
 * vertical lines are read right to left) or its subtitle's (to its left), each a column of one glyph to a line.
 * Columns level with each other and a gutter apart are one headline group, its elements right to left, so the
 * largest is the title, those before it the kicker and those after it the subtitle.
 */
function verticalDecks(groups: HeadGroup[], bodySize: number): HeadGroup[] {
  const out: HeadGroup[] = [];
  for (const g of groups) {
    const mate = isVertical(g) ? out.find((o) => isVertical(o) && Math.min(o.y1, g.y1) - Math.max(o.y0, g.y0) >= 0.5 * Math.min(o.y1 - o.y0, g.y1 - g.y0) && Math.max(o.x0, g.x0) - Math.min(o.x1, g.x1) <= 2.5 * bodySize) : undefined;
    if (!mate) {
      out.push(g);
      continue;
    }
    mate.elements = [...mate.elements, ...g.elements].sort((a, b) => b.x0 - a.x0);
    Object.assign(mate, grow(mate, g));
    mate.spanX0 = Math.min(mate.spanX0, g.spanX0);
    mate.spanX1 = Math.max(mate.spanX1, g.spanX1);
  }
  return out;
}

/**
 * The text a vertical title stands beside: body elements level with it (starting between its top and its foot)
 * next to it, left or right, and the columns next to those, a gutter apart, at the same height. A vertical title
 * heads its article from the side, so no headline above reaches that text.
 */
function besideVertical(elements: readonly Element[], vertical: readonly HeadGroup[], bodySize: number): Map<Element, HeadGroup> {
  const owner = new Map<Element, HeadGroup>();
  for (const g of vertical) {
    const size = Math.max(...g.elements.map((e) => e.size));
    const level = (e: Element): boolean => e.y0 >= g.y0 - size && e.y0 < g.y1 && e.y1 <= g.y1 + 3 * size;
    // Nearest first, on each side, each next one within a wide gutter of the last.
    for (const side of [-1, 1] as const) {
      let edge = side < 0 ? g.x0 : g.x1;
      const row = elements.filter((e) => !owner.has(e) && level(e) && (side < 0 ? e.x1 <= g.x0 + 1 : e.x0 >= g.x1 - 1));
      for (let reached = true; reached; ) {
        reached = false;
        for (const e of row) {
          if (owner.has(e)) continue;
          if ((side < 0 ? edge - e.x1 : e.x0 - edge) <= 2.5 * bodySize) {
            owner.set(e, g);
            edge = side < 0 ? Math.min(edge, e.x0) : Math.max(edge, e.x1);
            reached = true;
          }
        }
      }
    }
  }
  return owner;
}

/**
 * A headline set at the side of its story's text (in two or three short lines at the right of the columns, or at
 * their left), its top level with the text's, with no text under it: the text beside it is its story's, not the
 * headline's above (across a rule or an advert) nor an untitled piece. The column nearest it, up to eight ems
 * away with nothing between (the headline's box may leave white round it), its top within two ems of the
 * headline's, and the columns beyond it level with that one, each a gutter (2.5 ems) from the last, are the
 * headline's. A headline with body text starting under it (within six ems) is none.
 */
function besideSideTitle(elements: readonly Element[], heads: readonly HeadGroup[], bodySize: number): Map<Element, HeadGroup> {
  const owner = new Map<Element, HeadGroup>();
  const body = elements.filter((e) => e.role === 'body');
  for (const g of heads) {
    if (body.some((e) => e.x0 < g.x1 && g.x0 < e.x1 && e.y0 >= g.y1 - 0.5 && e.y0 - g.y1 <= 6 * bodySize)) continue;
    for (const side of [-1, 1] as const) {
      const next = (edge: number, top: number, gap = 2.5): Element | undefined =>
        body.find((e) => !owner.has(e) && Math.abs(e.y0 - top) <= 2 * bodySize && (side < 0 ? e.x1 <= edge + 1 && edge - e.x1 <= gap * bodySize : e.x0 >= edge - 1 && e.x0 - edge <= gap * bodySize));
      // (the headline's box may leave white round it: the first column up to eight ems away, nothing between)
      const first = next(side < 0 ? g.x0 : g.x1, g.y0, 8);
      if (!first) continue;
      const [l, r] = side < 0 ? [first.x1, g.x0] : [g.x1, first.x0];
      if (elements.some((e) => e !== first && e.x0 >= l - 1 && e.x1 <= r + 1 && e.y0 < g.y1 && g.y0 < e.y1)) continue;
      owner.set(first, g);
      let edge = side < 0 ? first.x0 : first.x1;
      for (let e = next(edge, first.y0); e; e = next(edge, first.y0)) {
        owner.set(e, g);
        edge = side < 0 ? e.x0 : e.x1;
      }
      break;
    }
  }
  return owner;
}

/**
 * A drawn box parts the headline group from the element: it holds one and not the other (a box round a piece
 * closes it). A rule alone does not (the rules of a table, a picture's frame, a rule under a title are all drawn
 * inside articles); rules part articles in the XY-cut.
 */
function boxedOff(g: HeadGroup, e: Element, page: PageGeometry): boolean {
  const r = page.rules;
  if (!r) return false;
  const inside = (x: Rect, b: Rect): boolean => {
    const cx = (x.x0 + x.x1) / 2;
    const cy = (x.y0 + x.y1) / 2;
    return cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1;
  };
  const head = g.elements[0]!;
  return r.boxes.some((b) => inside(head, b) !== inside(e, b));
}

/** Ems of body text: the most white between two columns of one story (a gutter, with a rule in it or not). */
const RUN_ON_GUTTER = 3;

/**
 * A story's second column beside its first, under a short title that stands over the first column only (a title
 * flush left over a story of two columns, a continuation's short repeat of its title): no headline of its own
 * stands over it, so the headline over its columns was the one above the story (or none). A body column whose top
 * is level with the top of a column beside it on its left, a gutter away, whose headline stands lower (nearer)
 * than the one found over it, runs on from that column: it is that headline's. Left to right, so a third column
 * runs on from the second. A column under a headline of its own, level with the left one's, keeps it.
 */
function runOnColumns(elements: readonly Element[], owners: Map<Element, HeadGroup | undefined>, page: PageGeometry): Set<Element> {
  const out = new Set<Element>();
  const body = page.bodySize;
  // (a column's top: the first body element of its block, under a title in the same block or not)
  const tops = new Map<Block, Element>();
  for (const e of elements) if (e.role === 'body' && !tops.has(e.block)) tops.set(e.block, e);
  const columns = [...tops.values()].sort((a, b) => a.x0 - b.x0);
  for (const e of columns) {
    const own = owners.get(e);
    for (const left of columns) {
      const g = owners.get(left);
      if (left === e || !g || g === own || left.x1 > e.x0 + 0.5 || e.x0 - left.x1 > RUN_ON_GUTTER * body) continue;
      if (Math.abs(left.y0 - e.y0) > body || left.y0 < g.y1 - 0.5 * body) continue;
      // (the headline found over it stands above this one's headline altogether, or there is none)
      if (own && own.y1 > g.y0 - 0.5 * body) continue;
      // (a box round one and not the other parts them)
      if ((page.rules?.boxes ?? []).some((b) => centreIn(left, b) !== centreIn(e, b))) continue;
      owners.set(e, g);
      g.spanX1 = Math.max(g.spanX1, e.block.spanX1);
      out.add(e);
      break;
    }
  }
  return out;
}

/**
 * Lines of running text, whatever their size: two lines or more that end a sentence (。！？, a closing quote or
 * bracket after it). A kicker, a title, a subtitle or a subhead ends none; a lead paragraph set bold and larger
 * over a story's columns does.
 */
function isRunningText(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  const text = lines.map(plainText).join('');
  return /[。！？][”’」）)]*$/u.test(text);
}

/**
 * The nearest headline group above the element that stands over its columns. Groups level with each other (two
 * headlines side by side) are told apart by where the element's own text is printed: a column's region reaches
 * across an empty neighbour (a story that filled one of its two columns), so its span may overlap both.
 */
function ownerOf(e: Element, groups: readonly HeadGroup[], bodySize: number, minOverlap: number): HeadGroup | undefined {
  let best: HeadGroup | undefined;
  let bestInk = 0;
  const ex0 = e.block.spanX0;
  const ex1 = e.block.spanX1;
  for (const g of groups) {
    if (g.y1 > e.y0 + 0.5 * bodySize) continue;
    const overlap = Math.min(g.spanX1, ex1) - Math.max(g.spanX0, ex0);
    if (overlap <= minOverlap * Math.min(ex1 - ex0, g.spanX1 - g.spanX0)) continue;
    const ink = Math.max(0, Math.min(g.spanX1, e.block.x1) - Math.max(g.spanX0, e.block.x0));
    const level = best !== undefined && Math.abs(g.y1 - best.y1) <= 0.5 * bodySize;
    if (!best || (level ? ink > bestInk : g.y1 > best.y1)) {
      best = g;
      bestInk = ink;
    }
  }
  return best;
}

function splitHead(g: HeadGroup, rules: string[]): Pick<ArticleDraft, 'kicker' | 'title' | 'subtitle'> {
  const els = g.elements;
  const biggest = Math.max(...els.map((e) => e.size));
  const first = els.findIndex((e) => e.size === biggest);
  let last = first;
  while (last + 1 < els.length && els[last + 1]!.size === biggest) last++;
  rules.push(els[first]!.role === 'headline' ? LAYOUT_RULE.headline : LAYOUT_RULE.displayTitle);
  if (first > 0) rules.push(LAYOUT_RULE.kicker);
  if (last < els.length - 1) rules.push(LAYOUT_RULE.subtitle);
  return {
    kicker: els.slice(0, first).map((e) => e.lines),
    title: els.slice(first, last + 1).flatMap((e) => e.lines),
    subtitle: els.slice(last + 1).map((e) => e.lines),
  };
}

/**
 * An article's lines → paragraphs. A paragraph opens at an indented first line, after a line that stops short of
 * its column's right edge, after extra space, and where the role changes (a subhead, a caption in small type).
 * At the top of a new column only an indent opens one: the text runs on from the foot of the last column.
 */
function toParagraphs(owned: readonly Element[], page: PageGeometry, p: LayoutParams, captionBlocks: ReadonlySet<Block> = new Set(), listRows: ReadonlySet<Line> = new Set(), tableLines: readonly Line[] = [], mark?: RegExp): { paragraphs: Line[][]; paraRules: string[] } {
  const paragraphs: Line[][] = [];
  const paraRules: string[] = [];
  const edges = new Map<Block, { left: number; right: number }>();
  const linesOfBlock = new Map<Block, Line[]>();
  for (const el of owned) linesOfBlock.set(el.block, [...(linesOfBlock.get(el.block) ?? []), ...el.lines]);
  const edgesOf = (b: Block, lines: readonly Line[]): { left: number; right: number } => {
    let e = edges.get(b);
    if (!e) {
      e = { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map(coreRight)) };
      edges.set(b, e);
    }
    return e;
  };
  // Paragraphs that open indented (as Chinese text sets them): then a line short of its column followed by a
  // flush line is a measure narrowed around a picture, not a paragraph's end; the next paragraph would be indented.
  let indentedLines = 0;
  for (const el of owned) {
    if (el.role !== 'body') continue;
    const { left } = edgesOf(el.block, linesOfBlock.get(el.block)!);
    for (const line of el.lines) if (line.x0 - left >= p.indent * line.size) indentedLines++;
  }
  const indentStyle = indentedLines >= 2;
  const asides: Line[][] = [];
  let prev: { line: Line; role: LineRole } | undefined;
  for (const el of owned) {
    for (const line of el.lines) {
      const { left, right } = edgesOf(el.block, linesOfBlock.get(el.block)!);
      const indented = line.x0 - left >= p.indent * line.size;
      // A caption set across the story's columns is a paragraph of its own, out of the text's flow: the column
      // after it runs on from the one before it.
      if (captionBlocks.has(line.block)) {
        const last = asides[asides.length - 1];
        if (last && last[0]!.block === line.block) last.push(line);
        else asides.push([line]);
        continue;
      }
      // (each row of a boxed list is an entry of its own)
      let opens = prev === undefined || prev.role !== el.role || listRows.has(line);
      // (a line that opens with a brief's mark, ■ or ●, opens a paragraph: one-line briefs show no indent)
      if (!opens && mark && mark.test(plainText(line))) {
        opens = true;
        paraRules.push(LAYOUT_RULE.markBreak);
      }
      if (!opens && indented) {
        opens = true;
        paraRules.push(LAYOUT_RULE.indent);
      }
      // (a table set between two lines of the text: the text over it ends a paragraph, whatever its lines' lengths)
      if (!opens && prev && tableLines.some((t) => t.y0 >= prev!.line.y1 - 0.5 && t.y1 <= line.y0 + 0.5 && t.x0 < line.x1 && line.x0 < t.x1 && t.x0 < prev!.line.x1 && prev!.line.x0 < t.x1)) {
        opens = true;
        paraRules.push(LAYOUT_RULE.tableBreak);
      }
      // (within a block: a line that ends its block's text short before a new block is a paragraph's end, or a subhead's)
      const narrowed = indentStyle && !indented && el.role === 'body';
      if (!opens && prev && prev.line.block === line.block) {
        const prevRight = edgesOf(prev.line.block, linesOfBlock.get(prev.line.block)!).right;
        if (!narrowed && coreRight(prev.line) < prevRight - p.shortLine * prev.line.size) {
          opens = true;
          paraRules.push(LAYOUT_RULE.shortLine);
        } else if (line.y0 - prev.line.y1 > page.bodyLineGap + p.paragraphGap * line.size) {
          opens = true;
          paraRules.push(LAYOUT_RULE.gap);
        }
      } else if (!opens && prev && coreRight(prev.line) < edgesOf(prev.line.block, linesOfBlock.get(prev.line.block)!).right - p.shortLine * prev.line.size) {
        opens = true;
        paraRules.push(LAYOUT_RULE.shortLine);
      }
      if (opens) paragraphs.push([line]);
      else paragraphs[paragraphs.length - 1]!.push(line);
      prev = { line, role: el.role };
    }
  }
  paragraphs.push(...asides);
  return { paragraphs, paraRules };
}

/**
 * What a page prints in a box of its own that is no article: a 导读 column (titled 导读, whatever its entries say;
 * or, with no sentence, lines ending in page references); and, with no sentence in it, a piece that prints a
 * hotline or a QR code (an advertisement) or a weather box (titled …天气, or lines of temperatures).
 */
function boxFurniture(title: readonly Line[], lines: readonly Line[], model: LayoutModel): { kind: FurnitureKind; rule: string } | undefined {
  const texts = lines.map(plainText);
  const text = texts.join('');
  const head = title.map(plainText).join('');
  if (head && model.guide.regex.test(head)) return { kind: 'guide', rule: model.guide.id };
  if (/[。！？!?]/.test(text)) return undefined;
  if (model.advert.regex.test(text)) return { kind: 'advert', rule: model.advert.id };
  if (texts.filter((t) => model.guide.pageRef.test(t)).length >= 2) return { kind: 'guide', rule: model.guide.id };
  const temperatures = text.match(new RegExp(model.weather.reading.source, 'gu'))?.length ?? 0;
  if ((head && model.weather.regex.test(head)) || temperatures >= 2) return { kind: 'weather', rule: model.weather.id };
  return undefined;
}

/**
 * Boxes that hold a note of the paper's own set inside an article (编者按, 记者手记, 短评: the box's first line opens
 * with the label), each with the elements inside it; and the label lines set in display type.
 */
function noteBoxes(elements: readonly Element[], page: PageGeometry, model: LayoutModel): { boxOf: Map<Element, Rect>; labels: Set<Element> } {
  const boxOf = new Map<Element, Rect>();
  const labels = new Set<Element>();
  for (const b of page.rules?.boxes ?? []) {
    const inside = elements.filter((e) => centreIn(e, b));
    if (inside.length === 0) continue;
    const first = inside.reduce((a, e) => (e.y0 < a.y0 - 0.1 || (Math.abs(e.y0 - a.y0) <= 0.1 && e.x0 < a.x0) ? e : a));
    if (!model.noteBox.regex.test(plainText(first.lines[0]!))) continue;
    for (const e of inside) boxOf.set(e, b);
    if (first.role === 'display' || first.role === 'headline') labels.add(first);
  }
  return { boxOf, labels };
}

function centreIn(x: Rect, b: Rect): boolean {
  const cx = (x.x0 + x.x1) / 2;
  const cy = (x.y0 + x.y1) / 2;
  return cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1;
}

/**
 * The article a boxed note belongs to: the headline group standing over the box that ends a few lines above it
 * (an editor's note boxed under the headline), or whose own text ends just above it (a reporter's notebook boxed
 * at the article's foot). A note box far from any headline's text is a piece of its own.
 */
function noteOwner(box: Rect, groups: readonly HeadGroup[], page: PageGeometry, p: LayoutParams): HeadGroup | undefined {
  const near = 4 * page.bodySize;
  let best: HeadGroup | undefined;
  let bestGap = Infinity;
  for (const g of groups) {
    if (centreIn(g.elements[0]!, box)) continue;
    const overlap = Math.min(g.spanX1, box.x1) - Math.max(g.spanX0, box.x0);
    if (overlap < p.ownerOverlap * (box.x1 - box.x0)) continue;
    const bottoms = [g.y1, ...g.owned.filter((o) => !centreIn(o, box) && o.x0 < box.x1 && box.x0 < o.x1).map((o) => o.y1)].filter((y) => y <= box.y0 + 1);
    if (bottoms.length === 0) continue;
    const gap = box.y0 - Math.max(...bottoms);
    if (gap <= near && gap < bestGap) {
      best = g;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A caption that credits nobody (图为…, 上图…) printed just under a picture: a photo piece. The picture is a box
 * with nothing printed in it, or — an image, which the reader does not decode — white space above the caption in
 * its column at least a picture's height (nothing printed there from the caption up to the text or headline
 * above). 图为 in running text, with text just above it, stays body.
 */
function isPictureCaption(para: readonly Line[], elements: readonly Element[], page: PageGeometry, model: LayoutModel, p: LayoutParams): boolean {
  const first = para[0]!;
  const text = para.map((l) => lineText(l.glyphs, p).text).join('');
  if (text.length > 240 || !model.pictureCaption.regex.test(text.trim())) return false;
  const bounds = boundsOf([...para]);
  const near = 2 * page.bodySize;
  const overlaps = (r: Rect): boolean => bounds.x0 < r.x1 && r.x0 < bounds.x1;
  if ((page.rules?.pictures ?? []).some((r) => overlaps(r) && first.y0 >= r.y1 - 1 && first.y0 - r.y1 <= near)) return true;
  let above = 0;
  for (const e of elements) for (const l of e.lines) if (l.y1 <= first.y0 - 0.1 && overlaps(l)) above = Math.max(above, l.y1);
  return first.y0 - above >= PICTURE_HEIGHT * page.bodySize;
}

/**
 * A caption set over its picture: a picture (a box with nothing printed in it) starts just under its last line, within
 * two ems, across it, and none ends just above its first.
 */
function overPicture(para: readonly Line[], page: PageGeometry): boolean {
  const b = boundsOf([...para]);
  const near = 2 * page.bodySize;
  const across = (r: Rect): boolean => b.x0 < r.x1 && r.x0 < b.x1;
  const pictures = page.rules?.pictures ?? [];
  return pictures.some((r) => across(r) && r.y0 >= b.y1 - 1 && r.y0 - b.y1 <= near) && !pictures.some((r) => across(r) && b.y0 >= r.y1 - 1 && b.y0 - r.y1 <= near);
}

/** Ems of body text: the least height of a picture over its caption (no rule of white space is as tall). */
const PICTURE_HEIGHT = 5;

/** A short paragraph that ends with a photographer's credit (…（记者 王强 摄）). */
function isCaption(para: readonly Line[], model: LayoutModel, p: LayoutParams): boolean {
  const text = para.map((l) => lineText(l.glyphs, p).text).join('');
  return text.length <= 240 && model.caption.regex.test(text.trim());
}
