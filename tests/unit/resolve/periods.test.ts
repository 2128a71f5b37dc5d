// Issue 15: a figure's period as printed, read against the date of the issue that printed it.
import { resolvePeriod } from '../../../src/resolve/periods.js';
import { graphOfPage } from '../../helpers/page-graph.js';

describe('resolvePeriod: printed periods against the date of issue', () => {
  test.each([
    // printed, issue, value, rule
    ['今年', '2024-05-20', '2024', 'period.whole-year'],
    ['去年', '2024-05-20', '2023', 'period.whole-year'],
    ['前年', '2024-05-20', '2022', 'period.whole-year'],
    ['明年', '2024-05-20', '2025', 'period.whole-year'],
    ['2021年度', '2024-05-20', '2021', 'period.whole-year'],
    ['今年全年', '2024-12-30', '2024', 'period.whole-year'],
    ['今年', '2019', '2019', 'period.whole-year'],
    ['今年上半年', '2024-08-02', '2024-01..2024-06', 'period.first-half'],
    ['去年下半年', '2024-03-02', '2023-07..2023-12', 'period.second-half'],
    ['今年前三季度', '2024-10-25', '2024-Q1..2024-Q3', 'period.first-quarters'],
    ['前两个季度', '2024-07-25', '2024-Q1..2024-Q2', 'period.first-quarters'],
    ['一季度', '2024-04-18', '2024-Q1', 'period.quarter'],
    ['2023年第四季度', '2024-04-18', '2023-Q4', 'period.quarter'],
    ['今年1至9月', '2024-10-25', '2024-01..2024-09', 'period.month-range'],
    ['1-11月', '2024-12-20', '2024-01..2024-11', 'period.month-range'],
    ['一至五月份', '2024-06-20', '2024-01..2024-05', 'period.month-range'],
    ['2022年3至8月', '2024-06-20', '2022-03..2022-08', 'period.month-range'],
    ['今年10月', '2024-11-03', '2024-10', 'period.month'],
    ['十一月份', '2024-12-03', '2024-11', 'period.month'],
    ['截至10月底', '2024-11-03', '..2024-10', 'period.up-to-month-end'],
    ['截至2023年12月底', '2024-02-03', '..2023-12', 'period.up-to-month-end'],
    ['今年以来', '2024-05-20', '2024-01..2024-05', 'period.since-new-year'],
    ['2021年以来', '2024-05-20', '2021-01..2024-05', 'period.since-new-year'],
    ['截至目前', '2024-05-20', '..2024-05-20', 'period.up-to-issue'],
    ['至今', '2024-05-20', '..2024-05-20', 'period.up-to-issue'],
  ])('%s in the issue of %s → %s', (printed, issue, value, rule) => {
    expect(resolvePeriod(printed, issue)).toEqual({ value, rule });
  });

  test.each([
    // Printed without a year and ending after the month of issue, a reported period is the year before's.
    ['1至11月', '2024-01-12', '2023-01..2023-11'],
    ['四季度', '2024-02-01', '2023-Q4'],
    ['下半年', '2024-03-05', '2023-07..2023-12'],
    ['12月份', '2024-01-08', '2023-12'],
  ])('%s in the issue of %s is last year’s: %s', (printed, issue, value) => {
    expect(resolvePeriod(printed, issue)?.value).toBe(value);
    expect(resolvePeriod(printed, issue)?.rule).toMatch(/\+year-before$/);
  });

  test.each([
    ['每年', '2024-05-20'], // every year: no one period
    ['近年来', '2024-05-20'],
    ['近5年', '2024-05-20'],
    ['全年', '2024-01-20'], // 全年 alone in January may be last year's
    ['今年', undefined], // no date of issue
    ['今年以来', '2024'], // runs to the month of issue, which is not known
    ['13月', '2024-05-20'],
    ['9至3月', '2024-05-20'],
    ['五季度', '2024-05-20'],
  ])('%s in the issue of %s gives no period', (printed, issue) => {
    expect(resolvePeriod(printed, issue)).toBeUndefined();
  });
});

describe('outcomes carry their period and the date of the issue that reported them', () => {
  const page = (body: string): string => `本报讯（记者 吴晓川）${body}\n`;

  test('a period in the sentence is read against the issue date; the figure keeps it as printed', async () => {
    const { graph } = await graphOfPage(page('今年前三季度，桐乡华森纺织有限公司实现产值3.2亿元。截至9月底，该公司累计申请专利42项。'), { homeCity: '桐乡市', date: '2023-10-16' });
    const outcomes = graph.nodes.filter((n) => n.labels[0] === 'Outcome');
    const output = outcomes.find((n) => n.properties.measure === '产值')!;
    expect(output.properties).toMatchObject({ value: 320_000_000, period: '2023-Q1..2023-Q3', periodText: '今年前三季度', reportedOn: '2023-10-16' });
    const patents = outcomes.find((n) => String(n.properties.measure).includes('专利'))!;
    expect(patents.properties).toMatchObject({ period: '..2023-09', periodText: '截至9月底', reportedOn: '2023-10-16' });
  });

  test('a comparison (比去年) is not the figure’s period; a figure with none still carries its issue date', async () => {
    const { graph } = await graphOfPage(page('桐乡华森纺织有限公司员工达到860人，比去年增加120人。'), { homeCity: '桐乡市', date: '2023-06-02' });
    const outcomes = graph.nodes.filter((n) => n.labels[0] === 'Outcome');
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes) {
      expect(o.properties.period).toBeUndefined();
      expect(o.properties.reportedOn).toBe('2023-06-02');
    }
  });

  test('the same printed words in two issues are two periods, and two figures', async () => {
    const { graph } = await graphOfPage(
      `2022年3月7日 星期一 第2版 综合\n${page('今年，桐乡华森纺织有限公司实现产值3亿元。')}\f2023年3月6日 星期一 第2版 综合\n${page('据介绍，今年桐乡华森纺织有限公司实现产值3亿元。')}`,
      { homeCity: '桐乡市' },
    );
    const outcomes = graph.nodes.filter((n) => n.labels[0] === 'Outcome' && n.properties.measure === '产值');
    expect(outcomes.map((o) => [o.properties.period, o.properties.reportedOn]).sort()).toEqual([
      ['2022', '2022-03-07'],
      ['2023', '2023-03-06'],
    ]);
  });
});
