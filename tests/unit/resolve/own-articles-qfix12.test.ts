// Relations of kinds on the lead's noticed list, twelfth round of fixes (qfix12): a place's unit of a firm printed right
// after the firm's full name. Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (home: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: home })).facts;

describe('a place\'s unit printed right after its firm\'s full name (rel.part-of.unit-after-firm)', () => {
  test('某省电力有限公司|某县供电公司', async () => {
    const facts = await factsOf('攸县', '国网湖南省电力有限公司攸县供电公司组织党员服务队进村检修线路。');
    expect(facts).toContain('PART_OF 攸县供电公司 → 国网湖南省电力有限公司');
  });

  test('a variation: the unit heads a clause of its own doing', async () => {
    const facts = await factsOf('松阳县', '今年以来，国网浙江省电力有限公司松阳县供电公司累计投入资金3200万元改造农村电网。');
    expect(facts).toContain('PART_OF 松阳县供电公司 → 国网浙江省电力有限公司');
  });

  test('two firms side by side with 与 between are no unit and parent', async () => {
    const facts = await factsOf('攸县', '攸县华泰家具有限公司与攸县宏达针织有限公司签订合作协议。');
    expect(facts.filter((f) => f.startsWith('PART_OF ') && f.includes('华泰'))).toEqual([]);
  });
});
