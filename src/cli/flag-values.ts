// Parsers for flag values, given to commander: a value that does not parse is a usage error (exit 2) that names
// the flag and says what it takes, before any work starts.
import { InvalidArgumentError, Option } from 'commander';
import { homeCityProblem } from '../config/defaults.js';
import { ENGINES } from '../extract/hybrid.js';
import { loadGazetteer } from '../gazetteer/index.js';

/** A positive number of seconds (fractions allowed). */
export function positiveSeconds(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a positive number of seconds');
  return seconds;
}

/** A number of seconds, where 0 means no limit. */
export function secondsOrNone(value: string): number {
  if (value.trim() !== '' && Number(value) === 0) return 0;
  try {
    return positiveSeconds(value);
  } catch {
    throw new InvalidArgumentError('must be a number of seconds (0 for no limit)');
  }
}

/** A whole number of at least 1. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

/** A calendar date written YYYY-MM-DD (2022-02-30 is refused). */
export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== m[0]) throw new InvalidArgumentError('must be a date written YYYY-MM-DD, such as 2022-09-27');
  return m[0];
}

/** A county, city or province the gazetteer knows: what 我市, 本市 and 市区 will mean. */
export function knownHomeCity(name: string): string {
  const problem = homeCityProblem(name, loadGazetteer());
  if (problem) throw new InvalidArgumentError(problem);
  return name;
}

/** `--engine` (build and ner): who proposes names (see README, "The statistical tagger and the rules"). */
export function engineOption(): Option {
  return new Option('--engine <name>', 'who proposes person, place and organisation names: the statistical tagger and the rules together, or either alone').choices(ENGINES).default('hybrid');
}
