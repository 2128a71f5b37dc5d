// Resolution of bases, venues, clusters and a group's units on pages written for qbase: names, places, figures invented.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('a base: where it is, who runs it, and its figures', () => {
  test('该基地 and 基地 are the base named before; its head works for it; it is in its village', async () => {
    const g = await graphOfPage(
      page('走进古田乡岩前村，这里是岩前村黑山羊养殖基地。', '该基地由村集体领办，占地120亩，目前存栏黑山羊3200只。“去年基地出栏肉羊1800只。”基地负责人郑开元说。'),
      { homeCity: '浦江县' },
    );
    expect(names(g, 'Organization')).toContain('岩前村黑山羊养殖基地');
    expect(g.facts).toContain('LOCATED_IN 岩前村黑山羊养殖基地 → 岩前村');
    expect(g.facts).toContain('WORKS_FOR 郑开元 → 岩前村黑山羊养殖基地');
    expect(reportedSubjects(g, '120亩')).toEqual(['岩前村黑山羊养殖基地']);
    expect(reportedSubjects(g, '3200只')).toEqual(['岩前村黑山羊养殖基地']);
  });
  test('a generic base makes no node', async () => {
    const g = await graphOfPage(page('柳塘镇还建有一个生产基地和多个养殖基地，规模都不大。'), { homeCity: '浦江县' });
    expect(names(g, 'Organization').filter((n) => n.endsWith('基地'))).toEqual([]);
  });
});

describe('venues and clusters take the figures printed about them', () => {
  test('综合体 heading a clause is the complex named before', async () => {
    const g = await graphOfPage(
      page('村口的云栖檀岭民宿综合体，是村里最大的民宿项目。', '这个民宿综合体由返乡青年宋一帆创办，拥有客房46间。去年，综合体接待游客3.8万人次。'),
      { homeCity: '浦江县' },
    );
    expect(reportedSubjects(g, '3.8万人次')).toEqual(['云栖檀岭民宿综合体']);
  });
  test('该度假村 is the resort; its manager works for it', async () => {
    const g = await graphOfPage(page('檀岭村还引进了青峰山野度假村。该度假村总投资1.5亿元。度假村总经理孔令晖说，开业以来入住率保持在85%以上。'), { homeCity: '浦江县' });
    expect(g.facts).toContain('WORKS_FOR 孔令晖 → 青峰山野度假村');
    expect(reportedSubjects(g, '1.5亿元')).toEqual(['青峰山野度假村']);
  });
  test('a cluster recognised nationally receives the recognition, and 集群 is the cluster', async () => {
    const g = await graphOfPage(
      page('近日，工业和信息化部公布第五批国家先进制造业集群名单，浦江永兴精密模具集群成功入选。', '据介绍，集群现有规上企业268家，去年实现产值1020亿元。'),
      { homeCity: '浦江县' },
    );
    expect(names(g, 'Organization')).toContain('浦江永兴精密模具集群');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED ')).every((f) => f.startsWith('RECEIVED 浦江永兴精密模具集群 → '))).toBe(true);
    expect(reportedSubjects(g, '1020亿元')).toEqual(['浦江永兴精密模具集群']);
    expect(names(g, 'Place')).not.toContain('永兴县');
  });
});

describe("a group's unit", () => {
  test('the unit printed whole and by its own name is one node, part of its group', async () => {
    const g = await graphOfPage(page('金岭能源集团大兴矿业公司石门煤矿今年原煤产量260万吨。石门煤矿矿长许建华说，煤矿已实现智能化开采。'), { homeCity: '浦江县' });
    expect(names(g, 'Organization')).not.toContain('石门煤矿');
    expect(g.facts).toContain('WORKS_FOR 许建华 → 金岭能源集团大兴矿业公司石门煤矿');
    expect(g.facts).toContain('PART_OF 金岭能源集团大兴矿业公司石门煤矿 → 金岭能源集团');
  });
  test("a body named after the unit's own name is part of the unit", async () => {
    const g = await graphOfPage(page('宏远煤业集团青山煤矿去年产煤180万吨。青山煤矿党委书记赵立强介绍，煤矿职工1100人。'), { homeCity: '浦江县' });
    expect(g.facts).toContain('PART_OF 青山煤矿党委 → 宏远煤业集团青山煤矿');
    expect(g.facts).toContain('PART_OF 宏远煤业集团青山煤矿 → 宏远煤业集团');
  });
  test('a group registered with its legal form is no group and its unit', async () => {
    const g = await graphOfPage(page('宏远煤业集团有限公司去年营收32亿元。'), { homeCity: '浦江县' });
    expect(names(g, 'Organization')).toEqual(['宏远煤业集团有限公司']);
  });
});

describe('a tourism development centre printed with its chain of places and without', () => {
  test('山东某市某县某某旅游发展中心 and 某某旅游发展中心 are one body', async () => {
    const g = await graphOfPage(page('山东潍坊昌乐县白浪河旅游发展中心成立于2021年。', '白浪河旅游发展中心主任刘文涛介绍，今年接待游客40万人次。'), { homeCity: '昌乐县' });
    const centres = names(g, 'Organization').filter((n) => n.endsWith('旅游发展中心'));
    expect(centres).toHaveLength(1);
    expect(g.facts).toContain(`WORKS_FOR 刘文涛 → ${centres[0]}`);
  });
  test('a centre after a word that is no place stays apart', async () => {
    const g = await graphOfPage(page('滨河文旅白浪河旅游发展中心成立于2021年。白浪河旅游发展中心主任刘文涛介绍了情况。'), { homeCity: '昌乐县' });
    expect(names(g, 'Organization')).toContain('白浪河旅游发展中心');
  });
});

test("a centre's party committee named after the centre's short name is part of the centre", async () => {
  const g = await graphOfPage(page('山东潍坊昌乐县白浪河旅游发展中心成立于2021年。', '白浪河旅游发展中心党委书记刘文涛介绍，今年接待游客40万人次。'), { homeCity: '昌乐县' });
  expect(g.facts).toContain('PART_OF 白浪河旅游发展中心党委 → 山东潍坊昌乐县白浪河旅游发展中心');
});

test("a base named by a village printed in view under its town is in that village, not in the gazetteer's namesake", async () => {
  const g = await graphOfPage(page('在湖镇镇詹家村，一片片光伏板熠熠生辉。', '光伏板下，詹家村水产养殖基地养起了鲈鱼，养殖面积600亩。'), { homeCity: '龙游县' });
  expect(names(g, 'Place')).not.toContain('詹家镇');
  expect(names(g, 'Place').filter((n) => n === '詹家村')).toHaveLength(1);
  expect(g.facts).toContain('LOCATED_IN 詹家村水产养殖基地 → 詹家村');
});
