// Readings found on meeting reports written for the fourteenth round of own articles (lead21).
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

const hybrid = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const orgs = (text: string): string[] => extractText(text, hybrid).filter((c) => c.label === 'Organization').map((c) => text.slice(c.start, c.end));

describe('a body named alone after a plural of levels is every one of its kind (org.not.level-scope, hybrid.veto.level-scope)', () => {
  test.each([
    '各乡镇党委书记、县直各部门主要负责人参加会议。',
    '各镇（街道）党委书记作交流发言。',
    '会议要求，各镇党委要压实责任。',
    '各街道党工委书记参加了培训。',
    '各村党支部书记列席会议。',
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });
  test('a level word alone before the body is the one in view, still read', () => {
    expect(orgs('镇党委书记刘海洋主持会议。')).toEqual(['镇党委']);
  });
  test('a named town’s committee is still read', () => {
    expect(orgs('会上，南浔镇党委书记作了发言。')).toContain('南浔镇党委');
  });
});
