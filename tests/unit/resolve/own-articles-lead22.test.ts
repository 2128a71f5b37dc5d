// Resolution on reports written for the fifteenth round of own articles (lead22): schools, clinics, seed firms, credit
// schemes, a conference. Firms, people and villages invented; counties the gazetteer's.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `学校与企业\n本报记者  钱雨桐\n\n${paragraphs.join('\n')}\n`;
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('founded 由 a person the words before describe (rel.founded.by-person)', () => {
  test('a place and an occupation between 由 and the founder', async () => {
    const g = await graphOfPage(page('鄢陵县花香园艺有限公司由鄢陵县陈化店镇返乡青年蔺晓峰于2012年创办。'), { homeCity: '鄢陵县' });
    expect(g.facts).toContain('FOUNDED 蔺晓峰 → 鄢陵县花香园艺有限公司');
  });
  test('variation: the founder’s relative named first — the last person before the verb founded it', async () => {
    const g = await graphOfPage(page('临泉县丰禾粮油有限公司由退伍军人邵金龙的儿子邵子豪于2019年成立。'), { homeCity: '临泉县' });
    expect(g.facts).toContain('FOUNDED 邵子豪 → 临泉县丰禾粮油有限公司');
    expect(g.facts).not.toContain('FOUNDED 邵金龙 → 临泉县丰禾粮油有限公司');
  });
  test('no person in the phrase: no founder', async () => {
    const g = await graphOfPage(page('临泉县丰禾粮油有限公司由县供销合作社于2019年成立。'), { homeCity: '临泉县' });
    expect(g.facts.filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('a county’s 政府 and its 人民政府 on one page are one body (body-names.json 政府/人民政府)', () => {
  test('县政府 after 某县人民政府', async () => {
    const g = await graphOfPage(page('大会由泌阳县人民政府主办。开幕式上，县政府与5家企业签订投资协议。'), { homeCity: '泌阳县' });
    expect(names(g, 'Organization').filter((n) => n.endsWith('政府'))).toEqual(['泌阳县人民政府']);
  });
  test('two places’ governments stay two', async () => {
    const g = await graphOfPage(page('泌阳县人民政府与驻马店市政府签订协议。'), { homeCity: '泌阳县' });
    expect(names(g, 'Organization').filter((n) => n.endsWith('政府')).sort()).toEqual(['泌阳县人民政府', '驻马店市政府'].sort());
  });
});

describe('a head post opening a sentence, its holder speaking: the paragraph’s one body of that kind (rel.works-for.speaking-head)', () => {
  test('a headmaster after the school’s own sentences, its partner university named after 学校与', async () => {
    const g = await graphOfPage(page('洪雅县第二中学创建于1956年，现有在校学生2800人。近年来，学校与四川农业大学合作开设生态课程。校长祁振宇说，学校还将建设自然教育基地。'), { homeCity: '洪雅县' });
    expect(g.facts).toContain('WORKS_FOR 祁振宇 → 洪雅县第二中学');
  });
  test('variation: a chairman after the firm’s sentence', async () => {
    const g = await graphOfPage(page('武义县金穗茶业有限公司创办于2003年，年加工茶叶500吨。董事长楼志坚介绍，公司今年新增订单300万元。'), { homeCity: '武义县' });
    expect(g.facts).toContain('WORKS_FOR 楼志坚 → 武义县金穗茶业有限公司');
  });
  test('two firms in one signing sentence: whose chairman speaks is not said', async () => {
    const g = await graphOfPage(page('武义县金穗茶业有限公司与武义县云岭旅游开发有限公司签订合作协议。董事长楼志坚说，双方将共建茶旅线路。'), { homeCity: '武义县' });
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 楼志坚'))).toEqual([]);
  });
  test('no verb of speaking after the name: nothing', async () => {
    const g = await graphOfPage(page('武义县金穗茶业有限公司创办于2003年。董事长楼志坚出席了签约仪式。'), { homeCity: '武义县' });
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 楼志坚'))).toEqual([]);
  });
});

describe('a partner named after a kind word heading its sentence is not what the kind word names later (subject.kind-word-partner)', () => {
  test('学校与某大学合作: a later 学校’s figure is the school’s', async () => {
    const g = await graphOfPage(page('洪雅县第二中学创建于1956年。近年来，学校与四川农业大学合作开设生态课程。学校今年已有86名学生在省级竞赛中获奖。'), { homeCity: '洪雅县' });
    expect(reportedSubjects(g, '86名')).toEqual(['洪雅县第二中学']);
  });
  test('variation: 公司同某公司签约, then 公司’s output', async () => {
    const g = await graphOfPage(page('武义县金穗茶业有限公司创办于2003年。去年，公司同杭州云栖茶叶有限公司签订供货协议。公司今年产值达1.6亿元。'), { homeCity: '武义县' });
    expect(reportedSubjects(g, '1.6亿元')).toEqual(['武义县金穗茶业有限公司']);
  });
  test('a partner heading its own sentence is still its subject', async () => {
    const g = await graphOfPage(page('武义县金穗茶业有限公司创办于2003年。杭州云栖茶叶有限公司与金穗签订供货协议。公司今年产值达1.6亿元。'), { homeCity: '武义县' });
    expect(reportedSubjects(g, '1.6亿元')).toEqual(['杭州云栖茶叶有限公司']);
  });
});

describe('a holiday before a clause’s subject is an adjunct (subject.adjunct.holiday)', () => {
  test('据某局统计，国庆假期全县…: the county’s figures, not the bureau’s', async () => {
    const g = await graphOfPage(page('据县文化和旅游局统计，国庆假期全县接待游客46.2万人次，实现旅游收入3.1亿元。'), { homeCity: '黟县' });
    expect(reportedSubjects(g, '46.2万人次')).toEqual(['黟县']);
    expect(reportedSubjects(g, '3.1亿元')).toEqual(['黟县']);
  });
  test('variation: 春节期间全县', async () => {
    const g = await graphOfPage(page('据县统计局测算，春节期间全县实现消费品零售额2.4亿元。'), { homeCity: '黟县' });
    expect(reportedSubjects(g, '2.4亿元')).toEqual(['黟县']);
  });
});

describe('a site printed with its county’s short and full name is one site (variant.site-place-forms)', () => {
  test('黟县宏村景区 and 宏村景区 and the headline’s short form', async () => {
    const g = await graphOfPage(`黟宏村景区假期游客增三成\n本报记者  钱雨桐\n\n国庆假期，黟县宏村景区接待游客9.6万人次。宏村景区2011年被评为国家5A级旅游景区。\n`, { homeCity: '黟县' });
    const sites = names(g, 'Place').filter((n) => n.endsWith('景区'));
    expect(sites.length).toBe(1);
  });
  test('two counties’ sites of one name stay two', async () => {
    const g = await graphOfPage(page('黟县石林景区与宜良县石林景区结为友好景区。'), { homeCity: '黟县' });
    expect(names(g, 'Place').filter((n) => n.endsWith('景区')).sort()).toEqual(['宜良县石林景区', '黟县石林景区'].sort());
  });
});

describe('one sent to a town or village to hold a post there holds it at that place (rel.works-for.sent-to-place)', () => {
  test('被选派到某镇某村担任驻村第一书记', async () => {
    const g = await graphOfPage(page('2024年3月，县交通运输局干部项志鹏被选派到大柘镇石练村担任驻村第一书记。'), { homeCity: '遂昌县' });
    expect(g.facts).toContain('WORKS_FOR 项志鹏 → 石练村');
  });
  test('variation: 到某乡担任挂职副乡长', async () => {
    const g = await graphOfPage(page('去年，县商务局干部柴晓东到湖山乡担任挂职副乡长。'), { homeCity: '遂昌县' });
    expect(g.facts).toContain('WORKS_FOR 柴晓东 → 湖山乡');
  });
  test('a firm’s post at a town is not the town’s', async () => {
    const g = await graphOfPage(page('项志鹏到大柘镇担任企业顾问。'), { homeCity: '遂昌县' });
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 项志鹏'))).toEqual([]);
  });
  test('a visit holds no post', async () => {
    const g = await graphOfPage(page('项志鹏到大柘镇石练村调研。'), { homeCity: '遂昌县' });
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 项志鹏'))).toEqual([]);
  });
});

describe('an event named by a determiner, a few characters of its name and its kind word (rel.organized.by.event-in-view)', () => {
  test('本届茶文化节 after 第五届某某茶文化节', async () => {
    const g = await graphOfPage(page('9月17日，第五届石门红茶文化节在石门县壶瓶山镇开幕。本届茶文化节由湖南省茶业协会、石门县人民政府共同主办。'), { homeCity: '石门县' });
    expect(g.facts).toContain('ORGANIZED 湖南省茶业协会 → 石门红茶文化节');
    expect(g.facts).toContain('ORGANIZED 石门县人民政府 → 石门红茶文化节');
  });
  test('characters the event’s name does not end with name none', async () => {
    const g = await graphOfPage(page('第三届梨花旅游节在石门县壶瓶山镇开幕。本届花节由县文旅局主办。'), { homeCity: '石门县' });
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED') && f.includes('文旅局'))).toEqual([]);
  });
});

describe('a co-op printed with and without its county is one co-op (companyBody: a co-op’s kind as its form)', () => {
  test('某县某某农机专业合作社 and 某某农机专业合作社', async () => {
    const g = await graphOfPage(page('讷河市禾丰农机专业合作社理事长鲍庆林说，今年托管土地2.1万亩。如今，禾丰农机专业合作社拥有大型农机具64台套。'), { homeCity: '讷河市' });
    expect(names(g, 'Organization').filter((n) => n.endsWith('合作社'))).toEqual(['讷河市禾丰农机专业合作社']);
  });
  test('two co-ops of other trades and places stay two', async () => {
    const g = await graphOfPage(page('讷河市禾丰农机专业合作社与五常市禾丰水稻专业合作社签订协议。'), { homeCity: '讷河市' });
    expect(names(g, 'Organization').filter((n) => n.endsWith('合作社')).sort()).toEqual(['五常市禾丰水稻专业合作社', '讷河市禾丰农机专业合作社'].sort());
  });
});
