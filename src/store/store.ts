// The store seam: the small interface the rest of kg uses to talk to Neo4j. Only src/store/ knows the driver;
// callers pass Cypher text and parameters and get back plain rows (numbers, strings, arrays, plain objects).
// Whole numbers in parameters are sent as Cypher INTEGER, other numbers as FLOAT.

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A node as plain data, as rows carry it when a query returns a node. */
export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Row;
}

/** A relationship as plain data. */
export interface PlainRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Row;
}

/** A path as plain data: its nodes in order and the relationships between them. */
export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** How a read may run. */
export interface ReadOptions {
  /** The server ends the transaction when it runs longer than this (NEO4J_TIMEOUT); none by default. */
  timeoutMs?: number;
}

/** One statement runner inside a managed transaction. */
export interface StoreTransaction {
  run<R extends Row = Row>(cypher: string, params?: Params): Promise<R[]>;
}

export interface ServerDescription {
  /** host:port of the server that answered. */
  address: string;
  /** e.g. 5.26.30 */
  version: string;
  /** community, enterprise or aura */
  edition: string;
}

export interface Store {
  readonly uri: string;
  /** The database every statement runs in; undefined means the server's default database. */
  readonly database: string | undefined;
  /** Runs one read-only statement (routed to a reader on clusters). */
  read<R extends Row = Row>(cypher: string, params?: Params, options?: ReadOptions): Promise<R[]>;
  /** Runs one statement in a managed write transaction, retried on transient errors: it must be idempotent. */
  write<R extends Row = Row>(cypher: string, params?: Params): Promise<R[]>;
  /** Runs several statements in one managed write transaction; `work` may be retried, so it must be idempotent. */
  writeTransaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Resolves when the server answers and accepts the credentials; throws NEO4J_UNAVAILABLE or NEO4J_AUTH. */
  verifyConnectivity(): Promise<void>;
  serverInfo(): Promise<ServerDescription>;
  close(): Promise<void>;
}
