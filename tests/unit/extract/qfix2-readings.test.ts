// Readings of kinds left alone by earlier rounds, second round (qfix2): a place's name inside a breed's or a
// product's word, a Yi person's four-character name before a speech verb, a district's short form that is a region's
// word after its province, a zone's part named by a direction, a forest station named by a common word, a village
// whose stem is a locative and one character. Sentences written for these tests (names, places and figures invented).
import { hybridMentionsFor } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('遂昌县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const places = of('Place');
const people = of('Person');
const orgs = of('Organization');

describe("a place's name opening a breed's or a product's word is no place (hybrid.veto.place-in-product-word)", () => {
  test.each([
    ['全村黑山羊存栏2000只，还发展了黑猪养殖。'],
    ['石门村发展黑山羊养殖带动村集体增收。'],
    ['合作社去年出栏黑山羊1.2万只，户均增收8000元。'],
  ])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('黑山');
  });
  test('the place itself, by its full name, is still read (黑山县)', () => {
    expect(places(hybridMentions('黑山县的客商也来考察黑山羊养殖。'))).toEqual(['黑山县']);
  });
});

describe("a Yi name of a clan name and two characters before a cue is one person (person.yi-name-before-cue)", () => {
  test.each([
    ['沙马拉者介绍，村里今年新种了500亩苦荞。', '沙马拉者'],
    ['阿都日哈介绍，他家去年加入了合作社。', '阿都日哈'],
    ['乡党委书记吉克石者表示，要把苦荞做成品牌。', '吉克石者'],
    ['曲比阿果说，养羊的收入比过去高多了。', '曲比阿果'],
  ])('%s', (sentence, person) => {
    const found = hybridMentions(sentence);
    expect(people(found)).toEqual([person]);
    // (阿都日哈: no countries read from a pair of characters inside the name.)
    expect(places(found)).toEqual([]);
  });
  test('a Han name of three characters after a title is read as before (副局长马海波介绍)', () => {
    expect(people(hybridMentions('县农业农村局副局长马海波介绍，今年新建大棚300个。'))).toEqual(['马海波']);
  });
});

describe("a district's short form that is a frequent word, right after its province, is no district (place.not.frequent-district-after-province)", () => {
  test.each([
    ['来自河南中原的客商前来采购。', ['河南']],
    ['这家企业把河南中原的面粉运到南方。', ['河南']],
  ])('%s', (sentence, expected) => {
    expect(places(hybridMentions(sentence))).toEqual(expected);
  });
  test.each([
    ['浙江余杭的一家企业前来考察。', ['浙江', '余杭']],
    ['重庆江北的客商也来了。', ['重庆', '江北']],
    ['郑州市中原区的企业前来对接。', ['郑州市', '中原区']],
  ])('a rare word, a municipality, or the district in full stays the district: %s', (sentence, expected) => {
    expect(places(hybridMentions(sentence))).toEqual(expected);
  });
});

describe("a direction and 区 is a part of what is named before it, not the district of that name far away (admin-endings.json commonNouns)", () => {
  test.each([
    ['县经济开发区东区新引进企业6家。'],
    ['产业园西区的标准厂房已经完工。'],
    ['园区北区今年新上项目12个。'],
  ])('%s', (sentence) => {
    const found = places(hybridMentions(sentence));
    expect(found.some((p) => /^[东西南北中]区$/u.test(p))).toBe(false);
  });
  test('after its city the district is read (攀枝花市东区)', () => {
    expect(places(hybridMentions('攀枝花市东区的企业前来对接。'))).toEqual(['攀枝花市', '东区']);
  });
});

describe('a forest station named by a common word (org.station.forest, commonNamed)', () => {
  test.each([
    ['青松森林经营所今年完成造林3000亩。', ['青松森林经营所']],
    ['林业局下属的金竹坪森林经营所也完成了造林任务。', ['林业局', '金竹坪森林经营所']],
  ])('%s', (sentence, expected) => {
    expect(orgs(hybridMentions(sentence))).toEqual(expected);
  });
  test.each([['国有森林经营所改革稳步推进。'], ['全县森林经营所共有职工300人。'], ['这个森林经营所管护面积很大。']])('a grade, a scope or a determiner names a kind: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});

describe('a village of a locative and one character before 村 (place.admin.village.locative.zg-stem)', () => {
  test.each([
    ['上畈村去年茶叶收入100万元。', ['上畈村']],
    ['大坪镇下畈村、上畈村的茶园连成了片。', ['大坪镇', '下畈村', '上畈村']],
  ])('%s', (sentence, expected) => {
    expect(places(hybridMentions(sentence))).toEqual(expected);
  });
  test('a locative and a measure or a numeral is no name (下个村, 上一村)', () => {
    expect(places(hybridMentions('他跑了下个村，上一村也去了。'))).toEqual([]);
  });
});

describe('a dateline is no word of the name after it (stopwords.txt: 本报讯)', () => {
  test.each([
    ['本报讯 绿源茶业有限公司是一家茶叶加工企业。', ['绿源茶业有限公司']],
    ['本报讯 金桥物流有限公司新增冷链车20辆。', ['金桥物流有限公司']],
  ])('%s', (sentence, expected) => {
    expect(orgs(hybridMentions(sentence.replace(' ', '')))).toEqual(expected);
  });
  test('the dateline alone is no body (本报讯 before a date)', () => {
    expect(orgs(hybridMentions('本报讯近日，县里召开民营经济发展大会。'))).toEqual([]);
  });
});

describe("a corps' division and its regiment are no body (hybrid.veto.corps-units)", () => {
  test.each([
    ['十四师二二四团今年红枣产量达到3万吨。', '二二四团'],
    ['第三师四十五团新建冷库两座。', '四十五团'],
  ])('%s', (sentence, regiment) => {
    const found = hybridMentions(sentence);
    expect(orgs(found)).toEqual([]);
    expect(places(found)).toContain(regiment);
  });
  test('a body of the regiment keeps its name (某团党委)', () => {
    expect(orgs(hybridMentions('二二四团党委组织职工开展技能培训。'))).toContain('二二四团党委');
  });
});
