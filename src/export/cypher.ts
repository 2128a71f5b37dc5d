// A Cypher script that recreates the graph in an empty database: the schema's constraints, then nodes, then
// relationships, as `UNWIND [literal rows] … CREATE` statements of a few hundred rows each (one statement per
// item would run a thousand times slower). Every value is a Cypher literal escaped here, so no text from a page
// can end a string or a statement; labels and types are written only after checking they are the schema's.
// Each statement sits on one line (line breaks inside strings are escaped), so any tool that splits on lines or on
// `;` at line end, cypher-shell included, reads the statements back intact.
import { constraintStatements } from '../../schema/generate.js';
import { ALL_LABELS, RELATIONSHIP_TYPES, primaryLabel, type Graph, type NodeLabel, type RelationshipType } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { rowsOfGraph, type GraphRow } from '../graph/jsonl.js';
import { nodePropertyTypes, relationshipPropertyTypes, type PropertyType, type PropertyTypes } from './property-types.js';

export interface CypherOptions {
  /** Most rows in one UNWIND statement. */
  rowsPerStatement?: number;
  /** Statements grow past this many characters only to hold one row. */
  charsPerStatement?: number;
}

export function toCypher(graph: Graph, options: CypherOptions = {}): string {
  const script = new CypherScript(options);
  const lines = script.head(graph.meta, { nodes: graph.nodes.length, relationships: graph.relationships.length });
  for (const row of rowsOfGraph(graph)) lines.push(...script.add(row));
  lines.push(...script.finish());
  return `${lines.join('\n')}\n`;
}

/**
 * The script's statements as the rows come (a streamed graph's too): each group of rows — nodes of one label
 * combination, relationships of one type between two labels — becomes a statement when it holds enough rows, and
 * every node statement is out before the first relationship's. Holds the rows of unfinished statements and each
 * node's primary label.
 */
export class CypherScript {
  private readonly maxRows: number;
  private readonly maxChars: number;
  private readonly labelOf = new Map<string, NodeLabel>();
  private readonly groups = new Map<string, { rows: string[]; size: number; tail: string }>();
  private relationships = false;

  constructor(options: CypherOptions = {}) {
    this.maxRows = options.rowsPerStatement ?? 500;
    this.maxChars = options.charsPerStatement ?? 256_000;
  }

  /** The comment lines and the constraints. */
  head(meta: Graph['meta'], counts: { nodes: number; relationships: number }): string[] {
    return [
      `// Written by \`kg export --format cypher\`${meta?.sources.length ? ` from ${meta.sources.join(', ')}` : ''}: ${counts.nodes} nodes, ${counts.relationships} relationships.`,
      '// Recreates the graph in an EMPTY database (it CREATEs; running it twice duplicates everything). One statement per line:',
      '//   cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -d neo4j -f graph.cypher',
      ...constraintStatements().map((st) => `${st};`),
    ];
  }

  /** A row; the statements it completes. */
  add(row: GraphRow): string[] {
    if (row.kind === 'node') {
      const n = row.node;
      const label = primaryLabel(n)!;
      this.labelOf.set(n.id, label);
      const group = n.labels.join(':');
      const tail = `] AS p CREATE (n:${n.labels.map((l) => schemaName(l, ALL_LABELS)).join(':')}) SET n = p;`;
      return this.push(group, mapLiteral(n.properties, nodePropertyTypes(label), n.id), tail);
    }
    if (row.kind !== 'relationship') return [];
    // Every node statement goes before the first relationship's, which finds its ends by key.
    const out = this.relationships ? [] : this.finish();
    this.relationships = true;
    const r = row.relationship;
    const from = this.labelOf.get(r.start)!;
    const to = this.labelOf.get(r.end)!;
    const tail =
      `] AS row MATCH (a:${schemaName(from, ALL_LABELS)} {key: row.s}) MATCH (b:${schemaName(to, ALL_LABELS)} {key: row.e}) ` +
      `CREATE (a)-[r:${schemaName(r.type, RELATIONSHIP_TYPES)}]->(b) SET r = row.p;`;
    const literalRow = `{s: ${stringLiteral(r.start)}, e: ${stringLiteral(r.end)}, p: ${mapLiteral(r.properties, relationshipPropertyTypes(r.type as RelationshipType), r.id)}}`;
    out.push(...this.push(`${r.type}|${from}|${to}`, literalRow, tail));
    return out;
  }

  /** The statements of the rows still held. */
  finish(): string[] {
    const out = [...this.groups.values()].map((g) => statement(g.rows, g.tail));
    this.groups.clear();
    return out;
  }

  private push(group: string, row: string, tail: string): string[] {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { rows: [], size: 0, tail }));
    const out: string[] = [];
    if (g.rows.length > 0 && (g.rows.length >= this.maxRows || g.size + row.length > this.maxChars)) {
      out.push(statement(g.rows, g.tail));
      g.rows = [];
      g.size = 0;
    }
    g.rows.push(row);
    g.size += row.length + 2;
    return out;
  }
}

const statement = (rows: readonly string[], tail: string): string => `UNWIND [${rows.join(', ')}${tail}`;

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
