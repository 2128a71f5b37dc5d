// Choosing among overlapping candidates. Recognizers propose freely; a span of text names one thing.
// Candidates are taken in tiers of confidence, and within a tier the longest first: a full name beats the
// place or name it contains (平湖市极地户外服饰有限公司 over 平湖市), and a confident reading beats a
// guess. Among spans of equal length the more confident wins (哥伦比亚 listed among brands is a brand).
import { overlaps, type Candidate } from './mention.js';

const TIERS = [0.8, 0.6, 0];

export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const taken = (c: Candidate): boolean => chosen.some((x) => overlaps(x, c));
  let upper = Infinity;
  for (const floor of TIERS) {
    const tier = candidates
      .filter((c) => c.confidence >= floor && c.confidence < upper && c.end > c.start)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    for (const c of tier) if (!taken(c)) chosen.push(c);
    upper = floor;
  }
  return chosen.sort((a, b) => a.start - b.start);
}
