// `npm run build` (also run by `npm ci`, through `prepare`): compiles the CLI and the extraction worker into
// dist/ with esbuild — one ES module per entry, with the code they share and each command's modules in chunks
// loaded when needed — and writes dist/stamp.json, the size and modification time of every source file the
// bundle was made from, by which `kg` tells whether the bundle is still the sources (bin/bundle.js).
//
// The sources find their data files (rules, lexicons, the tagger's model) beside themselves, through
// import.meta.url; in a bundle that would be the bundle's own address, so each module's import.meta.url is
// replaced by its source file's address, computed from the bundle's (dist/ may move with the checkout).
// Packages stay outside the bundle and are loaded from node_modules as before, except those in BUNDLED_PACKAGES.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP } from '../bin/bundle.js';
import { derivedCacheDir } from '../src/util/derived-cache.js';

export interface BundleOptions {
  /** The checkout: sources are under it, and the stamp names them relative to it. */
  root: string;
  /** Entry points, relative to root, each bundled to `<outdir>/<name>.mjs`. */
  entries: Record<string, string>;
  /** Where the bundle goes (replaced whole). */
  outdir: string;
}

export const KG_ENTRIES: Record<string, string> = {
  kg: 'src/cli/main.ts',
  'extract-worker': 'src/workers/extract-worker.ts',
};

/**
 * Packages compiled into the bundle rather than loaded from node_modules: zod is a hundred ES modules, whose
 * resolution and loading one by one took twice as long as reading the same code as part of a chunk (≈ 65 against
 * ≈ 30 ms of every command that validates anything). `npm ci` runs `prepare`, so an upgraded package is bundled
 * anew; bin/bundle.js's stamp lists only kg's own sources.
 */
export const BUNDLED_PACKAGES: readonly string[] = ['zod'];

const posix = (path: string): string => path.split(sep).join('/');

/** Every bare import (a package) is left to Node, but those of BUNDLED_PACKAGES and their own files. */
function externalPackages(bundled: readonly string[]): Plugin {
  return {
    name: 'kg-external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
        if (bundled.includes(name)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/** Replaces import.meta.url in every source file by that file's own address (see the file's comment). */
function sourceUrls(root: string, outdir: string): Plugin {
  return {
    name: 'kg-source-urls',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`) || !args.path.startsWith(root)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const fromBundle = posix(relative(outdir, args.path));
        const contents = `const __kgSourceUrl = new URL(${JSON.stringify(fromBundle)}, import.meta.url).href;\n${source.replace(/\bimport\.meta\.url\b/g, '__kgSourceUrl')}`;
        return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}

/**
 * Bundles `entries` into `outdir` and stamps it. The sources are stat'ed before esbuild reads them, so a file
 * changed while the bundle is being made leaves a stamp that no longer matches it (the bundle is then stale,
 * never wrong). Written into a temporary directory and renamed over `outdir`, so a failed build leaves the old
 * bundle and its stamp as they were.
 */
export async function buildBundle(options: BundleOptions): Promise<{ inputs: number; outputs: string[] }> {
  const root = resolve(options.root);
  const outdir = resolve(options.outdir);
  const tmp = `${outdir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(outdir), { recursive: true });
  const before = new Map<string, { mtimeMs: number; size: number }>();
  const result = await build({
    entryPoints: Object.entries(options.entries).map(([out, file]) => ({ out, in: join(root, file) })),
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // Chunks beside the entries: a module's address is computed from dist/ itself (sourceUrls).
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // The plugin's addresses are relative to where the bundle ends up, not to the temporary directory.
    plugins: [externalPackages(BUNDLED_PACKAGES), statFirst(before), sourceUrls(root, outdir)],
    absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((file) => resolve(root, file))
    .filter((file) => !file.includes(`${sep}node_modules${sep}`))
    .sort()
    .map((file) => {
      const info = before.get(file) ?? statSync(file);
      return [posix(relative(root, file)), info.mtimeMs, info.size] as const;
    });
  const outputs = Object.keys(result.metafile.outputs).map((file) => posix(relative(tmp, resolve(root, file)))).sort();
  const list = (rows: readonly unknown[]): string => rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(join(tmp, STAMP), `{"version": 1,\n "inputs": [\n${list(inputs)}\n ],\n "outputs": [\n${list(outputs)}\n ]}\n`);
  rmSync(outdir, { recursive: true, force: true });
  renameSync(tmp, outdir);
  return { inputs: inputs.length, outputs };
}

/** Records each source file's size and time before esbuild reads it. */
function statFirst(into: Map<string, { mtimeMs: number; size: number }>): Plugin {
  return {
    name: 'kg-stat-first',
    setup(b) {
      b.onLoad({ filter: /.*/ }, (args) => {
        if (!args.path.includes(`${sep}node_modules${sep}`)) {
          const { mtimeMs, size } = statSync(args.path);
          into.set(args.path, { mtimeMs, size });
        }
        return undefined;
      });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  const { inputs, outputs } = await buildBundle({ root, entries: KG_ENTRIES, outdir: join(root, 'dist') });
  console.log(`dist/: ${outputs.filter((f) => f.endsWith('.mjs')).length} modules from ${inputs} source files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The tables kg derives from its data files at start-up (src/util/derived-cache.ts), made now for the default
  // resources (no home area), so that the first `kg` after an install or a change starts as fast as the next.
  const warming = performance.now();
  const { loadExtractResources } = await import('../src/extract/index.js');
  loadExtractResources();
  console.log(`derived-data cache (${derivedCacheDir() ?? 'off'}): checked in ${((performance.now() - warming) / 1000).toFixed(1)} s`);
}
