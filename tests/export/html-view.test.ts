// The offline HTML view in headless Chromium: it opens from a file with no network and no console errors, search
// finds a company and focuses it, clicking a node on the canvas shows the evidence behind it, and the label
// filters hide and show. A screenshot is kept in test-artifacts/.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { toHtml } from '../../src/export/html.js';
import { readPageTexts } from '../../src/export/page-text.js';
import type { Graph } from '../../schema/model.js';
import { launchChromium, type Browser } from '../browser/chromium.js';
import { sampleBuild } from '../helpers/sample-graph.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const COMPANY = 'org:盈智热管理科技（嘉兴）有限公司';

let graph: Graph;
let browser: Browser;
let url: string;
const offline: string[] = [];

beforeAll(async () => {
  graph = (await sampleBuild()).graph;
  const pages = await readPageTexts(graph, PROJECT_ROOT);
  expect(pages.missing).toEqual([]);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'graph.html');
  writeFileSync(file, await toHtml(graph, { pageTexts: pages.texts, generatedBy: 'kg-local-news test' }));
  url = pathToFileURL(file).href;
  browser = await launchChromium();
  // Anything but the file itself would be a request to the network: record it and refuse it.
  await browser.page.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    offline.push(route.request().url());
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<void> {
  await browser.page.goto(url);
  await browser.page.waitForFunction(() => typeof window.kgView?.focus === 'function');
}

test('opens from a file with no network request and no console error, showing every node and the labels', async () => {
  await open();
  const { page } = browser;
  await expect(page.locator('#counts').textContent()).resolves.toBe(`${graph.nodes.length} nodes · ${graph.relationships.length} relationships`);
  const legend = await page.locator('#legend li').allTextContents();
  const count = (label: string): number => graph.nodes.filter((n) => n.labels[0] === label).length;
  expect(legend).toEqual(expect.arrayContaining(['Organization', 'Outcome', 'Article'].map((l) => `${l}${count(l)}`)));
  expect(count('Organization')).toBeGreaterThan(10);
  expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
  expect(offline).toEqual([]);
  expect(browser.errors).toEqual([]);
});

test('search finds the company by its short name and focuses it, with the evidence marked', async () => {
  await open();
  const { page } = browser;
  await page.fill('#search', '盈智');
  const results = page.locator('#results li');
  await expect(results.allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('盈智热管理科技（嘉兴）有限公司')]));
  // Both companies are called 盈智 for short; the one the page mentions most comes first.
  expect(await results.first().getAttribute('data-id')).toBe(COMPANY);
  await page.press('#search', 'Enter');
  await expect(page.evaluate(() => window.kgView.selected())).resolves.toBe(COMPANY);
  await expect(page.locator('#panel .node-name').textContent()).resolves.toBe('盈智热管理科技（嘉兴）有限公司');
  const marks = await page.locator('#panel .evidence mark').allTextContents();
  expect(marks).toContain('盈智热管理科技（嘉兴）有限公司');
  await expect(page.locator('#panel .evidence').textContent()).resolves.toMatch(/SPUN_OFF_FROM → 上海盈智汽车零部件集团公司/);
  await page.waitForTimeout(700); // the camera's move to the node
  const shot = join(ARTIFACTS, 'html-view.png');
  await page.screenshot({ path: shot });
  expect(statSync(shot).size).toBeGreaterThan(20_000);
  expect(browser.errors).toEqual([]);
});

test('clicking a node on the canvas shows its properties and the page text around its mentions', async () => {
  await open();
  const { page } = browser;
  const at = await page.evaluate((id) => window.kgView.viewportPosition(id), COMPANY);
  const box = (await page.locator('#graph').boundingBox())!;
  expect(at!.x).toBeGreaterThan(0);
  expect(at!.x).toBeLessThan(box.width);
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
  await expect(page.evaluate(() => window.kgView.selected())).resolves.toBe(COMPANY);
  const items = page.locator('#panel .evidence li');
  expect(await items.count()).toBeGreaterThan(5);
  const mention = await page.locator('#panel .evidence li', { hasText: 'MENTIONS' }).first().textContent();
  // Page text with the line breaks of the column undone, at the mention's source offsets.
  expect(mention).toMatch(/落户平湖经济技术开发区的盈智热管理科技（嘉兴）有限公司正式运营/);
  expect(mention).toMatch(/pinghu-2022-page\.txt:4822–4838/);
  await page.locator('#panel .connections a', { hasText: '上海盈智汽车零部件集团公司' }).first().click();
  await expect(page.evaluate(() => window.kgView.selected())).resolves.toBe('org:上海盈智汽车零部件集团公司');
  expect(browser.errors).toEqual([]);
});

test('label filters hide a label; focusing a node of a hidden label shows it again', async () => {
  await open();
  const { page } = browser;
  const outcomes = page.locator('#legend input[data-label="Outcome"]');
  await outcomes.uncheck();
  const outcome = graph.nodes.find((n) => n.labels[0] === 'Outcome')!;
  // A hidden node cannot be clicked: sigma does not draw it.
  const at = await page.evaluate((id) => window.kgView.viewportPosition(id), outcome.id);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
  await expect(page.evaluate(() => window.kgView.selected())).resolves.not.toBe(outcome.id);
  await page.fill('#search', String(outcome.properties.name));
  await page.press('#search', 'Enter');
  await expect(outcomes.isChecked()).resolves.toBe(true);
  await expect(page.evaluate(() => window.kgView.selected())).resolves.toBe(outcome.id);
  expect(browser.errors).toEqual([]);
});
