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
