// The way back from clean text to the page. Cleaning rejoins lines, drops layout spaces, makes full-width
// forms half-width and undoes doubled headlines; every clean character keeps the source offset of the
// character it came from. The invariants, for every article of every fixture and the sample page:
//
//  1. Body text: for any span [s, e) of clean body text, the source text from offsets[s] to offsets[e-1]+1,
//     with each character width-normalised, equals the clean span once whitespace (spaces, line breaks, the
//     separators cleaning inserted) is removed from both. Nothing is lost, added or reordered in a body.
//  2. Headlines: the same holds for a headline that was printed once. A doubled (bold) headline is printed
//     with every phrase or character twice, and the clean headline keeps the first copies, so its source span
//     runs from the first copy of the first phrase to the first copy of the last one: that span starts and
//     ends with the headline's first and last characters, holds the headline as a subsequence, and holds
//     each character between once and twice as often as the headline does.
//  3. Offsets never decrease through a body, and bylines point at their names as printed.
//  4. The same page ingested twice, or from another path, yields the same article ids.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, SourcePage } from '../../../src/document/types.js';
import { ingest } from '../../../src/ingest/index.js';
import { segmentPage } from '../../../src/segment/index.js';
import { FULL_WIDTH_FULL_STOP, normalizeWidth } from '../../../src/text/chars.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../seeds/pinghu-2022-page.txt', import.meta.url));
const FILES = [...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f)), SAMPLE];

const strip = (s: string): string => s.replace(/\s+/gu, '');
/** Source characters as cleaning reads them: half-width forms, and a full-width full stop as a decimal point. */
const normalise = (s: string): string => [...s].map((c) => (c.charCodeAt(0) === FULL_WIDTH_FULL_STOP ? '.' : normalizeWidth(c))).join('');
const sourceOf = (page: SourcePage, a: Article, s: number, e: number): string => page.text.slice(a.offsets[s]!, a.offsets[e - 1]! + 1);

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

describe.each(FILES.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', (_name, file) => {
  let pages: SourcePage[];
  let articles: Array<[SourcePage, Article]>;
  beforeAll(async () => {
    pages = (await ingest([file])).pages;
    articles = pages.flatMap((p) => segmentPage(p).map((a) => [p, a] as [SourcePage, Article]));
    expect(articles.length).toBeGreaterThan(0);
  });

  test('random spans of clean body text map to source text with the same characters in the same order', () => {
    const next = random(42);
    let checked = 0;
    for (const [page, a] of articles) {
      const { start, end } = a.bodySpan;
      for (let t = 0; t < 200; t++) {
        const s = start + Math.floor(next() * (end - start));
        const e = s + 1 + Math.floor(next() * Math.min(120, end - s));
        expect({ at: [a.title, s, e], source: strip(normalise(sourceOf(page, a, s, e))) }).toEqual({ at: [a.title, s, e], source: strip(a.text.slice(s, e)) });
        checked++;
      }
      // Whole paragraphs too.
      for (const p of a.paragraphs) expect(strip(normalise(sourceOf(page, a, p.start, p.end)))).toBe(strip(a.text.slice(p.start, p.end)));
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('headlines map back exactly, or as the doubled copy of a bold headline', () => {
    for (const [page, a] of articles) {
      if (a.titleSpan.end === a.titleSpan.start) continue;
      const clean = strip(a.text.slice(a.titleSpan.start, a.titleSpan.end));
      const source = strip(normalise(sourceOf(page, a, a.titleSpan.start, a.titleSpan.end)));
      if (source === clean) continue;
      const counts = (t: string): Map<string, number> => [...t].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
      const inClean = counts(clean);
      const repeatsOnly = [...counts(source)].every(([c, n]) => n >= (inClean.get(c) ?? Infinity) && n <= 2 * inClean.get(c)!);
      expect({ title: a.title, first: source[0], last: source[source.length - 1], subsequence: isSubsequence(clean, source), repeatsOnly }).toEqual({
        title: a.title, first: clean[0], last: clean[clean.length - 1], subsequence: true, repeatsOnly: true,
      });
      expect(a.rules).toContain('clean.doubled-headline');
    }
  });

  test('body offsets never decrease, and lie inside the piece and the page', () => {
    for (const [page, a] of articles) {
      for (let i = a.bodySpan.start + 1; i < a.bodySpan.end; i++) expect(a.offsets[i]! >= a.offsets[i - 1]!).toBe(true);
      for (const p of a.paragraphs) {
        expect(a.offsets[p.start]!).toBeGreaterThanOrEqual(a.sourceSpan.start);
        expect(a.offsets[p.end - 1]!).toBeLessThan(a.sourceSpan.end);
      }
      expect(a.sourceSpan.start).toBeGreaterThanOrEqual(page.start);
      expect(a.sourceSpan.end).toBeLessThanOrEqual(page.end);
      for (const b of a.bylines) expect(strip(page.text.slice(b.start, b.end))).toBe(b.name);
    }
  });

  test('article ids are the same when the page is ingested again, and from another path', async () => {
    const again = (await ingest([file])).pages.flatMap((p) => segmentPage(p).map((a) => a.id));
    const dir = mkdtempSync(join(tmpdir(), 'kg-ids-'));
    try {
      const copy = join(dir, 'copy.txt');
      writeFileSync(copy, readFileSync(file));
      const moved = (await ingest([copy])).pages.flatMap((p) => segmentPage(p).map((a) => a.id));
      const ids = articles.map(([, a]) => a.id);
      expect(again).toEqual(ids);
      expect(moved).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
