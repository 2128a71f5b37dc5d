// A PDF page's bylines, eleventh round (segm11), set by hand with text written for these tests: a byline of two lines
// set flush right under a short title, close under it, parted from it by the white beside the title
// (layout.byline-under-title), and a name broken over a byline's line end (para.byline-over-lines).
import type { Article, SourcePage } from '../../../src/document/types.js';
import { layoutPage } from '../../../src/layout/index.js';
import type { TextItem } from '../../../src/layout/types.js';
import { segmentPage } from '../../../src/segment/index.js';
import { norm, paragraphsOf } from '../../pdf-pages/score.js';
import { column, item } from './items.js';

function read(items: TextItem[]): Article[] {
  const laid = layoutPage({ pageNumber: 1, width: 600, height: 600, items }, { offset: 0, line: 1 })!;
  const page: SourcePage = { id: 'psegm11', source: 'hand.pdf', index: 0, text: laid.text, start: 0, end: laid.text.length, encoding: 'pdf', meta: laid.page.meta, warnings: [], layout: laid.page.layout };
  return segmentPage(page);
}
/** A line set flush right: its right edge at x1. */
const right = (s: string, x1: number, baseline: number, size: number): TextItem => {
  const it = item(s, 0, baseline, size);
  return { ...it, x: x1 - it.width };
};
const credits = (a: Article | undefined): string[] => (a ? a.bylines.map((b) => `${b.role} ${b.name}`) : []);

const TITLE = '柳溪村评出八户“文明庭院”';
const BODY = ['本报讯 近日，柳溪村开展“文明庭院”评比，经村民推荐、村', '委会评议，八户家庭获评。村里为获评家庭挂牌，并把评比结果', '纳入村规民约积分管理。'];
// (a column of briefs under a label beside the story, as a page sets them)
const BRIEFS = [item('一周快讯', 420, 40, 15), ...column(['■县图书馆新馆开馆，藏书三万', '册，周末照常开放。'], 420, 66, { size: 10, pitch: 15 }), ...column(['■柳溪镇举办安全培训，两百多', '名村民参加。'], 420, 106, { size: 10, pitch: 15 })];
const story = (bylines: TextItem[], top = 104): TextItem[] => [item(TITLE, 20, 40, 17), ...bylines, ...column(BODY, 20, top, { size: 10, pitch: 15, indents: [0] }), ...BRIEFS];

describe('a byline set flush right under a short title (layout.byline-under-title)', () => {
  test('its two lines are the story\'s bylines, not an untitled piece', () => {
    const articles = read(story([right('本报记者 贺远舟', 380, 53, 10), right('通讯员 包秋雨', 380, 67, 10)]));
    const a = articles.find((x) => x.title === TITLE);
    expect(credits(a)).toEqual(['本报记者 贺远舟', '通讯员 包秋雨']);
    expect(a!.rules).toContain('layout.byline-under-title');
    expect(paragraphsOf(a!).map(norm)).toEqual([norm(BODY.join(''))]);
    expect(articles.filter((x) => x.title === '' && x.text.includes('贺远舟'))).toHaveLength(0);
  });

  test('a byline at the top, flush left under the title, reads as before', () => {
    const a = read(story([item('本报记者 贺远舟  通讯员 包秋雨', 20, 66, 10)], 90)).find((x) => x.title === TITLE);
    expect(credits(a)).toEqual(['本报记者 贺远舟', '通讯员 包秋雨']);
    expect(a!.rules).not.toContain('layout.byline-under-title');
  });
});

describe('a name broken over a byline\'s line end (para.byline-over-lines)', () => {
  test('通讯员 欧阳 / 秋雨: one name, and no paragraph of the story', () => {
    const a = read(story([right('本报记者 贺远舟 通讯员 欧阳', 380, 53, 10), right('秋雨', 380, 67, 10)])).find((x) => x.title === TITLE);
    expect(credits(a)).toEqual(['本报记者 贺远舟', '通讯员 欧阳秋雨']);
    expect(paragraphsOf(a!).map(norm)).toEqual([norm(BODY.join(''))]);
  });

  test('a whole two-character name over another name alone is not joined to it', () => {
    const a = read(story([right('本报记者 贺远舟 通讯员 包秋', 380, 53, 10), right('李明', 380, 67, 10)])).find((x) => x.title === TITLE);
    expect(credits(a).slice(0, 2)).toEqual(['本报记者 贺远舟', '通讯员 包秋']);
    expect(credits(a)).not.toContain('通讯员 包秋李明');
  });
});
