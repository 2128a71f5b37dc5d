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

/**
 * Why a home city cannot be used, or undefined: it must be a county, city or province the gazetteer knows — by its
 * full name, a short form (兰坪县 or 兰坪 for 兰坪白族普米族自治县) or its code — and only one (朝阳 is a city, a county and
 * two districts: the full name or the code says which).
 */
export function homeCityProblem(name: string, gazetteer: Gazetteer): string | undefined {
  const matches = gazetteer.administrativeMatches(name);
  if (matches.length === 0) return `"${name}" is not a city, county or province the gazetteer knows (such as 平湖市, 海宁市, 嘉兴, 兰坪县 or the code 330482)`;
  if (matches.length === 1) return undefined;
  const which = matches.slice(0, 6).map((p) => `${gazetteer.lineage(p.id).slice(1).reverse().map((q) => q.name).join('')}${p.name} (${p.code ?? p.id})`);
  return `"${name}" may mean ${matches.length} places: ${which.join(', ')}${matches.length > 6 ? ' …' : ''}; give the full name or the code`;
}
