// Pages made unlike the Chromium/pdfkit test pages, as typesetting systems make them: the reportlab fixtures
// (tests/fixtures/pdf-reportlab/, glyph by glyph, TJ kerning, character spacing, CID fonts) read right against
// their truth, and, set by hand, each shape they brought: two headlines level over a story that filled one of its
// two columns, lines narrowed around a picture, a vertical title, a table inside an article, an advertisement, a
// section flag in the page head, the date printed away from the folio, a letter-spaced running head, and a Latin
// word wrapped without a hyphen.
import { join } from 'node:path';
import type { Article, SourcePage } from '../../../src/document/types.js';
import { layoutPage } from '../../../src/layout/index.js';
import type { TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { column, item, page } from './items.js';
import { expectReadAsPrinted } from '../../helpers/pdf-fixture.js';

function read(items: TextItem[], width = 600, height = 800): { articles: Article[]; furniture: string[]; meta: object } {
  const laid = layoutPage(page(items, width, height), { offset: 0, line: 1 })!;
  const src: SourcePage = { id: 'phand', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return { articles: segmentPage(src), furniture: laid.page.layout.furniture.map((f) => `${f.kind}:${f.line.text.text}`), meta: laid.page.meta };
}
const paras = (a: Article): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('pages typeset by reportlab (tests/fixtures/pdf-reportlab)', () => {
  const dir = join(process.cwd(), 'tests/fixtures/pdf-reportlab');
  test.each(['page-1', 'page-2', 'page-3', 'page-4'])('%s: every article, title, paragraph and byline as printed; no advert, table or flag in an article', async (name) => {
    // Nothing else comes out as an article: the advert, the table, the section flag stay furniture.
    const { pages } = await expectReadAsPrinted(dir, name);
    expect(pages.map((p) => p.meta)).toEqual([{ page: { 'page-1': '1', 'page-2': '3', 'page-3': '5', 'page-4': '6' }[name], date: '2026-03-12' }]);
  });
});

describe('shapes of typesetting systems, set by hand', () => {
  test('two headlines level: a column of the right-hand story goes to its own headline although its region reaches under the left one', () => {
    // Four columns of 90 pt; the left story fills only its first column, so the right story's first column's
    // region runs from the middle of the empty column. A story across the page below keeps the page from parting
    // down the middle.
    const items = [
      item('东港码头扩建', 58, 40, 16),
      item('西岭隧道贯通', 262, 40, 16),
      ...column(['东港码头二期扩', '建工程昨天开工。'], 10, 70, { indents: [0] }),
      ...column(['历时两年建设，', '西岭隧道昨天全线贯', '通，全长三点二公里，'], 214, 70, { indents: [0] }),
      ...column(['比原来的盘山公路', '缩短行车时间半小时。'], 316, 70),
      item('南湖片区综合整治启动', 118, 150, 18),
      ...column(['南湖片区综合整', '治工程昨天启动。'], 10, 180, { indents: [0] }),
    ];
    const { articles } = read(items, 420, 400);
    const west = articles.find((a) => a.title === '西岭隧道贯通')!;
    expect(paras(west)).toEqual(['历时两年建设，西岭隧道昨天全线贯通，全长三点二公里，比原来的盘山公路缩短行车时间半小时。']);
    expect(paras(articles.find((a) => a.title === '东港码头扩建')!)).toEqual(['东港码头二期扩建工程昨天开工。']);
  });

  test('lines narrowed beside a picture run on; the next indented line opens the next paragraph', () => {
    // One column of ten characters; a picture takes the right half of lines 2–5, where five characters fit.
    const items = [
      item('电子站牌上新', 10, 40, 16),
      ...column(['本月起，城东新区'], 10, 70, { indents: [0] }),
      ...column(['的公交站台', '陆续换上了', '带有实时到', '站信息的电'], 10, 70 + 13.5),
      ...column(['子站牌，市民候车更加', '方便。'], 10, 70 + 5 * 13.5),
      ...column(['据了解，今年还将', '新建候车亭四十座。'], 10, 70 + 7 * 13.5, { indents: [0] }),
    ];
    const { articles } = read(items, 120, 300);
    expect(articles.map((a) => a.title)).toEqual(['电子站牌上新']);
    expect(paras(articles[0]!)).toEqual(['本月起，城东新区的公交站台陆续换上了带有实时到站信息的电子站牌，市民候车更加方便。', '据了解，今年还将新建候车亭四十座。']);
  });

  test('without indents, a short line still ends its paragraph', () => {
    const items = [
      item('夜市开张', 10, 40, 16),
      ...column(['城西夜市今晚开张，', '摊位一百二十个。', '夜市营业到晚上十一', '点。'], 10, 70),
    ];
    const { articles } = read(items, 120, 300);
    expect(paras(articles[0]!)).toEqual(['城西夜市今晚开张，摊位一百二十个。', '夜市营业到晚上十一点。']);
  });

  test('a vertical title (竖排) heads the text beside it', () => {
    const title = '湖滨步道全线贯通';
    const items = [
      ...[...title].map((ch, i) => item(ch, 130, 40 + i * 20, 18)),
      ...column(['全长十二公里的湖滨', '步道昨天全线贯通，沿线', '设置了六处驿站。'], 20, 40, { indents: [0] }),
      ...column(['步道由市园林部门', '负责日常管养。'], 20, 40 + 3 * 13.5, { indents: [0] }),
      item('老街修缮完工', 20, 240, 16),
      ...column(['南门老街修缮工程', '近日完工。'], 20, 270, { indents: [0] }),
    ];
    const { articles } = read(items, 170, 320);
    expect(articles.map((a) => a.title)).toEqual([title, '老街修缮完工']);
    expect(paras(articles[0]!)).toEqual(['全长十二公里的湖滨步道昨天全线贯通，沿线设置了六处驿站。', '步道由市园林部门负责日常管养。']);
  });

  test('a table inside an article is kept out of its paragraphs, as table furniture', () => {
    const items = [
      item('一季度用电量增长', 10, 40, 16),
      ...column(['一季度全市用电量', '同比增长百分之六。'], 10, 70, { indents: [0] }),
      item('行业', 12, 108, 8), item('用电量', 60, 108, 8), item('增长', 130, 108, 8),
      item('工业', 12, 124, 8), item('42.1', 60, 124, 8), item('5.2%', 130, 124, 8),
      item('居民', 12, 140, 8), item('18.6', 60, 140, 8), item('7.9%', 130, 140, 8),
      ...column(['居民用电增长较快', '与气温偏高有关。'], 10, 165, { indents: [0] }),
    ];
    const { articles, furniture } = read(items, 180, 300);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0]!)).toEqual(['一季度全市用电量同比增长百分之六。', '居民用电增长较快与气温偏高有关。']);
    expect(furniture.filter((f) => f.startsWith('table:'))).toEqual(['table:行业', 'table:用电量', 'table:增长', 'table:工业', 'table:42.1', 'table:5.2%', 'table:居民', 'table:18.6', 'table:7.9%']);
  });

  test('two bylines side by side under level headlines are no table', () => {
    const items = [
      item('东村修好了路', 10, 40, 16),
      item('西村建起工坊', 130, 40, 16),
      item('记者 林一', 10, 60), item('记者 周游', 130, 60),
      ...column(['东村今年投入资金', '三百万元硬化道路。'], 10, 80, { indents: [0] }),
      ...column(['西村把旧仓库改成', '来料加工工坊。'], 130, 80, { indents: [0] }),
    ];
    const { articles, furniture } = read(items, 240, 300);
    expect(furniture.filter((f) => f.startsWith('table:'))).toEqual([]);
    expect(articles.map((a) => a.bylines.map((b) => b.name).join())).toEqual(['林一', '周游']);
  });

  test('an advertisement (no sentence, a hotline) is no article; a story that prints a hotline in a sentence is', () => {
    const items = [
      item('社区食堂开业', 10, 40, 16),
      ...column(['社区食堂今天开业，', '订餐热线：0573-', '82345678。'], 10, 70, { indents: [0] }),
      item('云栖茶舍 开业酬宾', 10, 200, 20),
      item('全场饮品八折', 10, 228, 12),
      item('订座热线：0573-82346789', 10, 250),
    ];
    const { articles, furniture } = read(items, 220, 320);
    expect(articles.map((a) => a.title)).toEqual(['社区食堂开业']);
    expect(furniture.filter((f) => f.startsWith('advert:'))).toEqual(['advert:云栖茶舍 开业酬宾', 'advert:全场饮品八折', 'advert:订座热线：0573-82346789']);
  });

  test('a section flag in the page head, in Chinese display type and in Latin capitals, is no headline; the date printed beside a folio in the foot is the page\'s', () => {
    const items = [
      item('城事', 20, 30, 18),
      item('CHENGSHI', 60, 30, 8),
      item('老街修缮完工', 20, 90, 18),
      ...column(['南门老街修缮工程', '近日完工，青石板路', '面全部翻新，沿街二十', '六家老店陆续开门迎', '客。'], 20, 120, { indents: [0] }),
      item('2026年5月6日 星期三', 20, 780, 8),
      item('第7版', 180, 780, 8),
    ];
    const { articles, furniture, meta } = read(items, 220, 800);
    expect(articles.map((a) => a.title)).toEqual(['老街修缮完工']);
    expect(furniture).toEqual(expect.arrayContaining(['running-head:城事 CHENGSHI']));
    expect(meta).toEqual({ page: '7', date: '2026-05-06' });
  });

  test('a running head set letter-spaced, a character or two to a block, is read as one line: the page\'s number and date', () => {
    const items = [
      ...[...'临江日报'].map((ch, i) => item(ch, 20 + i * 15, 30, 9)),
      ...[...'2026年5月6日'].map((ch, i) => item(ch, 200 + i * 8, 30, 8)),
      item('第', 340, 30), item('4', 354, 30), item('版', 364, 30),
      item('春茶开采', 20, 90, 18),
      ...column(['明前茶今天开采，', '茶农们天不亮就上山', '采摘，预计今年产量', '比去年增加一成。'], 20, 120, { indents: [0] }),
    ];
    const { articles, furniture, meta } = read(items, 400, 800);
    expect(meta).toEqual({ page: '4', date: '2026-05-06' });
    expect(furniture.filter((f) => f.startsWith('running-head:'))).toHaveLength(1);
    expect(articles.map((a) => a.title)).toEqual(['春茶开采']);
  });

  test('a Latin word wrapped at a Chinese line\'s end without a hyphen is one word again; a number broken after its point too', () => {
    const items = [
      item('新仓开建', 10, 40, 16),
      ...column(['岚湾物流园昨天', '开工建设由NorthBr', 'idge公司投资的冷', '链仓库，总投资3.', '25亿元。'], 10, 70, { indents: [0] }),
    ];
    const { articles } = read(items, 120, 300);
    expect(paras(articles[0]!)).toEqual(['岚湾物流园昨天开工建设由NorthBridge公司投资的冷链仓库，总投资3.25亿元。']);
  });
});

describe('tables set tight', () => {
  test('a table whose rows stand no further apart than lines of text: its columns are blocks of short lines, kept out of the prose', () => {
    const items = [
      item('春运客流回升', 10, 40, 16),
      ...column(['今年春运前二十天', '全市客运量明显回升。'], 10, 70, { indents: [0] }),
      ...column(['铁路', '公路', '水路'], 12, 104, { size: 8, pitch: 12 }),
      ...column(['86.2', '41.7', '3.9'], 60, 104, { size: 8, pitch: 12 }),
      ...column(['12.4%', '6.1%', '-2.3%'], 120, 104, { size: 8, pitch: 12 }),
      ...column(['铁路客流增长最快', '与新线开通有关。'], 10, 150, { indents: [0] }),
    ];
    const { articles, furniture } = read(items, 180, 300);
    expect(paras(articles[0]!)).toEqual(['今年春运前二十天全市客运量明显回升。', '铁路客流增长最快与新线开通有关。']);
    expect(furniture.filter((f) => f.startsWith('table:'))).toHaveLength(9);
  });
});

describe('more of what typesetting systems print', () => {
  test('a title in a vertical-writing font (its characters run down from one origin) is stacked and heads the text beside it; vertical body text is still left out', () => {
    const vertical = (str: string, x: number, top: number, size: number): TextItem => ({ str, x, baseline: top, width: size, size, font: 'v', skew: true, vertical: { height: [...str].length * size } });
    const items = [
      vertical('湖滨步道全线贯通', 138, 30, 18),
      ...column(['全长十二公里的湖', '滨步道昨天全线贯通，沿', '线设置了六处驿站。'], 20, 40, { indents: [0] }),
      vertical('竖排正文不读', 200, 300, 9),
    ];
    const laid = layoutPage(page(items, 220, 400), { offset: 0, line: 1 })!;
    expect(laid.page.layout.skipped).toBe(6);
    const { articles } = read(items, 220, 400);
    expect(articles.map((a) => a.title)).toEqual(['湖滨步道全线贯通']);
    expect(paras(articles[0]!)).toEqual(['全长十二公里的湖滨步道昨天全线贯通，沿线设置了六处驿站。']);
  });

  test('a closing byline in brackets on a line of its own is the article\'s byline, not a paragraph; brackets without a role stay', () => {
    const items = [
      item('夜市开张', 10, 40, 16),
      ...column(['城西夜市今晚开张，', '摊位一百二十个。'], 10, 70, { indents: [0] }),
      item('（记者 林一舟）', 50, 70 + 2 * 13.5),
      item('早市搬迁', 130, 40, 16),
      ...column(['城东早市下月起搬', '到新址。'], 130, 70, { indents: [0] }),
      item('（完）', 190, 70 + 2 * 13.5),
    ];
    const { articles } = read(items, 240, 300);
    expect(articles.map((a) => [a.title, a.bylines.map((b) => `${b.role}:${b.name}`).join(), paras(a).length])).toEqual([
      ['夜市开张', '记者:林一舟', 1],
      ['早市搬迁', '', 2],
    ]);
  });

  test('a caption crediting a supplied picture (图片由…提供) is a photo piece, not the end of the story beside it', () => {
    const items = [
      item('口袋公园开放', 10, 40, 16),
      ...column(['街道新建的二十个口袋', '公园已经全部向市民开放，', '新增绿地一万平方米。'], 10, 70, { indents: [0] }),
      item('市民散步。（图片由鹭桥街道提供）', 10, 120, 7.5),
    ];
    const { articles } = read(items, 140, 300);
    expect(articles.map((a) => [a.title, paras(a), a.bylines.length])).toEqual([
      ['口袋公园开放', ['街道新建的二十个口袋公园已经全部向市民开放，新增绿地一万平方米。'], 0],
      ['', ['市民散步。（图片由鹭桥街道提供）'], 0],
    ]);
    const laid = layoutPage(page(items, 140, 300), { offset: 0, line: 1 })!;
    expect(laid.page.layout.articles.map((a) => a.photo)).toEqual([false, true]);
  });

  test('the paper\'s name and section set between the date and the folio of a running head are furniture too', () => {
    const items = [
      item('2026年5月6日 星期三', 20, 30, 8),
      item('临江日报·城事', 150, 30, 9),
      item('第7版', 330, 30, 9),
      item('老街修缮完工', 20, 90, 18),
      ...column(['南门老街修缮工程', '近日完工，青石板路', '面全部翻新。'], 20, 120, { indents: [0] }),
    ];
    const { articles, furniture, meta } = read(items, 380, 800);
    expect(articles.map((a) => a.title)).toEqual(['老街修缮完工']);
    expect(furniture).toContain('running-head:临江日报·城事');
    expect(meta).toEqual({ page: '7', date: '2026-05-06' });
  });

  test('in the page foot, a column\'s last line that shares the folio\'s baseline stays in its article', () => {
    const items = [
      item('老街修缮完工', 20, 690, 18),
      ...column(['南门老街修缮工程', '近日完工，青石板路', '面全部翻新，沿街二十', '六家老店开门迎客'], 20, 720, { indents: [0] }),
      item('第7版', 180, 720 + 3 * 13.5, 9),
    ];
    const { articles, meta } = read(items, 220, 800);
    expect(paras(articles[0]!)).toEqual(['南门老街修缮工程近日完工，青石板路面全部翻新，沿街二十六家老店开门迎客']);
    expect(meta).toEqual({ page: '7' });
  });
});
