// Ids of the segmentation rules that live in code rather than in model/patterns.json. Each article records
// the ids of the rules that shaped it (Article.rules), so a wrong split can be traced to the rule that made it.
// Ids are unique across this file, model/patterns.json and ../ingest/model/page-breaks.json (a test checks).
export const RULE = {
  /** A byline line cannot continue a prose paragraph, nor a prose line a byline. */
  bylineLine: 'para.byline-line',
  /** On a laid-out page, a paragraph of two or three lines under the headline, each line alone a byline (本报记者 某某 / 通讯员 某某, set apart from the text): each line is a byline. */
  layoutBylineLines: 'para.layout-byline-lines',
  /** A byline whose last name is broken over the line end (通讯员 甄 / 倩倩) takes the short line after it. */
  bylineOverLines: 'para.byline-over-lines',
  /** A dateline (本报讯, 本报北京1月5日电) opens a paragraph. */
  datelineStart: 'para.dateline-start',
  /** An indented line opens a paragraph (where PDF extraction kept the indent). */
  indent: 'para.indent',
  /** A line ending a sentence well short of the column width ends its paragraph. */
  shortLastLine: 'para.short-last-line',
  /**
   * Chinese paragraphs open with a two-character indent (首行缩进两字). Extraction drops the spaces but not
   * the shortness: after a line that ends a sentence, a line about two characters short of the column, which
   * does not itself end a sentence, is the first line of a new paragraph.
   */
  lostIndent: 'para.lost-indent',
  /** A line wider than any printed column that ends a sentence was never wrapped: it is a whole paragraph. */
  linePerParagraph: 'para.line-per-paragraph',
  /** A paragraph cut off mid-sentence by a blank line goes on in the next block (column or page break). */
  columnContinuation: 'para.column-continuation',
  /** A block of one to three unpunctuated lines that opens with a dateline is prose, not a headline group. */
  datelineBlockProse: 'para.dateline-block-prose',
  /** An e-mail or web address broken after a dot (…@163. / com) goes on on the next line. */
  addressOverLines: 'para.address-over-lines',
  /** A page editor's credit in brackets closing a piece's text (（本版编辑 魏然）) is the page's staff, not the piece's text. */
  staffAtTextEnd: 'furniture.staff-at-text-end',
  /**
   * A piece's text cut off mid-sentence at a column's foot goes on in a run of paragraphs printed inside a later
   * piece (PDF extraction read the next story's first column before it): the run is moved back (continuations.ts).
   */
  columnOutOfOrder: 'segment.column-out-of-order',
  /** The same for a piece that ended with its sentence, told by the names and words the run shares with it alone. */
  columnOutOfOrderByContent: 'segment.column-out-of-order-by-content',
  /** A titled brief printed inside a story ends at its closing credit; the paragraphs after it are the story's rest (continuations.ts). */
  restAfterBrief: 'segment.rest-after-brief',
  /** Short, unpunctuated, one to three lines: a headline, kicker or subtitle. */
  titleShape: 'para.title-shape',
  /** A complete headline line (doubled, phrase-spaced, or with a comma) stands on its own. */
  headingLine: 'para.heading-line',
  /** A subtitle opened by a dash (——记……) is its own headline line, under the main title. */
  dashSubtitle: 'para.dash-subtitle',
  /** A short paragraph opening its block over a photographer's credit is a caption; it opens a photo piece. */
  captionOverCredit: 'para.caption-over-credit',
  /** The photographer's credit in brackets on a line of its own under a caption (（记者 某某 摄）): the photo's credit. */
  captionOverBracketedCredit: 'para.caption-over-bracketed-credit',
  /** A block of one short paragraph (up to five lines) closing with its photographer's role, name and 摄 (…测量血压。　通讯员 某某 摄) is a caption: it opens a photo piece. */
  captionClosingCredit: 'para.caption-closing-credit',
  /** A marked line (■, ▲) alone over one paragraph in its block is a brief's title, not a subhead. */
  markedBriefTitle: 'para.marked-brief-title',
  /**
   * Printed one paragraph a line: a short unmarked subhead line (subhead.unmarked) between a line that ends a
   * sentence and a whole unwrapped paragraph is a paragraph of its own, not the next sentence's start.
   */
  unwrappedSubhead: 'para.unwrapped-subhead',
  /**
   * Wrapped at a column: a short unmarked subhead line after a line that ends a sentence and over a full line is
   * a paragraph of its own, though the sentence above filled its line.
   */
  subheadOverFullLine: 'para.subhead-over-full-line',
  /**
   * A short unmarked headline-shaped line inside a feature's prose (no blank line before or after it, a sentence
   * ended above it, prose under it, the feature opened by its byline and no dateline) is a subhead of that feature,
   * not a new piece's headline.
   */
  featureSubhead: 'para.feature-subhead',
  /**
   * The same line printed after a blank line: a subhead of the feature when two paragraphs of prose or more follow
   * it with no dateline, byline or closing credit of their own, and the prose above ends a sentence uncredited.
   */
  subheadAfterBlank: 'para.subhead-after-blank',
  /**
   * A line opening a lead (【提要】, 核心提示：) or an editor's note (【编者按】) opens a paragraph; a headline-shaped line
   * after its sentence's end is not its text.
   */
  leadLine: 'para.lead-line',
  /** A one-article text opening with a lead or an editor's note over its headline: the note is the body's start. */
  leadAboveHead: 'article.lead-above-head',
  /**
   * A line closing with a credit in brackets (…。（记者 某某）, or one opened on the line above: …。（记 / 者 某某）) ends
   * its paragraph: nothing runs on after a piece's credit.
   */
  closingCredit: 'para.closing-credit',
  /** One to three headline-shaped lines right over a byline or a dateline, after a sentence's end: the next piece's headline, with no blank line before it. */
  headlineOverOpening: 'para.headline-over-opening',
  /**
   * After a line closing a piece with its credit, a headline-shaped line over prose (a sentence, or a line closing
   * with a credit) is the next piece's headline, a paragraph of its own over its body.
   */
  headlineAfterCredit: 'para.headline-after-credit',
  /**
   * A crawl's field line printed inside a page of several pieces (发布时间：2025-06-12 08:30　作者：某某 under a headline)
   * dates and credits the piece it stands in, else the piece that opens after it; a one-article file's is
   * date.from-crawl-field.
   */
  crawlDateOfPiece: 'date.crawl-field-of-piece',
  /** A line of a plain 时间 or 日期 field holding a whole date beside an author's field (时间：2025年8月12日　作者：某某) is a crawl's. */
  crawlDatedAuthor: 'furniture.crawl-dated-author',
  /** A line of a plain 时间 or 日期 field holding a whole date alone, right under a headline-shaped line (a web page's list), is a crawl's. */
  crawlDatedAlone: 'furniture.crawl-dated-alone',
  /** A dash subtitle (——记某某) under a headline over a full line of prose: the head's lines stand apart from the body. */
  dashSubtitleOverBody: 'para.dash-subtitle-over-body',
  /** A lead's label (【导读】, 核心提示：) is dropped from the text; the lead stays the piece's first paragraph. */
  leadLabel: 'note.lead-label',
  /** A line opening with a caption's mark (▲, △) is a paragraph of its own: a web copy's photo caption, neither the prose above nor below. */
  markedCaption: 'para.marked-caption',
  /** `文字：某某融媒体中心记者 某某`, `作者：记者 某某`: a writer's label over a role that names them; the names take the role. */
  bylineLabelOverRole: 'byline.label-over-role',
  /** On a page, the text right under a crawl's field line opens a piece's body, as a dateline does (the headline above is that piece's). */
  afterCrawlField: 'para.after-crawl-field',
  /** A text with two dated crawl field lines or more, each right under a headline-shaped line, is a page of pieces, not one article. */
  headlineOverCrawlField: 'para.headline-over-crawl-field',
  /** Over a headline with a crawl's field line under it, a short line set apart by a blank line is the web page's section: the column. */
  sectionOverCrawlHeadline: 'para.section-over-crawl-headline',
  /** Two heading lines over a full line of prose, the second a few characters of the first's wrapping (某镇举办农民丰收 / 运动会), are one title. */
  wrappedHeadlineTail: 'para.wrapped-headline-tail',
  /**
   * Three headline lines, each three characters or more wider than the one above it (and eight or more wide): a
   * kicker, its title and a subtitle (非遗传承 / 南音进校园… / 区文化馆在…), not one title wrapped over three lines.
   */
  widerHeadingLine: 'para.wider-heading-line',
  /** A heading line over a full line of prose may fill up to three quarters of the column (a larger type in a narrow one) when it is no dateline and holds no space. */
  wideHeadingOverBody: 'para.wide-heading-over-body',
  /** A short unpunctuated line over a full line of prose is a headline over its body. */
  headingOverBody: 'para.heading-over-body',
  /** Bold headlines come out of PDF extraction doubled (千名干部助千企千名干部助千企); one copy is kept. */
  doubledHeadline: 'clean.doubled-headline',
  /** Full-width letters, digits and number symbols were made half-width (２０２３ → 2023, ＡＩ → AI). */
  fullWidth: 'clean.full-width',
  /** Headline and byline groups are assigned to body runs by dynamic programming over the page. */
  assign: 'segment.assign',
  /** The page's bylines were read as sitting before their bodies, or after them (see assemble.ts). */
  bylinesBeforeBody: 'segment.bylines-before-body',
  bylinesAfterBody: 'segment.bylines-after-body',
  /** Two bodies came out side by side; a new piece was started between them (no dateline opened it). */
  splitBody: 'segment.split-body',
  titleAfterBody: 'segment.title-after-body',
  /** An editor's note printed above its piece's headline opens that piece's body. */
  noteAboveHeadline: 'segment.note-above-headline',
  titleBeforeBody: 'segment.title-before-body',
  /** A name credited twice in one piece (byline box and trailing brackets) keeps its first credit only. */
  bylineRepeated: 'byline.repeated',
  /** `本报讯（记者 张三 通讯员 李四）`: the byline in brackets right after the dateline. */
  bylineAfterDateline: 'byline.after-dateline',
  /** A name alone on its line, under a title or closing a piece: its author (殷晓梅). */
  bylineNamesAlone: 'byline.names-alone',
  /** `汪雪芬　文`: names and 文 set apart after them, on a line of their own: the writers. */
  bylineNamesWen: 'byline.names-wen',
  /** `本报讯 记者 张三 5月7日起，…`: the byline unbracketed after the dateline, ended by a space or a line break. */
  bylineAfterDatelinePlain: 'byline.after-dateline-plain',
  /** The source holds one article: told by its shape (see article.ts), or so declared (flag, sidecar, JSONL). */
  articleDetected: 'layout.one-article',
  articleForced: 'layout.article-input',
  /** A source page that opens with a running head is a printed page of pieces, never one article. */
  pageWithRunningHead: 'layout.page-with-running-head',
  /** A page's kicker (its line ends leading in: 某某——) read after its title is still the kicker. */
  kickerAfterTitle: 'headline.kicker-after-title',
  /** A dash subtitle (——记某某) read above its title (its box came out of extraction first) is still the subtitle, never the title. */
  dashSubtitleAbove: 'headline.dash-subtitle-above',
  /** Three headline lines, none bold and none fewer in phrases than the others: the kicker, the main title, the subtitle (引题, 主题, 副题) — the middle one is the title. */
  middleOfThree: 'headline.middle-of-three',
  /** `本报记者 某某 文　通讯员 某某 摄`: 文 set apart closes the writers' names before the photographers' role. */
  bylineWenBeforePhoto: 'byline.wen-before-photo',
  /** A public account's name on its date line (仙居发布 2025-09-03 08:30 浙江) is the outlet the copy was taken from: Article.outlet. */
  outletFromAccount: 'article.outlet-from-account',
  /** A crawl's source field or a closing source note that names no paper (来源：某某县融媒体中心) names the outlet: Article.outlet. */
  outletFromSource: 'article.outlet-from-source',
  /** On a page, a source line that names no paper (来源：某某县融媒体中心 under a headline, （来源：县农业农村局） closing a piece) is the outlet of its own piece: the piece it stands among, else (a closing note) the piece it closes, else (a field line) the piece that opens after it. */
  outletOfPiece: 'segment.outlet-of-piece',
  /** A ■ pen name over a piece that also prints `作者：某某` (or another author's credit) is the column's signature, not a second author: the credited name is the byline. */
  penNameBesideAuthor: 'byline.pen-name-beside-author',
  /** `（作者单位：某某县委党校）` closing a piece, or `（作者：某某，单位：…）`: the unit its authors (作者) work at, kept on their bylines (so no paper employs them). */
  authorUnit: 'byline.author-unit',
  /** A JSONL record's own `outlet` key is the article's outlet, ahead of anything its text says. */
  recordOutlet: 'record.outlet-field',
  /** `记者 火 旭`, `作者：占 越`: after a role, two characters set apart by a space and nothing else are a letter-spaced two-character name, whatever its surname (prose sets no space between two characters). */
  bylineLetterSpacedName: 'byline.letter-spaced-name',
  /** `通讯员 某某（县农业农村局）`: a contributor's unit in brackets after the name. */
  bylineUnitAfterName: 'byline.unit-after-name',
  /** `作者：某某　Emily Carter`: a name in Latin letters among a byline's names. */
  bylineLatinName: 'byline.latin-name',
  /** An article's head lines read in a crawl's order: main title first, with its column tag. */
  articleHead: 'headline.crawl-order',
  /** A headline-shaped paragraph inside a one-article body is a subhead, not a new article. */
  subhead: 'article.subhead',
  /** A byline line inside a one-article body credits someone (a photographer, 制图, 版式设计). */
  creditLine: 'article.credit-line',
  /** Credits at the end of a paragraph: （记者 张三）, （王某参与采写）, or a photo credit after a caption. */
  paragraphEndCredit: 'byline.paragraph-end',
  /** A JSONL byline field naming people without a role: they are its authors; one that reads as neither. */
  recordBylineNames: 'record.byline-names',
  /** A JSONL record without headline fields: its head is read from the top of its text, as a one-article file's. */
  recordHeadInText: 'record.head-in-text',
  recordBylineUnread: 'record.byline-unread',
  /** The date read from the dateline (本报南宁1月2日电) with the year of issue, when nothing better gave one. */
  datelineDate: 'date.from-dateline',
  /** The home city is that of the paper (lexicons/newspapers.tsv), no metadata naming one. */
  homeCityOfPaper: 'home.city-of-paper',
  /** Kinds: why a piece got its kind. */
  kindCommentarySignature: 'kind.commentary-signature',
  kindCommentaryRole: 'kind.commentary-role',
  kindPhoto: 'kind.photo-caption',
  kindBrief: 'kind.brief-length',
  kindNews: 'kind.news',
  kindArticle: 'kind.article',
} as const;
