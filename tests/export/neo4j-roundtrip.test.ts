// Exports meet the real Neo4j: reading the database back (--from neo4j) gives the graph kg load wrote; the Cypher
// script recreates it in an empty database; and the CSV files, loaded with LOAD CSV by statements built only from
// their neo4j-admin headers, give the same graph too. (neo4j-admin import itself needs the database stopped, which
// the shared test server cannot do; LOAD CSV reads the very files with Neo4j's own CSV reader instead.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/export/csv.js';
import { stringLiteral, toCypher } from '../../src/export/cypher.js';
import { readGraphFromStore } from '../../src/export/from-neo4j.js';
import { loadGraph } from '../../src/store/loader.js';
import type { Store } from '../../src/store/store.js';
import type { Graph } from '../../schema/model.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';
import { EVIL_NAME, trickyGraph } from './fixtures/tricky-graph.js';

/** Nodes and relationships in id order, meta left out: what two exports of the same graph must agree on. */
function canonical(g: Graph): Pick<Graph, 'nodes' | 'relationships'> {
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...g.nodes].sort(byId), relationships: [...g.relationships].sort(byId) };
}

async function counts(store: Store): Promise<Record<string, number>> {
  const rows = await store.read<{ what: string; n: number }>(
    `MATCH (n) UNWIND labels(n) AS l RETURN 'label ' + l AS what, count(*) AS n
     UNION ALL MATCH ()-[r]->() RETURN 'type ' + type(r) AS what, count(*) AS n`,
  );
  return Object.fromEntries(rows.map((r) => [r.what, r.n]));
}

async function runScript(store: Store, script: string): Promise<number> {
  const statements = script.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
  for (const s of statements) await store.write(s.replace(/;$/, ''));
  return statements.length;
}

const read = async (store: Store): Promise<Graph> => (await readGraphFromStore(store, { version: 'test', pageSize: 25 })).graph;

describe('exports and the real Neo4j', () => {
  const db = useTestDatabase({ clearBeforeEach: true });
  let sample: Graph;
  beforeAll(async () => {
    sample = (await sampleBuild()).graph;
  });

  test('--from neo4j reads back exactly the graph kg load wrote, in pages smaller than the graph', async () => {
    await loadGraph(db.store, sample);
    const back = await readGraphFromStore(db.store, { version: 'test', pageSize: 25 });
    expect(canonical(back.graph)).toEqual(canonical(sample));
    expect(back.skipped).toEqual({ nodes: 0, relationships: 0 });
    expect(back.graph.meta).toMatchObject({ articles: 6, sources: sample.meta!.sources });
  });

  test('--from neo4j leaves out what kg did not write, and counts it', async () => {
    await loadGraph(db.store, trickyGraph());
    await db.store.write("CREATE (:Scratch {note: 'not kg'})-[:SEES]->(:Scratch)");
    const back = await readGraphFromStore(db.store, { version: 'test' });
    expect(canonical(back.graph)).toEqual(canonical(trickyGraph()));
    expect(back.skipped).toEqual({ nodes: 2, relationships: 1 });
  });

  test('--from neo4j refuses a database whose kg nodes break the schema, naming the node', async () => {
    await db.store.write("CREATE (:Organization {key: 'org:手写', name: '手写'})");
    const failure = readGraphFromStore(db.store, { version: 'test' });
    await expect(failure).rejects.toThrow(/node org:手写 \(Organization\): aliases: .*expected array/);
    await expect(failure).rejects.toMatchObject({ code: 'SCHEMA_VIOLATION', hint: expect.stringMatching(/kg load did not write/) });
  });

  test('the Cypher script recreates the sample graph: the same counts as loading graph.json, and the same graph', async () => {
    await loadGraph(db.store, sample);
    const loaded = await counts(db.store);
    await db.clear();
    const statements = await runScript(db.store, toCypher(sample));
    expect(statements).toBeGreaterThan(40);
    expect(await counts(db.store)).toEqual(loaded);
    expect(loaded['label Article']).toBe(6);
    expect(canonical(await read(db.store))).toEqual(canonical(sample));
  });

  test('the Cypher script carries hostile values into Neo4j unchanged', async () => {
    await runScript(db.store, toCypher(trickyGraph()));
    expect(canonical(await read(db.store))).toEqual(canonical(trickyGraph()));
    const [row] = await db.store.read<{ value: number; isFloat: boolean }>("MATCH (o:Outcome {key: 'outcome:x'}) RETURN o.value AS value, valueType(o.value) STARTS WITH 'FLOAT' AS isFloat");
    expect(row).toEqual({ value: 8000000, isFloat: true });
    const [org] = await db.store.read<{ n: number }>('MATCH (o:Organization:Company {name: $name}) RETURN count(o) AS n', { name: EVIL_NAME });
    expect(org!.n).toBe(1);
  });

  describe('csv', () => {
    let dir: string;
    let urlBase: string;
    beforeAll(async () => {
      // LOAD CSV reads file:/// URLs relative to the server's import directory when neo4j.conf sets one, and as
      // absolute paths when it does not; a probe file shows which this server does.
      const [conf] = await db.store.read<{ value: string }>("CALL dbms.listConfig('server.directories.import') YIELD value RETURN value");
      const sub = `kg-export-test-${process.pid}`;
      dir = join(conf!.value, sub);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'probe.csv'), 'ok\n1\n');
      for (const base of [`file:///${sub}/`, `file://${dir}/`]) {
        const rows = await db.store.read(`LOAD CSV WITH HEADERS FROM ${stringLiteral(`${base}probe.csv`)} AS row RETURN row.ok AS ok`).catch(() => []);
        if (rows.length === 1) urlBase = base;
      }
      expect(urlBase).toBeDefined();
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** A neo4j-admin header cell's value as Cypher: `value:double` → toFloat(row['value:double']), lists split on ";". */
    function column(header: string): { property: string; expr: string } {
      const [property, type = 'string'] = header.split(':') as [string, string?];
      const cell = `row[${stringLiteral(header)}]`;
      const base = type.replace('[]', '');
      const conv = (x: string): string => (base === 'long' ? `toInteger(${x})` : base === 'double' ? `toFloat(${x})` : base === 'boolean' ? `toBoolean(${x})` : x);
      const expr = type.endsWith('[]') ? `CASE WHEN ${cell} IS NULL THEN null ELSE [x IN split(${cell}, ';') | ${conv('x')}] END` : conv(cell);
      return { property: property === '' ? header : property, expr };
    }

    function loadStatement(file: string, header: string[]): string {
      const url = stringLiteral(urlBase + file);
      if (file.startsWith('nodes-')) {
        const props = header.filter((h) => h !== ':LABEL').map((h) => (h === 'key:ID' ? { property: 'key', expr: `row['key:ID']` } : column(h)));
        return `LOAD CSV WITH HEADERS FROM ${url} AS row CREATE (n:$(split(row[':LABEL'], ';'))) SET n = {${props.map((p) => `\`${p.property}\`: ${p.expr}`).join(', ')}}`;
      }
      const props = header.filter((h) => !h.startsWith(':')).map(column);
      return `LOAD CSV WITH HEADERS FROM ${url} AS row MATCH (a {key: row[':START_ID']}) MATCH (b {key: row[':END_ID']}) CREATE (a)-[r:$(row[':TYPE'])]->(b) SET r = {${props.map((p) => `\`${p.property}\`: ${p.expr}`).join(', ')}}`;
    }

    async function importCsv(graph: Graph): Promise<void> {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const files = toCsv(graph);
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      const csvFiles = [...files.keys()].filter((f) => f.endsWith('.csv'));
      // Nodes first, as neo4j-admin imports them; only the header line is read to build each statement.
      for (const f of [...csvFiles.filter((x) => x.startsWith('nodes-')), ...csvFiles.filter((x) => x.startsWith('relationships-'))]) {
        await db.store.write(loadStatement(f, files.get(f)!.split('\n')[0]!.split(',')));
      }
    }

    /** What neo4j-admin makes of an empty list: an empty field, so no property at all. */
    function withoutEmptyLists(g: Graph): Pick<Graph, 'nodes' | 'relationships'> {
      const strip = <T extends { properties: Record<string, unknown> }>(x: T): T => ({ ...x, properties: Object.fromEntries(Object.entries(x.properties).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) });
      const c = canonical(g);
      return { nodes: c.nodes.map(strip), relationships: c.relationships.map(strip) };
    }

    test('the sample graph imported from its CSV files has the same counts and properties as graph.json', async () => {
      await loadGraph(db.store, sample);
      const loaded = await counts(db.store);
      await db.clear();
      await importCsv(sample);
      expect(await counts(db.store)).toEqual(loaded);
      const rows = await db.store.read<{ props: Record<string, unknown> }>('MATCH (n) RETURN properties(n) AS props');
      const back = new Map(rows.map((r) => [r.props.key as string, r.props]));
      for (const n of withoutEmptyLists(sample).nodes) expect(back.get(n.id)).toEqual(n.properties);
      const rels = await db.store.read<{ props: Record<string, unknown> }>('MATCH ()-[r]->() RETURN properties(r) AS props');
      const relBack = new Map(rels.map((r) => [r.props.key as string, r.props]));
      for (const r of withoutEmptyLists(sample).relationships) expect(relBack.get(r.id)).toEqual(r.properties);
    });

    test('hostile values survive the CSV files: quotes, commas, line breaks, an empty string', async () => {
      await importCsv(trickyGraph());
      const [article] = await db.store.read<{ text: string; title: string }>("MATCH (a:Article {key: 'article:t1'}) RETURN a.text AS text, a.title AS title");
      expect(article).toEqual({ text: trickyGraph().nodes[0]!.properties.text, title: 'Evil "title", with comma' });
      const [org] = await db.store.read<{ aliases: string[]; labels: string[] }>('MATCH (o {name: $name}) RETURN o.aliases AS aliases, labels(o) AS labels', { name: EVIL_NAME });
      expect(org).toEqual({ aliases: ['盈智', 'a,b', '引号"'], labels: expect.arrayContaining(['Organization', 'Company']) });
      const [wrote] = await db.store.read<{ role: unknown }>('MATCH ()-[w:WROTE]->() RETURN w.role AS role');
      expect(wrote!.role).toBe('');
    });
  });
});
