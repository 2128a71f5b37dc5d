// Writing a streamed build's output: graph.jsonl (the contract in jsonl.ts) and articles.jsonl, grown a page at a
// time and committed together as writeBuildOutput commits graph.json (write.ts: temporary names, a journal, the
// renames), removing a graph.json of an earlier build. While the build runs, its rows wait in a working directory
// of the output directory (`.kg-stream.<pid>/`, removed at the end, on interrupt, or by the next kg when the
// process is gone): the articles' lines as articles.jsonl will hold them, the article nodes, and the relationships,
// spooled so that every node — the entities, known only once every page is read — comes first in graph.jsonl.
// Rows are checked against the schema one at a time (GraphRowCheck) as the file is assembled.
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import { onInterrupt } from '../util/on-interrupt.js';
import { primaryLabel, type GraphNode, type GraphRelationship } from '../../schema/model.js';
import { GraphRowCheck } from './index.js';
import { fileLines, GRAPH_JSONL, metaLine, nodeLine, relationshipLine, type GraphMeta } from './jsonl.js';
import { articleLine, commitTogether, prepareOutputDirectory } from './write.js';

/** Lines appended to a file, written in pieces of about this many characters. */
const FLUSH_CHARS = 1 << 20;

class LineFile {
  private readonly fd: number;
  private pending: string[] = [];
  private size = 0;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  add(line: string): void {
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  flush(): void {
    if (this.pending.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    closeSync(this.fd);
  }
}

/** What a streamed build wrote, counted as its summary tells it. */
export interface StreamedGraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export class GraphStreamWriter {
  private readonly articles: LineFile;
  private readonly articleNodes: LineFile;
  private readonly relationships: LineFile;
  private readonly forget: () => void;

  private constructor(
    readonly dir: string,
    readonly work: string,
  ) {
    this.articles = new LineFile(join(work, 'articles.jsonl'));
    this.articleNodes = new LineFile(join(work, 'article-nodes.jsonl'));
    this.relationships = new LineFile(join(work, 'relationships.jsonl'));
    this.forget = onInterrupt(() => rmSync(work, { recursive: true, force: true }));
  }

  /** Opens the output directory (made when missing) and the build's working directory in it. */
  static async open(dir: string): Promise<GraphStreamWriter> {
    await prepareOutputDirectory(dir);
    const work = join(dir, `.kg-stream.${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    return new GraphStreamWriter(dir, work);
  }

  /** A page's articles: their lines of articles.jsonl (with the mentions they were read with) and their nodes. */
  addArticles(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>, nodes: readonly GraphNode[]): void {
    for (const a of articles) this.articles.add(articleLine(a, mentions.get(a.id) ?? []));
    for (const n of nodes) this.articleNodes.add(JSON.stringify(n) + '\n');
  }

  addRelationships(rows: readonly GraphRelationship[]): void {
    for (const r of rows) this.relationships.add(JSON.stringify(r) + '\n');
  }

  /** The ends of every spooled relationship that `keeps` keeps and that joins two entities (no article). */
  async entityLinks(keeps: (r: GraphRelationship) => boolean): Promise<Array<{ start: string; end: string }>> {
    this.relationships.flush();
    const out: Array<{ start: string; end: string }> = [];
    for await (const line of fileLines(this.relationships.path)) {
      const r = JSON.parse(line) as GraphRelationship;
      if (r.start.startsWith('article:') || r.end.startsWith('article:') || !keeps(r)) continue;
      out.push({ start: r.start, end: r.end });
    }
    return out;
  }

  /**
   * Writes graph.jsonl — `meta`, the article nodes, `entities`, then the relationships `keeps` keeps — and
   * articles.jsonl, committed together; a graph.json of an earlier build in the directory is removed. Throws
   * SCHEMA_VIOLATION (nothing written) when a row breaks the schema.
   */
  async commit(meta: GraphMeta, entities: Iterable<GraphNode>, keeps: (r: GraphRelationship) => boolean): Promise<{ files: { graph: string; articles: string }; counts: StreamedGraphCounts }> {
    for (const f of [this.articles, this.articleNodes, this.relationships]) f.close();
    const counts: StreamedGraphCounts = { nodes: {}, relationships: {} };
    const { articleNodes, relationships } = this;
    const lines = async function* (): AsyncGenerator<string> {
      const check = new GraphRowCheck();
      const labels = new Map<string, string[]>();
      const node = (n: GraphNode): string => {
        check.node(n);
        labels.set(n.id, n.labels);
        const label = primaryLabel(n) ?? n.labels[0]!;
        counts.nodes[label] = (counts.nodes[label] ?? 0) + 1;
        return nodeLine(n) + '\n';
      };
      yield metaLine(meta) + '\n';
      for await (const line of fileLines(articleNodes.path)) yield node(JSON.parse(line) as GraphNode);
      for (const n of entities) yield node(n);
      for await (const line of fileLines(relationships.path)) {
        const r = JSON.parse(line) as GraphRelationship;
        if (!keeps(r)) continue;
        check.relationship(r);
        counts.relationships[r.type] = (counts.relationships[r.type] ?? 0) + 1;
        yield relationshipLine(r, labels.get(r.start) ?? [], labels.get(r.end) ?? []) + '\n';
      }
      check.finish('kg build');
    };
    const files = { graph: join(this.dir, GRAPH_JSONL), articles: join(this.dir, 'articles.jsonl') };
    try {
      await commitTogether(this.dir, [
        [files.articles, { file: this.articles.path }],
        [files.graph, lines()],
      ], ['graph.json']);
    } finally {
      this.discard();
    }
    return { files, counts };
  }

  /** Removes the working directory (a build that failed, or one committed). */
  discard(): void {
    for (const f of [this.articles, this.articleNodes, this.relationships]) f.close();
    rmSync(this.work, { recursive: true, force: true });
    this.forget();
  }
}
