// The extraction context tags jieba's `cut` from the dictionary instead of calling jieba's `tag` (a third of the
// cost): its tokens must be exactly the ones `tag` gives, on every kind of text.
import { buildContext, fallbackTag, splitSentences } from '../../../src/extract/context.js';
import { resources } from '../../helpers/extract.js';

describe('tokens', () => {
  test.each([
    ['平湖市新埭镇的浙江明远智能装备有限公司今年实现产值3.5亿元，同比增长18.2%。'],
    ['企业此次对接的俄罗斯采购商IP Veselov是当地大型的电商平台。'],
    ['iPhone14、5G和ＡＢＣ１２３都在2023年10月9日亮相，约占30%左右。'],
    ['“千名干部助千企”活动——走访企业1.2万家…… 😀 é ß'],
    ['王强说：“我们要把平湖经开打造成长三角的产业高地！”\n第二段\t有制表符。'],
    [''],
  ])('are what jieba.tag gives: %s', (text) => {
    const res = resources();
    const ctx = buildContext(text, res);
    expect(ctx.tokens.map((t) => [t.word, t.tag])).toEqual(res.tagger.tag(text, true).map((t) => [t.word, t.tag]));
    expect(ctx.tokens.map((t) => text.slice(t.start, t.end))).toEqual(ctx.tokens.map((t) => t.word));
  });

  test('read again, from the tables of words met before, the tags are the same; tokenStart holds the starts', () => {
    const res = resources();
    const text = '桐乡市濮院镇的毛衫企业去年出口额达4.2亿美元，较上年增长一成。濮院镇的毛衫企业今年再增长。';
    const first = buildContext(text, res);
    const again = buildContext(`${text}${text}`, res);
    const expected = res.tagger.tag(`${text}${text}`, true).map((t) => [t.word, t.tag]);
    expect(again.tokens.map((t) => [t.word, t.tag])).toEqual(expected);
    expect([...first.tokenStart]).toEqual([...first.tokens.map((t) => t.start), text.length]);
    expect([...again.tokenStart]).toEqual([...again.tokens.map((t) => t.start), 2 * text.length]);
  });

  test('a word outside the dictionary is m with only digits, eng with letters, x otherwise', () => {
    expect(fallbackTag('2023')).toBe('m');
    expect(fallbackTag('5G')).toBe('eng');
    expect(fallbackTag('Veselov')).toBe('eng');
    expect(fallbackTag('——')).toBe('x');
    expect(fallbackTag('１２３')).toBe('x');
  });

  test('sentences end at 。！？； and line breaks, keeping closing quotes', () => {
    const text = '他说：“好。”然后走了！第二句；\n第三句';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['他说：“好。”', '然后走了！', '第二句；', '第三句']);
  });
});
