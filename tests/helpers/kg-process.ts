// Running `kg` as a real process, with optional stdin, collecting stdout, stderr and the exit code.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';

const KG = join(PROJECT_ROOT, 'bin', 'kg.js');

export interface KgRun {
  stdout: string;
  stderr: string;
  code: number;
}

export function kg(args: string[], options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd: options.cwd ?? PROJECT_ROOT, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    // Decoded by the stream, which holds back a character split across two chunks (d.toString() on each chunk
    // turned the halves of a Chinese character into U+FFFD).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (stdout += d));
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(options.stdin ?? '');
  });
}
