// Figures read from kinds of county news written for this round (qout5): a holiday's tourism with its scenic areas,
// a township's grain growers, a supply co-op's list of what it did, a charity drive. Sentences written for these
// tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '浦江县' }), figure);

describe('a scenic area heading the figure\'s clause is what it is about, not the county of the figure before', () => {
  const holiday = ['五一假期，全县共接待游客42.6万人次。其中，翠屏山景区接待游客9.3万人次，门票收入760万元。'];

  test.each([
    ['its own clause after 其中', '9.3万人次'],
    ['a later clause of its sentence naming nothing', '760万元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, ...holiday)).toEqual(['翠屏山景区']);
  });

  test('the county\'s own figure stays the county\'s', async () => {
    expect(await subjectsOf('42.6万人次', ...holiday)).toEqual(['浦江县']);
  });

  test('not a scenic area named after a verb (where a body did something)', async () => {
    expect(await subjectsOf('160人次', '浦江县文旅局在翠屏山景区组织志愿服务160人次。')).toEqual(['浦江县文旅局']);
  });

  test('not when a body heads a later clause', async () => {
    expect(await subjectsOf('35万元', '翠屏山景区接待游客9.3万人次，浦江县文旅局投入资金35万元。')).toEqual(['浦江县文旅局']);
  });
});

describe('places written down to a person named by who he is (某镇某村种粮大户某某) describe the person', () => {
  const grower = '檀溪镇上湾村种粮大户葛明远流转土地620亩，今年早稻亩产达到480公斤，收入约60万元。';

  test.each([
    ['his own clause', '620亩'],
    ['a later clause naming nothing', '480公斤'],
    ['the clause after that', '约60万元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, grower)).toEqual(['葛明远']);
  });

  test('a village heading the clause with no person word after it keeps it', async () => {
    expect(await subjectsOf('45万元', '檀溪镇上湾村今年村集体经营性收入达45万元。')).toEqual(['上湾村']);
  });
});

describe('a body named right before the figure that counts it is no subject of that count', () => {
  test('一是建设某中心2个 with the doer unknown: no one\'s, not the centre\'s', async () => {
    const list = '今年，县里围绕助农增收做了两件事：一是建设农产品冷链仓储中心3个，新增库容8000吨；二是培育农业龙头企业5家。';
    expect(await subjectsOf('3个', list)).toEqual([]);
    expect(await subjectsOf('8000吨', list)).toEqual([]);
  });

  test('the doer heading the clause before the colon keeps the items', async () => {
    const list = '今年，浦江县农业农村局做了两件事：一是建设农产品冷链仓储中心3个，新增库容8000吨；二是新建高标准农田1.5万亩。';
    expect(await subjectsOf('3个', list)).toEqual(['浦江县农业农村局']);
    expect(await subjectsOf('8000吨', list)).toEqual(['浦江县农业农村局']);
    expect(await subjectsOf('1.5万亩', list)).toEqual(['浦江县农业农村局']);
  });

  test('a body heading its clause with its figure is still its own', async () => {
    expect(await subjectsOf('46家', '浙江金穗农业服务中心今年服务合作社46家。')).toEqual(['浙江金穗农业服务中心']);
  });
});

describe('活动 opening a sentence after a campaign is named is that campaign', () => {
  const drive = '日前，我县“爱心助学月”活动圆满结束。活动共募集善款386万元，资助困难学生1200余名。';

  test.each([['募集善款', '386万元'], ['a later clause naming nothing', '1200余名']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, drive)).toEqual(['爱心助学月']);
  });

  test('not a sentence that names a body of its own', async () => {
    expect(await subjectsOf('80万元', '日前，我县“爱心助学月”活动圆满结束。活动中，浦江县慈善总会捐款80万元。')).toEqual(['浦江县慈善总会']);
  });
});

describe('a budget report\'s aggregates in a paragraph naming nothing are the area its title names', () => {
  const report = (title: string): string =>
    page(title, '今年1至6月，全县一般公共预算收入完成18.7亿元，同比增长6.2%。', '一般公共预算支出完成33.4亿元，同比增长3.9%。民生支出27.1亿元，税收收入15.2亿元。');

  test.each([['一般公共预算支出', '33.4亿元'], ['民生支出', '27.1亿元'], ['税收收入', '15.2亿元']])('%s', async (_case, figure) => {
    expect(reportedSubjects(await graphOfPage(report('上半年我县财政收支运行平稳'), { homeCity: '浦江县' }), figure)).toEqual(['浦江县']);
  });

  test('not when the title names no area', async () => {
    expect(reportedSubjects(await graphOfPage(report('财政收支运行平稳'), { homeCity: '浦江县' }), '33.4亿元')).toEqual([]);
  });
});

describe('a sentence opening with a place or body no recognizer found is no one\'s, not the subject before it', () => {
  const holiday = '五一假期，全县共接待游客42.6万人次。其中，翠屏山景区接待游客9.3万人次。青藤古镇接待游客近6万人次，是去年同期的2倍。';

  test.each([['its figure', '近6万人次'], ['the multiple after it', '2倍']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, holiday)).toEqual([]);
  });

  test('a place the recognizers read as a region heading the sentence is its subject', async () => {
    expect(await subjectsOf('近6万人次', holiday.replace('青藤古镇', '桃源古镇'))).toEqual(['桃源古镇']);
  });

  test.each([
    ['a body named before by the end of its name', '3.5万余人次', '义乌市电商技能培训中心成立于2018年。如今，培训中心已累计培训3.5万余人次。', '义乌市电商技能培训中心'],
    ['a word pointing back (该景区)', '3.1万人次', '五一假期，翠屏山景区游人如织。该景区接待游客3.1万人次。', '翠屏山景区'],
  ])('not %s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });
});

describe('全院, 全厂 point back to the hospital, court or factory in view', () => {
  test.each([
    ['a court\'s caseload', '1.1万件', '宣平县人民法院发布工作报告。去年，全院共受理各类案件1.1万件。', '宣平县人民法院'],
    ['a president introducing it, the court a government body', '95.1%', '宣平县人民法院发布工作报告。院长吕卫东介绍，去年全院一审服判息诉率达95.1%。', '宣平县人民法院'],
    ['a factory', '460万元', '浙江明辉纺织有限公司第二工厂去年扩建厂房。今年全厂节约电费460万元。', '浙江明辉纺织有限公司第二工厂'],
  ])('%s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('not 全 before another word (全县)', async () => {
    expect(await subjectsOf('46家', '宣平县人民法院发布工作报告。去年，全县新增企业46家。')).toEqual(['浦江县']);
  });
});

describe('a price per unit in a grower\'s quotation is no one\'s, not the village in view', () => {
  const grower = '上塘村养殖户邵志刚承包鱼塘38亩，去年纯收入25万元左右。他说：“今年行情好，每斤鲈鱼卖到28元，比去年多了4元。”';

  test.each([['the price', '28元'], ['its change', '4元']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, grower)).toEqual([]);
  });

  test('the grower\'s own figures stay his', async () => {
    expect(await subjectsOf('38亩', grower)).toEqual(['邵志刚']);
  });

  test('a body named in the quotation keeps its price', async () => {
    expect(await subjectsOf('28元', '他说：“今年行情好，浙江鲜渔水产有限公司每斤鲈鱼收购价28元。”')).toEqual(['浙江鲜渔水产有限公司']);
  });
});

describe('a village\'s party branch heading the clause as its secretary\'s post acts for the village', () => {
  const secretary = '下坞村党支部书记楼建国上任后，带领村民建成光伏电站2座，年发电收益40万元。';

  test.each([['what was built', '2座'], ['a later clause naming nothing', '40万元']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, secretary)).toEqual(['下坞村']);
  });

  test('the branch\'s own figure (发展新党员) stays the branch\'s', async () => {
    expect(await subjectsOf('4名', '下坞村党支部今年发展新党员4名。')).toEqual(['下坞村党支部']);
  });

  test('not a town\'s party committee (only a village\'s branch)', async () => {
    expect(await subjectsOf('12个', '檀溪镇党委书记楼建国上任后，推动实施项目12个。')).not.toContain('檀溪镇');
  });
});
