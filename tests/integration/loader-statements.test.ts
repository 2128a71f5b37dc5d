// What the loader sends to Neo4j: labels, relationship types and property names reach the Cypher text only from
// the schema, every value travels as a parameter (so data that looks like Cypher stays data), and the statements
// carry the index hints that keep their plans from scanning. The texts are read off a store that records what
// passes through it on the way to the real database.
import { loadGraph, nodeStatement, relationshipStatement } from '../../src/store/loader.js';
import type { Params, Store } from '../../src/store/store.js';
import { ALL_LABELS, NODE_PROPERTIES, ORGANIZATION_KINDS, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES, type Graph } from '../../schema/model.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';

const db = useTestDatabase({ clearBeforeEach: true });
let sample: Graph;
beforeAll(async () => {
  sample = (await sampleBuild()).graph;
});

/** A store that passes everything to the test database and keeps the statement texts it saw. */
function recording(store: Store): { store: Store; statements: Set<string> } {
  const statements = new Set<string>();
  const keep = (cypher: string): void => void statements.add(cypher);
  return {
    statements,
    store: {
      ...store,
      uri: store.uri,
      database: store.database,
      read: (cypher: string, params?: Params) => (keep(cypher), store.read(cypher, params)),
      write: (cypher: string, params?: Params) => (keep(cypher), store.write(cypher, params)),
    } as Store,
  };
}

const SCHEMA_NAMES = new Set<string>([
  ...ALL_LABELS,
  ...RELATIONSHIP_TYPES,
  ...Object.values(NODE_PROPERTIES).flatMap((s) => Object.keys(s.shape)),
  ...Object.values(RELATIONSHIP_PROPERTIES).flatMap((s) => Object.keys(s.shape)),
]);

/** Every name in a label or type position (`:Name` or :`Name`), e.g. (n:`Place`), [r:MENTIONS], SET n:`Company`. */
function labelPositions(cypher: string): string[] {
  return [...cypher.matchAll(/:`([^`]*)`|:([A-Za-z_]\w*)/g)].map((m) => m[1] ?? m[2]!);
}

/** The sample graph with Cypher-looking text in every key and free-text value (enumerations stay valid). */
const ENUMS = new Set(['kind', 'language', 'outlook']);
function hostile(graph: Graph): Graph {
  const evil = `'"}) DETACH DELETE n // \`x\` $rows`;
  const key = (id: string): string => `${id}${evil}`;
  const strings = (props: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, k === 'key' ? key(v as string) : ENUMS.has(k) ? v : typeof v === 'string' ? `${v}${evil}` : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? `${x}${evil}` : x)) : v]),
    );
  return {
    nodes: graph.nodes.map((n) => ({ ...n, id: key(n.id), properties: strings(n.properties) })),
    relationships: graph.relationships.map((r) => ({ ...r, id: key(r.id), start: key(r.start), end: key(r.end), properties: strings(r.properties) })),
  };
}

test('every label, type and backticked name in the statements is one the schema defines, and no value is in the text', async () => {
  const { store, statements } = recording(db.store);
  await loadGraph(store, sample);
  expect(statements.size).toBeGreaterThan(20);
  for (const cypher of statements) {
    for (const name of labelPositions(cypher)) expect({ cypher, name, inSchema: SCHEMA_NAMES.has(name) }).toEqual({ cypher, name, inSchema: true });
    for (const [, name] of cypher.matchAll(/`([^`]*)`/g)) expect({ cypher, name, inSchema: SCHEMA_NAMES.has(name!) }).toEqual({ cypher, name, inSchema: true });
    // No literals: no quotes and no Chinese, so no key or name from the page was spliced in.
    expect({ cypher, literal: /['"\u3400-\u9fff]/.test(cypher) }).toEqual({ cypher, literal: false });
  }
});

test('data that looks like Cypher changes no statement text and is stored exactly as given', async () => {
  const plain = recording(db.store);
  await loadGraph(plain.store, sample);
  await db.clear();
  const evil = hostile(sample);
  const attacked = recording(db.store);
  await loadGraph(attacked.store, evil);
  expect([...attacked.statements].sort()).toEqual([...plain.statements].sort());

  const [counts] = await db.store.read<{ nodes: number; relationships: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  expect(counts).toEqual({ nodes: sample.nodes.length, relationships: sample.relationships.length });
  const target = evil.nodes.find((n) => n.labels[0] === 'Organization')!;
  const [row] = await db.store.read<{ name: string }>('MATCH (o:Organization {key: $key}) RETURN o.name AS name', { key: target.id });
  expect(row!.name).toBe(target.properties.name);
});

describe('statement builders', () => {
  test.each([
    ['a label not in the schema', () => nodeStatement('Spy', ['name'], 'merge')],
    ['a finer label in the primary place', () => nodeStatement('Company', ['name'], 'create')],
    ['a label carrying Cypher', () => nodeStatement('Organization`) DETACH DELETE n //', [], 'merge')],
    ['a property not in the label\'s schema', () => nodeStatement('Person', ['value'], 'merge')],
    ['a relationship type not in the schema', () => relationshipStatement('OWNS', 'Organization', 'Organization', [], 'merge')],
    ['a finer label as a relationship end', () => relationshipStatement('MENTIONS', 'Article', 'Company', [], 'create')],
    ['a type carrying Cypher', () => relationshipStatement('MENTIONS]->() DETACH DELETE n //', 'Article', 'Place', [], 'merge')],
    ['a property not in the type\'s schema', () => relationshipStatement('MENTIONS', 'Article', 'Place', ['role'], 'merge')],
  ])('refuse %s with SCHEMA_VIOLATION', (_what, build) => {
    expect(build).toThrow(expect.objectContaining({ code: 'SCHEMA_VIOLATION' }));
  });

  test('relationship statements seek the ends and the existing relationship by index, whatever the statistics say', () => {
    const cypher = relationshipStatement('WORKS_FOR', 'Person', 'Organization', ['role', 'confidence'], 'merge');
    expect(cypher).toContain('MATCH (a:`Person` {key: $start[i]}) USING INDEX SEEK a:`Person`(key)');
    expect(cypher).toContain('MATCH (b:`Organization` {key: $end[i]}) USING INDEX SEEK b:`Organization`(key)');
    expect(cypher).toContain('OPTIONAL MATCH (a)-[old:`WORKS_FOR` {key: $key[i]}]->(b) USING INDEX SEEK old:`WORKS_FOR`(key)');
    expect(cypher).toContain('old.`confidence` = toFloat(coalesce($p_confidence[i], old.`confidence`))');
    expect(cypher).toContain('r.`confidence` = toFloat($p_confidence[i])');
    expect(cypher).toContain('old.`role` = coalesce($p_role[i], old.`role`)');
  });

  test('for a type the database holds none of, relationships are created without looking for them', () => {
    const cypher = relationshipStatement('WORKS_FOR', 'Person', 'Organization', ['role'], 'create');
    expect(cypher).toContain('MATCH (a:`Person` {key: $start[i]}) USING INDEX SEEK a:`Person`(key)');
    expect(cypher).not.toContain('OPTIONAL MATCH');
    expect(cypher).toContain('CREATE (a)-[r:`WORKS_FOR` {key: $key[i]}]->(b)\nSET r.`role` = $p_role[i]');
  });

  test('a node statement removes every finer label of its own primary label before setting the given one, and casts the schema floats', () => {
    const organization = nodeStatement('Organization', ['name', 'aliases'], 'merge');
    const removed = /REMOVE n:(\S*)/.exec(organization)![1]!.split(':').map((l) => l.replace(/`/g, ''));
    expect(removed.sort()).toEqual([...ORGANIZATION_KINDS].sort());
    expect(organization).toContain('SET n:$($finer[i])');
    expect(organization).toContain('n.`aliases` = CASE WHEN $p_aliases[i] IS NULL THEN n.`aliases` ELSE [x IN coalesce(n.`aliases`, []) WHERE NOT x IN $p_aliases[i]] + $p_aliases[i] END');
    expect(nodeStatement('Person', ['name'], 'merge')).not.toContain('REMOVE');
    expect(nodeStatement('Person', ['name'], 'merge')).not.toContain('$finer');
    expect(nodeStatement('Organization', ['name'], 'create')).not.toContain('REMOVE');
    const outcome = nodeStatement('Outcome', ['value', 'valueMax', 'unit'], 'merge');
    expect(outcome).toContain('n.`value` = toFloat(coalesce($p_value[i], n.`value`))');
    expect(outcome).toContain('n.`valueMax` = toFloat(coalesce($p_valueMax[i], n.`valueMax`))');
    expect(outcome).toContain('n.`unit` = coalesce($p_unit[i], n.`unit`)');
    expect(nodeStatement('Outcome', ['value'], 'create')).toContain('n.`value` = toFloat($p_value[i])');
  });
});
