// Typed errors: every failure the library reports carries a code, the thing that failed (a file, a setting,
// a rule id) and, where we know one, what the user can do about it. The CLI maps codes to exit codes.

export type KgErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_INVALID'
  | 'NO_TEXT_INPUT'
  | 'CONFIG_INVALID'
  | 'DATA_INVALID'
  | 'SCHEMA_VIOLATION'
  | 'STAGE_FAILED'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_QUERY'
  | 'NEO4J_TIMEOUT'
  | 'SERVER_SETUP'
  | 'QUERY_NOT_FOUND'
  | 'QUERY_PARAM'
  | 'EXPORT_FAILED'
  | 'USAGE';

/** Exit codes the CLI uses; documented in the README. */
export const EXIT_CODES: Record<KgErrorCode | 'OK' | 'INTERNAL', number> = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  INPUT_NOT_FOUND: 3,
  INPUT_UNREADABLE: 3,
  INPUT_EMPTY: 3,
  INPUT_BINARY: 3,
  INPUT_ENCODING: 3,
  INPUT_INVALID: 3,
  NO_TEXT_INPUT: 3,
  CONFIG_INVALID: 4,
  DATA_INVALID: 5,
  SCHEMA_VIOLATION: 5,
  STAGE_FAILED: 5,
  NEO4J_UNAVAILABLE: 6,
  NEO4J_AUTH: 6,
  NEO4J_QUERY: 6,
  NEO4J_TIMEOUT: 6,
  SERVER_SETUP: 7,
  QUERY_NOT_FOUND: 8,
  QUERY_PARAM: 8,
  EXPORT_FAILED: 9,
};

export interface KgErrorOptions {
  /** The file, setting or object the error is about. */
  subject?: string;
  /** What the user can do next. */
  hint?: string;
  cause?: unknown;
}

export class KgError extends Error {
  readonly code: KgErrorCode;
  readonly subject?: string;
  readonly hint?: string;

  constructor(code: KgErrorCode, message: string, options: KgErrorOptions = {}) {
    super(options.subject ? `${options.subject}: ${message}` : message, { cause: options.cause });
    this.name = 'KgError';
    this.code = code;
    this.subject = options.subject;
    this.hint = options.hint;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

export function isKgError(e: unknown): e is KgError {
  return e instanceof KgError;
}
