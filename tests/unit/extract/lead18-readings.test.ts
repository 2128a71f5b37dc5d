// Readings found on pages written for the tenth round of own articles (lead18): names, places and bodies invented.
import { hybridMentionsFor } from '../../helpers/extract.js';
import { isNamePartsWhole, loadNameParts } from '../../../src/lexicons/index.js';

const hybridMentions = hybridMentionsFor('若羌县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const people = of('Person');
const orgs = of('Organization');
const places = of('Place');
const programmes = of('Programme');

describe('bureaus named by many fields', () => {
  test.each([
    ['若羌县文化体育广播电视和旅游局副局长米兰说。', '若羌县文化体育广播电视和旅游局'],
    ['活动由县文化体育广播电视和旅游局主办。', '县文化体育广播电视和旅游局'],
    ['活动由县文化和广电旅游体育局承办。', '县文化和广电旅游体育局'],
    ['且末县自然资源和规划局发布公告。', '且末县自然资源和规划局'],
    ['市金融工作服务中心主任蒋文斌介绍。', '市金融工作服务中心'],
    ['县农村工作服务中心主任李明说。', '县农村工作服务中心'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
  test('two bodies joined by 和 stay two', () => {
    expect(orgs(hybridMentions('市科技局和县科技局联合发文。'))).toEqual(['市科技局', '县科技局']);
  });
  test('a broadcaster tagged as a body by jieba still ends a field', () => {
    expect(orgs(hybridMentions('市广播电视台和县融媒体中心的记者到场。'))).toEqual(['市广播电视台', '县融媒体中心']);
  });
});

describe('who a person is, before their name, and their household after it', () => {
  test.each([
    ['72岁的银匠阿不都·热合曼正在打磨银碗。', '阿不都·热合曼'],
    ['木匠艾山·吐尔地说，今年订单多。', '艾山·吐尔地'],
    ['菜商伊力·买买提每天早上进货。', '伊力·买买提'],
  ])('%s: the trade is not the name', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test.each([
    ['牧民旺堆家有牦牛80头。', '旺堆'],
    ['村民周立强家有五亩果园。', '周立强'],
    ['种植户许建家的大棚去年丰收。', '许建'],
    ['牧民多吉·次仁家的羊群下山了。', '多吉·次仁'],
  ])('%s: 家 is the household', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test('家 before a speech verb stays in the name (村民刘国家说)', () => {
    expect(people(hybridMentions('村民刘国家说，今年收成好。'))).toEqual(['刘国家']);
  });
  test.each([
    ['她的女儿央金卓玛大学毕业后回到乡里。', '央金卓玛'],
    ['儿子扎西顿珠中专毕业后当了兽医。', '扎西顿珠'],
  ])('%s: who graduated, no school', (sentence, name) => {
    const found = hybridMentions(sentence);
    expect(people(found)).toEqual([name]);
    expect(orgs(found)).toEqual([]);
  });
  test('a university before 毕业 stays a university', () => {
    expect(orgs(hybridMentions('他从新疆大学毕业后回到家乡。'))).toEqual(['新疆大学']);
  });
});

describe('names without a surname by their parts', () => {
  test.each([
    ['次仁卓玛', true],
    ['扎西', true],
    ['斯琴高娃', false],
    ['次仁', true],
    ['卓玛了', false],
    ['了解到', false],
  ])('%s is whole Tibetan parts: %s', (text, whole) => {
    expect(isNamePartsWhole(text, loadNameParts().tibetan)).toBe(whole);
  });
  test('a Mongolian name by its own parts', () => {
    expect(isNamePartsWhole('斯琴高娃', loadNameParts().mongolian)).toBe(true);
  });
  test('a name of parts at the very end of a text is read whole, not past the end', () => {
    const found = hybridMentions('昨天来的是次仁卓玛');
    expect(people(found)).toEqual(['次仁卓玛']);
  });
});

describe('a township’s short form before 村 names a village', () => {
  test.each([
    ['若羌镇吾塔木村的红枣合作社今年丰收。', '吾塔木村'],
    ['瓦石峡镇米兰村村民说，枣子卖得好。', '米兰村'],
  ])('%s', (sentence, village) => {
    const found = places(hybridMentions(sentence));
    expect(found).toContain(village);
    expect(found).not.toContain(village.slice(0, -1));
  });
});

describe('lists of places that 等 and a count close', () => {
  test.each([
    ['街道在西河、环城、大桥等5个社区建成老年食堂。', ['西河', '环城', '大桥']],
    ['镇里在东岭、西岭、南岭等3个村推广新品种。', ['东岭', '西岭', '南岭']],
    ['在上庄、下庄和中庄三个村推广。', ['上庄', '下庄', '中庄']],
    ['由东坪、石寨、下寨等8个村共同入股。', ['东坪', '石寨', '下寨']],
    ['乡里在毛岭、方塘、新村等4个村推广。', ['毛岭', '方塘', '新村']],
  ])('%s', (sentence, names) => {
    expect(places(hybridMentions(sentence))).toEqual(expect.arrayContaining(names));
  });
  test.each([
    ['在水稻、小麦、玉米等3个品种中挑选。'],
    ['王明、李强等5个村干部参加了培训。'],
  ])('%s: no places', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
});

describe('no village glued after a noun, no place cut from a word', () => {
  test('a housing estate named 某某新村 is not the village 新村', () => {
    expect(places(hybridMentions('住在春风新村3幢的居民说，电梯装好了。'))).not.toContain('新村');
  });
  test('a village before a word jieba opens with its 村 stays (某某屯|村农民)', () => {
    expect(places(hybridMentions('他是献县西城村农民。'))).toContain('西城村');
  });
  test('a 屯 before 村 is part of the village’s name, no natural village', () => {
    expect(places(hybridMentions('她是清河县北关屯村农民的女儿。'))).not.toContain('北关屯');
  });
  test('a place ending inside 古村落 is not read', () => {
    expect(places(hybridMentions('乡贤捐资修缮了上坪古村落的祠堂。'))).not.toContain('上坪古村');
  });
});

describe('schools, teams and workshops that are no body', () => {
  test.each([
    ['她带的球队获得了全市中小学生篮球联赛小学女子组冠军。'],
    ['全县现有校园篮球特色学校12所。'],
    ['他带领的女子足球队今年获得冠军。'],
    ['学校少年篮球队获得第一名。'],
    ['父子俩在街区开设了非遗工坊，带了8名徒弟。'],
  ])('%s', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => /学校|小学|球队|工坊/.test(o) && !o.startsWith('学校'))).toEqual([]);
  });
  test.each([
    ['她的梦想是进入国家女子足球队。', '国家女子足球队'],
    ['他在青山镇中心小学任教。', '青山镇中心小学'],
    ['巧手共富工坊吸纳了30名村民。', '巧手共富工坊'],
  ])('%s: a named one stays', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
  test('a grade given to a school after 命名为 is a recognition', () => {
    const found = hybridMentions('学校2021年被教育部命名为全国青少年校园篮球特色学校。');
    expect(programmes(found)).toEqual(['全国青少年校园篮球特色学校']);
    expect(orgs(found)).toEqual(['教育部']);
  });
});

describe('a people named after a country is no place', () => {
  test.each([['村里开发了朝鲜族泡菜。'], ['哈萨克族牧民和俄罗斯族村民一起放牧。']])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    ['他去了朝鲜和俄罗斯。', ['朝鲜', '俄罗斯']],
    ['塞尔维亚族和阿尔巴尼亚族发生冲突。', ['塞尔维亚', '阿尔巴尼亚']],
    ['延边朝鲜族自治州的游客来了。', ['延边朝鲜族自治州']],
  ])('%s: the country, the autonomous prefecture stay', (sentence, expected) => {
    expect(places(hybridMentions(sentence))).toEqual(expected);
  });
});

describe('a list of sites closed by 等景点', () => {
  test('common words of the clause before a place’s name are not the first site’s', () => {
    const found = places(hybridMentions('赛道途经东湖、梅河历史街区等景点。'));
    expect(found).toContain('梅河历史街区');
    expect(found.filter((p) => p.startsWith('赛道'))).toEqual([]);
  });
  test('a first site of nouns stays whole', () => {
    expect(places(hybridMentions('景区拥有云水谷、南山竹海、温泉谷等景点。'))).toEqual(expect.arrayContaining(['南山竹海', '温泉谷']));
  });
});

describe('listed companies as a kind', () => {
  test.each([['全市现有境内外上市公司21家。'], ['全县新增上市公司3家。']])('%s: no company', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});

describe('a name cut after a body’s term', () => {
  test('某某委员会|常务委员会: no body named 委员会常务委员会', () => {
    const found = orgs(hybridMentions('他代表政协石城县第九届委员会常务委员会作工作报告。'));
    expect(found.filter((o) => o.startsWith('委员会') || o === '常务委员会')).toEqual([]);
  });
});

describe('a name before 作 opening a report', () => {
  test.each([
    ['县政协主席赖国强作工作报告。', '赖国强'],
    ['县委书记陈志强作重要讲话。', '陈志强'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test('经理周峰摘下果子: a verb jieba reads past the name still ends it', () => {
    expect(people(hybridMentions('经理周峰摘下一个果子。'))).toEqual(['周峰']);
  });
});

describe('Dai names: 岩 and 玉 with a given character jieba does not know', () => {
  test.each([
    ['傣族茶农岩温正在采摘秋茶。', '岩温'],
    ['村党总支书记岩罕介绍了情况。', '岩罕'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test.each([['山上岩洞很多。'], ['岩画有三千年历史。'], ['村支书王某说。'], ['主任管起了这件事。']])('%s: no such person', (sentence) => {
    expect(people(hybridMentions(sentence)).filter((p) => p.length === 2)).toEqual([]);
  });
});

describe('a place before 计划 plans; it names no plan', () => {
  test.each([['第一师阿拉尔市计划在五年内建成20个数字化连队。'], ['图木舒克市计划今年投资5亿元。']])('%s', (sentence) => {
    expect(programmes(hybridMentions(sentence))).toEqual([]);
  });
  test('a plan named by its field stays', () => {
    expect(programmes(hybridMentions('县里出台了乡村振兴三年行动计划。'))).toEqual(['乡村振兴三年行动计划']);
  });
});
