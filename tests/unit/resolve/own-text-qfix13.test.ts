// Causes found on the helpers' own text (qfix13): a county the gazetteer lacks opening a headline before a verb of
// commending, and a list of winners whose title only the headline names.
// Sentences written for these tests (counties, people, units and titles invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const HEAD = '2025年11月6日 星期四 第3版 综合';
const page = (title: string, ...lines: string[]): string => `${HEAD}\n\n${title}\n\n${lines.join('\n')}\n`;
const factsIn = async (title: string, ...lines: string[]): Promise<string[]> => (await graphOfPage(page(title, ...lines), { homeCity: '常德市' })).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `)).sort();

const LIST = ['本报讯 近日，县委、县政府决定对一批长年坚守一线的同志予以表彰。', '名单如下：', '凤立山　单位：青杠乡农技站', '甘秀云　单位：杨柳镇卫生院', '希望受表彰的同志珍惜荣誉。'];

describe('a county the gazetteer lacks opening a headline before a verb of commending (hybrid.place-before-announcing)', () => {
  test('邹塘县表彰二十名“优秀护路员”: the county is a place, no person', async () => {
    const g = await graphOfPage(page('邹塘县表彰二十名“优秀护路员”', '本报讯 日前，邹塘县对二十名长年养护乡村公路的护路员进行了表彰。'), { homeCity: '常德市' });
    expect(g.graph.nodes.filter((n) => n.labels.includes('Person')).map((n) => n.properties.name)).toEqual([]);
    expect(g.node('邹塘县')?.labels).toContain('Place');
  });
});

describe('a list of winners whose title only the headline names (rel.received.list-below.headline-title)', () => {
  test('表彰十名“某某” over …予以表彰。名单如下：: each on the list received the headline\'s title', async () => {
    const facts = await factsIn('溆东县表彰十名“最美乡村守护人”', ...LIST);
    expect(typed(facts, 'RECEIVED')).toEqual(['RECEIVED 凤立山 → 最美乡村守护人', 'RECEIVED 甘秀云 → 最美乡村守护人']);
  });

  test('not where the headline names two titles: which of them each won is not said', async () => {
    const facts = await factsIn('溆东县表彰十名“最美乡村守护人” 授予五人“优秀网格员”称号', ...LIST);
    expect(typed(facts, 'RECEIVED')).toEqual([]);
  });

  test('not where the body sentence names a title of its own: that title, as before', async () => {
    const lines = [...LIST];
    lines[0] = '本报讯 近日，县委、县政府决定授予一批同志“乡村振兴先锋”称号，予以表彰。';
    const facts = await factsIn('溆东县表彰十名“最美乡村守护人”', ...lines);
    expect(typed(facts, 'RECEIVED')).toEqual(['RECEIVED 凤立山 → 乡村振兴先锋', 'RECEIVED 甘秀云 → 乡村振兴先锋']);
  });

  test('not a list of those proposed (拟推荐): nobody has received it yet', async () => {
    const lines = [...LIST];
    lines[0] = '本报讯 经各乡镇推荐，县里拟推荐以下同志参加表彰。';
    const facts = await factsIn('溆东县表彰十名“最美乡村守护人”', ...lines);
    expect(typed(facts, 'RECEIVED')).toEqual([]);
  });
});

describe('a crop jieba tags a person\'s name before a plant of its work is a kind of plant, no firm (thingOnPage in hasNameLikeWord)', () => {
  const orgs = (g: Awaited<ReturnType<typeof graphOfPage>>): string[] => g.graph.nodes.filter((n) => n.labels.includes('Organization')).map((n) => String(n.properties.name)).sort();

  test.each([
    ['全县二十多个村建起了玉米烘干厂，秋收后不再愁晾晒。'],
    ['去年以来，沿河的6个乡镇都建成了木耳加工厂。'],
    ['这两年，全镇7个村都有了自己的银耳烘干厂。'],
  ])('%s: no organisation', async (line) => {
    expect(orgs(await graphOfPage(page('秋粮有了新去处', `本报讯 ${line}`), { homeCity: '常德市' }))).toEqual([]);
  });

  test('near-misses: a name of no dictionary word before the ending, or a trade name before the crop, is a firm', async () => {
    const g = await graphOfPage(page('两家厂扩产', '本报讯 今年，谭振东加工厂和鑫禾玉米加工厂都扩大了规模。'), { homeCity: '常德市' });
    expect(orgs(g)).toEqual(['谭振东加工厂', '鑫禾玉米加工厂']);
  });
});

describe('a firm\'s designation runs across no word of time (prog.designation)', () => {
  const programmes = (g: Awaited<ReturnType<typeof graphOfPage>>): string[] => g.graph.nodes.filter((n) => n.labels.includes('Programme')).map((n) => String(n.properties.name)).sort();

  test('某市国家农业科技园区今年新引进企业12家: no title runs from 国家 to 企业 across 今年', async () => {
    const g = await graphOfPage(page('园区招商有新进展', '本报讯 邵阳市国家农业科技园区今年新引进企业12家。'), { homeCity: '常德市' });
    expect(programmes(g)).toEqual([]);
  });

  test('near-miss: 新增国家高新技术企业49家 is the designation, as before', async () => {
    const g = await graphOfPage(page('创新主体持续壮大', '本报讯 今年全市新增国家高新技术企业49家。'), { homeCity: '常德市' });
    expect(programmes(g)).toEqual(['国家高新技术企业']);
  });
});
