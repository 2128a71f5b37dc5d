// Figures read from kinds of local news written for this round (qout4): a school's admissions, a firm founded by a
// businessman from elsewhere, a county's bodies counted after a firm's award. Sentences written for these tests
// (names, places and figures invented).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

/** The subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: '浦江县' }), figure);

describe('学校 after the universities students were admitted to is the school in view, not a university', () => {
  test.each([
    ['被甲、乙录取', '学校有12名学生被复旦大学、浙江大学录取。'],
    ['考入甲、乙', '学校有12名学生考入复旦大学、浙江大学。'],
    ['考取甲', '学校有3名学生考取了南京大学。'],
  ])('%s', async (_case, admitted) => {
    const figures = ['今年高考，县第一中学一段上线人数达到326人。' + admitted, '校长王海波说，学校现有教学班40个。'];
    expect(await subjectsOf('40个', ...figures)).toEqual(['浦江县第一中学']);
  });

  test('a university that heads its own sentence is still the one 学校 points back to', async () => {
    expect(await subjectsOf('2100名', '浙江理工大学今年新增博士点2个。', '学校今年共招收研究生2100名。')).toEqual(['浙江理工大学']);
  });
});

describe('a body founded (某某在某镇创办了某公司，目前拥有…): the clauses after it are the body\'s', () => {
  test.each([
    ['a businessman from another city', '38间', '2020年，温州商人李振华在檀溪镇投资创办了浙江山泉民宿管理有限公司，目前拥有客房38间。'],
    ['a second figure of the same sentence', '2万人次', '2020年，温州商人李振华在檀溪镇投资创办了浙江山泉民宿管理有限公司，目前拥有客房38间，年接待游客2万人次。'],
    ['a young man back home, 成立了', '120户', '2019年，返乡青年周晓峰在大畈乡成立了浙江绿野农业开发有限公司，带动120户农户种植香菇。'],
  ])('%s', async (_case, figure, sentence) => {
    expect(await subjectsOf(figure, sentence)).toEqual([sentence.includes('山泉') ? '浙江山泉民宿管理有限公司' : '浙江绿野农业开发有限公司']);
  });

  test('a place describing a person (温州商人某某) is no subject when no body is founded', async () => {
    expect(await subjectsOf('500万元', '温州商人李振华在檀溪镇投资办厂，去年产值达到500万元。')).toEqual([]);
  });

  test('not when the clause after names a subject of its own', async () => {
    expect(await subjectsOf('300亩', '2019年，周晓峰成立了浙江绿野农业开发有限公司，同年，大畈乡种植香菇300亩。')).toEqual(['大畈乡']);
  });
});

describe('a count of bodies heading its own clause after a firm\'s clause is not the firm\'s', () => {
  test('某公司获评…，3家企业入选…', async () => {
    expect(await subjectsOf('3家', '浙江恒通阀门有限公司获评省级专精特新企业，3家企业入选市级名单。')).toEqual([]);
  });

  test('an area\'s clause before keeps it', async () => {
    expect(await subjectsOf('3家', '今年，浦江县新增规上企业45家，3家企业入选省级名单。')).toEqual(['浦江县']);
  });

  test('a count after the firm\'s verb is still the firm\'s', async () => {
    expect(await subjectsOf('3家', '浙江恒通阀门有限公司今年新建门店3家。')).toEqual(['浙江恒通阀门有限公司']);
  });
});

describe('a person heading the sentence as the doer: the clauses after that name nothing are the person\'s', () => {
  test.each([
    ['a grain grower named by who he is (种粮大户某某)', '约19万公斤', '种粮大户孙建平流转了280亩土地种植单季稻，今年总产量约19万公斤。'],
    ['the grower\'s first figure, in his own clause', '280亩', '种粮大户孙建平流转了280亩土地种植单季稻，今年总产量约19万公斤。'],
    ['a villager\'s household\'s dividend (村民某某家入股…，今年分到红利…)', '5200元', '村民孙建平家入股3万元，今年分到红利5200元。'],
    ['a villager\'s income after what he grew', '6万元', '村民孙建平家种了5亩茶叶，去年收入6万元。'],
  ])('%s', async (_case, figure, sentence) => {
    expect(await subjectsOf(figure, sentence)).toEqual(['孙建平']);
  });

  test.each([
    ['what is done for the village', '30眼', '孙建平积极争取，为村里打了30眼机电井。'],
    ['villagers led', '120户', '孙建平回乡后，带动120户村民种植香菇。'],
    ['a speaker', '900万元', '孙建平介绍，今年产值达到900万元。'],
  ])('not %s', async (_case, figure, sentence) => {
    expect(await subjectsOf(figure, sentence)).not.toContain('孙建平');
  });
});

describe('an economy report: 其中 as a clause of its own goes on from the figure before', () => {
  const report = (...paragraphs: string[]): string => page('前10月浦江县经济运行稳中向好', ...paragraphs);

  test('…同比增长9.4%，其中，某产业产值增长21.7%', async () => {
    const g = await graphOfPage(report('工业生产平稳。规上工业总产值完成612亿元，同比增长9.4%，其中，新能源装备制造业产值增长21.7%。'), { homeCity: '浦江县' });
    expect(reportedSubjects(g, '612亿元')).toEqual(['浦江县']);
    expect(reportedSubjects(g, '21.7%')).toEqual(['浦江县']);
  });

  test('a bare 增长 after an aggregate is the area\'s too', async () => {
    const g = await graphOfPage(report('分产业看，第一产业增加值12.3亿元，增长3.2%；第二产业增加值171.8亿元，增长8.6%。'), { homeCity: '浦江县' });
    expect(reportedSubjects(g, '3.2%')).toEqual(['浦江县']);
    expect(reportedSubjects(g, '8.6%')).toEqual(['浦江县']);
  });

  test('not a firm\'s figure named after 其中', async () => {
    const g = await graphOfPage(report('规上工业总产值完成612亿元，同比增长9.4%，其中，浙江恒通阀门有限公司产值增长21.7%。'), { homeCity: '浦江县' });
    expect(reportedSubjects(g, '21.7%')).toEqual(['浙江恒通阀门有限公司']);
  });
});

describe('a target and the same figure reached are two facts, the target marked', () => {
  test('计划 … 5亿元 and 实现 … 5亿元 of one firm', async () => {
    const g = await graphOfPage(page('地方新闻', '去年，浙江恒通阀门有限公司实现销售收入5亿元。', '浙江恒通阀门有限公司计划今年销售收入达到5亿元以上，新建厂房2万平方米。'), { homeCity: '浦江县' });
    const figures = g.graph.nodes.filter((n) => n.labels[0] === 'Outcome' && n.properties.value === 500000000).map((n) => n.properties.outlook ?? 'result');
    expect(figures.sort()).toEqual(['planned', 'result']);
    expect(g.graph.nodes.find((n) => n.properties.text === '2万平方米')?.properties.outlook).toBe('planned');
  });
});

describe('a place before a word for people who come from there (上海专家, 温州客商) is no subject', () => {
  test('visiting experts at a hospital: the hospital in view', async () => {
    expect(await subjectsOf('120余台', '县妇幼保健院与上海国际和平妇幼保健院建立了合作关系。上海专家每月来院坐诊4次，今年已开展疑难手术120余台。')).toEqual(['浦江县妇幼保健院']);
  });

  test('not the place\'s own visitors counted after it', async () => {
    expect(await subjectsOf('3000万人次', '今年，上海市接待游客3000万人次。')).toEqual(['上海市']);
  });
});
