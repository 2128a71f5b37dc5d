// Organisations whose names open with what looks like a place's short form: a brand (某某云公司 with one character
// before the legal form) or a bare kind word (某某分院) says nothing of where the body is; the place's full name, a
// registered name (the place, a trade name, a legal form or a body's ending), the paper's own area or the article
// naming the place does. Sentences written for these tests; the page's home city is 平湖市 (嘉兴, 浙江).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const locatedIn = (facts: string[], body: string): string[] => [...new Set(facts.filter((f) => f.startsWith(`LOCATED_IN ${body} → `)))];

describe('a short form of a far place opening a name', () => {
  test('before one character and a legal form, is a brand: the firm is in no place, and the place is no node', async () => {
    const g = await graphOfPage(page('数字赋能', '华远科技与昭通云公司合作，开发物流“智能大脑”。'));
    expect(g.node('昭通云公司')?.labels[0]).toBe('Organization');
    expect(locatedIn(g.facts, '昭通云公司')).toEqual([]);
    expect(g.node('昭通市')).toBeUndefined();
  });

  test('before a bare word of kind, says nothing of where the body is', async () => {
    const g = await graphOfPage(page('科创平台', '作为国家级专精特新企业，海东分院累计承担12项科研任务。'));
    expect(locatedIn(g.facts, '海东分院')).toEqual([]);
    expect(g.node('海东市')).toBeUndefined();
  });

  test('before a trade name and a legal form, is where the firm is registered', async () => {
    const g = await graphOfPage(page('高原农业', '林芝雪域农牧科技有限公司今年产值增长两成。'));
    expect(locatedIn(g.facts, '林芝雪域农牧科技有限公司')).toEqual(['LOCATED_IN 林芝雪域农牧科技有限公司 → 林芝市']);
  });

  test('before a name and a body\'s ending, is where the body is', async () => {
    const g = await graphOfPage(page('科技下乡', '昭通农业职业技术学院派出专家团驻村指导。'));
    expect(locatedIn(g.facts, '昭通农业职业技术学院')).toEqual(['LOCATED_IN 昭通农业职业技术学院 → 昭通市']);
  });

  test('when the article names the place, is that place', async () => {
    const g = await graphOfPage(page('数字赋能', '云南昭通市大力发展数字经济。华远科技与昭通云公司合作，开发物流“智能大脑”。'));
    expect(locatedIn(g.facts, '昭通云公司')).toEqual(['LOCATED_IN 昭通云公司 → 昭通市']);
  });
});

test('a short form of a place in the paper\'s own area opening a name is that place', async () => {
  const g = await graphOfPage(page('数字赋能', '华远科技与嘉兴云公司合作，开发物流“智能大脑”。'));
  expect(locatedIn(g.facts, '嘉兴云公司')).toEqual(['LOCATED_IN 嘉兴云公司 → 嘉兴市']);
});
