import type { Role } from '@/api/models';

// Who may open which page, mirroring the services' rules so that nobody is shown a page that can only
// answer 403. The services enforce these rules; this only keeps the console tidy.
const STAFF: readonly Role[] = ['admin', 'city_staff', 'county_staff'];
const CITY_STAFF: readonly Role[] = ['admin', 'city_staff'];

export type PageId = 'dashboard' | 'banks' | 'lpr' | 'products' | 'programmes' | 'sessions' | 'activities';

const READERS: Record<PageId, readonly Role[] | 'everyone'> = {
  dashboard: STAFF,
  banks: [...STAFF, 'bank_officer'],
  lpr: 'everyone',
  products: 'everyone',
  programmes: 'everyone',
  sessions: 'everyone',
  activities: 'everyone',
};

export function canOpen(role: Role, page: PageId): boolean {
  const readers = READERS[page];
  return readers === 'everyone' || readers.includes(role);
}

/** City staff maintain the city-wide reference data, such as the list of partner banks. */
export function canManageBanks(role: Role): boolean {
  return CITY_STAFF.includes(role);
}

/** Where a role lands after login: the dashboard for staff, otherwise the first page it may open. */
export function homePath(role: Role): string {
  if (canOpen(role, 'dashboard')) return '/';
  if (canOpen(role, 'banks')) return '/loans/banks';
  return '/products';
}
