// Short names across the archive. A page that prints a firm's full name and then its short name (浙江某某智能装备
// 有限公司 … 某某智能) ties the two (consistency.ts); another page, another day, may print the short name alone.
// There it is the same firm when the whole build knows one firm it can stand for: the short name was printed
// beside that firm's name somewhere, and no other firm of the build has a trade name beginning with it. When
// several could be meant, the short name stays a name of its own that says which firms it might be
// (`ambiguousWith`), for an analyst to decide. The decision depends only on the set of pages, not on their order.
import type { Article } from '../document/types.js';
import type { OrgAlias } from './consistency.js';
import type { Mention } from './mention.js';

/** The rule of a short name tied across the archive, and of one that could be several firms. */
export const ARCHIVE_SHORT_FORM = 'org.short-form.archive';
export const AMBIGUOUS_SHORT_FORM = 'org.short-form.ambiguous';

/** The rule of a firm read by its trade name and trade alone (recognizers/organizations.ts, tradeFirms). */
const TRADE_FIRM = 'org.trade-firm';

const LEGAL_FORM = /(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|总公司|公司)$/u;

interface FirmName {
  /** The trade name and what follows it, without the place, the region in brackets and the legal form. */
  body: string;
  /** The place opening the name, else the region in its brackets; empty when it has neither. */
  place: string;
}

function firmName(m: Mention): FirmName | undefined {
  if (!LEGAL_FORM.test(m.text)) return undefined;
  const opening = m.attrs.place && m.attrs.place.start === m.start ? m.attrs.place.end - m.start : 0;
  const region = /[（(]([^）)]+)[)）]/u.exec(m.text)?.[1] ?? '';
  const body = m.text.slice(opening).replace(/[（(][^）)]*[)）]/gu, '').replace(LEGAL_FORM, '');
  return body.length >= 2 ? { body, place: m.text.slice(0, opening) || region } : undefined;
}

/**
 * The short names the archive knows: each short name printed beside a full name on some page, with the one firm
 * it stands for, or the several it might.
 */
export function archiveShortNames(mentions: Iterable<readonly Mention[]>): Map<string, OrgAlias> {
  const names = new ArchiveNames();
  for (const list of mentions) names.add(list);
  return names.known();
}

/**
 * What archiveShortNames reads of the build's mentions, gathered a page at a time (a build that streams its pages
 * keeps this, not the mentions): the short names printed beside a full name, and the firms' printed names.
 */
export class ArchiveNames {
  private readonly attested = new Set<string>();
  private readonly printedFor = new Set<string>();
  /** Firms by trade body, then by place; each printed name with how often it was printed. */
  private readonly firms = new Map<string, Map<string, Map<string, number>>>();

  add(list: readonly Mention[]): void {
    for (const m of list) {
      if (m.label !== 'Organization' || m.kind !== 'Company') continue;
      if (m.attrs.aliasOf && m.rule === 'org.short-form') {
        this.attested.add(m.text);
        this.printedFor.add(m.attrs.aliasOf);
        continue;
      }
      const name = firmName(m);
      if (!name) continue;
      const byPlace = this.firms.get(name.body) ?? new Map<string, Map<string, number>>();
      const names = byPlace.get(name.place) ?? new Map<string, number>();
      names.set(m.text, (names.get(m.text) ?? 0) + 1);
      byPlace.set(name.place, names);
      this.firms.set(name.body, byPlace);
    }
  }

  /** The short names known from every list added. */
  known(): Map<string, OrgAlias> {
    const { attested, printedFor, firms } = this;
    // The name a firm goes by: one printed beside its short name, else the one printed most, else the longest.
    const nameOf = (names: Map<string, number>): string =>
      [...names.entries()].sort((a, b) => Number(printedFor.has(b[0])) - Number(printedFor.has(a[0])) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    const out = new Map<string, OrgAlias>();
    for (const alias of [...attested].sort()) {
      const could: string[] = [];
      for (const [body, byPlace] of firms) {
        if (!body.startsWith(alias)) continue;
        // One body in one place (or printed without one) is one firm; in two places, two firms of one trade name.
        const placed = [...byPlace.keys()].filter((p) => p !== '');
        if (placed.length <= 1) could.push(nameOf(new Map([...byPlace.values()].flatMap((n) => [...n]))));
        else for (const p of placed) could.push(nameOf(byPlace.get(p)!));
      }
      could.sort();
      if (could.length === 1) out.set(alias, { full: could[0]!, kind: 'Company', rule: ARCHIVE_SHORT_FORM });
      else if (could.length > 1) out.set(alias, { full: alias, kind: 'Company', rule: AMBIGUOUS_SHORT_FORM, ambiguousWith: could });
    }
    return out;
  }
}

/**
 * The pages to read again with the archive's short names (those that print one where no mention stands), and the
 * short names: their mentions from extractArticles(articles, res, known) replace the first reading.
 */
export function archiveRereads(articles: readonly Article[], mentions: ReadonlyMap<string, readonly Mention[]>): { known: Map<string, OrgAlias>; articles: Article[] } {
  const known = archiveShortNames(mentions.values());
  if (known.size === 0) return { known, articles: [] };
  const pages = new Set(articles.filter((a) => printsUnread(a, mentions.get(a.id) ?? [], known)).map((a) => a.pageId));
  return { known, articles: articles.filter((a) => pages.has(a.pageId)) };
}

/**
 * Whether the article prints one of the archive's short names where none of its mentions stands, or only a firm read
 * by its trade name and trade that is tied to no full name (某某光电 with its 董事长): its page is read again.
 */
export function printsUnread(a: Article, found: readonly Mention[], known: ReadonlyMap<string, OrgAlias>): boolean {
  for (const alias of known.keys()) {
    for (let i = a.text.indexOf(alias); i !== -1; i = a.text.indexOf(alias, i + 1)) {
      const end = i + alias.length;
      if (!found.some((m) => m.label === 'Organization' && m.start <= i && end <= m.end && !(m.start === i && m.end === end && m.rule.startsWith(TRADE_FIRM) && !m.attrs.aliasOf))) return true;
    }
  }
  return false;
}
