// How bodies are built and trade with each other (qrel18): a public body's units (下属, 所属, 直属), a bank's branch, a
// group's subsidiaries listed after 分别是, a supplier's second clause after 也是, a firm a relative clause says
// supplies another, orders coming from a customer and goods bought from a supplier.
// Sentences written for these tests (names of firms, bodies and people invented; counties real, from the gazetteer).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsIn = async (home: string, title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page(title, ...paragraphs), { homeCity: home })).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));

describe('a public body’s unit after 下属, 所属 or 直属 (rel.part-of.unit-of-body)', () => {
  test('某局下属的某站 and 某局所属的某中心', async () => {
    const facts = await factsIn('高密市', '农技服务进田间', '高密市农业农村局下属的高密市农机技术服务站今年开展病虫害统防统治。高密市农业农村局所属的高密市农业技术推广中心培训农民3000人次。');
    expect(facts).toContain('PART_OF 高密市农机技术服务站 → 高密市农业农村局');
    expect(facts).toContain('PART_OF 高密市农业技术推广中心 → 高密市农业农村局');
  });
  test('某局直属的某中心, a variation in another county', async () => {
    const facts = await factsIn('资中县', '疾控工作', '资中县卫生健康局直属的资中县疾病预防控制中心今年完成监测样本5000份。');
    expect(facts).toContain('PART_OF 资中县疾病预防控制中心 → 资中县卫生健康局');
  });
  test('a firm named after a bureau’s 下属 is no unit of the bureau', async () => {
    const facts = await factsIn('高密市', '企业服务', '高密市工业和信息化局下属的企业服务中心走访了山东瑞丰机械有限公司。');
    expect(typed(facts, 'PART_OF').filter((f) => f.startsWith('PART_OF 山东瑞丰机械有限公司'))).toEqual([]);
  });
});

describe('乙是甲直属的…, 乙是甲的分支机构 (rel.part-of.unit-of-body.copula)', () => {
  test('a school directly under the bureau', async () => {
    const facts = await factsIn('醴陵市', '职教发展', '醴陵市陶瓷职业学校是醴陵市教育局直属的公办学校，今年招生1200人。');
    expect(facts).toContain('PART_OF 醴陵市陶瓷职业学校 → 醴陵市教育局');
  });
  test('a bank’s branch', async () => {
    const facts = await factsIn('祁阳市', '金融服务', '湘江银行永州分行是湘江银行股份有限公司的分支机构，今年新增涉农贷款3亿元。');
    expect(facts).toContain('PART_OF 湘江银行永州分行 → 湘江银行股份有限公司');
  });
  test('a partner named after 是…的 with no word of a unit gives nothing', async () => {
    const facts = await factsIn('醴陵市', '职教发展', '醴陵市陶瓷职业学校是醴陵市教育局评定的优秀学校。');
    expect(typed(facts, 'PART_OF').filter((f) => f.startsWith('PART_OF 醴陵市陶瓷职业学校'))).toEqual([]);
  });
});

describe('a group’s subsidiaries listed after 分别是 (rel.part-of.subsidiary.owns.listed)', () => {
  test('某集团拥有三家全资子公司，分别是甲、乙和丙', async () => {
    const facts = await factsIn('长兴县', '长兴华澜集团：三家子公司齐发力', '长兴华澜集团有限公司拥有三家全资子公司，分别是长兴华澜电池有限公司、浙江华澜新材料有限公司和长兴华澜物流有限公司。');
    for (const child of ['长兴华澜电池有限公司', '浙江华澜新材料有限公司', '长兴华澜物流有限公司']) expect(facts).toContain(`PART_OF ${child} → 长兴华澜集团有限公司`);
  });
  test('拥有两家子公司：甲、乙, a variation', async () => {
    const facts = await factsIn('宜都市', '企业发展', '湖北宜瑞化工集团有限公司拥有两家子公司：宜都宜瑞磷业有限公司、宜都宜瑞物流有限公司。');
    expect(facts).toContain('PART_OF 宜都宜瑞磷业有限公司 → 湖北宜瑞化工集团有限公司');
    expect(facts).toContain('PART_OF 宜都宜瑞物流有限公司 → 湖北宜瑞化工集团有限公司');
  });
  test('customers listed after 分别是 are no subsidiaries', async () => {
    const facts = await factsIn('长兴县', '企业发展', '长兴华澜集团有限公司拥有三家大客户，分别是长兴锦程汽车有限公司、浙江恒远电动车有限公司和长兴飞驰车业有限公司。');
    expect(typed(facts, 'PART_OF').filter((f) => f.endsWith('→ 长兴华澜集团有限公司'))).toEqual([]);
  });
});

describe('a group named after a firm’s full name and 是 (org.not.firm-is-group) owns it, and 下属还有', () => {
  test('甲有限公司是乙集团的全资子公司，乙集团下属还有丙', async () => {
    const facts = await factsIn('石狮市', '企业发展', '福建锦洋服饰有限公司是锦洋集团的全资子公司，锦洋集团下属还有石狮锦洋物流有限公司。');
    expect(facts).toContain('PART_OF 福建锦洋服饰有限公司 → 锦洋集团');
    expect(facts).toContain('PART_OF 石狮锦洋物流有限公司 → 锦洋集团');
    expect(typed(facts, 'PART_OF').filter((f) => f.includes('是'))).toEqual([]);
  });
});

describe('a supplier’s clause after 也是 goes on about the sentence’s head (rel.supplies.supplier-of.carried)', () => {
  test('甲是某协会的会员单位，也是某医院的定点供应商', async () => {
    const facts = await factsIn('仙桃市', '防护用品企业', '湖北康瑞卫材有限公司是仙桃市卫材协会的会员单位，也是湖北省人民医院的定点供应商。');
    expect(facts).toContain('SUPPLIES 湖北康瑞卫材有限公司 → 湖北省人民医院');
  });
  test('同时还是…的核心供应商, a variation', async () => {
    const facts = await factsIn('慈溪市', '家电配件', '宁波慈家电器配件有限公司是市级专精特新企业，同时还是浙江美达电器有限公司的核心供应商。');
    expect(facts).toContain('SUPPLIES 宁波慈家电器配件有限公司 → 浙江美达电器有限公司');
  });
  test('also a customer is no supplier', async () => {
    const facts = await factsIn('慈溪市', '家电配件', '宁波慈家电器配件有限公司是市级专精特新企业，也是浙江美达电器有限公司的客户。');
    expect(typed(facts, 'SUPPLIES')).toEqual([]);
  });
});

describe('为甲配套的乙 (rel.supplies.for.relative)', () => {
  test('the firm the relative clause describes supplies the one named after 为', async () => {
    const facts = await factsIn('瑞安市', '汽配产业', '为浙江瑞江汽车部件有限公司配套的瑞安华通橡胶有限公司，主要生产密封条。');
    expect(facts).toContain('SUPPLIES 瑞安华通橡胶有限公司 → 浙江瑞江汽车部件有限公司');
    expect(typed(facts, 'SUPPLIES').filter((f) => f.startsWith('SUPPLIES 浙江瑞江汽车部件有限公司'))).toEqual([]);
  });
  test('给甲供货的乙, a variation', async () => {
    const facts = await factsIn('永康市', '五金产业', '给浙江永祥工具有限公司供货的永康金盾五金有限公司今年扩建了厂房。');
    expect(facts).toContain('SUPPLIES 永康金盾五金有限公司 → 浙江永祥工具有限公司');
  });
  test('a firm heading the clause before 为 stays the seller; a product after 的 names no firm', async () => {
    const facts = await factsIn('瑞安市', '汽配产业', '瑞安华通橡胶有限公司为浙江瑞江汽车部件有限公司配套的密封条今年销量增长。');
    expect(facts).toContain('SUPPLIES 瑞安华通橡胶有限公司 → 浙江瑞江汽车部件有限公司');
  });
});

describe('orders from a customer and goods bought from a supplier (rel.supplies.orders-from, rel.supplies.bought-from.from-word)', () => {
  test('公司七成的订单来自甲: the company in view supplies 甲', async () => {
    const facts = await factsIn('晋江市', '鞋企订单饱满', '在陈埭镇，福建恒步鞋业有限公司的订单排到了明年。公司总经理林志明说，公司七成的订单来自特步（中国）有限公司。');
    expect(facts).toContain('SUPPLIES 福建恒步鞋业有限公司 → 特步（中国）有限公司');
  });
  test('甲的订单主要来自乙, a variation with the firm heading the clause', async () => {
    const facts = await factsIn('南康区', '家具企业', '江西森雅家具有限公司的订单主要来自深圳宜居家居有限公司。');
    expect(facts).toContain('SUPPLIES 江西森雅家具有限公司 → 深圳宜居家居有限公司');
  });
  test('甲的面料采购自乙: 乙 supplies 甲', async () => {
    const facts = await factsIn('晋江市', '鞋企', '福建恒步鞋业有限公司的面料采购自福建长兴纺织有限公司。');
    expect(facts).toContain('SUPPLIES 福建长兴纺织有限公司 → 福建恒步鞋业有限公司');
    expect(typed(facts, 'SUPPLIES').filter((f) => f.startsWith('SUPPLIES 福建恒步鞋业有限公司'))).toEqual([]);
  });
  test('orders from abroad name no customer', async () => {
    const facts = await factsIn('晋江市', '鞋企', '福建恒步鞋业有限公司的订单主要来自海外市场。');
    expect(typed(facts, 'SUPPLIES')).toEqual([]);
  });
});

describe('该行 and a time word before the link (rel.partner-of.with.bank-in-view)', () => {
  test('该行今年还与某局签署…: the bank in view, a branch', async () => {
    const facts = await factsIn('祁阳市', '金融服务', '湘江银行永州分行今年发放贷款5亿元。该行今年还与永州市农业农村局签署了战略合作协议。');
    expect(facts).toContain('PARTNER_OF 湘江银行永州分行 → 永州市农业农村局');
  });
  test('该院去年还与…, a variation with a hospital', async () => {
    const facts = await factsIn('祁阳市', '医疗服务', '祁阳市人民医院今年新建住院楼。该院去年还与湘雅医院签订了合作协议。');
    expect(facts).toContain('PARTNER_OF 祁阳市人民医院 → 湘雅医院');
  });
  test('该行 with no bank named before gives nothing', async () => {
    const facts = await factsIn('祁阳市', '金融服务', '祁阳市农业农村局今年推进产业发展。该行今年还与永州市供销合作社签署了战略合作协议。');
    expect(typed(facts, 'PARTNER_OF').filter((f) => f.includes('祁阳市农业农村局'))).toEqual([]);
  });
});

describe('a public body’s unit 隶属于 another (rel.part-of.belongs-to.body)', () => {
  test('某村村民委员会隶属于某镇人民政府', async () => {
    const facts = await factsIn('岳阳县', '基层治理', '城关镇青石村村民委员会隶属于城关镇人民政府。');
    expect(facts).toContain('PART_OF 城关镇青石村村民委员会 → 城关镇人民政府');
  });
  test('某中心隶属于某局, a variation', async () => {
    const facts = await factsIn('武冈市', '公共服务', '武冈市农村经营服务中心隶属于武冈市农业农村局。');
    expect(facts).toContain('PART_OF 武冈市农村经营服务中心 → 武冈市农业农村局');
  });
  test('a firm 隶属于 a bureau’s list is not read as a unit', async () => {
    const facts = await factsIn('武冈市', '公共服务', '武冈市农村经营服务中心隶属于武冈市农业农村局和武冈市财政局共同管理的平台。');
    expect(typed(facts, 'PART_OF').filter((f) => f.startsWith('PART_OF 武冈市农村经营服务中心'))).toEqual([]);
  });
});

describe('集团的原料采购自乙: the group in view buys from 乙 (rel.supplies.bought-from.from-word)', () => {
  test('a group named before, 集团 opening the clause', async () => {
    const facts = await factsIn('碧江区', '朱砂产业', '贵州梵锦矿业集团有限公司今年营收增长。董事长王成介绍，集团的原矿采购自贵州黔北石业有限公司。');
    expect(facts).toContain('SUPPLIES 贵州黔北石业有限公司 → 贵州梵锦矿业集团有限公司');
  });
  test('two groups named before: which is meant is not sure, nothing', async () => {
    const facts = await factsIn('碧江区', '朱砂产业', '贵州梵锦矿业集团有限公司和贵州云岭建材集团有限公司今年营收增长。集团的原矿采购自贵州黔北石业有限公司。');
    expect(typed(facts, 'SUPPLIES')).toEqual([]);
  });
});
