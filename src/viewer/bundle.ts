// Bundles the view's browser code (src/viewer/browser/) with sigma.js and graphology into one script with esbuild,
// at export time, so the HTML file needs nothing from the network. The licences of the bundled packages travel
// with the file, as their MIT terms ask.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../config/project-paths.js';
import { KgError } from '../errors.js';

export interface ViewerBundle {
  script: string;
  css: string;
  /** Licence texts of the third-party packages in `script`, by package name. */
  licences: Map<string, string>;
}

const ENTRY = fileURLToPath(new URL('./browser/main.ts', import.meta.url));
const CSS = fileURLToPath(new URL('./browser/style.css', import.meta.url));

let cached: Promise<ViewerBundle> | undefined;

/** The bundle, built once per process. */
export function viewerBundle(): Promise<ViewerBundle> {
  cached ??= buildBundle().catch((e: unknown) => {
    cached = undefined;
    throw e instanceof KgError ? e : new KgError('EXPORT_FAILED', `bundling the HTML view failed: ${(e as Error).message}`, { hint: 'run `npm ci` so sigma, graphology and esbuild are installed' });
  });
  return cached;
}

async function buildBundle(): Promise<ViewerBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text;
  // The script is inlined in <script>; this sequence inside it would end the element early.
  if (/<\/script/i.test(script)) throw new KgError('EXPORT_FAILED', 'the bundled view contains "</script" and cannot be inlined');
  return { script, css: await readFile(CSS, 'utf8'), licences: await licencesOf(Object.keys(result.metafile.inputs)) };
}

async function licencesOf(inputs: string[]): Promise<Map<string, string>> {
  const packages = new Set<string>();
  for (const input of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]!);
  }
  const licences = new Map<string, string>();
  for (const pkg of [...packages].sort()) {
    const dir = join(PROJECT_ROOT, 'node_modules', pkg);
    const file = (await readdir(dir)).find((f) => /^licen[cs]e/i.test(f));
    licences.set(pkg, file ? await readFile(join(dir, file), 'utf8') : 'see its package.json');
  }
  return licences;
}
