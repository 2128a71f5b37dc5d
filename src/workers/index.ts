// Parallel extraction: the build's pages, in groups of whole pages, shared between the main thread and worker
// threads, each with its own extraction resources. The workers start before segmentation and take groups as the
// main thread segments them (submit); once it has segmented every page the main thread reads the groups no worker
// has taken yet (drain). Extraction is a function of a page's articles alone (consistency stays within a page), so
// which thread reads a page does not change its mentions: the graph is byte-identical to an in-process build's.
// Resolution, which needs every page, stays on the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import { KgError } from '../errors.js';
import { EXTRACT_BATCH_CHARS, extractArticles, type ExtractResources } from '../extract/index.js';
import type { Mention } from '../extract/mention.js';
import { batchBySize } from '../util/batches.js';
import { groupBy } from '../util/group-by.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';

/**
 * Below this many characters of pages to read (not taken from the cache) a build extracts in-process: a thread
 * spends seconds loading its gazetteer and dictionaries (bench/archive.ts), more than it would save on a few
 * hundred articles.
 */
export const PARALLEL_MIN_CHARS = 1_000_000;
/** Groups handed to a thread at a time, whole pages of about this many characters. */
const GROUP_CHARS = EXTRACT_BATCH_CHARS;
/** Groups a ready worker holds at once, so it has the next while its answer travels back. */
const IN_FLIGHT = 2;

/** The default number of extracting threads: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** How a build shares its extraction out; the defaults are what `kg build` uses, the rest is for tests and benchmarks. */
export interface ParallelTuning {
  /** Builds with fewer characters extract in-process (default PARALLEL_MIN_CHARS). */
  minChars?: number;
  /** Characters of whole pages per group handed out (default EXTRACT_BATCH_CHARS). */
  groupChars?: number;
  /** The main thread reads no group itself, and every thread asked for is a worker. */
  workersOnly?: boolean;
}

/** Threads that will extract `chars` characters when `requested` are allowed (the main thread counts as one). */
export function extractionThreads(requested: number, chars: number, tuning: ParallelTuning = {}): number {
  return chars < (tuning.minChars ?? PARALLEL_MIN_CHARS) ? 1 : Math.max(1, Math.floor(requested));
}

/** Consecutive whole pages of about `chars` characters. */
export function pageGroups(articles: readonly Article[], chars: number = GROUP_CHARS): Article[][] {
  const pages = [...groupBy(articles, (a) => a.pageId).values()];
  return batchBySize(pages, (p) => p.reduce((n, a) => n + a.text.length, 0), chars).map((b) => b.flat());
}

/**
 * Worker threads for one build, started before the main thread loads its own resources so that both load
 * at once. `threads` counts the main thread: 2 starts one worker.
 */
export class ExtractPool {
  private readonly workers: Worker[];
  private readonly ready: Array<Promise<boolean>>;
  /** A failure before or between builds' groups (a thread that could not load), told to the next extract. */
  private early: Error | undefined;
  /** Groups handed in and not yet sent to a thread; groups each worker holds; mentions found so far. */
  private readonly queue: Article[][] = [];
  private readonly held: number[];
  private found = new Map<string, Mention[]>();
  private submitted = 0;
  private done = 0;
  private failure: Error | undefined;
  private onGroup: (articles: number) => void = () => {};
  /** Wakes drain() when the last group is answered or a thread fails. */
  private wake: (() => void) | undefined;
  private readonly detach: Array<() => void>;

  constructor(threads: number, resources: WorkerSetup, private readonly tuning: ParallelTuning = {}) {
    const setup: WorkerSetup = { ...resources, homeAreas: [...resources.homeAreas] };
    this.workers = Array.from({ length: Math.max(0, tuning.workersOnly ? threads : threads - 1) }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: setup }));
    this.held = this.workers.map(() => 0);
    // Listeners from the start: a ready message or an error may come while the main thread is still busy.
    this.ready = this.workers.map((w) => new Promise<boolean>((resolve) => {
      w.once('message', () => resolve(true));
      w.once('exit', () => resolve(false));
      w.on('error', (e) => {
        this.early ??= new KgError('STAGE_FAILED', `an extraction worker thread failed: ${e.message}`, { cause: e });
        resolve(false);
      });
    }));
    this.detach = this.workers.map((w, i) => {
      const onMessage = (m: FromWorker): void => {
        if ('ready' in m) return;
        this.held[i]!--;
        if ('error' in m) {
          this.failure ??= new KgError(m.error.code ?? 'STAGE_FAILED', `extraction in a worker thread failed: ${m.error.message}`, { cause: m.error.stack });
        } else {
          for (const [id, mentions] of m.mentions) this.found.set(id, mentions);
          this.done++;
          this.onGroup(m.size);
          this.send(i);
        }
        this.check();
      };
      const onExit = (code: number): void => {
        this.failure ??= new KgError('STAGE_FAILED', `an extraction worker thread stopped (exit code ${code}) before its pages were read`);
        this.check();
      };
      w.on('message', onMessage).on('exit', onExit);
      void this.ready[i]!.then((ok) => (ok ? this.send(i) : this.check()));
      return () => void w.off('message', onMessage).off('exit', onExit);
    });
  }

  /**
   * Hands the pool a group of whole pages to extract; a ready worker takes it at once. The caller, busy with other
   * work meanwhile (segmenting the next pages), should let the event loop run now and then, for the answers.
   */
  submit(group: Article[]): void {
    if (group.length === 0) return;
    this.queue.push(group);
    this.submitted++;
    this.workers.forEach((_, i) => this.send(i));
  }

  /**
   * Mentions of every article of the groups submitted since the last drain (by article id). The main thread reads
   * the groups no worker has taken (with `res`), between them letting the workers' answers in; `onGroup` is told
   * how many articles each finished group held. A build that streams its pages drains once a batch; the threads stay.
   */
  async drain(res: ExtractResources, onGroup: (articles: number) => void = () => {}): Promise<Map<string, Mention[]>> {
    this.onGroup = onGroup;
    const finished = new Promise<void>((resolve) => (this.wake = resolve));
    while (!this.tuning.workersOnly && !this.failure && this.queue.length) {
      const group = this.queue.shift()!;
      for (const [id, mentions] of extractArticles(group, res)) this.found.set(id, mentions);
      this.done++;
      onGroup(group.length);
      // Let the workers' answers (and their requests for more) in before the next group.
      await new Promise((resolve) => setImmediate(resolve));
      this.failure ??= this.early;
    }
    this.check();
    await finished;
    this.wake = undefined;
    if (this.failure) throw this.failure;
    const found = this.found;
    this.found = new Map();
    return found;
  }

  async close(): Promise<void> {
    for (const off of this.detach.splice(0)) off();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Sends worker `i` groups from the queue while it is ready and holds fewer than IN_FLIGHT. */
  private send(i: number): void {
    void this.ready[i]!.then((ok) => {
      while (ok && !this.failure && this.queue.length && this.held[i]! < IN_FLIGHT) {
        const articles = this.queue.shift()!;
        this.held[i]!++;
        this.workers[i]!.postMessage({ articles } satisfies ToWorker);
      }
    });
  }

  private check(): void {
    this.failure ??= this.early;
    if (this.failure || (this.done === this.submitted && this.queue.length === 0)) this.wake?.();
  }
}
