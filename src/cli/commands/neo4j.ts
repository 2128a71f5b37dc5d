// `kg neo4j install|start|stop|status`: the local Neo4j server kg runs from .neo4j/ (Community 5.26 with Neo4j
// Browser and APOC, jars from Maven Central). Other commands start it on demand; these manage it by hand.
import { Command } from 'commander';
import { relative } from 'node:path';
import { isManagedLocalServer, loadLocalNeo4jConfig, loadNeo4jConfig, type Neo4jConfig } from '../../config/neo4j-config.js';
import { PROJECT_ROOT } from '../../config/project-paths.js';
import { installLocalServer, localServerStatus, startLocalServer, stopLocalServer, type LocalServerStatus } from '../../server/local-server.js';
import { positiveSeconds } from '../flag-values.js';
import { printServerProgress } from '../print-server-progress.js';

export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('run the local Neo4j server in .neo4j/ (Community 5.26 with Browser and APOC)')
    .addHelpText(
      'after',
      '\nThe server listens on 127.0.0.1 only (Bolt 7687, HTTP 7474; NEO4J_BOLT_PORT / NEO4J_HTTP_PORT change them).\n' +
        'Its password is generated on the first start into .neo4j/credentials, unless NEO4J_PASSWORD is set then.\n' +
        'Needs Java 17+ and Maven; without them use docker-compose.yml instead.',
    );

  neo4j
    .command('install')
    .description('download the server jars from Maven Central (once; later starts reuse them)')
    .action(async () => {
      const result = await installLocalServer({ onProgress: printServerProgress });
      if (!result.resolved) process.stdout.write(`Neo4j ${result.versions.neo4j} jars are already in place (${result.jarCount} jars).\n`);
    });

  neo4j
    .command('start')
    .description('start the local server in the background and wait until it answers')
    .option('--timeout <seconds>', 'how long to wait for it to answer', positiveSeconds, 180)
    .action(async (options: { timeout: number }) => {
      const config = loadLocalNeo4jConfig();
      const result = await startLocalServer(config, { onProgress: printServerProgress, timeoutMs: options.timeout * 1000 });
      const state = result.alreadyRunning ? 'was already running' : 'is running';
      process.stdout.write(
        [
          `Neo4j ${result.server.version} ${result.server.edition} ${state} (pid ${result.pid}).`,
          `  bolt     ${result.boltUri}`,
          `  browser  ${result.browserUrl}`,
          `  user     ${result.user} (${passwordWhere(result.passwordSource)})`,
          ...elsewhereNote(),
          '',
        ].join('\n'),
      );
    });

  neo4j
    .command('stop')
    .description('stop the local server (SIGTERM, then SIGKILL after --timeout)')
    .option('--timeout <seconds>', 'how long to wait for a clean shutdown', positiveSeconds, 60)
    .action(async (options: { timeout: number }) => {
      const result = await stopLocalServer({ onProgress: printServerProgress, timeoutMs: options.timeout * 1000 });
      process.stdout.write(
        result.wasRunning
          ? `Neo4j (pid ${result.pid}) ${result.how === 'killed' ? 'was killed after the timeout' : 'stopped'} in ${(result.elapsedMs / 1000).toFixed(1)} s.\n`
          : 'Neo4j was not running.\n',
      );
    });

  neo4j
    .command('status')
    .description('say whether the local server runs, its pid, addresses and version')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      const configured = loadNeo4jConfig();
      const status = await localServerStatus(loadLocalNeo4jConfig());
      if (options.json) {
        const usedByKg = isManagedLocalServer(configured);
        process.stdout.write(`${JSON.stringify({ ...status, configuredUri: configured.uri, usedByKg }, null, 2)}\n`);
      } else {
        process.stdout.write(statusText(status, configured));
      }
    });
}

function statusText(status: LocalServerStatus, configured: Neo4jConfig): string {
  const home = relative(PROJECT_ROOT, status.home) || status.home;
  if (!status.running) {
    const jars = status.installed ? `jars of Neo4j ${status.pinned.neo4j} installed` : 'jars not downloaded yet';
    return [`Neo4j (local, ${home}/) is not running; ${jars}. Start it with \`kg neo4j start\`.`, ...elsewhereNote(configured), ''].join('\n');
  }
  const version = status.version ? `${status.version} ${status.edition}` : `unknown (${status.problem})`;
  return [
    `Neo4j (local, ${home}/) is running, pid ${status.pid}.`,
    `  version  ${version}`,
    `  bolt     ${status.boltUri}`,
    `  http     ${status.httpUrl}`,
    `  browser  ${status.browserUrl}`,
    ...elsewhereNote(configured),
    '',
  ].join('\n');
}

/** A reminder that other kg commands use another server when NEO4J_URI says so. */
function elsewhereNote(configured: Neo4jConfig = loadNeo4jConfig()): string[] {
  return isManagedLocalServer(configured) ? [] : [`Note: NEO4J_URI is ${configured.uri}; kg commands use that server, not this one.`];
}

function passwordWhere(source: 'NEO4J_PASSWORD' | 'credentials-file'): string {
  return source === 'NEO4J_PASSWORD' ? 'password from NEO4J_PASSWORD' : 'password in .neo4j/credentials';
}
