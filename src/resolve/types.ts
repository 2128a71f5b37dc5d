// What resolution produces: entities with stable keys (each the sum of the mentions that name it) and typed
// relations between them, each with the evidence it was read from.
import type { EntityKind, NodeLabel, RelationshipType } from '../../schema/model.js';
import type { Mention } from '../extract/mention.js';

export type EntityLabel = Exclude<NodeLabel, 'Article'>;

export interface Entity {
  /** Stable key: label, canonical name and what keeps same-named things apart. */
  key: string;
  label: EntityLabel;
  kind?: EntityKind;
  name: string;
  aliases: Set<string>;
  /** Label-specific properties (code, parentKey, roles, disambiguator, value, unit …). */
  props: Record<string, unknown>;
  mentions: Mention[];
  articleIds: Set<string>;
}

export interface Evidence {
  articleId?: string;
  sentence?: string;
  source: string;
  sourceStart?: number;
  sourceEnd?: number;
  rule: string;
  confidence: number;
}

export interface Relation {
  type: RelationshipType;
  start: string;
  end: string;
  evidence: Evidence;
  role?: string;
  year?: number;
  /** MENTIONS only: the mentions it counts. */
  mentions?: Mention[];
  /** WROTE only: where the byline is printed. */
  byline?: { sourceStart: number; sourceEnd: number };
}

export interface Resolved {
  entities: Map<string, Entity>;
  relations: Relation[];
  /** Mention id → entity key. */
  mentionEntity: Map<string, string>;
}
