// Readings of kinds noticed and left alone by earlier rounds, seventh round (qfix7): a village printed after its town
// whose name opens with a direction character, an organisation whose name opens inside a village's name jieba cut, a
// far town named by a verb and a level word before a body, and figures' measures — a grade of firms after a count
// jieba glued to the classifier, a quoted name after a count, where exported goods went. Sentences written for these
// tests (names, places and figures invented; the counties are the gazetteer's).
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, resources } from '../../helpers/extract.js';

const songyang = hybridMentionsFor('松阳县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const places = of('Place');
const orgs = of('Organization');

function measures(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of extractText(text, resources()).filter((x) => x.label === 'Outcome')) out[text.slice(c.start, c.end)] = c.attrs.outcome!.measure;
  return out;
}

describe('a village after its town whose name opens with a direction character (place.admin.village.direction, .zg-stem)', () => {
  test.each([
    ['新兴镇北桥头村的村民在整修村道。', '北桥头村'],
    ['在大东坝镇东茶园村，茶农正忙着采摘春茶。', '东茶园村'],
    ['赤寿乡南溪口村今年新建了游客中心。', '南溪口村'],
  ])('%s', (sentence, village) => {
    const found = songyang(sentence);
    expect(places(found)).toContain(village);
    expect(places(found)).not.toContain(village.slice(1));
    expect(found.find((m) => m.text === village)?.rule).toMatch(/^place\.admin\.village\.direction(?:\.zg-stem)?$/);
  });
  test('the ending a word of its own (桥头|村) or one word with the stem (桥头村) alike', () => {
    expect(places(songyang('白沙镇北桥头村也成立了合作社。'))).toContain('北桥头村');
    expect(places(songyang('新兴镇北桥头村的村民在整修村道。'))).toContain('北桥头村');
  });
  test('a direction after no town opens no village of its own', () => {
    const found = songyang('镇北桥头村的村民在整修村道。');
    expect(places(found)).not.toContain('北桥头村');
  });
});

describe('an organisation whose name opens inside a village jieba cut takes the whole village (org.place.whole-village-opening)', () => {
  test.each([
    ['下畈村强村公司去年实现营业收入320万元。', '下畈村强村公司'],
    ['后垟村强村公司负责人介绍了今年的计划。', '后垟村强村公司'],
    ['前垄村农业发展公司承接了村里的保洁业务。', '前垄村农业发展公司'],
  ])('%s', (sentence, name) => {
    const found = orgs(songyang(sentence));
    expect(found).toContain(name);
    expect(found.filter((n) => n.startsWith('村'))).toEqual([]);
  });
  test('a name that already holds its village is unchanged', () => {
    expect(orgs(songyang('石栏村强村公司成立于去年。'))).toContain('石栏村强村公司');
  });
});

describe('a far town named by a verb and a level word before a body (org.place.not.verb-and-level)', () => {
  test.each([
    ['他们还联合镇卫生院开展义诊，为群众测量血压。', '镇卫生院', '联合镇卫生院'],
    ['志愿者们还联合乡卫生院开展健康讲座。', '乡卫生院', '联合乡卫生院'],
  ])('%s', (sentence, body, farBody) => {
    const found = orgs(songyang(sentence));
    expect(found).toContain(body);
    expect(found).not.toContain(farBody);
  });
  test('after a body: 乡镇卫生院 is a kind of body, no far township', () => {
    const found = songyang('县疾控中心联合乡镇卫生院开展健康宣传。');
    expect(orgs(found)).not.toContain('联合乡镇卫生院');
    expect(places(found)).not.toContain('联合乡');
  });
  test('after its province the town keeps its name', () => {
    expect(orgs(songyang('黑龙江省联合乡卫生院的医生来到这里。'))).toContain('联合乡卫生院');
  });
});

describe('measures after a count: a grade of firms, a quoted name (outcome.measure.grade-after-count, outcome.measure.quoted-after-count)', () => {
  test.each([
    ['今年底前在全县20家规上企业设立服务站点。', '20家', '规上企业'],
    ['县总工会在36家规模以上企业建立了职工书屋。', '36家', '规模以上企业'],
    ['全县183个“共享法庭”实现镇村全覆盖。', '183个', '共享法庭'],
    ['目前全镇已建成12家“共富工坊”，吸纳村民就业。', '12家', '建成共富工坊'],
    ['目前，3个“不出村”服务站已全部建成。', '3个', '不出村服务站'],
  ])('%s', (sentence, figure, measure) => {
    expect(measures(sentence)[figure]).toBe(measure);
  });
  test('a long quotation after a count is no measure', () => {
    expect(measures('他说，有3个“我们一定要把这件事情办好办实办到群众心坎上”的理由。')['3个']).not.toBe('我们一定要把这件事情办好办实办到群众心坎上');
  });
});

describe('where exported goods went is no part of the measure (outcome.measure.trade-destination)', () => {
  test.each([
    ['今年，该企业对“一带一路”沿线国家出口五金产品1.2亿元。', '1.2亿元', '出口五金产品'],
    ['去年，公司向东南亚市场出口茶叶300吨。', '300吨', '出口茶叶'],
    ['一季度，全县对欧盟国家出口额达3.6亿元。', '3.6亿元', '出口额'],
  ])('%s', (sentence, figure, measure) => {
    expect(measures(sentence)[figure]).toBe(measure);
  });
  test('without 对 or 向 the words before the verb stay', () => {
    expect(measures('全县外贸企业出口额达3.6亿元。')['3.6亿元']).toBe('外贸企业出口额');
  });
});
