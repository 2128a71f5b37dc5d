// The export formats, one entry each: what it writes and where by default. A format added to EXPORT_FORMATS does
// not compile until it has an exporter here. Exporters are silent library functions returning text (or files
// for a directory); the command writes them (write-output.ts).
import type { Graph } from '../../schema/model.js';
import { CSV_IMPORT_SCRIPT, toCsv, type CsvOptions } from './csv.js';
import { toCypher } from './cypher.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toHtml, type HtmlOptions } from './html.js';
import { toJson, toJsonl } from './json.js';
import type { LayoutProgress } from './layout.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'graphml', 'gexf', 'csv', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportArtifact =
  | { kind: 'file'; text: string }
  /** `marker` is the file that shows a directory was written by this export, so a later one may replace it. */
  | { kind: 'directory'; files: ReadonlyMap<string, string>; marker: string };

export interface ExportOptions {
  html: HtmlOptions;
  csv?: CsvOptions;
  /** ForceAtlas2 sweeps done, for html and gexf, which lay the graph out. */
  onLayout?: LayoutProgress;
}

interface Exporter {
  /** File (or directory) name under the default output directory. */
  defaultName: string;
  /** What it is, for `kg export --help`. */
  description: string;
  run(graph: Graph, options: ExportOptions): ExportArtifact | Promise<ExportArtifact>;
}

const file = (text: string): ExportArtifact => ({ kind: 'file', text });

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: { defaultName: 'graph.json', description: 'graph.json, the file contract', run: (g) => file(toJson(g)) },
  jsonl: { defaultName: 'graph.jsonl', description: "one node or relationship per line (APOC's export shape)", run: (g) => file(toJsonl(g)) },
  graphml: { defaultName: 'graph.graphml', description: 'GraphML with typed attributes (Gephi, yEd, Cytoscape, NetworkX)', run: (g) => file(toGraphml(g)) },
  gexf: { defaultName: 'graph.gexf', description: 'GEXF 1.3 with layout and colours (Gephi)', run: (g, o) => file(toGexf(g, o.onLayout)) },
  csv: {
    defaultName: 'csv',
    description: 'a directory of neo4j-admin import CSV files, nodes per label and relationships per type',
    run: (g, o) => ({ kind: 'directory', files: toCsv(g, o.csv), marker: CSV_IMPORT_SCRIPT }),
  },
  cypher: { defaultName: 'graph.cypher', description: 'a Cypher script that recreates the graph in an empty database', run: (g) => file(toCypher(g)) },
  html: {
    defaultName: 'graph.html',
    description: 'a self-contained offline graph view',
    run: async (g, o) => file(await toHtml(g, { ...o.html, ...(o.onLayout ? { onLayout: o.onLayout } : {}) })),
  },
};

export function exportGraph(graph: Graph, format: ExportFormat, options: ExportOptions): Promise<ExportArtifact> {
  return Promise.resolve(EXPORTERS[format].run(graph, options));
}
