// Benchmark: the statistical tagger alone (`NerModel.tag`, features to spans) in two checkouts of kg, each in
// processes of its own, alternating, on the People's Daily 1998 dev sentences (as `kg ner` reads them); CPU time.
//   npx tsx bench/tagger-speed.ts DIR_A DIR_B [--rounds 6]
// A DIR is a checkout with its model (e.g. `git archive main | tar -x -C DIR` with node_modules linked; put a
// candidate model's ner.model and model.json in its src/tagger/model/). Each process builds the sentences'
// contexts with its own checkout, warms up, then times 15 passes of the tagger and reports their median.
//
// Why separate processes: two taggers loaded in one process do not time alike even when they are the same code
// and the same model — the one loaded first took 0.81× the other's time in rounds of either order (2026-12-06,
// speed4), an effect of where each one's 16 MB weight table and code landed, not of the model. Between processes
// the same checkout times alike (A/A 0.94, range 0.79–1.22 over 8 rounds at load 6–8): run enough rounds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './results.js';

const args = process.argv.slice(2);
const corpus = fileURLToPath(new URL('../../shared/corpora/peoples-daily-1998/dev.jsonl', import.meta.url));

if (args[0] === '--one') {
  // A child: one checkout's tagger, median CPU milliseconds of a pass over the dev sentences on stdout.
  const dir = resolve(args[1]!);
  const from = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(dir, rel)).href)) as T;
  const { buildContexts } = await from<typeof import('../src/extract/context.js')>('src/extract/context.ts');
  const { EXTRACT_BATCH_CHARS, loadExtractResources } = await from<typeof import('../src/extract/index.js')>('src/extract/index.ts');
  const { loadNerModel } = await from<typeof import('../src/tagger/index.js')>('src/tagger/index.ts');
  const { batchBySize } = await from<typeof import('../src/util/batches.js')>('src/util/batches.ts');
  const res = loadExtractResources({ engine: 'rules' });
  const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const contexts = batchBySize(sentences, (s) => s.length, EXTRACT_BATCH_CHARS).flatMap((b) => buildContexts(b, res));
  const model = loadNerModel();
  const pass = (): number => {
    const t = process.cpuUsage();
    for (const c of contexts) model.tag(c, c.sentences);
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  for (let w = 0; w < 3; w++) pass();
  console.log(median(Array.from({ length: 15 }, pass)));
} else {
  const dirs = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--rounds');
  if (dirs.length !== 2 || !dirs.every((d) => existsSync(join(d, 'src/tagger/index.ts')))) throw new Error('usage: npx tsx bench/tagger-speed.ts DIR_A DIR_B [--rounds 6] (two checkouts of kg)');
  if (!existsSync(corpus)) throw new Error(`bench/tagger-speed: no corpus at ${corpus}`);
  const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 6;
  const one = (dir: string): number => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench/tagger-speed: the run of ${dir} failed:\n${run.stderr}`);
    return Number(run.stdout.trim().split('\n').pop());
  };
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // A then B in even rounds, B then A in odd ones.
    let x: number;
    let y: number;
    if (r % 2) {
      y = one(dirs[1]!);
      x = one(dirs[0]!);
    } else {
      x = one(dirs[0]!);
      y = one(dirs[1]!);
    }
    a.push(x);
    b.push(y);
    ratios.push(y / x);
    console.error(`round ${r + 1}: A ${x.toFixed(1)} ms, B ${y.toFixed(1)} ms`);
  }
  const lo = Math.min(...ratios).toFixed(2);
  const hi = Math.max(...ratios).toFixed(2);
  console.log(`tagger CPU time a pass (PD98 dev, median of ${rounds} processes each): A ${median(a).toFixed(1)} ms, B ${median(b).toFixed(1)} ms; B ÷ A ${median(ratios).toFixed(2)} (${lo}–${hi})`);
}
