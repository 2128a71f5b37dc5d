// Names joined by a middle dot. A brand or a place built by a firm and a town together is often printed as two names
// joined by · (某某·某某农创村, 某某·某某产业园区, 某某·某某文旅集团): the name read after the dot by its ending is only
// its second half, and the whole is one name. (People's names joined by a dot are read by people.ts.)
import { isTokenEnd, tokenBefore, type ExtractContext } from '../context.js';
import { candidate, type Candidate } from '../mention.js';
import { isBreak } from './grow.js';

const DOTS = '·•・';
/** The longest first half read before a dot. */
const MAX_HEAD = 6;
/** A joined name's confidence at least (people.ts reads a person's name joined by a dot at 0.8). */
const JOINED_CONFIDENCE = 0.8;
/** The least confidence of a name resolution takes (resolve's DEFAULT_MIN_CONFIDENCE). */
const USABLE = 0.6;
/** The most characters between the dot and the name read after it. */
const MAX_GAP = 4;
const ALL_HAN = /^[\u4e00-\u9fff]+$/u;
/** Verbs (not verbal nouns: 传化 in 某某·传化农创村 is a name's word). */
const VERB = /^(?:v|vd|vi|vg)$/u;

/**
 * For each name read after a dot (an organisation, a programme, or a place read by its ending rather than found in
 * the gazetteer), the same name with the half before the dot: the words back to punctuation, a function word or a
 * verb (是, 走进, 由), or to a place printed before the name (湖州|某某·某某产业园: the place says where it is).
 */
export function dotJoinedNames(ctx: ExtractContext, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  if (!/[·•・]/u.test(text)) return out;
  for (const c of candidates) {
    if (c.start < 3 || !joinable(c)) continue;
    const dot = dotBefore(ctx, c.start);
    // A person's name joined by the dot and ending before the name read (某某·某某|某县) is read by people.ts, and
    // the name after it is not its second half.
    if (dot === undefined || candidates.some((p) => p.label === 'Person' && p.start < dot && dot < p.end && p.end <= c.start)) continue;
    const start = headStart(ctx, dot);
    if (start === undefined) continue;
    const attrs = { ...c.attrs };
    // The place the second half opened with no longer opens the name.
    if (attrs.place?.start === c.start) delete attrs.place;
    // The dot and the ending together are a name's shape: as sure as a person's name joined by a dot (a guess too
    // weak to name anything on its own stays one).
    const confidence = c.confidence >= USABLE ? Math.max(c.confidence, JOINED_CONFIDENCE) : c.confidence;
    out.push(candidate(c.label, start, c.end, 'name.dot-joined', confidence, attrs, c.kind));
  }
  return out;
}

/**
 * The dot the second half of a name starts after: right before the name read, or before words that belong to it
 * (某某·传化农创村 read as 农创村: the words between the dot and the name are its own).
 */
function dotBefore(ctx: ExtractContext, start: number): number | undefined {
  const { text } = ctx;
  let pos = start;
  while (pos > 0 && start - pos <= MAX_GAP && !DOTS.includes(text[pos - 1]!)) {
    const tok = tokenBefore(ctx, pos);
    if (!tok || tok.end !== pos || !ALL_HAN.test(tok.word) || VERB.test(tok.tag) || isBreak(ctx, tok)) return undefined;
    pos = tok.start;
  }
  return pos > 0 && DOTS.includes(text[pos - 1]!) && start - pos <= MAX_GAP ? pos - 1 : undefined;
}

/** A name whose second half can be read alone: not a person (people.ts), not a place the gazetteer names. */
function joinable(c: Candidate): boolean {
  if (c.label === 'Organization' || c.label === 'Programme') return true;
  return c.label === 'Place' && !c.attrs.placeIds?.length && !c.attrs.zone && !c.attrs.ref;
}

/** Where the half before the dot at `dot` starts, if it is a name's: two to six characters of Chinese. */
function headStart(ctx: ExtractContext, dot: number): number | undefined {
  if (!isTokenEnd(ctx, dot)) return undefined;
  let pos = dot;
  while (pos > 0) {
    const tok = tokenBefore(ctx, pos);
    if (!tok || !ALL_HAN.test(tok.word) || dot - tok.start > MAX_HEAD) break;
    // A place right before the first half is where the name is, not part of it (the first half may be a place's
    // name itself: 某山·某某农创村).
    if (pos !== dot && isPlace(ctx, tok.word, tok.tag)) break;
    if (isBreak(ctx, tok)) break;
    pos = tok.start;
  }
  return dot - pos >= 2 ? pos : undefined;
}

function isPlace(ctx: ExtractContext, word: string, tag: string): boolean {
  return tag === 'ns' || ctx.res.gazetteer.lookup(word).some((e) => e.form !== 'abbr');
}
