// The layout model: its parameters and furniture rules load and validate, and its rule ids are unique across the
// layout's code and data and the segmenter's and ingest's rules, so every id an article records names one rule.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAYOUT_RULE } from '../../../src/layout/articles.js';
import { layoutPage } from '../../../src/layout/index.js';
import { loadLayoutModel } from '../../../src/layout/model.js';
import { PDF_PAGE_RULE } from '../../../src/ingest/pdf.js';
import { loadPageBreakModel } from '../../../src/ingest/pages.js';
import { RULE } from '../../../src/segment/rule-ids.js';
import { column, item, page } from './items.js';

const m = loadLayoutModel();
const layoutIds = [...Object.values(LAYOUT_RULE), m.jumpLine.id, m.staffCredit.id, m.mastheadText.id, m.mastheadTitle.id, m.pageNumber.id, m.sectionFlag.id, m.advert.id, m.caption.id, PDF_PAGE_RULE];

test('every grouping threshold is a number relative to the text it measures', () => {
  for (const [k, v] of Object.entries(m.params)) expect([k, typeof v, v > 0]).toEqual([k, 'number', true]);
  expect(m.params.headline).toBeGreaterThan(m.params.display);
  expect(m.params.gutter).toBeGreaterThanOrEqual(m.params.runGap);
});

test('layout rule ids are unique, also beside the segmenter\'s and ingest\'s', () => {
  const patterns = JSON.parse(readFileSync(fileURLToPath(new URL('../../../src/segment/model/patterns.json', import.meta.url)), 'utf8'));
  const breaks = loadPageBreakModel();
  const others = [...Object.values(RULE), ...patterns.bylineRoles.map((r: { id: string }) => r.id), patterns.trailingBylines.id, breaks.formFeedId, breaks.ruleLine.id, breaks.runningHead.id];
  expect(new Set(layoutIds).size).toBe(layoutIds.length);
  expect(layoutIds.filter((id) => others.includes(id))).toEqual([]);
});

test('the rules an article laid out from a page records are layout rules', () => {
  const laid = layoutPage(page([item('海塘加固完工', 10, 40, 16), ...column(['沿江海塘加固工', '程日前通过验收，全长', '六公里。'], 10, 64, { indents: [0] })], 200, 300), { offset: 0, line: 1 })!;
  const rules = laid.page.layout.articles.flatMap((a) => a.rules);
  expect(rules).toEqual(expect.arrayContaining([LAYOUT_RULE.article, LAYOUT_RULE.headline, LAYOUT_RULE.owner]));
  expect(rules.filter((r) => !layoutIds.includes(r))).toEqual([]);
});
