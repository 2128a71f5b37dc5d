// Boundaries, titles, bylines and dates on county papers' pages and e-paper crawls, fifth round, on text written for
// these tests: a brief's closing credit ends it (the next headline is not its text), a feature's subhead after a
// blank line stays in the feature, a column of briefs is a piece per brief, a lead (【提要】, 【导读】) or an
// editor's note above the headline is no title and breaks no piece, and a crawl's publication time dates it.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}`);
const HEAD = '2026年3月17日 星期二 第2版 综合\n\n';

describe('a closing credit ends its brief (para.closing-credit, para.headline-after-credit)', () => {
  test('printed one paragraph a line, each brief closing with its credit in brackets', () => {
    const pieces = segment(`${HEAD}柳塘镇开展春季义诊活动\n3月14日，柳塘镇卫生院组织医护人员走进8个村开展义诊，为600多名群众免费测血压、血糖。（记者 邵雨桐）\n县供销社储备化肥1.2万吨\n为保障春耕用肥，灵溪县供销合作社已储备各类化肥1.2万吨，较去年同期增加15%。（通讯员 闫立新 廖佳）\n东岗村建成光伏电站\n东岗村投资180万元建成的村级光伏电站日前并网发电，预计每年为村集体增收16万元。（记者 龚晓峰）\n`);
    expect(pieces.map((p) => p.title)).toEqual(['柳塘镇开展春季义诊活动', '县供销社储备化肥1.2万吨', '东岗村建成光伏电站']);
    expect(pieces.map(credits)).toEqual([['记者 邵雨桐'], ['通讯员 闫立新', '通讯员 廖佳'], ['记者 龚晓峰']]);
  });

  test('the credit on a line of its own under the brief', () => {
    const pieces = segment(`${HEAD}城西小学新建塑胶跑道\n日前，城西小学新建的300米塑胶跑道投入使用，学生们有了标准的运动场地。\n（通讯员 穆晓宁）\n县图书馆开设少儿绘本馆\n灵溪县图书馆少儿绘本馆近日开放，馆藏绘本8000余册，周末还将举办亲子阅读活动。\n（记者 贺一帆）\n`);
    expect(pieces.map((p) => p.title)).toEqual(['城西小学新建塑胶跑道', '县图书馆开设少儿绘本馆']);
    expect(pieces.map(credits)).toEqual([['通讯员 穆晓宁'], ['记者 贺一帆']]);
  });

  test('without a credit, a sentence under its line is still the same paragraph when no credit closed the line above', () => {
    const [a, ...rest] = segment(`${HEAD}城西小学新建塑胶跑道\n日前，城西小学新建的300米塑胶跑道投入使用，学生们有了标准的运动场地，课间活动更加丰富。\n`);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('城西小学新建塑胶跑道');
  });

  test('a bracket closing a sentence that names no one does not end the paragraph', () => {
    const [a] = segment(`${HEAD}城西小学新建塑胶跑道\n记者 贺一帆\n日前，城西小学新建的塑胶跑道（总长300米\n）投入使用，学生们有了标准的运动场地。\n`);
    expect(a!.text).toContain('塑胶跑道（总长300米）投入使用');
  });
});

describe('a feature subhead after a blank line (para.subhead-after-blank)', () => {
  const feature = (sub: string, under: string): string =>
    `${HEAD}古镇老街焕新颜\n本报记者 尚文博 通讯员 柯佳慧\n\n走进宁塘县白石镇老街，青石板路干净整洁，临街的木楼修葺一新，不少游客在街边拍照，孩子们在石桥边追逐嬉戏。\n“老街改造前，房子漏雨，游客也少，年轻人都出去打工了。”白石镇党委书记侯立民说起过去直摇头。\n\n${sub}\n${under}\n\n宁塘县举办春季招聘会\n本报讯（记者 谭敏）3月15日，宁塘县春季招聘会在县体育馆举行，86家企业提供岗位2300个。\n`;
  test('two paragraphs of prose under it: the feature keeps it', () => {
    const pieces = segment(feature('老屋改出新业态', '去年以来，白石镇引进3家文旅企业，把闲置老屋改造成民宿和茶馆12家，带动80多名村民就业。\n民宿老板龙雪梅说，节假日房间要提前半个月预订，平时周末也常常住满，一年能收入20多万元。'));
    expect(pieces.map((p) => p.title)).toEqual(['古镇老街焕新颜', '宁塘县举办春季招聘会']);
    expect(pieces[0]!.text.split('\n')).toContain('老屋改出新业态');
    expect(credits(pieces[0]!)).toEqual(['本报记者 尚文博', '通讯员 柯佳慧']);
  });

  test('a subhead with a space between two phrases', () => {
    const pieces = segment(feature('街区活 人气旺', '今年春节，老街接待游客15万人次，比去年同期增长四成，旅游收入突破3000万元，创下老街开街以来的新高。\n街上新开的非遗工坊每天都有游客排队体验扎染，工坊负责人说，最多的一天要接待两百多名游客。'));
    expect(pieces.map((p) => p.title)).toEqual(['古镇老街焕新颜', '宁塘县举办春季招聘会']);
  });

  test('one paragraph under it, or one closing with its own credit: a piece of its own', () => {
    const one = segment(feature('白石镇新增公交线路', '县交通运输局近日开通县城至白石镇的公交线路，每天往返12班，沿线8个村的群众出行更方便。'));
    expect(one.map((p) => p.title)).toContain('白石镇新增公交线路');
    const credited = segment(feature('白石镇新增公交线路', '县交通运输局近日开通县城至白石镇的公交线路，全程28公里，票价4元，每天往返12班。\n沿线8个村的群众出行更方便，老人凭卡还能免费乘车，学生上学也不用再绕远路。（通讯员 杜鹏）'));
    expect(credited.map((p) => p.title)).toContain('白石镇新增公交线路');
  });
});

describe('a column of briefs is a piece per brief (page.brief-column)', () => {
  test('bold leads set apart by a space, the column credited at its foot', () => {
    const pieces = segment(`${HEAD}简讯\n\n高桥镇油菜花节开幕　3月15日，高桥镇第五届油菜花节开幕，首日吸引游客2万人次，花海周边农家乐生意火爆。\n县税务局推出“一窗通办”　即日起，纳税人在县政务服务中心一个窗口即可办理12类涉税业务。\n桃源村修复古井3口　近日，桃源村投入资金6万元，修复村里的明清古井3口，并立碑介绍古井历史。\n（本栏稿件由记者 阎书瑶 整理）\n`);
    expect(pieces.map((p) => p.title)).toEqual(['高桥镇油菜花节开幕', '县税务局推出“一窗通办”', '桃源村修复古井3口']);
    expect(pieces.map(credits)).toEqual([['记者 阎书瑶'], ['记者 阎书瑶'], ['记者 阎书瑶']]);
    expect(pieces[0]!.text).toContain('3月15日，高桥镇第五届油菜花节开幕');
  });

  test('numbered items: a short first sentence is the title', () => {
    const pieces = segment(`${HEAD}短讯\n\n1.县人民医院获评省级胸痛中心。日前，灵溪县人民医院通过省级胸痛中心评审，成为全市第二家。\n2.南关街道举办老年书画展。3月12日，南关街道老年书画展开展，展出作品120幅，作者均为辖区60岁以上老人。\n\n记者 秦语嫣 整理\n\n灵溪县春耕生产有序推进\n本报讯（记者 陶然）连日来，灵溪县32万亩小麦陆续进入返青期。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['县人民医院获评省级胸痛中心', '南关街道举办老年书画展', '灵溪县春耕生产有序推进']);
    expect(pieces.map(credits)).toEqual([['记者 秦语嫣'], ['记者 秦语嫣'], ['记者 陶然']]);
  });

  test('a unit in brackets opens each brief: its first sentence titles it and stays its text', () => {
    const pieces = segment(`${HEAD}图片新闻　短讯\n\n【高桥镇】　3月15日，高桥镇组织志愿者200余人沿白沙河两岸清理河道垃圾5吨，清理河岸杂草3公里。\n【县气象局】　县气象局今年新建自动气象站6个，实现全县所有乡镇气象监测全覆盖，预报准确率提高到92%。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['3月15日，高桥镇组织志愿者200余人沿白沙河两岸清理河道垃圾5吨，清理河岸杂草3公里', '县气象局今年新建自动气象站6个，实现全县所有乡镇气象监测全覆盖，预报准确率提高到92%']);
    expect(pieces[1]!.text).toContain('【县气象局】');
  });

  test('numbered points under a notice\'s headline stay its text; two items with no column heading are no column', () => {
    const notice = segment(`${HEAD}关于做好春季森林防火工作的通知\n1.各乡镇要加强巡山护林，严禁野外用火，对进山人员逐一登记，发现隐患及时处置。\n2.各村要组织扑火队伍，备足扑火物资，确保一旦发生火情能够快速到达现场。\n3.发现火情要立即报告县森林防火指挥部，不得迟报、漏报、瞒报，违者严肃追责。\n`);
    expect(notice.map((p) => p.title)).toEqual(['关于做好春季森林防火工作的通知']);
    const two = segment(`${HEAD}高桥镇油菜花节开幕　3月15日，高桥镇第五届油菜花节开幕，首日吸引游客2万人次，花海周边农家乐生意火爆。\n县税务局推出“一窗通办”　即日起，纳税人在县政务服务中心一个窗口即可办理12类涉税业务。\n`);
    expect(two).toHaveLength(1);
  });
});

describe('a lead or an editor\'s note is no title and breaks no piece (note.lead, para.lead-line, article.lead-above-head)', () => {
  test('【提要】 over the headline on a page', () => {
    const pieces = segment(`${HEAD}【提要】今年前两个月，全县外贸进出口总额增长11.3%，增速居全市第一。\n外贸开局势头好\n本报记者 翁晓岚\n\n今年以来，灵溪县帮助外贸企业开拓新市场，前两个月进出口总额达到9.6亿元。\n\n灵溪县开展植树活动\n本报讯（记者 蓝天）3月12日，灵溪县干部群众在城东山植树1.5万株。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['外贸开局势头好', '灵溪县开展植树活动']);
    expect(credits(pieces[0]!)).toEqual(['本报记者 翁晓岚']);
    expect(pieces[0]!.text).toContain('增速居全市第一');
  });

  test('核心提示： under the byline, over a dateline: the dateline\'s byline still counts', () => {
    const [a, ...rest] = segment(`${HEAD}外贸开局势头好\n\n核心提示：今年前两个月，全县外贸进出口总额增长11.3%。\n本报讯（记者 翁晓岚）今年以来，灵溪县帮助外贸企业开拓新市场，前两个月进出口总额达到9.6亿元。\n`);
    expect(rest).toHaveLength(0);
    expect([a!.title, ...credits(a!)]).toEqual(['外贸开局势头好', '记者 翁晓岚']);
  });

  test('【编者按】 over a one-article file\'s headline', () => {
    const [a] = segment(`【编者按】今天起，本报推出“乡村工匠”系列报道，讲述身边能工巧匠的故事。\n竹编老艺人的新徒弟\n本报记者 焦雨涵\n\n在灵溪县青山镇，72岁的竹编艺人杭德胜带出了30多个徒弟。\n去年，他和徒弟们编的竹篮、竹灯卖出了40多万元。\n`);
    expect(a!.title).toBe('竹编老艺人的新徒弟');
    expect(credits(a!)).toEqual(['本报记者 焦雨涵']);
    expect(a!.text.split('\n')[1]).toMatch(/^【编者按】/);
  });

  test('a one-article file whose first line is prose, not a lead, is read as before', () => {
    const [a] = segment(`竹编老艺人的新徒弟\n本报记者 焦雨涵\n\n编者的话不多，在灵溪县青山镇，72岁的竹编艺人杭德胜带出了30多个徒弟。\n去年，他和徒弟们编的竹篮卖出了40多万元。\n`);
    expect(a!.title).toBe('竹编老艺人的新徒弟');
  });
});

describe('a crawl\'s publication time dates the article (date.from-crawl-field)', () => {
  const crawl = (fields: string): Article => segment(`青山镇建成竹编产业园\n${fields}\n\n3月10日，青山镇竹编产业园建成投用，已有8家企业入驻。\n园区负责人称，今年产值预计达到5000万元。\n`)[0]!;
  test.each([
    ['发布时间：2026-03-12 08:30　来源：灵溪融媒　作者：范晓雯', '2026-03-12'],
    ['来源：灵溪日报　　作者：范晓雯　　时间：2026年3月12日 09:15', '2026-03-12'],
    ['信息来源：县融媒体中心　发布日期：2026/03/09　阅读：512', '2026-03-09'],
    ['2026-03-11 16:20　来源：灵溪新闻网', '2026-03-11'],
  ])('%s', (fields, date) => {
    const a = crawl(fields);
    expect([a.date, a.dateSource, a.title]).toEqual([date, 'crawl', '青山镇建成竹编产业园']);
  });

  test('an impossible date gives none; a print line outranks the crawl\'s time', () => {
    expect(crawl('发布时间：2026-02-30 08:30　来源：灵溪融媒').date).toBeUndefined();
    const a = segment(`青山镇建成竹编产业园\n来源：灵溪日报　发布时间：2026-03-12 08:30\n本报记者 范晓雯《灵溪日报》（2026年03月11日第 02 版）\n\n3月10日，青山镇竹编产业园建成投用，已有8家企业入驻。\n`)[0]!;
    expect([a.date, a.dateSource]).toEqual(['2026-03-11', 'print-line']);
  });
});

describe('a caption over its photographer\'s credit in brackets on a line of its own (para.caption-over-bracketed-credit)', () => {
  const page = (credit: string): string =>
    `${HEAD}梨园迎来丰收季\n本报记者 甘新宇\n金秋时节，宁塘县石岭镇的8000亩雪梨进入采收期，果农们忙着采摘、分拣、装箱，预计总产量达到1.6万吨。\n\n图为9月20日，石岭镇果农在采摘雪梨。\n${credit}\n\n石岭镇新建冷链仓库\n本报讯（记者 柴晓东）近日，石岭镇新建的冷链仓库投入使用，总库容3000吨，可满足全镇雪梨的储存需求。\n`;
  test.each([['（记者 郁晓晨 摄）', '郁晓晨'], ['（通讯员 洪亮 摄）', '洪亮'], ['（甄子涵 摄）', '甄子涵']])('%s: a photo piece of its own, the feature\'s byline untouched', (credit, name) => {
    const pieces = segment(page(credit));
    expect(pieces.map((p) => p.kind)).toEqual([expect.any(String), 'photo', expect.any(String)]);
    expect(pieces.map(credits)).toEqual([['本报记者 甘新宇'], [`摄影 ${name}`], ['记者 柴晓东']]);
  });

  test('a bracket that credits no photographer leaves the paragraph above as text of the feature', () => {
    const pieces = segment(page('（石岭镇供图）'));
    expect(pieces.map((p) => p.kind)).not.toContain('photo');
    expect(credits(pieces[0]!)).toEqual(['本报记者 甘新宇']);
  });
});

describe('a Uyghur or Kazakh given name printed alone in a byline (byline.turkic-name)', () => {
  test.each([
    ['本报讯（记者 阿依努尔）近日，若羌县新建保鲜冷库两座，总库容5000吨，可满足全镇红枣、蔬菜的储存需求。', ['记者 阿依努尔']],
    ['本报讯（记者 古丽米拉 通讯员 韩晓东）近日，若羌县新建保鲜冷库两座，总库容5000吨，可满足全镇红枣、蔬菜的储存需求。', ['记者 古丽米拉', '通讯员 韩晓东']],
  ])('%s', (text, expected) => {
    const [a] = segment(`${HEAD}若羌县新建两座冷库\n${text}\n`);
    expect(credits(a!)).toEqual(expected);
  });

  test('two characters alone, or words that run on, are no name', () => {
    const [a] = segment(`${HEAD}若羌县新建两座冷库\n本报讯（记者 阿依）近日，若羌县新建保鲜冷库两座，总库容5000吨，可满足全镇红枣、蔬菜的储存需求。\n`);
    expect(credits(a!)).toEqual([]);
  });
});

describe('held-out causes: a credit broken over a narrow column\'s lines, a web editor in round brackets', () => {
  const page = (credit: string[]): string =>
    [HEAD.trim(), '', '高岭镇开展送戏下乡', '4月19日，县文工团走进高岭镇8个村开展', '送戏下乡演出，表演了黄梅戏、花鼓戏等', '节目12个，观看群', ...credit, '县农技中心发放玉米良种', '近日，县农业技术推广中心向全县种粮大', '户发放玉米良种2.3万公斤，并开展播种', '技术培训，受到群众欢迎。（通讯', '员 庹明）', ''].join('\n');
  test.each([
    [['众达3000多人次。（记', '者 滑文静）']],
    [['众达3000多人次。（记者', '滑文静）']],
  ])('%j', (credit) => {
    const pieces = segment(page(credit));
    expect(pieces.map((p) => p.title)).toEqual(['高岭镇开展送戏下乡', '县农技中心发放玉米良种']);
    expect(pieces.map(credits)).toEqual([['记者 滑文静'], ['通讯员 庹明']]);
  });

  test('a bracket closing a line that opened no credit above does not end the paragraph', () => {
    const [a] = segment([HEAD.trim(), '', '高岭镇开展送戏下乡', '记者 滑文静', '4月19日，县文工团（下设演出', '队3支）走进高岭镇8个村开展送', '戏下乡演出，观看群众3000多人。', ''].join('\n'));
    expect(a!.text).toContain('演出队3支）走进高岭镇');
  });

  test('（编辑：某某） closing a crawl is no subhead', () => {
    const [a] = segment('青山镇建成竹编产业园\n来源：灵溪日报　作者：范晓雯\n\n3月10日，青山镇竹编产业园建成投用，已有8家企业入驻。\n园区负责人称，今年产值预计达到5000万元。\n（编辑：屈文）\n');
    expect(a!.subheads ?? []).toEqual([]);
    expect(a!.text).not.toContain('屈文');
  });
});
