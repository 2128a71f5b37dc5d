// Resolution on pages written for the sixth round of own articles (lead14): names, places and figures invented.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;

describe("a district's organ on the page of a county-level city's paper", () => {
  test('区委 is the district in view, even after a park given as a title', async () => {
    const g = await graphOfPage(
      page('近年来，江门市蓬江区先后获评“中国柑橘之乡”、国家现代农业产业园。区委常委、副区长黎文锋表示，将继续做大柑橘产业。'),
      { homeCity: '寿光市' },
    );
    expect(g.facts).toContain('WORKS_FOR 黎文锋 → 蓬江区委');
    expect(g.facts.some((f) => f.includes('寿光市委'))).toBe(false);
  });
  test('with no district in view, 区委 is no other level of the home city', async () => {
    const g = await graphOfPage(page('区委常委、副区长黎文锋到企业调研。'), { homeCity: '寿光市' });
    expect(g.facts.some((f) => f.includes('寿光市'))).toBe(false);
  });
  test("on a district's own paper, 区委 with nothing in view is the paper's district", async () => {
    const g = await graphOfPage(page('区委常委、副区长黎文锋到企业调研。'), { homeCity: '南湖区' });
    expect(g.facts).toContain('WORKS_FOR 黎文锋 → 南湖区委');
  });
});

describe('a title a body was given is no body a kind word stands for', () => {
  test('园区 after 获评省级某某产业园 is not the title', async () => {
    const g = await graphOfPage(
      page('浦江县白马镇花卉创新园继去年获评省级现代农业产业园之后，又获得一项国家级荣誉。园区年繁育花卉种苗3.5亿株。'),
      { homeCity: '浦江县' },
    );
    expect(reportedSubjects(g, '3.5亿株')).toEqual(['浦江县白马镇花卉创新园']);
    expect(g.facts).toContain('RECEIVED 浦江县白马镇花卉创新园 → 省级现代农业产业园');
  });
});

describe('one place, one body, on a page', () => {
  test('a town the article named is the town a body opens with, not its namesake elsewhere', async () => {
    const g = await graphOfPage(page('冬日的金寨县双河镇，白鹅在河滩上嬉戏。', '双河镇党委书记柯传友表示，将依托白鹅产业建设羽绒加工园。'), { homeCity: '建瓯市' });
    const located = g.facts.filter((f) => f.startsWith('LOCATED_IN 双河镇党委'));
    expect(located).toEqual(['LOCATED_IN 双河镇党委 → 双河镇']);
    const towns = g.graph.nodes.filter((n) => n.properties.name === '双河镇');
    expect(towns.map((n) => n.id)).toEqual(['place:341524110']);
  });
  test('a body printed with an autonomous county by its short name and made absolute from 县 is one body', async () => {
    const g = await graphOfPage(page('在三江侗族自治县古宜镇，县图书馆志愿者正在教老人用手机。三江县图书馆今年开展活动40场。'), { homeCity: '建瓯市' });
    const libraries = g.graph.nodes.filter((n) => String(n.properties.name).endsWith('图书馆')).map((n) => n.properties.name);
    expect(libraries).toEqual(['三江侗族自治县图书馆']);
  });
});

describe("a county's court, procuratorate and standing committee, however printed", () => {
  test('县法院 on a county paper is the county court, one node with its full name; the term is no other body', async () => {
    const g = await graphOfPage(
      page(
        '12月2日，正定县第十七届人民代表大会常务委员会第九次会议召开。县人大常委会主任郝建国主持会议。',
        '会议审议了县人民法院的工作报告。县法院院长巩立民列席会议。',
      ),
      { homeCity: '正定县' },
    );
    const bodies = g.graph.nodes.filter((n) => n.labels[0] === 'Organization').map((n) => n.properties.name).sort();
    expect(bodies).toEqual(['正定县人民代表大会常务委员会', '正定县人民法院']);
    expect(g.facts).toContain('WORKS_FOR 巩立民 → 正定县人民法院');
    expect(g.facts).toContain('WORKS_FOR 郝建国 → 正定县人民代表大会常务委员会');
  });
  test('a lake named after a town is not in the town by its name', async () => {
    // (清潭镇's short form 清潭 opens 清潭湖, the lake's name, not the town's.)
    const g = await graphOfPage(page('第十届清潭湖冬捕节在宁安市清潭镇开幕，清潭湖风景区管理委员会承办。'), { homeCity: '宁安市' });
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 清潭湖风景区管理委员会') || f.startsWith('PILOTED_IN 清潭湖冬捕节'))).toEqual([]);
  });
});

describe('a park printed with its place and without it, and its organ by the park word', () => {
  test('one park node; 科技城管理局 is the park in view’s', async () => {
    const g = await graphOfPage(
      page('三亚滨海科技城引进企业超百家。记者从三亚滨海科技城管理局获悉，滨海科技城今年新增企业40家。科技城管理局局长林海波表示，将加快建设。'),
      { homeCity: '正定县' },
    );
    const parks = g.graph.nodes.filter((n) => String(n.properties.name).endsWith('科技城')).map((n) => n.properties.name);
    expect(parks).toEqual(['三亚滨海科技城']);
    expect(g.facts).toContain('WORKS_FOR 林海波 → 三亚滨海科技城管理局');
  });
});
