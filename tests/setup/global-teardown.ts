// Jest global teardown: empties the database the tests used (they wrote and deleted graphs of their own in it),
// then stops the local Neo4j only when global setup started it, so a server the developer started
// (`kg neo4j start`) keeps running after the tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default async function globalTeardown(globalConfig: { rootDir: string }): Promise<void> {
  const clear = spawnSync(process.execPath, ['--import', 'tsx', join(globalConfig.rootDir, 'tests', 'setup', 'clear-test-neo4j.ts')], {
    cwd: globalConfig.rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (clear.status !== 0) throw new Error(`emptying the test database failed (exit code ${clear.status})`);
  if (!(globalThis as { kgStartedNeo4j?: boolean }).kgStartedNeo4j) return;
  const run = spawnSync(process.execPath, [join(globalConfig.rootDir, 'bin', 'kg.js'), 'neo4j', 'stop'], {
    cwd: globalConfig.rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`stopping the Neo4j started for the tests failed (exit code ${run.status})`);
}
