// The bulk path of `kg load --bulk`: a graph into the empty database of the local server kg runs, through
// neo4j-admin's offline importer instead of transactions. The graph becomes the CSV files `kg export --format csv`
// writes (src/export/csv.ts), the server is stopped, `neo4j-admin database import full` (the AdminTool of the
// jars Maven resolved into .neo4j/lib) writes the database's store files, the server is started again and the
// constraints and indexes kg relies on are created. Refused, before anything is stopped or written, for any server
// but the local one, for a database that holds anything (the import replaces the database's files) and for a graph
// with any row wrong. The graph is read as rows (a graph.jsonl as a stream, never whole): a first pass checks it,
// plans the load's manifest, learns the CSV columns and notes the empty lists the importer cannot store; a second
// writes the CSV.
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
  /** Milliseconds of each step, in order (bench/RESULTS.md, "Archive", reports them). */
  phases: BulkPhases;
  /** What the database holds now, for the next load by what changed (src/load-diff/). */
  manifest: Manifest;
}

export interface BulkPhases {
  /** Connecting (starting the server if need be) and the emptiness check. */
  connect: number;
  /** The first pass: every row checked, the manifest planned, the CSV columns learnt. */
  check: number;
  /** The second pass, writing the CSV while the server stops; then the rest of the stop. */
  csv: number;
  stop: number;
  import: number;
  start: number;
  /** Constraints and indexes created and populated on the imported store. */
  constraints: number;
  emptyLists: number;
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
  const phases: BulkPhases = { connect: 0, check: 0, csv: 0, stop: 0, import: 0, start: 0, constraints: 0, emptyLists: 0 };
  let clock = performance.now();
  const lap = (phase: keyof BulkPhases): void => {
    const now = performance.now();
    phases[phase] = now - clock;
    clock = now;
  };
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
  lap('connect');
  // The first pass, before the server is stopped: a wrong row stops the load with nothing changed.
  const layout = new CsvLayout();
  const empty = new EmptyLists();
  const see = (row: GraphRow): void => {
    layout.add(row);
    empty.add(row);
  };
  const plan = await planLoad({ ...rows, checked: () => observed(rows.checked(), see) }, loadTarget(config));
  lap('check');

  const dir = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
  let importMs = 0;
  try {
    onProgress({ phase: 'stop', message: `Stopping the local Neo4j for neo4j-admin database import (the bulk path) ...` });
    // The CSV files are written while the server shuts down (a JVM's stop takes seconds of waiting, the CSV seconds
    // of work here): the stop is asked for first, the files written, and the stop awaited before the import.
    const stopped = stopLocalServer({ paths, onProgress });
    try {
      let names: string[];
      let multiline: string[];
      try {
        ({ tables: names, multiline } = await writeCsvTables(rows.again(), layout, dir));
        lap('csv');
      } finally {
        await stopped;
        lap('stop');
      }
      const args = [
        ...names.filter((n) => n.startsWith('nodes-')).map((n) => `--nodes=${n}`),
        ...names.filter((n) => n.startsWith('relationships-')).map((n) => `--relationships=${n}`),
        // Only the tables with a line break in a field (articles' text, evidence sentences) are read in the
        // multi-line mode, which splits a file among the importer's threads only at record ends it has parsed.
        ...(multiline.length ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
        '--array-delimiter=;',
        '--overwrite-destination=true',
        database,
      ];
      await runImport(paths, dir, args);
      lap('import');
      importMs = phases.import;
    } finally {
      // Started again whatever happened since the stop: a failed import (or CSV that could not be written) leaves
      // the database as it was, empty.
      const restarted = await startLocalServer(connection.config, { paths, onProgress });
      lap('start');
      const after = createStore({ ...connection.config, user: restarted.user, password: restarted.password });
      try {
        if (importMs) {
          await applyConstraints(after);
          lap('constraints');
          await empty.restore(after);
          lap('emptyLists');
        }
      } finally {
        await after.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { totals } = plan.manifest.stats;
  return { nodes: totals.nodes, relationships: totals.relationships, database, ms: performance.now() - started, importMs, phases, manifest: plan.manifest };
}

async function* observed(rows: AsyncIterable<GraphRow> | Iterable<GraphRow>, see: (row: GraphRow) => void): AsyncGenerator<GraphRow> {
  for await (const row of rows) {
    see(row);
    yield row;
  }
}

/**
 * neo4j-admin reads an empty CSV cell as no property, and an empty list is written as an empty cell; a load by
 * transactions stores `aliases: []` as an empty list. The rows with an empty list are noted during the first pass
 * (a few thousand in 100k articles: only their keys and the names of those properties are kept) and the
 * properties set by key after the import, BATCH at a time, so the two paths give the same database.
 */
class EmptyLists {
  private readonly groups = new Map<string, Array<{ key: string; props: Record<string, unknown[]> }>>();

  add(row: GraphRow): void {
    if (row.kind === 'meta') return;
    const item = row.kind === 'node' ? row.node : row.relationship;
    let props: Record<string, unknown[]> | undefined;
    for (const [name, value] of Object.entries(item.properties)) if (Array.isArray(value) && value.length === 0) (props ??= {})[name] = [];
    if (!props) return;
    const group = row.kind === 'node' ? `node ${primaryLabel(row.node)!}` : `relationship ${row.relationship.type}`;
    (this.groups.get(group) ?? this.groups.set(group, []).get(group)!).push({ key: item.id, props });
  }

  async restore(store: Store): Promise<void> {
    for (const [group, rows] of this.groups) {
      const [kind, name] = group.split(' ') as ['node' | 'relationship', string];
      const cypher =
        kind === 'node'
          ? `UNWIND $rows AS row MATCH (n:${schemaName(name, NODE_LABELS)} {key: row.key}) SET n += row.props`
          : `UNWIND $rows AS row MATCH ()-[r:${schemaName(name, RELATIONSHIP_TYPES)} {key: row.key}]->() SET r += row.props`;
      for (let i = 0; i < rows.length; i += BATCH) await store.write(cypher, { rows: rows.slice(i, i + BATCH) });
    }
  }
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
