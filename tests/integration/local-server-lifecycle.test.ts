// The server manager end to end, on a second server of its own (a temporary home and free ports, sharing the
// jars of .neo4j/): first start with a generated password, finding it running, LOAD CSV confined to the import
// directory, status, stop, restart on demand, and the errors for a taken port, a failed start and an unreachable
// server.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadNeo4jConfig, type Neo4jConfig } from '../../src/config/neo4j-config.js';
import { ensureNeo4j } from '../../src/server/ensure.js';
import { installLocalServer, localServerStatus, startLocalServer, stopLocalServer } from '../../src/server/local-server.js';
import { serverPaths, type ServerPaths } from '../../src/server/server-paths.js';
import { isAlive } from '../../src/server/server-process.js';
import { createStore } from '../../src/store/connection.js';

let home: string;
let paths: ServerPaths;
let ports: { bolt: number; http: number };

/** The config the manager would read for the temporary server, credentials file included. */
function config(extra: NodeJS.ProcessEnv = {}): Neo4jConfig {
  return loadNeo4jConfig(
    { NEO4J_BOLT_PORT: String(ports.bolt), NEO4J_HTTP_PORT: String(ports.http), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', ...extra },
    { credentialsFile: paths.credentialsFile },
  );
}

beforeAll(async () => {
  await installLocalServer();
  home = mkdtempSync(join(tmpdir(), 'kg-neo4j-home-'));
  paths = serverPaths(home);
  const shared = serverPaths();
  symlinkSync(shared.lib, paths.lib);
  symlinkSync(shared.plugins, paths.plugins);
  ports = { bolt: await freePort(), http: await freePort() };
});

afterAll(async () => {
  await stopLocalServer({ paths });
  rmSync(home, { recursive: true, force: true });
});

test('the first start generates a password of 8+ characters, keeps it in a private file, and answers with it', async () => {
  expect(config().password).toBeUndefined();
  const result = await startLocalServer(config(), { paths });
  expect(result).toMatchObject({ alreadyRunning: false, user: 'neo4j', passwordSource: 'credentials-file' });
  expect(result.password.length).toBeGreaterThanOrEqual(8);
  expect(result.server.version).toMatch(/^5\.26\./);
  expect(result.boltUri).toBe(`bolt://127.0.0.1:${ports.bolt}`);
  expect(statSync(paths.credentialsFile).mode & 0o777).toBe(0o600);
  expect(readFileSync(paths.credentialsFile, 'utf8')).toContain(`NEO4J_PASSWORD=${result.password}\n`);
  expect(readFileSync(paths.pidFile, 'utf8').trim()).toBe(String(result.pid));
  expect(readFileSync(paths.confFile, 'utf8')).toContain(`server.bolt.listen_address=127.0.0.1:${ports.bolt}`);

  const store = createStore(config());
  try {
    expect(await store.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  } finally {
    await store.close();
  }
});

test('a second start finds the running server instead of launching another', async () => {
  const pid = Number(readFileSync(paths.pidFile, 'utf8'));
  const result = await startLocalServer(config(), { paths });
  expect(result).toMatchObject({ alreadyRunning: true, pid });
});

test('LOAD CSV reads files in the import directory and nothing outside it, the credentials file least of all', async () => {
  expect(readFileSync(paths.confFile, 'utf8')).toContain('server.directories.import=import\n');
  writeFileSync(join(paths.importDir, 'probe.csv'), 'ok\n1\n');
  const store = createStore(config());
  const rows = (url: string): Promise<unknown> =>
    store.read('LOAD CSV FROM $url AS row RETURN count(row) AS n', { url }).catch((e: unknown) => e);
  try {
    expect(await rows('file:///probe.csv')).toEqual([{ n: 2 }]);
    const outside = [
      `file://${paths.credentialsFile}`,
      `file:///${relative(paths.importDir, paths.credentialsFile)}`,
      'file:///../credentials',
      'file:///etc/passwd',
    ];
    for (const url of outside) {
      expect(await rows(url)).toMatchObject({ code: 'NEO4J_QUERY', message: expect.stringMatching(/Couldn't load the external resource|Cannot load from URL/) });
    }
  } finally {
    await store.close();
  }
});

test('status reports the pid, the addresses and the version the server gives', async () => {
  const status = await localServerStatus(config(), paths);
  expect(status).toMatchObject({
    running: true,
    installed: true,
    pid: Number(readFileSync(paths.pidFile, 'utf8')),
    boltUri: `bolt://127.0.0.1:${ports.bolt}`,
    browserUrl: `http://127.0.0.1:${ports.http}/browser/`,
    version: expect.stringMatching(/^5\.26\./),
    edition: 'community',
  });
});

test('ensureNeo4j uses a running server without starting one, and refuses a wrong password', async () => {
  await expect(ensureNeo4j(config(), undefined, { paths })).resolves.toMatchObject({ startedServer: false });
  await expect(ensureNeo4j(config({ NEO4J_PASSWORD: 'wrong-password' }), undefined, { paths })).rejects.toMatchObject({
    code: 'NEO4J_AUTH',
  });
});

test('another NEO4J_USER without a password is blamed on the user, not on a lost password (#16.10)', async () => {
  const error = await ensureNeo4j(config({ NEO4J_USER: 'bob' }), undefined, { paths }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'CONFIG_INVALID', subject: 'NEO4J_USER', message: expect.stringContaining('"bob"') });
  expect((error as Error).message).toContain('"neo4j"');
  expect((error as { hint: string }).hint).toMatch(/Unset NEO4J_USER.*or set NEO4J_PASSWORD/);
});

test('stop ends the process with SIGTERM and forgets its pid', async () => {
  const pid = Number(readFileSync(paths.pidFile, 'utf8'));
  const result = await stopLocalServer({ paths });
  expect(result).toMatchObject({ wasRunning: true, pid, how: 'terminated' });
  expect(isAlive(pid)).toBe(false);
  expect(existsSync(paths.pidFile)).toBe(false);
  expect(await localServerStatus(config(), paths)).toMatchObject({ running: false });
  expect(await stopLocalServer({ paths })).toMatchObject({ wasRunning: false });
});

test('ensureNeo4j starts the stopped server on demand with the stored password', async () => {
  const events: string[] = [];
  const connection = await ensureNeo4j(config(), (event) => events.push(event.message), { paths });
  expect(connection).toMatchObject({ startedServer: true, config: { passwordSource: 'credentials-file' } });
  expect(events.some((m) => m.startsWith('Starting Neo4j'))).toBe(true);
  // The jars were in place, so nothing was downloaded.
  expect(events.some((m) => m.startsWith('Downloading'))).toBe(false);
  await stopLocalServer({ paths });
});

test('a start whose server dies quotes the last lines of its log', async () => {
  const error = await startLocalServer(config({ NEO4J_HEAP: '1k' }), { paths }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'SERVER_SETUP', message: expect.stringMatching(/exited while starting[\s\S]*heap/i) });
  expect(existsSync(paths.pidFile)).toBe(false);
});

describe('with the Bolt port taken by another program', () => {
  let blocker: Server;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports.bolt, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  test('start refuses, naming the port and the variable that moves it', async () => {
    await expect(startLocalServer(config(), { paths })).rejects.toMatchObject({
      code: 'SERVER_SETUP',
      subject: 'NEO4J_BOLT_PORT',
      message: expect.stringContaining(`port ${ports.bolt} on 127.0.0.1 is taken by another program`),
    });
  });
});

test('ensureNeo4j only checks a server kg does not manage, and says so when it is down', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const error = await ensureNeo4j(config({ NEO4J_URI: uri, NEO4J_PASSWORD: 'whatever1' }), undefined, { paths }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'NEO4J_UNAVAILABLE', subject: uri, hint: expect.stringContaining('kg does not start itself') });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
