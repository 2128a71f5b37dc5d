// Who works with whom and who set up what (PARTNER_OF, FOUNDED), and who issued a policy (ORGANIZED), on
// sentences written for these tests.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('合作共赢', ...paragraphs))).facts;

describe('partners', () => {
  test.each([
    ['甲与乙…合作', '宜昌三峡食品有限公司与华中农业大学合作，开发了新品种。', 'PARTNER_OF 宜昌三峡食品有限公司 → 华中农业大学'],
    ['甲和乙签订协议', '去年，宜昌三峡食品有限公司和华中农业大学签订了战略合作协议。', 'PARTNER_OF 宜昌三峡食品有限公司 → 华中农业大学'],
    ['甲与乙签署协议', '马坪村去年与宜昌三峡食品有限公司签署了茶园托管协议。', 'PARTNER_OF 马坪村 → 宜昌三峡食品有限公司'],
    ['甲携手乙', '宜昌三峡食品有限公司携手华中农业大学建设试验田。', 'PARTNER_OF 宜昌三峡食品有限公司 → 华中农业大学'],
    ['甲结对帮扶乙, with the place as printed', '浙江嘉善县结对帮扶四川九寨沟县。', 'PARTNER_OF 嘉善县 → 九寨沟县'],
    ['a body named by its kind alone: the one in view', '宜昌三峡食品有限公司扩建了厂房。公司与华中农业大学合作开发新品。', 'PARTNER_OF 宜昌三峡食品有限公司 → 华中农业大学'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).toContain(fact);
  });

  test.each([
    ['与 without a word of working together', '宜昌三峡食品有限公司与华中农业大学相距不远。'],
    ['a place that only qualifies a noun is no partner', '宜昌三峡食品有限公司与杭州一家电商平台签订了合作协议。'],
    ['no partner named in the clause', '华中农业大学的专家来了。双方签订了合作协议，与企业共同研发。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith('PARTNER_OF'))).toEqual([]);
  });
});

describe('founders', () => {
  test.each([
    ['由甲出资建成, the body named by its kind alone', '宜昌果农专业合作社有社员200人。这家合作社由宜昌三峡食品有限公司出资建成。', ['FOUNDED 宜昌三峡食品有限公司 → 宜昌果农专业合作社']],
    ['a note in brackets after a founder (以下简称) is passed over', '南湖科技园由嘉兴市政府和浙江恒泰集团有限公司（以下简称“恒泰集团”）携手共建。', ['FOUNDED 嘉兴市政府 → 南湖科技园', 'FOUNDED 浙江恒泰集团有限公司 → 南湖科技园']],
    ['甲和乙携手共建 — founders and partners', '宜昌柑橘研究院由宜都市政府和宜昌三峡食品有限公司携手共建。', ['FOUNDED 宜都市政府 → 宜昌柑橘研究院', 'FOUNDED 宜昌三峡食品有限公司 → 宜昌柑橘研究院', 'PARTNER_OF 宜都市政府 → 宜昌三峡食品有限公司']],
    ['甲成立了一家某公司', '2020年，上沧村成立了宜都红花农业有限公司。', ['FOUNDED 上沧村 → 宜都红花农业有限公司']],
    ['成立这家公司: the company in view', '记者走进宜都红花农业有限公司。宜都市政府成立这家公司，是为了带动村民增收。', ['FOUNDED 宜都市政府 → 宜都红花农业有限公司']],
    ['甲建设起某产业园: a park the text names is set up as a body is', '2023年，宜昌三峡食品有限公司建设起宜昌柑橘加工产业园。', ['FOUNDED 宜昌三峡食品有限公司 → 宜昌柑橘加工产业园']],
    ['某产业园由甲出资建成', '宜都精细化工产业园由宜都市政府出资建成。', ['FOUNDED 宜都市政府 → 宜都精细化工产业园']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['a founder must be named in the clause', '宜昌三峡食品有限公司发展很快。今年又成立了宜昌三峡物流有限公司。'],
    ['由 without a word of founding', '宜昌果农专业合作社由宜昌三峡食品有限公司负责销售。'],
    ['a place of the gazetteer is not set up', '宜昌三峡食品有限公司建成了宜都市最大的冷库。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await factsOf(sentence)).filter((f) => f.startsWith('FOUNDED'))).toEqual([]);
  });
});

describe('who issued a policy', () => {
  test('印发', async () => {
    expect(await factsOf('湖北省农业农村厅印发《柑橘产业高质量发展行动方案》。')).toContain('ORGANIZED 湖北省农业农村厅 → 柑橘产业高质量发展行动方案');
  });
});
