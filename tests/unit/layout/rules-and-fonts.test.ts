// Pages as typesetting systems (方正飞腾, InDesign) write them: articles parted by drawn rules and boxes with little
// white space, and text layers in fonts with no usable ToUnicode map. The pdfkit fixtures of
// tests/fixtures/pdf-typeset/ (make.mjs remakes them) read right against their truth; by hand, each case where
// white space alone gives the wrong answer, read without the page's rules and with them; the rules read from an
// operator list; fonts judged readable or not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, SourcePage } from '../../../src/document/types.js';
import { KgError } from '../../../src/errors.js';
import { pdfPagesOf } from '../../../src/ingest/pdf.js';
import { layoutPage } from '../../../src/layout/index.js';
import { loadLayoutModel } from '../../../src/layout/model.js';
import { rulesOf } from '../../../src/layout/pdf.js';
import { toGlyphs } from '../../../src/layout/glyphs.js';
import { toRuns } from '../../../src/layout/runs.js';
import { checkTextLayer } from '../../../src/layout/text-layer.js';
import type { PageRules, TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { PageTruth } from '../../pdf-pages/layouts.js';
import { norm, paragraphsOf, scorePage } from '../../pdf-pages/score.js';
import { column, item } from './items.js';
import { expectReadAsPrinted } from '../../helpers/pdf-fixture.js';

const dir = join(process.cwd(), 'tests/fixtures/pdf-typeset');

function read(items: TextItem[], rules: PageRules | undefined, width = 300, height = 400): Article[] {
  const laid = layoutPage({ pageNumber: 1, width, height, items, ...(rules ? { rules } : {}) }, { offset: 0, line: 1 })!;
  const src: SourcePage = { id: 'prules', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return segmentPage(src);
}
const hRule = (x0: number, x1: number, y: number) => ({ x0, x1, y0: y, y1: y });
const vRule = (x: number, y0: number, y1: number) => ({ x0: x, x1: x, y0, y1 });

describe('pages set glyph by glyph with rules and boxes (tests/fixtures/pdf-typeset)', () => {
  test.each([
    ['page-1', { page: '3', date: '2026-04-18' }],
    ['page-2', { page: '4', date: '2026-04-18' }],
  ])('%s: every article, title, paragraph and byline as printed, nothing else read as an article', async (name, meta) => {
    const { pages } = await expectReadAsPrinted(dir, name);
    expect(pages.map((p) => p.meta)).toEqual([meta]);
    expect(pages.flatMap((p) => p.warnings)).toEqual([]);
  });

  test('a page whose text reads as Latin (a custom font encoding) is left out with a warning naming the file and page; the good page is read', async () => {
    const truth = JSON.parse(readFileSync(join(dir, 'garbled-2-pages.truth.json'), 'utf8')) as PageTruth;
    const pages = await pdfPagesOf('garbled-2-pages.pdf', readFileSync(join(dir, 'garbled-2-pages.pdf')), {});
    expect(pages).toHaveLength(1);
    expect(pages[0]!.layout!.pageNumber).toBe(1);
    const articles = pages.flatMap((p) => segmentPage(p));
    expect(scorePage(truth, articles).problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(pages[0]!.warnings).toEqual([expect.stringMatching(/^garbled-2-pages\.pdf: page 2: the text layer is unreadable — 300 of 300 characters are not text \(300 in a custom font encoding .*the page was left out: OCR it/)]);
  });

  test('a PDF whose every page is in fonts mapped to the Private Use Area is refused with a hint to OCR it', async () => {
    const reading = pdfPagesOf('private-use.pdf', readFileSync(join(dir, 'private-use.pdf')), {});
    await expect(reading).rejects.toBeInstanceOf(KgError);
    await expect(reading).rejects.toMatchObject({ code: 'INPUT_ENCODING', subject: 'private-use.pdf', message: expect.stringContaining('text layer is unreadable: page 1 is set in fonts with no usable Unicode mapping'), hint: expect.stringContaining('ocrmypdf --force-ocr') });
  });

  test('a few glyphs mapped to the Private Use Area in good text: the text is kept without them, and the page says so', async () => {
    const truth = JSON.parse(readFileSync(join(dir, 'few-unmapped.printed.json'), 'utf8')) as PageTruth;
    const pages = await pdfPagesOf('few-unmapped.pdf', readFileSync(join(dir, 'few-unmapped.pdf')), {});
    const [article] = pages.flatMap((p) => segmentPage(p));
    expect(article!.title).toBe(truth.articles[0]!.title);
    // The two characters whose glyphs have no mapping (惠, 巡) are missing, and nothing else.
    expect(paragraphsOf(article!).map(norm)).toEqual(truth.articles[0]!.paragraphs.map((p) => norm(p.replace(/[惠巡]/g, ''))));
    expect(pages[0]!.warnings).toEqual([expect.stringMatching(/^few-unmapped\.pdf: page 1: 2 of \d+ characters were left out \(2 with no Unicode mapping .*the rest of the page's text is kept$/)]);
  });
});

describe('rules and boxes where white space alone gives the wrong answer, set by hand', () => {
  // Body 9 pt on a 13.5 pt pitch: a gutter needs 5 pt of white, a section gap 7.2 pt.
  const left = ['东港码头扩建', '工程昨天开工建设', '预计明年底完工。'];
  const right = ['西岭隧道历时两年', '建设昨天全线贯通，', '缩短行车时间半小时。'];

  test('two columns 4 pt apart with a rule between are read column by column, not line by line across', () => {
    const items = [item('港城交通建设提速', 10, 40, 16), ...column(left, 10, 70, { indents: [0] }), ...column(right, 86, 70)];
    const wrong = read(items, undefined);
    expect(paragraphsOf(wrong[0]!).join('').replace(/\s/g, '')).toContain('开工建设建设昨天全线贯通');
    const [a] = read(items, { h: [], v: [vRule(84, 58, 100)], boxes: [] });
    expect(paragraphsOf(a!)).toEqual([left.join('') + right.join('')]);
  });

  test('a rule drawn between glyphs 2 pt apart parts them into two runs', () => {
    const items = [item('东港码头', 10, 40), item('西岭隧道', 48, 40)];
    const p = loadLayoutModel().params;
    const { glyphs } = toGlyphs(items);
    expect(toRuns(glyphs, p).map((r) => r.glyphs.map((g) => g.ch).join(''))).toEqual(['东港码头西岭隧道']);
    expect(toRuns(glyphs, p, [vRule(47, 30, 45)]).map((r) => r.glyphs.map((g) => g.ch).join(''))).toEqual(['东港码头', '西岭隧道']);
  });

  test('briefs stacked 6 pt apart with a rule between: the second title opens a brief of its own, no subhead of the first', () => {
    const items = [
      item('柳港村举办插秧节', 10, 80, 11),
      ...column(['柳港村昨天举办', '插秧节，吸引市民四', '百多人参加。'], 10, 94, { indents: [0] }),
      item('城北新增公交线路', 10, 138, 11),
      ...column(['城北片区下周起', '新开两条公交线路。'], 10, 152, { indents: [0] }),
    ];
    expect(read(items, undefined).map((a) => a.title)).toEqual(['柳港村举办插秧节']);
    const articles = read(items, { h: [hRule(10, 100, 125)], v: [], boxes: [] });
    expect(articles.map((a) => a.title)).toEqual(['柳港村举办插秧节', '城北新增公交线路']);
    expect(paragraphsOf(articles[1]!)).toEqual(['城北片区下周起新开两条公交线路。']);
    expect(paragraphsOf(articles[0]!)).toEqual(['柳港村昨天举办插秧节，吸引市民四百多人参加。']);
  });

  test('a box under two stories, its two columns under theirs: it is cut as one piece, not read into each story above', () => {
    // Two stories side by side, a gutter apart; under them, a box whose two columns stand under theirs.
    const box = { x0: 6, y0: 150, x1: 210, y1: 200 };
    const items = [
      item('东港码头扩建', 10, 40, 16),
      ...column(left, 10, 70, { indents: [0] }),
      item('西岭隧道贯通', 120, 40, 16),
      ...column(right, 120, 70, { indents: [0] }),
      ...column(['相关链接：港城今年', '在建交通项目十二个'], 10, 170),
      ...column(['总投资约八十六亿元', '年内将完工六个。'], 120, 170),
    ];
    const wrong = read(items, undefined);
    expect(paragraphsOf(wrong.find((a) => a.title === '东港码头扩建')!).join('')).toContain('相关链接');
    const articles = read(items, { h: [], v: [], boxes: [box] });
    expect(articles.map((a) => [a.title, paragraphsOf(a).join('')])).toEqual([
      ['东港码头扩建', left.join('')],
      ['西岭隧道贯通', right.join('')],
      ['', '相关链接：港城今年在建交通项目十二个总投资约八十六亿元年内将完工六个。'],
    ]);
  });
});

describe('rules from a page operator list', () => {
  // pdfjs's operator codes (OPS) for the ones read.
  const OPS = { save: 10, restore: 11, transform: 12, moveTo: 13, lineTo: 14, curveTo: 15, curveTo2: 16, curveTo3: 17, closePath: 18, rectangle: 19, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, endPath: 28, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75 };
  // A page 800 pt high, made upright (y down) as pdfjs's viewport transform makes it.
  const base: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 800];

  test('strokes, stroked rectangles, thin filled bars and panels; a transform is applied; curves, slanted strokes and clipping paths are not rules', () => {
    const fn: number[] = [];
    const args: unknown[] = [];
    const op = (f: number, a: unknown = null): void => {
      fn.push(f);
      args.push(a);
    };
    op(OPS.constructPath, [[OPS.moveTo, OPS.lineTo], [40, 700, 400, 700], null]); // a horizontal stroke
    op(OPS.stroke);
    op(OPS.constructPath, [[OPS.rectangle], [50, 100, 200, 300], null]); // a stroked box
    op(OPS.stroke);
    op(OPS.constructPath, [[OPS.rectangle], [300, 500, 1, 150], null]); // a filled bar: a vertical rule
    op(OPS.fill);
    op(OPS.save);
    op(OPS.transform, [1, 0, 0, 1, 100, -100]); // cm: moved right 100, down 100 on the page
    op(OPS.constructPath, [[OPS.rectangle], [0, 200, 80, 40], null]); // a tinted panel
    op(OPS.fill);
    op(OPS.restore);
    op(OPS.constructPath, [[OPS.moveTo, OPS.curveTo], [10, 10, 20, 30, 40, 50, 60, 10], null]); // a curve
    op(OPS.stroke);
    op(OPS.constructPath, [[OPS.moveTo, OPS.lineTo], [10, 10, 200, 150], null]); // slanted
    op(OPS.stroke);
    op(OPS.constructPath, [[OPS.rectangle], [0, 0, 800, 800], null]); // a clipping path, not painted
    op(OPS.endPath);
    const r = rulesOf(fn, args, base, OPS);
    expect(r.h).toEqual([{ x0: 40, x1: 400, y0: 100, y1: 100 }]);
    expect(r.v).toEqual([{ x0: 300.5, x1: 300.5, y0: 150, y1: 300 }]);
    expect(r.boxes).toEqual([
      { x0: 50, x1: 250, y0: 400, y1: 700 },
      { x0: 100, x1: 180, y0: 660, y1: 700 },
    ]);
  });
});

describe('text layers judged font by font', () => {
  const at = (str: string, font: string, baseline = 20): TextItem => ({ ...item(str, 10, baseline), font });

  test('GB 2312 row and cell bytes read as ASCII, and GBK bytes read as Latin-1, are no text; English, and Chinese with · × ° ± in it, are', () => {
    const soup = checkTextLayer([at('1>1(Q6#:;GJPB=VF0B-*L[OB~', 'f1'), at('5D9}W\\Cf(7@`[>X', 'f1', 40)]);
    expect([...soup.fonts]).toEqual([['f1', 'custom-encoding']]);
    expect(soup.pageUnreadable).toBe(true);
    const latin1 = checkTextLayer([at('±¾±¨Ñ¶£¨¼ÇÕß ÎéÎÄ£©', 'f2')]);
    expect([...latin1.fonts]).toEqual([['f2', 'custom-encoding']]);
    const good = checkTextLayer([at('The port opened a new route to Singapore, (Reuters).', 'f3'), at('气温最高28°C，误差±0.5°，面积3×4米，张·伊万', 'f4', 40)]);
    expect(good.fonts.size).toBe(0);
    expect(good.unreadable).toBe(0);
    expect(good.pageUnreadable).toBe(false);
  });

  test('a garbled headline font on a page of good body text: that font is dropped, the page is read', () => {
    const check = checkTextLayer([at('\ue011\ue012\ue013\ue014\ue015\ue016\ue017', 'title'), ...Array.from({ length: 6 }, (_, i) => at('南浦街道六个老旧小区的供水管网改造完工', 'body', 40 + 14 * i))]);
    expect([...check.fonts]).toEqual([['title', 'unmapped']]);
    expect(check.unreadable).toBe(7);
    expect(check.pageUnreadable).toBe(false);
  });
});
