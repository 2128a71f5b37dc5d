// A worker thread's entry: runs what the thread that started it runs — the bundle in dist/ when `kg` runs it
// (bin/bundle.js; it says so in KG_BUNDLE_DIR), else the TypeScript worker through tsx (a worker does not inherit
// the parent's loader hooks). Plain JavaScript so it starts the same under `kg` and under the test runner.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.env.KG_BUNDLE_DIR;
if (dist) await import(pathToFileURL(join(dist, 'extract-worker.mjs')).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./extract-worker.ts');
}
