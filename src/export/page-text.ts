// The raw page files a graph was built from, read again so evidence can show the page text around a mention's
// source offsets. Offsets point into the decoded file (a PDF's extracted text), so files are read the way ingest reads them; a file
// that changed since the build (its pages no longer hash to the graph's page ids) is not used, because its
// offsets would point at the wrong words.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { decodeText } from '../ingest/decode.js';
import { pageId, sourceUnitIds } from '../ingest/index.js';
import { isPdf, readPdf } from '../layout/index.js';
import type { Graph } from '../../schema/model.js';

export interface PageTexts {
  /** Source (as graph.json names it) → decoded file text. */
  texts: Map<string, string>;
  /** Sources that could not be used, and why. */
  missing: string[];
}

/** Reads every article's source file, resolving relative paths against `root` (the directory kg build ran in). */
export async function readPageTexts(graph: Graph, root: string): Promise<PageTexts> {
  const pagesBySource = new Map<string, Set<string>>();
  for (const n of graph.nodes) {
    if (n.labels[0] !== 'Article') continue;
    const source = String(n.properties.source);
    let pages = pagesBySource.get(source);
    if (!pages) pagesBySource.set(source, (pages = new Set()));
    pages.add(String(n.properties.pageId));
  }
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const [source, pages] of pagesBySource) {
    if (source === '-') {
      missing.push('<stdin> (read once, at build time)');
      continue;
    }
    const path = isAbsolute(source) ? source : resolve(root, source);
    let text: string;
    let ids: string[];
    try {
      const bytes = await readFile(path);
      // A PDF's offsets point into the text the layout reader extracts from it, so it is read again the same way.
      if (isPdf(bytes)) {
        const pdf = await readPdf(bytes, path);
        text = pdf.text;
        ids = pdf.pages.map((r) => pageId(pdf.text.slice(r.start, r.end)));
      } else {
        text = decodeText(bytes, path).text;
        ids = sourceUnitIds(source, text);
      }
    } catch (e) {
      missing.push(`${source} (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? `not found at ${path}` : (e as Error).message})`);
      continue;
    }
    const found = new Set(ids);
    if ([...pages].some((p) => !found.has(p))) {
      missing.push(`${source} (changed since the graph was built)`);
      continue;
    }
    texts.set(source, text);
  }
  return { texts, missing };
}
