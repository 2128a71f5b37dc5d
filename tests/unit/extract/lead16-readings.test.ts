// Readings found on pages written for the eighth round of own articles (lead16): names, places and firms invented.
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, hybridResources, mentionsIn } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('神木市');
const orgs = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Organization').map((m) => m.text);
const people = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Person').map((m) => m.text);
const places = (found: Array<{ label: string; text: string; rule: string }>) => found.filter((m) => m.label === 'Place' && !m.rule.startsWith('place.ref')).map((m) => m.text);

describe("a group's unit named by its own city after the group's name is one firm, opening with the group", () => {
  test.each([
    ['远航集团包头风电公司与县政府签订了合作协议。', '远航集团包头风电公司'],
    ['中铁集团兰州工程公司承建了这座大桥。', '中铁集团兰州工程公司'],
    ['在蓝海集团烟台化工有限公司的车间里，工人正在检修设备。', '蓝海集团烟台化工有限公司'],
  ])('%s', (sentence, firm) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(firm);
    expect(found.filter((o) => o !== firm && firm.endsWith(o))).toEqual([]);
  });
  test('the unit is in the city it is named by', () => {
    const m = extractText('远航集团包头风电公司今年并网发电。', hybridResources('神木市')).find((c) => c.label === 'Organization');
    expect(m?.attrs.place?.text).toBe('包头');
  });
  test.each([
    // No group's name before the ending: the firm still opens with its city.
    ['集团包头风电公司今年并网发电。', '包头风电公司'],
    ['该集团兰州工程公司承建了大桥。', '兰州工程公司'],
  ])('%s', (sentence, firm) => {
    expect(orgs(hybridMentions(sentence))).toEqual([firm]);
  });
});

describe('a preposition or a conjunction jieba glued to a place it did not know opens no name', () => {
  test.each([
    ['这批物资由梅岭街道统一发放。', '梅岭街道'],
    ['合作社由桐岭村党支部领办。', '桐岭村党支部'],
    ['据介绍，工坊由石溪街道妇联牵头成立。', '石溪街道妇联'],
  ])('%s', (sentence, name) => {
    const found = hybridMentions(sentence).map((m) => m.text);
    expect(found).toContain(name);
    expect(found.filter((t) => /^[由和与在]/u.test(t))).toEqual([]);
  });
  test.each([
    ['实地察看了东湖村和仲山镇的农田。', ['东湖村', '仲山镇']],
    ['走访了柳溪村与岭下村。', ['柳溪村', '岭下村']],
  ])('%s', (sentence, named) => {
    expect(places(mentionsIn(sentence))).toEqual(named);
  });
  test.each([
    ['我们和县农业农村局一起建了育苗基地。'],
    ['村民和县里的干部一起劳动。'],
  ])('%s: 和县 after a pronoun or a common noun is 和 and a level word', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    ['安徽和县的蔬菜销往南京。'],
    ['他来到和县考察蔬菜基地。'],
  ])('%s: the county itself', (sentence) => {
    expect(places(hybridMentions(sentence))).toContain('和县');
  });
});

describe('a town whose ending jieba read into the village after it is a link of the chain', () => {
  test('某县某镇|西某村: the town and the village apart', () => {
    const found = places(mentionsIn('走进通山县厦铺镇西垅村的茶园。'));
    expect(found).toEqual(expect.arrayContaining(['厦铺镇', '西垅村']));
    expect(found.filter((p) => p.includes('镇') && p.endsWith('村'))).toEqual([]);
  });
});

describe('crops listed with a season, and fruit by its trade, are no people', () => {
  test.each([
    ['农场种的春小麦、夏玉米、秋荞麦都获得了丰收。'],
    ['今年全乡晚稻、夏花生和秋大豆长势良好。'],
    ['他家种了水稻、夏玉米。'],
    ['走进果园村的黄桃种植基地，果农正在修枝。'],
    ['去年合作社产黄桃30万斤。'],
  ])('%s', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    // Among people a name stays a name; a grower before 种植的 too.
    ['参加表彰的有王建国、夏玉米、李红等。', '夏玉米'],
    ['矿工冬小平、夏玉林、秋红霞组成了突击队。', '夏玉林'],
    ['黄建种植的葡萄今年丰收。', '黄建'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toContain(name);
  });
});

describe('a surname and a word of address is how the paper calls someone, not a name', () => {
  test.each([['在基地务工的村民覃大妈说，日子越过越好。'], ['贫困户李阿姨告诉记者，新房子亮堂多了。'], ['老党员周大爷每天都来帮忙。']])('%s', (sentence) => {
    expect(people(hybridMentions(sentence)).filter((p) => p.length > 1)).toEqual([]);
  });
  test('a given name that opens like a word of address stays a name', () => {
    expect(people(hybridMentions('村民王大伟说，日子越过越好。'))).toEqual(['王大伟']);
  });
});

describe('descriptions and pairs that are no one body', () => {
  test.each([['小小工坊撑起增收梦'], ['大大的舞台上，孩子们唱起了歌。']])('%s: a doubled adjective before an ending', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
  test('a firm whose name opens with a doubled syllable keeps it', () => {
    expect(orgs(hybridMentions('乐乐玩具有限公司今年扩大了产能。'))).toEqual(['乐乐玩具有限公司']);
  });
  test.each([['学子圆梦清华北大'], ['两名学生分别考入北大清华。']])('%s: two universities run together', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => o.length > 3)).toEqual([]);
  });
  test.each([
    ['县人民医院与省儿童医院组建专科联盟。', '县人民医院'],
    ['市第一医院与浙江大学医学院附属第二医院合作成立远程会诊中心。', '浙江大学医学院附属第二医院'],
  ])('%s: a body, a verb of founding and what they found are no one name', (sentence, body) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(body);
    expect(found.filter((o) => /组建|合作成立/u.test(o))).toEqual([]);
  });
});

describe("a Japanese firm's legal form, and a firm's region of business", () => {
  test.each([
    ['丰田通商株式会社在当地设立了办事处。', '丰田通商株式会社'],
    ['日立精工株式会社、三星电子等外资企业追加了投资。', '日立精工株式会社'],
  ])('%s', (sentence, firm) => {
    expect(orgs(hybridMentions(sentence))).toContain(firm);
  });
  test.each([['某某科技中国区总裁史密斯表示，将扩大投资。'], ['公司亚太区负责人介绍了新品。']])('%s: 中国区, 亚太区 are no places', (sentence) => {
    expect(places(hybridMentions(sentence)).filter((p) => p.endsWith('区'))).toEqual([]);
  });
});

describe('names in a byline, of any nationality, and a name before an adverb', () => {
  test.each([
    ['本报讯（记者 吉克阿依 通讯员 沙马拉则）近日，金阳县举办了火把节。', ['吉克阿依', '沙马拉则']],
    ['本报讯（记者吉克阿依通讯员沙马拉则）近日，金阳县举办了火把节。', ['吉克阿依', '沙马拉则']],
    ['本报讯（通讯员 欧阳明珠 记者 蓝芳芳）连日来，景宁茶园一片繁忙。', ['欧阳明珠', '蓝芳芳']],
  ])('%s', (sentence, names) => {
    expect(people(hybridMentions(sentence))).toEqual(names);
  });
  test.each([['记者了解到，今年全县茶叶产量大增。'], ['据记者近日走访发现，菜价平稳。']])('%s: the sentence going on after 记者', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test('a long name the tagger reads with 正 after it ends before the adverb', () => {
    expect(people(hybridMentions('彝族群众阿苏尔古正带着乡亲们采摘花椒。'))).toEqual(['阿苏尔古']);
  });
});

test('one character before 和 in a list of firms is no firm', () => {
  expect(orgs(hybridMentions('大和精工株式会社、三星电子等外资企业追加了投资。')).filter((o) => o.length === 1)).toEqual([]);
});

describe('a surname that is also a preposition, right after a title', () => {
  test.each([
    ['“以前桃子卖不上价。”种植大户向明德说。', '向明德'],
    ['养殖户向海涛告诉记者，今年存栏生猪300头。', '向海涛'],
    ['公司董事长于洪涛表示，将扩大产能。', '于洪涛'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test.each([['种植大户向记者介绍了今年的收成。'], ['村民向大家展示了新品种。']])('%s: 向 before a common word is the preposition', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
});

describe('中 and a part of the world before a word of relations is a pair, not a region', () => {
  test.each([['一列中欧班列从霍尔果斯口岸出境。'], ['中欧货运航线新开了两条。']])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('中欧');
  });
  test('中欧 as a part of the world stays', () => {
    expect(places(hybridMentions('中欧地区的国家纷纷派团参展。'))).toContain('中欧');
  });
});

describe('a unit named after its group, and a centre named by its trade, are no bodies of their own', () => {
  test.each([
    ['走进安丘蔬菜种业集团育种中心，技术员正在记录数据。', '安丘蔬菜种业集团'],
    ['海尔集团研发中心主任王伟介绍了新品。', '海尔集团'],
  ])('%s', (sentence, group) => {
    expect(orgs(hybridMentions(sentence))).toEqual([group]);
  });
  test.each([['园区建成冷链仓储中心和电商直播基地。'], ['镇里今年新建了冷链仓储中心。'], ['一批物流公司和快递企业入驻园区。']])('%s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    ['浙江顺丰冷链物流有限公司落户园区。', '浙江顺丰冷链物流有限公司'],
    ['县电商服务中心开展直播培训。', '县电商服务中心'],
  ])('%s: a name or a level before the trade keeps the body', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toEqual([body]);
  });
});

describe('what comes before a body: a span of time, or 和 and a level word after a name', () => {
  test.each([
    ['据悉，今年以来县人民医院已开展手术4200余台。', '县人民医院'],
    ['入冬以来市疾控中心加强了流感监测。', '市疾控中心'],
  ])('%s', (sentence, body) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(body);
    expect(found.filter((o) => o.includes('以来'))).toEqual([]);
  });
  test.each([['手术由主任医师解文涛和县医院外科主任俞海峰共同完成。'], ['专家苏明远和县疾控中心的人员一起到村里采样。']])('%s', (sentence) => {
    expect(hybridMentions(sentence).filter((m) => m.text.startsWith('和县'))).toEqual([]);
  });
});

describe('a verb and its object, a product named after a person, and platforms in a list', () => {
  test('村民修水库: 修 is the verb', () => {
    expect(people(hybridMentions('他当了30多年村支书，带领村民修水库、建学校。'))).toEqual([]);
  });
  test('a person whose surname is a verb’s character stays a person', () => {
    expect(people(hybridMentions('村民修明华说，今年的收成不错。'))).toEqual(['修明华']);
  });
  test('达芬奇手术机器人 is a machine', () => {
    expect(people(hybridMentions('医院引进了第四代达芬奇手术机器人，开展微创手术。'))).toEqual([]);
  });
  test('platforms listed before 等平台 are firms, not places', () => {
    const found = hybridMentions('产品通过亚马逊、速卖通等平台销往欧美。');
    expect(orgs(found)).toEqual(['亚马逊', '速卖通']);
    expect(places(found)).not.toContain('亚马逊');
  });
});

describe("a community's residents' committee printed bare", () => {
  test('居委会 after the community’s party committee is a body of the place in view', () => {
    const found = hybridMentions('青松社区党委书记、居委会主任程丽华介绍了情况。').filter((m) => m.text === '居委会');
    expect(found.map((m) => m.kind)).toEqual(['GovernmentAgency']);
  });
  test.each([['全县居委会换届选举顺利完成。'], ['各村委会要抓好秋收秋种。']])('%s: every one of the kind is no one body', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});

describe('parts of a province, stations, and sites described by their age', () => {
  test.each([['物流园将打造桂东南重要的物流枢纽。'], ['这里是湘西北的交通要道。']])('%s: a province’s character and a direction is no person nor county', (sentence) => {
    const found = hybridMentions(sentence);
    expect(people(found)).toEqual([]);
    expect(places(found).filter((p) => p.length === 2)).toEqual([]);
  });
  test.each([
    ['物流园一期工程在平南南站旁开工。', '平南南站'],
    ['旅客从杭州东站乘高铁出发。', '杭州东站'],
  ])('%s', (sentence, station) => {
    const found = hybridMentions(sentence).filter((m) => m.label === 'Place');
    expect(found.map((m) => [m.text, m.kind])).toContainEqual([station, 'Landmark']);
  });
  test('站长 after a city is no station', () => {
    expect(places(hybridMentions('他在嘉兴站长期工作。'))).not.toContain('嘉兴站');
  });
  test.each([['千年古寺迎来修缮'], ['百年老街焕发新颜']])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
});

describe("a university's numbered hospital by its short name", () => {
  test.each([
    ['专家来自浙大一院和浙大二院。', ['浙大一院', '浙大二院']],
    ['他在北大附院实习了一年。', ['北大附院']],
  ])('%s', (sentence, hospitals) => {
    const found = hybridMentions(sentence).filter((m) => m.label === 'Organization');
    expect(found.map((m) => [m.text, m.kind])).toEqual(hospitals.map((h) => [h, 'Hospital']));
  });
  test('the university alone stays a school', () => {
    expect(hybridMentions('浙大的教授来讲课。').filter((m) => m.label === 'Organization').map((m) => [m.text, m.kind])).toEqual([['浙大', 'School']]);
  });
});

describe('a numeral opening a trade name after its place', () => {
  test.each([
    ['浙江三美化工股份有限公司入选名单。', '浙江三美化工股份有限公司'],
    ['湖州九阳厨具有限公司扩建了生产线。', '湖州九阳厨具有限公司'],
  ])('%s', (sentence, firm) => {
    expect(orgs(hybridMentions(sentence))).toEqual([firm]);
  });
  test('a count after a place is no name', () => {
    expect(orgs(hybridMentions('浙江三家化工企业入选名单。'))).toEqual([]);
  });
});
