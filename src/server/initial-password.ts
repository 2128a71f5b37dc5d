// The password of the local server's `neo4j` user. Neo4j takes an initial password only before its first start
// (it is then copied into the system database), through `neo4j-admin dbms set-initial-password`; the jars on
// our classpath carry that tool as org.neo4j.cli.AdminTool, which writes data/dbms/auth.ini.
// The password never goes on the tool's command line, where `ps` shows it to every user of the machine: it goes
// in an argument file that only we can read (picocli, the tool's parser, expands `@file` into the arguments in
// it), removed as soon as the tool has run.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  // mkdtemp makes the directory 0700, and the file is created 0600 inside it.
  const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-admin-'));
  const argfile = join(dir, 'password');
  let run;
  try {
    // `--` first: a password may start with '-' (a generated one does, one time in 64), which picocli would take for
    // an option and then miss the password.
    writeFileSync(argfile, `--\n${picocliQuoted(password)}\n`, { mode: 0o600 });
    run = spawnSync(
      java.command,
      ['-Dfile.encoding=UTF-8', '-cp', join(paths.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argfile}`],
      { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf } },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (run.error || run.status !== 0) {
    throw new KgError('SERVER_SETUP', `setting the initial password failed: ${(run.stderr || run.stdout || String(run.error)).trim()}`, {
      subject: paths.home,
    });
  }
}

/** One argument of a picocli argument file: double-quoted, so spaces and `#` are kept, with `\\` and `"` escaped. */
function picocliQuoted(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
