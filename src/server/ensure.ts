// Makes sure a Neo4j answers before a command needs it. For the default local URI, kg starts its own server when
// nothing answers; any other URI (Docker, a cluster, Aura) is only checked, never started.
import { isManagedLocalServer, type Neo4jConfig } from '../config/neo4j-config.js';
import { KgError } from '../errors.js';
import { createStore } from '../store/connection.js';
import { isTlsMismatch, isUnreachable } from '../store/driver-errors.js';
import type { ServerDescription } from '../store/store.js';
import { startLocalServer } from './local-server.js';
import { ignoreProgress, type OnServerProgress } from './progress.js';
import { serverPaths, type ServerPaths } from './server-paths.js';
import { runningServerPid } from './server-process.js';

export interface Neo4jConnection {
  /** The config to connect with: for a server started just now, it carries the password generated for it. */
  config: Neo4jConfig;
  /** True when this call launched the local server; whoever started it may want to stop it. */
  startedServer: boolean;
  server: ServerDescription;
}

export async function ensureNeo4j(
  config: Neo4jConfig,
  onProgress: OnServerProgress = ignoreProgress,
  options: { timeoutMs?: number; paths?: ServerPaths } = {},
): Promise<Neo4jConnection> {
  const paths = options.paths ?? serverPaths();
  if (!isManagedLocalServer(config)) {
    return { config, startedServer: false, server: await checkServer(config, remoteHint(config)) };
  }
  // Something else may serve the local port (a Docker container, say): use it when our credentials work.
  if (runningServerPid(paths) === undefined && config.password !== undefined) {
    try {
      return { config, startedServer: false, server: await checkServer(config) };
    } catch (e) {
      if (!(e instanceof KgError && e.code === 'NEO4J_UNAVAILABLE')) throw e;
    }
  }
  const started = await startLocalServer(config, { onProgress, timeoutMs: options.timeoutMs, paths });
  return {
    config: { ...config, user: started.user, password: started.password, passwordSource: started.passwordSource },
    startedServer: !started.alreadyRunning,
    server: started.server,
  };
}

async function checkServer(config: Neo4jConfig, unavailableHint?: string): Promise<ServerDescription> {
  const store = createStore(config);
  try {
    await store.verifyConnectivity();
    return await store.serverInfo();
  } catch (e) {
    // Only "nothing answers" gets the hint about starting the server; a TLS mismatch or a silent port has its own.
    const nothingAnswers = e instanceof KgError && isUnreachable(e.cause) && !isTlsMismatch(e.cause);
    throw unavailableHint && nothingAnswers ? withHint(e, unavailableHint) : e;
  } finally {
    await store.close();
  }
}

/** The same error with a hint that fits the situation better than the driver layer's generic one. */
function withHint(e: KgError, hint: string): KgError {
  // KgError prefixes the subject to the message; take it off so it is not doubled.
  const message = e.subject !== undefined && e.message.startsWith(`${e.subject}: `) ? e.message.slice(e.subject.length + 2) : e.message;
  return new KgError(e.code, message, { subject: e.subject, hint, cause: e.cause });
}

function remoteHint(config: Neo4jConfig): string {
  return (
    `NEO4J_URI points at ${config.uri}, which kg does not start itself: start that server (for Docker: ` +
    '`docker compose up -d`), or unset NEO4J_URI to use the local server kg runs from .neo4j/.'
  );
}
