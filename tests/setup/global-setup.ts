// Jest global setup: makes sure a Neo4j answers at the configured URI, starting the local server kg manages when
// nothing does, and hands the connection settings to test workers and CLI subprocesses through process.env.
// The work runs in a child process because jest loads this file as CommonJS and the library is ESM.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface TestNeo4jSettings {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  startedServer: boolean;
  version: string;
}

export default async function globalSetup(globalConfig: { rootDir: string }): Promise<void> {
  const script = join(globalConfig.rootDir, 'tests', 'setup', 'ensure-test-neo4j.ts');
  // stderr passes through so the first run shows the jar download and the server start as they happen.
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: globalConfig.rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`tests need a Neo4j and none could be reached or started (see above); exit code ${run.status}`);
  const settings = JSON.parse(run.stdout.trim().split('\n').pop()!) as TestNeo4jSettings;
  process.env.NEO4J_URI = settings.uri;
  process.env.NEO4J_USER = settings.user;
  if (settings.password !== undefined) process.env.NEO4J_PASSWORD = settings.password;
  if (settings.database !== undefined) process.env.NEO4J_DATABASE = settings.database;
  // Global setup and teardown share this process's globals, and only they do.
  (globalThis as { kgStartedNeo4j?: boolean }).kgStartedNeo4j = settings.startedServer;
  process.stderr.write(`\n[kg test setup] Neo4j ${settings.version} at ${settings.uri}${settings.startedServer ? ' (started for the tests)' : ''}\n`);
}
