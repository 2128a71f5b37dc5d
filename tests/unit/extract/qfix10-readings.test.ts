// Readings of kinds noticed and left alone by earlier rounds, eighth round (qfix10): a county's rural credit union and
// its short name, a co-op named by its area and its kind alone, a far district's name that is a word before a noun of
// measures, a far town's name glued between two bodies, a village whose name is cut after a direction, quoted
// services and subsidies named by what they pay for. Sentences written for these tests (names and figures invented;
// the counties are the gazetteer's).
import { hybridMentionsFor, mentionsIn } from '../../helpers/extract.js';

const kaihua = hybridMentionsFor('开化县');
const taishun = hybridMentionsFor('泰顺县');
const orgs = (found: Array<{ label: string; text: string; kind?: string }>) => found.filter((m) => m.label === 'Organization').map((m) => [m.text, m.kind]);
const places = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Place').map((m) => m.text);
const programmes = (found: Array<{ label: string; text: string; kind?: string }>) => found.filter((m) => m.label === 'Programme').map((m) => [m.text, m.kind]);

describe('a rural credit union and 农信社 are banks (org.suffix.credit-union.*)', () => {
  test.each([
    ['开化县农村信用合作联社持续加大涉农信贷投放。', '开化县农村信用合作联社'],
    ['开化县信用联社与华埠镇签订战略合作协议。', '开化县信用联社'],
    ['开化县农信社推出“兴农贷”产品。', '开化县农信社'],
  ])('%s', (sentence, name) => {
    expect(orgs(kaihua(sentence))).toContainEqual([name, 'Bank']);
    expect(orgs(mentionsIn(sentence))).toContainEqual([name, 'Bank']);
  });
  test('农信社 (jieba reads it as one organisation) is never a press agency', () => {
    for (const s of ['农信社助力茶农增收。', '记者从农信社获悉，今年已发放贷款3亿元。']) expect(orgs(kaihua(s)).filter(([, k]) => k === 'Media')).toEqual([]);
  });
  test('a press agency by its 社 stays Media', () => {
    expect(orgs(kaihua('新华社记者近日来到开化县。')).filter(([n]) => n === '新华社')).toEqual([['新华社', 'Media']]);
  });
});

describe('a co-op named by its area and its kind alone is no named co-op (org.not.place-and-coop-kind)', () => {
  test.each([['开化县农机合作社忙秋收'], ['开化县农民专业合作社发展壮大'], ['县农机合作社组织农机手抢收晚稻。']])('%s', (sentence) => {
    expect(orgs(kaihua(sentence)).filter(([n]) => String(n).endsWith('合作社'))).toEqual([]);
  });
  test.each([
    ['开化县金山农机专业合作社购置了10台收割机。', '开化县金山农机专业合作社'],
    ['开化县茶叶专业合作社今年收购鲜叶300吨。', '开化县茶叶专业合作社'],
    ['华埠镇农机合作社组织农机手抢收晚稻。', '华埠镇农机合作社'],
  ])('one with a trade name, a product or a town of its own stays: %s', (sentence, name) => {
    expect(orgs(kaihua(sentence)).map(([n]) => n)).toContain(name);
  });
});

describe('a far district whose name is a word, before a noun of measures (hybrid.veto.word-before-measures)', () => {
  test.each([
    ['该社负责人表示，将出台更多惠农举措，支持茶产业发展。', '惠农'],
    ['县里今年又推出了一批惠农政策。', '惠农'],
  ])('%s', (sentence, word) => {
    expect(places(kaihua(sentence)).filter((p) => p.startsWith(word))).toEqual([]);
  });
  test('the district named in full stays a place', () => {
    expect(places(kaihua('考察团来到宁夏石嘴山市惠农区参观。'))).toContain('惠农区');
  });
});

describe('a far town whose name is a verb, between two bodies (place.not.verb-and-level.after-body)', () => {
  test.each([['金溪果蔬专业合作社联合镇农技站开展技术培训。'], ['开化县天源茶业有限公司联合乡农技站举办培训班。']])('%s', (sentence) => {
    expect(places(kaihua(sentence)).filter((p) => p.startsWith('联合'))).toEqual([]);
  });
  test('the co-op before it is still read', () => {
    expect(orgs(kaihua('金溪果蔬专业合作社联合镇农技站开展技术培训。')).map(([n]) => n)).toContain('金溪果蔬专业合作社');
  });
});

describe('a village cut after a direction: town, direction, one character and jieba’s X村 (place.admin.village.direction.split-stem)', () => {
  test.each([
    ['连日来，罗阳镇南岙下村的稻田里一派繁忙景象。', '南岙下村'],
    ['筱村镇东坑下村的村民正在采摘猕猴桃。', '东坑下村'],
  ])('%s', (sentence, village) => {
    expect(places(taishun(sentence))).toContain(village);
    expect(places(taishun(sentence))).not.toContain('下村');
  });
  test('the rules read it too, by their own id', () => {
    expect(taishun('罗阳镇南岙下村的稻田里一派繁忙景象。').find((m) => m.text === '南岙下村')?.rule).toMatch(/\.direction\.split-stem$/);
  });
  test('no direction before the character: the village jieba reads stays', () => {
    expect(places(taishun('罗阳镇的下村今年新建了文化礼堂。'))).toContain('下村');
  });
});

describe('a quoted service is a campaign; a quoted manner is none (prog.type.quoted-service)', () => {
  test.each([
    ['县司法局推出“法律专家进村”服务，为群众答疑解惑。', '“法律专家进村”服务'],
    ['县供电公司开展“电力管家上门”服务。', '“电力管家上门”服务'],
  ])('%s', (sentence, name) => {
    const found = mentionsIn(sentence).find((m) => m.label === 'Programme');
    expect(found?.text).toBe(name);
    expect(found?.kind).toBe('Campaign');
    expect(found?.rule).toBe('prog.type.quoted-service.quoted');
  });
  test.each([['县人社局为企业提供“一站式”服务。'], ['开展“保姆式”服务和“一对一”服务。'], ['推行“精细化”服务。']])('a manner in quotes: %s', (sentence) => {
    expect(programmes(mentionsIn(sentence))).toEqual([]);
  });
  test('a quoted site (a court, a post) is no programme', () => {
    expect(programmes(mentionsIn('在各乡镇设立“共享法庭”和“红色驿站”。'))).toEqual([]);
  });
});

describe('a subsidy named by what it pays for is a policy (prog.type.subsidy.*)', () => {
  test.each([
    ['今年，全县落实农机购置补贴1200万元。', '农机购置补贴'],
    ['家电以旧换新补贴带动消费3亿元。', '家电以旧换新补贴'],
    ['我县兑现汽车以旧换新补贴2300万元。', '汽车以旧换新补贴'],
  ])('%s', (sentence, name) => {
    expect(programmes(mentionsIn(sentence))).toContainEqual([name, 'Policy']);
  });
  test('a subsidy named by nothing but a verb, or by a kind of farming, is none', () => {
    expect(programmes(mentionsIn('农户可申领购置补贴。'))).toEqual([]);
    expect(programmes(mentionsIn('今年发放种粮补贴800万元。'))).toEqual([]);
  });
});
