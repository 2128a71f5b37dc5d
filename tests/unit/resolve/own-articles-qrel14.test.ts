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

describe('a firm linked to a partner by its kind word with adverbs, or by a clause carrying its actor', () => {
  test('公司又与某大学签约 → the one company named before (rel.partner-of.with.kind-adverb)', async () => {
    const facts = await factsOf('宁波海越新材料有限公司今年产值增长两成。总经理方志刚说，公司又与浙江工业大学签约，共建研发中心。');
    expect(facts).toContain('PARTNER_OF 宁波海越新材料有限公司 → 浙江工业大学');
  });

  test('several companies named before (甲入股了乙): which one is not sure, nothing', async () => {
    const facts = await factsOf('宁波海越新材料有限公司去年入股了余姚顺达塑料有限公司。今年，公司又与浙江工业大学签约，共建研发中心。');
    expect(typed(facts, 'PARTNER_OF').filter((f) => f.endsWith('→ 浙江工业大学'))).toEqual([]);
  });

  test('a cooperative named before is no 公司 (合作社…。公司又与某大学合作: nothing)', async () => {
    const facts = await factsOf('余姚市梁弄杨梅专业合作社今年扩大了种植面积。公司又与浙江农林大学合作，引进新品种。');
    expect(typed(facts, 'PARTNER_OF')).toEqual([]);
  });

  test('公司与甲签订了协议，还与乙共建了丙 → the company PARTNER_OF 乙 too (rel.partner-of.with.carried-clause)', async () => {
    const facts = await factsOf('江西赣绿茶业有限公司是当地的龙头企业。负责人温志华说，公司与江西省蚕桑茶叶研究所签订了协议，还与江西农业大学共建了茶产业研究院。');
    expect(facts).toContain('PARTNER_OF 江西赣绿茶业有限公司 → 江西农业大学');
    expect(facts).toContain('FOUNDED 江西赣绿茶业有限公司 → 茶产业研究院');
  });

  test('a clause of adverbs after one with no link carries nothing', async () => {
    const facts = await factsOf('江西赣绿茶业有限公司今年扩建了厂房，还与江西农业大学共建了茶产业研究院。');
    // (the clause before links nothing by 与: its own actor heads the sentence, read as ever or not at all)
    expect(typed(facts, 'PARTNER_OF').filter((f) => f.includes('carried'))).toEqual([]);
    const listed = await factsOf('江西赣绿茶业有限公司和江西农业大学都在上饶。记者了解到，双方签了协议，还与上饶师范学院合作。');
    expect(typed(listed, 'PARTNER_OF').filter((f) => f.endsWith('→ 上饶师范学院'))).toEqual([]);
  });
});

describe('a second post after the comma, opened by "also" (rel.works-for.also-is)', () => {
  test.each([
    ['某公司董事长甲，也是某协会会长', '福建铁峰茶业有限公司董事长林秀珠，也是安溪县茶业协会会长。', 'WORKS_FOR 林秀珠 → 安溪县茶业协会'],
    ['某大学教授甲，同时还是某公司的首席科学家', '华中农业大学教授胡文斌，同时还是湖北楚香农业科技有限公司的首席科学家。', 'WORKS_FOR 胡文斌 → 湖北楚香农业科技有限公司'],
    ['某研究所研究员甲，还担任某公司技术顾问', '中国水稻研究所研究员邵国华，还担任浙江禾丰种业有限公司技术顾问。', 'WORKS_FOR 邵国华 → 浙江禾丰种业有限公司'],
  ])('%s', async (_case, sentence, fact) => {
    const facts = await factsOf(sentence);
    expect(facts).toContain(fact);
  });

  test('a bare 是 after the comma, or no post, gives nothing more', async () => {
    const facts = await factsOf('福建铁峰茶业有限公司董事长林秀珠，是村里的致富带头人，也是安溪县的人大代表。');
    expect(typed(facts, 'WORKS_FOR').filter((f) => f.startsWith('WORKS_FOR 林秀珠 →'))).toEqual(['WORKS_FOR 林秀珠 → 福建铁峰茶业有限公司']);
  });
});

describe('新公司 before a post: the company the text just set up (rel.works-for.new-firm)', () => {
  test('某集团成立了乙公司。新公司总经理甲 → WORKS_FOR 乙', async () => {
    const facts = await factsOf('2020年，浙江华联纺织集团有限公司成立了绍兴华联新材料有限公司。新公司总经理屠立军说，产品主要供应国内品牌。');
    expect(facts).toContain('WORKS_FOR 屠立军 → 绍兴华联新材料有限公司');
  });

  test('the last company named bought, not set up (入股了乙): nothing', async () => {
    const facts = await factsOf('浙江华联纺织集团有限公司入股了绍兴华联新材料有限公司。新公司总经理屠立军说，产品主要供应国内品牌。');
    expect(about(facts, 'WORKS_FOR', '屠立军')).toEqual([]);
  });
});

describe('向 and the countries before 出口 (rel.trades-with.exports-to)', () => {
  test('某公司今年向德国、日本出口咖啡豆 → TRADES_WITH each', async () => {
    const facts = await factsOf('云南滇红咖啡有限公司今年向德国、日本出口咖啡豆800吨。');
    expect(facts).toContain('TRADES_WITH 云南滇红咖啡有限公司 → 德国');
    expect(facts).toContain('TRADES_WITH 云南滇红咖啡有限公司 → 日本');
  });

  test('从某国进口, 与某国相比: no trade partner by this rule', async () => {
    const facts = await factsOf('云南滇红咖啡有限公司今年从巴西进口了一批生豆。与越南相比，云南咖啡的精品率仍有提升空间。');
    expect(typed(facts, 'TRADES_WITH')).toEqual([]);
  });
});

describe('written after the held-out articles (disclosed): 集团 for a group registered as a company; 从某合作社收购', () => {
  test('某集团有限公司副总经理甲说，集团还与某大学共建了某研究院 → PARTNER_OF and FOUNDED', async () => {
    const facts = await factsOf('广西桂茶集团有限公司副总经理韦海东说，集团还与广西大学共建了六堡茶研究院。');
    expect(facts).toContain('PARTNER_OF 广西桂茶集团有限公司 → 广西大学');
    expect(facts).toContain('FOUNDED 广西桂茶集团有限公司 → 六堡茶研究院');
  });

  test('集团 with only a 有限公司 of no group named before: nothing', async () => {
    const facts = await factsOf('梧州六堡茶业有限公司副总经理韦海东说，集团还与广西大学共建了六堡茶研究院。');
    expect(typed(facts, 'PARTNER_OF')).toEqual([]);
  });

  test('公司从某合作社收购脐橙 → the cooperative SUPPLIES the company; 某公司收购了某公司 is no sale', async () => {
    const bought = await factsOf('华橙果业有限公司是当地的龙头企业。公司今年从红旗脐橙专业合作社收购脐橙1.5万吨。');
    expect(bought).toContain('SUPPLIES 红旗脐橙专业合作社 → 华橙果业有限公司');
    const takeover = await factsOf('华橙果业有限公司去年收购了赣州南山果品有限公司。');
    expect(typed(takeover, 'SUPPLIES')).toEqual([]);
  });
});
