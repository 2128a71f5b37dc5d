// Relations read from kinds of news written for this round (qrel12): a village's renewal (its villagers, growers and
// homestay owners; its cooperative and workshop), a township's appointments notice, a zone's new plants, a water
// group's subsidiaries, experts sent to villages, and a firm's unit named as a body of its own.
// Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));
const about = (facts: string[], type: string, name: string): string[] => typed(facts, type).filter((f) => f.startsWith(`${type} ${name} →`));

describe('one who lives and works in a village, named with it (rel.located-in.lives-at, residents after 的)', () => {
  test.each([
    ['在某村经营民宿的某某', ['走进当湖街道鱼圻塘村，民宿一家挨着一家。', '在鱼圻塘村经营民宿的柯美芳，前年从上海回到了村里。'], 'LOCATED_IN 柯美芳 → 鱼圻塘村'],
    ['在某镇开办农场的某某', ['新埭镇的家庭农场越办越多。村干部说，在新埭镇开办农场的俞国良是第一个吃螃蟹的人。'], 'LOCATED_IN 俞国良 → 新埭镇'],
    ['某村的竹农某某 (a word of trade after 的)', ['广陈镇龙萌村的竹农邵根宝说，今年笋价不错。'], 'LOCATED_IN 邵根宝 → 龙萌村'],
    ['某村的种植户某某 with another village in view: the one printed', ['新仓镇三叉河村和芦湾村都种葡萄。', '芦湾村的种植户金彩凤说，葡萄今年卖得好。'], 'LOCATED_IN 金彩凤 → 芦湾村'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('one who visits or inspects the village is not in it (在某村调研的某局局长)', async () => {
    const facts = await factsOf('近日，在当湖街道鱼圻塘村调研的平湖市农业农村局局长顾建平表示，要把民宿办出特色。');
    expect(about(facts, 'LOCATED_IN', '顾建平')).toEqual([]);
  });

  test('a place after 在 that is a province or a country is no home (在日本经营餐馆的某某)', async () => {
    const facts = await factsOf('在日本经营餐馆的沈晓峰今年回乡过年。');
    expect(about(facts, 'LOCATED_IN', '沈晓峰')).toEqual([]);
  });
});

describe('a cooperative or a workshop named after its village (rel.located-in.name-village)', () => {
  test.each([
    ['某村股份经济合作社 after the village', ['走进独山港镇南塘村，新修的村道干净整洁。', '去年，南塘村股份经济合作社分红120万元。'], 'LOCATED_IN 南塘村股份经济合作社 → 南塘村'],
    ['某某共富工坊 with the village\'s stem', ['走进独山港镇南塘村，村道干净整洁。', '村里建起了南塘共富工坊，40名妇女在这里做手工。'], 'LOCATED_IN 南塘共富工坊 → 南塘村'],
    ['the county\'s short form before the stem (平湖某某蔬菜专业合作社)', ['在钟埭街道沈家弄村，平湖沈家弄蔬菜专业合作社的大棚连成了片。'], 'LOCATED_IN 平湖沈家弄蔬菜专业合作社 → 沈家弄村'],
  ])('%s', async (_case, paragraphs, fact) => {
    expect(await factsOf(...paragraphs)).toContain(fact);
  });

  test('a firm named with the village\'s stem is a brand: not placed by its name (某某文旅有限公司)', async () => {
    const facts = await factsOf('走进独山港镇南塘村，新修的村道干净整洁。', '浙江南塘文旅发展有限公司的总部在杭州。');
    expect(facts).not.toContain('LOCATED_IN 浙江南塘文旅发展有限公司 → 南塘村');
  });
});

describe('appointments and listed posts (rel.works-for.appointed, .colon-list, .profile)', () => {
  test('任命某某为某镇党委书记: the party committee and the town', async () => {
    const facts = await factsOf('日前，平湖市林埭镇召开干部大会。会议宣布，任命钱海峰为林埭镇党委书记。');
    expect(facts).toEqual(expect.arrayContaining(['WORKS_FOR 钱海峰 → 林埭镇党委', 'WORKS_FOR 钱海峰 → 林埭镇']));
  });

  test('任命某某为某局局长', async () => {
    expect(await factsOf('市委决定，任命褚文涛为平湖市交通运输局局长。')).toContain('WORKS_FOR 褚文涛 → 平湖市交通运输局');
  });

  test('an appointment only planned (拟任命) or a post removed (免去…职务) holds nothing', async () => {
    const facts = await factsOf('市委拟任命褚文涛为平湖市交通运输局局长。会议还决定，免去陆志明的平湖市交通运输局局长职务。');
    expect(typed(facts, 'WORKS_FOR')).toEqual([]);
  });

  test('某镇人民政府副镇长：甲、乙、丙 — each holds the post', async () => {
    const facts = await factsOf('林埭镇召开干部大会。会上宣布，林埭镇人民政府副镇长：冯晓东、闵丽萍、宣建军。');
    expect(facts).toEqual(expect.arrayContaining(['WORKS_FOR 冯晓东 → 林埭镇人民政府', 'WORKS_FOR 闵丽萍 → 林埭镇人民政府', 'WORKS_FOR 宣建军 → 林埭镇人民政府']));
  });

  test('a list after a colon with no body in the post holds nothing (参会人员：甲、乙)', async () => {
    expect(typed(await factsOf('林埭镇召开干部大会。参会人员：冯晓东、闵丽萍。'), 'WORKS_FOR')).toEqual([]);
  });

  test('某某，男，1972年生，中共党员，现任某局副局长: the post after a profile', async () => {
    expect(await factsOf('据悉，宓建华，男，1972年生，中共党员，现任平湖市农业农村局副局长。')).toContain('WORKS_FOR 宓建华 → 平湖市农业农村局');
  });

  test('a post held before (此前担任, 曾任) after the appointment is not read', async () => {
    const facts = await factsOf('市委决定，任命褚文涛为平湖市交通运输局局长。褚文涛此前担任平湖市发展和改革局副局长。');
    expect(facts).not.toContain('WORKS_FOR 褚文涛 → 平湖市发展和改革局');
  });
});

describe('an expert sent to a village holds no post there (posts.sentPosts)', () => {
  test('作为某村的科技特派员，某某…: no WORKS_FOR the village; the institute is still theirs', async () => {
    const facts = await factsOf('浙江农林大学园艺学院的副教授温丽君已经连续三年驻村。作为鱼圻塘村的科技特派员，温丽君每月都在村里住十来天。');
    expect(facts).not.toContain('WORKS_FOR 温丽君 → 鱼圻塘村');
    expect(facts).toContain('WORKS_FOR 温丽君 → 浙江农林大学园艺学院');
  });

  test('某村的党支部书记某某 still holds the village\'s post', async () => {
    expect(await factsOf('鱼圻塘村的党支部书记郁建民说，村里的路修好了。')).toContain('WORKS_FOR 郁建民 → 鱼圻塘村');
  });
});

describe('a firm\'s new plant in a zone (rel.located-in.plant-site)', () => {
  test('某公司在某开发区开工建设某项目: the firm is in the zone', async () => {
    const facts = await factsOf('嘉兴华泰新材料有限公司在平湖经济技术开发区开工建设年产5万吨隔膜项目。');
    expect(facts).toContain('LOCATED_IN 嘉兴华泰新材料有限公司 → 平湖经济技术开发区');
  });

  test('building in a city or a county says nothing of where the firm is', async () => {
    const facts = await factsOf('杭州华泰新材料有限公司今年在平湖市开工建设新厂房。');
    expect(facts).not.toContain('LOCATED_IN 杭州华泰新材料有限公司 → 平湖市');
  });
});

describe('a group\'s subsidiaries and posts (rel.part-of.subsidiary.owns; 集团 the group in view)', () => {
  test('集团还有一家全资子公司乙', async () => {
    const facts = await factsOf('平湖市碧水环境集团有限公司是国有企业。集团还有一家全资子公司平湖市碧水管网工程有限公司。');
    expect(facts).toContain('PART_OF 平湖市碧水管网工程有限公司 → 平湖市碧水环境集团有限公司');
  });

  test('某集团拥有两家子公司乙、丙: each', async () => {
    const facts = await factsOf('平湖市碧水环境集团有限公司拥有两家子公司平湖市碧水管网工程有限公司、平湖市清源水厂有限公司。');
    expect(facts).toEqual(expect.arrayContaining(['PART_OF 平湖市碧水管网工程有限公司 → 平湖市碧水环境集团有限公司', 'PART_OF 平湖市清源水厂有限公司 → 平湖市碧水环境集团有限公司']));
  });

  test('a customer (有一家客户乙) is no subsidiary', async () => {
    const facts = await factsOf('平湖市碧水环境集团有限公司还有一家客户平湖市清源水厂有限公司。');
    expect(typed(facts, 'PART_OF').filter((f) => f.includes('清源水厂'))).toEqual([]);
  });

  test('集团董事长某某 after a group registered as a company (某某集团有限公司)', async () => {
    const facts = await factsOf('平湖市碧水环境集团有限公司是国有企业。', '集团董事长童建国说，明年将建设第二水厂。');
    expect(facts).toContain('WORKS_FOR 童建国 → 平湖市碧水环境集团有限公司');
  });

  test('集团董事长 with no group named before holds nothing there (a company of another kind)', async () => {
    const facts = await factsOf('平湖市碧水环境有限公司是国有企业。', '集团董事长童建国说，明年将建设第二水厂。');
    expect(about(facts, 'WORKS_FOR', '童建国')).toEqual([]);
  });
});

describe('a firm\'s unit read as a body of its own (rel.works-for.firm-unit)', () => {
  test('某有限公司新材料研发中心总监某某: the company', async () => {
    const facts = await factsOf('“订单排到了明年。”嘉兴恒盛新材料科技有限公司新材料研发中心总监方立群说。');
    expect(facts).toContain('WORKS_FOR 方立群 → 嘉兴恒盛新材料科技有限公司');
  });

  test('某某全球营销中心主任 after 某某集团: the group', async () => {
    const facts = await factsOf('平湖远航集团今年出口增长。平湖远航全球营销中心主任徐丽说，海外订单很多。');
    expect(facts).toContain('WORKS_FOR 徐丽 → 平湖远航集团');
  });

  test('a public centre named after a place or a university is no firm\'s unit', async () => {
    const facts = await factsOf('平湖市农业技术推广中心主任沈海说，今年推广新品种12个。');
    expect(facts).toContain('WORKS_FOR 沈海 → 平湖市农业技术推广中心');
  });
});
