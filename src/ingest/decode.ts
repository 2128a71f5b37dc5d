// Bytes → text. Newspaper text arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK
// from older Chinese tools. We trust a BOM, then strict UTF-8, then chardet's guess among the Chinese
// legacy encodings, and refuse what is binary or undecodable with a message that names the file.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { KgError } from '../errors.js';
import { controlCharsWarning, replaceControlChars } from './control-chars.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  warnings: string[];
}

/** Legacy encodings chardet may name, mapped to the decoder we use (GB18030 is a superset of GBK and GB2312). */
const LEGACY: Record<string, TextEncoding> = {
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  'EUC-CN': 'gb18030',
  Big5: 'big5',
};

export function decodeText(buf: Uint8Array, file: string): DecodedText {
  if (buf.length === 0) {
    throw new KgError('INPUT_EMPTY', 'the file is empty', { subject: file, hint: 'give a text file with the page text' });
  }
  const fromBom = decodeWithBom(buf);
  const decoded = fromBom ?? decodeWithoutBom(buf, file);
  assertLooksLikeText(decoded.text, file);
  if (decoded.text.trim() === '') {
    throw new KgError('INPUT_EMPTY', 'the file holds only whitespace', { subject: file });
  }
  const controls = replaceControlChars(decoded.text);
  const warning = controlCharsWarning(controls);
  return warning ? { ...decoded, text: controls.text, warnings: [...decoded.warnings, warning] } : decoded;
}

function decodeWithBom(buf: Uint8Array): DecodedText | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { ...strictUtf8(buf.subarray(3)), bom: true };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return utf16(buf.subarray(2), 'utf-16le', true);
  if (buf[0] === 0xfe && buf[1] === 0xff) return utf16(buf.subarray(2), 'utf-16be', true);
  return null;
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const warnings: string[] = [];
  let bytes = body;
  if (bytes.length % 2 === 1) {
    warnings.push('the file ends in half a UTF-16 character; that byte was dropped');
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, bom, warnings };
}

/** UTF-8 that tolerates exactly one flaw: a multibyte character cut off by the end of the file. */
function strictUtf8(buf: Uint8Array): Omit<DecodedText, 'bom'> & { invalidAt?: number } {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: fatal.decode(buf), encoding: 'utf-8', warnings: [] };
  } catch {
    const cut = truncatedTail(buf);
    if (cut > 0) {
      try {
        const text = fatal.decode(buf.subarray(0, buf.length - cut));
        return {
          text,
          encoding: 'utf-8',
          warnings: [`the file ends inside a multibyte UTF-8 character (byte ${buf.length - cut}); the incomplete character was dropped`],
        };
      } catch {
        // invalid elsewhere too: fall through
      }
    }
    return { text: '', encoding: 'utf-8', warnings: [], invalidAt: firstInvalidUtf8(buf) };
  }
}

/** Number of bytes at the end that start a UTF-8 sequence but do not complete it (0 if none). */
function truncatedTail(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    if (need === 0) return i;
    for (let k = 1; k < need; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need;
  }
  return buf.length;
}

function decodeWithoutBom(buf: Uint8Array, file: string): DecodedText {
  const bomless16 = guessBomlessUtf16(buf);
  if (bomless16) return utf16(buf, bomless16, false);
  const utf8 = strictUtf8(buf);
  // Chinese in UTF-16 has few NUL bytes to give it away (line breaks only), and many bytes that look like controls.
  const cjk16 = utf8.invalidAt === undefined ? null : guessCjkUtf16(buf);
  if (cjk16) {
    const d = utf16(buf, cjk16, false);
    return { ...d, warnings: [...d.warnings, `no byte-order mark; read as ${cjk16.toUpperCase()} (Chinese text in UTF-16)`] };
  }
  if (hasNul(buf)) {
    throw new KgError('INPUT_BINARY', 'the file contains NUL bytes; it is binary, not text', {
      subject: file,
      hint: 'extract the page text first (e.g. pdftotext page.pdf page.txt) and pass the .txt file',
    });
  }
  assertFewControlBytes(buf, file);
  if (utf8.invalidAt === undefined) return { text: utf8.text, encoding: 'utf-8', bom: false, warnings: utf8.warnings };

  const where = `byte ${utf8.invalidAt}, line ${lineOfByte(buf, utf8.invalidAt)}`;
  // Text that is UTF-8 almost everywhere is damaged UTF-8, not a legacy encoding: decoding it as GB18030
  // would turn every Chinese character into two wrong ones without a single error.
  const census = utf8Census(buf);
  if (census.valid >= 8 && census.valid >= census.invalid * 10) {
    throw new KgError('INPUT_ENCODING', `UTF-8 text with ${census.invalid} invalid byte sequence(s); the first is at ${where}`, {
      subject: file,
      hint: 'the file was damaged or cut and pasted across encodings; re-extract or re-save it as UTF-8',
    });
  }

  const guesses = chardet.analyse(buf);
  for (const g of guesses) {
    const enc = LEGACY[g.name];
    if (!enc || g.confidence < 10) continue;
    const text = iconv.decode(Buffer.from(buf), enc);
    const bad = countChar(text, '\ufffd');
    if (bad <= Math.max(1, text.length / 1000)) {
      const warnings = bad ? [`${bad} byte sequence(s) could not be decoded as ${enc} and were replaced by U+FFFD`] : [];
      return { text, encoding: enc, bom: false, warnings };
    }
  }
  throw new KgError('INPUT_ENCODING', `not valid UTF-8 (first bad byte at ${where}) and not recognisable as GB18030/GBK, Big5 or UTF-16`, {
    subject: file,
    hint: 'convert the file to UTF-8 (e.g. iconv -f <encoding> -t UTF-8)',
  });
}

/** Counts well-formed multibyte UTF-8 sequences and the bytes where a sequence is broken. */
function utf8Census(buf: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    let ok = need > 0 && i + need <= buf.length;
    for (let k = 1; ok && k < need; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function lineOfByte(buf: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < buf.length; i++) if (buf[i] === 10) line++;
  return line;
}

/**
 * Text files hold no C0 control bytes other than tab, line breaks and form feeds, in any encoding we read
 * (UTF-8 and GB18030 never use bytes below 0x30 inside a character); many of them mean a binary file.
 */
function assertFewControlBytes(buf: Uint8Array, file: string): void {
  const n = Math.min(buf.length, 1 << 16);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  if (control > Math.max(2, n * 0.01)) {
    throw new KgError('INPUT_BINARY', `the file does not look like text (${control} control bytes in the first ${n})`, {
      subject: file,
      hint: 'pass the text extracted from the page, not the PDF or image itself',
    });
  }
}

function hasNul(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 1 << 16);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return buf.indexOf(0, n) !== -1;
}

/** UTF-16 without BOM shows as NUL in every other byte for ASCII-heavy text; CJK text needs a decode test. */
function guessBomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 4 || buf.length % 2 === 1) return null;
  const n = Math.min(buf.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = n / 2;
  for (const [enc, nul] of [['utf-16le', oddNul], ['utf-16be', evenNul]] as const) {
    if (nul > half * 0.3 && (enc === 'utf-16le' ? evenNul : oddNul) === 0) {
      const text = new TextDecoder(enc).decode(buf.subarray(0, n));
      if (plausibleTextRatio(text) > 0.95) return enc;
    }
  }
  return null;
}

/** UTF-16 without BOM or NULs: nearly every code unit, in one byte order only, is CJK, ASCII or punctuation. */
function guessCjkUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 8 || buf.length % 2 === 1) return null;
  const head = buf.subarray(0, Math.min(buf.length, 1 << 16));
  const ratios = (['utf-16le', 'utf-16be'] as const).map((enc) => [enc, plausibleTextRatio(new TextDecoder(enc).decode(head))] as const);
  const [best, other] = ratios[0]![1] >= ratios[1]![1] ? [ratios[0]!, ratios[1]!] : [ratios[1]!, ratios[0]!];
  return best[1] > 0.95 && other[1] < 0.5 ? best[0] : null;
}

function plausibleTextRatio(text: string): number {
  if (!text.length) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) ok++;
  }
  return ok / text.length;
}

function assertLooksLikeText(text: string, file: string): void {
  const n = Math.min(text.length, 1 << 16);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  if (control > Math.max(2, n * 0.01)) {
    throw new KgError('INPUT_BINARY', `the file does not look like text (${control} control characters in the first ${n})`, {
      subject: file,
      hint: 'pass the text extracted from the page, not the PDF or image itself',
    });
  }
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
