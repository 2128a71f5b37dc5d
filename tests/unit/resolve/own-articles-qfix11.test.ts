// Relations of kinds on the lead's noticed list, eleventh round of fixes (qfix11): the bodies a clause of gaining a
// programme's loan or subsidy describes (获得“某某贷”贷款的某合作社, 享受某某补贴的企业有甲、乙等). Sentences written for
// these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (home: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: home })).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} `) && f.includes(name));

describe('the bodies a clause of gaining describes (rel.benefited-from.gains.described)', () => {
  test('获得“某某贷”贷款的某合作社', async () => {
    const facts = await factsOf('攸县', '今年以来，获得“惠农贷”贷款的攸县绿源茶叶专业合作社扩大了种植面积。');
    expect(facts).toContain('BENEFITED_FROM 攸县绿源茶叶专业合作社 → 惠农贷');
  });

  test('享受“某某贷”贴息的企业有甲、乙等: each listed firm', async () => {
    const facts = await factsOf('松阳县', '据统计，享受“兴企贷”贷款的企业有松阳县华泰家具有限公司、松阳县宏达针织有限公司等15家。');
    expect(facts).toContain('BENEFITED_FROM 松阳县华泰家具有限公司 → 兴企贷');
    expect(facts).toContain('BENEFITED_FROM 松阳县宏达针织有限公司 → 兴企贷');
  });

  test('a body heading the clause keeps its own reading; the body after 的 is what it gained with, no beneficiary', async () => {
    const facts = await factsOf('攸县', '攸县绿源茶叶专业合作社获得“惠农贷”贷款的消息传开后，攸县华泰家具有限公司也提交了申请。');
    expect(facts).toContain('BENEFITED_FROM 攸县绿源茶叶专业合作社 → 惠农贷');
    expect(about(facts, 'BENEFITED_FROM', '攸县华泰家具有限公司')).toEqual([]);
  });

  test('no body right after 的: nothing', async () => {
    const facts = await factsOf('攸县', '获得“惠农贷”贷款的农户越来越多，攸县绿源茶叶专业合作社也在观望。');
    expect(about(facts, 'BENEFITED_FROM', '攸县绿源茶叶专业合作社')).toEqual([]);
  });
});

describe('a public body printed by the last words of its name (variant.body-tail)', () => {
  test('某县农业技术推广站 … 推广站站长: one body, the head its own', async () => {
    const facts = await factsOf('攸县', '攸县农业技术推广站组织技术人员深入田间指导秋播。', '推广站站长陈立新介绍，今年全县推广水稻新品种5个。');
    expect(facts).toContain('WORKS_FOR 陈立新 → 攸县农业技术推广站');
    expect(facts.filter((f) => f.includes('→ 推广站') || f.includes(' 推广站 '))).toEqual([]);
  });

  test('某县茶叶技术推广站 … 推广站站长介绍', async () => {
    const facts = await factsOf('松阳县', '松阳县茶叶技术推广站在新兴镇举办茶园管理培训班。', '推广站站长叶红梅介绍，今年全县新建生态茶园3000亩。');
    expect(facts).toContain('WORKS_FOR 叶红梅 → 松阳县茶叶技术推广站');
  });

  test('two bodies ending so: the short name is neither', async () => {
    const facts = await factsOf('攸县', '攸县农业技术推广站和攸县林业技术推广站联合开展培训。', '推广站站长陈立新介绍，今年培训农民300人次。');
    expect(facts).not.toContain('WORKS_FOR 陈立新 → 攸县农业技术推广站');
    expect(facts).not.toContain('WORKS_FOR 陈立新 → 攸县林业技术推广站');
  });
});

describe('公司 after a speaker\'s words is the speaker\'s company (rel.reported.speaker-kind)', () => {
  test('李某介绍，公司今年产值…: the company he works for, not the firm named last', async () => {
    const facts = await factsOf('攸县',
      '攸县瑞丰纸业有限公司是攸县的龙头企业，总经理李光明是土生土长的攸县人。攸县宏达针织有限公司、攸县华泰家具有限公司也在加紧生产。',
      '“今年形势比预期好。”李光明介绍，公司今年产值达到1.5亿元。');
    expect(facts).toContain('REPORTED 攸县瑞丰纸业有限公司 → 产值 1.5亿元');
    expect(about(facts, 'REPORTED', '攸县华泰家具有限公司')).toEqual([]);
  });

  test('某公司总经理某某说，公司的订单额…: the company named with him, several firms named before', async () => {
    const facts = await factsOf('松阳县',
      '松阳县华泰家具有限公司、松阳县宏达针织有限公司、松阳县金竹茶业有限公司近日先后获评省级专精特新企业。',
      '松阳县宏达针织有限公司总经理周红说，公司的订单额今年突破了8000万元。');
    // (the outcome's measure is read as 总经理说 — a label left alone this round; the subject is what is tested)
    expect(about(facts, 'REPORTED', '8000万元')).toEqual([expect.stringMatching(/^REPORTED 松阳县宏达针织有限公司 → .*8000万元$/u)]);
  });

  test('a speaker of a government bureau speaks for no company: the firm in view keeps the figure', async () => {
    const facts = await factsOf('攸县',
      '攸县瑞丰纸业有限公司今年新上了两条生产线。',
      '攸县工信局局长刘明介绍，公司今年产值达到1.5亿元。');
    expect(about(facts, 'REPORTED', '攸县工信局')).toEqual([]);
  });
});

describe('甲、乙等N家 after a body announcing a list: the count is the list\'s, not the announcer\'s (subject.list-not-announcer)', () => {
  test('某局通报了“某某”企业名单，甲、乙等12家企业入选', async () => {
    const facts = await factsOf('攸县', '县经信局通报了“专精特新”企业名单，攸县华泰家具有限公司、攸县宏达针织有限公司等12家企业入选。');
    expect(about(facts, 'REPORTED', '12家')).toEqual([expect.stringMatching(/^REPORTED “?专精特新”?企业名单 → /u)]);
  });

  test('某局公布了某某名单 unquoted, 甲、乙等8家: not the bureau', async () => {
    const facts = await factsOf('松阳县', '松阳县商务局日前公布了第二批县级电商示范企业名单，松阳县华泰家具有限公司、松阳县金竹茶业有限公司等8家企业上榜。');
    expect(about(facts, 'REPORTED', '松阳县商务局')).toEqual([]);
  });

  test('a body that does not announce keeps the count (甲、乙等企业 after a body heading the clause)', async () => {
    const facts = await factsOf('攸县', '攸县农业协会组织攸县华泰家具有限公司、攸县宏达针织有限公司等15家企业参加展会。');
    expect(about(facts, 'REPORTED', '15家')).toEqual([expect.stringMatching(/^REPORTED 攸县农业协会 → /u)]);
  });
});
