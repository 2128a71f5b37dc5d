// Figures of kinds left alone by earlier rounds, second round (qfix2): a village's collective income reported in a
// sentence about the firm or the co-op that earns it, a reckoning per mu inside a quotation. Sentences written for
// these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });

describe("a village's collective income is the village's (rel.reported.village-collective)", () => {
  test.each([
    ['a firm the village founded', '本报讯 遂昌县大柘镇石门村依托山地资源发展养殖。村里成立的石门农业开发有限公司负责养殖和销售，去年村集体经济收入达到45万元。', '45万元', ['石门村']],
    ['a co-op heading the sentence', '本报讯 遂昌县大柘镇桃源村有茶园3000亩。桃源茶叶专业合作社统一收购加工，带动村集体收入增加到38万元。', '38万元', ['桃源村']],
    ["the village's party secretary heading the sentence", '本报讯 遂昌县大柘镇白岩村有农户320户。村党支部书记张远明带领村民发展民宿，今年村级集体经济收入突破60万元。', '60万元', ['白岩村']],
  ])('%s', async (_case, text, figure, subjects) => {
    expect(reportedSubjects(await graphIn('遂昌县', text), figure)).toEqual(subjects);
  });
  test("the firm's own figures stay the firm's", async () => {
    const g = await graphIn('遂昌县', '本报讯 遂昌县大柘镇石门村依托山地资源发展养殖。村里成立的石门农业开发有限公司负责养殖和销售，去年销售额达到600万元。');
    expect(reportedSubjects(g, '600万元')).toEqual(['石门农业开发有限公司']);
  });
  test("a town's total of its villages' collective income stays the town's", async () => {
    const g = await graphIn('遂昌县', '本报讯 今年，遂昌县大柘镇全镇村集体经济收入达到1200万元。');
    expect(reportedSubjects(g, '1200万元')).toEqual(['大柘镇']);
  });
});

describe("a reckoning per mu in a quotation is no one's result (not the speaker's body's)", () => {
  test.each([
    ['一亩地收入 after a clause', '本报讯 遂昌县大柘镇石门村发展牧草种植。“过去种玉米，一亩地收入不到800元。”村党支部书记李青山说。', '不到800元'],
    ['一亩收入 with 现在', '本报讯 遂昌县大柘镇石门村发展牧草种植。“现在种牧草养羊，一亩收入3000多元。”村党支部书记李青山说。', '3000多元'],
    ['一亩 and the land before the verb', '本报讯 遂昌县大柘镇石门村发展高山果园。“一亩果园能收入6000多元。”村民陈小红说。', '6000多元'],
    ['每亩能卖 said, not quoted', '本报讯 遂昌县大柘镇石门村发展高山蔬菜。村党支部书记李青山介绍，现在每亩能卖5000元。', '5000元'],
  ])('%s', async (_case, text, figure) => {
    expect(reportedSubjects(await graphIn('遂昌县', text), figure)).toEqual([]);
  });
  test("a total in the quotation stays the speaker's body's", async () => {
    const g = await graphIn('遂昌县', '本报讯 遂昌县大柘镇石门村发展牧草种植。“今年全村牧草收入300多万元。”村党支部书记李青山说。');
    expect(reportedSubjects(g, '300多万元')).toEqual(['石门村']);
  });
});

describe('a firm split off from another (rel.spun-off-from.split)', () => {
  const factsOf = async (...paragraphs: string[]) => (await graphIn('遂昌县', ...paragraphs)).facts;
  test.each([
    ['从 … 分离出来, the company in view', ['本报讯 绿源茶业有限公司是一家茶叶加工企业。该公司从县茶厂分离出来后，年产值突破5000万元。'], 'SPUN_OFF_FROM 绿源茶业有限公司 → 遂昌县茶厂'],
    ['脱胎于, the company heading the sentence', ['本报讯 金桥物流有限公司脱胎于县供销社，如今拥有冷链车80辆。'], 'SPUN_OFF_FROM 金桥物流有限公司 → 遂昌县供销社'],
    ['从原 … 剥离出来', ['本报讯 青岚建材有限公司2018年从原红星水泥厂剥离出来，专做新型墙材。'], 'SPUN_OFF_FROM 青岚建材有限公司 → 红星水泥厂'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });
  test('buying from a firm is no split (从某集团采购)', async () => {
    const facts = await factsOf('本报讯 宏达机械有限公司从远航集团采购了一批设备。');
    expect(facts.filter((f) => f.startsWith('SPUN_OFF_FROM'))).toEqual([]);
  });
});

describe('help to firms counted by what was done is no benefit of the firm in view (rel.benefited-from.helped-by)', () => {
  const factsOf = async (...paragraphs: string[]) => (await graphIn('遂昌县', ...paragraphs)).facts;
  test('counted help to firms in general', async () => {
    const facts = await factsOf('本报讯 青峰电子商务有限公司是我县最大的农产品电商企业，去年销售额突破8000万元。', '今年以来，县市场监管局帮助企业解决难题56个，县商务局支持中小企业参加展会32场次。', '县人社局帮助企业招工1200余人。');
    expect(facts.filter((f) => f.startsWith('BENEFITED_FROM'))).toEqual([]);
  });
  test('help to the firm itself is still read (帮助我们)', async () => {
    const facts = await factsOf('本报讯 青峰电子商务有限公司是我县最大的农产品电商企业。', '“县经信局帮助我们申请了技改补贴，今年新上生产线2条。”公司总经理林海峰说。');
    expect(facts).toContain('BENEFITED_FROM 青峰电子商务有限公司 → 遂昌县经信局');
  });
});

describe('a town read by its ending in a chain is the gazetteer\'s town of that name there (place.known-under-parent)', () => {
  test.each([
    ['景宁畲族自治县大均乡伏叶村依托山水资源发展民宿。大均乡党委书记雷建平介绍，全乡已有民宿62家。在大均乡，越来越多的年轻人回乡创业。', '大均乡'],
    ['遂昌县大柘镇石门村发展养殖。在大柘镇，茶园连片。大柘镇今年新增家庭农场12家。', '大柘镇'],
  ])('%s', async (text, town) => {
    const g = await graphOfPage(page('地方新闻', `本报讯 ${text}`), { homeCity: '平湖市' });
    const towns = g.graph.nodes.filter((n) => n.labels.includes('Place') && n.properties.name === town);
    expect(towns).toHaveLength(1);
  });
});
