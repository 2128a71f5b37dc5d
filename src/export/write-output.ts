// Writing an export where the user asked, never half-written: a file goes to a temporary name and is renamed
// into place; a directory (CSV) is filled under a temporary name and swapped in whole. An existing directory is
// replaced only if an earlier export wrote it (its marker file is there), so a mistyped --out cannot wipe
// someone's folder.
import { renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, stat, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KgError } from '../errors.js';
import { makeDirectory, writeAtomic } from '../graph/write.js';
import { onInterrupt } from '../util/on-interrupt.js';
import type { ExportArtifact } from './index.js';
import { FileSink } from './stream.js';

export interface Written {
  /** Where it went: a file or a directory. */
  path: string;
  files: number;
  bytes: number;
}

export async function writeArtifact(artifact: ExportArtifact, path: string): Promise<Written> {
  if (artifact.kind === 'file') {
    await fileTarget(path);
    await writeAtomic(path, artifact.text);
    return { path, files: 1, bytes: Buffer.byteLength(artifact.text) };
  }
  return writeDirectory(path, artifact.marker, async (tmp) => {
    let bytes = 0;
    for (const [name, text] of artifact.files) {
      await writeFile(join(tmp, name), text);
      bytes += Buffer.byteLength(text);
    }
    return { files: artifact.files.size, bytes };
  });
}

/** Checks that `path` can take a file (it is not a directory) and makes its directory. */
async function fileTarget(path: string): Promise<void> {
  if ((await kindOf(path)) === 'directory') throw new KgError('EXPORT_FAILED', 'is a directory', { subject: path, hint: 'give a file name with --out' });
  await makeParent(path);
}

/**
 * A file written piece by piece by `fill` (a streamed export), under a temporary name renamed into place once
 * it is whole; a failure or an interruption leaves no file, and any earlier one as it was.
 */
export async function writeFileStreamed(path: string, fill: (sink: FileSink) => Promise<void>): Promise<Written> {
  await fileTarget(path);
  const tmp = `${path}.${process.pid}.tmp`;
  const forget = onInterrupt(() => rmSync(tmp, { force: true }));
  try {
    const sink = new FileSink(tmp);
    try {
      await fill(sink);
    } finally {
      await sink.close();
    }
    await rename(tmp, path);
    return { path, files: 1, bytes: sink.bytes };
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    forget();
  }
}

/**
 * A directory filled by `fill` under a temporary name and swapped in whole. An existing directory is replaced only
 * if an earlier export wrote it (it holds `marker`).
 */
export async function writeDirectory(path: string, marker: string, fill: (tmp: string) => Promise<{ files: number; bytes: number }>): Promise<Written> {
  const existing = await kindOf(path);
  if (existing === 'file') throw new KgError('EXPORT_FAILED', 'exists and is a file, but this format writes a directory', { subject: path, hint: 'give a directory name with --out' });
  if (existing === 'directory') {
    const entries = await readdir(path);
    if (entries.length > 0 && !entries.includes(marker)) {
      throw new KgError('EXPORT_FAILED', `exists and was not written by kg export (it has no ${marker})`, { subject: path, hint: 'choose another --out, or remove the directory' });
    }
  }
  await makeParent(path);
  const tmp = `${path}.${process.pid}.tmp`;
  const old = `${path}.${process.pid}.old`;
  let written = { files: 0, bytes: 0 };
  let movedAside = false;
  let swapped = false;
  // Interrupted before the swap, the half-filled directory goes and an earlier export moved aside comes back;
  // after it, the earlier export goes.
  const forget = onInterrupt(() => {
    rmSync(swapped ? old : tmp, { recursive: true, force: true });
    if (movedAside && !swapped) renameSync(old, path);
  });
  try {
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    written = await fill(tmp);
    if (existing === 'directory') {
      await rename(path, old);
      movedAside = true;
    }
    await rename(tmp, path);
    swapped = true;
    await rm(old, { recursive: true, force: true });
  } catch (e) {
    if (swapped) throw new KgError('EXPORT_FAILED', `was written, but the earlier export could not be removed from ${old} (${(e as Error).message})`, { subject: path });
    // Put the earlier export back if it was moved aside and the new one could not take its place.
    if (movedAside) await rename(old, path).catch(() => {});
    await rm(tmp, { recursive: true, force: true });
    if (e instanceof KgError) throw e;
    throw new KgError('EXPORT_FAILED', `cannot write (${(e as Error).message})`, { subject: path, hint: 'check that the directory is writable' });
  } finally {
    forget();
  }
  return { path, ...written };
}

async function kindOf(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}

async function makeParent(path: string): Promise<void> {
  try {
    await makeDirectory(dirname(path));
  } catch (e) {
    throw new KgError('EXPORT_FAILED', `cannot create the output directory (${(e as Error).message})`, { subject: dirname(path), hint: 'check the path and its permissions' });
  }
}
