// Extract: articles → mentions. Recognizers run in a fixed order over each article (order here matters only
// for reading; selection decides), then page-level consistency adds the recurrences of names the page has
// established, and a final selection keeps one reading per span. English articles go to compromise.
import type { Article } from '../document/types.js';
import type { PlaceKind } from '../../schema/model.js';
import { loadAdministrativeAreas, loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { buildContexts, type ExtractContext, type ExtractResources } from './context.js';
import { collectAnchors, emptyAnchors, propagate, type OrgAlias } from './consistency.js';
import { recognizeEnglish } from './english.js';
import { buildJieba, gluedOrgTitles, lexiconWords, readOverrides } from './jieba.js';
import { loadExtractLexicon } from './lexicon.js';
import type { Candidate, Mention } from './mention.js';
import { mergeAdjacentOrganizations, recognizeOrganizations } from './recognizers/organizations.js';
import { measureText, recognizeOutcomes } from './recognizers/outcomes.js';
import { recognizePeople } from './recognizers/people.js';
import { recognizePlaces } from './recognizers/places.js';
import { recognizeProgrammes } from './recognizers/programmes.js';
import { recognizeFacilities } from './recognizers/facilities.js';
import { dotJoinedNames } from './recognizers/dotted.js';
import { selectMentions } from './select.js';
import { combine, type Engine } from './hybrid.js';
import { loadNerModel } from '../tagger/index.js';
import { placeTries } from './place-tries.js';
import { sourceRange } from '../text/mapped-text.js';
import { batchBySize } from '../util/batches.js';
import { groupBy } from '../util/group-by.js';
import { OverlapIndex } from './scan.js';

export type { Mention } from './mention.js';
export type { ExtractResources } from './context.js';
export { ENGINES, type Engine } from './hybrid.js';

/** The recognizers, in the order they run. */
export const RECOGNIZERS = [recognizePlaces, recognizeOrganizations, recognizeFacilities, recognizePeople, recognizeProgrammes, recognizeOutcomes] as const;

export interface ResourceOptions {
  /** Home cities or counties (name or code) of the pages to be read: their villages and town short forms are loaded. */
  homeAreas?: readonly string[];
  /** Who proposes names (default hybrid: the statistical tagger and the rules together; see hybrid.ts). */
  engine?: Engine;
}

const resourceCache = new Map<string, ExtractResources>();

export function loadExtractResources(options: ResourceOptions = {}): ExtractResources {
  // The home areas' counties are found among the administrative levels alone: the whole gazetteer without the
  // home villages would be built only to find them (and without home areas, nothing is to be found).
  const localCounties = options.homeAreas?.length ? localCountyCodes(loadAdministrativeAreas(), options.homeAreas) : [];
  const engine = options.engine ?? 'hybrid';
  const key = `${localCounties.join(',')}|${engine}`;
  const hit = resourceCache.get(key);
  if (hit) return hit;
  const gazetteer = loadGazetteer(localCounties.length ? { localCounties } : {});
  const lex = loadExtractLexicon();
  const { tagger, dictionary, tags } = buildJieba([...readOverrides(), ...lexiconWords(lex, gazetteer, localCounties)], localCounties.join(','), gluedOrgTitles(lex), undefined, localCounties.join(','));
  const names = [...gazetteer.surfaces()];
  const { placeTrie, placeTrieReverse } = placeTries(names, undefined, localCounties.join(','));
  const abbreviationChars = new Set<string>(lex.placeAbbreviations.keys());
  for (const name of names) if (name.length === 1) abbreviationChars.add(name);
  const model = engine === 'rules' ? undefined : loadNerModel();
  const res: ExtractResources = { lex, gazetteer, tagger, dictionary, tags, placeTrie, placeTrieReverse, abbreviationChars, localCounties, engine, ...(model ? { model } : {}) };
  resourceCache.set(key, res);
  return res;
}

const COUNTY_LEVEL: ReadonlySet<PlaceKind> = new Set(['County', 'District']);

/** County-level codes for home areas: a county is itself; a prefecture city brings all its counties. */
export function localCountyCodes(g: Gazetteer, homeAreas: readonly string[]): string[] {
  const out = new Set<string>();
  for (const area of homeAreas) {
    const place = g.findAdministrative(area);
    if (!place?.code) continue;
    if (place.kind === 'County' || place.kind === 'District') out.add(place.code);
    else if (place.kind === 'City') for (const p of g.placesWhere(COUNTY_LEVEL)) if (p.parent === place.code) out.add(p.code!);
  }
  return [...out].sort();
}

/**
 * Candidates of each context. Each recognizer runs over the whole batch before the next one starts, so its
 * tables stay in the processor's cache; a context's candidates come out in the same order as when its
 * recognizers run one after another. Then the statistical tagger reads the batch, and its spans join the rules'
 * candidates under the engine's policy (hybrid.ts).
 */
function recognizeAll(ctxs: readonly ExtractContext[], languages: readonly ('zh' | 'en')[]): Candidate[][] {
  const found: Candidate[][] = ctxs.map(() => []);
  const res = ctxs[0]?.res;
  const engine = res?.engine ?? 'rules';
  if (engine !== 'model') {
    for (const recognizer of RECOGNIZERS) {
      for (let i = 0; i < ctxs.length; i++) {
        if (languages[i] !== 'zh') continue;
        const into = found[i]!;
        for (const c of recognizer(ctxs[i]!)) into.push(c);
      }
    }
  }
  return ctxs.map((ctx, i) => {
    if (languages[i] === 'en') return recognizeEnglish(ctx.text, ctx.res.gazetteer);
    // (found[i] is this function's own: the merged organisations are added to it rather than to a copy.)
    const rules = found[i]!;
    if (engine === 'model') rules.length = 0;
    else for (const c of mergeAdjacentOrganizations(ctx, rules)) rules.push(c);
    const combined = res?.model ? combine(ctx, rules, res.model.tag(ctx, ctx.sentences), res.model.id, engine) : rules;
    // 某某·某某农创村: a name read after a middle dot, with the half before it (whoever proposed the name).
    const joined = dotJoinedNames(ctx, combined);
    return joined.length ? [...combined, ...joined] : combined;
  });
}

/**
 * Texts are read in batches of about this many characters (whole pages), each stage over the whole batch: a
 * batch's contexts take about 16 bytes per character, and batches of a few tens of thousands of characters were
 * measurably slower (bench/extract.ts).
 */
export const EXTRACT_BATCH_CHARS = 200_000;

const chars = (articles: readonly Article[]): number => articles.reduce((n, a) => n + a.text.length, 0);

/**
 * Mentions of every article, with consistency across the articles of each page; `archive` adds the short names
 * the rest of the archive knows (archive.ts) where the page does not establish them itself.
 */
export function extractArticles(articles: readonly Article[], res: ExtractResources, archive?: ReadonlyMap<string, OrgAlias>): Map<string, Mention[]> {
  const pages = [...groupBy(articles, (a) => a.pageId).values()];
  const out = new Map<string, Mention[]>();
  for (const batch of batchBySize(pages, chars, EXTRACT_BATCH_CHARS)) {
    const batchArticles = batch.flat();
    const ctxs = buildContexts(batchArticles.map((a) => a.text), res);
    const found = recognizeAll(ctxs, batchArticles.map((a) => a.language));
    let k = 0;
    for (const pageArticles of batch) {
      const states = pageArticles.map((article) => {
        const ctx = ctxs[k]!;
        const candidates = found[k++]!;
        return { article, ctx, candidates, chosen: selectMentions(candidates) };
      });
      const anchors = emptyAnchors();
      for (const s of states) if (s.article.language === 'zh') collectAnchors(s.ctx, s.chosen, anchors, s.article.bylines.map((b) => b.name));
      for (const [alias, known] of archive ?? []) if (!anchors.orgAliases.has(alias)) anchors.orgAliases.set(alias, known);
      for (const s of states) {
        const extra = s.article.language === 'zh' ? propagate(s.ctx, s.chosen, anchors) : [];
        const final = extra.length ? keepAliasLinks(selectMentions([...s.candidates, ...extra]), extra) : s.chosen;
        out.set(s.article.id, toMentions(s.article, s.ctx, final));
      }
    }
  }
  return out;
}

/** A measure word that names an entity (华龙新材料科技园 2家孵化器) is not part of what was counted. */
function refineMeasures(chosen: readonly Candidate[], notApproximations: ReadonlySet<string>): Candidate[] {
  // (The entities indexed once: a scan of all of them for each word of each measure was quadratic on a long article.)
  let entities: OverlapIndex | undefined;
  return chosen.map((c) => {
    const parts = c.attrs.measureParts;
    if (!c.attrs.outcome || !parts) return c;
    entities ??= new OverlapIndex(chosen.filter((e) => e.label !== 'Outcome'));
    const kept = parts.filter((p) => !entities!.overlaps(p.start, p.end));
    const { measureParts: _dropped, ...attrs } = c.attrs;
    return { ...c, attrs: { ...attrs, outcome: { ...c.attrs.outcome, measure: measureText(kept.length ? kept : parts, notApproximations) } } };
  });
}

/** A span chosen under one rule may have been proposed as a short form too (盈智 listed, and a short form). */
function keepAliasLinks(chosen: readonly Candidate[], all: readonly Candidate[]): Candidate[] {
  // The first candidate with a link at each extent (a search of all candidates per organisation was quadratic).
  let linked: Map<string, Candidate> | undefined;
  return chosen.map((c) => {
    if (c.label !== 'Organization' || c.attrs.aliasOf) return c;
    if (!linked) {
      linked = new Map();
      for (const x of all) if (x.attrs.aliasOf && !linked.has(`${x.start},${x.end}`)) linked.set(`${x.start},${x.end}`, x);
    }
    const twin = linked.get(`${c.start},${c.end}`);
    return twin ? { ...c, attrs: { ...c.attrs, aliasOf: twin.attrs.aliasOf } } : c;
  });
}

function toMentions(article: Article, ctx: ExtractContext, chosen: readonly Candidate[]): Mention[] {
  // Built field by field (not by spreading the candidate): tens of thousands per page set, and a spread of
  // objects of varying shapes takes V8's slow path.
  const prefix = `${article.id}#m`;
  return refineMeasures(chosen, ctx.res.lex.notApproximations).map((c, i): Mention => {
    const span = sourceRange(article.offsets, c.start, c.end);
    // A missing kind stays undefined, which JSON leaves out as it would a missing key.
    return {
      label: c.label,
      kind: c.kind,
      start: c.start,
      end: c.end,
      rule: c.rule,
      confidence: c.confidence,
      attrs: c.attrs,
      id: prefix + String(i + 1),
      articleId: article.id,
      text: article.text.slice(c.start, c.end),
      sentence: ctx.sentenceAt[c.start]!,
      sourceStart: span.start,
      sourceEnd: span.end,
    };
  });
}


/** Mentions in a bare text (one document, no page). */
export function extractText(text: string, res: ExtractResources, language: 'zh' | 'en' = 'zh'): Candidate[] {
  return extractTexts([{ text, language }], res)[0]!;
}

/** Mentions in bare texts, each a document of its own: what `kg ner` uses, a batch of records at a time. */
export function extractTexts(inputs: readonly { text: string; language?: 'zh' | 'en' }[], res: ExtractResources): Candidate[][] {
  const languages = inputs.map((x) => x.language ?? 'zh');
  const ctxs = buildContexts(inputs.map((x) => x.text), res);
  const found = recognizeAll(ctxs, languages);
  return ctxs.map((ctx, i) => {
    const candidates = found[i]!;
    const chosen = selectMentions(candidates);
    if (languages[i] === 'en') return chosen;
    const anchors = emptyAnchors();
    collectAnchors(ctx, chosen, anchors);
    const extra = propagate(ctx, chosen, anchors);
    return refineMeasures(extra.length ? selectMentions([...candidates, ...extra]) : chosen, res.lex.notApproximations);
  });
}
