// Running the extractor on a sentence in tests: the mentions as compact records to compare with tables.
import { extractText, loadExtractResources, type ExtractResources } from '../../src/extract/index.js';

let res: ExtractResources | undefined;

/**
 * The rules' resources for a Pinghu paper (its villages and town short forms loaded): the recognizers' tests
 * check what the rules read on their own, without the statistical tagger (tests/unit/extract/hybrid.test.ts
 * covers the two together).
 */
export function resources(): ExtractResources {
  res ??= loadExtractResources({ homeAreas: ['平湖市'], engine: 'rules' });
  return res;
}

export interface Found {
  label: string;
  kind?: string;
  text: string;
  rule: string;
}

export function mentionsIn(text: string): Found[] {
  return extractText(text, resources()).map((c) => ({ label: c.label, ...(c.kind ? { kind: c.kind } : {}), text: text.slice(c.start, c.end), rule: c.rule }));
}

export function namesOf(text: string, label: string): string[] {
  return mentionsIn(text).filter((m) => m.label === label).map((m) => m.text);
}

const hybridByHome = new Map<string, ExtractResources>();

/** The hybrid engine's resources for a paper of `homeArea` (its villages and town short forms loaded), once each. */
export function hybridResources(homeArea: string): ExtractResources {
  let r = hybridByHome.get(homeArea);
  if (!r) hybridByHome.set(homeArea, (r = loadExtractResources({ homeAreas: [homeArea], engine: 'hybrid' })));
  return r;
}

/** The hybrid engine's mentions in `text` on a paper of `homeArea`, as compact records (with the kind). */
export const hybridMentionsFor =
  (homeArea: string) =>
  (text: string): Array<Found & { kind?: string }> =>
    extractText(text, hybridResources(homeArea)).map((c) => ({ label: c.label, kind: c.kind, text: text.slice(c.start, c.end), rule: c.rule }));
