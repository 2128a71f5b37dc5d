// Places: gazetteer names at word boundaries, the home city as papers write it, country abbreviations where
// their neighbours make them places, and ordinary words that look like place names but are not.
import { mentionsIn, namesOf } from '../../helpers/extract.js';

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

  test.each([['企业纷纷入驻高新区。'], ['他们达成了共识：高新区面临二次创业。'], ['各地开发区都在招商。']])('a bare zone ending with no zone in view names no place: %s', (sentence) => {
    expect(namesOf(sentence, 'Place')).toEqual([]);
  });

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
