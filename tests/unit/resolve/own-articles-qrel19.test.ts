// Relations read from kinds of news written for this round (qrel19): a post addressed by another person's verb
// (某某询问公司负责人某某), a 民宿's 主理人, a firm at a side or the entrance of the village in view, a city read from a
// firm's name giving way to the finer place the text sets, and a place-level cadre at a firm the sentence is set at.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
/** A national paper's article (no home city). */
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), {})).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} ${name} →`)).map((f) => f.slice(f.indexOf('→ ') + 2));

describe('a post after a verb of addressing it, the first person\'s verb (rel.works-for.addressed)', () => {
  test.each([
    ['叮嘱公司负责人某某', '在湖南湘乡宏远机械有限公司的装配车间，刘洪亮叮嘱公司负责人陈志刚抓好安全生产。'],
    ['看望合作社理事长某某', '在江西省德兴市绿源茶叶专业合作社，吴少华看望合作社理事长陈志刚。'],
  ])('%s: the second person holds the post at the body in view', async (_case, text) => {
    const facts = await factsOf(text);
    expect(about(facts, 'WORKS_FOR', '陈志刚').length).toBe(1);
    expect(about(facts, 'WORKS_FOR', '陈志刚')[0]).toMatch(/宏远机械有限公司|绿源茶叶专业合作社/u);
  });

  test('the person addressing holds nothing there; a town cadre is no employee of the firm the sentence is set at', async () => {
    const facts = await factsOf('在湖南湘乡宏远机械有限公司的装配车间，镇干部刘洪亮叮嘱公司负责人陈志刚抓好安全生产。');
    expect(about(facts, 'WORKS_FOR', '刘洪亮')).toEqual([]);
    expect(about(facts, 'WORKS_FOR', '陈志刚')).toEqual(['湖南湘乡宏远机械有限公司']);
  });

  test('an employee printed with a post of the firm\'s own, in the same frame, still works there', async () => {
    const facts = await factsOf('在湖南湘乡宏远机械有限公司，技术员刘洪亮正在调试设备。');
    expect(about(facts, 'WORKS_FOR', '刘洪亮')).toEqual(['湖南湘乡宏远机械有限公司']);
  });

  test('a verb of addressing and a person with no post of a body: nothing', async () => {
    const facts = await factsOf('宏远机械有限公司今年扩建了厂房。刘洪亮询问记者陈志刚，项目何时完工。');
    expect(about(facts, 'WORKS_FOR', '陈志刚')).toEqual([]);
    expect(about(facts, 'WORKS_FOR', '刘洪亮')).toEqual([]);
  });
});

describe('主理人 is a post (a guesthouse\'s or studio\'s keeper)', () => {
  test('某某民宿综合体主理人某某', async () => {
    const facts = await factsOf('清溪民宿综合体主理人王立新说，今年客房全满。');
    expect(about(facts, 'WORKS_FOR', '王立新')).toEqual(['清溪民宿综合体']);
  });

  test('某某是村西头某某的主理人: the body after a side of the village, and the village in view its place', async () => {
    const facts = await factsOf('湖北省宜昌市秭归县茅坪镇王家冲村依山傍水。返乡创业的大学生王立新是村西头云栖民宿综合体的主理人，旺季一房难求。');
    expect(about(facts, 'WORKS_FOR', '王立新')).toEqual(['云栖民宿综合体']);
    expect(about(facts, 'LOCATED_IN', '云栖民宿综合体')).toEqual(['王家冲村']);
  });
});

describe('a firm at a side or the entrance of the village in view is in it (rel.located-in.area-side-in-view)', () => {
  test('村口的某某合作社', async () => {
    const facts = await factsOf('湖北省宜昌市秭归县茅坪镇王家冲村风景秀丽。村口的清溪农家乐合作社今年客房全满。');
    expect(about(facts, 'LOCATED_IN', '清溪农家乐合作社')).toEqual(['王家冲村']);
  });

  test('no village in view: nothing', async () => {
    const none = await factsOf('村口的清溪农家乐合作社今年客房全满。');
    expect(about(none, 'LOCATED_IN', '清溪农家乐合作社')).toEqual([]);
  });

  test('two villages named: the side word is the latest one\'s', async () => {
    const facts = await factsOf('茅坪镇王家冲村与邻近的杨林桥村结成帮扶对子。杨林桥村山清水秀，村口的清溪农家乐合作社今年客房全满。');
    expect(about(facts, 'LOCATED_IN', '清溪农家乐合作社')).toEqual(['杨林桥村']);
  });
});

describe('a city read from a firm\'s name gives way to a finer place of that city the text sets (rel.located-in.name-place.finer-city)', () => {
  test('某某（湖州）有限公司 in a county of 湖州: the county, not the city', async () => {
    const facts = await factsOf('在浙江省湖州市长兴县，华拓精工（湖州）有限公司今年新建了两座厂房。');
    const places = about(facts, 'LOCATED_IN', '华拓精工（湖州）有限公司');
    expect(places).toContain('长兴县');
    expect(places).not.toContain('湖州市');
  });

  test('a county of another city: the name\'s city stays', async () => {
    const facts = await factsOf('在浙江省嘉兴市海盐县，华拓精工（湖州）有限公司今年新建了两座厂房。');
    expect(about(facts, 'LOCATED_IN', '华拓精工（湖州）有限公司')).toContain('湖州市');
  });

  test('no finer place: the name\'s city stays', async () => {
    const facts = await factsOf('华拓精工（湖州）有限公司今年新建了两座厂房。');
    expect(about(facts, 'LOCATED_IN', '华拓精工（湖州）有限公司')).toEqual(['湖州市']);
  });
});

describe('a roundup\'s section heading, a line of places alone, sets the section\'s scene (rel.located-in.scene-set.section-heading)', () => {
  const intro = '近年来，各地立足资源禀赋，发展特色产业，群众增收致富的路子越走越宽。';
  // (Paragraphs apart by a blank line, as an article's text gives them: a line of places alone is then a line of its own.)
  const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(`地方新闻\n\n${paragraphs.join('\n\n')}\n`, {})).facts;

  test('a county heading, then a quoted speaker\'s firm and a firm heading a sentence: in the county', async () => {
    const facts = await factsOf(intro, '湖南古丈县', '“过去茶叶卖不上价，现在不一样了。”湖南云雾茶业有限公司总经理田志远介绍。', '湖南溪州茶业有限公司今年新建了加工车间。');
    expect(about(facts, 'LOCATED_IN', '湖南云雾茶业有限公司')).toEqual(['古丈县']);
    expect(about(facts, 'LOCATED_IN', '湖南溪州茶业有限公司')).toEqual(['古丈县']);
  });

  test('a city heading: the section\'s firms are in the city; the next heading\'s section is its own', async () => {
    const facts = await factsOf(intro, '湖南古丈县', '湖南溪州茶业有限公司今年新建了加工车间。', '江西赣州', '“今年订单翻了一番。”江西赣南果业有限公司总经理刘明辉说。');
    expect(about(facts, 'LOCATED_IN', '湖南溪州茶业有限公司')).toEqual(['古丈县']);
    expect(about(facts, 'LOCATED_IN', '江西赣南果业有限公司')).toEqual(['赣州市']);
  });

  test('a firm whose name places it in another province is not the section\'s', async () => {
    const facts = await factsOf(intro, '江西赣州', '“今年订单翻了一番。”湖南湘橙果业有限公司总经理刘明辉说。');
    expect(about(facts, 'LOCATED_IN', '湖南湘橙果业有限公司')).not.toContain('赣州市');
  });

  test('a place closing a sentence, or a province alone on its line, sets no section', async () => {
    const inline = await factsOf(intro, '记者来到了江西赣州。', '江西赣南果业有限公司今年新建了冷库。');
    expect(about(inline, 'LOCATED_IN', '江西赣南果业有限公司')).not.toContain('赣州市');
    const province = await factsOf(intro, '江西', '江西赣南果业有限公司今年新建了冷库。');
    expect(about(province, 'LOCATED_IN', '江西赣南果业有限公司')).toEqual([]);
  });
});

describe('a sentence heading a clause with 该公司 points at the latest company named before it (in-view.pointer-sentence)', () => {
  const opening = ['湘味小吃集团有限公司今年门店增加到500家。', '宁乡市把智能装备作为重点产业来培育，引进了湘中智能装备研究院有限公司等一批研发机构。'];

  test('公司董事长 after it: the company the pointer stands for, not the subject of a sentence further back', async () => {
    const facts = await factsOf(...opening, '在展示厅里，一台台样机整齐排列。去年底，该公司设计的五轴加工中心通过了省级鉴定。', '“我们的订单已经排到明年。”公司董事长王立新表示，企业今年还将新增两条生产线。');
    expect(about(facts, 'WORKS_FOR', '王立新')).toEqual(['湘中智能装备研究院有限公司']);
  });

  test('a pointer sentence whose subject is a company named in it: that company', async () => {
    const facts = await factsOf(...opening, '今年3月，湘味小吃集团有限公司研发的新品上市。该公司还开了20家新店。', '“新品卖得很好。”公司董事长王立新表示。');
    expect(about(facts, 'WORKS_FOR', '王立新')).toEqual(['湘味小吃集团有限公司']);
  });
});

describe('a deputy head\'s post names its body by the kind word after 副 (rel.works-for.deputy-head-in-view)', () => {
  test('在位于某区的某煤矿控制室里，…。“……”副矿长某某介绍: the mine the sentence was set at, not one named further back', async () => {
    const facts = await factsOf('凌晨两点，湘南能源黄沙煤矿井下的采煤机仍在轰鸣。', '在位于湖南省郴州市北湖区华塘镇的湘南能源白沙煤矿控制室里，值班员紧盯着各工作面的监控画面。“过去挖煤靠人力，现在靠智能。”副矿长李建军介绍。');
    expect(about(facts, 'WORKS_FOR', '李建军')).toEqual(['湘南能源白沙煤矿']);
  });

  test('副厂长 after a works was named', async () => {
    const facts = await factsOf('湘南机械厂今年扩建了车间。“订单排到了明年。”副厂长李建军说。');
    expect(about(facts, 'WORKS_FOR', '李建军')).toEqual(['湘南机械厂']);
  });

  test('a deputy of a place (副县长) or of a kind no body in view has: not the mine', async () => {
    const county = await factsOf('在湘南能源白沙煤矿控制室里，值班员紧盯着监控画面。“安全生产是底线。”副县长李建军说。');
    expect(about(county, 'WORKS_FOR', '李建军')).not.toContain('湘南能源白沙煤矿');
    const works = await factsOf('在湘南能源白沙煤矿控制室里，值班员紧盯着监控画面。“设备运行平稳。”副厂长李建军说。');
    expect(about(works, 'WORKS_FOR', '李建军')).toEqual([]);
  });
});
