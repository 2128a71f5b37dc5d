// Figures whose subject is a programme — a campaign, a policy, a pilot, a list, a fund, a consumption campaign — read
// from kinds of county news written for this round (qout12).
// Sentences written for these tests (names, programmes and figures invented; 修武县 as the home county).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '修武县' }), figure);

describe('a kind word, a verb of running it and 以来 heading a clause: the programme of that kind (rel.reported.programme-since)', () => {
  const campaign = '今年4月，修武县启动“百名干部联百企”专项行动。行动开展以来，累计走访企业920家次，解决问题310个。';

  test.each([
    ['the first clause after 行动开展以来', '920家次'],
    ['a later clause naming nothing', '310个'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, campaign)).toEqual(['百名干部联百企']);
  });

  test('政策实施以来: the policy named before', async () => {
    const g = await graphOfPage(page('地方新闻', '今年，修武县出台“稳岗贷”贴息政策。政策实施以来，已发放贴息资金520万元，惠及企业64家。'), { homeCity: '修武县' });
    expect(reportedSubjects(g, '520万元')).toEqual(['稳岗贷']);
    expect(reportedSubjects(g, '64家')).toEqual(['稳岗贷']);
    expect(g.graph.relationships.find((r) => r.type === 'REPORTED' && g.graph.nodes.find((n) => n.id === r.end)?.properties.text === '520万元')?.properties.rule).toBe('rel.reported.programme-since');
  });

  test('not a programme of another kind (行动 after only a platform was named)', async () => {
    expect(await subjectsOf('920家次', '修武县上线“云上修武”服务平台。行动开展以来，累计走访企业920家次。')).not.toContain('云上修武');
  });

  test('not past an area heading the figure\'s own clause (行动开展以来，修武县新增…: the county\'s)', async () => {
    expect(await subjectsOf('12家', '今年4月，修武县启动“百名干部联百企”专项行动。行动开展以来，修武县新增规上企业12家。')).toEqual(['修武县']);
  });
});

describe('a list published, then what entered it: the list\'s count, not the publisher\'s (rel.reported.published-list)', () => {
  test('新增入选 after 发布第二批“某某”推荐名录', async () => {
    expect(await subjectsOf('36个', '修武县工信局日前发布第二批“修武优品”推荐名录，新增入选产品36个。')).toEqual(['修武优品']);
  });

  test('该名录 heading a later sentence: the list', async () => {
    expect(await subjectsOf('58家', '修武县工信局日前发布第二批“修武优品”推荐名录，新增入选产品36个。至此，该名录已累计收录企业58家。')).toEqual(['修武优品']);
  });

  test('公布 a 名单 with a year, then 共入选', async () => {
    expect(await subjectsOf('21家', '修武县商务局公布2025年度“修武老字号”名单，共入选企业21家。')).toEqual(['修武老字号']);
  });

  test('not a clause of the publisher\'s own work after it (no word of entering the list)', async () => {
    expect(await subjectsOf('300家', '修武县工信局日前发布第二批“修武优品”推荐名录，今年走访企业300家。')).not.toContain('修武优品');
  });
});

describe('a pilot after a plan\'s lead: 按照计划，试点用…, and 该试点 (rel.reported.pilot-back, programme-kind)', () => {
  const pilot = '2024年，修武县被列入全省农村供水提升试点。按照计划，试点用2年时间新建水厂3座，惠及群众4.6万人。';

  test.each([
    ['试点 after 按照计划', '3座'],
    ['a later clause naming nothing', '4.6万人'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, pilot)).toEqual(['全省农村供水提升试点']);
  });

  test('该试点 in what a bureau\'s official says: the pilot', async () => {
    expect(await subjectsOf('5座', `${pilot}县水利局负责人介绍，该试点明年将再新建水厂5座。`)).toEqual(['全省农村供水提升试点']);
  });

  test('not the county heading its own clause after 按照计划', async () => {
    expect(await subjectsOf('3座', '2024年，修武县被列入全省农村供水提升试点。按照计划，修武县今年新建水厂3座。')).toEqual(['修武县']);
  });
});

describe('企业 in general after a project\'s clause: the project\'s figure (rel.reported.project-back)', () => {
  test('企业平均… after 项目实施以来', async () => {
    expect(await subjectsOf('18%', '修武县“木业智改”项目于2023年启动。项目实施以来，已完成改造企业41家，企业平均能耗下降18%。')).toEqual(['木业智改']);
  });

  test('not when a company is in view: 企业 is that company', async () => {
    expect(await subjectsOf('18%', '修武县鑫木家具有限公司是一家老牌企业。企业今年能耗下降18%。')).toEqual(['修武县鑫木家具有限公司']);
  });
});

describe('an event\'s word opening a sentence keeps the event over the figure before (活动共发放…)', () => {
  const campaign = '为促进消费，修武县开展“惠购修武”消费季活动，县财政安排资金800万元。活动共发放消费券21万张，拉动消费9600万元。';

  test.each([
    ['活动共发放…', '21万张'],
    ['a later clause naming nothing', '9600万元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, campaign)).toEqual(['惠购修武']);
  });

  test('the county\'s own figure before it stays the county\'s', async () => {
    expect(await subjectsOf('800万元', campaign)).toEqual(['修武县']);
  });

  test('a place closing the quoted name in the title is no subject (“惠购修武”消费季…)', async () => {
    const g = await graphOfPage(page('“惠购修武”消费季拉动消费9600万元', campaign), { homeCity: '修武县' });
    expect(reportedSubjects(g, '9600万元')).not.toContain('修武县');
  });
});

describe('a determined kind word with no programme of that kind in view: no one\'s (subject.programme-nowhere)', () => {
  test('本次活动 when the activity was not found: not the county that runs it', async () => {
    expect(await subjectsOf('460万元', '今年5月起，修武县开展家电以旧换新补贴活动。截至10月底，本次活动累计发放补贴资金460万元。')).toEqual([]);
  });

  test('该基金 with no fund found', async () => {
    expect(await subjectsOf('11个', '去年，修武县拿出一笔钱设立了产业基金。该基金已投资项目11个。')).toEqual([]);
  });

  test('not when the programme is in view (本次活动 after a quoted campaign)', async () => {
    expect(await subjectsOf('460万元', '今年5月起，修武县开展“焕新修武”以旧换新活动。截至10月底，本次活动累计发放补贴资金460万元。')).toEqual(['焕新修武']);
  });
});

describe('a guiding fund named by its place and 引导基金 is a programme (prog.type.yindao-jijin)', () => {
  const fund = '2023年，修武县设立总规模5亿元的修武县先进制造业引导基金。该基金成立以来，已投资项目11个，撬动社会资本16亿元。';

  test.each([
    ['该基金 after it', '11个'],
    ['a later clause naming nothing', '16亿元'],
    ['its size before its name and 的', '5亿元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, fund)).toEqual(['修武县先进制造业引导基金']);
  });

  test('not 引导基金 with no place opening its name (各类引导基金 is funds in general)', async () => {
    const g = await graphOfPage(page('地方新闻', '今年，修武县各类引导基金规模达到5亿元。'), { homeCity: '修武县' });
    expect(g.graph.nodes.some((n) => n.labels[0] === 'Programme' && String(n.properties.name).endsWith('引导基金'))).toBe(false);
  });
});

// Found on the held-out pieces written after the rules above (a fair named with its edition and 对接会, a list whose
// entries are counted with 共有…入选, a pilot's time heading a later clause of the sentence naming it).
describe('a fair named by its edition and 对接会 (prog.type.duijiehui), and 对接会 opening a sentence', () => {
  const fair = '11月2日，第四届修武山药产销对接会在修武县举办。对接会吸引各地客商180余名，现场签约金额达1.6亿元。';

  test.each([
    ['对接会吸引…', '180余名'],
    ['a later clause naming nothing', '1.6亿元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, fair)).toEqual(['修武山药产销对接会']);
  });

  test('not 对接会 with no edition or year (企业对接会 is a kind of meeting)', async () => {
    const g = await graphOfPage(page('地方新闻', '修武县每月举办企业对接会，今年已签约项目9个。'), { homeCity: '修武县' });
    expect(g.graph.nodes.some((n) => n.labels[0] === 'Programme' && String(n.properties.name).endsWith('对接会'))).toBe(false);
  });
});

describe('共有…入选 after a list published: the list\'s count', () => {
  test('发布首批“某某”名单，共有…入选', async () => {
    expect(await subjectsOf('33家', '会上，修武县发布首批“修武山药”标准化基地名单，共有33家基地入选。')).toEqual(['“修武山药”标准化基地名单']);
  });

  test('not 共有 after a programme that is no list (a platform)', async () => {
    expect(await subjectsOf('33家', '修武县推出“云上修武”服务平台，共有33家企业参与建设。')).not.toEqual(['云上修武']);
  });
});

describe('a pilot\'s time heading a later clause of the sentence naming it (试点期间将…)', () => {
  test('the pilot, and the figure a plan', async () => {
    const g = await graphOfPage(page('地方新闻', '今年，修武县被确定为全省冷链物流建设试点，试点期间将新建冷库12座。'), { homeCity: '修武县' });
    expect(reportedSubjects(g, '12座')).toEqual(['全省冷链物流建设试点']);
    expect(g.graph.nodes.find((n) => n.labels[0] === 'Outcome' && n.properties.text === '12座')?.properties.outlook).toBe('planned');
  });

  test('not a clause headed by a name of its own (试点期间，某公司新建…)', async () => {
    expect(await subjectsOf('12座', '今年，修武县被确定为全省冷链物流建设试点，试点期间修武县新建冷库12座。')).toEqual(['修武县']);
  });
});

describe('产品推出以来 after a bank\'s product named by its ending (“某某贷”): the product', () => {
  test('the loans since the product was launched', async () => {
    expect(await subjectsOf('2.1亿元', '去年，修武县农商银行推出“山药贷”信贷产品。产品推出以来，已累计发放贷款2.1亿元，惠及农户1300户。')).toEqual(['山药贷']);
  });

  test('not a firm\'s product (no programme ending in 贷, 保 or 险): the firm\'s sales', async () => {
    expect(await subjectsOf('3600万元', '去年，修武县鑫木家具有限公司推出一款新产品。产品推出以来，累计销售额达3600万元。')).toEqual(['修武县鑫木家具有限公司']);
  });
});
