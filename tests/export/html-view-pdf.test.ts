// The offline HTML view of a graph read from a PDF, in headless Chromium: a mention's evidence shows the page
// text at its offsets (the PDF read again the way ingest read it) and a sketch of the page with the article's
// column boxes and the mention's box marked; an article shows where it sits on its page. A screenshot is kept
// in test-artifacts/.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { toHtml } from '../../src/export/html.js';
import { readPageTexts } from '../../src/export/page-text.js';
import { buildGraph } from '../../src/pipeline.js';
import type { Graph } from '../../schema/model.js';
import { launchChromium, type Browser } from '../browser/chromium.js';
import { generatePage } from '../pdf-pages/layouts.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
let graph: Graph;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-html-pdf-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, (await generatePage('four-bylines', 2)).pdf);
  graph = (await buildGraph({ inputs: [file] })).graph;
  const pages = await readPageTexts(graph, dir);
  expect(pages.missing).toEqual([]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const html = join(ARTIFACTS, 'graph-pdf.html');
  writeFileSync(html, await toHtml(graph, { pageTexts: pages.texts, generatedBy: 'kg-local-news test' }));
  url = pathToFileURL(html).href;
  browser = await launchChromium();
  await browser.page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
});

test('a mention read from a PDF shows its page text and where on the page it was printed', async () => {
  const { page } = browser;
  await page.goto(url);
  await page.waitForFunction(() => typeof window.kgView?.focus === 'function');
  const person = graph.relationships.find((r) => r.type === 'MENTIONS' && r.end.startsWith('person:'))!;
  await page.evaluate((id) => window.kgView.focus(id), person.end);
  const item = page.locator('#panel .evidence li', { hasText: 'MENTIONS' }).first();
  await expect(item.locator('mark').first().textContent()).resolves.toBe(String(graph.nodes.find((n) => n.id === person.end)!.properties.name));
  await expect(item.textContent()).resolves.toMatch(/page\.pdf:\d+–\d+/);
  await expect(item.locator('figcaption').textContent()).resolves.toMatch(/^PDF page 1 · at \d+, \d+, \d+, \d+ pt$/);
  const mark = item.locator('svg.page-sketch rect.mark-box');
  await expect(mark.count()).resolves.toBe(1);
  const [x, w] = await Promise.all([mark.getAttribute('x'), mark.getAttribute('width')]);
  const box = person.properties.bboxes as number[];
  expect(Number(x)).toBeCloseTo(box[0]!, 1);
  expect(Number(w)).toBeCloseTo(box[2]! - box[0]!, 1);
  expect(await item.locator('svg.page-sketch rect.article-box').count()).toBeGreaterThan(0);
  const shot = join(ARTIFACTS, 'html-view-pdf.png');
  await page.screenshot({ path: shot });
  expect(statSync(shot).size).toBeGreaterThan(20_000);
  expect(browser.errors).toEqual([]);
});

test('an article read from a PDF shows its column boxes on the page', async () => {
  const { page } = browser;
  const article = graph.nodes.find((n) => n.labels[0] === 'Article')!;
  await page.evaluate((id) => window.kgView.focus(id), article.id);
  const boxes = page.locator('#panel svg.page-sketch rect.article-box');
  await expect(boxes.count()).resolves.toBe((article.properties.boxes as number[]).length / 4);
  await expect(page.locator('#panel figcaption').first().textContent()).resolves.toBe('PDF page 1 · the article');
  expect(browser.errors).toEqual([]);
});
