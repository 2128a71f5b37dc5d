// Titles, bylines and boundaries, tenth round (segm10), on text written for these tests: the outlet a page's piece
// names in a source line of its own (segment.outlet-of-piece), a JSONL record's own `outlet` key
// (record.outlet-field), and a ■ pen name over a piece that also credits 作者：某某 (byline.pen-name-beside-author).
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string, file = 't.txt'): Article[] => pagesOf(file, Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}`);

const HEAD = '2026年11月20日 星期五 第3版 综合\n\n';
const RAPE = '蓝溪镇冬季油菜播种全面完成\n\n■记者 付青禾\n\n本报讯 11月18日，记者从蓝溪镇获悉，\n该镇今年冬种油菜1.2万亩，比去年增加\n1800亩，全部采用机械直播。\n';
const CLINIC = '县人民医院开通胸痛救治绿色通道\n\n■记者 贺远舟\n\n本报讯 11月16日，县人民医院胸痛中心\n正式启用，患者从入院到手术平均用时\n缩短至68分钟。\n';

describe('the outlet of a page\'s piece (segment.outlet-of-piece)', () => {
  test('a closing source note names the outlet of the piece above it, and of no other', () => {
    const [a, b, ...rest] = segment(`${HEAD}${RAPE}\n（来源：县农业农村局）\n\n${CLINIC}`);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('蓝溪镇冬季油菜播种全面完成');
    expect(a!.outlet).toBe('县农业农村局');
    expect(a!.rules).toContain('segment.outlet-of-piece');
    expect(a!.text).not.toContain('来源');
    expect(b!.outlet).toBeUndefined();
  });

  test('a source line under a headline names its own piece\'s outlet, even on a paper\'s dated page', () => {
    const clinic = CLINIC.replace('\n\n■记者 贺远舟', '\n\n来源：枫林县融媒体中心');
    const [a, b] = pagesOf('t.txt', Buffer.from(`${HEAD}${RAPE}\n${clinic}`), { newspaper: '枫林日报' }).flatMap((p) => segmentPage(p));
    expect(a!.outlet).toBeUndefined();
    expect(b!.title).toBe('县人民医院开通胸痛救治绿色通道');
    expect(b!.outlet).toBe('枫林县融媒体中心');
    expect(b!.newspaper).toBe('枫林日报');
  });

  test('a source naming a paper or several outlets gives a piece no outlet', () => {
    const [a] = segment(`${HEAD}${RAPE}\n（来源：枫林日报）\n\n${CLINIC}`);
    expect(a!.outlet).toBeUndefined();
    const [c] = segment(`${HEAD}${RAPE}\n（来源：县农业农村局、县气象局）\n\n${CLINIC}`);
    expect(c!.outlet).toBeUndefined();
  });
});

describe('a JSONL record\'s outlet key (record.outlet-field)', () => {
  const record = (o: object): string => `${JSON.stringify({ title: '双河村的脐橙上市了', text: '11月上旬，双河村800亩脐橙陆续上市，村里组织30多名村民采摘。\n村党支部书记卢敬山说，今年脐橙预计产量1500吨。', ...o })}\n`;

  test('the key is the article\'s outlet, ahead of a source its text names', () => {
    const [a] = segment(record({ outlet: '双河发布' }), 'a.jsonl');
    expect(a!.outlet).toBe('双河发布');
    expect(a!.rules).toContain('record.outlet-field');
    const [b] = segment(record({ outlet: '双河发布', newspaper: '枫林日报', text: '11月上旬，双河村800亩脐橙陆续上市。\n（来源：县农业农村局）' }), 'b.jsonl');
    expect([b!.outlet, b!.newspaper]).toEqual(['双河发布', '枫林日报']);
  });

  test('without the key a record\'s text still names it; a blank key names none', () => {
    const [a] = segment(record({ text: '11月上旬，双河村800亩脐橙陆续上市。\n（来源：县农业农村局）' }), 'a.jsonl');
    expect(a!.outlet).toBe('县农业农村局');
    const [b] = segment(record({ outlet: '  ' }), 'b.jsonl');
    expect(b!.outlet).toBeUndefined();
  });
});

describe('a ■ pen name beside 作者：某某 (byline.pen-name-beside-author)', () => {
  const BODY = '近年来，我县农村寄递物流体系不断完\n善，村级服务站点实现全覆盖，但一些偏\n远村组仍存在“最后一公里”难题。\n\n解决这一问题，既要织密网点，也要\n用好现有资源，推动客货邮融合发展。\n';

  test('the credited writer is the one author; the piece stays a commentary', () => {
    const [a] = segment(`2026年11月20日 星期五 第4版 评论\n\n让农村寄递跑出“加速度”\n\n■ 江畔语\n\n作者：龙秋实\n\n${BODY}`);
    expect(credits(a!)).toEqual(['作者 龙秋实']);
    expect(a!.kind).toBe('commentary');
    expect(a!.rules).toContain('byline.pen-name-beside-author');
  });

  test('the credit on a line of its own closing the text, the pen name under the title', () => {
    const [a] = segment(`2026年11月20日 星期五 第4版 评论\n\n小切口里见治理大文章\n\n■ 石上泉\n\n${BODY}\n作者：阮秋实\n`);
    expect(credits(a!)).toEqual(['作者 阮秋实']);
  });

  test('a pen name alone, or beside a reporter\'s credit, stays the author', () => {
    const [a] = segment(`2026年11月20日 星期五 第4版 评论\n\n让农村寄递跑出“加速度”\n\n■ 江畔语\n\n${BODY}`);
    expect(credits(a!)).toEqual(['作者 江畔语']);
  });
});
