// Relations of kinds noticed and left alone by earlier rounds, eighth round (qfix10): 该社 pointing back to a credit
// union or a co-op, the places a firm's buyers are in, a pilot tried in the village named after 在, a town's bare
// bodies where the gazetteer knows the town as a subdistrict, a village the gazetteer knows as a community, and where
// a person is from (某村人). Sentences written for these tests (names and figures invented; the counties, towns and
// villages are the gazetteer's).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });

describe('该社 points back to the credit union or co-op named last (rel.reported.bureau-back: 社)', () => {
  test('a credit union, in a later paragraph', async () => {
    const g = await graphIn('开化县', '本报讯 近年来，开化县农村信用合作联社持续加大涉农信贷投放力度。', '截至9月底，该社已累计发放“兴茶贷”1.8亿元。');
    expect(reportedSubjects(g, '1.8亿元')).toEqual(['开化县农村信用合作联社']);
    expect(g.graph.relationships.find((r) => r.type === 'REPORTED')?.properties.rule).toBe('rel.reported.pointed-back');
  });
  test('a co-op', async () => {
    const g = await graphIn('开化县', '本报讯 华埠镇金溪果蔬专业合作社成立于2016年。去年，该社实现销售收入860万元。');
    expect(reportedSubjects(g, '860万元')).toEqual(['华埠镇金溪果蔬专业合作社']);
  });
  test('该社区 is a community, not the co-op', async () => {
    const g = await graphIn('开化县', '本报讯 华埠镇金溪果蔬专业合作社成立于2016年。该社区今年新增就业岗位120个。');
    // (the co-op may still be carried as the text's subject — as before this rule —, but 该社区 does not point to it)
    expect(g.graph.relationships.filter((r) => r.type === 'REPORTED' && r.properties.rule === 'rel.reported.pointed-back')).toEqual([]);
  });
});

describe('the places a firm supplies are where its buyers are, not whose figure it is (subject.not.market-place)', () => {
  test.each([
    ['本报讯 开化县天源茶业有限公司创办于2012年，产品供应浙江、江西、福建等地600多家合作社。', '600多家'],
    ['本报讯 开化县天源茶业有限公司今年扩大生产，产品销往江苏、安徽等地的超市达200家。', '200家'],
  ])('%s', async (text, figure) => {
    const g = await graphIn('开化县', text);
    expect(reportedSubjects(g, figure)).toEqual(['开化县天源茶业有限公司']);
  });
  test('nor the text’s topic for a later clause’s organiser', async () => {
    const g = await graphIn('开化县', '本报讯 开化县天源茶业有限公司的产品销往江苏、安徽等地。今年，还推出了“茶园管家上门”服务，为茶农提供技术指导。');
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED 江苏省') || f.startsWith('ORGANIZED 安徽省'))).toEqual([]);
  });
  test('a province heading its own clause keeps its figure', async () => {
    const g = await graphIn('开化县', '本报讯 开化县天源茶业有限公司今年扩大生产，江西全省新增合作社600多家。');
    expect(reportedSubjects(g, '600多家')).not.toContain('开化县天源茶业有限公司');
  });
});

describe('a pilot begun in the village named after 在 is tried there (rel.piloted-in.carries-out.venue)', () => {
  test('a town carrying it out, the village after 在', async () => {
    const g = await graphIn('开化县', '本报讯 今年以来，齐溪镇在左溪村率先开展“共富果园”试点，带动村民增收。');
    expect(g.facts).toContain('PILOTED_IN 共富果园 → 左溪村');
    expect(g.facts).not.toContain('PILOTED_IN 共富果园 → 齐溪镇');
  });
  test('a bureau running it, a chain after 在: the village', async () => {
    const g = await graphIn('开化县', '本报讯 县农业农村局在齐溪镇大龙村率先开展“数字茶园”试点。');
    expect(g.facts).toContain('PILOTED_IN 数字茶园 → 大龙村');
  });
  test('no place after 在: the town carrying it out', async () => {
    const g = await graphIn('开化县', '本报讯 今年以来，齐溪镇率先开展“共富果园”试点，带动村民增收。');
    expect(g.facts).toContain('PILOTED_IN 共富果园 → 齐溪镇');
  });
});

describe('a town printed where the gazetteer has a subdistrict: its bare bodies, by the printed name (place.in-view.printed-level)', () => {
  test('镇党委 after 妙高镇 (the gazetteer’s 妙高街道)', async () => {
    const g = await graphIn('遂昌县', '本报讯 近年来，妙高镇大力发展茶产业。镇党委书记周文斌介绍，全镇茶园面积达到1.2万亩。');
    expect(g.facts).toContain('WORKS_FOR 周文斌 → 妙高镇党委');
    expect(g.facts).toContain('LOCATED_IN 妙高镇党委 → 妙高街道');
  });
  test('镇政府 after 龙渊镇 (the gazetteer’s 龙渊街道)', async () => {
    const g = await graphIn('龙泉市', '本报讯 龙渊镇地处城郊。今年，镇政府投入资金300万元整治村庄环境。');
    expect(g.facts).toContain('LOCATED_IN 龙渊镇政府 → 龙渊街道');
  });
  test('a town the gazetteer knows as a town is unchanged', async () => {
    const g = await graphIn('遂昌县', '本报讯 近年来，石练镇大力发展茶产业。镇党委书记吴明辉介绍，全镇茶园面积达到8000亩。');
    expect(g.facts).toContain('WORKS_FOR 吴明辉 → 石练镇党委');
  });
});

describe('a village printed where the gazetteer has a community keeps its printed name (place.renamed-level.printed-name)', () => {
  test('叶坦村 under 妙高街道', async () => {
    const g = await graphIn('遂昌县', '本报讯 今年，妙高街道叶坦村建成了村级文化礼堂。');
    expect(g.node('叶坦村')?.properties.kind).toBe('Village');
    expect(g.node('叶坦村')?.properties.code).toBe('331123001007');
    expect(g.node('叶坦社区')).toBeUndefined();
    expect(g.facts).toContain('PART_OF 叶坦村 → 妙高街道');
  });
});

describe('one who is of a village: 某村人 (rel.located-in.native)', () => {
  test.each([
    ['本报讯 土生土长的齐溪镇左溪村人汪海青大学毕业后回到家乡。', 'LOCATED_IN 汪海青 → 左溪村'],
    ['本报讯 大龙村人余建华也加入了合作社。', 'LOCATED_IN 余建华 → 大龙村'],
    ['本报讯 同村的周文兵是土生土长的左溪村人，他说，家乡变化很大。', 'LOCATED_IN 周文兵 → 左溪村'],
  ])('%s', async (text, fact) => {
    const g = await graphIn('开化县', text);
    expect(g.facts).toContain(fact);
  });
  test('全村人 and a person after it are no native of the village in view', async () => {
    const g = await graphIn('开化县', '本报讯 在左溪村，全村人都知道汪海青。');
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 汪海青'))).toEqual([]);
  });
});
