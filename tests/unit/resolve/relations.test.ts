// Relations read from sentences written for these tests (none from the sample page): each rule on the shape
// of sentence it was written for, with the evidence pointing back at the page.
import { graphOfPage, graphOfPages } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

describe('relations from sentences', () => {
  test('an enterprise in a zone wins an award; its chairman speaks; its figures are its own', async () => {
    const g = await graphOfPage(
      page(
        '明远智能装备获省科技进步奖',
        '本报讯 近日，位于独山港经济开发区的浙江明远智能装备有限公司荣获2023年度浙江省科学技术进步奖。',
        '“我们将继续加大研发投入。”浙江明远智能装备有限公司董事长陈建国说。',
        '浙江明远智能装备有限公司今年预计实现产值3亿元，同比增长25%。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'RECEIVED 浙江明远智能装备有限公司 → 浙江省科学技术进步奖',
        'LOCATED_IN 浙江明远智能装备有限公司 → 浙江独山港经济开发区',
        'WORKS_FOR 陈建国 → 浙江明远智能装备有限公司',
        'REPORTED 浙江明远智能装备有限公司 → 产值 3亿元',
        'REPORTED 浙江明远智能装备有限公司 → 产值同比增长 25%',
      ]),
    );
    expect(g.relation('WORKS_FOR', '陈建国', '浙江明远智能装备有限公司')!.properties.role).toBe('董事长');
    const outcome = g.node('产值 3亿元')!;
    expect(outcome.properties).toMatchObject({ value: 300000000, unit: '元', measure: '产值', periodText: '今年', approximate: false });
    // An undated page: 今年 stays as printed, placed in no year.
    expect(outcome.properties.period).toBeUndefined();
    const won = g.relation('RECEIVED', '浙江明远智能装备有限公司', '浙江省科学技术进步奖')!;
    expect(won.properties.sentence).toContain('荣获2023年度浙江省科学技术进步奖');
    expect(won.properties.rule).toBe('rel.received.award');
  });

  test('a zone named by its county and an ending sits in that county; its bare ending later is the same zone and owns the figure', async () => {
    const g = await graphOfPage(
      page(
        '园区合作',
        '本报讯 昨天，昆山高新区与平湖经开签订合作协议。昆山高新区管委会副主任王强介绍，高新区今年新增企业50家。',
        '海盐县经济开发区新增企业12家。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'PART_OF 昆山高新区 → 昆山市',
        'REPORTED 昆山高新区 → 企业 50家',
        // Written with 县, the gazetteer's 海盐经济开发区 all the same.
        'REPORTED 海盐经济开发区 → 企业 12家',
        'PART_OF 海盐经济开发区 → 海盐县',
      ]),
    );
    // 昆山高新区 once on its own (once more inside 昆山高新区管委会), then 高新区.
    expect(g.node('昆山高新区')!.properties).toMatchObject({ mentionCount: 2, aliases: ['高新区'], kind: 'DevelopmentZone' });
    expect(g.facts.some((f) => / → 高新区$/.test(f))).toBe(false);
  });

  test('an area opening the figure\'s clause owns the figure, unless the clause names an organisation', async () => {
    const g = await graphOfPage(
      page(
        '新埭镇工业经济稳步增长',
        '新埭镇党委书记张明介绍，新埭镇今年新增规上企业30家。',
        '浙江明远智能装备有限公司董事长陈建国说，新埭镇的浙江明远智能装备有限公司今年产值达3亿元。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['REPORTED 新埭镇 → 规上企业 30家', 'REPORTED 浙江明远智能装备有限公司 → 产值 3亿元']));
    expect(g.facts).not.toContain('REPORTED 新埭镇 → 产值 3亿元');
  });

  test('an area pronoun opening a clause (该镇, 市里) is the subject of its figures, not the places and bodies after it', async () => {
    const g = await graphOfPage(
      page(
        '新埭镇推进数字化改造',
        '本报讯 今年以来，新埭镇已实施数字化改造项目46个。下一步，该镇将依托平湖经济技术开发区和浙江大学的科研力量，力争到2025年装备产业产值突破300亿元。',
        '平湖市经信局副局长王立新表示，市里将出台专项政策，对完成改造的企业给予最高200万元的补助。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['REPORTED 新埭镇 → 实施数字化改造项目 46个', 'REPORTED 新埭镇 → 装备产业产值 300亿元', 'REPORTED 平湖市 → 补助 200万元']));
    expect(g.facts.filter((f) => f.includes('300亿元'))).toEqual(['REPORTED 新埭镇 → 装备产业产值 300亿元']);
  });

  test('a village listed (入选) is the recipient when no organisation precedes the verb; 全镇 is the town in view', async () => {
    const g = await graphOfPage(
      page(
        '民合村入选未来乡村名单',
        '本报讯 今年9月，民合村入选浙江省第二批“未来乡村”建设名单。',
        '新仓镇党委书记吴国强表示，全镇现有服装企业1200余家，年产值超过300亿元。',
        '浙江鸿翔服饰有限公司在新仓镇荣获“绿色工厂”称号。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'RECEIVED 民合村 → 未来乡村',
        'REPORTED 新仓镇 → 服装企业 1200余家',
        'REPORTED 新仓镇 → 年产值 超过300亿元',
        // An organisation before the verb is still the recipient, whatever place follows it.
        'RECEIVED 浙江鸿翔服饰有限公司 → 绿色工厂',
      ]),
    );
    expect(g.facts).not.toContain('RECEIVED 新仓镇 → 绿色工厂');
  });

  test('a company sells to the firms listed after 销往; they are not the subject of the next clause\'s figure', async () => {
    const g = await graphOfPage(
      page(
        '斯达半导体营收增长',
        '据悉，嘉兴斯达半导体股份有限公司主要生产IGBT模块，产品销往德国博世（Bosch）、美国Tesla等客户，去年营业收入达27亿元。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'SUPPLIES 嘉兴斯达半导体股份有限公司 → 博世',
        'SUPPLIES 嘉兴斯达半导体股份有限公司 → Tesla',
        'LOCATED_IN 博世 → 德国',
        'REPORTED 嘉兴斯达半导体股份有限公司 → 营业收入 27亿元',
      ]),
    );
    expect(g.facts.filter((f) => f.startsWith('REPORTED Tesla') || f.startsWith('REPORTED 博世'))).toEqual([]);
  });

  test('founded by a person in a year, located by 落户, spun off from a group', async () => {
    const g = await graphOfPage(
      page(
        '新企业落户新埭',
        '嘉兴禾丰生物科技有限公司由李明博士于2019年创办，落户新埭镇。',
        '宁波远航模具有限公司由上海远航集团公司模具业务的核心团队独立创业，主营精密模具。',
      ),
    );
    const founded = g.relation('FOUNDED', '李明', '嘉兴禾丰生物科技有限公司');
    expect(founded?.properties.year).toBe(2019);
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 嘉兴禾丰生物科技有限公司 → 新埭镇', 'SPUN_OFF_FROM 宁波远航模具有限公司 → 上海远航集团公司']));
  });

  test('customers, trade partners, fairs taken part in', async () => {
    const g = await graphOfPage(
      page(
        '服装企业开拓海外市场',
        '平湖市华美制衣有限公司产品主要销往日本，优衣库、无印良品等品牌是他们的主要客户。',
        '浙江丰华鞋业有限公司此次对接的采购商 Nordic Shoes 来自瑞典。企业已报名参加了第十届中国义乌国际小商品博览会。',
      ),
    );
    // An edition is a property of the fair, not part of its name: 第十届 fairs and 第十一届 fairs are one series.
    expect(g.node('中国义乌国际小商品博览会')!.properties.edition).toBe('第十届');
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'SUPPLIES 平湖市华美制衣有限公司 → 优衣库',
        'SUPPLIES 平湖市华美制衣有限公司 → 无印良品',
        'TRADES_WITH 浙江丰华鞋业有限公司 → Nordic Shoes',
        'PARTICIPATED_IN 浙江丰华鞋业有限公司 → 中国义乌国际小商品博览会',
        'LOCATED_IN 平湖市华美制衣有限公司 → 平湖市',
      ]),
    );
  });

  test('who organised a programme, where it is piloted, who benefited', async () => {
    const g = await graphOfPage(
      page(
        '共富工坊试点启动',
        '本报讯 新仓镇作为嘉兴市“共富工坊”项目的试点镇，已建成工坊12家。',
        '市商务局举办了第三届平湖服装博览会，吸引采购商300多名。',
        '浙江丰华鞋业有限公司便是其中受益的一家企业。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'PILOTED_IN 共富工坊 → 新仓镇',
        'ORGANIZED 平湖市商务局 → 平湖服装博览会',
        'BENEFITED_FROM 浙江丰华鞋业有限公司 → 平湖服装博览会',
        'REPORTED 平湖服装博览会 → 吸引采购商 300多名',
      ]),
    );
  });
});

describe('lists and the bodies that publish them', () => {
  test('a list published by an agency; the enterprises named on it received it; their count is the list\'s', async () => {
    const g = await graphOfPage(
      page(
        '两企业入选省级名单',
        '本报讯 日前，江苏省经济和信息化厅公布2023年度江苏省专精特新中小企业名单，我市南通恒达机械有限公司、如皋市欣和纺织有限公司等8家企业榜上有名。',
        '南通恒达机械有限公司去年实现销售额2.3亿元。',
      ),
      { homeCity: '如皋市' },
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'ORGANIZED 江苏省经济和信息化厅 → 江苏省专精特新中小企业名单',
        'RECEIVED 南通恒达机械有限公司 → 江苏省专精特新中小企业名单',
        'RECEIVED 如皋市欣和纺织有限公司 → 江苏省专精特新中小企业名单',
        'REPORTED 江苏省专精特新中小企业名单 → 企业 8家',
        'REPORTED 南通恒达机械有限公司 → 销售额 2.3亿元',
      ]),
    );
    // The count is not the last company's own figure.
    expect(g.facts.filter((f) => f.startsWith('REPORTED 如皋市欣和纺织有限公司'))).toEqual([]);
  });

  test('without a list in the sentence, an enumerated count belongs to the area', async () => {
    const g = await graphOfPage(page('企业获评', '今年，我市华星电子有限公司和光明食品有限公司等5家企业通过高新技术企业认定。'));
    expect(g.facts).toEqual(expect.arrayContaining(['REPORTED 平湖市 → 企业 5家']));
    expect(g.facts.filter((f) => /^REPORTED (华星|光明)/.test(f))).toEqual([]);
  });

  test('a place read from a name is one relation per article, however often the name appears', async () => {
    const g = await graphOfPage(page('欣和纺织', '如皋市欣和纺织有限公司成立于2010年。', '如皋市欣和纺织有限公司今年扩建了厂房。'), { homeCity: '如皋市' });
    expect(g.facts.filter((f) => f === 'LOCATED_IN 如皋市欣和纺织有限公司 → 如皋市')).toHaveLength(1);
  });
});

describe('people, customers and joint organisers on another city\'s page', () => {
  test('a body before two titles: the role held there is the first (市委副书记、市长)', async () => {
    const g = await graphOfPage(page('博览会开幕', '德清县委副书记、县长沈国强，湖州市商务局局长孙立新等出席开幕式。'), { homeCity: '德清县' });
    expect(g.relation('WORKS_FOR', '沈国强', '德清县委')?.properties.role).toBe('副书记');
    expect(g.relation('WORKS_FOR', '孙立新', '湖州市商务局')?.properties.role).toBe('局长');
  });

  test('customers named after 客户包括 are supplied, and take part in nothing', async () => {
    const g = await graphOfPage(
      page(
        '服装企业参展',
        '第三届中国（德清）国际服装博览会昨日开幕。',
        '德清县美琪服饰有限公司是首次参展的企业之一，客户包括优衣库、GAP等国际品牌。',
        '据悉，县商务局对参展企业给予补贴。',
      ),
      { homeCity: '德清县' },
    );
    expect(g.facts).toEqual(
      expect.arrayContaining(['SUPPLIES 德清县美琪服饰有限公司 → 优衣库', 'SUPPLIES 德清县美琪服饰有限公司 → GAP', 'PARTICIPATED_IN 德清县美琪服饰有限公司 → 中国（德清）国际服装博览会']),
    );
    expect(g.facts.filter((f) => /^PARTICIPATED_IN (优衣库|GAP)/.test(f))).toEqual([]);
  });

  test('A联合B推出 a policy: both organised it', async () => {
    const g = await graphOfPage(page('扶持政策', '德清县商务局联合德清县服装行业协会推出了“服装产业数字化”专项扶持政策。'), { homeCity: '德清县' });
    expect(g.facts).toEqual(expect.arrayContaining(['ORGANIZED 德清县商务局 → 服装产业数字化', 'ORGANIZED 德清县服装行业协会 → 服装产业数字化']));
  });
});

describe('bodies and pronouns of the village or town in view', () => {
  test('村党委 is the party committee of the village just named, and sits there; 村里 is that village', async () => {
    const g = await graphOfPage(
      page('特色农业', '在新埭镇鱼圻塘村，300亩桃园迎来丰收。村党委书记王明华说，村里与浙江大学合作引进新品种，亩均收益超过2万元。'),
    );
    // The secretary of the committee, and so the village's party secretary.
    expect(g.relation('WORKS_FOR', '王明华', '鱼圻塘村党委')?.properties.role).toBe('书记');
    expect(g.relation('WORKS_FOR', '王明华', '鱼圻塘村')?.properties.role).toBe('党委书记');
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 鱼圻塘村党委 → 鱼圻塘村']));
    expect(g.facts.filter((f) => f.startsWith('REPORTED') && f.includes('2万元'))).toEqual([expect.stringMatching(/^REPORTED 鱼圻塘村 → /)]);
  });

  test('镇党委 is the town\'s', async () => {
    const g = await graphOfPage(page('乡村振兴', '广陈镇召开乡村振兴推进会，镇党委书记李建国部署下一步工作。'));
    expect(g.relation('WORKS_FOR', '李建国', '广陈镇党委')).toBeDefined();
  });
});

describe('whose figure it is', () => {
  test('本届峰会 is the summit the text is about', async () => {
    const g = await graphOfPage(
      page('峰会开幕', '第五届长三角数字经济峰会于9月8日在嘉善开幕。本届峰会共吸引了来自30多个城市的800余名嘉宾参会。'),
      { homeCity: '嘉善县' },
    );
    expect(g.facts.filter((f) => f.startsWith('REPORTED') && f.includes('800余名'))).toEqual([expect.stringMatching(/^REPORTED 长三角数字经济峰会 → /)]);
  });

  test('a programme an area carries out is its object; the figure after it is the area\'s', async () => {
    const g = await graphOfPage(page('科技创新', '近年来，我市深入实施“科技强企”行动，全市规上工业企业研发机构覆盖率达到90%。'));
    expect(g.facts).toEqual(expect.arrayContaining(['ORGANIZED 平湖市 → 科技强企', 'REPORTED 平湖市 → 企业研发机构覆盖率 90%']));
    expect(g.facts.filter((f) => f.startsWith('REPORTED 科技强企'))).toEqual([]);
  });

  test('a programme that opens the sentence keeps its figures', async () => {
    const g = await graphOfPage(page('帮扶', '据统计，“百名干部进百企”活动开展至今，全市机关干部已累计走访企业900多家次。'));
    expect(g.facts).toEqual(expect.arrayContaining(['REPORTED 百名干部进百企 → 走访企业 900多家次']));
  });
});

describe('resolution', () => {
  test('我市 and 市-prefixed bodies resolve to the page\'s home city, which hangs from its prefecture and province', async () => {
    const text = page('我市高新技术企业增至215家', '本报讯 我市共有高新技术企业215家。市人社局、市科技局联合发布了新政策。');
    const pinghu = await graphOfPage(text);
    expect(pinghu.facts).toEqual(expect.arrayContaining(['REPORTED 平湖市 → 高新技术企业 215家', 'PART_OF 平湖市 → 嘉兴市', 'PART_OF 嘉兴市 → 浙江省']));
    expect(pinghu.node('平湖市人社局')).toBeDefined();
    const haining = await graphOfPage(text, { homeCity: '海宁市' });
    expect(haining.node('海宁市人社局')).toBeDefined();
    expect(haining.facts).toContain('REPORTED 海宁市 → 高新技术企业 215家');
  });

  test('a village hangs from its town and city', async () => {
    const g = await graphOfPage(page('村里修通了新路', '本报讯 当湖街道南河头社区和曹桥街道马厩村都修通了新路。'));
    expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 马厩村 → 曹桥街道', 'PART_OF 曹桥街道 → 平湖市', 'PART_OF 南河头社区 → 当湖街道']));
    expect(g.node('马厩村')!.properties.code).toBe('330482003208');
  });

  test('a short form and a variant are the company\'s aliases, not new companies', async () => {
    const g = await graphOfPage(
      page(
        '明远智能扩产',
        '本报讯 浙江明远智能装备有限公司新厂房投产。明远智能的订单已排到明年。',
        '浙江明远智能有限公司董事长陈建国表示，产能将翻番。',
      ),
    );
    const companies = g.graph.nodes.filter((n) => n.labels.includes('Company')).map((n) => n.properties.name);
    expect(companies).toEqual(['浙江明远智能装备有限公司']);
    expect(g.node('浙江明远智能装备有限公司')!.properties.aliases).toEqual(expect.arrayContaining(['明远智能', '浙江明远智能有限公司']));
  });

  test('namesakes: one person on a page, two people at two organisations', async () => {
    const g = await graphOfPages([
      page('一版', '本报讯 浙江明远智能装备有限公司总经理王强介绍，新产品已投产。王强表示，明年继续扩产。'),
      page('二版', '本报讯 平湖市华美制衣有限公司总经理王强说，订单充足。'),
    ]);
    const wangs = g.graph.nodes.filter((n) => n.labels[0] === 'Person' && n.properties.name === '王强');
    expect(wangs.map((n) => n.properties.disambiguator).sort()).toEqual(['平湖市华美制衣有限公司', '浙江明远智能装备有限公司']);
  });

  test('every fact read from text points at the characters it was read from', async () => {
    const text = page('明远智能获奖', '本报讯 浙江明远智能装备有限公司荣获中国专利优秀奖。');
    const g = await graphOfPage(text);
    const won = g.relation('RECEIVED', '浙江明远智能装备有限公司', '中国专利优秀奖')!;
    const { sourceStart, sourceEnd } = won.properties as { sourceStart: number; sourceEnd: number };
    expect(text.slice(sourceStart, sourceEnd)).toBe('浙江明远智能装备有限公司荣获中国专利优秀奖');
  });
  test('a clause naming no subject goes on about the name heading the clause before it: its awards are that name\'s', async () => {
    const g = await graphOfPage(
      page(
        '张家湾村的变化',
        '近年来，张家湾村发展民宿产业。',
        '如今的张家湾村，产业兴、村容美，先后获得“省级文明村”“全国美丽休闲乡村”等荣誉。',
        '青阳县地处皖南山区，是一个农业大县，去年获评“全省县域经济发展先进县”。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining(['RECEIVED 张家湾村 → 省级文明村', 'RECEIVED 张家湾村 → 全国美丽休闲乡村', 'RECEIVED 青阳县 → 全省县域经济发展先进县']),
    );
    expect(g.relation('RECEIVED', '张家湾村', '省级文明村')!.properties.rule).toBe('rel.received.award.clause-subject');
  });

  test('a word standing for an area (该镇, 村里) that opens the clause receives as the last place of its level, never the company in view', async () => {
    const g = await graphOfPage(
      page(
        '企业与乡镇',
        '浙江华屹新材料有限公司落户东湖镇。该公司去年获评省级绿色工厂。',
        '东湖镇地处县城西部。该镇先后荣获国家卫生镇、全国重点镇等称号。',
        '王家浜村位于东湖镇北部，近年来村里先后获评省级美丽乡村。',
      ),
    );
    expect(g.facts).toEqual(
      expect.arrayContaining([
        'RECEIVED 浙江华屹新材料有限公司 → 省级绿色工厂',
        'RECEIVED 东湖镇 → 国家卫生镇',
        'RECEIVED 东湖镇 → 全国重点镇',
        'RECEIVED 王家浜村 → 省级美丽乡村',
      ]),
    );
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 浙江华屹新材料有限公司'))).toEqual(['RECEIVED 浙江华屹新材料有限公司 → 省级绿色工厂']);
    expect(g.relation('RECEIVED', '东湖镇', '全国重点镇')!.properties.rule).toBe('rel.received.award.area-word');
  });

  test('an area word with no place of its level named before it gives the award to no one', async () => {
    const g = await graphOfPage(page('企业获奖', '浙江华屹新材料有限公司去年产值增长两成。该村先后获评省级美丽乡村。'));
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });

  test('他/她 opening the clause is the person named before it, never the company in view', async () => {
    const g = await graphOfPage(page('劳模风采', '今年46岁的陈建军是华屹新材料有限公司的一名钳工。2019年，他获得省级五一劳动奖章。', '她的徒弟吴佳佳去年也获评市级技术能手。'));
    expect(g.facts).toEqual(expect.arrayContaining(['RECEIVED 陈建军 → 省级五一劳动奖章', 'RECEIVED 吴佳佳 → 市级技术能手']));
    expect(g.facts.filter((f) => f.startsWith('RECEIVED 华屹新材料有限公司'))).toEqual([]);
    expect(g.relation('RECEIVED', '陈建军', '省级五一劳动奖章')!.properties.rule).toBe('rel.received.award.person-pronoun');
  });

  test('他 with no person named before it gives the award to no one', async () => {
    const g = await graphOfPage(page('企业获奖', '华屹新材料有限公司去年产值增长两成。他获得省级五一劳动奖章。'));
    expect(g.facts.filter((f) => f.startsWith('RECEIVED'))).toEqual([]);
  });

  test('a name heading an earlier clause that cannot receive is not carried to the award', async () => {
    const g = await graphOfPage(page('项目投产', '“数字乡村”行动开展以来，各地积极响应，东湖镇去年获评省级数字乡村示范镇。', '“千村示范”工程启动后，进展顺利，获评“省级优秀工程案例”。'));
    expect(g.facts).toContain('RECEIVED 东湖镇 → 省级数字乡村示范镇');
    // The campaign heads the first clause: a programme receives nothing from a later clause.
    expect(g.facts.filter((f) => f.startsWith('RECEIVED') && f.endsWith('省级优秀工程案例'))).toEqual([]);
  });

  test('被 names the agent of a listing: it organised the list, and the subject is the one listed', async () => {
    const g = await graphOfPage(
      page(
        '宁城县转型',
        '宁城县位于赤峰南部，是一个农业大县，2015年被国务院列为第二批全域旅游示范区。',
        '浙江红星机械有限公司被认定为省级专精特新企业。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['ORGANIZED 国务院 → 第二批全域旅游示范区', 'RECEIVED 宁城县 → 第二批全域旅游示范区', 'RECEIVED 浙江红星机械有限公司 → 省级专精特新企业']));
    expect(g.relation('ORGANIZED', '国务院', '第二批全域旅游示范区')!.properties.rule).toBe('rel.organized.award.passive-agent');
    // The agent is not the one listed; with no agent named, no organiser is read (the company did not organise its own award).
    expect(g.relation('RECEIVED', '国务院', '第二批全域旅游示范区')).toBeUndefined();
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED') && f.endsWith('省级专精特新企业'))).toEqual([]);
  });
  test('an area issuing a policy and a firm investing in a project organise them; a product issued is no policy', async () => {
    const g = await graphOfPage(
      page(
        '竹林碳汇',
        '那一年，安吉县发布《竹林碳汇交易管理办法》，为林农增收打开了新路。',
        '2023年，浙江绿能产业发展有限公司投资3亿元的衢州零碳产业园储能示范项目开工。',
        '浙江华源精密机械有限公司发布了一款新型数控机床。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['ORGANIZED 安吉县 → 竹林碳汇交易管理办法', 'ORGANIZED 浙江绿能产业发展有限公司 → 衢州零碳产业园储能示范项目']));
    expect(g.relation('ORGANIZED', '安吉县', '竹林碳汇交易管理办法')!.properties.rule).toBe('rel.organized.policy');
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED 浙江华源精密机械有限公司'))).toEqual([]);
  });
  test('a place and the kind of firm of that place before a firm\'s name say where it is; a bare place before 企业 does not', async () => {
    const g = await graphOfPage(
      page(
        '签约',
        '近日，苏州国资企业江苏恒新会展有限公司与吴江区签约。',
        '德清县入园企业浙江莫干新材料有限公司投产。',
        '湖州企业浙江华源精密机械有限公司去年营收增长。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 江苏恒新会展有限公司 → 苏州市', 'LOCATED_IN 浙江莫干新材料有限公司 → 德清县']));
    expect(g.relation('LOCATED_IN', '浙江莫干新材料有限公司', '德清县')!.properties.rule).toBe('rel.located-in.place-of-firm');
    // 湖州企业 may name the firms of the place or the place's firms in general: nothing is read without the qualifier.
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 浙江华源精密机械有限公司'))).toEqual([]);
  });
  test('a branch named after a place the article names is in that place; a place the article does not name is not guessed', async () => {
    const g = await graphOfPage(
      page('金融助农', '安吉县竹产业发展迅速。截至5月底，农商银行安吉县支行共发放贷款300万元。', '中国人寿保险公司德清县分公司也推出了新产品。'),
    );
    expect(g.facts).toContain('LOCATED_IN 农商银行安吉县支行 → 安吉县');
    expect(g.relation('LOCATED_IN', '农商银行安吉县支行', '安吉县')!.properties.rule).toBe('rel.located-in.branch-place');
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 中国人寿保险公司德清县分公司'))).toEqual([]);
  });
  test('a firm or project an area brings in (引进, 引入) is in that area; what a firm brings in is not placed', async () => {
    const g = await graphOfPage(
      page(
        '招商引资',
        '2021年，嘉善经济开发区引进浙江华源精密机械有限公司，建成新能源零部件生产基地。',
        '2023年，白水镇对废弃矿山进行修复，引入“光储一体”示范项目，建起温室大棚。',
        '浙江莫干新材料有限公司从苏州引进宁波恒泰机械有限公司的生产线。',
      ),
    );
    // (嘉善经济开发区 is the gazetteer's zone of that type in 嘉善县, named by its full name: 嘉善经济技术开发区.)
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 浙江华源精密机械有限公司 → 嘉善经济技术开发区', 'LOCATED_IN 光储一体 → 白水镇']));
    expect(g.relation('LOCATED_IN', '光储一体', '白水镇')!.properties.rule).toBe('rel.located-in.brought-in');
    // 从苏州: where it came from, not where it went.
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN') && f.endsWith('→ 苏州市'))).toEqual([]);
  });
  test('what an area builds, or what is built 在 a place, is there; a firm that builds a project organised it', async () => {
    const g = await graphOfPage(
      page(
        '项目建设',
        '近年来，平湖经济技术开发区先后建设嘉兴光电产业园等5个园区。',
        '在天目山北麓规划建设“竹海绿道”示范项目，全长40公里。',
        '浙江恒润能源有限公司建成“光伏车棚”示范工程，年发电量达到120万千瓦时。',
        '浙江恒润能源有限公司在德清县建设新厂房。',
      ),
    );
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 嘉兴光电产业园 → 平湖经济技术开发区', 'LOCATED_IN 竹海绿道 → 天目山', 'ORGANIZED 浙江恒润能源有限公司 → 光伏车棚']));
    expect(g.relation('LOCATED_IN', '嘉兴光电产业园', '平湖经济技术开发区')!.properties.rule).toBe('rel.located-in.built-by-area');
    expect(g.relation('LOCATED_IN', '竹海绿道', '天目山')!.properties.rule).toBe('rel.located-in.built-at');
    // A firm is not what an area builds, and a firm building somewhere is not put there by this rule.
    expect(g.facts).not.toContain('LOCATED_IN 浙江恒润能源有限公司 → 德清县');
  });
  test('a verb qualifying its object before 的 (印发的《某方案》) names no doer: the place in view is not carried to it', async () => {
    const g = await graphOfPage(
      page('柑橘产业', '记者来到湖北秭归县。', '前不久印发的《柑橘产业高质量发展行动方案》提出，到2027年建成一批示范基地。', '宜昌市农业农村局印发的《柑橘品种改良实施方案》也提到了这一点。'),
    );
    expect(g.facts.filter((f) => f.startsWith('ORGANIZED') && f.endsWith('柑橘产业高质量发展行动方案'))).toEqual([]);
    // A doer named before the verb still organised it.
    expect(g.facts).toContain('ORGANIZED 宜昌市农业农村局 → 柑橘品种改良实施方案');
  });
  test('a mountain or a scenic spot the gazetteer lacks sits where 坐落于/位于 says; an administrative place does not', async () => {
    const g = await graphOfPage(
      page(
        '生态修复',
        '青龙岭坐落于浙江省湖州市安吉县天荒坪镇，山上原本有一片废弃采石场。',
        '长兴县位于浙江省北部，紧邻太湖。',
      ),
    );
    expect(g.facts).toContain('LOCATED_IN 青龙岭 → 天荒坪镇');
    expect(g.relation('LOCATED_IN', '青龙岭', '天荒坪镇')!.properties.rule).toBe('rel.located-in.坐落于');
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 长兴县'))).toEqual([]);
  });
});

describe('a person who took part or ran it', () => {
  test.each([
    ['a villager joins a scheme', '新埭镇鱼圻塘村村民沈月娥申请加入了“共富果园”计划。', 'PARTICIPATED_IN 沈月娥 → 共富果园'],
    ['a person heading the clause starts a campaign', '退休教师陆卫国牵头发起了“书香鱼圻塘”行动。', 'ORGANIZED 陆卫国 → 书香鱼圻塘'],
  ])('%s', async (_case, sentence, fact) => {
    expect((await graphOfPage(page('乡村新事', sentence))).facts).toContain(fact);
  });

  test.each([
    ['a firm heading the clause is the one taking part, not its manager', '平湖华丰食品有限公司总经理陆卫国参加了中国国际农产品交易会。', 'PARTICIPATED_IN 陆卫国 → 中国国际农产品交易会'],
    ['a person introducing what is said does not take part', '陆卫国说，村里加入了“共富果园”计划。', 'PARTICIPATED_IN 陆卫国 → 共富果园'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect((await graphOfPage(page('乡村新事', sentence))).facts).not.toContain(fact);
  });
});
