// Each export format read back by an independent reader: JSON and JSONL into the same graph, GraphML and GEXF
// into graphology with the same counts and typed attributes, CSV with neo4j-admin's headers and quoting, and
// Cypher literals that no value can break out of. The sample page and a fixture of hostile values.
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { toCsv } from '../../src/export/csv.js';
import { literal, stringLiteral, toCypher } from '../../src/export/cypher.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { fromJsonl, toJson, toJsonl } from '../../src/export/json.js';
import { LABEL_COLOURS } from '../../src/export/palette.js';
import { validateGraph } from '../../src/graph/index.js';
import { NODE_LABELS, type Graph } from '../../schema/model.js';
import { sampleBuild } from '../helpers/sample-graph.js';
import { EVIL_NAME, EVIL_TEXT, trickyGraph } from './fixtures/tricky-graph.js';

let sample: Graph;
beforeAll(async () => {
  sample = (await sampleBuild()).graph;
});

describe('json and jsonl', () => {
  test.each([['the sample page', () => sample], ['the hostile fixture', trickyGraph]])('json of %s reads back as the same graph', (_name, graph) => {
    const g = graph();
    expect(validateGraph(JSON.parse(toJson(g)), 'test')).toEqual(g);
  });

  test.each([['the sample page', () => sample], ['the hostile fixture', trickyGraph]])('jsonl of %s reads back as the same nodes and relationships', (_name, graph) => {
    const g = graph();
    const back = fromJsonl(toJsonl(g), 'test');
    expect(back.nodes).toEqual(g.nodes);
    expect(back.relationships).toEqual(g.relationships);
  });

  test("jsonl is one record per line in APOC's shape", () => {
    const lines = toJsonl(sample).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(sample.nodes.length + sample.relationships.length);
    const rel = lines.find((l) => l.type === 'relationship' && l.label === 'LOCATED_IN');
    expect(rel).toMatchObject({ start: { id: expect.any(String), labels: expect.any(Array) }, end: { labels: expect.arrayContaining(['Place']) } });
  });

  test('a jsonl line that is not a record is refused, naming the line', () => {
    expect(() => fromJsonl('{"type":"node","id":"x","labels":["Person"],"properties":{}}\nnot json\n', 'f.jsonl')).toThrow(/f\.jsonl: line 2 is not JSON/);
  });
});

describe('graphml', () => {
  test('loads back into graphology with the same node and edge counts and typed attributes', () => {
    const g = parseGraphml(MultiDirectedGraph, toGraphml(sample));
    expect(g.order).toBe(sample.nodes.length);
    expect(g.size).toBe(sample.relationships.length);
    const outcome = sample.nodes.find((n) => n.labels[0] === 'Outcome')!;
    const attrs = g.getNodeAttributes(outcome.id);
    expect(attrs.value).toBe(outcome.properties.value);
    expect(typeof attrs.approximate).toBe('boolean');
    expect(attrs.label).toBe(outcome.properties.name);
    expect(attrs.category).toBe('Outcome');
  });

  test('declares every key with a GraphML type and holds no nested values', () => {
    const xml = toGraphml(sample);
    const keys = [...xml.matchAll(/<key [^>]*>/g)].map((m) => m[0]);
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) expect(k).toMatch(/attr\.type="(string|long|double|boolean)"/);
    expect(xml).toMatch(/attr\.name="value" attr\.type="double"/);
    expect(xml).toMatch(/attr\.name="aliases" attr\.type="string"/);
    const g = parseGraphml(MultiDirectedGraph, xml);
    g.forEachNode((_id, a) => Object.values(a).forEach((v) => expect(['string', 'number', 'boolean']).toContain(typeof v)));
  });

  test('hostile values survive: quotes, line breaks, markup, lists joined', () => {
    const g = parseGraphml(MultiDirectedGraph, toGraphml(trickyGraph()));
    expect(g.getNodeAttribute(`org:${EVIL_NAME}`, 'name')).toBe(EVIL_NAME);
    // XML parsers normalise CR LF to LF in text; everything else comes back as written.
    expect(g.getNodeAttribute('article:t1', 'text')).toBe(EVIL_TEXT.replace(/\r\n/g, '\n'));
    expect(g.getNodeAttribute(`org:${EVIL_NAME}`, 'aliases')).toBe('盈智; a,b; 引号"');
  });
});

describe('gexf', () => {
  test('loads back into graphology with the same counts, the label colours and a layout', () => {
    const g = parseGexf(MultiDirectedGraph, toGexf(sample));
    expect(g.order).toBe(sample.nodes.length);
    expect(g.size).toBe(sample.relationships.length);
    const company = sample.nodes.find((n) => n.labels[1] === 'Company')!;
    const a = g.getNodeAttributes(company.id);
    expect(a.color).toBe(LABEL_COLOURS.Organization.fill);
    expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0).toBe(true);
    expect(a.labels).toBe('Organization;Company');
  });

  test('declares attribute types and writes lists as strings, since Gephi holds scalars', () => {
    const xml = toGexf(sample);
    expect(xml).toMatch(/<attribute id="value" title="value" type="(double|long|integer)"\/>/);
    expect(xml).toMatch(/<attribute id="approximate" title="approximate" type="boolean"\/>/);
    expect(xml).not.toMatch(/type="list/);
    const g = parseGexf(MultiDirectedGraph, xml);
    g.forEachEdge((_e, a) => expect(typeof a.type).toBe('string'));
  });

  test('is the same file on every export (deterministic layout)', () => {
    expect(toGexf(sample)).toBe(toGexf(sample));
  });
});

describe('csv (neo4j-admin import)', () => {
  const rowsOf = (text: string): number => {
    // Rows, not lines: a quoted field may hold line breaks. Count record ends outside quotes.
    let rows = 0;
    let quoted = false;
    for (const ch of text) {
      if (ch === '"') quoted = !quoted;
      else if (ch === '\n' && !quoted) rows++;
    }
    return rows - 1;
  };

  test('one nodes file per label combination and one relationships file per type, with every element once', () => {
    const files = toCsv(sample);
    const nodeFiles = [...files.keys()].filter((f) => f.startsWith('nodes-'));
    const relFiles = [...files.keys()].filter((f) => f.startsWith('relationships-'));
    expect(nodeFiles).toContain('nodes-Organization-Company.csv');
    expect(relFiles).toContain('relationships-MENTIONS.csv');
    expect(nodeFiles.reduce((n, f) => n + rowsOf(files.get(f)!), 0)).toBe(sample.nodes.length);
    expect(relFiles.reduce((n, f) => n + rowsOf(files.get(f)!), 0)).toBe(sample.relationships.length);
    expect(new Set(relFiles.map((f) => f.slice('relationships-'.length, -4)))).toEqual(new Set(sample.relationships.map((r) => r.type)));
  });

  test.each([
    ['nodes-Outcome.csv', ['key:ID', ':LABEL', 'name', 'value:double', 'approximate:boolean', 'articleIds:string[]', 'mentionCount:long']],
    ['nodes-Organization-Company.csv', ['key:ID', ':LABEL', 'aliases:string[]', 'shortName']],
    ['relationships-MENTIONS.csv', [':START_ID', ':END_ID', ':TYPE', 'key', 'count:long', 'sourceStarts:long[]', 'rules:string[]']],
    ['relationships-LOCATED_IN.csv', [':START_ID', ':END_ID', ':TYPE', 'sentence', 'sourceStart:long', 'confidence:double']],
  ])('%s has the typed header columns', (file, columns) => {
    const header = toCsv(sample).get(file)!.split('\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(columns));
  });

  test('quotes fields as RFC 4180 does and keeps an empty string apart from a missing value', () => {
    const files = toCsv(trickyGraph());
    const org = files.get('nodes-Organization-Company.csv')!.split('\n')[1]!;
    expect(org).toBe(`"org:盈智""测试, 有限'公司\\分部",Organization;Company,"盈智""测试, 有限'公司\\分部","盈智;a,b;引号""",t1,2,Company,盈智,false`);
    expect(files.get('relationships-WROTE.csv')!.split('\n')[1]).toMatch(/,w1,"",fixtures/);
    expect(files.get('nodes-Person.csv')!.split('\n')[1]).toBe('person:王 强,Person,王 强,,,0,,unknown');
  });

  test('a list item holding the array delimiter is refused with the way out; another delimiter works', () => {
    const g = trickyGraph();
    (g.nodes[1]!.properties.aliases as string[]).push('甲;乙');
    expect(() => toCsv(g)).toThrow(/has a list item containing the array delimiter ";"/);
    const files = toCsv(g, { arrayDelimiter: '|' });
    expect(files.get('nodes-Organization-Company.csv')).toContain('Organization|Company');
    expect(files.get('neo4j-admin-import.sh')).toContain("--array-delimiter='|'");
  });

  test('the import script names every file and the options the files need', () => {
    const files = toCsv(sample);
    const script = files.get('neo4j-admin-import.sh')!;
    for (const f of files.keys()) if (f.endsWith('.csv')) expect(script).toContain(`=${f}`);
    expect(script).toMatch(/neo4j-admin database import full/);
    expect(script).toMatch(/--multiline-fields=true/);
    expect(files.get('constraints.cypher')).toMatch(/CREATE CONSTRAINT organization_key/);
  });
});

describe('graph analytics (degree, PageRank, community) in every format', () => {
  /** The sample's company of highest PageRank, and its figures. */
  const hub = (): { id: string; degree: number; pagerank: number; community: number } => {
    const companies = sample.nodes.filter((n) => n.labels[1] === 'Company');
    const top = companies.reduce((a, b) => ((b.properties.pagerank as number) > (a.properties.pagerank as number) ? b : a));
    const { degree, pagerank, community } = top.properties as { degree: number; pagerank: number; community: number };
    return { id: top.id, degree, pagerank, community };
  };

  test('the sample’s entities carry the figures (the premise of these tests)', () => {
    const h = hub();
    expect(h.degree).toBeGreaterThan(1);
    expect(h.pagerank).toBeGreaterThan(0);
    expect(Number.isInteger(h.community) && h.community >= 1).toBe(true);
  });

  test('graphml declares them long, double and long, and reads them back as numbers', () => {
    const xml = toGraphml(sample);
    expect(xml).toMatch(/attr\.name="degree" attr\.type="long"/);
    expect(xml).toMatch(/attr\.name="pagerank" attr\.type="double"/);
    expect(xml).toMatch(/attr\.name="community" attr\.type="long"/);
    const { id, ...figures } = hub();
    expect(parseGraphml(MultiDirectedGraph, xml).getNodeAttributes(id)).toMatchObject(figures);
  });

  test('gexf declares them as numeric attributes and reads them back as numbers', () => {
    const xml = toGexf(sample);
    for (const name of ['degree', 'pagerank', 'community']) expect(xml).toMatch(new RegExp(`<attribute id="${name}" title="${name}" type="(double|long|integer|float)"/>`));
    const { id, ...figures } = hub();
    expect(parseGexf(MultiDirectedGraph, xml).getNodeAttributes(id)).toMatchObject(figures);
  });

  test('csv has typed columns for them, and the values', () => {
    const table = toCsv(sample).get('nodes-Organization-Company.csv')!.split('\n');
    const header = table[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['degree:long', 'pagerank:double', 'community:long']));
    const { id, degree, pagerank, community } = hub();
    const row = table.find((line) => line.startsWith(`${id},`))!.split(',');
    expect([row[header.indexOf('degree:long')], row[header.indexOf('pagerank:double')], row[header.indexOf('community:long')]]).toEqual([degree, pagerank, community].map(String));
  });

  test('cypher writes degree and community as integers and PageRank as a float', () => {
    const { id, degree, pagerank, community } = hub();
    const statement = toCypher(sample).split('\n').find((l) => l.includes(`key: ${stringLiteral(id)}`) && l.startsWith('UNWIND'))!;
    expect(statement).toContain(`degree: ${degree}, pagerank: ${pagerank}, community: ${community}`);
    expect(literal(1, 'double', 'pagerank')).toBe('1.0');
  });
});

describe('cypher literals', () => {
  test.each([
    ['plain', '平湖', "'平湖'"],
    ['a single quote', "O'Brien", "'O\\'Brien'"],
    ['a backslash', 'a\\b', "'a\\\\b'"],
    ['line breaks and a tab', 'a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['a NUL and a line separator', 'a\u0000b\u2028', "'a\\u0000b\\u2028'"],
    ['a statement in disguise', "'; MATCH (n) DETACH DELETE n //", "'\\'; MATCH (n) DETACH DELETE n //'"],
  ])('a string with %s', (_what, value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });

  test.each([
    [8000000, 'double', '8000000.0'],
    [30.8, 'double', '30.8'],
    [1e21, 'double', '1e21'],
    [1.5e-7, 'double', '1.5e-7'],
    [12, 'long', '12'],
    [[1, 2], 'long[]', '[1, 2]'],
    [[3, 4], 'double[]', '[3.0, 4.0]'],
    [true, 'boolean', 'true'],
  ] as const)('%p as %s is %s', (value, type, expected) => {
    expect(literal(value, type, 'test')).toBe(expected);
  });

  test('a value with no literal form is refused', () => {
    expect(() => literal({ nested: 1 }, undefined, 'n.p')).toThrow(/n\.p: .* has no Cypher literal form/);
  });

  test('the script is one statement per line, constraints first, nodes before relationships', () => {
    const lines = toCypher(sample).trim().split('\n').filter((l) => !l.startsWith('//'));
    for (const l of lines) expect(l.endsWith(';')).toBe(true);
    const firstCreate = lines.findIndex((l) => l.includes('CREATE (n:'));
    const firstRel = lines.findIndex((l) => l.includes('CREATE (a)-['));
    expect(lines.slice(0, firstCreate).every((l) => l.startsWith('CREATE CONSTRAINT') || l.startsWith('CREATE INDEX'))).toBe(true);
    expect(firstCreate).toBeLessThan(firstRel);
    // Every label the script writes is one of the schema's.
    for (const m of toCypher(sample).matchAll(/\(n:([A-Za-z:]+)\)/g)) expect(NODE_LABELS).toContain(m[1]!.split(':')[0]);
  });

  test('batches rows: small statement limits give more statements with the same rows', () => {
    const count = (script: string): number => [...script.matchAll(/\{key: '/g)].length;
    const small = toCypher(sample, { rowsPerStatement: 3 });
    expect(small.split('\n').length).toBeGreaterThan(toCypher(sample).split('\n').length);
    expect(count(small)).toBe(count(toCypher(sample)));
  });
});
