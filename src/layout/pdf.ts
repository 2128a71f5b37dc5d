// A PDF file's bytes → its pages' text items, through pdfjs-dist's legacy build (pure JavaScript, no network).
// CMaps and the standard fonts come from the package's own folders: without them, fonts with predefined CMaps
// (Adobe-GB1, how Founder and other Chinese typesetters embed their fonts) give no text. Items are made upright
// in page coordinates (the page's /Rotate applied, origin at the top-left); rotated and vertical text is
// marked so the layout can leave it out. Encrypted, damaged and image-only files fail with the file named.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import type { PageItems, TextItem } from './types.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;

/**
 * pdfjs-dist looks for its optional canvas package when it is imported (for rendering, which kg does not do;
 * package.json stands a stub in for it, so no native binary is installed) and says on stdout that it cannot
 * polyfill the canvas classes. stdout carries kg's results, so those lines are held back. Its legacy build also
 * brings core-js, which replaces some built-ins Node already has with slower JavaScript (Array.prototype.push,
 * JSON.parse: every push of every later stage went through it); the native ones are put back, and only what
 * Node lacks (Promise.withResolvers, Set methods…) is kept.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const log = console.log;
    const natives = snapshotBuiltins();
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^Warning: Cannot (polyfill|load "@napi-rs\/canvas")/.test(args[0])) return;
      log(...args);
    };
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // In Node pdfjs parses in this thread (its "fake worker"); importing that part now, where pdfjs looks for
      // it, lets the built-ins be put back once, after both halves have loaded.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(WORKER);
      return lib;
    } finally {
      console.log = log;
      restoreBuiltins(natives);
    }
  })();
  return pdfjs;
}

/** A specifier in a variable: the worker module ships no type declarations, and none are needed. */
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const BUILTINS: object[] = [Array.prototype, Array, JSON, Object, Promise, Promise.prototype, String.prototype, Map.prototype, Set.prototype, Object.getPrototypeOf(Uint8Array.prototype) as object, ArrayBuffer.prototype];

function snapshotBuiltins(): Array<[object, PropertyKey, PropertyDescriptor]> {
  return BUILTINS.flatMap((target) => Reflect.ownKeys(target).map((key): [object, PropertyKey, PropertyDescriptor] => [target, key, Object.getOwnPropertyDescriptor(target, key)!]));
}

function restoreBuiltins(natives: Array<[object, PropertyKey, PropertyDescriptor]>): void {
  for (const [target, key, was] of natives) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now && typeof was.value === 'function' && now.value !== was.value) Object.defineProperty(target, key, was);
  }
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** True when the bytes open with a PDF header (`%PDF-` within the first kilobyte, as the format allows). */
export function isPdf(head: Uint8Array): boolean {
  const n = Math.min(head.length, 1024);
  for (let i = 0; i + 5 <= n; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

export interface PdfItems {
  pages: PageItems[];
  /** Problems that did not stop the reading (a page that could not be read). */
  warnings: string[];
}

/** Reads every page's text items. `subject` names the file in errors. */
export async function readPdfItems(data: Uint8Array, subject: string): Promise<PdfItems> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    // pdfjs may transfer the buffer to its worker: give it a copy, the caller's bytes stay usable.
    data: new Uint8Array(data),
    cMapUrl: join(packageDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw openError(e, subject);
  }
  const pages: PageItems[] = [];
  const warnings: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: TextItem[] = [];
        for (const raw of content.items) {
          if (!('str' in raw) || raw.str === '') continue;
          const m = lib.Util.transform(viewport.transform, raw.transform) as number[];
          const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
          const size = Math.hypot(c, d);
          const vertical = content.styles[raw.fontName]?.vertical === true || raw.dir === 'ttb';
          const upright = a > 0 && d < 0 && Math.abs(b) <= 1e-3 * Math.abs(a) && Math.abs(c) <= 1e-3 * Math.abs(d);
          if (vertical && upright) items.push({ str: raw.str, x: e, baseline: f, width: raw.width, size, font: raw.fontName, skew: true, vertical: { height: raw.height } });
          else items.push({ str: raw.str, x: e, baseline: f, width: raw.width, size, font: raw.fontName, ...(vertical || !upright ? { skew: true } : {}) });
        }
        pages.push({ pageNumber: n, width: viewport.width, height: viewport.height, items });
        page.cleanup();
      } catch (e) {
        warnings.push(`${subject}: page ${n} could not be read (${(e as Error).message}); it was left out`);
      }
    }
  } finally {
    await doc.destroy();
  }
  if (pages.length === 0) {
    throw new KgError('INPUT_INVALID', `no page of the PDF could be read${warnings.length ? ` (${warnings[0]!.replace(`${subject}: `, '')})` : ''}`, { subject, hint: 'the file may be damaged or cut short; download it again' });
  }
  return { pages, warnings };
}

function openError(e: unknown, subject: string): KgError {
  const name = (e as { name?: string })?.name;
  const message = (e as Error)?.message ?? String(e);
  if (name === 'PasswordException') {
    return new KgError('INPUT_INVALID', 'the PDF is encrypted with a password; kg cannot read its text', {
      subject,
      hint: 'save an unprotected copy first (e.g. qpdf --decrypt --password=… in.pdf out.pdf)',
      cause: e,
    });
  }
  return new KgError('INPUT_INVALID', `not a readable PDF (${message})`, {
    subject,
    hint: 'the file may be damaged or cut short; download it again',
    cause: e,
  });
}
