// Who records what in the programme, mirroring the products service: staff add pairings, videos and
// platforms, county staff only in their own county (a video counts in its product's county), and a video of
// the brand itself, which belongs to no county, only city staff. The service enforces this; the console only
// offers what it would accept.
import type { CountyCode, CurrentUser, Role } from '@/api/models';
import { COUNTY_CODES } from '@/domain/counties';

const STAFF: readonly Role[] = ['admin', 'city_staff', 'county_staff'];
const CITY_STAFF: readonly Role[] = ['admin', 'city_staff'];

/** Staff add pairings, promotion videos and e-commerce platforms. */
export function canRecordProgramme(role: Role): boolean {
  return STAFF.includes(role);
}

/** City staff act for the whole city: a video of the 山生山世 brand itself, with no product. */
export function canRecordForCity(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** The counties a user may record for: all eight for city staff, their own for county staff, none else. */
export function recordableCounties(user: Pick<CurrentUser, 'role' | 'county_code'>): CountyCode[] {
  if (canRecordForCity(user.role)) return [...COUNTY_CODES];
  if (user.role !== 'county_staff') return [];
  return COUNTY_CODES.filter((code) => code === user.county_code);
}

/** Whether a user may correct a record that counts in a county (null: the city's own, such as a brand video). */
export function mayCorrect(user: Pick<CurrentUser, 'role' | 'county_code'>, county: string | null): boolean {
  if (canRecordForCity(user.role)) return true;
  return county !== null && recordableCounties(user).some((code) => code === county);
}
