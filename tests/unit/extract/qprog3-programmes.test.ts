// Programmes found on national-paper county reports written for the third programmes round (qprog3): a county's
// mechanism named in quotes by its own ending (“某某链长制”, “首问负责制”) and a service for firms called a clinic
// (“某某企业诊所”). Sentences written for these tests (names, places and figures invented).
import { extractText, loadExtractResources, type ExtractResources } from '../../../src/extract/index.js';

let hybrid: ExtractResources | undefined;
const mentions = (text: string) => {
  hybrid ??= loadExtractResources({ homeAreas: [], engine: 'hybrid' });
  return extractText(text, hybrid).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule, canonical: c.attrs.canonical }));
};
const programmes = (text: string) => mentions(text).filter((m) => m.label === 'Programme');

describe('a mechanism or a service named in quotes by its own ending (prog.quoted-own-ending)', () => {
  test.each([
    ['a chain-leader system a bureau launched', '安福县工信局牵头推出“产业链长制”，由县领导担任链长。', '“产业链长制”', '产业链长制', 'Policy'],
    ['a forest-chief system tried in a town', '“林长制”率先在洋门乡推行。', '“林长制”', '林长制', 'Policy'],
    ['a first-contact responsibility system', '县政务服务中心实行“首问负责制”，群众办事少跑腿。', '“首问负责制”', '首问负责制', 'Policy'],
    ['a patent clinic', '高新区设立“专利诊所”，已服务企业58家。', '“专利诊所”', '专利诊所', 'Platform'],
  ])('%s', (_case, sentence, text, canonical, kind) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, canonical, kind, rule: 'prog.quoted-own-ending' }));
  });

  // (Merged with qout9, whose programme types name 企业诊所 after a quoted name: the same reading by that type's rule.)
  test('a clinic for firms', () => {
    const found = programmes('县市场监管局开设“民营企业诊所”，为企业问诊把脉。').filter((m) => m.text === '“民营企业诊所”');
    expect(found.map((m) => [m.canonical, m.kind])).toEqual([['民营企业诊所', 'Platform']]);
    expect(found[0]!.rule).toMatch(/^prog\.(?:quoted-own-ending|type\.qiye-zhensuo\.quoted-inside)$/u);
  });

  test.each([
    ['a word of 制 that is no system (股份制)', '村里的合作社完成了“股份制”改造。'],
    ['a system of two characters', '推行“双制”管理。'],
    ['a doctor\'s clinic in quotes', '他在镇上开了一家“仁和诊所”，给乡亲看病。'],
    ['quoted speech ending so', '他说：“我们就是要管好这个制”。'],
    ['a phrase with a comma inside', '推行“先看样、后定制”的办法。'],
  ])('no programme: %s', (_case, sentence) => {
    expect(programmes(sentence).filter((m) => m.rule === 'prog.quoted-own-ending')).toEqual([]);
  });
});
