// Readings of kinds left alone by earlier rounds, fourth round (qfix4): two abbreviations naming a train service, a
// common noun before a degree adverb glued to its adjective, a set phrase in quotes ending in a landmark's name, a
// parent's brand before the place of its unit's name, a far county's short form before 片区, and the stations of a
// township. Sentences written for these tests (names, places and figures invented).
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, hybridResources, mentionsIn } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('武功县');
const rulesMentions = mentionsIn;
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const places = of('Place');
const orgs = of('Organization');

describe('two abbreviations before a word for a train service or a line name the thing, no place (place.not.abbr-pair-names-thing)', () => {
  test.each([
    ['满载猕猴桃的中欧班列从西安国际港站驶出。'],
    ['去年全县经中亚班列出口苹果汁1.2万吨。'],
    ['这批家具将搭乘渝新欧专列运往杜伊斯堡。'],
    ['借助中老铁路，当地水果三天就能摆上万象的货架。'],
  ])('%s', (sentence) => {
    const found = places(hybridMentions(sentence));
    for (const p of ['中', '欧', '中欧', '亚', '中亚', '渝', '新', '老', '中老']) expect(found).not.toContain(p);
    expect(places(rulesMentions(sentence)).filter((p) => p.length === 1)).toEqual([]);
  });
  test('the pair before a word of relations stays the two countries', () => {
    expect(places(hybridMentions('中欧合作为县里的企业带来了新订单。'))).toEqual(expect.arrayContaining(['中', '欧']));
  });
});

describe("a common noun before a degree adverb jieba glued to its adjective is the noun (hybrid.veto.common-noun-before-glued-degree)", () => {
  test.each([
    ['塬上海拔高、日照很足，苹果着色好。'],
    ['这一带日照较长，昼夜温差大，瓜果甜度高。'],
  ])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('日照');
  });
  test('the city before a verb stays the city', () => {
    expect(places(hybridMentions('考察团从日照出发，前往青岛。'))).toContain('日照');
  });
});

describe('a set phrase in quotes that ends with a landmark is no landmark (place.not.quoted-set-phrase)', () => {
  test.each([['乡亲们把这条防风林带叫作“万里长城”。'], ['护林员们被誉为沙漠边的“万里长城”。']])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('长城');
  });
  test('a place opening the quoted name keeps the landmark', () => {
    expect(places(hybridMentions('游客们登上了“八达岭长城”。'))).toContain('八达岭长城');
  });
});

describe("a parent's brand before the place of its unit opens the unit's name (grow.parent-brand-before-place)", () => {
  test.each([
    ['中车兰州机车有限公司的技术人员前来调试。', '中车兰州机车有限公司'],
    ['县里引进了中粮宜宾粮油有限公司。', '中粮宜宾粮油有限公司'],
    ['华润五丰山东食品有限公司今年投产。', '华润五丰山东食品有限公司'],
  ])('%s', (sentence, name) => {
    expect(orgs(hybridMentions(sentence))).toContain(name);
  });
  test.each([
    ['a time word before the place: the name starts at the place', '今年兰州机车有限公司扩大了产能。', '兰州机车有限公司'],
    ['a preposition before the place', '他在兰州机车有限公司工作了十年。', '兰州机车有限公司'],
  ])('%s', (_case, sentence, name) => {
    expect(orgs(hybridMentions(sentence))).toEqual([name]);
  });
});

describe("a far county's short form before 片区 is no county (hybrid.veto.far-stem-before-area-part)", () => {
  // (qfix6: the part itself, 龙门片区, is a Place of the kind Region — place.area-part; what this veto keeps out is the
  // county 龙门, so the expectation names the county rather than no place at all.)
  test.each([['龙门片区已入驻企业12家。', '龙门片区'], ['东湖组团新建标准厂房3万平方米。', undefined]])('%s', (sentence, part) => {
    expect(places(hybridMentions(sentence))).toEqual(part ? [part] : []);
  });
  test('the short form before a verb of travel is not touched by this veto', () => {
    expect(places(hybridMentions('代表团从龙门出发，前往县城。'))).toContain('龙门');
  });
});

describe("a township's station is an organisation (org.suffix.township-station.*)", () => {
  test.each([
    ['丰源农机有限公司前身为五星乡农机站。', '五星乡农机站'],
    ['长宁镇农技推广站站长介绍了新品种。', '长宁镇农技推广站'],
    ['普集镇兽医站为养殖户免费防疫。', '普集镇兽医站'],
  ])('%s', (sentence, name) => {
    expect(orgs(hybridMentions(sentence))).toContain(name);
  });
  test('a station by its kind alone is no name', () => {
    expect(orgs(hybridMentions('农机站的工作人员上门服务。'))).toEqual([]);
  });
});

describe('a county body the tagger alone reads, opening with 县, keeps the level word (its reference)', () => {
  test('县苹果产业发展中心 carries a local-area reference', () => {
    const text = '县苹果产业发展中心今年推广新品种5个。';
    const m = extractText(text, hybridResources('静宁县')).find((x) => x.label === 'Organization');
    expect(m && text.slice(m.start, m.end)).toBe('县苹果产业发展中心');
    expect(m?.attrs.ref).toBe('local-area');
  });
  test('the body named with its county carries no reference (the county is printed)', () => {
    const text = '静宁县苹果产业发展中心今年推广新品种5个。';
    const m = extractText(text, hybridResources('静宁县')).find((x) => x.label === 'Organization');
    expect(m?.attrs.ref).toBeUndefined();
  });
});

describe("a firm's ending, then a linking word jieba glued to the next firm's first character, ends the first name (grow.firm-then-glued-conjunction)", () => {
  test.each([
    ['今年3月以来，渭水冷链物流公司同绿塬果业公司签约。', ['渭水冷链物流公司', '绿塬果业公司']],
    ['去年，关中冷链物流公司同绿塬果业公司共建了冷库。', ['关中冷链物流公司', '绿塬果业公司']],
  ])('%s', (sentence, names) => {
    const found = orgs(hybridMentions(sentence));
    for (const n of names) expect(found).toContain(n);
    expect(found.some((n) => n.includes('同绿'))).toBe(false);
  });
  test('with no firm before it the word is left as it was read', () => {
    expect(orgs(hybridMentions('同绿塬果业公司签约的还有三家企业。'))).toEqual(['同绿塬果业公司']);
  });
});

describe("a county's zone whose level word jieba glued to the ending (武功|县经济开发区) is read (place.zone.*, the level glued)", () => {
  test.each([
    ['乾县经济开发区新引进企业6家。', '乾县经济开发区'],
    ['常兴片区是眉县经济开发区的重要组成部分。', '眉县经济开发区'],
    ['扶风县经济开发区今年实现工业产值12亿元。', '扶风县经济开发区'],
  ])('%s', (sentence, zone) => {
    expect(places(hybridMentions(sentence))).toContain(zone);
  });
  test('该县 and 全县 before the glued word name no county: no zone read from them', () => {
    expect(places(hybridMentions('该县经济开发区新引进企业6家。'))).toEqual([]);
  });
});

describe("the place after a parent's brand is where the unit is (org.place.after-brand)", () => {
  test("中车西安车辆有限公司 carries 西安 as its place", () => {
    const text = '中车西安车辆有限公司的职工来到村里。';
    const m = extractText(text, hybridResources('眉县')).find((x) => x.label === 'Organization');
    expect(m?.attrs.place?.text).toBe('西安');
  });
  test('a trade name with no place after it carries none', () => {
    const text = '绿源果业有限公司今年投产。';
    const m = extractText(text, hybridResources('眉县')).find((x) => x.label === 'Organization');
    expect(m?.attrs.place).toBeUndefined();
  });
});

describe('a word of linking glued to a qualifier before a place is no brand (grow.parent-brand-before-place, its guard)', () => {
  test.each([
    ['绿禾米业公司脱胎于原乾县国营粮食加工厂，去年产值达到6000万元。', ['绿禾米业公司', '乾县国营粮食加工厂']],
    ['金秋面业公司前身为原扶风县面粉厂。', ['金秋面业公司', '扶风县面粉厂']],
  ])('%s', (sentence, names) => {
    const found = orgs(hybridMentions(sentence));
    for (const n of names) expect(found).toContain(n);
    expect(found.some((n) => /^(?:于原|为原)/u.test(n))).toBe(false);
  });
});
