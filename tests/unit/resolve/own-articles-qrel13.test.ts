// Where firms, sites and projects are when a national paper sets the scene once (qrel13, src/resolve/scene.ts,
// rel.located-in.scene-set.*): a reporter visits a county (在某省某市某县，, 走进某县某镇，, 某县地处…, a headline 某县：…),
// then names firms heading their sentences without repeating where they are. Places only visited in passing — sales
// destinations, partners, investors' origins, comparisons — must not become a firm's place.
// Sentences written for these tests (names, firms and figures invented); built as a national paper's article (no home city).
import { graphOfPage } from '../../helpers/page-graph.js';

const national = async (title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(`${title}\n\n${paragraphs.join('\n')}\n`, {})).facts;
const placesOf = (facts: string[], name: string): string[] => facts.filter((f) => f.startsWith(`LOCATED_IN ${name} →`)).map((f) => f.slice(f.indexOf('→ ') + 2));

describe('a scene set by 在 / 走进 and a chain of places carries to the firms heading later sentences (rel.located-in.scene-set.opening)', () => {
  test('the next paragraph\'s firm, its name holding only the province', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为群众增收的主渠道。', '河南宛丰菌业有限公司今年新建了两座冷库，年加工干香菇8000吨。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual(['西峡县']);
  });

  test('a dateline before the scene: the firm is in the county, not in the bureau\'s city', async () => {
    const facts = await national('香菇撑起富民产业', '本报郑州11月20日电  在河南省南阳市西峡县，香菇产业越做越大。', '去年，河南宛丰菌业有限公司从浙江省庆元县引进了菌棒生产线。');
    const places = placesOf(facts, '河南宛丰菌业有限公司');
    expect(places).toContain('西峡县');
    expect(places).not.toContain('郑州市');
    expect(places).not.toContain('庆元县');
  });

  test('走进 a town: the firm of that paragraph is in the town; the next paragraph\'s in the county', async () => {
    const facts = await national('脐橙红了', '走进江西省赣州市寻乌县澄江镇，漫山遍野的脐橙挂满枝头。江西橙乡果业有限公司流转土地3000亩。', '江西赣橙食品有限公司利用次果生产果汁。');
    expect(placesOf(facts, '江西橙乡果业有限公司')).toEqual(['澄江镇']);
    expect(placesOf(facts, '江西赣橙食品有限公司')).toEqual(['寻乌县']);
  });

  test('a firm with a partner after 与 heads its sentence; the partner\'s place is not its own', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '河南宛丰菌业有限公司与山东省聊城市的一家企业合作，建起了烘干车间。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual(['西峡县']);
  });
});

describe('a place opening a paragraph as its subject sets the scene (rel.located-in.scene-set.subject)', () => {
  test('某县地处… after a dateline', async () => {
    const facts = await national('茶香飘山乡', '本报昆明11月18日电  云南省临沧市凤庆县地处澜沧江畔，茶叶种植历史悠久。', '云南滇岭茶业有限公司收购茶农鲜叶，年产红茶2000吨。');
    expect(placesOf(facts, '云南滇岭茶业有限公司')).toEqual(['凤庆县']);
  });

  test('a roundup of two counties: each firm in the county its passage is set in', async () => {
    const facts = await national(
      '豫西南两县特色产业各显身手',
      '在河南省南阳市西峡县，香菇产业风生水起。',
      '河南宛丰菌业有限公司今年新建了冷库。',
      '南阳市内乡县则把目光投向了中药材。',
      '河南仲景药源有限公司带动农户800户种植山茱萸。',
    );
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual(['西峡县']);
    expect(placesOf(facts, '河南仲景药源有限公司')).toEqual(['内乡县']);
  });
});

describe('the headline\'s place before a colon (rel.located-in.scene-set.headline)', () => {
  test('某县：… and a firm heading the body', async () => {
    const facts = await national('凤庆县：一片叶子富了一方百姓', '茶产业是当地的支柱产业。', '云南滇岭茶业有限公司年产红茶2000吨。');
    expect(placesOf(facts, '云南滇岭茶业有限公司')).toEqual(['凤庆县']);
  });

  test('a headline naming two counties sets no scene', async () => {
    const facts = await national('凤庆县、云县：茶产业各有特色', '茶产业是当地的支柱产业。', '云南滇岭茶业有限公司年产红茶2000吨。');
    expect(placesOf(facts, '云南滇岭茶业有限公司')).toEqual([]);
  });
});

describe('places only visited in passing are no firm\'s place', () => {
  test('a sales destination, an investor\'s origin and a comparison', async () => {
    const facts = await national(
      '香菇撑起富民产业',
      '在河南省南阳市西峡县，香菇产业已成为富民产业。',
      '河南宛丰菌业有限公司的产品销往广东、浙江，还出口到韩国。',
      '来自江苏省无锡市的投资商周建新说，这里的营商环境好。',
      '与湖北省随州市相比，西峡的香菇加工链条更长。河南伏牛山珍食品有限公司主要生产香菇酱。',
    );
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual(['西峡县']);
    expect(placesOf(facts, '河南伏牛山珍食品有限公司')).toEqual(['西峡县']);
    expect(facts.filter((f) => /^LOCATED_IN .* → (?:广东省|浙江省|无锡市|随州市|湖北省|江苏省)$/u.test(f))).toEqual([]);
  });

  test('a firm whose name holds another county stays there; a province of another firm\'s name elsewhere: nothing', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '淅川县丹江菌业有限公司也来西峡考察。', '浙江山乡菌业有限公司的负责人说，他们想在这里建厂。');
    expect(placesOf(facts, '淅川县丹江菌业有限公司')).toEqual(['淅川县']);
    expect(placesOf(facts, '浙江山乡菌业有限公司')).toEqual([]);
  });

  test('a firm named after its prefecture is not moved to the county in view', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '南阳宛丰菌业有限公司今年新建了冷库。');
    expect(placesOf(facts, '南阳宛丰菌业有限公司')).not.toContain('西峡县');
  });

  test('a sentence headed by another county the scene does not hold ends the scene for its paragraph', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '淅川县距离这里不到一百公里。河南丹江渔业有限公司的冷链车每天往返两地。');
    expect(placesOf(facts, '河南丹江渔业有限公司')).toEqual([]);
  });

  test('a county in the firm\'s name holding the town the paragraph is set in: the town (finer than the name)', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县丁河镇，香菇大棚连成了片。西峡县宛丰菌业有限公司在这里建起了烘干厂。');
    const places = placesOf(facts, '西峡县宛丰菌业有限公司');
    expect(places).toContain('丁河镇');
  });

  test('a brand printed alone (某某快递) or with a bare 公司 is not placed; the registered name is', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '捷达快递在全县设立了20个收购点。', '宏宇公司今年收购鲜菇1万吨。', '河南宏宇菌业有限公司还建起了菌棒厂。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 捷达快递') || f.startsWith('LOCATED_IN 宏宇公司'))).toEqual([]);
    expect(placesOf(facts, '河南宏宇菌业有限公司')).toEqual(['西峡县']);
  });

  test('a firm its sentence puts near the scene (在园区周边, 附近) is not placed in it', async () => {
    const facts = await national('走进开发区', '在江西省赣州市于都县，纺织服装产业集聚成势。', '江西锦程服饰有限公司也在县城周边建起了配套厂房。');
    expect(placesOf(facts, '江西锦程服饰有限公司')).toEqual([]);
  });

  test('the text zooms out to the city: the firm after it is not placed', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '南阳市还出台了扶持食用菌产业的政策。河南宛丰菌业有限公司今年新建了冷库。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).toEqual([]);
  });

  test('a finer place the scene holds named in the paragraph before the firm: nothing (it may be there)', async () => {
    const facts = await national('香菇撑起富民产业', '在河南省南阳市西峡县，香菇产业已成为富民产业。', '记者来到丁河镇的一处香菇大棚。河南宛丰菌业有限公司的技术员正在指导菇农。');
    expect(placesOf(facts, '河南宛丰菌业有限公司')).not.toContain('西峡县');
  });
});

describe('a province read from a firm\'s name gives way to a finer place the text sets in it (finerThanName)', () => {
  test('某某（福建）有限公司 in a county of 福建: the county, not the province', async () => {
    const facts = await national('“小巨人”扎根山区县', '在福建省南平市浦城县，一批科技型企业正在成长。', '华拓精工（福建）有限公司主要生产精密轴承。');
    const places = placesOf(facts, '华拓精工（福建）有限公司');
    expect(places).toContain('浦城县');
    expect(places).not.toContain('福建省');
  });

  test('the bracket\'s province does not hold the scene: not placed, the province kept', async () => {
    const facts = await national('“小巨人”扎根山区县', '在福建省南平市浦城县，一批科技型企业正在成长。', '华拓精工（江西）有限公司也来浦城考察。');
    const places = placesOf(facts, '华拓精工（江西）有限公司');
    expect(places).not.toContain('浦城县');
  });
});

describe('a paragraph opening 在某地， (rel.located-in.scene-paragraph): a town stays in its paragraph, a firm near the place is not in it', () => {
  test('在某镇，… two paragraphs on: the firm is in the county the report is set in, not the town', async () => {
    const facts = await national(
      '小辣椒红火大产业\n本报记者  田立峰',
      '本报贵阳12月2日电  在贵州省遵义市湄潭县，茶园与辣椒地交错分布。',
      '贵州黔香源食品有限公司的生产线上，一瓶瓶辣椒酱正在灌装。公司副总经理罗世杰介绍，今年企业销售额预计突破4亿元，产品销往全国20多个省份。',
      '湄潭县农业农村局局长黄立华说，全县辣椒种植面积达15万亩。',
      '在兴隆镇，湄潭朝天椒专业合作社与农户签订了保底收购协议。去年，合作社收购鲜椒8000吨。',
      '重庆火锅企业是辣椒的主要买家。重庆山城味业有限公司每年从湄潭采购干辣椒2000吨。',
      '贵州高原农业发展有限公司则在建设辣椒烘干中心，项目总投资8000万元。',
    );
    expect(placesOf(facts, '湄潭朝天椒专业合作社')).toContain('兴隆镇');
    expect(placesOf(facts, '贵州高原农业发展有限公司')).toEqual(['湄潭县']);
    expect(placesOf(facts, '重庆山城味业有限公司')).not.toContain('湄潭县');
  });

  test('某集团的项目也在附近海域开工建设 after a zone\'s scene: the group is not in the zone', async () => {
    const facts = await national('风电装备集聚成势', '在大丰经济开发区，风电装备企业加速集聚。', '海通集团的海上风电项目也在附近海域开工建设。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 海通集团'))).toEqual([]);
  });
});
