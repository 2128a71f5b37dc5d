// Bylines in the graph: each credited person WROTE the article in their role, and works for their own outlet —
// the paper the print line names for 本报记者, the outlet printed before the role for a reporter of another.
import { graphOfPage } from '../../helpers/page-graph.js';

test('reporters of two outlets and a photographer, as a crawl prints them', async () => {
  const g = await graphOfPage(
    [
      '菜篮子里的新变化',
      '本报记者  高  原  宋思远  新华网记者  范  琳《光明日报》（2022年11月03日第 09 版）',
      '',
      '清晨的蔬菜批发市场里，商户们正忙着装车。市场负责人介绍，今年日均交易量达到3000吨。',
      '',
      '图为商户在整理蔬菜。  秦  朗摄',
    ].join('\n'),
    {},
  );
  const article = g.graph.nodes.find((n) => n.labels[0] === 'Article')!;
  expect(article.properties).toMatchObject({ title: '菜篮子里的新变化', newspaper: '光明日报', date: '2022-11-03', dateSource: 'print-line', page: '9' });
  const wrote = g.facts.filter((f) => f.startsWith('WROTE')).sort();
  expect(wrote).toEqual(['WROTE 宋思远 → 菜篮子里的新变化', 'WROTE 秦朗 → 菜篮子里的新变化', 'WROTE 范琳 → 菜篮子里的新变化', 'WROTE 高原 → 菜篮子里的新变化']);
  expect(g.relation('WROTE', '秦朗', '菜篮子里的新变化')!.properties.role).toBe('摄影');
  expect(g.facts).toEqual(expect.arrayContaining(['WORKS_FOR 高原 → 光明日报', 'WORKS_FOR 宋思远 → 光明日报', 'WORKS_FOR 范琳 → 新华网']));
  expect(g.facts).not.toContain('WORKS_FOR 范琳 → 光明日报');
});

test('a contributor printed with a unit of their own wrote the article and does not work for the paper', async () => {
  const g = await graphOfPage(
    ['破获一起诈骗案', '本报记者 孔令华 通讯员 县公安局 叶思远《青溪日报》（2023年05月12日第 03 版）', '', '近日，县公安局成功破获一起电信网络诈骗案，抓获犯罪嫌疑人6名。'].join('\n'),
    {},
  );
  expect(g.facts).toEqual(expect.arrayContaining(['WROTE 叶思远 → 破获一起诈骗案', 'WROTE 孔令华 → 破获一起诈骗案', 'WORKS_FOR 孔令华 → 青溪日报']));
  expect(g.facts).not.toContain('WORKS_FOR 叶思远 → 青溪日报');
});
