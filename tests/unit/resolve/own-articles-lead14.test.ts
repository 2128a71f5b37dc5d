// Resolution on pages written for the sixth round of own articles (lead14): names, places and figures invented.
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (...paragraphs: string[]): string => `地方新闻\n\n${paragraphs.join('\n')}\n`;

describe("a district's organ on the page of a county-level city's paper", () => {
  test('区委 is the district in view, even after a park given as a title', async () => {
    const g = await graphOfPage(
      page('近年来，江门市蓬江区先后获评“中国柑橘之乡”、国家现代农业产业园。区委常委、副区长黎文锋表示，将继续做大柑橘产业。'),
      { homeCity: '寿光市' },
    );
    expect(g.facts).toContain('WORKS_FOR 黎文锋 → 蓬江区委');
    expect(g.facts.some((f) => f.includes('寿光市委'))).toBe(false);
  });
  test('with no district in view, 区委 is no other level of the home city', async () => {
    const g = await graphOfPage(page('区委常委、副区长黎文锋到企业调研。'), { homeCity: '寿光市' });
    expect(g.facts.some((f) => f.includes('寿光市'))).toBe(false);
  });
  test("on a district's own paper, 区委 with nothing in view is the paper's district", async () => {
    const g = await graphOfPage(page('区委常委、副区长黎文锋到企业调研。'), { homeCity: '南湖区' });
    expect(g.facts).toContain('WORKS_FOR 黎文锋 → 南湖区委');
  });
});

describe('a title a body was given is no body a kind word stands for', () => {
  test('园区 after 获评省级某某产业园 is not the title', async () => {
    const g = await graphOfPage(
      page('浦江县白马镇花卉创新园继去年获评省级现代农业产业园之后，又获得一项国家级荣誉。园区年繁育花卉种苗3.5亿株。'),
      { homeCity: '浦江县' },
    );
    expect(reportedSubjects(g, '3.5亿株')).toEqual(['浦江县白马镇花卉创新园']);
    expect(g.facts).toContain('RECEIVED 浦江县白马镇花卉创新园 → 省级现代农业产业园');
  });
});
