// The multi-issue fixture archive's graph (tests/fixtures/archive/: ten dated issues in which the same firms, people
// and programmes recur under varied names), built once per test file through the real pipeline.
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../../src/pipeline.js';

export const ARCHIVE_DIR = fileURLToPath(new URL('../fixtures/archive/', import.meta.url));

let cached: Promise<BuildResult> | undefined;

export function archiveBuild(): Promise<BuildResult> {
  cached ??= buildGraph({ inputs: [ARCHIVE_DIR] });
  return cached;
}
