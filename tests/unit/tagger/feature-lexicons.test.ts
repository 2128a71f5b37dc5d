// The tagger's feature lexicons through the derived-data cache: what is read back answers as what was made, a
// changed file is read again (and checked again), and a missing one is an error naming it.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFeatureLexicons, pairBit, type FeatureLexicons } from '../../../src/tagger/feature-lexicons.js';
import { lexiconDir } from '../../helpers/tagger.js';

/** What the features ask of the lexicons, over a text: entries starting at each position, and the one-character tables. */
function answers(lex: FeatureLexicons, text: string): string[] {
  const out: string[] = [];
  for (let pos = 0; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    const next = pos + 1 < text.length ? text.charCodeAt(pos + 1) : 0;
    const bit = pairBit(code, next);
    out.push(`${pos}:${lex.chars[code]}:${(lex.pairs[bit >>> 3]! >> (bit & 7)) & 1}:${lex.trie.matchesAt(text, pos).map((m) => `${m.end}=${m.values.join(',')}`).join(';')}`);
  }
  return out;
}

describe('feature lexicons and the derived-data cache', () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'kg-lex-cache-'));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  const lists = { sn: ['欧阳', '段'], pl: ['大理', '大理市', '洱源县'], oe: ['合作社'], ti: ['村支书'], pa: ['滇'] };
  const text = '欧阳在大理市的合作社当村支书，段老师去滇西洱源县';

  test('read back from the cache: the same answers as when made', () => {
    const dir = lexiconDir(lists);
    const made = loadFeatureLexicons(dir, cache);
    expect(readdirSync(cache)).toHaveLength(1);
    const read = loadFeatureLexicons(dir, cache);
    expect(answers(read, text)).toEqual(answers(made, text));
    expect(read.trie.matchesAt(text, 3).map((m) => m.end)).toEqual([6, 5]);
    expect(read.chars['段'.charCodeAt(0)]).not.toBe(0);
  });

  test('a file changed since is read and checked again', () => {
    const dir = lexiconDir(lists);
    loadFeatureLexicons(dir, cache);
    writeFileSync(join(dir, 'places.txt'), '# test\n大理\n喜洲\n');
    expect(loadFeatureLexicons(dir, cache).trie.matchesAt('去喜洲', 1).map((m) => m.end)).toEqual([3]);
    // The file made from the old lists is stale, and goes.
    expect(readdirSync(cache)).toHaveLength(1);
    writeFileSync(join(dir, 'places.txt'), '# test\n大理 市\n');
    expect(() => loadFeatureLexicons(dir, cache)).toThrow(expect.objectContaining({ code: 'DATA_INVALID', subject: join(dir, 'places.txt') }));
  });

  test('a missing file is an error naming it, cache or not', () => {
    const dir = lexiconDir(lists);
    loadFeatureLexicons(dir, cache);
    rmSync(join(dir, 'surnames.txt'));
    expect(() => loadFeatureLexicons(dir, cache)).toThrow(expect.objectContaining({ code: 'DATA_INVALID', subject: join(dir, 'surnames.txt') }));
  });
});
