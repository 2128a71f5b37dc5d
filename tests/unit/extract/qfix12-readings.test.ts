// Readings of kinds on the lead's noticed list, twelfth round of fixes (qfix12): measures cut at a 了 after a verb of
// reaching, at a verbal noun inside what was counted, at a classifier jieba glued to its noun, and lost after the base
// of a comparison; a county's or town's station named by its level's character alone; a firm named by a place's short
// form and 科技. Sentences written for these tests (names, places and figures invented; the counties are the
// gazetteer's).
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, mentionsIn, resources } from '../../helpers/extract.js';

function outcomes(text: string) {
  return extractText(text, resources())
    .filter((c) => c.label === 'Outcome')
    .map((c) => ({ text: text.slice(c.start, c.end), measure: c.attrs.outcome!.measure, unit: c.attrs.outcome!.unit }));
}
const youxian = hybridMentionsFor('攸县');
const orgs = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Organization').map((m) => m.text);
const places = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Place').map((m) => m.text);

describe('a verb of reaching and 了 before the figure (outcome.measure.reach-verb-le)', () => {
  test.each([
    ['全县粮食加工率达到了68%。', '68%', '粮食加工率'],
    ['今年茶叶产值突破了5亿元。', '5亿元', '茶叶产值'],
    ['合作社社员人数超过了300人。', '300人', '合作社社员人数'],
  ])('%s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('a 了 after a verb of doing keeps the figure\'s own reading', () => {
    expect(outcomes('他们种了30亩西瓜。').find((o) => o.text === '30亩')?.measure).not.toBe('');
  });
});

describe('an amount of change after the base it is compared with (outcome.measure.compared-base-absolute-change)', () => {
  test.each([
    ['农民收入比去年增加了60万元。', '60万元', '农民收入同比增加'],
    ['全村集体收入比上年增加8万元。', '8万元', '集体收入同比增加'],
    ['茶叶销量较2023年减少300吨。', '300吨', '茶叶销量减少'],
    ['兰花种植面积比上年增加了2万亩。', '2万亩', '兰花种植面积同比增加'],
    ['全县生猪存栏量比去年减少了3000头。', '3000头', '生猪存栏量同比减少'],
  ])('%s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('with no base printed, an amount keeps its measure without the change', () => {
    expect(outcomes('农民收入增加3000元。').find((o) => o.text === '3000元')?.measure).toBe('农民收入');
  });
});

describe('a classifier glued to the noun counted (outcome.measure.classifier-glued-unknown)', () => {
  test.each([
    ['村民老周养了30只羊。', '30只', '羊'],
    ['合作社存栏了50头牛。', '50头', '牛'],
  ])('%s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('a classifier before a known word of two characters keeps that word', () => {
    expect(outcomes('全镇新建了12个村级服务站。').find((o) => o.text === '12个')?.measure).not.toBe('村');
  });
});

describe('a verbal noun inside what was counted (outcome.measure.verbal-noun-compound)', () => {
  test.each([
    ['全县现有186家大米加工企业。', '186家', '大米加工企业'],
    ['全镇有12个蔬菜种植基地。', '12个', '蔬菜种植基地'],
  ])('%s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test('a verb and its object after the counted noun are no part of it', () => {
    expect(outcomes('12家企业生产口罩300万只。').find((o) => o.text === '12家')?.measure).toBe('企业');
  });
});

describe('a station named by its level\'s character alone (org.level-named-station)', () => {
  test.each([
    ['县农机站站长彭立新介绍，今年全县机耕面积稳步扩大。', ['县农机站']],
    ['县植检站和县农机站工作人员深入田间指导。', ['县植检站', '县农机站']],
    ['镇兽医站的技术员每周上门服务。', ['镇兽医站']],
  ])('%s', (sentence, names) => {
    const found = youxian(sentence);
    for (const name of names) expect(found.find((m) => m.text === name && m.label === 'Organization')?.rule).toBe('org.level-named-station');
    expect(orgs(found).filter((o) => o.includes('和'))).toEqual([]);
  });
  test('a station with no level, or every county\'s station, is no body', () => {
    expect(orgs(youxian('农机站工作人员到场维修。'))).toEqual([]);
    expect(orgs(youxian('各县农机站要加强安全管理。'))).toEqual([]);
  });
});

describe('a firm named by a place\'s short form and 科技 (org.trade-name.short-place)', () => {
  test.each([
    ['金阳科技公司落户攸县工业园。', '金阳科技公司'],
    ['昭觉科技有限公司董事长孙雨晴说。', '昭觉科技有限公司'],
  ])('%s', (sentence, firm) => {
    const found = youxian(sentence);
    expect(found.find((m) => m.text === firm)?.label).toBe('Organization');
    expect(places(found).filter((p) => firm.startsWith(p))).toEqual([]);
  });
  test('a county\'s full name or 全县 before 科技公司 stays the kind of firm', () => {
    expect(orgs(youxian('攸县科技公司数量逐年增加。'))).toEqual([]);
    expect(orgs(youxian('全县科技公司达到46家。'))).toEqual([]);
  });
});

describe('a loan product or a subsidy scheme named in quotes by its ending (prog.financial-product.*, prog.quoted-subsidy)', () => {
  const programme = (sentence: string, name: string) => mentionsIn(sentence).find((m) => m.label === 'Programme' && m.text === `“${name}”`);
  test.each([
    ['今年已发放“创业担保贷”300万元，扶持返乡青年创业。', '创业担保贷', 'prog.financial-product.self-cued'],
    ['县农商银行推出“桑园e贷”，农户凭订单即可申请。', '桑园e贷', 'prog.financial-product.latin-letter'],
    ['县人社局为86家企业发放“稳岗返还”资金80万元。', '稳岗返还', 'prog.quoted-subsidy'],
    ['全县兑现“一次性扩岗补助”120万元。', '一次性扩岗补助', 'prog.quoted-subsidy'],
  ])('%s', (sentence, name, rule) => {
    const found = programme(sentence, name);
    expect(found?.kind).toBe('Policy');
    expect(found?.rule).toBe(rule);
  });
  test('a slogan, speech or a subsidy with no word of money paid is no programme', () => {
    expect(mentionsIn('各网点做到“应贷尽贷”。').filter((m) => m.label === 'Programme')).toEqual([]);
    expect(mentionsIn('他笑着说：“这就是政府补贴”。').filter((m) => m.label === 'Programme')).toEqual([]);
    expect(mentionsIn('大家都在议论“农机补贴”这个话题。').filter((m) => m.label === 'Programme')).toEqual([]);
  });
});

describe('a title after a cue opened by a level\'s character alone (prog.recognition.level-scope)', () => {
  const titles = (sentence: string) => mentionsIn(sentence).filter((m) => m.label === 'Programme');
  test.each([
    ['去年，桂竹村被评为省乡村振兴示范村。', '省乡村振兴示范村'],
    ['该村先后获评市文明村镇、县美丽乡村示范村。', '市文明村镇'],
    ['石岭镇获评州级先进集体。', '州级先进集体'],
  ])('%s', (sentence, title) => {
    const found = titles(sentence).find((m) => m.text === title);
    expect(found?.kind).toBe('Recognition');
    expect(found?.rule).toBe('prog.recognition.level-scope');
  });
  test('no title ending of a model, or 市场 for the level, gives no title', () => {
    expect(titles('他被评为市场监管先进个人。').filter((m) => m.text.startsWith('市场'))).toEqual([]);
    expect(titles('该村获评省里的表扬。')).toEqual([]);
  });
});

describe('a congress named by the world, and editions held before a festival (prog.type.dahui.world, editions held)', () => {
  const programmes = (sentence: string) => mentionsIn(sentence).filter((m) => m.label === 'Programme');
  test.each([
    ['该县已连续举办多届世界香榧大会。', '世界香榧大会', 'prog.type.dahui.world.bare'],
    ['国际竹产业大会明天在县城开幕。', '国际竹产业大会', 'prog.type.dahui.world.bare'],
    ['当地已成功举办五届枇杷节，吸引游客10万人次。', '枇杷节', 'prog.type.jie.bare'],
  ])('%s', (sentence, name, rule) => {
    expect(programmes(sentence).find((m) => m.text === name)?.rule).toBe(rule);
  });
  test('a meeting is no congress, and a festival with no edition is no name', () => {
    expect(programmes('全县召开表彰大会，表彰先进集体。')).toEqual([]);
    expect(programmes('镇里召开了世界读书日动员大会。').filter((m) => m.text.endsWith('大会'))).toEqual([]);
    expect(programmes('村里正在筹备枇杷节。')).toEqual([]);
  });
});
