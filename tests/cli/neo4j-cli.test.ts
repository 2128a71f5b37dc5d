// `kg neo4j status` and `kg stats` run as real processes against the test server, with the connection settings
// global setup exported; stdout must be exactly what scripts parse.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { useTestDatabase } from '../helpers/neo4j.js';

const run = promisify(execFile);
const KG = join(PROJECT_ROOT, 'bin', 'kg.js');

async function kg(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [KG, ...args], { cwd: PROJECT_ROOT, env: process.env });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const failed = e as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

const db = useTestDatabase();

test('kg neo4j status --json describes the running local server', async () => {
  const { stdout, code } = await kg('neo4j', 'status', '--json');
  expect(code).toBe(0);
  const status = JSON.parse(stdout) as Record<string, unknown>;
  expect(status).toMatchObject({
    running: true,
    installed: true,
    pid: expect.any(Number),
    boltUri: `bolt://127.0.0.1:${db.config.local.boltPort}`,
    httpUrl: `http://127.0.0.1:${db.config.local.httpPort}`,
    browserUrl: `http://127.0.0.1:${db.config.local.httpPort}/browser/`,
    version: expect.stringMatching(/^5\.26\./),
    edition: 'community',
    configuredUri: db.config.uri,
    usedByKg: true,
  });
  expect(JSON.stringify(status)).not.toContain(db.config.password!);
});

test('kg neo4j status prints the same facts for people', async () => {
  const { stdout } = await kg('neo4j', 'status');
  expect(stdout).toMatch(/is running, pid \d+/);
  expect(stdout).toMatch(/version +5\.26\.\d+ community/);
  expect(stdout).toContain(`browser  http://127.0.0.1:${db.config.local.httpPort}/browser/`);
});

describe('kg stats', () => {
  beforeAll(async () => {
    await db.store.write(
      'CREATE (a:Article {title: $title}), (a)-[:MENTIONS]->(:Organization:Company {name: $c1}), (a)-[:MENTIONS]->(:Organization:Company {name: $c2}), (a)-[:MENTIONS]->(:Place {name: $p})',
      { title: '千名干部助千企', c1: '信易电热机械有限公司', c2: '日本电产', p: '平湖市' },
    );
  });

  test('--format json gives totals, nodes by their kg label (adding up to the total) and finer labels apart (#16.11)', async () => {
    const { stdout, code } = await kg('stats', '--format', 'json');
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as { totals: { nodes: number; relationships: number }; nodes: Record<string, number>; finerLabels: Record<string, number>; relationships: Record<string, number> };
    expect(stats).toEqual({
      totals: { nodes: 4, relationships: 3 },
      nodes: { Article: 1, Organization: 2, Place: 1 },
      finerLabels: { Company: 2 },
      relationships: { MENTIONS: 3 },
    });
    const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(stats.nodes)).toBe(stats.totals.nodes);
    expect(sum(stats.relationships)).toBe(stats.totals.relationships);
  });

  test('--format table aligns the counts, finer labels under their label', async () => {
    const { stdout } = await kg('stats', '--format', 'table');
    expect(stdout.split('\n')).toEqual([
      'KIND          NAME          COUNT',
      'node          Article           1',
      'node          Organization      2',
      '  finer       Company           2',
      'node          Place             1',
      'node          (total)           4',
      'relationship  MENTIONS          3',
      'relationship  (total)           3',
      '',
    ]);
  });

  test('refuses an unknown format', async () => {
    const { code, stdout, stderr } = await kg('stats', '--format', 'xml');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Allowed choices are table, json/);
  });

  test('names the variable when the configuration is wrong', async () => {
    const { code, stderr } = await run(process.execPath, [KG, 'stats'], { env: { ...process.env, NEO4J_URI: 'http://127.0.0.1:7474' } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(code).toBe(4);
    expect(stderr).toContain('kg: error [CONFIG_INVALID]: NEO4J_URI: "http://" is not a Neo4j scheme');
  });
});
