// A PDF file's bytes → its pages' text items, through pdfjs-dist's legacy build (pure JavaScript, no network).
// CMaps and the standard fonts come from the package's own folders: without them, fonts with predefined CMaps
// (Adobe-GB1, how Founder and other Chinese typesetters embed their fonts) give no text. Items are made upright
// in page coordinates (the page's /Rotate applied, origin at the top-left); rotated and vertical text is
// marked so the layout can leave it out. The page's drawing is read for its straight rules and boxes (rulesOf).
// Encrypted, damaged and image-only files fail with the file named.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import type { PageItems, PageRules, Rect, TextItem } from './types.js';

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
    // Pictures are not decoded: the layout reads the drawing only for its rules and boxes.
    maxImageSize: 1,
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
        let rules: PageRules | undefined;
        try {
          const ops = await page.getOperatorList({ intent: 'print', annotationMode: lib.AnnotationMode.DISABLE });
          rules = rulesOf(ops.fnArray, ops.argsArray, viewport.transform as Matrix, lib.OPS as unknown as Record<string, number>);
        } catch {
          // Drawn rules only help the reading: a page whose drawing cannot be read is read by its white space.
        }
        pages.push({ pageNumber: n, width: viewport.width, height: viewport.height, items, ...(rules ? { rules } : {}) });
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

type Matrix = [number, number, number, number, number, number];

/** m1 × m2 as PDF composes transforms (m2 applied first). */
function compose(m1: Matrix, m2: Matrix): Matrix {
  return [m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1], m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3], m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Id of the reading of images pdfjs leaves out (a save and restore with only transforms between): pictures. */
export const IMAGE_PICTURE_RULE = 'layout.picture.image';

/** Shorter strokes are no rules (underlines of a word, bullets, parts of a logo). */
const MIN_RULE = 6;
/** A filled bar no thicker than this is a rule, not a panel. */
const MAX_BAR = 3;
/** Straightness tolerance: a stroke within this of level (or of plumb) is horizontal (vertical). */
const LEVEL = 0.5;
/** Paths beyond this many on a page are vector art (a map, a chart), not rules: the rest are not read. */
const MAX_PATHS = 20000;

/**
 * The page's straight rules and boxes from its operator list: every path is followed with the current transform
 * (save/restore, cm, form XObjects), and on each paint — stroke or fill — its straight, level or plumb pieces of
 * a useful length are kept: a stroked segment as a rule, a stroked rectangle as a box, a thin filled bar as a rule
 * along its middle, a larger filled rectangle (a tinted panel, or a picture's place) as a box. Whether a box
 * frames text (and its sides are rules) or a picture is for the layout to say.
 * Curves, slanted strokes and clipping paths are left out.
 */
export function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[], base: Matrix, OPS: Record<string, number>): PageRules {
  const rules: PageRules = { h: [], v: [], boxes: [] };
  let ctm = base;
  const stack: Matrix[] = [];
  // Subpaths of the current path in page coordinates: their points, and whether each is a rectangle.
  let path: Array<{ pts: Array<[number, number]>; rect: boolean; closed: boolean }> = [];
  let paths = 0;
  const stroke = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set([OPS.fill, OPS.eoFill]);
  const addSegment = (a: [number, number], b: [number, number]): void => {
    if (Math.abs(a[1] - b[1]) <= LEVEL && Math.abs(a[0] - b[0]) >= MIN_RULE) {
      const y = (a[1] + b[1]) / 2;
      rules.h.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: y, y1: y });
    } else if (Math.abs(a[0] - b[0]) <= LEVEL && Math.abs(a[1] - b[1]) >= MIN_RULE) {
      const x = (a[0] + b[0]) / 2;
      rules.v.push({ x0: x, x1: x, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
    }
  };
  const rectOf = (pts: ReadonlyArray<[number, number]>): Rect | undefined => {
    if (pts.length < 4 || pts.length > 5) return undefined;
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const r = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    // Every corner on the rectangle's bounds: an upright rectangle.
    const onCorner = pts.every((p) => (Math.abs(p[0] - r.x0) <= LEVEL || Math.abs(p[0] - r.x1) <= LEVEL) && (Math.abs(p[1] - r.y0) <= LEVEL || Math.abs(p[1] - r.y1) <= LEVEL));
    return onCorner ? r : undefined;
  };
  const paint = (mode: 'stroke' | 'fill'): void => {
    for (const sub of path) {
      const r = sub.rect || sub.closed ? rectOf(sub.pts) : undefined;
      if (mode === 'fill') {
        if (!r) continue;
        const w = r.x1 - r.x0;
        const h = r.y1 - r.y0;
        if (h <= MAX_BAR && w >= MIN_RULE) rules.h.push({ x0: r.x0, x1: r.x1, y0: (r.y0 + r.y1) / 2, y1: (r.y0 + r.y1) / 2 });
        else if (w <= MAX_BAR && h >= MIN_RULE) rules.v.push({ x0: (r.x0 + r.x1) / 2, x1: (r.x0 + r.x1) / 2, y0: r.y0, y1: r.y1 });
        else if (w >= MIN_RULE && h >= MIN_RULE) rules.boxes.push(r);
        continue;
      }
      if (r && r.x1 - r.x0 >= MIN_RULE && r.y1 - r.y0 >= MIN_RULE) {
        rules.boxes.push(r);
        continue;
      }
      for (let i = 1; i < sub.pts.length; i++) addSegment(sub.pts[i - 1]!, sub.pts[i]!);
      if (sub.closed && sub.pts.length > 2) addSegment(sub.pts[sub.pts.length - 1]!, sub.pts[0]!);
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) {
      // An image the page draws (q, cm, Do, Q): pdfjs leaves out the images it is not asked to decode and keeps the
      // state around them, so a save and restore with only transforms between them mark where one was painted — the
      // unit square under the transform (layout.picture.image).
      let k = i - 1;
      while (k >= 0 && fnArray[k] === OPS.transform) k--;
      if (k < i - 1 && k >= 0 && fnArray[k] === OPS.save) {
        const pts = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 1, 1), apply(ctm, 0, 1)];
        const r = rectOf(pts);
        if (r && r.x1 - r.x0 >= MIN_RULE && r.y1 - r.y0 >= MIN_RULE) (rules.pictures ??= []).push(r);
      }
      ctm = stack.pop() ?? base;
    } else if (fn === OPS.transform && args) ctm = compose(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = compose(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? base;
    else if (fn === OPS.constructPath && args) {
      if (++paths > MAX_PATHS) continue;
      const ops = args[0] as number[];
      const coords = args[1] as number[];
      let j = 0;
      let cur: (typeof path)[number] | undefined;
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(j, j + 4) as [number, number, number, number];
          j += 4;
          cur = { pts: [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)], rect: true, closed: true };
          path.push(cur);
          cur = undefined;
        } else if (op === OPS.moveTo) {
          cur = { pts: [apply(ctm, coords[j]!, coords[j + 1]!)], rect: false, closed: false };
          path.push(cur);
          j += 2;
        } else if (op === OPS.lineTo) {
          const p = apply(ctm, coords[j]!, coords[j + 1]!);
          j += 2;
          if (cur) cur.pts.push(p);
          else path.push((cur = { pts: [p], rect: false, closed: false }));
        } else if (op === OPS.curveTo) {
          j += 6;
          cur = undefined; // a curve: what follows is no rule of this subpath
        } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
          j += 4;
          cur = undefined;
        } else if (op === OPS.closePath) {
          if (cur) cur.closed = true;
        }
      }
    } else if (stroke.has(fn!)) {
      paint('stroke');
      path = [];
    } else if (fill.has(fn!)) {
      paint('fill');
      path = [];
    } else if (fn === OPS.endPath) path = [];
  }
  return rules;
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
