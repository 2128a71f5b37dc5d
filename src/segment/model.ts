// The segmentation model: layout patterns read from model/patterns.json, validated once, compiled to regexes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BYLINE_ROLES, type BylineRole } from '../document/types.js';
import { KgError } from '../errors.js';

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
  /** The same, only at the start of a string: the cheap test that most lines of a page fail. */
  roleAtStart: RegExp;
  roleByText: Map<string, { id: string; role: BylineRole }>;
  datelines: CompiledRule[];
  subheads: CompiledRule[];
  signature: CompiledRule;
  reportedByline: CompiledRule;
  trailingByline: CompiledRule;
}

let cached: SegmentModel | undefined;

export function loadSegmentModel(): SegmentModel {
  if (cached) return cached;
  const path = fileURLToPath(new URL('./model/patterns.json', import.meta.url));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read segmentation patterns (${(e as Error).message})`, { subject: path });
  }
  const parsed = PatternsFile.safeParse(raw);
  if (!parsed.success) {
    throw new KgError('DATA_INVALID', `invalid segmentation patterns: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { subject: path });
  }
  const p = parsed.data;
  const ids = [...p.bylineRoles.map((r) => r.id), ...p.datelines.map((r) => r.id), ...p.subheads.map((r) => r.id), p.commentarySignatures.id, p.reportedBylines.id, p.trailingBylines.id];
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
  const roleAlternatives = roles.map((r) => [...r.text].map(escapeRegex).join('\\s*'));
  cached = {
    bylineMarks: p.bylineMarks,
    roleRegex: new RegExp(`(?:${roleAlternatives.join('|')})(?:\\s*[：:])?\\s*`, 'u'),
    roleAtStart: new RegExp(`^(?:${roleAlternatives.join('|')})`, 'u'),
    roleByText: new Map(roles.map((r) => [r.text, { id: r.id, role: r.role }])),
    datelines: p.datelines.map(compile),
    subheads: p.subheads.map(compile),
    signature: compile(p.commentarySignatures),
    reportedByline: compile(p.reportedBylines),
    trailingByline: compile(p.trailingBylines),
  };
  return cached;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
