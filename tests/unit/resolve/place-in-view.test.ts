// The place in view: area words (全市, 全区) and bodies named by their level (县农业农村局, 镇政府, 村委会,
// 高新区党工委) are the place of that level the article named last — when it named one, and only one, there; where
// people and things are (村民李某, 镇里的某园, 在某镇，一座某园). Sentences written for these tests; the page's home
// city is 平湖市 unless a test says otherwise.
import { loadGazetteer } from '../../../src/gazetteer/index.js';
import { zoneOf } from '../../../src/resolve/place-in-view.js';
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] => g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('bodies named by their level', () => {
  test.each([
    ['a county\'s bureau', '湖北秭归县', '县农业农村局负责人介绍，脐橙种植面积扩大了。', '秭归县农业农村局', '秭归县'],
    ['a town\'s government', '宜昌市秭归县屈原镇', '镇政府组织农户学习技术。', '屈原镇政府', '屈原镇'],
    ['a zone\'s party working committee', '湖北宜昌高新区', '高新区党工委书记介绍了入驻企业的情况。', '宜昌高新区党工委', '宜昌高新区'],
  ])('%s', async (_case, where, sentence, body, place) => {
    const g = await graphOfPage(page('产业发展', `在${where}，产业发展势头良好。${sentence}`));
    expect(names(g, 'Organization')).toContain(body);
    expect(g.facts).toContain(`LOCATED_IN ${body} → ${place}`);
  });

  test('two counties named together: 县农业农村局 could be either, and is tied to neither', async () => {
    const g = await graphOfPage(page('产业协作', '秭归县和兴山县签订协议。县农业农村局负责人介绍了合作的内容。'));
    expect(names(g, 'Organization').filter((n) => /^(?:秭归县|兴山县)农业农村局$/.test(n))).toEqual([]);
    expect(g.facts.filter((f) => f.includes('农业农村局 → '))).toEqual([]);
  });
});

describe('bare bodies', () => {
  test('a body printed right after a zone is that zone\'s; 管委会 on its own is the zone in view\'s', async () => {
    const g = await graphOfPage(page('园区发展', '“我们会继续努力。”宜昌高新区党工委委员、管委会副主任郑凯文说。'));
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 宜昌高新区党工委 → 宜昌高新区', 'LOCATED_IN 宜昌高新区管委会 → 宜昌高新区', 'WORKS_FOR 郑凯文 → 宜昌高新区管委会']));
  });

  test('a zone named by its city opening a body\'s name is a place of the article, and the zone in view after it', async () => {
    const g = await graphOfPage(page('招商引资', '“招商形势很好。”绍兴高新区党工委委员、管委会副主任孙立平说。'));
    expect(g.facts).toEqual(
      expect.arrayContaining(['LOCATED_IN 绍兴高新区党工委 → 绍兴高新区', 'PART_OF 绍兴高新区 → 绍兴市', 'LOCATED_IN 绍兴高新区管委会 → 绍兴高新区', 'WORKS_FOR 孙立平 → 绍兴高新区管委会']),
    );
  });

  test('with no zone in view, 管委会 is tied to none', async () => {
    const g = await graphOfPage(page('园区发展', '管委会副主任郑凯文说，今年招商顺利。'));
    expect(names(g, 'Organization')).toEqual(['管委会']);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 管委会'))).toEqual([]);
  });

  test('a zone\'s ending printed after its city names that city\'s zone, keyed as the recognizer keys it', () => {
    const zone = zoneOf(loadGazetteer(), { key: 'place:370900', label: 'Place', kind: 'City', name: '泰安市', props: {} }, '高新区');
    expect(zone).toMatchObject({ key: 'place:zone:370900:hitech', name: '泰安高新区', kind: 'DevelopmentZone', props: { parentKey: 'place:370900' } });
    expect(zoneOf(loadGazetteer(), { key: 'place:37', label: 'Place', kind: 'Province', name: '山东省', props: {} }, '高新区')).toBeUndefined();
  });

  test("a zone the gazetteer lists among its city's areas is that area, however its ending is printed", () => {
    const city = { key: 'place:3411', label: 'Place' as const, kind: 'City' as const, name: '滁州市', props: {} };
    expect(zoneOf(loadGazetteer(), city, '经开区')).toMatchObject({ key: 'place:341172', name: '滁州经济技术开发区', kind: 'DevelopmentZone' });
    expect(zoneOf(loadGazetteer(), city, '高新区')).toMatchObject({ key: 'place:zone:3411:hitech' });
  });
});

describe('area words', () => {
  test('全市 in an article about another city is that city, not the paper\'s', async () => {
    const g = await graphOfPage(page('宜都柑橘', '湖北宜都市大力发展柑橘产业，全市柑橘种植面积达到30万亩。'));
    expect(g.facts).toContain('REPORTED 宜都市 → 柑橘种植面积 30万亩');
    expect(g.facts.filter((f) => f.startsWith('REPORTED 平湖市'))).toEqual([]);
  });

  test('全市 on the paper\'s own page, in an article that names the paper\'s city, stays the paper\'s', async () => {
    const g = await graphOfPage(page('平湖产业', '平湖市与嘉兴市其他县市一道推进改革，全市新增企业120家。'));
    expect(g.facts.filter((f) => f.startsWith('REPORTED') && f.endsWith('120家'))).toEqual([expect.stringMatching(/^REPORTED 平湖市 → /)]);
  });
});

describe('places the gazetteer lacks hang from the place in view', () => {
  test('a village named after its town hangs from it, once per article', async () => {
    const g = await graphOfPage(page('茶园丰收', '在屈原镇，今年的春茶卖出了好价钱。上沧村党支部书记王德明说，上沧村的茶园扩大到了800亩。'));
    expect(g.facts.filter((f) => f === 'PART_OF 上沧村 → 屈原镇')).toHaveLength(1);
    expect(names(g, 'Place').filter((n) => n === '上沧村')).toHaveLength(1);
  });

  test('a village only the tagger finds is a village by its ending: it hangs from the town in view, one node with its body\'s', async () => {
    const g = await graphOfPage(page('乡村振兴', '屈原镇地处山区。王家浜村发展茶叶产业，近年来村里先后获评省级美丽乡村。王家浜村党支部书记沈立新介绍了村里的变化。'));
    expect(g.graph.nodes.filter((n) => n.properties.name === '王家浜村').map((n) => n.labels)).toEqual([['Place', 'Village']]);
    expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 王家浜村 → 屈原镇', 'RECEIVED 王家浜村 → 省级美丽乡村', 'LOCATED_IN 王家浜村党支部 → 王家浜村']));
  });

  test('a village printed after its city\'s outskirts (某市郊区某村) hangs from the city, not from a town in view', async () => {
    const g = await graphOfPage(page('白姜出圈', '在屈原镇，茶叶卖出了好价钱。在宜昌市郊区上沧村，返乡青年办起了加工厂。'));
    expect(g.facts).toContain('PART_OF 上沧村 → 宜昌市');
    expect(g.facts).not.toContain('PART_OF 上沧村 → 屈原镇');
  });
});

describe('a village the gazetteer lacks, named only in its body\'s name', () => {
  test('is where the body is, the place of its posts, and the village in view', async () => {
    const g = await graphOfPage(page('杨梅丰收', '桃溪村党总支书记陈国华说，果园扩大了。村民孙丽萍说，今年杨梅卖得好。'));
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 桃溪村党总支 → 桃溪村', 'WORKS_FOR 陈国华 → 桃溪村', 'WORKS_FOR 陈国华 → 桃溪村党总支', 'LOCATED_IN 孙丽萍 → 桃溪村']));
    expect(names(g, 'Place').filter((n) => n === '桃溪村')).toHaveLength(1);
  });
});

describe('where people and things are', () => {
  test.each([
    ['a villager of the village printed before', '上沧村村民李秀英说，今年茶叶卖得好。', 'LOCATED_IN 李秀英 → 上沧村'],
    ['a villager of the village in view', '上沧村党支部书记王德明说，茶园扩大了。村民李秀英说，今年茶叶卖得好。', 'LOCATED_IN 李秀英 → 上沧村'],
    ['a resident of the town printed before', '屈原镇村民李秀英说，今年茶叶卖得好。', 'LOCATED_IN 李秀英 → 屈原镇'],
  ])('%s', async (_case, sentence, fact) => {
    const g = await graphOfPage(page('茶农增收', sentence));
    expect(g.facts).toContain(fact);
  });

  test('a villager with no village named holds no place', async () => {
    const g = await graphOfPage(page('茶农增收', '村民李秀英说，今年茶叶卖得好。'));
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 李秀英'))).toEqual([]);
  });

  // The village printed before the villager is another than the one in view: she is not placed in the one in
  // view (with the statistical tagger, the other village is read too, and she is placed there).
  test('a villager of another village printed before her is not in the village in view', async () => {
    const g = await graphOfPage(page('茶农增收', '上沧村党支部书记王德明说，茶园扩大了。大石碾子村村民李秀英说，今年茶叶卖得好。'));
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 李秀英') && f.endsWith('上沧村'))).toEqual([]);
  });

  test.each([
    ['镇里的: the town in view', '屈原镇大力招商引资，镇里的华丰茶叶有限公司扩建了厂房。', 'LOCATED_IN 华丰茶叶有限公司 → 屈原镇'],
    ['在某县的: introduced there', '在秭归县的华丰茶叶有限公司，工人们正忙着包装。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['在 a chain of places 的: the last', '在湖北宜昌秭归县的华丰茶叶有限公司，工人们正忙着包装。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['在某镇，一家: introduced there', '在屈原镇，一家华丰茶叶有限公司正忙着包装新茶。', 'LOCATED_IN 华丰茶叶有限公司 → 屈原镇'],
    ['位于 a chain of places: the last', '华丰茶叶有限公司位于湖北秭归县屈原镇。', 'LOCATED_IN 华丰茶叶有限公司 → 屈原镇'],
    ['位于 a park 内的 and the name after it', '走进位于嘉善经济技术开发区内的华丰茶叶有限公司，工人们正忙着包装。', 'LOCATED_IN 华丰茶叶有限公司 → 嘉善经济技术开发区'],
    ['落户 with the clause\'s own subject', '去年，华丰茶叶有限公司落户屈原镇。', 'LOCATED_IN 华丰茶叶有限公司 → 屈原镇'],
    ['落户 with no place after it: the place the sentence opens with', '在秭归县，随着华丰茶叶有限公司等企业落户，茶产业发展很快。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['a country and the kind of firm before its name', '企业此次对接的德国采购商Nordwind Foods很满意。', 'LOCATED_IN Nordwind Foods → 德国'],
    // An industrial park is a place, and sits somewhere as a body does.
    ['位于 after a park', '桃源产业园位于嘉善县姚庄镇。', 'LOCATED_IN 桃源产业园 → 姚庄镇'],
    ['镇里的 before a park', '姚庄镇大力招商，镇里的枫南产业园新增企业8家。', 'LOCATED_IN 枫南产业园 → 姚庄镇'],
    ['an address written down to a town, 的 and a quoted name', '湖北省宜昌市秭归县屈原镇的“华丰茶叶有限公司”，靠红茶出了名。', 'LOCATED_IN 华丰茶叶有限公司 → 屈原镇'],
  ])('%s', async (_case, sentence, fact) => {
    const g = await graphOfPage(page('企业落户', sentence));
    expect(g.facts).toContain(fact);
  });

  test('a visitor is from the place printed before 游客, never from the place in view', async () => {
    const g = await graphOfPage(page('乡村游火了', '宜都市红花套镇渔洋关村这几年很热闹，湖南游客陈晓岚说这里好玩。'));
    expect(g.facts).toContain('LOCATED_IN 陈晓岚 → 湖南省');
    const h = await graphOfPage(page('乡村游火了', '宜都市红花套镇渔洋关村这几年很热闹，游客陈晓岚说这里好玩。'));
    expect(h.facts.filter((f) => f.startsWith('LOCATED_IN 陈晓岚'))).toEqual([]);
  });

  test('我市 before a list qualifies every name in it', async () => {
    const g = await graphOfPage(page('企业上榜', '名单公布，我市华丰茶叶有限公司、三峡食品有限公司2家企业上榜。'));
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 华丰茶叶有限公司 → 平湖市', 'LOCATED_IN 三峡食品有限公司 → 平湖市']));
  });

  test('a place named before 的 without 在 locates nothing', async () => {
    const g = await graphOfPage(page('企业合作', '秭归县的客户与华丰茶叶有限公司签订了合同。'));
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 华丰茶叶有限公司 → 秭归县'))).toEqual([]);
  });

  test.each([
    ['a county before 的 and a firm\'s full name', '去年，秭归县的华丰茶叶有限公司扩建了厂房。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['a town before 的 and a cooperative', '去年，问安镇的绿源柑橘专业合作社扩种了柑橘。', 'LOCATED_IN 绿源柑橘专业合作社 → 问安镇'],
    ['在某县，a firm heading the clause', '在宜都市，华丰茶叶有限公司新建了两条生产线。', 'LOCATED_IN 华丰茶叶有限公司 → 宜都市'],
    ['在 a chain of places，: the last', '在秭归县茅坪镇，华丰茶叶有限公司的工人正在分拣脐橙。', 'LOCATED_IN 华丰茶叶有限公司 → 茅坪镇'],
    ['是某县的一家茶企: the place\'s firm', '华丰茶叶有限公司是秭归县的一家茶企。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['系某市的龙头企业', '华丰茶叶有限公司系宜昌市的农业产业化龙头企业，产品远销海外。', 'LOCATED_IN 华丰茶叶有限公司 → 宜昌市'],
    ['在某镇，firms listed together', '在红花套镇，华丰茶叶有限公司和宜昌绿源农业科技有限公司都扩大了规模。', 'LOCATED_IN 宜昌绿源农业科技有限公司 → 红花套镇'],
  ])('%s', async (_case, sentence, fact) => {
    const g = await graphOfPage(page('企业发展', sentence));
    expect(g.facts).toContain(fact);
  });

  test.each([
    ['园区内的: the park in view', '临港新材料产业园去年产值增长三成。园区内的华丰茶叶有限公司新上了一条生产线。', 'LOCATED_IN 华丰茶叶有限公司 → 临港新材料产业园'],
    ['园区里，: the park in view', '临港新材料产业园去年产值增长三成。园区里，华丰茶叶有限公司新上了一条生产线。', 'LOCATED_IN 华丰茶叶有限公司 → 临港新材料产业园'],
    ['入园企业: the park in view', '临港新材料产业园去年产值增长三成。入园企业华丰茶叶有限公司新上了一条生产线。', 'LOCATED_IN 华丰茶叶有限公司 → 临港新材料产业园'],
    ['园区 for a zone in view', '宜昌高新区今年招商成效明显。园区内的华丰茶叶有限公司新上了一条生产线。', 'LOCATED_IN 华丰茶叶有限公司 → 宜昌高新区'],
  ])('a firm in a park: %s', async (_case, sentence, fact) => {
    const g = await graphOfPage(page('园区发展', sentence));
    expect(g.facts).toContain(fact);
  });

  test('园区 with no park named before it places nothing', async () => {
    const g = await graphOfPage(page('园区发展', '今年产值增长三成。园区内的华丰茶叶有限公司新上了一条生产线。'));
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 华丰茶叶有限公司'))).toEqual([]);
  });

  test.each([
    ['a province before 的 is the level of a name, not where the firm is', '湖北省的华丰茶叶有限公司扩建了厂房。', 'LOCATED_IN 华丰茶叶有限公司 → 湖北省'],
    ['在某市，a university\'s experts: the university is not said to be there', '在宜都市，华中农业大学的专家给果农上课。', 'LOCATED_IN 华中农业大学 → 宜都市'],
    ['是某县的 and no word of a firm', '华丰茶叶有限公司是秭归县的纳税大户。', 'LOCATED_IN 华丰茶叶有限公司 → 秭归县'],
    ['在某县，a firm named later in the clause', '在宜都市，记者见到了华丰茶叶有限公司的工人。', 'LOCATED_IN 华丰茶叶有限公司 → 宜都市'],
  ])('none: %s', async (_case, sentence, fact) => {
    const g = await graphOfPage(page('企业发展', sentence));
    expect(g.facts).not.toContain(fact);
  });
});
