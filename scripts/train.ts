// `npm run train`: trains the NER tagger that ships in src/tagger/model/.
//   npm run train                          snapshot the extraction's lexicons and jieba edits, then train
//   npm run train -- --keep-lexicons       train from the snapshot already there (reproduces the shipped model)
//   npm run train -- --out DIR --dev [--epochs N --bits B --scheme BIO|BIOES --limit N]
//                                          an experiment: write elsewhere, score the model on the People's Daily
//                                          dev split after every epoch (settings are chosen there, and only there)
// Settings come from src/tagger/model/training.json; the run writes ner.model and model.json (the settings, the
// hashes of every input and of the model, time and memory) beside it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_DIR, modelFromBytes, sha256 } from '../src/tagger/index.js';
import { loadFeatureLexicons } from '../src/tagger/feature-lexicons.js';
import { snapshotFiles, snapshotJieba, writeSnapshot } from '../src/tagger/snapshot.js';
import { calibrate, outsideChars, segment, train, trainingSentences, type AnnotatedRecord, type TrainSettings } from '../src/tagger/train.js';
import { formatPRF, scoreNer } from '../src/ner/score.js';

interface TrainingFile extends TrainSettings {
  /** Training corpora, relative to the repository. */
  corpora: string[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const settingsFile = JSON.parse(readFileSync(join(MODEL_DIR, 'training.json'), 'utf8')) as TrainingFile & { $comment?: string };
const settings: TrainingFile = {
  id: settingsFile.id,
  scheme: (flag('--scheme') as TrainSettings['scheme']) ?? settingsFile.scheme,
  bits: Number(flag('--bits') ?? settingsFile.bits),
  epochs: Number(flag('--epochs') ?? settingsFile.epochs),
  seed: settingsFile.seed,
  outside: flag('--outside-rate') ? { ...settingsFile.outside, maxRate: Number(flag('--outside-rate')) } : settingsFile.outside,
  corpora: flag('--corpora')?.split(',') ?? settingsFile.corpora,
};
const out = flag('--out') ?? MODEL_DIR;
const lexiconDir = join(out, 'feature-lexicons');
const started = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

if (args.includes('--keep-lexicons')) {
  if (out !== MODEL_DIR && !existsSync(lexiconDir)) {
    mkdirSync(lexiconDir, { recursive: true });
    for (const f of snapshotFiles()) copyFileSync(join(MODEL_DIR, 'feature-lexicons', f), join(lexiconDir, f));
  }
  log(`feature lexicons kept as they are in ${relative(root, lexiconDir)}`);
} else {
  writeSnapshot(lexiconDir);
  log(`feature lexicons snapshotted into ${relative(root, lexiconDir)}`);
}

const read = (path: string): AnnotatedRecord[] =>
  readFileSync(join(root, path), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AnnotatedRecord);
let records = settings.corpora.flatMap(read);
const limit = Number(flag('--limit') ?? 0);
if (limit) records = records.slice(0, limit);
const jieba = snapshotJieba(lexiconDir);
const lexicons = loadFeatureLexicons(lexiconDir);
const instances = trainingSentences(records, jieba, lexicons, settings);
log(`${records.length} records, ${instances.length} sentences, ${instances.reduce((n, s) => n + s.offsets[s.offsets.length - 1]!, 0).toLocaleString('en')} feature occurrences`);

// The People's Daily dev split: where settings are chosen (--dev, after every epoch) and the margin → score
// curve is fitted (always, on the final model).
const devFile = '../shared/corpora/peoples-daily-1998/dev.jsonl';
const dev = read(devFile);
const devSegmented = segment(dev.map((r) => r.text), jieba);
const onDev = (model: Buffer) => {
  const m = modelFromBytes(model, lexiconDir, 'dev');
  const spans = devSegmented.map((x) => m.tag(x, x.sentences));
  const score = scoreNer(dev.map((r) => r.entities), spans.map((ss) => ss.map((s) => ({ ...s, label: s.type }))), ['PER', 'LOC', 'ORG']);
  return { spans, score };
};
const outside = outsideChars(records, settings.outside);
log(`${outside.length} characters read as outside every name without scoring`);
const bytes = train(instances, settings, outside, (r, model) => {
  let line = `epoch ${r.epoch}: ${r.wrong.toLocaleString('en')} of ${r.chars.toLocaleString('en')} characters wrong`;
  if (args.includes('--dev')) {
    const sc = onDev(model()).score;
    line += ` · dev P/R/F1 ${formatPRF(sc.micro)} (PER ${sc.per.PER!.f1.toFixed(3)}, LOC ${sc.per.LOC!.f1.toFixed(3)}, ORG ${sc.per.ORG!.f1.toFixed(3)})`;
  }
  log(line);
});
const final = onDev(bytes);
const pairs = final.spans.flatMap((ss, i) => {
  const gold = new Set(dev[i]!.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
  return ss.map((s) => ({ margin: s.margin, correct: gold.has(`${s.start}:${s.end}:${s.type}`) }));
});
const calibration = { ...calibrate(pairs), corpus: devFile, sha256: sha256(readFileSync(join(root, devFile))), spans: pairs.length };
log(`model alone on the dev split: P/R/F1 ${formatPRF(final.score.micro)}; score = logistic(${calibration.a.toFixed(3)} · log2(1 + margin) + ${calibration.b.toFixed(3)}) over ${pairs.length} spans`);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ner.model'), bytes);
const inputs = {
  settings: { id: settings.id, scheme: settings.scheme, bits: settings.bits, epochs: settings.epochs, seed: settings.seed, outside: settings.outside },
  corpora: Object.fromEntries(settings.corpora.map((c) => [c, sha256(readFileSync(join(root, c)))])),
  featureLexicons: Object.fromEntries(snapshotFiles().map((f) => [f, sha256(readFileSync(join(lexiconDir, f)))])),
  jieba: JSON.parse(readFileSync(join(root, 'node_modules/@node-rs/jieba/package.json'), 'utf8')).version as string,
};
const round = (x: number): number => Math.round(x * 1000) / 1000;
const record = {
  $comment: 'Written by `npm run train`. checksum = sha256 of the inputs (as JSON) and the model file; tests check the shipped files against it.',
  model: { file: 'ner.model', bytes: bytes.length, sha256: sha256(bytes) },
  inputs,
  checksum: sha256(JSON.stringify(inputs) + sha256(bytes)),
  calibration,
  dev: Object.fromEntries([['micro', final.score.micro], ...Object.entries(final.score.per)].map(([k, v]) => [k, { p: round(v.p), r: round(v.r), f1: round(v.f1) }])),
  run: { seconds: Math.round((Date.now() - started) / 1000), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), node: process.version },
};
writeFileSync(join(out, 'model.json'), JSON.stringify(record, null, 2) + '\n');
log(`wrote ${relative(root, join(out, 'ner.model'))} (${(bytes.length / 1e6).toFixed(1)} MB), peak RSS ${record.run.peakRssMB} MB`);
