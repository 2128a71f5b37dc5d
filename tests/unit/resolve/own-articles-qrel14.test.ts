// Relations read from kinds of news written for this round (qrel14): national-paper county reports quoting people
// by their posts — a first secretary sent to a village by a body, a supplier to "the company" in view, and export
// sentences whose subject is a county's many firms.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));
const about = (facts: string[], type: string, name: string): string[] => typed(facts, type).filter((f) => f.startsWith(`${type} ${name} →`));

describe('one sent to a village by a body holds the post at that body (rel.works-for.sent-by)', () => {
  test.each([
    ['某局派驻的第一书记某某', ['在石桥村，安顺市林业局派驻的第一书记龚立新已经干了两年。'], 'WORKS_FOR 龚立新 → 安顺市林业局'],
    ['某院派驻某村的第一书记某某', ['江西省农业科学院派驻桃源村的第一书记邹明亮说，村里的脐橙今年卖得好。'], 'WORKS_FOR 邹明亮 → 江西省农业科学院'],
    ['某某是某院派驻某村的第一书记', ['邹明亮是江西省农业科学院派驻桃源村的第一书记。他带着村民改良品种。'], 'WORKS_FOR 邹明亮 → 江西省农业科学院'],
    ['选派到某村的驻村工作队队长某某', ['兰州市卫生健康委员会选派到柳湾村的驻村工作队队长马晓东说，村卫生室已经建好。'], 'WORKS_FOR 马晓东 → 兰州市卫生健康委员会'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('the role is the post the body sent them to', async () => {
    const facts = await factsOf('安顺市林业局派驻的第一书记龚立新说，村里新修了机耕道。');
    expect(facts.some((f) => f.startsWith('WORKS_FOR 龚立新 → 安顺市林业局'))).toBe(true);
  });

  test('a body that only visits, or words between the verb and the post that are no place, give nothing', async () => {
    const visit = await factsOf('安顺市林业局到石桥村调研，第一书记龚立新陪同。');
    expect(about(visit, 'WORKS_FOR', '龚立新')).not.toContain('WORKS_FOR 龚立新 → 安顺市林业局');
    const other = await factsOf('安顺市林业局派驻工作组后，村里选出的第一书记龚立新说，路修好了。');
    expect(about(other, 'WORKS_FOR', '龚立新')).not.toContain('WORKS_FOR 龚立新 → 安顺市林业局');
  });

  test('a person after 是 and a body that did not send them keeps no sent-by post', async () => {
    const facts = await factsOf('邹明亮是江西省农业科学院的研究员，常到桃源村指导。');
    expect(facts).toContain('WORKS_FOR 邹明亮 → 江西省农业科学院');
    expect(typed(facts, 'WORKS_FOR').filter((f) => f.includes('第一书记'))).toEqual([]);
  });
});

describe('a supplier of "the company" in view (rel.supplies.supplier-of.kind-buyer)', () => {
  test('某合作社是公司最大的供应商 → SUPPLIES the one company named before', async () => {
    const facts = await factsOf('安徽皖禾米业有限公司是当地的龙头企业。公司负责人钱德友说，寿县丰禾水稻种植专业合作社是公司最大的供应商。');
    expect(facts).toContain('SUPPLIES 寿县丰禾水稻种植专业合作社 → 安徽皖禾米业有限公司');
  });

  test('two companies named before: which is meant is not sure, nothing', async () => {
    const facts = await factsOf('安徽皖禾米业有限公司和合肥粮丰食品有限公司都在扩产。寿县丰禾水稻种植专业合作社是公司最大的供应商。');
    expect(about(facts, 'SUPPLIES', '寿县丰禾水稻种植专业合作社')).toEqual([]);
  });

  test('a planned supplier (争取成为公司的供应商) is none yet', async () => {
    const facts = await factsOf('安徽皖禾米业有限公司是当地的龙头企业。寿县丰禾水稻种植专业合作社争取成为公司的供应商。');
    expect(about(facts, 'SUPPLIES', '寿县丰禾水稻种植专业合作社')).toEqual([]);
  });
});

describe('向 before the buyer (rel.supplies.supplies-to) and its guard: 面向, help', () => {
  test('某合作社每年向某公司供应鲜叶 → SUPPLIES', async () => {
    const facts = await factsOf('安溪县祥云茶叶专业合作社每年向福建铁峰茶业有限公司供应鲜叶300吨。');
    expect(facts).toContain('SUPPLIES 安溪县祥云茶叶专业合作社 → 福建铁峰茶业有限公司');
  });

  test('向某公司采购 is the other way round; 面向 is no buyer', async () => {
    const bought = await factsOf('福建铁峰茶业有限公司每年向安溪县祥云茶叶专业合作社采购鲜叶300吨。');
    expect(bought).toContain('SUPPLIES 安溪县祥云茶叶专业合作社 → 福建铁峰茶业有限公司');
    expect(bought).not.toContain('SUPPLIES 福建铁峰茶业有限公司 → 安溪县祥云茶叶专业合作社');
    const facing = await factsOf('安溪县祥云茶叶专业合作社面向福建铁峰茶业有限公司销售茶叶，还组织茶农供应鲜叶。');
    expect(about(facing, 'SUPPLIES', '安溪县祥云茶叶专业合作社')).toEqual([]);
  });

  test('向某公司提供培训、贷款 is help, not a sale', async () => {
    const help = await factsOf('安溪县农村商业银行向福建铁峰茶业有限公司提供贷款500万元。');
    expect(typed(help, 'SUPPLIES')).toEqual([]);
    const training = await factsOf('安溪县祥云茶叶专业合作社向福建铁峰茶业有限公司提供培训服务。');
    expect(typed(training, 'SUPPLIES')).toEqual([]);
  });
});

describe('exports of a county\'s many firms are no one firm\'s (rel.trades-with.exports-to.collective-subject)', () => {
  test('全市纺织企业…，产品远销日本: no TRADES_WITH for the company in view', async () => {
    const facts = await factsOf('绍兴华纶印染有限公司去年扩建了厂房。', '绍兴市商务局副局长钟立说，全市纺织企业今年出口额增长12%，产品远销日本、韩国。');
    expect(typed(facts, 'TRADES_WITH')).toEqual([]);
  });

  test('the company\'s own clause still carries: 公司产品远销日本', async () => {
    const facts = await factsOf('绍兴华纶印染有限公司去年扩建了厂房，公司产品远销日本、韩国。');
    expect(facts).toContain('TRADES_WITH 绍兴华纶印染有限公司 → 日本');
  });
});
