// graph.jsonl, the streamed form of the graph contract: written and read back row by row, checked as it is read
// (shape, order, schema), with every problem naming the file and the line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedRows, checkGraphJsonl, collectGraph, graphJsonlLines, parseGraphLine, readGraphRows } from '../../../src/graph/jsonl.js';
import { trickyGraph } from '../../export/fixtures/tricky-graph.js';

const text = (): string => [...graphJsonlLines(trickyGraph())].join('');
const lines = (): string[] => text().trimEnd().split('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-jsonl-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a graph written as graph.jsonl reads back as the same graph, meta included', async () => {
  const path = join(dir, 'graph.jsonl');
  writeFileSync(path, text());
  expect(await collectGraph(readGraphRows(path))).toEqual(trickyGraph());
  const g = trickyGraph();
  expect(await checkGraphJsonl(path)).toEqual({ meta: g.meta, nodes: g.nodes.length, relationships: g.relationships.length });
});

test('the meta line comes first, then every node, then every relationship', () => {
  const kinds = lines().map((l, i) => parseGraphLine(l, i + 1, 'x')!.kind);
  expect(kinds[0]).toBe('meta');
  expect(kinds.lastIndexOf('node')).toBeLessThan(kinds.indexOf('relationship'));
});

test('a node after a relationship is refused, naming the line', async () => {
  const all = lines();
  const node = JSON.parse(all.find((l) => l.includes('"type":"node"'))!) as { id: string; properties: { key: string } };
  node.id = node.properties.key = 'late-node';
  const late = [...all, JSON.stringify(node)];
  await expect(collectGraph(checkedRows(late, 'g.jsonl'))).rejects.toThrow(new RegExp(`g\\.jsonl: line ${late.length}: node late-node comes after a relationship`));
});

test('a relationship whose end is no node is a schema violation naming the line', async () => {
  const all = lines();
  const i = all.findIndex((l) => l.includes('"type":"relationship"'));
  const r = JSON.parse(all[i]!) as { end: { id: string } };
  r.end.id = 'no-such-node';
  all[i] = JSON.stringify(r);
  await expect(collectGraph(checkedRows(all, 'g.jsonl'))).rejects.toThrow(new RegExp(`g\\.jsonl: line ${i + 1}[\\s\\S]*end no-such-node is not a node`));
});

test('a node whose properties break the schema is refused', async () => {
  const all = lines();
  const i = all.findIndex((l) => l.includes('"type":"node"'));
  const n = JSON.parse(all[i]!) as { properties: Record<string, unknown> };
  n.properties.key = 'another-id';
  all[i] = JSON.stringify(n);
  await expect(collectGraph(checkedRows(all, 'g.jsonl'))).rejects.toThrow(/key property differs from id/);
});

test.each([
  ['not JSON', '{"type":"node",', /line 2 is not JSON/],
  ['an unknown record', '{"type":"edge"}', /line 2 is neither a node nor a relationship record/],
  ['a node without labels', '{"type":"node","id":"a","properties":{}}', /line 2 is not a node record/],
  ['a relationship of no schema type', '{"type":"relationship","id":"r","label":"LIKES","start":{"id":"a"},"end":{"id":"b"},"properties":{}}', /line 2 is not a relationship record/],
  ['a second meta line', '{"type":"meta","generator":"g","version":"1","sources":[],"articles":0}', /line 2: the meta record must be the first line/],
])('%s is refused, naming the file and line', async (_name, line, message) => {
  await expect(collectGraph(checkedRows([lines()[0]!, line as string], 'g.jsonl'))).rejects.toThrow(message as RegExp);
});

test('blank lines are skipped', async () => {
  const g = await collectGraph(checkedRows(['', ...lines(), '   '], 'g.jsonl'));
  expect(g.nodes).toHaveLength(trickyGraph().nodes.length);
});

test('a missing file is INPUT_NOT_FOUND naming it', async () => {
  await expect(checkGraphJsonl(join(dir, 'nope.jsonl'))).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND', subject: join(dir, 'nope.jsonl') });
});
