// Peoples of China whose names are also places' (朝鲜族 and 朝鲜): read by the place rules and the hybrid alike.
import { fileURLToPath } from 'node:url';
import { readWordList } from '../lexicons/index.js';

let peoples: ReadonlySet<string> | undefined;

/**
 * The span and 族 after it name one of the peoples of China named like a country or a place (朝鲜族, 俄罗斯族,
 * 哈萨克族; model/peoples.txt). Peoples abroad named after their country (塞尔维亚族) are left to the place's reading.
 */
export function isChinesePeople(text: string, start: number, end: number): boolean {
  if (text[end] !== '族') return false;
  peoples ??= new Set(readWordList(fileURLToPath(new URL('./model/peoples.txt', import.meta.url))));
  return peoples.has(text.slice(start, end));
}
