// Evidence for the HTML view's panel: page text around a mention's source offsets with the column's line breaks
// and letter-spacing undone and the mention marked; relationship sentences with the node's name marked; and,
// without the page file, the article sentence that names the node, flagged as approximate.
import { nodeEvidence, pageContext } from '../../src/export/evidence.js';
import { trickyGraph } from './fixtures/tricky-graph.js';

const marked = (e: { text: string; mark?: [number, number] }): string => (e.mark ? `${e.text.slice(0, e.mark[0])}[${e.text.slice(...e.mark)}]${e.text.slice(e.mark[1])}` : e.text);

describe('page text around a mention', () => {
  // A column of 12 characters: 信易电热机械有限公司 broken over two lines, a spaced name, 2022 broken as 202|2.
  const page = '本报讯 今年以来，位于开发\n区的信易电热机械有\n限公司由张 磊带队，\n在202\n2年新增专利十项。下一句\n不相干。';

  test.each([
    ['a company name broken over two lines', '信易电热机械有', '限公司', '本报讯今年以来，位于开发区的[信易电热机械有限公司]由张磊带队，在2022年新增专利十项。'],
    ['a letter-spaced person name', '张', '磊', '本报讯今年以来，位于开发区的信易电热机械有限公司由[张磊]带队，在2022年新增专利十项。'],
    ['a year broken after its third digit', '202', '2', '本报讯今年以来，位于开发区的信易电热机械有限公司由张磊带队，在[2022]年新增专利十项。'],
  ])('%s is joined, marked and cut at the sentence', (_what, first, last, expected) => {
    const start = page.indexOf(first);
    const end = page.indexOf(last, start + first.length) + last.length;
    expect(marked(pageContext(page, start, end))).toBe(expected);
  });

  test('context stays inside the article span', () => {
    const start = page.indexOf('专利');
    const e = pageContext(page, start, start + 2, { start: page.indexOf('在202'), end: page.indexOf('下一句') });
    expect(marked(e)).toBe('在2022年新增[专利]十项。');
  });
});

describe('node evidence', () => {
  const g = trickyGraph();
  const org = g.nodes[1]!.id;

  test('relationship sentences come with the node named in them marked, and the other end and rule', () => {
    const reported = nodeEvidence(g, new Map()).get(org)!.find((e) => e.type === 'REPORTED')!;
    expect(reported).toMatchObject({ other: 'outcome:x', outgoing: true, rule: 'outcome.subject', confidence: 0.5, article: 'Evil "title", with comma' });
    expect(marked(reported)).toMatch(/^\[盈智"测试, 有限'公司\\分部\]今年产值800万元/);
    const fromOutcome = nodeEvidence(g, new Map()).get('outcome:x')!.find((e) => e.type === 'REPORTED')!;
    expect(fromOutcome).toMatchObject({ other: org, outgoing: false });
    expect(marked(fromOutcome)).toMatch(/产值\[800万元\]/);
  });

  test('with the page file, a mention shows the page text at its offsets and where that is', () => {
    const page = `${'x'.repeat(20)}\n${'盈智'}测试公司今年很好。`;
    const withPage = nodeEvidence(g, new Map([['fixtures/evil.txt', page]])).get(org)!.filter((e) => e.type === 'MENTIONS');
    expect(withPage).toHaveLength(2);
    expect(withPage[1]).toMatchObject({ at: 'fixtures/evil.txt:20–22' });
    expect(withPage[1]!.approximate).toBeUndefined();
  });

  test('without the page file, a mention falls back to the article sentence naming the node, flagged', () => {
    const mentions = nodeEvidence(g, new Map()).get('outcome:x')!.filter((e) => e.type === 'MENTIONS');
    expect(mentions).toEqual([]);
    const article = { ...g.nodes[0]!, properties: { ...g.nodes[0]!.properties, text: '前文。盈智今年很好。后文。' } };
    const fallback = nodeEvidence({ ...g, nodes: [article, ...g.nodes.slice(1)] }, new Map()).get(org)!.filter((e) => e.type === 'MENTIONS');
    expect(fallback.map(marked)).toEqual(['[盈智]今年很好。']);
    expect(fallback[0]).toMatchObject({ approximate: true, article: 'Evil "title", with comma' });
  });

  test('a byline (WROTE) has no sentence: with the page it shows the page text at the byline', () => {
    const page = '■记者 王 强\n本报讯 正文。';
    const g2 = { ...g, relationships: g.relationships.map((r) => (r.type === 'WROTE' ? { ...r, properties: { ...r.properties, sourceStart: 4, sourceEnd: 7 } } : r)) };
    const wrote = nodeEvidence(g2, new Map([['fixtures/evil.txt', page]])).get('person:王 强')!.find((e) => e.type === 'WROTE')!;
    expect(marked(wrote)).toBe('■记者[王强]本报讯正文。');
    expect(wrote).toMatchObject({ other: 'article:t1', at: 'fixtures/evil.txt:4–7' });
  });
});
