// Resolution on pages written for the eighth round of own articles (lead16): names, places and figures invented.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('what a name holds, and what it does not', () => {
  test('a group’s unit named by its city is in that city, and its mine is part of it', async () => {
    const g = await graphOfPage(page('在远航集团鄂尔多斯能源公司青石沟煤矿调度中心，矿长车建国介绍了生产情况。'), { homeCity: '神木市' });
    expect(g.facts).toContain('LOCATED_IN 远航集团鄂尔多斯能源公司青石沟煤矿 → 鄂尔多斯市');
    expect(names(g, 'Organization')).not.toContain('鄂尔多斯能源公司青石沟煤矿');
  });
  test('湖南湘西北某某公司 is in Hunan, not in the prefecture 湘西', async () => {
    const g = await graphOfPage(page('基地由湖南湘西北绿源农业发展有限公司投资建设。'), { homeCity: '桑植县' });
    expect(names(g, 'Place')).not.toContain('湘西土家族苗族自治州');
  });
  test('a police station named by a direction from the town is the county’s, not a far township named 城南', async () => {
    const g = await graphOfPage(page('县公安局城南派出所民警将被骗的5万元退还给群众。'), { homeCity: '嘉善县' });
    expect(names(g, 'Place')).not.toContain('城南');
    expect(names(g, 'Organization')).toContain('嘉善县公安局城南派出所');
  });
  test('a park-like township unit far away is no one of its name printed elsewhere', async () => {
    const g = await graphOfPage(page('在漳州台商投资区的台湾农民创业园，兰花种植户陈志远正在查看花苗。'), { homeCity: '三门县' });
    expect(names(g, 'Place')).not.toContain('盐都区');
  });
  test('居委会 bare is the residents’ committee of the community in view', async () => {
    const g = await graphOfPage(page('青松社区党委书记、居委会主任程丽华介绍，社区今年新建了3个口袋公园。'), { homeCity: '芦淞区' });
    expect(names(g, 'Organization')).toContain('青松社区居委会');
    expect(g.facts).toContain('WORKS_FOR 程丽华 → 青松社区居委会');
  });
});

describe("a university's hospital by its short name and its full name on one page", () => {
  test('浙大一院 is 浙江大学医学院附属第一医院', async () => {
    const g = await graphOfPage(page('县人民医院与浙江大学医学院附属第一医院共建专科联盟。浙大一院泌尿外科主任医师顾明远每周来院坐诊。'), { homeCity: '乐平市' });
    expect(names(g, 'Organization')).not.toContain('浙大一院');
    expect(g.facts).toContain('WORKS_FOR 顾明远 → 浙江大学医学院附属第一医院');
  });
  test('another number is another hospital', async () => {
    const g = await graphOfPage(page('县人民医院与浙江大学医学院附属第一医院共建专科联盟。浙大二院的专家也来了。'), { homeCity: '乐平市' });
    expect(names(g, 'Organization')).toContain('浙大二院');
  });
});
