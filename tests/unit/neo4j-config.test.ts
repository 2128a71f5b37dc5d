// Environment in, parsed Neo4j configuration or a readable CONFIG_INVALID error out.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCredentials } from '../../src/config/local-credentials.js';
import {
  isManagedLocalServer,
  loadLocalNeo4jConfig,
  loadNeo4jConfig,
  type Neo4jConfig,
} from '../../src/config/neo4j-config.js';
import { KgError } from '../../src/errors.js';

let dir: string;
let credentialsFile: string;
let missingCredentials: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-config-'));
  credentialsFile = join(dir, 'credentials');
  missingCredentials = join(dir, 'absent');
  writeCredentials(credentialsFile, { user: 'neo4j', password: 'stored-password-1' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (env: NodeJS.ProcessEnv, file = missingCredentials): Neo4jConfig => loadNeo4jConfig(env, { credentialsFile: file });

function parseError(env: NodeJS.ProcessEnv): KgError {
  try {
    parse(env);
  } catch (e) {
    if (e instanceof KgError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadNeo4jConfig reads the environment', () => {
  test.each([
    [{}, { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: undefined, database: undefined }],
    [{ NEO4J_URI: '', NEO4J_USER: '', NEO4J_DATABASE: '' }, { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', database: undefined }],
    [{ NEO4J_BOLT_PORT: '17687' }, { uri: 'bolt://127.0.0.1:17687' }],
    [
      { NEO4J_URI: 'neo4j+s://abc123.databases.neo4j.io', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' },
      { uri: 'neo4j+s://abc123.databases.neo4j.io', user: 'analyst', password: 'pw', passwordSource: 'NEO4J_PASSWORD', database: 'news' },
    ],
    [{ NEO4J_URI: 'bolt+ssc://db.example.org:7687' }, { uri: 'bolt+ssc://db.example.org:7687' }],
    [{ NEO4J_URI: 'neo4j://10.0.0.5' }, { uri: 'neo4j://10.0.0.5' }],
    [{ NEO4J_URI: 'BOLT+S://db.example.org' }, { uri: 'BOLT+S://db.example.org' }],
    [{ NEO4J_URI: 'neo4j+ssc://db.example.org' }, { uri: 'neo4j+ssc://db.example.org' }],
    [{ NEO4J_HEAP: '2G', NEO4J_PAGECACHE: '256m', NEO4J_HTTP_PORT: '17474' }, { local: { boltPort: 7687, httpPort: 17474, heap: '2g', pageCache: '256m' } }],
  ])('%j gives %j', (env, expected) => {
    expect(parse(env)).toMatchObject(expected);
  });

  test('defaults the local server to a 1 GB heap and 512 MB page cache', () => {
    expect(parse({}).local).toEqual({ boltPort: 7687, httpPort: 7474, heap: '1g', pageCache: '512m' });
  });
});

describe('loadNeo4jConfig rejects bad settings naming the variable', () => {
  test.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', /"http:\/\/" is not a Neo4j scheme.*bolt:\/\//],
    [{ NEO4J_URI: 'localhost:7687' }, 'NEO4J_URI', /must be a URI such as bolt:\/\/127\.0\.0\.1:7687/],
    [{ NEO4J_URI: 'bolt://' }, 'NEO4J_URI', /names no host/],
    [{ NEO4J_URI: 'bolt://neo4j:secret@db.example.org' }, 'NEO4J_URI', /must not contain credentials/],
    [{ NEO4J_USER: 'two words' }, 'NEO4J_USER', /without spaces/],
    [{ NEO4J_DATABASE: 'my graph' }, 'NEO4J_DATABASE', /must be a database name/],
    [{ NEO4J_DATABASE: '1news' }, 'NEO4J_DATABASE', /must be a database name/],
    [{ NEO4J_BOLT_PORT: 'seven' }, 'NEO4J_BOLT_PORT', /port number between 1 and 65535/],
    [{ NEO4J_HTTP_PORT: '70000' }, 'NEO4J_HTTP_PORT', /port number between 1 and 65535/],
    [{ NEO4J_HEAP: '1 GB' }, 'NEO4J_HEAP', /size such as 512m or 2g/],
    [{ NEO4J_PAGECACHE: 'lots' }, 'NEO4J_PAGECACHE', /size such as 512m or 2g/],
    [{ NEO4J_BOLT_PORT: '7000', NEO4J_HTTP_PORT: '7000' }, 'NEO4J_BOLT_PORT', /must differ from NEO4J_HTTP_PORT/],
  ])('%j is refused as %s', (env, variable, message) => {
    const error = parseError(env);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.subject).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^${variable}: `));
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(/\.env\.example/);
  });

  test('every bad variable is named in one error', () => {
    const error = parseError({ NEO4J_URI: 'http://x', NEO4J_DATABASE: 'a b' });
    expect(error.message).toMatch(/^NEO4J_URI: .*; NEO4J_DATABASE: must be a database name/);
  });
});

describe('the password of the local server', () => {
  test('comes from the credentials file when the URI is the local default', () => {
    expect(parse({}, credentialsFile)).toMatchObject({ password: 'stored-password-1', passwordSource: 'credentials-file' });
    expect(parse({ NEO4J_URI: 'neo4j://localhost:7687' }, credentialsFile)).toMatchObject({ password: 'stored-password-1' });
  });

  test('comes from NEO4J_PASSWORD when that is set', () => {
    expect(parse({ NEO4J_PASSWORD: 'from-env-123' }, credentialsFile)).toMatchObject({ password: 'from-env-123', passwordSource: 'NEO4J_PASSWORD' });
  });

  test('is not read from the file for another server or another user', () => {
    expect(parse({ NEO4J_URI: 'bolt://db.example.org:7687' }, credentialsFile)).toMatchObject({ password: undefined, passwordSource: 'none' });
    expect(parse({ NEO4J_USER: 'alice' }, credentialsFile)).toMatchObject({ password: undefined });
  });

  test('is kept in a file only its owner can read', () => {
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
  });
});

describe('isManagedLocalServer', () => {
  test.each([
    ['bolt://127.0.0.1:7687', {}, true],
    ['neo4j://localhost:7687', {}, true],
    ['bolt://127.0.0.1', {}, true],
    ['bolt://127.0.0.1:17687', { NEO4J_BOLT_PORT: '17687' }, true],
    ['bolt://127.0.0.1:7688', {}, false],
    ['bolt+s://127.0.0.1:7687', {}, false],
    ['bolt://db.example.org:7687', {}, false],
    ['neo4j+s://abc123.databases.neo4j.io', {}, false],
  ])('%s (with %j) → %s', (uri, env, expected) => {
    expect(isManagedLocalServer(parse({ ...env, NEO4J_URI: uri }))).toBe(expected);
  });
});

test('loadLocalNeo4jConfig ignores the settings meant for another server', () => {
  const config = loadLocalNeo4jConfig(
    { NEO4J_URI: 'neo4j+s://abc123.databases.neo4j.io', NEO4J_PASSWORD: 'aura-secret', NEO4J_DATABASE: 'news', NEO4J_BOLT_PORT: '17687' },
    { credentialsFile },
  );
  expect(config).toMatchObject({ uri: 'bolt://127.0.0.1:17687', password: 'stored-password-1', database: undefined });
});
