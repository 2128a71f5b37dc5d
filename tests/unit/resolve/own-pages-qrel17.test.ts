// Where firms, people and places are on county papers' own pages (qrel17): a person named by the village they live
// in before what they are, a co-op named after a village whose stem a town of the county shares, 村里 after a village
// secretary, the clause after a reporter's scene, a town's firms counted and listed, a park's firms listed after 内,
// a firm set up in a sentence set in a village.
// Sentences written for these tests (names of firms, people and villages invented; towns and counties real, from the
// gazetteer).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsIn = async (home: string, title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page(title, ...paragraphs), { homeCity: home })).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));
const about = (facts: string[], type: string, name: string): string[] => typed(facts, type).filter((f) => f.startsWith(`${type} ${name} →`));

describe('家住某村的 and what the person is: where they live, no post (rel.located-in.resident.home)', () => {
  test('家住某村的退休教师某某 lives in the village and holds no post there', async () => {
    const facts = await factsIn('汝城县', '热水镇：文化礼堂里的讲解员', '家住热水镇竹坪村的退休教师朱秋生如今在村文化礼堂当起了义务讲解员。');
    expect(facts).toContain('LOCATED_IN 朱秋生 → 竹坪村');
    expect(about(facts, 'WORKS_FOR', '朱秋生')).toEqual([]);
  });

  test('住在某社区的志愿者某某, a variation', async () => {
    const facts = await factsIn('宁乡市', '社区里的热心人', '住在玉潭街道青云社区的志愿者彭丽华每天都到社区服务站帮忙。');
    expect(facts).toContain('LOCATED_IN 彭丽华 → 青云社区');
    expect(about(facts, 'WORKS_FOR', '彭丽华')).toEqual([]);
  });

  test('a visitor to the village, no word of living before it, is not placed there; a firm\'s post after 的 stays', async () => {
    const facts = await factsIn('汝城县', '专家进村', '来到竹坪村的县农业农村局技术员何志平为村民讲解了种植技术。湖南汝丰农业有限公司的技术员李春雷也一同前往。');
    expect(about(facts, 'LOCATED_IN', '何志平')).toEqual([]);
    expect(facts).toContain('WORKS_FOR 李春雷 → 湖南汝丰农业有限公司');
  });
});

describe('a name opening with a printed village\'s stem is not the namesake town\'s (guard rel.located-in.name-place.village-stem)', () => {
  test('天堂镇黄尾村 … 黄尾菌菇专业合作社: in the village, not in 黄尾镇', async () => {
    const facts = await factsIn('岳西县', '天堂镇：菌菇撑起致富伞', '记者来到天堂镇黄尾村，黄尾菌菇专业合作社的大棚连片排开，合作社带动全村86户菇农增收。');
    expect(about(facts, 'LOCATED_IN', '黄尾菌菇专业合作社')).toContain('LOCATED_IN 黄尾菌菇专业合作社 → 黄尾村');
    expect(about(facts, 'LOCATED_IN', '黄尾菌菇专业合作社').filter((f) => f.endsWith('黄尾镇'))).toEqual([]);
  });

  test('长乐镇仙岩村 … 仙岩茶叶专业合作社, a variation in another county', async () => {
    const facts = await factsIn('嵊州市', '长乐镇：茶香飘出山村', '长乐镇仙岩村今年扩种白茶。仙岩茶叶专业合作社今年收购鲜叶30万斤。');
    expect(about(facts, 'LOCATED_IN', '仙岩茶叶专业合作社').filter((f) => f.endsWith('仙岩镇'))).toEqual([]);
    expect(facts).toContain('LOCATED_IN 仙岩茶叶专业合作社 → 仙岩村');
  });

  test('the town printed on its own keeps the name\'s town', async () => {
    const facts = await factsIn('岳西县', '黄尾镇：菌菇产业', '黄尾镇今年扩大菌菇种植。黄尾菌菇专业合作社新建大棚40个。');
    expect(facts).toContain('LOCATED_IN 黄尾菌菇专业合作社 → 黄尾镇');
  });
});

describe('村里 after a village secretary names that village (rel.founded.set-up.area-word)', () => {
  test('某村党支部书记某某介绍，村里还成立了… after another village was named: the secretary\'s village', async () => {
    const facts = await factsIn('舒城县', '晓天镇：茶园连片', '晓天镇的茶园分布在梅河村、白沙村，两村共有茶园3000亩。梅河村党支部书记汪长青介绍，村里还成立了舒城县梅河茶叶专业合作社，吸纳80户村民入社。');
    expect(about(facts, 'FOUNDED', '梅河村')).toEqual(['FOUNDED 梅河村 → 舒城县梅河茶叶专业合作社']);
    expect(about(facts, 'FOUNDED', '白沙村')).toEqual([]);
  });

  test('某村党总支书记某某说，村里去年组建了…, a variation', async () => {
    const facts = await factsIn('平阳县', '水头镇：皮革小镇', '水头镇下辖溪口村、岭下村。岭下村党总支书记陈伟民说，村里去年组建了平阳县岭下强村发展有限公司。');
    expect(facts).toContain('FOUNDED 岭下村 → 平阳县岭下强村发展有限公司');
    expect(about(facts, 'FOUNDED', '溪口村')).toEqual([]);
  });

  test('a villager speaking: the village printed before the word, as before', async () => {
    const facts = await factsIn('平阳县', '水头镇：皮革小镇', '水头镇下辖溪口村、岭下村。岭下村村民陈伟民说，村里去年组建了平阳县岭下强村发展有限公司。');
    expect(about(facts, 'FOUNDED', '溪口村')).toEqual([]);
  });
});

describe('the clause after a reporter\'s scene is set there (rel.located-in.scene-set.opening.own-clause)', () => {
  test('记者来到某镇某村，某有限公司的大棚…: the firm is in the village', async () => {
    const facts = await factsIn('石门县', '夹山镇：柑橘丰收', '记者来到夹山镇柳溪村，湖南橘乡果业有限公司的柑橘基地里一片繁忙。');
    expect(facts).toContain('LOCATED_IN 湖南橘乡果业有限公司 → 柳溪村');
  });

  test('走进某镇，某合作社的…, a variation (a town)', async () => {
    const facts = await factsIn('会理市', '通安镇：石榴红了', '走进通安镇，会理市丰禾石榴专业合作社的分拣车间里，工人们正在装箱。');
    expect(facts).toContain('LOCATED_IN 会理市丰禾石榴专业合作社 → 通安镇');
  });

  test('a clause the reporter heads (记者看到…), or a city set as the scene: nothing placed there', async () => {
    const facts = await factsIn('石门县', '夹山镇：柑橘丰收', '记者来到夹山镇柳溪村，记者看到湖南橘乡果业有限公司的货车正在装车。来到常德市，湖南沅澧物流有限公司的仓库堆满了柑橘。');
    expect(about(facts, 'LOCATED_IN', '湖南橘乡果业有限公司').filter((f) => f.endsWith('柳溪村'))).toEqual([]);
    expect(about(facts, 'LOCATED_IN', '湖南沅澧物流有限公司').filter((f) => f.endsWith('常德市'))).toEqual([]);
  });
});

describe('a town\'s firms counted, then listed (rel.located-in.place-firms-listed)', () => {
  test('某镇现有规模以上企业6家，包括甲、乙等: each is in the town', async () => {
    const facts = await factsIn('鄱阳县', '谢家滩镇：工业强镇', '谢家滩镇现有规模以上企业6家，包括江西鄱湖渔具有限公司、鄱阳县天成竹木制品厂等，产品销往广东、福建等地。');
    expect(facts).toContain('LOCATED_IN 江西鄱湖渔具有限公司 → 谢家滩镇');
    expect(facts).toContain('LOCATED_IN 鄱阳县天成竹木制品厂 → 谢家滩镇');
    expect(typed(facts, 'LOCATED_IN').filter((f) => f.endsWith('广东省') || f.endsWith('福建省'))).toEqual([]);
  });

  test('在某镇，…企业已发展到23家。其中，甲、乙、丙…: the next sentence\'s list, a variation', async () => {
    const facts = await factsIn('嵊州市', '长乐镇：领带企业抱团', '在长乐镇，领带加工企业已发展到23家。其中，嵊州市锦程服饰有限公司、浙江雅绅领带有限公司、嵊州市华越丝织厂年销售额均超过亿元。');
    expect(facts).toContain('LOCATED_IN 嵊州市锦程服饰有限公司 → 长乐镇');
    expect(facts).toContain('LOCATED_IN 浙江雅绅领带有限公司 → 长乐镇');
    expect(facts).toContain('LOCATED_IN 嵊州市华越丝织厂 → 长乐镇');
  });

  test('firms the town deals with (与…签约, 对接) are not its own', async () => {
    const facts = await factsIn('鄱阳县', '谢家滩镇：招商', '谢家滩镇今年与12家企业签订合作协议，包括江西鄱湖渔具有限公司、上海华润水产有限公司等。');
    expect(typed(facts, 'LOCATED_IN').filter((f) => f.endsWith('谢家滩镇') && !f.includes('谢家滩镇 →'))).toEqual([]);
  });
});

describe('a park\'s firms listed after 内 (rel.located-in.park, rel.located-in.park.listed)', () => {
  test('某产业园内，甲、乙等12家企业已建成投产: both in the park', async () => {
    const facts = await factsIn('舒城县', '杭埠镇：园区提速', '杭埠镇智能家电产业园内，舒城县恒达电器有限公司、安徽瑞丰电子科技有限公司等12家企业已建成投产。');
    expect(facts).toContain('LOCATED_IN 舒城县恒达电器有限公司 → 杭埠镇智能家电产业园');
    expect(facts).toContain('LOCATED_IN 安徽瑞丰电子科技有限公司 → 杭埠镇智能家电产业园');
  });

  test('某工业园里，甲和乙…, a variation', async () => {
    const facts = await factsIn('宁乡市', '双江口镇：新园区', '双江口镇食品工业园里，宁乡市香满园食品有限公司和湖南湘味坊食品有限公司的生产线正满负荷运转。');
    expect(facts).toContain('LOCATED_IN 宁乡市香满园食品有限公司 → 双江口镇食品工业园');
    expect(facts).toContain('LOCATED_IN 湖南湘味坊食品有限公司 → 双江口镇食品工业园');
  });

  test('firms listed after a park they only supply are not in it', async () => {
    const facts = await factsIn('舒城县', '杭埠镇：园区提速', '杭埠镇智能家电产业园建成后，舒城县恒达电器有限公司、安徽瑞丰电子科技有限公司将为园区企业供应配件。');
    expect(typed(facts, 'LOCATED_IN').filter((f) => f.endsWith('杭埠镇智能家电产业园') && !f.startsWith('LOCATED_IN 杭埠镇智能家电产业园'))).toEqual([]);
  });
});

describe('a firm set up in a sentence set in a village or a town (rel.located-in.scene.set-up-there)', () => {
  test('在某镇某村，村民某某2019年返乡创办了某合作社: the co-op is in the village', async () => {
    const facts = await factsIn('汝城县', '土桥镇：农机合作社', '在土桥镇石龙村，村民何小军2019年返乡创办了汝城县金禾农机专业合作社，如今合作社拥有各类农机36台。');
    expect(facts).toContain('LOCATED_IN 汝城县金禾农机专业合作社 → 石龙村');
  });

  test('在某镇，某某成立了某公司, a variation (a town)', async () => {
    const facts = await factsIn('会理市', '黎溪镇：芒果出山', '在黎溪镇，返乡青年杨光明去年成立了会理市果香电子商务有限公司，帮助果农网上卖芒果。');
    expect(facts).toContain('LOCATED_IN 会理市果香电子商务有限公司 → 黎溪镇');
  });

  test('another place between (回到老家某村) or a city the founder worked in: not the opening place', async () => {
    const facts = await factsIn('汝城县', '土桥镇：回乡创业', '在土桥镇，何小军回到老家石龙村创办了汝城县金禾农机专业合作社。在广州市打工多年后，陈建国回乡创办了汝城县陈记竹木加工厂。');
    expect(about(facts, 'LOCATED_IN', '汝城县金禾农机专业合作社').filter((f) => f.endsWith('土桥镇'))).toEqual([]);
    expect(about(facts, 'LOCATED_IN', '汝城县陈记竹木加工厂').filter((f) => f.endsWith('广州市'))).toEqual([]);
  });
});

describe('a village printed under a town the gazetteer lists it nowhere in (place.village-under-printed-town)', () => {
  test('该镇某村 after the town: the village is that town\'s, not a namesake in another town of the county', async () => {
    const facts = await factsIn('岳西县', '天堂镇：黑山羊养殖', '天堂镇今年发展黑山羊养殖。该镇司空村村民王春来去年养殖黑山羊120只。');
    expect(facts).toContain('PART_OF 司空村 → 天堂镇');
    expect(facts.filter((f) => f.startsWith('PART_OF 司空村 →') && !f.endsWith('天堂镇'))).toEqual([]);
  });

  test('该镇某村 in another county, a variation', async () => {
    const facts = await factsIn('舒城县', '杭埠镇：稻虾连片', '杭埠镇今年推广稻虾共养。该镇七星村的种粮大户吴德胜流转土地300亩。');
    expect(facts).toContain('PART_OF 七星村 → 杭埠镇');
    expect(facts.filter((f) => f.startsWith('PART_OF 七星村 →') && !f.endsWith('杭埠镇'))).toEqual([]);
  });

  test('a village the gazetteer lists in the printed town, or named with no town before it, is the gazetteer\'s', async () => {
    const within = await factsIn('岳西县', '温泉镇：光伏电站', '温泉镇汤池村今年建起了光伏电站。');
    expect(within).toContain('PART_OF 汤池村 → 温泉镇');
    const alone = await factsIn('岳西县', '天堂镇：光伏电站', '天堂镇今年发展光伏产业。汤池村今年也建起了光伏电站。');
    expect(alone).toContain('PART_OF 汤池村 → 温泉镇');
  });
});

describe('a village heading the clause that pilots a programme, after 该镇 or its town (rel.piloted-in.area-pilots)', () => {
  test('该镇某村今年率先试点“…”模式: piloted in the village', async () => {
    const facts = await factsIn('鄱阳县', '双港镇：稻田里的新模式', '双港镇今年扩大优质稻种植。该镇湖滨村今年率先试点“稻渔综合种养”模式，首批示范面积300亩。');
    expect(facts).toContain('PILOTED_IN 稻渔综合种养 → 湖滨村');
  });

  test('某镇某村率先试点…, a chain: the village, not the town', async () => {
    const facts = await factsIn('会理市', '通安镇：果园新模式', '通安镇新民村率先试点“果园托管”模式，30户果农加入。');
    expect(facts).toContain('PILOTED_IN 果园托管 → 新民村');
    expect(about(facts, 'PILOTED_IN', '果园托管').filter((f) => f.endsWith('通安镇'))).toEqual([]);
  });

  test('a village whose villagers only learn the model pilots nothing', async () => {
    const facts = await factsIn('鄱阳县', '双港镇：稻田里的新模式', '该镇湖滨村组织村民学习“稻渔综合种养”模式。');
    expect(typed(facts, 'PILOTED_IN')).toEqual([]);
  });
});
