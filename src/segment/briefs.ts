// A column of briefs (简讯, 短讯): each brief is one paragraph opened by its lead — a bold headline set apart by a
// space, a number, or a unit or place in brackets — and the column may close with one credit for all of them.
// Read as pieces of the page, it would be one untitled piece (or the first words of each brief its title); here
// each brief is a piece of its own, titled by its bold lead or else by its first sentence, and credited with the
// column's credit. The rule is data (model/patterns.json `briefColumns`, id page.brief-column).
import { endsSentence } from '../text/chars.js';
import type { MappedText } from '../text/mapped-text.js';
import type { Piece } from './assemble.js';
import { parseBylineParagraph, type ParsedByline } from './bylines.js';
import { tidySpaces } from './clean.js';
import type { SegmentModel } from './model.js';
import type { Paragraph } from './paragraphs.js';

type LeadForm = 'bold' | 'numbered' | 'bracketed';

export interface BriefColumn {
  /** Paragraphs [from, to) are the column's briefs and its closing credit. */
  from: number;
  to: number;
  pieces: Piece[];
}

/** A title longer than this is no headline but a sentence; the brief keeps it in its text too. */
const MAX_SENTENCE_TITLE = 30;

export function briefColumns(paragraphs: readonly Paragraph[], columnHeads: ReadonlySet<number>, model: SegmentModel): BriefColumn[] {
  const out: BriefColumn[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const form = leadForm(paragraphs[i]!, model);
    if (!form) continue;
    let j = i + 1;
    while (j < paragraphs.length && leadForm(paragraphs[j]!, model) === form) j++;
    const prev = paragraphs[i - 1];
    const firstLine = paragraphs[i]!.lines[0]!.no;
    const headed = [...columnHeads].some((h) => h < firstLine && h > (prev ? prev.lines[prev.lines.length - 1]!.no : 0));
    // A title right over the first item: the items are that piece's text (a notice's points), not briefs.
    const underTitle = prev?.kind === 'title' && prev.lines[prev.lines.length - 1]!.no + 1 === firstLine;
    if (j - i < (headed ? 2 : 3) || underTitle) {
      i = j - 1;
      continue;
    }
    const credit = paragraphs[j] ? columnCredit(paragraphs[j]!, model) : null;
    const creditPara: Paragraph | undefined = credit ? { ...paragraphs[j]!, kind: 'byline', byline: credit, rules: [...paragraphs[j]!.rules, ...credit.rules] } : undefined;
    const pieces = paragraphs.slice(i, j).map((p) => briefPiece(p, form, model, creditPara));
    out.push({ from: i, to: credit ? j + 1 : j, pieces });
    i = (credit ? j + 1 : j) - 1;
  }
  return out;
}

/** How paragraph p opens as a brief of a column, or undefined. */
function leadForm(p: Paragraph, model: SegmentModel): LeadForm | undefined {
  if (p.kind !== 'body' || p.caption || p.continued || p.note) return undefined;
  const text = p.text.text;
  if (!endsSentence(text) && !/[)）]\s*$/.test(text)) return undefined;
  const bc = model.briefColumn;
  if (bc.numbered.test(text)) return 'numbered';
  if (bc.bracketed.test(text)) return 'bracketed';
  // The space setting the bold lead apart is printed on the first line (the paragraph's text has it tidied away).
  const first = p.lines[0]!.text.text;
  const bold = bc.bold.exec(first);
  // The lead is a headline (no sentence in it); the text after it is the brief's.
  if (bold && text.startsWith(bold.groups!.lead!) && /[。！？]/.test(text.slice(bold.groups!.lead!.length))) return 'bold';
  return undefined;
}

function briefPiece(p: Paragraph, form: LeadForm, model: SegmentModel, credit: Paragraph | undefined): Piece {
  const bc = model.briefColumn;
  const lead = form === 'bold' ? bc.bold.exec(p.lines[0]!.text.text)! : (form === 'numbered' ? bc.numbered : bc.bracketed).exec(p.text.text)!;
  const rest = p.text.slice(form === 'bold' ? lead.groups!.lead!.length : lead[0].length).trim();
  let title: MappedText;
  let body: MappedText;
  if (form === 'bold') {
    title = tidySpaces(p.text.slice(0, lead.groups!.lead!.length));
    body = rest;
  } else {
    // 1.某某县新增5家家庭农场。日前，…: a short first sentence is the brief's headline; a longer one titles it and stays.
    const end = rest.text.search(/[。！？]/);
    const sentence = end > 0 ? rest.slice(0, end) : rest;
    const headline = form === 'numbered' && sentence.length <= MAX_SENTENCE_TITLE && !/[，,；]/.test(sentence.text);
    title = tidySpaces(sentence);
    body = headline ? tidySpaces(rest.slice(end + 1)) : form === 'numbered' ? rest : p.text;
  }
  const rules = [...p.rules, bc.id];
  const head: Paragraph = { kind: 'title', lines: [p.lines[0]!], text: title, rules };
  const text: Paragraph = { ...p, text: body.length ? body : rest, rules };
  return { before: [{ kind: 'T', paragraphs: [head] }], body: { kind: 'D', paragraphs: [text] }, after: credit ? [{ kind: 'B', paragraphs: [credit] }] : [], rules: [bc.id] };
}

/** The credit closing a column: 记者 某某 整理, （记者 某某）, （本版稿件由记者 某某 整理）, or null. */
function columnCredit(p: Paragraph, model: SegmentModel): ParsedByline | null {
  if (p.kind === 'byline') return p.byline!;
  const t = p.text;
  if (p.lines.length > 2 || !/^[（(]/.test(t.text)) return null;
  const bc = model.briefColumn;
  const pre = bc.creditPrefix.exec(t.text);
  const suf = bc.creditSuffix.exec(t.text);
  if (!suf) return null;
  const start = pre ? pre[0].length : 1;
  if (suf.index <= start) return null;
  return parseBylineParagraph(t.slice(start, suf.index).trim(), model);
}
