// Periods left open on local papers' pages, written for this round (qfix3): 全年 after a sentence that prints the
// year (period.carried.whole-year) and a year's end (截至去年底, 2024年末: period.up-to-year-end). Pages written for
// these tests (figures and firms invented; real counties as home cities so that their towns are known).
import { graphOfPage, type PageGraph } from '../../helpers/page-graph.js';
import { resolvePeriod } from '../../../src/resolve/periods.js';

const page = (date: string, title: string, ...paragraphs: string[]): string => `${date} 星期二 第2版 要闻\n\n${title}\n\n${paragraphs.map((p) => `　　${p}`).join('\n')}\n`;

const build = (text: string, homeCity = '武宣县'): Promise<PageGraph> => graphOfPage(text, { homeCity });

function periodOf(g: PageGraph, figure: string): { period?: unknown; periodFrom?: unknown } {
  const n = g.graph.nodes.find((x) => x.labels[0] === 'Outcome' && x.properties.text === figure);
  expect(n).toBeDefined();
  return { period: n!.properties.period, periodFrom: n!.properties.periodFrom };
}

describe('全年 after a sentence that prints the year (period.carried.whole-year)', () => {
  test('2024年，… 。全年实现… → 2024', async () => {
    const g = await build(page('2025年3月11日', '特色农业稳步发展', '2024年，全县新建蔗田水利设施1.6万亩。全年实现农业总产值27.4亿元，同比增长5.3%。'));
    expect(periodOf(g, '27.4亿元')).toEqual({ period: '2024', periodFrom: 'period.carried.whole-year' });
    expect(periodOf(g, '5.3%').period).toBe('2024');
  });

  test('the year of 去年上半年 counted from the issue, a 全年 figure between going on in it', async () => {
    const g = await build(page('2025年2月20日', '旅游', '去年上半年，全县接待游客86万人次。全年接待游客210万人次，全年旅游收入达到19.8亿元。'));
    expect(periodOf(g, '210万人次').period).toBe('2024');
    expect(periodOf(g, '19.8亿元').period).toBe('2024');
  });

  test('not from the year of an event (2019年成立)', async () => {
    const g = await build(page('2025年3月11日', '企业', '这家公司2019年成立，主要生产竹木家具。全年实现产值6800万元。'));
    expect(periodOf(g, '6800万元').period).toBeUndefined();
  });

  test('not from a year inside a clause, which dates its event (2022年改制)', async () => {
    const g = await build(page('2025年3月11日', '企业', '这家果业公司前身为乡农机站，2022年改制。全年销售苹果3600吨。'));
    expect(periodOf(g, '3600吨').period).toBeUndefined();
  });

  test('not from a comparison\'s base (与去年同期相比)', async () => {
    const g = await build(page('2025年3月11日', '外贸', '与去年同期相比，全县外贸形势好转。全年完成进出口总额3.2亿元。'));
    expect(periodOf(g, '3.2亿元').period).toBeUndefined();
  });

  test('not from another paragraph', async () => {
    const g = await build(page('2025年3月11日', '农业', '2024年，全县新建蔗田水利设施1.6万亩。', '全年实现农业总产值27.4亿元。'));
    expect(periodOf(g, '27.4亿元').period).toBeUndefined();
  });
});

describe('a year\'s end (period.up-to-year-end)', () => {
  test.each([
    ['截至去年底', '2025-03-12', '..2024-12'],
    ['截至2024年底', undefined, '..2024-12'],
    ['2024年末', undefined, '..2024-12'],
    ['去年年底', '2025-01-20', '..2024-12'],
  ])('%s (issue %s) → %s', (printed, issue, value) => {
    expect(resolvePeriod(printed, issue)?.value).toBe(value);
  });

  test('no year, no period (截至年底 in a page with no date)', () => {
    expect(resolvePeriod('截至年底', undefined)).toBeUndefined();
  });

  test('on a page: 截至去年底 is printed whole, not 截至去年', async () => {
    const g = await build(page('2025年3月12日', '食用菌', '截至去年底，全县累计发展食用菌大棚1350座，带动农户增收4200万元。'));
    expect(periodOf(g, '1350座').period).toBe('..2024-12');
    expect(periodOf(g, '4200万元').period).toBe('..2024-12');
  });
});
