// Figures on local papers' pages and the periods they hold for, written for this round (qout10): a county paper's
// economy report, towns listed after 其中, a report's lead sentence, 同期, 全市 on a county's paper, a notice's
// fees. Pages written for these tests (firms, towns' figures and people invented; real
// counties as home cities so that their towns are known).
import { graphOfPage, reportedSubjects, type PageGraph } from '../../helpers/page-graph.js';
import { resolvePeriod } from '../../../src/resolve/periods.js';

/** A page of one piece under a running head with the issue's date. */
const page = (date: string, title: string, ...paragraphs: string[]): string => `${date} 星期二 第2版 要闻\n\n${title}\n\n${paragraphs.map((p) => `　　${p}`).join('\n')}\n`;

const build = (text: string, homeCity = '寻乌县'): Promise<PageGraph> => graphOfPage(text, { homeCity });

/** The Outcome node printed as `figure`: its period and the rule that carried it. */
function periodOf(g: PageGraph, figure: string): { period?: unknown; periodFrom?: unknown } {
  const n = g.graph.nodes.find((x) => x.labels[0] === 'Outcome' && x.properties.text === figure);
  expect(n).toBeDefined();
  return { period: n!.properties.period, periodFrom: n!.properties.periodFrom };
}

describe('a period printed once for the items of a sentence joined by ；(period.carried.semicolon)', () => {
  const report = page(
    '2025年8月5日',
    '上半年我县经济运行平稳',
    '本报讯（记者 赖文斌）上半年，全县实现地区生产总值61.8亿元，同比增长5.6%；固定资产投资完成23.7亿元，同比增长4.1%；社会消费品零售总额达19.2亿元。',
  );

  test.each([
    ['the second item\'s figure', '23.7亿元'],
    ['its growth rate', '4.1%'],
    ['the third item', '19.2亿元'],
  ])('%s', async (_case, figure) => {
    expect(periodOf(await build(report), figure)).toEqual({ period: '2025-01..2025-06', periodFrom: 'period.carried.semicolon' });
  });

  test('the first item keeps its own period, printed with it (no periodFrom)', async () => {
    expect(periodOf(await build(report), '61.8亿元')).toEqual({ period: '2025-01..2025-06', periodFrom: undefined });
  });

  test('not past a word of now in the item (；目前，全县共有…)', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，全县实现地区生产总值61.8亿元；目前，全县共有规上工业企业97家。'));
    expect(periodOf(g, '97家')).toEqual({ period: undefined, periodFrom: undefined });
  });

  test('not to a target in the item (；力争全年增长6.5%)', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，全县实现地区生产总值61.8亿元；下半年将力争全年增长6.5%以上。'));
    expect(periodOf(g, '6.5%以上').periodFrom).toBeUndefined();
  });

  test('an item printing its own period keeps it', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，全县实现地区生产总值61.8亿元；2024年全年，全县地区生产总值达118.3亿元。'));
    expect(periodOf(g, '118.3亿元')).toEqual({ period: '2024', periodFrom: undefined });
  });
});

describe('a sentence opening with 其中 breaks down the figure before it: its period (period.carried.among)', () => {
  test('towns listed after a county\'s figure of 1—7月', async () => {
    const g = await build(page('2025年8月5日', '招商引资', '今年1—7月，全县共签约项目19个，签约金额47.6亿元。其中，澄江镇签约项目5个，签约金额13.2亿元；吉潭镇签约项目4个。'));
    expect(periodOf(g, '5个')).toEqual({ period: '2025-01..2025-07', periodFrom: 'period.carried.among' });
    expect(periodOf(g, '13.2亿元').period).toBe('2025-01..2025-07');
    expect(periodOf(g, '4个').period).toBe('2025-01..2025-07');
    expect(reportedSubjects(g, '13.2亿元')).toEqual(['澄江镇']);
  });

  test('not from a figure of another paragraph', async () => {
    const g = await build(page('2025年8月5日', '招商引资', '今年1—7月，全县共签约项目19个。', '其中，澄江镇有规上企业26家。'));
    expect(periodOf(g, '26家').period).toBeUndefined();
  });

  test('a 其中 sentence printing its own period keeps it', async () => {
    const g = await build(page('2025年8月5日', '招商引资', '今年1—7月，全县共签约项目19个。其中，澄江镇去年签约项目7个。'));
    expect(periodOf(g, '7个')).toEqual({ period: '2024', periodFrom: undefined });
  });
});

describe('同期: the period of the figure before it (period.carried.same-period)', () => {
  test('同期 opening the sentence after a county\'s figure', async () => {
    const g = await build(page('2025年4月18日', '一季度工业', '一季度，全县规上工业增加值增长8.4%。同期，全省规上工业增加值增长6.2%。'));
    expect(periodOf(g, '6.2%')).toEqual({ period: '2025-Q1', periodFrom: 'period.carried.same-period' });
  });

  test('同期 before the verb of another county\'s figure', async () => {
    const g = await build(page('2025年9月16日', '脐橙出口', '今年1—8月，全县脐橙出口量达3.9万吨。相邻的安远县同期出口脐橙2.1万吨。'));
    expect(periodOf(g, '2.1万吨').period).toBe('2025-01..2025-08');
    expect(reportedSubjects(g, '2.1万吨')).toEqual(['安远县']);
  });

  test('not 去年同期, the base of a comparison', async () => {
    const g = await build(page('2025年9月16日', '脐橙出口', '今年1—8月，全县脐橙出口量达3.9万吨。种植面积较去年同期增加2000亩。'));
    expect(periodOf(g, '2000亩').period).toBeUndefined();
  });
});

describe('a report\'s lead sentence printing its period (period.carried.report-lead)', () => {
  test('县发改局通报前三季度…情况。 then the figures', async () => {
    const g = await build(page('2025年10月28日', '重点项目', '县发改局近日通报前三季度重点项目推进情况。全县重点项目完成投资41.2亿元，完成年度计划的79.5%。其中，澄江镇完成投资8.3亿元。'));
    expect(periodOf(g, '41.2亿元')).toEqual({ period: '2025-Q1..2025-Q3', periodFrom: 'period.carried.report-lead' });
    expect(periodOf(g, '79.5%').period).toBe('2025-Q1..2025-Q3');
    expect(periodOf(g, '8.3亿元')).toEqual({ period: '2025-Q1..2025-Q3', periodFrom: 'period.carried.among' });
  });

  test('not from a sentence that tells of no report', async () => {
    const g = await build(page('2025年10月28日', '重点项目', '前三季度，县里召开了项目推进会。全县重点项目完成投资41.2亿元。'));
    expect(periodOf(g, '41.2亿元').period).toBeUndefined();
  });

  test('not past the sentence right after the lead', async () => {
    const g = await build(page('2025年10月28日', '重点项目', '县发改局近日通报前三季度重点项目推进情况。全县重点项目完成投资41.2亿元。全县共有在建项目63个。'));
    expect(periodOf(g, '63个').period).toBeUndefined();
  });
});

describe('periods of a five-year plan', () => {
  test.each([
    ['“十四五”以来', '2025-07-22', '2021-01..2025-07', 'period.five-year-plan-since'],
    ['十三五以来', '2019-03-02', '2016-01..2019-03', 'period.five-year-plan-since'],
    ['“十四五”期间', '2025-07-22', '2021..2025', 'period.five-year-plan'],
  ])('%s in the issue of %s → %s', (printed, issue, value, rule) => {
    expect(resolvePeriod(printed, issue)).toEqual({ value, rule });
  });

  test('近三年 is kept as printed, no one period', () => {
    expect(resolvePeriod('近三年', '2025-04-18')).toBeUndefined();
  });

  test('a figure after “十四五”以来 on a page', async () => {
    const g = await build(page('2025年7月22日', '脐橙产业', '“十四五”以来，全县累计投入产业发展资金2.7亿元。'));
    expect(periodOf(g, '2.7亿元').period).toBe('2021-01..2025-07');
  });
});

describe('全市 on a county\'s paper is the city the county belongs to', () => {
  test('a county paper\'s 全市: the prefecture (寻乌县 → 赣州市), not the county', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，全县地区生产总值同比增长5.9%。同期，全市地区生产总值同比增长5.1%。'));
    expect(reportedSubjects(g, '5.1%')).toEqual(['赣州市']);
    expect(reportedSubjects(g, '5.9%')).toEqual(['寻乌县']);
  });

  test('我市 on a county\'s paper stays the paper\'s own place', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，我市规上工业增加值同比增长7.4%。'));
    expect(reportedSubjects(g, '7.4%')).toEqual(['寻乌县']);
  });

  test('a city paper\'s 全市 stays the city (平湖市)', async () => {
    const g = await build(page('2025年8月5日', '经济运行', '上半年，全市地区生产总值同比增长5.1%。'), '平湖市');
    expect(reportedSubjects(g, '5.1%')).toEqual(['平湖市']);
  });
});

describe('a notice\'s figures are no one\'s (subject.notice)', () => {
  const body = '为办好第二届脐橙采摘节，现面向社会招募参展商。标准展位每个1800元，特装展位每平方米260元。联系电话：0797-2831456。';

  test.each([['1800元'], ['260元']])('%s under a title ending in 公告', async (figure) => {
    expect(reportedSubjects(await build(page('2025年8月5日', '寻乌县第二届脐橙采摘节展位招商公告', body)), figure)).toEqual([]);
  });

  test('the same figures under a news title are read as before (someone\'s)', async () => {
    expect((await build(page('2025年8月5日', '脐橙采摘节筹备工作启动', body))).graph.relationships.some((r) => r.type === 'REPORTED')).toBe(true);
  });
});
