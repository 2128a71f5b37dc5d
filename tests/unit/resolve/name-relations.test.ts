// Relations read from names and from names printed together: the place in an organisation's name, chains of
// places as papers print them, a place printed before an organisation, a unit named after its parent. Every
// sentence is written for these tests.
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
/** The rules of every relation of a type between two named nodes. */
const rulesOf = (g: Awaited<ReturnType<typeof graphOfPage>>, type: string, from: string, to: string): unknown[] => {
  const id = (name: string) => g.node(name)?.id;
  return g.graph.relationships.filter((r) => r.type === type && r.start === id(from) && r.end === id(to)).map((r) => r.properties.rule);
};

describe('places printed as a chain', () => {
  test.each([
    // with or without the province; a level left out is still the place printed before
    ['湖北秭归县屈原镇的脐橙丰收了。', 'PART_OF 秭归县 → 湖北省', 'PART_OF 屈原镇 → 秭归县'],
    ['记者来到甘肃省定西市岷县。', 'PART_OF 岷县 → 定西市', 'PART_OF 定西市 → 甘肃省'],
    ['在衢州市江山市贺村镇，民宿很多。', 'PART_OF 贺村镇 → 江山市', 'PART_OF 江山市 → 衢州市'],
  ])('%s', async (sentence, ...facts) => {
    const g = await graphOfPage(page('乡村见闻', sentence), {});
    expect(g.facts).toEqual(expect.arrayContaining(facts));
    for (const fact of facts) {
      const [, lower, upper] = /^PART_OF (\S+) → (\S+)$/.exec(fact)!;
      expect(rulesOf(g, 'PART_OF', lower!, upper!)).toContain('rel.part-of.printed-chain');
    }
  });

  test.each([
    // two places side by side, joined by a word, are no chain
    ['宁波市和杭州市的企业都来了。', '杭州市', '宁波市'],
    // the gazetteer says the second is elsewhere: a misread chain, not a fact
    ['宁波市西湖区的游客很多。', '西湖区', '宁波市'],
    ['杭州市朝阳区的企业也来了。', '朝阳区', '杭州市'],
  ])('no chain: %s', async (sentence, lower, upper) => {
    const g = await graphOfPage(page('见闻', sentence), {});
    expect(g.node(lower)).toBeDefined();
    expect(g.node(upper)).toBeDefined();
    expect(g.facts.filter((f) => f.startsWith(`PART_OF ${lower} → ${upper}`))).toEqual([]);
  });
});

describe('a place printed after its parent', () => {
  test('is the one of its name within that parent', async () => {
    const g = await graphOfPage(page('渔业', '清晨，重庆涪陵区龙潭镇的养殖场里一片繁忙。'), {});
    expect(g.facts).toContain('PART_OF 龙潭镇 → 涪陵区');
    expect(String(g.node('龙潭镇')!.properties.code)).toMatch(/^500102/);
  });
});

describe('the place in or before an organisation\'s name', () => {
  test('a zone\'s ending after the place a name opens with: that place\'s zone', async () => {
    const g = await graphOfPage(page('电商', '在宜昌高新区电商集散中心，客商很多。'), {});
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 宜昌高新区电商集散中心 → 宜昌高新区', 'PART_OF 宜昌高新区 → 宜昌市']));
    expect(g.facts).not.toContain('LOCATED_IN 宜昌高新区电商集散中心 → 宜昌市');
  });

  test('of a chain of places opening the name, the last', async () => {
    const g = await graphOfPage(page('挂职', '他在重庆涪陵区农业农村委员会工作。'), {});
    expect(rulesOf(g, 'LOCATED_IN', '重庆涪陵区农业农村委员会', '涪陵区')).toEqual(['rel.located-in.name-place']);
  });

  test('a county, a city or a municipality in the name is where the firm is; a province is only the level it was registered at', async () => {
    const g = await graphOfPage(
      page('企业风采', '甘肃陇原新材料有限公司、重庆华能机械有限公司和宜昌三峡食品有限公司签订了供货协议。'),
      {},
    );
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 重庆华能机械有限公司 → 重庆市', 'LOCATED_IN 宜昌三峡食品有限公司 → 宜昌市']));
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 甘肃陇原新材料有限公司'))).toEqual([]);
  });

  test('a government body or party committee named after its province is the province\'s own; a firm so named is not placed', async () => {
    const g = await graphOfPage(page('政策解读', '甘肃省农业农村厅副厅长王刚、湖南省委宣传部部长李明和甘肃陇原新材料有限公司董事长赵强出席了会议。'), {});
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 甘肃省农业农村厅 → 甘肃省', 'LOCATED_IN 湖南省委宣传部 → 湖南省']));
    expect(rulesOf(g, 'LOCATED_IN', '甘肃省农业农村厅', '甘肃省')).toEqual(['rel.located-in.name-place']);
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 甘肃陇原新材料有限公司'))).toEqual([]);
  });

  test('with a region in brackets, the place before the name is the parent company\'s', async () => {
    const g = await graphOfPage(page('新厂投产', '上海华腾电子科技（安徽）有限公司的新厂投产了。'), {});
    expect(g.facts).toContain('LOCATED_IN 上海华腾电子科技（安徽）有限公司 → 安徽省');
    expect(g.facts).not.toContain('LOCATED_IN 上海华腾电子科技（安徽）有限公司 → 上海市');
  });

  test('a district printed right before a firm registered in its city is where the firm is', async () => {
    const g = await graphOfPage(page('纸业升级', '走进富阳区杭州华丰纸业有限公司，机器轰鸣。'), {});
    expect(rulesOf(g, 'LOCATED_IN', '杭州华丰纸业有限公司', '富阳区')).toEqual(['rel.located-in.printed-place']);
    // (The city its name was registered in holds the district: reached by PART_OF, no second LOCATED_IN —
    // rel.located-in.name-place.finer-city.)
    expect(g.facts).toContain('PART_OF 富阳区 → 杭州市');
    expect(g.facts).not.toContain('LOCATED_IN 杭州华丰纸业有限公司 → 杭州市');
  });

  test('an industrial park (a place) named after its county or city is in it', async () => {
    const g = await graphOfPage(page('园区建设', '建德市光电产业园今年开工。'), {});
    expect(rulesOf(g, 'LOCATED_IN', '建德市光电产业园', '建德市')).toEqual(['rel.located-in.name-place']);
  });

  test('a town printed before a village body belongs to the village, not the body', async () => {
    const g = await graphOfPage(page('村级治理', '新仓镇三叉河村党委书记陆建华介绍了经验。'));
    expect(g.facts).toEqual(expect.arrayContaining(['LOCATED_IN 三叉河村党委 → 三叉河村', 'PART_OF 三叉河村 → 新仓镇']));
    expect(g.facts).not.toContain('LOCATED_IN 三叉河村党委 → 新仓镇');
  });
});

describe('a name beginning with the short form of a place the article names', () => {
  test('is in that place', async () => {
    const g = await graphOfPage(page('产业园', '宜都市大力发展柑橘产业。宜都柑橘产业园已入驻企业20家。'), {});
    expect(rulesOf(g, 'LOCATED_IN', '宜都柑橘产业园', '宜都市')).toEqual(['rel.located-in.name-short-form']);
  });

  test('an industrial park too (a place, not an organisation)', async () => {
    const g = await graphOfPage(page('毛衫', '桐乡市发展毛衫产业。桐乡毛衫产业园已入驻企业30家。'), {});
    expect(g.node('桐乡毛衫产业园')!.labels[0]).toBe('Place');
    expect(rulesOf(g, 'LOCATED_IN', '桐乡毛衫产业园', '桐乡市')).toEqual(['rel.located-in.name-short-form']);
  });

  test('not when the article does not name the place', async () => {
    const g = await graphOfPage(page('产业园', '宜都柑橘产业园已入驻企业20家。'), {});
    expect(g.facts.filter((f) => f.startsWith('LOCATED_IN 宜都柑橘产业园'))).toEqual([]);
  });
});

describe('a unit named after its parent', () => {
  test('is part of the parent the article names', async () => {
    const g = await graphOfPage(page('炼化扩能', '中国石化加大投入，中国石化镇海炼化分公司新建装置3套。'), {});
    expect(g.facts).toContain('PART_OF 中国石化镇海炼化分公司 → 中国石化');
  });

  test('a group\'s mine named down its chain of units is one organisation, part of the group the article names', async () => {
    const g = await graphOfPage(page('矿区新貌', '国家电力集团今年投资五亿元。记者走进国家电力集团华北煤业红旗岭煤矿的调度中心。'), {});
    expect(g.node('国家电力集团华北煤业红旗岭煤矿')).toBeDefined();
    expect(g.facts).toContain('PART_OF 国家电力集团华北煤业红旗岭煤矿 → 国家电力集团');
  });

  test('not when the longer name only shares a first word', async () => {
    const g = await graphOfPage(page('两家企业', '华丰钢绳有限公司与华丰食品有限公司是邻居。'), {});
    expect(g.facts.filter((f) => f.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('places the gazetteer lacks, read under the place in view', () => {
  test('a village is in the town in view; one said to be beside it (邻近的) and a desert are not', async () => {
    const g = await graphOfPage(
      page('白水镇见闻', '记者来到湖南岳阳汨罗市白水镇。', '镇上的人说，张家湾村这几年变化很大，邻近的金星村也不差。', '在白水镇，巴丹吉林沙漠的治沙经验被广泛借鉴。'),
    );
    expect(g.facts).toContain('PART_OF 张家湾村 → 白水镇');
    expect(g.facts.filter((f) => /^(?:PART_OF|LOCATED_IN) (?:金星村|巴丹吉林沙漠) /u.test(f))).toEqual([]);
  });
});
