// What a decoded source holds, told by its name and its first line: page or article text (the default), or
// articles as JSONL (one JSON object with a `text` field per line). The one place where formats are sniffed.
import { extname } from 'node:path';

export type SourceFormat = 'text' | 'jsonl-articles';

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

export function sniffFormat(source: string, text: string): SourceFormat {
  if (JSONL_EXTENSIONS.has(extname(source).toLowerCase())) return 'jsonl-articles';
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== '{') return 'text';
  const nl = text.indexOf('\n', i);
  try {
    const first: unknown = JSON.parse(text.slice(i, nl === -1 ? text.length : nl));
    return typeof first === 'object' && first !== null && typeof (first as { text?: unknown }).text === 'string' ? 'jsonl-articles' : 'text';
  } catch {
    return 'text';
  }
}
