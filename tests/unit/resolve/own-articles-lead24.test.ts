// Resolution on county-economy reports written for the seventeenth round of own articles (lead24): village collectives,
// corps regiments, border trade, aid teams. Firms, people and villages invented; counties and towns the gazetteer's.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `县域经济新观察\n本报记者  乔振宇\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('强村公司 and a dash before the firm’s name: the firm, founded and in view', () => {
  test('founded by the town; 强村公司营业收入 the firm’s (subject.kind-word.qualified)', async () => {
    const g = await graphOfPage(page('在潜江市熊口镇，镇里成立了强村公司——潜江市熊口强村发展有限公司，由全镇18个村共同入股。今年，强村公司营业收入达到620万元。'), {});
    expect(names(g, 'Organization')).not.toContain('强村公司');
    expect(g.facts).toContain('FOUNDED 熊口镇 → 潜江市熊口强村发展有限公司');
    expect(reportedSubjects(g, '620万元')).toEqual(['潜江市熊口强村发展有限公司']);
  });
  test('variation: a village founds it, the figure in the next paragraph', async () => {
    const g = await graphOfPage(page('仙居县白塔镇厚仁村今年有了新变化。村里还成立了强村公司——仙居县厚仁强村农业发展有限公司。', '强村公司去年实现营业收入210万元。'), {});
    expect(g.facts).toContain('FOUNDED 厚仁村 → 仙居县厚仁强村农业发展有限公司');
    expect(reportedSubjects(g, '210万元')).toEqual(['仙居县厚仁强村农业发展有限公司']);
  });
  test('a figure of 强村公司 with no such firm in view is no one’s', async () => {
    const g = await graphOfPage(page('全省强村公司数量已达到1200家。'), {});
    expect(reportedSubjects(g, '1200家').filter((s) => s.includes('公司'))).toEqual([]);
  });
});

describe('a village glued to the verb or the town head before it holds its branch and its collective’s figures', () => {
  test('驮|河村: the branch, the village under its town, the collective’s income the village’s', async () => {
    const g = await graphOfPage(page('扶绥县渠黎镇驮河村党支部书记黄振林说，村里成立了甘蔗种植专业合作社，去年村集体经济收入达到35万元。'), {});
    expect(names(g, 'Organization')).toContain('驮河村党支部');
    expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 驮河村 → 渠黎镇', 'WORKS_FOR 黄振林 → 驮河村党支部']));
    expect(reportedSubjects(g, '35万元')).toEqual(['驮河村']);
  });
  test('镇长|山村: 长山村 under 江平镇', async () => {
    const g = await graphOfPage(page('东兴市江平镇长山村党支部书记吴德才说，村里依托合作社发展海鸭蛋产业，今年村集体经济收入达到40万元。'), {});
    expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 长山村 → 江平镇', 'WORKS_FOR 吴德才 → 长山村党支部']));
    expect(reportedSubjects(g, '40万元')).toEqual(['长山村']);
  });
});

describe('a regiment’s political commissar holds a post there (政委 a post’s ending)', () => {
  test('十二团党委书记、政委某某: the regiment’s committee and the regiment', async () => {
    const g = await graphOfPage(page('在新疆生产建设兵团第一师阿拉尔市十二团，职工种植红枣。十二团党委书记、政委张立新介绍，团场今年红枣种植面积达到5.2万亩。'), {});
    expect(g.facts).toEqual(expect.arrayContaining(['WORKS_FOR 张立新 → 十二团党委', 'PART_OF 十二团 → 阿拉尔市']));
    expect(names(g, 'Organization')).toContain('新疆生产建设兵团');
  });
});

describe('a country right after a verb of importing is a trading partner (rel.trades-with.imports-from)', () => {
  test('公司去年进口越南水果: the firm in view', async () => {
    const g = await graphOfPage(page('广西凭祥万通供应链管理有限公司负责水果进口和加工。公司董事长梁国栋介绍，公司去年进口越南水果12万吨。'), {});
    expect(g.facts).toContain('TRADES_WITH 广西凭祥万通供应链管理有限公司 → 越南');
  });
  test('variation: a firm heading the sentence imports from Thailand', async () => {
    const g = await graphOfPage(page('海南澄迈福橙农业开发有限公司进口泰国优质种苗2万株。'), {});
    expect(g.facts).toContain('TRADES_WITH 海南澄迈福橙农业开发有限公司 → 泰国');
  });
  test('an import with no country after the verb: no partner', async () => {
    const g = await graphOfPage(page('海南港城国际物流有限公司进口设备节省税款1800万元，货物来自越南的订单增多。'), {});
    expect(g.facts.filter((f) => f.startsWith('TRADES_WITH'))).toEqual([]);
  });
});

describe('a team of aid a province sends is where it is sent, not in the province (org.work-team)', () => {
  test('湖北省第十批援藏工作队: its leader works for it, and it is not LOCATED_IN 湖北省', async () => {
    const g = await graphOfPage(page('湖北省第十批援藏工作队队长胡建平介绍，援藏资金累计投入乃东区产业项目32个。'), {});
    expect(g.facts).toContain('WORKS_FOR 胡建平 → 湖北省第十批援藏工作队');
    expect(g.facts).not.toContain('LOCATED_IN 湖北省第十批援藏工作队 → 湖北省');
    expect(reportedSubjects(g, '32个')).not.toContain('湖北省');
  });
});

describe('a county the text names in full, by its short form jieba reads as a common word (place.short.county-named-in-full)', () => {
  test('凭祥|边民互市贸易额 after 凭祥市商务局: the county’s figure, not the bureau’s', async () => {
    const g = await graphOfPage(page('凭祥市商务局数据显示，今年前三季度，凭祥边民互市贸易额达到320亿元。'), {});
    expect(reportedSubjects(g, '320亿元')).toEqual(['凭祥市']);
  });
  test('variation: another county, the short form opening the sentence', async () => {
    const g = await graphOfPage(page('抚松县是人参大县。抚松人参种植面积达到6万亩。'), {});
    expect(reportedSubjects(g, '6万亩')).toEqual(['抚松县']);
  });
  test('a short form of a county the text never names in full stays unread', async () => {
    const g = await graphOfPage(page('今年前三季度，凭祥边民互市贸易额达到320亿元。'), {});
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Place').map((n) => String(n.properties.name))).not.toContain('凭祥市');
  });
});
