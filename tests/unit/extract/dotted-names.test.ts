// Names joined by a middle dot: a place or a firm printed as two names joined by · (某某·某某农创村, 某某·某某产业园,
// 某某·某某旅游集团) is one name, not its second half; a person's name joined by a dot stays a person's, and what
// follows it is not joined to it. Sentences written for these tests.
import { mentionsIn, namesOf } from '../../helpers/extract.js';
import { graphOfPage } from '../../helpers/page-graph.js';

describe('names joined by a dot', () => {
  test.each([
    ['“溪南”是溪南·青禾农创村的简称，由两村和一家企业共建。', 'Place', '溪南·青禾农创村'],
    ['溪南·青禾农创村今年吸引了20家企业入驻。', 'Place', '溪南·青禾农创村'],
    // The person's reading (梅岭·万达) would cut the name in two.
    ['“梅岭”是梅岭·万达共富村的简称。', 'Place', '梅岭·万达共富村'],
    ['景区由溪口·雪窦山旅游集团运营。', 'Organization', '溪口·雪窦山旅游集团'],
  ])('%s → %s %s', (sentence, label, name) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label, text: name, rule: 'name.dot-joined' })]));
    expect(namesOf(sentence, 'Person')).toEqual([]);
  });

  test('a place printed before the first half says where the name is and is not part of it', () => {
    const found = mentionsIn('走进湖州南太湖·云栖数字产业园，机器人正在分拣包裹。');
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Place', text: '湖州' }), expect.objectContaining({ label: 'Place', text: '南太湖·云栖数字产业园' })]));
  });

  test('a person\'s name joined by a dot is not joined to a place after it', () => {
    expect(namesOf('今年31岁的米哈伊·波帕家住康斯坦察县的一个村庄。', 'Person')).toEqual(['米哈伊·波帕']);
    expect(mentionsIn('今年31岁的米哈伊·波帕家住康斯坦察县的一个村庄。').filter((m) => m.rule === 'name.dot-joined')).toEqual([]);
  });

  test('a column\'s tag joined by a dot names nothing', () => {
    expect(mentionsIn('延伸链条，老区长出新产业（经济观察·小城故事）').filter((m) => m.text.includes('·'))).toEqual([]);
  });

  test('the whole name is the place in the graph (the default engine)', async () => {
    const g = await graphOfPage('农创新村\n\n“溪南”是溪南·青禾农创村的简称，由两村和一家企业共建。\n');
    expect(g.node('溪南·青禾农创村')?.labels[0]).toBe('Place');
    expect(g.node('青禾农创村')).toBeUndefined();
  });
});
