// Step 6: an article mentions each entity it names.
import type { Article } from '../document/types.js';
import type { Mention } from '../extract/mention.js';
import type { Pending } from './references.js';
import type { Relation } from './types.js';

/** An article mentions each entity it names, with the count and where. */
export function mentionsOf(article: Article, pending: Pending[]): Relation[] {
  const byEntity = new Map<string, Mention[]>();
  for (const p of pending) {
    const list = byEntity.get(p.ref.key);
    if (list) list.push(p.m);
    else byEntity.set(p.ref.key, [p.m]);
  }
  // One string for the article's node id, shared by its rows: the graph's checks look each up by it.
  const start = `article:${article.id}`;
  return [...byEntity.entries()].map(([key, ms]) => ({
    type: 'MENTIONS' as const,
    start,
    end: key,
    evidence: { articleId: article.id, source: article.source, rule: [...new Set(ms.map((m) => m.rule))].join(','), confidence: Math.max(...ms.map((m) => m.confidence)) },
    mentions: ms,
  }));
}

