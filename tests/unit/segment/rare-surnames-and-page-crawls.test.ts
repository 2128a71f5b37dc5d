// Bylines and dates, sixth round, on text written for these tests: a byline whose reporter has a rarer surname of the
// Hundred Family Surnames (伦, 钭, 暨 …) is still a byline, not a subtitle, and a crawl's field line printed on a page
// of several pieces dates the piece it stands in (date.crawl-field-of-piece).
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';
import { isCommonSurname, surnameAt } from '../../../src/lexicons/index.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const credits = (a: Article): string[] => a.bylines.map((b) => `${b.role} ${b.name}`);

describe('rarer surnames in bylines (surnames.txt)', () => {
  test('a one-article file: the byline line under the headline is a byline, not a subtitle', () => {
    const [a] = segment('茶园镇新茶开采\n记者 伦佩仪 通讯员 钭文斌\n本报讯 近日，茶园镇2万亩茶园开始采摘，茶农们忙着炒制新茶。\n镇农业服务中心主任邝永年说，今年春茶产量预计增长一成。\n');
    expect(a!.title).toBe('茶园镇新茶开采');
    expect(a!.subtitle).toBeUndefined();
    expect(credits(a!)).toEqual(['记者 伦佩仪', '通讯员 钭文斌']);
  });

  test('a page: a marked byline over the headline, and one in brackets after 本报讯', () => {
    const pieces = segment('2026年4月9日 星期四 第2版 综合\n\n■记者 暨思远\n通讯员 莘晓岚\n\n城南社区开办老年课堂\n\n本报讯 4月7日，城南社区老年课堂开课，60多名老人报名学习书法和智能手机使用。\n\n河湾村修通产业路\n\n本报讯（记者 邴春林）日前，河湾村3.5公里产业路全线贯通，沿线200多户果农的柑橘可直接运出村。\n');
    expect(pieces.map((p) => p.title)).toEqual(['城南社区开办老年课堂', '河湾村修通产业路']);
    expect(pieces.map(credits)).toEqual([['记者 暨思远', '通讯员 莘晓岚'], ['记者 邴春林']]);
    expect(pieces[0]!.text).not.toContain('暨思远');
  });

  test('the added surnames are rare ones: read only with a cue in extraction', () => {
    for (const ch of ['伦', '钭', '暨', '莘', '邴', '贡']) {
      expect(surnameAt(`${ch}某`, 0)).toBe(1);
      expect(isCommonSurname(ch)).toBe(false);
    }
  });

  test('negative: prose after 记者 is no byline, whatever surname its first character is', () => {
    const [a] = segment('县里新建学校三所\n记者从县教育局获悉，今年全县新建中小学3所，新增学位4000个。\n');
    expect(a!.bylines).toEqual([]);
    expect(a!.text).toContain('记者从县教育局获悉');
  });
});

describe('a crawl field line on a page dates its own piece (date.crawl-field-of-piece)', () => {
  test('each headline of a web page with its own 发布时间 line', () => {
    const pieces = segment('县域动态\n\n临川县启动春季植树活动\n发布时间：2026-03-12 09:30　来源：临川县融媒体中心\n本报讯 3月11日，临川县春季义务植树活动在城北新区启动，全县今年计划植树造林2万亩。\n县林业局局长汤志远说，今年将重点绿化河道两岸。\n\n临川县举办电商技能大赛\n发布时间：2026-03-14 16:05　来源：临川县融媒体中心\n本报讯 3月13日，临川县首届电商直播技能大赛在县职教中心举行，120余名选手参赛。\n县商务局副局长龚丽华说，获奖选手将优先推荐就业。\n');
    const of = (head: string): Article | undefined => pieces.find((p) => p.text.includes(`${head}\n`));
    expect(of('临川县启动春季植树活动')?.date).toBe('2026-03-12');
    expect(of('临川县启动春季植树活动')?.dateSource).toBe('crawl');
    expect(of('临川县举办电商技能大赛')?.date).toBe('2026-03-14');
    expect(of('临川县举办电商技能大赛')?.rules).toContain('date.crawl-field-of-piece');
  });

  test('a variation: the date in 年月日 form, a town government as the source', () => {
    const pieces = segment('乡镇新闻\n\n青峰镇新建3座便民桥\n发布时间：2026年5月6日 10:15　来源：青峰镇人民政府\n本报讯 5月5日，青峰镇新建的3座便民桥全部通行，沿河600多户村民出行更方便。\n镇党委副书记钱立群说，今年还将改造危桥2座。\n\n青峰镇开展防溺水宣传\n发布时间：2026年5月8日 15:40　来源：青峰镇人民政府\n本报讯 5月7日，青峰镇组织教师和志愿者走进8所学校开展防溺水宣传。\n镇教育办负责人表示，宣传将持续到暑假结束。\n');
    const dates = pieces.filter((p) => p.date).map((p) => p.date);
    expect(dates).toEqual(['2026-05-06', '2026-05-08']);
  });

  test('negative: a printed page\'s running head still dates its pieces, a field line inside them does not override it', () => {
    const pieces = segment('2026年6月2日 星期二 第3版 综合\n\n临川县启动夏季防汛演练\n发布时间：2026-05-30 09:30\n本报讯 5月29日，临川县在清溪河畔开展防汛应急演练，300余人参加。\n县应急管理局局长鲁海峰说，演练检验了各部门的协同能力。\n');
    expect(pieces.every((p) => p.date === '2026-06-02' && p.dateSource === 'running-head')).toBe(true);
  });
});

describe('a web page listing pieces, each headline over its field line (para.headline-over-crawl-field, para.after-crawl-field, para.section-over-crawl-headline, furniture.crawl-dated-author)', () => {
  const list = (field1: string, field2: string): string =>
    `镇村动态\n\n枫桥镇建成5座村级文化礼堂\n${field1}\n9月2日，枫桥镇今年新建的5座村级文化礼堂全部投用，每座礼堂可容纳300余人。\n镇宣传委员陶文静说，礼堂将定期举办村晚、道德讲堂等活动。\n\n枫桥镇开展秋季森林防火巡查\n${field2}\n9月3日，枫桥镇组织护林员和民兵80余人，对辖区12个林区开展防火巡查。\n`;

  test('no dateline: each headline and its text is a piece of its own, dated and credited by its line, the page\'s section its column', () => {
    const pieces = segment(list('时间：2026年9月3日 10:05　作者：柴晓琳', '时间：2026年9月4日 16:20　作者：蒙志刚'));
    expect(pieces.map((p) => p.title)).toEqual(['枫桥镇建成5座村级文化礼堂', '枫桥镇开展秋季森林防火巡查']);
    expect(pieces.map((p) => p.date)).toEqual(['2026-09-03', '2026-09-04']);
    expect(pieces[0]!.column).toBe('镇村动态');
    expect(pieces.map(credits)).toEqual([['作者 柴晓琳'], ['作者 蒙志刚']]);
    expect(pieces[0]!.text).not.toContain('作者');
    expect(pieces[0]!.rules).toEqual(expect.arrayContaining(['furniture.crawl-dated-author', 'para.after-crawl-field', 'para.section-over-crawl-headline']));
  });

  test('a variation: the fields 来源 and 发布日期 with slashes', () => {
    const pieces = segment(list('来源：枫桥镇人民政府　发布日期：2026/09/03', '来源：枫桥镇人民政府　发布日期：2026/09/04'));
    expect(pieces.map((p) => [p.title, p.date])).toEqual([['枫桥镇建成5座村级文化礼堂', '2026-09-03'], ['枫桥镇开展秋季森林防火巡查', '2026-09-04']]);
  });

  test('negative: a notice\'s 时间 line (no year, no author) is text, and one dated field line keeps a one-article file whole', () => {
    const [notice] = segment('关于开展秋季义诊的通知\n时间：9月5日上午9时　地点：镇卫生院\n各村（社区）：为方便群众就医，镇卫生院将组织医护人员开展义诊活动，请各村做好组织工作。\n');
    expect(notice!.text).toContain('时间：9月5日上午9时');
    const one = segment('枫桥镇建成5座村级文化礼堂\n发布时间：2026-09-03 10:05　来源：枫桥镇人民政府\n9月2日，枫桥镇今年新建的5座村级文化礼堂全部投用，每座礼堂可容纳300余人。\n镇宣传委员陶文静说，礼堂将定期举办村晚、道德讲堂等活动。\n');
    expect(one.map((p) => [p.title, p.date])).toEqual([['枫桥镇建成5座村级文化礼堂', '2026-09-03']]);
  });
});

describe('a headline wrapped at a narrow column keeps its tail (para.wrapped-headline-tail)', () => {
  const HEAD = '2026年4月21日 星期二 第3版 乡镇\n\n';
  const page = (head: string): string =>
    `${HEAD}${head}\n近日，东坪乡投资120万元新建的3座农\n产品冷库投入使用，总库容达1500吨，\n可满足全乡果蔬储存需求。（记者 吕\n文静）\n`;

  test('three characters left on the second line', () => {
    const [a] = segment(page('苍梧乡举办农民丰收\n运动会'));
    expect(a!.title).toBe('苍梧乡举办农民丰收运动会');
    expect(a!.subtitle).toBeUndefined();
  });

  test('a variation: two characters, and a credit broken over the lines', () => {
    const [a] = segment(page('东坪乡新建3座农产\n品冷库'));
    expect(a!.title).toBe('东坪乡新建3座农产品冷库');
    expect(credits(a!)).toEqual(['记者 吕文静']);
  });

  test('negative: a subtitle of its own (more than a few characters) stays the subtitle', () => {
    const [a] = segment(page('东坪乡新建3座农产品冷库\n果农错峰销售多增收'));
    expect([a!.title, a!.subtitle]).toEqual(['东坪乡新建3座农产品冷库', '果农错峰销售多增收']);
  });
});

describe('a headline in a larger type filling most of a narrow column (para.wide-heading-over-body)', () => {
  const body = '\n近日，东坪乡投资120万元新建的3座农\n产品冷库投入使用，总库容达1500吨，\n可满足全乡果蔬储存需求。（记者 吕\n文静）\n';
  test('a headline of twelve characters over eighteen of prose is no prose', () => {
    const [a] = segment(`2026年4月21日 星期二 第3版 乡镇\n\n东坪乡新建3座农产品冷库${body}`);
    expect(a!.title).toBe('东坪乡新建3座农产品冷库');
    expect(a!.text.startsWith('东坪乡新建3座农产品冷库\n近日，')).toBe(true);
    expect(a!.rules).toContain('para.wide-heading-over-body');
  });

  test('a variation: wrapped, with a tail of three characters', () => {
    const [a] = segment(`2026年4月21日 星期二 第3版 乡镇\n\n柳河镇举办首届农民趣味\n运动会${body}`);
    expect(a!.title).toBe('柳河镇举办首届农民趣味运动会');
  });

  test('negative: a dateline line as wide is the body\'s first line', () => {
    const [a] = segment(`2026年4月21日 星期二 第3版 乡镇\n\n东坪乡新建3座农产品冷库\n\n本报讯东坪乡投资120万元\n新建的3座农产品冷库近日投入使用，\n总库容达1500吨，可满足全乡果蔬储\n存需求。（记者 吕文静）\n`);
    expect(a!.title).toBe('东坪乡新建3座农产品冷库');
    expect(a!.text).toContain('本报讯东坪乡投资120万元新建的3座');
  });
});

describe('a credit broken over the last two lines of a block closes its piece at a column break', () => {
  const page = (tail: string): string =>
    `2026年4月21日 星期二 第3版 乡镇\n\n柳河镇举办农民趣味\n运动会\n4月19日，柳河镇首届农民趣味运动\n会在镇文化广场举行，14个村的260\n多名村民参加拔河、挑担等比赛。${tail}\n\n东坪乡新建3座农产品\n冷库\n近日，东坪乡投资120万元新建的3座\n农产品冷库投入使用，总库容达1500\n吨，可满足全乡果蔬储存需求。\n（通讯员 欧阳敏）\n`;

  test('（记 / 者 某某） at the foot of the block: the next block is the next piece', () => {
    const pieces = segment(page('（记\n者 吕文静）'));
    expect(pieces.map((p) => p.title)).toEqual(['柳河镇举办农民趣味运动会', '东坪乡新建3座农产品冷库']);
    expect(pieces.map(credits)).toEqual([['记者 吕文静'], ['通讯员 欧阳敏']]);
  });

  test('a variation: the break inside the name of 通讯员', () => {
    const pieces = segment(page('（通讯\n员 吕文静）'));
    expect(pieces.map(credits)).toEqual([['通讯员 吕文静'], ['通讯员 欧阳敏']]);
  });

  test('negative: a bracket that names no one still runs on into the next block', () => {
    const [a] = segment('2026年4月21日 星期二 第3版 乡镇\n\n柳河镇举办农民趣味\n运动会\n4月19日，柳河镇首届农民趣味运动\n会在镇文化广场举行，比赛设拔河（\n双人组）、挑担\n\n等项目，14个村的260多名村民参加。\n（记者 吕文静）\n');
    expect(a!.text).toContain('挑担等项目');
  });
});
