// The evidence a relation carries: the article, the sentence it was read from, the source range of the words
// that state it, the rule and the confidence.
import type { Article } from '../document/types.js';
import type { Sentence } from '../extract/context.js';
import { sourceRange } from '../text/mapped-text.js';
import type { Evidence } from './types.js';

/**
 * Evidence for a relation: the sentence it was read from, and the source range of the words that state it — from
 * the first to the last of its mentions when both lie in the sentence, the whole sentence when one was carried in
 * from an earlier sentence (that mention's own place is on its MENTIONS edge).
 */
export function evidenceFor(article: Article, sentence: Sentence | undefined, spans: Array<{ start: number; end: number }>, rule: string, confidence: number): Evidence {
  let start = Infinity;
  let end = -Infinity;
  let inside = true;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
    if (sentence && (s.start < sentence.start || s.end > sentence.end)) inside = false;
  }
  if (!inside) ({ start, end } = sentence!);
  const ev: Evidence = { articleId: article.id, source: article.source, rule, confidence };
  if (sentence) ev.sentence = article.text.slice(sentence.start, sentence.end);
  if (end > start) {
    const range = sourceRange(article.offsets, start, end);
    ev.sourceStart = range.start;
    ev.sourceEnd = range.end;
  }
  return ev;
}
