// Dumps what extraction finds — every mention with its offsets, label, kind, rule, confidence and attributes — on
// the sample page, the fixture pages (as a build reads them, page-level consistency included) and the People's
// Daily dev sentences (as `kg ner` reads them), for each engine, as JSON lines. A speed change must leave this
// output byte-identical: dump before and after, then compare.
//   npx tsx bench/extract-dump.ts OUT.jsonl [--sentences N]
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXTRACT_BATCH_CHARS, extractArticles, extractTexts, loadExtractResources } from '../src/extract/index.js';
import { buildGraph } from '../src/pipeline.js';
import { batchBySize } from '../src/util/batches.js';

const args = process.argv.slice(2);
const outFile = args.find((a) => !a.startsWith('--'));
if (!outFile) throw new Error('usage: npx tsx bench/extract-dump.ts OUT.jsonl [--sentences N]');
const limit = args.includes('--sentences') ? Number(args[args.indexOf('--sentences') + 1]) : Infinity;
const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url));

const lines: string[] = [];
for (const engine of ['hybrid', 'rules', 'model'] as const) {
  const res = loadExtractResources({ homeAreas: ['平湖市'], engine });
  const built = await buildGraph({ inputs: [root('seeds'), root('tests/fixtures/pages')], defaults: { homeCity: '平湖市' } });
  const found = extractArticles(built.articles, res);
  for (const a of built.articles) lines.push(JSON.stringify({ engine, article: a.id, mentions: found.get(a.id) }));
  const corpus = root('../shared/corpora/peoples-daily-1998/dev.jsonl');
  if (existsSync(corpus)) {
    const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => (JSON.parse(l) as { text: string }).text);
    let k = 0;
    for (const b of batchBySize(sentences, (s) => s.length, EXTRACT_BATCH_CHARS)) {
      for (const c of extractTexts(b.map((text) => ({ text })), res)) lines.push(JSON.stringify({ engine, sentence: k++, candidates: c }));
    }
  }
}
writeFileSync(`${outFile}.tmp`, `${lines.join('\n')}\n`);
renameSync(`${outFile}.tmp`, outFile);
console.error(`${lines.length} records written to ${outFile}`);
