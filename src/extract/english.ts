// English articles: compromise finds people, places and organisations; we keep its spans in the same
// mention shape as the Chinese recognizers, trimming the punctuation compromise leaves attached.
import nlp from 'compromise';
import { candidate, type Candidate, type MentionLabel } from './mention.js';

const TRAILING = /[\s,.;:!?'"”’)]+$/;
const LEADING_GENERIC = /^(?:the\s+)?(?:city|town|village|province|county)\s+of\s+/i;

export function recognizeEnglish(text: string): Candidate[] {
  const doc = nlp(text);
  const out: Candidate[] = [];
  const take = (label: MentionLabel, items: Array<{ text: string; offset: { start: number; length: number } }>, rule: string, kind?: 'Company' | 'Region'): void => {
    for (const item of items) {
      let start = item.offset.start;
      let end = start + item.offset.length;
      let surface = text.slice(start, end);
      const trailing = TRAILING.exec(surface);
      if (trailing) end -= trailing[0].length;
      surface = text.slice(start, end);
      const lead = LEADING_GENERIC.exec(surface);
      if (lead) start += lead[0].length;
      if (end - start < 2) continue;
      out.push(candidate(label, start, end, rule, 0.7, {}, kind));
    }
  };
  take('Person', doc.people().json({ offset: true }), 'en.compromise.person');
  take('Place', doc.places().json({ offset: true }), 'en.compromise.place', 'Region');
  take('Organization', doc.organizations().json({ offset: true }), 'en.compromise.organization');
  return out;
}
