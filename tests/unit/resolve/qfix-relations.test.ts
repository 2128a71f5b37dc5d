// Relations of kinds left alone by earlier rounds (qfix): a county's, district's or city's head and deputies, a
// subsidiary printed right after its group. Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsIn = async (homeCity: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), { homeCity })).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} ${name} →`));

describe("a county's, district's or city's head holds the post at the place (rel.works-for.area-head)", () => {
  test.each([
    ['县长 alone: the paper\'s county, named later', '遂昌县', ['本报讯 12月5日，县长王建华到大柘镇调研茶产业。遂昌县今年茶园面积达12万亩。'], 'WORKS_FOR 王建华 → 遂昌县'],
    ['某县副县长', '遂昌县', ['遂昌县副县长赵立新陪同调研。'], 'WORKS_FOR 赵立新 → 遂昌县'],
    ['常务副县长 in a list after another head', '遂昌县', ['遂昌县召开经济形势分析会。县长王建华、常务副县长孙海涛出席。'], 'WORKS_FOR 孙海涛 → 遂昌县'],
    ['区长 with the district in view', '衢州市', ['近日，柯城区召开重点项目推进会。区长陈晓峰出席会议并讲话。'], 'WORKS_FOR 陈晓峰 → 柯城区'],
    ['副市长 of a county-level city', '平湖市', ['平湖市副市长沈国良一行到新埭镇调研。'], 'WORKS_FOR 沈国良 → 平湖市'],
  ])('%s', async (_case, home, paragraphs, fact) => {
    expect(await factsIn(home, ...paragraphs)).toContain(fact);
  });

  test('a deputy who also sits on the county committee is tied to the committee only (县委常委、副县长)', async () => {
    const facts = await factsIn('遂昌县', '遂昌县委常委、副县长钱立军介绍，全县茶园面积达12万亩。');
    expect(about(facts, 'WORKS_FOR', '钱立军')).toEqual(['WORKS_FOR 钱立军 → 遂昌县委']);
  });

  test('a head of another level than the place in view holds nothing (区长 in a county; 市长热线)', async () => {
    const facts = await factsIn('遂昌县', '遂昌县召开会议，区长李海波出席。市长热线今年受理诉求3000件。');
    expect(about(facts, 'WORKS_FOR', '李海波')).toEqual([]);
  });

  test('a village head is not read as a county head (村长)', async () => {
    const facts = await factsIn('遂昌县', '遂昌县大柘镇石坑口村村长刘三宝说，今年茶叶卖得好。');
    expect(facts).not.toContain('WORKS_FOR 刘三宝 → 遂昌县');
  });
});

describe('a subsidiary printed right after its group (org.not.parent-link, rel.part-of.subsidiary.glued)', () => {
  test.each([
    ['县交投集团全资子公司某某有限公司', '遂昌县', '县交投集团全资子公司县绿源建材有限公司今年营收增长20%。', 'PART_OF 遂昌县绿源建材有限公司 → 遂昌县交投集团'],
    ['某控股集团控股子公司某某有限公司', '平湖市', '浙江青峰控股集团控股子公司青峰物流有限公司今年上市。', 'PART_OF 青峰物流有限公司 → 浙江青峰控股集团'],
  ])('%s', async (_case, home, sentence, fact) => {
    const facts = await factsIn(home, sentence);
    expect(facts).toContain(fact);
    expect(facts.some((f) => /子公司/u.test(f))).toBe(false);
  });

  test('with 的 the link reads as before (甲集团的全资子公司乙)', async () => {
    expect(await factsIn('平湖市', '青峰集团的全资子公司青峰物流有限公司今年上市。')).toContain('PART_OF 青峰物流有限公司 → 青峰集团');
  });
});

describe("a zone's body by the zone's short and long ending is one body (variants.ts, zone-suffixes.json types)", () => {
  test('某某经开区管委会 and 某某经济技术开发区管委会', async () => {
    const g = await graphOfPage(page('地方新闻', '云和经开区管委会主任李志强介绍，云和经济技术开发区管委会今年引进项目12个。'), { homeCity: '云和县' });
    const bodies = g.graph.nodes.filter((n) => n.labels[0] === 'Organization').map((n) => String(n.properties.name));
    expect(bodies).toEqual(['云和经济技术开发区管委会']);
    expect(g.facts).toContain('WORKS_FOR 李志强 → 云和经济技术开发区管委会');
  });
  test('某某开发区党工委 and 某某经济开发区党工委', async () => {
    const g = await graphOfPage(page('地方新闻', '丽水经济开发区党工委书记王明、丽水开发区党工委副书记张亮出席会议。'), { homeCity: '云和县' });
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Organization').map((n) => String(n.properties.name))).toEqual(['丽水经济开发区党工委']);
  });
  test("two zones' bodies of different types stay two (高新区管委会, 经开区管委会)", async () => {
    const g = await graphOfPage(page('地方新闻', '丽水高新区管委会和丽水经开区管委会签订协议。'), { homeCity: '云和县' });
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Organization')).toHaveLength(2);
  });
});

describe("a corps' company is part of the regiment printed before it (place.corps.company, rel.part-of.printed-chain)", () => {
  test('十团三连', async () => {
    expect(await factsIn('阿拉尔市', '十团三连职工今年种植棉花1.2万亩，亩产达450公斤。')).toContain('PART_OF 三连 → 十团');
  });
});

describe('a post taken by the one named after 由 (rel.works-for.taken-by)', () => {
  test('合作社理事长由村党支部书记某某兼任: the cooperative in view, and the village post as before', async () => {
    const facts = await factsIn('遂昌县', '去年，溪口村成立了茶香文化旅游专业合作社。合作社理事长由村党支部书记陈长林兼任。');
    expect(facts).toEqual(expect.arrayContaining(['WORKS_FOR 陈长林 → 茶香文化旅游专业合作社', 'WORKS_FOR 陈长林 → 溪口村']));
    expect(facts.some((f) => /由村/u.test(f))).toBe(false);
  });
  test('某公司总经理由某某担任 (the body printed)', async () => {
    expect(await factsIn('平湖市', '平湖青峰物流有限公司总经理由沈建华担任。')).toContain('WORKS_FOR 沈建华 → 平湖青峰物流有限公司');
  });
  test('a task done by one (由某某负责), or a post only planned (拟由某某担任), holds nothing', async () => {
    const facts = await factsIn('平湖市', '平湖青峰物流有限公司的仓储项目由沈建华负责。平湖青峰物流有限公司总经理拟由朱丽萍担任。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR'))).toEqual([]);
  });
});

describe('a threshold naming a class of households or farms is no figure; the count after it is', () => {
  test.each([
    ['全村年出栏500头以上的养殖户有12户。', '500头以上', '12户'],
    ['种植50亩以上的种植大户达8户。', '50亩以上', '8户'],
    ['年销售额100万元以上的家庭农场有6家。', '100万元以上', '6家'],
  ])('%s', async (sentence, threshold, count) => {
    const g = await graphOfPage(page('地方新闻', `今年，遂昌县大柘镇溪口村养殖业发展很快。${sentence}`), { homeCity: '遂昌县' });
    const outcomes = g.graph.nodes.filter((n) => n.labels[0] === 'Outcome').map((n) => String(n.properties.text));
    expect(outcomes).not.toContain(threshold);
    expect(outcomes).toContain(count);
  });
  test('a figure of the same form that is the figure itself stays (村集体收入达50万元以上)', async () => {
    const g = await graphOfPage(page('地方新闻', '今年，遂昌县大柘镇溪口村集体经营性收入达50万元以上。'), { homeCity: '遂昌县' });
    expect(g.graph.nodes.some((n) => n.labels[0] === 'Outcome' && /50万元以上/u.test(String(n.properties.text)))).toBe(true);
  });
});

describe("a figure per household is the village's, not the body's the sentence is about (rel.reported.per-household)", () => {
  test('合作社把农房租给游客，每户每年租金3000元', async () => {
    const g = await graphOfPage(page('地方新闻', '去年，遂昌县大柘镇溪口村成立了茶香文化旅游专业合作社。合作社把闲置农房租给游客经营民宿，每户每年租金3000元。'), { homeCity: '遂昌县' });
    expect(reportedSubjects(g, '3000元')).toEqual(['溪口村']);
  });
  test('户均 after a firm named in the sentence, a community in view', async () => {
    const g = await graphOfPage(page('地方新闻', '城南街道梅园社区引进了青峰物流有限公司。青峰物流有限公司招用社区居民60人，户均增收2万元。'), { homeCity: '平湖市' });
    expect(reportedSubjects(g, '2万元')).toEqual(['梅园社区']);
  });
  test("a firm's own figure in the next clause stays the firm's (公司年产值…)", async () => {
    const g = await graphOfPage(page('地方新闻', '城南街道梅园社区引进了青峰物流有限公司。青峰物流有限公司今年产值达5000万元。'), { homeCity: '平湖市' });
    expect(reportedSubjects(g, '5000万元')).toEqual(['青峰物流有限公司']);
  });
});

describe("a subsidiary printed after its group heads the clause (subject.apposition)", () => {
  test("甲集团全资子公司乙…，营收增长20%: the child's figure", async () => {
    const g = await graphOfPage(page('地方新闻', '县交投集团全资子公司县绿源建材有限公司负责配套道路建设，今年营收增长20%。'), { homeCity: '遂昌县' });
    expect(reportedSubjects(g, '20%')).toEqual(['遂昌县绿源建材有限公司']);
  });
  test('甲控股旗下乙公司…实现产值 (travels the same way)', async () => {
    const g = await graphOfPage(page('地方新闻', '青峰控股集团旗下青峰物流有限公司今年实现产值3亿元。'), { homeCity: '平湖市' });
    expect(reportedSubjects(g, '3亿元')).toEqual(['青峰物流有限公司']);
  });
});

describe("the paper's county when the article names it only through its bodies (rel.works-for.area-head)", () => {
  test('副县长某某带队… 县林投集团: the county made absolute is in the graph, so the post is held there', async () => {
    expect(await factsIn('遂昌县', '12月4日，副县长马俊峰带队调研林下经济。县林投集团负责收购药材。')).toContain('WORKS_FOR 马俊峰 → 遂昌县');
  });
  test("a corps' regiment printed again alone is the same place, not a body (十二团是…)", async () => {
    const g = await graphOfPage(page('地方新闻', '十二团五连职工今年种植红枣8000亩。十二团是远近闻名的红枣之乡。'), { homeCity: '阿拉尔市' });
    expect(g.graph.nodes.filter((n) => n.properties.name === '十二团').map((n) => n.labels[0])).toEqual(['Place']);
  });
});
