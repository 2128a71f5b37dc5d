// Defaults a user can override by flag or environment: the paper's home city (what 我市 means when a page
// has no metadata saying so) and where kg writes its output.
import type { Gazetteer } from '../gazetteer/index.js';

export const DEFAULT_OUT_DIR = 'out';

/**
 * The home city from the environment (KG_HOME_CITY), or none. There is no built-in default: a page is read as
 * a city's only where something says so — its metadata (sidecar, --home-city, KG_HOME_CITY), its running head,
 * or a paper known to serve that city (lexicons/newspapers.tsv).
 */
export function homeCityFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KG_HOME_CITY?.trim() || undefined;
}

/** Why a home city cannot be used, or undefined: it must be a county, city or province the gazetteer knows. */
export function homeCityProblem(name: string, gazetteer: Gazetteer): string | undefined {
  return gazetteer.findAdministrative(name) ? undefined : `"${name}" is not a city, county or province the gazetteer knows (such as 平湖市, 海宁市, 嘉兴 or the code 330482)`;
}
