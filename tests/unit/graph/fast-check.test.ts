// The compiled property checks (graph/fast-check.ts) say yes only where the schema's zod check does, and say yes to
// every row a build makes (else they would save nothing); what they refuse, zod still tells in its own words.
import { z } from 'zod';
import { checkOf } from '../../../src/graph/fast-check.js';
import { validateGraph } from '../../../src/graph/index.js';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, primaryLabel, type Graph } from '../../../schema/model.js';
import { sampleBuild } from '../../helpers/sample-graph.js';

/** Values a property may be spoiled with: wrong types, edge numbers, empty and odd containers. */
const ODD: unknown[] = [undefined, null, '', 'x', 0, -1, 1.5, 2, 2 ** 60, NaN, Infinity, -Infinity, true, false, [], ['a'], [1.5, 2], [1, 2, 3, 4], [-1], {}, { a: 1 }, new Date(0)];

/** Every spoiled copy of `props`: each key dropped, set to each odd value, and one key the schema lacks. */
function spoiled(props: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ ...props, unexpected: 1 }, Object.assign(Object.create({ inherited: 1 }) as object, props)];
  for (const k of Object.keys(props)) {
    const { [k]: _dropped, ...rest } = props;
    out.push(rest);
    for (const v of ODD) out.push({ ...props, [k]: v });
  }
  return out;
}

const schemaOf = (row: { labels?: string[]; type?: string }): z.ZodType => (row.type ? RELATIONSHIP_PROPERTIES[row.type as keyof typeof RELATIONSHIP_PROPERTIES] : NODE_PROPERTIES[primaryLabel({ labels: row.labels! })!]);

let graph: Graph;
beforeAll(async () => {
  graph = (await sampleBuild()).graph;
});

test('every row the sample page builds passes the compiled check, as it passes zod', () => {
  const rows = [...graph.nodes, ...graph.relationships];
  expect(rows.length).toBeGreaterThan(100);
  for (const row of rows) {
    expect(schemaOf(row).safeParse(row.properties).success).toBe(true);
    expect(checkOf(schemaOf(row))(row.properties)).toBe(true);
  }
});

test('a spoiled row passes the compiled check only where zod accepts it too', () => {
  // One row of each label and type, and every way of spoiling each of its properties.
  const firsts = new Map<string, { labels?: string[]; type?: string; properties: Record<string, unknown> }>();
  for (const row of [...graph.nodes, ...graph.relationships]) firsts.set('type' in row ? row.type : row.labels[0]!, row);
  expect(firsts.size).toBeGreaterThan(8);
  let refused = 0;
  for (const row of firsts.values()) {
    const schema = schemaOf(row);
    for (const props of spoiled(row.properties)) {
      const fast = checkOf(schema)(props);
      const zod = schema.safeParse(props).success;
      if (fast) expect({ props, zod }).toEqual({ props, zod: true });
      if (!fast) refused++;
    }
  }
  expect(refused).toBeGreaterThan(100);
});

test.each<[string, z.ZodType, unknown[], unknown[]]>([
  ['a bounded number', z.number().min(0).max(1), [0, 0.5, 1], [-0.1, 1.1, NaN, Infinity, '0.5']],
  ['a safe non-negative integer', z.number().int().nonnegative(), [0, 7, 2 ** 53 - 1], [-1, 0.5, 2 ** 53, Infinity]],
  ['a positive number', z.number().positive(), [0.1, 3], [0, -2]],
  ['a string of at least one character', z.string().min(1), ['a', '城'], ['', 1, null]],
  ['a list of four numbers', z.array(z.number()).length(4), [[1, 2, 3, 4]], [[1, 2, 3], [1, 2, 3, '4'], 'abcd']],
  ['an enum', z.enum(['news', 'brief']), ['news', 'brief'], ['photo', 0, undefined]],
  ['an optional boolean', z.boolean().optional(), [true, false, undefined], [0, 'true', null]],
  ['a strict object', z.object({ a: z.string(), b: z.number().optional() }).strict(), [{ a: '' }, { a: 'x', b: 1 }, { a: 'x', b: undefined }], [{}, { b: 1 }, { a: 'x', c: 1 }, ['x'], null]],
  ['a loose object', z.object({ a: z.string() }), [{ a: 'x', c: 1 }], [{ c: 1 }]],
])('%s: the compiled check agrees with zod', (_what, schema, yes, no) => {
  for (const v of yes) expect([v, checkOf(schema)(v), schema.safeParse(v).success]).toEqual([v, true, true]);
  for (const v of no) expect([v, checkOf(schema)(v), schema.safeParse(v).success]).toEqual([v, false, false]);
});

test('a check it does not compile (a refinement) is asked of zod', () => {
  const boxes = z.array(z.number()).refine((b) => b.length % 4 === 0, 'four numbers a box');
  expect(checkOf(boxes)([1, 2, 3, 4, 5, 6, 7, 8])).toBe(true);
  expect(checkOf(boxes)([1, 2, 3])).toBe(false);
});

test('a row the compiled check refuses is still told in the schema\'s words', () => {
  const person = graph.nodes.find((n) => n.labels[0] === 'Person')!;
  const bad = { ...graph, nodes: graph.nodes.map((n) => (n === person ? { ...n, properties: { ...n.properties, mentionCount: -3 } } : n)) };
  expect(() => validateGraph(bad, 'spoiled.json')).toThrow(new RegExp(`node ${person.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(Person\\): mentionCount`));
});
