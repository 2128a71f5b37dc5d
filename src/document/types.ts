// The typed values that flow through the pipeline. A page is ingested once; segmentation turns it into
// articles; extraction adds mentions; resolution turns mentions into entities and relations; the graph
// stage turns those into graph.json. Offsets named `start`/`end` on a source are JavaScript string indices
// into the decoded source file (BOM removed), end exclusive.
import { z } from 'zod';
import type { PageLayout } from '../layout/types.js';

export const PageMetaSchema = z
  .object({
    newspaper: z.string().min(1).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
      .optional(),
    page: z.union([z.string().min(1), z.number().int().positive()]).transform(String).optional(),
    /** The year of issue when the full date is not known: what 今年 and a bare 9月26日 refer to. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** The paper's home city, by gazetteer name (平湖市) or code (330482): what 我市/本市/市区 refer to. */
    homeCity: z.string().min(1).optional(),
    /** Language of the page when known; otherwise detected per article. */
    language: z.enum(['zh', 'en']).optional(),
  })
  .strict();
export type PageMeta = z.output<typeof PageMetaSchema>;

/** One page of a source file (a file holds one page, or several separated by form feeds). */
export interface SourcePage {
  /** Stable id derived from the page's text: the same page ingested twice gets the same id. */
  id: string;
  /** Path of the source file as the user gave it, or '-' for stdin. */
  source: string;
  /** Page index within the file, 0-based. */
  index: number;
  /** The decoded text of the whole source file. */
  text: string;
  /** The page's range within `text`. */
  start: number;
  end: number;
  /** 1-based line number of `start` in the file, when ingest knows it (saves counting from the top). */
  startLine?: number;
  encoding: string;
  /** The file's metadata (sidecar over defaults), overridden by what the page prints in its running head. */
  meta: PageMeta;
  warnings: string[];
  /** Ids of the page-break rules that delimited this page (page.form-feed, page.running-head, …). */
  rules?: string[];
  /** The page's running head as printed (`2023年10月9日 星期一 第2版 综合`), left out of the page's range. */
  runningHead?: string;
  /** A PDF page: its articles as the layout reader found them, and the box of every character of its text. */
  layout?: PageLayout;
}

export const ARTICLE_KINDS = ['news', 'commentary', 'photo', 'brief', 'article'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const BYLINE_ROLES = ['记者', '本报记者', '特约记者', '见习记者', '通讯员', '摄影', '实习生', '评论员', '作者', '编辑'] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const BylineSchema = z.object({
  /** The name with letter-spacing removed (王 强 → 王强). */
  name: z.string().min(1),
  role: z.enum(BYLINE_ROLES),
  /** Source span of the name as printed. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
});
export type Byline = z.infer<typeof BylineSchema>;

export const ArticleSchema = z.object({
  id: z.string().min(1),
  pageId: z.string().min(1),
  source: z.string(),
  /** Position of the piece on its page, 1-based, in the order segmentation found them. */
  ordinal: z.number().int().positive(),
  kind: z.enum(ARTICLE_KINDS),
  language: z.enum(['zh', 'en']),
  title: z.string(),
  kicker: z.string().optional(),
  subtitle: z.string().optional(),
  bylines: z.array(BylineSchema),
  dateline: z.string().optional(),
  /** Clean text: kicker, title, subtitle and body paragraphs, one per line. */
  text: z.string(),
  /** `offsets[i]` is the source offset of `text[i]`. */
  offsets: z.custom<Int32Array>((v) => v instanceof Int32Array, "offsets must be an Int32Array"),
  /** Spans within `text`. */
  titleSpan: SpanSchema,
  bodySpan: SpanSchema,
  paragraphs: z.array(SpanSchema),
  /** Smallest source range covering the whole piece. */
  sourceSpan: SpanSchema,
  newspaper: z.string().optional(),
  date: z.string().optional(),
  page: z.string().optional(),
  /** Year of issue: from the date when known, else from the page's metadata. */
  year: z.number().int().optional(),
  homeCity: z.string().optional(),
  /** Segmentation rules that shaped this piece, for tracing a wrong split. */
  rules: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;
