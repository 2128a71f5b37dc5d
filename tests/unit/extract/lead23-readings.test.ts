// Readings found on county-economy reports written for the sixteenth round of own articles (lead23): energy, forestry,
// castings, tourism, small firms, farmland, border trade, e-commerce and cotton. Firms, people and villages invented;
// counties and towns the gazetteer's.
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

const hybrid = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const of = (text: string, label: string): string[] =>
  extractText(text, hybrid)
    .filter((c) => c.label === label)
    .map((c) => text.slice(c.start, c.end));

describe('a park named by its place and its field, the field a verb of the trade or a word of categories (org.park.placed-field)', () => {
  test.each([
    ['泊头市建设泊头铸造产业园，引导企业入园。', '泊头铸造产业园'],
    ['县里规划建设宁晋制造产业园。', '宁晋制造产业园'],
    ['枣强科技产业园已入驻企业40家。', '枣强科技产业园'],
    ['当地建起了献县锻造产业园。', '献县锻造产业园'],
  ])('%s', (text, park) => {
    expect(of(text, 'Place')).toContain(park);
  });
  test.each(['建设省级制造产业园。', '推进一批铸造产业园建设。', '发展铸造产业，做强制造业。'])('a grade or a count and the field name no park: %s', (text) => {
    expect(of(text, 'Place').filter((p) => p.endsWith('产业园'))).toEqual([]);
  });
});

describe('a village before a locative jieba glued to its ending (村边, 村口, 村里), after its town', () => {
  test.each([
    ['畹町镇芒棒村边民互助组组长岩温说，互助组有86名成员。', '芒棒村'],
    ['高唐镇常口村里很热闹。', '常口村'],
  ])('%s', (text, village) => {
    const places = of(text, 'Place');
    expect(places).toContain(village);
    expect(places.filter((p) => p.length > village.length && p.endsWith(village))).toEqual([]);
  });
  test.each(['记者来到村口，看到一片新房。', '村里来了客人。', '他在镇里工作。'])('no place before the locative: %s', (text) => {
    expect(of(text, 'Place')).toEqual([]);
  });
});

describe('a word of a trade names no body before a generic ending (org.not.trade-word-name)', () => {
  test.each(['公司在旧县镇建设了3万平方米的分拣仓储中心。', '园区新建了一个冷链仓储中心。'])('%s', (text) => {
    expect(of(text, 'Organization').filter((o) => o.endsWith('中心'))).toEqual([]);
  });
  test('a name before the trade word still names the body', () => {
    expect(of('万华物流中心今年扩建了库房。', 'Organization')).toContain('万华物流中心');
  });
});

describe('a branch named by its company and the place it serves opens with the company (grow.branch-of-company)', () => {
  test.each([
    ['北方绿源新能源有限公司四子王旗分公司经理巴特尔指着大屏说。', '北方绿源新能源有限公司四子王旗分公司'],
    ['华东明远物流有限公司嘉善县分公司今年新增车辆20台。', '华东明远物流有限公司嘉善县分公司'],
  ])('%s', (text, branch) => {
    expect(of(text, 'Organization')).toContain(branch);
  });
  test('the company alone, with no branch ending after the place, stays the company', () => {
    const orgs = of('北方绿源新能源有限公司四子王旗项目部负责人说。', 'Organization');
    expect(orgs.filter((o) => o.includes('四子王旗'))).toEqual([]);
  });
});

describe('villages of the south-west named as sites (千户苗寨, 侗寨, 瑶寨)', () => {
  test.each([
    ['雷山县西江镇的西江千户苗寨游人如织。', '西江千户苗寨'],
    ['今年国庆，榕江县大利侗寨接待游客5万人次。', '大利侗寨'],
  ])('%s', (text, site) => {
    expect(of(text, 'Place').some((p) => p.endsWith(site))).toBe(true);
    expect(of(text, 'Place')).not.toContain(site.slice(0, 2));
  });
  test.each(['这个苗寨有300多户人家。', '走进一个古老的侗寨，'])('a kind of village names none: %s', (text) => {
    expect(of(text, 'Place')).toEqual([]);
  });
});

describe('a direction right after an area’s name is its part or a word of a name, not the country’s region (place.not.direction-after-area)', () => {
  test.each(['横州市西南茉莉花交易市场每天成交鲜花300多吨。', '柳城县东南部山区种植甘蔗。'])('%s', (text) => {
    expect(of(text, 'Place').filter((p) => /^(?:东南|西南|东北|西北)$/u.test(p) || p.length === 1)).toEqual([]);
  });
  test.each([
    ['产品销往西南地区。', '西南'],
    ['云南是西南重要省份。', '西南'],
  ])('the region alone stays: %s', (text, region) => {
    expect(of(text, 'Place')).toContain(region);
  });
});

describe('what was counted after a count, a word jieba tags a numeral though it holds none (outcome.measure.numeral-tag-noun)', () => {
  const measureOf = (text: string, figure: string): string | undefined => {
    const c = extractText(text, hybrid).find((x) => x.label === 'Outcome' && text.slice(x.start, x.end) === figure);
    return c?.attrs.outcome?.measure;
  };
  test.each([
    ['市场监管局局长介绍，全市已有186家大米加工企业纳入溯源体系。', '186家', '大米'],
    ['县里已有42家大米企业获得认证。', '42家', '大米'],
  ])('%s', (text, figure, measure) => {
    expect(measureOf(text, figure)).toContain(measure);
    expect(measureOf(text, figure)).not.toContain('介绍');
  });
});

describe('a surname that is a preposition before a given name jieba calls a proper noun, a verb of speaking after (person.preposition-surname.after-title)', () => {
  test.each([
    ['烟灯堡村种植户向春华说：“今年收成不错。”', '向春华'],
    ['村民向春华介绍，今年收入不错。', '向春华'],
  ])('%s', (text, person) => {
    expect(of(text, 'Person')).toContain(person);
  });
  test.each(['种植大户向京东供货。', '村民向记者介绍了情况。'])('no verb of speaking after it, or a common noun: %s', (text) => {
    expect(of(text, 'Person')).toEqual([]);
  });
});

describe('a country opening a title a place is given names no place there (place.not.title-of-place)', () => {
  test.each(['丰顺县是“中国电声之乡”和陶瓷产业基地。', '安吉是“中国竹乡”，全县竹林面积87万亩。', '桐乡是中国羽绒之都。'])('%s', (text) => {
    expect(of(text, 'Place')).not.toContain('中国');
  });
  test.each(['产品销往中国各地。', '中国乡村振兴取得新成效。'])('the country elsewhere stays: %s', (text) => {
    expect(of(text, 'Place')).toContain('中国');
  });
  test('a phrase that is no title of a place after the country: 日本茶道文化之源', () => {
    expect(of('他想去日本茶道文化之源的寺院看看。', 'Place')).toContain('日本');
  });
});

describe('a province opening a title before a word that opens with 乡 (prog.recognition.area-scope)', () => {
  test.each([
    ['如今，马家堡村被评为陕西省乡村振兴示范村。', '陕西省乡村振兴示范村'],
    ['去年，该村入选湖南省乡村旅游重点村。', '湖南省乡村旅游重点村'],
  ])('%s', (text, title) => {
    expect(of(text, 'Programme')).toContain(title);
  });
  test('no verb of receiving before it: no title', () => {
    expect(of('陕西省乡村振兴示范村建设现场会在这里召开。', 'Programme')).not.toContain('陕西省乡村振兴示范村');
  });
});
