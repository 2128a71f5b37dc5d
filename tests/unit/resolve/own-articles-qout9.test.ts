// Figures read from kinds of county news written for this round (qout9): a platform or a project named once and then
// by its kind (平台, 工程) heading the clauses of its figures, and a programme launched and then its plan.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '松溪县' }), figure);

describe('a programme named by its kind heading the clause of a figure: the programme of that kind named before', () => {
  const platform = '去年6月，松溪县上线“松企云诊”服务平台。平台由14家服务商共同建设。截至目前，平台已入企诊断173家，改造完成企业52家。';

  test.each([
    ['平台 heading the clause of 由', '14家'],
    ['平台 heading the figure\'s clause after 截至目前', '173家'],
    ['a clause naming nothing after it', '52家'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, platform)).toEqual(['松企云诊']);
  });

  test('该平台 with the platform named as a quoted name and its kind word', async () => {
    expect(await subjectsOf('88家', '松溪县推出“竹乡智造”数字化服务平台。该平台由9家服务商共同建设，上线以来已服务企业88家。')).toEqual(['竹乡智造']);
  });

  test('工程 heading the clause after time words: the project launched before', async () => {
    expect(await subjectsOf('64栋', '去年，松溪县启动“古厝新生”工程。目前，工程已完成老屋修缮64栋。')).toEqual(['古厝新生']);
  });

  test('not 平台经济: platforms in general are no programme', async () => {
    expect(await subjectsOf('35%', '松溪县上线“松企云诊”服务平台。平台经济规模同比增长35%。')).not.toContain('松企云诊');
  });

  test('not a platform of another kind word: 工程 when only a platform was named', async () => {
    expect(await subjectsOf('64栋', '松溪县上线“松企云诊”服务平台。目前，工程已完成老屋修缮64栋。')).not.toContain('松企云诊');
  });

  test('a county heading its own clause keeps its figure after the platform', async () => {
    expect(await subjectsOf('41家', '松溪县上线“松企云诊”服务平台。今年，松溪县新增规上企业41家。')).toEqual(['松溪县']);
  });
});

describe('a programme launched, then its plan: the programme\'s, not the area\'s that launched it', () => {
  const launched = '去年4月，松溪县启动“古厝新生”工程，计划用3年时间修缮老屋240栋，打造特色民宿村8个。';

  test.each([
    ['the plan\'s first figure', '240栋'],
    ['a clause naming nothing after it', '8个'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, launched)).toEqual(['古厝新生']);
  });

  test('力争 opening the clause after 推出', async () => {
    expect(await subjectsOf('500家', '松溪县推出“竹乡智造”行动，力争到2027年推动500家企业完成数字化改造。')).toEqual(['竹乡智造']);
  });

  test('not a figure the area reports after the launch (no word of a plan)', async () => {
    expect(await subjectsOf('240栋', '去年，松溪县启动“古厝新生”工程，全县共修缮老屋240栋。')).toEqual(['松溪县']);
  });

  test('not after a programme that is the object of another verb (参加)', async () => {
    expect(await subjectsOf('12家', '松溪县组织企业参加“闽货出海”行动，计划新增外贸企业12家。')).not.toContain('闽货出海');
  });
});

describe('a nation\'s total is no one\'s, wherever it stands', () => {
  test('after 据统计, with the measure between 全国 and the figure', async () => {
    expect(await subjectsOf('超过300万亩', '郑坊乡猕猴桃专业合作社现有社员310户，去年统一销售猕猴桃2800吨。据统计，全国猕猴桃种植面积已超过300万亩。')).toEqual([]);
  });

  test('in what an association\'s head says: not the association\'s', async () => {
    expect(await subjectsOf('约25万吨', '松溪县竹业协会会长魏长春介绍，全国竹笋年产量约25万吨，松溪县去年产竹笋3.1万吨。')).toEqual([]);
  });

  test('the county after it keeps its own figure', async () => {
    expect(await subjectsOf('3.1万吨', '松溪县竹业协会会长魏长春介绍，全国竹笋年产量约25万吨，松溪县去年产竹笋3.1万吨。')).toEqual(['松溪县']);
  });

  test('not 全国首个: a first in the nation heading its own name', async () => {
    expect(await subjectsOf('126家', '松溪县上线“松企云诊”服务平台。平台是全国首个县域数字诊所，已服务企业126家。')).toEqual(['松企云诊']);
  });
});

describe('a speaker of another body: the figure before\'s subject is not carried into what they say', () => {
  test('another county\'s figure, then this county\'s bureau speaking', async () => {
    expect(await subjectsOf('1.5万亩', '邻近的政和县去年茶园面积为7.2万亩。松溪县农业农村局局长吴德明说，今年将新建生态茶园1.5万亩。')).not.toContain('政和县');
  });

  test('the firm\'s own manager speaking keeps the firm', async () => {
    expect(await subjectsOf('2万套', '松溪县竹艺家居有限公司去年生产竹家具8万套。公司总经理范志强说，今年将新增产能2万套。')).toEqual(['松溪县竹艺家居有限公司']);
  });
});

describe('a quoted service clinic for firms (“某某”数字诊所) is a platform, and its figures are its own', () => {
  const clinic = '今年3月，松溪县推出“竹企问诊”数字诊所，为中小企业提供免费诊断服务。诊所由11家服务商共同建设，县工信局负责日常运营。截至目前，已入企诊断143家，推动改造完成企业47家。';

  test.each([
    ['诊所 heading the clause of 由', '11家'],
    ['a sentence naming nothing after the clinic\'s sentence, whose bureau only runs it', '143家'],
    ['the clause after it', '47家'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, clinic)).toEqual(['竹企问诊']);
  });

  test('the bureau heading a sentence of its own keeps its figure', async () => {
    expect(await subjectsOf('260家', '松溪县推出“竹企问诊”数字诊所。县工信局负责诊所的日常运营。今年，县工信局已走访企业260家。')).toEqual(['松溪县工信局']);
  });

  test('not a medical clinic (“某某”诊所 with no word of a service to firms)', async () => {
    expect(await subjectsOf('2100人次', '镇上的“康宁”诊所去年接诊病人2100人次。')).not.toContain('康宁');
  });
});

describe('a sentence opening with the help of a body named by its kind alone is not about that body', () => {
  test('在公司带动下: the farmers\' income is not the firm\'s', async () => {
    expect(await subjectsOf('7500元', '松溪县竹艺家居有限公司去年销售收入4.2亿元。在公司带动下，周边竹农户均增收7500元。')).toEqual([]);
  });

  test('在该企业的帮助下 likewise', async () => {
    expect(await subjectsOf('7500元', '松溪县竹艺家居有限公司去年销售收入4.2亿元。在该企业的帮助下，周边竹农户均增收7500元。')).toEqual([]);
  });

  test('the firm heading a later sentence by its kind keeps its figure', async () => {
    expect(await subjectsOf('12%', '松溪县竹艺家居有限公司去年销售收入4.2亿元。在公司带动下，周边竹农户均增收7500元。公司今年出口额增长12%。')).toEqual(['松溪县竹艺家居有限公司']);
  });

  test('a place named after the phrase keeps its figure', async () => {
    expect(await subjectsOf('1.6万元', '松溪县竹艺家居有限公司去年销售收入4.2亿元。在公司带动下，郑墩镇竹农户均增收1.6万元。')).toEqual(['郑墩镇']);
  });
});

describe('a list of items after a colon, each a measure and its figures, joined by ；: the area heading the list', () => {
  const list = '今年以来，松溪县签约项目情况如下：工业项目27个，总投资88亿元；文旅项目6个，总投资9亿元。';

  test.each([
    ['the first item', '27个'],
    ['a later item after ；', '6个'],
    ['the figure after a later item', '9亿元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, list)).toEqual(['松溪县']);
  });

  test('a sentence opening with a name no recognizer found still stops the carried subject', async () => {
    expect(await subjectsOf('38万人次', '松溪县去年接待游客260万人次。湛卢古镇去年接待游客38万人次。')).not.toContain('松溪县');
  });
});

describe('街区, 古镇 heading a clause: the landmark of that name in view', () => {
  test('a block of old workshops named once, then 街区', async () => {
    expect(await subjectsOf('420万人次', '在松溪县城关，由老糖厂改造的湛卢文创街区人头攒动。去年，街区接待游客420万人次。')).toEqual(['湛卢文创街区']);
  });

  test('an old town named once, then 古镇', async () => {
    expect(await subjectsOf('86家', '位于松溪县的九龙窠古镇游人如织。目前，古镇已开设民宿86家。')).toEqual(['九龙窠古镇']);
  });

  test('not 街区 when no landmark of that kind was named (the county keeps its own figure)', async () => {
    expect(await subjectsOf('12个', '松溪县去年新建口袋公园12个。')).toEqual(['松溪县']);
  });
});

describe('a quoted name and a longer description before 服务平台 is a platform; 全县 in the figure\'s own clause keeps the county', () => {
  const platform = '去年，松溪县推出“松货优选”农产品电商服务平台。今年以来，平台累计销售农产品2600吨，带动全县0.9万农户户均增收2100元。';

  test('the platform\'s own figure', async () => {
    expect(await subjectsOf('2600吨', platform)).toEqual(['松货优选']);
  });

  test.each([
    ['the households counted after 带动全县', '0.9万'],
    ['their income', '2100元'],
  ])('%s: the county\'s', async (_case, figure) => {
    expect(await subjectsOf(figure, platform)).toEqual(['松溪县']);
  });
});
