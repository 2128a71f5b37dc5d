// jieba's dictionary as the extraction edits it: an edit re-tags a word jieba has (keeping the higher frequency)
// or adds one it lacks; glued organisation-and-title words are dropped; the lookups and jieba's own segmentation
// and tags both see the edited dictionary.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildJieba, dropListed, gluedOrgTitles, type DictionaryEdit } from '../../../src/extract/jieba.js';
import type { ExtractLexicon } from '../../../src/extract/lexicon.js';

/** Just the parts of the lexicon the glued-title rule reads. */
const lexicon = (endings: string[], titles: string[]): ExtractLexicon => ({ orgSuffixes: endings.map((suffix) => ({ suffix })), personTitleSet: new Set(titles) }) as unknown as ExtractLexicon;

describe('glued organisation titles', () => {
  const dictionary = new Set(['商会会长', '协会会长', '银行行长', '党委书记', '会长']);
  const glued = (endings: string[], titles: string[]): string[] => [...gluedOrgTitles(lexicon(endings, titles)).words((w) => dictionary.has(w))].sort();

  test.each([
    [['商会', '协会'], ['会长'], ['协会会长', '商会会长']],
    [['银行', '商会'], ['行长', '副行长'], ['银行行长']],
    // A title that is a word of its own stays: 党委书记 is a title.
    [['党委'], ['书记', '党委书记'], []],
    // Only words the dictionary holds.
    [['研究院'], ['院长'], []],
    [[], ['会长'], []],
  ])('endings %j and titles %j drop %j', (endings, titles, expected) => {
    expect(glued(endings, titles)).toEqual(expected);
  });
});

describe('the edited dictionary', () => {
  const edits: DictionaryEdit[] = [
    { word: '电脑', freq: 10, tag: 'nz' },
    { word: '绍兴黄酒节', freq: 500, tag: 'nz' },
    { word: '东钱湖', freq: 300, tag: 'ns' },
    { word: '东钱湖', freq: 400, tag: 'ns' },
    { word: '商会会长', freq: 50, tag: 'n' },
  ];
  const built = buildJieba(edits, 'test:edited-dictionary', gluedOrgTitles(lexicon(['银行', '商会'], ['行长', '会长'])));

  test("an edit re-tags a word jieba has and keeps the higher frequency", () => {
    expect(built.dictionary.get('电脑')).toEqual({ freq: 3427, tag: 'nz' });
    expect(built.tags.get('电脑')).toBe('nz');
    expect(built.tagger.tag('我买了电脑', false).find((t) => t.word === '电脑')?.tag).toBe('nz');
  });

  test('an edit adds a word jieba lacks; the last edit of a word counts', () => {
    expect(built.dictionary.get('东钱湖')).toEqual({ freq: 400, tag: 'ns' });
    expect(built.tagger.cut('他去东钱湖', false)).toContain('东钱湖');
    // Five characters: a tag, but not in the two-to-four-character dictionary.
    expect(built.tags.get('绍兴黄酒节')).toBe('nz');
    expect(built.dictionary.has('绍兴黄酒节')).toBe(false);
    expect(built.tagger.cut('参加绍兴黄酒节', false)).toContain('绍兴黄酒节');
  });

  test('a dropped word is gone from the lookups and from the segmentation, unless an edit adds it back', () => {
    expect(built.tags.has('银行行长')).toBe(false);
    expect(built.dictionary.get('银行行长')).toBeUndefined();
    expect(built.tagger.cut('银行行长', false)).toEqual(['银行', '行长']);
    expect(built.dictionary.get('商会会长')).toEqual({ freq: 50, tag: 'n' });
  });

  test('words jieba has and nobody edited keep their entries; others are unknown', () => {
    expect(built.dictionary.get('银行')).toEqual({ freq: 7684, tag: 'n' });
    expect(built.tags.get('书记')).toBe('n');
    expect(built.dictionary.get('书')?.tag).toBeUndefined();
    expect(built.tags.get('书')).toBeDefined();
    expect(built.tags.get('没有这个词语')).toBeUndefined();
    expect(built.tags.has('')).toBe(false);
  });
});

describe('edits that keep a common word common (the paper\'s own villages named 渔村, 邻村)', () => {
  const edits: DictionaryEdit[] = [
    { word: '渔村', freq: 300, tag: 'ns', keepCommon: true },
    { word: '新村', freq: 500, tag: 'ns', keepCommon: true },
    { word: '桐溪村', freq: 300, tag: 'ns', keepCommon: true },
    { word: '邻村', freq: 300, tag: 'ns' },
  ];
  const built = buildJieba(edits, 'test:keep-common', dropListed([]));

  test('a word jieba knows as a common word stays as it was', () => {
    expect(built.dictionary.get('渔村')).toEqual({ freq: 155, tag: 'n' });
  });

  test('a word jieba tags as a name, or lacks, is edited; without the flag a common word is re-tagged', () => {
    expect(built.dictionary.get('新村')).toEqual({ freq: 500, tag: 'ns' });
    expect(built.dictionary.get('桐溪村')).toEqual({ freq: 300, tag: 'ns' });
    expect(built.dictionary.get('邻村')).toEqual({ freq: 300, tag: 'ns' });
  });
});

describe('the edited dictionary read back from the derived-data cache', () => {
  const edits: DictionaryEdit[] = [
    { word: '电脑', freq: 10, tag: 'nz' },
    { word: '洱海之滨', freq: 700, tag: 'ns' },
  ];
  const drop = dropListed(['银行行长']);
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-jieba-cache-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a second process (another in-process key) reads the file the first wrote and gets the same dictionary', () => {
    const made = buildJieba(edits, 'test:cache-made', drop, dir);
    const [file] = readdirSync(dir);
    const written = statSync(join(dir, file!)).mtimeMs;
    const read = buildJieba(edits, 'test:cache-read', drop, dir);
    expect(readdirSync(dir)).toEqual([file]);
    expect(statSync(join(dir, file!)).mtimeMs).toBe(written);
    for (const word of ['电脑', '洱海之滨', '银行行长', '银行', '书', '没有这个词语']) {
      expect(read.dictionary.get(word)).toEqual(made.dictionary.get(word));
      expect(read.tags.get(word)).toEqual(made.tags.get(word));
    }
    expect(read.dictionary.get('电脑')).toEqual({ freq: 3427, tag: 'nz' });
    expect(read.tags.has('银行行长')).toBe(false);
    const sentence = '大理的洱海之滨，银行行长买了电脑';
    expect(read.tagger.cut(sentence, true)).toEqual(made.tagger.cut(sentence, true));
    expect(read.tagger.cut(sentence, true)).toContain('洱海之滨');
  });

  test('other edits or other dropped words are another file, which replaces the stale one of its variant only', () => {
    const before = readdirSync(dir);
    expect(before).toHaveLength(1);
    // Another variant (a home county's edits) is kept beside it.
    buildJieba([...edits, { word: '苍山脚下', freq: 600, tag: 'ns' }], 'test:cache-county', drop, dir, '532901');
    expect(readdirSync(dir)).toHaveLength(2);
    // Other edits of the same variant: the lexicons changed, and the old file goes.
    buildJieba(edits, 'test:cache-no-drop', dropListed([]), dir);
    const after = readdirSync(dir);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(buildJieba([...edits, { word: '苍山脚下', freq: 600, tag: 'ns' }], 'test:cache-county-again', drop, dir, '532901').tags.get('苍山脚下')).toBe('ns');
    expect(readdirSync(dir).sort()).toEqual([...after].sort());
  });
});
