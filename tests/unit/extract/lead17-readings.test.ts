// Readings found on pages written for the ninth round of own articles (lead17): names, places and firms invented.
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, hybridResources, mentionsIn } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('大姚县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const people = of('Person');
const orgs = of('Organization');
const places = of('Place');
const programmes = of('Programme');

describe('surnames of the south-west read after a title or before a speech verb, never as words', () => {
  test.each([
    ['昙华乡党委书记起明亮说，乡里今年修了两条路。', '起明亮'],
    ['县工商联主席茶丽娟作了政策解读。', '茶丽娟'],
    ['矿业公司董事长番国强等5人获得表彰。', '番国强'],
    ['科技特派员字国富每年都要在村里住上两个月。', '字国富'],
    ['绣娘者秀芬一边绣花一边说。', '者秀芬'],
    ['村委会主任杞永红说，今年花椒价格不错。', '杞永红'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toContain(name);
  });
  test.each([
    ['村党支部书记自豪地说，今年收成好。'],
    ['县长自掏腰包买了一批图书。'],
    ['书记起身说道，大家辛苦了。'],
    ['主任茶余饭后常说起这件事。'],
    ['厂长达成了一项协议。'],
    ['副县长念了一遍讲话稿。'],
    ['总经理召集大家开会。'],
    ['站长自称是老党员。'],
  ])('%s: a verb or a word after the title, no person', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test('a byline name with such a surname is its reporter', () => {
    expect(people(hybridMentions('本报记者 禄文清 通讯员 杞红艳'))).toEqual(['禄文清', '杞红艳']);
  });
});

describe('occupations and roles as cues before a name', () => {
  test.each([
    ['返乡青年普建伟站在自家晾晒场上。', '普建伟'],
    ['致富带头人张小芳说，今年要扩大规模。', '张小芳'],
    ['果农李春来摘下一个苹果。', '李春来'],
    ['非遗传承人余红梅教孩子们剪纸。', '余红梅'],
    ['工作组组长沈立群介绍了情况。', '沈立群'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toContain(name);
  });
  test.each([['青年志愿者们来到村里。'], ['青年人才是企业的未来。'], ['大学生创业园里很热闹。'], ['渔民们出海了。']])('%s: no name after the word', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
});

describe('Mongolian names by their parts', () => {
  test.each([
    ['旗农牧局副局长敖登格日勒介绍了情况。', '敖登格日勒'],
    ['嘎查党支部书记额尔敦布和说，光伏收益很好。', '额尔敦布和'],
    ['牧民斯琴高娃家有200只羊。', '斯琴高娃'],
    ['乌云其木格是一名兽医。', '乌云其木格'],
    ['宝音德力格尔在那达慕上夺冠。', '宝音德力格尔'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toEqual([name]);
  });
  test('a city opening with a part is the city', () => {
    const found = hybridMentions('他从呼和浩特来到乌兰察布。');
    expect(people(found)).toEqual([]);
    expect(places(found)).toEqual(['呼和浩特', '乌兰察布']);
  });
});

describe('foreign names', () => {
  test('a dotted name whose first part jieba cut into single characters', () => {
    expect(people(hybridMentions('来自意大利的马可·罗西和妻子经营着一家民宿。'))).toEqual(['马可·罗西']);
  });
  test.each([['中国·青溪第三届杨梅节开幕。'], ['他说·我们']])('%s: no person across the dot', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    ['牧民赶着一群西门塔尔牛回到棚圈。'],
    ['他引进了安格斯牛和杜洛克猪。'],
  ])('%s: a breed after a foreign name is no person', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test('a foreign name before a speech verb stays', () => {
    expect(people(hybridMentions('安德森说，这里的山水很美。'))).toEqual(['安德森']);
  });
});

describe("a town's name before a firm's trade alone is the firm's trade name", () => {
  test('云南某某矿业: the trade name keeps the town name', () => {
    const m = extractText('云南金沙矿业有限公司今年产值增长。', hybridResources('大姚县')).find((c) => c.label === 'Organization');
    expect(m?.attrs.core).toBe('金沙');
  });
  test('a town before a trade name of its own is where the firm was registered', () => {
    const m = extractText('浙江省新仓镇宏达机械有限公司扩大了生产。', hybridResources('平湖市')).find((c) => c.label === 'Organization');
    expect(m?.attrs.core).toBe('宏达');
  });
});

describe('work teams and departments', () => {
  test.each([
    ['宁波市北仑区对口帮扶大姚县工作组组长沈立群介绍。', '宁波市北仑区对口帮扶大姚县工作组'],
    ['嘉定区对口帮扶大姚县工作组来到村里。', '嘉定区对口帮扶大姚县工作组'],
  ])('%s', (sentence, team) => {
    expect(orgs(hybridMentions(sentence)).some((o) => o.endsWith(team))).toBe(true);
  });
  test.each([['县里派出了乡村振兴工作组。'], ['驻村工作组的同志们很辛苦。']])('%s: a team by its task alone is no body', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    ['旗能源局局长斯琴高娃说。', '旗能源局'],
    ['州农业农村局局长王强说。', '州农业农村局'],
    ['盟生态环境局今年开展了检查。', '盟生态环境局'],
  ])('%s: 旗, 州 and 盟 name the paper’s own area before a department', (sentence, body) => {
    const m = hybridMentions(sentence).find((x) => x.label === 'Organization');
    expect(m).toMatchObject({ text: body, kind: 'GovernmentAgency' });
  });
  test('a department read by the tagger alone is typed by its ending', () => {
    const m = hybridMentions('龙泉市青瓷宝剑产业局局长毛建军说。').find((x) => x.label === 'Organization');
    expect(m?.kind).toBe('GovernmentAgency');
  });
});

describe('a verb and 村 glued by jieba name no village', () => {
  test.each([
    ['省委组织部驻村工作组组长李强说。', '省委组织部'],
    ['市委宣传部驻村工作队来了。', '市委宣传部'],
    ['县农业农村局驻村第一书记王强说。', '县农业农村局'],
  ])('%s', (sentence, body) => {
    const found = hybridMentions(sentence);
    expect(places(found)).toEqual([]);
    expect(orgs(found)).toContain(body);
  });
  test('干部们进村入户', () => {
    expect(places(hybridMentions('干部们进村入户走访。'))).toEqual([]);
  });
});

describe('natural villages (屯) after the place they lie in', () => {
  test.each([
    ['在青溪县白鹭街道大辛庄屯，一排排蘑菇大棚整齐排列。', '大辛庄屯'],
    ['靖西市湖润镇新灶村新灶屯的农户正在收玉米。', '新灶屯'],
    ['那坡县百省乡那布村弄陇屯的村民正在采茶。', '弄陇屯'],
  ])('%s', (sentence, hamlet) => {
    expect(places(mentionsIn(sentence))).toContain(hamlet);
  });
  test('the village before it is read apart, 那 opening its name after its township', () => {
    const found = places(mentionsIn('那坡县百省乡那布村弄陇屯的村民正在采茶。'));
    expect(found).toContain('那布村');
    expect(found.filter((p) => p.includes('村') && p.endsWith('屯'))).toEqual([]);
  });
  test.each([['他带动本屯23户村民种蘑菇。'], ['村里屯了很多粮食。'], ['他走进村屯了解情况。'], ['镇里那个村很穷。'], ['乡那些村子都通了路。']])('%s: no place', (sentence) => {
    expect(places(mentionsIn(sentence))).toEqual([]);
  });
  test.each([['他去了屯溪区。', '屯溪区'], ['屯昌县的胡椒很有名。', '屯昌县']])('%s: places opening with 屯 stay', (sentence, place) => {
    expect(places(mentionsIn(sentence))).toEqual([place]);
  });
});

describe('titles given to villages are no village', () => {
  test.each([['镇里正在申报“广西特色旅游名村”。'], ['浙江省历史文化名村也在其中。'], ['青溪镇美丽乡村示范村今年完工。']])('%s', (sentence) => {
    expect(places(mentionsIn(sentence)).filter((p) => p.endsWith('村'))).toEqual([]);
  });
});

describe('cooperation between provinces named by their one-character names', () => {
  test.each([
    ['在沪滇协作资金支持下，村里建起了工坊。', '沪滇协作'],
    ['今年是粤桂协作的第五年。', '粤桂协作'],
    ['闽宁协作让这个村子变了样。', '闽宁协作'],
    ['深化东西部协作和定点帮扶。', '东西部协作'],
    ['京津冀协作发展取得新进展。', '京津冀协作'],
    ['两地开展苏陕劳务协作，输送劳动力3000人。', '苏陕劳务协作'],
  ])('%s', (sentence, name) => {
    expect(programmes(hybridMentions(sentence))).toEqual([name]);
  });
  test.each([['淮海经济协作区城市代表参会。'], ['双方加强沟通协作。'], ['宁波与台州协作开发。']])('%s: no programme', (sentence) => {
    expect(programmes(hybridMentions(sentence))).toEqual([]);
  });
  test('the province pair is no place', () => {
    expect(places(hybridMentions('在沪滇协作资金支持下，村里建起了工坊。'))).toEqual([]);
  });
});

describe('titles conferred on people: heritage bearers and masters of crafts', () => {
  test.each([
    ['者秀芬是州级非遗项目彝族刺绣代表性传承人。', '州级非遗项目彝族刺绣代表性传承人'],
    ['国家级非物质文化遗产某地青瓷烧制技艺代表性传承人卢伟明正在示范拉坯。', '国家级非物质文化遗产某地青瓷烧制技艺代表性传承人'],
    ['同村的杨金花是州级非遗项目银饰锻制技艺代表性传承人。', '州级非遗项目银饰锻制技艺代表性传承人'],
    ['她是和田玉雕省级代表性传承人。', '和田玉雕省级代表性传承人'],
    ['他是浙江省工艺美术大师。', '浙江省工艺美术大师'],
    ['滕宪文从16岁开始学木雕，如今已是山东省工艺美术大师。', '山东省工艺美术大师'],
  ])('%s', (sentence, title) => {
    expect(programmes(hybridMentions(sentence))).toEqual([title]);
  });
  test('the holder named before 是 stays a person', () => {
    expect(people(hybridMentions('同村的杨金花是州级非遗项目银饰锻制技艺代表性传承人。'))).toEqual(['杨金花']);
  });
  test.each([
    ['他是一位优秀的文化代表性传承人。'],
    ['作为非遗传承人，她带了40多名徒弟。'],
    ['全县现有各级非遗代表性传承人126名。'],
  ])('%s: no title', (sentence) => {
    expect(programmes(hybridMentions(sentence))).toEqual([]);
  });
});

describe('a scenic area named after a mountain, lake or stream', () => {
  test.each([
    ['大木山茶园景区是国家4A级旅游景区。', '大木山茶园景区'],
    ['双童山景区推出了冬季旅游线路。', '双童山景区'],
    ['来到箬溪湖公园散步的市民越来越多。', '箬溪湖公园'],
  ])('%s', (sentence, site) => {
    expect(places(mentionsIn(sentence))).toContain(site);
  });
  test.each([['茶园山景区很美。'], ['县里新建了一个湿地公园。'], ['这座山景区很美。']])('%s: a common word before the feature names no site', (sentence) => {
    expect(places(mentionsIn(sentence))).toEqual([]);
  });
});

describe('a surname and a word of address, and the tagger’s organisations typed by their own endings', () => {
  test.each([['社区居民柏大姐和邻居起了争执。'], ['村民章大妈说，今年的菜长得好。'], ['邻居宋阿姨常来帮忙。']])('%s: no person', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
  test('a given name that opens with 大 stays a name', () => {
    expect(people(hybridMentions('柏大成说，今年收成不错。'))).toEqual(['柏大成']);
  });
  test.each([['浙江君安律师事务所的律师每周到社区坐班。', '浙江君安律师事务所'], ['他在天健会计师事务所工作。', '天健会计师事务所']])('%s', (sentence, firm) => {
    expect(hybridMentions(sentence).find((m) => m.label === 'Organization')).toMatchObject({ text: firm, kind: 'Company' });
  });
});
