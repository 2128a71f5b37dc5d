// Paragraphs → pieces. PDF extraction scrambles a page's reading order: a headline may come after its body,
// a byline before the body or after the headline, and on one page pieces are read in different orders, so
// two headlines, two bylines or two bodies may come out side by side. A piece is a run of paragraphs:
// headlines and bylines, one body, headlines and bylines. We choose where the page's pieces begin — the
// cheapest partition, found exactly by dynamic programming over paragraph boundaries — so that each piece
// gets one headline and one byline; a dateline (本报讯) always opens a new body, and cutting a headline group,
// a byline group, a body or a block of text set in one box costs more the less a compositor would do it.
import type { Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

export type SegmentKind = 'D' | 'T' | 'B';

export interface Segment {
  kind: SegmentKind;
  paragraphs: Paragraph[];
}

export interface Piece {
  /** Headline and byline groups printed before the body. */
  before: Segment[];
  body: Segment;
  after: Segment[];
  rules: string[];
}

/** Costs of a piece's shape; a missing headline is worse than a missing byline. */
const COST = {
  noTitle: 3,
  extraTitle: 4,
  noByline: 0.5,
  extraByline: 2.5,
  againstOrientation: 0.3,
  /**
   * Text set in one box comes out of extraction as one block, with no blank line inside: a headline with the
   * byline under it, a byline over the first lines of its body. Cutting a block between two pieces is costly.
   */
  splitBlock: 1,
  /**
   * A byline is set under its headline, so the two usually come out of extraction side by side; a piece whose
   * headline and byline sit on opposite sides of its body is a little less likely (it happens when the
   * headline box is read after the columns).
   */
  bylineApartFromTitle: 0.1,
  /** A byline on the other side of its body than this page's bylines. */
  bylineAgainstOrientation: 0.3,
  /** Two headlines side by side that belong to different pieces (a byline line without a mark, too). */
  splitGroup: 1,
  /** Two bodies side by side with no dateline to open the second: only where their pieces need it. */
  splitBody: 1.5,
  /**
   * The same where the text changes column width: an article runs on in columns of one width, so a new
   * width is most likely a new article.
   */
  splitBodyNewColumn: 0.3,
  /** A columnist's signature (■言成声) over a body that opens with a dateline: columns carry none. */
  signatureWithDateline: 2,
  /** A photographer's credit alone (■摄影 王强) over a dateline: it captions a photo, reports have reporters. */
  photoCreditWithDateline: 0.6,
  /**
   * Per headline paragraph, times the share of its character pairs that its body's opening lacks: a headline
   * repeats the words of its lede (姚庄镇：桃园村获评… over 近日，姚庄镇桃园村获评…). Small: it decides between
   * layouts the shape costs leave even, not against them.
   */
  titleMismatch: 0.6,
};

/** How much of a body's opening a headline's words are checked against. */
const LEDE_CHARS = 300;

export function toSegments(paragraphs: readonly Paragraph[]): Segment[] {
  const segments: Segment[] = [];
  for (const p of paragraphs) {
    const kind = kindOf(p);
    const last = segments[segments.length - 1];
    const opensRun = opensBody(p);
    if (last && last.kind === kind && !(kind === 'D' && opensRun)) last.paragraphs.push(p);
    else segments.push({ kind, paragraphs: [p] });
  }
  return segments;
}

/**
 * A dateline opens a body, and so does a photo's caption, text carried over from another page, text under a crawl's
 * field line (see paragraphs.ts), or a lead (【导读】…): no piece's prose runs on into a lead, which goes with the
 * headline under it (segment.note-above-headline).
 */
function opensBody(p: Paragraph): boolean {
  return p.kind === 'dateline' || p.caption === true || p.continued === true || p.afterCrawlField === true || p.note === 'lead';
}

function kindOf(p: Paragraph): SegmentKind {
  return p.kind === 'title' ? 'T' : p.kind === 'byline' ? 'B' : 'D';
}

export function assemble(paragraphs: readonly Paragraph[]): Piece[] {
  const kinds = paragraphs.map(kindOf);
  if (!kinds.includes('D')) return [];
  const page: Page = { paragraphs, kinds, opensGroup: groupStarts(paragraphs, kinds), overlap: new Map() };
  // A page tends to be laid out one way throughout: headlines on one side of their bodies, bylines on one
  // side. Which ways is found by solving for each and keeping the cheapest page; on a tie, the page's
  // opening decides the headlines' side.
  const opensWithTitle = kinds.find((k) => k !== 'B') === 'T';
  let best: { cost: number; starts: number[]; orient: Orientation } | undefined;
  for (const titlesFirst of [opensWithTitle, !opensWithTitle]) {
    for (const bylinesBefore of [true, false]) {
      const orient = { titlesFirst, bylinesBefore };
      const solution = solve(page, orient);
      if (!best || solution.cost < best.cost) best = { ...solution, orient };
    }
  }
  const { starts, orient } = best!;
  const bylinesBefore = orient.bylinesBefore;
  const pieces: Piece[] = starts.map((a, i) => {
    const z = starts[i + 1] ?? paragraphs.length;
    const { bodyStart, bodyEnd } = bodyOf(kinds, a, z);
    const before = groups(page, a, bodyStart);
    const after = groups(page, bodyEnd, z);
    const rules: string[] = [RULE.assign, bylinesBefore ? RULE.bylinesBeforeBody : RULE.bylinesAfterBody];
    if (after.some((s) => s.kind === 'T')) rules.push(RULE.titleAfterBody);
    if (before.some((s) => s.kind === 'T')) rules.push(RULE.titleBeforeBody);
    if (i > 0 && kinds[a - 1] === 'D' && kinds[a] === 'D' && !opensBody(paragraphs[a]!)) rules.push(RULE.splitBody);
    return { before, body: { kind: 'D', paragraphs: paragraphs.slice(bodyStart, bodyEnd) }, after, rules };
  });
  // An editor's note printed above the piece it introduces (编者按…——编 者, then the headline) opens that piece's body.
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i]!;
    const body = p.body.paragraphs;
    if (p.before.length || p.after.length || !isNoteOnly(body, 0, body.length - 1)) continue;
    const next = pieces[i + 1]!;
    pieces[i + 1] = { ...next, body: { kind: 'D' as const, paragraphs: [...body, ...next.body.paragraphs] }, rules: [...next.rules, RULE.noteAboveHeadline] };
    pieces.splice(i, 1);
  }
  return pieces;
}

/**
 * Paragraphs [from, to] are an editor's note, from its opening (编者按) to its sign-off (——编 者), or leads and
 * one-paragraph notes alone (【提要】…, 【编者按】… with no sign-off).
 */
function isNoteOnly(paragraphs: readonly Paragraph[], from: number, to: number): boolean {
  if (paragraphs[from]?.note === 'opening' && paragraphs[to]?.note === 'signoff') return true;
  return leadsOnly(paragraphs, from, to);
}

/** Paragraphs [from, to] are each a lead or a one-paragraph editor's note (【提要】…, 【编者按】…). */
function leadsOnly(paragraphs: readonly Paragraph[], from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i <= to; i++) {
    const note = paragraphs[i]?.note;
    if (note !== 'lead' && note !== 'opening') return false;
  }
  return true;
}

interface Page {
  paragraphs: readonly Paragraph[];
  kinds: SegmentKind[];
  /** The paragraph opens a headline or byline group (see groupStarts). */
  opensGroup: boolean[];
  /** Memo of titleOverlap by headline and body paragraph. */
  overlap: Map<number, number>;
}

/** Character pairs of a text's Chinese characters (also the continuations' measure of what a run shares with a piece). */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) out.add(text.slice(i, i + 2));
  }
  return out;
}

/** The share of headline paragraph t's character pairs found in the opening of the body starting at paragraph b. */
function titleOverlap(page: Page, t: number, b: number): number {
  const key = t * 100_000 + b;
  const hit = page.overlap.get(key);
  if (hit !== undefined) return hit;
  const title = bigrams(page.paragraphs[t]!.text.text);
  let lede = '';
  for (let i = b; i < page.paragraphs.length && page.kinds[i] === 'D' && lede.length < LEDE_CHARS; i++) lede += page.paragraphs[i]!.text.text;
  const body = bigrams(lede.slice(0, LEDE_CHARS));
  let shared = 0;
  for (const g of title) if (body.has(g)) shared++;
  const share = title.size ? shared / title.size : 1;
  page.overlap.set(key, share);
  return share;
}

/** The mismatch cost of the headlines on both sides of the body starting at paragraph b. */
function mismatchCost(page: Page, before: Side, after: Side, b: number): number {
  let cost = 0;
  for (const t of before.titleParagraphs) cost += COST.titleMismatch * (1 - titleOverlap(page, t, b));
  for (const t of after.titleParagraphs) cost += COST.titleMismatch * (1 - titleOverlap(page, t, b));
  return cost;
}

interface Orientation {
  titlesFirst: boolean;
  bylinesBefore: boolean;
}

/**
 * The cheapest partition of the page into pieces, each (headlines | bylines)* body (headlines | bylines)*,
 * where a body is a run of body paragraphs that only its first may open with a dateline. best[z] is the least
 * cost of the paragraphs before z as whole pieces.
 */
function solve(page: Page, orient: Orientation): { cost: number; starts: number[] } {
  const { paragraphs, kinds } = page;
  const n = paragraphs.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let a = 0; a < n; a++) {
    if (best[a] === Infinity) continue;
    let bodyStart = a;
    while (bodyStart < n && kinds[bodyStart] !== 'D') bodyStart++;
    if (bodyStart === n) continue;
    const before = emptySide();
    for (let i = a; i < bodyStart; i++) addToSide(before, page, i);
    const dateline = paragraphs[bodyStart]!.kind === 'dateline';
    // Text carried over from another page (（上接第1版）) has its headline and byline on that page.
    const carried = paragraphs[bodyStart]!.continued === true;
    // 本报讯（记者 某某）: the body prints its own byline, which a byline group beside it would repeat.
    const inside = paragraphs[bodyStart]!.bylineInside === true ? 1 : 0;
    // 【提要】… over 本报讯（记者 某某）…: the dateline under a lead goes on the lead's piece.
    for (let j = bodyStart; j < n && kinds[j] === 'D' && (j === bodyStart || !opensBody(paragraphs[j]!) || leadsOnly(paragraphs, bodyStart, j - 1)); j++) {
      // The piece's headlines and bylines after its body grow one paragraph at a time.
      const after = emptySide();
      for (let z = j + 1; z <= n; z++) {
        const note = isNoteOnly(paragraphs, bodyStart, j);
        const cost = best[a]! + (note && before.titles + after.titles + before.bylines + after.bylines === 0 ? 0 : pieceCost(before, after, orient, dateline, inside, carried)) + mismatchCost(page, before, after, bodyStart) + (z < n ? cutCost(page, z) : 0);
        if (cost < best[z]!) {
          best[z] = cost;
          from[z] = a;
        }
        if (z >= n || kinds[z] === 'D') break;
        addToSide(after, page, z);
      }
    }
  }
  const starts: number[] = [];
  for (let z = n; z > 0; z = from[z]!) starts.unshift(from[z]!);
  return { cost: best[n]!, starts };
}

/** The cost of starting a piece at paragraph z (cutting between z-1 and z). */
function cutCost(page: Page, z: number): number {
  const { paragraphs, kinds } = page;
  const left = kinds[z - 1]!;
  const right = kinds[z]!;
  let cost = 0;
  if (left === right && left !== 'D' && !page.opensGroup[z]) cost += COST.splitGroup;
  if (left === 'D' && right === 'D' && !opensBody(paragraphs[z]!)) {
    const was = paragraphs[z - 1]!.columnEnd;
    const now = paragraphs[z]!.columnStart;
    cost += was !== undefined && now !== undefined && Math.abs(was - now) >= 1.5 ? COST.splitBodyNewColumn : COST.splitBody;
  }
  if (sameBlock(paragraphs[z - 1]!, paragraphs[z]!)) cost += COST.splitBlock;
  return cost;
}

/** No blank line between the two paragraphs: they were set in one box. */
function sameBlock(a: Paragraph, b: Paragraph): boolean {
  return a.lines[a.lines.length - 1]!.no + 1 === b.lines[0]!.no;
}

/** The body of the piece [a, z): its run of body paragraphs. */
function bodyOf(kinds: SegmentKind[], a: number, z: number): { bodyStart: number; bodyEnd: number } {
  let bodyStart = a;
  while (kinds[bodyStart] !== 'D') bodyStart++;
  let bodyEnd = bodyStart;
  while (bodyEnd < z && kinds[bodyEnd] === 'D') bodyEnd++;
  return { bodyStart, bodyEnd };
}

/**
 * Where headline and byline groups begin. A run of headlines is one group (kicker, title, subtitle) unless it
 * holds two bold main titles (PDF extraction doubles bold text): a group has one, so a second opens the next
 * group. A byline group is one marked byline (■记者 …) with any unmarked byline lines after it.
 */
function groupStarts(paragraphs: readonly Paragraph[], kinds: SegmentKind[]): boolean[] {
  const out: boolean[] = [];
  let hasMain = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const runStart = i === 0 || kinds[i - 1] !== kinds[i];
    if (kinds[i] === 'T') {
      const start = runStart || (p.doubled === true && hasMain);
      if (start) hasMain = false;
      hasMain ||= p.doubled === true;
      out.push(start);
    } else out.push(runStart || (kinds[i] === 'B' && (p.byline?.marked ?? false)));
  }
  return out;
}

/** Paragraphs [a, z) as headline and byline groups. */
function groups(page: Page, a: number, z: number): Segment[] {
  const out: Segment[] = [];
  for (let i = a; i < z; i++) {
    const last = out[out.length - 1];
    if (last && last.kind === page.kinds[i] && !page.opensGroup[i]) last.paragraphs.push(page.paragraphs[i]!);
    else out.push({ kind: page.kinds[i]!, paragraphs: [page.paragraphs[i]!] });
  }
  return out;
}

/** What the cost of a piece needs to know about the headlines and bylines on one side of its body. */
interface Side {
  titles: number;
  bylines: number;
  /** A headline group next to a byline group (a byline set under its headline). */
  titleNextToByline: boolean;
  signature: boolean;
  /** Every byline on this side credits only a photographer (vacuously true without bylines). */
  photoCreditsOnly: boolean;
  last: SegmentKind | undefined;
  /** Indices of the headline paragraphs on this side. */
  titleParagraphs: number[];
}

function emptySide(): Side {
  return { titles: 0, bylines: 0, titleNextToByline: false, signature: false, photoCreditsOnly: true, last: undefined, titleParagraphs: [] };
}

function addToSide(side: Side, page: Page, i: number): void {
  const kind = page.kinds[i]!;
  const p = page.paragraphs[i]!;
  if (side.last !== kind || page.opensGroup[i]) {
    if (kind === 'T') side.titles++;
    else side.bylines++;
    if (side.last !== undefined && side.last !== kind) side.titleNextToByline = true;
  }
  if (kind === 'T') side.titleParagraphs.push(i);
  if (kind === 'B') {
    side.signature ||= p.byline?.signature ?? false;
    side.photoCreditsOnly &&= p.byline?.bylines.every((b) => b.role === '摄影') ?? false;
  }
  side.last = kind;
}

function pieceCost(before: Side, after: Side, orient: Orientation, dateline: boolean, inside = 0, carried = false): number {
  const titles = before.titles + after.titles;
  const bylines = before.bylines + after.bylines;
  let cost = 0;
  cost += titles === 0 ? (carried ? 0 : COST.noTitle) : (titles - 1) * COST.extraTitle;
  cost += bylines + inside === 0 ? (carried ? 0 : COST.noByline) : (bylines + inside - 1) * COST.extraByline;
  if (titles > 0 && after.titles > 0 === orient.titlesFirst) cost += COST.againstOrientation;
  if (bylines > 0 && after.bylines > 0 === orient.bylinesBefore) cost += COST.bylineAgainstOrientation;
  if (titles > 0 && bylines > 0 && !before.titleNextToByline && !after.titleNextToByline) cost += COST.bylineApartFromTitle;
  if (dateline && bylines > 0) {
    if (before.signature || after.signature) cost += COST.signatureWithDateline;
    if (before.photoCreditsOnly && after.photoCreditsOnly) cost += COST.photoCreditWithDateline;
  }
  return cost;
}

