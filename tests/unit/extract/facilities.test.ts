// Bases, venues, science courtyards and clusters named by an ending that is no firm's (qbase; src/extract/recognizers/
// facilities.ts). Every sentence is invented: villages, brands, counties and figures.
import { extractText } from '../../../src/extract/index.js';
import { hybridMentionsFor, hybridResources } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('浦江县');
const orgs = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Organization').map((m) => m.text);
const orgOf = (sentence: string, name: string) => extractText(sentence, hybridResources('浦江县')).find((m) => m.label === 'Organization' && sentence.slice(m.start, m.end) === name);

describe('a breeding or planting base named by its place (or a name) and its product', () => {
  test.each([
    ['这里是岩前村黑山羊养殖基地，也是全乡最大的养殖场。', '岩前村黑山羊养殖基地'],
    ['走进柳溪村红心猕猴桃种植基地，一排排大棚整齐排列。', '柳溪村红心猕猴桃种植基地'],
    ['双溪县白沙镇的双溪麻鸭良种繁育基地里，鸭舍整洁干净。', '双溪麻鸭良种繁育基地'],
    ['四川省凉山彝族自治州普格县黑石山土鸡科研选育基地里，鸡苗刚刚出壳。', '黑石山土鸡科研选育基地'],
    ['在安吉县天荒坪镇横溪村白茶育苗基地，工人正在移栽茶苗。', '横溪村白茶育苗基地'],
    // A township before a name of its own that is no place stays in the base's name.
    ['由浦江县结对帮扶云岭县工作队援建的马鞍乡高山茶叶种植基地，今年首批春茶上市。', '马鞍乡高山茶叶种植基地'],
    ['云岭县马鞍乡高山茶叶种植基地今年首批春茶上市。', '马鞍乡高山茶叶种植基地'],
  ])('%s', (sentence, base) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(base);
  });
  test('a village glued by jieba to the product after it (某庄|村某某…) opens the base, and the base is in the village', () => {
    const sentence = '走进安丘市凌河街道石家庄村红芽姜种植基地，大棚整齐排列。';
    const m = orgOf(sentence, '石家庄村红芽姜种植基地');
    expect(m?.rule).toBe('org.base.product');
    expect(m?.attrs.place?.text).toBe('石家庄村');
  });
  test('the county and the prefecture before a mountain say where the base is', () => {
    const sentence = '普格县黑石山土鸡科研选育基地里，鸡苗刚刚出壳。';
    expect(orgOf(sentence, '黑石山土鸡科研选育基地')?.attrs.place?.text).toBe('普格县');
  });
  test.each([
    // A kind of base: no place or name, a count, a list of products, a production or demonstration site.
    '镇里明年将再扩建一个种植基地，种植牧草500亩。',
    '白沙镇还建有一个生产基地和多个养殖基地。',
    '持续扩容花椒、辣椒等烤鱼重要辅材种植基地。',
    '村里建起了牧草种植基地。',
    '位于青山镇柳湖村的茶溪县糯玉米新品种示范种植基地内，农户正在播种。',
    '该县获评全国绿色食品原料标准化生产基地。',
    '每个养殖基地都配有技术员。',
  ])('no base: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => o.endsWith('基地'))).toEqual([]);
  });
});

describe('venues run as businesses: culture parks, homestay complexes, canteens, resorts', () => {
  test.each([
    ['新建的岩前黑山羊文化园已经开门迎客。', '岩前黑山羊文化园'],
    ['在村西边的山坳里，有一座青岚茶文化园。', '青岚茶文化园'],
    ['村口的云栖檀岭民宿综合体，是村里最大的民宿项目。', '云栖檀岭民宿综合体'],
    ['他是村东头栖霞民宿综合体的主理人。', '栖霞民宿综合体'],
    ['文化园内还有一家岩前羊肉大食堂，专做全羊宴。', '岩前羊肉大食堂'],
    ['檀岭村还引进了青峰山野度假村。', '青峰山野度假村'],
  ])('%s', (sentence, venue) => {
    expect(orgs(hybridMentions(sentence))).toContain(venue);
  });
  test.each([
    // A brand between 的 and the place the venue's name opens with is the venue's.
    ['位于城关镇南门老街的阿福嫂兰州拉面大食堂，人头攒动。', '阿福嫂兰州拉面大食堂'],
    ['来到镇口的老街坊沙县小吃大食堂，门口排起了长队。', '老街坊沙县小吃大食堂'],
  ])('%s', (sentence, venue) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(venue);
    expect(found.filter((o) => o !== venue && venue.endsWith(o))).toEqual([]);
  });
  test.each([
    // The kind alone, after common words, or pointed back to.
    '村里的农家客栈有四十多家，不少已改成民宿综合体。',
    '啥叫民宿综合体？除了能休息，还能体验手工。',
    '镇里办起了乡村大食堂，老人吃饭不用愁。',
    '这个文化园由县商务局出资建设。',
    '他走进村里的这家兰州拉面大食堂。',
    '村里正在谋划建设农耕文化园。',
  ])('no venue: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => /(?:文化园|综合体|大食堂|度假村)$/u.test(o))).toEqual([]);
  });
});

describe("a village's science-and-technology courtyard", () => {
  test.each([
    ['有一座特别的院子——桂花村科技小院。', '桂花村科技小院'],
    ['东皋镇桂花村科技小院常驻研究生6名。', '桂花村科技小院'],
  ])('%s', (sentence, courtyard) => {
    expect(orgs(hybridMentions(sentence))).toContain(courtyard);
  });
  test('it is a research institute, in its village', () => {
    const m = orgOf('有一座特别的院子——桂花村科技小院。', '桂花村科技小院');
    expect(m?.kind).toBe('ResearchInstitute');
    expect(m?.attrs.place?.text).toBe('桂花村');
  });
  test('科技小院 alone is the kind', () => {
    expect(orgs(hybridMentions('他说，科技小院就是农民身边的田间课堂。'))).toEqual([]);
  });
});

describe('an industrial cluster named by its places and its industry', () => {
  test.each([
    ['以永兴为重点的浦江永兴精密模具集群，入选第五批国家先进制造业集群。', '浦江永兴精密模具集群'],
    ['以东阳为重点的金华衢州山地农机装备集群入选国家级集群。', '金华衢州山地农机装备集群'],
    ['绍兴柯桥现代纺织产业集群去年产值突破2000亿元。', '绍兴柯桥现代纺织产业集群'],
  ])('%s', (sentence, cluster) => {
    expect(orgs(hybridMentions(sentence))).toContain(cluster);
  });
  test.each([
    // No place, a quoted kind, a cluster being built, a grade.
    '富春江镇已培育出多个特色鲜明的“民宿+”产业集群。',
    '初步形成以整车企业为龙头的新能源汽车产业集群。',
    '我县将着力打造浦江水晶玻璃产业集群。',
    '我县将培育龙游电子信息产业集群，力争三年内产值翻番。',
    '我县的水晶玻璃产业集群也入选了省级特色产业集群。',
    '下大气力提升产业集群化水平。',
  ])('no cluster: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence)).filter((o) => o.endsWith('集群'))).toEqual([]);
  });
});

describe("a village group's share cooperative numbered after the group's name", () => {
  test.each([
    ['桂溪社区上湾二股份经济合作社副社长陈立新说。', '桂溪社区上湾二股份经济合作社'],
    ['梅林社区大塘三股份经济合作社今年分红85万元。', '梅林社区大塘三股份经济合作社'],
    // A group named by a common noun (小洞, 新屋), after its community.
    ['柏溪社区小洞二股份经济合作社社长王立平介绍。', '柏溪社区小洞二股份经济合作社'],
    ['东坑社区新屋一股份经济合作社去年分红42万元。', '东坑社区新屋一股份经济合作社'],
  ])('%s', (sentence, coop) => {
    const found = orgs(hybridMentions(sentence));
    expect(found).toContain(coop);
    expect(found.filter((o) => o !== coop)).toEqual([]);
  });
  test.each(['全村三个股份经济合作社都已分红。', '村里有二股份经济合作社。'])('a count is no group: %s', (sentence) => {
    expect(orgs(hybridMentions(sentence))).toEqual([]);
  });
});
