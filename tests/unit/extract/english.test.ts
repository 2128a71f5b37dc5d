// English articles: compromise's people and places, plus organisations and zones by their English endings.
import { extractText } from '../../../src/extract/index.js';
import { detectLanguage } from '../../../src/segment/index.js';
import { resources } from '../../helpers/extract.js';

const en = (text: string) => extractText(text, resources(), 'en').map((c) => [c.label, c.kind ?? '', text.slice(c.start, c.end)]);

describe('English articles', () => {
  test('a page in English is detected as English; Chinese with brand names stays Chinese', () => {
    expect(detectLanguage('Pinghu firm wins award. The company said exports to Germany grew by a third this year.')).toBe('en');
    expect(detectLanguage('企业对接的俄罗斯采购商 IP Veselov 是当地大型电商平台。')).toBe('zh');
  });

  test.each([
    ['Zhejiang Xinyi Electric Heating Machinery Co., Ltd. won the award, chairman John Smith said.', [['Organization', 'Company', 'Zhejiang Xinyi Electric Heating Machinery Co., Ltd.'], ['Person', '', 'John Smith']]],
    ['The plant is in Pinghu Economic and Technological Development Zone.', [['Place', 'DevelopmentZone', 'Pinghu Economic and Technological Development Zone']]],
    ['Exports to Germany and France rose.', [['Place', 'Country', 'Germany'], ['Place', 'Country', 'France']]],
    ['The fair was organized by the Haining Municipal Bureau of Commerce on Monday.', [['Organization', 'GovernmentAgency', 'Haining Municipal Bureau of Commerce']]],
    ['Researchers at Zhejiang University and the Jiaxing Science and Technology Bureau met.', [['Organization', 'School', 'Zhejiang University'], ['Organization', 'GovernmentAgency', 'Jiaxing Science and Technology Bureau']]],
  ])('%s', (text, expected) => {
    expect(en(text)).toEqual(expect.arrayContaining(expected));
  });
});
