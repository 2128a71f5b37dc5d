// The same articles as text and set on a newspaper page read the same: the pdfkit pages of tests/fixtures/pdf-parity/
// (make.mjs remakes them and the text files of the same articles; bench/parity.ts compares the two builds' graphs)
// read right against their truth, and, set by hand, each cause the comparison found — closing punctuation hung in a
// narrow gutter, a byline flush left under a centred title, a byline on the title's line, a photographer's credit a
// space or two after its caption, a caption across a story's columns, a figure broken at a line's end, full-width
// digits.
import { join } from 'node:path';
import type { Article } from '../../../src/document/types.js';
import { toGlyphs } from '../../../src/layout/glyphs.js';
import { layoutPage } from '../../../src/layout/index.js';
import { loadLayoutModel } from '../../../src/layout/model.js';
import { toRuns } from '../../../src/layout/runs.js';
import type { TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { paragraphsOf } from '../../pdf-pages/score.js';
import { expectReadAsPrinted, readPdfFixture } from '../../helpers/pdf-fixture.js';
import { column, item } from './items.js';

const dir = join(process.cwd(), 'tests/fixtures/pdf-parity');
const p = loadLayoutModel().params;

function read(items: TextItem[], width = 400, height = 600): Article[] {
  const laid = layoutPage({ pageNumber: 1, width, height, items }, { offset: 0, line: 1 })!;
  return segmentPage({ id: 'ppar', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout });
}
const bylines = (a: Article | undefined): string[] => (a?.bylines ?? []).map((b) => `${b.name}|${b.role}`);

describe('the same articles as text and as a page (tests/fixtures/pdf-parity)', () => {
  test.each(['page-2', 'page-3', 'page-4'])('%s: every article, title, paragraph and byline as printed', async (name) => {
    const { score } = await expectReadAsPrinted(dir, name);
    expect(score.bylinesRight).toBe(score.withBylines);
  });

  test('figures and Latin words broken at a line end, and full-width digits, read as the text path reads them', async () => {
    const texts = (await Promise.all(['page-2', 'page-4'].map((n) => readPdfFixture(dir, n)))).flatMap((r) => r.articles.map((a) => a.text)).join('\n');
    // (printed 3|.2亿元, 3|.45%, X|205 across line ends; １２项 in full width)
    for (const s of ['“共富贷”3.2亿元，', '年利率低至3.45%', '县道X205线新路口', '发明专利12项、实用新型专利36项']) expect(texts).toContain(s);
    expect(texts).not.toMatch(/[0-9A-Za-z] [0-9.%]/);
  });
});

describe('causes the comparison found, set by hand', () => {
  test('closing punctuation hung in a gutter narrower than an em does not join two columns\' lines', () => {
    // Columns at 0 and 64, 9 pt type, six characters a line (54 pt): the comma hung at 54–63 stands 1 pt from the
    // next column, closer than the spacing of a loose line tells apart.
    const left = ['左栏的第一行', '左栏的第二行', '左栏第三行字', '左栏第四行字'];
    const right = ['右栏的第一行', '右栏的第二行', '右栏第三行字', '右栏第四行字'];
    const items = [...column(left, 0, 20), ...column(right, 64, 20), item('，', 54, 20 + 13.5)];
    const runs = toRuns(toGlyphs(items).glyphs, p).map((r) => r.glyphs.map((g) => g.ch).join(''));
    expect(runs).toContain('左栏的第二行，');
    expect(runs).toContain('右栏的第二行');
  });

  test('a comma inside a line that crosses no column edge stays in one line', () => {
    const items = [...column(['第一行正文字', '第二行正文字', '第三行正文字'], 64, 20), item('跨栏的一行，紧接着', 0, 80)];
    const articles = read(items);
    expect(articles.flatMap((a) => paragraphsOf(a)).join('')).toContain('跨栏的一行，紧接着');
  });

  test('a kicker over a centred title, the byline flush left under it: one headline, the byline the article\'s', () => {
    const body = (k: number): string[] => [`第${k}栏正文开头`, '正文接着写下去的一行', '这一栏最后一行正文。'];
    const items = [
      item('乡村振兴', 130, 92, 12),
      item('清溪镇茶园迎来采摘季', 60, 120, 20),
      item('记者 吴嘉禾', 0, 134, 9),
      ...column(body(1), 0, 170, { indents: [0] }),
      ...column(body(2), 112, 170, { indents: [0] }),
      ...column(body(3), 224, 170, { indents: [0] }),
    ];
    const articles = read(items, 340);
    expect(articles.map((a) => a.title)).toEqual(['清溪镇茶园迎来采摘季']);
    expect(articles[0]!.kicker).toBe('乡村振兴');
    expect(bylines(articles[0])).toEqual(['吴嘉禾|记者']);
  });

  test('a byline on the title\'s line, flush right: the article\'s, and the column under it the article\'s text', () => {
    const items = [
      item('河埠头新修了码头', 0, 40, 18),
      item('通讯员 尤佳宁 记者 封小川', 214, 38, 9),
      ...column(['本报讯 河埠头村', '新修的码头日前投入使', '用，村民出行更方便了。'], 0, 70, { indents: [0] }),
      ...column(['村委会主任说，码', '头还将增设候船亭和照', '明设施，方便夜间出行。'], 112, 70, { indents: [0] }),
      ...column(['据了解，码头总投', '资八十万元，由村集体', '和乡贤共同出资建设。'], 224, 70, { indents: [0] }),
    ];
    const articles = read(items, 340);
    expect(articles).toHaveLength(1);
    expect(bylines(articles[0])).toEqual(['尤佳宁|通讯员', '封小川|记者']);
    expect(paragraphsOf(articles[0]!).join('')).toContain('由村集体和乡贤共同出资建设。');
  });

  test('a byline under a title of its own, level with a longer title beside it, stays with its own title', () => {
    const items = [
      item('城西片区老旧小区改造全面启动', 0, 100, 16),
      ...column(['本报讯 城西片区十二', '个老旧小区改造日前启动。'], 0, 130, { indents: [0] }),
      item('夜市开街', 250, 90, 16),
      item('记者 谭一诺', 250, 104, 9),
      ...column(['本报讯 老街夜市昨晚', '开街，游人如织。'], 250, 130, { indents: [0] }),
    ];
    const articles = read(items, 380);
    expect(bylines(articles.find((a) => a.title === '夜市开街'))).toEqual(['谭一诺|记者']);
    expect(bylines(articles.find((a) => a.title.startsWith('城西')))).toEqual([]);
  });

  test('a photographer\'s credit a space or two after its caption, the caption across the story\'s columns: a photo piece crediting them, the text running on under it', () => {
    const items = [
      item('湖畔新建一座口袋公园', 40, 30, 22),
      ...column(['本报讯 近日，位于', '湖畔的口袋公园建成开', '放，公园占地约五亩，'], 0, 60, { indents: [0] }),
      ...column(['设有步道和座椅，居民', '散步休闲更加方便了。', '据悉，今年全市还将新'], 112, 60),
      // (a picture over the third and fourth columns' tops; its caption across both, the credit two spaces after it)
      item('市民在新建成的口袋公园里休闲。', 224, 130, 8),
      item('记者 欧阳晓 摄', 356, 130, 8),
      ...column(['建口袋公园二十处，让', '市民推窗见绿、出门进', '园。'], 224, 150),
    ];
    const articles = read(items, 420);
    const story = articles.find((a) => a.title === '湖畔新建一座口袋公园')!;
    const text = paragraphsOf(story).join('|').replace(/ /g, '');
    expect(text).toContain('今年全市还将新建口袋公园二十处');
    expect(text).not.toContain('休闲。');
    const photo = articles.find((a) => a !== story && paragraphsOf(a).join('').includes('市民在新建成的口袋公园里休闲。'));
    expect(bylines(photo)).toEqual(['欧阳晓|摄影']);
  });
});
