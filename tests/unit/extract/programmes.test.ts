// Programmes: quoted names typed by the word after them (or inside them), unquoted names grown from words that
// only name things (博览会, 奖, 认定), with editions and years, and quotations that are only emphasis.
import { mentionsIn } from '../../helpers/extract.js';

const programmes = (s: string) => mentionsIn(s).filter((m) => m.label === 'Programme').map((m) => [m.text, m.kind]);

describe('programmes', () => {
  test.each([
    ['全面推进“共富工坊”建设项目。', [['“共富工坊”建设项目', 'Project']]],
    ['深化“最多跑一次”改革。', [['“最多跑一次”改革', 'Policy']]],
    ['开展“百名干部进百村”走访活动。', [['“百名干部进百村”走访活动', 'Campaign']]],
    ['群众通过“浙里办”APP提交申请。', [['“浙里办”APP', 'Platform']]],
    ['启动“清廉村居”三年行动。', [['“清廉村居”三年行动', 'Campaign']]],
    ['“亩均论英雄”改革成效明显，“亩均论英雄”已覆盖全市。', [['“亩均论英雄”改革', 'Policy'], ['“亩均论英雄”', 'Policy']]],
  ])('quoted: %s', (sentence, expected) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['公司参加了第十届中国义乌国际小商品博览会。', ['第十届中国义乌国际小商品博览会', 'TradeFair']],
    ['项目荣获2023年度浙江省科学技术进步奖。', ['2023年度浙江省科学技术进步奖', 'Award']],
    ['入选嘉兴市级专精特新企业认定名单。', ['嘉兴市级专精特新企业认定名单', 'Recognition']],
    ['他们报名参加了中国国际进口博览会。', ['中国国际进口博览会', 'TradeFair']],
  ])('unquoted: %s', (sentence, expected) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining([expected]));
  });

  test('modules of a platform listed before the word for them, and found again on the page', () => {
    const found = mentionsIn('“智慧社区”平台分为居民议事、物业报修、邻里互助三大板块。居民通过物业报修提交问题。');
    expect(found.filter((m) => m.rule === 'prog.listed-module').map((m) => [m.text, m.kind])).toEqual([
      ['居民议事', 'Platform'],
      ['物业报修', 'Platform'],
      ['邻里互助', 'Platform'],
    ]);
    expect(found.filter((m) => m.text === '物业报修')).toHaveLength(2);
    expect(mentionsIn('系统设置有问题办理、红哨组团等模块。').filter((m) => m.label === 'Programme').map((m) => m.text)).toEqual(['问题办理', '红哨组团']);
  });

  test('a bracketed qualifier after a fair belongs to it', () => {
    expect(programmes('2023浙江平湖出口网上交易会（东盟站—服装专场）开幕。')[0]).toEqual(['2023浙江平湖出口网上交易会（东盟站—服装专场）', 'TradeFair']);
  });

  test.each([['这声夸奖来得及时。'], ['他多次获奖。'], ['大家都说“很好”。'], ['开展“一对一”帮扶。'], ['推行“1+3+N”模式。'], ['“谢谢，谢谢！没想到这么快。”他说。']])('no programme in: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

// Issue 11: programmes named without quotes or type words, titles received, slogans of two parts, documents
// with a period; and the common phrases that end the same way.
describe('programmes that generalise', () => {
  test.each([
    ['实施“先富带后富、强村带弱村”工程。', '“先富带后富、强村带弱村”工程', 'Project'],
    ['开展“线上订货，线下看样”系列活动。', '“线上订货，线下看样”系列活动', 'Campaign'],
    ['举办“数智‘汇’”主题沙龙。', '“数智‘汇’”主题沙龙', 'Campaign'],
    // Quotes inside quotes: the whole is the name when a type word closes it, else the inner quotes are read.
    ['一项名为“山林‘四治四兴’模式”的改革正在推开。', '“山林‘四治四兴’模式”', 'Policy'],
    ['他们提出“小山村里的‘四治四兴’模式要推广”。', '‘四治四兴’模式', 'Policy'],
    ['“宁海茶艺师”专题培训班开班。', '“宁海茶艺师”专题培训班', 'Campaign'],
  ])('quoted: %s', (sentence, name, kind) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining([[name, kind]]));
  });

  test.each([
    ['村里先后获得“省级卫生村”“全国卫生乡镇”等荣誉。', [['“省级卫生村”', 'Recognition'], ['“全国卫生乡镇”', 'Recognition']]],
    ['这款大米连续三年获评“浙江好稻米”。', [['“浙江好稻米”', 'Recognition']]],
    ['该镇入选第二批国家级农业产业强镇。', [['第二批国家级农业产业强镇', 'Recognition']]],
    ['余姚被评为全国科普示范县。', [['全国科普示范县', 'Recognition']]],
    ['古镇入选国家级（第一批）特色小镇。', [['国家级（第一批）特色小镇', 'Recognition']]],
    ['这个县跻身全国十强县行列。', [['全国十强县', 'Recognition']]],
    ['全县累计培育国家高新技术企业12家。', [['国家高新技术企业', 'Recognition']]],
    ['作为省级专精特新企业，公司加大研发投入。', [['省级专精特新企业', 'Recognition']]],
    ['该公司是国家级专精特新“小巨人”企业。', [['国家级专精特新“小巨人”企业', 'Recognition']]],
    ['这家厂为省级高新技术企业。', [['省级高新技术企业', 'Recognition']]],
  ])('titles received: %s', (sentence, expected) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining(expected));
  });
  test.each([['这是全国最大的企业之一。'], ['它是国内领先的光伏企业。']])('a description is no title: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });

  test.each([
    ['宁波跨境电商公共平台上线一年。', '宁波跨境电商公共平台', 'Platform'],
    ['镇里推进秸秆综合利用示范项目。', '秸秆综合利用示范项目', 'Project'],
    ['企业加入海外仓培育计划。', '海外仓培育计划', 'Policy'],
    ['园区建立企业诉求直通机制。', '企业诉求直通机制', 'Policy'],
    ['当地出台《宁海县茶产业高质量发展行动方案（2025—2027年）》。', '《宁海县茶产业高质量发展行动方案（2025—2027年）》', 'Policy'],
    ['协会发布《农家乐服务质量等级划分规范》。', '《农家乐服务质量等级划分规范》', 'Policy'],
  ])('unquoted names of their type: %s', (sentence, name, kind) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining([[name, kind]]));
  });

  test.each([
    ['完善工作机制，建立长效管理机制。'],
    ['三个项目同时开工，这个项目很重要。'],
    ['电商平台越来越多。'],
    ['他获得了很多帮助，公司成为行业第一大厂商。'],
    ['大家一起讨论明年的生产计划。'],
    ['产品被专家组认定为合格。'],
    ['新产品获得全国多家龙头企业的认可。'],
    ['这家企业获“国字号”荣誉。'],
    ['实施民生工程和惠民工程。'],
    ['全市实施市重点技改项目9个，建成风力发电项目。'],
    ['口号是“先富带后富、强村带弱村”。'],
  ])('no programme in: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

// A workshop (工坊) is a body with a place, workers and sales — an organisation, quoted or not; only a word of a
// programme after it (“…工坊”建设项目) makes a programme.
describe('workshops are organisations', () => {
  const labelled = (s: string, text: string) => mentionsIn(s).filter((m) => m.text.replace(/[“”]/g, '') === text).map((m) => m.label);
  test.each([
    ['走进溪口镇“竹韵共富工坊”，村民们正忙着编竹篮。', '竹韵共富工坊'],
    ['桐庐县“山花手作工坊”去年销量突破2万件。', '山花手作工坊'],
  ])('%s', (sentence, name) => {
    expect(labelled(sentence, name)).toContain('Organization');
    expect(programmes(sentence)).toEqual([]);
  });
  test('a programme of workshops is still a programme', () => {
    expect(programmes('全市推进“共富工坊”建设项目。')).toEqual([['“共富工坊”建设项目', 'Project']]);
  });
});

// A project's capacity (30万千瓦, 年产10万吨) is part of its name: the name runs past it to its owner, and never
// starts inside the figure.
describe('a capacity inside a project name', () => {
  test.each([
    ['这里是临泉县华信能源20万千瓦农光互补光伏发电示范项目。', '临泉县华信能源20万千瓦农光互补光伏发电示范项目'],
    ['北辰饲料年产10万吨饲料加工示范项目开工。', '北辰饲料年产10万吨饲料加工示范项目'],
  ])('%s', (sentence, name) => {
    expect(programmes(sentence)).toEqual([[name, 'Project']]);
  });
  test('with nothing named before the figure, the name starts after it', () => {
    expect(programmes('镇里开工建设30万千瓦光伏发电示范项目。')).toEqual([['光伏发电示范项目', 'Project']]);
  });
  // lead12: a company named in full owns the project after it; it is a name of its own.
  test.each([
    ['金穗新材料有限公司年产3万吨聚氨酯项目开工。', '金穗新材料有限公司', [['年产3万吨聚氨酯项目', 'Project']]],
    ['宏达光电股份有限公司二期项目投产。', '宏达光电股份有限公司', []],
  ])('a company\'s full name before the project is its owner, not part of its name: %s', (sentence, company, names) => {
    expect(programmes(sentence)).toEqual(names);
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization').map((m) => m.text)).toEqual([company]);
  });
  test('a figure that is no capacity stays outside', () => {
    expect(programmes('全县投入3000万元乡村振兴示范项目资金。').map(([t]) => t)).not.toContainEqual(expect.stringMatching(/^\d|^万/));
  });
});

// A project's name says what it does, with verbs (治理, 改造) that stop the growth; it goes on past them to a
// place that opens the name, unless a verb follows the place (the place is then the subject).
describe('verbs inside a project name', () => {
  test.each([
    ['这里是临泉县华信能源20万千瓦废弃矿坑回填修复风电示范项目。', '临泉县华信能源20万千瓦废弃矿坑回填修复风电示范项目'],
    ['岳西县山泉公司废弃矿山修复治理示范项目已经完工。', '岳西县山泉公司废弃矿山修复治理示范项目'],
  ])('%s', (sentence, name) => {
    expect(programmes(sentence)).toEqual([[name, 'Project']]);
  });
  test.each([
    ['临泉县推进秸秆综合利用示范项目。', '秸秆综合利用示范项目'],
    ['岳西县是海上风电示范项目所在地。', '海上风电示范项目'],
    ['镇里开工建设分布式储能示范项目。', '分布式储能示范项目'],
  ])('no place before a verb of the sentence: %s', (sentence, name) => {
    expect(programmes(sentence)).toEqual([[name, 'Project']]);
  });
});

// A verbal noun after a noun (客商服务, 居民服务) is a noun phrase inside a name, not a verb that opens it.
describe('a verbal noun inside a name', () => {
  test.each([
    ['园区建立客商服务联络员机制。', '客商服务联络员机制'],
    ['街道推行居民服务网格员机制。', '居民服务网格员机制'],
  ])('%s', (sentence, name) => {
    expect(programmes(sentence)).toEqual([[name, 'Policy']]);
  });
  test.each([['县里完善客商服务工作机制。'], ['县里建立服务联络员机制。'], ['他们的服务机制很灵活。']])('no name in: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

// Festivals are events a place or a named thing holds (第三届临安山核桃文化节); a corridor or a cooperation in
// quotes names a project or a policy (“杭州—绍兴—宁波”城际物流走廊, “山海协作”).
describe('festivals, corridors and cooperations', () => {
  test.each([
    ['第三届临安山核桃文化节在太湖源镇开幕。', '第三届临安山核桃文化节', 'Campaign'],
    ['2024年中国农民丰收节主会场设在这里。', '2024年中国农民丰收节', 'Campaign'],
    ['首届千岛湖音乐节吸引游客五万人次。', '首届千岛湖音乐节', 'Campaign'],
    ['打造“杭州—绍兴—宁波”城际物流走廊。', '“杭州—绍兴—宁波”城际物流走廊', 'Project'],
    ['深化“山海协作”，共建产业园。', '“山海协作”', 'Policy'],
  ])('%s', (sentence, name, kind) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining([[name, kind]]));
  });
  // A festival of a kind, with nothing naming whose it is, is not a name.
  test.each([['村里举办乡村美食节。'], ['学校每年都办艺术节。'], ['这条走廊很长。']])('no name in: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

// A verb of receiving governs the whole list after it: each further item that opens with its own scope is a title
// too; a list that goes on with something else ends where it does.
describe('titles received, listed', () => {
  test.each([
    ['该镇荣获国家园林城镇、全国重点镇、省级森林城镇等称号。', ['国家园林城镇', '全国重点镇', '省级森林城镇']],
    ['合作社被评为省级示范社、市级农业龙头企业。', ['省级示范社', '市级农业龙头企业']],
    ['学校入选第三批全国文明校园、首批省级数字校园试点。', ['第三批全国文明校园', '首批省级数字校园试点']],
  ])('%s', (sentence, names) => {
    expect(programmes(sentence).map(([name]) => name)).toEqual(names);
  });
  test.each([
    ['村里获得市级先进集体、全村人均收入提高。', ['市级先进集体']],
    ['厂里获得省级绿色工厂、不少订单和好评。', ['省级绿色工厂']],
  ])('the list ends where an item has no scope: %s', (sentence, names) => {
    expect(programmes(sentence).map(([name]) => name)).toEqual(names);
  });
});

// A title received may hold a quoted word or a grade between its words and be joined to a second title by 和.
describe('titles received: quoted words, grades and 和', () => {
  test.each([
    ['这家厂入选国家级专精特新“小巨人”企业名单。', ['国家级专精特新“小巨人”企业名单']],
    ['这家厂被认定为省级“隐形冠军”培育企业。', ['省级“隐形冠军”培育企业']],
    ['合作社获评省级“放心农场”示范基地。', ['省级“放心农场”示范基地']],
    ['该村获评江西省4A级乡村旅游点。', ['江西省4A级乡村旅游点']],
    ['景区被评为国家5A级旅游景区和全国研学旅行基地。', ['国家5A级旅游景区', '全国研学旅行基地']],
  ])('%s', (sentence, names) => {
    expect(programmes(sentence).map(([name]) => name)).toEqual(names);
  });
});

// A festival named by its product alone is one with its edition or year; 首届 is an edition as 第二届 is.
describe('festivals by their product, and 首届', () => {
  test.each([
    ['第三届桃花节吸引游客5万人次。', ['第三届桃花节']],
    ['东岙村首届枇杷节开幕。', ['东岙村首届枇杷节']],
    ['县里举办首届乡村振兴论坛。', ['首届乡村振兴论坛']],
  ])('%s', (sentence, names) => {
    expect(programmes(sentence).map(([name]) => name)).toEqual(names);
  });
  test.each([['春节期间，游客增多。'], ['这个环节很重要。'], ['桃花节前后游客多。']])('no festival: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

// Time words that name a kind (夜间, 春季, 中秋) are words of a name; words that point to the article's time end it.
describe('season words inside names', () => {
  test.each([
    ['区商务局公布市级夜间经济样板区名单。', '市级夜间经济样板区名单'],
    ['县商务局举办2025年春季汽车展销会。', '2025年春季汽车展销会'],
  ])('%s', (sentence, name) => {
    expect(programmes(sentence).map(([n]) => n)).toContain(name);
  });
  test('a village day-care centre is one organisation', () => {
    expect(mentionsIn('新丰村日间照料中心正式启用。').filter((m) => m.label === 'Organization').map((m) => m.text)).toEqual(['新丰村日间照料中心']);
  });
  test('a time word that points to the article’s time ends the name', () => {
    expect(programmes('今年春季展销会将于3月举行。')).toEqual([]);
    expect(programmes('去年冬季博览会吸引了不少客商。')).toEqual([]);
  });
});

describe('festivals and games named by their edition', () => {
  test.each([
    ['县里举办了第二届蔬菜丰收节。', '第二届蔬菜丰收节'],
    ['首届山区美食文化节吸引游客一万人次。', '首届山区美食文化节'],
    ['2026年高山音乐节门票售罄。', '2026年高山音乐节'],
    ['第十二届职工运动会昨天闭幕。', '第十二届职工运动会'],
  ])('an edition or a year names a festival without a place: %s', (sentence, name) => {
    expect(programmes(sentence).map(([n]) => n)).toContain(name);
  });
  test.each([
    ['5月6日，义乌市第四届蜜梨节在赤岸镇开幕。', '义乌市第四届蜜梨节'],
    ['兰溪市第九届运动会于昨天开幕。', '兰溪市第九届运动会'],
  ])('a place right before the edition opens the name, also when jieba glues the type word to 在/于: %s', (sentence, name) => {
    expect(programmes(sentence).map(([n]) => n)).toContain(name);
  });
  test.each([['今年的文化节在周末举行。'], ['学校每年举办运动会。'], ['春节在即，超市备货充足。'], ['这一环节在全国尚属首次。']])('no edition, no name: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

describe('a certification named in quotes', () => {
  test.each([
    ['县中医院顺利通过“三级甲等中医医院”认证。', '“三级甲等中医医院”认证'],
    ['这家茶厂通过“品字标”认证，产品走进了商超。', '“品字标”认证'],
  ])('a quoted name before 认证 is a recognition, not a body: %s', (sentence, name) => {
    expect(programmes(sentence)).toContainEqual([name, 'Recognition']);
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization').map((m) => m.text)).not.toContain(name.replace(/[“”]|认证$/g, ''));
  });
});

describe('verbs jieba tags as nouns end a programme’s name (jieba-overrides.tsv)', () => {
  test.each([
    ['海宁皮革集团新款亮相第三届时尚博览会', '第三届时尚博览会'],
    ['两个新项目落户第五届数字贸易交易会', '第五届数字贸易交易会'],
  ])('%s → %s', (sentence, name) => {
    expect(programmes(sentence).map(([n]) => n)).toEqual([name]);
  });
});

describe('a type word after 等 names the kind of what the list holds', () => {
  test.each([['企业将参加汉诺威工业博览会等境外展会。'], ['公司参加了广交会、华交会等展会。']])('no programme ending after 等: %s', (sentence) => {
    expect(programmes(sentence).map(([n]) => n).filter((n) => String(n).includes('等'))).toEqual([]);
  });
  test('高等 and 一等 are words of a name', () => {
    expect(programmes('第三届高等教育博览会开幕。').map(([n]) => n)).toEqual(['第三届高等教育博览会']);
  });
});
test('an award of a grade (一等奖) keeps its name', () => {
  expect(programmes('省科技进步一等奖揭晓。').map(([n]) => n)).toEqual(['省科技进步一等奖']);
});
