// The gazetteer's names as the recognizers look them up: a forward trie (names starting at a position) and a
// reverse one (names ending at one), each name its own value. Built from the tens of thousands of names, and
// compiled on the first lookup, they were a tenth of a start-up; the compiled tries are kept in the derived-data
// cache (util/derived-cache.ts) under a key of the names and of the code that builds them, and read back.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cachedDerived, derivedCacheDir, derivedKey } from '../util/derived-cache.js';
import { Trie } from './trie.js';

/** How the tries are made and laid out: part of what a cached pair is derived from. */
const SOURCES = [new URL('./place-tries.ts', import.meta.url), new URL('./trie.ts', import.meta.url)].map((u) => fileURLToPath(u));

export interface PlaceTries {
  placeTrie: Trie<string>;
  placeTrieReverse: Trie<string>;
}

/** Both tries over `names` (each name its own value), from the cache when it holds them. */
export function placeTries(names: readonly string[], cacheDir = derivedCacheDir()): PlaceTries {
  const key = derivedKey([...SOURCES.map((f) => readFileSync(f)), names.join('\n')]);
  const index = new Map<string, number>();
  const saved = cachedDerived(
    'place-tries',
    key,
    () => {
      names.forEach((name, i) => index.set(name, i));
      const forward = new Trie<string>();
      const reverse = new Trie<string>(true);
      for (const name of names) {
        forward.add(name, name);
        reverse.add(name, name);
      }
      const f = forward.save((name) => index.get(name)!);
      const r = reverse.save((name) => index.get(name)!);
      // One file for the pair: each trie's arrays under its own prefix.
      const arrays: Record<string, (typeof f.arrays)[string]> = {};
      for (const [k, a] of Object.entries(f.arrays)) arrays[`f.${k}`] = a;
      for (const [k, a] of Object.entries(r.arrays)) arrays[`r.${k}`] = a;
      return { meta: { f: f.meta, r: r.meta }, arrays };
    },
    cacheDir,
  );
  const part = (prefix: 'f' | 'r') => ({
    meta: (saved.meta as Record<string, unknown>)[prefix],
    arrays: Object.fromEntries(Object.entries(saved.arrays).filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, a]) => [k.slice(2), a])),
  });
  const value = (i: number): string => names[i]!;
  return { placeTrie: Trie.restore(part('f'), value), placeTrieReverse: Trie.restore(part('r'), value) };
}
