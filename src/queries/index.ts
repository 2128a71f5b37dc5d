// Canned queries: Cypher files in cypher/, each opening with a header of comment lines —
//   // name: enterprise-programmes
//   // description: Which enterprises took part in or benefited from which programmes …
//   // param: company = 信易电热 — part of a company name
//   // :param company => '信易电热';
// — that runs unchanged in Neo4j Browser once its :param lines have run, and through `kg query NAME`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';

export interface QueryParam {
  name: string;
  /** Default value: number when it parses as one, else text. */
  default: string | number | boolean;
  description: string;
}

export interface CannedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  cypher: string;
  file: string;
}

export function queriesDir(): string {
  return fileURLToPath(new URL('../../cypher/', import.meta.url));
}

const HEADER = /^\/\/\s*(name|description|param):\s*(.*)$/;

export function parseQuery(text: string, file: string): CannedQuery {
  let name = '';
  const description: string[] = [];
  const params: QueryParam[] = [];
  for (const line of text.split('\n')) {
    const m = HEADER.exec(line.trim());
    if (!m) continue;
    const [, field, value] = m;
    if (field === 'name') name = value!.trim();
    else if (field === 'description') description.push(value!.trim());
    else {
      const p = /^(\w+)\s*=\s*(.*?)\s*(?:—|--)\s*(.*)$/.exec(value!.trim());
      if (!p) throw new KgError('DATA_INVALID', `bad param line "${line.trim()}" (expected: // param: name = default — description)`, { subject: file });
      params.push({ name: p[1]!, default: coerce(p[2]!), description: p[3]! });
    }
  }
  if (!name) throw new KgError('DATA_INVALID', 'the query has no "// name:" header', { subject: file });
  return { name, description: description.join(' '), params, cypher: text, file };
}

/** "10" → 10, "true" → true, "'x'" or x → "x". */
export function coerce(raw: string): string | number | boolean {
  const v = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v === 'true' || v === 'false') return v === 'true';
  return v.replace(/^['"]|['"]$/g, '');
}

export function loadQueries(dir: string = queriesDir()): CannedQuery[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  const queries = files.map((f) => parseQuery(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  const dup = queries.find((q, i) => queries.findIndex((x) => x.name === q.name) !== i);
  if (dup) throw new KgError('DATA_INVALID', `query name "${dup.name}" is used twice`, { subject: dir });
  return queries;
}

export function findQuery(name: string, queries: CannedQuery[] = loadQueries()): CannedQuery {
  const q = queries.find((x) => x.name === name || x.file.endsWith(`/${name}.cypher`));
  if (!q) {
    throw new KgError('QUERY_NOT_FOUND', `no canned query named "${name}"`, { hint: `run \`kg query --list\`; known: ${queries.map((x) => x.name).join(', ')}` });
  }
  return q;
}

/** The statement to send: the file without comment lines and without Browser `:param` commands. */
export function statementOf(q: CannedQuery): string {
  return q.cypher
    .split('\n')
    .filter((l) => !/^\s*(\/\/|:param)/.test(l))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
}

/**
 * Parameters for a run: the header's defaults, overridden by `k=v` pairs; unknown names are refused. The default
 * declares the type: a number parameter takes a number, a true/false one true or false, and a text parameter
 * keeps the value as typed (company=123 looks for "123", not for the number 123).
 */
export function paramsFor(q: CannedQuery, overrides: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
  for (const pair of overrides) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new KgError('QUERY_PARAM', `"${pair}" is not name=value`, { subject: q.name });
    const key = pair.slice(0, eq).trim();
    if (!(key in params)) throw new KgError('QUERY_PARAM', `unknown parameter "${key}"`, { subject: q.name, hint: `parameters: ${q.params.map((p) => p.name).join(', ') || 'none'}` });
    const raw = pair.slice(eq + 1);
    if (typeof params[key] === 'number') {
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw new KgError('QUERY_PARAM', `"${key}" must be a number`, { subject: q.name });
      params[key] = Number(raw);
    } else if (typeof params[key] === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new KgError('QUERY_PARAM', `"${key}" must be true or false`, { subject: q.name });
      params[key] = raw === 'true';
    } else params[key] = raw;
  }
  return params;
}

/** Rows as CSV (RFC 4180): lists joined with "; ", nested objects as JSON. */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

/** Rows as an aligned text table, long cells cut with an ellipsis. */
export function toTable(rows: Array<Record<string, unknown>>, maxWidth = 60): string {
  if (rows.length === 0) return '(no rows)\n';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const cells = rows.map((r) => columns.map((c) => text(r[c])));
  const width = (s: string): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
  const line = (vals: string[]): string => vals.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
