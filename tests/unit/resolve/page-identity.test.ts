// One node per body on a page: a short name the text defines in brackets (以下简称), and a firm's name printed
// once down a chain of places (浙江湖州…) and once from its own name. Pages written for these tests.
import { graphOfPage, type PageGraph } from '../../helpers/page-graph.js';

const page = (title: string, body: string): string => `${title}\n本报讯（记者 施雨桐）近日，${body}\n`;
const META = { homeCity: '德清县', newspaper: '德清新闻' };

const orgs = (g: PageGraph): Array<{ name: string; aliases: string[] }> =>
  g.graph.nodes
    .filter((n) => n.labels[0] === 'Organization')
    .map((n) => ({ name: String(n.properties.name), aliases: [...(n.properties.aliases as string[])].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

describe('a short name the text defines (以下简称)', () => {
  test.each([
    ['以下简称 with quotation marks, a group short name no short-form rule would read', '由临安区政府和浙江远丰集团有限公司（以下简称“远丰集团”）共建的示范区开园。远丰集团董事长说，示范区将带动村民就业。', '浙江远丰集团有限公司', '远丰集团'],
    ['简称 without quotation marks', '舟山海晟船舶修造有限公司（简称海晟船舶）今年接单30艘。海晟船舶负责人表示，订单已排到明年。', '舟山海晟船舶修造有限公司', '海晟船舶'],
    ['下称, for a body that is not a company', '湖州市农业科学研究院（下称“湖州农科院”）选育的新品种今年推广。湖州农科院专家介绍了栽培要点。', '湖州市农业科学研究院', '湖州农科院'],
  ])('%s', async (_case, body, full, short) => {
    const g = await graphOfPage(page('新闻速递', body), META);
    const node = orgs(g).find((o) => o.name === full);
    expect(node?.aliases).toContain(short);
    expect(orgs(g).map((o) => o.name)).not.toContain(short);
  });

  test('统称 names a group, not one body: no alias', async () => {
    const g = await graphOfPage(page('新闻速递', '德清县新市镇、钟管镇和禹越镇（以下统称“三镇”）联合举办农产品展销会。三镇共有120家企业参展。'), META);
    expect(g.graph.nodes.some((n) => (n.properties.aliases as string[] | undefined)?.includes('三镇'))).toBe(false);
  });

  test('a short name only after another name is not defined by brackets elsewhere', async () => {
    const g = await graphOfPage(page('新闻速递', '浙江远丰集团有限公司（2020年成立）今年扩产。远丰集团旗下工厂已投产。'), META);
    expect(orgs(g).find((o) => o.name === '浙江远丰集团有限公司')?.aliases ?? []).not.toContain('2020年成立');
  });
});

describe('a firm printed down a chain of places and from its own name', () => {
  test('浙江湖州远航机械有限公司 and 远航机械有限公司 on one page are one firm', async () => {
    const g = await graphOfPage(page('浙江湖州远航机械有限公司——小小齿轮创新多', '在湖州市的远航机械有限公司，车间里机器轰鸣。远航机械有限公司今年产值达5亿元。'), META);
    const firms = orgs(g).filter((o) => o.name.includes('远航机械'));
    expect(firms).toEqual([{ name: '浙江湖州远航机械有限公司', aliases: expect.arrayContaining(['远航机械有限公司']) }]);
  });

  test('the same trade name under two provinces is two firms', async () => {
    const g = await graphOfPage(page('齿轮行业观察', '浙江湖州远航机械有限公司与江苏远航机械有限公司同台竞标。两家企业去年产值均超5亿元。'), META);
    expect(orgs(g).filter((o) => o.name.includes('远航机械')).map((o) => o.name)).toEqual(['江苏远航机械有限公司', '浙江湖州远航机械有限公司']);
  });
});

describe('short names are coined names, not vocabulary', () => {
  test('a firm named by ordinary words (氢能产业) does not make every 氢能 the firm', async () => {
    const g = await graphOfPage(page('氢能产业观察', '湖北氢能产业发展有限公司去年成立。全省氢能企业已达120家，氢能汽车推广量居全国前列。'), META);
    const mentioned = g.graph.relationships.filter((r) => r.type === 'MENTIONS' && r.end === 'org:湖北氢能产业发展有限公司');
    expect(mentioned.length).toBeGreaterThan(0);
    expect(g.graph.nodes.find((n) => n.id === 'org:湖北氢能产业发展有限公司')?.properties.aliases ?? []).not.toContain('氢能');
  });
});

// lead12: a court or a procuratorate printed with and without 人民 and its place's level is one body on a page.
describe('a court by its short name (某县法院 and 某县人民法院)', () => {
  test.each([
    ['the place\'s short form without 人民', '德清县人民法院审结一起合同纠纷案。德清法院提醒，签约要谨慎。', '德清县人民法院', '德清法院'],
    ['the place in full without 人民', '德清县人民检察院召开新闻发布会。德清县检察院通报了三起案件。', '德清县人民检察院', '德清县检察院'],
  ])('%s', async (_case, body, full, short) => {
    const g = await graphOfPage(page('法治在线', body), META);
    expect(orgs(g).find((o) => o.name === full)?.aliases).toContain(short);
    expect(orgs(g).map((o) => o.name)).not.toContain(short);
  });

  test('another place\'s court stays apart', async () => {
    const g = await graphOfPage(page('法治在线', '德清县人民法院与安吉法院签订协作协议。'), META);
    expect(orgs(g).map((o) => o.name)).toEqual(expect.arrayContaining(['德清县人民法院', '安吉法院']));
  });
});

// lead12: a site printed with the place it is in and without it is one node (the fuller name kept, as printed first).
describe('a site with and without its place (某县某某景区 and 某某景区)', () => {
  test('one node, the fuller name', async () => {
    const g = await graphOfPage(page('秋游', '德清县莫干山风景区游人如织。莫干山风景区国庆期间接待游客12万人次。'), META);
    const sites = g.graph.nodes.filter((n) => n.labels.includes('Landmark')).map((n) => String(n.properties.name));
    expect(sites).toEqual(['德清县莫干山风景区']);
  });
});

// lead12: a person read shorter where the page prints a longer person's name in full (a doubled character misled the
// reading: 陆文|正正在) is that person — one node, not two.
describe('a name cut before a doubled character (某某正正在)', () => {
  test.each([
    ['竹编技艺传承人陆新正正在学校为学生授课。“孩子们学得很认真。”陆新正说。', '陆新正'],
    ['竹编技艺传承人陆文正正在学校为学生授课。“孩子们学得很认真。”陆文正说。', '陆文正'],
  ])('%s', async (body, name) => {
    const g = await graphOfPage(page('人物', body), META);
    const people = g.graph.nodes.filter((n) => n.labels[0] === 'Person').map((n) => String(n.properties.name)).filter((n) => n !== '施雨桐');
    expect(people).toEqual([name]);
  });
});

// lead12: a public body's unit printed after its parent and on its own is one body.
describe('a unit printed after its parent and alone (某县公安局某某派出所, 某某派出所)', () => {
  test('one node, the fuller name', async () => {
    const g = await graphOfPage(page('警情通报', '德清县公安局新市派出所接到报警。新市派出所民警立即赶到现场。'), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n !== META.newspaper)).toEqual(['德清县公安局新市派出所']);
  });
  test('a unit of another parent stays apart', async () => {
    const g = await graphOfPage(page('警情通报', '德清县公安局新市派出所与安吉县公安局递铺派出所开展联勤。'), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n !== META.newspaper)).toEqual(['安吉县公安局递铺派出所', '德清县公安局新市派出所']);
  });
});

// lead13: a group named without its legal form; a subdistrict's office; a community named by two words.
describe('a group printed with and without its legal form', () => {
  test.each([
    ['德清远洋食品集团有限公司', '德清远洋食品集团'],
    ['德清远洋食品集团股份有限公司', '德清远洋食品集团'],
    ['德清远洋食品集团公司', '德清远洋食品集团'],
  ])('%s and %s on one page are one firm', async (full, short) => {
    const g = await graphOfPage(page(`${short}新品上市`, `${full}推出了20款新品。${short}总经理沈立新说，今年研发投入增长三成。`), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n.includes('远洋'))).toEqual([full]);
  });
  test('two groups of different names stay apart', async () => {
    const g = await graphOfPage(page('两家企业签约', '德清远洋食品集团与德清远洋物流集团有限公司签约。'), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n.includes('远洋'))).toEqual(['德清远洋物流集团有限公司', '德清远洋食品集团']);
  });
});

describe('the office of the subdistrict in view, and the community named in a chain', () => {
  test('街道办事处 after a subdistrict is that subdistrict’s office; its head works there', async () => {
    const g = await graphOfPage(page('街道动态', '舞阳街道推行“积分制”管理。街道办事处主任綦东升说，已有3000户参与。'), META);
    expect(orgs(g).map((o) => o.name)).toContain('舞阳街道办事处');
    expect(g.facts).toContain('WORKS_FOR 綦东升 → 舞阳街道办事处');
  });
  test('a community of two words after its subdistrict is a place, and 社区党委 is its committee', async () => {
    const g = await graphOfPage(page('社区新风', '在舞阳街道郭家埭头社区，居民自发组建了志愿服务队。社区党委书记王秀英说，队伍已有50人。'), META);
    const places = g.graph.nodes.filter((n) => n.labels[0] === 'Place').map((n) => String(n.properties.name));
    expect(places).toContain('郭家埭头社区');
    expect(orgs(g).map((o) => o.name)).toContain('郭家埭头社区党委');
  });
});

describe('a public body printed with its province and without', () => {
  test('浙江省某某中学 and 某某中学 on one page are one school', async () => {
    const g = await graphOfPage(page('学校喜报', '浙江省德清中学高三学生沈一鸣获得金牌。德清中学校长陆文涛介绍了培养经验。'), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n.includes('中学'))).toEqual(['浙江省德清中学']);
    expect(g.facts).toContain('WORKS_FOR 陆文涛 → 浙江省德清中学');
  });
  test('a body of another place keeps its own node', async () => {
    const g = await graphOfPage(page('学校喜报', '浙江省德清中学与江苏省德清中学结对。'), META);
    expect(orgs(g).map((o) => o.name).filter((n) => n.includes('中学'))).toEqual(['江苏省德清中学', '浙江省德清中学']);
  });
});

describe('villages listed without their ending before a count', () => {
  test('each is a village named with its ending, under the town before the list', async () => {
    const g = await graphOfPage(page('强村公司成立', '新市镇的薛家岙、岭后两个村联合成立了强村公司。'), META);
    expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 薛家岙村 → 新市镇', 'PART_OF 岭后村 → 新市镇']));
  });
});

describe('an intermediate court by its short name', () => {
  test('市中院 after 某市中级人民法院 is that court; its officials work there', async () => {
    const g = await graphOfPage(page('法院发布案例', '湖州市中级人民法院召开新闻发布会。市中院党组副书记、副院长蒋立新通报了情况。'), { homeCity: '湖州市', newspaper: '湖州日报' });
    expect(orgs(g).map((o) => o.name).filter((n) => n.includes('院'))).toEqual(['湖州市中级人民法院']);
    expect(g.facts).toContain('WORKS_FOR 蒋立新 → 湖州市中级人民法院');
  });
});
