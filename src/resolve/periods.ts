// A figure's period as printed (今年1至9月, 去年上半年, 截至10月底) → a normalised value, read against the date of
// the article that printed it. The words are data (model/periods.json): a year (an explicit 2023年, or a word
// counted from the year of issue) and a part of it (a half, quarters, months, up to a month's end).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KgError } from '../errors.js';

/**
 * Normalised periods: a year `2024`; a quarter `2024-Q1`; a month `2024-10`; a range of either, both ends
 * written out (`2024-Q1..2024-Q3`, `2024-01..2024-09`); up to a month or a day, with no start (`..2024-10`,
 * `..2024-05-20`). A half is its months (上半年 → `2024-01..2024-06`).
 */
export interface Period {
  value: string;
  /** The rule of the part that read it (model/periods.json). */
  rule: string;
}

const PeriodsFile = z
  .object({
    years: z.array(z.object({ id: z.string(), word: z.string().min(1), offset: z.number().int() }).strict()),
    parts: z.array(
      z
        .object({
          id: z.string(),
          match: z.string(),
          value: z.string(),
          /** Read only with a year printed (全年 alone, in a January issue, may be the year before). */
          needsYear: z.boolean().optional(),
          /** Needs the day of issue, not only its year (今年以来 runs to the month of issue). */
          needsIssueDay: z.boolean().optional(),
          /** Takes no year (至今). */
          noYear: z.boolean().optional(),
          /** Reported as past: printed without a year and ending after the month of issue, it is the year before's. */
          past: z.boolean().optional(),
          /** Read only for a target or a forecast (全年 in 力争全年增长9%: the year of issue). */
          ahead: z.boolean().optional(),
        })
        .strict(),
    ),
  })
  .strict();

interface PartRule {
  id: string;
  match: RegExp;
  value: string;
  needsYear: boolean;
  needsIssueDay: boolean;
  noYear: boolean;
  past: boolean;
  ahead: boolean;
}

let loaded: { years: Map<string, number>; yearWords: RegExp; parts: PartRule[] } | undefined;

function rules(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const path = fileURLToPath(new URL('./model/periods.json', import.meta.url));
  const parsed = PeriodsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')), { jitless: true }); // read once: see util/model-file.ts
  if (!parsed.success) throw new KgError('DATA_INVALID', `invalid period rules: ${parsed.error.issues[0]?.message}`, { subject: path });
  const ids = [...parsed.data.years, ...parsed.data.parts].map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new KgError('DATA_INVALID', `rule id "${dup}" is used twice`, { subject: path });
  const years = new Map(parsed.data.years.map((y) => [y.word, y.offset]));
  loaded = {
    years,
    yearWords: new RegExp(`(?:${[...years.keys()].join('|')})`, 'u'),
    parts: parsed.data.parts.map((p) => ({ id: p.id, match: new RegExp(p.match, 'u'), value: p.value, needsYear: !!p.needsYear, needsIssueDay: !!p.needsIssueDay, noYear: !!p.noYear, past: !!p.past, ahead: !!p.ahead })),
  };
  return loaded;
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 9, 九, 十一, 12 → the number; anything else → undefined. */
function numberOf(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二两三四五六七八九])?$/u.exec(s);
  if (!m || !s || (!m[2] && m[1] && m[3])) return undefined;
  if (!m[2]) return DIGITS[(m[1] ?? m[3])!];
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The period a figure's words give, read against the issue's date (`2024-05-20`, or its year `2024`); undefined
 * when they give none that can be placed (每年, 近年来, 全年 with no year, 今年 with no date of issue). For a target or
 * a forecast (`ahead`), a part of the year printed without one is not moved to the year before (下半年力争…), and
 * 全年 alone is the year of issue (period.whole-year.ahead).
 */
export function resolvePeriod(printed: string, issue: string | undefined, opts: { ahead?: boolean } = {}): Period | undefined {
  const { years, yearWords, parts } = rules();
  const text = printed.replace(/\s+/g, '');
  const issueYear = issue ? Number(issue.slice(0, 4)) : undefined;
  const issueMonth = issue && issue.length >= 7 ? Number(issue.slice(5, 7)) : undefined;
  // The year, printed (2023年) or counted from the year of issue (去年); the rest is the part of it.
  let year: number | undefined;
  let rest = text;
  const explicit = /((?:19|20)\d{2})年/u.exec(text);
  const word = yearWords.exec(text);
  if (explicit) {
    year = Number(explicit[1]);
    rest = text.slice(0, explicit.index) + text.slice(explicit.index + explicit[0].length);
  } else if (word) {
    if (issueYear === undefined) return undefined;
    year = issueYear + years.get(word[0])!;
    rest = text.slice(0, word.index) + text.slice(word.index + word[0].length);
  }
  for (const part of parts) {
    if (part.ahead && !opts.ahead) continue;
    const m = part.match.exec(rest);
    if (!m) continue;
    if (part.noYear && year !== undefined) return undefined;
    if (part.needsYear && year === undefined) return undefined;
    if (part.needsIssueDay && (!issue || issue.length < 10)) return undefined;
    const g = m.groups ?? {};
    const m1 = g.m1 !== undefined ? numberOf(g.m1) : undefined;
    const m2 = g.m2 !== undefined ? numberOf(g.m2) : undefined;
    const q = g.q !== undefined ? numberOf(g.q) : undefined;
    // “十四五”: the fourteenth five-year plan, 2021–2025 (the sixth began in 1981).
    const planStart = g.plan !== undefined ? 1981 + 5 * (10 + numberOf(g.plan)! - 6) : undefined;
    if ((g.m1 !== undefined && !valid(m1, 12)) || (g.m2 !== undefined && !valid(m2, 12)) || (g.q !== undefined && !valid(q, 4)) || (m1 !== undefined && m2! < m1)) return undefined;
    const fill = (y: number | undefined): string =>
      part.value
        .replace(/\{Y\}/g, String(y))
        .replace(/\{m1\}/g, m1 !== undefined ? pad(m1) : '')
        .replace(/\{m2\}/g, m2 !== undefined ? pad(m2) : '')
        .replace(/\{q\}/g, q !== undefined ? String(q) : '')
        .replace(/\{issueMonth\}/g, issue ? issue.slice(0, 7) : '')
        .replace(/\{issueDay\}/g, issue ?? '')
        .replace(/\{planStart\}/g, String(planStart))
        .replace(/\{planEnd\}/g, String((planStart ?? 0) + 4));
    if (year !== undefined || part.noYear) return { value: fill(year), rule: part.id };
    if (issueYear === undefined) return undefined;
    // 1至11月 in a January issue: the months are last year's, as a report tells what has happened.
    const value = fill(issueYear);
    const end = /-(Q?)(\d+)$/.exec(value);
    const lastMonth = end ? Number(end[2]) * (end[1] ? 3 : 1) : undefined;
    // (A target or forecast looks ahead: 下半年力争… in a July issue is this year's second half.)
    if (part.past && !opts.ahead && issueMonth !== undefined && lastMonth !== undefined && lastMonth > issueMonth) return { value: fill(issueYear - 1), rule: `${part.id}+year-before` };
    return { value, rule: part.id };
  }
  return undefined;
}

function valid(n: number | undefined, max: number): boolean {
  return n !== undefined && n >= 1 && n <= max;
}
