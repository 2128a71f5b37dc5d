// Readings found on school, clinic and credit reports written for the fifteenth round of own articles (lead22).
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

const hybrid = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const programmes = (text: string): Array<[string, string | undefined, string]> =>
  extractText(text, hybrid)
    .filter((c) => c.label === 'Programme')
    .map((c) => [text.slice(c.start, c.end), c.kind, c.rule]);

describe('a prize’s name starts after the verb that receives it (prog.award.after-receiving)', () => {
  test.each([
    ['两名学生在全市数学竞赛中获二等奖。', '二等奖'],
    ['该校代表队在省青少年机器人大赛中获一等奖。', '一等奖'],
    ['他在技能比武中荣获三等奖。', '三等奖'],
  ])('%s: no prize named by the competition and the verb', (text, prize) => {
    expect(programmes(text).filter(([name]) => name.includes('获') || (name.endsWith(prize) && name.includes('中')))).toEqual([]);
  });
  test('a prize named after the verb is still read whole', () => {
    expect(programmes('县第一中学学生获中国青少年科技创新奖。').map(([name]) => name)).toContain('中国青少年科技创新奖');
  });
});

describe('a competition by 竞赛 with a name of its own (prog.type.jingsai)', () => {
  test.each([
    ['第十五届全国青少年航模竞赛在合肥落幕。', '第十五届全国青少年航模竞赛'],
    ['他参加了浙江省大学生物理竞赛。', '浙江省大学生物理竞赛'],
    ['2025年全国职业院校技能竞赛在天津举行。', '2025年全国职业院校技能竞赛'],
  ])('%s', (text, name) => {
    expect(programmes(text)).toContainEqual([name, 'Campaign', 'prog.type.jingsai.bare']);
  });
  test.each(['他在技能竞赛中表现突出。', '市场竞赛十分激烈。', '学生参加各类学科竞赛。'])('a kind of competition names none: %s', (text) => {
    expect(programmes(text)).toEqual([]);
  });
});

describe('a quoted name the sentence defines by a type word after 是…的 (prog.type.*.quoted-defined)', () => {
  test.each([
    ['“银发学堂”是县老龄办、县老年大学联合推出的社区教育项目，今年在12个社区开课。', '“银发学堂”', 'Project'],
    ['“邻里帮”是县民政局打造的一款小程序。', '“邻里帮”', 'Platform'],
    ['“田埂夜话”是镇党委开展的一项宣讲活动，每月一期。', '“田埂夜话”', 'Campaign'],
  ])('%s', (text, name, kind) => {
    expect(programmes(text)).toContainEqual([name, kind, expect.stringMatching(/\.quoted-defined$/u)]);
  });
  test.each([
    '他说：“这是我们最好的项目。”',
    '“稻香里”是当地有名的农家乐品牌。',
    '“双减”是今年学校的重点工作。',
    '“小巷总理”是居民对社区干部的称呼。',
  ])('no type word ending the definition, or quoted speech: %s', (text) => {
    expect(programmes(text).filter(([, , rule]) => rule.endsWith('.quoted-defined'))).toEqual([]);
  });
});

describe('an arms race is no competition of a name (genericStems 军备, 核)', () => {
  test.each(['两国的核竞赛令人担忧。', '冷战时期的军备竞赛耗费巨大。'])('%s', (text) => {
    expect(programmes(text)).toEqual([]);
  });
});

describe('a fair of two parties joined by a dash opens with the first (prog.fair.dash-pair)', () => {
  test.each([
    ['县商务局组织企业参加了中国—东盟博览会。', '中国—东盟博览会'],
    ['公司在中国-南亚博览会上签约3个项目。', '中国-南亚博览会'],
  ])('%s', (text, name) => {
    expect(programmes(text).map(([n]) => n)).toContain(name);
  });
  test('a span of months before a fair is not its first party', () => {
    expect(programmes('5月—6月博览会期间，游客明显增加。').map(([n]) => n).filter((n) => n.includes('—'))).toEqual([]);
  });
});

const places = (text: string, homeAreas: string[] = []): Array<[string, string | undefined]> =>
  extractText(text, loadExtractResources({ homeAreas, engine: 'hybrid' }))
    .filter((c) => c.label === 'Place')
    .map((c) => [text.slice(c.start, c.end), c.kind]);

describe('a far town named by a verb, after a pronoun, a person or an adverb, is the verb and a level word (place.not.verb-and-level)', () => {
  test.each(['她联合镇司法所调解员化解了纠纷。', '他们还联合镇文化站举办了培训。'])('%s', (text) => {
    expect(places(text, ['桐庐县']).map(([n]) => n)).not.toContain('联合镇');
  });
  test('the town named as a place is still read', () => {
    expect(places('记者来到联合镇采访。', ['桐庐县']).map(([n]) => n)).toContain('联合镇');
  });
});

describe('a site whose name holds a character jieba knows only inside words (place.building, tag g)', () => {
  test.each([
    ['游客来到篁岭景区游玩。', '篁岭景区'],
    ['假期里，篁岭景区人气很旺。', '篁岭景区'],
  ])('%s', (text, name) => {
    expect(places(text)).toContainEqual([name, 'Landmark']);
  });
  test('a kind of site is still no name', () => {
    expect(places('全县新建了三个旅游景区。').filter(([, k]) => k === 'Landmark')).toEqual([]);
  });
  test('an adjective that is also a far district’s short form names no site (结为友好景区)', () => {
    expect(places('两地景区结为友好景区。').filter(([, k]) => k === 'Landmark')).toEqual([]);
  });
});

describe('a determiner glued to a level word before a Party body: the place in view’s body (org.level.after-determiner)', () => {
  const orgs = (text: string): string[] => extractText(text, hybrid).filter((c) => c.label === 'Organization').map((c) => text.slice(c.start, c.end));
  test.each([
    ['该镇党委书记卜永强说，全镇有企业160余家。', '镇党委'],
    ['本村党支部书记鲁秀英介绍了情况。', '村党支部'],
  ])('%s', (text, body) => {
    expect(orgs(text)).toContain(body);
    expect(orgs(text)).not.toContain(body.slice(1));
  });
  test('全村 before 村委会 is still every village’s', () => {
    expect(orgs('全村村委会成员参加了会议。')).not.toContain('村村委会');
  });
});
