// Property types as the schema declares them, in the vocabulary neo4j-admin import uses (long, double, boolean,
// string, and their arrays). Exports that must declare a column or attribute type (CSV headers, GraphML keys,
// Cypher literals) take it from here, not from the values at hand: a figure that happens to be whole is still a
// double, because schema/model.ts says `value` is a number.
import { z } from 'zod';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, type NodeLabel, type RelationshipType } from '../../schema/model.js';

export type ScalarType = 'string' | 'long' | 'double' | 'boolean';
export type PropertyType = ScalarType | `${ScalarType}[]`;

/** Property name → type, in the order the schema declares them. */
export type PropertyTypes = ReadonlyMap<string, PropertyType>;

interface JsonSchemaProperty {
  type?: string;
  items?: JsonSchemaProperty;
}

const SCALAR_OF_JSON_TYPE: Record<string, ScalarType> = { string: 'string', integer: 'long', number: 'double', boolean: 'boolean' };

function fromJsonSchema(schema: z.ZodTypeAny, owner: string): Map<string, PropertyType> {
  const json = z.toJSONSchema(schema) as { properties?: Record<string, JsonSchemaProperty> };
  const types = new Map<string, PropertyType>();
  for (const [name, prop] of Object.entries(json.properties ?? {})) {
    const scalar = prop.type === 'array' ? SCALAR_OF_JSON_TYPE[prop.items?.type ?? ''] : SCALAR_OF_JSON_TYPE[prop.type ?? ''];
    // A property the schema declares as an object would have no column type; the model has none, keep it so.
    if (!scalar) throw new Error(`property-types: ${owner}.${name} has no scalar type (${JSON.stringify(prop)})`);
    types.set(name, prop.type === 'array' ? `${scalar}[]` : scalar);
  }
  return types;
}

const nodeTypes = new Map<NodeLabel, PropertyTypes>();
const relationshipTypes = new Map<RelationshipType, PropertyTypes>();

export function nodePropertyTypes(label: NodeLabel): PropertyTypes {
  let types = nodeTypes.get(label);
  if (!types) nodeTypes.set(label, (types = fromJsonSchema(NODE_PROPERTIES[label], label)));
  return types;
}

export function relationshipPropertyTypes(type: RelationshipType): PropertyTypes {
  let types = relationshipTypes.get(type);
  if (!types) relationshipTypes.set(type, (types = fromJsonSchema(RELATIONSHIP_PROPERTIES[type], type)));
  return types;
}

/**
 * One type for a name that several labels declare (GraphML and GEXF have one attribute per name): the same type
 * stays, long and double widen to double, anything else becomes string.
 */
export function widen(a: PropertyType, b: PropertyType): PropertyType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}
