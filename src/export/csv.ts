// CSV in neo4j-admin import's header format: one nodes file per label combination (nodes-Organization-Company.csv)
// and one relationships file per type (relationships-LOCATED_IN.csv). Headers carry `key:ID`, `:LABEL`,
// `:START_ID`, `:END_ID`, `:TYPE` and property columns typed from the schema (`value:double`,
// `aliases:string[]`). Beside them: the constraints to create afterwards and a script with the exact
// neo4j-admin command, which is also how `kg export` recognises a directory it may replace.
import { constraintsFile } from '../../schema/generate.js';
import { primaryLabel, type Graph, type GraphNode, type GraphRelationship, type NodeLabel, type RelationshipType } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { rowsOfGraph, type ElementRow, type GraphRow } from '../graph/jsonl.js';
import { nodePropertyTypes, relationshipPropertyTypes, type PropertyType, type PropertyTypes } from './property-types.js';

export interface CsvOptions {
  /** neo4j-admin's --array-delimiter; `;` is its default. */
  arrayDelimiter?: string;
}

export const CSV_IMPORT_SCRIPT = 'neo4j-admin-import.sh';
const CSV_CONSTRAINTS = 'constraints.cypher';

/** The files of the export, name → content, in the order the import script lists them. */
export type CsvFiles = Map<string, string>;

interface Column<T> {
  /** The header cell: `name`, `value:double`, `key:ID`, `:LABEL` … */
  header: string;
  cell(row: T): string;
}

export function toCsv(graph: Graph, options: CsvOptions = {}): CsvFiles {
  const layout = new CsvLayout(options);
  for (const row of rowsOfGraph(graph)) layout.add(row);
  const lines = new Map<string, string[]>();
  for (const [name, header] of layout.headers()) lines.set(name, [header]);
  for (const row of rowsOfGraph(graph)) {
    const [name, line] = layout.line(row);
    lines.get(name)!.push(line);
  }
  const files: CsvFiles = new Map();
  for (const [name, rows] of lines) files.set(name, `${rows.join('\n')}\n`);
  for (const [name, text] of layout.extraFiles()) files.set(name, text);
  return files;
}

/**
 * The CSV files a graph makes, learnt row by row (add), then each row's file and line (line): a file per label
 * combination and per relationship type, with a column for every schema property at least one of its rows has.
 * A streamed graph is read twice: once to learn the columns, once to write the lines.
 */
export class CsvLayout {
  private readonly delimiter: string;
  private readonly present = new Map<string, { owner: NodeLabel | RelationshipType; node: boolean; names: Set<string> }>();
  private columns?: Map<string, Array<Column<GraphNode>> | Array<Column<GraphRelationship>>>;

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.arrayDelimiter ?? ';';
    if (this.delimiter.length !== 1 || /[,"\r\n]/.test(this.delimiter)) {
      throw new KgError('USAGE', `the array delimiter must be one character other than a comma, quote or line break, not ${JSON.stringify(this.delimiter)}`);
    }
  }

  add(row: GraphRow): void {
    if (row.kind === 'meta') return;
    const name = fileOf(row);
    let file = this.present.get(name);
    if (!file) {
      const owner = row.kind === 'node' ? (primaryLabel(row.node) as NodeLabel) : (row.relationship.type as RelationshipType);
      this.present.set(name, (file = { owner, node: row.kind === 'node', names: new Set() }));
    }
    for (const k of Object.keys(row.kind === 'node' ? row.node.properties : row.relationship.properties)) file.names.add(k);
  }

  /** The CSV files in the order the import script lists them (nodes, then relationships, each by name), with their header lines. */
  headers(): Map<string, string> {
    this.columns = new Map();
    const headers = new Map<string, string>();
    for (const [name, file] of [...this.present].sort(byName)) {
      const columns = file.node
        ? nodeColumns(nodePropertyTypes(file.owner as NodeLabel), file.names, this.delimiter)
        : relationshipColumns(relationshipPropertyTypes(file.owner as RelationshipType), file.names, this.delimiter);
      this.columns.set(name, columns);
      headers.set(name, columns.map((c) => field(c.header)).join(','));
    }
    return headers;
  }

  /** A node's or relationship's file and line (after headers()). */
  line(row: ElementRow): [string, string] {
    const name = fileOf(row);
    const columns = this.columns?.get(name);
    if (!columns) throw new KgError('EXPORT_FAILED', `${name}: a row the CSV layout has not seen`);
    const item = row.kind === 'node' ? row.node : row.relationship;
    return [name, (columns as Array<Column<typeof item>>).map((c) => c.cell(item)).join(',')];
  }

  /** The files beside the tables: the constraints, and the import script naming every table (after headers()). */
  extraFiles(): Map<string, string> {
    const names = [...(this.columns?.keys() ?? [])];
    return new Map([
      [CSV_CONSTRAINTS, constraintsFile()],
      [CSV_IMPORT_SCRIPT, importScript([...names, CSV_CONSTRAINTS], this.delimiter)],
    ]);
  }
}

const fileOf = (row: ElementRow): string => (row.kind === 'node' ? `nodes-${row.node.labels.join('-')}.csv` : `relationships-${row.relationship.type}.csv`);

function nodeColumns(types: PropertyTypes, present: ReadonlySet<string>, delimiter: string): Array<Column<GraphNode>> {
  return [
    { header: 'key:ID', cell: (n) => field(n.id) },
    { header: ':LABEL', cell: (n) => field(n.labels.join(delimiter)) },
    ...propertyColumns<GraphNode>(types, present, delimiter, ['key']),
  ];
}

function relationshipColumns(types: PropertyTypes, present: ReadonlySet<string>, delimiter: string): Array<Column<GraphRelationship>> {
  return [
    { header: ':START_ID', cell: (r) => field(r.start) },
    { header: ':END_ID', cell: (r) => field(r.end) },
    { header: ':TYPE', cell: (r) => field(r.type) },
    ...propertyColumns<GraphRelationship>(types, present, delimiter, []),
  ];
}

/** A column for every schema property that at least one row has, in schema order. */
function propertyColumns<T extends GraphNode | GraphRelationship>(types: PropertyTypes, present: ReadonlySet<string>, delimiter: string, skip: string[]): Array<Column<T>> {
  return [...types]
    .filter(([name]) => present.has(name) && !skip.includes(name))
    .map(([name, type]) => ({
      header: type === 'string' ? name : `${name}:${type}`,
      cell: (row) => value(row.properties[name], type, delimiter, row.id, name),
    }));
}

function value(v: unknown, type: PropertyType, delimiter: string, owner: string, name: string): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) {
    const items = v.map(String);
    const clash = items.find((s) => s.includes(delimiter));
    if (clash !== undefined) {
      throw new KgError('EXPORT_FAILED', `${owner}.${name} has a list item containing the array delimiter "${delimiter}": ${JSON.stringify(clash)}`, {
        hint: 'choose another delimiter with --array-delimiter (and pass the same to neo4j-admin)',
      });
    }
    // An empty list can only be written as an empty field, which neo4j-admin reads as "no property".
    return field(items.join(delimiter));
  }
  // An empty string is quoted so neo4j-admin keeps it as "" instead of leaving the property out.
  if (type === 'string' && v === '') return '""';
  return field(String(v));
}

/** RFC 4180 quoting, which neo4j-admin reads with its default --quote='"'. */
function field(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function importScript(names: string[], delimiter: string): string {
  const args = [
    ...names.filter((n) => n.startsWith('nodes-')).map((n) => `--nodes=${n}`),
    ...names.filter((n) => n.startsWith('relationships-')).map((n) => `--relationships=${n}`),
    '--multiline-fields=true',
    `--array-delimiter=${shellQuote(delimiter)}`,
  ];
  return [
    '#!/bin/sh',
    '# Written by `kg export --format csv`. Imports these files into a new database with neo4j-admin (Neo4j 5).',
    '# The database must not exist or be stopped; run with neo4j-admin on the PATH:  sh neo4j-admin-import.sh [database]',
    `# Afterwards, create the constraints and indexes kg relies on:  cypher-shell -d <database> -f ${CSV_CONSTRAINTS}`,
    'set -e',
    'cd "$(dirname "$0")"',
    `neo4j-admin database import full \\\n  ${args.join(' \\\n  ')} \\\n  "\${1:-neo4j}"`,
    '',
  ].join('\n');
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function byName<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
