// The package version, read once from package.json next to the sources.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function readPackageVersion(): string {
  const path = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
