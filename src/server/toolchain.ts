// Finds the Java runtime that runs the server and the Maven that resolves its jars, and says how to get them
// when they are missing: Neo4j 5.26 needs Java 17 or 21.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { KgError } from '../errors.js';

export const MIN_JAVA = 17;

const INSTALL_HINT =
  'Install Java 17 and Maven with `apt-get install -y openjdk-17-jre-headless maven` (Debian/Ubuntu), or run Neo4j in Docker ' +
  'with `docker compose up -d` (docker-compose.yml) and set NEO4J_PASSWORD.';

export interface JavaRuntime {
  command: string;
  major: number;
  version: string;
}

/** The java of JAVA_HOME if set, else the one on PATH; throws SERVER_SETUP unless it is Java 17 or newer. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const command = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const run = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new KgError('SERVER_SETUP', `no Java runtime found (tried ${command}); the local Neo4j needs Java ${MIN_JAVA}+`, {
      hint: INSTALL_HINT,
    });
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" before Java 9) on stderr.
  const version = /version "([^"]+)"/.exec(run.stderr)?.[1] ?? 'unknown';
  const parts = version.split('.');
  const major = Number(parts[0] === '1' ? parts[1] : parts[0]);
  if (!(major >= MIN_JAVA)) {
    throw new KgError('SERVER_SETUP', `Java ${version} found at ${command}; Neo4j 5.26 needs Java ${MIN_JAVA} or 21`, {
      hint: `${INSTALL_HINT} Set JAVA_HOME to pick a JDK other than the one on PATH.`,
    });
  }
  return { command, major, version };
}

/** Throws SERVER_SETUP unless `mvn` runs; needed only to resolve the server's jars the first time. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (run.error || run.status !== 0) {
    throw new KgError('SERVER_SETUP', 'Maven (mvn) not found; it downloads the Neo4j server jars from Maven Central once', {
      hint: INSTALL_HINT,
    });
  }
  return 'mvn';
}
