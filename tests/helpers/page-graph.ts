// Building the graph of a page written in a test: the page goes through the whole pipeline from a temporary
// file, and the result can be asked for relations by the names of their ends.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageMeta } from '../../src/document/types.js';
import { buildGraph } from '../../src/pipeline.js';
import type { Graph } from '../../schema/model.js';

export interface PageGraph {
  graph: Graph;
  /** Relations as "TYPE from → to", by node names. */
  facts: string[];
  node(name: string): Graph['nodes'][number] | undefined;
  relation(type: string, from: string, to: string): Graph['relationships'][number] | undefined;
}

export async function graphOfPages(pages: string[], meta: PageMeta = { homeCity: '平湖市' }): Promise<PageGraph> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-page-'));
  const files = pages.map((text, i) => {
    const file = join(dir, `page-${i + 1}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const { graph } = await buildGraph({ inputs: files, defaults: meta });
  const nameOf = new Map(graph.nodes.map((n) => [n.id, String(n.properties.name)]));
  const facts = graph.relationships.filter((r) => r.type !== 'MENTIONS').map((r) => `${r.type} ${nameOf.get(r.start)} → ${nameOf.get(r.end)}`);
  return {
    graph,
    facts,
    node: (name) => graph.nodes.find((n) => n.properties.name === name),
    relation: (type, from, to) => graph.relationships.find((r) => r.type === type && nameOf.get(r.start) === from && nameOf.get(r.end) === to),
  };
}

export const graphOfPage = (text: string, meta?: PageMeta): Promise<PageGraph> => graphOfPages([text], meta);

/** The names of the subjects the figure printed as `figure` is REPORTED about (the figure must be in the graph). */
export function reportedSubjects(g: PageGraph, figure: string): string[] {
  const node = new Map(g.graph.nodes.map((n) => [n.id, n]));
  expect(g.graph.nodes.some((n) => n.labels[0] === 'Outcome' && n.properties.text === figure)).toBe(true);
  return g.graph.relationships.filter((r) => r.type === 'REPORTED' && node.get(r.end)!.properties.text === figure).map((r) => String(node.get(r.start)!.properties.name));
}
