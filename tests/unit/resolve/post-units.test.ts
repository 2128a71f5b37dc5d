// A unit read as one name with its parent's short form (某某电子质检部 where the tagger took the unit whole): the
// post before a name is the parent's, with the unit in the role, when the article prints the parent's short form
// on its own. The reader is fed mentions placed by hand, as the page would resolve them.
import type { Article } from '../../../src/document/types.js';
import type { Sentence } from '../../../src/extract/context.js';
import type { Mention } from '../../../src/extract/mention.js';
import type { Gazetteer } from '../../../src/gazetteer/index.js';
import { SubjectsInView } from '../../../src/resolve/in-view.js';
import { PostReader } from '../../../src/resolve/posts.js';
import type { Pending } from '../../../src/resolve/references.js';
import { loadRelationCues } from '../../../src/resolve/relations.js';

/** The posts of the person named `person` in `text`, each as "holder (role)"; `orgs` are [printed name, entity name]. */
function postsOf(text: string, person: string, orgs: Array<[string, string]>): string[] {
  const article = { id: 'a1', text, paragraphs: [{ start: 0, end: text.length }] } as unknown as Article;
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length }];
  const mention = (surface: string, from: number, label: 'Organization' | 'Person'): Mention => {
    const start = text.indexOf(surface, from);
    return { id: `m${start}`, articleId: 'a1', text: surface, sentence: 0, sourceStart: start, sourceEnd: start + surface.length, label, start, end: start + surface.length, rule: 'test', confidence: 1, attrs: {} };
  };
  const pending: Pending[] = [];
  let from = 0;
  for (const [surface, name] of orgs) {
    const m = mention(surface, from, 'Organization');
    from = m.end;
    pending.push({ m, ref: { key: `org:${name}`, label: 'Organization', name, props: {} } });
  }
  const p = mention(person, 0, 'Person');
  pending.push({ m: p, ref: { key: `person:${person}`, label: 'Person', name: person, props: {} } });
  pending.sort((a, b) => a.m.start - b.m.start);
  const reader = new PostReader(article, pending, new SubjectsInView(article, sentences, pending), loadRelationCues().posts, undefined as unknown as Gazetteer, {});
  return reader.postsOf(pending.find((q) => q.m === p)!).map((post) => `${post.holder.ref.name} (${post.role})`);
}

describe('a unit read as one name with its parent\'s short form', () => {
  test.each([
    ['a department', '华星电子专做传感器。华星电子质检部部长周立群说。', [['华星电子', '宁波华星电子科技有限公司'], ['华星电子质检部', '华星电子质检部']], ['宁波华星电子科技有限公司 (质检部部长)']],
    ['a workshop', '青山仪表扩建了厂房。青山仪表装配车间主任王海说。', [['青山仪表', '宁夏青山仪表有限责任公司'], ['青山仪表装配车间', '青山仪表装配车间']], ['宁夏青山仪表有限责任公司 (装配车间主任)']],
  ] as Array<[string, string, Array<[string, string]>, string[]]>)('%s is its parent\'s', (_case, text, orgs, expected) => {
    expect(postsOf(text, text.includes('周立群') ? '周立群' : '王海', orgs)).toEqual(expected);
  });

  test.each([
    ['a body of its own (a service centre)', '华星电子专做传感器。华星电子产业服务中心主任周立群说。', [['华星电子', '宁波华星电子科技有限公司'], ['华星电子产业服务中心', '华星电子产业服务中心']], ['华星电子产业服务中心 (主任)']],
    ['the parent\'s short form never printed on its own', '华星电子质检部部长周立群说。', [['华星电子质检部', '华星电子质检部']], ['华星电子质检部 (部长)']],
    ['another company named after the same trade name', '华星电子专做传感器。华星电子销售公司经理周立群说。', [['华星电子', '宁波华星电子科技有限公司'], ['华星电子销售公司', '华星电子销售公司']], ['华星电子销售公司 (经理)']],
  ] as Array<[string, string, Array<[string, string]>, string[]]>)('not %s', (_case, text, orgs, expected) => {
    expect(postsOf(text, '周立群', orgs)).toEqual(expected);
  });
});
