// Graph analytics on small graphs built by hand: a star's centre has the top degree and PageRank, two cliques
// joined by one edge are two communities numbered by size, provenance (articles, MENTIONS, WROTE) and figures
// (Outcomes, REPORTED) do not count, and the figures are the same whatever order the graph lists things in.
import { analyse, nodeFigures } from '../../../src/analytics/index.js';
import { validateGraph } from '../../../src/graph/index.js';
import type { Graph, GraphNode, GraphRelationship } from '../../../schema/model.js';

const org = (name: string): GraphNode => ({
  id: `org:${name}`,
  labels: ['Organization', 'Company'],
  properties: { key: `org:${name}`, name, aliases: [], articleIds: ['a1'], mentionCount: 1, kind: 'Company' },
});
const place = (name: string): GraphNode => ({
  id: `place:${name}`,
  labels: ['Place', 'Town'],
  properties: { key: `place:${name}`, name, aliases: [], articleIds: ['a1'], mentionCount: 1, kind: 'Town' },
});
const article = (id: string): GraphNode => ({
  id: `article:${id}`,
  labels: ['Article'],
  properties: { key: `article:${id}`, name: '标题', kind: 'news', language: 'zh', pageId: 'p1', ordinal: 1, source: 'page.txt', sourceStart: 0, sourceEnd: 10, text: '正文' },
});
const outcome = (id: string): GraphNode => ({
  id: `outcome:${id}`,
  labels: ['Outcome'],
  properties: { key: `outcome:${id}`, name: '产值 1亿元', value: 1e8, unit: '元', measure: '产值', approximate: false, text: '1亿元', articleIds: ['a1'], mentionCount: 1 },
});

let serial = 0;
function rel(type: GraphRelationship['type'], start: GraphNode, end: GraphNode): GraphRelationship {
  const id = `r${++serial}`;
  const properties =
    type === 'MENTIONS'
      ? { key: id, articleId: 'a1', count: 1, sourceStarts: [0], sourceEnds: [2], rules: ['test'] }
      : type === 'WROTE'
        ? { key: id, role: '记者', source: 'page.txt', sourceStart: 0, sourceEnd: 2, rule: 'test' }
        : { key: id, source: 'page.txt', rule: 'test', confidence: 1 };
  return { id, type, start: start.id, end: end.id, properties };
}

function graphOf(nodes: GraphNode[], relationships: GraphRelationship[]): Graph {
  return validateGraph({ nodes, relationships }, 'test');
}

/** Every pair of `nodes` joined by PARTNER_OF. */
function clique(nodes: GraphNode[]): GraphRelationship[] {
  return nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => rel('PARTNER_OF', a, b)));
}

describe('degree and PageRank', () => {
  const centre = org('星海电子');
  const leaves = ['甲', '乙', '丙', '丁', '戊'].map((x) => org(`${x}配件厂`));
  const star = graphOf([centre, ...leaves], leaves.map((l) => rel('SUPPLIES', l, centre)));

  test('the centre of a star has the top degree and PageRank; its leaves share theirs', () => {
    const f = nodeFigures(star);
    expect(f.get(centre.id)).toMatchObject({ degree: 5 });
    const leafRanks = leaves.map((l) => f.get(l.id)!.pagerank);
    expect(new Set(leafRanks).size).toBe(1);
    expect(f.get(centre.id)!.pagerank).toBeGreaterThan(3 * leafRanks[0]!);
    for (const l of leaves) expect(f.get(l.id)!.degree).toBe(1);
  });

  test('PageRank sums to 1 over the network, and the direction of a relationship does not matter', () => {
    const f = nodeFigures(star);
    expect([...f.values()].reduce((s, x) => s + x.pagerank, 0)).toBeCloseTo(1, 5);
    const reversed = graphOf([centre, ...leaves], leaves.map((l) => rel('SUPPLIES', centre, l)));
    expect(nodeFigures(reversed)).toEqual(f);
  });

  test('several relationships between one pair are one neighbour, but weigh more in PageRank', () => {
    const [a, b, c] = [org('一号厂'), org('二号厂'), org('三号厂')];
    const f = nodeFigures(graphOf([a, b, c], [rel('SUPPLIES', a, b), rel('TRADES_WITH', a, b), rel('PARTNER_OF', b, a), rel('PARTNER_OF', b, c)]));
    expect([f.get(a.id)!.degree, f.get(b.id)!.degree, f.get(c.id)!.degree]).toEqual([1, 2, 1]);
    expect(f.get(a.id)!.pagerank).toBeGreaterThan(f.get(c.id)!.pagerank);
  });
});

describe('what counts', () => {
  test('articles and outcomes get no figures, and MENTIONS, WROTE and REPORTED add no degree', () => {
    const [a, b] = [org('远航机械'), org('东湖包装')];
    const town = place('新仓镇');
    const piece = article('a1');
    const figure = outcome('o1');
    const reporter: GraphNode = {
      id: 'person:陈一鸣',
      labels: ['Person'],
      properties: { key: 'person:陈一鸣', name: '陈一鸣', aliases: [], articleIds: ['a1'], mentionCount: 1, roles: ['记者'], disambiguator: 'test' },
    };
    const graph = graphOf(
      [a, b, town, piece, figure, reporter],
      [rel('LOCATED_IN', a, town), rel('MENTIONS', piece, a), rel('MENTIONS', piece, b), rel('MENTIONS', piece, town), rel('REPORTED', a, figure), rel('WROTE', reporter, piece)],
    );
    const f = nodeFigures(graph);
    expect([...f.keys()].sort()).toEqual([a.id, b.id, reporter.id, town.id].sort());
    expect(f.get(a.id)!.degree).toBe(1);
    expect(f.get(b.id)!.degree).toBe(0);
    expect(f.get(reporter.id)!.degree).toBe(0);
    const analysed = analyse(graph);
    expect(analysed.nodes.find((n) => n.id === piece.id)).toEqual(piece);
    expect(analysed.nodes.find((n) => n.id === figure.id)).toEqual(figure);
  });

  test('a graph of articles alone has no figures and analyses without error', () => {
    const only = graphOf([article('a1'), article('a2')], []);
    expect(nodeFigures(only).size).toBe(0);
    expect(analyse(only)).toEqual(only);
  });

  test('the analysed graph still matches the schema and keeps every other property', () => {
    const [a, b] = [org('远航机械'), org('东湖包装')];
    const analysed = validateGraph(analyse(graphOf([a, b], [rel('SUPPLIES', a, b)])), 'test');
    expect(analysed.nodes[0]!.properties).toEqual({ ...a.properties, degree: 1, pagerank: 0.5, community: 1 });
  });
});

describe('communities', () => {
  const left = ['阿', '布', '采', '德'].map((x) => org(`${x}科技`));
  const right = ['严', '叶', '于', '袁', '岳'].map((x) => org(`${x}纺织`));
  const bridge = rel('PARTNER_OF', left[0]!, right[0]!);
  const graph = graphOf([...left, ...right], [...clique(left), ...clique(right), bridge]);

  test('two cliques joined by one edge are two communities, the larger numbered 1', () => {
    const f = nodeFigures(graph);
    expect(new Set(right.map((n) => f.get(n.id)!.community))).toEqual(new Set([1]));
    expect(new Set(left.map((n) => f.get(n.id)!.community))).toEqual(new Set([2]));
  });

  test('communities of one size are numbered by their smallest node id', () => {
    const x = ['甲', '乙', '丙'].map((c) => org(`${c}甲公司`));
    const y = ['子', '丑', '寅'].map((c) => org(`${c}乙公司`));
    const f = nodeFigures(graphOf([...y, ...x], [...clique(y), ...clique(x)]));
    const first = [...x, ...y].map((n) => n.id).sort()[0]!;
    const firstGroup = x.some((n) => n.id === first) ? x : y;
    for (const n of firstGroup) expect(f.get(n.id)!.community).toBe(1);
    for (const n of x.concat(y).filter((n) => !firstGroup.includes(n))) expect(f.get(n.id)!.community).toBe(2);
  });

  test('an entity with no stated relation is a community of its own', () => {
    const alone = org('孤岛实业');
    const f = nodeFigures(graphOf([...left, ...right, alone], [...clique(left), ...clique(right), bridge]));
    expect(f.get(alone.id)).toEqual({ degree: 0, pagerank: expect.any(Number), community: 3 });
  });

  test('the same graph gives the same figures, whatever order it lists its nodes and relationships in', () => {
    const once = nodeFigures(graph);
    expect(nodeFigures(graph)).toEqual(once);
    const shuffled = graphOf([...graph.nodes].reverse(), [graph.relationships[3]!, ...graph.relationships.slice(4).reverse(), ...graph.relationships.slice(0, 3)]);
    expect(nodeFigures(shuffled)).toEqual(once);
  });
});
