// `kg ner`: JSONL {id?, text} in (a file or stdin), JSONL {id, text, entities} out, one line per input line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { KgError } from '../../errors.js';
import { loadExtractResources } from '../../extract/index.js';
import { writeAtomic } from '../../graph/write.js';
import { NER_LABELS, parseNerInput, recognizeRecord, type NerLabel } from '../../ner/index.js';

export function register(program: Command): void {
  program
    .command('ner')
    .description('named-entity recognition over JSONL {id?, text} records: PER, LOC, ORG (and PROGRAMME, OUTCOME when asked)')
    .option('-i, --input <file>', 'JSONL input (default: stdin)')
    .option('-o, --out <file>', 'JSONL output (default: stdout)')
    .option('--labels <list>', `labels to output, comma-separated, from ${NER_LABELS.join(',')}`, 'PER,LOC,ORG')
    .option('--home-city <name>', 'home city whose villages and towns are recognised by short name')
    .action(async (flags: { input?: string; out?: string; labels: string; homeCity?: string }) => {
      const labels = new Set(flags.labels.split(',').map((l) => l.trim().toUpperCase()));
      for (const l of labels) if (!(NER_LABELS as readonly string[]).includes(l)) throw new KgError('USAGE', `unknown label "${l}"`, { hint: `use ${NER_LABELS.join(', ')}` });
      const res = loadExtractResources(flags.homeCity ? { homeAreas: [flags.homeCity] } : {});
      const where = flags.input ?? '<stdin>';
      let stream: NodeJS.ReadableStream = process.stdin;
      if (flags.input) {
        stream = createReadStream(flags.input);
        await new Promise<void>((resolveOpen, reject) => {
          (stream as ReturnType<typeof createReadStream>).once('open', () => resolveOpen());
          stream.once('error', (e: NodeJS.ErrnoException) => reject(new KgError(e.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', e.code === 'ENOENT' ? 'no such file' : e.message, { subject: flags.input })));
        });
      }
      const lines: string[] = [];
      let n = 0;
      let records = 0;
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        n++;
        if (!line.trim()) continue;
        const record = recognizeRecord(parseNerInput(line, `${where}:${n}`), records++, res, labels as Set<NerLabel>);
        const json = JSON.stringify(record);
        if (flags.out) lines.push(json);
        else process.stdout.write(`${json}\n`);
      }
      if (flags.out) await writeAtomic(flags.out, lines.length ? `${lines.join('\n')}\n` : '');
    });
}
