// Whose figure it is: the subject in view — of the figure's clause, of the words that point back to one (全县,
// 公司, 工坊, 我们, 我), of the example a sentence gives — not the nearest name. Sentences written for these tests.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
async function subjectsOf(figure: string, ...paragraphs: string[]): Promise<string[]> {
  const g = await graphOfPage(page('产业观察', ...paragraphs));
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  return g.graph.relationships
    .filter((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure)
    .map((r) => String(node.get(r.start)!.properties.name));
}

describe('the subject in view', () => {
  test.each([
    ['a province opening the clause', '50万户', ['目前，湖北省有柑橘种植户50万户。'], ['湖北省']],
    ['全县: the county in view', '40万亩', ['记者来到湖北秭归县。', '经过多年推广，全县脐橙种植面积达到40万亩。'], ['秭归县']],
    ['a body introducing a speaker is not what is said about', '40万亩', ['秭归县农业农村局局长李明介绍，全县脐橙种植面积达到40万亩。'], ['秭归县']],
    ['公司 opening a clause: the company in view', '2亿元', ['宜昌三峡食品有限公司是一家食品企业。', '如今，公司年产值达2亿元。'], ['宜昌三峡食品有限公司']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('其中: part of the figure before it, and its subject\'s', async () => {
    expect(await subjectsOf('2万吨', '去年，宜昌三峡食品有限公司共销售罐头5万吨，与华丰贸易有限公司签订了长期合同，其中2万吨出口东南亚。')).toEqual(['宜昌三峡食品有限公司']);
  });

  test('a kind word opening the sentence holds for its later clauses', async () => {
    expect(await subjectsOf('3亿元', '“秭归脐橙产业园”去年开园。', '园区全部投产后，预计年产值可达3亿元。')).toEqual(['秭归脐橙产业园']);
  });

  test('园区 opening the sentence: the park in view (a place)', async () => {
    expect(await subjectsOf('5亿元', '“青山茶叶产业园”今年投用。', '园区建成后，预计年产值5亿元。')).toEqual(['青山茶叶产业园']);
  });

  test('a clause that names nothing goes on about the one its sentence pointed back to', async () => {
    const paragraphs = ['今年春天，“橘乡共富工坊”开张了。', '在工坊里，村党支部书记王德明介绍，工坊已开发产品20余种，去年销量突破5万件。'];
    expect(await subjectsOf('20余种', ...paragraphs)).toEqual(['橘乡共富工坊']);
    expect(await subjectsOf('5万件', ...paragraphs)).toEqual(['橘乡共富工坊']);
  });
});

describe('beyond the paragraph', () => {
  test('a figure whose paragraph names nothing is the article\'s topic\'s, not the last name of an earlier paragraph', async () => {
    const g = await graphOfPage(page('宜昌三峡食品有限公司：小柑橘做成大产业', '宜昌三峡食品有限公司成立于2010年，主营柑橘罐头。', '记者来到宜都市，果园里柑橘挂满枝头。', '去年，产值达到2亿元。'));
    expect(g.facts.filter((f) => f.startsWith('REPORTED') && f.endsWith('2亿元'))).toEqual([expect.stringMatching(/^REPORTED 宜昌三峡食品有限公司 → /)]);
  });
});

describe('in a quotation', () => {
  test('公司 is the speaker\'s company, not the one named last', async () => {
    expect(await subjectsOf('2亿元', '华丰茶叶有限公司是当地的老企业。', '“公司去年产值达2亿元。”宜昌三峡食品有限公司总经理张华说。')).toEqual(['宜昌三峡食品有限公司']);
  });

  test('我 is the speaker', async () => {
    expect(await subjectsOf('3万元', '“去年我种了5亩脐橙，挣了3万元。”村民李秀英说。')).toEqual(['李秀英']);
  });
});

describe('figures that are no one\'s', () => {
  test('a distance says where something is', async () => {
    expect(await subjectsOf('20公里', '宜昌三峡食品有限公司扩建了厂房。20公里外，新的茶园也开始采摘。')).toEqual([]);
  });
});
