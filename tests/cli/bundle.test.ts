// The precompiled bundle (scripts/build.ts, bin/bundle.js): `kg` runs it only while it is the sources as they
// are, and it gives what the TypeScript sources give — the CLI's output, data files found beside the sources,
// and extraction worker threads, which run the bundle's worker when the bundle started them.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_ENV, freshBundleDir, NO_BUNDLE_ENV, STAMP, staleReason } from '../../bin/bundle.js';
import { buildBundle, KG_ENTRIES } from '../../scripts/build.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { writeBuildOutput } from '../../src/graph/write.js';
import { buildGraph } from '../../src/pipeline.js';
import { kg } from '../helpers/kg-process.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string, under = tmpdir()): string => {
  mkdirSync(under, { recursive: true });
  const dir = mkdtempSync(join(under, prefix));
  dirs.push(dir);
  return dir;
};

/** A project of two modules and a data file read through import.meta.url, as src/ reads its rules. */
function smallProject(): string {
  const root = tempDir('kg-bundle-project-');
  mkdirSync(join(root, 'src', 'model'), { recursive: true });
  writeFileSync(join(root, 'src', 'main.ts'), "import { greeting } from './words.js';\nconsole.log(greeting());\n");
  writeFileSync(join(root, 'src', 'words.ts'), "import { readFileSync } from 'node:fs';\nexport const greeting = (): string => readFileSync(new URL('./model/word.txt', import.meta.url), 'utf8').trim();\n");
  writeFileSync(join(root, 'src', 'model', 'word.txt'), '宁波港\n');
  return root;
}

describe('the stamp', () => {
  test('a fresh bundle runs and finds its data files beside the sources; any change to a source it was made from makes it stale', async () => {
    const root = smallProject();
    const dist = join(root, 'dist');
    await buildBundle({ root, entries: { kg: 'src/main.ts' }, outdir: dist });
    expect(staleReason(root, dist)).toBeUndefined();
    expect(freshBundleDir(root)).toBe(dist);
    expect(execFileSync(process.execPath, [join(dist, 'kg.mjs')], { encoding: 'utf8' })).toBe('宁波港\n');

    appendFileSync(join(root, 'src', 'words.ts'), '// one more line\n');
    expect(staleReason(root, dist)).toBe('src/words.ts changed since the bundle was built');
    expect(freshBundleDir(root)).toBeUndefined();

    await buildBundle({ root, entries: { kg: 'src/main.ts' }, outdir: dist });
    expect(staleReason(root, dist)).toBeUndefined();
    // A data file is read at run time, not bundled: changing it leaves the bundle fresh, and the bundle reads the new one.
    writeFileSync(join(root, 'src', 'model', 'word.txt'), '舟山港\n');
    expect(staleReason(root, dist)).toBeUndefined();
    expect(execFileSync(process.execPath, [join(dist, 'kg.mjs')], { encoding: 'utf8' })).toBe('舟山港\n');

    rmSync(join(root, 'src', 'words.ts'));
    expect(staleReason(root, dist)).toBe('src/words.ts is gone');
  });

  test('no stamp, a stamp of another shape or a missing output: stale', async () => {
    const root = smallProject();
    const dist = join(root, 'dist');
    expect(staleReason(root, dist)).toMatch(/no bundle/);
    await buildBundle({ root, entries: { kg: 'src/main.ts' }, outdir: dist });
    rmSync(join(dist, 'kg.mjs'));
    expect(staleReason(root, dist)).toBe('dist/kg.mjs is missing');
    writeFileSync(join(dist, STAMP), '{"inputs": {}}');
    expect(staleReason(root, dist)).toMatch(/not this version/);
  });

  test('KG_NO_BUNDLE=1 runs the sources whatever dist/ holds', async () => {
    const root = smallProject();
    await buildBundle({ root, entries: { kg: 'src/main.ts' }, outdir: join(root, 'dist') });
    process.env[NO_BUNDLE_ENV] = '1';
    try {
      expect(freshBundleDir(root)).toBeUndefined();
    } finally {
      delete process.env[NO_BUNDLE_ENV];
    }
    expect(freshBundleDir(root)).toBe(join(root, 'dist'));
  });
});

describe("kg's own bundle", () => {
  // Built beside dist/ (at the same depth under the checkout would not matter: its addresses are relative to itself).
  let bundle: string;
  beforeAll(async () => {
    bundle = tempDir('bundle-', join(PROJECT_ROOT, 'test-artifacts'));
    await buildBundle({ root: PROJECT_ROOT, entries: KG_ENTRIES, outdir: bundle });
  });

  const runBundle = (args: string[], input = ''): string => execFileSync(process.execPath, [join(bundle, 'kg.mjs'), ...args], { cwd: PROJECT_ROOT, input, encoding: 'utf8', env: { ...process.env, [BUNDLE_ENV]: bundle } });

  test('`kg ner` gives the same records from the bundle as from the sources', async () => {
    const input = ['{"id":"a","text":"温州市鹿城区的瓯海机械有限公司董事长陈国华表示，今年出口额增长了两成。"}', '{"text":"他在杭州西湖边开了一家茶馆。"}', ''].join('\n');
    const fromSources = await kg(['ner', '--labels', 'PER,LOC,ORG,OUTCOME'], { stdin: input, env: { ...process.env, [NO_BUNDLE_ENV]: '1' } });
    expect(fromSources.code).toBe(0);
    expect(fromSources.stdout).toContain('陈国华');
    expect(runBundle(['ner', '--labels', 'PER,LOC,ORG,OUTCOME'], input)).toBe(fromSources.stdout);
  });

  test('`kg build` of the sample page writes the same graph.json from the bundle as from the sources', async () => {
    const out = tempDir('kg-bundle-build-');
    const fromSources = await kg(['build', 'seeds', '-o', join(out, 'ts'), '-q', '--no-cache'], { env: { ...process.env, [NO_BUNDLE_ENV]: '1' } });
    expect(fromSources.code).toBe(0);
    runBundle(['build', 'seeds', '-o', join(out, 'bundle'), '-q', '--no-cache']);
    expect(readFileSync(join(out, 'bundle', 'graph.json'), 'utf8')).toBe(readFileSync(join(out, 'ts', 'graph.json'), 'utf8'));
    expect(readFileSync(join(out, 'bundle', 'articles.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'ts', 'articles.jsonl'), 'utf8'));
  });

  test("worker threads started under the bundle run the bundle's worker, with the same graph", async () => {
    const inputs = [join(PROJECT_ROOT, 'seeds')];
    const inProcess = await buildGraph({ inputs, defaults: { homeCity: '平湖市' }, workers: 1 });
    process.env[BUNDLE_ENV] = bundle;
    let parallel;
    try {
      parallel = await buildGraph({ inputs, defaults: { homeCity: '平湖市' }, workers: 2, parallel: { minChars: 0, groupChars: 1, workersOnly: true } });
    } finally {
      delete process.env[BUNDLE_ENV];
    }
    expect(parallel.extractThreads).toBe(2);
    const out = tempDir('kg-bundle-workers-');
    const a = await writeBuildOutput(join(out, 'a'), inProcess.graph, inProcess.articles, inProcess.mentions);
    const b = await writeBuildOutput(join(out, 'b'), parallel.graph, parallel.articles, parallel.mentions);
    expect(readFileSync(b.graph, 'utf8')).toBe(readFileSync(a.graph, 'utf8'));
  });
});
