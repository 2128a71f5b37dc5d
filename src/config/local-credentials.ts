// The credentials file of the local server: KEY=VALUE lines (NEO4J_USER, NEO4J_PASSWORD) that a shell can
// `source`, written with mode 600 because it holds the generated password in clear.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { KgError } from '../errors.js';

export interface Credentials {
  user: string;
  password: string;
}

export function readCredentials(file: string): Credentials | undefined {
  if (!existsSync(file)) return undefined;
  const values = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!.trim());
  }
  const user = values.get('NEO4J_USER');
  const password = values.get('NEO4J_PASSWORD');
  if (!user || !password) {
    throw new KgError('CONFIG_INVALID', 'the credentials file lacks NEO4J_USER or NEO4J_PASSWORD', {
      subject: file,
      hint: 'Restore the file, or set NEO4J_PASSWORD to the password the local server was initialised with.',
    });
  }
  return { user, password };
}

export function writeCredentials(file: string, credentials: Credentials): void {
  const text = [
    '# Credentials of the local Neo4j server that kg manages in .neo4j/ (generated on its first start).',
    '# Keep this file private; use these values to log in to Neo4j Browser at /browser/.',
    `NEO4J_USER=${credentials.user}`,
    `NEO4J_PASSWORD=${credentials.password}`,
    '',
  ].join('\n');
  writeFileSync(file, text, { mode: 0o600 });
  // writeFileSync applies the mode only when it creates the file.
  chmodSync(file, 0o600);
}
