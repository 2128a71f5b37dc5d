// Step 5: each reported figure gets its subject and becomes an Outcome.
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import { isNamedSite, upsert } from './entities.js';
import { entityChanged } from './entity-state.js';
import { anonymisedPersonIn, isBackground, personStartsIn, clauseHead, clauseSubject, clauseStarts, endsInFounding, endsInLaunching, opensWithPlan, publishedListClause, isLocatedLead, isPersonWord, onlyAdjuncts, opensWithPeopleFrom, personWordLength, isNoticeTitle, namesVillageCollective } from './clause-subjects.js';
import { evidenceFor } from './evidence.js';
import { resolvePeriod } from './periods.js';
import { inLeadingPhrase as leadingPhrase, isSpeaker as quotedAsSpeaker, SubjectsInView } from './in-view.js';
import type { EntityKind } from '../../schema/model.js';
import { levelsOf, LEVELS_OF_WORD } from './place-in-view.js';
import { placeLevel } from './place-levels.js';
import { isComparedBase, type ArticleRefs, type Pending } from './references.js';
import { loadRelationCues } from './relations.js';
import type { Entity, Relation } from './types.js';

/**
 * A figure's subject: what its clause is about, not the nearest name. In order, the later rules overriding:
 *   - the name heading the figure's clause, else the head of the clause of its sentence it goes on from (某公司改造了某
 *     工程，能耗下降…: the firm, not the object of 改造; clause-subjects.ts); failing that, the nearest organisation or
 *     programme before it in its sentence (not a speaker's body — 某局局长李某介绍，— nor a customer listed after
 *     销往), else an area (a province down to a village, 全市) named there, else what the text is about;
 *   - words opening the clause that point back: 他们; a body named by its kind (公司, 该公司, 工坊, 平台: the one in
 *     view; in a quotation 公司 is the speaker's); an area word (全县, 该镇, 村里, 当地: the place of that level in view);
 *   - an area opening the clause with no organisation in it; 本届峰会 (the programme in view); 甲、乙等12家 and
 *     甲、乙等多家企业的20个 (the list's programme or the area, not a name listed);
 *   - a person heading the figure's own clause (看到销路好，李某试种了5亩), unless introducing what is said;
 *   - in a quotation, 我们 (the speaker's organisation) and 我 (the speaker); 投资2亿元的某项目 (the name after 的);
 *   - a figure in a quotation naming no body, place, 项目 or word pointing back: the body the speaker speaks for (the
 *     organisation named where it is attributed, or the speaker's employer; a village's party branch: the village;
 *     not a government bureau's official, nor a reckoning per unit — 一吨…能翻5倍);
 *   - a clause naming nothing goes on about what its sentence pointed back to; a subject carried from an earlier
 *     paragraph, with nothing pointing back to it, is not known: the figure stays, reported about no one (the
 *     article's most-named topic, tried as a fallback, was right about one time in five on real articles).
 * A place that only grades something (嘉兴市级) is no subject; a distance (20公里外) is no one's.
 */
export function outcomes(view: ArticleRefs, entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>, kindWords: readonly string[], residentWords: readonly string[] = [], reportMeasures: readonly string[] = [], programmeWords: ProgrammeWords = NO_PROGRAMME_WORDS, conferVerbs: readonly string[] = []): Relation[] {
  const { article, sentences, pending, places } = view;
  const out: Relation[] = [];
  let focus: Pending | undefined;
  // 某县某某产业开发有限公司 … 某县的金银花产业在种植环节…: a firm's short form that is only the place its name opens
  // with (the place's name less its 县, 市, 区) names the place, not the firm — the place when the article names it, else
  // no subject at all; and one ending in 产业 is the industry (some place's), not the firm.
  // (The place as the article itself names it: the entity table is read by key only, so that an article's
  // resolution can be replayed — memo.ts.)
  const placeNamed = new Map<string, Pending>();
  for (const q of pending) if (q.ref.label === 'Place' && !placeNamed.has(q.ref.name)) placeNamed.set(q.ref.name, q);
  const ordered = [...pending]
    .sort((a, b) => a.m.start - b.m.start)
    .flatMap((q): Pending[] => {
      if (q.ref.label !== 'Organization' || !q.m.rule.startsWith('org.short-form')) return [q];
      // (某县的金银花产业在种植环节…: a short form ending in 产业 is the industry, not the firm named after it.)
      if (/产业$/u.test(q.m.text) && q.m.text !== q.ref.name) return [];
      if (!q.ref.name.startsWith(q.m.text) || !/^[省市县区旗镇乡]/u.test(q.ref.name.slice(q.m.text.length))) return [q];
      const place = placeNamed.get(q.ref.name.slice(0, q.m.text.length + 1));
      return place ? [{ ...q, m: { ...q.m, id: `${q.m.id}#place` }, ref: place.ref }] : [];
    });
  // (其中国家级“小巨人”企业6家、省级专精特新中小企业58家: a title printed right before a count names what is counted,
  // there and for every figure after it — subject.counted-title.)
  const outcomeStarts = new Set<number>();
  for (const q of ordered) if (q.ref.label === 'Outcome') outcomeStarts.add(q.m.start);
  const countedTitles = new Set(ordered.filter((q) => q.ref.label === 'Programme' && (q.ref.kind === 'Recognition' || q.ref.kind === 'Award') && outcomeStarts.has(q.m.end)));
  const inView = new SubjectsInView(article, sentences, ordered);
  // A name quoted as a speaker (市委组织部相关负责人说), or in the clause that introduces one (某局局长李某介绍，), is
  // not what the words said are about.
  // 楼某：今年我们… — an interview's answer, the answerer's name opening the paragraph before a colon — is said by them.
  const paragraphOf = (at: number): { start: number; end: number } | undefined => article.paragraphs.find((g) => at >= g.start && at < g.end);
  const answers = (q: Pending): boolean => q.ref.label === 'Person' && /^[：:]/u.test(article.text.slice(q.m.end, q.m.end + 1)) && paragraphOf(q.m.start)?.start === q.m.start;
  const isSpeaker = (q: Pending): boolean => quotedAsSpeaker(article.text, q) || attributes(article.text, q.m.end) || answers(q);
  /** The answerer whose paragraph (记者：… 楼某：…) holds `at`, when the paragraph opens with their name and a colon. */
  const answererAt = (at: number): Pending | undefined => {
    const g = paragraphOf(at);
    return g ? ordered.find((q) => q.m.start === g.start && answers(q)) : undefined;
  };
  // 省级, 市级: a grade; 青川籍务工人员: where people come from — neither is the area a figure is about.
  // 温州商人李某, 本地企业家某某: a place before a word of origin and a person's name describes the person.
  // (上海专家, 温州客商: a place before a word for people who come from there, with no name, likewise.)
  const describesPersonRightAfter = (q: Pending): boolean => (q.m.attrs.ref === undefined && opensWithPeopleFrom(article.text.slice(q.m.end, q.m.end + 4))) || ordered.some((r) => r.ref.label === 'Person' && r.m.start > q.m.end && r.m.start <= q.m.end + 5 && isPersonWord(article.text.slice(q.m.end, r.m.start)));
  // (某镇某村种粮大户某某: every place of a chain written down to the one before the word describes the person.)
  const describesPerson = (q: Pending): boolean => {
    for (let at: Pending | undefined = q, n = 0; at && n < 4; n++) {
      if (describesPersonRightAfter(at)) return true;
      const end: number = at.m.end;
      at = ordered.find((r) => r.ref.label === 'Place' && r.m.start === end);
    }
    return false;
  };
  const grades = (q: Pending): boolean => article.text[q.m.end] === '级' || article.text[q.m.end] === '籍' || describesPerson(q);
  // (A landmark, or a region the recognizers read as one: 某古镇, 某街区.)
  const isLandmark = (q: Pending): boolean => q.ref.label === 'Place' && (q.ref.kind === 'Landmark' || q.ref.kind === 'Region') && !grades(q);
  // (三是发展庄稼医院: a name the recognizers read with the words opening a list's item is no body a figure is about.)
  // (2021年，某某被评为“全国优秀教师”。她还…带出了15名青年教师: a title or award named as what someone was given
  // — after a verb of conferring, 被评为, 荣获 — is the object of its clause, never what the text goes on about nor
  // whose figure follows: subject.conferred-title, verbs from relation-cues.json's rel.received.award.)
  const conferred = new Map<Pending, boolean>();
  const conferredTitle = (q: Pending): boolean => {
    let c = conferred.get(q);
    if (c === undefined) conferred.set(q, (c = isConferred(article.text, q, conferVerbs)));
    return c;
  };
  // (刚从某师范学校毕业的某某, 在深圳打工多年的某某: a person's past is no subject — in-view.ts isBackground.)
  const past = new Map<Pending, boolean>();
  const personAt = personStartsIn(ordered);
  const isPast = (q: Pending): boolean => {
    let b = past.get(q);
    if (b === undefined) past.set(q, (b = isBackground(article.text, q.m, personAt)));
    return b;
  };
  const isEntity = (q: Pending): boolean => (q.ref.label === 'Organization' || (q.ref.label === 'Programme' && !conferredTitle(q))) && !isSpeaker(q) && !LIST_ITEM_NAME.test(q.m.text);
  const isAreaPlace = (q: Pending): boolean => q.ref.label === 'Place' && !grades(q) && (!!q.m.attrs.ref || ['Province', 'DevelopmentZone', 'County', 'City', 'District', 'Town', 'Subdistrict', 'Village', 'Community'].includes(q.ref.kind ?? ''));
  // The one area the title names (前三季度我县经济运行稳中有进), if it names exactly one.
  // 某县第三届某某节展位招商公告: a notice's figures (a fee per stand, a deadline) are no one's results (subject.notice).
  const notice = isNoticeTitle(article.text.slice(article.titleSpan.start, article.titleSpan.end));
  const titleAreas = ordered.filter((q) => isAreaPlace(q) && q.m.start >= article.titleSpan.start && q.m.end <= article.titleSpan.end);
  const titleArea = new Set(titleAreas.map((q) => q.ref.key)).size === 1 ? titleAreas[0] : undefined;
  // (吸引浙江企业86家, 引进上海项目12个, 接待江苏游客3万人次: a place between a verb of drawing in and what is counted says
  // where those come from; the figure is the one drawing them in's — rel.reported.origin-of-counted, a guard.)
  const isFirmOrigin = (q: Pending): boolean =>
    q.ref.label === 'Place' && ((FIRM_OF_ORIGIN.test(article.text.slice(q.m.end, q.m.end + 14)) && !ordered.some((r) => r.ref.label === 'Organization' && r.m.start > q.m.end && r.m.start < q.m.end + 14)) || (DRAWS_IN_BEFORE.test(article.text.slice(Math.max(0, q.m.start - 3), q.m.start)) && COUNTED_FROM_PLACE.test(article.text.slice(q.m.end, q.m.end + 10))));
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
  const inLeadingPhrase = (q: Pending): boolean => leadingPhrase(article.text, sentences[q.m.sentence]!, q);
  // The people quoted in a sentence (“…”潘俊男说, in it or the next), and the organisation of the first the text
  // said works somewhere.
  // A quotation of several sentences (“…。…。”李某说。) is said by the one named after it closes.
  const speakersIn = (sentence: number): Pending[] => {
    const last = quotationEnd(article.text, sentences, sentence);
    return ordered.filter((q) => q.ref.label === 'Person' && q.m.sentence >= sentence && q.m.sentence <= last + 1 && /^(?:说|表示|介绍|指出|说道)/.test(article.text.slice(q.m.end, q.m.end + 3)));
  };
  // 他说：“…” / 她表示，“…”: the last person named before the sentence speaks (within the paragraph).
  const pronounSpeaker = (sentence: number): Pending | undefined => {
    const s = sentences[sentence]!;
    const said = /(?:^|[，,。])(?:他|她)(?:说|表示|介绍|笑着说)[：:，,]?[“"]/u.exec(article.text.slice(s.start, s.end));
    if (!said) return undefined;
    const at = s.start + said.index;
    const paragraphStart = article.paragraphs.find((g) => at >= g.start && at < g.end)?.start ?? 0;
    return ordered.filter((q) => q.ref.label === 'Person' && q.m.end <= at && q.m.start >= paragraphStart).pop();
  };
  const speakerIn = (sentence: number): Pending | undefined => speakersIn(sentence)[0] ?? pronounSpeaker(sentence) ?? answererAt(sentences[sentence]!.start);
  const speakerOrgIn = (sentence: number): string | undefined => [...speakersIn(sentence), ...[pronounSpeaker(sentence), answererAt(sentences[sentence]!.start)].filter((q): q is Pending => q !== undefined)].map((q) => affiliations.get(q.ref.key)).find((org) => org !== undefined);
  // The programme the text is about, for 本届峰会, 此次活动.
  let focusProgramme: Pending | undefined;
  let focusEvent: Pending | undefined;
  let focusPilot: Pending | undefined;
  // 新仓镇党委书记…，全镇…: the town named only inside an organisation's name, as a subject of its own (the
  // mention is the organisation's; the entity is the place, registered by the name's LOCATED_IN).
  const placeInName = (earlier: readonly Pending[], fits: (place: { kind?: EntityKind; name: string }) => boolean): Pending | undefined => {
    for (const q of earlier) {
      if (q.ref.label !== 'Organization') continue;
      // The gazetteer's place, or one it lacks read from the name (某镇|梅溪村党总支: the village, another of that name).
      const key = (q.m.attrs.place?.placeIds ?? []).map((id) => `place:${id}`).find((k) => entities.has(k) && fits(entities.get(k)!)) ?? (q.placeInName && q.place && entities.has(q.place.key) && fits(entities.get(q.place.key)!) ? q.place.key : undefined);
      if (key) {
        const e = entities.get(key)!;
        return { ...q, m: { ...q.m, id: `${q.m.id}#place` }, ref: { key, label: 'Place', ...(e.kind ? { kind: e.kind } : {}), name: e.name, props: {} } };
      }
    }
    return undefined;
  };
  // 梅溪村党总支, 大屯村党支部: the place a body's name opens with that the gazetteer lacks (references.ts), as a
  // subject of its own.
  const ownPlaceOf = (q: Pending | undefined): Pending | undefined =>
    q?.placeInName && q.place && entities.has(q.place.key) ? { ...q, m: { ...q.m, id: `${q.m.id}#place` }, ref: q.place } : undefined;
  // The body the words attributing a statement (the span start..end: 某公司总经理李某介绍, 李某说) name as the
  // speaker's — an organisation, a village's party branch standing for the village, or the one a person named there
  // was said to work for; none for a government bureau's official. `at`: where the statement is.
  const bodyOfAttribution = (start: number, end: number, at: number): Pending | undefined => {
    const named = ordered.filter((q) => q.m.start >= start && q.m.end <= end);
    const body = named.find((q) => q.ref.label === 'Organization');
    // An official of a government bureau may be speaking of the area, a programme or the bureau: no one's figure.
    if (body?.ref.kind === 'GovernmentAgency') return undefined;
    if (body?.ref.kind === 'PartyOrganization') {
      // 某县人民医院党委书记、院长某某介绍: the party committee of a body the text names speaks for that body (a
      // government bureau's, as the bureau's official, for no one), not for the county its name opens with.
      const organ = /(?:党委|党组|党总支|党支部)$/u.exec(body.ref.name);
      const parent = organ ? ordered.find((q) => q.ref.label === 'Organization' && q.ref.kind !== 'PartyOrganization' && q.ref.name === body.ref.name.slice(0, organ.index)) : undefined;
      if (parent) return parent.ref.kind === 'GovernmentAgency' ? undefined : parent;
      const area = ordered.filter((q) => q.m.start < Math.min(at, start) && isAreaPlace(q) && body.ref.name.startsWith(q.ref.name)).sort((a, b) => b.ref.name.length - a.ref.name.length)[0];
      return area ?? placeInName([body], () => true) ?? ownPlaceOf(body) ?? body;
    }
    if (body) return body;
    const person = named.find((q) => q.ref.label === 'Person');
    const org = person ? affiliations.get(person.ref.key) : undefined;
    if (org) return ordered.find((q) => entityKeyOf(q, mentionEntity) === org);
    // ”副矿长李某介绍, ”总经理李某说: a post that says the kind of its body (矿长 a mine, 厂长 a factory, 场长 a farm,
    // 董事长 and 总经理 a company), with no body named, is at the body of that kind the paragraph names before.
    const post = POST_OF_KIND.exec(article.text.slice(start, person ? person.m.start : end).replace(/(?:说|表示|介绍|指出|说道)$/u, ''));
    if (!post) return undefined;
    const kindWord = post[1] ?? '公司';
    const paragraphStart = article.paragraphs.find((g) => at >= g.start && at < g.end)?.start ?? 0;
    const inView = ordered.filter((q) => q.m.start >= paragraphStart && q.m.end <= Math.min(at, start) && (q.ref.label === 'Organization' || (q.ref.label === 'Place' && isNamedSite(q.m))) && !isSpeaker(q) && (kindWord === '公司' ? q.ref.kind === 'Company' : q.ref.name.endsWith(kindWord)));
    return inView[inView.length - 1];
  };
  // The body a quotation open at `open` speaks for: the words after it closes, up to a verb of saying (”某公司总经理
  // 李某介绍), else the words before it opens (某公司总经理李某说：“, 李某表示，“: rel.reported.speaker-body).
  const speakerBody = (open: number, from: number): Pending | undefined => {
    let close = article.text.indexOf('”', from);
    if (close === -1 || article.text.slice(open + 1, close).includes('“')) return undefined;
    // ”在工坊里，某某介绍: the scene set after the quotation, when a kind word names a body there, is where what was said
    // is about (the workshop in view), whoever speaks; otherwise the attribution follows it.
    const scene = SCENE_AFTER_QUOTE.exec(article.text.slice(close + 1, close + 16));
    if (scene) {
      const kind = kindWords.filter((w) => scene[1]!.endsWith(w)).sort((a, b) => b.length - a.length)[0];
      const body = kind ? inView.bodyNamed(kind, open, ['Organization', 'Programme', 'Site'], true) : undefined;
      if (body) return body;
      close += scene[0].length;
    }
    const said = /^[^，。；：“”！？\n]{1,30}?(?:说|表示|介绍|指出|说道)/u.exec(article.text.slice(close + 1, close + 40));
    if (said) return bodyOfAttribution(close + 1, close + 1 + said[0].length, open);
    const before = attributionBefore(article.text, open, true);
    if (before) return bodyOfAttribution(before.start, before.end, open);
    // 这让某村党支部书记李某信心倍增：“…”: a clause naming a person, ending in a colon that opens the quotation,
    // introduces the person as its speaker, whatever its verb.
    const colon = /(?:^|[，,。；;！？!?”\n])([^，,。；;！？!?“”\n：:\d]{2,30})[：:]$/u.exec(article.text.slice(Math.max(0, open - 40), open));
    const start = colon ? open - colon[1]!.length - 1 : -1;
    return colon && ordered.some((q) => q.ref.label === 'Person' && q.m.start >= start && q.m.end < open) ? bodyOfAttribution(start, open - 1, open) : undefined;
  };
  // A town or subdistrict named after `village` (up to the figure at index `i`) other than the one its name was printed
  // after: the text has moved to another town.
  const townNamedSince = (village: Pending, i: number): boolean => {
    const at = ordered.indexOf(village);
    const own = at > 0 && ordered[at - 1]!.ref.label === 'Place' && ordered[at - 1]!.m.end === village.m.start ? ordered[at - 1]!.ref.key : undefined;
    return ordered.slice(at + 1, i).some((q) => q.ref.label === 'Place' && (q.ref.kind === 'Town' || q.ref.kind === 'Subdistrict') && q.ref.key !== own);
  };
  // The person a quotation open at `open` is attributed to, when the attribution names a person and nothing else
  // (”某某笑着说, 某某说：“).
  const speakerPersonOf = (open: number, from: number): Pending | undefined => {
    const close = article.text.indexOf('”', from);
    if (close === -1 || article.text.slice(open + 1, close).includes('“')) return undefined;
    const said = /^[^，。；：“”！？\n]{1,30}?(?:说|表示|介绍|指出|说道)/u.exec(article.text.slice(close + 1, close + 40));
    const span = said ? { start: close + 1, end: close + 1 + said[0].length } : attributionBefore(article.text, open, true);
    if (!span) return undefined;
    const named = ordered.filter((q) => q.m.start >= span.start && q.m.end <= span.end && q.ref.label !== 'Outcome');
    return named.length && named.every((q) => q.ref.label === 'Person') ? named[0] : undefined;
  };
  // A person the text introduces, somewhere, by a word of where they live or what they farm (村民李某, 棉农李某).
  const isResident = (person: Pending): boolean => ordered.some((q) => q.ref.key === person.ref.key && residentWords.some((w) => article.text.startsWith(w, q.m.start - w.length)));
  // The project 项目 points back to at `at` (where the clause saying it opens): a project or a named park ending the
  // clause just before (某公司建设起某产业园，项目…), else the latest project named before it — not one named as the
  // object of a clause that itself opens with 项目 (项目依托…建设某某项目: the project's own doing).
  const isProject = (q: Pending): boolean => q.ref.label === 'Programme' && (q.ref.kind === 'Project' || /(?:项目|工程)$/u.test(q.ref.name));
  const isPark = (q: Pending): boolean => q.ref.label === 'Place' && isNamedSite(q.m) && /(?:园|园区|基地)$/u.test(q.ref.name);
  const projectInView = (at: number): Pending | undefined => {
    const ended = ordered.find((q) => q.m.end <= at && /^[”"’]?[，,]$/u.test(article.text.slice(q.m.end, at)) && (isProject(q) || isPark(q)));
    if (ended) return ended;
    for (let k = ordered.length - 1; k >= 0; k--) {
      const q = ordered[k]!;
      if (q.m.end > at || !isProject(q) || isSpeaker(q)) continue;
      if (PROJECT_BACK.test(article.text.slice(lastClauseStart(article.text, q.m.start), q.m.start))) continue;
      return q;
    }
    // (位于某乡的某某蛋鸡良种繁育基地正式投产。该项目总投资3.6亿元: with no project named before, a base, park or plant
    // the paragraph names — the one built — is what 该项目 points back to.)
    const paragraphStart = paragraphOf(at)?.start ?? 0;
    return ordered.filter((q) => q.m.start >= paragraphStart && q.m.end <= at && !isSpeaker(q) && (isPark(q) || (q.ref.label === 'Organization' && FACILITY_NAME.test(q.ref.name)))).pop();
  };
  // The programme a kind word (平台, 工程, 诊所) at `at` points back to: the latest named before it whose name, or
  // whose words as printed (“某某”数字诊所), end in the word, or of one of the word's kinds (a Platform for 平台) — not
  // a title given nor one named as a speaker.
  const printedWith = (q: Pending, word: string): boolean => new RegExp(`^[”"’][\\u4e00-\\u9fff]{0,4}?${word}`, 'u').test(article.text.slice(q.m.end, q.m.end + 6 + word.length));
  const programmeOfWord = (word: string, at: number, words: ProgrammeWords): Pending | undefined => {
    const kindsOf = words.words.find((w) => w.word === word)?.kinds ?? [];
    // (产品推出以来 after “某某贷”: a word's `endings` name programmes of it by how their names end.)
    const endingsOf = words.words.find((w) => w.word === word)?.endings ?? [];
    // (该名录 after 发布“某某好物”推荐名录: a list's word points back to a list — a recognition — printed with the word
    // after its quoted name.)
    const listWord = LIST_WORDS.test(word);
    return [...ordered].reverse().find((q) => q.m.end <= at && q.ref.label === 'Programme' && ((q.ref.kind !== 'Recognition' && q.ref.kind !== 'Award') || (listWord && (q.m.text.endsWith(word) || printedWith(q, word)))) && !isSpeaker(q) && (q.ref.name.endsWith(word) || q.m.text.replace(/[”"’]$/u, '').endsWith(word) || kindsOf.includes(q.ref.kind ?? '') || endingsOf.some((e) => q.ref.name.endsWith(e)) || (listWord && printedWith(q, word))));
  };
  // The person named right after a place and a resident word (某村村民李某): the resident of that place.
  // (某村的柑橘种植大户李某: 的 and the crop or product may stand between — rel.reported.resident.)
  const residentAfter = (place: Pending): Pending | undefined => {
    for (let off = 0; off <= 5; off++) {
      if (off > 0 && !RESIDENT_QUALIFIER.test(article.text.slice(place.m.end, place.m.end + off))) break;
      const rest = article.text.slice(place.m.end + off, place.m.end + off + 6);
      const word = residentWords.filter((w) => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0];
      const person = word ? ordered.find((q) => q.ref.label === 'Person' && q.m.start === place.m.end + off + word.length) : undefined;
      if (person) return person;
    }
    return undefined;
  };
  // 全县一季度签约项目32个 (the title) over 县经济开发区新签约项目32个: a figure of the title restating exactly one figure of
  // the body (the same value, unit and measure: the extractor's outcome.headline-copy gave it the body's) is that
  // figure — one Outcome, whose subject is the body's, whatever the title's words seemed to be about
  // (outcome.headline-copy.body-subject).
  const headlineCopy = new Map<Pending, Pending>();
  const sameFigure = (a: Pending, b: Pending): boolean => {
    const x = a.m.attrs.outcome!;
    const y = b.m.attrs.outcome!;
    return x.value === y.value && x.valueMax === y.valueMax && x.unit === y.unit && x.measure === y.measure && x.outlook === y.outlook;
  };
  const figures = ordered.filter((q) => q.ref.label === 'Outcome' && q.m.attrs.outcome);
  // outcome.headline-copy.subtitle: a figure of the subtitle or kicker (the head's lines around the title, before the
  // body) restating exactly one figure of the body — the same value, unit and outlook, whatever words the subtitle
  // measured it with (the extractor's headline-copy reads the text's first line only) — is that figure too.
  const sameValue = (a: Pending, b: Pending): boolean => {
    const x = a.m.attrs.outcome!;
    const y = b.m.attrs.outcome!;
    return x.value === y.value && x.valueMax === y.valueMax && x.unit === y.unit && x.outlook === y.outlook;
  };
  for (const h of figures) {
    if (h.m.attrs.outcome!.measure === '未注明' || h.m.end > article.bodySpan.start) continue;
    const inTitle = h.m.start >= article.titleSpan.start && h.m.end <= article.titleSpan.end;
    const copies = figures.filter((b) => b.m.start >= article.bodySpan.start && b !== h && (inTitle ? sameFigure(h, b) : sameValue(h, b)));
    if (copies.length === 1 && !headlineCopy.has(copies[0]!)) headlineCopy.set(copies[0]!, h);
  }
  const copied = new Set(headlineCopy.values());
  // outcome.restated-forecast: the figures already keyed in this article, for a forecast restated (see below).
  const forecasts: Array<{ subject: string; value: number; valueMax?: number; unit: string; measure: string; period: string; outlook?: string; can: boolean; key: string }> = [];
  let previous: { sentence: number; subject: Pending | undefined; pointedBack: boolean; at: number; kept: Pending | undefined; paragraph: number; quote: number; villagersCounted: boolean } | undefined;
  for (let i = 0; i < ordered.length; i++) {
    const p = ordered[i]!;
    if (p.ref.label === 'Programme' && !isSpeaker(p)) focusProgramme = p;
    // (本届大赛, 展会期间: an event, not a project named since — 某公司的“某某”项目获得一等奖.)
    if (p.ref.label === 'Programme' && !isSpeaker(p) && (p.ref.kind === 'TradeFair' || p.ref.kind === 'Campaign')) focusEvent = p;
    // (开展“某某”建设试点: a programme named as a pilot, for 试点工作, 该试点 opening a sentence later.)
    if (p.ref.label === 'Programme' && !isSpeaker(p) && (/试点/u.test(p.ref.name) || /试点/u.test(p.m.text) || PILOT_AFTER.test(article.text.slice(p.m.end, p.m.end + 6)))) focusPilot = p;
    // (杭州一家文旅企业: a place named only as where an unnamed firm comes from is no topic and no subject.)
    if (isFirmOrigin(p)) continue;
    if (isPast(p)) continue;
    // (推进江西某某基地建设: a place opening what a verb of building governs is no topic — subject.not.object-opening.)
    if (opensObject(article.text, ordered, p)) continue;
    // (销往北京、上海等地: places where a firm's buyers are are not what the text is about — subject.not.market-place.)
    if ((isEntity(p) || isAreaPlace(p)) && !isMarketPlace(article.text, ordered, p)) {
      // What the text is about: the first organisation, programme or area named in a sentence.
      if (p.m.sentence !== focusSentence && !inLeadingPhrase(p)) {
        focus = p;
        focusSentence = p.m.sentence;
      } else if (focus && isAreaPlace(focus) && isAreaPlace(p) && p.m.start === focus.m.end) {
        // 秭归县茅坪镇石门村: places written down their chain are one place, the last.
        focus = p;
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
    // 占湖北省脐橙总产量的35%, 集聚着安吉80%以上的茶企: the whole a share is of is not whose share it is (the name
    // is left out of the figure's subjects; the clause the share's clause goes on from keeps it).
    const share = o.unit === '%' ? shareWhole(article.text, ordered, i) : undefined;
    // 在某公司的带动下，村民人均收入达2.5万元: the body whose help a sentence opens with is not what its figures are
    // about.
    // (…，比全市平均水平高出9万元, 高于全省0.3个百分点: an area a figure is compared with is not whose figure it is.)
    // (全市已培育省级专精特新企业186家: a title printed right before a count names what is counted — the holders of
    // it — and is not whose count it is: subject.counted-title.)
    const before = ordered.slice(0, i).filter((q) => !isFirmOrigin(q) && !isPast(q) && !opensObject(article.text, ordered, q) && !countedTitles.has(q) && q.m.sentence >= from && q.m.sentence <= p.m.sentence && q.ref.label !== 'Outcome' && q.ref.label !== 'Person' && q !== share && !helpedBy(article.text, q) && !(q.ref.label === 'Place' && (COMPARED_AREA.test(article.text.slice(Math.max(0, q.m.start - 3), q.m.start)) || isComparedBase(article.text, q.m.start))));
    const clauseStart = lastClauseStart(article.text, p.m.start);
    const clause = article.text.slice(clauseStart, p.m.start);
    // 他们 / 该公司, 公司, 平台, 工坊 opening the clause: the body the text is about, of that kind.
    const sentenceOpen = article.text.slice(sentences[p.m.sentence]!.start, p.m.start);
    // The kind word may open the sentence, the figure's clause going on about it (园区全部投产后，预计年产值可达40亿元).
    const sentenceClauses = sentenceOpen.split(/[，,]/u);
    // (公司与某平台合作，在某镇建设了3万平方米的仓储中心: a place the figure's own clause opens with after 在 only says
    // where — the kind word opening the sentence still heads it: subject.kind-word.place-adjunct; 在某镇，全镇… is a
    // scene set, a clause of its own.)
    const opensSentence = !before.some((q) => q.m.start >= sentences[p.m.sentence]!.start + sentenceClauses[0]!.length && (isEntity(q) || isAreaPlace(q)) && !(isAreaPlace(q) && q.m.start >= clauseStart && PLACE_ADJUNCT.test(article.text.slice(clauseStart, q.m.start))));
    // 他说：“现在公司…: what is said opens after the colon or the quotation mark.
    // (该行已累计发放“某某贷”3.2亿元: a quoted name closed before the figure is a name, not what is said — the clause
    // still opens at its start: subject.quoted-name-not-said.)
    const clauseQuote = clause.lastIndexOf('“');
    const saidFrom = Math.max(clauseQuote >= 0 && clause.includes('”', clauseQuote) ? -1 : clauseQuote, clause.lastIndexOf('：')) + 1;
    const kinds = kindAnaphor(clause.slice(saidFrom), kindWords);
    // Where the kind word is: the body it names was named before it (not a partner named after it in its clause).
    let kindAt = clauseStart + saidFrom;
    if (!kinds.length && opensSentence) {
      kinds.push(...kindAnaphor(sentenceClauses[0]!.replace(/^[“"]/u, ''), kindWords));
      kindAt = sentences[p.m.sentence]!.start;
    }
    // 某某说，企业研发的产品远销欧美，月出口额达500万元: a figure's clause naming nothing goes on about a kind word
    // heading an earlier clause of its sentence, when no clause between them names anything.
    if (!kinds.length) {
      const earlier = kindHeadingEarlierClause(sentenceClauses, sentences[p.m.sentence]!.start, before.filter((q) => isEntity(q) || isAreaPlace(q)), kindWords);
      kinds.push(...earlier.kinds);
      kindAt = earlier.at;
    }
    const kind = kinds.length > 0;
    // 公司 in a quotation is the speaker's company, if the text said where the speaker works.
    // (某公司总经理李某介绍，公司的订单…; 李某介绍，公司今年产值…: 公司 after a speaker's words, not quoted, is the
    // company the speaker was named with or works for, whatever firms the text named last — rel.reported.speaker-kind.)
    const kindSaid = kind && !/^[“"]/u.test(sentenceOpen) ? indirectStatement(article.text, sentences[p.m.sentence]!.start, clauseStart) : undefined;
    const kindSpeaker = kindSaid && kindAt >= kindSaid.end ? bodyOfAttribution(kindSaid.start, kindSaid.end, kindSaid.start) : undefined;
    const speakersKind = kindSpeaker && kindSpeaker.ref.label === 'Organization' && kinds.some((k) => (COMPANY_KIND_WORDS.has(k) ? kindSpeaker.ref.kind === 'Company' : kindSpeaker.ref.name.endsWith(k))) ? entityKeyOf(kindSpeaker, mentionEntity) : undefined;
    const speakersOwn = kind && /^[“"]/u.test(sentenceOpen) ? speakerOrgIn(p.m.sentence) : speakersKind;
    // 某公司建设起某产业园，项目投资78亿元; “项目年发绿电…”: 项目 opening the figure's clause, or an earlier clause of
    // its sentence that it goes on from, points back to the project in view (rel.reported.project-back).
    // (项目实施以来，已完成改造企业74家，企业平均生产效率提升23%: a bare kind word for bodies, 企业, with no body of its
    // kind in view, is firms in general — it leaves the clause going on about the project, rel.reported.project-back.)
    const bareKindNowhere = kind && !DETERMINED_KIND.test(article.text.slice(kindAt, p.m.start)) && kinds.every((k) => inView.bodyNamed(k, kindAt, ['Organization', 'Programme', 'Site'], !bureauWords().has(k)) === undefined);
    const projectAt = kind && !bareKindNowhere ? undefined : projectClauseAt(article.text, sentenceClauses, sentences[p.m.sentence]!.start, before.filter((q) => isEntity(q) || isAreaPlace(q)));
    const projectBack = projectAt === undefined ? undefined : projectInView(projectAt);
    // 开发区今年计划引进项目30个, 该高新区…, 园区全年实现…: a zone's word heading the figure's clause, or the sentence's
    // first clause that it goes on from, is the development zone named last before it (rel.reported.pointed-back).
    const zoneWordAt = ZONE_WORD.test(clause.slice(saidFrom)) ? clauseStart + saidFrom : opensSentence && ZONE_WORD.test(sentenceClauses[0]!.replace(/^[“"]/u, '')) ? sentences[p.m.sentence]!.start : -1;
    // (高新区今年新增企业50家 read as a mention of the zone in view — references.ts — is that mention's.)
    const zoneMention = zoneWordAt >= 0 && ordered.some((q) => q.ref.label === 'Place' && q.m.start >= zoneWordAt && q.m.start < zoneWordAt + 10 && /(?:开发区|高新区|经开区|新区|园区)$/u.test(q.m.text));
    const zoneBack = zoneWordAt >= 0 && !zoneMention ? ordered.slice(0, i).reverse().find((q) => q.m.start < zoneWordAt && q.ref.label === 'Place' && (q.ref.kind === 'DevelopmentZone' || ZONE_NAME_REST.test(article.text.slice(q.m.end, q.m.end + 10))) && !grades(q) && !isSpeaker(q) && !isPartnerAfterWith(article.text, q, ordered)) : undefined;
    // 某县花木产业大数据中心… 预计到2026年，大数据中心服务企业将超过3000家: the clause opening with the end of the
    // name of a body named before (four characters or more, ending in a kind word) is about that body.
    const tailBack = kinds.length || projectBack || zoneBack ? undefined : namedByItsEnd(clause.slice(saidFrom).replace(LEADING_ADJUNCTS, '').replace(/^(?:预计|力争|计划)?(?:到|至)?(?:\d{4}年(?:底|末)?)?[，,]?/u, ''), ordered.slice(0, i).filter((q) => q.ref.label === 'Organization' && !isSpeaker(q) && q.m.start < clauseStart), kindWords);
    // 平台已入企诊断196家; 目前，工程已完成老屋修缮126栋; 该诊所…: a word naming a programme by its kind heading the
    // figure's clause, or the sentence's first clause that it goes on from, is the programme of that kind named last
    // before it — one named only by a quoted name and the kind word (“某某”服务平台), or of the word's kind
    // (rel.reported.programme-kind). (Not 平台经济, 工程建设领域: things of the kind in general.)
    // (截至目前，平台已入企诊断196家，改造完成企业61家: an earlier clause of the sentence it goes on from, with no name
    // between.)
    const ownWord = programmeWordHeading(clause.slice(saidFrom), programmeWords);
    // (…，带动全县1.1万农户户均增收3200元: not past an area word of the figure's own clause — the area's figures.)
    // (行动开展以来，某县新增规上企业12家: nor past a body or area heading the figure's own clause — its own figure.)
    const ownClauseHead = before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)) && onlyAdjuncts(article.text.slice(clauseStart, q.m.start).replace(/^[“"]/u, '')));
    const programmeWordAt = projectBack || zoneBack ? undefined : ownWord !== undefined ? { word: ownWord, at: clauseStart + saidFrom } : ownClauseHead || before.some((q) => q.m.start >= clauseStart && q.m.attrs.ref !== undefined && isAreaPlace(q) && /^全/u.test(q.m.text)) ? undefined : programmeWordEarlier(sentenceClauses, sentences[p.m.sentence]!.start, before.filter((q) => isEntity(q) || isAreaPlace(q)), programmeWords);
    let kindProgramme = programmeWordAt ? programmeOfWord(programmeWordAt.word, programmeWordAt.at, programmeWords) : undefined;
    const kindSince = programmeWordAt !== undefined && opensSince(article.text.slice(programmeWordAt.at, programmeWordAt.at + 24), programmeWords);
    // 本次活动累计发放补贴资金1380万元, 该基金已投资项目23个: a programme's kind word with a determiner pointing to a
    // programme of that kind none in view is (an activity or a fund the recognizers did not find) is about that
    // programme — no one's, not the area that runs it (subject.programme-nowhere).
    const programmeNowhere = programmeWordAt !== undefined && kindProgramme === undefined && startsDetermined(article.text.slice(programmeWordAt.at, p.m.start), programmeWords);
    const ofKind = speakersOwn ? ordered.find((q) => entityKeyOf(q, mentionEntity) === speakersOwn) : (kinds.map((k) => inView.bodyNamed(k, kindAt, ['Organization', 'Programme', 'Site'], !bureauWords().has(k))).find((q) => q !== undefined) ?? kindProgramme ?? projectBack ?? zoneBack ?? tailBack);
    // 该基地目前已种植蔬菜1300多亩: a kind word pointing back with 该/这个 to a body of a kind none in view is (a base
    // the recognizers did not find) is about that body — no one's, not the area or the body named before it.
    const kindNowhere = kind && ofKind === undefined && DETERMINED_KIND.test(article.text.slice(kindAt, p.m.start));
    // (他说：“我们…: a pronoun introducing the quotation is the speaker, not a word pointing back in what is said.)
    const pronoun = /他们|他|她/.test(clause.slice(Math.max(clause.lastIndexOf('“'), clause.lastIndexOf('：')) + 1)) || ofKind !== undefined;
    // 产品销往德国博世、美国Tesla等客户，去年营业收入达27亿元: firms named in a list of customers or partners are
    // not the subject of a later clause's figure.
    // 收入较“某工程”实施前增长5倍: the name a figure is compared against (较, 比, 相比) is not its subject.
    // 合作社与某公司签订了收购协议，预计销售额突破800万元: a partner after 与 (or any name of a list after it) is not
    // whose figure it is.
    // (一是建设农产品冷链仓储中心2个: a body named right before the figure, after a verb of its clause, is what the
    // figure counts — no subject of its own count.)
    // (Nor by a later figure of the sentence: 建设某中心2个，新增库容1.2万吨 — the clauses go on about the builder.)
    const counted = (q: Pending): boolean => isEntity(q) && ordered.some((f) => f.ref.label === 'Outcome' && f.m.start === q.m.end && f.m.start <= p.m.start) && !onlyAdjuncts(article.text.slice(lastClauseStart(article.text, q.m.start), q.m.start).replace(/^[“"]/u, ''));
    // (该项目总投资3.6亿元，由某公司投资建设，占地520亩: the body after 由 that builds or runs a project is not what the
    // project's figures are about.)
    const nearestEntity = [...before].reverse().find((q) => isEntity(q) && !counted(q) && !byAgent(article.text, q) && !(q.m.rule === 'org.listed-firm' && q.m.start < clauseStart) && !COMPARED_WITH.test(article.text.slice(Math.max(0, q.m.start - 3), q.m.start)) && !isPartnerAfterWith(article.text, q, before) && !isForebear(article.text, q));
    // 某公司建成一条生产线，实现产值5亿元: the subject of the figure's clause, or of the clause its clause goes on
    // from (clause-subjects.ts), not a name the verbs before it govern. Area words (全市, 全县) are read below.
    // 产品供应甲省、乙省等地600多家合作社: places listed right after a verb of supplying or selling are where the
    // buyers are, not whose figure it is (relation-cues.json subjects.marketVerbs: subject.not.market-place).
    const market = (q: Pending | undefined): boolean => q !== undefined && isMarketPlace(article.text, before, q);
    // (销往北京、上海等地，去年销售收入…: nor the subject a later clause goes on about.)
    const byClause = clauseSubject(article.text, sentences[p.m.sentence]!.start, p.m.start, before.filter((q) => q.m.sentence === p.m.sentence && !isForebear(article.text, q) && (isEntity(q) || (isAreaPlace(q) && !q.m.attrs.ref && !market(q)))));
    // 专案组在广东省东莞市将…抓获，冻结资金460万元: a place after 在 (of a chain printed with it, every one), in a clause
    // whose head comes before the 在, is where it happened, not whose figure it is.
    const venue = (q: Pending | undefined): boolean => {
      if (!q || q.ref.label !== 'Place') return false;
      let start = q;
      for (let k = before.indexOf(q) - 1; k >= 0 && before[k]!.ref.label === 'Place' && before[k]!.m.end === start.m.start; k--) start = before[k]!;
      const pre = /(?:在|于|赴|到|从)$/u.exec(article.text.slice(Math.max(0, start.m.start - 1), start.m.start));
      if (!pre) return false;
      const head = article.text.slice(lastClauseStart(article.text, start.m.start), start.m.start - 1);
      return head.length > 0 && !onlyAdjuncts(head);
    };
    const areaBefore = [...before].reverse().find((q) => isAreaPlace(q) && !market(q));
    const partnerFocus = focus !== undefined && before.includes(focus) && isPartnerAfterWith(article.text, focus, before);
    let subject = ofKind ?? (pronoun ? (focusEntity ?? focus) : (byClause?.subject ?? nearestEntity ?? (venue(areaBefore) ? undefined : (areaBefore ?? (venue(focus) || partnerFocus || (focus !== undefined && (counted(focus) || byAgent(article.text, focus))) ? undefined : focus)))));
    // 目前，李某家的茶园亩均产出鲜叶500斤: a person heading the figure's own clause (not one introducing what is
    // said) is what it is about.
    const sameSentence = ordered.slice(0, i).filter((q) => q.m.sentence === p.m.sentence && q.ref.label !== 'Outcome');
    // (村民钱某入股了5亩茶园: a resident word with no place before it, then the person, heads the clause as the person.)
    // (种粮大户某某, 返乡青年某某: so does a word saying who the person is — subject.person-word.)
    const residentHead = (start = clauseStart, end = p.m.start): Pending | undefined => {
      const length = Math.max(residentWords.filter((w) => article.text.startsWith(w, start)).reduce((a, w) => Math.max(a, w.length), 0), personWordLength(article.text.slice(start, start + 8)));
      return length ? sameSentence.find((q) => q.ref.label === 'Person' && q.m.start === start + length && q.m.end <= end) : undefined;
    };
    // (某镇某村种粮大户某某: a clause opening with places that only describe the person named after them is headed by
    // the person.)
    const describedHead = (start = clauseStart, end = p.m.start): Pending | undefined => {
      const first = sameSentence.find((q) => q.m.start >= start && q.m.end <= end);
      if (!first || first.ref.label !== 'Place' || !onlyAdjuncts(article.text.slice(start, first.m.start)) || !describesPerson(first)) return undefined;
      let last = first;
      for (let next = sameSentence.find((q) => q.ref.label === 'Place' && q.m.start === last.m.end); next; next = sameSentence.find((q) => q.ref.label === 'Place' && q.m.start === last.m.end)) last = next;
      return sameSentence.find((q) => q.ref.label === 'Person' && q.m.start > last.m.end && q.m.start <= last.m.end + 5 && q.m.end <= end && isPersonWord(article.text.slice(last.m.end, q.m.start)));
    };
    const headOfClause = pronoun ? undefined : clauseHead(article.text, clauseStart, p.m.start, sameSentence);
    const ownHead = pronoun ? undefined : ((headOfClause?.ref.label === 'Place' ? describedHead() : undefined) ?? headOfClause ?? residentHead());
    // 目前，李某家的茶园全部进入盛产期，亩均产出鲜叶500斤: so is a person heading, as the owner (李某的, 李某家的), the
    // nearest clause before it in the sentence that has a head, when the figure's clause names nothing: the clauses
    // go on about what is the person's. (Not a person heading it as the doer: 李某积极争取，为村里打了30眼井 — what
    // one does for others is not one's own figure.)
    const ownNamesNothing = !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)));
    const chained = pronoun || kind || ownHead || !ownNamesNothing ? undefined : clauseSubject(article.text, sentences[p.m.sentence]!.start, p.m.start, sameSentence.filter((q) => !isSpeaker(q) && (q.ref.label === 'Person' || isEntity(q) || isAreaPlace(q))));
    const owner = chained?.subject.ref.label === 'Person' && /^家?的/u.test(article.text.slice(chained.subject.m.end, chained.subject.m.end + 2)) ? chained.subject : undefined;
    // 种粮大户某某流转了280亩土地，今年总产量约19万公斤; 村民某某家入股2万元，今年分到红利4800元: a person heading the
    // nearest earlier clause of the sentence that has a head, as the doer, when the figure's clause names nothing and
    // says nothing done for or with others (为, 帮, 带动, 带领: 某某积极争取，为村里打了30眼井 is not the person's) —
    // the clauses go on about the person (rel.reported.person-chain).
    let doer: Pending | undefined;
    if (!pronoun && !kind && !ownHead && !owner && ownNamesNothing && !FOR_OTHERS.test(clause)) {
      const starts = clauseStarts(article.text, sentences[p.m.sentence]!.start, clauseStart - 1);
      const candidates = sameSentence.filter((q) => !isSpeaker(q) && !isPast(q) && (q.ref.label === 'Person' || isEntity(q) || isAreaPlace(q)));
      for (let c = starts.length - 1; c >= 0; c--) {
        const end = c === starts.length - 1 ? clauseStart - 1 : starts[c + 1]! - 1;
        const head = clauseHead(article.text, starts[c]!, end, candidates) ?? residentHead(starts[c]!, end) ?? describedHead(starts[c]!, end);
        if (!head) continue;
        if (head.ref.label === 'Person' && !isSpeaker(head) && !candidates.some((q) => q.m.start > head.m.end && q.m.end <= p.m.start && q.ref.label !== 'Person')) doer = head;
        break;
      }
    }
    // 村民某某种了15亩草莓，他告诉记者，去年他家收入超过30万元: 他/她 heading the figure's own clause (after time
    // words; 他家, 他的) and not introducing what is said is the person named last before it in its paragraph, not the
    // body or area in view (rel.reported.person-pronoun). Not inside a quotation (他 there is someone the speaker
    // speaks of).
    const heWords = clause.slice(saidFrom);
    const he = /(?:他们家|她们家|他|她)(?!们)/u.exec(heWords);
    const heAt = he ? clauseStart + saidFrom + he.index : -1;
    const heOpen = article.text.lastIndexOf('“', p.m.start) > article.text.lastIndexOf('”', p.m.start);
    const hePerson = he && !heOpen && onlyAdjuncts(heWords.slice(0, he.index)) && !HE_SAYS.test(heWords.slice(he.index + 1)) ? ordered.slice(0, i).reverse().find((q) => q.ref.label === 'Person' && q.m.end <= heAt && q.m.start >= (paragraphOf(heAt)?.start ?? 0)) : undefined;
    // 如今，他的养殖场存栏滩羊1200只，去年出栏育肥羊2600只: clauses naming nothing and doing nothing for or with others
    // after a clause of the sentence that 他/她 (他的, 他家) heads go on about that person, as after the person's name
    // (rel.reported.person-pronoun.chain); not past a clause naming a body, area or person, nor inside a quotation.
    let heChain: Pending | undefined;
    if (!pronoun && !kind && !ownHead && !owner && !doer && !hePerson && ownNamesNothing && !heOpen && !FOR_OTHERS.test(clause)) {
      const starts = clauseStarts(article.text, sentences[p.m.sentence]!.start, clauseStart - 1);
      for (let c = starts.length - 1; c >= 0; c--) {
        const end = c === starts.length - 1 ? clauseStart - 1 : starts[c + 1]! - 1;
        if (sameSentence.some((q) => q.m.start >= starts[c]! && q.m.end <= end && (q.ref.label === 'Person' || isEntity(q) || isAreaPlace(q)))) break;
        const words = article.text.slice(starts[c]!, end);
        if (kindAnaphor(words, kindWords).length || AREA_WORD_IN.test(words)) break;
        const h = /(?:他们家|她们家|他|她)(?!们)/u.exec(words);
        if (!h) continue;
        const at = starts[c]! + h.index;
        if (onlyAdjuncts(words.slice(0, h.index)) && !HE_SAYS.test(words.slice(h.index + 1)) && !FOR_OTHERS.test(words.slice(h.index + 1))) heChain = ordered.slice(0, i).reverse().find((q) => q.ref.label === 'Person' && q.m.end <= at && q.m.start >= (paragraphOf(at)?.start ?? 0));
        break;
      }
    }
    const personHead = ownHead?.ref.label === 'Person' && !isSpeaker(ownHead) ? ownHead : (owner ?? doer ?? hePerson ?? heChain);
    if (personHead) subject = personHead;
    // 某某在某镇投资创办了某公司，目前拥有客房46间: a clause naming nothing after a clause ending on a body founded
    // (创办了, 成立了) goes on about that body, not its founder nor a place describing the founder
    // (rel.reported.founded-body).
    const foundedAt = [...sameSentence].reverse().find((q) => q.m.end <= clauseStart && isEntity(q));
    // (村里引进的某公司，吸纳…: a body brought in, qualified so before 的, likewise.)
    const foundedLead = foundedAt ? article.text.slice(lastClauseStart(article.text, foundedAt.m.start), foundedAt.m.start) : '';
    const founded = !personHead && !pronoun && !kind && ownNamesNothing && foundedAt?.ref.label === 'Organization' && (endsInFounding(foundedLead) || BROUGHT_IN_BEFORE.test(foundedLead)) && !before.some((q) => q.m.start > foundedAt.m.end && (isEntity(q) || isAreaPlace(q))) ? foundedAt : undefined;
    if (founded) subject = founded;
    // 某县启动“某某”工程，计划用3年时间改造老屋300栋，打造精品民宿村10个: clauses naming nothing after a clause that
    // ends on a programme launched (启动, 推出, 上线), the first of them saying a plan (计划, 力争, 拟), are the
    // programme's plan, not the area's that launched it (rel.reported.launched-plan).
    let launched: Pending | undefined;
    let launchedList = false;
    if (!personHead && !pronoun && !kind && !founded && ownNamesNothing) {
      const starts = [...clauseStarts(article.text, sentences[p.m.sentence]!.start, clauseStart - 1), clauseStart];
      for (let c = starts.length - 2; c >= 0; c--) {
        const end = starts[c + 1]! - 1;
        const named = sameSentence.filter((q) => q.m.start >= starts[c]! && q.m.end <= end && (isEntity(q) || isAreaPlace(q) || q.ref.label === 'Person'));
        if (!named.length) continue;
        const last = named[named.length - 1]!;
        if (last.ref.label === 'Programme' && !isSpeaker(last) && endsInLaunching(article.text.slice(starts[c]!, last.m.start)) && /^[”"’]?(?:工程|行动|计划|平台|项目|活动|诊所)?$/u.test(article.text.slice(last.m.end, end)) && opensWithPlan(article.text.slice(starts[c + 1]!, starts[c + 2] ?? p.m.start))) launched = last;
        // 某局发布第三批“某某好物”推荐名录，新增入选产品48个: what entered a list just published is the list's count, not
        // the publisher's (rel.reported.published-list).
        else if (last.ref.label === 'Programme' && !isSpeaker(last) && publishedListClause(article.text.slice(starts[c]!, last.m.start), last.m.text, article.text.slice(last.m.end, end), article.text.slice(starts[c + 1]!, starts[c + 2] ?? p.m.start))) {
          launched = last;
          launchedList = true;
        }
        break;
      }
    }
    if (launched) subject = launched;
    // 我市深入实施“科技新长征”行动，全市…覆盖率达到85%: a programme the sentence's area carries out is its
    // object; the figure is the area's.
    // …副主任王强介绍，高新区今年新增企业50家: an area opening the figure's clause, with no organisation or
    // programme in that clause, is what the figure is about (not the speaker's organisation before it).
    // Places written one after another (浙江湖州, 四川德阳旌阳区) are one place named down its chain: the last.
    // (位于某开发区的某产业园…: not the place after 位于; the name after its 的 heads the clause.)
    const firstArea = before.find((q) => q.m.start >= clauseStart && isAreaPlace(q) && !q.m.attrs.ref && !market(q));
    const clauseArea = firstArea && isLocatedLead(article.text.slice(clauseStart, firstArea.m.start)) ? (byClause?.own && isAreaPlace(byClause.subject) ? byClause.subject : undefined) : lastOfChain(before, firstArea, isAreaPlace);
    // (某市派出28名专家扎根某县各乡镇，…，在某县全域开展技术指导120余次: a place after 在 opening the figure's clause
    // is where the doer heading an earlier clause of the sentence did it — the doer's figure, not the place's.)
    const venueOpening = firstArea !== undefined && byClause !== undefined && !byClause.own && /^[“"]?(?:在|于)$/u.test(article.text.slice(clauseStart, firstArea.m.start).replace(LEADING_ADJUNCTS, ''));
    if (!pronoun && clauseArea && !venueOpening && !before.some((q) => q.m.start >= clauseStart && isEntity(q))) subject = clauseArea;
    // 某厅发布第五批某目录，全省共入选产品286个; 某局公布…名单，全市共有36家企业入选: 全省, 全市 (a mention of the paper's
    // province or city) heading the figure's own clause is what it is about, not the body heading the clause before
    // (when the area it was read as is of that level: not 全市 read as a county).
    const refHead = !pronoun && !kind ? before.find((q) => q.m.start >= clauseStart && q.m.attrs.ref !== undefined && isAreaPlace(q) && /^全[省市区县]$/u.test(q.m.text) && q.ref.name.endsWith(q.m.text.slice(1)) && onlyAdjuncts(article.text.slice(clauseStart, q.m.start).replace(/^[“"]/u, ''))) : undefined;
    // (Not 全市机关干部已累计走访…: people of the area doing a programme's work; nor in place of a programme.)
    if (refHead && subject?.ref.label !== 'Programme' && !PEOPLE_OF_AREA.test(article.text.slice(refHead.m.end, refHead.m.end + 4)) && !before.some((q) => q.m.start > refHead.m.end && isEntity(q))) subject = refHead;
    const opener = before.find((q) => (isEntity(q) || isAreaPlace(q)) && !inLeadingPhrase(q));
    if (!pronoun && !byClause && opener && isAreaPlace(opener) && nearestEntity?.ref.label === 'Programme' && nearestEntity.m.start > opener.m.start) subject = [...before].reverse().find(isAreaPlace) ?? opener;
    // 某村村民李某种了30亩白茶，去年收入达20万元: a place heading the clause only as where the resident named after it
    // lives (某村村民李某, 某村种植户李某) leaves the clause about the person (rel.reported.resident).
    const resident = !pronoun && subject !== undefined && (subject === byClause?.subject || subject === clauseArea) && subject.ref.label === 'Place' ? residentAfter(subject) : undefined;
    if (resident) subject = resident;
    // 某县居民李某报警称…骗走18万元: a resident the text does not name in full (李某, 张某) is no subject the graph has,
    // and the place is only where the resident lives: the figure is no one's.
    else if (!pronoun && subject !== undefined && (subject === byClause?.subject || subject === clauseArea) && subject.ref.label === 'Place' && residentWords.some((w) => article.text.startsWith(w, subject!.m.end)) && /^[\u4e00-\u9fff]某/u.test(article.text.slice(subject.m.end + residentWords.filter((w) => article.text.startsWith(w, subject!.m.end)).sort((a, b) => b.length - a.length)[0]!.length))) subject = undefined;
    // 本届峰会共吸引了…1500余名嘉宾: the programme the text was about, when the sentence names no entity.
    const sentenceBefore = article.text.slice(sentences[p.m.sentence]!.start, p.m.start);
    // 村里与…合作，…亩均收益超过3万元: the sentence is about the village in view.
    // 下一步，该镇将依托开发区和高校…，力争产值突破300亿元: a pronoun opening a clause (该镇, 村里) is the subject;
    // the places and bodies after it are its objects. The area is the last one of its level named before it.
    // …but not a later clause headed by a name of its own (全村接待游客12万人次，某公司营收达800万元: the firm's).
    const ap = areaPronoun(sentenceBefore) ?? ourArea(sentenceBefore);
    // (2019年，村里成立了某合作社，已有136户农户入社: nor a clause naming nothing after the body the area word's
    // clause founded — the body's, rel.reported.founded-body.)
    const apOverruled = ap !== null && sentences[p.m.sentence]!.start + ap.at < clauseStart && (byClause?.own === true || (founded !== undefined && sentences[p.m.sentence]!.start + ap.at < founded.m.start));
    if (!pronoun && ap && !apOverruled) {
      const at = sentences[p.m.sentence]!.start + ap.at;
      const word = ap.word.replace(/^(?:[该全]|我们)|里$/g, '');
      const levels = LEVELS_OF_WORD[word] ?? [];
      // 市里 is itself a mention of the home city; 该镇 stands for the last town named (place-in-view.ts), or the
      // town named only inside a body's name (新仓镇党委书记…，全镇…).
      const self = before.find((q) => q.m.start === at && q.m.attrs.ref);
      const fits = (place: { kind?: EntityKind; name: string }): boolean => levelsOf(place).some((l) => levels.includes(l));
      const earlier = ordered.slice(0, i).reverse().filter((q) => q.m.start < at);
      // 当地, 本地: the area named last, whatever its level (走进某镇…。以某区为例，当地… → the district).
      const anyLevel = word === '当地' || word === '本地';
      const seen = anyLevel ? places.latestAt(levels, at) : levels.map((l) => places.at(l, at)).find((r) => r !== undefined);
      const named = seen ? (ordered.find((q) => q.ref.key === seen.key) ?? ownPlaceOf(ordered.slice(0, i).reverse().find((q) => q.place?.key === seen.key && q.placeInName))) : undefined;
      const target = self ?? named ?? (word === '当地' || word === '本地' ? undefined : earlier.find((q) => isAreaPlace(q) && !q.m.attrs.ref && fits(q.ref))) ?? placeInName(earlier, fits);
      // (全镇草莓面积达到5000亩 in a village's story that names no town: the word points to an area the text does not
      // name — no one's figure, not the body or village in view.)
      subject = target;
    }
    // 本届博览会由甲、乙主办，丙承办，展览面积5.5万平方米: bodies named only as the event's hosts (each in a clause
    // ending at a verb of hosting) leave the sentence about the event.
    const hostsOnly = before.filter(isEntity).every((q) => q.m.sentence === p.m.sentence && HOSTED_CLAUSE.test(article.text.slice(lastClauseStart(article.text, q.m.start), nextClauseStop(article.text, q.m.end))));
    // (活动共募集善款…: an event's word opening the sentence bare, with a campaign or fair in view.)
    const bareEvent = !kind && !pronoun && focusEvent !== undefined && BARE_EVENT.test(sentenceBefore) && !before.some((q) => q.m.sentence === p.m.sentence && (isEntity(q) || isAreaPlace(q)));
    const programmeBack = focusProgramme && hostsOnly && (PROGRAMME_ANAPHOR.test(sentenceBefore) || (!kind && !pronoun && PROGRAMME_PERIOD.test(sentenceBefore))) ? (isProject(focusProgramme) ? focusEvent : focusProgramme) : bareEvent && hostsOnly ? focusEvent : undefined;
    if (programmeBack) subject = programmeBack;
    // 试点工作主要做了三件事：一是…，已有41家企业参与结对；二是…: a sentence (or a list's item after it, ；) opening
    // bare with 试点 (试点工作, 该试点, 试点期间), no name heading a clause of it before the figure (names after a verb
    // are objects), is about the pilot in view — a programme named as one (rel.reported.pilot-back).
    const periodOpen = article.text.slice(sentences[from]!.start, p.m.start);
    // (某县被确定为某某试点，试点期间将新建冷库20座: the figure's own clause opening so, no name heading it, also.)
    const clausePilot = PILOT_OPENING.test(clause.slice(saidFrom).replace(/^[“"]/u, '')) && !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)));
    const pilotBack = !programmeBack && !kind && !pronoun && !ap && focusPilot !== undefined && ((PILOT_OPENING.test(periodOpen) && !before.some((q) => (isEntity(q) || isAreaPlace(q)) && onlyAdjuncts(article.text.slice(lastClauseStart(article.text, q.m.start), q.m.start).replace(/^(?:[一二三四五六七八九十]是)/u, '')))) || clausePilot) ? focusPilot : undefined;
    if (pilotBack) subject = pilotBack;
    // 先后为村里打了30眼机电井: what was done for the village (为村里, 为村子, 为全村) in a clause naming no one else is
    // the village's figure, not the doer's (rel.reported.for-village).
    // 首批25户村民签了字, 带领村民种植苹果2000亩: villagers counted, or what was done leading the villagers, in a
    // sentence naming no body or area, are the village's — when a village is the area the text is at (the area named
    // last is one), not a county's article that named a village somewhere (rel.reported.villagers).
    const villagers = !pronoun && !ap && !kind && (VILLAGERS_AFTER.test(article.text.slice(p.m.end, p.m.end + 4)) || VILLAGERS_LED.test(clause) || VILLAGERS_OPENING.test(clause)) && !before.some((q) => isEntity(q) || isAreaPlace(q));
    // (村里引进杭州一家文旅企业…。首批32户村民签约…: a place named only as where a firm comes from — 杭州一家, 金华的一家
    // — is not the area the text is at; the one named before it is.)
    const latestArea = villagers ? places.latestAt(LEVELS_OF_WORD['当地']!, p.m.start) : undefined;
    const origin = latestArea ? ordered.slice(0, i).reverse().find((q) => q.ref.key === latestArea.key && q.ref.label === 'Place') : undefined;
    const villageAt = origin && FIRM_ORIGIN_AFTER.test(article.text.slice(origin.m.end, origin.m.end + 4)) ? places.latestAt(LEVELS_OF_WORD['当地']!, origin.m.start) : latestArea;
    const forVillage = !pronoun && !ap && FOR_VILLAGE.test(clause) && !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q))) ? (['village', 'community'] as const).map((l) => places.at(l, p.m.start)).find((r) => r !== undefined) : villageAt && levelsOf(villageAt).some((l) => l === 'village' || l === 'community') ? villageAt : undefined;
    const villageDoneFor = forVillage ? ordered.slice(0, i).reverse().find((q) => q.ref.key === forVillage.key) : undefined;
    if (villageDoneFor) subject = villageDoneFor;

    // 以某区为例，当地…达50万亩: the example the sentence opens with is what its figures are about, unless the
    // figure's clause names a subject of its own (rel.reported.example).
    const exampleEnd = EXAMPLE_OPENING.exec(sentenceBefore);
    const example = exampleEnd ? lastOfChain(before, before.find((q) => q.m.start === sentences[p.m.sentence]!.start + exampleEnd[1]!.length && (isEntity(q) || isAreaPlace(q))), (q) => isEntity(q) || isAreaPlace(q)) : undefined;
    const exampleFits = example !== undefined && example.m.end === sentences[p.m.sentence]!.start + exampleEnd![0].length - exampleEnd![2]!.length;
    const apFits = !ap || ap.word === '当地' || ap.word === '本地' || (example !== undefined && levelsOf(example.ref).some((l) => (LEVELS_OF_WORD[ap.word.replace(/^(?:[该全]|我们)|里$/g, '')] ?? []).includes(l)));
    if (exampleFits && !pronoun && !personHead && apFits && !before.some((q) => q.m.start >= clauseStart && q !== example && (isEntity(q) || isAreaPlace(q)))) subject = example;
    // 甲、乙等12家企业: the figure counts a set the listed names belong to, so it is not theirs but the list's
    // (a programme in the sentence) or the area's.
    const listed = enumeration(article.text, before, p.m.start);
    let listOwner: Pending | undefined;
    if (listed.size) {
      const rest = [...before].reverse().filter((q) => !listed.has(q));
      // (某局通报了“某某”企业名单，甲、乙等12家企业入选: the list itself, though a title conferred, is what the count is
      // of; the body that announced it, heading its clause before a verb of announcing, is no owner of the count —
      // subject.list-not-announcer.)
      const announcer = (q: Pending): boolean => q.ref.label === 'Organization' && LIST_ANNOUNCED.test(article.text.slice(q.m.end, q.m.end + 8));
      subject = listOwner = rest.find((q) => isEntity(q) && q.ref.label === 'Programme') ?? [...before].reverse().find((q) => q.ref.label === 'Programme' && !isSpeaker(q) && LIST_NAME.test(q.ref.name)) ?? rest.find(isAreaPlace) ?? rest.find((q) => isEntity(q) && !announcer(q));
    }
    // A figure after 我们 is the speaker's organisation's; after 我, the speaker's own (a quotation saying neither and
    // naming no subject of its own: the speaker's body, below).
    // (我们村, 我们镇: the area the speaker is of, read as an area word above.)
    const we = /我们(?![村镇乡])/u.exec(sentenceBefore);
    const weAt = we ? sentences[p.m.sentence]!.start + we.index : -1;
    // (Names listed as members of the set the figure counts — 我们联合甲村、乙村等5个村 — are objects, not subjects.)
    // (“我们与某研究院签订协议，目前已种植…”, “我们生产的阀门在某市本地配套率已超…”: a partner after 与/和/同/跟 and a
    // place after 在/于 are where and with whom the speaker's body acts, not subjects of their own.)
    const weAside = (q: Pending): boolean => we !== null && q.m.start > weAt && besidePreposition(article.text, q, before, weAt + 2);
    const saysWe = we !== null && !before.some((q) => q.m.start > weAt && !listed.has(q) && !weAside(q) && (isEntity(q) || isAreaPlace(q)));
    const ownSubject = before.some((q) => q.m.start >= clauseStart && isAreaPlace(q) && !(saysWe && weAside(q))) || ofKind !== undefined;
    const speakerOrg = saysWe && !ownSubject ? speakerOrgIn(p.m.sentence) : undefined;
    if (speakerOrg) subject = ordered.find((q) => entityKeyOf(q, mentionEntity) === speakerOrg) ?? subject;
    const me = !speakerOrg && /我(?![们市省区县镇村国])/u.test(sentenceBefore) && !before.some((q) => isEntity(q) || isAreaPlace(q)) ? speakerIn(p.m.sentence) : undefined;
    if (me) subject = me;
    // 投资4.1亿元的某项目: a figure qualifying the name after 的 is that name's.
    const qualified = qualifiedName(article.text, p, ordered, (q) => isEntity(q) || (q.ref.label === 'Place' && isNamedSite(q.m)));
    if (qualified) subject = qualified;
    // 甲公司产值1.2亿元、乙公司8000万元: in a list of figures whose first item opens its clause with a body or an area
    // (its subject), a body or area heading a later item after 、 is that item's subject (rel.reported.list-item) — when
    // the item before it holds a figure too, and the name is not one of a set (甲、乙等). Not a list of things counted
    // (获得甲奖2项、乙奖22项: the names are objects).
    const itemAt = article.text.lastIndexOf('、', p.m.start - 1);
    const subjectLike = (q: Pending): boolean => (isEntity(q) && q.ref.label === 'Organization') || isAreaPlace(q);
    // (规上工业产值排名前列的是：甲镇86.3亿元、乙镇72.1亿元: the list opens after a label's colon.)
    const colonAt = Math.max(article.text.lastIndexOf('：', p.m.start - 1), article.text.lastIndexOf(':', p.m.start - 1));
    const listStart = colonAt >= clauseStart ? colonAt + 1 : clauseStart;
    const firstName = before.find((q) => q.m.start >= listStart && (isEntity(q) || isAreaPlace(q)));
    const listOpensClause = firstName !== undefined && subjectLike(firstName) && onlyAdjuncts(article.text.slice(listStart, firstName.m.start));
    const itemHead = !qualified && !listed.size && listOpensClause && itemAt >= listStart && firstName.m.start < itemAt ? before.find((q) => q.m.start === itemAt + 1 && subjectLike(q) && !before.some((r) => r !== q && r.m.start > q.m.start && (isEntity(r) || isAreaPlace(r)))) : undefined;
    // (全区有中华老字号企业3家、江苏老字号企业11家: a place of another level heading a later item — the province's
    // 老字号, a grade — is no peer of the first item's area, and no subject of its own.)
    const peer = itemHead && (!isAreaPlace(itemHead) || !isAreaPlace(firstName!) || placeLevel(itemHead.ref.kind, itemHead.ref.name) === placeLevel(firstName!.ref.kind, firstName!.ref.name));
    const listItem = itemHead && peer && ordered.some((q) => q.ref.label === 'Outcome' && q.m.end <= itemAt && q.m.start >= Math.max(listStart, lastClauseStart(article.text, itemAt)) && !article.text.slice(q.m.end, itemAt).includes('、')) ? lastOfChain(before, itemHead, isAreaPlace) : undefined;
    if (listItem) subject = listItem;
    // 甲镇、乙镇、丙镇分别签约项目8个、6个、4个: names listed heading the clause, then 分别 and as many figures listed,
    // give each figure the name in its place (rel.reported.respectively).
    const respectively = !qualified && !listItem ? respectiveName(article.text, before, ordered, clauseStart, p, (q) => (isEntity(q) && q.ref.label === 'Organization') || isAreaPlace(q)) : undefined;
    if (respectively) subject = respectively;
    // “…可识别出30%的无效能耗。”某公司负责人说: a figure in a quotation that names no subject of its own (no body,
    // no area, no word pointing back) is about the body the speaker speaks for — the one named where the quotation
    // is attributed, or the one the text said the speaker works for; a village's party secretary speaks for the
    // village.
    const quoteOpen = article.text.lastIndexOf('“', p.m.start);
    const inQuote = quoteOpen > article.text.lastIndexOf('”', p.m.start);
    // A quotation naming a body or a place before the figure, or a project (项目), is about that, not the speaker's;
    // a reckoning per unit (“一吨鲜茶叶制成红茶后，价格能翻5倍。”) is a general statement, no one's result.
    // (Bodies or places listed as the object of a verb, members of the set of bodies a figure counts, are not what it
    // is about: “我们整合甲村、乙村等7个村…” is the speaker's body's, when nothing else in the sentence claims the list.)
    const firstListed = [...listed].sort((a, b) => a.m.start - b.m.start)[0];
    const listIsObject = firstListed !== undefined && SET_OF_BODIES.test(article.text.slice(p.m.end, p.m.end + 16)) && !onlyAdjuncts(article.text.slice(lastClauseStart(article.text, firstListed.m.start), firstListed.m.start).replace(/^[“"]/u, ''));
    const namesInQuote = before.some((q) => q.m.start > quoteOpen && !(listIsObject && listed.has(q))) || /项目/u.test(article.text.slice(quoteOpen, p.m.start)) || PER_UNIT.test(article.text.slice(quoteOpen + 1, p.m.end)) || PER_UNIT_RECKONING.test(article.text.slice(Math.max(clauseStart, quoteOpen + 1), p.m.start));
    // 某公司总经理李某介绍，去年加工稻谷1.2万吨 (据…介绍，…): what a speaker named first says, not quoted, is read
    // the same way — when the words said, up to the figure, name no body or place of their own.
    const said = inQuote ? undefined : indirectStatement(article.text, sentences[p.m.sentence]!.start, clauseStart);
    const namesInStatement = said !== undefined && (before.some((q) => q.m.start >= said.end) || /项目/u.test(article.text.slice(said.end, p.m.start)) || PER_UNIT.test(article.text.slice(said.end, p.m.end)) || PER_UNIT_RECKONING.test(article.text.slice(Math.max(clauseStart, said.end), p.m.start)));
    const unclaimed = !pronoun && !ap && !speakerOrg && !me && !qualified && !listItem && !personHead && !listOwner && !villageDoneFor;
    // 楼某：我们组织了35家合作社，线上销售额达3.6亿元 — an interview's answer naming no body, place or 项目 before the
    // figure is about the body the answerer works for (rel.reported.speaker-body).
    const answerer = !inQuote && !said ? answererAt(p.m.start) : undefined;
    const answerSaysNothing = answerer !== undefined && !before.some((q) => q.m.start > answerer.m.end) && !/项目/u.test(article.text.slice(answerer.m.end, p.m.start)) && !PER_UNIT.test(article.text.slice(answerer.m.end, p.m.end));
    const answererOrg = answerSaysNothing ? affiliations.get(answerer.ref.key) : undefined;
    const forSpeaker = !unclaimed ? undefined : inQuote ? (!namesInQuote ? speakerBody(quoteOpen, p.m.end) : undefined) : said && !namesInStatement ? bodyOfAttribution(said.start, said.end, said.start) : answererOrg ? ordered.find((q) => entityKeyOf(q, mentionEntity) === answererOrg) : undefined;
    // “去年石榴卖了160万元，纯收入有50多万元。”杨某笑着说: a quotation naming no subject of its own, attributed to a
    // person alone — no body named there, none the text said the person works for — who is what the figure before
    // it in its paragraph (or in the paragraph before, the quotation opening its own) is about (a person's story), is
    // about that person (rel.reported.speaker-person).
    // (“刚开始一年只能挣几万元…”某某说 as a paragraph of its own, after the paragraph of the person's figures: the
    // quotation opening its paragraph goes on from the paragraph before.)
    const quotePara = paragraphOf(p.m.start);
    const quoteOpensParagraph = quotePara !== undefined && inQuote && article.text.slice(quotePara.start, quoteOpen).trim() === '';
    const paragraphBefore = quotePara ? article.paragraphs[article.paragraphs.indexOf(quotePara) - 1] : undefined;
    const storyGoesOn = previous !== undefined && (previous.paragraph === (quotePara?.start ?? 0) || (quoteOpensParagraph && previous.paragraph === paragraphBefore?.start)) && !ordered.slice(previous.at + 1, i).some((q) => q.ref.label !== 'Outcome' && q.ref.label !== 'Person');
    const speakerPerson = !forSpeaker && unclaimed && inQuote && !namesInQuote && storyGoesOn && previous?.kept?.ref.label === 'Person' ? speakerPersonOf(quoteOpen, p.m.end) : undefined;
    const forPerson = speakerPerson && entityKeyOf(speakerPerson, mentionEntity) === entityKeyOf(previous!.kept!, mentionEntity) && !affiliations.get(speakerPerson.ref.key) ? speakerPerson : undefined;
    if (forSpeaker) subject = forSpeaker;
    else if (forPerson) subject = forPerson;
    // “一年下来，民宿收入有20多万元。”李某笑着说: a quotation naming no subject of its own, spoken by a resident the text
    // introduced so (村民李某, 果农李某) who works for no body, is about the speaker's own household or farm — not the
    // village or town the text was about (rel.reported.resident-speaker).
    const residentSpeaker = inQuote && unclaimed && !namesInQuote && !forSpeaker && !forPerson ? speakerPersonOf(quoteOpen, p.m.end) : undefined;
    const ownSpeaker = residentSpeaker && isResident(residentSpeaker) && !affiliations.has(entityKeyOf(residentSpeaker, mentionEntity) ?? '') ? residentSpeaker : undefined;
    if (ownSpeaker) subject = ownSpeaker;
    // 工坊已开发产品60余种，去年销量突破30万只: a clause naming nothing goes on about the subject the sentence's
    // clause before it pointed back to.
    const namesNothing = !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q))) && !kind && !ap && !speakerOrg && !me && !qualified && !listItem && !forSpeaker && !villageDoneFor;
    // 其中10万羽…: part of the figure before it, whose subject it shares.
    // (Not 其中某公司销售额达2亿元: a name heading the clause after 其中 is its own subject.)
    // (其中，小微企业享受减免4.2亿元: 其中 opening the sentence, with its comma, also for the sentence's later clauses
    // that name nothing.)
    // (…同比增长9.4%，其中，新能源装备制造业产值增长21.7%: 其中 as a clause of its own in the sentence, too.)
    const partOf = (/^其中/u.test(clause) || /^其中[，,]/u.test(sentenceOpen) || /[，,]其中[，,]$/u.test(article.text.slice(Math.max(0, clauseStart - 4), clauseStart))) && previous !== undefined && previous.sentence >= p.m.sentence - 1 && !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)));
    // (村医某某负责全村520户村民的健康档案，今年上门随访1300多人次: villagers counted as the object of a person's verb are
    // the village's, but the person's later clauses stay the person's — rel.reported.person-chain.)
    const goesOn = (namesNothing && previous?.sentence === p.m.sentence && previous.pointedBack && !(personHead && previous.villagersCounted)) || partOf;
    // (其中 goes on from the figure before as it was given: not a subject carried to it and left out, 产业从业人员
    // 达到2.1万人，其中本科以上学历人员3600人 after a paragraph about a park.)
    if (goesOn) subject = partOf && !(namesNothing && previous?.sentence === p.m.sentence && previous.pointedBack) ? (previous!.kept ?? (previous!.pointedBack ? previous!.subject : undefined)) : previous!.subject;
    const paragraphStart = article.paragraphs.find((g) => p.m.start >= g.start && p.m.start < g.end)?.start ?? 0;
    // 某公司负责人说，近3年公司投入资金上亿元。目前，单条生产线日产能达1500台: a sentence naming nothing, nothing
    // named since the figure of an earlier sentence of its paragraph, goes on about that figure's subject
    // (rel.reported.previous-figure), not about what the sentence before named first — both outside quotations, or
    // in the same one (a quotation is its speaker's to claim).
    // (活动共发放消费券58万张, 试点期间…: nor a sentence opening with the word of the event or pilot in view — it names
    // that programme, and rel.reported.previous-figure does not take it from the event or pilot.)
    const sentenceNamesNothing = namesNothing && !before.some((q) => isEntity(q) || isAreaPlace(q)) && !pronoun && !personHead && !resident && !listed.size && !goesOn && !programmeBack && !pilotBack;
    // (青藤古镇接待游客近15万人次: a sentence opening with a name the recognizers did not find — words ending in a
    // word for a place or a body — names a subject of its own, unknown: the figure before's is not carried to it.)
    // (Not a body named before by the end of its name: 培训中心累计培训… after 某某培训中心.)
    // (Nor words of which a name found is a part: 刘春梅的茶叶合作社, 某村的合作社.)
    const sentenceText = article.text.slice(sentences[p.m.sentence]!.start, p.m.start);
    const opening = sentenceText.replace(LEADING_ADJUNCTS, '');
    // (农业项目12个，总投资18亿元: words ending in such a word right before the figure are what it counts — its measure,
    // no name heading the sentence.)
    const headStart = sentences[p.m.sentence]!.start + sentenceText.length - opening.length;
    const headMatch = UNKNOWN_NOT.test(opening) ? null : [UNKNOWN_HEAD.exec(opening)].find((h) => h !== null && !ordered.some((f) => f.ref.label === 'Outcome' && f.m.start === headStart + h[0].length)) ?? null;
    const unknownHead = headMatch && !ordered.some((q) => q.ref.label !== 'Outcome' && q.m.start < headStart + headMatch[0].length && q.m.end > headStart) ? headMatch[0].replace(/^[“"]/u, '') : undefined;
    const opensUnknown = unknownHead !== undefined && !ordered.some((q) => q.ref.label !== 'Outcome' && q.m.start < p.m.start && (q.ref.name.endsWith(unknownHead) || q.m.text.endsWith(unknownHead)));
    // (邻近的乙县去年…4.2万亩。甲县某局局长某某说，今年将新建…2万亩: nor into a sentence whose speaker speaks for
    // another body — what they say is not about the figure before's subject.)
    const speaksForOther = (q: Pending | undefined): boolean => q !== undefined && ordered.slice(0, i).some((r) => r.m.sentence === p.m.sentence && r.ref.label === 'Organization' && isSpeaker(r) && entityKeyOf(r, mentionEntity) !== entityKeyOf(q, mentionEntity) && !r.ref.name.startsWith(q.ref.name));
    const previousFigure = sentenceNamesNothing && !opensUnknown && !speaksForOther(previous?.kept) && previous?.kept !== undefined && previous.sentence < p.m.sentence && previous.paragraph === paragraphStart && previous.quote === (inQuote ? quoteOpen : -1) && !ordered.slice(previous.at + 1, i).some((q) => q.ref.label !== 'Outcome' && !isSpeaker(q)) ? previous.kept : undefined;
    if (previousFigure) subject = previousFigure;
    // 某村党支部书记某某上任后，带领村民建成光伏电站1座: a village's party branch heading the clause only as the post of
    // the person named after it (书记, 支书) acts for the village — the figures are the village's, not the branch's (某村
    // 党支部发展新党员3名 stays the branch's) nor the secretary's (rel.reported.branch-secretary).
    const branchPost = subject && subject === byClause?.subject && subject.ref.label === 'Organization' && subject.ref.kind === 'PartyOrganization' && /村(?:党支部|党总支|党委)$/u.test(subject.ref.name) && /^(?:书记|支书|副书记|第一书记)/u.test(article.text.slice(subject.m.end, subject.m.end + 4)) && sameSentence.some((q) => q.ref.label === 'Person' && q.m.start > subject!.m.end && q.m.start <= subject!.m.end + 5) ? subject : undefined;
    const branchVillage = branchPost ? (placeInName([branchPost], (pl) => pl.kind === 'Village') ?? ownPlaceOf(branchPost)) : undefined;
    if (branchVillage) subject = branchVillage;
    // 其中，某景区接待游客21.5万人次，门票收入1860万元: a landmark (a scenic area, a park) heading the figure's clause, or
    // the clause of its sentence it goes on from with no name between, is what it is about — not the area of the
    // figure before (rel.reported.site-head).
    const siteClause = !pronoun && !kind && !ap && !speakerOrg && !me && !qualified && !listItem && !forSpeaker && !personHead ? clauseSubject(article.text, sentences[p.m.sentence]!.start, p.m.start, sameSentence.filter((q) => !isSpeaker(q) && (isLandmark(q) || isEntity(q) || isAreaPlace(q) || q.ref.label === 'Person'))) : undefined;
    const site = siteClause && isLandmark(siteClause.subject) && !sameSentence.some((q) => q.m.start > siteClause.subject.m.end && (isEntity(q) || isAreaPlace(q) || isLandmark(q))) ? siteClause.subject : undefined;
    if (site) subject = site;
    // 这片山峦间，集聚着全县90%以上的民宿; 这里去年接待游客120万人次: a sentence opening with 这里 (这片…间, 在这里),
    // outside a quotation and naming nothing of its own before the figure, is about the place named last before it in
    // its paragraph or the one before — a mountain, a scenic area, a village (rel.reported.here).
    const hereOpening = !inQuote && !pronoun && !kind && !ap && !personHead && HERE_OPENING.test(sentenceText.replace(LEADING_ADJUNCTS, '')) && !before.some((q) => q.m.sentence === p.m.sentence && (isEntity(q) || isAreaPlace(q) || isLandmark(q)) && q !== share);
    const paragraphIndex = article.paragraphs.findIndex((g) => p.m.start >= g.start && p.m.start < g.end);
    const hereFrom = article.paragraphs[Math.max(0, paragraphIndex - 1)]?.start ?? 0;
    const here = hereOpening ? ordered.slice(0, i).reverse().find((q) => q.m.sentence < p.m.sentence && q.m.start >= hereFrom && q.ref.label === 'Place' && !q.m.attrs.ref && !grades(q)) : undefined;
    if (here) subject = here;
    // Words that point back (该公司, 全县, 我们) name the subject wherever it was last named.
    const pointedBack = goesOn || (here !== undefined && subject === here) || (programmeBack !== undefined && subject === programmeBack) || (pilotBack !== undefined && subject === pilotBack) || ofKind !== undefined || ap !== null || speakerOrg !== undefined || me !== undefined || forSpeaker !== undefined || villageDoneFor !== undefined || previousFigure !== undefined;
    // A subject carried from an earlier paragraph is a guess, unless the clause points back to it: the figure stays
    // without a subject.
    // 甲、乙、丙等32人被评为…: the people listed are counted; the count is theirs together, no one's figure.
    const namedLast = ordered.slice(0, i).reverse().find((q) => q.ref.label !== 'Outcome');
    if (namedLast?.ref.label === 'Person' && /^等(?:共|共计)?$/u.test(article.text.slice(namedLast.m.end, p.m.start)) && /^[人名位]$/u.test(o.unit)) subject = undefined;
    // 甲、乙、丙3家企业分别与…: the count printed right after a list of bodies counts the list, no one's figure.
    const listEnd = namedLast && namedLast.m.end === p.m.start && namedLast.ref.label !== 'Person' && /^[家个所座]$/u.test(o.unit) ? ordered.slice(0, i).reverse().find((q) => q.ref.label !== 'Outcome' && q.m.end < namedLast.m.start) : undefined;
    if (listEnd && /^[、和及与]$/u.test(article.text.slice(listEnd.m.end, namedLast!.m.start))) subject = undefined;
    // 判处被告人王某某有期徒刑五年，并处罚金30万元; 犯罪嫌疑人张某某已被某局抓获，涉案金额达150万元: a person the text
    // does not name in full, named in the sentence before the figure, is what it is about — no node of the graph, so
    // the figure is no one's (not the court's, the police's, or the firm the person acted for), unless a body or area
    // is named after that person in the figure's own clause or a word points back (rel: none; clause-subjects.json).
    const sentenceStart = sentences[p.m.sentence]!.start;
    // (法院…判处被告人张某某…，并处罚金50万元: a kind word pointing back to a body — 法院, 该局 — before the person in the
    // sentence is the one who acted on the person, not what the figure is about: subject.anonymised-person.after-kind.)
    const anonFrom = ofKind && kindAt >= sentenceStart && kindAt < p.m.start && ofKind.ref.label === 'Organization' ? anonymisedPersonIn(article.text.slice(kindAt, p.m.start)) : -1;
    const anonAt = subject && (!ofKind || anonFrom >= 0) && !speakerOrg && !me && !qualified && !listItem ? anonymisedPersonIn(article.text.slice(sentenceStart, p.m.start)) : -1;
    if (anonAt >= 0 && !before.some((q) => q.m.start >= Math.max(clauseStart, sentenceStart + anonAt) && (isEntity(q) || isAreaPlace(q)))) subject = undefined;
    // 甲、乙分别与丙签约，两个项目总投资共计9.5亿元: a clause counting a set (两个项目, 三家企业) after a sentence headed by
    // a list is the list's together, not its first member's.
    if (subject && subject === byClause?.subject && !byClause.own && COUNTED_SET.test(clause) && /^[、和与及]/u.test(article.text.slice(subject.m.end, subject.m.end + 1))) subject = undefined;
    // 甲去年实现产值12.6亿元，乙…4.3亿元，两家企业去年合计纳税8600万元; 双方将共同投资1.8亿元: a clause opening with
    // both parties or a count of the bodies named (the figure further on) is theirs together — no one's, not the
    // head of the clause before.
    const both = BOTH_PARTIES.exec(clause.replace(/^[“"]/u, ''));
    if (subject && !pronoun && !kind && both && both[0].length < clause.replace(/^[“"]/u, '').length && !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)))) subject = undefined;
    // 某部公布第三批某名录，全国共有382家企业入选: 全国 heading the figure's clause is the nation — no node of the graph:
    // the figure is no one's, not the ministry's heading the clause before (nor a province named after it: 其中某省…).
    const nation = NATION_OPENING.exec(clause.slice(saidFrom).replace(LEADING_ADJUNCTS, ''));
    if (subject && nation && !pronoun && !kind && !before.some((q) => q.m.start >= clauseStart && (isEntity(q) || isAreaPlace(q)))) subject = undefined;
    // (两地还签订了劳务协作协议，已组织某县富余劳动力1200余人…: so is a clause going on from a sentence that opens with
    // them, no clause between headed by a name.)
    const bothOpen = !both && sentenceClauses.length > 1 && BOTH_PARTIES.test(sentenceClauses[0]!.replace(/^[“"]/u, '').replace(LEADING_ADJUNCTS, ''));
    if (subject && bothOpen && !pronoun && !kind && !ap && !personHead && !qualified && !byClause) subject = undefined;
    // 某公司获评…，2家孵化器上榜: a count of bodies heading its own clause (the set counted is what the clause is about)
    // is not a figure of the body the clause before was about; an area's (全县…，3家企业入选) it may be.
    if (subject && subject === byClause?.subject && !byClause.own && subject.ref.label === 'Organization' && /^[家所]$/u.test(o.unit) && onlyAdjuncts(clause.replace(/^[“"]/u, '')) && !pronoun && !kind) subject = undefined;
    // “今年行情好，每斤鳜鱼卖到36元，比去年多了5元。”: a price per unit in a quotation naming no one is a market's, no
    // one's result — not the village or the body in view (as a reckoning per unit opening the quotation, above).
    if (inQuote && subject && !pointedBack && subject !== forSpeaker && (PER_UNIT_CLAUSE.test(article.text.slice(quoteOpen + 1, p.m.start)) || PER_UNIT_OWN.test(article.text.slice(Math.max(clauseStart, quoteOpen + 1), p.m.start)) || PER_UNIT_RECKONING.test(article.text.slice(Math.max(clauseStart, quoteOpen + 1), p.m.start))) && !before.some((q) => q.m.start > quoteOpen)) subject = undefined;
    // (李某介绍，现在每亩能卖5000元: so is a reckoning per unit in the figure's own clause of what a speaker named first
    // says, not quoted, when the words said name no body or place of their own — subject.per-unit-reckoning.)
    if (!inQuote && said && subject && !pointedBack && subject !== forSpeaker && PER_UNIT_RECKONING.test(article.text.slice(Math.max(clauseStart, said.end), p.m.start)) && !before.some((q) => q.m.start >= said.end)) subject = undefined;
    // (Nor what the text was about before: the sentence names its own subject, one the graph does not have.)
    if (opensUnknown && subject && !before.includes(subject) && !pointedBack) subject = undefined;
    // (…；某某工厂预计7月底投产；某某新区引入及培育已落地氢能企业78家: nor the body of an earlier item of a list of
    // sentences joined by ；.)
    if (opensUnknown && subject && subject.m.sentence < p.m.sentence && !pointedBack && !personHead) subject = undefined;
    // (开发区今年新增企业18家 with no development zone named before: a zone the graph lacks — no one's.)
    const zoneNowhere = zoneWordAt >= 0 && !zoneMention && zoneBack === undefined && ofKind === undefined;
    if ((kindNowhere || zoneNowhere || programmeNowhere) && !personHead && !qualified && !listItem && !goesOn) subject = undefined;
    // 某县援建的高山蔬菜基地目前已种植800多亩, 某公司投资的产业园…: a name heading the clause only as the doer of a
    // relative clause whose noun (a base, a park, a project the recognizers did not find) heads it is not what the
    // figure is about — a body the graph lacks: no one's.
    const builtBy = subject !== undefined && before.includes(subject) && onlyAdjuncts(article.text.slice(lastClauseStart(article.text, subject.m.start), subject.m.start).replace(/^[“"]/u, '')) && !pointedBack && !personHead && !qualified ? BUILT_BODY_AFTER.exec(article.text.slice(subject.m.end, Math.min(p.m.start, subject.m.end + 24))) : null;
    // (“龙游发糕”门店遍布全国18个省份: a place opening a quoted name — a brand, a product — that no recognizer found is
    // not the subject; the name is, and the graph lacks it.)
    const quotedClose = subject?.ref.label === 'Place' && before.includes(subject) && /[“"]/u.test(article.text[subject.m.start - 1] ?? '') ? article.text.slice(subject.m.end, subject.m.end + 10).search(/[”"]/u) : -1;
    if (quotedClose > 0 && !/[，,。；;]/u.test(article.text.slice(subject!.m.end, subject!.m.end + quotedClose)) && !ordered.some((q) => q !== subject && q.ref.label !== 'Outcome' && q.m.start < subject!.m.end + quotedClose && q.m.end > subject!.m.end)) subject = undefined;
    // (“乐购临朐”消费季拉动消费3.2亿元: nor a place closing a quoted name — a campaign's, a brand's — with words of the
    // name before it; subject.quoted-name-place.)
    else if (subject?.ref.label === 'Place' && before.includes(subject) && /^[”"]/u.test(article.text.slice(subject.m.end, subject.m.end + 1)) && QUOTED_NAME_BEFORE.test(article.text.slice(Math.max(0, subject.m.start - 9), subject.m.start)) && !ordered.some((q) => q !== subject && q.ref.label !== 'Outcome' && q.m.start < subject!.m.start && q.m.end > subject!.m.start - 9 && q.m.end > article.text.lastIndexOf('“', subject!.m.start))) subject = undefined;
    // (某镇签约的某某产业园项目占地320亩: the name the relative clause heads, when a recognizer found it, is.)
    const builtName = builtBy ? ordered.find((q) => q.ref.label !== 'Outcome' && q.m.start >= subject!.m.end && q.m.start < subject!.m.end + builtBy[0].length) : undefined;
    if (builtBy && !builtName) subject = undefined;
    else if (builtBy && builtName && builtName.m.end === subject!.m.end + builtBy[0].length && (isEntity(builtName) || isAreaPlace(builtName) || isNamedSite(builtName.m)) && !/[，,。；;]/u.test(article.text.slice(builtName.m.end, p.m.start).replace(/^项目/u, '')) ) subject = builtName;
    // 某县中小企业数字化改造服务平台上线一年来，累计入驻服务商23家: a place heading the clause only as the opening of a
    // body's name no recognizer found (a platform, a centre, an association) is not what the figure is about — the
    // body is, and the graph lacks it: no one's.
    const unreadName = subject?.ref.label === 'Place' && before.includes(subject) && !pointedBack && !personHead && !qualified && !listItem && onlyAdjuncts(article.text.slice(lastClauseStart(article.text, subject.m.start), subject.m.start).replace(/^[“"]/u, '')) ? UNREAD_BODY_AFTER.exec(article.text.slice(subject.m.end, Math.min(p.m.start, subject.m.end + 20))) : null;
    if (unreadName && !ordered.some((q) => q !== subject && q.ref.label !== 'Outcome' && q.m.start >= subject!.m.end && q.m.start < subject!.m.end + unreadName[0].length)) subject = undefined;
    // (杨某牵头成立了某市某某石榴专业合作社，社员发展到132户: nor a place opening the name of a body no recognizer found,
    // set up in an earlier clause — the clauses after it go on about that body, which the graph lacks: no one's;
    // subject.founded-unread-body.)
    const foundedUnread = subject?.ref.label === 'Place' && before.includes(subject) && subject.m.start < clauseStart && !pointedBack && !personHead && !qualified && !listItem && endsInFounding(article.text.slice(lastClauseStart(article.text, subject.m.start), subject.m.start)) ? UNREAD_BODY_AFTER.exec(article.text.slice(subject.m.end, Math.min(clauseStart, subject.m.end + 20))) : null;
    if (foundedUnread && !ordered.some((q) => q !== subject && q.ref.label !== 'Outcome' && q.m.start >= subject!.m.end && q.m.start < subject!.m.end + foundedUnread[0].length)) subject = undefined;
    // (The same for a subject carried from an earlier sentence: rel.reported — none.)
    if (subject && subject.m.sentence < p.m.sentence && !before.includes(subject) && !pointedBack && !personHead && speaksForOther(subject)) subject = undefined;
    // 诊所由17家服务商共同建设，县工信局负责日常运营。截至目前，已入企诊断196家: a subject carried from a sentence
    // that a programme's kind word heads (the body named later in it only runs or builds the programme) is the
    // programme, not that body (rel.reported.programme-kind).
    const carriedFrom = subject && subject.m.sentence < p.m.sentence && !before.includes(subject) && !pointedBack && !personHead ? sentences[subject.m.sentence] : undefined;
    const carriedWord = carriedFrom ? programmeWordHeading(article.text.slice(carriedFrom.start, subject!.m.start).split(/[，,]/u)[0]!, programmeWords) : undefined;
    const headedProgramme = carriedWord && carriedFrom && article.text.slice(carriedFrom.start, subject!.m.start).split(/[，,]/u).length > 1 ? programmeOfWord(carriedWord, carriedFrom.start, programmeWords) : undefined;
    if (headedProgramme) {
      subject = headedProgramme;
      kindProgramme = headedProgramme;
    }
    // 在公司带动下，周边3个乡镇的1.2万户茶农户均增收8000元: a sentence opening with the help of a body named by its kind
    // alone (公司, 该企业) is not about that body, as one opening with its name is not (helpedBy): a subject carried
    // from before it is no one's.
    if (subject && subject.m.sentence < p.m.sentence && !before.includes(subject) && !personHead && HELP_OF_KIND_OPENING.test(sentenceText) && !before.some((q) => q.m.sentence === p.m.sentence && (isEntity(q) || isAreaPlace(q)))) subject = undefined;
    const unguarded = subject;
    if (subject && !before.includes(subject) && !pronoun && !pointedBack && subject.m.start < paragraphStart) subject = undefined;
    // 前三季度我县经济运行…: an economy report's aggregate (增加值, 零售总额) in a sentence naming nothing is the area the
    // title names, when the title names one (rel.reported.report-area).
    const reportArea = !subject && sentenceNamesNothing && reportMeasures.some((w) => o.measure.includes(w)) ? titleArea : undefined;
    if (reportArea) subject = reportArea;
    // 合作社把农房租给游客，每户每年租金3000元: a figure per household (a clause opening with 每户 or 户均) is the
    // households' — the village's or community's in view — not that of the body the sentence is about
    // (rel.reported.per-household); with no village in view, no one's.
    let perHousehold: Pending | undefined;
    // (Whether the sentence named the body or pointed back to it: 合作社把…，每户….)
    if (PER_HOUSEHOLD_OPENING.test(clause) && subject?.ref.label === 'Organization') {
      const village = (['village', 'community'] as const).map((l) => places.at(l, p.m.start)).find((r) => r !== undefined);
      subject = perHousehold = village ? ordered.slice(0, i).reverse().find((q) => q.ref.key === village.key) : undefined;
    }
    // 村里成立的某公司负责经营，去年村集体经济收入达到45万元: a figure of the village's collective economy (its measure or
    // its clause names it) is the village's or community's in view, not that of the firm, co-op, branch or person the
    // clause goes on about — they earn it for the village (rel.reported.village-collective; clause-subjects.json);
    // with no village in view, no one's. (Not an area's: 全镇村集体经济收入 stays the town's.)
    let villageCollective: Pending | undefined;
    if ((subject?.ref.label === 'Organization' || subject?.ref.label === 'Person') && (namesVillageCollective(o.measure) || namesVillageCollective(clause))) {
      const village = (['village', 'community'] as const).map((l) => places.at(l, p.m.start)).find((r) => r !== undefined);
      const named = village ? ordered.slice(0, i).reverse().find((q) => q.ref.key === village.key) : undefined;
      // (带动周边5个村的村集体每年增收8万元: the collectives of a counted set of villages are no one village's; a village
      // named before the text moved on to another town is no longer in view — subject.village-collective.out-of-view.)
      subject = villageCollective = named && !COUNTED_VILLAGES.test(clause) && !townNamedSince(named, i) ? named : undefined;
    }
    previous = { sentence: p.m.sentence, subject: unguarded, pointedBack, at: i, kept: speakerOrg ? undefined : subject, paragraph: paragraphStart, quote: inQuote ? quoteOpen : -1, villagersCounted: villageDoneFor !== undefined && subject === villageDoneFor && VILLAGERS_AFTER.test(article.text.slice(p.m.end, p.m.end + 4)) };
    const carried = !subject || (!before.includes(subject) && subject !== personHead && subject !== resident);
    const subjectKey = speakerOrg ?? (subject ? entityKeyOf(subject, mentionEntity) : undefined);
    // The period as printed, and as a value read against the date of issue (periods.ts): 今年1至9月 → 2024-01..2024-09.
    const issue = article.date ?? (article.year ? String(article.year) : undefined);
    const read = o.period ? resolvePeriod(o.period, issue, { ahead: o.outlook !== undefined }) : undefined;
    // (A target or a forecast is another fact than the same figure reached: its outlook is part of the key.)
    const ownKey = `outcome:${subjectKey ?? article.id}|${o.measure}|${o.value}${o.valueMax !== undefined ? `-${o.valueMax}` : ''}${o.unit}|${read?.value ?? o.period ?? ''}${o.outlook ? `|${o.outlook}` : ''}`;
    // 项目投产后年产值可达2亿元 … 到2027年，公司年产值有望突破2亿元: the same subject's figure forecast again in the
    // article — the same value and unit, one measure the other or ending in it, the period printed once or the same, a
    // forecast at least once and a plan neither time — is one Outcome, the first's (outcome.restated-forecast).
    const forecastPeriod = read?.value ?? o.period ?? '';
    // (A figure that can be reached, 可达, counts as forecast; one reached, 年产值2亿元, does not.)
    const can = CAN_REACH.test(article.text.slice(Math.max(0, p.m.start - 8), p.m.start));
    const restated = subjectKey && o.outlook !== 'planned' ? forecasts.find((f) => f.subject === subjectKey && f.value === o.value && f.valueMax === o.valueMax && f.unit === o.unit && f.outlook !== 'planned' && (f.outlook === 'expected' || f.can) && (o.outlook === 'expected' || can) && (f.outlook === 'expected' || o.outlook === 'expected') && (f.measure.endsWith(o.measure) || o.measure.endsWith(f.measure)) && o.measure !== '未注明' && f.measure !== '未注明' && (!f.period || !forecastPeriod || f.period === forecastPeriod)) : undefined;
    const key = restated?.key ?? ownKey;
    if (subjectKey && !restated) forecasts.push({ subject: subjectKey, value: o.value, ...(o.valueMax !== undefined ? { valueMax: o.valueMax } : {}), unit: o.unit, measure: o.measure, period: forecastPeriod, ...(o.outlook ? { outlook: o.outlook } : {}), can, key });
    // (The title's copy waits for the body's figure, below.)
    if (copied.has(p)) continue;
    const e = upsert(entities, {
      key,
      label: 'Outcome',
      name: `${o.measure} ${p.m.text}`,
      props: { value: o.value, ...(o.valueMax !== undefined ? { valueMax: o.valueMax } : {}), unit: o.unit, ...(o.rawValue !== undefined ? { rawValue: o.rawValue, rawUnit: o.rawUnit } : {}), measure: o.measure, ...(read ? { period: read.value } : {}), ...(o.period ? { periodText: o.period } : {}), ...(o.period && o.periodFrom ? { periodFrom: o.periodFrom } : {}), approximate: o.approximate, ...(o.outlook ? { outlook: o.outlook } : {}), text: p.m.text },
    });
    // The date of the issue that reported it: the earliest, when several did.
    if (issue && (e.props.reportedOn === undefined || issue < String(e.props.reportedOn))) {
      e.props.reportedOn = issue;
      entityChanged(e, 'reportedOn');
    }
    e.mentions.push(p.m);
    e.articleIds.add(article.id);
    mentionEntity.set(p.m.id, key);
    p.ref = { ...p.ref, key };
    const copy = headlineCopy.get(p);
    if (copy) {
      e.mentions.push(copy.m);
      mentionEntity.set(copy.m.id, key);
      copy.ref = { ...copy.ref, key };
    }
    if (subjectKey && !notice && entities.has(subjectKey) && !isPosition(article.text, p.m, o.unit)) {
      // The rule says how the subject was found: heading the figure's clause or the clause it goes on from, named
      // in the sentence, pointed back to, or carried from the paragraph.
      const byItsClause = doer !== undefined && subject === doer ? 'rel.reported.person-chain' : hePerson !== undefined && subject === hePerson ? 'rel.reported.person-pronoun' : heChain !== undefined && subject === heChain ? 'rel.reported.person-pronoun.chain' : subject === personHead ? 'rel.reported.person-head' : resident !== undefined && subject === resident ? 'rel.reported.resident' : subject === byClause?.subject ? (byClause!.own ? 'rel.reported.clause-head' : 'rel.reported.clause-chain') : undefined;
      const rule = speakersKind !== undefined && ofKind !== undefined && subject === ofKind ? 'rel.reported.speaker-kind' : ownSpeaker !== undefined && subject === ownSpeaker ? 'rel.reported.resident-speaker' : perHousehold !== undefined && subject === perHousehold ? 'rel.reported.per-household' : villageCollective !== undefined && subject === villageCollective ? 'rel.reported.village-collective' : here !== undefined && subject === here ? 'rel.reported.here' : pilotBack !== undefined && subject === pilotBack ? 'rel.reported.pilot-back' : site !== undefined && subject === site ? 'rel.reported.site-head' : branchVillage !== undefined && subject === branchVillage ? 'rel.reported.branch-secretary' : reportArea !== undefined && subject === reportArea ? 'rel.reported.report-area' : founded !== undefined && subject === founded ? 'rel.reported.founded-body' : qualified !== undefined && subject === qualified ? 'rel.reported.qualified-name' : listItem !== undefined && subject === listItem ? 'rel.reported.list-item' : respectively !== undefined && subject === respectively ? 'rel.reported.respectively' : previousFigure !== undefined && subject === previousFigure ? 'rel.reported.previous-figure' : subject === forSpeaker ? 'rel.reported.speaker-body' : forPerson !== undefined && subject === forPerson ? 'rel.reported.speaker-person' : villageDoneFor !== undefined && subject === villageDoneFor ? (FOR_VILLAGE.test(clause) ? 'rel.reported.for-village' : 'rel.reported.villagers') : exampleFits && subject === example ? 'rel.reported.example' : projectBack !== undefined && subject === projectBack ? 'rel.reported.project-back' : kindProgramme !== undefined && subject === kindProgramme ? (kindSince ? (programmeWords.figures.since?.id ?? 'rel.reported.programme-since') : 'rel.reported.programme-kind') : launched !== undefined && subject === launched ? (launchedList ? 'rel.reported.published-list' : 'rel.reported.launched-plan') : !carried ? (byItsClause ?? 'rel.reported.nearest-subject') : pointedBack || pronoun ? 'rel.reported.pointed-back' : 'rel.reported.carried-subject';
      out.push({ type: 'REPORTED', start: subjectKey, end: key, evidence: evidenceFor(article, sentences[p.m.sentence], [p.m, subject!.m], rule, !carried ? 0.8 : 0.6) });
    }
  }
  return out;
}

/** A figure that can be reached (年产值可达2亿元, 能实现): a forecast when the article forecasts it again. */
const CAN_REACH = /(?:可达|可以达到|可达到|可实现|能达到|能实现|可突破)[^，,。；;\d]{0,2}$/u;

/**
 * The sentence a quotation open at the start of `sentence` closes in (“…。…。”: the ” before any new “), or the
 * sentence itself when none is open there or it closes more than three sentences on.
 */
function quotationEnd(text: string, sentences: readonly Sentence[], sentence: number): number {
  const start = sentences[sentence]!.start;
  const close = text.indexOf('”', start);
  const open = text.indexOf('“', start + 1);
  if (close === -1 || (open !== -1 && open < close) || !/^[“"]/u.test(text.slice(start, start + 1))) return sentence;
  let k = sentence;
  while (k + 1 < sentences.length && sentences[k]!.end <= close) k++;
  return k - sentence <= 3 ? k : sentence;
}

/**
 * 投资4.1亿元的某项目, 投资4.1亿元、占地300亩的某产业园, 总长约300公里的“某长廊”: the name a figure qualifies — right
 * after its 的 (an opening quotation mark allowed), the figure perhaps one of several items listed with 、 before
 * the 的, each holding a figure.
 */
function qualifiedName(text: string, p: Pending, ordered: readonly Pending[], fits: (q: Pending) => boolean): Pending | undefined {
  let at = p.m.end;
  while (text[at] === '、') {
    const next = ordered.find((q) => q.ref.label === 'Outcome' && q.m.start > at && q.m.start <= at + 12);
    if (!next || /[，,。；;：:！？、的]/u.test(text.slice(at + 1, next.m.start))) return undefined;
    at = next.m.end;
  }
  if (text[at] !== '的') return undefined;
  const nameAt = /[“"‘]/u.test(text[at + 1] ?? '') ? [at + 1, at + 2] : [at + 1];
  return ordered.find((q) => nameAt.includes(q.m.start) && fits(q));
}

/**
 * The name a share at `ordered[i]` is of: after 占 in the figure's clause (占湖北省脐橙总产量的35%, 约占安吉县的10%), or
 * right before the share, itself followed by 的, the name not opening its clause (集聚着安吉80%以上的茶企: 安吉's tea
 * firms; but 全区35%以上的房屋 is the district's).
 */
function shareWhole(text: string, ordered: readonly Pending[], i: number): Pending | undefined {
  const p = ordered[i]!;
  const clauseStart = lastClauseStart(text, p.m.start);
  for (let k = i - 1; k >= 0; k--) {
    const q = ordered[k]!;
    if (q.m.start < clauseStart) break;
    if (q.ref.label === 'Outcome' || q.ref.label === 'Person') continue;
    if (q.m.end === p.m.start && text[p.m.end] === '的' && !onlyAdjuncts(text.slice(clauseStart, q.m.start).replace(/^[“"]/u, ''))) return q;
    if (SHARE_OF.test(text.slice(Math.max(clauseStart, q.m.start - 3), q.m.start)) && !/[，,。；]/u.test(text.slice(q.m.end, p.m.start))) return q;
  }
  return undefined;
}

/** A body brought in, qualified so before its name (村里引进的, 县里招引的, 新落户的). */
const BROUGHT_IN_BEFORE = /(?:引进|引入|招引|招来|落户|入驻)的$/u;

const SHARE_OF = /占(?:到|据|了)?$/u;

/** The last of the names written right after `first`, each ending where the next begins, that pass `fits`. */
function lastOfChain(ordered: readonly Pending[], first: Pending | undefined, fits: (q: Pending) => boolean): Pending | undefined {
  let last = first;
  for (const q of ordered) if (last && q.m.start === last.m.end && fits(q)) last = q;
  return last;
}

/**
 * A distance or a size that says where or how big something is (20公里外, 400余米深处, 直线距离约200公里, 距县城约8公里, 宽度仅1.2米, 水井只能打到10多米)
 * is no one's result: the figure stays, reported about no one.
 */
function isPosition(text: string, m: { start: number; end: number }, unit: string): boolean {
  if (unit !== '米') return false;
  return /^(?:外|以外|开外|远|深处|之外|处)/u.test(text.slice(m.end, m.end + 2)) || /(?:距离|相距|距|宽度?|高度?|深度?|续航里程|海拔|打到|挖到|钻到|深达)[^，。；]{0,4}$/u.test(text.slice(Math.max(0, m.start - 10), m.start));
}

const SAYING = '(?:说|表示|介绍|指出|说道|告诉记者)';
/** The words attributing a statement, as one clause: 某公司总经理李某说 / 据某公司负责人介绍 (no figure in them). */
const ATTRIBUTION = new RegExp(`(?:^|[，,。；;！？!?”\\n])((?:据)?[^，,。；;！？!?“”\\n：:\\d]{1,30}?${SAYING})[：:，,]$`, 'u');

/**
 * The words attributing a quotation open at `open` when they come before it (某公司总经理李某说：“, 李某表示，“;
 * with `quoted`), or a statement that goes on after them (李某介绍，…): where they are, verb of saying included.
 */
/** A clause opening with 在 or 于 before a place: where, not who. */
const PLACE_ADJUNCT = /^[在于]$/u;

/** What may stand between a place and a resident's word: 的 and a crop or product (的柑橘 of 某村的柑橘种植大户). */
const RESIDENT_QUALIFIER = /^的?[\u4e00-\u9fff]{0,4}$/u;

/** A count of villages (周边5个村, 12个行政村): the set a figure of their collectives is about, no one village. */
const COUNTED_VILLAGES = /(?:\d+|[一二两三四五六七八九十几多]+)个(?:行政)?村/u;

function attributionBefore(text: string, open: number, quoted: boolean): { start: number; end: number } | undefined {
  const from = Math.max(0, open - 40);
  const m = ATTRIBUTION.exec(text.slice(from, open));
  if (!m || (quoted && !/[：:，,]$/u.test(m[0]))) return undefined;
  const start = from + m.index + m[0].length - m[1]!.length - 1;
  return { start, end: start + m[1]!.length };
}

/**
 * A statement reported without quotation marks after the words attributing it, in the same sentence: 李某介绍，…;
 * 据某公司负责人介绍，…; ”李某说，… — the attribution (start..end) of the clause beginning at `clauseStart` or of
 * one before it in the sentence (the first that attributes): from its start to where the words said begin.
 */
/** A programme that is a list of bodies named (某某企业名单, 某某榜单, 某某目录). */
const LIST_NAME = /(?:名单|榜单|名录|目录)$/u;
/** A verb of announcing or publishing a list after the body that does it (某局通报了, 某局近日公布). */
const LIST_ANNOUNCED = /^(?:近日|日前|正式|今天|昨天|首次|)(?:通报|公布|发布|公示|印发|下发|揭晓)/u;

/** Kind words that name a company whatever its name ends in (某某纸业有限公司 is 公司, 企业). */
const COMPANY_KIND_WORDS = new Set(['公司', '企业', '该公司', '该企业']);

function indirectStatement(text: string, sentenceStart: number, clauseStart: number): { start: number; end: number } | undefined {
  for (const comma of text.slice(sentenceStart, clauseStart).matchAll(/[，,]/gu)) {
    const words = sentenceStart + comma.index! + 1;
    const found = attributionBefore(text, words, false);
    if (found && !text.slice(words, clauseStart).includes('“')) return { start: found.start, end: words };
  }
  return undefined;
}

/** The clause ending at `pos` introduces a speaker: 某局局长李某介绍，/ 某村党支部书记说：. */
function attributes(text: string, pos: number): boolean {
  const rest = /^[^，,。；;“”"！？]{0,16}?(?:说|表示|介绍|指出|认为|告诉记者|获悉|了解到)[：:，,]?[“"]?/u.exec(text.slice(pos, pos + 24));
  return rest !== null && /[：:，,“"]$|(?:说|表示|介绍|指出|认为|告诉记者|获悉|了解到)$/u.test(rest[0]) && !/[\d]/u.test(rest[0]);
}

/**
 * 他们 aside, a body named by its kind alone that opens the clause (公司, 该公司, 这家企业, 平台, 园区): the kind
 * words it may be, longest first (园区 before 园).
 */
/** 医院与…, 该公司联合…: the kind word heading the clause (after 该, 这家…) followed by a word of acting with another. */
function kindWithPartner(clause: string, kinds: readonly string[]): boolean {
  const head = /^(?:[\d]{4}年)?(?:该|这家|这个|这座|此)?/u.exec(clause)![0].length;
  // (该中心由某局和某公司共同建设: the builders after 由 are the agents of what the kind word names.)
  return kinds.some((w) => clause.startsWith(w, head) && (/^(?:还|也|先后|积极|主动)?(?:与|和|同|跟|联合|携手)/u.test(clause.slice(head + w.length)) || (clause[head + w.length] === '由' && BY_AGENT_CLAUSE.test(`${clause.slice(head + w.length + 1)}，`))));
}

/**
 * Whether a title or award (a Programme of kind Recognition or Award) is printed as what its clause's subject was given:
 * a verb of conferring right before it (荣获, 被评为; an opening quotation mark and a grade word such as 省级 may stand
 * between), so that it is the clause's object.
 */
export function isConferred(text: string, q: Pending, verbs: readonly string[]): boolean {
  if (q.ref.kind !== 'Recognition' && q.ref.kind !== 'Award') return false;
  const before = text.slice(Math.max(0, q.m.start - 10), q.m.start).replace(/[“"《]$/u, '').replace(/(?:国家|省|市|县|区)?级$/u, '');
  return verbs.some((v) => before.endsWith(v) || before.endsWith(`${v}了`) || before.endsWith(`${v}为`));
}

/** The words naming a programme by its kind for a figure's clause (relation-cues.json `programmeAnaphor`). */
export interface ProgrammeWords {
  determiners: readonly string[];
  words: ReadonlyArray<{ word: string; kinds: readonly string[]; endings?: readonly string[] }>;
  figures: { bare: readonly string[]; determined: readonly string[]; notBefore: readonly string[]; since?: { id: string; words: readonly string[]; verbs: readonly string[] } };
}
const NO_PROGRAMME_WORDS: ProgrammeWords = { determiners: [], words: [], figures: { bare: [], determined: [], notBefore: [] } };

/**
 * The programme kind word heading a clause (平台已入企诊断…, 目前，工程已完成…, 该诊所…): after time words and
 * connectives, a word of `bare`, or a determiner and a word of `determined` — not one followed by what makes it a
 * kind of thing in general (平台经济).
 */
function programmeWordHeading(clause: string, words: ProgrammeWords): string | undefined {
  const rest = clause.replace(/^[“"]/u, '').replace(LEADING_ADJUNCTS, '').replace(/^(?:截至目前|一年来|运行以来|上线以来|实施以来|启动以来)[，,]?/u, '');
  // 行动开展以来，…; 政策实施以来，…: a kind word with no determiner, then a verb of running it and 以来
  // (rel.reported.programme-since).
  const sinceWord = sinceHeading(rest, words);
  if (sinceWord) return sinceWord;
  const determiner = [...words.determiners].sort((a, b) => b.length - a.length).find((d) => rest.startsWith(d)) ?? '';
  const pool = determiner ? words.figures.determined : words.figures.bare;
  const word = [...pool].sort((a, b) => b.length - a.length).find((w) => rest.startsWith(w, determiner.length));
  if (!word) return undefined;
  const after = rest.slice(determiner.length + word.length);
  return words.figures.notBefore.some((n) => after.startsWith(n)) ? undefined : word;
}

/** The kind word of `figures.since` heading `rest` before a verb of running it and 以来 (行动开展以来, 试点启动以来). */
function sinceHeading(rest: string, words: ProgrammeWords): string | undefined {
  const since = words.figures.since;
  if (!since) return undefined;
  return [...since.words].sort((a, b) => b.length - a.length).find((w) => rest.startsWith(w) && since.verbs.some((v) => rest.startsWith(`${v}以来`, w.length)));
}

/** Whether a clause opens (after time words) with a determiner (该, 本次) before a programme's kind word (subject.programme-nowhere). */
function startsDetermined(clause: string, words: ProgrammeWords): boolean {
  const rest = clause.replace(/^[“"]/u, '').replace(LEADING_ADJUNCTS, '').replace(/^(?:截至目前|截至\d{1,2}月底?)[，,]?/u, '');
  return words.determiners.some((d) => rest.startsWith(d) && words.figures.determined.some((w) => rest.startsWith(w, d.length)));
}

/** Whether a clause opens (after time words) with a kind word, a verb of running it and 以来 (rel.reported.programme-since). */
function opensSince(clause: string, words: ProgrammeWords): boolean {
  return sinceHeading(clause.replace(/^[“"]/u, '').replace(LEADING_ADJUNCTS, ''), words) !== undefined;
}

/** The programme kind word heading the nearest earlier clause of a sentence (its clauses, the figure's last), going back over clauses that name nothing. */
function programmeWordEarlier(clauses: readonly string[], sentenceStart: number, named: readonly Pending[], words: ProgrammeWords): { word: string; at: number } | undefined {
  const starts: number[] = [];
  for (let j = 0, at = sentenceStart; j < clauses.length; at += clauses[j]!.length + 1, j++) starts.push(at);
  for (let j = clauses.length - 2; j >= 0; j--) {
    const word = programmeWordHeading(clauses[j]!, words);
    if (word) return { word, at: starts[j]! };
    if (named.some((q) => q.m.start >= starts[j]! && q.m.start < starts[j]! + clauses[j]!.length)) return undefined;
  }
  return undefined;
}

let marketVerbList: readonly string[] | undefined;
/** A place listed (by 、 和 及 与) right after a verb of supplying or selling: where buyers are (subject.not.market-place). */
function isMarketPlace(text: string, ordered: readonly Pending[], q: Pending): boolean {
  if (q.ref.label !== 'Place') return false;
  let start = q;
  for (let k = ordered.indexOf(q) - 1; k >= 0 && ordered[k]!.ref.label === 'Place' && /^(?:、|和|及|与|)$/u.test(text.slice(ordered[k]!.m.end, start.m.start)); k--) start = ordered[k]!;
  return marketVerbs().some((w) => text.endsWith(w, start.m.start));
}

const marketVerbs = (): readonly string[] => (marketVerbList ??= loadRelationCues().subjects.marketVerbs.verbs);

/**
 * A place (or the chain of places it ends) right after a verb of building or advancing, with more of a name after it:
 * the opening of what the verb governs (加快某省某某产业园建设, 打造长三角某某中心) — no subject, no topic
 * (relation-cues.json subjects.objectOpening: subject.not.object-opening).
 */
function opensObject(text: string, ordered: readonly Pending[], q: Pending): boolean {
  if (q.ref.label !== 'Place') return false;
  let end = q;
  for (let k = ordered.indexOf(q) + 1; k < ordered.length && ordered[k]!.ref.label === 'Place' && ordered[k]!.m.start === end.m.end; k++) end = ordered[k]!;
  if (!HAN_NEXT.test(text.slice(end.m.end, end.m.end + 1)) || /^的/u.test(text.slice(end.m.end))) return false;
  let start = q;
  for (let k = ordered.indexOf(q) - 1; k >= 0 && ordered[k]!.ref.label === 'Place' && ordered[k]!.m.end === start.m.start; k--) start = ordered[k]!;
  return objectOpeningVerbs().some((w) => text.endsWith(w, start.m.start));
}
const HAN_NEXT = /^[\u4e00-\u9fff]/u;
let objectOpeningList: readonly string[] | undefined;
const objectOpeningVerbs = (): readonly string[] => (objectOpeningList ??= loadRelationCues().subjects.objectOpening.verbs);

/** The endings 该局, 本局 (该行, 本行: a bank) point back with, to a body in any paragraph before (rel.reported.bureau-back). */
let bureauWordSet: ReadonlySet<string> | undefined;
const bureauWords = (): ReadonlySet<string> => (bureauWordSet ??= new Set(loadRelationCues().inView.bureauBack.words));

/** Time words and a determiner before a kind word heading a clause (现在公司…, 如今该公司…). */
const KIND_LEAD = /^(?:[\d]{4}年)?(?:目前|现在|如今|眼下|当前|今年|去年|近年来|同时|此外|另外)?(?:该|这家|这个|这座|此|本)?/u;
const KIND_HEAD = new RegExp(`${KIND_LEAD.source}([\\u4e00-\\u9fff]{2,3})`, 'u');

function kindAnaphor(clause: string, kindWords: readonly string[]): string[] {
  // 现在公司…, 如今该公司…: time words may come first.
  // (今年，强村公司营业收入…: a word of policy before the kind word makes a kind of it — subject.kind-word.qualified.)
  const lead = KIND_LEAD.exec(clause)![0];
  const qualifier = loadRelationCues().inView.kindQualifiers.words.find((w) => clause.startsWith(w, lead.length));
  const m = KIND_HEAD.exec(qualifier ? lead + clause.slice(lead.length + qualifier.length) : clause);
  if (!m) return [];
  // 该校, 本校, 全校: the school in view.
  if ((/(?:该|本)$/u.test(m[0].slice(0, -m[1]!.length)) && m[1]!.startsWith('校')) || /^全校/u.test(m[1]!)) return kindWords.includes('学校') ? ['学校'] : [];
  // 该局, 本局: the bureau in view (relation-cues.json inView.bureauBack: rel.reported.bureau-back).
  const bureau = loadRelationCues().inView.bureauBack;
  // (该行, 本行: a bank — not 该行动, 本行业, 本行政村: `notAfter`.)
  const bureauWord = bureau.determiners.some((d) => m[0].slice(0, -m[1]!.length).endsWith(d)) ? bureau.words.find((w) => m[1]!.startsWith(w) && !(bureau.notAfter?.[w] ?? []).includes(m[1]![w.length] ?? '')) : undefined;
  if (bureauWord) return [bureauWord];
  // 全院, 全厂, 全所: the whole of the hospital, court, factory or institute in view.
  const whole = /^全([院厂所])/u.exec(m[1]!);
  if (whole) return kindWords.filter((w) => w === whole[1]);
  return kindWords.filter((w) => m[1]!.startsWith(w)).sort((a, b) => b.length - a.length);
}

/**
 * The kind words heading the nearest earlier clause of a sentence (its clauses as split at commas, the figure's
 * last) that opens with one, going back over clauses that name nothing; none once a clause names something.
 */
function kindHeadingEarlierClause(clauses: readonly string[], sentenceStart: number, named: readonly Pending[], kindWords: readonly string[]): { kinds: string[]; at: number } {
  const starts: number[] = [];
  for (let j = 0, at = sentenceStart; j < clauses.length; at += clauses[j]!.length + 1, j++) starts.push(at);
  for (let j = clauses.length - 1; j >= 0; j--) {
    const end = starts[j]! + clauses[j]!.length;
    const clause = clauses[j]!.replace(/^[“”"]/u, '');
    const kinds = j < clauses.length - 1 ? kindAnaphor(clause, kindWords) : [];
    // 医院与某大学附属医院建立医联体，引进专家26名: a kind word heading its clause and acting with a body named after
    // it (与, 和, 同, 联合) is still the clause's subject; the partner is its object.
    if (kinds.length && kindWithPartner(clause, kinds)) return { kinds, at: starts[j]! };
    if (named.some((q) => q.m.start >= starts[j]! && q.m.start < end)) return { kinds: [], at: sentenceStart };
    if (kinds.length) return { kinds, at: starts[j]! };
  }
  return { kinds: [], at: sentenceStart };
}

/**
 * The names of an enumeration that ends in 等 right before a figure (甲、乙和丙等12家), or before the figure of the
 * set they belong to (甲、乙等多家企业的30个项目), nearest first.
 */
function enumeration(text: string, before: readonly Pending[], figureStart: number): Set<Pending> {
  const listed = new Set<Pending>();
  const ordered = [...before].sort((a, b) => b.m.start - a.m.start);
  const last = ordered[0];
  if (!last || !/^(?:等|等等)(?:共|共计)?(?:(?:[多数几]|\d+)[家个所名])?(?:企业|公司|单位|机构|高校|园区|村|镇)?的?$/u.test(text.slice(last.m.end, figureStart).trim())) return listed;
  listed.add(last);
  let start = last.m.start;
  for (const q of ordered.slice(1)) {
    if (!/^(?:、|，|和|及|以及|与)$/u.test(text.slice(q.m.end, start))) break;
    listed.add(q);
    start = q.m.start;
  }
  return listed;
}

/**
 * 项目 (该项目, 这个项目) opening a clause, as a word pointing back to a project — not 项目建设, 项目招引 and the like,
 * which speak of projects in general.
 */
const PROJECT_BACK = /^[“"]?(?:该|这个|此|这一)?项目(?!建设|招引|招商|签约|储备|库|数|个数|审批|落地|开工|谋划|推进|资金|化|[0-9０-９])/u;

/**
 * Where the clause that says 项目 pointing back opens, for a figure whose sentence's clauses (split at commas, the
 * figure's last) are given: the figure's own clause, else the nearest earlier one it goes on from with no name
 * between (`named`: the sentence's names that can be subjects).
 */
function projectClauseAt(text: string, clauses: readonly string[], sentenceStart: number, named: readonly Pending[]): number | undefined {
  const starts: number[] = [];
  for (let j = 0, at = sentenceStart; j < clauses.length; at += clauses[j]!.length + 1, j++) starts.push(at);
  for (let j = clauses.length - 1; j >= 0; j--) {
    const end = starts[j]! + clauses[j]!.length;
    // The figure's own clause may be preceded by time words in its sentence (截至目前，项目…).
    const clause = clauses[j]!.replace(/^[”"]/u, '');
    if (PROJECT_BACK.test(clause)) return starts[j]! + (clauses[j]!.length - clause.length);
    if (named.some((q) => q.m.start >= starts[j]! && q.m.start < end)) return undefined;
  }
  return undefined;
}

/** A post naming the kind of its body, ending the words before a speaker's name: 副矿长, 厂长, 场长; 董事长, 总经理 (a company). */
const POST_OF_KIND = /(?:^|[^县市区镇乡村省])(?:副)?(?:(矿|厂|场|站|园)长|董事长|总经理)$/u;

/** A sentence opening with the example it gives: 以某区为例，/ 拿某村来说，(the name between, then the rest). */
const EXAMPLE_OPENING = /^([“"]?(?:就|仅)?以|[“"]?拿)[^，,。；]{2,24}?((?:为例|来说)[，,：:])/u;

/** What follows 他/她 when it introduces what is said (他说, 她告诉记者, 他笑着说), not a subject of the figure. */
const HE_SAYS = /^(?:家人|们)?(?:说|表示|介绍|告诉|指出|坦言|感慨|笑着|算了一笔账|回忆|认为|透露)/u;

/** A clause saying what was done for or with others: 为村里, 帮助农户, 带动村民, 带领乡亲, 替, 给. */
const FOR_OTHERS = /(?:为|帮|带动|带领|带着|助力|替|给|与|和|同)/u;

/** What was done for a village: 为村里, 为村子, 为全村, 为村集体 in the figure's clause. */
const FOR_VILLAGE = /为(?:村里|村子|全村|村集体)/u;

/** Villagers counted by the figure before them: 25户村民, 300多名村民, 120户农户. */
const VILLAGERS_AFTER = /^(?:的)?(?:村民|农户|村户)/u;
/** A clause about the villagers: 村民人均年收入达2.5万元 (the clause opening with them, after time words). */
const VILLAGERS_OPENING = /^(?:目前|如今|去年|今年|现在)?[，,]?(?:全体)?(?:村民|农户)(?:们)?(?:的)?(?:人均|户均|年|收入|平均)/u;

/** A clause of a figure per household: 每户每年租金…, 户均增收… (after time words). */
const PER_HOUSEHOLD_OPENING = /^(?:目前|如今|去年|今年|现在)?[，,]?(?:入股|参与|签约)?(?:农户|村民)?(?:每户|户均)/u;

/** What is done leading the villagers: 带领村民, 带着全村, 组织村民 in the figure's clause. */
const VILLAGERS_LED = /(?:带领|带着|组织|发动)(?:全体)?(?:村民|全村|乡亲)/u;

/** 在某公司的带动下，/ 在某大学的技术支持下，: the name inside a phrase of help opening a clause. */
function helpedBy(text: string, q: Pending): boolean {
  const clauseStart = lastClauseStart(text, q.m.start);
  return /^[“"]?在$/u.test(text.slice(clauseStart, q.m.start)) && HELP_PHRASE_END.test(text.slice(q.m.end, q.m.end + 14));
}

/** The rest of a phrase of help after its name, up to the comma: 的带动下，/ 的技术支持下，/ 帮助下，. */
/** A sentence opening with the help of a body named by its kind alone (在公司带动下, 在该企业的帮助下). */
const HELP_OF_KIND_OPENING = /^[“"]?在(?:该|这家|这个|这些)?(?:龙头企业|公司|企业|合作社|基地|协会|平台|园区)的?(?:带动|帮助|支持|帮扶|带领|指导|引领|推动|助力)下[，,]/u;
const HELP_PHRASE_END = /^[^，,。；;“”]{0,8}?(?:带动|帮助|支持|帮扶|带领|指导|引领|推动|助力)下[，,]/u;

/** A scene set right after a quotation closes, before its attribution: 在工坊里，/ 在车间内，(the place words, then the rest). */
const SCENE_AFTER_QUOTE = /^在([^，,。；;“”]{1,8}?)(?:里|内|中|前|旁)[，,]/u;

/** What a count after a list counts, when the list's members are bodies or places (等7个有共同产业基础的村, 等12家企业). */
const SET_OF_BODIES = /^[^，,。；;、“”]{0,12}?(?:村|镇|乡|街道|社区|企业|公司|单位|合作社|机构|高校|学校|医院)/u;

/** A clause of a quotation opening with a price or a yield per unit (，每斤鳜鱼卖到36元). */
const PER_UNIT_CLAUSE = /(?:^|[，,])每(?:吨|亩|斤|公斤|千克|件|台|个|株|头|只|箱|袋|盒)/u;
/** …or the figure's own clause naming the price's product first (今年春茶每斤卖到260元). */
const PER_UNIT_OWN = /^(?:今年|去年|现在|如今)?[\u4e00-\u9fff]{0,3}?每(?:吨|亩|斤|公斤|千克|件|台|个|株|头|只|箱|袋|盒)/u;
const PER_UNIT = /^(?:[1一]|每)(?:吨|亩|斤|公斤|千克|件|台|个|株|头|只)/u;
/**
 * …or a reckoning for one unit inside the figure's own clause (“过去种玉米，一亩地收入不到800元。”, 一亩枣园能收入…, 他说，现在一亩收入3000多元):
 * what one mu or one head brings is a general statement, no one's result — not the speaker's body's
 * (subject.per-unit-reckoning). Not a count ending in 一 (十一亩, 21亩).
 */
const PER_UNIT_RECKONING = /(?:^|[^\d一二三四五六七八九十百千万])(?:[1一]|每)(?:亩|吨|斤|公斤|千克|头|只|株|箱)[\u4e00-\u9fff]{0,3}?(?:的|能|可|就|一年|每年|年)?(?:纯)?(?:收入|收益|产值|利润|能卖|可卖|卖|赚|挣|增收|效益|产量|能产|可产)/u;
/** Words opening a list's item (一是, 三是, 其次) — a name read with them is no body. */
const LIST_ITEM_NAME = /^(?:[一二三四五六七八九十]是|首先|其次|再次)/u;
/** A kind word pointing back with a determiner (该基地, 这个基地, 这家企业), after time words. */
const DETERMINED_KIND = /^[“"]?(?:[\d]{4}年)?(?:目前|现在|如今|眼下|当前|今年|去年|近年来|同时|此外|另外)?(?:该|这个|这家|这座|这所|此)/u;
/** What comes right before an area a figure is compared with (比全市平均水平高出, 高于全省, 较全国). */
const COMPARED_AREA = /(?:^|[，,])(?:比|较|高于|低于|高出|低出|快于|慢于|领先)$/u;
// 某公司脱胎于原某厂，现有员工210人; 某公司从某厂分离出来，去年产值…: the body a firm came from (relation-cues.json
// spinOffSplit, read as SPUN_OFF_FROM) is no subject of the clauses after it — they go on about the firm.
const FOREBEAR_BEFORE = /(?:脱胎于|脱胎自|前身为|前身是)(?:原来的|原)?$/u;
const SPLIT_FROM_BEFORE = /[从自](?:原来的|原)?$/u;
const SPLIT_AFTER = /^(?:中|里|内)?[\u4e00-\u9fff]{0,4}?(?:分离|剥离|独立|分拆|拆分|分立)出来/u;
function isForebear(text: string, q: Pending): boolean {
  const lead = text.slice(Math.max(0, q.m.start - 6), q.m.start);
  return FOREBEAR_BEFORE.test(lead) || (SPLIT_FROM_BEFORE.test(lead) && SPLIT_AFTER.test(text.slice(q.m.end, q.m.end + 12)));
}

const COMPARED_WITH = /(?:较|比|相比|相较|相比于|相较于|对比)[“"‘]?$/u;

/**
 * `q` is a partner named after 与/同/跟 (甲与乙签订协议; 甲与乙、丙等高校共建…: every name of the list after 与): the
 * list runs back from `q` over names joined by 、/和/及 to the word before its first name.
 */
function isPartnerAfterWith(text: string, q: Pending, before: readonly Pending[]): boolean {
  let first = q;
  for (let k = before.indexOf(q) - 1; k >= 0; k--) {
    const r = before[k]!;
    if (!/^[、和及]$/u.test(text.slice(r.m.end, first.m.start))) break;
    first = r;
  }
  // (和 is a partner's word only after an adverb that says a verb follows: 还和某大学合作建了试验田; 甲和乙 joins a list.)
  return /(?:[^参给赋授]与|同|跟)$/u.test(text.slice(Math.max(0, first.m.start - 2), first.m.start)) || /(?:还|也|已|曾|将|又|都|先后|主动|积极|分别|共同)和$/u.test(text.slice(Math.max(0, first.m.start - 3), first.m.start));
}
/**
 * `q`, or the chain of names written right before it that it ends (某市|某研究院), comes right after a preposition of
 * place or partnership (在, 于, 与, 同, 跟; 和 right after `subjectEnd`, where the clause's subject ends, or after an
 * adverb): where or with whom, not who.
 */
function besidePreposition(text: string, q: Pending, before: readonly Pending[], subjectEnd: number): boolean {
  let first = q;
  for (let k = before.indexOf(q) - 1; k >= 0; k--) {
    const r = before[k]!;
    if (r.m.end !== first.m.start) break;
    first = r;
  }
  const lead = text.slice(Math.max(0, first.m.start - 3), first.m.start);
  return /(?:在|于|与|同|跟)$/u.test(lead) || (/和$/u.test(lead) && (first.m.start - 1 === subjectEnd || /(?:还|也|已|曾|将|又|都|先后|主动|积极|共同)和$/u.test(lead)));
}
const AREA_WORD = /(村里|镇里|乡里|县里|区里|市里|当地|本地|该村|该镇|该乡|该街道|该区|该县|该市|全村|全镇|全乡|全街道|全县|全旗|全州|全盟|该州|州里|村集体)(?!的)/gu;
/** An area word anywhere in a clause (AREA_WORD without its global flag, for `test`). */
const AREA_WORD_IN = new RegExp(AREA_WORD.source, 'u');

/**
 * A word standing for an area (村里, 该镇, 全县, 村集体: the village's collective) that opens a clause of the
 * sentence, with only time words and connectives before it (之前村里…, 2024年，全县…): where it stands in the
 * text given, and the word.
 */
export function areaPronoun(sentence: string): { at: number; word: string } | null {
  for (const m of sentence.matchAll(AREA_WORD)) {
    const clauseStart = Math.max(sentence.lastIndexOf('，', m.index), sentence.lastIndexOf(',', m.index), sentence.lastIndexOf('：', m.index), sentence.lastIndexOf(':', m.index)) + 1;
    if (onlyAdjuncts(sentence.slice(clauseStart, m.index))) return { at: m.index!, word: m[1]! };
  }
  return null;
}
/**
 * 我们村, 我们镇 opening a clause of what a speaker says (“我们村去年…): the area the speaker is of, as an area word
 * (outcomes only; 我们 alone is the speaker's body).
 */
function ourArea(sentence: string): { at: number; word: string } | null {
  for (const m of sentence.matchAll(/我们(?:村|镇|乡)/gu)) {
    const clauseStart = Math.max(sentence.lastIndexOf('，', m.index), sentence.lastIndexOf(',', m.index), sentence.lastIndexOf('：', m.index), sentence.lastIndexOf(':', m.index)) + 1;
    if (onlyAdjuncts(sentence.slice(clauseStart, m.index))) return { at: m.index!, word: m[0] };
  }
  return null;
}
/** People of an area (全市机关干部, 全县党员) after 全市, 全县: what they do is theirs, not the area's as a whole. */
const PEOPLE_OF_AREA = /^(?:机关|党员|干部|广大|各级|上下|居民|群众|村民|职工|师生|医务|人民)/u;
/** Verbs of drawing in firms, projects or people, right before the place they come from (吸引|浙江|企业86家). */
const DRAWS_IN_BEFORE = /(?:吸引|引进|引入|招引|招来|迎来|接待|吸纳)了?$/u;
/** What is drawn in, counted right after it (企业86家, 项目12个, 游客3万人次). */
const COUNTED_FROM_PLACE = /^(?:籍)?(?:企业|客商|项目|商家|游客|资本|客户|投资商|人才|企业家|高校|团队)(?:\d|[一二两三四五六七八九十百千万几多]+(?:家|个|名|位|批|人|支))/u;
/** A place named as where a firm comes from: 杭州一家文旅企业, 金华的一家企业, 温州某公司. */
const FIRM_ORIGIN_AFTER = /^(?:的)?(?:一家|一批|多家|某)/u;
/** An unnamed firm after the place it comes from: 杭州一家文旅企业, 温州的一家公司. */
const FIRM_OF_ORIGIN = /^(?:的)?(?:一家|某)[\u4e00-\u9fff]{0,8}?(?:企业|公司|工厂|厂|合作社)/u;
/** A relative clause of building or investing after a name, ending in the body built (援建的蔬菜基地, 投资建设的产业园). */
/** A body built or run as a project: a base, a park, a plant (某某蛋鸡良种繁育基地, 某某光伏电站). */
const FACILITY_NAME = /(?:基地|产业园|园区|工厂|电站|养殖场|牧场)$/u;
/** 由某公司投资建设, 由某集团负责运营: the clause after 由 ends at a verb of building or running what it names. */
const BY_AGENT_CLAUSE = /^[^，,。；;]{0,36}?(?:共同)?(?:投资建设|投资兴建|建设运营|负责建设|负责运营|承建|建设|兴建|运营|实施|开发)(?:的|[，,。；;])/u;

/** A body named right after 由 in a clause of building or running (由某公司投资建设，…): the project's agent. */
function byAgent(text: string, q: Pending): boolean {
  // (由甲和乙共同建设: each of a list after 由 — the words between 由 and the name, and after it up to the verb, are
  // names joined by 、, 和, 与, 及, with no clause break.)
  const from = text.lastIndexOf('由', q.m.start - 1);
  if (from < 0 || q.m.start - from > 40 || /[，,。；;：:“”]/u.test(text.slice(from, q.m.start))) return false;
  if (from + 1 < q.m.start && !/[、和与及]$/u.test(text.slice(from + 1, q.m.start))) return false;
  return BY_AGENT_CLAUSE.test(text.slice(q.m.end, q.m.end + 40));
}

/**
 * 甲镇、乙镇、丙镇分别签约项目8个、6个、4个: the name in the figure's place, when the clause opens (after time words)
 * with names joined by 、, 和, 与, 及, then says 分别, and lists as many figures of one unit joined the same way.
 */
function respectiveName(text: string, before: readonly Pending[], ordered: readonly Pending[], clauseStart: number, p: Pending, fits: (q: Pending) => boolean): Pending | undefined {
  const said = text.slice(clauseStart, p.m.start).indexOf('分别');
  if (said < 0) return undefined;
  const at = clauseStart + said;
  // (妙高镇长濂村和红星村分别…: a place printed right before a name, with nothing between, is where that one lies — a
  // chain — not one of the names the figures are given to.)
  const printed = before.filter((q) => q.m.start >= clauseStart && q.m.end <= at);
  const names = printed.filter((q, i) => !(q.ref.label === 'Place' && printed[i + 1] !== undefined && printed[i + 1]!.m.start === q.m.end));
  if (names.length < 2 || !names.every(fits) || !onlyAdjuncts(text.slice(clauseStart, printed[0]!.m.start).replace(/^[“"]/u, ''))) return undefined;
  for (let k = 1; k < names.length; k++) if (!/^[、和与及]$/u.test(text.slice(names[k - 1]!.m.end, names[k]!.m.start))) return undefined;
  // (甲公司和乙公司的产值分别…: the names, then 的 and what is measured, or a verb, up to 分别.)
  if (/[，,。；;]/u.test(text.slice(names[names.length - 1]!.m.end, at))) return undefined;
  const stop = nextClauseStop(text, at);
  const figures = ordered.filter((q) => q.ref.label === 'Outcome' && q.m.start > at && q.m.end <= stop);
  if (figures.length !== names.length) return undefined;
  for (let k = 1; k < figures.length; k++) if (!/^[、和与及]$/u.test(text.slice(figures[k - 1]!.m.end, figures[k]!.m.start))) return undefined;
  const k = figures.indexOf(p);
  return k >= 0 ? names[k] : undefined;
}

/** The latest body of `bodies` whose name ends in what `opening` starts with (4–10 characters ending in a kind word). */
function namedByItsEnd(opening: string, bodies: readonly Pending[], kindWords: readonly string[]): Pending | undefined {
  for (let k = bodies.length - 1; k >= 0; k--) {
    const name = bodies[k]!.ref.name;
    for (let l = Math.min(10, name.length - 2); l >= 4; l--) {
      const tail = name.slice(-l);
      if (opening.startsWith(tail) && kindWords.some((w) => w.length >= 2 && tail.endsWith(w))) return bodies[k];
    }
  }
  return undefined;
}

/** 全国 opening a clause as its subject (全国共有, 全国已累计, 全国范围内), or a nation's total (全国樱桃种植面积已超过…, 全国黑茶年产量约…): the nation. */
const NATION_OPENING = /^(?:目前|截至目前)?[，,]?全国(?:范围内)?(?:共|共有|已有|已|累计|目前|现有|范围|各地|总共|一共|有)|^(?:目前|截至目前)?[，,]?全国(?!首|第|唯一|最|百强|重点|文明|示范|先进|知名|领先|一流|性|级)[\u4e00-\u9fff]{1,10}?(?:总产量|年产量|产量|总面积|面积|总规模|规模|总产值|产值|总量|人数|数量|销量|销售额|出口额|交易额|总数)(?:已|约|达|达到|超过|突破|为|有|近|共)?$/u;

/** The rest of a body's name after the place it opens with (中小企业数字化改造服务平台, 农村电商公共服务中心). */
const UNREAD_BODY_AFTER = /^[\u4e00-\u9fff]{2,14}?(?:服务平台|公共平台|平台|服务中心|中心|协会|商会|联盟|联合会|合作社|产业园|孵化器|工作站)(?=[，,。；;、“”]|上线|成立|运行|运营|启动|自|以来|累计|共|已|今年|去年|目前|现有|全年)/u;
const BUILT_BODY_AFTER = /^(?:援建|投资兴建|投资建设|投资|建设|打造|兴建|建成|创办|开办|承建|运营|帮扶|共建|合建|新建|签约|引进|招引)了?的[^，,。；;的“”\d]{0,10}?(?:基地|项目|园区|产业园|工厂|厂房|合作社|车间|农场|工坊|示范区|示范园)/u;
/** The rest of a zone's name after the place read from its first words (某某|经济开发区). */
const ZONE_NAME_REST = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术产业园区|高新区|开发区|经开区)/u;
/** A development zone's word opening a clause (开发区, 该高新区, 园区), after time words. */
const ZONE_WORD = /^(?:[\d]{4}年)?(?:目前|现在|如今|眼下|当前|今年|去年|近年来|同时|此外|另外)?[，,]?(?:该|本|这个)?(?:开发区|高新区|经开区|新区|园区)(?!的|建设|内企业|企业)/u;
/** A clause opening with a count of a set of bodies or projects (两个项目, 这三家企业). */
const COUNTED_SET = /^(?:这|上述|以上|前述)?[两二三四五六七八九十\d]+(?:个|家|项|所|座)(?:项目|企业|公司|单位|工程)/u;
const PROGRAMME_ANAPHOR = /(?:本届|本次|此次|这次|该)(?:峰会|大会|展会|博览会|交易会|展销会|活动|论坛|比赛|大赛|行动|会议|赛事)/u;
/**
 * A sentence opening with a name of a place or a body that no recognizer found (青藤古镇, 石门老街, 城东农贸中心): two to
 * eight characters before a word for such a place or body, then a verb or a figure's measure.
 */
const UNKNOWN_HEAD = /^[“"]?(?:(?![的之])[\u4e00-\u9fff]){2,8}?(?:古镇|古村|景区|公园|街区|老街|山庄|农庄|度假区|湿地|合作社|卫生院|医院|中学|小学|学校|中心|公司|工厂|工程|项目|新区|开发区|高新区|产业园)(?![的])/u;
/** …not words pointing back or counting (该景区, 全县中小学, 两家公司, 这个项目). */
const UNKNOWN_NOT = /^[“"]?(?:该|这|那|此|本|全|各|每|其|我|两|三|几|多|一)/u;
/** Time words and connectives opening a sentence (今年以来，其中，). */
/** A quotation opened right before words of a name (“乐购, “游在): a place after them closes a quoted name. */
const QUOTED_NAME_BEFORE = /[“"][\u4e00-\u9fff]{1,8}$/u;
/** A list's words (该名录, 该名单): they point back to a list, which the graph types as a recognition. */
const LIST_WORDS = /^(?:名录|名单|目录)$/u;
const LEADING_ADJUNCTS = /^(?:(?:今年|去年|目前|如今|其中|同时|此外|另外|近年来|上半年|下半年)[，,]?)+/u;
/** 活动共募集善款, 活动期间: an event's word opening the sentence bare, the event in view doing it or its time. */
/** A clause opening with both parties (双方, 两地, 两市, 两家企业, 这三个村), the figure later in it. */
const BOTH_PARTIES = /^(?:双方|两者|三方|各方|两地|两市|两县|两省|两区|两镇|(?:这|上述|以上)?[两二三四五六七八九十]+(?:家|个|所)(?:企业|公司|单位|合作社|村|镇|乡))/u;
/** A sentence opening with a word for the place in view: 这里, 这儿, 在这里, 这片山峦间, 这片土地上 (then a comma or the rest). */
const HERE_OPENING = /^[“"]?(?:在)?(?:这里|这儿|此地|这片[\u4e00-\u9fff]{1,4}?(?:间|里|上|中))/u;
/** A sentence opening bare with the pilot in view: 试点工作, 该试点, 试点期间, 试点开展以来 (after time words). */
// (按照计划，试点用3年时间改造…; 试点将…, 试点已…: a plan's lead and a verb of planning or progress after the word.)
const PILOT_OPENING = /^(?:(?:一年来|一年多来|半年来|今年以来|去年以来|目前|截至目前|按照计划|根据计划|按计划|按照规划|根据规划)[，,]?)?(?:该|此|本)?试点(?:工作|期间|以来|开展以来|启动以来|推进以来|中|共|累计|计划|将|拟|用|已|还|力争|预计)/u;
/** What follows a programme named as a pilot: 开展“共富工坊”建设试点, 某某改革试点. */
const PILOT_AFTER = /^[”"]?(?:建设|创建|改革|工作|项目)?试点/u;
const BARE_EVENT = /^(?:活动|大赛|比赛|展会|博览会|交易会|展销会|对接会|洽谈会|推介会)(?:期间|当天|现场|中|共|共计|累计|吸引|募集|签约|达成|参与|现场签约)/u;
/** 展会期间，累计达成交易额…: a clause setting the time at the event in view (not one naming a subject after it: 交易会期间，企业…). */
const PROGRAMME_PERIOD = /(?:^|[，,])(?:展会|博览会|交易会|展销会|峰会|论坛)(?:期间|现场)[，,]/u;
/** A clause naming an event's hosts: 由甲、乙主办, 丙承办, 丁协办. */
const HOSTED_CLAUSE = /(?:主办|承办|协办|联办|指导)$/u;

function nextClauseStop(text: string, pos: number): number {
  const m = /[，,。；;！？\n]/u.exec(text.slice(pos));
  return m ? pos + m.index : text.length;
}

function lastClauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (/[，,。；;！？\n]/.test(text[i]!)) return i + 1;
  return 0;
}

function entityKeyOf(p: Pending, mentionEntity: Map<string, string>): string {
  return mentionEntity.get(p.m.id) ?? p.ref.key;
}
