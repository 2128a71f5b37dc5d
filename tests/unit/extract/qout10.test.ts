// Readings that local papers' pages needed in this round (qout10): a firm named right after the dateline and its
// bracketed byline, a body planning (县某局计划…) that is no plan's name, a village named before a word opening with
// 村 (某村村集体), and a growth rate printed without 同比. Sentences written for these tests (names invented).
import { extractText } from '../../../src/extract/index.js';
import { mentionsIn, namesOf, resources } from '../../helpers/extract.js';

function measureOf(text: string, figure: string): string | undefined {
  const c = extractText(text, resources()).find((m) => m.label === 'Outcome' && text.slice(m.start, m.end) === figure);
  return c?.attrs.outcome?.measure;
}

describe('a firm named right after the dateline and its byline (org.not.dateline)', () => {
  test.each([
    ['本报讯（通讯员 邓子涵）湖南青峦茶业有限公司位于桂东县沙田镇。', '湖南青峦茶业有限公司'],
    ['本报讯（记者 王敏 通讯员 李强）浙江禾丰机械有限公司今年接到订单1.2亿元。', '浙江禾丰机械有限公司'],
    ['（记者 周航）嘉兴宏瑞纺织有限公司新建厂房3万平方米。', '嘉兴宏瑞纺织有限公司'],
    ['本报讯 平湖恒远电子有限公司今年上半年实现产值2亿元。', '平湖恒远电子有限公司'],
  ])('%s', (text, name) => {
    expect(namesOf(text, 'Organization')).toEqual([name]);
  });

  test('a region in brackets inside a firm\'s name stays', () => {
    expect(namesOf('盈远热能科技（嘉兴）有限公司今年产值增长20%。', 'Organization')).toEqual(['盈远热能科技（嘉兴）有限公司']);
  });
});

describe('a body planning is no plan\'s name (prog.not.body-plans)', () => {
  test.each([
    ['县水利局计划再投入资金800万元，完成剩余隐患整改。'],
    ['公司计划明年新建一条生产线。'],
    ['村合作社计划今年新增种植面积200亩。'],
  ])('%s', (text) => {
    expect(namesOf(text, 'Programme')).toEqual([]);
  });

  test('a plan with a name of its own between the body and 计划 is still read', () => {
    expect(namesOf('县科技局启动青年科技人才培养计划。', 'Programme').length).toBe(1);
  });
});

describe('a village before a word opening with 村 (place.admin.village.doubled)', () => {
  test.each([
    ['广陈镇青禾村村集体经济收入达112万元。', '青禾村'],
    ['新仓镇杉溪村村民人均收入达3.2万元。', '杉溪村'],
    ['乍浦镇石泾村村干部带头流转土地300亩。', '石泾村'],
  ])('%s', (text, village) => {
    expect(mentionsIn(text).filter((m) => m.label === 'Place' && m.kind === 'Village').map((m) => m.text)).toEqual([village]);
  });

  test('村村 alone (every village) names none', () => {
    expect(mentionsIn('今年，全镇村村都通了硬化路。').filter((m) => m.label === 'Place')).toEqual([]);
  });

  test('not without a place it lies in before it', () => {
    expect(mentionsIn('上游村村集体经济收入达112万元。').filter((m) => m.label === 'Place' && m.text.startsWith('上游'))).toEqual([]);
  });
});

describe('a growth rate printed without 同比 measures what grew', () => {
  test.each([
    ['一季度，全县规上工业增加值增长8.1%。', '8.1%', '规上工业增加值增长'],
    ['今年春茶产量比去年同期增长12%。', '12%', '春茶产量同比增长'],
    ['全年税收收入较上年下降3.5%。', '3.5%', '税收收入同比下降'],
    ['全县出口额比2020年增长42%。', '42%', '出口额增长'],
  ])('%s', (text, figure, measure) => {
    expect(measureOf(text, figure)).toBe(measure);
  });

  test('not a rate whose words before the verb are no measure (满意率提高到95%)', () => {
    expect(measureOf('群众满意率提高到95%。', '95%')).toBe('群众满意率');
  });
});
