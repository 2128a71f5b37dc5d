// graph.json's rows found in its bytes (src/graph/json-rows.ts): for a file in kg's layout, every node and
// relationship with its id (a relationship's type and ends too) and the bytes whose hash is the hash of its text;
// for any other layout, nothing (the loader then reads the file whole).
import { graphJsonChunks } from '../../../src/graph/write.js';
import { parseRawRow, rawEnds, rawRowBytes, rowHash, rowText, scanGraphJson, type RawGraph } from '../../../src/graph/json-rows.js';
import type { Graph } from '../../../schema/model.js';
import { trickyGraph } from '../../export/fixtures/tricky-graph.js';

/** A small graph of the schema's shape, with text that holds braces, quotes, line breaks and the row's own closing. */
function graph(): Graph {
  const text = '嘉兴港区今年新签项目十二个。\n  },\n  {"id": "x"}\n "nodes": [\\ "引号"';
  return {
    meta: { generator: 'kg-local-news', version: 'test', sources: ['港区/第3版.txt'], articles: 1 },
    nodes: [
      { id: 'article:g1', labels: ['Article'], properties: { key: 'article:g1', name: '港区招商', title: '港区招商', kind: 'news', language: 'zh', pageId: 'g', ordinal: 1, source: 'g.txt', sourceStart: 0, sourceEnd: 40, text } },
      { id: 'org:嘉兴港区管委会', labels: ['Organization', 'Government'], properties: { key: 'org:嘉兴港区管委会', name: '嘉兴港区管委会', aliases: [], articleIds: ['g1'], mentionCount: 1, kind: 'Government' } },
      { id: 'person:钱立新@g', labels: ['Person'], properties: { key: 'person:钱立新@g', name: '钱立新', aliases: [], articleIds: ['g1'], mentionCount: 1, roles: ['主任'], disambiguator: 'g' } },
    ],
    relationships: [
      { id: 'r01', type: 'MENTIONS', start: 'article:g1', end: 'org:嘉兴港区管委会', properties: { key: 'r01', articleId: 'g1', count: 1, sourceStarts: [0], sourceEnds: [4], rules: ['org.name'] } },
      { id: 'r02', type: 'MENTIONS', start: 'article:g1', end: 'person:钱立新@g', properties: { key: 'r02', articleId: 'g1', count: 1, sourceStarts: [6], sourceEnds: [9], rules: ['person.name'] } },
    ],
  };
}

const bytesOf = (g: unknown): Buffer => Buffer.from([...graphJsonChunks(g as Graph)].join(''));
const hashOfRow = (raw: RawGraph, i: number): string => rowHash(rawRowBytes(raw, i));

test('every row of a graph.json kg wrote: its id, a relationship\'s type and ends, and its bytes, hashed as its text is', () => {
  const g = graph();
  const raw = scanGraphJson(bytesOf(g))!;
  expect(raw).toBeDefined();
  expect(raw.head).toEqual({ meta: g.meta });
  const rows = [...g.nodes, ...g.relationships];
  expect(raw.nodes).toBe(g.nodes.length);
  expect(raw.ids).toEqual(rows.map((r) => r.id));
  expect(g.relationships.map((_, k) => rawEnds(raw, raw.nodes + k))).toEqual(g.relationships.map(({ type, start, end }) => ({ type, start, end })));
  rows.forEach((row, i) => {
    expect(parseRawRow(raw, i)).toEqual(row);
    expect(hashOfRow(raw, i)).toBe(rowHash(rowText(row)));
  });
  // A row's hash changes with any of its values, and only its own.
  const edited = graph();
  edited.nodes[2]!.properties.roles = ['副主任'];
  const again = scanGraphJson(bytesOf(edited))!;
  expect(hashOfRow(again, 2)).not.toBe(hashOfRow(raw, 2));
  expect(rows.map((_, i) => hashOfRow(again, i) === hashOfRow(raw, i))).toEqual([true, true, false, true, true]);
});

test('empty lists of rows, and a graph without meta', () => {
  expect(scanGraphJson(bytesOf({ nodes: [], relationships: [] }))).toMatchObject({ head: {}, nodes: 0, ids: [] });
  const g = graph();
  delete g.meta;
  expect(scanGraphJson(bytesOf(g))).toMatchObject({ head: {}, nodes: 3, ids: [...g.nodes, ...g.relationships].map((r) => r.id) });
  expect(scanGraphJson(bytesOf({ nodes: g.nodes, relationships: [] }))).toMatchObject({ nodes: 3, ids: g.nodes.map((n) => n.id) });
});

test('any other layout is not scanned: compact or re-indented JSON, relationships first, other members, escapes in an id, text after the end', () => {
  const g = graph();
  const text = bytesOf(g).toString();
  const others = [
    JSON.stringify(g),
    JSON.stringify(g, null, 2),
    JSON.stringify({ relationships: g.relationships, nodes: g.nodes }, null, 1),
    JSON.stringify({ ...g, extra: 1 }, null, 1),
    text.replace('"id": "person:钱立新@g"', '"id": "person:\\u94b1立新@g"'),
    text + '{}',
    text.slice(0, -10),
    text.replace('"id": "r02",\n   "type": "MENTIONS"', '"type": "MENTIONS",\n   "id": "r02"'),
  ];
  for (const other of others) expect(scanGraphJson(Buffer.from(other))).toBeUndefined();
  // Ids with quotes and backslashes (escaped in JSON) are not read from the bytes.
  expect(scanGraphJson(bytesOf(trickyGraph()))).toBeUndefined();
});
