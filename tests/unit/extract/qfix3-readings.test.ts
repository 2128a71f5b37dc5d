// Readings of kinds left alone by earlier rounds, third round (qfix3): a common noun that is also a city's name,
// described by an adjective (日照足: sunshine), and a firm's name run into its forebear's (某公司脱胎于原某厂).
// Sentences written for these tests (names, places and figures invented).
import { hybridMentionsFor } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('遂昌县');
const of = (label: string) => (found: Array<{ label: string; text: string }>) => found.filter((m) => m.label === label).map((m) => m.text);
const places = of('Place');
const orgs = of('Organization');

describe('a common noun the tagger alone reads as a place, before a predicate of quality, is the noun (hybrid.veto.common-noun-before-quality)', () => {
  test.each([
    ['这里海拔高，风沙大、日照足，适合种植枸杞和沙棘。'],
    ['日照充足的缓坡上种满了苹果树。'],
    ['这里日照强、降水少，昼夜温差大，葡萄含糖量高。'],
  ])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('日照');
  });
  test.each([
    ['a verb after it: the city', '考察团从日照出发，前往连云港。'],
    ['a noun after it: the city', '日照绿茶在展会上很受欢迎。'],
  ])('%s', (_case, sentence) => {
    expect(places(hybridMentions(sentence))).toContain('日照');
  });
});

describe("a firm's name run into its forebear's is cut at the word of origin (org.not.origin-link)", () => {
  test.each([
    ['云岭乳业公司脱胎于原红旗乳品厂，现有员工210人。', ['云岭乳业公司', '红旗乳品厂']],
    ['青溪农机有限公司前身为县农机修造厂。', ['青溪农机有限公司', '县农机修造厂']],
  ])('%s', (sentence, names) => {
    expect(orgs(hybridMentions(sentence)).sort()).toEqual([...names].sort());
  });
  test('a name with no word of origin inside stays whole (原 opening a name after 于 is not cut without the link)', () => {
    expect(orgs(hybridMentions('县里把订单交给了原野农业发展有限公司。'))).toContain('原野农业发展有限公司');
  });
});

describe('a landmark closing a quoted phrase after words of no place is a metaphor (hybrid.veto.quoted-metaphor)', () => {
  test.each([
    ['全县在荒坡上筑起一道“光伏长城”，年发电量达2亿千瓦时。'],
    ['三代护林员在沙地边缘营造出一道“绿色长城”。'],
    ['民兵连被群众称为守边的“钢铁长城”。'],
  ])('%s', (sentence) => {
    expect(places(hybridMentions(sentence))).not.toContain('长城');
  });
  test.each([
    ['a place before it in the quotation: the landmark', '游客们登上“八达岭长城”合影留念。', '八达岭长城'],
    ['unquoted: the landmark', '他们在长城脚下种植葡萄。', '长城'],
  ])('%s', (_case, sentence, place) => {
    expect(places(hybridMentions(sentence))).toContain(place);
  });
});

describe('a pairing park printed with a dash is one name (place.zone.dash-pair)', () => {
  test.each([
    ['县里与宁波市北仑区共建的北仑—遂昌产业园今年新引进企业8家。', '北仑—遂昌产业园'],
    ['衢州—遂昌产业园一期标准厂房已全部建成。', '衢州—遂昌产业园'],
  ])('%s', (sentence, park) => {
    expect(places(hybridMentions(sentence))).toContain(park);
  });
  test('years with a dash before a park are no partner (2024—2026年产业园建设规划)', () => {
    expect(places(hybridMentions('全县印发2024—2026年遂昌产业园建设规划。')).filter((p) => p.includes('—'))).toEqual([]);
  });
});
