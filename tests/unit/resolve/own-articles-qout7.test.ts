// Figures read from kinds of county news written for this round (qout7): a county's leading industry in a year, a
// zone's investment drive, a village's renewal, a national list's new batch, a firm's supply chain, pairing aid
// between two cities, a brand's stores. Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '浦江县' }), figure);

describe('我们 with a partner after 与 or a place after 在 is the speaker\'s body', () => {
  test.each([
    ['a place after 在', '超75%', '“我们生产的阀门目前在温州本地整机配套采购率已超75%。”浙江恒力阀门有限公司副总经理李海东表示。', '浙江恒力阀门有限公司'],
    ['a partner after 与', '800多亩', '在东坑镇的基地里，浦江青禾农业科技有限公司负责人王丽和农户一起查看长势。“2021年，我们与衢州市农科院签订合作协议，目前已种植800多亩。”王丽说。', '浦江青禾农业科技有限公司'],
  ])('%s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('not a body heading the figure\'s own clause in the quotation', async () => {
    expect(await subjectsOf('12名', '“我们与浙江农林大学合作，浙江农林大学今年派出专家12名。”浦江青禾农业科技有限公司负责人王丽说。')).not.toContain('浦江青禾农业科技有限公司');
  });
});

describe('a place after 在 opening the figure\'s clause leaves it the doer\'s', () => {
  test('the city heading the sentence, not the place its work was done in', async () => {
    expect(await subjectsOf('80余场', '温岭派出15名技术骨干驻守黔南各县，从选种到销售全程跟踪，在黔南全域开展技术培训80余场。')).toEqual(['温岭市']);
  });

  test('the place when no clause before it has a head', async () => {
    expect(await subjectsOf('12家', '今年，在柯城区新增规上企业12家。')).toEqual(['柯城区']);
  });
});

describe('a firm\'s short form that is only its place, or an industry, names no firm', () => {
  test('the county, by the place its name opens with', async () => {
    expect(await subjectsOf('6亿元', '浦江县青禾茶叶产业开发有限公司成立于2015年。', '目前，浦江的茶叶产业在加工环节已实现产值6亿元，总产值突破15亿元。')).toEqual(['浦江县']);
  });

  test('the firm\'s own figure stays the firm\'s', async () => {
    expect(await subjectsOf('3000吨', '浦江县青禾茶叶产业开发有限公司成立于2015年，年加工茶叶3000吨。')).toEqual(['浦江县青禾茶叶产业开发有限公司']);
  });
});

describe('全省, 全市 heading the figure\'s clause after a body\'s clause', () => {
  test('the province, not the bureau that published the list', async () => {
    expect(await subjectsOf('312个', '日前，省农业农村厅发布第六批优质农产品目录，全省共入选产品312个，其中粮油类55个。')).toEqual(['浙江省']);
  });

  test('each part of the breakdown goes with it', async () => {
    expect(await subjectsOf('55个', '日前，省农业农村厅发布第六批优质农产品目录，全省共入选产品312个，其中粮油类55个。')).toEqual(['浙江省']);
  });

  test('not 全市 read as the county', async () => {
    expect(await subjectsOf('41家', '近日，市商务局公布首批老字号名单，全市共有41家企业入选。')).not.toContain('浦江县');
  });
});

describe('a zone\'s word heading a clause is the development zone in view', () => {
  test('开发区 in a paragraph after the one naming the zone', async () => {
    expect(await subjectsOf('27个', '今年，浦江经济开发区新引进项目9个。', '开发区招商服务中心主任叶文博介绍，开发区今年计划引进项目27个。')).toEqual(['浦江经济开发区']);
  });

  test('no one\'s with no zone named', async () => {
    expect(await subjectsOf('18家', '浦江县今年新建农房120栋。', '开发区今年新增规上企业18家。')).toEqual([]);
  });
});

describe('a relative clause\'s body the recognizers did not find, and both parties, are no one\'s', () => {
  test('the base another county built', async () => {
    expect(await subjectsOf('900多亩', '在岷川县石门乡，浦江援建的高山蔬菜基地目前已种植900多亩。')).toEqual([]);
  });

  test('the county\'s own count of bases stays the county\'s', async () => {
    expect(await subjectsOf('3个', '浦江县今年建成高山蔬菜基地3个。')).toEqual(['浦江县']);
  });

  test.each([
    ['两市 heading the clause', '4个', '金华市今年向岷川县拨付协作资金1.2亿元。两市共建产业园区4个。'],
    ['a clause going on from 两地', '1300余人', '浦江县今年安排对口支援资金3800万元。两地还签订了劳务协作协议，已组织富余劳动力1300余人来浦江务工。'],
  ])('%s', async (_case, figure, text) => {
    expect(await subjectsOf(figure, text)).toEqual([]);
  });

  test('not an area heading its own clause after 两地', async () => {
    expect(await subjectsOf('260人', '两地携手，浦江县今年新增务工人员260人。')).toEqual(['浦江县']);
  });
});

describe('a place opening a quoted brand is not the subject', () => {
  test('the stores of a brand named after its county', async () => {
    expect(await subjectsOf('22个', '“浦江馒头”门店遍布全国22个省份。')).toEqual([]);
  });

  test('the county\'s industry unquoted', async () => {
    expect(await subjectsOf('9.3亿元', '浦江县馒头产业去年产值9.3亿元。')).toEqual(['浦江县']);
  });
});

describe('a place named only as where an unnamed firm comes from is no subject', () => {
  test('the firm\'s investment in a village is the village\'s, not the firm\'s city\'s', async () => {
    expect(await subjectsOf('2600万元', '青溪村是浦江县的山村。去年以来，村里引进宁波一家文旅企业，企业投资2600万元改造闲置农房。')).toEqual(['青溪村']);
  });

  test('nor the subject of the firm\'s own clause', async () => {
    expect(await subjectsOf('1900万元', '宁波一家文旅企业投资1900万元改造闲置农房。')).not.toContain('宁波市');
  });

  test('a place heading its own clause still is', async () => {
    expect(await subjectsOf('130家', '宁波今年新增规上企业130家。')).toEqual(['宁波市']);
  });
});

describe('an item of a list joined by ； opening with a body no recognizer found is not the earlier item\'s', () => {
  test('a new zone the gazetteer lacks, after a firm\'s item', async () => {
    expect(await subjectsOf('46家', '湖北省储能产业加快成链；湖北恒泰能源有限公司年产5000吨正极材料工厂预计年底投产；云峤新区已引进储能企业46家。')).toEqual([]);
  });

  test('the firm\'s own item after its first keeps the firm', async () => {
    expect(await subjectsOf('2亿元', '浙江禾丰能源有限公司去年营收5亿元；公司今年新增订单2亿元。')).toEqual(['浙江禾丰能源有限公司']);
  });
});
