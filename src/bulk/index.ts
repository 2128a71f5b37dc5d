// The bulk path of `kg load --bulk`: a graph into the empty database of the local server kg runs, through
// neo4j-admin's offline importer instead of transactions. The graph becomes the CSV files `kg export --format csv`
// writes (src/export/csv.ts), the server is stopped, `neo4j-admin database import full` (the AdminTool of the
// jars Maven resolved into .neo4j/lib) writes the database's store files, the server is started again and the
// constraints and indexes kg relies on are created. Refused, before anything is stopped or written, for any server
// but the local one, for a database that holds anything (the import replaces the database's files) and for a graph
// with any row wrong. The graph is read as rows (a graph.jsonl as a stream, never whole): a first pass checks it,
// plans the load's manifest and learns the CSV columns, a second writes the CSV, a third restores empty lists.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isManagedLocalServer, type Neo4jConfig } from '../config/neo4j-config.js';
import { KgError } from '../errors.js';
import { CsvLayout } from '../export/csv.js';
import { writeCsvTables } from '../export/stream.js';
import type { GraphRow, GraphRows } from '../graph/jsonl.js';
import { graphRows, loadTarget, planLoad, type Manifest } from '../load-diff/index.js';
import { ensureNeo4j } from '../server/ensure.js';
import { startLocalServer, stopLocalServer } from '../server/local-server.js';
import { ignoreProgress, type OnServerProgress } from '../server/progress.js';
import { serverPaths, type ServerPaths } from '../server/server-paths.js';
import { findJava } from '../server/toolchain.js';
import { createStore } from '../store/connection.js';
import { applyConstraints } from '../store/loader.js';
import { schemaName as checkedName } from '../store/schema-name.js';
import type { Store } from '../store/store.js';
import { NODE_LABELS, primaryLabel, RELATIONSHIP_TYPES, type Graph } from '../../schema/model.js';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const SUBJECT = 'kg load --bulk';
/** Rows per transaction of the pass that restores empty lists. */
const BATCH = 5000;

export interface BulkLoadResult {
  nodes: number;
  relationships: number;
  database: string;
  /** Milliseconds: the whole load, and the importer's own run. */
  ms: number;
  importMs: number;
  /** What the database holds now, for the next load by what changed (src/load-diff/). */
  manifest: Manifest;
}

export interface BulkLoadOptions {
  paths?: ServerPaths;
  /** Told each step (stopping, importing, starting), so the user knows why the server went away. */
  onProgress?: OnServerProgress;
}

export async function bulkLoad(input: Graph | GraphRows, config: Neo4jConfig, options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
  const started = performance.now();
  const paths = options.paths ?? serverPaths();
  const onProgress = options.onProgress ?? ignoreProgress;
  const rows = 'nodes' in input ? graphRows(input) : input;
  if (!isManagedLocalServer(config)) {
    throw new KgError('USAGE', `the bulk path writes the files of the local server kg runs, and ${config.uri} is another server`, {
      subject: SUBJECT,
      hint: 'leave out --bulk to load by transactions, which works with any server',
    });
  }
  const connection = await ensureNeo4j(config, onProgress, { paths });
  const database = connection.config.database ?? 'neo4j';
  const store = createStore(connection.config);
  try {
    const [row] = await store.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const held = row?.n ?? 0;
    if (held > 0) {
      throw new KgError('USAGE', `the database "${database}" holds ${held.toLocaleString('en')} nodes; the bulk path replaces a database's files, so it only fills an empty one`, {
        subject: SUBJECT,
        hint: 'leave out --bulk to merge this graph into what the database holds (loads by transactions are idempotent)',
      });
    }
  } finally {
    await store.close();
  }
  // The first pass, before the server is stopped: a wrong row stops the load with nothing changed.
  const layout = new CsvLayout();
  const plan = await planLoad({ ...rows, checked: () => observed(rows.checked(), (row) => layout.add(row)) }, loadTarget(config));

  const dir = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
  let importMs = 0;
  try {
    onProgress({ phase: 'stop', message: `Stopping the local Neo4j for neo4j-admin database import (the bulk path) ...` });
    // The CSV files are written while the server shuts down (a JVM's stop takes seconds of waiting, the CSV seconds
    // of work here): the stop is asked for first, the files written, and the stop awaited before the import.
    const stopped = stopLocalServer({ paths, onProgress });
    try {
      let names: string[];
      try {
        names = (await writeCsvTables(rows.again(), layout, dir)).tables;
      } finally {
        await stopped;
      }
      const args = [
        ...names.filter((n) => n.startsWith('nodes-')).map((n) => `--nodes=${n}`),
        ...names.filter((n) => n.startsWith('relationships-')).map((n) => `--relationships=${n}`),
        '--multiline-fields=true',
        '--array-delimiter=;',
        '--overwrite-destination=true',
        database,
      ];
      const t = performance.now();
      await runImport(paths, dir, args);
      importMs = performance.now() - t;
    } finally {
      // Started again whatever happened since the stop: a failed import (or CSV that could not be written) leaves
      // the database as it was, empty.
      const restarted = await startLocalServer(connection.config, { paths, onProgress });
      const after = createStore({ ...connection.config, user: restarted.user, password: restarted.password });
      try {
        if (importMs) {
          await applyConstraints(after);
          await restoreEmptyLists(after, rows.again());
        }
      } finally {
        await after.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { totals } = plan.manifest.stats;
  return { nodes: totals.nodes, relationships: totals.relationships, database, ms: performance.now() - started, importMs, manifest: plan.manifest };
}

async function* observed(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, see: (row: GraphRow) => void): AsyncGenerator<GraphRow> {
  for await (const row of rows) {
    see(row);
    yield row;
  }
}

/**
 * neo4j-admin reads an empty CSV cell as no property, and an empty list is written as an empty cell; a load by
 * transactions stores `aliases: []` as an empty list. Those properties are set here, by key, so the two paths
 * give the same database: the rows are read again and the ones with an empty list sent BATCH at a time.
 */
async function restoreEmptyLists(store: Store, rows: AsyncIterable<GraphRow> | Iterable<GraphRow>): Promise<void> {
  const pending = new Map<string, Array<{ key: string; props: Record<string, unknown[]> }>>();
  const send = async (group: string): Promise<void> => {
    const batch = pending.get(group)!;
    pending.delete(group);
    const [kind, name] = group.split(' ') as ['node' | 'relationship', string];
    const cypher =
      kind === 'node'
        ? `UNWIND $rows AS row MATCH (n:${schemaName(name, NODE_LABELS)} {key: row.key}) SET n += row.props`
        : `UNWIND $rows AS row MATCH ()-[r:${schemaName(name, RELATIONSHIP_TYPES)} {key: row.key}]->() SET r += row.props`;
    await store.write(cypher, { rows: batch });
  };
  for await (const row of rows) {
    if (row.kind === 'meta') continue;
    const item = row.kind === 'node' ? row.node : row.relationship;
    const props = Object.fromEntries(Object.entries(item.properties).filter(([, v]) => Array.isArray(v) && v.length === 0)) as Record<string, unknown[]>;
    if (!Object.keys(props).length) continue;
    const group = row.kind === 'node' ? `node ${primaryLabel(row.node)!}` : `relationship ${row.relationship.type}`;
    const batch = pending.get(group) ?? pending.set(group, []).get(group)!;
    batch.push({ key: item.id, props });
    if (batch.length >= BATCH) await send(group);
  }
  for (const group of [...pending.keys()]) await send(group);
}

/** A label or type written into Cypher: only one the schema defines (the store's guard). */
const schemaName = (name: string, allowed: readonly string[]): string => checkedName(name, allowed, SUBJECT);

/** neo4j-admin database import full, in the CSV directory, against the server's home and configuration. */
function runImport(paths: ServerPaths, cwd: string, args: string[]): Promise<void> {
  const java = findJava();
  const classpath = [join(paths.plugins, '*'), join(paths.lib, '*')].join(delimiter);
  return new Promise((resolve, reject) => {
    const child = spawn(java.command, ['-cp', classpath, ADMIN_TOOL, 'database', 'import', 'full', ...args], {
      cwd,
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The importer prints a progress bar of dots; only the end of its output is kept, to explain a failure.
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => reject(new KgError('SERVER_SETUP', `could not run neo4j-admin database import: ${e.message}`, { subject: SUBJECT })));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new KgError('NEO4J_QUERY', `neo4j-admin database import failed (exit ${code}); the database is left empty:\n${tail.trim().split('\n').slice(-12).join('\n')}`, { subject: SUBJECT, hint: 'leave out --bulk to load by transactions' }));
    });
  });
}
