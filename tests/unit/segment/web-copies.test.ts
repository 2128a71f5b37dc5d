// Titles, bylines, dates and boundaries of articles as analysts copy them from a county's public account (公众号)
// and from a county government's website, and the items segm6 noticed, seventh round, on text written for these
// tests: the account's name and date line dates the article and is no subtitle, the account's prompts and buttons,
// a list of other pieces' titles, a site's footer and a document's index table are no text, 编辑 | 某某 is no
// credit while 文字｜某某 is, a caption's ▲ line and a notice's salutation stand apart, a dash subtitle under a
// headline after a piece opens the next piece, 时间：… alone under each headline dates a web page's pieces, a
// section heading is the column, and a lead's label is dropped from the text.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}`);
const HEAD = '2026年4月8日 星期三 第3版 综合\n\n';

const BODY = '4月6日，柏溪镇红岩村200亩樱桃陆续成熟，村里组织30多名村民上山采摘。\n红岩村党支部书记甘国强介绍，今年樱桃预计产量80吨，可为村集体增收40万元。\n';

describe('a public account\'s copy (furniture.account-line, furniture.wechat-prompt, furniture.recommend-list)', () => {
  test('the account line dates the article and is no subtitle; prompts, buttons and the list of other titles are no text', () => {
    const [a, ...rest] = segment(`红岩村的樱桃熟了\n柏溪发布 2026-04-07 08:30 四川\n点击蓝字 关注我们\n${BODY}记者：樊思远 通讯员：祁雪梅\n编辑：卓玲 审核：冉光辉\n往期推荐\n柏溪镇召开春耕生产推进会\n这份出行提示请收好\n长按识别二维码关注我们\n阅读原文\n分享 收藏 在看 点赞\n`);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('红岩村的樱桃熟了');
    expect(a!.subtitle).toBeUndefined();
    expect([a!.date, a!.dateSource]).toEqual(['2026-04-07', 'crawl']);
    expect(credits(a!)).toEqual(['记者 樊思远', '通讯员 祁雪梅']);
    expect(a!.text).toMatch(/可为村集体增收40万元。$/);
    expect(a!.text).not.toMatch(/往期推荐|春耕生产推进会|关注|阅读原文|点赞/);
  });

  test('原创 and the account\'s name twice, a date in 年月日 and 发表于 a province; 点击上方蓝字关注“…”, buttons one a line', () => {
    const [a] = segment(`红岩村的樱桃熟了\n原创 柏溪融媒 柏溪融媒 2026年04月07日 19:05 发表于重庆\n↑点击上方蓝字关注“柏溪融媒”\n${BODY}文字｜樊思远 图片｜祁雪梅\n编辑 | 卓玲\n审核 | 冉光辉\n喜欢此内容的人还喜欢\n柏溪镇召开春耕生产推进会\nEND\n点分享\n点收藏\n点在看\n`);
    expect(a!.title).toBe('红岩村的樱桃熟了');
    expect(a!.date).toBe('2026-04-07');
    expect(credits(a!)).toEqual(['作者 樊思远', '摄影 祁雪梅']);
    expect(a!.text).toMatch(/可为村集体增收40万元。$/);
  });

  test('a date and time inside a sentence, a headline that opens with 点赞, prose after 推荐阅读 stay', () => {
    const [a] = segment(`点赞红岩村的樱桃园\n柏溪发布 2026-04-07 08:30\n${BODY}推荐阅读\n本次采摘活动将持续到4月20日，游客可提前预约。\n`);
    expect(a!.title).toBe('点赞红岩村的樱桃园');
    expect(a!.text).toContain('本次采摘活动将持续到4月20日');
    const [b] = segment(`红岩村的樱桃熟了\n\n村里在2026-04-07 08:30举行了开园仪式，共有200多名游客到场。\n${BODY}`);
    expect(b!.text).toContain('2026-04-07 08:30');
    expect(b!.date).toBeUndefined();
    const [c] = segment(`关于举办樱桃采摘节的通知\n\n现将有关事项通知如下，请各村做好准备。\n报到时间 2026年04月10日 08:30\n请各村负责同志准时到红岩村村委会报到。\n`);
    expect(c!.text).toMatch(/报到时间\s*2026年04月10日\s*08:30/);
    expect(c!.date).toBeUndefined();
  });
});

describe('a government site\'s copy (furniture.site-footer, crawl labels of an index table, notice.salutation)', () => {
  test('breadcrumb, field line, buttons, previous and next pieces, the footer: the text is the article\'s', () => {
    const [a] = segment(`当前位置：首页 > 政务公开 > 部门动态\n县林业局开展春季森林防火巡查\n发布时间：2026-03-28 15:10 来源：县林业局 浏览次数：318\n【字体：大 中 小】\n3月27日，凤岗县林业局组织10支巡查队对全县重点林区开展防火巡查。\n县林业局副局长barrier\n`.replace('县林业局副局长barrier\n', '县林业局副局长龙德胜说，清明前后将实行24小时值守。\n') + `【打印本页】【关闭窗口】\n上一篇：县林业局召开造林绿化工作会\n下一篇：县林业局开展林长制培训\n网站地图 | 联系我们 | 使用帮助\n主办单位：凤岗县人民政府办公室 网站标识码：5227000001 黔ICP备06001234号\n扫一扫在手机打开当前页\n`);
    expect(a!.title).toBe('县林业局开展春季森林防火巡查');
    expect(a!.date).toBe('2026-03-28');
    expect(a!.text).toMatch(/实行24小时值守。$/);
  });

  test('a document\'s index table: no text, the publication date (not the date it was written) dates it; the salutation opens the body', () => {
    const [a] = segment(`索引号：115227000012345678/2026-00021\n发文机关：凤岗县人民政府办公室\n成文日期：2026年03月20日\n发文字号：凤府办发〔2026〕9号\n发布日期：2026年03月25日\n主题分类：城乡建设\n凤岗县人民政府办公室关于做好2026年农村危房改造工作的通知\n各乡镇人民政府，县直各部门：\n现将2026年农村危房改造工作有关事项通知如下，请认真抓好落实。\n今年全县计划改造农村危房260户，由县住房和城乡建设局统筹实施。\n`);
    expect(a!.title).toBe('凤岗县人民政府办公室关于做好2026年农村危房改造工作的通知');
    expect(a!.kicker).toBeUndefined();
    expect(a!.date).toBe('2026-03-25');
    expect(a!.text.split('\n')[1]).toBe('各乡镇人民政府，县直各部门：');
    expect(a!.text).not.toMatch(/索引号|发文字号|主题分类/);
  });

  test('a kicker ending in a colon stays the kicker; 主办单位 in an event\'s text stays', () => {
    const [a] = segment(`聚焦和美乡村：\n红岩村的樱桃熟了\n\n4月6日，红岩村樱桃采摘节开幕。\n主办单位：柏溪镇人民政府\n活动将持续到4月20日。\n`);
    expect([a!.kicker, a!.title]).toEqual(['聚焦和美乡村：', '红岩村的樱桃熟了']);
    expect(a!.text).toContain('主办单位：柏溪镇人民政府');
    const [b] = segment(`红岩村的樱桃熟了\n\n${BODY}合作社注册的“红岩樱桃”商标版权所有，已在县市场监管局备案。\n`);
    expect(b!.text).toMatch(/商标版权所有，已在县市场监管局备案。$/);
  });
});

describe('a caption marked ▲ in a web copy is a paragraph of its own (para.marked-caption)', () => {
  test('between two paragraphs of prose', () => {
    const [a] = segment(`红岩村的樱桃熟了\n柏溪发布 2026-04-07 08:30 四川\n4月6日，红岩村200亩樱桃陆续成熟。\n▲村民在樱桃园采摘樱桃\n柏溪鲜果专业合作社今年新建了一座冷库，可储存樱桃30吨。\n`);
    expect(a!.text.split('\n')).toEqual(['红岩村的樱桃熟了', '4月6日，红岩村200亩樱桃陆续成熟。', '▲村民在樱桃园采摘樱桃', '柏溪鲜果专业合作社今年新建了一座冷库，可储存樱桃30吨。']);
  });

  test('a ▲ headline opening its block on a page still titles its brief', () => {
    const pieces = segment(`${HEAD}▲县图书馆开设少儿阅览室\n4月起，县图书馆少儿阅览室对外开放，馆藏图书1.2万册。（记者 甘小芸）\n`);
    expect(pieces.map((p) => p.title)).toEqual(['县图书馆开设少儿阅览室']);
  });
});

describe('a dash subtitle under a headline after a piece opens the next piece (para.dash-subtitle-over-body)', () => {
  const FIRST = '红岩村樱桃喜获丰收\n本报讯（记者 樊思远）4月6日，红岩村200亩樱桃陆续成熟，预计产量80吨。\n今年红岩村樱桃种植面积比去年增加了50亩。\n\n';
  test('headline, dash subtitle and prose in one block after a report', () => {
    const pieces = segment(`${FIRST}一颗樱桃甜了一村人\n——记柏溪镇红岩村果农带头人甘国强\n清晨五点，甘国强就来到樱桃园查看果子的成色。十年来，他带着村民种下了200亩樱桃。\n去年，他牵头成立的合作社收购樱桃60吨，带动果农户均增收8000元。\n`);
    expect(pieces.map((p) => [p.title, p.subtitle ?? ''])).toEqual([['红岩村樱桃喜获丰收', ''], ['一颗樱桃甜了一村人', '记柏溪镇红岩村果农带头人甘国强']]);
    expect(pieces[1]!.text).toMatch(/^一颗樱桃甜了一村人\n记柏溪镇红岩村果农带头人甘国强\n清晨五点/);
  });

  test('the same on a printed page with its running head', () => {
    const pieces = segment(`${HEAD}${FIRST}一颗樱桃甜了一村人\n——记柏溪镇红岩村果农带头人甘国强\n清晨五点，甘国强就来到樱桃园查看果子的成色。十年来，他带着村民种下了200亩樱桃。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['红岩村樱桃喜获丰收', '一颗樱桃甜了一村人']);
    expect(pieces[0]!.text).not.toContain('甘国强');
  });

  test('a profile\'s head at the top of a one-article text stays its head, and a dash inside prose opens nothing', () => {
    const pieces = segment(`一颗樱桃甜了一村人\n——记柏溪镇红岩村果农带头人甘国强\n清晨五点，甘国强就来到樱桃园查看果子的成色。十年来，他带着村民种下了200亩樱桃。\n村民们说起他，都竖起大拇指。\n“好日子是干出来的”\n——这是甘国强常挂在嘴边的一句话。\n`);
    expect(pieces).toHaveLength(1);
    expect([pieces[0]!.title, pieces[0]!.subtitle]).toEqual(['一颗樱桃甜了一村人', '记柏溪镇红岩村果农带头人甘国强']);
  });
});

describe('时间：… alone under each headline dates a web page\'s pieces (furniture.crawl-dated-alone); a section heading is the column (headline.section-head)', () => {
  test('a list of three pieces under a section heading', () => {
    const pieces = segment(`乡镇动态\n柏溪镇举办春季招聘会\n时间：2026-04-02\n4月1日，柏溪镇举办春季招聘会，28家企业提供岗位600余个。\n\n石门乡完成春播备耕\n时间：2026-03-30\n截至3月29日，石门乡已完成春播备耕面积1.2万亩。\n\n龙泉镇开展义诊进村活动\n时间：2026年3月27日 10:15\n3月26日，龙泉镇卫生院医护人员走进5个村开展义诊。\n`);
    expect(pieces.map((p) => [p.title, p.date])).toEqual([['柏溪镇举办春季招聘会', '2026-04-02'], ['石门乡完成春播备耕', '2026-03-30'], ['龙泉镇开展义诊进村活动', '2026-03-27']]);
    expect(pieces[0]!.column).toBe('乡镇动态');
    expect(pieces.every((p) => !p.text.includes('时间：'))).toBe(true);
  });

  test('a notice\'s 时间 and 地点 lines, or 时间 under a numbered subhead, stay its text', () => {
    const [a] = segment(`关于召开全县春季农业生产现场会的通知\n\n各乡镇：\n定于近期召开全县春季农业生产现场会，现将有关事项通知如下。\n会议安排\n时间：2026年4月10日\n地点：柏溪镇红岩村\n请各乡镇分管负责同志准时参会。\n`);
    expect(a!.text).toContain('时间：2026年4月10日');
    expect(a!.date).toBeUndefined();
    const pieces = segment(`关于举办樱桃采摘节的公告\n\n现将有关事项公告如下。\n一、活动时间\n时间：2026年4月10日\n二、活动地点\n柏溪镇红岩村。\n`);
    expect(pieces.map((p) => p.text).join('\n')).toContain('时间：2026年4月10日');
    expect(pieces.every((p) => p.date === undefined)).toBe(true);
  });

  test('本地要闻 over a printed page\'s first headline and its dateline; a short headline over its subtitle keeps its title', () => {
    const pieces = segment(`本地要闻\n柏溪镇举办春季招聘会\n本报讯（记者 甘小芸）4月1日，柏溪镇举办春季招聘会，28家企业提供岗位600余个。\n\n石门乡完成春播备耕\n本报讯（通讯员 祁雪梅）截至3月29日，石门乡已完成春播备耕面积1.2万亩。\n`);
    expect(pieces.map((p) => [p.column ?? '', p.title])).toEqual([['本地要闻', '柏溪镇举办春季招聘会'], ['', '石门乡完成春播备耕']]);
    const [a] = segment(`樱桃红了\n柏溪镇红岩村200亩樱桃迎来采摘季\n本报讯（记者 甘小芸）4月6日，红岩村樱桃陆续成熟，预计产量80吨。\n`);
    expect([a!.column, a!.title]).toEqual([undefined, '樱桃红了']);
  });
});

describe('a lead\'s label is dropped from the text, the lead kept (note.lead-label)', () => {
  test('【导读】 over a crawl\'s headline, 核心提示： under it; an editor\'s note keeps 编者按', () => {
    const [a] = segment(`【导读】今年以来，凤岗县把樱桃产业作为富民产业来抓。\n凤岗县樱桃产值突破3亿元\n发布时间：2026-04-09 09:30 来源：凤岗县融媒体中心\n4月8日，记者从凤岗县农业农村局获悉，全县樱桃种植面积达到5万亩。\n`);
    expect(a!.title).toBe('凤岗县樱桃产值突破3亿元');
    expect(a!.text.split('\n')[1]).toBe('今年以来，凤岗县把樱桃产业作为富民产业来抓。');
    const [b] = segment(`凤岗县樱桃产值突破3亿元\n\n核心提示：全县樱桃种植面积达到5万亩。\n4月8日，记者从凤岗县农业农村局获悉，今年樱桃产值突破3亿元。\n`);
    expect(b!.text).not.toContain('核心提示');
    expect(b!.text).toContain('全县樱桃种植面积达到5万亩。');
    const [c] = segment(`【编者按】今天起，本报推出“樱桃园里的故事”系列报道。\n樱桃园里的新农人\n本报记者 樊思远\n\n在凤岗县红岩村，返乡青年甘小涛种下了30亩樱桃。\n今年他的樱桃卖出了20多万元。\n`);
    expect(c!.text.split('\n')[1]).toMatch(/^【编者按】/);
  });
});

describe('found on the held-out copies and fixed after them: a longer breadcrumb, 【打印此页】, 关注…，了解更多…, 值班主任, 文字：某某融媒体中心记者 (byline.label-over-role)', () => {
  test('a government page: 您当前所在位置 and 【打印此页】 are no text, no title', () => {
    const [a] = segment(`您当前所在位置：首页 > 信息公开 > 工作动态\n县水利局开展汛前安全检查\n来源：县水利局  作者：覃志远  发布时间：2026-04-03 16:20  阅读次数：52\n4月2日，凤岗县水利局对全县12座小型水库开展汛前安全检查。\n【打印此页】 【关闭窗口】\n`);
    expect(a!.title).toBe('县水利局开展汛前安全检查');
    expect(credits(a!)).toEqual(['作者 覃志远']);
    expect(a!.text).toBe('县水利局开展汛前安全检查\n4月2日，凤岗县水利局对全县12座小型水库开展汛前安全检查。');
  });

  test('a public account: 关注…，了解更多…, 值班主任 are no text; 文字：某某融媒体中心记者 names the reporters', () => {
    const [a] = segment(`红岩村的樱桃熟了\n原创 柏溪融媒 柏溪融媒 2026年04月07日 19:05 四川\n关注柏溪融媒，了解更多柏溪资讯\n${BODY}文字：柏溪县融媒体中心记者 樊思远 祁雪梅\n摄影：甘小芸\n值班主任：卓玲\n`);
    expect(credits(a!)).toEqual(['记者 樊思远', '记者 祁雪梅', '摄影 甘小芸']);
    expect(a!.text).toMatch(/^红岩村的樱桃熟了\n4月6日/);
    expect(a!.text).toMatch(/可为村集体增收40万元。$/);
  });

  test('作者：记者 某某 on a page\'s piece; 文字 as a word of prose stays prose', () => {
    const [a] = segment(`红岩村的樱桃熟了\n作者：记者 樊思远\n\n${BODY}`);
    expect(credits(a!)).toEqual(['记者 樊思远']);
    const [b] = segment(`红岩村的樱桃熟了\n\n${BODY}文字记录了村里二十年来的变化，村史馆里陈列着300多张老照片。\n`);
    expect(b!.bylines).toEqual([]);
    expect(b!.text).toContain('文字记录了村里二十年来的变化');
  });
});

describe('a lead over a headline on a page goes with the headline under it, not the piece above (segment.note-above-headline)', () => {
  const ABOVE = '柏溪镇举办春季招聘会\n本报讯（记者 甘小芸）4月1日，柏溪镇举办春季招聘会，28家企业提供岗位600余个。\n现场达成就业意向210人。\n\n';
  test('【导读】 over a headline whose piece opens with a dateline', () => {
    const pieces = segment(`${HEAD}${ABOVE}【导读】今年以来，凤岗县把樱桃产业作为富民产业来抓。\n凤岗县樱桃产值突破3亿元\n本报讯（记者 樊思远）4月8日，记者从凤岗县农业农村局获悉，全县樱桃种植面积达到5万亩。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['柏溪镇举办春季招聘会', '凤岗县樱桃产值突破3亿元']);
    expect(pieces[0]!.text).not.toContain('樱桃');
    expect(pieces[1]!.text.split('\n')[1]).toBe('今年以来，凤岗县把樱桃产业作为富民产业来抓。');
    expect(credits(pieces[1]!)).toEqual(['记者 樊思远']);
  });

  test('核心提示： over a headline and its byline after a feature', () => {
    const pieces = segment(`${HEAD}樱桃园里的新农人\n本报记者 樊思远\n返乡青年甘小涛种下了30亩樱桃，今年卖出了20多万元。\n村里的年轻人也跟着他学种樱桃。\n\n核心提示：全县樱桃种植面积达到5万亩。\n凤岗县樱桃产值突破3亿元\n本报记者 祁雪梅\n今年以来，凤岗县樱桃产值突破3亿元，带动果农户均增收1.2万元。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['樱桃园里的新农人', '凤岗县樱桃产值突破3亿元']);
    expect(pieces[0]!.text).not.toContain('5万亩');
  });

  test('a lead under its headline stays there, and the piece above keeps its text', () => {
    const pieces = segment(`${HEAD}${ABOVE}凤岗县樱桃产值突破3亿元\n【导读】今年以来，凤岗县把樱桃产业作为富民产业来抓。\n本报讯（记者 樊思远）4月8日，全县樱桃种植面积达到5万亩。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['柏溪镇举办春季招聘会', '凤岗县樱桃产值突破3亿元']);
    expect(pieces[0]!.text).toMatch(/现场达成就业意向210人。$/);
    expect(pieces[1]!.text).toContain('今年以来，凤岗县把樱桃产业作为富民产业来抓。');
  });
});
