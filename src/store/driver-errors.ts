// Maps driver failures onto kg's typed errors with a hint, so "ServiceUnavailable" reaches a person as
// "cannot reach Neo4j at …: start it with `kg neo4j start`" and a syntax error names the statement.
import { Neo4jError } from 'neo4j-driver';
import { KgError } from '../errors.js';

export interface ErrorContext {
  uri: string;
  user: string;
  database: string | undefined;
  /** The statement that failed, when one did. */
  cypher?: string;
}

export function isAuthFailure(e: unknown): boolean {
  return e instanceof Neo4jError && e.code.startsWith('Neo.ClientError.Security.');
}

export function isUnreachable(e: unknown): boolean {
  return e instanceof Neo4jError && (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired');
}

/** The driver's words for a TLS handshake that the other end did not take part in. */
export function isTlsMismatch(e: unknown): boolean {
  return e instanceof Neo4jError && /before secure TLS connection was established|wrong version number|SSL routines|EPROTO/i.test(e.message);
}

/** A server that accepted the connection and then said nothing within `ms`. */
export function noBoltAnswer(context: ErrorContext, ms: number): KgError {
  const { host } = new URL(context.uri);
  return new KgError('NEO4J_UNAVAILABLE', `no Bolt answer within ${Math.round(ms / 1000)} s: something accepts connections at ${host} but does not answer as Neo4j`, {
    subject: context.uri,
    hint:
      'That port may belong to another program or to a Neo4j that hangs. Check that NEO4J_URI names the Bolt port ' +
      '(7687 by default, not the HTTP port 7474); for the local server see `kg neo4j status`.',
  });
}

/** Returns a KgError for a driver error; anything else (a bug, a KgError from the caller's work) passes through. */
export function toKgError(e: unknown, context: ErrorContext): unknown {
  if (!(e instanceof Neo4jError)) return e;
  if (isTlsMismatch(e) && /\+(s|ssc):\/\//.test(context.uri)) {
    const plain = context.uri.replace(/\+(s|ssc):\/\//, '://');
    return new KgError('NEO4J_UNAVAILABLE', `the server did not take part in a TLS handshake: ${firstLine(e.message)}`, {
      subject: context.uri,
      hint: `The server at this address does not speak TLS (kg's local server and the Docker one do not): use ${plain}, or enable TLS on the server.`,
      cause: e,
    });
  }
  if (isUnreachable(e)) {
    return new KgError('NEO4J_UNAVAILABLE', `cannot reach Neo4j: ${firstLine(e.message)}`, {
      subject: context.uri,
      hint:
        'Start the local server with `kg neo4j start` (or `docker compose up -d`), or set NEO4J_URI to a running ' +
        'server; a +s/+ssc scheme is needed when the server requires TLS.',
      cause: e,
    });
  }
  if (isAuthFailure(e)) {
    return new KgError('NEO4J_AUTH', `Neo4j refused the credentials of user "${context.user}": ${firstLine(e.message)}`, {
      subject: context.uri,
      hint:
        'Set NEO4J_USER and NEO4J_PASSWORD. For the local server kg manages, the password is in .neo4j/credentials ' +
        '(or is NEO4J_PASSWORD if that was set on its first start).',
      cause: e,
    });
  }
  if (e.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('CONFIG_INVALID', `database "${context.database}" does not exist on ${context.uri}`, {
      subject: 'NEO4J_DATABASE',
      hint: 'Unset NEO4J_DATABASE to use the server default, or create the database (Enterprise and Aura only).',
      cause: e,
    });
  }
  if (e.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new KgError('NEO4J_TIMEOUT', 'the query ran past its time limit, so Neo4j stopped it', {
      subject: context.cypher === undefined ? context.uri : `query "${abbreviate(context.cypher)}"`,
      hint: 'Give it longer (kg query --timeout SECONDS, 0 for no limit), or narrow it with --param.',
      cause: e,
    });
  }
  return new KgError('NEO4J_QUERY', `${e.code}: ${e.message}`, {
    subject: context.cypher === undefined ? context.uri : `query "${abbreviate(context.cypher)}"`,
    cause: e,
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function abbreviate(cypher: string): string {
  const flat = cypher.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
