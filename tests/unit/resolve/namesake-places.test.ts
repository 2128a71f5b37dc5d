// Namesake places: a township's name that several counties bear (冯庄乡 is in three provinces) is the one within
// what the article names — its county, else its city — wherever in the article it names it; with nothing named near
// any of them it is none of them, not the first far one. Sentences written for these tests; the page's home city
// is 平湖市, far from every namesake.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const partOf = (facts: string[], place: string): string[] => [...new Set(facts.filter((f) => f.startsWith(`PART_OF ${place} → `)))];

describe('a township named by a name several counties bear', () => {
  test('is the one in the county the article names before it', async () => {
    const g = await graphOfPage(page('山乡新貌', '宁夏彭阳县大力发展中药材产业。在冯庄乡，村民种起了黄芪和柴胡。'));
    expect(partOf(g.facts, '冯庄乡')).toEqual(['PART_OF 冯庄乡 → 彭阳县']);
    expect(g.node('通许县')).toBeUndefined();
  });

  test('is the one in the county the article names after it', async () => {
    const g = await graphOfPage(page('山乡新貌', '冯庄乡的村民种起了黄芪和柴胡，去年全乡药材收入超过两千万元。彭阳县农业农村局派出技术员驻村指导。'));
    expect(partOf(g.facts, '冯庄乡')).toEqual(['PART_OF 冯庄乡 → 彭阳县']);
  });

  test('is the one in the city the article names, when it names no county', async () => {
    const g = await graphOfPage(page('蔬菜基地', '广西桂林市推进蔬菜保供基地建设。二塘乡的大棚里，工人们正忙着采摘辣椒。'));
    expect(partOf(g.facts, '二塘乡')).toEqual(['PART_OF 二塘乡 → 象山区']);
  });

  test('with no place named near any of its namesakes, is tied to none of them', async () => {
    const g = await graphOfPage(page('蔬菜基地', '二塘乡的大棚里，工人们正忙着采摘辣椒，一天能发出30车蔬菜。'));
    expect(g.node('二塘乡')?.labels).toEqual(['Place', 'Town']);
    expect(g.facts.filter((f) => /进贤县|象山区|化隆回族自治县/.test(f))).toEqual([]);
  });

  test('an ethnic township named by its full name is that township when named again without its nationality', async () => {
    const g = await graphOfPage(page('乡村旅游', '河南平顶山市叶县马庄回族乡发展乡村旅游。今年马庄乡的农家乐接待游客3万人次。'));
    expect(partOf(g.facts, '马庄回族乡')).toEqual(['PART_OF 马庄回族乡 → 叶县']);
    expect(g.node('马庄回族乡')!.properties.aliases).toContain('马庄乡');
    expect(g.node('辛集市')).toBeUndefined();
  });
});
