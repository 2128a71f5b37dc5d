// Generated files must match what their generators produce now: the README's model and query sections, and the
// schema's constraints and JSON Schema. Each test also checks the generator reacts to a change in its input.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constraintsFile, graphJsonSchema } from '../../schema/generate.js';
import { generatedSections, modelSection, queriesSection, replaceSections } from '../../src/docs/readme-sections.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema/model.js';
import { loadQueries } from '../../src/queries/index.js';

const read = (rel: string): string => readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)), 'utf8');

describe('generated documentation', () => {
  test('README.md sections are up to date (run `npm run docs`)', () => {
    const readme = read('README.md');
    expect(replaceSections(readme, generatedSections())).toBe(readme);
  });

  test('the model section has a row for every label and relationship type', () => {
    const section = modelSection();
    for (const label of NODE_LABELS) expect(section).toContain(`| \`${label}\` |`);
    for (const type of RELATIONSHIP_TYPES) expect(section).toContain(`| \`${type}\` |`);
  });

  test('the query section shows every canned query with its :param lines', () => {
    const section = queriesSection();
    for (const q of loadQueries()) {
      expect(section).toContain(`#### \`${q.name}\``);
      for (const p of q.params) expect(section).toContain(`:param ${p.name} =>`);
    }
  });

  test('replaceSections replaces only between markers and refuses a file without them', () => {
    const text = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb';
    expect(replaceSections(text, { x: 'new' })).toBe('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb');
    expect(() => replaceSections('no markers', { x: 'new' })).toThrow(/x:start/);
  });

  test('schema/constraints.cypher and schema/graph.schema.json are up to date (run `npm run schema`)', () => {
    expect(read('schema/constraints.cypher')).toBe(constraintsFile());
    expect(JSON.parse(read('schema/graph.schema.json'))).toEqual(graphJsonSchema());
  });
});
