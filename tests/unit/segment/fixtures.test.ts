// Every fixture page, segmented: the pieces it holds, in page order, each with its kind, headlines, dateline,
// bylines (role and name) and a few passages of clean body text. The tables are what a reader of the page
// sees; they were written from the fixtures' text, not from the program's output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../src/document/types.js';
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';

interface Expected {
  kind: Article['kind'];
  title: string;
  kicker?: string;
  subtitle?: string;
  dateline?: string;
  bylines: string[];
  /** Passages of the clean body (joined lines, half-width digits). */
  body: string[];
  paragraphs?: number;
}

const EXPECTED: Record<string, Expected[]> = {
  'headline-first-16.txt': [
    {
      kind: 'news', title: '海宁皮革城秋冬新品发布会开幕', dateline: '本报讯', bylines: ['记者 陈晓燕', '通讯员 朱立峰'], paragraphs: 4,
      body: ['携3000多款新品亮相', '海宁中盛皮业有限公司的直播间', '公司负责人沈国良说', '同比增长21.5%。'],
    },
    {
      kind: 'news', kicker: '聚焦民生实事 提升幸福指数', title: '我市新增30家“共享食堂”', subtitle: '覆盖全部镇街道，日均服务老年人4000余人次',
      dateline: '本报讯', bylines: ['记者 周洁'], paragraphs: 4, body: ['82岁的独居老人金阿婆', '向村（社区）延伸'],
    },
    { kind: 'brief', title: '市区两条道路夜间封闭施工', dateline: '本报讯', bylines: [], paragraphs: 1, body: ['文苑路（海州路至水月亭路段）、西山路'] },
  ],
  'byline-first-12.txt': [
    {
      kind: 'news', title: '桐乡数字经济产业园迎来首批企业', dateline: '本报讯', bylines: ['记者 沈丹', '通讯员 俞杰', '通讯员 钱晓红'], paragraphs: 4,
      body: ['浙江云帆信息科技有限公司等首批18家企业', '总经理欧阳晓峰说', '年产值超过30亿元。'],
    },
    { kind: 'news', title: '凤鸣街道开展秋季征兵体检', dateline: '本报讯', bylines: ['记者 许诺'], paragraphs: 2, body: ['凤鸣街道2023年下半年征兵体检', '大学生占比超过七成。'] },
    { kind: 'photo', title: '稻田里的丰收季', bylines: ['摄影 钱江'], paragraphs: 1, body: ['洲泉镇湘溪村的千亩稻田', '“嘉禾香1号”水稻亩产'] },
  ],
  'title-after-body-22.txt': [
    {
      kind: 'news', title: '外资项目落地跑出加速度 从签约到投产仅用14个月', dateline: '本报讯', bylines: ['记者 顾晨', '通讯员 徐丽娟'], paragraphs: 3,
      body: ['恒达新材料（嘉兴）有限公司年产5万吨', '全县自2023年以来', '县委常委、副县长孙建明表示', '总投资达1.2亿美元'],
    },
    { kind: 'news', title: '开办民宿“一窗通办”', dateline: '本报讯', bylines: ['记者 曹越'], paragraphs: 2, body: ['西塘镇居民黄女士', '已办理“一件事”集成服务4300余件。'] },
    {
      kind: 'news', title: '姚庄小微企业智能化改造见成效', dateline: '本报讯', bylines: ['记者 曹越', '通讯员 王一帆'], paragraphs: 2,
      body: ['嘉善县华瑞精密机械有限公司', '公司董事长吴德华说'],
    },
  ],
  'missing-byline-18.txt': [
    { kind: 'news', title: '花卉苗木交易会开幕', dateline: '本报讯', bylines: ['记者 蒋敏'], paragraphs: 2, body: ['长三角（平湖）花卉苗木交易会', '花农蒋玉良说'] },
    { kind: 'brief', title: '今秋我市气温偏高降水偏少', bylines: [], paragraphs: 1, body: ['较常年偏高0.5℃至1℃'] },
    { kind: 'news', title: '6所学校入选省现代化学校', dateline: '本报讯', bylines: ['记者 孙悦', '通讯员 金涛'], paragraphs: 2, body: ['嘉兴各县（市、区）前列', '新增学位1.5万个'] },
  ],
  'peoples-daily-14.txt': [
    {
      kind: 'news', title: '全国冬小麦播种基本结束', subtitle: '越冬期苗情总体好于常年', dateline: '本报北京1月5日电', bylines: ['本报记者 郭晓雯', '本报记者 李明远'],
      paragraphs: 2, body: ['一、二类苗比例达到87.6%', '为夏粮丰收打下基础。'],
    },
    {
      kind: 'news', title: '浙江外贸进出口实现“开门红”', dateline: '本报杭州1月4日电', bylines: ['记者 刘晓宇'], paragraphs: 2,
      body: ['2023年12月，浙江外贸进出口总值4617亿元', '拉动全省外贸增长7.1个百分点。'],
    },
    { kind: 'brief', title: '多地推出冰雪旅游惠民举措', dateline: '本报北京1月5日电', bylines: ['记者 孙丽华', '记者 赵一鸣'], paragraphs: 1, body: ['黑龙江、吉林、河北'] },
    { kind: 'brief', title: '我国成功发射遥感三十九号卫星', dateline: '新华社酒泉1月5日电', bylines: ['记者 李航'], paragraphs: 1, body: ['长征二号丁运载火箭'] },
  ],
  'plain-article.txt': [
    {
      kind: 'news', title: '嘉善县召开优化营商环境推进会', dateline: '本报讯', bylines: ['记者 吴佳敏', '通讯员 顾晓东'], paragraphs: 4,
      body: ['4月18日上午，嘉善县召开优化营商环境推进会', '同比增长12.3%；', '做到“无事不扰、有求必应”。', '5个部门作了交流发言。'],
    },
  ],
  'plain-article-indented.txt': [
    {
      kind: 'news', title: '秀洲区新增10个城市书房', bylines: ['记者 沈佳怡', '通讯员 陈晨'], paragraphs: 3,
      body: ['市民张女士正陪着女儿挑选绘本。', '实行24小时开放、自助借还', '基本形成“15分钟阅读圈”'],
    },
  ],
  'commentary-photo-18.txt': [
    {
      kind: 'commentary', title: '守护好城市的“烟火气”', bylines: ['作者 禾言'], paragraphs: 3,
      body: ['东湖边的夜市热闹起来', '不能让“烟火气”变成“扰民气”', '也检验着为民服务的诚意。'],
    },
    { kind: 'photo', title: '金秋赏菊正当时', bylines: ['摄影 陆斌'], paragraphs: 1, body: ['市民在东湖公园菊花展上拍照留念', '5万余盆'] },
    { kind: 'news', title: '高层建筑消防演练进社区', dateline: '本报讯', bylines: ['记者 严佳琪'], paragraphs: 2, body: ['模拟某住宅小区18楼发生火灾', '不要在楼道内给电动自行车充电。'] },
  ],
  'fullwidth-inline-16.txt': [
    {
      kind: 'news', title: '5G+工业互联网赋能制造业升级', dateline: '本报讯', bylines: ['记者 张帆', '通讯员 李晓梅'], paragraphs: 2,
      body: ['截至2023年9月底', '已建成5G基站2156个', '“5G+工业互联网”应用', 'AI质检', '产品不良率下降了40%。'],
    },
    {
      kind: 'news', title: '老旧小区加装电梯提速', dateline: '本报讯', bylines: ['记者 王晓东', '通讯员 许静'], paragraphs: 2,
      body: ['已有87个单元完成加装', '压缩到20个工作日以内'],
    },
  ],
  'multi-page.txt': [
    { kind: 'news', title: '全市重点项目集中开工', dateline: '本报讯', bylines: ['记者 陆毅'], paragraphs: 2, body: ['总投资达126亿元', '开工率已达到92%。'] },
    { kind: 'brief', title: '独山港区集装箱吞吐量创新高', dateline: '本报讯', bylines: ['通讯员 何佳怡', '记者 陆毅'], paragraphs: 1, body: ['68.2万标箱'] },
    { kind: 'news', title: '新埭3.2万亩晚稻长势喜人', dateline: '本报讯', bylines: ['记者 朱琳'], paragraphs: 2, body: ['种植晚稻3.2万亩', '新埭镇农业服务中心主任蔡永明说'] },
    { kind: 'brief', title: '林埭镇举办农民丰收节', dateline: '本报讯', bylines: ['记者 张丽萍'], paragraphs: 1, body: ['徐家埭村开幕'] },
  ],
  'briefs-marked.txt': [
    { kind: 'brief', title: '青岚县举办首届农民篮球赛', bylines: ['作者 马晓光'], paragraphs: 1, body: ['16支球队参赛', '小组赛加淘汰赛的赛制。'] },
    { kind: 'brief', title: '白沙镇开展防汛应急演练', bylines: ['通讯员 鲍一鸣'], paragraphs: 1, body: ['模拟堤坝管涌险情处置'] },
    { kind: 'brief', title: '云岭镇新建3座村级养老服务站', bylines: ['记者 侯书婷'], paragraphs: 1, body: ['400多名老人'] },
    { kind: 'brief', title: '城北水厂5月10日检修', bylines: [], paragraphs: 1, body: ['8时至18时暂停供水'] },
    { kind: 'brief', title: '柳溪市图书馆延长开放时间', bylines: ['本报记者 倪佳'], paragraphs: 1, body: ['延长至21时'] },
  ],
  'commentary-letters.txt': [
    { kind: 'commentary', title: '让“家门口就业”更有温度', bylines: [], paragraphs: 2, body: ['就业是最基本的民生。', '越过越红火。'] },
    { kind: 'news', title: '小巷里的“微更新”见真章', bylines: ['作者 戚言'], paragraphs: 2, body: ['老旧小区的改造', '用心用情。'] },
    { kind: 'news', title: '电动车充电难如何破解', bylines: ['本报记者 祁明'], paragraphs: 4, body: ['编者按：近期', '城东花苑小区', '预计6月底前完成。'] },
  ],
  'notices-ads.txt': [
    { kind: 'article', title: '公告', bylines: [], paragraphs: 6, body: ['拟对白沙镇前湾村', '三、利害关系人', '特此公告。', '青岚县自然资源局2026年5月6日'] },
    { kind: 'brief', title: '遗失启事', bylines: [], paragraphs: 1, body: ['遗失公章一枚'] },
    { kind: 'article', title: '招聘启事', bylines: [], paragraphs: 3, body: ['诚聘货车司机10名', '联系电话：0575-81234567', '兴业路18号'] },
  ],
  'hard-breaks-12.txt': [
    {
      kind: 'news', title: '城南街道上线“一键呼叫”为独居老人织密安全网', dateline: '本报讯', bylines: ['本报记者 骆永康', '通讯员 甄倩倩'], paragraphs: 2,
      body: ['78岁的独居老人伍大爷', '312户独居老人'],
    },
    {
      kind: 'news', title: '柳溪中学学子在省机器人大赛获佳绩', dateline: '本报讯', bylines: ['记者 苗雨', '通讯员 单欣然'], paragraphs: 2,
      body: ['一等奖2项、二等奖3项', '识别12类生活垃圾。'],
    },
  ],
};

const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export function segmentFile(name: string): { text: string; articles: Article[] } {
  const path = dir + name;
  const pages = pagesOf(path, readFileSync(path), {});
  return { text: pages[0]!.text, articles: pages.flatMap((p) => segmentPage(p)) };
}

const strip = (s: string): string => s.replace(/\s+/g, '');

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  const { text, articles } = segmentFile(file);

  test(`holds ${expected.length} pieces with the expected kinds and headlines`, () => {
    const headOf = (a: { kind: string; kicker?: string; title: string; subtitle?: string; dateline?: string }) => ({
      kind: a.kind, kicker: a.kicker, title: a.title, subtitle: a.subtitle, dateline: a.dateline,
    });
    expect(articles.map(headOf)).toEqual(expected.map(headOf));
  });

  test('each piece has its own bylines, roles and names', () => {
    expect(articles.map((a) => a.bylines.map((b) => `${b.role} ${b.name}`))).toEqual(expected.map((e) => e.bylines));
  });

  test('each byline points at the name as printed (letter-spaced or broken over a line)', () => {
    for (const a of articles) for (const b of a.bylines) expect(strip(text.slice(b.start, b.end))).toBe(b.name);
  });

  test('each body holds its passages and its paragraphs', () => {
    articles.forEach((a, i) => {
      const body = a.text.slice(a.bodySpan.start, a.bodySpan.end);
      for (const passage of expected[i]!.body) expect(body).toContain(passage);
      if (expected[i]!.paragraphs !== undefined) expect([a.title, a.paragraphs.length]).toEqual([a.title, expected[i]!.paragraphs]);
    });
  });

  test('no piece keeps a headline, byline or another piece in its body', () => {
    const others = (i: number) => expected.filter((_, j) => j !== i);
    articles.forEach((a, i) => {
      const body = a.text.slice(a.bodySpan.start, a.bodySpan.end);
      expect(body).not.toMatch(/■/);
      for (const o of others(i)) expect(body).not.toContain(o.body[0]!);
      // The headline's characters are not also body characters (a body may repeat the headline's words).
      const titleOffsets = new Set(a.offsets.subarray(a.titleSpan.start, a.titleSpan.end));
      expect(a.offsets.subarray(a.bodySpan.start, a.bodySpan.end).some((o) => titleOffsets.has(o))).toBe(false);
    });
  });
});

describe('full-width forms', () => {
  test('letters, digits and number symbols become half-width; Chinese punctuation stays', () => {
    const [a] = segmentFile('fullwidth-inline-16.txt').articles;
    expect(a!.text).not.toMatch(/[０-９Ａ-Ｚａ-ｚ％＋]/);
    expect(a!.text).toMatch(/[，。（）“”]/);
    expect(a!.rules).toContain('clean.full-width');
  });

  test('pages without full-width forms do not claim the rule', () => {
    expect(segmentFile('byline-first-12.txt').articles.some((a) => a.rules.includes('clean.full-width'))).toBe(false);
  });
});
