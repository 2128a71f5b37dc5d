// Everything derived from the model: the Neo4j constraints and indexes (constraints.cypher) and a JSON Schema
// of graph.json (graph.schema.json). `npm run schema` writes both files; a test fails when they are stale.
import { z } from 'zod';
import { GraphSchema, NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES } from './model.js';

const snake = (s: string): string => s.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Uniqueness on every label's key, an index on every name, and uniqueness on every relationship type's key (Neo4j
 * 5.7+, Community included): the database itself refuses a second relationship with a key, even from two loads
 * at once. Each constraint is backed by a range index of its name, which the loader's index seeks use.
 */
export function constraintStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    out.push(`CREATE CONSTRAINT ${snake(label)}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`);
  }
  for (const label of NODE_LABELS) {
    out.push(`CREATE INDEX ${snake(label)}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  for (const type of RELATIONSHIP_TYPES) {
    out.push(`CREATE CONSTRAINT rel_${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`);
  }
  return out;
}

export function constraintsFile(): string {
  return [
    '// Generated from schema/model.ts by `npm run schema`; do not edit by hand.',
    '// Uniqueness of every node key and every relationship key (MERGE and the loader\'s index seeks use the',
    '// indexes behind them), and indexes on names. Neo4j 5.7 or later.',
    ...constraintStatements().map((s) => `${s};`),
    '',
  ].join('\n');
}

export function graphJsonSchema(): Record<string, unknown> {
  const base = z.toJSONSchema(GraphSchema) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://kg-local-news.invalid/graph.schema.json',
    title: 'graph.json — the kg build output',
    description: 'Nodes and relationships of the knowledge graph. nodeProperties and relationshipProperties give the properties each label and type carries.',
    ...base,
    nodeProperties: Object.fromEntries(Object.entries(NODE_PROPERTIES).map(([label, schema]) => [label, z.toJSONSchema(schema)])),
    relationshipProperties: Object.fromEntries(Object.entries(RELATIONSHIP_PROPERTIES).map(([type, schema]) => [type, z.toJSONSchema(schema)])),
  };
}
