// The gazetteer's names as the recognizers look them up: a forward trie (names starting at a position) and a
// reverse one (names ending at one), each name its own value. Built from the tens of thousands of names, and
// compiled on the first lookup, they were a tenth of a start-up; the compiled tries are kept in the derived-data
// cache (util/derived-cache.ts) under a key of the names and of the code that builds them, and read back.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cachedDerived, combineDerived, derivedCacheDir, derivedKey, derivedPart } from '../util/derived-cache.js';
import { Trie } from './trie.js';

/** How the tries are made and laid out: part of what a cached pair is derived from. */
const SOURCES = [new URL('./place-tries.ts', import.meta.url), new URL('./trie.ts', import.meta.url)].map((u) => fileURLToPath(u));

export interface PlaceTries {
  placeTrie: Trie<string>;
  placeTrieReverse: Trie<string>;
}

/**
 * Both tries over `names` (each name its own value), from the cache when it holds them; `variant` names the set
 * of names (a home area's gazetteer has names of its own), so that one does not evict another.
 */
export function placeTries(names: readonly string[], cacheDir = derivedCacheDir(), variant = ''): PlaceTries {
  const key = derivedKey([...SOURCES.map((f) => readFileSync(f)), names.join('\n')]);
  const saved = cachedDerived(
    'place-tries',
    key,
    () => {
      const index = new Map(names.map((name, i) => [name, i]));
      const forward = new Trie<string>();
      const reverse = new Trie<string>(true);
      for (const name of names) {
        forward.add(name, name);
        reverse.add(name, name);
      }
      return combineDerived({ f: forward.save((name) => index.get(name)!), r: reverse.save((name) => index.get(name)!) });
    },
    cacheDir,
    variant,
  );
  const value = (i: number): string => names[i]!;
  return { placeTrie: Trie.restore(derivedPart(saved, 'f'), value), placeTrieReverse: Trie.restore(derivedPart(saved, 'r'), value) };
}
