// The local server's preconditions and configuration: a Java 17+ runtime, Maven, the neo4j.conf kg writes, and
// the credentials file, each failing with an error that says what to install or fix.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCredentials } from '../../src/config/local-credentials.js';
import { LOCAL_SERVER_DEFAULTS } from '../../src/config/local-server-config.js';
import { KgError } from '../../src/errors.js';
import { setInitialPassword } from '../../src/server/initial-password.js';
import { renderNeo4jConf } from '../../src/server/server-conf.js';
import { serverPaths } from '../../src/server/server-paths.js';
import { portInUse } from '../../src/server/server-process.js';
import { findJava, findMaven } from '../../src/server/toolchain.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-server-setup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JAVA_HOME whose bin/java prints the given `java -version` banner. */
function fakeJavaHome(name: string, banner: string): string {
  const home = join(dir, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\necho '${banner}' >&2\n`);
  chmodSync(join(home, 'bin', 'java'), 0o755);
  return home;
}

function thrown(fn: () => unknown): KgError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KgError) return e;
    throw e;
  }
  throw new Error('expected a KgError');
}

describe('findJava', () => {
  test.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21.0.2" 2024-01-16', 21],
  ])('accepts %s', (banner, major) => {
    expect(findJava({ JAVA_HOME: fakeJavaHome(`java${major}`, banner) })).toMatchObject({ major });
  });

  test.each([
    ['openjdk version "11.0.22" 2024-01-16', /Java 11\.0\.22 found/],
    ['java version "1.8.0_392"', /Java 1\.8\.0_392 found/],
  ])('refuses %s', (banner, message) => {
    const error = thrown(() => findJava({ JAVA_HOME: fakeJavaHome(banner.replace(/\W/g, ''), banner) }));
    expect(error.code).toBe('SERVER_SETUP');
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(/apt-get install -y openjdk-17-jre-headless maven/);
    expect(error.hint).toMatch(/docker compose up -d/);
  });

  test('says how to install Java when there is none', () => {
    const error = thrown(() => findJava({ JAVA_HOME: join(dir, 'no-such-jdk') }));
    expect(error.code).toBe('SERVER_SETUP');
    expect(error.message).toMatch(/no Java runtime found/);
    expect(error.hint).toMatch(/apt-get install -y openjdk-17-jre-headless maven/);
  });

  test('finds the Java of this machine', () => {
    expect(findJava().major).toBeGreaterThanOrEqual(17);
  });
});

test('findMaven says how to install Maven when it is not on PATH', () => {
  const error = thrown(() => findMaven({ PATH: join(dir, 'empty-path') }));
  expect(error.code).toBe('SERVER_SETUP');
  expect(error.message).toMatch(/Maven \(mvn\) not found/);
  expect(error.hint).toMatch(/apt-get install -y openjdk-17-jre-headless maven/);
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({ boltPort: 17687, httpPort: 17474, heap: '2g', pageCache: '256m' });
  const settings = new Map(
    conf
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split('=') as [string, string]),
  );

  test.each([
    ['server.bolt.listen_address', '127.0.0.1:17687'],
    ['server.http.listen_address', '127.0.0.1:17474'],
    ['server.default_listen_address', '127.0.0.1'],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['dbms.usage_report.enabled', 'false'],
    ['dbms.security.procedures.unrestricted', 'apoc.*'],
    ['server.memory.pagecache.size', '256m'],
    ['server.directories.import', 'import'],
    ['dbms.security.allow_csv_import_from_file_urls', 'true'],
    ['db.tx_log.rotation.retention_policy', '500M size'],
  ])('sets %s=%s', (key, value) => {
    expect(settings.get(key)).toBe(value);
  });

  test('leaves the heap to the JVM flags (neo4j.conf heap settings are read only by Neo4j\'s launcher)', () => {
    expect(conf).not.toMatch(/server\.memory\.heap/);
    expect(LOCAL_SERVER_DEFAULTS.heap).toBe('1g');
  });
});

describe('setInitialPassword (#16.7)', () => {
  // A java that records its command line and the argument files it is given, as `ps` would have shown them.
  const fakeJava = (): { command: string; argv: string; argfiles: string } => {
    const bin = join(dir, 'recording-java');
    const argv = join(dir, 'argv.txt');
    const argfiles = join(dir, 'argfiles.txt');
    writeFileSync(bin, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argv}'\nfor a in "$@"; do case "$a" in @*) cat "\${a#@}" >> '${argfiles}';; esac; done\n`);
    chmodSync(bin, 0o755);
    return { command: bin, argv, argfiles };
  };

  test.each([['generated', 'Xq3_vT9-kLmN0pQrStUv'], ['chosen, with spaces, quotes and a hash', 'my "secret" pass\\word #1']])(
    'a %s password goes to the admin tool in a private argument file, never on its command line',
    (_what, password) => {
      const java = fakeJava();
      setInitialPassword(serverPaths(join(dir, 'home')), { command: java.command, major: 17, version: '17' }, password);
      const argv = readFileSync(java.argv, 'utf8');
      expect(argv).toContain('set-initial-password');
      expect(argv).not.toContain(password);
      // picocli reads the file as the end of options, then one double-quoted argument, with backslash escapes.
      expect(readFileSync(java.argfiles, 'utf8').trim()).toBe(`--\n"${password.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
      // The file is gone once the tool has run.
      const argfile = /^@(.*)$/m.exec(argv)![1]!;
      expect(existsSync(argfile)).toBe(false);
      rmSync(java.argfiles);
    },
  );
});

// A generated password starts with '-' one time in 64 (base64url): the admin tool took it for an option and failed
// with "Missing required parameter: '<password>'" (seen once in CI). The real tool, from the installed jars.
test('the admin tool takes a password that starts with a dash', () => {
  mkdirSync(join(dir, 'home'), { recursive: true });
  const paths = { ...serverPaths(join(dir, 'home')), lib: serverPaths().lib };
  setInitialPassword(paths, findJava(), '-Xq3_vT9kLmN0pQrStUv');
  expect(readFileSync(join(dir, 'home', 'data', 'dbms', 'auth.ini'), 'utf8')).toMatch(/^neo4j:SHA-256,/);
});

test('readCredentials refuses a file without a password', () => {
  const file = join(dir, 'broken-credentials');
  writeFileSync(file, 'NEO4J_USER=neo4j\n');
  const error = thrown(() => readCredentials(file));
  expect(error.code).toBe('CONFIG_INVALID');
  expect(error.subject).toBe(file);
});

describe('portInUse', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('sees a port that something listens on', async () => {
    expect(await portInUse(port)).toBe(true);
  });

  test('sees a free port as free', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    expect(await portInUse(free)).toBe(false);
  });
});
