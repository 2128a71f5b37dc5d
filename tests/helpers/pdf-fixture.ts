// A PDF fixture read as a user's build reads it (ingest's layout reader, then the segmenter) and scored against the
// truth file beside it (`NAME.pdf`, `NAME.truth.json` in `dir`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, SourcePage } from '../../src/document/types.js';
import { pdfPagesOf } from '../../src/ingest/pdf.js';
import { segmentPage } from '../../src/segment/index.js';
import type { PageTruth } from '../pdf-pages/layouts.js';
import { scorePage, type PageScore } from '../pdf-pages/score.js';

export async function readPdfFixture(dir: string, name: string): Promise<{ truth: PageTruth; pages: SourcePage[]; articles: Article[]; score: PageScore }> {
  const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as PageTruth;
  const pages = await pdfPagesOf(`${name}.pdf`, readFileSync(join(dir, `${name}.pdf`)), {});
  const articles = pages.flatMap((p) => segmentPage(p));
  return { truth, pages, articles, score: scorePage(truth, articles) };
}

/**
 * Reads the fixture and expects every article of its truth file read as printed (title, paragraphs, byline) and
 * nothing else read as an article; returns what was read for the test's own checks.
 */
export async function expectReadAsPrinted(dir: string, name: string): ReturnType<typeof readPdfFixture> {
  const read = await readPdfFixture(dir, name);
  expect(read.score.problems).toEqual([]);
  expect(read.score.right).toBe(read.truth.articles.length);
  expect(read.articles).toHaveLength(read.truth.articles.length);
  return read;
}
