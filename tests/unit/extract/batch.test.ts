// Extraction reads texts in batches (jieba segments a whole batch, then each recognizer runs over it): a text's
// mentions must be exactly those it gets on its own, and nothing may pass from one page or record to another.
import { buildContext, buildContexts } from '../../../src/extract/context.js';
import { extractArticles, extractText, extractTexts } from '../../../src/extract/index.js';
import { buildGraph } from '../../../src/pipeline.js';
import { batchBySize } from '../../../src/util/batches.js';
import { resources } from '../../helpers/extract.js';

describe('batchBySize', () => {
  test('closes a batch once its sizes reach the budget, never splitting an item', () => {
    expect(batchBySize(['ab', 'c', 'defg', 'h', 'ij'], (s) => s.length, 3)).toEqual([['ab', 'c'], ['defg'], ['h', 'ij']]);
  });
  test('a batch closes at its budget whatever the size of its last item; what is left is the last batch', () => {
    expect(batchBySize([1, 10, 1, 1], (n) => n, 5)).toEqual([[1, 10], [1, 1]]);
    expect(batchBySize([] as number[], (n) => n, 5)).toEqual([]);
    expect(batchBySize([0, 0, 0], (n) => n, 5)).toEqual([[0, 0, 0]]);
  });
});

const SENTENCES = [
  '平湖市新埭镇的浙江明远智能装备有限公司今年实现产值3.5亿元，同比增长18.2%。',
  '明远智能董事长张建国表示，公司将参加第二十三届中国国际电子展。',
  'John Smith visited Paris with Acme Corp.',
  '',
  '信易电热与盈智热管理科技（嘉兴）有限公司签约，总投资800万元至900万元。',
  '村里的网格长李秀英走访农户120户。',
];

test('contexts built as a batch are the contexts built one by one', () => {
  const res = resources();
  const batch = buildContexts(SENTENCES, res);
  SENTENCES.forEach((text, i) => {
    const alone = buildContext(text, res);
    expect(batch[i]!.tokens).toEqual(alone.tokens);
    expect([...batch[i]!.tokenAt]).toEqual([...alone.tokenAt]);
    expect(batch[i]!.sentences).toEqual(alone.sentences);
  });
});

test('texts extracted as a batch get exactly the mentions each gets alone', () => {
  const res = resources();
  const inputs = SENTENCES.map((text) => ({ text, language: /^[A-Za-z]/.test(text) ? ('en' as const) : ('zh' as const) }));
  const batch = extractTexts(inputs, res);
  inputs.forEach((x, i) => expect(batch[i]).toEqual(extractText(x.text, res, x.language)));
  // The short form 明远智能 is tied to its full name only where the full name is in the same text.
  const alias = (cands: ReturnType<typeof extractText>) => cands.filter((c) => c.attrs.aliasOf).map((c) => c.attrs.aliasOf);
  expect(alias(extractTexts([{ text: SENTENCES[0]! + SENTENCES[1]! }], res)[0]!)).toContain('浙江明远智能装备有限公司');
  expect(alias(batch[1]!)).toEqual([]);
});

test('pages extracted together get exactly the mentions each page gets alone', async () => {
  const built = await buildGraph({ inputs: ['seeds', 'tests/fixtures/pages'], defaults: { homeCity: '平湖市' } });
  const res = resources();
  const pages = new Map<string, typeof built.articles>();
  for (const a of built.articles) pages.set(a.pageId, [...(pages.get(a.pageId) ?? []), a]);
  expect(pages.size).toBeGreaterThan(5);
  // Every page's articles again under another page id, interleaved: page-level consistency must not cross.
  const copies = built.articles.map((a) => ({ ...a, id: `${a.id}.copy`, pageId: `${a.pageId}.copy` }));
  const together = extractArticles([...built.articles, ...copies], res);
  for (const articles of pages.values()) {
    const alone = extractArticles(articles, res);
    for (const a of articles) {
      expect(together.get(a.id)).toEqual(alone.get(a.id));
      expect(together.get(`${a.id}.copy`)!.map((m) => [m.start, m.end, m.label, m.rule])).toEqual(alone.get(a.id)!.map((m) => [m.start, m.end, m.label, m.rule]));
    }
  }
});
