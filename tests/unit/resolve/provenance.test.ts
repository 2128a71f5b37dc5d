// Every fact points at the characters of its page: a mention's source span holds its words, a relation's source
// span holds the words of its sentence that state it. Checked on the sample page, on the fixture pages (other
// reading orders and wrap widths) and on a page written here, and the range function on reordered text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../../../src/pipeline.js';
import { sourceRange } from '../../../src/text/mapped-text.js';
import { validateGraph } from '../../../src/graph/index.js';
import { graphOfPage } from '../../helpers/page-graph.js';

const root = (rel: string): string => fileURLToPath(new URL(`../../../${rel}`, import.meta.url));
/** Page text and clean text differ only by line breaks, spaces and full-width forms. */
const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

let built: BuildResult;
beforeAll(async () => {
  built = await buildGraph({ inputs: [root('seeds'), root('tests/fixtures/pages')], defaults: { homeCity: '平湖市' } });
});

const sourceText = new Map<string, string>();
const read = (file: string): string => {
  if (!sourceText.has(file)) sourceText.set(file, readFileSync(file, 'utf8'));
  return sourceText.get(file)!;
};

describe('sourceRange', () => {
  test('covers every character even when clean text reorders the source', () => {
    expect(sourceRange([10, 11, 12], 0, 3)).toEqual({ start: 10, end: 13 });
    expect(sourceRange([50, 51, 7, 8], 0, 4)).toEqual({ start: 7, end: 52 });
    expect(sourceRange([50, 51, 7, 8], 2, 4)).toEqual({ start: 7, end: 9 });
  });
});

describe('provenance on real pages', () => {
  test('the graph passes the schema, spans included', () => {
    expect(() => validateGraph(built.graph, 'test')).not.toThrow();
    expect(built.graph.relationships.length).toBeGreaterThan(200);
  });

  test('the schema check refuses a reversed source span and unpaired MENTIONS offsets', () => {
    const g = structuredClone(built.graph);
    const r = g.relationships.find((x) => x.type === 'LOCATED_IN' && x.properties.sourceStart !== undefined)!;
    r.properties.sourceEnd = (r.properties.sourceStart as number) - 5;
    expect(() => validateGraph(g, 'reversed.json')).toThrow(/is not a range/);
    const h = structuredClone(built.graph);
    const m = h.relationships.find((x) => x.type === 'MENTIONS')!;
    (m.properties.sourceEnds as number[]).pop();
    expect(() => validateGraph(h, 'mentions.json')).toThrow(/differ in length/);
  });

  test("every mention's source span holds its surface text", () => {
    let n = 0;
    for (const article of built.articles) {
      for (const m of built.mentions.get(article.id) ?? []) {
        expect(norm(read(article.source).slice(m.sourceStart, m.sourceEnd))).toBe(norm(m.text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  test("every relation's source span is a range inside its sentence (or the whole sentence)", () => {
    const withSentence = built.graph.relationships.filter((r) => r.properties.sentence !== undefined && r.properties.sourceStart !== undefined);
    expect(withSentence.length).toBeGreaterThan(150);
    for (const r of withSentence) {
      const p = r.properties as { source: string; sourceStart: number; sourceEnd: number; sentence: string };
      expect(p.sourceEnd).toBeGreaterThan(p.sourceStart);
      const slice = norm(read(p.source).slice(p.sourceStart, p.sourceEnd));
      expect(norm(p.sentence)).toContain(slice);
    }
  });
});

describe('a relation whose subject was carried from an earlier sentence', () => {
  test('points at the sentence that states it, not at a span reaching back to the subject', async () => {
    const text = [
      '远帆科技落户平湖',
      '本报讯 平湖市远帆电子科技有限公司是一家生产传感器的企业。',
      '今年，企业荣获“平湖市科技创新奖”，全年产值预计达到5000万元。',
      '',
    ].join('\n');
    const g = await graphOfPage(text);
    const received = g.relation('RECEIVED', '平湖市远帆电子科技有限公司', '平湖市科技创新奖');
    expect(received).toBeDefined();
    const p = received!.properties as { sourceStart: number; sourceEnd: number; sentence: string };
    expect(p.sentence).toContain('荣获');
    const slice = text.slice(p.sourceStart, p.sourceEnd);
    expect(slice).not.toContain('有限公司');
    expect(p.sentence).toBe(slice);
  });
});
