// Relations read from kinds of news written for this round (qrel8): a co-operative's profile (他担任理事长), a police
// station's night call (副所长带领民警、辅警), a village's leaders listed with their posts, a hospital's department,
// counties paired by 山海协作 and 东西部协作, a listed company's annual report (控股子公司, 并购). Sentences written
// for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const worksFor = (facts: string[], person: string): string[] => facts.filter((f) => f.startsWith(`WORKS_FOR ${person} →`));

describe('他 or 她 and a verb of holding a post: the one person the paragraph names before it (rel.works-for.pronoun)', () => {
  test.each([
    ['a co-operative named by its kind, the one in view', ['2016年，邵春林回到老家，牵头成立了武义县溪口香榧专业合作社。如今，他担任合作社理事长，带领社员种植香榧900亩。'], 'WORKS_FOR 邵春林 → 武义县溪口香榧专业合作社'],
    ['a body named in full', ['金丽娟是土生土长的缙云人。她现任缙云县妇女联合会副主席。'], 'WORKS_FOR 金丽娟 → 缙云县妇女联合会'],
    ['a village\'s own post: the village in view', ['大学毕业后，潘雅琴回到了家乡横溪村。2021年起，她担任村党支部书记。'], 'WORKS_FOR 潘雅琴 → 横溪村'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('two people named before the pronoun: nothing is read', async () => {
    const facts = await factsOf('俞建平和戴志勇是多年的好友。他担任缙云县恒丰机械有限公司总经理。');
    expect(worksFor(facts, '俞建平')).toEqual([]);
    expect(worksFor(facts, '戴志勇')).toEqual([]);
  });

  test('a company named by its kind with no company in view: nothing', async () => {
    const facts = await factsOf('童志华做茶叶生意多年。目前，他担任公司总经理。');
    expect(worksFor(facts, '童志华')).toEqual([]);
  });

  test('a post held before (曾任) and a clause that goes on after the post are not read', async () => {
    expect(worksFor(await factsOf('陶德明是退伍军人。他曾任缙云县交通运输局副局长。'), '陶德明')).toEqual([]);
    expect(worksFor(await factsOf('陶德明是退伍军人。他担任缙云县交通运输局副局长已有五年。'), '陶德明')).toEqual([]);
  });

  test('a pronoun opening its paragraph: the one person of the paragraph before', async () => {
    expect(await factsOf('“刚开始，村民们都不看好。”应卫国说。', '他还担任缙云县茶叶产业协会副会长。')).toContain('WORKS_FOR 应卫国 → 缙云县茶叶产业协会');
  });

  test('two people in the paragraph before, or a person only in an earlier paragraph than that: nothing', async () => {
    expect((await factsOf('李建国、王丽华都是合作社的老社员。', '他还担任缙云县茶叶产业协会副会长。')).filter((f) => f.includes('缙云县茶叶产业协会') && f.startsWith('WORKS_FOR'))).toEqual([]);
    expect(worksFor(await factsOf('应卫国是合作社的老社员。', '合作社今年发展顺利。', '去年，他担任缙云县茶叶产业协会副会长。'), '应卫国')).toEqual([]);
  });
});

describe('a police station named by its kind, and the ranks led by its officer (派出所副所长甲带领民警乙、辅警丙)', () => {
  const paragraphs = ['12月5日凌晨，开化县公安局华埠派出所接到一起报警。', '接警后，派出所副所长程立军带领民警汪海涛、辅警余丽萍赶到现场。'];

  test('the deputy head: the station in view', async () => {
    expect(await factsOf(...paragraphs)).toContain('WORKS_FOR 程立军 → 开化县公安局华埠派出所');
  });

  test('the ranks after 带领, and the rank listed after them', async () => {
    const facts = await factsOf(...paragraphs);
    expect(facts).toContain('WORKS_FOR 汪海涛 → 开化县公安局华埠派出所');
    expect(facts).toContain('WORKS_FOR 余丽萍 → 开化县公安局华埠派出所');
  });

  test('a research institute named by its kind: 研究所所长', async () => {
    expect(await factsOf('开化县农业科学研究所今年培育新品种3个。研究所所长周建文介绍了情况。')).toContain('WORKS_FOR 周建文 → 开化县农业科学研究所');
  });

  test('those led who hold no rank of the body (带领技术人员, 带领部门负责人) are not the leader\'s body\'s', async () => {
    const facts = await factsOf('开化县委书记孔志明带领县直部门负责人郑晓峰、技术员李春来走访企业。');
    expect(worksFor(facts, '郑晓峰')).toEqual([]);
    expect(worksFor(facts, '李春来')).toEqual([]);
  });

  test('a leader with no body: the ranks after 带领 hold nothing', async () => {
    const facts = await factsOf('老党员程立军带领民警汪海涛走访了群众。');
    expect(worksFor(facts, '汪海涛')).toEqual([]);
  });
});

describe('a village\'s leaders listed with their posts (村党支部书记甲、村委会主任乙、村监委会主任丙)', () => {
  test('the supervisory committee\'s head holds the village\'s post', async () => {
    const facts = await factsOf('石门村位于开化县西部。', '村党支部书记汪国庆、村委会主任叶春华、村监委会主任余建林一起商量对策。');
    expect(facts).toContain('WORKS_FOR 余建林 → 石门村');
    expect(facts).toContain('WORKS_FOR 汪国庆 → 石门村');
  });

  test('村务监督委员会主任 too', async () => {
    expect(await factsOf('石门村位于开化县西部。', '村务监督委员会主任余建林介绍了情况。')).toContain('WORKS_FOR 余建林 → 石门村');
  });

  test('with no village in view, nothing', async () => {
    expect(worksFor(await factsOf('村监委会主任余建林介绍了情况。'), '余建林')).toEqual([]);
  });
});

describe('a hospital\'s department and a doctor\'s title (某医院心内科副主任医师某某)', () => {
  test('the hospital, the department in the role', async () => {
    const g = await graphOfPage(page('地方新闻', '庆元县人民医院呼吸内科副主任医师毛晓丽提醒，冬季要注意保暖。'));
    expect(g.facts).toContain('WORKS_FOR 毛晓丽 → 庆元县人民医院');
    expect(g.relation('WORKS_FOR', '毛晓丽', '庆元县人民医院')?.properties.role).toBe('呼吸内科副主任医师');
  });

  test('a title with no body: nothing', async () => {
    expect(worksFor(await factsOf('执业医师毛晓丽提醒，冬季要注意保暖。'), '毛晓丽')).toEqual([]);
  });
});

describe('places paired by a programme (山海协作, 东西部协作): partners, and both take part where it is a node', () => {
  test.each([
    ['the pairing qualifying 的第十年', '今年是庆元县与宁波市北仑区山海协作的第十年。', 'PARTNER_OF 庆元县 → 北仑区'],
    ['东西部协作 after a province and a prefecture', '近年来，湖州市与四川省甘孜州东西部协作不断深化。', 'PARTNER_OF 湖州市 → 甘孜藏族自治州'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });

  test('a programme node: both places take part in it, it is in neither', async () => {
    const facts = await factsOf('泰顺县与温州市瓯海区“山海协作”工程持续推进。');
    expect(facts).toContain('PARTNER_OF 泰顺县 → 瓯海区');
    expect(facts).toContain('PARTICIPATED_IN 泰顺县 → 山海协作');
    expect(facts).toContain('PARTICIPATED_IN 瓯海区 → 山海协作');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 山海协作'))).toEqual([]);
  });

  test('a park of the programme is not the pair (乙区山海协作产业园)', async () => {
    const facts = await factsOf('泰顺县与温州市瓯海区山海协作产业园今年新引进项目6个。');
    expect(facts.filter((f) => f.startsWith('PARTNER_OF'))).toEqual([]);
  });
});

describe('a listed company\'s annual report: subsidiaries and acquisitions (PART_OF)', () => {
  test('公司控股子公司乙: the company in view owns it', async () => {
    const facts = await factsOf('浙江瑞通电气股份有限公司发布2025年年度报告。', '公司控股子公司衢州瑞通新能源有限公司实现净利润8600万元。');
    expect(facts).toContain('PART_OF 衢州瑞通新能源有限公司 → 浙江瑞通电气股份有限公司');
  });

  test('with no company in view, 公司控股子公司 ties nothing', async () => {
    const facts = await factsOf('公司控股子公司衢州瑞通新能源有限公司实现净利润8600万元。');
    expect(facts.filter((f) => f.startsWith('PART_OF 衢州瑞通新能源有限公司'))).toEqual([]);
  });

  test('甲完成对乙的并购', async () => {
    expect(await factsOf('年内，浙江瑞通电气股份有限公司完成对苏州恒芯半导体有限公司的并购。')).toContain('PART_OF 苏州恒芯半导体有限公司 → 浙江瑞通电气股份有限公司');
  });

  test.each([
    ['a deal called off', '浙江瑞通电气股份有限公司宣布终止对苏州恒芯半导体有限公司的收购。'],
    ['a deal only planned', '浙江瑞通电气股份有限公司拟收购苏州恒芯半导体有限公司。'],
    ['a deal given up', '浙江瑞通电气股份有限公司决定放弃收购苏州恒芯半导体有限公司。'],
  ])('%s: no firm is part of another', async (_case, sentence) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith('PART_OF 苏州恒芯半导体有限公司'))).toEqual([]);
  });
});

describe('a body named by its kind with an adverb before the partner (该院还与乙建立专科联盟)', () => {
  test('a bare 公司 with an adverb (公司还与乙) is not read: which company is meant is not sure', async () => {
    const facts = await factsOf('松阳天成新材料有限公司的产品主要为宝武钢铁集团有限公司配套。', '公司还与浙江大学材料学院合作建立了研发中心。');
    expect(facts.filter((f) => f.startsWith('PARTNER_OF') && f.endsWith('浙江大学材料学院'))).toEqual([]);
  });

  test('the hospital in view', async () => {
    expect(await factsOf('遂昌县人民医院新开设了疼痛科。该院还与浙江省人民医院建立了专科联盟。')).toContain('PARTNER_OF 遂昌县人民医院 → 浙江省人民医院');
  });

  test('a word that is no body (记者还与…) is no partner', async () => {
    const facts = await factsOf('遂昌县人民医院新开设了疼痛科。记者还与浙江省人民医院的专家进行了交流。');
    expect(facts.filter((f) => f.startsWith('PARTNER_OF'))).toEqual([]);
  });
});

describe('a zone named only inside its organ\'s name (某工业园区管委会主任…，园区内的某公司)', () => {
  test('the zone is a place: the organ is in it, and 园区 after it is that zone', async () => {
    const facts = await factsOf('龙泉市剑池工业园区管委会主任季文斌介绍，园区内的龙泉市宏远汽配有限公司今年产值突破3亿元。');
    expect(facts).toContain('LOCATED_IN 龙泉市剑池工业园区管委会 → 剑池工业园区');
    expect(facts).toContain('PART_OF 剑池工业园区 → 龙泉市');
    expect(facts).toContain('LOCATED_IN 龙泉市宏远汽配有限公司 → 剑池工业园区');
  });

  test('a word for zones alone (园区管委会) names no zone of its own', async () => {
    const g = await graphOfPage(page('地方新闻', '园区管委会主任季文斌介绍，园区内的龙泉市宏远汽配有限公司今年产值突破3亿元。'));
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Place' && n.properties.kind === 'DevelopmentZone')).toEqual([]);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 龙泉市宏远汽配有限公司 →') && !f.endsWith('龙泉市'))).toEqual([]);
  });
});

describe('a firm\'s supplies (为甲配套…，还向乙供货): the firm heading the sentence sells, not the buyer named before', () => {
  const paragraphs = ['在缙云县壶镇，缙云力达齿轮有限公司的车间里一片繁忙。', '公司副总经理叶晓东介绍，公司长期为奇瑞汽车配套生产变速箱齿轮，今年还开始向杭州前进齿轮箱集团股份有限公司供货。'];

  test('the company in view supplies the second buyer', async () => {
    expect(await factsOf(...paragraphs)).toContain('SUPPLIES 缙云力达齿轮有限公司 → 杭州前进齿轮箱集团股份有限公司');
  });

  test('the first buyer does not supply the second', async () => {
    const facts = await factsOf(...paragraphs);
    expect(facts.filter((f) => f.startsWith('SUPPLIES') && f.endsWith('杭州前进齿轮箱集团股份有限公司') && !f.includes('缙云力达齿轮有限公司'))).toEqual([]);
  });

  test('a firm heading the sentence still sells (甲向乙供货)', async () => {
    expect(await factsOf('缙云力达齿轮有限公司今年开始向杭州前进齿轮箱集团股份有限公司供货。')).toContain('SUPPLIES 缙云力达齿轮有限公司 → 杭州前进齿轮箱集团股份有限公司');
  });
});

describe('a recognition after an earlier clause\'s passive (甲被乙认定为…，今年又入选…)', () => {
  test('the firm listed again receives it; the ministry, the agent of the first clause, does not', async () => {
    const facts = await factsOf('据了解，缙云力达齿轮有限公司去年被工业和信息化部认定为国家级专精特新“小巨人”企业，今年又入选浙江省“隐形冠军”企业名单。');
    expect(facts).toContain('ORGANIZED 工业和信息化部 → 国家级专精特新“小巨人”企业');
    expect(facts.filter((f) => f.startsWith('RECEIVED 工业和信息化部'))).toEqual([]);
    expect(facts.filter((f) => f.startsWith('RECEIVED 缙云力达齿轮有限公司')).length).toBe(2);
  });
});

describe('a company named by its kind before 旗下 (公司旗下的乙)', () => {
  test('the company in view', async () => {
    expect(await factsOf('浙江华宇化工股份有限公司日前发布三季度报告。公司旗下的武义华宇氟材料有限公司正式投产。')).toContain('PART_OF 武义华宇氟材料有限公司 → 浙江华宇化工股份有限公司');
  });

  test('no company in view: nothing', async () => {
    expect((await factsOf('公司旗下的武义华宇氟材料有限公司正式投产。')).filter((f) => f.startsWith('PART_OF 武义华宇氟材料有限公司'))).toEqual([]);
  });
});

describe('a unit the article named right after its body (某医院老年医学科成立…老年医学科主任某某)', () => {
  test('the post is held at the body, the unit in the role', async () => {
    const g = await graphOfPage(page('地方新闻', '近日，松阳县人民医院康复医学科正式成立。', '康复医学科主任、主任医师叶丽君介绍，科室开设病床24张。'));
    expect(g.facts).toContain('WORKS_FOR 叶丽君 → 松阳县人民医院');
    expect(g.relation('WORKS_FOR', '叶丽君', '松阳县人民医院')?.properties.role).toBe('康复医学科主任');
  });

  test('a unit the article never named after a body: nothing', async () => {
    expect(worksFor(await factsOf('松阳县人民医院今年新增床位80张。', '康复医学科主任叶丽君介绍了情况。'), '叶丽君')).toEqual([]);
  });
});

describe('the ranks a police officer leads, the officer\'s post named in an earlier sentence', () => {
  test('带领辅警甲 after 某派出所社区民警乙 was named', async () => {
    const facts = await factsOf('松阳县公安局古市派出所社区民警刘建华今年已经54岁了。', '今年5月，刘建华带领辅警吴晓丽深入辖区开展反诈宣传。');
    expect(facts).toContain('WORKS_FOR 吴晓丽 → 松阳县公安局古市派出所');
  });

  test('a community worker listed after the ranks is not the station\'s (网格员)', async () => {
    const facts = await factsOf('松阳县公安局古市派出所社区民警刘建华今年已经54岁了。', '今年5月，刘建华带领辅警吴晓丽、网格员杨丽深入辖区开展反诈宣传。');
    expect(worksFor(facts, '杨丽')).toEqual([]);
  });
});

describe('a village named by 村里 is a partner (村里与某公司签订了协议)', () => {
  test('the village in view', async () => {
    expect(await factsOf('遂昌县王村口镇桥东村是个山区村。', '村里与遂昌县绿谷农业开发有限公司签订了蔬菜收购协议。')).toContain('PARTNER_OF 桥东村 → 遂昌县绿谷农业开发有限公司');
  });

  test('with only a town in view, 村里 is no one', async () => {
    expect((await factsOf('遂昌县王村口镇是个山区镇。', '村里与遂昌县绿谷农业开发有限公司签订了蔬菜收购协议。')).filter((f) => f.startsWith('PARTNER_OF'))).toEqual([]);
  });
});

describe('a chairman under several posts (公司董事长、总经理，县人大代表某某)', () => {
  test('the company in view and the county\'s people\'s congress', async () => {
    const facts = await factsOf('在缙云县壶镇，缙云力达齿轮有限公司的车间里一片繁忙。', '公司董事长、总经理，县人大代表叶志明告诉记者，今年订单已经排满。');
    expect(facts).toContain('WORKS_FOR 叶志明 → 缙云力达齿轮有限公司');
    expect(facts).toContain('WORKS_FOR 叶志明 → 缙云县人大');
  });

  test('a representative of no body holds nothing (村民代表)', async () => {
    expect(worksFor(await factsOf('村民代表叶志明在会上发言。'), '叶志明')).toEqual([]);
  });
});

describe('a pronoun opening its paragraph after a quoted speaker (村民某某说。/ 他还担任…)', () => {
  test('two people named in the body before it: nothing', async () => {
    const facts = await factsOf('叶宏伟是大木山村有名的“茶二代”。', '“他带着我们一起干。”村民王丽华说。', '他还担任松阳县茶叶产业协会副会长。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR') && f.endsWith('松阳县茶叶产业协会'))).toEqual([]);
  });
});

describe('公司 before 旗下 or 控股子公司 when several companies are named', () => {
  test('the company the title names', async () => {
    const g = await graphOfPage(page('浙江华宇化工股份有限公司三季度净利润增长', '报告期内，浙江华宇化工股份有限公司收购了福建东昇化工有限公司。东昇化工成为公司全资子公司。', '公司旗下的武义华宇氟材料有限公司正式投产。'));
    expect(g.facts).toContain('PART_OF 武义华宇氟材料有限公司 → 浙江华宇化工股份有限公司');
    expect(g.facts).not.toContain('PART_OF 武义华宇氟材料有限公司 → 福建东昇化工有限公司');
  });

  test('no company in the title and several named: nothing', async () => {
    const facts = await factsOf('报告期内，浙江华宇化工股份有限公司收购了福建东昇化工有限公司。东昇化工成为公司全资子公司。', '公司旗下的武义华宇氟材料有限公司正式投产。');
    expect(facts.filter((f) => f.startsWith('PART_OF 武义华宇氟材料有限公司'))).toEqual([]);
  });
});

describe('a later clause opening with 现任 goes on about the person heading the sentence (rel.works-for.later-clause)', () => {
  test.each([
    ['after a clause of schooling', '叶宏伟毕业于浙江农林大学，现任松阳县大木山茶叶专业合作社理事长。', 'WORKS_FOR 叶宏伟 → 松阳县大木山茶叶专业合作社'],
    ['after a time word', '2019年，吴晓芳回到家乡，现任遂昌县妇女联合会副主席。', 'WORKS_FOR 吴晓芳 → 遂昌县妇女联合会'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });

  test('two people heading the sentence: nothing', async () => {
    const facts = await factsOf('王建新和李丽华一起创业，现任遂昌县青年企业家协会会长。');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR') && f.endsWith('遂昌县青年企业家协会'))).toEqual([]);
  });

  test('a person not heading the sentence: nothing', async () => {
    expect(worksFor(await factsOf('在村民王建新看来，现任村党支部书记很能干。'), '王建新')).toEqual([]);
  });
});

describe('a company named by its kind selling (公司产品主要为乙等企业配套)', () => {
  test('the only company named before', async () => {
    expect(await factsOf('松阳天成新材料有限公司是一家专业生产不锈钢管的企业。', '公司长期为浙江吉利控股集团有限公司配套生产零部件。')).toContain('SUPPLIES 松阳天成新材料有限公司 → 浙江吉利控股集团有限公司');
  });

  test('no company named before: nothing', async () => {
    expect((await factsOf('公司长期为浙江吉利控股集团有限公司配套生产零部件。')).filter((f) => f.startsWith('SUPPLIES'))).toEqual([]);
  });
});
