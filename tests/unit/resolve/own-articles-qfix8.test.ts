// qfix8 (src/resolve/scene.ts, relation-cues.json located.sceneOpenerTimeWords): a reporter's visit with a word of
// time between 记者 and the opener (记者日前来到某镇某村，…) sets the scene as 记者来到… does.
// Sentences written for these tests (names, firms and figures invented); built as a national paper's article (no home city).
import { graphOfPage } from '../../helpers/page-graph.js';

const national = async (title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(`${title}\n\n${paragraphs.join('\n')}\n`, {})).facts;
const placesOf = (facts: string[], name: string): string[] => facts.filter((f) => f.startsWith(`LOCATED_IN ${name} →`)).map((f) => f.slice(f.indexOf('→ ') + 2));

describe('a scene opener with a time word (rel.located-in.scene-set.opening.timed)', () => {
  test('记者日前来到 a county, the firm of its own clause is there', async () => {
    const facts = await national('香菇撑起富民产业', '记者日前来到河南省南阳市西峡县，河南宛丰菌业有限公司的冷库里堆满了干香菇。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual(['西峡县']);
  });

  test('近日走进 a county: the next paragraph\'s firm is there', async () => {
    const facts = await national('脐橙红了', '近日走进江西省赣州市寻乌县，漫山遍野的脐橙挂满枝头。', '江西赣橙食品有限公司利用次果生产果汁。');
    expect(placesOf(facts, '江西赣橙食品有限公司')).toEqual(['寻乌县']);
  });

  test('a time word without an opener verb sets nothing (记者日前在某县看到，…)', async () => {
    const facts = await national('香菇撑起富民产业', '记者日前在河南省南阳市西峡县看到，河南宛丰菌业有限公司的冷库里堆满了干香菇。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual([]);
  });
});
