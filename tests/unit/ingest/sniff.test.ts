// Issue 16.5: what a file holds is decided once, from its first bytes (src/ingest/sniff.ts), so that HTML, JSON, a
// PDF or an image is refused with a hint instead of being read as page text (entities such as `p><p>东测`). Page
// text that merely contains a bracket or a less-than sign is still page text.
import iconv from 'iconv-lite';
import { KgError } from '../../../src/errors.js';
import { pagesOf } from '../../../src/ingest/index.js';
import { sniffFormat } from '../../../src/ingest/sniff.js';

const PAGE = '东测科技新厂房投用\n本报讯 近日，东测科技（嘉兴）有限公司新厂房正式投用，年产值预计超2亿元。\n';

describe('sniffFormat', () => {
  test.each<[string, Uint8Array, string]>([
    ['page text', Buffer.from(PAGE), 'page-text'],
    ['page text with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]), 'page-text'],
    ['page text in GB18030', iconv.encode(PAGE, 'gb18030'), 'page-text'],
    ['page text opening with a bracket', Buffer.from(`[图片]\n${PAGE}`), 'page-text'],
    ['page text with a less-than sign', Buffer.from(`营收<5亿元的企业有12家，<br>不是标签。\n${PAGE}`), 'page-text'],
    ['an HTML document', Buffer.from(`<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>新闻</title></head><body><p>${PAGE}</p></body></html>`), 'html'],
    ['an HTML fragment', Buffer.from(`<div class="article"><p>东测科技新厂房投用</p>\n<p>本报讯 近日……</p><p>年产值预计超2亿元。</p></div>`), 'html'],
    ['HTML in UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body><p>东测</p></body></html>', 'utf16le')]), 'html'],
    ['an article record (a JSON object with a text)', Buffer.from(JSON.stringify({ title: '东测科技新厂房投用', text: PAGE })), 'jsonl-articles'],
    ['article records as JSON lines', Buffer.from(`{"title": "东测", "text": "本报讯"}\n{"title": "二", "text": "本报讯"}\n`), 'jsonl-articles'],
    ['a JSON object without a text', Buffer.from(JSON.stringify({ title: '东测科技新厂房投用', body: PAGE })), 'json'],
    ['a JSON object printed over several lines', Buffer.from(`{\n  "title": "东测",\n  "text": "本报讯"\n}\n`), 'json'],
    ['a JSON array', Buffer.from(`[\n  {"title": "东测", "text": "本报讯"}\n]`), 'json'],
    ['XML', Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss><channel><item><title>东测</title></item></channel></rss>'), 'xml'],
    ['RTF', Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} 东测}'), 'rtf'],
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'pdf'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['a Word document (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), 'binary'],
    ['a gzip file', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'binary'],
  ])('%s → %s', (_what, bytes, format) => {
    expect(sniffFormat(bytes).format).toBe(format);
  });

  test('a file named .jsonl holds article records whatever its first line; its bytes still say when it is binary', () => {
    expect(sniffFormat(Buffer.from('{"text": "本报讯"'), 'crawl/2024-06.jsonl').format).toBe('jsonl-articles');
    expect(sniffFormat(Buffer.from([0x1f, 0x8b, 0x08, 0]), 'crawl/2024-06.jsonl').format).toBe('binary');
  });
});

describe('ingest refuses what no reader accepts, with a hint', () => {
  test.each<[string, string, string, RegExp, RegExp]>([
    ['HTML', '<html><body><p>东测科技</p><p>本报讯</p></body></html>', 'INPUT_INVALID', /an HTML page, not page text/, /text of the article/],
    ['JSON that holds no article records', '{"title": "东测科技", "body": "本报讯"}', 'INPUT_INVALID', /JSON, not page text/, /articles as JSON lines/],
    ['a PDF', '%PDF-1.4\n1 0 obj\n', 'INPUT_BINARY', /a PDF/, /pdftotext/],
  ])('%s', (_what, content, code, message, hint) => {
    let error: unknown;
    try {
      pagesOf('pages/x.txt', Buffer.from(content), {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KgError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(/^pages\/x\.txt: /) });
    expect((error as KgError).message).toMatch(message);
    expect((error as KgError).hint).toMatch(hint);
  });
});
