// Resolution on pages written for the ninth round of own articles (lead17): names, places and figures invented.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('natural villages', () => {
  test('a 屯 after its village is part of the village, and its villagers the village’s', async () => {
    const g = await graphOfPage(page('在那坡县城厢镇念井村弄怀屯，村民黄秀英正在自家的刺绣作坊里忙碌。'), { homeCity: '那坡县' });
    expect(g.facts).toContain('PART_OF 弄怀屯 → 念井村');
    expect(g.facts).not.toContain('PART_OF 弄怀屯 → 城厢镇');
    expect(g.facts).toContain('LOCATED_IN 黄秀英 → 念井村');
  });
});

describe('a firm named after a town', () => {
  test('its head works for the firm, not for the town', async () => {
    const g = await graphOfPage(page('云南金沙矿业有限公司等10家企业受到表彰，金沙矿业董事长番立强获得“优秀民营企业家”称号。'), { homeCity: '大姚县' });
    expect(g.facts).toContain('WORKS_FOR 番立强 → 云南金沙矿业有限公司');
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 番立强') && !f.endsWith('云南金沙矿业有限公司'))).toEqual([]);
  });
});

describe('a department of the banner', () => {
  test('旗能源局 is the home banner’s', async () => {
    const g = await graphOfPage(page('旗能源局局长斯琴高娃说，明年还将新建一批分布式光伏项目。'), { homeCity: '阿荣旗' });
    expect(names(g, 'Organization')).toContain('阿荣旗能源局');
    expect(g.facts).toContain('WORKS_FOR 斯琴高娃 → 阿荣旗能源局');
  });
});

describe('who holds a title conferred on people', () => {
  test('after 是, before the name, and by 她 for the person before', async () => {
    const g = await graphOfPage(page('在青溪镇的工坊里，省级非遗项目苗族刺绣代表性传承人龙秀兰正在教学员配色。同村的杨金凤是州级非遗项目银饰锻制技艺代表性传承人。木雕艺人石光远今年三十岁，如今，他已成为贵州省工艺美术大师。'), { homeCity: '台江县' });
    expect(g.facts).toContain('RECEIVED 龙秀兰 → 省级非遗项目苗族刺绣代表性传承人');
    expect(g.facts).toContain('RECEIVED 杨金凤 → 州级非遗项目银饰锻制技艺代表性传承人');
    expect(g.facts).toContain('RECEIVED 石光远 → 贵州省工艺美术大师');
  });
  test('not from an enumeration’s 二是, nor for a subject carried from before', async () => {
    const g = await graphOfPage(page('去年，青溪机械有限公司的新产品获得省级奖项。二是2024年度市级科技企业孵化器认定名单公布，全县2家孵化器上榜。'), { homeCity: '台江县' });
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 青溪机械有限公司') && f.includes('孵化器'))).toEqual([]);
  });
});

describe('a landmark and the places in view', () => {
  test('a scenic area two paragraphs after a village is not put in that village', async () => {
    const g = await graphOfPage(
      page('位于四都乡的陈家铺村是中国传统村落，村里的书店吸引了大批游客。', '松阳县文化和广电旅游体育局局长潘立新说，今年全县接待游客1200万人次。', '双童山景区是国家4A级旅游景区，高速开通后周末自驾游客增加了三成。'),
      { homeCity: '松阳县' },
    );
    expect(g.facts).not.toContain('LOCATED_IN 双童山景区 → 陈家铺村');
    expect(g.facts).toContain('LOCATED_IN 双童山景区 → 松阳县');
  });
  test('a landmark in the sentence after its village is in it', async () => {
    const g = await graphOfPage(page('记者来到四都乡陈家铺村。村口的古樟公园里，几位老人正在下棋。'), { homeCity: '松阳县' });
    expect(g.facts).toContain('LOCATED_IN 古樟公园 → 陈家铺村');
  });
});

describe('a mass organisation by its short name, its full name and alone', () => {
  test('妇联 and 妇女联合会, 科协 and 科学技术协会, bare 科协, 团市委 are one body each', async () => {
    const g = await graphOfPage(
      page(
        '12月2日，建德市妇女联合会举办创业大赛。市妇联主席方秀萍介绍了报名情况。',
        '市科学技术协会也参与了组织。市科协副主席王丽英说，科协为参赛选手提供了技术指导。',
        '共青团建德市委员会书记陈立东说，团市委将为青年创业者搭建平台。',
      ),
      { homeCity: '建德市' },
    );
    const orgs = names(g, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['建德市妇女联合会', '建德市科学技术协会', '共青团建德市委员会']));
    expect(orgs.filter((o) => /妇联$|科协$|^团市委$/u.test(o))).toEqual([]);
    expect(g.facts).toContain('WORKS_FOR 方秀萍 → 建德市妇女联合会');
    expect(g.facts).toContain('WORKS_FOR 王丽英 → 建德市科学技术协会');
  });
  test('with two places’ bodies of the name, a bare one is neither', async () => {
    const g = await graphOfPage(page('建德市科协和桐庐县科协签订了合作协议，科协将共同举办科普活动。'), { homeCity: '建德市' });
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['建德市科协', '桐庐县科协']));
  });
});

describe('a group by its abbreviation', () => {
  test('沈鼓集团-like abbreviations are the group printed in full on the page', async () => {
    const g = await graphOfPage(page('沈阳鼓风机集团股份有限公司今年订单饱满。沈鼓集团董事长王立强说，今年产值增长。浙江省能源集团有限公司投资建设了光伏电站，浙能集团总经理李晓明介绍了项目。'), { homeCity: '桐乡市' });
    expect(names(g, 'Organization').sort()).toEqual(['沈阳鼓风机集团股份有限公司', '浙江省能源集团有限公司']);
    expect(g.facts).toContain('WORKS_FOR 王立强 → 沈阳鼓风机集团股份有限公司');
    expect(g.facts).toContain('WORKS_FOR 李晓明 → 浙江省能源集团有限公司');
  });
  test('with two groups the letters fit, neither', async () => {
    const g = await graphOfPage(page('中国建筑集团有限公司和中国建材集团有限公司签订协议。中建集团副总经理王立强出席。'), { homeCity: '桐乡市' });
    expect(names(g, 'Organization')).toContain('中建集团');
  });
});

describe('a title before 的 qualifies what the one heading the clause is', () => {
  test('某某是…代表性传承人的徒弟: no title received', async () => {
    const g = await graphOfPage(page('青年绣工吴晓兰是省级非遗项目苗族刺绣代表性传承人的徒弟。'), { homeCity: '台江县' });
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });
});
