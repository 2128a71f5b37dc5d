// Readings found on pages written for the sixth round of own articles (lead14): names, places and firms invented.
import { hybridMentionsFor, mentionsIn } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('浦江县');

const places = (s: string) => mentionsIn(s).filter((m) => m.label === 'Place' && !m.rule.startsWith('place.ref')).map((m) => m.text);

describe('a town whose ending jieba glues to a locative (镇里, 乡上)', () => {
  test.each([
    // The town of the gazetteer ends inside jieba's word; the village after it starts there.
    ['在浦江县白马镇里黄村，村民正在采茶。', ['浦江县', '白马镇', '里黄村']],
    ['记者走进泰顺县筱村镇里岙村的竹编工坊。', ['泰顺县', '筱村镇', '里岙村']],
    ['白马镇里开展了一次消防演练。', ['白马镇']],
    ['安吉县孝丰镇上堡村的白茶开采了。', ['安吉县', '孝丰镇', '上堡村']],
  ])('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual(expect.arrayContaining(expected));
  });
  test.each([
    // 镇里, 村里 with no place before them are the town or village in view, no name.
    ['他在镇里工作了十年。'],
    ['村里成立了合作社，镇上也来了人。'],
  ])('%s', (sentence) => {
    expect(places(sentence)).toEqual([]);
  });
});

describe('recognitions: a word of time closes the clause, and a quoted title may open an unquoted list', () => {
  const titles = (s: string) => mentionsIn(s).filter((m) => m.label === 'Programme').map((m) => m.text);
  test.each([
    ['继去年获评省级文明村之后，该村又获得一项荣誉。', ['省级文明村']],
    ['自入选国家级示范区以来，全区累计投入资金3亿元。', ['国家级示范区']],
    ['去年被评为省级五星级农家乐后，游客明显增多。', ['省级五星级农家乐']],
    ['该县先后获评“全国茶叶之乡”、国家现代农业产业园、全国休闲农业重点县。', ['“全国茶叶之乡”', '国家现代农业产业园', '全国休闲农业重点县']],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toEqual(expected);
  });
  test('a quoted title and then something else: the list ends', () => {
    expect(titles('该村先后获评“全国文明村”、省级美丽乡村示范村、全村人均收入增长两成。')).toEqual(['“全国文明村”', '省级美丽乡村示范村']);
  });
  test('a park named by a scope and no place is a grade, not a place; with a place, a park', () => {
    expect(mentionsIn('该县正在创建国家现代农业产业园。').filter((m) => m.label === 'Place')).toEqual([]);
    expect(mentionsIn('浦江县现代农业产业园已入驻企业20家。').filter((m) => m.label === 'Place').map((m) => m.text)).toEqual(['浦江县现代农业产业园']);
  });
});

describe('parks by their endings 创新园 and 物流园', () => {
  test.each([
    ['项目落户临港智能制造创新园。', '临港智能制造创新园'],
    ['三家企业入驻了城北物流园。', '城北物流园'],
  ])('%s', (sentence, park) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Place').map((m) => m.text)).toEqual([park]);
  });
  test('a bare ending is no park', () => {
    expect(mentionsIn('要加快建设物流园。').filter((m) => m.label === 'Place')).toEqual([]);
  });
});

describe("a firm's centre named by what it does is a facility, not an organisation", () => {
  test.each([
    ['公司的智能化仓储中心内，货物整齐码放。'],
    ['该企业的研发中心已投入使用。'],
    ['集团的数据中心投入运行。'],
    ['园区的物流中心日吞吐量达到300吨。'],
  ])('%s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization')).toEqual([]);
    expect(hybridMentions(sentence).filter((m) => m.label === 'Organization')).toEqual([]);
  });
  test.each([
    // A level word, a place or another owner: a body of its own.
    ['县融媒体中心记者报道。', '县融媒体中心'],
    ['他来到县里的便民服务中心。', '便民服务中心'],
  ])('%s', (sentence, body) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization').map((m) => m.text)).toEqual([body]);
  });
});

describe("a co-operative named after its village without the village's ending", () => {
  test('the village printed on the page makes the name a name', () => {
    const orgs = (s: string) => mentionsIn(s).filter((m) => m.label === 'Organization').map((m) => m.text);
    expect(orgs('村里成立了齐心茶叶专业合作社，齐心村的茶叶远近闻名。')).toEqual(['齐心茶叶专业合作社']);
    expect(orgs('团结村成立了团结果蔬专业合作社。')).toEqual(['团结果蔬专业合作社']);
  });
  test('the same words without such a village are a description', () => {
    expect(mentionsIn('村里成立了齐心茶叶专业合作社。').filter((m) => m.label === 'Organization')).toEqual([]);
    expect(mentionsIn('大家要团结果蔬专业合作社。').filter((m) => m.label === 'Organization')).toEqual([]);
  });
});

describe('public bodies of a county: cultural institutions, party departments, autonomous counties by their short name', () => {
  const orgs = (s: string) => hybridMentions(s).filter((m) => m.label === 'Organization').map((m) => [m.text, m.kind]);
  test.each([
    ['县文化馆举办迎新春书画展。', [['县文化馆', 'PublicInstitution']]],
    ['市图书馆联合市教育局开展读书月活动。', [['市图书馆', 'PublicInstitution'], ['市教育局', 'GovernmentAgency']]],
    ['县委老干部局组织离退休干部参观新农村。', [['县委老干部局', 'PartyOrganization']]],
    // Two bodies joined by 联合 are two bodies; an autonomous county goes by its short form and 县.
    ['三江县老年大学联合县委老干部局、县民政局开展活动。', [['三江县老年大学', 'School'], ['县委老干部局', 'PartyOrganization'], ['县民政局', 'GovernmentAgency']]],
    ['长阳县档案馆收集了一批老照片。', [['长阳县档案馆', 'PublicInstitution']]],
  ])('%s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expected);
  });
  test('全县各图书馆 names no one library', () => {
    expect(hybridMentions('全县各图书馆都延长了开放时间。').filter((m) => m.label === 'Organization')).toEqual([]);
  });
  test('an autonomous county printed as 某某县 is that county', () => {
    const places = hybridMentions('记者来到峨边县黑竹沟镇。').filter((m) => m.label === 'Place').map((m) => m.text);
    expect(places).toEqual(['峨边县', '黑竹沟镇']);
  });
});

describe('sites listed before the word for them, and grades with their scope inside', () => {
  const sites = (s: string) => mentionsIn(s).filter((m) => m.rule === 'place.listed-site').map((m) => m.text);
  test.each([
    ['度假区拥有翠屏园、北山竹海、云泉温泉等景区。', ['北山竹海', '云泉温泉']],
    ['全县有青龙峡、清溪湖、桃花谷等知名景点。', ['清溪湖', '桃花谷']],
  ])('%s', (sentence, expected) => {
    expect(sites(sentence)).toEqual(expect.arrayContaining(expected));
  });
  test('words of work listed before 景区 are no sites', () => {
    expect(sites('我们要加强管理、服务等景区工作。')).toEqual([]);
  });
  test('a place the gazetteer lists keeps its own reading', () => {
    const found = mentionsIn('游客可以游览西湖、灵隐寺等景点。').filter((m) => m.label === 'Place');
    expect(found.map((m) => [m.text, m.rule])).toEqual([['西湖', 'place.gazetteer.full'], ['灵隐寺', 'place.listed-site']]);
  });
  const titles = (s: string) => mentionsIn(s).filter((m) => m.label === 'Programme').map((m) => m.text);
  test.each([
    ['今年公司被认定为农业产业化国家重点龙头企业。', ['农业产业化国家重点龙头企业']],
    ['该园区获评农业科技省级示范园区。', ['农业科技省级示范园区']],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toEqual(expected);
  });
  test('a name opening with 中国 after 获得 is no grade', () => {
    expect(titles('公司获得了中国农业银行的贷款。')).toEqual([]);
  });
});

describe('rarer surnames with a cue, and bodies joined by a verb', () => {
  test.each([
    ['县人大常委会副主任暴丽萍出席会议。', '暴丽萍'],
    ['通讯员 马晓兰 记者 妥永刚', '妥永刚'],
  ])('%s', (sentence, person) => {
    expect(hybridMentions(sentence).filter((m) => m.label === 'Person').map((m) => m.text)).toContain(person);
  });
  test.each([['他暴露了问题。'], ['渔民撒网捕鱼。']])('no person without a cue: %s', (sentence) => {
    expect(hybridMentions(sentence).filter((m) => m.label === 'Person')).toEqual([]);
  });
  test.each([
    ['今年以来，科技园与中国林业科学院共建联合实验室5个。', '中国林业科学院'],
    ['县人民医院牵头成立医共体。', '县人民医院'],
  ])('%s', (sentence, body) => {
    expect(hybridMentions(sentence).filter((m) => m.label === 'Organization').map((m) => m.text)).toEqual([body]);
  });
  test('an autonomous prefecture by its short name and 州', () => {
    const places = hybridMentions('恩施州来凤县的茶园迎来采摘季。').filter((m) => m.label === 'Place').map((m) => [m.text, m.kind]);
    expect(places).toEqual([['恩施州', 'City'], ['来凤县', 'County']]);
  });
  test('a park by 科技城', () => {
    expect(mentionsIn('项目落户滨湖科技城。').filter((m) => m.label === 'Place').map((m) => m.text)).toEqual(['滨湖科技城']);
  });
});

describe('names and the words after them', () => {
  const people = (s: string) => hybridMentions(s).filter((m) => m.label === 'Person').map((m) => m.text);
  test.each([
    ['会上，周立伟汇报了全年工作。', ['周立伟']],
    ['会上，县发改局局长钱志强汇报了项目进展。', ['钱志强']],
    ['会上，张伟汇报了全年工作。', ['张伟']],
    ['王刚申报了两个项目。', ['王刚']],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
  test('a one-character abbreviation of a place names no firm (公司|新|工厂)', () => {
    expect(mentionsIn('公司新工厂今年投产。').filter((m) => m.label === 'Organization')).toEqual([]);
  });
  test.each([
    ['马家、石桥两村联建产业园项目开工。', ['马家', '石桥']],
    ['东岙、西岭两村联建光伏项目并网发电。', ['东岙', '西岭']],
  ])('a count of places closes the list before a name: %s', (sentence, villages) => {
    const found = mentionsIn(sentence);
    expect(found.filter((m) => m.rule.endsWith('.counted-list')).map((m) => m.text)).toEqual(villages);
    expect(found.filter((m) => m.label !== 'Place' && /两村/.test(m.text))).toEqual([]);
  });
});

describe('what the tagger reads that a page says is something else', () => {
  test('a fruit the page prints as a crop is no person', () => {
    const text = '2026临海杨梅推介会在杭州举行。县长介绍了临海杨梅的品质。全县杨梅种植面积10.2万亩。';
    expect(hybridMentions(text).filter((m) => m.label === 'Person').map((m) => m.text)).not.toContain('杨梅');
  });
  test('a trade fair the rules read stays a programme, not the tagger’s organisation', () => {
    const found = hybridMentions('2026临海杨梅杭州推介会在杭州市上城区举行。');
    expect(found.filter((m) => m.label === 'Programme').map((m) => m.text)).toEqual(['杭州推介会']);
    expect(found.filter((m) => m.label === 'Organization')).toEqual([]);
  });
  test("a town's stem before 古镇 is the town the page names, not a far district of that short name", () => {
    const places = hybridMentions('走进德清县新市镇，老街上游人如织。新市古镇今年接待游客超过200万人次。').filter((m) => m.label === 'Place').map((m) => m.text);
    expect(places).toEqual(['德清县', '新市镇']);
  });
});
