// Step 4e: where a national paper's report is set, carried to the firms it names without repeating the place
// (LOCATED_IN, rel.located-in.scene-set.*). A reporter visits a county and names it once — in the headline (某县：…),
// in a sentence opening 在某省某市某县，/ 走进某县某镇，/ 来到某县，, or with the county as the subject opening a
// paragraph (某县地处…, 某县是…, 某县还…) — and then names firms, bases, parks and projects heading
// their sentences (某某有限公司是当地的龙头企业。) without saying where they are.
//
// What a scene is and how far it carries:
//   - a county, a district, a county-level city or a zone (a park) carries across paragraphs until another scene is
//     set, or a larger place is (某市还…: the text zooms out, and nothing is placed until a finer scene is set again);
//   - a town, a township, a subdistrict or a village set by 在 or 走进 (not one that is only a sentence's subject, 某村
//     今年新修了村道) carries to the end of its paragraph only (the county it lies in takes over after it); one outside
//     the county in view ends that county's scene;
//   - a sentence headed by another place of county level or finer that the scene does not hold (邻近的…县 is not a
//     head; 平邑县也在… is, and sets a scene of its own) moves the scene; a place named only as a destination, a
//     partner, an investor's origin or a comparison (销往某省, 与某县合作, 来自某市的, 与某市相比) sets nothing, and
//     a sentence opening 与 or 和 is no scene;
//   - only a firm, cooperative, park, base or project that heads its sentence (after words of time, 走进, 在) is placed:
//     not one named after 与 or 从, not one listed with others, not one followed by 来自 or 总部, not a brand printed
//     without a registered firm's ending (某某快递, 某某公司: `sceneFirmEndings`), not one its sentence puts near the
//     place (某公司在园区周边…), and not when the paragraph before it or its sentence names a
//     finer place the scene holds (镇里的某某产业园: it may be there);
//   - a firm whose name (or bracket) holds a place is placed only when that place is a province or a county holding
//     the scene (江西某某有限公司 in a county of 江西; 某某（福建）有限公司 in a county of 福建; 某县某某公司 in a town of
//     that county): a city in a name (南阳某某公司, registered with the prefecture) or another county (清河县某某公司) is
//     where the name puts it; and a firm placed already (by any rule) only when every place it has holds the scene.
// Confidence 0.6, below every sentence-level rule. A province read from a firm's name (某某（福建）有限公司 → 福建省)
// gives way to a finer place in that province (finerThanName, below).
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { isNamedSite } from './entities.js';
import { evidenceFor } from './evidence.js';
import type { RelationCues, ResolvedMention } from './relations.js';
import type { Entity, Relation } from './types.js';

type Cues = RelationCues['located'];
type Tier = 'county' | 'local' | 'wide';

interface Scene {
  e: Entity;
  rule: string;
}

const COUNTY_KINDS = new Set(['County', 'District']);
const LOCAL_KINDS = new Set(['Town', 'Subdistrict', 'Village', 'Community']);
const WIDE_KINDS = new Set(['Province', 'City', 'Region', 'Country']);

/** The rule of a scene a roundup's section heading sets (福建明溪 on a line of its own). */
const SECTION_HEADING = 'rel.located-in.scene-set.section-heading';

/** The rules of the firms already placed by a name: a province so read gives way to a finer place in it. */
const NAME_RULES = new Set(['rel.located-in.name-region', 'rel.located-in.name-place']);

export function sceneRelations(article: Article, sentences: Sentence[], ms: ResolvedMention[], g: Gazetteer, entities: ReadonlyMap<string, Entity>, cues: Cues, earlier: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const text = article.text;
  const startingAt = new Map<number, ResolvedMention>();
  for (const r of ms) if (r.e.label === 'Place' && !startingAt.has(r.m.start)) startingAt.set(r.m.start, r);
  const within = placeContainment(g, entities, earlier);

  const tierOf = (r: ResolvedMention): Tier | undefined => {
    const kind = r.e.kind ?? '';
    if (r.m.attrs.ref) return undefined; // 我市, 全县: the paper's or the one in view, no scene of its own
    if (COUNTY_KINDS.has(kind) || kind === 'DevelopmentZone' || isNamedSite(r.m) || (kind === 'Region' && /新区$/u.test(r.e.name))) return 'county';
    if (LOCAL_KINDS.has(kind)) return r.e.name.endsWith('屯') ? undefined : 'local';
    if (WIDE_KINDS.has(kind)) return 'wide';
    return undefined; // a landmark: no scene
  };
  // A chain of places printed one after the other from `pos` (江西省上饶市弋阳县): its places, largest first.
  const chainAt = (pos: number): ResolvedMention[] => {
    const chain: ResolvedMention[] = [];
    for (let r = startingAt.get(pos); r && tierOf(r); r = startingAt.get(r.m.end)) chain.push(r);
    return chain;
  };
  const openerAlt = alt(cues.sceneOpeners);
  const timeAlt = alt(cues.sceneOpenerTimeWords);
  const subjectAlt = alt(cues.sceneSubjectNext);
  const headAlt = alt([...cues.sceneHeadOpeners, ...cues.parkTimeWords]);
  const blockerAlt = alt(cues.sceneHeadBlockers);

  /** A scene set at `pos` (a sentence's start): the chain and how it was set, or nothing. */
  const setterAt = (pos: number, end: number, headline: boolean): { chain: ResolvedMention[]; rule: string } | undefined => {
    const rest = text.slice(pos, end);
    // (记者日前来到某镇某村，: a word of time or manner between 记者 and the opener sets the scene as well.)
    const opener = new RegExp(`^(?:${openerAlt})`, 'u').exec(rest) ?? new RegExp(`^(?:记者|笔者)?(?:${timeAlt})(?:${openerAlt})`, 'u').exec(rest);
    if (opener) {
      const chain = chainAt(pos + opener[0].length);
      const last = chain[chain.length - 1];
      const timed = !new RegExp(`^(?:${openerAlt})`, 'u').test(rest);
      if (last && /^(?:境内|县城|城区|一带|各地|内|里)?[，,]/u.test(text.slice(last.m.end, last.m.end + 3))) return { chain, rule: timed ? 'rel.located-in.scene-set.opening.timed' : 'rel.located-in.scene-set.opening' };
      return undefined;
    }
    const chain = chainAt(pos);
    const last = chain[chain.length - 1];
    if (!last) return undefined;
    // 福建明溪 on a line of its own in the body: a roundup's section heading, the section's scene (a county, a zone, or a
    // city: the section is about that city), until the next scene (rel.located-in.scene-set.section-heading).
    if (!headline && (pos === 0 || text[pos - 1] === '\n') && /^\s*$/u.test(text.slice(last.m.end, end)) && /^(?:\n|$)/u.test(text.slice(end).replace(/^[ \t\u3000]+/u, ''))) return { chain, rule: SECTION_HEADING };
    // The headline's place before a colon (某县：…) or opening a subtitle (某县做好…文章).
    if (headline) return /^[：:]/u.test(text.slice(last.m.end, last.m.end + 1)) || pos > article.titleSpan.start ? { chain, rule: 'rel.located-in.scene-set.headline' } : undefined;
    if (new RegExp(`^(?:${subjectAlt})`, 'u').test(text.slice(last.m.end, last.m.end + 6))) return { chain, rule: 'rel.located-in.scene-set.subject' };
    return undefined;
  };

  let county: Scene | undefined;
  let local: Scene | undefined;
  const apply = (chain: ResolvedMention[], rule: string): void => {
    const last = chain[chain.length - 1]!;
    const tier = tierOf(last)!;
    if (tier === 'wide' && rule === SECTION_HEADING && last.e.kind === 'City') {
      county = { e: last.e, rule };
      local = undefined;
      return;
    }
    if (tier === 'wide') {
      // 在某省，某市还…: the text zooms out; nothing is placed until a finer scene is set.
      county = undefined;
      local = undefined;
      return;
    }
    if (tier === 'county') {
      county = { e: last.e, rule };
      local = undefined;
      return;
    }
    const up = [...chain].reverse().find((r) => tierOf(r) === 'county');
    if (up) county = { e: up.e, rule };
    else if (county && !within(last.e.key, county.e.key)) county = undefined;
    // (A town or village as a sentence's subject, 某村今年新修了村道, is one item of news, not where the report goes:
    // only 在某镇，/ 走进某村， set a local scene; the county of its chain is still set.)
    local = rule === 'rel.located-in.scene-set.subject' ? undefined : { e: last.e, rule };
  };

  // The headline and subtitle lines: the article's scene, when they name one place of county level or finer.
  const headerEnd = article.paragraphs[0]?.start ?? article.bodySpan.start;
  const headerScenes: Array<{ chain: ResolvedMention[]; rule: string }> = [];
  for (let pos = 0; pos < headerEnd; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 || nl > headerEnd ? headerEnd : nl;
    const set = setterAt(pos, end, true);
    if (set) headerScenes.push(set);
    pos = end + 1;
  }
  const headerPlaces = new Set(headerScenes.map((s) => s.chain[s.chain.length - 1]!.e.key));
  if (headerPlaces.size === 1) apply(headerScenes[0]!.chain, headerScenes[0]!.rule);

  const datelineAt = (start: number): number => {
    const d = /^(?:本报[^，,。；\n]{1,16}?电|新华社[^，,。；\n]{1,16}?电)(?:[（(][^）)\n]{0,20}[）)])?\s*/u.exec(text.slice(start, start + 40));
    return start + (d ? d[0].length : 0);
  };

  /** A firm, co-op, park, base or project heading a sentence (or the clause after a scene's own comma) set in `scene`. */
  const placeHead = (head: ResolvedMention, s: Sentence, p: { start: number; end: number }, scene: Scene, rule: string): void => {
      if (!placeable(head, cues.sceneFirmEndings)) return;
      // A finer place the scene holds, named in the paragraph before the firm or in its own sentence (镇里的某某产业园;
      // 某公司…主要用于某工业园): the firm may be there rather than only in the scene — nothing.
      if (ms.some((q) => q.e.label === 'Place' && !q.m.attrs.ref && q.m.start >= p.start && q.m.start < s.end && q !== head && q.e.key !== scene.e.key && within(q.e.key, scene.e.key))) return;
      // (甲、乙等企业: a list, not a head; 甲与乙合作: 甲 heads, 乙 is the partner.)
      if (/^[、及]/u.test(text.slice(head.m.end, head.m.end + 1))) return;
      if (new RegExp(`^[^，,。；;]{0,4}?(?:${blockerAlt})`, 'u').test(text.slice(head.m.end, head.m.end + 10))) return;
      // (某公司也在园区周边布局了…: near the place, not in it.)
      if (cues.nearWords.some((w) => text.slice(head.m.end, s.end).includes(w))) return;
      // A place in the firm's name, or its bracket, must hold the scene: a province (江西某某有限公司, 某某（福建）有限公司 —
      // the level a name is registered at), or a county holding a finer scene (广德某某公司 in a zone of 广德). A city
      // (南阳某某公司: registered with the prefecture, in any of its counties) is where the name puts the firm.
      const named = [...(head.m.attrs.place?.placeIds ?? []), ...(head.m.attrs.region ? [g.findAdministrative(head.m.attrs.region)?.id].filter((x): x is string => x !== undefined) : [])];
      const holds = (id: string): boolean => {
        const kind = g.get(id)?.kind;
        return (kind === 'Province' || kind === 'County' || kind === 'District') && `place:${id}` !== scene.e.key && within(scene.e.key, `place:${id}`);
      };
      if (named.length && !named.some(holds)) return;
      // Placed already: only when every place it has holds the scene.
      const placed = [...earlier, ...out].filter((r) => r.type === 'LOCATED_IN' && r.start === head.e.key).map((r) => r.end);
      if (placed.some((q) => q === scene.e.key || !within(scene.e.key, q))) return;
      out.push({ type: 'LOCATED_IN', start: head.e.key, end: scene.e.key, evidence: evidenceFor(article, s, [head.m], rule, 0.6) });
  };

  for (const p of article.paragraphs) {
    local = undefined;
    let held = true; // a sentence headed by a place the scene does not hold ends the scene for the paragraph
    const bodyStart = datelineAt(p.start);
    for (const s of sentences) {
      if (s.end <= p.start || s.start >= p.end) continue;
      const from = Math.max(s.start, bodyStart);
      if (from >= s.end) continue;
      const set = setterAt(from, s.end, false);
      if (set) {
        apply(set.chain, set.rule);
        held = true;
        // 记者来到某镇某村，某某有限公司的大棚连片排开: the clause after the scene's own comma is set there too, its head
        // placed as a later sentence's would be (rel.located-in.scene-set.opening.own-clause; 在某县，某公司… is
        // rel.located-in.scene's already).
        const last = set.chain[set.chain.length - 1]!;
        const comma = set.rule === 'rel.located-in.scene-set.opening' || set.rule === 'rel.located-in.scene-set.opening.timed' ? text.slice(last.m.end, s.end).search(/[，,]/u) : -1;
        const clause = last.m.end + comma + 1;
        const head = comma >= 0 ? ms.find((r) => r.m.start >= clause && r.m.start < s.end) : undefined;
        const scene = local ?? county;
        if (head && scene && head.e.label !== 'Place' && new RegExp(`^(?:${headAlt})*[“"]?$`, 'u').test(text.slice(clause, head.m.start))) placeHead(head, s, p, scene, 'rel.located-in.scene-set.opening.own-clause');
        continue;
      }
      // The sentence's head: its first mention, after words of time or 走进, 在 (据介绍，: a clause naming nothing).
      const head = ms.find((r) => r.m.start >= from && r.m.start < s.end);
      if (!head) continue;
      const opening = text.slice(from, head.m.start);
      if (!new RegExp(`^(?:[^，,。；;：:“”"]{0,14}[，,])?(?:${headAlt})*[“"]?$`, 'u').test(opening) || /^[与和同跟从向]/u.test(opening)) continue;
      const scene = local ?? county;
      if (head.e.label === 'Place') {
        const tier = tierOf(head);
        if (tier && tier !== 'wide' && scene && head.e.key !== scene.e.key && !within(head.e.key, scene.e.key) && !within(scene.e.key, head.e.key)) held = false;
        continue;
      }
      if (!scene || !held) continue;
      placeHead(head, s, p, scene, scene.rule);
    }
  }
  return out;
}

/** What a scene places: a firm, a cooperative, a park, an incubator, a project, or a named site, printed as such. */
function placeable(r: ResolvedMention, endings: readonly string[]): boolean {
  const settled = (r.e.label === 'Organization' && (r.e.kind === 'Company' || r.e.kind === 'IndustrialPark' || r.e.kind === 'Incubator')) || (r.e.label === 'Programme' && r.e.kind === 'Project') || isNamedSite(r.m);
  // (A brand printed alone, 某某快递, 某某超市, is as often a national firm working there as a firm of the place.)
  return settled && endings.some((w) => r.m.text.endsWith(w));
}

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * `a` lies within `b` (or is `b`): by the gazetteer, by the place a place the gazetteer lacks hangs from (a zone under
 * its county, a village under its town), or by what the article says a place is in (`links`: 镇里的某某产业园 → the
 * town; a park named with its county's short form → the county).
 */
export function placeContainment(g: Gazetteer, entities: ReadonlyMap<string, Entity>, links: readonly Relation[] = []): (a: string, b: string) => boolean {
  const gid = (key: string): string | undefined => (key.startsWith('place:') && g.get(key.slice(6)) ? key.slice(6) : undefined);
  const parents = new Map<string, string[]>();
  for (const r of links) if ((r.type === 'LOCATED_IN' || r.type === 'PART_OF') && r.start.startsWith('place:') && r.end.startsWith('place:')) parents.set(r.start, [...(parents.get(r.start) ?? []), r.end]);
  return (a: string, b: string): boolean => {
    if (a === b) return true;
    const target = gid(b);
    const seen = new Set<string>();
    const queue = [a];
    while (queue.length && seen.size < 12) {
      const key = queue.shift()!;
      if (seen.has(key)) continue;
      seen.add(key);
      if (key === b) return true;
      const id = gid(key);
      if (id) {
        if (target !== undefined && g.within(id, target)) return true;
        continue;
      }
      const up = entities.get(key)?.props.parentKey as string | undefined;
      queue.push(...(up ? [up] : []), ...(parents.get(key) ?? []));
    }
    return false;
  };
}

/**
 * A province read from a firm's name (某某（福建）有限公司, a name-region or name-place fact) gives way to a finer place
 * of that province the article puts the firm in (a county, a zone, a town): the finer fact is what the text sets.
 * So does a prefecture-level city so read (某某（嘉兴）有限公司, 嘉兴某某有限公司: the level the name was registered at)
 * when the text puts the firm in a county, a zone or a town of that city (rel.located-in.name-place.finer-city): the
 * city is the finer place's, by PART_OF.
 */
export function finerThanName(relations: Relation[], g: Gazetteer, entities: ReadonlyMap<string, Entity>): Relation[] {
  const within = placeContainment(g, entities, relations);
  const located = relations.filter((r) => r.type === 'LOCATED_IN');
  return relations.filter((r) => {
    if (r.type !== 'LOCATED_IN' || !NAME_RULES.has(r.evidence.rule)) return true;
    const place = r.end.startsWith('place:') ? g.get(r.end.slice(6)) : undefined;
    if (place?.kind !== 'Province' && place?.kind !== 'City') return true;
    return !located.some((x) => x !== r && x.start === r.start && x.end !== r.end && within(x.end, r.end));
  });
}
