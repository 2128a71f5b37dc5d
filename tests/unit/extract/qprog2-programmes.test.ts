// Programmes found on articles written for the second programmes round (qprog2): a bank's or an insurer's product
// named in quotes by its ending, a list named by the words its quotes qualify, a list's scope and a word of time
// inside its name. Sentences written for these tests (names, places and figures invented).
import { extractText, loadExtractResources, type ExtractResources } from '../../../src/extract/index.js';

let hybrid: ExtractResources | undefined;
const mentions = (text: string) => {
  hybrid ??= loadExtractResources({ homeAreas: ['庆元县'], engine: 'hybrid' });
  return extractText(text, hybrid).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule, canonical: c.attrs.canonical }));
};
const programmes = (text: string) => mentions(text).filter((m) => m.label === 'Programme');

describe('a bank\'s or an insurer\'s product named in quotes by its ending (prog.financial-product)', () => {
  test.each([
    ['a loan a bank launched', '庆元县农村商业银行推出的“菇乡贷”深受菇农欢迎。', '“菇乡贷”', '菇乡贷'],
    ['firms that got loans through it', '已有136家企业通过“竹乡贷”获得贷款。', '“竹乡贷”', '竹乡贷'],
    ['an insurance for farmers', '推出的“茶园保”已为全县620户茶农提供风险保障。', '“茶园保”', '茶园保'],
    ['an insurance ending in 险', '“稻香险”今年理赔金额达到48万元。', '“稻香险”', '稻香险'],
  ])('%s', (_case, sentence, text, canonical) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, canonical, kind: 'Policy', rule: 'prog.financial-product' }));
  });

  test.each([
    ['a slogan with the ending twice (应贷尽贷)', '银行要做到“应贷尽贷”，加大放款力度。'],
    ['a slogan with the ending twice (应保尽保)', '要做到“应保尽保”，织密保障网。'],
    ['no word of lending or insuring in the sentence', '他笑着说，这就是村里的“放心贷”。'],
    ['a name of two characters', '银行推出了“惠贷”，放款很快。'],
    ['a quoted phrase not ending so', '银行推出的“金钥匙”让企业拿到了贷款。'],
  ])('no product: %s', (_case, sentence) => {
    expect(programmes(sentence).filter((m) => m.rule === 'prog.financial-product')).toEqual([]);
  });
});

describe('a list named by the words its quotes qualify (….quoted.list)', () => {
  test.each([
    ['a province before the quotes, after 入选了', '该公司今年入选了江西省“专精特新”中小企业名单。', '江西省“专精特新”中小企业名单'],
    ['after 入围, a cultivation list', '三家企业入围湖南省“湘字号”品牌企业培育名单。', '湖南省“湘字号”品牌企业培育名单'],
    ['no place before the quotes', '该公司入选“专精特新”企业名单。', '“专精特新”企业名单'],
  ])('%s', (_case, sentence, canonical) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ canonical, kind: 'Recognition' }));
  });

  test('a place heading the clause before the quotes is not the list\'s (浙江省“某某”企业名单昨日公布)', () => {
    expect(programmes('江西省“专精特新”企业名单昨日公布。').map((m) => m.canonical)).toEqual(['“专精特新”企业名单']);
  });

  test('the title the quotes name, with no list word, stays the quoted words (获评“专精特新”企业)', () => {
    expect(programmes('公司获评“专精特新”企业。').map((m) => m.canonical)).toEqual(['专精特新']);
  });

  test('a list of building what the quotes name (“某某”建设名单: a verbal noun alone between) keeps the quoted words', () => {
    expect(programmes('青田村入选省第二批“共富乡村”建设名单。').filter((m) => m.label === 'Programme').map((m) => m.canonical)).toEqual(['共富乡村']);
  });

  test('a campaign after the quotes keeps the quoted words as its name (“某某”活动)', () => {
    expect(programmes('县里开展了“洁净庭院”示范活动。').map((m) => m.canonical)).toEqual(['洁净庭院']);
  });
});

describe('a list\'s scope and a word of time inside its name', () => {
  test.each([
    ['a word of time after the scope (省级未来…名单)', '省农业农村厅公布了2024年度省级未来乡村示范村名单。', '省级未来乡村示范村名单'],
    ['a scope the growth stopped at (全国现代…名单)', '商务部公布了全国现代流通示范县名单。', '全国现代流通示范县名单'],
  ])('%s', (_case, sentence, canonical) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ canonical, kind: 'Recognition' }));
  });

  test('a word of time with no scope before it opens no name (今年未来…名单)', () => {
    const names = programmes('今年未来乡村示范村名单已经公布。').map((m) => m.text);
    expect(names.some((n) => n.startsWith('今年') || n.startsWith('未来'))).toBe(false);
  });
});

describe('words quoted as spoken and books are no programmes', () => {
  test.each([
    ['speech after a colon', '他笑着说：“这是个好项目”。'],
    ['speech holding 是 and a pronoun', '村民说，“这是咱们的好工程”。'],
    ['a book someone wrote (《…指南》一书)', '他写的《竹林养护指南》一书很畅销。'],
    ['a book after 编写的', '村支书编写的《乡村民宿管理办法》印了500册。'],
  ])('%s', (_case, sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });

  test.each([
    ['a document a bureau issued', '县农业农村局印发了《竹林养护指南》。', '《竹林养护指南》'],
    ['a project named inside quotes, not spoken', '他介绍，“千村美化工程”让村庄变了样。', '“千村美化工程”'],
  ])('still read: %s', (_case, sentence, text) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text }));
  });
});

describe('a fair\'s name past a verb inside it, where an edition or a place opens it', () => {
  test.each([
    ['an edition and a bracketed place (第N届中国（某地）…创意产业博览会)', '第十八届中国（成都）国际文化创意产业博览会在成都举行。', '第十八届中国（成都）国际文化创意产业博览会'],
    ['a place and nouns after it', '中国（成都）国际文化创意产业博览会今天开幕。', '中国（成都）国际文化创意产业博览会'],
  ])('%s', (_case, sentence, text) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, kind: 'TradeFair' }));
  });

  test('a firm and a verb before the fair: no growth past them (某公司参加中国国际|进口|博览会)', () => {
    const names = programmes('南充市商务局组织四川蓬安茶业有限公司参加中国国际进口博览会。').map((m) => m.text);
    expect(names.some((n) => n.includes('公司') || n.includes('参加'))).toBe(false);
  });

  test('a place, then a verb: the place is the subject (成都举办…博览会)', () => {
    expect(programmes('成都举办产业博览会。').map((m) => m.text)).toEqual(['产业博览会']);
  });
});
