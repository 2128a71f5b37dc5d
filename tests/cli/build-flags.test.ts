// Issue 16.9: flag values are checked before any work — a usage error (exit 2) naming the flag — and a flag that a
// page's metadata sidecar overrides is not overridden silently.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kg-flags-'));
const PAGE = '开发区新材料企业增资扩产\n本报讯 我市浙江甬盛新材料有限公司今年新增投资3亿元。\n';

function pageIn(dir: string): string {
  const file = join(dir, 'page.txt');
  writeFileSync(file, PAGE);
  return file;
}

test.each([
  ['--date', 'yesterday', /--date.*YYYY-MM-DD/],
  ['--date', '2022-02-30', /--date.*YYYY-MM-DD/],
  ['--max-line-length', 'abc', /--max-line-length.*whole number/],
  ['--max-line-length', '0', /--max-line-length.*whole number/],
  ['--max-line-length', '-5', /--max-line-length.*whole number/],
  ['--home-city', 'Atlantis', /--home-city.*"Atlantis" is not a city, county or province the gazetteer knows/],
])('kg build %s %s is a usage error (exit 2) and writes nothing', async (flag, value, message) => {
  const dir = tmp();
  const r = await kg(['build', pageIn(dir), '-o', join(dir, 'out'), flag, value]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe('');
});

test('kg ner --home-city Atlantis is a usage error too', async () => {
  const r = await kg(['ner', '--home-city', 'Atlantis'], { stdin: '{"text":"张伟"}\n' });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--home-city.*"Atlantis" is not a city/);
});

test.each([['load', '--batch-size'], ['run', '--batch-size']])('kg %s %s 0 is a usage error', async (command, flag) => {
  const r = await kg([command, flag, '0']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/--batch-size.*whole number/);
});

test('an unknown KG_HOME_CITY is a configuration error naming the variable', async () => {
  const dir = tmp();
  const r = await kg(['build', pageIn(dir), '-o', join(dir, 'out')], { env: { ...process.env, KG_HOME_CITY: 'Atlantis' } });
  expect(r.code).toBe(4);
  expect(r.stderr).toContain('kg: error [CONFIG_INVALID]: KG_HOME_CITY: "Atlantis" is not a city, county or province the gazetteer knows');
});

test('an unknown homeCity in a sidecar is an input error naming the sidecar’s page', async () => {
  const dir = tmp();
  const page = pageIn(dir);
  writeFileSync(join(dir, 'page.meta.json'), JSON.stringify({ homeCity: 'Atlantis' }));
  const r = await kg(['build', page, '-o', join(dir, 'out')]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/page\.txt: the home city "Atlantis" is not a city, county or province the gazetteer knows/);
});

test('a known --home-city and a valid --date are used', async () => {
  const dir = tmp();
  const r = await kg(['build', pageIn(dir), '-o', join(dir, 'out'), '--home-city', '海宁市', '--date', '2022-09-27']);
  expect(r.code).toBe(0);
  const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: Array<{ labels: string[]; properties: Record<string, unknown> }> };
  expect(graph.nodes.find((n) => n.labels[0] === 'Article')!.properties.date).toBe('2022-09-27');
  expect(graph.nodes.some((n) => n.properties.name === '海宁市')).toBe(true);
  expect(graph.nodes.some((n) => ['我市', '全市', '市区'].includes(n.properties.name as string))).toBe(false);
});

test('a sidecar wins over a flag, and says so on stderr', async () => {
  const dir = tmp();
  const page = pageIn(dir);
  writeFileSync(join(dir, 'page.meta.json'), JSON.stringify({ newspaper: '平湖日报' }));
  const r = await kg(['build', page, '-o', join(dir, 'out'), '--newspaper', '嘉兴日报']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('kg: 1 page(s) take newspaper "平湖日报" from their metadata, not --newspaper "嘉兴日报"');
  const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: Array<{ labels: string[]; properties: Record<string, unknown> }> };
  expect(graph.nodes.find((n) => n.labels[0] === 'Article')!.properties.newspaper).toBe('平湖日报');
});

test('a second build into the same directory takes its pages from the cache and says so; --no-cache reads them and keeps no cache', async () => {
  const dir = tmp();
  const out = join(dir, 'out');
  const first = await kg(['build', pageIn(dir), '-o', out, '--home-city', '平湖市', '--json']);
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout)).toMatchObject({ pages: 1, pagesRead: 1 });
  const second = await kg(['build', pageIn(dir), '-o', out, '--home-city', '平湖市', '--json']);
  expect(JSON.parse(second.stdout)).toMatchObject({ pages: 1, pagesRead: 0 });
  expect(second.stderr).toContain(`kg: 1 of 1 page(s) unchanged since the last build, taken from ${join(out, '.kg-cache')}; 0 read`);
  const graph = readFileSync(join(out, 'graph.json'), 'utf8');
  const uncached = join(dir, 'uncached');
  const third = await kg(['build', pageIn(dir), '-o', uncached, '--home-city', '平湖市', '--json', '--no-cache']);
  expect(JSON.parse(third.stdout)).toMatchObject({ pages: 1, pagesRead: 1 });
  expect(third.stderr).not.toContain('unchanged since the last build');
  expect(readFileSync(join(uncached, 'graph.json'), 'utf8')).toBe(graph);
  expect(existsSync(join(uncached, '.kg-cache'))).toBe(false);
});
