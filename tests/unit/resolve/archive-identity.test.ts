// Issue 15: one node per firm and person across the pages of an archive. Pages written for these tests.
import { graphOfPages, type PageGraph } from '../../helpers/page-graph.js';

const page = (title: string, body: string): string => `${title}\n本报讯（记者 施雨桐）${body}\n`;
const META = { homeCity: '德清县', newspaper: '德清新闻' };

const orgs = (g: PageGraph): Array<{ name: string; aliases: string[]; ambiguousWith?: string[]; articles: number }> =>
  g.graph.nodes
    .filter((n) => n.labels[0] === 'Organization' && n.labels[1] === 'Company')
    .map((n) => ({ name: String(n.properties.name), aliases: n.properties.aliases as string[], ...(n.properties.ambiguousWith ? { ambiguousWith: n.properties.ambiguousWith as string[] } : {}), articles: (n.properties.articleIds as string[]).length }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

const FULL = page('明禾光电扩产', '日前，德清明禾光电科技有限公司新厂房投产，明禾光电今年将新增产能三成。');
const SHORT_ALONE = page('明禾光电获评示范企业', '近日，明禾光电获评县级智能制造示范企业，明禾光电董事长表示将加大研发投入。');

describe('short names across the archive', () => {
  test('a short name printed alone is the firm another page printed it beside, with the rule that tied it', async () => {
    const g = await graphOfPages([FULL, SHORT_ALONE], META);
    expect(orgs(g)).toEqual([{ name: '德清明禾光电科技有限公司', aliases: ['明禾光电'], articles: 2 }]);
    const mention = g.graph.relationships.find((r) => r.type === 'MENTIONS' && (r.properties.rules as string[]).includes('org.short-form.archive'));
    expect(mention?.end).toBe('org:德清明禾光电科技有限公司');
  });

  test('the decision does not depend on the order of the pages', async () => {
    const forward = await graphOfPages([FULL, SHORT_ALONE], META);
    const backward = await graphOfPages([SHORT_ALONE, FULL], META);
    expect(orgs(backward)).toEqual(orgs(forward));
  });

  test('a short name never printed beside its full name is not guessed on other pages', async () => {
    const g = await graphOfPages([page('新厂房投产', '日前，德清明禾光电科技有限公司新厂房投产。'), SHORT_ALONE], META);
    // The firm its 董事长 shows (org.trade-firm) stays a name of its own, tied to no full name.
    expect(orgs(g)).toEqual([
      { name: '德清明禾光电科技有限公司', aliases: [], articles: 1 },
      { name: '明禾光电', aliases: [], articles: 1 },
    ]);
  });

  test('a short name two firms of the archive could go by stays apart and says which firms it might be', async () => {
    const g = await graphOfPages(
      [
        FULL,
        page('明禾建材复工', '日前，浙江明禾建材有限公司生产线全面复工，明禾建材订单排到三月，明禾今年将再建一条产线。'),
        page('明禾捐资助学', '近日，明禾向新市镇中心学校捐赠图书一千册。'),
      ],
      META,
    );
    const found = orgs(g);
    expect(found.find((o) => o.name === '明禾')).toEqual({ name: '明禾', aliases: [], ambiguousWith: ['德清明禾光电科技有限公司', '浙江明禾建材有限公司'], articles: 1 });
    // No two firms merged: each keeps its own names.
    expect(found.find((o) => o.name === '德清明禾光电科技有限公司')!.aliases).toEqual(['明禾光电']);
    expect(found.find((o) => o.name === '浙江明禾建材有限公司')!.aliases).toEqual(expect.arrayContaining(['明禾建材']));
    expect(found.find((o) => o.name === '浙江明禾建材有限公司')!.aliases).not.toContain('明禾光电');
  });

  test('one trade name in two places is two firms: its short name stays apart', async () => {
    const g = await graphOfPages(
      [
        page('杭州某厂投产', '日前，杭州瑞丰纺织有限公司新车间投产，瑞丰纺织今年产值有望翻番。'),
        page('宁波某厂获奖', '日前，宁波瑞丰纺织有限公司获评绿色工厂。'),
        page('瑞丰纺织参展', '日前，瑞丰纺织携新品参加面料博览会。'),
      ],
      META,
    );
    const alone = orgs(g).find((o) => o.name === '瑞丰纺织')!;
    expect(alone.ambiguousWith).toEqual(['宁波瑞丰纺织有限公司', '杭州瑞丰纺织有限公司']);
  });
});

describe('people across the archive', () => {
  test('a reporter is one person across the pages of their paper, in the text of the byline or not', async () => {
    const g = await graphOfPages([FULL, SHORT_ALONE], META);
    const reporters = g.graph.nodes.filter((n) => n.labels[0] === 'Person' && n.properties.name === '施雨桐');
    expect(reporters.map((n) => n.id)).toEqual(['person:施雨桐@德清新闻']);
  });

  test('a person named without an organisation is the namesake at an organisation the article names', async () => {
    const g = await graphOfPages(
      [
        page('明禾光电扩产', '日前，德清明禾光电科技有限公司董事长周明远介绍，新厂房年内投产。'),
        page('明禾光电获奖', '日前，德清明禾光电科技有限公司获评示范企业。“这是对我们的鼓励。”周明远说。'),
      ],
      META,
    );
    const people = g.graph.nodes.filter((n) => n.labels[0] === 'Person' && n.properties.name === '周明远');
    expect(people.map((n) => n.id)).toEqual(['person:周明远@德清明禾光电科技有限公司']);
    expect((people[0]!.properties.articleIds as string[]).length).toBe(2);
  });

  test('namesakes at two organisations stay apart, and one the article cannot tell between stays on its own', async () => {
    const g = await graphOfPages(
      [
        page('明禾光电扩产', '日前，德清明禾光电科技有限公司董事长周明远介绍，新厂房年内投产。'),
        page('瑞丰纺织参展', '日前，杭州瑞丰纺织有限公司总经理周明远带队参展。'),
        page('两家企业结对', '日前，德清明禾光电科技有限公司与杭州瑞丰纺织有限公司结对。周明远表示，双方将共建实验室。'),
        page('村里来了志愿者', '日前，志愿者周明远为村民讲解防诈知识。'),
      ],
      META,
    );
    const ids = g.graph.nodes.filter((n) => n.labels[0] === 'Person' && n.properties.name === '周明远').map((n) => n.id).sort();
    expect(ids).toEqual(['person:周明远@德清县', 'person:周明远@德清明禾光电科技有限公司', 'person:周明远@杭州瑞丰纺织有限公司']);
  });
});

describe('a full name printed without its place, across the archive', () => {
  const PLACED = page('鸿川电机扩产', '日前，湖州鸿川电机股份有限公司新生产线投产，预计年产值增加两亿元。');
  const BARE = page('鸿川电机获评', '近日，鸿川电机股份有限公司获评省级绿色工厂，公司今年研发投入增长两成。');

  test('is the one firm the build prints with a place, with the rule that tied it', async () => {
    const g = await graphOfPages([PLACED, BARE], META);
    expect(orgs(g)).toEqual([{ name: '湖州鸿川电机股份有限公司', aliases: expect.arrayContaining(['鸿川电机股份有限公司']), articles: 2 }]);
    const tied = g.graph.relationships.find((r) => r.type === 'MENTIONS' && (r.properties.rules as string[]).some((rule) => rule.endsWith('+org.placeless.archive')));
    expect(tied?.end).toBe('org:湖州鸿川电机股份有限公司');
  });

  test('the decision does not depend on the order of the pages', async () => {
    expect(orgs(await graphOfPages([BARE, PLACED], META))).toEqual(orgs(await graphOfPages([PLACED, BARE], META)));
  });

  test('printed with two places it is two firms: the bare name stays apart and says which it could be', async () => {
    const g = await graphOfPages([PLACED, page('鸿川电机落户', '日前，绍兴鸿川电机股份有限公司新厂区开工。'), BARE], META);
    const found = orgs(g);
    expect(found.find((o) => o.name === '鸿川电机股份有限公司')).toEqual(
      expect.objectContaining({ ambiguousWith: ['湖州鸿川电机股份有限公司', '绍兴鸿川电机股份有限公司'], articles: 1 }),
    );
    expect(found.filter((o) => o.name !== '鸿川电机股份有限公司').every((o) => o.articles === 1)).toBe(true);
  });

  test('another legal form or trade name is not the same firm', async () => {
    const g = await graphOfPages([PLACED, page('鸿川电器开业', '近日，鸿川电器有限公司门店开业。')], META);
    expect(orgs(g).map((o) => o.name)).toEqual(['湖州鸿川电机股份有限公司', '鸿川电器有限公司']);
  });
});
