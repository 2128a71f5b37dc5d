// The graph model's labels and kinds as plain constants (no zod): schema/model.ts declares the model with them and
// re-exports them; the extractor, which needs the kinds and not the model's schemas, imports them from here so
// that `kg ner` does not build the graph's schemas at start-up.

// ── Node labels ───────────────────────────────────────────────────────────────────────────────────────

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Place', 'Programme', 'Outcome', 'Industry'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ORGANIZATION_KINDS = [
  'Company',
  'GovernmentAgency',
  'PartyOrganization',
  'Association',
  'Incubator',
  'IndustrialPark',
  'ResearchInstitute',
  'School',
  'Hospital',
  'Bank',
  'Media',
  'PublicInstitution',
  'SocialOrganization',
  'SportsTeam',
  'InternationalOrganization',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PLACE_KINDS = [
  'Country',
  'Region',
  'Province',
  'City',
  'County',
  'District',
  'DevelopmentZone',
  'Town',
  'Subdistrict',
  'Village',
  'Community',
  'Landmark',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PROGRAMME_KINDS = ['Policy', 'Campaign', 'Award', 'Recognition', 'TradeFair', 'Platform', 'Project'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** Every finer label, and the label it refines. Adding a kind above without mapping it here fails to compile. */
export const LABEL_OF_KIND: Record<OrganizationKind, 'Organization'> & Record<PlaceKind, 'Place'> & Record<ProgrammeKind, 'Programme'> = {
  Company: 'Organization',
  GovernmentAgency: 'Organization',
  PartyOrganization: 'Organization',
  Association: 'Organization',
  Incubator: 'Organization',
  IndustrialPark: 'Organization',
  ResearchInstitute: 'Organization',
  School: 'Organization',
  Hospital: 'Organization',
  Bank: 'Organization',
  Media: 'Organization',
  PublicInstitution: 'Organization',
  SocialOrganization: 'Organization',
  SportsTeam: 'Organization',
  InternationalOrganization: 'Organization',
  Country: 'Place',
  Region: 'Place',
  Province: 'Place',
  City: 'Place',
  County: 'Place',
  District: 'Place',
  DevelopmentZone: 'Place',
  Town: 'Place',
  Subdistrict: 'Place',
  Village: 'Place',
  Community: 'Place',
  Landmark: 'Place',
  Policy: 'Programme',
  Campaign: 'Programme',
  Award: 'Programme',
  Recognition: 'Programme',
  TradeFair: 'Programme',
  Platform: 'Programme',
  Project: 'Programme',
};
export type EntityKind = keyof typeof LABEL_OF_KIND;
export const ENTITY_KINDS = Object.keys(LABEL_OF_KIND) as EntityKind[];
export const ALL_LABELS: readonly string[] = [...NODE_LABELS, ...ENTITY_KINDS];

/**
 * Where an article's date came from, most trusted first: the JSONL record's own field, the page's running head,
 * the print line after a crawl's byline (《…》（2025年07月01日第 07 版）), a crawl's field line (发布时间：2025-06-12
 * 08:30), the metadata (sidecar, flags), the
 * dateline (本报南宁1月2日电, with the year of issue).
 */
export const DATE_SOURCES = ['record', 'running-head', 'print-line', 'crawl', 'metadata', 'dateline'] as const;
