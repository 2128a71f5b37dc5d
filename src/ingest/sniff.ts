// What a file holds, judged once from its name and first bytes: page text, articles as JSON lines, or something
// a page-text reader must not read as text (HTML, other JSON, XML, RTF, a PDF, an image or archive). The one
// place where formats are sniffed. Readers of other formats hook in here: a format gets a reader by adding it to
// SourceFormat and to the table of refusals in refusal() until then.
import { extname } from 'node:path';
import { KgError } from '../errors.js';

export type SourceFormat = 'page-text' | 'jsonl-articles' | 'html' | 'json' | 'xml' | 'rtf' | 'pdf' | 'binary';

export interface Sniffed {
  format: SourceFormat;
  /** What gave it away, for messages: "a PNG image", "an HTML tag <p>". */
  evidence: string;
}

/** How much of the file is looked at. */
const HEAD_BYTES = 8192;

/** Signatures of binary formats a newsroom's tools produce. */
const MAGIC: ReadonlyArray<[bytes: number[], format: 'pdf' | 'binary', what: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'pdf', 'a PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'binary', 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'binary', 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'binary', 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'binary', 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'binary', 'a TIFF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'binary', 'a zip archive (or a .docx, .xlsx or .epub, which are zip archives)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'binary', 'an Office 97–2003 document (.doc, .xls)'],
  [[0x1f, 0x8b], 'binary', 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'binary', 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'binary', 'a RAR archive'],
];

/** Tags of HTML documents and fragments; a page's text may hold a stray < but not several of these. */
const HTML_TAG = /<\/?(?:html|head|body|meta|title|p|div|span|br|a|img|table|tr|td|ul|ol|li|h[1-6]|article|section|header|footer|script|style|strong|em|b|i|font)\b[^<>]*>/gi;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** `source` is the file's name (its extension says .jsonl), '' or '-' for stdin. */
export function sniffFormat(bytes: Uint8Array, source = ''): Sniffed {
  for (const [magic, format, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return { format, evidence: what };
  const head = headText(bytes.subarray(0, HEAD_BYTES)).trimStart();
  if (holdsArticleRecords(source, head)) return { format: 'jsonl-articles', evidence: 'articles as JSON lines' };
  if (/^<!doctype html|^<html[\s>]/i.test(head)) return { format: 'html', evidence: 'an HTML document' };
  if (/^<\?xml/i.test(head)) return /<html[\s>]/i.test(head) ? { format: 'html', evidence: 'an XHTML document' } : { format: 'xml', evidence: 'an XML document' };
  if (head.startsWith('{\\rtf')) return { format: 'rtf', evidence: 'an RTF document' };
  const tags = head.match(HTML_TAG) ?? [];
  if (tags.length >= 8 || (tags.length >= 3 && head.startsWith('<'))) return { format: 'html', evidence: `HTML tags (${tags.slice(0, 3).join(' ')})` };
  if (looksLikeJson(head)) return { format: 'json', evidence: 'JSON' };
  return { format: 'page-text', evidence: 'text' };
}

/** The error for a file no reader accepts; undefined for page text. */
export function refusal(sniffed: Sniffed, subject: string): KgError | undefined {
  const hints: Record<Exclude<SourceFormat, 'page-text' | 'jsonl-articles'>, [code: 'INPUT_INVALID' | 'INPUT_BINARY', hint: string]> = {
    html: ['INPUT_INVALID', 'save the text of the article instead (the browser\'s reader view and "save as text", or `pandoc -t plain page.html -o page.txt`)'],
    json: ['INPUT_INVALID', 'kg build reads page text (.txt), PDF pages, and articles as JSON lines, one {"text": …} object per line (.jsonl); `kg ner` reads the same records'],
    xml: ['INPUT_INVALID', 'extract the article text from the XML and save it as a .txt file'],
    rtf: ['INPUT_INVALID', 'save the document as plain text (.txt) first'],
    pdf: ['INPUT_BINARY', 'extract the page text first: `pdftotext page.pdf page.txt`, and pass the .txt file'],
    binary: ['INPUT_BINARY', 'pass the text extracted from the page, not the document, image or archive itself'],
  };
  if (sniffed.format === 'page-text' || sniffed.format === 'jsonl-articles') return undefined;
  const [code, hint] = hints[sniffed.format];
  const what =
    sniffed.format === 'html' ? `an HTML page, not page text (${sniffed.evidence})` : code === 'INPUT_BINARY' ? `${sniffed.evidence}, a binary file, not page text` : `${sniffed.evidence}, not page text`;
  return new KgError(code, `this is ${what}`, { subject, hint });
}

/** The head decoded loosely (a BOM says how; else UTF-8, where bytes of a legacy encoding do no harm to the test). */
function headText(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  return new TextDecoder('utf-8').decode(head);
}

/** A JSON object or array, or JSON lines: the first line (or the whole head) parses, or opens like JSON does. */
function looksLikeJson(head: string): boolean {
  if (!head.startsWith('{') && !head.startsWith('[')) return false;
  const firstLine = head.split('\n', 1)[0]!.trim();
  try {
    JSON.parse(firstLine);
    return true;
  } catch {
    return /^\{\s*"|^\[\s*(?:[{["\d\]]|true|false|null)/.test(head);
  }
}

/**
 * Articles as JSONL (one JSON object with a `text` field per line): a file named .jsonl or .ndjson, or text whose
 * first non-blank line is such an object.
 */
export function holdsArticleRecords(source: string, text: string): boolean {
  if (JSONL_EXTENSIONS.has(extname(source).toLowerCase())) return true;
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== '{') return false;
  const nl = text.indexOf('\n', i);
  try {
    const first: unknown = JSON.parse(text.slice(i, nl === -1 ? text.length : nl));
    return typeof first === 'object' && first !== null && typeof (first as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}
