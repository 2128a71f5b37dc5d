// Opens the driver and wraps it in the Store interface. Writes go through session.executeWrite so the driver
// retries transient failures (leader switches on clusters, deadlocks); reads through executeRead so routing
// URIs (neo4j://, neo4j+s://) send them to readers.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { noBoltAnswer, toKgError, type ErrorContext } from './driver-errors.js';
import { toDriverParams, toPlain } from './plain-values.js';
import type { Params, Row, ServerDescription, Store, StoreTransaction } from './store.js';

/** What a connection needs; a Neo4jConfig satisfies it. */
export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
}

/**
 * How long the first contact may take: TCP, TLS, the Bolt handshake and the login. The driver's connectionTimeout
 * covers only the TCP connect; a port that accepts and then says nothing (another program, a hung server) would
 * hold the handshake open for ever, so verifyConnectivity gives up after this.
 */
export const CONNECT_DEADLINE_MS = 15_000;

export function createDriver(settings: ConnectionSettings): Driver {
  // No `encrypted`/`trust` options: the URI scheme carries them (bolt+s, neo4j+ssc …) and the driver rejects both.
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password ?? ''), {
    disableLosslessIntegers: true,
    userAgent: 'kg-local-news',
    connectionTimeout: 10_000,
    // A command opens one session at a time, so waiting for a pooled connection means the server does not answer.
    connectionAcquisitionTimeout: CONNECT_DEADLINE_MS,
    maxTransactionRetryTime: 30_000,
  });
}

export function createStore(settings: ConnectionSettings): Store {
  const driver = createDriver(settings);
  const context: ErrorContext = { uri: settings.uri, user: settings.user, database: settings.database };
  const openSession = (mode: 'READ' | 'WRITE'): Session =>
    driver.session({ database: settings.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  async function withSession<T>(mode: 'READ' | 'WRITE', cypher: string | undefined, work: (s: Session) => Promise<T>): Promise<T> {
    const session = openSession(mode);
    try {
      return await work(session);
    } catch (e) {
      throw toKgError(e, { ...context, cypher });
    } finally {
      await session.close();
    }
  }

  const transaction = (tx: ManagedTransaction): StoreTransaction => ({
    run: async <R extends Row = Row>(cypher: string, params: Params = {}) => rows<R>(await tx.run(cypher, toDriverParams(params) as Params)),
  });

  const store: Store = {
    uri: settings.uri,
    database: settings.database,
    read: (cypher, params = {}, options = {}) =>
      withSession('READ', cypher, (s) => s.executeRead((tx) => transaction(tx).run(cypher, params), options.timeoutMs ? { timeout: options.timeoutMs } : {})),
    write: (cypher, params = {}) => withSession('WRITE', cypher, (s) => s.executeWrite((tx) => transaction(tx).run(cypher, params))),
    writeTransaction: (work) => withSession('WRITE', undefined, (s) => s.executeWrite((tx) => work(transaction(tx)))),
    async verifyConnectivity() {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(noBoltAnswer(context, CONNECT_DEADLINE_MS)), CONNECT_DEADLINE_MS);
      });
      try {
        await Promise.race([driver.verifyConnectivity({ database: settings.database }), deadline]);
      } catch (e) {
        throw toKgError(e, context);
      } finally {
        clearTimeout(timer);
      }
    },
    async serverInfo(): Promise<ServerDescription> {
      const [component] = await store.read<{ version: string; edition: string }>(
        "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
      );
      const info = await driver.getServerInfo({ database: settings.database }).catch((e: unknown) => {
        throw toKgError(e, context);
      });
      return { address: info.address ?? settings.uri, version: component?.version ?? 'unknown', edition: component?.edition ?? 'unknown' };
    },
    close: () => driver.close(),
  };
  return store;
}

function rows<R extends Row>(result: { records: Array<{ toObject(): Row }> }): R[] {
  return result.records.map((record) => toPlain(record.toObject()) as R);
}
