// The live loader's two shortcuts, on the real Neo4j: rows of a label or type the database holds none of are
// CREATEd, not merged — and when a key turns up meanwhile (another writer, or a retried batch whose first try
// committed), the constraint refuses the CREATE and the batch is merged instead, so nothing is written twice; and
// two transactions in flight that create relationships on the same hub node wait for each other's locks (or
// deadlock and are retried) and lose nothing.
import { loadGraph } from '../../src/store/loader.js';
import { graphJsonStats, graphStats } from '../../src/store/stats.js';
import type { Params, Store } from '../../src/store/store.js';
import type { Graph } from '../../schema/model.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';

const db = useTestDatabase({ clearBeforeEach: true });
let sample: Graph;
beforeAll(async () => {
  sample = (await sampleBuild()).graph;
});

/** `articles` copies of the sample's first article, each mentioning the same place and the same company. */
function hubGraph(articles: number): Graph {
  const byId = new Map(sample.nodes.map((n) => [n.id, n]));
  const mentionOf = (label: string) => sample.relationships.find((r) => r.type === 'MENTIONS' && byId.get(r.end)!.labels[0] === label)!;
  const templates = [mentionOf('Place'), mentionOf('Organization')];
  const article = byId.get(templates[0]!.start)!;
  const nodes: Graph['nodes'] = templates.map((r) => byId.get(r.end)!);
  const relationships: Graph['relationships'] = [];
  for (let i = 0; i < articles; i++) {
    const id = `${article.id}-copy-${i}`;
    nodes.push({ ...article, id, properties: { ...article.properties, key: id } });
    templates.forEach((r, n) => relationships.push({ ...r, id: `${r.id}-copy-${i}-${n}`, start: id, properties: { ...r.properties, key: `${r.id}-copy-${i}-${n}`, articleId: id } }));
  }
  return { nodes, relationships };
}

async function expectExactly(graph: Graph): Promise<void> {
  const got = await graphStats(db.store);
  const want = graphJsonStats(graph);
  expect({ nodes: got.nodes, relationships: got.relationships }).toEqual({ nodes: want.nodes, relationships: want.relationships });
}

test('many small batches in flight at once, all on the same two hub nodes, load every relationship once (empty and again)', async () => {
  const graph = hubGraph(600);
  await loadGraph(db.store, graph, { batchSize: 25, inFlight: 4 });
  await expectExactly(graph);
  await loadGraph(db.store, graph, { batchSize: 25, inFlight: 4 });
  await expectExactly(graph);
  const place = graph.nodes[0]!;
  const [hub] = await db.store.read<{ n: number }>('MATCH (p:Place {key: $key})<-[m:MENTIONS]-() RETURN count(m) AS n', { key: place.id });
  expect(hub).toEqual({ n: 600 });
});

test('a key another writer creates after the load looked is merged, not created twice, and keeps what the writer set', async () => {
  const person = sample.nodes.find((n) => n.labels[0] === 'Person')!;
  const rel = sample.relationships.find((r) => r.type === 'WORKS_FOR')!;
  let struck = false;
  // Between the load's look at the database (no Person, no WORKS_FOR) and its first Person batch, another writer
  // creates one of the sample's people with a property of its own; likewise a WORKS_FOR before the relationships.
  const racing: Store = {
    ...db.store,
    write: async (cypher: string, params?: Params) => {
      if (!struck && /CREATE \(n:`Person`/.test(cypher)) {
        struck = true;
        await db.store.write('CREATE (:Person {key: $key, name: $name, note: $note})', { key: person.id, name: 'another writer', note: 'kept' });
      }
      if (/CREATE \(a\)-\[r:`WORKS_FOR`/.test(cypher) && !/OPTIONAL MATCH/.test(cypher)) {
        await db.store.write('MATCH (a {key: $start}), (b {key: $end}) MERGE (a)-[r:WORKS_FOR {key: $key}]->(b) SET r.note = $note', { ...rel, key: rel.id, note: 'kept' });
      }
      return db.store.write(cypher, params);
    },
  } as Store;
  await loadGraph(racing, sample);
  expect(struck).toBe(true);
  await expectExactly(sample);
  const [p] = await db.store.read<{ name: string; note: string; n: number }>('MATCH (p:Person {key: $key}) RETURN p.name AS name, p.note AS note, count(*) AS n', { key: person.id });
  expect(p).toEqual({ name: person.properties.name, note: 'kept', n: 1 });
  const [r] = await db.store.read<{ note: string; rule: string; n: number }>('MATCH ()-[r:WORKS_FOR {key: $key}]->() RETURN r.note AS note, r.rule AS rule, count(*) AS n', { key: rel.id });
  expect(r).toEqual({ note: 'kept', rule: rel.properties.rule, n: 1 });
  expect(rel.properties.rule).toEqual(expect.any(String));
});

test('into a database that holds the labels already, new nodes and relationships arrive the same as into an empty one', async () => {
  const read = async () => ({
    nodes: await db.store.read('MATCH (n) WHERE NOT n.key STARTS WITH $seed RETURN n.key AS key, labels(n) AS labels, properties(n) AS props ORDER BY key', { seed: 'seed:' }),
    relationships: await db.store.read('MATCH (a)-[r]->(b) WHERE NOT r.key STARTS WITH $seed RETURN r.key AS key, type(r) AS type, a.key AS a, b.key AS b, properties(r) AS props ORDER BY key', { seed: 'seed:' }),
  });
  await loadGraph(db.store, sample);
  const created = await read();
  await db.clear();
  // One node of every label and one relationship of every type first, under keys of their own: every row of the
  // sample then goes through the merging statements.
  const seedNodes = [...new Map(sample.nodes.map((n) => [n.labels[0], n])).values()].map((n) => ({ ...n, id: `seed:${n.id}`, properties: { ...n.properties, key: `seed:${n.id}` } }));
  const seedOf = new Map(seedNodes.map((n) => [n.labels[0], n.id]));
  const labelOf = new Map(sample.nodes.map((n) => [n.id, n.labels[0]]));
  const seedRels = [...new Map(sample.relationships.map((r) => [r.type, r])).values()].map((r) => ({ ...r, id: `seed:${r.id}`, start: seedOf.get(labelOf.get(r.start))!, end: seedOf.get(labelOf.get(r.end))!, properties: { ...r.properties, key: `seed:${r.id}` } }));
  await loadGraph(db.store, { nodes: seedNodes, relationships: seedRels } as Graph);
  await loadGraph(db.store, sample);
  expect(await read()).toEqual(created);
});
