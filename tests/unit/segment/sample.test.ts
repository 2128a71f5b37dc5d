// Regression: the sample page (seeds/pinghu-2022-page.txt, exactly as PDF extraction produced it) yields its
// six pieces with the right headlines and all eleven byline names on the right pieces.
import { fileURLToPath } from 'node:url';
import { ingest } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { ArticleSchema } from '../../../src/document/types.js';

const SAMPLE = fileURLToPath(new URL('../../../seeds/pinghu-2022-page.txt', import.meta.url));

const EXPECTED = [
  { kind: 'commentary', kicker: undefined, title: '创新驱动高质量发展', subtitle: undefined, dateline: undefined, bylines: ['作者 言成声'] },
  { kind: 'news', kicker: undefined, title: '我市羽绒服专场网上交易会落幕', subtitle: undefined, dateline: '本报讯', bylines: ['记者 杨昊玥'] },
  { kind: 'photo', kicker: undefined, title: '水上栈道', subtitle: undefined, dateline: undefined, bylines: ['摄影 王强'] },
  {
    kind: 'news', kicker: undefined, title: '千名干部助千企 稳进提质解难题', subtitle: '全市累计走访企业1200多家次，纾困解难516个', dateline: '本报讯',
    bylines: ['记者 胡佳英', '通讯员 张磊', '通讯员 顾思卓'],
  },
  {
    kind: 'news', kicker: '数据一屏掌握 服务连心高效 力量迅速集结', title: '“浙里网格连心”构建网格智治新格局', subtitle: undefined, dateline: '本报讯',
    bylines: ['记者 李雨婷', '通讯员 吴铮恺'],
  },
  { kind: 'news', kicker: undefined, title: '平湖经开全力打造汽车产业新生态', subtitle: undefined, dateline: '本报讯', bylines: ['记者 胡佳英', '通讯员 查放', '通讯员 姜俊霞'] },
];

describe('the sample page', () => {
  let articles: ReturnType<typeof segmentPage>;
  let text: string;
  beforeAll(async () => {
    const r = await ingest([SAMPLE]);
    expect(r.pages).toHaveLength(1);
    text = r.pages[0]!.text;
    articles = segmentPage(r.pages[0]!);
  });

  test('yields six pieces with their kinds and headlines', () => {
    expect(articles.map((a) => ({ kind: a.kind, kicker: a.kicker, title: a.title, subtitle: a.subtitle, dateline: a.dateline }))).toEqual(
      EXPECTED.map(({ bylines: _b, ...head }) => head),
    );
  });

  test('puts all eleven byline names on the right pieces', () => {
    expect(articles.map((a) => a.bylines.map((b) => `${b.role} ${b.name}`))).toEqual(EXPECTED.map((e) => e.bylines));
    expect(articles.flatMap((a) => a.bylines)).toHaveLength(11);
  });

  test('letter-spaced names point at the name as printed', () => {
    const printed = Object.fromEntries(articles.flatMap((a) => a.bylines).map((b) => [b.name, text.slice(b.start, b.end)]));
    expect(printed).toMatchObject({ 王强: '王 强', 张磊: '张 磊', 查放: '查 放', 顾思卓: '顾思卓' });
  });

  test('rejoins words and numbers broken over lines', () => {
    const all = articles.map((a) => a.text).join('\n');
    for (const joined of ['信易电热机械有限公司', '2022年度嘉兴市级科技企业', '盈智热管理科技（嘉兴）有限公司', '104.39亿元', '疏科纳米疏水科技（嘉兴）有限公司']) {
      expect(all).toContain(joined);
    }
  });

  test('every article passes the Article schema and records the rules that shaped it', () => {
    for (const a of articles) {
      expect(ArticleSchema.safeParse(a).success).toBe(true);
      expect(a.rules).toContain('segment.assign');
      expect(a.rules.some((r) => r.startsWith('kind.'))).toBe(true);
    }
    expect(articles[3]!.rules).toContain('clean.doubled-headline');
    expect(articles[0]!.rules).toContain('byline.signature');
  });

  test('carries the page metadata from the sidecar', () => {
    expect(articles.map((a) => [a.newspaper, a.year, a.homeCity, a.date, a.page])).toEqual(Array(6).fill(['平湖日报', 2022, '平湖市', undefined, undefined]));
  });
});
