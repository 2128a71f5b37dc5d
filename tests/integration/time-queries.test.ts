// Issue 15: the canned queries over time and the identities tied across the archive, run on the real Neo4j loaded
// with a multi-issue archive written for the tests (tests/fixtures/archive/): ten dated issues in which the same
// firms, people and programmes recur under varied names.
import { loadGraph } from '../../src/store/loader.js';
import type { Graph } from '../../schema/model.js';
import { archiveBuild } from '../helpers/archive-graph.js';
import { cannedQueryRunner, useTestDatabase } from '../helpers/neo4j.js';


describe('canned queries over time on a multi-issue archive', () => {
  // The archive is built before the database lock is taken (hooks run in order), so the lock is held only to load
  // and query it; a build on a loaded machine takes longer than the default hook timeout.
  let graph: Graph;
  beforeAll(async () => {
    ({ graph } = await archiveBuild());
  }, 600_000);
  const db = useTestDatabase();
  const run = cannedQueryRunner(db);

  beforeAll(async () => {
    await loadGraph(db.store, graph);
  }, 600_000);

  test('every article is dated from its metadata, and every figure carries the date of its issue', () => {
    const articles = graph.nodes.filter((n) => n.labels[0] === 'Article');
    expect(articles).toHaveLength(10);
    for (const a of articles) expect(a.properties).toMatchObject({ date: expect.stringMatching(/^202[45]-\d\d-\d\d$/), dateSource: 'metadata' });
    for (const o of graph.nodes.filter((n) => n.labels[0] === 'Outcome')) expect(o.properties.reportedOn).toMatch(/^202[45]-\d\d-\d\d$/);
  });

  test('figures-over-time: an enterprise’s output issue by issue, each with the period it covers', async () => {
    const rows = await run('figures-over-time', ['subject=云帆', 'measure=产值']);
    expect(rows.map((r) => [r.subject, r.reportedOn, r.period, r.periodPrinted, r.value])).toEqual([
      ['浙江云帆智能装备有限公司', '2024-03-12', '2023', '去年', 260_000_000],
      ['浙江云帆智能装备有限公司', '2024-04-20', '2024-Q1', '一季度', 80_000_000],
      ['浙江云帆智能装备有限公司', '2024-10-22', '2024-Q1..2024-Q3', '今年前三季度', 310_000_000],
      // Printed by its short name alone: the same firm (extract/archive.ts).
      ['浙江云帆智能装备有限公司', '2024-12-10', '2024-01..2024-11', '今年1至11月', 400_000_000],
      ['浙江云帆智能装备有限公司', '2025-01-15', '2024', '去年', 420_000_000],
    ]);
    expect((rows[0]!.evidence as string[])[0]).toContain('去年，云帆智能实现产值2.6亿元');
  });

  test('figures-over-time: a place’s output, and only the measure asked for', async () => {
    const rows = await run('figures-over-time', ['subject=桐乡市', 'measure=产值']);
    expect(rows.filter((r) => r.subject === '桐乡市').map((r) => [r.reportedOn, r.period, r.value])).toEqual([
      ['2024-04-20', '2024-Q1', 41_200_000_000],
      ['2025-01-15', '2024', 172_000_000_000],
    ]);
    const sales = await run('figures-over-time', ['subject=宏岳', 'measure=销售收入']);
    expect(sales).toEqual([expect.objectContaining({ subject: '嘉兴宏岳新材料股份有限公司', reportedOn: '2024-11-05', period: '2024', value: 160_000_000 })]);
    expect(await run('figures-over-time', ['subject=云帆', 'measure=产值同比增长'])).toHaveLength(3);
  });

  test('recurring-programmes: the campaign of four issues, with its first and last date', async () => {
    const rows = await run('recurring-programmes');
    expect(rows.map((r) => r.programme)).toEqual(['百企攻坚']);
    expect(rows[0]).toMatchObject({ kind: 'Campaign', issues: 4, firstDate: '2024-03-12', lastDate: '2024-11-05', articles: 4 });
    expect(rows[0]!.organisations).toContain('嘉兴宏岳新材料股份有限公司');
    const once = await run('recurring-programmes', ['min=1']);
    expect(once.length).toBeGreaterThan(1);
    expect(once.every((r, i) => i === 0 || (r.issues as number) <= (once[i - 1]!.issues as number))).toBe(true);
  });

  test('first-seen-after: the firm named first in November, not the ones named since March', async () => {
    const rows = await run('first-seen-after', ['since=2024-11-01', 'label=Organization']);
    const names = rows.map((r) => r.name);
    expect(names).toContain('嘉兴宏岳新材料股份有限公司');
    expect(names).not.toContain('桐乡华森纺织有限公司');
    expect(names).not.toContain('浙江云帆智能装备有限公司');
    expect(rows.find((r) => r.name === '嘉兴宏岳新材料股份有限公司')).toMatchObject({ label: 'Organization', firstSeen: '2024-11-05', issues: 1, firstArticles: ['宏岳新材料入选省级专精特新中小企业名单'] });
    expect(rows.every((r, i) => i === 0 || String(r.firstSeen) >= String(rows[i - 1]!.firstSeen))).toBe(true);
    const people = await run('first-seen-after', ['since=2024-10-01', 'label=Person']);
    expect(people.map((r) => r.name)).toContain('顾建平');
    expect(people.map((r) => r.name)).not.toContain('陆慧芳');
  });

  test('enterprise-timeline: one firm’s articles, programmes and figures in date order', async () => {
    const rows = (await run('enterprise-timeline', ['company=华森纺织'])).filter((r) => r.enterprise === '桐乡华森纺织有限公司');
    const dates = rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
    expect([...new Set(dates)]).toEqual(['2024-04-20', '2024-07-18', '2025-01-15', '2025-03-20']);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2024-07-18', event: 'article', what: '华森纺织获评省级绿色工厂' }),
        expect.objectContaining({ date: '2024-07-18', event: 'programme', what: 'RECEIVED 省级绿色工厂' }),
        expect.objectContaining({ date: '2024-07-18', event: 'figure', what: '产值 2.3亿元（2024-01..2024-06）' }),
        expect.objectContaining({ date: '2025-01-15', event: 'figure', what: '产值 4.5亿元（2024）', article: '去年全市规上工业产值创新高' }),
      ]),
    );
  });

  test('every recurring firm is one node with all its names, and no two firms are merged', () => {
    const companies = new Map(graph.nodes.filter((n) => n.labels[1] === 'Company').map((n) => [n.properties.name, n.properties]));
    expect(companies.get('浙江云帆智能装备有限公司')).toMatchObject({ aliases: ['云帆智能'], articleIds: expect.arrayContaining([expect.any(String)]) });
    expect((companies.get('浙江云帆智能装备有限公司')!.articleIds as string[]).length).toBe(5);
    expect(companies.get('桐乡华森纺织有限公司')).toMatchObject({ aliases: ['华森纺织'] });
    expect((companies.get('桐乡华森纺织有限公司')!.articleIds as string[]).length).toBe(4);
    expect(companies.get('浙江华森建材有限公司')!.aliases).toEqual(['华森', '华森建材']);
    // 华森 printed alone could be either firm: a name of its own, saying which.
    expect(companies.get('华森')).toMatchObject({ aliases: [], ambiguousWith: ['桐乡华森纺织有限公司', '浙江华森建材有限公司'] });
    const people = graph.nodes.filter((n) => n.labels[0] === 'Person').map((n) => n.id).sort();
    expect(people).toEqual([
      'person:俞佳琪@桐乡日报',
      'person:吴晓川@桐乡日报',
      'person:沈立强@浙江云帆智能装备有限公司',
      'person:钱嘉怡@桐乡日报',
      'person:陆慧芳@桐乡华森纺织有限公司',
      'person:顾建平@嘉兴宏岳新材料股份有限公司',
    ]);
  });

  test('identity-merges: the names tied across the archive and the one left apart, with rules and articles', async () => {
    const rows = await run('identity-merges');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ decision: 'merged', label: 'Organization', name: '浙江云帆智能装备有限公司', rules: ['org.short-form.archive'], articles: ['云帆智能车间获评省级数字化车间'], firstDate: '2024-12-10' }),
        expect.objectContaining({ decision: 'merged', label: 'Organization', name: '桐乡华森纺织有限公司', articles: ['华森纺织新品亮相面料展'] }),
        expect.objectContaining({ decision: 'merged', label: 'Person', name: '沈立强', rules: [expect.stringMatching(/\+person\.same-organisation$/)], articles: ['云帆智能前三季度产值同比增长三成'] }),
        expect.objectContaining({ decision: 'ambiguous', label: 'Organization', name: '华森', couldBe: ['桐乡华森纺织有限公司', '浙江华森建材有限公司'], rules: ['org.short-form.ambiguous'] }),
      ]),
    );
    expect(rows).toHaveLength(4);
    expect(await run('identity-merges', ['name=宏岳'])).toEqual([]);
  });
});
