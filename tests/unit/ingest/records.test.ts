// Articles as JSONL: the format is told by name or content, each record is one article, bad lines fail with their
// line number, and every character of a record's text keeps its offset in the file — through JSON escapes — so
// the graph's source offsets point into the JSONL file itself.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holdsArticleRecords } from '../../../src/ingest/sniff.js';
import { pagesOf, sourceUnitIds } from '../../../src/ingest/index.js';
import { readRecords } from '../../../src/ingest/records.js';
import { buildGraph } from '../../../src/pipeline.js';
import { segmentPage } from '../../../src/segment/index.js';

const line = (o: object): string => JSON.stringify(o);
const RECORD = {
  id: 'wz-0412-03',
  title: '瓯江口新区引进智能制造项目（产业观察）',
  subtitle: '总投资12亿元，预计年产值30亿元',
  byline: '本报记者  潘  越  黄一鸣',
  date: '2023-04-12',
  newspaper: '东海商报',
  page: 6,
  text: '本报温州4月11日电  瓯江口新区与浙江恒锐智能科技有限公司签约，总投资12亿元的智能装备项目落户新区。\n\n公司董事长林海峰说，项目达产后年产值可达30亿元。',
};

describe('telling JSONL articles from page text', () => {
  const cases: Array<[string, string, string]> = [
    ['by extension', 'a.jsonl', 'anything'],
    ['by extension (ndjson)', 'a.NDJSON', 'anything'],
    ['by content: a JSON object with a text on the first line', 'a.txt', `\n${line({ text: '正文。' })}\n`],
  ];
  test.each(cases)('%s', (_what, name, text) => expect(holdsArticleRecords(name, text)).toBe(true));

  const pages: Array<[string, string]> = [
    ['page text', '平湖新闻\n\n本报讯 今天……'],
    ['a JSON object without text', line({ title: '标题' })],
    ['a brace that opens no JSON', '{编者按} 这是正文'],
  ];
  test.each(pages)('%s is page text', (_what, text) => expect(holdsArticleRecords('p.txt', text)).toBe(false));
});

describe('reading records', () => {
  test('each text field is mapped character by character to the file, escapes to their backslash', () => {
    const raw = '{"title":"引\\"号\\"标题","text":"张\\u4e09在\\n平湖😀。","n":[1,{"x":"}"}],"byline":"记者 李四"}';
    const { units, warnings } = readRecords(raw + '\n', 'f.jsonl');
    const r = units[0]!.record;
    expect(r.title!.text).toBe('引"号"标题');
    expect(r.text.text).toBe('张三在\n平湖😀。');
    // Literal characters map to themselves; an escape maps to its backslash.
    for (const t of [r.title!, r.text, r.byline!]) {
      for (let i = 0; i < t.length; i++) {
        const at = t.offsets[i]!;
        expect(raw[at] === t.text[i] || raw[at] === '\\').toBe(true);
      }
    }
    expect(raw.slice(r.text.offsets[1]!, r.text.offsets[1]! + 6)).toBe('\\u4e09');
    expect(raw.slice(r.byline!.offsets[3]!, r.byline!.offsets[4]! + 1)).toBe('李四');
    expect(warnings).toEqual(['f.jsonl: fields not read: n']);
  });

  test('metadata fields become the unit\'s own metadata; the id is kept', () => {
    const [u] = readRecords(line(RECORD), 'f.jsonl').units;
    expect(u!.meta).toEqual({ date: '2023-04-12', newspaper: '东海商报', page: '6' });
    expect(u!.record.id).toBe('wz-0412-03');
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', `${line({ text: '一。' })}\n{"text": 正文}`, /f\.jsonl: line 2: not valid JSON/],
    ['not an object', '["正文"]', /line 1: not a JSON object/],
    ['no text', line({ title: '只有标题' }), /line 1: text: the article body is missing/],
    ['an empty text', line({ text: '  ' }), /line 1: text: text must hold the article body/],
    ['a bad date', line({ text: '正文。', date: '2023/4/12' }), /line 1: date: date must be YYYY-MM-DD/],
  ];
  test.each(bad)('%s fails the file, naming the line', (_what, text, message) => {
    expect(() => readRecords(text, 'f.jsonl')).toThrow(message);
  });

  test('blank lines are skipped; a file of blank lines holds no record', () => {
    expect(readRecords(`\n${line({ text: '一。' })}\n\n${line({ text: '二。' })}\n`, 'f.jsonl').units.map((u) => u.line)).toEqual([2, 4]);
    expect(() => pagesOf('f.jsonl', Buffer.from('\n \n'), {})).toThrow(/no record|only whitespace/);
  });
});

describe('a record is one article', () => {
  const file = Buffer.from(`${line(RECORD)}\n${line({ title: '第二篇', byline: '沈  佳  吴立新', text: '短讯正文一段，写明事情的经过和结果。' })}\n`);
  const pages = pagesOf('news.jsonl', file, { newspaper: '边栏周刊', date: '2023-01-01' });
  const [a, b] = pages.flatMap((p) => segmentPage(p));

  test('units are articles with stable ids, one per record', () => {
    expect(pages.map((p) => [p.shape, p.startLine, p.rules])).toEqual([
      ['article', 1, ['input.jsonl-record']],
      ['article', 2, ['input.jsonl-record']],
    ]);
    expect(sourceUnitIds('news.jsonl', file.toString())).toEqual(pages.map((p) => p.id));
  });

  test('fields: title without its column tag, subtitle, bylines, dateline, and the record over the metadata', () => {
    expect({ title: a!.title, column: a!.column, subtitle: a!.subtitle, dateline: a!.dateline, recordId: a!.recordId }).toEqual({
      title: '瓯江口新区引进智能制造项目',
      column: '产业观察',
      subtitle: '总投资12亿元，预计年产值30亿元',
      dateline: '本报温州4月11日电',
      recordId: 'wz-0412-03',
    });
    expect(a!.bylines.map((x) => `${x.role} ${x.name}`)).toEqual(['本报记者 潘越', '本报记者 黄一鸣']);
    expect([a!.newspaper, a!.date, a!.dateSource, a!.page]).toEqual(['东海商报', '2023-04-12', 'record', '6']);
    expect([b!.newspaper, b!.date, b!.dateSource]).toEqual(['边栏周刊', '2023-01-01', 'metadata']);
    // A byline of names alone: they are the authors.
    expect(b!.bylines.map((x) => `${x.role} ${x.name}`)).toEqual(['作者 沈佳', '作者 吴立新']);
    expect(a!.paragraphs).toHaveLength(2);
  });

  test('every clean character maps to its character in the file', () => {
    const text = file.toString();
    for (const art of [a!, b!]) for (let i = 0; i < art.text.length; i++) if (art.text[i] !== '\n' && art.text[i] !== ' ') expect(text[art.offsets[i]!]).toBe(art.text[i]);
    for (const x of a!.bylines) expect(text.slice(x.start, x.end).replace(/\s/g, '')).toBe(x.name);
  });
});

describe('a record without headline fields', () => {
  test('carries its head in its text, read as a one-article file is', () => {
    const rec = { text: '湿地公园迎来候鸟（生态观察）\n本报记者  柯  宁\n\n入冬以来，三垟湿地迎来了成群的候鸟。\n\n管理处工作人员说，今年观测到的鸟类比去年多了12种。', byline: '2023年12月' };
    const [a] = pagesOf('r.jsonl', Buffer.from(line(rec)), {}).flatMap((p) => segmentPage(p));
    expect([a!.title, a!.column, a!.bylines.map((x) => x.name), a!.paragraphs.length]).toEqual(['湿地公园迎来候鸟', '生态观察', ['柯宁'], 2]);
    // A byline field that names nobody is not read, and says so.
    expect(a!.rules).toEqual(expect.arrayContaining(['record.head-in-text', 'record.byline-unread']));
  });
});

describe('JSONL through the whole build', () => {
  test('mentions point at the names in the file; an escaped name starts at its first escape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-jsonl-'));
    const plain = line({ title: '新区签约', text: '浙江恒锐智能科技有限公司董事长林海峰说，项目今年开工。' });
    // ensure_ascii-style JSON (Python's default): every Chinese character written as \uXXXX.
    const escaped = JSON.stringify({ title: '园区动态', text: '宁波明途电子有限公司总经理徐慧敏介绍，新厂房已封顶。' }).replace(/[\u4e00-\u9fff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    const path = join(dir, 'articles.jsonl');
    writeFileSync(path, `${plain}\n${escaped}\n`);
    const { graph, articles } = await buildGraph({ inputs: [path] });
    expect(articles.map((x) => x.title)).toEqual(['新区签约', '园区动态']);
    const raw = `${plain}\n${escaped}\n`;
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
    const byName = (name: string) => mentions.find((r) => graph.nodes.find((n) => n.id === r.end)!.properties.name === name)!;
    const lin = byName('林海峰');
    expect(raw.slice((lin.properties.sourceStarts as number[])[0], (lin.properties.sourceEnds as number[])[0])).toBe('林海峰');
    const xu = byName('徐慧敏');
    const start = (xu.properties.sourceStarts as number[])[0]!;
    expect(raw.slice(start, start + 18)).toBe('\\u5f90\\u6167\\u654f');
  });
});
