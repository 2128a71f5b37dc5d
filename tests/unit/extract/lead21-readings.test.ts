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

const programmes = (text: string): string[] => extractText(text, hybrid).filter((c) => c.label === 'Programme').map((c) => text.slice(c.start, c.end));

describe('national bodies named by 国家 and their field (gov.field.*.national)', () => {
  test.each([
    ['国家粮食和物资储备局公布了名单。', '国家粮食和物资储备局'],
    ['该镇被国家林业和草原局确定为示范镇。', '国家林业和草原局'],
  ])('%s', (text, body) => {
    expect(orgs(text)).toContain(body);
  });
  test('国家 not before a department’s field names none', () => {
    expect(orgs('国家支持乡村产业发展。')).toEqual([]);
  });
});

describe('a government body before 认定 is the body certifying, no programme (prog.not.body-plans)', () => {
  test('省文化和旅游厅认定…: the body, no programme', () => {
    const text = '省文化和旅游厅认定了一批夜间文旅消费集聚区。';
    expect(orgs(text)).toEqual(['省文化和旅游厅']);
    expect(programmes(text)).toEqual([]);
  });
  test('a firms’ title certified stays a programme', () => {
    expect(programmes('该公司今年通过了国家高新技术企业认定。')).toEqual(['国家高新技术企业认定']);
  });
});

describe('the part a firm plays closes the words before its name (org.not.party-role)', () => {
  test.each([
    ['园区运营方江苏锦程文化发展有限公司总经理说。', '江苏锦程文化发展有限公司'],
    ['该项目承建方中建八局第三建设有限公司负责施工。', '中建八局第三建设有限公司'],
    ['项目投资方浙江明辉控股集团有限公司董事长说。', '浙江明辉控股集团有限公司'],
  ])('%s', (text, firm) => {
    expect(orgs(text)).toContain(firm);
    expect(orgs(text).some((o) => o.includes('方') && o !== firm)).toBe(false);
  });
});

describe('titles a province or city confers, opening with 全省 or 全市 (prog.recognition.after-cue)', () => {
  test.each([
    ['我县今年被省政府办公厅评为全省营商环境建设先进县。', '全省营商环境建设先进县'],
    ['该村获评全市美丽乡村示范村。', '全市美丽乡村示范村'],
  ])('%s', (text, title) => {
    expect(programmes(text)).toContain(title);
  });
  test.each(['他在比赛中获得全省第一名。', '该项目获全省表彰。'])('no title: %s', (text) => {
    expect(programmes(text)).toEqual([]);
  });
  test('a provincial government’s general office is a body (gov.zhengfu-bangongting), kept out of jieba’s words', () => {
    expect(orgs('市政府办公厅印发了实施方案。')).toEqual(['市政府办公厅']);
    expect(orgs('省委办公厅印发通知。')).toEqual(['省委办公厅']);
  });
});
