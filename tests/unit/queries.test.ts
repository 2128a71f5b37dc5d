// The canned query files and the library that reads them: headers, Browser :param lines that match the
// defaults, parameters only (no values spliced into the text), and the CSV and table renderers.
import { readFileSync } from 'node:fs';
import { coerce, findQuery, loadQueries, paramsFor, parseQuery, statementOf, toCsv, toTable } from '../../src/queries/index.js';

describe('canned query files', () => {
  const queries = loadQueries();

  test.each(queries.map((q) => [q.name, q] as const))('%s has a description, and a :param line per parameter with its default', (_name, q) => {
    expect(q.description.length).toBeGreaterThan(20);
    const text = readFileSync(q.file, 'utf8');
    for (const p of q.params) {
      const line = text.split('\n').find((l) => l.startsWith(`// :param ${p.name} =>`));
      expect(line).toBeDefined();
      const literal = /=>\s*(.*?);?\s*$/.exec(line!)![1]!;
      expect(coerce(literal)).toEqual(p.default);
      expect(statementOf(q)).toContain(`$${p.name}`);
    }
    // Everything the statement uses is declared, so it runs in Browser after the :param lines.
    const used = new Set([...statementOf(q).matchAll(/\$(\w+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(q.params.map((p) => p.name).sort());
  });

  test('names are unique and files are found by name', () => {
    expect(new Set(queries.map((q) => q.name)).size).toBe(queries.length);
    expect(findQuery('place-rollup', queries).params.map((p) => p.name)).toEqual(['place']);
    expect(() => findQuery('no-such-query', queries)).toThrow(/no canned query named "no-such-query"/);
  });
});

describe('query parameters', () => {
  const q = parseQuery(
    ['// name: t', '// description: a test query', '// param: n = 10 — a number', '// param: word = 产值 — a word', '// param: all = false — a flag', 'RETURN $n, $word, $all'].join('\n'),
    't.cypher',
  );

  // The header's default declares the type: a text parameter stays text whatever it looks like (#16.9).
  test.each([
    [[], { n: 10, word: '产值', all: false }],
    [['n=3'], { n: 3, word: '产值', all: false }],
    [['word=专利'], { n: 10, word: '专利', all: false }],
    [['word=a=b'], { n: 10, word: 'a=b', all: false }],
    [['word=123'], { n: 10, word: '123', all: false }],
    [['word=true'], { n: 10, word: 'true', all: false }],
    [["word='quoted'"], { n: 10, word: "'quoted'", all: false }],
    [['all=true'], { n: 10, word: '产值', all: true }],
  ])('%j → %j', (overrides, expected) => {
    expect(paramsFor(q, overrides)).toEqual(expected);
  });

  test.each([
    [['nope=1'], /unknown parameter "nope"/],
    [['n=abc'], /"n" must be a number/],
    [['n='], /"n" must be a number/],
    [['all=yes'], /"all" must be true or false/],
    [['novalue'], /is not name=value/],
  ])('%j is refused', (overrides, message) => {
    expect(() => paramsFor(q, overrides)).toThrow(message);
  });

  test('a query without a name header is refused, naming the file', () => {
    expect(() => parseQuery('RETURN 1', 'x.cypher')).toThrow(/x\.cypher.*no "\/\/ name:" header/);
  });
});

describe('rendering rows', () => {
  const rows = [
    { name: '盈智', places: ['平湖', '嘉兴'], note: 'has "quotes", commas' },
    { name: 'IP Veselov', places: [], note: null },
  ];

  test('CSV quotes what needs quoting and joins lists', () => {
    expect(toCsv(rows)).toBe('name,places,note\n盈智,平湖; 嘉兴,"has ""quotes"", commas"\nIP Veselov,,\n');
    expect(toCsv([])).toBe('');
  });

  test('the table aligns wide characters and cuts long cells', () => {
    const table = toTable([{ a: '平湖经开', b: 'x'.repeat(80) }], 10);
    const [header, rule, row] = table.split('\n');
    expect(header).toBe('a         b');
    expect(rule).toBe('--------  ----------');
    expect(row).toBe(`平湖经开  ${'x'.repeat(9)}…`);
    expect(toTable([])).toBe('(no rows)\n');
  });
});
