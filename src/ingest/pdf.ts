// PDF files in ingest: recognised by their header bytes (whatever their name), read whole (a PDF's bytes are not
// lines of text, so the text guards do not apply; the size limit does), and handed to the layout reader, whose
// extracted text and page layouts become one SourcePage per printed page.
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PageMeta, SourcePage } from '../document/types.js';
import { KgError } from '../errors.js';
import { isPdf, readPdf } from '../layout/index.js';
import { pageId } from './index.js';

export { isPdf } from '../layout/index.js';

/** Rule id every page read from a PDF records. */
export const PDF_PAGE_RULE = 'page.pdf';

/**
 * True when the file opens with a PDF header. Unreadable files and anything but a regular file (opening a pipe
 * would wait for a writer) answer false: reading them reports why.
 */
export async function sniffPdf(path: string): Promise<boolean> {
  let handle;
  try {
    if (!(await stat(path)).isFile()) return false;
    handle = await open(path, 'r');
    const head = new Uint8Array(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return isPdf(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** A file named .pdf: one that does not open like a PDF is refused, not read as page text. */
export function namedPdf(path: string): boolean {
  return extname(path).toLowerCase() === '.pdf';
}

export function notAPdf(path: string): KgError {
  return new KgError('INPUT_INVALID', 'is named .pdf but does not start like a PDF (no %PDF- header)', { subject: path, hint: 'the file is damaged or is not a PDF; download it again' });
}

export async function readPdfFile(path: string, maxFileBytes: number): Promise<Buffer> {
  const info = await stat(path);
  if (info.size > maxFileBytes) {
    throw new KgError('INPUT_INVALID', `the PDF is larger than ${Math.round(maxFileBytes / (1024 * 1024))} MiB`, { subject: path, hint: 'split it into smaller files (one per page or per day)' });
  }
  return readFile(path);
}

/** A PDF's pages: the layout reader's text, one SourcePage per printed page with its layout attached. */
export async function pdfPagesOf(source: string, buf: Uint8Array, meta: PageMeta): Promise<SourcePage[]> {
  const subject = source === '-' ? '<stdin>' : source;
  const pdf = await readPdf(buf, subject);
  return pdf.pages.map((page, index) => ({
    id: pageId(pdf.text.slice(page.start, page.end)),
    source,
    index,
    text: pdf.text,
    start: page.start,
    end: page.end,
    startLine: page.startLine,
    encoding: 'pdf',
    meta: { ...meta, ...page.meta },
    warnings: [...pdf.warnings, ...page.warnings],
    rules: [PDF_PAGE_RULE],
    ...(page.runningHead ? { runningHead: page.runningHead } : {}),
    layout: page.layout,
  }));
}
