// A PDF that nobody here typeset by hand: an HTML page set in CSS columns and printed to PDF by headless Chromium,
// whose fonts map many ideographs to Kangxi and CJK radical code points (长 comes out of the text layer as ⻓,
// 大 as ⼤). The layout reader folds them back and reads the article whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { readPdfItems } from '../../src/layout/pdf.js';
import { segmentPage } from '../../src/segment/index.js';
import { launchChromium } from './chromium.js';

const PARAGRAPHS = [
  '本报讯 历时八个月的长江大桥维修工程日前全面完工，大桥恢复双向六车道通行。工程共更换伸缩缝十二道，修补桥面一万二千平方米。',
  '据介绍，维修期间施工单位采用分幅施工方式，尽量减少对市民出行的影响。监测数据显示，大桥各项指标均符合设计要求。',
  '市民王大妈说，以前走大桥总觉得颠簸，现在平整多了，开车的人都说好。交通部门提醒，大桥夜间仍有零星养护作业，请过往车辆注意避让。',
  '下一步，市里还将对城区其余五座桥梁开展体检，发现问题及时处理，确保桥梁安全运行。',
];

test('a Chromium-printed page in three CSS columns: radicals folded, title, byline and paragraphs in order', async () => {
  const browser = await launchChromium();
  let pdf: Buffer;
  try {
    await browser.page.setContent(`<html><head><meta charset="utf-8"><style>
      body { font-family: "Noto Serif CJK SC"; font-size: 9pt; margin: 20px; width: 560px }
      h1 { font-family: "Noto Sans CJK SC"; font-size: 22pt; text-align: center; margin: 0 0 8px }
      .cols { column-count: 3; column-gap: 14px; text-align: justify }
      p { margin: 0; text-indent: 2em; line-height: 1.5 }
    </style></head><body><h1>长江大桥维修工程全面完工</h1><div>记者 马长风 通讯员 黄大力</div>
    <div class="cols">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
    pdf = await browser.page.pdf({ width: '600px', height: '500px' });
  } finally {
    await browser.close();
  }
  const file = join(mkdtempSync(join(tmpdir(), 'kg-chromium-pdf-')), 'bridge.pdf');
  writeFileSync(file, pdf);

  // The text layer itself holds radical code points…
  const raw = (await readPdfItems(pdf, file)).pages.flatMap((p) => p.items.map((i) => i.str)).join('');
  expect(raw).toMatch(/[\u2e80-\u2fdf]/u);
  // …which the article read from the page does not.
  const { pages } = await ingest([file]);
  const [a, ...rest] = pages.flatMap((p) => segmentPage(p));
  expect(rest).toEqual([]);
  expect(a!.text).not.toMatch(/[\u2e80-\u2fdf]/u);
  expect(a!.title).toBe('长江大桥维修工程全面完工');
  expect(a!.bylines.map((b) => `${b.role}:${b.name}`)).toEqual(['记者:马长风', '通讯员:黄大力']);
  expect(a!.paragraphs.map((p) => a!.text.slice(p.start, p.end))).toEqual(PARAGRAPHS.map((p) => p.replace(' ', '')));
});
