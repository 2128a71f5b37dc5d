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

describe('English place names tied to the gazetteer', () => {
  const places = (text: string) =>
    extractText(text, resources(), 'en')
      .filter((c) => c.label === 'Place')
      .map((c) => [text.slice(c.start, c.end), c.kind, c.attrs.placeIds?.[0]]);

  test('pinyin names with or without an administrative word are the gazetteer places of their Chinese names', () => {
    expect(places('The factory in Haining, Jiaxing, Zhejiang Province, ships to Shanghai.')).toEqual(
      expect.arrayContaining([
        ['Haining', 'County', '330481'],
        ['Jiaxing', 'City', '3304'],
        ['Zhejiang Province', 'Province', '33'],
        ['Shanghai', 'Province', '31'],
      ]),
    );
    expect(places('Pinghu Economic and Technological Development Zone signed the deal.')).toEqual([['Pinghu Economic and Technological Development Zone', 'DevelopmentZone', 'zone.pinghu-etdz']]);
  });

  test('a listed name inside a longer word is not a place', () => {
    expect(places('Mr. Pinghuang met the Haininger delegation.')).toEqual([]);
  });
});
