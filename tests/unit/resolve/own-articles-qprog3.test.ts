// Programmes in national-paper county reports, third programmes round (qprog3): what a county only carries out of the
// state's programmes (rel.participated-in.carries-out, rel.piloted-in.carries-out), one programme part of another
// (rel.part-of.programme.*), a mechanism first tried in a town (rel.piloted-in.first-in), and a programme run that the
// text names again by its kind after the verb (rel.organized.*.in-view). Sentences written for these tests (names,
// firms and figures invented); built as a national paper's article (no home city).
import { graphOfPage } from '../../helpers/page-graph.js';

const national = async (title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(`${title}\n\n${paragraphs.join('\n')}\n`, {})).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} `) && f.includes(name));

describe('an area or its body carries out the state\'s programmes, it does not run them (rel.*.carries-out)', () => {
  test('某县开展东西部协作: the county takes part in the pairing aid, it is no organiser', async () => {
    const facts = await national('协作结出致富果', '近年来，贵州省沿河土家族自治县开展东西部协作，引进了12家企业。');
    expect(about(facts, 'ORGANIZED', '东西部协作')).toEqual([]);
    expect(facts).toContain('PARTICIPATED_IN 沿河土家族自治县 → 东西部协作');
  });

  test('某县实施国家“某某工程”: the state\'s project (its scope before the quotes), carried out by the county', async () => {
    const facts = await national('绿了荒山富了乡亲', '陕西省吴起县实施国家“退耕还林还草工程”，今年完成造林5万亩。');
    expect(about(facts, 'ORGANIZED', '退耕还林还草工程')).toEqual([]);
    expect(facts).toContain('PARTICIPATED_IN 吴起县 → 退耕还林还草工程');
  });

  test('某县的局启动全国某某行动: a county body carries the national campaign out', async () => {
    const facts = await national('守护舌尖安全', '湖北省郧西县市场监督管理局启动“全国食品安全放心工程”专项行动，检查餐饮门店300余家。');
    expect(facts.filter((f) => f.startsWith('ORGANIZED') && f.includes('郧西县市场监督管理局'))).toEqual([]);
    expect(facts.some((f) => f.startsWith('PARTICIPATED_IN') && f.includes('郧西县市场监督管理局'))).toBe(true);
  });

  test('某县承担国家某某试点: the pilot is tried in the county, which does not run it', async () => {
    const facts = await national('林下经济试点', '黑龙江省桦南县承担了国家林下经济示范试点，今年种植林下中药材2万亩。');
    const pilot = facts.filter((f) => f.includes('林下经济示范试点'));
    expect(pilot.filter((f) => f.startsWith('ORGANIZED'))).toEqual([]);
    expect(pilot.some((f) => f.startsWith('PILOTED_IN') && f.endsWith('→ 桦南县'))).toBe(true);
  });

  test('a ministry runs the state\'s programme; a county that hosts a national fair runs it', async () => {
    const facts = await national('部委动态', '农业农村部启动“全国农产品产地冷链建设”行动。', '江苏省沭阳县承办了第五届全国花木博览会。');
    expect(about(facts, 'ORGANIZED', '农业农村部')).not.toEqual([]);
    expect(facts.some((f) => f.startsWith('ORGANIZED 沭阳县 →') && f.includes('花木博览会'))).toBe(true);
  });

  test('a county runs its own campaign (no scope of the state)', async () => {
    const facts = await national('整治人居环境', '安徽省岳西县开展“清洁庭院”行动，发动农户清理房前屋后。');
    expect(facts).toContain('ORGANIZED 岳西县 → 清洁庭院');
  });
});

describe('one programme part of another (rel.part-of.programme.*)', () => {
  test('甲是乙的重要内容', async () => {
    const facts = await national('乡村建设', '河南省光山县实施“和美乡村建设工程”。', '“厕所革命推进行动”是“和美乡村建设工程”的重要内容，由光山县农业农村局组织实施。');
    expect(facts).toContain('PART_OF 厕所革命推进行动 → 和美乡村建设工程');
  });

  test('甲是乙的一部分, with 也 between', async () => {
    const facts = await national('数字赋能', '“工业设备上云行动”也是“智造强县工程”的一部分。');
    expect(facts).toContain('PART_OF 工业设备上云行动 → 智造强县工程');
  });

  test('把甲纳入乙, 甲被纳入乙', async () => {
    const facts = await national('统筹推进', '湖南省攸县把“农机社会化服务行动”纳入“粮食稳产工程”。', '“稻渔综合种养推广计划”被纳入“粮食稳产工程”。');
    expect(facts).toContain('PART_OF 农机社会化服务行动 → 粮食稳产工程');
    expect(facts).toContain('PART_OF 稻渔综合种养推广计划 → 粮食稳产工程');
  });

  test('not two programmes named side by side, nor a list one is entered into, nor a firm', async () => {
    const facts = await national('统筹推进', '湖南省攸县实施“农机社会化服务行动”和“粮食稳产工程”。', '“稻渔综合种养推广计划”被纳入湖南省现代农业示范项目名单。', '湖南攸丰米业有限公司被纳入“粮食稳产工程”。');
    expect(facts.filter((f) => f.startsWith('PART_OF') && /行动|计划|工程/u.test(f.split(' → ')[0]!))).toEqual([]);
  });

  test('甲是乙的承办单位: no part', async () => {
    const facts = await national('统筹推进', '“家政服务提质行动”是“民生实事工程”的配套举措。');
    expect(about(facts, 'PART_OF', '家政服务提质行动')).toEqual([]);
  });
});

describe('a programme first tried in a town (rel.piloted-in.first-in)', () => {
  test('“某某机制”率先在甲镇推行', async () => {
    const facts = await national('服务企业', '江西省安福县推出“企业服务专员机制”。', '“企业服务专员机制”率先在枫田镇推行，随后推广到全县。');
    expect(facts.some((f) => f.startsWith('PILOTED_IN 企业服务专员机制 → 枫田镇'))).toBe(true);
  });

  test('该机制先行在甲村、乙村试行: the mechanism in view, each village', async () => {
    const facts = await national('服务企业', '江西省安福县推出“企业服务专员机制”。', '去年，该机制先行在枫田镇竹江村、洋门乡石溪村试行。');
    expect(facts.some((f) => f.startsWith('PILOTED_IN 企业服务专员机制 → 竹江村'))).toBe(true);
    expect(facts.some((f) => f.startsWith('PILOTED_IN 企业服务专员机制 → 石溪村'))).toBe(true);
  });

  test('该行动由甲发起，率先在乙镇、丙镇推开: the programme heading the sentence', async () => {
    const facts = await national('提振消费', '四川省通江县推出“县域消费提振行动”。', '该行动由通江县人民政府发起，率先在诺江镇、民胜镇推开。');
    expect(facts.some((f) => f.startsWith('PILOTED_IN 县域消费提振行动 → 诺江镇'))).toBe(true);
    expect(facts.some((f) => f.startsWith('PILOTED_IN 县域消费提振行动 → 民胜镇'))).toBe(true);
  });

  test('这一制度先行在某镇试行: a system named after a post (“某某专员制”)', async () => {
    const facts = await national('服务企业', '四川省通江县推行“项目服务专员制”。', '这一制度先行在诺江镇试行。');
    expect(facts.some((f) => f.startsWith('PILOTED_IN 项目服务专员制 → 诺江镇'))).toBe(true);
  });

  test('a firm that was first somewhere, or a programme not heading the clause: nothing tried there', async () => {
    const facts = await national('服务企业', '江西省安福县推出“企业服务专员机制”。', '江西安丰电子有限公司率先在枫田镇建成智能工厂。', '今年，县里率先在洋门乡实施“企业服务专员机制”以外的新办法。');
    expect(facts.filter((f) => f.startsWith('PILOTED_IN'))).toEqual([]);
  });
});

describe('a programme named again by its kind after the verb that runs it (rel.organized.*.in-view)', () => {
  test('某局组织实施该计划', async () => {
    const facts = await national('庭院增收', '广东省连南瑶族自治县推出“庭院经济增收计划”。', '连南瑶族自治县农业农村局组织实施该计划，今年有600户农户参与。');
    expect(facts).toContain('ORGANIZED 连南瑶族自治县农业农村局 → 庭院经济增收计划');
  });

  test('no determiner (组织实施项目), or no one heading the clause: nothing', async () => {
    const facts = await national('庭院增收', '广东省连南瑶族自治县推出“庭院经济增收计划”。', '连南瑶族自治县农业农村局组织实施项目，今年有600户农户参与。', '此外，还将组织实施该计划。');
    expect(about(facts, 'ORGANIZED', '农业农村局')).toEqual([]);
  });
});

describe('a pilot\'s sites after the verb, and 受益于该试点 (rel.piloted-in.sites.object, rel.benefited-from.help)', () => {
  test('某县被列为某某试点县，在甲镇、乙镇开展试点: each town', async () => {
    const facts = await national('试点动态', '山西省隰县被农业农村部确定为全国果业数字化管理试点县。', '隰县在黄土镇、午城镇开展试点，建起果园物联网。');
    expect(facts.some((f) => f.startsWith('PILOTED_IN') && f.endsWith('→ 黄土镇'))).toBe(true);
    expect(facts.some((f) => f.startsWith('PILOTED_IN') && f.endsWith('→ 午城镇'))).toBe(true);
  });

  test('在甲镇开展调研, or another county\'s town in a clause of its own: no site', async () => {
    const facts = await national('试点动态', '山西省隰县被农业农村部确定为全国果业数字化管理试点县。', '县里在黄土镇开展调研。', '山西省蒲县在克城镇开展试点。');
    expect(facts.filter((f) => f.startsWith('PILOTED_IN') && (f.endsWith('→ 黄土镇') || f.endsWith('→ 克城镇')))).toEqual([]);
  });

  test('受益于该试点: the pilot in view, not a mechanism named later in between', async () => {
    const facts = await national('试点动态', '山西省隰县被农业农村部确定为全国果业数字化管理试点县。', '县农业农村局推行“果长制”。', '山西隰州果业专业合作社受益于该试点，去年果品销售额增长两成。');
    expect(facts.some((f) => f.startsWith('BENEFITED_FROM 山西隰州果业专业合作社 →') && f.includes('试点'))).toBe(true);
    expect(about(facts, 'BENEFITED_FROM', '果长制')).toEqual([]);
  });
});

describe('a body that 推行 or 设立 a programme runs it (rel.organized.event)', () => {
  test('某局推行“某某制”, 某局设立“某某诊所”', async () => {
    const facts = await national('服务企业', '山西省隰县农业农村局推行“果长制”。', '山西省隰县市场监督管理局设立“果企质量诊所”，为企业提供检测服务。');
    expect(facts).toContain('ORGANIZED 隰县农业农村局 → 果长制');
    expect(facts.some((f) => f.startsWith('ORGANIZED') && f.includes('市场监督管理局') && f.endsWith('→ 果企质量诊所'))).toBe(true);
  });

  test('a county推行 the state\'s programme: it takes part', async () => {
    const facts = await national('服务企业', '山西省隰县推行国家“农产品质量安全追溯”制度。');
    expect(facts.filter((f) => f.startsWith('ORGANIZED 隰县'))).toEqual([]);
  });
});

describe('the unit of a speaker\'s post is not the subject of what is said (rel.benefited-from.help)', () => {
  test('某村党支部书记李某说，全村…受益于“某某贷”: not the party branch', async () => {
    const facts = await national('金融活水', '浙江省龙泉市农商银行推出“香菇贷”，已放款3000万元。', '兰巨乡官埔垟村党支部书记毛建华说，全村200户菇农受益于“香菇贷”。');
    expect(about(facts, 'BENEFITED_FROM', '党支部')).toEqual([]);
  });

  test('a body heading its own clause still benefits', async () => {
    const facts = await national('金融活水', '浙江省龙泉市农商银行推出“香菇贷”，已放款3000万元。', '龙泉市菇香食用菌专业合作社受益于“香菇贷”，扩建了烘干房。');
    expect(facts).toContain('BENEFITED_FROM 龙泉市菇香食用菌专业合作社 → 香菇贷');
  });
});
