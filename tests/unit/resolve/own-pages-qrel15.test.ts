// Relations read from county and city papers' own pages, read with a home city (qrel15): a report opening with
// 本报讯（记者 某某）, a headline's place qualifying firms that were listed, officials going to towns, a new
// association's officers, lists of firms after a place, founders named by a village's collective, a firm's name
// opening with its county where a town of the same stem exists, and a village a body is named after.
// Sentences written for these tests (names of firms and people invented; places real, from the gazetteer).
import { splitSentences } from '../../../src/extract/context.js';
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsIn = async (home: string, title: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page(title, ...paragraphs), { homeCity: home })).facts;
const typed = (facts: string[], type: string): string[] => facts.filter((f) => f.startsWith(`${type} `));
const about = (facts: string[], type: string, name: string): string[] => typed(facts, type).filter((f) => f.startsWith(`${type} ${name} →`));

describe('a dateline with its byline in brackets is a sentence of its own', () => {
  test('本报讯（记者 某某 通讯员 某某） ends its sentence; the report opens the next', () => {
    const text = '本报讯（记者 龙海燕 通讯员 石小军）在某镇，合作社开工了。';
    const s = splitSentences(text);
    expect(text.slice(s[0]!.start, s[0]!.end)).toBe('本报讯（记者 龙海燕 通讯员 石小军）');
    expect(text.slice(s[1]!.start, s[1]!.end)).toBe('在某镇，合作社开工了。');
  });

  test('本报6月3日讯（通讯员 某某）, a variation', () => {
    const text = '本报6月3日讯（通讯员 石小军）昨日，某镇举办了培训。';
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual(['本报6月3日讯（通讯员 石小军）', '昨日，某镇举办了培训。']);
  });

  test('brackets after 本报讯 holding no role word, or a dateline alone, are not split off', () => {
    const text = '本报讯（综合）某镇举办了培训。';
    expect(splitSentences(text)).toHaveLength(1);
    const plain = '本报讯 某镇举办了培训。';
    expect(splitSentences(plain)).toHaveLength(1);
  });

  test('在某镇某村，某合作社的大棚里… after the byline: the co-op is in the village (rel.located-in.scene)', async () => {
    const facts = await factsIn('三台县', '芦溪镇：大棚里种出致富菜', '本报讯（通讯员 何晓川）在芦溪镇青杠村，三台县绿禾蔬菜专业合作社的大棚里，村民正在采摘黄瓜。');
    expect(facts).toContain('LOCATED_IN 三台县绿禾蔬菜专业合作社 → 青杠村');
  });

  test('the reporter in the byline is no subject: a brand listed after it gives the reporter nothing', async () => {
    const facts = await factsIn('三台县', '三台麦冬入选品牌目录', '本报讯（记者 何晓川）近日，“三台麦冬”入选四川省农产品品牌目录。');
    expect(typed(facts, 'RECEIVED').filter((f) => f.includes('何晓川'))).toEqual([]);
  });
});

describe('a place qualifying what was listed did not win it (guard rel.received.award.place-qualifies)', () => {
  test('某镇茶企入选… (headline): the town is not on the list', async () => {
    const facts = await factsIn('安溪县', '蓝田乡茶企入选省级龙头企业名单', '近日，福建省农业农村厅公布省级重点农业产业化龙头企业名单，蓝田乡的福建云岫茶业有限公司榜上有名。');
    expect(about(facts, 'RECEIVED', '蓝田乡')).toEqual([]);
    expect(facts.some((f) => f.startsWith('RECEIVED 福建云岫茶业有限公司 →'))).toBe(true);
  });

  test('某市两企业获评… (a count without 家): the city did not win it', async () => {
    const facts = await factsIn('宁国市', '宁国市两企业获评省级绿色工厂', '安徽省经济和信息化厅日前公布省级绿色工厂名单，宁国市竹海包装有限公司、宁国市山岚机械有限公司入选。');
    expect(about(facts, 'RECEIVED', '宁国市')).toEqual([]);
  });

  test('a village listed by a ministry after 被 still won it (the agent is no qualifier)', async () => {
    const facts = await factsIn('枝江市', '关庙山村获殊荣', '关庙山村还被农业农村部认定为全国“一村一品”示范村。');
    expect(facts.some((f) => f.startsWith('RECEIVED 关庙山村 →'))).toBe(true);
  });

  test('a village heading its clause with only adverbs before the verb still won it', async () => {
    const facts = await factsIn('枝江市', '关庙山村获评省级美丽乡村示范村', '近日，关庙山村成功入选湖北省美丽乡村示范村名单。');
    expect(facts.some((f) => f.startsWith('RECEIVED 关庙山村 →'))).toBe(true);
  });
});

describe('places after a verb of going are where, not who (guard rel.organized.destination)', () => {
  test('县某局组织… is the bureau acting, not a body named 某局组织 (hybrid.veto.verb-after-body)', async () => {
    const g = await graphOfPage(page('县林业局送技术下乡', '近日，县林业局组织专家深入旧县镇开展“林果技术进万家”活动。'), { homeCity: '洛川县' });
    expect(g.node('洛川县林业局组织')).toBeUndefined();
    expect(g.node('洛川县林业局')).toBeDefined();
  });

  test('某局组织专家深入甲镇、乙镇开展“…”活动: the bureau organised it, the towns did not', async () => {
    const facts = await factsIn('洛川县', '县林业局送技术下乡', '近日，县林业局组织专家深入旧县镇、永乡镇开展“林果技术进万家”活动。');
    expect(facts.some((f) => /^ORGANIZED 洛川县林业局 → /u.test(f))).toBe(true);
    expect(about(facts, 'ORGANIZED', '旧县镇')).toEqual([]);
    expect(about(facts, 'ORGANIZED', '永乡镇')).toEqual([]);
  });

  test('a variation: 走进某村开展…', async () => {
    const facts = await factsIn('攸县', '县司法局普法进村', '县司法局工作人员走进网岭镇罗家坪村开展“法律明白人”培训活动。');
    expect(about(facts, 'ORGANIZED', '罗家坪村')).toEqual([]);
    expect(about(facts, 'ORGANIZED', '网岭镇')).toEqual([]);
  });

  test('a town that holds the event itself is still its organiser', async () => {
    const facts = await factsIn('攸县', '网岭镇办培训', '网岭镇举办“乡村工匠”技能培训班，80多名村民参加。');
    expect(facts.some((f) => f.startsWith('ORGANIZED 网岭镇 →'))).toBe(true);
  });
});

describe(`a new association's officers: a post that is an earlier clause's object is not the next name's`, () => {
  const text = '会上，湖南岭峰食品有限公司董事长欧阳平当选为协会会长，攸县青禾米业有限公司总经理谭小东当选为副会长。';
  test('甲当选为协会会长，乙公司总经理丙当选为副会长: 丙 is no 会长 (rel.works-for.title.clause-object)', async () => {
    const facts = await factsIn('攸县', '攸县稻米产业协会成立', '8月2日，攸县稻米产业协会召开成立大会。', text);
    expect(facts).toContain('WORKS_FOR 谭小东 → 攸县青禾米业有限公司');
    const g = await graphOfPage(page('攸县稻米产业协会成立', '8月2日，攸县稻米产业协会召开成立大会。', text), { homeCity: '攸县' });
    const roles = g.graph.relationships.filter((r) => r.type === 'WORKS_FOR' && g.graph.nodes.find((n) => n.id === r.start)?.properties.name === '谭小东').map((r) => r.properties.role);
    expect(roles).not.toContain('会长');
  });

  test('乙当选为副会长 after it is held at the same association (rel.works-for.serves-as.same-body)', async () => {
    const g = await graphOfPage(page('攸县稻米产业协会成立', '8月2日，攸县稻米产业协会召开成立大会。', text), { homeCity: '攸县' });
    const r = g.relation('WORKS_FOR', '谭小东', '攸县稻米产业协会');
    expect(r?.properties.role).toBe('副会长');
    expect(g.relation('WORKS_FOR', '欧阳平', '攸县稻米产业协会')?.properties.role).toBe('会长');
  });

  test('two bodies taken before: which one the bare post is at is unsure, nothing', async () => {
    const g = await graphOfPage(page('两会成立', '欧阳平当选为攸县稻米产业协会会长，刘春生当选为攸县茶叶协会会长，谭小东当选为副会长。'), { homeCity: '攸县' });
    expect(g.facts.filter((f) => f.startsWith('WORKS_FOR 谭小东 →'))).toEqual([]);
  });

  test('posts listed before a name with commas (no verb before the first) still both count', async () => {
    const facts = await factsIn('攸县', '企业家说', '攸县青禾米业有限公司董事长，攸县稻米产业协会会长谭小东说，今年早稻丰收。');
    expect(facts).toContain('WORKS_FOR 谭小东 → 攸县青禾米业有限公司');
    expect(facts).toContain('WORKS_FOR 谭小东 → 攸县稻米产业协会');
  });
});

describe('posts taken with 任 after the name, and a town holding no post of a 联社 or 协会', () => {
  test('甲任公司总经理 after the company was named (rel.works-for.serves-as)', async () => {
    const facts = await factsIn('攸县', '返乡办企业', '攸县峡谷山居民宿管理有限公司去年成立，返乡青年周晓峰任公司总经理。');
    expect(facts).toContain('WORKS_FOR 周晓峰 → 攸县峡谷山居民宿管理有限公司');
  });

  test('任务, 任何 after a name are no post', async () => {
    const facts = await factsIn('攸县', '任务落实', '攸县峡谷山居民宿管理有限公司去年成立。陈思雨任务繁重，公司正在招人。');
    expect(about(facts, 'WORKS_FOR', '陈思雨')).toEqual([]);
  });

  test('某镇某某合作联社社长甲 (the 联社 unread): no post at the town', async () => {
    const facts = await factsIn('枝江市', '百里洲镇梨花节开幕', '枝江市百里洲果蔬合作联社社长程远山在开幕式上发言。');
    expect(about(facts, 'WORKS_FOR', '程远山').filter((f) => f.endsWith('→ 百里洲镇'))).toEqual([]);
  });

  test(`the town's own post is still held at the town`, async () => {
    const facts = await factsIn('枝江市', '百里洲镇梨花节开幕', '百里洲镇镇长程远山在开幕式上致辞。');
    expect(facts).toContain('WORKS_FOR 程远山 → 百里洲镇');
  });
});

describe(`places in firms' names`, () => {
  test('安平县某某公司 with 安平镇 named is not in the town (guard of rel.located-in.name-short-form)', async () => {
    const facts = await factsIn('安平县', '丝网企业忙出口', '安平镇的东关村有十几家丝网企业。', '安平县晟博网业有限公司今年出口增长两成。晟博网业总经理赵国锋说，订单排到了年底。');
    expect(facts).not.toContain('LOCATED_IN 安平县晟博网业有限公司 → 安平镇');
    expect(facts).toContain('LOCATED_IN 安平县晟博网业有限公司 → 安平县');
  });

  test(`a city district's short form right after its province (湖北江汉…) is no district`, async () => {
    const facts = await factsIn('枝江市', '签约', '枝江市鑫禾纸业有限公司与湖北江汉包装有限公司签订了合作协议。');
    expect(facts.filter((f) => f.includes('江汉区'))).toEqual([]);
  });

  test(`a municipality's district right after it (重庆涪陵…) is still read`, async () => {
    const facts = await factsIn('枝江市', '签约', '枝江市鑫禾纸业有限公司与重庆涪陵华岳包装有限公司签订了合作协议。');
    expect(facts).toContain('LOCATED_IN 重庆涪陵华岳包装有限公司 → 涪陵区');
  });

  test('a body named after a village the article printed under its town sits in that village, not a namesake', async () => {
    const g = await graphOfPage(page('竹产业', '在梅林镇石柱村，宁国市青篁竹木有限公司的车间里一片繁忙。石柱村党支部书记程立新说，村里有竹林两万亩。'), { homeCity: '宁国市' });
    const branch = g.graph.relationships.filter((r) => r.type === 'LOCATED_IN' && g.graph.nodes.find((n) => n.id === r.start)?.properties.name === '石柱村党支部');
    expect(branch).toHaveLength(1);
    expect(branch[0]!.properties.rule).toBe('rel.located-in.name-place.printed-village');
    const village = g.graph.nodes.find((n) => n.id === branch[0]!.end)!;
    expect(g.relation('PART_OF', String(village.properties.name), '梅林镇')).toBeDefined();
    expect(g.node('霞西镇')).toBeUndefined();
  });
});

describe('lists of firms', () => {
  test('某工业园的甲、乙、丙入选…: all three are in the park (rel.located-in.place-de.listed)', async () => {
    const facts = await factsIn('攸县', '三家企业上榜', '攸县工业园的湖南晨光纺织有限公司、攸县恒远铸造有限公司、湖南星河电子有限公司入选省级专精特新中小企业名单。');
    expect(facts).toContain('LOCATED_IN 湖南晨光纺织有限公司 → 攸县工业园');
    expect(facts).toContain('LOCATED_IN 攸县恒远铸造有限公司 → 攸县工业园');
    expect(facts).toContain('LOCATED_IN 湖南星河电子有限公司 → 攸县工业园');
  });

  test(`a later firm with its own place before 的 is not the first place's`, async () => {
    const facts = await factsIn('攸县', '两家企业上榜', '网岭镇的湖南晨光纺织有限公司、酒埠江镇的攸县恒远铸造有限公司入选名单。');
    expect(facts).not.toContain('LOCATED_IN 攸县恒远铸造有限公司 → 网岭镇');
    expect(facts).toContain('LOCATED_IN 攸县恒远铸造有限公司 → 酒埠江镇');
  });

  test('我县甲、乙等12家纺织企业参展: both took part in the fair in view', async () => {
    const facts = await factsIn('沭阳县', '沭阳企业赴会', '第二十届中国国际纺织品博览会在上海开幕，我县江苏华锦纺织有限公司、沭阳县绿蕊家纺有限公司等12家纺织企业参展。');
    expect(facts).toContain('PARTICIPATED_IN 江苏华锦纺织有限公司 → 中国国际纺织品博览会');
    expect(facts).toContain('PARTICIPATED_IN 沭阳县绿蕊家纺有限公司 → 中国国际纺织品博览会');
  });

  test('a variation: 甲、乙等20家药企参展 (企 alone after a trade word)', async () => {
    const facts = await factsIn('寿光市', '药企赴会', '第十届中国中药材博览会在亳州开幕，我市山东寿康药业有限公司、寿光市百草堂中药饮片有限公司等20家药企参展。');
    expect(facts).toContain('PARTICIPATED_IN 山东寿康药业有限公司 → 中国中药材博览会');
    expect(facts).toContain('PARTICIPATED_IN 寿光市百草堂中药饮片有限公司 → 中国中药材博览会');
  });

  test('a clause naming a body that is not a firm among them reads none', async () => {
    const facts = await factsIn('沭阳县', '沭阳企业赴会', '第二十届中国国际纺织品博览会在上海开幕，我县江苏华锦纺织有限公司和县商务局工作人员参展。');
    expect(typed(facts, 'PARTICIPATED_IN').filter((f) => f.includes('江苏华锦纺织有限公司') && f.includes('exhibitors'))).toEqual([]);
  });
});

describe('founders (rel.founded.by.described, a name after a dash)', () => {
  test('某公司由村集体和返乡青年甲共同出资成立: the village and the person founded it', async () => {
    const facts = await factsIn('容县', '村里有了文旅公司', '在杨梅镇山心村，容县山心乡村旅游开发有限公司由村集体和返乡青年黄志远共同出资成立。');
    expect(facts).toContain('FOUNDED 山心村 → 容县山心乡村旅游开发有限公司');
    expect(facts).toContain('FOUNDED 黄志远 → 容县山心乡村旅游开发有限公司');
  });

  test('a variation: 由某公司和村集体经济组织联合投资成立', async () => {
    const facts = await factsIn('容县', '村企合作', '在杨梅镇山心村，容县山心果业有限公司由广西容州沙田柚集团有限公司和村集体经济组织联合投资成立。');
    expect(facts).toContain('FOUNDED 广西容州沙田柚集团有限公司 → 容县山心果业有限公司');
    expect(facts).toContain('FOUNDED 山心村 → 容县山心果业有限公司');
  });

  test('由甲负责运营 is no founding; an item that names no one gives nothing', async () => {
    const run = await factsIn('容县', '运营', '在杨梅镇山心村，容县山心乡村旅游开发有限公司由返乡青年黄志远负责运营。');
    expect(about(run, 'FOUNDED', '黄志远')).toEqual([]);
    const vague = await factsIn('容县', '村里有了文旅公司', '在杨梅镇山心村，容县山心乡村旅游开发有限公司由村集体和几位在外的能人共同出资成立。');
    expect(typed(vague, 'FOUNDED').filter((f) => f.endsWith('容县山心乡村旅游开发有限公司'))).toEqual([]);
  });

  test('村里成立了强村公司——某某有限公司: the company named after the dash was founded', async () => {
    const facts = await factsIn('容县', '强村公司', '杨梅镇山心村今年有了新变化。村里还成立了强村公司——容县山心农业发展有限公司，统一经营300亩果园。');
    expect(facts).toContain('FOUNDED 山心村 → 容县山心农业发展有限公司');
  });
});

describe('the company in view and the other party of a sentence', () => {
  test('该公司成立于…，…，总经理甲…: the company in view (rel.works-for.sentence-head.in-view)', async () => {
    const facts = await factsIn('宾川县', '葡萄企业', '宾川县金果源农业有限公司位于州城镇。该公司成立于2012年，是一家集种植、销售于一体的企业，总经理杨德明是州级劳动模范。');
    expect(facts).toContain('WORKS_FOR 杨德明 → 宾川县金果源农业有限公司');
  });

  test('a sentence 该公司 heads that names a person before the post gives nothing', async () => {
    const facts = await factsIn('宾川县', '葡萄企业', '宾川县金果源农业有限公司位于州城镇。该公司成立于2012年，段建华带领团队，总经理杨德明主抓销售。');
    expect(about(facts, 'WORKS_FOR', '杨德明')).toEqual([]);
  });

  test('与甲公司…，向该公司供应…: the partner named before buys (rel.supplies.supplies-to.partner-in-view)', async () => {
    const facts = await factsIn('宾川县', '订单农业', '宾川县绿源蔬菜种植专业合作社与云南滇品食品有限公司签订了购销协议，今年已向该公司供应西兰花600吨。');
    expect(facts).toContain('SUPPLIES 宾川县绿源蔬菜种植专业合作社 → 云南滇品食品有限公司');
  });

  test('two partners named before: which company is meant is unsure, nothing', async () => {
    const facts = await factsIn('宾川县', '订单农业', '宾川县绿源蔬菜种植专业合作社与云南滇品食品有限公司、昆明丰联商贸有限公司签订了协议，今年已向该公司供应西兰花600吨。');
    expect(typed(facts, 'SUPPLIES').filter((f) => f.includes('partner'))).toEqual([]);
    expect(about(facts, 'SUPPLIES', '宾川县绿源蔬菜种植专业合作社')).toEqual([]);
  });

  test(`a county paper's co-op named 本县某村… is in the village (rel.located-in.name-village, the county not printed alone)`, async () => {
    const facts = await factsIn('长葛市', '蜂蜜', '石固镇杨庄村的蜂农越来越多。长葛市杨庄蜂蜜专业合作社今年收购蜂蜜80吨。');
    expect(facts).toContain('LOCATED_IN 长葛市杨庄蜂蜜专业合作社 → 杨庄村');
  });
});

describe('an event named with its place is held there (rel.located-in.name-place for festivals and contests)', () => {
  test('某镇某某采摘节: LOCATED_IN the town, not PILOTED_IN', async () => {
    const facts = await factsIn('寿光市', '采摘节开幕', '5月10日，由化龙镇人民政府主办的首届化龙西瓜采摘节开幕。');
    expect(facts).toContain('LOCATED_IN 化龙西瓜采摘节 → 化龙镇');
    expect(typed(facts, 'PILOTED_IN')).toEqual([]);
  });

  test('a campaign that is no event, named with its place, is still piloted there', async () => {
    const facts = await factsIn('寿光市', '行动', '化龙镇“化龙清河行动”今年在全镇推开，镇里整治河道12公里。');
    expect(facts.filter((f) => f.startsWith('LOCATED_IN 化龙清河行动'))).toEqual([]);
  });
});
