// Relations of kinds left alone by earlier rounds, fifth round (qfix5): a title conferred by a body whose ending jieba
// glued to the verb, a court's fine and a defendant's takings after a person the text does not name in full, a limit
// every member of a set passes and a group's size under a town. Sentences written for these tests (names, places and
// figures invented; the counties are the gazetteer's).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });
const reported = (g: Awaited<ReturnType<typeof graphIn>>): string[] => {
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  return g.graph.relationships.filter((r) => r.type === 'REPORTED').map((r) => `${node.get(r.start)!.properties.name} ${node.get(r.end)!.properties.text}`).sort();
};

describe('a title conferred by a body jieba glued to the verb (prog.recognition.after-glued-cue, rel.received.award)', () => {
  test.each([
    ['国家局', '本报讯 近日，青川县被国家林业和草原局确定为全国林下经济示范基地。', 'RECEIVED 青川县 → 全国林下经济示范基地'],
    ['省厅', '本报讯 日前，青川县被省农业农村厅认定为省级休闲农业示范县。', 'RECEIVED 青川县 → 省级休闲农业示范县'],
  ])('%s', async (_case, text, fact) => {
    const g = await graphIn('青川县', text);
    expect(g.facts).toContain(fact);
  });
  test('被…命名为 (rel.received.award)', async () => {
    const g = await graphIn('沐川县', '本报讯 近日，沐川县被国家林业和草原局命名为国家森林康养基地。');
    expect(g.facts).toContain('RECEIVED 沐川县 → 国家森林康养基地');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 国家林业和草原局'))).toEqual([]);
  });
  test('命名 in the active: the body heading the clause receives nothing', async () => {
    const g = await graphIn('青川县', '本报讯 去年，省林业局命名青川县为省级森林康养示范县。');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 四川省林业局'))).toEqual([]);
  });
  test('the agent after 被 receives nothing', async () => {
    const g = await graphIn('青川县', '本报讯 近日，青川县被国家林业和草原局确定为全国林下经济示范基地。');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 国家林业和草原局'))).toEqual([]);
  });
});

describe('a person the text does not name in full after a court pointed back to: the figures are no one\'s (subject.anonymised-person.after-kind)', () => {
  test.each([
    ['法院 and 罚金', ['近日，安平县人民法院审理了一起非法吸收公众存款案。', '法院以非法吸收公众存款罪判处被告人张某某有期徒刑五年，并处罚金50万元。']],
    ['该院 and 涉案金额', ['日前，安平县人民法院公开审理一起诈骗案。', '该院经审理查明，被告人刘某某以投资养殖为名，骗取村民资金300余万元。']],
    ['the court named in the sentence', ['本报讯 安平县人民法院以合同诈骗罪判处被告人王某有期徒刑三年，并处罚金20万元。']],
  ])('%s', async (_case, paragraphs) => {
    const g = await graphIn('安平县', ...paragraphs);
    expect(reported(g).filter((r) => r.startsWith('安平县人民法院'))).toEqual([]);
  });
  test('a figure of the court itself still is the court\'s', async () => {
    const g = await graphIn('安平县', '近日，安平县人民法院召开新闻发布会。', '法院今年共审结各类案件3200件，同比增长8%。');
    expect(reported(g)).toContain('安平县人民法院 3200件');
  });
});

describe('a limit every member of a set passes and a group\'s size are no figures of a town', () => {
  test('均超过 and 其中3个村超过', async () => {
    const g = await graphIn('安平县', '本报讯 今年以来，河口镇村集体经济发展加快，全镇5个村集体收入均超过10万元，其中3个村超过50万元。');
    expect(reported(g).filter((r) => /万元/u.test(r))).toEqual([]);
  });
  test('8个人的作坊', async () => {
    const g = await graphIn('安平县', '本报讯 十年前，李秀云在河口镇开了一个8个人的作坊。');
    expect(reported(g)).toEqual([]);
  });
  test("the town's own total after 超过 stays the town's", async () => {
    const g = await graphIn('安平县', '本报讯 今年，河口镇村集体经济总收入超过300万元。');
    expect(reported(g)).toEqual(['河口镇 超过300万元']);
  });
});

describe('a headline restating the body\'s totals is one fact (outcome.headline-copy)', () => {
  test('one Outcome node per total', async () => {
    const g = await graphOfPage('我县集中签约12个项目 总投资86.5亿元\n\n本报讯 2026年，安平县重点项目集中签约仪式举行，现场签约项目12个，总投资86.5亿元。\n', { homeCity: '安平县' });
    const outcomes = g.graph.nodes.filter((n) => n.labels[0] === 'Outcome').map((n) => String(n.properties.name)).sort();
    expect(outcomes).toEqual(['总投资 86.5亿元', '现场签约项目 12个']);
  });
});
