// The transliteration character set (model/transliteration-chars.txt), loaded once.
import { fileURLToPath } from 'node:url';
import { readWordList } from '../../lexicons/index.js';

export const TRANSLITERATION: ReadonlySet<string> = new Set(
  readWordList(fileURLToPath(new URL('../model/transliteration-chars.txt', import.meta.url))).join(''),
);
