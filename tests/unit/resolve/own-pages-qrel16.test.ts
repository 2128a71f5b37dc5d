// Notices, lists, signings and meeting reports on county papers' own pages, read with a home city (qrel16): a list
// printed one item a line (winners with their units, firms on a list, 单位： columns), the title the list is of, a
// set a sentence counts and then names with 其中, firms placed together or counted, and 市委 on a county-level city's
// page whose event is held in another city.
// Sentences written for these tests (names of firms, people and titles invented; places real, from the gazetteer).
import { graphOfPage } from '../../helpers/page-graph.js';

const HEAD = '2025年9月3日 星期三 第2版 综合';
/** A page of one piece: the running head, the title, then the lines as printed (one a line). */
const page = (title: string, ...lines: string[]): string => `${HEAD}\n\n${title}\n\n${lines.join('\n')}\n`;
const graphOf = (home: string, title: string, ...lines: string[]) => graphOfPage(page(title, ...lines), { homeCity: home });
const factsIn = async (home: string, title: string, ...lines: string[]): Promise<string[]> => (await graphOf(home, title, ...lines)).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));
const about = (facts: string[], type: string, name: string): string[] => typed(facts, type).filter((f) => f.startsWith(`${type} ${name} →`));

describe('a list printed one item a line keeps its lines (para.list-line, rel.works-for.list-line)', () => {
  test('名字 单位+职务 under a numbered heading: each holds the post on their own line, none the next line\'s', async () => {
    const facts = await factsIn(
      '新泰市',
      '关于表彰2024年度优秀民营企业家的决定',
      '本报讯 为弘扬企业家精神，市委、市政府决定对以下同志予以表彰。',
      '一、优秀民营企业家（3名）',
      '郑启航 山东泰岳精密机械有限公司董事长',
      '柴文秀 新泰市鲁盛食品有限公司总经理',
      '房立伟 山东恒川新材料有限公司董事长',
      '二、优秀青年企业家（1名）',
      '鲍思源 新泰市金禾农业科技有限公司总经理',
      '希望受表彰的同志珍惜荣誉，再创佳绩。',
    );
    expect(about(facts, 'WORKS_FOR', '郑启航')).toEqual(['WORKS_FOR 郑启航 → 山东泰岳精密机械有限公司']);
    expect(about(facts, 'WORKS_FOR', '柴文秀')).toEqual(['WORKS_FOR 柴文秀 → 新泰市鲁盛食品有限公司']);
    expect(about(facts, 'WORKS_FOR', '房立伟')).toEqual(['WORKS_FOR 房立伟 → 山东恒川新材料有限公司']);
    expect(about(facts, 'WORKS_FOR', '鲍思源')).toEqual(['WORKS_FOR 鲍思源 → 新泰市金禾农业科技有限公司']);
  });

  test('the role on a list line is the post printed after the unit', async () => {
    const g = await graphOf('新泰市', '表彰决定', '本报讯 市里决定对以下同志予以表彰。', '一、优秀企业家（2名）', '郑启航 山东泰岳精密机械有限公司董事长', '柴文秀 新泰市鲁盛食品有限公司总经理', '二、优秀工匠（1名）', '龚建波 山东恒川新材料有限公司高级技师', '望再接再厉。');
    expect(g.relation('WORKS_FOR', '郑启航', '山东泰岳精密机械有限公司')?.properties.role).toBe('董事长');
    expect(g.relation('WORKS_FOR', '柴文秀', '新泰市鲁盛食品有限公司')?.properties.role).toBe('总经理');
    // The firm on the next line is no unit of the name before it.
    expect(g.relation('WORKS_FOR', '郑启航', '新泰市鲁盛食品有限公司')).toBeUndefined();
  });

  test('名字　单位：某合作社 after 名单如下： (a variation): the person works for the unit of their line', async () => {
    const facts = await factsIn(
      '永新县',
      '我县表彰一批“乡村产业能人”',
      '本报讯（记者 尹晓岚）8月10日，我县召开乡村产业表彰会，对12名“乡村产业能人”进行表彰。部分受表彰人员名单如下：',
      '欧阳春　单位：永新县禾川果业专业合作社',
      '龙秋萍　单位：江西井冈红农业发展有限公司',
      '县委副书记贺振宇为受表彰人员颁奖。',
    );
    expect(about(facts, 'WORKS_FOR', '欧阳春')).toEqual(['WORKS_FOR 欧阳春 → 永新县禾川果业专业合作社']);
    expect(about(facts, 'WORKS_FOR', '龙秋萍')).toEqual(['WORKS_FOR 龙秋萍 → 江西井冈红农业发展有限公司']);
    // The prose line after the list is a paragraph again: its post is read as before, and it is no list item.
    expect(about(facts, 'WORKS_FOR', '贺振宇').some((f) => f.includes('江西井冈红'))).toBe(false);
  });

  test('a headline over its subtitle and a dateline keeps its title (no list: no colon, no item numbers)', async () => {
    const g = await graphOfPage(`${HEAD}\n\n宜兴市举行重大项目集中签约\n8个项目总投资56亿元\n\n本报讯（记者 蒋一鸣）6月16日，宜兴市举行重大项目集中签约活动。\n`, { homeCity: '宜兴市' });
    const titles = g.graph.nodes.filter((n) => n.labels.includes('Article')).map((n) => String(n.properties.title));
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain('宜兴市举行重大项目集中签约');
  });
});

describe('who is on a list printed under the sentence that names it (rel.received.list-below)', () => {
  test('某厅公布…名单，我县5家企业入选。分别是： and numbered firms: each firm received the list', async () => {
    const facts = await factsIn(
      '邳州市',
      '我市4家企业入选省级专精特新中小企业名单',
      '本报讯（记者 孟凡超）近日，江苏省工业和信息化厅公布2025年度省级专精特新中小企业名单，我市4家企业入选。分别是：',
      '1.邳州市宏运木业有限公司',
      '2.江苏银杏源生物科技有限公司',
      '3.邳州市恒泰板材有限公司',
      '4.徐州金穗农业机械有限公司',
      '市工信局局长魏长河表示，将继续做好企业培育工作。',
    );
    for (const firm of ['邳州市宏运木业有限公司', '江苏银杏源生物科技有限公司', '邳州市恒泰板材有限公司', '徐州金穗农业机械有限公司']) {
      expect(about(facts, 'RECEIVED', firm)).toHaveLength(1);
    }
    expect(about(facts, 'RECEIVED', '魏长河')).toEqual([]);
  });

  test('对12名“某某”进行表彰 and a list of people with their units after 名单如下： (a variation): each person received the title, not the list of them', async () => {
    const g = await graphOf(
      '永新县',
      '我县表彰一批“乡村产业能人”',
      '本报讯 8月10日，我县召开乡村产业表彰会，对12名“乡村产业能人”进行表彰。部分受表彰人员名单如下：',
      '欧阳春　单位：永新县禾川果业专业合作社',
      '龙秋萍　单位：江西井冈红农业发展有限公司',
      '县委副书记贺振宇为受表彰人员颁奖。',
    );
    expect(g.relation('RECEIVED', '欧阳春', '乡村产业能人')).toBeDefined();
    expect(g.relation('RECEIVED', '龙秋萍', '乡村产业能人')).toBeDefined();
    // 部分受表彰人员名单 names the people on it: no recognition of its own (prog.not.people-list).
    expect(g.node('部分受表彰人员名单')).toBeUndefined();
    expect(typed(g.facts, 'RECEIVED').filter((f) => f.includes('贺振宇'))).toEqual([]);
  });

  test('a list of those proposed (拟推荐名单予以公示) received nothing yet', async () => {
    const facts = await factsIn(
      '鄄城县',
      '鄄城县2025年度“文明家庭”拟推荐名单公示',
      '经各乡镇推荐、评审委员会评审，现将2025年度“文明家庭”拟推荐名单予以公示。名单如下：',
      '1.孔庆山家庭（什集镇李庄村）',
      '2.鲁春梅家庭（红船镇东街村）',
      '公示期为5个工作日。',
    );
    expect(typed(facts, 'RECEIVED')).toEqual([]);
  });
});

describe('a list of villages printed one a line under the list they entered (rel.received.list-below, places)', () => {
  test('我市3个村入选。分别是：/ 1.某镇某村: each village received the list, its town not', async () => {
    const facts = await factsIn(
      '邳州市',
      '我市3个村入选省级特色田园乡村名单',
      '本报讯 近日，江苏省住房和城乡建设厅公布省级特色田园乡村名单，我市3个村入选。分别是：',
      '1.官湖镇授贤村',
      '2.土山镇关庙村',
      '3.碾庄镇邢楼村',
      '官湖镇授贤村党总支书记朱玉成表示，将以此为契机发展乡村旅游。',
    );
    for (const village of ['授贤村', '关庙村', '邢楼村']) expect(about(facts, 'RECEIVED', village)).toHaveLength(1);
    for (const town of ['官湖镇', '土山镇', '碾庄镇']) expect(about(facts, 'RECEIVED', town)).toEqual([]);
    expect(about(facts, 'RECEIVED', '朱玉成')).toEqual([]);
  });
});

describe('a title longer than its quote after a word of commending is not cut at the quote', () => {
  test('命名2025年度“某某”示范点: no recognition named by the quote alone', async () => {
    const g = await graphOf('台山市', '关于命名2025年度“侨乡驿站”示范点的决定', '本报讯 市委、市政府决定命名5家单位为2025年度“侨乡驿站”示范点。');
    expect(g.node('侨乡驿站')).toBeUndefined();
  });
});

describe('其中，甲、乙榜上有名 names some of the set the sentence before counted (rel.received.award.of-set)', () => {
  test('“某某工匠”评选结果揭晓，10人获此称号。其中，… 榜上有名: each named winner received the title', async () => {
    const facts = await factsIn(
      '安岳县',
      '第二届“普州工匠”评选结果揭晓',
      '本报讯 近日，安岳县第二届“普州工匠”评选结果揭晓，10人获此称号。其中，四川柠都食品有限公司高级技师尹德明、安岳县华川机械厂车间主任蒲丽娟榜上有名。',
    );
    expect(facts).toContain('RECEIVED 尹德明 → 普州工匠');
    expect(facts).toContain('RECEIVED 蒲丽娟 → 普州工匠');
  });

  test('其中 with no title in the sentence before names nothing received', async () => {
    const facts = await factsIn('安岳县', '柠檬产业快速发展', '本报讯 今年全县新增柠檬加工企业10家。其中，四川柠都食品有限公司、安岳县华川机械厂榜上有名。');
    expect(typed(facts, 'RECEIVED')).toEqual([]);
  });
});

describe('a quoted title a commendation or a contest names is a recognition (prog.recognition.commended)', () => {
  test('对N名“某某”进行表彰 and “某某”评选 make a recognition; a quoted phrase of no commendation does not', async () => {
    const g = await graphOf('灵宝市', '我市表彰“果乡好人”', '本报讯 日前，我市对20名“果乡好人”进行表彰，第三届“函谷工匠”评选同时启动。', '会上，大家围绕“两山”理念展开讨论。');
    expect(g.node('果乡好人')?.properties.kind).toBe('Recognition');
    expect(g.node('函谷工匠')?.properties.kind).toBe('Recognition');
    expect(g.node('两山')).toBeUndefined();
  });
});

describe('firms placed together, and firms counted, by a verb of location (rel.located-in.<verb>.listed)', () => {
  test('甲、乙位于某开发区，另外3家企业位于某镇: both in the zone, neither in the town', async () => {
    const facts = await factsIn(
      '鄄城县',
      '我县5家企业入选省级名单',
      '本报讯 近日，山东省工业和信息化厅公布省级专精特新中小企业名单，我县5家企业入选。其中，鄄城县发艺制品有限公司、山东舜华服饰有限公司位于鄄城经济开发区，另外3家企业位于董口镇。',
    );
    expect(about(facts, 'LOCATED_IN', '鄄城县发艺制品有限公司')).not.toContain('LOCATED_IN 鄄城县发艺制品有限公司 → 董口镇');
    expect(about(facts, 'LOCATED_IN', '山东舜华服饰有限公司')).not.toContain('LOCATED_IN 山东舜华服饰有限公司 → 董口镇');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN ') && f.endsWith('→ 董口镇'))).toEqual([]);
    expect(facts).toContain('LOCATED_IN 山东舜华服饰有限公司 → 鄄城经济开发区');
  });

  test('甲和乙落户某镇 (a variation): both firms are there', async () => {
    const facts = await factsIn('台山市', '两家企业落户斗山镇', '本报讯 今年以来，台山市嘉禾电子有限公司和广东海丰水产科技有限公司落户斗山镇。');
    expect(facts).toContain('LOCATED_IN 台山市嘉禾电子有限公司 → 斗山镇');
    expect(facts).toContain('LOCATED_IN 广东海丰水产科技有限公司 → 斗山镇');
  });

  test('a firm named before 与 is no firm listed with the one heading the clause', async () => {
    const facts = await factsIn('台山市', '企业签约', '本报讯 台山市嘉禾电子有限公司与广东海丰水产科技有限公司签约后，广东海丰水产科技有限公司落户斗山镇。');
    expect(facts).not.toContain('LOCATED_IN 台山市嘉禾电子有限公司 → 斗山镇');
  });
});

describe('市委 on a county-level city\'s page whose event is held in another city (place.home-printed)', () => {
  test('某市某推介会在南宁举行，市委副书记… : the home city\'s committee, not the venue\'s', async () => {
    const facts = await factsIn('台山市', '台山市侨乡文旅推介会在广州举行', '本报讯 5月18日，台山市侨乡文旅推介会在广州举行。市委副书记、市长伍振邦致辞。');
    expect(facts.some((f) => f.startsWith('WORKS_FOR 伍振邦 → 台山市'))).toBe(true);
    expect(facts.some((f) => f.startsWith('WORKS_FOR 伍振邦 → 广州市'))).toBe(false);
  });

  test('the home city never printed: 市委 stays the city in view', async () => {
    const facts = await factsIn('台山市', '文旅推介会在广州举行', '本报讯 5月18日，一场文旅推介会在广州举行。市委副书记伍振邦致辞。');
    expect(facts.some((f) => f.startsWith('WORKS_FOR 伍振邦 → 台山市'))).toBe(false);
  });
});

describe('the firms an inspection of one town visits are in that town (rel.located-in.inspected-town)', () => {
  test('某书记到某镇调研… 首先来到甲公司 … 在乙公司，…: both firms are in the town', async () => {
    const facts = await factsIn(
      '灵宝市',
      '魏振东到朱阳镇调研时强调 做强苹果产业',
      '本报讯 7月21日，市委书记魏振东到朱阳镇调研苹果产业发展工作。',
      '魏振东首先来到河南果源农业科技有限公司，详细了解企业订单情况。在灵宝市豫丰果品有限公司，魏振东鼓励企业加大研发投入。',
    );
    expect(facts).toContain('LOCATED_IN 河南果源农业科技有限公司 → 朱阳镇');
    expect(facts).toContain('LOCATED_IN 灵宝市豫丰果品有限公司 → 朱阳镇');
  });

  test('深入某镇督导… 先后走进甲公司、乙合作社 (a variation): each firm listed after the verb', async () => {
    const facts = await factsIn('鄄城县', '县长到董口镇督导', '本报讯 县长宋立群深入董口镇督导安全生产工作，先后走进山东鲁西发制品有限公司、鄄城县金谷农机专业合作社。');
    expect(facts).toContain('LOCATED_IN 山东鲁西发制品有限公司 → 董口镇');
    expect(facts).toContain('LOCATED_IN 鄄城县金谷农机专业合作社 → 董口镇');
  });

  test('two towns inspected, or another town named before the visit: nothing placed', async () => {
    const two = await factsIn('鄄城县', '县长到两镇调研', '本报讯 县长宋立群到董口镇、临濮镇调研，先后走进山东鲁西发制品有限公司。');
    expect(two.filter((f) => f.startsWith('LOCATED_IN 山东鲁西发制品有限公司'))).toEqual([]);
    const moved = await factsIn('鄄城县', '县长到董口镇调研', '本报讯 县长宋立群到董口镇调研。', '随后，宋立群一行前往临濮镇，走进山东鲁西发制品有限公司。');
    expect(moved).not.toContain('LOCATED_IN 山东鲁西发制品有限公司 → 董口镇');
  });
});
