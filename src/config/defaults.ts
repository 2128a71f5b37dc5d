// Defaults a user can override by flag or environment: the paper's home city (what 我市 means) and where kg
// writes its output.

export const DEFAULT_OUT_DIR = 'out';

/**
 * The home city from the environment (KG_HOME_CITY), or none. There is no built-in default: a page is read as
 * a city's only where something says so — its metadata (sidecar, --home-city, KG_HOME_CITY), its running head,
 * or a paper known to serve that city (lexicons/newspapers.tsv).
 */
export function homeCityFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KG_HOME_CITY?.trim() || undefined;
}
