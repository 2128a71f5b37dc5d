// A feature (通讯) cut by subheads printed with no mark and no punctuation, on text written for these tests: printed
// one paragraph a line, the subhead is a paragraph of its own (not the start of the sentence under it); wrapped at
// a column's width, it stays inside its feature as a subhead instead of opening a new piece. A real headline (a
// brief's after a closing credit, a dated report's, one set apart by a blank line) still opens a piece.
import { pagesOf } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import type { Article } from '../../../src/document/types.js';

const segment = (text: string): Article[] => pagesOf('t.txt', Buffer.from(text), {}).flatMap((p) => segmentPage(p));
const paras = (a: Article): string[] => a.text.split('\n');
const subheads = (a: Article): string[] => (a.subheads ?? []).map((s) => a.text.slice(s.start, s.end));

describe('one paragraph a line: an unmarked subhead is a paragraph of its own', () => {
  const article = (sub: string): string =>
    `荒坡变成“花果山”\n记者 阮清扬\n春分前后，走进岚江县柏树镇石桥村，满山的桃花开得正艳，游客三三两两在林间拍照。\n${sub}\n石桥村成立绿源果品专业合作社，村民以土地入股，去年每户分红4600元，比前年多出一倍。\n“现在在家门口就能挣钱。”村民鲍玉珍说。\n`;
  test.each([['phrases apart', '荒坡种出好光景'], ['a space between two phrases', '产业旺 村民富'], ['quotes', '从“看花”到“吃果”'], ['digits', '3年种下8000棵']])('%s', (_name, sub) => {
    const [a] = segment(article(sub));
    expect(subheads(a!)).toEqual([sub]);
    expect(paras(a!)).toContain('石桥村成立绿源果品专业合作社，村民以土地入股，去年每户分红4600元，比前年多出一倍。');
  });

  test('over a short paragraph, where the text runs a paragraph a line', () => {
    const [a] = segment(`荒坡变成“花果山”\n记者 阮清扬\n春分前后，走进岚江县柏树镇石桥村，满山的桃花开得正艳，游客三三两两在林间拍照，村口的停车场停满了外地车辆。\n让荒坡长出好日子\n村党支部书记洪德军说，明年还将新种果树两百亩。\n`);
    expect(subheads(a!)).toEqual(['让荒坡长出好日子']);
    expect(paras(a!)).toContain('村党支部书记洪德军说，明年还将新种果树两百亩。');
  });

  test('a short line that ends no sentence above a line of prose wrapped at a column stays prose', () => {
    const [a] = segment(`荒坡变成“花果山”\n记者 阮清扬\n春分前后，走进岚江县柏树镇石桥村，满山的桃花开得正艳，游客三三两两在林间拍照。\n村里请来省林科院的专家\n指导果农修剪嫁接，去年每亩多收了一千多元，全村果园面积已经扩大到一千二百亩。\n`);
    expect(subheads(a!)).toEqual([]);
    expect(paras(a!).some((p) => p.includes('村里请来省林科院的专家指导果农修剪嫁接'))).toBe(true);
  });
});

// Wrapped at 18 characters as a column comes out of a PDF, with the page's running head.
const feature = [
  '2027年4月9日 星期五 第3版 乡村',
  '',
  '茶山上的“新农人”',
  '',
  '本报记者 韦思琪 通讯员 梁家豪',
  '',
  '　　谷雨前后，位于平乐县沙子镇的云雾茶',
  '园里，采茶工正在抢摘春茶。',
  '返乡创业当茶农',
  '　　2022年，在外打工多年的黎振宇回到',
  '村里，承包了荒废的茶园300亩。',
  '技术加持出好茶',
  '　　他请来县农业农村局的技术员，引进',
  '新品种，建成标准化加工厂一座，今年春',
  '茶产量达到12吨。',
].join('\n');

describe('wrapped at a column: an unmarked subhead stays in its feature', () => {
  test('the feature is one piece, its subheads set apart', () => {
    const pieces = segment(`${feature}\n`);
    expect(pieces.map((p) => p.title)).toEqual(['茶山上的“新农人”']);
    const a = pieces[0]!;
    expect(a.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(['本报记者 韦思琪', '通讯员 梁家豪']);
    expect(paras(a)).toEqual(expect.arrayContaining(['返乡创业当茶农', '技术加持出好茶']));
    expect(a.text).toContain('村里，承包了荒废的茶园300亩。'.slice(0, 4));
  });

  test('no indents, the sentence above filling its line: the subhead is still a paragraph of its own', () => {
    const page = ['2027年4月9日 星期五 第3版 乡村', '', '山里来了“直播间”', '', '记者 蒙晓丹', '', '清明过后，大塘镇的竹笋陆续上市，农户', '们忙着挖笋、剥壳、装箱，山路上车来车往。', '直播带货销路广', '镇里请来电商公司开设培训班，手把手教', '农户拍视频、开直播，半个月卖出竹笋9吨。'].join('\n');
    const [a, ...rest] = segment(`${page}\n`);
    expect([a!.title, rest.length]).toEqual(['山里来了“直播间”', 0]);
    expect(paras(a!)).toContain('直播带货销路广');
    expect(paras(a!).some((p) => p.startsWith('镇里请来电商公司开设培训班'))).toBe(true);
  });

  test('a headline set apart by a blank line after the feature still opens a piece', () => {
    const pieces = segment(`${feature}\n\n沙子镇开展森林防火宣传\n　　本报讯 4月7日，沙子镇组织志愿者\n走进12个村开展森林防火宣传。\n`);
    expect(pieces.map((p) => p.title)).toEqual(['茶山上的“新农人”', '沙子镇开展森林防火宣传']);
  });

  test('a dated report keeps its own headline: the run of prose has no byline under a headline', () => {
    const page = ['2027年4月9日 星期五 第3版 乡村', '', '沙子镇开展森林防火宣传', '　　本报讯 4月7日，沙子镇组织志愿者', '走进12个村宣传防火。', '平乐县新增两条公交线路', '　　县交通运输局近日开通城区至二塘镇', '的公交线路，沿线群众出行更方便。'].join('\n');
    const pieces = segment(`${page}\n`);
    expect(pieces.map((p) => p.title)).toEqual(['沙子镇开展森林防火宣传', '平乐县新增两条公交线路']);
  });

  test('a brief with no byline under its headline keeps the next headline', () => {
    const page = ['2027年4月9日 星期五 第3版 乡村', '', '二塘镇举办插秧比赛', '　　4月6日，二塘镇在田心村举办插秧比', '赛，36支队伍参赛。', '沙子镇新建村级服务站', '　　沙子镇今年新建村级综合服务站5个，', '群众办事不出村。'].join('\n');
    const pieces = segment(`${page}\n`);
    expect(pieces.map((p) => p.title)).toEqual(['二塘镇举办插秧比赛', '沙子镇新建村级服务站']);
  });
});
