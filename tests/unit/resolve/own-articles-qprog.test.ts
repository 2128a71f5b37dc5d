// Relations of programmes read from kinds of news written for the programmes round (qprog): a pilot's launch and the
// towns it runs in, a platform's first year and the bodies that run it and join it, a project's groundbreaking and
// its builder, a fair's hosts past the body that guides it, a subsidy and the firms it helps, a recognition list and
// the villages on it. Sentences written for these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs))).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} `) && f.includes(name));

describe('the bodies named after 由 that run a programme (rel.organized.by)', () => {
  test.each([
    ['该项目由甲投资建设: the project in view', ['10月9日，桐琴镇渔光互补光伏示范项目开工。该项目由浙江恒晖新能源有限公司投资建设，总投资2.6亿元。'], ['ORGANIZED 浙江恒晖新能源有限公司 → 桐琴镇渔光互补光伏示范项目']],
    ['由甲牵头、乙运营的某平台: the platform after 的', ['去年，由丽水市林业局牵头、丽水市公共资源交易中心运营的丽水市林权交易平台正式上线。'], ['ORGANIZED 丽水市林业局 → 丽水市林权交易平台', 'ORGANIZED 丽水市公共资源交易中心 → 丽水市林权交易平台']],
    ['该工程由甲组织实施，乙负责建设运营', ['遂昌县“金溪清水入城”工程近日开工。该工程由遂昌县水利局组织实施，遂昌县水务集团有限公司负责建设运营。'], ['ORGANIZED 遂昌县水利局 → 金溪清水入城', 'ORGANIZED 遂昌县水务集团有限公司 → 金溪清水入城']],
    ['…发布了某平台，由甲主办、乙承建运营: the platform closing the clause before', ['会上还发布了丽水市工业互联网公共服务平台，由丽水市经信局主办、浙江云栖数智科技有限公司承建运营。'], ['ORGANIZED 丽水市经信局 → 丽水市工业互联网公共服务平台', 'ORGANIZED 浙江云栖数智科技有限公司 → 丽水市工业互联网公共服务平台']],
    ['由甲开展的第五批某某认定: a batch between 的 and the name', ['由浙江省农业农村厅、浙江省财政厅联合开展的第六批省级农业产业化联合体认定工作近日结束。'], ['ORGANIZED 浙江省农业农村厅 → 浙江省级农业产业化联合体认定', 'ORGANIZED 浙江省财政厅 → 浙江省级农业产业化联合体认定']],
  ])('%s', async (_case, paragraphs, facts) => {
    const found = await factsOf(...paragraphs);
    for (const f of facts) expect(found).toContain(f);
  });

  test('本届博览会由甲指导，乙主办，丙承办: the hosts, not the body that guides it', async () => {
    const facts = await factsOf('10月18日，第三届中国（缙云）烧饼产业博览会开幕。', '本届博览会由浙江省商务厅指导，缙云县人民政府主办，缙云县烧饼产业协会承办。');
    expect(facts).toContain('ORGANIZED 缙云县人民政府 → 中国（缙云）烧饼产业博览会');
    expect(facts).toContain('ORGANIZED 缙云县烧饼产业协会 → 中国（缙云）烧饼产业博览会');
    expect(about(facts, 'ORGANIZED', '浙江省商务厅')).toEqual([]);
  });

  test.each([
    ['由甲牵头、乙配合的 a group, no programme after 的', '去年，由丽水市林业局牵头、丽水市财政局配合的调研组走访了12个乡镇。', '丽水市林业局'],
    ['由甲负责设计: no verb of running it', '桐琴镇渔光互补光伏示范项目开工。该项目由浙江恒晖设计院有限公司负责设计，总投资2.6亿元。', '浙江恒晖设计院有限公司'],
    ['由甲指导 alone: guiding is not running', '第三届中国（缙云）烧饼产业博览会开幕。本届博览会由浙江省商务厅指导。', '浙江省商务厅'],
  ])('nothing run: %s', async (_case, paragraph, body) => {
    expect(about(await factsOf(paragraph), 'ORGANIZED', body)).toEqual([]);
  });
});

describe('pilots: who runs them, where they are trialled (PILOTED_IN)', () => {
  test('某县被某部列入某某试点: the county is where, the ministry ran it', async () => {
    const facts = await factsOf('去年，龙泉市被农业农村部列入全国新一轮集体林权制度改革试点。');
    expect(facts).toContain('PILOTED_IN 全国集体林权制度改革试点 → 龙泉市');
    expect(facts).toContain('ORGANIZED 农业农村部 → 全国集体林权制度改革试点');
  });

  test('试点工作由甲牵头，在甲镇、乙镇等3个乡镇开展: the pilot in view, its runner and its towns', async () => {
    const facts = await factsOf('龙泉市被省商务厅确定为全省县域物流配送改革试点县，试点工作由龙泉市商务局牵头，在安仁镇、八都镇等3个乡镇开展。');
    expect(facts).toContain('PILOTED_IN 全省县域物流配送改革试点 → 龙泉市');
    expect(facts).toContain('ORGANIZED 浙江省商务厅 → 全省县域物流配送改革试点');
    expect(facts).toContain('ORGANIZED 龙泉市商务局 → 全省县域物流配送改革试点');
    expect(facts).toContain('PILOTED_IN 全省县域物流配送改革试点 → 安仁镇');
    expect(facts).toContain('PILOTED_IN 全省县域物流配送改革试点 → 八都镇');
  });

  test('首批试点在甲镇乙村、丙镇丁村等8个村开展: the villages (of a chain, the last)', async () => {
    const facts = await factsOf('龙泉市启动农村宅基地制度改革试点工作。', '首批试点在安仁镇季山头村、八都镇上田村等8个村开展。');
    expect(facts).toContain('PILOTED_IN 农村宅基地制度改革试点 → 季山头村');
    expect(facts).toContain('PILOTED_IN 农村宅基地制度改革试点 → 上田村');
    expect(about(facts, 'PILOTED_IN', '安仁镇')).toEqual([]);
  });

  test('a list that is no pilot (入选…名单) is received, not piloted', async () => {
    const facts = await factsOf('近日，商务部公布了全国县域商业体系建设示范县名单，龙泉市榜上有名。');
    expect(about(facts, 'RECEIVED', '龙泉市 →')).toHaveLength(1);
    expect(facts.filter((f) => f.startsWith('PILOTED_IN'))).toEqual([]);
  });

  test('试点在… with something else than places before the verb: no site', async () => {
    const facts = await factsOf('龙泉市启动农村宅基地制度改革试点工作。', '首批试点在安仁镇党委的支持下开展。');
    expect(facts.filter((f) => f.startsWith('PILOTED_IN 农村宅基地制度改革试点 → 安仁镇'))).toEqual([]);
  });
});

describe('who gains from a programme (rel.benefited-from.gains)', () => {
  test('通过“某某”平台获得贷款', async () => {
    expect(await factsOf('浙江青禾竹木制品有限公司通过“丽企贷”数字金融平台获得低息贷款300万元。')).toContain('BENEFITED_FROM 浙江青禾竹木制品有限公司 → 丽企贷');
  });

  test('享受该政策 (the policy issued before)', async () => {
    const facts = await factsOf('县经信局今年推出了规上企业设备更新贴息政策。', '浙江松岩机械有限公司今年享受该政策贴息86万元。');
    expect(facts).toContain('BENEFITED_FROM 浙江松岩机械有限公司 → 规上企业设备更新贴息政策');
  });

  test('获得某某政策补贴 (the policy named right after the verb)', async () => {
    const facts = await factsOf('浙江松岩机械有限公司获得“松阳智造”专项政策补贴86万元。');
    expect(facts).toContain('BENEFITED_FROM 浙江松岩机械有限公司 → 松阳智造');
  });

  test.each([
    ['通过该平台发布 (no gain)', '浙江青禾竹木制品有限公司通过“丽企贷”数字金融平台发布了融资需求。'],
    ['获得 a programme with nothing it gives after it', '浙江青禾竹木制品有限公司获得“丽企贷”数字金融平台的推荐。'],
  ])('no benefit: %s', async (_case, paragraph) => {
    expect(about(await factsOf(paragraph), 'BENEFITED_FROM', '丽企贷')).toEqual([]);
  });
});

describe('a programme or a body named by its kind alone', () => {
  test('孵化器举办了…: the incubator named before ran it, not the place in view', async () => {
    const facts = await factsOf('遂昌县科创中心孵化器由遂昌县科技局主办，目前已入驻企业38家。今年以来，孵化器举办了“创投对接”主题沙龙6场。');
    expect(facts).toContain('ORGANIZED 遂昌县科创中心孵化器 → 创投对接');
    expect(about(facts, 'ORGANIZED', '遂昌县 →')).toEqual([]);
  });

  test('公司 heading the clause stays the company in view, not the last firm named (公司获评…)', async () => {
    const facts = await factsOf('浙江松岩机械有限公司与丽水青禾物流有限公司签订合作协议。今年，公司获评“浙江省绿色工厂”称号。');
    expect(facts).toContain('RECEIVED 浙江松岩机械有限公司 → 浙江省绿色工厂');
    expect(about(facts, 'RECEIVED', '丽水青禾物流有限公司')).toEqual([]);
  });

  test('平台还举办了…: the platform heading the clause is no body, and no place in view ran it', async () => {
    const facts = await factsOf('丽水市林权交易平台上线一年。今年以来，平台还举办了“林业碳汇”主题沙龙4场。');
    expect(about(facts, 'ORGANIZED', '林业碳汇')).toEqual([]);
  });

  test('甲、乙等32家单位入驻平台: the platform in view', async () => {
    const facts = await factsOf('丽水市科技成果转化平台上线一年。', '目前，丽水学院、浙江农林大学暨阳学院等32家高校院所入驻平台。');
    expect(facts).toContain('PARTICIPATED_IN 丽水学院 → 丽水市科技成果转化平台');
  });
});

describe('recognitions: who is listed', () => {
  test('某厅公布了某名单，我县甲镇乙村、丙乡丁村入选: each village, not the publisher', async () => {
    const facts = await factsOf('近日，浙江省农业农村厅公布了第二批浙江省美丽乡村示范村名单，我县安仁镇季山头村、小梅镇黄南村入选。');
    expect(facts).toContain('RECEIVED 季山头村 → 浙江省美丽乡村示范村名单');
    expect(facts).toContain('RECEIVED 黄南村 → 浙江省美丽乡村示范村名单');
    expect(about(facts, 'RECEIVED', '浙江省农业农村厅')).toEqual([]);
  });

  test('乙村被甲授予“…”称号: the village received it, the ministry gave it', async () => {
    const facts = await factsOf('季山头村还被文化和旅游部授予“全国乡村旅游重点村”称号。');
    expect(facts).toContain('RECEIVED 季山头村 → 全国乡村旅游重点村');
    expect(facts).toContain('ORGANIZED 文化和旅游部 → 全国乡村旅游重点村');
  });

  test('甲授予乙…称号 (active): the giver received nothing', async () => {
    expect(about(await factsOf('文化和旅游部授予季山头村“全国乡村旅游重点村”称号。'), 'RECEIVED', '文化和旅游部')).toEqual([]);
  });

  test('我县两村获评…: the county was not listed', async () => {
    expect(about(await factsOf('我县两村获评省级未来乡村。'), 'RECEIVED', '平湖市')).toEqual([]);
  });
});

describe('joining a plan by name (rel.participated-in.plan)', () => {
  test('参与“某某”计划', async () => {
    expect(await factsOf('浙江松岩机械有限公司参与了丽水市制造业数字化“链上丽企”计划。')).toContain('PARTICIPATED_IN 浙江松岩机械有限公司 → 链上丽企');
  });

  test('参与制定《某某计划》 is no joining', async () => {
    expect(about(await factsOf('浙江松岩机械有限公司参与制定了《丽水市制造业数字化三年行动计划》。'), 'PARTICIPATED_IN', '浙江松岩机械有限公司')).toEqual([]);
  });
});

describe('who is listed for a pilot, and who runs an event no one is named for', () => {
  test('记者从县某局获悉，某县被…列入某某试点: the county heading the clause, not the bureau the news came from', async () => {
    const facts = await factsOf('记者从县农业农村局获悉，龙泉市日前被农业农村部列入第二批国家数字乡村试点。');
    expect(facts).toContain('PILOTED_IN 国家数字乡村试点 → 龙泉市');
    expect(facts.filter((f) => f.startsWith('PILOTED_IN') && f.includes('农业农村局'))).toEqual([]);
  });

  test('a venue (在某镇某小镇开幕) is not the place that runs what is held later', async () => {
    const facts = await factsOf('10月12日，第十五届龙泉青瓷文化节在龙泉市宝溪乡开幕。', '文化节期间，还举办了“青瓷研学”产业推介会。');
    expect(about(facts, 'ORGANIZED', '宝溪乡')).toEqual([]);
  });

  test('a place heading its clause still runs what it holds (某县举办了…)', async () => {
    expect(await factsOf('今年，龙泉市举办了第三届青瓷采摘节。')).toContain('ORGANIZED 龙泉市 → 青瓷采摘节');
  });
});
