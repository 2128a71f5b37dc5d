// Figures read from kinds of county news written for this round (qout8): towns compared in a table-like paragraph,
// a digital-upgrade platform's year, a breeding base built by a firm, a national list's new batch, a year-end review.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '泗阳县' }), figure);

describe('a table-like list of places after a label\'s colon: each item its place\'s', () => {
  const text = '分乡镇看，设施农业产值排名前列的是：桐岭镇14.2亿元、芦湾镇9.8亿元、石桥乡6.1亿元。';

  test.each([
    ['the first item', '14.2亿元', '桐岭镇'],
    ['the second', '9.8亿元', '芦湾镇'],
    ['the third', '6.1亿元', '石桥乡'],
  ])('%s', async (_case, figure, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('not the first place for a figure of the clause before the colon', async () => {
    expect(await subjectsOf('58.3亿元', '全县设施农业产值58.3亿元，排名前列的是：桐岭镇14.2亿元、芦湾镇9.8亿元。')).not.toContain('桐岭镇');
  });
});

describe('a place opening the name of a body no recognizer found is no subject', () => {
  test('a platform named with its county', async () => {
    expect(await subjectsOf('318家', '记者从县商务局获悉，泗阳县中小企业数字化改造服务平台上线两年来，累计服务企业318家。')).not.toContain('泗阳县');
  });

  test('an association named with its town', async () => {
    expect(await subjectsOf('74户', '爱园镇花木协会现有会员74户。')).not.toContain('爱园镇');
  });

  test('the county heading its own clause keeps its figure', async () => {
    expect(await subjectsOf('37家', '泗阳县去年新增规上工业企业37家。')).toEqual(['泗阳县']);
  });

  test('the county before a noun that is no body keeps its figure', async () => {
    expect(await subjectsOf('12.6万亩', '泗阳县设施农业面积达到12.6万亩。')).toEqual(['泗阳县']);
  });
});

describe('a project\'s figures are not its builder\'s after 由', () => {
  test('该项目…由某公司投资建设，占地…: the base the paragraph names', async () => {
    expect(await subjectsOf('460亩', '近日，位于泗阳县王集镇的宏羽肉鸭良种繁育基地正式投产。该项目总投资2.8亿元，由江苏宏羽禽业有限公司投资建设，占地460亩。')).toEqual(['宏羽肉鸭良种繁育基地']);
  });

  test('该项目总投资: the base, not the town after 位于', async () => {
    expect(await subjectsOf('2.8亿元', '近日，位于泗阳县王集镇的宏羽肉鸭良种繁育基地正式投产。该项目总投资2.8亿元，由江苏宏羽禽业有限公司投资建设。')).toEqual(['宏羽肉鸭良种繁育基地']);
  });

  test('该项目由某公司投资建设，总投资…: no project in view — no one\'s, not the builder', async () => {
    expect(await subjectsOf('1.6亿元', '该项目由泗阳绿源饲料有限公司投资建设，总投资1.6亿元，建成后年产饲料12万吨。')).toEqual([]);
  });

  test('a firm heading its own clause keeps what it invested', async () => {
    expect(await subjectsOf('9000万元', '泗阳绿源饲料有限公司去年投资9000万元建设新车间。')).toEqual(['泗阳绿源饲料有限公司']);
  });

  test('a firm built by a body after 由 keeps its own figures', async () => {
    expect(await subjectsOf('1.2亿元', '泗阳绿源饲料有限公司由县供销社出资组建，去年营收1.2亿元。')).toEqual(['泗阳绿源饲料有限公司']);
  });
});

describe('全国 heading the figure\'s clause is the nation: no one\'s', () => {
  test('not the ministry that published the list', async () => {
    expect(await subjectsOf('1460家', '近日，工业和信息化部公布第四批绿色工厂名单，全国共有1460家企业入选。')).toEqual([]);
  });

  test('a province\'s part after 其中 is the province\'s', async () => {
    expect(await subjectsOf('97家', '近日，工业和信息化部公布第四批绿色工厂名单，全国共有1460家企业入选，其中江苏省97家。')).toEqual(['江苏省']);
  });

  test('a firm selling across the country keeps its figure', async () => {
    expect(await subjectsOf('26个', '江苏宏羽禽业有限公司的产品销往全国26个省份。')).toEqual(['江苏宏羽禽业有限公司']);
  });
});

describe('names listed, then 分别 and as many figures: each the name in its place', () => {
  const text = '桐岭镇、芦湾镇、石桥乡分别签约项目9个、5个、3个。';

  test.each([
    ['the first', '9个', '桐岭镇'],
    ['the second', '5个', '芦湾镇'],
    ['the third', '3个', '石桥乡'],
  ])('%s', async (_case, figure, subject) => {
    expect(await subjectsOf(figure, text)).toEqual([subject]);
  });

  test('firms joined by 和, their measure before 分别', async () => {
    const g = await graphOfPage(page('地方新闻', '今年，泗阳宏达纺织有限公司和泗阳恒远木业有限公司的产值分别达到4.6亿元和2.9亿元。'), { homeCity: '泗阳县' });
    expect(reportedSubjects(g, '2.9亿元')).toEqual(['泗阳恒远木业有限公司']);
    expect(g.graph.nodes.find((n) => n.properties.text === '2.9亿元')?.properties.measure).toBe('产值');
  });

  test('not when the counts differ', async () => {
    expect(await subjectsOf('3个', '桐岭镇、芦湾镇分别签约项目9个、5个、3个。')).not.toContain('芦湾镇');
  });
});

describe('builders after 由 and relative clauses of signing', () => {
  test('该中心由甲和乙共同建设，总投资…: the centre in view', async () => {
    expect(await subjectsOf('2600万元', '泗阳县电商直播产业服务中心去年投入运行。据介绍，该中心由县商务局和江苏云帆网络科技有限公司共同建设，总投资2600万元。')).toEqual(['泗阳县电商直播产业服务中心']);
  });

  test('某镇签约的某产业园项目占地…: the park, not the town', async () => {
    expect(await subjectsOf('280亩', '其中，王集镇签约的侨商产业园项目占地280亩。')).not.toContain('王集镇');
  });

  test('a town heading its own clause keeps what it signed', async () => {
    expect(await subjectsOf('7个', '王集镇今年签约项目7个。')).toEqual(['王集镇']);
  });
});

describe('a clause opening with the end of a body\'s name is about that body', () => {
  test('大数据中心 after 某县某产业大数据中心', async () => {
    expect(await subjectsOf('超过2000家', '泗阳县意杨产业大数据中心去年建成运行，已为620家木业企业提供服务。', '县林业局负责人表示，全县意杨种植面积稳定在80万亩左右。预计到2027年，大数据中心服务企业将超过2000家。')).toEqual(['泗阳县意杨产业大数据中心']);
  });

  test('not the area before a clause naming no such body', async () => {
    expect(await subjectsOf('80万亩左右', '泗阳县意杨产业大数据中心去年建成运行。', '县林业局负责人表示，全县意杨种植面积稳定在80万亩左右。')).not.toContain('泗阳县意杨产业大数据中心');
  });
});
