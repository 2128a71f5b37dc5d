// Readings found on articles written for the ninth relations round (qrel9): names, places and firms invented.
import { hybridMentionsFor } from '../../helpers/extract.js';

const hybridMentions = hybridMentionsFor('常山县');

describe('a place leading firms (某市组织28家企业参展) is no organisation named 某市组织 (hybrid.veto.place-then-organise)', () => {
  test.each([['江山市组织28家企业参展。', '江山市'], ['武义县组织15家企业参加展会。', '武义县'], ['开化县组织辖区企业参加招聘会。', '开化县']])('%s', (sentence, place) => {
    const ms = hybridMentions(sentence);
    expect(ms.filter((m) => m.label === 'Organization' && m.text.endsWith('组织'))).toEqual([]);
    expect(ms).toContainEqual(expect.objectContaining({ label: 'Place', text: place }));
  });

  test('an organisation whose name ends in 组织 is kept', () => {
    expect(hybridMentions('国际劳工组织发布了年度报告。')).toContainEqual(expect.objectContaining({ label: 'Organization', text: '国际劳工组织' }));
  });
});

describe('a village after a verb of election (当选为某村…) is not named with 为', () => {
  test.each([
    ['村民蒋慧芳去年当选为桃源村党支部书记。', '桃源村党支部'],
    ['他被任命为石桥村村委会主任。', '石桥村村委会'],
  ])('%s', (sentence, body) => {
    const ms = hybridMentions(sentence);
    expect(ms.map((m) => m.text)).toContain(body);
    expect(ms.filter((m) => m.text.startsWith('为'))).toEqual([]);
  });
});
