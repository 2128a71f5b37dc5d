// Issue 12, ner5: readings of the rules that ran past a name or read a word of another kind as one, found by
// sentences written for the purpose (each has its counter-case, so the rule still reads what it should).
import { mentionsIn, namesOf } from '../../helpers/extract.js';

const placesIn = (s: string) => mentionsIn(s).filter((m) => m.label === 'Place' && !m.rule.startsWith('place.ref'));

describe('a word ending in 局 that names no bureau (新格局, 大局)', () => {
  test.each([
    ['全力构筑大宁波文旅新格局，推动产业升级。', '宁波'],
    ['加快形成嘉兴产业协同发展新格局。', '嘉兴'],
    ['着力构建丽水全域旅游新格局。', '丽水'],
  ])('no organisation, the place stays: %s', (sentence, place) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
    expect(placesIn(sentence).map((p) => p.text)).toContain(place);
  });

  test.each([
    ['县发展改革局今年新增项目12个。', '县发展改革局'],
    ['绍兴市文化广电旅游局发布通知。', '绍兴市文化广电旅游局'],
  ])('a bureau named by its field is still read: %s', (sentence, body) => {
    expect(namesOf(sentence, 'Organization')).toContain(body);
  });
});

describe('a team grown from its ending stops at the place it opens with, though jieba glues them (浙江|队)', () => {
  test.each([
    ['他以3比1轻松利落地为浙江队赢得首场胜利。', '浙江队'],
    ['最后一局稳稳地为江苏队锁定胜局。', '江苏队'],
    ['她又一次漂亮地为山东队拿下关键分。', '山东队'],
  ])('%s', (sentence, team) => {
    expect(namesOf(sentence, 'Organization')).toEqual([team]);
  });
});

describe('a word of a kind\'s scope or nature (全国性, 综合性) before an ending describes, it does not name', () => {
  test.each(['据英国全国性日报报道，该国物价上涨。', '德国一家地方性报社披露了这一消息。', '市里新建了一家综合性医院。'])('%s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });

  test('a name with words of its own is still read', () => {
    expect(namesOf('平湖市第一人民医院开设夜间门诊。', 'Organization')).toEqual(['平湖市第一人民医院']);
  });
});

describe('日 after a numeral is the day of a date, not Japan', () => {
  test.each(['媒体把5月9日国会通过的法案称为新法。', '十五日外相会谈在东京举行。', '本月３日首相发表讲话。'])('%s', (sentence) => {
    expect(placesIn(sentence).map((p) => p.text)).not.toContain('日');
  });

  test('日 before what it qualifies, after no numeral, is still Japan', () => {
    expect(placesIn('日外相昨天抵达北京。').map((p) => p.text)).toContain('日');
  });
});

describe('a compass part of a place (西南部, 东北部) is no word of the name of a place within it', () => {
  test.each([
    ['法国西南部图卢兹市的工厂昨天停产。', '西南部图卢兹市'],
    ['美国东北部塔科马市最近宣布扩建港口。', '东北部塔科马市'],
  ])('%s', (sentence, wrong) => {
    const names = placesIn(sentence).map((p) => p.text);
    expect(names).not.toContain(wrong);
    expect(names.some((n) => wrong.includes(n) && n.length >= 3)).toBe(true);
  });

  test('a village after its town is still read in the chain', () => {
    expect(placesIn('甘泉镇柳家河村的村民种上了花椒。').map((p) => [p.text, p.kind])).toContainEqual(['柳家河村', 'Village']);
  });
});

describe('a region or a river and the word for its area (…地区, …流域) is that region or river', () => {
  test.each([
    ['欧洲、东南亚地区的订单明显增加。', '东南亚', 'Region'],
    ['他指出，亚太地区总体保持稳定。', '亚太', 'Region'],
    ['南美、拉美地区的需求回升。', '拉美', 'Region'],
    ['淮河流域、珠江流域的治理加快推进。', '淮河', 'Landmark'],
  ])('%s', (sentence, place, kind) => {
    const found = placesIn(sentence);
    expect(found.map((p) => [p.text, p.kind])).toContainEqual([place, kind]);
    expect(found.map((p) => p.text).some((t) => /地区|流域$/.test(t))).toBe(false);
  });

  test('a prefecture named 地区 keeps its name', () => {
    expect(placesIn('新疆维吾尔自治区喀什地区伽师县的新梅上市了。').map((p) => p.text)).toContain('喀什地区');
  });
});

describe('where something was said is no name (在贺电中指出, 县长在讲话中强调)', () => {
  test.each(['省委在贺电中指出，要再接再厉。', '市委书记在贺信中表示祝贺。', '县长在讲话中强调，要抓好落实。', '镇长在致辞里说，欢迎大家。'])('%s', (sentence) => {
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });

  test.each([
    ['王建中指出，要加快项目建设。', '王建中'],
    ['村民阿西木呷说，今年收成好。', '阿西木呷'],
    ['县长李明在会上说，要抓好落实。', '李明'],
  ])('a name before the verb or after the title is still read: %s', (sentence, name) => {
    expect(namesOf(sentence, 'Person')).toContain(name);
  });
});

describe('a surname and a title of office that jieba lists as one word is a form of address (江主席/n)', () => {
  test.each([
    ['他认真贯彻毛主席制定的方针。', '毛'],
    ['江主席在会见时指出，双方要加强合作。', '江'],
    ['王局长介绍了今年的情况。', '王'],
  ])('%s', (sentence, surname) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Person').map((m) => [m.text, m.rule])).toContainEqual([surname, 'person.surname-address']);
  });
});

describe('a form of address before 在会上, 处理, 会同 is still one (the body\'s ending must be read into the address)', () => {
  test.each([
    ['王局长在会上介绍了情况。', '王'],
    ['李书记处理了群众反映的问题。', '李'],
    ['张主任会同有关部门现场办公。', '张'],
  ])('%s', (sentence, surname) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Person').map((m) => m.text)).toContain(surname);
  });

  test('a body named with 总 (县总工会) is no form of address', () => {
    expect(mentionsIn('余总工会的负责人到场。').filter((m) => m.label === 'Person')).toEqual([]);
  });
});

describe('words shaped as a pair of countries that are words of their own (家庭美德, 融会中西)', () => {
  test.each(['加强社会公德、职业道德和家庭美德建设。', '他的画融会中西，自成一家。'])('no country: %s', (sentence) => {
    expect(placesIn(sentence)).toEqual([]);
  });

  test.each([
    ['美德关系持续改善。', ['美', '德']],
    ['中德两国签署合作协议。', ['中', '德']],
  ])('a pair before a word of relation is still the countries: %s', (sentence, countries) => {
    expect(placesIn(sentence).map((p) => p.text)).toEqual(countries);
  });
});

test('a part of a region by the compass that jieba tags nt (中南部) is no organisation', () => {
  expect(namesOf('江南、黄淮中南部将有中到大雨。', 'Organization')).toEqual([]);
});

describe('北京时间 is China\'s standard time, not the city', () => {
  test.each(['据台网测定，北京时间5月12日凌晨发生3.1级地震。', '北京时间昨晚，中国队2比1取胜。'])('%s', (sentence) => {
    expect(placesIn(sentence).map((p) => p.text)).not.toContain('北京');
  });

  test('北京 before any other word is the city', () => {
    expect(placesIn('他下周去北京参加培训。').map((p) => p.text)).toContain('北京');
  });
});
