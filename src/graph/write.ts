// Writing build output: graph.json (the contract) and articles.jsonl (clean text, for inspection). Every file is
// written to a temporary name (`NAME.<pid>.tmp`) and renamed into place, so a failed run leaves no half-written
// file; an interrupted one (SIGINT, SIGTERM) removes its temporary files. The outputs of one build change together
// or not at all: both are written first, then a journal naming the renames, then the renames; a build killed
// between the renames is completed by the next kg that writes or reads that directory.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, open, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import { KgError, isKgError } from '../errors.js';
import { onInterrupt } from '../util/on-interrupt.js';
import type { Graph } from '../../schema/model.js';
import { GRAPH_JSONL } from './jsonl.js';
import { tempName } from '../util/write-atomic.js';
import { rawRowOf, RowIndexRecorder, type PreviousLines, type RawRowAt, type RowIndex } from './reuse.js';

export { writeAtomic } from '../util/write-atomic.js';

/**
 * Makes a directory and its missing parents. Node's own `recursive` option loops for ever where mkdir answers
 * ENOENT for a parent that exists (under /proc), so each missing level is made in turn and the first failure
 * is reported.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if (!(await stat(d)).isDirectory()) throw new Error(`${d} is not a directory`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}

export interface WrittenFiles {
  graph: string;
  articles: string;
}

/** The journal of a commit in progress: which temporary file becomes which output, and whose they are. */
const JOURNAL = '.kg-build-commit.json';
const OUTPUT_NAMES = ['graph.json', GRAPH_JSONL, 'articles.jsonl', JOURNAL];

/**
 * `reused`: lines of articles.jsonl the build before wrote, for articles it read as this one did
 * (BuildCache.previousArticleLines): copied as they are, a run of lines that were neighbours there as one range.
 * `record`: the index of the rows and lines written (reuse.ts, RowIndex) is made as they are written, for the cache to
 * keep (the next build's reuse), and returned with the files.
 */
export async function writeBuildOutput(dir: string, graph: Graph, articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, reused?: PreviousLines, record = false): Promise<WrittenFiles & { index?: RowIndex }> {
  await prepareOutputDirectory(dir);
  const files = { graph: join(dir, 'graph.json'), articles: join(dir, 'articles.jsonl') };
  const recorder = record ? new RowIndexRecorder() : undefined;
  const lines = function* (): Generator<OutputPiece> {
    let pos = 0;
    let run: { at: RawRowAt; ids: string[]; froms: number[] } | undefined;
    const flush = function* (): Generator<OutputPiece> {
      if (!run) return;
      const start = run.froms[0]!;
      for (const [k, id] of run.ids.entries()) recorder?.line(id, pos + run.froms[k]! - start, pos + (run.froms[k + 1] ?? run.at.to) - start);
      pos += run.at.to - run.at.from;
      yield { range: run.at };
      run = undefined;
    };
    const check = process.env.KG_MEMO_CHECK === '1';
    for (const a of articles) {
      const at = reused?.get(a.id);
      // KG_MEMO_CHECK=1: a line taken must be, byte for byte, the line made again.
      if (at && check && at.file.read(at.from, at.to).toString('utf8') !== articleLine(a, mentions.get(a.id) ?? [])) throw new Error(`articles.jsonl: the line of article ${a.id} taken from the build before is not the line made again`);
      if (at) {
        if (run && run.at.file === at.file && at.from === run.at.to) {
          run.at = { ...run.at, to: at.to };
        } else {
          yield* flush();
          run = { at, ids: [], froms: [] };
        }
        run.ids.push(a.id);
        run.froms.push(at.from);
        continue;
      }
      yield* flush();
      const line = Buffer.from(articleLine(a, mentions.get(a.id) ?? []), 'utf8');
      recorder?.line(a.id, pos, pos + line.length);
      pos += line.length;
      yield line;
    }
    yield* flush();
    // An empty build's file is one line break, as it always was.
    if (articles.length === 0) yield '\n';
  };
  // A directory holds one graph: a streamed build's graph.jsonl goes when graph.json comes.
  await commitTogether(dir, [
    [files.articles, lines()],
    [files.graph, graphJsonChunks(graph, recorder)],
  ], [GRAPH_JSONL]);
  return { ...files, ...(recorder ? { index: recorder.index } : {}) };
}

/** Makes the output directory and finishes or clears what an earlier build killed there left (recoverBuildOutput). */
export async function prepareOutputDirectory(dir: string): Promise<void> {
  try {
    await makeDirectory(dir);
  } catch (e) {
    throw new KgError('EXPORT_FAILED', `cannot create the output directory (${(e as Error).message})`, { subject: dir, hint: 'give a directory you can write to with -o' });
  }
  recoverBuildOutput(dir);
}

/** An article's line of articles.jsonl: its metadata, clean text and mentions. */
export function articleLine(a: Article, mentions: readonly Mention[]): string {
  return (
    JSON.stringify({
      id: a.id,
      pageId: a.pageId,
      source: a.source,
      ordinal: a.ordinal,
      kind: a.kind,
      language: a.language,
      title: a.title,
      kicker: a.kicker,
      subtitle: a.subtitle,
      column: a.column,
      dateline: a.dateline,
      newspaper: a.newspaper,
      outlet: a.outlet,
      date: a.date,
      dateSource: a.dateSource,
      page: a.page,
      recordId: a.recordId,
      bylines: a.bylines,
      sourceSpan: a.sourceSpan,
      ...(a.parts ? { parts: a.parts } : {}),
      text: a.text,
      mentions: mentions.map((m) => ({ label: m.label, kind: m.kind, text: m.text, start: m.start, end: m.end, sourceStart: m.sourceStart, sourceEnd: m.sourceEnd, sentence: m.sentence, rule: m.rule, confidence: m.confidence })),
    }) + '\n'
  );
}

/**
 * graph.json's text, `JSON.stringify(graph, null, 1)` and a line break, fifty nodes or relationships at a time:
 * a large graph's file is longer than V8's longest string, and need not be held whole in memory to be written.
 * Rows reused from the build before are ranges of its file (reuse.ts). `recorder` is told where each row lies.
 */
export function* graphJsonChunks(graph: Graph, recorder?: RowIndexRecorder): Generator<OutputPiece> {
  const entries = Object.entries(graph).filter(([, v]) => v !== undefined);
  const at = { pos: 0 };
  const text = (s: string): string => {
    if (recorder) at.pos += Buffer.byteLength(s, 'utf8');
    return s;
  };
  yield text('{');
  for (const [i, [key, value]] of entries.entries()) {
    yield text(`${i ? ',' : ''}\n ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length) {
      yield* rowsText(key, value as GraphRow[], at, recorder);
      yield text('\n ]');
    } else yield text(JSON.stringify(value, null, 1).replaceAll('\n', '\n '));
  }
  yield text(entries.length ? '\n}\n' : '}\n');
}

type GraphRow = { id: string; labels?: string[] };

/** How a row opens in graph.json: its line `  {`, then the line of its id (JSON puts no line break in a string). */
const ROW_OPEN = Buffer.from('\n  {\n   "id": ');

/**
 * The rows of graph.json's array `key`, from its `[` to its last row: rows made by this build fifty at a time,
 * stringified inside an object as graph.json nests them, so each comes out with the indentation of depth 2 without
 * being re-indented, and the slice's text is taken from between the brackets; rows reused from the build before
 * (reuse.ts) as ranges of the file it wrote, a run of rows that were neighbours there (`,` and a line break between
 * them, as here) as one range. `at.pos` is the bytes written before; `recorder` is told where each row lies.
 */
function* rowsText(key: string, rows: readonly GraphRow[], at: { pos: number }, recorder: RowIndexRecorder | undefined): Generator<OutputPiece> {
  const nodes = key === 'nodes';
  const record = (row: GraphRow, from: number, to: number): void => {
    if (nodes) recorder!.node(row as { id: string; labels: string[] }, from, to);
    else recorder!.relationship(row.id, from, to);
  };
  let first = true;
  const separator = (): string => {
    const s = first ? '[' : ',';
    first = false;
    return s;
  };
  let fresh: GraphRow[] = [];
  let run: { at: RawRowAt; rows: GraphRow[]; froms: number[] } | undefined;
  function* flushFresh(): Generator<Buffer> {
    if (!fresh.length) return;
    const text = JSON.stringify({ [key]: fresh }, null, 1);
    const bytes = Buffer.from(separator() + text.slice(text.indexOf('[') + 1, -'\n ]\n}'.length), 'utf8');
    if (recorder) {
      // Where each row of the piece lies: from its `{` to its `}`, the byte before the next row's opening `,`.
      let k = 0;
      let open = bytes.indexOf(ROW_OPEN);
      while (open >= 0 && k < fresh.length) {
        const next = bytes.indexOf(ROW_OPEN, open + ROW_OPEN.length);
        const end = next >= 0 ? next - 1 : bytes.length;
        if (bytes[end - 1] !== 0x7d) throw new Error('graph.json: a row not laid out as written');
        record(fresh[k++]!, at.pos + open + 3, at.pos + end);
        open = next;
      }
      if (k !== fresh.length || open >= 0) throw new Error('graph.json: rows not laid out as written');
    }
    at.pos += bytes.length;
    yield bytes;
    fresh = [];
  }
  function* flushRun(): Generator<OutputPiece> {
    if (!run) return;
    const head = Buffer.from(separator() + '\n  ', 'latin1');
    at.pos += head.length;
    yield head;
    if (recorder) {
      const start = run.froms[0]!;
      for (const [k, row] of run.rows.entries()) record(row, at.pos + run.froms[k]! - start, at.pos + (k + 1 < run.rows.length ? run.froms[k + 1]! - 4 : run.at.to) - start);
    }
    at.pos += run.at.to - run.at.from;
    yield { range: run.at };
    run = undefined;
  }
  for (const row of rows) {
    const old = rawRowOf(row);
    if (old) {
      yield* flushFresh();
      // The next row of the old file: after `}`, its `,`, a line break and two spaces.
      if (run && run.at.file === old.file && old.from === run.at.to + 4) run.at = { ...run.at, to: old.to };
      else {
        yield* flushRun();
        run = { at: old, rows: [], froms: [] };
      }
      run.rows.push(row);
      run.froms.push(old.from);
    } else {
      yield* flushRun();
      fresh.push(row);
      if (fresh.length >= ROWS_PER_CHUNK) yield* flushFresh();
    }
  }
  yield* flushFresh();
  yield* flushRun();
}

/** Nodes or relationships stringified at once when graph.json is written. */
const ROWS_PER_CHUNK = 50;

/**
 * Text goes to the file in pieces of about this many characters: a piece this small is made and dropped in V8's
 * young generation, where garbage costs nothing; megabyte pieces went to the old generation and grew the heap by
 * a quarter of graph.json's size before a full collection took them back.
 */
const WRITE_CHUNK_CHARS = 1 << 15;

/** A piece of an output: text, bytes, or a range of a file of the build before copied as it is (reuse.ts). */
export type OutputPiece = string | Buffer | { range: RawRowAt };

/** A range of an old file goes through two buffers of this size: one is read while the other is written. */
const COPY_BYTES = 1 << 20;

async function writeChunks(path: string, chunks: Iterable<OutputPiece> | AsyncIterable<OutputPiece>): Promise<void> {
  const file = await open(path, 'w');
  // One piece is written while the next is made: waiting for each write left this thread idle for a tenth of the
  // time graph.json took (the year's rebuild, bench/RESULTS.md). One write at a time, so the pieces keep their order.
  let writing: Promise<unknown> = Promise.resolve();
  const writeAll = async (b: Buffer): Promise<void> => {
    for (let at = 0; at < b.length; ) at += (await file.write(b, at, b.length - at)).bytesWritten;
  };
  const write = async (piece: string | Buffer): Promise<void> => {
    await writing;
    writing = typeof piece === 'string' ? file.write(piece) : writeAll(piece);
    // Told when it is next waited for; not an unhandled rejection if the pieces fail first.
    writing.catch(() => {});
  };
  let buffers: Buffer[] | undefined;
  let turn = 0;
  /** A range of an old file, read a buffer at a time (a buffer is read again only once its write is done). */
  const copy = async ({ file: old, from, to }: RawRowAt): Promise<void> => {
    buffers ??= [Buffer.allocUnsafe(COPY_BYTES), Buffer.allocUnsafe(COPY_BYTES)];
    for (let at = from; at < to; at += COPY_BYTES) {
      const buffer = buffers[turn++ % 2]!;
      // The write before the last one used this buffer: it is done, as write() waits for the one in flight.
      const piece = old.read(at, Math.min(to, at + COPY_BYTES), buffer);
      await write(piece);
    }
  };
  try {
    let pending: Array<string | Buffer> = [];
    let bytes = false;
    let size = 0;
    const flush = async (): Promise<void> => {
      if (!pending.length) return;
      await write(bytes ? Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))) : (pending as string[]).join(''));
      pending = [];
      bytes = false;
      size = 0;
    };
    for await (const chunk of chunks) {
      if (typeof chunk === 'object' && !Buffer.isBuffer(chunk)) {
        await flush();
        await copy(chunk.range);
        continue;
      }
      pending.push(chunk);
      if (typeof chunk !== 'string') bytes = true;
      size += chunk.length;
      if (size >= WRITE_CHUNK_CHARS) await flush();
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => {});
    await file.close();
  }
}

/** An output's text, in pieces, or a file already written that becomes it (moved to its temporary name first). */
export type OutputContent = Iterable<OutputPiece> | AsyncIterable<OutputPiece> | { file: string };

/**
 * Writes every file to its temporary name, then renames them all and removes the outputs named in `remove` (those
 * of another kind of build: a directory holds one graph), under a journal (see the file's header).
 */
export async function commitTogether(dir: string, outputs: ReadonlyArray<readonly [path: string, content: OutputContent]>, remove: readonly string[] = []): Promise<void> {
  const renames = outputs.map(([path]) => [tempName(path), path] as const);
  const journal = join(dir, JOURNAL);
  let committing = false;
  const removeTemporaries = (): void => {
    for (const [tmp] of renames) rmSync(tmp, { force: true });
    rmSync(tempName(journal), { force: true });
  };
  // Interrupted before the journal is in place, the earlier outputs stay; after, the commit is finished.
  const forget = onInterrupt(() => (committing ? finishCommit(dir) : removeTemporaries()));
  try {
    for (const [i, [, content]] of outputs.entries()) {
      if ('file' in content) await rename(content.file, renames[i]![0]);
      else await writeChunks(renames[i]![0], content);
    }
    const entries = renames.map(([tmp, path]) => [basename(tmp), basename(path)]);
    await writeFile(tempName(journal), JSON.stringify({ pid: process.pid, renames: entries, remove }));
    await rename(tempName(journal), journal);
    committing = true;
    finishCommit(dir);
  } catch (e) {
    if (!committing) removeTemporaries();
    // A graph found wrong while it is written (a streamed build checks its rows as they go) is told as it is.
    if (isKgError(e)) throw e;
    throw new KgError('EXPORT_FAILED', `cannot write the build output (${(e as Error).message})`, { subject: dir, hint: 'check that the directory is writable and has room' });
  } finally {
    forget();
  }
}

/** Carries out the renames a journal names (those not done yet) and removes it. Synchronous: nothing can come between. */
function finishCommit(dir: string): void {
  const journal = join(dir, JOURNAL);
  if (!existsSync(journal)) return;
  const { renames, remove = [] } = JSON.parse(readFileSync(journal, 'utf8')) as { renames: Array<[string, string]>; remove?: string[] };
  for (const [tmp, name] of renames) if (existsSync(join(dir, tmp))) renameSync(join(dir, tmp), join(dir, name));
  for (const name of remove) rmSync(join(dir, name), { force: true });
  rmSync(journal, { force: true });
}

/**
 * What a build killed outright (SIGKILL, a crash) may have left in `dir`: a commit half done is finished, and
 * the temporary files of processes that are gone are removed. Readers of graph.json call this too.
 */
export function recoverBuildOutput(dir: string): void {
  const journal = join(dir, JOURNAL);
  if (existsSync(journal)) {
    const { pid } = JSON.parse(readFileSync(journal, 'utf8')) as { pid: number };
    if (!isAlive(pid)) finishCommit(dir);
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(.*)\.(\d+)\.tmp$/.exec(name);
    if (m && OUTPUT_NAMES.includes(m[1]!) && !isAlive(Number(m[2]))) rmSync(join(dir, name), { force: true });
    // A streamed build's working files (stream-write.ts), left by a process that is gone.
    const work = /^\.kg-stream\.(\d+)$/.exec(name);
    if (work && !isAlive(Number(work[1]))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
