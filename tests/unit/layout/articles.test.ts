// A page set by hand (items placed where a compositor would place them) read by the layout and the segmenter:
// headline groups, bylines, paragraphs, furniture, captions, and the article each body column belongs to.
import type { Article, SourcePage } from '../../../src/document/types.js';
import { layoutPage } from '../../../src/layout/index.js';
import type { TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { column, item, page } from './items.js';

function read(items: TextItem[], width = 600, height = 800): { articles: Article[]; furniture: string[]; meta: object } {
  const laid = layoutPage(page(items, width, height), { offset: 0, line: 1 })!;
  const src: SourcePage = { id: 'phand', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return { articles: segmentPage(src), furniture: laid.page.layout.furniture.map((f) => `${f.kind}:${f.line.text.text}`), meta: laid.page.meta };
}
const paras = (a: Article): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

// Columns of 10 characters (90 pt) with a 12 pt gutter, 9 pt text on 13.5 pt lines; a paragraph's first line is
// indented two characters, so it holds 8.

describe('headline groups, bylines and paragraphs from the page itself', () => {
  const items: TextItem[] = [
    item('2025年4月8日 星期二 第5版 城建', 20, 30, 7),
    item('生态环境', 70, 60, 11),
    item('城南污水厂投运', 40, 88, 22),
    item('日处理能力两万吨', 60, 108, 11),
    item('记者', 20, 126), item('钱晓岚', 42, 126), item('通讯员', 72, 126), item('孔祥', 102, 126),
    ...column(['晨光镇今年新建的', '城南污水处理厂日前投', '入试运行，日处理能力', '达到两万吨。'], 20, 146, { indents: [0] }),
    ...column(['据介绍，该厂采用', '膜生物反应工艺，出水', '水质优于国家一级标准，'], 20, 146 + 4 * 13.5, { indents: [0] }),
    ...column(['厂区还配套建设了一座', '科普展厅。'], 122, 146),
    ...column(['附近居民说，以前', '河道一到夏天就有异味，', '如今水清了。'], 122, 146 + 2 * 13.5, { indents: [0] }),
    item('（下转第2版）', 140, 146 + 6 * 13.5),
    item('责任编辑：陶然', 20, 780, 7),
  ];
  const { articles, furniture, meta } = read(items, 230, 800);

  test('one article: kicker, title and subtitle by size, the byline under them, body paragraphs across two columns', () => {
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a.kicker).toBe('生态环境');
    expect(a.title).toBe('城南污水厂投运');
    expect(a.subtitle).toBe('日处理能力两万吨');
    expect(a.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:钱晓岚', '通讯员:孔祥']);
    expect(paras(a)).toEqual([
      '晨光镇今年新建的城南污水处理厂日前投入试运行，日处理能力达到两万吨。',
      '据介绍，该厂采用膜生物反应工艺，出水水质优于国家一级标准，厂区还配套建设了一座科普展厅。',
      '附近居民说，以前河道一到夏天就有异味，如今水清了。',
    ]);
  });

  test('furniture stays out of the article: running head (with its date and page), jump line, editor credit', () => {
    expect(furniture).toEqual(['running-head:2025年4月8日 星期二 第5版 城建', 'jump:（下转第2版）', 'footer:责任编辑：陶然']);
    expect(meta).toEqual({ page: '5', date: '2025-04-08' });
    expect(articles[0]!.text).not.toContain('下转');
  });
});

describe('which headline a column belongs to', () => {
  test('side-by-side headlines: each column goes to the headline over it', () => {
    const items = [
      item('东村修好了路', 10, 40, 16),
      item('西村建起工坊', 130, 40, 16),
      ...column(['东村今年投入资金', '三百万元，硬化道路八', '公里。'], 10, 70, { indents: [0] }),
      ...column(['西村把旧仓库改成', '来料加工工坊，吸纳四', '十名村民就业。'], 130, 70, { indents: [0] }),
    ];
    const { articles } = read(items, 240, 400);
    expect(articles.map((a) => a.title)).toEqual(['东村修好了路', '西村建起工坊']);
    expect(paras(articles[0]!)).toEqual(['东村今年投入资金三百万元，硬化道路八公里。']);
    expect(paras(articles[1]!)).toEqual(['西村把旧仓库改成来料加工工坊，吸纳四十名村民就业。']);
  });

  test('a letter-spaced headline, each character set on its own, is one title over both columns', () => {
    const items = [
      ...[...'春耕备耕'].map((ch, i) => item(ch, 40 + i * 42, 44, 28)),
      ...column(['各地抓住晴好天', '气，组织农机下田翻耕，', '备足种子化肥。'], 10, 76, { indents: [0] }),
      ...column(['农技人员走村入', '户，指导农户科学', '育秧。'], 122, 76, { indents: [0] }),
    ];
    const { articles } = read(items, 220, 300);
    expect(articles.map((a) => a.title)).toEqual(['春耕备耕']);
    expect(paras(articles[0]!)).toEqual(['各地抓住晴好天气，组织农机下田翻耕，备足种子化肥。', '农技人员走村入户，指导农户科学育秧。']);
  });

  test('display type set apart opens a piece (a brief\'s title); set tight in running text it is a subhead', () => {
    const brief = (subheadBaseline: number) => [
      item('江滨公园开放', 10, 40, 12),
      ...column(['改造后的江滨公', '园昨天起向市民开放。'], 10, 60, { indents: [0] }),
      item('夜间照明', 10, subheadBaseline, 11),
      ...column(['公园新装了景观', '灯，开放到晚上十点。'], 10, subheadBaseline + 17, { indents: [0] }),
    ];
    const tight = read(brief(89), 120, 300).articles;
    expect(tight.map((a) => a.title)).toEqual(['江滨公园开放']);
    expect(paras(tight[0]!)).toEqual(['改造后的江滨公园昨天起向市民开放。', '夜间照明', '公园新装了景观灯，开放到晚上十点。']);
    const apart = read(brief(110), 120, 300).articles;
    expect(apart.map((a) => a.title)).toEqual(['江滨公园开放', '夜间照明']);
  });

  test('a caption ending with the photographer\'s credit is a photo piece crediting them', () => {
    const items = [
      item('花市开张', 10, 40, 18),
      ...column(['年宵花市今天开张，', '吸引了大批市民前来选', '购，兰花和金桔最受欢', '迎。'], 10, 66, { indents: [0] }),
      ...column(['市民在花市挑选年宵', '花。（沈一舟 摄）'], 10, 130, { size: 7.5, pitch: 11 }),
    ];
    const { articles } = read(items, 120, 300);
    const photo = articles.find((a) => a.kind === 'photo');
    expect(photo).toBeDefined();
    // Clean text drops the printed space between Chinese characters, as the text path does.
    expect(paras(photo!)).toEqual(['市民在花市挑选年宵花。（沈一舟摄）']);
    expect(photo!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['摄影:沈一舟']);
    expect(paras(articles.find((a) => a.title === '花市开张')!)).toEqual(['年宵花市今天开张，吸引了大批市民前来选购，兰花和金桔最受欢迎。']);
  });

  test('body text with no headline above it is an untitled piece, not part of the article beside it', () => {
    const items = [
      ...column(['本报讯 市图书馆延长', '开放时间至晚上九点。'], 10, 40),
      item('新书上架', 130, 40, 16),
      ...column(['本月新上架图书两千', '余册。'], 130, 62, { indents: [0] }),
    ];
    const { articles } = read(items, 240, 300);
    expect(articles.map((a) => a.title)).toEqual(['', '新书上架']);
    expect(articles[0]!.dateline).toBe('本报讯');
  });
});
