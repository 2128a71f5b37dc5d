// Resolution on pages written for the seventh round of own articles (lead15): names, places and figures invented.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;
const placeIds = (g: Awaited<ReturnType<typeof graphOfPage>>, name: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === 'Place' && (n.properties.name === name || (n.properties.aliases as string[] | undefined)?.includes(name))).map((n) => n.id);

describe('a township renamed with its level (撤乡设镇, 撤镇设街道) is the paper’s own', () => {
  test('分水乡 on a 桐庐 paper is 桐庐县分水镇, not the 分水乡 of a far county', async () => {
    const g = await graphOfPage(page('分水乡党委书记周建平走进分水乡武盛村，察看制笔企业的生产情况。'), { homeCity: '桐庐县' });
    expect(placeIds(g, '分水乡')).toEqual(['place:330122109']);
    expect(g.facts).toContain('LOCATED_IN 分水乡党委 → 分水镇');
    expect(g.facts.some((f) => f.includes('湘潭'))).toBe(false);
  });
  test('a township printed as a 乡 where the paper’s city has it as a 镇', async () => {
    const g = await graphOfPage(page('大洋乡的高山蔬菜今年又获丰收，菜农户均增收两万元。'), { homeCity: '建德市' });
    expect(g.graph.nodes.filter((n) => n.properties.name === '大洋镇').map((n) => n.id)).toEqual(['place:330182107']);
  });
  test('a town become a subdistrict, printed by its old name on its district’s paper', async () => {
    const g = await graphOfPage(page('小河镇的老街改造完工，沿河开出了十多家茶馆。'), { homeCity: '拱墅区' });
    expect(placeIds(g, '小河镇')).toEqual(['place:330105003']);
  });
  test('printed with its far county, the far namesake stays', async () => {
    const g = await graphOfPage(page('桐庐县的企业家来到湖南省湘潭县分水乡，考察湘莲种植基地。'), { homeCity: '桐庐县' });
    expect(g.facts).toContain('PART_OF 分水乡 → 湘潭县');
    expect(g.graph.nodes.some((n) => n.properties.name === '分水镇')).toBe(false);
  });
  test('a village printed after its town is no community of the same name elsewhere in the county', async () => {
    const g = await graphOfPage(page('“现在河里的鱼多了。”才丰乡西门村村民龙德福说。'), { homeCity: '永新县' });
    expect(g.graph.nodes.some((n) => n.properties.name === '西门社区')).toBe(false);
    expect(g.facts).toContain('PART_OF 西门村 → 才丰乡');
  });
  test('a name the paper’s county holds exactly is that place', async () => {
    const g = await graphOfPage(page('分水镇新建了一座制笔产业园。'), { homeCity: '桐庐县' });
    expect(placeIds(g, '分水镇')).toEqual(['place:330122109']);
  });
});

describe('a site named after a town in view lies in that town, not in the village named last', () => {
  test('某某湖景区 after a village of the subdistrict named after the lake', async () => {
    const g = await graphOfPage(
      page('在德清县下渚湖街道，护鸟员沈阿根每天巡护湿地。', '“现在鸟多了，游客也多了。”下渚湖街道八字桥村村民王小英说。', '国庆假期，下渚湖景区共接待游客12.6万人次。'),
      { homeCity: '德清县' },
    );
    expect(g.facts).toContain('LOCATED_IN 下渚湖景区 → 下渚湖街道');
    expect(g.facts.some((f) => f.startsWith('LOCATED_IN 下渚湖景区 → 八字桥村'))).toBe(false);
  });
  test('a site named otherwise stays under the village in view', async () => {
    const g = await graphOfPage(page('下渚湖街道八字桥村的村民在家门口开起了民宿。', '白鹭湾景区今年接待游客3万人次。'), { homeCity: '德清县' });
    expect(g.facts.some((f) => f.startsWith('LOCATED_IN 白鹭湾景区 → 下渚湖街道'))).toBe(false);
  });
});

describe('a bank by its short name and its registered name', () => {
  test('某某农商银行 and 某省某某农村商业银行股份有限公司 on one page are one bank, under the registered name', async () => {
    const g = await graphOfPage(
      page('乐平市农商银行推出“整村授信”。', '今年以来，江西乐平农村商业银行股份有限公司为农户建立信用档案，乐平市农商银行已授信农户1.2万户。'),
      { homeCity: '乐平市' },
    );
    const banks = g.graph.nodes.filter((n) => n.labels.includes('Bank')).map((n) => n.properties.name);
    expect(banks).toEqual(['江西乐平农村商业银行股份有限公司']);
  });
  test('two places, two banks', async () => {
    const g = await graphOfPage(page('乐平市农商银行与景德镇农商银行签订合作协议。'), { homeCity: '乐平市' });
    const banks = g.graph.nodes.filter((n) => n.labels.includes('Bank')).map((n) => n.properties.name).sort();
    expect(banks).toEqual(['乐平市农商银行', '景德镇农商银行']);
  });
});

describe('a city without counties is one place', () => {
  test('东莞市 printed before its town is the city, one node', async () => {
    const g = await graphOfPage(page('扎西岗村与广东省东莞市塘厦镇结成帮扶对子。'), { homeCity: '巴宜区' });
    expect(g.graph.nodes.filter((n) => n.properties.name === '东莞市').map((n) => n.id)).toEqual(['place:4419']);
    expect(g.facts).toContain('PART_OF 塘厦镇 → 东莞市');
  });
});
