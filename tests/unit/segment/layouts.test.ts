// The same five pieces laid out every way a page of this kind is laid out — four reading orders, with the
// headline and byline in one text box or apart, column widths from 12 to 22 characters, column heights from
// 8 lines to unbroken, and each piece in each position — must segment to the same pieces every time. This
// guards against rules that fit one page: the fixtures are fixed, these layouts are not.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { column, page } from './compose.js';

interface Piece {
  heads: string[];
  byline: string[];
  body: string[];
  want: { kind: string; kicker?: string; title: string; subtitle?: string; bylines: string };
}

const PIECES: Piece[] = [
  {
    heads: ['聚焦民生实事 提升幸福指数', '我市新增30家“共享食堂”我市新增30家“共享食堂”', '覆盖全部镇街道，日均服务老年人4000余人次'],
    byline: ['■记 者 周 洁'],
    body: [
      '本报讯 中午11点，硖石街道西山社区的“共享食堂”里飘出阵阵饭菜香。82岁的独居老人金阿婆端着餐盘，在窗口前选了一荤两素，刷卡付了8元钱。',
      '今年以来，我市把老年助餐服务列入民生实事项目，通过“政府补一点、企业让一点、个人出一点”的方式，新建、改建“共享食堂”30家，实现镇街道全覆盖。',
    ],
    want: { kind: 'news', kicker: '聚焦民生实事 提升幸福指数', title: '我市新增30家“共享食堂”', subtitle: '覆盖全部镇街道，日均服务老年人4000余人次', bylines: '记者 周洁' },
  },
  {
    heads: ['守守护护好好城城市市的的““烟烟火火气气””'],
    byline: ['■ 禾 言'],
    body: [
      '夜幕降临，东湖边的夜市热闹起来。烧烤摊前排起长队，文创摊位上摆满了手工饰品，不少年轻人举着手机直播。小小的夜市，既是市民休闲的好去处，也是城市活力的一面镜子。',
      '城市管理有温度，城市才更有魅力。让夜市既热闹又有序，考验的是治理的智慧，也检验着为民服务的诚意。',
    ],
    want: { kind: 'commentary', title: '守护好城市的“烟火气”', bylines: '作者 禾言' },
  },
  {
    heads: ['金秋赏菊正当时'],
    byline: ['■摄影 陆 斌'],
    body: [' 10月20日，市民在东湖公园菊花展上拍照留念。本届菊花展共展出各类菊花500余个品种、5万余盆，将持续至11月中旬。'],
    want: { kind: 'photo', title: '金秋赏菊正当时', bylines: '摄影 陆斌' },
  },
  {
    heads: ['外资项目落地跑出加速度外资项目落地跑出加速度 从签约到投产仅用14个月从签约到投产仅用14个月'],
    byline: ['■记 者 顾 晨', '通讯员 徐丽娟'],
    body: [
      '本报讯 9月26日，位于姚庄镇的恒达新材料（嘉兴）有限公司年产5万吨高性能复合材料项目正式投产。项目总投资达1.2亿美元，是全县自2023年以来首个投产的外资制造业项目。',
      '项目从签约到投产仅用了14个月。县投资促进中心为企业配备了项目专员，全程代办立项、环评、施工许可等手续，帮助企业提前4个月完成厂房建设。',
    ],
    want: { kind: 'news', title: '外资项目落地跑出加速度 从签约到投产仅用14个月', bylines: '记者 顾晨,通讯员 徐丽娟' },
  },
  {
    heads: ['6所学校入选', '省现代化学校'],
    byline: [],
    body: [
      '本报讯 日前，省教育厅公布了2023年浙江省现代化学校名单，我市南河头小学、乍浦镇中学等6所学校榜上有名，上榜数量居嘉兴各县（市、区）前列。',
      '近年来，我市持续加大教育投入，三年累计新建、改扩建学校21所，新增学位1.5万个。',
    ],
    want: { kind: 'news', title: '6所学校入选省现代化学校', bylines: '' },
  },
];

type Layout = (p: Piece, width: number, height: number) => string[][];
const LAYOUTS: Record<string, Layout> = {
  'headline, byline, body': (p, w, h) => [p.heads, p.byline, column(p.body, w, h)],
  'byline, headline, body': (p, w, h) => [p.byline, p.heads, column(p.body, w, h)],
  'body, headline, byline': (p, w, h) => [column(p.body, w, h), p.heads, p.byline],
  'byline, body, headline': (p, w, h) => [p.byline, column(p.body, w, h), p.heads],
  'headline over byline in one box, body': (p, w, h) => [[...p.heads, ...p.byline], column(p.body, w, h)],
  'byline over headline in one box, body': (p, w, h) => [[...p.byline, ...p.heads], column(p.body, w, h)],
  'body, headline over byline in one box': (p, w, h) => [column(p.body, w, h), [...p.heads, ...p.byline]],
};

const cases: Array<[string, number, number, number]> = [];
for (const layout of Object.keys(LAYOUTS)) {
  for (const width of [12, 14, 16, 18, 20, 22]) {
    for (const height of [8, 12, 40]) {
      for (let rotation = 0; rotation < PIECES.length; rotation++) {
        // "Byline, body, headline" with the byline-less piece first reads, block for block, exactly like
        // "body, headline, byline" with it last (D T B D T B … D T): nothing on the page tells them apart, and
        // the segmenter reads it the second way.
        if (layout === 'byline, body, headline' && rotation === PIECES.length - 1) continue;
        cases.push([layout, width, height, rotation]);
      }
    }
  }
}

const strip = (s: string): string => s.replace(/\s+/g, '');

test.each(cases)('%s, %i wide, %i tall, rotation %i', (layout, width, height, rotation) => {
  const pieces = [...PIECES.slice(rotation), ...PIECES.slice(0, rotation)];
  const text = page(pieces.flatMap((p) => LAYOUTS[layout]!(p, width, height)));
  const [sourcePage] = pagesOf('layout.txt', Buffer.from(text), {});
  const articles = segmentPage(sourcePage!);
  const got = articles.map((a) => ({
    kind: a.kind, kicker: a.kicker, title: a.title, subtitle: a.subtitle, bylines: a.bylines.map((b) => `${b.role} ${b.name}`).join(','),
    body: strip(a.text.slice(a.bodySpan.start, a.bodySpan.end)),
  }));
  expect(got).toEqual(pieces.map((p) => ({ kicker: undefined, subtitle: undefined, ...p.want, body: strip(p.body.join('')) })));
});

// Pages where each piece is read in its own order, column width and height (as on the sample page, where
// pieces differ): two headlines, two bylines or two bodies then come out side by side.
describe('pages that mix reading orders', () => {
  function mixedPages(count: number, seed: number, pieces: Piece[]): Array<{ text: string; pieces: Piece[] }> {
    let x = seed;
    const next = (n: number): number => (x = (x * 1103515245 + 12345) % 2147483648) % n;
    const layouts = Object.values(LAYOUTS);
    return Array.from({ length: count }, () => {
      const order = [...pieces].sort(() => next(3) - 1);
      const text = page(order.flatMap((p) => layouts[next(layouts.length)]!(p, 12 + next(11), [8, 12, 40][next(3)]!)));
      return { text, pieces: order };
    });
  }
  const summary = (articles: ReturnType<typeof segmentPage>): string[] => articles.map((a) => `${a.title}|${a.bylines.map((b) => `${b.role} ${b.name}`).join(',')}`);
  const expected = (pieces: Piece[]): string[] => pieces.map((p) => `${p.want.title}|${p.want.bylines}`);

  test('when every piece has a byline, every page is read right', () => {
    const wrong = mixedPages(400, 2024, PIECES.filter((p) => p.byline.length > 0)).filter(({ text, pieces }) => {
      const articles = segmentPage(pagesOf('mixed.txt', Buffer.from(text), {})[0]!);
      return JSON.stringify(summary(articles)) !== JSON.stringify(expected(pieces));
    });
    expect(wrong.map((w) => w.text)).toEqual([]);
  });

  // With a piece that has no byline, a byline between two bodies may belong to either, and sometimes nothing
  // on the page says which (see the mirror-image layouts above). Most such pages must still be right.
  test('with an unsigned piece, at least 85% of pages are read right', () => {
    const pages = mixedPages(400, 7, PIECES);
    const right = pages.filter(({ text, pieces }) => JSON.stringify(summary(segmentPage(pagesOf('mixed.txt', Buffer.from(text), {})[0]!))) === JSON.stringify(expected(pieces)));
    expect(right.length / pages.length).toBeGreaterThanOrEqual(0.85);
  });
});
