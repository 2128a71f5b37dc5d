// Named things that are not firms by their ending (src/extract/model/facilities.json): a village's breeding or
// planting base (某村黑山羊养殖基地, 某山乌骨鸡科研选育基地), a culture park, a homestay complex, a canteen or a
// resort run as a business (某某文化园, 某某民宿综合体, 某某大食堂, 某某度假村), a science-and-technology courtyard
// (某村科技小院), and an industrial cluster named by its places and its industry (某地某地精密模具集群).
// Most uses of these words are generic (一个种植基地, 民宿综合体, 产业集群): a name needs a proper part — a place,
// a word of a name or a brand, a quoted name — and, for bases and clusters, a word of its own (the product, the
// industry) besides its places.
import { isTokenEnd, isTokenStart, tokenBefore, type ExtractContext, type Token } from '../context.js';
import { candidate, type Candidate, type MentionAttrs } from '../mention.js';
import { isBreak, isCountedBefore, trimLeadingGeneric } from './grow.js';
import { adminPlaceBefore, namesPlaceOnPage, placeBefore } from './organizations.js';

/** The most characters of a name before its ending and work words. */
const MAX_NAME = 20;
/** jieba's tags of a word that is a name's own (a place, a person's or a brand's name, a word it does not know). */
const PROPER_TAGS = /^(?:x|nz|nt|ns|nsf|eng)$/;
/** A determiner or a plural count right before the name: a kind of thing, or one pointed back to (每个基地, 这个文化园). */
const INDEFINITE_BEFORE = /(?:每|各|多|几|这|那|该|此|某)(?:个|家|座|所|处|片|批)?$/u;
/** Places of these kinds before a further place or name say where the thing is; the name starts after them. */
const OUTER_KINDS = new Set(['Country', 'Province', 'City', 'County', 'District', 'Region', 'Town', 'Subdistrict']);
/** Time words that name a kind, not a date (某地现代纺织产业集群). */
const MODERN = new Set(['现代', '当代']);
/** jieba's tags of position and locality words (东头, 上, 里). */
const LOCATIVE_TAGS = /^(?:f|s)$/;
/** Village-level places. */
const VILLAGE_KINDS = new Set(['Village', 'Community']);
/** Town-level places: stripped from a name only before a village. */
const TOWN_KINDS = new Set(['Town', 'Subdistrict']);
/** The ending of a village or a town, which jieba may glue to the word after it. */
const VILLAGE_OR_TOWN = /^[村镇乡]$/u;

type Place = NonNullable<MentionAttrs['place']>;

/**
 * The words of a base's work (种植, 养殖, 良种繁育) end right before `pos`: the facilities recognizer reads that base,
 * with its product (a firm's base-ending rule, org.suffix.jidi, leaves it).
 */
export function baseWorkBefore(ctx: ExtractContext, pos: number): boolean {
  return ctx.res.lex.facilities.kinds.some((k) => k.needsWork && ctx.text.startsWith(k.ending, pos) && k.works.some((w) => ctx.text.startsWith(w, pos - w.length)));
}

export function recognizeFacilities(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  const { kinds, refuse, buildVerbs } = ctx.res.lex.facilities;
  for (const k of kinds) {
    for (let at = text.indexOf(k.ending); at !== -1; at = text.indexOf(k.ending, at + 1)) {
      const end = at + k.ending.length;
      if (!isTokenEnd(ctx, end)) continue;
      // 青岚|茶文化|园: the ending's head inside a word of the name (jieba's 茶文化), which is the name's.
      let head = at;
      if (!isTokenStart(ctx, at)) {
        const t = ctx.tokens[ctx.tokenAt[at]!]!;
        if (k.works.length > 0 || isBreak(ctx, t)) continue;
        head = t.start;
      }
      // The words of the work done there (种植, 良种繁育), right before the ending.
      let stemEnd = head;
      for (let moved = true; moved; ) {
        moved = false;
        for (const w of k.works) {
          if (stemEnd - w.length >= 0 && text.startsWith(w, stemEnd - w.length) && isTokenStart(ctx, stemEnd - w.length)) {
            stemEnd -= w.length;
            moved = true;
            break;
          }
        }
      }
      if (k.needsWork && stemEnd === at) continue;
      if (stemEnd === 0 || !isTokenEnd(ctx, stemEnd)) continue;
      const start = trimLeadingGeneric(ctx, growStem(ctx, stemEnd), stemEnd);
      if (start >= stemEnd) continue;
      // 一个种植基地, 3个养殖基地, 这个文化园: a kind of thing, or one pointed back to.
      if (isCountedBefore(ctx, start) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      // 打造某地某产业集群: a thing being built or grown is a kind of thing, not one of that name.
      const verb = tokenBefore(ctx, start);
      if (verb && verb.end === start && buildVerbs.has(verb.word)) continue;
      const span = text.slice(start, end);
      if (refuse.some((w) => span.includes(w))) continue;
      const read = readStem(ctx, start, stemEnd);
      // (青松森林经营所: a unit named by a common word, where the kind allows it — commonNamed.)
      const named = (k.needsWork ? read.properBase : read.proper) || (k.commonNamed && isCommonWordName(ctx, start, stemEnd));
      if (!named || (k.needsContent && !read.content) || (k.needsPlace && !read.innermost)) continue;
      // 某县|某山乌骨鸡选育基地, 某市某街道|某村某某种植基地: the larger places say where the thing is; the name starts
      // at the village or the name after them.
      let nameStart = k.keepPlaces ? start : read.nameStart;
      // 某街的|醉有才|某县小吃大食堂: a brand of two or three characters between 的 and the place a venue's name opens with.
      if (!k.needsWork && nameStart === start && read.opensWithPlace) nameStart -= brandBefore(ctx, start);
      const place = read.innermost;
      const attrs: MentionAttrs = place ? { place } : {};
      out.push(candidate('Organization', nameStart, end, k.id, 0.88, attrs, k.kind));
    }
  }
  return out;
}

/** Words of a grade, an owner or a scope before a unit's ending: a kind of unit, not its name (国有森林经营所). */
const GRADE_OR_SCOPE = /^(?:国有|国营|集体|县级|市级|省级|乡级|乡镇|基层|当地|本地|县属|市属|省属|全县|全市|全省|全镇|全乡|各级|下属|直属)$/u;
/** jieba's tags of nouns, places and words it does not know: the words a common-word name is made of. */
const NOUN_TAGS = /^(?:n|ng|nr|nrt|nrfg|ns|nsf|nz|nt|x)$/;

/**
 * [start, end) is a name of two to four characters made of one or two nouns (青松, 金竹坪), none a word of grade or scope:
 * a unit of a kind that is named after a local name that may be a common word (commonNamed).
 */
function isCommonWordName(ctx: ExtractContext, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4 || !/^[\u4e00-\u9fff]+$/u.test(ctx.text.slice(start, end)) || GRADE_OR_SCOPE.test(ctx.text.slice(start, end))) return false;
  const toks = tokensFrom(ctx, start, end);
  return toks.length >= 1 && toks.length <= 2 && toks.every((t) => NOUN_TAGS.test(t.tag) && !GRADE_OR_SCOPE.test(t.word) && !ctx.res.lex.stopwords.has(t.word));
}

/**
 * Where a name grown back from `end` starts: the words before it up to a break (punctuation, a function word, a
 * common verb: isBreak), a quoted part whole.
 */
function growStem(ctx: ExtractContext, end: number): number {
  const { text } = ctx;
  let pos = end;
  while (pos > 0) {
    const tok = tokenBefore(ctx, pos);
    if (!tok || tok.end !== pos) break;
    if (tok.word === '”' || tok.word === '’') {
      const open = text.lastIndexOf(tok.word === '”' ? '“' : '‘', tok.start);
      if (open === -1 || tok.start - open > 10 || /[，。；：！？\n]/u.test(text.slice(open, tok.start)) || end - open > MAX_NAME) break;
      pos = open;
      continue;
    }
    // (村|东头, 镇|上: a position word says where the thing is, and ends its name.)
    // (培育|某地某产业集群: a verb of building, rare or not, ends the name; the thing is then being built.)
    if ((isBreak(ctx, tok) && !MODERN.has(tok.word)) || LOCATIVE_TAGS.test(tok.tag) || ctx.res.lex.facilities.buildVerbs.has(tok.word) || end - tok.start > MAX_NAME) break;
    pos = tok.start;
  }
  return pos;
}

/** The length of a brand of two or three characters right after 的 and before `pos`, holding no common verb or stopword of two characters or more (0 if none). */
function brandBefore(ctx: ExtractContext, pos: number): number {
  const m = /的([\u4e00-\u9fff]{2,3})$/u.exec(ctx.text.slice(Math.max(0, pos - 4), pos));
  if (!m) return 0;
  const from = pos - m[1]!.length;
  if (!isTokenStart(ctx, from)) return 0;
  for (const t of tokensFrom(ctx, from, pos)) {
    if (t.end > pos || (t.word.length >= 2 && (isBreak(ctx, t) || ctx.res.lex.stopwords.has(t.word))) || /^(?:m|q|r|p|c|u|uj|f|s|t)$/.test(t.tag)) return 0;
  }
  return m[1]!.length;
}

interface Stem {
  /** The stem opens with a place. */
  opensWithPlace: boolean;
  /** A place, a name's word or a quoted name stands in the stem. */
  proper: boolean;
  /** The same for a base: a place, a word jieba reads as a place or a name, or one it does not know of three characters or more. */
  properBase: boolean;
  /** Where the name starts, after the larger places that only say where it is. */
  nameStart: number;
  /** A word that is neither a place nor a work word: the product or the industry. */
  content: boolean;
  /** The smallest place read inside the stem. */
  innermost?: Place;
}

function readStem(ctx: ExtractContext, start: number, end: number): Stem {
  const { text } = ctx;
  const stem: Stem = { proper: false, properBase: false, content: false, nameStart: start, opensWithPlace: false };
  // Places ending at each word's end: the gazetteer's, or a village's, town's or county's by its ending.
  const places: Place[] = [];
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.end <= end; ti++) {
    const t = ctx.tokens[ti]!;
    // 石家庄|村红芽…: jieba glued a village's ending to the word after it; the village ends inside the word.
    const glued = t.word.length > 1 && VILLAGE_OR_TOWN.test(t.word[0]!) ? adminPlaceBefore(ctx, t.start + 1) : undefined;
    // (A village by its ending rather than the gazetteer's namesake: the one in view, 某镇某村 printed before, is meant.)
    const admin = adminPlaceBefore(ctx, t.end);
    const byEnding = admin && VILLAGE_KINDS.has(admin.kind ?? '') ? admin : undefined;
    for (const p of [glued, byEnding ?? placeBefore(ctx, t.end) ?? admin]) {
      if (!p || p.start < start) continue;
      // (A longer place ending here replaces the shorter ones it holds: 某镇某村 read link by link.)
      while (places.length && places[places.length - 1]!.end > p.start) places.pop();
      places.push(p);
    }
  }
  const first = ctx.tokens[ctx.tokenAt[start]!]!;
  stem.opensWithPlace = places[0]?.start === start || (first.start === start && (first.tag === 'ns' || ctx.res.gazetteer.lookup(first.word).length > 0));
  if (places.length) {
    stem.proper = stem.properBase = true;
    stem.innermost = places[places.length - 1];
  }
  const inPlace = (pos: number): boolean => places.some((p) => pos >= p.start && pos < p.end);
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) {
    const t = ctx.tokens[ti]!;
    const placeWord = inPlace(t.start);
    const proper = placeWord || isProperWord(ctx, t);
    if (proper) stem.proper = true;
    if (placeWord || (proper && (t.tag !== 'x' || t.word.length >= 3))) stem.properBase = true;
    if (!placeWord && /[\u4e00-\u9fffA-Za-z]/u.test(t.word) && !(t.tag === 'ns' && ctx.res.gazetteer.lookup(t.word).length > 0)) stem.content = true;
  }
  // A quoted name (“某某”文化园).
  if (/[“‘"][^“”‘’"]{2,10}[”’"]/u.test(text.slice(start, end))) stem.proper = stem.properBase = true;
  // The larger places the stem opens with (province, city, county, town) say where the thing is, while what
  // follows them still holds a place or a word of a name: the name starts at the village or that word.
  let at = start;
  for (const p of places) {
    if (p.start !== at) break;
    const kind = p.kind ?? ctx.res.gazetteer.get(p.placeIds[0] ?? '')?.kind;
    if (!kind || !OUTER_KINDS.has(kind)) break;
    // (A town stays before a name of its own that is no place: 某乡|高山茶叶种植基地 is the township's base; a county
    // before a mountain only says where it is.)
    const rest = places.some((q) => q.start >= p.end) || (!TOWN_KINDS.has(kind) && tokensFrom(ctx, p.end, end).some((t) => isProperWord(ctx, t) && t.tag !== 'x'));
    if (!rest) break;
    at = p.end;
  }
  stem.nameStart = at;
  return stem;
}

function tokensFrom(ctx: ExtractContext, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let ti = ctx.tokenAt[start]!; ti < ctx.tokens.length && ctx.tokens[ti]!.start < end; ti++) if (ctx.tokens[ti]!.start >= start) out.push(ctx.tokens[ti]!);
  return out;
}

/** A word of a name's own: jieba reads it as a place, a brand or a name, or does not know it; or the page prints it as a village's or town's name. */
function isProperWord(ctx: ExtractContext, t: Token): boolean {
  if (t.word.length < 2 || !/^[\u4e00-\u9fffA-Za-z]+$/u.test(t.word)) return false;
  if (PROPER_TAGS.test(t.tag)) return true;
  if (ctx.res.gazetteer.lookup(t.word).some((e) => e.form !== 'abbr')) return true;
  return namesPlaceOnPage(ctx.text, t.word) || namesAreaOnPage(ctx.text, t.word);
}

/** The page prints `word` with a county's, city's or district's ending after it somewhere (双溪 of 双溪县). */
function namesAreaOnPage(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) if (/^[县市区旗]/u.test(text[i + word.length] ?? '')) return true;
  return false;
}
