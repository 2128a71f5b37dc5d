// Relations read from shapes of sentence written for these tests (fifth round): each rule on sentences of my own,
// one that reads it and one that must not.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('产业观察', ...paragraphs))).facts;

describe('a body settled 在 a place (某公司在某镇落户)', () => {
  test.each([
    ['在 a chain of places before 落户', '2019年，湖北三峡柑橘科技有限公司在宜都市红花镇落户。', ['LOCATED_IN 湖北三峡柑橘科技有限公司 → 红花镇']],
    ['a time word and a manner word between', '荆州楚韵纺织有限公司于2021年在监利市新沟镇正式落户，主营棉纱。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['扎根, the body after 帮助 heading the clause', '宜昌三峡食品有限公司帮助湖北屈乡茶业有限公司在秭归县茅坪镇扎根。', ['LOCATED_IN 湖北屈乡茶业有限公司 → 茅坪镇']],
    ['在某镇落户的某公司', '在远安县嫘祖镇落户的湖北远安香菇有限公司，年产值过亿。', ['LOCATED_IN 湖北远安香菇有限公司 → 嫘祖镇']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a person of the firm settles, not the firm', '湖北三峡柑橘科技有限公司的技术员在宜都市红花镇扎根三年。', 'LOCATED_IN 湖北三峡柑橘科技有限公司 → 红花镇'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('a dateline of places opening the sentence (湖北宜昌秭归县，某公司…)', () => {
  test.each([
    ['a county and a town, then the firm', '秭归县九畹溪镇，湖北屈乡茶业有限公司的茶园一望无际。', ['LOCATED_IN 湖北屈乡茶业有限公司 → 九畹溪镇']],
    ['after a run of words closed by ……', '采茶、揉捻、烘焙……湖北宜昌秭归县，湖北屈乡茶业有限公司的车间里一片繁忙。', ['LOCATED_IN 湖北屈乡茶业有限公司 → 秭归县']],
    ['the firms listed with the first', '湖北宜昌秭归县，湖北屈乡茶业有限公司、宜昌三峡食品有限公司都在扩产。', ['LOCATED_IN 湖北屈乡茶业有限公司 → 秭归县', 'LOCATED_IN 宜昌三峡食品有限公司 → 秭归县']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a clause that is more than places', '除了秭归县，湖北屈乡茶业有限公司还在兴山县建了基地。', 'LOCATED_IN 湖北屈乡茶业有限公司 → 秭归县'],
    ['a city alone is no dateline of a firm', '宜昌市，湖北屈乡茶业有限公司的茶叶远销海外。', 'LOCATED_IN 湖北屈乡茶业有限公司 → 宜昌市'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('an event 由 its organisers 主办 (rel.organized.by)', () => {
  test.each([
    ['由甲主办，乙承办', '“宜都柑橘文化节”由宜都市农业农村局主办，宜都市柑橘协会承办。', ['ORGANIZED 宜都市农业农村局 → 宜都柑橘文化节', 'ORGANIZED 宜都市柑橘协会 → 宜都柑橘文化节']],
    ['由甲、乙联合主办，丙协办', '“秭归脐橙采摘节”由秭归县商务局、秭归县农业农村局联合主办，湖北屈乡茶业有限公司协办。', ['ORGANIZED 秭归县商务局 → 秭归脐橙采摘节', 'ORGANIZED 秭归县农业农村局 → 秭归脐橙采摘节', 'ORGANIZED 湖北屈乡茶业有限公司 → 秭归脐橙采摘节']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['由甲主办的 another body: the event is not what 甲 ran', '“宜都柑橘文化节”由宜都市农业农村局主办的宜都市柑橘协会具体负责。', 'ORGANIZED 宜都市农业农村局 → 宜都柑橘文化节'],
    ['a clause after it that does not end at a verb of hosting', '“宜都柑橘文化节”由宜都市农业农村局主办，湖北三峡柑橘科技有限公司供应全部果品。', 'ORGANIZED 湖北三峡柑橘科技有限公司 → 宜都柑橘文化节'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('bodies at a fair, a forum or a festival (在某博览会上，某公司…)', () => {
  test.each([
    ['在…上, two firms listed', '在2024中国（宜昌）柑橘博览会上，湖北三峡柑橘科技有限公司、宜都红花农业有限公司共签约1亿元。', ['PARTICIPATED_IN 湖北三峡柑橘科技有限公司 → 中国（宜昌）柑橘博览会', 'PARTICIPATED_IN 宜都红花农业有限公司 → 中国（宜昌）柑橘博览会']],
    ['…期间', '“宜都柑橘文化节”期间，湖北三峡柑橘科技有限公司推出了新品。', ['PARTICIPATED_IN 湖北三峡柑橘科技有限公司 → 宜都柑橘文化节']],
    ['a forum, without 在', '第二届长江经济带柑橘产业发展论坛上，华中农业大学发布了研究报告。', ['PARTICIPATED_IN 华中农业大学 → 长江经济带柑橘产业发展论坛']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a campaign is no place to be at', '在“柑橘提质增效”行动上，宜都市农业农村局投入资金3000万元。', 'PARTICIPATED_IN'],
    ['the fair qualifies a noun: not where the sentence is set', '宜昌三峡食品有限公司在柑橘博览会上的签约额，湖北三峡柑橘科技有限公司也很关注。', 'PARTICIPATED_IN 湖北三峡柑橘科技有限公司'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith(fact))).toEqual([]);
  });
});

describe('a recognition after 是/为 (rel.received.designation)', () => {
  test.each([
    ['某公司是…', '荆州楚韵纺织有限公司是国家级高新技术企业。', ['RECEIVED 荆州楚韵纺织有限公司 → 国家级高新技术企业']],
    ['an adverb between, and 为', '荆州楚韵纺织有限公司也为省级农业产业化重点龙头企业。', ['RECEIVED 荆州楚韵纺织有限公司 → 省级农业产业化重点龙头企业']],
    ['该公司是…: the company in view', '荆州楚韵纺织有限公司扩建了厂房。该公司是国家级高新技术企业。', ['RECEIVED 荆州楚韵纺织有限公司 → 国家级高新技术企业']],
    ['a clause opening with 是 goes on about the head of the one before', '荆州楚韵纺织有限公司成立于2015年，是国家级高新技术企业。', ['RECEIVED 荆州楚韵纺织有限公司 → 国家级高新技术企业']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['为 as a preposition: the recognition does not end the clause', '荆州楚韵纺织有限公司为国家级高新技术企业提供检测服务。'],
    ['a person\'s 是', '王立新是国家级高新技术企业的负责人。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });
});

describe('posts: listed after a name, after a pronoun, and a town\'s or village\'s own with no place printed', () => {
  test.each([
    ['某公司总经理甲、副总经理乙、技术员丙', '荆州楚韵纺织有限公司总经理周建华、副总经理吴小梅、技术员郑立强都在车间。', ['WORKS_FOR 周建华 → 荆州楚韵纺织有限公司', 'WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司', 'WORKS_FOR 郑立强 → 荆州楚韵纺织有限公司']],
    ['甲，他是某公司的总经理', '记者见到了周建华，他是荆州楚韵纺织有限公司的总经理。', ['WORKS_FOR 周建华 → 荆州楚韵纺织有限公司']],
    ['镇长甲: the town in view', '记者来到监利市新沟镇。镇长周建华说，今年全镇棉花丰收。', ['WORKS_FOR 周建华 → 新沟镇']],
    ['村支书甲: the village in view', '走进上沧村，村支书郑立强正在地里忙活。', ['WORKS_FOR 郑立强 → 上沧村']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a listed post that names its own body', '荆州楚韵纺织有限公司总经理周建华、华中农业大学教授吴小梅一同考察。', 'WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司'],
    ['a villager listed after a manager holds no post', '荆州楚韵纺织有限公司总经理周建华、村民吴小梅都来了。', 'WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司'],
    ['a post in a later clause is no listed post', '荆州楚韵纺织有限公司总经理周建华说，副总经理吴小梅负责销售。', 'WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司'],
    ['no town in view', '记者来到监利市。镇长周建华说，今年丰收。', 'WORKS_FOR 周建华 → 监利市'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('a place in the name of a school or a public body', () => {
  test.each([
    ['a university named with its city\'s short form', '长沙理工大学的专家来到长沙市。南昌大学的专家也来到南昌市。', ['LOCATED_IN 南昌大学 → 南昌市']],
    ['a training centre named after a mountain the article names', '记者来到德清县莫干山。莫干山民宿管家培训中心是她常来的地方。', ['LOCATED_IN 莫干山民宿管家培训中心 → 莫干山']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a firm named after a mountain is a brand', '记者来到德清县莫干山。莫干山竹艺有限公司的竹椅卖到了海外。', 'LOCATED_IN 莫干山竹艺有限公司 → 莫干山'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('organisers: 办了一场 and 依托', () => {
  test.each([
    ['a person heading the clause 办了 an event', '在当地政府支持下，郑立强牵头在马坪村办了一场“柑橘丰收节”活动。', ['ORGANIZED 郑立强 → 柑橘丰收节', 'LOCATED_IN 柑橘丰收节 → 马坪村']],
    ['甲依托乙开通某平台: both', '2023年5月，宜昌市数据局依托宜昌市公共资源交易中心开通“宜昌数据交易平台”。', ['ORGANIZED 宜昌市数据局 → 宜昌数据交易平台', 'ORGANIZED 宜昌市公共资源交易中心 → 宜昌数据交易平台']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test('依托 joins no winners of an award', async () => {
    const facts = await factsOf('荆州楚韵纺织有限公司依托华中农业大学获评国家级高新技术企业。');
    expect(facts).not.toContain('RECEIVED 华中农业大学 → 国家级高新技术企业');
  });
});

describe('partners and founders listed together', () => {
  test.each([
    ['甲、乙、丙三方签订合作协议: each with each', '荆州楚韵纺织有限公司、华中农业大学、长江大学三方签订合作协议。', ['PARTNER_OF 荆州楚韵纺织有限公司 → 华中农业大学', 'PARTNER_OF 荆州楚韵纺织有限公司 → 长江大学', 'PARTNER_OF 华中农业大学 → 长江大学']],
    ['与 a town\'s government printed after its county', '荆州楚韵纺织有限公司与监利市新沟镇政府达成合作。', ['PARTNER_OF 荆州楚韵纺织有限公司 → 新沟镇政府']],
    ['甲与乙联合成立了丙: both founded it', '荆州楚韵纺织有限公司与华中农业大学联合成立了荆州棉花研究院。', ['FOUNDED 荆州楚韵纺织有限公司 → 荆州棉花研究院', 'FOUNDED 华中农业大学 → 荆州棉花研究院']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a list counted with no verb of working together', '荆州楚韵纺织有限公司、华中农业大学两家单位都来了。', 'PARTNER_OF'],
    ['甲与乙的 …, then a founding verb of another subject', '荆州楚韵纺织有限公司与华中农业大学的专家说，监利市成立了荆州棉花研究院。', 'FOUNDED 荆州楚韵纺织有限公司'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith(fact))).toEqual([]);
  });
});

describe('a firm\'s post opening a later clause of a sentence the firm heads (rel.works-for.sentence-head)', () => {
  test.each([
    ['某公司成立于2015年，总经理甲…', '荆州楚韵纺织有限公司成立于2015年，总经理周建华是土生土长的新沟镇人。', ['WORKS_FOR 周建华 → 荆州楚韵纺织有限公司']],
    ['副 before the post', '荆州楚韵纺织有限公司扩建了厂房，副总经理吴小梅说，产能翻了一番。', ['WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a second body named before the post', '荆州楚韵纺织有限公司收购了监利长江纸业有限公司，厂长周建华留任。', 'WORKS_FOR 周建华 → 荆州楚韵纺织有限公司'],
    ['a post that is not a firm\'s', '荆州楚韵纺织有限公司与华中农业大学合作，教授周建华带队驻厂。', 'WORKS_FOR 周建华 → 荆州楚韵纺织有限公司'],
    ['a speaker between the firm and the post', '荆州楚韵纺织有限公司的产品很受欢迎，吴小梅说，负责人周建华很能干。', 'WORKS_FOR 周建华 → 荆州楚韵纺织有限公司'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('where a firm is, in a few more shapes', () => {
  test.each([
    ['某镇有一家某公司', '监利市新沟镇有一家荆州楚韵纺织有限公司，年产值过亿。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['在某镇，有一家某公司', '在监利市新沟镇，有一家荆州楚韵纺织有限公司，年产值过亿。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['某公司所在的某镇', '荆州楚韵纺织有限公司所在的新沟镇，棉花种植面积达5万亩。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['某镇上的某公司', '新沟镇上的荆州楚韵纺织有限公司今年扩产。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['某县境内的某公司', '监利市境内的荆州楚韵纺织有限公司今年扩产。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 监利市']],
    ['选址 a town', '荆州楚韵纺织有限公司选址监利市新沟镇。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
    ['把总部搬到了 a town', '荆州楚韵纺织有限公司把总部搬到了监利市新沟镇。', ['LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a place that has a firm\'s customer, not the firm', '荆州楚韵纺织有限公司的客户遍布新沟镇等地。', 'LOCATED_IN 荆州楚韵纺织有限公司 → 新沟镇'],
    ['有 after a place that does not head its clause', '荆州楚韵纺织有限公司说新沟镇有一家华丰棉业有限公司。', 'LOCATED_IN 华丰棉业有限公司 → 新沟镇'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('a body that leads others to a fair, and one that undertakes a project', () => {
  test('某县组织企业参加某博览会: took part, did not run it', async () => {
    const facts = await factsOf('秭归县商务局组织湖北屈乡茶业有限公司、宜昌三峡食品有限公司参加中国国际进口博览会。');
    expect(facts).toEqual(expect.arrayContaining(['PARTICIPATED_IN 秭归县商务局 → 中国国际进口博览会', 'PARTICIPATED_IN 湖北屈乡茶业有限公司 → 中国国际进口博览会', 'PARTICIPATED_IN 宜昌三峡食品有限公司 → 中国国际进口博览会']));
    expect(facts).not.toContain('ORGANIZED 秭归县商务局 → 中国国际进口博览会');
  });

  test('组织开展 a campaign is still running it', async () => {
    expect(await factsOf('秭归县商务局组织开展“秭归脐橙进万家”活动。')).toContain('ORGANIZED 秭归县商务局 → 秭归脐橙进万家');
  });

  test('承担 a project', async () => {
    expect(await factsOf('荆州楚韵纺织有限公司承担了“棉纺智能化改造”项目。')).toContain('ORGANIZED 荆州楚韵纺织有限公司 → 棉纺智能化改造');
  });
});

describe('a firm bought, or named a member of its group (PART_OF)', () => {
  test.each([
    ['甲收购了乙', '湖北宜化集团有限公司收购了荆州楚韵纺织有限公司。', ['PART_OF 荆州楚韵纺织有限公司 → 湖北宜化集团有限公司']],
    ['引入甲，对乙进行收购: the last firm named before', '2021年，监利市引入湖北宜化集团有限公司，对荆州楚韵纺织有限公司进行收购，成立新基地。', ['PART_OF 荆州楚韵纺织有限公司 → 湖北宜化集团有限公司']],
    ['作为甲的子公司，乙…', '作为湖北宜化集团有限公司的子公司，荆州楚韵纺织有限公司今年扩产。', ['PART_OF 荆州楚韵纺织有限公司 → 湖北宜化集团有限公司']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test('收购 of produce makes no group', async () => {
    expect((await factsOf('荆州楚韵纺织有限公司收购农户的棉花。')).filter((f) => f.startsWith('PART_OF 荆州楚韵'))).toEqual([]);
  });
});

describe('where a person works, said with a verb', () => {
  test.each([
    ['甲在某公司担任技术员', '吴小梅在荆州楚韵纺织有限公司担任技术员。', ['WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司']],
    ['甲在某公司工作了十年', '吴小梅在荆州楚韵纺织有限公司工作了十年。', ['WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司']],
    ['甲就职于某公司', '吴小梅就职于荆州楚韵纺织有限公司。', ['WORKS_FOR 吴小梅 → 荆州楚韵纺织有限公司']],
    ['甲目前是某公司的总经理', '周建华目前是荆州楚韵纺织有限公司的总经理。', ['WORKS_FOR 周建华 → 荆州楚韵纺织有限公司']],
    ['某公司聘请甲担任技术顾问', '荆州楚韵纺织有限公司聘请周建华担任技术顾问。', ['WORKS_FOR 周建华 → 荆州楚韵纺织有限公司']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['工作人员 is no verb of working', '吴小梅在荆州楚韵纺织有限公司工作人员的帮助下办好了手续。'],
    ['在某公司 and a verb that is not working there', '吴小梅在荆州楚韵纺织有限公司参观了生产线。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith('WORKS_FOR'))).toEqual([]);
  });
});

describe('founders in more shapes', () => {
  test.each([
    ['甲辞职回乡，成立了某公司: the person heading the clause before', '2016年，吴小梅辞职回乡，成立了荆州楚韵纺织有限公司。', ['FOUNDED 吴小梅 → 荆州楚韵纺织有限公司']],
    ['某公司是甲于2015年创办的', '荆州楚韵纺织有限公司是周建华于2015年创办的。', ['FOUNDED 周建华 → 荆州楚韵纺织有限公司']],
    ['某公司的创办者甲', '荆州楚韵纺织有限公司的创办者周建华说，订单排到了年底。', ['FOUNDED 周建华 → 荆州楚韵纺织有限公司']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a clause with a subject of its own founds it', '吴小梅辞职回乡，她的哥哥成立了荆州楚韵纺织有限公司。', 'FOUNDED 吴小梅 → 荆州楚韵纺织有限公司'],
    ['是 and a person who did not found it', '荆州楚韵纺织有限公司是周建华工作过的地方。', 'FOUNDED 周建华 → 荆州楚韵纺织有限公司'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});

describe('a project built in a place, and a body helped by what opens the sentence', () => {
  test.each([
    ['某项目在某镇开工建设', '“棉纺智能化改造”项目近日在监利市新沟镇开工建设。', ['LOCATED_IN 棉纺智能化改造 → 新沟镇']],
    ['得益于某行动，某公司…', '得益于“棉花提质增效”行动，荆州楚韵纺织有限公司的订单增长了三成。', ['BENEFITED_FROM 荆州楚韵纺织有限公司 → 棉花提质增效']],
    ['在某行动的支持下，某公司…', '在“棉花提质增效”行动的支持下，荆州楚韵纺织有限公司扩建了厂房。', ['BENEFITED_FROM 荆州楚韵纺织有限公司 → 棉花提质增效']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['在 a programme with no words of help: no benefit read', '在“棉花提质增效”行动中，荆州楚韵纺织有限公司扩建了厂房。', 'BENEFITED_FROM'],
    ['a project named after the verb is not the one built there', '监利市新沟镇开工建设了一批项目，“棉纺智能化改造”项目也在推进。', 'LOCATED_IN 棉纺智能化改造 → 新沟镇'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith(fact))).toEqual([]);
  });
});

// lead12: a list published by one body and a firm or place on it, named in the clause after the list.
describe('a list published, then who is on it (某厅公布…名单，某某榜上有名)', () => {
  test.each([
    ['the firms after the list received it', '日前，省经信厅公布省级隐形冠军企业名单，湖州精工轴承有限公司榜上有名。', ['RECEIVED 湖州精工轴承有限公司 → 浙江省级隐形冠军企业名单', 'ORGANIZED 浙江省经信厅 → 浙江省级隐形冠军企业名单']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['the publisher is not on its own list', '日前，省水利厅公布省级美丽河湖名单，龙泉溪榜上有名。', '水利厅'],
    ['nor when the list\'s members are not organisations', '近日，市文旅局公布市级历史文化名村名单，当地三个村入选。', '文旅局'],
  ])('not: %s', async (_case, sentence, publisher) => {
    const facts = await factsOf(sentence);
    expect(facts.some((f) => f.startsWith('ORGANIZED') && f.includes(publisher))).toBe(true);
    expect(facts.filter((f) => f.startsWith('RECEIVED') && f.includes(publisher))).toEqual([]);
  });
});

// lead12: a project printed right after a company's full name is the company's own.
describe('a company\'s own project (某某有限公司年产…项目)', () => {
  test('the company runs it', async () => {
    expect(await factsOf('昨天，荆州楚韵新材料有限公司年产2万吨聚氨酯项目在监利市开工。')).toContain('ORGANIZED 荆州楚韵新材料有限公司 → 年产2万吨聚氨酯项目');
  });
  test('not a company named earlier in the sentence', async () => {
    const facts = await factsOf('荆州楚韵新材料有限公司的技术员参观了年产2万吨聚氨酯项目。');
    expect(facts.filter((f) => f.startsWith('ORGANIZED'))).toEqual([]);
  });
});

// lead12: a site named after a country, a province or a city is there, not in the village in view.
describe('a site named after a wider place is not read under the village in view', () => {
  test('中国美术馆 after a village', async () => {
    const facts = await factsOf('记者来到宜都市红花镇新桥村。老人的剪纸作品曾被中国美术馆收藏，村里的文化礼堂也很有名气。');
    expect(facts.filter((f) => f.includes('中国美术馆'))).toEqual([]);
  });
  test('a site named after the city the town in view lies in still hangs from the town', async () => {
    expect(await factsOf('记者来到宜都市红花镇。宜昌市青林寺景区里游人如织。')).toContain('LOCATED_IN 宜昌市青林寺景区 → 红花镇');
  });
});
