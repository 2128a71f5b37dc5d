// Issue 15, graph analytics: the degree, PageRank and community written onto the multi-issue fixture archive's
// entities reach Neo4j typed as the schema says, survive a second load unchanged, and the central-entities canned
// query ranks companies and programmes exactly as graph.json does.
import { loadGraph } from '../../src/store/loader.js';
import { graphStats } from '../../src/store/stats.js';
import type { Graph, GraphNode } from '../../schema/model.js';
import { archiveBuild } from '../helpers/archive-graph.js';
import { cannedQueryRunner, useTestDatabase } from '../helpers/neo4j.js';


type Figures = { key: string; degree: number; pagerank: number; community: number; types: string[] };

describe('graph analytics in Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    ({ graph } = await archiveBuild());
  }, 600_000);
  const db = useTestDatabase();
  const run = cannedQueryRunner(db);

  const withFigures = (): GraphNode[] => graph.nodes.filter((n) => n.properties.pagerank !== undefined);
  const figuresIn = (): Promise<Figures[]> =>
    db.store.read<Figures>(
      `MATCH (n) WHERE n.pagerank IS NOT NULL
       RETURN n.key AS key, n.degree AS degree, n.pagerank AS pagerank, n.community AS community,
              [t IN [valueType(n.degree), valueType(n.pagerank), valueType(n.community)] | replace(t, ' NOT NULL', '')] AS types
       ORDER BY key`,
    );

  beforeAll(async () => {
    await loadGraph(db.store, graph);
  }, 600_000);

  test('every entity of the archive carries its figures; articles and outcomes carry none', () => {
    expect(withFigures().length).toBeGreaterThan(20);
    for (const n of graph.nodes) {
      const entity = !['Article', 'Outcome'].includes(n.labels[0]!);
      expect([n.id, n.properties.pagerank !== undefined]).toEqual([n.id, entity]);
    }
  });

  test('the figures reach Neo4j as graph.json has them, degree and community INTEGER and PageRank FLOAT', async () => {
    const want = withFigures()
      .map((n) => ({ key: n.id, degree: n.properties.degree, pagerank: n.properties.pagerank, community: n.properties.community, types: ['INTEGER', 'FLOAT', 'INTEGER'] }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(await figuresIn()).toEqual(want);
  });

  test('loading the archive again leaves the same counts and the same figures', async () => {
    const counts = await graphStats(db.store);
    const before = await figuresIn();
    await loadGraph(db.store, graph, { batchSize: 5 });
    expect(await graphStats(db.store)).toEqual(counts);
    expect(await figuresIn()).toEqual(before);
  });

  test('central-entities ranks companies and programmes by PageRank as graph.json does, with their community', async () => {
    const rows = await run('central-entities');
    const ranked = withFigures()
      .filter((n) => n.labels.includes('Company') || n.labels[0] === 'Programme')
      .sort((a, b) => (b.properties.pagerank as number) - (a.properties.pagerank as number) || (a.properties.name! < b.properties.name! ? -1 : 1))
      .slice(0, 20);
    expect(rows.map((r) => [r.name, r.degree, r.pagerank, r.community])).toEqual(ranked.map((n) => [n.properties.name, n.properties.degree, n.properties.pagerank, n.properties.community]));
    for (const r of rows) {
      expect(r.communitySize).toBe(withFigures().filter((n) => n.properties.community === r.community).length);
      expect(['Organization', 'Programme']).toContain(r.label);
    }
    // The firms the archive reports on issue after issue are its most central.
    expect(rows.slice(0, 3).map((r) => r.name).sort()).toEqual(['嘉兴宏岳新材料股份有限公司', '桐乡华森纺织有限公司', '浙江云帆智能装备有限公司']);
  });

  test('central-entities lists a firm’s neighbours in the network, most central first', async () => {
    const [top] = await run('central-entities', ['limit=1']);
    const id = graph.nodes.find((n) => n.properties.name === top!.name)!.id;
    const neighbours = new Set(
      graph.relationships.filter((r) => r.start === id || r.end === id).map((r) => (r.start === id ? r.end : r.start)),
    );
    const linked = withFigures().filter((n) => neighbours.has(n.id));
    expect(top!.linkedTo).toEqual(
      linked
        .sort((a, b) => (b.properties.pagerank as number) - (a.properties.pagerank as number) || (a.properties.name! < b.properties.name! ? -1 : 1))
        .slice(0, 8)
        .map((n) => n.properties.name),
    );
    expect((top!.linkedTo as string[]).length).toBe(Math.min(top!.degree as number, 8));
  });

  test('central-entities takes a label and a limit', async () => {
    const programmes = await run('central-entities', ['label=Programme', 'limit=3']);
    expect(programmes).toHaveLength(3);
    expect(programmes.every((r) => r.label === 'Programme')).toBe(true);
    const places = await run('central-entities', ['label=Place']);
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((r) => r.label === 'Place')).toBe(true);
    expect(places.every((r, i) => i === 0 || (r.pagerank as number) <= (places[i - 1]!.pagerank as number))).toBe(true);
  });
});
