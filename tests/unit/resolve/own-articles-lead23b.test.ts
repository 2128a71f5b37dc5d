// Resolution on reports written for the sixteenth round of own articles, second part (lead23b): a pastoral county, a
// rainforest county, a border river town. Firms, people and villages invented; counties and towns the gazetteer's.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `高原牧场\n本报记者  马海龙\n\n${paragraphs.join('\n')}\n`;

describe('places where a firm’s buyers are are not what the text goes on about (subject.not.market-place)', () => {
  test('销往北京、上海等地，去年销售收入…: the firm’s', async () => {
    const g = await graphOfPage(page('在八宝镇，青海祁连亿达畜产品有限公司建起了牦牛肉加工生产线。公司负责人张国栋介绍，公司产品销往北京、上海等地，去年销售收入达到1.5亿元。'), { homeCity: '祁连县' });
    expect(reportedSubjects(g, '1.5亿元')).toEqual(['青海祁连亿达畜产品有限公司']);
  });
  test('variation: 远销 and two provinces', async () => {
    const g = await graphOfPage(page('抚远市东极渔业有限公司是当地龙头企业。公司的鱼子酱远销广东、浙江，今年出口额达到3200万元。'), { homeCity: '抚远市' });
    expect(reportedSubjects(g, '3200万元')).not.toContain('广东省');
  });
  test('a place the firm is in still heads its clause', async () => {
    const g = await graphOfPage(page('青海祁连亿达畜产品有限公司的产品销往各地。八宝镇今年牦牛存栏达到3万头。'), { homeCity: '祁连县' });
    expect(reportedSubjects(g, '3万头')).toEqual(['八宝镇']);
  });
});
