// Readings found on reports of groups and their units written for the eighteenth round of relations (qrel18): a
// firm's full name and a copula jieba glued to a group's name, a verb of having inside a branch's name, a group's
// branch named by the group, a place and a branch's ending. Sentences written for these tests (firms invented).
import { extractText, loadExtractResources } from '../../../src/extract/index.js';

const hybrid = loadExtractResources({ homeAreas: [], engine: 'hybrid' });
const orgs = (text: string): string[] =>
  extractText(text, hybrid)
    .filter((c) => c.label === 'Organization')
    .map((c) => text.slice(c.start, c.end));

describe('a firm’s legal form and a copula inside a group’s name close the firm (org.not.firm-is-group)', () => {
  test.each([
    ['福建鸿星鞋业有限公司是鸿星集团的全资子公司。', '福建鸿星鞋业有限公司', '鸿星集团'],
    ['江苏澄达纺织有限公司是澄达集团旗下企业。', '江苏澄达纺织有限公司', '澄达集团'],
    ['安徽皖禾米业有限公司系皖禾集团控股子公司。', '安徽皖禾米业有限公司', '皖禾集团'],
  ])('%s', (text, firm, group) => {
    const found = orgs(text);
    expect(found).toContain(firm);
    expect(found).toContain(group);
    expect(found.filter((n) => n.includes('是') || n.includes('系'))).toEqual([]);
  });
  test('a group registered as a company, its name holding no copula, stays whole', () => {
    expect(orgs('浙江越峰集团有限公司今年营收增长。')).toContain('浙江越峰集团有限公司');
  });
});

describe('a verb of having inside a grown name closes the words before it (org.not.having-verb)', () => {
  test.each([
    ['集团在杭州设有越峰集团杭州分公司，负责电商销售。', '越峰集团杭州分公司'],
    ['公司在成都设有蜀丰集团成都分公司。', '蜀丰集团成都分公司'],
  ])('%s', (text, name) => {
    const found = orgs(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n.includes('设有'))).toEqual([]);
  });
  test('a group’s branch named by the group, a city and 分公司 is one organisation (org.suffix.*.place-branch)', () => {
    expect(orgs('越峰集团宁波分公司去年成立。')).toContain('越峰集团宁波分公司');
  });
  test('a place and a bare branch ending after a verb of having name no body', () => {
    expect(orgs('公司在长沙设有分公司。').filter((n) => n.includes('设有') || n === '长沙分公司')).toEqual([]);
  });
});
