// 全地区, a prefecture's word as 全州 is an autonomous prefecture's (qfix3): jieba cuts it 全|地区, and it was read as
// nothing, leaving the figures after it with no one's name (and 地区 in their measure). Sentences written for these
// tests (figures invented; real prefectures as home cities or in view).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string | undefined, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), homeCity ? { homeCity } : {});

function measureOf(g: Awaited<ReturnType<typeof graphIn>>, figure: string): unknown {
  return g.graph.nodes.find((n) => n.labels[0] === 'Outcome' && n.properties.text === figure)?.properties.measure;
}

describe('全地区 is the prefecture (place.ref.home-city at the prefecture level)', () => {
  test("on a prefecture's paper", async () => {
    const g = await graphIn('和田地区', '本报讯 今年，全地区红枣种植面积达到86万亩。');
    expect(reportedSubjects(g, '86万亩')).toEqual(['和田地区']);
    expect(measureOf(g, '86万亩')).toBe('红枣种植面积');
  });
  test("on a county's paper of the prefecture: the prefecture, not the county", async () => {
    const g = await graphIn('墨玉县', '本报讯 今年，全地区红枣种植面积达到86万亩，全县达到12万亩。');
    expect(reportedSubjects(g, '86万亩')).toEqual(['和田地区']);
    expect(reportedSubjects(g, '12万亩')).toEqual(['墨玉县']);
  });
  test('with 的 after it, the prefecture in view on a page of no home', async () => {
    const g = await graphIn(undefined, '本报讯 和田地区今年推广节水灌溉。', '全地区的核桃产量增长了8%。');
    expect(reportedSubjects(g, '8%')).toEqual(['和田地区']);
  });
  test('全州 still the autonomous prefecture', async () => {
    const g = await graphIn('凉山彝族自治州', '本报讯 今年，全州苦荞种植面积达到52万亩。');
    expect(reportedSubjects(g, '52万亩')).toEqual(['凉山彝族自治州']);
  });
  test('完全|地区 (another word before 地区) is no area word', async () => {
    const g = await graphIn('和田地区', '本报讯 这些村完全地区分了种植和养殖，去年户均增收3200元。');
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Place').map((n) => n.properties.name)).not.toContain('全地区');
  });
});
