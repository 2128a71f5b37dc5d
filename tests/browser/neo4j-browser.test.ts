// Neo4j Browser, as the local server serves it, in headless Chromium: the page loads; logged in, it plays kg's
// guide (browser/guide.html) and runs a canned query from it; and kg's style (browser/style.grass) colours nodes
// by label and captions them by name. The guide and style are served from localhost with CORS, as Browser needs
// for `:play URL` and `:style URL` (localhost is on Browser's default allowlist).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { paramLine } from '../../src/export/browser-guide.js';
import { LABEL_COLOURS } from '../../src/export/palette.js';
import { loadQueries } from '../../src/queries/index.js';
import { loadGraph } from '../../src/store/loader.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { sampleBuild } from '../helpers/sample-graph.js';
import { launchChromium, type Browser } from './chromium.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

const db = useTestDatabase();
let browser: Browser;
let files: Server;
let filesUrl: string;
let browserUrl: string;

beforeAll(async () => {
  await loadGraph(db.store, (await sampleBuild()).graph);
  files = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '');
    const ok = name === 'guide.html' || name === 'style.grass';
    res.writeHead(ok ? 200 : 404, { 'access-control-allow-origin': '*', 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
    res.end(ok ? readFileSync(join(PROJECT_ROOT, 'browser', name)) : 'not found');
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://localhost:${(files.address() as AddressInfo).port}`;
  browserUrl = `http://127.0.0.1:${db.config.local.httpPort}/browser/`;
  browser = await launchChromium({ width: 1400, height: 1000 });
  // Browser reaches for web fonts and telemetry on the internet; these tests run offline, so only local hosts answer.
  await browser.page.route('**/*', (route) => (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url()) ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => files?.close(resolve));
});

/** Types a command into Browser's editor and runs it. */
async function run(page: Page, command: string): Promise<void> {
  await page.getByTestId('activeEditor').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

/** Uncaught page errors; console errors about resources the offline test refused are expected and left out. */
const pageErrors = (): string[] => browser.errors.filter((e) => !/Failed to load resource/.test(e));

test("the local server's Browser page loads and offers to connect to its Bolt port", async () => {
  const { page } = browser;
  await page.goto(browserUrl);
  await expect(page.title()).resolves.toBe('Neo4j Browser');
  await page.getByTestId('boltaddress').waitFor();
  await expect(page.getByTestId('boltaddress').inputValue()).resolves.toContain(new URL(db.config.uri).port);
  expect(pageErrors()).toEqual([]);
});

test("logged in, Browser plays kg's guide: a slide per canned query, whose :param and query blocks run", async () => {
  const { page } = browser;
  await page.getByTestId('username').fill(db.config.user);
  await page.getByTestId('password').fill(db.config.password ?? '');
  await page.getByTestId('connect').click();
  await page.getByText('You are connected as user').first().waitFor();

  await run(page, `:play ${filesUrl}/guide.html`);
  const queries = loadQueries();
  await page.getByText(`1 / ${queries.length + 1}`).waitFor();
  await page.getByTestId('nextSlide').first().click();
  await page.getByText(`2 / ${queries.length + 1}`).waitFor();
  const first = queries[0]!;
  const blocks = page.locator('pre.runnable:visible');
  // A runnable block goes into the editor when clicked; running it sets the parameters, then the query uses them.
  if (first.params.length > 0) {
    await expect(blocks.first().textContent()).resolves.toBe(first.params.map((p) => paramLine(p.name, p.default)).join('\n'));
    await blocks.first().click();
    await page.getByTestId('editor-Run').click();
    await page.getByText('Successfully set your parameters.').waitFor();
  }
  await blocks.last().click();
  await page.getByTestId('editor-Run').click();
  // Every canned query answers with rows on the sample page (tests/integration/queries.test.ts).
  await page.getByText(/Started streaming \d+ records?/).first().waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-guide.png') });
  expect(pageErrors()).toEqual([]);
});

test("kg's style colours nodes by label and captions them by name", async () => {
  const { page } = browser;
  await run(page, `:style ${filesUrl}/style.grass`);
  await page.getByText('node.Organization').first().waitFor();
  await run(page, "MATCH (o:Organization:Company {name: '盈智热管理科技（嘉兴）有限公司'})-[r:LOCATED_IN]->(p:Place) RETURN o, r, p");
  await page.locator('svg g.node').first().waitFor();
  const nodes = await page.evaluate(() =>
    Array.from(document.querySelectorAll('svg g.node')).map((g) => ({ fill: g.querySelector('circle.b-outline')?.getAttribute('fill'), caption: g.textContent ?? '' })),
  );
  expect(nodes.length).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-style.png') });
  // (The zone the page puts the firm in; the city of its name is the zone's by PART_OF, not a LOCATED_IN of its own.)
  // The Browser shortens a long caption to what fits its circle, so the place is told by not being the firm.
  const place = nodes.find((n) => !/盈智/.test(n.caption));
  expect(place?.caption.trim()).toMatch(/^平湖/);
  expect(place?.fill?.toLowerCase()).toBe(LABEL_COLOURS.Place.fill);
  const company = nodes.find((n) => n.fill?.toLowerCase() === LABEL_COLOURS.Organization.fill);
  expect(company?.caption).toMatch(/盈智/);
  expect(pageErrors()).toEqual([]);
});
