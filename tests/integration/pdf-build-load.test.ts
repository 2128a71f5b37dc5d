// `kg build some.pdf && kg load` end to end on the real Neo4j: the CLI reads a generated newspaper PDF (with a bad
// PDF beside it, reported and skipped), writes graph.json, and the loader brings the articles into the database
// with their page and boxes, and the mentions with a box each.
import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kg } from '../helpers/kg-process.js';
import { useTestDatabase } from '../helpers/neo4j.js';
import { generatePage } from '../pdf-pages/layouts.js';

// The database is shared by every suite that uses it, one at a time (useTestDatabase's lock): waiting for it and
// building a page can outlast the default two minutes on a busy machine.
jest.setTimeout(600_000);
const db = useTestDatabase();

test('kg build page.pdf, then kg load: articles arrive with their PDF page and boxes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-pdf-load-'));
  const { pdf, truth } = await generatePage('five-side-by-side-row', 9);
  writeFileSync(join(dir, 'page-3.pdf'), pdf);
  writeFileSync(join(dir, 'broken.pdf'), pdf.subarray(0, 2000));
  const out = join(dir, 'out');

  const build = await kg(['build', dir, '-o', out, '--json']);
  expect(build.code).toBe(0);
  expect(build.stderr).toContain(`${join(dir, 'broken.pdf')}: not a readable PDF`);
  expect(JSON.parse(build.stdout)).toMatchObject({ pages: 1, articles: truth.articles.length });

  const load = await kg(['load', '-g', join(out, 'graph.json'), '-q']);
  expect(load.stderr).toBe('');
  expect(load.code).toBe(0);

  const rows = await db.store.read<{ title: string; page: number; width: number; boxes: number[] }>(
    'MATCH (a:Article) RETURN a.title AS title, a.pdfPage AS page, a.pageWidth AS width, a.boxes AS boxes ORDER BY a.ordinal',
  );
  expect(rows.map((r) => r.title)).toEqual(truth.articles.map((a) => a.title));
  for (const r of rows) {
    expect(Number(r.page)).toBe(1);
    expect(r.width).toBe(760);
    expect(r.boxes.length % 4).toBe(0);
  }
  const [m] = await db.store.read<{ n: number; boxed: number }>(
    'MATCH (:Article)-[r:MENTIONS]->() RETURN count(r) AS n, count(CASE WHEN size(r.bboxes) = 4 * size(r.sourceStarts) THEN 1 END) AS boxed',
  );
  expect(Number(m!.n)).toBeGreaterThan(10);
  expect(Number(m!.boxed)).toBe(Number(m!.n));
});
