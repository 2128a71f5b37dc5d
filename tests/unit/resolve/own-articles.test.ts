// Relations and figures read from kinds of news the dev set hardly has (a county's quarterly report, a park's
// signing, a village's co-operative, a hospital's award, a police report, a government meeting, a profile, a list of
// honours, a trade fair, a pairing between two places): sentences written for these tests, sixth round (qrel6).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;

/** The subjects the figure printed as `figure` is reported about. */
async function subjectsOf(figure: string, ...paragraphs: string[]): Promise<string[]> {
  const g = await graphOfPage(page('地方新闻', ...paragraphs));
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  return g.graph.relationships
    .filter((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure)
    .map((r) => String(node.get(r.start)!.properties.name));
}

describe('a kind word heading its clause with a partner after it (医院与某医院建立医联体，引进专家26名)', () => {
  test.each([
    ['医院与…, the figure two clauses on', '26名', ['宁国市人民医院近年来发展很快。', '院长黄志诚介绍，医院与浙江大学医学院附属第二医院建立医联体，引进专家26名。'], ['宁国市人民医院']],
    ['合作社和…联合, then the figure', '300吨', ['桐庐县红岭茶叶专业合作社成立于2018年。', '今年，合作社和杭州茗香茶业有限公司联合开发新品，销售干茶300吨。'], ['桐庐县红岭茶叶专业合作社']],
    ['该公司携手…', '1.5亿元', ['余姚市丰润电器有限公司是一家小家电企业。', '去年，该公司携手宁波海天塑机集团有限公司改造产线，实现产值1.5亿元。'], ['余姚市丰润电器有限公司']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('not the partner when the partner heads the clause', async () => {
    expect(await subjectsOf('26名', '宁国市人民医院近年来发展很快。', '浙江大学医学院附属第二医院与医院建立医联体，派出专家26名。')).not.toContain('宁国市人民医院');
  });
});

describe('a government body named after a place puts the place in view (浙江省丽水市人民政府… 全市…)', () => {
  test.each([
    ['全市 after a city government\'s meeting', '96.3万亩', ['12月2日，福建省三明市人民政府召开常务会议。', '会议听取了市农业农村局的汇报。今年全市粮食播种面积达96.3万亩。'], ['三明市']],
    ['全县 after a county bureau\'s report', '186.4亿元', ['日前，江西省抚州市崇仁县统计局发布前三季度经济运行情况。', '前三季度全县实现地区生产总值186.4亿元。'], ['崇仁县']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('a bureau named by its level alone after it is that county\'s', async () => {
    expect(await factsOf('日前，河南省周口市郸城县公安局破获一起诈骗案。', '县统计局局长曹立明介绍了全县的情况。')).toContain('WORKS_FOR 曹立明 → 郸城县统计局');
  });

  test('not a firm named after its home city (a relative body stays the city in view\'s)', async () => {
    expect(await factsOf('湖南省益阳市赫山区举行项目签约仪式，深圳市瑞丰储能科技有限公司签约落户。', '市商务局局长曹立明出席仪式。')).not.toContain('WORKS_FOR 曹立明 → 深圳市商务局');
  });
});

describe('a fair named by its kind alone (本届博览会由甲主办, 在博览会上, 展会期间, 某县组织企业参展)', () => {
  const opening = '10月16日，第三届中国（南昌）富硒农产品博览会在南昌开幕。';
  test.each([
    ['本届博览会由甲、乙主办，丙承办', [opening + '本届博览会由江西省农业农村厅、南昌市人民政府主办，南昌市农业农村局承办。'], ['ORGANIZED 江西省农业农村厅 → 中国（南昌）富硒农产品博览会', 'ORGANIZED 南昌市人民政府 → 中国（南昌）富硒农产品博览会', 'ORGANIZED 南昌市农业农村局 → 中国（南昌）富硒农产品博览会']],
    ['在博览会上，甲与乙…', [opening, '在博览会上，江西赣丰粮油有限公司与福建闽禾贸易有限公司签订了购销合同。'], ['PARTICIPATED_IN 江西赣丰粮油有限公司 → 中国（南昌）富硒农产品博览会', 'PARTICIPATED_IN 福建闽禾贸易有限公司 → 中国（南昌）富硒农产品博览会']],
    ['展会期间，甲…', [opening, '展会期间，宜春市龙岗茶业有限公司签下订单。'], ['PARTICIPATED_IN 宜春市龙岗茶业有限公司 → 中国（南昌）富硒农产品博览会']],
    ['某县组织企业参展', [opening, '江西省赣州市寻乌县组织16家企业参展。'], ['PARTICIPATED_IN 寻乌县 → 中国（南昌）富硒农产品博览会']],
  ])('%s', async (_case, paragraphs, facts) => {
    expect(await factsOf(...paragraphs)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['no fair named before: no event is guessed', ['在博览会上，江西赣丰粮油有限公司与福建闽禾贸易有限公司签订了购销合同。'], 'PARTICIPATED_IN 江西赣丰粮油有限公司'],
    ['a festival is not the 展会 in view', ['10月16日，第三届南昌西瓜文化节开幕。', '展会期间，宜春市龙岗茶业有限公司签下订单。'], 'PARTICIPATED_IN 宜春市龙岗茶业有限公司'],
  ])('not: %s', async (_case, paragraphs, prefix) => {
    expect((await factsOf(...paragraphs)).filter((f) => f.startsWith(prefix))).toEqual([]);
  });

  test.each([
    ['a figure after the hosts', '5.5万平方米', [opening + '本届博览会由江西省农业农村厅主办，南昌市农业农村局承办，展览面积5.5万平方米。'], ['中国（南昌）富硒农产品博览会']],
    ['展会期间, a paragraph on', '42.6亿元', [opening, '据组委会介绍，展会期间，累计达成交易额42.6亿元。'], ['中国（南昌）富硒农产品博览会']],
    ['展会期间 then a kind word heading the clause: the firm', '9场', [opening + '宜春市龙岗茶业有限公司带来了新茶。展会期间，企业参加了9场对接会。'], ['宜春市龙岗茶业有限公司']],
  ])('the figure: %s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('a list of honours: people listed with their posts (甲局副局长A、乙公司总经理B等32人被评为…)', () => {
  const sentence = '市农业农村局副局长蒋文博、新昌县华泰机械有限公司总经理曹晓燕、澄潭镇梅林村党支部书记钱国平等28人被评为“乡村振兴先进个人”。';
  test('each person received it', async () => {
    expect(await factsOf('12月3日，浙江省绍兴市新昌县召开表彰大会。', sentence)).toEqual(expect.arrayContaining([
      'RECEIVED 蒋文博 → 乡村振兴先进个人', 'RECEIVED 曹晓燕 → 乡村振兴先进个人', 'RECEIVED 钱国平 → 乡村振兴先进个人',
    ]));
  });
  test('the bodies of their posts did not', async () => {
    expect((await factsOf('12月3日，浙江省绍兴市新昌县召开表彰大会。', sentence)).filter((f) => f.startsWith('RECEIVED') && /有限公司|农业农村局|梅林村/u.test(f.split(' → ')[0]!))).toEqual([]);
  });
  test('the count of the people listed is no one\'s figure', async () => {
    expect(await subjectsOf('28人', '12月3日，浙江省绍兴市新昌县召开表彰大会。', sentence)).toEqual([]);
    expect(await subjectsOf('5人', '12月3日，新昌县召开表彰大会。吕红、韩斌、陶丽等5人获评“优秀村干部”。')).toEqual([]);
  });
  test('a person after a clause that ends is not in the list', async () => {
    expect(await factsOf('新昌县华泰机械有限公司总经理曹晓燕致辞，钱国平等28人被评为“乡村振兴先进个人”。')).not.toContain('RECEIVED 曹晓燕 → 乡村振兴先进个人');
  });
});

describe('a post held, said with a verb after the name (甲还担任某协会会长)', () => {
  test.each([
    ['还担任', '宁海县明达模具有限公司董事长葛建新今年50岁。葛建新还担任宁海县模具行业协会会长。', ['WORKS_FOR 葛建新 → 宁海县模具行业协会']],
    ['现任, two posts', '林晓东现任宁海县工商业联合会副主席、宁海县青年企业家协会会长。', ['WORKS_FOR 林晓东 → 宁海县工商业联合会', 'WORKS_FOR 林晓东 → 宁海县青年企业家协会']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test('not when the clause goes on past the post (现任 and more words)', async () => {
    expect(await factsOf('林晓东现任宁海县模具行业协会会长的助理张某的顾问。')).not.toContain('WORKS_FOR 林晓东 → 宁海县模具行业协会');
  });
});

describe('a place after 在 inside a clause is where it happened, not whose figure it is', () => {
  test.each([
    ['a police report: the gang caught in another city', '460万元', ['近日，安徽省阜阳市临泉县公安局破获一起诈骗案。', '经过侦查，专案组在江苏省苏州市将犯罪团伙抓获，冻结涉案资金460万元。'], []],
    ['workers in another province', '6万元', ['记者来到安徽省阜阳市临泉县。', '不少村民在浙江省宁波市打工，年收入6万元。'], []],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });

  test('a sentence set 在 a place (在某市，…) keeps it', async () => {
    expect(await subjectsOf('500家', '在苏州市，全年新增企业500家。')).toEqual(['苏州市']);
  });
});

describe('a kind word in what is said (他说：“现在公司…”)', () => {
  const lead = '福清市华兴食品有限公司总经理陈伟今年45岁。陈伟还担任福清市食品行业协会会长。';
  test.each([
    ['after 他说： and a time word: the company, not the association named last', '87项', [lead + '他说：“现在公司拥有发明专利87项。”'], ['福清市华兴食品有限公司']],
    ['a time word before 公司 in a later clause', '87项', [lead + '他说：“我们重视研发，现在公司拥有发明专利87项。”'], ['福清市华兴食品有限公司']],
    ['a named speaker, a paragraph on', '3万吨', [lead, '王芳说：“目前公司年产罐头3万吨。”'], ['福清市华兴食品有限公司']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('a village named only in its party branch\'s name (某镇某村党支部书记甲介绍，村集体…)', () => {
  const said = '贵州省铜仁市石阡县龙塘镇新寨村党支部书记罗永红介绍，去年茶园面积扩大到2600亩，村集体经济收入突破60万元。';
  test.each([
    ['村集体: the village, not the town printed before it', '60万元', ['记者来到贵州省铜仁市石阡县龙塘镇。', said], ['新寨村']],
    ['what the branch\'s secretary says: the village\'s', '2600亩', ['记者来到贵州省铜仁市石阡县龙塘镇。', said], ['新寨村']],
  ])('%s', async (_case, figure, paragraphs, expected) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(expected);
  });
});

describe('该校: the school in view, of any name (某县第一中学, 某小学)', () => {
  const lead = '湖南省湘西州龙山县第二中学创办于1952年。';
  test.each([
    ['该校校长', lead + '该校校长彭德胜说，学校将继续努力。', ['WORKS_FOR 彭德胜 → 龙山县第二中学']],
    ['该校副校长', lead + '该校副校长吴秀英介绍了情况。', ['WORKS_FOR 吴秀英 → 龙山县第二中学']],
  ])('%s', async (_case, text, facts) => {
    expect(await factsOf(text)).toEqual(expect.arrayContaining(facts));
  });
  test('a figure after 该校', async () => {
    expect(await subjectsOf('86名', lead + '去年，该校共有86名学生考入重点高校。')).toEqual(['龙山县第二中学']);
  });
  test('not a firm: 该校 names no company', async () => {
    expect(await factsOf('龙山县华丰农业有限公司成立于2015年。该校校长彭德胜参观了公司。')).not.toContain('WORKS_FOR 彭德胜 → 龙山县华丰农业有限公司');
  });
});

describe('a word standing for an area sets up a body (村里成立了某公司: rel.founded.set-up.area-word)', () => {
  test.each([
    ['村里, after a time word', ['记者来到浙江省丽水市遂昌县王村口镇桥东村。', '2021年，村里成立了遂昌县桥东强村旅游开发有限公司。'], 'FOUNDED 桥东村 → 遂昌县桥东强村旅游开发有限公司'],
    ['该镇', ['记者来到浙江省丽水市遂昌县王村口镇。', '去年，该镇成立了遂昌县绿源农业服务有限公司。'], 'FOUNDED 王村口镇 → 遂昌县绿源农业服务有限公司'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });
  test('not a word that is more than the area (村里的老党员成立了…)', async () => {
    expect((await factsOf('记者来到浙江省丽水市遂昌县王村口镇桥东村。', '村里的老党员成立了遂昌县桥东红色文化研究会。')).filter((f) => f.startsWith('FOUNDED 桥东村'))).toEqual([]);
  });
});

describe('a body built 在 a place (某公司在某县投资…建设某中心: rel.located-in.built-at)', () => {
  test('the centre is in the county', async () => {
    expect(await factsOf('记者来到四川省凉山州昭觉县。', '宁波禾丰农业发展有限公司在昭觉县投资3200万元建设马铃薯种薯繁育中心。')).toContain('LOCATED_IN 马铃薯种薯繁育中心 → 昭觉县');
  });
  test('not the builder, registered elsewhere', async () => {
    expect(await factsOf('记者来到四川省凉山州昭觉县。', '宁波禾丰农业发展有限公司在昭觉县投资3200万元建设马铃薯种薯繁育中心。')).not.toContain('LOCATED_IN 宁波禾丰农业发展有限公司 → 昭觉县');
  });
});

describe('a resident the text names only by a surname (某县居民李某): the figure is no one\'s, not the place\'s', () => {
  test.each([
    ['居民李某', '18万元', '今年8月，淮阳区居民李某报警称，其被人以“刷单返利”为由骗走18万元。'],
    ['村民张某', '30亩', '今年，淮阳区村民张某种植辣椒30亩。'],
  ])('%s', async (_case, figure, sentence) => {
    expect(await subjectsOf(figure, sentence)).toEqual([]);
  });
  test('a resident named in full keeps the figure', async () => {
    expect(await subjectsOf('50亩', '今年，淮阳区村民张建国种植辣椒50亩。')).toEqual(['张建国']);
  });
});

describe('园区管委会: the organ of the zone in view, as 管委会 alone is', () => {
  test('the park named before', async () => {
    expect(await factsOf('11月18日，常德经济技术开发区举行签约仪式。', '园区管委会主任彭家和介绍，园区将持续开展精准招商。')).toContain('WORKS_FOR 彭家和 → 常德经济技术开发区管委会');
  });
  test('no zone named: the words stay a body of their own', async () => {
    expect((await factsOf('园区管委会主任彭家和介绍，园区将持续开展精准招商。')).filter((f) => f.startsWith('WORKS_FOR 彭家和'))).toEqual(['WORKS_FOR 彭家和 → 园区管委会']);
  });
});
