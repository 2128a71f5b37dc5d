// Resolution on national-paper county reports written for the thirteenth round of own articles (lead20): firms,
// people and figures invented; the prefectures, counties and towns are the gazetteer's. A national paper names no
// home city.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `县域经济\n本报记者  周文涛\n\n${paragraphs.join('\n')}\n`;
const national = {};
const names = (g: Awaited<ReturnType<typeof graphOfPage>>, label: string): string[] =>
  g.graph.nodes.filter((n) => n.labels[0] === label).map((n) => String(n.properties.name));

describe('an autonomous prefecture or a league by its own words: 全州, 州里, 州某局, 州长, 全盟', () => {
  test('全州 opening a figure is the prefecture in view', async () => {
    const g = await graphOfPage(page('在四川凉山彝族自治州昭觉县，马铃薯正在收获。州农业农村局局长吉克阿木介绍，今年全州马铃薯种植面积达到160万亩。'), national);
    expect(reportedSubjects(g, '160万亩')).toEqual(['凉山彝族自治州']);
  });
  test('全州 after a co-op is named: the prefecture, not the co-op', async () => {
    const g = await graphOfPage(page('在湖南湘西土家族苗族自治州永顺县，织锦合作社里一片忙碌。州文化旅游局副局长向红介绍，全州已建成非遗工坊47家。'), national);
    expect(reportedSubjects(g, '47家')).toEqual(['湘西土家族苗族自治州']);
  });
  test('州某局 is the prefecture in view’s bureau, and lies in it', async () => {
    const g = await graphOfPage(page('贵州黔东南苗族侗族自治州雷山县的银饰远近闻名。州商务局局长杨光明说，银饰电商销售额逐年增长。'), national);
    expect(g.facts).toContain('WORKS_FOR 杨光明 → 黔东南苗族侗族自治州商务局');
    expect(g.facts).toContain('LOCATED_IN 黔东南苗族侗族自治州商务局 → 黔东南苗族侗族自治州');
  });
  test('州委 and 州长: the prefecture’s committee, the prefecture’s head', async () => {
    const g = await graphOfPage(page('四川凉山彝族自治州布拖县是高原农业县。州委书记李建国调研时强调要发展特色产业。州长王明表示，州里将加大投入。副州长阿说伍呷陪同调研。'), national);
    expect(g.facts).toContain('WORKS_FOR 李建国 → 凉山彝族自治州委');
    expect(g.facts).toContain('WORKS_FOR 王明 → 凉山彝族自治州');
    expect(g.facts).toContain('WORKS_FOR 阿说伍呷 → 凉山彝族自治州');
  });
  test('盟某局, 全盟 and 全旗 in a league’s banner', async () => {
    const g = await graphOfPage(page('内蒙古锡林郭勒盟正蓝旗是奶食品之乡。盟农牧局局长巴特尔说，全盟奶食品加工企业达到320家。全旗今年奶牛存栏5万头。'), national);
    expect(g.facts).toContain('WORKS_FOR 巴特尔 → 锡林郭勒盟农牧局');
    expect(reportedSubjects(g, '320家')).toEqual(['锡林郭勒盟']);
    expect(reportedSubjects(g, '5万头')).toEqual(['正蓝旗']);
  });
  test('no prefecture in view: 全州 names nothing, and a city is not taken for one', async () => {
    const g = await graphOfPage(page('在浙江湖州市长兴县，蓄电池企业加快转型。全州新增企业12家。'), national);
    expect(reportedSubjects(g, '12家')).not.toContain('湖州市');
  });
  test('全州县 (a county in Guangxi) is still the county, not a word of a prefecture', async () => {
    const g = await graphOfPage(page('广西桂林市全州县是禾花鱼之乡。全州县今年禾花鱼养殖面积达到12万亩。'), national);
    expect(names(g, 'Place')).toContain('全州县');
  });
});

describe('the firm a sentence is set at: 在…里的某公司, 走进某公司, 来到某厂', () => {
  test.each([
    ['在开发区内的', '在开发区内的宁夏恒川新材料有限公司，总经理马振华正在查看订单。', '马振华', '宁夏恒川新材料有限公司'],
    ['走进', '走进江西赣隆食品有限公司，董事长刘远山正在车间查看设备。', '刘远山', '江西赣隆食品有限公司'],
    ['记者来到', '记者来到湖北楚丰农机制造有限公司，副总经理周敏正在调试一台收割机。', '周敏', '湖北楚丰农机制造有限公司'],
  ])('%s a firm, then a post and its holder', async (_how, text, person, firm) => {
    const g = await graphOfPage(page(text), national);
    expect(g.facts).toContain(`WORKS_FOR ${person} → ${firm}`);
  });
  test('在某局的支持下，总经理某某: a circumstance, not where the manager works', async () => {
    const g = await graphOfPage(page('在县科技局的支持下，总经理马振华带领团队攻克了技术难关。'), national);
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 马振华'))).toEqual([]);
  });
});

describe('a clause headed by a thing no name stands for carries no company', () => {
  test('某某山茶入选…名录 after a firm: the tea, not the firm', async () => {
    const g = await graphOfPage(page('在四川雅安，村里依托雅州云雾茶业有限公司发展茶旅融合，去年接待游客32万人次。今年，云雾山茶入选中欧地理标志协定保护名录。'), national);
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });
  test('公司 heading the clause, or adverbs alone, still carry the firm', async () => {
    const g = await graphOfPage(page('雅州云雾茶业有限公司今年产值增长。去年，公司入选四川省专精特新中小企业名单。今年又成功入选国家级农业产业化重点龙头企业名单。'), national);
    expect(g.facts).toContain('RECEIVED 雅州云雾茶业有限公司 → 四川省专精特新中小企业名单');
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 雅州云雾茶业有限公司')).length).toBe(2);
  });
});

describe('founders: after a step to a place they name, and the post they take', () => {
  test('回到某村，创办了某公司: the person before the step', async () => {
    const g = await graphOfPage(page('返乡青年刘晓梅2017年回到山东菏泽曹县大集镇，创办了曹县云裳服饰有限公司。'), national);
    expect(g.facts).toContain('FOUNDED 刘晓梅 → 曹县云裳服饰有限公司');
  });
  test('她还牵头成立了… after a body she founded is still she', async () => {
    const g = await graphOfPage(page('刘晓梅2017年创办了曹县云裳服饰有限公司。她还牵头成立了大集镇汉服协会，并担任会长。'), national);
    expect(g.facts).toContain('FOUNDED 刘晓梅 → 大集镇汉服协会');
    expect(g.facts).toContain('WORKS_FOR 刘晓梅 → 大集镇汉服协会');
  });
  test.each([
    ['，任董事长', '董事长'],
    ['，并担任理事长', '理事长'],
  ])('创办了某某%s: the post at what was founded', async (tail, role) => {
    const body = role === '理事长' ? '曹县云裳汉服专业合作社' : '曹县云裳服饰有限公司';
    const g = await graphOfPage(page(`2019年，刘晓梅创办了${body}${tail}。`), national);
    expect(g.facts).toContain(`WORKS_FOR 刘晓梅 → ${body}`);
    expect(g.relation('WORKS_FOR', '刘晓梅', body)?.properties.role).toBe(role);
  });
  test('not a word that opens with 任 (任务)', async () => {
    const g = await graphOfPage(page('刘晓梅创办了曹县云裳服饰有限公司，任务很重。'), national);
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR'))).toEqual([]);
  });
});

describe('industrial parks: a county’s 工业园 and 工业园区 are one zone; a pairing park is where its bracket says', () => {
  test('某县工业园 and 某县工业园区 in one article: one node, its committee in it', async () => {
    const g = await graphOfPage(page('在江西赣州安远工业园，江西远拓电子有限公司正在生产。安远县工业园区管委会主任钟平说，园区已集聚电子企业32家。'), national);
    const zones = names(g, 'Place').filter((n) => n.includes('工业园'));
    expect(zones).toHaveLength(1);
    expect(g.facts).toContain(`LOCATED_IN 江西远拓电子有限公司 → ${zones[0]}`);
    expect(g.facts).toContain(`LOCATED_IN 安远县工业园区管委会 → ${zones[0]}`);
  });
  test('a park named by a common word of direction stays its own (城北工业园), no far district’s zone', async () => {
    const g = await graphOfPage(page('城北工业园今年新引进企业12家。'), national);
    expect(g.facts.filter((f) => f.startsWith('PART_OF 城北工业园'))).toEqual([]);
  });
  test('甲（乙）产业园 is in 乙', async () => {
    const g = await graphOfPage(page('安远县与广东省东莞市开展对口合作，共建东莞（安远）产业园，引进项目18个。'), national);
    expect(g.facts).toContain('LOCATED_IN 东莞（安远）产业园 → 安远县');
    expect(g.facts).not.toContain('LOCATED_IN 东莞（安远）产业园 → 东莞市');
  });
});

describe('a zone’s area agrees with the chain before it', () => {
  test('某市|某镇名|工业园: a town of the city, not a far county of that name', async () => {
    const g = await graphOfPage(page('这批氢能物流车交付后，将在陕西韩城龙门工业园承担焦炭运输任务。'), national);
    expect(names(g, 'Place')).not.toContain('龙门县');
  });
  test('a county after its own city still names its zone', async () => {
    const g = await graphOfPage(page('在广东惠州龙门工业园，一批电子企业加快投产。'), national);
    expect(g.facts).toContain('PART_OF 龙门工业园 → 龙门县');
  });
});

describe('分公司经理: the branch in view', () => {
  test('the manager of a branch works for the branch', async () => {
    const g = await graphOfPage(page('在阿克苏市依杆其乡，新疆丰果农业集团阿克苏分公司的冷库里，苹果正在装车。分公司经理李强说，今年收购苹果3万吨。'), national);
    expect(g.facts).toContain('WORKS_FOR 李强 → 新疆丰果农业集团阿克苏分公司');
  });
});

describe('吸引某省企业N家: the place says where the counted come from; the figure is not its', () => {
  test.each([
    ['吸引江苏企业23家', '江苏省', '23家'],
    ['引进上海项目12个', '上海市', '12个'],
  ])('%s', async (_what, origin, figure) => {
    const g = await graphOfPage(page('河北省张北县工业园区今年吸引江苏企业23家落户，引进上海项目12个。'), national);
    const subjects = reportedSubjects(g, figure);
    expect(subjects).not.toContain(origin);
    expect(subjects).toEqual(['张北县工业园区']);
  });
});

describe('a scenic street or spot heading the clause receives the title, not the firm in view', () => {
  test('某街区被某部评为…', async () => {
    const g = await graphOfPage(page('四川省乐山市市中区，嘉州长卷夜游街区灯火辉煌。街区由乐山文旅集团投资建设。去年，嘉州长卷夜游街区被文化和旅游部评为国家级夜间文化和旅游消费集聚区。'), national);
    expect(g.facts).toContain('RECEIVED 嘉州长卷夜游街区 → 国家级夜间文化和旅游消费集聚区');
    expect(g.facts).not.toContain('RECEIVED 乐山文旅集团 → 国家级夜间文化和旅游消费集聚区');
  });
});

describe('the firm in view: not a customer named after 是, and the firm a sentence was set at', () => {
  test('公司是某某的供应商: 公司总经理 after it is the supplier’s', async () => {
    const g = await graphOfPage(page('在寻乌工业园，江西赣锂新材料有限公司的生产线正在运转。公司是宁德时代的供应商，今年营业收入达到26亿元。公司总经理邱伟介绍，企业去年投资15亿元。'), national);
    expect(g.facts).toContain('WORKS_FOR 邱伟 → 江西赣锂新材料有限公司');
    expect(g.facts).toContain('SUPPLIES 江西赣锂新材料有限公司 → 宁德时代');
    expect(reportedSubjects(g, '15亿元')).toEqual(['江西赣锂新材料有限公司']);
  });
  test('在县城的某公司，…。公司总经理某某说: the firm of the sentence before, not a co-op of an earlier paragraph', async () => {
    const g = await graphOfPage(
      page('称多县珍秦镇拉布村牦牛养殖专业合作社理事长才仁多杰说，合作社今年出栏牦牛1200头。', '在县城的青海雪峰乳业有限公司，一箱箱酸奶正在装车。公司总经理马文斌说，企业年加工能力达到5000吨。'),
      national,
    );
    expect(g.facts).toContain('WORKS_FOR 马文斌 → 青海雪峰乳业有限公司');
  });
});

describe('the firm a sentence was set at stands only for the sentence right after it', () => {
  test('走进位于…的某公司，…。企业负责人某某: that firm, not a base a paragraph set the scene at before', async () => {
    const g = await graphOfPage(
      page('在安徽宣州金禾蔬菜种植基地，工人们正在采收生姜。', '走进位于宣城国家农业科技园区内的安徽姜源生物科技有限公司，展厅内，姜茶、姜汁饮料琳琅满目。企业负责人苏海平介绍，公司与高校合作开发了新产品。'),
      national,
    );
    expect(g.facts).toContain('WORKS_FOR 苏海平 → 安徽姜源生物科技有限公司');
  });
});
