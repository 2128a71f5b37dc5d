// Readings of kinds on the lead's noticed list, eleventh round of fixes (qfix11): a village after its town whose stem is
// a common word and whose ending jieba glued to a locative (某镇桃花村里), a firm's trade name read as a place before its
// trade (某某鞋业), and a village of the south-west named by an upper or lower stockade (某某上寨). Sentences written for
// these tests (names, places and figures invented; the counties are the gazetteer's).
import { hybridMentionsFor, mentionsIn } from '../../helpers/extract.js';

const youxian = hybridMentionsFor('攸县');
const places = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Place').map((m) => m.text);
const orgs = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Organization').map((m) => m.text);
const people = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Person').map((m) => m.text);

describe('a village after its town, its ending glued to a locative (place.admin.village.glued-locative)', () => {
  test.each([
    ['石门镇桃花村里的游客络绎不绝。', '桃花村'],
    ['记者走进青溪乡柳树村边的果园，看到果农正在采摘。', '柳树村'],
    ['在白沙镇石门村头，一棵古樟树枝繁叶茂。', '石门村'],
  ])('%s', (sentence, village) => {
    const found = mentionsIn(sentence).filter((m) => m.label === 'Place');
    expect(found.map((m) => m.text)).toContain(village);
    expect(places(youxian(sentence))).toContain(village);
  });
  test('the glued reading is the rule\'s own where jieba glued the locative', () => {
    expect(mentionsIn('石门镇桃花村里的游客络绎不绝。').find((m) => m.text === '桃花村')?.rule).toBe('place.admin.village.glued-locative');
  });
  test('no town before it, or a determiner for a stem: no village', () => {
    expect(places(youxian('桃花村里的游客络绎不绝。'))).toEqual([]);
    expect(places(youxian('他回到村里，看到家家户户都在打扫庭院。')).filter((p) => p.endsWith('村'))).toEqual([]);
    expect(places(youxian('石门镇这个村里的游客很多。'))).toEqual(['石门镇']);
  });
});

describe('a trade name before its trade is a firm, not a place (hybrid.veto.trade-name-before-industry, org.trade-firm)', () => {
  test.each([
    ['鸿星鞋业今年产值突破亿元。', '鸿星鞋业'],
    ['去年，瑞丰纸业营收增长了两成。', '瑞丰纸业'],
    ['华澜服饰订单已排到明年三月。', '华澜服饰'],
  ])('%s', (sentence, firm) => {
    const found = youxian(sentence);
    expect(orgs(found)).toContain(firm);
    expect(places(found)).toEqual([]);
  });
  test('with no cue of a firm the trade name is no place either', () => {
    expect(places(youxian('鸿星鞋业质量过硬，深受客户信赖。'))).toEqual([]);
  });
  test('a place the gazetteer knows before a trade stays the place', () => {
    expect(places(youxian('晋江鞋业产值突破千亿元。'))).toContain('晋江');
    expect(orgs(youxian('晋江鞋业产值突破千亿元。'))).toEqual([]);
  });
});

describe('a village named by an upper, middle or lower stockade (place.village.part-stockade)', () => {
  test.each([
    ['游客们走进郎德上寨，参观苗族吊脚楼。', '郎德上寨'],
    ['记者来到龙潭下寨，村民正在晒谷。', '龙潭下寨'],
    ['岩洞镇铜关中寨的村民正在采茶。', '铜关中寨'],
  ])('%s', (sentence, village) => {
    expect(mentionsIn(sentence).find((m) => m.text === village)?.rule).toBe('place.village.part-stockade');
    const found = youxian(sentence);
    expect(places(found)).toContain(village);
    expect(people(found)).toEqual([]);
  });
  test('寨子, the common noun, is no village\'s ending', () => {
    expect(places(youxian('我们走进山上寨子，看到村民正在晒谷。'))).toEqual([]);
  });
});

describe('a hospital\'s 院区 and 分院, a school\'s 校区, a plant-quarantine station (org.suffix.campus.*, org.suffix.township-station.zhijian)', () => {
  test.each([
    ['攸县人民医院南岸院区正式启用。', '攸县人民医院南岸院区', 'Hospital'],
    ['攸县中医院城南院区新增床位200张。', '攸县中医院城南院区', 'Hospital'],
    ['观音分院同步开诊，方便了周边群众就医。', '观音分院', 'Hospital'],
    ['攸县一中城东校区今年秋季招生600人。', '攸县一中城东校区', 'School'],
    ['攸县植保植检站站长刘明说，今年未发现检疫性有害生物。', '攸县植保植检站', 'PublicInstitution'],
    ['石门镇植检站工作人员深入田间开展检查。', '石门镇植检站', 'PublicInstitution'],
  ])('%s', (sentence, name, kind) => {
    const found = youxian(sentence);
    expect(found.find((m) => m.text === name && m.label === 'Organization')?.kind).toBe(kind);
    expect(people(found)).not.toContain('植检站');
    expect(places(found).filter((p) => p.startsWith('南岸') || p.startsWith('城南') || p.startsWith('城东'))).toEqual([]);
  });
  test('the ending alone, or after a count or 新, is no body', () => {
    expect(orgs(youxian('新院区建成后，医院床位将达到800张。'))).toEqual([]);
    expect(orgs(youxian('两个校区共有学生3000人。'))).toEqual([]);
    expect(orgs(youxian('县人民医院新院区投入使用。'))).toEqual(['县人民医院']);
  });
});
