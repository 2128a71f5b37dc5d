// Whether dist/ holds a bundle of the sources as they are now. `npm run build` (scripts/build.ts; also run by
// `npm ci`, through `prepare`) compiles src/ into dist/ with esbuild and records in dist/stamp.json the size and
// modification time of every source file the bundle was made from. `kg` runs the bundle only when every one of
// them is unchanged, and the TypeScript sources through tsx otherwise, so it never runs code older than the
// sources: a stat of each file (a few milliseconds), where tsx spent about half a second loading the sources.
// Plain JavaScript: it runs before anything can compile TypeScript.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STAMP = 'stamp.json';
/** Set by `kg` when it runs the bundle, so that its worker threads (src/workers/extract-worker.js) run it too. */
export const BUNDLE_ENV = 'KG_BUNDLE_DIR';
/** Set to 1 to run the TypeScript sources whatever dist/ holds. */
export const NO_BUNDLE_ENV = 'KG_NO_BUNDLE';

/**
 * Why the bundle in `dist` is not the sources under `root` as they are now, or undefined when it is: the stamp
 * is missing or unreadable, or a source file it lists was changed, resized or removed.
 * @param {string} root
 * @param {string} dist
 * @returns {string | undefined}
 */
export function staleReason(root, dist) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(dist, STAMP), 'utf8'));
  } catch {
    return 'no bundle (run npm run build)';
  }
  if (stamp?.version !== 1 || !Array.isArray(stamp.inputs) || !Array.isArray(stamp.outputs)) return 'the stamp is not this version of kg\'s';
  for (const [file, mtimeMs, size] of stamp.inputs) {
    let info;
    try {
      info = statSync(join(root, file));
    } catch {
      return `${file} is gone`;
    }
    if (info.mtimeMs !== mtimeMs || info.size !== size) return `${file} changed since the bundle was built`;
  }
  for (const file of stamp.outputs) {
    try {
      statSync(join(dist, file));
    } catch {
      return `dist/${file} is missing`;
    }
  }
  return undefined;
}

/**
 * The bundle's directory when `kg` should run it: not when KG_NO_BUNDLE=1, nor when it is stale.
 * @param {string} [root]
 * @returns {string | undefined}
 */
export function freshBundleDir(root = ROOT) {
  if (process.env[NO_BUNDLE_ENV] === '1') return undefined;
  const dist = join(root, 'dist');
  return staleReason(root, dist) === undefined ? dist : undefined;
}
