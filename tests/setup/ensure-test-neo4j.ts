// Run by global-setup.ts in a child process (`node --import tsx`): jest loads global setup as CommonJS, where the
// ESM library cannot be imported. Ensures a Neo4j answers and prints the connection settings as one JSON line.
import { loadNeo4jConfig } from '../../src/config/neo4j-config.js';
import { isKgError } from '../../src/errors.js';
import { ensureNeo4j } from '../../src/server/ensure.js';

try {
  const { config, startedServer, server } = await ensureNeo4j(loadNeo4jConfig(), (event) =>
    process.stderr.write(`[kg test setup] ${event.message}\n`),
  );
  const settings = { uri: config.uri, user: config.user, password: config.password, database: config.database, startedServer, version: server.version };
  process.stdout.write(`${JSON.stringify(settings)}\n`);
} catch (e) {
  process.stderr.write(isKgError(e) ? `${e.code}: ${e.message}\n${e.hint ?? ''}\n` : `${(e as Error).stack}\n`);
  process.exitCode = 1;
}
