// The canned queries enterprise-profile and enterprise-network list a firm's trading partners, a country it exports
// to among them (TRADES_WITH ends at a Place), on the real Neo4j loaded with a page written for the test (qrel12).
import { loadGraph } from '../../src/store/loader.js';
import type { Graph } from '../../schema/model.js';
import { graphOfPage } from '../helpers/page-graph.js';
import { cannedQueryRunner, useTestDatabase } from '../helpers/neo4j.js';

const PAGE = [
  '磐安五金出海记',
  '',
  '磐安县恒越五金工具有限公司今年新上了两条生产线。这家企业生产的电锤，产品出口到秘鲁、阿根廷等15个国家。',
  '去年，磐安县恒越五金工具有限公司与磐安县鼎新机械有限公司签订了合作协议，共同开发园林工具。',
  '',
].join('\n');

describe('a firm\'s export countries in enterprise-profile and enterprise-network', () => {
  let graph: Graph;
  beforeAll(async () => {
    ({ graph } = await graphOfPage(PAGE, { homeCity: '磐安县' }));
  }, 600_000);
  const db = useTestDatabase();
  const run = cannedQueryRunner(db);

  beforeAll(async () => {
    await loadGraph(db.store, graph);
  }, 600_000);

  test('the page reads the exports as TRADES_WITH two countries (the premise)', () => {
    const name = new Map(graph.nodes.map((n) => [n.id, `${n.labels[0]} ${String(n.properties.name)}`]));
    const trades = graph.relationships.filter((r) => r.type === 'TRADES_WITH').map((r) => `${name.get(r.start)} → ${name.get(r.end)}`);
    expect(trades).toEqual(expect.arrayContaining(['Organization 磐安县恒越五金工具有限公司 → Place 秘鲁', 'Organization 磐安县恒越五金工具有限公司 → Place 阿根廷']));
  });

  test('enterprise-profile lists the countries among the links, besides the partner firm', async () => {
    const [firm] = await run('enterprise-profile', ['company=恒越五金']);
    expect(firm!.enterprise).toBe('磐安县恒越五金工具有限公司');
    expect(firm!.links).toEqual(expect.arrayContaining(['TRADES_WITH 秘鲁', 'TRADES_WITH 阿根廷', 'PARTNER_OF 磐安县鼎新机械有限公司']));
    // A place the firm is in is no link (磐安县: LOCATED_IN).
    expect((firm!.links as string[]).some((l) => l.includes('磐安县') && !l.includes('有限公司'))).toBe(false);
  });

  test('enterprise-network: one row per country, filtered by the firm or by the country', async () => {
    const rows = await run('enterprise-network');
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: '磐安县恒越五金工具有限公司', relation: 'TRADES_WITH', to: '秘鲁' }),
        expect.objectContaining({ from: '磐安县恒越五金工具有限公司', relation: 'TRADES_WITH', to: '阿根廷' }),
      ]),
    );
    // Only TRADES_WITH may end at a place: no LOCATED_IN or PART_OF row.
    expect(rows.every((r) => ['SUPPLIES', 'TRADES_WITH', 'PARTNER_OF', 'SPUN_OFF_FROM'].includes(r.relation as string))).toBe(true);
    expect(rows.some((r) => r.to === '磐安县')).toBe(false);
    const peru = await run('enterprise-network', ['company=秘鲁']);
    expect(peru.map((r) => r.to)).toEqual(['秘鲁']);
  });
});
