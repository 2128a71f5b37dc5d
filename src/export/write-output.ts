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

export interface Written {
  /** Where it went: a file or a directory. */
  path: string;
  files: number;
  bytes: number;
}

export async function writeArtifact(artifact: ExportArtifact, path: string): Promise<Written> {
  if (artifact.kind === 'file') {
    if ((await kindOf(path)) === 'directory') throw new KgError('EXPORT_FAILED', 'is a directory', { subject: path, hint: 'give a file name with --out' });
    await makeParent(path);
    await writeAtomic(path, artifact.text);
    return { path, files: 1, bytes: Buffer.byteLength(artifact.text) };
  }
  const existing = await kindOf(path);
  if (existing === 'file') throw new KgError('EXPORT_FAILED', 'exists and is a file, but this format writes a directory', { subject: path, hint: 'give a directory name with --out' });
  if (existing === 'directory') {
    const entries = await readdir(path);
    if (entries.length > 0 && !entries.includes(artifact.marker)) {
      throw new KgError('EXPORT_FAILED', `exists and was not written by kg export (it has no ${artifact.marker})`, { subject: path, hint: 'choose another --out, or remove the directory' });
    }
  }
  await makeParent(path);
  const tmp = `${path}.${process.pid}.tmp`;
  const old = `${path}.${process.pid}.old`;
  let bytes = 0;
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
    for (const [name, text] of artifact.files) {
      await writeFile(join(tmp, name), text);
      bytes += Buffer.byteLength(text);
    }
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
    throw new KgError('EXPORT_FAILED', `cannot write (${(e as Error).message})`, { subject: path, hint: 'check that the directory is writable' });
  } finally {
    forget();
  }
  return { path, files: artifact.files.size, bytes };
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
