// Conventions of e-paper crawls and of front pages, one at a time, on sentences written for these tests: a crawl's
// line of fields (来源：…　作者：…　发布时间：…), its buttons and breadcrumbs, a web page's editors, source notes and
// 原标题, bylines with units in brackets, names in Latin letters and 文 before a photographer's role; on pages a
// masthead, a table of contents, a sponsor's head, a piece carried over from another page and a kicker read after
// its title.
import { pagesOf } from '../../../src/ingest/index.js';
import { parseRunningHead, splitPages } from '../../../src/ingest/pages.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article | undefined): string[] => (a?.bylines ?? []).map((b) => `${b.role} ${b.name}${b.unit ? `（${b.unit}）` : ''}`);
const body = (a: Article): string => a.text.slice(a.bodySpan.start, a.bodySpan.end);
const p1 = '　　今年以来，梅岭镇新建村级冷链仓储点7个，农产品损耗率下降了四成。';
const p2 = '　　镇农业服务中心主任陆长庚介绍，冷链仓储点由村集体经营，每年为村集体增收12万元。';

describe('a crawl\'s line of fields: its authors are the article\'s, its source names the paper, the line is no text', () => {
  const cases: Array<[string, string, string[], string | undefined]> = [
    ['after the title', `梅岭镇冷链仓储点建到村口\n来源：岩州日报　　作者：祁望舒　　发布时间：2026-04-03 09:12\n\n${p1}\n${p2}\n`, ['作者 祁望舒'], '岩州日报'],
    ['before the title, with a date and time first', `2026-04-03 09:12:40　来源：梅岭融媒　作者：祁望舒 房小满\n梅岭镇冷链仓储点建到村口\n\n${p1}\n${p2}\n`, ['作者 祁望舒', '作者 房小满'], undefined],
    ['a government site\'s labels', `梅岭镇冷链仓储点建到村口\n信息来源：梅岭镇人民政府　　发布日期：2026-04-03　　字号：大 中 小\n\n${p1}\n${p2}\n`, [], undefined],
    ['a source with the time after it', `梅岭镇冷链仓储点建到村口\n来源：岩州晚报　2026-04-03 07:45\n\n${p1}\n${p2}\n`, [], '岩州晚报'],
    ['each field in brackets, before the title', `【来源：岩州新闻网】【作者：房小满】【时间：2026-04-03 16:20】\n梅岭镇冷链仓储点建到村口\n\n${p1}\n${p2}\n`, ['作者 房小满'], undefined],
    ['role fields keep their roles', `来源：岩州日报　　记者：祁望舒　　通讯员：柴  蔚　　编辑：阮清禾\n梅岭镇冷链仓储点建到村口\n\n${p1}\n${p2}\n`, ['记者 祁望舒', '通讯员 柴蔚'], '岩州日报'],
    ['an author in Latin letters beside a Chinese one', `梅岭镇冷链仓储点建到村口\n来源：岩州日报　作者：祁望舒　Laura Benson\n\n${p1}\n${p2}\n`, ['作者 祁望舒', '作者 Laura Benson'], '岩州日报'],
  ];
  test.each(cases)('%s', (_name, text, expected, paper) => {
    const [a, ...rest] = segment(text);
    expect([rest.length, a!.title, a!.subtitle, a!.kicker, credits(a), a!.newspaper]).toEqual([0, '梅岭镇冷链仓储点建到村口', undefined, undefined, expected, paper]);
    expect(body(a!)).toMatch(/^今年以来/);
    expect(a!.text).not.toMatch(/来源|发布|字号/);
    expect(a!.rules).toContain('furniture.crawl-meta');
  });

  test('a notice\'s fields are no crawl\'s: 时间 and 地点 stay in the body', () => {
    const [a] = segment(`梅岭镇举办冷链技术培训\n\n${p1}\n　　时间：4月10日上午9时　地点：镇农业服务中心三楼\n${p2}\n`);
    expect(body(a!)).toContain('时间：4月10日上午9时');
  });

  test('an interviewer\'s question stays in the body', () => {
    const [a] = segment(`冷链仓储怎么建\n\n${p1}\n　　记者：村里为什么要建冷链仓储点？\n${p2}\n`);
    expect(body(a!)).toContain('记者：村里为什么要建冷链仓储点？');
    expect(credits(a)).toEqual([]);
  });
});

test('a JSONL record\'s text keeps no crawl furniture; its field line still names the authors', () => {
  const record = { title: '梅岭镇冷链仓储点建到村口', text: `来源：岩州日报　　作者：祁望舒\n${p1}\n${p2}\n编辑：阮清禾　　审核：钟  渝\n（稿件来源：梅岭镇党政办）` };
  const [a] = pagesOf('t.jsonl', Buffer.from(JSON.stringify(record) + '\n'), {}).flatMap((p) => segmentPage(p));
  expect([a!.title, credits(a), a!.newspaper]).toEqual(['梅岭镇冷链仓储点建到村口', ['作者 祁望舒'], '岩州日报']);
  expect(body(a!)).toMatch(/^今年以来[^]*增收12万元。$/);
});

describe('what a web page prints around an article is dropped', () => {
  const cases: Array<[string, string]> = [
    ['buttons under the title', '【字体：大 中 小】　　分享到：'],
    ['print and close buttons', '【打印】【关闭】'],
    ['a count of views', '浏览次数：318'],
    ['where to share it', '分享到：微信　微博　QQ空间'],
    ['a breadcrumb', '首页 > 新闻中心 > 乡镇动态'],
    ['the page\'s position', '当前位置：首页 >> 乡镇动态'],
    ['the original title', '原标题：冷链点建到家门口　农产品不再愁'],
  ];
  test.each(cases)('%s', (_name, line) => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n${line}\n\n${p1}\n${p2}\n`);
    expect([a!.title, a!.subtitle, a!.kicker]).toEqual(['梅岭镇冷链仓储点建到村口', undefined, undefined]);
    expect(a!.text).not.toContain(line.slice(0, 4));
  });

  const closing: Array<[string, string]> = [
    ['a source note', '（来源：岩州日报）'],
    ['a manuscript\'s source', '（稿件来源：梅岭镇党政办）'],
    ['a web page\'s editors', '编辑：阮清禾　　审核：钟  渝　　终审：蒲一舟'],
    ['an editor in brackets', '【责任编辑：柏  川】'],
  ];
  test.each(closing)('%s closing the article credits no one', (_name, line) => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n本报记者 祁望舒\n\n${p1}\n${p2}\n${line}\n`);
    expect(credits(a)).toEqual(['本报记者 祁望舒']);
    expect(body(a!)).toMatch(/增收12万元。$/);
  });

  test('a source note naming a paper gives the article its paper', () => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n本报记者 祁望舒\n\n${p1}\n${p2}\n（本文来源：岩州日报）\n`);
    expect(a!.newspaper).toBe('岩州日报');
    const [b] = segment(`梅岭镇冷链仓储点建到村口\n本报记者 祁望舒\n\n${p1}\n${p2}\n（稿件来源：梅岭镇党政办）\n`);
    expect(b!.newspaper).toBeUndefined();
  });

  test('a graphic\'s credits closing a one-article text are still credits', () => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n本报记者 祁望舒\n\n${p1}\n${p2}\n制图：蒲一舟\n`);
    expect(credits(a)).toEqual(['本报记者 祁望舒', '制图 蒲一舟']);
  });
});

describe('bylines as e-paper crawls print them', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a unit in brackets after each correspondent', '本报记者 房小满　通讯员 公孙若谷（县林业局）　柴  蔚（县水利局）', ['本报记者 房小满', '通讯员 公孙若谷（县林业局）', '通讯员 柴蔚（县水利局）']],
    ['two correspondents of one unit', '通讯员 裘一鸣 温  岚（梅岭镇）', ['通讯员 裘一鸣（梅岭镇）', '通讯员 温岚（梅岭镇）']],
    ['a name in Latin letters', '记者 房小满 实习生 Daniel Brooks', ['记者 房小满', '实习生 Daniel Brooks']],
    ['文 set apart before the photographer\'s role', '本报记者 柴  蔚 文　通讯员 裘一鸣 摄', ['本报记者 柴蔚', '摄影 裘一鸣']],
    ['文 after a whole name before the photographer\'s role', '记者 房小满 文 通讯员 温  岚 摄', ['记者 房小满', '摄影 温岚']],
    ['a unit in brackets, then a name of no unit', '本报记者 房小满　通讯员 柴  蔚（梅岭镇）　Grace Holt', ['本报记者 房小满', '通讯员 柴蔚（梅岭镇）', '通讯员 Grace Holt']],
    ['ethnic names with their dots', '◎ 文/阿依古丽·买买提　热合曼·吐尔洪', ['作者 阿依古丽·买买提', '作者 热合曼·吐尔洪']],
  ];
  test.each(cases)('%s', (_name, line, expected) => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n${line}\n\n${p1}\n${p2}\n`);
    expect([a!.title, credits(a)]).toEqual(['梅岭镇冷链仓储点建到村口', expected]);
  });

  test('a caption\'s photographer by role and name after its last sentence', () => {
    for (const [credit, expected] of [['记者 房小满 摄', ['摄影 房小满']], ['通讯员 柴  蔚 裘一鸣 摄', ['摄影 柴蔚', '摄影 裘一鸣']]] as const) {
      const [a] = segment(`梅岭镇冷链仓储点建到村口\n\n${p1}\n▲ 梅岭镇村民在冷链仓储点分拣杨梅。　${credit}\n${p2}\n`);
      expect(credits(a)).toEqual(expected);
    }
    // A sentence that ends in 摄 after a role word is no credit.
    const [b] = segment(`梅岭镇冷链仓储点建到村口\n\n${p1}\n　　仓储点建成后，记者前去拍摄。\n${p2}\n`);
    expect(credits(b)).toEqual([]);
  });

  test('a bracket that holds no unit is no byline', () => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n\n${p1}\n　　通讯员 裘一鸣（左）正在查看仓储温度。\n${p2}\n`);
    expect(credits(a)).toEqual([]);
  });

  test('Latin letters that are no name are no byline', () => {
    const [a] = segment(`梅岭镇冷链仓储点建到村口\n\n${p1}\n　　记者 APP 下载量突破5万次\n${p2}\n`);
    expect(credits(a)).toEqual([]);
  });
});

describe('a front page\'s masthead and table of contents', () => {
  const masthead = '岩州日报\nYANZHOU RIBAO\n中共岩州县委机关报\n国内统一连续出版物号 CN35-0142\n2026年4月3日 星期五\n农历丙午年二月十六\n今日8版　第7012期\n天气：晴转多云 12℃～21℃\n\n';
  const piece = '梅岭镇冷链仓储点建到村口\n本报记者 祁望舒\n本报讯 今年以来，梅岭镇新建村级冷\n链仓储点7个，农产品损耗率下降了\n四成。\n';

  test('the masthead gives the page its paper and date and is no piece', () => {
    const pages = splitPages(masthead + piece);
    expect(pages.map((p) => [p.meta, p.rules])).toEqual([[{ newspaper: '岩州日报', date: '2026-04-03' }, ['page.masthead', 'page.dated-head']]]);
    const articles = segment(masthead + piece);
    expect(articles.map((a) => [a.title, credits(a), a.newspaper, a.date])).toEqual([['梅岭镇冷链仓储点建到村口', ['本报记者 祁望舒'], '岩州日报', '2026-04-03']]);
  });

  test('an evening paper\'s masthead: who runs it, the issue, the postal code', () => {
    const pages = splitPages('岩州晚报\n岩州日报社主管主办\n2026年4月3日 星期五\n今日16版　总第9105期\n邮发代号 33-65\n\n' + piece);
    expect(pages.map((p) => p.meta)).toEqual([{ newspaper: '岩州晚报', date: '2026-04-03' }]);
  });

  test('a letter-spaced name, the hotline, the web address and the price are the masthead\'s too', () => {
    const pages = splitPages('岩 州 日 报\n2026年4月3日 星期五 农历二月十六\n新闻热线：0599-6123456\nwww.yanzhounews.cn\n零售价：1.50元\n\n' + piece);
    expect(pages.map((p) => [p.meta, p.rules])).toEqual([[{ newspaper: '岩州日报', date: '2026-04-03' }, ['page.masthead', 'page.dated-head']]]);
    expect(segment('岩 州 日 报\n2026年4月3日 星期五 农历二月十六\n新闻热线：0599-6123456\nwww.yanzhounews.cn\n零售价：1.50元\n\n' + piece).map((a) => a.title)).toEqual(['梅岭镇冷链仓储点建到村口']);
  });

  test('a paper\'s name over text that is no masthead stays the page\'s text', () => {
    const pages = splitPages('岩州日报\n本报讯 今年以来，梅岭镇新建冷链仓储点7个。\n');
    expect(pages.map((p) => [p.meta, p.rules])).toEqual([[{}, []]]);
  });

  test('a table of contents, with or without page numbers, is no piece', () => {
    for (const toc of [
      '导读\n●梅岭镇冷链仓储点建到村口 2版\n●县城新增公共充电桩300个 3版\n\n',
      '本版标题导航\n·梅岭镇冷链仓储点建到村口\n·县城新增公共充电桩\n\n',
      '今日要目\n梅岭镇冷链仓储点建到村口 A2\n县城新增公共充电桩300个 A3\n\n',
      '●梅岭镇冷链仓储点建到村口……2版\n\n',
    ]) {
      const articles = segment(`2026年4月3日 星期五 第1版 要闻\n\n${toc}${piece}`);
      expect(articles.map((a) => [a.title, credits(a)])).toEqual([['梅岭镇冷链仓储点建到村口', ['本报记者 祁望舒']]]);
    }
  });

  test('an e-paper\'s page head with a section letter and a colon', () => {
    expect(parseRunningHead('第B03版：县域经济')).toEqual({ page: 'B3' });
    expect(parseRunningHead('第5版：要闻')).toEqual({ page: '5' });
  });

  test('a special page\'s sponsor and 广告 are no headline', () => {
    const articles = segment(`2026年4月3日 星期五 第7版 专版\n\n岩州农商银行专版\n本版由岩州农商银行协办\n广告\n\n“整村授信”惠及全县农户\n\n今年以来，岩州农商银行为5.6万户\n农户建立信用档案，授信金额31亿元。\n`);
    expect(articles.map((a) => a.title)).toEqual(['“整村授信”惠及全县农户']);
  });
});

describe('pieces of a page that are carried over or read out of order', () => {
  const head = '2026年4月3日 星期五 第2版 要闻\n\n';
  test('text carried over from another page needs no headline: it takes none from the piece under it', () => {
    const text = `${head}（上接第1版）\n镇农业服务中心主任陆长庚介绍，冷\n链仓储点由村集体经营，每年为村集\n体增收12万元。\n\n县城新增公共充电桩300个\n本报记者 房小满\n本报讯 今年以来，县城新建公共充电\n桩300个，覆盖所有乡镇。\n`;
    const articles = segment(text);
    expect(articles.map((a) => [a.title, credits(a), body(a).slice(0, 7)])).toEqual([
      ['', [], '镇农业服务中心'],
      ['县城新增公共充电桩300个', ['本报记者 房小满'], '本报讯今年以来'],
    ]);
    expect(articles[0]!.rules).toContain('furniture.jump-in');
  });

  test('a headline printed over the jump line is the carried-over text\'s', () => {
    const text = `${head}县城新增公共充电桩300个\n本报记者 房小满\n本报讯 今年以来，县城新建公共充电\n桩300个，覆盖所有乡镇。\n\n梅岭镇冷链仓储点建到村口\n（上接第1版）\n镇农业服务中心主任陆长庚介绍，冷\n链仓储点由村集体经营，每年为村集\n体增收12万元。\n`;
    expect(segment(text).map((a) => [a.title, credits(a)])).toEqual([
      ['县城新增公共充电桩300个', ['本报记者 房小满']],
      ['梅岭镇冷链仓储点建到村口', []],
    ]);
  });

  test('a line of prose that ends in a page number is no table of contents', () => {
    const [a] = segment(`${head}梅岭镇冷链仓储点建到村口\n本报记者 房小满\n本报讯 今年以来，梅岭镇新建村级冷\n链仓储点7个，首个仓储点的报道刊登\n在本报第 3版\n后，引起读者关注。\n`);
    expect(body(a!)).toContain('刊登在本报第3版后');
  });

  test('a kicker read after its title is still the kicker', () => {
    for (const kicker of ['“菜篮子”工程——', '聚焦冷链物流：']) {
      const [a] = segment(`${head}梅岭镇冷链仓储点建到村口\n${kicker}\n本报记者 祁望舒\n本报讯 今年以来，梅岭镇新建村级冷\n链仓储点7个，农产品损耗率下降了\n四成。\n`);
      expect([a!.kicker, a!.title, a!.subtitle]).toEqual([kicker, '梅岭镇冷链仓储点建到村口', undefined]);
    }
  });
});
