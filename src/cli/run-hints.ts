// Where to look after `kg run`: the local Browser address and where its password is kept.
import type { Neo4jConfig } from '../config/neo4j-config.js';
import { CREDENTIALS_FILE } from '../config/project-paths.js';

export function localServerConfigPaths(local: boolean, config: Neo4jConfig): { browser: string; credentials: string } {
  const port = config.local.httpPort;
  const browser = `http://127.0.0.1:${port}/browser/`;
  if (!local) return { browser, credentials: `Log in as ${config.user} with the password in NEO4J_PASSWORD.` };
  const credentials =
    config.passwordSource === 'NEO4J_PASSWORD'
      ? `Log in with bolt://127.0.0.1:${config.local.boltPort}, user ${config.user}, the password in NEO4J_PASSWORD.`
      : `Log in with bolt://127.0.0.1:${config.local.boltPort}, user ${config.user}; the password is in ${CREDENTIALS_FILE} (cat it).`;
  return { browser, credentials };
}
