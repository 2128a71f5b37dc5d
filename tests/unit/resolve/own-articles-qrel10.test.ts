// Where things are (LOCATED_IN), read from kinds of news written for this round (qrel10): a park's investment news
// (入驻园区的某公司, 某公司去年落户开发区), a 新区 the recognizers read as a region, a village's joint party committee
// (某村的联合党委), a town's returnees (在某村，返乡创业的某某; 回到家乡某乡), a region's cities (珠三角城市某市), a
// mine's and a power station's news (a firm's short form opening the station's name), a firm's branch in a county.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '兰溪市' })).facts;
const locatedOf = (facts: string[], who: string): string[] => facts.filter((f) => f.startsWith(`LOCATED_IN ${who} →`));

describe('a firm settled in the park or zone in view (a bare 园区, 开发区 after a verb of settling)', () => {
  const park = '兰溪市游埠镇新材料产业园今年已集聚企业37家。';

  test.each([
    ['入驻园区的某公司', [park, '入驻园区的浙江晟邦新材料有限公司今年新上一条生产线。'], 'LOCATED_IN 浙江晟邦新材料有限公司 → 兰溪市游埠镇新材料产业园'],
    ['某公司去年入驻园区', [park, '浙江恒锐塑业有限公司去年入驻园区，仅用4个月就实现投产。'], 'LOCATED_IN 浙江恒锐塑业有限公司 → 兰溪市游埠镇新材料产业园'],
    ['某公司于2022年落户园区', [park, '目前，浙江晟邦新材料有限公司于2022年落户园区。'], 'LOCATED_IN 浙江晟邦新材料有限公司 → 兰溪市游埠镇新材料产业园'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('开发区 is the zone named last, not a park named after it', async () => {
    const facts = await factsOf('兰溪经济开发区今年新签约项目16个。', '开发区内的光膜产业园已建成标准厂房8万平方米。', '落户开发区的浙江曜石光电有限公司预计年底投产。');
    expect(locatedOf(facts, '浙江曜石光电有限公司')).toEqual(['LOCATED_IN 浙江曜石光电有限公司 → 兰溪经济开发区']);
  });

  test('with no park or zone named before, 入驻园区的某公司 says nothing', async () => {
    expect(locatedOf(await factsOf('入驻园区的浙江晟邦新材料有限公司今年新上一条生产线。'), '浙江晟邦新材料有限公司')).toEqual([]);
  });

  test('a park read as a body (某镇的某小微企业园) is what 小微园 stands for: not the zone named before it', async () => {
    const facts = await factsOf('兰溪经济开发区今年新签约项目16个。', '女埠街道的五金小微企业园已入驻企业30家。', '入驻小微园的浙江巧手五金有限公司主要生产厨具。');
    expect(locatedOf(facts, '浙江巧手五金有限公司')).toEqual([]);
  });
});

describe('a 新区 the recognizers read as a region is a zone', () => {
  test('某新区入区企业某公司', async () => {
    const facts = await factsOf('云溪新区今年引进重点项目12个。', '近日，云溪新区入区企业浙江澜沧储能科技有限公司的首批产品下线。');
    expect(facts).toContain('LOCATED_IN 浙江澜沧储能科技有限公司 → 云溪新区');
  });

  test('a qualifier before the firm with no zone printed before it says nothing', async () => {
    const facts = await factsOf('云溪新区今年引进重点项目12个。', '近日，入区企业浙江澜沧储能科技有限公司的首批产品下线。');
    expect(locatedOf(facts, '浙江澜沧储能科技有限公司')).toEqual([]);
  });
});

describe('a body named by its kind after a village and 的 (某村的联合党委)', () => {
  test('某村的联合党委', async () => {
    expect(await factsOf('兰溪市香溪镇上唐村的联合党委由上唐村、下唐村两个村的党组织组成。')).toContain('LOCATED_IN 联合党委 → 上唐村');
  });

  test('a city before 的 says nothing', async () => {
    expect(locatedOf(await factsOf('金华市的联合党委建设经验在会上作了交流。'), '联合党委')).toEqual([]);
  });
});

describe('returnees live where they came home to', () => {
  test.each([
    ['在某村，2019年返乡创业的某某', ['在兰溪市梅江镇塘头村，2019年返乡创业的邵文静开办了一家农家乐。'], 'LOCATED_IN 邵文静 → 塘头村'],
    ['某村返乡青年某某', ['兰溪市黄店镇芝堰村返乡青年唐俊杰办起了研学基地。'], 'LOCATED_IN 唐俊杰 → 芝堰村'],
    ['返乡大学生某某回到家乡某镇', ['返乡大学生陈思琪回到家乡兰溪市马涧镇后，做起了杨梅电商。'], 'LOCATED_IN 陈思琪 → 马涧镇'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('a returnee with no place printed says nothing (not the village in view)', async () => {
    const facts = await factsOf('兰溪市梅江镇塘头村今年发展民宿12家。', '返乡创业的邵文静说，回来以后发现风景就是最大的资本。');
    expect(locatedOf(facts, '邵文静')).toEqual([]);
  });

  test('an official visiting the village does not live there', async () => {
    const facts = await factsOf('兰溪市农业农村局局长方明远来到梅江镇塘头村，察看杨梅基地。');
    expect(locatedOf(facts, '方明远')).toEqual([]);
  });
});

describe('a city printed right after its region', () => {
  test('珠三角城市某市', async () => {
    expect(await factsOf('珠三角城市东莞的采购商纷纷前来洽谈订单。')).toContain('LOCATED_IN 东莞市 → 珠三角');
  });

  test('a region and a city in separate clauses: nothing', async () => {
    const facts = await factsOf('在长三角一体化发展中，嘉兴市成为承接产业转移的重要城市。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 嘉兴市'))).toEqual([]);
  });
});

describe('what a located verb does not place: a firm whose plant or branch is there', () => {
  test('建在某乡的浙能某县某某电站: the firm named by its short form is not in the township', async () => {
    const facts = await factsOf('浙江浙能新能源有限公司投资建设的电站日前开工。', '建在遂昌县濂竹乡的浙能遂昌濂竹农光互补光伏电站日前并网发电。');
    expect(locatedOf(facts, '浙江浙能新能源有限公司').filter((f) => f.endsWith('濂竹乡'))).toEqual([]);
  });

  test('建在某乡的某公司 (its full name) is there', async () => {
    expect(await factsOf('建在遂昌县濂竹乡的浙江濂竹茶业有限公司今年扩建了厂房。')).toContain('LOCATED_IN 浙江濂竹茶业有限公司 → 濂竹乡');
  });

  test('某公司某县分公司位于某街道: the company itself is not put there', async () => {
    const facts = await factsOf('上海骏程物流有限公司兰溪分公司位于兰溪市云山街道，主要承担仓储业务。');
    expect(locatedOf(facts, '上海骏程物流有限公司').filter((f) => f.endsWith('云山街道'))).toEqual([]);
  });

  test('某公司位于某街道 (no branch) is there', async () => {
    expect(await factsOf('兰溪骏程物流有限公司位于兰溪市云山街道，主要承担仓储业务。')).toContain('LOCATED_IN 兰溪骏程物流有限公司 → 云山街道');
  });

  test('位于某湾新区的某公司 with only the bay read: the company in view is not put in the bay', async () => {
    const facts = await factsOf('落户开发区的浙江远舟汽车部件有限公司今年产值有望突破10亿元。', '位于杭州湾新区的宁波瑞达新能源科技有限公司是新区引进的重点企业。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN') && f.endsWith('→ 杭州湾'))).toEqual([]);
  });
});

describe('villagers by their trade, and one who went home (回到家乡某村)', () => {
  test.each([
    ['某村种粮大户某某', ['兰溪市诸葛镇厚伦方村种粮大户吴国良今年种了水稻150亩。'], 'LOCATED_IN 吴国良 → 厚伦方村'],
    ['某村茶农某某', ['兰溪市梅江镇聚仁村茶农邵春兰今年采制春茶800斤。'], 'LOCATED_IN 邵春兰 → 聚仁村'],
    ['某某2020年从杭州回到家乡某村', ['今年36岁的章文斌2020年从杭州回到家乡兰溪市柏社乡百聚村，种起了黄精。'], 'LOCATED_IN 章文斌 → 百聚村'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('回到家乡 with another person between: not read for the first', async () => {
    const facts = await factsOf('兰溪市农业农村局局长方明远陪同章文斌回到家乡兰溪市柏社乡百聚村。');
    expect(locatedOf(facts, '方明远')).toEqual([]);
  });

  test('回到家乡 with no village or town printed after it: nothing', async () => {
    expect(locatedOf(await factsOf('章文斌2020年回到家乡，种起了黄精。'), '章文斌')).toEqual([]);
  });
});

describe('a region and the cities printed after it; firms counted, not named', () => {
  test('长三角地区的上海、苏州: each city listed is in the region', async () => {
    const facts = await factsOf('长三角地区的上海、苏州等城市与我市建立了产业合作关系。');
    expect(facts).toContain('LOCATED_IN 上海市 → 长三角');
    expect(facts).toContain('LOCATED_IN 苏州市 → 长三角');
  });

  test('已有6家企业落户某开发区: the company in view is not put there', async () => {
    const facts = await factsOf('深圳瑞泰电子有限公司董事长潘立明表示，公司计划在兰溪设立生产基地。', '目前，已有6家大湾区企业落户兰溪经济开发区。');
    expect(locatedOf(facts, '深圳瑞泰电子有限公司').filter((f) => f.endsWith('兰溪经济开发区'))).toEqual([]);
  });

  test('a firm named heading the clause still settles there', async () => {
    expect(await factsOf('目前，深圳瑞泰电子有限公司已落户兰溪经济开发区。')).toContain('LOCATED_IN 深圳瑞泰电子有限公司 → 兰溪经济开发区');
  });
});

describe('a farmer named by trade with no village in view lives in the town in view', () => {
  test('在某县某镇，… 果农某某', async () => {
    const facts = await factsOf('在兰溪市马涧镇，杨梅挂满枝头。', '果农蒋忠良正在自家果园里采摘杨梅。');
    expect(facts).toContain('LOCATED_IN 蒋忠良 → 马涧镇');
  });

  test('村民某某 with only a town in view: nothing (a villager is a village\'s)', async () => {
    const facts = await factsOf('在兰溪市马涧镇，杨梅挂满枝头。', '村民蒋忠良正在自家果园里采摘杨梅。');
    expect(locatedOf(facts, '蒋忠良')).toEqual([]);
  });
});

describe('a school or a public body named with the stem of a village the article names', () => {
  test('某村 … 某小学 (the village\'s stem) is in the village', async () => {
    const facts = await factsOf('兰溪市梅江镇聚仁村今年新修了村道。', '聚仁小学的学生们在村道旁种下了200棵桂花树。');
    expect(facts).toContain('LOCATED_IN 聚仁小学 → 聚仁村');
  });

  test('a firm named with the stem is not put in the village (a brand)', async () => {
    const facts = await factsOf('兰溪市梅江镇聚仁村今年新修了村道。', '聚仁茶业有限公司今年收购春茶3万斤。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 聚仁茶业有限公司 → 聚仁村'))).toEqual([]);
  });
});
