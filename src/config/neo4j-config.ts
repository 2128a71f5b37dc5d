// Which Neo4j kg talks to, read from the environment and validated once at start-up. Unset, it is the local
// server kg runs itself (bolt://127.0.0.1:<NEO4J_BOLT_PORT>), whose password lives in .neo4j/credentials;
// set NEO4J_URI and friends to use any other server: Docker, a cluster over neo4j://, or Aura over neo4j+s://.
import { z } from 'zod';
import { configErrorFromIssues, unsetIfEmpty } from './env-errors.js';
import { readCredentials } from './local-credentials.js';
import { loadLocalServerConfig, type LocalServerConfig } from './local-server-config.js';
import { CREDENTIALS_FILE } from './project-paths.js';

export const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export interface Neo4jConfig {
  uri: string;
  user: string;
  /** Undefined when nothing supplies one yet: the local server's first start generates it. */
  password: string | undefined;
  passwordSource: 'NEO4J_PASSWORD' | 'credentials-file' | 'none';
  /** Undefined means the server's default (home) database. */
  database: string | undefined;
  /** Settings of the local server, used when `uri` points at it. */
  local: LocalServerConfig;
}

export interface LoadNeo4jConfigOptions {
  /** Where the local server's generated credentials are read from; tests point this elsewhere. */
  credentialsFile?: string;
}

const uri = z.string().superRefine((value, ctx) => {
  const problem = uriProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// Neo4j's own rule for database names: ASCII letters, digits, dots and dashes, starting with a letter.
const databaseName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a database name: a letter, then letters, digits, dots or dashes');

const schema = z.object({
  NEO4J_URI: z.preprocess(unsetIfEmpty, uri.optional()),
  NEO4J_USER: z.preprocess(unsetIfEmpty, z.string().regex(/^\S+$/, 'must be a user name without spaces').optional()),
  NEO4J_PASSWORD: z.preprocess(unsetIfEmpty, z.string().optional()),
  NEO4J_DATABASE: z.preprocess(unsetIfEmpty, databaseName.optional()),
});

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (plus the local server's settings).
 * Throws CONFIG_INVALID naming every variable that is wrong.
 */
export function loadNeo4jConfig(env: NodeJS.ProcessEnv = process.env, options: LoadNeo4jConfigOptions = {}): Neo4jConfig {
  const local = loadLocalServerConfig(env);
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configErrorFromIssues(parsed.error.issues);
  const vars = parsed.data;
  const config: Neo4jConfig = {
    uri: vars.NEO4J_URI ?? localBoltUri(local),
    user: vars.NEO4J_USER ?? 'neo4j',
    password: vars.NEO4J_PASSWORD,
    passwordSource: vars.NEO4J_PASSWORD === undefined ? 'none' : 'NEO4J_PASSWORD',
    database: vars.NEO4J_DATABASE,
    local,
  };
  if (config.password === undefined && isManagedLocalServer(config)) {
    const stored = readCredentials(options.credentialsFile ?? CREDENTIALS_FILE);
    if (stored && stored.user === config.user) {
      config.password = stored.password;
      config.passwordSource = 'credentials-file';
    }
  }
  return config;
}

/**
 * The config for the local server kg manages, whatever NEO4J_URI says: `kg neo4j start|stop|status` act on
 * .neo4j/ even when commands are pointed at another server, and must not use that server's password.
 */
export function loadLocalNeo4jConfig(env: NodeJS.ProcessEnv = process.env, options: LoadNeo4jConfigOptions = {}): Neo4jConfig {
  const configured = loadNeo4jConfig(env, options);
  if (isManagedLocalServer(configured)) return configured;
  const { NEO4J_URI: _uri, NEO4J_USER: _user, NEO4J_PASSWORD: _password, NEO4J_DATABASE: _database, ...localEnv } = env;
  return loadNeo4jConfig(localEnv, options);
}

/** The Bolt URI of the local server kg manages. */
export function localBoltUri(local: LocalServerConfig): string {
  return `bolt://127.0.0.1:${local.boltPort}`;
}

/**
 * Whether the config points at the local server kg runs from .neo4j/ (and may therefore start on demand):
 * an unencrypted bolt:// or neo4j:// URI on the loopback address at the local Bolt port.
 */
export function isManagedLocalServer(config: Pick<Neo4jConfig, 'uri' | 'local'>): boolean {
  const url = new URL(config.uri);
  const scheme = url.protocol.slice(0, -1);
  const port = url.port === '' ? 7687 : Number(url.port);
  return (
    (scheme === 'bolt' || scheme === 'neo4j') &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
    port === config.local.boltPort
  );
}

function uriProblem(value: string): string | undefined {
  const accepted = `accepted schemes: ${URI_SCHEMES.map((s) => `${s}://`).join(', ')}`;
  const scheme = /^([a-z0-9+]+):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return `must be a URI such as bolt://127.0.0.1:7687 (${accepted}); got "${value}"`;
  if (!(URI_SCHEMES as readonly string[]).includes(scheme)) return `"${scheme}://" is not a Neo4j scheme (${accepted})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URI: "${value}"`;
  }
  if (url.hostname === '') return `names no host: "${value}"`;
  if (url.username !== '' || url.password !== '') return 'must not contain credentials; use NEO4J_USER and NEO4J_PASSWORD';
  return undefined;
}
