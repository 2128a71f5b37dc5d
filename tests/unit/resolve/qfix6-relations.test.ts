// Relations of kinds left alone by earlier rounds, sixth round (qfix6): a body's own post printed after its party
// post (局党组成员、副局长), a title conferred in the active with the one named between the verb and 为 (某厅命名某县为…),
// and a town printed only inside a body's name that the paper's county does not hold. Sentences written for these
// tests (people, bodies and figures invented; the counties and towns are the gazetteer's).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string | undefined, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), homeCity ? { homeCity } : {});
/** WORKS_FOR facts as "person → holder (role)". */
const posts = (g: Awaited<ReturnType<typeof graphIn>>): string[] => {
  const name = new Map(g.graph.nodes.map((n) => [n.id, String(n.properties.name)]));
  return g.graph.relationships.filter((r) => r.type === 'WORKS_FOR').map((r) => `${name.get(r.start)} → ${name.get(r.end)} (${String(r.properties.role)})`).sort();
};

describe('a post after a party post printed with the body\'s own name (rel.works-for.party-post-body, rel.works-for.organ-of-body-in-view)', () => {
  test.each([
    ['党组成员、副局长 after the bureau', '本报讯 青川县水务局党组成员、副局长郑国华带队检查了水库。', ['郑国华 → 青川县水务局 (副局长)']],
    ['党组书记、局长', '本报讯 会上，青川县统计局党组书记、局长刘长青通报了数据。', ['刘长青 → 青川县统计局 (局长)']],
    ['a department: 党组成员、副厅长', '本报讯 四川省农业农村厅党组成员、副厅长魏建明一行到青川县调研。', ['魏建明 → 四川省农业农村厅 (副厅长)']],
    ['局党组… after the bureau was named', '本报讯 青川县自然资源局召开专题会议。局党组成员、副局长郑国华主持会议。', ['郑国华 → 青川县自然资源局 (副局长)']],
    ['局党组书记 alone after the bureau was named', '本报讯 青川县自然资源局召开专题会议。局党组书记刘伟主持会议。', ['刘伟 → 青川县自然资源局 (党组书记)']],
  ])('%s', async (_case, text, expected) => {
    expect(posts(await graphIn('青川县', text))).toEqual(expected);
  });
  test('a party organ named as a body keeps its own post and the body its parent\'s (organ-parent, unchanged)', async () => {
    expect(posts(await graphIn('青川县', '本报讯 宏达集团党委书记、董事长王海说，今年订单饱满。'))).toEqual(['王海 → 宏达集团 (董事长)', '王海 → 宏达集团党委 (书记)']);
  });
  test('a party deputy\'s post after the party post is the organ\'s, not the body\'s', async () => {
    expect(posts(await graphIn('青川县', '本报讯 青川县水务局党组成员、党组副书记郑国华带队检查了水库。'))).toEqual(['郑国华 → 青川县水务局 (党组成员)']);
  });
  test('局党组 with no bureau named before: nothing', async () => {
    expect(posts(await graphIn('青川县', '本报讯 青川县水务公司召开会议。局党组成员郑国华主持会议。'))).toEqual([]);
  });
});

describe('a title conferred in the active, the one named between the verb and 为 (rel.received.named-as)', () => {
  test.each([
    ['命名我县为“…”', '本报讯 近日，省生态环境厅命名我县为“省级生态文明建设示范县”。', ['RECEIVED 青川县 → 省级生态文明建设示范县', 'ORGANIZED 四川省生态环境厅 → 省级生态文明建设示范县']],
    ['命名 a town 为 a quoted title', '本报讯 日前，省农业农村厅命名木鱼镇为“省级农业特色小镇”。', ['RECEIVED 木鱼镇 → 省级农业特色小镇']],
    ['认定 a firm 为 an unquoted title', '本报讯 近日，市政府认定青川宏远建材有限公司为市级农业产业化重点龙头企业。', ['RECEIVED 青川宏远建材有限公司 → 市级农业产业化重点龙头企业']],
    ['命名 a town 为 a national title', '本报讯 国家林业和草原局命名木鱼镇为国家森林康养基地。', ['RECEIVED 木鱼镇 → 国家森林康养基地']],
  ])('%s', async (_case, text, facts) => {
    const g = await graphIn('青川县', text);
    for (const f of facts) expect(g.facts).toContain(f);
    expect(g.facts.filter((f) => f.startsWith('RECEIVED') && /厅|局|政府/u.test(f.split(' → ')[0]!))).toEqual([]);
  });
  test('确定 a year 为 a campaign\'s name is no title', async () => {
    const g = await graphIn('青川县', '本报讯 县里确定明年为项目攻坚年。');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });
  test('the passive keeps its own rule: 被…命名为', async () => {
    const g = await graphIn('青川县', '本报讯 近日，木鱼镇被省农业农村厅命名为省级农业特色小镇。');
    expect(g.facts).toContain('RECEIVED 木鱼镇 → 省级农业特色小镇');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 四川省农业农村厅'))).toEqual([]);
  });
});

describe('a town printed only inside a body\'s name, far from the paper (place.in-name.far-namesake)', () => {
  const hospital = ['本报讯 花园镇卫生院院长刘海波介绍，该院今年接诊患者1.2万人次。'];
  test.each([
    ['on a county paper that holds no such town', '青川县'],
    ['with no home city', undefined],
  ])('%s: no place', async (_case, home) => {
    const g = await graphIn(home, ...hospital);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 花园镇卫生院'))).toEqual([]);
    expect(g.node('花园镇')).toBeUndefined();
  });
  test('the article names the county that holds one: that one', async () => {
    const g = await graphIn('青川县', '本报讯 岳池县大力推进医疗改革。', ...hospital);
    expect(g.facts).toContain('LOCATED_IN 花园镇卫生院 → 花园镇');
    expect(g.facts).toContain('PART_OF 花园镇 → 岳池县');
  });
  test('the paper\'s own county holds the town: that one', async () => {
    const g = await graphIn('青川县', '本报讯 木鱼镇卫生院院长刘海波介绍，该院今年接诊患者1.2万人次。');
    expect(g.facts).toContain('LOCATED_IN 木鱼镇卫生院 → 木鱼镇');
    expect(g.facts).toContain('PART_OF 木鱼镇 → 青川县');
  });
});

describe('a title\'s figure restating one figure of the body with another subject (outcome.headline-copy.body-subject)', () => {
  const outcomeNodes = (g: Awaited<ReturnType<typeof graphIn>>): string[] => g.graph.nodes.filter((n) => n.labels[0] === 'Outcome').map((n) => String(n.properties.name)).sort();
  test('one Outcome, the body\'s subject', async () => {
    const g = await graphOfPage('全县一季度签约项目32个\n\n本报讯 一季度，青川县经济开发区新签约项目32个，总投资86亿元。\n', { homeCity: '青川县' });
    expect(outcomeNodes(g).filter((n) => n.endsWith('32个'))).toEqual(['新签约项目 32个']);
    expect(g.facts).toContain('REPORTED 青川县经济开发区 → 新签约项目 32个');
    expect(g.facts.filter((f) => f.startsWith('REPORTED 青川县 → 新签约项目'))).toEqual([]);
  });
  test('the same subject: one Outcome as before', async () => {
    const g = await graphOfPage('木鱼镇新建项目12个\n\n本报讯 今年以来，木鱼镇新建项目12个，完成投资5.6亿元。\n', { homeCity: '青川县' });
    expect(outcomeNodes(g).filter((n) => n.endsWith('12个'))).toHaveLength(1);
    expect(g.facts).toContain('REPORTED 木鱼镇 → 新建项目 12个');
  });
  test('two figures of the body of that value: the title\'s stays its own', async () => {
    const g = await graphOfPage('全县签约项目32个\n\n本报讯 青川县经济开发区签约项目32个。木鱼镇签约项目32个。\n', { homeCity: '青川县' });
    expect(outcomeNodes(g).filter((n) => n.endsWith('32个')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('two firms that each sign with a third (rel.partner-of.with, guard)', () => {
  test('甲和乙分别与丙: each with 丙, not with each other', async () => {
    const g = await graphIn('青川县', '本报讯 金穗农业开发有限公司和顺达物流有限公司分别与青川宏远建材有限公司签订合作协议。');
    expect(g.facts).toContain('PARTNER_OF 金穗农业开发有限公司 → 青川宏远建材有限公司');
    expect(g.facts).toContain('PARTNER_OF 顺达物流有限公司 → 青川宏远建材有限公司');
    expect(g.facts.filter((f) => f.startsWith('PARTNER_OF 金穗农业开发有限公司 → 顺达'))).toEqual([]);
  });
  test('甲和乙签订合作协议: with each other, as before', async () => {
    const g = await graphIn('青川县', '本报讯 金穗农业开发有限公司和青川宏远建材有限公司签订合作协议。');
    expect(g.facts).toContain('PARTNER_OF 金穗农业开发有限公司 → 青川宏远建材有限公司');
  });
});
