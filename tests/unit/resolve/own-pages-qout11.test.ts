// Figures on local papers' economic pages, written for this round (qout11): a county-level city's bulletin compared
// with its prefecture, a period printed once for a run of sentences, the first months of a year, targets looking
// ahead, a town's villages listed with their measure left out, a bureau's work summary (该局). Pages written for these
// tests (firms, towns' figures and people invented; real counties and county-level cities as home cities).
import { graphOfPage, reportedSubjects, type PageGraph } from '../../helpers/page-graph.js';
import { resolvePeriod } from '../../../src/resolve/periods.js';

/** A page of one piece under a running head with the issue's date. */
const page = (date: string, title: string, ...paragraphs: string[]): string => `${date} 星期四 第2版 要闻\n\n${title}\n\n${paragraphs.map((p) => `　　${p}`).join('\n')}\n`;

const build = (text: string, homeCity = '讷河市'): Promise<PageGraph> => graphOfPage(text, { homeCity });

function outcome(g: PageGraph, figure: string): Record<string, unknown> {
  const n = g.graph.nodes.find((x) => x.labels[0] === 'Outcome' && x.properties.text === figure);
  expect(n).toBeDefined();
  return n!.properties;
}

describe('a place a figure is compared with is not in view (inview.compared-base)', () => {
  test('全市 after 增速高于某市 on a county-level city\'s paper is still the paper\'s city', async () => {
    const g = await build(
      page('2025年4月24日', '一季度我市经济开局良好', '一季度，全市实现地区生产总值38.2亿元，同比增长5.9%，增速高于齐齐哈尔市0.6个百分点。', '一季度，全市农村常住居民人均可支配收入5870元，同比增长6.2%。'),
    );
    expect(reportedSubjects(g, '5870元')).toEqual(['讷河市']);
    expect(reportedSubjects(g, '6.2%')).toEqual(['讷河市']);
  });

  test('the gap itself is the paper\'s city\'s, not the city compared with', async () => {
    const g = await build(page('2025年4月24日', '一季度我市经济开局良好', '一季度，全市实现地区生产总值38.2亿元，同比增长5.9%，增速高于齐齐哈尔市0.6个百分点。'));
    expect(reportedSubjects(g, '0.6个百分点')).toEqual(['讷河市']);
  });

  test('a variation: 比全省 and 低于某市 in a county\'s report', async () => {
    const g = await build(
      page('2025年7月17日', '上半年我县外贸', '上半年，全县进出口总额9.6亿元，增幅比全省高2.1个百分点，低于商洛市0.4个百分点。', '上半年，全市规上工业企业完成产值41.7亿元。'),
      '武功县',
    );
    // 全市 on a county's paper is its prefecture (咸阳市), not the city the county was compared with.
    expect(reportedSubjects(g, '41.7亿元')).toEqual(['咸阳市']);
  });

  test('not a city the text is about (某市召开…，全市…): that city stays in view', async () => {
    const g = await build(page('2025年4月24日', '邻市观察', '齐齐哈尔市统计局日前发布数据，一季度，齐齐哈尔市经济平稳。一季度，全市规上工业增加值增长4.8%。'));
    expect(reportedSubjects(g, '4.8%')).toEqual(['齐齐哈尔市']);
  });
});

describe('the first months of a year (period.first-months)', () => {
  test.each([
    ['今年前5个月', '2025-06-10', '2025-01..2025-05'],
    ['前十个月', '2025-11-12', '2025-01..2025-10'],
    ['2024年前7个月', '2025-03-02', '2024-01..2024-07'],
    // printed without a year and ending after the month of issue: the year before's
    ['前11个月', '2025-01-08', '2024-01..2024-11'],
  ])('%s in an issue of %s', (printed, issue, value) => {
    expect(resolvePeriod(printed, issue)?.value).toBe(value);
  });

  test('not a duration (5个月) nor more than twelve months', () => {
    expect(resolvePeriod('5个月', '2025-06-10')).toBeUndefined();
    expect(resolvePeriod('前13个月', '2025-06-10')).toBeUndefined();
  });

  test('read before a figure on a page', async () => {
    const g = await build(page('2025年8月14日', '外贸企业订单回暖', '今年前7个月，邳州市某某板材有限公司出口额达3800万元。'), '邳州市');
    expect(outcome(g, '3800万元').period).toBe('2025-01..2025-07');
  });
});

describe('a target or forecast looks ahead (period.whole-year.ahead; no year before for a part of the year)', () => {
  test.each([
    ['下半年', '2025-07-22', '2025-07..2025-12'],
    ['四季度', '2025-09-30', '2025-Q4'],
    ['全年', '2025-09-19', '2025'],
    ['明年全年', '2025-12-01', '2026'],
  ])('%s for a target in an issue of %s', (printed, issue, value) => {
    expect(resolvePeriod(printed, issue, { ahead: true })?.value).toBe(value);
  });

  test('a result keeps the year before, and 全年 alone has no year', () => {
    expect(resolvePeriod('下半年', '2025-07-22')?.value).toBe('2024-07..2024-12');
    expect(resolvePeriod('全年', '2025-09-19')).toBeUndefined();
  });

  test('a target on a page: 下半年力争… in a July issue, 全年要增长… as planned', async () => {
    const g = await build(
      page('2025年7月29日', '冲刺下半年', '下半年，全县将力争新开工项目25个以上。按照年度目标，全县全年规上工业增加值要增长8%左右。'),
      '南漳县',
    );
    expect(outcome(g, '25个以上')).toMatchObject({ period: '2025-07..2025-12', outlook: 'planned' });
    expect(outcome(g, '8%左右')).toMatchObject({ period: '2025', outlook: 'planned' });
  });

  test('要 is no target where it is not of a year ahead (需要, a result)', async () => {
    const g = await build(page('2025年7月29日', '项目建设', '今年以来，全县重点项目完成投资36.4亿元，需要增加的用地指标为820亩。'), '南漳县');
    expect(outcome(g, '36.4亿元').outlook).toBeUndefined();
    expect(outcome(g, '820亩').outlook).toBeUndefined();
  });
});

describe('a period printed once for a run of sentences (period.carried.run)', () => {
  test('the sentences after one opening with its period, in its paragraph', async () => {
    const g = await build(
      page('2025年10月23日', '前三季度经济运行', '前三季度，全县地区生产总值达到118.6亿元，同比增长5.8%。规模以上工业增加值同比增长7.7%，社会消费品零售总额41.2亿元，同比增长4.9%。'),
      '桐城市',
    );
    expect(outcome(g, '7.7%')).toMatchObject({ period: '2025-Q1..2025-Q3', periodFrom: 'period.carried.run' });
    expect(outcome(g, '41.2亿元')).toMatchObject({ period: '2025-Q1..2025-Q3', periodFrom: 'period.carried.run' });
    expect(outcome(g, '4.9%').period).toBe('2025-Q1..2025-Q3');
  });

  test('into the paragraphs after a report\'s lead giving two figures of its period', async () => {
    const g = await build(
      page('2026年1月6日', '某镇的2025', '2025年，镇里实现农业总产值6.4亿元，同比增长5.2%。', '特色产业提质增效。全镇新发展食用菌种植860亩，新建冷库12座。'),
      '南漳县',
    );
    expect(outcome(g, '860亩')).toMatchObject({ period: '2025', periodFrom: 'period.carried.run' });
    expect(outcome(g, '12座').period).toBe('2025');
  });

  test('not into another paragraph from a sentence that is not the lead, nor from a lead of one figure', async () => {
    const one = await build(page('2026年1月6日', '某镇的2025', '2025年，镇里新建冷库12座。', '全镇现有食用菌种植户320户。'), '南漳县');
    expect(outcome(one, '320户').period).toBeUndefined();
    const later = await build(
      page('2025年10月23日', '前三季度经济', '记者从县统计局获悉，全县经济稳中有进。', '前三季度，全县工业投资增长9.1%。', '全县共有规上企业206家。'),
      '桐城市',
    );
    expect(outcome(later, '206家').period).toBeUndefined();
  });

  test('not past a word of now, a stock (现有), a period or a target between', async () => {
    const g = await build(
      page(
        '2025年10月23日',
        '前三季度经济',
        '前三季度，全县地区生产总值达到118.6亿元，同比增长5.8%。目前，全县共有高新技术企业87家。',
        '前三季度，全县进出口总额12.4亿元，同比增长9.6%。去年，全县进出口总额15.1亿元。下一步，全县将力争出口突破10亿元。',
      ),
      '桐城市',
    );
    expect(outcome(g, '87家').period).toBeUndefined();
    expect(outcome(g, '15.1亿元').period).toBe('2024');
    expect(outcome(g, '10亿元').periodFrom).toBeUndefined();
  });

  test('not into a sentence that dates itself against another period (较上年同期增加)', async () => {
    const g = await build(page('2025年10月23日', '前三季度经济', '前三季度，全县地区生产总值达到118.6亿元，同比增长5.8%。蔬菜种植面积较上年同期增加1600亩。'), '桐城市');
    expect(outcome(g, '1600亩').period).toBeUndefined();
  });

  test('not out of a quotation into what is said about the speaker\'s firm (…。”某某说，公司已在…布局)', async () => {
    const g = await build(
      page('2025年8月14日', '出海记', '“今年上半年，我们的电动叉车销量1.2万台，同比增长35%。”南漳县某某机械有限公司总经理李建军说，公司在东南亚布局海外仓5个。'),
      '南漳县',
    );
    expect(outcome(g, '35%').period).toBe('2025-01..2025-06');
    expect(outcome(g, '5个').period).toBeUndefined();
  });

  test('a name in quotation marks does not stop it; what someone says does', async () => {
    const named = await build(page('2026年1月6日', '某镇的2025', '2025年，全镇实现农业总产值6.4亿元，同比增长5.2%。“清洁庭院”创建扎实推进，全镇共创建示范户210户。'), '南漳县');
    expect(outcome(named, '210户').period).toBe('2025');
    const said = await build(page('2026年1月6日', '某镇的2025', '2025年，全镇实现农业总产值6.4亿元，同比增长5.2%。镇长说：“我们全镇共有果园3600亩。”'), '南漳县');
    expect(outcome(said, '3600亩').period).toBeUndefined();
  });
});

describe('a village listed with its measure left out (龙口村52万元)', () => {
  test('each item measures what the first measured', async () => {
    const g = await build(page('2026年1月9日', '村集体经济', '2025年，全镇村集体经济稳步增长，其中长坪村集体经济收入达64万元，肖堰村41万元，李庙村29万元。'), '南漳县');
    expect(outcome(g, '41万元').measure).toBe('集体经济收入');
    expect(outcome(g, '29万元').measure).toBe('集体经济收入');
  });

  test('not a clause that does something to a village (改造示范村), though it ends like a place', async () => {
    const g = await build(page('2026年1月9日', '美丽乡村', '2025年，全镇新建村级文化广场12个，改造示范村9个。'), '南漳县');
    expect(outcome(g, '9个').measure).not.toBe('新建村级文化广场');
    expect(outcome(g, '9个').measure).toContain('改造');
  });

  test('not a clause with a verb of its own, nor another unit', async () => {
    const g = await build(page('2026年1月9日', '村集体经济', '长坪村集体经济收入达64万元，肖堰村完成投资41万元，李庙村新建大棚29座。'), '南漳县');
    expect(outcome(g, '41万元').measure).not.toBe('集体经济收入');
    expect(outcome(g, '29座').measure).not.toBe('集体经济收入');
  });
});

describe('该局 points back to the bureau named in the lead, in any paragraph (rel.reported.bureau-back)', () => {
  test('a work summary\'s later paragraph', async () => {
    const g = await build(
      page('2025年12月18日', '县人社局：就业服务暖民心', '今年以来，县人社局围绕稳就业目标，扎实推进各项工作。', '在技能培训方面，该局全年开展职业技能培训4200人次。'),
      '南漳县',
    );
    expect(reportedSubjects(g, '4200人次')).toEqual(['南漳县人社局']);
  });

  test('a variation: 本局 after the bureau in the same paragraph', async () => {
    const g = await build(page('2025年12月18日', '县人社局', '县人社局负责人介绍，今年本局共发放创业担保贷款1.3亿元。'), '南漳县');
    expect(reportedSubjects(g, '1.3亿元')).toEqual(['南漳县人社局']);
  });

  test('no bureau named before: no one\'s', async () => {
    const g = await build(page('2025年12月18日', '就业服务', '在技能培训方面，该局全年开展职业技能培训4200人次。'), '南漳县');
    expect(g.graph.relationships.filter((r) => r.type === 'REPORTED')).toHaveLength(0);
  });
});

describe('a word of the first or another time between a measure and its verb (营业收入首次突破)', () => {
  test('the measure is what comes before it', async () => {
    const g = await build(page('2025年11月4日', '民企风采', '2024年，某某纸业有限公司营业收入首次突破8亿元，达8.4亿元。'), '南漳县');
    expect(outcome(g, '8亿元').measure).toMatch(/营业收入$/u);
    expect(outcome(g, '8.4亿元').measure).toMatch(/营业收入$/u);
  });

  test('a variation: 再次', async () => {
    const g = await build(page('2025年11月4日', '民企风采', '去年，全县茶叶产值再次突破20亿元。'), '南漳县');
    expect(outcome(g, '20亿元').measure).toMatch(/茶叶产值$/u);
  });
});


describe('全年 alone takes the year of the report\'s lead a paragraph before (period.carried.whole-year)', () => {
  test('a bureau\'s work summary: 今年以来 in the lead, 全年 in a later paragraph', async () => {
    const g = await build(
      page('2025年12月23日', '县医保局：守好群众“看病钱”', '今年以来，县医保局坚持以人民为中心，持续深化医保改革。', '全年共检查定点医药机构214家，追回医保基金386万元。'),
      '南漳县',
    );
    expect(outcome(g, '214家')).toMatchObject({ period: '2025', periodFrom: 'period.carried.whole-year' });
    // and the run goes on in its sentence
    expect(outcome(g, '386万元').period).toBe('2025');
  });

  test('a variation: 2024年 in a January issue\'s lead', async () => {
    const g = await build(page('2025年1月14日', '县医保局', '2024年，县医保局扎实推进各项工作。', '全年共检查定点医药机构198家。'), '南漳县');
    expect(outcome(g, '198家').period).toBe('2024');
  });

  test('not past a year printed between, nor from a lead printing no year set off by a comma', async () => {
    const between = await build(page('2025年12月23日', '县医保局', '今年以来，县医保局持续深化医保改革。', '2023年，全县启动了医保支付方式改革。', '全年共检查定点医药机构214家。'), '南漳县');
    expect(outcome(between, '214家').period).toBeUndefined();
    const noYear = await build(page('2025年12月23日', '县医保局', '近年来，县医保局持续深化医保改革。', '全年共检查定点医药机构214家。'), '南漳县');
    expect(outcome(noYear, '214家').period).toBeUndefined();
  });

  test('a run does not start from a stock\'s date (截至11月底，…)', async () => {
    const g = await build(page('2025年12月23日', '市场主体', '截至11月底，全县经营主体总量达到5.1万户。受理群众投诉举报1870件。'), '南漳县');
    expect(outcome(g, '5.1万户').period).toBe('..2025-11');
    expect(outcome(g, '1870件').period).toBeUndefined();
  });
});
