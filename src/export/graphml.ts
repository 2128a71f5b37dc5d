// GraphML for Gephi, yEd, Cytoscape and NetworkX. graphology-graphml reads GraphML but has no writer, so this is
// a small one: every attribute is declared once as a <key> with the type the schema gives it (long, double,
// boolean, string; lists joined by "; " into strings, since GraphML has no list type), and values are written
// as element text so line breaks in article text survive.
import { primaryLabel, type Graph, type NodeLabel } from '../../schema/model.js';
import { flatValue } from './graphology.js';
import { nodePropertyTypes, relationshipPropertyTypes, widen, type PropertyType, type ScalarType } from './property-types.js';

type GraphmlType = 'string' | 'long' | 'double' | 'boolean';

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

const scalar = (t: PropertyType): ScalarType => (t.endsWith('[]') ? 'string' : (t as ScalarType));

/** Attribute name → type over every label (or type) present, widened where two declare the same name differently. */
function attributeTypes(sources: Iterable<ReadonlyMap<string, PropertyType>>, fixed: Array<[string, GraphmlType]>): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>(fixed);
  for (const source of sources) {
    for (const [name, t] of source) {
      const prev = types.get(name);
      types.set(name, prev ? (widen(prev, scalar(t)) as GraphmlType) : scalar(t));
    }
  }
  return types;
}

function keysFor(prefix: 'n' | 'e', types: Map<string, GraphmlType>): Map<string, Key> {
  return new Map([...types].map(([name, type], i) => [name, { id: `${prefix}${i}`, name, type }]));
}

// XML 1.0 cannot carry most C0 control characters, even escaped; the page text has none, but a graph may.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function data(keys: Map<string, Key>, values: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    const key = keys.get(name);
    if (!key || value === undefined || value === null) continue;
    // Values were checked against the schema, so a value under a long, double or boolean key is one; under a key
    // widened to string, any scalar is written as its text.
    out += `\n      <data key="${key.id}">${escapeText(String(flatValue(value)))}</data>`;
  }
  return out;
}

function keyLines(keys: Map<string, Key>, domain: 'node' | 'edge'): string[] {
  return [...keys.values()].map((k) => `  <key id="${k.id}" for="${domain}" attr.name="${escapeAttribute(k.name)}" attr.type="${k.type}"/>`);
}

export function toGraphml(graph: Graph): string {
  const labels = new Set(graph.nodes.map((n) => primaryLabel(n)).filter((l): l is NodeLabel => l !== undefined));
  const relTypes = new Set(graph.relationships.map((r) => r.type));
  const nodeKeys = keysFor('n', attributeTypes([...labels].map(nodePropertyTypes), [['label', 'string'], ['labels', 'string'], ['category', 'string']]));
  const edgeKeys = keysFor('e', attributeTypes([...relTypes].map(relationshipPropertyTypes), [['type', 'string']]));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines(nodeKeys, 'node'),
    ...keyLines(edgeKeys, 'edge'),
    '  <graph id="kg" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    const values = { label: n.properties.name ?? n.id, labels: n.labels.join(';'), category: primaryLabel(n) ?? n.labels[0], ...n.properties };
    lines.push(`    <node id="${escapeAttribute(n.id)}">${data(nodeKeys, values)}\n    </node>`);
  }
  for (const r of graph.relationships) {
    const values = { type: r.type, ...r.properties };
    lines.push(`    <edge id="${escapeAttribute(r.id)}" source="${escapeAttribute(r.start)}" target="${escapeAttribute(r.end)}">${data(edgeKeys, values)}\n    </edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
