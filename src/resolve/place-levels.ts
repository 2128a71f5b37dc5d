// Levels of places, from the country down to the village, and what a place of one level can contain. Used to
// read chains of places as printed (云南省红河哈尼族彝族自治州元阳县) and to find the place of a level in view.
import type { EntityKind } from '../../schema/model.js';

const LEVEL: Partial<Record<EntityKind, number>> = {
  Country: 0,
  Province: 1,
  City: 2,
  County: 3,
  District: 3,
  DevelopmentZone: 4,
  Town: 5,
  Subdistrict: 5,
  Village: 6,
  Community: 6,
  Landmark: 7,
};

const HAMLET_LEVEL = 6.5;

/** The administrative level of a kind of place (0 the country … 6 the village, 6.5 a natural village, 7 a landmark); undefined for regions. `name`: a village's, to tell a natural village (屯) by its ending. */
export function placeLevel(kind: EntityKind | undefined, name?: string): number | undefined {
  // 某村|某某屯: a natural village (屯) lies within the administrative village printed before it.
  if (kind === 'Village' && name?.endsWith('屯')) return HAMLET_LEVEL;
  return kind ? LEVEL[kind] : undefined;
}

/** 北京市, 上海市, 天津市, 重庆市: provinces by level, cities by what they are. */
export function isMunicipality(kind: EntityKind | undefined, name: string): boolean {
  return kind === 'Province' && name.endsWith('市');
}

/**
 * A province (not a municipality) or a country in an organisation's name says at what level the name was
 * registered (陕西某某科技有限公司, 中国某某协会), not where the organisation is: such names give no LOCATED_IN.
 */
export function isRegistrationLevel(kind: EntityKind | undefined, name: string): boolean {
  return kind === 'Country' || (kind === 'Province' && !isMunicipality(kind, name));
}
