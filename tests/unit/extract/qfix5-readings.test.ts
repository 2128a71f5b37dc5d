// Readings of kinds left alone by earlier rounds, fifth round (qfix5): a verb of conferring jieba glued to a body's
// ending, a surname that is also a preposition after a descriptor jieba does not know, and figures' measures — a
// counted word jieba does not know, a place chain before a figure, a level standing for a listed measure, a limit
// every member of a set passes, a group's size, 批次. Sentences written for these tests (names and figures invented).
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, resources } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('安平县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const people = of('Person');
const programmes = of('Programme');

function outcomes(text: string) {
  return extractText(text, resources())
    .filter((c) => c.label === 'Outcome')
    .map((c) => ({ text: text.slice(c.start, c.end), rule: c.rule, ...c.attrs.outcome }));
}

describe("a title after a verb of conferring jieba glued to a body's ending (prog.recognition.after-glued-cue)", () => {
  test.each([
    ['去年，青川县被国家林业和草原局确定为全国林下经济示范基地。', '全国林下经济示范基地'],
    ['日前，该村被省农业农村厅认定为省级休闲农业精品村。', '省级休闲农业精品村'],
    ['近日，平顶山村被国家文物局确定为全国红色旅游示范点。', '全国红色旅游示范点'],
  ])('%s', (sentence, title) => {
    const found = extractText(sentence, resources()).filter((c) => c.label === 'Programme');
    expect(found.map((c) => sentence.slice(c.start, c.end))).toContain(title);
  });
  test('the cue at a token start keeps its own rule', () => {
    const sentence = '安平县被农业农村部确定为全国农业现代化示范区。';
    const found = extractText(sentence, resources()).filter((c) => c.label === 'Programme');
    expect(found.map((c) => c.rule)).toEqual(['prog.recognition.after-cue']);
  });
  test('no title without a scope after the glued verb', () => {
    expect(programmes(hybridMentions('项目由县水利局确定为下一步重点工作。'))).toEqual([]);
  });
});

describe('a surname that is also a preposition after a descriptor jieba does not know (person.preposition-surname.after-title)', () => {
  test.each([
    ['在电商产业园，主播向小燕正在直播间推介当地的核桃和蜂蜜。', '向小燕'],
    ['网络主播向晓岚每天晚上直播两个小时。', '向晓岚'],
    ['种植大户向明德说，今年的收成不错。', '向明德'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toContain(name);
  });
  test.each([
    ['主播向网友推荐当地的核桃。'],
    ['主播向大家介绍蜂蜜的吃法。'],
    ['村民向记者说，今年收成好。'],
  ])('the preposition before a common word stays one: %s', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
});

describe("figures' measures", () => {
  test.each([
    ['周桂芳正带着十几名绣娘赶制订单。', '十几名', '绣娘'],
    ['合作社里，二十多位织娘正在赶制一批土布。', '二十多位', '织娘'],
  ])('a counted word jieba does not know (outcome.measure.unknown-noun-after-count): %s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('an unknown word before 、 or 的 is a quality, not what was counted', () => {
    expect(outcomes('新落地45个质态优的项目。').find((o) => o.text === '45个')?.measure ?? '').not.toMatch(/质态/u);
    expect(outcomes('全区新引进71个质态优、带动强的项目。').find((o) => o.text === '71个')?.measure ?? '').not.toMatch(/质态/u);
  });
  test('a place chain before the figure is no measure (outcome.measure.not-place-clause)', () => {
    const found = outcomes('在安平县石门镇柳溪村，十几名绣娘正在赶制订单。');
    expect(found.map((o) => o.measure)).not.toContain('安平县石门镇柳溪村');
    expect(found.find((o) => o.text === '十几名')?.measure).toBe('绣娘');
  });
  test('the clause before that is more than places still measures a bare figure', () => {
    const found = outcomes('全县新建日光温室，共1200座。');
    expect(found.find((o) => o.text === '1200座')?.measure).toBe('新建日光温室');
  });
  test.each([
    ['全县有省级文明村42个、市级115个。', '115个', '市级文明村'],
    ['全县共有国家级示范合作社6家、省级21家、市级48家。', '48家', '市级示范合作社'],
  ])('a level alone after 、 takes the listed measure (outcome.measure.level-takes-listed-noun): %s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('a level before its own noun keeps it', () => {
    expect(outcomes('全县有省级文明村42个、市级文明单位115个。').find((o) => o.text === '115个')?.measure).toBe('市级文明单位');
  });
  test.each([
    ['全镇5个村集体收入均超过10万元。', '10万元'],
    ['全县12家企业产值全部突破1亿元。', '1亿元'],
    ['其中3个村超过50万元。', '50万元'],
  ])('a limit every member passes is no figure (outcome.not.every-member-threshold): %s', (sentence, limit) => {
    const found = outcomes(sentence);
    expect(found.map((o) => o.text)).not.toContain(limit);
    expect(found.map((o) => o.text).join()).not.toMatch(/万元/u);
  });
  test.each([
    ['村民人均超过2万元。', '超过2万元'],
    ['全村集体经济收入超过50万元。', '超过50万元'],
  ])('a figure per head or of one whole after 超过 stays: %s', (sentence, figure) => {
    expect(outcomes(sentence).map((o) => o.text)).toContain(figure);
  });
  test.each([
    ['十年前，她开了一个8个人的作坊。'],
    ['如今，这支十几人的小团队已经接了不少订单。'],
  ])("a group's size is no outcome (outcome.not.group-size): %s", (sentence) => {
    expect(outcomes(sentence)).toEqual([]);
  });
  test('a count of people working is an outcome', () => {
    expect(outcomes('如今作坊里有8个人，每天能做布鞋200双。').map((o) => o.text)).toContain('8个');
  });
  test('批次 is one unit', () => {
    const found = outcomes('全年共完成食品安全抽检1200批次，每千人5批次。');
    expect(found.map((o) => [o.text, o.unit])).toEqual([['1200批次', '批次'], ['5批次', '批次']]);
  });
  test('a space after a word ends the measure (outcome.measure.space-ends-after)', () => {
    const found = outcomes('我县集中签约12个项目 总投资86.5亿元');
    expect(found.map((o) => [o.text, o.measure])).toEqual([['12个', '集中签约项目'], ['86.5亿元', '总投资']]);
  });
  test('a space between the figure and its noun is no end', () => {
    expect(outcomes('新建 12个 冷库').find((o) => o.text === '12个')?.measure).toBe('新建冷库');
  });
  test("a headline figure restating one of the body takes its measure and period (outcome.headline-copy)", () => {
    const text = '我县集中签约12个项目 总投资86.5亿元\n本报讯 2026年，安平县重点项目集中签约，现场签约项目12个，总投资86.5亿元。';
    const found = outcomes(text);
    expect(found.filter((o) => o.value === 12).map((o) => [o.measure, o.period])).toEqual([['现场签约项目', '2026年'], ['现场签约项目', '2026年']]);
    expect(found.filter((o) => o.value === 8650000000).map((o) => o.measure)).toEqual(['总投资', '总投资']);
  });
  test('a headline figure matching two of the body, or none, keeps its own', () => {
    const text = '全县新建冷库12座\n本报讯 甲镇新建烘干房12座，乙镇新建大棚12座。';
    expect(outcomes(text).filter((o) => o.value === 12).map((o) => o.measure)[0]).toBe('新建冷库');
    expect(outcomes('全县新建冷库12座\n本报讯 甲镇新建烘干房8座。').find((o) => o.value === 12)?.measure).toBe('新建冷库');
  });
});
