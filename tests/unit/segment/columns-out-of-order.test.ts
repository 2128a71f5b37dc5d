// A story's second column printed after the next story's start, as PDF extraction of a multi-column county page
// gives it (segment.column-out-of-order), and a column's first lines cut off mid-sentence before the headline
// (para.dateline-block-prose), on text written for these tests: invented counties, people and figures.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));

/** Prose wrapped as a column of 18 characters, closing marks hung on the line they close. */
function wrap(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const c of text) {
    const cw = c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
    if (w + cw > width && !'，、。；：！？”）》'.includes(c)) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += c;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}

/** A paragraph cut by the column's foot after `keep` lines: the lines printed here, and the rest. */
function cut(text: string, keep: number): [string, string] {
  const lines = wrap(text);
  return [lines.slice(0, keep).join('\n'), lines.slice(keep).join('\n')];
}

const para = (text: string): string => wrap(text).join('\n');
const bold = (title: string): string => title + title;

// Story A: a clinic, cut after three lines mid-word (…远程会诊系 / 统，方便…).
const [A1, A2] = cut('本报讯 近日，青岗镇投入资金在全镇九个偏远村新建了村卫生室，配齐了常用药品和基本诊疗设备，还开通了远程会诊系统，方便群众就近看病。', 3);
const A_MORE = para('镇卫生院院长邝立平介绍，每个卫生室都安排了一名乡村医生，每周还有镇卫生院的医生轮流坐诊。');
// Story B: a road, complete paragraphs.
const B1 = para('本报讯 日前，柏林乡通组公路全面完工，沿线七个村民小组告别了出行难，群众拍手称快。');
const B2 = para('据了解，这条公路由县交通部门争取项目资金建设，路面宽度达到四米五，沿线还安装了路灯。');

describe('a story\'s second column printed after the next story\'s start (segment.column-out-of-order)', () => {
  test('headlines after their bodies: the second column, opening with the rest of a broken word, goes back to its story', () => {
    const page = [`■记者 邝晓梅`, A1, bold('青岗镇九个偏远村新建卫生室'), `■记者 甘文斌`, B1, [A2, A_MORE].join('\n'), B2, bold('柏林乡通组公路全面完工')].join('\n\n');
    const [a, b, ...rest] = segment(page);
    expect(rest).toHaveLength(0);
    expect(a!.title).toBe('青岗镇九个偏远村新建卫生室');
    expect(a!.text).toContain('远程会诊系统，方便群众');
    expect(a!.text).toContain('镇卫生院院长邝立平介绍');
    expect(b!.title).toBe('柏林乡通组公路全面完工');
    expect(b!.text).not.toMatch(/卫生|邝立平/);
    expect(b!.text).toContain('据了解，这条公路');
    expect(a!.rules).toContain('segment.column-out-of-order');
  });

  test('headlines over their bodies, the second column opening with a comma after the next story\'s whole text', () => {
    // A compositor that does not hang its commas starts the next column's first line with one.
    const c1 = '本报讯 近日，龙潭镇组织农技人员深入田\n间地头，指导农户开展秋冬种，全镇计划';
    const c2 = '，种植油菜一万二千亩，小麦三千亩，确保应\n种尽种。';
    const page = [bold('龙潭镇秋冬种有序推进'), '■记者 屈小娟', c1, bold('柏林乡通组公路全面完工'), '■记者 甘文斌', B1, c2].join('\n\n');
    const pieces = segment(page);
    const a = pieces.find((p) => p.title === '龙潭镇秋冬种有序推进')!;
    const b = pieces.find((p) => p.title === '柏林乡通组公路全面完工')!;
    expect(a.text).toContain('确保应种尽种。');
    expect(b.text).not.toContain('应种尽种');
  });

  test('a second column alone at the page\'s very end, after every headline, joins its story and is no piece of its own', () => {
    const page = [bold('青岗镇九个偏远村新建卫生室'), '■记者 邝晓梅', A1, bold('柏林乡通组公路全面完工'), '■记者 甘文斌', B1, B2, [A2, A_MORE].join('\n')].join('\n\n');
    const pieces = segment(page);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.text).toContain('远程会诊系统，方便群众');
    expect(pieces[0]!.text).toContain('邝立平');
    expect(pieces[1]!.text).not.toContain('邝立平');
  });

  test('a run closing with the cut-off story\'s own reporter\'s credit goes back, and the neighbour\'s next paragraph stays', () => {
    const [d1, d2] = cut('本报讯 近日，县文旅局在古渡口举办非遗市集，剪纸、竹编、米酒等四十余个摊位吸引了大批市民，市集将持续到本月底，“让老手艺走进新生活”。（记者 覃海燕）', 3);
    const page = ['■记者 覃海燕', d1, bold('古渡口非遗市集开市'), '■记者 甘文斌', B1, d2, B2, bold('柏林乡通组公路全面完工')].join('\n\n');
    const [a, b] = segment(page);
    expect(a!.text).toMatch(/老手艺走进新生活/);
    expect(b!.text).not.toMatch(/老手艺|覃海燕/);
    expect(b!.text).toContain('据了解，这条公路');
    expect(b!.bylines.map((x) => x.name)).toEqual(['甘文斌']);
  });

  test('two stories\' second columns printed one after the other inside a third story each go back to their own', () => {
    const [e1, e2] = cut('本报讯 连日来，回龙村的油茶林迎来采摘季，村民们背着竹篓穿行林间，今年全村油茶鲜果预计产量达到六十万斤，比去年增加三成。', 3);
    const E_MORE = para('村党支部书记阮德厚说，村里正在建设油茶加工车间，明年鲜果可以就地榨油。');
    const [f1, f2] = cut('本报讯 近日，县图书馆流动书车开进了白沙小学，两千余册少儿读物让孩子们爱不释手，今年流动书车已经走进全县二十六所乡村学校。', 3);
    const F_MORE = para('县图书馆馆长罗秋云表示，今后流动书车每月都会走进乡村学校一次。');
    const page = [bold('回龙村油茶迎来采摘季'), '■记者 阮丽', e1, bold('流动书车开进白沙小学'), '■通讯员 罗敏', f1, bold('柏林乡通组公路全面完工'), '■记者 甘文斌', B1, [e2, E_MORE].join('\n'), [f2, F_MORE].join('\n')].join('\n\n');
    const [e, f, b] = segment(page);
    expect(e!.text).toContain('阮德厚');
    expect(e!.text).not.toContain('罗秋云');
    expect(f!.text).toContain('罗秋云');
    expect(f!.text).toContain('二十六所乡村学校');
    expect(b!.text).not.toMatch(/阮德厚|罗秋云/);
  });

  test('a run printed between the two halves of a neighbour cut at its own column\'s foot (after a closed quotation) goes back, and the neighbour is one paragraph again', () => {
    const [k1, k2] = cut('本报讯 近日，县应急管理局开展汛前安全检查，重点检查了水库、山塘和“两高”路段，共排查隐患四十二处，已整改三十五处。', 2);
    expect(k1.endsWith('”')).toBe(true);
    const [m1, m2] = cut('本报讯 近日，县农业农村局组织农技专家深入田间，指导农户抢抓晴好天气开展春耕生产，目前全县已完成早稻育秧两万亩，占计划的八成。', 3);
    const page = [bold('县农业农村局指导春耕生产'), '■记者 屈小娟', m1, bold('汛前安全检查排查隐患四十二处'), '■通讯员 甘露', [k1].join('\n'), m2, k2].join('\n\n');
    const [m, k] = segment(page);
    expect(m!.text).toContain('全县已完成早稻育秧两万亩，占计划的八成');
    expect(k!.text).toContain('“两高”路段，共排查隐患');
    expect(k!.text).not.toContain('育秧');
  });

  test('negative: a story that ends with its sentence keeps to itself, and the next story\'s paragraphs stay in order', () => {
    const page = ['■记者 邝晓梅', para('本报讯 近日，青岗镇投入资金在全镇九个偏远村新建了村卫生室，方便群众就近看病。'), bold('青岗镇九个偏远村新建卫生室'), '■记者 甘文斌', B1, B2, bold('柏林乡通组公路全面完工')].join('\n\n');
    const [a, b] = segment(page);
    expect(a!.text).not.toContain('据了解');
    expect(b!.text).toContain('据了解，这条公路');
    expect(a!.rules).not.toContain('segment.column-out-of-order');
  });

  test('negative: a story cut off mid-sentence whose rest is printed elsewhere does not take a new story\'s paragraph that shares nothing with it', () => {
    const page = [bold('青岗镇九个偏远村新建卫生室'), '■记者 邝晓梅', A1, bold('柏林乡通组公路全面完工'), '■记者 甘文斌', B1, B2].join('\n\n');
    const [a, b] = segment(page);
    expect(a!.text).not.toContain('据了解');
    expect(b!.text).toContain('据了解，这条公路');
  });
});

describe('a story that ended with its sentence, its next paragraph printed after the next story (segment.column-out-of-order-by-content)', () => {
  const G1 = para('本报讯 近日，县市场监管局在城东农贸市场开展食品安全专项检查，抽检蔬菜、肉类样品六十批次，全部合格。');
  const G2 = para('检查中，县市场监管局执法人员还督促城东农贸市场的经营户落实进货查验制度，对两家未建立台账的经营户责令限期整改。');
  const H1 = para('本报讯 近日，县图书馆开展“书香润童心”暑期阅读活动，吸引三百余名小读者参加。');

  test('the closing paragraph that shares the first story\'s words and none of its own story\'s goes back', () => {
    const page = ['■记者 屈小娟', G1, bold('城东农贸市场开展食品安全检查'), '■记者 甘文斌', H1, G2, bold('暑期阅读活动吸引小读者')].join('\n\n');
    const [g, h] = segment(page);
    expect(g!.text).toContain('进货查验制度');
    expect(h!.text).not.toContain('经营户');
    expect(g!.rules).toContain('segment.column-out-of-order-by-content');
  });

  test('negative: the next story\'s own closing paragraph, sharing a word or two with the first story, stays', () => {
    const H2 = para('据了解，活动期间图书馆还将举办亲子共读、绘本剧表演等活动，市场上热销的新书也将陆续上架。');
    const page = ['■记者 屈小娟', G1, bold('城东农贸市场开展食品安全检查'), '■记者 甘文斌', H1, H2, bold('暑期阅读活动吸引小读者')].join('\n\n');
    const [g, h] = segment(page);
    expect(g!.text).not.toContain('亲子共读');
    expect(h!.text).toContain('亲子共读');
  });
});

describe('a column\'s first lines cut off mid-sentence before the headline (para.dateline-block-prose)', () => {
  test('three unpunctuated lines opening with a dateline are the body\'s, not a kicker or a subtitle', () => {
    const page = ['■记者 邝晓梅', A1, bold('青岗镇九个偏远村新建卫生室'), '■记者 甘文斌', B1, bold('柏林乡通组公路全面完工')].join('\n\n');
    const [a] = segment(page);
    expect(a!.kicker).toBeUndefined();
    expect(a!.subtitle).toBeUndefined();
    expect(a!.title).toBe('青岗镇九个偏远村新建卫生室');
    expect(a!.text).toContain('本报讯');
    expect(a!.text).toContain('偏远村新建了村');
  });

  test('negative: two short headline lines with no dateline are still a title and a subtitle', () => {
    const page = ['■记者 甘文斌', B1, bold('柏林乡通组公路全面完工') + '\n七个村民小组告别出行难'].join('\n\n');
    const [b] = segment(page);
    expect(b!.title).toBe('柏林乡通组公路全面完工');
    expect(b!.subtitle).toBe('七个村民小组告别出行难');
  });
});

describe('an e-mail or web address broken over two lines (para.address-over-lines)', () => {
  const CALL = '征稿启事征稿启事\n\n为丰富本版内容，现面向全县征集反映乡村\n新貌的稿件和图片。\n';

  test('the rest of an e-mail address on the next line is the address\'s, not a headline and a piece of its own', () => {
    const pieces = segment(`${CALL}投稿邮箱：qxnc2026@126.\ncom\n联系人：罗老师\n`);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.text).toContain('qxnc2026@126.com');
    expect(pieces[0]!.text).toContain('联系人：罗老师');
    expect(pieces.map((p) => p.title)).not.toContain('com');
  });

  test('the same for a web address broken after www.', () => {
    const pieces = segment(`${CALL}网上投稿：www.\nqxrb.cn\n联系电话：0855-3321456\n`);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.text).toContain('www.qxrb.cn');
  });

  test('negative: a whole address over a contact line stays two lines of their own', () => {
    const [p] = segment(`${CALL}投稿邮箱：qxnc2026@126.com\n联系人：罗老师\n`);
    expect(p!.text).toContain('qxnc2026@126.com\n联系人：罗老师');
  });
});

describe('a page editor\'s credit closing a piece\'s text (furniture.staff-at-text-end)', () => {
  const BRIEF = '本报讯（记者 祁月）6月3日，县人社局在城\n关镇举办就业援助月招聘会，现场达成就业\n意向一百二十人。';

  test('（本版编辑 某某） at a brief\'s end, broken over the line end, is no text of the brief', () => {
    const [a] = segment(`${bold('就业援助月招聘会举行')}\n\n${BRIEF}（本版编辑 韦\n青）\n`);
    expect(a!.text).toMatch(/一百二十人。$/);
    expect(a!.rules).toContain('furniture.staff-at-text-end');
    expect(a!.bylines.map((b) => b.name)).toEqual(['祁月']);
  });

  test('negative: a contributor\'s credit (编辑部供稿) and a reporter\'s credit stay', () => {
    const [a] = segment(`${bold('就业援助月招聘会举行')}\n\n${BRIEF}（县融媒体中心编辑部供稿）\n`);
    expect(a!.text).toContain('编辑部供稿');
    const [b] = segment(`${bold('就业援助月招聘会举行')}\n\n${BRIEF.replace('（记者 祁月）', '')}（编辑部供稿）\n`);
    expect(b!.text).toContain('（编辑部供稿）');
  });
});
