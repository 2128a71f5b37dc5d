// validateGraph: the file's shape is checked by hand when it is right; a wrong one is told in the schema's words.
import { validateGraph } from '../../../src/graph/index.js';

const person = { id: 'person:a', labels: ['Person'], properties: { key: 'person:a', name: '甲', aliases: [], articleIds: ['x'], mentionCount: 1, roles: [], disambiguator: 'unknown' } };
const article = { id: 'article:x', labels: ['Article'], properties: { key: 'article:x', name: 't', pageId: 'p', ordinal: 1, source: 's', sourceStart: 0, sourceEnd: 5, text: 'abcde', kind: 'news', language: 'zh' } };
const mentions = { id: 'r1', type: 'MENTIONS', start: 'article:x', end: 'person:a', properties: { key: 'r1', articleId: 'x', count: 1, sourceStarts: [0], sourceEnds: [1], rules: ['r'] } };
const good = (): Record<string, unknown> => ({ nodes: [structuredClone(article), structuredClone(person)], relationships: [structuredClone(mentions)] });

test('a well-formed graph passes and comes back as it was given', () => {
  const g = good();
  expect(validateGraph(g, 'ok.json')).toBe(g);
});

test.each<[string, (g: Record<string, unknown> & { nodes: Array<Record<string, unknown>>; relationships: Array<Record<string, unknown>> }) => void, RegExp]>([
  ['a node with a key the file format does not have', (g) => (g.nodes[1]!.extra = 1), /nodes\.1: Unrecognized key: "extra"/],
  ['a node with an empty id', (g) => (g.nodes[0]!.id = ''), /nodes\.0\.id/],
  ['a node with no labels', (g) => (g.nodes[1]!.labels = []), /nodes\.1\.labels/],
  ['a label that is not a string', (g) => (g.nodes[1]!.labels = [7]), /nodes\.1\.labels\.0/],
  ['properties that are a list', (g) => (g.nodes[0]!.properties = []), /nodes\.0\.properties/],
  ['a relationship type the schema does not have', (g) => (g.relationships[0]!.type = 'KNOWS'), /relationships\.0\.type/],
  ['a relationship without an end', (g) => delete g.relationships[0]!.end, /relationships\.0\.end/],
  ['a top-level key the format does not have', (g) => (g.edges = []), /Unrecognized key: "edges"/],
  ['meta with a wrong article count', (g) => (g.meta = { generator: 'kg', version: '1', sources: [], articles: -1 }), /meta\.articles/],
])('%s is told as the schema tells it', (_what, spoil, message) => {
  const g = good() as Parameters<typeof spoil>[0];
  spoil(g);
  expect(() => validateGraph(g, 'bad.json')).toThrow(message);
});

test('a file that is not a graph at all is told, not crashed on', () => {
  expect(() => validateGraph([1, 2], 'list.json')).toThrow(/does not match the schema/);
  expect(() => validateGraph({ nodes: 'many' }, 'odd.json')).toThrow(/nodes/);
});
