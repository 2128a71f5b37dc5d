// Splitting a file into printed pages: form feeds, rule lines and running heads, and the date and page
// number a running head prints.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pagesOf } from '../../../src/ingest/index.js';
import { parseDatedHead, parseRunningHead, splitPages } from '../../../src/ingest/pages.js';
import { segmentPage } from '../../../src/segment/index.js';

describe('parseRunningHead reads a page number as a word of its own, and the date beside it', () => {
  const cases: Array<[string, object | null]> = [
    ['2023年10月9日 星期一 第2版 综合', { page: '2', date: '2023-10-09' }],
    ['第 3 版', { page: '3' }],
    ['要闻 第三版', { page: '3' }],
    ['第十二版 专题', { page: '12' }],
    ['A3版 经济', { page: 'A3' }],
    // A city paper's name in the head (lexicons/newspapers.tsv) is the page's paper; an unknown name is not read.
    ['平湖日报 2022年9月15日 A 12 版', { page: 'A12', date: '2022-09-15', newspaper: '平湖日报' }],
    ['2021年3月2日 第5版 东湖周报', { page: '5', date: '2021-03-02' }],
    // The page's staff printed in the head (责任编辑：某某, 版式：某某) are no sentence.
    ['东湖周报 2023年6月8日 星期四 第3版 综合新闻 责任编辑：孔令华', { page: '3', date: '2023-06-08' }],
    ['第7版 文化 编辑：叶思远 版式：包佳 校对：蔡晓琳', { page: '7' }],
    // An impossible date is dropped; the page number stands.
    ['2023年2月30日 第1版', { page: '1' }],
    // Not running heads: sentences, page numbers inside words, long lines.
    ['新华字典第12版出版，', null],
    ['今年出版的第12版', null],
    ['他们在第2版刊登了文章。', null],
    ['编辑：叶思远说，第2版刊登了文章。', null],
    ['2023年10月9日 星期一', null],
    [`第1版 ${'很长的栏目名称'.repeat(6)}`, null],
  ];
  test.each(cases)('%s', (line, expected) => {
    expect(parseRunningHead(line)).toEqual(expected);
  });
});

describe('splitPages', () => {
  const pages = (text: string) =>
    splitPages(text).map((p) => ({ text: text.slice(p.start, p.end).trim(), rules: p.rules, meta: p.meta, head: p.runningHead }));

  test('form feeds separate pages; a trailing form feed and blank pages make no page', () => {
    expect(pages('甲\n乙\n\f丙\n\f \n\f')).toEqual([
      { text: '甲\n乙', rules: [], meta: {}, head: undefined },
      { text: '丙', rules: ['page.form-feed'], meta: {}, head: undefined },
    ]);
  });

  test('a rule line separates pages and belongs to neither', () => {
    expect(pages('甲\n=====\n乙\n－－－－－－\n丙')).toEqual([
      { text: '甲', rules: [], meta: {}, head: undefined },
      { text: '乙', rules: ['page.rule-line'], meta: {}, head: undefined },
      { text: '丙', rules: ['page.rule-line'], meta: {}, head: undefined },
    ]);
    // Four characters are a dash in the text, not a rule.
    expect(pages('甲\n====\n乙')).toHaveLength(1);
  });

  test('a dated head opens a page: a head over two lines, or an evening paper\'s with a bare folio', () => {
    expect(pages('2027年3月2日 星期二\n第5版\n\n甲\n')).toEqual([
      { text: '甲', rules: ['page.dated-head', 'page.running-head'], meta: { date: '2027-03-02', page: '5' }, head: '2027年3月2日 星期二 第5版' },
    ]);
    expect(pages('B3　２０２７年３月２日　星期二　江城晚报　文体\n\n乙\n')).toEqual([
      { text: '乙', rules: ['page.dated-head'], meta: { date: '2027-03-02', page: 'B3' }, head: 'B3　２０２７年３月２日　星期二　江城晚报　文体' },
    ]);
    // A head over lines may end with the section's name alone under it.
    expect(pages('2027年3月2日 星期二\n第5版\n国际·国内\n\n甲\n')).toEqual([
      { text: '甲', rules: ['page.dated-head', 'page.running-head'], meta: { date: '2027-03-02', page: '5' }, head: '2027年3月2日 星期二 第5版 国际·国内' },
    ]);
    // A head on one line keeps the short line under it: it is the page's first headline.
    expect(pages('2027年3月2日 星期二 第5版 城事\n插秧忙\n乙。\n')[0]!.text).toBe('插秧忙\n乙。');
    // After the page's first text a date line is text: it opens no page.
    expect(pages('丙。\n2027年3月2日 星期二\n丁\n')).toEqual([{ text: '丙。\n2027年3月2日 星期二\n丁', rules: [], meta: {}, head: undefined }]);
  });

  test.each([
    ['2023年10月9日 星期一', { date: '2023-10-09' }],
    ['A4 2023年10月9日 星期一 东湖晚报 访谈', { date: '2023-10-09', page: 'A4' }],
    ['2023年10月9日 周一 综合 C12', { date: '2023-10-09', page: 'C12' }],
    ['2023年10月9日 星期一 第2版', null],
    ['今天是2023年10月9日 星期一。', null],
    ['2023年2月30日 星期四', null],
  ])('parseDatedHead(%s)', (line, expected) => {
    expect(parseDatedHead(line)).toEqual(expected);
  });

  test('a running head opens the page it heads and gives it a date and page number', () => {
    expect(pages('2023年10月9日 星期一 第1版 要闻\n\n甲\n\n2023年10月9日 星期一 第2版 综合\n乙\n')).toEqual([
      { text: '甲', rules: ['page.running-head'], meta: { page: '1', date: '2023-10-09' }, head: '2023年10月9日 星期一 第1版 要闻' },
      { text: '乙', rules: ['page.running-head'], meta: { page: '2', date: '2023-10-09' }, head: '2023年10月9日 星期一 第2版 综合' },
    ]);
  });

  test('a running head spread across the page with runs of spaces (pdftotext -layout) is read', () => {
    const head = `2023年5月12日 星期五${' '.repeat(36)}海宁日报${' '.repeat(30)}第3版 经济`;
    expect(pages(`${head}\n\n甲\n`)).toEqual([{ text: '甲', rules: ['page.running-head'], meta: { page: '3', date: '2023-05-12', newspaper: '海宁日报' }, head }]);
  });

  test('a running foot (the last line of a form-feed page) describes the page above it', () => {
    expect(pages('甲\n\n第 5 版\n\f乙\n第 6 版\n\n')).toEqual([
      { text: '甲', rules: ['page.running-head'], meta: { page: '5' }, head: '第 5 版' },
      { text: '乙', rules: ['page.form-feed', 'page.running-head'], meta: { page: '6' }, head: '第 6 版' },
    ]);
  });

  test('full-width digits in a running head are read', () => {
    expect(pages('２０２３年１０月９日　第３版\n甲')[0]!.meta).toEqual({ page: '3', date: '2023-10-09' });
  });
});

describe('the multi-page fixture', () => {
  const file = fileURLToPath(new URL('../../fixtures/pages/multi-page.txt', import.meta.url));
  const found = pagesOf(file, readFileSync(file), { newspaper: '平湖日报', date: '2023-10-01' });

  test('three pages: a form feed and a rule line separate them; running heads override the sidecar date', () => {
    expect(found.map((p) => [p.index, p.meta, p.rules, p.runningHead])).toEqual([
      [0, { newspaper: '平湖日报', date: '2023-10-09', page: '1' }, ['page.running-head'], '2023年10月9日 星期一 第1版 要闻'],
      [1, { newspaper: '平湖日报', date: '2023-10-09', page: '2' }, ['page.form-feed', 'page.running-head'], '2023年10月9日 星期一 第2版 综合'],
      [2, { newspaper: '平湖日报', date: '2023-10-01' }, ['page.rule-line'], undefined],
    ]);
  });

  test('the articles of each page carry its page number and the rules that delimited it', () => {
    const articles = found.map((p) => segmentPage(p).map((a) => [a.title, a.page, a.date, a.rules.filter((r) => r.startsWith('page.'))]));
    expect(articles).toEqual([
      [
        ['全市重点项目集中开工', '1', '2023-10-09', ['page.running-head']],
        ['独山港区集装箱吞吐量创新高', '1', '2023-10-09', ['page.running-head']],
      ],
      [['新埭3.2万亩晚稻长势喜人', '2', '2023-10-09', ['page.form-feed', 'page.running-head']]],
      [['林埭镇举办农民丰收节', undefined, '2023-10-01', ['page.rule-line']]],
    ]);
  });

  test('each page knows the line it starts on, with LF, CRLF or lone CR line breaks', () => {
    const raw = readFileSync(file, 'utf8');
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = raw.replace(/\n/g, eol);
      for (const p of pagesOf(file, Buffer.from(text), {})) {
        // Counted from the top, independently of the splitter: a form feed does not end a line.
        const expected = text.slice(0, p.start).split(/\r\n|\r|\n/).length;
        expect([JSON.stringify(eol), p.index, p.startLine]).toEqual([JSON.stringify(eol), p.index, expected]);
      }
    }
  });

  test('no running head or rule line leaks into a page', () => {
    for (const p of found) {
      const text = p.text.slice(p.start, p.end);
      expect(text).not.toMatch(/第\d版|=====/);
    }
  });
});
