// Rules and lexicons are data files in each stage's model/ folder, validated with zod when first read. One reader
// for all of them, so every bad file fails the same way: DATA_INVALID naming the file and the first problems.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { KgError } from '../errors.js';

/** The JSON file at `url` checked against `schema`; `what` names its contents in messages ("layout rules"). */
export function readModelJson<T>(url: URL, schema: z.ZodType<T>, what: string): T {
  const path = fileURLToPath(url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new KgError('DATA_INVALID', `cannot read ${what} (${(e as Error).message})`, { subject: path });
  }
  // Read once per process: jitless, zod checks it as it walks it, without first compiling a checker for each
  // object shape (new Function), which took longer than the check itself.
  const parsed = schema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new KgError('DATA_INVALID', `invalid ${what}: ${where}`, { subject: path });
  }
  return parsed.data;
}
