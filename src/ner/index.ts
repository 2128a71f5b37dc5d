// NER over plain records: `kg ner` reads JSONL {id?, text} and writes {id, text, entities} with PER / LOC /
// ORG spans (and PROGRAMME / OUTCOME when asked), offsets as JavaScript string indices, end exclusive. It
// runs the same extractor as `kg build`, on each text as a document of its own.
import { z } from 'zod';
import { KgError } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import { extractTexts, type ExtractResources } from '../extract/index.js';
import type { Candidate } from '../extract/mention.js';

export const NER_LABELS = ['PER', 'LOC', 'ORG', 'PROGRAMME', 'OUTCOME'] as const;
export type NerLabel = (typeof NER_LABELS)[number];

export interface NerEntity {
  start: number;
  end: number;
  label: NerLabel;
  text: string;
}

export interface NerRecord {
  id: string;
  text: string;
  entities: NerEntity[];
}

const InputRecord = z.object({ id: z.union([z.string(), z.number()]).optional(), text: z.string() }).passthrough();

/** Parses one JSONL line; `where` names the input and line for errors. */
export function parseNerInput(line: string, where: string): { id?: string; text: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new KgError('INPUT_INVALID', `not valid JSON (${(e as Error).message})`, { subject: where, hint: 'each line must be a JSON object like {"text": "…"}' });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new KgError('INPUT_INVALID', 'each line must be a JSON object like {"text": "…"}', { subject: where });
  }
  const parsed = InputRecord.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    const problem = field === 'id' ? '"id" must be a string or a number' : 'text' in json ? '"text" must be a string' : 'each line needs a "text" string';
    throw new KgError('INPUT_INVALID', problem, { subject: where });
  }
  return { ...(parsed.data.id !== undefined ? { id: String(parsed.data.id) } : {}), text: parsed.data.text };
}

function labelOf(c: Candidate): NerLabel | undefined {
  switch (c.label) {
    case 'Person':
      return 'PER';
    case 'Place':
      // 我市, 全区 refer to a place; they do not name one.
      return c.attrs.ref ? undefined : 'LOC';
    case 'Organization':
      return 'ORG';
    case 'Programme':
      return 'PROGRAMME';
    case 'Outcome':
      return 'OUTCOME';
    default:
      return undefined;
  }
}

/** One record; `index` numbers a record without an id (from 0; its id is index + 1). */
export function recognizeRecord(input: { id?: string; text: string }, index: number, res: ExtractResources, labels: ReadonlySet<NerLabel>): NerRecord {
  return recognizeRecords([input], index, res, labels)[0]!;
}

/**
 * Records as one batch, each a document of its own (the same entities as one at a time, found faster: see
 * EXTRACT_BATCH_CHARS). `firstIndex` numbers the first record.
 */
export function recognizeRecords(inputs: readonly { id?: string; text: string }[], firstIndex: number, res: ExtractResources, labels: ReadonlySet<NerLabel>): NerRecord[] {
  const found = extractTexts(inputs.map((x) => ({ text: x.text, language: detectLanguage(x.text) })), res);
  return inputs.map((input, i) => {
    const entities: NerEntity[] = [];
    for (const c of found[i]!) {
      const label = labelOf(c);
      // 某市第三届某某节: a programme named after a place, where programmes are not asked for, still names the place.
      const inner = c.attrs.place;
      if (label === 'PROGRAMME' && !labels.has(label) && labels.has('LOC') && inner && inner.start >= c.start && inner.end <= c.end) {
        entities.push({ start: inner.start, end: inner.end, label: 'LOC', text: input.text.slice(inner.start, inner.end) });
      }
      if (!label || !labels.has(label)) continue;
      entities.push({ start: c.start, end: c.end, label, text: input.text.slice(c.start, c.end) });
    }
    return { id: input.id ?? String(firstIndex + i + 1), text: input.text, entities };
  });
}
