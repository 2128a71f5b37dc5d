// The real Neo4j the tests run against: the store writes and reads through the driver, APOC and the Browser are
// there, authentication is on, and the local server listens on the loopback address only.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { KgError } from '../../src/errors.js';
import { createStore } from '../../src/store/connection.js';
import { graphStats } from '../../src/store/stats.js';
import { useTestDatabase } from '../helpers/neo4j.js';

const db = useTestDatabase({ clearBeforeEach: true });

describe('the store', () => {
  test('writes with parameters and reads back plain values', async () => {
    await db.store.write('CREATE (:Organization:Company {key: $key, name: $name, aliases: $aliases, founded: $founded})', {
      key: 'company:信易电热机械有限公司',
      name: '信易电热机械有限公司',
      aliases: ['信易电热'],
      founded: 2002,
    });
    const rows = await db.store.read<{ n: { labels: string[]; properties: Record<string, unknown> }; founded: unknown }>(
      'MATCH (n:Company {key: $key}) RETURN n, n.founded AS founded',
      { key: 'company:信易电热机械有限公司' },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.founded).toBe(2002);
    expect(rows[0]!.n.labels.sort()).toEqual(['Company', 'Organization']);
    expect(rows[0]!.n.properties).toEqual({ key: 'company:信易电热机械有限公司', name: '信易电热机械有限公司', aliases: ['信易电热'], founded: 2002 });
  });

  test('runs UNWIND batches idempotently with MERGE', async () => {
    const rows = [{ key: 'a', name: 'A' }, { key: 'b', name: 'B' }];
    const merge = 'UNWIND $rows AS row MERGE (n:Place {key: row.key}) SET n.name = row.name';
    await db.store.write(merge, { rows });
    await db.store.write(merge, { rows });
    const [count] = await db.store.read<{ c: number }>('MATCH (n:Place) RETURN count(n) AS c');
    expect(count!.c).toBe(2);
  });

  test('commits the statements of one write transaction together, or none of them', async () => {
    await db.store.writeTransaction(async (tx) => {
      await tx.run('CREATE (:Person {name: $name})', { name: '王强' });
      await tx.run('MATCH (p:Person {name: $name}) CREATE (p)-[:WROTE {role: $role}]->(:Article {title: $title})', {
        name: '王强',
        role: 'photographer',
        title: '千名干部助千企',
      });
    });
    await expect(
      db.store.writeTransaction(async (tx) => {
        await tx.run('CREATE (:Person {name: $name})', { name: '张磊' });
        await tx.run('THIS IS NOT CYPHER');
      }),
    ).rejects.toMatchObject({ code: 'NEO4J_QUERY' });
    const names = await db.store.read<{ name: string }>('MATCH (p:Person) RETURN p.name AS name');
    expect(names.map((r) => r.name)).toEqual(['王强']);
  });

  test('reports a Cypher error as NEO4J_QUERY naming the statement', async () => {
    const error = await db.store.read('RETURN nonsense(').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgError);
    expect(error).toMatchObject({ code: 'NEO4J_QUERY', subject: 'query "RETURN nonsense("' });
  });

  test('counts nodes per label (finer labels apart) and relationships per type, whatever the label is called', async () => {
    await db.store.write(
      'CREATE (a:Article {title: $t})-[:MENTIONS]->(:Organization:Company {name: $c}), (a)-[:MENTIONS]->(:`Odd Label` {name: $o}), (a)<-[:WROTE]-(:Person {name: $p})',
      { t: 'title', c: '盈智', o: 'x', p: '胡佳英' },
    );
    expect(await graphStats(db.store)).toEqual({
      totals: { nodes: 4, relationships: 3 },
      nodes: { Article: 1, 'Odd Label': 1, Organization: 1, Person: 1 },
      finerLabels: { Company: 1 },
      relationships: { MENTIONS: 2, WROTE: 1 },
    });
  });

  test('works over a routing URI (neo4j://) as clusters and Aura need', async () => {
    await db.store.write('CREATE (:Place {name: $name})', { name: '平湖市' });
    const routed = createStore({ ...db.config, uri: db.config.uri.replace(/^bolt:/, 'neo4j:') });
    try {
      expect(await routed.read('MATCH (p:Place) RETURN p.name AS name')).toEqual([{ name: '平湖市' }]);
    } finally {
      await routed.close();
    }
  });
});

describe('the server', () => {
  const httpUrl = (): string => `http://127.0.0.1:${db.config.local.httpPort}`;

  test('is Neo4j 5.26', async () => {
    expect(await db.store.serverInfo()).toMatchObject({ version: expect.stringMatching(/^5\.26\./) });
  });

  test('has APOC', async () => {
    const [row] = await db.store.read<{ version: string }>('RETURN apoc.version() AS version');
    expect(row!.version).toMatch(/^5\.26\./);
    const [merged] = await db.store.read<{ map: unknown }>('RETURN apoc.map.merge($a, $b) AS map', { a: { x: 1 }, b: { y: 2 } });
    expect(merged!.map).toEqual({ x: 1, y: 2 });
  });

  test('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch(`${httpUrl()}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  test('refuses a wrong password', async () => {
    const intruder = createStore({ ...db.config, password: 'not-the-password' });
    try {
      await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'NEO4J_AUTH' });
    } finally {
      await intruder.close();
    }
    const response = await fetch(`${httpUrl()}/db/neo4j/tx/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('neo4j:not-the-password').toString('base64')}` },
      body: JSON.stringify({ statements: [{ statement: 'RETURN 1' }] }),
    });
    expect((await response.json()) as unknown).toMatchObject({ errors: [{ code: 'Neo.ClientError.Security.Unauthorized' }] });
  });

  test('listens on 127.0.0.1 only', async () => {
    const ports = [db.config.local.boltPort, db.config.local.httpPort];
    for (const port of ports) {
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.every((a) => a === '127.0.0.1')).toBe(true);
      for (const external of externalIPv4Addresses()) {
        expect(await canConnect(external, port)).toBe(false);
      }
    }
  });
});

/** The local addresses sockets listen on for a TCP port, from the kernel's tables (IPv4-mapped IPv6 included). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue;
      const [hex, portHex] = local.split(':') as [string, string];
      if (parseInt(portHex, 16) !== port) continue;
      found.push(decodeAddress(hex));
    }
  }
  return found;
}

function decodeAddress(hex: string): string {
  // IPv4 is one little-endian word; an IPv4-mapped IPv6 address ends with the same word after 0000FFFF.
  const ipv4 = hex.length === 8 ? hex : /^0{16}FFFF0000([0-9A-F]{8})$/i.exec(hex)?.[1];
  if (ipv4 === undefined) return `ipv6:${hex}`;
  return [6, 4, 2, 0].map((i) => parseInt(ipv4.slice(i, i + 2), 16)).join('.');
}

function externalIPv4Addresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
