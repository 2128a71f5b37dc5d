// Readings found on county-economy reports written for the seventeenth round of own articles (lead24): the north-east's
// grain, forests and snow, Xinjiang's corps and aid, Tibet's herders, Hainan's and Guangxi's trade, city districts,
// coal, live-streaming and village collectives. Firms, people and villages invented; counties and towns the
// gazetteer's.
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

const hybrid = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const found = (text: string): Array<{ label: string; kind?: string; text: string }> =>
  extractText(text, hybrid).map((c) => ({ label: c.label, ...(c.kind ? { kind: c.kind } : {}), text: text.slice(c.start, c.end) }));
const of = (text: string, label: string): string[] =>
  found(text)
    .filter((c) => c.label === label)
    .map((c) => c.text);

describe('a surname jieba reads as the adverb 曾, right after a title, before a given name (person.preposition-surname.after-title)', () => {
  test.each([
    ['公司负责人曾志强介绍，公司今年新建了两条生产线。', '曾志强'],
    ['合作社理事长曾庆丰说，社员去年人均增收6000元。', '曾庆丰'],
    ['村民曾红梅说，家里的民宿今年很红火。', '曾红梅'],
  ])('%s', (text, name) => {
    expect(of(text, 'Person')).toContain(name);
  });
  test.each(['站长曾表示，今年将扩大规模。', '董事长曾在北京工作多年。', '主任曾多次来到这里调研。', '厂长曾经是一名技术员。'])('the adverb stays an adverb: %s', (text) => {
    expect(of(text, 'Person').filter((p) => p.startsWith('曾'))).toEqual([]);
  });
});

describe('a production-and-construction corps, its division’s city and its regiment', () => {
  test('the corps is a body of government, the regiment a place after the division’s city (place.corps.regiment)', () => {
    const text = '在新疆生产建设兵团第四师可克达拉市六十六团，连队职工种植的葡萄迎来丰收。';
    const all = found(text);
    expect(all).toContainEqual({ label: 'Organization', kind: 'GovernmentAgency', text: '新疆生产建设兵团' });
    expect(all).toContainEqual({ label: 'Place', kind: 'Town', text: '六十六团' });
    expect(all.filter((c) => c.kind === 'SportsTeam')).toEqual([]);
  });
  test('variation: another division and its city', () => {
    const text = '在第一师阿拉尔市十二团，职工种植红枣5万亩。';
    expect(of(text, 'Place')).toEqual(expect.arrayContaining(['阿拉尔市', '十二团']));
    expect(of(text, 'Organization')).toEqual([]);
  });
  test('a sports team keeps its kind', () => {
    expect(found('国家女子足球队和北京青年篮球队进行了交流。').filter((c) => c.label === 'Organization').map((c) => c.kind)).not.toContain('GovernmentAgency');
  });
});

describe('a village whose first character jieba reads as a verb of its own, right after its town (place.admin.village.chained)', () => {
  test.each([
    ['渠黎镇驮河村党支部书记黄振林说，村里成立了合作社。', '驮河村'],
    ['在扶绥县渠黎镇驮河村，村民种起了甘蔗。', '驮河村'],
  ])('%s', (text, village) => {
    const places = of(text, 'Place');
    const bodies = of(text, 'Organization');
    expect([...places, ...bodies].some((n) => n.startsWith(village))).toBe(true);
    expect([...places, ...bodies].filter((n) => n.startsWith(village.slice(1)))).toEqual([]);
  });
  test.each(['培训班的学员多是从泰安赴宜宾学艺的年轻人。', '渠黎镇赴河村开展调研。'])('a verb of going before a place stays the verb: %s', (text) => {
    expect(of(text, 'Place').filter((p) => p.length === 3 && (p.startsWith('赴')))).toEqual([]);
  });
});

describe('a town’s ending and a village’s first character read as the town head’s word (镇长|山村: place.admin.village.glued-head)', () => {
  test.each([
    ['在江平镇长山村，村民发展海鸭养殖。', '江平镇', '长山村'],
    ['东兴市江平镇长山村的合作社去年分红20万元。', '江平镇', '长山村'],
  ])('%s', (text, town, village) => {
    expect(of(text, 'Place')).toEqual(expect.arrayContaining([town, village]));
  });
  test('镇长 and a word that is no village: the town’s head', () => {
    expect(of('江平镇长期以来重视海产品加工。', 'Place').filter((p) => p.endsWith('村'))).toEqual([]);
  });
});

describe('a kind of firm named by a word of policy (强村公司) is no body', () => {
  test.each(['熊口镇还成立了强村公司——潜江市熊口强村发展有限公司。', '今年，强村公司营业收入达到620万元。'])('%s', (text) => {
    expect(of(text, 'Organization')).not.toContain('强村公司');
  });
  test('a firm with 强村 in its name is that firm', () => {
    expect(of('仙居县白塔强村发展有限公司成立于2022年。', 'Organization')).toContain('仙居县白塔强村发展有限公司');
  });
});

describe('a team of aid sent by a province, its batch before its task (org.work-team)', () => {
  test('某省第十批援藏工作队: the team, with no place of its own', () => {
    const text = '湖北省第十批援藏工作队队长胡建平介绍，今年实施产业项目12个。';
    expect(of(text, 'Organization')).toContain('湖北省第十批援藏工作队');
    expect(of(text, 'Person')).toContain('胡建平');
  });
  test('a batch of cadres is no team', () => {
    expect(of('湖北省第十批援藏干部抵达山南。', 'Organization')).toEqual([]);
  });
});

describe('a border-trade zone named by its county (place.zone.border-trade)', () => {
  test('东兴边民互市贸易区', () => {
    expect(found('东兴边民互市贸易区里商铺林立。')).toContainEqual({ label: 'Place', kind: 'DevelopmentZone', text: '东兴边民互市贸易区' });
  });
  test('a town jieba glued to the next name keeps its reading; no zone opens with its ending', () => {
    const places = of('凭祥市友谊镇浦寨边民互市贸易区内货车排起长队。', 'Place');
    expect(places).toContain('友谊镇');
    expect(places.filter((p) => p.startsWith('镇'))).toEqual([]);
  });
});
