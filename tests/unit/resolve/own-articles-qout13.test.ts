// Figures in people's stories and social-service reports — a person's figures after 他的, a person's own figures in
// what they say, members and village doctors, and a body set up that no recognizer found (qout13).
// Sentences written for these tests (names, bodies and figures invented; 修水县 as the home county).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

const build = (...paragraphs: string[]) => graphOfPage(page('乡村故事', ...paragraphs), { homeCity: '修水县' });

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await build(...paragraphs), figure);

/** The rule of the REPORTED edge to the figure printed as `figure`. */
const ruleOf = async (figure: string, ...paragraphs: string[]): Promise<string | undefined> => {
  const g = await build(...paragraphs);
  const outcome = g.graph.nodes.find((n) => n.labels.includes('Outcome') && n.properties.text === figure);
  return g.graph.relationships.find((r) => r.type === 'REPORTED' && r.end === outcome?.id)?.properties.rule as string | undefined;
};

describe('clauses naming nothing after a clause 他的 / 她家 heads: the person (rel.reported.person-pronoun.chain)', () => {
  const story = ['修水县黄港镇村民程国富十年前开始种茶。如今，他的茶园已扩大到80亩，年产干茶3000斤，去年收入超过40万元。'];

  test.each([
    ['the clause right after the one 他的 heads', '3000斤'],
    ['a later clause naming nothing', '超过40万元'],
  ])('%s', async (_case, figure) => {
    expect(await subjectsOf(figure, ...story)).toEqual(['程国富']);
    expect(await ruleOf(figure, ...story)).toBe('rel.reported.person-pronoun.chain');
  });

  test('她家 heading the first clause (a woman\'s story)', async () => {
    expect(await subjectsOf('260头', '修水县渣津镇村民罗秀英2019年开始养猪。现在，她家的猪场存栏生猪600头，今年已出栏260头。')).toEqual(['罗秀英']);
  });

  test('not past a clause naming a body', async () => {
    expect(await subjectsOf('3000斤', '修水县黄港镇村民程国富十年前开始种茶。如今，他的茶园已扩大到80亩，修水县云雾茶业有限公司年收购干茶3000斤。')).not.toContain('程国富');
  });

  test('not past an area word (全村 is the village\'s)', async () => {
    expect(await subjectsOf('2600亩', '修水县黄港镇村民程国富十年前开始种茶。如今，他的茶园已扩大到80亩，全村茶园面积达2600亩。')).not.toContain('程国富');
  });

  test('not inside a quotation (他 there is someone the speaker speaks of)', async () => {
    expect(await subjectsOf('3000斤', '修水县黄港镇村民程国富十年前开始种茶。村党支部书记陈立说：“他的茶园已扩大到80亩，年产干茶3000斤。”')).not.toContain('程国富');
  });
});

describe('a quotation of a person alone whose story the paragraph tells: the person (rel.reported.speaker-person)', () => {
  test('”某某说 after the person\'s figure', async () => {
    const text = '修水县何市镇村民程国富种了30亩猕猴桃，去年收入达到25万元。“今年挂果多，估计能卖到40万元。”程国富笑着说。';
    expect(await subjectsOf('40万元', text)).toEqual(['程国富']);
    expect(await ruleOf('40万元', text)).toBe('rel.reported.speaker-person');
  });

  test('某某说：“ before it opens', async () => {
    expect(await subjectsOf('8万元', '修水县何市镇村民程国富种了30亩猕猴桃，去年收入达到25万元。程国富说：“去年光卖苗木就收入了8万元。”')).toEqual(['程国富']);
  });

  test('a quotation opening its own paragraph after the paragraph of the person\'s figures', async () => {
    const story = ['修水县马坳镇返乡青年程海波2021年开始种植黄精。如今，他的黄精基地已扩大到150亩，去年销售额达到68万元。', '“头一年只卖了3万元，去年纯利润有20多万元。”程海波说。'];
    expect(await subjectsOf('20多万元', ...story)).toEqual(['程海波']);
    expect(await ruleOf('20多万元', ...story)).toBe('rel.reported.speaker-person');
  });

  test('not a quotation of its own paragraph after a paragraph whose last figure is the county\'s', async () => {
    expect(await subjectsOf('20多万元', '修水县马坳镇返乡青年程海波2021年开始种植黄精。去年全县黄精销售额达到3.2亿元。', '“去年纯利润有20多万元。”程海波说。')).not.toContain('程海波');
  });

  test('not when the figure before is another\'s (the county\'s)', async () => {
    expect(await subjectsOf('5万元', '据统计，修水县猕猴桃种植面积达1.2万亩。“去年卖了5万元。”程国富说。')).not.toContain('程国富');
  });

  test('not a reckoning per unit', async () => {
    expect(await subjectsOf('6000元', '修水县何市镇村民程国富种了30亩猕猴桃，去年收入达到25万元。“一亩能收入6000元。”程国富说。')).not.toContain('程国富');
  });
});

describe('社员, 村医, 志愿者 before a name: the person heads the clause (subject.person-word)', () => {
  test('社员某某家', async () => {
    expect(await subjectsOf('18万元', '修水县溪口镇的修水县山泉养牛专业合作社去年销售肉牛560头。社员程美华家养了40头牛，去年收入达到18万元。')).toEqual(['程美华']);
  });

  test('a village\'s 村医 after the village', async () => {
    expect(await subjectsOf('900多人次', '修水县溪口镇义坑村村医陈志刚今年上门随访900多人次。')).toEqual(['陈志刚']);
  });

  test('a village doctor counting the village\'s households first: the later clause stays the person\'s (rel.reported.person-chain)', async () => {
    const text = '修水县溪口镇义坑村村医陈志刚负责全村430户村民的健康档案，今年上门随访900多人次。';
    expect(await subjectsOf('900多人次', text)).toEqual(['陈志刚']);
    expect(await subjectsOf('430户', text)).toEqual(['义坑村']);
  });

  test('not when a village, not a person, heads the sentence (全村430户村民…，今年…: the village\'s)', async () => {
    expect(await subjectsOf('900多人次', '修水县溪口镇义坑村为全村430户村民建立健康档案，今年上门随访900多人次。')).not.toContain('陈志刚');
  });

  test('not a member of a body named with no name after (社员人数: the co-op\'s)', async () => {
    expect(await subjectsOf('132户', '修水县溪口镇的修水县山泉养牛专业合作社成立于2018年，社员发展到132户。')).not.toContain('程美华');
  });
});

describe('a place opening the name of a body set up that no recognizer found is no subject (subject.founded-unread-body)', () => {
  test('成立了 a co-op the recognizers miss: the later clause is not the county\'s', async () => {
    expect(await subjectsOf('86户', '程国富牵头成立了修水县正明茶叶专业合作社，社员发展到86户。')).not.toContain('修水县');
  });

  test('a later clause of a body found: the body\'s (rel.reported.founded-body)', async () => {
    expect(await subjectsOf('86户', '程国富牵头成立了修水县正兴茶叶专业合作社，社员发展到86户。')).toEqual(['修水县正兴茶叶专业合作社']);
  });

  test('not the county heading the clause of its own figure', async () => {
    expect(await subjectsOf('320户', '程国富牵头成立了修水县正明茶叶专业合作社，修水县今年新增茶农320户。')).toEqual(['修水县']);
  });
});

describe('a place a person left (辞去某地的工作, 离开某地回到家乡) is their past, no subject (subject.background)', () => {
  test('辞去广州的工作回到家乡，建起了…: the person\'s', async () => {
    expect(await subjectsOf('5个', '2022年，程海波辞去杭州的工作回到家乡，用积蓄建起了5个大棚。')).toEqual(['程海波']);
  });

  test('离开深圳回到老家: the person\'s', async () => {
    expect(await subjectsOf('40亩', '2019年，罗春燕离开深圳回到老家，流转土地40亩种植蓝莓。')).toEqual(['罗春燕']);
  });

  test('not a place heading a later clause of its own (修水县今年新增…: the county\'s)', async () => {
    expect(await subjectsOf('500个', '2022年，程海波辞去杭州的工作回到家乡，修水县今年新增大棚500个。')).toEqual(['修水县']);
  });
});
