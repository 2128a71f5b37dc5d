// Article nodes: every article becomes a node, with or without a printed headline.
import { graphOfPage } from '../../helpers/page-graph.js';

test('an article with no printed headline builds: no title property, named by its opening words', async () => {
  // A body and its byline only (a brief at the top of a page, its headline cut off by the extraction).
  const g = await graphOfPage('本报讯（记者 陆晓燕）5月10日，长安镇春季人才招聘会在人才服务中心举行，共吸引120家企业参会。\n');
  const articles = g.graph.nodes.filter((n) => n.labels[0] === 'Article');
  expect(articles).toHaveLength(1);
  expect(articles[0]!.properties.title).toBeUndefined();
  expect(articles[0]!.properties.name).toBe('本报讯（记者陆晓燕）5月10日，长安镇春');
  expect(g.facts).toContain('WROTE 陆晓燕 → 本报讯（记者陆晓燕）5月10日，长安镇春');
});

test('an English article names the same place nodes as a Chinese one (Pinghu → 平湖市)', async () => {
  const g = await graphOfPage('Pinghu firm wins award\n\nZhejiang Xinyi Electric Heating Machinery Co., Ltd., based in Pinghu, Jiaxing, won a provincial science award this year, its chairman John Smith said on Monday.\n');
  const article = g.graph.nodes.find((n) => n.labels[0] === 'Article')!;
  expect(article.properties.language).toBe('en');
  expect(g.node('平湖市')!.properties.key).toBe('place:330482');
  expect(g.facts).toEqual(expect.arrayContaining(['PART_OF 平湖市 → 嘉兴市']));
  expect(g.graph.relationships.some((r) => r.type === 'MENTIONS' && r.start === article.id && r.end === 'place:330482')).toBe(true);
});
