// Turns zod's findings about environment variables into one CONFIG_INVALID error that names each variable,
// so a person sees every bad setting at once rather than one per run.
import type { z } from 'zod';
import { KgError } from '../errors.js';

export function configErrorFromIssues(issues: readonly z.core.$ZodIssue[]): KgError {
  const named = issues.map((issue) => ({ variable: issue.path.map(String).join('.') || 'environment', text: issue.message }));
  const [first, ...rest] = named;
  const message = [first?.text ?? 'invalid configuration', ...rest.map((i) => `${i.variable}: ${i.text}`)].join('; ');
  return new KgError('CONFIG_INVALID', message, {
    subject: first?.variable,
    hint: 'Fix or unset the variable; .env.example lists every setting with its accepted values.',
  });
}

/** Empty variables (common in .env files and CI settings) mean "not set". */
export function unsetIfEmpty(value: unknown): unknown {
  return value === '' ? undefined : value;
}
