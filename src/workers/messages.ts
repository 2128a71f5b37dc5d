// What the main thread and the extraction threads say to each other (structured-cloned, so plain data only).
import type { Article } from '../document/types.js';
import type { KgErrorCode } from '../errors.js';
import type { Engine } from '../extract/index.js';
import type { Mention } from '../extract/mention.js';

/** What each thread loads its extraction resources with (as loadExtractResources takes them). */
export interface WorkerSetup {
  homeAreas: readonly string[];
  engine?: Engine;
}

/** A group of whole pages to extract. */
export interface ToWorker {
  articles: readonly Article[];
}

export type FromWorker =
  | { ready: true }
  /** A group's mentions by article id; `size`, its number of articles. */
  | { size: number; mentions: Array<[string, Mention[]]> }
  | { error: { message: string; stack: string; code?: KgErrorCode } };
