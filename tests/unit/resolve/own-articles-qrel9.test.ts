// Relations read from kinds of news written for this round (qrel9): a court's and a procuratorate's news (检察官,
// 法庭庭长), a fire brigade's night call (大队副大队长带领消防员), a traffic police officer leading 交警, a village's
// election (当选为, 被推选为), a founder's profile (他牵头成立了…，现任…), a school's partnership (该校副校长… 与某大学),
// a firm investing in another county (该项目…落户), a bureau's promise to support firms. Sentences written for these
// tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const worksFor = (facts: string[], person: string): string[] => facts.filter((f) => f.startsWith(`WORKS_FOR ${person} →`));

describe('a court\'s and a procuratorate\'s officers (检察官, 法官, 法庭庭长)', () => {
  test.each([
    ['a prosecutor after the procuratorate', ['东阳市人民检察院检察官杜文涛出庭支持公诉。'], 'WORKS_FOR 杜文涛 → 东阳市人民检察院'],
    ['a prosecutor of the procuratorate in view (该院)', ['兰溪市人民检察院近日办结一起案件。该院检察官范玉洁介绍了案情。'], 'WORKS_FOR 范玉洁 → 兰溪市人民检察院'],
    ['a tribunal named by its kind (法庭庭长)', ['义乌市人民法院佛堂法庭近日审结一起纠纷。法庭庭长骆志刚说，双方当庭和解。'], 'WORKS_FOR 骆志刚 → 义乌市人民法院佛堂法庭'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('a prosecutor with no body named or in view holds nothing', async () => {
    expect(worksFor(await factsOf('检察官范玉洁提醒市民，不要轻信陌生来电。'), '范玉洁')).toEqual([]);
  });
});

describe('a brigade named by its kind (大队, 中队) and the ranks its officer leads', () => {
  const paragraphs = ['11月8日深夜，宁海县消防救援大队接到报警，一处民房起火。', '大队副大队长邬海军带领消防员葛天宇、胡晨阳赶到现场。'];

  test('the deputy head of the brigade in view, and the firefighters he leads', async () => {
    const facts = await factsOf(...paragraphs);
    expect(facts).toContain('WORKS_FOR 邬海军 → 宁海县消防救援大队');
    expect(facts).toContain('WORKS_FOR 葛天宇 → 宁海县消防救援大队');
    expect(facts).toContain('WORKS_FOR 胡晨阳 → 宁海县消防救援大队');
  });

  test('with no brigade named before, 大队副大队长 holds nothing', async () => {
    expect(worksFor(await factsOf('大队副大队长邬海军带领消防员葛天宇赶到现场。'), '邬海军')).toEqual([]);
  });

  test('率领交警乙: the traffic officer led by one who holds a post at the traffic brigade', async () => {
    expect(await factsOf('象山县公安局交警大队中队长应国强率领交警俞家乐在路口查处违法行为。')).toContain('WORKS_FOR 俞家乐 → 象山县公安局交警大队');
  });

  test('率领交警乙 after a leader with no body: nothing', async () => {
    expect(worksFor(await factsOf('退休老党员应国强率领交警俞家乐走访沿街商户。'), '俞家乐')).toEqual([]);
  });
});

describe('verbs of election and appointment (当选为, 被推选为, 被任命为) as posts held', () => {
  test.each([
    ['当选为 a village\'s secretary (the village not glued to 为)', ['村民蒋慧芳去年当选为桃源村党支部书记。'], 'WORKS_FOR 蒋慧芳 → 桃源村'],
    ['被推选为 a body\'s post', ['种粮大户吴德胜被推选为建德市粮食行业协会副会长。'], 'WORKS_FOR 吴德胜 → 建德市粮食行业协会'],
    ['她 after the one person named, 被任命为', ['周晓雯在乡里工作了八年。今年，她被任命为建德市农业农村局副局长。'], 'WORKS_FOR 周晓雯 → 建德市农业农村局'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('the village after 当选为 is named without 为', async () => {
    const g = await graphOfPage(page('地方新闻', '村民蒋慧芳去年当选为桃源村党支部书记。'));
    expect(g.node('为桃源村')).toBeUndefined();
    expect(g.node('桃源村')).toBeDefined();
  });

  test('an election years ago (2009年当选为…) is not read as a post held now', async () => {
    expect(worksFor(await factsOf('村民蒋慧芳2009年当选为建德市粮食行业协会副会长。'), '蒋慧芳')).toEqual([]);
  });
});

describe('a later clause of a sentence 他 or 她 heads (他牵头成立了某合作社，现任…)', () => {
  test('the one person the paragraph named before the pronoun', async () => {
    expect(await factsOf('2016年，邵志强回到老家。他牵头成立了淳安县千岛湖茶叶专业合作社，现任合作社理事长。')).toContain('WORKS_FOR 邵志强 → 淳安县千岛湖茶叶专业合作社');
  });

  test('two people named before the pronoun: nothing', async () => {
    const facts = await factsOf('邵志强和童建平一起回到老家。他牵头成立了淳安县千岛湖茶叶专业合作社，现任合作社理事长。');
    expect(worksFor(facts, '邵志强')).toEqual([]);
    expect(worksFor(facts, '童建平')).toEqual([]);
  });
});

describe('a school\'s post is no town\'s, and the school in view is not the partner the sentence names', () => {
  test('某县城南中学校长: not held at a town 城南', async () => {
    const facts = await factsOf('天台县城东中学校长许志成介绍，学校今年招收新生580人。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 许志成 → 城东'))).toEqual([]);
  });

  test('该校副校长 with 学校将与乙大学合作: the school, not a college of the partner named in between', async () => {
    const facts = await factsOf(
      '天台县育英中学与杭州师范大学合作共建实践基地。',
      '杭州师范大学经亨颐教育学院院长钟明远出席揭牌仪式。该校副校长丁雅琴表示，学校将与杭州师范大学开展合作。',
    );
    expect(facts).toContain('WORKS_FOR 丁雅琴 → 天台县育英中学');
    expect(worksFor(facts, '丁雅琴').filter((f) => f.includes('杭州师范大学'))).toEqual([]);
  });

  test('该校 with no partner named in the sentence: still the school last in view', async () => {
    expect(await factsOf('天台县育英中学今年扩建了实验楼。该校副校长丁雅琴介绍了情况。')).toContain('WORKS_FOR 丁雅琴 → 天台县育英中学');
  });
});

describe('a project named by its kind settles, not the investor; help promised to firms in general is no benefit', () => {
  test('该项目…落户某开发区: the investing firm is not put in the zone', async () => {
    const facts = await factsOf('宁波远帆智能装备有限公司在常山县投资建设的智能装备项目开工。', '据悉，该项目总投资8亿元，落户常山经济开发区。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 宁波远帆智能装备有限公司 → 常山经济开发区'))).toEqual([]);
  });

  test('a firm heading the clause still settles (某公司落户某开发区)', async () => {
    expect(await factsOf('去年，宁波远帆智能装备有限公司落户常山经济开发区。')).toContain('LOCATED_IN 宁波远帆智能装备有限公司 → 常山经济开发区');
  });

  test('将继续支持企业: no BENEFITED_FROM for the company in view', async () => {
    const facts = await factsOf('常山县恒昌轴承有限公司今年入选省级专精特新企业。', '县经信局局长郑立新表示，将继续支持企业做大做强。');
    expect(facts.filter((f) => f.startsWith('BENEFITED_FROM'))).toEqual([]);
  });

  test('a bureau that helped us: still read', async () => {
    const facts = await factsOf('常山县恒昌轴承有限公司今年订单增长三成。', '“常山县商务局帮助我们对接了海外客户。”公司负责人说。');
    expect(facts).toContain('BENEFITED_FROM 常山县恒昌轴承有限公司 → 常山县商务局');
  });
});

describe('a firm\'s supply chain: 公司又为乙提供, 向乙采购, 为某品牌汽车配套', () => {
  const opening = '在永嘉县瓯北街道，浙江恒宏阀门制造有限公司的厂房里机声隆隆。';

  test('公司 after a buyer was named: still the company in view (the buyer named after 为 is no topic)', async () => {
    const facts = await factsOf(opening, '公司主要为瑞安市振宇电力设备有限公司配套生产阀体。去年，公司又开始为上海申江泵业股份有限公司提供闸阀。');
    expect(facts).toContain('SUPPLIES 浙江恒宏阀门制造有限公司 → 瑞安市振宇电力设备有限公司');
    expect(facts).toContain('SUPPLIES 浙江恒宏阀门制造有限公司 → 上海申江泵业股份有限公司');
  });

  test('两家 firms heading sentences before a bare 公司: nothing', async () => {
    const facts = await factsOf('浙江恒宏阀门制造有限公司和瑞安市振宇电力设备有限公司是邻居。', '去年，公司又开始为上海申江泵业股份有限公司提供闸阀。');
    expect(facts.filter((f) => f.startsWith('SUPPLIES') && f.endsWith('上海申江泵业股份有限公司'))).toEqual([]);
  });

  test('甲向乙采购: 乙 supplies 甲 (also 公司每年向乙购进…)', async () => {
    expect(await factsOf('浙江恒宏阀门制造有限公司向马鞍山钢铁股份有限公司采购钢材3万吨。')).toContain('SUPPLIES 马鞍山钢铁股份有限公司 → 浙江恒宏阀门制造有限公司');
    expect(await factsOf(opening, '公司每年向马鞍山钢铁股份有限公司购进钢材3万吨。')).toContain('SUPPLIES 马鞍山钢铁股份有限公司 → 浙江恒宏阀门制造有限公司');
  });

  test('向乙 with no verb of buying (向乙学习, 向乙供货 is the other way): no purchase read', async () => {
    const facts = await factsOf('浙江恒宏阀门制造有限公司向马鞍山钢铁股份有限公司学习管理经验。');
    expect(facts.filter((f) => f.startsWith('SUPPLIES'))).toEqual([]);
  });
});

describe('a fair\'s exhibitors and sister places (参展, 结成友好村, 结为友好城市, 该校还与…结成)', () => {
  test('甲、乙等N家企业参展: each took part in the fair in view', async () => {
    const facts = await factsOf('10月12日，第八届中国（瑞安）汽摩配博览会在瑞安会展中心开幕。', '瑞安市华盛机车部件有限公司、浙江通宇电器有限公司等260家企业参展。');
    expect(facts).toContain('PARTICIPATED_IN 瑞安市华盛机车部件有限公司 → 中国（瑞安）汽摩配博览会');
    expect(facts).toContain('PARTICIPATED_IN 浙江通宇电器有限公司 → 中国（瑞安）汽摩配博览会');
  });

  test('exhibitors with no fair named before: nothing; a clause naming others besides firms: nothing', async () => {
    expect((await factsOf('瑞安市华盛机车部件有限公司、浙江通宇电器有限公司等260家企业参展。')).filter((f) => f.startsWith('PARTICIPATED_IN'))).toEqual([]);
    const facts = await factsOf('第八届中国（瑞安）汽摩配博览会在瑞安会展中心开幕。', '瑞安市商务局鼓励浙江通宇电器有限公司参展。');
    expect(facts.filter((f) => f.startsWith('PARTICIPATED_IN 瑞安市商务局'))).toEqual([]);
  });

  test('结为友好城市, 结成友好村: partners', async () => {
    expect(await factsOf('2019年，平阳县与福建省福鼎市结为友好城市。')).toContain('PARTNER_OF 平阳县 → 福鼎市');
  });

  test('该校还与乙结成了…: the school in view', async () => {
    expect(await factsOf('苍南县灵溪第二中学今年新建了体育馆。去年，该校还与苍南县灵溪镇第一小学结成了教育共同体。')).toContain('PARTNER_OF 苍南县灵溪第二中学 → 苍南县灵溪镇第一小学');
  });
});

describe('公司与乙 with a bare 公司 when several firms are named', () => {
  test('the firm heading the sentences, others named only as its buyers: read', async () => {
    const facts = await factsOf('浙江恒宏阀门制造有限公司主要为瑞安市振宇电力设备有限公司配套生产阀体。', '今年，公司与上海申江泵业股份有限公司签订了战略合作协议。');
    expect(facts).toContain('PARTNER_OF 浙江恒宏阀门制造有限公司 → 上海申江泵业股份有限公司');
  });

  test('two firms heading the sentence together (甲和乙都…): which 公司 means is unsure, nothing is read', async () => {
    const facts = await factsOf('浙江恒宏阀门制造有限公司和瑞安市振宇电力设备有限公司都在瓯北街道。', '今年，公司与上海申江泵业股份有限公司签订了战略合作协议。');
    expect(facts.filter((f) => f.startsWith('PARTNER_OF'))).toEqual([]);
  });
});

describe('a station or hospital named by 该所, 该院 after a guest of another body was named', () => {
  test('该所副所长甲带领民警乙、辅警丙: the station in view', async () => {
    const facts = await factsOf('11月3日晚，开化县公安局马金派出所接到求助。', '接警后，该所副所长舒立波带领民警汪建明、辅警余晓东赶到现场。');
    expect(facts).toContain('WORKS_FOR 舒立波 → 开化县公安局马金派出所');
    expect(facts).toContain('WORKS_FOR 汪建明 → 开化县公安局马金派出所');
  });

  test('该院 after a sentence about another hospital\'s deputy head: the hospital the article is about', async () => {
    const facts = await factsOf(
      '近日，桐庐县中医院与浙江省立同德医院合作共建的专家工作站揭牌。',
      '浙江省立同德医院副院长沈国良出席揭牌仪式。该院骨伤科主任方晓丽说，工作站将开展技术推广。',
    );
    expect(facts).toContain('WORKS_FOR 方晓丽 → 桐庐县中医院');
    expect(worksFor(facts, '方晓丽').filter((f) => f.includes('同德'))).toEqual([]);
  });

  test('公司 in the sentence of its own post\'s holder: still that company (某公司总经理甲介绍，公司…)', async () => {
    const facts = await factsOf('桐庐县华康制笔有限公司与桐庐县恒信文具有限公司签订了合作协议。', '桐庐县恒信文具有限公司总经理袁立峰介绍，公司副总经理何静负责对接。');
    expect(facts).toContain('WORKS_FOR 何静 → 桐庐县恒信文具有限公司');
  });
});

describe('a place leading firms to a fair (某市组织28家企业参展): the place, not a body 某市组织', () => {
  test('no organisation 江山市组织; the city took part in the fair in view', async () => {
    const g = await graphOfPage(page('地方新闻', '第三届中国（衢州）农业博览会在衢州国际会展中心开幕。', '江山市组织28家企业参展。'));
    expect(g.node('江山市组织')).toBeUndefined();
    expect(g.facts).toContain('PARTICIPATED_IN 江山市 → 中国（衢州）农业博览会');
  });

  test('甲、乙等300余家单位参展: each', async () => {
    const facts = await factsOf('第三届中国（衢州）农业博览会在衢州国际会展中心开幕。', '常山县胡柚产业协会、开化县清水鱼养殖专业合作社等300余家单位参展。');
    expect(facts).toContain('PARTICIPATED_IN 常山县胡柚产业协会 → 中国（衢州）农业博览会');
  });
});

describe('a county\'s firms counted (多家企业获评…) and officers of a case (承办法官), posts besides a post before the name', () => {
  test('我县多家企业获评…: the county receives nothing', async () => {
    const facts = await factsOf('今年，江山市多家企业获评省级绿色工厂。');
    expect(facts.filter((f) => f.startsWith('RECEIVED 江山市'))).toEqual([]);
  });

  test('承办法官甲: the tribunal or court in view; with none, nothing', async () => {
    expect(await factsOf('近日，武义县人民法院审结一起合同纠纷案。承办法官钟雅琴多次组织调解。')).toContain('WORKS_FOR 钟雅琴 → 武义县人民法院');
    expect(worksFor(await factsOf('承办法官钟雅琴多次组织调解。'), '钟雅琴')).toEqual([]);
  });

  test('村委会主任甲被推选为某镇人大代表: both posts', async () => {
    const facts = await factsOf('上坪村位于文成县西部。', '村委会主任叶志华被推选为大峃镇人大代表。');
    expect(facts).toContain('WORKS_FOR 叶志华 → 上坪村委会');
    expect(facts).toContain('WORKS_FOR 叶志华 → 大峃镇人大');
  });

  test('公司每年从乙采购: 乙 supplies the company in view', async () => {
    expect(await factsOf('在温岭市泽国镇，浙江大通电机有限公司是当地的龙头企业。', '公司每年从宝武钢铁集团有限公司采购硅钢片1.5万吨。')).toContain('SUPPLIES 宝武钢铁集团有限公司 → 浙江大通电机有限公司');
  });
});

describe('a guest\'s body is not the one in view, a speaker\'s is; 该庭; 并担任', () => {
  test('该校 after 某中学校长甲说，…: the school the speaker speaks for', async () => {
    const facts = await factsOf(
      '12月2日，遂昌县第一中学与浙江理工大学签订了合作共建协议。',
      '根据协议，浙江理工大学将在该校设立科创基地。遂昌县第一中学校长罗建平说，学校将选派学生参加研学。',
      '该校化学教师吕慧芳被评为“丽水市优秀教师”。',
    );
    expect(facts).toContain('WORKS_FOR 吕慧芳 → 遂昌县第一中学');
    expect(worksFor(facts, '吕慧芳').filter((f) => f.includes('浙江理工大学'))).toEqual([]);
  });

  test('该庭法官助理甲: the tribunal in view', async () => {
    expect(await factsOf('11月5日，仙居县人民法院白塔法庭法官走进上叶村，为村民讲解法律。', '该庭法官助理杜晓燕解答了村民的问题。')).toContain('WORKS_FOR 杜晓燕 → 仙居县人民法院白塔法庭');
  });

  test('村党支部书记甲牵头成立了某合作社，并担任合作社理事长', async () => {
    const facts = await factsOf('在缙云县舒洪镇仁岸村，村民们正在领取分红。', '2020年，村党支部书记郑立平牵头成立了缙云县仁岸杨梅专业合作社，并担任合作社理事长。');
    expect(facts).toContain('WORKS_FOR 郑立平 → 缙云县仁岸杨梅专业合作社');
  });

  test('并担任 after a sentence naming two people: nothing', async () => {
    const facts = await factsOf('2020年，郑立平和黄建中牵头成立了缙云县仁岸杨梅专业合作社，并担任合作社理事长。');
    expect(worksFor(facts, '郑立平').filter((f) => f.includes('合作社'))).toEqual([]);
  });
});
