#!/usr/bin/env node
// The `kg` command: runs the bundle in dist/ when it is the sources as they are now (bin/bundle.js), else registers
// tsx so the TypeScript sources run as they are; then hands over to the CLI (src/cli/main.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_ENV, freshBundleDir } from './bundle.js';

const dist = freshBundleDir();
if (dist) {
  process.env[BUNDLE_ENV] = dist;
  await import(pathToFileURL(join(dist, 'kg.mjs')).href);
} else {
  delete process.env[BUNDLE_ENV];
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
