// What a real newspaper page prints around its articles: the pdfkit fixtures of tests/fixtures/pdf-newsprint/
// (make.mjs remakes them) read right against their truth, and, set by hand, each cause on its own — vertical
// headline decks, boxed notes, captions that credit nobody, 导读 and weather boxes, page credits, jump lines — and
// a story continued across two pages of one file read as one article with exact offsets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, SourcePage } from '../../../src/document/types.js';
import { pdfPagesOf } from '../../../src/ingest/pdf.js';
import { jumpTarget } from '../../../src/layout/articles.js';
import { CONTINUATION_RULE, joinContinuations } from '../../../src/layout/continuations.js';
import { layoutPage } from '../../../src/layout/index.js';
import type { PageRules, TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { buildGraph } from '../../../src/pipeline.js';
import { norm, paragraphsOf } from '../../pdf-pages/score.js';
import { expectReadAsPrinted, readPdfFixture } from '../../helpers/pdf-fixture.js';
import { column, item } from './items.js';

const dir = join(process.cwd(), 'tests/fixtures/pdf-newsprint');

function read(items: TextItem[], rules?: PageRules, width = 400, height = 600): { articles: Article[]; page: SourcePage } {
  const laid = layoutPage({ pageNumber: 1, width, height, items, ...(rules ? { rules } : {}) }, { offset: 0, line: 1 })!;
  const page: SourcePage = { id: 'pnews', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return { articles: segmentPage(page), page };
}
const box = (x0: number, y0: number, x1: number, y1: number): PageRules => ({ h: [], v: [], boxes: [{ x0, y0, x1, y1 }] });
const stacked = (text: string, x: number, top: number, size: number, pitch: number): TextItem[] => [...text].map((c, i) => item(c, x, top + i * pitch, size));

describe('what a real page prints around its articles (tests/fixtures/pdf-newsprint)', () => {
  test.each([
    ['front', { page: '1', date: '2026-05-09' }],
    ['inside', { page: '2', date: '2026-05-09' }],
  ])('%s: every article, title, paragraph and byline as printed, nothing else read as an article', async (name, meta) => {
    const { pages } = await expectReadAsPrinted(dir, name);
    expect(pages.map((p) => p.meta)).toEqual([meta]);
  });

  test('the front page: the vertical headline read whole with its vertical kicker, the 导读 column and the weather box kept out as furniture, 本版编辑 a page credit', async () => {
    const { pages, articles } = await readPdfFixture(dir, 'front');
    const night = articles.find((a) => a.title === '古镇夜市亮起来')!;
    expect(night.kicker).toBe('文旅融合促消费');
    const furniture = pages[0]!.layout!.furniture;
    const kinds = (kind: string): string => furniture.filter((f) => f.kind === kind).map((f) => f.line.text.text.replace(/\s+/g, '')).join('|');
    expect(kinds('guide')).toContain('导读');
    expect(kinds('guide')).toContain('详见2版');
    expect(kinds('weather')).toContain('澄川天气');
    expect(kinds('footer')).toMatch(/^本版编辑：聂一鸣/);
    expect(articles.flatMap((a) => a.bylines.map((b) => b.name))).not.toContain('聂一鸣');
  });

  test('a story continued on page 2 of the same file is one article: its parts in order, each character at its place in its own page', async () => {
    const want = JSON.parse(readFileSync(join(dir, 'continued.json'), 'utf8')) as { title: string; paragraphs: string[] };
    const pages = await pdfPagesOf('both-pages.pdf', readFileSync(join(dir, 'both-pages.pdf')), {});
    expect(pages.map((p) => p.meta.page)).toEqual(['1', '2']);
    const segmented = pages.flatMap((p) => segmentPage(p));
    const joined = joinContinuations(segmented, pages);
    expect(joined).toHaveLength(segmented.length - 1);
    const story = joined.find((a) => a.title === want.title)!;
    expect(paragraphsOf(story).map(norm)).toEqual(want.paragraphs.map(norm));
    expect(story.parts!.map((p) => [p.pageId, p.page])).toEqual([
      [pages[0]!.id, '1'],
      [pages[1]!.id, '2'],
    ]);
    expect(story.rules).toContain(CONTINUATION_RULE);
    // The repeated title is no paragraph, and no other article of page 2 carries the rest.
    expect(joined.some((a) => a.title === '农机合作社抱团闯市场')).toBe(false);
    // Every character of each part maps to the same character in its page's range of the file's text.
    const text = pages[0]!.text;
    for (const [k, part] of story.parts!.entries()) {
      const page = pages[k]!;
      for (let i = part.start; i < part.end; i++) {
        if (story.text[i] === '\n') continue;
        const o = story.offsets[i]!;
        expect(o >= page.start && o < page.end).toBe(true);
        expect(norm(text[o]!)).toBe(norm(story.text[i]!));
      }
    }
  });

  test('built whole: the graph has one Article for the story, with both parts\' page ids; what its rest names sits on page 2', async () => {
    const { graph, articles } = await buildGraph({ inputs: [join(dir, 'both-pages.pdf')], workers: 1 });
    const story = graph.nodes.filter((n) => n.labels.includes('Article') && n.properties.title === '青浦湾十二家农机合作社抱团闯市场');
    expect(story).toHaveLength(1);
    const pageIds = [...new Set(articles.map((a) => a.pageId))];
    expect(story[0]!.properties.pageIds).toEqual(pageIds);
    expect(story[0]!.properties.pdfPage).toBe(1);
    // 褚立群 is named only in the rest, on page 2: the mention's place is page 2's.
    const person = graph.nodes.find((n) => n.properties.name === '褚立群')!;
    const mention = graph.relationships.find((r) => r.type === 'MENTIONS' && r.start === story[0]!.id && r.end === person.id)!;
    expect(mention.properties.pdfPage).toBe(2);
    expect(graph.relationships.filter((r) => r.type === 'WROTE' && r.end === story[0]!.id)).toHaveLength(2);
  });

  test('every article of a PDF\'s second page maps to its characters in the file\'s text (the form feed between pages counted)', async () => {
    const pages = await pdfPagesOf('both-pages.pdf', readFileSync(join(dir, 'both-pages.pdf')), {});
    for (const page of pages) {
      for (const a of segmentPage(page)) {
        const wrong = [...a.text].filter((c, i) => c !== '\n' && page.text[a.offsets[i]!] !== c);
        expect(wrong).toEqual([]);
      }
    }
  });

  test('the same two pages in two files stay two articles (an article points into one file)', async () => {
    const pages = [...(await pdfPagesOf('front.pdf', readFileSync(join(dir, 'front.pdf')), {})), ...(await pdfPagesOf('inside.pdf', readFileSync(join(dir, 'inside.pdf')), {}))];
    const segmented = pages.flatMap((p) => segmentPage(p));
    expect(joinContinuations(segmented, pages)).toHaveLength(segmented.length);
  });
});

describe('set by hand', () => {
  const body = ['本报讯 城西新建的体育', '公园昨天对市民开放，园内', '设有足球场两片、篮球场四', '片和环湖跑道三公里。'];

  test('a vertical title and its vertical kicker beside it are one headline: the larger the title, the kicker to its right', () => {
    const items = [...stacked('湖畔健身热', 20, 40, 20, 24), ...stacked('全民健身', 46, 44, 11, 14), ...column(body, 70, 40, { indents: [0] })];
    const { articles } = read(items);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('湖畔健身热');
    expect(articles[0]!.kicker).toBe('全民健身');
    expect(paragraphsOf(articles[0]!).map(norm)).toEqual([norm(body.join(''))]);
  });

  test('a boxed 记者手记 under an article\'s text is the article\'s, its label a subhead; far below the text it is a piece of its own', () => {
    const note = ['记者手记'];
    const noteBody = ['好的公园不只看设施，更要', '看管理和服务是否跟得上。'];
    const items = (at: number): TextItem[] => [item('城西体育公园开放', 20, 90, 16), ...column(body, 20, 120, { indents: [0] }), item(note[0]!, 26, at, 11), ...column(noteBody, 26, at + 18, { indents: [0] })];
    const near = read(items(190), box(20, 176, 160, 230));
    expect(near.articles).toHaveLength(1);
    expect(paragraphsOf(near.articles[0]!).map(norm)).toEqual([norm(body.join('')), '记者手记', norm(noteBody.join(''))]);
    const far = read(items(390), box(20, 376, 160, 430));
    expect(far.articles).toHaveLength(2);
  });

  test('a caption opening with 图为 under white space as tall as a picture is a photo piece; under text it is body', () => {
    const caption = '图为市民在公园晨练。';
    const under = (gap: number): TextItem[] => [item('城西体育公园开放', 20, 90, 16), ...column(body, 20, 120, { indents: [0] }), item(caption, 20, 120 + 3 * 13.5 + gap, 9)];
    const photo = read(under(80)).articles;
    expect(photo.map((a) => a.text.includes(caption) && a.title === '')).toContain(true);
    expect(paragraphsOf(photo.find((a) => a.title !== '')!).map(norm)).toEqual([norm(body.join(''))]);
    const plain = read(under(13.5)).articles;
    expect(plain).toHaveLength(1);
    expect(paragraphsOf(plain[0]!).map(norm)).toContain(norm(caption));
  });

  test('a 导读 box and a weather box are furniture, not articles', () => {
    const guide = [item('导读', 20, 90, 14), item('城南新建三所幼儿园', 20, 112), item('详见2版', 90, 126), item('老街改造听取意见', 20, 144), item('详见3版', 90, 158)];
    const weather = [item('今日天气', 200, 90, 14), item('今天 多云 16～24℃', 200, 112), item('明天 小雨 15～21℃', 200, 126)];
    const { articles, page } = read([...guide, ...weather, item('城西体育公园开放', 20, 220, 16), ...column(body, 20, 250, { indents: [0] })]);
    expect(articles.map((a) => a.title)).toEqual(['城西体育公园开放']);
    expect(new Set(page.layout!.furniture.map((f) => f.kind))).toEqual(new Set(['guide', 'weather']));
  });

  test('a 导读 column whose entries summarise in sentences is furniture all the same; lines ending in page references without a title, too', () => {
    const titled = [item('今日导读', 20, 90, 14), item('城南新建三所幼儿园，秋季', 20, 112), item('开学可提供学位九百个。', 20, 126), item('（详见第2版）', 90, 140)];
    const { articles, page } = read([...titled, item('城西体育公园开放', 20, 220, 16), ...column(body, 20, 250, { indents: [0] })]);
    expect(articles.map((a) => a.title)).toEqual(['城西体育公园开放']);
    expect(page.layout!.furniture.filter((f) => f.kind === 'guide')).toHaveLength(4);
  });

  test('a table framed by a box between an article\'s paragraphs: its cells kept out, the paragraph after it still the article\'s', () => {
    const after = ['市统计局有关负责人表示，全', '年经济有望保持较快增长。'];
    const cells = [item('指标', 26, 176), item('数值', 120, 176), item('生产总值', 26, 196), item('512亿元', 120, 196), item('工业增加值', 26, 216), item('148亿元', 120, 216)];
    const rules: PageRules = { h: [180, 200].map((y) => ({ x0: 20, x1: 180, y0: y + 4, y1: y + 4 })), v: [{ x0: 112, x1: 112, y0: 164, y1: 224 }], boxes: [{ x0: 20, y0: 164, x1: 180, y1: 224 }] };
    const { articles } = read([item('一季度经济运行平稳', 20, 90, 16), ...column(body, 20, 120, { indents: [0] }), ...cells, ...column(after, 20, 246, { indents: [0] })], rules);
    expect(articles).toHaveLength(1);
    expect(paragraphsOf(articles[0]!).map(norm)).toEqual([norm(body.join('')), norm(after.join(''))]);
  });

  test('jump lines name the page, in digits, and the way', () => {
    expect(jumpTarget('（下转第3版）')).toEqual({ to: '3' });
    expect(jumpTarget('(转第十二版)')).toEqual({ to: '12' });
    expect(jumpTarget('（上接第一版）')).toEqual({ from: '1' });
    expect(jumpTarget('（接第二十版）')).toEqual({ from: '20' });
    expect(jumpTarget('（转A5版）')).toEqual({ to: 'A5' });
    expect(jumpTarget('本版编辑：王强')).toBeUndefined();
  });
});
