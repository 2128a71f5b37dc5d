// A Cypher script that recreates the graph in an empty database: the schema's constraints, then nodes, then
// relationships, as `UNWIND [literal rows] … CREATE` statements of a few hundred rows each (one statement per
// item would run a thousand times slower). Every value is a Cypher literal escaped here, so no text from a page
// can end a string or a statement; labels and types are written only after checking they are the schema's.
// Each statement sits on one line (line breaks inside strings are escaped), so any tool that splits on lines or on
// `;` at line end, cypher-shell included, reads the statements back intact.
import { constraintStatements } from '../../schema/generate.js';
import { ALL_LABELS, RELATIONSHIP_TYPES, primaryLabel, type Graph, type NodeLabel, type RelationshipType } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { groupBy } from '../util/group-by.js';
import { nodePropertyTypes, relationshipPropertyTypes, type PropertyType, type PropertyTypes } from './property-types.js';

export interface CypherOptions {
  /** Most rows in one UNWIND statement. */
  rowsPerStatement?: number;
  /** Statements grow past this many characters only to hold one row. */
  charsPerStatement?: number;
}

export function toCypher(graph: Graph, options: CypherOptions = {}): string {
  const maxRows = options.rowsPerStatement ?? 500;
  const maxChars = options.charsPerStatement ?? 256_000;
  const lines = [
    `// Written by \`kg export --format cypher\`${graph.meta?.sources.length ? ` from ${graph.meta.sources.join(', ')}` : ''}: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`,
    '// Recreates the graph in an EMPTY database (it CREATEs; running it twice duplicates everything). One statement per line:',
    '//   cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -d neo4j -f graph.cypher',
    ...constraintStatements().map((s) => `${s};`),
  ];

  const labelOf = new Map<string, NodeLabel>(graph.nodes.map((n) => [n.id, primaryLabel(n)!]));
  for (const nodes of groupBy(graph.nodes, (n) => n.labels.join(':')).values()) {
    const types = nodePropertyTypes(labelOf.get(nodes[0]!.id)!);
    const head = 'UNWIND [';
    const tail = `] AS p CREATE (n:${nodes[0]!.labels.map((l) => schemaName(l, ALL_LABELS)).join(':')}) SET n = p;`;
    lines.push(...batches(nodes.map((n) => mapLiteral(n.properties, types, n.id)), head, tail, maxRows, maxChars));
  }

  for (const rels of groupBy(graph.relationships, (r) => `${r.type}|${labelOf.get(r.start)}|${labelOf.get(r.end)}`).values()) {
    const r0 = rels[0]!;
    const types = relationshipPropertyTypes(r0.type as RelationshipType);
    const head = 'UNWIND [';
    const tail =
      `] AS row MATCH (a:${schemaName(labelOf.get(r0.start)!, ALL_LABELS)} {key: row.s}) MATCH (b:${schemaName(labelOf.get(r0.end)!, ALL_LABELS)} {key: row.e}) ` +
      `CREATE (a)-[r:${schemaName(r0.type, RELATIONSHIP_TYPES)}]->(b) SET r = row.p;`;
    lines.push(...batches(rels.map((r) => `{s: ${stringLiteral(r.start)}, e: ${stringLiteral(r.end)}, p: ${mapLiteral(r.properties, types, r.id)}}`), head, tail, maxRows, maxChars));
  }
  return `${lines.join('\n')}\n`;
}

function batches(rows: string[], head: string, tail: string, maxRows: number, maxChars: number): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  let size = 0;
  for (const row of rows) {
    if (batch.length > 0 && (batch.length >= maxRows || size + row.length > maxChars)) {
      out.push(head + batch.join(', ') + tail);
      batch = [];
      size = 0;
    }
    batch.push(row);
    size += row.length + 2;
  }
  if (batch.length) out.push(head + batch.join(', ') + tail);
  return out;
}

/** A label or type goes into Cypher text only if the schema defines it (the graph was validated; this is the guard). */
function schemaName(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name) || !/^[A-Z][A-Za-z_]*$/.test(name)) {
    throw new KgError('SCHEMA_VIOLATION', `"${name}" is not a label or relationship type of the schema`, { subject: 'kg export --format cypher' });
  }
  return name;
}

function mapLiteral(properties: Record<string, unknown>, types: PropertyTypes, owner: string): string {
  const entries = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${propertyKey(k)}: ${literal(v, types.get(k), `${owner}.${k}`)}`);
  return `{${entries.join(', ')}}`;
}

function propertyKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a schema value; `type` decides between 8000000 (an integer) and 8000000.0 (a float). */
export function literal(value: unknown, type: PropertyType | undefined, where: string): string {
  if (Array.isArray(value)) {
    const item = type?.endsWith('[]') ? (type.slice(0, -2) as PropertyType) : undefined;
    return `[${value.map((v) => literal(v, item, where)).join(', ')}]`;
  }
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return type === 'double' ? floatLiteral(value) : Number.isInteger(value) ? String(value) : floatLiteral(value);
  throw new KgError('EXPORT_FAILED', `${where}: ${JSON.stringify(value)} has no Cypher literal form`, { hint: 'graph properties are strings, numbers, booleans or lists of them' });
}

function floatLiteral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return `${n}.0`;
  // JavaScript writes 1e+21 and 1.5e-7; Cypher takes the exponent without its plus sign.
  return String(n).replace('e+', 'e');
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function stringLiteral(s: string): string {
  const body = s.replace(/[\\'\n\r\t\b\f]|[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}
