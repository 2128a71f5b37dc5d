// Lexicons shared by several stages (see README.md beside this file for how to edit them). Each loader reads
// its file once per process and validates it; a malformed file fails start-up with the file's name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';

export function lexiconPath(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/** Lines of a text lexicon, without comments and blank lines. */
export function readWordList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read lexicon (${(e as Error).message})`, { subject: path });
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export interface Surnames {
  single: ReadonlySet<string>;
  double: ReadonlySet<string>;
  /** Rank of a single surname in the list (0 = most common). */
  rank: ReadonlyMap<string, number>;
}

let surnames: Surnames | undefined;

/** Parts of names without a surname: Tibetan (次仁, 卓玛) and Mongolian (巴特尔, 高娃); two or three make a name. */
export interface NameParts {
  tibetan: ReadonlySet<string>;
  mongolian: ReadonlySet<string>;
  /** Yi clan names (沙马, 吉克): two characters that open a four-character name. */
  yiClans: ReadonlySet<string>;
}

let nameParts: NameParts | undefined;

export function loadNameParts(): NameParts {
  if (nameParts) return nameParts;
  const read = (file: string): Set<string> => {
    const path = lexiconPath(file);
    const words = readWordList(path);
    for (const w of words) if (!/^[\u4e00-\u9fff]{2,4}$/.test(w)) throw new KgError('DATA_INVALID', `"${w}" is not a name part of two to four characters`, { subject: path });
    return new Set(words);
  };
  const clans = readWordList(lexiconPath('yi-clan-names.txt'));
  for (const w of clans) if (!/^[\u4e00-\u9fff]{2}$/u.test(w)) throw new KgError('DATA_INVALID', `"${w}" is not a clan name of two characters`, { subject: lexiconPath('yi-clan-names.txt') });
  nameParts = { tibetan: read('tibetan-name-parts.txt'), mongolian: read('mongolian-name-parts.txt'), yiClans: new Set(clans) };
  return nameParts;
}

/** Where a run of two or three name parts of one set (Tibetan, Mongolian) from `start` ends, or undefined. */
export function namePartsEnd(text: string, start: number, parts: ReadonlySet<string>, fewest = 2): number | undefined {
  let at = start;
  let n = 0;
  while (n < 3) {
    // (At the text's end slice gives fewer characters than asked: a part is taken only whole.)
    if (at + 4 <= text.length && parts.has(text.slice(at, at + 4))) at += 4;
    else if (at + 3 <= text.length && parts.has(text.slice(at, at + 3))) at += 3;
    else if (at + 2 <= text.length && parts.has(text.slice(at, at + 2))) at += 2;
    else break;
    n++;
  }
  return n >= fewest ? at : undefined;
}

/** `text` is made wholly of one to three name parts of one set (次仁卓玛, 扎西, 斯琴高娃). */
export function isNamePartsWhole(text: string, parts: ReadonlySet<string>): boolean {
  return text.length > 0 && namePartsEnd(text, 0, parts, 1) === text.length;
}

export function loadSurnames(): Surnames {
  if (surnames) return surnames;
  const path = lexiconPath('surnames.txt');
  const single = new Set<string>();
  const double = new Set<string>();
  const rank = new Map<string, number>();
  for (const word of readWordList(path)) {
    if (!/^[\u4e00-\u9fff]{1,2}$/.test(word)) {
      throw new KgError('DATA_INVALID', `"${word}" is not a one- or two-character surname`, { subject: path });
    }
    if (word.length === 2) double.add(word);
    else {
      rank.set(word, single.size);
      single.add(word);
    }
  }
  surnames = { single, double, rank };
  return surnames;
}

/** Without a cue, only the commoner surnames (by rank in surnames.txt): rare ones (智, 干, 楼) are ordinary characters far more often. */
export const COMMON_SURNAME_RANK = 160;

/** `ch` is a single surname of the commoner ones. */
export function isCommonSurname(ch: string, s: Surnames = loadSurnames()): boolean {
  return (s.rank.get(ch) ?? Infinity) < COMMON_SURNAME_RANK;
}

/** Length of the surname that `text` starts with at `at` (2 for 欧阳, 1 for 王), or 0. */
export function surnameAt(text: string, at: number, s: Surnames = loadSurnames()): number {
  if (s.double.has(text.slice(at, at + 2))) return 2;
  if (s.single.has(text.charAt(at))) return 1;
  return 0;
}

let newspapers: ReadonlyMap<string, string> | undefined;

/** Newspapers of one city → the city they serve (平湖日报 → 平湖市), from newspapers.tsv. */
export function loadNewspapers(): ReadonlyMap<string, string> {
  if (newspapers) return newspapers;
  const path = lexiconPath('newspapers.tsv');
  const map = new Map<string, string>();
  for (const line of readWordList(path)) {
    const [name, city, extra] = line.split('\t');
    if (!name || !city || extra !== undefined || !/^[\u4e00-\u9fff]{2,12}$/.test(name) || !/^[\u4e00-\u9fff]{2,10}[市县区旗]$/.test(city)) {
      throw new KgError('DATA_INVALID', `"${line}" is not a paper's name, a tab and the city it serves (平湖日报\t平湖市)`, { subject: path });
    }
    if (map.has(name)) throw new KgError('DATA_INVALID', `${name} is listed twice`, { subject: path });
    map.set(name, city);
  }
  newspapers = map;
  return map;
}

/** The home city of a paper known to serve one city, else undefined. */
export function homeCityOfPaper(paper: string | undefined): string | undefined {
  return paper ? loadNewspapers().get(paper.replace(/^《|》$/g, '')) : undefined;
}
