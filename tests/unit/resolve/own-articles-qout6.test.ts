// Figures read from kinds of county news written for this round (qout6): an industrial cluster's year, an energy
// project, a village's crops, a firm's R&D, a pilot's first results, a county's people's livelihood figures. Sentences
// written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '浦江县' }), figure);

describe('他/她 heading the figure\'s clause is the person named last in the paragraph, not the body in view', () => {
  const grower = '苍坞村成立了苍坞蓝莓专业合作社。村民葛立新种了12亩蓝莓，他告诉记者，去年他家收入超过26万元。';

  test('他家 after a clause introducing what he said', async () => {
    expect(await subjectsOf('超过26万元', grower)).toEqual(['葛立新']);
  });

  test.each([
    ['her own clause after a saying verb', '1.8万斤', '苍坞村村民方巧云说，她今年卖了1.8万斤蓝莓。', '方巧云'],
    ['after a time word', '40亩', '种粮大户吴志刚在苍坞村种了多年水稻。今年他又流转了40亩土地。', '吴志刚'],
  ])('%s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('not 他们 (the body in view)', async () => {
    expect(await subjectsOf('3200万元', '浦江鸿远五金有限公司是一家老牌企业。负责人楼国平说，他们去年销售额达到3200万元。')).toEqual(['浦江鸿远五金有限公司']);
  });

  test('not inside a quotation (the person the speaker speaks of)', async () => {
    expect(await subjectsOf('6000元', '“他家去年卖了6000元。”苍坞村党支部书记徐海波说。')).not.toContain('徐海波');
  });
});

describe('an area word pointing to an area the text does not name leaves the figure no one\'s', () => {
  const village = '在苍坞村的带动下，周边村也种起了蓝莓，全镇蓝莓面积达到3600亩。2023年，全镇农村居民人均可支配收入达到4.1万元。';

  test.each([['the word in the figure\'s clause', '3600亩'], ['opening the next sentence', '4.1万元']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, '苍坞村成立了苍坞蓝莓专业合作社，社员户均增收5万元。', village)).toEqual([]);
  });

  test('the town when the text names it', async () => {
    expect(await subjectsOf('3600亩', '杭坪镇苍坞村成立了苍坞蓝莓专业合作社。', village)).toEqual(['杭坪镇']);
  });
});

describe('a clause naming nothing after the body an area word\'s clause founded is the body\'s', () => {
  test.each([
    ['a co-op the village set up', '142户', '2020年，村里成立了苍坞蓝莓专业合作社，已有142户农户入社。', '苍坞蓝莓专业合作社'],
    ['a firm the town formed', '310万元', '2021年，镇里组建了岭西强村发展有限公司，当年实现营收310万元。', '岭西强村发展有限公司'],
  ])('%s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('the area word in the figure\'s own clause keeps it', async () => {
    expect(await subjectsOf('46万元', '杭坪镇苍坞村去年成立了苍坞蓝莓专业合作社，村集体经营性收入达到46万元。')).toEqual(['苍坞村']);
  });
});

describe('位于某地的某园: the name after 的 heads the clause, not the place after 位于', () => {
  test.each([
    ['a park in a development zone', '2.8平方公里', '位于浦江经济开发区的数字经济产业园规划面积2.8平方公里。', '数字经济产业园'],
    ['a clause naming nothing after it', '64家', '位于浦江经济开发区的数字经济产业园已落地企业64家。', '数字经济产业园'],
    ['a firm in a town', '4.6亿元', '地处郑家坞镇的浙江恒亚新材料有限公司，去年营收4.6亿元。', '浙江恒亚新材料有限公司'],
  ])('%s', async (_case, figure, text, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('the place itself when no name follows its 的', async () => {
    expect(await subjectsOf('460亩', '郑家坞镇位于县城东部，耕地面积4.3万亩。黄宅镇新增设施大棚460亩。')).toEqual(['黄宅镇']);
  });
});

describe('a partner after 还和/也和 is not the figure\'s subject', () => {
  test('a university a firm built a lab with', async () => {
    expect(await subjectsOf('280万元', '浦江鸿远五金有限公司还和浙江工业大学共建了实验室，投入资金280万元。')).toEqual(['浦江鸿远五金有限公司']);
  });

  test('nor a university a speaker\'s base worked with, named after 我们还和', async () => {
    expect(await subjectsOf('60亩', '“我们还和浙江农林大学合作建了试验田，面积60亩。”基地负责人方志强说。')).not.toContain('浙江农林大学');
  });

  test('甲和乙 heading the clause as a list is not a partner', async () => {
    expect(await subjectsOf('42家', '岩头镇和黄宅镇今年新增家庭农场42家。')).not.toEqual([]);
  });
});

describe('an area a figure is compared with is not whose figure it is', () => {
  test.each([
    ['after 比, the town heading the sentence', '7万元', '黄宅镇亩均税收达到39万元，比全市平均水平高出7万元。', ['黄宅镇']],
    ['after 高于, the county heading the sentence', '0.4个百分点', '全县规上工业增加值增长8.3%，高于全市0.4个百分点。', ['浦江县']],
    ['a clause naming nothing else after an unknown head', '6万元', '某园区亩均税收达到36万元，比全市平均水平高出6万元。', []],
  ])('%s', async (_case, figure, text, subjects) => {
    expect(await subjectsOf(figure, text)).toEqual(subjects);
  });
});

describe('a ratio is the area\'s figure like any other', () => {
  test('城乡居民收入比 after 全县', async () => {
    expect(await subjectsOf('1.66', '全县城乡居民收入比由1.71缩小到1.66。')).toEqual(['浦江县']);
  });
});

describe('a kind word pointing back (该基地, 这个基地) to a body of a kind none in view is about that body: no one\'s', () => {
  const base = '2021年，大溪乡引进浙江青禾农业开发有限公司，建起高山蔬菜示范基地。该基地目前已种植蔬菜1500多亩，亩产达到3800斤以上。';

  test.each([['its own clause', '1500多亩'], ['a later clause naming nothing', '3800斤以上']])('%s, not the township before it', async (_case, figure) => {
    expect(await subjectsOf(figure, base)).toEqual([]);
  });

  test('a park in view keeps 该园区', async () => {
    expect(await subjectsOf('46家', '浦江县建起了光电产业园。该园区目前已落地企业46家。')).toEqual(['光电产业园']);
  });

  test('a firm in view keeps 这家企业', async () => {
    expect(await subjectsOf('1500多亩', '大溪乡引进了浙江青禾农业开发有限公司。这家企业目前已种植茶叶1500多亩。')).toEqual(['浙江青禾农业开发有限公司']);
  });

  test('a firm in view keeps 该公司', async () => {
    expect(await subjectsOf('2.3亿元', '浙江青禾农业开发有限公司成立于2015年。该公司去年营收2.3亿元。')).toEqual(['浙江青禾农业开发有限公司']);
  });
});

describe('a name read with the words opening a list\'s item (三是发展某某) is no subject of the items after it', () => {
  const list = '今年以来，县供销合作社主要做了三方面工作：一是新建为农服务中心4个；二是发展庄稼医院9家；三是培育电商服务站72个，带动农产品网销额3600万元。';

  test.each([['its own count', '9家'], ['the next item', '72个'], ['a clause after it', '3600万元']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, list)).not.toContain('二是发展庄稼医院');
  });

  test('the body heading the list keeps the first item', async () => {
    expect(await subjectsOf('4个', list)).toEqual(['浦江县供销合作社']);
  });
});

describe('其中 goes on from the figure before as it was given', () => {
  test('not a subject carried from the paragraph before and left out', async () => {
    const text = ['位于浦江经济开发区的光电产业园已落地企业46家。', '产业发展带来了就业。去年，产业从业人员达到1.8万人，其中本科以上学历人员2700人。'];
    expect(await subjectsOf('2700人', ...text)).toEqual([]);
  });

  test('the figure before\'s own subject', async () => {
    expect(await subjectsOf('2700人', '去年，浙江锐达电机有限公司员工达到1.8万人，其中本科以上学历人员2700人。')).toEqual(['浙江锐达电机有限公司']);
  });
});

describe('试点工作, 该试点 opening a sentence bare is the pilot in view', () => {
  const pilot = '去年5月，浦江县在虞宅乡开展“强村富民”建设试点。';
  const work = '试点工作主要做了三件事：一是建立村企结对机制，已有36家企业参与结对；二是开展技能培训，累计培训村民1900人次。';

  test.each([['the first item of its list', '36家'], ['a later item after ；', '1900人次']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, pilot, work)).toEqual(['强村富民']);
  });

  test('not a programme not named as a pilot', async () => {
    expect(await subjectsOf('36家', '去年5月，浦江县启动“强村富民”三年行动。', work)).not.toContain('强村富民');
  });

  test.each([
    ['an area word after it', '试点期间，县里新增就业岗位650个。', '650个', ['浦江县']],
    ['a body heading the clause', '试点期间，浙江青禾农业开发有限公司新增就业岗位120个。', '120个', ['浙江青禾农业开发有限公司']],
  ])('not %s', async (_case, text, figure, subjects) => {
    expect(await subjectsOf(figure, pilot, text)).toEqual(subjects);
  });
});

describe('a distance after 距 is no one\'s figure', () => {
  test('a firm\'s distance from the county seat', async () => {
    expect(await subjectsOf('约15公里', '浙江青禾农业开发有限公司距县城约15公里，去年营收1.2亿元。')).toEqual([]);
  });

  test('its other figures stay its own', async () => {
    expect(await subjectsOf('1.2亿元', '浙江青禾农业开发有限公司距县城约15公里，去年营收1.2亿元。')).toEqual(['浙江青禾农业开发有限公司']);
  });
});

describe('a price per unit in a grower\'s quotation naming its product first is no one\'s; the grower\'s income stays his', () => {
  const grower = '茶农钟立群家有茶园18亩，他算了一笔账：“今年明前茶每斤卖到320元，光春茶就收入了14万元。”';

  test('the price', async () => {
    expect(await subjectsOf('320元', grower)).toEqual([]);
  });

  test('his income after it', async () => {
    expect(await subjectsOf('14万元', grower)).toEqual(['钟立群']);
  });
});

describe('这里, 这片…间 opening a sentence is the place named last before it', () => {
  const hills = ['浦江县东部的云岭山林木葱茏，是远近闻名的避暑胜地。', '这片山林间，集聚着全县80%以上的民宿。这里去年接待游客96万人次。'];

  test.each([['a share of the county\'s (the county is the whole)', '80%以上'], ['这里 opening the next sentence', '96万人次']])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, ...hills)).toEqual(['云岭山']);
  });

  test('a village', async () => {
    expect(await subjectsOf('3.9万元', '走进虞宅乡马岭村，古朴的民居错落有致。', '在这里，村民人均年收入达到3.9万元。')).toEqual(['马岭村']);
  });

  test.each([
    ['in a quotation (where the speaker is)', '“这里去年接待游客50万人次。”浦江县文旅局局长张立说。', '50万人次'],
    ['a sentence naming its own subject', '这里，浙江青禾农业开发有限公司去年产茶80吨。', '80吨'],
  ])('not %s', async (_case, text, figure) => {
    expect(await subjectsOf(figure, '走进虞宅乡马岭村，古朴的民居错落有致。', text)).not.toContain('马岭村');
  });
});

describe('both parties, or a count of the bodies named, opening the clause: the figure is theirs together', () => {
  const pair = '浦江鸿远五金有限公司与浦江晶耀科技有限公司签订合作协议，双方将共同投资2.4亿元。鸿远五金去年实现产值8.2亿元，晶耀科技去年实现产值5.1亿元，两家企业去年合计纳税6400万元。';

  test.each([['双方', '2.4亿元'], ['两家企业…合计', '6400万元']])('%s: no one\'s', async (_case, figure) => {
    expect(await subjectsOf(figure, pair)).toEqual([]);
  });

  test.each([['the first firm\'s own', '8.2亿元', '浦江鸿远五金有限公司'], ['the second\'s', '5.1亿元', '浦江晶耀科技有限公司']])('%s stays', async (_case, figure, subject) => {
    expect(await subjectsOf(figure, pair)).toEqual([subject]);
  });

  test('not a count of bodies that is itself the figure (the county\'s)', async () => {
    expect(await subjectsOf('3家', '今年，全县新增国家级专精特新企业3家。')).toEqual(['浦江县']);
  });
});

describe('他们家 after a person is the person\'s household', () => {
  test('not the body in view', async () => {
    expect(await subjectsOf('27万元', '岭口村成立了岭口茶叶专业合作社。村民叶建华的茶园有35亩，他们家去年卖茶收入了27万元。')).toEqual(['叶建华']);
  });
});

describe('我们村 in a village secretary\'s quotation is the village', () => {
  test('the village named with its branch', async () => {
    expect(await subjectsOf('2600万元', '虞宅乡马岭村党支部书记方德兴是一名老党员。', '“我们村去年茶叶销售额突破2600万元。”方德兴说。')).toEqual(['马岭村']);
  });

  test('我们 alone is still the speaker\'s body', async () => {
    expect(await subjectsOf('1800万元', '“我们去年销售额突破1800万元。”浦江鸿远五金有限公司总经理何平说。')).toEqual(['浦江鸿远五金有限公司']);
  });
});

describe('the depth a well is dug to is no one\'s figure', () => {
  test('in a villager\'s quotation about 我们村', async () => {
    expect(await subjectsOf('20多米', '虞宅乡马岭村党支部书记方德兴是一名老党员。', '“我们村在山坡上，自家的水井只能打到20多米。”方德兴说。')).toEqual([]);
  });
});
