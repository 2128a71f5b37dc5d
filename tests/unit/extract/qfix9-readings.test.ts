// Readings of kinds noticed in the twenty-second session, ninth round of fixes (qfix9): a person whose given name is a
// common word right after a post, a medical team sent by a hospital, and an event held for many projects at once
// named without quotes. Sentences written for these tests (names, places and figures invented; the counties are the
// gazetteer's).
import { hybridMentionsFor, mentionsIn } from '../../helpers/extract.js';

const songyang = hybridMentionsFor('松阳县');
const people = (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === 'Person').map((m) => m.text);

describe('a given name that is a common word, right after a post (person.after-title.word-given-name)', () => {
  test.each([
    ['红石镇党委副书记邵建设出席会议并讲话。', '邵建设', 'person.after-title.word-given-name'],
    ['副县长张建设一行到园区调研。', '张建设', 'person.after-title.word-given-name'],
    ['村党支部书记陈胜利主持会议。', '陈胜利', 'person.after-title.word-given-name'],
    // (a given name the name's own test already reads whole keeps its reading)
    ['镇长韩国庆表示，要抓好秋粮收购。', '韩国庆', 'person.after-title'],
    ['县农业农村局局长罗卫东说，今年新建高标准农田2万亩。', '罗卫东', 'person.after-title'],
  ])('%s', (sentence, name, rule) => {
    const rules = mentionsIn(sentence).filter((m) => m.label === 'Person');
    expect(rules.map((m) => m.text)).toContain(name);
    expect(rules.find((m) => m.text === name)?.rule).toBe(rule);
    const hybrid = people(songyang(sentence));
    expect(hybrid).toContain(name);
    expect(hybrid).not.toContain(name.slice(0, 2));
  });
  test('a name listed with others, closed by 、', () => {
    expect(people(songyang('镇党委书记刘建国、镇长孙立新参加了活动。'))).toEqual(expect.arrayContaining(['刘建国']));
  });
  test('the common word after a post and no surname, or with no closing word after it, is no name', () => {
    expect(mentionsIn('村党支部书记带领群众建设美丽家园。').filter((m) => m.label === 'Person')).toEqual([]);
    expect(mentionsIn('县长王建设美丽乡村的设想得到了支持。').filter((m) => m.rule === 'person.after-title.word-given-name')).toEqual([]);
  });
});

describe('a medical team is no sports team (org.suffix.medical-team.*)', () => {
  test.each([
    ['县人民医院医疗队深入各村开展巡回诊疗。', '县人民医院医疗队'],
    ['松阳县中医院义诊队为群众免费测量血压。', '松阳县中医院义诊队'],
    ['市第二人民医院医疗服务队来到山区学校。', '市第二人民医院医疗服务队'],
  ])('%s', (sentence, name) => {
    const team = songyang(sentence).find((m) => m.label === 'Organization' && m.text === name);
    expect(team?.kind).toBe('PublicInstitution');
  });
  test('the rules read the team by its ending', () => {
    const team = mentionsIn('县人民医院医疗队深入各村开展巡回诊疗。').find((m) => m.text === '县人民医院医疗队');
    expect(team?.rule).toBe('org.suffix.medical-team.yiliaodui');
    expect(team?.kind).toBe('PublicInstitution');
  });
  test('a football team stays a sports team', () => {
    expect(songyang('松阳县青少年足球队获得了冠军。').find((m) => m.label === 'Organization' && m.text.endsWith('足球队'))?.kind).toBe('SportsTeam');
  });
});

describe('an event held for many projects at once, named without quotes (prog.type.event.*)', () => {
  const programmes = (s: string) => mentionsIn(s).filter((m) => m.label === 'Programme').map((m) => [m.text, m.kind]);
  test.each([
    ['会上举行了2026年第一季度重大产业项目集中签约活动，共签约项目11个。', '2026年第一季度重大产业项目集中签约活动'],
    ['2024年二季度重点项目集中开工活动在县经济开发区举行。', '2024年二季度重点项目集中开工活动'],
    ['2026年春季招商引资项目统一签约仪式昨天在县行政中心举行。', '2026年春季招商引资项目统一签约仪式'],
    ['第五届农业招商项目签约大会在城关镇开幕。', '第五届农业招商项目签约大会'],
  ])('%s', (sentence, name) => {
    const found = programmes(sentence);
    expect(found).toContainEqual([name, 'Campaign']);
    expect(found.filter(([text]) => text !== name)).toEqual([]);
  });
  test('an event with no year or edition names no programme', () => {
    expect(programmes('县里举行了重大项目集中签约活动。')).toEqual([]);
    expect(programmes('签约仪式结束后，客商参观了园区。')).toEqual([]);
  });
});
