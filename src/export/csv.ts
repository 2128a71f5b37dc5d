// CSV in neo4j-admin import's header format: one nodes file per label combination (nodes-Organization-Company.csv)
// and one relationships file per type (relationships-LOCATED_IN.csv). Headers carry `key:ID`, `:LABEL`,
// `:START_ID`, `:END_ID`, `:TYPE` and property columns typed from the schema (`value:double`,
// `aliases:string[]`). Beside them: the constraints to create afterwards and a script with the exact
// neo4j-admin command, which is also how `kg export` recognises a directory it may replace.
import { constraintsFile } from '../../schema/generate.js';
import { primaryLabel, type Graph, type GraphNode, type GraphRelationship, type NodeLabel, type RelationshipType } from '../../schema/model.js';
import { KgError } from '../errors.js';
import { groupBy } from '../util/group-by.js';
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
  const delimiter = options.arrayDelimiter ?? ';';
  if (delimiter.length !== 1 || /[,"\r\n]/.test(delimiter)) {
    throw new KgError('USAGE', `the array delimiter must be one character other than a comma, quote or line break, not ${JSON.stringify(delimiter)}`);
  }
  const files: CsvFiles = new Map();
  const nodeFiles = groupBy(graph.nodes, (n) => `nodes-${n.labels.join('-')}.csv`);
  for (const [name, nodes] of [...nodeFiles].sort(byName)) {
    const label = primaryLabel(nodes[0]!) as NodeLabel;
    files.set(name, table(nodes, nodeColumns(nodePropertyTypes(label), nodes, delimiter)));
  }
  const relFiles = groupBy(graph.relationships, (r) => `relationships-${r.type}.csv`);
  for (const [name, rels] of [...relFiles].sort(byName)) {
    files.set(name, table(rels, relationshipColumns(relationshipPropertyTypes(rels[0]!.type as RelationshipType), rels, delimiter)));
  }
  files.set(CSV_CONSTRAINTS, constraintsFile());
  files.set(CSV_IMPORT_SCRIPT, importScript([...files.keys()], delimiter));
  return files;
}

function nodeColumns(types: PropertyTypes, rows: readonly GraphNode[], delimiter: string): Array<Column<GraphNode>> {
  return [
    { header: 'key:ID', cell: (n) => field(n.id) },
    { header: ':LABEL', cell: (n) => field(n.labels.join(delimiter)) },
    ...propertyColumns(types, rows, delimiter, ['key']),
  ];
}

function relationshipColumns(types: PropertyTypes, rows: readonly GraphRelationship[], delimiter: string): Array<Column<GraphRelationship>> {
  return [
    { header: ':START_ID', cell: (r) => field(r.start) },
    { header: ':END_ID', cell: (r) => field(r.end) },
    { header: ':TYPE', cell: (r) => field(r.type) },
    ...propertyColumns(types, rows, delimiter, []),
  ];
}

/** A column for every schema property that at least one row has, in schema order. */
function propertyColumns<T extends GraphNode | GraphRelationship>(types: PropertyTypes, rows: readonly T[], delimiter: string, skip: string[]): Array<Column<T>> {
  const present = new Set(rows.flatMap((r) => Object.keys(r.properties)));
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

function table<T>(rows: readonly T[], columns: Array<Column<T>>): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => c.cell(row)).join(','));
  return `${lines.join('\n')}\n`;
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
