// The local Neo4j server kg runs from .neo4j/: install (resolve jars), start (configure, set the first password,
// launch, wait until Bolt accepts our credentials), stop, and status. Everything is reported, nothing printed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readCredentials, writeCredentials } from '../config/local-credentials.js';
import { localBoltUri, type Neo4jConfig } from '../config/neo4j-config.js';
import { KgError } from '../errors.js';
import { createStore } from '../store/connection.js';
import type { ServerDescription } from '../store/store.js';
import { generatePassword, setInitialPassword } from './initial-password.js';
import { installServerJars, pinnedVersions, serverJarsInstalled, type InstallResult, type ServerVersions } from './install-jars.js';
import { readLogTail } from './log-tail.js';
import { ignoreProgress, type OnServerProgress } from './progress.js';
import { renderNeo4jConf } from './server-conf.js';
import { serverPaths, type ServerPaths } from './server-paths.js';
import { forgetPid, isAlive, portInUse, runningServerPid, sleep, spawnServer, terminate } from './server-process.js';
import { findJava, type JavaRuntime } from './toolchain.js';

export interface LocalAddresses {
  boltUri: string;
  httpUrl: string;
  browserUrl: string;
}

export interface StartOptions {
  onProgress?: OnServerProgress;
  /** How long to wait for Bolt to answer; a cold JVM on 2 cores needs about 10 s. */
  timeoutMs?: number;
  paths?: ServerPaths;
}

export interface StartResult extends LocalAddresses {
  /** True when a server of ours was already running (or starting) and nothing was launched. */
  alreadyRunning: boolean;
  pid: number;
  user: string;
  password: string;
  passwordSource: 'NEO4J_PASSWORD' | 'credentials-file';
  server: ServerDescription;
  /** Present when this start had to check the jars; `resolved` says whether Maven ran. */
  install?: InstallResult;
  elapsedMs: number;
}

export interface StopResult {
  wasRunning: boolean;
  pid?: number;
  how?: 'terminated' | 'killed';
  elapsedMs: number;
}

export interface LocalServerStatus extends LocalAddresses {
  home: string;
  installed: boolean;
  pinned: ServerVersions;
  running: boolean;
  pid?: number;
  /** Asked of the running server itself (CALL dbms.components()). */
  version?: string;
  edition?: string;
  /** Why the version could not be asked, when the server runs but does not answer us. */
  problem?: string;
}

const DEFAULT_START_TIMEOUT_MS = 180_000;

export function localAddresses(config: Neo4jConfig): LocalAddresses {
  const httpUrl = `http://127.0.0.1:${config.local.httpPort}`;
  return { boltUri: localBoltUri(config.local), httpUrl, browserUrl: `${httpUrl}/browser/` };
}

/** Resolves the server's jars without starting it (a no-op once they are in place). */
export async function installLocalServer(options: { onProgress?: OnServerProgress; paths?: ServerPaths } = {}): Promise<InstallResult> {
  findJava();
  return installServerJars(options.paths ?? serverPaths(), options.onProgress);
}

export async function startLocalServer(config: Neo4jConfig, options: StartOptions = {}): Promise<StartResult> {
  const paths = options.paths ?? serverPaths();
  const onProgress = options.onProgress ?? ignoreProgress;
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const started = Date.now();
  const addresses = localAddresses(config);

  const runningPid = runningServerPid(paths);
  if (runningPid !== undefined) {
    const credentials = knownCredentials(config, paths);
    const server = await waitForBolt(runningPid, credentials, config, paths, timeoutMs);
    return { alreadyRunning: true, pid: runningPid, ...credentials, server, ...addresses, elapsedMs: Date.now() - started };
  }

  await refuseTakenPorts(config);
  const java = findJava();
  const install = await installServerJars(paths, onProgress);
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(paths.importDir, { recursive: true });
  writeFileSync(paths.confFile, renderNeo4jConf(config.local));
  const credentials = existsSync(paths.systemDatabase)
    ? knownCredentials(config, paths)
    : initialiseCredentials(config, paths, java, onProgress);

  const pid = spawnServer(paths, java, config.local);
  onProgress({
    phase: 'start',
    message: `Starting Neo4j ${install.versions.neo4j} (pid ${pid}) on ${addresses.boltUri}; log: ${paths.consoleLog} ...`,
  });
  const server = await waitForBolt(pid, credentials, config, paths, timeoutMs);
  const elapsedMs = Date.now() - started;
  onProgress({ phase: 'start', message: `Neo4j ${server.version} is ready after ${(elapsedMs / 1000).toFixed(1)} s.` });
  return { alreadyRunning: false, pid, ...credentials, server, ...addresses, install, elapsedMs };
}

export async function stopLocalServer(options: { onProgress?: OnServerProgress; timeoutMs?: number; paths?: ServerPaths } = {}): Promise<StopResult> {
  const paths = options.paths ?? serverPaths();
  const started = Date.now();
  const pid = runningServerPid(paths);
  if (pid === undefined) return { wasRunning: false, elapsedMs: Date.now() - started };
  options.onProgress?.({ phase: 'stop', message: `Stopping Neo4j (pid ${pid}) ...` });
  const how = await terminate(pid, options.timeoutMs ?? 60_000);
  forgetPid(paths);
  return { wasRunning: true, pid, how, elapsedMs: Date.now() - started };
}

export async function localServerStatus(config: Neo4jConfig, paths: ServerPaths = serverPaths()): Promise<LocalServerStatus> {
  const pid = runningServerPid(paths);
  const status: LocalServerStatus = {
    home: paths.home,
    installed: serverJarsInstalled(paths),
    pinned: pinnedVersions(paths),
    running: pid !== undefined,
    ...(pid === undefined ? {} : { pid }),
    ...localAddresses(config),
  };
  if (pid === undefined) return status;
  if (config.password === undefined) return { ...status, problem: 'no password known (.neo4j/credentials is missing)' };
  const store = createStore({ ...config, uri: localBoltUri(config.local), database: undefined });
  try {
    const server = await store.serverInfo();
    return { ...status, version: server.version, edition: server.edition };
  } catch (e) {
    return { ...status, problem: (e as Error).message };
  } finally {
    await store.close();
  }
}

type LocalCredentials = Pick<StartResult, 'user' | 'password' | 'passwordSource'>;

function knownCredentials(config: Neo4jConfig, paths: ServerPaths): LocalCredentials {
  const stored = config.password === undefined ? readCredentials(paths.credentialsFile) : undefined;
  if (stored && stored.user !== config.user) {
    throw new KgError('CONFIG_INVALID', `"${config.user}" is not the user whose password the local server keeps ("${stored.user}")`, {
      subject: 'NEO4J_USER',
      hint: `Unset NEO4J_USER to log in as "${stored.user}" with the password in ${paths.credentialsFile}, or set NEO4J_PASSWORD to the password of "${config.user}".`,
    });
  }
  if (config.password === undefined || config.passwordSource === 'none') {
    throw new KgError('NEO4J_AUTH', `the local database was initialised before, but its password is not known`, {
      subject: paths.credentialsFile,
      hint:
        'Set NEO4J_PASSWORD to the password it was first started with, or delete .neo4j/data (this erases the ' +
        'local graph) so the next start sets a new password.',
    });
  }
  return { user: config.user, password: config.password, passwordSource: config.passwordSource };
}

function initialiseCredentials(config: Neo4jConfig, paths: ServerPaths, java: JavaRuntime, onProgress: OnServerProgress): LocalCredentials {
  if (config.user !== 'neo4j') {
    throw new KgError('CONFIG_INVALID', `a new local server has only the user "neo4j", not "${config.user}"`, {
      subject: 'NEO4J_USER',
      hint: 'Unset NEO4J_USER for the first start; other users can be created afterwards with CREATE USER.',
    });
  }
  const fromEnv = config.passwordSource === 'NEO4J_PASSWORD';
  const password = config.password ?? generatePassword();
  onProgress({ phase: 'configure', message: 'Setting the password of the new local database ...' });
  setInitialPassword(paths, java, password);
  if (!fromEnv) writeCredentials(paths.credentialsFile, { user: 'neo4j', password });
  return { user: 'neo4j', password, passwordSource: fromEnv ? 'NEO4J_PASSWORD' : 'credentials-file' };
}

async function refuseTakenPorts(config: Neo4jConfig): Promise<void> {
  for (const [name, port] of [
    ['NEO4J_BOLT_PORT', config.local.boltPort],
    ['NEO4J_HTTP_PORT', config.local.httpPort],
  ] as const) {
    if (await portInUse(port)) {
      throw new KgError('SERVER_SETUP', `port ${port} on 127.0.0.1 is taken by another program, not by the Neo4j kg manages`, {
        subject: name,
        hint:
          `Stop that program, or set ${name} to a free port for the local server (NEO4J_URI follows NEO4J_BOLT_PORT). ` +
          'If it is a Neo4j you want to use, set NEO4J_PASSWORD (and NEO4J_URI) to connect to it instead.',
      });
    }
  }
}

async function waitForBolt(
  pid: number,
  credentials: LocalCredentials,
  config: Neo4jConfig,
  paths: ServerPaths,
  timeoutMs: number,
): Promise<ServerDescription> {
  const store = createStore({ uri: localBoltUri(config.local), user: credentials.user, password: credentials.password, database: undefined });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (!isAlive(pid)) {
        forgetPid(paths);
        throw new KgError('SERVER_SETUP', `Neo4j exited while starting. Last lines of its log:\n${readLogTail(paths.consoleLog, 20)}`, {
          subject: paths.consoleLog,
          hint: 'The log names the cause; a port in use, too little memory (NEO4J_HEAP) or a damaged .neo4j/data are common.',
        });
      }
      try {
        await store.verifyConnectivity();
        return await store.serverInfo();
      } catch (e) {
        if (!(e instanceof KgError && e.code === 'NEO4J_UNAVAILABLE')) throw e;
      }
      if (Date.now() > deadline) {
        await terminate(pid, 30_000);
        forgetPid(paths);
        throw new KgError('SERVER_SETUP', `Neo4j did not answer on Bolt within ${timeoutMs / 1000} s; it was stopped. Last lines of its log:\n${readLogTail(paths.consoleLog, 20)}`, {
          subject: paths.consoleLog,
        });
      }
      await sleep(500);
    }
  } finally {
    await store.close();
  }
}
