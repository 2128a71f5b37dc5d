// The typed values that flow through the pipeline. A page is ingested once; segmentation turns it into
// articles; extraction adds mentions; resolution turns mentions into entities and relations; the graph
// stage turns those into graph.json. Offsets named `start`/`end` on a source are JavaScript string indices
// into the decoded source file (BOM removed), end exclusive.
import { z } from 'zod';
import type { PageLayout } from '../layout/types.js';
import type { MappedText } from '../text/mapped-text.js';
import { DATE_SOURCES } from '../../schema/model.js';

/**
 * How a source's text is laid out: `page`, a printed page of pieces in PDF-extracted columns; `article`, one
 * article (headline lines, byline, body paragraphs, as an e-paper crawl gives it); `auto` tells them apart by
 * shape (see segment/article.ts). Articles in JSONL are always articles.
 */
export const INPUT_KINDS = ['page', 'article', 'auto'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

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
    /** What the file holds: a page of pieces, one article, or `auto` (the default: told apart by shape). */
    inputKind: z.enum(INPUT_KINDS).optional(),
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
  /**
   * What the unit itself says of its date, paper and page (its running head, or its JSONL record's fields), also
   * merged into `meta`: it outranks what a crawl's byline prints, which outranks the sidecar and the flags.
   */
  ownMeta?: Partial<PageMeta>;
  /** `article` when the source is known to hold one article (forced, or a JSONL record); else told by its shape. */
  shape?: 'page' | 'article';
  /** An article read from a JSONL record: its fields, each character mapped to the file. */
  record?: ArticleRecord;
}

/**
 * The text fields of one JSONL article record. Each is the decoded JSON string, every character mapped to the
 * offset in the decoded file where its JSON representation starts (a character written as an escape, `\"` or
 * `\u5f20`, maps to the escape's backslash).
 */
export interface ArticleRecord {
  /** The record's own id, when it gives one. */
  id?: string;
  title?: MappedText;
  kicker?: MappedText;
  subtitle?: MappedText;
  byline?: MappedText;
  /** The outlet the record names (its `outlet` key): the copy's source when it is no paper. */
  outlet?: string;
  /** The body: paragraphs separated by line breaks. */
  text: MappedText;
}

/** Where an article's date came from (schema/model.ts lists them, most trusted first). */
export type DateSource = (typeof DATE_SOURCES)[number];

export const ARTICLE_KINDS = ['news', 'commentary', 'photo', 'brief', 'article'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/**
 * Roles a byline or credit names: reporters and correspondents, the photographer, the graphics and layout
 * credits (制图, 版式设计), and contributors credited at the end of the body (（王某参与采写）).
 */
export const BYLINE_ROLES = ['记者', '本报记者', '特约记者', '见习记者', '通讯员', '摄影', '实习生', '评论员', '作者', '编辑', '制图', '版式设计', '参与采写', '参与调研'] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];
/** Roles that credit a photo, a graphic, the layout, editing or help, as opposed to reporting the story. */
export const CREDIT_ROLES: ReadonlySet<BylineRole> = new Set<BylineRole>(['摄影', '制图', '版式设计', '编辑', '参与采写', '参与调研']);

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const BylineSchema = z.object({
  /** The name with letter-spacing removed (王 强 → 王强). */
  name: z.string().min(1),
  role: z.enum(BYLINE_ROLES),
  /** Source span of the name as printed. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  /** The outlet printed before the role (新华网 in 新华网记者), when it is not the article's own paper. */
  outlet: z.string().optional(),
  /** The contributor's unit printed between the role and the names (县公安局 in 通讯员 县公安局 郑佳宁), as printed. */
  unit: z.string().optional(),
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
  /** Subheads inside the body (短标题 between paragraphs), spans within `text`; each is also a paragraph. */
  subheads: z.array(SpanSchema).optional(),
  /** The editor's note (编者按, or the paragraphs signed ——编 者), a span within `text`. */
  editorsNote: SpanSchema.optional(),
  /** The column tag printed with the headline (民生观察 in `菜价稳下来了（民生观察）`), left out of the title. */
  column: z.string().optional(),
  /** Smallest source range covering the whole piece. */
  sourceSpan: SpanSchema,
  newspaper: z.string().optional(),
  /**
   * The outlet a copy was taken from when it is no paper: a public account (仙居发布), a county media centre or a
   * website named by a source field or note (来源：某某县融媒体中心). A source naming a paper gives `newspaper` instead.
   */
  outlet: z.string().optional(),
  date: z.string().optional(),
  dateSource: z.enum(DATE_SOURCES).optional(),
  page: z.string().optional(),
  /** Year of issue: from the date when known, else from the page's metadata. */
  year: z.number().int().optional(),
  /** The paper's home city (what 我市 means): from metadata, or the home city of a paper known to be a city's. */
  homeCity: z.string().optional(),
  /** The record's own id, for an article read from JSONL. */
  recordId: z.string().optional(),
  /**
   * A story continued across pages of one file （下转第2版 … 上接第1版）, read as one article: each part's page id and
   * page, and its span in `text`, in reading order (the first part's page is `pageId`). Absent for an article
   * printed on one page.
   */
  parts: z.array(z.object({ pageId: z.string().min(1), page: z.string().optional(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /** Segmentation rules that shaped this piece, for tracing a wrong split. */
  rules: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;
