// Readings of kinds left alone by earlier rounds, sixth round (qfix6): a quoted park name with digits, a part of a
// town named 某某片区, two firms' full names joined by a conjunction jieba glued to the second, a village after its
// town whose name runs into 山村, a verb of developing before 村级集体经济, a name opening with 市场 on a city's paper,
// a title conferred with the one named between the verb and 为, and figures' measures — 全部 before the figure, 个人
// after it, a team's size. Sentences written for these tests (names and figures invented).
import { extractText } from '../../../src/extract/index.js';
import { resources } from '../../helpers/extract.js';

const found = (text: string, label: string) => extractText(text, resources()).filter((c) => c.label === label).map((c) => ({ text: text.slice(c.start, c.end), rule: c.rule, kind: c.kind, ref: c.attrs.ref }));
const names = (text: string, label: string) => found(text, label).map((c) => c.text);
const outcomes = (text: string) =>
  extractText(text, resources())
    .filter((c) => c.label === 'Outcome')
    .map((c) => ({ text: text.slice(c.start, c.end), measure: c.attrs.outcome?.measure }));

describe('a quoted name before a park\'s ending and its field (place.park.quoted-name)', () => {
  test.each([
    ['digits in the name, a field between', '位于县城东的“红星1972”文化创意产业园正式开园。', '“红星1972”文化创意产业园'],
    ['no digits', '“青瓦”文化产业园吸引了不少游客。', '“青瓦”文化产业园'],
    ['right before the ending', '“丝厂1958”产业园今年新引进企业6家。', '“丝厂1958”产业园'],
  ])('%s', (_case, text, park) => {
    const parks = found(text, 'Place').filter((c) => c.text === park);
    expect(parks).toHaveLength(1);
    expect(parks[0]!.rule).toBe('place.park.quoted-name');
  });
  test('words said in quotes are no name', () => {
    expect(names('他说“这是好事”产业园要办好。', 'Place')).toEqual([]);
  });
});

describe('a part of a town named by 片区 (place.area-part)', () => {
  test.each([
    ['a quarter of the county seat', '园区所在的城东片区是全县重点打造的文旅区域。', '城东片区'],
    ['a place word', '滨江片区和河西片区同步推进老旧小区改造。', '河西片区'],
    ['the quarter over jieba\'s 县城|南', '位于我县城南片区的产业园开园。', '城南片区'],
  ])('%s', (_case, text, part) => {
    const parts = found(text, 'Place').filter((c) => c.text === part);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.kind).toBe('Region');
  });
  test('a kind of part or one pointed back to is none', () => {
    expect(names('核心片区建设加快，该片区今年有8个项目开工。', 'Place')).toEqual([]);
  });
});

describe('two firms\' full names joined by a conjunction (org.not.firm-before-firm, org.not.qualifier)', () => {
  test.each([
    ['和 glued to the second name (和顺|达)', '县内金穗农业开发有限公司和顺达物流有限公司分别与园区签约。', ['金穗农业开发有限公司', '顺达物流有限公司']],
    ['no conjunction at all', '宏达机械有限公司顺丰物流有限公司都来了。', ['宏达机械有限公司', '顺丰物流有限公司']],
    ['股份有限公司 first', '宏达机械股份有限公司和美家居有限公司签约。', ['宏达机械股份有限公司', '美家居有限公司']],
  ])('%s', (_case, text, firms) => {
    expect(names(text, 'Organization').sort()).toEqual([...firms].sort());
  });
  test('a branch named after its parent stays one name', () => {
    // (lead23: the branch is read whole, its company opening it — grow.branch-of-company; before, the company alone.)
    expect(names('浙江华星电子有限公司宁波分公司开业。', 'Organization')).toEqual(['浙江华星电子有限公司宁波分公司']);
  });
  test('a conjunction between two whole words is read as before', () => {
    expect(names('金穗农业开发有限公司与和顺物流有限公司签订协议。', 'Organization').sort()).toEqual(['和顺物流有限公司', '金穗农业开发有限公司']);
  });
});

describe('villages after their town (place.admin.village.name-over-common-noun, place.not.verb-before-village-collective)', () => {
  test.each([
    ['a name running into 山村', '木鱼镇青山村村民王大林说，日子越来越好。', '青山村'],
    ['before the collective', '石桥镇青山村集体经济收入达50万元。', '青山村'],
    ['one character before jieba\'s 山村', '金山镇高山村村民李大勇说，路修好了。', '高山村'],
    ['another: 茶|山村', '白云镇茶山村村民说，茶叶卖上了好价钱。', '茶山村'],
  ])('%s', (_case, text, village) => {
    const villages = found(text, 'Place').filter((c) => c.text === village);
    expect(villages).toHaveLength(1);
    expect(villages[0]!.kind).toBe('Village');
  });
  test('小山村 after the town is still a description', () => {
    expect(names('木鱼镇小山村里住着几户人家。', 'Place')).toEqual(['木鱼镇']);
  });
  test.each([
    ['村集体经济', '龙泉镇大力发展村集体经济，推动产业升级。'],
    ['村级集体经济', '河口镇积极壮大村级集体经济。'],
  ])('a verb of developing before %s names no village', (_case, text) => {
    expect(found(text, 'Place').filter((c) => c.kind === 'Village')).toEqual([]);
  });
});

describe('a name opening with a word a level\'s character begins (org.not.level-in-word)', () => {
  test('市场服务中心 is not the home city\'s', () => {
    const c = found('市场服务中心同步开展排查。', 'Organization').find((x) => x.text === '市场服务中心');
    expect(c).toBeDefined();
    expect(c!.ref).toBeUndefined();
  });
  test('市 alone before the name still is', () => {
    const c = found('市供水服务中心同步开展排查。', 'Organization').find((x) => x.text === '市供水服务中心');
    expect(c?.ref).toBe('home-city');
  });
});

describe('a title conferred with the one named between the verb and 为 (prog.recognition.after-split-cue)', () => {
  test.each([
    ['a quoted title', '近日，省生态环境厅命名我县为“省级生态文明建设示范县”。', '“省级生态文明建设示范县”'],
    ['an unquoted title with a scope', '市政府认定宏远建材有限公司为市级农业产业化重点龙头企业。', '市级农业产业化重点龙头企业'],
  ])('%s', (_case, text, title) => {
    expect(names(text, 'Programme').map((n) => n.replace(/[“”]/gu, ''))).toContain(title.replace(/[“”]/gu, ''));
  });
  test('a year 为 a campaign\'s slogan is no title', () => {
    expect(names('县里确定明年为项目攻坚年。', 'Programme')).toEqual([]);
  });
});

describe('figures\' measures (outcome.measure.whole-word-skipped, outcome.measure.classifier-glued-noun, outcome.not.group-size)', () => {
  test.each([
    ['全部 before the figure', '全镇规上企业全部12家实现产值增长。', '12家', '规上企业'],
    ['全部 after a measure of two words', '全镇新建项目全部8个已开工。', '8个', '新建项目'],
    ['个人: people counted', '全县共有8个人获得“青川工匠”称号。', '8个', '人'],
  ])('%s', (_case, text, figure, measure) => {
    expect(outcomes(text).find((o) => o.text === figure)?.measure).toBe(measure);
  });
  test.each([
    ['a volunteers\' team', '村里组织了一支8个人的志愿服务队。'],
    ['a building crew', '镇里有一支12个人的施工队。'],
  ])('a team\'s size is no outcome: %s', (_case, text) => {
    expect(outcomes(text)).toEqual([]);
  });
  test('a count of people who did something is still a figure', () => {
    expect(outcomes('全村8个人外出务工，年收入12万元。').map((o) => o.text)).toContain('8个');
  });
});
