// Articles as JSONL: one JSON object per line, `{title, kicker?, subtitle?, byline?, date?, newspaper?, outlet?,
// page?, text, id?}`, as a crawler or a newsroom export writes them. Each record becomes one source unit laid out as
// an article, whose text fields keep the way back to the file: every character of a decoded JSON string is
// mapped to the offset (in the decoded file) where its JSON representation starts, so a mention's source
// offsets point into the file itself. A character written as an escape (`\"`, `\n`, `\u5f20`) maps to the
// escape's backslash (see README, "Input").
import { z } from 'zod';
import type { ArticleRecord, PageMeta } from '../document/types.js';
import { KgError } from '../errors.js';
import { forEachLine } from '../text/line-breaks.js';
import { MappedTextBuilder, type MappedText } from '../text/mapped-text.js';

/** The fields a record may hold; others are ignored with a warning. */
const RecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  title: z.string().optional(),
  kicker: z.string().optional(),
  subtitle: z.string().optional(),
  byline: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
    .optional(),
  newspaper: z.string().min(1).optional(),
  /** The outlet the copy was taken from when it is no paper (a public account, a county media centre): Article.outlet. */
  outlet: z.string().optional(),
  page: z.union([z.string().min(1), z.number().int().positive()]).transform(String).optional(),
  text: z.string({ error: 'the article body is missing (a string)' }).refine((t) => t.trim() !== '', 'text must hold the article body'),
});

const TEXT_FIELDS = ['title', 'kicker', 'subtitle', 'byline', 'text'] as const;
const KNOWN_FIELDS = new Set<string>(['id', 'date', 'newspaper', 'outlet', 'page', ...TEXT_FIELDS]);

export interface RecordUnit {
  /** The record's line: text[start, end). */
  start: number;
  end: number;
  /** 1-based line number. */
  line: number;
  record: ArticleRecord;
  /** Metadata the record gives (date, newspaper, page). */
  meta: Partial<PageMeta>;
}

/** Reads every non-blank line of `text` as one article record; a bad line fails the file, naming the line. */
export function readRecords(text: string, subject: string): { units: RecordUnit[]; warnings: string[] } {
  const units: RecordUnit[] = [];
  const ignored = new Set<string>();
  forEachLine(text, 0, text.length, (range, index) => {
    const raw = text.slice(range.start, range.end);
    if (raw.trim() === '') return;
    const line = index + 1;
    const fail = (problem: string): KgError =>
      new KgError('INPUT_INVALID', `line ${line}: ${problem}`, {
        subject,
        hint: 'each line of an articles file is one JSON object {title, kicker?, subtitle?, byline?, date?, newspaper?, outlet?, page?, text, id?}',
      });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw fail(`not valid JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('not a JSON object');
    const parsed = RecordSchema.safeParse(value);
    if (!parsed.success) throw fail(parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; '));
    for (const key of Object.keys(value)) if (!KNOWN_FIELDS.has(key)) ignored.add(key);
    const strings = stringFields(text, range.start, range.end);
    const record: ArticleRecord = { text: strings.get('text')! };
    for (const field of TEXT_FIELDS) {
      const mapped = strings.get(field);
      if (field !== 'text' && mapped && mapped.text.trim() !== '') record[field] = mapped;
    }
    const r = parsed.data;
    if (r.id !== undefined) record.id = r.id;
    // record.outlet-field: the record's own outlet key (what a crawler of public accounts writes) is the article's outlet.
    if (r.outlet && r.outlet.trim() !== '') record.outlet = r.outlet.trim();
    const meta: Partial<PageMeta> = {};
    if (r.date) meta.date = r.date;
    if (r.newspaper) meta.newspaper = r.newspaper;
    if (r.page) meta.page = r.page;
    units.push({ start: range.start, end: range.end, line, record, meta });
  });
  const warnings = ignored.size ? [`${subject}: fields not read: ${[...ignored].sort().join(', ')}`] : [];
  return { units, warnings };
}

/**
 * The top-level string values of the JSON object in text[start, end), decoded, each character mapped to where
 * its representation starts. The line has already been parsed by JSON.parse, so it is well-formed.
 */
export function stringFields(text: string, start: number, end: number): Map<string, MappedText> {
  const out = new Map<string, MappedText>();
  let i = skipSpace(text, start, end);
  if (text[i] !== '{') return out;
  i = skipSpace(text, i + 1, end);
  while (i < end && text[i] !== '}') {
    const key = readString(text, i);
    i = skipSpace(text, key.next, end);
    i = skipSpace(text, i + 1, end); // the colon
    if (text[i] === '"') {
      const value = readString(text, i);
      out.set(key.value.text, value.value); // JSON.parse keeps the last of repeated keys; so do we
      i = value.next;
    } else i = skipValue(text, i, end);
    i = skipSpace(text, i, end);
    if (text[i] === ',') i = skipSpace(text, i + 1, end);
  }
  return out;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  return i;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The JSON string opening at text[at] (a quote), decoded with offsets, and where it ends. */
function readString(text: string, at: number): { value: MappedText; next: number } {
  const b = new MappedTextBuilder();
  let i = at + 1;
  while (text[i] !== '"') {
    if (text[i] === '\\') {
      const e = text[i + 1]!;
      if (e === 'u') {
        b.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i);
        i += 6;
      } else {
        b.push(ESCAPES[e]!, i);
        i += 2;
      }
    } else {
      b.push(text[i]!, i);
      i++;
    }
  }
  return { value: b.build(), next: i + 1 };
}

/** Past the JSON value (number, literal, array or object) starting at text[at]. */
function skipValue(text: string, at: number, end: number): number {
  let depth = 0;
  let i = at;
  for (; i < end; i++) {
    const c = text[i]!;
    if (c === '"') {
      i = readString(text, i).next - 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && c === ',') return i;
  }
  return i;
}
