// A subtitle restating a figure of the body is one fact with it (outcome.headline-copy.subtitle), segm10. Pages
// written for these tests (names and figures invented; the counties are the gazetteer's).
import { graphOfPage } from '../../helpers/page-graph.js';

const outcomes = (g: Awaited<ReturnType<typeof graphOfPage>>): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === 'Outcome').map((n) => String(n.properties.name)).sort();
const HEAD = '2026年11月20日 星期五 第2版 经济\n\n';

describe('a subtitle\'s figure restating one figure of the body (outcome.headline-copy.subtitle)', () => {
  test('one Outcome node for the total the subtitle repeats', async () => {
    const g = await graphOfPage(`${HEAD}麻柳镇冬桃喜获丰收\n——全镇冬桃总产量达1.8万吨\n\n■记者 付青禾\n\n本报讯 11月17日，记者从麻柳镇获悉，\n今年全镇种植冬桃2.6万亩，冬桃总产量\n达1.8万吨，实现产值2.3亿元。\n`, { homeCity: '紫阳县' });
    expect(outcomes(g).filter((o) => o.endsWith('1.8万吨'))).toHaveLength(1);
  });

  test('worded otherwise in the subtitle (产量 over 总产量), still one', async () => {
    const g = await graphOfPage(`${HEAD}高桥镇蜂蜜产业甜了农家\n——全镇蜂蜜年产量达300吨\n\n■记者 贺远舟\n\n本报讯 11月15日，记者在高桥镇采访时\n了解到，全镇养蜂户发展到420户，今年\n蜂蜜总产量达300吨，户均增收1.2万元。\n`, { homeCity: '紫阳县' });
    expect(outcomes(g).filter((o) => o.endsWith('300吨'))).toHaveLength(1);
  });

  test('a figure the body prints twice, or not at all, stays the subtitle\'s own', async () => {
    const g = await graphOfPage(`${HEAD}麻柳镇冬桃喜获丰收\n——全镇新增冬桃种植面积500亩\n\n■记者 付青禾\n\n本报讯 11月17日，记者从麻柳镇获悉，\n今年全镇种植冬桃2.6万亩，新建冷库\n500立方米，新发展家庭农场500家。\n`, { homeCity: '紫阳县' });
    expect(outcomes(g).filter((o) => o.endsWith('500亩'))).toHaveLength(1);
    expect(outcomes(g).some((o) => o.endsWith('500家'))).toBe(true);
  });
});
