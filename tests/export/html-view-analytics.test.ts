// Issue 15 in the offline HTML view, on the multi-issue fixture archive: the page carries each node's community
// colour and the dates of the articles naming it; in headless Chromium, "colour by community" recolours the nodes,
// and the date filter hides what no article of the chosen dates names, until "all" or a search brings it back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { toHtml } from '../../src/export/html.js';
import { COMMUNITY_OTHER, LABEL_COLOURS } from '../../src/export/palette.js';
import type { ViewData } from '../../src/viewer/view-data.js';
import type { Graph, GraphNode } from '../../schema/model.js';
import { launchChromium, type Browser } from '../browser/chromium.js';
import { archiveBuild } from '../helpers/archive-graph.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

let graph: Graph;
let data: ViewData;
let browser: Browser;
let url: string;

beforeAll(async () => {
  ({ graph } = await archiveBuild());
  const html = await toHtml(graph, { generatedBy: 'kg-local-news test' });
  data = JSON.parse(/<script type="application\/json" id="kg-data">(.*?)<\/script>/s.exec(html)![1]!) as ViewData;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'graph-archive.html');
  writeFileSync(file, html);
  url = pathToFileURL(file).href;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

const node = (id: string) => data.nodes.find((n) => n.id === id)!;
const articleDate = (articleId: string): string | undefined => graph.nodes.find((n) => n.id === `article:${articleId}`)?.properties.date as string | undefined;
const mostCentralCompany = (): GraphNode =>
  graph.nodes.filter((n) => n.labels[1] === 'Company').reduce((a, b) => ((b.properties.pagerank as number) > (a.properties.pagerank as number) ? b : a));

async function open(): Promise<void> {
  await browser.page.goto(url);
  await browser.page.waitForFunction(() => typeof window.kgView?.focus === 'function');
}

const drawn = (id: string) => browser.page.evaluate((key) => window.kgView.drawn(key), id);

describe('the data the page carries', () => {
  test('the largest communities, numbered by size, each with a colour of its own and its leading members', () => {
    expect(data.communities.length).toBeGreaterThan(1);
    expect(data.communities.map((c) => c.community)).toEqual([...data.communities.map((c) => c.community)].sort((a, b) => a - b));
    expect(new Set(data.communities.map((c) => c.colour)).size).toBe(data.communities.length);
    for (const c of data.communities) {
      const members = graph.nodes.filter((n) => n.properties.community === c.community);
      expect(c.size).toBe(members.length);
      expect(c.leaders.every((name) => members.some((m) => m.properties.name === name))).toBe(true);
    }
  });

  test('every node has its community’s colour, grey for articles and outcomes', () => {
    const colourOf = new Map(data.communities.map((c) => [c.community, c.colour]));
    for (const n of graph.nodes) expect([n.id, node(n.id).communityColour]).toEqual([n.id, colourOf.get(n.properties.community as number) ?? COMMUNITY_OTHER]);
    expect(node(mostCentralCompany().id).communityColour).not.toBe(COMMUNITY_OTHER);
  });

  test('every node has the dates of the articles naming it; the page has every date of the archive', () => {
    const articleDates = graph.nodes.filter((n) => n.labels[0] === 'Article').map((n) => n.properties.date as string);
    expect(data.dates).toEqual([...new Set(articleDates)].sort());
    expect(data.dates).toHaveLength(10);
    for (const n of graph.nodes) {
      const ids = n.labels[0] === 'Article' ? [n.id.slice('article:'.length)] : (n.properties.articleIds as string[]);
      expect(node(n.id).dates).toEqual([...new Set(ids.map(articleDate).filter((d) => d !== undefined))].sort());
    }
    expect(node(mostCentralCompany().id).dates.length).toBeGreaterThan(1);
  });
});

describe('in the browser', () => {
  test('colouring by community recolours the nodes, and back by label', async () => {
    await open();
    const { page } = browser;
    const hub = mostCentralCompany().id;
    const article = graph.nodes.find((n) => n.labels[0] === 'Article')!.id;
    expect(await drawn(hub)).toEqual({ colour: LABEL_COLOURS.Organization.fill, hidden: false });
    await page.check('input[data-colour-by="community"]');
    expect(await drawn(hub)).toEqual({ colour: node(hub).communityColour, hidden: false });
    expect((await drawn(article))!.colour).toBe(COMMUNITY_OTHER);
    await expect(page.locator('.community-list li').count()).resolves.toBe(data.communities.length + 1);
    await page.check('input[data-colour-by="label"]');
    expect((await drawn(hub))!.colour).toBe(LABEL_COLOURS.Organization.fill);
    expect(browser.errors).toEqual([]);
  });

  test('the date filter hides nodes no article of the range names; "all" shows them again', async () => {
    await open();
    const { page } = browser;
    const day = node(mostCentralCompany().id).dates[0]!;
    const named = data.nodes.filter((n) => n.dates.includes(day));
    const elsewhere = data.nodes.filter((n) => n.dates.length > 0 && !n.dates.includes(day));
    const undated = data.nodes.filter((n) => n.dates.length === 0);
    expect(named.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);
    await page.selectOption('#date-from', day);
    await page.selectOption('#date-to', day);
    for (const n of named) expect([n.id, (await drawn(n.id))!.hidden]).toEqual([n.id, false]);
    for (const n of [...elsewhere, ...undated]) expect([n.id, (await drawn(n.id))!.hidden]).toEqual([n.id, true]);
    await page.click('.date-filter button');
    for (const n of elsewhere) expect([n.id, (await drawn(n.id))!.hidden]).toEqual([n.id, false]);
    expect(browser.errors).toEqual([]);
  });

  test('a range whose first date is after its last is read the other way round', async () => {
    await open();
    const { page } = browser;
    await page.selectOption('#date-to', data.dates[1]!);
    await page.selectOption('#date-from', data.dates[3]!);
    await expect(page.locator('#date-from').inputValue()).resolves.toBe(data.dates[1]);
    await expect(page.locator('#date-to').inputValue()).resolves.toBe(data.dates[3]);
  });

  test('searching for a node the date filter hides shows every date again and focuses it', async () => {
    await open();
    const { page } = browser;
    const hub = node(mostCentralCompany().id);
    const other = data.dates.find((d) => !hub.dates.includes(d))!;
    await page.selectOption('#date-from', other);
    await page.selectOption('#date-to', other);
    expect((await drawn(hub.id))!.hidden).toBe(true);
    await page.fill('#search', hub.name);
    await page.press('#search', 'Enter');
    await expect(page.evaluate(() => window.kgView.selected())).resolves.toBe(hub.id);
    expect((await drawn(hub.id))!.hidden).toBe(false);
    await expect(page.locator('#date-from').inputValue()).resolves.toBe(data.dates[0]);
    expect(browser.errors).toEqual([]);
  });
});
