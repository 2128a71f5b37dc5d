// Writing build output: graph.json (the contract) and articles.jsonl (clean text, for inspection). Each file
// is written to a temporary name and renamed into place, so a failed run leaves no half-written file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import { KgError } from '../errors.js';
import type { Graph } from '../../schema/model.js';

export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new KgError('EXPORT_FAILED', `cannot write (${(e as Error).message})`, { subject: path, hint: 'check that the directory is writable' });
  }
}

export interface WrittenFiles {
  graph: string;
  articles: string;
}

export async function writeBuildOutput(dir: string, graph: Graph, articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): Promise<WrittenFiles> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new KgError('EXPORT_FAILED', `cannot create the output directory (${(e as Error).message})`, { subject: dir });
  }
  const files = { graph: join(dir, 'graph.json'), articles: join(dir, 'articles.jsonl') };
  const lines = articles.map((a) =>
    JSON.stringify({
      id: a.id,
      pageId: a.pageId,
      source: a.source,
      ordinal: a.ordinal,
      kind: a.kind,
      language: a.language,
      title: a.title,
      kicker: a.kicker,
      subtitle: a.subtitle,
      column: a.column,
      dateline: a.dateline,
      newspaper: a.newspaper,
      date: a.date,
      dateSource: a.dateSource,
      page: a.page,
      recordId: a.recordId,
      bylines: a.bylines,
      sourceSpan: a.sourceSpan,
      text: a.text,
      mentions: (mentions.get(a.id) ?? []).map((m) => ({ label: m.label, kind: m.kind, text: m.text, start: m.start, end: m.end, sourceStart: m.sourceStart, sourceEnd: m.sourceEnd, sentence: m.sentence, rule: m.rule, confidence: m.confidence })),
    }),
  );
  await writeAtomic(files.articles, lines.join('\n') + '\n');
  await writeAtomic(files.graph, JSON.stringify(graph, null, 1) + '\n');
  return files;
}
