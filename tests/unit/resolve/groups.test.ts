// Groups, suppliers and pilots (src/resolve/groups.ts): PART_OF from 旗下/下属/子公司/隶属于, SUPPLIES from 为/给…
// 提供/供货/配套, PILOTED_IN from 在某县试点; on sentences written for these tests.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('企业发展', ...paragraphs))).facts;
const typed = async (type: string, sentence: string): Promise<string[]> => (await factsOf(sentence)).filter((f) => f.startsWith(`${type} `));

describe('a firm part of a group', () => {
  test.each([
    ['甲旗下的乙', '浙江永安控股集团有限公司旗下的嘉兴永安纺织有限公司去年产值增长两成。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司']],
    ['甲下属有乙、丙', '浙江永安控股集团有限公司下属有嘉兴永安纺织有限公司、海宁永安印染有限公司两家企业。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司', 'PART_OF 海宁永安印染有限公司 → 浙江永安控股集团有限公司']],
    ['乙是甲旗下企业', '嘉兴永安纺织有限公司是浙江永安控股集团有限公司旗下企业。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司']],
    ['乙是甲的全资子公司', '嘉兴永安纺织有限公司是浙江永安控股集团有限公司的全资子公司。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司']],
    ['甲的子公司乙', '浙江永安控股集团有限公司的子公司嘉兴永安纺织有限公司新建了厂房。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司']],
    ['乙隶属于甲', '嘉兴永安纺织有限公司隶属于浙江永安控股集团有限公司。', ['PART_OF 嘉兴永安纺织有限公司 → 浙江永安控股集团有限公司']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await typed('PART_OF', sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['是 and a group without a word of owning', '嘉兴永安纺织有限公司是浙江永安控股集团有限公司的老客户。'],
    ['two firms side by side', '嘉兴永安纺织有限公司和浙江永安控股集团有限公司签订了合同。'],
  ])('none: %s', async (_case, sentence) => {
    expect((await typed('PART_OF', sentence)).filter((f) => f.includes('永安纺织'))).toEqual([]);
  });
});

describe('suppliers', () => {
  test.each([
    ['甲为乙提供', '嘉兴永安纺织有限公司为浙江红蜻蜓服饰有限公司提供面料。', 'SUPPLIES 嘉兴永安纺织有限公司 → 浙江红蜻蜓服饰有限公司'],
    ['甲给乙供货', '嘉兴永安纺织有限公司给浙江红蜻蜓服饰有限公司供货。', 'SUPPLIES 嘉兴永安纺织有限公司 → 浙江红蜻蜓服饰有限公司'],
    ['甲为乙等车企配套', '平湖恒达线缆有限公司为吉利汽车集团有限公司等车企配套生产线束。', 'SUPPLIES 平湖恒达线缆有限公司 → 吉利汽车集团有限公司'],
    ['a project supplied', '平湖恒达线缆有限公司为独山港区扩建工程提供电缆。', 'SUPPLIES 平湖恒达线缆有限公司 → 独山港区扩建工程'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await typed('SUPPLIES', sentence)).toContain(fact);
  });

  test.each([
    ['a bureau that gives help sells nothing', '平湖市商务局为平湖恒达线缆有限公司提供资金。'],
    ['提供 a service of help', '嘉兴永安纺织有限公司为浙江红蜻蜓服饰有限公司提供融资担保。'],
    ['成为 is no 为', '嘉兴永安纺织有限公司成为浙江红蜻蜓服饰有限公司的客户。'],
  ])('none: %s', async (_case, sentence) => {
    expect(await typed('SUPPLIES', sentence)).toEqual([]);
  });
});

describe('pilots', () => {
  test.each([
    ['a programme 在某县试点', '“共富工坊”计划在平湖市试点。', 'PILOTED_IN 共富工坊 → 平湖市'],
    ['在某镇率先试点', '今年，“共富工坊”计划在新埭镇率先试点。', 'PILOTED_IN 共富工坊 → 新埭镇'],
    ['在某镇试点推行 a programme', '在新埭镇试点推行“共富工坊”计划。', 'PILOTED_IN 共富工坊 → 新埭镇'],
    ['某镇试点 a programme', '新埭镇试点“共富工坊”计划。', 'PILOTED_IN 共富工坊 → 新埭镇'],
  ])('%s', async (_case, sentence, fact) => {
    expect(await typed('PILOTED_IN', sentence)).toContain(fact);
  });

  test.each([
    ['a pilot list is received, not piloted', '新埭镇入选“共富工坊”计划试点名单。'],
    ['a place that is not where the pilot is', '“共富工坊”计划试点以来，新埭镇变化很大。'],
  ])('none: %s', async (_case, sentence) => {
    expect(await typed('PILOTED_IN', sentence)).toEqual([]);
  });
});

describe('where an event is held', () => {
  test.each([
    ['a fair 在 a county 举行', '第三届中国柑橘博览会在秭归县举行。', ['LOCATED_IN 中国柑橘博览会 → 秭归县']],
    ['在 a chain of places, a manner word and the verb: the last place', '中国国际农产品交易会在湖北宜昌市隆重开幕。', ['LOCATED_IN 中国国际农产品交易会 → 宜昌市']],
    ['the event quoted right after the verb (举办“某文化节”)', '兴山县文化和旅游局在兴山县昭君镇举办“昭君文化节”。', ['LOCATED_IN 昭君文化节 → 昭君镇', 'ORGANIZED 兴山县文化和旅游局 → 昭君文化节']],
    ['a town holds an event in a village: the town runs it, the village is where', '去年，屈原镇在乐平里村举办了“端午诗会”活动。', ['LOCATED_IN 端午诗会 → 乐平里村', 'ORGANIZED 屈原镇 → 端午诗会']],
  ])('%s', async (_case, sentence, facts) => {
    expect(await factsOf(sentence)).toEqual(expect.arrayContaining(facts));
  });

  test.each([
    ['the place after 在 does not run the event', '去年，屈原镇在乐平里村举办了“端午诗会”活动。', 'ORGANIZED 乐平里村 → 端午诗会'],
    ['a place after 在 with no verb of holding', '“端午诗会”活动在乐平里村很受欢迎。', 'LOCATED_IN 端午诗会 → 乐平里村'],
  ])('not: %s', async (_case, sentence, fact) => {
    expect(await factsOf(sentence)).not.toContain(fact);
  });
});
