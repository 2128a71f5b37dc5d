// `kg ner`: JSONL {id?, text} in (a file or stdin), JSONL {id, text, entities} out, one line per input line.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import { KgError } from '../../errors.js';
import { EXTRACT_BATCH_CHARS, loadExtractResources, type Engine } from '../../extract/index.js';
import { writeAtomic } from '../../util/write-atomic.js';
import { NER_LABELS, parseNerInput, recognizeRecords, type NerLabel } from '../../ner/index.js';
import { engineOption, knownHomeCity } from '../flag-values.js';

export function register(program: Command): void {
  program
    .command('ner')
    .description('named-entity recognition over JSONL {id?, text} records: PER, LOC, ORG (and PROGRAMME, OUTCOME when asked)')
    .option('-i, --input <file>', 'JSONL input (default: stdin)')
    .option('-o, --out <file>', 'JSONL output (default: stdout)')
    .option('--labels <list>', `labels to output, comma-separated, from ${NER_LABELS.join(',')}`, 'PER,LOC,ORG')
    .option('--home-city <name>', 'home city whose villages and towns are recognised by short name', knownHomeCity)
    .addOption(engineOption())
    .action(async (flags: { input?: string; out?: string; labels: string; homeCity?: string; engine: Engine }) => {
      const labels = new Set(flags.labels.split(',').map((l) => l.trim().toUpperCase()));
      for (const l of labels) if (!(NER_LABELS as readonly string[]).includes(l)) throw new KgError('USAGE', `unknown label "${l}"`, { hint: `use ${NER_LABELS.join(', ')}` });
      const res = loadExtractResources({ engine: flags.engine, ...(flags.homeCity ? { homeAreas: [flags.homeCity] } : {}) });
      const where = flags.input ?? '<stdin>';
      const stream = flags.input ? await openInput(flags.input) : process.stdin;
      const lines: string[] = [];
      const emit = (json: string): void => {
        if (flags.out) lines.push(json);
        else process.stdout.write(`${json}\n`);
      };
      try {
        await recognizeStream(stream, where, (batch, firstIndex) => {
          for (const record of recognizeRecords(batch, firstIndex, res, labels as Set<NerLabel>)) emit(JSON.stringify(record));
        });
      } finally {
        // Like stdout, the file keeps the records read before a bad line.
        if (flags.out) await writeAtomic(flags.out, lines.length ? `${lines.join('\n')}\n` : '');
      }
    });
}

/** The input file, open; a missing file, a directory or an unreadable one is refused before anything runs. */
async function openInput(path: string): Promise<NodeJS.ReadableStream> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new KgError(missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', missing ? 'no such file' : (e as Error).message, { subject: path });
  }
  if (info.isDirectory()) throw new KgError('INPUT_UNREADABLE', 'is a directory', { subject: path, hint: 'give a JSONL file, or pipe the records in' });
  const stream = createReadStream(path);
  await new Promise<void>((resolveOpen, reject) => {
    stream.once('open', () => resolveOpen());
    stream.once('error', (e: NodeJS.ErrnoException) => reject(new KgError('INPUT_UNREADABLE', e.message, { subject: path })));
  });
  return stream;
}

/** A batch waiting for more records is recognised once no line has come for this long (a person typing). */
const IDLE_MS = 20;

/**
 * Reads JSONL records and hands them on in batches of about EXTRACT_BATCH_CHARS characters, or sooner when the
 * input pauses or ends. A line that is not a record is an error naming it, after the records before it are out.
 */
function recognizeStream(stream: NodeJS.ReadableStream, where: string, recognize: (batch: { id?: string; text: string }[], firstIndex: number) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let batch: { id?: string; text: string }[] = [];
    let chars = 0;
    let records = 0;
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
      stream.removeAllListeners('data');
      if (error) reject(error);
      else resolve();
    };
    const lines = new Utf8Lines(where, (line, n) => {
      // A blank line is a record with no text: one output line per input line, numbered by its line.
      const record = line.trim() ? parseNerInput(line, `${where}:${n}`) : { text: '' };
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
    });
    stream.on('data', (chunk: Buffer | string) => {
      if (done) return;
      try {
        lines.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      } catch (e) {
        finish(e);
      }
    });
    stream.on('end', () => {
      try {
        lines.end();
        finish();
      } catch (e) {
        finish(e);
      }
    });
    stream.on('error', (e) => finish(e));
  });
}

/**
 * Splits bytes into lines (LF or CRLF) and decodes each as UTF-8, refusing bytes that are not UTF-8 (readline
 * would turn them into U+FFFD without a word) with an error naming the line; the lines before it are out by then.
 * A newline byte never occurs inside a UTF-8 character, so lines can be cut before decoding. A byte-order mark
 * before the first line is dropped.
 */
class Utf8Lines {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private parts: Buffer[] = [];
  private n = 0;

  constructor(
    private readonly where: string,
    private readonly onLine: (line: string, n: number) => void,
  ) {}

  push(chunk: Buffer): void {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      this.parts.push(chunk.subarray(from, nl));
      this.emit();
      from = nl + 1;
    }
    if (from < chunk.length) this.parts.push(chunk.subarray(from));
  }

  end(): void {
    if (this.parts.some((p) => p.length > 0)) this.emit();
  }

  private emit(): void {
    let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    this.parts = [];
    this.n++;
    if (this.n === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    let line: string;
    try {
      line = this.decoder.decode(bytes);
    } catch {
      throw new KgError('INPUT_ENCODING', 'not valid UTF-8', { subject: `${this.where}:${this.n}`, hint: 'save the records as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)' });
    }
    this.onLine(line, this.n);
  }
}
