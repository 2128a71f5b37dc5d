// A mention: a span of an article's clean text that names an entity or states a figure, with the rule that
// found it. Offsets `start`/`end` are in the article's clean text; `sourceStart`/`sourceEnd` in the source
// file. Recognizers produce candidates; selection keeps the best non-overlapping ones.
import type { EntityKind, PlaceKind } from '../../schema/model.js';

export const MENTION_LABELS = ['Person', 'Organization', 'Place', 'Programme', 'Outcome', 'Industry'] as const;
export type MentionLabel = (typeof MENTION_LABELS)[number];

export interface OutcomeValue {
  value: number;
  valueMax?: number;
  unit: string;
  /** The figure as printed where its scale or unit was converted: 12 of 12平方公里, 3.5 of 3.5亿元 (the low end of a range). */
  rawValue?: number;
  /** The unit as printed with its scale word, where converted: 平方公里, 亿元, 万千瓦. */
  rawUnit?: string;
  measure: string;
  period?: string;
  /** The rule that carried the period from elsewhere in the text (units.json, periodCarry), when not printed before the figure in its sentence. */
  periodFrom?: string;
  approximate: boolean;
  /** A figure not (yet) reached: planned (计划, 力争 — a target) or expected (预计, 有望 — a forecast). */
  outlook?: 'planned' | 'expected';
}

export interface MentionAttrs {
  /** Gazetteer place ids this surface may name (several when ambiguous). */
  placeIds?: string[];
  /** 我市, 本市, 全市, 市区 → the paper's home city; 全区 → the development zone or district in view. */
  ref?: 'home-city' | 'home-province' | 'local-area';
  /** The full name this mention stands for, when the surface is a short or relative form. */
  canonical?: string;
  /**
   * A place named inside an organisation or programme name (平湖 in 平湖市委组织部). `kind` is set for a place
   * the gazetteer lacks (no placeIds): a village or community named by its ending (梅溪村党总支), a zone named by
   * its city (宁波高新区党工委).
   */
  place?: { text: string; start: number; end: number; placeIds: string[]; kind?: PlaceKind };
  /** Bracketed region inside a company name: 嘉兴 in 盈智热管理科技（嘉兴）有限公司. */
  region?: string;
  /** Trade name (字号) of a company. */
  core?: string;
  /** A person's title or role, from the cue that confirmed the name. */
  role?: string;
  /** Where the title before the name starts; an organisation ending there is the one the role is held at. */
  titleStart?: number;
  edition?: string;
  year?: number;
  outcome?: OutcomeValue;
  /** The words the measure was read from; words that turn out to name an entity are dropped from it. */
  measureParts?: Array<{ start: number; end: number; text: string }>;
  /** For short forms tied to a full name found elsewhere on the page. */
  aliasOf?: string;
  /** A short name the archive knows for several full names (华森: 甲华森纺织有限公司, 乙华森建材有限公司): it stays apart. */
  ambiguousWith?: string[];
  /** A surname standing for a person (胡老): a PER span for NER, not enough for a graph node. */
  partial?: boolean;
  foreign?: boolean;
  brand?: boolean;
  /** Country of origin written before a foreign company's name (法国迪卡侬). */
  country?: string;
  /** A development zone named by its county or city and an ending (昆山高新区): the ending's type and the area's gazetteer ids. */
  zone?: { type: string; areaIds: string[] };
  /** A module of a platform, named in a list of them (分为先锋引领、连心服务、战时集结三大板块). */
  module?: boolean;
  /**
   * The statistical tagger found this span too (or alone, when the rule is the model's id): its id, the type it
   * gave, and its score (the chance such a span is right, calibrated on annotated news).
   */
  model?: { id: string; type: 'PER' | 'LOC' | 'ORG'; score: number };
}

export interface Candidate {
  label: MentionLabel;
  kind?: EntityKind;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  attrs: MentionAttrs;
}

export interface Mention extends Candidate {
  id: string;
  articleId: string;
  text: string;
  sentence: number;
  sourceStart: number;
  sourceEnd: number;
}

export function candidate(label: MentionLabel, start: number, end: number, rule: string, confidence: number, attrs: MentionAttrs = {}, kind?: EntityKind): Candidate {
  return kind ? { label, kind, start, end, rule, confidence, attrs } : { label, start, end, rule, confidence, attrs };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
