// The sample page's graph, built once per test file through the real pipeline.
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../../src/pipeline.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const SAMPLE_PAGE = fileURLToPath(new URL('../../seeds/pinghu-2022-page.txt', import.meta.url));

let cached: Promise<BuildResult> | undefined;

export function sampleBuild(): Promise<BuildResult> {
  cached ??= buildGraph({ inputs: [SEEDS_DIR], defaults: { homeCity: '平湖市' } });
  return cached;
}
