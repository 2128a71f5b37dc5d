// One article per file, as e-paper crawls give them, and the structure rules inside one article: headline,
// kicker and subtitle in a crawl's order, the column tag, subheads, an editor's note, credits, bylines of several
// outlets with the print line, and the date from the dateline. Every article here was written for these tests
// (tests/fixtures/articles/README.md); each rule is shown on a case it fits and on one it must leave alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, PageMeta } from '../../../src/document/types.js';
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { splitArticleHead } from '../../../src/segment/headlines.js';
import { loadSegmentModel } from '../../../src/segment/model.js';
import { RULE } from '../../../src/segment/rule-ids.js';
import { MappedText } from '../../../src/text/mapped-text.js';
import { column, page } from './compose.js';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const model = loadSegmentModel();

function segmentText(text: string, meta: PageMeta = {}, name = 't.txt'): Article[] {
  return pagesOf(name, Buffer.from(text), meta).flatMap((p) => segmentPage(p));
}
function segmentFixture(path: string, meta: PageMeta = {}): { text: string; articles: Article[] } {
  const text = readFileSync(dir + path, 'utf8');
  return { text, articles: segmentText(text, meta, dir + path) };
}

/** A crawl's layout: headline lines, the byline line, a blank line, then paragraphs with blank lines between. */
function crawl(head: string[], paragraphs: string[]): string {
  return [...head, '', ...paragraphs.flatMap((p, i) => (i ? ['', p] : [p]))].join('\n') + '\n';
}

const span = (a: Article, s: { start: number; end: number } | undefined): string | undefined => (s ? a.text.slice(s.start, s.end) : undefined);
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}${b.outlet ? `@${b.outlet}` : ''}`);

describe('one-article files as crawls give them', () => {
  interface Expected {
    head: Pick<Article, 'kicker' | 'title' | 'subtitle' | 'column'>;
    bylines: string[];
    meta: Pick<Article, 'newspaper' | 'date' | 'dateSource' | 'page'>;
    subheads: string[];
    /** Passages of the body; credit lines are not among them. */
    body: string[];
    notInText: string[];
    editorsNote?: string;
  }
  const cases: Array<[string, PageMeta, Expected]> = [
    [
      'articles/crawl-column-subheads.txt',
      {},
      {
        head: { title: '稻田里长出“金饭碗”', subtitle: '湖南益阳赫山区推广稻虾共作，带动农户增收', column: '田园新景' },
        // Two outlets in one line; 周  洁 and 谭  敏 are two-character names printed with a double space inside.
        bylines: ['本报记者 周洁', '本报记者 陆远航', '记者 谭敏@红网', '记者 何家豪@红网', '摄影 谢磊', '参与采写 陈思远'],
        meta: { newspaper: '光明日报', date: '2024-06-18', dateSource: 'print-line', page: '5' },
        subheads: ['统一标准提升品质', '龙头带动拓宽销路'],
        body: ['图为赫山区泥江口镇的稻虾基地。', '全区稻虾共作面积已达12万亩。', '去年收购小龙虾1200吨。', '（陈思远参与采写）'],
        notInText: ['光明日报', '2024年06月18日'],
      },
    ],
    [
      'articles/crawl-editors-note.txt',
      {},
      {
        head: { kicker: '四川眉山东坡区探索泡菜产业全链条发展——', title: '做强做优“小特产”', column: '县域经济观察' },
        bylines: ['本报记者 罗兰', '本报记者 甘霖', '制图 唐静', '版式设计 方宇'],
        meta: { newspaper: '华夏经济报', date: '2023-09-12', dateSource: 'print-line', page: '8' },
        subheads: ['从田间到餐桌', '走出去闯市场'],
        body: ['一坛泡菜，如何做成百亿元产业？', '——编者', '公司与周边8个村签订了种植协议。'],
        notInText: ['制图', '版式设计'],
        editorsNote: '一坛泡菜，如何做成百亿元产业？\n近年来，不少地方把特色农产品做成了大产业。本期我们走进四川眉山东坡区，看一看当地如何延伸泡菜产业链。\n——编者',
      },
    ],
    [
      'articles/kicker-above-title.txt',
      { year: 2024 },
      {
        head: { kicker: '江苏昆山推进制造业“智改数转”——', title: '一家工厂的“黑灯”实践', subtitle: '记昆山精工模具有限公司的转型之路' },
        bylines: ['本报记者 沈涛'],
        meta: { date: '2024-03-06', dateSource: 'dateline' },
        subheads: [],
        body: ['本报昆山3月6日电', '产品不良率下降到0.3%。', '今年全市计划推动500家企业实施智能化改造。'],
        notInText: [],
      },
    ],
  ];

  describe.each(cases)('%s', (path, meta, want) => {
    const { text, articles } = segmentFixture(path, meta);
    const a = articles[0]!;

    test('is one article, told by its shape', () => {
      expect(articles).toHaveLength(1);
      expect(a.rules).toContain(RULE.articleDetected);
      expect(a.kind).toBe('news');
    });

    test('headline, kicker, subtitle and column tag', () => {
      expect({ kicker: a.kicker, title: a.title, subtitle: a.subtitle, column: a.column }).toEqual({ kicker: undefined, subtitle: undefined, column: undefined, ...want.head });
    });

    test('bylines, credits and outlets', () => {
      expect(credits(a)).toEqual(want.bylines);
      for (const b of a.bylines) expect(text.slice(b.start, b.end).replace(/\s+/g, '')).toBe(b.name);
    });

    test('paper, date and page', () => {
      expect({ newspaper: a.newspaper, date: a.date, dateSource: a.dateSource, page: a.page }).toEqual({ newspaper: undefined, date: undefined, dateSource: undefined, page: undefined, ...want.meta });
    });

    test('subheads stay in the body as paragraphs of their own; credit lines leave the text', () => {
      expect((a.subheads ?? []).map((s) => span(a, s))).toEqual(want.subheads);
      for (const s of want.subheads) expect(a.paragraphs.map((p) => span(a, p))).toContain(s);
      const body = a.text.slice(a.bodySpan.start);
      for (const passage of want.body) expect(body).toContain(passage);
      for (const gone of want.notInText) expect(a.text).not.toContain(gone);
      expect(span(a, a.editorsNote)).toBe(want.editorsNote);
    });
  });
});

describe('telling one article from a page of pieces', () => {
  test('two articles in one file, each with its own dateline and byline, stay two', () => {
    const { articles } = segmentFixture('articles/two-plain-articles.txt');
    expect(articles.map((a) => [a.title, credits(a).join(',')])).toEqual([
      ['海盐县举办职业技能大赛', '记者 孔祥云'],
      ['秀洲区新建5座口袋公园', '记者 丁雨涵,通讯员 章立'],
    ]);
    expect(articles.some((a) => a.rules.includes(RULE.articleDetected))).toBe(false);
  });

  test('a page wrapped at its columns is a page, even with one piece on it', () => {
    const text = page([['仓前街道开出首家社区食堂'], ['■记者 许 诺'], column(['本报讯 昨天，仓前街道首家社区食堂开业，60岁以上老人就餐可享受八折优惠，开业当天接待居民300余人次。'], 16, 40)]);
    const [a] = segmentText(text);
    expect(a!.title).toBe('仓前街道开出首家社区食堂');
    expect(a!.rules).not.toContain(RULE.articleDetected);
  });

  test('--input-kind article makes a file one article; page makes a crawl a page', () => {
    const forced = segmentText(readFileSync(dir + 'articles/two-plain-articles.txt', 'utf8'), { inputKind: 'article' });
    expect(forced).toHaveLength(1);
    expect(forced[0]!.rules).toContain(RULE.articleForced);
    expect(forced[0]!.text).toContain('口袋公园5座');
    const asPage = segmentFixture('articles/crawl-editors-note.txt', { inputKind: 'page' }).articles;
    expect(asPage.every((a) => !a.rules.includes(RULE.articleDetected) && !a.rules.includes(RULE.articleForced))).toBe(true);
  });

  test('a one-article text without byline or dateline is one article with its subheads', () => {
    const text = crawl(
      ['古镇老街焕新颜'],
      [
        '青石板路、白墙黛瓦，修缮一新的南浔老街迎来了八方游客。去年以来，当地投入1.6亿元对老街沿线建筑进行保护性修缮。',
        '留住烟火气',
        '老街上的32家老字号全部保留原址经营，一家开了60多年的糕点铺排起了长队。店主沈美娟说，节假日一天能卖出2000多块定胜糕。',
      ],
    );
    const [a, ...rest] = segmentText(text);
    expect(rest).toHaveLength(0);
    expect([a!.title, (a!.subheads ?? []).map((s) => span(a!, s))]).toEqual(['古镇老街焕新颜', ['留住烟火气']]);
  });
});

describe('headline lines in a crawl', () => {
  const mt = (s: string): MappedText => MappedText.identity(s);
  const cases: Array<[string, string[], Record<string, string | undefined>]> = [
    ['the column tag marks the main title and leaves it', ['数据里看民生（数说新时代）', '全省城乡居民收入比缩小到1.9'], { title: '数据里看民生', subtitle: '全省城乡居民收入比缩小到1.9', column: '数说新时代' }],
    ['a tag in 【】 at the start', ['【产业前沿】县域商业体系加快完善'], { title: '县域商业体系加快完善', column: '产业前沿' }],
    ['a tag in 〔〕 at the end', ['小小茶叶蛋卖出大产业〔走基层〕'], { title: '小小茶叶蛋卖出大产业', column: '走基层' }],
    ['brackets inside a title are words of it', ['平湖（国际）服装节开幕'], { title: '平湖（国际）服装节开幕' }],
    ['a headline that is only a bracket is a title', ['（上）'], { title: '（上）' }],
    ['a kicker leads in with a dash, printed before the title', ['福建宁德做大做强锂电产业——', '从一块电池到一条产业链'], { kicker: '福建宁德做大做强锂电产业——', title: '从一块电池到一条产业链' }],
    ['a kicker printed after the title keeps its lead-in', ['从一块电池到一条产业链', '福建宁德做大做强锂电产业——'], { kicker: '福建宁德做大做强锂电产业——', title: '从一块电池到一条产业链' }],
    ['a kicker leads in with a colon', ['聚焦营商环境：', '审批时限再压缩一半'], { kicker: '聚焦营商环境：', title: '审批时限再压缩一半' }],
    ['a subtitle opened by a dash loses the dash', ['一家工厂的“黑灯”实践', '——记一家模具企业的转型之路'], { title: '一家工厂的“黑灯”实践', subtitle: '记一家模具企业的转型之路' }],
    ['without signals, the crawl prints the main title first', ['陇东山乡的苹果红了', '甘肃庆阳发展苹果产业，带动万户增收'], { title: '陇东山乡的苹果红了', subtitle: '甘肃庆阳发展苹果产业，带动万户增收' }],
    ['two lines are never glued into one title', ['戈壁上的葡萄园', '宁夏贺兰山东麓酿酒葡萄种植面积达60万亩'], { title: '戈壁上的葡萄园', subtitle: '宁夏贺兰山东麓酿酒葡萄种植面积达60万亩' }],
  ];
  test.each(cases)('%s', (_what, lines, want) => {
    const h = splitArticleHead(lines.map(mt), model);
    expect({ kicker: h.kicker?.text, title: h.title?.text, subtitle: h.subtitle?.text, column: h.column }).toEqual({ kicker: undefined, title: undefined, subtitle: undefined, column: undefined, ...want });
  });
});

describe('structure rules on pages too', () => {
  const body = (...ps: string[]) => column(ps, 16, 40);

  test("an editor's note signed ——编  者 stays in its article: no brief of its own", () => {
    const text = page([
      ['乡村工匠的新舞台'],
      ['■记 者 韦 岚'],
      body('手艺人如何在乡村找到新位置？本报记者走访了多个村镇，带来手艺人的故事。'),
      ['——编  者'],
      body('本报讯 在新仓镇的竹编工坊里，老匠人何长春正在教年轻人编织竹篮。工坊去年卖出竹编产品2万多件，带动40多户村民增收。', '镇里还为工坊对接了电商平台，产品销往全国各地。'),
    ]);
    const articles = segmentText(text);
    expect(articles.map((a) => a.title)).toEqual(['乡村工匠的新舞台']);
    const a = articles[0]!;
    expect(a.text).toContain('——编者');
    expect(a.rules).toContain('note.editors-note-signoff');
    expect(span(a, a.editorsNote)).toMatch(/^手艺人如何.*——编者$/s);
    // The report after the note keeps its dateline.
    expect(a.dateline).toBe('本报讯');
  });

  test('a kicker with a lead-in dash above the bold title is no main title', () => {
    const text = page([
      ['嘉兴港区推进海河联运——', '集装箱吞吐量创新高集装箱吞吐量创新高'],
      ['■记 者 杜 鹃'],
      body('本报讯 今年前三季度，港区完成集装箱吞吐量68万标箱，同比增长12%。', '港区新开通3条内河集装箱航线，海河联运占比提高到40%。'),
    ]);
    const [a] = segmentText(text);
    expect([a!.kicker, a!.title]).toEqual(['嘉兴港区推进海河联运——', '集装箱吞吐量创新高']);
  });

  test('a bracketed credit line is a credit, not a headline', () => {
    const text = crawl(['城西新添一座图书馆', '本报记者  蔡  明'], ['图书馆藏书12万册，设有少儿阅览区和自习区，每天开放12小时。市民可凭身份证免费借阅。', '（韩  露、宋立新参与调研）']);
    const [a] = segmentText(text);
    expect(credits(a!)).toEqual(['本报记者 蔡明', '参与调研 韩露', '参与调研 宋立新']);
    expect(a!.subheads ?? []).toEqual([]);
  });
});

describe('credits closing a paragraph', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a reporter in brackets after a middle paragraph', '本报讯 村里新修了3公里机耕路。（记者 丁一凡）', ['记者 丁一凡']],
    ['contributors', '项目预计年底前完工。（蒋  琳、陶文杰参与采写）', ['参与采写 蒋琳', '参与采写 陶文杰']],
    ['a photographer after a caption', '图为工人在调试新设备。  钱  江摄', ['摄影 钱江']],
    ['a photographer with the slash', '游客在花海中拍照留念。 王立新/摄', ['摄影 王立新']],
    // Not credits: a bracket holding other words, prose ending in 拍摄 or 摄.
    ['a bracket of words', '调研团队走访了40多家企业。（其中30人参与调研）', []],
    ['prose about filming', '纪录片摄制组来到村里拍摄。', []],
    ['a verb before 摄', '他们正在现场拍摄', []],
  ];
  test.each(cases)('%s', (_what, paragraph, want) => {
    const text = crawl(['新闻标题'], ['第一段交代新闻的背景和由来，篇幅较长，以句号结尾，说明这是一篇完整的文章。', paragraph, '最后一段写明下一步的工作安排和计划，同样以句号结束全段的内容。']);
    const [a] = segmentText(text);
    expect(credits(a!)).toEqual(want);
  });
});

describe('date, paper and home city of an article', () => {
  const byline = (paper: string, date: string) => `本报记者  严  冬《${paper}》（${date}第 3 版）`;
  const build = (bylineLine: string, meta: PageMeta = {}, first?: string) => segmentText(crawl(['衢州工业投资稳步增长', ...(bylineLine ? [bylineLine] : [])], [first ?? '本报衢州5月8日电  今年以来，衢州新增规上工业企业86家，工业投资同比增长15%。新增企业主要集中在新能源和新材料领域。']), meta)[0]!;

  test('the print line gives the paper, the date and the page, over the metadata', () => {
    const a = build(byline('江南商报', '2022年05月09日'), { date: '2022-05-10', newspaper: '某周刊' });
    expect([a.newspaper, a.date, a.dateSource, a.page]).toEqual(['江南商报', '2022-05-09', 'print-line', '3']);
  });

  test('an impossible printed date is not a date; the metadata stands', () => {
    const a = build(byline('江南商报', '2022年02月30日'), { date: '2022-03-01' });
    expect([a.date, a.dateSource]).toEqual(['2022-03-01', 'metadata']);
  });

  test('the dateline gives the date with the year of issue, only when nothing better does', () => {
    expect([build('本报记者  严  冬', { year: 2021 }).date, build('本报记者  严  冬', { year: 2021 }).dateSource]).toEqual(['2021-05-08', 'dateline']);
    expect(build('本报记者  严  冬', { year: 2021 }).rules).toContain(RULE.datelineDate);
    expect(build('本报记者  严  冬').date).toBeUndefined(); // no year: no date
    expect(build('本报记者  严  冬', { date: '2021-05-09' }).dateSource).toBe('metadata');
    expect(build('本报记者  严  冬', { year: 2021 }, '本报衢州13月8日电  新增企业86家，工业投资同比增长15%。').date).toBeUndefined();
  });

  test('a city paper gives its home city; a national one none; metadata overrides', () => {
    const city = build(byline('嘉兴日报', '2022年05月09日'));
    expect([city.homeCity, city.rules.includes(RULE.homeCityOfPaper)]).toEqual(['嘉兴市', true]);
    expect(build(byline('江南商报', '2022年05月09日')).homeCity).toBeUndefined();
    expect(build(byline('嘉兴日报', '2022年05月09日'), { homeCity: '海宁市' }).homeCity).toBe('海宁市');
    expect(build('本报记者  严  冬', { newspaper: '平湖日报' }).homeCity).toBe('平湖市');
  });
});
