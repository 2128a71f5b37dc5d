// The relation cache (issue 14; src/resolve/memo.ts, src/cache/relation-store.ts): an article whose inputs and the
// facts it read are as they were replays its relations and its effects on the entities; any other is read again.
// A page added or removed that changes what an old page's entities are — a person's post named later, a firm's
// short form tied by a later page, a village's parent printed later, a firm printed without its place tied to the
// one printed with it — must give the graph a clean build gives, byte for byte. Pages written for these tests.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildCache, CACHE_DIR, openPageStore } from '../../../src/cache/index.js';
import { RELATIONS_FILE } from '../../../src/cache/page-store.js';
import { writeBuildOutput } from '../../../src/graph/write.js';
import { buildGraph, type BuildResult } from '../../../src/pipeline.js';
import { tempDirs, writePages as writePagesOf, type Pages } from '../../helpers/page-dirs.js';
import { RelationMemo } from '../../../src/resolve/memo.js';
import { mentionsOf } from '../../../src/resolve/mentions.js';
import { checkEntityStates, entityChanged, entityState } from '../../../src/resolve/entity-state.js';
import type { ArticleRefs } from '../../../src/resolve/references.js';
import type { Entity, Relation } from '../../../src/resolve/types.js';
import type { Article } from '../../../src/document/types.js';
import type { Mention } from '../../../src/extract/mention.js';

const tempDir = tempDirs('kg-relation-memo-');
const writePages = (dir: string, pages: Pages): void => writePagesOf(dir, pages, { newspaper: '桐乡日报', homeCity: '桐乡市' });

async function build(input: string, cache?: BuildCache): Promise<{ result: BuildResult; graph: string; articles: string }> {
  const result = await buildGraph({ inputs: [input], workers: 1, ...(cache ? { cache } : {}) });
  const out = tempDir();
  const files = await writeBuildOutput(out, result.graph, result.articles, result.mentions);
  return { result, graph: readFileSync(files.graph, 'utf8'), articles: readFileSync(files.articles, 'utf8') };
}

const cacheIn = (out: string, version?: string): BuildCache => new BuildCache(openPageStore(out), version);

/**
 * A page no other page touches: its article's relations are replayed in every rebuild. (Its library is a body of
 * 海宁市, a city no other page of these tests prints: a page printing the library's city changes the city's state.)
 */
const UNRELATED: Pages = {
  a0: { date: '2024-04-02', text: '图书馆开展读书月活动\n本报讯 4月1日，海宁市图书馆启动全民读书月活动，今年将举办讲座30场。\n' },
};

/**
 * Builds `before` with the cache, then `after` (pages added, `removed` taken away) from it; the rebuild must
 * write what a clean build of `after` writes. Returns the first build and the clean one.
 */
async function rebuildAfter(before: Pages, added: Pages, removed: readonly string[] = []): Promise<{ first: string; clean: string; rebuilt: BuildResult }> {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...UNRELATED, ...before });
  const first = await build(input, cacheIn(out));
  expect(first.result.relationsReplayed).toBe(0);
  // Built again unchanged: every article's relations are replayed.
  const again = await build(input, cacheIn(out));
  expect(again.result.relationsReplayed).toBe(first.result.articles.length);
  expect(again.graph).toBe(first.graph);
  writePages(input, added);
  for (const name of removed) {
    rmSync(join(input, `${name}.txt`));
    rmSync(join(input, `${name}.meta.json`));
  }
  const rebuilt = await build(input, cacheIn(out));
  const clean = await build(input);
  expect(rebuilt.graph).toBe(clean.graph);
  expect(rebuilt.articles).toBe(clean.articles);
  expect(rebuilt.result.relationsReplayed).toBeGreaterThan(0);
  return { first: first.graph, clean: clean.graph, rebuilt: rebuilt.result };
}

/** The relationships of the graph read from the article whose text holds `words`, as type, ends and rule. */
function relationsOf(graphText: string, words: string): string[] {
  const graph = JSON.parse(graphText) as { nodes: Array<{ id: string; labels: string[]; properties: Record<string, unknown> }>; relationships: Array<{ type: string; start: string; end: string; properties: Record<string, unknown> }> };
  const article = graph.nodes.find((n) => n.labels.includes('Article') && String(n.properties.text ?? n.properties.title ?? '').includes(words));
  if (!article) throw new Error(`no article with ${words}`);
  const id = article.id.replace(/^article:/, '');
  return graph.relationships.filter((r) => r.type !== 'MENTIONS' && r.properties.articleId === id).map((r) => `${r.type} ${r.start} ${r.end} ${String(r.properties.rule)}`).sort();
}

const SPEAKER = { b1: { date: '2024-05-01', text: '远舟新材新厂房启用\n本报讯 5月1日，浙江远舟新材料有限公司在乌镇街道举行新厂房启用仪式。\n“今年我们的销售额将突破5亿元。”周振华说。\n' } };
const HIS_POST = { b2: { date: '2024-06-10', text: '远舟新材发布研发计划\n本报讯 6月10日，浙江远舟新材料有限公司董事长周振华在发布会上介绍了企业的研发计划。\n' } };

test('a person\'s post named on a later page: the old page\'s figure quoted from him becomes his firm\'s', async () => {
  const { first, clean } = await rebuildAfter(SPEAKER, HIS_POST);
  expect(relationsOf(first, '远舟新材新厂房启用')).not.toEqual(relationsOf(clean, '远舟新材新厂房启用'));
  expect(relationsOf(clean, '远舟新材新厂房启用').join('\n')).toContain('REPORTED org:浙江远舟新材料有限公司');
});

test('the page that named the post removed: the old page\'s figure is no one\'s again', async () => {
  const { first, clean } = await rebuildAfter({ ...SPEAKER, ...HIS_POST }, {}, ['b2']);
  expect(relationsOf(first, '远舟新材新厂房启用')).not.toEqual(relationsOf(clean, '远舟新材新厂房启用'));
  // Carried from the sentence before, no longer the speaker's body's.
  expect(relationsOf(first, '远舟新材新厂房启用').join('\n')).toContain('rel.reported.pointed-back');
  expect(relationsOf(clean, '远舟新材新厂房启用').join('\n')).not.toContain('rel.reported.pointed-back');
});

test('a firm\'s short form tied by a later page: the old page\'s figures become the firm\'s', async () => {
  const { first, clean } = await rebuildAfter(
    { c1: { date: '2024-05-01', text: '企业走访记\n本报讯 记者日前走访了恒岳科技。今年前三季度，恒岳科技实现销售收入3.2亿元，同比增长15%。\n' } },
    { c2: { date: '2024-06-10', text: '恒岳科技新品发布\n本报讯 6月10日，浙江恒岳科技股份有限公司（恒岳科技）在濮院镇发布新一代智能织机。\n' } },
  );
  expect(relationsOf(first, '企业走访记')).not.toEqual(relationsOf(clean, '企业走访记'));
  expect(relationsOf(clean, '企业走访记').join('\n')).toContain('REPORTED org:浙江恒岳科技股份有限公司');
});

test('a village\'s place printed on a later page: the old page reads the village under it', async () => {
  const { first, clean } = await rebuildAfter(
    { d1: { date: '2024-05-01', text: '乡村新貌\n本报讯 记者近日来到南湾村，看到村里新建了文化礼堂，村集体经济收入达到120万元。\n' } },
    { d2: { date: '2024-06-10', text: '桐乡市南湾村举办丰收节\n本报讯 6月10日，桐乡市南湾村举办第三届丰收节，吸引游客2000余人次。\n' } },
  );
  expect(relationsOf(first, '乡村新貌')).not.toContain('PART_OF place:Village:南湾村@330483 place:330483 rel.part-of.read-under');
  expect(relationsOf(clean, '乡村新貌')).toContain('PART_OF place:Village:南湾村@330483 place:330483 rel.part-of.read-under');
});

test('a damaged relation cache is not read, with a note; every article is read again and the graph is the clean build\'s', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...UNRELATED, ...SPEAKER, ...HIS_POST });
  const first = await build(input, cacheIn(out));
  const file = join(out, CACHE_DIR, RELATIONS_FILE);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('REPORTED', 'REPORTEX'));
  const rebuilt = await build(input, cacheIn(out));
  expect(rebuilt.result.relationsReplayed).toBe(0);
  expect(rebuilt.result.notes.join('\n')).toContain(`the relation cache (${file}) is damaged`);
  expect(rebuilt.graph).toBe(first.graph);
  // Written again whole: the next build replays every article.
  expect((await build(input, cacheIn(out))).result.relationsReplayed).toBe(first.result.articles.length);
  // Cut short: the same.
  writeFileSync(file, text.slice(0, text.length >> 1));
  const cut = await build(input, cacheIn(out));
  expect(cut.result.relationsReplayed).toBe(0);
  expect(cut.graph).toBe(first.graph);
});

test('another version of the product replays nothing', async () => {
  const input = tempDir();
  const out = tempDir();
  writePages(input, { ...UNRELATED, ...SPEAKER });
  const first = await build(input, cacheIn(out, 'version-a'));
  expect((await build(input, cacheIn(out, 'version-a'))).result.relationsReplayed).toBe(first.result.articles.length);
  const other = await build(input, cacheIn(out, 'version-b'));
  expect(other.result.relationsReplayed).toBe(0);
  expect(other.graph).toBe(first.graph);
});

// The memo on tables of its own: what an article's computation does to them is what its replay does.
const article = { id: 'x1', source: 'x.txt', text: '甲公司在乙镇。丙说。', offsets: new Int32Array(10) } as unknown as Article;
const m1 = { id: 'x1-m1', start: 0, end: 3, text: '甲公司', sentence: 0, rule: 'org.test', confidence: 0.9 } as unknown as Mention;
const m2 = { id: 'x1-m2', start: 7, end: 8, text: '丙', sentence: 1, rule: 'person.test', confidence: 0.8 } as unknown as Mention;
/** The article's references: the firm, and the speaker (whose key its computation gives: as outcomes() gives a figure's). */
const pendingOf = (): ArticleRefs['pending'] =>
  [
    { m: m1, ref: { key: 'org:甲公司', label: 'Organization', name: '甲公司', props: {} } },
    { m: m2, ref: { key: 'person:丙', label: 'Person', name: '丙', props: {} } },
  ] as unknown as ArticleRefs['pending'];
const view = { article, sentences: [{ index: 0, start: 0, end: 7 }, { index: 1, start: 7, end: 10 }], pending: pendingOf(), home: {}, places: undefined } as unknown as ArticleRefs;
const entity = (key: string, props: Record<string, unknown> = {}): Entity => ({ key, label: 'Organization', name: key, aliases: new Set(), props, mentions: [], articleIds: new Set() });

function tables(): { entities: Map<string, Entity>; mentionEntity: Map<string, string>; affiliations: Map<string, string> } {
  return { entities: new Map([['org:甲公司', entity('org:甲公司', { shortName: '甲' })]]), mentionEntity: new Map([['x1-m1', 'org:甲公司']]), affiliations: new Map([['person:丙', 'org:甲公司']]) };
}

/** Reads the firm, the speaker's employer and a mention's key; makes a place, changes the firm; two relations. */
function compute(entities: Map<string, Entity>, mentionEntity: Map<string, string>, affiliations: ReadonlyMap<string, string>): Relation[] {
  const firm = entities.get(mentionEntity.get('x1-m1')!)!;
  if (!entities.has('place:乙镇')) entities.set('place:乙镇', { key: 'place:乙镇', label: 'Place', kind: 'Town', name: '乙镇', aliases: new Set(), props: { parentKey: 'place:1' }, mentions: [], articleIds: new Set() });
  firm.props.reportedOn = '2024-01-01';
  entityChanged(firm, 'reportedOn');
  firm.mentions.push(m2);
  firm.articleIds.add('x1');
  firm.aliases.add('甲');
  const speaker = 'person:丙@' + String(affiliations.get('person:丙'));
  mentionEntity.set('x1-m2', speaker);
  view.pending[1]!.ref = { ...view.pending[1]!.ref, key: speaker };
  const ev = { articleId: 'x1', sentence: '甲公司在乙镇。', source: 'x.txt', sourceStart: 0, sourceEnd: 3, rule: 'rel.test', confidence: 0.8 };
  return [
    { type: 'LOCATED_IN', start: firm.key, end: 'place:乙镇', evidence: ev },
    ...mentionsOf(article, view.pending),
    { type: 'WORKS_FOR', start: speaker, end: firm.key, evidence: { ...ev, sentence: '不在文中' } },
  ];
}

/** The article's page reading, as the cache keys it. */
const READINGS = new Map([['x1', 'reading-1']]);

const snapshot = (t: ReturnType<typeof tables>): string => JSON.stringify([[...t.entities.values()].map((e) => ({ ...e, aliases: [...e.aliases], articleIds: [...e.articleIds] })), [...t.mentionEntity], [...t.affiliations]]);

test('an article replayed changes the tables as its computation did and gives the same relations', () => {
  view.pending = pendingOf();
  const computed = tables();
  const memo = new RelationMemo(new Map(), READINGS);
  const relations = memo.relationsOf(view, [m1, m2], computed.entities, computed.mentionEntity, computed.affiliations, compute);
  expect(memo.counts).toEqual({ replayed: 0, computed: 1 });
  const replayed = tables();
  const refsComputed = JSON.stringify(view.pending.map((p) => p.ref));
  view.pending = pendingOf();
  const again = new RelationMemo(memo.next, READINGS);
  const relationsAgain = again.relationsOf(view, [m1, m2], replayed.entities, replayed.mentionEntity, replayed.affiliations, () => {
    throw new Error('computed again');
  });
  expect(again.counts).toEqual({ replayed: 1, computed: 0 });
  expect(snapshot(replayed)).toBe(snapshot(computed));
  expect(JSON.stringify(relationsAgain)).toBe(JSON.stringify(relations));
  expect(relationsAgain.map((r) => r.type)).toEqual(['LOCATED_IN', 'MENTIONS', 'MENTIONS', 'WORKS_FOR']);
  expect(relationsAgain[2]!.mentions![0]).toBe(m2);
  // The reference its computation gave the speaker's key is given it on replay too.
  expect(JSON.stringify(view.pending.map((p) => p.ref))).toBe(refsComputed);
});

test("an article whose MENTIONS are not the ones its references make is not kept", () => {
  view.pending = pendingOf();
  const memo = new RelationMemo(new Map(), READINGS);
  const t = tables();
  memo.relationsOf(view, [m1, m2], t.entities, t.mentionEntity, t.affiliations, (e, k, a) => compute(e, k, a).map((r) => (r.type === 'MENTIONS' ? { ...r, mentions: [m1] } : r)));
  expect(memo.counts.computed).toBe(1);
  expect(memo.next.size).toBe(0);
});

test('an article is computed again when a fact it read is not what it was: a prop, an employer, an entity made before it', () => {
  view.pending = pendingOf();
  const memo = new RelationMemo(new Map(), READINGS);
  const t = tables();
  memo.relationsOf(view, [m1, m2], t.entities, t.mentionEntity, t.affiliations, compute);
  const changes: Array<(t: ReturnType<typeof tables>) => void> = [
    (t) => (t.entities.get('org:甲公司')!.props.shortName = '甲甲'),
    (t) => t.affiliations.set('person:丙', 'org:丁公司'),
    (t) => t.entities.set('place:乙镇', entity('place:乙镇')),
    (t) => t.mentionEntity.set('x1-m1', 'org:甲公司2') && t.entities.set('org:甲公司2', entity('org:甲公司2')),
  ];
  for (const change of changes) {
    const fresh = tables();
    change(fresh);
    const expected = tables();
    change(expected);
    const again = new RelationMemo(memo.next, READINGS);
    view.pending = pendingOf();
    const got = again.relationsOf(view, [m1, m2], fresh.entities, fresh.mentionEntity, fresh.affiliations, compute);
    expect(again.counts).toEqual({ replayed: 0, computed: 1 });
    view.pending = pendingOf();
    expect(JSON.stringify(got)).toBe(JSON.stringify(compute(expected.entities, expected.mentionEntity, expected.affiliations)));
  }
  // A change to what it did not read does not matter.
  const other = tables();
  other.entities.set('org:戊公司', entity('org:戊公司'));
  view.pending = pendingOf();
  const again = new RelationMemo(memo.next, READINGS);
  again.relationsOf(view, [m1, m2], other.entities, other.mentionEntity, other.affiliations, compute);
  expect(again.counts.replayed).toBe(1);
});

test('an article whose page was read otherwise (another reading key) is computed again', () => {
  view.pending = pendingOf();
  const memo = new RelationMemo(new Map(), READINGS);
  const t = tables();
  memo.relationsOf(view, [m1, m2], t.entities, t.mentionEntity, t.affiliations, compute);
  view.pending = pendingOf();
  const again = new RelationMemo(memo.next, new Map([['x1', 'reading-2']]));
  const fresh = tables();
  again.relationsOf(view, [m1, m2], fresh.entities, fresh.mentionEntity, fresh.affiliations, compute);
  expect(again.counts).toEqual({ replayed: 0, computed: 1 });
});

test('an article whose rules use a table in a way the memo does not record is not kept', () => {
  const memo = new RelationMemo(new Map(), READINGS);
  const t = tables();
  memo.relationsOf(view, [m1, m2], t.entities, t.mentionEntity, t.affiliations, (entities) => [...entities.values()].map((e) => ({ type: 'PART_OF', start: e.key, end: e.key, evidence: { source: 'x.txt', rule: 'rel.test', confidence: 1 } })));
  expect(memo.next.size).toBe(0);
});

test("an entity's state is hashed once per change: entityChanged makes it again, a change not told is caught when checking", () => {
  const e = entity('org:己公司', { shortName: '己' });
  const first = entityState(e);
  expect(entityState(e)).toBe(first);
  e.props.reportedOn = '2024-02-03';
  entityChanged(e, 'reportedOn');
  const second = entityState(e);
  expect(second).not.toBe(first);
  e.kind = 'Company';
  entityChanged(e, '');
  expect(entityState(e)).not.toBe(second);
  // The same state in another object hashes the same (the fingerprint holds across builds).
  expect(entityState({ ...e, props: { ...e.props } })).toBe(entityState(e));
  e.props.shortName = '己己';
  checkEntityStates(true);
  try {
    expect(() => entityState(e)).toThrow(/without entityChanged/);
  } finally {
    checkEntityStates(process.env.KG_MEMO_CHECK === '1');
  }
});

test("a prop an article sets on an entity it read is replayed; its state after the replay is the computed one's", () => {
  view.pending = pendingOf();
  const computed = tables();
  const memo = new RelationMemo(new Map(), READINGS);
  memo.relationsOf(view, [m1, m2], computed.entities, computed.mentionEntity, computed.affiliations, compute);
  const replayed = tables();
  view.pending = pendingOf();
  const again = new RelationMemo(memo.next, READINGS);
  again.relationsOf(view, [m1, m2], replayed.entities, replayed.mentionEntity, replayed.affiliations, compute);
  expect(again.counts.replayed).toBe(1);
  expect(entityState(replayed.entities.get('org:甲公司'))).toBe(entityState(computed.entities.get('org:甲公司')));
  expect(replayed.entities.get('org:甲公司')!.props.reportedOn).toBe('2024-01-01');
});
