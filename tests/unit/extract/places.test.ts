// Places: gazetteer names at word boundaries, the home city as papers write it, country abbreviations where
// their neighbours make them places, and ordinary words that look like place names but are not.
import { extractText, loadExtractResources } from '../../../src/extract/index.js';
import { mentionsIn, namesOf, resources } from '../../helpers/extract.js';

describe('places', () => {
  test.each([
    ['客商来自浙江省杭州市，落户新埭镇。', [['浙江省', 'Province'], ['杭州市', 'City'], ['新埭镇', 'Town']]],
    ['乍浦的企业与嘉善县、海宁市的同行交流。', [['乍浦', 'Town'], ['嘉善县', 'County'], ['海宁市', 'County']]],
    ['当湖街道梅园社区的志愿者走访了韩家庙村。', [['当湖街道', 'Subdistrict'], ['梅园社区', 'Community'], ['韩家庙村', 'Village']]],
    ['他曾在日本、韩国和越南工作多年。', [['日本', 'Country'], ['韩国', 'Country'], ['越南', 'Country']]],
    ['平湖经开和独山港经济开发区都在招商。', [['平湖经开', 'DevelopmentZone'], ['独山港经济开发区', 'DevelopmentZone']]],
    ['代表团前往莫斯科和伦敦访问。', [['莫斯科', 'City'], ['伦敦', 'City']]],
    ['河道位于东湖社区北侧，沿着马家浜东侧延伸。', [['东湖社区', 'Community'], ['马家浜', 'Landmark']]],
    ['阳光小区的居民搬进了澳多奇临时庇护点。', [['阳光小区', 'Landmark'], ['澳多奇临时庇护点', 'Landmark']]],
    ['国家大剧院和北京图书大厦都在长安街。', [['国家大剧院', 'Landmark'], ['北京图书大厦', 'Landmark']]],
  ])('%s', (sentence, expected) => {
    const places = mentionsIn(sentence).filter((m) => m.label === 'Place' && !m.rule.startsWith('place.ref'));
    expect(places.map((p) => [p.text, p.kind])).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['昆山高新区与平湖经开签订合作协议。', '昆山高新区', 'place.zone.hitech'],
    ['杭州高新区（滨江）举办人才交流活动。', '杭州高新区', 'place.zone.hitech'],
    ['宁波保税区和舟山自贸区的企业前来参展。', '宁波保税区', 'place.zone.bonded'],
    ['宁波保税区和舟山自贸区的企业前来参展。', '舟山自贸区', 'place.zone.ftz'],
    ['海盐县经济开发区新增企业12家。', '海盐县经济开发区', 'place.zone.edz'],
    // The bare ending later in the text is the zone named there; on the home county's page, its one zone so named.
    ['嘉善高新区举办招商会，该高新区今年新增企业50家。', '高新区', 'place.zone.anaphor'],
    ['嘉兴经济技术开发区举办招商会，开发区今年新增企业50家。', '开发区', 'place.zone.anaphor'],
    ['项目位于经济技术开发区，建成后年产值可达10亿元。', '经济技术开发区', 'place.zone.home'],
    // A zone the gazetteer lists by name stays the gazetteer's.
    ['嘉兴经济技术开发区有规上企业300家。', '嘉兴经济技术开发区', 'place.gazetteer.full'],
  ])('%s — %s is a development zone (%s)', (sentence, word, rule) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Place', kind: 'DevelopmentZone', text: word, rule })]));
  });

  test.each([['村里有一座汤山，山上有庙。'], ['山下有庙，水边有亭。'], ['村东有座寺，香火很旺。']])('a clause before a one-character building ending names no place: %s', (sentence) => {
    expect(namesOf(sentence, 'Place')).toEqual([]);
  });

  test('a building word that an administrative ending follows names the place (某区大桥镇), not a bridge', () => {
    expect(mentionsIn('嘉兴市南湖区大桥镇的企业新上了两条生产线。').filter((m) => m.label === 'Place').map((m) => [m.text, m.kind])).toEqual([
      ['嘉兴市', 'City'],
      ['南湖区', 'District'],
      ['大桥镇', 'Town'],
    ]);
  });

  test('a village of one character right after its town in a chain is a village; elsewhere one character names none', () => {
    expect(mentionsIn('桐庐县分水镇朱村今年接待游客5万人次。').filter((m) => m.label === 'Place').map((m) => [m.text, m.kind])).toEqual([
      ['桐庐县', 'County'],
      ['分水镇', 'Town'],
      ['朱村', 'Village'],
    ]);
    for (const sentence of ['镇村两级干部参加会议。', '全镇各村都通了公交。', '孝丰镇新村建设加快。', '孝丰镇一村一品。']) expect(namesOf(sentence, 'Place').filter((p) => p.endsWith('村'))).toEqual([]);
  });

  test('a temple named by its own words is a landmark', () => {
    expect(namesOf('他去了白马寺。', 'Place')).toEqual(['白马寺']);
  });

  test.each([['企业纷纷入驻高新区。'], ['他们达成了共识：高新区面临二次创业。'], ['各地开发区都在招商。']])('a bare zone ending with no zone in view names no place: %s', (sentence) => {
    expect(namesOf(sentence, 'Place')).toEqual([]);
  });

  // A grade between a zone's own name and its theme: the whole is one zone (zone-suffixes.json's graded).
  test.each([
    ['走进位于宿州国家农业科技园区内的一家公司。', '宿州国家农业科技园区', 'DevelopmentZone', 'place.zone.graded.park'],
    ['在韩城市，桃源国家生态工业示范区内车辆往来。', '桃源国家生态工业示范区', 'DevelopmentZone', 'place.zone.graded.demonstration'],
    ['张江国家自主创新示范区发布年度报告。', '张江国家自主创新示范区', 'DevelopmentZone', 'place.zone.graded.demonstration'],
    ['游客走进梅岭国家级自然保护区观鸟。', '梅岭国家级自然保护区', 'Landmark', 'place.zone.graded.reserve'],
  ])('%s — %s is one place', (sentence, word, kind, rule) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Place', kind, text: word, rule })]));
  });

  test.each([['我国国家级新区已达19个。'], ['该县正在创建国家生态工业示范区。'], ['全省国家级开发区增加到20家。'], ['企业纷纷入驻国家农业科技园区。']])(
    'a grade and a zone ending after no name name no zone: %s',
    (sentence) => {
      expect(mentionsIn(sentence).filter((m) => m.rule.startsWith('place.zone.graded'))).toEqual([]);
    },
  );

  test.each([
    ['我市今年新增高新技术企业50家。', '我市', 'place.ref.home-city'],
    ['全市各镇街道都设立了服务站。', '全市', 'place.ref.home-city'],
    ['全区工业产值稳步增长。', '全区', 'place.ref.local-area'],
    ['本市居民可以免费参观。', '本市', 'place.ref.home-city'],
    ['市里将出台专项扶持政策。', '市里', 'place.ref.home-city'],
  ])('%s — %s refers to the home area', (sentence, word, rule) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ text: word, rule })]));
  });

  test.each([
    ['中美两国将加强合作。', ['中', '美']],
    ['双方表示，中俄关系正处于历史最好时期。', ['中', '俄']],
    ['外国友人访华期间参观了工厂。', ['华']],
    ['代表团抵京后举行会谈。', ['京']],
    ['中方对此表示欢迎。', ['中']],
  ])('one-character abbreviations in context: %s', (sentence, expected) => {
    expect(namesOf(sentence, 'Place')).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['公司新建了一座新仓库。'],
    ['和平与发展是时代主题。'],
    ['他大方地表示欢迎。'],
    ['我们要加以重视，非法行为必须查处。'],
    ['他在新的岗位上表现出色。'],
  ])('no place in: %s', (sentence) => {
    expect(namesOf(sentence, 'Place')).toEqual([]);
  });

  test('a residential compound named like a far county is the compound (沿河小区), and 老旧小区 is no name', () => {
    expect(mentionsIn('沿河小区的居民都来了。').filter((m) => m.label === 'Place').map((m) => [m.text, m.kind])).toEqual([['沿河小区', 'Landmark']]);
    expect(namesOf('这个小区很大，老旧小区改造完成。', 'Place')).toEqual([]);
    expect(namesOf('村里落实好临时安置点。', 'Place')).toEqual([]);
  });

  test('a one-character abbreviation after an unrelated word is not a place', () => {
    expect(namesOf('比去年增长了两成，以此为基础继续努力。', 'Place')).toEqual([]);
  });
});

// Issue 11: villages, towns and communities the gazetteer lacks, named by their ending; chains of places cut
// at every ending; common words that end like a place name are none.
describe('places named by their administrative ending', () => {
  test.each([
    // A chain: each link is a place of its own, the village after its town read confidently.
    ['记者来到甘肃省天水市麦积区甘泉镇柳家河村，村里的樱桃熟了。', [['甘泉镇', 'Town'], ['柳家河村', 'Village']]],
    ['在宾川县平川镇朱苦拉村，咖啡树成片。', [['平川镇', 'Town'], ['朱苦拉村', 'Village']]],
    ['在山西省大同市云州区吉家庄乡小寺沟村，一派丰收景象。', [['大同市', 'City'], ['小寺沟村', 'Village']]],
    ['我们走进岭桥镇石坪村，看到一片新房。', [['岭桥镇', 'Town'], ['石坪村', 'Village']]],
  ])('%s', (sentence, expected) => {
    const places = mentionsIn(sentence).filter((m) => m.label === 'Place');
    expect(places.map((p) => [p.text, p.kind])).toEqual(expect.arrayContaining(expected));
    // No span swallows a chain (岭桥镇石坪村) or stops inside the village (小寺沟村 is not 小寺, a building, + 沟村).
    for (const p of places) expect(expected.some(([name]) => name !== p.text && p.text.includes(name!))).toBe(false);
  });

  test('a village read in a chain is the village again where it recurs alone, over a city of the same name inside it', () => {
    const found = mentionsIn('走进江西省赣州市于都县车溪乡吉安村，吉安村的脐橙熟了。').filter((m) => m.label === 'Place');
    expect(found.filter((m) => m.text === '吉安村')).toHaveLength(2);
    expect(found.some((m) => m.text === '吉安')).toBe(false);
  });

  test.each([
    ['城市社区和老旧社区各有特点。'],
    ['新产品明年上市，销往各大城市。'],
    ['两村共建冷库，各乡镇都成立了服务站。'],
    ['当地打造“中国茶叶之乡”。'],
    ['一个美丽的小山村迎来了游客。'],
    ['青山绿水就是金山银山。'],
    ['大家在矿区附近植树。'],
  ])('no village, town or city in: %s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Place' && m.kind !== 'Country').map((m) => m.text)).toEqual([]);
  });

  // A series of names with one ending: each item is a place of that kind, though alone it would not be read.
  test.each([
    ['由柯桥区的马家村、王坞村、林山村共同组成。', ['马家村', '王坞村', '林山村']],
    ['石坪村、岭下村、上塘村联合成立合作社。', ['石坪村', '岭下村', '上塘村']],
    ['东门社区、前进社区联合办展。', ['东门社区', '前进社区']],
  ])('a series of places sharing an ending: %s', (sentence, names) => {
    const places = mentionsIn(sentence).filter((m) => m.label === 'Place');
    expect(places.map((m) => m.text)).toEqual(expect.arrayContaining(names));
    expect(places.some((m) => m.rule.endsWith('.series'))).toBe(true);
  });

  test.each([
    ['张家村、李家两村合作建冷库。', '李家两村'],
    ['石坪村、全村上下齐动员。', '全村'],
    ['径口村、安排村民参加培训。', '安排村'],
    ['枫林村、合作社和村集体一起分红。', '合作社和村'],
  ])('no series item where the words are no name: %s', (sentence, word) => {
    const places = mentionsIn(sentence).filter((m) => m.label === 'Place');
    expect(places.map((m) => m.text)).not.toContain(word);
    expect(places.filter((m) => m.rule.endsWith('.series'))).toEqual([]);
  });

  test.each([
    // A verb before a district's short form is not part of it; the short form counts where the district is named in full.
    ['重庆市涪陵区的榨菜闻名全国，初到涪陵的游客都会尝一尝。', ['重庆市', '涪陵区', '涪陵']],
    // A short form right after the province it lies in, though jieba reads it as a common noun (长治, 铜仁).
    ['他来自山西长治，在贵州铜仁打工。', ['山西', '长治', '贵州', '铜仁']],
  ])('%s', (sentence, expected) => {
    expect(namesOf(sentence, 'Place')).toEqual(expected);
  });

  test.each([
    ['苏州工业园区和宁波望海产业园签约。', '宁波望海产业园', 'DevelopmentZone'],
    ['游客登上泰山，又去了塔克拉玛干沙漠。', '塔克拉玛干沙漠', 'Landmark'],
    ['走进雁荡山，只见奇峰林立。', '雁荡山', 'Landmark'],
  ])('industrial parks, deserts and mountains are places: %s', (sentence, name, kind) => {
    expect(mentionsIn(sentence)).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Place', text: name, kind })]));
  });

  test.each([['企业纷纷搬进产业园。'], ['全县建成3个物流产业园。']])('no park named by a verb or a count: %s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.text.endsWith('产业园'))).toEqual([]);
  });

  test.each([
    ['公司建设起钙镁新材料产业园。', '钙镁新材料产业园'],
    ['他们办起锂电产业园。', '锂电产业园'],
  ])('a verb and its complement stay out of the name: %s', (sentence, name) => {
    expect(namesOf(sentence, 'Place')).toEqual([name]);
  });
});

describe('places in a chain', () => {
  const placeIds = (sentence: string, name: string): string[][] => {
    const res = resources();
    return extractText(sentence, res)
      .filter((c) => c.label === 'Place' && sentence.slice(c.start, c.end) === name)
      .map((c) => (c.attrs.placeIds ?? []).map((id) => res.gazetteer.lineage(id).map((p) => p.name).join('<')));
  };

  test('a town named after its county is the town of that county, not a namesake elsewhere', () => {
    const ids = placeIds('游客来到广西桂林市阳朔县白沙镇。', '白沙镇');
    expect(ids).toEqual([[expect.stringMatching(/^白沙镇<阳朔县</)]]);
  });

  test('a town the gazetteer lists only elsewhere is another town of that name, read without ids', () => {
    expect(placeIds('安徽省合肥市肥西县新埭镇的农民来了。', '新埭镇')).toEqual([[]]);
  });

  test('a district the gazetteer lists only elsewhere, printed after a city, is still that district: no chain, no other place', () => {
    const ids = placeIds('杭州市朝阳区的企业也来了。', '朝阳区');
    expect(ids).toHaveLength(1);
    expect(ids[0]!.length).toBeGreaterThan(0);
    expect(ids[0]!.every((x) => x.startsWith('朝阳区<') && !x.includes('杭州市'))).toBe(true);
  });

  test('a town told from its namesakes by its chain is the same town where it recurs alone', () => {
    const ids = placeIds('游客来到广西桂林市阳朔县白沙镇。白沙镇的民宿都住满了。', '白沙镇');
    expect(ids).toHaveLength(2);
    for (const x of ids) expect(x).toEqual([expect.stringMatching(/^白沙镇<阳朔县</)]);
  });

  test('an ethnic township goes by its name without the nationality', () => {
    expect(placeIds('在莪山乡，游客很多。', '莪山乡')).toEqual([[expect.stringMatching(/^莪山畲族乡<桐庐县</)]]);
  });

  test('a word of jieba made of a province and its city is the two places', () => {
    expect(namesOf('工厂位于湖南永州零陵区。', 'Place')).toEqual(['湖南', '永州', '零陵区']);
  });

  test('a verb of place before a road is not part of its name', () => {
    expect(namesOf('村子地处苏嘉路沿线，交通便利。', 'Place')).toEqual(['苏嘉路']);
  });
});

// A place's name before a road's ending names the road (平湖大道, 嘉兴路288号, 兴平二路, 北京西路), by the rules and
// in the tagger's spans alike; a street corner or a way there (成都街头, 回平湖路上) still names the place.
describe('roads named after places', () => {
  const placesIn = (s: string) => mentionsIn(s).filter((m) => m.label === 'Place').map((m) => m.text);
  test.each([['车队沿着海宁大道向东行驶。'], ['门店位于嘉善路188号。'], ['仓库在兴平二路以北。'], ['公司搬到了温州西路。'], ['他住在宁波巷。']])('%s', (sentence) => {
    expect(placesIn(sentence)).toEqual([]);
  });
  test.each([
    ['成都街头很热闹。', '成都'],
    ['在回平湖路上，他接到了电话。', '平湖'],
    ['他去温州出差。', '温州'],
  ])('%s', (sentence, place) => {
    expect(placesIn(sentence)).toContain(place);
  });
});

// A village of the paper's own area whose name is a common noun for a kind of place (山村, a mountain village: the
// commonNouns of admin-endings.json) is that village only after a place it lies in.
describe("the paper's own village named by a common noun", () => {
  const res = loadExtractResources({ homeAreas: ['丽水市'], engine: 'rules' });
  const places = (s: string) => extractText(s, res).filter((m) => m.label === 'Place').map((m) => s.slice(m.start, m.end));
  test('alone, it is the common noun', () => {
    expect(places('他在山村坚守了三十年。')).toEqual([]);
  });
  test('after its township, it is the village', () => {
    expect(places('丽新畲族乡山村的村民说。')).toEqual(['丽新畲族乡', '山村']);
  });
  test('so is one named by such a word after 小 (小山村)', () => {
    const huzhou = loadExtractResources({ homeAreas: ['湖州市'], engine: 'rules' });
    const inHuzhou = (s: string) => extractText(s, huzhou).filter((m) => m.label === 'Place').map((m) => s.slice(m.start, m.end));
    expect(inHuzhou('这个小山村走出了共富路。')).toEqual([]);
    expect(inHuzhou('八里店镇小山村的村民说。')).toEqual(['八里店镇', '小山村']);
  });
});

// A town whose name doubles its ending (乌镇镇) goes by the name without the second (乌镇) — the one of the county the
// article names, not a namesake far away whose full name is 乌镇.
describe('a town named with its ending twice', () => {
  test('the short name is the town of the county the text names', async () => {
    const text = '桐乡市的乌镇迎来了游客高峰。';
    const m = extractText(text, resources()).find((c) => text.slice(c.start, c.end) === '乌镇')!;
    expect(m.label).toBe('Place');
    expect(m.attrs.placeIds).toContain('330483100');
  });
});

// lead12: a village printed after a town it does not lie in is another village of that name — also where it opens a
// body's name (某镇某村党支部), as it already was when printed alone.
describe('a village after a town, opening a body\'s name (lead12)', () => {
  const placeOf = (sentence: string) => extractText(sentence, resources()).find((c) => c.label === 'Organization')?.attrs.place;

  test.each([
    ['独山港镇韩家庙村党支部书记介绍了情况。', ['330482108223']],
    ['平湖市独山港镇韩家庙村村委会组织清理河道。', ['330482108223']],
  ])('after its own town it keeps the gazetteer\'s village: %s', (sentence, ids) => {
    expect(placeOf(sentence)?.placeIds).toEqual(ids);
  });

  test.each([['当湖街道韩家庙村党支部书记介绍了情况。'], ['林埭镇马厩村村委会换届选举顺利完成。']])(
    'after another town it is a village the gazetteer lacks, of its kind: %s',
    (sentence) => {
      const place = placeOf(sentence);
      expect(place?.placeIds).toEqual([]);
      expect(place?.kind).toBe('Village');
    },
  );

  test('printed alone it is still the gazetteer\'s', () => {
    expect(placeOf('韩家庙村党支部书记介绍了情况。')?.placeIds).toEqual(['330482108223']);
  });
});

// lead12: a county paper's 我县 is its own county, as a city paper's 我市 is its city — and opens no firm's name.
describe('我县 and 本县 (lead12)', () => {
  test.each([
    ['我县两家企业获评省级绿色工厂。', '我县'],
    ['本县农户可凭证件申请补贴。', '本县'],
  ])('a reference to the paper\'s own area: %s', (sentence, word) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Place').map((m) => [m.text, m.rule])).toContainEqual([word, 'place.ref.local-area']);
  });

  test('a firm named after 我县 starts after it', () => {
    expect(namesOf('我县明达阀门有限公司、恒通电缆有限公司榜上有名。', 'Organization')).toEqual(['明达阀门有限公司', '恒通电缆有限公司']);
  });
});

test('全县 is a reference to the county (lead12)', () => {
  expect(mentionsIn('全县粮食播种面积稳定在12万亩。').filter((m) => m.label === 'Place').map((m) => [m.text, m.rule])).toEqual([['全县', 'place.ref.local-area']]);
});

// lead13: a village or community named by two words between its town and its ending.
describe('two words between a place and its ending', () => {
  test.each([
    ['在新塍镇郭家埭头村，稻谷开镰了。', '郭家埭头村'],
    ['杭坪镇薛下庄村的茶园里，茶农正忙着采摘。', '薛下庄村'],
  ])('%s → %s', (sentence, name) => {
    expect(namesOf(sentence, 'Place')).toContain(name);
  });
  test.each([['新塍镇农村社区开展活动。'], ['新塍镇的和谐社区建设'], ['新塍镇城乡社区治理水平提升。']])('no name of its own: %s', (sentence) => {
    expect(namesOf(sentence, 'Place').filter((n) => /[村区]$/.test(n) && !n.endsWith('镇'))).toEqual([]);
  });
});

// lead13: divisions registered under a kind of zone or farm; resorts and scenic areas by their ending.
describe('kinds of zone are no division’s name', () => {
  test.each([['本县旅游度假区新开了两家酒店。'], ['县良种场培育了新品种。'], ['市综合保税区进出口增长。']])('%s', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.label === 'Place' && (m.kind === 'Town' || m.kind === 'Subdistrict'))).toEqual([]);
  });
  test.each([
    ['德清县莫干山旅游度假区接待游客。', '德清县莫干山旅游度假区'],
    ['千岛湖风景区游客众多。', '千岛湖风景区'],
  ])('a resort or a scenic area named by its ending: %s', (sentence, name) => {
    expect(namesOf(sentence, 'Place')).toContain(name);
  });
  test('a kind of resort names none', () => {
    expect(namesOf('建设旅游度假区是今年的重点。', 'Place')).toEqual([]);
  });
  test('the first or only one of its kind is described, not named', () => {
    expect(namesOf('这是衢州市首个国家级旅游度假区。', 'Place')).toEqual(['衢州市']);
  });
});

// lead13: names printed without their ending in a list a count of their level closes.
describe('a list of places closed by a count of their level', () => {
  const counted = (s: string) => mentionsIn(s).filter((m) => m.rule.endsWith('.counted-list')).map((m) => [m.text, m.kind]);
  test.each([
    ['近日，茅洋镇的薛家岙、岭后、桐坑三个村联合成立了强村公司。', [['薛家岙', 'Village'], ['岭后', 'Village'], ['桐坑', 'Village']]],
    ['大溪镇潘周家、下宅两村共建产业园。', [['潘周家', 'Village'], ['下宅', 'Village']]],
    ['会上，丰岙、梅林两镇签订了协议。', [['丰岙', 'Town'], ['梅林', 'Town']]],
  ])('%s', (sentence, expected) => {
    expect(counted(sentence)).toEqual(expected);
  });
  test.each([['王刚、李明两人获奖。'], ['薛家岙、岭后三个村都参加了。'], ['苹果、梨两个村都种。']])('no list of places, or not as many names as the count: %s', (sentence) => {
    expect(counted(sentence)).toEqual([]);
  });
  test('the place is named with its ending', () => {
    const found = extractText('近日，茅洋镇的薛家岙、岭后两个村联合成立了强村公司。', resources()).filter((c) => c.rule.endsWith('.counted-list'));
    expect(found.map((c) => c.attrs.canonical)).toEqual(['薛家岙村', '岭后村']);
  });
});
