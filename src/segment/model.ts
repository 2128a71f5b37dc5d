// The segmentation model: layout patterns read from model/patterns.json, validated once, compiled to regexes.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BYLINE_ROLES, type BylineRole } from '../document/types.js';
import { KgError } from '../errors.js';
import { readModelJson } from '../util/model-file.js';

const RuleRegex = z.object({ id: z.string().min(1), regex: z.string().min(1) }).strict();

const PatternsFile = z
  .object({
    $comment: z.string().optional(),
    bylineMarks: z.string().min(1),
    bylineRoles: z.array(z.object({ id: z.string().min(1), text: z.string().min(1), role: z.enum(BYLINE_ROLES) }).strict()),
    datelines: z.array(RuleRegex),
    subheads: z.array(RuleRegex),
    commentarySignatures: RuleRegex.extend({ $comment: z.string().optional() }),
    reportedBylines: RuleRegex.extend({ $comment: z.string().optional() }),
    trailingBylines: RuleRegex.extend({ $comment: z.string().optional() }),
    trailingNames: RuleRegex.extend({ $comment: z.string().optional() }),
    bracketedPhotoCredits: RuleRegex.extend({ $comment: z.string().optional() }),
    outlets: RuleRegex.extend({ $comment: z.string().optional(), roles: z.array(z.string().min(1)).min(1) }),
    printLines: RuleRegex.extend({ $comment: z.string().optional() }),
    photoCredits: RuleRegex.extend({ $comment: z.string().optional() }),
    contributorCredits: RuleRegex.extend({ $comment: z.string().optional() }),
    captionRoleCredits: RuleRegex.extend({ $comment: z.string().optional() }),
    kickerEnds: RuleRegex.extend({ $comment: z.string().optional() }),
    turkicNames: z.object({ $comment: z.string().optional(), id: z.string().min(1), openings: z.array(z.string().regex(/^[\u4e00-\u9fff]{2}$/u)).min(1) }).strict(),
    briefColumns: z.object({ $comment: z.string().optional(), id: z.string().min(1), bold: z.string().min(1), numbered: z.string().min(1), bracketed: z.string().min(1), creditPrefix: z.string().min(1), creditSuffix: z.string().min(1) }).strict(),
    editorsNotes: z.object({ $comment: z.string().optional(), opening: RuleRegex, signoff: RuleRegex, lead: RuleRegex.extend({ $comment: z.string().optional() }) }).strict(),
    columnTags: z.object({ $comment: z.string().optional(), id: z.string().min(1), trailing: z.string().min(1), leading: z.string().min(1) }).strict(),
    fieldLines: RuleRegex.extend({ $comment: z.string().optional() }),
    sidebarHeads: RuleRegex.extend({ $comment: z.string().optional() }),
    sectionHeads: RuleRegex.extend({ $comment: z.string().optional() }),
    salutations: RuleRegex.extend({ $comment: z.string().optional() }),
    unmarkedSubheads: RuleRegex.extend({ $comment: z.string().optional() }),
    listLines: RuleRegex.extend({ $comment: z.string().optional(), marker: z.string().min(1), field: z.string().min(1) }),
    authorNotes: RuleRegex.extend({ $comment: z.string().optional() }),
    furniture: z
      .object({
        $comment: z.string().optional(),
        lines: z.array(RuleRegex.extend({ $comment: z.string().optional() })),
        tocItem: RuleRegex.extend({ $comment: z.string().optional() }),
        jumpIn: RuleRegex.extend({ $comment: z.string().optional() }),
        crawlMeta: z
          .object({
            id: z.string().min(1),
            $comment: z.string().optional(),
            labels: z.string().min(1),
            crawlLabels: z.string().min(1),
            authorLabels: z.string().min(1),
            roleLabels: z.string().min(1),
            leadingTime: z.string().min(1),
            dateId: z.string().min(1),
            dateLabels: z.string().min(1),
            date: z.string().min(1),
            paper: z.string().min(1),
          })
          .strict(),
        accountLine: RuleRegex.extend({ $comment: z.string().optional(), dateId: z.string().min(1) }),
        jump: RuleRegex,
      })
      .strict(),
  })
  .strict();

export interface CompiledRule {
  id: string;
  regex: RegExp;
}

export interface SegmentModel {
  bylineMarks: string;
  /** Any byline role, letter-spacing allowed, with an optional colon after it. */
  roleRegex: RegExp;
  /** The same, only at the start of a string. */
  roleAtStart: RegExp;
  /** A role without an outlet at the start of a string: the cheap test that most lines of a page fail. */
  plainRoleAtStart: RegExp;
  roleByText: Map<string, { id: string; role: BylineRole }>;
  datelines: CompiledRule[];
  subheads: CompiledRule[];
  signature: CompiledRule;
  reportedByline: CompiledRule;
  trailingByline: CompiledRule;
  /** …用心用情。（戚  言）: authors' names alone in brackets closing a piece. */
  trailingNames: CompiledRule;
  /** …。（记者 张三 摄）: a caption's photographer in brackets. */
  bracketedPhotoCredit: CompiledRule;
  /** Id of the rule that reads another outlet's name before a role (新华网记者), and the roles it may precede. */
  outletRuleId: string;
  outletRoles: string[];
  /** 《光明日报》（2024年06月18日第 05 版） closing a crawl's byline. */
  printLine: CompiledRule;
  /** 谢  磊摄（田野中国）. */
  photoCredit: CompiledRule;
  /** （王某参与采写）. */
  contributorCredit: CompiledRule;
  /** …在采摘蓝莓。　记者 某某 摄: a caption's photographer by role and name. */
  captionRoleCredit: CompiledRule;
  /** A headline line ending as a kicker ends (——, ：). */
  kickerEnd: CompiledRule;
  editorsNoteOpening: CompiledRule;
  editorsNoteSignoff: CompiledRule;
  /** Openings of Uyghur and Kazakh names printed without a surname or dot (阿依努尔): names in a byline. */
  turkicNames: { id: string; openings: ReadonlySet<string> };
  /** A column of briefs, each a paragraph opened by its lead (see patterns.json briefColumns). */
  briefColumn: { id: string; bold: RegExp; numbered: RegExp; bracketed: RegExp; creditPrefix: RegExp; creditSuffix: RegExp };
  /** A lead labelled 【导读】, 【提要】, 核心提示：: a paragraph of its piece, like an editor's note. */
  lead: CompiledRule;
  /** A column tag at the end or the start of a headline; the tag is in the groups tag, tag2 or tag3. */
  columnTag: { id: string; trailing: RegExp; leading: RegExp };
  /** Page furniture: whole lines of no article (责任编辑：…, 版面导航, 短讯), and a jump mark closing a line (（下转第4版）). */
  furnitureLines: CompiledRule[];
  /** A notice's contact field, telephone number or dated sign-off: never a headline. */
  fieldLine: CompiledRule;
  /** ■新闻链接: a sidebar's head under an article. */
  sidebarHead: CompiledRule;
  /** 本地要闻, 乡镇动态: a page's section heading over its first headline, the piece's column. */
  sectionHead: CompiledRule;
  /** 各乡镇人民政府，县直有关部门：: a notice's salutation, the body's first line, never the head's. */
  salutation: CompiledRule;
  /** A public account's name and date line (某某发布 2025-09-03 08:30 浙江): dropped, its date the article's. */
  accountLine: CompiledRule & { dateId: string };
  /** 产业兴 百姓富, 从“种得好”到“卖得好”: the shape of a feature's subhead printed with no mark. */
  unmarkedSubhead: CompiledRule;
  /** A list printed one item a line (1.某某公司, 某某　单位：某某公司): `regex` the shape of an item line, `marker` an item number, `field` a column label. */
  listLine: CompiledRule & { marker: RegExp; field: RegExp };
  /** （作者单位：…）: a note on the author closing a piece. */
  authorNote: CompiledRule;
  jumpMark: CompiledRule;
  /** An item of a table of contents under its heading (·某某镇…), dropped with the heading's block. */
  tocItem: CompiledRule;
  /** （上接第1版）: the text after this jump line is carried over from another page. */
  jumpIn: CompiledRule;
  /** A crawl's line of fields (来源：…　作者：…　发布时间：…); see patterns.json. */
  crawlMeta: { id: string; label: RegExp; crawlLabel: RegExp; authorLabel: RegExp; roleLabel: RegExp; leadingTime: RegExp; dateId: string; dateLabel: RegExp; date: RegExp; paper: RegExp };
}

let cached: SegmentModel | undefined;

export function loadSegmentModel(): SegmentModel {
  if (cached) return cached;
  const url = new URL('./model/patterns.json', import.meta.url);
  const path = fileURLToPath(url);
  const p = readModelJson(url, PatternsFile, 'segmentation patterns');
  const ids = [
    ...p.bylineRoles.map((r) => r.id),
    ...p.datelines.map((r) => r.id),
    ...p.subheads.map((r) => r.id),
    ...[p.commentarySignatures, p.reportedBylines, p.trailingBylines, p.trailingNames, p.bracketedPhotoCredits, p.outlets, p.printLines, p.photoCredits, p.contributorCredits, p.captionRoleCredits, p.kickerEnds].map((r) => r.id),
    p.editorsNotes.opening.id,
    p.editorsNotes.signoff.id,
    p.editorsNotes.lead.id,
    p.briefColumns.id,
    p.turkicNames.id,
    p.columnTags.id,
    p.fieldLines.id,
    p.sidebarHeads.id,
    p.sectionHeads.id,
    p.salutations.id,
    p.furniture.accountLine.id,
    p.furniture.accountLine.dateId,
    p.unmarkedSubheads.id,
    p.listLines.id,
    p.authorNotes.id,
    ...p.furniture.lines.map((r) => r.id),
    p.furniture.tocItem.id,
    p.furniture.jumpIn.id,
    p.furniture.crawlMeta.id,
    p.furniture.crawlMeta.dateId,
    p.furniture.jump.id,
  ];
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new KgError('DATA_INVALID', `rule id "${dup}" is used twice`, { subject: path });

  const compile = (r: { id: string; regex: string }): CompiledRule => {
    try {
      return { id: r.id, regex: new RegExp(r.regex, 'u') };
    } catch (e) {
      throw new KgError('DATA_INVALID', `rule ${r.id}: bad regex (${(e as Error).message})`, { subject: path });
    }
  };
  const roles = [...p.bylineRoles].sort((a, b) => b.text.length - a.text.length);
  // A slash is printed half- or full-width (文/图, 文／图).
  const roleAlternatives = roles.map((r) => [...r.text].map((ch) => (ch === '/' ? '[/／]' : escapeRegex(ch))).join('\\s*'));
  // A role may follow the name of another outlet (新华网记者): the outlet is kept in the named group.
  const outlet = compile(p.outlets).regex.source;
  const role = `(?:(?<outlet>${outlet})(?=${p.outlets.roles.map(escapeRegex).join('|')}))?(?<role>${roleAlternatives.join('|')})`;
  cached = {
    bylineMarks: p.bylineMarks,
    roleRegex: new RegExp(`${role}(?:\\s*[：:|｜丨])?\\s*`, 'u'),
    roleAtStart: new RegExp(`^${role}`, 'u'),
    plainRoleAtStart: new RegExp(`^(?:${roleAlternatives.join('|')})`, 'u'),
    roleByText: new Map(roles.map((r) => [r.text, { id: r.id, role: r.role }])),
    datelines: p.datelines.map(compile),
    subheads: p.subheads.map(compile),
    signature: compile(p.commentarySignatures),
    reportedByline: compile(p.reportedBylines),
    trailingByline: compile(p.trailingBylines),
    trailingNames: compile(p.trailingNames),
    bracketedPhotoCredit: compile(p.bracketedPhotoCredits),
    outletRuleId: p.outlets.id,
    outletRoles: p.outlets.roles,
    printLine: compile(p.printLines),
    photoCredit: compile(p.photoCredits),
    contributorCredit: compile(p.contributorCredits),
    captionRoleCredit: compile(p.captionRoleCredits),
    kickerEnd: compile(p.kickerEnds),
    editorsNoteOpening: compile(p.editorsNotes.opening),
    editorsNoteSignoff: compile(p.editorsNotes.signoff),
    lead: compile(p.editorsNotes.lead),
    turkicNames: { id: p.turkicNames.id, openings: new Set(p.turkicNames.openings) },
    briefColumn: {
      id: p.briefColumns.id,
      bold: compile({ id: p.briefColumns.id, regex: p.briefColumns.bold }).regex,
      numbered: compile({ id: p.briefColumns.id, regex: p.briefColumns.numbered }).regex,
      bracketed: compile({ id: p.briefColumns.id, regex: p.briefColumns.bracketed }).regex,
      creditPrefix: compile({ id: p.briefColumns.id, regex: p.briefColumns.creditPrefix }).regex,
      creditSuffix: compile({ id: p.briefColumns.id, regex: p.briefColumns.creditSuffix }).regex,
    },
    furnitureLines: p.furniture.lines.map(compile),
    fieldLine: compile(p.fieldLines),
    sidebarHead: compile(p.sidebarHeads),
    sectionHead: compile(p.sectionHeads),
    salutation: compile(p.salutations),
    accountLine: { ...compile(p.furniture.accountLine), dateId: p.furniture.accountLine.dateId },
    unmarkedSubhead: compile(p.unmarkedSubheads),
    listLine: { ...compile(p.listLines), marker: compile({ id: p.listLines.id, regex: p.listLines.marker }).regex, field: compile({ id: p.listLines.id, regex: p.listLines.field }).regex },
    authorNote: compile(p.authorNotes),
    jumpMark: compile(p.furniture.jump),
    tocItem: compile(p.furniture.tocItem),
    jumpIn: compile(p.furniture.jumpIn),
    crawlMeta: {
      id: p.furniture.crawlMeta.id,
      label: new RegExp(`(?<label>${compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.labels }).regex.source})\\s*[：:]`, 'gu'),
      crawlLabel: compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.crawlLabels }).regex,
      authorLabel: compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.authorLabels }).regex,
      roleLabel: compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.roleLabels }).regex,
      leadingTime: compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.leadingTime }).regex,
      dateId: p.furniture.crawlMeta.dateId,
      dateLabel: compile({ id: p.furniture.crawlMeta.dateId, regex: p.furniture.crawlMeta.dateLabels }).regex,
      date: compile({ id: p.furniture.crawlMeta.dateId, regex: p.furniture.crawlMeta.date }).regex,
      paper: compile({ id: p.furniture.crawlMeta.id, regex: p.furniture.crawlMeta.paper }).regex,
    },
    columnTag: { id: p.columnTags.id, trailing: compile({ id: p.columnTags.id, regex: p.columnTags.trailing }).regex, leading: compile({ id: p.columnTags.id, regex: p.columnTags.leading }).regex },
  };
  return cached;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
