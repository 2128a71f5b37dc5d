// Exports written as a graph's rows are read, for a graph.jsonl too large to hold: each file is filled through a
// write stream (waiting when the disk is behind), so only a row at a time is held besides what each format
// keeps (the CSV columns; for jsonl and cypher, each node's labels).
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeLine, relationshipLine, type GraphRow } from '../graph/jsonl.js';
import type { Graph } from '../../schema/model.js';
import type { CsvLayout } from './csv.js';
import { CypherScript } from './cypher.js';

/** Rows of a graph, as the readers give them. */
export type Rows = AsyncIterable<GraphRow> | Iterable<GraphRow>;

/** A file written piece by piece; write() waits while the stream's buffer is full. */
export class FileSink implements Sink {
  private readonly stream: WriteStream;
  bytes = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/**
 * The CSV tables of `layout` (which has seen every row) written into `dir` from a second read of the rows, with
 * the constraints and import script beside them. Returns the tables' names, those of them with a line break inside
 * a field (the importer reads only those in its slower multi-line mode) and the bytes written.
 */
export async function writeCsvTables(rows: Rows, layout: CsvLayout, dir: string): Promise<{ tables: string[]; multiline: string[]; files: number; bytes: number }> {
  const sinks = new Map<string, FileSink>();
  const multiline = new Set<string>();
  try {
    for (const [name, header] of layout.headers()) {
      const sink = new FileSink(join(dir, name));
      sinks.set(name, sink);
      await sink.write(`${header}\n`);
    }
    for await (const row of rows) {
      if (row.kind === 'meta') continue;
      const [name, line] = layout.line(row);
      if (line.includes('\n') || line.includes('\r')) multiline.add(name);
      await sinks.get(name)!.write(`${line}\n`);
    }
  } finally {
    for (const sink of sinks.values()) await sink.close();
  }
  let bytes = [...sinks.values()].reduce((n, s) => n + s.bytes, 0);
  const extra = layout.extraFiles();
  for (const [name, text] of extra) {
    await writeFile(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { tables: [...sinks.keys()], multiline: [...multiline], files: sinks.size + extra.size, bytes };
}

/** Where a streamed file export goes, piece by piece. */
export interface Sink {
  write(text: string): Promise<void>;
}

/** The formats written as a graph.jsonl is read; the others need the whole graph in memory (collectGraph). */
export const STREAMED_FORMATS = ['json', 'jsonl', 'csv', 'cypher'] as const;
export type StreamedFormat = (typeof STREAMED_FORMATS)[number];

/** What the checking pass learnt of a streamed graph, for the export's second pass. */
export interface RowsSummary {
  meta?: Graph['meta'];
  nodes: number;
  relationships: number;
}

/** graph.json's text (`JSON.stringify(graph, null, 1)` and a line break) from the graph's rows, element by element. */
export async function writeJsonRows(rows: Rows, meta: Graph['meta'], sink: Sink): Promise<void> {
  await sink.write('{');
  if (meta) await sink.write(`\n "meta": ${JSON.stringify(meta, null, 1).replaceAll('\n', '\n ')},`);
  let open: 'nodes' | 'relationships' | undefined;
  const close = async (): Promise<void> => sink.write(open ? '\n ]' : '[]');
  await sink.write('\n "nodes": ');
  for await (const row of rows) {
    if (row.kind === 'meta') continue;
    const [key, item] = row.kind === 'node' ? (['nodes', row.node] as const) : (['relationships', row.relationship] as const);
    if (key === 'relationships' && open !== 'relationships') {
      await close();
      await sink.write(',\n "relationships": ');
      open = undefined;
    }
    // Stringified inside an object as graph.json nests it, so it comes out with the indentation of depth 2.
    const text = JSON.stringify({ [key]: [item] }, null, 1);
    await sink.write((open ? ',' : '[') + text.slice(text.indexOf('[') + 1, -'\n ]\n}'.length));
    open = key;
  }
  if (open !== 'relationships') {
    await close();
    open = undefined;
    await sink.write(',\n "relationships": ');
  }
  await close();
  await sink.write('\n}\n');
}

/** The jsonl export (`toJsonl`: no meta line) from the graph's rows; each node's labels are kept for the relationship lines. */
export async function writeJsonlRows(rows: Rows, sink: Sink): Promise<void> {
  const labelsOf = new Map<string, string[]>();
  for await (const row of rows) {
    if (row.kind === 'node') {
      labelsOf.set(row.node.id, row.node.labels);
      await sink.write(`${nodeLine(row.node)}\n`);
    } else if (row.kind === 'relationship') {
      const r = row.relationship;
      await sink.write(`${relationshipLine(r, labelsOf.get(r.start) ?? [], labelsOf.get(r.end) ?? [])}\n`);
    }
  }
}

/** The Cypher script from the graph's rows. */
export async function writeCypherRows(rows: Rows, summary: RowsSummary, sink: Sink): Promise<void> {
  const script = new CypherScript();
  const lines = async (ls: string[]): Promise<void> => {
    for (const l of ls) await sink.write(`${l}\n`);
  };
  await lines(script.head(summary.meta, summary));
  for await (const row of rows) await lines(script.add(row));
  await lines(script.finish());
}
