// The cleaning and layout rules one at a time, as tables of input and expected output. Each row is a case a
// compositor's or a style guide's rule explains; the rule ids that articles record are checked at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pagesOf, RECORD_RULE } from '../../../src/ingest/index.js';
import { loadPageBreakModel } from '../../../src/ingest/pages.js';
import { segmentPage } from '../../../src/segment/index.js';
import { cleanHeadline, joinLines, tidySpaces, undoDoubling } from '../../../src/segment/clean.js';
import { parseBylineParagraph } from '../../../src/segment/bylines.js';
import { loadSegmentModel } from '../../../src/segment/model.js';
import { pageLines } from '../../../src/segment/lines.js';
import { RULE } from '../../../src/segment/rule-ids.js';
import { normalizeWidth } from '../../../src/text/chars.js';
import { forEachLine } from '../../../src/text/line-breaks.js';
import { MappedText } from '../../../src/text/mapped-text.js';
import { column, page } from './compose.js';

const mt = (s: string, base = 0): MappedText => MappedText.identity(s, base);
const segment = (text: string) => segmentPage(pagesOf('t.txt', Buffer.from(text), {})[0]!);

describe('joinLines rejoins what the line end broke', () => {
  const cases: Array<[string[], string]> = [
    [['信易电热机械有', '限公司'], '信易电热机械有限公司'],
    [['二是202', '2年度'], '二是2022年度'],
    [['同比增长3', '0.8%'], '同比增长30.8%'],
    [['104.', '39亿元'], '104.39亿元'],
    [['盈智热管理科技（嘉', '兴）有限公司'], '盈智热管理科技（嘉兴）有限公司'],
    [['副县长孙', '建明表示'], '副县长孙建明表示'],
    [['采购商 IP', 'Veselov是'], '采购商 IP Veselov是'],
  ];
  test.each(cases)('%j → %s', (lines, joined) => {
    let at = 0;
    const mapped = lines.map((l) => {
      const m = mt(l, at);
      at += l.length + 1;
      return m;
    });
    expect(joinLines(mapped).text).toBe(joined);
  });
});

describe('tidySpaces drops layout spaces next to Chinese and keeps them between Latin words', () => {
  const cases: Array<[string, string]> = [
    ['全 市 各 镇 街 道', '全市各镇街道'],
    ['共计 118场次', '共计118场次'],
    ['首款 400W 电子水泵', '首款400W电子水泵'],
    ['采购商 IP  Veselov是', '采购商IP Veselov是'],
  ];
  test.each(cases)('%s → %s', (input, output) => {
    expect(tidySpaces(mt(input)).text).toBe(output);
  });
});

describe('doubled bold headlines keep one copy', () => {
  const cases: Array<[string, string]> = [
    ['千名干部助千企千名干部助千企', '千名干部助千企'],
    ['守守护护好好城城市市', '守护好城市'],
    // A headline that merely repeats a character is not doubled.
    ['好好学习', '好好学习'],
    ['天天向上', '天天向上'],
  ];
  test.each(cases)('undoDoubling(%s) = %s', (input, output) => {
    expect(undoDoubling(mt(input)).text).toBe(output);
  });

  const headlines: Array<[string[], string]> = [
    [['千名干部助千企千名干部助千企 稳进提质解难题稳进提质解难题'], '千名干部助千企 稳进提质解难题'],
    [['外资项目落地 从签约到投产 外资项目落地 从签约到投产'], '外资项目落地 从签约到投产'],
    [['数据一屏掌握 服务连心高效 力量迅速集结'], '数据一屏掌握 服务连心高效 力量迅速集结'],
    [['姚庄小微企业', '智能化改造见成效'], '姚庄小微企业智能化改造见成效'],
    // An e-paper's mark that the article has photographs is not part of the title.
    [['桃园村的桃子熟了（图）'], '桃园村的桃子熟了'],
    [['老街焕新颜 (组图)'], '老街焕新颜'],
    [['一张图看懂新政【视频】'], '一张图看懂新政'],
    [['（图）'], '（图）'],
    [['说说我的“图”'], '说说我的“图”'],
  ];
  test.each(headlines)('cleanHeadline(%j) = %s', (lines, output) => {
    expect(cleanHeadline(lines.map((l) => mt(l))).text).toBe(output);
  });
});

describe('normalizeWidth: full-width letters, digits and number symbols become half-width; Chinese punctuation stays', () => {
  const cases: Array<[string, string]> = [
    ['２０２３', '2023'], ['ＡＩ', 'AI'], ['ｋｍ', 'km'], ['４０％', '40%'], ['５Ｇ＋', '5G+'], ['－５℃', '-5℃'], ['１／３', '1/3'],
    ['，。：；！？', '，。：；！？'], ['（）“”', '（）“”'], ['\u3000', ' '],
  ];
  test.each(cases)('%s → %s', (input, output) => {
    expect([...input].map(normalizeWidth).join('')).toBe(output);
  });

  test('a full-width full stop between digits is a decimal point, elsewhere it stays', () => {
    const [a] = segment('总投资１．５亿元\n\n本报讯 近日，某公司总投资１．５亿元的项目开工．这是全县今年最大的项目。项目建成后年产值可达８．６亿元，新增就业岗位３００余个，带动上下游企业发展。\n');
    expect(a!.text).toContain('总投资1.5亿元的项目开工．这是');
    expect(a!.title).toBe('总投资1.5亿元');
  });
});

describe('bylines', () => {
  const model = loadSegmentModel();
  const cases: Array<[string, string[] | null]> = [
    ['■记 者 胡佳英', ['记者 胡佳英']],
    ['通讯员 张 磊 顾思卓', ['通讯员 张磊', '通讯员 顾思卓']],
    ['本报记者 王强 李明', ['本报记者 王强', '本报记者 李明']],
    ['■摄影 王 强', ['摄影 王强']],
    ['■言成声', ['作者 言成声']],
    ['■ 禾 言', ['作者 禾言']],
    ['■记者 欧阳晓峰 通讯员 司 马 光', ['记者 欧阳晓峰', '通讯员 司马光']],
    // Letter-spaced runs are regrouped where surnames start; a double surname opens a name of three or four.
    ['■记 者 欧 阳 晓 峰', ['记者 欧阳晓峰']],
    ['通讯员 张 磊 欧 阳 明', ['通讯员 张磊', '通讯员 欧阳明']],
    ['■通讯员 何佳怡 记者 陆 毅', ['通讯员 何佳怡', '记者 陆毅']],
    ['■实习生 钱 多 多', ['实习生 钱多多']],
    // As e-paper crawls print them: names set apart by double spaces, a two-character name with a double space
    // inside it, reporters of other outlets named before their role, and credits after the name.
    ['本报记者  许  晴  冯立德  陈  默', ['本报记者 许晴', '本报记者 冯立德', '本报记者 陈默']],
    ['本报记者  陆远航  新华网记者  严  波  许文静', ['本报记者 陆远航', '记者 严波@新华网', '记者 许文静@新华网']],
    ['东方日报记者  郑雨辰  何  平', ['记者 郑雨辰@东方日报', '记者 何平@东方日报']],
    ['新华社记者  欧  阳  晓  峰', ['记者 欧阳晓峰@新华社']],
    ['本报记者  钱  江摄', ['摄影 钱江']],
    ['谢  磊摄（田野中国）', ['摄影 谢磊']],
    ['王立新/摄', ['摄影 王立新']],
    ['摄影：孟  凡', ['摄影 孟凡']],
    ['制图：唐  静', ['制图 唐静']],
    ['版式设计：方宇', ['版式设计 方宇']],
    // What was written and photographed, credited before the role or after the names, with either slash; names
    // each followed by what they did.
    ['文/图 本报记者 孙晓岚', ['本报记者 孙晓岚']],
    ['文／图 本报记者 孙晓岚', ['本报记者 孙晓岚']],
    ['本报记者 孙晓岚 文/图', ['本报记者 孙晓岚']],
    ['■记者 孙晓岚 通讯员 韦 东 文/图', ['记者 孙晓岚', '通讯员 韦东']],
    ['孙晓岚/文 韦东／图', ['作者 孙晓岚', '摄影 韦东']],
    ['本报记者 孙晓岚/文 韦东/图', ['本报记者 孙晓岚', '摄影 韦东']],
    ['文/图', null],
    ['产量/文件', null],
    // Prose that starts with a role word is not a byline.
    ['记者从市经信局获悉，截至目前', null],
    ['新华网记者了解到，今年以来', null],
    ['他在现场拍摄', null],
    ['记者现场拍摄', null],
    ['记者近日走访了多家企业', null],
    ['通讯员队伍不断壮大。', null],
  ];
  test.each(cases)('%s', (line, expected) => {
    const parsed = parseBylineParagraph(mt(line), model);
    expect(parsed ? parsed.bylines.map((b) => `${b.role} ${b.name}${b.outlet ? `@${b.outlet}` : ''}`) : null).toEqual(expected);
  });

  const printLines: Array<[string, string[], object | undefined]> = [
    ['本报记者  周  洁《光明日报》（2024年06月18日第 05 版）', ['本报记者 周洁'], { newspaper: '光明日报', date: '2024-06-18', page: '5' }],
    ['本报记者  周  洁《光明日报》（2024年02月30日第 05 版）', ['本报记者 周洁'], { newspaper: '光明日报', page: '5' }],
    ['本报记者  周  洁《光明日报》（2024年06月18日）', ['本报记者 周洁'], { newspaper: '光明日报', date: '2024-06-18' }],
    // A book title in a byline line is no print line without the date in brackets after it.
    ['本报记者  周  洁《光明日报》', [], undefined],
    // Names without a role before the print line are the authors; a role without names still gives the print line.
    ['柯  宁《光明日报》（2024年06月18日第 05 版）', ['作者 柯宁'], { newspaper: '光明日报', date: '2024-06-18', page: '5' }],
    ['本报评论员《光明日报》（2024年06月18日第 04 版）', [], { newspaper: '光明日报', date: '2024-06-18', page: '4' }],
    // Words of prose before it are not a byline.
    ['会上发布了年度报告，介绍了《光明日报》（2024年06月18日第 05 版）', [], undefined],
  ];
  test.each(printLines)('print line: %s', (line, names, printed) => {
    const parsed = parseBylineParagraph(mt(line), model);
    if (printed === undefined) return expect(parsed).toBeNull();
    expect(parsed!.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(names);
    const { rule, ...where } = parsed!.printed!;
    expect(where).toEqual(printed);
    expect(rule).toBe('byline.print-line');
  });

  // Roles and closings as county papers print them, on bylines written for this test.
  test.each([
    ['本报见习记者 方晓琳 通讯员 邹 涛', ['见习记者 方晓琳', '通讯员 邹涛']],
    ['首席记者 蔡文静', ['记者 蔡文静']],
    ['融媒体记者 龚 岩 全媒体记者 骆佳宁', ['记者 龚岩', '记者 骆佳宁']],
    ['摄影记者 范立群', ['摄影 范立群']],
    ['撰稿 庞雅琴 摄影 戴维民', ['作者 庞雅琴', '摄影 戴维民']],
    ['◎本报记者 谭思齐 文/摄', ['本报记者 谭思齐']],
    ['★记者 卢晓峰', ['记者 卢晓峰']],
    ['记者 金一诺 报道', ['记者 金一诺']],
    ['记者邵文轩报道', ['记者 邵文轩']],
    ['本报记者  柯  文', ['本报记者 柯文']],
    ['记者 柯 文 邵 一 摄', ['摄影 柯文', '摄影 邵一']],
    ['记者 贺海燕 通讯员 严志刚 文 彭雨桐 摄', ['记者 贺海燕', '通讯员 严志刚', '摄影 彭雨桐']],
  ])('a byline line: %s', (line, names) => {
    expect(parseBylineParagraph(mt(line), model)!.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(names);
  });
  // A contributor's unit set apart before the names is kept as the byline's unit, not read as a name.
  test.each([
    ['通讯员 县公安局 叶思远 记者 孔令华', ['通讯员 叶思远 @县公安局', '记者 孔令华']],
    ['记者 孔令华 通讯员 云溪镇人民政府 叶思远 包佳', ['记者 孔令华', '通讯员 叶思远 @云溪镇人民政府', '通讯员 包佳 @云溪镇人民政府']],
    ['本报记者 孔令华 通讯员 东城街道 包佳', ['本报记者 孔令华', '通讯员 包佳 @东城街道']],
    ['通讯员 云溪镇政府 叶思远', ['通讯员 叶思远 @云溪镇政府']],
    // Three names, none of them a unit.
    ['记者 孔令华 通讯员 李建国 包佳', ['记者 孔令华', '通讯员 李建国', '通讯员 包佳']],
  ])('a unit before the names: %s', (line, names) => {
    expect(parseBylineParagraph(mt(line), model)!.bylines.map((b) => `${b.role} ${b.name}${b.unit ? ` @${b.unit}` : ''}`)).toEqual(names);
  });
  test.each([['撰稿工作已经全部完成。'], ['首席记者们走进车间采访。'], ['记者走访发现企业生产忙。']])('not a byline line: %s', (line) => {
    expect(parseBylineParagraph(mt(line), model)).toBeNull();
  });

  const inline: Array<[string, string, string[]]> = [
    ['after the dateline, in brackets', '本报讯（记者 张 帆 通讯员 李晓梅）记者从市经信局获悉，', ['记者 张帆', '通讯员 李晓梅']],
    ['after a dated dateline, names run together', '本报北京1月5日电（记者孙丽华、赵一鸣）入冬以来，', ['记者 孙丽华', '记者 赵一鸣']],
    ['two names after one role, the space between them gone in clean-up', '本报讯（记者 欧阳晓 司马婷）日前，', ['记者 欧阳晓', '记者 司马婷']],
    ['two letter-spaced names after one role', '本报讯（记者 张 帆 李 明）日前，', ['记者 张帆', '记者 李明']],
    ['a double-surname name broken over a line', '本报讯 近日，我市举行了活动。（记者 欧阳晓\n峰）', ['记者 欧阳晓峰']],
    ['记者X报道', '本报杭州1月4日电 记者刘晓宇报道：据杭州海关统计，', ['记者 刘晓宇']],
    ['two reporters 报道', '本报讯 记者王芳 通讯员李强报道：近日，', ['记者 王芳', '通讯员 李强']],
    ['not a byline: 报道 in prose', '本报讯 记者从多家媒体的报道中了解到，', []],
    ['at the end of the body', '本报讯 近日，我市举行了活动。（记者 王晓东 通讯员 许 静）', ['记者 王晓东', '通讯员 许静']],
    ['at the end, broken over a line', '本报讯 近日，我市举行了活动。（记者 王晓\n东）', ['记者 王晓东']],
    ['a name already in the byline box is credited once', '■记者：陆毅 通讯员：何佳怡\n\n本报讯 近日，我市举行了活动。（本报记者 陆毅）', ['记者 陆毅', '通讯员 何佳怡']],
    ['文/ and 图/ credits', '文/朱琳 图/钱江\n\n本报讯 近日，我市举行了活动。', ['作者 朱琳', '摄影 钱江']],
    ['in brackets mid-body: not a byline', '本报讯 近日，我市举行了活动（记者 王晓东 摄）。市民踊跃参加。', []],
    ['at the end, two names run together (a justified PDF line keeps no space)', '本报讯 近日，我市举行了活动。（记者周文博陈一鸣）', ['记者 周文博', '记者 陈一鸣']],
    ['three names run together after the dateline', '本报讯（记者李思远王丽张一帆）日前，', ['记者 李思远', '记者 王丽', '记者 张一帆']],
    ['not a byline: a clause after 记者 that no surnames split', '本报讯 记者走访发现企业生产忙，', []],
  ];
  test.each(inline)('inline: %s', (_name, body, expected) => {
    const text = `老旧小区加装电梯提速\n\n${body}\n`;
    const [a] = segment(text);
    expect(a!.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(expected);
  });
});

describe('headlines go with the body whose opening repeats their words', () => {
  test('a page opening with an untitled body: the headline between two bodies is the second one\'s', () => {
    const text = [
      '　　本报讯（记者 顾 晨）11月20日，2023年嘉善县“最美科技人才”评选结果揭晓，10人获此殊荣。',
      '',
      '　　姚庄镇：桃园村获评省级美丽乡村特色精品村',
      '',
      '　　本报讯（通讯员 杨 帆）近日，姚庄镇桃园村获评2023年度浙江省美丽乡村特色精品村。',
    ].join('\n');
    expect(segment(text).map((a) => `${a.title}|${a.bylines.map((b) => b.name).join(',')}`)).toEqual(['|顾晨', '姚庄镇：桃园村获评省级美丽乡村特色精品村|杨帆']);
  });

  test('and the first one\'s when it is the first body that repeats them', () => {
    const text = [
      '　　本报讯（记者 顾 晨）近日，姚庄镇桃园村获评2023年度浙江省美丽乡村特色精品村。',
      '',
      '　　姚庄镇：桃园村获评省级美丽乡村特色精品村',
      '',
      '　　本报讯（通讯员 杨 帆）11月20日，2023年嘉善县“最美科技人才”评选结果揭晓，10人获此殊荣。',
    ].join('\n');
    expect(segment(text).map((a) => `${a.title}|${a.bylines.map((b) => b.name).join(',')}`)).toEqual(['姚庄镇：桃园村获评省级美丽乡村特色精品村|顾晨', '|杨帆']);
  });
});

describe('paragraphs', () => {
  // Two paragraphs in a 20-character column; the first ends on a full line, so only the second's indent
  // (lost in extraction: its first line is two characters short) shows where it starts.
  const first = '在姚庄镇的华瑞精密机械有限公司生产车间里，二十多台数控机床正在满负荷地运转。';
  const second = '公司董事长吴德华说，去年投入三千多万元进行智能化改造后，生产效率提高了三成以上。';
  test('a first line two characters short of the column opens a paragraph (the indent lost in extraction)', () => {
    const [a] = segment(page([['标题在上面'], column([first, second], 20, 99)]));
    expect(a!.paragraphs.map((p) => a!.text.slice(p.start, p.end))).toEqual([first, second]);
    expect(a!.rules).toContain(RULE.lostIndent);
  });

  test('a full line after a sentence end goes on in the same paragraph', () => {
    const [a] = segment(page([['标题在上面'], column([first + second], 20, 99)]));
    expect(a!.paragraphs).toHaveLength(1);
  });

  test('lines wider than any column that end a sentence are whole paragraphs (plain-text articles)', () => {
    const long = (s: string) => s.repeat(3) + '这是本段的最后一句。';
    const [a] = segment(['标题', long('会议通报了全县营商环境评价情况，一季度新设经营主体4216户，'), long('会议指出，营商环境就是生产力，各部门要聚焦企业反映的问题，')].join('\n'));
    expect(a!.paragraphs).toHaveLength(2);
    expect(a!.rules).toContain(RULE.linePerParagraph);
  });

  test('an English text file hard-wrapped at 100 characters keeps its sentences whole', () => {
    const [a] = segment(
      [
        'Pinghu opens new digital economy park',
        '',
        'PINGHU, Oct. 12 -- The city opened a new digital economy park on Thursday, with 18 companies moving',
        'in on the first day, officials said.',
        'The park covers about 120,000 square meters and targets software, industrial internet and',
        'digital content firms. Rent is waived for three years.',
      ].join('\n'),
    );
    expect([a!.title, a!.language, a!.paragraphs.map((p) => a!.text.slice(p.start, p.end))]).toEqual([
      'Pinghu opens new digital economy park',
      'en',
      [
        'PINGHU, Oct. 12 -- The city opened a new digital economy park on Thursday, with 18 companies moving in on the first day, officials said.',
        'The park covers about 120,000 square meters and targets software, industrial internet and digital content firms. Rent is waived for three years.',
      ],
    ]);
  });

  test('a dash opens a subtitle under the main title', () => {
    const [a] = segment(['全国冬小麦播种基本结束', '——越冬期苗情总体好于常年', '', '本报北京1月5日电 记者从农业农村部获悉：截至目前，全国冬小麦播种面积保持稳定。从苗情看，一二类苗比例达到87.6%，比上年同期提高2.3个百分点。各地要抓好冬前管理，为夏粮丰收打下基础。'].join('\n'));
    expect([a!.title, a!.subtitle]).toEqual(['全国冬小麦播种基本结束', '越冬期苗情总体好于常年']);
    expect(a!.rules).toContain(RULE.dashSubtitle);
  });
});

describe('kinds', () => {
  const body = '近日，市气象台发布秋季天气趋势预测：今年10月至11月，我市平均气温较常年偏高，降水量较常年偏少。';
  const longer = `${body}气象部门提醒，各地要做好森林防火和农业抗旱工作。`.repeat(3);
  const cases: Array<[string, string, string, string]> = [
    ['a signed column', `■ 禾 言\n\n${longer}\n\n今秋气温偏高`, 'commentary', RULE.kindCommentarySignature],
    ['the paper\'s editorial voice', `■本报评论员 张三\n\n${longer}\n\n今秋气温偏高`, 'commentary', RULE.kindCommentaryRole],
    ['a photo with its caption', `■摄影 陆 斌\n\n${body}\n\n今秋气温偏高`, 'photo', RULE.kindPhoto],
    ['one short paragraph', `今秋气温偏高\n\n${body}`, 'brief', RULE.kindBrief],
    ['a report with a dateline', `今秋气温偏高\n\n本报讯 ${longer}\n${longer}`, 'news', RULE.kindNews],
    ['an unsigned text', `今秋气温偏高\n\n${longer}\n${longer}`, 'article', RULE.kindArticle],
  ];
  test.each(cases)('%s', (_name, text, kind, rule) => {
    const [a] = segment(text);
    expect([a!.kind, a!.rules.filter((r) => r.startsWith('kind.'))]).toEqual([kind, [rule]]);
  });
});

describe('rule ids', () => {
  const patterns = JSON.parse(readFileSync(fileURLToPath(new URL('../../../src/segment/model/patterns.json', import.meta.url)), 'utf8'));
  const pageBreaks = loadPageBreakModel();
  const all = [
    ...Object.values(RULE),
    ...patterns.bylineRoles.map((r: { id: string }) => r.id),
    ...patterns.datelines.map((r: { id: string }) => r.id),
    ...patterns.subheads.map((r: { id: string }) => r.id),
    ...['commentarySignatures', 'reportedBylines', 'trailingBylines', 'trailingNames', 'outlets', 'printLines', 'photoCredits', 'contributorCredits', 'kickerEnds', 'columnTags', 'fieldLines', 'sidebarHeads', 'authorNotes', 'bracketedPhotoCredits'].map((k) => patterns[k].id),
    ...patterns.furniture.lines.map((r: { id: string }) => r.id),
    patterns.furniture.jump.id,
    patterns.editorsNotes.opening.id,
    patterns.editorsNotes.signoff.id,
    RECORD_RULE,
    pageBreaks.formFeedId,
    pageBreaks.ruleLine.id,
    pageBreaks.runningHead.id,
    pageBreaks.datedHead.id,
  ];

  test('are unique across code and data', () => {
    expect(all.length).toBe(new Set(all).size);
  });

  test('every rule an article records is one of them', () => {
    const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
    const known = new Set(all);
    const files = ['multi-page.txt', 'briefs-marked.txt', 'commentary-letters.txt', 'notices-ads.txt', 'hard-breaks-12.txt', 'peoples-daily-14.txt', 'fullwidth-inline-16.txt', 'title-after-body-22.txt', 'plain-article.txt', 'commentary-photo-18.txt', ...readdirSync(`${dir}../articles`).filter((f) => f.endsWith('.txt')).map((f) => `../articles/${f}`)];
    const recorded = new Set(files.flatMap((f) => pagesOf(f, readFileSync(dir + f), { year: 2024 }).flatMap((p) => segmentPage(p).flatMap((a) => a.rules))));
    expect([...recorded].filter((r) => !known.has(r))).toEqual([]);
    // The new rules fire on the fixtures written for them.
    for (const r of [
      'page.form-feed', 'page.rule-line', 'page.running-head', 'byline.reported', 'para.dash-subtitle', 'para.lost-indent', 'para.line-per-paragraph', 'clean.full-width', 'clean.doubled-headline',
      'layout.one-article', 'headline.crawl-order', 'headline.column-tag', 'headline.kicker-lead-in', 'article.subhead', 'article.credit-line', 'byline.paragraph-end',
      'byline.outlet', 'byline.print-line', 'note.editors-note-signoff', 'date.from-dateline',
      'furniture.page-staff', 'furniture.column-head', 'byline.trailing-names', 'para.marked-brief-title', 'para.field-line', 'para.byline-over-lines', 'layout.page-with-running-head',
    ]) {
      expect([r, recorded.has(r)]).toEqual([r, true]);
    }
  });
});

describe('pageLines', () => {
  test('numbers lines as the file does, on every page, whatever the line breaks', () => {
    const raw = readFileSync(fileURLToPath(new URL('../../fixtures/pages/multi-page.txt', import.meta.url)), 'utf8');
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = raw.replace(/\n/g, eol);
      const fileLines = text.split(/\r\n|\r|\n/);
      for (const p of pagesOf('m.txt', Buffer.from(text), {})) {
        const lines = pageLines(p);
        lines.forEach((line, i) => {
          // A form feed cuts a line between two pages: each page holds its side of it. A page that ends where
          // a line (a rule line) starts ends with that line's empty beginning.
          const sides = fileLines[line.no - 1]!.split('\f').map((side) => side.trim());
          const ok = sides.includes(line.text.text) || (i === lines.length - 1 && line.text.text === '');
          expect([JSON.stringify(eol), line.no, ok]).toEqual([JSON.stringify(eol), line.no, true]);
        });
      }
    }
  });

  test('keeps the indent, trims the ends, and measures the width once', () => {
    const [line] = pageLines(pagesOf('i.txt', Buffer.from('\u3000\u3000本报讯 ５Ｇ基站  \n'), {})[0]!);
    expect([line!.indent, line!.text.text, line!.width]).toEqual([2, '本报讯 5G基站', 3 + 0.5 + 1 + 2]);
    expect(Array.from(line!.text.offsets)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('line breaks', () => {
  const cases: Array<[string, string[]]> = [
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b', '']],
    ['a\rb\rc', ['a', 'b', 'c']],
    ['a\r\n\r\nb', ['a', '', 'b']],
    ['', ['']],
  ];
  test.each(cases)('%j', (text, lines) => {
    const out: string[] = [];
    forEachLine(text, 0, text.length, (l) => {
      out.push(text.slice(l.start, l.end));
    });
    expect(out).toEqual(lines);
  });
});
