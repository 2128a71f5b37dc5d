// Relations of kinds left alone by earlier rounds, fourth round (qfix4): who supplies whom under a contract of sale,
// a platform set up by a person the text calls 她, a county's centre named by 县 alone, a firm named after a mountain
// that is also a far district's short form, a park of the gazetteer's named by its trade alone printed after another
// county, and a firm whose forebear was a township's station. Sentences written for these tests (names, firms and
// figures invented; the counties are the gazetteer's).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });
const supplies = (g: Awaited<ReturnType<typeof graphIn>>): string[] => g.facts.filter((f) => f.startsWith('SUPPLIES')).sort();

describe('a contract of sale the partners sign says who supplies whom (rel.supplies.contract)', () => {
  test.each([
    ['供货协议: the subject supplies', '本报讯 秦川果汁有限公司与西安百佳超市有限公司签订供货协议。', ['SUPPLIES 秦川果汁有限公司 → 西安百佳超市有限公司']],
    ['购销合同 and 供应 after it', '本报讯 绿塬果业公司与关中冷链物流公司签订购销合同，每年供应苹果2000吨。', ['SUPPLIES 绿塬果业公司 → 关中冷链物流公司']],
    ['购销合同 and 收购 after it: the partner supplies', '本报讯 秦川果汁有限公司与绿塬果业公司签订购销合同，按保护价收购鲜果。', ['SUPPLIES 绿塬果业公司 → 秦川果汁有限公司']],
    ['购销合同 between a co-op and a firm: the co-op supplies', '本报讯 秦川果汁有限公司与长宁镇猕猴桃种植专业合作社签订购销合同。', ['SUPPLIES 长宁镇猕猴桃种植专业合作社 → 秦川果汁有限公司']],
    ['收购协议: the partner supplies', '本报讯 秦川果汁有限公司与绿塬果业公司签订收购协议。', ['SUPPLIES 绿塬果业公司 → 秦川果汁有限公司']],
  ])('%s', async (_case, text, facts) => {
    const g = await graphIn('武功县', text);
    expect(supplies(g)).toEqual(facts);
    expect(g.facts.some((f) => f.startsWith('PARTNER_OF'))).toBe(true);
  });
  test.each([
    ['a contract of cooperation: partners only', '本报讯 秦川果汁有限公司与绿塬果业公司签订战略合作协议。'],
    ['购销合同 between two firms, no verb of sale: direction not said', '本报讯 秦川果汁有限公司与绿塬果业公司签订购销合同。'],
  ])('%s', async (_case, text) => {
    expect(supplies(await graphIn('武功县', text))).toEqual([]);
  });
});

describe('他 or 她 heading a clause that sets up a platform ran it (rel.organized.event.person-pronoun)', () => {
  test.each([
    ['她, a year before', '本报讯 赵春燕是武功县有名的电商带头人。2020年，她创办了“塬上好物”电商平台，带动农户增收。', 'ORGANIZED 赵春燕 → 塬上好物'],
    ['他, no year', '本报讯 孙建军返乡已经六年。他开通了“果农之家”服务平台，为果农提供技术指导。', 'ORGANIZED 孙建军 → 果农之家'],
  ])('%s', async (_case, text, fact) => {
    expect((await graphIn('武功县', text)).facts).toContain(fact);
  });
  test('a pronoun with no person before it names no one', async () => {
    const g = await graphIn('武功县', '本报讯 2020年，她创办了“塬上好物”电商平台。');
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED'))).toEqual([]);
  });
});

describe("a centre named by 县 and its trade is the county's (a level word the tagger's reading keeps)", () => {
  test.each([
    ['县苹果产业发展中心', '本报讯 县苹果产业发展中心今年推广新品种5个。', '静宁县苹果产业发展中心'],
    ['县核桃产业发展中心', '本报讯 县核桃产业发展中心派出技术员20名。', '静宁县核桃产业发展中心'],
  ])('%s', async (_case, text, name) => {
    const g = await graphIn('静宁县', text);
    expect(g.facts).toContain(`LOCATED_IN ${name} → 静宁县`);
  });
});

describe('a firm named after a mountain is not in the far district of that short form, nor in the mountain (org.place.not-distant-namesake)', () => {
  test.each([
    ['天山乳业公司', '本报讯 天山乳业公司今年新增奶牛存栏2000头。'],
    ['天山奶业有限公司', '本报讯 天山奶业有限公司在武功县建设了新的加工厂。'],
  ])('%s', async (_case, text) => {
    const g = await graphIn('武功县', text);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 天山'))).toEqual([]);
    expect(g.graph.nodes.some((n) => n.properties.name === '天山区')).toBe(false);
  });
  test('a school named after the mountain gives no far district either', async () => {
    const g = await graphIn('武功县', '本报讯 天山中学的学生来到天山脚下写生。');
    expect(g.graph.nodes.some((n) => n.properties.name === '天山区')).toBe(false);
  });
});

describe("a park of the gazetteer's named by its trade alone, printed after another county, is that county's (place.gazetteer.namesake.generic-park)", () => {
  test.each([
    ['after the county', '本报讯 武功县纺织工业城已入驻企业26家。'],
    ['after the county, a second sentence', '本报讯 武功县纺织工业城今年新开工项目8个。纺织工业城已入驻企业26家。'],
  ])('%s', async (_case, text) => {
    const g = await graphIn('武功县', text);
    expect(g.facts).toContain('LOCATED_IN 纺织工业城 → 武功县');
    expect(g.facts.filter((f) => f.startsWith('PART_OF 纺织工业城'))).toEqual([]);
  });
});

describe("a firm whose forebear was a township's station (org.suffix.township-station.*, rel.spun-off-from.split)", () => {
  test.each([
    ['前身为某乡农机站', '本报讯 丰源农机有限公司前身为五星乡农机站，去年销售农机具800台。', 'SPUN_OFF_FROM 丰源农机有限公司 → 五星乡农机站'],
    ['脱胎于原某镇农技站', '本报讯 绿田种业公司脱胎于原长宁镇农技站。', 'SPUN_OFF_FROM 绿田种业公司 → 长宁镇农技站'],
  ])('%s', async (_case, text, fact) => {
    expect((await graphIn('武功县', text)).facts).toContain(fact);
  });
});

describe('a pairing park printed with a dash and with its region in brackets on one page is one park (variant.dash-pair-park)', () => {
  test.each([
    ['dash first', '本报讯 余姚—武功产业园新增就业岗位500个。余姚（武功）产业园由两地共建。'],
    ['brackets first', '本报讯 余姚（武功）产业园由两地共建。余姚—武功产业园今年新增就业岗位500个。'],
  ])('%s', async (_case, text) => {
    const g = await graphIn('武功县', text);
    const parks = g.graph.nodes.filter((n) => String(n.properties.name).endsWith('产业园')).map((n) => n.properties.name);
    expect(parks).toEqual(['余姚（武功）产业园']);
    expect(g.facts).toContain('LOCATED_IN 余姚（武功）产业园 → 武功县');
  });
  test('two parks of different pairs stay two', async () => {
    const g = await graphIn('武功县', '本报讯 余姚—武功产业园新增就业岗位500个。慈溪（武功）产业园由两地共建。');
    expect(g.graph.nodes.filter((n) => String(n.properties.name).endsWith('产业园')).length).toBe(2);
  });
});
