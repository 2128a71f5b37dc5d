// One extraction thread: loads the extraction resources for the build's home areas once, then answers each
// group of whole pages it is sent with their mentions (src/extract's extractArticles, unchanged).
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../document/types.js';
import { isKgError } from '../errors.js';
import { extractArticles, loadExtractResources } from '../extract/index.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
// Loaded before the first group is asked for: the main thread sends work only to a thread that is ready, so a
// thread still loading never holds pages the main thread could have read meanwhile.
const res = loadExtractResources(setup);
port.postMessage({ ready: true } satisfies FromWorker);

port.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { size: message.articles.length, mentions: [...extractArticles(message.articles as Article[], res)] };
  } catch (e) {
    const err = e as Error;
    reply = { error: { message: err.message, stack: err.stack ?? '', ...(isKgError(e) ? { code: e.code } : {}) } };
  }
  port.postMessage(reply);
});
