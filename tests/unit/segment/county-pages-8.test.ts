// Titles, bylines, dates and boundaries on county papers' pages as PDF extraction gives them, eighth round, on text
// written for these tests: a running head whose staff's names are letter-spaced, a section's name under a one-line
// head, the page's date alone at its foot, a dash subtitle read above its title, three headline lines widening
// (kicker, title, subtitle), a letter-spaced name of a rare surname after a role, and a notice's contact fields.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';
import { articleNode } from '../../../src/graph/index.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}`);

const REPORT = '■记者 韦晓丹\n\n本报讯 5月12日，石门镇召开烟叶生产\n现场推进会，全镇今年种植烟叶3200亩，\n预计带动农户增收900万元。\n\n石门镇烟叶生产推进会召开\n';

describe('running heads (page.running-head, page.section-under-head, page.dated-foot)', () => {
  test('a head with the paper\'s name first and the editor letter-spaced at its end dates the page and is no kicker', () => {
    const [a, ...rest] = segment(`枫溪新闻　2026年5月14日　第2版　乡村振兴　责任编辑：冉 静\n\n${REPORT}`);
    expect(rest).toHaveLength(0);
    expect([a!.date, a!.dateSource]).toEqual(['2026-05-14', 'running-head']);
    expect(a!.kicker).toBeUndefined();
    expect(a!.title).toBe('石门镇烟叶生产推进会召开');
    expect(a!.text).not.toMatch(/责任编辑|枫溪新闻/);
  });

  test('the same with a weekday and two staff, each letter-spaced', () => {
    const [a] = segment(`2026年5月15日 星期五 第7版 图片新闻 责任编辑：雷 鸣 美编：石 磊\n\n${REPORT}`);
    expect(a!.date).toBe('2026-05-15');
    expect(a!.text).not.toMatch(/美编|雷 鸣/);
  });

  test('a section\'s name under a one-line head is the head\'s, not the first headline', () => {
    const [a] = segment(`2026年9月3日 星期四 第5版\n法治·平安\n\n${REPORT}`);
    expect(a!.title).toBe('石门镇烟叶生产推进会召开');
    expect(a!.text).not.toMatch(/法治/);
    const [b] = segment(`2026年9月3日 星期四 第5版\n乡村振兴\n\n${REPORT}`);
    expect(b!.title).toBe('石门镇烟叶生产推进会召开');
    expect(b!.text).not.toMatch(/乡村振兴/);
  });

  test('a short headline right under a one-line head stays the headline (not of a section\'s shape)', () => {
    const [a] = segment('2026年9月3日 星期四 第5版\n烟农采收忙\n\n■记者 韦晓丹\n\n本报讯 5月12日，石门镇的烟农正忙着采\n收第一茬烟叶，田间地头一派繁忙景象。\n');
    expect(a!.title).toBe('烟农采收忙');
  });

  test('the page\'s date and weekday alone at its foot is no text and dates an undated page', () => {
    const [a, ...rest] = segment(`${REPORT}\n2026年5月14日　星期四\n`);
    expect(rest).toHaveLength(0);
    expect(a!.subtitle).toBeUndefined();
    expect(a!.date).toBe('2026-05-14');
    expect(a!.text).not.toMatch(/星期四/);
  });

  test('a notice\'s dated sign-off at the page\'s foot (no weekday) stays in the notice', () => {
    const pieces = segment('关于石门镇部分路段临时封闭的通告\n\n因道路改造施工需要，自2026年6月1日起\n对石门镇新街实行临时封闭，请过往车辆\n绕行。\n特此通告。\n\n石门镇人民政府\n2026年5月20日\n');
    expect(pieces[pieces.length - 1]!.text).toMatch(/2026年5月20日$/);
  });
});

describe('headline groups (headline.dash-subtitle-above, para.wider-heading-line, headline.middle-of-three)', () => {
  const BODY = '文/图 本报记者 阮 青\n\n初夏的桐林乡，茶园里一片忙碌。32岁\n的谷雨晴正带着工人修剪茶树。\n2020年，她从省城辞职回乡，流转了\n200亩荒山种茶。\n';

  test('a ——记 line read above its title is the subtitle; the other line is the title', () => {
    const [a] = segment(`2026年6月2日 星期二\n第4版\n人物\n\n——记桐林乡返乡青年谷雨晴\n\n荒山坡上\n种出“致富茶”\n\n${BODY}`);
    expect(a!.title).toBe('荒山坡上种出“致富茶”');
    expect(a!.subtitle).toBe('记桐林乡返乡青年谷雨晴');
    expect(credits(a!)).toEqual(['本报记者 阮青']);
  });

  test('a ——记 line under its title is the subtitle, as before', () => {
    const [a] = segment(`2026年6月2日 星期二\n第4版\n人物\n\n荒山坡上种出“致富茶”\n——记桐林乡返乡青年谷雨晴\n\n${BODY}`);
    expect(a!.title).toBe('荒山坡上种出“致富茶”');
    expect(a!.subtitle).toBe('记桐林乡返乡青年谷雨晴');
  });

  test('three headline lines, each wider than the one above: the kicker, the title, the subtitle', () => {
    const [a] = segment(`2026年7月8日 星期三 第4版 文体\n\n文化惠民\n戏曲进乡村“唱”出好日子\n县剧团今年将在46个行政村巡演120场次\n\n■记者 阮 青\n\n本报讯 7月6日，县剧团走进桐林乡开展\n送戏下乡演出，300多名村民观看。\n`);
    expect(a!.kicker).toBe('文化惠民');
    expect(a!.title).toBe('戏曲进乡村“唱”出好日子');
    expect(a!.subtitle).toBe('县剧团今年将在46个行政村巡演120场次');
  });

  test('a title broken by design over two lines, the first shorter, stays one title', () => {
    const [a] = segment(`2026年7月8日 星期三 第4版 文体\n\n桐林乡中心小学\n获评省级文明校园示范学校\n\n■记者 阮 青\n\n本报讯 7月6日，省文明办公布了第三批\n省级文明校园示范学校名单。\n`);
    expect(a!.title).toBe('桐林乡中心小学获评省级文明校园示范学校');
    expect(a!.kicker).toBeUndefined();
    expect(a!.subtitle).toBeUndefined();
  });

  test('a title broken into three short lines stays one title', () => {
    const [a] = segment(`2026年7月8日 星期三 第4版 文体\n\n山沟里\n飞出\n“金凤凰”\n\n■记者 阮 青\n\n本报讯 7月6日，桐林乡山背村的舞龙队\n在全省农民运动会上夺得金奖。\n`);
    expect(a!.title).toBe('山沟里飞出“金凤凰”');
  });
});

describe('a letter-spaced name after a role, whatever its surname (byline.letter-spaced-name)', () => {
  test('■记者 火 旭 摄 under a caption credits the photographer; the headline after it is the photo\'s', () => {
    const [a, ...rest] = segment('2026年6月12日 星期五 第7版 图片新闻\n\n6月10日，桐林乡的农户在田间采收辣椒。\n今年全乡种植线辣椒1.2万亩。\n■记者 火 旭 摄\n\n辣椒丰收\n');
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('辣椒丰收');
    expect(credits(a!)).toEqual(['摄影 火旭']);
  });

  test('（记者 火 旭 摄） on its own line under a caption, and 作者：占 越 under a commentary\'s title', () => {
    const [a] = segment('2026年6月12日 星期五 第7版 图片新闻\n\n6月11日，县第一中学的学生在操场上进行\n体育锻炼。\n（记者 火 旭 摄）\n\n阳光体育\n');
    expect(credits(a!)).toEqual(['摄影 火旭']);
    expect(a!.text).not.toMatch(/记者/);
    const [c] = segment('■ 溪 语\n\n近来，不少市民反映，老旧小区加装电梯\n难，邻里之间为此闹得不太愉快。\n加装电梯是民生实事，破解难题要靠协商。\n\n“加梯”难题需要协商来破解\n\n作者：占 越\n');
    expect(credits(c!)).toContain('作者 占越');
    expect(c!.subtitle).toBeUndefined();
  });

  test('two characters spaced apart inside a dateline\'s sentence are no name', () => {
    const pieces = segment('2026年6月12日 星期五 第7版 综合\n\n■记者 韦晓丹\n\n本报讯 记者 看 到，桐林乡的茶农正在\n采摘春茶，田间地头一片繁忙景象。\n\n桐林乡春茶开采\n');
    expect(pieces.flatMap(credits)).toEqual(['记者 韦晓丹']);
  });

  test('three characters spaced apart after a role are not read as one letter-spaced name of any surname', () => {
    const pieces = segment('2026年6月12日 星期五 第7版 图片新闻\n\n6月10日，桐林乡的农户在田间采收辣椒。\n今年全乡种植线辣椒1.2万亩。\n■记者 火 小 旭 摄\n\n辣椒丰收\n');
    expect(pieces.flatMap(credits)).not.toContain('摄影 火小旭');
  });
});

describe('a caption closing with its photographer (para.caption-closing-credit)', () => {
  const REPORT8 = '■记者 韦晓丹\n\n本报讯 8月18日，石门镇古佑村的沙田柚\n种植基地迎来采摘季，主播在田间直播带\n货，当天销售柚子1.2万斤。\n';

  test('a block of one short paragraph closing with 通讯员 某某 摄 is a photo piece, not the report\'s last paragraph', () => {
    const pieces = segment(`2026年8月20日 星期四 第3版 民生\n\n沙田柚“触网”卖出好价钱\n\n${REPORT8}\n8月19日，在石门镇城南社区，志愿者\n为老人测量血压。　通讯员 黎 明 摄\n`);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.text).not.toMatch(/血压/);
    expect(credits(pieces[0]!)).toEqual(['记者 韦晓丹']);
    expect(pieces[1]!.kind).toBe('photo');
    expect(credits(pieces[1]!)).toEqual(['摄影 黎明']);
  });

  test('a report\'s paragraph in a block of its own with no credit, or a long one, stays the report\'s', () => {
    const pieces = segment(`2026年8月20日 星期四 第3版 民生\n\n沙田柚“触网”卖出好价钱\n\n${REPORT8}\n8月19日，石门镇又组织10名主播走进果\n园，为种植户讲解直播技巧。\n`);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.text).toMatch(/直播技巧。$/);
  });
});

describe('a notice\'s contact fields (para.field-line)', () => {
  test('报名地址： and 面试地点： lines stay in the advertisement, no piece of their own', () => {
    const pieces = segment('2026年10月15日 星期四 第8版 公告\n\n招聘启事\n\n桐林茶业有限公司因生产需要，现面向社会\n招聘以下人员：\n一、制茶工20名，年龄18至50周岁。\n二、销售员5名，大专及以上学历。\n报名地址：桐林乡工业园茶香路6号\n面试地点：公司综合楼二楼\n联系电话：0736-7261188\n');
    expect(pieces.map((a) => a.title)).toEqual(['招聘启事']);
    expect(pieces[0]!.text).toMatch(/面试地点：公司综合楼二楼/);
    const notice = segment('2026年10月15日 星期四 第8版 公告\n\n征稿启事\n\n为丰富本版内容，现面向全县征集反映群众\n文化生活的稿件和图片。\n投稿邮箱：tl2026@126.com\n联系人：阮老师\n');
    expect(notice.map((a) => a.title)).toEqual(['征稿启事']);
  });

  test('a headline that opens with 报名 but is no field stays a headline', () => {
    const pieces = segment(`2026年10月15日 星期四 第8版 综合\n\n${REPORT}\n报名工作顺利开展\n\n■记者 韦晓丹\n\n本报讯 10月12日，县里2026年征兵报名\n工作顺利开展，已有300余人报名。\n`);
    expect(pieces.map((a) => a.title)).toContain('报名工作顺利开展');
  });
});

describe('the outlet a copy was taken from (article.outlet-from-account, article.outlet-from-source)', () => {
  const BODY = '5月6日，白石镇大坪村200亩蓝莓陆续成熟，村里组织40多名村民采摘。\n大坪村党支部书记蒙德贵介绍，今年蓝莓预计产量60吨，可为村集体增收30万元。\n';

  test('a public account\'s name on its date line is the article\'s outlet, on the graph\'s Article node too', () => {
    const [a] = segment(`大坪村的蓝莓熟了\n原创 白石融媒 白石融媒 2026年05月07日 19:05 发表于贵州\n${BODY}`);
    expect(a!.outlet).toBe('白石融媒');
    expect(a!.newspaper).toBeUndefined();
    expect(a!.rules).toContain('article.outlet-from-account');
    expect(articleNode(a!).properties.outlet).toBe('白石融媒');
    const [b] = segment(`大坪村的蓝莓熟了\n白石发布 2026-05-07 08:30 贵州\n${BODY}`);
    expect(b!.outlet).toBe('白石发布');
  });

  test('a crawl\'s source field or a closing source note that names no paper is the outlet', () => {
    const [a] = segment(`大坪村的蓝莓熟了\n发布时间：2026-05-07 10:21　来源：白石县融媒体中心　浏览次数：236\n${BODY}`);
    expect(a!.outlet).toBe('白石县融媒体中心');
    const [b] = segment(`大坪村的蓝莓熟了\n${BODY}（来源：白石县农业农村局）\n`);
    expect(b!.outlet).toBe('白石县农业农村局');
  });

  test('a source naming a paper gives the paper and no outlet; a source of several outlets gives none', () => {
    const [a] = segment(`大坪村的蓝莓熟了\n发布时间：2026-05-07 10:21　来源：白石日报　浏览次数：236\n${BODY}`);
    expect(a!.newspaper).toBe('白石日报');
    expect(a!.outlet).toBeUndefined();
    const [b] = segment(`大坪村的蓝莓熟了\n发布时间：2026-05-07 10:21　来源：人民网、新华网\n${BODY}`);
    expect(b!.outlet).toBeUndefined();
    const [c] = segment(`大坪村的蓝莓熟了\n${BODY}`);
    expect(c!.outlet).toBeUndefined();
  });
});
