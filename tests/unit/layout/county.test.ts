// A county paper's pages: the pdfkit fixtures of tests/fixtures/pdf-county/ (make.mjs remakes them) read right against
// their truth, and, set by hand, each cause on its own — a short title over the first of two columns, a lead set
// bold and larger, a three-line table's title and unit, a boxed list of winners set in aligned rows — and a story
// continued on page 2 of the same file read as one article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, SourcePage } from '../../../src/document/types.js';
import { pdfPagesOf } from '../../../src/ingest/pdf.js';
import { LAYOUT_RULE } from '../../../src/layout/articles.js';
import { CONTINUATION_RULE, joinContinuations } from '../../../src/layout/continuations.js';
import { layoutPage } from '../../../src/layout/index.js';
import { rulesOf } from '../../../src/layout/pdf.js';
import type { PageRules, TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { norm, paragraphsOf } from '../../pdf-pages/score.js';
import { expectReadAsPrinted, readPdfFixture } from '../../helpers/pdf-fixture.js';
import { column, item } from './items.js';

const dir = join(process.cwd(), 'tests/fixtures/pdf-county');

function read(items: TextItem[], rules?: PageRules, width = 400, height = 600): { articles: Article[]; page: SourcePage } {
  const laid = layoutPage({ pageNumber: 1, width, height, items, ...(rules ? { rules } : {}) }, { offset: 0, line: 1 })!;
  const page: SourcePage = { id: 'pcounty', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return { articles: segmentPage(page), page };
}
const hRule = (x0: number, x1: number, y: number): PageRules['h'][number] => ({ x0, x1, y0: y, y1: y });
const paras = (a: Article | undefined): string[] => (a ? paragraphsOf(a).map(norm) : []);
const joined = (lines: readonly string[]): string => norm(lines.join(''));

describe("a county paper's pages (tests/fixtures/pdf-county)", () => {
  test.each([
    ['page-1', { page: '1', date: '2026-06-12' }],
    ['page-2', { page: '2', date: '2026-06-12' }],
    ['page-3', { page: '3', date: '2026-06-12' }],
    ['page-5', { page: '5', date: '2026-09-18' }],
    ['page-6', { page: '2', date: '2026-11-20' }],
    ['page-7', { page: '4', date: '2026-11-20' }],
    ['page-8', { page: '1', date: '2026-10-09' }],
    ['page-9', { page: '3', date: '2026-08-14' }],
    // (page 10 prints no folio: only its date is read)
    ['page-10', { date: '2026-05-22' }],
    // (pdf8: a byline on two lines, a jump line mid-column, briefs opening 【某镇】, an advert across the page, a headline at the right of its text)
    ['page-11', { page: '3', date: '2026-10-16' }],
  ])('%s: every article, title, paragraph and byline as printed, nothing else read as an article', async (name, meta) => {
    const { pages } = await expectReadAsPrinted(dir, name);
    expect(pages.map((p) => p.meta)).toEqual([meta]);
  });

  test('page 2: the table\'s title and unit line are the table\'s, not the text beside or over it; the running head with 责任编辑 is furniture', async () => {
    const { pages, articles } = await expectReadAsPrinted(dir, 'page-2');
    const furniture = pages[0]!.layout!.furniture;
    const heads = furniture.filter((f) => f.rule === LAYOUT_RULE.tableHead).map((f) => f.line.text.text.replace(/\s+/g, ''));
    expect(heads).toEqual(['2026年1—5月岚溪县主要经济指标', '单位：亿元']);
    expect(articles.flatMap((a) => a.bylines.map((b) => b.name))).not.toContain('彭晓雯');
  });

  test('page 4 (held out): the grid of names in its boxed list read row by row, the table\'s title and note kept out of the story', async () => {
    const { truth, articles, pages } = await readPdfFixture(dir, 'page-4');
    const list = truth.articles.find((a) => a.title === '县里表彰一批优秀村干部')!;
    expect(paras(articles.find((a) => a.title === list.title))).toEqual(list.paragraphs.map(norm));
    const table = pages[0]!.layout!.furniture.filter((f) => f.rule === LAYOUT_RULE.tableHead).map((f) => f.line.text.text.replace(/\s+/g, ''));
    expect(table).toEqual(['全县秋粮收购进度统计表', '注：数据截至9月15日。']);
  });

  test('a story continued on page 2 of the three-page file is one article, its parts in order', async () => {
    const want = JSON.parse(readFileSync(join(dir, 'continued.json'), 'utf8')) as { title: string; paragraphs: string[] };
    const pages = await pdfPagesOf('all-pages.pdf', readFileSync(join(dir, 'all-pages.pdf')), {});
    expect(pages.map((p) => p.meta.page)).toEqual(['1', '2', '3']);
    const segmented = pages.flatMap((p) => segmentPage(p));
    const all = joinContinuations(segmented, pages);
    expect(all).toHaveLength(segmented.length - 1);
    const story = all.find((a) => a.title === want.title)!;
    expect(paras(story)).toEqual(want.paragraphs.map(norm));
    expect(story.rules).toContain(CONTINUATION_RULE);
    expect(story.parts!.map((p) => p.page)).toEqual(['1', '2']);
  });
});

describe('set by hand', () => {
  const lead = ['本报讯全县新建竹林基地', '两万亩，带动竹农增收。'];
  // (full lines justified to the column: an indented first line two characters shorter)
  const left = ['本报讯随着最后一段管网', '接通，白岩村用上了自来水，', '全乡十四个村全部通上了自来'];
  const right = ['水。过去村民靠水窖过日子，', '旱季要翻山挑水。乡里新建水', '厂一座。'];
  const rightOwn = ['县应急管理局在城东社区', '组织防汛应急演练，二百多名', '居民参加。'];

  test('a short title over the first of two columns: the second column is its story\'s, not the headline\'s above the rule', () => {
    const items = [item('全县竹产业提质增效见成效', 20, 40, 20), ...column(lead, 20, 70, { indents: [0] }), ...column(lead, 150, 70), item('村村通水', 20, 138, 16), ...column(left, 20, 150, { indents: [0] }), ...column(right, 150, 150)];
    const { articles } = read(items, { h: [hRule(20, 305, 112)], v: [], boxes: [] });
    const water = articles.find((a) => a.title === '村村通水');
    expect(paras(water)).toEqual([joined([...left, ...right])]);
    expect(water!.rules).toContain(LAYOUT_RULE.ownerBeside);
    expect(paras(articles.find((a) => a.title === '全县竹产业提质增效见成效')).join('')).not.toContain('白岩村');
  });

  test('the rest of a continued story under a short repeat of its title, over the first of its two columns: both columns are the rest', () => {
    const items = [item('（上接第1版）', 20, 40, 9), item('竹产业集群成形', 20, 60, 14), ...column(left, 20, 80, { indents: [0] }), ...column(right, 150, 80)];
    const { articles } = read(items);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined([...left, ...right])]);
  });

  test('a column under a title of its own, level with the short title beside it, keeps its own', () => {
    const items = [item('村村通水', 20, 60, 16), ...column(left, 20, 80, { indents: [0] }), item('防汛演练', 150, 60, 16), ...column(rightOwn, 150, 80, { indents: [0] })];
    const { articles } = read(items);
    expect(articles.map((a) => a.title).sort()).toEqual(['村村通水', '防汛演练'].sort());
    expect(paras(articles.find((a) => a.title === '防汛演练'))).toEqual([joined(rightOwn)]);
    expect(paras(articles.find((a) => a.title === '村村通水'))).toEqual([joined(left)]);
  });

  test('a lead paragraph set bold and larger under the title is the first paragraph, its byline read; a two-line subtitle stays a subtitle', () => {
    const boldLead = ['本报讯（记者 麻晓峰）日前，我县出台支持返乡创业', '十条措施，最高可获创业担保贷款三十万元。'];
    const rest = ['十条措施明确，返乡人员', '创办企业的，可享受一次性创', '业补贴五千元；租用孵化基地', '场地的，前两年免收租金。县', '人社局每年组织创业培训二十', '期以上。'];
    const items = [item('我县出台十条措施支持返乡创业', 20, 40, 20), ...boldLead.map((l, i) => item(l, 20 + (i === 0 ? 22 : 0), 66 + i * 16, 11)), ...column(rest, 20, 110, { indents: [0] })];
    const { articles } = read(items);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.subtitle ?? '').toBe('');
    expect(paras(articles[0])).toEqual([joined(boldLead), joined(rest)]);
    expect(articles[0]!.bylines.map((b) => `${b.name}|${b.role}`)).toEqual(['麻晓峰|记者']);
    // The same size and place, two lines that end no sentence: a subtitle.
    const sub = ['——岚溪县支持返乡入乡创业', '的新做法'];
    const subtitled = read([item('我县出台十条措施支持返乡创业', 20, 40, 20), ...sub.map((l, i) => item(l, 40, 66 + i * 16, 11)), ...column(rest, 20, 110, { indents: [0] })]).articles;
    expect(norm(subtitled[0]!.subtitle ?? '')).toContain('岚溪县支持返乡入乡创业的新做法');
    expect(paras(subtitled[0])).toEqual([joined(rest)]);
  });

  const table = (x: number, y: number): TextItem[] => [item('指标', x, y), item('完成值', x + 110, y), item('增长（%）', x + 190, y), item('工业增加值', x, y + 16), item('21.6', x + 110, y + 16), item('8.2', x + 190, y + 16), item('固定资产投资', x, y + 32), item('35.4', x + 110, y + 32), item('6.5', x + 190, y + 32)];

  test('a three-line table\'s title and unit line over its rows are the table\'s; a paragraph of one line over a table stays text', () => {
    const before = ['本报讯 前5月全县主要经济指标保持增长。'];
    const after = ['县统计局有关负责人表示，全年', '目标有望顺利完成。'];
    const rules: PageRules = { h: [hRule(20, 290, 152), hRule(20, 290, 172), hRule(20, 290, 206)], v: [], boxes: [] };
    const items = [item('前5月经济运行稳中向好', 20, 40, 16), ...column(before, 20, 70, { indents: [0] }), item('1—5月全县主要经济指标', 90, 122, 9), item('单位：亿元', 245, 140, 8), ...table(24, 164), ...column(after, 20, 232, { indents: [0] })];
    const { articles, page } = read(items, rules);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined(before), joined(after)]);
    const heads = page.layout!.furniture.filter((f) => f.rule === LAYOUT_RULE.tableHead).map((f) => f.line.text.text.replace(/\s+/g, ''));
    expect(heads).toEqual(['1—5月全县主要经济指标', '单位：亿元']);
    // The sentence just over the table (no title between) is the story's.
    const close = read([item('前5月经济运行稳中向好', 20, 40, 16), ...column(before, 20, 140, { indents: [0] }), ...table(24, 164), ...column(after, 20, 232, { indents: [0] })], rules).articles;
    expect(paras(close[0])).toEqual([joined(before), joined(after)]);
  });

  test('a boxed list of winners set in aligned rows is read row by row, each row an entry, with the story over it', () => {
    const text = ['本报讯 全县农村实用人才技能大', '赛日前落幕，八十六名选手参赛。'];
    const rows: Array<[string, string?]> = [['一等奖：龙光荣（茶园乡）'], ['二等奖：吴桂花（石门镇）', '杨德胜（清水镇）'], ['三等奖：田小兵（白沙镇）', '石玉兰（茶园乡）']];
    const at = (y0: number): TextItem[] => rows.flatMap(([a, b], k) => [item(a, 26, y0 + k * 14, 9), ...(b ? [item(b, 26 + 12 * 9 + 4, y0 + k * 14, 9)] : [])]);
    const items = [item('技能大赛落幕', 20, 40, 16), ...column(text, 20, 64, { indents: [0] }), item('获奖名单', 26, 112, 11), ...at(130)];
    const box: PageRules = { h: [], v: [], boxes: [{ x0: 20, y0: 98, x1: 300, y1: 166 }] };
    const { articles } = read(items, box);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined(text), '获奖名单', ...rows.map((r) => norm(r.join('')))]);
  });

  test('names set in a grid in a boxed list, level with the rows of a table beside it, are its entries, not cells, row by row', () => {
    const text = ['本报讯 县委、县政府日前对全', '县二十名优秀村干部进行表彰。'];
    const grid = [['和志强', '杨丽萍', '岩香', '李正华'], ['普国庆', '罗玉芬', '段文昌', '叶光明'], ['刀建新', '玉罕', '陈家顺', '字春兰']];
    const cells = [['南溪粮站', '6200', '58'], ['勐董粮站', '5400', '52'], ['城关粮站', '4700', '55']];
    const items = [
      item('秋粮收购过半', 20, 30, 16),
      item('本报讯 各收储点收购情况如下。', 38, 64),
      ...cells.flatMap((row, i) => row.map((c, j) => item(c, 20 + [0, 60, 100][j]!, 130 + i * 14, 9))),
      item('表彰优秀村干部', 200, 40, 16),
      ...column(text, 200, 64, { indents: [0] }),
      item('表彰名单', 206, 112, 11),
      ...grid.flatMap((row, i) => row.map((n, j) => item(n, 206 + j * 54, 130 + i * 14, 9))),
    ];
    const { articles, page } = read(items, { h: [], v: [], boxes: [{ x0: 200, y0: 98, x1: 430, y1: 172 }] }, 450);
    const list = articles.find((a) => paras(a).includes('表彰名单'));
    expect(paras(list).slice(-13)).toEqual(['表彰名单', ...grid.flat()]);
    expect(page.layout!.furniture.filter((f) => f.kind === 'table').map((f) => f.line.text.text.replace(/\s+/g, '')).sort()).toEqual(cells.flat().sort());
  });

  test('a note under a table\'s last row (注：…) is the table\'s; the paragraph under it is the story\'s', () => {
    const before = ['本报讯 截至9月15日，全县已收', '购秋粮一万六千多吨，收购进度', '过半。'];
    const after = ['县粮储局提醒，售粮农户要注意', '晾晒，避免压级压价。'];
    const rules: PageRules = { h: [hRule(20, 290, 122), hRule(20, 290, 142), hRule(20, 290, 176)], v: [], boxes: [] };
    const items = [item('全县秋粮收购进度过半', 20, 40, 16), ...column(before, 20, 64, { indents: [0] }), ...table(24, 134), item('注：数据截至9月15日。', 20, 188, 8), ...column(after, 20, 212, { indents: [0] })];
    const { articles, page } = read(items, rules);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined(before), joined(after)]);
    expect(page.layout!.furniture.filter((f) => f.rule === LAYOUT_RULE.tableHead).map((f) => f.line.text.text.replace(/\s+/g, ''))).toEqual(['注：数据截至9月15日。']);
  });

  test('under a photo title, a second caption set over a picture of its own is that picture\'s photo piece', () => {
    const first = '9月14日，农民在收割稻谷。记者 段晓东 摄';
    const second = '游客在古茶园参观采茶。通讯员 罗春燕 摄';
    const pictures = [{ x0: 20, y0: 60, x1: 300, y1: 200 }, { x0: 20, y0: 262, x1: 300, y1: 400 }];
    const items = [item('金秋稻浪', 20, 44, 16), item(first, 20, 214, 9), item(second, 20, 250, 9)];
    const { articles } = read(items, { h: [], v: [], boxes: pictures });
    expect(articles.map((a) => [a.title, paras(a)])).toEqual([
      ['金秋稻浪', [norm(first)]],
      ['', [norm(second)]],
    ]);
    expect(articles.map((a) => a.bylines.map((b) => b.name))).toEqual([['段晓东'], ['罗春燕']]);
    // Both under pictures of their own (a group of pictures, a caption under each): one photo piece under its title.
    const both = read([item('金秋稻浪', 20, 44, 16), item(first, 20, 214, 9), item(second, 20, 414, 9)], { h: [], v: [], boxes: pictures }).articles;
    expect(both.map((a) => [a.title, paras(a).length])).toEqual([['金秋稻浪', 2]]);
  });
});

// pdf7: what pdf6 left — one-line paragraphs either side of a table, an untitled brief beside a story, pictures
// embedded as images (pages 6 and 7 of tests/fixtures/pdf-county, a third county's paper).
describe('pdf6\'s list, set by hand', () => {
  const table = (x: number, y: number, labels = ['工业增加值', '固定资产投资']): TextItem[] => [item('指标', x, y), item('完成值', x + 110, y), item('增长（%）', x + 190, y), item(labels[0]!, x, y + 16), item('21.6', x + 110, y + 16), item('8.2', x + 190, y + 16), item(labels[1]!, x, y + 32), item('35.4', x + 110, y + 32), item('6.5', x + 190, y + 32)];
  const rules: PageRules = { h: [hRule(20, 290, 130), hRule(20, 290, 150), hRule(20, 290, 184)], v: [], boxes: [] };

  test('a paragraph of one full line over a table and one under it are two paragraphs, not one', () => {
    const before = '本报讯 截至11月15日，全县已收购晚稻一万二千多吨，各点情况如下：';
    const after = '县粮储局提醒，售粮农户要注意晾晒。';
    const items = [item('晚稻收购过半', 20, 40, 16), item(before, 20, 70), ...table(24, 142), item(after, 38, 212)];
    const { articles } = read(items, rules);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([norm(before), norm(after)]);
    expect(articles[0]!.rules).toContain('layout.para.table');
    // Without the table between them the two lines run on as one paragraph (the rule needs the table).
    const plain = read([item('晚稻收购过半', 20, 40, 16), item(before, 20, 70), item(after, 20, 84)]).articles;
    expect(paras(plain[0])).toEqual([norm(before + after)]);
  });

  test('a table\'s row labels of different lengths, two to a block, are cells, not the text over them', () => {
    const before = '本报讯 前10月全县财政收入完成十八亿元。';
    const items = [item('财政收入增长', 20, 40, 16), item(before, 38, 70), ...table(24, 142, ['一般公共预算收入合计', '税收收入'])];
    const { articles, page } = read(items, rules);
    expect(paras(articles[0])).toEqual([norm(before)]);
    const cells = page.layout!.furniture.filter((f) => f.kind === 'table').map((f) => f.line.text.text.replace(/\s+/g, ''));
    expect(cells).toEqual(expect.arrayContaining(['一般公共预算收入合计', '税收收入']));
  });

  test('two stories side by side, each with a byline of two lines set apart over its text: no table\'s cells (a table holds figures or is ruled)', () => {
    const a = ['十月以来，县里新建冷库三座，果', '农可以错峰销售苹果。'];
    const b = ['县红十字会在城南社区开展应急救', '护培训，六十多名居民参加。'];
    const items = [
      item('果园建起冷库', 20, 240, 15), item('本报记者 郝建军', 20, 262), item('通讯员 宋秀珍', 20, 276), ...column(a, 20, 300, { indents: [0] }),
      item('社区学急救', 200, 240, 15), item('本报记者 韩志刚', 200, 262), item('通讯员 马玉梅', 200, 276), ...column(b, 200, 300, { indents: [0] }),
    ];
    const { articles, page } = read(items);
    // (the lines stay with their stories, read as their bylines: pdf7's list, below)
    expect(articles.map((x) => [x.title, x.bylines.map((b) => b.name)])).toEqual([
      ['果园建起冷库', ['郝建军', '宋秀珍']],
      ['社区学急救', ['韩志刚', '马玉梅']],
    ]);
    expect(page.layout!.furniture.filter((f) => f.kind === 'table')).toEqual([]);
  });

  const lead = ['本报讯 11月18日，全县重大项目集中签约活动在', '县工业园举行，二十一个项目现场签约。'];
  const left = ['本报讯（通讯员 廖春华）安和镇', '三千亩脐橙基地开园采摘，两千多', '名游客走进果园。'];
  const brief = ['本报讯 县红十字会在城南社区开', '展应急救护培训，六十多名居民学习', '急救技能。'];

  test('a brief with no title of its own, opening with 本报讯 under a rule beside a story, is a piece of its own, not the headline\'s above', () => {
    const items = [item('工业园新签约项目二十一个', 60, 40, 20), ...column(lead, 20, 70, { indents: [0] }), item('脐橙开园', 20, 112, 16), ...column(left, 20, 134, { indents: [0] }), ...column(brief, 200, 134, { indents: [0] })];
    const { articles } = read(items, { h: [hRule(20, 380, 100)], v: [], boxes: [] });
    expect(articles.map((a) => a.title).sort()).toEqual(['', '工业园新签约项目二十一个', '脐橙开园'].sort());
    const own = articles.find((a) => !a.title)!;
    expect(paras(own)).toEqual([joined(brief)]);
    expect(own.rules).toContain('layout.dispatch-opens');
    expect(paras(articles.find((a) => a.title === '工业园新签约项目二十一个'))).toEqual([joined(lead)]);
  });

  test('an untitled brief level with a short-titled story\'s first column, a gutter apart, does not run on into it', () => {
    const items = [item('村村通水', 20, 60, 16), ...column(left, 20, 80, { indents: [0] }), ...column(brief, 188, 80, { indents: [0] })];
    const { articles } = read(items);
    expect(articles.map((a) => [a.title, paras(a)])).toEqual([
      ['村村通水', [joined(left)]],
      ['', [joined(brief)]],
    ]);
    // A second column that opens no dateline still runs on (layout.owner-beside).
    const rest = ['过去村民靠水窖过日子，旱季要', '翻山挑水。'];
    const runs = read([item('村村通水', 20, 60, 16), ...column(left, 20, 80, { indents: [0] }), ...column(rest, 188, 80)]).articles;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.rules).toContain(LAYOUT_RULE.ownerBeside);
  });

  test('names of winners set in a grid with no box, under the line that introduces them, are read row by row as the story\'s paragraphs', () => {
    const intro = ['本报讯 全县职工技能竞赛日前落幕，共评出', '一等奖八名。获得一等奖的是：'];
    const grid = [['邱振华', '谢春生', '黄小燕', '曾国良'], ['肖文斌', '钟丽萍', '廖永生', '罗海燕']];
    const at = (y: number, g = grid, dx = 60): TextItem[] => g.flatMap((row, i) => row.map((n, j) => item(n, 38 + j * dx, y + i * 15)));
    const { articles } = read([item('技能竞赛决出名次', 20, 40, 16), ...column(intro, 20, 66, { indents: [0] }), ...at(100)]);
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined(intro), ...grid.flat()]);
    expect(articles[0]!.rules).toContain('layout.list-grid');
    // Under a list's label, three to a row, with a place after each name.
    const named = [['龙光荣（茶园乡）', '吴桂花（石门镇）', '杨德胜（清水镇）'], ['田小兵（白沙镇）', '石玉兰（茶园乡）', '滕文武（龙潭镇）']];
    const labelled = read([item('技能大赛落幕', 20, 40, 16), ...column(['本报讯 全县农村实用人才技能大赛日前落幕。'], 20, 66, { indents: [0] }), item('获奖名单', 38, 84), ...at(100, named, 90)]).articles;
    expect(paras(labelled[0]).slice(-7)).toEqual(['获奖名单', ...named.flat().map(norm)]);
    // A table of words, ruled over and under its rows, is no list of names: its rows stay cells.
    const ruledRows: PageRules = { h: [hRule(20, 300, 88), hRule(20, 300, 120)], v: [], boxes: [] };
    const table = read([item('技能竞赛决出名次', 20, 40, 16), ...column(intro, 20, 66, { indents: [0] }), ...at(100)], ruledRows).articles;
    expect(table[0]!.rules).not.toContain('layout.list-grid');
    expect(paras(table[0])).toEqual([joined(intro)]);
  });

  test('a picture inside the middle one of three columns of unequal height: the column goes on under it, read before the next column', () => {
    const c0 = ['本报讯 全县二十八万亩', '谷子进入收获期，北坡乡的谷', '子地里，收割机来回穿梭，农', '户们忙着晾晒、装袋。近年来，'];
    const c1 = ['县里扶持小米加工企业十二家，', '注册了区域公用品牌，小米的', '收购价从每斤两元多涨到四元'];
    const c2 = ['，谷农的收入比过去多了一倍', '多。下一步将建设良种繁育基', '地两万亩。'];
    const caption = '农民在晾晒谷子。韩志刚 摄';
    const items = [item('青崖小米卖出好价钱', 120, 36, 18), ...column(c0, 20, 62, { indents: [0] }), item(caption, 150, 140, 8), ...column(c1, 150, 166), ...column(c2, 280, 62)];
    const { articles } = read(items, { h: [], v: [], boxes: [{ x0: 150, y0: 56, x1: 270, y1: 130 }] });
    const story = articles.find((a) => a.title === '青崖小米卖出好价钱')!;
    expect(paras(story)).toEqual([joined([...c0, ...c1, ...c2])]);
    expect(articles.find((a) => !a.title)!.bylines.map((b) => `${b.name}|${b.role}`)).toEqual(['韩志刚|摄影']);
    // A picture across the page, nothing beside it: the gap under its caption still parts it from the story under it.
    const across = read([item(caption, 20, 140, 8), item('谷子丰收', 20, 166, 16), ...column(c0, 20, 190, { indents: [0] }), ...column(c1, 150, 190)], { h: [], v: [], boxes: [{ x0: 20, y0: 56, x1: 400, y1: 130 }] }).articles;
    expect(across.map((a) => a.title)).toEqual(['', '谷子丰收']);
    expect(paras(across[1])).toEqual([joined([...c0, ...c1])]);
  });

  test('briefs with no titles set one under the other in a column under its label: each its own untitled piece, the label none\'s title', () => {
    const b1 = ['本报讯 县市场监管局开展海鲜', '市场价格检查，检查经营户一百二', '十家。'];
    const b2 = ['本报讯 沙澳镇渔民技能培训班开', '班八十名渔民参加了安全生产培训', '和技能考核。'];
    // (set under a story, out of the page's head band, where a short label in display type is the section's flag)
    const items = [item('县城新添口袋公园', 20, 160, 15), ...column(['本报讯 县城新建口袋公园六处。'], 20, 184, { indents: [0] }), item('海屿简讯', 20, 240, 15), ...column(b1, 20, 264, { indents: [0] }), ...column(b2, 20, 264 + 3 * 13.5 + 6, { indents: [0] })];
    const { articles, page } = read(items);
    expect(articles.map((a) => [a.title, paras(a)])).toEqual([
      ['县城新添口袋公园', [norm('本报讯 县城新建口袋公园六处。')]],
      ['', [joined(b1)]],
      ['', [joined(b2)]],
    ]);
    expect(articles[1]!.rules).toContain('layout.briefs-label');
    expect(articles.slice(1).every((a) => a.rules!.includes('layout.dispatch-opens'))).toBe(true);
    expect(page.layout!.furniture.filter((f) => f.rule === 'layout.briefs-label').map((f) => f.line.text.text)).toEqual(['海屿简讯']);
    // Under a story's own title, a brief set under its text in the same column is a piece of its own; the story keeps
    // its title and its text.
    const story = ['本报讯 县里新建冷库一座，果农', '可以错峰销售苹果，每斤能多卖三', '四毛钱。'];
    const titled = read([item('果园建起冷库', 20, 240, 15), ...column(story, 20, 264, { indents: [0] }), ...column(b2, 20, 264 + 3 * 13.5 + 6, { indents: [0] })]).articles;
    expect(titled.map((a) => [a.title, paras(a)])).toEqual([
      ['果园建起冷库', [joined(story)]],
      ['', [joined(b2)]],
    ]);
    // One dateline, a later paragraph that names the paper's report in its text: one story.
    const later = ['记者了解到，本报讯息发布后，', '不少果农前来咨询。'];
    const one = read([item('果园建起冷库', 20, 240, 15), ...column(story, 20, 264, { indents: [0] }), ...column(later, 20, 264 + 3 * 13.5, { indents: [0] })]).articles;
    expect(one.map((a) => [a.title, paras(a)])).toEqual([['果园建起冷库', [joined(story), joined(later)]]]);
  });

  test('an image the page paints (save, transform, restore left by pdfjs) is a picture; a path drawn under a transform is not', () => {
    const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28, rectangle: 19 };
    const flip: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 800];
    const img = rulesOf([10, 12, 11], [null, [300, 0, 0, -180, 40, 600], null], flip, OPS);
    expect(img.pictures).toEqual([{ x0: 40, x1: 340, y0: 200, y1: 380 }]);
    const two = rulesOf([10, 12, 12, 11], [null, [1, 0, 0, 1, 40, 600], [300, 0, 0, -180, 0, 0], null], flip, OPS);
    expect(two.pictures).toHaveLength(1);
    const drawn = rulesOf([10, 12, 91, 20, 11], [null, [1, 0, 0, 1, 0, 0], [[19], [40, 40, 300, 180]], null, null], flip, OPS);
    expect(drawn.pictures ?? []).toEqual([]);
    expect(drawn.boxes).toHaveLength(1);
  });

  test('page 7: a caption set over a picture embedded as an image, under a photo title with its own caption, is that picture\'s', async () => {
    const { articles } = await expectReadAsPrinted(dir, 'page-7');
    expect(articles.filter((a) => a.bylines.some((b) => b.role === '摄影')).map((a) => [a.title, a.bylines.map((b) => b.name)])).toEqual([['橙园秋色', ['钟立群']], ['', ['温晓梅']]]);
  });

  test('page 6: the untitled brief, the table between one-line paragraphs, the names set in a grid read as printed; the headline in three sizes', async () => {
    const { articles } = await expectReadAsPrinted(dir, 'page-6');
    const lead = articles.find((a) => a.title === '枫林工业园新签约项目二十一个')!;
    expect(norm(lead.kicker ?? '')).toBe(norm('坚持项目为王 推动园区升级'));
    expect(norm(lead.subtitle ?? '')).toContain('总投资八十六亿元');
    expect(articles.find((a) => a.title === '全县职工技能竞赛决出名次')!.rules).toContain('layout.list-grid');
    expect(articles.find((a) => !a.title)!.rules).toContain('layout.dispatch-opens');
  });
});

describe('pdf7\'s list, set by hand', () => {
  test('names set in a grid reach the text one name a line, as a typed list of winners: each a line of its own after the intro', () => {
    const intro = ['本报讯 全市乡村教师风采大赛日前', '落幕，评出一等奖六名。名单如下：'];
    const grid = [['吕泽民', '严晓彤', '纪春来'], ['谭美玲', '熊立国', '焦雅琴']];
    const at = (y: number, g = grid, dx = 70): TextItem[] => g.flatMap((row, i) => row.map((n, j) => item(n, 38 + j * dx, y + i * 15)));
    const { articles } = read([item('乡村教师风采大赛落幕', 20, 40, 16), ...column(intro, 20, 66, { indents: [0] }), ...at(100)]);
    expect(articles).toHaveLength(1);
    // (the article's text: each name on a line of its own, nothing run together)
    const text = articles[0]!.text;
    expect(text.slice(text.indexOf('如下：') + 3).split('\n').filter((l) => l.trim() !== '')).toEqual(grid.flat());
    expect(articles[0]!.rules).toEqual(expect.arrayContaining(['layout.list-grid', LAYOUT_RULE.listEntry]));
    // Four to a row, with a township in brackets after each name: the same, entry by entry.
    const placed = [['苗德胜（河口镇）', '祁玉兰（沙坪乡）', '卜长青（河口镇）', '甘晓燕（石桥镇）'], ['冷志远（沙坪乡）', '鲍秋菊（石桥镇）', '车永平（柳湾乡）', '伍海霞（河口镇）']];
    const four = read([item('乡村教师风采大赛落幕', 20, 40, 16), ...column(intro, 20, 66, { indents: [0] }), ...at(100, placed, 84)], undefined, 420).articles;
    expect(paras(four[0]).slice(1)).toEqual(placed.flat().map(norm));
  });

  test('a boxed list: a row of names alone is read one name a line; a row that opens with its prize (二等奖：…) stays one entry', () => {
    const text = ['本报讯 县总工会日前表彰了一批', '劳动模范和先进工作者。'];
    const rows: string[][] = [['一等奖：邢海涛（双河镇）'], ['二等奖：寇丽君（白杨乡）', '葛文斌（双河镇）'], ['贝国强', '宁秀芝', '岑立新', '池玉梅']];
    const items = [
      item('劳模表彰大会召开', 20, 40, 16),
      ...column(text, 20, 64, { indents: [0] }),
      item('表彰名单', 26, 112, 11),
      ...rows.flatMap((row, k) => row.map((n, j) => item(n, 26 + j * (row.length > 2 ? 60 : 120), 130 + k * 14, 9))),
    ];
    const { articles } = read(items, { h: [], v: [], boxes: [{ x0: 20, y0: 98, x1: 300, y1: 172 }] });
    expect(articles).toHaveLength(1);
    expect(paras(articles[0])).toEqual([joined(text), '表彰名单', norm(rows[0]!.join('')), norm(rows[1]!.join('')), ...rows[2]!]);
    expect(articles[0]!.rules).toContain(LAYOUT_RULE.listEntry);
    // (a box whose rows all open with their prize: no entry read alone)
    const prizes = read(items.filter((i) => !rows[2]!.includes(i.str)), { h: [], v: [], boxes: [{ x0: 20, y0: 98, x1: 300, y1: 160 }] }).articles;
    expect(prizes[0]!.rules).not.toContain(LAYOUT_RULE.listEntry);
  });

  test('a byline set on two lines apart from its text, under the title, is the story\'s byline, not its first paragraph', () => {
    const body = ['本报讯 入冬以来，白沙镇组织党', '员干部走访困难群众一百二十户，送', '去棉被和米面油。'];
    const story = (by: TextItem[]): Article[] => read([item('冬日暖心走访忙', 20, 40, 16), ...by, ...column(body, 20, 100, { indents: [0] })]).articles;
    const two = story([item('本报记者 欧阳丽', 40, 62), item('通讯员 柴国栋', 40, 76)]);
    expect(two).toHaveLength(1);
    expect(two[0]!.bylines.map((b) => `${b.name}|${b.role}`)).toEqual(['欧阳丽|本报记者', '柴国栋|通讯员']);
    expect(paras(two[0])).toEqual([joined(body)]);
    expect(two[0]!.rules).toContain('para.layout-byline-lines');
    // Three lines, flush left: three bylines.
    const three = story([item('记者 甘雨晴', 20, 58), item('通讯员 聂春生', 20, 71), item('实习生 晏子豪', 20, 84)]);
    expect(three[0]!.bylines.map((b) => b.name)).toEqual(['甘雨晴', '聂春生', '晏子豪']);
    // A two-line paragraph whose second line is prose is no byline: it stays the first paragraph.
    const prose = story([item('记者 甘雨晴 通讯员', 20, 62), item('都到村里看过了。', 20, 76)]);
    expect(prose[0]!.bylines).toEqual([]);
    expect(prose[0]!.rules).not.toContain('para.layout-byline-lines');
  });

  test('briefs under a column label that open with a bracketed source or a lead-in in a font of their own: each its own untitled piece', () => {
    const b1 = ['【柳塘镇】近日，柳塘镇组织消防', '演练，二百多名村民参加。'];
    const b2 = ['【县医保局】县医保局在集市设立', '咨询台，解答群众问题六十多个。'];
    const story = (paras: string[][], label = '基层动态', fonts?: (p: number) => TextItem[]): Article[] => {
      const items = [item(label, 20, 240, 15)];
      let y = 264;
      paras.forEach((p, k) => {
        items.push(...(fonts ? fonts(k) : []), ...column(p, 20, y, { indents: fonts ? [] : [0] }).filter((_, i) => !fonts || i > 0));
        y += p.length * 13.5 + 4;
      });
      return read(items).articles;
    };
    const marked = story([b1, b2]);
    expect(marked.map((a) => [a.title, paras(a)])).toEqual([
      ['', [joined(b1)]],
      ['', [joined(b2)]],
    ]);
    expect(marked[0]!.rules).toContain('layout.briefs-label');
    // A run-in title in bold, then the text in the body's font, on the brief's first line.
    const lead = [['河湾村通公交', '近日，河湾村至县城的公交线路开通，', '村民进城不用再转车了。'], ['城东小学添新书', '县图书馆向城东小学捐赠图书两千', '册，充实了学校图书室。']];
    const bold = story(lead.map(([, ...rest]) => rest), '一周快讯', (k) => {
      const y = 264 + k * (2 * 13.5 + 4);
      const [runIn, first] = [lead[k]![0]!, lead[k]![1]!];
      return [{ ...item(runIn, 38, y), font: 'f2' }, item(first, 38 + (runIn.length + 0.5) * 9, y)];
    });
    expect(bold.map((a) => a.title)).toEqual(['', '']);
    expect(bold.map((a) => norm(a.text))).toEqual(lead.map((p) => norm(p.join(''))));
    expect(bold[0]!.rules).toContain('layout.brief-lead-in');
    // Under a label, paragraphs that open with nothing of a brief's: one piece, the label its title.
    const plain = [['近日，柳塘镇组织消防演练，二百多', '名村民参加。'], ['演练结束后，消防员讲解了灭火器的', '用法。']];
    const one = story(plain);
    expect(one.map((a) => [a.title, paras(a).length])).toEqual([['基层动态', 2]]);
    // A story's paragraph that opens with a bracket, under a title that is no label, stays the story's.
    const titled = story([b1, b2], '柳塘镇办消防演练');
    expect(titled.map((a) => a.title)).toEqual(['柳塘镇办消防演练']);
  });

  test('a page that prints no folio takes the page number its sidecar or --page gives, else none; a printed folio wins over both', async () => {
    const bare = await pdfPagesOf('page-10.pdf', readFileSync(join(dir, 'page-10.pdf')), {});
    expect(bare[0]!.meta.page).toBeUndefined();
    expect(bare[0]!.index).toBe(0);
    const given = await pdfPagesOf('page-10.pdf', readFileSync(join(dir, 'page-10.pdf')), { page: '5' });
    expect(given[0]!.meta.page).toBe('5');
    expect(segmentPage(given[0]!).map((a) => a.page)).toEqual(['5', '5', '5']);
    const printed = await pdfPagesOf('page-9.pdf', readFileSync(join(dir, 'page-9.pdf')), { page: '5' });
    expect(printed[0]!.meta.page).toBe('3');
  });

  test('a headline set in two lines at the right of its story\'s columns, level with their tops, titles them; one with text under it does not', () => {
    const cols = [['本报讯 县里新建茶叶加工', '厂三家，茶农的鲜叶就近', '卖上了好价钱。今年全县'], ['春茶产量比去年增长一成', '半，茶农人均增收两千多', '元。县里还将扩建茶园。']];
    const above = ['本报讯 县里举办首届农民运动会，', '二十个乡镇的八百多名选手参赛。'];
    const items = [
      item('农民运动会开幕', 20, 160, 16), ...column(above, 20, 184, { indents: [0] }),
      ...column(cols[0]!, 20, 260), ...column(cols[1]!, 140, 260),
      item('青坪茶叶', 254, 262, 18), item('卖出好价钱', 254, 286, 18),
    ];
    const rules: PageRules = { h: [hRule(20, 380, 240)], v: [], boxes: [] };
    const { articles } = read(items, rules);
    expect(articles.map((a) => [a.title, paras(a)])).toEqual([
      ['农民运动会开幕', [joined(above)]],
      ['青坪茶叶卖出好价钱', [joined([...cols[0]!, ...cols[1]!])]],
    ]);
    expect(articles[1]!.rules).toContain('layout.title-beside');
    // A headline with its own text under it, beside another story's columns, keeps its own; the columns stay the others'.
    const own = ['本报讯 县图书馆新', '添图书三千册。'];
    const under = read([...items, ...column(own, 254, 316)], rules).articles;
    expect(under.find((a) => a.title === '青坪茶叶卖出好价钱')!.text).not.toContain('茶叶加工');
    expect(under.some((a) => a.rules.includes('layout.title-beside'))).toBe(false);
  });

  test('an advert boxed across the page, parted by the white between its words: both halves are the advert, no piece', () => {
    const story = ['本报讯 县里举办首届农民运动会，', '二十个乡镇的八百多名选手参赛。'];
    const items = [
      item('农民运动会开幕', 20, 160, 16), ...column(story, 20, 184, { indents: [0] }),
      item('青坪绿茶', 60, 240, 16), item('高山好茶', 210, 240, 16),
      item('订购热线：0851-6612345', 40, 266, 10), item('地址：青坪县茶城路8号', 210, 266, 10),
    ];
    const box: PageRules = { h: [], v: [], boxes: [{ x0: 20, y0: 224, x1: 380, y1: 284 }] };
    const { articles, page } = read(items, box);
    expect(articles.map((a) => a.title)).toEqual(['农民运动会开幕']);
    expect(page.layout!.furniture.filter((f) => f.kind === 'advert').map((f) => f.line.text.text.replace(/\s+/g, '')).sort()).toEqual(['地址：青坪县茶城路8号', '订购热线：0851-6612345', '青坪绿茶', '高山好茶'].sort());
    // A notice in a box with sentences beside a hotline's half is no advert: it stays a piece.
    const notice = read([...items.slice(0, -1), item('报名截至本月底。', 210, 266, 10)], box).articles;
    expect(notice.some((a) => paras(a).includes(norm('报名截至本月底。')))).toBe(true);
  });

  test('held-out page 12\'s kinds: one-line briefs opening with ■ are a paragraph each; a headline at the left of its text, white round it; a sentence naming the weather is text', () => {
    const briefs = ['■县图书馆江北分馆开馆，藏书两', '■江湾镇举办渔民安全培训活动。', '■县医院开设夜间门诊方便群众。'];
    const { articles } = read([item('一周快讯', 20, 240, 15), ...column(briefs, 20, 264)]);
    expect(articles.map((a) => [a.title, paras(a)])).toEqual(briefs.map((b) => ['', [norm(b)]]));
    expect(articles[1]!.rules).toContain('layout.briefs-label');
    // A headline at the left of three columns, five ems of white between; the text's last line names the weather.
    const cols = [['本报讯 江湾大桥', '建成通车，两岸群', '众告别了渡船。'], ['大桥全长一千二百', '米，车程缩短到十', '五分钟。老符说，'], ['以后过江再也不用', '看天气了。']];
    const items = [item('江湾渡口', 20, 80, 18), item('架起新桥', 20, 104, 18), ...cols.flatMap((c, k) => column(c, 140 + k * 86, 80))];
    const side = read(items).articles;
    expect(side.map((a) => [a.title, paras(a)])).toEqual([['江湾渡口架起新桥', [joined(cols[0]!), joined([...cols[1]!, ...cols[2]!])]]]);
    expect(side[0]!.rules).toContain('layout.title-beside');
    // (a masthead's weather line, no sentence, stays the masthead's)
    const mast = read([item('江湾报', 20, 20, 40), item('农历八月初四 今日天气 晴', 240, 30, 9), item('县里新建冷库', 20, 100, 15), ...column(['本报讯 县里新建冷库三座，果农', '可以错峰销售苹果。'], 20, 124, { indents: [0] })]).page;
    expect(mast.layout!.furniture.some((f) => f.kind === 'masthead' && f.line.text.text.includes('天气'))).toBe(true);
  });
});
