// The one guard for names written into Cypher text: labels, relationship types and property names can't be query
// parameters, so one goes into a statement only if the schema defines it, quoted.
import { KgError } from '../errors.js';

/** `name` in backticks when `allowed` (a list from schema/model.ts) holds it; otherwise a SCHEMA_VIOLATION naming `subject`. */
export function schemaName(name: string, allowed: readonly string[], subject: string): string {
  if (!allowed.includes(name) || !/^[A-Za-z][A-Za-z_]*$/.test(name)) {
    throw new KgError('SCHEMA_VIOLATION', `"${name}" is not a label, relationship type or property of the schema`, { subject });
  }
  return `\`${name}\``;
}
