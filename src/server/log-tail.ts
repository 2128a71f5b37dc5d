// The last lines of a log file, quoted in errors so a failed start or download explains itself.
import { existsSync, readFileSync } from 'node:fs';

export function readLogTail(file: string, lines: number): string {
  if (!existsSync(file)) return `(no log at ${file})`;
  const all = readFileSync(file, 'utf8').trimEnd().split('\n');
  return all.slice(-lines).map((line) => `  | ${line}`).join('\n');
}
