// 分别 after names printed under the place they lie in (qfix3): 某镇甲村和乙村分别…N和M gives each figure the name in
// its place (rel.reported.respectively), the town printed before the first being where they lie, not a third name.
// Sentences written for these tests (villages and figures invented; a real county as the home city).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });

describe('分别 after two villages printed under their town', () => {
  test.each([
    ['和, cold stores', '本报讯 今年，妙高镇黄沙村和金岸村分别新建冷库3座和2座。', ['3座', '2座'], ['黄沙村', '金岸村']],
    ["和, the villages' collective income", '本报讯 去年，妙高镇长濂村和红星村分别实现村集体经济收入30万元和26万元。', ['30万元', '26万元'], ['长濂村', '红星村']],
    ['、 and three villages', '本报讯 今年，妙高镇黄沙村、金岸村、长濂村分别新建冷库3座、2座、4座。', ['3座', '2座', '4座'], ['黄沙村', '金岸村', '长濂村']],
  ])('%s', async (_case, text, figures, villages) => {
    const g = await graphIn('遂昌县', text);
    figures.forEach((f, k) => expect(reportedSubjects(g, f)).toEqual([villages[k]]));
  });

  test('names without their town still go in order', async () => {
    const g = await graphIn('遂昌县', '本报讯 去年，长濂村和红星村分别实现旅游收入30万元和26万元。');
    expect(reportedSubjects(g, '30万元')).toEqual(['长濂村']);
    expect(reportedSubjects(g, '26万元')).toEqual(['红星村']);
  });

  test('counts that do not match the names: no giving in order', async () => {
    const g = await graphIn('遂昌县', '本报讯 今年，妙高镇黄沙村和金岸村分别新建冷库3座。');
    expect(reportedSubjects(g, '3座')).not.toEqual(['金岸村']);
  });
});
