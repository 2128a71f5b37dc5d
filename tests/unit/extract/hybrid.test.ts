// The hybrid policy: the statistical tagger's spans meet the rules' candidates (src/extract/hybrid.ts). Each case
// of the policy on sentences written for it, with the model's spans given by hand (so the cases do not move when
// the model is retrained), then the shipped model end to end.
import { buildContext } from '../../../src/extract/context.js';
import { combine, vetoOf, AGREED_CONFIDENCE, MODEL_CONFIDENCE } from '../../../src/extract/hybrid.js';
import { extractText, loadExtractResources } from '../../../src/extract/index.js';
import { candidate, type Candidate } from '../../../src/extract/mention.js';
import { selectMentions } from '../../../src/extract/select.js';
import type { ModelSpan } from '../../../src/tagger/index.js';
import { resources } from '../../helpers/extract.js';

const MODEL = 'model.test';

/** A model span over the first occurrence of `surface` (after `from`). */
function span(text: string, surface: string, type: ModelSpan['type'], score = 0.95, from = 0): ModelSpan {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} not in ${text}`);
  return { start, end: start + surface.length, type, score, margin: 20 };
}

function rule(text: string, surface: string, label: Candidate['label'], ruleId: string, confidence: number, attrs: Candidate['attrs'] = {}, kind?: Candidate['kind']): Candidate {
  const start = text.indexOf(surface);
  return candidate(label, start, start + surface.length, ruleId, confidence, attrs, kind);
}

/** The readings selection keeps: [surface, label, rule]. */
function chosen(text: string, rules: Candidate[], spans: ModelSpan[]): Array<[string, string, string]> {
  const ctx = buildContext(text, resources());
  return selectMentions(combine(ctx, rules, spans, MODEL, 'hybrid')).map((c) => [text.slice(c.start, c.end), c.label, c.rule]);
}

describe('hybrid policy — 1. the rules veto what is never a name', () => {
  test.each([
    ['，王建军说', '，王建军', 'PER', 'hybrid.veto.edge-punctuation'],
    ['南浔区\n练市镇', '南浔区\n练市镇', 'LOC', 'hybrid.veto.inner-punctuation'],
    ['华瑞（湖州有限公司', '华瑞（湖州有限公司', 'ORG', 'hybrid.veto.unbalanced-brackets'],
    ['周立新、吴海峰出席', '周立新、吴海峰', 'PER', 'hybrid.veto.inner-punctuation'],
    ['董事长表示', '董事长', 'PER', 'hybrid.veto.title'],
    ['这家公司', '公司', 'ORG', 'hybrid.veto.bare-ending'],
    ['技术水平提高', '水平', 'PER', 'hybrid.veto.common-word'],
    ['公司市场部部长说', '公司市场部', 'ORG', 'hybrid.veto.opens-with-ending'],
    ['设计团队完成了方案', '设计团队', 'ORG', 'hybrid.veto.group-of-people'],
    ['村里新组建的锣鼓腰鼓队', '锣鼓腰鼓队', 'ORG', 'org.not.activity-team'],
    ['“华美”嘉兴公司的厂房', '嘉兴公司', 'ORG', 'hybrid.veto.place-and-ending'],
    ['电影在山西工厂放映', '山西工厂', 'ORG', 'hybrid.veto.place-and-ending'],
    ['他们依托龙泉青瓷', '依托龙泉', 'LOC', 'hybrid.veto.stopword-inside'],
    ['公司海外部经理说', '海外部', 'ORG', 'hybrid.veto.unit-of-bare-body'],
    // A river or a place before a position word; a grove or a field counted by its measure word.
    ['兰溪江畔的古镇', '兰溪江', 'PER', 'hybrid.veto.person-before-position'],
    ['河滩上一片柳林', '柳林', 'LOC', 'person.not.counted-thing'],
    ['坡上三亩葛田', '葛田', 'PER', 'person.not.counted-thing'],
    ['路边片片桑田', '桑田', 'PER', 'person.not.counted-thing'],
  ])('%s: %s (%s) → %s', (text, surface, type, veto) => {
    const ctx = buildContext(text, resources());
    expect(vetoOf(ctx, span(text, surface, type as ModelSpan['type']))).toBe(veto);
    expect(chosen(text, [], [span(text, surface, type as ModelSpan['type'])])).toEqual([]);
  });

  test('a river named before a position word is no person where the page names it again without one', () => {
    const text = '乌溪江沿岸的村子，乌溪江生态廊道建成了';
    const second = span(text, '乌溪江', 'PER', 0.95, 5);
    expect(second.start).toBe(9);
    expect(vetoOf(buildContext(text, resources()), second)).toBe('hybrid.veto.person-before-position');
    expect(chosen(text, [], [second])).toEqual([]);
  });

  test('a name is not vetoed: a person, a place, a company with its region in brackets, a school named by its place', () => {
    for (const [text, surface, type] of [
      ['王建军说', '王建军', 'PER'],
      ['一行人见到了葛田', '葛田', 'PER'],
      ['他到柳林县工作', '柳林县', 'LOC'],
      ['他在练市镇工作', '练市镇', 'LOC'],
      ['华瑞精密（湖州）有限公司投产', '华瑞精密（湖州）有限公司', 'ORG'],
      ['德清中学的学生', '德清中学', 'ORG'],
      ['义乌飞鹰队获胜', '义乌飞鹰队', 'ORG'],
      // After a description that ends in an organisation word, a body with an ending of its own.
      ['该省第二大银行东湖银行宣布增资', '东湖银行', 'ORG'],
    ] as const) {
      expect(vetoOf(buildContext(text, resources()), span(text, surface, type))).toBeUndefined();
    }
  });
});

describe("hybrid policy — 1. a far county's bare short form after a place of another province", () => {
  test('is vetoed: the report is naming something there (a town, a zone), not the far county', () => {
    const text = '在福建泉州市，江陵物流园区内车来车往。';
    expect(vetoOf(buildContext(text, resources()), span(text, '江陵', 'LOC'))).toBe('hybrid.veto.far-stem');
    expect(chosen(text, [], [span(text, '江陵', 'LOC')])).toEqual([]);
  });

  test('stands after its own province or city, after a place of its province, where the text names it in full, or with no place before it', () => {
    for (const [text, surface] of [
      ['湖北荆州江陵的鱼糕很有名。', '江陵'],
      ['他从甘肃酒泉出发，到敦煌的西边。', '敦煌'],
      ['游客来到福建泉州，又去了江陵县。江陵的鱼糕很有名。', '江陵'],
      ['江陵的鱼糕很有名。', '江陵'],
      // A far county's stem before it is itself no printed place (a tea, a brand): 安溪 is not read as 安溪县 here.
      ['安溪铁观音、江陵鱼糕都卖得好。', '江陵'],
    ] as const) {
      expect(vetoOf(buildContext(text, resources()), span(text, surface, 'LOC', 0.95, text.lastIndexOf(surface)))).toBeUndefined();
    }
  });

  test('a mountain or a river named by a far district\'s stem is that landmark, not the district', () => {
    const text = '福建泉州市的游客登上恒山。';
    const ctx = buildContext(text, resources());
    expect(vetoOf(ctx, span(text, '恒山', 'LOC'))).toBeUndefined();
    const [c] = combine(ctx, [], [span(text, '恒山', 'LOC')], MODEL, 'hybrid');
    expect(c).toEqual(expect.objectContaining({ label: 'Place', kind: 'Landmark' }));
    expect(c!.attrs.placeIds).toBeUndefined();
  });
});

describe('hybrid policy — 1b. a word of the stopword list inside an organisation\'s name', () => {
  test("after the name's first word, a word of two characters or more is the body's field or its ending, where the name has an ending (工作|委员会, 协调|委员会, 组织)", () => {
    for (const [text, surface] of [
      ['绍兴市妇女儿童工作委员会发布了通知。', '绍兴市妇女儿童工作委员会'],
      ['长江流域水资源协调委员会开会。', '长江流域水资源协调委员会'],
      ['东南亚渔业合作组织派员参加。', '东南亚渔业合作组织'],
    ] as const) {
      const ctx = buildContext(text, resources());
      expect(vetoOf(ctx, span(text, surface, 'ORG'))).toBeUndefined();
      expect(chosen(text, [], [span(text, surface, 'ORG')])).toEqual([[surface, 'Organization', MODEL]]);
    }
  });

  test('a function word of one character, a clause verb opening the span, or a name without an ending is still vetoed', () => {
    for (const [text, surface, type] of [
      ['衢州的茶叶协会成立了。', '衢州的茶叶协会', 'ORG'],
      ['他们参加金华市商会的年会。', '参加金华市商会', 'ORG'],
      ['台州企业携手高校研发新品。', '台州企业携手高校', 'ORG'],
      ['村民依托仙居杨梅致富。', '依托仙居杨梅', 'LOC'],
    ] as const) {
      expect(vetoOf(buildContext(text, resources()), span(text, surface, type))).toBe('hybrid.veto.stopword-inside');
    }
  });
});

describe('hybrid policy — 2. agreement on a span', () => {
  const text = '华瑞精密机械有限公司在练市镇扩产。';
  const company = rule(text, '华瑞精密机械有限公司', 'Organization', 'org.suffix.youxian', 0.85, { core: '华瑞精密' }, 'Company');

  test("the rule's reading, found by both: its rule, kind and attributes, the model recorded, as sure as a confident rule", () => {
    const ctx = buildContext(text, resources());
    const [c] = combine(ctx, [company], [span(text, '华瑞精密机械有限公司', 'ORG', 0.97)], MODEL, 'hybrid');
    expect(c).toEqual(expect.objectContaining({ rule: 'org.suffix.youxian', kind: 'Company', confidence: AGREED_CONFIDENCE }));
    expect(c!.attrs).toEqual({ core: '华瑞精密', model: { id: MODEL, type: 'ORG', score: 0.97 } });
  });

  test("where the rule only guessed and the model types the span otherwise, the model's type", () => {
    const t = '教练马卡里奥今天宣布了名单。';
    const guess = rule(t, '马卡里奥', 'Place', 'place.jieba-ns.transliterated', 0.7);
    expect(chosen(t, [guess], [span(t, '马卡里奥', 'PER')])).toEqual([['马卡里奥', 'Person', 'place.jieba-ns.transliterated']]);
  });

  test("nor where the span's own words type it as the rule reads it: a village by its ending stays a place", () => {
    const t = '我们走访了凌家村，看了新建的村道。';
    const guess = rule(t, '凌家村', 'Place', 'place.admin.village', 0.7);
    expect(chosen(t, [guess], [span(t, '凌家村', 'PER')])).toEqual([['凌家村', 'Place', 'place.admin.village']]);
  });

  test('nor where a county the gazetteer lacks opens a line before a verb of announcing or awarding (hybrid.place-before-announcing)', () => {
    for (const t of ['桦川溪县表彰二十名“优秀护路员”', '周坪县召开秋粮收购工作会议', '上报\n冉家区公布首批老字号名录']) {
      const name = /(?:^|\n)(.+?[县区])/u.exec(t)![1]!;
      const guess = rule(t, name, 'Place', 'place.admin.county', 0.6);
      expect(chosen(t, [guess], [span(t, name, 'PER')])).toEqual([[name, 'Place', 'place.admin.county']]);
    }
    // 县 ends no given name: inside a line, before any word, the county stands too.
    for (const t of ['日前，周坪县对一批护路员进行了表彰。', '他回到周坪县老家过年。']) {
      const guess = rule(t, '周坪县', 'Place', 'place.admin.county', 0.6);
      expect(chosen(t, [guess], [span(t, '周坪县', 'PER')])).toEqual([['周坪县', 'Place', 'place.admin.county']]);
    }
    // Near-miss: a name of no county's ending opening a line before such a verb keeps the model's type.
    const t = '马卡里奥召开记者会';
    const guess = rule(t, '马卡里奥', 'Place', 'place.jieba-ns.transliterated', 0.7);
    expect(chosen(t, [guess], [span(t, '马卡里奥', 'PER')])).toEqual([['马卡里奥', 'Person', 'place.jieba-ns.transliterated']]);
  });

  test("a person's name the rules only guessed and the model is unsure of ranks with the model's own readings: below what the page establishes (a firm's short form)", () => {
    const t = '浙江柯望安农业科技有限公司在嘉善投产。柯望安正式运营以来，带动了村民就业。';
    const at = t.lastIndexOf('柯望安');
    const read = (score: number) => {
      const res = { ...resources(), engine: 'hybrid' as const, model: { id: MODEL, tag: () => [{ start: at, end: at + 3, type: 'PER' as const, score, margin: 10 }] } };
      return extractText(t, res as unknown as Parameters<typeof extractText>[1]).filter((c) => c.start === at).map((c) => [c.label, c.rule]);
    };
    expect(read(0.8)).toEqual([['Organization', 'org.short-form']]);
    // The model sure of it: found by both, as sure as a confident rule.
    expect(read(0.95)).toEqual([['Person', 'person.surname-token']]);
    const ctx = buildContext(t, resources());
    const guess = candidate('Person', at, at + 3, 'person.surname-token', 0.55);
    expect(combine(ctx, [guess], [{ start: at, end: at + 3, type: 'PER', score: 0.8, margin: 10 }], MODEL, 'hybrid')[0]!.confidence).toBe(MODEL_CONFIDENCE.high);
  });

  test("where the rule is confident, its type stands against the model's", () => {
    const t = '巴西队战胜了阿根廷。';
    const place = rule(t, '阿根廷', 'Place', 'place.gazetteer.full', 0.85, { placeIds: ['AR'] }, 'Country');
    expect(chosen(t, [place], [span(t, '阿根廷', 'ORG')])).toEqual([['阿根廷', 'Place', 'place.gazetteer.full']]);
  });
});

describe('hybrid policy — 2b. agreement on the end: the rules started a place too early', () => {
  test("a place read back from its ending over words the model reads as no name: the rule's reading from where the model starts it", () => {
    const t = '他们一到青田县就开始走访。';
    const guess = rule(t, '一到青田县', 'Place', 'place.admin-suffix', 0.6, {}, 'County');
    const ctx = buildContext(t, resources());
    const out = selectMentions(combine(ctx, [guess], [span(t, '青田县', 'LOC', 0.7)], MODEL, 'hybrid'));
    expect(out.map((c) => [t.slice(c.start, c.end), c.label, c.rule, c.kind])).toEqual([['青田县', 'Place', 'place.admin-suffix', 'County']]);
    expect(out[0]!.attrs.model).toEqual({ id: MODEL, type: 'LOC', score: 0.7 });
  });

  test('not an organisation: the words before its ending are often part of its name, read in by the rules', () => {
    const t = '区智能装备检测研究院揭牌。';
    const body = rule(t, '区智能装备检测研究院', 'Organization', 'org.suffix.test-institute', 0.85, {}, 'ResearchInstitute');
    expect(chosen(t, [body], [span(t, '检测研究院', 'ORG', 0.7)])).toEqual([['区智能装备检测研究院', 'Organization', 'org.suffix.test-institute']]);
  });

  test('not a company: the rules read its name whole, from the trade name to its legal form', () => {
    const t = '宏远精密机械有限公司扩建厂房。';
    const company = rule(t, '宏远精密机械有限公司', 'Organization', 'org.suffix.youxian', 0.85, {}, 'Company');
    expect(chosen(t, [company], [span(t, '精密机械有限公司', 'ORG', 0.7)])).toEqual([['宏远精密机械有限公司', 'Organization', 'org.suffix.youxian']]);
  });

  test.each([
    ['浙江省安吉县孝丰镇的竹园。', '安吉县', '吉县'],
    ['安徽省绩溪县上庄镇的茶园。', '绩溪县', '溪县'],
  ])('not a place the gazetteer holds whole: %s', (t, whole, end) => {
    const county = rule(t, whole, 'Place', 'place.gazetteer.full', 0.9, {}, 'County');
    expect(chosen(t, [county], [span(t, end, 'LOC', 0.7)])).toEqual([[whole, 'Place', 'place.gazetteer.full']]);
  });

  test('not where the model reads a name in the characters before (the rule reads them in)', () => {
    const t = '他们一到青田县就开始走访。';
    const guess = rule(t, '一到青田县', 'Place', 'place.admin-suffix', 0.6, {}, 'County');
    const rules = chosen(t, [guess], [span(t, '到', 'PER', 0.3), span(t, '青田县', 'LOC', 0.7)]);
    expect(rules).toEqual([['一到青田县', 'Place', 'place.admin-suffix']]);
  });
});

describe('hybrid policy — 3. a longer name around what the rules read', () => {
  test("a place the rules read at the start of a longer organisation: the model's name, with the place it opens with", () => {
    const t = '智利矿业协会发表声明。';
    const place = rule(t, '智利', 'Place', 'place.gazetteer.full', 0.85, { placeIds: ['CL'] }, 'Country');
    const ctx = buildContext(t, resources());
    const out = selectMentions(combine(ctx, [place], [span(t, '智利矿业协会', 'ORG')], MODEL, 'hybrid'));
    expect(out.map((c) => [t.slice(c.start, c.end), c.label, c.rule])).toEqual([['智利矿业协会', 'Organization', MODEL]]);
    expect(out[0]!.attrs.place).toEqual({ text: '智利', start: 0, end: 2, placeIds: ['CL'] });
  });

  test("a person's name the rules cut short: the model's, keeping the rule's role", () => {
    const t = '总工程师欧阳振华介绍了工艺。';
    const short = rule(t, '欧阳振', 'Person', 'person.after-title', 0.85, { role: '总工程师' });
    const ctx = buildContext(t, resources());
    const out = selectMentions(combine(ctx, [short], [span(t, '欧阳振华', 'PER')], MODEL, 'hybrid'));
    expect(out.map((c) => [t.slice(c.start, c.end), c.rule, c.attrs.role])).toEqual([['欧阳振华', MODEL, '总工程师']]);
  });

  test('not leftwards past the level word a body is named by over a verb or an edition (访|县教育局, 六届|县委)', () => {
    const t = '——访县教育局局长孔令华';
    const body = rule(t, '县教育局', 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'GovernmentAgency');
    expect(chosen(t, [body], [span(t, '访县教育局', 'ORG', 0.95)])).toEqual([['县教育局', 'Organization', 'gov.test.with-level']]);
    const e = '会上，六届县委书记发言。';
    const committee = rule(e, '县委', 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'PartyOrganization');
    expect(chosen(e, [committee], [span(e, '六届县委', 'ORG', 0.95)])).toEqual([['县委', 'Organization', 'gov.test.with-level']]);
    // 团市委和|县妇联: a conjunction of one character is no word of the next body's name either.
    const c = '团市委和县妇联共同举办。';
    const federation = rule(c, '县妇联', 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'Association');
    expect(chosen(c, [federation], [span(c, '和县妇联', 'ORG', 0.95)])).toEqual([['县妇联', 'Organization', 'gov.test.with-level']]);
  });

  test('but over the body it belongs to or a place (团|县委, 栾城|县委)', () => {
    const t = '团县委组织青年志愿者。';
    const committee = rule(t, '县委', 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'PartyOrganization');
    expect(chosen(t, [committee], [span(t, '团县委', 'ORG', 0.95)])).toEqual([['团县委', 'Organization', MODEL]]);
  });

  test.each([
    ['县卫健局联合县市场监管局开展检查。', '县卫健局', '县市场监管局'],
    ['区总工会会同区妇联举办招聘会。', '区总工会', '区妇联'],
  ])('not around two bodies joined by a word of acting together: %s', (t, first, second) => {
    const a = rule(t, first, 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'GovernmentAgency');
    const b = rule(t, second, 'Organization', 'gov.test.with-level', 0.88, { ref: 'local-area' }, 'GovernmentAgency');
    const whole = t.slice(t.indexOf(first), t.indexOf(second) + second.length);
    expect(chosen(t, [a, b], [span(t, whole, 'ORG', 0.9)])).toEqual([
      [first, 'Organization', 'gov.test.with-level'],
      [second, 'Organization', 'gov.test.with-level'],
    ]);
  });

  test('not around a company the rules read whole, from its trade name to its legal form', () => {
    const t = '德国Bosch与海宁宏达轴承有限公司新车间签约。';
    const country = rule(t, '德国', 'Place', 'place.country-of-origin', 0.9, { placeIds: ['DE'] }, 'Country');
    const firm = rule(t, 'Bosch', 'Organization', 'org.latin-after-cue', 0.85, { foreign: true }, 'Company');
    const company = rule(t, '海宁宏达轴承有限公司', 'Organization', 'org.suffix.youxian', 0.85, {}, 'Company');
    expect(chosen(t, [country, firm, company], [span(t, '德国Bosch', 'ORG'), span(t, '海宁宏达轴承有限公司新车间', 'ORG')])).toEqual([
      ['德国', 'Place', 'place.country-of-origin'],
      ['Bosch', 'Organization', 'org.latin-after-cue'],
      ['海宁宏达轴承有限公司', 'Organization', 'org.suffix.youxian'],
    ]);
  });

  test('around a firm the rules read by its trade name and trade alone (no legal form ends it): a unit of it, not a word after it', () => {
    const t = '株洲仪表技术部部长王华说，株洲仪表研究生多。';
    const unit = rule(t, '株洲仪表', 'Organization', 'org.trade-firm', 0.86, {}, 'Company');
    const start = t.lastIndexOf('株洲仪表');
    const again = candidate('Organization', start, start + 4, 'org.trade-firm.recurrence', 0.84, {}, 'Company');
    expect(chosen(t, [unit, again], [span(t, '株洲仪表技术部', 'ORG'), span(t, '株洲仪表研究生', 'ORG', 0.95, start)])).toEqual([
      ['株洲仪表技术部', 'Organization', MODEL],
      ['株洲仪表', 'Organization', 'org.trade-firm.recurrence'],
    ]);
  });

  test('not around an organisation the rules already start at a place: the places before it stay apart', () => {
    const t = '练市镇荻港村党委组织了培训。';
    const org = rule(t, '荻港村党委', 'Organization', 'org.suffix.dangwei', 0.85, { place: { text: '荻港村', start: 3, end: 6, placeIds: ['330503101201'] } }, 'PartyOrganization');
    expect(chosen(t, [org], [span(t, '练市镇荻港村党委', 'ORG')])).toEqual([['荻港村党委', 'Organization', 'org.suffix.dangwei']]);
  });

  test('a body inside it named after a sea, a mountain or a world landmark is no place opening it: the model\'s whole name (…地球观测研究所); after a city it stays apart (…科隆研究所)', () => {
    for (const [t, inner, whole] of [
      ['德国航天中心地球观测研究所的专家来访。', '地球观测研究所', true],
      ['德国航天中心科隆研究所的专家来访。', '科隆研究所', false],
    ] as const) {
      const rules = [
        rule(t, '德国', 'Place', 'place.gazetteer.full', 0.9),
        rule(t, '德国航天中心', 'Organization', 'org.suffix.zhongxin', 0.9, { place: { text: '德国', start: 0, end: 2, placeIds: ['country:德国'] } }, 'ResearchInstitute'),
        rule(t, inner, 'Organization', 'org.suffix.yanjiusuo', 0.9, {}, 'ResearchInstitute'),
      ];
      const surface = t.slice(0, t.indexOf('的'));
      const expected = whole ? [[surface, 'Organization', MODEL]] : [['德国航天中心', 'Organization', 'org.suffix.zhongxin'], [inner, 'Organization', 'org.suffix.yanjiusuo']];
      expect(chosen(t, rules, [span(t, surface, 'ORG')])).toEqual(expected);
    }
  });

  test('not a longer name without the shape of its type: a person with the next word read in, an organisation with no ending', () => {
    const t = '负责人钱思远正在调试，中国光伏组件出口大增。';
    const person = rule(t, '钱思远', 'Person', 'person.after-title', 0.85, { role: '负责人' });
    const place = rule(t, '中国', 'Place', 'place.gazetteer.full', 0.9, { placeIds: ['CN'] }, 'Country');
    expect(chosen(t, [person, place], [span(t, '钱思远正', 'PER'), span(t, '中国光伏', 'ORG')])).toEqual([
      ['钱思远', 'Person', 'person.after-title'],
      ['中国', 'Place', 'place.gazetteer.full'],
    ]);
  });

  test('past an organisation the rules are sure of only to a body named by an ending of its own (协会|理事会), not to a word after it (大学|研究生)', () => {
    const t = '海宁围棋协会理事会换届，嘉禾大学研究生也来了。';
    const assoc = rule(t, '海宁围棋协会', 'Organization', 'org.suffix.xiehui', 0.85, {}, 'Association');
    const college = rule(t, '嘉禾大学', 'Organization', 'org.suffix.daxue', 0.85, {}, 'ResearchInstitute');
    expect(chosen(t, [assoc, college], [span(t, '海宁围棋协会理事会', 'ORG'), span(t, '嘉禾大学研究生', 'ORG')])).toEqual([
      ['海宁围棋协会理事会', 'Organization', MODEL],
      ['嘉禾大学', 'Organization', 'org.suffix.daxue'],
    ]);
  });

  test('not around a surname standing for a person (胡老): that reading is the rules\'', () => {
    const t = '胡老笑着说，今年收成好。';
    const partial = rule(t, '胡', 'Person', 'person.surname-address', 0.62, { partial: true });
    expect(chosen(t, [partial], [span(t, '胡老', 'PER')])).toEqual([['胡', 'Person', 'person.surname-address']]);
  });
});

describe('hybrid policy — 4. the model alone', () => {
  test('a span the model is sure of becomes a candidate of its own, ranked below confident rules', () => {
    const t = '安吉县委书记尚卫东到余村调研。';
    const ctx = buildContext(t, resources());
    const [c] = combine(ctx, [], [span(t, '尚卫东', 'PER', 0.95)], MODEL, 'hybrid');
    expect(c).toEqual(expect.objectContaining({ label: 'Person', rule: MODEL }));
    expect(c!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(c!.confidence).toBeLessThan(0.7);
  });

  test('a span it is less sure of is taken only where the rules\' data types it too (a gazetteer place)', () => {
    const t = '他们从嵊州来到东阳，又去了蔡家坞。';
    expect(chosen(t, [], [span(t, '嵊州', 'LOC', 0.7), span(t, '蔡家坞', 'LOC', 0.7)])).toEqual([['嵊州', 'Place', MODEL]]);
  });

  test("an organisation it is fairly sure of is taken where it has an organisation's shape (an ending of the rules' or of the hybrid's list: …署, …组织); not without one", () => {
    const t = '宁波港口管理署和东海渔业合作组织都支持甬江智造。';
    expect(chosen(t, [], [span(t, '宁波港口管理署', 'ORG', 0.7), span(t, '东海渔业合作组织', 'ORG', 0.6), span(t, '甬江智造', 'ORG', 0.7)])).toEqual([
      ['宁波港口管理署', 'Organization', MODEL],
      ['东海渔业合作组织', 'Organization', MODEL],
    ]);
    expect(chosen(t, [], [span(t, '宁波港口管理署', 'ORG', 0.45)])).toEqual([]);
    // A publication between title marks, sure: the body that prints it (《某某新闻》); not out of them.
    const v = '证言曾在《北海新闻》上刊登，北海新闻很多。';
    expect(chosen(v, [], [span(v, '北海新闻', 'ORG', 0.95)])).toEqual([['北海新闻', 'Organization', MODEL]]);
    expect(chosen(v, [], [span(v, '北海新闻', 'ORG', 0.95, 12)])).toEqual([]);
    // …机构: an agency (国家某某机构), fairly sure.
    const u = '经商外交部和国家海洋能机构后，规定生效。';
    expect(chosen(u, [], [span(u, '国家海洋能机构', 'ORG', 0.87)])).toEqual([['国家海洋能机构', 'Organization', MODEL]]);
  });

  test("a person's name of three characters shaped as the rules know names (a common surname and given name) is taken when the model is fairly sure (0.5); two characters are not, nor a rare surname's character", () => {
    const t = '据介绍，邱文韬和姜汁都在现场，农科站也来了。';
    expect(chosen(t, [], [span(t, '邱文韬', 'PER', 0.55), span(t, '姜汁', 'PER', 0.65), span(t, '农科站', 'PER', 0.65)])).toEqual([['邱文韬', 'Person', MODEL]]);
    const u = '这次的调研由宏远精密主持。';
    expect(chosen(u, [], [span(u, '调研由', 'PER', 0.7)])).toEqual([]);
  });

  test("a person's name it is fairly sure of (0.7 up to the bar) is taken alone with a name's shape: a common surname and one given character, or three characters", () => {
    const t = '据介绍，邹敏和贾晓岚都在现场。';
    expect(chosen(t, [], [span(t, '邹敏', 'PER', 0.75), span(t, '贾晓岚', 'PER', 0.8)])).toEqual([
      ['邹敏', 'Person', MODEL],
      ['贾晓岚', 'Person', MODEL],
    ]);
    // Below 0.7 a two-character name is not taken.
    expect(chosen(t, [], [span(t, '邹敏', 'PER', 0.65)])).toEqual([]);
  });

  test("not two characters opening with a rare surname's character, of transliteration characters only, or an ordinary word of the dictionary", () => {
    const t = '娄晨也来了。';
    expect(chosen(t, [], [span(t, '娄晨', 'PER', 0.8)])).toEqual([]);
    const u = '厨房里的黄酱用完了，他唱起了卡拉ok。';
    expect(chosen(u, [], [span(u, '黄酱', 'PER', 0.8), span(u, '卡拉', 'PER', 0.8)])).toEqual([]);
    // Three characters of a rare surname are a name's shape.
    const v = '娄晨曦也来了。';
    expect(chosen(v, [], [span(v, '娄晨曦', 'PER', 0.8)])).toEqual([['娄晨曦', 'Person', MODEL]]);
  });

  test("nor a name the page prints as the start of a longer place or organisation of the rules': there it is their short form", () => {
    const t = '何溪村的民宿很多。何溪的游客来自各地。';
    const village = rule(t, '何溪村', 'Place', 'place.admin.village', 0.8);
    expect(chosen(t, [village], [span(t, '何溪', 'PER', 0.8, 5)]).map(([x, label]) => [x, label])).toEqual([['何溪村', 'Place']]);
    const u = '韩达机械厂扩建了车间。韩达负责人说，订单翻了一番。';
    const firm = rule(u, '韩达机械厂', 'Organization', 'org.suffix.chang', 0.9, {}, 'Company');
    expect(chosen(u, [firm], [span(u, '韩达', 'PER', 0.8, 5)]).map(([x]) => x)).toEqual(['韩达机械厂']);
    // … and its first two characters, for a three-character span (a place's stem and the word after it).
    const v = '鲁湾村靠着鲁湾溪，鲁湾溪水很清。';
    expect(chosen(v, [rule(v, '鲁湾村', 'Place', 'place.admin.village', 0.8)], [span(v, '鲁湾溪', 'PER', 0.8)]).map(([x]) => x)).toEqual(['鲁湾村']);
    // Sure of it, the model's reading stands.
    expect(chosen(t, [village], [span(t, '何溪', 'PER', 0.95, 5)]).map(([x]) => x)).toEqual(['何溪村', '何溪']);
  });

  test("a place it is fairly sure of (0.7 up to the bar) is taken alone where it is a foreign name, a dictionary place or a natural feature's (…山, …江, …岛) after a stem that is no ordinary word", () => {
    const t = '考察队从基里巴斯出发，登上了青屏山，又到过白鹭洲。';
    expect(chosen(t, [], [span(t, '基里巴斯', 'LOC', 0.75), span(t, '青屏山', 'LOC', 0.8), span(t, '白鹭洲', 'LOC', 0.72)]).map(([x, label]) => [x, label])).toEqual([
      ['基里巴斯', 'Place'],
      ['青屏山', 'Place'],
      ['白鹭洲', 'Place'],
    ]);
    // Below 0.7, not.
    expect(chosen(t, [], [span(t, '青屏山', 'LOC', 0.65)])).toEqual([]);
    // … or a place jieba's dictionary tags as one (ns) that the gazetteer lacks.
    const u = '他在虎门开了一家书店。';
    expect(chosen(u, [], [span(u, '虎门', 'LOC', 0.75)]).map(([x, label]) => [x, label])).toEqual([['虎门', 'Place']]);
  });

  test('not a site, a farm or a word it is only fairly sure of, nor a heap named by an ordinary word (垃圾|山)', () => {
    const t = '湿地公园旁的青禾农场养着竹丝鸡，垃圾山已经清运。';
    expect(chosen(t, [], [span(t, '湿地公园', 'LOC', 0.8), span(t, '青禾农场', 'LOC', 0.8), span(t, '竹丝鸡', 'LOC', 0.8), span(t, '垃圾山', 'LOC', 0.8)])).toEqual([]);
  });

  test("a place typed by its ending is a village, town or community (the gazetteer has every county), and not a verb's object (探索|村务)", () => {
    const t = '大家节水省电，去了柳溪村，还要探索村务公开。';
    expect(chosen(t, [], [span(t, '节水省', 'LOC', 0.7), span(t, '柳溪村', 'LOC', 0.7), span(t, '探索村', 'LOC', 0.7)])).toEqual([['柳溪村', 'Place', MODEL]]);
  });

  test("not a lone character, even a place's abbreviation the model is sure of: that is the rules' call", () => {
    const t = '中日两国的贸易，赵说很重要。';
    expect(chosen(t, [], [span(t, '日', 'LOC', 0.97), span(t, '赵', 'PER', 0.97)])).toEqual([]);
  });

  test('not a common word the rules\' data does not type (the model sure of it or not)', () => {
    const t = '屋顶铺满了光伏板，月亮升起来了。';
    expect(chosen(t, [], [span(t, '月亮', 'LOC', 0.95), span(t, '屋顶', 'ORG', 0.95)])).toEqual([]);
  });

  test("nor a frequent word jieba's dictionary tags as a place or a name (华夏, 英雄): its tag is weak evidence there", () => {
    const t = '华夏大地上，英雄的故事代代相传。';
    expect(chosen(t, [], [span(t, '华夏', 'LOC', 0.95), span(t, '英雄', 'LOC', 0.95)])).toEqual([]);
  });

  test('but a place the dictionary knows often and that ends as a place is named, or that the gazetteer knows, is kept', () => {
    const t = '他们翻过大别山，沿着长江东行。';
    expect(chosen(t, [], [span(t, '大别山', 'LOC', 0.95), span(t, '长江', 'LOC', 0.95)]).map(([x, label]) => [x, label])).toEqual([
      ['大别山', 'Place'],
      ['长江', 'Place'],
    ]);
  });

  test('nor a person it is unsure of whose surname the text uses as a word of its own (石 in a report on a quarry)', () => {
    const t = '石场里石块、石料堆成小山，石匠们打磨石板，石粉飞扬。石光明看着满地的石头。';
    expect(chosen(t, [], [span(t, '石光明', 'PER', 0.8)])).toEqual([]);
    // Sure of it, the model's reading stands; and where the surname is no word of the text, an unsure name stands too.
    expect(chosen(t, [], [span(t, '石光明', 'PER', 0.95)])).toEqual([['石光明', 'Person', MODEL]]);
    const u = '石光明在村里开了一家农家乐。';
    expect(chosen(u, [], [span(u, '石光明', 'PER', 0.8)])).toEqual([['石光明', 'Person', MODEL]]);
  });

  test("the surname's uses inside the rules' sure people do not count", () => {
    const t = '石建华、石国强、石晓东、石海林和石文军都来了。石光明在村里开了一家农家乐。';
    const people = ['石建华', '石国强', '石晓东', '石海林', '石文军'].map((n) => rule(t, n, 'Person', 'person.test', 0.9));
    expect(chosen(t, people, [span(t, '石光明', 'PER', 0.8)]).map(([x]) => x)).toContain('石光明');
  });

  test('nested places stay apart: not a longer place around places the rules are sure of', () => {
    const t = '他住在青田县温溪镇。';
    const places = [rule(t, '青田县', 'Place', 'place.gazetteer.full', 0.9), rule(t, '温溪镇', 'Place', 'place.gazetteer.full', 0.9)];
    expect(chosen(t, places, [span(t, '青田县温溪镇', 'LOC', 0.95)]).map(([x]) => x)).toEqual(['青田县', '温溪镇']);
  });

  test('two rules reading the same place are one place: the organisation named after it is the model\'s whole name', () => {
    const t = '桐庐县委召开了全会。';
    const places = [rule(t, '桐庐县', 'Place', 'place.gazetteer.full', 0.9), rule(t, '桐庐县', 'Place', 'place.admin.county', 0.6)];
    expect(chosen(t, places, [span(t, '桐庐县委', 'ORG')])).toEqual([['桐庐县委', 'Organization', MODEL]]);
  });

  test("a site named after the place it opens with is one name (…植物园, …展览中心); a chain stays apart where the place does not open the span", () => {
    const t = '游客参观了温州植物园和丽水展览中心，又去了东海舟山群岛。';
    const places = [rule(t, '温州', 'Place', 'place.gazetteer.short', 0.9), rule(t, '丽水', 'Place', 'place.gazetteer.short', 0.9), rule(t, '舟山', 'Place', 'place.gazetteer.short', 0.9)];
    expect(chosen(t, places, [span(t, '温州植物园', 'LOC'), span(t, '丽水展览中心', 'LOC'), span(t, '东海舟山群岛', 'LOC')]).map(([x, , r]) => [x, r])).toEqual([
      ['温州植物园', MODEL],
      ['丽水展览中心', MODEL],
      ['舟山', 'place.gazetteer.short'],
    ]);
  });

  test('a site named after a place is a landmark of its own, not the place under another name; a kind of place a region has many of is no site', () => {
    const t = '客商在临平皮革城采购，产品远销欧洲市场。';
    const ctx = buildContext(t, resources());
    const places = [rule(t, '临平', 'Place', 'place.gazetteer.short', 0.9, { placeIds: ['330113'] }, 'District'), rule(t, '欧洲', 'Place', 'place.gazetteer.full', 0.9, { placeIds: ['region:欧洲'] }, 'Region')];
    const found = selectMentions(combine(ctx, places, [span(t, '临平皮革城', 'LOC'), span(t, '欧洲市场', 'LOC')], MODEL, 'hybrid'));
    expect(found.map((c) => [t.slice(c.start, c.end), c.kind, c.attrs.placeIds])).toEqual([
      ['临平皮革城', 'Landmark', undefined],
      ['欧洲', 'Region', ['region:欧洲']],
    ]);
  });

  test('an organisation opens with one place at most: the places before it stay apart', () => {
    const t = '浙江丽水缙云县农机合作社成立了。';
    const places = [rule(t, '浙江', 'Place', 'place.gazetteer.short', 0.9), rule(t, '丽水', 'Place', 'place.gazetteer.short', 0.9), rule(t, '缙云县', 'Place', 'place.gazetteer.full', 0.9)];
    expect(chosen(t, places, [span(t, '浙江丽水缙云县农机合作社', 'ORG', 0.95)]).map(([x]) => x)).toEqual(['浙江', '丽水', '缙云县']);
  });

  test("a sure organisation alone ends as organisations do (an ending of the rules' or of the hybrid's list, or a dictionary organisation); a trade word does not", () => {
    const t = '全国智能家居销量增长，国家气象局和联合国都关注海宁工商联培训。';
    expect(chosen(t, [], [span(t, '全国智能', 'ORG'), span(t, '国家气象局', 'ORG'), span(t, '联合国', 'ORG'), span(t, '海宁工商联培', 'ORG')])).toEqual([
      ['国家气象局', 'Organization', MODEL],
      ['联合国', 'Organization', MODEL],
    ]);
  });

  test('a newspaper is an organisation by its ending 报 (…商报, …公民报); an ordinary word ending in 报 is not', () => {
    const t = '《舟山商报》和《温哥华公民报》都刊登了公司的年报。';
    expect(chosen(t, [], [span(t, '舟山商报', 'ORG'), span(t, '温哥华公民报', 'ORG'), span(t, '年报', 'ORG')])).toEqual([
      ['舟山商报', 'Organization', MODEL],
      ['温哥华公民报', 'Organization', MODEL],
    ]);
  });

  test("a sure person alone has a name's shape: a surname and one or two given characters, a double surname, transliteration, or a dictionary name; not a name with the next word read in", () => {
    const t = '技术员钱思远正带着徒弟，欧阳青和马丁内斯也到了，韦振宇正说着。';
    expect(chosen(t, [], [span(t, '钱思远正', 'PER'), span(t, '欧阳青', 'PER'), span(t, '马丁内斯', 'PER'), span(t, '韦振宇', 'PER')]).map(([x]) => x)).toEqual(['欧阳青', '马丁内斯', '韦振宇']);
  });

  test('a foreign name of four characters or more may hold one character outside the transliteration list; three may not (村|里新娜 is a place word and a name)', () => {
    const t = '培特罗娃和维勒纳峰来了，村里新娜也来了。';
    expect(chosen(t, [], [span(t, '培特罗娃', 'PER'), span(t, '维勒纳峰', 'PER'), span(t, '里新娜', 'PER')]).map(([x]) => x)).toEqual(['培特罗娃', '维勒纳峰']);
  });

  test('a confident rule reading wins an overlap with a span the model found alone', () => {
    const t = '东阳红木家具有限公司成立于1995年。';
    const company = rule(t, '东阳红木家具有限公司', 'Organization', 'org.suffix.youxian', 0.85, {}, 'Company');
    expect(chosen(t, [company], [span(t, '红木家具有限公司', 'ORG')])).toEqual([['东阳红木家具有限公司', 'Organization', 'org.suffix.youxian']]);
  });
});

describe("hybrid policy — 5. the model's veto of the rules' guesses", () => {
  const t = '他们推动产业高端化发展。';
  const guess = rule(t, '高端化', 'Person', 'person.known-name', 0.76);

  test('a guess where the model reads no name at all is dropped', () => {
    expect(chosen(t, [guess], [])).toEqual([]);
  });

  test('a guess the model overlaps with any span stays (selection decides)', () => {
    expect(chosen(t, [guess], [span(t, '高端', 'ORG', 0.2)])).toEqual([['高端化', 'Person', 'person.known-name']]);
  });

  test('a confident rule reading stands without the model', () => {
    const t2 = '他来自桐乡市。';
    const place = rule(t2, '桐乡市', 'Place', 'place.gazetteer.full', 0.85, {}, 'County');
    expect(chosen(t2, [place], [])).toEqual([['桐乡市', 'Place', 'place.gazetteer.full']]);
  });

  test('programmes and outcomes are the rules\' alone', () => {
    const t2 = '全年完成产值3亿元。';
    const outcome = rule(t2, '3亿元', 'Outcome', 'outcome.figure', 0.55);
    expect(chosen(t2, [outcome], [])).toEqual([['3亿元', 'Outcome', 'outcome.figure']]);
  });
});

describe('engines', () => {
  const t = '安吉县委书记尚卫东到余村调研。';
  const ctx = () => buildContext(t, resources());
  const spans = [span(t, '尚卫东', 'PER', 0.3), span(t, '余村', 'LOC', 0.95)];
  const rules = [rule(t, '尚卫东', 'Person', 'person.after-title', 0.85, { role: '县委书记' })];

  test("rules: the rules' candidates, untouched", () => {
    expect(combine(ctx(), rules, spans, MODEL, 'rules')).toEqual(rules);
  });

  test("model: every span the model found, with its type, whatever its score", () => {
    expect(combine(ctx(), rules, spans, MODEL, 'model').map((c) => [t.slice(c.start, c.end), c.label, c.rule])).toEqual([
      ['尚卫东', 'Person', MODEL],
      ['余村', 'Place', MODEL],
    ]);
  });
});

describe('the shipped model with the rules, end to end', () => {
  const hybrid = loadExtractResources({ homeAreas: ['平湖市'] });
  const read = (text: string, res = hybrid) => extractText(text, res).map((c) => [text.slice(c.start, c.end), c.label, c.rule.startsWith('model.') ? 'model' : c.attrs.model ? 'both' : 'rule']);

  test('the model finds a name no rule reads, confirms a rule\'s guess, and reads the whole of a name a rule cut short', () => {
    const text = '会议由周建华主持，刘晓燕、陈国平等人参加。';
    expect(read(text, resources()).map(([s]) => s)).not.toContain('周建华');
    expect(read(text)).toEqual([
      ['周建华', 'Person', 'model'],
      ['刘晓燕', 'Person', 'both'],
      ['陈国平', 'Person', 'model'],
    ]);
  });

  test('every mention says who found it: a rule id, the model id, or a rule id with the model recorded', () => {
    const text = '张家港的王海涛和常州的李红梅都获了奖。';
    const found = extractText(text, hybrid);
    for (const c of found) {
      if (c.rule === hybrid.model!.id) expect(c.attrs.model?.id).toBe(hybrid.model!.id);
      else expect(c.rule).toMatch(/^[a-z]+\./);
    }
    expect(found.filter((c) => c.attrs.model).map((c) => text.slice(c.start, c.end))).toEqual(['张家港', '王海涛', '常州', '李红梅']);
    expect(found.every((c) => !c.attrs.model || (c.attrs.model.score > 0 && c.attrs.model.score <= 1))).toBe(true);
  });
});

describe('hybrid policy — 1. a name the tagger reads among things listed by 、, and a road after a place', () => {
  test('a name listed among common nouns (水果: 杨梅、葡萄) is one of them; among names, or joined by 和, it stays a person', () => {
    const fruit = '果园里的枇杷、杨梅、葡萄等水果陆续上市。';
    expect(vetoOf(buildContext(fruit, resources()), span(fruit, '杨梅', 'PER'))).toBe('hybrid.veto.listed-among-things');
    for (const [text, surface] of [
      ['会上，王建国、杨梅、李晓东等代表发言。', '杨梅'],
      ['会上，杨梅和同事们分享了经验。', '杨梅'],
    ] as const) {
      expect(vetoOf(buildContext(text, resources()), span(text, surface, 'PER'))).toBeUndefined();
    }
  });

  test('a place before a road’s ending, or a road’s ending alone, is no place', () => {
    const text = '门店位于温州西路，紧邻宁海大道。';
    expect(vetoOf(buildContext(text, resources()), span(text, '温州', 'LOC'))).toBe('hybrid.veto.road-name');
    expect(vetoOf(buildContext(text, resources()), span(text, '西路', 'LOC'))).toBe('hybrid.veto.road-name');
    const street = '温州街头人来人往。';
    expect(vetoOf(buildContext(street, resources()), span(street, '温州', 'LOC'))).toBeUndefined();
  });

  test('a delegation formed (某市组团参加…) is no organisation', () => {
    const t = '温州市组团参加博览会。';
    expect(vetoOf(buildContext(t, resources()), span(t, '温州市组团', 'ORG'))).toBe('hybrid.veto.group-of-people');
  });

  test('a word the page prints as a thing (杨梅节, 优质杨梅, 杨梅大丰收) is no person anywhere on it', () => {
    const text = '首届杨梅节开幕，20家合作社展销优质杨梅。今年杨梅大丰收。';
    expect(vetoOf(buildContext(text, resources()), span(text, '杨梅', 'PER'))).toBe('hybrid.veto.thing-on-page');
    const person = '会上，杨梅和同事们分享了经验。';
    expect(vetoOf(buildContext(person, resources()), span(person, '杨梅', 'PER'))).toBeUndefined();
  });

  test('a word for a kind of place (古镇, 山村) is no place; a town named with one, printed whole, is', () => {
    const text = '这座江南古镇和附近的山村游人如织。';
    expect(vetoOf(buildContext(text, resources()), span(text, '古镇', 'LOC'))).toBe('hybrid.veto.kind-of-place');
    expect(vetoOf(buildContext(text, resources()), span(text, '山村', 'LOC'))).toBe('hybrid.veto.kind-of-place');
    const town = '中山市古镇镇的灯饰远销海外。';
    expect(vetoOf(buildContext(town, resources()), span(town, '古镇镇', 'LOC'))).toBeUndefined();
  });
});

// lead12: the tagger's company of common trade words and a legal form alone is a description or a name cut inside.
describe('common trade words and a legal form (lead12)', () => {
  test.each([['兰溪市真好吃食品有限公司成立。', '食品有限公司'], ['要求食品有限公司守法经营。', '食品有限公司']])('vetoed: %s', (sentence, surface) => {
    const ctx = buildContext(sentence, resources());
    const start = sentence.indexOf(surface);
    expect(vetoOf(ctx, { start, end: start + surface.length, type: 'ORG' })).toBe('hybrid.veto.trade-and-legal-form');
  });

  test.each([['平湖华达食品有限公司成立。', '平湖华达食品有限公司'], ['瑞丰纺织有限公司扩产。', '瑞丰纺织有限公司']])('a name before the trade is kept: %s', (sentence, surface) => {
    const ctx = buildContext(sentence, resources());
    const start = sentence.indexOf(surface);
    expect(vetoOf(ctx, { start, end: start + surface.length, type: 'ORG' })).toBeUndefined();
  });
});

describe('a name before a word for an illness names the illness (hybrid.veto.illness-name)', () => {
  test.each([
    ['奶奶患有阿尔茨海默病，需要人照顾。', '阿尔茨海默', 'LOC'],
    ['他被确诊为亨廷顿综合征。', '亨廷顿', 'PER'],
  ])('%s: %s', (text, surface, type) => {
    expect(vetoOf(buildContext(text, resources()), span(text, surface, type as ModelSpan['type']))).toBe('hybrid.veto.illness-name');
  });
  test.each([['杭州病例数持续下降。', '杭州'], ['武汉病毒研究所发布报告。', '武汉']])('a place before 病例 or a body stays: %s', (text, surface) => {
    expect(vetoOf(buildContext(text, resources()), span(text, surface, 'LOC'))).toBeUndefined();
  });
  test('the rules read no foreign name before an illness either', () => {
    expect(extractText('他患有帕金森综合征多年。', resources()).filter((c) => c.label === 'Person')).toEqual([]);
  });
});

// ner5: foreign names and brands the model alone reads, and a word ending in 局 that is no bureau.
describe('foreign names without an ending, and 格局 (ner5)', () => {
  test('a sure organisation of transliteration characters only, four or more or two joined by a dash, is a foreign body or brand; three are not, nor an unsure one', () => {
    const t = '他向莫里斯达克订货，又比较了费—鲁斯指数，卡萨拉和奥斯托林也在名单上。';
    expect(chosen(t, [], [span(t, '莫里斯达克', 'ORG', 0.95), span(t, '费—鲁斯', 'ORG', 0.93), span(t, '卡萨拉', 'ORG', 0.96), span(t, '奥斯托林', 'ORG', 0.6)]).map(([x]) => x)).toEqual(['莫里斯达克', '费—鲁斯']);
  });

  test('a foreign name of two parts joined by a dash is a person’s shape; a dash between words of another kind is not', () => {
    const t = '参议员托马斯—卡伦昨天抵达，工作—生活平衡成为话题。';
    expect(chosen(t, [], [span(t, '托马斯—卡伦', 'PER', 0.94), span(t, '工作—生活', 'PER', 0.94)]).map(([x]) => x)).toEqual(['托马斯—卡伦']);
  });

  test('a span ending in 格局 or 布局 is no organisation, whatever the model reads', () => {
    const t = '全力构筑大宁波文旅新格局，优化温州产业布局，宁波市文旅局牵头。';
    expect(chosen(t, [], [span(t, '大宁波文旅新格局', 'ORG', 0.97), span(t, '温州产业布局', 'ORG', 0.95), span(t, '宁波市文旅局', 'ORG', 0.95)]).map(([x]) => x)).toEqual(['宁波市文旅局']);
  });
});

describe('a stopword\'s character in a sure person\'s name (ner5)', () => {
  const veto = (t: string, surface: string, score: number) => {
    const ctx = buildContext(t, resources());
    const start = t.indexOf(surface);
    return vetoOf(ctx, { start, end: start + surface.length, type: 'PER', score });
  };

  test.each([
    ['入冬以来，和春林还帮村民修好了水渠。', '和春林'],
    ['和春林离开村子已经十年。', '和春林'],
    ['书法家柯远之昨天到了。', '柯远之'],
  ])('the surname opening a clause, or 之 ending the name, is the name\'s: %s', (t, surface) => {
    expect(veto(t, surface, 0.94)).toBeUndefined();
  });

  test.each([
    ['他和春林一起去了县城。', '和春林', 0.94],
    ['入冬以来，和春林还帮村民修好了水渠。', '和春林', 0.8],
  ])('not after a word of the clause, nor where the model is unsure: %s', (t, surface, score) => {
    expect(veto(t, surface, score)).toBe('hybrid.veto.stopword-inside');
  });
});

test('a sea or a landmark inside a body\'s name is no second place it is named after (某国海军太平洋舰队, ner5)', () => {
  const t = '由新西兰海军太平洋舰队司令率领的舰艇编队抵达。';
  const rules = [
    rule(t, '新西兰', 'Place', 'place.gazetteer.full', 0.9, { placeIds: ['country:新西兰'] }, 'Country'),
    rule(t, '太平洋', 'Place', 'place.gazetteer.full', 0.9, {}, 'Landmark'),
    rule(t, '海军太平洋舰队', 'Organization', 'org.suffix.jiandui', 0.85, {}, 'GovernmentAgency'),
  ];
  expect(chosen(t, rules, [span(t, '新西兰海军太平洋舰队', 'ORG', 0.97)]).map(([x]) => x)).toEqual(['新西兰海军太平洋舰队']);
  // Two places that are no landmarks before a body stay apart, as before.
  const u = '浙江丽水缙云县农机合作社成立了。';
  const places = [rule(u, '浙江', 'Place', 'place.gazetteer.short', 0.9, {}, 'Province'), rule(u, '丽水', 'Place', 'place.gazetteer.short', 0.9, {}, 'City')];
  expect(chosen(u, places, [span(u, '浙江丽水缙云县农机合作社', 'ORG', 0.95)]).map(([x]) => x)).toEqual(['浙江', '丽水']);
});

test('the model\'s 北京 of 北京时间 is vetoed: the standard time, not the city (ner5)', () => {
  const t = '北京时间昨晚，比赛在北京开始。';
  const ctx = buildContext(t, resources());
  expect(vetoOf(ctx, { start: 0, end: 2, type: 'LOC' })).toBe('hybrid.veto.standard-time');
  const second = t.indexOf('北京', 2);
  expect(vetoOf(ctx, { start: second, end: second + 2, type: 'LOC' })).toBeUndefined();
});

describe('a person the tagger is sure of beside a title of office (hybrid.person-beside-title, ner13)', () => {
  const only = (t: string, surface: string, score: number) => chosen(t, [], [span(t, surface, 'PER', score)]).map(([x, label]) => `${x}/${label}`);

  test.each([
    ['椿原信介总经理昨天到厂里考察。', '椿原信介'],
    ['婉妮副总理会见了代表团。', '婉妮'],
    ['井上先生昨天到了工地。', '井上'],
  ])('a title opening a word right after the name stands for the name\'s shape: %s', (t, surface) => {
    expect(only(t, surface, 0.93)).toEqual([`${surface}/Person`]);
  });

  test.each([
    ['椿原信介昨天到厂里考察。', '椿原信介', 0.94],
    ['婉妮会见了代表团。', '婉妮', 0.92],
    ['井上昨天到了工地。', '井上', 0.95],
    ['椿原信介总经理昨天到厂里考察。', '椿原信介', 0.85],
    ['总经理椿原信介昨天到厂里考察。', '椿原信介', 0.94],
    ['合作社理事长潘荣海正组织社员育苗。', '潘荣海正', 0.95],
    ['我们欢迎婉妮副总理来访。', '欢迎婉妮', 0.95],
    ['我们衷心祝贺萨莫拉先生当选。', '祝贺萨莫拉', 0.95],
  ])('without the title after it, or where the tagger is not sure, the shape and the common-word veto still hold (a title before the name says where it starts, not where it ends): %s', (t, surface, score) => {
    expect(only(t, surface, score)).toEqual([]);
  });

  test('the common-word veto gives way to the title only where the tagger is sure', () => {
    const t = '井上先生昨天到了工地。';
    const ctx = buildContext(t, resources());
    expect(vetoOf(ctx, { start: 0, end: 2, type: 'PER', score: 0.95 })).toBeUndefined();
    expect(vetoOf(ctx, { start: 0, end: 2, type: 'PER', score: 0.8 })).toBe('hybrid.veto.common-word');
  });
});
