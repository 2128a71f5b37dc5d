// The password of the local server's `neo4j` user. Neo4j takes an initial password only before its first start
// (it is then copied into the system database), through `neo4j-admin dbms set-initial-password`; the jars on
// our classpath carry that tool as org.neo4j.cli.AdminTool, which writes data/dbms/auth.ini.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import type { ServerPaths } from './server-paths.js';
import type { JavaRuntime } from './toolchain.js';

/** Neo4j 5 refuses shorter passwords (dbms.security.auth_minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 8;

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export function setInitialPassword(paths: ServerPaths, java: JavaRuntime, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new KgError('CONFIG_INVALID', `the initial password must have at least ${MIN_PASSWORD_LENGTH} characters`, {
      subject: 'NEO4J_PASSWORD',
      hint: 'Choose a longer NEO4J_PASSWORD, or unset it to have kg generate one into .neo4j/credentials.',
    });
  }
  const run = spawnSync(
    java.command,
    ['-cp', join(paths.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf } },
  );
  if (run.error || run.status !== 0) {
    throw new KgError('SERVER_SETUP', `setting the initial password failed: ${(run.stderr || run.stdout || String(run.error)).trim()}`, {
      subject: paths.home,
    });
  }
}
