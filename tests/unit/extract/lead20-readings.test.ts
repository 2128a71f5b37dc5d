// Readings found on national-paper county reports written for the thirteenth round of own articles (lead20): firms,
// people and most villages invented; the counties and towns are the gazetteer's.
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

// A national paper names no home city: its pages are read with none.
const national = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const found = (text: string): Array<{ label: string; kind?: string; text: string; rule: string }> =>
  extractText(text, national).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule }));
const of = (label: string) => (text: string) => found(text).filter((m) => m.label === label).map((m) => m.text);
const orgs = of('Organization');
const places = of('Place');

describe('Inner Mongolia’s villages and townships by their endings: 某某嘎查, 某某苏木', () => {
  test.each([
    ['在巴音塔拉嘎查，牧民们正忙着打草。', '巴音塔拉嘎查'],
    ['乌兰浩特市义勒力特镇哈拉乌苏嘎查的牛棚里，母牛刚产下牛犊。', '哈拉乌苏嘎查'],
  ])('a gacha is a village: %s', (text, village) => {
    expect(found(text).filter((m) => m.label === 'Place' && m.text === village).map((m) => m.kind)).toEqual(['Village']);
  });
  test('a gacha’s party branch holds the gacha, after a town jieba glued to its first character', () => {
    const text = '舍伯吐镇西塔拉嘎查党支部书记包明说，今年嘎查集体收入增加了。';
    expect(orgs(text)).toContain('西塔拉嘎查党支部');
    expect(found(text).find((m) => m.text === '西塔拉嘎查党支部')?.rule).toMatch(/with-place$/);
  });
  test('a sumu is a township', () => {
    expect(found('牧民们来自阿拉坦敖包苏木。').filter((m) => m.label === 'Place' && m.text.endsWith('苏木')).map((m) => m.kind)).toEqual(['Town']);
  });
  test('a count of gachas names none', () => {
    expect(places('公司与周边14个嘎查签订了托养协议。')).toEqual([]);
  });
});

describe('a village named after a family: a surname and jieba’s word 家村', () => {
  test.each([
    ['某街道|鲁家村', '安吉县递铺街道鲁家村今年成立了合作社。', '鲁家村'],
    ['在|石家村', '在石家村，村民们忙着采茶。', '石家村'],
    ['莫家村 before a body', '莫家村党支部书记朱一鸣说，今年村里收入增加。', '莫家村党支部'],
  ])('%s', (_how, text, name) => {
    expect(found(text).map((m) => m.text)).toContain(name);
  });
  test('not 老家村里, 全家村民', () => {
    expect(places('他回到老家村里办起了工厂，全家村民都来帮忙。')).toEqual([]);
  });
});

describe('a village named by a numeral alone, right after its town (某镇十一村)', () => {
  test.each([
    ['在曲麻莱县巴干乡三村，牧民正在剪羊毛。', '三村'],
    ['称多县珍秦镇十一村党支部书记扎西说。', '十一村党支部'],
  ])('%s', (text, name) => {
    expect(found(text).map((m) => m.text)).toContain(name);
  });
  test('a co-op named after such a village is read whole', () => {
    expect(orgs('称多县珍秦镇十一村牦牛养殖专业合作社理事长扎西说。')).toEqual(['称多县珍秦镇十一村牦牛养殖专业合作社']);
  });
  test.each([['全镇十一村都通了自来水。'], ['巴干乡十一个村都通了自来水。'], ['各乡三村联建。']])('a count is no village: %s', (text) => {
    expect(places(text).filter((p) => p.endsWith('村'))).toEqual([]);
  });
});

describe('Tibetan names of the Amdo parts (江才, 才仁, 万玛, 吉毛)', () => {
  test.each([
    ['某局局长索南江才介绍，全县牦牛存栏增加。', '索南江才'],
    ['牧民才仁多杰和万玛吉毛一起放牧。', '万玛吉毛'],
  ])('%s', (text, name) => {
    expect(found(text).filter((m) => m.label === 'Person').map((m) => m.text)).toContain(name);
  });
});

describe('firms known by their brand alone, read from the text only (known-organizations.tsv, word:false)', () => {
  test('宁德时代 is the firm, not the city of 宁德', () => {
    const text = '江西某锂电材料公司是宁德时代的供应商，产品还供应比亚迪。';
    expect(orgs(text)).toEqual(expect.arrayContaining(['宁德时代', '比亚迪']));
    expect(places(text)).not.toContain('宁德');
  });
  test('platforms a firm sells on', () => {
    expect(orgs('合作社的农产品入驻了拼多多、抖音和快手等平台。')).toEqual(['拼多多', '抖音', '快手']);
  });
  test('only at word boundaries: 中美团结, 快手快脚', () => {
    expect(orgs('中美团结合作。他快手快脚地干活。')).toEqual([]);
  });
});
