// Relations read from kinds of news written for this round (qrel11): an exporter's year (产品出口到某国), a
// cooperative supplying a food group (成为某集团的定点供应商, 合作社为某集团供应原料), a county's leading enterprises (某县的
// 某公司是…。该公司与某大学合作), an expert's work in a village (某学院结对某村), a village's company (曾任 a post before).
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));

describe('a firm exporting to countries (出口到, 销往, 出口): TRADES_WITH each country listed', () => {
  test.each([
    ['the firm heading the sentence, 出口 and a country before 的', ['上周，兰溪市星驰汽车科技有限公司首批出口新西兰的电动重卡装船。'], ['TRADES_WITH 兰溪市星驰汽车科技有限公司 → 新西兰']],
    ['产品 opening the clause: the company in view, each country listed', ['兰溪市恒泰五金工具有限公司的订单排到了明年三月。这家企业生产的电钻，产品出口到西班牙、智利等20多个国家。'], ['TRADES_WITH 兰溪市恒泰五金工具有限公司 → 西班牙', 'TRADES_WITH 兰溪市恒泰五金工具有限公司 → 智利']],
    ['该公司的…产品销往', ['浙江远帆户外用品有限公司去年新建了仓库。今年，该公司的睡袋产品销往马来西亚和印度尼西亚。'], ['TRADES_WITH 浙江远帆户外用品有限公司 → 马来西亚', 'TRADES_WITH 浙江远帆户外用品有限公司 → 印度尼西亚']],
  ])('%s', async (_case, paragraphs, expected) => {
    const facts = await factsOf(...paragraphs);
    for (const fact of expected) expect(facts).toContain(fact);
  });

  test('a region or a market is no trading partner (销往东南亚和欧洲市场)', async () => {
    expect(typed(await factsOf('浙江远帆户外用品有限公司的产品销往东南亚和欧洲市场。'), 'TRADES_WITH')).toEqual([]);
  });

  test('a country\'s exports with no firm heading them or in view say nothing (我国…出口到)', async () => {
    expect(typed(await factsOf('据海关统计，我国电动自行车出口到荷兰的数量今年翻了一番。'), 'TRADES_WITH')).toEqual([]);
  });

  test('a firm named as a partner (与甲合作) is not the exporter', async () => {
    expect(typed(await factsOf('今年，当地农户与浙江远帆户外用品有限公司合作，出口到日本的竹席增加了一倍。'), 'TRADES_WITH')).toEqual([]);
  });
});

describe('a firm said to be another\'s supplier (成为乙的定点供应商, 甲是乙最大的供应商): SUPPLIES', () => {
  test.each([
    ['成为乙的定点供应商', ['今年，松阳县绿野茶叶专业合作社成为杭州茗香食品集团有限公司的定点供应商。'], 'SUPPLIES 松阳县绿野茶叶专业合作社 → 杭州茗香食品集团有限公司'],
    ['甲是乙最大的供应商, after a speaker', ['董事长许国华说，庆元县菇源农业科技有限公司是浙江百味食品有限公司最大的供应商。'], 'SUPPLIES 庆元县菇源农业科技有限公司 → 浙江百味食品有限公司'],
    ['公司成为乙的二级供应商 (the only company named)', ['永康市鼎力汽车部件有限公司主要生产刹车片。今年，公司成为比亚迪的二级供应商。'], 'SUPPLIES 永康市鼎力汽车部件有限公司 → 比亚迪'],
    ['合作社为乙供应原料 (the only cooperative named)', ['遂昌县金竹笋业专业合作社成立于2016年。从2021年起，合作社为丽水山耕食品有限公司供应原料。'], 'SUPPLIES 遂昌县金竹笋业专业合作社 → 丽水山耕食品有限公司'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('a supplier only hoped for (正在争取成为乙的供应商) is none', async () => {
    expect(typed(await factsOf('永康市鼎力汽车部件有限公司正在争取成为比亚迪的供应商。'), 'SUPPLIES')).toEqual([]);
  });

  test('a customer (甲是乙的客户) is no supplier', async () => {
    expect(typed(await factsOf('永康市鼎力汽车部件有限公司是浙江百味食品有限公司的老客户。'), 'SUPPLIES')).toEqual([]);
  });

  test('合作社 with two cooperatives named before: which one is unsure, nothing', async () => {
    const facts = await factsOf('遂昌县金竹笋业专业合作社和遂昌县高坪茶叶专业合作社都在湖山乡。从2021年起，合作社为丽水山耕食品有限公司供应原料。');
    expect(typed(facts, 'SUPPLIES')).toEqual([]);
  });
});

describe('某县的某公司 heading a sentence: the firm is what 该公司 after it stands for', () => {
  test('该公司与乙合作 after 某县的某公司是…: the firm of that sentence, not the one before', async () => {
    const facts = await factsOf('在仙居县，浙江永捷机械股份有限公司今年产值增长两成。', '仙居县的台州安泰铝业有限公司是当地的骨干企业。该公司与中南大学合作，建立了实验室。');
    expect(facts).toContain('PARTNER_OF 台州安泰铝业有限公司 → 中南大学');
    expect(facts).not.toContain('PARTNER_OF 浙江永捷机械股份有限公司 → 中南大学');
  });

  test('a place before 的 and no body named after it stays the subject (仙居县的企业…): 该公司 goes back to the firm before', async () => {
    const facts = await factsOf('浙江永捷机械股份有限公司今年产值增长两成。仙居县的企业普遍加大了研发投入。该公司与中南大学合作，建立了实验室。');
    expect(facts).toContain('PARTNER_OF 浙江永捷机械股份有限公司 → 中南大学');
  });
});

describe('a college pairing with a village (甲结对乙): PARTNER_OF', () => {
  test('某学院结对某村', async () => {
    expect(await factsOf('2024年，丽水学院生态学院结对黄泥岙村，双方共建了研学基地。')).toContain('PARTNER_OF 丽水学院生态学院 → 黄泥岙村');
  });

  test('结对帮扶 still reads the party after the longer verb, once', async () => {
    const facts = await factsOf('丽水学院生态学院结对帮扶黄泥岙村。');
    expect(typed(facts, 'PARTNER_OF')).toEqual(['PARTNER_OF 丽水学院生态学院 → 黄泥岙村']);
  });

  test('结对 with no party after it (建立结对关系) reads nothing', async () => {
    expect(typed(await factsOf('丽水学院生态学院与当地建立了结对关系。'), 'PARTNER_OF')).toEqual([]);
  });
});

describe('a returnee founding a firm after a step of his own (返乡后创办了, 回乡创办了)', () => {
  test.each([
    ['返乡后创办了, the founder heading the sentence', ['2017年，周建宇从宁波的一家外企辞职，返乡后创办了龙泉市竹韵家庭农场。'], 'FOUNDED 周建宇 → 龙泉市竹韵家庭农场'],
    ['a year before 回乡创办了', ['周建宇大学毕业后在杭州工作，2020年回乡创办了龙泉市竹韵家庭农场。'], 'FOUNDED 周建宇 → 龙泉市竹韵家庭农场'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('a step taken by someone else in another sentence founds nothing (返乡后创办了 with no one heading)', async () => {
    expect(typed(await factsOf('近年来，越来越多的年轻人返乡后创办了家庭农场。'), 'FOUNDED')).toEqual([]);
  });
});

describe('posts held: joining a firm (加入某公司) and a post held before (曾任)', () => {
  test('甲去年加入某公司 → WORKS_FOR the firm', async () => {
    expect(await factsOf('设计师吕思彤去年加入庆元县山语木业有限公司。')).toContain('WORKS_FOR 吕思彤 → 庆元县山语木业有限公司');
  });

  test('a villager joining a cooperative is a member, not its staff', async () => {
    expect(typed(await factsOf('村民吕思彤去年加入庆元县山语香菇专业合作社。'), 'WORKS_FOR')).toEqual([]);
  });

  test('曾任某村村委会主任的甲: a post held before is no WORKS_FOR', async () => {
    const facts = await factsOf('曾任大坑村村委会主任的叶德福，如今在家经营民宿。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 叶德福'))).toEqual([]);
  });

  test('时任某局副局长的甲 is still read (the post held at the time told)', async () => {
    expect(await factsOf('时任庆元县农业农村局副局长的叶德福参加了验收。')).toContain('WORKS_FOR 叶德福 → 庆元县农业农村局');
  });

  test('甲曾就职于某公司: a former employer is no WORKS_FOR', async () => {
    expect(typed(await factsOf('吕思彤曾就职于庆元县山语木业有限公司。'), 'WORKS_FOR')).toEqual([]);
  });
});

describe('posts after 是 besides the posts printed before the name', () => {
  test('某所研究员甲也是某公司的技术顾问: both', async () => {
    const facts = await factsOf('茶叶专家、中国农业科学院茶叶研究所研究员温秀兰也是龙泉市金观音茶业有限公司的技术顾问。');
    expect(facts).toContain('WORKS_FOR 温秀兰 → 中国农业科学院茶叶研究所');
    expect(facts).toContain('WORKS_FOR 温秀兰 → 龙泉市金观音茶业有限公司');
  });

  test('公司负责人甲是某村党支部书记: the village too', async () => {
    const facts = await factsOf('三门县沙岙强村发展有限公司成立于2021年。公司负责人葛立新是沙岙村党支部书记。');
    expect(facts).toContain('WORKS_FOR 葛立新 → 三门县沙岙强村发展有限公司');
    expect(facts).toContain('WORKS_FOR 葛立新 → 沙岙村');
  });

  test('甲，如今是某公司的销售经理 (after a post held before)', async () => {
    expect(await factsOf('曾任沙岙村村委会主任的陶永福，如今是三门县沙岙强村发展有限公司的销售经理。')).toContain('WORKS_FOR 陶永福 → 三门县沙岙强村发展有限公司');
  });

  test('是 and no post after it (董事长甲是本地人) adds nothing', async () => {
    const facts = await factsOf('龙泉市金观音茶业有限公司董事长温秀兰是土生土长的龙泉人。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 温秀兰'))).toEqual(['WORKS_FOR 温秀兰 → 龙泉市金观音茶业有限公司']);
  });
});

describe('founders: a body named by its kind joined to a named one (公司和乙共建了丙), and a step before (甲退休后，创办了)', () => {
  test('公司和某大学共建了某实验室: the company in view founded it too', async () => {
    const facts = await factsOf('浙江华捷汽配有限公司主要生产座椅骨架。公司副总经理孔令云介绍，公司和上海交通大学共建了轻量化材料实验室。');
    expect(facts).toContain('FOUNDED 浙江华捷汽配有限公司 → 轻量化材料实验室');
    expect(facts).toContain('FOUNDED 上海交通大学 → 轻量化材料实验室');
  });

  test('他和某大学共建了…: a pronoun is no body in view', async () => {
    const facts = await factsOf('浙江华捷汽配有限公司主要生产座椅骨架。他和上海交通大学共建了轻量化材料实验室。');
    expect(facts).not.toContain('FOUNDED 浙江华捷汽配有限公司 → 轻量化材料实验室');
  });

  test('原某公司副总经理甲退休后，创办了某合作社', async () => {
    expect(await factsOf('云和县木玩科技有限公司成立于1996年。原公司副总经理毛建新退休后，创办了云和县建新蜂业专业合作社。')).toContain('FOUNDED 毛建新 → 云和县建新蜂业专业合作社');
  });

  test('a person only named in the clause before, with no step of their own, founds nothing', async () => {
    const facts = await factsOf('云和县木玩科技有限公司成立于1996年。村民们都认识毛建新，创办了云和县建新蜂业专业合作社。');
    expect(facts.filter((f) => f.startsWith('FOUNDED 毛建新'))).toEqual([]);
  });
});

describe('partners named after 与 are objects, not what the article is about (与甲、乙合作 … 公司还为丙供应…)', () => {
  test('公司 after 甲与乙、丙研究院合作 is 甲, the only firm the article is about', async () => {
    const facts = await factsOf('近年来，遂昌县青竹笋业有限公司与南京林业大学、浙江省林业科学研究院合作，开发即食笋。', '公司还为杭州知味观食品有限公司供应笋干原料。');
    expect(facts).toContain('SUPPLIES 遂昌县青竹笋业有限公司 → 杭州知味观食品有限公司');
  });
});

describe('a paragraph opening 在某县， sets the scene for the firms heading what follows (rel.located-in.scene-paragraph)', () => {
  test('the firm heading the next paragraph, its name placing it nowhere', async () => {
    const facts = await factsOf('在缙云县，小五金企业忙出海的场景很常见。', '锐达集团研发的电动割草机，专为丘陵果园设计。');
    expect(facts).toContain('LOCATED_IN 锐达集团 → 缙云县');
  });

  test('a later sentence of the scene paragraph, a province only in the firm\'s name', async () => {
    const facts = await factsOf('在缙云县，五金产业集聚成势。浙江恒锐工具有限公司今年新增了三条生产线。');
    expect(facts).toContain('LOCATED_IN 浙江恒锐工具有限公司 → 缙云县');
  });

  test('a firm named after another county is not moved; a paragraph setting another scene ends it', async () => {
    const facts = await factsOf('在缙云县，五金产业集聚成势。', '在永康市，电动工具企业同样忙碌。', '锐达集团研发的电动割草机销路很好。', '丽水鑫达五金有限公司也扩大了产能。');
    expect(facts).not.toContain('LOCATED_IN 锐达集团 → 缙云县');
    expect(facts).toContain('LOCATED_IN 锐达集团 → 永康市');
    expect(facts).not.toContain('LOCATED_IN 丽水鑫达五金有限公司 → 永康市');
  });

  test('a zone\'s scene is finer than the county a firm\'s name gives: the firm is in the zone too', async () => {
    const facts = await factsOf('在缙云经济开发区，五金企业加速集聚。', '缙云县恒达五金有限公司今年新上了两条产线。');
    expect(facts).toContain('LOCATED_IN 缙云县恒达五金有限公司 → 缙云经济开发区');
  });

  test('a firm not heading its sentence (与某集团合作) and a scene inside the paragraph (not opening it) say nothing', async () => {
    const facts = await factsOf('今年，在缙云县，五金产业集聚成势。锐达集团研发了割草机。', '当地企业与海天集团合作开拓市场。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 锐达集团') || f.startsWith('LOCATED_IN 海天集团'))).toEqual([]);
  });
});

describe('“…”董事长甲说: a firm\'s head post with no body after a quotation (rel.works-for.quoted-head)', () => {
  test('the one company its paragraph names before it', async () => {
    expect(await factsOf('走进青田县石韵雕刻有限公司的车间，工人们正在打磨石料。“今年订单增长了三成。”董事长邱海明说。')).toContain('WORKS_FOR 邱海明 → 青田县石韵雕刻有限公司');
  });

  test('two companies named before: nothing', async () => {
    const facts = await factsOf('青田县石韵雕刻有限公司和青田县山口石材有限公司都在扩产。“今年订单增长了三成。”董事长邱海明说。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 邱海明'))).toEqual([]);
  });

  test('a post naming no firm (村支书) is not given the company', async () => {
    const facts = await factsOf('走进青田县石韵雕刻有限公司的车间，工人们正在打磨石料。“今年村民收入增长了三成。”村支书邱海明说。');
    expect(facts).not.toContain('WORKS_FOR 邱海明 → 青田县石韵雕刻有限公司');
  });
});

describe('partners named by a word for the area or after a verb of bringing about', () => {
  test('近年来，当地与某研究所合作: the area named last', async () => {
    expect(await factsOf('桐庐县分水镇盛产桃子。近年来，当地与浙江省农业科学院园艺研究所合作，建设桃品种资源圃。')).toContain('PARTNER_OF 分水镇 → 浙江省农业科学院园艺研究所');
  });

  test('当地企业与某研究所合作: firms of the area, not the area, and none named', async () => {
    expect(typed(await factsOf('桐庐县分水镇盛产桃子。当地企业与浙江省农业科学院园艺研究所合作。'), 'PARTNER_OF')).toEqual([]);
  });

  test('促成学院和某村达成合作: the college in view, not a phrase with the verb', async () => {
    expect(await factsOf('工作队积极联系丽水职业技术学院，最后促成学院和大坑村在品牌包装等方面达成合作。')).toContain('PARTNER_OF 丽水职业技术学院 → 大坑村');
  });
});

describe('an honorary title is no post (客座教授, 名誉会长)', () => {
  test('甲是某大学的客座教授: no WORKS_FOR the university; the firm before the name still', async () => {
    const facts = await factsOf('泰顺县锦丰丝绸有限公司技术总监林慧芝是浙江理工大学的客座教授。');
    expect(facts).toContain('WORKS_FOR 林慧芝 → 泰顺县锦丰丝绸有限公司');
    expect(facts).not.toContain('WORKS_FOR 林慧芝 → 浙江理工大学');
  });

  test('某协会名誉会长甲: nothing; 某大学兼职教授甲 (adjunct, paid work) still', async () => {
    expect(typed(await factsOf('泰顺县丝绸行业协会名誉会长林慧芝出席了活动。'), 'WORKS_FOR')).toEqual([]);
    expect(await factsOf('浙江理工大学兼职教授林慧芝出席了活动。')).toContain('WORKS_FOR 林慧芝 → 浙江理工大学');
  });
});
