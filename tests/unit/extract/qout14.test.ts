// Readings of reported figures, fourteenth round (qout14): counts by a container's or a piece's classifier (袋, 箱,
// 块, 册, 盏…) and square metres written 平米; a figure a plant will give once built or run (建成后…可达) is a
// forecast. Sentences written for these tests (names, places and figures invented).
import { extractText } from '../../../src/extract/index.js';
import { resources } from '../../helpers/extract.js';

function outcomes(text: string) {
  return extractText(text, resources())
    .filter((c) => c.label === 'Outcome')
    .map((c) => ({ text: text.slice(c.start, c.end), ...c.attrs.outcome! }));
}

describe('counts by a container\'s or a piece\'s classifier (units.json)', () => {
  test.each([
    ['合作社今年卖出辣椒酱5万袋。', '5万袋', 50000, '袋'],
    ['食品厂春节前发出礼盒3000箱。', '3000箱', 3000, '箱'],
    ['蜂农老吴去年售出土蜂蜜1.2万瓶。', '1.2万瓶', 12000, '瓶'],
    ['车间每天生产月饼8000盒。', '8000盒', 8000, '盒'],
    ['电站铺设光伏板36万块。', '36万块', 360000, '块'],
    ['油坊今年榨出茶油600桶。', '600桶', 600, '桶'],
    ['农资店发放蔬菜种子2000包。', '2000包', 2000, '包'],
    ['农家书屋新添图书1.5万册。', '1.5万册', 15000, '册'],
    ['镇里在主干道安装太阳能路灯360盏。', '360盏', 360, '盏'],
  ])('%s', (sentence, figure, value, unit) => {
    const o = outcomes(sentence).find((x) => x.text === figure);
    expect(o?.value).toBe(value);
    expect(o?.unit).toBe(unit);
  });

  test('the measure of a count by a container is what was filled', () => {
    expect(outcomes('合作社今年卖出辣椒酱5万袋。').find((x) => x.text === '5万袋')?.measure).toContain('辣椒酱');
  });

  test('平米 is square metres', () => {
    const o = outcomes('新建的冷库面积达1200平米。').find((x) => x.text === '1200平米');
    expect(o?.unit).toBe('平方米');
    expect(o?.value).toBe(1200);
  });

  test('块钱 stays money, and a classifier after a small number written in words makes no figure', () => {
    const found = outcomes('一斤桃子从3块钱涨到了5块钱，他家把一块地租了出去。');
    expect(found.map((x) => x.unit)).toEqual(['元', '元']);
  });
});

describe('what a plant will give once built or run is a forecast (outcome.outlook.after-completion)', () => {
  test.each([
    ['项目建成后，年产值可达2亿元。', '2亿元'],
    ['生产线全部投产后可实现年销售收入3.5亿元。', '3.5亿元'],
    ['冷链中心投用后将新增就业岗位260个。', '260个'],
    ['电站建成投运后，每年可发电1.8亿千瓦时。', '1.8亿千瓦时'],
  ])('%s', (sentence, figure) => {
    expect(outcomes(sentence).find((x) => x.text === figure)?.outlook).toBe('expected');
  });

  test.each([
    ['项目建成投产后，去年产值达到1.5亿元。', '1.5亿元'],
    ['工厂投产后，产值增长了30%，目前年产值达8000万元。', '8000万元'],
    ['新厂房建成后，企业产值翻了一番，达到1.2亿元。', '1.2亿元'],
  ])('a figure reached after the plant was built is a result: %s', (sentence, figure) => {
    expect(outcomes(sentence).find((x) => x.text === figure)?.outlook).toBeUndefined();
  });
});

describe('a word jieba does not know after a word of quality read after the count (outcome.measure.unknown-after-quality)', () => {
  test.each([
    ['种苗公司每年培育出300万株优质茶苗。', '300万株', '培育出优质茶苗'],
    ['种禽场去年繁育出80万羽优质鹅苗。', '80万羽', '繁育出优质鹅苗'],
  ])('%s', (sentence, figure, measure) => {
    expect(outcomes(sentence).find((x) => x.text === figure)?.measure).toBe(measure);
  });

  test('a noun jieba knows after the quality word is read as before', () => {
    expect(outcomes('合作社种植了500亩绿色水稻。').find((x) => x.text === '500亩')?.measure).toContain('绿色水稻');
  });
});
