// A story's columns out of order (segment.column-out-of-order). PDF extraction of a multi-column page reads text
// boxes in an order of its own: a story's second column may come out after the next story's first paragraphs, or
// at the page's very end after every headline. The pieces are assembled in the order given (assemble.ts), so the
// second column lands in the wrong piece. Which piece a run of paragraphs belongs to is told by the text itself:
// a piece whose text stops mid-sentence on a full line at a column's foot goes on somewhere, and a run that opens
// where no paragraph can (a comma or a closing mark at its head), a run whose first characters finish the word
// the piece broke off (…带动全 / 县油栗…), or a run that shares the piece's names and figures and not its neighbour's,
// is that piece's continuation. A run is moved only on such evidence; a run that follows a run moved out of the
// same piece's text (two stories' second columns printed one after the other) needs less: its own piece must stop
// mid-sentence and the run must not read as its neighbour's.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { endsSentence } from '../text/chars.js';
import { bigrams, type Piece } from './assemble.js';
import { tidySpaces, joinLines } from './clean.js';
import type { Paragraph } from './paragraphs.js';
import { RULE } from './rule-ids.js';

/** How many pieces after a cut-off piece its continuation is looked for in. */
const REACH = 3;
/** A piece's last line is full when it fills this share of its paragraph's widest line. */
const FULL_LINE = 0.85;
/** Character pairs a run must share with the cut-off piece (and not with its neighbour) to be moved on content alone. */
const MIN_SHARED = 3;

/**
 * How text ends that a sentence goes on from: a character, a figure, a comma, an opening mark, or a quotation or
 * title closed with no sentence's end before it (…和“三小” / 场所…); not a bracket (a credit closes in one).
 */
const OPEN_END = /[\u4e00-\u9fff0-9A-Za-z%，、“《（”》」』]$/u;

/** Marks that close or continue a sentence and cannot open a paragraph. */
const NO_OPENING = /^[，,、。．；;：:！!？?）)》」』”’…]/u;

/** The text stops mid-sentence on a full line: it was cut by the column's foot. */
function cutOff(p: Paragraph): boolean {
  if (p.kind !== 'body' && p.kind !== 'dateline') return false;
  if (p.caption || p.note || p.lines.length < 2) return false;
  const text = p.text.text.trimEnd();
  if (!OPEN_END.test(text) || endsSentence(text)) return false;
  const widest = Math.max(...p.lines.map((l) => l.width));
  return p.lines[p.lines.length - 1]!.width >= widest * FULL_LINE;
}

/** A paragraph a run may start at: prose that opens no piece of its own. */
function mayContinue(p: Paragraph): boolean {
  return p.kind === 'body' && !p.caption && !p.continued && !p.afterCrawlField && !p.note;
}


function pieceText(piece: Piece, skip: ReadonlySet<Paragraph> = new Set()): string {
  return [...piece.before, piece.body, ...piece.after].flatMap((s) => s.paragraphs).filter((p) => !skip.has(p)).map((p) => p.text.text).join('\n');
}

/** Pairs the run shares with piece a's text and not b's, and with b's and not a's. */
function affinity(run: readonly Paragraph[], a: string, b: string): { a: number; b: number } {
  const ra = bigrams(a);
  const rb = bigrams(b);
  let sa = 0;
  let sb = 0;
  for (const g of bigrams(run.map((p) => p.text.text).join(''))) {
    if (ra.has(g) && !rb.has(g)) sa++;
    else if (rb.has(g) && !ra.has(g)) sb++;
  }
  return { a: sa, b: sb };
}

const require = createRequire(import.meta.url);
let words: Set<string> | undefined;
/** jieba's dictionary's words of two to four characters, read once when first needed. */
function dictionary(): Set<string> {
  if (words) return words;
  words = new Set();
  try {
    // (Scanned in place, no line split and no regex per line: a third of the time, on the one-page build's path.)
    const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
    for (let i = 0; i < text.length; ) {
      let nl = text.indexOf('\n', i);
      if (nl === -1) nl = text.length;
      const sp = text.indexOf(' ', i);
      const wordEnd = sp === -1 || sp > nl ? nl : sp;
      if (wordEnd < nl && wordEnd - i >= 2 && wordEnd - i <= 4 && allHan(text, i, wordEnd)) {
        const freqEnd = text.indexOf(' ', wordEnd + 1);
        if (Number(text.slice(wordEnd + 1, freqEnd === -1 || freqEnd > nl ? nl : freqEnd)) >= 20) words.add(text.slice(i, wordEnd));
      }
      i = nl + 1;
    }
  } catch {
    // Without the dictionary, a broken word is no evidence.
  }
  return words;
}

/** Every character of text[start, end) is a common Han character. */
function allHan(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

/** The run's first characters finish a word the cut-off text broke at its end (…带动全 / 县油栗…, …在林 / 区用火…). */
function finishesWord(tail: string, head: string): boolean {
  if (!/[\u4e00-\u9fff]$/u.test(tail) || !/^[\u4e00-\u9fff]/u.test(head)) return false;
  const dict = dictionary();
  for (let i = 1; i <= 3 && i <= tail.length; i++) {
    for (let j = 1; j <= 3 && j <= head.length; j++) {
      if (i + j < 2 || i + j > 4) continue;
      const w = tail.slice(-i) + head.slice(0, j);
      if (/^[\u4e00-\u9fff]+$/u.test(w) && dict.has(w)) return true;
    }
  }
  return false;
}

interface Claim {
  /** The cut-off piece. */
  from: number;
  /** The piece the run sits in, and the run. */
  piece: number;
  run: Paragraph[];
  /** The cut-off paragraph and the run's first are one paragraph broken by the column. */
  join: boolean;
  /** The rule that moved a run not joined (segment.column-out-of-order-by-content unless said). */
  rule?: string;
}

/** Moves runs of paragraphs printed inside a later piece back to the cut-off piece they continue. */
export function restoreColumnOrder(pieces: readonly Piece[]): Piece[] {
  const claims: Claim[] = [];
  const cut = pieces.map((p) => {
    const last = p.body.paragraphs[p.body.paragraphs.length - 1];
    return last !== undefined && cutOff(last);
  });
  for (let i = 0; i < pieces.length; i++) {
    const last = pieces[i]!.body.paragraphs[pieces[i]!.body.paragraphs.length - 1];
    if (!cut[i] && !(last && endsComplete(last) && (last.kind === 'body' || last.kind === 'dateline') && !last.caption)) continue;
    const claim = (cut[i] ? findRun(pieces, i, cut, claims) : findClosingRun(pieces, i, claims)) ?? (cut[i] ? undefined : restAfterBrief(pieces, i, claims));
    if (claim) claims.push(claim);
  }
  if (claims.length === 0) return [...pieces];
  const moved = new Set(claims.flatMap((c) => c.run));
  const out = pieces.map((p) => ({ ...p, body: { ...p.body, paragraphs: closeGaps(p.body.paragraphs, moved) }, rules: [...p.rules] }));
  for (const m of claims) {
    const target = out[m.from]!;
    const paras = target.body.paragraphs;
    const last = paras[paras.length - 1]!;
    const [first, ...rest] = m.run;
    if (m.join) {
      // The cut-off paragraph and the run's first are one paragraph broken by the column.
      const joined: Paragraph = { ...last, lines: [...last.lines, ...first!.lines], text: tidySpaces(joinLines([last.text, first!.text])), rules: [...last.rules, RULE.columnOutOfOrder] };
      paras.splice(paras.length - 1, 1, joined, ...rest);
      target.rules.push(RULE.columnOutOfOrder);
    } else {
      paras.push(...m.run);
      target.rules.push(m.rule ?? RULE.columnOutOfOrderByContent);
    }
  }
  // A piece whose whole text was a run moved out (a second column alone at the page's end) is gone.
  return out.filter((p) => p.body.paragraphs.length > 0 || p.before.length + p.after.length > 0);
}

/**
 * A piece's paragraphs without the runs moved out; a paragraph cut off at a column's foot right before a run moved
 * out goes on in the paragraph right after the run (…高层建筑和“三小” / [another story's column] / 场所，共检查…).
 */
function closeGaps(body: readonly Paragraph[], moved: ReadonlySet<Paragraph>): Paragraph[] {
  const out: Paragraph[] = [];
  let gap = false;
  for (const p of body) {
    if (moved.has(p)) {
      gap = true;
      continue;
    }
    const last = out[out.length - 1];
    if (gap && last && cutOff(last) && mayContinue(p)) out[out.length - 1] = { ...last, lines: [...last.lines, ...p.lines], text: tidySpaces(joinLines([last.text, p.text])), rules: [...last.rules, RULE.columnOutOfOrder] };
    else out.push(p);
    gap = false;
  }
  return out;
}

function findRun(pieces: readonly Piece[], i: number, cut: readonly boolean[], claims: readonly Claim[]): Claim | undefined {
  const a = pieces[i]!;
  const body0 = a.body.paragraphs;
  const tail = body0[body0.length - 1]!.text.text.trimEnd();
  const aText = pieceText(a);
  const taken = new Set(claims.flatMap((c) => c.run));
  for (let j = i + 1; j < pieces.length && j <= i + REACH; j++) {
    const b = pieces[j]!;
    const body = b.body.paragraphs;
    const bare = b.before.length + b.after.length === 0;
    for (let k = 0; k < body.length; k++) {
      const c = body[k]!;
      if (taken.has(c) || !mayContinue(c)) continue;
      // A run opens a bare piece (a column alone at the page's end), or follows a complete paragraph in a piece, or
      // one cut off at its own column's foot (then only on the evidence of its first characters or its credit).
      const afterCut = k > 0 && cutOff(body[k - 1]!);
      if (k === 0 ? !bare : !endsComplete(body[k - 1]!) && !afterCut) continue;
      // The neighbour's own text: before the run and in no run claimed.
      const bText = bare ? '' : pieceText(b, new Set([...body.slice(k), ...taken]));
      // Other cut-off pieces between: a paragraph that reads as one of theirs ends the run.
      const others = [bText, ...pieces.slice(i + 1, j).filter((_, n) => cut[i + 1 + n]).map((p) => pieceText(p))];
      const run = runOf(body, k, aText, others, taken);
      const look = c.text.text.length < 30 && body[k + 1] && run.includes(body[k + 1]!) ? [c, body[k + 1]!] : [c];
      const aff = affinity(look, aText, bText);
      const credit = creditOwner(run, a, b);
      if (aff.b > aff.a || credit === 'b') continue;
      const head = c.text.text;
      // Right after a run moved out to an earlier piece: two stories' second columns printed one after the other.
      const afterMoved = k > 0 && taken.has(body[k - 1]!) && affinity(run.slice(0, 2), aText, bText).a >= 1;
      if (NO_OPENING.test(head) || finishesWord(tail, head) || credit === 'a') return { from: i, piece: j, run, join: true };
      if (!afterCut && ((aff.a >= MIN_SHARED && aff.a > 2 * aff.b) || afterMoved)) return { from: i, piece: j, run, join: true };
    }
  }
  return undefined;
}

/**
 * segment.column-out-of-order-by-content: a piece that ends with its sentence may still go on in a later piece
 * when its column broke between paragraphs (…开展侦查。 / 专案组民警…). Only the closing paragraphs of the next
 * piece's text are looked at, and only moved when they share at least CONTENT_SHARED of the piece's own character
 * pairs and none that are only the neighbour's.
 */
function findClosingRun(pieces: readonly Piece[], i: number, claims: readonly Claim[]): Claim | undefined {
  const a = pieces[i]!;
  const aText = pieceText(a);
  const taken = new Set(claims.flatMap((c) => c.run));
  for (let j = i + 1; j < pieces.length && j <= i + REACH; j++) {
    const b = pieces[j]!;
    const body = b.body.paragraphs;
    if (b.before.length + b.after.length === 0) continue;
    for (let k = 1; k < body.length; k++) {
      const run = body.slice(k);
      if (run.some((p) => taken.has(p) || !mayContinue(p)) || !endsComplete(body[k - 1]!)) continue;
      const bText = pieceText(b, new Set([...run, ...taken]));
      const aff = affinity(run, aText, bText);
      if (aff.b === 0 && aff.a >= CONTENT_SHARED && creditOwner(run, a, b) !== 'b') return { from: i, piece: j, run, join: false };
    }
  }
  return undefined;
}

/**
 * segment.rest-after-brief: a titled brief printed inside a story (its title, a paragraph or two, its closing credit
 * （记者 某某）) ends at that credit; the paragraphs after it in the brief's piece, up to the next headline, are the
 * rest of the story the brief interrupted — the piece right before it, when that piece ended with its sentence and
 * no credit of its own closed it. The rest must open no piece (no dateline, no headline), not close with a credit
 * naming another than the story's people, and share no more with the brief than with the story.
 */
function restAfterBrief(pieces: readonly Piece[], i: number, claims: readonly Claim[]): Claim | undefined {
  const a = pieces[i]!;
  const b = pieces[i + 1];
  if (!b || !b.before.some((s) => s.kind === 'T') || a.body.paragraphs.length === 0) return undefined;
  const aLast = a.body.paragraphs[a.body.paragraphs.length - 1]!;
  if (CLOSING_CREDIT.test(aLast.text.text.trimEnd())) return undefined;
  const body = b.body.paragraphs;
  const k = body.findIndex((p) => CLOSING_CREDIT.test(p.text.text.trimEnd()));
  if (k === -1 || k + 1 >= body.length || k + 1 > BRIEF_PARAGRAPHS) return undefined;
  if (body.slice(0, k + 1).reduce((n, p) => n + p.text.length, 0) > BRIEF_CHARS) return undefined;
  const taken = new Set(claims.flatMap((c) => c.run));
  const run = body.slice(k + 1);
  if (run.some((p) => taken.has(p) || !mayContinue(p))) return undefined;
  const closing = CLOSING_CREDIT.exec(run[run.length - 1]!.text.text.trimEnd());
  if (closing && creditOwner(run, a, b) !== 'a') return undefined;
  const aff = affinity(run, pieceText(a), pieceText(b, new Set(run)));
  if (aff.b > aff.a) return undefined;
  return { from: i, piece: i + 1, run, join: false, rule: RULE.restAfterBrief };
}

/** A brief printed inside a story runs to this many paragraphs and characters, its credit's included. */
const BRIEF_PARAGRAPHS = 2;
const BRIEF_CHARS = 200;

/** Character pairs closing paragraphs must share with a piece that ended with its sentence to be moved to it. */
const CONTENT_SHARED = 5;

/**
 * The run that opens at paragraph k: it goes on to the end of the piece's text, but stops after a closing credit
 * (…（记者 某某）), before a paragraph that opens where none can (another piece's continuation), and before one
 * that (with the paragraph after it) shares more with the neighbour's own text or another cut-off piece than with
 * the piece the run continues.
 */
function runOf(body: readonly Paragraph[], k: number, a: string, others: readonly string[], taken: ReadonlySet<Paragraph>): Paragraph[] {
  const run = [body[k]!];
  for (let m = k + 1; m < body.length; m++) {
    const p = body[m]!;
    if (taken.has(p) || !mayContinue(p) || CLOSING_CREDIT.test(body[m - 1]!.text.text.trimEnd()) || NO_OPENING.test(p.text.text)) break;
    const own = a + run.map((q) => q.text.text).join('');
    // A paragraph that shares nothing with either side is read with the one after it.
    const alone = others.map((o) => (o ? affinity([p], own, o) : { a: 0, b: 0 }));
    const silent = alone.every((x) => x.a === 0 && x.b === 0);
    const look = silent && body[m + 1] && !taken.has(body[m + 1]!) ? [p, body[m + 1]!] : [p];
    if (others.some((o) => o && affinity(look, own, o).b > affinity(look, own, o).a)) break;
    run.push(p);
  }
  return run;
}

/** A credit in brackets closing a paragraph: （记者 某某）, （某某 供稿）. */
const CLOSING_CREDIT = /[（(][^（）()]{0,30}(?:记者|通讯员|实习生|见习记者|供稿|整理|撰稿|摄)[^（）()]{0,30}[）)]$/u;

/** Whose byline the run's closing credit names: the cut-off piece's, its neighbour's, or neither's. */
function creditOwner(run: readonly Paragraph[], a: Piece, b: Piece): 'a' | 'b' | undefined {
  const m = CLOSING_CREDIT.exec(run[run.length - 1]!.text.text.trimEnd());
  if (!m) return undefined;
  const credit = m[0].replace(/\s/g, '');
  const names = (p: Piece): string[] => [...p.before, ...p.after].filter((s) => s.kind === 'B').flatMap((s) => s.paragraphs.flatMap((q) => q.byline?.bylines.map((x) => x.name.replace(/\s/g, '')) ?? []));
  if (names(a).some((n) => n.length >= 2 && credit.includes(n))) return 'a';
  if (names(b).some((n) => n.length >= 2 && credit.includes(n))) return 'b';
  return undefined;
}

/** The paragraph ends where a paragraph may: at a sentence's end, a closing credit or bracket, not mid-clause. */
function endsComplete(p: Paragraph): boolean {
  const text = p.text.text.trimEnd();
  return endsSentence(text) || !OPEN_END.test(text);
}
