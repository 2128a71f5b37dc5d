// Each grouping step of the layout reader on hand-placed items: glyphs, runs, the XY-cut, lines' text.
import { fold, loadRadicals, toGlyphs } from '../../../src/layout/glyphs.js';
import { lineText } from '../../../src/layout/lines.js';
import { loadLayoutModel } from '../../../src/layout/model.js';
import { bodySizeOf, toRuns } from '../../../src/layout/runs.js';
import { bodyLineGapOf, xyCut } from '../../../src/layout/xy-cut.js';
import type { Block } from '../../../src/layout/types.js';
import { column, item } from './items.js';

const p = loadLayoutModel().params;
const textOf = (b: Block): string => b.runs.map((r) => r.glyphs.map((g) => g.ch).join('')).join('|');

function blocksOf(items: ReturnType<typeof item>[], width = 600): Block[] {
  const { glyphs } = toGlyphs(items);
  const runs = toRuns(glyphs, p);
  const bodySize = bodySizeOf(glyphs);
  return xyCut(runs, { x0: 0, x1: width }, { bodySize, bodyLineGap: bodyLineGapOf(runs, bodySize) }, p);
}

describe('glyphs: text items → characters with boxes', () => {
  test('each character of an item gets its share of the item\'s width, letter-spacing spread evenly', () => {
    const { glyphs } = toGlyphs([item('东南西北', 100, 50, 10, 52)]);
    expect(glyphs.map((g) => g.ch).join('')).toBe('东南西北');
    expect(glyphs[0]!.x0).toBeCloseTo(100);
    expect(glyphs[1]!.x0).toBeCloseTo(113);
    expect(glyphs[3]!.x1).toBeCloseTo(149); // the last advance ends at 152; its glyph is one em wide
    expect(glyphs[0]!.y0).toBeCloseTo(50 - 8.8);
  });

  test('spaces are gaps, not glyphs: a space pdfjs wrote into a tight line takes no width', () => {
    // Four ideographs, three spaces, and only the width of the four: the spaces were written for nothing.
    const { glyphs } = toGlyphs([item('春 夏 秋 冬', 0, 20, 10, 40)]);
    expect(glyphs.map((g) => g.ch).join('')).toBe('春夏秋冬');
    expect(glyphs[1]!.x0 - glyphs[0]!.x1).toBeCloseTo(0);
  });

  test('radical code points are folded to the ideographs they print (⻓ → 长, ⼈ → 人); others stay', () => {
    const radicals = loadRadicals();
    expect(fold('⻓', radicals)).toBe('长');
    expect(fold('⼈', radicals)).toBe('人');
    expect(fold('⻛', radicals)).toBe('风');
    expect(fold('氵', radicals)).toBe('氵');
    expect(toGlyphs([item('⻓江⼤桥', 0, 20)]).glyphs.map((g) => g.ch).join('')).toBe('长江大桥');
  });

  test('rotated and vertical text is left out and counted', () => {
    const r = toGlyphs([item('正文', 0, 20), { ...item('竖排标题', 0, 40), skew: true }]);
    expect(r.glyphs.map((g) => g.ch).join('')).toBe('正文');
    expect(r.skipped).toBe(4);
  });
});

describe('runs: glyphs on a baseline', () => {
  test('a bold headline printed twice a hair apart keeps one copy', () => {
    const { glyphs } = toGlyphs([item('湖畔新城', 10, 60, 24), item('湖畔新城', 10.4, 60, 24)]);
    const runs = toRuns(glyphs, p);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.glyphs.map((g) => g.ch).join('')).toBe('湖畔新城');
  });

  test('two columns on one baseline are two runs; so are two sizes side by side', () => {
    const { glyphs } = toGlyphs([item('左栏正文一行', 0, 20), item('右栏正文一行', 66, 20), item('标题', 130, 20, 18)]);
    expect(toRuns(glyphs, p).map((r) => r.glyphs.map((g) => g.ch).join(''))).toEqual(['左栏正文一行', '右栏正文一行', '标题']);
  });

  test('a comma hung in the gutter does not join the line to the next column\'s', () => {
    // The left column ends at 54; its comma hangs at 54–63; the right column starts at 67.
    const { glyphs } = toGlyphs([item('左栏到此为止', 0, 20), item('，', 54, 20), item('右栏接着写', 67, 20)]);
    expect(toRuns(glyphs, p).map((r) => r.glyphs.map((g) => g.ch).join(''))).toEqual(['左栏到此为止，', '右栏接着写']);
  });

  test('the body size is the most common size by characters', () => {
    const { glyphs } = toGlyphs([item('大标题', 0, 30, 30), item('正文正文正文正文', 0, 60, 9), item('正文正文', 0, 74, 9)]);
    expect(bodySizeOf(glyphs)).toBe(9);
  });
});

describe('XY-cut: blocks in reading order', () => {
  const left = ['甲栏第一行文字', '甲栏第二行文字', '甲栏第三行文字'];
  const right = ['乙栏第一行文字', '乙栏第二行文字', '乙栏第三行文字'];

  test('columns whose lines share baselines are read column by column, not line by line', () => {
    const blocks = blocksOf([...column(left, 0, 100), ...column(right, 80, 100)]);
    expect(blocks.map(textOf)).toEqual([left.join('|'), right.join('|')]);
  });

  test('a headline across both columns is read first, then the columns', () => {
    const blocks = blocksOf([item('跨栏大标题', 20, 70, 24), ...column(left, 0, 100), ...column(right, 80, 100)]);
    expect(blocks.map(textOf)).toEqual(['跨栏大标题', left.join('|'), right.join('|')]);
    // The headline stands over the region it was cut from: both columns.
    expect(blocks[0]!.spanX1 - blocks[0]!.spanX0).toBeGreaterThan(140);
  });

  test('an L-shaped article: the leg column is read after the columns above the article under the L', () => {
    const top = ['上一', '上二'].map((s) => `${s}栏文字内容`);
    const items = [
      item('甲文标题', 40, 60, 20),
      ...column(['一栏上部文字', '一栏上部文字'], 0, 100),
      ...column(['二栏上部文字', '二栏上部文字'], 70, 100),
      ...column(['三栏从上到下', '三栏从上到下', '三栏从上到下', '三栏从上到下', '三栏从上到下', '三栏从上到下'], 140, 100),
      item('乙文标题', 10, 160, 16),
      ...column(top, 0, 180),
    ];
    const order = blocksOf(items, 210).map(textOf);
    expect(order[0]).toBe('甲文标题');
    expect(order.indexOf('乙文标题')).toBeLessThan(order.findIndex((t) => t.startsWith('三栏')));
    expect(order.findIndex((t) => t.startsWith('一栏'))).toBeLessThan(order.findIndex((t) => t.startsWith('二栏')));
  });

  test('hanging punctuation in the gutter does not hide the gutter', () => {
    const l = column(['左边一行写满了', '左边二行写满了', '左边三行写满了'], 0, 100);
    const hang = item('。', 63, 113.5);
    const blocks = blocksOf([...l, hang, ...column(right, 74, 100)]);
    expect(blocks.map(textOf)).toEqual(['左边一行写满了|左边二行写满了。|左边三行写满了', right.join('|')]);
  });

  test('a comma inside a loosely set line is no gutter', () => {
    // One line set loose, about 0.2 em between glyphs, a comma among them: one em of gap once the comma is left out.
    const blocks = blocksOf([item('共计12项，已完成', 0, 100, 9, 90)]);
    expect(blocks).toHaveLength(1);
  });
});

describe('line text', () => {
  test('a space where the gap is wider than letter-spacing, none between tightly set characters', () => {
    const { glyphs } = toGlyphs([item('记者', 0, 20), item('王晓东', 22, 20), item('通讯员', 52, 20), item('李青', 82, 20)]);
    expect(lineText(glyphs, p).text).toBe('记者 王晓东 通讯员 李青');
    const tight = toGlyphs([item('紧排的一行字', 0, 40)]).glyphs;
    expect(lineText(tight, p).text).toBe('紧排的一行字');
  });
});
