// The home city holds only where something says so: metadata (sidecar, flag, KG_HOME_CITY), the paper named in a
// running head or a byline when it is a city's paper. Elsewhere 我市 and 全市 name no place: their mentions stay,
// marked as referring to the home city, for a later step to resolve against the place the article is about.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../../src/pipeline.js';

const REPORT = '本报讯 今年前三季度，我市规上工业增加值同比增长8.5%，全市新增科技型中小企业46家。市经信局相关负责人说，四季度将继续推进重点项目建设。';

async function build(text: string, defaults = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-home-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, text);
  return buildGraph({ inputs: [file], defaults });
}
const places = (r: Awaited<ReturnType<typeof build>>): string[] => r.graph.nodes.filter((n) => n.labels[0] === 'Place').map((n) => String(n.properties.name)).sort();

describe('the home city', () => {
  const saved = process.env.KG_HOME_CITY;
  beforeEach(() => delete process.env.KG_HOME_CITY);
  afterAll(() => (saved === undefined ? delete process.env.KG_HOME_CITY : (process.env.KG_HOME_CITY = saved)));

  test('a page that says nothing of its city: 我市 and 全市 invent no place, and stay marked as home-city references', async () => {
    const r = await build(`工业经济稳中有进\n\n${REPORT}\n`);
    expect(places(r)).toEqual([]);
    expect(r.articles[0]!.homeCity).toBeUndefined();
    const refs = [...r.mentions.values()].flat().filter((m) => m.label === 'Place' && m.attrs.ref === 'home-city');
    expect(refs.map((m) => m.text)).toEqual(['我市', '全市']);
    expect(refs.filter((m) => r.resolved.mentionEntity.has(m.id))).toEqual([]);
  });

  test('--home-city (the defaults) makes 我市 that city, with its parents', async () => {
    const r = await build(`工业经济稳中有进\n\n${REPORT}\n`, { homeCity: '桐乡市' });
    expect(places(r)).toEqual(expect.arrayContaining(['桐乡市', '嘉兴市']));
  });

  test('KG_HOME_CITY does the same for pages without metadata', async () => {
    process.env.KG_HOME_CITY = '长兴县';
    const r = await build(`工业经济稳中有进\n\n${REPORT}\n`);
    expect(places(r)).toContain('长兴县');
  });

  test("a running head naming a city's paper gives its city", async () => {
    const r = await build(`2023年11月2日 星期四 平湖日报 第2版 综合\n工业经济稳中有进\n\n${REPORT}\n`);
    expect(r.articles[0]!.newspaper).toBe('平湖日报');
    expect(places(r)).toContain('平湖市');
  });
});

describe("a county's paper", () => {
  test('县 names the county it serves, 市 its prefecture city; a county-level city\'s paper keeps 市 its own', async () => {
    const text = '侦破诈骗案\n\n本报讯 近日，县公安局成功破获一起诈骗案，县委书记王刚到场慰问。市公安局发来贺信。\n';
    const names = (r: Awaited<ReturnType<typeof build>>): string[] => r.graph.nodes.filter((n) => n.labels[0] === 'Organization').map((n) => String(n.properties.name)).sort();
    expect(names(await build(text, { homeCity: '安吉县' }))).toEqual(['安吉县公安局', '安吉县委', '湖州市公安局']);
    expect(names(await build(text, { homeCity: '平湖市' }))).toEqual(expect.arrayContaining(['平湖市公安局']));
  });
});
