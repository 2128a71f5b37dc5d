// Where the project lives on disk. Found from this file's location, not the working directory, so `kg` run from
// anywhere uses the same local Neo4j home and credentials.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT: string = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The home of the local Neo4j server kg manages (jars, configuration, data, logs); git-ignored. */
export const NEO4J_HOME: string = resolve(PROJECT_ROOT, '.neo4j');

/** Where the generated password of the local server is kept (mode 600). */
export const CREDENTIALS_FILE: string = resolve(NEO4J_HOME, 'credentials');
