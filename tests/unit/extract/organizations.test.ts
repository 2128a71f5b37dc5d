// Organisations: names grown from their endings, government bodies after a level or a place, firms known from
// the list they stand in, names known alone — and common nouns ending the same way, which are not names.
import { extractText } from '../../../src/extract/index.js';
import { mentionsIn, namesOf, resources } from '../../helpers/extract.js';

const orgs = (s: string) => mentionsIn(s).filter((m) => m.label === 'Organization').map((m) => [m.text, m.kind]);

describe('organisations', () => {
  test.each([
    ['浙江天翼精密机械有限公司在当湖街道投产。', ['浙江天翼精密机械有限公司', 'Company']],
    ['落户园区的嘉兴市恒远新材料股份有限公司上市了。', ['嘉兴市恒远新材料股份有限公司', 'Company']],
    ['由明途光电科技（嘉兴）有限公司研发的产品获奖。', ['明途光电科技（嘉兴）有限公司', 'Company']],
    ['平湖市电子商务协会组织会员培训。', ['平湖市电子商务协会', 'Association']],
    ['依托长三角先进材料研究院的技术支撑。', ['长三角先进材料研究院', 'ResearchInstitute']],
    ['启迪之星孵化器入驻企业达30家。', ['启迪之星孵化器', 'Incubator']],
    ['平湖市第一人民医院开设了新门诊。', ['平湖市第一人民医院', 'Hospital']],
    ['如皋市欣和纺织有限公司成立于2010年。', ['如皋市欣和纺织有限公司', 'Company']],
    // jieba's 商会会长 / 银行行长 are split so the name ends at its own ending.
    ['平湖市服装商会会长张明介绍了情况。', ['平湖市服装商会', 'Association']],
    ['平湖农商银行行长李华致辞。', ['平湖农商银行', 'Bank']],
    // A branch under its bank.
    ['中国工商银行平湖支行组织志愿活动。', ['中国工商银行平湖支行', 'Bank']],
    ['中国银行浙江省分行发布报告。', ['中国银行浙江省分行', 'Bank']],
    // A mine is an enterprise named by its ending.
    ['山西阳泉东坡煤矿今年产煤500万吨。', ['山西阳泉东坡煤矿', 'Company']],
    // 元 after a word of the name (jieba cuts 金禾|元) is the name's, not a sum's unit.
    ['宁波金禾元食品有限公司投产。', ['宁波金禾元食品有限公司', 'Company']],
    // A travel agency is a firm named by its ending.
    ['我们与东方旅行社签订了协议。', ['东方旅行社', 'Company']],
  ])('suffix grammar: %s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expect.arrayContaining([expected]));
  });

  test.each([
    ['市发改局、市经信局联合发文。', [['市发改局', 'GovernmentAgency'], ['市经信局', 'GovernmentAgency']]],
    ['嘉兴市委组织部有关负责人介绍。', [['嘉兴市委组织部', 'PartyOrganization']]],
    ['新仓镇党委书记主持会议。', [['新仓镇党委', 'PartyOrganization']]],
    ['本次评选由县委人才办、县科技局联合主办。', [['县委人才办', 'PartyOrganization'], ['县科技局', 'GovernmentAgency']]],
    ['独山港经济开发区管委会召开会议。', [['独山港经济开发区管委会', 'GovernmentAgency']]],
    ['平湖市政府与企业签约。', [['平湖市政府', 'GovernmentAgency']]],
    ['江苏省经济和信息化厅公布了名单。', [['江苏省经济和信息化厅', 'GovernmentAgency']]],
    ['省住建厅、市文旅局联合发文。', [['省住建厅', 'GovernmentAgency'], ['市文旅局', 'GovernmentAgency']]],
  ])('government and Party bodies: %s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['耐克、阿迪达斯等品牌都是他们的客户。', ['耐克', '阿迪达斯']],
    ['宜家、沃尔玛等国际采购商前来洽谈。', ['宜家', '沃尔玛']],
    ['他们与采购商 Global Trade Link 签了合同。', ['Global Trade Link']],
    ['华为、中兴通讯在此设立研发中心。', ['华为', '中兴通讯']],
  ])('firms from context and known names: %s', (sentence, expected) => {
    expect(namesOf(sentence, 'Organization')).toEqual(expect.arrayContaining(expected));
  });

  test('a listed firm given again in brackets, after a verb of selling', () => {
    expect(orgs('产品销往德国博世（Bosch）、美国Tesla等客户。')).toEqual([
      ['博世', 'Company'],
      ['Tesla', 'Company'],
    ]);
  });

  test('a country before a listed brand is its origin, not part of its name', () => {
    const found = mentionsIn('意大利贝纳通、德国阿迪达斯等品牌纷纷下单。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Organization', text: '贝纳通' }), expect.objectContaining({ label: 'Place', text: '意大利', kind: 'Country' })]));
  });

  test('a brand listed among brands is not the country of the same name', () => {
    const found = mentionsIn('法国迪卡侬、哥伦比亚等品牌是他们的主要客户。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Organization', text: '哥伦比亚' })]));
    expect(found.some((m) => m.label === 'Place' && m.text === '哥伦比亚')).toBe(false);
  });

  test.each([
    ['保险公司大多不愿承保。'],
    ['这家公司发展很快。'],
    ['全市已建成国家级孵化器3家。'],
    ['他们组建了一支志愿服务队伍。'],
    ['核心团队来自上海。'],
    ['要增强党的观念。'],
    ['构建网格智治新格局。'],
    ['开发区再添一家省级研发中心，全市已有国家级孵化器2家。'],
    ['加快形成发展新格局，下好先手棋局。'],
    ['他每天都去银行支行办事。'],
    ['工业园区举办招商会，还召开了座谈会。'],
    ['晚上有一场音乐会。'],
  ])('no organisation in: %s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });

  test.each([
    ['各级团委要切实扛起主体责任。'],
    ['这个镇作为一级工会，要把好方向。'],
    ['要加强对市以上党委中心组的指导。'],
    ['推动乡镇以上工会建立服务站点，两级团委联动。'],
    ['全省区以上医院都要开设专科门诊，市以下医院同步跟进。'],
  ])('a count or a range of levels before an ending names a kind of body, not one (LEVEL_SCOPE): %s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });

  test.each([
    ['新仓镇供销社今年销售化肥500吨。', ['新仓镇供销社', 'Company']],
    ['江苏省苏州市黄桥镇供销社与农户签约。', ['江苏省苏州市黄桥镇供销社', 'Company']],
    ['钟埭街道沈家弄村团支部开展志愿服务。', ['钟埭街道沈家弄村团支部', 'PartyOrganization']],
    ['东湖社区团总支组织青年读书会。', ['东湖社区团总支', 'PartyOrganization']],
  ])('a supply co-op named by its place alone (placeNamed), a Youth League branch after its village (团支部, 团总支): %s', (sentence, expected) => {
    expect(orgs(sentence)).toEqual(expect.arrayContaining([expected]));
  });

  test.each([['镇上的供销社关门了。'], ['他到供销社买了化肥。'], ['团支部书记参加了会议。'], ['平湖公司今年扩产。']])(
    'a bare co-op or branch, and a place with another company ending, name none: %s',
    (sentence) => {
      expect(namesOf(sentence, 'Organization')).toEqual([]);
    },
  );

  test.each([
    ['嘉兴市农业和农村工作办公室召开专题会议。', '嘉兴市农业和农村工作办公室'],
    ['县老龄工作办公室主任在会上发言。', '县老龄工作办公室'],
  ])('工作 right before a body\'s ending, after a word of its field, is the field\'s (农村|工作|办公室): %s', (sentence, body) => {
    // The rules' reading, by the field (the tagger may read the name too).
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization' && m.rule.startsWith('gov.field')).map((m) => m.text)).toEqual([body]);
  });

  test('工作 after a place is where one works, no field (嘉兴市|工作|办公室 names no body for the rules)', () => {
    expect(mentionsIn('他在嘉兴市工作办公室设在三楼。').filter((m) => m.label === 'Organization' && m.rule.startsWith('gov.'))).toEqual([]);
  });

  test('a body named by its place still reads beside a range of levels', () => {
    expect(orgs('新埭镇党委要求县以上医院派出专家。')).toEqual([['新埭镇党委', 'PartyOrganization']]);
  });

  test.each([
    ['社区组建了腰鼓队和太极拳队。'],
    ['晚会上，街道的花鼓龙灯队压轴登场。'],
    ['老年舞蹈队每周排练两次。'],
  ])('a team named only by what it does is a group of people, not an organisation (activityTeams): %s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });

  test('a team with a name of its own is still an organisation', () => {
    expect(orgs('杭州银鹰队获得了冠军。')).toEqual([['杭州银鹰队', 'SportsTeam']]);
    expect(orgs('本届联赛中，温州龙腾队表现出色。')).toEqual([['温州龙腾队', 'SportsTeam']]);
  });

  test('a short form recurs as the same company', () => {
    const found = mentionsIn('浙江华骏纺织有限公司今年扩产。华骏纺织的订单已排到明年。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ text: '华骏纺织', rule: 'org.short-form' })]));
  });

  test('a firm named after its parent group recurs under its own trade name', () => {
    const found = mentionsIn('浙江交投天衡环保科技公司去年扩建厂区。天衡环保今年的订单已排到年底。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ text: '天衡环保', rule: 'org.short-form' })]));
  });

  test('a firm named down a chain of places goes by its trade name, not by the county of the chain', () => {
    const found = mentionsIn('湖北宜都县青禾食品有限公司今年产值增长两成。宜都今年游客增多。青禾食品的订单排到了明年。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ text: '青禾食品', rule: 'org.short-form' })]));
    expect(found.filter((m) => m.text === '宜都' && m.label === 'Organization')).toEqual([]);
  });

  test('the end of a firm\'s name that is ordinary words is no short form', () => {
    const found = mentionsIn('浙江恒瑞产业发展有限公司成立了。各地都在谋划产业发展新路径。');
    expect(found.filter((m) => m.text === '产业发展')).toEqual([]);
  });
});

// Issue 11: names cut at the right places, departments named by their field, bodies of villages the gazetteer
// lacks, units and branches of companies.
describe('organisation boundaries', () => {
  test.each([
    ['宁海县数据局牵头建设平台。', '宁海县数据局', 'GovernmentAgency'],
    ['余姚市发展改革委公布了项目清单。', '余姚市发展改革委', 'GovernmentAgency'],
    ['柯桥区经信与商务局组织企业培训。', '柯桥区经信与商务局', 'GovernmentAgency'],
    ['湖南省工业和信息化厅发布通知。', '湖南省工业和信息化厅', 'GovernmentAgency'],
    ['新塍镇文化和旅游办公室负责人介绍。', '新塍镇文化和旅游办公室', 'GovernmentAgency'],
    ['嘉善县社会事务办会同各镇推进。', '嘉善县社会事务办', 'GovernmentAgency'],
  ])('a department named by its field after a place: %s', (sentence, name, kind) => {
    expect(orgs(sentence)).toEqual(expect.arrayContaining([[name, kind]]));
  });

  test.each([['在嘉兴成立电子有限公司。'], ['浙江省今年新增电子有限公司300家。'], ['他们在平湖投资服饰有限公司。']])('a company ending after a place and a verb, or after one common noun of a trade, names no firm: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });

  test('a company\'s legal form is no department of a ministry (…有限公司 is not …司)', () => {
    expect(orgs('浙江祥和控股集团有限公司董事长出席。')).toEqual([['浙江祥和控股集团有限公司', 'Company']]);
    expect(orgs('工业和信息化部装备工业司负责人介绍。')).toEqual([['工业和信息化部装备工业司', 'GovernmentAgency']]);
  });

  test.each([['杭州市举办了招商活动。'], ['余姚市创办了第一所学校。'], ['这是宁海县的新格局。']])('no department in: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });

  test.each([
    ['梅溪村党总支书记王大海说，今年要修路。', '梅溪村党总支', 'PartyOrganization'],
    ['青石社区党委书记李红介绍了情况。', '青石社区党委', 'PartyOrganization'],
    ['黄泥岗村村委会主任张军带头干。', '黄泥岗村村委会', 'GovernmentAgency'],
  ])('a body of a village or community the gazetteer lacks, named inside a title: %s', (sentence, name, kind) => {
    expect(orgs(sentence)).toEqual(expect.arrayContaining([[name, kind]]));
  });

  test.each([
    // Words of the trade belong to the name, though some are verbs.
    ['杭州湾联创投资发展有限公司副总经理说。', '杭州湾联创投资发展有限公司'],
    ['浙江祥和控股集团有限公司董事长出席。', '浙江祥和控股集团有限公司'],
    ['宁波远帆控股有限公司今年营收增长。', '宁波远帆控股有限公司'],
    ['嘉兴祥和仓储配送有限公司扩建了仓库。', '嘉兴祥和仓储配送有限公司'],
    ['海宁远帆造纸有限公司投产。', '海宁远帆造纸有限公司'],
    // Between the place and the trade stands the trade name, whatever word it is (振兴, 未来).
    ['浙江振兴电子有限公司今年营收增长。', '浙江振兴电子有限公司'],
    ['平湖市未来服饰有限公司董事长说。', '平湖市未来服饰有限公司'],
    ['浙江远帆检测认证有限公司成立。', '浙江远帆检测认证有限公司'],
    // A rare character jieba cannot place is part of the trade name; so is a 和 after an unknown word.
    ['宁海县清溪沅茶叶开发有限公司成立了。', '宁海县清溪沅茶叶开发有限公司'],
    ['浙江同舟和光电子科技有限公司扩大生产。', '浙江同舟和光电子科技有限公司'],
    // A unit named after its company is the company's.
    ['在浙江云帆电子有限公司实验室里，工程师正在测试。', '浙江云帆电子有限公司'],
    // A smaller place before a larger one only says where the firm is.
    ['柯桥区浙江恒通纺织公司去年扩建了厂房。', '浙江恒通纺织公司'],
    // A region (华南, 长三角) is no division of a chain: after a county or city it is a word of the firm's name.
    ['桐乡市华东羊毛衫有限公司扩建了车间。', '桐乡市华东羊毛衫有限公司'],
    ['海盐县长三角紧固件有限公司今年投产。', '海盐县长三角紧固件有限公司'],
    // A branch named after its parent, registered as a company of its own.
    ['依托华东设计集团湖州（浙江）分院有限公司的技术。', '华东设计集团湖州（浙江）分院有限公司'],
    ['中国农业银行余姚市支行发放贷款。', '中国农业银行余姚市支行'],
  ])('the whole name and nothing more: %s', (sentence, name) => {
    const found = orgs(sentence).map(([text]) => text);
    expect(found).toContain(name);
    for (const other of found) expect(other === name || !(other!.includes(name) || name.includes(other!))).toBe(true);
  });

  test.each([
    ['她在夜校学会了记账。'],
    ['产品出厂前要检测。'],
    ['这类芯片过去依赖外国公司供货。'],
    ['全县新增3家科技公司，第一家生物医药公司也落地了。'],
    ['只剩下一家发展有限公司的空壳。'],
    ['村里设了三个党支部。'],
  ])('no organisation in: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

describe('bodies and kinds of bodies', () => {
  test('a Party body of a development zone named by its city', () => {
    expect(orgs('宁波高新区党工委书记王立介绍。')).toEqual(expect.arrayContaining([['宁波高新区党工委', 'PartyOrganization']]));
  });

  test('a joint Party committee of several villages', () => {
    expect(orgs('五个村成立联合党委，统一规划。')).toEqual([['联合党委', 'PartyOrganization']]);
  });

  test.each([['高校与科研院所合作攻关。'], ['新区启用了多地结算中心。'], ['公司的“精密加工中心J80”成功入选。'], ['村里建起了加工厂。'], ['小煤矿整合后产能提升。'], ['关停了一批落后煤矿。']])('no organisation in: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

describe('departments of ministries and firms described before their names', () => {
  test('a department of a ministry, under the ministry', () => {
    expect(orgs('工业和信息化部装备工业司负责人表示，将加快推进。')).toEqual([['工业和信息化部装备工业司', 'GovernmentAgency']]);
  });

  test.each([
    ['新区入区企业瑞丰汽车科技有限公司首批出口。', '瑞丰汽车科技有限公司'],
    ['浙江华科智能控制股份有限公司副总经理王明表示。', '浙江华科智能控制股份有限公司'],
  ])('%s', (sentence, name) => {
    expect(orgs(sentence).map(([text]) => text)).toEqual([name]);
  });
});

// Issue 12: a firm needs a name of its own (a place, a trade name) before its ending; what it makes is no name.
describe('descriptions are not names (issue 12)', () => {
  test.each([['镇上有一家纸箱厂和一家吹塑厂。'], ['他把积蓄投进了一家碳素厂。'], ['村民们自办了一个轴承厂。']])('a factory named only by its product: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });

  test.each([
    ['长兴县宏达蓄电池厂扩建了车间。', '长兴县宏达蓄电池厂'],
    ['宁海县清溪沅茶叶开发有限公司成立了。', '宁海县清溪沅茶叶开发有限公司'],
    ['丽水碳素厂去年扭亏为盈。', '丽水碳素厂'],
  ])('a factory with a place or a trade name before its product is named: %s', (sentence, name) => {
    expect(orgs(sentence).map(([text]) => text)).toContain(name);
  });
});

// Issue 12: what opens a name grown from its ending but only says which one it is (org-suffixes.json, qualifiers).
describe('a name starts after a date, "former" and a rank (issue 12)', () => {
  test.each([
    ['前东湖银行行长李明说。', '东湖银行'],
    ['原红星电机厂改制后更名。', '红星电机厂'],
    ['1996年金鹰纺织厂投产。', '金鹰纺织厂'],
    // jieba glues the year's 年 to the name's first character (年华): the name starts after it.
    ['2008年华信电器有限公司成立。', '华信电器有限公司'],
    ['该市第二大银行东湖银行宣布增资。', '东湖银行'],
    // A verb of holding a post, even glued by jieba to the name's first character (曾任青/nr).
    ['他现任宏达精密机械有限公司总经理。', '宏达精密机械有限公司'],
    ['她曾任青禾食品有限公司董事长。', '青禾食品有限公司'],
    // 原 inside a word is part of the name: 原平 is a city.
    ['原平市职业中学扩建校舍。', '原平市职业中学'],
  ])('%s', (sentence, name) => {
    expect(orgs(sentence).map(([text]) => text)).toEqual([name]);
  });

  test.each([['成为全省第一大银行。'], ['其所在协会表示支持。'], ['全镇数十家铸造厂停产整顿。'], ['“今年订单翻番。”公司海外部经理陈亮说。'], ['集团财务部负责人表示。']])('no organisation in: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

// A byline's role in brackets before a contributor's unit is no word of the unit's name.
test.each([
  ['本报讯（通讯员 县农商银行 蔡晓琳）今年以来，', '县农商银行'],
  ['（本报记者 孔令华 见习记者 云溪镇人民政府 叶思远）', '云溪镇人民政府'],
])('a byline role before a unit: %s', (sentence, name) => {
  expect(orgs(sentence).map(([text]) => text)).toEqual([name]);
});

// A factory named only by its product and process (茶叶加工厂: jieba's 加工厂/nt tags the ending's word, not the
// stem) is a kind of factory; with a trade name it is one; a unit right after its company is named by it.
describe('descriptions ending as factories do, and units of a company', () => {
  test.each([['村里建起了竹编加工厂。', []], ['宏达竹编加工厂今年产值翻番。', ['宏达竹编加工厂']], ['在青禾机械有限公司数字化信息中心，数据一目了然。', ['青禾机械有限公司', '数字化信息中心']]])('%s', (sentence, names) => {
    expect(orgs(sentence).map(([text]) => text)).toEqual(names);
  });
});

// A college named by two fields joined by 与/和 under its university is one name.
describe('a college of two fields under its university', () => {
  test.each([
    ['我们与东海农林大学茶与花卉学院开展合作。', '东海农林大学茶与花卉学院'],
    ['他来自西江大学食品与营养学院。', '西江大学食品与营养学院'],
  ])('%s', (sentence, name) => {
    expect(orgs(sentence).map(([text]) => text)).toEqual([name]);
  });

  test('two universities joined by 和 stay two', () => {
    expect(orgs('他毕业于浙江大学和南京农业大学园艺学院。').map(([text]) => text)).toEqual(['浙江大学', '南京农业大学园艺学院']);
  });
});

// A predicate opening the clause (adverbs, then a verb of building) is not the start of the organisation it is about
// (org-suffixes.json, predicates).
describe('a name starts after the predicate that opens its clause', () => {
  test.each([
    ['镇里持续壮大青禾农机专业合作社，带动农户增收。', '青禾农机专业合作社'],
    ['我们将不断扩大东湾共富工坊的规模。', '东湾共富工坊'],
    ['村里积极培育金穗种植专业合作社。', '金穗种植专业合作社'],
    ['今年进一步擦亮石桥共富工坊品牌。', '石桥共富工坊'],
    ['依托宏达精密机械有限公司延伸产业链。', '宏达精密机械有限公司'],
    ['今年改扩建青峰中学，新增学位600个。', '青峰中学'],
    // 发展 and 建设 open names too: they are the predicate only after an adverb.
    ['县里大力发展云溪茶叶专业合作社。', '云溪茶叶专业合作社'],
    ['市发展和改革委员会召开会议。', '市发展和改革委员会'],
    ['中国建设银行平湖支行开业。', '中国建设银行平湖支行'],
    // An adverb with no verb after it may be a word of the name.
    ['东湖大学继续教育学院招收学员。', '东湖大学继续教育学院'],
  ])('%s', (sentence, name) => {
    expect(orgs(sentence).map(([text]) => text)).toEqual([name]);
  });

  // With the predicate off, what is left is a kind of body, not a name.
  test.each([['大力发展农民专业合作社。'], ['积极培育家庭农场。'], ['不断壮大专业合作社。'], ['全县新建、改扩建中小学校6所。']])('no organisation in: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

// Issue 12: a team sent on a mission is named by the place it works in, its task and who sends it (workTeams).
describe('work teams named by their place and task (issue 12)', () => {
  test.each([
    ['浙江省委驻丽水市松阳县扶贫工作队进村了。', '浙江省委驻丽水市松阳县扶贫工作队', 'org.work-team.sent'],
    ['温州市鹿城区结对帮扶文成县工作队出资修了路。', '温州市鹿城区结对帮扶文成县工作队', 'org.work-team.sent'],
    ['宁海县乡村振兴工作队进村了。', '宁海县乡村振兴工作队', 'org.work-team'],
  ])('%s', (sentence, name, rule) => {
    const found = mentionsIn(sentence).filter((m) => m.label === 'Organization');
    expect(found.map((m) => [m.text, m.rule, m.kind])).toEqual([[name, rule, 'GovernmentAgency']]);
  });

  test('the team works in the place named before its task, not in its sender\'s', () => {
    const text = '温州市鹿城区结对帮扶文成县工作队出资修了路。';
    const team = extractText(text, resources()).find((c) => c.label === 'Organization')!;
    expect(team.attrs.place?.text).toBe('文成县');
  });

  test.each([['村里来了驻村工作队。'], ['他们组建了乡村振兴工作队。'], ['宁海县工作队进村了。']])('a team named by its task or a place alone is no organisation: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

// Issue 12: a production base is named by a place and a name of its own (org-suffixes.json, needsPlace).
describe('production bases (issue 12)', () => {
  test('a base after a place and a trade name is an organisation', () => {
    expect(orgs('在宁海县金穗农业发展基地，工人们正在采茶。')).toEqual([['宁海县金穗农业发展基地', 'Company']]);
  });

  test.each([['成立了新能源汽车宁波生产基地。'], ['这里是全国重要的煤化工基地。'], ['加快推进丽水金穗农业发展基地建设。'], ['村民们在基地里干活。']])('a base named by a place and its work alone, a kind of base, or one being built: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });

  test('a city\'s name before 村 is a village\'s, not the city the firm is in', () => {
    const text = '长沙村金穗农业有限公司扩建了厂房。';
    const firm = extractText(text, resources()).find((c) => c.label === 'Organization')!;
    expect(text.slice(firm.start, firm.end)).toBe('长沙村金穗农业有限公司');
    expect(firm.attrs.place?.text).not.toBe('长沙');
  });
});

// An item of a list closed by 等 and a word for firms: once it holds a name jieba knows as an organisation's, only a
// place may open it further; the words of the sentence before it are not part of the name.
describe('firms listed before 等企业', () => {
  const orgs = (s: string) => mentionsIn(s).filter((m) => m.label === 'Organization').map((m) => m.text);
  test.each([
    ['产品配套比亚迪、奇瑞汽车等整车企业。', ['比亚迪', '奇瑞汽车']],
    ['产品配套一汽、比亚迪等整车企业。', ['一汽', '比亚迪']],
    ['产品销往杭州娃哈哈、宁波舜宇等企业。', ['杭州娃哈哈', '宁波舜宇']],
  ])('%s', (sentence, names) => {
    expect(orgs(sentence)).toEqual(names);
  });
});

// Issue 12, fifth round: a firm that goes by its trade name and trade alone (org-suffixes.json, tradeFirms).
describe('firms named by a trade name and a trade word (issue 12)', () => {
  test.each([
    ['宏盛电器董事长王建军介绍，今年产值增长两成。', ['宏盛电器']],
    ['去年，恒远钢绳落户经济开发区，年产钢丝绳五万吨。', ['恒远钢绳']],
    ['顺达快递负责人李晓梅说，网点已覆盖全县。', ['顺达快递']],
    ['华泰纸业今年投产了新生产线。', ['华泰纸业']],
    ['作为本地龙头企业，华泰纸业扩建了厂房。', ['华泰纸业']],
    ['该县培育了金鹰电器、三和钢绳、远航纸业等一批企业。', ['金鹰电器', '三和钢绳', '远航纸业']],
    ['湖南钢绳总经理王强介绍了新产品。', ['湖南钢绳']],
    ['今年，迅驰快递在主要产区布设了服务站点。', ['迅驰快递']],
    ['宏盛电器已在县城投产。', ['宏盛电器']],
  ])('a firm where its head, its doing, a word for firms or a list shows it: %s', (sentence, names) => {
    const found = mentionsIn(sentence).filter((m) => m.label === 'Organization' && m.kind === 'Company').map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(names));
  });

  test('a province\'s name with a trade is a firm after a head; the province is where it is', () => {
    const firm = extractText('湖南钢绳总经理王强介绍了新产品。', resources()).find((c) => c.label === 'Organization')!;
    expect(firm.rule).toBe('org.trade-firm');
    expect(firm.attrs.place?.text).toBe('湖南');
  });

  test('the short form of a firm the page names in full stays tied to the full name', () => {
    const text = '平湖宏盛电器有限公司今年投产。宏盛电器董事长王建军说，订单排到了年底。';
    const firm = extractText(text, resources()).find((c) => c.label === 'Organization' && text.slice(c.start, c.end) === '宏盛电器')!;
    expect(firm.attrs.aliasOf).toBe('平湖宏盛电器有限公司');
  });

  test('once shown, the name is the firm wherever the article prints it', () => {
    const found = mentionsIn('金鹰电器冰箱车间里机器轰鸣。金鹰电器负责人张强说，产量翻番。').filter((m) => m.label === 'Organization').map((m) => m.text);
    expect(found).toEqual(['金鹰电器', '金鹰电器']);
  });

  test.each([
    ['家电行业回暖，电器销量上升。'],
    ['国产电器生产车间里，工人忙碌。'],
    ['智能电器董事长论坛在杭州举行。'],
    ['中国快递投资持续增长。'],
    ['浙江电器出口增长一成。'],
    ['湖州纸业生产总值增长。'],
    ['宏盛电器销量不错。'],
    ['宏盛电器在县城很有名。'],
    ['目前，电子、机械、纺织等企业复工。'],
  ])('a product, an industry, an uncued name or a trade alone is no firm: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

// Issue 12, fifth round: groups named by the state, and a group's units printed down their chain.
describe('national groups and chains of a group\'s units (issue 12)', () => {
  test.each([
    ['国家电力集团今年投资五亿元。', ['国家电力集团', 'org.suffix.national-group']],
    ['中国建材集团今年扩产。', ['中国建材集团', 'org.suffix.jituan']],
  ])('a group named by the state or the country and its trade: %s', (sentence, [name, rule]) => {
    const found = extractText(sentence, resources()).filter((c) => c.label === 'Organization').map((c) => [sentence.slice(c.start, c.end), c.rule]);
    expect(found).toEqual([[name, rule]]);
  });

  test('no short form is taken from a national group: the state and the trade alone are not the group', () => {
    const found = mentionsIn('国家电力集团今年投资五亿元，国家电力供应稳定。').filter((m) => m.label === 'Organization').map((m) => m.text);
    expect(found).toEqual(['国家电力集团']);
  });

  test.each([['国家集团化改革加快。'], ['加强国家能源安全。'], ['国家级能源集团落户本地。']])('no national group in: %s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization' && m.rule === 'org.suffix.national-group')).toEqual([]);
  });

  test.each([
    ['记者走进国家电力集团华北煤业红旗岭煤矿的调度中心。', '国家电力集团华北煤业红旗岭煤矿'],
    ['中国建材集团北方水泥有限公司去年扩产。', '中国建材集团北方水泥有限公司'],
    ['记者走进东山煤炭石门台煤矿的调度中心。', '东山煤炭石门台煤矿'],
  ])('a group\'s unit down its chain, a measure word\'s character inside a name: %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test.each([['中国建材集团、北方水泥有限公司签约。', ['中国建材集团', '北方水泥有限公司']], ['全县关停三座煤矿。', []], ['这台机器厂里刚买的。', []]])('apart, or none: %s', (sentence, names) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual(names);
  });
});

// Issue 12, fifth round: the short forms of central offices (gov-bodies.json, shortOffices).
describe('short forms of central offices (issue 12)', () => {
  test('中办 and 国办 as the issuers of a document, each tied to its full name', () => {
    const text = '近日，中办、国办印发了关于养老服务的意见。';
    const found = extractText(text, resources()).filter((c) => c.label === 'Organization').map((c) => [text.slice(c.start, c.end), c.kind, c.attrs.aliasOf]);
    expect(found).toEqual([
      ['中办', 'PartyOrganization', '中共中央办公厅'],
      ['国办', 'GovernmentAgency', '国务院办公厅'],
    ]);
  });

  test.each([['在学习教育中办实事。'], ['在工作中办好事，群众满意。'], ['他在旅途中办理了手续。']])('their characters inside ordinary words name none: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

// Issue 12, fifth round: 党 after a verb is the Party as its object, not a party named so.
describe('parties named by 党 (issue 12)', () => {
  test.each([['认真学习党的二十大精神。'], ['纪念党的百年华诞。'], ['整顿党的作风。']])('the Party as the object of a verb: %s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Organization' && m.text.endsWith('党'))).toEqual([]);
  });

  test.each([
    ['英国工党领袖发表讲话。', '英国工党'],
    ['日本自民党总裁选举开始。', '日本自民党'],
    ['利库德党主席发表声明。', '利库德党'],
  ])('a party by its dictionary word or a name of its own: %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toContain(name);
  });
});

// Issue 12, fifth round: descriptions read as names — a place's firms, a kind of works in a list.
describe('a place and a bare ending, and kinds of works listed as firms (issue 12)', () => {
  test.each([['主要由美国公司、企业的在京机构组成。'], ['电影在陕西工厂、农村、学校放映。'], ['平湖公司扩建了车间。']])('a place and a bare ending, or an ordinary word ending as a firm does, names no organisation: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });

  test.each([['平湖中学举行运动会。', '平湖中学'], ['湖州银行发布年报。', '湖州银行'], ['平湖化纤厂投产。', '平湖化纤厂']])('a name after its place stays one: %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test('a size and a trade listed before 等企业 is a kind of works; a brand of one word stays a brand', () => {
    expect(orgs('小炼焦、小炼铁、小化工等土小企业遍地。')).toEqual([]);
    expect(orgs('海尔、小天鹅等品牌畅销。').map(([n]) => n)).toEqual(['海尔', '小天鹅']);
  });
});

// lead12: causes found by writing pages of a county paper (sports, health, a service hall, a merged bureau).
describe('bodies joined by 和, prepositions glued to a level word, merged bureaus, "the first" (lead12)', () => {
  test.each([
    ['县总工会和县妇联联合举办培训班。', ['县总工会', '县妇联']],
    ['市科技局和县科技局联合开展检查。', ['市科技局', '县科技局']],
    ['团市委和县妇联、县残联共同参与。', ['团市委', '县妇联', '县残联']],
    ['县教育局与县卫健局联合发文。', ['县教育局', '县卫健局']],
  ])('和县 after a body is 和 and the next body\'s level word: %s', (sentence, names) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual(names);
    expect(namesOf(sentence, 'Place')).toEqual([]);
  });

  test.each([
    ['安徽和县的企业家来平湖考察。', '和县'],
    ['他出生在马鞍山市和县。', '和县'],
  ])('和县 after a place (or its province) is still the county: %s', (sentence, place) => {
    expect(namesOf(sentence, 'Place')).toContain(place);
  });

  test.each([
    ['记者从县政务服务中心获悉，办件量持续上升。', '县政务服务中心'],
    ['这家工坊由村股份经济合作社与一家企业共同建设。', '村股份经济合作社'],
    ['记者从县疾控中心获悉，流感进入高发期。', '县疾控中心'],
  ])('a preposition jieba glued to the level word opens no name: %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test.each([
    ['活动由县文化和广电旅游体育局主办。', '县文化和广电旅游体育局'],
    ['县文化广电旅游体育局局长出席。', '县文化广电旅游体育局'],
    ['县农业农村和水利局组织抢修。', '县农业农村和水利局'],
    ['市自然资源和规划局发布公告。', '市自然资源和规划局'],
  ])('a merged bureau named by its fields after a level word is one body: %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test.each([
    ['县文联组织作家到乡村采风。', '县文联'],
    ['市侨联走访归侨家庭。', '市侨联'],
    ['县慈善总会发放助学金。', '县慈善总会'],
    ['市作协举办文学讲座。', '市作协'],
  ])('a people\'s body named by its level (文联, 侨联, 作协, 慈善总会): %s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test.each([['该院成为全县首家国家级标准版卒中中心。'], ['这里建成全市首个村级电商服务中心。'], ['全省唯一一家县级农产品检测中心在这里。']])(
    '"the first" or "the only" before a kind describes it: %s',
    (sentence) => {
      expect(orgs(sentence)).toEqual([]);
    },
  );
});

// lead12: a trade name of two words (an adverb and a noun) between a place and the ending; not a clause's predicate.
describe('a trade name of two words after a place (lead12)', () => {
  test.each([
    ['他们成立了平湖市果然香家庭农场。', '平湖市果然香家庭农场'],
    ['嘉善县果真甜果蔬专业合作社获评示范社。', '嘉善县果真甜果蔬专业合作社'],
  ])('%s', (sentence, name) => {
    expect(orgs(sentence).map(([n]) => n)).toEqual([name]);
  });

  test.each([['平湖市大力发展家庭农场。'], ['嘉善县积极培育家庭农场。'], ['海盐县不断壮大专业合作社。']])('a predicate between the place and the ending is no trade name: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

describe('public institutions named by their level (gov-bodies.json, pub.*)', () => {
  test.each([
    ['县第二人民医院新院区投入使用。', '县第二人民医院', 'Hospital'],
    ['区妇幼保健院开设了产后康复门诊。', '区妇幼保健院', 'Hospital'],
    ['市第三中学的学生参观了展览。', '市第三中学', 'School'],
    ['县实验中学举行开学典礼。', '县实验中学', 'School'],
    ['县融媒体中心推出了系列报道。', '县融媒体中心', 'PublicInstitution'],
    ['兰溪市疾病预防控制中心发布提示。', '兰溪市疾病预防控制中心', 'PublicInstitution'],
  ])('%s → %s', (sentence, name, kind) => {
    expect(orgs(sentence)).toContainEqual([name, kind]);
  });
  test('a unit of the institution is named by it (县中医院心血管中心), whole', () => {
    expect(orgs('县中医院心血管中心成立。').map(([n]) => n)).toEqual(['县中医院心血管中心']);
    expect(orgs('县人民医院卒中中心揭牌。').map(([n]) => n)).toEqual(['县人民医院卒中中心']);
  });
  test.each([['全县实验小学都参加了比赛。'], ['人民医院是个常见的名字。'], ['镇上有一所卫生院。']])('no level, no name: %s', (sentence) => {
    expect(orgs(sentence)).toEqual([]);
  });
});

describe('departments named by their fields after a level word', () => {
  test.each([
    ['市发展和改革局、市工业和信息化局等部门负责人发言。', '市工业和信息化局'],
    ['县商务和粮食局召开会议。', '县商务和粮食局'],
    ['县经济和信息化局局长陈立新发言。', '县经济和信息化局'],
    ['区数据局局长韩梅说，平台已上线。', '区数据局'],
  ])('%s → %s', (sentence, name) => {
    expect(namesOf(sentence, 'Organization')).toContain(name);
  });
  test.each([['他当了十年局长。'], ['该局局长到场讲话。']])('a head without a body names none: %s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });
});

describe('中国 inside a firm’s name after its province', () => {
  test.each([
    ['浙江中国轻纺城集团股份有限公司发布公告。', '浙江中国轻纺城集团股份有限公司'],
    ['江苏中国常熟服装城有限公司招商。', '江苏中国常熟服装城有限公司'],
  ])('%s', (sentence, name) => {
    expect(namesOf(sentence, 'Organization')).toEqual([name]);
  });
  test('a smaller place before a larger one still only says where the firm is', () => {
    expect(namesOf('平湖市山东某某机械有限公司分部', 'Organization').some((n) => n.startsWith('平湖市山东'))).toBe(false);
  });
});

describe('a year before a name, and all the bodies of an area', () => {
  test.each([['发布2025年度全市法院服务民营经济十大案例。'], ['2024年度全县法院共审结案件9000件。'], ['全市法院共审结案件1.2万件。']])('%s', (sentence) => {
    expect(namesOf(sentence, 'Organization')).toEqual([]);
  });
});
