// `kg ner`: JSONL {id?, text} in (a file or stdin), JSONL {id, text, entities} out, one line per input line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { KgError } from '../../errors.js';
import { EXTRACT_BATCH_CHARS, loadExtractResources, type Engine } from '../../extract/index.js';
import { engineOption } from './build.js';
import { writeAtomic } from '../../graph/write.js';
import { NER_LABELS, parseNerInput, recognizeRecords, type NerLabel } from '../../ner/index.js';

export function register(program: Command): void {
  program
    .command('ner')
    .description('named-entity recognition over JSONL {id?, text} records: PER, LOC, ORG (and PROGRAMME, OUTCOME when asked)')
    .option('-i, --input <file>', 'JSONL input (default: stdin)')
    .option('-o, --out <file>', 'JSONL output (default: stdout)')
    .option('--labels <list>', `labels to output, comma-separated, from ${NER_LABELS.join(',')}`, 'PER,LOC,ORG')
    .option('--home-city <name>', 'home city whose villages and towns are recognised by short name')
    .addOption(engineOption())
    .action(async (flags: { input?: string; out?: string; labels: string; homeCity?: string; engine: Engine }) => {
      const labels = new Set(flags.labels.split(',').map((l) => l.trim().toUpperCase()));
      for (const l of labels) if (!(NER_LABELS as readonly string[]).includes(l)) throw new KgError('USAGE', `unknown label "${l}"`, { hint: `use ${NER_LABELS.join(', ')}` });
      const res = loadExtractResources({ engine: flags.engine, ...(flags.homeCity ? { homeAreas: [flags.homeCity] } : {}) });
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
      const emit = (json: string): void => {
        if (flags.out) lines.push(json);
        else process.stdout.write(`${json}\n`);
      };
      await recognizeStream(stream, where, (batch, firstIndex) => {
        for (const record of recognizeRecords(batch, firstIndex, res, labels as Set<NerLabel>)) emit(JSON.stringify(record));
      });
      if (flags.out) await writeAtomic(flags.out, lines.length ? `${lines.join('\n')}\n` : '');
    });
}

/** A batch waiting for more records is recognised once no line has come for this long (a person typing). */
const IDLE_MS = 20;

/**
 * Reads JSONL records and hands them on in batches of about EXTRACT_BATCH_CHARS characters, or sooner when the
 * input pauses or ends. A line that is not a record is an error naming it, after the records before it are out.
 */
function recognizeStream(stream: NodeJS.ReadableStream, where: string, recognize: (batch: { id?: string; text: string }[], firstIndex: number) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    let batch: { id?: string; text: string }[] = [];
    let chars = 0;
    let records = 0;
    let n = 0;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const flush = (): void => {
      clearTimeout(timer);
      if (batch.length === 0) return;
      const taken = batch;
      batch = [];
      chars = 0;
      recognize(taken, records);
      records += taken.length;
    };
    const finish = (error?: unknown): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        flush();
      } catch (e) {
        error ??= e;
      }
      rl.close();
      if (error) reject(error);
      else resolve();
    };
    rl.on('line', (line) => {
      if (done) return;
      n++;
      if (!line.trim()) return;
      try {
        const record = parseNerInput(line, `${where}:${n}`);
        batch.push(record);
        chars += record.text.length;
        if (chars >= EXTRACT_BATCH_CHARS) flush();
        else {
          clearTimeout(timer);
          timer = setTimeout(() => {
            try {
              flush();
            } catch (e) {
              finish(e);
            }
          }, IDLE_MS);
        }
      } catch (e) {
        finish(e);
      }
    });
    rl.on('close', () => finish());
    stream.on('error', (e) => finish(e));
  });
}
