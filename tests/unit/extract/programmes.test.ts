// Programmes: quoted names typed by the word after them (or inside them), unquoted names grown from words that
// only name things (博览会, 奖, 认定), with editions and years, and quotations that are only emphasis.
import { mentionsIn } from '../../helpers/extract.js';

const programmes = (s: string) => mentionsIn(s).filter((m) => m.label === 'Programme').map((m) => [m.text, m.kind]);

describe('programmes', () => {
  test.each([
    ['全面推进“共富工坊”建设项目。', [['“共富工坊”建设项目', 'Project']]],
    ['深化“最多跑一次”改革。', [['“最多跑一次”改革', 'Policy']]],
    ['开展“百名干部进百村”走访活动。', [['“百名干部进百村”走访活动', 'Campaign']]],
    ['群众通过“浙里办”APP提交申请。', [['“浙里办”APP', 'Platform']]],
    ['启动“清廉村居”三年行动。', [['“清廉村居”三年行动', 'Campaign']]],
    ['“亩均论英雄”改革成效明显，“亩均论英雄”已覆盖全市。', [['“亩均论英雄”改革', 'Policy'], ['“亩均论英雄”', 'Policy']]],
  ])('quoted: %s', (sentence, expected) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['公司参加了第十届中国义乌国际小商品博览会。', ['第十届中国义乌国际小商品博览会', 'TradeFair']],
    ['项目荣获2023年度浙江省科学技术进步奖。', ['2023年度浙江省科学技术进步奖', 'Award']],
    ['入选嘉兴市级专精特新企业认定名单。', ['嘉兴市级专精特新企业认定名单', 'Recognition']],
    ['他们报名参加了中国国际进口博览会。', ['中国国际进口博览会', 'TradeFair']],
    ['走进新丰镇的共富工坊，村民正在忙碌。', ['共富工坊', 'Project']],
  ])('unquoted: %s', (sentence, expected) => {
    expect(programmes(sentence)).toEqual(expect.arrayContaining([expected]));
  });

  test('modules of a platform listed before the word for them, and found again on the page', () => {
    const found = mentionsIn('“智慧社区”平台分为居民议事、物业报修、邻里互助三大板块。居民通过物业报修提交问题。');
    expect(found.filter((m) => m.rule === 'prog.listed-module').map((m) => [m.text, m.kind])).toEqual([
      ['居民议事', 'Platform'],
      ['物业报修', 'Platform'],
      ['邻里互助', 'Platform'],
    ]);
    expect(found.filter((m) => m.text === '物业报修')).toHaveLength(2);
    expect(mentionsIn('系统设置有问题办理、红哨组团等模块。').filter((m) => m.label === 'Programme').map((m) => m.text)).toEqual(['问题办理', '红哨组团']);
  });

  test('a bracketed qualifier after a fair belongs to it', () => {
    expect(programmes('2023浙江平湖出口网上交易会（东盟站—服装专场）开幕。')[0]).toEqual(['2023浙江平湖出口网上交易会（东盟站—服装专场）', 'TradeFair']);
  });

  test.each([['这声夸奖来得及时。'], ['他多次获奖。'], ['大家都说“很好”。'], ['开展“一对一”帮扶。'], ['推行“1+3+N”模式。'], ['“谢谢，谢谢！没想到这么快。”他说。']])('no programme in: %s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});
