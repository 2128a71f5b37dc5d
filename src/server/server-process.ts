// The server as an operating-system process: started detached (it outlives the command that started it, and
// writes to logs/console.log), found again through neo4j.pid, and stopped with SIGTERM, then SIGKILL.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import type { LocalServerConfig } from '../config/local-server-config.js';
import type { ServerPaths } from './server-paths.js';
import type { JavaRuntime } from './toolchain.js';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

// What Neo4j's own launcher passes to Java 17 (from its default neo4j.conf), minus what only matters in production.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** Starts the server in the background and records its pid; returns the pid. */
export function spawnServer(paths: ServerPaths, java: JavaRuntime, local: LocalServerConfig): number {
  mkdirSync(paths.logs, { recursive: true });
  const log = openSync(paths.consoleLog, 'w');
  try {
    // Neo4j's launcher puts plugins/ on the classpath too: APOC registers its components (ApocConfig …) through
    // service files that are only found there, and the server refuses to start without them.
    const classpath = [join(paths.plugins, '*'), join(paths.lib, '*')].join(delimiter);
    const child = spawn(
      java.command,
      [
        `-Xms${local.heap}`,
        `-Xmx${local.heap}`,
        ...JVM_FLAGS,
        '-cp',
        classpath,
        ENTRY_POINT,
        `--home-dir=${paths.home}`,
        `--config-dir=${paths.conf}`,
        '--console-mode',
      ],
      { cwd: paths.home, detached: true, stdio: ['ignore', log, log] },
    );
    child.unref();
    if (child.pid === undefined) throw new Error(`could not start ${java.command}`);
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

/** The pid of our running server, or undefined; a pid file left by a dead server is removed. */
export function runningServerPid(paths: ServerPaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isServerProcess(pid, paths)) return pid;
  rmSync(paths.pidFile, { force: true });
  return undefined;
}

export function forgetPid(paths: ServerPaths): void {
  rmSync(paths.pidFile, { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A process that has exited but not yet been reaped by its parent still answers signal 0.
  const stat = readProcFile(pid, 'stat');
  return stat === undefined || !/^\d+ \(.*\) Z/.test(stat);
}

/** Sends SIGTERM, waits for a clean shutdown, and sends SIGKILL after `timeoutMs`. */
export async function terminate(pid: number, timeoutMs: number): Promise<'terminated' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return 'terminated';
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  return 'killed';
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'EADDRINUSE' || e.code === 'EACCES'));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isServerProcess(pid: number, paths: ServerPaths): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readProcFile(pid, 'cmdline');
  // Without /proc (macOS) a live process with our pid is taken at its word.
  if (cmdline === undefined) return true;
  const args = cmdline.split('\0');
  return args.includes(ENTRY_POINT) && args.includes(`--home-dir=${paths.home}`);
}

function readProcFile(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}
