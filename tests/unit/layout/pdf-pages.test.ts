// Whole PDFs through ingest, layout and segmentation: generated pages of several layouts read right against the
// truth written beside them, a PDF known by its bytes whatever its name, a PDF's pages in order with their
// running heads, bad PDFs refused with the file named while the other inputs go on, and where each fact sits on
// its page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { ingest } from '../../../src/ingest/index.js';
import { buildGraph } from '../../../src/pipeline.js';
import { segmentPage } from '../../../src/segment/index.js';
import { generateIssue, generatePage } from '../../pdf-pages/layouts.js';
import { scorePage } from '../../pdf-pages/score.js';
import { FONTS } from '../../pdf-pages/typeset.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-pdf-pages-'));

async function smallPdf(options: PDFKit.PDFDocumentOptions, draw: (d: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const d = new PDFDocument({ size: [300, 400], margin: 0, ...options });
  const chunks: Buffer[] = [];
  d.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((res) => d.on('end', res));
  draw(d);
  d.end();
  await done;
  return Buffer.concat(chunks);
}
const someText = (d: PDFKit.PDFDocument): void => void d.font(FONTS.serif.file, FONTS.serif.name).fontSize(9).text('本报讯 柳岸社区新开了一家便民食堂。', 20, 20, { lineBreak: false });

describe('generated pages of several layouts', () => {
  test.each(['five-l-shape', 'four-front-page', 'six-briefs'])('%s: every article, title, paragraph and byline as printed', async (layout) => {
    const { pdf, truth } = await generatePage(layout, 11);
    const file = join(dir, `${layout}.pdf`);
    writeFileSync(file, pdf);
    const { pages, failures } = await ingest([file]);
    expect(failures).toEqual([]);
    const score = scorePage(truth, pages.flatMap((p) => segmentPage(p)));
    expect(score.problems).toEqual([]);
    expect(score.right).toBe(truth.articles.length);
  });
});

describe('PDF input', () => {
  test('a PDF is known by its bytes, also when it is named .txt; its pages come in order, each with its running head', async () => {
    const { pdf, truths } = await generateIssue(['two-side-by-side', 'three-spanning-lead'], 3);
    const file = join(dir, 'issue.txt');
    writeFileSync(file, pdf);
    const { pages } = await ingest([file]);
    expect(pages.map((p) => [p.index, p.layout?.pageNumber, p.encoding])).toEqual([
      [0, 1, 'pdf'],
      [1, 2, 'pdf'],
    ]);
    expect(pages.map((p) => p.meta.page)).toEqual(['5', '6']);
    expect(pages[1]!.start).toBeGreaterThan(pages[0]!.end);
    const titles = pages.flatMap((p) => segmentPage(p)).map((a) => a.title);
    expect(titles).toEqual(truths.flatMap((t) => t.articles.map((a) => a.title)));
  });

  test('bad PDFs fail with a clear error naming the file; the other inputs of the build go on', async () => {
    const files = {
      'encrypted.pdf': await smallPdf({ userPassword: 'pw', ownerPassword: 'owner' }, someText),
      'scan.pdf': await smallPdf({}, (d) => void d.rect(10, 10, 200, 300).fill('#777777')),
      'cut.pdf': (await smallPdf({}, someText)).subarray(0, 3000),
      'good.pdf': await smallPdf({}, someText),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const { pages, failures } = await ingest(Object.keys(files).map((f) => join(dir, f)));
    expect(pages.map((p) => p.source)).toEqual([join(dir, 'good.pdf')]);
    expect(failures.map((f) => [f.code, f.message])).toEqual([
      ['INPUT_INVALID', `${join(dir, 'encrypted.pdf')}: the PDF is encrypted with a password; kg cannot read its text`],
      ['INPUT_EMPTY', `${join(dir, 'scan.pdf')}: the PDF has no text layer (1 page(s) of images or vector art only)`],
      ['INPUT_INVALID', `${join(dir, 'cut.pdf')}: not a readable PDF (Invalid PDF structure.)`],
    ]);
    expect(failures[1]!.hint).toMatch(/OCR/);
  });

  test('a PDF with only an owner password (printing restricted) is read', async () => {
    const file = join(dir, 'restricted.pdf');
    writeFileSync(file, await smallPdf({ ownerPassword: 'owner', permissions: { printing: 'lowResolution' } }, someText));
    const { pages } = await ingest([file]);
    expect(segmentPage(pages[0]!)[0]!.dateline).toBe('本报讯');
  });

  test('reading a PDF leaves the built-ins native (pdfjs-dist brings slower polyfills of push and JSON.parse)', async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const file = join(dir, 'plain.pdf');
    writeFileSync(file, await smallPdf({}, someText));
    await ingest([file]);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(String(Array.prototype.push)).toContain('[native code]');
  });
});

describe('provenance on the page', () => {
  test('articles, mentions and relations read from a PDF carry their page and boxes inside the page', async () => {
    const { pdf } = await generatePage('three-spanning-lead', 5);
    const file = join(dir, 'prov.pdf');
    writeFileSync(file, pdf);
    const { graph } = await buildGraph({ inputs: [file] });
    const articles = graph.nodes.filter((n) => n.labels[0] === 'Article');
    expect(articles.length).toBeGreaterThan(0);
    const within = (b: number[], w: number, h: number): boolean => b[0]! >= 0 && b[1]! >= 0 && b[2]! <= w && b[3]! <= h && b[0]! < b[2]! && b[1]! < b[3]!;
    for (const a of articles) {
      const { pdfPage, pageWidth, pageHeight, boxes } = a.properties as { pdfPage: number; pageWidth: number; pageHeight: number; boxes: number[] };
      expect([pdfPage, pageWidth, pageHeight]).toEqual([1, 760, 1080]);
      expect(boxes.length % 4).toBe(0);
      for (let i = 0; i < boxes.length; i += 4) expect(within(boxes.slice(i, i + 4), 760, 1080)).toBe(true);
    }
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      const { bboxes, sourceStarts } = m.properties as { bboxes: number[]; sourceStarts: number[] };
      expect(bboxes).toHaveLength(sourceStarts.length * 4);
      // A mention's box lies inside one of its article's column boxes.
      const article = articles.find((a) => a.id === m.start)!;
      const cols = article.properties.boxes as number[];
      const inColumn = (b: number[]): boolean => [...Array(cols.length / 4).keys()].some((k) => b[0]! >= cols[4 * k]! - 1 && b[2]! <= cols[4 * k + 2]! + 1 && b[1]! >= cols[4 * k + 1]! - 1 && b[3]! <= cols[4 * k + 3]! + 1);
      for (let i = 0; i < bboxes.length; i += 4) expect(inColumn(bboxes.slice(i, i + 4))).toBe(true);
    }
    const read = graph.relationships.filter((r) => r.type !== 'MENTIONS' && typeof r.properties.sentence === 'string');
    expect(read.length).toBeGreaterThan(0);
    for (const r of read) expect((r.properties.bbox as number[]).length).toBe(4);
  });

  test('facts read from a text file carry no page or box', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, '便民食堂开张\n\n本报讯 柳岸社区新开了一家便民食堂，每天供应午餐三百份。\n');
    const { graph } = await buildGraph({ inputs: [file] });
    for (const n of graph.nodes) expect(n.properties.pdfPage).toBeUndefined();
    for (const r of graph.relationships) expect([r.properties.pdfPage, r.properties.bbox, r.properties.bboxes]).toEqual([undefined, undefined, undefined]);
  });
});
