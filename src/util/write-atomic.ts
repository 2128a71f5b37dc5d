// One file written whole or not at all: to a temporary name (`NAME.<pid>.tmp`), then renamed into place; an
// interrupted run (SIGINT, SIGTERM) removes the temporary file. Apart from graph/write.ts (which re-exports it)
// so that commands writing one file (`kg ner -o`, `kg query -o`) do not load the graph's schemas to do so.
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { KgError } from '../errors.js';
import { onInterrupt } from './on-interrupt.js';

export const tempName = (path: string, pid = process.pid): string => `${path}.${pid}.tmp`;

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempName(path);
  const forget = onInterrupt(() => rmSync(tmp, { force: true }));
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new KgError('EXPORT_FAILED', `cannot write (${(e as Error).message})`, { subject: path, hint: 'check that the directory is writable' });
  } finally {
    forget();
  }
}
