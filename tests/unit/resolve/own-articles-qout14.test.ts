// Figures forecast twice (qout14): the same subject's figure that can be reached (可达) and is hoped for again (有望突破)
// in one article is one Outcome; other subjects', other measures', plans and results stay apart.
// Sentences written for these tests (names, bodies and figures invented; 修水县 as the home county).
import { graphOfPage, reportedSubjects } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;

const build = (...paragraphs: string[]) => graphOfPage(page('项目建设', ...paragraphs), { homeCity: '修水县' });

/** The Outcome nodes of value `value` and the names of their subjects. */
const figuresOf = async (value: number, ...paragraphs: string[]) => {
  const g = await build(...paragraphs);
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  return g.graph.nodes
    .filter((n) => n.labels[0] === 'Outcome' && n.properties.value === value)
    .map((n) => ({
      outlook: n.properties.outlook,
      subjects: g.graph.relationships.filter((r) => r.type === 'REPORTED' && r.end === n.id).map((r) => String(node.get(r.start)!.properties.name)),
    }));
};

describe('a forecast restated is one Outcome (outcome.restated-forecast)', () => {
  test('可达 after the plant is built, then 有望突破 by a year', async () => {
    const found = await figuresOf(200000000, '修水县青岚食品有限公司新建的罐头生产线投产后，年产值可达2亿元。', '公司总经理陈立介绍，到2028年，公司年产值有望突破2亿元。');
    expect(found).toHaveLength(1);
    expect(found[0]!.outlook).toBe('expected');
    expect([...new Set(found[0]!.subjects)]).toEqual(['修水县青岚食品有限公司']);
  });

  test('可达 alone, then 预计 in the next paragraph', async () => {
    const found = await figuresOf(50000, '修水县青岚食品有限公司的冷库年周转量可达5万吨。', '修水县青岚食品有限公司预计今年冷库周转量将达5万吨。');
    expect(found).toHaveLength(1);
  });

  test('another firm\'s forecast of the same value stays its own', async () => {
    const found = await figuresOf(80000000, '修水县青岚食品有限公司预计今年销售额达到8000万元，修水县云峰茶业有限公司销售额有望突破8000万元。');
    expect(found).toHaveLength(2);
  });

  test('a figure reached and the same value hoped for next year stay two facts', async () => {
    const found = await figuresOf(30000000, '修水县青岚食品有限公司去年销售额3000万元，明年销售额有望突破3000万元。');
    expect(found).toHaveLength(2);
  });

  test('a target and a forecast of the same value stay two facts', async () => {
    const found = await figuresOf(100000000, '修水县青岚食品有限公司计划明年产值达到1亿元。', '公司负责人表示，明年产值有望突破1亿元。');
    expect(found).toHaveLength(2);
  });

  test('another measure of the same value stays its own', async () => {
    const found = await figuresOf(60000000, '修水县青岚食品有限公司项目投产后年产值可达6000万元，出口额有望突破6000万元。');
    expect(found).toHaveLength(2);
  });
});

/** The names of the subjects the figure printed as `figure` is reported about. */
const subjectsOf = async (figure: string, ...paragraphs: string[]): Promise<string[]> => reportedSubjects(await build(...paragraphs), figure);

describe('a place opening what a verb of building governs is no subject (subject.not.object-opening)', () => {
  test('in what an official says, the province opening a base\'s name is not the target\'s subject', async () => {
    const subjects = await subjectsOf('1200亿元', '九江市的有色金属企业去年实现产值860亿元。“下一步，我们将推进江西铜基新材料产业园建设，力争2028年有色金属产值突破1200亿元。”九江市发展改革委负责人说。');
    expect(subjects).not.toContain('江西省');
  });

  test('the county heading the sentence keeps its figure past the province opening the object', async () => {
    expect(await subjectsOf('8亿元', '修水县将加快打造江西蚕桑丝绸产业示范基地，预计明年全县蚕桑产值达到8亿元。')).toEqual(['修水县']);
  });

  test('a place heading its own clause after such a verb\'s clause stays the subject', async () => {
    expect(await subjectsOf('15家', '县里将加快推进园区建设，修水县今年计划新增规上企业15家。')).toEqual(['修水县']);
  });

  test('a place heading the figure\'s clause right after the verb, with no name after it, stays the subject', async () => {
    expect(await subjectsOf('3.2亿元', '按照部署加快推进，修水县一季度完成项目投资3.2亿元。')).toEqual(['修水县']);
  });
});
