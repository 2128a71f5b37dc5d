// A second local Neo4j for tests that stop and start a server: a temporary home sharing the jars of .neo4j/, on
// free ports, so the tests' own server is never touched.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig, type Neo4jConfig } from '../../src/config/neo4j-config.js';
import { installLocalServer, stopLocalServer } from '../../src/server/local-server.js';
import { serverPaths, type ServerPaths } from '../../src/server/server-paths.js';

export interface ScratchServer {
  paths: ServerPaths;
  ports: { bolt: number; http: number };
  /** The config the manager would read for this server, credentials file included. */
  config(extra?: NodeJS.ProcessEnv): Neo4jConfig;
  /** Stops the server if it runs and removes its home. */
  remove(): Promise<void>;
}

/** Lays out the home (nothing is started). */
export async function scratchServer(prefix: string): Promise<ScratchServer> {
  await installLocalServer();
  const home = mkdtempSync(join(tmpdir(), prefix));
  const paths = serverPaths(home);
  const shared = serverPaths();
  symlinkSync(shared.lib, paths.lib);
  symlinkSync(shared.plugins, paths.plugins);
  const ports = { bolt: await freePort(), http: await freePort() };
  return {
    paths,
    ports,
    config: (extra = {}) =>
      loadNeo4jConfig(
        { NEO4J_BOLT_PORT: String(ports.bolt), NEO4J_HTTP_PORT: String(ports.http), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', ...extra },
        { credentialsFile: paths.credentialsFile },
      ),
    remove: async () => {
      await stopLocalServer({ paths });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
