// Decoding bytes to text: every encoding a Chinese newsroom's tools produce decodes to the same text, and
// bytes that are not text fail with a typed error naming the file.
import iconv from 'iconv-lite';
import { decodeText } from '../../../src/ingest/decode.js';
import { KgError } from '../../../src/errors.js';

const PAGE = '本报讯 9月26日，恒达新材料（嘉兴）有限公司正式投产。\n项目总投资达1.2亿美元，年产值8.6亿元。\n';

const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

describe('decodeText reads every encoding of the same page as the same text', () => {
  const cases: Array<[string, Buffer, string, boolean]> = [
    ['UTF-8 without BOM', Buffer.from(PAGE, 'utf8'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE, 'utf8')]), 'utf-8', true],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]), 'utf-16le', true],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PAGE)]), 'utf-16be', true],
    ['GB18030', iconv.encode(PAGE, 'gb18030'), 'gb18030', false],
    ['GBK (a subset of GB18030)', iconv.encode(PAGE, 'gbk'), 'gb18030', false],
  ];
  test.each(cases)('%s', (_name, bytes, encoding, bom) => {
    const d = decodeText(bytes, 'page.txt');
    expect(d.text).toBe(PAGE);
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.warnings).toEqual([]);
  });

  test('the BOM is not part of the text, so offsets count from the first character of the page', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('本报讯', 'utf8')]), 'page.txt');
    expect(d.text.charCodeAt(0)).toBe('本'.charCodeAt(0));
  });
});

describe('decodeText refuses what is not page text, naming the file', () => {
  const random = Buffer.alloc(4096);
  // A fixed pseudo-random sequence, so the test is the same on every run.
  for (let i = 0, x = 7; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >>> 16;
  const noNul = Buffer.from(random.map((b) => (b === 0 ? 1 : b)));
  const utf8 = Buffer.from('本报讯 近日，我市举行了重点项目集中开工活动，总投资126亿元。'.repeat(4), 'utf8');
  const cases: Array<[string, Buffer, string, RegExp]> = [
    ['an empty file', Buffer.alloc(0), 'INPUT_EMPTY', /empty/],
    ['only whitespace', Buffer.from(' \n\t\r\n\u3000\n', 'utf8'), 'INPUT_EMPTY', /only whitespace/],
    ['random bytes', random, 'INPUT_BINARY', /binary|not look like text/],
    ['random bytes without NUL', noNul, 'INPUT_BINARY', /control bytes/],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'INPUT_BINARY', /NUL/],
    // A stray byte in UTF-8 text must not make the whole file decode as GB18030 mojibake.
    // Bytes 0–24 are 本报讯 近日，我市 (eight three-byte characters and a space).
    ['invalid UTF-8 in the middle', Buffer.concat([utf8.subarray(0, 25), Buffer.from([0xff]), utf8.subarray(25)]), 'INPUT_ENCODING', /UTF-8 text with 1 invalid byte sequence\(s\); the first is at byte 25, line 1/],
    ['a lone lead byte on line 3', Buffer.concat([Buffer.from('第一行\n第二行\n第三', 'utf8'), Buffer.from([0xe5, 0x41]), utf8]), 'INPUT_ENCODING', /line 3/],
    ['Latin-1 text', Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade\n'.repeat(10), 'latin1'), 'INPUT_ENCODING', /not valid UTF-8/],
  ];
  test.each(cases)('%s', (_name, bytes, code, message) => {
    let err: unknown;
    try {
      decodeText(bytes, 'pages/bad.txt');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe(code);
    expect((err as KgError).message).toMatch(/^pages\/bad\.txt: /);
    expect((err as KgError).message).toMatch(message);
  });
});

describe('decodeText keeps what it can of a damaged end, and says so', () => {
  test('a multibyte UTF-8 character cut off by the end of the file is dropped with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('本报讯 近日，我市', 'utf8'), Buffer.from('举', 'utf8').subarray(0, 2)]);
    const d = decodeText(bytes, 'cut.txt');
    expect(d.text).toBe('本报讯 近日，我市');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/ends inside a multibyte UTF-8 character \(byte 25\)/);
  });

  test('UTF-16 that ends in half a character loses that byte, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('本报讯', 'utf16le'), Buffer.from([0x41])]);
    const d = decodeText(bytes, 'half.txt');
    expect(d.text).toBe('本报讯');
    expect(d.warnings[0]).toMatch(/half a UTF-16 character/);
  });
});

describe('UTF-16 without a byte-order mark (#16.10)', () => {
  // Chinese text alone has no NUL bytes in UTF-16, which is how ASCII-heavy UTF-16 gives itself away.
  const CJK = '东测科技新厂房投用。本报讯：近日，东测科技（嘉兴）有限公司新厂房正式投用，年产值预计超亿元。\n';
  test.each([
    ['UTF-16LE', Buffer.from(CJK, 'utf16le'), 'utf-16le'],
    ['UTF-16BE', Buffer.from(CJK, 'utf16le').swap16(), 'utf-16be'],
  ])('Chinese %s is read as text, with a note that it had no BOM', (_what, bytes, encoding) => {
    const d = decodeText(bytes, 'page.txt');
    expect(d.text).toBe(CJK);
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(false);
    expect(d.warnings.join(' ')).toMatch(/no byte-order mark/);
  });
});

describe('control characters are decided once, at ingest (#16.6)', () => {
  test('C0 and C1 controls other than tab and line and page breaks become U+FFFD, one for one, with a warning', () => {
    // A page's worth of text around them: many control bytes in a short file mean a binary file.
    const filler = '本报讯 近日，东测科技（嘉兴）有限公司新厂房正式投用，年产值预计超2亿元。\n'.repeat(30);
    const text = `东测\u001b[1m科技\u001b[0m\t投用\u0007\n${filler}第二行\u000b\u007f\u0085\u009b\ufffe结束\r\n\f第二页\n`;
    const d = decodeText(Buffer.from(text), 'page.txt');
    expect(d.text).toHaveLength(text.length);
    expect(d.text).toBe(text.replace(/[\u001b\u0007\u000b\u007f\u0085\u009b\ufffe]/g, '\ufffd'));
    expect(d.warnings).toEqual([expect.stringMatching(/8 control character\(s\) replaced by U\+FFFD; the first, U\+001B, on line 1/)]);
  });

  test('text without them is left alone, without a warning', () => {
    const d = decodeText(Buffer.from('本报讯\t近日\r\n\f第二页\n'), 'page.txt');
    expect(d.text).toBe('本报讯\t近日\r\n\f第二页\n');
    expect(d.warnings).toEqual([]);
  });
});
