// Programmes found on articles written for the programmes round (qprog): a guide, a list or a pilot named where it is
// published or listed, a policy named after the verb that issues it, a place and field words opening a quoted name, a
// platform named without its place where the text names it with one, a scope alone before a fair's word. Sentences
// written for these tests (names, places and figures invented).
import { extractText, loadExtractResources, type ExtractResources } from '../../../src/extract/index.js';

let hybrid: ExtractResources | undefined;
const mentions = (text: string) => {
  hybrid ??= loadExtractResources({ homeAreas: ['武义县'], engine: 'hybrid' });
  return extractText(text, hybrid).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule, canonical: c.attrs.canonical }));
};
const programmes = (text: string) => mentions(text).filter((m) => m.label === 'Programme');

describe('a guide, a list or a pilot named after a verb of publishing or listing (needs: published)', () => {
  test.each([
    ['a list published in batches (发布第N批…名录)', '近日，省经信厅发布第四批省级工业设计中心培育名录。', '省级工业设计中心培育名录', 'Recognition'],
    ['a guide after 印发了 and a batch', '市商务局印发了第三批跨境电商企业出海合规指南。', '跨境电商企业出海合规指南', 'Policy'],
    ['a pilot after 列入 and a scope', '我县被列入全国新一轮集体林权制度改革试点。', '全国新一轮集体林权制度改革试点', 'Project'],
    ['a pilot launched (启动…试点工作)', '县里正式启动生活垃圾分类试点工作。', '生活垃圾分类试点工作', 'Project'],
    ['a pilot unit (确定为…试点县)', '武义县被省商务厅确定为全省县域物流配送改革试点县。', '全省县域物流配送改革试点县', 'Project'],
    ['a policy after the verb that issues it (推出了…政策)', '县经信局今年推出了规上企业设备更新贴息政策。', '规上企业设备更新贴息政策', 'Policy'],
  ])('%s', (_case, sentence, text, kind) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, kind }));
  });

  test('the pilot named by its unit or its work is the pilot (某某试点)', () => {
    expect(programmes('武义县被省商务厅确定为全省县域物流配送改革试点县。')[0]!.canonical).toBe('全省县域物流配送改革试点');
    expect(programmes('县里正式启动生活垃圾分类试点工作。')[0]!.canonical).toBe('生活垃圾分类试点');
    expect(programmes('我县被列入全国新一轮集体林权制度改革试点。')[0]!.canonical).toBe('全国集体林权制度改革试点');
  });

  test.each([
    ['no verb of publishing before the guide', '这本操作指南很实用。'],
    ['a pilot with no name (做好试点工作)', '各村要做好试点工作。'],
    ['a grade alone (开展了国家级试点)', '今年我县开展了国家级试点。'],
    ['a count of pilots', '县里启动了3个试点。'],
    ['a list of policies (一系列扶持政策)', '县里出台了一系列扶持政策。'],
    ['a policy of common words (人才引进政策: too short a stem)', '市里推出了人才引进政策。'],
    ['a description with 的 (最严格的…政策)', '我县实施了最严格的耕地保护政策。'],
    ['a short guide (消费指南)', '市里发布了消费指南。'],
  ])('no programme: %s', (_case, sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });
});

describe('a place and the field\'s words before a quoted name open it (某市制造业数字化“某某”计划)', () => {
  test.each([
    ['a city, a field and a plan', '丽水市制造业数字化“链上丽企”计划正式启动。', '丽水市制造业数字化“链上丽企”计划', '链上丽企'],
    ['a county, a field and a campaign', '武义县农业“稻香千村”行动进入第二阶段。', '武义县农业“稻香千村”行动', '稻香千村'],
  ])('%s', (_case, sentence, text, canonical) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, canonical }));
  });

  test.each([
    ['a place heading the clause before a verb', '武义县开展“清廉村居”行动。', '“清廉村居”行动'],
    ['a chain of places (甲县与某市乙区“某某”工程: the places pair up)', '武义县与温州市鹿城区“山海协作”工程持续推进。', '“山海协作”工程'],
    ['a place right before the quotes, no field words', '杭州市“美丽庭院”创建活动成效明显。', '“美丽庭院”创建活动'],
    ['a place and 的', '武义县的“百日攻坚”行动取得成效。', '“百日攻坚”行动'],
  ])('the quoted name alone: %s', (_case, sentence, text) => {
    expect(programmes(sentence).map((m) => m.text)).toEqual([text]);
  });

  test('a slogan in quotes after a place and a field is no programme', () => {
    expect(programmes('武义县茶产业“一片叶子富一方百姓”，说的就是这里。')).toEqual([]);
  });
});

describe('platforms', () => {
  test('a platform named without its place where the text names it with one is that one (开通某某交易平台 … 某市某某交易平台)', () => {
    const found = programmes('去年，丽水市数据局依托市公共资源交易中心开通碳汇交易平台。一年来，丽水碳汇交易平台成交额突破1亿元。');
    expect(found.map((m) => m.text)).toEqual(['碳汇交易平台', '丽水碳汇交易平台']);
    expect(found[0]!.canonical).toBe('丽水碳汇交易平台');
  });

  test('a platform named without its place, and never with one in the text, is none', () => {
    expect(programmes('公司开通了碳汇交易平台，一年来成交额突破1亿元。')).toEqual([]);
  });

  test.each([
    ['a place, field words and 公共服务平台', '会上还发布了丽水市工业互联网公共服务平台。', '丽水市工业互联网公共服务平台'],
    ['a place and a verb of what it does (转化) before 平台', '丽水市科技成果转化平台上线一年。', '丽水市科技成果转化平台'],
  ])('%s', (_case, sentence, text) => {
    expect(programmes(sentence)).toContainEqual(expect.objectContaining({ text, kind: 'Platform' }));
  });

  test('a body, a verb and 建设平台 is no platform\'s name', () => {
    expect(programmes('武义县数据局牵头建设平台。')).toEqual([]);
  });
});

describe('a scope or manner alone before a fair\'s word names no fair (vagueStems)', () => {
  test.each([['为企业参加境外展会提供指导。'], ['今年我们参加了三场线上展会。'], ['公司积极参加各类展会。']])('%s', (sentence) => {
    expect(programmes(sentence)).toEqual([]);
  });

  test('a fair with a name of its own is read', () => {
    expect(programmes('公司参加了中国（义乌）国际小商品博览会。')).toContainEqual(expect.objectContaining({ kind: 'TradeFair' }));
  });
});
