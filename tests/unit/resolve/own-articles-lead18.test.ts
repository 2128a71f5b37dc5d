// Resolution on pages written for the tenth round of own articles (lead18): names, places and figures invented.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('a village named after a township of the home county', () => {
  test('俄洛镇拉多村 is a village of 俄洛镇, not the township 拉多乡', async () => {
    const g = await graphOfPage(page('卡若区俄洛镇拉多村的青稞合作社今年迎来丰收，社员136户。'), { homeCity: '卡若区' });
    expect(names(g, 'Place')).toContain('拉多村');
    expect(names(g, 'Place')).not.toContain('拉多乡');
    expect(g.facts).toContain('PART_OF 拉多村 → 俄洛镇');
  });
});

describe('one unit, printed after its group and alone', () => {
  test('某集团某某分公司 and 某某分公司 are one branch', async () => {
    const g = await graphOfPage(page('在北岭集团青禾分公司的农场里，种植户王春来承包了800亩水田。', '据悉，青禾分公司今年粮食总产量达到12亿斤。'), { homeCity: '富锦市' });
    const orgs = names(g, 'Organization');
    expect(orgs).toContain('北岭集团青禾分公司');
    expect(orgs).not.toContain('青禾分公司');
    expect(g.facts).toContain('PART_OF 北岭集团青禾分公司 → 北岭集团');
  });
  test('a branch printed alone after two groups’ branches of that name stays apart', async () => {
    const g = await graphOfPage(page('北岭集团青禾分公司和南山集团青禾分公司签约合作。', '青禾分公司的员工参加了培训。'), { homeCity: '富锦市' });
    expect(names(g, 'Organization')).toContain('青禾分公司');
  });
});

describe('a site printed after its city’s old town and alone', () => {
  test('某市老城某某街区 and 某某街区 are one site', async () => {
    const g = await graphOfPage(page('在库车市老城萨依巴格街区，手艺人正在敲打铜壶。', '萨依巴格街区已入驻手工艺商户60家。'), { homeCity: '库车市' });
    const sites = names(g, 'Place').filter((n) => n.endsWith('街区'));
    expect(sites).toEqual(['库车市老城萨依巴格街区']);
  });
});

describe('communities listed before 等 and a count', () => {
  test('each is a community of the subdistrict in view, one with the community named in full', async () => {
    const g = await graphOfPage(page('北湖街道西河社区的老年食堂每天中午坐满了老人。', '街道今年在西河、环城、大桥等5个社区建成老年食堂。'), { homeCity: '越城区' });
    const places = names(g, 'Place');
    expect(places).toEqual(expect.arrayContaining(['西河社区', '环城社区', '大桥社区']));
    expect(places).not.toContain('西河');
  });
});

describe('bylines of contributors and of names without a surname', () => {
  test('特约通讯员 and a Tibetan reporter write the article', async () => {
    const g = await graphOfPage('高原青稞喜获丰收\n本报记者 格桑卓嘎 特约通讯员 林 涛\n\n合作社今年迎来丰收，社员每户分红五千多元。村里还把闲置民居改造成民宿。\n', { homeCity: '卡若区' });
    expect(g.facts).toContain('WROTE 格桑卓嘎 → 高原青稞喜获丰收');
    expect(g.facts).toContain('WROTE 林涛 → 高原青稞喜获丰收');
  });
});

describe('a far town named again without its county', () => {
  test('is the town the article named with its county, one node', async () => {
    const g = await graphOfPage(page('暴雨过后，涿州市义和庄镇的重建工作全面展开。', '在义和庄镇北坊村，救援队员正在清理淤泥。'), { homeCity: '龙井市' });
    expect(names(g, 'Place').filter((n) => n === '义和庄镇')).toHaveLength(1);
    expect(g.facts).toContain('PART_OF 北坊村 → 义和庄镇');
  });
});

describe('a county’s deputy head listed after another official', () => {
  test('holds no post at the bodies of the official before', async () => {
    const g = await graphOfPage(page('县委常委、组织部部长李文斌，副县长黄晓东、谢建民出席会议。'), { homeCity: '宁都县' });
    // (qfix: their own post is the county's, rel.works-for.area-head; none at 组织部 or the county committee.)
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 黄晓东') || f.startsWith('WORKS_FOR 谢建民')).sort()).toEqual(['WORKS_FOR 谢建民 → 宁都县', 'WORKS_FOR 黄晓东 → 宁都县']);
    expect(g.facts).toContain('WORKS_FOR 李文斌 → 组织部');
  });
  test('a company’s deputy listed after its head still holds the post there', async () => {
    const g = await graphOfPage(page('宁都县绿源果业有限公司总经理王春生、副总经理李海出席仪式。'), { homeCity: '宁都县' });
    expect(g.facts).toContain('WORKS_FOR 李海 → 宁都县绿源果业有限公司');
  });
});

describe('the CPPCC committee by its full name', () => {
  test('政协某县第N届委员会 is 某县政协, as 县政协 is', async () => {
    const g = await graphOfPage(page('政协石城县第九届委员会第三次会议开幕。县政协主席赖国强作工作报告。'), { homeCity: '石城县' });
    const orgs = names(g, 'Organization');
    expect(orgs).toContain('石城县政协');
    expect(orgs.filter((o) => o.includes('委员会'))).toEqual([]);
    expect(g.facts).toContain('WORKS_FOR 赖国强 → 石城县政协');
  });
});

describe('a Party committee after a kind of body', () => {
  test('公司党委书记、董事长某某 works for the company in view, no body named 党委', async () => {
    const g = await graphOfPage(page('湖南岳星新材料股份有限公司的新生产线投产。公司党委书记、董事长彭立军说，公司与湖南大学共建研发中心。'), { homeCity: '岳阳县' });
    expect(names(g, 'Organization')).not.toContain('党委');
    expect(g.facts).toContain('WORKS_FOR 彭立军 → 湖南岳星新材料股份有限公司');
  });
  test('a town’s 党委 stays the town’s', async () => {
    const g = await graphOfPage(page('岳阳县新墙镇党委书记李明说，今年收成好。'), { homeCity: '岳阳县' });
    expect(names(g, 'Organization')).toContain('新墙镇党委');
  });
});

describe('a body named by its level in a headline', () => {
  test('县人民医院 is the county-level city’s 人民医院 the text prints', async () => {
    const g = await graphOfPage('县人民医院成立卒中中心\n本报记者 潘明\n\n12月3日，龙游县人民医院卒中中心通过认证。医院党委书记毛立华介绍，中心成立两年来救治患者320余例。龙游县人民医院还与浙江大学医学院附属第二医院建立了远程会诊机制。\n', { homeCity: '衢州市' });
    const hospitals = names(g, 'Organization').filter((n) => n.endsWith('人民医院'));
    expect(hospitals).toEqual(['龙游县人民医院']);
    expect(g.facts).toContain('WORKS_FOR 毛立华 → 龙游县人民医院');
  });
});
