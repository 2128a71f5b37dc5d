// Issue 16.2 and 16.10: a Neo4j that cannot be used ends kg in seconds with an error that names the cause. A port
// that accepts connections and never speaks (another program, a hung server) made kg wait for ever; bolt+s:// to
// the local server (which has no TLS) was told to start a server that was running; kg query had no time limit.
import { createServer, type Server, type Socket } from 'node:net';
import { kg } from '../helpers/kg-process.js';
import { useTestDatabase } from '../helpers/neo4j.js';

/** Generous for a shared machine: the connection deadline itself is 15 s. */
const ENDS_WITHIN_MS = 60_000;

describe('a port that accepts connections but never answers', () => {
  let server: Server;
  let port: number;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test.each([['stats'], ['query', 'articles']])(
    'kg %s exits 6 with NEO4J_UNAVAILABLE and a hint, in seconds',
    async (...args) => {
      const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'not-used-here' };
      const started = Date.now();
      const run = await kg(args, { env });
      expect(Date.now() - started).toBeLessThan(ENDS_WITHIN_MS);
      expect(run.code).toBe(6);
      expect(run.stderr).toContain(`kg: error [NEO4J_UNAVAILABLE]: bolt://127.0.0.1:${port}: `);
      expect(run.stderr).toMatch(/no Bolt answer within \d+ s/);
      expect(run.stderr).toMatch(/kg: hint: .*(not a Neo4j|another program)/);
    },
  );
});

describe('the local server under the wrong scheme or user', () => {
  const db = useTestDatabase();

  test('bolt+s:// to the local server, which has no TLS, is told to use bolt://', async () => {
    const port = db.config.local.boltPort;
    const run = await kg(['stats'], { env: { ...process.env, NEO4J_URI: `bolt+s://127.0.0.1:${port}` } });
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('[NEO4J_UNAVAILABLE]');
    expect(run.stderr).toMatch(/kg: hint: .*does not speak TLS.*bolt:\/\/127\.0\.0\.1:\d+/);
    expect(run.stderr).not.toMatch(/start that server/);
  });
});

describe('kg query --timeout', () => {
  const db = useTestDatabase();

  test.each([['abc'], ['-1'], ['1e999']])('refuses --timeout %s as a usage error', async (value) => {
    const run = await kg(['query', 'articles', '--timeout', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout.*seconds/);
  });

  test('a query within its limit answers; 0 means no limit', async () => {
    await db.store.write("CREATE (:Article {key: 'article:t-a1', name: '测试', title: '测试稿', kind: 'news', ordinal: 1, pageId: 't'})");
    for (const timeout of ['30', '0']) {
      const run = await kg(['query', 'articles', '--timeout', timeout, '--format', 'json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ title: '测试稿' })]);
    }
  });

  test('the server stops a statement that runs past the limit: NEO4J_TIMEOUT, with a hint naming the flag', async () => {
    const started = Date.now();
    const error = await db.store
      .read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*) AS n', {}, { timeoutMs: 500 })
      .then(
        () => undefined,
        (e: unknown) => e as { code: string; hint?: string },
      );
    expect(error).toMatchObject({ code: 'NEO4J_TIMEOUT', hint: expect.stringMatching(/--timeout/) });
    expect(Date.now() - started).toBeLessThan(ENDS_WITHIN_MS);
  });
});
