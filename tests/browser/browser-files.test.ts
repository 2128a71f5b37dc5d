// The Neo4j Browser files kg ships in browser/: the style gives every label and finer label its colour and a
// caption by name in the GraSS Browser parses, the guide has a slide per canned query with runnable :param lines,
// and both are what the generators write now (a new canned query means regenerating the guide).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { paramLine, toBrowserGuide } from '../../src/export/browser-guide.js';
import { toGrass } from '../../src/export/grass.js';
import { LABEL_COLOURS } from '../../src/export/palette.js';
import { loadQueries, type CannedQuery } from '../../src/queries/index.js';
import { ENTITY_KINDS, LABEL_OF_KIND, NODE_LABELS } from '../../schema/model.js';

const shipped = (name: string): string => readFileSync(join(PROJECT_ROOT, 'browser', name), 'utf8');

/**
 * GraSS read the way Neo4j Browser's parser reads it: outside single quotes, `{` opens a rule and `}` closes it, and
 * whitespace in selectors is dropped; inside quotes braces are text; properties split on `;`, then on the first `:`.
 */
function parseGrass(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let quoted = false;
  let inRule = false;
  let selector = '';
  let body = '';
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    else if (c === '{' && !quoted) inRule = true;
    else if (c === '}' && !quoted) {
      rules[selector] = Object.fromEntries(
        body.split(';').flatMap((prop) => {
          const at = prop.indexOf(':');
          return at > 0 ? [[prop.slice(0, at).trim(), prop.slice(at + 1).trim()]] : [];
        }),
      );
      inRule = false;
      selector = '';
      body = '';
    } else if (inRule) body += c;
    else if (!/\s/.test(c)) selector += c;
  }
  return rules;
}

describe('browser/style.grass', () => {
  test('is what `kg export --format grass` writes (regenerate it if the schema or palette changed)', () => {
    expect(shipped('style.grass')).toBe(toGrass());
  });

  test('colours every label, and every finer label like the label it refines, and captions all by name', () => {
    const rules = parseGrass(toGrass());
    for (const label of NODE_LABELS) expect(rules[`node.${label}`]).toMatchObject({ color: LABEL_COLOURS[label].fill, caption: '{name}' });
    for (const kind of ENTITY_KINDS) expect(rules[`node.${kind}`]).toMatchObject({ color: LABEL_COLOURS[LABEL_OF_KIND[kind]].fill, caption: '{name}' });
    expect(rules.relationship).toMatchObject({ caption: '<type>' });
  });

  test('has nothing Browser would misread: no comments, no double-quoted captions', () => {
    expect(toGrass()).not.toMatch(/\/\*|"/);
  });
});

describe('browser/guide.html', () => {
  test('is what `kg export --format browser-guide` writes from cypher/ now (regenerate it after adding a query)', () => {
    expect(shipped('guide.html')).toBe(toBrowserGuide(loadQueries()));
  });

  test('has a slide per canned query, each with its :param lines and the query as runnable blocks', () => {
    const queries = loadQueries();
    const html = toBrowserGuide(queries);
    expect(html.match(/<slide /g)).toHaveLength(queries.length + 1);
    const q = queries.find((x) => x.params.length > 0)!;
    expect(html).toContain(`<pre class="pre-scrollable code runnable">${q.params.map((p) => paramLine(p.name, p.default)).join('\n').replace(/>/g, '&gt;')}</pre>`);
  });

  test.each([
    ['a text default', 'company', '信易电热', ":param company => '信易电热'"],
    ['a number default', 'min', 1, ':param min => 1'],
    ['a quote in the default', 'name', "O'Brien", ":param name => 'O\\'Brien'"],
  ])(':param line for %s', (_what, name, value, expected) => {
    expect(paramLine(name, value)).toBe(expected);
  });

  test('escapes markup in names, descriptions and queries', () => {
    const q: CannedQuery = { name: 'x<y', description: 'a <script>alert(1)</script> & b', params: [], cypher: 'MATCH (n) WHERE n.a < 3 RETURN n', file: 'cypher/x.cypher' };
    const html = toBrowserGuide([q]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b');
    expect(html).toContain('WHERE n.a &lt; 3');
  });
});
