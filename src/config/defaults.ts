// Defaults a user can override by flag or environment: the paper's home city (what 我市 means when a page
// has no metadata saying so) and where kg writes its output.
import type { Gazetteer } from '../gazetteer/index.js';

/** The paper this tool was built for is Pinghu's; KG_HOME_CITY or --home-city changes it. */
export const DEFAULT_HOME_CITY = '平湖市';
export const DEFAULT_OUT_DIR = 'out';

export function homeCityFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_HOME_CITY?.trim() || DEFAULT_HOME_CITY;
}

/** Why a home city cannot be used, or undefined: it must be a county, city or province the gazetteer knows. */
export function homeCityProblem(name: string, gazetteer: Gazetteer): string | undefined {
  return gazetteer.findAdministrative(name) ? undefined : `"${name}" is not a city, county or province the gazetteer knows (such as 平湖市, 海宁市, 嘉兴 or the code 330482)`;
}
