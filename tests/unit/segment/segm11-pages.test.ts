// Titles, bylines and boundaries, eleventh round (segm11), on page text written for these tests (counties, firms and
// people made up): a commentary's closing （作者：某某） and （作者单位：…） (byline.trailing, byline.author-unit), the
// rest of a story after a brief printed inside it (segment.rest-after-brief), and a headline set with no blank line
// under the prose above it (para.headline-over-opening).
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}${b.unit ? `@${b.unit}` : ''}`);
const body = (a: Article): string => a.text.slice(a.bodySpan.start, a.bodySpan.end);

const OPINION_HEAD = '2026年12月4日 星期五 第4版 评论\n\n';
const OPINION = '让“小积分”撬动乡村“大治理”\n\n近年来，我县多个村推行积分制管理，\n把垃圾分类、邻里互助等纳入积分，村民\n凭积分可兑换日用品，参与热情明显提高。\n\n积分制要管用，关键在于规则公开、\n兑换及时，更要防止“重打分、轻引导”，\n让积分真正成为村民自治的抓手。\n';
const CLINIC = '县人民医院开通胸痛救治绿色通道\n\n■记者 贺远舟\n\n本报讯 11月16日，县人民医院胸痛中心\n正式启用，患者从入院到手术平均用时\n缩短至68分钟。\n';

describe('a commentary\'s closing author credit (byline.trailing, byline.author-unit)', () => {
  test('（作者：某某） after the last sentence is the author, and the next piece opens under its own headline', () => {
    const [a, b, ...rest] = segment(`${OPINION_HEAD}${OPINION}（作者：穆清远）\n\n${CLINIC}`);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('让“小积分”撬动乡村“大治理”');
    expect(credits(a!)).toEqual(['作者 穆清远']);
    expect(b!.title).toBe('县人民医院开通胸痛救治绿色通道');
    expect(b!.kicker).toBeUndefined();
    expect(credits(b!)).toEqual(['记者 贺远舟']);
  });

  test('the unit printed with the name, or in a note of its own, is the author\'s unit', () => {
    const [a] = segment(`${OPINION_HEAD}${OPINION}（作者：卓望舒，单位：溪口县委党校）\n\n${CLINIC}`);
    expect(credits(a!)).toEqual(['作者 卓望舒@溪口县委党校']);
    expect(a!.rules).toContain('byline.author-unit');
    const [c] = segment(`${OPINION_HEAD}${OPINION.replace('\n\n近年来', '\n\n■ 溪边客\n\n近年来')}（作者单位：溪口县委党校）\n\n${CLINIC}`);
    expect(credits(c!)).toEqual(['作者 溪边客@溪口县委党校']);
  });

  test('a note on the author names nobody, and a reporter\'s closing credit keeps no unit', () => {
    const [a] = segment(`${OPINION_HEAD}${OPINION}（作者单位：溪口县委党校）\n\n${CLINIC}`);
    expect(a!.bylines).toEqual([]);
    expect(a!.text).toContain('（作者单位：溪口县委党校）');
    const [b] = segment(`${OPINION_HEAD}${OPINION}（作者系溪口县委党校讲师）\n\n${CLINIC}`);
    expect(b!.bylines).toEqual([]);
    const [c, d] = segment(`${OPINION_HEAD}${OPINION}（记者 穆清远）\n\n${CLINIC}`);
    expect(credits(c!)).toEqual(['记者 穆清远']);
    expect(d!.title).toBe('县人民医院开通胸痛救治绿色通道');
  });
});

describe('the rest of a story after a brief printed inside it (segment.rest-after-brief)', () => {
  const HEAD = '2026年12月4日 星期五 第2版 综合\n\n';
  const STORY = '石桥镇建成冷链物流中心\n\n■记者 谭明岳 通讯员 包秋雨\n\n本报讯 12月2日，石桥镇冷链物流中心正式\n投入使用，可储存果蔬4000吨，辐射周边\n12个村的种植户。\n\n';
  const REST = '据介绍，该中心由镇强村公司投资建设，\n采取“公司+合作社+农户”模式运营，预计\n每年可为村集体增收60万元。\n\n镇党委书记祝红霞表示，下一步将引进电\n商企业入驻，打通农产品上行通道。\n\n';
  const BRIEF = '■县图书馆延长周末开放时间\n本报讯 从12月起，县图书馆周六、周日\n开放时间延长至晚上9点。（记者 龚雪芹）\n\n';

  test('the paragraphs after the brief\'s closing credit go back to the story', () => {
    const [a, b, c, ...rest] = segment(`${HEAD}${STORY}${BRIEF}${REST}${CLINIC}`);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('石桥镇建成冷链物流中心');
    expect(body(a!)).toContain('每年可为村集体增收60万元。');
    expect(body(a!).endsWith('打通农产品上行通道。')).toBe(true);
    expect(a!.rules).toContain('segment.rest-after-brief');
    expect(b!.title).toBe('县图书馆延长周末开放时间');
    expect(credits(b!)).toEqual(['记者 龚雪芹']);
    expect(body(b!).endsWith('（记者龚雪芹）')).toBe(true);
    expect(c!.title).toBe('县人民医院开通胸痛救治绿色通道');
  });

  test('a brief that really ends, a story closed by its own credit, or a brief at the page\'s top keep their text', () => {
    const ends = segment(`${HEAD}${STORY}${BRIEF}${CLINIC}`);
    expect(ends.map((x) => x.title)).toEqual(['石桥镇建成冷链物流中心', '县图书馆延长周末开放时间', '县人民医院开通胸痛救治绿色通道']);
    expect(body(ends[0]!).endsWith('12个村的种植户。')).toBe(true);
    const closed = segment(`${HEAD}${STORY.replace('种植户。', '种植户。（记者 谭明岳）')}${BRIEF}${REST}${CLINIC}`);
    expect(body(closed[0]!).endsWith('（记者谭明岳）')).toBe(true);
    expect(closed[0]!.rules).not.toContain('segment.rest-after-brief');
    const top = segment(`${HEAD}${BRIEF}${REST}${CLINIC}`);
    expect(top[0]!.rules).not.toContain('segment.rest-after-brief');
    expect(body(top[0]!)).toContain('打通农产品上行通道。');
  });
});

describe('a headline set right under the prose above it (para.headline-over-opening)', () => {
  const HEAD = '2026年12月4日 星期五 第2版 综合\n\n';
  const STORY = '石桥镇建成冷链物流中心\n\n■记者 谭明岳 通讯员 包秋雨\n\n本报讯 12月2日，石桥镇冷链物流中心正式\n投入使用，可储存果蔬4000吨，辐射周边\n12个村的种植户。据介绍，该中心由镇强村\n公司投资建设，预计每年可为村集体增收\n60万元，带动就业岗位四十余个，效益良好。\n';

  test('over its byline, or over its dateline, the line is the next piece\'s headline', () => {
    const [a, b] = segment(`${HEAD}${STORY}县人民医院开通胸痛救治绿色通道\n■记者 贺远舟\n本报讯 11月16日，县人民医院胸痛中心\n正式启用，患者从入院到手术平均用时\n缩短至68分钟。\n`);
    expect(body(a!).endsWith('效益良好。')).toBe(true);
    expect(b!.title).toBe('县人民医院开通胸痛救治绿色通道');
    expect(credits(b!)).toEqual(['记者 贺远舟']);
    const [c, d] = segment(`${HEAD}${STORY}县人民医院胸痛中心启用\n本报讯 11月16日，县人民医院胸痛中心\n正式启用，患者从入院到手术平均用时\n缩短至68分钟。（记者 贺远舟）\n`);
    expect(body(c!).endsWith('效益良好。')).toBe(true);
    expect(d!.title).toBe('县人民医院胸痛中心启用');
  });

  test('a normal two-line title and a byline at the top stay as they were', () => {
    const [a] = segment(`${HEAD}石桥镇冷链物流中心\n建成投用\n\n■记者 谭明岳\n\n本报讯 12月2日，石桥镇冷链物流中心正式\n投入使用，可储存果蔬4000吨。\n`);
    expect(a!.title).toBe('石桥镇冷链物流中心建成投用');
    expect(credits(a!)).toEqual(['记者 谭明岳']);
  });
});

describe('a list of winners set apart under the line that announces it (para.list-line)', () => {
  const HEAD = '2026年6月2日 星期二 第2版 综合\n\n';
  const INTRO = '柳塘县表彰五名“最美护林员”\n\n本报讯 6月1日，县林业局对五名“最美护林员”进行表彰，名单如下：\n\n';
  const AFTER = '\n县林业局负责人说，希望受表彰的护林员\n再接再厉，守护好全县的山林。\n';

  test('after a blank line, each name is a paragraph of its own, and the text after the list is not run into it', () => {
    const [a] = segment(`${HEAD}${INTRO}贺长青\n包玉芬\n欧阳明\n龚德海\n谭秀英\n${AFTER}`);
    const paras = a!.paragraphs.map((p) => a!.text.slice(p.start, p.end));
    expect(paras).toEqual(['本报讯6月1日，县林业局对五名“最美护林员”进行表彰，名单如下：', '贺长青', '包玉芬', '欧阳明', '龚德海', '谭秀英', '县林业局负责人说，希望受表彰的护林员再接再厉，守护好全县的山林。']);
  });

  test('prose after a colon and a blank line still runs on as before', () => {
    const [a] = segment(`${HEAD}${INTRO.replace('名单如下：', '县林业局局长卓望舒表示：')}今年将新聘护林员三十名，并为每名护林员\n配备巡护终端，实现山林巡护全覆盖。\n`);
    const paras = a!.paragraphs.map((p) => a!.text.slice(p.start, p.end));
    expect(paras).toHaveLength(1);
    expect(paras[0]).toContain('表示：今年将新聘护林员三十名');
  });
});
