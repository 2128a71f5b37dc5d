// Test access to the Neo4j that global setup made sure of. Test files run in parallel workers but share one
// database, so a suite that uses it takes a cross-process lock for its whole run and starts from an empty graph.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNeo4jConfig, type Neo4jConfig } from '../../src/config/neo4j-config.js';
import { loadQueries, paramsFor, statementOf } from '../../src/queries/index.js';
import { createStore } from '../../src/store/connection.js';
import type { Store } from '../../src/store/store.js';

export interface TestDatabase {
  /** The settings global setup exported (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD). */
  readonly config: Neo4jConfig;
  readonly store: Store;
  /** Deletes every node and relationship. */
  clear(): Promise<void>;
}

// One lock per database (its Bolt address): suites on another server do not wait for this one.
const LOCK_DIR = join(tmpdir(), `kg-neo4j-tests-${lockKey(loadNeo4jConfig().uri)}.lock`);
const DELETE_BATCH = 10_000;
/** How long a suite waits for another suite to release the test database. */
const LOCK_WAIT_MS = 10 * 60_000;

/** A Store on the test database; the caller closes it. */
export function openTestStore(): Store {
  return createStore(loadNeo4jConfig());
}

/**
 * Deletes the whole graph in batches, so a large leftover graph cannot exhaust the transaction memory: the
 * relationships first, then the nodes, so no transaction touches more than a batch of either (DETACH DELETE of
 * a batch of nodes also deleted all their relationships, without bound on a hub of many thousands).
 */
export async function clearDatabase(store: Store): Promise<void> {
  await deleteInBatches(store, 'MATCH ()-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*) AS deleted');
  await deleteInBatches(store, 'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted');
}

async function deleteInBatches(store: Store, statement: string): Promise<void> {
  for (;;) {
    const [row] = await store.write<{ deleted: number }>(statement, { batch: DELETE_BATCH });
    if ((row?.deleted ?? 0) < DELETE_BATCH) return;
  }
}

/**
 * Call inside a describe block: before its tests it takes the database lock, opens a store and empties the graph
 * (and again before each test with `clearBeforeEach`); afterwards it closes the store and releases the lock.
 */
export function useTestDatabase(options: { clearBeforeEach?: boolean } = {}): TestDatabase {
  let store: Store | undefined;
  let locked = false;
  const config = loadNeo4jConfig();
  const database: TestDatabase = {
    config,
    get store(): Store {
      if (!store) throw new Error('useTestDatabase(): the store opens in beforeAll; use it inside tests');
      return store;
    },
    clear: () => clearDatabase(database.store),
  };
  // Waiting for the lock is not the suite's own time: the hook may wait as long as acquireLock does, and more.
  beforeAll(async () => {
    await acquireLock();
    locked = true;
    store = createStore(config);
    await database.clear();
  }, LOCK_WAIT_MS + 60_000);
  if (options.clearBeforeEach) beforeEach(() => database.clear());
  afterAll(async () => {
    await store?.close();
    // A suite whose setup timed out before it took the lock must not remove the lock another suite holds.
    if (locked) releaseLock();
  });
  return database;
}

// mkdir is atomic: whoever creates the directory holds the lock. A lock whose holder died is taken over.
async function acquireLock(): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (!holderAlive()) rmSync(LOCK_DIR, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited 10 minutes for the test database lock ${LOCK_DIR}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Removes the lock only while this process holds it. */
function releaseLock(): void {
  try {
    if (Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8')) !== process.pid) return;
  } catch {
    return;
  }
  rmSync(LOCK_DIR, { recursive: true, force: true });
}

function lockKey(uri: string): string {
  return uri.replace(/[^A-Za-z0-9]+/g, '-');
}

function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8'));
  } catch {
    // The holder has made the directory but not yet written its pid (or died in between, long ago).
    try {
      return Date.now() - statSync(LOCK_DIR).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs a canned query by name on the test database with `-p`-style overrides (`name=value`); it must exist. */
export function cannedQueryRunner(db: TestDatabase): (name: string, overrides?: string[]) => Promise<Array<Record<string, unknown>>> {
  const queries = loadQueries();
  return async (name, overrides = []) => {
    const q = queries.find((x) => x.name === name);
    if (!q) throw new Error(`no canned query named ${name}`);
    return db.store.read(statementOf(q), paramsFor(q, overrides));
  };
}
