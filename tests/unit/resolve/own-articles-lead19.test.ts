// Resolution on national-paper county reports written for the eleventh round of own articles (lead19): firms, people
// and figures invented; the counties, towns and zones are the gazetteer's. A national paper names no home city.
import { graphOfPage, graphOfPages, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `县域经济\n本报记者  周文涛\n\n${paragraphs.join('\n')}\n`;
const national = {};
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('a branch is where its own place says, not where its parent is', () => {
  test('某市某某有限公司某县分公司 is in the county', async () => {
    const g = await graphOfPage(page('在湖北十堰市竹山县，宁波恒远电器有限公司竹山分公司的新厂房正在安装设备。'), national);
    expect(g.facts).toContain('LOCATED_IN 宁波恒远电器有限公司竹山分公司 → 竹山县');
    expect(g.facts).not.toContain('LOCATED_IN 宁波恒远电器有限公司竹山分公司 → 宁波市');
  });
  test('a park named by two places lies in neither by its name', async () => {
    const g = await graphOfPage(page('浙江宁波与湖北竹山开展协作。宁波竹山协作产业园已入驻企业9家。'), national);
    expect(g.facts).not.toContain('LOCATED_IN 宁波竹山协作产业园 → 宁波市');
  });
  test('a firm named after one place is still there', async () => {
    const g = await graphOfPage(page('在湖北十堰市竹山县，竹山县绿源茶叶有限公司的茶园里一片繁忙。'), national);
    expect(g.facts).toContain('LOCATED_IN 竹山县绿源茶叶有限公司 → 竹山县');
  });
});

describe('a clause of time names no organiser', () => {
  test('自开展某某协作以来 after a speaker’s body', async () => {
    const g = await graphOfPage(page('竹山县发展和改革局局长陈建国介绍，自开展东西部协作以来，宁波累计投入协作资金3.8亿元。'), national);
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED'))).toEqual([]);
  });
  test('a county heading the clause before 自 did organise it', async () => {
    const g = await graphOfPage(page('竹山县自2020年开展“千企帮千村”行动以来，已结对帮扶村120个。'), national);
    expect(g.facts).toContain('ORGANIZED 竹山县 → 千企帮千村');
  });
});

describe('places named as the press names them', () => {
  test('a zone the gazetteer registers as 高新区 is named by its district', async () => {
    const g = await graphOfPage(page('在江苏常州武进高新区，一批传感器企业加快发展。高新区目前拥有专精特新企业28家。'), national);
    expect(names(g, 'Place')).toContain('武进高新区');
    expect(names(g, 'Place')).not.toContain('高新区');
  });
  test.each([
    ['澜沧县', '澜沧拉祜族自治县', '在云南普洱市澜沧拉祜族自治县，茶农正忙着炒茶。澜沧县是普洱茶的重要产区。'],
    ['三都县', '三都水族自治县', '贵州黔南州三都水族自治县的马尾绣远近闻名。三都县今年新增绣娘800人。'],
  ])('%s is the autonomous county %s, one node', async (short, full, text) => {
    const g = await graphOfPage(page(text), national);
    const places = names(g, 'Place');
    expect(places).toContain(full);
    expect(places).not.toContain(short);
  });
});

describe('who founded a firm, in a relative clause', () => {
  test('某某创办的某公司', async () => {
    const g = await graphOfPage(page('记者走访了汉中市西乡县。吴晓峰2016年创办的西乡县峰源农产品有限公司，去年销售额突破1200万元。'), national);
    expect(g.facts).toContain('FOUNDED 吴晓峰 → 西乡县峰源农产品有限公司');
  });
  test('他创办的某公司: the person named before him in the paragraph', async () => {
    const g = await graphOfPage(page('在西乡县私渡镇，返乡青年吴晓峰正在直播间里介绍猕猴桃。他创办的西乡县峰源农产品有限公司，去年线上销售额突破1200万元。'), national);
    expect(g.facts).toContain('FOUNDED 吴晓峰 → 西乡县峰源农产品有限公司');
  });
  test('a place creating a park is not read as a person founding it', async () => {
    const g = await graphOfPage(page('记者走访了西乡县创办的电商产业园。'), national);
    expect(g.facts.filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('a co-op named after its village, and the village’s own facts', () => {
  test('the co-op is in the village, and the village receives its title', async () => {
    const g = await graphOfPage(page('2019年，杨秀英当选贵州台江县排羊乡九摆村党支部书记。她带领村民成立了台江县九摆银饰专业合作社。九摆村被评为省级民族特色村寨。'), national);
    expect(g.facts).toContain('LOCATED_IN 台江县九摆银饰专业合作社 → 九摆村');
    expect(g.facts.some((f) => f.startsWith('RECEIVED 台江县九摆银饰专业合作社'))).toBe(false);
    expect(g.facts.some((f) => /^WORKS_FOR 杨秀英 → 九摆村/u.test(f))).toBe(true);
  });
});

describe('她创办的 opening a paragraph', () => {
  test('the person the paragraph before names last founded it', async () => {
    const g = await graphOfPage(page('在富平县庄里镇，合作社理事长王秋菊正在晾晒柿饼。', '她创办的陕西秦源食品有限公司，还开发出柿子醋等产品。'), national);
    expect(g.facts).toContain('FOUNDED 王秋菊 → 陕西秦源食品有限公司');
  });
  test('a person the paragraph itself names before the pronoun comes first', async () => {
    const g = await graphOfPage(page('在富平县庄里镇，合作社理事长王秋菊正在晾晒柿饼。', '女儿李小梅大学毕业后回到家乡。她创办的陕西秦源食品有限公司还开发出柿子醋。'), national);
    expect(g.facts).toContain('FOUNDED 李小梅 → 陕西秦源食品有限公司');
    expect(g.facts).not.toContain('FOUNDED 王秋菊 → 陕西秦源食品有限公司');
  });
});

describe('second round: one village, and a grade in a list', () => {
  test('a village in the headline and in its chain is one node', async () => {
    const g = await graphOfPages(['石岗村的新变化\n本报记者  周文涛\n\n安徽滁州市凤阳县石岗村，是远近闻名的葡萄村。如今，石岗村发展起乡村旅游。\n'], national);
    expect(names(g, 'Place').filter((n) => n === '石岗村')).toEqual(['石岗村']);
    expect(g.facts).toContain('PART_OF 石岗村 → 凤阳县');
  });
  test('a province heading a later item (江苏老字号) is a grade, not the item’s subject', async () => {
    const g = await graphOfPage(page('江都区商务局副局长马晓东介绍，全区有中华老字号企业3家、江苏老字号企业11家。'), national);
    expect(reportedSubjects(g, '11家')).toEqual(['江都区']);
  });
});

describe('second round, held-out: figures after a body qualified by a verb before 的', () => {
  test.each([
    ['村里成立的田东县绿源芒果专业合作社，去年销售芒果1.2万吨。', '田东县绿源芒果专业合作社', '1.2万吨'],
    ['在凤阳县石岗村，村里引进的凤阳县岗味食品有限公司，吸纳村民就业300多人。', '凤阳县岗味食品有限公司', '300多人'],
  ])('%s', async (text, body, figure) => {
    const g = await graphOfPage(page(text), national);
    expect(reportedSubjects(g, figure)).toEqual([body]);
  });
});

describe('a place’s short form before a mountain’s ending inside a firm’s name', () => {
  test('吉林长白山… is not in 长白朝鲜族自治县 by its name', async () => {
    const g = await graphOfPage(page('吉林长白山云海度假有限公司总经理崔明浩说，滑雪场日均接待游客5000人次。'), national);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 吉林长白山云海度假有限公司'))).toEqual([]);
  });
});
