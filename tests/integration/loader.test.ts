// The loader's guarantees, on the real Neo4j: the sample page's graph arrives whole with its values typed as the
// schema says; loading it again changes nothing; a second page adds what is new and merges what is shared;
// constraints guard the keys; routing URIs and named databases work, and a missing database is a typed error;
// a graph that breaks the schema is refused before anything is written.
import { z } from 'zod';
import { createStore } from '../../src/store/connection.js';
import { applyConstraints, loadGraph } from '../../src/store/loader.js';
import { graphJsonStats, graphStats } from '../../src/store/stats.js';
import type { Store } from '../../src/store/store.js';
import { NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES, primaryLabel, type Graph, type GraphNode, type NodeLabel, type RelationshipType } from '../../schema/model.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { graphOfPage } from '../helpers/page-graph.js';
import { sampleBuild } from '../helpers/sample-graph.js';

type Props = Record<string, unknown>;
type DbNode = {
  elementId: string;
  key: string;
  labels: string[];
  properties: Props;
};
type DbRelationship = {
  elementId: string;
  key: string;
  type: string;
  start: string;
  end: string;
  properties: Props;
};

/**
 * A second page, written for this test, that shares entities with the sample page: 信易电热机械有限公司,
 * 盈智热管理科技（嘉兴）有限公司, 平湖经开 and the home city — which it calls 本市, an alias the sample page never
 * uses — and brings new ones (a company, its manager, a recognition, figures).
 */
const SECOND_PAGE = `信易电热获评省级专精特新企业
本报讯（记者 胡佳英 通讯员 张 磊）近日，浙江省经济和信息化厅公布2022年度浙江省专精特新中小企业名单，我市信易电热机械有限公司、平湖市欣远箱包有限公司等12家企业榜上有名。
信易电热机械有限公司位于平湖经开，是一家专业生产电热机械的企业。今年以来，信易电热实现产值1.2亿元，同比增长15.6%。
平湖市欣远箱包有限公司总经理陆建华表示，企业将加大研发投入，争取明年出口额突破3000万美元。
盈智热管理科技（嘉兴）有限公司也于近日通过了高新技术企业认定。
据悉，本市今年新增专精特新企业20家。
`;

const db = useTestDatabase({ clearBeforeEach: true });
let sample: Graph;
let second: Graph;

beforeAll(async () => {
  sample = (await sampleBuild()).graph;
  second = (await graphOfPage(SECOND_PAGE)).graph;
});

// ── helpers ───────────────────────────────────────────────────────────────────────────────────────────────

/** Everything in the database, keyed, sorted, with element ids so a re-created node or relationship shows. */
async function dump(store: Store): Promise<{ nodes: DbNode[]; relationships: DbRelationship[] }> {
  const nodes = await store.read<DbNode>('MATCH (n) RETURN elementId(n) AS elementId, n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key');
  const relationships = await store.read<DbRelationship>(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS elementId, r.key AS key, type(r) AS type, a.key AS start, b.key AS end, properties(r) AS properties ORDER BY key',
  );
  for (const n of nodes) n.labels.sort();
  return { nodes, relationships };
}

async function nodeCount(store: Store): Promise<number> {
  const [row] = await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  return row!.n;
}

/** The Cypher type each property should have, from the schema's JSON Schema: integer → INTEGER, number → FLOAT. */
function cypherTypes(schema: z.ZodTypeAny): Record<string, string> {
  type Json = { type?: string; items?: Json };
  const name = (p: Json): string =>
    p.type === 'array' ? `LIST<${name(p.items ?? {})}>` : ({ integer: 'INTEGER', number: 'FLOAT', string: 'STRING', boolean: 'BOOLEAN' } as Record<string, string>)[p.type ?? ''] ?? `? ${p.type}`;
  const json = z.toJSONSchema(schema) as { properties: Record<string, Json> };
  return Object.fromEntries(Object.entries(json.properties).map(([k, p]) => [k, name(p)]));
}

/** The plain indexes on relationship keys that kg created before relationship keys were unique. */
function legacyRelationshipIndexes(): string[] {
  return RELATIONSHIP_TYPES.map((t) => `CREATE INDEX rel_${t.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.key)`);
}

const byKey = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));
const sorted = (xs: unknown): unknown[] => [...(xs as unknown[])].sort();

// ── (a) the sample graph arrives whole, with typed values ─────────────────────────────────────────────────

describe('loading the sample page', () => {
  test('gives exactly the node counts per label and relationship counts per type of graph.json', async () => {
    const result = await loadGraph(db.store, sample);
    expect(result).toMatchObject({ nodes: sample.nodes.length, relationships: sample.relationships.length });
    expect(await graphStats(db.store)).toEqual(graphJsonStats(sample));
  });

  test('brings every node and relationship back with the labels, ends and properties of graph.json', async () => {
    await loadGraph(db.store, sample);
    const { nodes, relationships } = await dump(db.store);
    const wantNodes = [...sample.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(nodes.map((n) => ({ key: n.key, labels: n.labels, properties: n.properties }))).toEqual(
      wantNodes.map((n) => ({ key: n.id, labels: [...n.labels].sort(), properties: n.properties })),
    );
    const wantRels = [...sample.relationships].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(relationships.map((r) => ({ key: r.key, type: r.type, start: r.start, end: r.end, properties: r.properties }))).toEqual(
      wantRels.map((r) => ({ key: r.id, type: r.type, start: r.start, end: r.end, properties: r.properties })),
    );
  });

  test('stores every property with the Cypher type its schema gives: int → INTEGER, number → FLOAT, lists stay lists', async () => {
    await loadGraph(db.store, sample);
    const nodeTypes = Object.fromEntries(NODE_LABELS.map((l) => [l, cypherTypes(NODE_PROPERTIES[l])]));
    const rows = await db.store.read<{ owner: string; property: string; type: string }>(
      // The node's kg label, not labels(n)[0]: Neo4j lists a node's labels in the order of their token ids, and a
      // store neo4j-admin wrote (kg load --bulk) may have given a finer label (Company) a lower id than its parent.
      `MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT [l IN labels(n) WHERE l IN $labels][0] AS owner, k AS property, replace(valueType(n[k]), ' NOT NULL', '') AS type
       UNION
       MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) AS owner, k AS property, replace(valueType(r[k]), ' NOT NULL', '') AS type`,
      { labels: [...NODE_LABELS] },
    );
    expect(rows.length).toBeGreaterThan(50);
    const wrong = rows.filter((row) => {
      const schema = (nodeTypes as Record<string, Record<string, string>>)[row.owner] ?? cypherTypes(RELATIONSHIP_PROPERTIES[row.owner as RelationshipType]);
      const want = schema[row.property];
      // An empty list has no element type to show.
      return !(row.type === want || (row.type === 'LIST<NOTHING>' && want?.startsWith('LIST<')));
    });
    expect(wrong).toEqual([]);
  });

  test('spot checks: whole figures are FLOAT where the schema says number, offsets and counts INTEGER, arrays arrays', async () => {
    await loadGraph(db.store, sample);
    const [patents] = await db.store.read<{ value: number; type: string; approximate: string }>(
      "MATCH (o:Outcome {key: $key}) RETURN o.value AS value, valueType(o.value) AS type, valueType(o.approximate) AS approximate",
      { key: 'outcome:org:信易电热机械有限公司|专利|103项|截至目前' },
    );
    expect(patents).toEqual({ value: 103, type: 'FLOAT NOT NULL', approximate: 'BOOLEAN NOT NULL' });
    const [percent] = await db.store.read<{ value: number; type: string }>("MATCH (o:Outcome) WHERE o.unit = '%' RETURN o.value AS value, valueType(o.value) AS type LIMIT 1");
    expect(percent!.type).toBe('FLOAT NOT NULL');
    const [article] = await db.store.read<{ ordinal: string; start: string }>('MATCH (a:Article) RETURN valueType(a.ordinal) AS ordinal, valueType(a.sourceStart) AS start LIMIT 1');
    expect(article).toEqual({ ordinal: 'INTEGER NOT NULL', start: 'INTEGER NOT NULL' });
    const [mention] = await db.store.read<{ count: string; starts: string; rules: string }>(
      'MATCH ()-[m:MENTIONS]->() RETURN valueType(m.count) AS count, valueType(m.sourceStarts) AS starts, valueType(m.rules) AS rules LIMIT 1',
    );
    expect(mention).toEqual({ count: 'INTEGER NOT NULL', starts: 'LIST<INTEGER NOT NULL> NOT NULL', rules: 'LIST<STRING NOT NULL> NOT NULL' });
    const [yingzhi] = await db.store.read<{ aliases: string[]; mentionCount: number; type: string }>(
      "MATCH (o:Organization {key: 'org:盈智热管理科技（嘉兴）有限公司'}) RETURN o.aliases AS aliases, o.mentionCount AS mentionCount, valueType(o.mentionCount) AS type",
    );
    expect(yingzhi).toEqual({ aliases: ['盈智', '盈智热管理（嘉兴）有限公司'], mentionCount: 6, type: 'INTEGER NOT NULL' });
  });

  test("into a database holding no MENTIONS, mention counts are summed from the graph's MENTIONS, not taken from the nodes", async () => {
    // The nodes' own mentionCount is made wrong, and one entity loses its MENTIONS: the database must still hold
    // what the MENTIONS say, as the pass over the database gives on a database that holds some.
    const dropped = sample.relationships.find((r) => r.type === 'MENTIONS')!.end;
    const tampered: Graph = {
      ...sample,
      nodes: sample.nodes.map((n) => (n.labels[0] === 'Article' ? n : { ...n, properties: { ...n.properties, mentionCount: 999 } })),
      relationships: sample.relationships.filter((r) => !(r.type === 'MENTIONS' && r.end === dropped)),
    };
    const want = new Map<string, number>();
    for (const r of tampered.relationships) if (r.type === 'MENTIONS') want.set(r.end, (want.get(r.end) ?? 0) + (r.properties.count as number));
    await loadGraph(db.store, tampered);
    const rows = await db.store.read<{ key: string; count: number }>('MATCH (n) WHERE NOT n:Article RETURN n.key AS key, n.mentionCount AS count');
    expect(rows).toHaveLength(tampered.nodes.filter((n) => n.labels[0] !== 'Article').length);
    for (const { key, count } of rows) expect([key, count]).toEqual([key, want.get(key) ?? 0]);
    expect(rows.find((r) => r.key === dropped)!.count).toBe(0);
    const [article] = await db.store.read<{ n: number }>('MATCH (a:Article) WHERE a.mentionCount IS NOT NULL RETURN count(a) AS n');
    expect(article!.n).toBe(0);
  });
});

// ── (b) idempotency ───────────────────────────────────────────────────────────────────────────────────────

describe('loading the same graph again', () => {
  test('leaves identical counts, and identical nodes and relationships with identical properties', async () => {
    await loadGraph(db.store, sample, { batchSize: 1000 });
    const first = await dump(db.store);
    const firstCounts = await graphStats(db.store);
    // Another batch size moves every batch boundary, so a row that depended on its batch would show.
    await loadGraph(db.store, sample, { batchSize: 7 });
    expect(await graphStats(db.store)).toEqual(firstCounts);
    // Element ids included: nothing was deleted and re-created.
    expect(await dump(db.store)).toEqual(first);
  });
});

// ── (c) a second page ─────────────────────────────────────────────────────────────────────────────────────

/**
 * What the database should hold after loading `a` then `b`: the union of nodes and relationships by key; for a
 * shared node b's scalar properties and finer label, the union of aliases, articleIds and roles, and a
 * mentionCount that sums the MENTIONS counts of both pages.
 */
function merged(a: Graph, b: Graph): { nodes: Map<string, { labels: string[]; properties: Props }>; relationships: Map<string, Graph['relationships'][number]> } {
  const relationships = new Map([...byKey(a.relationships), ...byKey(b.relationships)]);
  const nodes = new Map<string, { labels: string[]; properties: Props }>();
  for (const n of a.nodes) nodes.set(n.id, { labels: [...n.labels], properties: { ...n.properties } });
  for (const n of b.nodes) {
    const old = nodes.get(n.id);
    if (!old) {
      nodes.set(n.id, { labels: [...n.labels], properties: { ...n.properties } });
      continue;
    }
    const properties: Props = { ...old.properties, ...n.properties };
    for (const list of ['aliases', 'articleIds', 'roles']) {
      if (old.properties[list] !== undefined || n.properties[list] !== undefined) {
        properties[list] = [...new Set([...((old.properties[list] as string[]) ?? []), ...((n.properties[list] as string[]) ?? [])])];
      }
    }
    nodes.set(n.id, { labels: n.labels.length > 1 ? [...n.labels] : old.labels, properties });
  }
  const mentions = new Map<string, number>();
  for (const r of relationships.values()) if (r.type === 'MENTIONS') mentions.set(r.end, (mentions.get(r.end) ?? 0) + (r.properties.count as number));
  for (const [key, n] of nodes) if (n.labels[0] !== 'Article') n.properties.mentionCount = mentions.get(key) ?? 0;
  return { nodes, relationships };
}

/** Lists compared as sets: the loader promises unions, not an order. */
function comparable(p: Props): Props {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ['aliases', 'articleIds', 'roles'].includes(k) ? sorted(v) : v]));
}

describe('loading a second page after the first', () => {
  test('the two pages share some entities and relationships and not others (the premise of these tests)', () => {
    const sampleKeys = new Set(sample.nodes.map((n) => n.id));
    const shared = second.nodes.filter((n) => sampleKeys.has(n.id)).map((n) => n.id);
    expect(shared).toEqual(expect.arrayContaining(['org:信易电热机械有限公司', 'org:盈智热管理科技（嘉兴）有限公司', 'place:330482', 'place:zone.pinghu-etdz']));
    expect(second.nodes.length - shared.length).toBeGreaterThan(5);
    expect(byKey(second.nodes).get('place:330482')!.properties.aliases).toContain('本市');
    expect(byKey(sample.nodes).get('place:330482')!.properties.aliases).not.toContain('本市');
  });

  test('adds what is new and merges what is shared: unions of aliases and articleIds, summed mention counts', async () => {
    await loadGraph(db.store, sample);
    await loadGraph(db.store, second);
    const want = merged(sample, second);
    const { nodes, relationships } = await dump(db.store);

    expect(nodes.map((n) => n.key)).toEqual([...want.nodes.keys()].sort());
    expect(relationships.map((r) => r.key)).toEqual([...want.relationships.keys()].sort());
    for (const n of nodes) {
      const w = want.nodes.get(n.key)!;
      expect({ key: n.key, labels: n.labels, properties: comparable(n.properties) }).toEqual({ key: n.key, labels: [...w.labels].sort(), properties: comparable(w.properties) });
    }
    for (const r of relationships) expect({ key: r.key, properties: r.properties }).toEqual({ key: r.key, properties: want.relationships.get(r.key)!.properties });

    // The same, said of the entities a reader knows.
    const sampleNodes = byKey(sample.nodes);
    const secondNodes = byKey(second.nodes);
    const city = nodes.find((n) => n.key === 'place:330482')!;
    expect(sorted(city.properties.aliases)).toEqual(sorted([...new Set([...(sampleNodes.get('place:330482')!.properties.aliases as string[]), '本市'])]));
    const xinyi = nodes.find((n) => n.key === 'org:信易电热机械有限公司')!;
    const xinyiArticles = new Set([...(sampleNodes.get(xinyi.key)!.properties.articleIds as string[]), ...(secondNodes.get(xinyi.key)!.properties.articleIds as string[])]);
    expect(sorted(xinyi.properties.articleIds)).toEqual(sorted([...xinyiArticles]));
    expect(xinyiArticles.size).toBeGreaterThan((sampleNodes.get(xinyi.key)!.properties.articleIds as string[]).length);
    expect(xinyi.properties.mentionCount).toBe((sampleNodes.get(xinyi.key)!.properties.mentionCount as number) + (secondNodes.get(xinyi.key)!.properties.mentionCount as number));
    expect(await graphStats(db.store)).toEqual(graphJsonStats({ nodes: [...want.nodes].map(([id, n]) => ({ id, ...n })), relationships: [...want.relationships.values()] }));
  });

  test('loading the first page again after the second keeps the merged lists and counts: nothing shrinks back', async () => {
    await loadGraph(db.store, sample);
    await loadGraph(db.store, second);
    // Scalars follow the page loaded last; the lists, the labels, the counts and the relationships must not move.
    const accumulated = async (): Promise<unknown> => {
      const { nodes, relationships } = await dump(db.store);
      const lists = nodes.map((n) => ({ key: n.key, labels: n.labels, aliases: n.properties.aliases && sorted(n.properties.aliases), articleIds: n.properties.articleIds && sorted(n.properties.articleIds), roles: n.properties.roles && sorted(n.properties.roles), mentionCount: n.properties.mentionCount }));
      return { lists, relationships };
    };
    const afterBoth = await accumulated();
    await loadGraph(db.store, sample);
    expect(await accumulated()).toEqual(afterBoth);
  });

  test('a later page that gives an entity another finer label moves it: the node keeps one kind label', async () => {
    await loadGraph(db.store, sample);
    const park = sample.nodes.find((n) => n.id === 'org:浙江华龙新材料科技园')!;
    expect(park.labels).toEqual(['Organization', 'IndustrialPark']);
    const relabelled: GraphNode = { ...park, labels: ['Organization', 'Incubator'], properties: { ...park.properties, kind: 'Incubator' } };
    await loadGraph(db.store, { nodes: [relabelled], relationships: [] });
    const [row] = await db.store.read<{ labels: string[]; kind: string }>('MATCH (o:Organization {key: $key}) RETURN labels(o) AS labels, o.kind AS kind', { key: park.id });
    expect({ labels: [...row!.labels].sort(), kind: row!.kind }).toEqual({ labels: ['Incubator', 'Organization'], kind: 'Incubator' });
  });
});

// ── (d) constraints ───────────────────────────────────────────────────────────────────────────────────────

describe('constraints', () => {
  test('after a load every label and every relationship type has a uniqueness constraint on key, its index online', async () => {
    await loadGraph(db.store, sample);
    const constraints = await db.store.read<{ type: string; entityType: string; labelsOrTypes: string[]; properties: string[] }>(
      'SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties',
    );
    for (const label of NODE_LABELS) {
      expect(constraints).toContainEqual({ type: 'UNIQUENESS', entityType: 'NODE', labelsOrTypes: [label], properties: ['key'] });
    }
    for (const type of RELATIONSHIP_TYPES) {
      expect(constraints).toContainEqual({ type: 'RELATIONSHIP_UNIQUENESS', entityType: 'RELATIONSHIP', labelsOrTypes: [type], properties: ['key'] });
    }
    // The loader's USING INDEX SEEK old:TYPE(key) hints use the index behind each constraint; no other is left.
    const indexes = await db.store.read<{ name: string; entityType: string; labelsOrTypes: string[]; properties: string[]; state: string; owningConstraint: string | null }>(
      "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint WHERE entityType = 'RELATIONSHIP' AND type <> 'LOOKUP' RETURN name, entityType, labelsOrTypes, properties, state, owningConstraint",
    );
    for (const type of RELATIONSHIP_TYPES) {
      const name = `rel_${type.toLowerCase()}_key`;
      expect(indexes.filter((i) => i.labelsOrTypes[0] === type)).toEqual([
        { name, entityType: 'RELATIONSHIP', labelsOrTypes: [type], properties: ['key'], state: 'ONLINE', owningConstraint: name },
      ]);
    }
  });

  test('a second relationship with an existing key is refused by the database, between the same or other nodes', async () => {
    await loadGraph(db.store, sample);
    const [existing] = await db.store.read<{ key: string; type: string; start: string; end: string }>(
      'MATCH (a)-[r:WORKS_FOR]->(b) RETURN r.key AS key, type(r) AS type, a.key AS start, b.key AS end ORDER BY key LIMIT 1',
    );
    expect(existing).toBeDefined();
    const [other] = await db.store.read<{ start: string; end: string }>(
      'MATCH (a:Person), (b:Organization) WHERE a.key <> $start AND b.key <> $end RETURN a.key AS start, b.key AS end LIMIT 1',
      existing!,
    );
    for (const ends of [existing!, other!]) {
      const error = await db.store
        .write('MATCH (a:Person {key: $start}), (b:Organization {key: $end}) CREATE (a)-[:WORKS_FOR {key: $key}]->(b)', { ...ends, key: existing!.key })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NEO4J_QUERY', message: expect.stringContaining('Neo.ClientError.Schema.ConstraintValidationFailed') });
    }
    const [row] = await db.store.read<{ n: number }>('MATCH ()-[r:WORKS_FOR {key: $key}]->() RETURN count(r) AS n', { key: existing!.key });
    expect(row!.n).toBe(1);
  });

  test('a database loaded by an earlier kg, with plain indexes on relationship keys, is migrated to the constraints', async () => {
    await loadGraph(db.store, sample);
    // Back to what the earlier kg left: a plain range index of the constraint's name on each relationship key.
    for (const type of RELATIONSHIP_TYPES) await db.store.write('DROP CONSTRAINT $name', { name: `rel_${type.toLowerCase()}_key` });
    for (const statement of legacyRelationshipIndexes()) await db.store.write(statement);
    await db.store.write('CALL db.awaitIndexes(300)');
    const before = await db.store.read<{ n: number }>("SHOW CONSTRAINTS YIELD entityType WHERE entityType = 'RELATIONSHIP' RETURN count(*) AS n");
    expect(before).toEqual([{ n: 0 }]);

    const again = await dump(db.store);
    await loadGraph(db.store, sample);
    expect(await dump(db.store)).toEqual(again);
    const constraints = await db.store.read<{ name: string }>("SHOW CONSTRAINTS YIELD name, type WHERE type = 'RELATIONSHIP_UNIQUENESS' RETURN name ORDER BY name");
    expect(constraints.map((c) => c.name)).toEqual(RELATIONSHIP_TYPES.map((t) => `rel_${t.toLowerCase()}_key`).sort());
    const plain = await db.store.read("SHOW INDEXES YIELD name, entityType, properties, owningConstraint WHERE entityType = 'RELATIONSHIP' AND properties = ['key'] AND owningConstraint IS NULL RETURN name");
    expect(plain).toEqual([]);
  });

  test('a database holding one relationship key twice cannot get the constraint: the load fails naming the duplicate', async () => {
    await loadGraph(db.store, sample);
    await db.store.write('DROP CONSTRAINT $name', { name: 'rel_works_for_key' });
    await db.store.write('MATCH (a)-[r:WORKS_FOR]->(b) WITH a, b, r ORDER BY r.key LIMIT 1 CREATE (a)-[copy:WORKS_FOR]->(b) SET copy = properties(r)');
    try {
      const error = await loadGraph(db.store, sample).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'NEO4J_QUERY',
        message: expect.stringMatching(/uniqueness constraint on \(\)-\[:WORKS_FOR \{key\}\]-\(\) cannot be created: Both Relationship/),
        hint: expect.stringContaining('collect(r)'),
      });
    } finally {
      // The shared database gets its constraint back for the suites after this one.
      await db.clear();
      await applyConstraints(db.store);
    }
  });

  test('a second node with an existing key cannot be created, under either of its labels', async () => {
    await loadGraph(db.store, sample);
    for (const labels of ['Organization', 'Organization:Company']) {
      const error = await db.store.write(`CREATE (:${labels} {key: $key, name: 'dup'})`, { key: 'org:信易电热机械有限公司' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NEO4J_QUERY', message: expect.stringContaining('Neo.ClientError.Schema.ConstraintValidationFailed') });
    }
    const [row] = await db.store.read<{ n: number }>("MATCH (o:Organization {key: 'org:信易电热机械有限公司'}) RETURN count(o) AS n");
    expect(row!.n).toBe(1);
  });
});

// ── (e) routing URIs and databases ────────────────────────────────────────────────────────────────────────

describe('connections', () => {
  test('loads through a neo4j:// routing URI into an explicitly named database', async () => {
    const [home] = await db.store.read<{ name: string }>('CALL db.info() YIELD name RETURN name');
    const database = db.config.database ?? home!.name;
    expect(database).toBe('neo4j');
    const routed = createStore({ ...db.config, uri: db.config.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:'), database });
    try {
      expect(routed.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
      await loadGraph(routed, sample);
      expect(await graphStats(routed)).toEqual(graphJsonStats(sample));
      // The data is where the plain bolt:// connection to the default database sees it.
      expect(await graphStats(db.store)).toEqual(graphJsonStats(sample));
    } finally {
      await routed.close();
    }
  });

  test.each(['bolt', 'neo4j'])('a database that does not exist is a CONFIG_INVALID error naming it (%s://), and nothing is written', async (scheme) => {
    const store = createStore({ ...db.config, uri: db.config.uri.replace(/^[a-z0-9+]+:/, `${scheme}:`), database: 'kg-no-such-db' });
    try {
      const error = await loadGraph(store, sample).catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'KgError',
        code: 'CONFIG_INVALID',
        subject: 'NEO4J_DATABASE',
        message: expect.stringContaining('database "kg-no-such-db" does not exist'),
        hint: expect.stringContaining('Unset NEO4J_DATABASE'),
      });
    } finally {
      await store.close();
    }
    expect(await nodeCount(db.store)).toBe(0);
  });
});

// ── (f) a graph that breaks the schema ────────────────────────────────────────────────────────────────────

describe('a graph that breaks the schema', () => {
  /** Drops every constraint and index, so the test can see that not even the constraint statements ran. */
  async function dropSchema(store: Store): Promise<void> {
    for (const { name } of await store.read<{ name: string }>('SHOW CONSTRAINTS YIELD name')) await store.write(`DROP CONSTRAINT \`${name}\``);
    for (const { name } of await store.read<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await store.write(`DROP INDEX \`${name}\``);
  }
  const schemaObjects = async (): Promise<number> => (await db.store.read("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN type")).length;

  // Each case takes the sample graph and breaks one thing near its end, so a loader that wrote as it went would
  // have written the rest first.
  const last = (g: Graph, label: NodeLabel): GraphNode => [...g.nodes].reverse().find((n) => primaryLabel(n) === label)!;
  const cases: Array<[string, (g: Graph) => void, RegExp]> = [
    ['an unknown finer label', (g) => void last(g, 'Programme').labels.splice(1, 1, 'Conspiracy'), /label Conspiracy does not refine Programme/],
    ['an unknown node label', (g) => void (last(g, 'Place').labels = ['Planet']), /first label Planet is not a node label/],
    ['a label with Cypher in it', (g) => void last(g, 'Organization').labels.splice(1, 1, 'Company`) DETACH DELETE n //'), /DETACH DELETE n \/\/ does not refine Organization/],
    ['an unknown relationship type', (g) => void ((g.relationships.at(-1) as { type: string }).type = 'OWNS'), /relationships\.\d+\.type/],
    ['a property the schema does not have', (g) => void (last(g, 'Person').properties.password = 'x'), /password/],
    ['a relationship to a node that is not in the graph', (g) => void (g.relationships.at(-1)!.end = 'org:nowhere'), /end org:nowhere is not a node/],
    ['a relationship id used twice', (g) => void g.relationships.push({ ...g.relationships[0]! }), /relationship ids used twice/],
  ];

  test.each(cases)('%s is refused with SCHEMA_VIOLATION before any write, constraints included', async (_what, breakIt, reason) => {
    const graph = structuredClone(sample);
    breakIt(graph);
    await dropSchema(db.store);
    try {
      const error = await loadGraph(db.store, graph).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'KgError', code: 'SCHEMA_VIOLATION', subject: 'kg load', message: expect.stringMatching(reason) });
      expect(await nodeCount(db.store)).toBe(0);
      expect(await schemaObjects()).toBe(0);
    } finally {
      // Put the schema back for the suites that follow.
      await loadGraph(db.store, { nodes: [], relationships: [] });
    }
  });
});
