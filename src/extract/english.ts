// English articles: compromise finds people, places and organisations; we keep its spans in the same
// mention shape as the Chinese recognizers, trimming the punctuation compromise leaves attached, and add what
// English company style guides fix: a run of capitalised words ending in a legal form (Co., Ltd., Group,
// Corporation) is a company, ending in Development Zone a zone, and so on. Countries and cities keep the
// kind compromise gives them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type nlpType from 'compromise';
import type { EntityKind } from '../../schema/model.js';
import { KgError } from '../errors.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { candidate, type Candidate, type MentionLabel } from './mention.js';

const TRAILING = /[\s,.;:!?'"”’)]+$/;
const LEADING_GENERIC = /^(?:the\s+)?(?:city|town|village|province|county)\s+of\s+/i;
const CAP = String.raw`[A-Z][A-Za-z0-9&'’-]*`;
const CONNECT = String.raw`(?:\s+(?:and|of|for|the|&)\s+|\s+)`;
const ENDINGS: Array<{ re: RegExp; label: MentionLabel; kind: EntityKind; rule: string }> = [
  { re: new RegExp(`${CAP}(?:${CONNECT}${CAP}){0,8}\\s+(?:Co\\.,?\\s*Ltd\\.?|Co\\.|Ltd\\.?|Inc\\.?|Corp\\.?|Corporation|Company|Group)`, 'g'), label: 'Organization', kind: 'Company', rule: 'en.org.legal-form' },
  { re: new RegExp(`${CAP}(?:${CONNECT}${CAP}){0,8}\\s+(?:Development Zone|Industrial Park|High-Tech Zone|Free Trade Zone)`, 'g'), label: 'Place', kind: 'DevelopmentZone', rule: 'en.place.zone' },
  { re: new RegExp(`${CAP}(?:${CONNECT}${CAP}){0,8}\\s+(?:Association|Institute|University|College|Bureau|Committee|Commission|Ministry|Department|Office|Administration|Federation|Chamber of Commerce)(?:\\s+of(?:\\s+the)?(?:\\s+${CAP}){1,4})?`, 'g'), label: 'Organization', kind: 'GovernmentAgency', rule: 'en.org.body' },
];

let englishPlaces: Map<string, string> | undefined;

/** model/english-places.tsv: English names of places (Pinghu, Zhejiang) → gazetteer ids. */
export function loadEnglishPlaces(): Map<string, string> {
  if (englishPlaces) return englishPlaces;
  const path = fileURLToPath(new URL('./model/english-places.tsv', import.meta.url));
  const out = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, id] = line.split('\t');
    if (!name || !id?.trim() || out.has(name)) throw new KgError('DATA_INVALID', `bad or repeated line "${line}"`, { subject: path });
    out.set(name, id.trim());
  }
  return (englishPlaces = out);
}

const ADMIN_WORD = /\s+(?:Province|City|County|District|Municipality)$/;

/**
 * Places an English article names as the gazetteer knows them (Pinghu → 平湖市, Zhejiang Province → 浙江省): the
 * candidates compromise found get the gazetteer's id and kind, and the names it missed are added.
 */
function tieToGazetteer(text: string, found: Candidate[], g: Gazetteer): Candidate[] {
  const names = loadEnglishPlaces();
  const idOf = (surface: string): string | undefined => {
    const id = names.get(surface) ?? names.get(surface.replace(ADMIN_WORD, ''));
    return id && g.get(id) ? id : undefined;
  };
  const out = found.map((c) => {
    if (c.label !== 'Place') return c;
    const id = idOf(text.slice(c.start, c.end));
    return id ? candidate('Place', c.start, c.end, c.rule, c.confidence, { ...c.attrs, placeIds: [id] }, g.get(id)!.kind) : c;
  });
  for (const [name, id] of names) {
    if (!g.get(id)) continue;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (/[A-Za-z]/.test(text[i - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')) continue;
      if (out.some((c) => c.start < end && i < c.end)) continue;
      out.push(candidate('Place', i, end, 'en.place.gazetteer', 0.8, { placeIds: [id] }, g.get(id)!.kind));
    }
  }
  return out;
}

export function recognizeEnglish(text: string, gazetteer?: Gazetteer): Candidate[] {
  const found = compromiseAndEndings(text);
  return gazetteer ? tieToGazetteer(text, found, gazetteer) : found;
}

/**
 * compromise, loaded on the first English article: most pages are Chinese, and its ES modules (hundreds of
 * files) took 1.9 s of every kg start. Its CommonJS build is one file and the same code.
 */
let nlp: typeof nlpType | undefined;
const compromise = (): typeof nlpType => (nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType);

function compromiseAndEndings(text: string): Candidate[] {
  const doc = compromise()(text);
  const out: Candidate[] = [];
  const take = (label: MentionLabel, items: Array<{ text: string; offset: { start: number; length: number } }>, rule: string, kindOf?: (surface: string) => EntityKind | undefined): void => {
    for (const item of items) {
      let start = item.offset.start;
      let end = start + item.offset.length;
      const trailing = TRAILING.exec(text.slice(start, end));
      if (trailing) end -= trailing[0].length;
      const lead = LEADING_GENERIC.exec(text.slice(start, end));
      if (lead) start += lead[0].length;
      if (end - start < 2) continue;
      out.push(candidate(label, start, end, rule, 0.7, {}, kindOf?.(text.slice(start, end))));
    }
  };
  const countries = new Set(doc.match('#Country').out('array').map((s: string) => s.replace(TRAILING, '')));
  const cities = new Set(doc.match('#City').out('array').map((s: string) => s.replace(TRAILING, '')));
  take('Person', doc.people().json({ offset: true }), 'en.compromise.person');
  take('Place', doc.places().json({ offset: true }), 'en.compromise.place', (s) => (countries.has(s) ? 'Country' : cities.has(s) ? 'City' : 'Region'));
  take('Organization', doc.organizations().json({ offset: true }), 'en.compromise.organization');
  for (const e of ENDINGS) {
    e.re.lastIndex = 0;
    for (let m = e.re.exec(text); m; m = e.re.exec(text)) {
      const kind = e.rule === 'en.org.body' && /University|College|Institute/.test(m[0]) ? (/Institute/.test(m[0]) ? 'ResearchInstitute' : 'School') : e.kind;
      out.push(candidate(e.label, m.index, m.index + m[0].length, e.rule, 0.8, {}, kind));
    }
  }
  return out;
}
