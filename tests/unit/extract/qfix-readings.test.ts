// Readings of kinds left alone by earlier rounds (qfix): a subsidiary after its group, a verb's aspect before a body,
// a plant described by its age, an association of a category of firms, a cooperative founded under a name of common
// words. Sentences written for these tests (names, places and figures invented).
import { hybridMentionsFor } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('遂昌县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const orgs = of('Organization');

describe('a subsidiary printed right after its group is read apart (org.not.parent-link)', () => {
  test.each([
    ['县交投集团全资子公司县绿源建材有限公司今年营收增长。', ['县交投集团', '县绿源建材有限公司']],
    ['浙江青峰控股集团全资子公司青峰新材料科技有限公司投产。', ['浙江青峰控股集团', '青峰新材料科技有限公司']],
    ['云岭集团控股子公司云岭物流有限公司上市。', ['云岭集团', '云岭物流有限公司']],
    ['金禾股份旗下金禾种业有限公司扩大育种基地。', ['金禾股份', '金禾种业有限公司']],
  ])('%s', (sentence, bodies) => {
    expect(orgs(hybridMentions(sentence))).toEqual(bodies);
  });
});

describe("a verb's aspect is no word of a body's name (了 inside a name grown from its ending)", () => {
  test.each([
    ['村里建了便民服务中心，方便群众办事。', '便民服务中心'],
    ['镇里建了农产品展销中心。', '农产品展销中心'],
    ['社区办了老年食堂，还办起了康复服务中心。', '康复服务中心'],
  ])('%s', (sentence, body) => {
    const found = orgs(hybridMentions(sentence));
    expect(found.every((o) => !o.includes('了'))).toBe(true);
    expect(found).toContain(body);
  });
  test('a plant named by its work alone after the verb is no name (建了加工厂)', () => {
    expect(orgs(hybridMentions('他们在县城建了加工厂，产品销往各地。'))).toEqual([]);
  });
});

describe('a plant described by its age is no firm (org.not.described-plant)', () => {
  test.each([
    ['公司的新厂明年投产。', []],
    ['企业的老厂将整体搬迁。', []],
    ['晨光食品新厂占地80亩。', ['晨光食品']],
  ])('%s', (sentence, bodies) => {
    expect(orgs(hybridMentions(sentence))).toEqual(bodies);
  });
  test('a plant named by its work after a name stays a name (某某塑料加工厂)', () => {
    expect(orgs(hybridMentions('金港塑料加工厂去年产值过亿。'))).toEqual(['金港塑料加工厂']);
  });
});

describe('an association of a category of firms (上市公司协会, 民营企业商会)', () => {
  test.each([
    ['湖州上市公司协会组织会员企业开展交流。', '湖州上市公司协会'],
    ['县上市公司协会、县企业家协会联合举办论坛。', '县上市公司协会'],
    ['台州民营企业商会今年新增会员30家。', '台州民营企业商会'],
  ])('%s', (sentence, body) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(body);
    expect(found).not.toContain('上市公司');
  });
  test("a company's unit after its name stays the company's (某某公司工会)", () => {
    expect(orgs(hybridMentions('青峰新材料有限公司工会组织职工体检。'))).toContain('青峰新材料有限公司');
  });
});

describe('a cooperative founded under a name of common words (成立了某某专业合作社)', () => {
  test.each([
    ['去年，村里成立了茶香文化旅游专业合作社，吸纳村民入股。', '茶香文化旅游专业合作社'],
    ['今年村里组建了竹韵乡村旅游专业合作社。', '竹韵乡村旅游专业合作社'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
  test.each([
    ['村里成立了蔬菜种植专业合作社。'],
    ['要大力发展农民专业合作社。'],
    ['村里的茶香文化旅游专业合作社还在筹备。'],
  ])('a kind of cooperative, or no verb of founding: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});

const places = of('Place');

describe('a trade name jieba cut into two one-character words after a place (grow.split-trade-name)', () => {
  test.each([
    ['中国安能建设集团有限公司在县里承建了防洪工程。', '中国安能建设集团有限公司'],
    ['四川定能建设有限公司中标该项目。', '四川定能建设有限公司'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toEqual([body]);
  });
  test('a verb opening the clause after a place is no trade name (浙江要建设…)', () => {
    expect(orgs(hybridMentions('浙江要建设新能源有限公司。'))).not.toContain('浙江要建设新能源有限公司');
  });
});

describe('forest stations (org.station.forest, facilities.json: no jieba word added) and a management station', () => {
  test.each([
    ['岭南森林经营所今年完成造林3000亩。', '岭南森林经营所'],
    ['凤凰山森林经营所职工巡山护林。', '凤凰山森林经营所'],
    ['县水库管理所所长王强介绍了汛期安排。', '县水库管理所'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
  test('管理 and 所需 is no station (加强经营管理所需资金)', () => {
    expect(orgs(hybridMentions('加强经营管理所需资金由县财政安排。'))).toEqual([]);
  });
});

describe('a village whose ending jieba could not place after a rare noun (place.admin.village.zg-stem)', () => {
  test.each([
    ['石栏村、金坑村、后垅村入选省级名单。', ['石栏村', '金坑村', '后垅村']],
    ['村民们在石栏村文化礼堂排练节目。', ['石栏村']],
    ['桥头村今年种植水稻3000亩。', ['桥头村']],
  ])('%s', (sentence, found) => {
    expect(places(hybridMentions(sentence))).toEqual(found);
  });
});

describe('a village named by its kind or a nickname is no village (designationWords, hybrid.veto.kind-of-village)', () => {
  test.each([
    ['该村是远近闻名的网红村，也是省级民俗村。', []],
    ['朝鲜族民俗村接待游客5万人次。', []],
    ['全县空心村整治全部完成。', ['全县']],
    ['网红村大坪村吸引了不少游客。', ['大坪村']],
  ])('%s', (sentence, found) => {
    expect(places(hybridMentions(sentence))).toEqual(found);
  });
});

describe("a corps' farm regiments and companies (place.corps.regiment, place.corps.company)", () => {
  test.each([
    ['十团三连职工种植棉花1.2万亩。', ['十团', '三连']],
    ['一师十团三连今年棉花丰收。', ['十团', '三连']],
    ['农三师五十一团二连职工植树。', ['五十一团', '二连']],
    ['十团职工人均收入增长8%。', ['十团']],
  ])('%s', (sentence, found) => {
    expect(places(hybridMentions(sentence))).toEqual(found);
    expect(hybridMentions(sentence).filter((m) => m.label === 'Place').map((m) => m.kind)).toEqual(found.map((f) => (f.endsWith('连') ? 'Village' : 'Town')));
  });
  test.each([['球队取得三连胜，实现三连冠。'], ['村里组织了三个宣讲团。'], ['他参加过两团联欢。']])('a numeral and 团 or 连 alone name nothing: %s', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
});

describe("a province's state farms before a place opening a firm's name (海南农垦|五指山…集团)", () => {
  test.each([
    ['五指山市', '海南农垦五指山茶业集团与水满乡毛纳村签订收购协议。', '海南农垦五指山茶业集团'],
    ['勐海县', '云南农垦勐海茶业集团今年扩大基地。', '云南农垦勐海茶业集团'],
  ])('%s: %s', (home, sentence, body) => {
    expect(orgs(hybridMentionsFor(home)(sentence))).toEqual([body]);
  });
  test('a place and a common word before a firm opening with a place stay apart (海南|今年|五指山…)', () => {
    expect(orgs(hybridMentionsFor('五指山市')('海南今年五指山茶业集团产量增长。'))).toEqual(['五指山茶业集团']);
  });
});

describe('a quoted name before a workshop or a cooperative (org.quoted-name); 共富 alone names a kind', () => {
  test.each([
    ['村里的“巧手织女”共富工坊开工了。', '“巧手织女”共富工坊'],
    ['溪口村“乡愁记忆”共富工坊开门迎客。', '“乡愁记忆”共富工坊'],
    ['村里的"山里人家"家庭农场今年盈利。', '"山里人家"家庭农场'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toEqual([body]);
  });
  test.each([['村里建起了共富工坊。'], ['全县已建成共富工坊120家。']])('a workshop of the kind alone is no name: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
  test('a named workshop keeps its name (东坑村竹编共富工坊)', () => {
    expect(orgs(hybridMentions('东坑村竹编共富工坊吸纳就业30人。'))).toEqual(['东坑村竹编共富工坊']);
  });
  test('a quotation that is no name before a kind word is not taken (说“好”服务中心…)', () => {
    expect(orgs(hybridMentions('他说“这件事，我们一定办好”，服务中心随即行动。'))).toEqual([]);
  });
});

describe('由 and a level word after a post are no person (由村|党支部书记)', () => {
  test.each([
    ['合作社理事长由村党支部书记陈长林兼任。', ['陈长林'], ['村党支部']],
    ['工坊负责人由村妇联主席周丽华担任。', ['周丽华'], ['村妇联']],
  ])('%s', (sentence, who, bodies) => {
    const found = hybridMentions(sentence);
    expect(of('Person')(found)).toEqual(who);
    expect(orgs(found)).toEqual(bodies);
  });
  test('由 as a surname before a given name stays a name (村民由国强说)', () => {
    expect(of('Person')(hybridMentions('村民由国强说，今年收成不错。'))).toEqual(['由国强']);
  });
});
