// The gazetteer's name tries through the derived-data cache: the tries read back find what tries built from the
// names find, and other names are another file.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeTries } from '../../../src/extract/place-tries.js';

describe('place tries', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-place-tries-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = ['大理市', '大理', '洱源县', '喜洲镇', '苍山', '中'];
  const text = '他从大理市出发，经喜洲镇到洱源县，远望苍山，回到中';

  const lookups = (t: ReturnType<typeof placeTries>) => {
    const out: string[] = [];
    for (let pos = 0; pos <= text.length; pos++) {
      const f = t.placeTrie.longest(text, pos);
      const r = t.placeTrieReverse.longest(text, pos);
      out.push(`${pos}:${f?.values.join('|') ?? ''}@${f?.at ?? ''}/${r?.values.join('|') ?? ''}@${r?.at ?? ''}`);
    }
    return out;
  };

  test('made, then read back from the file: the same lookups, longest names first', () => {
    const made = placeTries(names, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    const read = placeTries(names, dir);
    expect(lookups(read)).toEqual(lookups(made));
    expect(read.placeTrie.longest(text, 2)).toEqual({ at: 5, values: ['大理市'] });
    expect(read.placeTrieReverse.longest(text, 5)).toEqual({ at: 2, values: ['大理市'] });
    expect(read.placeTrie.longest(text, text.length - 1)).toEqual({ at: text.length, values: ['中'] });
    expect(read.placeTrie.longest('没有地名', 0)).toBeUndefined();
  });

  test('other names are another file, with their own answers; a variant keeps its own', () => {
    const other = placeTries([...names, '上关镇'], dir, '532901');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(other.placeTrie.longest('到上关镇', 1)?.values).toEqual(['上关镇']);
    expect(placeTries(names, dir).placeTrie.longest('到上关镇', 1)).toBeUndefined();
    // Other names in the same variant replace its stale file.
    expect(placeTries([...names, '双廊镇'], dir).placeTrie.longest('到双廊镇', 1)?.values).toEqual(['双廊镇']);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
