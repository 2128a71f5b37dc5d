// qfix8 (src/resolve/scene.ts, relation-cues.json located.sceneOpenerTimeWords): a reporter's visit with a word of
// time between 记者 and the opener (记者日前来到某镇某村，…) sets the scene as 记者来到… does.
// A park pointed back at (入驻该产业园, 入驻该园的某公司) is the park named before (rel.located-in.park-word.pointer).
// 该行 / 本行 point back to the bank named before, and a quoted programme name closed before a figure (发放“某某贷”3.2亿元)
// is a name, not a quotation: the clause still opens at its start (rel.reported.bureau-back).
// Sentences written for these tests (names, firms and figures invented); built as a national paper's article (no home city).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

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

const local = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(`地方新闻\n\n${paragraphs.join('\n')}\n`, { homeCity: '兰溪市' })).facts;

describe('a firm settling in a park pointed back at by 该 / 此 (rel.located-in.park-word.pointer)', () => {
  const park = '兰溪市游埠镇新材料产业园今年已集聚企业37家。';
  test.each([
    ['某公司入驻该产业园', [park, '今年3月，浙江恒锐塑业有限公司入驻该产业园，仅用4个月就实现投产。'], '浙江恒锐塑业有限公司'],
    ['入驻该园的某公司', [park, '入驻该园的浙江晟邦新材料有限公司今年新上一条生产线。'], '浙江晟邦新材料有限公司'],
    ['某公司去年落户此园区', [park, '浙江曜石光电有限公司去年落户此园区。'], '浙江曜石光电有限公司'],
  ])('%s', async (_case, paragraphs, firm) => {
    expect(placesOf(await local(...paragraphs), firm)).toEqual(['兰溪市游埠镇新材料产业园']);
  });

  test('with no park named before, 入驻该园的某公司 says nothing', async () => {
    expect(placesOf(await local('入驻该园的浙江晟邦新材料有限公司今年新上一条生产线。'), '浙江晟邦新材料有限公司')).toEqual([]);
  });
});

describe('该行 points back to the bank named before; a quoted programme name before the figure is no quotation (rel.reported.bureau-back, subject.quoted-name-not-said)', () => {
  const bankPage = (...paragraphs: string[]): string => `金融活水润乡村\n\n${paragraphs.join('\n')}\n`;
  test('a later paragraph: 截至8月底，该行已累计发放“某某贷”3.2亿元', async () => {
    const g = await graphOfPage(bankPage('今年以来，县农业农村局联合南漳农商银行推出多项惠农举措，该行创新推出“丰农贷”产品。', '截至8月底，该行已累计发放“丰农贷”3.2亿元，惠及农户1200户。'), { homeCity: '南漳县' });
    expect(reportedSubjects(g, '3.2亿元')).toEqual(['南漳农商银行']);
  });

  test('a variation: 本行 and a branch, the programme quoted in the same clause', async () => {
    const g = await graphOfPage(bankPage('农行南漳县支行行长王立新介绍，今年本行围绕春耕备耕加大投放。', '今年以来，本行已发放“春耕贷”8600万元。'), { homeCity: '南漳县' });
    expect(reportedSubjects(g, '8600万元')).toEqual(['农行南漳县支行']);
  });

  test('该行动 is no bank: the figure is not the bank\'s', async () => {
    const g = await graphOfPage(bankPage('县农业农村局联合南漳农商银行开展金融惠民行动。', '该行动开展以来，已发放贷款1.2亿元。'), { homeCity: '南漳县' });
    expect(reportedSubjects(g, '1.2亿元')).not.toContain('南漳农商银行');
  });
});

describe('a body naming a park pointed back at (命名该园为“…”) confers the title on the park named before (rel.received.named-as.park-pointer)', () => {
  const park = '兰溪市游埠镇新材料产业园今年已集聚企业37家。';
  test.each([
    ['命名该园为“…”', '3月，市经信局命名该园为“市级特色产业园区”。', '市级特色产业园区'],
    ['认定该产业园为…', '去年，省商务厅认定该产业园为省级外贸转型升级基地。', '省级外贸转型升级基地'],
  ])('%s', async (_case, sentence, title) => {
    const facts = await local(park, sentence);
    expect(facts.filter((f) => f.startsWith('RECEIVED ') && f.includes(title))).toEqual([`RECEIVED 兰溪市游埠镇新材料产业园 → ${title}`]);
  });

  test('no park named before: no one received it', async () => {
    const facts = await local('3月，市经信局命名该园为“市级特色产业园区”。');
    expect(facts.filter((f) => f.startsWith('RECEIVED '))).toEqual([]);
  });
});
