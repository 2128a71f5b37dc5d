// Resolves the server's jars from Maven Central once: neo4j/pom.xml lists the server, the Browser and APOC, and
// Maven copies them into .neo4j/lib and .neo4j/plugins. A marker holding the pom's hash makes later starts skip
// Maven entirely, and a changed pom (a new Neo4j version) triggers a fresh, clean resolution.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { readLogTail } from './log-tail.js';
import { ignoreProgress, type OnServerProgress } from './progress.js';
import type { ServerPaths } from './server-paths.js';
import { findMaven } from './toolchain.js';

export interface ServerVersions {
  neo4j: string;
  apoc: string;
  browser: string;
}

export interface InstallResult {
  /** False when the jars were already in place and Maven was not run. */
  resolved: boolean;
  versions: ServerVersions;
  jarCount: number;
  bytes: number;
  elapsedMs: number;
}

export function serverJarsInstalled(paths: ServerPaths): boolean {
  return existsSync(paths.installMarker) && readFileSync(paths.installMarker, 'utf8').trim() === pomHash(paths);
}

/** The versions the pom pins, for messages and status. */
export function pinnedVersions(paths: ServerPaths): ServerVersions {
  const pom = readFileSync(paths.pom, 'utf8');
  const property = (name: string): string => new RegExp(`<${name}>([^<]+)</${name}>`).exec(pom)?.[1] ?? 'unknown';
  return { neo4j: property('neo4j.version'), apoc: property('apoc.version'), browser: property('neo4j-browser.version') };
}

export async function installServerJars(paths: ServerPaths, onProgress: OnServerProgress = ignoreProgress): Promise<InstallResult> {
  const versions = pinnedVersions(paths);
  const started = Date.now();
  if (serverJarsInstalled(paths)) {
    return { resolved: false, versions, ...jarTotals(paths), elapsedMs: Date.now() - started };
  }
  const mvn = findMaven();
  // Jars of another version left in lib/ would sit on the same classpath as the new ones.
  for (const dir of [paths.lib, paths.plugins]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(paths.logs, { recursive: true });
  onProgress({
    phase: 'install',
    message:
      `Downloading Neo4j ${versions.neo4j}, Neo4j Browser ${versions.browser} and APOC ${versions.apoc} from Maven Central ` +
      `(about 140 MB, first time only; Maven's log: ${paths.mavenLog}) ...`,
  });
  const args = [
    '-B',
    '--no-transfer-progress',
    '-f',
    paths.pom,
    'dependency:copy-dependencies@lib',
    'dependency:copy-dependencies@plugins',
    `-Dneo4j.home=${paths.home}`,
  ];
  const exitCode = await runToLog(mvn, args, paths.mavenLog);
  if (exitCode !== 0 || !existsSync(join(paths.lib, `neo4j-${versions.neo4j}.jar`))) {
    throw new KgError('SERVER_SETUP', `Maven could not resolve the Neo4j jars (exit code ${exitCode}):\n${readLogTail(paths.mavenLog, 15)}`, {
      subject: paths.pom,
      hint: `Check that Maven Central (https://repo1.maven.org) is reachable; the full log is ${paths.mavenLog}.`,
    });
  }
  writeFileSync(paths.installMarker, `${pomHash(paths)}\n`);
  const totals = jarTotals(paths);
  const elapsedMs = Date.now() - started;
  onProgress({
    phase: 'install',
    message: `Resolved ${totals.jarCount} jars (${Math.round(totals.bytes / 1e6)} MB) in ${(elapsedMs / 1000).toFixed(1)} s.`,
  });
  return { resolved: true, versions, ...totals, elapsedMs };
}

function pomHash(paths: ServerPaths): string {
  return createHash('sha256').update(readFileSync(paths.pom)).digest('hex');
}

function jarTotals(paths: ServerPaths): { jarCount: number; bytes: number } {
  let jarCount = 0;
  let bytes = 0;
  for (const dir of [paths.lib, paths.plugins]) {
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (!name.endsWith('.jar')) continue;
      jarCount += 1;
      bytes += statSync(join(dir, name)).size;
    }
  }
  return { jarCount, bytes };
}

function runToLog(command: string, args: string[], logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => log.end(() => resolve(code ?? 1)));
  });
}
