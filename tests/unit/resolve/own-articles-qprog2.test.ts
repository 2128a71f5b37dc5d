// Relations of programmes read from kinds of news written for the second programmes round (qprog2): a county's policy
// and who carries it out, a campaign named again by 此次 and its runner, a platform a firm gains through, towns that
// sign up for a campaign, a bank's loan product, a base recognised where another body runs it. Sentences written for
// these tests (names, places and figures invented).
import { graphOfPage } from '../../helpers/page-graph.js';

const page = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join('\n')}\n`;
const factsOf = async (home: string, ...paragraphs: string[]): Promise<string[]> => (await graphOfPage(page('地方新闻', ...paragraphs), { homeCity: home })).facts;
const about = (facts: string[], type: string, name: string): string[] => facts.filter((f) => f.startsWith(`${type} `) && f.includes(name));

describe('a programme named again by its kind after 此次, 本次 (programmeAnaphor)', () => {
  test('此次专项行动由甲牵头，乙、丙配合: the campaign in view, its runner, not the bodies that help', async () => {
    const facts = await factsOf('常山县', '4月8日，常山县校园周边食品安全攻坚专项行动正式启动。', '此次专项行动由常山县市场监管局牵头，常山县公安局、常山县教育局配合，为期三个月。');
    expect(facts).toContain('ORGANIZED 常山县市场监管局 → 常山县校园周边食品安全攻坚专项行动');
    expect(about(facts, 'ORGANIZED', '常山县公安局')).toEqual([]);
    expect(about(facts, 'ORGANIZED', '常山县教育局')).toEqual([]);
  });

  test('本次攻坚行动由甲组织实施', async () => {
    const facts = await factsOf('庆元县', '庆元县启动河道清淤百日攻坚行动。', '本次攻坚行动由庆元县水利局组织实施。');
    expect(facts).toContain('ORGANIZED 庆元县水利局 → 河道清淤百日攻坚行动');
  });

  test('此次专项行动 with no campaign named before: nothing run', async () => {
    const facts = await factsOf('常山县', '今年春季，常山县各乡镇忙于春耕。', '此次专项行动由常山县市场监管局牵头。');
    expect(about(facts, 'ORGANIZED', '常山县市场监管局')).toEqual([]);
  });
});

describe('由甲负责…和组织实施: a duty joined to a verb of hosting', () => {
  test('该政策由甲负责解释和组织实施: the policy in view', async () => {
    const facts = await factsOf('庆元县', '去年，庆元县人民政府印发了《庆元县促进香菇产业高质量发展若干政策》。该政策由庆元县农业农村局负责解释和组织实施。');
    expect(facts).toContain('ORGANIZED 庆元县人民政府 → 庆元县促进香菇产业高质量发展若干政策');
    expect(facts).toContain('ORGANIZED 庆元县农业农村局 → 庆元县促进香菇产业高质量发展若干政策');
  });

  test('由甲负责解释和宣传: no verb of running it', async () => {
    const facts = await factsOf('庆元县', '去年，庆元县人民政府印发了《庆元县促进香菇产业高质量发展若干政策》。该政策由庆元县农业农村局负责解释和宣传。');
    expect(about(facts, 'ORGANIZED', '庆元县农业农村局')).toEqual([]);
  });
});

describe('通过该平台获得贷款: the platform in view (rel.benefited-from.gains.through.in-view)', () => {
  test('a firm after its county, town and 的 gains through the platform named before', async () => {
    const facts = await factsOf('松阳县', '松阳县普惠金融服务平台于今年5月上线。', '松阳县古市镇的浙江绿萃茶业有限公司通过该平台获得贷款150万元。');
    expect(facts).toContain('BENEFITED_FROM 浙江绿萃茶业有限公司 → 松阳县普惠金融服务平台');
  });

  test('a firm heading the clause, 借助该平台融资', async () => {
    const facts = await factsOf('松阳县', '松阳县普惠金融服务平台于今年5月上线。', '浙江云峰竹木有限公司借助该平台融资80万元。');
    expect(facts).toContain('BENEFITED_FROM 浙江云峰竹木有限公司 → 松阳县普惠金融服务平台');
  });

  test.each([
    ['通过该平台发布了融资需求 (nothing gained)', '浙江云峰竹木有限公司通过该平台发布了融资需求。'],
    ['通过该平台 with another body between (甲为乙通过该平台获得…)', '浙江云峰竹木有限公司为松阳县农商银行通过该平台获得贷款提供担保。'],
  ])('no benefit: %s', async (_case, second) => {
    const facts = await factsOf('松阳县', '松阳县普惠金融服务平台于今年5月上线。', second);
    expect(about(facts, 'BENEFITED_FROM', '浙江云峰竹木有限公司')).toEqual([]);
  });
});

describe('villages or towns listed heading a clause take part (….listed-areas)', () => {
  test('甲镇、乙镇等6个乡镇已报名参加“…”活动', async () => {
    const facts = await factsOf('龙游县', '龙游县启动农村人居环境整治专项行动。', '湖镇镇、詹家镇等6个乡镇已报名参加“洁净庭院示范月”活动。');
    expect(facts).toContain('PARTICIPATED_IN 湖镇镇 → 洁净庭院示范月');
    expect(facts).toContain('PARTICIPATED_IN 詹家镇 → 洁净庭院示范月');
  });

  test('a village alone, 也参加了', async () => {
    const facts = await factsOf('龙游县', '溪口镇灵溪村也参加了“洁净庭院示范月”活动。');
    expect(facts).toContain('PARTICIPATED_IN 灵溪村 → 洁净庭院示范月');
  });

  test.each([
    ['a town after 在 is where, not who', '村民们在湖镇镇参加了“洁净庭院示范月”活动。', '湖镇镇'],
    ['a town then a body heading the clause: the body took part', '湖镇镇龙游县绿野农业开发有限公司参加了“洁净庭院示范月”活动。', '湖镇镇 →'],
    ['a town before something else than a count and adverbs', '湖镇镇的村民积极参加“洁净庭院示范月”活动。', '湖镇镇'],
  ])('no place takes part: %s', async (_case, paragraph, name) => {
    expect(about(await factsOf('龙游县', paragraph), 'PARTICIPATED_IN', name)).toEqual([]);
  });
});

describe('a bank\'s or an insurer\'s product (prog.financial-product)', () => {
  test('甲推出的“某某贷”: the bank ran it', async () => {
    const facts = await factsOf('庆元县', '“没想到三天就拿到了贷款。”近日，农户吴某说。他所说的，是庆元县农村商业银行推出的“菇乡贷”。');
    expect(facts).toContain('ORGANIZED 庆元县农村商业银行 → 菇乡贷');
  });

  test('甲推出的“某某保” for tea farmers', async () => {
    const facts = await factsOf('松阳县', '中国人寿财产保险股份有限公司松阳县支公司推出的“茶园保”已为全县620户茶农提供风险保障。');
    expect(facts).toContain('ORGANIZED 中国人寿财产保险股份有限公司松阳县支公司 → 茶园保');
  });
});

describe('the subject of a later clause is neither a 由-agent nor a name past a clause turning to 该某', () => {
  test('某村建成某基地，该基地由甲运营，去年被乙认定为…: neither the village nor the operator received it', async () => {
    const facts = await factsOf('龙游县', '湖镇镇星火村建成了星火蔬菜示范基地，该基地由龙游县绿丰农业开发有限公司运营，去年被农业农村部认定为全国蔬菜标准园。');
    expect(about(facts, 'RECEIVED', '全国蔬菜标准园')).toEqual([]);
    expect(facts).toContain('ORGANIZED 农业农村部 → 全国蔬菜标准园');
  });

  test('a company heading the sentence still receives past a 由-clause of its own (甲由乙控股，去年被认定为…)', async () => {
    const facts = await factsOf('龙游县', '浙江绿丰农业开发有限公司由龙游县国有资本投资运营有限公司控股，去年被认定为省级骨干农业龙头企业。');
    expect(facts).toContain('RECEIVED 浙江绿丰农业开发有限公司 → 省级骨干农业龙头企业');
    expect(about(facts, 'RECEIVED', '龙游县国有资本投资运营有限公司')).toEqual([]);
  });

  test('a village heading the sentence past a clause of 该村 still receives', async () => {
    const facts = await factsOf('龙游县', '湖镇镇星火村发展蔬菜产业，该村去年人均收入增长12%，今年入选省级未来乡村示范村。');
    expect(about(facts, 'RECEIVED', '星火村 →')).toHaveLength(1);
  });
});

describe('县里, 市里 opening the verb\'s own clause: the area, not the body that speaks (….area-word)', () => {
  test('某局表示，县里今年出台了《…》: the county issued it', async () => {
    const facts = await factsOf('松阳县', '今年以来，松阳县茶叶出口增长明显。', '松阳县经济商务局表示，县里今年出台了《松阳县支持茶企开拓市场若干措施》。');
    expect(facts).toContain('ORGANIZED 松阳县 → 松阳县支持茶企开拓市场若干措施');
    expect(about(facts, 'ORGANIZED', '松阳县经济商务局')).toEqual([]);
  });

  test('the body heading the verb\'s own clause still issued it (某局今年出台了…)', async () => {
    const facts = await factsOf('松阳县', '今年，松阳县经济商务局出台了《松阳县支持茶企开拓市场若干措施》。');
    expect(facts).toContain('ORGANIZED 松阳县经济商务局 → 松阳县支持茶企开拓市场若干措施');
  });
});

describe('an award conferred on someone (rel.received.conferred, rel.organized.conferred)', () => {
  test.each([
    ['甲为乙颁发了“…”: 乙 received it, 甲 gave it (not 乙)', '颁奖仪式上，衢州市茶叶协会为浙江开茗茶业有限公司颁发了“衢州名茶金奖”。', '衢州市茶叶协会', '浙江开茗茶业有限公司', '衢州名茶金奖'],
    ['甲向乙授予“…”称号', '开化县人民政府向浙江钱塘源电子有限公司授予“开化县纳税十强企业”称号。', '开化县人民政府', '浙江钱塘源电子有限公司', '开化县纳税十强企业'],
    ['甲授予乙“…” in the active', '3月6日，开化县人民政府授予浙江开茗茶业有限公司“开化县县长质量奖”。', '开化县人民政府', '浙江开茗茶业有限公司', '开化县县长质量奖'],
  ])('%s', async (_case, paragraph, giver, receiver, award) => {
    const facts = await factsOf('开化县', paragraph);
    expect(facts).toContain(`RECEIVED ${receiver} → ${award}`);
    expect(facts).toContain(`ORGANIZED ${giver} → ${award}`);
    expect(about(facts, 'ORGANIZED', receiver)).toEqual([]);
    expect(about(facts, 'RECEIVED', giver)).toEqual([]);
  });

  test('乙被甲授予“…”称号 (the passive) is read as before: 乙 received it', async () => {
    const facts = await factsOf('开化县', '浙江开茗茶业有限公司被开化县人民政府授予“开化县纳税十强企业”称号。');
    expect(facts).toContain('RECEIVED 浙江开茗茶业有限公司 → 开化县纳税十强企业');
    expect(about(facts, 'RECEIVED', '开化县人民政府')).toEqual([]);
  });

  test('甲为乙颁发了营业执照: no award, nothing conferred', async () => {
    const facts = await factsOf('开化县', '开化县人民政府为浙江开茗茶业有限公司颁发了营业执照。');
    expect(about(facts, 'RECEIVED', '浙江开茗茶业有限公司')).toEqual([]);
  });
});

describe('a body joined to a platform takes part in it (rel.participated-in.platform)', () => {
  test('甲接入了某平台', async () => {
    const facts = await factsOf('松阳县', '浙江森禾家具有限公司接入了松阳县普惠金融服务平台。');
    expect(facts).toContain('PARTICIPATED_IN 浙江森禾家具有限公司 → 松阳县普惠金融服务平台');
  });

  test('甲接入电网 (no platform): nothing', async () => {
    const facts = await factsOf('松阳县', '浙江森禾家具有限公司的光伏电站接入了国家电网。');
    expect(about(facts, 'PARTICIPATED_IN', '浙江森禾家具有限公司')).toEqual([]);
  });
});

describe('who launched a programme said after 是 (“某某贷”是甲联合乙推出的…) and a document named again by its kind', () => {
  test('“某某贷”是甲联合乙推出的信贷产品: both launched it', async () => {
    const facts = await factsOf('庆元县', '“笋竹贷”是浙江松阳农村商业银行股份有限公司联合庆元县林业局推出的专项信贷产品，林农无需抵押即可申请贷款。');
    expect(facts).toContain('ORGANIZED 浙江松阳农村商业银行股份有限公司 → 笋竹贷');
    expect(facts).toContain('ORGANIZED 庆元县林业局 → 笋竹贷');
  });

  test('某某贷是一种信贷产品 (no verb of launching after 是): nobody', async () => {
    const facts = await factsOf('庆元县', '浙江松阳农村商业银行股份有限公司介绍，“笋竹贷”是一种免抵押的信贷产品。');
    expect(about(facts, 'ORGANIZED', '笋竹贷')).toEqual([]);
  });

  test('该方案由甲负责组织实施: the plan in view', async () => {
    const facts = await factsOf('庆元县', '庆元县人民政府印发了《庆元县竹产业提质增效三年行动方案》。该方案由庆元县林业局负责组织实施。');
    expect(facts).toContain('ORGANIZED 庆元县林业局 → 庆元县竹产业提质增效三年行动方案');
  });
});

test('甲授予某村“…”称号: the village received it, the giver gave it', async () => {
  const facts = await factsOf('龙游县', '衢州市人民政府授予湖镇镇星火村“衢州市美丽乡村示范村”称号。');
  expect(facts).toContain('RECEIVED 星火村 → 衢州市美丽乡村示范村');
  expect(facts).toContain('ORGANIZED 衢州市人民政府 → 衢州市美丽乡村示范村');
  expect(about(facts, 'RECEIVED', '衢州市人民政府')).toEqual([]);
});
