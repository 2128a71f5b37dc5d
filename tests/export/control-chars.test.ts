// Issue 16.6: a page with control characters (an ANSI escape copied from a terminal, a bell, a vertical tab, C1
// controls, a noncharacter) builds into a graph without them, every offset still pointing at the file, and every
// export is well-formed: GEXF and GraphML parse as XML 1.0, which forbids them outright.
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportGraph, type ExportArtifact } from '../../src/export/index.js';
import { readPageTexts } from '../../src/export/page-text.js';
import { buildGraph, type BuildResult } from '../../src/pipeline.js';

const CONTROLS = '\u001b\u0007\u000b\u007f\u0085\u009b\ufffe';
/** Characters XML 1.0 forbids (its Char production), raw or as character references. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const NOT_XML_REF = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|fffe|ffff)|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|65534|65535));/i;
/** What no output should carry once ingest has replaced them. */
const REPLACED = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

let dir: string;
let built: BuildResult;
let page: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-controls-'));
  page = [
    `东测科技新厂房投用${CONTROLS[0]}[0m`,
    `本报讯 近日，东测科技${CONTROLS[1]}（嘉兴）有限公司新厂房正式投用，年产值预计超2亿元。`,
    `公司总经理李${CONTROLS[2]}明表示，${CONTROLS.slice(3)}今年将新增就业岗位300个。`,
    // The rest of the article: a few control characters in a page's worth of text, not a binary file.
    ...Array.from({ length: 20 }, (_, i) => `据介绍，新厂房第${i + 1}期工程占地约${20 + i}亩，主要生产精密测量仪器，产品销往长三角各地。`),
    '■记 者 王 强',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'page.txt'), page);
  built = await buildGraph({ inputs: [join(dir, 'page.txt')], defaults: { homeCity: '平湖市' } });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('ingest replaces them one for one, says so, and offsets still point at the file', () => {
  expect(built.warnings.join('\n')).toMatch(/7 control character\(s\) replaced by U\+FFFD; the first, U\+001B, on line 1/);
  expect(JSON.stringify(built.graph)).not.toMatch(REPLACED);
  const mentions = [...built.mentions.values()].flat();
  expect(mentions.length).toBeGreaterThan(2);
  for (const m of mentions) {
    const printed = page.slice(m.sourceStart, m.sourceEnd).replace(/[\u0000-\u001f\u007f-\u009f\ufffe]/g, '\ufffd');
    expect(printed.replace(/\s+/g, '')).toBe(m.text.replace(/\s+/g, ''));
  }
});

describe.each(EXPORT_FORMATS.map((f) => [f]))('%s', (format) => {
  let texts: string[];
  beforeAll(async () => {
    const pages = await readPageTexts(built.graph, '/');
    const artifact: ExportArtifact = await exportGraph(built.graph, format, { html: { generatedBy: 'test', pageTexts: pages.texts } });
    texts = artifact.kind === 'file' ? [artifact.text] : [...artifact.files.values()];
  });

  test('carries no control character', () => {
    for (const t of texts) expect(t).not.toMatch(REPLACED);
  });

  if (format === 'gexf' || format === 'graphml') {
    test('is well-formed XML 1.0', () => {
      const [xml] = texts;
      expect(xml).not.toMatch(NOT_XML_CHAR);
      expect(xml).not.toMatch(NOT_XML_REF);
      const problems: string[] = [];
      const doc = new DOMParser({ errorHandler: { warning: (m) => problems.push(m), error: (m) => problems.push(m), fatalError: (m) => problems.push(m) } }).parseFromString(xml!, 'text/xml');
      expect(problems).toEqual([]);
      expect(doc.documentElement?.nodeName).toBe(format);
      expect(xml).toContain('东测科技');
    });
  }
});

test('the page file itself is read back the same way for the HTML view', async () => {
  const pages = await readPageTexts(built.graph, '/');
  const text = pages.texts.get(join(dir, 'page.txt'))!;
  expect(text).toHaveLength(page.length);
  expect(text).not.toMatch(REPLACED);
  expect(readFileSync(join(dir, 'page.txt'), 'utf8')).toBe(page);
});
