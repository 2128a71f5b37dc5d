// Scores articles read from a generated page against its truth: an article is right when its title and every
// paragraph, in order, come out as printed (spaces and character widths aside); its bylines are right when the
// same people are credited in the same roles.
import type { Article } from '../../src/document/types.js';
import { normalizeWidth } from '../../src/text/chars.js';
import type { PageTruth, TruthArticle } from './layouts.js';

export interface PageScore {
  articles: number;
  right: number;
  withBylines: number;
  bylinesRight: number;
  /** What went wrong, article by article, for reading a failure. */
  problems: string[];
}

export const norm = (s: string): string => [...s.replace(/\s+/g, '')].map(normalizeWidth).join('');

export function paragraphsOf(a: Article): string[] {
  return a.paragraphs.map((p) => a.text.slice(p.start, p.end));
}

function find(t: TruthArticle, predicted: readonly Article[]): Article | undefined {
  if (t.title) return predicted.find((a) => norm(a.title) === norm(t.title));
  const first = norm(t.paragraphs[0] ?? '');
  return predicted.find((a) => !a.title && paragraphsOf(a).some((p) => norm(p) === first));
}

export function scorePage(truth: PageTruth, predicted: readonly Article[]): PageScore {
  const s: PageScore = { articles: 0, right: 0, withBylines: 0, bylinesRight: 0, problems: [] };
  for (const t of truth.articles) {
    s.articles++;
    const a = find(t, predicted);
    const label = t.title || `photo ${t.paragraphs[0]!.slice(0, 12)}`;
    if (!a) {
      s.problems.push(`${label}: not found`);
      if (t.bylines.length) s.withBylines++;
      continue;
    }
    const got = paragraphsOf(a).map(norm);
    const want = t.paragraphs.map(norm);
    if (got.length === want.length && got.every((p, i) => p === want[i])) s.right++;
    else {
      const i = want.findIndex((p, k) => got[k] !== p);
      s.problems.push(`${label}: ${got.length}/${want.length} paragraphs; first difference at ${i}: got ${JSON.stringify(got[i]?.slice(0, 40))} want ${JSON.stringify(want[i]?.slice(0, 40))}`);
    }
    if (t.bylines.length) {
      s.withBylines++;
      const key = (b: { name: string; role: string }): string => `${b.name}|${b.role}`;
      const g = new Set(a.bylines.map(key));
      if (g.size === t.bylines.length && t.bylines.every((b) => g.has(key(b)))) s.bylinesRight++;
      else s.problems.push(`${label}: bylines ${[...g].join(', ')} want ${t.bylines.map(key).join(', ')}`);
    }
  }
  return s;
}
