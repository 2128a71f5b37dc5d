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
import { rawRowOf, type RawRowAt } from './reuse.js';

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
 * `lines`: lines of articles.jsonl the build before wrote, by article id, for articles it read as this one did
 * (BuildCache.previousArticleLines): written as they are, a run of lines that were neighbours there as one piece.
 */
export async function writeBuildOutput(dir: string, graph: Graph, articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, reused?: ReadonlyMap<string, Buffer>): Promise<WrittenFiles> {
  await prepareOutputDirectory(dir);
  const files = { graph: join(dir, 'graph.json'), articles: join(dir, 'articles.jsonl') };
  const lines = function* (): Generator<string | Buffer> {
    let run: Buffer | undefined;
    for (const a of articles) {
      const line = reused?.get(a.id);
      if (line && run && line.buffer === run.buffer && line.byteOffset === run.byteOffset + run.length) {
        run = Buffer.from(run.buffer, run.byteOffset, run.length + line.length);
        continue;
      }
      if (run) yield run;
      run = line;
      if (!line) yield articleLine(a, mentions.get(a.id) ?? []);
    }
    if (run) yield run;
    // An empty build's file is one line break, as it always was.
    if (articles.length === 0) yield '\n';
  };
  // A directory holds one graph: a streamed build's graph.jsonl goes when graph.json comes.
  await commitTogether(dir, [
    [files.articles, lines()],
    [files.graph, graphJsonChunks(graph)],
  ], [GRAPH_JSONL]);
  return files;
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
 */
export function* graphJsonChunks(graph: Graph): Generator<string | Buffer> {
  const entries = Object.entries(graph).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}\n ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      yield* rowsText(key, value as object[]);
      yield '\n ]';
    } else yield JSON.stringify(value, null, 1).replaceAll('\n', '\n ');
  }
  yield entries.length ? '\n}\n' : '}\n';
}

/**
 * The rows of graph.json's array `key`, from its `[` to its last row: rows made by this build fifty at a time,
 * stringified inside an object as graph.json nests them, so each comes out with the indentation of depth 2 without
 * being re-indented, and the slice's text is taken from between the brackets; rows reused from the build before
 * (reuse.ts) as the bytes it wrote, a run of rows that were neighbours there (`,` and a line break between them, as
 * here) as one piece.
 */
function* rowsText(key: string, rows: readonly object[]): Generator<string | Buffer> {
  let first = true;
  const separator = (): string => {
    const s = first ? '[' : ',';
    first = false;
    return s;
  };
  let fresh: object[] = [];
  let run: { at: RawRowAt; from: number; to: number; last: number } | undefined;
  function* flushFresh(): Generator<string> {
    if (!fresh.length) return;
    const text = JSON.stringify({ [key]: fresh }, null, 1);
    yield separator() + text.slice(text.indexOf('[') + 1, -'\n ]\n}'.length);
    fresh = [];
  }
  function* flushRun(): Generator<string | Buffer> {
    if (!run) return;
    yield separator() + '\n  ';
    yield run.at.src.bytes.subarray(run.from, run.to);
    run = undefined;
  }
  for (const row of rows) {
    const at = rawRowOf(row);
    if (at) {
      yield* flushFresh();
      if (run && run.at.src === at.src && at.i === run.last + 1) {
        run.to = at.src.to[at.i]!;
        run.last = at.i;
      } else {
        yield* flushRun();
        run = { at, from: at.src.from[at.i]!, to: at.src.to[at.i]!, last: at.i };
      }
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

async function writeChunks(path: string, chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
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
  try {
    let pending: Array<string | Buffer> = [];
    let bytes = false;
    let size = 0;
    const flush = async (): Promise<void> => {
      await write(bytes ? Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))) : (pending as string[]).join(''));
      pending = [];
      bytes = false;
      size = 0;
    };
    for await (const chunk of chunks) {
      // Bytes of the build before (graph/reuse.ts): a large piece is written as it is, not copied.
      if (typeof chunk !== 'string' && chunk.length >= WRITE_CHUNK_CHARS) {
        if (pending.length) await flush();
        await write(chunk);
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
export type OutputContent = Iterable<string | Buffer> | AsyncIterable<string | Buffer> | { file: string };

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
