// Defaults a user can override by flag or environment: the paper's home city (what 我市 means when a page
// has no metadata saying so) and where kg writes its output.

/** The paper this tool was built for is Pinghu's; KG_HOME_CITY or --home-city changes it. */
export const DEFAULT_HOME_CITY = '平湖市';
export const DEFAULT_OUT_DIR = 'out';

export function homeCityFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_HOME_CITY?.trim() || DEFAULT_HOME_CITY;
}
