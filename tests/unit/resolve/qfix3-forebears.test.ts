// A firm and the body it came from printed in one run (qfix3): 某公司脱胎于原某厂 is two organisations, not one
// (org.not.origin-link), joined by SPUN_OFF_FROM with 原 between the word and the forebear (rel.spun-off-from.split),
// and the clauses after the forebear go on about the firm, not the forebear. Sentences written for these tests
// (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });
const orgNames = (g: Awaited<ReturnType<typeof graphIn>>): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === 'Organization').map((n) => String(n.properties.name)).sort();

describe('a firm and its forebear printed in one run are two organisations (org.not.origin-link)', () => {
  test.each([
    ['脱胎于原, names of trade and a plant', '本报讯 云岭乳业公司脱胎于原红旗乳品厂，现有员工210人。', ['红旗乳品厂', '云岭乳业公司'], 'SPUN_OFF_FROM 云岭乳业公司 → 红旗乳品厂'],
    ['脱胎于原 with the county in the forebear', '本报讯 丰禾面业公司脱胎于原遂昌县国营粮食加工厂，去年产值达到6000万元。', ['丰禾面业公司', '遂昌县国营粮食加工厂'], 'SPUN_OFF_FROM 丰禾面业公司 → 遂昌县国营粮食加工厂'],
    ['前身为', '本报讯 青溪农机有限公司前身为县农机修造厂，去年销售农机具1200台。', ['农机修造厂', '青溪农机有限公司'], 'SPUN_OFF_FROM 青溪农机有限公司 → 县农机修造厂'],
  ])('%s', async (_case, text, names, fact) => {
    const g = await graphIn('遂昌县', text);
    for (const n of names) expect(orgNames(g).some((x) => x.endsWith(n))).toBe(true);
    expect(orgNames(g).some((x) => /脱胎|前身/u.test(x))).toBe(false);
    expect(g.facts).toContain(fact);
  });

  test('a forebear that is no body: the firm alone, no SPUN_OFF_FROM', async () => {
    const g = await graphIn('遂昌县', '本报讯 云岭乳业公司脱胎于一家手工作坊，现有员工210人。');
    expect(orgNames(g)).toEqual(['云岭乳业公司']);
    expect(g.facts.filter((f) => f.startsWith('SPUN_OFF_FROM'))).toEqual([]);
  });
});

describe("the clauses after a forebear are the firm's", () => {
  test.each([
    ['脱胎于原, the figure in the next clause', '本报讯 云岭乳业公司脱胎于原红旗乳品厂，现有员工210人。', '210人', ['云岭乳业公司']],
    ['从原 … 分离出来', '本报讯 金穗面业有限公司从原县粮油加工厂分离出来，去年产值达到6000万元。', '6000万元', ['金穗面业有限公司']],
  ])('%s', async (_case, text, figure, subjects) => {
    expect(reportedSubjects(await graphIn('遂昌县', text), figure)).toEqual(subjects);
  });

  test("a plant's own figure in its own sentence stays the plant's", async () => {
    const g = await graphIn('遂昌县', '本报讯 云岭乳业公司脱胎于原红旗乳品厂。红旗乳品厂当年有职工800人。');
    expect(reportedSubjects(g, '800人')).toEqual(['红旗乳品厂']);
  });
});
