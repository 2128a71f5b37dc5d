// Relations and figures read from kinds of news written for this round (qrel7): a court's report on anonymised
// defendants, a meeting's officials with several posts, founders in a profile, police officers and auxiliaries, an
// interview in questions and answers. Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs)), figure);

describe('a person the text does not name in full (被告人王某某): the figures about them are no one\'s', () => {
  test.each([
    ['a fine the court imposes on a defendant', '45万元', ['日前，兰溪市人民法院审结一起合同诈骗案，判处被告人陈某某有期徒刑六年，并处罚金45万元。']],
    ['what a defendant did in a firm\'s name', '1800余万元', ['经审理查明，被告人刘某以金华市鼎盛贸易有限公司名义，骗取货款共计1800余万元。']],
    ['a suspect caught by the police, the sum of the case', '260万元', ['犯罪嫌疑人吴某某已被义乌市公安局抓获，涉案金额达260万元。']],
    ['a defendant\'s own clause', '8万元', ['兰溪市人民法院审理查明，被告人黄某主动退赔8万元。']],
  ])('%s', async (_case, figure, paragraphs) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual([]);
  });

  test('the court\'s own figures in a later sentence are still the court\'s', async () => {
    expect(await subjectsOf('36件', '兰溪市人民法院判处被告人陈某某有期徒刑六年。', '今年以来，兰溪市人民法院共审结此类案件36件。')).toEqual(['兰溪市人民法院']);
  });

  test('a body named after the person in the figure\'s own clause keeps the figure', async () => {
    expect(await subjectsOf('1.2亿元', '被告人陈某某落网后，兰溪市恒通建材有限公司去年营业收入仍达1.2亿元。')).toEqual(['兰溪市恒通建材有限公司']);
  });

  test('a figure about a person named in full is not touched', async () => {
    expect(await subjectsOf('35亩', '看到销路好，周海明试种了蓝莓35亩。')).toEqual(['周海明']);
  });
});

describe('several posts in a row: a post with no body after a party organ\'s post is the organ\'s body\'s (党委书记、董事长)', () => {
  test.each([
    ['党委书记、董事长', '衢州市恒泰化工有限公司党委书记、董事长邱建华在会上发言。', 'WORKS_FOR 邱建华 → 衢州市恒泰化工有限公司'],
    ['党委副书记、总经理', '台州海鸿机电集团有限公司党委副书记、总经理施国平介绍了情况。', 'WORKS_FOR 施国平 → 台州海鸿机电集团有限公司'],
    ['党总支书记、院长', '丽水市中心医院党总支书记、院长叶秀芳出席活动。', 'WORKS_FOR 叶秀芳 → 丽水市中心医院'],
  ])('%s', async (_case, sentence, fact) => {
    const facts = await factsOf(sentence);
    expect(facts).toContain(fact);
  });

  test('the party post stays the organ\'s, and a party post after it is not the body\'s', async () => {
    const facts = await factsOf('衢州市恒泰化工有限公司党委书记、纪委书记邱建华在会上发言。');
    expect(facts).toContain('WORKS_FOR 邱建华 → 衢州市恒泰化工有限公司党委');
    expect(facts).not.toContain('WORKS_FOR 邱建华 → 衢州市恒泰化工有限公司');
  });

  test('not a county committee\'s member who is also a deputy head of the county', async () => {
    const facts = await factsOf('武义县委常委、常务副县长蒋立平主持会议。');
    expect(facts).toContain('WORKS_FOR 蒋立平 → 武义县委');
    expect(facts.filter((f) => f.startsWith('WORKS_FOR 蒋立平'))).toHaveLength(1);
  });
});

describe('police officers and auxiliaries (派出所民警某某, 交警大队辅警某某)', () => {
  test.each([
    ['民警 after a station', '义乌市公安局稠城派出所民警方晓东在巡逻中发现一名走失儿童。', 'WORKS_FOR 方晓东 → 义乌市公安局稠城派出所'],
    ['辅警 after a traffic brigade', '当天，东阳市公安局交警大队辅警楼佳豪在路口执勤。', 'WORKS_FOR 楼佳豪 → 东阳市公安局交警大队'],
    ['刑警 after a criminal brigade', '永康市公安局刑侦大队刑警胡振宇连夜赶赴现场。', 'WORKS_FOR 胡振宇 → 永康市公安局刑侦大队'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });

  test('报警 is no post', async () => {
    expect((await factsOf('当晚，义乌市公安局稠城派出所接到报警周立新的电话。')).filter((f) => f.startsWith('WORKS_FOR 周立新'))).toEqual([]);
  });
});

describe('a founder named by 他 or 她 (他回到家乡，与父亲一起成立了某农场)', () => {
  test.each([
    ['他 heading the sentence, a relative with him', ['方国强是武义县柳城镇人。2017年退伍后，他回到家乡，与父亲一起成立了武义县国强家庭农场。'], 'FOUNDED 方国强 → 武义县国强家庭农场'],
    ['她 heading the verb\'s clause', ['徐美琴在外打工多年。2021年，她和丈夫共同创办了磐安县美琴中药材专业合作社。'], 'FOUNDED 徐美琴 → 磐安县美琴中药材专业合作社'],
    ['他牵头创办', ['张海波是一名退役军人。2019年，他牵头创办了缙云县海波茭白专业合作社。'], 'FOUNDED 张海波 → 缙云县海波茭白专业合作社'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('not across a body named after the person (他 may stand for someone of it)', async () => {
    const facts = await factsOf('张海波来到缙云县丰源农业发展有限公司。他成立了缙云县海波茭白专业合作社。');
    expect(facts).not.toContain('FOUNDED 张海波 → 缙云县海波茭白专业合作社');
  });

  test('not a person of another paragraph', async () => {
    const facts = await factsOf('张海波是一名退役军人。', '2019年，他牵头创办了缙云县海波茭白专业合作社。');
    expect(facts).not.toContain('FOUNDED 张海波 → 缙云县海波茭白专业合作社');
  });
});

describe('an interview in questions and answers (记者：… 某某：…): the answers are the answerer\'s body\'s', () => {
  const opening = '访谈对象为磐安县文化和广电旅游体育局局长陈晓峰。';
  test.each([
    ['我们 and a count', '42家', [opening, '记者：今年的工作成效如何？', '陈晓峰：我们培育了42家精品民宿，今年游客接待量达到860万人次。']],
    ['a figure naming nothing', '1.2万人次', [opening, '记者：明年有什么打算？', '陈晓峰：明年计划培训民宿从业人员1.2万人次。']],
  ])('%s', async (_case, figure, paragraphs) => {
    expect(await subjectsOf(figure, ...paragraphs)).toEqual(['磐安县文化和广电旅游体育局']);
  });

  test('an area word in the answer keeps the area\'s figure', async () => {
    expect(await subjectsOf('38.6亿元', opening, '记者：今年全县旅游情况怎么样？', '陈晓峰：今年全县实现旅游总收入38.6亿元。')).toEqual(['磐安县']);
  });

  test('the answerer is not the subject of the answers', async () => {
    expect(await subjectsOf('1.2万人次', opening, '记者：明年有什么打算？', '陈晓峰：明年计划培训民宿从业人员1.2万人次。')).not.toContain('陈晓峰');
  });
});

describe('a body\'s party committee speaks for the body (某医院党委书记、院长某某介绍，…)', () => {
  test('the hospital, not the county its name opens with', async () => {
    expect(await subjectsOf('16张', '12月3日，龙游县人民医院疼痛科正式开诊。', '龙游县人民医院党委书记、院长郑慧敏介绍，疼痛科设置床位16张。')).toEqual(['龙游县人民医院']);
  });

  test('the post after 、 is 院长, not 长', async () => {
    const g = await graphOfPage(page('地方新闻', '12月3日，龙游县人民医院疼痛科正式开诊。', '龙游县人民医院党委书记、院长郑慧敏出席仪式。'));
    const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
    const roles = g.graph.relationships.filter((r) => r.type === 'WORKS_FOR' && node.get(r.end)!.properties.name === '龙游县人民医院').map((r) => r.properties.role);
    expect(roles).toEqual(['院长']);
  });

  test('a village\'s party branch still speaks for the village', async () => {
    expect(await subjectsOf('1.1万亩', '浦江县大畈乡党委书记王建设介绍，今年全乡种植茶叶1.1万亩。')).toEqual(['大畈乡']);
  });
});

describe('an east–west pairing: a place before 籍 is where people come from, not the figure\'s subject', () => {
  test('吸纳某县籍务工人员', async () => {
    expect(await subjectsOf('900余人', '近年来，浙江省湖州市德清县与四川省广元市旺苍县开展东西部协作。三年来，德清累计帮助旺苍销售农产品1.6亿元，吸纳旺苍籍务工人员900余人。')).toEqual(['德清县']);
  });
});

describe('a resident word and a person named in full heading the clause (村民某某入股了5亩茶园)', () => {
  test.each([
    ['村民', '6亩', '今年，村民蒋秀芝入股了6亩茶园。', ['蒋秀芝']],
    ['村民 … 家', '4亩', '村民蒋秀芝家入股了4亩茶园。', ['蒋秀芝']],
  ])('%s', async (_case, figure, sentence, expected) => {
    expect(await subjectsOf(figure, sentence)).toEqual(expected);
  });
});

describe('其中 opening a paragraph: its figures are part of the figure before', () => {
  test('both clauses after 其中，', async () => {
    const first = '今年以来，仙居县税务局落实减税降费政策，前三季度全县新增减税降费6.2亿元。';
    const then = '其中，小微企业享受减免优惠3.1亿元，制造业企业研发费用加计扣除金额达12.4亿元。';
    expect(await subjectsOf('3.1亿元', first, then)).toEqual(['仙居县']);
    expect(await subjectsOf('12.4亿元', first, then)).toEqual(['仙居县']);
  });

  test('not a name heading the clause after 其中', async () => {
    expect(await subjectsOf('2.6亿元', '今年以来，仙居县税务局落实减税降费政策，前三季度全县新增减税降费6.2亿元。', '其中，仙居县永兴阀门有限公司享受减免2.6亿元。')).toEqual(['仙居县永兴阀门有限公司']);
  });
});

describe('a contest and its winners: 本届大赛 is the contest, not the winning project named since', () => {
  test('共吸引186个项目报名参赛', async () => {
    const paragraphs = ['12月5日，第三届“龙游杯”创新创业大赛总决赛落幕。衢州青禾生物科技有限公司的“秸秆制板”项目获得一等奖。', '本届大赛由龙游县人力资源和社会保障局主办，共吸引全国152个项目报名参赛。'];
    const subjects = await subjectsOf('152个', ...paragraphs);
    expect(subjects).not.toContain('秸秆制板');
    expect(subjects).toHaveLength(1);
  });
});

describe('a signing of several firms (甲、乙分别与丙签订投资协议，两个项目总投资…)', () => {
  const sentence = '宁波德润医疗器械有限公司、杭州星帆智能装备有限公司分别与德清县新市镇签订投资协议，两个项目总投资共计9.5亿元。';
  test('each firm of the list is the town\'s partner', async () => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(['PARTNER_OF 宁波德润医疗器械有限公司 → 新市镇', 'PARTNER_OF 杭州星帆智能装备有限公司 → 新市镇']));
  });

  test('the two projects\' total is not the first firm\'s', async () => {
    expect(await subjectsOf('9.5亿元', sentence)).toEqual([]);
  });

  test('one firm and its own project keep the figure', async () => {
    expect(await subjectsOf('3.5亿元', '宁波德润医疗器械有限公司与德清县新市镇签订投资协议，项目总投资3.5亿元。')).not.toEqual([]);
  });
});

describe('a list of firms counted before 分别与 (甲、乙、丙3家企业分别与丁签订投资协议)', () => {
  const sentence = '温州瑞安电气股份有限公司、台州路桥精工汽车部件有限公司、金华永盛机械有限公司3家企业分别与松阳县西屏街道签订投资协议。';
  test('each firm is the partner', async () => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(['PARTNER_OF 温州瑞安电气股份有限公司 → 西屏街道', 'PARTNER_OF 台州路桥精工汽车部件有限公司 → 西屏街道', 'PARTNER_OF 金华永盛机械有限公司 → 西屏街道']));
  });

  test('the count of the list is no firm\'s figure', async () => {
    expect(await subjectsOf('3家', sentence)).toEqual([]);
  });

  test('an area\'s own count of firms is still the area\'s', async () => {
    expect(await subjectsOf('25家', '松阳县今年新增规上企业25家。')).toEqual(['松阳县']);
  });
});

describe('a founder with companions the text does not name (他和两位大学同学创办了…)', () => {
  test('他和两位大学同学', async () => {
    expect(await factsOf('郑一鸣是一名返乡青年。2020年，他和两位大学同学创办了松阳县云上茶业有限公司。')).toContain('FOUNDED 郑一鸣 → 松阳县云上茶业有限公司');
  });
});

describe('a gang of defendants (该团伙, 犯罪团伙): their figures are no one\'s', () => {
  test('该团伙 after a procuratorate\'s charge', async () => {
    expect(await subjectsOf('420万元', '近日，松阳县人民检察院依法对犯罪嫌疑人林某某等4人提起公诉。经查，该团伙以投资养老项目为名，骗取老年人钱款共计420万元。')).toEqual([]);
  });

  test('the procuratorate\'s own figures after its head speaks', async () => {
    expect(await subjectsOf('11件', '松阳县人民检察院依法对犯罪嫌疑人林某某等4人提起公诉。', '松阳县人民检察院检察长程立新介绍，今年该院共办理涉养老诈骗案件11件。')).toEqual(['松阳县人民检察院']);
  });
});

describe('园区 heading a figure\'s clause is the zone in view (a development zone read like a body)', () => {
  test('after the zone is named', async () => {
    expect(await subjectsOf('19个', '丽水恒宇新材料有限公司的项目落户松阳工业园区。', '松阳县委书记陈立军出席签约仪式。松阳工业园区管委会主任周立明介绍，园区今年已签约项目19个。')).toEqual(['松阳工业园区']);
  });
});

describe('a contest named by its quoted name (“某某杯”农创客大赛) is 本届大赛 after it', () => {
  test('its hosts organised it', async () => {
    const facts = await factsOf('12月5日，第二届“松阴杯”农创客大赛在松阳县揭晓。', '本届大赛由松阳县农业农村局、松阳县财政局联合主办，共有58个项目参赛。');
    expect(facts).toEqual(expect.arrayContaining(['ORGANIZED 松阳县农业农村局 → 松阴杯', 'ORGANIZED 松阳县财政局 → 松阴杯']));
  });
});

describe('two hospitals that set up an alliance (与某医院建立医联体, 组建专科联盟) are partners', () => {
  test.each([
    ['建立', '庆元县人民医院与温州医科大学附属第一医院建立了医联体。', 'PARTNER_OF 庆元县人民医院 → 温州医科大学附属第一医院'],
    ['组建', '庆元县中医院与浙江省中医院组建了专科联盟。', 'PARTNER_OF 庆元县中医院 → 浙江省中医院'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });
});

describe('a station\'s head (派出所副所长某某): 所 opens 所长, not a stop', () => {
  test.each([
    ['副所长', '景宁县公安局鹤溪派出所副所长蓝志刚带队赶到现场。', 'WORKS_FOR 蓝志刚 → 景宁县公安局鹤溪派出所'],
    ['所长', '景宁县公安局鹤溪派出所所长雷永明介绍了情况。', 'WORKS_FOR 雷永明 → 景宁县公安局鹤溪派出所'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });
});

describe('cases and incidents counted by 起 are figures (接处警5600余起, 查处酒驾230起)', () => {
  test('a station\'s count', async () => {
    expect(await subjectsOf('4300余起', '今年以来，景宁县公安局鹤溪派出所共接处警4300余起。')).toEqual(['景宁县公安局鹤溪派出所']);
  });

  test('not 一起 (together), 两起 before a noun, or a date with 起', async () => {
    const g = await graphOfPage(page('地方新闻', '他和父亲一起创业。从3月1日起，两起事故的调查全面展开。'));
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Outcome')).toEqual([]);
  });
});

describe('an anonymised name read with the word after it (陈某因…) is no person', () => {
  test('no Person node', async () => {
    const g = await graphOfPage(page('地方新闻', '景宁县某建筑公司负责人陈某因资金周转困难，拖欠工人工资长达8个月。'));
    expect(g.graph.nodes.filter((n) => n.labels[0] === 'Person')).toEqual([]);
  });
});

describe('a town\'s party secretary who chairs its people\'s congress (某镇党委书记、人大主席某某)', () => {
  test('人大主席 is held at the town, not at a bare 人大', async () => {
    const facts = await factsOf('文成县大峃镇党委书记、人大主席赵丽君列席会议。');
    expect(facts).toContain('WORKS_FOR 赵丽君 → 大峃镇');
    expect(facts).not.toContain('WORKS_FOR 赵丽君 → 人大');
  });
});
