// Conventions of other papers' text pages, one at a time, on sentences written for these tests: bylines printed
// without brackets after the dateline, credits closing a piece, a commentary signed by the paper, briefs' marks,
// captions over a photographer's credit, notices, and the page furniture that belongs to no article.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const HEAD = '2027年3月2日 星期二 第5版 城事\n\n';
const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article | undefined): string[] => (a?.bylines ?? []).map((b) => `${b.role} ${b.name}`);
const prose = '全镇今年新建口袋公园6个，改造背街小巷14条，居民出门五分钟就能走进绿地。';

describe('a byline printed without brackets after the dateline', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a space ends it', `江城镇试行夜间集市\n\n本报讯 记者 潘宇航 6月2日晚，江城镇首个夜间集市开市。\n${prose}\n`, ['记者 潘宇航']],
    ['full-width spaces, two roles', `北塘社区添了共享书屋\n\n　　本报6月3日讯　通讯员　卫嘉怡　记者　钟涛　昨天，北塘社区共享书屋正式开放。\n　　${prose}\n`, ['通讯员 卫嘉怡', '记者 钟涛']],
    ['a line break ends it', `南门菜场完成改造\n\n本报讯 记者 司马婧\n近日，南门菜场完成提升改造，\n摊位由82个增加到120个。\n${prose}\n`, ['记者 司马婧']],
    ['a letter-spaced name', `东渡码头恢复通航\n\n本报讯 记者 顾  宁 3月1日，东渡码头恢复通航，首班客轮载客96人。\n${prose}\n`, ['记者 顾宁']],
    ['no byline: the reporter learned something', `城区新增停车位\n\n本报讯 记者近日从市住建局了解到，城区今年将新增停车位3000个。\n${prose}\n`, []],
    ['no byline: a quotation opens the report', `老街换新颜\n\n本报讯 “记者同志，你看这路多平整。”家住老街的陶师傅说。\n${prose}\n`, []],
  ];
  test.each(cases)('%s', (_name, body, expected) => {
    const [a] = segment(HEAD + body);
    expect(credits(a)).toEqual(expected);
  });
});

describe('credits that close a piece', () => {
  const brief = (close: string): string => `${HEAD}河西村修好了机耕路\n\n今年以来，河西村修建机耕路3.5公里，方便农机下田作业。${close}\n`;
  const cases: Array<[string, string, string[]]> = [
    ['one name', '（晏子墨）', ['作者 晏子墨']],
    ['two names', '（周子墨 程一帆）', ['作者 周子墨', '作者 程一帆']],
    ['a letter-spaced name on its own line', '\n（柯  岚）', ['作者 柯岚']],
    ['a role and names on their own line', '\n（记者 蒋  蓉 通讯员 华一舟）', ['记者 蒋蓉', '通讯员 华一舟']],
    ['a byline closed by 整理', '\n（本报记者 蒋  蓉 整理）', ['本报记者 蒋蓉']],
    ['a photographer in brackets', '（通讯员 华一舟 摄）', ['摄影 华一舟']],
    ['an agency mark is no author', '（新华）', []],
    ['a serial mark is no author', '（待续）', []],
    ['words in brackets inside the text are no author', '（试行）村里还将继续修路。', []],
  ];
  test.each(cases)('%s', (_name, close, expected) => {
    const pieces = segment(brief(close));
    expect([pieces.length, pieces[0]?.title, credits(pieces[0])]).toEqual([1, '河西村修好了机耕路', expected]);
  });
});

describe('headlines, signatures and slash credits', () => {
  test('a kicker leading in with a dash ends its line of a three-line headline', () => {
    const [a] = segment(`${HEAD}推进城乡融合——\n石泉镇首批“共富班车”开通\n——惠及沿线11个行政村\n\n本报讯（记者 鲁一鸣）${prose}\n`);
    expect([a!.kicker, a!.title, a!.subtitle]).toEqual(['推进城乡融合——', '石泉镇首批“共富班车”开通', '惠及沿线11个行政村']);
  });

  test('本报评论员 alone signs a commentary, naming no one', () => {
    const [a] = segment(`${HEAD}把实事办到群众心坎上\n\n本报评论员\n\n　　${prose}\n　　${prose}\n`);
    expect([a!.kind, a!.title, a!.bylines]).toEqual(['commentary', '把实事办到群众心坎上', []]);
  });

  const slash: Array<[string, string, string[]]> = [
    ['letter-spaced names with their credits', '柯  蓝/文 聂小川/图', ['作者 柯蓝', '摄影 聂小川']],
    ['full-width slashes', '邬婷婷／文　车  骏／图', ['作者 邬婷婷', '摄影 车骏']],
    ['a report in photographs: 摄影报道 credits photographers', '记者 宋一鸣 摄影报道', ['摄影 宋一鸣']],
    ['图/ before a role credits its names with the photographs', '文/本报记者 裴思远 图/本报通讯员 欧阳敏', ['本报记者 裴思远', '摄影 欧阳敏']],
  ];
  test.each(slash)('%s', (_name, byline, expected) => {
    const [a] = segment(`${HEAD}山里的民宿火了\n${byline}\n五一假期，青杉村21家民宿全部客满，游客大多来自周边城市。\n${prose}\n`);
    expect([a!.title, credits(a)]).toEqual(['山里的民宿火了', expected]);
  });
});

describe('briefs, captions and notices', () => {
  test('marked lines alone over one paragraph are briefs; inside a report they stay subheads', () => {
    const page = `${HEAD}■梅林镇举办插秧比赛\n5月20日，梅林镇在东畈村举办插秧比赛，40名农民参赛。（通讯员 柴晓雯）\n\n▲城东小学开设劳动课\n本学期起，城东小学每周开设一节劳动课，学生在校园菜园种植蔬菜。（许一凡）\n`;
    const pieces = segment(page);
    expect(pieces.map((a) => [a.kind, a.title, credits(a)])).toEqual([
      ['brief', '梅林镇举办插秧比赛', ['通讯员 柴晓雯']],
      ['brief', '城东小学开设劳动课', ['作者 许一凡']],
    ]);
    const report = `${HEAD}城西片区改造提速\n\n本报讯（记者 毛雨晴）${prose}\n■拆迁进度过半\n${prose}\n${prose}\n■安置方案出炉\n${prose}\n${prose}\n`;
    const inReport = segment(report);
    expect([inReport.length, inReport[0]!.title]).toEqual([1, '城西片区改造提速']);
    expect(inReport[0]!.text).toContain('■拆迁进度过半');
  });

  test('a short paragraph over a photographer\'s credit is a photo piece of its own', () => {
    const page = `${HEAD}桥头镇完成河道清淤\n\n本报讯（记者 钮佳）${prose}\n${prose}\n\n4月28日，游客在桥头镇油菜花田里拍照。\n通讯员 阮晓燕 摄\n`;
    const pieces = segment(page);
    expect(pieces.map((a) => [a.kind, a.title, credits(a)])).toEqual([
      ['news', '桥头镇完成河道清淤', ['记者 钮佳']],
      ['photo', '', ['摄影 阮晓燕']],
    ]);
  });

  test('a notice\'s dated sign-off and an advertisement\'s contact lines are no headlines', () => {
    const page = `${HEAD}通  告\n\n　　因道路施工，红旗路将于6月1日至6月30日封闭，请过往车辆绕行。\n　　特此通告。\n\n江城市公安局交通警察支队\n2027年5月25日\n\n招  租\n\n　　江城市农贸市场有商铺12间对外招租，面积30至60平方米。\n　　联系电话：13857012345\n　　地址：江城市解放路66号\n`;
    expect(segment(page).map((a) => [a.title, a.paragraphs.length])).toEqual([['通告', 3], ['招租', 3]]);
  });
});

describe('page furniture', () => {
  test('staff lines, e-paper navigation, jump lines and a column heading belong to no article', () => {
    const page = `${HEAD}版面导航　扫码阅读\n\n快讯\n\n白塔湖湿地迎来候鸟\n\n本报讯（记者 包晓晨）${prose}\n今年湿地监测到候鸟42种，比去年多7种。（下转第6版）\n\n责任编辑：邢  雪　美编：车一鸣\n`;
    const pieces = segment(page);
    expect(pieces.map((a) => [a.title, credits(a)])).toEqual([['白塔湖湿地迎来候鸟', ['记者 包晓晨']]]);
    const a = pieces[0]!;
    expect(a.text).not.toMatch(/下转|责任编辑|扫码|快讯/);
    expect(a.text).toMatch(/比去年多7种。$/);
    expect(a.rules).toEqual(expect.arrayContaining(['furniture.page-staff', 'furniture.e-paper', 'furniture.column-head', 'furniture.jump-line-end']));
  });

  test('a page that opens with a running head is a page, even one article long in lines of paragraphs', () => {
    const text = `柳塘镇办起“村晚”\n\n本报讯（记者 景一帆）${prose}\n${prose}\n`;
    expect(segment(text)[0]!.rules).toContain('layout.one-article');
    const [a] = segment(HEAD + text);
    expect([a!.title, a!.rules.includes('layout.page-with-running-head'), a!.rules.includes('layout.one-article')]).toEqual(['柳塘镇办起“村晚”', true, false]);
  });
});

describe('heads and credits of evening papers and features', () => {
  test('headline lines set with one indent are one group: a title wrapped over two lines, then a dash subtitle', () => {
    const page = `${HEAD}  桃源村“共享菜园”\n  开园迎客\n  ——首批120户居民认领菜地\n\n  ■记者 申一帆\n\n    本报讯 6月1日，桃源村的\n共享菜园正式开园，首批120户\n居民认领了菜地。\n    菜园由村集体统一平整土地、\n铺设灌溉管道。\n`;
    const [a] = segment(page);
    expect([a!.title, a!.subtitle, credits(a)]).toEqual(['桃源村“共享菜园”开园迎客', '首批120户居民认领菜地', ['记者 申一帆']]);
  });

  test('an evening paper\'s 晚报讯 opens a report, and on unwrapped lines each headline line is whole', () => {
    const page = `${HEAD}游泳馆暑期开放时间公布\n学生凭证件享受半价\n\n　　晚报讯（记者 常思雨）记者昨天从市体育局获悉，全市8家公共游泳馆将于7月1日起实行暑期开放时间。\n　　${prose}\n`;
    const [a] = segment(page);
    expect([a!.title, a!.subtitle, a!.dateline, credits(a)]).toEqual(['游泳馆暑期开放时间公布', '学生凭证件享受半价', '晚报讯', ['记者 常思雨']]);
  });

  test('a sidebar under an article (■新闻链接) stays in it', () => {
    const page = `${HEAD}古桥完成修缮\n　　本报讯（记者 尹晓东）近日，建于明代的永安桥完成修缮，重新向游人开放。\n\n　　■新闻链接\n　　永安桥始建于明代万历年间，全长46米，是全县现存最长的石拱桥。\n`;
    const pieces = segment(page);
    expect(pieces.map((a) => a.title)).toEqual(['古桥完成修缮']);
    expect(pieces[0]!.text).toContain('全县现存最长的石拱桥。');
  });

  test('a note on the author closes a piece, and names with 文 set apart are its writers', () => {
    const page = `${HEAD}老屋里的读书声\n\n　　苏婉清　文\n　　${prose}\n　　${prose}\n\n（作者单位：江城市实验小学）\n\n星空下的露营地\n\n　　欧阳明  程  雪　文\n　　${prose}\n`;
    expect(segment(page).map((a) => [a.title, a.kicker ?? '', credits(a)])).toEqual([
      ['老屋里的读书声', '', ['作者 苏婉清']],
      ['星空下的露营地', '', ['作者 欧阳明', '作者 程雪']],
    ]);
  });
});


describe('narrow columns, names alone and notes above the headline', () => {
  test('a bracketed credit broken over lines closes its body, a name broken at the line end included', () => {
    const page = `${HEAD}关注夏收：\n东岭村麦收\n进度过半\n\n本报讯 6月2日，东岭\n村的800亩小麦已收割过\n半，村里组织了12台收割\n机抢收。\n（通讯员 葛晓彤 汤\n一帆）\n\n荷塘村办起\n莲子加工坊\n\n本报讯 荷塘村的莲子加\n工坊日前投产，每天可加\n工鲜莲2吨。（记者 余\n一凡）\n`;
    expect(segment(page).map((a) => [a.kicker ?? '', a.title, credits(a)])).toEqual([
      ['关注夏收：', '东岭村麦收进度过半', ['通讯员 葛晓彤', '通讯员 汤一帆']],
      ['', '荷塘村办起莲子加工坊', ['记者 余一凡']],
    ]);
  });

  test('a name alone under a title or closing a piece is its author; an editor\'s note above a headline opens its piece', () => {
    const page = `${HEAD}　　编者按　菜市场也能成为城市的风景吗？本版刊发两位读者的来稿。\n　　——编　者\n\n菜市场里的烟火气\n\n胡晓梅\n\n　　${prose}\n　　${prose}\n\n让早市更规范\n\n　　${prose}\n\n赵一鸣\n`;
    const pieces = segment(page);
    expect(pieces.map((a) => [a.title, credits(a)])).toEqual([
      ['菜市场里的烟火气', ['作者 胡晓梅']],
      ['让早市更规范', ['作者 赵一鸣']],
    ]);
    expect(pieces[0]!.editorsNote).toBeDefined();
    expect(pieces[0]!.text.slice(pieces[0]!.editorsNote!.start, pieces[0]!.editorsNote!.end)).toContain('本版刊发两位读者的来稿。');
  });

  test('a short title of a common word is no name', () => {
    const page = `${HEAD}高温来袭\n\n　　${prose}\n\n江南春\n\n　　${prose}\n`;
    expect(segment(page).map((a) => [a.title, credits(a)])).toEqual([['高温来袭', []], ['江南春', []]]);
  });

  test('a byline line between two pieces goes with the one whose body prints no byline of its own', () => {
    const page = `${HEAD}湖滨公园音乐节开幕\n\n本报讯（记者 施晓东）6月3日晚，湖滨公园夏季音乐节开幕，首场演出吸引市民2000余人。\n${prose}\n\n文/韩思雨\n\n老城区雨污分流改造完工\n\n今年以来，老城区完成雨污分流改造管网18公里，困扰居民多年的污水外溢问题得到解决。\n${prose}\n`;
    expect(segment(page).map((a) => [a.title, credits(a)])).toEqual([
      ['湖滨公园音乐节开幕', ['记者 施晓东']],
      ['老城区雨污分流改造完工', ['作者 韩思雨']],
    ]);
  });
});
