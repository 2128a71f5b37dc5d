// Relations of kinds noticed and left alone by earlier rounds, seventh round (qfix7): an expert's post at a body
// printed with 的 and a department, a town-level body after a verb that names a far town, a village whose name opens
// with a direction character under its town. Sentences written for these tests (names and figures invented; the
// counties are the gazetteer's).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const graphIn = (homeCity: string, ...paragraphs: string[]) => graphOfPage(page('地方新闻', ...paragraphs), { homeCity });

describe('a body, 的, a department and an expert (posts: 专家 ends a post; rel.works-for.title-de)', () => {
  test.each([
    ['心内科专家', '本报讯 县人民医院的心内科专家陈思远每月到乡镇坐诊。', 'WORKS_FOR 陈思远 → 庆元县人民医院'],
    ['农业专家 at an institute', '本报讯 县农业科学研究所的食用菌专家黄立新为菇农讲解栽培技术。', 'WORKS_FOR 黄立新 → 庆元县农业科学研究所'],
  ])('%s', async (_case, text, fact) => {
    const g = await graphIn('庆元县', text);
    expect(g.facts).toContain(fact);
  });
  test('a post an expert is given by a body (特聘专家) is no employment', async () => {
    const g = await graphIn('庆元县', '本报讯 县人民医院的特聘专家周明远每月来院坐诊一次。');
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 周明远'))).toEqual([]);
  });
});

describe('a town-level body after a verb that names a far town (org.place.not.verb-and-level)', () => {
  test('联合镇卫生院 after a pronoun: the body is not in a far 联合镇', async () => {
    const g = await graphIn('庆元县', '本报讯 县中医院的医生们来到荷地镇。他们还联合镇卫生院开展义诊，为群众测量血压。');
    expect(g.facts.filter((f) => f.includes('联合镇'))).toEqual([]);
  });
});

describe('a village whose name opens with a direction character, under its town (place.admin.village.direction)', () => {
  test('北桥头村 is part of the town printed before it', async () => {
    const g = await graphIn('庆元县', '本报讯 近日，在荷地镇北桥头村，村民们正忙着整修村道。');
    expect(g.facts).toContain('PART_OF 北桥头村 → 荷地镇');
    expect(g.facts.filter((f) => f.startsWith('PART_OF 桥头村'))).toEqual([]);
  });
});
