// Converts what the driver returns into plain data, so no driver type leaks past src/store/. Integers arrive as
// numbers already (the driver is created with disableLosslessIntegers); temporal values become ISO strings.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { PlainNode, PlainPath, PlainRelationship, Row } from './store.js';

export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) return plainNode(value);
  if (neo4j.isRelationship(value)) return plainRelationship(value);
  if (neo4j.isPath(value)) return plainPath(value);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: Number(srid), x, y } : { srid: Number(srid), x, y, z };
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isInt(value)) return value.toNumber();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

function plainNode(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: toPlain(node.properties) as Row };
}

function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: toPlain(rel.properties) as Row,
  };
}

function plainPath(path: Path): PlainPath {
  return {
    nodes: [plainNode(path.start), ...path.segments.map((s) => plainNode(s.end))],
    relationships: path.segments.map((s) => plainRelationship(s.relationship)),
  };
}

/**
 * Prepares parameters for the driver. JavaScript has one number type and the driver sends every number as a
 * Cypher FLOAT, so `LIMIT $n` fails and counts and offsets would be stored as 12.0; whole numbers go as INTEGER.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}
