// Choosing among overlapping candidates. Recognizers propose freely; a span of text names one thing.
// Candidates are taken in tiers of confidence, and within a tier the longest first: a full name beats the
// place or name it contains (平湖市极地户外服饰有限公司 over 平湖市), and a confident reading beats a
// guess. Among spans of equal length the more confident wins (哥伦比亚 listed among brands is a brand).
import type { Candidate } from './mention.js';
import { ByteScratch } from './chars.js';

const TIERS = [0.8, 0.6, 0];
/** Characters taken by the candidates kept so far (cleared again before selectMentions returns). */
const takenScratch = new ByteScratch();

/** The tier of a confidence (0 the most confident), or -1 below every tier. */
function tierOf(confidence: number): number {
  for (let t = 0; t < TIERS.length; t++) if (confidence >= TIERS[t]!) return t;
  return -1;
}

export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  // One stable sort (tier, then longest, then most confident, then leftmost), then a greedy pass that keeps a
  // candidate when none of its characters is taken yet.
  // (The sort's keys are copied beside each candidate: the comparator reads them without going to the candidate.)
  const ranked: Array<{ c: Candidate; tier: number; length: number; confidence: number; start: number }> = [];
  let extent = 0;
  for (const c of candidates) {
    const tier = tierOf(c.confidence);
    if (tier === -1 || c.end <= c.start) continue;
    ranked.push({ c, tier, length: c.end - c.start, confidence: c.confidence, start: c.start });
    if (c.end > extent) extent = c.end;
  }
  ranked.sort((x, y) => x.tier - y.tier || y.length - x.length || y.confidence - x.confidence || x.start - y.start);
  const taken = takenScratch.take(extent);
  const chosen: Candidate[] = [];
  try {
    for (const { c } of ranked) {
      let free = true;
      for (let k = c.start; k < c.end && free; k++) if (taken[k]) free = false;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      chosen.push(c);
    }
  } finally {
    for (const c of chosen) taken.fill(0, c.start, c.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
